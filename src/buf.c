/* SPDX-License-Identifier: MIT */
/* buf.c: growable byte buffer, JSON and TSV escaping, path joining. */
#include "buf.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void acta_buf_init(acta_buf *b) { b->data = NULL; b->len = b->cap = 0; }

void acta_buf_free(acta_buf *b) {
  free(b->data);
  acta_buf_init(b);
}

void acta_buf_clear(acta_buf *b) { b->len = 0; }

void acta_buf_grow(acta_buf *b, size_t extra) {
  /* a size that cannot be represented is out of memory, not a wrap-around
   * to a small buffer (nor an endless doubling loop) */
  if (extra > SIZE_MAX - 1 - b->len) abort();
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < need) {
    if (cap > SIZE_MAX / 2) { cap = need; break; }
    cap *= 2;
  }
  char *p = realloc(b->data, cap);
  if (!p) abort();
  b->data = p;
  b->cap = cap;
}

void acta_buf_put_long(acta_buf *b, long v) {
  char tmp[24];
  size_t n = 0;
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do {
    tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) tmp[sizeof tmp - 1 - n++] = '-';
  acta_buf_put(b, tmp + sizeof tmp - n, n);
}

void acta_buf_put_g15(acta_buf *b, double v) {
  /* a whole number of at most 15 digits: "%.15g" writes its digits, no
   * point, no exponent; -0.0 ("-0") goes to printf */
  if (v > -1e15 && v < 1e15 && v == (double)(long long)v && (v != 0 || !signbit(v))) {
    acta_buf_put_long(b, (long)(long long)v);
    return;
  }
  acta_buf_printf(b, "%.15g", v);
}

void acta_buf_put_f5(acta_buf *b, double v) {
  /* x = |v| * 10^5 is within 1e-8 of the exact product for |v| < 1000
   * (10^5 is exact, one rounding): its rounding to a whole number is the
   * exact one unless the fraction is near a half, which printf decides */
  double a = fabs(v), x = a * 1e5;
  if (a < 1000) {
    double fl = floor(x), fr = x - fl;
    if (fabs(fr - 0.5) > 1e-6) {
      unsigned long long r = (unsigned long long)fl + (fr > 0.5);
      char tmp[32];
      size_t n = 0;
      for (int k = 0; k < 5; k++, r /= 10) tmp[sizeof tmp - 1 - n++] = (char)('0' + r % 10);
      tmp[sizeof tmp - 1 - n++] = '.';
      do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + r % 10);
        r /= 10;
      } while (r);
      if (signbit(v)) tmp[sizeof tmp - 1 - n++] = '-';
      acta_buf_put(b, tmp + sizeof tmp - n, n);
      return;
    }
  }
  acta_buf_printf(b, "%.5f", v);
}

void acta_buf_printf(acta_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[256];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    acta_buf_put(b, tmp, (size_t)n);
    return;
  }
  acta_buf_reserve(b, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

size_t acta_utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t len;
  unsigned min;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
  else return 0;
  if (n < len) return 0;
  unsigned cp = c & (0x3F >> (len - 1));
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void acta_buf_json_string(acta_buf *b, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  acta_buf_reserve(b, n + 2);
  acta_buf_putc(b, '"');
  size_t i = 0;
  while (i < n) {
    /* a run of bytes that stand for themselves */
    size_t r = i;
    /* eight at a time while none is a control byte, DEL, a quote, a
     * backslash or outside ASCII (a zero byte of x ^ c marks c); with
     * SSE2, first sixteen at a time up to the first such byte (as signed
     * bytes, the control bytes and those outside ASCII are both below
     * 0x20: speed25b) */
    int other = 0; /* such a byte found at r */
#if defined(__SSE2__)
    while (n - r >= 16) {
      __m128i v = _mm_loadu_si128((const void *)(u + r));
      __m128i o = _mm_or_si128(
          _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
      unsigned m = (unsigned)_mm_movemask_epi8(o);
      if (m) {
        r += (size_t)__builtin_ctz(m);
        other = 1;
        break;
      }
      r += 16;
    }
#endif
    while (!other && n - r >= 8) {
      uint64_t x;
      memcpy(&x, u + r, 8);
      const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
      uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\'), del = x ^ (ones * 0x7F);
      if (((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs) |
            ((del - ones) & ~del)) & high) != 0)
        break;
      r += 8;
    }
    while (r < n && u[r] >= 0x20 && u[r] < 0x7F && u[r] != '"' && u[r] != '\\')
      r++;
    acta_buf_put(b, s + i, r - i);
    i = r;
    if (i >= n) break;
    unsigned c = u[i];
    if (c == '"' || c == '\\') {
      acta_buf_putc(b, '\\');
      acta_buf_putc(b, (char)c);
      i++;
    } else if (c < 0x20 || c == 0x7F) {
      switch (c) {
        case '\n': acta_buf_puts(b, "\\n"); break;
        case '\t': acta_buf_puts(b, "\\t"); break;
        case '\r': acta_buf_puts(b, "\\r"); break;
        default: acta_buf_printf(b, "\\u%04x", c); break;
      }
      i++;
    } else {
      size_t l = acta_utf8_seq(u + i, n - i);
      if (l == 0) {
        acta_buf_puts(b, "\xEF\xBF\xBD");
        i++;
      } else if (l == 3 && c == 0xE2 && u[i + 1] == 0x80 &&
                 (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
        /* U+2028, U+2029: valid in JSON strings, but line breaks to
         * JavaScript and to tools that split lines on them */
        acta_buf_puts(b, u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
        i += 3;
      } else {
        acta_buf_put(b, s + i, l);
        i += l;
      }
    }
  }
  acta_buf_putc(b, '"');
}

/* Width of a character that cannot stand in a TSV cell at s: a C0 control
 * (tab, newline, CR, vertical tab ...), DEL, NEL (U+0085) and the line and
 * paragraph separators U+2028/U+2029, which split lines for some readers.
 * 0: the byte stands for itself. */
static size_t tsv_breaker(const unsigned char *s, size_t n) {
  if (s[0] < 0x20 || s[0] == 0x7F) return 1;
  if (s[0] == 0xC2 && n >= 2 && s[1] == 0x85) return 2;
  if (s[0] == 0xE2 && n >= 3 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
    return 3;
  return 0;
}

void acta_buf_tsv_cell(acta_buf *b, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  if (!n) return;
  int quote = memchr(s, '"', n) != NULL;
  acta_buf_reserve(b, n + 2);
  if (quote) acta_buf_putc(b, '"');
  for (size_t i = 0; i < n;) {
    size_t w = tsv_breaker(u + i, n - i);
    if (w) {
      acta_buf_putc(b, ' ');
      i += w;
      continue;
    }
    if (u[i] == '"') acta_buf_putc(b, '"');
    acta_buf_putc(b, s[i++]);
  }
  if (quote) acta_buf_putc(b, '"');
}

const char *acta_buf_cstr(acta_buf *b) {
  acta_buf_reserve(b, 1);
  b->data[b->len] = '\0';
  return b->data;
}

char *acta_path_join(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  char *p = malloc(dl + nl + 2);
  if (!p) abort();
  memcpy(p, dir, dl);
  p[dl] = '/';
  memcpy(p + dl + 1, name, nl + 1);
  return p;
}
