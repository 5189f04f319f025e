/* SPDX-License-Identifier: MIT */
/* coder.c: the coder object (one per thread over shared, read-only
 * dictionaries): its creation and release, the events and sentence count of
 * the last article, and the trace that explanations write.  Reads nothing
 * of the text; owns the per-article scratch of the stages (struct
 * acta_work, coder_internal.h). */
#include "coder_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

acta_coder *acta_coder_new(const acta_dict *d) {
  if (!d) return NULL;
  acta_coder *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->dict = d;
  acta_buf_init(&c->out);
  acta_buf_init(&c->trace);
  c->work = calloc(1, sizeof *c->work);
  if (!c->work) { free(c); return NULL; }
  acta_tokens_init(&c->work->toks);
  c->work->trace = &c->trace;
  return c;
}

void acta_coder_free(acta_coder *c) {
  if (!c) return;
  struct acta_work *w = c->work;
  acta_tokens_free(&w->toks);
  free(w->sents);
  free(w->ments);
  free(w->sent_ment);
  free(w->ap_sent_vg);
  free(w->ap_discard);
  free(w->ap_headline);
  free(w->sent_nl);
  free(w->tok_ment);
  free(w->tok_vg);
  free(w->tab);
  free(w->tok_scope);
  free(w->tok_cend);
  free(w->sent_semis);
  free(w->ev_slots);
  free(w->vgs);
  free(w->frames);
  free(w->matches);
  free(w->figs);
  free(w->fig_group);
  free(w->places);
  free(w->place_use);
  free(w->sent_place);
  acta_gaz_memo_free(w->gaz_memo);
  free(w->fig_sent);
  acta_treebank_free(&w->tb);
  free(w->tok_ptb);
  free(w->tok_leaf);
  free(w->leaf_tok);
  free(w->np_before);
  free(w->np_scratch);
  free(w->na_words);
  free(w->na_flags);
  free(w->name_refs);
  free(w);
  free(c->events);
  free(c->evfigs);
  free(c->sums);
  acta_buf_free(&c->out);
  acta_buf_free(&c->trace);
  free(c);
}

const char *acta_coder_error(const acta_coder *c) { return c->error; }

void acta_coder_set_new_actor_length(acta_coder *c, int max_words) {
  c->work->new_actor_len = max_words > 0 ? max_words : 0;
}

void acta_coder_set_keep_sourceless(acta_coder *c, int on) {
  c->work->keep_sourceless = on != 0;
}

void acta_coder_set_tabari_targets(acta_coder *c, int on) {
  c->work->tabari_targets = on != 0;
}

void acta_coder_set_tabari_forward(acta_coder *c, int on) {
  c->work->fwd_on = on != 0;
}

void acta_coder_set_code_all(acta_coder *c, int on) { c->work->code_all = on != 0; }

const acta_event *acta_events(const acta_coder *c, size_t *count) {
  if (count) *count = c->nevents;
  return c->events;
}

size_t acta_sentence_count(const acta_coder *c) { return c->nsentences; }

void acta_trace_on(struct acta_work *w, const char *fmt, ...) {
  if (!w->tracing) return;
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  acta_buf_puts(w->trace, tmp);
}
