/* SPDX-License-Identifier: MIT */
/* petrarch_dict.c: reads PETRARCH / TABARI dictionaries (verbs, actors,
 * agents, discards) into the plain structures of petrarch.h.  One pass over
 * the lines, no global state; malformed lines are reported as
 * "file:line: message" and skipped (or stop the load in strict mode). */
#include "petrarch.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- memory ------------------------------------------------------------ */

typedef struct petr_arena_chunk {
  struct petr_arena_chunk *next;
  size_t used, cap;
  char data[];
} petr_arena_chunk;

struct petr_arena {
  petr_arena_chunk *head;
};

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) abort();
  return q;
}

static char *arena_strndup(struct petr_arena *a, const char *s, size_t n) {
  petr_arena_chunk *c = a->head;
  if (!c || c->cap - c->used < n + 1) {
    size_t cap = n + 1 > 16384 ? n + 1 : 16384;
    c = xrealloc(NULL, sizeof *c + cap);
    c->next = a->head;
    c->used = 0;
    c->cap = cap;
    a->head = c;
  }
  char *r = c->data + c->used;
  memcpy(r, s, n);
  r[n] = '\0';
  c->used += n + 1;
  return r;
}

/* Grows *v (elements of size sz) so that index n fits. */
static void grow(void **v, size_t *cap, size_t n, size_t sz) {
  if (n < *cap) return;
  size_t c = *cap ? *cap * 2 : 16;
  if (c > SIZE_MAX / sz) abort();
  *v = xrealloc(*v, c * sz);
  *cap = c;
}

/* ---- parser state ------------------------------------------------------ */

enum { CTX_NONE, CTX_SYNSET, CTX_FAMILY, CTX_SKIP };

typedef struct parser {
  petr_dict *d;
  const petr_opts *o;
  const char *name;
  size_t line;
  int stop;            /* strict mode hit an error */
  char *err;
  size_t errlen;
  size_t cap_strs, cap_syn, cap_fam, cap_form, cap_pat, cap_tok, cap_act,
      cap_code, cap_agent, cap_macro, cap_disc, cap_wc;
  int ctx;             /* verbs: CTX_* */
  int have_actor;      /* actors: an entry is open */
  int tabari;          /* TABARI's formats */
  char section[32];    /* TABARI: the open <SECTION> ("" none) */
  size_t skip_from;    /* TABARI: line of the rejected root (CTX_SKIP) */
} parser;

static int bad(parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int bad(parser *p, const char *fmt, ...) {
  char msg[512];
  int k = snprintf(msg, sizeof msg, "%s:%zu: ", p->name, p->line);
  if (k < 0) k = 0;
  if ((size_t)k >= sizeof msg) k = (int)sizeof msg - 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg + k, sizeof msg - (size_t)k, fmt, ap);
  va_end(ap);
  p->d->n_warnings++;
  if (p->o && p->o->warn) p->o->warn(p->o->warn_ud, msg);
  if (p->o && p->o->strict) {
    p->stop = 1;
    if (p->err && p->errlen) snprintf(p->err, p->errlen, "%s", msg);
  }
  return -1;
}

/* Starts a verb family (verb, code[0..clen)) at the current line, with no
 * forms or patterns yet. */
static petr_family *new_family(parser *p, const char *verb, const char *code,
                               size_t clen) {
  petr_dict *d = p->d;
  grow((void **)&d->families, &p->cap_fam, d->n_families, sizeof *d->families);
  petr_family *f = &d->families[d->n_families++];
  f->verb = verb;
  f->code = arena_strndup(d->arena, code, clen);
  f->line = p->line;
  f->first_form = d->n_forms;
  f->n_forms = 0;
  f->first_pattern = d->n_patterns;
  f->n_patterns = 0;
  f->no_bare = 0;
  return f;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

/* Copies s[0..n) trimmed, with blank runs folded to one space. */
static const char *norm(parser *p, const char *s, size_t n) {
  while (n && is_blank(*s)) s++, n--;
  while (n && is_blank(s[n - 1])) n--;
  char *r = arena_strndup(p->d->arena, s, n);
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_blank(r[i])) {
      if (j && r[j - 1] == ' ') continue;
      r[j++] = ' ';
    } else {
      r[j++] = r[i];
    }
  }
  r[j] = '\0';
  return r;
}

static size_t push_str(parser *p, const char *s) {
  petr_dict *d = p->d;
  grow((void **)&d->strs, &p->cap_strs, d->n_strs, sizeof *d->strs);
  d->strs[d->n_strs] = s;
  return d->n_strs++;
}

/* Splits s[0..n) at blanks, pushing each word (leading `+` removed when
 * strip_plus).  Returns the number pushed. */
static size_t push_words(parser *p, const char *s, size_t n, int strip_plus) {
  size_t k = 0, i = 0;
  while (i < n) {
    while (i < n && is_blank(s[i])) i++;
    size_t b = i;
    while (i < n && !is_blank(s[i])) i++;
    if (i > b) {
      size_t b2 = b;
      if (strip_plus && s[b2] == '+') b2++;
      if (i > b2) {
        push_str(p, arena_strndup(p->d->arena, s + b2, i - b2));
        k++;
      }
    }
  }
  return k;
}

/* Finds a trailing "[...]" in s[0..n): on success *code, *clen is the
 * trimmed inside and *n_before the length of the text before `[`.  Returns
 * 0 when there is no `[`, 1 when found, -1 (reported) when malformed. */
static int take_code(parser *p, const char *s, size_t n, size_t *n_before,
                     const char **code, size_t *clen) {
  const char *lb = memchr(s, '[', n);
  if (!lb) return 0;
  const char *rb = memchr(lb, ']', n - (size_t)(lb - s));
  if (!rb) return bad(p, "unterminated [code]");
  for (const char *q = rb + 1; q < s + n; q++)
    if (!is_blank(*q)) return bad(p, "text after [code]");
  const char *c = lb + 1;
  size_t cl = (size_t)(rb - c);
  while (cl && is_blank(*c)) c++, cl--;
  while (cl && is_blank(c[cl - 1])) cl--;
  if (memchr(c, '[', cl)) return bad(p, "'[' inside [code]");
  *n_before = (size_t)(lb - s);
  *code = c;
  *clen = cl;
  return 1;
}

static int code_chars_ok(const char *c, size_t n, const char *extra) {
  if (!n) return 0;
  for (size_t i = 0; i < n; i++)
    if (!isalnum((unsigned char)c[i]) && !strchr(extra, c[i])) return 0;
  return 1;
}

static int starts_phrase(char c) {
  return isalnum((unsigned char)c) || (unsigned char)c >= 0x80 || c == '\'' ||
         c == '"' || c == '.' || c == '(';
}

/* ---- verbs ------------------------------------------------------------- */

/* Event codes: digits, "---" (null), "+++", "###" (TABARI's discard), a
 * trailing "?" (uncertain), "a:b" pairs. */
#define VERB_CODE_CHARS "-+:?#!"

static size_t name_len_no_us(const char *s, size_t n) {
  while (n && s[n - 1] == '_') n--;
  return n;
}

static int verbs_synset(parser *p, const char *s, size_t n) {
  s++, n--; /* '&' */
  size_t i = 0;
  while (i < n && !is_blank(s[i])) i++;
  for (size_t j = i; j < n; j++)
    if (!is_blank(s[j])) return bad(p, "text after synset name");
  size_t nl = name_len_no_us(s, i);
  if (!nl || !code_chars_ok(s, nl, "_-"))
    return bad(p, "bad synset name");
  petr_dict *d = p->d;
  grow((void **)&d->synsets, &p->cap_syn, d->n_synsets, sizeof *d->synsets);
  petr_synset *y = &d->synsets[d->n_synsets++];
  y->name = arena_strndup(d->arena, s, nl);
  y->line = p->line;
  y->first_member = d->n_strs;
  y->n_members = 0;
  p->ctx = CTX_SYNSET;
  return 0;
}

static int verbs_family(parser *p, const char *s, size_t n) {
  size_t i = 3;
  while (i < n && s[i] == '-') i++;
  while (i < n && is_blank(s[i])) i++;
  size_t vb = i;
  while (i < n && s[i] != '[') i++;
  size_t ve = i;
  while (ve > vb && (is_blank(s[ve - 1]) || s[ve - 1] == '-')) ve--;
  if (ve == vb) return bad(p, "verb family header without a verb");
  if (i >= n) return bad(p, "verb family header without [code]");
  const char *rb = memchr(s + i, ']', n - i);
  if (!rb) return bad(p, "unterminated [code]");
  const char *c = s + i + 1;
  size_t cl = (size_t)(rb - c);
  while (cl && is_blank(*c)) c++, cl--;
  while (cl && is_blank(c[cl - 1])) cl--;
  if (!code_chars_ok(c, cl, VERB_CODE_CHARS)) return bad(p, "bad verb family code");
  /* TABARI headers may carry further bracketed codes ("--- DELAY [120]
   * [031:031] ---"): the first one is the family's */
  for (const char *q = rb + 1; q < s + n; q++) {
    if (*q == '[') {
      const char *r = memchr(q, ']', (size_t)(s + n - q));
      if (!r) return bad(p, "unterminated [code]");
      q = r;
      continue;
    }
    if (!is_blank(*q) && *q != '-')
      return bad(p, "text after verb family header");
  }
  new_family(p, norm(p, s + vb, ve - vb), c, cl);
  p->ctx = CTX_FAMILY;
  return 0;
}

static int verbs_form(parser *p, const char *s, size_t n) {
  int plus = 0;
  if (*s == '+') plus = 1, s++, n--;
  const char *code = NULL;
  size_t clen = 0, before = n;
  int r = take_code(p, s, n, &before, &code, &clen);
  if (r < 0) return -1;
  if (r == 1 && !code_chars_ok(code, clen, VERB_CODE_CHARS)) return bad(p, "bad verb form code");
  size_t tn = before;
  const char *lb = memchr(s, '{', before);
  const char *irr = NULL;
  size_t irrn = 0;
  if (lb) {
    const char *rb = memchr(lb, '}', before - (size_t)(lb - s));
    if (!rb) return bad(p, "unterminated { } in verb form");
    for (const char *q = rb + 1; q < s + before; q++)
      if (!is_blank(*q)) return bad(p, "text after { } in verb form");
    irr = lb + 1;
    irrn = (size_t)(rb - irr);
    if (memchr(irr, '{', irrn)) return bad(p, "nested { in verb form");
    tn = (size_t)(lb - s);
  }
  if (memchr(s, '}', tn)) return bad(p, "'}' without '{' in verb form");
  const char *text = norm(p, s, tn);
  if (!*text) return bad(p, "empty verb form");
  petr_dict *d = p->d;
  grow((void **)&d->forms, &p->cap_form, d->n_forms, sizeof *d->forms);
  petr_verb_form *v = &d->forms[d->n_forms];
  v->text = text;
  v->plus = plus;
  v->code = r == 1 ? arena_strndup(d->arena, code, clen) : NULL;
  v->line = p->line;
  v->first_irregular = d->n_strs;
  v->n_irregular = irr ? push_words(p, irr, irrn, 1) : 0;
  d->n_forms++;
  d->families[d->n_families - 1].n_forms++;
  return 0;
}

static void push_tok(parser *p, int kind, int joined, const char *text) {
  petr_dict *d = p->d;
  grow((void **)&d->toks, &p->cap_tok, d->n_toks, sizeof *d->toks);
  petr_tok *t = &d->toks[d->n_toks++];
  t->kind = (uint8_t)kind;
  t->joined = (uint8_t)joined;
  t->text = text;
  t->first_alt = t->n_alts = 0;
}

static int special_kind(char c) {
  switch (c) {
  case '*': return PETR_T_VERB;
  case '$': return PETR_T_SOURCE;
  case '+': return PETR_T_TARGET;
  case '^': return PETR_T_SKIP;
  case '%': return PETR_T_COMPOUND;
  default: return 0;
  }
}

/* Tokenises a pattern body; returns -1 (reported) on error. */
static int pattern_toks(parser *p, const char *s, size_t n, size_t *n_verbs) {
  size_t i = 0;
  int joined_next = 0;
  *n_verbs = 0;
  while (i < n) {
    if (is_blank(s[i])) {
      i++;
      joined_next = 0;
      continue;
    }
    if (s[i] == '{') {
      const char *rb = memchr(s + i, '}', n - i);
      if (!rb) return bad(p, "unterminated { } in pattern");
      const char *a = s + i + 1;
      size_t an = (size_t)(rb - a);
      if (memchr(a, '{', an)) return bad(p, "nested { in pattern");
      push_tok(p, PETR_T_ALT, joined_next, NULL);
      petr_tok *t = &p->d->toks[p->d->n_toks - 1];
      t->first_alt = p->d->n_strs;
      size_t b = 0;
      for (size_t k = 0; k <= an; k++) {
        if (k == an || a[k] == '|') {
          const char *alt = norm(p, a + b, k - b);
          if (!*alt) return bad(p, "empty alternative in { } of pattern");
          push_str(p, alt);
          t = &p->d->toks[p->d->n_toks - 1];
          t->n_alts++;
          b = k + 1;
        }
      }
      i = (size_t)(rb - s) + 1;
      joined_next = i < n && s[i] == '_';
      if (joined_next) i++;
      continue;
    }
    /* one part up to a blank, `_`, `{` */
    size_t b = i;
    while (i < n && !is_blank(s[i]) && s[i] != '_' && s[i] != '{' && s[i] != '~') i++;
    size_t e = i;
    int trailing_us = 0;
    if (i < n && s[i] == '~') i++; /* joined, the word a stem: jn 2 */
    else if (i < n && s[i] == '_') {
      i++;
      if (i >= n || is_blank(s[i])) trailing_us = 1;
    }
    if (e == b) {
      if (s[b] == '_') { joined_next = 1; i = b + 1; continue; }
      if (s[b] == '}') return bad(p, "'}' without '{' in pattern");
      continue;
    }
    int jn = joined_next;
    joined_next = e < n && s[e] == '~' ? 2 : (e < n && s[e] == '_') && !trailing_us;
    if (memchr(s + b, '}', e - b)) return bad(p, "'}' without '{' in pattern");
    if (memchr(s + b, '|', e - b)) return bad(p, "'|' outside { } in pattern");
    int sk = special_kind(s[b]);
    if (sk) {
      if (e - b != 1) return bad(p, "bad pattern element '%.*s'", (int)(e - b), s + b);
      if (sk == PETR_T_VERB) (*n_verbs)++;
      push_tok(p, sk, jn, NULL);
    } else if (s[b] == '&') {
      size_t nl = e - b - 1;
      if (!nl || !code_chars_ok(s + b + 1, nl, "-"))
        return bad(p, "bad synset reference in pattern");
      push_tok(p, PETR_T_SYNSET, jn, arena_strndup(p->d->arena, s + b + 1, nl));
    } else {
      for (size_t k = b; k < e; k++)
        if (special_kind(s[k]) || s[k] == '&' || s[k] == '[' || s[k] == ']')
          return bad(p, "bad pattern element '%.*s'", (int)(e - b), s + b);
      push_tok(p, PETR_T_WORD, jn,
               arena_strndup(p->d->arena, s + b, e - b + (size_t)trailing_us));
    }
  }
  return 0;
}

static int verbs_pattern(parser *p, const char *s, size_t n) {
  if (p->ctx != CTX_FAMILY) return bad(p, "pattern outside a verb family");
  s++, n--; /* '-' */
  const char *code = NULL;
  size_t clen = 0, before = 0;
  int r = take_code(p, s, n, &before, &code, &clen);
  if (r < 0) return -1;
  if (r == 0) return bad(p, "pattern without [code]");
  if (!code_chars_ok(code, clen, VERB_CODE_CHARS)) return bad(p, "bad pattern code");
  petr_dict *d = p->d;
  size_t first_tok = d->n_toks, first_str = d->n_strs, nv = 0;
  /* TABARI replaces a hyphen in its dictionaries with an underscore
   * ("- ANTI- + *" is ANTI_ +), as its text's hyphens are blanks */
  const char *ps = s;
  if (p->tabari && memchr(s, '-', before)) {
    char *t = arena_strndup(d->arena, s, before);
    for (size_t k = 0; k < before; k++)
      if (t[k] == '-') t[k] = '_';
    ps = t;
  }
  int tr = pattern_toks(p, ps, before, &nv);
  if (tr < 0 || nv != 1) {
    d->n_toks = first_tok;
    d->n_strs = first_str;
    if (tr == 0) return bad(p, "pattern needs exactly one '*' (has %zu)", nv);
    return -1;
  }
  grow((void **)&d->patterns, &p->cap_pat, d->n_patterns, sizeof *d->patterns);
  petr_pattern *pt = &d->patterns[d->n_patterns++];
  pt->family = d->n_families - 1;
  const char *colon = memchr(code, ':', clen);
  if (colon) {
    pt->code = arena_strndup(d->arena, code, (size_t)(colon - code));
    pt->code2 = arena_strndup(d->arena, colon + 1, clen - (size_t)(colon - code) - 1);
  } else {
    pt->code = arena_strndup(d->arena, code, clen);
    pt->code2 = NULL;
  }
  pt->text = norm(p, s, before);
  pt->line = p->line;
  pt->first_tok = first_tok;
  pt->n_toks = d->n_toks - first_tok;
  d->families[d->n_families - 1].n_patterns++;
  return 0;
}

static int synset_member(parser *p, const char *s, size_t n) {
  const char *m = norm(p, s + 1, n - 1);
  if (!*m) return bad(p, "empty synset member");
  push_str(p, m);
  p->d->synsets[p->d->n_synsets - 1].n_members++;
  return 0;
}

static int verbs_line(parser *p, const char *s, size_t n) {
  if (*s == '&' || (n >= 3 && !memcmp(s, "---", 3))) {
    int r = *s == '&' ? verbs_synset(p, s, n) : verbs_family(p, s, n);
    /* the lines of a rejected synset / family are dropped with it */
    if (r < 0) p->ctx = CTX_SKIP;
    return r;
  }
  if (p->ctx == CTX_SKIP && (*s == '-' || *s == '+' || starts_phrase(*s)))
    return 0;
  if (*s == '-') return verbs_pattern(p, s, n);
  if (*s == '+') {
    if (p->ctx == CTX_SYNSET) return synset_member(p, s, n);
    if (p->ctx == CTX_FAMILY) return verbs_form(p, s, n);
    return bad(p, "'+' line outside a synset or verb family");
  }
  if (starts_phrase(*s)) {
    if (p->ctx != CTX_FAMILY) return bad(p, "verb form outside a verb family");
    return verbs_form(p, s, n);
  }
  return bad(p, "unknown directive '%c'", *s);
}

/* ---- TABARI verbs ------------------------------------------------------ */

/* `<NAME>` / `</NAME>`: opens or closes a section of a TABARI file. */
static int tabari_section(parser *p, const char *s, size_t n) {
  const char *e = memchr(s, '>', n);
  if (!e || (size_t)(e - s) + 1 != n) return bad(p, "bad <SECTION> line");
  int closing = n > 1 && s[1] == '/';
  const char *nm = s + 1 + closing;
  size_t nl = (size_t)(e - nm);
  if (!nl || nl >= sizeof p->section || !code_chars_ok(nm, nl, "_"))
    return bad(p, "bad <SECTION> line");
  if (closing) {
    if (strlen(p->section) != nl || strncmp(p->section, nm, nl))
      return bad(p, "</%.*s> without <%.*s>", (int)nl, nm, (int)nl, nm);
    p->section[0] = '\0';
    p->ctx = CTX_NONE;
    return 0;
  }
  if (p->section[0]) return bad(p, "<%.*s> inside <%s>", (int)nl, nm, p->section);
  memcpy(p->section, nm, nl);
  p->section[nl] = '\0';
  p->ctx = CTX_NONE;
  return 0;
}

/* A root line: "STEM [code]", "STEM_ [code]", "STEM" (null code), or a
 * multi-word root "CORDON OFF_ [192]" (the form CORDON, the pattern
 * "* OFF_ [192]"). */
static int tabari_root(parser *p, const char *s, size_t n) {
  const char *code = "---";
  size_t clen = 3, before = n;
  int r = take_code(p, s, n, &before, &code, &clen);
  if (r < 0) return -1;
  if (r == 1 && !code_chars_ok(code, clen, VERB_CODE_CHARS))
    return bad(p, "bad verb root code '%.*s'", (int)clen, code);
  for (size_t k = 0; k < before; k++)
    if (strchr("]{}*$%^&|+", s[k]))
      return bad(p, "'%c' in a verb root", s[k]);
  const char *ph = norm(p, s, before);
  if (!*ph) return bad(p, "empty verb root");
  size_t wl = strcspn(ph, " ");
  petr_dict *d = p->d;
  petr_family *f = new_family(p, ph, code, clen);
  f->n_forms = 1;
  f->no_bare = ph[wl] != '\0';
  grow((void **)&d->forms, &p->cap_form, d->n_forms, sizeof *d->forms);
  petr_verb_form *v = &d->forms[d->n_forms++];
  v->text = arena_strndup(d->arena, ph, wl);
  v->plus = 0;
  v->code = NULL;
  v->line = p->line;
  v->first_irregular = d->n_strs;
  v->n_irregular = 0;
  p->ctx = CTX_FAMILY;
  if (!f->no_bare) return 0;
  /* the rest of the root follows the verb: a pattern with the root's code */
  size_t rl = strlen(ph + wl) + clen + 8;
  char *buf = xrealloc(NULL, rl);
  snprintf(buf, rl, "- *%s [%.*s]", ph + wl, (int)clen, code);
  int pr = verbs_pattern(p, buf, strlen(buf));
  free(buf);
  return pr;
}

/* "{ BROKE_ BROKEN_ }": the irregular forms of the root just read. */
static int tabari_irregular(parser *p, const char *s, size_t n) {
  petr_dict *d = p->d;
  if (p->ctx != CTX_FAMILY) return bad(p, "irregular forms outside a verb root");
  petr_family *f = &d->families[d->n_families - 1];
  petr_verb_form *v = &d->forms[f->first_form];
  if (f->n_patterns || v->n_irregular || v->first_irregular != d->n_strs)
    return bad(p, "irregular forms must directly follow their verb root");
  const char *rb = memchr(s, '}', n);
  if (!rb) return bad(p, "unterminated { } in irregular forms");
  for (const char *q = rb + 1; q < s + n; q++)
    if (!is_blank(*q)) return bad(p, "text after { } in irregular forms");
  if (memchr(s + 1, '{', (size_t)(rb - s - 1)))
    return bad(p, "nested { in irregular forms");
  v->n_irregular = push_words(p, s + 1, (size_t)(rb - s - 1), 1);
  if (!v->n_irregular) return bad(p, "empty { } in irregular forms");
  return 0;
}

/* A line of an actors file's <NOUN> or <ADJECTIVE> list: one word (or
 * words joined by `_`), then an optional comment. */
static int tabari_word_class(parser *p, const char *s, size_t n, int adjective) {
  size_t i = 0;
  while (i < n && !is_blank(s[i]) && s[i] != ';') i++;
  size_t rest = i;
  while (rest < n && is_blank(s[rest])) rest++;
  if (!i || (rest < n && s[rest] != ';'))
    return bad(p, "a <%s> line is one word (words joined by _)", p->section);
  petr_dict *d = p->d;
  grow((void **)&d->word_classes, &p->cap_wc, d->n_word_classes, sizeof *d->word_classes);
  petr_word_class *c = &d->word_classes[d->n_word_classes++];
  c->word = arena_strndup(d->arena, s, i);
  c->adjective = (uint8_t)adjective;
  c->line = p->line;
  return 0;
}

/* TABARI's sections: `<SYNSETS>` in verbs and the actors' `<NOUN>` and
 * `<ADJECTIVE>` lists are read; the lines of any other (`<TIME>` date
 * shifts) are reported.  1: the line was a section's, 0: read it as
 * usual. */
static int tabari_sections(parser *p, const char *s, size_t n) {
  if (*s == '<') {
    tabari_section(p, s, n);
    return 1;
  }
  if (!p->section[0] || (p->d->kind == PETR_VERBS && !strcmp(p->section, "SYNSETS")))
    return 0;
  if (p->d->kind == PETR_ACTORS &&
      (!strcmp(p->section, "NOUN") || !strcmp(p->section, "ADJECTIVE"))) {
    tabari_word_class(p, s, n, p->section[0] == 'A');
    return 1;
  }
  if (!strcmp(p->section, "TIME"))
    bad(p, "time-shift phrase: acta does not shift event dates");
  else
    bad(p, "line in <%s>: acta does not use this section", p->section);
  return 1;
}

static int tabari_verbs_line(parser *p, const char *s, size_t n) {
  if (*s == '&') {
    int r = verbs_synset(p, s, n);
    if (r < 0) p->ctx = CTX_SKIP, p->skip_from = p->line;
    return r;
  }
  if (*s == '+') {
    if (p->ctx == CTX_SYNSET) return synset_member(p, s, n);
    if (p->ctx == CTX_SKIP)
      return bad(p, "member of the synset rejected at line %zu", p->skip_from);
    return bad(p, "'+' line outside a synset");
  }
  if (*s == '-' || *s == '{') {
    if (p->ctx == CTX_SKIP)
      return bad(p, "%s of the verb root rejected at line %zu",
                 *s == '-' ? "pattern" : "irregular forms", p->skip_from);
    if (*s == '{') return tabari_irregular(p, s, n);
    if (p->ctx != CTX_FAMILY) return bad(p, "pattern before any verb root");
    return verbs_pattern(p, s, n);
  }
  if (starts_phrase(*s)) {
    p->ctx = CTX_NONE;
    int r = tabari_root(p, s, n);
    if (r < 0 && p->ctx != CTX_FAMILY) p->ctx = CTX_SKIP, p->skip_from = p->line;
    return r;
  }
  return bad(p, "unknown directive '%c'", *s);
}

/* ---- actors ------------------------------------------------------------ */

static int parse_date(const char *s, size_t n, uint32_t *out) {
  if (n != 8 && n != 6) return -1;
  uint32_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (!isdigit((unsigned char)s[i])) return -1;
    v = v * 10 + (uint32_t)(s[i] - '0');
  }
  if (n == 6) v += (v / 10000 < 30 ? 20000000u : 19000000u);
  uint32_t m = v / 100 % 100, day = v % 100;
  if (m < 1 || m > 12 || day < 1 || day > 31) return -1;
  *out = v;
  return 0;
}

/* Parses "CODE", "CODE <D", "CODE >D", "CODE D1-D2" into *c. */
static int parse_code(parser *p, const char *s, size_t n, petr_code *c,
                      const char *extra) {
  if (!n) return bad(p, "empty [code]");
  if (isdigit((unsigned char)*s) || *s == '<' || *s == '>')
    return bad(p, "date restriction without a code");
  size_t i = 0;
  while (i < n && !is_blank(s[i]) && s[i] != '<' && s[i] != '>') i++;
  if (!code_chars_ok(s, i, extra))
    return bad(p, "bad code '%.*s'", (int)i, s);
  c->code = arena_strndup(p->d->arena, s, i);
  c->rule = PETR_DATE_ANY;
  c->from = c->to = 0;
  c->line = p->line;
  while (i < n && is_blank(s[i])) i++;
  if (i == n) return 0;
  char op = s[i];
  if (op == '<' || op == '>') {
    i++;
    while (i < n && is_blank(s[i])) i++;
    uint32_t dt;
    if (parse_date(s + i, n - i, &dt) < 0) return bad(p, "bad date in [code]");
    c->rule = op == '<' ? PETR_DATE_BEFORE : PETR_DATE_AFTER;
    if (op == '<') c->to = dt; else c->from = dt;
    return 0;
  }
  size_t b = i;
  while (i < n && isdigit((unsigned char)s[i])) i++;
  size_t len1 = i - b;
  uint32_t d1, d2;
  if (parse_date(s + b, len1, &d1) < 0) return bad(p, "bad date in [code]");
  while (i < n && is_blank(s[i])) i++;
  if (i >= n || s[i] != '-') return bad(p, "bad date restriction in [code]");
  i++;
  while (i < n && is_blank(s[i])) i++;
  if (parse_date(s + i, n - i, &d2) < 0) return bad(p, "bad date in [code]");
  /* TABARI's "270101-730717": the pivot put 1927 in 2027 */
  if (d2 < d1 && p->tabari && len1 == 6 && d1 >= 20000000u) d1 -= 1000000u;
  if (d2 < d1) return bad(p, "date range ends before it starts");
  c->rule = PETR_DATE_RANGE;
  c->from = d1;
  c->to = d2;
  return 0;
}

static int actor_add_code(parser *p, const char *code, size_t clen) {
  petr_code c;
  /* TABARI's actors may carry "[###]": discard the story */
  if (parse_code(p, code, clen, &c, p->tabari ? "-+/#" : "-+/") < 0) return -1;
  petr_dict *d = p->d;
  grow((void **)&d->codes, &p->cap_code, d->n_codes, sizeof *d->codes);
  d->codes[d->n_codes++] = c;
  d->actors[d->n_actors - 1].n_codes++;
  return 0;
}

/* Closes the open actor: one without any code is reported and dropped. */
static int actor_close(parser *p) {
  if (!p->have_actor) return 0;
  p->have_actor = 0;
  petr_dict *d = p->d;
  petr_actor *a = &d->actors[d->n_actors - 1];
  if (a->n_codes) return 0;
  size_t save = p->line;
  p->line = a->line;
  bad(p, "actor '%s' has no code", a->phrase);
  p->line = save;
  d->n_actors--;
  return -1;
}

/* TABARI: "[CODE] [CODE <D] ..." -- each bracket a code of the open actor;
 * the codes of a line are taken all or none. */
static int tabari_codes(parser *p, const char *s, size_t n) {
  petr_dict *d = p->d;
  size_t n0 = d->n_codes, i = 0;
  while (i < n) {
    if (is_blank(s[i])) { i++; continue; }
    if (s[i] != '[') {
      d->actors[d->n_actors - 1].n_codes -= d->n_codes - n0;
      d->n_codes = n0;
      return bad(p, "text after [code]");
    }
    const char *rb = memchr(s + i, ']', n - i);
    if (!rb) {
      d->actors[d->n_actors - 1].n_codes -= d->n_codes - n0;
      d->n_codes = n0;
      return bad(p, "unterminated [code]");
    }
    const char *c = s + i + 1;
    size_t cl = (size_t)(rb - c);
    while (cl && is_blank(*c)) c++, cl--;
    while (cl && is_blank(c[cl - 1])) cl--;
    if (memchr(c, '[', cl) || actor_add_code(p, c, cl) < 0) {
      d->actors[d->n_actors - 1].n_codes -= d->n_codes - n0;
      d->n_codes = n0;
      return memchr(c, '[', cl) ? bad(p, "'[' inside [code]") : -1;
    }
    i = (size_t)(rb - s) + 1;
  }
  return 0;
}

static int actors_line(parser *p, const char *s, size_t n) {
  petr_dict *d = p->d;
  if (*s == '+') {
    if (!p->have_actor) return bad(p, "alias without an actor");
    if (memchr(s, '[', n) || memchr(s, ']', n)) return bad(p, "[code] on an alias line");
    const char *al = norm(p, s + 1, n - 1);
    if (!*al) return bad(p, "empty alias");
    push_str(p, al);
    d->actors[d->n_actors - 1].n_aliases++;
    return 0;
  }
  if (*s == '[') {
    if (!p->have_actor) return bad(p, "[code] line without an actor");
    if (p->tabari) return tabari_codes(p, s, n);
    const char *code;
    size_t clen, before;
    int r = take_code(p, s, n, &before, &code, &clen);
    if (r < 0) return -1;
    return actor_add_code(p, code, clen);
  }
  if (!starts_phrase(*s)) return bad(p, "unknown directive '%c'", *s);
  actor_close(p);
  if (p->stop) return -1;
  const char *code = NULL;
  size_t clen = 0, before = n;
  const char *lb = p->tabari ? memchr(s, '[', n) : NULL;
  /* TABARI: "PHRASE [CODE <D] [CODE]", every bracket a code */
  int r = lb ? 2 : take_code(p, s, n, &before, &code, &clen);
  if (lb) before = (size_t)(lb - s);
  if (r < 0) return -1;
  if (memchr(s, ']', before)) return bad(p, "']' without '['");
  const char *ph = norm(p, s, before);
  if (!*ph) return bad(p, "empty actor phrase");
  grow((void **)&d->actors, &p->cap_act, d->n_actors, sizeof *d->actors);
  petr_actor *a = &d->actors[d->n_actors++];
  a->phrase = ph;
  a->line = p->line;
  a->first_alias = d->n_strs;
  a->n_aliases = 0;
  a->first_code = d->n_codes;
  a->n_codes = 0;
  p->have_actor = 1;
  if ((r == 1 && actor_add_code(p, code, clen) < 0) ||
      (r == 2 && tabari_codes(p, lb, n - before) < 0)) {
    d->n_actors--; /* the line is skipped as a whole */
    p->have_actor = 0;
    return -1;
  }
  return 0;
}

/* ---- agents ------------------------------------------------------------ */

static int agents_macro(parser *p, const char *s, size_t n) {
  const char *e = n > 1 ? memchr(s + 1, '!', n - 1) : NULL;
  if (!e || e == s + 1) return bad(p, "bad !MACRO! name");
  size_t nl = (size_t)(e - s - 1);
  if (!code_chars_ok(s + 1, nl, "_-")) return bad(p, "bad !MACRO! name");
  size_t i = (size_t)(e - s) + 1;
  while (i < n && is_blank(s[i])) i++;
  if (i >= n || s[i] != '=') return bad(p, "!MACRO! without '='");
  i++;
  petr_dict *d = p->d;
  size_t first = d->n_strs, k = 0, b = i;
  for (size_t j = i; j <= n; j++) {
    if (j == n || s[j] == ',') {
      const char *v = norm(p, s + b, j - b);
      if (!*v) {
        d->n_strs = first;
        return bad(p, "empty value in !MACRO! list");
      }
      push_str(p, v);
      k++;
      b = j + 1;
    }
  }
  grow((void **)&d->macros, &p->cap_macro, d->n_macros, sizeof *d->macros);
  petr_macro *m = &d->macros[d->n_macros++];
  m->name = arena_strndup(d->arena, s + 1, nl);
  m->line = p->line;
  m->first_value = first;
  m->n_values = k;
  return 0;
}

static int agents_line(parser *p, const char *s, size_t n) {
  if (*s == '!') {
    /* "!NAME! = ..." defines a macro; "!NAME!_REST [~X]" uses one */
    const char *e = n > 1 ? memchr(s + 1, '!', n - 1) : NULL;
    size_t k = e ? (size_t)(e - s) + 1 : n;
    while (k < n && is_blank(s[k])) k++;
    if (!e || k >= n || s[k] == '=' || !memchr(s, '[', n))
      return agents_macro(p, s, n);
  } else if (!starts_phrase(*s)) {
    return bad(p, "unknown directive '%c'", *s);
  }
  const char *code = NULL;
  size_t clen = 0, before = n;
  int r = take_code(p, s, n, &before, &code, &clen);
  if (r < 0) return -1;
  if (r == 0) return bad(p, "agent without [code]");
  uint8_t place;
  if (clen && code[0] == '~') place = PETR_AGENT_SUFFIX, code++, clen--;
  else if (clen && code[clen - 1] == '~') place = PETR_AGENT_PREFIX, clen--;
  else return bad(p, "agent code needs '~' before or after it");
  while (clen && is_blank(*code)) code++, clen--;
  while (clen && is_blank(code[clen - 1])) clen--;
  if (!code_chars_ok(code, clen, "")) return bad(p, "bad agent code");
  size_t tn = before;
  const char *lb = memchr(s, '{', before), *pl = NULL;
  size_t pln = 0;
  if (lb) {
    const char *rb = memchr(lb, '}', before - (size_t)(lb - s));
    if (!rb) return bad(p, "unterminated { } in agent");
    for (const char *q = rb + 1; q < s + before; q++)
      if (!is_blank(*q)) return bad(p, "text between { } and [code]");
    pl = lb + 1;
    pln = (size_t)(rb - pl);
    if (memchr(pl, '{', pln)) return bad(p, "nested { in agent");
    tn = (size_t)(lb - s);
  }
  if (memchr(s, '}', tn) || memchr(s, ']', tn)) return bad(p, "stray bracket in agent");
  const char *ph = norm(p, s, tn);
  if (!*ph) return bad(p, "empty agent phrase");
  petr_dict *d = p->d;
  grow((void **)&d->agents, &p->cap_agent, d->n_agents, sizeof *d->agents);
  petr_agent *a = &d->agents[d->n_agents];
  a->phrase = ph;
  a->code = arena_strndup(d->arena, code, clen);
  a->place = place;
  a->has_plurals = pl != NULL;
  a->line = p->line;
  a->first_plural = d->n_strs;
  a->n_plurals = pl ? push_words(p, pl, pln, 0) : 0;
  d->n_agents++;
  return 0;
}

/* ---- discards ---------------------------------------------------------- */

static int discards_line(parser *p, const char *s, size_t n) {
  uint8_t story = 0;
  if (*s == '+') story = 1, s++, n--;
  if (!n || !starts_phrase(*s)) {
    if (story) return bad(p, "empty discard phrase");
    return bad(p, "unknown directive '%c'", *s);
  }
  const char *code = NULL;
  size_t clen = 0, before = n;
  int r = take_code(p, s, n, &before, &code, &clen);
  if (r < 0) return -1;
  if (r == 1 && !code_chars_ok(code, clen, "-~")) return bad(p, "bad discard code");
  if (memchr(s, ']', before)) return bad(p, "']' without '['");
  const char *ph = norm(p, s, before);
  if (!*ph) return bad(p, "empty discard phrase");
  petr_dict *d = p->d;
  grow((void **)&d->discards, &p->cap_disc, d->n_discards, sizeof *d->discards);
  petr_discard *x = &d->discards[d->n_discards++];
  x->phrase = ph;
  x->code = r == 1 ? arena_strndup(d->arena, code, clen) : NULL;
  x->story = story;
  x->line = p->line;
  return 0;
}

/* ---- driver ------------------------------------------------------------ */

static const char *find2(const char *s, size_t n, const char *pat, size_t pl) {
  for (size_t i = 0; i + pl <= n; i++)
    if (s[i] == pat[0] && !memcmp(s + i, pat, pl)) return s + i;
  return NULL;
}

/* A TABARI line made ready for the readers above, into *buf: the `;`
 * comment cut, blanks dropped from "[- - -]" / "[# # #]" / "[+ + +]",
 * "XXXX~ YYYY" (XXXX followed at once by YYYY) written "XXXX_YYYY".
 * Returns the new length (0: nothing left). */
static size_t tabari_clean(const char *s, size_t n, char **buf, size_t *cap) {
  if (*cap < n + 1) {
    *cap = n + 1 > 256 ? n + 1 : 256;
    *buf = xrealloc(*buf, *cap);
  }
  char *o = *buf;
  size_t k = 0, depth = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ';' && !depth) break;
    if (c == '[') {
      depth = 1;
      /* "[- - -]": a special code spaced out */
      size_t j = i + 1;
      while (j < n && (is_blank(s[j]) || s[j] == '-' || s[j] == '#' || s[j] == '+')) j++;
      if (j < n && s[j] == ']') {
        o[k++] = '[';
        for (size_t q = i + 1; q < j; q++)
          if (!is_blank(s[q])) o[k++] = s[q];
        o[k++] = ']';
        i = j;
        depth = 0;
        continue;
      }
    } else if (c == ']') {
      depth = 0;
    } else if (c == '~' && !depth && k && !is_blank(o[k - 1]) && *s == '-') {
      o[k++] = '~'; /* TABARI "REAL~ PLEASANT": joined, REAL still a stem */
      while (i + 1 < n && (is_blank(s[i + 1]) || s[i + 1] == '_')) i++;
      continue;
    }
    o[k++] = c;
  }
  while (k && is_blank(o[k - 1])) k--;
  o[k] = '\0';
  return k;
}

void petr_dict_free(petr_dict *d) {
  if (!d) return;
  if (d->arena) {
    petr_arena_chunk *c = d->arena->head;
    while (c) {
      petr_arena_chunk *nx = c->next;
      free(c);
      c = nx;
    }
    free(d->arena);
  }
  free(d->strs);
  free(d->synsets);
  free(d->families);
  free(d->forms);
  free(d->patterns);
  free(d->toks);
  free(d->actors);
  free(d->codes);
  free(d->agents);
  free(d->macros);
  free(d->discards);
  free(d->word_classes);
  free(d);
}

petr_dict *petr_dict_parse(petr_kind kind, const char *data, size_t len,
                           const petr_opts *opts, char *err, size_t errlen) {
  if (err && errlen) err[0] = '\0';
  if (kind < PETR_VERBS || kind > PETR_DISCARDS) {
    if (err && errlen) snprintf(err, errlen, "unknown dictionary kind");
    return NULL;
  }
  petr_dict *d = xrealloc(NULL, sizeof *d);
  memset(d, 0, sizeof *d);
  d->kind = kind;
  d->arena = xrealloc(NULL, sizeof *d->arena);
  d->arena->head = NULL;
  parser p;
  memset(&p, 0, sizeof p);
  p.d = d;
  p.o = opts;
  p.name = opts && opts->name ? opts->name : "<input>";
  p.err = err;
  p.errlen = errlen;
  p.tabari = opts && opts->tabari;
  char *scratch = NULL;
  size_t scap = 0;
  int in_comment = 0;
  size_t pos = 0;
  while (pos < len && !p.stop) {
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t e = nl ? (size_t)(nl - data) : len;
    const char *s = data + pos;
    size_t n = e - pos;
    pos = nl ? e + 1 : len;
    p.line++;
    if (n && s[n - 1] == '\r') n--;
    if (in_comment) {
      const char *c = find2(s, n, "-->", 3);
      if (!c) continue;
      in_comment = 0;
      n -= (size_t)(c + 3 - s);
      s = c + 3;
    }
    while (n && is_blank(*s)) s++, n--;
    if (n >= 4 && !memcmp(s, "<!--", 4)) {
      const char *c = find2(s + 4, n - 4, "-->", 3);
      if (!c) {
        in_comment = 1;
        continue;
      }
      n -= (size_t)(c + 3 - s);
      s = c + 3;
      while (n && is_blank(*s)) s++, n--;
    }
    /* `#` starts a comment, except inside [code] ("[###]") */
    for (size_t k = 0, depth = 0; k < n; k++) {
      if (s[k] == '[') depth = 1;
      else if (s[k] == ']') depth = 0;
      else if (s[k] == '#' && !depth) {
        n = k;
        break;
      }
    }
    while (n && is_blank(s[n - 1])) n--;
    if (!n) continue;
    if (memchr(s, '\0', n)) {
      bad(&p, "NUL byte in line");
      continue;
    }
    if (p.tabari) {
      if (*s == '~') break; /* "~~FINISH": the end of the dictionary */
      if (*s == '/') continue;
      n = tabari_clean(s, n, &scratch, &scap);
      s = scratch;
      if (!n || tabari_sections(&p, s, n)) continue;
    }
    switch (kind) {
    case PETR_VERBS:
      if (p.tabari) tabari_verbs_line(&p, s, n);
      else verbs_line(&p, s, n);
      break;
    case PETR_ACTORS: actors_line(&p, s, n); break;
    case PETR_AGENTS: agents_line(&p, s, n); break;
    case PETR_DISCARDS: discards_line(&p, s, n); break;
    }
  }
  free(scratch);
  if (!p.stop && in_comment) bad(&p, "unterminated <!-- comment");
  if (!p.stop && p.section[0]) bad(&p, "<%s> without </%s>", p.section, p.section);
  if (!p.stop && kind == PETR_ACTORS) actor_close(&p);
  if (p.stop) {
    petr_dict_free(d);
    return NULL;
  }
  return d;
}

petr_dict *petr_dict_load(petr_kind kind, const char *path,
                          const petr_opts *opts, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    if (err && errlen) snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return NULL;
  }
  char *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (cap - len < 65536) {
      cap = cap ? cap * 2 : 65536;
      buf = xrealloc(buf, cap);
    }
    size_t k = fread(buf + len, 1, cap - len, f);
    len += k;
    if (k == 0) break;
  }
  int rerr = ferror(f);
  fclose(f);
  if (rerr) {
    free(buf);
    if (err && errlen) snprintf(err, errlen, "%s: read error", path);
    return NULL;
  }
  petr_opts o;
  if (opts) o = *opts;
  else memset(&o, 0, sizeof o);
  if (!o.name) o.name = path;
  petr_dict *d = petr_dict_parse(kind, buf, len, &o, err, errlen);
  free(buf);
  return d;
}

const char *petr_actor_code_at(const petr_dict *d, const petr_actor *a,
                               uint32_t date) {
  const char *dflt = NULL;
  for (size_t i = 0; i < a->n_codes; i++) {
    const petr_code *c = &d->codes[a->first_code + i];
    switch (c->rule) {
    case PETR_DATE_ANY:
      if (!dflt) dflt = c->code;
      break;
    case PETR_DATE_BEFORE:
      if (date && date < c->to) return c->code;
      break;
    case PETR_DATE_AFTER:
      if (date && date > c->from) return c->code;
      break;
    case PETR_DATE_RANGE:
      if (date && date >= c->from && date <= c->to) return c->code;
      break;
    }
  }
  return dflt;
}

size_t petr_phrase_words(const char *phrase, const char **out, size_t *lens,
                         size_t max) {
  size_t k = 0;
  const char *s = phrase;
  while (*s) {
    while (*s == ' ' || *s == '_') s++;
    if (!*s) break;
    const char *b = s;
    while (*s && *s != ' ' && *s != '_') s++;
    if (k < max) {
      out[k] = b;
      lens[k] = (size_t)(s - b);
    }
    k++;
  }
  return k;
}
