/* SPDX-License-Identifier: MIT */
/* input_jsonl.c: one JSON-lines record -> acta_article (with jansson). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"


int acta_valid_date(const char *s, size_t n) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return 0;
  }
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
          (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return 0;
  if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
    return 0;
  return 1;
}

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

static const char *const known_fields[] = {"id",  "text", "date", "publisher",
                                           "url", "title"};

/* The first known field whose string value holds a NUL, or NULL. */
static const char *field_with_nul(json_t *root) {
  for (size_t i = 0; i < sizeof known_fields / sizeof *known_fields; i++) {
    json_t *v = json_object_get(root, known_fields[i]);
    if (json_is_string(v) &&
        memchr(json_string_value(v), '\0', json_string_length(v)))
      return known_fields[i];
  }
  return NULL;
}

/* Parses the line.  Returns the root, or NULL with err set.  When a known
 * field is not valid UTF-8, returns the root parsed with the bad bytes
 * escaped (so the id can still be read), with *bad_utf8 = 1 and err set. */
static json_t *load(const char *line, size_t len, int *bad_utf8, char *err,
                    size_t errlen) {
  json_error_t je;
  *bad_utf8 = 0;
  json_t *root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
  if (root) return root;
  if (json_error_code(&je) != json_error_invalid_utf8) {
    snprintf(err, errlen, "line is not JSON: %s at column %d", je.text,
             je.column);
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
  const char *field = field_with_nul(root);
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
  memset(out, 0, sizeof *out);
  *owned = NULL;
  if (errlen) err[0] = '\0';

  int bad_utf8;
  json_t *root = load(line, len, &bad_utf8, err, errlen);
  if (!root) return -1;
  int rc = -1;
  const char *id = NULL;
  size_t id_len = 0;
  if (!json_is_object(root)) {
    snprintf(err, errlen, "record is not a JSON object");
    goto done;
  }

  /* id: a string, or a number written in decimal. */
  char numid[64];
  json_t *v = json_object_get(root, "id");
  if (!v || json_is_null(v)) {
    snprintf(err, errlen, "record has no \"id\"");
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
    snprintf(err, errlen, "\"id\" is not a string or a number");
    goto done;
  }
  if (id_len == 0) {
    snprintf(err, errlen, "\"id\" is empty");
    goto done;
  }
  if (memchr(id, '\0', id_len)) {
    id = NULL; /* not usable, even in the error */
    if (!bad_utf8) snprintf(err, errlen, "\"id\" contains a NUL character");
    goto done;
  }
  if (bad_utf8) goto done; /* err says which field */

  v = json_object_get(root, "text");
  if (!v || json_is_null(v)) {
    snprintf(err, errlen, "record has no \"text\"");
    goto done;
  }
  if (!json_is_string(v)) {
    snprintf(err, errlen, "\"text\" is not a string");
    goto done;
  }
  const char *text = json_string_value(v);
  size_t text_len = json_string_length(v);
  if (memchr(text, '\0', text_len)) {
    snprintf(err, errlen, "\"text\" contains a NUL character (\\u0000)");
    goto done;
  }

  /* date: YYYY-MM-DD, or an ISO timestamp whose date part is kept. */
  const char *date = NULL;
  size_t date_len = 0;
  v = json_object_get(root, "date");
  if (v && !json_is_null(v)) {
    if (!json_is_string(v)) {
      snprintf(err, errlen, "\"date\" is not a string");
      goto done;
    }
    date = json_string_value(v);
    date_len = json_string_length(v);
    if (date_len > 10 && (date[10] == 'T' || date[10] == ' ')) date_len = 10;
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
      snprintf(err, errlen, "\"date\" is not a YYYY-MM-DD date: \"%s%s\"",
               shown, json_string_length(v) > 32 ? "..." : "");
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
