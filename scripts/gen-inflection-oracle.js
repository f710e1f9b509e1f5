#!/usr/bin/env node
// Regenerates tests/unit/data/inflection-oracle.json, the oracle tst_inflection checks
// core/naming/Inflection.cpp against, from the real npm `inflection` package at the version
// Sequelize v6 uses. Not run by CI. Usage (from the repository root):
//
//   mkdir -p /tmp/infl && (cd /tmp/infl && npm init -y >/dev/null && npm install inflection@1.13.4)
//   NODE_PATH=/tmp/infl/node_modules node scripts/gen-inflection-oracle.js
//
// Output: {"word": {"plural": ..., "singular": ..., "underscore": ...}, ...}, one word a line.
'use strict';

const fs = require('fs');
const path = require('path');
const inflection = require('inflection');

const expected = '1.13.4';
const version = require('inflection/package.json').version;
if (version !== expected) {
  console.error(`inflection ${version} found, ${expected} needed`);
  process.exit(1);
}

// Every uncountable word of inflection 1.13.4 (also in capitalised and upper-case form below).
const uncountable = `accommodation adulthood advertising advice aggression aid air aircraft alcohol anger
applause arithmetic assistance athletics bacon baggage beef biology blood botany bread butter
carbon cardboard cash chalk chaos chess crossroads countryside dancing deer dignity dirt dust
economics education electricity engineering enjoyment envy equipment ethics evidence evolution
fame fiction flour flu food fuel fun furniture gallows garbage garlic genetics gold golf gossip
gratitude grief guilt gymnastics happiness hardware harm hate hatred health heat help homework
honesty honey hospitality housework humour hunger hydrogen ice importance inflation information
innocence iron irony jam jewelry judo karate knowledge lack laughter lava leather leisure
lightning linguine linguini linguistics literature litter livestock logic loneliness luck
luggage macaroni machinery magic management mankind marble mathematics mayonnaise measles
methane milk minus money mud music mumps nature news nitrogen nonsense nurture nutrition
obedience obesity oxygen pasta patience physics poetry pollution poverty pride psychology
publicity punctuation quartz racism relaxation reliability research respect revenge rice
rubbish rum safety scenery seafood seaside series shame sheep shopping sleep smoke smoking snow
soap software soil spaghetti species steam stuff stupidity sunshine symmetry tennis thirst
thunder timber traffic transportation trust underwear unemployment unity validity veal
vegetation vegetarianism vengeance violence vitality warmth wealth weather welfare wheat
wildlife wisdom yoga zinc zoology`.split(/\s+/);

// Words commented out of inflection's uncountable list (so they are inflected), and compounds
// ending in an uncountable word (not uncountable themselves).
const nearUncountable = `access art attention ballet beauty beer behavior billiards bowels business
damage danger delight dessert distribution employment energy entertainment failure faith fish
freedom fruit funeral gas glass grass ground hair height injustice intelligence jealousy jelly joy
juice justice kindness labour land love mail meat metal moose oil paper passion permission power
production progress pronunciation quality quantity rain recreation salad salt sand satire silence
slang sorrow soup speed spelling sport strength success sugar tea time toast tolerance trade travel
understanding usage vision water weight whiskey width wine wood wool work yeast
BlackSheep UserSettingsNews TvSeries user_equipment NewsItem SheepFarm MediaSpecies`.split(/\s+/);

// Irregular and rule-specific words (singular and plural forms).
const english = `man men woman women person people child children ox oxen foot feet tooth teeth
goose geese mouse mice louse lice quiz quizzes matrix matrices vertex vertices index indices
criterion criteria genus genera whereas whereases octopus octopuses octopi virus viruses alias
aliases status statuses canvas canvases campus campuses summons summonses bonus bonuses bus buses
buffalo buffaloes tomato tomatoes potato potatoes datum data medium media stadium stadia analysis
analyses basis bases diagnosis diagnoses parenthesis parentheses prognosis prognoses synopsis
synopses thesis theses hypothesis hypotheses axis axes testis testes crisis crises ax hive hives
archive archives drive drives curve curves wife wives knife knives life lives half halves wolf
wolves leaf leaves leafs shelf shelves calf calves elf elves scarf scarves loaf loaves thief
thieves self selves dwarf dwarves roof roofs chief chiefs cliff cliffs safe safes giraffe
giraffes hero heroes heros echo echoes photo photos piano pianos zoo zoos video videos radio
movie movies query queries category categories city cities day days boy boys key keys toy toys
guy guys buy soliloquy soliloquies fly flies sky skies baby babies party parties company
companies box boxes fox foxes tax taxes hoax hoaxes sex church churches watch watches class
classes glasses wish wishes dish dishes kiss kisses boss bosses process processes address
addresses lens lenses shoe shoes hoe toe toes cactus cacti fungus fungi nucleus radius stimulus
syllabus alumnus alumni focus appendix cherub seraph phenomenon phenomena bacterium bacteria
curriculum curricula memorandum millennium symposium agenda news series species sheep deer
fish moose cattle police dice die cow cows bee bees tree trees apple apples orange oranges
database databases gas gases penny pennies word words ss s a x y i is es ies ves en an on um
ice ices price prices slice slices dice twice device devices service services notice
entity entities activity activities property properties reply replies journey journeys money
monkeys monkey valley valleys attorney attorneys essay essays alloy alloys survey surveys
tomatoe potatoe movie hovies novies shove stove stoves groove grooves cave caves slave slaves
wave waves dove doves glove gloves love loves olive olives native natives detective
detectives objective objectives motive motives zombie zombies cookie cookies pie pies tie ties
lie lies die dies vie bookie rookie sortie calorie calories`.split(/\s+/);

// Model-style names: PascalCase, camelCase, snake_case, UPPERCASE, compounds, namespaces.
const models = `User Users user users UserRole UserRoles userRole userRoles user_role user_roles
PersonChild PersonChildren personChild person_child Person People person_people Order Orders
OrderItem OrderItems item_tag item_tags ItemTag ItemTags BlogPost BlogPosts Comment Comments Tag
Tags Category Categories Company Companies Address Addresses Status Statuses Invoice Invoices
LineItem LineItems Product Products ProductCategory ProductCategories Employee Employees
Department Departments Project Projects Task Tasks Subscription Subscriptions TheSubscription
Account Accounts AccountId GroupPKBTName HTMLPage User_has_Groups Group Groups UserGroup
UserGroups GroupUser Post Posts Author Authors Book Books Library Libraries Photo Photos Video
Videos Movie Movies Actor Actors Article Articles Profile Profiles Session Sessions Token Tokens
Permission Permissions Role Roles Setting Settings Attachment Attachments File Files Image Images
Message Messages Notification Notifications Address Matrix Matrices Vertex Vertices Index
Indexes Indices Analysis Analyses Axis Axes Leaf Leaves Hero Heroes Cactus Cacti Ox Oxen
Mouse Mice Quiz Quizzes Criterion Criteria Genus Genera Man Men Woman Women Foot Feet
Tooth Teeth Goose Geese Child Children Knife Knives Wife Wives Life Lives Bus Buses Alias
Aliases Octopus Octopi Virus Viruses Datum Data Medium Media Series Species Sheep News
Equipment Information Software Deer Fish Money Rice Music Data_Item Sales SalesOrder
SalesOrders primaryUsers primaryUser secondaryUsers TaskUser TaskUsers home_team away_team
homeTeam awayTeam away-team_id home_team_id User_id userId user_id project_user ProjectUser
ProjectUsers Team Teams Match Matches Box Boxes Church Churches Wish Wishes Kiss Kisses Fax
Faxes Hoax Hoaxes Tax Taxes Class Classes Person_Child Person_Children Playlist Playlists
Song Songs Album Albums Artist Artists MenuItem MenuItems Entry Entries Country Countries
Currency Currencies Reply Replies Survey Surveys Key Keys Day Days Boy Boys Journey Journeys
API::User Admin::UserRole Api::V1::Users a::b::C ::Leading Trailing:: A:::B _Foo __Foo _foo
Foo_Bar FOO_BAR FooBAR iPhone iPhones eBay IPAddress IPAddresses URL URLs ID IDs UUID UUIDs
XMLHttpRequest XMLHttpRequests SQLQuery SQLQueries user2 user2s Level2Cache Item1 v1 V1
Model123 Table1s 3DModel 3DModels line-item line-items line_item line item Line Items
Line Item two  spaces  Tab\tSep`.split(/\s+/);

const uppercase = `USER USERS ASSIGNMENT ASSIGNMENTS PERSON PEOPLE CHILD CHILDREN ANALYSIS ANALYSES
MATRIX MATRICES QUIZ QUIZZES BOX BOXES LEAF LEAVES KNIFE KNIVES WIFE WIVES SHEEP NEWS SERIES
EQUIPMENT CATEGORY CATEGORIES STATUS STATUSES OX OXEN MAN MEN WOMAN WOMEN FOOT FEET MOUSE MICE
BUS BUSES ALIAS ALIASES DATUM DATA HIVE HIVES CRISIS CRISES AXIS AXES MOVIE MOVIES QUERY
QUERIES HERO CACTUS TOMATO TOMATOES GENUS GENERA CRITERION CRITERIA VERTEX VERTICES`.split(/\s+/);

// Mixed-case and odd spellings that exercise case-insensitive matching and anchors.
const mixed = `pErSoN PeOpLe cHiLd mAn MaN wOmEn oX OX Ox oXeN FEET Feet fOOt TeEtH GeEse
QuIz wHeReAs WhereasEs CRITERIA Criterion GENERA Genus SUMMONS Summonses BONUS bonus
oxford oxenford Oxens manhattan human humans german germans walkman fireman firemen chairwoman
chairwomen postman postmen caveman superman Superwoman snowman policeman doorman shaman
shamans talisman talismans Roman Romans ottoman ottomans batman footman barefoot bigfoot
footnote feetish toothbrush goosebumps mongoose mongooses mouser dormouse dormice
louse lice clouse slice police spouse spouses house houses blouse blouses grouse
quizzical showbiz whiz buzz buzzes fizz status_quo campus_life workbus minibus minibuses
omnibus omnibuses syllabus syllabi thesaurus thesauri prius virus_scan viruses2
crisises testises axises bassis oasis oases emphasis emphases basis2 Bases2
antichild grandchild grandchildren stepchild godchildren childish childhood
salesperson salespeople chairperson chairpeople spokesperson layperson craftspeople
persona personas personnel`.split(/\s+/);

// Non-ASCII and edge input (UTF-8; case mapping of the underscore helper).
const unicode = ['', ' ', '_', '__', '::', 'Größe', 'Größen', 'Café', 'Cafés', 'naïve', 'Ünïcode',
  'ÉCOLE', 'Straße', 'STRASSE', 'ΟΔΟΣ', 'ΟΔΟΣ ΟΔΟΣ', 'ΑΣ_ΒΣ', 'Σ', 'İstanbul', 'Łódź', 'Ñandú',
  'Ärger', 'Übung', 'ÖlWechsel', 'Ελλάδα', 'Москва', 'Пользователь', '日本語', 'ユーザー', '用户',
  'emoji😀', '😀Users', 'User😀s', 'éy', 'ßy', 'çies', 'éves', 'ṻes', '\u212Aarate', '\u212Anife',
  'Ǆungla', 'ǅ', 'Dĳkstra'];

const words = [];
const seen = new Set();
function add(list) {
  for (const w of list) {
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
}
add(uncountable);
add(uncountable.map((w) => w[0].toUpperCase() + w.slice(1)));
add(uncountable.filter((_, i) => i % 4 === 0).map((w) => w.toUpperCase()));
add(nearUncountable);
add(english);
add(english.filter((w) => w.length > 1).map((w) => w[0].toUpperCase() + w.slice(1)));
add(models);
add(uppercase);
add(mixed);
add(unicode);

const oracle = {};
for (const w of words) {
  oracle[w] = {
    plural: inflection.pluralize(w),
    singular: inflection.singularize(w),
    underscore: inflection.underscore(w),
  };
}

const lines = words.map((w) => `  ${JSON.stringify(w)}: ${JSON.stringify(oracle[w])}`);
const out = path.join(__dirname, '..', 'tests', 'unit', 'data', 'inflection-oracle.json');
fs.writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${words.length} words written to ${out}`);
