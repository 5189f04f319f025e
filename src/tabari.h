/* SPDX-License-Identifier: MIT */
/* tabari.h: TABARI's project files, private to the library and the CLI:
 * the text record format (input_tabari.c), the .options commands
 * (tabari_options.c) and the .project file (tabari_project.c), as the
 * TABARI 0.8 manual defines them. */
#ifndef ACTA_TABARI_H
#define ACTA_TABARI_H

#include <stddef.h>

/* The line of data[0..len) at *pos, without its newline or CRs, into
 * [*s, *s + *n); *pos moves past it.  0 at the end.  (The three TABARI
 * files are read line by line with it.) */
int tabari_next_line(const char *data, size_t len, size_t *pos,
                     const char **s, size_t *n);

/* ---- text records ------------------------------------------------ */

/*   date idinfo any other information
 *   source text line 1
 *   ...
 *   blank line
 *
 * A record starts at a line beginning with a digit that follows a blank
 * line (or starts the file); a block of lines that begins otherwise is a
 * comment and is skipped.  The text ends where a C-style comment opens
 * (slash star): what follows, up to star slash, is the record's comment,
 * where validation records keep their expected events.  The two-character
 * display breaks backslash-n are dropped. */
typedef struct tabari_record {
  long line;          /* line of the date/id line (1-based) */
  char date[16];      /* the date as written (digits), "" when too long */
  char date_iso[11];  /* "YYYY-MM-DD", or "" when the date is not valid */
  const char *id;     /* the first word after the date ("" if none) */
  const char *text;   /* the text lines joined by blanks */
  size_t text_len;
  const char *comment;/* what is inside its comment, or "" */
  long comment_line;  /* line where the comment starts */
} tabari_record;

typedef struct tabari_text tabari_text;

/* A reader over data[0..len) (not copied; it must outlive the reader);
 * name is used in messages.  yyyy: dates have four-digit years (SET: YYYY
 * = TRUE); otherwise six digits YYMMDD, years 00-30 being 2000-2030, and
 * eight-digit dates are read as YYYYMMDD too. */
tabari_text *tabari_text_open(const char *data, size_t len, const char *name);
void tabari_text_set_yyyy(tabari_text *t, int yyyy);
/* The next record: 1 (rec filled, valid until the next call), 0 at the
 * end.  2: a record whose date cannot be read; rec is filled all the same
 * (date_iso "", or, when more digits follow a valid date, the date of its
 * first six, eight with YYYY, as TABARI reads it), and err says
 * "FILE:LINE: ...". */
int tabari_text_next(tabari_text *t, tabari_record *rec, char *err,
                     size_t errlen);
void tabari_text_free(tabari_text *t);

/* "YYMMDD" (years 00-30: 2000-2030, else 19xx) or, with yyyy or when it
 * has 8 digits, "YYYYMMDD" into "YYYY-MM-DD".  Returns 0, or -1 when it is
 * not a real calendar day so written. */
int tabari_date_iso(const char *digits, int yyyy, char out[11]);

/* ---- .options ---------------------------------------------------- */

enum { TABARI_CODE_BY_CLAUSE, TABARI_CODE_BY_SENTENCE, TABARI_CODE_ALL };

typedef struct tabari_options {
  int code_by;            /* TABARI_CODE_BY_* */
  /* COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR: a sentence over those limits is
   * "complex" and not coded; 0: no limit */
  int complex_on, complex_verbs, complex_conj, complex_noactprior;
  /* DEFAULT: SOURCE [code] PRIOR TARGET [code] AFTER */
  char default_source[32], default_target[32];
  int default_prior, default_after;
  int convert_agents;     /* SET: CONVERT AGENTS: an agent without an
                             actor is an actor coded ~AGENT */
  int yyyy;               /* SET: YYYY */
  int time_shift;         /* SET: TIME SHIFT: -1 as the .verbs file says */
  int min_words;          /* SET: MINIMUM WORDS (8) */
  int fbis;               /* SET: FBIS */
  int forward;            /* FORWARD: with a sentence number, not OFF */
  /* where the FORWARD: format puts the story and sentence numbers in a
   * record's ID (offset, length; 0 length: none) */
  int fwd_story, fwd_story_len, fwd_seq, fwd_seq_len;
  /* COMMA: MIN MAX EMIN EMAX BMIN BMAX, comma_on = 0 after COMMA: OFF */
  int comma_on, comma_min, comma_max, comma_emin, comma_emax, comma_bmin,
      comma_bmax;
} tabari_options;

/* TABARI's defaults. */
void tabari_options_init(tabari_options *o);

/* One line of a .options file (or the body of a validation record's
 * { OPTION: ... }); comments after '#' or '//' are ignored.  Returns
 *   0  the command was applied,
 *   1  the command was read but acta has nothing it maps onto, or maps it
 *      only in part: why says what, and key names the command ("LABEL",
 *      "SET: HAIKU" ...) so that a caller can report each kind once,
 *  -1  the line is not a command acta knows or is malformed (why).
 * Blank and comment lines return 0. */
int tabari_options_line(tabari_options *o, const char *line, char *key,
                        size_t keylen, char *why, size_t whylen);

/* ---- .project ---------------------------------------------------- */

typedef struct tabari_project {
  /* paths relative to the project's folder made whole (malloc'ed) */
  char **actors, **agents, **verbs, **texts;
  size_t nactors, nagents, nverbs, ntexts;
  char *options;          /* NULL: none */
  long options_line;
} tabari_project;

/* Reads a .project file (the tags that name files: actorfile, agentfile,
 * verbfile, optionsfile, textfile, by their first two letters as TABARI
 * does; the others are about TABARI's sessions and output and are
 * skipped).  Returns 0, or -1 with "FILE[:LINE]: why" in err (the file
 * cannot be read, a file tag without a name, no verbs, actors or text
 * file). */
int tabari_project_read(const char *path, tabari_project *p, char *err,
                        size_t errlen);
/* The same over data already read (name for messages and to resolve the
 * relative paths). */
int tabari_project_parse(const char *data, size_t len, const char *name,
                         tabari_project *p, char *err, size_t errlen);
void tabari_project_free(tabari_project *p);

#endif
