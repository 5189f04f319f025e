/* SPDX-License-Identifier: MIT */
/* gazetteer.h: places (landmarks, cities, provinces, regions, countries)
 * with coordinates, found in text robustly to spelling and transliteration
 * variants ("Saqez" = "Saqqez", "Kiev" = "Kyiv"), to give each event a
 * location.
 *
 * Sources, loaded once by acta_gazetteer_load():
 *   - libgeonames' cities (~24k, population >= 15000): precision "city";
 *   - iso-codes' ISO 3166-2 subdivisions: precision "admin1", placed at the
 *     population-weighted centroid of the geonames cities of the matching
 *     state (a subdivision geonames has no city in is dropped unless
 *     places.txt gives it coordinates); a geonames state that matches no
 *     ISO subdivision becomes an admin1 place of its own;
 *   - iso-codes' ISO 3166-1 countries: precision "country", placed at the
 *     population-weighted centroid of their cities (their centre of
 *     population, not their geometric centre);
 *   - data_dir/places.txt, the project's own additions (format described at
 *     the top of that file): regions, landmarks, aliases, preferred
 *     spellings, explicit coordinates and a stoplist of common words.
 * Populations of admin1 places and countries are sums of their geonames
 * cities (a lower bound) unless places.txt gives one.
 *
 * Matching, in acta_gazetteer_find_tokens():
 *   - the words are the coder's tokens (dict.h), with hyphens, dots and
 *     apostrophes inside a token read as separators ("al-Khaimah" is two
 *     words joined by a hyphen, "St." a word and its point, "Iran's" a
 *     word with a possessive);
 *   - only sequences of 1-6 words that start and end with a capitalised
 *     word are candidates (lower-case connectors such as "de", "al", "of",
 *     "and", and place-type words, may stand inside: "Ras al-Khaimah",
 *     "Bosnia and Herzegovina", "Kurdistan region of Iran");
 *     at each word the longest candidate that names a place wins;
 *   - keys are folded (case folded, diacritics stripped, apostrophes
 *     dropped, hyphens = spaces).  An exact folded match is looked up first,
 *     then a "light" variant key (doubled letters collapsed; q, gh, kh -> k;
 *     y -> i; w -> v; ph -> f; j between vowels -> i; a final h after a
 *     vowel dropped; Arabic articles al-/ar-/as-... dropped: Saqez = Saqqez
 *     = Saghez, Odessa = Odesa, Mykolajiv = Mykolaiv, Raqqa = Ar Raqqah),
 *     then a "skeleton" key (the light key with every run of vowels reduced
 *     to one: Kijev = Kyiv, Kharkov = Kharkiv).  A variant match is only
 *     accepted for a place of the story's countries (so "Biden" is not
 *     Badin, Pakistan, "Putin" not Putian, "Lion" not Lyon; more below);
 *     the spellings the press uses most are exact aliases in places.txt
 *     anyway;
 *   - homonyms: a place of the story's countries first, the most named
 *     one's before the others' unless the other is over ten times bigger
 *     (San Marcos, Guatemala in a story naming Guatemala most; Paris,
 *     France over Paris, Texas); then a city over an admin1 or region of
 *     the same name in the same country when the city is in it or has
 *     100,000 people (not a village of Baja California over the state of
 *     Puebla) (Tehran the city, not the
 *     province; "Tehran province", "Kharkiv region", "the province of San
 *     Marcos" pick the province, "X province" including the type word in
 *     the span; "the town of X" picks the town); then a country over
 *     anything else (Georgia); then the larger population;
 *   - a province or country after a comma picks its namesake: "Burgos,
 *     Tamaulipas" is not Burgos, Spain (no place when the town is too small
 *     for the gazetteer), "Paris, Texas" is Texas's (not a list: "in Miami,
 *     Panama, Mexico");
 *   - evidence: a place needs a place cue before it ("in", "near",
 *     "from", "to" (not "according to"), "of" after a place noun: "the
 *     town of", "residents of", "the outskirts of"), a dateline, a type
 *     word ("X province", "province of X"), or a well-known name: a
 *     country, a places.txt region or landmark, an admin1 of a story
 *     country, a city of 500,000 people or of 100,000 in a story country
 *     (for a town that is not, its admin1 namesake: "the mayors of
 *     Huehuetenango").  With a cue other than "in", "at", "near",
 *     "outside", "inside", "around", "across", "throughout", "within",
 *     "nearby" a small town must be in a story country ("in response to
 *     Cardona's allegations");
 *   - people: a capitalised word after a given name ("Leopoldo Lopez") or
 *     a title ("president Morales", "alias Chapo") is a person's name, and
 *     so is that word alone later in the story (acta_place_story), unless
 *     "in", "at", "near" ... stand before it; names are not taken from a
 *     sentence in title case (a headline);
 *   - sources and organisations: a name followed by "cartel", "gang",
 *     "newspaper", "government", "administration" ..., or, without a cue,
 *     by "reported", "said", "told" ..., or after "told", is not a place
 *     (countries excepted);
 *   - places24: a part of a town after a name ("the San Carlos favela",
 *     "the San Marino neighborhood"): a country never, a town only of the
 *     story's most named country or of a million people ("a Rio favela"),
 *     and a district written after another country's word ("the northern
 *     Ecuadorian district of Buenos Aires") only that country's; a name the
 *     story so gave a part of a town or another country's district is no
 *     gazetteer place later in it (acta_place_story.locals); a name going
 *     on with "de", "del" ... and a capital ("Juan de Dios") is none; nor a
 *     name after "reported" ("reported Tiempo");
 *   - rejected: English function words, weekdays, months and compass words
 *     on their own ("Of", Turkey; "March", England; "Central"); names that
 *     places.txt stoplists with '!' ("Police", Poland; "Union"; "Save");
 *     names it marks with '?' unless a place cue stands before them ("in",
 *     "near", "from", "in the", "in northern" ...: "Victoria", "Charlotte",
 *     "Tyre", "Obama"); a name inside a longer capitalised name, that is
 *     preceded by a capitalised word other than a function or compass word
 *     ("Michael Jordan", "Queen Victoria") or followed by one other than a
 *     place type ("Paris Hilton", "Kyiv Independent", "Washington Post");
 *     an all-capitals word of 2-3 letters unless places.txt writes the name
 *     so ("DIR", "ITA" are acronyms; "UAE", "USA" are names), and a longer
 *     one unless the words around it are in capitals too or it is in the
 *     dateline ("WOLA" in running text is an acronym); all-capitals text
 *     gets exact matches only ("KYIV" in a dateline is Kyiv);
 *   - variant spellings: only of places of the story's two most named
 *     countries, only with a well-known name, a dateline or "in", "at",
 *     "near" ..., and never for an English word ("Source" is not Searcy,
 *     "Paraguayan" not Pariaguan);
 *   - order of the results ("best reading first"): most specific precision
 *     first (landmark, city, admin1, region, country); among equals, places
 *     after a cue, then places in `countries`, then exact before variant
 *     matches; ties keep text order.
 */
#ifndef ACTA_GAZETTEER_H
#define ACTA_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

typedef struct acta_gazetteer acta_gazetteer;

/* Loads libgeonames' cities, iso-codes subdivisions and data_dir/places.txt.
 * data_dir NULL: the ACTA_DATA_DIR environment variable, else the installed
 * data directory.  iso-codes' JSON is read from ACTA_ISO_CODES_DIR, else
 * /usr/share/iso-codes/json.
 * NULL on failure with a message naming the file (and line) in err.
 * Malformed lines of places.txt do not fail the load: they are skipped and
 * counted (see acta_gazetteer_bad_lines).
 * Read-only afterwards: may be shared by threads. */
acta_gazetteer *acta_gazetteer_load(const char *data_dir, char *err,
                                    size_t errlen);
/* The same with the iso-codes directory given (NULL: as above) and, when
 * with_cities is 0, without libgeonames' cities (the fuzzers' small base). */
acta_gazetteer *acta_gazetteer_load_from(const char *data_dir,
                                         const char *iso_codes_dir,
                                         int with_cities, char *err,
                                         size_t errlen);
void acta_gazetteer_free(acta_gazetteer *g);
/* speed38b: may an exact key (a name as written) start with the word whose
 * folded form hashes to h (acta_hash)?  0 for certain when not (its
 * g->fwords bit is clear): the tokenizer's TS_FW, asked once a word of its
 * memo, with the hash it looks the word up by. */
int acta_gazetteer_first_word_may(const acta_gazetteer *g, uint64_t h);

typedef struct acta_place {
  char name[64];        /* canonical name ("Saqqez") */
  char country[4];      /* ISO 3166-1 alpha-3 */
  char admin1[64];      /* province/state name or "" */
  double lat, lon;
  char precision[10];   /* "landmark", "city", "admin1", "region", "country" */
  long population;
  size_t start, end;    /* byte span matched in the text */
} acta_place;

struct acta_tokens;

typedef struct acta_gaz_memo acta_gaz_memo; /* below */

/* What the gazetteer knows of the story while it reads it sentence by
 * sentence: its countries, most named first (homonyms and variant
 * spellings are read in their favour), and the people named so far
 * ("Leopoldo Lopez" makes a later "Lopez" a person, not the town in the
 * Philippines). */
typedef struct acta_place_story {
  const char (*countries)[4];
  size_t ncountries;
  uint64_t names[64];         /* hashes of folded surnames */
  size_t nnames;
  uint64_t locals[16];        /* places24: hashes of folded names the story
                                 gave a part of a town or a district of
                                 another country ("the San Carlos favela"):
                                 no gazetteer place later on */
  size_t nlocals;
  acta_gaz_memo *memo;        /* NULL (the init's), or the caller's memo */
} acta_place_story;

/* A memo of the variant keys of recent candidate names (their light and
 * skeleton keys' ids, which do not depend on the story): one per thread,
 * kept across articles by the caller and given to the matcher through
 * acta_place_story.memo.  A name that is no place in its exact spelling
 * ("Santos", "FARC") is looked up again in every sentence naming it, and
 * its variant keys cost more to make than the rest of its lookup.  Beside
 * them, by word id, what the matcher asks of a plain word (speed32a: its
 * first-word filter bit, variant forms and one-word key).  Tied to the
 * gazetteer it was last used with (emptied for another), its word-id part
 * to the tokens' dictionary. */
acta_gaz_memo *acta_gaz_memo_new(void);
void acta_gaz_memo_free(acta_gaz_memo *memo);

void acta_place_story_init(acta_place_story *story, const char (*countries)[4],
                           size_t ncountries);

/* Finds place names in tokens [first, last) of toks (one sentence or
 * clause; the tokens of `text`, see dict.h), best reading first.  story
 * (may be NULL): the story so far, updated with the people this sentence
 * names; call in text order.  Returns how many were written (at most max,
 * and at most 128).  Linear in the tokens' length; no allocation. */
size_t acta_gazetteer_find_tokens(const acta_gazetteer *g, const char *text,
                                  const struct acta_tokens *toks,
                                  uint32_t first, uint32_t last,
                                  acta_place_story *story, acta_place *out,
                                  size_t max);

/* The same over text[start, end), which it tokenizes first (allocating),
 * as a story of its own whose countries are `countries`: for callers
 * without tokens (the tests). */
size_t acta_gazetteer_find(const acta_gazetteer *g, const char *text,
                           size_t start, size_t end, const char (*countries)[4],
                           size_t ncountries, acta_place *out, size_t max);

/* Is a word (vocabulary code) one that may stand between a locative
 * preposition and a place: "the", "northern", "central" ... ("in the
 * northern Syria")? */
int acta_gazetteer_qualifier(unsigned vocab);

/* places24: is a word (vocabulary code) a part of a town that may follow
 * its name: "neighborhood", "favela", "street" ("the San Marino
 * neighborhood")? */
int acta_gazetteer_local_noun(unsigned vocab);

/* Nouns of a town or a part of one ("the hamlet of Buenos Aires"),
 * NULL-terminated: read by the gazetteer (town_unit_of_before) and by the
 * coder's word list WL6_TOWN_UNIT_NOUN (coder_words.c), one list for both. */
extern const char *const acta_town_unit_nouns[];

/* Number of malformed places.txt lines skipped by the load. */
size_t acta_gazetteer_bad_lines(const acta_gazetteer *g);
/* The message for the i-th skipped line ("places.txt:12: bad latitude"),
 * or NULL (only the first 32 are kept). */
const char *acta_gazetteer_bad_line(const acta_gazetteer *g, size_t i);

/* Number of places loaded (all sources, after merging). */
size_t acta_gazetteer_size(const acta_gazetteer *g);

#endif
