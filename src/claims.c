/* SPDX-License-Identifier: MIT */
/* claims.c: who says so, and how sure.  It finds the reporting frames of a
 * sentence ("X said (that) ...", "..., X said", "according to X", "X told
 * reporters that", "X was quoted as saying", "AFP quoted ISNA as saying")
 * and the scope of each (w->tok_scope: which frame reports each token);
 * codes the statements (a reporting verb with no event in its clause);
 * qualifies a sentence's events by its evidence phrases; after the
 * article, links each denial to the claim it disputes and gives the events
 * of a quotation running over several sentences their speaker.  Reads the
 * tokens, mentions and verb groups; writes w->frames, w->tok_scope and the
 * events' reporters, statuses, evidence and disputes. */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

/* A frame and the frames it is nested in have yielded an event. */
void acta_mark_produced(struct acta_work *w, int32_t fr) {
  for (size_t guard = 0; fr != NO && guard < w->nframes; guard++) {
    w->frames[fr].produced = 1;
    fr = w->frames[fr].parent;
  }
}

/* How far after a reporting verb its own act's words may reach
 * ("declared a two-week unilateral ceasefire"). */
#define OWN_ACT_WORDS 6

/* A reporting verb being read as a frame. */
typedef struct report {
  uint32_t p;               /* where what it reports may start */
  int status;               /* the status it gives what it reports */
  uint32_t cameo;           /* its own code (as a statement) */
  int32_t quoted;           /* "AFP quoted ISNA as saying": ISNA */
  int passive_quote;        /* "X was quoted (by Y) as saying" */
  int32_t quoted_by;        /* ... Y */
} report;

/* Quotations: "X was quoted (by Y) as saying (that)" and "AFP quoted ISNA
 * as saying (that)": "saying" is part of the frame (TF_USED), what is
 * reported starts after it, and the status is the one "saying" gives.
 * Returns 0 for a passive reporting verb that is no such quotation. */
static int quotation(const acta_dict *d, struct acta_work *w,
                     const acta_sentence *s, const vgroup *g, report *r) {
  const acta_token *h = &w->toks.v[g->head];
  if (g->passive) {
    if (!acta_lemma_is(h->vlemma, w->cw->l_quote)) return 0;
    uint32_t q = g->last;
    if (q + 1 < s->last && is_word(w, q, w->cw->w_by) && w->tok_ment[q + 1] != NO) {
      r->quoted_by = w->ments[w->tok_ment[q + 1]].group;
      q = w->ments[w->tok_ment[q + 1]].last;
    }
    uint32_t rv;
    if (!(q + 1 < s->last && is_word(w, q, w->cw->w_as) &&
          w->toks.v[q + 1].vlemma != ACTA_NO_WORD &&
          acta_u64map_get(&d->report, w->toks.v[q + 1].vlemma, &rv)))
      return 0;
    r->status = (int)(rv >> 24);
    r->cameo = rv & 0xFFFFFFu;
    acta_mark_used(w, q + 1); /* "saying" is part of the frame */
    r->p = q + 2;
    if (r->p < s->last && is_word(w, r->p, w->cw->w_that)) r->p++;
    r->passive_quote = 1;
  }
  uint32_t p = r->p;
  if (p + 2 < s->last && w->tok_ment[p] != NO &&
      acta_lemma_is(h->vlemma, w->cw->l_quote)) {
    uint32_t after = w->ments[w->tok_ment[p]].last;
    uint32_t ci;
    if (after + 1 < s->last && is_word(w, after, w->cw->w_as) &&
        w->toks.v[after + 1].vlemma != ACTA_NO_WORD &&
        acta_u64map_get(&d->report, w->toks.v[after + 1].vlemma, &ci)) {
      r->quoted = w->ments[w->tok_ment[p]].group;
      r->status = (int)(ci >> 24);
      r->cameo = ci & 0xFFFFFFu;
      acta_mark_used(w, after + 1); /* "saying" is part of the frame */
      r->p = after + 2;
      if (r->p < s->last && is_word(w, r->p, w->cw->w_that)) r->p++;
    }
  }
  return 1;
}

/* How many words after an aside's comma its reporting verb may stand
 * ("the cartel, the police chief reported, killed"). */
#define ASIDE_SPEAKER_WORDS 6

/* prec47d: does the comma at token c open a speaker's aside that closes
 * with a comma: a few words with no mark, a reporting verb, then a comma
 * within a few words ("said the cartel, police reported, killed three
 * officers")?  The phrase before the comma is then the reported clause's
 * subject, no addressee. */
static int reporting_aside_at(const acta_dict *d, const struct acta_work *w,
                              const acta_sentence *s, uint32_t c) {
  if (!is_punct(w, c, ',')) return 0;
  for (uint32_t q = c + 1; q < s->last && q <= c + ASIDE_SPEAKER_WORDS; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (w->tok_vg[q] == NO) continue;
    const vgroup *v = &w->vgs[w->tok_vg[q]];
    uint32_t ci, lemma = w->toks.v[v->head].vlemma;
    if (lemma == ACTA_NO_WORD || !acta_u64map_get(&d->report, lemma, &ci)) return 0;
    for (uint32_t k = v->last; k < s->last && k < v->last + 3; k++) {
      if (is_punct(w, k, ',')) return 1;
      if (w->toks.v[k].kind == TK_PUNCT || w->tok_vg[k] != NO) return 0;
    }
    return 0;
  }
  return 0;
}

/* How far past a phrase after a reporting verb the finite verb of the
 * clause it is the subject of may stand ("said soldiers in the northern
 * state of Sonora had tortured"). */
#define SUBJECT_VERB_REACH 10

/* prec48c: does a finite verb group follow token q past words of a noun
 * or prepositional phrase only (no mark, no "that", at most
 * SUBJECT_VERB_REACH)?  "Said soldiers in Sonora had tortured": the
 * phrase before q is the subject of the clause reported, no addressee. */
static int clause_verb_after(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  for (uint32_t k = q; k < s->last && k < q + SUBJECT_VERB_REACH; k++) {
    if (w->tok_vg[k] != NO) {
      const vgroup *v = &w->vgs[w->tok_vg[k]];
      if (v->first != k) return 0;
      if (acta_finite_group(w, v)) return 1;
      /* mend48c: or a lone past participle the tagger read after a noun
       * for a reduced relative ("said police in the town arrested two
       * men"), which an object follows: a participle so placed takes no
       * object, a past tense does */
      uint32_t o = v->last;
      return v->head == k && o == k + 1 && w->toks.v[k].penn == PT_VBN && o < s->last &&
             (w->toks.v[o].tag == P_DET || w->toks.v[o].tag == P_NUM ||
              w->toks.v[o].tag == P_PRON);
    }
    const acta_token *t = &w->toks.v[k];
    if (!(np_tag(t->tag) || t->tag == P_PREP || t->tag == P_POSS || t->tag == P_ADV) ||
        is_word(w, k, w->cw->w_that))
      return 0;
  }
  return 0;
}

/* "told reporters (that)": an addressee is passed over when "that", a
 * preposition or a comma follows it, or the verb is "tell" (not a comma
 * that opens a speaker's aside: reporting_aside_at).  prec48c: not when
 * the verb tells no one by itself ("said", "noted") and the phrase and
 * prepositional phrases after it lead to a finite verb: the phrase is the
 * subject of the clause reported ("The governor said soldiers in Sonora
 * had tortured ...": the soldiers tortured, not the governor). */
static void skip_addressee(const acta_dict *d, const struct acta_work *w,
                           const acta_sentence *s, const vgroup *g, report *r) {
  uint32_t p = r->p;
  if (r->quoted == NO && !r->passive_quote && p < s->last && w->tok_ment[p] != NO) {
    int32_t m = w->tok_ment[p];
    uint32_t after = w->ments[m].last;
    int tell = acta_lemma_in(w->cw, w->toks.v[g->head].vlemma, WL_TELL_VERB);
    if (tell ||
        (after < s->last && (is_word(w, after, w->cw->w_that) ||
                             (w->toks.v[after].tag == P_PREP &&
                              (d->keds_only || !clause_verb_after(w, s, after + 1))) ||
                             (w->toks.v[after].kind == TK_PUNCT &&
                              (d->keds_only || !reporting_aside_at(d, w, s, after)))))) {
      r->p = after;
    }
  }
}

/* invented29: is the noun right at token p (past "the") a noun of claim
 * (WL4_CLAIM_NOUN: "claims", "reports", "allegations") whose clause's
 * subject follows it at once, "that" left out (a pronoun or a noun
 * phrase's first word, no possessive)? */
static int claim_left_out(const struct acta_work *w, const acta_sentence *s, uint32_t p) {
  if (p < s->last && w->toks.v[p].tag == P_DET) p++;
  if (p + 1 >= s->last || !tok_in4(w, p, WL4_CLAIM_NOUN)) return 0;
  const acta_token *n = &w->toks.v[p + 1];
  return (n->tag == P_PRON || n->tag == P_DET || n->tag == P_PROPN || w->tok_ment[p + 1] != NO) &&
         n->tag != P_POSS;
}

/* "said on Thursday that", "said in a statement that", "alleged, without
 * offering evidence, that": the "that" a few words on, past prepositional
 * phrases, adverbs, a parenthetical; else past adverbs and commas. */
static void find_that(const struct acta_work *w, const acta_sentence *s,
                      const vgroup *g, report *r) {
  uint32_t p = r->p, q = p;
  while (q < s->last && q - g->last < 12 && !is_word(w, q, w->cw->w_that)) {
    const acta_token *tq = &w->toks.v[q];
    if (tq->kind == TK_PUNCT && tq->punct == ',') {
      /* a parenthetical: jump to its closing comma */
      uint32_t z = q + 1;
      while (z < s->last && z - q < 8 &&
             !(w->toks.v[z].kind == TK_PUNCT && w->toks.v[z].punct == ','))
        z++;
      if (z < s->last && z - q < 8 && z + 1 < s->last &&
          is_word(w, z + 1, w->cw->w_that)) {
        q = z + 1;
        break;
      }
    }
    if (tq->tag == P_PREP) {
    } else if (tq->tag == P_ADV || (tq->kind == TK_PUNCT && tq->punct == ',')) {
    } else if (np_tag(tq->tag)) { /* "told reporters that" */
    } else break;
    q++;
  }
  if (q < s->last && is_word(w, q, w->cw->w_that)) p = q;
  else if (r->status == ACTA_DENIED && claim_left_out(w, s, p)) {
    /* invented29: "denied claims they are supplying uranium to Iran",
     * "denied reports the army had withdrawn": a noun of claim whose
     * "that" is left out, its clause's subject right after it; the
     * clause is what is denied */
    p++;
    if (p < s->last && !tok_in4(w, p - 1, WL4_CLAIM_NOUN)) p++;
  } else {
    while (p < s->last && (w->toks.v[p].tag == P_ADV ||
                           (w->toks.v[p].kind == TK_PUNCT && w->toks.v[p].punct == ',')) &&
           p - g->last < 4)
      p++;
  }
  r->p = p;
}

/* What a frame reports and who reports it. */
typedef struct frame_span {
  uint32_t first, last;     /* the reported clause [first, last) */
  int32_t reporter, via;    /* mention groups, or NO */
  uint32_t sp_first, sp_last; /* an uncoded speaker's words */
  int continued;            /* the outer frame's speaker goes on saying */
  int inference;            /* a thing that cannot speak suggests it */
  int32_t around1;          /* claims35: frame.around1 */
  uint32_t aside_first, aside_last; /* prec46e: ", police said," inside
                               the span, outside its scope */
} frame_span;

/* How many words after an aside's reporting verb its closing comma may
 * stand ("the coast guard noted in a release,", mend46e). */
#define ASIDE_TAIL 5

/* The most words an uncoded speaker's phrase may have. */
#define SPEAKER_WORDS 10

/* Is the noun phrase [f, l) headed by a word that may speak: a name, a
 * person, a group, an outlet or a document ("Investigators", "a new
 * study", "La Prensa"), not "the discovery", "violence", "the data" or
 * "most"?  Its head is the last noun before a preposition. */
static int speaker_head(const struct acta_work *w, uint32_t f, uint32_t l) {
  uint32_t h = UINT32_MAX;
  for (uint32_t q = f; q < l && w->toks.v[q].tag != P_PREP; q++)
    if (w->toks.v[q].tag == P_NOUN || w->toks.v[q].tag == P_PROPN) h = q;
  if (h == UINT32_MAX) return 0;
  /* a name: a proper noun, or a noun written with a capital inside the
   * sentence ("Chiquita Brands International") */
  int capital = w->cur_text && h > 0 && w->toks.v[h - 1].kind != TK_PUNCT &&
                w->cur_text[w->toks.v[h].start] >= 'A' && w->cur_text[w->toks.v[h].start] <= 'Z';
  /* (prec48c: or one who serves or keeps company with someone, "a friend
   * of the president": a private person, who may speak) */
  return w->toks.v[h].tag == P_PROPN || capital ||
         tok_in(w, h, WL_SPEAKER_NOUN | WL_PERSON_NOUN | WL_DOCUMENT_NOUN |
                          WL_GROUP_SOURCE | WL_CIVIL_BODY) ||
         acta_relation_head(w, h);
}

/* prec46e: a participle that names who relays a source, not who wrote
 * it ("sources consulted by El Tiempo", "a source cited by La Prensa"). */
static int relaying_participle(const struct acta_work *w, uint32_t i) {
  static const char *const RELAY[] = {"consulted", "cited", "quoted", "contacted",
                                      "interviewed", NULL};
  for (const char *const *r = RELAY; *r; r++)
    if (!strcmp(norm(w, i), *r)) return 1;
  return 0;
}

/* prec46e: the phrase right after "according to" when no coded actor
 * opens it ("El Diario", "sources in the security forces", "a report by
 * the Congressional Research Service", "an investigation published by El
 * Faro"): from p up to a comma or a word no noun phrase has, going on
 * over "of", "in", "from", "by", "for", "at", "on", "within" + a noun
 * phrase and over a past participle before "by" ("published by"; not one
 * that relays: "sources consulted by El Tiempo" are the sources).
 * Returns its end; *by is the coded actor named right after "by" or
 * "from" when that preposition
 * follows a noun or a participle that is no relay ("a report by X", "data
 * from X", "statements made by X"; not "sources consulted by X"). */
static uint32_t according_phrase(const struct acta_work *w, const acta_sentence *s,
                                 uint32_t p, int32_t *by) {
  *by = NO;
  uint32_t q = p;
  while (q < s->last && q - p < SPEAKER_WORDS) {
    const acta_token *t = &w->toks.v[q];
    if (t->tag == P_DET && q > p &&
        (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_PROPN)) {
      break; /* mend46e: a new phrase, with no comma before it: "according
              * to La Tarde the marines seized ...": the clause's subject */
    } else if (np_tag(t->tag)) {
      q++;
    } else if (t->tag == P_PREP && q + 1 < s->last && q > p &&
               np_tag(w->toks.v[q + 1].tag) &&
               (is_word(w, q, w->cw->w_of) || is_word(w, q, w->cw->w_in) ||
                is_word(w, q, w->cw->w_from) || is_word(w, q, w->cw->w_by) ||
                is_word(w, q, w->cw->w_for) || is_vocab(w, q, V_AT) ||
                is_word(w, q, w->cw->w_on) || is_vocab(w, q, V_WITHIN))) {
      if (*by == NO && (is_word(w, q, w->cw->w_by) || is_word(w, q, w->cw->w_from)) &&
          w->tok_ment[q + 1] != NO && w->ments[w->tok_ment[q + 1]].first == q + 1 &&
          w->ments[w->tok_ment[q + 1]].code[0] &&
          (w->toks.v[q - 1].tag == P_NOUN ||
           (w->toks.v[q - 1].penn == PT_VBN && !relaying_participle(w, q - 1))))
        *by = w->ments[w->tok_ment[q + 1]].group;
      q++;
    } else if (t->penn == PT_VBN && q > p && q + 1 < s->last && is_word(w, q + 1, w->cw->w_by) &&
               !relaying_participle(w, q)) {
      q++; /* "published by"; "consulted by" ends the source's words */
    } else if (is_punct(w, q, '(') && q + 2 < s->last && is_punct(w, q + 2, ')') &&
               w->toks.v[q + 1].tag == P_PROPN) {
      q += 3; /* "the Office of Border Control (OBC)" */
    } else {
      break;
    }
  }
  /* a phrase ends with no preposition or participle */
  while (q > p && !np_tag(w->toks.v[q - 1].tag) && !is_punct(w, q - 1, ')')) q--;
  return q;
}

/* mend46e: does the head phrase of an "according to" phrase (its words
 * from f up to l or the first preposition) name a law, a rule, a plan or
 * a policy ("according to the law passed by Congress", "according to Law
 * 1448", "according to Plan Colombia")?  Such a phrase says in keeping
 * with what the act was done, and no one reports it. */
static int norm_head(const struct acta_work *w, uint32_t f, uint32_t l) {
  for (uint32_t q = f; q < l && w->toks.v[q].tag != P_PREP; q++)
    if (tok_in4(w, q, WL4_NORM_NOUN | WL4_PLAN_NOUN) || tok_in2(w, q, WL2_POLICY_NOUN)) return 1;
  return 0;
}

/* "according to X": X reports the whole sentence but the attribution.
 * prec46e: an X that opens with no coded actor is the actor a document is
 * by ("according to an audit by the comptroller"), else, when its head
 * may speak, a speaker the dictionaries do not know, by its words
 * ("according to Diario Sur", "according to sources inside the prison
 * service"). */
static void according_to_frame(const acta_dict *d, struct acta_work *w, const acta_sentence *s) {
  /* speed34d: the word ids and the bound in locals, a pointer walk (one
   * load and compare a token; the stores below end the walk) */
  const uint32_t according = w->cw->w_according, to = w->cw->w_to;
  if (s->last < s->first + 3) return;
  for (const uint32_t *t = w->tok_cw + s->first, *end = w->tok_cw + s->last - 2; t < end; t++) {
    if (*t != according || t[1] != to) continue;
    uint32_t i = (uint32_t)(t - w->tok_cw);
    int32_t m = w->tok_ment[i + 2];
    int32_t rep = m != NO ? w->ments[m].group : NO;
    uint32_t ml = m != NO ? w->ments[m].last : i + 2, rf = 0, rl = 0;
    if (m == NO) {
      if (d->keds_only) continue;
      int32_t by = NO;
      uint32_t e = according_phrase(w, s, i + 2, &by);
      if (norm_head(w, i + 2, e)) continue;
      if (by != NO) {
        rep = by;
      } else if (e > i + 2 && speaker_head(w, i + 2, e)) {
        rf = i + 2;
        rl = e;
      } else {
        continue;
      }
      ml = e;
      /* the actor after "by" whole, past the phrase's SPEAKER_WORDS ("a
       * report by the Office of the Ombudsman for ..."): its tail is no
       * target of what it reports */
      if (by != NO && w->ments[by].last > ml && w->ments[by].last <= s->last)
        ml = w->ments[by].last;
    }
    frame *f = acta_next_frame(w, rep, ACTA_ASSERTED);
    f->rep_first = rf;
    f->rep_last = rl;
    f->first = s->first;
    f->last = s->last;
    /* the whole sentence except the attribution itself */
    for (uint32_t q = s->first; q < s->last; q++) w->tok_scope[q] = (int32_t)w->nframes;
    for (uint32_t q = i; q < ml; q++) w->tok_scope[q] = NO;
    w->nframes++;
    break;
  }
}

/* Is verb group g's head "suggest", "indicate" or "imply": what a thing
 * that cannot speak does with them is the writer's inference? */
static int inference_verb(const acta_dict *d, const struct acta_work *w, const vgroup *g) {
  uint32_t l = w->toks.v[g->head].vlemma;
  if (l == ACTA_NO_WORD) return 0;
  const char *v = acta_intern_str(&d->words, l);
  return !strcmp(v, "suggest") || !strcmp(v, "indicate") || !strcmp(v, "imply");
}

/* The phrase of an uncoded speaker ending at token end (its verb): the
 * noun phrase before it with the phrases after its head ("Investigators
 * in Argentina", "Sources familiar with the local picture"), from
 * its determiner, within [lo, end).  Sets *first to its start (end: none)
 * and returns whether its head may speak (speaker_head); *by is the actor
 * a study or report is by ("An investigation by La Prensa Grafica into the talks
 * says": La Prensa Grafica), else NO. */
static int speaker_before(const struct acta_work *w, uint32_t lo, uint32_t end,
                          uint32_t *first, int32_t *by) {
  *by = NO;
  uint32_t e = end;
  while (e > lo && w->toks.v[e - 1].tag == P_ADV) e--;
  /* invented19: an adverb set off by commas ("Recent incidents, however,
   * suggest", "Officials, meanwhile, said") stands between the phrase and
   * its verb */
  if (e >= lo + 4 && is_punct(w, e - 1, ',') && w->toks.v[e - 2].tag == P_ADV) {
    uint32_t q = e - 2;
    if (q > lo + 1 && w->toks.v[q - 1].tag == P_ADV) q--;
    if (q > lo + 1 && is_punct(w, q - 1, ',')) e = q - 1;
  }
  uint32_t b = e;
  for (;;) {
    uint32_t r = b;
    while (r > lo && np_tag(w->toks.v[r - 1].tag) && e - r < SPEAKER_WORDS) {
      r--;
      if (w->toks.v[r].tag == P_DET) break; /* a determiner opens it */
    }
    if (r == b) break;
    b = r;
    /* "X of Y", "X by Y": the phrase goes on before the preposition */
    if (b > lo + 1 && w->toks.v[b - 1].tag == P_PREP && np_tag(w->toks.v[b - 2].tag) &&
        e - b < SPEAKER_WORDS)
      b--;
    else
      break;
  }
  /* a phrase opens with no preposition */
  while (b < e && w->toks.v[b].tag == P_PREP) b++;
  *first = b;
  if (b == e) return 0;
  uint32_t p = b;
  while (p < e && w->toks.v[p].tag != P_PREP) p++;
  if (p + 1 < e && (is_word(w, p, w->cw->w_by) || is_word(w, p, w->cw->w_from)) &&
      w->tok_ment[p + 1] != NO && w->ments[w->tok_ment[p + 1]].first == p + 1 &&
      w->ments[w->tok_ment[p + 1]].code[0] && speaker_head(w, b, p))
    *by = w->ments[w->tok_ment[p + 1]].group;
  return speaker_head(w, b, e);
}

/* Does verb group g make a clause: a main verb, or a form of "be"
 * standing alone ("the death toll is as high as 250")? */
static int clause_verb(const acta_dict *d, const struct acta_work *w,
                       const vgroup *g) {
  if (g->has_main) return 1;
  const acta_token *h = &w->toks.v[g->head];
  return h->tag == P_AUX && h->word != ACTA_NO_WORD &&
         d->info[h->word].closed == CC_BE;
}

/* Is token i a day said by itself ("today", "yesterday")? */
static int day_word(const struct acta_work *w, uint32_t i) {
  static const char *const DAYS[] = {"today", "yesterday", "tonight", "tomorrow", NULL};
  for (const char *const *d = DAYS; *d; d++)
    if (!strcmp(norm(w, i), *d)) return 1;
  return 0;
}

/* prec48b: does a bare participle open the aside at token i, right after
 * a noun's comma ("The mayor, arrested last week, denied the charges"; a
 * past tense of a verb that needs an object, "detained", as the tagger
 * may read it)? */
static int appositive_participle_at(const struct acta_work *w, uint32_t i) {
  int32_t v = w->tok_vg[i];
  if (v == NO || w->vgs[v].first != i || w->vgs[v].head != i || i < 2 ||
      (w->toks.v[i].penn != PT_VBN &&
       !(w->toks.v[i].penn == PT_VBD && tok_in(w, i, WL_OBJECT_PARTICIPLE))))
    return 0;
  int pt = w->toks.v[i - 2].tag;
  return w->tok_ment[i - 2] != NO || pt == P_NOUN || pt == P_PROPN;
}

/* prec48b: does an actor stand in the tokens [a, b)?  (An aside with one,
 * "Bukele, accompanied by an envoy of the OAS, announced", keeps the
 * backward frame that hides the actor from the verb after it: the subject
 * walk would take the envoy for the one announcing.) */
static int actor_between(const struct acta_work *w, uint32_t a, uint32_t b) {
  for (uint32_t q = a; q < b; q++)
    if (w->tok_ment[q] != NO) return 1;
  return 0;
}

/* bugs23: does a relative clause set off by commas end right before token
 * b, a comma ("X, who was arrested last week, denied")?  The look back for
 * its opening comma is bounded.  (prec48b: or a bare participle's aside,
 * appositive_participle_at.) */
static int after_relative(const struct acta_work *w, const acta_sentence *s, uint32_t b) {
  enum { RELATIVE_REACH = 30 };
  if (b < s->first + 2 || !is_punct(w, b - 1, ',')) return 0;
  for (uint32_t q = b - 1, n = 0; q > s->first + 1 && n < RELATIVE_REACH; n++) {
    q--;
    if (is_punct(w, q, ','))
      return q + 1 < b - 1 &&
             (w->toks.v[q + 1].tag == P_WH || tok_in2(w, q + 1, WL2_RELATIVE_PRONOUN) ||
              (appositive_participle_at(w, q + 1) && !actor_between(w, q + 1, b - 1)));
  }
  return 0;
}

/* claims35: is reporting verb group g a reduced relative set off by a
 * comma ("arrested a man, suspected of running a ring", "seized cash,
 * believed to belong to the cartel", "six men, all believed to be"): a
 * lone participle right after the comma (or "all", "both" after it) with
 * "to" or "of" after it?  It says what the noun before it is
 * thought to be, and reports nothing of the clause before the comma; so
 * is one with "with" after it ("was arrested in May, charged with
 * laundering money": what he is charged with, prec46e). */
static int comma_reduced_relative(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g) {
  const acta_token *h = &w->toks.v[g->first];
  if (g->first < s->first + 2) return 0;
  uint32_t c = g->first - 1; /* the comma, or "all", "both" after it */
  if (c > s->first + 1 && w->toks.v[c].tag == P_DET && is_punct(w, c - 1, ',')) c--;
  return g->last - g->first == 1 && c > s->first &&
         is_punct(w, c, ',') && (h->penn == PT_VBN || h->penn == PT_VBD) &&
         g->last < s->last &&
         (is_word(w, g->last, w->cw->w_to) || is_word(w, g->last, w->cw->w_of) ||
          /* prec46e: "was arrested in May, charged with trafficking";
           * mend46e: after a clause's verb only: an aside on a subject
           * ("The soldiers, charged with guarding the border, attacked")
           * is no one's report, and its frame hid the subject */
          (is_word(w, g->last, w->cw->w_with) && g > w->vgs && (g - 1)->first >= s->first));
}

/* claims35: the span of a reduced relative (comma_reduced_relative): its
 * own words up to the next comma, semicolon or colon, said by no one; the
 * clause before the comma is no part of it. */
static int reduced_relative_span(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g, frame_span *fs) {
  fs->first = g->last;
  fs->last = g->last;
  while (fs->last < s->last && !is_punct(w, fs->last, ',') && !is_punct(w, fs->last, ';') &&
         !is_punct(w, fs->last, ':'))
    fs->last++;
  return fs->last > fs->first;
}

/* mend48b: does a bare noun phrase no time phrase opens start at token i
 * ("rockets", "mortar shells", "suspected robbers"; not "Monday", "last
 * week")?  Right after a bare past that follows a speaker's aside it is
 * the past's object: "Hamas, Israel said, fired rockets at Sderot". */
static int plain_object_noun(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  if (w->toks.v[i].tag == P_ADJ && i + 1 < s->last) i++;
  return w->toks.v[i].tag == P_NOUN && !tok_in(w, i, WL_TIME_NOUN);
}

/* mend48b: past a phrase of time at token v that a verb follows ("on
 * Monday", "Monday", "last week", "yesterday": "The rebels, police said,
 * on Monday attacked the base"): the token after it, else v. */
static uint32_t time_before_verb(const struct acta_work *w, const acta_sentence *s, uint32_t v) {
  uint32_t t = v;
  if (t + 1 < s->last && w->toks.v[t].tag == P_PREP && tok_in(w, t + 1, WL_TIME_NOUN)) t++;
  if (t + 1 < s->last && (w->toks.v[t].tag == P_DET || w->toks.v[t].tag == P_ADJ) &&
      tok_in(w, t + 1, WL_TIME_NOUN))
    t++;
  if (t < s->last && (tok_in(w, t, WL_TIME_NOUN) || day_word(w, t)) && t + 1 < s->last &&
      w->tok_vg[t + 1] != NO && w->vgs[w->tok_vg[t + 1]].first == t + 1)
    return t + 1;
  return v;
}

/* prec46e: does the aside of reporting verb group g close with a comma
 * right before a clause's own finite verb (past adverbs): "The gang,
 * police said, killed two men"?  mend46e: the comma may close a few words
 * after the verb with no verb among them ("the coast guard noted in a
 * release,", "the police chief told reporters,").  Returns the comma's
 * token, else 0. */
static uint32_t aside_closes_before_verb(const struct acta_work *w, const acta_sentence *s,
                                         const vgroup *g) {
  uint32_t c = g->last;
  while (c < s->last && c < g->last + ASIDE_TAIL && !is_punct(w, c, ',') &&
         w->toks.v[c].kind != TK_PUNCT && w->tok_vg[c] == NO)
    c++;
  uint32_t v = c + 1;
  while (v < s->last && w->toks.v[v].tag == P_ADV && v < c + 3) v++;
  v = time_before_verb(w, s, v);
  if (!(c + 1 < s->last && is_punct(w, c, ',') && v < s->last && w->tok_vg[v] != NO &&
        w->vgs[w->tok_vg[v]].first == v))
    return 0;
  const vgroup *o = &w->vgs[w->tok_vg[v]];
  if (acta_finite_group(w, o)) return c;
  /* prec48b: a bare past read as a participle after the comma, with its
   * object right after it ("Ramirez, police said, arrested two men"): the
   * clause's own past tense */
  if (o->first == o->head && w->toks.v[o->head].penn == PT_VBN && o->last < s->last &&
      (w->tok_ment[o->last] != NO || w->toks.v[o->last].tag == P_DET ||
       w->toks.v[o->last].tag == P_NUM || plain_object_noun(w, s, o->last)))
    return c;
  return 0;
}

/* prec48b: may token i, right before the comma that opens a speaker's
 * aside, end the subject of the clause's verb after the aside: a coded
 * actor's phrase ("The gang, police said, killed"), a third-person
 * pronoun or a noun or name no dictionary codes ("He, prosecutors said,
 * had killed the judge", "Gomez, police said, kidnapped", "The blast,
 * officials said, wounded")?  Then the aside's speaker reports the clause
 * and is not its doer. */
static int aside_subject(const struct acta_work *w, uint32_t i) {
  if (w->tok_ment[i] != NO) return 1;
  const acta_token *t = &w->toks.v[i];
  if (w->tok_vg[i] != NO) return 0;
  if (t->tag == P_PRON) return tok_in(w, i, WL_PRON_THIRD);
  return t->tag == P_NOUN || t->tag == P_PROPN;
}

/* tidy48: the first token of sentence s at or after the first word of
 * frame f (NO: of the sentence) that is a clause verb's (clause_verb), or
 * s->last.  Each answer is walked to once and kept (frame.clause_at,
 * w->clause_at: acta_find_frames clears it per sentence), so the asides
 * of a sentence that ask it of the same word walk no stretch twice: the
 * groups and tags clause_verb reads do not change while frames are
 * found. */
static uint32_t first_clause_at(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                                int32_t f) {
  uint32_t *kept = f == NO ? &w->clause_at : &w->frames[f].clause_at;
  if (*kept) return *kept - 1;
  uint32_t q = f == NO ? s->first : w->frames[f].first;
  while (q < s->last && !(w->tok_vg[q] != NO && clause_verb(d, w, &w->vgs[w->tok_vg[q]]))) q++;
  *kept = q + 1;
  return q;
}

/* Backward: "CLAUSE, X said" or "CLAUSE, said X" (or an uncoded speaker:
 * "..., officials said", "..., said a spokesman").  Returns 0 when there is
 * no frame. */
static int backward_frame(const acta_dict *d, struct acta_work *w,
                          const acta_sentence *s, const vgroup *g,
                          frame_span *fs) {
  uint32_t b = g->first;
  int32_t subj = NO;
  const acta_token *before = b > s->first ? &w->toks.v[b - 1] : NULL;
  int inverted = before && before->kind == TK_PUNCT &&
                 (before->punct == ',' || before->punct == '"');
  /* "CLAUSE, X said" ends with the verb (or a time, a place, "in a
   * statement"): a verb with an object of its own ("most did not report
   * the crime", "a hearing in Ottawa revealed the scale of")
   * reports it, not the clause before */
  const acta_token *nx = g->last < s->last ? &w->toks.v[g->last] : NULL;
  int object = nx && (nx->tag == P_DET || nx->tag == P_NOUN || nx->tag == P_PRON) &&
               !acta_lemma_in(w->cw, w->toks.v[g->head].vlemma, WL_TELL_VERB) &&
               !tok_in(w, g->last, WL_PERIOD_LEAD) && /* "said this week" */
               !day_word(w, g->last);                  /* "said today" */
  if (b > s->first && w->tok_ment[b - 1] != NO) {
    if (object) return 0;
    subj = w->ments[w->tok_ment[b - 1]].group;
    b = w->ments[w->tok_ment[b - 1]].first;
  } else if (inverted && g->last < s->last && w->tok_ment[g->last] != NO) {
    subj = w->ments[w->tok_ment[g->last]].group; /* ", said the ministry" */
  } else {
    /* "..., officials said": a speaker the dictionaries do not know; "...,
     * he said": a pronoun (resolve_speaker) */
    int speaks = 0;
    int32_t by = NO;
    if (b > s->first + 1 && w->toks.v[b - 1].tag == P_PRON &&
        tok_in(w, b - 1, WL_PRON_THIRD))
      b--;
    else
      speaks = speaker_before(w, s->first, g->first, &b, &by);
    if (b < g->first) {
      if (object) return 0;
      /* "..., the discovery suggests": no one speaks */
      if (speaks || w->toks.v[b].tag == P_PRON) {
        fs->sp_first = b;
        fs->sp_last = g->first;
      } else if (!d->keds_only && by == NO && inference_verb(d, w, g)) {
        fs->inference = 1;
      }
      if (!d->keds_only) subj = by;
    } else {
      /* "..., said a spokesman" */
      if (!inverted) return 0;
      uint32_t e2 = g->last;
      while (e2 < s->last && np_tag(w->toks.v[e2].tag) && e2 - g->last < 6) e2++;
      if (speaker_head(w, g->last, e2)) {
        fs->sp_first = g->last;
        fs->sp_last = e2;
      } else if (e2 == g->last && !d->keds_only && e2 < s->last &&
                 (is_word(w, e2, w->cw->w_to) || is_word(w, e2, w->cw->w_that))) {
        /* prec46e: no speaker before the verb nor after it, and what it
         * reports follows it ("Bustos, lately sent to Peru by Bolivia,
         * claims to have bribed", "..., claimed that"): the comma closes an
         * aside on the subject before it, and the verb is the main
         * clause's own, no backward frame over the aside */
        return 0;
      } else if (object && after_relative(w, s, b)) {
        /* bugs23: "X, who was arrested last week, denied the charges":
         * a verb with an object that is no speaker, after a relative
         * clause set off by commas, is the main clause's own verb, and
         * reports nothing before it */
        return 0;
      }
    }
  }
  /* (prec48b: a one-word subject before the aside too: "He, police
   * said, had killed") */
  int one_word = !d->keds_only && b == s->first + 2 && subj != NO && is_punct(w, b - 1, ',') &&
                 aside_subject(w, s->first) && aside_closes_before_verb(w, s, g);
  if ((b > s->first + 2 || one_word) && w->toks.v[b - 1].kind == TK_PUNCT &&
      (w->toks.v[b - 1].punct == ',' || w->toks.v[b - 1].punct == '"')) {
    fs->first = s->first;
    fs->last = b - 1;
    while (fs->last > fs->first && w->toks.v[fs->last - 1].kind == TK_PUNCT) fs->last--;
    /* "..., officials said" with no coded actor is still a frame */
    fs->reporter = subj;
    /* prec47d: inside a forward report opened before it ("The prosecutor
     * said the cartel, police reported, killed ..."), the clause is
     * sought from that report's first word: its own verb is no clause of
     * the aside's */
    int32_t outer = w->tok_scope[g->head];
    /* (tidy48: the first clause verb from the sentence's first word or
     * from the report's, each walked to once per sentence or frame, not
     * per aside) */
    uint32_t clause = first_clause_at(d, w, s, NO);
    if (!d->keds_only && outer != NO && w->frames[outer].first > fs->first &&
        w->frames[outer].first + 1 < b && w->frames[outer].vg != NO &&
        w->vgs[w->frames[outer].vg].head < w->frames[outer].first &&
        aside_closes_before_verb(w, s, g)) {
      uint32_t own = first_clause_at(d, w, s, outer); /* one of the report's words */
      if (own >= fs->last) {
        fs->first = w->frames[outer].first;
        clause = own;
      }
    }
    /* what is reported must be a clause: "A spokesman for the
     * militia, Omar Haidari, claimed ..." is an appositive */
    if (clause >= fs->last) {
      fs->last = fs->first;
      /* prec46e: "The gang, police said, killed two men": a subject, a
       * coded speaker and the verb set off by commas, and the clause's
       * own finite verb right after them: what is said is the whole
       * sentence but the aside (a speaker with no code, "witnesses
       * said", keeps the empty frame: its uncoded words were read as a
       * name of the article's, "Diario Sur reported" as CRM) */
      uint32_t c = aside_closes_before_verb(w, s, g);
      if (!d->keds_only && subj != NO && c && b > s->first + 1 && aside_subject(w, b - 2)) {
        fs->last = s->last;
        fs->aside_first = b - 1;
        fs->aside_last = c + 1;
      }
    }
  }
  return 1;
}

/* claims35: is the reporting verb of g said by a pronoun inside a
 * relative clause ("a woman he claims they shot", "the guns that they say
 * were stolen"): a third-person pronoun no dictionary codes right before
 * it (past adverbs), after a noun or a relative word?  Its speaker is the
 * pronoun's antecedent (resolve_speaker), not the subject of the clause
 * around it ("the police didn't stop to help a woman he claims they
 * shot": not the police). */
static int relative_pronoun_speaker(const struct acta_work *w, const acta_sentence *s,
                                    const vgroup *g) {
  uint32_t p = g->first;
  while (p > s->first && w->toks.v[p - 1].tag == P_ADV && g->first - p < 2) p--;
  if (p < s->first + 2) return 0;
  uint32_t pr = p - 1;
  const acta_token *b = &w->toks.v[pr - 1];
  return w->toks.v[pr].tag == P_PRON && tok_in(w, pr, WL_PRON_THIRD) && w->tok_ment[pr] == NO &&
         (b->tag == P_NOUN || b->tag == P_PROPN || b->tag == P_WH || b->tag == P_THAT);
}

/* Is Penn tag t a tensed verb or a modal? */
static int tensed(unsigned t) {
  return t == (unsigned)PT_VBD || t == (unsigned)PT_VBZ || t == (unsigned)PT_VBP ||
         t == (unsigned)PT_MD;
}

/* Does a clause with a tensed verb (or a modal) follow token p (past
 * participles, infinitives and relative clauses: "the man known as X
 * is"), before any other -ing? */
static int finite_clause(const acta_dict *d, const struct acta_work *w,
                         const acta_sentence *s, uint32_t p) {
  for (uint32_t q = p; q < s->last && q < p + 40; q++) {
    if (w->tok_vg[q] == NO) continue;
    const vgroup *v = &w->vgs[w->tok_vg[q]];
    unsigned t = w->toks.v[v->first].penn;
    /* "..., charging a toll, the amount of which changes": a relative clause
     * is no clause of its own */
    int relative = q > p && (w->toks.v[q - 1].tag == P_WH || w->toks.v[q - 1].tag == P_THAT);
    if (!relative && clause_verb(d, w, v) && tensed(t)) return 1;
    /* past a participle or an infinitive ("the man known as X is", "to
     * carry a weapon represented"), not another -ing ("..., charging fees
     * and adjudicating disputes") */
    if (t == (unsigned)PT_VBG) return 0;
    q = v->last - 1;
  }
  return 0;
}

/* How far back from a reporting verb its sentence's opening subordinator
 * is sought, and how many words of a subject may stand between a comma and
 * the main clause's verb (invented29). */
#define SUBORDINATE_REACH 30
#define MAIN_SUBJECT_REACH 8

/* invented29: the end of what reporting verb group g reports, from token
 * first up to last: when g stands in a clause a subordinator opens the
 * sentence with ("Although the minister announced that ...", "Though
 * there is evidence to suggest that ...", "While a poll showed that ...";
 * not "As X reported"), what it reports ends at the comma after which the
 * main clause goes on (a subject's words, then a finite verb: ", the vice
 * president said", ", government officials have denied"); an aside's
 * comma ("that Diaz, the gang's leader, had been ...") is none. */
static uint32_t subordinate_end(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, uint32_t first, uint32_t last) {
  uint32_t b = g->first;
  /* back to the sentence's start, over no mark but a quotation mark */
  for (uint32_t k = 0; b > s->first; b--, k++) {
    const acta_token *tk = &w->toks.v[b - 1];
    if (k == SUBORDINATE_REACH ||
        (tk->kind == TK_PUNCT && tk->punct != '"' && tk->punct != '\''))
      return last;
  }
  while (b < g->first && w->toks.v[b].kind == TK_PUNCT) b++;
  if (!tok_in(w, b, WL_SUBORDINATOR)) return last;
  for (uint32_t q = first; q + 1 < last; q++) {
    if (!is_punct(w, q, ',')) continue;
    for (uint32_t k = q + 1; k < last && k <= q + MAIN_SUBJECT_REACH; k++) {
      int32_t v = w->tok_vg[k];
      if (v != NO) {
        if (k > q + 1 && w->vgs[v].first == k && acta_finite_group(w, &w->vgs[v])) return q;
        break;
      }
      if (!np_tag(w->toks.v[k].tag)) break;
    }
  }
  return last;
}

/* What reporting verb group gi reports and who reports it: forward ("X said
 * (that) CLAUSE", a quotation's speaker, relayed by the one quoting) when a
 * clause follows, else backward.  Returns 0 when there is no frame. */
static int frame_span_of(const acta_dict *d, struct acta_work *w,
                         const acta_sentence *s, size_t gi, const report *r,
                         frame_span *fs) {
  const vgroup *g = &w->vgs[gi];
  int32_t outer = w->tok_scope[g->head];
  uint32_t scope_lo = outer != NO ? w->frames[outer].first : s->first;
  uint32_t p = r->p;
  /* codes24: an object pronoun ("him", "them", "me") before "and", "but"
   * or the end is the verb's object, no reported clause's subject ("sought
   * to charge him but these efforts were rejected" reports nothing) */
  int object_only = p < s->last &&
                    (is_vocab(w, p, V_HIM) || is_vocab(w, p, V_THEM) || is_vocab(w, p, V_ME)) &&
                    (p + 1 >= s->last || w->toks.v[p + 1].tag == P_CONJ);
  int that = p < s->last && is_word(w, p, w->cw->w_that);
  if (that) p++;
  /* the clause must hold a verb group with a subject before it */
  int clause = 0;
  for (uint32_t q = p; !object_only && q < s->last && q < p + 40; q++) {
    if (w->tok_vg[q] != NO && clause_verb(d, w, &w->vgs[w->tok_vg[q]]) &&
        (size_t)w->tok_vg[q] != gi) { clause = 1; break; }
  }
  memset(fs, 0, sizeof *fs);
  fs->reporter = fs->via = NO;
  if (comma_reduced_relative(w, s, g)) return reduced_relative_span(w, s, g, fs); /* claims35 */
  if (acta_comma_participle(w, s, g)) {
    /* "..., saying violence will rise": the main clause's subject says
     * what follows; never ", said a spokesman" turned round */
    fs->first = p;
    fs->last = s->last;
    /* "X said the gang was ..., adding that ...": X goes on saying it */
    if (outer != NO) {
      fs->reporter = w->frames[outer].reporter;
      fs->sp_first = w->frames[outer].rep_first;
      fs->sp_last = w->frames[outer].rep_last;
      fs->continued = 1;
      return 1;
    }
    /* what follows is a clause with a tensed verb ("..., charging fees
     * and adjudicating disputes" reports nothing) */
    if (!finite_clause(d, w, s, p)) return 0;
    /* the subject of the clause it follows: of the last tensed verb
     * before it, outside any report ("Duque announced ..., stating") */
    for (uint32_t q = g->first; q-- > scope_lo;) {
      if (w->tok_vg[q] == NO || w->vgs[w->tok_vg[q]].first != q ||
          w->tok_scope[q] != outer)
        continue;
      /* not a relative clause's ("one of its leaders who was captured") */
      if (q > scope_lo && (w->toks.v[q - 1].tag == P_WH || w->toks.v[q - 1].tag == P_THAT))
        continue;
      if (tensed(w->toks.v[q].penn)) {
        fs->reporter = acta_find_subject(w, q, scope_lo, outer);
        break;
      }
    }
  } else if (r->passive_quote && clause) {
    fs->first = p;
    fs->last = s->last;
    fs->reporter = acta_find_subject(w, g->first, scope_lo, outer);
    fs->via = r->quoted_by;
  } else if (r->passive_quote) {
    return 0;
  } else if (r->quoted != NO && clause) {
    fs->first = p;
    fs->last = s->last;
    fs->reporter = r->quoted;
    fs->via = acta_find_subject(w, g->first, scope_lo, outer);
  } else if (clause && p < s->last && outer != NO && g->first >= scope_lo + 2 &&
             is_and_or(w, g->first - 1) && is_punct(w, g->first - 2, ',') &&
             !d->keds_only) {
    /* actors8: "He said that the effort was Lugo's initiative, and
     * asserted that ...": a reporting verb after ", and" inside what an
     * earlier one reports goes on with that one's speaker, not with an
     * actor of the report */
    fs->first = p;
    fs->last = s->last;
    fs->reporter = w->frames[outer].reporter;
    fs->sp_first = w->frames[outer].rep_first;
    fs->sp_last = w->frames[outer].rep_last;
    fs->continued = 1;
  } else if (clause && p < s->last &&
             (w->tok_ment[p] != NO || that || w->toks.v[p].tag == P_PRON ||
              w->toks.v[p].tag == P_DET)) {
    fs->first = p;
    fs->last = s->last;
    /* KEDS has no coreference: "he said" has no coded speaker */
    fs->reporter = d->keds_only ? acta_keds_subject_at(w, g->first, scope_lo, outer, 0, NO)
                                : acta_find_subject(w, g->first, scope_lo, outer);
    /* prec45a: '"..., and all I can tell you is this: ..."': a "we" or
     * "I" right before the verb is its speaker (a pronoun: none named),
     * never an actor named before it */
    if (fs->reporter != NO && !d->keds_only) {
      int32_t fp = first_person_before(w, g->first, scope_lo);
      if (fp != NO && w->tok_ment[fp] == NO) fs->reporter = NO;
    }
    if (fs->reporter == NO) {
      /* "Officials said that ...": keep the speaker's words, when they
       * may speak ("the discovery suggests" has no speaker) */
      uint32_t sf;
      int32_t by;
      if (speaker_before(w, scope_lo, g->first, &sf, &by)) {
        fs->sp_first = sf;
        fs->sp_last = g->first;
        while (fs->sp_last > sf && w->toks.v[fs->sp_last - 1].tag == P_ADV) fs->sp_last--;
      } else if (sf < g->first && !d->keds_only && inference_verb(d, w, g)) {
        fs->inference = 1;
      }
      if (!d->keds_only) fs->reporter = by;
    }
  } else if (!backward_frame(d, w, s, g, fs)) {
    return 0;
  }
  if (!d->keds_only && fs->first >= g->last && relative_pronoun_speaker(w, s, g)) { /* claims35 */
    fs->around1 = fs->reporter != NO ? fs->reporter + 1 : 0;
    fs->reporter = NO;
    fs->sp_first = fs->sp_last = 0;
  }
  if (fs->first >= g->last && !d->keds_only)
    fs->last = subordinate_end(w, s, g, fs->first, fs->last);
  return fs->last > fs->first;
}

/* "It said", "he said", "the ministry said": the speaker is an actor named
 * before (acta_antecedent): "it" an organisation or country, "he"/"she" a
 * person, "the ministry" the latest actor named with that noun.  Sets
 * fs->reporter (a mention of an earlier sentence) when one is found;
 * returns 1 when the speaker was a pronoun (found or not). */
static int resolve_speaker(struct acta_work *w, const acta_sentence *s,
                           const vgroup *g, frame_span *fs) {
  size_t si = (size_t)(s - w->sents);
  int kind = 0;
  uint32_t head = ACTA_NO_WORD, at = g->first;
  if (fs->reporter == NO) {
    uint32_t q = g->first;
    while (q > s->first && w->toks.v[q - 1].tag == P_ADV) q--;
    if (q == s->first || w->toks.v[q - 1].tag != P_PRON) return 0;
    at = q - 1;
    /* a pronoun is no speaker's name: the speaker is its antecedent or
     * none ("they said" has none) */
    fs->sp_first = fs->sp_last = 0;
    if (tok_in(w, at, WL_PRON_PERSON)) kind = REF_PERSON;
    else if (tok_in(w, at, WL_PRON_ORG)) kind = REF_ORG;
    else return 1;
    /* prec46e: "Salcedo told the weekly that he believes ...": "he" or
     * "she" saying inside what a named person with no code says is that
     * person going on, not an actor of an earlier sentence (the
     * antecedent search knows only coded actors) */
    int32_t outer = w->tok_scope[g->head];
    if (kind == REF_PERSON && outer != NO && w->frames[outer].reporter == NO &&
        w->frames[outer].rep_last > w->frames[outer].rep_first &&
        w->toks.v[w->frames[outer].rep_last - 1].tag == P_PROPN) {
      fs->sp_first = w->frames[outer].rep_first;
      fs->sp_last = w->frames[outer].rep_last;
      acta_trace(w, "  reporter \"%s\" -> the speaker whose words hold it (no code)\n",
                 norm(w, at));
      return 1;
    }
  } else {
    /* "the ministry": a bare role noun after "the", nothing after it that
     * would name whose ("the ministry of defence") */
    const mention *m = &w->ments[fs->reporter];
    uint32_t f = m->first;
    if (is_word(w, f, w->cw->w_the)) f++;
    else if (!(f > s->first && is_word(w, f - 1, w->cw->w_the))) return 0;
    if (!m->role_only || m->last != f + 1 || m->next_in_group != NO ||
        (m->last < s->last && (is_word(w, m->last, w->cw->w_of) ||
                               is_word(w, m->last, w->cw->w_for))))
      return 0;
    kind = REF_SAME_NOUN;
    head = w->toks.v[f].nlemma;
    at = f;
    if (head == ACTA_NO_WORD) return 0;
  }
  const char *where;
  int32_t a = acta_antecedent(w, si, at, kind, head, &where);
  acta_trace(w, "  reporter \"%s\" -> %s (%s)\n", norm(w, at),
             a != NO ? w->ments[a].code : "-", where);
  if (a != NO) {
    fs->reporter = w->ments[a].group;
    fs->sp_first = fs->sp_last = 0;
  }
  return kind != REF_SAME_NOUN;
}

/* invented19: where a denial's frame ends before a verb the denier does
 * next ("have denied that they shot into the crowd last week, and have blamed
 * a group of civilians", "denied these allegations and stated that"): an
 * "and" (a comma before it or not) right before a verb group of the same
 * form -- the same "has"/"have" opening both, or, for a lone past or
 * present verb with a noun phrase as its object (no verb between), a lone
 * verb of the same tense (a past the tagger read as a participle too).
 * Returns the frame's new end, or last. */
static uint32_t denial_end(const struct acta_work *w, const vgroup *g, uint32_t first,
                           uint32_t last) {
  const acta_token *g0 = &w->toks.v[g->first];
  int perfect = g0->tag == P_AUX && (g0->penn == PT_VBZ || g0->penn == PT_VBP) &&
                g->last - g->first >= 2;
  int lone = g->first == g->head && g->last - g->first == 1 &&
             (g0->penn == PT_VBD || g0->penn == PT_VBZ || g0->penn == PT_VBP) &&
             !(g->last < last && is_word(w, g->last, w->cw->w_that));
  if (!perfect && !lone) return last;
  for (uint32_t q = first; q + 1 < last; q++) {
    if (lone && w->tok_vg[q] != NO) return last; /* a clause's verb: no noun object */
    if (!is_and_or(w, q) || w->tok_vg[q + 1] == NO) continue;
    const vgroup *h = &w->vgs[w->tok_vg[q + 1]];
    if (h->first != q + 1) continue;
    const acta_token *h0 = &w->toks.v[h->first];
    if ((perfect && h0->word == g0->word && h->last - h->first >= 2) ||
        (lone && h->first == h->head &&
         (h0->penn == g0->penn ||
          (g0->penn == PT_VBD && h0->penn == PT_VBN && h->last - h->first == 1))))
      return q > first && is_punct(w, q - 1, ',') ? q - 1 : q;
  }
  return last;
}

/* claims35: the status a denial's frame gives what it reports when the
 * denial is negated ("did not deny that they had arrested the mayor",
 * "never denied attacking the village", its gerund: clauses.c): what is
 * not denied is let stand, asserted.  Not a denial paired by "or"/"nor"
 * with the verb right before it ("would neither confirm nor deny", "did
 * not confirm or deny"), which leaves it open; an "and" before the denial
 * joins another clause ("raided the ranch and did not deny killing"). */
int acta_negated_denial_status(const struct acta_work *w, const vgroup *g, int status) {
  if (status != ACTA_DENIED || !g->negated) return status;
  if (g->first >= 2 && w->tok_vg[g->first - 2] != NO &&
      (is_word(w, g->first - 1, w->cw->w_or) || is_word(w, g->first - 1, w->cw->w_nor)))
    return status;
  return ACTA_ASSERTED;
}

/* prec37d: is the claim noun at token noun ("rumors", "reports",
 * "allegations") the object of a verb that confirms it (WL6_CONFIRM_VERB:
 * "Santos confirmed rumors that the gang was negotiating", "verified
 * reports that ...") past at most three determiners, adjectives, numbers
 * or a possessive?  The confirmer asserts what the claim says: its clause
 * is no allegation.  Not a negated one ("did not confirm reports that":
 * left open) nor one asked or planned ("refused to confirm", "sought to
 * verify": its group is an infinitive). */
int acta_confirmed_claim(const struct acta_work *w, const acta_sentence *s, uint32_t noun) {
  uint32_t q = noun;
  for (int n = 0; q > s->first && n <= 3; n++) {
    q--;
    const acta_token *t = &w->toks.v[q];
    if (t->tag == P_DET || t->tag == P_ADJ || t->tag == P_NUM || t->tag == P_POSS) continue;
    if (t->tag != P_VERB || w->tok_vg[q] == NO) return 0;
    const vgroup *g = &w->vgs[w->tok_vg[q]];
    return g->head == q && !g->negated && !g->to_inf &&
           acta_lemma_in6(w->cw, t->vlemma, (uint32_t)WL6_CONFIRM_VERB);
  }
  return 0;
}

/* prec46g: how many words may follow a trailing report's verb and
 * speaker ("..., reported El Diario on Tuesday") */
#define TRAILING_WORDS 4

/* prec46g: does backward frame span fs of reporting verb group g turn
 * round over its outer frame o, a forward one ("The minister said the
 * army attacked the camp, reported El Diario", "..., El Diario
 * reported"): o's reporting verb lies in fs's span, o runs on past fs's
 * end, and nothing but g's own speaker and words without a verb follows
 * g to o's end but a few words (not an aside in o's clause: "said the
 * gang, police reported, killed two men"), and fs opens with no quotation
 * mark?  The trailing reporter tells all that o
 * says: o is nested in its frame and ends where fs does. */
static int turns_round_over(const struct acta_work *w, const vgroup *g, const frame_span *fs,
                            const frame *o) {
  if (o->vg == NO || fs->last > g->first || fs->last <= fs->first) return 0;
  /* (not a quotation's speaker: '"Hezbollah claims we shelled it," the
   * spokesman said' -- "we" inside is the speaker's, clauses.c) */
  if (is_punct(w, fs->first, '"')) return 0;
  uint32_t h = w->vgs[o->vg].head;
  if (h < fs->first || h >= fs->last || o->first < fs->first || o->first >= fs->last ||
      o->last <= g->last)
    return 0;
  /* o's verb a tensed one with a speaker ("Believing the agents had come,
   * the growers blocked the road" reports no one's words in its main
   * clause), not t's own ("it adds to the list") */
  if (!acta_finite_group(w, &w->vgs[o->vg]) ||
      (o->reporter == NO && o->rep_last <= o->rep_first) ||
      (o->reporter != NO && o->reporter == fs->reporter))
    return 0;
  /* what follows g: its speaker, then at most a few words of no verb
   * ("on Tuesday") before o's end */
  uint32_t q = g->last;
  if (q < o->last && w->tok_ment[q] != NO) q = w->ments[w->ments[w->tok_ment[q]].group].last;
  if (fs->sp_last > q && fs->sp_first >= g->last) q = fs->sp_last;
  uint32_t words = 0;
  for (; q < o->last; q++) {
    if (w->tok_vg[q] != NO || w->tok_ment[q] != NO) return 0;
    if (w->toks.v[q].kind != TK_PUNCT && ++words > TRAILING_WORDS) return 0;
  }
  return 1;
}

/* speed47a: frame.nest_mark's values (nested_in) */
enum { NEST_UNASKED, NEST_WALKED, NEST_IN, NEST_OUT };

/* speed47a: does frame k lie inside frame oi (k is oi, or oi is on its
 * chain of parents)?  Each frame's answer is kept in its nest_mark (all
 * NEST_UNASKED at the call's start): a chain is walked up to the first
 * frame whose answer is known, and every frame on it takes that answer, so
 * the asks of one call walk each parent link once however many tokens ask.
 * A chain that comes back to a frame it walked (a loop without oi) is
 * outside, as a walk of at most nframes steps found before. */
static int nested_in(struct acta_work *w, int32_t k, int32_t oi) {
  uint8_t res;
  for (int32_t a = k;; a = w->frames[a].parent) {
    if (a == NO) { res = NEST_OUT; break; }
    if (a == oi) { res = NEST_IN; break; }
    uint8_t m = w->frames[a].nest_gen == w->nest_gen ? w->frames[a].nest_mark : NEST_UNASKED;
    if (m == NEST_IN || m == NEST_OUT) { res = m; break; }
    if (m == NEST_WALKED) { res = NEST_OUT; break; }
    w->frames[a].nest_mark = NEST_WALKED;
    w->frames[a].nest_gen = w->nest_gen;
  }
  for (int32_t a = k; a != NO && a != oi && w->frames[a].nest_mark == NEST_WALKED;
       a = w->frames[a].parent)
    w->frames[a].nest_mark = res;
  return res == NEST_IN;
}

/* Frame f is relayed by the speaker of frame up: its coded reporter, else
 * (prec47d) the words of a speaker with no code ("..., reported El
 * Comercio", "..., local media said"); none when up's speaker is f's own
 * going on ("X said ..., adding that ...", "X told Semana that he
 * believes ..."): no one relays a speaker's own words. */
static void relay_from(frame *f, const frame *up) {
  if (up->reporter != NO ? up->reporter == f->reporter
                         : up->rep_last > up->rep_first && up->rep_first == f->rep_first &&
                               up->rep_last == f->rep_last)
    return;
  f->via = up->reporter;
  if (f->via == NO && up->rep_last > up->rep_first) {
    f->via_first = up->rep_first;
    f->via_last = up->rep_last;
  }
}

/* A frame ti turned round over outer frame oi (nest_turned_round,
 * deny_turned_round) ends it at token last: oi and the frames inside it
 * (of indices oi to ti - 1: nested_in) end there at the latest, and the
 * tokens of their scope from last up to o_last, oi's old end, are back in
 * the scope of oi's parent up. */
static void end_nested_frames(struct acta_work *w, int32_t oi, int32_t ti, uint32_t last,
                              uint32_t o_last, int32_t up) {
  w->nest_gen++; /* every frame's nest_mark unasked, in O(1) */
  for (int32_t k = oi; k < ti; k++)
    if (nested_in(w, k, oi) && w->frames[k].last > last) w->frames[k].last = last;
  for (uint32_t q = last; q < o_last; q++)
    if (nested_in(w, w->tok_scope[q], oi)) w->tok_scope[q] = up;
}

/* prec46g: nests outer frame o (index oi) in the new frame t (index ti,
 * its span fs) that turns round over it: t takes o's parent and relay,
 * o (and the frames inside it) end where t does, the words of o's parent
 * in t's span are t's and those past its end o's parent's again; o's
 * reporter is relayed by t's. */
static void nest_turned_round(struct acta_work *w, int32_t oi, int32_t ti, const frame_span *fs) {
  frame *o = &w->frames[oi], *t = &w->frames[ti];
  int32_t up = o->parent;
  uint32_t o_last = o->last;
  t->parent = up;
  t->via = fs->via;
  if (t->via == NO && up != NO) relay_from(t, &w->frames[up]);
  for (uint32_t q = fs->first; q < fs->last && q < o_last; q++)
    if (w->tok_scope[q] == up) w->tok_scope[q] = ti;
  end_nested_frames(w, oi, ti, fs->last, o_last, up);
  o->parent = ti;
  if (o->via == NO && o->via_last <= o->via_first) relay_from(o, t);
}

/* The next frame, for reporting verb group gi: its reporter (or the
 * speaker's words when no actor), span, code, status (claims35) and the
 * frame_span's marks; the caller sets its relay and parent and counts it. */
static frame *verb_frame(struct acta_work *w, size_t gi, const report *r,
                         const frame_span *fs, int by_pronoun) {
  frame *f = acta_next_frame(w, fs->reporter, ACTA_ASSERTED);
  if (fs->reporter == NO && fs->sp_last > fs->sp_first) {
    f->rep_first = fs->sp_first;
    f->rep_last = fs->sp_last;
  }
  f->vg = (int32_t)gi;
  f->first = fs->first;
  f->last = fs->last;
  f->cameo = r->cameo;
  f->status = (uint8_t)acta_negated_denial_status(w, &w->vgs[gi], r->status);
  f->by_pronoun = (uint8_t)by_pronoun;
  f->continued = (uint8_t)fs->continued;
  f->inference = (uint8_t)fs->inference;
  f->around1 = fs->around1;
  return f;
}

/* prec47d: a trailing denial turned round over outer frame o (index oi):
 * "The governor said soldiers killed two farmers, the army denied".  The
 * denier does not relay the governor; it denies what the governor says:
 * its frame is nested in o over o's clause (from o's first word: not the
 * governor's own words), with no relay, and o (and the frames inside it)
 * end where the denial's span does, so the denial itself ("the army
 * denied") is no longer the governor's words. */
static void deny_turned_round(struct acta_work *w, int32_t oi, size_t gi, const report *r,
                              const frame_span *fs, int by_pronoun) {
  int32_t ti = (int32_t)w->nframes;
  frame *f = verb_frame(w, gi, r, fs, by_pronoun); /* (may move w->frames) */
  frame *o = &w->frames[oi];
  int32_t up = o->parent;
  uint32_t o_last = o->last;
  if (f->first < o->first) f->first = o->first;
  f->parent = oi;
  f->denies_outer = 1;
  for (uint32_t q = f->first; q < f->last; q++)
    if (w->tok_scope[q] == oi) w->tok_scope[q] = ti;
  end_nested_frames(w, oi, ti, fs->last, o_last, up);
  w->nframes++;
  acta_trace(w, "  frame: reporter %s over tokens %u-%u (%s), a denial of what the frame of "
             "\"%s\" says\n",
             fs->reporter != NO ? w->ments[fs->reporter].code : "-", f->first, f->last,
             acta_status_name((acta_status)f->status), norm(w, w->vgs[o->vg].head));
}

/* Adds the frame of reporting verb group gi: the tokens of what it reports
 * that were in its outer frame's scope are now in its own.  A report
 * inside a report ("X said Y said ...": Y reports, X relays). */
static void add_frame(const acta_dict *d, struct acta_work *w, size_t gi, const report *r,
                      const frame_span *fs, int by_pronoun) {
  vgroup *g = &w->vgs[gi];
  g->speaker = fs->reporter;
  int32_t outer = w->tok_scope[g->head];
  /* (the outermost frame whose verb fs's span holds: "X said ..., adding
   * that ..., reported Y" turns round over X's saying) */
  int32_t over = outer;
  while (over != NO && w->frames[over].parent != NO &&
         w->frames[w->frames[over].parent].vg != NO &&
         w->vgs[w->frames[w->frames[over].parent].vg].head >= fs->first &&
         w->vgs[w->frames[w->frames[over].parent].vg].head < fs->last)
    over = w->frames[over].parent;
  /* prec47d: a trailing denial ("The governor said soldiers killed two
   * farmers, the army denied") denies what the outer frame says, no relay
   * of it: it stays inside that frame, its span the clause before it (the
   * killing denied, by the army), and relays nothing */
  int turned = !d->keds_only && over != NO && turns_round_over(w, g, fs, &w->frames[over]);
  /* (mend47d: a denial that is one: not "the army did not deny"; and one
   * whose denier is found, coded or in words: else the report before it
   * keeps its speaker) */
  int denial = acta_negated_denial_status(w, g, r->status) == ACTA_DENIED &&
               (fs->reporter != NO || fs->sp_last > fs->sp_first);
  if (turned && !denial) {
    outer = over;
    frame *f = verb_frame(w, gi, r, fs, by_pronoun);
    nest_turned_round(w, outer, (int32_t)w->nframes, fs);
    w->nframes++;
    acta_trace(w, "  frame: reporter %s over tokens %u-%u (%s), turned round over the "
               "frame of \"%s\"\n",
               fs->reporter != NO ? w->ments[fs->reporter].code : "-", fs->first, f->last,
               acta_status_name((acta_status)f->status),
               norm(w, w->vgs[w->frames[outer].vg].head));
    return;
  }
  if (turned) {
    deny_turned_round(w, over, gi, r, fs, by_pronoun);
    return;
  }
  frame *f = verb_frame(w, gi, r, fs, by_pronoun);
  f->via = fs->via;
  if (f->via == NO && outer != NO) relay_from(f, &w->frames[outer]);
  if (r->status == ACTA_DENIED && fs->first >= g->last)
    f->last = denial_end(w, g, fs->first, fs->last); /* invented19 */
  f->parent = outer;
  f->aside_first = fs->aside_first; /* prec46e */
  f->aside_last = fs->aside_last;
  for (uint32_t q = fs->first; q < f->last; q++)
    if (w->tok_scope[q] == outer) w->tok_scope[q] = (int32_t)w->nframes;
  for (uint32_t q = fs->aside_first; q < fs->aside_last; q++) /* prec46e */
    if (w->tok_scope[q] == (int32_t)w->nframes) w->tok_scope[q] = outer;
  w->nframes++;
  acta_trace(w, "  frame: reporter %s over tokens %u-%u (%s)\n",
             fs->reporter != NO ? w->ments[fs->reporter].code : "-", fs->first,
             f->last, acta_status_name((acta_status)f->status));
}

/* Whether reporting verb group g does an act of its own on the words
 * right after it ("declared a ceasefire", "declared a state of emergency"):
 * a verb pattern with literal words fits there and codes something.  Such a
 * verb reports nothing; its pattern codes it as any other verb. */
/* codes18: is token j a gerund right after a preposition ("charged the
 * group with gathering intelligence")?  It is the object of the verb's
 * own words, no reported clause. */
static int prep_gerund(const struct acta_work *w, uint32_t j) {
  return j > 0 && w->toks.v[j].penn == PT_VBG && w->toks.v[j - 1].tag == P_PREP;
}

static int own_act(const acta_dict *d, const struct acta_work *w,
                   const acta_sentence *s, const vgroup *g) {
  if (d->keds_only) return 0;
  /* (codes24: counted past an actor phrase right after the verb, a
   * compound's last member, as a pattern counts its words past the slot's
   * phrase: "added an alleged drug trafficker and ally of the Zetas to its
   * kingpin list") */
  uint32_t from = g->last;
  if (from < s->last && w->tok_ment[from] != NO)
    for (int32_t x = w->ments[w->tok_ment[from]].group; x != NO; x = w->ments[x].next_in_group)
      if (w->ments[x].last > from) from = w->ments[x].last;
  uint32_t end = from + OWN_ACT_WORDS < s->last ? from + OWN_ACT_WORDS : s->last;
  pmatch m;
  int has_pats;
  const acta_pattern *p = acta_best_pattern(d, w, &d->verb_pats, g->head, g->last, end,
                                            s->first, w->tok_scope[g->head], &m, &has_pats);
  /* an excluded sense ("charged an extortion fee", "claiming several
   * lives") is the verb's own too: no frame, and the verb codes nothing */
  if (!p || p->nlit == 0 || p->noun) return 0;
  /* its words are the verb's object, not a clause's ("insisted that while
   * he signed off"; "insist on asserting") */
  for (uint32_t j = g->last; j <= m.used_to && j < s->last; j++)
    if ((w->tok_vg[j] != NO && !prep_gerund(w, j)) || is_word(w, j, w->cw->w_that)) return 0;
  /* nor the subject of a clause it reports ("declared the truce between
   * the gangs had failed"): past the object phrase comes a verb group
   * that is no infinitive and no verb after "and" */
  uint32_t q = m.used_to + 1;
  while (q < s->last && q < m.used_to + 1 + OWN_ACT_WORDS &&
         (np_tag(w->toks.v[q].tag) || w->toks.v[q].tag == P_PREP ||
          w->toks.v[q].tag == P_CONJ) &&
         w->tok_vg[q] == NO && !tok_in(w, q, WL_SUBORDINATOR))
    q++;
  /* a clause of its own ("declared a ceasefire after parliament removed
   * it") or a participle ("a state of siege following the announcement",
   * "pending a manhunt") ends the object: no clause is reported */
  if (q < s->last && w->tok_vg[q] != NO && !w->vgs[w->tok_vg[q]].to_inf &&
      w->toks.v[q - 1].tag != P_CONJ && !tok_in(w, q, WL_SUBORDINATOR) &&
      w->toks.v[w->vgs[w->tok_vg[q]].first].penn != PT_VBG)
    return 0;
  acta_trace((struct acta_work *)w, "  \"%s\" does an act of its own: no frame\n",
             norm(w, g->head));
  return 1;
}

/* prec37d: a passive of belief or saying after an expletive "it", with
 * "that" after it ("it is believed that the gang burned three buses", "last
 * year it was reported that Albanian brokers were helping the Gulf Clan"):
 * what follows is a belief or a report of no one named, hedged or alleged
 * as the verb raises it (acta_raising_status: believe, think, suspect
 * hedged; say, report, allege, rumor alleged), a frame with no reporter.
 * Returns whether it added one. */
static int expletive_passive_frame(const acta_dict *d, struct acta_work *w,
                                   const acta_sentence *s, size_t gi) {
  const vgroup *g = &w->vgs[gi];
  if (!g->passive || g->negated || g->first <= s->first || !is_vocab(w, g->first - 1, V_IT) ||
      g->last + 1 >= s->last || !is_word(w, g->last, w->cw->w_that))
    return 0;
  int st = acta_raising_status(d, w->toks.v[g->head].vlemma);
  if (st != ACTA_HEDGED && st != ACTA_ALLEGED) return 0;
  report r;
  memset(&r, 0, sizeof r);
  r.status = st;
  r.cameo = ACTA_REPORT_NO_CODE;
  r.quoted = r.quoted_by = NO;
  frame_span fs;
  memset(&fs, 0, sizeof fs);
  fs.reporter = fs.via = NO;
  fs.first = g->last + 1;
  fs.last = subordinate_end(w, s, g, fs.first, s->last);
  if (fs.last <= fs.first) return 0;
  add_frame(d, w, gi, &r, &fs, 0);
  return 1;
}

/* Finds the reporting frames of sentence s ("according to X", then each
 * reporting verb of [vg0, vg1) in order, nested frames inside the outer
 * ones) and marks the scope of each token (w->tok_scope). */
void acta_find_frames(const acta_dict *d, struct acta_work *w,
                      const acta_sentence *s, size_t vg0, size_t vg1) {
  w->nframes = 0;
  w->clause_at = 0; /* (first_clause_at) */
  /* the bounds and the array in locals: a store to an int32_t could change
   * s->last (uint32_t), so the loop would reload it at every token */
  int32_t *scope = w->tok_scope;
  for (uint32_t i = s->first, last = s->last; i < last; i++) scope[i] = NO;
  according_to_frame(d, w, s);
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    if (!g->has_main) continue;
    const acta_token *h = &w->toks.v[g->head];
    if (h->flags & TF_USED) continue; /* "as saying" of an earlier frame */
    uint32_t ci;
    if (!(h->vlemma != ACTA_NO_WORD && acta_u64map_get(&d->report, h->vlemma, &ci)))
      continue;
    if (own_act(d, w, s, g)) continue;
    if (!d->keds_only && expletive_passive_frame(d, w, s, gi)) { /* prec37d */
      g->reporting = 1;
      continue;
    }
    /* "seizures of contraband reported in Peru": a bare past participle
     * after a noun and before a preposition is a passive that says who
     * reported nothing (not "the official stated that") */
    if (!d->keds_only && g->last - g->first == 1 && h->penn == PT_VBN && g->first > s->first &&
        (w->toks.v[g->first - 1].tag == P_NOUN || w->toks.v[g->first - 1].tag == P_PROPN) &&
        g->last < s->last && w->toks.v[g->last].tag == P_PREP)
      continue;
    g->reporting = 1;
    report r;
    memset(&r, 0, sizeof r);
    r.status = (int)(ci >> 24);
    r.cameo = ci & 0xFFFFFFu;
    r.p = g->last; /* forward: "X said (that) CLAUSE" */
    r.quoted = r.quoted_by = NO;
    if (!quotation(d, w, s, g, &r)) continue;
    skip_addressee(d, w, s, g, &r);
    find_that(w, s, g, &r);
    /* 'X said: "We ..."': the quotation is what is reported */
    int quoted = 0;
    if (r.p < s->last && is_punct(w, r.p, ':')) r.p++;
    /* ('""' in CSV text is one mark) */
    while (r.p < s->last && is_punct(w, r.p, '"')) {
      r.p++;
      quoted = 1;
    }
    frame_span fs;
    if (!frame_span_of(d, w, s, gi, &r, &fs)) continue;
    int by_pronoun = d->keds_only ? 0 : resolve_speaker(w, s, g, &fs);
    /* '"We ...," X said': the clause opens with a quotation mark */
    if (fs.first == s->first && is_punct(w, s->first, '"') && fs.last <= g->first) quoted = 1;
    add_frame(d, w, gi, &r, &fs, by_pronoun);
    w->frames[w->nframes - 1].quoted = (uint8_t)quoted;
  }
}

/* Nouns that, as subject of "show", cite evidence ("video shows"). */
static int evidence_noun(const struct acta_work *w, uint32_t i) {
  return tok_in(w, i, WL_EVIDENCE_NOUN);
}

/* Finds the first evidence phrase of sentence s. */
static acta_evidence find_evidence(const struct acta_work *w,
                                   const acta_sentence *s, uint32_t *from,
                                   uint32_t *to) {
  const acta_coder_words *cw = w->cw;
  for (uint32_t i = s->first; i < s->last; i++) {
    /* the phrases in their order, at a word that starts one */
    for (size_t k = 0; tok_in(w, i, WL_EVIDENCE_START) && k < cw->nevidence; k++) {
      const acta_evidence_ids *ev = &cw->evidence[k];
      uint32_t j = i;
      size_t q = 0;
      while (q < ev->n && j < s->last && is_word(w, j, ev->words[q])) {
        j++;
        q++;
      }
      if (q == ev->n) {
        *from = i;
        *to = j;
        return ev->kind;
      }
    }
    /* "recovered drones show", "video evidence points to" */
    const acta_token *tk = &w->toks.v[i];
    if (tk->vlemma != ACTA_NO_WORD && i > s->first &&
        acta_lemma_is(tk->vlemma, cw->l_show) && evidence_noun(w, i - 1)) {
      uint32_t st = i - 1;
      while (st > s->first && np_tag(w->toks.v[st - 1].tag) && i - st < 4) st--;
      *from = st;
      *to = i + 1;
      return ACTA_EVIDENCE_CITED;
    }
  }
  return ACTA_EVIDENCE_NONE;
}

/* A material act's code (quad class 2 or 4). */
static int material_code(const acta_dict *d, uint32_t cameo) {
  return d->cameo[cameo].quad == 2 || d->cameo[cameo].quad == 4;
}

/* Does some pattern of idx headed by word, with no other literal word (a
 * verb alone, "extort"; a noun and its preposition, "arrest of"), code an
 * event whose code passes `test`? */
static int head_alone_codes(const acta_dict *d, const acta_u64map *idx, uint32_t word,
                            int (*test)(const acta_dict *, uint32_t)) {
  uint32_t pi;
  if (word == ACTA_NO_WORD || !acta_pat_head_may(d, idx, word) ||
      !acta_u64map_get(idx, word, &pi))
    return 0;
  for (;;) {
    const acta_pattern *p = &d->pats[pi];
    if (p->cameo != ACTA_NO_CODE && p->nlit <= (uint32_t)p->noun && !p->npre &&
        test(d, p->cameo))
      return 1;
    if (!p->next) return 0;
    pi = p->next - 1;
  }
}

/* Non-zero if the word alone (a pattern of no other literal word) codes a
 * material act (quad class 2 or 4: "arrest", "attack", "extort"): a word
 * that names another event, where talks and criticism are only what a
 * statement is about, and "take" is an act only with what it takes. */
int acta_material_head(const acta_dict *d, const acta_u64map *idx, uint32_t word) {
  return head_alone_codes(d, idx, word, material_code);
}

/* Why speaker (a mention, or NO) is no actor whose words are an act of
 * its own, or NULL: none or uncoded, a news outlet, and (acta's own
 * dictionaries) a private person, an unnamed individual or source. */
static const char *not_an_actor_speaking(const acta_dict *d,
                                         const struct acta_work *w,
                                         const acta_sentence *s,
                                         int32_t speaker) {
  if (speaker == NO) return "no actor";
  const mention *m = &w->ments[speaker];
  if (!m->code[0]) return "no actor";
  if (acta_code_eq(m->role, "MED")) return "a news outlet reports, it does not act";
  if (d->keds_only) return NULL;
  /* "one resident said": a private person's words are no political act */
  if (acta_code_eq(m->role, "CVL")) return "a private person speaks";
  /* "a local police officer said": one unnamed person (also when "the
   * official said" stands for one named before) */
  uint32_t d0 = m->first;
  if (w->toks.v[d0].tag != P_DET && d0 > 0 && w->toks.v[d0 - 1].tag == P_DET) d0--;
  int named = 0;
  for (uint32_t q = m->first; q < m->last; q++)
    if (w->toks.v[q].tag == P_PROPN) named = 1;
  /* "a spokesman for the ministry" speaks for it */
  if (m->last < s->last && (is_word(w, m->last, w->cw->w_for) || is_word(w, m->last, w->cw->w_of)))
    named = 1;
  if (!named && (is_word(w, d0, w->cw->w_a) || is_word(w, d0, w->cw->w_an) ||
                 is_word(w, d0, w->cw->w_one)))
    return "an unnamed individual";
  /* "a legislative source told ...": an unnamed source */
  for (uint32_t q = m->first; q < m->last; q++)
    if (is_word(w, q, w->cw->w_source) || is_word(w, q, w->cw->w_sources))
      return "an unnamed source";
  return NULL;
}

/* Roles whose plain words inform rather than state a position. */
static int info_source_role(const char *role) {
  static const char *const roles[] = {"COP", "JUD", "MIL", "SPY", "BUS", "EDU",
                                      "HLH", "CRM", "UAF"};
  for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
    if (!strcmp(role, roles[i])) return 1;
  return 0;
}

/* Is the reporting verb at token verb "announce" or "declare": a formal
 * announcement ("US authorities declared they are expanding ...") is news
 * whoever makes it? */
static int formal_announcement(const struct acta_work *w, uint32_t verb) {
  uint32_t l = w->toks.v[verb].vlemma;
  return l != ACTA_NO_WORD && (acta_lemma_is(l, w->cw->l_announce) ||
                               acta_lemma_is(l, w->cw->l_declare));
}

/* Does what is said (tokens [from, to), verb the reporting verb) hold a
 * clause in the present or past with no modal before its verb ("the group
 * uses", "the request is not connected"), not a plan ("they would
 * begin") nor a noun ("announced the creation of a unit")? */
static int told_how_things_are(const struct acta_work *w, uint32_t verb,
                               uint32_t from, uint32_t to) {
  for (uint32_t q = from; q < to; q++) {
    const acta_token *t = &w->toks.v[q];
    if (q == verb || w->tok_vg[q] == w->tok_vg[verb]) continue;
    if (t->tag == P_MODAL) return 0;
    if (t->tag == P_AUX || t->tag == P_VERB)
      return t->penn == PT_VBZ || t->penn == PT_VBP || t->penn == PT_VBD;
  }
  return 0;
}

/* prec46f: "charged three Colombians with drug trafficking" (an accusing
 * verb, 112): is the number at q the count opening a coded actor that is
 * the reporting verb's own object (right after its verb group, no clause
 * of its own after it: not "alleged 12 officials took bribes")?  Those
 * people are charged, no figure is said. */
static int counted_object(const struct acta_work *w, uint32_t verb, uint32_t q, uint32_t to) {
  uint32_t after = verb + 1;
  while (after < to && w->tok_vg[after] != NO && w->tok_vg[after] == w->tok_vg[verb]) after++;
  int32_t mi = w->tok_ment[q];
  if (q != after || mi == NO || w->ments[mi].first != q || !w->ments[mi].code[0]) return 0;
  uint32_t e = w->ments[mi].last;
  if (e >= to) return 1;
  const acta_token *n = &w->toks.v[e];
  return w->tok_vg[e] == NO && n->tag != P_VERB && n->tag != P_AUX && n->tag != P_MODAL;
}

/* Why a report is not a statement of its own, or NULL when it is one.  The
 * one who says is the reported events' reporter; the saying is itself news
 * (a CAMEO 01 event) only when the verb is a statement verb (not "~---":
 * "believe", "report", "estimate"), the speaker is a coded actor and no news
 * outlet, and what is said holds neither a figure ("a statistic") nor a
 * word the dictionaries code as a material act ("confirmed the arrest",
 * "said that gangs extorted ..."): then the saying only passes another
 * event on. */
static const char *not_news(const acta_dict *d, const struct acta_work *w,
                            const acta_sentence *s, uint32_t cameo,
                            int32_t speaker, uint32_t verb, uint32_t from,
                            uint32_t to, int demand) {
  if (cameo == ACTA_REPORT_NO_CODE && !demand) return "a verb that frames, not a statement";
  const char *why = not_an_actor_speaking(d, w, s, speaker);
  if (why) return why;
  const mention *m = &w->ments[speaker];
  if (!d->keds_only) {
    /* "Peruvian security analyst Ruben Vargas said", "one Salvadoran gang
     * expert said": an analyst's view, no actor's statement
     * (nonact_verbs.c) */
    if (acta_analyst_speaker(w, speaker)) return "an analyst's view, no actor's statement";
    /* "Writing for Foreign Policy, X argues that the US should ...", "in
     * an op-ed, X said": an opinion piece argues, no actor's statement or
     * appeal (invented27; nonact_verbs.c) */
    if (acta_opinion_piece(w, s, verb)) return "an opinion piece's argument, no actor's statement";
    /* "corruption adds to the island's appeal": "add to" contributes and
     * says nothing; "as stated in the leaked files": a document cited,
     * no one speaking */
    uint32_t after = verb + 1;
    while (after < s->last && w->tok_vg[after] != NO && w->tok_vg[after] == w->tok_vg[verb])
      after++;
    if (after < s->last && is_word(w, after, w->cw->w_to) &&
        acta_lemma_is(w->toks.v[verb].vlemma, w->cw->l_add))
      return "\"add to\" contributes, it says nothing";
    if (verb > s->first && is_word(w, verb - 1, w->cw->w_as) &&
        w->toks.v[verb].penn == PT_VBN && after < s->last && is_word(w, after, w->cw->w_in))
      return "a document cited (as stated in), no one speaking";
    /* "told InSight Crime", "told reporters": an interview; "told the
     * Security Council" is a statement to an actor */
    if (acta_lemma_in(w->cw, w->toks.v[verb].vlemma, WL_TELL_VERB)) {
      uint32_t a = verb + 1;
      while (a < to && w->tok_vg[a] == w->tok_vg[verb]) a++;
      int32_t am = a < to ? w->tok_ment[a] : NO;
      if (am == NO || !w->ments[am].code[0] || acta_code_eq(w->ments[am].role, "MED"))
        return "told the press, not an actor";
    }
    /* "police say he led the group": what is said tells of the past (a
     * plain statement only: "denied that its forces attacked" is news) */
    if (demand) return NULL; /* what is demanded is not done: no content test */
    /* what is said opens past its "that" */
    uint32_t f0 = from;
    if (f0 < to && is_word(w, f0, w->cw->w_that)) f0++;
    /* "officials said there had been no reports of ...": how things are */
    if (f0 < to && w->toks.v[f0].penn == PT_EX &&
        cameo < d->ncameo && !strcmp(d->cameo[cameo].code, "010"))
      return "what is said tells how things are (there is ...)";
    int plain = cameo < d->ncameo && !strcmp(d->cameo[cameo].code, "010");
    /* "police said the gang smuggles explosives": police, prosecutors,
     * soldiers, firms and experts saying what they found are the news's
     * sources (its reported_by), not its subject */
    if (plain && info_source_role(m->role)) return "a source of information, not a statement";
    /* "officials say criminal groups use this route", "US authorities
     * said the request is not connected": an unnamed body of officials
     * saying how things are passes a fact on; what they will do ("said
     * they would begin ..."), what they announce or declare, and a name
     * ending in "Authorities" are news */
    if (plain && m->last > m->first && tok_in(w, m->last - 1, WL_GROUP_SOURCE) &&
        !(w->toks.v[m->last - 1].tag == P_PROPN && m->last - 1 > m->first &&
          w->toks.v[m->last - 2].tag == P_PROPN) &&
        !formal_announcement(w, verb) &&
        told_how_things_are(w, verb, from, to))
      return "unnamed officials pass on how things are";
    for (uint32_t q = from; plain && q < to; q++) {
      const acta_token *t = &w->toks.v[q];
      if (q == verb || w->tok_vg[q] == w->tok_vg[verb]) continue;
      if (t->tag == P_MODAL) break;
      if (t->tag == P_AUX) {
        if (is_word(w, q, w->cw->w_had)) return "what is said tells of the past";
        /* "said the gunmen were planning", "said he was killed": a past
         * act narrated (not "said it was ready": a stance) */
        int32_t av = w->tok_vg[q];
        /* ... by an actor the clause names ("the gunmen were planning",
         * "the armies were coordinating"): not a state ("the economy was
         * growing") nor the speaker's own side ("it was considering") */
        int actor_subject = f0 < to && w->tok_ment[f0] != NO;
        if (actor_subject && t->penn == PT_VBD && av != NO && w->vgs[av].head != q &&
            (w->toks.v[w->vgs[av].head].penn == PT_VBG ||
             w->toks.v[w->vgs[av].head].penn == PT_VBN))
          return "what is said tells of the past";
        break;
      }
      if (t->tag == P_VERB) {
        /* "said they hoped ...": a stance in the tense of the report */
        if (t->penn == PT_VBD && !tok_in(w, q, WL_ATTITUDE_PAST))
          return "what is said tells of the past";
        break;
      }
    }
    /* "a movement which claims to oppose crime": a description in the
     * present, not a statement made */
    {
      uint32_t b = verb;
      while (b > s->first && (w->toks.v[b - 1].tag == P_ADV || w->tok_vg[b - 1] == w->tok_vg[verb]))
        b--;
      unsigned hp = w->toks.v[verb].penn;
      if (b > s->first && (w->toks.v[b - 1].tag == P_WH || w->toks.v[b - 1].tag == P_THAT) &&
          (hp == (unsigned)PT_VBZ || hp == (unsigned)PT_VBP))
        return "a description (which claims ...)";
    }
    /* "four men who they say robbed a bank": a parenthetical */
    uint32_t subj = verb == m->last ? m->first : verb;
    if (subj == verb && verb > 0 && w->toks.v[verb - 1].tag == P_PRON) subj = verb - 1;
    if (subj < verb && subj > s->first && (w->toks.v[subj - 1].tag == P_WH ||
                                    w->toks.v[subj - 1].tag == P_THAT))
      return "a parenthetical (who they say)";
  }
  int past_clause = 0; /* past a subordinate clause of the report's own */
  for (uint32_t q = from; q < to; q++) {
    const acta_token *t = &w->toks.v[q];
    if (q == verb) continue;
    /* "declared victory while thousands of ballots are still to be counted": the
     * figure of a clause after a subordinator is not what is said */
    if (q > from && (t->tag == P_SUBORD || tok_in(w, q, WL_SUBORDINATOR)) &&
        w->toks.v[q - 1].tag == P_NOUN)
      past_clause = 1;
    /* "at least three times": how often, no figure told */
    int how_often = q + 1 < to && is_word(w, q + 1, w->cw->w_times);
    if (!past_clause && !how_often && (t->kind == TK_NUM || t->tag == P_NUM || t->punct == '%') &&
        !(cameo < d->ncameo && !strcmp(d->cameo[cameo].code, "112") && counted_object(w, verb, q, to)))
      return "what is said is a figure";
    uint32_t v;
    if (t->tag == P_VERB && !acta_u64map_get(&d->report, t->vlemma, &v) &&
        acta_material_head(d, &d->verb_pats, t->vlemma))
      return "what is said is another event";
    if (t->tag == P_NOUN && acta_material_head(d, &d->noun_pats, t->nlemma))
      return "what is said is another event";
  }
  return NULL;
}

/* Whether the statement of verb group g (its code, speaker, reporting
 * frame, and what is said in tokens [from, to)) is dropped: a reporter
 * only (not_news) or what did not happen (event_filters.c); traced. */
static int dropped_statement(acta_coder *c, const sent_ctx *sc, const vgroup *g,
                             uint32_t cameo, int32_t speaker, int32_t rep,
                             uint32_t from, uint32_t to, int demand) {
  struct acta_work *w = c->work;
  const char *why = not_news(c->dict, w, sc->s, cameo, speaker, g->head, from, to, demand);
  if (why) {
    acta_trace(w, "  dropped (reporter only): \"%s\": %s\n", norm(w, g->head), why);
    return 1;
  }
  const char *unreal = acta_unreal_reason(c, sc, g, rep, 0, 0);
  if (unreal) {
    acta_trace(w, "  dropped (%s): \"%s\"\n", unreal, norm(w, g->head));
    return 1;
  }
  /* prec44e: "told her aides to check the files" (nonact_verbs.c) */
  if (!c->dict->keds_only && cameo < c->dict->ncameo &&
      (why = acta_own_staff_appeal(w, sc->s, g, c->dict->cameo[cameo].code))) {
    acta_trace(w, "  dropped (no actor): \"%s\": %s\n", norm(w, g->head), why);
    return 1;
  }
  return 0;
}

/* The subject of frame f's clause: the subject of its first verb group,
 * when it is a coded actor opening the clause right before that verb (a
 * bare role, "the mayor", only when bare_roles), else NO. */
static int32_t clause_subject(const struct acta_work *w, int32_t f, int bare_roles) {
  const frame *fr = &w->frames[f];
  /* the clause's first verb group, and its subject inside the clause
   * before it ("denied these allegations and will remain ..." has none) */
  for (uint32_t q = fr->first; q < fr->last; q++) {
    int32_t gi = w->tok_vg[q];
    if (gi == NO) continue;
    const vgroup *g = &w->vgs[gi];
    int32_t sj = g->scope == f ? g->subject : NO;
    if (sj == NO) return NO;
    /* it opens the clause ("denied these allegations, the mission is
     * ..." is no clause of the denial) */
    const mention *m = &w->ments[sj];
    uint32_t open = fr->first;
    if (w->toks.v[open].tag == P_DET && m->first == open + 1) open++;
    if (!m->code[0] || m->first != open || m->first >= g->first ||
        (m->role_only && !m->country[0] && !bare_roles))
      return NO;
    /* ... right before its verb ("denied the ICRC access to the prisons
     * impacted by ..." has no clause) */
    for (uint32_t k = m->last; k < g->first; k++)
      if (w->toks.v[k].tag != P_ADV) return NO;
    return sj;
  }
  return NO;
}

int32_t acta_frame_subject(const struct acta_work *w, int32_t f, int32_t other) {
  /* a bare role has no side of its own ("his government") */
  int32_t sj = clause_subject(w, f, 0);
  if (sj == NO) return NO;
  const mention *m = &w->ments[sj];
  const frame *fr = &w->frames[f];
  if (other != NO && acta_same_side(m, &w->ments[other])) return NO;
  if (fr->reporter != NO && acta_same_side(m, &w->ments[fr->reporter])) return NO;
  return sj;
}

/* "the White House ..., alleging that Russia may be advising Iran": an
 * accusation verb (code 112: "allege", "charge") whose clause was coded is
 * also an accusation of the clause's subject by a named actor (not
 * "sources", not a news outlet, not a pronoun's antecedent). */
static void code_accusation(acta_coder *c, sent_ctx *sc, int32_t f) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const frame *fr = &w->frames[f];
  if (fr->cameo == ACTA_REPORT_NO_CODE || fr->cameo >= d->ncameo ||
      strcmp(d->cameo[fr->cameo].code, "112") || fr->by_pronoun)
    return;
  const vgroup *g = &w->vgs[fr->vg];
  const char *why = not_an_actor_speaking(d, w, sc->s, fr->reporter);
  int32_t accused = why ? NO : acta_frame_subject(w, f, NO);
  if (accused == NO) {
    acta_trace(w, "  no accusation by \"%s\": %s\n", norm(w, g->head),
               why ? why : "no other actor is the subject of what it alleges");
    return;
  }
  acta_trace(w, "  accusation: \"%s\" alleges an act of %s\n", norm(w, g->head),
             w->ments[accused].code);
  acta_emit(c, sc, fr->reporter, accused, fr->parent, NULL, &d->cameo[fr->cameo],
            g->head, acta_vg_status(w, g, ACTA_ASSERTED), 0,
            acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
}

/* How many words after "behind" or "responsible for" the act blamed may
 * stand ("behind the recent string of attacks"). */
#define BLAME_REACH 6

/* An act of force's code (roots 18-20) but 192, a place or person taken. */
static int violent_code(const acta_dict *d, uint32_t cameo) {
  const char *code = d->cameo[cameo].code;
  int root = cameo_root(code);
  return (root == 18 || root == 19 || root == 20) && strcmp(code, "192");
}

/* mend43e: does noun lemma `lemma` alone code an act of force (roots 18-20:
 * "attack", "bombing", "ambush"), no other material act ("arrest",
 * "release", "aid" are no harm one is to blame for), nor a place or person
 * taken (192: "behind the seizing of a cartel chief" credits a deed)? */
static int violent_head(const acta_dict *d, uint32_t lemma) {
  return head_alone_codes(d, &d->noun_pats, lemma, violent_code);
}

/* mend43e: the head noun of the noun phrase opening at token `from` (its
 * last noun before any other word: "the recent bloodshed", "the coup
 * plot"), past a "wave", "spate" or "series" or a share and its "of" ("a
 * spate of kidnappings", "20 percent of the murders"); NO if none within BLAME_REACH words or before `end`.
 * Only the head is what is blamed: "responsible for the fight against
 * drug trafficking", "behind the prosecution of the murder cases" blame
 * no one for the crime named further on. */
static uint32_t blamed_head(const struct acta_work *w, uint32_t from, uint32_t end) {
  uint32_t head = (uint32_t)NO, r = from;
  for (; r < end && r < from + BLAME_REACH; r++) {
    uint8_t t = w->toks.v[r].tag;
    if (w->toks.v[r].kind == TK_PUNCT) break;
    if (t == P_NOUN) {
      head = r;
      continue;
    }
    if (head != (uint32_t)NO && t != P_POSS) break;
    if (t != P_DET && t != P_ADJ && t != P_ADV && t != P_NUM && t != P_POSS && t != P_PROPN)
      break;
  }
  if (head != (uint32_t)NO && r + 1 < end && is_word(w, r, w->cw->w_of) &&
      (tok_lemma_in6(w, head, w->toks.v[head].nlemma, WL6_SERIES_NOUN) ||
       w->toks.v[head].vocab == V_PERCENT)) {
    return blamed_head(w, r + 1, end);
  }
  return head;
}

/* prec43e: the token that holds verb group g's subject to blame, "behind"
 * or a WL5_CULPABLE_WORD ("responsible", "culpable") before "for" right
 * after g, a form of "be" (one adverb may stand between: "were also
 * behind"), then an act heading the phrase after it, the clause not
 * ended by `end`; NO if none, if g is negated ("were not behind the
 * attack") or if "be" is an auxiliary of another verb (g has a main verb). */
static uint32_t culprit_predicate(const acta_dict *d, const struct acta_work *w,
                                  const vgroup *g, uint32_t end) {
  const acta_token *h = &w->toks.v[g->head];
  if (g->has_main || g->negated || h->word == ACTA_NO_WORD || d->info[h->word].closed != CC_BE)
    return NO;
  uint32_t q = g->last;
  if (q < end && w->toks.v[q].tag == P_ADV && !is_word(w, q, w->cw->w_behind)) q++;
  if (q >= end) return NO;
  uint32_t at = q, from;
  if (is_word(w, q, w->cw->w_behind)) from = q + 1;
  else if (q + 1 < end && tok_in5(w, q, WL5_CULPABLE_WORD) && is_word(w, q + 1, w->cw->w_for))
    from = q + 2;
  else return NO;
  /* what is blamed is an act: a crime word, an incident, a harm or an
   * act of force heading the phrase after it ("behind bars",
   * "behind schedule", "responsible for security", "behind the release of
   * the hostages" blame no one) */
  uint32_t r = blamed_head(w, from, end);
  if (r == (uint32_t)NO) return NO;
  const acta_token *t = &w->toks.v[r];
  /* an incident noun "against" or "on" someone is a duty when it is no
   * harm of the other lists ("responsible for the war on drugs") */
  int waged = r + 1 < end && (is_vocab(w, r + 1, V_AGAINST) || is_word(w, r + 1, w->cw->w_on));
  if (tok_in(w, r, WL_CRIME_WORD) || (!waged && tok_in3(w, r, WL3_INCIDENT_NOUN)) ||
      tok_lemma_in6(w, r, t->nlemma, WL6_BLAME_OBJECT) || violent_head(d, t->nlemma))
    return at;
  return NO;
}

/* "the former spy chief said El Aissami laundered money for the cartel",
 * "the senator claimed the minister was involved in drug trafficking": a
 * named actor telling that another actor, the subject opening what it
 * says, committed a crime (a crime verb or word in that clause: WL2_CRIME_VERB,
 * WL_CRIME_WORD) accuses it, 112, whatever verb says it.  Frame f's clause
 * coded no event.  Returns whether it emitted the accusation. */
static int crime_accusation(acta_coder *c, sent_ctx *sc, int32_t f) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const frame *fr = &w->frames[f];
  if (fr->status == ACTA_DENIED || not_an_actor_speaking(d, w, sc->s, fr->reporter)) return 0;
  /* a prosecutor accuses a mayor of the same country, not itself; a
   * count of people ("420,000 Peruvians were tied to ...") is a figure,
   * no one accused */
  int32_t accused = clause_subject(w, f, 1);
  if (accused == NO || w->ments[accused].group == w->ments[fr->reporter].group ||
      !strcmp(w->ments[accused].code, w->ments[fr->reporter].code) ||
      w->toks.v[w->ments[accused].first].tag == P_NUM)
    return 0;
  /* ... told as done, in the past ("laundered", "was involved", "had
   * embezzled"), not a description ("controls trafficking in the region") */
  int32_t gi = NO;
  for (uint32_t q = w->ments[accused].last; gi == NO && q < fr->last; q++) gi = w->tok_vg[q];
  /* prec43e: past a bare participle on the accused ("dealers tied to the
   * opposition were behind"): a reduced relative, not its verb */
  if (gi != NO && w->vgs[gi].first == w->vgs[gi].head && w->vgs[gi].first == w->ments[accused].last &&
      (w->toks.v[w->vgs[gi].head].penn == PT_VBG || w->toks.v[w->vgs[gi].head].penn == PT_VBN)) {
    uint32_t from = w->vgs[gi].last;
    gi = NO;
    for (uint32_t q = from; gi == NO && q < fr->last; q++) gi = w->tok_vg[q];
  }
  if (gi == NO) return 0;
  /* prec43e: held to blame: "were behind the impeachment", "are
   * responsible for the bloodshed" (a form of "be", then "behind" or
   * "responsible for"): an accusation whatever the act, said in the past
   * or the present; not negated */
  uint32_t culprit = culprit_predicate(d, w, &w->vgs[gi], fr->last);
  unsigned tense = w->toks.v[w->vgs[gi].first].penn;
  if (tense != PT_VBD &&
      !(culprit != (uint32_t)NO && (tense == PT_VBP || tense == PT_VBZ)))
    return 0;
  /* the crime is its verb ("laundered money") or a crime word its
   * predicate reaches with no other verb, clause or comma between ("was
   * involved in drug trafficking", "were behind the extortion"; not "took
   * measures to combat timber trafficking") */
  const vgroup *sg = &w->vgs[gi];
  uint32_t crime = culprit;
  if (acta_lemma_in2(w->cw, w->toks.v[sg->head].vlemma, WL2_CRIME_VERB)) crime = sg->head;
  for (uint32_t q = sg->last; crime == (uint32_t)NO && q < fr->last && q < sg->last + 6; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_VERB || t->tag == P_THAT || t->tag == P_WH ||
        t->tag == P_SUBORD || w->tok_vg[q] != NO)
      break;
    if (tok_in(w, q, WL_CRIME_WORD)) crime = q;
  }
  if (crime == (uint32_t)NO) return 0;
  const acta_cameo *cm = acta_cameo_find(d, "112");
  if (!cm) return 0;
  const vgroup *g = &w->vgs[fr->vg];
  acta_trace(w, "  accusation: \"%s\" tells of a crime (\"%s\") by %s\n", norm(w, g->head),
             norm(w, crime), w->ments[accused].code);
  acta_emit(c, sc, fr->reporter, accused, fr->parent, NULL, cm, g->head,
            acta_vg_status(w, g, ACTA_ASSERTED), 0,
            acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
  return 1;
}

/* How far back an aside set off by dashes before a modal may open. */
#define MODAL_ASIDE_REACH 16

/* speakers18: is the modal at token q (in [from, ...)) said of a thing, not
 * of anyone who could be asked to act: the word right before it (adverbs
 * and an aside set off by dashes skipped: "the measure -- proposed in the
 * past -- should reduce") a common noun no dictionary codes that names no
 * person, body or people as a whole ("the sum ought to be higher", "the
 * new law should cut the backlog"), and the verb after it no passive ("said
 * mining should be treated as a crime" asks whoever would treat it).  A
 * plural noun is tested only after "should" or "ought" and before a verb
 * of an amount's change (WL3_CHANGE_VERB: "fuel prices should fall";
 * "wages must rise" may be a demand): it names people too often
 * ("said candidates should publish their donors" asks them). */
static int thing_modal(const acta_dict *d, const struct acta_work *w, uint32_t q,
                       uint32_t from, uint32_t to) {
  uint32_t h = q + 1;
  while (h < to && h < q + 4 && (w->toks.v[h].tag == P_TO || w->toks.v[h].tag == P_ADV ||
                                w->toks.v[h].tag == P_NEG))
    h++;
  if (h < to && w->toks.v[h].word != ACTA_NO_WORD && d->info[w->toks.v[h].word].closed == CC_BE) {
    uint32_t x = h + 1;
    while (x < to && x < h + 3 && w->toks.v[x].tag == P_ADV) x++;
    if (x < to && w->toks.v[x].penn == PT_VBN) return 0;
  }
  uint32_t k = q;
  while (k > from && w->toks.v[k - 1].tag == P_ADV) k--;
  if (k > from && is_punct(w, k - 1, '-')) {
    uint32_t r = k - 1;
    while (r > from && is_punct(w, r - 1, '-')) r--;
    uint32_t o = r;
    while (o > from && r - o < MODAL_ASIDE_REACH && !is_punct(w, o - 1, '-')) o--;
    if (!(o > from && is_punct(w, o - 1, '-'))) return 0;
    k = o - 1;
    while (k > from && is_punct(w, k - 1, '-')) k--;
  }
  if (k == from) return 0;
  uint32_t n = k - 1;
  /* prec47b: a plural thing whose amount "should" change ("said fuel
   * prices should fall", "exports ought to rise"): a forecast, no one is
   * asked ("wages must rise" may demand it) */
  int amount = w->toks.v[n].penn == PT_NNS && h < to && !is_word(w, q, w->cw->w_must) &&
               acta_lemma_in3(w->cw, w->toks.v[h].vlemma, WL3_CHANGE_VERB);
  return w->toks.v[n].tag == P_NOUN && (w->toks.v[n].penn == PT_NN || amount) &&
         w->tok_ment[n] == NO &&
         !tok_in(w, n, WL_PERSON_NOUN | WL_SPEAKER_NOUN | WL_GROUP_SOURCE | WL_UNNAMED_BODY |
                           WL_CIVIL_BODY) &&
         !tok_in4(w, n, WL4_COLLECTIVE_NOUN);
}

/* mend46d: is the pronoun at p, which clauses.c took for the reporter
 * rep of its frame (self_report), surely the speaker?  Not "they" for one
 * body named in the singular ("the government said they must surrender"
 * asks the gangs; "police said they must", "officials", "X and Y said
 * they" may be the speaker), nor when another actor it fits stands
 * between the speaker's verb and it ("accused the mining company of
 * polluting the river and said it must pay"). */
static int surely_speaker(const struct acta_work *w, uint32_t p, int32_t rep,
                          const acta_sentence *s) {
  const mention *rm = &w->ments[rep];
  int group = rm->group != rep || rm->next_in_group != NO;
  if (is_vocab(w, p, V_THEY) && !group && w->toks.v[rm->last - 1].penn != PT_NNS &&
      w->toks.v[rm->last - 1].penn != PT_NNPS)
    return 0;
  /* from the first verb after the speaker: its own phrase ("the
   * government of Peru said it") holds none.  Never before the sentence
   * s: the reporter may be a mention of an earlier sentence ("It said it
   * must ...", the pronoun resolved back), and what stands between the
   * two sentences is no actor "it" could mean instead */
  uint32_t a = rm->last > s->first ? rm->last : s->first;
  while (a < p && w->toks.v[a].tag != P_VERB) a++;
  for (; a < p; a++) {
    int32_t m = w->tok_ment[a];
    if (m != NO && w->ments[m].group != rm->group && acta_pronoun_fits(w, p, m)) return 0;
  }
  return 1;
}

/* mend46d: does a noun phrase open at q (before to): a determiner, a
 * noun, a number, a possessive, or adjectives before a noun ("more
 * funding"; not "tough on", "rid of")? */
static int thing_follows(const struct acta_work *w, uint32_t q, uint32_t to) {
  while (q + 1 < to && w->toks.v[q].tag == P_ADJ) q++;
  if (q >= to) return 0;
  switch (w->toks.v[q].tag) {
  case P_DET: case P_NOUN: case P_PROPN: case P_NUM: case P_POSS:
    return 1;
  default:
    return 0;
  }
}

/* mend46d: does mention m hold a local office's word ("the governor of
 * Guerrero", "Mayor Luis Rey"): a local government, whose country is not
 * its own to steer? */
static int local_office(const struct acta_work *w, const mention *m) {
  for (uint32_t a = m->first; a < m->last; a++)
    if (is_word(w, a, w->cw->w_governor) || is_word(w, a, w->cw->w_mayor)) return 1;
  return 0;
}

/* codes46d: does an addressee stand in frame f (or NO): an actor between
 * its reporting verb and what it reports ("told his agents they should
 * ...")?  (Every modal a frame's scope holds comes at or after its first
 * token.) */
static int told_someone(const struct acta_work *w, int32_t f) {
  int32_t rv = f != NO ? w->frames[f].vg : NO;
  if (rv != NO)
    for (uint32_t a = w->vgs[rv].last; a < w->frames[f].first; a++)
      if (w->tok_ment[a] != NO) return 1;
  return 0;
}

/* codes46d: is the modal at q a duty the speaker owns -- its verb group's
 * subject the speaker ("the ministry said it must train more judges":
 * clauses.c's self_report, a pronoun that fits the reporter and surely is
 * it), a national government's own country named as a place ("President
 * Calvo said Peru should not pay for ..."; not its people, "Peruvians
 * must respect the curfew" asks them), or "I" ("'I must answer to the
 * voters,' the mayor said")?  What one says one must do demands nothing
 * of anyone.  Not after an addressee (frame f's reporting verb "told"
 * someone), not a passive or a receiving ("said they should be given more
 * resources", "said it should receive more aid from Washington": others
 * are asked to give).  "We" after the reporting verb is the speaker's
 * side ("the president said we must not negotiate with the ELN"), a
 * quoted "We must ..." is left to the modal (it may ask the hearers too).
 * si: the sentence's index (its places); addressed: frame f's reporting
 * verb has an addressee (told_someone). */
static int own_duty(const struct acta_work *w, uint32_t q, uint32_t from, uint32_t to,
                    int32_t f, size_t si, int addressed) {
  /* "said they should be given more resources": a duty of others */
  uint32_t h = q + 1;
  while (h < to && h < q + 3 && (w->toks.v[h].tag == P_ADV || w->toks.v[h].tag == P_NEG)) h++;
  if (h + 1 < to && is_vocab(w, h, V_BE) && w->toks.v[h + 1].penn == PT_VBN) return 0;
  /* mend46d: "said it should receive more aid from Washington", "must
   * obtain guarantees", "should get more funding": what others are to
   * give ("get" with a thing after it: "get rid of", "get tough on" are
   * the speaker's own acts) */
  if (h < to && w->toks.v[h].tag == P_VERB &&
      (acta_lemma_is(w->toks.v[h].vlemma, w->cw->l_receive) ||
       acta_lemma_is(w->toks.v[h].vlemma, w->cw->l_obtain) ||
       (acta_lemma_is(w->toks.v[h].vlemma, w->cw->l_get) && thing_follows(w, h + 1, to))))
    return 0;
  /* "told his agents they should stay calm": "they" after an
   * addressee may be the addressee */
  if (addressed) return 0;
  uint32_t k = q;
  while (k > from && w->toks.v[k - 1].tag == P_ADV) k--;
  int32_t rep = f != NO ? w->frames[f].reporter : NO;
  int32_t g = w->tok_vg[q];
  if (g != NO && w->vgs[g].self_report)
    return rep != NO && k > from && w->toks.v[k - 1].tag == P_PRON &&
           surely_speaker(w, k - 1, rep, &w->sents[si]);
  /* "President Calvo said Peru should not pay for ...": a national
   * government's own state (a bare country named as a place) is the
   * speaker's to steer */
  if (k > from && rep != NO && w->tok_ment[k - 1] != NO) {
    const mention *sm = &w->ments[w->tok_ment[k - 1]], *rm = &w->ments[rep];
    if (sm->last == k && !sm->role[0] && sm->country[0] && !strcmp(sm->country, rm->country) &&
        !strcmp(sm->code, sm->country) && !strcmp(rm->role, "GOV") && !local_office(w, rm) &&
        acta_overlaps_place(w, si, w->toks.v[sm->first].start, w->toks.v[k - 1].end))
      return 1;
  }
  int32_t p = first_person_before(w, q, from);
  return p != NO && is_vocab(w, (uint32_t)p, V_I);
}

/* prec48e: does frame f's clause [from, to) say that a policy amount
 * should change ("the minister said fuel taxes should fall", "said farm
 * subsidies ought to rise"): "should" or "ought" right after a plural
 * noun of a state's levy or grant (adverbs between) and before a verb of
 * an amount's change?  An act of government the speaker wants or plans,
 * not a forecast of prices (thing_modal's "fuel prices should fall"), nor
 * an appeal to anyone named: unsure, no event. */
static int policy_amount_saying(const struct acta_work *w, uint32_t from, uint32_t to,
                                int32_t f) {
  static const char *const levy[] = {"taxes", "subsidies", "tariffs", "duties", "fees",
                                     "fines", "penalties", "pensions", "royalties", "levies",
                                     "allowances", NULL};
  int policy = 0; /* every modal of the clause such a saying ("taxes should fall
                     and police should act" asks the police) */
  for (uint32_t q = from; q < to; q++) {
    if (w->tok_scope[q] != f || !tok_in(w, q, WL_MODAL_SHOULD)) continue;
    if (is_word(w, q, w->cw->w_must)) return 0;
    uint32_t k = q;
    while (k > from && w->toks.v[k - 1].tag == P_ADV) k--;
    if (k == from || !norm_one_of(w, k - 1, levy) || w->tok_ment[k - 1] != NO) return 0;
    uint32_t h = q + 1;
    while (h < to && h < q + 4 && (w->toks.v[h].tag == P_TO || w->toks.v[h].tag == P_ADV))
      h++;
    if (!(h < to && w->toks.v[h].tag == P_VERB &&
          acta_lemma_in3(w->cw, w->toks.v[h].vlemma, WL3_CHANGE_VERB)))
      return 0;
    policy = 1;
  }
  return policy;
}

/* The demand (must, has to: 100) or appeal (should, ought: 020) a reported
 * clause makes with a modal of its own, or NULL.  A modal right after a
 * relative "that", "which" or "who" describes the noun before it ("said the
 * EPP was a gang that has to be dealt with": a statement about
 * the EPP, no demand of anyone). */
static const acta_cameo *demand_of(const acta_dict *d, struct acta_work *w,
                                   uint32_t from, uint32_t to, int32_t f, size_t si) {
  int addressed = -1; /* told_someone(w, f), asked once */
  for (uint32_t q = from; q < to; q++)
    if (w->tok_scope[q] == f && tok_in(w, q, WL_MODAL_SHOULD)) {
      if (q > from && (w->toks.v[q - 1].tag == P_WH || w->toks.v[q - 1].tag == P_THAT)) {
        acta_trace(w, "  \"%s\" in a relative clause describes, it demands nothing\n",
                   norm(w, q));
        continue;
      }
      /* speakers15: "said the operation should have been his", "said the
       * police must have known": a modal's perfect judges the past, and
       * asks nothing of anyone (a statement) */
      uint32_t h = q + 1;
      while (h < to && h < q + 3 && (w->toks.v[h].tag == P_TO || w->toks.v[h].tag == P_ADV ||
                                    w->toks.v[h].tag == P_NEG))
        h++;
      if (h + 1 < to && is_vocab(w, h, V_HAVE) && w->toks.v[h + 1].penn == PT_VBN) {
        acta_trace(w, "  \"%s have\" judges the past, it asks nothing\n", norm(w, q));
        continue;
      }
      /* codes18: "it must be added that", "it should be noted that": a
       * formula of saying, no one is asked to act */
      if (q > from && is_vocab(w, q - 1, V_IT) && h + 1 < to && is_vocab(w, h, V_BE) &&
          w->toks.v[h + 1].penn == PT_VBN &&
          acta_lemma_in3(w->cw, w->toks.v[h + 1].vlemma, WL3_SAYING_VERB)) {
        acta_trace(w, "  \"it %s be %s\" is a formula of saying, it asks nothing\n", norm(w, q),
                   norm(w, h + 1));
        continue;
      }
      if (thing_modal(d, w, q, from, to)) {
        acta_trace(w, "  \"%s\" is said of a thing: what is thought of it, no appeal\n",
                   norm(w, q));
        continue;
      }
      if (addressed < 0) addressed = told_someone(w, f);
      if (own_duty(w, q, from, to, f, si, addressed)) {
        acta_trace(w, "  \"%s\" binds the speaker itself: a duty it owns, no demand of "
                   "anyone\n", norm(w, q));
        continue;
      }
      return acta_cameo_find(d, is_word(w, q, w->cw->w_must) ? "100" : "020");
    }
  return NULL;
}

/* prec46e: the teller of each statement frame f's saying when a backward
 * frame nested in f's own span turns round over it ("the trade minister
 * said exports would fall, reported Diario Sur", "..., Radio Norte
 * reported"): the first such frame, when it reaches back over f's verb
 * and has a speaker; else NO (the statement keeps f's outer frame as its
 * reporter).  Sets frame.teller of every frame in one pass over them (a
 * child comes after its parent). */
static void trailing_tellers(struct acta_work *w) {
  for (size_t f = 0; f < w->nframes; f++) w->frames[f].teller = NO;
  for (size_t p = 0; p < w->nframes; p++) {
    const frame *pf = &w->frames[p];
    int32_t f = pf->parent;
    if (f == NO || (size_t)f >= p) continue;
    frame *fr = &w->frames[f];
    if (fr->teller != NO || fr->parent != NO || fr->vg == NO) continue;
    uint32_t h = w->vgs[fr->vg].head;
    if (pf->vg == NO || pf->first > h || pf->last <= h || pf->last > w->vgs[pf->vg].first ||
        pf->by_pronoun)
      continue;
    if (pf->reporter != NO || pf->rep_last > pf->rep_first) fr->teller = (int32_t)p;
  }
}

/* Statements (CAMEO 01...): a bare reporting verb ("X announced new
 * rules") unless an event noun of its clause was coded; a reporting verb
 * whose clause yielded no event ("X said the talks were difficult"); KEDS
 * codes every reporting verb the dictionary has, even when what it reports
 * was coded. */
void acta_code_statements(acta_coder *c, sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  size_t ev_before = sc->ev_before;
  for (size_t k = 0; k < sc->npending; k++) {
    const pending_statement *ps = &sc->pending[k];
    const vgroup *g = &w->vgs[ps->vg];
    int covered = 0;
    for (size_t e = ev_before; e < c->nevents; e++)
      if ((c->events[e].flags & ACTA_EV_NOMINAL) &&
          c->events[e].verb_start > w->toks.v[g->head].start &&
          c->events[e].verb_start < w->toks.v[ps->end - 1].end)
        covered = 1;
    if (covered) continue;
    /* "blamed the gangs, revealing the impact of ...", "..., charging
     * fees", "..., adding to the pressure": an -ing after a comma that
     * reports no clause tells more of the clause before it when it
     * reveals (the writer's inference), accuses of nothing named or adds
     * nothing said ("..., declaring it a crime" is a statement) */
    if (!d->keds_only && acta_comma_participle(w, s, g)) {
      const char *lem = acta_intern_str(&d->words, w->toks.v[g->head].vlemma);
      if ((ps->cameo < d->ncameo && !strcmp(d->cameo[ps->cameo].code, "112")) ||
          !strcmp(lem, "reveal") ||
          (!strcmp(lem, "add") && g->last < s->last && is_word(w, g->last, w->cw->w_to))) {
        acta_trace(w, "  dropped (reporter only): \"%s\": an -ing after a comma that "
                   "reports no clause\n", norm(w, g->head));
        continue;
      }
    }
    /* "..., ElSalvador.com says": a speaker no dictionary codes right
     * before the verb; the actor further back is in what is said
     * (nonact_verbs.c) */
    if (!d->keds_only && (acta_too_to(w, s, g) || acta_yet_to(w, s, g))) {
      acta_trace(w, "  dropped (hypothetical): \"%s\": too soon or too hard to say, not "
                 "said\n", norm(w, g->head));
      continue;
    }
    /* "appear to fear", "seemed worried" (invented12) */
    if (!d->keds_only && acta_seeming_stance(w, s, g)) {
      acta_trace(w, "  dropped (speculation): \"%s\": a stance the writer guesses (seems, "
                 "appears), not said\n", norm(w, g->head));
      continue;
    }
    if (!d->keds_only && acta_participle_statement(w, s, g)) {
      acta_trace(w, "  dropped (reporter only): \"%s\": a participle said of the noun before "
                 "it\n", norm(w, g->head));
      continue;
    }
    if (!d->keds_only && g->reporting && acta_uncoded_speaker(w, s, g)) {
      acta_trace(w, "  dropped (reporter only): \"%s\": its speaker is the uncoded word before "
                 "it\n", norm(w, g->head));
      continue;
    }
    if (!d->keds_only && policy_amount_saying(w, g->last, ps->end, g->scope)) {
      acta_trace(w, "  dropped (unsure): \"%s\": a policy amount that should change, "
                 "neither a forecast nor an appeal\n", norm(w, g->head));
      continue;
    }
    const acta_cameo *dm = demand_of(d, w, g->last, ps->end, g->scope, (size_t)sc->index);
    if (dropped_statement(c, sc, g, ps->cameo, g->subject, ps->rep, g->last, ps->end,
                          dm != NULL))
      continue;
    if (!dm && ps->cameo == ACTA_REPORT_NO_CODE) continue;
    int32_t t2 = acta_default_target(w, g, g->head, ps->end, g->scope);
    /* "announced the creation of a police unit": a thing made (targets9) */
    if (!d->keds_only) t2 = acta_made_thing_target(w, t2);
    /* "charged Jorge Ramirez with laundering money for the cartel"
     * (targets9) */
    if (!d->keds_only)
      t2 = acta_accused_name(w, sc, g, t2, (dm ? dm : &d->cameo[ps->cameo])->code, g->subject);
    acta_emit(c, sc, g->subject, t2, ps->rep, NULL, dm ? dm : &d->cameo[ps->cameo],
              g->head, ps->status, 0,
              acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
  }
  /* reporting verbs whose clause yielded no event: a statement */
  if (!d->keds_only) trailing_tellers(w);
  for (size_t f = 0; f < w->nframes; f++) {
    frame *fr = &w->frames[f];
    /* KEDS codes every verb the dictionary has, a report's too, even when
     * what it reports was coded */
    if (fr->vg == NO || fr->reporter == NO) continue;
    /* "it said" reports; what it said is no statement of an actor named
     * in another sentence */
    if (fr->by_pronoun || fr->continued) continue;
    if (fr->produced && !d->keds_only) {
      code_accusation(c, sc, (int32_t)f);
      continue;
    }
    if (fr->status == ACTA_DENIED) continue;
    if (!d->keds_only && crime_accusation(c, sc, (int32_t)f)) continue;
    const vgroup *g = &w->vgs[fr->vg];
    /* "called on the attorney general to reveal the names": a saying
     * that is the content of an appeal (or was dropped as not done,
     * triggers.c) is nobody's statement */
    if (!d->keds_only && g->skipped) {
      acta_trace(w, "  dropped (asked for, not done): \"%s\": a saying asked for or not "
                 "done is no statement\n", norm(w, g->head));
      continue;
    }
    /* "a millionaire declared non-grata": said of the noun (nonact_verbs.c) */
    if (!d->keds_only && acta_participle_statement(w, s, g)) {
      acta_trace(w, "  dropped (reporter only): \"%s\": a participle said of the noun before "
                 "it\n", norm(w, g->head));
      continue;
    }
    /* "it is too early to confirm that ...", "have yet to confirm": not
     * said (nonact_verbs.c) */
    if (!d->keds_only && (acta_too_to(w, s, g) || acta_yet_to(w, s, g) ||
                          acta_seeming_stance(w, s, g))) {
      acta_trace(w, "  dropped (hypothetical): \"%s\": too soon or too hard to say, or "
                 "only seeming, not said\n", norm(w, g->head));
      continue;
    }
    int32_t tgt = acta_first_mention(w, fr->first, fr->last, (int32_t)f, 0);
    int32_t rep = fr->parent;
    int32_t told_by = d->keds_only ? NO : fr->teller;
    const acta_cameo *cm =
        fr->cameo == ACTA_REPORT_NO_CODE ? NULL : &d->cameo[fr->cameo];
    const acta_pattern *kp = NULL;
    if (!d->keds_only) {
      /* "X said the army must withdraw": a demand (100), "should": an
       * appeal (020), whatever the verb that says it */
      if (policy_amount_saying(w, fr->first, fr->last, (int32_t)f)) {
        acta_trace(w, "  dropped (unsure): \"%s\": a policy amount that should change, "
                   "neither a forecast nor an appeal\n", norm(w, g->head));
        continue;
      }
      const acta_cameo *dm = demand_of(d, w, fr->first, fr->last, (int32_t)f, (size_t)sc->index);
      if (dropped_statement(c, sc, g, fr->cameo, fr->reporter, fr->parent, fr->first,
                            fr->last, dm != NULL))
        continue;
      if (dm) cm = dm;
      if (!cm) continue;
      /* "announced the creation of a police unit": a thing made, no
       * target (targets9) */
      tgt = acta_made_thing_target(w, tgt);
      /* "charged Jorge Ramirez with laundering money for the cartel": the
       * name accused, not the cartel (targets9) */
      tgt = acta_accused_name(w, sc, g, tgt, cm->code, fr->reporter);
      /* "said the gangs are recruiting children": the children are in
       * the topic, not the target (targets11) */
      if (!strcmp(cm->code, "010")) tgt = acta_said_object_target(w, fr->first, tgt);
      /* "told Congress that the police should act": the addressee
       * (targets23b) */
      tgt = acta_told_addressee(w, g, fr->first, fr->reporter, tgt);
      /* targets34: "revealed a route from a Brazil shipping port": a
       * place or a thing of the speaker's own country */
      tgt = acta_own_place_target(w, sc, fr->reporter, tgt);
    } else {
      /* the statement is the dictionary's verb, or nothing */
      pmatch pm;
      int hp;
      kp = acta_best_pattern(d, w, &d->verb_pats, g->head, g->last, fr->last,
                             s->first, (int32_t)f, &pm, &hp);
      if (!kp || kp->cameo == ACTA_NO_CODE) continue;
      if (acta_keds_no_object(d, w, g, s->last)) continue;
      cm = &d->cameo[kp->cameo];
      /* its object follows it; the reported clause before it is not one */
      tgt = fr->last <= g->first
                ? acta_keds_target(w, g->last, s->last, NO, fr->reporter)
                : acta_keds_target(w, fr->first, fr->last, (int32_t)f, fr->reporter);
    }
    acta_emit(c, sc, fr->reporter, tgt, told_by != NO ? told_by : rep, kp, cm, g->head,
              acta_vg_status(w, g, ACTA_ASSERTED), 0,
              acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
  }
}

/* Evidence phrases ("without offering evidence") qualify the events of
 * their sentence. */
void acta_sentence_evidence(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  if (c->nevents > sc->ev_before) {
    uint32_t ef, et;
    acta_evidence ek = find_evidence(w, sc->s, &ef, &et);
    if (ek != ACTA_EVIDENCE_NONE)
      for (size_t e = sc->ev_before; e < c->nevents; e++) {
        c->events[e].evidence = ek;
        c->events[e].evidence_start = w->toks.v[ef].start;
        c->events[e].evidence_end = w->toks.v[et - 1].end;
      }
  }
}

static int same_actor(const acta_actor *a, const acta_actor *b) {
  if (!a->present || !b->present || !a->code[0] || !b->code[0]) return 0;
  if (!strcmp(a->code, b->code)) return 1;
  return a->country[0] && !strcmp(a->country, b->country);
}

/* Links each denial (CAMEO 016) to the claim it disputes: a denied event
 * of its own sentence, else the latest earlier event of the article (at
 * most 200 back) in which the denier is source or target. */
void acta_link_disputes(acta_coder *c) {
  /* events are sorted by sentence: walk each sentence's range once */
  size_t sent_first = 0;
  for (size_t i = 0; i < c->nevents; i++) {
    acta_event *e = &c->events[i];
    if (i > 0 && e->sentence != c->events[i - 1].sentence) sent_first = i;
    if (strcmp(e->cameo, "016") != 0) continue;
    int found = -1;
    for (size_t k = sent_first; k < c->nevents && c->events[k].sentence == e->sentence; k++)
      if (k != i && c->events[k].status == ACTA_DENIED) {
        found = (int)k;
        break;
      }
    size_t lim = i > 200 ? i - 200 : 0;
    for (size_t k = i; found < 0 && k-- > lim;) {
      const acta_event *x = &c->events[k];
      if (!strcmp(x->cameo, "016") || (x->root[0] == '0' && x->root[1] == '1'))
        continue;
      if (same_actor(&x->source, &e->source) || same_actor(&x->target, &e->source))
        found = (int)k;
    }
    e->disputes = found;
  }
}

/* The longest quotation running over sentences whose events take its
 * speaker: more sentences are narration between two stray marks. */
#define QUOTE_SENTENCES 4

/* One quotation mark: a '"' token and the ones right after it ('""' in
 * CSV text is one mark), curly or straight; *end is its last byte + 1.
 * Returns 1 for an opening mark, 0 for a closing one: a curly mark says
 * which, a straight one opens at the text's start or after a blank or a
 * bracket and closes after anything else ('said: "We', 'it,"'). */
static int quote_mark(const struct acta_work *w, const char *text, size_t *i,
                      uint32_t *end) {
  const acta_token *tk = &w->toks.v[*i];
  const unsigned char *u = (const unsigned char *)text + tk->start;
  while (*i + 1 < w->toks.n && w->toks.v[*i + 1].kind == TK_PUNCT &&
         w->toks.v[*i + 1].punct == '"' && w->toks.v[*i + 1].start == w->toks.v[*i].end)
    (*i)++;
  *end = w->toks.v[*i].end;
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9C) return 1;
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9D) return 0;
  if (tk->start == 0) return 1;
  unsigned char b = (unsigned char)text[tk->start - 1];
  return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '(' || b == '[';
}

/* Does a quotation opening at byte qstart in sentence si open as one
 * that may run on: at the sentence's start, or after a colon or a comma
 * ('said: "', 'said, "')? */
static int quote_may_run_on(const struct acta_work *w, const char *text, size_t si,
                            uint32_t qstart) {
  uint32_t b = qstart;
  while (b > w->sents[si].start && (text[b - 1] == ' ' || text[b - 1] == '\t')) b--;
  return b == w->sents[si].start || text[b - 1] == ':' || text[b - 1] == ',';
}

/* Is there a line break between bytes a and b (a paragraph ends)? */
static int line_break(const char *text, uint32_t a, uint32_t b) {
  for (uint32_t q = a; q < b; q++)
    if (text[q] == '\n') return 1;
  return 0;
}

/* '"Troops shelled the town," the mayor said. "They also hit the school."':
 * events inside a quotation that runs over several sentences take the
 * speaker named in its first or last sentence.  A quotation runs over
 * sentences only when its marks pair up (an opening mark, then a closing
 * one), it opens at a sentence's start or after a colon or a comma, and it
 * spans at most QUOTE_SENTENCES sentences of one paragraph; else its marks
 * are stray, and the narration between them is no one's words. */
void acta_attribute_quotes(acta_coder *c, const char *text) {
  struct acta_work *w = c->work;
  /* speed34d: no event, none to give a speaker (the walk below writes
   * only events and the trace) */
  if (c->nevents == 0 && !w->tracing) return;
  size_t n = w->toks.n;
  int open = 0;
  uint32_t qstart = 0;
  size_t first_sent = 0, si = 0;
  size_t cur = 0;               /* first event not before the quote */
  acta_actor prev_who;          /* speaker of the previous quotation */
  size_t prev_sent = (size_t)-1;
  memset(&prev_who, 0, sizeof prev_who);
  for (size_t i = 0; i < n; i++) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind != TK_PUNCT || tk->punct != '"') continue;
    /* the sentence of the mark (si only grows: caught up at marks only) */
    while (si + 1 < w->nsents && w->sents[si + 1].first <= i) si++;
    uint32_t mstart = tk->start, qend;
    int is_open = quote_mark(w, text, &i, &qend);
    if (is_open) {
      /* an opening mark while one is open: the earlier one was stray */
      open = 1;
      qstart = mstart;
      first_sent = si;
      continue;
    }
    if (!open) continue; /* a closing mark with none open: stray */
    open = 0;
    /* a closing mark that opens the next sentence ('fight."" Then')
     * belongs to the sentence before */
    size_t last_sent = si;
    if (last_sent > first_sent && mstart <= w->sents[last_sent].start) last_sent--;
    if (last_sent > first_sent && (last_sent - first_sent >= QUOTE_SENTENCES ||
        !quote_may_run_on(w, text, first_sent, qstart) ||
        line_break(text, qstart, qend))) {
      acta_trace(w, "quotation over sentences %zu-%zu: stray marks (%s)\n", first_sent,
                 last_sent,
                 last_sent - first_sent >= QUOTE_SENTENCES ? "too long"
                 : line_break(text, qstart, qend) ? "a paragraph ends inside"
                                                  : "not opened at a sentence's start, a colon or a comma");
      prev_sent = (size_t)-1;
      continue;
    }
    /* the speaker: a reported event of its first or last sentence; else,
     * for a quotation that opens its sentence right after an attributed
     * one, that one's speaker */
    const acta_event *src = NULL;
    /* events are in text order: move the cursor to the quote's first
     * sentence; every event is passed over a bounded number of times */
    while (cur < c->nevents && c->events[cur].sentence < (int)first_sent) cur++;
    size_t k;
    for (k = cur; k < c->nevents && c->events[k].sentence <= (int)last_sent && !src; k++)
      if (c->events[k].reported_by.present &&
          (c->events[k].sentence == (int)first_sent || c->events[k].sentence == (int)last_sent))
        src = &c->events[k];
    acta_actor who;
    if (src) {
      who = src->reported_by;
    } else if (prev_who.present && prev_sent + 1 == first_sent &&
               qstart == w->sents[first_sent].start) {
      who = prev_who;
    } else {
      prev_sent = (size_t)-1;
      continue;
    }
    prev_who = who;
    prev_sent = last_sent;
    if (last_sent == first_sent && src) continue; /* the frame did it */
    acta_trace(w, "quotation over sentences %zu-%zu: reported by \"%.*s\"\n", first_sent,
               last_sent, (int)(who.end - who.start), text + who.start);
    for (k = cur; k < c->nevents && c->events[k].sentence <= (int)last_sent; k++) {
      acta_event *x = &c->events[k];
      if (x->reported_by.present || x->verb_start < qstart || x->verb_end > qend)
        continue;
      x->reported_by = who;
      x->flags |= ACTA_EV_REPORTED;
    }
  }
}
