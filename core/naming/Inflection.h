#pragma once
#include <string>

// Sequelize's string helpers, matching inflection 1.13.4 and lodash (see spec section 1).
namespace relata::naming {

std::string pluralize(const std::string& word);
std::string singularize(const std::string& word);
// Sequelize utils.camelize: trim, delete runs of -, _ and whitespace, upper-case the next char.
// Throws nothing: a trailing run (a JS TypeError in Sequelize) is reported through `ok`.
std::string camelize(const std::string& s, bool* ok = nullptr);
// inflection.underscore
std::string underscore(const std::string& s);
std::string upperFirst(const std::string& s);

} // namespace relata::naming
