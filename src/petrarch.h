/* SPDX-License-Identifier: MIT */
/* petrarch.h: standalone readers for the PETRARCH / TABARI file formats:
 * the four dictionaries (verbs, actors, agents, discards; petrarch_dict.c)
 * and the input / validation XML (petrarch_xml.c).  Private to the library;
 * petrarch_compile.c gives the dictionaries their meaning in the coder,
 * validate.c and the CLI's petrarch-xml input use the XML reader.
 *
 * Both readers are linear in the input size, keep no global state and never
 * recurse.  They read the formats; they do not give them meaning (pattern
 * matching semantics are for the integration).
 *
 * ---- Dictionaries -------------------------------------------------------
 *
 * petr_dict_parse() reads one dictionary file of a given kind into a
 * petr_dict.  Every string is NUL-terminated and owned by the dict.  Lists
 * (synset members, irregular forms, aliases, plurals, macro values,
 * alternatives) are ranges into the shared `strs` array: element i of a list
 * is d->strs[first + i].  Patterns' elements are ranges into `toks`; a verb
 * family's forms and patterns are ranges into `forms` and `patterns`; an
 * actor's codes are a range into `codes`.
 *
 * Phrases (synset members, verb forms, actor names, aliases, agents,
 * discards) are kept as written, except that runs of blanks become one space
 * and leading `+` markers are removed (and recorded).  `_` (join) and a
 * trailing `_` (exact word, no stemming, in TABARI's convention) are kept in
 * the text; petr_phrase_words() splits a phrase into words.
 *
 * Lines: `#` starts a comment to the end of the line; `<!-- ... -->` is a
 * comment and may span lines; blank lines are ignored; CRLF is accepted.
 * A malformed line is reported through opts->warn as "file:line: message"
 * and skipped (a rejected `&` or `---` header drops the lines under it, up
 * to the next header, without further messages); with opts->strict the first one stops the load (the dict is
 * freed, NULL returned, the message copied to err).
 *
 * Verbs file:
 *   &NAME               starts a synset; the `+member` lines that follow are
 *                       its members (a member may itself be `&OTHER`).
 *   --- VERB [code] --- starts a verb family ([---] is a null code).
 *   VERB {IRR1 IRR2}    a verb form of the current family with its irregular
 *   +MULTI_WORD {..}    forms; `+` marks a multi-word (particle) verb form
 *                       (recorded in `plus`); `FORM [code]` gives it a code.
 *   - PATTERN [code]    a pattern of the current family, see petr_tok_kind.
 *                       `[a:b]` codes are split at the first `:`.
 *   `#` inside [code] is part of the code ("[###]"), elsewhere a comment.
 * Actors file:
 *   PHRASE [CODE]       an actor; further codes on the following lines,
 *     [CODE <DATE]      indented or not: `<D` before D, `>D` after D,
 *     [CODE D1-D2]      `D1-D2` from D1 to D2 inclusive (blanks allowed
 *                       around `<`, `>`, `-`).  Dates are YYYYMMDD, or TABARI's
 *                       YYMMDD (00-29 -> 20YY, 30-99 -> 19YY).
 *   +ALIAS              another name of the current actor.
 *                       Actor codes are letters, `-` (`---`), `+` and `/`
 *                       (TABARI's multiple codes "ELR/GAL", kept as written).
 * Agents file:
 *   PHRASE {PLURALS} [~CODE]   `~CODE` is appended to a country code,
 *                               `CODE~` prepended; `{}` means "no plural".
 *   !NAME! = a, b, c            a substitution macro used inside phrases.
 * Discards file:
 *   PHRASE [CODE]       `+PHRASE` discards the whole story (story = 1).
 *
 * TABARI's formats (opts->tabari, as the TABARI 0.8 manual defines them)
 * differ in these ways, and give the same structures:
 *   - `;` starts a comment; a line starting with `/` or `#` is one; a line
 *     starting with `~` (`~~FINISH`) ends the file; `[- - -]` is `[---]`.
 *   - Verbs: a root line `STEM [code]` (or `STEM_ [code]`, or a root
 *     without a code, which is `[---]`) starts a family with that one form
 *     (the `_` kept: it marks an exact word, no stemming); a following
 *     `{ IRR1_ IRR2_ }` line gives the root's irregular forms; `- PATTERN
 *     [code]` lines are its patterns; a multi-word root "CORDON OFF_ [192]"
 *     becomes the form CORDON with the pattern `* OFF_ [192]` (no_bare).
 *     `<SYNSETS>` ... `</SYNSETS>` holds the `&NAME` / `+member` sets;
 *     `XXXX~ YYYY` in a pattern joins the two words.  The lines of any
 *     other section (`<TIME>` date shifts) are reported: acta does not use
 *     them.  Codes may end in `!` (dominant) or `?` (subordinate).
 *   - Actors: a line may carry several codes ("REAGAN [USAELI <890120]
 *     [USA]"); a date range whose six-digit start falls after its end
 *     ("270101-730717") takes the start in the 1900s.
 */
#ifndef ACTA_PETRARCH_H
#define ACTA_PETRARCH_H
#include <stddef.h>
#include <stdint.h>

/* ---- common ------------------------------------------------------------ */

typedef enum petr_kind {
  PETR_VERBS = 1, PETR_ACTORS, PETR_AGENTS, PETR_DISCARDS
} petr_kind;

typedef struct petr_opts {
  const char *name;  /* file name used in messages ("<input>" if NULL) */
  int strict;        /* stop at the first malformed line */
  /* Called once per malformed line with "file:line: message". */
  void (*warn)(void *ud, const char *message);
  void *warn_ud;
  int tabari;        /* the file is in TABARI's format (see below) */
} petr_opts;

/* ---- verbs ------------------------------------------------------------- */

typedef struct petr_synset {
  const char *name;            /* without `&` and trailing `_`: "CURRENCY" */
  size_t line;
  size_t first_member, n_members;   /* into strs; members as written */
} petr_synset;

typedef struct petr_verb_form {
  const char *text;            /* "BREAK_DOWN" (leading `+` removed) */
  int plus;                    /* line started with `+` */
  const char *code;            /* own code or NULL */
  size_t line;
  size_t first_irregular, n_irregular;  /* into strs, `+` removed */
} petr_verb_form;

typedef enum petr_tok_kind {
  PETR_T_WORD = 1,   /* text: a word ("RESOLUTION"; "IN_" keeps its
                        trailing `_`, TABARI's exact-word mark) */
  PETR_T_SYNSET,     /* text: synset name without `&` and trailing `_` */
  PETR_T_VERB,       /* `*`: the verb */
  PETR_T_SOURCE,     /* `$`: the source actor */
  PETR_T_TARGET,     /* `+`: the target actor */
  PETR_T_SKIP,       /* `^`: skip a noun phrase */
  PETR_T_COMPOUND,   /* `%`: compound actor (source and target) */
  PETR_T_ALT         /* `{a | b}`: first_alt/n_alts into strs */
} petr_tok_kind;

typedef struct petr_tok {
  uint8_t kind;      /* petr_tok_kind */
  uint8_t joined;    /* joined to the previous element by `_` (adjacent;
                        2: by TABARI's `~`, the previous word a stem) */
  const char *text;  /* WORD, SYNSET; NULL otherwise */
  size_t first_alt, n_alts;
} petr_tok;

typedef struct petr_pattern {
  size_t family;               /* index into families */
  const char *code, *code2;    /* "064"; code2 after `:` or NULL */
  const char *text;            /* the pattern as written (normalised) */
  size_t line;
  size_t first_tok, n_toks;    /* into toks */
} petr_pattern;

typedef struct petr_family {
  const char *verb;            /* header word ("ABANDON") */
  const char *code;            /* "345", "---" */
  size_t line;
  size_t first_form, n_forms;
  size_t first_pattern, n_patterns;
  uint8_t no_bare;             /* TABARI multi-word root ("CORDON OFF_"):
                                  the verb alone codes nothing; the root's
                                  code is on its first pattern */
} petr_family;

/* ---- actors / agents / discards ---------------------------------------- */

typedef enum petr_date_rule {
  PETR_DATE_ANY = 0,   /* no restriction */
  PETR_DATE_BEFORE,    /* date < to   (`<D`) */
  PETR_DATE_AFTER,     /* date > from (`>D`) */
  PETR_DATE_RANGE      /* from <= date <= to */
} petr_date_rule;

typedef struct petr_code {
  const char *code;            /* "USAGOV", "---" */
  uint8_t rule;                /* petr_date_rule */
  uint32_t from, to;           /* YYYYMMDD */
  size_t line;
} petr_code;

typedef struct petr_actor {
  const char *phrase;
  size_t line;
  size_t first_alias, n_aliases;   /* into strs */
  size_t first_code, n_codes;      /* into codes */
} petr_actor;

enum { PETR_AGENT_SUFFIX = 1, PETR_AGENT_PREFIX = 2 };

typedef struct petr_agent {
  const char *phrase;
  const char *code;            /* without `~`: "GOV" */
  uint8_t place;               /* PETR_AGENT_SUFFIX (~GOV), _PREFIX (NGO~) */
  uint8_t has_plurals;         /* a `{...}` group was given (maybe empty) */
  size_t line;
  size_t first_plural, n_plurals;  /* into strs */
} petr_agent;

typedef struct petr_macro {    /* agents: !PERSON! = MAN, MEN */
  const char *name;            /* "PERSON" */
  size_t line;
  size_t first_value, n_values;
} petr_macro;

typedef struct petr_discard {
  const char *phrase;
  const char *code;            /* NULL if none */
  uint8_t story;               /* `+`: discard the whole story */
  size_t line;
} petr_discard;

/* A word of a TABARI .actors file's <NOUN> or <ADJECTIVE> list: TABARI's
 * parser types it so, which decides where its clauses begin ("sheep and
 * goats", "awful and evil" are no two clauses). */
typedef struct petr_word_class {
  const char *word;   /* as written, without its comment: "GOATS", "FORCES_" */
  uint8_t adjective;  /* 1: <ADJECTIVE>, 0: <NOUN> */
  size_t line;
} petr_word_class;

/* ---- the dictionary ---------------------------------------------------- */

typedef struct petr_dict {
  petr_kind kind;
  size_t n_warnings;           /* malformed lines skipped */
  const char **strs; size_t n_strs;
  /* verbs */
  petr_synset *synsets; size_t n_synsets;
  petr_family *families; size_t n_families;
  petr_verb_form *forms; size_t n_forms;
  petr_pattern *patterns; size_t n_patterns;
  petr_tok *toks; size_t n_toks;
  /* actors */
  petr_actor *actors; size_t n_actors;
  petr_code *codes; size_t n_codes;
  /* agents */
  petr_agent *agents; size_t n_agents;
  petr_macro *macros; size_t n_macros;
  /* discards */
  petr_discard *discards; size_t n_discards;
  /* TABARI actors: the <NOUN> and <ADJECTIVE> lists */
  petr_word_class *word_classes; size_t n_word_classes;
  struct petr_arena *arena;    /* private: owns every string */
} petr_dict;

/* Parses data[0..len) (no NUL needed).  NULL on failure (a malformed line
 * in strict mode, an unreadable file) with the reason in err.  Out of
 * memory aborts, as acta_buf does. */
petr_dict *petr_dict_parse(petr_kind kind, const char *data, size_t len,
                           const petr_opts *opts, char *err, size_t errlen);
/* Reads and parses a file (opts->name defaults to path). */
petr_dict *petr_dict_load(petr_kind kind, const char *path,
                          const petr_opts *opts, char *err, size_t errlen);
void petr_dict_free(petr_dict *d);

/* The code of an actor on a date (YYYYMMDD): the first date-restricted
 * code whose rule holds, else the first unrestricted code, else NULL.
 * date 0 means unknown: the first unrestricted code. */
const char *petr_actor_code_at(const petr_dict *d, const petr_actor *a,
                               uint32_t date);

/* Splits a phrase at blanks and `_` into at most max words written to
 * out[i] = start, lens[i] = length; returns the number of words (which may
 * exceed max: only max are written). */
size_t petr_phrase_words(const char *phrase, const char **out, size_t *lens,
                         size_t max);

/* ---- XML --------------------------------------------------------------- */

/* One <EventCoding>.  A "no event" coding (noevents="True") has
 * noevents = 1 and NULL codes; an expected-error coding (error="dateline")
 * has error set and may lack codes. */
typedef struct petr_coding {
  const char *source, *target, *event;
  const char *error;
  int noevents;
  size_t line;
} petr_coding;

/* PETRARCH's coding options, set by <Config option="..." value="..."/>
 * in <Environment> or between sentences (each applies to the sentences
 * after it).  Defaults are PETRARCH's: require_dyad on, comma clauses of
 * 2-8 words inside and at the end deleted, none at the start. */
typedef struct petr_config {
  int require_dyad;        /* events need a coded source and target */
  int new_actor_length;    /* uncoded noun phrases of up to N words are
                              actors named by their words (0: off) */
  int comma_min, comma_max;   /* internal comma clauses (max 0: off) */
  int comma_bmin, comma_bmax; /* initial clause */
  int comma_emin, comma_emax; /* terminal clause */
} petr_config;
void petr_config_default(petr_config *c);

/* One <Sentence>.  Strings are entity-decoded and NUL-terminated; they
 * stay valid until the next petr_xml_next() or petr_xml_free(). */
typedef struct petr_record {
  const char *id;
  const char *date;            /* "YYYYMMDD" (checked: a real day) */
  const char *category;        /* category="..." or NULL */
  const char *source;          /* source="..." or NULL */
  int sentence;                /* sentence="true" -> 1, "false" -> 0, else -1 */
  const char *text;            /* <Text>, blank runs folded to one space */
  size_t text_len;
  const char *parse;           /* <Parse> (trimmed) or NULL */
  petr_coding *codings; size_t n_codings;
  int expects_no_event;        /* some coding had noevents="True" */
  petr_config config;          /* the options in effect for it */
  size_t line, offset;         /* of the <Sentence tag */
} petr_record;

/* <Environment> file names (NULL when absent). */
typedef struct petr_env {
  const char *verbfile, *actorfile, *agentfile, *discardfile;
} petr_env;


typedef struct petr_xml petr_xml;

/* Reads data[0..len) (no NUL needed), which must outlive the reader; name is
 * used in messages ("<input>" if NULL) and copied.  Out of memory aborts. */
petr_xml *petr_xml_open(const char *data, size_t len, const char *name);
/* 1: *rec filled; 0: end of input; 2: a <Sentence> that cannot be read
 * (a bad entity, a missing id or date, text that is not UTF-8 ...):
 * "file:line: ..." in err, rec->id (when it could be read) and rec->line
 * name it, and the next call goes on after it; -1: the file cannot be read
 * further, message "file:line: ..." in err, and every later call returns
 * -1 again. */
int petr_xml_next(petr_xml *x, petr_record *rec, char *err, size_t errlen);
/* The <Environment> seen so far (it precedes <Sentences> in practice). */
const petr_env *petr_xml_env(const petr_xml *x);
/* Byte offset and line of the reader (after an error: where it stopped). */
size_t petr_xml_offset(const petr_xml *x);
size_t petr_xml_line(const petr_xml *x);
void petr_xml_free(petr_xml *x);

#endif
