// Checks the C++ export of identifiers.relata.json (exported with --namespace ids as
// identifiers.h): names that are keywords, start with a digit, contain '-', ' ' or quotes, are
// macros of the standard headers, or clash after cleaning, come out as documented.
#include "identifiers.h"

#include <cstdio>
#include <type_traits>

namespace {

template <class T, class U>
constexpr bool same = std::is_same_v<T, U>;

// model names: keyword, leading digit, duplicates after PascalCase, a macro, non-ASCII
static_assert(ids::Class::model_name == "class");
static_assert(ids::_2faToken::model_name == "2fa-token" && ids::_2faToken::table_name == "2fa-tokens");
static_assert(ids::User::model_name == "user" && ids::User_2::model_name == "User");
static_assert(ids::User_2::table_name == "accounts");
static_assert(ids::NULL_::model_name == "NULL" && ids::NULL_::table_name == "null_things");
static_assert(ids::Rger::model_name == "\303\204rger");
static_assert(ids::UserUserLinks::table_name == "user-User links");
static_assert(ids::models.size() == 7);

// attribute names and the type map
static_assert(same<decltype(ids::Class::namespace_), std::string>);           // keyword, NOT NULL
static_assert(same<decltype(ids::Class::my_field), std::optional<std::int32_t>>); // my-field
static_assert(same<decltype(ids::Class::my_field_2), std::int64_t>);          // my_field, clashes
static_assert(same<decltype(ids::Class::_1st), std::optional<bool>>);         // leading digit
static_assert(same<decltype(ids::Class::table_name_2), std::optional<std::string>>); // reserved member
static_assert(same<decltype(ids::Class::_dunder_), std::optional<std::string>>);     // no "__"
static_assert(same<decltype(ids::Class::EINVAL_), std::optional<double>>);   // errno macro
static_assert(same<decltype(ids::Class::std_), std::optional<std::string>>);  // DATEONLY, "std"
static_assert(same<decltype(ids::Class::Class_2), std::optional<std::string>>); // the struct's own name
static_assert(same<decltype(ids::Class::quote_d), std::optional<std::string>>);
static_assert(same<decltype(ids::Class::status), std::optional<ids::Class::Status>>);
static_assert(same<decltype(ids::Class::blob), std::optional<std::vector<std::uint8_t>>>);
static_assert(same<decltype(ids::Class::price), std::optional<std::string>>); // DECIMAL as text
static_assert(same<decltype(ids::Class::ratio), std::optional<float>>);
static_assert(same<decltype(ids::Class::small), std::optional<std::int16_t>>);
static_assert(same<decltype(ids::NULL_::owner_id), std::int32_t>);            // "owner id", NOT NULL FK
static_assert(same<decltype(ids::UserUserLinks::follower_id), std::int32_t>); // composite PK
static_assert(same<decltype(ids::_2faToken::createdAt), std::chrono::system_clock::time_point>);

// the real names stay available
static_assert(ids::Class::column::my_field == "my-field");
static_assert(ids::Class::column::my_field_2 == "my_field");
static_assert(ids::Class::column::_1st == "1st");
static_assert(ids::Class::column::quote_d == "quote'd");
static_assert(ids::NULL_::column::owner_id == "owner id");
static_assert(ids::UserUserLinks::column::followed_id == "followed-id");
static_assert(ids::UserUserLinks::primary_key.size() == 2 && ids::UserUserLinks::primary_key[1] == "followed-id");

// enum labels: a space, a digit, a keyword, the empty string, punctuation
static_assert(ids::to_string(ids::Class::Status::in_progress) == "in progress");
static_assert(ids::to_string(ids::Class::Status::_1st) == "1st");
static_assert(ids::to_string(ids::Class::Status::class_) == "class");
static_assert(ids::to_string(ids::Class::Status::empty).empty());
static_assert(ids::to_string(ids::Class::Status::done_) == "done!");
static_assert([] {
    ids::Class::Status s{};
    return ids::from_string("done!", s) && s == ids::Class::Status::done_ && ids::from_string("", s) &&
           s == ids::Class::Status::empty && !ids::from_string("DONE", s);
}());

// associations: an alias that is a keyword, a default name that is a macro
static_assert(ids::Class::association::delete_.name == "delete");
static_assert(ids::Class::association::delete_.type == ids::AssociationType::HasMany);
static_assert(ids::Class::association::delete_.foreign_key == "classId");
static_assert(ids::Class::association::delete_.has_single == "hasDelete"); // singular = plural:
static_assert(ids::Class::association::delete_.has_all.empty());          // the second is not installed
static_assert(ids::_2faToken::association::delete_.foreign_key == "deleteId");
static_assert(ids::User_2::association::NULL_.foreign_key == "owner id");
static_assert(ids::User::association::friends.through_table == "user-User links");
static_assert(ids::User::association::friends.other_key == "followed-id");
static_assert(ids::User::association::friends.add_multiple == "addFriends");
static_assert(ids::Rger::association::user.on_delete == "cascade");

} // namespace

int main() {
    // the defaults, at run time
    const ids::Class c;
    bool ok = c.my_field_2 == 42 && c._1st == true && c.status == ids::Class::Status::done && c.price == "0.5" &&
              c.ratio == 1.25f && c.small == -7 && c.quote_d == std::string("a\"b\\c?\?=d'e\n") && !c.my_field;
    for (const ids::ModelInfo& m : ids::models) ok = ok && m.column_count > 0 && m.columns[0].column.size() > 0;
    std::printf("%s\n", ok ? "identifiers: ok" : "identifiers: FAILED");
    return ok ? 0 : 1;
}
