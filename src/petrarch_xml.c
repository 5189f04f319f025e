/* SPDX-License-Identifier: MIT */
/* petrarch_xml.c: a small, strict reader for PETRARCH input / validation
 * XML (<Sentences>, <Sentence>, <Text>, <Parse>, <EventCoding>,
 * <Environment>, comments, CDATA sections, character entities, a UTF-8
 * byte order mark).  No XML library: one forward pass with a fixed set of
 * states (no recursion, no element stack), so it is linear in the input.
 * Errors are "file:line: message".  An error inside a <Sentence> is that
 * record's alone: the reader reports it and goes on after the sentence. */
#include "petrarch.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dates.h"

#define MAX_NAME 64
#define MAX_ENTITY 32 /* longest entity name between '&' and ';' */

typedef struct span {
  const char *p;
  size_t n;
} span;

typedef struct tag {
  span name;
  span attrs;     /* the attributes as written (checked by read_tag) */
  int close;      /* </name> */
  int empty;      /* <name/> */
  size_t line;    /* of the `<` */
} tag;

typedef struct coding_off {
  size_t src, tgt, ev, er; /* offsets in sb, SIZE_MAX: NULL */
  int noevents;
  size_t line;
} coding_off;

struct petr_xml {
  const char *d;
  size_t n, pos, line;
  char *name;
  int dead, in_sentences;
  size_t rec_id;               /* offset in sb of the sentence's id, or SIZE_MAX */
  size_t sentences_line;       /* of the open <Sentences> */
  char errmsg[512];
  acta_buf sb;                 /* the current record's strings */
  coding_off *co;
  petr_coding *codings;
  size_t n_co, cap_co;
  petr_env env;
  char *envs[4];
  petr_config config;
};

static void adv(petr_xml *x, size_t to) {
  for (size_t i = x->pos; i < to; i++)
    if (x->d[i] == '\n') x->line++;
  x->pos = to;
}

static int xerr(petr_xml *x, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int xerr(petr_xml *x, size_t line, const char *fmt, ...) {
  int k = snprintf(x->errmsg, sizeof x->errmsg, "%s:%zu: ", x->name, line);
  if (k < 0) k = 0;
  if ((size_t)k >= sizeof x->errmsg) k = (int)sizeof x->errmsg - 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(x->errmsg + k, sizeof x->errmsg - (size_t)k, fmt, ap);
  va_end(ap);
  x->dead = 1;
  return -1;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int name_char(char c, int first) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_') return 1;
  return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':');
}

static int span_is(span s, const char *lit) {
  size_t l = strlen(lit);
  return s.n == l && !memcmp(s.p, lit, l);
}

static const char *find(const char *s, size_t n, const char *pat) {
  size_t pl = strlen(pat);
  for (size_t i = 0; i + pl <= n; i++)
    if (s[i] == pat[0] && !memcmp(s + i, pat, pl)) return s + i;
  return NULL;
}

petr_xml *petr_xml_open(const char *data, size_t len, const char *name) {
  petr_xml *x = calloc(1, sizeof *x);
  if (!x) abort();
  x->d = data;
  x->n = len;
  x->line = 1;
  petr_config_default(&x->config);
  x->name = strdup(name ? name : "<input>");
  if (!x->name) abort();
  acta_buf_init(&x->sb);
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) x->pos = 3; /* BOM */
  return x;
}

void petr_xml_free(petr_xml *x) {
  if (!x) return;
  free(x->name);
  acta_buf_free(&x->sb);
  free(x->co);
  free(x->codings);
  for (int i = 0; i < 4; i++) free(x->envs[i]);
  free(x);
}

const petr_env *petr_xml_env(const petr_xml *x) { return &x->env; }
size_t petr_xml_offset(const petr_xml *x) { return x->pos; }
size_t petr_xml_line(const petr_xml *x) { return x->line; }

/* ---- entities ---------------------------------------------------------- */

static void put_utf8(acta_buf *b, uint32_t c) {
  char t[4];
  size_t n;
  if (c < 0x80) t[0] = (char)c, n = 1;
  else if (c < 0x800) {
    t[0] = (char)(0xC0 | (c >> 6));
    t[1] = (char)(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    t[0] = (char)(0xE0 | (c >> 12));
    t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    t[2] = (char)(0x80 | (c & 0x3F));
    n = 3;
  } else {
    t[0] = (char)(0xF0 | (c >> 18));
    t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    t[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    t[3] = (char)(0x80 | (c & 0x3F));
    n = 4;
  }
  acta_buf_put(b, t, n);
}

/* Appends s[0..n) to sb with entities decoded and CDATA sections copied as
 * they are; with fold, blank runs (newlines included) become one space and
 * the ends are trimmed.  Returns the offset of the NUL-terminated result,
 * or SIZE_MAX on a bad entity or bytes that are not UTF-8 (reported at
 * line, naming what). */
static size_t decode(petr_xml *x, const char *s, size_t n, int fold,
                     size_t line, const char *what) {
  acta_buf *b = &x->sb;
  size_t off = b->len;
  int pend_space = 0;
  for (size_t i = 0, l2 = line; i < n;) { /* UTF-8 first, as the JSON reader */
    size_t l = acta_utf8_seq((const unsigned char *)s + i, n - i);
    if (l == 0) {
      xerr(x, l2, "%s is not valid UTF-8 (byte %zu)", what, i + 1);
      return SIZE_MAX;
    }
    if (s[i] == '\n') l2++;
    i += l;
  }
  if (fold) {
    while (n && is_ws(*s)) line += *s == '\n', s++, n--;
    while (n && is_ws(s[n - 1])) n--;
  }
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\n') line++;
    if (c == '<' && n - i >= 9 && !memcmp(s + i, "<![CDATA[", 9)) {
      const char *e = find(s + i + 9, n - i - 9, "]]>");
      size_t stop = e ? (size_t)(e - s) : n; /* closed: simple_content saw it */
      for (size_t k = i + 9; k < stop; k++) {
        if (s[k] == '\n') line++;
        if (s[k] == '\0') {
          xerr(x, line, "NUL byte in text");
          return SIZE_MAX;
        }
        if (fold && is_ws(s[k])) {
          pend_space = 1;
          continue;
        }
        if (pend_space) acta_buf_putc(b, ' ');
        pend_space = 0;
        acta_buf_putc(b, s[k]);
      }
      i = stop + 2;
      continue;
    }
    if (fold && is_ws(c)) {
      pend_space = 1;
      continue;
    }
    if (pend_space) {
      acta_buf_putc(b, ' ');
      pend_space = 0;
    }
    if (c == '\0') {
      xerr(x, line, "NUL byte in text");
      return SIZE_MAX;
    }
    if (c != '&') {
      acta_buf_putc(b, c);
      continue;
    }
    /* "&name;" with a name of letters, digits and '#' */
    size_t k = i + 1;
    while (k < n && k - i <= MAX_ENTITY &&
           (name_char(s[k], 0) || s[k] == '#') && s[k] != ':' && s[k] != '.')
      k++;
    if (k >= n || s[k] != ';' || k == i + 1) {
      xerr(x, line, "bare '&' (write &amp;)");
      return SIZE_MAX;
    }
    const char *semi = s + k;
    span e = {s + i + 1, (size_t)(semi - s - i - 1)};
    if (span_is(e, "amp")) acta_buf_putc(b, '&');
    else if (span_is(e, "lt")) acta_buf_putc(b, '<');
    else if (span_is(e, "gt")) acta_buf_putc(b, '>');
    else if (span_is(e, "quot")) acta_buf_putc(b, '"');
    else if (span_is(e, "apos")) acta_buf_putc(b, '\'');
    else if (e.n >= 2 && e.p[0] == '#') {
      uint32_t v = 0;
      int hex = e.p[1] == 'x' || e.p[1] == 'X';
      size_t d0 = hex ? 2 : 1;
      if (d0 >= e.n) {
        xerr(x, line, "bad character reference '&%.*s;'", (int)e.n, e.p);
        return SIZE_MAX;
      }
      int big = 0;
      for (size_t j = d0; j < e.n; j++) {
        char d = e.p[j];
        uint32_t dv;
        if (d >= '0' && d <= '9') dv = (uint32_t)(d - '0');
        else if (hex && d >= 'a' && d <= 'f') dv = (uint32_t)(d - 'a' + 10);
        else if (hex && d >= 'A' && d <= 'F') dv = (uint32_t)(d - 'A' + 10);
        else {
          xerr(x, line, "bad character reference '&%.*s;'", (int)e.n, e.p);
          return SIZE_MAX;
        }
        if (!big) v = v * (hex ? 16u : 10u) + dv;
        if (v > 0x10FFFF) big = 1; /* keep reading: the digits must be digits */
      }
      if (big || v == 0 || (v >= 0xD800 && v <= 0xDFFF)) {
        xerr(x, line, "character reference '&%.*s;' is not a Unicode character",
             (int)e.n, e.p);
        return SIZE_MAX;
      }
      put_utf8(b, v);
    } else {
      xerr(x, line, "unknown entity '&%.*s;'", (int)e.n, e.p);
      return SIZE_MAX;
    }
    i = (size_t)(semi - s);
  }
  acta_buf_putc(b, '\0');
  return off;
}

/* ---- markup ------------------------------------------------------------ */

/* One attribute  name = "value"  at d[*i] (blanks before it skipped by the
 * caller); advances *i past it.  0, or -1 with *why set. */
static int scan_attr(const char *d, size_t n, size_t *i, span *name,
                     span *value, const char **why) {
  size_t j = *i, ab = j;
  while (j < n && name_char(d[j], j == ab)) j++;
  if (j == ab) return *why = "bad attribute", -1;
  *name = (span){d + ab, j - ab};
  while (j < n && is_ws(d[j])) j++;
  if (j >= n || d[j] != '=') return *why = "attribute without '='", -1;
  j++;
  while (j < n && is_ws(d[j])) j++;
  if (j >= n || (d[j] != '"' && d[j] != '\''))
    return *why = "attribute value without quotes", -1;
  char q = d[j++];
  size_t vb = j;
  while (j < n && d[j] != q && d[j] != '<') j++;
  if (j >= n || d[j] != q) return *why = "unterminated attribute value", -1;
  *value = (span){d + vb, j - vb};
  *i = j + 1;
  return 0;
}

/* Parses the tag at x->pos (which is '<', not a comment); advances past it.
 * The attributes are checked here and kept as written (any number of
 * them), for get_attr. */
static int read_tag(petr_xml *x, tag *t) {
  const char *d = x->d;
  size_t n = x->n, i = x->pos + 1;
  memset(t, 0, sizeof *t);
  t->line = x->line;
  if (i < n && d[i] == '/') t->close = 1, i++;
  size_t b = i;
  while (i < n && name_char(d[i], i == b)) i++;
  if (i == b) return xerr(x, t->line, "bad markup after '<'");
  if (i - b > MAX_NAME) return xerr(x, t->line, "tag name too long");
  t->name.p = d + b;
  t->name.n = i - b;
  t->attrs.p = d + i;
  for (;;) {
    size_t w = i;
    while (i < n && is_ws(d[i])) i++;
    if (i >= n)
      return xerr(x, t->line, "unterminated <%s%.*s tag", t->close ? "/" : "",
                  (int)t->name.n, t->name.p);
    if (d[i] == '>') {
      t->attrs.n = (size_t)(d + i - t->attrs.p);
      i++;
      break;
    }
    if (d[i] == '/' && !t->close) {
      if (i + 1 < n && d[i + 1] == '>') {
        t->attrs.n = (size_t)(d + i - t->attrs.p);
        t->empty = 1;
        i += 2;
        break;
      }
      return xerr(x, t->line, "bad '/' in <%.*s tag", (int)t->name.n, t->name.p);
    }
    if (t->close) return xerr(x, t->line, "attributes in a closing tag");
    if (w == i) return xerr(x, t->line, "missing blank before attribute");
    span an, av;
    const char *why;
    if (scan_attr(d, n, &i, &an, &av, &why) < 0) {
      if (strcmp(why, "bad attribute") != 0) return xerr(x, t->line, "%s", why);
      return xerr(x, t->line, "%s in <%.*s tag", why, (int)t->name.n, t->name.p);
    }
  }
  adv(x, i);
  return 0;
}

/* The value of attribute `name` as written into *out: 1, or 0 when the tag
 * has none (the first of that name; read_tag checked the attributes). */
static int get_attr(const tag *t, const char *name, span *out) {
  const char *d = t->attrs.p;
  size_t n = t->attrs.n, i = 0;
  for (;;) {
    while (i < n && is_ws(d[i])) i++;
    span an, av;
    const char *why;
    if (i >= n || scan_attr(d, n, &i, &an, &av, &why) < 0) return 0;
    if (span_is(an, name)) {
      *out = av;
      return 1;
    }
  }
}

/* Skips "<!--...-->" at x->pos. */
static int skip_comment(petr_xml *x) {
  size_t line = x->line;
  const char *e = find(x->d + x->pos + 4, x->n - x->pos - 4, "-->");
  if (!e) return xerr(x, line, "unterminated <!-- comment");
  adv(x, (size_t)(e - x->d) + 3);
  return 0;
}

/* Skips blanks and comments; returns 1 at '<' (not a comment), 0 at end
 * of input, -1 on error (text where only markup may stand). */
static int next_markup(petr_xml *x, const char *where) {
  for (;;) {
    size_t i = x->pos;
    while (i < x->n && is_ws(x->d[i])) i++;
    adv(x, i);
    if (i >= x->n) return 0;
    if (x->d[i] != '<') return xerr(x, x->line, "text outside elements%s", where);
    if (x->n - i >= 4 && !memcmp(x->d + i, "<!--", 4)) {
      if (skip_comment(x) < 0) return -1;
      continue;
    }
    return 1;
  }
}

/* After the open tag t (not empty): the content up to "</name>", which must
 * come before any other markup but CDATA sections.  *c gets the raw
 * content (decode() copies the CDATA sections' text). */
static int simple_content(petr_xml *x, const tag *t, span *c) {
  size_t i = x->pos;
  const char *lt;
  for (;;) {
    lt = memchr(x->d + i, '<', x->n - i);
    if (!lt || (size_t)(x->d + x->n - lt) < 9 || memcmp(lt, "<![CDATA[", 9)) break;
    const char *e = find(lt + 9, (size_t)(x->d + x->n - lt) - 9, "]]>");
    if (!e) return xerr(x, t->line, "unterminated CDATA section in <%.*s>",
                        (int)t->name.n, t->name.p);
    i = (size_t)(e - x->d) + 3;
  }
  size_t nl = t->name.n;
  if (!lt || (size_t)(x->d + x->n - lt) < nl + 3 || lt[1] != '/' ||
      memcmp(lt + 2, t->name.p, nl) != 0)
    return xerr(x, t->line, "unterminated <%.*s>", (int)nl, t->name.p);
  c->p = x->d + x->pos;
  c->n = (size_t)(lt - c->p);
  size_t j = (size_t)(lt - x->d) + 2 + nl;
  while (j < x->n && is_ws(x->d[j])) j++;
  if (j >= x->n || x->d[j] != '>')
    return xerr(x, t->line, "unterminated <%.*s>", (int)nl, t->name.p);
  adv(x, j + 1);
  return 0;
}

/* Skips an element we do not read: up to its "</name>" (not nested; not
 * "</nameMore>"). */
static int skip_element(petr_xml *x, const tag *t) {
  if (t->empty) return 0;
  char pat[MAX_NAME + 3];
  pat[0] = '<';
  pat[1] = '/';
  memcpy(pat + 2, t->name.p, t->name.n);
  pat[t->name.n + 2] = '\0';
  size_t from = x->pos, pl = t->name.n + 2;
  for (;;) {
    const char *e = find(x->d + from, x->n - from, pat);
    if (!e) return xerr(x, t->line, "unterminated <%.*s>", (int)t->name.n, t->name.p);
    size_t at = (size_t)(e - x->d);
    if (at + pl < x->n && name_char(x->d[at + pl], 0)) {
      from = at + pl; /* "</FooBar" is not the end of <Foo> */
      continue;
    }
    adv(x, at);
    break;
  }
  tag c;
  if (read_tag(x, &c) < 0) return -1;
  return 0;
}

void petr_config_default(petr_config *c) {
  memset(c, 0, sizeof *c);
  c->require_dyad = 1;
  c->comma_min = 2;
  c->comma_max = 8;
  c->comma_emin = 2;
  c->comma_emax = 8;
}

static int span_ieq(span s, const char *lit) {
  size_t l = strlen(lit);
  if (s.n != l) return 0;
  for (size_t i = 0; i < l; i++) {
    char c = s.p[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != lit[i]) return 0;
  }
  return 1;
}

/* <Config option="require_dyad" value="false">: a known option with a bad
 * value is an error; an unknown option is ignored (PETRARCH has others
 * that do not change coding). */
static int read_config(petr_xml *x, const tag *t) {
  span ob, vb;
  const span *o = get_attr(t, "option", &ob) ? &ob : NULL;
  const span *v = get_attr(t, "value", &vb) ? &vb : NULL;
  if (!o) {
    if (skip_element(x, t) < 0) return -1;
    return 0;
  }
  static const struct { const char *name; size_t off; int is_bool; } OPTS[] = {
      {"require_dyad", offsetof(petr_config, require_dyad), 1},
      {"new_actor_length", offsetof(petr_config, new_actor_length), 0},
      {"comma_min", offsetof(petr_config, comma_min), 0},
      {"comma_max", offsetof(petr_config, comma_max), 0},
      {"comma_bmin", offsetof(petr_config, comma_bmin), 0},
      {"comma_bmax", offsetof(petr_config, comma_bmax), 0},
      {"comma_emin", offsetof(petr_config, comma_emin), 0},
      {"comma_emax", offsetof(petr_config, comma_emax), 0}};
  for (size_t k = 0; k < sizeof OPTS / sizeof OPTS[0]; k++) {
    if (!span_is(*o, OPTS[k].name)) continue;
    int val = 0;
    if (!v) return xerr(x, t->line, "<Config option=\"%s\"> without a value", OPTS[k].name);
    if (OPTS[k].is_bool) {
      if (span_ieq(*v, "true") || span_ieq(*v, "1")) val = 1;
      else if (span_ieq(*v, "false") || span_ieq(*v, "0")) val = 0;
      else return xerr(x, t->line, "<Config option=\"%s\">: value \"%.*s\" is not true or false",
                       OPTS[k].name, (int)v->n, v->p);
    } else {
      if (!v->n || v->n > 6) goto bad_int;
      for (size_t i = 0; i < v->n; i++) {
        if (v->p[i] < '0' || v->p[i] > '9') goto bad_int;
        val = val * 10 + (v->p[i] - '0');
      }
    }
    *(int *)((char *)&x->config + OPTS[k].off) = val;
    break;
  bad_int:
    return xerr(x, t->line, "<Config option=\"%s\">: value \"%.*s\" is not a number",
                OPTS[k].name, (int)(v->n > 40 ? 40 : v->n), v->p);
  }
  return skip_element(x, t);
}

static int read_env(petr_xml *x, const tag *env) {
  if (env->empty) return 0;
  for (;;) {
    int r = next_markup(x, " in <Environment>");
    if (r < 0) return -1;
    if (r == 0) return xerr(x, env->line, "unterminated <Environment>");
    tag t;
    if (read_tag(x, &t) < 0) return -1;
    if (t.close) {
      if (span_is(t.name, "Environment")) return 0;
      return xerr(x, t.line, "unexpected </%.*s> in <Environment>", (int)t.name.n, t.name.p);
    }
    int slot = span_is(t.name, "Verbfile") ? 0 : span_is(t.name, "Actorfile") ? 1
             : span_is(t.name, "Agentfile") ? 2 : span_is(t.name, "Discardfile") ? 3 : -1;
    if (slot < 0 && span_is(t.name, "Config")) {
      if (read_config(x, &t) < 0) return -1;
      continue;
    }
    if (slot < 0) {
      if (skip_element(x, &t) < 0) return -1;
      continue;
    }
    span c = {"", 0};
    if (!t.empty && simple_content(x, &t, &c) < 0) return -1;
    acta_buf_clear(&x->sb);
    char what[MAX_NAME + 3];
    snprintf(what, sizeof what, "<%.*s>", (int)t.name.n, t.name.p);
    size_t off = decode(x, c.p, c.n, 1, t.line, what);
    if (off == SIZE_MAX) return -1;
    free(x->envs[slot]);
    x->envs[slot] = strdup(x->sb.data + off);
    if (!x->envs[slot]) abort();
    const char **dst[4] = {&x->env.verbfile, &x->env.actorfile,
                           &x->env.agentfile, &x->env.discardfile};
    *dst[slot] = x->envs[slot];
  }
}

/* Attribute `name` decoded into sb: its offset, or SIZE_MAX when absent or
 * after an error (*err set; the first error is the one reported). */
static size_t attr_dec(petr_xml *x, const tag *t, const char *name, int *err) {
  span v;
  if (*err || !get_attr(t, name, &v)) return SIZE_MAX;
  char what[MAX_NAME + 24];
  snprintf(what, sizeof what, "attribute %s", name);
  size_t off = decode(x, v.p, v.n, 0, t->line, what);
  if (off == SIZE_MAX) *err = 1;
  return off;
}

static int true_word(const char *s) {
  return (s[0] == 't' || s[0] == 'T') && (s[1] == 'r' || s[1] == 'R') &&
         (s[2] == 'u' || s[2] == 'U') && (s[3] == 'e' || s[3] == 'E') && !s[4];
}

static int read_coding(petr_xml *x, const tag *t) {
  int e = 0;
  coding_off c;
  c.line = t->line;
  c.noevents = 0;
  size_t ne = attr_dec(x, t, "noevents", &e);
  c.src = attr_dec(x, t, "sourcecode", &e);
  c.tgt = attr_dec(x, t, "targetcode", &e);
  c.ev = attr_dec(x, t, "eventcode", &e);
  c.er = attr_dec(x, t, "error", &e);
  if (e) return -1;
  if (ne != SIZE_MAX && true_word(x->sb.data + ne)) {
    c.noevents = 1;
    c.src = c.tgt = c.ev = SIZE_MAX;
  } else if (c.ev == SIZE_MAX && c.er == SIZE_MAX) {
    return xerr(x, t->line, "<EventCoding> without eventcode");
  }
  if (!t->empty) { /* <EventCoding ...></EventCoding> */
    span body;
    if (simple_content(x, t, &body) < 0) return -1;
    for (size_t i = 0; i < body.n; i++)
      if (!is_ws(body.p[i])) return xerr(x, t->line, "text inside <EventCoding>");
  }
  if (x->n_co == x->cap_co) {
    x->cap_co = x->cap_co ? x->cap_co * 2 : 8;
    x->co = realloc(x->co, x->cap_co * sizeof *x->co);
    x->codings = realloc(x->codings, x->cap_co * sizeof *x->codings);
    if (!x->co || !x->codings) abort();
  }
  x->co[x->n_co++] = c;
  return 0;
}

/* YYYYMMDD, a real calendar day. */
static int valid_date8(const char *s) {
  if (strlen(s) != 8) return 0;
  const char iso[10] = {s[0], s[1], s[2], s[3], '-', s[4], s[5], '-', s[6], s[7]};
  return acta_valid_date(iso, sizeof iso);
}

static int read_sentence(petr_xml *x, const tag *st, petr_record *rec) {
  if (st->empty) return xerr(x, st->line, "empty <Sentence/>");
  int e = 0;
  size_t id = attr_dec(x, st, "id", &e), date = attr_dec(x, st, "date", &e),
         cat = attr_dec(x, st, "category", &e), src = attr_dec(x, st, "source", &e),
         sen = attr_dec(x, st, "sentence", &e);
  if (id != SIZE_MAX && x->sb.data[id]) x->rec_id = id; /* for an error */
  if (e) return -1;
  if (id == SIZE_MAX || !x->sb.data[id]) return xerr(x, st->line, "<Sentence> without id");
  if (date == SIZE_MAX) return xerr(x, st->line, "<Sentence> without date");
  if (!valid_date8(x->sb.data + date))
    return xerr(x, st->line, "bad date \"%s\" (want YYYYMMDD)", x->sb.data + date);
  size_t text = SIZE_MAX, parse = SIZE_MAX;
  for (;;) {
    int r = next_markup(x, " in <Sentence>");
    if (r < 0) return -1;
    if (r == 0) return xerr(x, st->line, "unterminated <Sentence>");
    tag t;
    if (read_tag(x, &t) < 0) return -1;
    if (t.close) {
      if (span_is(t.name, "Sentence")) break;
      return xerr(x, t.line, "unexpected </%.*s> in <Sentence>", (int)t.name.n, t.name.p);
    }
    if (span_is(t.name, "Sentence"))
      return xerr(x, st->line, "unterminated <Sentence> (another starts at line %zu)", t.line);
    if (span_is(t.name, "Text") || span_is(t.name, "Parse")) {
      int is_text = t.name.p[0] == 'T';
      if ((is_text ? text : parse) != SIZE_MAX)
        return xerr(x, t.line, "second <%.*s> in <Sentence>", (int)t.name.n, t.name.p);
      span c = {"", 0};
      if (!t.empty && simple_content(x, &t, &c) < 0) return -1;
      size_t off = decode(x, c.p, c.n, is_text, t.line, is_text ? "<Text>" : "<Parse>");
      if (off == SIZE_MAX) return -1;
      if (!is_text) { /* trim only */
        char *s = x->sb.data + off;
        size_t l = strlen(s), b = 0;
        while (b < l && is_ws(s[b])) b++;
        while (l > b && is_ws(s[l - 1])) l--;
        memmove(s, s + b, l - b);
        s[l - b] = '\0';
      }
      if (is_text) text = off; else parse = off;
      continue;
    }
    if (span_is(t.name, "EventCoding")) {
      if (read_coding(x, &t) < 0) return -1;
      continue;
    }
    if (skip_element(x, &t) < 0) return -1;
  }
  if (text == SIZE_MAX) return xerr(x, st->line, "<Sentence> without <Text>");
  const char *b = x->sb.data;
  memset(rec, 0, sizeof *rec);
  rec->id = b + id;
  rec->date = b + date;
  rec->category = cat == SIZE_MAX ? NULL : b + cat;
  rec->source = src == SIZE_MAX ? NULL : b + src;
  rec->sentence = sen == SIZE_MAX ? -1 : true_word(b + sen) ? 1
                : (!strcmp(b + sen, "false") || !strcmp(b + sen, "False") ||
                   !strcmp(b + sen, "FALSE")) ? 0 : -1;
  rec->text = b + text;
  rec->text_len = strlen(rec->text);
  rec->parse = parse == SIZE_MAX ? NULL : b + parse;
  rec->config = x->config;
  for (size_t i = 0; i < x->n_co; i++) {
    petr_coding *c = &x->codings[i];
    c->source = x->co[i].src == SIZE_MAX ? NULL : b + x->co[i].src;
    c->target = x->co[i].tgt == SIZE_MAX ? NULL : b + x->co[i].tgt;
    c->event = x->co[i].ev == SIZE_MAX ? NULL : b + x->co[i].ev;
    c->error = x->co[i].er == SIZE_MAX ? NULL : b + x->co[i].er;
    c->noevents = x->co[i].noevents;
    c->line = x->co[i].line;
    if (c->noevents) rec->expects_no_event = 1;
  }
  rec->codings = x->n_co ? x->codings : NULL;
  rec->n_codings = x->n_co;
  rec->line = st->line;
  return 1;
}

/* After an error inside the <Sentence> whose start tag ends at body (on
 * line body_line): moves past its "</Sentence>", or to the next
 * "<Sentence", whichever comes first (or to the end). */
static void resync(petr_xml *x, size_t body, size_t body_line) {
  static const char close[] = "</Sentence", open[] = "<Sentence";
  size_t i = body, to = x->n;
  x->dead = 0;
  while (i < x->n) {
    const char *lt = memchr(x->d + i, '<', x->n - i);
    if (!lt) break;
    size_t at = (size_t)(lt - x->d), left = x->n - at;
    if (left > sizeof close - 1 && !memcmp(lt, close, sizeof close - 1) &&
        !name_char(lt[sizeof close - 1], 0)) {
      const char *gt = memchr(lt, '>', left);
      to = gt ? (size_t)(gt - x->d) + 1 : x->n;
      break;
    }
    if (left > sizeof open - 1 && !memcmp(lt, open, sizeof open - 1) &&
        !name_char(lt[sizeof open - 1], 0)) {
      to = at;
      break;
    }
    i = at + 1;
  }
  x->pos = body;
  x->line = body_line;
  adv(x, to);
}

int petr_xml_next(petr_xml *x, petr_record *rec, char *err, size_t errlen) {
  memset(rec, 0, sizeof *rec);
  if (!x->dead) {
    for (;;) {
      int r = next_markup(x, "");
      if (r < 0) break;
      if (r == 0) {
        if (x->in_sentences) {
          xerr(x, x->sentences_line, "unterminated <Sentences>");
          break;
        }
        return 0;
      }
      size_t at = x->pos;
      if (x->n - at >= 2 && x->d[at + 1] == '?') {
        const char *e = find(x->d + at, x->n - at, "?>");
        if (!e) {
          xerr(x, x->line, "unterminated <? ?>");
          break;
        }
        adv(x, (size_t)(e - x->d) + 2);
        continue;
      }
      if (x->n - at >= 2 && x->d[at + 1] == '!') {
        xerr(x, x->line, "unsupported markup <!");
        break;
      }
      tag t;
      if (read_tag(x, &t) < 0) break;
      if (t.close) {
        if (span_is(t.name, "Sentences")) x->in_sentences = 0;
        continue;
      }
      if (span_is(t.name, "Sentences")) {
        if (!t.empty) x->in_sentences = 1, x->sentences_line = t.line;
        continue;
      }
      if (span_is(t.name, "Validation")) continue;
      if (span_is(t.name, "Environment")) {
        if (read_env(x, &t) < 0) break;
        continue;
      }
      if (span_is(t.name, "Config")) {
        if (read_config(x, &t) < 0) break;
        continue;
      }
      if (span_is(t.name, "Sentence")) {
        acta_buf_clear(&x->sb);
        x->n_co = 0;
        x->rec_id = SIZE_MAX;
        size_t body = x->pos, body_line = x->line;
        if (read_sentence(x, &t, rec) < 0) {
          /* this record's error: report it and go on after the sentence */
          resync(x, body, body_line);
          memset(rec, 0, sizeof *rec);
          rec->id = x->rec_id == SIZE_MAX ? NULL : x->sb.data + x->rec_id;
          rec->line = t.line;
          rec->offset = at;
          rec->config = x->config;
          if (err && errlen) snprintf(err, errlen, "%s", x->errmsg);
          return 2;
        }
        rec->offset = at;
        return 1;
      }
      if (skip_element(x, &t) < 0) break;
    }
  }
  if (err && errlen) snprintf(err, errlen, "%s", x->errmsg);
  return -1;
}
