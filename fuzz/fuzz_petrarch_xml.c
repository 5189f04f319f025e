/* SPDX-License-Identifier: MIT */
/* fuzz_petrarch_xml.c: libFuzzer target for the PETRARCH input / validation
 * XML reader (petr_xml_* in src/petrarch.h).
 *
 * The input bytes are the file, copied into an exactly-sized buffer (the
 * reader must honour len).  Every record is checked (id, 8-digit date,
 * text length and valid UTF-8, codings); a record that cannot be read
 * gives a "file:line: ..." error and the reader goes on after it; the
 * reader must end with 0 or a terminated "file:line: ..." error that
 * repeats, and it must always move forward. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "petrarch.h"

static size_t sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  if (size) memcpy(buf, data, size);
  petr_xml *x = petr_xml_open(buf, size, "fuzz.xml");
  petr_record r;
  char err[256];
  int rc;
  size_t last = 0;
  while ((rc = petr_xml_next(x, &r, err, sizeof err)) == 1 || rc == 2) {
    if (petr_xml_offset(x) <= last && last) abort();
    last = petr_xml_offset(x);
    if (r.offset >= size || buf[r.offset] != '<') abort();
    if (rc == 2) { /* a record's error: named, terminated, and the reader goes on */
      if (memchr(err, '\0', sizeof err) == NULL || strncmp(err, "fuzz.xml:", 9)) abort();
      if (r.id) sink += strlen(r.id);
      continue;
    }
    if (!r.id || !r.date || !r.text || strlen(r.date) != 8) abort();
    if (strlen(r.text) != r.text_len) abort();
    for (size_t i = 0; i < r.text_len;) { /* text is UTF-8, as the JSON reader's */
      size_t l = acta_utf8_seq((const unsigned char *)r.text + i, r.text_len - i);
      if (!l) abort();
      i += l;
    }
    /* <Config> values: a boolean, and lengths of at most six digits */
    const petr_config *cf = &r.config;
    if (cf->require_dyad != 0 && cf->require_dyad != 1) abort();
    const int lens[] = {cf->new_actor_length, cf->comma_min, cf->comma_max,
                        cf->comma_bmin, cf->comma_bmax, cf->comma_emin,
                        cf->comma_emax};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++)
      if (lens[i] < 0 || lens[i] > 999999) abort();
    sink += strlen(r.id) + (r.parse ? strlen(r.parse) : 0);
    if (r.category) sink += strlen(r.category);
    if (r.source) sink += strlen(r.source);
    for (size_t i = 0; i < r.n_codings; i++) {
      const petr_coding *c = &r.codings[i];
      if (c->noevents && (c->event || c->source || c->target)) abort();
      if (!c->noevents && !c->event && !c->error) abort();
      if (c->event) sink += strlen(c->event);
      if (c->source) sink += strlen(c->source);
      if (c->target) sink += strlen(c->target);
    }
  }
  if (rc == -1) {
    if (memchr(err, '\0', sizeof err) == NULL || strncmp(err, "fuzz.xml:", 9)) abort();
    char err2[256];
    if (petr_xml_next(x, &r, err2, sizeof err2) != -1 || strcmp(err, err2)) abort();
  } else if (rc != 0) {
    abort();
  }
  const petr_env *env = petr_xml_env(x);
  if (env->verbfile) sink += strlen(env->verbfile);
  petr_xml_free(x);
  free(buf);
  return 0;
}
