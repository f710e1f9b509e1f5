#pragma once
#include <string>
#include <vector>

namespace relata {

// A Sequelize DataTypes value as authored: "STRING(10)" -> key STRING, args {"10"}.
// ENUM carries its labels in `values`.
struct DataType {
    std::string key;               // upper-case DataTypes name: STRING, INTEGER, DECIMAL, ENUM, ...
    std::vector<std::string> args; // textual arguments as written: {"10"}, {"10","2"}
    std::vector<std::string> values; // ENUM labels

    bool operator==(const DataType&) const = default;
    bool empty() const { return key.empty(); }
    // "STRING(10)", "DECIMAL(10,2)", "ENUM" (values are not part of the text)
    std::string text() const;
    // Parses "STRING(10)"; returns false for anything that is not a known DataTypes name.
    static bool parse(const std::string& text, DataType& out);
    static const std::vector<std::string>& knownKeys();
};

} // namespace relata
