#include "naming/CountedNoun.h"

namespace relata::naming {

std::string nounFor(long long n, std::string_view singular, std::string_view plural) {
    if (n == 1) return std::string(singular);
    if (!plural.empty()) return std::string(plural);
    return std::string(singular) + 's';
}

std::string counted(long long n, std::string_view singular, std::string_view plural) {
    return std::to_string(n) + ' ' + nounFor(n, singular, plural);
}

} // namespace relata::naming
