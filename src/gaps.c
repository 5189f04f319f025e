/* SPDX-License-Identifier: MIT */
/* gaps.c: what the dictionaries missed in one coded article (`acta gaps`):
 * the verb frames of the sentences that name an actor and yield no event,
 * and the capitalised noun phrases no actor entry knows.  Reads the coder's
 * scratch of the article just coded (tokens, tags, mentions, verb groups,
 * places); cli_gaps.c counts and ranks what it writes.  Linear in the
 * article's tokens: each token is looked at a bounded number of times. */
#include "gaps.h"

#include "coder_internal.h"
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

/* A frame takes at most this many words after its verb. */
#define FRAME_WORDS 4

/* Adverbs that make a phrasal verb with the word before ("call off",
 * "hand over"); "on", "in" are read as prepositions. */
static const char *const particles[] = {
    "up", "down", "out", "off", "back", "away", "over", "aside",
    "forward", "ahead", "together", "apart", NULL};

/* Is token q a lower-case word inside a name ("Ministry of Defense",
 * "Cartel de Sinaloa", "Office for Drug Control")?  (review18: by
 * vocabulary codes and coder word ids, not strings) */
static int name_link(const struct acta_work *w, uint32_t q) {
  unsigned v = w->toks.v[q].vocab;
  return v == V_OF || v == V_DE || v == V_DEL || v == V_LA || v == V_FOR ||
         is_word(w, q, w->cw->w_las) || is_word(w, q, w->cw->w_los);
}

/* The sentence's text, tabs and line breaks as spaces. */
static void put_sentence(acta_buf *out, const char *text, const acta_sentence *s) {
  for (uint32_t b = s->start; b < s->end; b++) {
    char ch = text[b];
    acta_buf_putc(out, (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch);
  }
  acta_buf_putc(out, '\n');
}

/* Token q's lemma as a verb or a noun, else its folded form. */
static const char *lemma_of(const acta_dict *d, const struct acta_work *w,
                            uint32_t q, int verb) {
  uint32_t id = verb ? w->toks.v[q].vlemma : w->toks.v[q].nlemma;
  return id != ACTA_NO_WORD ? acta_intern_str(&d->words, id) : norm(w, q);
}

/* The head of the noun phrase starting at token *q (before end), as a
 * frame word: "<actor>" for an actor mention, "<name>" for another proper
 * noun, "<number>" for a figure, else the lemma of its last noun.  Moves
 * *q past the phrase; NULL (and *q unchanged) when none starts there. */
static const char *np_head(const acta_dict *d, const struct acta_work *w,
                           uint32_t *q, uint32_t end) {
  uint32_t i = *q, head = NO;
  int actor = 0;
  while (i < end && np_tag(w->toks.v[i].tag)) {
    int t = w->toks.v[i].tag;
    if (w->tok_vg[i] != NO) break;
    if (w->tok_ment[i] != NO) actor = 1;
    if (t == P_NOUN || t == P_PROPN || t == P_NUM) head = i;
    i++;
  }
  if (head == (uint32_t)NO) return NULL;
  *q = i;
  if (actor) return "<actor>";
  int t = w->toks.v[head].tag;
  if (t == P_PROPN) return "<name>";
  if (t == P_NUM) return "<number>";
  return lemma_of(d, w, head, 0);
}

/* Writes the frame of verb group g (its clause ends before end). */
static void put_frame(const acta_dict *d, const struct acta_work *w,
                      const vgroup *g, uint32_t end, acta_buf *out) {
  acta_buf_puts(out, "F\t");
  acta_buf_puts(out, lemma_of(d, w, g->head, 1));
  if (g->passive) acta_buf_puts(out, " (passive)");
  /* a verb the dictionaries know: what is missing is more likely its
   * actor or a fitting object than the verb */
  const acta_token *h = &w->toks.v[g->head];
  uint32_t pi;
  int known = (h->word != ACTA_NO_WORD && acta_u64map_get(&d->verb_pats, h->word, &pi)) ||
              acta_u64map_get(&d->verb_pats, h->vlemma, &pi);
  uint32_t q = g->last;
  int words = 0, object = 0, prep = 0;
  if (q < end && norm_one_of(w, q, particles) &&
      (w->toks.v[q].tag == P_ADV || w->toks.v[q].tag == P_PREP)) {
    acta_buf_printf(out, " %s", norm(w, q));
    q++;
    words++;
  }
  while (q < end && words < FRAME_WORDS) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->tag == P_ADV && !object && !prep) { q++; continue; }
    if (tk->tag == P_TO && !prep && !object && q + 1 < w->toks.n &&
        w->tok_vg[q + 1] != NO && w->toks.v[q + 1].tag == P_VERB) {
      /* "agree to return": the verb after "to" is its own verb group */
      acta_buf_printf(out, " to %s", lemma_of(d, w, q + 1, 1));
      break;
    }
    if ((tk->tag == P_PREP || tk->tag == P_TO) && !prep) {
      acta_buf_printf(out, " %s", norm(w, q));
      prep = 1;
      words++;
      q++;
      if (object) break; /* "return artifact to" */
      continue;
    }
    if (!object && !prep && tk->tag == P_THAT) { /* "find that" */
      acta_buf_puts(out, " that");
      break;
    }
    if (!object && tk->tag == P_PRON) { /* "make it", "help them" */
      acta_buf_puts(out, " <pron>");
      object = 1;
      words++;
      q++;
      if (prep) break;
      continue;
    }
    if (!object && np_tag(tk->tag) && w->tok_vg[q] == NO) {
      const char *h = np_head(d, w, &q, end);
      if (!h) break;
      acta_buf_printf(out, " %s", h);
      object = 1;
      words++;
      if (prep) break; /* "agree on draft" */
      continue;
    }
    break;
  }
  if (known) acta_buf_puts(out, " [verb has patterns]");
  acta_buf_putc(out, '\t');
}

/* Verb frames of sentence si, which yields no event. */
static void sentence_frames(const acta_coder *c, const acta_article *a,
                            size_t si, acta_buf *out) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = &w->sents[si];
  int actor = 0;
  for (size_t m = w->sent_ment[si]; m < w->sent_ment[si + 1] && !actor; m++)
    actor = w->ments[m].code[0] != '\0';
  if (!actor) return; /* no actor: no event could be coded */
  for (uint32_t q = s->first; q < s->last; q++) {
    int32_t v = w->tok_vg[q];
    if (v == NO || (q > s->first && w->tok_vg[q - 1] == v)) continue;
    const vgroup *g = &w->vgs[v];
    const acta_token *h = &w->toks.v[g->head];
    uint32_t rv;
    if (!g->has_main || h->tag != P_VERB || h->vlemma == ACTA_NO_WORD) continue;
    if (acta_u64map_get(&d->report, h->vlemma, &rv)) continue; /* "said" */
    if (!strcmp(acta_intern_str(&d->words, h->vlemma), "be")) continue;
    if (is_word(w, g->head, w->cw->w_according)) continue; /* a source */
    /* the clause ends at the next verb group or clause punctuation */
    uint32_t end = g->last;
    while (end < s->last && w->tok_vg[end] == NO &&
           !(w->toks.v[end].tag == P_PUNCT && w->toks.v[end].punct != '-') &&
           w->toks.v[end].tag != P_CONJ && w->toks.v[end].tag != P_THAT &&
           w->toks.v[end].tag != P_WH && w->toks.v[end].tag != P_SUBORD)
      end++;
    put_frame(d, w, g, end, out);
    put_sentence(out, a->text, s);
  }
}

/* Is byte span [b0, b1) inside a place of sentence si? */
static int in_place(const struct acta_work *w, size_t si, size_t b0, size_t b1) {
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++)
    if (w->places[k].start <= b0 && w->places[k].end >= b1) return 1;
  return 0;
}

/* Can token q be a word of a name? */
static int name_word(const struct acta_work *w, uint32_t q, uint32_t first) {
  const acta_token *tk = &w->toks.v[q];
  if (tk->kind != TK_WORD || !(tk->flags & TF_CAP) || (tk->flags & TF_DATELINE))
    return 0;
  /* (capitalised words that are dates, not names) */
  if (w->tok_ment[q] != NO || acta_time_name(tk)) return 0;
  if (is_vocab(w, q, V_I)) return 0; /* the pronoun ("I'm") */
  if (tk->tag == P_PROPN) return 1;
  /* a capitalised noun or adjective inside the sentence ("the Gulf Clan") */
  return q > first && (tk->tag == P_NOUN || tk->tag == P_ADJ);
}

/* Capitalised noun phrases of sentence si no actor entry knows. */
static void sentence_names(const acta_coder *c, const acta_article *a,
                           size_t si, acta_buf *out) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = &w->sents[si];
  uint32_t q = s->first;
  while (q < s->last) {
    if (!name_word(w, q, s->first)) { q++; continue; }
    uint32_t last = q + 1; /* one past the name's last word */
    uint32_t j = q + 1;
    while (j < s->last) {
      if (name_word(w, j, s->first)) { last = ++j; continue; }
      if (name_link(w, j) && j + 1 < s->last &&
          name_word(w, j + 1, s->first)) { j++; continue; }
      break;
    }
    size_t b0 = w->toks.v[q].start, b1 = w->toks.v[last - 1].end;
    int known = in_place(w, si, b0, b1);
    /* a name next to an actor is part of it ("the Sinaloa Cartel's") */
    if ((q > s->first && w->tok_ment[q - 1] != NO && w->toks.v[q - 1].end == b0) ||
        (last < s->last && w->tok_ment[last] != NO && w->toks.v[last].start == b1))
      known = 1;
    if (!known) {
      acta_buf_puts(out, "N\t");
      for (size_t b = b0; b < b1; b++) {
        char ch = a->text[b];
        acta_buf_putc(out, (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch);
      }
      acta_buf_putc(out, '\t');
      put_sentence(out, a->text, s);
    }
    q = last;
  }
}

void acta_coder_every_stage(acta_coder *c) { c->work->every_stage = 1; }

void acta_gaps_article(const acta_coder *c, const acta_article *a,
                       acta_buf *out) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  uint8_t *coded = calloc(w->nsents + 1, 1);
  if (!coded) abort();
  for (size_t k = 0; k < c->nevents; k++)
    if (c->events[k].sentence >= 0 && (size_t)c->events[k].sentence < w->nsents)
      coded[c->events[k].sentence] = 1;
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    /* a headline in title case is not coded: neither a gap */
    if (acta_title_case(d, &w->toks, s->first, s->last)) continue;
    if (!coded[si]) sentence_frames(c, a, si, out);
    sentence_names(c, a, si, out);
  }
  free(coded);
}
