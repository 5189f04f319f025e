/* SPDX-License-Identifier: MIT */
/* input_jsonl.c: one JSON-lines record -> acta_article (with jansson): the
 * id, text and date under their default or chosen field names, an id made
 * from file and line when the record has none, a date or ISO timestamp
 * checked to be a real day. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int acta_parse_jsonl_line(const char *line, size_t len, acta_article *out,
                          char **owned, char *err, size_t errlen) {
  return acta_parse_jsonl_record(line, len, NULL, out, owned, err, errlen);
}

int acta_parse_jsonl_record(const char *line, size_t len,
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
