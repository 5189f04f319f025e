/* SPDX-License-Identifier: MIT */
/* input_jsonl.c: one JSON-lines record -> acta_article: the id, text and
 * date under their default or chosen field names, an id made from file and
 * line when the record has none, a date or ISO timestamp checked to be a
 * real day.
 *
 * Most lines are plain records: an object whose "id" and "text" are
 * strings under the default names.  A scanner reads those in one pass
 * (validating the whole line as JSON, UTF-8 included) and decodes the
 * fields acta uses straight into the article's block.  A line it does not
 * take as it is (any error, a missing or number id, a \u0000, a number it
 * would have to range-check, nesting deeper than 64, an invalid date ...)
 * is read with jansson, whose answers and error messages are the
 * reference: the scanner accepts a line only when jansson would, with the
 * same values. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "buf.h"
#include "input.h"


/* Copies of the line with every byte that is not valid UTF-8 replaced by
 * the escape \u0000, so that a second parse tells which field held it.
 * A bad byte right after an unescaped backslash ("\<FF>") is an invalid
 * escape: it is kept as it is, so that the second parse fails too (escaping
 * it would turn the backslash into a valid "\\" and accept the line). */
static char *escape_bad_utf8(const char *line, size_t len, size_t *out_len,
                             size_t *first_bad) {
  acta_buf b;
  acta_buf_init(&b);
  *first_bad = (size_t)-1;
  const unsigned char *u = (const unsigned char *)line;
  size_t i = 0, backslashes = 0; /* run of '\\' just before u[i] */
  while (i < len) {
    size_t l = acta_utf8_seq(u + i, len - i);
    if (l == 0) {
      if (*first_bad == (size_t)-1) *first_bad = i;
      if (backslashes % 2)
        acta_buf_putc(&b, line[i]);
      else
        acta_buf_puts(&b, "\\u0000");
      i++;
      backslashes = 0;
    } else {
      backslashes = (l == 1 && line[i] == '\\') ? backslashes + 1 : 0;
      acta_buf_put(&b, line + i, l);
      i += l;
    }
  }
  acta_buf_cstr(&b);
  *out_len = b.len;
  return b.data;
}

/* The field names of a record (the caller's choice, else the defaults). */
typedef struct names {
  const char *id, *text, *date;
} names;

/* The first field acta reads whose string value holds a NUL, or NULL. */
static const char *field_with_nul(json_t *root, const names *nm) {
  const char *const fields[] = {nm->id, nm->text, nm->date, "publisher", "url",
                                "title"};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
    json_t *v = json_object_get(root, fields[i]);
    if (json_is_string(v) &&
        memchr(json_string_value(v), '\0', json_string_length(v)))
      return fields[i];
  }
  return NULL;
}

/* The part of an ISO 8601 timestamp after its date: [T ]hh:mm[:ss[.f...]]
 * then nothing, Z or an offset +hh[:mm] / -hhmm. */
static int iso_time_ok(const char *s, size_t n) {
  size_t i = 0;
#define DIGITS(k)                                              \
  do {                                                         \
    for (int d_ = 0; d_ < (k); d_++, i++)                      \
      if (i >= n || s[i] < '0' || s[i] > '9') return 0;        \
  } while (0)
  if (n == 0 || (s[0] != 'T' && s[0] != ' ')) return 0;
  i = 1;
  DIGITS(2);
  if (i >= n || s[i++] != ':') return 0;
  DIGITS(2);
  if (i < n && s[i] == ':') {
    i++;
    DIGITS(2);
    if (i < n && (s[i] == '.' || s[i] == ',')) {
      i++;
      DIGITS(1);
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
  }
  if (i < n && s[i] == 'Z') i++;
  else if (i < n && (s[i] == '+' || s[i] == '-')) {
    i++;
    DIGITS(2);
    if (i < n && s[i] == ':') { /* +hh:mm */
      i++;
      DIGITS(2);
    } else if (i < n) { /* +hhmm */
      DIGITS(2);
    }
  }
#undef DIGITS
  int hh = (s[1] - '0') * 10 + (s[2] - '0'), mm = (s[4] - '0') * 10 + (s[5] - '0');
  return i == n && hh < 24 && mm < 60;
}

/* Parses the line.  Returns the root, or NULL with err set.  When a known
 * field is not valid UTF-8, returns the root parsed with the bad bytes
 * escaped (so the id can still be read), with *bad_utf8 = 1 and err set. */
static json_t *load(const char *line, size_t len, const names *nm,
                    int *bad_utf8, char *err, size_t errlen) {
  json_error_t je;
  *bad_utf8 = 0;
  json_t *root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
  if (root) return root;
  if (json_error_code(&je) != json_error_invalid_utf8) {
    /* a line that does not even start like a JSON object is likely text */
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t')) k++;
    snprintf(err, errlen, "line is not JSON: %s at column %d%s", je.text,
             je.column,
             k < len && line[k] != '{' && line[k] != '['
                 ? " (for plain text, one article per file, use --format text)"
                 : "");
    return NULL;
  }
  /* Invalid UTF-8: find out where, and accept the record if the bad bytes
   * are only in fields acta does not use. */
  size_t elen, bad;
  char *esc = escape_bad_utf8(line, len, &elen, &bad);
  root = json_loadb(esc, elen, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
  free(esc);
  if (!root || !json_is_object(root)) {
    if (root) json_decref(root);
    snprintf(err, errlen, "line is not valid UTF-8 (byte %zu)", bad + 1);
    return NULL;
  }
  const char *field = field_with_nul(root, nm);
  if (field) {
    snprintf(err, errlen, "\"%s\" is not valid UTF-8", field);
    *bad_utf8 = 1;
  }
  return root;
}

/* An optional string field: NULL when absent, null or not a string. */
static const char *opt_string(json_t *root, const char *key, size_t *len) {
  json_t *v = json_object_get(root, key);
  if (!json_is_string(v)) return NULL;
  *len = json_string_length(v);
  return json_string_value(v);
}

/* ---- the scanner ------------------------------------------------------- */

typedef struct scan {
  const unsigned char *p, *end;
  const unsigned char *begin; /* the line's first byte: scan_string's
                               * 16-byte read of a short tail may start
                               * no earlier; set it (designated initialisers) */
  int depth;
} scan;

static void skip_ws(scan *s) {
  while (s->p < s->end &&
         (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int hex4(const unsigned char *p, unsigned *v) {
  *v = 0;
  for (int i = 0; i < 4; i++) {
    unsigned c = p[i], d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return 0;
    *v = *v << 4 | d;
  }
  return 1;
}

/* Writes code point v (below 0x110000, no surrogate) as UTF-8 at o;
 * returns the bytes written. */
static size_t put_utf8(char *o, unsigned v) {
  if (v < 0x80) {
    o[0] = (char)v;
    return 1;
  }
  if (v < 0x800) {
    o[0] = (char)(0xC0 | v >> 6);
    o[1] = (char)(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    o[0] = (char)(0xE0 | v >> 12);
    o[1] = (char)(0x80 | (v >> 6 & 0x3F));
    o[2] = (char)(0x80 | (v & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | v >> 18);
  o[1] = (char)(0x80 | (v >> 12 & 0x3F));
  o[2] = (char)(0x80 | (v >> 6 & 0x3F));
  o[3] = (char)(0x80 | (v & 0x3F));
  return 4;
}

#if defined(__GNUC__)
#define SCAN_INLINE static inline __attribute__((always_inline))
#else
#define SCAN_INLINE static inline
#endif

/* Checks the string at s->p (at its opening quote) and moves past it: 0
 * when it is not a string jansson reads as it is (or \u0000); *esc (if
 * esc) set when it has escapes.  With out,
 * it also decodes it as it checks it (speed32d: not a second pass over its
 * bytes to find its escapes and copy them): its bytes, escapes decoded, and
 * a NUL go to *out, which is moved past them.  A string is never longer
 * decoded than written, and its NUL takes its closing quote's place, so
 * the output stays at or before the input's offset within the line: a
 * block of the line's length holds every field, and sixteen bytes stored
 * at the output while sixteen are read from the line stay within it.
 * One body, inlined into the two callers below, so the check alone stores
 * nothing. */
SCAN_INLINE int scan_str(scan *s, char **out, int *esc) {
  const unsigned char *p = s->p + 1, *end = s->end;
  char *o = out ? *out : NULL;
  for (;;) {
    /* the common bytes: printable ASCII other than quote and backslash,
     * sixteen at a time (speed25b; as signed bytes, those below 0x20 and
     * those above 0x7F are both below 0x20), up to the first other byte,
     * or eight at a time while none of them is another byte; copied as
     * they are read */
#if defined(__SSE2__)
    {
      const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'),
                    bs = _mm_set1_epi8('\\');
      while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const void *)p);
        if (out) _mm_storeu_si128((void *)o, v);
        __m128i other = _mm_or_si128(
            _mm_cmplt_epi8(v, sp),
            _mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, bs)));
        unsigned m = (unsigned)_mm_movemask_epi8(other);
        if (m) {
          unsigned k = (unsigned)__builtin_ctz(m);
          p += k;
          if (out) o += k;
          break;
        }
        p += 16;
        if (out) o += 16;
      }
      /* speed39b: fewer than sixteen bytes left, the line's last string
       * (most often the text): the line's last sixteen bytes, read at once,
       * tell how many of them from p are common bytes, copied with one
       * memcpy (not a byte at a time by the loop below) */
      if (end - p < 16 && p < end && end - s->begin >= 16) {
        __m128i v = _mm_loadu_si128((const void *)(end - 16));
        __m128i other = _mm_or_si128(
            _mm_cmplt_epi8(v, sp),
            _mm_or_si128(_mm_cmpeq_epi8(v, qu), _mm_cmpeq_epi8(v, bs)));
        unsigned m = (unsigned)_mm_movemask_epi8(other) >> (16 - (end - p));
        size_t k = m ? (size_t)__builtin_ctz(m) : (size_t)(end - p);
        if (out) {
          memcpy(o, p, k);
          o += k;
        }
        p += k;
      }
    }
#else
    while (end - p >= 8) {
      uint64_t x;
      memcpy(&x, p, 8);
      const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
      uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
      if (((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
            ((b - ones) & ~b)) & high) != 0)
        break;
      if (out) {
        memcpy(o, &x, 8);
        o += 8;
      }
      p += 8;
    }
#endif
    if (out)
      while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') *o++ = (char)*p++;
    else
      while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
    if (p >= end) return 0;
    unsigned c = *p;
    if (c == '"') break;
    if (c < 0x20) return 0;
    if (c == '\\') {
      if (esc) *esc = 1;
      if (p + 1 >= end) return 0;
      unsigned e = p[1];
      if (e == 'u') {
        unsigned v, v2;
        if (end - p < 6 || !hex4(p + 2, &v) || v == 0) return 0;
        p += 6;
        if (v >= 0xDC00 && v <= 0xDFFF) return 0; /* a lone low surrogate */
        if (v >= 0xD800 && v <= 0xDBFF) {
          if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, &v2) ||
              v2 < 0xDC00 || v2 > 0xDFFF)
            return 0;
          p += 6;
          v = 0x10000 + ((v - 0xD800) << 10) + (v2 - 0xDC00);
        }
        if (out) o += put_utf8(o, v);
        continue;
      }
      if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' &&
          e != 'n' && e != 'r' && e != 't')
        return 0;
      if (out)
        *o++ = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n'
             : e == 'r' ? '\r' : e == 't' ? '\t' : (char)e;
      p += 2;
      continue;
    }
    size_t l = acta_utf8_seq(p, (size_t)(end - p));
    if (l == 0) return 0;
    if (out) {
      memcpy(o, p, l);
      o += l;
    }
    p += l;
  }
  if (out) {
    *o = '\0';
    *out = o + 1;
  }
  s->p = p + 1;
  return 1;
}

/* scan_str() that only checks: *body, *blen: the bytes between the
 * quotes, *esc: it has escapes. */
static int scan_string(scan *s, const unsigned char **body, size_t *blen, int *esc) {
  *body = s->p + 1;
  *esc = 0;
  if (!scan_str(s, NULL, esc)) return 0;
  *blen = (size_t)(s->p - 1 - *body);
  return 1;
}

/* scan_str() for a field acta reads: decoded into *out. */
static int scan_copy_string(scan *s, char **out) { return scan_str(s, out, NULL); }

static int scan_value(scan *s);

/* A number that jansson reads without range trouble: the JSON grammar,
 * at most 15 characters, no exponent. */
static int scan_number(scan *s) {
  const unsigned char *p = s->p, *st = p, *end = s->end;
  if (p < end && *p == '-') p++;
  if (p >= end) return 0;
  if (*p == '0') p++;
  else if (*p >= '1' && *p <= '9')
    while (p < end && *p >= '0' && *p <= '9') p++;
  else return 0;
  if (p < end && *p == '.') {
    p++;
    if (p >= end || *p < '0' || *p > '9') return 0;
    while (p < end && *p >= '0' && *p <= '9') p++;
  }
  if (p < end && (*p == 'e' || *p == 'E')) return 0;
  if (p - st > 15) return 0;
  s->p = p;
  return 1;
}

static int scan_literal(scan *s, const char *lit, size_t n) {
  if ((size_t)(s->end - s->p) < n || memcmp(s->p, lit, n) != 0) return 0;
  s->p += n;
  return 1;
}

/* An array or object at s->p; for an object, key values of interest are
 * not tracked (only the top level's are). */
static int scan_container(scan *s) {
  if (++s->depth > 64) return 0;
  unsigned char close = *s->p == '[' ? ']' : '}';
  s->p++;
  skip_ws(s);
  if (s->p < s->end && *s->p == close) {
    s->p++;
    s->depth--;
    return 1;
  }
  for (;;) {
    if (close == '}') {
      const unsigned char *b;
      size_t bl;
      int esc;
      if (s->p >= s->end || *s->p != '"' || !scan_string(s, &b, &bl, &esc))
        return 0;
      skip_ws(s);
      if (s->p >= s->end || *s->p != ':') return 0;
      s->p++;
      skip_ws(s);
    }
    if (!scan_value(s)) return 0;
    skip_ws(s);
    if (s->p >= s->end) return 0;
    if (*s->p == close) {
      s->p++;
      s->depth--;
      return 1;
    }
    if (*s->p != ',') return 0;
    s->p++;
    skip_ws(s);
  }
}

static int scan_value(scan *s) {
  if (s->p >= s->end) return 0;
  const unsigned char *b;
  size_t bl;
  int esc;
  switch (*s->p) {
    case '"': return scan_string(s, &b, &bl, &esc);
    case '{': case '[': return scan_container(s);
    case 't': return scan_literal(s, "true", 4);
    case 'f': return scan_literal(s, "false", 5);
    case 'n': return scan_literal(s, "null", 4);
    default: return scan_number(s);
  }
}

/* The fields acta reads, in the order of the article's block. */
enum { F_ID, F_TEXT, F_DATE, F_PUB, F_URL, F_TITLE, F_PARSE, F_COUNT };

/* The field named kb[0, kl) (F_*), or -1 for one acta does not read: by
 * its length, then its bytes (speed29c: not a strlen of each name for each
 * key, 18 calls a record). */
static int field_of(const unsigned char *kb, size_t kl) {
  switch (kl) {
    case 2: return memcmp(kb, "id", 2) ? -1 : F_ID;
    case 3: return memcmp(kb, "url", 3) ? -1 : F_URL;
    case 4:
      if (!memcmp(kb, "text", 4)) return F_TEXT;
      return memcmp(kb, "date", 4) ? -1 : F_DATE;
    case 5:
      if (!memcmp(kb, "title", 5)) return F_TITLE;
      return memcmp(kb, "parse", 5) ? -1 : F_PARSE;
    case 9: return memcmp(kb, "publisher", 9) ? -1 : F_PUB;
    default: return -1;
  }
}

/* speed39b: the keys of the common record, "id", "text" and "date" with
 * their quotes, told at p (before end) by their bytes, without
 * scan_string()'s call and field_of(): F_ID (four bytes), F_TEXT or F_DATE
 * (six), or -1 for any other key (read by those two). */
static int common_key(const unsigned char *p, const unsigned char *end) {
  if (end - p < 6) return -1;
  if (!memcmp(p, "\"id\"", 4)) return F_ID;
  if (!memcmp(p, "\"text\"", 6)) return F_TEXT;
  if (!memcmp(p, "\"date\"", 6)) return F_DATE;
  return -1;
}

/* Reads a plain record; 1 when done (out and *owned set), 0 when the line
 * is for jansson.  The fields acta reads are decoded into one block as
 * they are scanned (scan_copy_string), the block as long as the line. */
static int parse_plain(const char *line, size_t len, acta_article *out,
                       char **owned) {
  scan s = {.p = (const unsigned char *)line,
            .end = (const unsigned char *)line + len,
            .begin = (const unsigned char *)line,
            .depth = 0};
  int kind[F_COUNT] = {0}; /* 0 absent, 1 string, 2 null, 3 other */
  char *str[F_COUNT] = {NULL};
  size_t slen[F_COUNT] = {0};
  skip_ws(&s);
  if (s.p >= s.end || *s.p != '{') return 0;
  s.p++;
  skip_ws(&s);
  if (s.p < s.end && *s.p == '}') return 0; /* no id: jansson's message */
  char *blk = malloc(len);
  if (!blk) return 0;
  char *o = blk;
  for (;;) {
    const unsigned char *kb;
    size_t kl;
    int kesc;
    int which = common_key(s.p, s.end);
    if (which >= 0) {
      s.p += which == F_ID ? 4 : 6;
    } else {
      if (s.p >= s.end || *s.p != '"' || !scan_string(&s, &kb, &kl, &kesc))
        goto jansson;
      if (kesc) goto jansson; /* "t\u0065xt" is "text" too: jansson decides */
      which = field_of(kb, kl);
    }
    skip_ws(&s);
    if (s.p >= s.end || *s.p != ':') goto jansson;
    s.p++;
    skip_ws(&s);
    if (s.p >= s.end) goto jansson;
    if (which >= 0 && *s.p == '"') {
      kind[which] = 1;
      str[which] = o;
      if (!scan_copy_string(&s, &o)) goto jansson;
      slen[which] = (size_t)(o - 1 - str[which]);
    } else {
      if (which >= 0) kind[which] = *s.p == 'n' ? 2 : 3;
      if (!scan_value(&s)) goto jansson;
    }
    skip_ws(&s);
    if (s.p >= s.end) goto jansson;
    if (*s.p == '}') break;
    if (*s.p != ',') goto jansson;
    s.p++;
    skip_ws(&s);
  }
  s.p++;
  skip_ws(&s);
  if (s.p != s.end) goto jansson;
  /* what jansson's path would accept without a message */
  if (kind[F_ID] != 1 || slen[F_ID] == 0 || kind[F_TEXT] != 1) goto jansson;
  if (kind[F_DATE] == 3) goto jansson;
  /* a field given twice is read as jansson reads it, the last value; one
   * given a string and then null or another value has none */
  for (int i = 0; i < F_COUNT; i++)
    if (kind[i] != 1) str[i] = NULL;
  if (str[F_DATE]) {
    size_t dl = slen[F_DATE];
    if (dl > 10 && iso_time_ok(str[F_DATE] + 10, dl - 10)) dl = 10;
    if (!acta_valid_date(str[F_DATE], dl)) goto jansson;
    str[F_DATE][dl] = '\0'; /* the date part of a timestamp */
  }
  memset(out, 0, sizeof *out);
  out->id = str[F_ID];
  out->text = str[F_TEXT];
  out->text_len = slen[F_TEXT];
  out->date = str[F_DATE];
  out->publisher = str[F_PUB];
  out->url = str[F_URL];
  out->title = str[F_TITLE];
  out->parse = str[F_PARSE];
  out->parse_len = str[F_PARSE] ? slen[F_PARSE] : 0;
  *owned = blk;
  return 1;
jansson:
  free(blk);
  return 0;
}

/* ---- jansson ------------------------------------------------------------- */

int acta_parse_jsonl_line(const char *line, size_t len, acta_article *out,
                          char **owned, char *err, size_t errlen) {
  return acta_parse_jsonl_record(line, len, NULL, out, owned, err, errlen);
}

static int parse_jansson(const char *line, size_t len,
                         const acta_jsonl_fields *f, acta_article *out,
                         char **owned, char *err, size_t errlen);

int acta_parse_jsonl_record(const char *line, size_t len,
                            const acta_jsonl_fields *f, acta_article *out,
                            char **owned, char *err, size_t errlen) {
  if (errlen) err[0] = '\0';
  if ((!f || (!f->id && !f->text && !f->date)) &&
      parse_plain(line, len, out, owned))
    return 0;
  return parse_jansson(line, len, f, out, owned, err, errlen);
}

int acta_parse_jsonl_plain(const char *line, size_t len, acta_article *out,
                           char **owned) {
  return parse_plain(line, len, out, owned);
}

void acta_record_free(char *owned) { free(owned); }

int acta_parse_jsonl_line_jansson(const char *line, size_t len,
                                  acta_article *out, char **owned, char *err,
                                  size_t errlen) {
  return parse_jansson(line, len, NULL, out, owned, err, errlen);
}

int acta_parse_jsonl_record_jansson(const char *line, size_t len,
                                    const acta_jsonl_fields *f, acta_article *out,
                                    char **owned, char *err, size_t errlen) {
  return parse_jansson(line, len, f, out, owned, err, errlen);
}

static int parse_jansson(const char *line, size_t len,
                         const acta_jsonl_fields *f, acta_article *out,
                         char **owned, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  *owned = NULL;
  if (errlen) err[0] = '\0';
  names nm = {f && f->id ? f->id : "id", f && f->text ? f->text : "text",
              f && f->date ? f->date : "date"};

  int bad_utf8;
  json_t *root = load(line, len, &nm, &bad_utf8, err, errlen);
  if (!root) return -1;
  int rc = -1;
  const char *id = NULL;
  size_t id_len = 0;
  if (!json_is_object(root)) {
    snprintf(err, errlen, "record is not a JSON object");
    goto done;
  }

  /* id: a string, or a number written in decimal; absent: the default. */
  char numid[64];
  json_t *v = json_object_get(root, nm.id);
  if ((!v || json_is_null(v)) && f && f->default_id) {
    id = f->default_id;
    id_len = strlen(id);
  } else if (!v || json_is_null(v)) {
    snprintf(err, errlen, "record has no \"%.64s\"", nm.id);
    goto done;
  } else if (json_is_string(v)) {
    id = json_string_value(v);
    id_len = json_string_length(v);
  } else if (json_is_integer(v)) {
    snprintf(numid, sizeof numid, "%" JSON_INTEGER_FORMAT,
             json_integer_value(v));
    id = numid;
    id_len = strlen(numid);
  } else if (json_is_real(v)) {
    double d = json_real_value(v);
    /* range first: converting a double outside long long is undefined */
    if (d > -9e15 && d < 9e15 && d == (double)(long long)d)
      snprintf(numid, sizeof numid, "%lld", (long long)d);
    else
      snprintf(numid, sizeof numid, "%.17g", d);
    id = numid;
    id_len = strlen(numid);
  } else {
    snprintf(err, errlen, "\"%.64s\" is not a string or a number", nm.id);
    goto done;
  }
  if (id_len == 0) {
    snprintf(err, errlen, "\"%.64s\" is empty", nm.id);
    goto done;
  }
  if (memchr(id, '\0', id_len)) {
    id = NULL; /* not usable, even in the error */
    if (!bad_utf8) snprintf(err, errlen, "\"%.64s\" contains a NUL character", nm.id);
    goto done;
  }
  if (bad_utf8) goto done; /* err says which field */

  v = json_object_get(root, nm.text);
  if (!v || json_is_null(v)) {
    snprintf(err, errlen, "record has no \"%.64s\"", nm.text);
    goto done;
  }
  if (!json_is_string(v)) {
    snprintf(err, errlen, "\"%.64s\" is not a string", nm.text);
    goto done;
  }
  const char *text = json_string_value(v);
  size_t text_len = json_string_length(v);
  if (memchr(text, '\0', text_len)) {
    snprintf(err, errlen, "\"%.64s\" contains a NUL character (\\u0000)", nm.text);
    goto done;
  }

  /* date: YYYY-MM-DD, or an ISO timestamp whose date part is kept. */
  const char *date = NULL;
  size_t date_len = 0;
  v = json_object_get(root, nm.date);
  if (v && !json_is_null(v)) {
    if (!json_is_string(v)) {
      snprintf(err, errlen, "\"%.64s\" is not a string", nm.date);
      goto done;
    }
    date = json_string_value(v);
    date_len = json_string_length(v);
    if (date_len > 10 && iso_time_ok(date + 10, date_len - 10)) date_len = 10;
    if (!acta_valid_date(date, date_len)) {
      char shown[40];
      size_t n = json_string_length(v) < 32 ? json_string_length(v) : 32;
      /* do not cut a UTF-8 sequence: the message must stay valid UTF-8 */
      if (n < json_string_length(v))
        while (n > 0 && ((unsigned char)json_string_value(v)[n] & 0xC0) == 0x80)
          n--;
      memcpy(shown, json_string_value(v), n);
      shown[n] = '\0';
      for (size_t i = 0; i < n; i++)
        if ((unsigned char)shown[i] < 0x20 || shown[i] == '"') shown[i] = '?';
      snprintf(err, errlen, "\"%.64s\" is not a YYYY-MM-DD date: \"%s%s\"",
               nm.date, shown, json_string_length(v) > 32 ? "..." : "");
      goto done;
    }
  }

  size_t pub_len = 0, url_len = 0, title_len = 0;
  const char *pub = opt_string(root, "publisher", &pub_len);
  const char *url = opt_string(root, "url", &url_len);
  const char *title = opt_string(root, "title", &title_len);
  size_t parse_len = 0;
  const char *parse = opt_string(root, "parse", &parse_len);

  /* One block: id, text, date, publisher, url, title, each NUL-ended. */
  size_t total = id_len + 1 + text_len + 1 + (date ? date_len + 1 : 0) +
                 (pub ? pub_len + 1 : 0) + (url ? url_len + 1 : 0) +
                 (title ? title_len + 1 : 0) + (parse ? parse_len + 1 : 0);
  char *blk = malloc(total);
  if (!blk) {
    snprintf(err, errlen, "out of memory");
    goto done;
  }
  char *p = blk;
#define COPY(dst, src, n)     \
  do {                        \
    memcpy(p, (src), (n));    \
    p[(n)] = '\0';            \
    (dst) = p;                \
    p += (n) + 1;             \
  } while (0)
  COPY(out->id, id, id_len);
  COPY(out->text, text, text_len);
  out->text_len = text_len;
  if (date) COPY(out->date, date, date_len);
  if (pub) COPY(out->publisher, pub, pub_len);
  if (url) COPY(out->url, url, url_len);
  if (title) COPY(out->title, title, title_len);
  if (parse) {
    COPY(out->parse, parse, parse_len);
    out->parse_len = parse_len;
  }
#undef COPY
  *owned = blk;
  rc = 0;

done:
  if (rc != 0) {
    memset(out, 0, sizeof *out);
    if (id && id_len) { /* give the caller the id for its error record */
      char *blk = malloc(id_len + 1);
      if (blk) {
        memcpy(blk, id, id_len);
        blk[id_len] = '\0';
        out->id = blk;
        *owned = blk;
      }
    }
  }
  json_decref(root);
  return rc;
}
