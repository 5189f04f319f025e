/* SPDX-License-Identifier: MIT */
/* fuzz_petrarch_dict.c: libFuzzer target for the PETRARCH / TABARI
 * dictionary reader (petr_dict_parse in src/petrarch.h).
 *
 * The first byte picks the dictionary kind (verbs, actors, agents,
 * discards), strict mode and TABARI's formats; the rest is the file.  The input is copied
 * into an exactly-sized buffer (the reader must honour len).  A dict that
 * loads is walked: every range must lie inside its array and every string
 * must be readable. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "petrarch.h"

static size_t sink;

static void quiet(void *ud, const char *msg) {
  (void)ud;
  sink += strlen(msg);
}

static void check_range(size_t first, size_t n, size_t total) {
  if (first > total || n > total - first) abort();
}

static void check_strs(const petr_dict *d, size_t first, size_t n) {
  check_range(first, n, d->n_strs);
  for (size_t i = 0; i < n; i++) sink += strlen(d->strs[first + i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  petr_kind kind = (petr_kind)(PETR_VERBS + data[0] % 4);
  int strict = (data[0] >> 2) & 1;
  int tabari = (data[0] >> 3) & 1;
  size_t len = size - 1;
  char *buf = malloc(len ? len : 1);
  if (!buf) return 0;
  if (len) memcpy(buf, data + 1, len);
  petr_opts o = {"fuzz.txt", strict, quiet, NULL, tabari};
  char err[256];
  err[0] = 'x';
  petr_dict *d = petr_dict_parse(kind, buf, len, &o, err, sizeof err);
  if (!d) {
    if (!strict || memchr(err, '\0', sizeof err) == NULL || !err[0]) abort();
    free(buf);
    return 0;
  }
  for (size_t i = 0; i < d->n_strs; i++)
    if (!d->strs[i]) abort();
  for (size_t i = 0; i < d->n_synsets; i++) {
    sink += strlen(d->synsets[i].name);
    check_strs(d, d->synsets[i].first_member, d->synsets[i].n_members);
  }
  for (size_t i = 0; i < d->n_families; i++) {
    const petr_family *f = &d->families[i];
    sink += strlen(f->verb) + strlen(f->code);
    check_range(f->first_form, f->n_forms, d->n_forms);
    check_range(f->first_pattern, f->n_patterns, d->n_patterns);
  }
  for (size_t i = 0; i < d->n_forms; i++) {
    const petr_verb_form *v = &d->forms[i];
    sink += strlen(v->text) + (v->code ? strlen(v->code) : 0);
    check_strs(d, v->first_irregular, v->n_irregular);
  }
  for (size_t i = 0; i < d->n_patterns; i++) {
    const petr_pattern *p = &d->patterns[i];
    if (p->family >= d->n_families) abort();
    sink += strlen(p->code) + strlen(p->text) + (p->code2 ? strlen(p->code2) : 0);
    check_range(p->first_tok, p->n_toks, d->n_toks);
    size_t verbs = 0;
    for (size_t k = 0; k < p->n_toks; k++) {
      const petr_tok *t = &d->toks[p->first_tok + k];
      if (t->kind < PETR_T_WORD || t->kind > PETR_T_ALT) abort();
      if (t->kind == PETR_T_VERB) verbs++;
      if ((t->kind == PETR_T_WORD || t->kind == PETR_T_SYNSET) != (t->text != NULL))
        abort();
      if (t->text) sink += strlen(t->text);
      if (t->kind == PETR_T_ALT) {
        if (!t->n_alts) abort();
        check_strs(d, t->first_alt, t->n_alts);
      }
    }
    if (verbs != 1) abort();
  }
  for (size_t i = 0; i < d->n_actors; i++) {
    const petr_actor *a = &d->actors[i];
    if (!a->n_codes) abort();
    check_strs(d, a->first_alias, a->n_aliases);
    check_range(a->first_code, a->n_codes, d->n_codes);
    const char *c = petr_actor_code_at(d, a, 20100101);
    if (c) sink += strlen(c);
    const char *w[8];
    size_t l[8];
    sink += petr_phrase_words(a->phrase, w, l, 8);
  }
  for (size_t i = 0; i < d->n_codes; i++) {
    const petr_code *c = &d->codes[i];
    if (c->rule == PETR_DATE_RANGE && c->from > c->to) abort();
    sink += strlen(c->code);
  }
  for (size_t i = 0; i < d->n_agents; i++) {
    const petr_agent *a = &d->agents[i];
    sink += strlen(a->phrase) + strlen(a->code);
    check_strs(d, a->first_plural, a->n_plurals);
  }
  for (size_t i = 0; i < d->n_macros; i++)
    check_strs(d, d->macros[i].first_value, d->macros[i].n_values);
  for (size_t i = 0; i < d->n_discards; i++)
    sink += strlen(d->discards[i].phrase);
  petr_dict_free(d);
  free(buf);
  return 0;
}
