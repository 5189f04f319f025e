/* SPDX-License-Identifier: MIT */
/* test_buf.c: unit tests for src/buf.c (growable buffer, JSON and TSV
 * escaping). */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "strmap.h"

static acta_buf b;

static void setup(void) { acta_buf_init(&b); }
static void teardown(void) { acta_buf_free(&b); }

TestSuite(buf, .init = setup, .fini = teardown);

/* JSON-escapes s[0..n) into a fresh buffer state and returns the C string. */
static const char *json(const char *s, size_t n) {
  acta_buf_clear(&b);
  acta_buf_json_string(&b, s, n);
  return acta_buf_cstr(&b);
}
#define JSON(lit) json(lit, sizeof(lit) - 1)

static const char *tsv(const char *s, size_t n) {
  acta_buf_clear(&b);
  acta_buf_tsv_cell(&b, s, n);
  return acta_buf_cstr(&b);
}
#define TSV(lit) tsv(lit, sizeof(lit) - 1)

/* ---- basic buffer operations ------------------------------------------ */

Test(buf, init_is_empty) {
  cr_assert_eq(b.len, 0);
  cr_assert_str_eq(acta_buf_cstr(&b), "");
  cr_assert_eq(b.len, 0, "cstr must not count the NUL");
}

Test(buf, put_puts_putc) {
  acta_buf_put(&b, "abc", 3);
  acta_buf_put(&b, "zzz", 0);
  acta_buf_puts(&b, "def");
  acta_buf_putc(&b, 'g');
  cr_assert_eq(b.len, 7);
  cr_assert_str_eq(acta_buf_cstr(&b), "abcdefg");
}

Test(buf, put_binary_with_nul) {
  acta_buf_put(&b, "a\0b", 3);
  cr_assert_eq(b.len, 3);
  cr_assert_eq(memcmp(b.data, "a\0b", 3), 0);
}

Test(buf, clear_keeps_memory) {
  acta_buf_puts(&b, "hello world");
  size_t cap = b.cap;
  char *data = b.data;
  acta_buf_clear(&b);
  cr_assert_eq(b.len, 0);
  cr_assert_eq(b.cap, cap);
  cr_assert_eq(b.data, data);
  acta_buf_puts(&b, "x");
  cr_assert_str_eq(acta_buf_cstr(&b), "x");
}

Test(buf, free_resets) {
  acta_buf_puts(&b, "hello");
  acta_buf_free(&b);
  cr_assert_null(b.data);
  cr_assert_eq(b.len, 0);
  cr_assert_eq(b.cap, 0);
  acta_buf_puts(&b, "again"); /* usable after free */
  cr_assert_str_eq(acta_buf_cstr(&b), "again");
}

Test(buf, reserve_guarantees_room) {
  acta_buf_reserve(&b, 1000);
  cr_assert_geq(b.cap, 1001);
  char *data = b.data;
  for (int i = 0; i < 1000; i++) acta_buf_putc(&b, 'x');
  cr_assert_eq(b.data, data, "no realloc within reserved room");
  cr_assert_eq(b.len, 1000);
}

Test(buf, growth_many_appends) {
  for (int i = 0; i < 100000; i++) acta_buf_putc(&b, (char)('a' + i % 26));
  cr_assert_eq(b.len, 100000);
  cr_assert_gt(b.cap, b.len);
  for (int i = 0; i < 100000; i += 9973)
    cr_assert_eq(b.data[i], (char)('a' + i % 26));
}

/* ---- printf ------------------------------------------------------------- */

Test(buf, printf_short) {
  acta_buf_printf(&b, "%d-%s-%.2f", 42, "x", 1.5);
  cr_assert_str_eq(acta_buf_cstr(&b), "42-x-1.50");
}

Test(buf, printf_appends) {
  acta_buf_puts(&b, "a=");
  acta_buf_printf(&b, "%d", 1);
  acta_buf_printf(&b, ",b=%d", 2);
  cr_assert_str_eq(acta_buf_cstr(&b), "a=1,b=2");
}

Test(buf, printf_longer_than_stack_buffer) {
  /* longer than buf.c's 256-byte scratch: takes the second vsnprintf path */
  char big[5000];
  memset(big, 'q', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  acta_buf_puts(&b, "<");
  acta_buf_printf(&b, "[%s]%d", big, 7);
  cr_assert_eq(b.len, 1 + 1 + 4999 + 1 + 1);
  const char *s = acta_buf_cstr(&b);
  cr_assert_eq(s[0], '<');
  cr_assert_eq(s[1], '[');
  cr_assert_eq(s[2 + 4999], ']');
  cr_assert_str_eq(s + 2 + 4999, "]7");
  for (size_t i = 2; i < 2 + 4999; i++) cr_assert_eq(s[i], 'q');
}

Test(buf, printf_boundary_sizes) {
  /* exactly around the 256-byte scratch size */
  for (int n = 250; n <= 260; n++) {
    acta_buf_clear(&b);
    acta_buf_printf(&b, "%*s", n, "z");
    cr_assert_eq(b.len, (size_t)n, "width %d", n);
    cr_assert_eq(b.data[n - 1], 'z');
    cr_assert_eq(acta_buf_cstr(&b)[n], '\0');
  }
}

Test(buf, printf_empty) {
  acta_buf_printf(&b, "%s", "");
  cr_assert_eq(b.len, 0);
  cr_assert_str_eq(acta_buf_cstr(&b), "");
}

/* ---- JSON strings ------------------------------------------------------- */

Test(buf, json_plain) {
  cr_assert_str_eq(JSON("hello"), "\"hello\"");
  cr_assert_str_eq(JSON(""), "\"\"");
}

Test(buf, json_quotes_and_backslash) {
  cr_assert_str_eq(JSON("say \"hi\""), "\"say \\\"hi\\\"\"");
  cr_assert_str_eq(JSON("a\\b"), "\"a\\\\b\"");
  cr_assert_str_eq(JSON("/"), "\"/\"");
}

Test(buf, json_named_control_escapes) {
  cr_assert_str_eq(JSON("a\nb\tc\rd"), "\"a\\nb\\tc\\rd\"");
}

Test(buf, json_other_control_chars) {
  cr_assert_str_eq(JSON("\x01"), "\"\\u0001\"");
  cr_assert_str_eq(JSON("\x1f"), "\"\\u001f\"");
  cr_assert_str_eq(JSON("\x08\x0c"), "\"\\u0008\\u000c\"");
  cr_assert_str_eq(JSON("\x7f"), "\"\\u007f\"");
}

Test(buf, json_embedded_nul) {
  cr_assert_str_eq(JSON("a\0b"), "\"a\\u0000b\"");
}

Test(buf, json_uses_length_not_nul) {
  cr_assert_str_eq(json("abcdef", 3), "\"abc\"");
}

Test(buf, json_valid_utf8_passes_through) {
  cr_assert_str_eq(JSON("C\xc3\xb4te"), "\"C\xc3\xb4te\"");           /* ô */
  cr_assert_str_eq(JSON("\xe2\x80\x9cq\xe2\x80\x9d"),
                   "\"\xe2\x80\x9cq\xe2\x80\x9d\"");                  /* “q” */
  cr_assert_str_eq(JSON("\xf0\x9f\x98\x80"), "\"\xf0\x9f\x98\x80\""); /* U+1F600 */
  cr_assert_str_eq(JSON("\xf4\x8f\xbf\xbf"), "\"\xf4\x8f\xbf\xbf\""); /* U+10FFFF */
  cr_assert_str_eq(JSON("\xc2\x80"), "\"\xc2\x80\"");                 /* U+0080 */
}

#define FFFD "\xef\xbf\xbd"

Test(buf, json_invalid_utf8_lone_bytes) {
  cr_assert_str_eq(JSON("a\xff" "b"), "\"a" FFFD "b\"");
  cr_assert_str_eq(JSON("\x80"), "\"" FFFD "\"");       /* stray continuation */
  cr_assert_str_eq(JSON("\xfe\xfe"), "\"" FFFD FFFD "\"");
}

Test(buf, json_invalid_utf8_truncated) {
  /* a lead byte cut off by the end of the string */
  cr_assert_str_eq(JSON("x\xc3"), "\"x" FFFD "\"");
  /* 3-byte lead followed by only one continuation: lead and continuation
   * each become U+FFFD, then plain ASCII resumes */
  cr_assert_str_eq(JSON("\xe2\x80z"), "\"" FFFD FFFD "z\"");
  /* a multibyte sequence that spans the given length is invalid */
  cr_assert_str_eq(json("\xc3\xb4", 1), "\"" FFFD "\"");
}

Test(buf, json_invalid_utf8_overlong_and_surrogates) {
  cr_assert_str_eq(JSON("\xc0\xaf"), "\"" FFFD FFFD "\"");         /* overlong '/' */
  cr_assert_str_eq(JSON("\xe0\x80\xaf"), "\"" FFFD FFFD FFFD "\""); /* overlong */
  cr_assert_str_eq(JSON("\xed\xa0\x80"), "\"" FFFD FFFD FFFD "\""); /* U+D800 */
  cr_assert_str_eq(JSON("\xf4\x90\x80\x80"),
                   "\"" FFFD FFFD FFFD FFFD "\"");                 /* > U+10FFFF */
}

Test(buf, json_invalid_then_valid) {
  cr_assert_str_eq(JSON("\xff\xc3\xb4"), "\"" FFFD "\xc3\xb4\"");
}

Test(buf, json_output_is_valid_utf8_for_all_bytes) {
  /* every single byte value yields output with no raw control chars and no
   * bytes >= 0xF5 / 0xC0 / 0xC1 */
  for (int c = 0; c < 256; c++) {
    char in[1] = {(char)c};
    acta_buf_clear(&b);
    acta_buf_json_string(&b, in, 1);
    for (size_t i = 0; i < b.len; i++) {
      unsigned char o = (unsigned char)b.data[i];
      cr_assert_geq(o, 0x20, "byte 0x%02x -> raw control char", c);
      cr_assert_neq(o, 0x7f, "byte 0x%02x -> raw DEL", c);
      cr_assert(o < 0xf5 && o != 0xc0 && o != 0xc1,
                "byte 0x%02x -> invalid UTF-8 byte 0x%02x", c, o);
    }
    cr_assert_eq(b.data[0], '"');
    cr_assert_eq(b.data[b.len - 1], '"');
  }
}

Test(buf, json_appends_after_existing_content) {
  acta_buf_puts(&b, "{\"k\":");
  acta_buf_json_string(&b, "v", 1);
  acta_buf_putc(&b, '}');
  cr_assert_str_eq(acta_buf_cstr(&b), "{\"k\":\"v\"}");
}

Test(buf, json_long_string_grows) {
  size_t n = 100000;
  char *s = malloc(n);
  cr_assert_not_null(s);
  for (size_t i = 0; i < n; i++) s[i] = (i % 100 == 0) ? '"' : 'a';
  acta_buf_json_string(&b, s, n);
  cr_assert_eq(b.len, n + n / 100 + 2);
  free(s);
}

/* ---- TSV cells ---------------------------------------------------------- */

Test(buf, tsv_plain) {
  cr_assert_str_eq(TSV("Iranian police"), "Iranian police");
  cr_assert_str_eq(TSV(""), "");
}

Test(buf, tsv_tabs_newlines_crs_become_spaces) {
  cr_assert_str_eq(TSV("a\tb\nc\rd"), "a b c d");
  cr_assert_str_eq(TSV("\r\n"), "  ");
}

Test(buf, tsv_keeps_other_bytes) {
  cr_assert_str_eq(TSV("\\ C\xc3\xb4te 'single'"), "\\ C\xc3\xb4te 'single'");
}

/* A cell holding a double quote is quoted whole, inner quotes doubled: a
 * bare quote made SQLite's .import join rows. */
Test(buf, tsv_quote_quotes_the_cell) {
  cr_assert_str_eq(TSV("\"quoted\" word"), "\"\"\"quoted\"\" word\"");
  cr_assert_str_eq(TSV("a \" b"), "\"a \"\" b\"");
  cr_assert_str_eq(TSV("\""), "\"\"\"\"");
}

/* Other control characters, DEL, NEL and the line and paragraph separators
 * would split a row for some reader: each becomes one space. */
Test(buf, tsv_controls_and_line_separators_become_spaces) {
  cr_assert_str_eq(TSV("a\x01" "b\x1f" "c\x7f" "d\x0b" "e"), "a b c d e");
  cr_assert_str_eq(TSV("x\xe2\x80\xa8y\xe2\x80\xa9z\xc2\x85w"), "x y z w");
  /* other characters from the same blocks stay */
  cr_assert_str_eq(TSV("\xe2\x80\x94 \xc2\xa0"), "\xe2\x80\x94 \xc2\xa0");
}

Test(buf, tsv_uses_length) {
  cr_assert_str_eq(tsv("abc\tdef", 4), "abc ");
}

Test(buf, tsv_appends_row) {
  acta_buf_tsv_cell(&b, "a\tb", 3);
  acta_buf_putc(&b, '\t');
  acta_buf_tsv_cell(&b, "c\nd", 3);
  acta_buf_putc(&b, '\n');
  cr_assert_str_eq(acta_buf_cstr(&b), "a b\tc d\n");
}

/* ---- regressions -------------------------------------------------------- */

/* A size that does not fit size_t is out of memory: abort, not a wrapped
 * (too small) allocation followed by an overflowing copy. */
Test(buf, reserve_size_overflow_aborts, .signal = SIGABRT) {
  acta_buf_put(&b, "abc", 3);
  acta_buf_reserve(&b, SIZE_MAX - 1);
}

Test(buf, reserve_size_overflow_aborts_on_empty, .signal = SIGABRT) {
  acta_buf_reserve(&b, SIZE_MAX);
}

/* strmap.c: pool offsets are 32-bit; a string that would push them past
 * 4 GiB must stop the program, not hand out a wrapped offset. */
Test(strmap, pool_offset_overflow_aborts, .signal = SIGABRT) {
  acta_pool p;
  acta_pool_init(&p);
  acta_pool_add(&p, "x", 1);
  static const char dummy[1];
  acta_pool_add(&p, dummy, (size_t)UINT32_MAX); /* aborts before reading */
}

/* UINT64_MAX marks an empty slot: as a key it was silently counted and
 * never found again. */
Test(strmap, u64map_reserved_key_aborts, .signal = SIGABRT) {
  acta_u64map m;
  acta_u64map_init(&m);
  acta_u64map_put(&m, UINT64_MAX, 1);
}

Test(strmap, u64map_and_intern_basics) {
  acta_u64map m;
  acta_u64map_init(&m);
  for (uint64_t k = 0; k < 5000; k++) acta_u64map_put(&m, k * 7919u, (uint32_t)k);
  for (uint64_t k = 0; k < 5000; k++) {
    uint32_t v;
    cr_assert(acta_u64map_get(&m, k * 7919u, &v));
    cr_assert_eq(v, (uint32_t)k);
  }
  cr_assert_eq(m.count, 5000);
  acta_u64map_free(&m);
  acta_intern t;
  acta_intern_init(&t);
  char w[16];
  for (int i = 0; i < 3000; i++) {
    int n = snprintf(w, sizeof w, "w%d", i);
    cr_assert_eq(acta_intern_add(&t, w, (size_t)n), (uint32_t)i);
  }
  cr_assert_eq(acta_intern_find(&t, "w2999", 5), 2999u);
  cr_assert_eq(acta_intern_find(&t, "nope", 4), ACTA_NO_WORD);
  cr_assert_str_eq(acta_intern_str(&t, 17), "w17");
  acta_intern_free(&t);
}

/* speed12: acta_buf_put_g15 and acta_buf_put_f5 write what printf's
 * "%.15g" and "%.5f" write, on the fast paths, on the ties and values
 * they hand to printf, and on a run of pseudo-random values. */
static void same_as_printf(double v) {
  acta_buf want;
  acta_buf_init(&want);
  acta_buf_clear(&b);
  acta_buf_put_g15(&b, v);
  acta_buf_putc(&b, '|');
  acta_buf_put_f5(&b, v);
  acta_buf_printf(&want, "%.15g|%.5f", v, v);
  cr_assert_str_eq(acta_buf_cstr(&b), acta_buf_cstr(&want), "value %.17g", v);
  acta_buf_free(&want);
}

Test(buf, numbers_as_printf_writes_them) {
  const double fixed[] = {0.0, -0.0, 1.0, -7.0, 42.0, 1e15, -1e15, 999999999999999.0,
                          0.5, 2.5, 0.000005, -0.000005, 0.000015, 0.0000049, -0.0000049,
                          179.999995, -179.999995, 12.345675, 40.71278, -74.00597,
                          999.999995, 1000.5, 1e300, -1e-300};
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) same_as_printf(fixed[i]);
  uint64_t s = 88172645463325252ULL;
  for (int i = 0; i < 200000; i++) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    double v = i % 3 == 0 ? ((double)(s % 36000000001ULL) - 18000000000.0) / 1e8
               : i % 3 == 1 ? ((double)(s % 3600001ULL) - 1800000.0) / 1e4 + ((double)(s % 3) - 1) * 5e-6
                            : (double)(int64_t)(s % 2000000000001ULL) - 1e12;
    same_as_printf(v);
  }
}
