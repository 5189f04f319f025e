/* SPDX-License-Identifier: MIT */
/* buf.h: growable byte buffer used for rendering output and scratch text. */
#ifndef ACTA_BUF_H
#define ACTA_BUF_H
#include <stddef.h>
#include <string.h>

/* Grows array arr (capacity cap, in elements) so that index n fits:
 * doubling, at least 64; out of memory aborts.  Needs <stdlib.h>. */
#define ACTA_GROW(arr, n, cap)                                       \
  do {                                                               \
    if ((n) >= (cap)) {                                              \
      size_t nc_ = (cap) ? (cap) * 2 : 64;                           \
      while (nc_ <= (n)) nc_ *= 2;                                   \
      void *p_ = realloc((arr), nc_ * sizeof *(arr));                \
      if (!p_) abort();                                              \
      (arr) = p_;                                                    \
      (cap) = nc_;                                                   \
    }                                                                \
  } while (0)

typedef struct acta_buf {
  char *data;
  size_t len, cap;
} acta_buf;

void acta_buf_init(acta_buf *b);
void acta_buf_free(acta_buf *b);
void acta_buf_clear(acta_buf *b);              /* len = 0, keeps memory */
/* Makes room for extra more bytes (and a NUL after them). */
void acta_buf_grow(acta_buf *b, size_t extra);
static inline void acta_buf_reserve(acta_buf *b, size_t extra) {
  if (extra < b->cap - b->len) return; /* room for extra bytes and a NUL */
  acta_buf_grow(b, extra);
}
static inline void acta_buf_put(acta_buf *b, const char *s, size_t n) {
  if (!n) return;
  acta_buf_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}
static inline void acta_buf_puts(acta_buf *b, const char *s) {
  acta_buf_put(b, s, strlen(s));
}
static inline void acta_buf_putc(acta_buf *b, char c) {
  acta_buf_reserve(b, 1);
  b->data[b->len++] = c;
}
/* Copies the C string src into dst[cap] (cap > 0), cut to cap - 1 bytes
 * and NUL-terminated: snprintf(dst, cap, "%s", src) without the format
 * machinery (a hot path copies actor codes this way). */
static inline void acta_copy_str(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap) n = cap - 1;
  memmove(dst, src, n);
  dst[n] = '\0';
}
/* Appends v in decimal. */
void acta_buf_put_long(acta_buf *b, long v);
/* speed12: v as printf's "%.15g" writes it (a figure's value), and v as
 * "%.5f" writes it (a latitude or longitude): the same bytes, without the
 * format machinery for the usual values (a whole number below 10^15; a
 * fixed-point value whose sixth decimal is no tie); printf for the rest. */
void acta_buf_put_g15(acta_buf *b, double v);
void acta_buf_put_f5(acta_buf *b, double v);
void acta_buf_printf(acta_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s[0..n) as a JSON string literal, quotes included; invalid UTF-8
 * bytes become U+FFFD; control characters, DEL and the line and paragraph
 * separators U+2028 and U+2029 are escaped. */
void acta_buf_json_string(acta_buf *b, const char *s, size_t n);
/* Appends s[0..n) as one whole TSV cell: control characters (tab, newline,
 * CR, vertical tab ...), DEL, NEL and U+2028/U+2029 become spaces; a cell
 * holding a double quote is quoted ("...", inner quotes doubled, as in
 * RFC 4180), so that SQLite's .import, Python's csv and R read it back
 * exactly.  Call it once per cell, never on part of one. */
void acta_buf_tsv_cell(acta_buf *b, const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if it is
 * invalid (overlong, surrogate, past U+10FFFF, truncated). */
size_t acta_utf8_seq(const unsigned char *s, size_t n);
/* NUL-terminates (without counting the NUL in len) and returns data. */
const char *acta_buf_cstr(acta_buf *b);
/* "dir/name" in malloc'd memory, never cut short whatever the lengths
 * (a file of a data directory); out of memory aborts. */
char *acta_path_join(const char *dir, const char *name);

#endif
