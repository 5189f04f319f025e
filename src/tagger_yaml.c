/* SPDX-License-Identifier: MIT */
/* tagger_yaml.c: reads one line of the YAML subset that Lingua::EN::Tagger's
 * model files (words.yml, tags.yml) are written in: a key, plain or double
 * quoted, mapped to a one-line flow map of names and non-negative numbers
 *
 *     "'s": { vbz: 1489, nnp: 11, pos: 10023 }
 *     det: { jj: 0.216346, nn: 0.465, ls: 6.7891e-05 }
 *
 * and nothing else of YAML (no escapes, no nesting, no multi-line values):
 * a line outside the subset is refused, never guessed at.  Reads the line
 * it is given; writes the entry (pointers into the line). */
#include "tagger_model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int blank(char c) { return c == ' ' || c == '\t'; }

static int name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '-';
}

/* A plain (unquoted) key may not start with a YAML indicator. */
static int indicator(char c) {
  return strchr("\"'{}[],#&*!|>%@`?:", c) != NULL || c == '-' || blank(c);
}

/* Reads a number s[i..n) (digits, '.', an exponent); returns the index
 * after it, or 0 when there is none or it is negative, huge or not finite. */
static size_t number(const char *s, size_t i, size_t n, double *out) {
  char buf[40];
  size_t k = 0;
  while (i + k < n && k < sizeof buf - 1 &&
         ((s[i + k] >= '0' && s[i + k] <= '9') || s[i + k] == '.' ||
          s[i + k] == 'e' || s[i + k] == 'E' ||
          ((s[i + k] == '-' || s[i + k] == '+') && k &&
           (s[i + k - 1] == 'e' || s[i + k - 1] == 'E'))))
    k++;
  if (!k || (s[i] < '0' || s[i] > '9')) return 0;
  memcpy(buf, s + i, k);
  buf[k] = '\0';
  char *end;
  double v = strtod(buf, &end);
  if (end != buf + k || !isfinite(v) || v < 0 || v > 4e9) return 0;
  *out = v;
  return i + k;
}

int acta_yaml_flow_line(const char *s, size_t n, acta_yaml_entry *e,
                        const char **why) {
  static const char *const dummy_why = "";
  if (!why) why = (const char **)&dummy_why;
  if (n && s[n - 1] == '\r') n--;
  if (memchr(s, '\n', n) || memchr(s, '\0', n)) {
    *why = "a line break or NUL inside the line";
    return -1;
  }
  size_t i = 0;
  while (i < n && blank(s[i])) i++;
  if (i == n || s[i] == '#') return 0;
  if (i == 0 && n >= 3 && !memcmp(s, "---", 3) && (n == 3 || blank(s[3])))
    return 0; /* "--- #YAML:1.0" */
  if (i) {
    *why = "an indented line (nested YAML is not read)";
    return -1;
  }
  /* the key */
  if (s[0] == '"') {
    size_t j = 1;
    while (j < n && s[j] != '"' && s[j] != '\\') j++;
    if (j == n || s[j] == '\\') {
      *why = j == n ? "a quoted key without its closing quote"
                    : "an escape in a quoted key";
      return -1;
    }
    e->key = s + 1;
    e->key_len = j - 1;
    i = j + 1;
    if (i >= n || s[i] != ':') {
      *why = "no ':' after the quoted key";
      return -1;
    }
  } else {
    if (indicator(s[0])) {
      *why = "a plain key starting with a YAML indicator";
      return -1;
    }
    size_t j = 0;
    while (j < n && !(s[j] == ':' && j + 1 < n && blank(s[j + 1])) &&
           !(s[j] == '#' && j && blank(s[j - 1])))
      j++;
    if (j == n || s[j] != ':') {
      *why = "no ': ' after the key";
      return -1;
    }
    size_t k = j;
    while (k && blank(s[k - 1])) k--;
    e->key = s;
    e->key_len = k;
    i = j;
  }
  if (!e->key_len) {
    *why = "an empty key";
    return -1;
  }
  i++; /* ':' */
  while (i < n && blank(s[i])) i++;
  if (i == n || s[i] != '{') {
    *why = "the value is not a one-line '{ ... }' map";
    return -1;
  }
  i++;
  e->npairs = 0;
  for (;;) {
    while (i < n && blank(s[i])) i++;
    if (i < n && s[i] == '}' && e->npairs == 0) break;
    size_t a = i;
    while (i < n && name_char(s[i])) i++;
    if (i == a) {
      *why = "a map entry without a name";
      return -1;
    }
    size_t b = i;
    if (i >= n || s[i] != ':') {
      *why = "no ':' after a name in the map";
      return -1;
    }
    i++;
    if (i >= n || !blank(s[i])) {
      *why = "no space after ':' in the map";
      return -1;
    }
    while (i < n && blank(s[i])) i++;
    double v;
    size_t after = number(s, i, n, &v);
    if (!after) {
      *why = "a value that is not a non-negative number";
      return -1;
    }
    i = after;
    if (e->npairs == ACTA_YAML_MAX_PAIRS) {
      *why = "more than 64 entries in one map";
      return -1;
    }
    e->pair[e->npairs].name = s + a;
    e->pair[e->npairs].name_len = b - a;
    e->pair[e->npairs].value = v;
    e->npairs++;
    while (i < n && blank(s[i])) i++;
    if (i < n && s[i] == ',') { i++; continue; }
    if (i < n && s[i] == '}') break;
    *why = "the map does not go on with ',' or end with '}'";
    return -1;
  }
  size_t close = ++i; /* after '}' */
  while (i < n && blank(s[i])) i++;
  if (i < n && (s[i] != '#' || i == close)) {
    *why = "text after the map";
    return -1;
  }
  return 1;
}
