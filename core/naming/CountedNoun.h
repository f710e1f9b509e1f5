#pragma once
#include <string>
#include <string_view>

// English counts for the messages the core and relata-cli print untranslated: "1 step",
// "8 steps", never "8 step(s)". (The editor's texts go through tr() with %n instead.)
namespace relata::naming {

// `singular` for exactly one, else `plural` (by default `singular` + "s"), for any other count
// including 0: nounFor(1, "step") == "step", nounFor(0, "step") == "steps".
std::string nounFor(long long n, std::string_view singular, std::string_view plural = {});
// The number and the noun: counted(1, "error") == "1 error", counted(3, "error") == "3 errors".
std::string counted(long long n, std::string_view singular, std::string_view plural = {});

} // namespace relata::naming
