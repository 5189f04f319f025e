/* SPDX-License-Identifier: MIT */
/* test_input.c: JSON-lines parsing, the line reader and the JSON/TSV
 * renderers (driven through a hand-made coder: no dictionaries needed). */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "acta.h"
#include "buf.h"
#include "coder.h"
#include "input.h"

/* ---- acta_parse_jsonl_line -------------------------------------------- */

static int parse(const char *line, acta_article *a, char **owned, char *err,
                 size_t errlen) {
  return acta_parse_jsonl_line(line, strlen(line), a, owned, err, errlen);
}

Test(jsonl, good_record) {
  const char *line =
      "{\"id\":\"a1\",\"date\":\"2022-10-27\",\"text\":\"Police arrested "
      "protesters.\",\"publisher\":\"AP\",\"url\":\"http://x/1\","
      "\"title\":\"Arrests\",\"extra\":[1,2,{\"k\":null}]}";
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse(line, &a, &owned, err, sizeof err), 0, "%s", err);
  cr_assert_not_null(owned);
  cr_assert_str_eq(a.id, "a1");
  cr_assert_str_eq(a.date, "2022-10-27");
  cr_assert_str_eq(a.text, "Police arrested protesters.");
  cr_assert_eq(a.text_len, strlen("Police arrested protesters."));
  cr_assert_str_eq(a.publisher, "AP");
  cr_assert_str_eq(a.url, "http://x/1");
  cr_assert_str_eq(a.title, "Arrests");
  free(owned);
}

Test(jsonl, optional_fields_absent_or_null) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"b\",\"text\":\"x\",\"date\":null,\"title\":7}",
                     &a, &owned, err, sizeof err),
               0, "%s", err);
  cr_assert_null(a.date);
  cr_assert_null(a.publisher);
  cr_assert_null(a.url);
  cr_assert_null(a.title); /* not a string: ignored */
  free(owned);
}

Test(jsonl, escapes_decoded) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"e\",\"text\":\"a\\\"b\\\\c\\n\\u00e9\"}", &a,
                     &owned, err, sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.text, "a\"b\\c\n\xC3\xA9");
  cr_assert_eq(a.text_len, 8);
  free(owned);
}

Test(jsonl, missing_text) {
  acta_article a;
  char *owned = (char *)1;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"n1\",\"title\":\"t\"}", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert_str_eq(err, "record has no \"text\"");
  /* the id is handed back so the error record can name the document */
  cr_assert_str_eq(a.id, "n1");
  cr_assert_null(a.text);
  free(owned);
}

Test(jsonl, text_not_string) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"n\",\"text\":5}", &a, &owned, err, sizeof err),
               -1);
  cr_assert_str_eq(err, "\"text\" is not a string");
  free(owned);
}

Test(jsonl, missing_id) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"text\":\"hello\"}", &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "record has no \"id\"");
  cr_assert_null(owned);
  cr_assert_null(a.id);
  cr_assert_eq(parse("{\"id\":\"\",\"text\":\"hello\"}", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert_str_eq(err, "\"id\" is empty");
  cr_assert_eq(parse("{\"id\":[1],\"text\":\"hello\"}", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert_str_eq(err, "\"id\" is not a string or a number");
}

Test(jsonl, not_json) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("this is not JSON", &a, &owned, err, sizeof err), -1);
  cr_assert(strncmp(err, "line is not JSON: ", 18) == 0, "%s", err);
  cr_assert(strstr(err, " at column ") != NULL, "%s", err);
  cr_assert_null(owned);

  cr_assert_eq(parse("{\"id\":\"a\",\"text\":\"x\"", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert(strncmp(err, "line is not JSON: ", 18) == 0, "%s", err);

  cr_assert_eq(parse("[1,2]", &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "record is not a JSON object");
  cr_assert_eq(parse("\"text\"", &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "record is not a JSON object");
  cr_assert_eq(parse("", &a, &owned, err, sizeof err), -1);
}

Test(jsonl, invalid_utf8) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"u1\",\"text\":\"Police \xff arrested.\"}", &a,
                     &owned, err, sizeof err),
               -1);
  cr_assert_str_eq(err, "\"text\" is not valid UTF-8");
  cr_assert_str_eq(a.id, "u1");
  free(owned);

  /* overlong encoding, lone continuation byte, truncated sequence */
  const char *bad[] = {"\xC0\xAF", "\x80", "\xE2\x82"};
  for (size_t i = 0; i < 3; i++) {
    char line[128];
    snprintf(line, sizeof line, "{\"text\":\"a%sb\",\"id\":\"u\"}", bad[i]);
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), -1);
    cr_assert_str_eq(err, "\"text\" is not valid UTF-8");
    free(owned);
  }

  /* bad bytes in a field acta does not use: the record is fine */
  cr_assert_eq(parse("{\"id\":\"u2\",\"text\":\"ok\",\"note\":\"\xfe\"}", &a,
                     &owned, err, sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.text, "ok");
  free(owned);

  /* bad bytes outside any string */
  cr_assert_eq(parse("{\"id\":\"u3\",\xff\"text\":\"ok\"}", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert(strstr(err, "not valid UTF-8") != NULL, "%s", err);
  free(owned);
}

Test(jsonl, nul_in_text) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"z\",\"text\":\"a\\u0000b\"}", &a, &owned, err,
                     sizeof err),
               -1);
  cr_assert(strstr(err, "NUL") != NULL, "%s", err);
  free(owned);
}

Test(jsonl, bad_date) {
  const char *dates[] = {"2022-13-01", "2022-02-30", "2021-02-29", "22-10-27",
                         "2022/10/27", "yesterday",  "",           "2022-1-27"};
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
    char line[256];
    snprintf(line, sizeof line, "{\"id\":\"d\",\"text\":\"x\",\"date\":\"%s\"}",
             dates[i]);
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), -1, "%s", dates[i]);
    cr_assert(strncmp(err, "\"date\" is not a YYYY-MM-DD date", 31) == 0,
              "%s", err);
    cr_assert_str_eq(a.id, "d");
    free(owned);
  }
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"d\",\"text\":\"x\",\"date\":20221027}", &a,
                     &owned, err, sizeof err),
               -1);
  cr_assert_str_eq(err, "\"date\" is not a string");
  free(owned);
}

Test(jsonl, good_dates) {
  const char *dates[] = {"2024-02-29", "2000-02-29", "1999-12-31",
                         "2022-10-27T08:15:00Z"};
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
    char line[256];
    snprintf(line, sizeof line, "{\"id\":\"d\",\"text\":\"x\",\"date\":\"%s\"}",
             dates[i]);
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), 0, "%s: %s",
                 dates[i], err);
    cr_assert_eq(strlen(a.date), 10);
    cr_assert(strncmp(a.date, dates[i], 10) == 0);
    free(owned);
  }
}

Test(jsonl, numeric_id) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":12345678901,\"text\":\"x\"}", &a, &owned, err,
                     sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.id, "12345678901");
  free(owned);
  cr_assert_eq(parse("{\"id\":-7,\"text\":\"x\"}", &a, &owned, err,
                     sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.id, "-7");
  free(owned);
  cr_assert_eq(parse("{\"id\":42.0,\"text\":\"x\"}", &a, &owned, err,
                     sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.id, "42");
  free(owned);
  cr_assert_eq(parse("{\"id\":1.5,\"text\":\"x\"}", &a, &owned, err,
                     sizeof err),
               0, "%s", err);
  cr_assert_str_eq(a.id, "1.5");
  free(owned);
}

Test(jsonl, huge_text) {
  size_t n = 3u << 20; /* 3 MB of text */
  char *line = malloc(n + 64);
  cr_assert_not_null(line);
  size_t k = (size_t)sprintf(line, "{\"id\":\"big\",\"text\":\"");
  for (size_t i = 0; i < n; i++) line[k + i] = "Police arrested people. "[i % 24];
  k += n;
  k += (size_t)sprintf(line + k, "\"}");
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(acta_parse_jsonl_line(line, k, &a, &owned, err, sizeof err), 0,
               "%s", err);
  cr_assert_eq(a.text_len, n);
  cr_assert_eq(strlen(a.text), n);
  cr_assert(strncmp(a.text, "Police arrested people. Police", 30) == 0);
  free(owned);
  free(line);
}

Test(jsonl, not_nul_terminated_input) {
  /* the parser must respect len, not look for a NUL */
  const char buf[] = "{\"id\":\"a\",\"text\":\"x\"}GARBAGE";
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(acta_parse_jsonl_line(buf, 21, &a, &owned, err, sizeof err), 0,
               "%s", err);
  cr_assert_str_eq(a.text, "x");
  free(owned);
}

Test(dates, valid_date) {
  cr_assert(acta_valid_date("2022-10-27", 10));
  cr_assert(!acta_valid_date("2022-10-27", 9));
  cr_assert(!acta_valid_date("2022-00-10", 10));
  cr_assert(!acta_valid_date("2022-04-31", 10));
  cr_assert(acta_valid_date("2020-02-29", 10));
  cr_assert(!acta_valid_date("1900-02-29", 10));
}

/* ---- line reader and whole-file reading -------------------------------- */

static char *write_tmp(const char *data, size_t len) {
  char *path = strdup("/tmp/acta_test_input_XXXXXX");
  int fd = mkstemp(path);
  cr_assert(fd >= 0);
  cr_assert_eq(write(fd, data, len), (ssize_t)len);
  close(fd);
  return path;
}

Test(lines, crlf_blank_and_last_line) {
  const char data[] = "one\r\ntwo\n\n\r\nthree";
  char *path = write_tmp(data, sizeof data - 1);
  acta_line_reader r;
  char err[256];
  cr_assert_eq(acta_line_reader_open(&r, path, err, sizeof err), 0);
  const char *want[] = {"one", "two", "", "", "three"};
  const char *line;
  size_t len;
  for (size_t i = 0; i < 5; i++) {
    cr_assert_eq(acta_line_reader_next(&r, &line, &len), 1);
    cr_assert_eq(len, strlen(want[i]));
    cr_assert_str_eq(line, want[i]);
    cr_assert_eq(r.lineno, (long)i + 1);
  }
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 0);
  cr_assert_eq(r.bytes, sizeof data - 1);
  acta_line_reader_close(&r);
  unlink(path);
  free(path);
}

Test(lines, very_long_lines) {
  size_t n = (5u << 20) + 123; /* 5 MB line, then a short one */
  char *data = malloc(n + 16);
  for (size_t i = 0; i < n; i++) data[i] = (char)('a' + i % 26);
  memcpy(data + n, "\r\nend\n", 6);
  char *path = write_tmp(data, n + 6);
  acta_line_reader r;
  char err[256];
  cr_assert_eq(acta_line_reader_open(&r, path, err, sizeof err), 0);
  const char *line;
  size_t len;
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 1);
  cr_assert_eq(len, n);
  cr_assert(memcmp(line, data, n) == 0);
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 1);
  cr_assert_str_eq(line, "end");
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 0);
  acta_line_reader_close(&r);
  unlink(path);
  free(path);
  free(data);
}

Test(lines, missing_file) {
  acta_line_reader r;
  char err[256];
  cr_assert_eq(
      acta_line_reader_open(&r, "/nonexistent/acta.jsonl", err, sizeof err),
      -1);
  cr_assert(strstr(err, "/nonexistent/acta.jsonl") != NULL, "%s", err);
  char *data;
  size_t len;
  cr_assert_eq(
      acta_read_file("/nonexistent/a.txt", &data, &len, err, sizeof err), -1);
  cr_assert(strstr(err, "/nonexistent/a.txt") != NULL, "%s", err);
}

Test(lines, read_file) {
  const char text[] = "Police arrested\nprotesters.\n";
  char *path = write_tmp(text, sizeof text - 1);
  char *data;
  size_t len;
  char err[256];
  cr_assert_eq(acta_read_file(path, &data, &len, err, sizeof err), 0);
  cr_assert_eq(len, sizeof text - 1);
  cr_assert_str_eq(data, text);
  free(data);
  unlink(path);
  free(path);
}

/* ---- rendering through a hand-made coder -------------------------------- */

static void fake_coder(struct acta_coder *c, acta_event *ev, size_t n) {
  memset(c, 0, sizeof *c);
  acta_buf_init(&c->out);
  acta_buf_init(&c->trace);
  c->events = ev;
  c->nevents = n;
  c->nsentences = 2;
}

static void set_actor(acta_actor *x, size_t s, size_t e, const char *code,
                      const char *country, const char *role, const char *file,
                      int line) {
  x->present = 1;
  x->start = s;
  x->end = e;
  snprintf(x->code, sizeof x->code, "%s", code);
  snprintf(x->country, sizeof x->country, "%s", country);
  snprintf(x->role, sizeof x->role, "%s", role);
  x->entry_file = file;
  x->entry_line = line;
}

/* "She said \"no\"\t\\ \x01 \xff." : quotes, backslash, tab, control char,
 * invalid UTF-8 in the text of the sentence and the actors. */
static const char tricky[] = "\"Police\" arrested\t\\protesters\x01 \xff.";

static acta_event tricky_event(void) {
  acta_event e;
  memset(&e, 0, sizeof e);
  e.sentence = 0;
  e.sent_start = 0;
  e.sent_end = sizeof tricky - 1;
  set_actor(&e.source, 0, 8, "COP", "", "COP", "agents.txt", 12);
  set_actor(&e.target, 18, 29, "IRNOPP", "IRN", "OPP", "we\"ird.txt", 3);
  snprintf(e.cameo, sizeof e.cameo, "173");
  snprintf(e.root, sizeof e.root, "17");
  e.name = "Arrest, detain, or charge with \"legal\" action";
  e.quad_class = 4;
  e.goldstein = -5.0;
  snprintf(e.verb, sizeof e.verb, "arrest");
  e.status = ACTA_ALLEGED;
  e.pattern = "arrest +";
  e.pattern_file = "events.txt";
  e.pattern_line = 7;
  e.flags = ACTA_EV_PASSIVE | ACTA_EV_REPORTED;
  return e;
}

Test(render, json_escaping_and_fields) {
  acta_event e = tricky_event();
  struct acta_coder c;
  fake_coder(&c, &e, 1);
  acta_article a = {.id = "id\"1\n",
                    .date = "2022-10-27",
                    .text = tricky,
                    .text_len = sizeof tricky - 1};
  size_t len;
  const char *out = acta_render_json(&c, &a, &len);
  cr_assert_eq(len, strlen(out));
  cr_assert_eq(out[len - 1], '\n');
  cr_assert_null(memchr(out, '\n', len - 1), "one line per record");

  json_error_t je;
  json_t *j = json_loadb(out, len, 0, &je);
  cr_assert_not_null(j, "not JSON: %s\n%s", je.text, out);
  cr_assert_str_eq(json_string_value(json_object_get(j, "type")), "event");
  cr_assert_str_eq(json_string_value(json_object_get(j, "doc_id")), "id\"1\n");
  cr_assert_str_eq(json_string_value(json_object_get(j, "text")),
                   "\"Police\" arrested\t\\protesters\x01 \xEF\xBF\xBD.");
  json_t *src = json_object_get(j, "source");
  cr_assert_str_eq(json_string_value(json_object_get(src, "text")),
                   "\"Police\"");
  cr_assert(json_is_null(json_object_get(src, "country")));
  cr_assert_str_eq(json_string_value(json_object_get(src, "role")), "COP");
  json_t *tgt = json_object_get(j, "target");
  cr_assert_str_eq(json_string_value(json_object_get(tgt, "country")), "IRN");
  json_t *ev = json_object_get(j, "event");
  cr_assert_str_eq(json_string_value(json_object_get(ev, "cameo")), "173");
  cr_assert_eq(json_integer_value(json_object_get(ev, "quad_class")), 4);
  cr_assert_float_eq(json_real_value(json_object_get(ev, "goldstein")), -5.0,
                     1e-9);
  cr_assert_str_eq(json_string_value(json_object_get(j, "status")), "alleged");
  cr_assert(json_is_null(json_object_get(j, "reported_by")));
  cr_assert_str_eq(json_string_value(json_object_get(j, "date")),
                   "2022-10-27");
  cr_assert(json_is_null(json_object_get(j, "location")));
  cr_assert(json_is_array(json_object_get(j, "figures")));
  json_t *ex = json_object_get(j, "explain");
  cr_assert_str_eq(json_string_value(json_object_get(ex, "source_entry")),
                   "agents.txt:12");
  cr_assert_str_eq(json_string_value(json_object_get(ex, "target_entry")),
                   "we\"ird.txt:3");
  cr_assert(json_is_true(json_object_get(ex, "passive")));
  cr_assert(json_is_false(json_object_get(ex, "nominal")));
  cr_assert(json_is_true(json_object_get(ex, "reported")));
  /* an event PLOVER and ACLED do not code has both fields, null */
  cr_assert(json_is_null(json_object_get(j, "plover")));
  cr_assert(json_is_null(json_object_get(j, "acled")));
  json_decref(j);

  /* field order as documented */
  const char *keys[] = {"\"type\"",   "\"doc_id\"",      "\"sentence\"",
                        "\"text\"",   "\"source\"",      "\"target\"",
                        "\"event\"",  "\"status\"",      "\"reported_by\"",
                        "\"date\"",   "\"location\"",    "\"figures\"",
                        "\"plover\"", "\"acled\"",       "\"explain\""};
  const char *at = out;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
    const char *p = strstr(at, keys[i]);
    cr_assert_not_null(p, "%s missing or out of order", keys[i]);
    at = p;
  }
  acta_buf_free(&c.out);
}

/* The categories an event carries, as JSON objects and TSV cells. */
Test(render, plover_and_acled_fields) {
  acta_event e = tricky_event();
  e.plover_type = "COERCE";
  e.plover_mode = "arrest";
  e.plover_contexts = (uint64_t)1 << 9 | (uint64_t)1 << 13; /* legal, repression */
  e.acled_type = "Strategic developments";
  e.acled_sub_type = "Arrests";
  struct acta_coder c;
  fake_coder(&c, &e, 1);
  acta_article a = {.id = "p1", .date = "2022-10-27", .text = tricky,
                    .text_len = sizeof tricky - 1};
  size_t len;
  const char *out = acta_render_json(&c, &a, &len);
  cr_assert_not_null(strstr(out, ",\"plover\":{\"type\":\"COERCE\",\"mode\":\"arrest\","
                                 "\"context\":[\"legal\",\"repression\"]},\"acled\":"
                                 "{\"event_type\":\"Strategic developments\","
                                 "\"sub_event_type\":\"Arrests\"},\"explain\""), "%s", out);
  out = acta_render_tsv(&c, &a, &len);
  cr_assert_not_null(strstr(out, "\tCOERCE\tarrest\tlegal,repression\t"
                                 "Strategic developments\tArrests\n"), "%s", out);
  /* a mode of none and no contexts: a null and an empty array */
  e.plover_mode = NULL;
  e.plover_contexts = 0;
  out = acta_render_json(&c, &a, &len);
  cr_assert_not_null(strstr(out, "\"mode\":null,\"context\":[]}"), "%s", out);
  cr_assert_str_eq(acta_plover_context_name(0), "military");
  cr_assert_str_eq(acta_plover_context_name(ACTA_PLOVER_NCONTEXTS - 1), "negation");
  cr_assert_null(acta_plover_context_name(ACTA_PLOVER_NCONTEXTS));
  acta_buf_free(&c.out);
}

/* --output plover: the members of a compound are one record, a meeting
 * without host and visitor lists both parties as actors, an event PLOVER
 * does not code gives no record (an article of only those: no_event). */
Test(render, plover_records) {
  acta_event e[4];
  for (int i = 0; i < 4; i++) {
    e[i] = tricky_event();
    e[i].verb_start = 9;
    e[i].verb_end = 17;
    e[i].plover_type = "COERCE";
    e[i].plover_mode = "arrest";
    e[i].status = ACTA_ASSERTED;
  }
  /* events 0 and 1: one trigger, two sources (a compound) */
  set_actor(&e[1].source, 0, 8, "IRNCOP", "IRN", "COP", "agents.txt", 12);
  e[1].plover_contexts = (uint64_t)1 << 13;
  /* event 2: a meeting, another trigger */
  e[2].verb_start = 18;
  e[2].plover_type = "CONSULT";
  e[2].plover_mode = NULL;
  snprintf(e[2].cameo, sizeof e[2].cameo, "040");
  set_actor(&e[2].target, 18, 29, "IGOUNO", "", "IGO", "actors.txt", 3);
  /* event 3: a statement, no PLOVER type */
  e[3].verb_start = 30;
  e[3].plover_type = NULL;
  e[3].plover_mode = NULL;
  struct acta_coder c;
  fake_coder(&c, e, 4);
  acta_article a = {.id = "p\"1", .date = "2022-10-27", .text = tricky,
                    .text_len = sizeof tricky - 1};
  size_t len;
  const char *out = acta_render_plover(&c, &a, &len);
  cr_assert_eq(len, strlen(out));
  json_t *rec[3];
  size_t n = 0;
  for (const char *p = out; *p && n < 3;) {
    const char *nl = strchr(p, '\n');
    cr_assert_not_null(nl);
    json_error_t je;
    rec[n] = json_loadb(p, (size_t)(nl - p), 0, &je);
    cr_assert_not_null(rec[n], "not JSON: %s\n%s", je.text, out);
    n++;
    p = nl + 1;
  }
  cr_assert_eq(n, 2, "%s", out);
  cr_assert_str_eq(json_string_value(json_object_get(rec[0], "id")), "p\"1#0");
  json_t *actors = json_object_get(rec[0], "actor");
  cr_assert_eq(json_array_size(actors), 2);
  cr_assert(json_is_null(json_object_get(json_array_get(actors, 0), "code")));
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(actors, 1), "code")), "IRN");
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(actors, 1), "sector")), "COP");
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(actors, 1), "entity_text")),
                   "\"Police\"");
  json_t *rcp = json_object_get(rec[0], "recipient");
  cr_assert_eq(json_array_size(rcp), 1);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(rcp, 0), "acta_code")), "IRNOPP");
  cr_assert_str_eq(json_string_value(json_array_get(json_object_get(rec[0], "event"), 0)), "COERCE");
  cr_assert_str_eq(json_string_value(json_array_get(json_object_get(rec[0], "mode"), 0)), "arrest");
  cr_assert_str_eq(json_string_value(json_array_get(json_object_get(rec[0], "context"), 0)), "repression");
  cr_assert_eq(json_integer_value(json_object_get(rec[0], "quad_code")), 4);
  cr_assert_float_eq(json_real_value(json_object_get(rec[0], "event_scale")), -7.0, 1e-9);
  cr_assert(json_is_null(json_object_get(rec[0], "event_loc")));
  cr_assert_eq(json_integer_value(json_object_get(json_object_get(rec[0], "text_info"), "end")),
               (json_int_t)(sizeof tricky - 1));
  /* the meeting: both parties are its actors; UNO is PLOVER's code of the UN */
  actors = json_object_get(rec[1], "actor");
  cr_assert_eq(json_array_size(actors), 2);
  cr_assert_str_eq(json_string_value(json_object_get(json_array_get(actors, 1), "code")), "UNO");
  cr_assert(json_is_null(json_object_get(json_array_get(actors, 1), "sector")));
  cr_assert_eq(json_array_size(json_object_get(rec[1], "recipient")), 0);
  cr_assert_eq(json_array_size(json_object_get(rec[1], "mode")), 0);
  cr_assert_eq(json_integer_value(json_object_get(rec[1], "quad_code")), 1);
  for (size_t i = 0; i < n; i++) json_decref(rec[i]);
  /* only the statement: no_event */
  acta_buf_free(&c.out);
  fake_coder(&c, &e[3], 1);
  out = acta_render_plover(&c, &a, &len);
  cr_assert_str_eq(out, "{\"type\":\"no_event\",\"doc_id\":\"p\\\"1\",\"sentences\":2}\n");
  acta_buf_free(&c.out);
}

Test(render, json_no_event_and_error) {
  struct acta_coder c;
  fake_coder(&c, NULL, 0);
  acta_article a = {.id = "calm", .text = "Calm.", .text_len = 5};
  size_t len;
  const char *out = acta_render_json(&c, &a, &len);
  cr_assert_str_eq(out, "{\"type\":\"no_event\",\"doc_id\":\"calm\","
                        "\"sentences\":2}\n");
  out = acta_render_error(&c, NULL, 12, "f.jsonl: bad \"x\"\n", &len);
  cr_assert_str_eq(out, "{\"type\":\"error\",\"line\":12,\"message\":"
                        "\"f.jsonl: bad \\\"x\\\"\\n\"}\n");
  out = acta_render_error(&c, "d\xff", 3, "oops", &len);
  cr_assert_str_eq(out, "{\"type\":\"error\",\"doc_id\":\"d\xEF\xBF\xBD\","
                        "\"message\":\"oops\"}\n");
  cr_assert_eq(len, strlen(out));
  acta_buf_free(&c.out);
}

Test(render, status_names) {
  cr_assert_str_eq(acta_status_name(ACTA_ASSERTED), "asserted");
  cr_assert_str_eq(acta_status_name(ACTA_ALLEGED), "alleged");
  cr_assert_str_eq(acta_status_name(ACTA_HEDGED), "hedged");
  cr_assert_str_eq(acta_status_name(ACTA_DENIED), "denied");
  cr_assert_str_eq(acta_status_name(ACTA_NEGATED), "negated");
  cr_assert_str_eq(acta_status_name(ACTA_INTENDED), "intended");
}

Test(render, tsv_rows) {
  acta_event e[2];
  e[0] = tricky_event();
  e[1] = tricky_event();
  e[1].target.present = 0;
  snprintf(e[1].date, sizeof e[1].date, "2022-10-26");
  set_actor(&e[1].reported_by, 0, 8, "IRNGOV", "IRN", "GOV", "a.txt", 1);
  struct acta_coder c;
  fake_coder(&c, e, 2);
  acta_article a = {.id = "t\t1", .date = "2022-10-27", .text = tricky,
                    .text_len = sizeof tricky - 1};
  size_t len;
  const char *out = acta_render_tsv(&c, &a, &len);
  const char *hdr = acta_tsv_header();
  size_t hcols = 1;
  for (const char *p = hdr; *p; p++) hcols += *p == '\t';
  cr_assert_eq(hcols, 36);
  cr_assert_eq(hdr[strlen(hdr) - 1], '\n');
  /* two rows, each with the header's columns */
  const char *line = out;
  int rows = 0;
  while (*line) {
    const char *nl = strchr(line, '\n');
    cr_assert_not_null(nl);
    size_t cols = 1;
    for (const char *p = line; p < nl; p++) cols += *p == '\t';
    cr_assert_eq(cols, hcols, "row %d: %.*s", rows, (int)(nl - line), line);
    rows++;
    line = nl + 1;
  }
  cr_assert_eq(rows, 2);
  /* a cell holding quotes is quoted, its quotes doubled */
  const char *first = "t 1\t0\t2022-10-27\tCOP\t\tCOP\t\"\"\"Police\"\"\"\t";
  cr_assert(strncmp(out, first, strlen(first)) == 0, "%s", out);
  cr_assert_not_null(strstr(out, "\t2022-10-26\t"));
  cr_assert_not_null(strstr(out, "\talleged\tIRNGOV\t\"\"\"Police\"\"\"\t"));

  /* no events: no rows */
  c.nevents = 0;
  out = acta_render_tsv(&c, &a, &len);
  cr_assert_eq(len, 0);
  acta_buf_free(&c.out);
}

/* ---- regressions -------------------------------------------------------- */

/* A real id outside the range of long long must not be converted to it
 * (undefined behaviour): it is written with %.17g. */
Test(jsonl, huge_real_id) {
  const char *ids[] = {"1e300", "-1e300", "9.3e18", "-9.3e18", "1e16"};
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
    char line[128];
    snprintf(line, sizeof line, "{\"id\":%s,\"text\":\"x\"}", ids[i]);
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), 0, "%s: %s", ids[i],
                 err);
    char want[64];
    snprintf(want, sizeof want, "%.17g", strtod(ids[i], NULL));
    cr_assert_str_eq(a.id, want);
    free(owned);
  }
}

/* "\<bad byte>" is an invalid escape: the line is not JSON, however the
 * bad byte is reported.  (It used to be escaped into a valid "\\u0000" and
 * the record coded with a literal backslash.) */
Test(jsonl, bad_byte_after_backslash) {
  const char *lines[] = {
      "{\"id\":\"b1\",\"text\":\"a\\\xff b\"}",
      "{\"id\":\"b2\",\"text\":\"ok\",\"note\":\"\\\xfe\"}",
      "{\"id\":\"b3\",\"text\":\"a\\\\\\\xff b\"}", /* \\ then \<FF> */
  };
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(lines[i], &a, &owned, err, sizeof err), -1,
                 "line %zu accepted", i);
    cr_assert(strstr(err, "UTF-8") != NULL || strstr(err, "not JSON") != NULL,
              "%s", err);
    free(owned);
  }
  /* an escaped backslash before the bad byte: the byte is inside the
   * string, so the field is named */
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("{\"id\":\"b4\",\"text\":\"a\\\\\xff b\"}", &a, &owned,
                     err, sizeof err),
               -1);
  cr_assert_str_eq(err, "\"text\" is not valid UTF-8");
  cr_assert_str_eq(a.id, "b4");
  free(owned);
}

/* The bad date shown in the message is cut at 32 bytes, but never inside a
 * UTF-8 sequence: the message stays valid UTF-8 (TSV errors print it raw). */
Test(jsonl, bad_date_message_is_utf8) {
  char line[256];
  snprintf(line, sizeof line, "{\"id\":\"d\",\"text\":\"x\",\"date\":\"a%s\"}",
           "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
           "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
           "\xC3\xA9\xC3\xA9");
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse(line, &a, &owned, err, sizeof err), -1);
  const char *q = strchr(err, ':');
  cr_assert_not_null(q);
  /* every multi-byte sequence in err is complete */
  const unsigned char *u = (const unsigned char *)err;
  for (size_t i = 0; u[i];) {
    if (u[i] < 0x80) { i++; continue; }
    cr_assert_eq(u[i], 0xC3, "%s", err);
    cr_assert_eq(u[i + 1], 0xA9, "cut sequence in: %s", err);
    i += 2;
  }
  cr_assert(strstr(err, "...") != NULL, "%s", err);
  free(owned);
}

/* ---- issue 17: input ----------------------------------------------------- */

/* A timestamp is a date and a time, not a date and anything: the date of
 * "2022-10-27Tjunk" used to be taken. */
Test(jsonl, timestamps_and_junk) {
  const char *good[] = {"2022-10-27T08:15:00Z", "2022-10-27 08:15",
                        "2022-10-27T08:15:00.123+02:00", "2022-10-27T23:59:59-0500"};
  const char *bad[] = {"2022-10-27Tjunk", "2022-10-27T", "2022-10-27 ",
                       "2022-10-27T25:00", "2022-10-27T08:15:00Zjunk", "2022-10-27T08:15+05:",
                       "2022-10-27x", "0000-01-01", "2022-13-45T08:00:00Z"};
  for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
    char line[256];
    snprintf(line, sizeof line, "{\"id\":\"d\",\"text\":\"x\",\"date\":\"%s\"}", good[i]);
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), 0, "%s: %s", good[i], err);
    cr_assert_str_eq(a.date, "2022-10-27");
    free(owned);
  }
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char line[256];
    snprintf(line, sizeof line, "{\"id\":\"d\",\"text\":\"x\",\"date\":\"%s\"}", bad[i]);
    acta_article a;
    char *owned;
    char err[256];
    cr_assert_eq(parse(line, &a, &owned, err, sizeof err), -1, "%s accepted", bad[i]);
    free(owned);
  }
}

/* Plain text where JSON was expected: the error says what to do. */
Test(jsonl, plain_text_hint) {
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(parse("Police arrested protesters in Tehran.", &a, &owned, err, sizeof err), -1);
  cr_assert(strstr(err, "line is not JSON") && strstr(err, "use --format text"), "%s", err);
  free(owned);
  /* broken JSON is not taken for text */
  cr_assert_eq(parse("{\"id\":\"a\",", &a, &owned, err, sizeof err), -1);
  cr_assert_null(strstr(err, "--format text"), "%s", err);
  free(owned);
}

Test(jsonl, field_names_and_default_id) {
  acta_jsonl_fields f = {"key", "body", "when", "news.jsonl:7"};
  const char *line = "{\"key\":7,\"body\":\"Police arrested protesters.\",\"when\":"
                     "\"2022-10-27\",\"id\":\"ignored\",\"text\":\"ignored\"}";
  acta_article a;
  char *owned;
  char err[256];
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), 0,
               "%s", err);
  cr_assert_str_eq(a.id, "7");
  cr_assert_str_eq(a.text, "Police arrested protesters.");
  cr_assert_str_eq(a.date, "2022-10-27");
  free(owned);
  /* no id field: the default; null too */
  line = "{\"body\":\"x\",\"key\":null}";
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), 0,
               "%s", err);
  cr_assert_str_eq(a.id, "news.jsonl:7");
  cr_assert_null(a.date);
  free(owned);
  /* an empty id stays an error, and errors name the chosen fields */
  line = "{\"key\":\"\",\"body\":\"x\"}";
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "\"key\" is empty");
  free(owned);
  line = "{\"key\":\"k\",\"text\":\"x\"}";
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "record has no \"body\"");
  cr_assert_str_eq(a.id, "k");
  free(owned);
  line = "{\"key\":\"k\",\"body\":\"x\",\"when\":\"2022-02-31\"}";
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), -1);
  cr_assert(strncmp(err, "\"when\" is not a YYYY-MM-DD date", 31) == 0, "%s", err);
  free(owned);
  /* invalid UTF-8 in the chosen text field is named */
  line = "{\"key\":\"k\",\"body\":\"a\xff\"}";
  cr_assert_eq(acta_parse_jsonl_record(line, strlen(line), &f, &a, &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "\"body\" is not valid UTF-8");
  free(owned);
}

/* A line over max_line is skipped, never held whole; the next is read. */
Test(lines, max_line) {
  size_t n = 300000;
  char *data = malloc(n + 64);
  memset(data, 'x', n);
  memcpy(data + n, "\nshort\n", 7);
  memcpy(data + n + 7, "0123456789", 10); /* a last line over the limit */
  char *path = write_tmp(data, n + 17);
  acta_line_reader r;
  char err[256];
  cr_assert_eq(acta_line_reader_open(&r, path, err, sizeof err), 0);
  r.max_line = 8;
  const char *line;
  size_t len;
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 2);
  cr_assert_eq(len, n);
  cr_assert_eq(r.lineno, 1);
  cr_assert_lt(r.cap, (size_t)1 << 18, "the buffer grew to %zu", r.cap);
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 1);
  cr_assert_str_eq(line, "short");
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 2);
  cr_assert_eq(len, 10);
  cr_assert_eq(r.lineno, 3);
  cr_assert_eq(acta_line_reader_next(&r, &line, &len), 0);
  cr_assert_eq(r.bytes, n + 17);
  acta_line_reader_close(&r);
  /* a whole file over the limit is not read past it */
  char *d;
  cr_assert_eq(acta_read_file_max(path, 1000, &d, &len, err, sizeof err), 1);
  cr_assert_null(d);
  cr_assert_eq(acta_read_file_max(path, n + 17, &d, &len, err, sizeof err), 0);
  cr_assert_eq(len, n + 17);
  free(d);
  unlink(path);
  free(path);
  free(data);
}

/* ---- CSV ----------------------------------------------------------------- */

/* Reads every record of s: "f1|f2|...;" per record, "!message;" per bad
 * record, then "end" (or "read error"). */
static const char *csv_records(const char *s, size_t max) {
  static char out[2048];
  char *path = write_tmp(s, strlen(s));
  acta_line_reader lr;
  char err[256];
  cr_assert_eq(acta_line_reader_open(&lr, path, err, sizeof err), 0);
  lr.max_line = max;
  acta_csv_reader r;
  acta_csv_init(&r, &lr, max);
  size_t n = 0;
  out[0] = '\0';
  for (;;) {
    int got = acta_csv_next(&r, err, sizeof err);
    if (got == 1) {
      for (size_t i = 0; i < r.nfields; i++) {
        cr_assert_eq(strlen(r.val + r.fstart[i]), r.flen[i]);
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s", i ? "|" : "",
                              r.val + r.fstart[i]);
      }
      n += (size_t)snprintf(out + n, sizeof out - n, "@%ld;", r.line);
    } else if (got == 2) {
      n += (size_t)snprintf(out + n, sizeof out - n, "!%s@%ld;", err, r.line);
    } else {
      snprintf(out + n, sizeof out - n, "%s", got == 0 ? "end" : "read error");
      break;
    }
  }
  acta_csv_free(&r);
  acta_line_reader_close(&lr);
  unlink(path);
  free(path);
  return out;
}

Test(csv, records) {
  cr_assert_str_eq(csv_records("id,text\r\na1,Police arrested protesters.\r\n", 0),
                   "id|text@1;a1|Police arrested protesters.@2;end");
  /* quoted commas, doubled quotes, a line break inside quotes, empty fields */
  cr_assert_str_eq(csv_records("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,\"\"\nlast", 0),
                   "a|b, c|say \"hi\"@1;two\nlines||@2;last@4;end");
  /* a byte order mark; a quote inside an unquoted field is kept */
  cr_assert_str_eq(csv_records("\xEF\xBB\xBFid,text\nx,5\" tall\n", 0),
                   "id|text@1;x|5\" tall@2;end");
  /* a blank line is one empty field */
  cr_assert_str_eq(csv_records("a\n\nb\n", 0), "a@1;@2;b@3;end");
}

Test(csv, bad_records) {
  /* text after a closing quote: that record only */
  cr_assert_str_eq(csv_records("\"a\"b,c\nd,e\n", 0),
                   "!text after the closing quote of field 1@1;d|e@2;end");
  /* a quote never closed ends the input */
  cr_assert_str_eq(csv_records("a,b\nc,\"open\nmore\n", 0),
                   "a|b@1;!a quoted field opened on line 2 is never closed@2;end");
  /* a record over the limit, on one line: the next is read */
  cr_assert_str_eq(csv_records("a,b\n0123456789,x\nc,d\n", 8),
                   "a|b@1;!record is over the limit of 8 bytes@2;c|d@3;end");
  /* the first line over the limit (a line the line reader skipped) */
  cr_assert_str_eq(csv_records("0123456789,x\nc,d\n", 8),
                   "!record is over the limit of 8 bytes@1;c|d@2;end");
  /* over the limit inside quotes: where it ends cannot be told */
  cr_assert_str_eq(csv_records("a,\"b\nccccc\ndddd\"\ne,f\n", 8),
                   "!record is over the limit of 8 bytes (a quoted field opened on "
                   "line 1; the rest of the input is not read)@1;end");
}

Test(csv, header_and_json) {
  static const char csv[] = "link,when,body,extra\nu1,2022-10-27,\"Police, again\",z\n"
                            ",,,\nu3,2022-10-27\nu4,,caf\xff,\n";
  char *path = write_tmp(csv, sizeof csv - 1);
  acta_line_reader lr;
  char err[256];
  cr_assert_eq(acta_line_reader_open(&lr, path, err, sizeof err), 0);
  acta_csv_reader r;
  acta_csv_init(&r, &lr, 0);
  acta_csv_columns cols;
  acta_jsonl_fields names = {"link", "body", "when", NULL};
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 1);
  /* without the right names there is no text column */
  cr_assert_eq(acta_csv_header(&r, NULL, &cols, err, sizeof err), -1);
  cr_assert_str_eq(err, "the header has no \"text\" column (choose one with "
                        "--text-field): \"link\", \"when\", \"body\", \"extra\"");
  cr_assert_eq(acta_csv_header(&r, &names, &cols, err, sizeof err), 0);
  cr_assert_eq(cols.id, 0);
  cr_assert_eq(cols.date, 1);
  cr_assert_eq(cols.text, 2);
  cr_assert_eq(cols.title, -1);
  acta_buf json;
  acta_buf_init(&json);
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 1);
  cr_assert_eq(acta_csv_record_json(&r, &cols, "f.csv:2", &json, err, sizeof err), 0);
  cr_assert_str_eq(acta_buf_cstr(&json),
                   "{\"id\":\"u1\",\"text\":\"Police, again\",\"date\":\"2022-10-27\"}");
  /* empty cells: the default id, an empty text, no date */
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 1);
  cr_assert_eq(acta_csv_record_json(&r, &cols, "f.csv:3", &json, err, sizeof err), 0);
  cr_assert_str_eq(acta_buf_cstr(&json), "{\"id\":\"f.csv:3\",\"text\":\"\"}");
  /* a short record; bytes that are not UTF-8 */
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 1);
  cr_assert_eq(acta_csv_record_json(&r, &cols, "f.csv:4", &json, err, sizeof err), -1);
  cr_assert_str_eq(err, "the record has 2 fields, the header 4");
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 1);
  cr_assert_eq(acta_csv_record_json(&r, &cols, "f.csv:5", &json, err, sizeof err), -1);
  cr_assert_str_eq(err, "its text is not valid UTF-8 (byte 4)");
  cr_assert_eq(acta_csv_next(&r, err, sizeof err), 0);
  acta_buf_free(&json);
  acta_csv_free(&r);
  acta_line_reader_close(&lr);
  unlink(path);
  free(path);
}

/* ---- issue 17: output ---------------------------------------------------- */

/* U+2028 and U+2029 end lines for JavaScript: JSON output escapes them. */
Test(render, json_line_separators) {
  acta_buf b;
  acta_buf_init(&b);
  acta_buf_json_string(&b, "a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xE2\x80\xAA", 12);
  cr_assert_str_eq(acta_buf_cstr(&b), "\"a\\u2028b\\u2029c\xE2\x80\xAA\"");
  acta_buf_free(&b);
}

static int starts(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The claims ledger: the claim is structured and names its doc_id; event
 * ids follow the coder's base. */
Test(render, claims_structured) {
  acta_event e[2];
  e[0] = tricky_event();
  e[0].disputes = -1;
  e[1] = tricky_event();
  e[1].disputes = 0;
  e[1].target.present = 0;
  snprintf(e[1].cameo, sizeof e[1].cameo, "016");
  e[1].name = "Deny responsibility";
  struct acta_coder c;
  fake_coder(&c, e, 2);
  acta_article a = {.id = "cl", .text = tricky, .text_len = sizeof tricky - 1};
  size_t len;
  const char *out = acta_render_claims(&c, &a, 1, &len);
  const char *nl = strchr(out, '\n');
  cr_assert_not_null(nl);
  json_error_t je;
  json_t *j = json_loadb(out, (size_t)(nl - out), 0, &je);
  cr_assert_not_null(j, "%s\n%s", je.text, out);
  cr_assert_str_eq(json_string_value(json_object_get(j, "id")), "cl#0");
  cr_assert_str_eq(json_string_value(json_object_get(j, "doc_id")), "cl");
  json_t *cl = json_object_get(j, "claim");
  cr_assert(json_is_object(cl), "%s", out);
  cr_assert_str_eq(json_string_value(json_object_get(cl, "cameo")), "173");
  cr_assert_str_eq(json_string_value(json_object_get(cl, "name")),
                   "Arrest, detain, or charge with \"legal\" action");
  cr_assert_str_eq(json_string_value(json_object_get(json_object_get(cl, "source"), "text")),
                   "\"Police\"");
  cr_assert_str_eq(json_string_value(json_object_get(json_object_get(cl, "target"), "code")),
                   "IRNOPP");
  cr_assert_str_eq(json_string_value(json_array_get(json_object_get(j, "disputed_by"), 0)),
                   "cl#1");
  json_decref(j);
  /* the second claim: no target */
  j = json_loads(nl + 1, JSON_DISABLE_EOF_CHECK, &je);
  cr_assert_not_null(j, "%s", je.text);
  cr_assert(json_is_null(json_object_get(json_object_get(j, "claim"), "target")));
  json_decref(j);
  /* another base for event ids: doc_id stays */
  acta_coder_set_event_id_base(&c, "cl~2");
  out = acta_render_claims(&c, &a, 1, &len);
  cr_assert(starts(out, "{\"type\":\"claim\",\"id\":\"cl~2#0\",\"doc_id\":\"cl\","),
            "%s", out);
  cr_assert_not_null(strstr(out, "\"disputed_by\":[\"cl~2#1\"]"));
  out = acta_render_json(&c, &a, &len);
  cr_assert(starts(out, "{\"type\":\"event\",\"id\":\"cl~2#0\",\"doc_id\":\"cl\","),
            "%s", out);
  cr_assert_not_null(strstr(out, "\"disputes\":\"cl~2#0\""));
  out = acta_render_tsv(&c, &a, &len);
  cr_assert_not_null(strstr(out, "\tcl~2#1\t"), "%s", out);
  out = acta_render_claims(&c, &a, 0, &len);
  cr_assert(starts(out, "cl~2#0\tcl\t0\t"), "%s", out);
  acta_coder_set_event_id_base(&c, NULL);
  out = acta_render_json(&c, &a, &len);
  cr_assert(starts(out, "{\"type\":\"event\",\"id\":\"cl#0\""), "%s", out);
  acta_buf_free(&c.out);
}

/* The text an actor spans, from the library (offsets were all it gave). */
Test(render, actor_text) {
  acta_event e = tricky_event();
  acta_article a = {.id = "t", .text = tricky, .text_len = sizeof tricky - 1};
  size_t n;
  const char *s = acta_actor_text(&a, &e.source, &n);
  cr_assert_eq(n, 8);
  cr_assert(memcmp(s, "\"Police\"", 8) == 0);
  s = acta_actor_text(&a, &e.reported_by, &n); /* absent */
  cr_assert_eq(n, 0);
  cr_assert_str_eq(s, "");
  s = acta_span_text(&a, 30, 1000, &n); /* clamped to the text */
  cr_assert_eq(n, sizeof tricky - 1 - 30);
  s = acta_span_text(&a, 1000, 2000, &n);
  cr_assert_eq(n, 0);
}

/* ---- the one-pass scanner against jansson -------------------------------- */

/* Parses line with both readers; asserts they agree (result, message and
 * every field) and returns the scanner's result in *a (owned by *owned). */
static int parse_both(const char *line, acta_article *a, char **owned,
                      char *err, size_t errlen) {
  acta_article b;
  char *ob = NULL, eb[256];
  int ra = acta_parse_jsonl_line(line, strlen(line), a, owned, err, errlen);
  int rb = acta_parse_jsonl_line_jansson(line, strlen(line), &b, &ob, eb,
                                         sizeof eb);
  cr_assert_eq(ra, rb, "%s", line);
  if (ra) cr_assert_str_eq(err, eb, "%s", line);
  const char *fa[] = {a->id, a->date, a->publisher, a->url, a->title};
  const char *fb[] = {b.id, b.date, b.publisher, b.url, b.title};
  for (size_t i = 0; i < 5; i++) {
    cr_assert_eq(!fa[i], !fb[i], "%s: field %zu", line, i);
    if (fa[i]) cr_assert_str_eq(fa[i], fb[i], "%s", line);
  }
  cr_assert_eq(a->text_len, b.text_len, "%s", line);
  cr_assert_eq(!a->text, !b.text);
  if (a->text) cr_assert(memcmp(a->text, b.text, a->text_len) == 0, "%s", line);
  cr_assert_eq(a->parse_len, b.parse_len);
  if (a->parse) cr_assert(memcmp(a->parse, b.parse, a->parse_len) == 0);
  free(ob);
  return ra;
}

Test(jsonl_scanner, escapes_surrogates_and_whitespace) {
  const char *line =
      " {\r\n\t\"id\" : \"q\\/1\" , \"text\":\"He said \\\"no\\\".\\n"
      "Caf\\u00e9 \\ud83d\\ude00 \\u20ac5 \\\\ \\b\\f\\r\\t\", "
      "\"parse\":\"(S (NP x))\"\t} \n";
  acta_article a;
  char *owned = NULL, err[256];
  cr_assert_eq(parse_both(line, &a, &owned, err, sizeof err), 0, "%s", err);
  cr_assert_str_eq(a.id, "q/1");
  cr_assert_str_eq(a.text, "He said \"no\".\nCaf\xC3\xA9 \xF0\x9F\x98\x80 "
                           "\xE2\x82\xAC" "5 \\ \b\f\r\t");
  cr_assert_str_eq(a.parse, "(S (NP x))");
  free(owned);
}

Test(jsonl_scanner, last_duplicate_wins_and_escaped_keys_count) {
  acta_article a;
  char *owned = NULL, err[256];
  cr_assert_eq(parse_both("{\"id\":\"d1\",\"text\":\"first\",\"text\":\"second\"}",
                          &a, &owned, err, sizeof err), 0);
  cr_assert_str_eq(a.text, "second");
  free(owned);
  /* "t\u0065xt" is the key "text" */
  cr_assert_eq(parse_both("{\"id\":\"d2\",\"text\":\"plain\",\"t\\u0065xt\":\"escaped\"}",
                          &a, &owned, err, sizeof err), 0);
  cr_assert_str_eq(a.text, "escaped");
  free(owned);
  /* a later null or number replaces a string */
  cr_assert_eq(parse_both("{\"id\":\"d3\",\"text\":\"x\",\"date\":\"2022-10-27\","
                          "\"date\":null,\"title\":\"T\",\"title\":7}",
                          &a, &owned, err, sizeof err), 0);
  cr_assert_null(a.date);
  cr_assert_null(a.title);
  free(owned);
  cr_assert_eq(parse_both("{\"id\":\"d4\",\"text\":\"x\",\"text\":12}", &a,
                          &owned, err, sizeof err), -1);
  cr_assert_str_eq(err, "\"text\" is not a string");
  free(owned);
}

Test(jsonl_scanner, other_values_and_what_goes_to_jansson) {
  static const char *const lines[] = {
      /* taken by the scanner */
      "{\"id\":\"v1\",\"n\":-0.25,\"z\":0,\"big\":123456789012345,\"t\":true,"
      "\"f\":false,\"nil\":null,\"o\":{\"a\":[1,[2,{}],[]],\"b\":{}},\"text\":\"ok\"}",
      "{\"id\":\"v2\",\"text\":\"ok\",\"date\":\"2022-10-27T08:00:00Z\"}",
      "{\"id\":\"v3\",\"text\":\"\",\"publisher\":\"AP\",\"url\":\"u\"}",
      /* left to jansson: its values or its message */
      "{\"id\":5,\"text\":\"number id\"}",
      "{\"id\":\"v5\",\"text\":\"x\",\"big\":1e400}",
      "{\"id\":\"v6\",\"text\":\"x\",\"big\":12345678901234567890123}",
      "{\"id\":\"v7\",\"text\":\"x\",\"lead\":01}",
      "{\"id\":\"v8\",\"text\":\"a\\u0000b\"}",
      "{\"id\":\"v9\",\"text\":\"lone \\ud83d here\"}",
      "{\"id\":\"v10\",\"text\":\"bad \\x escape\"}",
      "{\"id\":\"v11\",\"text\":\"raw \x01 control\"}",
      "{\"id\":\"v12\",\"text\":\"bad \xff byte\"}",
      "{\"id\":\"v13\",\"text\":\"x\",\"date\":\"2022-02-30\"}",
      "{\"id\":\"v14\",\"text\":\"x\",\"date\":7}",
      "{\"id\":\"\",\"text\":\"x\"}",
      "{\"id\":\"v16\",\"text\":\"x\"} trailing",
      "{\"id\":\"v17\",\"text\":\"x\",}",
      "[\"id\",\"text\"]",
      "{}",
      "\xEF\xBB\xBF{\"id\":\"v20\",\"text\":\"bom\"}",
      "{\"id\":\"v21\",\"text\":\"x\",\"t\":tru}",
  };
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    acta_article a;
    char *owned = NULL, err[256];
    int rc = parse_both(lines[i], &a, &owned, err, sizeof err);
    cr_assert_eq(rc, i < 4 ? 0 : -1, "line %zu: %s", i, err);
    free(owned);
  }
  /* nesting deeper than the scanner goes: jansson's answer */
  char deep[4096];
  size_t n = (size_t)snprintf(deep, sizeof deep, "{\"id\":\"v22\",\"text\":\"x\",\"d\":");
  for (int k = 0; k < 100; k++) deep[n++] = '[';
  for (int k = 0; k < 100; k++) deep[n++] = ']';
  deep[n++] = '}';
  deep[n] = '\0';
  acta_article a;
  char *owned = NULL, err[256];
  cr_assert_eq(parse_both(deep, &a, &owned, err, sizeof err), 0, "%s", err);
  cr_assert_str_eq(a.id, "v22");
  free(owned);
}
