/* SPDX-License-Identifier: MIT */
/* dict_load.c: reads the project's dictionaries (the data directory), Debian's
 * iso-codes country names, WordNet and the part-of-speech model
 * (tagger_model.c), and compiles them into the phrase trie, the pattern
 * indexes and the CAMEO table of an acta_dict (through the building blocks
 * of dict_build.c, which petrarch_compile.c uses too); or,
 * when a current dictionary image of them exists (dict_cache.c), maps that
 * instead, and writes one after parsing. */
#include "dict.h"
#include "coder_words.h"
#include "cues.h"
#include "dict_build.h"
#include "dict_cache.h"
#include "image.h"
#include "petrarch.h"
#include "gazetteer.h"
#include "tagger_model.h"
#include "vocab.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ACTA_DEFAULT_DATA_DIR
#define ACTA_DEFAULT_DATA_DIR "/usr/local/share/acta"
#endif


static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int acta_list_txt(const char *dir, char ***names, size_t *n) {
  *names = NULL;
  *n = 0;
  DIR *dp = opendir(dir);
  if (!dp) return errno == ENOENT ? 0 : -1;
  size_t cap = 0;
  struct dirent *e;
  errno = 0;
  while ((e = readdir(dp)) != NULL) {
    size_t l = strlen(e->d_name);
    if (e->d_name[0] == '.' || l < 5 || strcmp(e->d_name + l - 4, ".txt"))
      continue;
    if (*n == cap) {
      cap = cap ? cap * 2 : 16;
      *names = acta_xrealloc(*names, cap * sizeof **names);
    }
    (*names)[(*n)++] = strdup(e->d_name);
    if (!(*names)[*n - 1]) abort();
  }
  int rd_err = errno;
  closedir(dp);
  if (rd_err) {
    for (size_t i = 0; i < *n; i++) free((*names)[i]);
    free(*names);
    *names = NULL;
    *n = 0;
    errno = rd_err;
    return -1;
  }
  qsort(*names, *n, sizeof **names, by_name);
  return 0;
}

/* ---- CAMEO table ------------------------------------------------------ */

const acta_cameo *acta_cameo_find(const acta_dict *d, const char *code) {
  uint32_t v;
  if (acta_u64map_get(&d->cameo_index, acta_cameo_key(code, strlen(code)), &v))
    return &d->cameo[v];
  return NULL;
}

static int all_digits(const char *s, size_t n) {
  if (!n) return 0;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i])) return 0;
  return 1;
}

/* Splits off the comment and trims; returns NULL for empty lines. */
static char *clean_line(char *line) {
  char *h = strchr(line, '#');
  if (h) *h = '\0';
  size_t n = strlen(line);
  while (n && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
               isspace((unsigned char)line[n - 1])))
    line[--n] = '\0';
  while (*line && isspace((unsigned char)*line)) line++;
  return *line ? line : NULL;
}

static void cameo_line(acta_loader *L, char *s) {
  acta_dict *d = L->d;
  char code[16], quad[16], gold[32];
  int used = 0;
  if (sscanf(s, "%15s %15s %31s %n", code, quad, gold, &used) < 3 || !used) {
    acta_loader_bad_line(L, "expected CODE QUAD GOLDSTEIN NAME");
    return;
  }
  size_t cl = strlen(code);
  char *endp;
  long q = strtol(quad, &endp, 10);
  if (!all_digits(code, cl) || cl < 2 || cl > 4 || *endp || q < 1 || q > 4) {
    acta_loader_bad_line(L, "bad CAMEO code or quad class \"%s %s\"", code, quad);
    return;
  }
  errno = 0;
  double g = strtod(gold, &endp);
  if (*endp || errno || g < -10.0 || g > 10.0) {
    acta_loader_bad_line(L, "bad Goldstein value \"%s\"", gold);
    return;
  }
  const char *name = s + used;
  if (!*name) {
    acta_loader_bad_line(L, "CAMEO code %s has no name", code);
    return;
  }
  if (d->ncameo % 64 == 0)
    d->cameo = acta_xrealloc(d->cameo, (d->ncameo + 64) * sizeof *d->cameo);
  acta_cameo *c = &d->cameo[d->ncameo];
  memcpy(c->code, code, cl + 1); /* cl <= 4, checked above */
  c->quad = (int)q;
  c->goldstein = g;
  c->name = acta_pool_add(&d->strings, name, strlen(name));
  acta_u64map_put(&d->cameo_index, acta_cameo_key(code, cl), (uint32_t)d->ncameo);
  d->ncameo++;
}

/* ---- actors, agents, discards ------------------------------------------- */

static int parse_date(const char *s, size_t n, int32_t *out) {
  if (n == 0) { *out = 0; return 0; }
  if (n != 10 || s[4] != '-' || s[7] != '-') return -1;
  for (size_t i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i])) return -1;
  int y = atoi(s), m = atoi(s + 5), dd = atoi(s + 8);
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || dd < 1 || dd > mdays[m - 1]) return -1;
  if (m == 2 && dd == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
    return -1;
  *out = y * 10000 + m * 100 + dd;
  return 0;
}

/* 1: an ISO 3166-1 country (or XKX, Kosovo); 2: a country-like code of
 * countries.txt that is not ISO (KUR, regions); 0: not a country. */
static int country_kind(const acta_dict *d, const char *s) {
  uint32_t v;
  return acta_u64map_get(&d->countries, acta_pack3(s), &v) ? (int)v : 0;
}

/* Parses "CODE[@FROM..TO]" into the entry template. */
static int parse_code(acta_loader *L, const char *tok, size_t n, acta_entry *e,
                      int agent) {
  const char *at = memchr(tok, '@', n);
  size_t cl = at ? (size_t)(at - tok) : n;
  if (cl == 0 || cl % 3 != 0 || cl >= sizeof e->code) {
    acta_loader_bad_line(L, "bad code \"%.*s\": expected 3-letter groups", (int)n, tok);
    return -1;
  }
  for (size_t i = 0; i < cl; i++)
    if (!isupper((unsigned char)tok[i]) && !isdigit((unsigned char)tok[i])) {
      acta_loader_bad_line(L, "bad code \"%.*s\": upper-case letters only", (int)n, tok);
      return -1;
    }
  if (agent && cl != 3) {
    acta_loader_bad_line(L, "agent role \"%.*s\" must be one 3-letter code", (int)cl, tok);
    return -1;
  }
  memcpy(e->code, tok, cl);
  e->code[cl] = '\0';
  e->from = e->to = 0;
  if (at) {
    const char *r = at + 1, *end = tok + n;
    const char *dots = NULL;
    for (const char *p = r; p + 1 < end; p++)
      if (p[0] == '.' && p[1] == '.') { dots = p; break; }
    if (!dots || parse_date(r, (size_t)(dots - r), &e->from) != 0 ||
        parse_date(dots + 2, (size_t)(end - dots - 2), &e->to) != 0 ||
        (e->from && e->to && e->from > e->to)) {
      acta_loader_bad_line(L, "bad date range \"%.*s\": expected @YYYY-MM-DD..YYYY-MM-DD",
               (int)(end - r), r);
      return -1;
    }
  }
  e->country[0] = e->role[0] = '\0';
  if (agent) {
    memcpy(e->role, e->code, 3);
    e->role[3] = '\0';
  } else if (country_kind(L->d, e->code)) {
    /* the country field is ISO only: "KUR" keeps its code, no country */
    if (country_kind(L->d, e->code) == 1) {
      memcpy(e->country, e->code, 3);
      e->country[3] = '\0';
    }
    if (cl >= 6) { memcpy(e->role, e->code + 3, 3); e->role[3] = '\0'; }
  } else {
    memcpy(e->role, e->code, 3);
    e->role[3] = '\0';
  }
  return 0;
}

/* One phrase of an actors or agents line, for acta_loader_phrases. */
typedef struct entry_line {
  acta_loader *L;
  const acta_entry *e;
} entry_line;

static int add_entry_phrase(void *ud, const char *ph, size_t n) {
  entry_line *el = ud;
  if (acta_loader_phrase(el->L, el->e, ph, n) != 0) return -1;
  if (el->e->kind == ENT_AGENT) el->L->d->nagents++;
  else el->L->d->nactors++;
  return 0;
}

/* "CODE[@range]  phrase | phrase | ..." */
static void phrase_line(acta_loader *L, char *s, int kind) {
  acta_dict *d = L->d;
  size_t cl = strcspn(s, " \t");
  acta_entry e;
  memset(&e, 0, sizeof e);
  e.kind = (uint8_t)kind;
  e.file = L->file;
  e.line = (uint32_t)L->line;
  if (kind == ENT_DISCARD) {
    /* "@topic": the phrases after it name what a state may act on (sport,
     * markets, weather: "prosecutors opened a soccer investigation");
     * "@frame": what no one acts in (fiction, games, figures of speech) */
    if (s[0] == '@') {
      if (!strcmp(s, "@topic")) L->discard_topic = 1;
      else if (!strcmp(s, "@frame")) L->discard_topic = 0;
      else acta_loader_bad_line(L, "unknown discard section (@topic or @frame)");
      return;
    }
    if (L->discard_topic) memcpy(e.code, "topic", 6);
    if (acta_loader_phrase(L, &e, s, strlen(s)) == 0) d->ndiscards++;
    return;
  }
  if (kind == ENT_AGENT && cl == 3 && memcmp(s, "---", 3) == 0) {
    /* "---  criminal activity | ...": no actor, though a role word is in it */
    e.kind = ENT_BLOCK;
    memcpy(e.code, "---", 4);
  } else if (parse_code(L, s, cl, &e, kind == ENT_AGENT) != 0) {
    return;
  }
  entry_line el = {L, &e};
  if (!acta_loader_phrases(s + cl, add_entry_phrase, &el))
    acta_loader_bad_line(L, "code %s has no phrase", e.code);
}

/* ---- event patterns ------------------------------------------------------ */

/* review12: what makes two pattern lines one pattern: the code, the kind
 * (verb or noun), the head and each element's kind and words as loaded
 * ("pledge {peacekeeper|peacekeeping}" twice).  FNV-1a over them. */
static uint64_t key_add(uint64_t h, uint32_t v) {
  for (int i = 0; i < 4; i++) h = (h ^ ((v >> (8 * i)) & 0xff)) * 1099511628211ull;
  return h;
}

/* The length in d->alts of element e's choices (each a count n and n ids). */
static uint32_t alts_len(const acta_dict *d, const acta_pelem *e) {
  uint32_t o = e->alt_off;
  for (uint32_t c = 0; c < e->nalt; c++) o += 1 + d->alts[o];
  return o - e->alt_off;
}

static uint64_t pattern_key(const acta_dict *d, const acta_pattern *p) {
  uint64_t h = 14695981039346656037ull;
  h = key_add(h, p->cameo);
  h = key_add(h, p->noun);
  h = key_add(h, p->head);
  h = key_add(h, p->nel);
  for (uint32_t i = 0; i < p->nel; i++) {
    const acta_pelem *e = &d->elems[p->el_off + i];
    h = key_add(h, e->type);
    h = key_add(h, e->nalt);
    uint32_t n = alts_len(d, e);
    for (uint32_t k = 0; k < n; k++) h = key_add(h, d->alts[e->alt_off + k]);
  }
  return h;
}

static int same_pattern(const acta_dict *d, const acta_pattern *a, const acta_pattern *b) {
  if (a->cameo != b->cameo || a->noun != b->noun || a->head != b->head || a->nel != b->nel)
    return 0;
  for (uint32_t i = 0; i < a->nel; i++) {
    const acta_pelem *x = &d->elems[a->el_off + i], *y = &d->elems[b->el_off + i];
    if (x->type != y->type || x->nalt != y->nalt) return 0;
    uint32_t n = alts_len(d, x);
    if (n != alts_len(d, y) ||
        memcmp(&d->alts[x->alt_off], &d->alts[y->alt_off], n * sizeof d->alts[0]))
      return 0;
  }
  return 1;
}

static void event_line(acta_loader *L, char *s) {
  acta_dict *d = L->d;
  int report = 0;
  if (*s == '~') { report = 1; s++; }
  else if (L->report_only) return;
  size_t cl = strcspn(s, " \t");
  char code[8];
  /* "---": an excluded sense, a pattern that matches and codes nothing */
  int excluded = cl == 3 && memcmp(s, "---", 3) == 0;
  if (!excluded && (cl < 2 || cl > 4 || !all_digits(s, cl))) {
    acta_loader_bad_line(L, "expected a CAMEO code (or --- for an excluded sense) "
                         "at the start, got \"%.*s\"", (int)cl, s);
    return;
  }
  memcpy(code, s, cl);
  code[cl] = '\0';
  uint32_t ci = ACTA_NO_CODE;
  if (!excluded && !acta_u64map_get(&d->cameo_index, acta_cameo_key(code, cl), &ci)) {
    acta_loader_bad_line(L, "CAMEO code %s is not in cameo.txt", code);
    return;
  }
  char *p = s + cl;
  while (*p == ' ' || *p == '\t') p++;
  if (!*p) {
    acta_loader_bad_line(L, "code %s has no pattern", code);
    return;
  }
  char *text = p;
  /* head */
  size_t hl = strcspn(p, " \t");
  int noun = 0;
  if (hl > 2 && p[0] == 'n' && p[1] == ':') { noun = 1; p += 2; hl -= 2; }
  if (*p == '+' || *p == '{' || *p == '$') {
    acta_loader_bad_line(L, "pattern must start with a word (the head), got \"%.*s\"",
             (int)hl, p);
    return;
  }
  uint32_t head = acta_loader_word(L, p, hl);
  if (head == ACTA_NO_WORD) {
    acta_loader_bad_line(L, "bad head word \"%.*s\"", (int)hl, p);
    return;
  }
  if (report) {
    /* "~CODE verb [status]": the status given to what the verb reports */
    static const char *const st[] = {"asserted", "alleged", "hedged", "denied",
                                     NULL};
    char *r = p + hl;
    while (*r == ' ' || *r == '\t') r++;
    uint32_t status = 0;
    if (*r) {
      size_t rl = strcspn(r, " \t");
      uint32_t k;
      for (k = 0; st[k]; k++)
        if (strlen(st[k]) == rl && !memcmp(st[k], r, rl)) break;
      if (!st[k]) {
        acta_loader_bad_line(L, "unknown report status \"%.*s\" (asserted, alleged, "
                 "hedged, denied)", (int)rl, r);
        return;
      }
      status = k;
    }
    if (excluded) ci = ACTA_REPORT_NO_CODE; /* "~---": frames, never a statement */
    acta_u64map_put(&d->report, head, ci | (status << 24));
    acta_word_set_add(&d->yield_heads, head);
    return;
  }
  acta_pattern pat;
  memset(&pat, 0, sizeof pat);
  pat.cameo = ci;
  pat.head = head;
  pat.noun = (uint8_t)noun;
  pat.file = L->file;
  pat.line = (uint32_t)L->line;
  pat.el_off = (uint32_t)d->nelems;
  p += hl;
  size_t elems_before = d->nelems, alts_before = d->nalts;
  while (*p) {
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) break;
    size_t tl = strcspn(p, " \t");
    if (tl == 1 && *p == '+') {
      if (pat.has_target) {
        acta_loader_bad_line(L, "pattern has two targets");
        goto fail;
      }
      acta_pelem *e = acta_loader_elem(d);
      e->type = PE_TARGET;
      pat.has_target = 1;
    } else if (*p == '{') {
      if (p[tl - 1] != '}') {
        acta_loader_bad_line(L, "unclosed { in pattern");
        goto fail;
      }
      acta_pelem *e = acta_loader_elem(d);
      e->type = PE_WORD;
      e->alt_off = (uint32_t)d->nalts;
      char *a = p + 1, *end = p + tl - 1;
      if (a >= end) {
        acta_loader_bad_line(L, "empty { } in pattern");
        goto fail;
      }
      while (a <= end) {
        char *bar = memchr(a, '|', (size_t)(end - a));
        char *ae = bar ? bar : end;
        if (ae == a) {
          acta_loader_bad_line(L, "empty choice in { }");
          goto fail;
        }
        uint32_t w = acta_loader_word(L, a, (size_t)(ae - a));
        if (w == ACTA_NO_WORD) {
          acta_loader_bad_line(L, "bad word \"%.*s\" in { }", (int)(ae - a), a);
          goto fail;
        }
        acta_loader_alt(d, 1);
        acta_loader_alt(d, w);
        a = ae + 1;
        if (!bar) break;
      }
      e = &d->elems[d->nelems - 1];
      e->nalt = (uint32_t)(d->nalts - e->alt_off) / 2;
      pat.nlit++;
    } else if (*p == '*' && tl == 1) {
      /* "any words" is implicit; accept and ignore */
    } else {
      uint32_t w = acta_loader_word(L, p, tl);
      if (w == ACTA_NO_WORD) {
        acta_loader_bad_line(L, "bad word \"%.*s\" in pattern", (int)tl, p);
        goto fail;
      }
      acta_pelem *e = acta_loader_elem(d);
      e->type = PE_WORD;
      e->alt_off = (uint32_t)d->nalts;
      e->nalt = 1;
      acta_loader_alt(d, 1);
      acta_loader_alt(d, w);
      pat.nlit++;
    }
    p += tl;
  }
  pat.nel = (uint32_t)(d->nelems - pat.el_off);
  /* a line that repeats an earlier one adds nothing: said, and skipped */
  uint64_t key = pattern_key(d, &pat);
  uint32_t prev;
  if (acta_u64map_get(&L->pat_seen, key, &prev) && same_pattern(d, &d->pats[prev], &pat)) {
    acta_loader_note(L, "pattern repeats line %u of %s", d->pats[prev].line,
                     d->files[d->pats[prev].file]);
    goto fail;
  }
  pat.text = acta_pool_add(&d->strings, text, strlen(text));
  acta_u64map_put(&L->pat_seen, key, (uint32_t)d->npats);
  acta_loader_pattern(L, &pat);
  return;
fail:
  d->nelems = elems_before;
  d->nalts = alts_before;
}

/* ---- files ------------------------------------------------------------- */

enum { F_CAMEO, F_EVENTS, F_ACTORS, F_AGENTS, F_DISCARDS, F_CUES };

/* What a dictionary has loaded so far (a file that adds nothing to it is
 * empty, or every line of it was malformed). */
static size_t loaded(const acta_dict *d) {
  return d->ncameo + d->npats + d->report.count + d->nentries + d->ncues;
}

/* Loads dir/name.  A missing file is an error unless it is optional; a
 * file that is there must be read whole and add at least one entry: a
 * dictionary that loads a fraction of itself is an error, never a quiet
 * run that codes nothing. */
static int load_file(acta_loader *L, const char *dir, const char *name, int what,
                     int required) {
  char *path = acta_path_join(dir, name);
  FILE *f = fopen(path, "rb");
  if (!f) {
    int e = errno;
    if (!required && e == ENOENT) {
      free(path);
      return 0;
    }
    snprintf(L->err, L->errlen, "%s: cannot open dictionary file: %s", path,
             strerror(e));
    free(path);
    return -1;
  }
  size_t before = loaded(L->d);
  L->path = path;
  L->file = acta_loader_file(L->d, path);
  L->line = 0;
  L->discard_topic = 0;
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  while ((got = getline(&line, &cap, f)) >= 0) {
    L->line++;
    if (memchr(line, '\0', (size_t)got)) {
      acta_loader_bad_line(L, "line contains a NUL byte");
      continue;
    }
    if (acta_utf8_invalid_at(line, (size_t)got) >= 0) {
      acta_loader_bad_line(L, "line is not valid UTF-8");
      continue;
    }
    char *s = clean_line(line);
    if (!s) continue;
    switch (what) {
      case F_CAMEO: cameo_line(L, s); break;
      case F_EVENTS: event_line(L, s); break;
      case F_ACTORS: phrase_line(L, s, ENT_ACTOR); break;
      case F_AGENTS: phrase_line(L, s, ENT_AGENT); break;
      case F_DISCARDS: phrase_line(L, s, ENT_DISCARD); break;
      case F_CUES: acta_cue_line(L, s); break;
    }
    if (L->failed) break;
  }
  int rd_err = ferror(f) ? errno : 0;
  free(line);
  fclose(f);
  L->path = NULL;
  if (!L->failed && rd_err) {
    snprintf(L->err, L->errlen, "%s:%ld: cannot read dictionary file: %s",
             path, L->line + 1, strerror(rd_err));
    L->failed = 1;
  } else if (!L->failed && loaded(L->d) == before) {
    snprintf(L->err, L->errlen, "%s: no %s in this dictionary file (is it "
             "empty, or every line malformed?)", path,
             L->report_only ? "reporting verbs" : "entries");
    L->failed = 1;
  }
  free(path);
  return L->failed ? -1 : 0;
}

/* Loads every *.txt of a sub-directory, in name order (the file order
 * decides ties between equally specific patterns).  No directory: none to
 * load; one that cannot be read is an error. */
static int load_dir(acta_loader *L, const char *data, const char *sub, int what) {
  char *dir = acta_path_join(data, sub);
  char **names;
  size_t n;
  if (acta_list_txt(dir, &names, &n) != 0) {
    snprintf(L->err, L->errlen, "%s: cannot read dictionary directory: %s",
             dir, strerror(errno));
    free(dir);
    return -1;
  }
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    if (rc == 0) rc = load_file(L, dir, names[i], what, 1);
    free(names[i]);
  }
  free(names);
  free(dir);
  return rc;
}

/* codes_only: the set of country codes; else the country names. */
static int load_iso(acta_loader *L, const char *dir, int codes_only) {
  char *path = acta_path_join(dir, "iso_3166-1.json");
  json_error_t je;
  json_t *root = json_load_file(path, 0, &je);
  if (!root) {
    snprintf(L->err, L->errlen,
             "%s:%d: cannot read iso-codes (install iso-codes, or set "
             "ACTA_ISO_CODES_DIR): %s", path, je.line, je.text);
    free(path);
    return -1;
  }
  json_t *arr = json_object_get(root, "3166-1");
  if (!json_is_array(arr) || json_array_size(arr) == 0) {
    snprintf(L->err, L->errlen, "%s: no \"3166-1\" countries in it", path);
    json_decref(root);
    free(path);
    return -1;
  }
  size_t i;
  json_t *c;
  uint16_t file = acta_loader_file(L->d, path);
  if (codes_only) {
    json_array_foreach(arr, i, c) {
      const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
      if (a3 && strlen(a3) == 3)
        acta_u64map_put(&L->d->countries, acta_pack3(a3), 1);
    }
    acta_u64map_put(&L->d->countries, acta_pack3("XKX"), 1);
    json_decref(root);
    free(path);
    return 0;
  }
  L->path = path;
  L->file = file;
  json_array_foreach(arr, i, c) {
    const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
    if (!a3 || strlen(a3) != 3) continue;
    static const char *const fields[] = {"name", "common_name", "official_name"};
    for (size_t k = 0; k < 3; k++) {
      const char *nm = json_string_value(json_object_get(c, fields[k]));
      if (!nm || strchr(nm, ',')) continue; /* "Korea, Republic of" */
      acta_entry e;
      memset(&e, 0, sizeof e);
      e.kind = ENT_ACTOR;
      e.file = file;
      e.line = (uint32_t)i + 1;
      memcpy(e.code, a3, 4);
      memcpy(e.country, a3, 4);
      L->line = (long)i + 1;
      if (acta_loader_phrase(L, &e, nm, strlen(nm)) == 0) L->d->nactors++;
    }
  }
  L->path = NULL;
  json_decref(root);
  free(path);
  return 0;
}

static const char *pick(const char *given, const char *env, const char *def) {
  if (given) return given;
  const char *e = getenv(env);
  return (e && *e) ? e : def;
}

/* Adds the countries named in countries.txt to the country set before the
 * actor files are parsed, so "XKX" or "PSE" lines code a country. */
static void prescan_countries(const char *dir, acta_dict *d) {
  char *path = acta_path_join(dir, "countries.txt");
  FILE *f = fopen(path, "rb");
  free(path);
  if (!f) return; /* the load of countries.txt reports it */
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    char *s = clean_line(line);
    if (!s) continue;
    size_t i = 0;
    while (i < 3 && isupper((unsigned char)s[i])) i++;
    uint32_t v;
    if (i == 3 && !acta_u64map_get(&d->countries, acta_pack3(s), &v))
      acta_u64map_put(&d->countries, acta_pack3(s), 2);
  }
  fclose(f);
}

/* Parses every dictionary into a new acta_dict: WordNet, the
 * part-of-speech model (linked to the lexicon once it is complete),
 * iso-codes, the data directory's files (and a user's PETRARCH files), the
 * gazetteer. */
/* speed36h: what a phrase's match asks of its entry, computed once per
 * entry (and kept in the image) rather than at every match. */
static void entry_flags(acta_dict *d) {
  for (size_t i = 0; i < d->nentries; i++) {
    acta_entry *e = &d->entries[i];
    e->multi = (uint8_t)(e->kind != ENT_AGENT && strchr(e->code, '/') != NULL);
  }
}

static acta_dict *parse_all(const acta_dict_options *opt, const char *data,
                            const char *wn, const char *iso, const char *tg,
                            int cities, char *err, size_t errlen) {
  acta_dict *d = calloc(1, sizeof *d);
  if (!d) { snprintf(err, errlen, "out of memory"); return NULL; }
  acta_intern_init(&d->words);
  acta_pool_init(&d->strings);
  acta_pool_add(&d->strings, "", 0);
  d->nnodes = 1;
  d->cap_nodes = 4096;
  d->node_entry = calloc(d->cap_nodes, sizeof *d->node_entry);
  if (!d->node_entry) abort();

  acta_loader L;
  memset(&L, 0, sizeof L);
  L.d = d;
  L.opt = opt;
  L.err = err;
  L.errlen = errlen;
  acta_tokens_init(&L.toks);

  acta_register_closed_words(d);
  if (acta_load_wordnet(d, wn, err, errlen) != 0) goto fail;
  d->tagger = acta_tagger_model_load(tg, opt->strict, opt->warn, opt->warn_ud,
                                     err, errlen);
  if (!d->tagger) goto fail;
  if (load_iso(&L, iso, 1) != 0) goto fail;
  prescan_countries(data, d);
  if (load_file(&L, data, "cameo.txt", F_CAMEO, 1) != 0) goto fail;
  /* a user's PETRARCH dictionaries first: their entries win ties */
  int petr = opt->petrarch_verbs || opt->petrarch_actors ||
             opt->petrarch_agents || opt->petrarch_discards;
  if (petr && acta_petrarch_compile(&L) != 0) goto fail;
  /* PETRARCH dictionaries alone: of the project's events only the
   * reporting verbs, so that "..., an official said" is who reports the
   * event, not an event of its own */
  d->keds_only = (uint8_t)(petr && !opt->layer);
  d->tabari = (uint8_t)(d->keds_only && opt->tabari);
  L.report_only = d->keds_only;
  if (load_file(&L, data, "events.txt", F_EVENTS, 1) != 0) goto fail;
  L.report_only = 0;
  if (!d->keds_only) {
    if (load_dir(&L, data, "events.d", F_EVENTS) != 0) goto fail;
    /* project files first: their entries win over iso-codes names */
    if (load_file(&L, data, "actors.txt", F_ACTORS, 1) != 0) goto fail;
    if (load_file(&L, data, "countries.txt", F_ACTORS, 1) != 0) goto fail;
    if (load_iso(&L, iso, 0) != 0) goto fail;
    if (load_file(&L, data, "agents.txt", F_AGENTS, 1) != 0) goto fail;
    if (load_file(&L, data, "discards.txt", F_DISCARDS, 0) != 0) goto fail;
  }
  acta_vocab_register(d);    /* the words the text stages test */
  /* the cue words of PLOVER and ACLED categories, whatever codes events */
  if (load_file(&L, data, "cues.txt", F_CUES, 0) != 0) goto fail;
  entry_flags(d);            /* every entry is loaded here */
  acta_precompute_lemmas(d); /* the lexicon is complete here */
  acta_tagger_model_link(d->tagger, &d->words);
  acta_coder_words_build(d);
  acta_trie_index_build(d); /* every phrase is in the trie here */
  /* every pattern is loaded here, each on its own head's chain
   * (acta_loader_pattern): the links cannot fail */
  if (acta_pattern_links_build(d) != 0) abort();
  d->gaz = acta_gazetteer_load_from(data, iso, cities, err, errlen);
  if (!d->gaz) goto fail;
  for (size_t i = 0; i < acta_gazetteer_bad_lines(d->gaz); i++) {
    const char *msg = acta_gazetteer_bad_line(d->gaz, i);
    char full[1024];
    snprintf(full, sizeof full, "%s/%s", data, msg ? msg : "places.txt: bad line");
    if (opt->strict) {
      snprintf(err, errlen, "%s", full);
      goto fail;
    }
    if (opt->warn) opt->warn(opt->warn_ud, full);
  }
  acta_tokens_free(&L.toks);
  free(L.node_tail);
  acta_u64map_free(&L.pat_tail);
  acta_u64map_free(&L.pat_seen);
  return d;
fail:
  acta_tokens_free(&L.toks);
  free(L.node_tail);
  acta_u64map_free(&L.pat_tail);
  acta_u64map_free(&L.pat_seen);
  acta_dict_free(d);
  return NULL;
}

/* The load's warnings go to the caller and into the image. */
typedef struct warn_keep {
  const acta_dict_options *user;
  const char *data;
  acta_pool pool;
} warn_keep;

static void keep_warning(void *ud, const char *msg) {
  warn_keep *k = ud;
  acta_warnings_add(&k->pool, k->data, msg);
  if (k->user && k->user->warn) k->user->warn(k->user->warn_ud, msg);
}

acta_dict *acta_dict_load(const acta_dict_options *opt, char *err,
                          size_t errlen) {
  return acta_dict_load_ex(opt, NULL, err, errlen);
}

/* The bundled dictionaries come from a current image when there is one
 * (dict_cache.c), else they are parsed and the image written for the next
 * run; PETRARCH / TABARI dictionaries are parsed every time. */
acta_dict *acta_dict_load_ex(const acta_dict_options *opt, acta_load_how *how,
                             char *err, size_t errlen) {
  char dummy[8];
  if (!err || !errlen) { err = dummy; errlen = sizeof dummy; }
  err[0] = '\0';
  acta_dict_options o;
  memset(&o, 0, sizeof o);
  if (opt) o = *opt;
  unsigned flags = how ? how->flags : 0;
  if (how && how->stored && how->storedlen) how->stored[0] = '\0';
  if (how && how->note && how->notelen) how->note[0] = '\0';

  const char *data = pick(o.data_dir, "ACTA_DATA_DIR", ACTA_DEFAULT_DATA_DIR);
  const char *wn = pick(o.wordnet_dir, "ACTA_WORDNET_DIR", "/usr/share/wordnet");
  const char *iso = pick(o.iso_codes_dir, "ACTA_ISO_CODES_DIR",
                         "/usr/share/iso-codes/json");
  const char *tg = pick(o.tagger_dir, "ACTA_TAGGER_DIR",
                        "/usr/share/perl5/Lingua/EN/Tagger");
  int petr = o.petrarch_verbs || o.petrarch_actors || o.petrarch_agents ||
             o.petrarch_discards;
  acta_dict_cache cache;
  int cached =
      !petr && acta_dict_cache_init(&cache, data, wn, iso, tg, flags) == 0;
  if (cached && !(flags & ACTA_LOAD_REBUILD)) {
    acta_pool stored;
    acta_dict *d = acta_dict_cache_load(&cache, &stored);
    if (d) {
      acta_dict_cache_free(&cache);
      if (acta_warnings_replay(&stored, data, o.strict, o.warn, o.warn_ud,
                               err, errlen) != 0) {
        acta_dict_free(d);
        return NULL;
      }
      return d;
    }
  }

  warn_keep keep;
  keep.user = opt;
  keep.data = data;
  acta_pool_init(&keep.pool);
  acta_pool_add(&keep.pool, "", 0);
  o.warn = keep_warning;
  o.warn_ud = &keep;
  acta_dict *d = parse_all(&o, data, wn, iso, tg,
                           !(flags & ACTA_LOAD_NO_CITIES), err, errlen);
  if (d && cached) {
    char where[4096], note[4096];
    note[0] = where[0] = '\0';
    if (acta_dict_cache_store(&cache, d, &keep.pool,
                              how ? how->image_path : NULL, where,
                              sizeof where, note, sizeof note) == 0) {
      if (how && how->stored) snprintf(how->stored, how->storedlen, "%s", where);
    } else if (how && how->note) {
      snprintf(how->note, how->notelen, "%s", note);
    } else if (opt && opt->warn) {
      /* one quiet note: the run goes on, the next one parses again */
      char msg[4400];
      snprintf(msg, sizeof msg, "note: cannot keep the compiled dictionaries "
               "(%s); the next run parses them again (ACTA_CACHE=DIR picks "
               "another place, ACTA_CACHE=off stops trying)", note);
      opt->warn(opt->warn_ud, msg);
    }
  }
  if (cached) acta_dict_cache_free(&cache);
  acta_pool_free(&keep.pool);
  return d;
}

void acta_dict_free(acta_dict *d) {
  if (!d) return;
  if (d->gaz) acta_gazetteer_free(d->gaz);
  acta_tagger_model_free(d->tagger);
  acta_coder_words_free(d->coder_words);
  free(d->root_words);
  free(d->root_child);
  free(d->edge_bloom);
  free(d->pat_links);
  free(d->pat_link_of);
  free(d->pat_heads[0].bits);
  free(d->pat_heads[1].bits);
  free(d->yield_heads.bits);
  free(d->cue_heads.bits);
  if (d->image) { /* every table lies in the image */
    acta_image_unmap(d->image);
    free(d->image);
    free(d);
    return;
  }
  acta_intern_free(&d->words);
  free(d->info);
  acta_pool_free(&d->strings);
  free(d->cameo);
  acta_u64map_free(&d->cameo_index);
  acta_u64map_free(&d->edges);
  acta_u64map_free(&d->tabari_edges);
  acta_u64map_free(&d->tabari_words);
  acta_u64map_free(&d->tabari_stem_verbs);
  free(d->node_entry);
  free(d->entries);
  free(d->pats);
  free(d->elems);
  free(d->alts);
  free(d->elem_masks);
  acta_u64map_free(&d->verb_pats);
  acta_u64map_free(&d->noun_pats);
  acta_u64map_free(&d->report);
  acta_u64map_free(&d->countries);
  free(d->cues);
  free(d->cue_words);
  acta_u64map_free(&d->cue_first);
  free(d);
}

void acta_dict_get_stats(const acta_dict *d, acta_dict_stats *out) {
  memset(out, 0, sizeof *out);
  out->event_patterns = d->npats;
  out->actors = d->nactors;
  out->agents = d->nagents;
  out->discards = d->ndiscards;
  out->cameo_codes = d->ncameo;
  out->verb_lemmas = d->verb_lemmas;
}
