/* SPDX-License-Identifier: MIT */
/* acta.h: the one public header of libacta, which codes English news text
 * into political event records (CAMEO events with sourced actors).
 *
 * Typical use:
 *
 *   char err[512];
 *   acta_dict *d = acta_dict_load(NULL, err, sizeof err);   // bundled data
 *   acta_coder *c = acta_coder_new(d);                      // one per thread
 *   acta_article a = { .id = "a1", .date = "2022-10-27", .text = txt,
 *                      .text_len = strlen(txt) };
 *   if (acta_code_article(c, &a) == 0) {
 *     size_t n; const acta_event *ev = acta_events(c, &n);
 *     size_t len; const char *json = acta_render_json(c, &a, &len);
 *     fwrite(json, 1, len, stdout);
 *   }
 *   acta_coder_free(c); acta_dict_free(d);
 *
 * A dictionary set (acta_dict) is read-only once loaded and may be shared by
 * any number of coders in any number of threads.  A coder (acta_coder) holds
 * all per-article scratch memory and results; use one coder per thread.
 * Results returned by a coder stay valid until its next call.
 * The library keeps no global mutable state.
 */
#ifndef ACTA_H
#define ACTA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ACTA_VERSION "0.2.0"

/* ACTA_API marks the functions of this header, the library's public API:
 * the library compiles with -fvisibility=hidden (CMakeLists.txt), so
 * libacta.so exports these and nothing else, and calls between its own
 * files are direct, neither through the PLT nor open to interposition,
 * which lets GCC inline and specialise them. */
#if defined(__GNUC__)
#define ACTA_API __attribute__((visibility("default")))
#else
#define ACTA_API
#endif
/* The version of the library loaded at run time (ACTA_VERSION when it was
 * built), for programs that load it dynamically (the Python package). */
ACTA_API const char *acta_version(void);

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */
/* ------------------------------------------------------------------ */

typedef struct acta_dict acta_dict;

typedef struct acta_dict_options {
  /* Directory with the project dictionaries (cameo.txt, events.txt,
   * countries.txt, actors.txt, agents.txt, discards.txt).  NULL: the
   * ACTA_DATA_DIR environment variable, else the installed data dir. */
  const char *data_dir;
  /* WordNet dictionary directory (index.verb, verb.exc ...).  NULL:
   * ACTA_WORDNET_DIR, else /usr/share/wordnet. */
  const char *wordnet_dir;
  /* iso-codes JSON directory (iso_3166-1.json).  NULL: ACTA_ISO_CODES_DIR,
   * else /usr/share/iso-codes/json. */
  const char *iso_codes_dir;
  /* Part-of-speech model directory (words.yml, tags.yml, from Debian's
   * liblingua-en-tagger-perl).  NULL: ACTA_TAGGER_DIR, else
   * /usr/share/perl5/Lingua/EN/Tagger. */
  const char *tagger_dir;
  /* Non-zero: a malformed dictionary line stops the load.  Zero: it is
   * reported through `warn` (if set) with file:line and skipped. */
  int strict;
  void (*warn)(void *ud, const char *message);
  void *warn_ud;
  /* PETRARCH / TABARI dictionaries (the KEDS formats: verbs with synsets
   * and patterns, actors with dated codes, agents, discards).  When any is
   * set they code instead of the project's events, actors, agents and
   * discards, unless `layer` is non-zero: then both load, and on equally
   * long phrases or equally specific patterns these files win.  NULL: none
   * of that kind.  petrarch_actors is a NULL-terminated list. */
  const char *petrarch_verbs;
  const char *const *petrarch_actors;
  const char *petrarch_agents;
  const char *petrarch_discards;
  int layer;
  /* Non-zero: petrarch_verbs / petrarch_actors / petrarch_agents are in
   * TABARI's formats (verb roots `STEM [code]` / `STEM_ [code]` heading
   * families of `- PATTERN [code]` lines, `&SYNSET` sets, `<TIME>` shifts,
   * dated codes), as the TABARI 0.8 manual defines them.  Zero: PETRARCH's
   * formats. */
  int tabari;
} acta_dict_options;

/* Loads and compiles every dictionary.  On failure returns NULL and writes
 * a message naming the file (and line) into err. */
ACTA_API acta_dict *acta_dict_load(const acta_dict_options *opt, char *err,
                                   size_t errlen);
ACTA_API void acta_dict_free(acta_dict *d);

/* Counts of loaded entries, for --version / diagnostics. */
typedef struct acta_dict_stats {
  size_t event_patterns, actors, agents, discards, cameo_codes, verb_lemmas;
} acta_dict_stats;
ACTA_API void acta_dict_get_stats(const acta_dict *d, acta_dict_stats *out);

/* ------------------------------------------------------------------ */
/* Articles and events                                                 */
/* ------------------------------------------------------------------ */

typedef struct acta_article {
  const char *id;        /* required */
  const char *date;      /* "YYYY-MM-DD" or NULL */
  const char *publisher; /* optional */
  const char *url;       /* optional */
  const char *title;     /* optional */
  const char *text;      /* required, UTF-8 */
  size_t text_len;
  /* optional: a Penn Treebank parse of the text ("(ROOT (S (NP (NNP Arnor))
   * (VP (VBD said))))"), as PETRARCH records carry.  When given, its
   * noun, verb, adjective and adverb tags replace the coder's own guesses
   * for the words they cover; with PETRARCH dictionaries its phrases also
   * give subjects, compounds and new actors.  It may be partial or not
   * match the text word for word. */
  const char *parse;
  size_t parse_len;
} acta_article;

typedef enum acta_status {
  ACTA_ASSERTED = 0,
  ACTA_ALLEGED,
  ACTA_HEDGED,
  ACTA_DENIED,
  ACTA_NEGATED,
  ACTA_INTENDED
} acta_status;

ACTA_API const char *acta_status_name(acta_status s);

/* An actor as found in the text.  Byte offsets index article->text;
 * acta_actor_text() gives the words themselves. */
typedef struct acta_actor {
  int present;        /* 0: no actor (e.g. no target) */
  size_t start, end;  /* text span [start, end) */
  char code[64];      /* CAMEO-style code: country + roles, e.g. "IRNCOP" */
  char country[4];    /* ISO 3166-1 alpha-3 or "" */
  char role[4];       /* first role code (GOV, MIL, COP, OPP ...) or "" */
  int entry_line;     /* dictionary line of the entry that matched */
  const char *entry_file; /* dictionary file name of that entry */
} acta_actor;

/* A quantity reported in the event's sentence ("at least 141
 * demonstrators", "as high as 250", "nearly 10,000 people"). */
typedef struct acta_figure {
  char kind[16];      /* killed injured arrested detained missing displaced
                         protesters troops weapons other (NUL-terminated) */
  char qualifier[16]; /* exact at_least up_to approximately range */
  double value;       /* the number (for a range: the low end) */
  double low, high;   /* == value, except range (low..high) and up_to
                         (low = 0, high = value) */
  size_t start, end;  /* byte span of the whole phrase, "at least 141
                         demonstrators" (qualifier through counted noun) */
  size_t unit_start, unit_end; /* byte span of the counted noun phrase
                         ("demonstrators", "Shahed-136 kamikaze drones");
                         unit_start == unit_end == end when there is none */
  int summary;        /* index of its figure summary (acta_figure_summaries),
                         or -1 (set by the coder) */
} acta_figure;

/* What the text says about the evidence for a claim. */
typedef enum acta_evidence {
  ACTA_EVIDENCE_NONE = 0,     /* nothing said */
  ACTA_EVIDENCE_NONE_OFFERED, /* "without offering evidence", "provided no proof" */
  ACTA_EVIDENCE_CLAIMED,      /* "says it has evidence" */
  ACTA_EVIDENCE_CITED         /* "video evidence points to", "recovered drones show" */
} acta_evidence;

ACTA_API const char *acta_evidence_name(acta_evidence e); /* NULL for NONE */

typedef struct acta_event {
  int sentence;            /* 0-based sentence index in the article */
  size_t sent_start, sent_end; /* byte span of the sentence */
  acta_actor source, target;
  /* Who reported it ("X said ...", "according to X").  A speaker the
   * dictionaries do not know has present = 1 and an empty code. */
  acta_actor reported_by;
  acta_actor via;          /* who relayed the report ("AFP quoted ISNA") */
  char cameo[5];           /* "180", "0874" ... */
  char root[3];            /* "18" */
  /* The act an intended event announces ("vowed to attack": cameo 1384,
   * intended_act "190"); "" for every other event. */
  char intended_act[5];
  const char *name;        /* CAMEO name of the code */
  int quad_class;          /* 1 verbal coop .. 4 material conflict */
  double goldstein;
  char verb[64];           /* lemma(s) of the verb group or event noun */
  size_t verb_start, verb_end; /* span of the trigger */
  acta_status status;
  char date[11];           /* "YYYY-MM-DD" or "": the event's date, from a
                            * date expression of its sentence, else the
                            * article's */
  char date_precision[6];  /* "day", "week", "month", "year"; "" = none */
  char date_range_start[11], date_range_end[11]; /* "" unless a range */
  size_t date_start, date_end; /* span of the date expression (equal: none) */
  /* explanation */
  const char *pattern;     /* the event pattern as written in the dictionary */
  const char *pattern_file;
  int pattern_line;
  unsigned flags;          /* ACTA_EV_* */
  acta_evidence evidence;
  size_t evidence_start, evidence_end; /* span of the evidence phrase */
  int disputes;            /* index (in this article) of the event this
                            * denial disputes, or -1 */
  /* where: a place of the event's sentence (after its verb first), else
   * the article's dateline; has_location = 0 when none */
  int has_location;
  struct {
    char name[64], country[4], admin1[64], precision[10];
    double lat, lon;
    size_t start, end;     /* span in the text (equal for none) */
  } location;
  const acta_figure *figures; /* quantities that belong to this event */
  size_t nfigures;
  /* PLOVER (plover.c): its event type as POLECAT names it ("ASSAULT"),
   * its mode ("firearms", NULL: none) and contexts (bit i: context
   * acta_plover_context_name(i)), decided from the CAMEO code, the actors'
   * roles, the status and the words of the sentence.  plover_type NULL:
   * PLOVER codes no such event (a comment, CAMEO 010-014, 017, 019). */
  const char *plover_type;
  const char *plover_mode;
  uint64_t plover_contexts;
  /* ACLED (acled.c): its event type and sub-event type ("Battles",
   * "Armed clash"); NULL when ACLED would not record it (a statement, an
   * appeal, a disaster, a crime with no political actor, an event that did
   * not happen). */
  const char *acled_type;
  const char *acled_sub_type;
} acta_event;

/* PLOVER's contexts, in the manual's order, then its auxiliary modes
 * "future" and "negation" (which the manual puts in the context field). */
#define ACTA_PLOVER_NCONTEXTS 39
/* The name of context i ("military", "election" ...), NULL out of range. */
ACTA_API const char *acta_plover_context_name(int i);
/* PLOVER's conflict/cooperation score of a type and mode (the manual's
 * table: "ASSAULT" -9, "ASSAULT"/"firearms" -9 ...); 0 for NULL. */
ACTA_API double acta_plover_score(const char *type, const char *mode);

/* A quantity reconciled over an article: the same kind of count ("killed")
 * reported by several sources, from the lowest to the highest figure. */
typedef struct acta_figure_summary {
  char kind[16];
  size_t subject_start, subject_end; /* the counted noun of the first
                                        figure that names one */
  double low, high;
  size_t nfigures;         /* figures of this kind in the article */
} acta_figure_summary;


#define ACTA_EV_PASSIVE   1u  /* coded from a passive clause */
#define ACTA_EV_NOMINAL   2u  /* coded from an event noun */
#define ACTA_EV_COMPOUND  4u  /* one of several events from a compound actor */
#define ACTA_EV_REPORTED  8u  /* inside reported speech */
#define ACTA_EV_ARTICLE_COUNTRY 16u /* a role took the article's country */
#define ACTA_EV_FIGURE    32u /* known only from a figure: source unknown */
#define ACTA_EV_AGENTLESS 64u /* a passive naming no agent ("three
                                 soldiers were killed"): source unknown */
#define ACTA_EV_SOURCELESS 128u /* the verb's subject is no actor; coded only
                                 under acta_coder_set_keep_sourceless() */

/* ------------------------------------------------------------------ */
/* Input records: JSON lines as `acta code` reads them                 */
/* ------------------------------------------------------------------ */

/* Field names of a record, and the id of a record that has none. */
typedef struct acta_jsonl_fields {
  const char *id, *text, *date; /* field names; NULL: "id", "text", "date" */
  const char *default_id; /* the id of a record without one (absent or
                             null; "" stays an error); NULL: an error */
} acta_jsonl_fields;

/* Reads one JSON-lines record (line[0..len), no newline needed) exactly as
 * `acta code` does: "id" (a string, or a number in decimal), "text"
 * (required), "date" (YYYY-MM-DD, or an ISO timestamp cut to its date),
 * "publisher", "url", "title", "parse"; null counts as absent, other
 * fields are ignored.  fields: NULL for the default names and no default
 * id.  Returns 0, fills *out and sets *owned to one block holding every
 * string out points to (release it with acta_record_free when done with
 * out).  Returns -1 with a message in err ("record has no \"text\"",
 * "\"date\" is not a YYYY-MM-DD date: ...", "line is not JSON: ...");
 * out->id is then set (in *owned, released the same way) when the id could
 * be read, so that the error can name the record, else out->id and *owned
 * are NULL. */
ACTA_API int acta_parse_jsonl_record(const char *line, size_t len,
                                     const acta_jsonl_fields *fields,
                                     acta_article *out, char **owned, char *err,
                                     size_t errlen);
ACTA_API void acta_record_free(char *owned);

/* ------------------------------------------------------------------ */
/* Coding                                                              */
/* ------------------------------------------------------------------ */

typedef struct acta_coder acta_coder;

ACTA_API acta_coder *acta_coder_new(const acta_dict *d);
ACTA_API void acta_coder_free(acta_coder *c);

/* The largest article a coder accepts: text_len + parse_len above it make
 * acta_code_article fail with an error saying so, so that the memory one
 * article takes stays bounded (with its rendering, about 25 bytes per byte
 * of news text, at most about 110 for text that is all events).  0: no
 * limit.  The default is ACTA_DEFAULT_MAX_ARTICLE_BYTES (2 MiB). */
#define ACTA_DEFAULT_MAX_ARTICLE_BYTES ((size_t)2 << 20)
ACTA_API void acta_coder_set_max_article_bytes(acta_coder *c, size_t max_bytes);

/* PETRARCH's new_actor_length, for PETRARCH dictionaries and articles with
 * a parse: a noun phrase of the parse with no coded actor in it and at most
 * max_words words becomes an actor coded with its own words in quotes
 * ("\"THE MINISTRY OF MAGIC\"").  0 (the default) turns it off. */
ACTA_API void acta_coder_set_new_actor_length(acta_coder *c, int max_words);

/* TABARI's DEFAULT: SOURCE, for PETRARCH/TABARI dictionaries only: a verb
 * whose subject names no actor ("Crowds restored ties with Gondor") still
 * gives its events, with no source (ACTA_EV_SOURCELESS), so that a default
 * source code can stand in.  0 (the default) drops them. */
ACTA_API void acta_coder_set_keep_sourceless(acta_coder *c, int on);

/* TABARI's SET: CODE ALL, for PETRARCH/TABARI dictionaries only: a
 * subordinate clause after a coded event ("..., after crowds burned down
 * its embassy") is coded too.  0 (the default): it is skipped, as KEDS's
 * default CODE BY CLAUSE does. */
ACTA_API void acta_coder_set_code_all(acta_coder *c, int on);

/* TABARI's target search, for PETRARCH/TABARI dictionaries only: a verb
 * whose pattern names its source before it ("$ ^ FOR *") and that has no
 * actor after it takes the nearest other actor before it as its target.
 * 0 (the default): no target. */
ACTA_API void acta_coder_set_tabari_targets(acta_coder *c, int on);

/* TABARI's FORWARD, for TABARI dictionaries only: a pronoun of the next
 * article with no actor before it ("He has also asked Gondor ...") stands
 * for the first actor of the article coded before, without its agents.
 * The caller says when the next article continues the story (TABARI: the
 * same story, the next sentence number).  0 (the default): it does not. */
ACTA_API void acta_coder_set_tabari_forward(acta_coder *c, int on);

/* TABARI's COMPLEX: NOACTPRIOR, for TABARI dictionaries: 1 when an actor
 * (a phrase with a code that is no agent alone) of the article last coded
 * begins before byte offset at of its text, in the sentence holding at;
 * else 0. */
ACTA_API int acta_coder_tabari_actor_before(const acta_coder *c, size_t at);

/* Codes one article.  Returns 0, or -1 with acta_coder_error() set: no
 * text, text that is not valid UTF-8 or holds a NUL byte, an article over
 * the size limit, a date that is not a real calendar day written
 * YYYY-MM-DD (NULL or "" is no date).  Events are available through
 * acta_events().
 *
 * Without a date, absolute date expressions ("on March 3, 2019", "in
 * 2019") still date their events; relative ones ("on Wednesday", "last
 * week") need the article's date and give none. */
ACTA_API int acta_code_article(acta_coder *c, const acta_article *a);
ACTA_API const char *acta_coder_error(const acta_coder *c);

ACTA_API const acta_event *acta_events(const acta_coder *c, size_t *count);
/* Number of sentences found in the last article. */
ACTA_API size_t acta_sentence_count(const acta_coder *c);

/* The text an actor of an event of article a spans: a pointer into a->text
 * and its length in *len (not NUL-terminated).  An absent actor, or a span
 * outside the text, gives "" and 0. */
ACTA_API const char *acta_actor_text(const acta_article *a, const acta_actor *x,
                                     size_t *len);
/* The same for any byte span of the article (figures, dates, places). */
ACTA_API const char *acta_span_text(const acta_article *a, size_t start, size_t end,
                                    size_t *len);

/* Figure summaries of the last article (kinds reported at least twice). */
ACTA_API const acta_figure_summary *acta_figure_summaries(const acta_coder *c,
                                                          size_t *count);

/* ------------------------------------------------------------------ */
/* Rendering (buffers owned by the coder, valid until the next call)   */
/* ------------------------------------------------------------------ */

/* JSON lines for the last coded article: one "event" record per event, or
 * one "no_event" record. */
ACTA_API const char *acta_render_json(acta_coder *c, const acta_article *a,
                                      size_t *len);
/* TSV rows (no header) for the last coded article. */
ACTA_API const char *acta_render_tsv(acta_coder *c, const acta_article *a,
                                     size_t *len);
ACTA_API const char *acta_tsv_header(void);
/* POLECAT-style PLOVER records (JSON lines) for the last coded article:
 * one per event PLOVER codes, or one "no_event" record (render_plover.c
 * documents the fields). */
ACTA_API const char *acta_render_plover(acta_coder *c, const acta_article *a,
                                        size_t *len);
/* Event ids are "<article id>#<n>" (n: the event's index in its article).
 * A run that meets an article id twice can keep event ids unique by
 * rendering the second article with another base ("a1~2": "a1~2#0"); the
 * doc_id stays the article's id.  NULL: the article's id again.  The string
 * is not copied: it must stay valid while rendering. */
ACTA_API void acta_coder_set_event_id_base(acta_coder *c, const char *base);
/* A JSON "error" record.  doc_id may be NULL, then line (1-based) is used. */
ACTA_API const char *acta_render_error(acta_coder *c, const char *doc_id, long line,
                                       const char *message, size_t *len);

/* The claims ledger of the last coded article: one row per event with its
 * claimant (reporter, else source), status, the denials disputing it and
 * evidence.  json: JSON lines of {"type":"claim",...}; else TSV rows
 * (header: acta_tsv_claims_header()). */
ACTA_API const char *acta_render_claims(acta_coder *c, const acta_article *a,
                                        int json, size_t *len);
ACTA_API const char *acta_tsv_claims_header(void);

/* Human-readable trace of how one text is coded: tokens, tags, chunks,
 * actor matches, patterns tried and the decision. */
ACTA_API const char *acta_explain(acta_coder *c, const char *text, size_t len,
                                  const char *date, size_t *out_len);
/* The same for a whole article (its date and optional parse). */
ACTA_API const char *acta_explain_article(acta_coder *c, const acta_article *a,
                                          size_t *out_len);

#ifdef __cplusplus
}
#endif
#endif
