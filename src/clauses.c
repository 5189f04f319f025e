/* SPDX-License-Identifier: MIT */
/* clauses.c: verb groups and who does what.  It groups the verbs of a
 * sentence (auxiliaries, modals, negation, adverbs inside: "did not
 * immediately attack") and reads their voice, negation and modality; it
 * finds each group's subject (the nearest actor before it in its clause,
 * a parse's subject, reduced relatives, "-ing" forms, infinitives, "accused
 * X of V-ing", raising verbs, pronouns, coordination) and offers the
 * object finders the other stages use (the first actor after a word, a
 * pattern's default target, KEDS's habits).  Reads the tokens, tags,
 * mentions, frames and the parse; writes w->vgs, w->tok_vg and each
 * group's subject, scope and status marks (and the frame of an accuser). */
#include "coder_internal.h"
#include "vocab.h"
#include "tagger_model.h"

#include <stdlib.h>
#include <string.h>

static int vg_tag(int tag) {
  _Static_assert(P_SUBORD < 32, "a tag is a bit of a 32-bit mask");
  const uint32_t vg = 1u << P_AUX | 1u << P_MODAL | 1u << P_NEG | 1u << P_VERB;
  return (vg >> (tag & 31)) & 1; /* (speed39d: as np_tag) */
}

/* A past participle: "-ed", "-en", an irregular verb form that is no "-s"
 * or "-ing" form, or one spelled as its base ("set", "put": WL_SAME_PARTICIPLE). */
static int participle(const struct acta_work *w, const acta_dict *d, uint32_t i) {
  const acta_token *tk = &w->toks.v[i];
  const char *s = norm(w, i);
  size_t n = tk->norm_len;
  if (tok_in(w, i, WL_SAME_PARTICIPLE)) return 1;
  if (n > 2 && (tok_ends(w, i, "ed") || tok_ends(w, i, "en"))) return 1;
  if (tk->word != ACTA_NO_WORD && d->info[tk->word].vexc != ACTA_NO_WORD &&
      !(n > 1 && s[n - 1] == 's') && !(n > 3 && tok_ends(w, i, "ing")))
    return 1;
  return 0;
}

/* How many quotation marks from token q open a quotation that starts
 * with a verb ("should ""suspend", "to ""impose"); 0 if none. */
static uint32_t quote_inside(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  uint32_t e = q;
  while (e < s->last && w->toks.v[e].kind == TK_PUNCT && w->toks.v[e].punct == '"') e++;
  if (e == q || e >= s->last || w->toks.v[e].tag != P_VERB || w->tok_ment[e] != NO ||
      w->toks.v[e].start != w->toks.v[e - 1].end)
    return 0;
  return e - q;
}

/* Does the verb group starting at token i ("-ing" or "being") hang on a
 * "without" right before it or before its subject ("without firing a
 * shot", "without the traffickers being targeted", "without anyone being
 * detained")?  Its act did not happen: the group is negated. */
static int after_without(const struct acta_work *w, const acta_sentence *s, uint32_t i) {
  if (w->toks.v[i].penn != PT_VBG) return 0;
  /* its subject: a noun phrase, maybe with a prepositional phrase ("a
   * gangster in Mexico") */
  for (uint32_t b = i; b > s->first && i - b < 8; b--) {
    const acta_token *t = &w->toks.v[b - 1];
    if (t->tag == P_PREP && is_vocab(w, b - 1, V_WITHOUT)) return 1;
    if (!np_tag(t->tag) && t->tag != P_PRON && t->tag != P_PREP) return 0;
  }
  return 0;
}

/* invented28: how far back a modal may stand before the verb its aside
 * parts it from */
#define MODAL_ASIDE_REACH 30

/* invented28: the modal a comma or dash aside parts from verb group g's
 * bare verb ("It could, as Senator X suggested in a hearing, ask the DEA
 * to ...", "the army may -- the minister said -- withdraw"; adverbs may
 * stand before the verb): the mark right before g, its like opening the
 * aside within MODAL_ASIDE_REACH tokens, and a modal right before that
 * opening mark; else UINT32_MAX.  The aside's own verb is no act of the
 * modal's.  acta_find_vgroups gives g the modal's status; unreal_modal
 * (event_filters.c) reads its "could", "might", "would". */
uint32_t acta_aside_modal(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t v = g->first;
  if (w->toks.v[g->head].penn != PT_VB) return UINT32_MAX;
  for (uint32_t q = v; q < g->head; q++)
    if (w->toks.v[q].tag != P_ADV) return UINT32_MAX;
  /* "-- sharply cut aid" */
  while (v > s->first && g->first - v < 2 && w->toks.v[v - 1].tag == P_ADV) v--;
  if (v < s->first + 3) return UINT32_MAX;
  char mark = is_punct(w, v - 1, ',') ? ',' : is_punct(w, v - 1, '-') ? '-' : 0;
  if (!mark) return UINT32_MAX;
  uint32_t o = v - 1;
  while (o > s->first + 1 && is_punct(w, o - 1, mark)) o--; /* "--" may be two marks */
  for (uint32_t q = o; q > s->first + 1 && o - q < MODAL_ASIDE_REACH; q--) {
    if (!is_punct(w, q - 1, mark)) continue;
    uint32_t m = q - 1;
    while (m > s->first && is_punct(w, m - 1, mark)) m--;
    return m > s->first && w->toks.v[m - 1].tag == P_MODAL ? m - 1 : UINT32_MAX;
  }
  return UINT32_MAX;
}

/* Verb groups of sentence s: runs of auxiliaries, modals, negation and
 * verbs (adverbs inside), outside actor phrases; each with its head, voice,
 * negation and modal status.  Appends to w->vgs. */
void acta_find_vgroups(const acta_dict *d, struct acta_work *w,
                       const acta_sentence *s) {
  uint32_t i = s->first;
  /* speed34d: whether the sentence has a ';' or ':' token, for
   * acta_clause_ends (pass 2): the skip loop below visits every token no
   * group takes, and a group takes none of those (their tag is P_PUNCT) */
  size_t si = (size_t)(s - w->sents);
  GROW(w->sent_semis, si, w->cap_sent_semis);
  unsigned char semis = 0;
  while (i < s->last) {
    /* most tokens: no group word, and no quotation mark that could open
     * one (quote_inside() finds none but at a '"'); skipped in a loop of
     * their own, with the tokens and the end in registers (the stores
     * below could alias them) */
    {
      const acta_token *tv = w->toks.v;
      uint32_t last = s->last;
      while (i < last && !vg_tag(tv[i].tag) &&
             !(tv[i].kind == TK_PUNCT &&
               (tv[i].punct == '"' || tv[i].punct == ';' || tv[i].punct == ':')))
        i++;
      if (i >= last) break;
      if (tv[i].kind == TK_PUNCT && (tv[i].punct == ';' || tv[i].punct == ':')) {
        semis = 1;
        if (!vg_tag(tv[i].tag)) {
          i++;
          continue;
        }
      }
    }
    /* "to ""impose sanctions": the quotation opens inside the group */
    int quoted_inf = !d->keds_only && i > s->first && w->toks.v[i - 1].tag == P_TO &&
                     quote_inside(w, s, i);
    if ((!vg_tag(w->toks.v[i].tag) && !quoted_inf) || w->tok_ment[i] != NO) { i++; continue; }
    /* "jailed on corruption charges", "faces murder charges": a crime
     * word after another is the head of their noun phrase, not a verb
     * whose subject is the crime (the jailed are no accusers) */
    if (!d->keds_only && i > s->first && w->toks.v[i].tag == P_VERB &&
        (w->toks.v[i].penn == PT_VBZ || w->toks.v[i].penn == PT_VBP) &&
        tok_in(w, i, WL_CRIME_WORD) && w->toks.v[i - 1].tag == P_NOUN &&
        tok_in(w, i - 1, WL_CRIME_WORD)) {
      w->toks.v[i].tag = P_NOUN;
      w->toks.v[i].penn = PT_NNS;
      i++;
      continue;
    }
    /* targets19a: "freed 20 kidnap victims", "five attack helicopters": a
     * bare verb form between a number and a plural noun is that noun's
     * modifier, no verb whose subject is the one who freed them */
    if (!d->keds_only && i > s->first && i + 1 < s->last && w->toks.v[i].tag == P_VERB &&
        (w->toks.v[i].penn == PT_VB || w->toks.v[i].penn == PT_VBP) &&
        w->toks.v[i - 1].tag == P_NUM && w->toks.v[i + 1].tag == P_NOUN &&
        w->toks.v[i + 1].penn == PT_NNS) {
      w->toks.v[i].tag = P_NOUN;
      w->toks.v[i].penn = PT_NN;
      i++;
      continue;
    }
    /* invented25: the "not" of "whether or not" opens no group: it
     * negates nothing, and a group of its own would cut the clause
     * "whether" opens ("whether or not the rebels are willing to make
     * concessions") */
    if (!d->keds_only && i >= s->first + 2 && w->toks.v[i].tag == P_NEG &&
        is_word(w, i - 1, w->cw->w_or) && is_word(w, i - 2, w->cw->w_whether)) {
      i++;
      continue;
    }
    /* force18: "the world's displaced population", "the country's
     * kidnapped citizens": a possessive "'s" the tagger read as "is", a
     * participle and a bare noun after it are a noun phrase, no passive */
    /* (an adverb may stand before the participle: "the world's internally
     * displaced population") */
    if (!d->keds_only && i > s->first && i + 2 < s->last && w->toks.v[i].tag == P_AUX &&
        is_word(w, i, w->cw->w_clitic_s) &&
        (w->toks.v[i - 1].tag == P_NOUN || w->toks.v[i - 1].tag == P_PROPN)) {
      uint32_t p = i + 1;
      if (w->toks.v[p].tag == P_ADV && p + 2 < s->last) p++;
      if (w->toks.v[p].penn == PT_VBN && w->toks.v[p + 1].tag == P_NOUN &&
          w->tok_ment[p] == NO) {
        w->toks.v[i].tag = P_POSS;
        w->toks.v[i].penn = PT_POS;
        w->toks.v[p].tag = P_ADJ;
        w->toks.v[p].penn = PT_JJ;
        i = p + 1;
        continue;
      }
    }
    uint32_t j = i;
    int be = 0, has_main = 0, neg = 0, modal = 0, mstat = ACTA_ASSERTED;
    uint32_t head = i;
    while (j < s->last) {
      const acta_token *tk = &w->toks.v[j];
      if (w->tok_ment[j] != NO) break;
      if (tk->tag == P_ADV) {
        /* "said there are": "there" opens the next clause */
        if (tk->penn == PT_EX && !d->keds_only) break;
        /* adverbs inside a group: "did not immediately attack", "were
         * reportedly also killed" */
        if (j + 1 < s->last && vg_tag(w->toks.v[j + 1].tag)) { j++; continue; }
        if (!d->keds_only && j + 2 < s->last && w->toks.v[j + 1].tag == P_ADV &&
            vg_tag(w->toks.v[j + 2].tag)) {
          j += 2;
          continue;
        }
        /* "was heavily and unjustly criticized" */
        if (j + 3 < s->last && w->toks.v[j + 1].tag == P_CONJ &&
            w->toks.v[j + 2].tag == P_ADV && vg_tag(w->toks.v[j + 3].tag)) {
          j += 3;
          continue;
        }
        break;
      }
      /* "should ""suspend licences", "to ""impose": a quotation mark
       * between a modal or "to" and its verb (not "is ""strengthening
       * controls"": a noun may follow a copula) */
      uint32_t marks = !has_main && (modal || (j == i && quoted_inf)) && !d->keds_only
                           ? quote_inside(w, s, j) : 0;
      /* force18: a participle in quotation marks after a form of "be" is
       * its passive ("had been ""kidnapped"" by the cartel", "were
       * ""disappeared"" by police"): the subject is acted on, no doer */
      if (!marks && !has_main && be && !d->keds_only && j > i) {
        uint32_t m2 = quote_inside(w, s, j);
        /* (prec46h: or a past form the tagger read for the marks, a
         * participle's own form: "are set to be ""expelled,"" not
         * extradited") */
        if (m2 && (w->toks.v[j + m2].penn == PT_VBN ||
                   (w->toks.v[j + m2].penn == PT_VBD && participle(w, d, j + m2))))
          marks = m2;
      }
      /* prec43e: so is one after the perfect's "have" right before it ("the
       * gang had ""kidnapped"" two farmers", "has ""migrated"" online"):
       * the perfect's verb, whose clause a "claiming that" frame reports */
      if (!marks && !has_main && !be && !d->keds_only && j > i &&
          w->toks.v[j - 1].tag == P_AUX && w->toks.v[j - 1].word != ACTA_NO_WORD &&
          d->info[w->toks.v[j - 1].word].closed == CC_HAVE) {
        uint32_t m2 = quote_inside(w, s, j);
        if (m2 && (w->toks.v[j + m2].penn == PT_VBN || w->toks.v[j + m2].penn == PT_VBD))
          marks = m2;
      }
      if (marks) {
        j += marks;
        continue;
      }
      /* actors12: "was at first blamed", "were in fact linked": a
       * two-word adverbial between an auxiliary and its verb */
      if (!has_main && !d->keds_only && j > i && tk->tag == P_PREP && j + 2 < s->last &&
          w->toks.v[j - 1].tag == P_AUX && tok_in3(w, j + 1, WL3_AUX_PP_WORD) &&
          w->tok_ment[j + 1] == NO && vg_tag(w->toks.v[j + 2].tag) &&
          w->toks.v[j + 2].tag != P_AUX && w->toks.v[j + 2].tag != P_MODAL) {
        j += 2;
        continue;
      }
      if (!vg_tag(tk->tag)) break;
      /* roles14: "got arrested by police", "are getting caught and
       * released": a participle right after "get" is a passive, "get"
       * its auxiliary (the one acted on is the subject) */
      if (has_main && tk->tag == P_VERB && !d->keds_only && j == head + 1 &&
          w->toks.v[head].vlemma != ACTA_NO_WORD &&
          acta_lemma_in3(w->cw, w->toks.v[head].vlemma, WL3_GET_VERB) && participle(w, d, j)) {
        be = 1;
        head = j;
        j++;
        continue;
      }
      if (has_main && tk->tag == P_VERB && !(j > i && w->toks.v[j - 1].tag == P_VERB && 0))
        break; /* a second main verb starts a new group */
      /* "the men who appeared were killed", "reported being threatened":
       * an auxiliary after a main verb starts the next group */
      if (has_main && !d->keds_only && (tk->tag == P_AUX || tk->tag == P_MODAL)) break;
      /* speakers18: "not only blamed ... but also", "did not just attack
       * the camp but burned the village": "not" before "only", "just",
       * "merely" or "simply" adds to the act, it denies nothing */
      if (tk->tag == P_NEG &&
          !(!d->keds_only && j + 1 < s->last && tok_in5(w, j + 1, WL5_NOT_ONLY)))
        neg = 1;
      /* "cannot deport": the modal holds the negation */
      if (tk->tag == P_MODAL && !strcmp(norm(w, j), "cannot")) neg = 1;
      if (tk->tag == P_MODAL) {
        modal = 1;
        if (tok_in(w, j, WL_MODAL_HEDGED)) mstat = ACTA_HEDGED;
        else if (tok_in(w, j, WL_MODAL_INTENDED)) mstat = ACTA_INTENDED;
      }
      if (tk->tag == P_AUX && tk->word != ACTA_NO_WORD &&
          d->info[tk->word].closed == CC_BE)
        be = 1;
      if (tk->tag == P_VERB) { has_main = 1; head = j; }
      else if (!has_main) head = j;
      j++;
    }
    if (j == i) { i++; continue; }
    /* a split infinitive: "to best strengthen", "to fully withdraw" -- the
     * adverb is inside the group, whose "to" stands right before it; so
     * are two or three ("to once again engage", "to very quickly withdraw") */
    if (!d->keds_only && has_main) {
      uint32_t a = i;
      while (a > s->first + 1 && i - a < 3 && w->toks.v[a - 1].tag == P_ADV &&
             w->tok_ment[a - 1] == NO)
        a--;
      if (a < i && w->toks.v[a - 1].tag == P_TO &&
          (w->nvgs == 0 || w->vgs[w->nvgs - 1].last <= a))
        i = a;
    }
    GROW_POISONED(w->vgs, w->nvgs, w->cap_vgs);
    vgroup *g = &w->vgs[w->nvgs];
    memset(g, 0, sizeof *g);
    g->first = i;
    g->last = j;
    g->head = head;
    g->has_main = (uint8_t)has_main;
    g->negated = (uint8_t)(neg || (!d->keds_only && after_without(w, s, i)));
    g->modal_status = (uint8_t)mstat;
    /* invented28: "could, as a senator suggested, ask": the modal before
     * the aside is the verb's */
    if (!d->keds_only && mstat == ACTA_ASSERTED && has_main) {
      uint32_t am = acta_aside_modal(w, s, g);
      if (am != UINT32_MAX && tok_in(w, am, WL_MODAL_HEDGED)) g->modal_status = ACTA_HEDGED;
      else if (am != UINT32_MAX && tok_in(w, am, WL_MODAL_INTENDED)) g->modal_status = ACTA_INTENDED;
    }
    g->passive = (uint8_t)(be && has_main && participle(w, d, head) &&
                           w->toks.v[head].vlemma != ACTA_NO_WORD);
    g->subject = NO;
    g->speaker = NO;
    g->accuser = NO;
    g->to_inf = (uint8_t)(i > s->first && w->toks.v[i - 1].tag == P_TO);
    for (uint32_t q = i; q < j; q++) w->tok_vg[q] = (int32_t)w->nvgs;
    w->nvgs++;
    i = j;
  }
  w->sent_semis[si] = semis;
}

/* Is mention m in subject position? */
static int subject_like(const struct acta_work *w, const mention *m) {
  (void)w;
  return !m->absorbed && !m->after_prep && !m->after_verb && !m->modifier;
}

/* Does the noun phrase ending at meeting noun q open the clause at lo
 * (determiners, adjectives and nouns before it only: "the EU-Turkey
 * summit", not "after a summit")? */
static int meeting_opens(const struct acta_work *w, uint32_t q, uint32_t lo) {
  while (q > lo) {
    int t = w->toks.v[q - 1].tag;
    if (t != P_DET && t != P_ADJ && t != P_NOUN && t != P_PROPN) return 0;
    q--;
  }
  return 1;
}

/* How far back the opening mark of an aside before ", and" may stand. */
#define ASIDE_AND_REACH 16

/* roles9: "The company paid the AUC -- a group designated as a terrorist
 * organization -- and agreed to pay a fine", "Police arrested the leader
 * of the gang, a known trafficker, and seized 20 kilos": a verb right
 * after "and" that follows an aside set off by dashes or commas (a noun
 * phrase, with at most a participle of its own, no finite verb) goes on
 * the clause before the aside, whose subject is its subject: the walk back
 * for it starts at the aside's opening mark (or the parenthesis before
 * it).  Right before the verb with no "and", only a describing aside (a
 * determiner first) after a phrase a dictionary codes.  Returns where the
 * walk starts, else pos. */
static uint32_t aside_before_and(const struct acta_work *w, uint32_t pos, uint32_t lo) {
  if (pos < lo + 4) return pos;
  /* right before the verb, with no "and", only after a phrase a
   * dictionary codes ("Former president Mena -- a member of the ruling
   * party -- accused": the president accused; but "Jorge Munoz, the
   * mayor of Lima, said": the aside gives the unknown name its role) */
  int direct = !is_and_or(w, pos - 1);
  uint32_t close = direct ? pos - 1 : pos - 2;
  char mark = is_punct(w, close, '-') ? '-' : is_punct(w, close, ',') ? ',' : 0;
  if (!mark) return pos;
  int noun = 0;
  for (uint32_t q = close; q > lo && q + ASIDE_AND_REACH > close; q--) {
    uint32_t k = q - 1;
    const acta_token *t = &w->toks.v[k];
    if (t->kind == TK_PUNCT) {
      if (t->punct == '(' || t->punct == ')' || t->punct == '"') continue;
      if (t->punct != mark) return pos;
      /* the mark opens the aside: a noun phrase right before it that the
       * aside names (or its closing parenthesis: "the AUC (its Spanish
       * name) - a group ... -"), and a noun in the aside */
      if (!noun || k <= lo) return pos;
      /* right before the verb, an aside that describes: a determiner
       * first ("-- a member of the ruling party --"), not a name
       * ("Lima's mentor, Perez Molina, clashed") nor an adverb ("rival
       * gangs, chiefly the Pachenca, made") */
      if (direct && w->toks.v[k + 1].tag != P_DET) return pos;
      uint32_t start = k;
      if (is_punct(w, k - 1, ')')) {
        /* the parenthesis is the phrase's too: the walk starts before it */
        for (uint32_t r = k - 1; r > lo && r + ASIDE_AND_REACH > k; r--)
          if (is_punct(w, r - 1, '(')) {
            start = r - 1;
            break;
          }
        if (start == k) return pos;
      }
      if (start <= lo) return pos;
      int32_t pm = w->tok_ment[start - 1];
      if (direct)
        return pm != NO && w->ments[pm].code[0] && !w->ments[pm].after_prep &&
                       !w->ments[pm].after_verb
                   ? start
                   : pos;
      return start < k || np_tag(w->toks.v[start - 1].tag) || pm != NO ? start : pos;
    }
    int32_t v = w->tok_vg[k];
    if (v != NO) {
      const vgroup *g = &w->vgs[v];
      if (g->first != g->head || (w->toks.v[g->head].penn != PT_VBN &&
                                  w->toks.v[g->head].penn != PT_VBG))
        return pos;
    }
    if (t->tag == P_WH || t->tag == P_THAT || is_and_or(w, k)) return pos;
    if (t->tag == P_NOUN || t->tag == P_PROPN || w->tok_ment[k] != NO) noun = 1;
  }
  return pos;
}

/* roles14: does token i name an event that does harm ("attack", "blast",
 * "shootout", "earthquake"), no actor? */
static int incident_noun(const struct acta_work *w, uint32_t i) {
  return tok_in(w, i, WL_CLASH_NOUN | WL_DISASTER_NOUN) ||
         tok_in2(w, i, WL2_DELIBERATE_WORD | WL2_ACCIDENT_WORD) ||
         tok_in3(w, i, WL3_INCIDENT_NOUN) ||
         (w->toks.v[i].nlemma != ACTA_NO_WORD &&
          acta_lemma_in2(w->cw, w->toks.v[i].nlemma, WL2_HARM_ACT));
}

/* Nearest subject to the left of token pos, not crossing lo. */
/* How many tokens a parenthesis glossing a name may hold (a Spanish name
 * and its acronym). */
#define GLOSS_REACH 24

/* speakers15: "..., but many experts say ...", "... while others fear
 * ...": a verb of saying or asking right after a noun phrase that names no
 * actor ("others", "many experts", "some analysts") and opens a clause
 * after "but", "while", "and" or a subordinator is said by that phrase, no
 * actor of the clause before.  Is that so for verb group g? */
static int vague_speaker_before(const struct acta_work *w, const vgroup *g, uint32_t lo) {
  if (g->passive || !acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_SAYING_VERB))
    return 0;
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo + 1 || w->tok_ment[q - 1] != NO || w->toks.v[q - 1].tag != P_NOUN) return 0;
  /* "the latter blamed the former": a stand-in for an actor named */
  if (is_word(w, q - 1, w->cw->w_former) || is_word(w, q - 1, w->cw->w_latter)) return 0;
  uint32_t b = q - 1;
  while (b > lo && q - b < 5 && w->tok_ment[b - 1] == NO &&
         (w->toks.v[b - 1].tag == P_NOUN || w->toks.v[b - 1].tag == P_ADJ ||
          w->toks.v[b - 1].tag == P_DET || w->toks.v[b - 1].tag == P_NUM ||
          w->toks.v[b - 1].tag == P_POSS))
    b--;
  if (b <= lo) return 0;
  /* not "and"/"or": "the president and his team have denied" is one
   * subject */
  const acta_token *t = &w->toks.v[b - 1];
  return t->tag == P_SUBORD || (t->tag == P_CONJ && !is_and_or(w, b - 1));
}

/* How many tokens the noun phrase between a subordinator and its verb may
 * hold ("as a series of recent attacks have ..."). */
#define SUBORD_NP_REACH 12

/* How many tokens back from its anchor a short noun phrase no dictionary
 * codes may reach ("a criminal group", "the stranger"). */
#define BARE_NP_REACH 6

/* fights15: the first token of the run of noun-phrase words (nouns,
 * adjectives, determiners, numbers; names too when `names`) no mention
 * holds that ends at token a, walking back no further than lo nor to
 * BARE_NP_REACH tokens before `anchor` ("members of [the group] that
 * killed", ", [the stranger] pulled out").  (review23: one walk for both
 * rules that took it.) */
static uint32_t bare_np_start(const struct acta_work *w, uint32_t a, uint32_t lo, uint32_t anchor,
                              int names) {
  while (a > lo && anchor - a < BARE_NP_REACH && w->tok_ment[a - 1] == NO) {
    int t = w->toks.v[a - 1].tag;
    if (!(t == P_NOUN || t == P_ADJ || t == P_DET || t == P_NUM || (names && t == P_PROPN))) break;
    a--;
  }
  return a;
}

/* targets15: how many words a place's name may have ("the Dominican
 * Republic"). */
#define PLACE_NAME_WORDS 4

/* targets15: does the place phrase starting at token f follow a
 * preposition of where ("in", "at", "near"; "for the Spaniard, who" is
 * the person, "from" is a person's origin) with a word before it?
 * (targets31: shared by who_antecedent and partitive_whom_antecedent.) */
static int after_locative(const struct acta_work *w, uint32_t f, uint32_t lo) {
  return f >= lo + 2 && w->toks.v[f - 1].tag == P_PREP && tok_in(w, f - 1, WL_LOCATIVE) &&
         !is_word(w, f - 1, w->cw->w_from);
}

/* targets15: the group of the actor ending right before the preposition
 * of where that precedes the place phrase at f (after_locative), in
 * scope; NO when there is none. */
static int32_t actor_before_place(const struct acta_work *w, uint32_t f, int32_t scope) {
  int32_t b = w->tok_ment[f - 2];
  return b != NO && w->tok_scope[f - 2] == scope ? w->ments[b].group : NO;
}

/* targets31: the first token of a place no dictionary codes ending right
 * before token e, a capitalised name (at most PLACE_NAME_WORDS words) after
 * "in", "at" or "near", maybe after "the state of" ("mayors in the state
 * of Hidalgo, 9 of whom", "a reporter in Veracruz, who"); 0 when the
 * words before e are not so. */
static uint32_t uncoded_place_start(const struct acta_work *w, uint32_t e, uint32_t lo) {
  uint32_t f = e;
  while (f > lo && e - f < PLACE_NAME_WORDS && w->tok_ment[f - 1] == NO &&
         w->toks.v[f - 1].tag == P_PROPN && (w->toks.v[f - 1].flags & TF_CAP))
    f--;
  if (f == e) return 0;
  if (f >= lo + 3 && is_word(w, f - 1, w->cw->w_of) && w->toks.v[f - 2].tag == P_NOUN &&
      w->toks.v[f - 3].tag == P_DET)
    f -= 3;
  return after_locative(w, f, lo) ? f : 0;
}

/* prec46b: is the verb group starting at token v a plural finite form
 * ("were", "are", "have")? */
static int plural_finite(const struct acta_work *w, uint32_t v) {
  return w->toks.v[v].penn == PT_VBP || is_vocab(w, v, V_WERE);
}

/* The sentence token q is in, or NULL when none holds it, by a binary
 * search of the sentences (mend37cd). */
static const acta_sentence *sentence_at(const struct acta_work *w, uint32_t q) {
  size_t lo = 0, hi = w->nsents;
  while (lo < hi) { /* the first sentence whose last is past q */
    size_t mid = lo + (hi - lo) / 2;
    if (w->sents[mid].last <= q) lo = mid + 1;
    else hi = mid;
  }
  return lo < w->nsents && w->sents[lo].first <= q ? &w->sents[lo] : NULL;
}

/* prec46b: the coded actor a, not absorbed, that ends right before the
 * preposition that opens mention b ("a spokesman for the ELN", "a sister
 * in a clan"), in clause scope and after lo, when relative pronoun r is
 * "who": the person "who" may stand for instead of b.  Else NULL.
 * (member_before_body's and person_before_group's common part.) */
static const mention *actor_before_prep(const struct acta_work *w, uint32_t r,
                                        const mention *b, uint32_t lo, int32_t scope) {
  uint32_t f = b->first;
  if (!is_vocab(w, r, V_WHO) || f < lo + 2 || w->toks.v[f - 1].tag != P_PREP) return NULL;
  int32_t ai = w->tok_ment[f - 2];
  if (ai == NO || w->tok_scope[f - 2] != scope) return NULL;
  const mention *a = &w->ments[ai];
  return a->last == f - 1 && !a->absorbed && a->code[0] ? a : NULL;
}

/* prec46b: "an ex-hitman for the Gulf Cartel who was caught near Reynosa",
 * "a spokesman for the ELN, who said", "the head of Los Rastrojos, who
 * died": "who" stands for a person, so after a body a member word or a
 * head title took its code from ("X of/for/from/in Y": mention m, absorbed
 * by mentions.c of_phrases) it stands for that member, the phrase ending
 * right before the preposition, not for the body.  Not when the verb is
 * plural and the member singular ("a member of the Zetas, who were
 * founded by deserters" is the Zetas).  Returns the member's group, else
 * NO. */
static int32_t member_before_body(const struct acta_work *w, uint32_t r, int32_t m,
                                  uint32_t lo, int32_t scope) {
  const mention *b = &w->ments[m];
  uint32_t f = b->first;
  const mention *a = b->absorbed ? actor_before_prep(w, r, b, lo, scope) : NULL;
  if (!a) return NO;
  uint32_t h = a->last - 1;
  if (!(tok_in(w, h, WL_ORG_MEMBER) || tok_in5(w, h, WL5_HEAD_TITLE))) return NO;
  /* the verb after "who", in its sentence */
  const acta_sentence *sr = sentence_at(w, r);
  uint32_t end = sr ? sr->last : (uint32_t)w->toks.n, v = r + 1;
  while (v < end && w->toks.v[v].tag == P_ADV) v++;
  if (v < end && plural_finite(w, v) &&
      (w->toks.v[h].penn == PT_NN || w->toks.v[h].penn == PT_NNP))
    return NO;
  acta_trace((struct acta_work *)w, "  subject: \"who\" after \"%s %s\": the member, \"%s\"\n",
             norm(w, f - 1), norm(w, f), norm(w, h));
  return a->group;
}

/* prec46b: docs in coder_internal.h. */
int acta_bare_group_phrase(const struct acta_work *w, const mention *b) {
  uint32_t h = b->last - 1, t = w->toks.v[h].nlemma;
  return !b->absorbed && b->role_only && w->toks.v[h].tag == P_NOUN &&
         (t == ACTA_NO_WORD || t == w->toks.v[h].word) &&
         (tok_in3(w, h, WL3_GROUP_REF_WORD) || tok_in(w, h, WL_UNNAMED_BODY));
}

/* prec46b: "Ana Ruiz, the youngest sister in a smuggling clan who was
 * detained in May": "who" right after a bare group noun with no name of
 * its own (a singular head of WL3_GROUP_REF_WORD or WL_UNNAMED_BODY: "clan",
 * "gang", "network") after a preposition stands for the person named
 * right before that preposition (private people, acta_people_mention, or
 * a person's or kin's noun), not for the group.  mend46b: not a person
 * named by no trade of their own (CVL: "a man", "a teenager", "the third
 * brother") in a criminal or armed group ("a man in a gang who shot two
 * soldiers"): a member, who acts and is held as the group (CRM), no
 * civilian.  Returns that person's group, else NO. */
static int32_t person_before_group(const struct acta_work *w, uint32_t r, int32_t m,
                                   uint32_t lo, int32_t scope) {
  const mention *b = &w->ments[m];
  uint32_t h = b->last - 1;
  int next = b->last == r || (b->last + 1 == r && is_punct(w, b->last, ','));
  if (!next || !acta_bare_group_phrase(w, b)) return NO;
  const mention *a = actor_before_prep(w, r, b, lo, scope);
  if (!a) return NO;
  uint32_t ah = a->last - 1;
  if (!(acta_people_mention(w, a) || tok_in(w, ah, WL_PERSON_NOUN) ||
        tok_in3(w, ah, WL3_KIN_NOUN)) ||
      (acta_armed_group_role(b->role) && acta_code_eq(a->role, "CVL")))
    return NO;
  acta_trace((struct acta_work *)w,
             "  subject: \"who\" after the group \"%s\": the person \"%s\"\n", norm(w, h),
             norm(w, ah));
  return a->group;
}

/* targets15: the group of mention m, the actor right before relative
 * pronoun r ("a reporter in Mexico, who was gunned down", "a Nepalese
 * national in Mexico, who was arrested"): "who" stands for a person, not
 * for a country or place named alone after a preposition of place, but
 * for the actor before that preposition (NO when there is none). */
static int32_t who_antecedent(const struct acta_work *w, uint32_t r, int32_t m, uint32_t lo,
                              int32_t scope) {
  int32_t head = member_before_body(w, r, m, lo, scope);
  if (head == NO) head = person_before_group(w, r, m, lo, scope);
  if (head != NO) return head;
  const mention *x = &w->ments[w->ments[m].group];
  if (!is_vocab(w, r, V_WHO) || x->role[0] || strlen(x->code) != 3 || x->next_in_group != NO ||
      x->last > x->first + PLACE_NAME_WORDS)
    return w->ments[m].group;
  /* (a place's name only: "the United States", not "Argentine folk singer
   * Facundo Cabral") */
  for (uint32_t k = x->first; k < x->last; k++)
    if (!(w->toks.v[k].tag == P_DET ||
          (w->toks.v[k].tag == P_PROPN && (w->toks.v[k].flags & TF_CAP))))
      return w->ments[m].group;
  uint32_t f = w->ments[m].first;
  if (!after_locative(w, f, lo)) return w->ments[m].group;
  acta_trace((struct acta_work *)w,
             "  subject: \"who\" after \"%s\", a place after \"%s\": the actor before it\n",
             norm(w, f), norm(w, f - 1));
  return actor_before_place(w, f, scope);
}

/* prec45b: the opening bracket of an acronym in brackets ending right
 * before token r ("the Gulf Clan (AGC)": one capitalised word, or an
 * actor the dictionary codes, between the brackets), a phrase before it;
 * 0 when there is none. */
static uint32_t bracket_gloss_first(const struct acta_work *w, uint32_t r, uint32_t lo) {
  if (r < lo + 4 || !is_punct(w, r - 1, ')')) return 0;
  uint32_t o = r - 2; /* the bracket's last word */
  int32_t a = w->tok_ment[o];
  if (a != NO && w->ments[a].last == r - 1) o = w->ments[a].first;
  else if (!(w->toks.v[o].flags & TF_CAP)) return 0;
  return o >= lo + 2 && is_punct(w, o - 1, '(') ? o : 0;
}

/* targets23b: how many words a verbless aside between dashes may hold
 * ("-- one lieutenant, two privates and a cook --"). */
#define DASH_ASIDE_REACH 16

/* targets23b: the first word of the verbless aside that the dash (or
 * dashes) right before token r close, its opening dash within
 * DASH_ASIDE_REACH and no verb between ("five Marines -- one sergeant and
 * a sailor -- who"); 0 when those dashes close none (bugs27: shared by
 * dash_antecedent and reduced_relative). */
static uint32_t dash_aside_first(const struct acta_work *w, uint32_t r, uint32_t lo) {
  if (r <= lo + 1 || !is_punct(w, r - 1, '-')) return 0;
  uint32_t n = r - 1;
  while (n > lo + 1 && is_punct(w, n - 1, '-')) n--; /* "--" may be two marks */
  uint32_t o = n;
  while (o > lo && n - o < DASH_ASIDE_REACH && !is_punct(w, o - 1, '-') && w->tok_vg[o - 1] == NO)
    o--;
  return o > lo && is_punct(w, o - 1, '-') ? o : 0;
}

/* targets23b: the coded actor a relative pronoun at token r stands for
 * past the dash right before it: the phrase ending right before that
 * dash ("the suspects -- who"), or, when the dash closes a verbless aside
 * ("five Marines -- one sergeant ... -- who"), the phrase ending right
 * before the aside's opening dash; NO when there is none (or a verb
 * stands in the aside). */
static int32_t dash_antecedent(const struct acta_work *w, uint32_t r, uint32_t lo,
                               int32_t scope) {
  if (r <= lo + 1 || !is_punct(w, r - 1, '-')) return NO;
  uint32_t n;
  uint32_t o = dash_aside_first(w, r, lo);
  if (o) {
    if (o <= lo + 1) return NO;
    n = o - 1;
  } else {
    n = r - 1;
  }
  while (n > lo + 1 && is_punct(w, n - 1, '-')) n--; /* "--" may be two marks */
  int32_t m = w->tok_ment[n - 1];
  if (m == NO || w->ments[m].last != n || !w->ments[m].code[0] || w->tok_scope[n - 1] != scope)
    return NO;
  acta_trace((struct acta_work *)w, "  subject: \"%s\" past the dash before \"%s\"\n",
             norm(w, n - 1), norm(w, r));
  return w->ments[m].group;
}

/* How many tokens the object before a complement may span. */
#define COMPLEMENT_OBJECT_REACH 8

/* speakers18: "the Treasury designated the banker's wife a money launderer
 * and accused her of ...", "the council named Juan Perez the new police
 * chief and ordered ...": a verb right after "and" that follows a noun
 * phrase set right after a verb's object (no comma, preposition or verb
 * between: the object's complement) goes on the clause of that verb; the
 * complement is nobody's subject.  Returns where the walk back for the
 * subject starts (the complement's first token), else pos. */
static uint32_t complement_before_and(const struct acta_work *w, uint32_t pos, uint32_t lo) {
  uint32_t p = pos;
  while (p > lo && w->toks.v[p - 1].tag == P_ADV) p--;
  if (p < lo + 4 || !is_and_or(w, p - 1)) return pos;
  uint32_t e = p - 1;
  if (is_punct(w, e - 1, ',')) e--;
  int32_t mi = w->tok_ment[e - 1];
  if (mi == NO) return pos;
  const mention *m = &w->ments[mi];
  uint32_t f = m->first;
  if (m->last != e || m->after_prep || m->after_verb || f <= lo + 1) return pos;
  if (w->toks.v[f - 1].tag != P_NOUN && w->toks.v[f - 1].tag != P_PROPN) return pos;
  uint32_t b = f;
  while (b > lo && f - b < COMPLEMENT_OBJECT_REACH &&
         (np_tag(w->toks.v[b - 1].tag) || w->toks.v[b - 1].tag == P_POSS))
    b--;
  if (b <= lo) return pos;
  int32_t v = w->tok_vg[b - 1];
  if (v == NO || !w->vgs[v].has_main || w->vgs[v].passive || w->vgs[v].last != b) return pos;
  acta_trace((struct acta_work *)w, "  subject: \"%s\" is the object's complement, no subject\n",
             norm(w, f));
  return f;
}

/* speakers18: "opened talks with the FARC, the Revolutionary Armed Forces of
 * Colombia (FARC), and has held ...", "arrested two members of the ELN
 * (ELN) and seized ...": a verb right after "and" (or ", and") that follows
 * an acronym in brackets glossing a phrase after a preposition or a verb
 * goes on the clause that phrase is in; the acronym stands where the phrase
 * does and is no subject.  Returns where the walk back for the subject
 * starts (the glossed phrase's first token), else pos. */
static uint32_t bracketed_object_before_and(const struct acta_work *w, uint32_t pos,
                                            uint32_t lo) {
  uint32_t p = pos;
  while (p > lo && w->toks.v[p - 1].tag == P_ADV) p--;
  if (p < lo + 6 || !is_and_or(w, p - 1)) return pos;
  uint32_t e = p - 1;
  if (is_punct(w, e - 1, ',')) e--;
  if (!is_punct(w, e - 1, ')')) return pos;
  int32_t ai = w->tok_ment[e - 2];
  if (ai == NO) return pos;
  const mention *a = &w->ments[ai];
  if (a->last != e - 1 || a->first < lo + 2 || !is_punct(w, a->first - 1, '(')) return pos;
  int32_t oi = w->tok_ment[a->first - 2];
  if (oi == NO) return pos;
  const mention *o = &w->ments[w->ments[oi].group];
  if (!o->after_prep && !o->after_verb) return pos;
  acta_trace((struct acta_work *)w, "  subject: \"%s\" in brackets glosses an object, no subject\n",
             norm(w, a->first));
  return w->ments[oi].first;
}

/* targets31: the actor a partitive "whom" at token r stands for, asked
 * for a passive relative (what was done to them): the phrase ending right
 * before the comma that opens ", 13 of whom", ", most of whom" (a number
 * or a partitive word, then "of"): "mayors, 13 of whom had been
 * threatened by the gang", "the traffickers, most of whom were killed";
 * NO when the words are not so ("none of whom" is no act) or no actor of
 * the clause's scope ends there. */
static int32_t partitive_whom_antecedent(const struct acta_work *w, uint32_t r, uint32_t lo,
                                         int32_t scope) {
  if (r < lo + 4 || !is_word(w, r, w->cw->w_whom) || !is_word(w, r - 1, w->cw->w_of) ||
      !(w->toks.v[r - 2].tag == P_NUM || tok_in3(w, r - 2, WL3_PARTITIVE)) ||
      !is_punct(w, r - 3, ','))
    return NO;
  int32_t m = w->tok_ment[r - 4];
  if (m != NO) {
    if (w->ments[m].last != r - 3 || w->tok_scope[r - 4] != scope) return NO;
    /* a country named alone after "in" is where the people are ("mayors
     * in Mexico, 13 of whom"), as with "who" */
    const mention *x = &w->ments[w->ments[m].group];
    if (x->role[0] || strlen(x->code) != 3 || !after_locative(w, w->ments[m].first, lo)) {
      acta_trace((struct acta_work *)w, "  subject: \"%s of whom\" stands for \"%s\"\n",
                 norm(w, r - 2), norm(w, r - 4));
      return w->ments[m].group;
    }
    return actor_before_place(w, w->ments[m].first, scope);
  }
  uint32_t f = uncoded_place_start(w, r - 3, lo);
  if (!f) return NO;
  acta_trace((struct acta_work *)w, "  subject: \"%s of whom\" after a place after \"%s\"\n",
             norm(w, r - 2), norm(w, f - 1));
  return actor_before_place(w, f, scope);
}

/* prec44b: how many tokens the name given after "known as" or "called"
 * may have, quotation marks and a gloss in brackets included. */
#define GIVEN_NAME_REACH 12

/* prec44b/prec45d: token t ends "known as" or is a naming participle
 * (WL6_NAMING_VERB: "called", "named", "dubbed") right after an actor's
 * phrase of scope `scope` (coded, whole, no modifier, after no
 * preposition): that phrase's group; NO otherwise.  t > lo. */
static int32_t naming_antecedent(const struct acta_work *w, uint32_t t, uint32_t lo,
                                 int32_t scope) {
  if (is_word(w, t, w->cw->w_as)) {
    if (t <= lo + 1 || !is_word(w, t - 1, w->cw->w_known)) return NO;
    t--;
  } else if (!((w->toks.v[t].penn == PT_VBN || w->toks.v[t].penn == PT_VBD) &&
               tok_lemma_in6(w, t, w->toks.v[t].vlemma, WL6_NAMING_VERB))) {
    return NO;
  }
  int32_t mi = w->tok_ment[t - 1];
  if (mi == NO || w->tok_scope[t - 1] != scope) return NO;
  const mention *m = &w->ments[mi];
  const mention *g = &w->ments[m->group];
  if (m->last != t || m->absorbed || !g->code[0] || g->after_prep || g->modifier) return NO;
  return m->group;
}

/* prec44b: "a criminal group known as La Jauria threatened", "a gang
 * called Los Injertos attacked": a name no dictionary codes (capitalised
 * words, "de", "of", "the", quotation marks, a gloss in brackets) running
 * up to token p, after "known as" or a naming participle (WL6_NAMING_VERB:
 * "called", "named", "dubbed") right after an actor's phrase of scope
 * `scope`, names that actor, the verb's subject; NO otherwise (an actor
 * after a preposition: "six youths out of a crew called X" are the
 * youths, whose phrase this does not reach). */
static int32_t named_actor_subject(const struct acta_work *w, uint32_t p, uint32_t lo,
                                   int32_t scope) {
  if (p < lo + 4) return NO;
  /* prec45d: a name a dictionary codes ("a gang called MS13 attacked",
   * "a group known as the Zetas killed"): that name's actor, the more
   * precise of the two */
  int32_t nm = w->tok_ment[p - 1];
  if (nm != NO && w->ments[nm].last == p && w->tok_scope[p - 1] == scope &&
      w->ments[w->ments[nm].group].code[0] && w->ments[nm].first > lo + 2) {
    return naming_antecedent(w, w->ments[nm].first - 1, lo, scope) != NO ? w->ments[nm].group
                                                                         : NO;
  }
  uint32_t q = p;
  if (is_punct(w, q - 1, ')'))
    for (uint32_t r = q - 1; r > lo + 3 && p - r < GIVEN_NAME_REACH; r--)
      if (is_punct(w, r - 1, '(')) {
        q = r - 1;
        break;
      }
  int cap = 0;
  while (q > lo + 2 && p - q < GIVEN_NAME_REACH && w->tok_ment[q - 1] == NO &&
         w->tok_vg[q - 1] == NO) {
    const acta_token *t = &w->toks.v[q - 1];
    if ((t->flags & TF_CAP) && (t->tag == P_PROPN || t->tag == P_NOUN || t->tag == P_DET))
      cap = 1;
    else if (!(is_punct(w, q - 1, '"') || is_punct(w, q - 1, ',') || t->tag == P_DET ||
               is_word(w, q - 1, w->cw->w_of) || norm_eq(w, q - 1, "de") ||
               norm_eq(w, q - 1, "del")))
      break;
    q--;
  }
  if (!cap || q == p) return NO;
  return naming_antecedent(w, q - 1, lo, scope);
}

/* How many words an "according to" attribution may have (its speaker's
 * phrase is at most claims.c's SPEAKER_WORDS, past "according to"). */
#define ATTRIBUTION_REACH 14

/* prec46e: is token i, outside frame scope, inside the attribution of
 * frame scope standing in its clause: "according to X" (a frame with no
 * reporting verb: "The gang, according to police, killed two men") or
 * the aside claims.c's backward_frame left out of it, which holds the
 * frame's reporting verb ("The gang, police said, killed two men"; the
 * frame keeps its bounds, of any length)?  Returns where the attribution
 * starts, else UINT32_MAX. */
static uint32_t attribution_start(const struct acta_work *w, uint32_t i, int32_t scope) {
  if (scope == NO) return UINT32_MAX;
  const frame *f = &w->frames[scope];
  /* (the attribution's words are the frame's parent's: none at the top,
   * the outer report's inside one, prec47d) */
  if (w->tok_scope[i] != f->parent) return UINT32_MAX;
  if (i < f->first || i >= f->last) return UINT32_MAX;
  if (f->vg != NO)
    return i >= f->aside_first && i < f->aside_last ? f->aside_first : UINT32_MAX;
  uint32_t j = i;
  while (j > f->first && w->tok_scope[j - 1] == NO && i - j < ATTRIBUTION_REACH) j--;
  return is_word(w, j, w->cw->w_according) && j + 1 < f->last && is_word(w, j + 1, w->cw->w_to)
             ? j
             : UINT32_MAX;
}

int32_t acta_find_subject(const struct acta_work *w, uint32_t pos,
                          uint32_t lo, int32_t scope) {
  if (w->tok_vg[pos] != NO && !w->keds && vague_speaker_before(w, &w->vgs[w->tok_vg[pos]], lo)) {
    acta_trace((struct acta_work *)w, "  subject: \"%s\" is said by the phrase before it, no actor\n",
               norm(w, pos));
    return NO;
  }
  /* relative clause: "protesters who attacked" */
  uint32_t p = pos;
  while (p > lo && w->toks.v[p - 1].tag == P_ADV) p--;
  if (p > lo && (w->toks.v[p - 1].tag == P_WH || w->toks.v[p - 1].tag == P_THAT)) {
    uint32_t q = p - 1;
    if (q > lo && w->toks.v[q - 1].kind == TK_PUNCT && w->toks.v[q - 1].punct == ',') q--;
    if (w->toks.v[p - 1].tag == P_WH && w->tok_vg[pos] != NO && w->vgs[w->tok_vg[pos]].passive) {
      int32_t a = partitive_whom_antecedent(w, p - 1, lo, scope);
      if (a != NO) return a;
    }
    if (q > lo && w->tok_ment[q - 1] != NO &&
        w->tok_scope[q - 1] == scope)
      return who_antecedent(w, p - 1, w->tok_ment[q - 1], lo, scope);
    /* prec45b: "a former gunman of the Gulf Cartel (CDG), who
     * was arrested": the relative stands for the actor the
     * acronym in brackets glosses */
    {
      uint32_t o = bracket_gloss_first(w, q, lo);
      if (o && w->tok_ment[o - 2] != NO && w->tok_scope[o - 2] == scope) {
        acta_trace((struct acta_work *)w, "  subject: \"%s\" past the acronym in brackets\n",
                   norm(w, p - 1));
        return who_antecedent(w, p - 1, w->tok_ment[o - 2], lo, scope);
      }
    }
    /* targets23b: "detained four Marines -- one lieutenant, two privates
     * and a cook -- who were being investigated", "the suspects -- who
     * were captured by customs agents": a passive relative after a dash
     * is done to the actor before the dash or before the verbless aside
     * the dash closes */
    if (w->toks.v[p - 1].tag == P_WH && w->tok_vg[pos] != NO && w->vgs[w->tok_vg[pos]].passive) {
      int32_t a = dash_antecedent(w, q, lo, scope);
      if (a != NO) return a;
    }
    /* targets31: "a reporter in Veracruz, who was shot", "mayors in the
     * state of Guerrero, who": "who" after a place no dictionary codes
     * stands for the actor before the place, as after a coded one */
    if (is_vocab(w, p - 1, V_WHO) && q < p - 1) {
      uint32_t f = uncoded_place_start(w, q, lo);
      if (f) {
        acta_trace((struct acta_work *)w,
                   "  subject: \"who\" after a place after \"%s\": the actor before it\n",
                   norm(w, f - 1));
        return actor_before_place(w, f, scope);
      }
    }
    if (w->toks.v[p - 1].tag == P_WH) return NO;
    /* "wood that had been seized", "a center that was being plundered":
     * "that" right before a passive relates it to the noun before, a
     * thing no dictionary codes, which is what the act was done to, not
     * an actor named further back (a complement "that" has its own
     * subject between) */
    if (q == p - 1 && q > lo && w->tok_vg[pos] != NO && w->vgs[w->tok_vg[pos]].passive &&
        (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_PROPN))
      return NO;
    /* roles14: "survived the attack that killed the singer", "the ambush
     * that killed the officer": "that" right after an event noun
     * (incident_noun) no dictionary codes and right before the verb is the verb's subject,
     * the noun's stand-in (an attack, a blast); an actor named further
     * back ("the businessman who survived", "police investigating") is
     * not the doer */
    if (q == p - 1 && q > lo && w->toks.v[p - 1].tag == P_THAT &&
        w->toks.v[q - 1].tag == P_NOUN && incident_noun(w, q - 1)) {
      acta_trace((struct acta_work *)w,
                 "  subject: \"that\" after \"%s\" (no actor) is the verb's subject: none\n",
                 norm(w, q - 1));
      return NO;
    }
    /* fights15: "members of the group that killed 41 migrants": "that"
     * right after a body no dictionary codes ("group", "gang", "cell":
     * WL_UNNAMED_BODY) and right before an active verb relates the verb to
     * that body, not to an actor named further back ("Mexican authorities
     * found the bodies of members of the group that killed ..."); a body
     * set off by a comma right after an actor is that actor's apposition
     * ("the FARC, a group that kidnapped hundreds"), and one that is a
     * verb's object is the subject's ("operated a network that supplied
     * phones") */
    if (q == p - 1 && q > lo && w->toks.v[p - 1].tag == P_THAT &&
        tok_in(w, q - 1, WL_UNNAMED_BODY) && w->tok_vg[pos] != NO &&
        !w->vgs[w->tok_vg[pos]].passive) {
      uint32_t a = bare_np_start(w, q - 1, lo, q, 0);
      if (a > lo + 1 && is_punct(w, a - 1, ',') && w->tok_ment[a - 2] != NO &&
          w->tok_scope[a - 2] == scope)
        return w->ments[w->tok_ment[a - 2]].group;
      if (!(a > lo && w->tok_vg[a - 1] != NO)) {
        acta_trace((struct acta_work *)w,
                   "  subject: \"that\" after \"%s\" (no actor) is the verb's subject: none\n",
                   norm(w, q - 1));
        return NO;
      }
    }
  }
  /* fights15: "a wave of killings saw many members of the two clans
   * -- in-laws, cousins, nephews and brothers -- shot dead": a bare
   * participle right after a dashed aside that follows a verb's object is
   * that object's reduced relative; no one in the aside (nor before) did
   * it */
  if (p > lo + 3 && is_punct(w, p - 1, '-') && w->tok_vg[pos] != NO &&
      w->vgs[w->tok_vg[pos]].first == w->vgs[w->tok_vg[pos]].head &&
      (w->toks.v[pos].penn == PT_VBN || w->toks.v[pos].penn == PT_VBD)) {
    uint32_t o = p - 1;
    while (o > lo && p - 1 - o < 14 && !is_punct(w, o - 1, '-') && w->tok_vg[o - 1] == NO) o--;
    if (o > lo + 1 && is_punct(w, o - 1, '-')) {
      uint32_t n = o - 1;
      while (n > lo + 1 && is_punct(w, n - 1, '-')) n--; /* "--" may be two marks */
      uint32_t np0 = n;
      while (np0 > lo && o - np0 < 16 &&
             (np_tag(w->toks.v[np0 - 1].tag) || is_word(w, np0 - 1, w->cw->w_of)))
        np0--;
      if (np0 < n && np0 > lo && w->tok_vg[np0 - 1] != NO &&
          w->vgs[w->tok_vg[np0 - 1]].has_main) {
        acta_trace((struct acta_work *)w,
                   "  subject: a participle after an aside, the object's reduced relative: "
                   "none\n");
        return NO;
      }
    }
  }
  /* prec44b: "a criminal group known as La Jauria threatened" */
  {
    int32_t named = named_actor_subject(w, p, lo, scope);
    if (named != NO) {
      acta_trace((struct acta_work *)w, "  subject: the name before \"%s\" is given to \"%s\"\n",
                 norm(w, pos), norm(w, w->ments[named].last - 1));
      return named;
    }
  }
  /* actors12: "..., as a string of fresh attacks have frightened
   * crews": a subordinator, then a noun phrase no dictionary codes running
   * up to the verb, is the clause's own subject; no actor before it is
   * the doer */
  /* (fights15: or a name no dictionary codes, after the subordinator
   * with or without a comma: "the feud, the agent said, was because
   * Barahona had killed one of the other's friends" names no doer the
   * agent) */
  if (p > lo + 1 &&
      (w->toks.v[p - 1].tag == P_NOUN || w->toks.v[p - 1].tag == P_PROPN) &&
      w->tok_ment[p - 1] == NO &&
      w->toks.v[pos].penn != PT_VBN && w->toks.v[pos].penn != PT_VBG) {
    uint32_t q = p - 1;
    int named = 1;
    while (q > lo && q + SUBORD_NP_REACH > p && w->tok_ment[q - 1] == NO &&
           (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_ADJ ||
            w->toks.v[q - 1].tag == P_DET || w->toks.v[q - 1].tag == P_NUM ||
            w->toks.v[q - 1].tag == P_PROPN ||
            (is_word(w, q - 1, w->cw->w_of) && q - 1 > lo && w->toks.v[q - 2].tag == P_NOUN)))
      q--;
    for (uint32_t r = q; r < p; r++)
      if (w->toks.v[r].tag != P_PROPN) named = 0;
    if (q > lo && w->toks.v[q - 1].tag == P_SUBORD && w->tok_scope[q - 1] == scope &&
        q - 1 > lo && (is_punct(w, q - 2, ',') || named))
      return NO;
  }
  /* invented17: "has drawn criticism that its lax stance on coca
   * has encouraged": "that", then a noun phrase no dictionary codes with a
   * prepositional phrase of its own ("attitude to coca", "the flow of
   * money into campaigns") running up to an active verb, is the clause's
   * own subject; no actor before "that" is the doer */
  if (p > lo + 3 && w->toks.v[p - 1].tag == P_NOUN && w->tok_ment[p - 1] == NO &&
      w->tok_vg[pos] != NO && !w->vgs[w->tok_vg[pos]].passive &&
      w->toks.v[pos].penn != PT_VBN && w->toks.v[pos].penn != PT_VBG) {
    uint32_t q = p - 1;
    int prep = 0;
    while (q > lo && q + SUBORD_NP_REACH + 4 > p && w->tok_ment[q - 1] == NO &&
           w->tok_vg[q - 1] == NO &&
           (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_ADJ ||
            w->toks.v[q - 1].tag == P_DET || w->toks.v[q - 1].tag == P_NUM ||
            ((w->toks.v[q - 1].tag == P_PREP || w->toks.v[q - 1].tag == P_TO ||
              is_word(w, q - 1, w->cw->w_of)) &&
             q - 1 > lo && w->toks.v[q - 2].tag == P_NOUN))) {
      if (w->toks.v[q - 1].tag == P_PREP || w->toks.v[q - 1].tag == P_TO ||
          is_word(w, q - 1, w->cw->w_of))
        prep = 1;
      q--;
    }
    if (prep && q < p - 2 && q > lo && w->toks.v[q - 1].tag == P_THAT &&
        w->tok_scope[q - 1] == scope) {
      acta_trace((struct acta_work *)w,
                 "  subject: \"that\" and a phrase no dictionary codes before \"%s\": none\n",
                 norm(w, pos));
      return NO;
    }
  }
  /* fights15: "After the man answered, the stranger pulled out a gun and
   * killed him": a noun phrase no dictionary codes running up to the verb
   * right after a comma that closes a clause of its own (a verb before the
   * comma, no actor between) is the main clause's subject; the actor of
   * the clause before is not the doer ("the stranger", not "the man") */
  if (p > lo + 2 && (w->toks.v[p - 1].tag == P_NOUN || w->toks.v[p - 1].tag == P_PROPN) &&
      w->tok_ment[p - 1] == NO && w->toks.v[pos].penn != PT_VBN &&
      w->toks.v[pos].penn != PT_VBG) {
    uint32_t a = bare_np_start(w, p - 1, lo, p, 1);
    /* the comma (and quote marks after it) right before the phrase */
    uint32_t c = a;
    while (c > lo && a - c < 2 && w->toks.v[c - 1].kind == TK_PUNCT &&
           w->toks.v[c - 1].punct == '\'')
      c--;
    if (c > lo + 1 && a > lo && w->toks.v[a - 1].kind == TK_PUNCT && is_punct(w, c - 1, ',') &&
        w->tok_scope[c - 1] == scope) {
      /* ... a quoted word or two and a verb before it, no actor */
      for (uint32_t r = c - 1, k = 0; r > lo && k < 6; r--, k++) {
        if (w->tok_ment[r - 1] != NO) break;
        int32_t v = w->tok_vg[r - 1];
        if (v != NO && w->vgs[v].has_main && !w->vgs[v].to_inf) {
          acta_trace((struct acta_work *)w,
                     "  subject: \"%s\" (no actor) after a clause's comma: none\n",
                     norm(w, p - 1));
          return NO;
        }
        if (w->toks.v[r - 1].kind != TK_PUNCT &&
            w->toks.v[r - 1].tag != P_NOUN && w->toks.v[r - 1].tag != P_PROPN &&
            w->toks.v[r - 1].tag != P_ADV)
          break;
      }
    }
  }
  /* actors12: a parenthesis right before the verb ("... (Procuraduria
   * General de la Republica - PGR) opened"): where it opens */
  uint32_t gloss = UINT32_MAX;
  if (p > lo + 2 && is_punct(w, p - 1, ')'))
    for (uint32_t r = p - 1; r > lo && r + GLOSS_REACH > p; r--)
      if (is_punct(w, r - 1, '(')) {
        gloss = r - 1;
        break;
      }
  uint32_t walk = aside_before_and(w, pos, lo);
  if (walk == pos) walk = complement_before_and(w, pos, lo);
  if (walk == pos) walk = bracketed_object_before_and(w, pos, lo);
  /* speed23: the arrays in locals, not read through w at each token (the
   * calls below could change w's fields as far as the compiler knows) */
  const int32_t *tok_scope = w->tok_scope, *tok_ment = w->tok_ment;
  const acta_token *tv = w->toks.v;
  for (uint32_t i = walk; i-- > lo;) {
    /* speed32c: the tokens no mention holds (the most) in a loop of their
     * own, which asks only where the clause stops */
    while (tok_ment[i] == NO) {
      if (tok_scope[i] != scope) {
        /* prec46e: "The gang, according to El Diario, killed": the
         * attribution is passed over, not the clause's end */
        uint32_t a = attribution_start(w, i, scope);
        if (a != UINT32_MAX && a > lo) {
          i = a - 1;
          continue;
        }
        return NO;
      }
      if ((tv[i].kind == TK_PUNCT && (tv[i].punct == ';' || tv[i].punct == ':')) || i == lo)
        return NO;
      i--;
    }
    if (tok_scope[i] != scope) {
      uint32_t a = attribution_start(w, i, scope); /* prec46e */
      if (a != UINT32_MAX && a > lo) {
        i = a;
        continue;
      }
      break;
    }
    const acta_token *tk = &tv[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    int32_t mi = tok_ment[i];
    /* targets23b: "The Colombian government and guerrilla army the
     * Revolutionary Armed Forces of Colombia (... - FARC) reached an
     * agreement": the acronym glossing the last member of a compound
     * stands for that member; the compound is the subject */
    if (mi != NO && gloss != UINT32_MAX && i > gloss && gloss > lo &&
        w->tok_ment[gloss - 1] != NO) {
      const mention *x = &w->ments[w->tok_ment[gloss - 1]];
      const mention *xg = &w->ments[x->group];
      if (x->group != w->ments[mi].group && !strcmp(x->code, w->ments[mi].code) &&
          xg->next_in_group != NO && !w->ments[mi].absorbed && subject_like(w, xg)) {
        acta_trace((struct acta_work *)w,
                   "  subject: \"%s\" in brackets glosses a compound's member: the compound\n",
                   norm(w, i));
        return x->group;
      }
    }
    if (mi != NO) {
      const mention *m = &w->ments[mi];
      const mention *g = &w->ments[m->group];
      /* the first phrase of a reported clause is its subject even though
       * it follows the reporting verb: "said Ukraine attacked" */
      if ((subject_like(w, g) || (g->first == lo && !g->modifier)) && !m->absorbed)
        return m->group;
      /* "the summit between the EU and Turkey failed": the parties of
       * a meeting opening the clause, the phrase running up to the verb */
      if (g->after_prep && !m->absorbed && !g->modifier && g->first >= lo + 2 &&
          m->last == p && is_word(w, g->first - 1, w->cw->w_between) &&
          tok_in(w, g->first - 2, WL_MEETING_NOUN) && meeting_opens(w, g->first - 2, lo))
        return m->group;
      /* "after the rebels attacked": a subordinator, not a preposition,
       * when the phrase runs up to the verb (or up to a parenthesis that
       * glosses it: "after the Attorney General's Office (Procuraduria
       * General de la Republica - PGR) opened": actors12) */
      if (g->after_prep && !m->absorbed && !g->modifier && g->first > lo &&
          tok_in(w, g->first - 1, WL_SUBORDINATOR) && (m->last == p || m->last == gloss))
        return m->group;
      i = m->first; /* skip the rest of this mention */
      if (i <= lo) break;
    }
  }
  return NO;
}

/* Is token i an owner participle after the noun of a thing, "belonging",
 * "linked" or "tied" before "to", or "owned" before "by" ("seized a ranch
 * belonging to the gang", "a plane owned by the cartel", "cocaine linked
 * to the ELN")?  The owner it names is the object's actor as "a ranch of
 * the gang" is. */
static int owner_participle(const struct acta_work *w, uint32_t i, uint32_t to) {
  if (i == 0 || i + 1 >= to || w->toks.v[i - 1].tag != P_NOUN) return 0;
  const char *x = norm(w, i);
  return ((!strcmp(x, "belonging") || !strcmp(x, "linked") || !strcmp(x, "tied")) &&
          is_word(w, i + 1, w->cw->w_to)) ||
         (!strcmp(x, "owned") && is_word(w, i + 1, w->cw->w_by));
}

/* mend44a: is token k a part of a place or thing, or a group of crafts,
 * before "of" in a held place's or a craft's phrase ("the east wing of",
 * "a block of", "a convoy of")?  A place's word (WL_PLACE_PART) or one
 * of WL6_PART_NOUN. */
static int part_of_place(const struct acta_work *w, uint32_t k) {
  const acta_token *t = &w->toks.v[k];
  if (t->tag != P_NOUN) return 0;
  uint32_t lemma = t->nlemma != ACTA_NO_WORD ? t->nlemma : t->word;
  return tok_in(w, k, WL_PLACE_PART) || tok_lemma_in6(w, k, lemma, WL6_PART_NOUN);
}

/* How many words back a held noun's phrase is looked for. */
#define HELD_PHRASE_REACH 6

/* prec44a: is token i, in the object that starts at token from, a
 * participle whose phrase names who holds that object or is in it: a
 * place or thing "controlled", "run" or "operated" by someone ("stormed
 * a prison wing controlled by rivals", "raided a laboratory run by the
 * FARC"), a craft "carrying" or "transporting" people ("ambushed a truck
 * carrying soldiers").  Only of the verb's own object, no preposition
 * nor comma between ("seized drugs on a road controlled by the gang":
 * the road is the gang's, not the drugs); the phrase may run through
 * "of" only after a part of a place or thing or a group of crafts
 * (part_of_place: "took the north wing of a jail run by the gang",
 * "ambushed a convoy of trucks carrying troops"), not after a person's
 * noun ("arrested the owner of a bar run by the gang", "detained the
 * pilot of a plane carrying traders": the owner and the pilot are the
 * ones acted on).  The number of words to pass (the participle and
 * "by"), else 0. */
static uint32_t holder_participle(const struct acta_work *w, uint32_t from, uint32_t i,
                                  uint32_t to) {
  if (i < from || i == 0 || i + 1 >= to || w->toks.v[i - 1].tag != P_NOUN) return 0;
  /* mend44a: where a pattern's words ran into the noun ("detained the
   * pilot of a plane" fits "detain {plane}"), its phrase may open before
   * from: its start found back over the noun phrase's words */
  uint32_t start = i - 1;
  while (start > 0 && start + HELD_PHRASE_REACH > i && np_tag(w->toks.v[start - 1].tag)) start--;
  if (start < from && start >= 2 && is_word(w, start - 1, w->cw->w_of)) {
    if (!part_of_place(w, start - 2)) return 0;
  }
  for (uint32_t k = from; k < i; k++) {
    if (is_word(w, k, w->cw->w_of)) {
      /* mend44a: "of" only after a part of a place or thing */
      if (k == from || !part_of_place(w, k - 1)) return 0;
    } else if (w->toks.v[k].tag == P_PREP || w->toks.v[k].kind == TK_PUNCT) {
      return 0;
    }
  }
  if (tok_in6(w, i, WL6_CONTROL_PARTICIPLE) && is_word(w, i + 1, w->cw->w_by)) return 2;
  if (w->toks.v[i].penn == PT_VBG && tok_in3(w, i - 1, WL3_CRAFT_NOUN) &&
      acta_lemma_in6(w->cw, w->toks.v[i].vlemma, (uint32_t)WL6_CARRY_VERB))
    return 1;
  return 0;
}

/* mend44a: do the people of mention m stand for those a craft carries:
 * a role of their own ("carrying four soldiers"), not a country's word
 * on goods ("carrying Mexican beer": acta_bare_country_mention), a role
 * word that only qualifies a noun, nor a thing of someone's ("carrying
 * the body of a police officer": an "of" after a noun that names no
 * people)? */
static int carried_people(const struct acta_work *w, const mention *m) {
  if (!m->role[0] || m->modifier || acta_bare_country_mention(m)) return 0;
  for (uint32_t q = m->first + 1; q < m->last; q++)
    if (is_word(w, q, w->cw->w_of) && w->toks.v[q - 1].tag != P_NUM &&
        !tok_in(w, q - 1, WL_PEOPLE_HEAD | WL_PERSON_NOUN | WL_SPEAKER_NOUN))
      return 0;
  return 1;
}

/* The closing dash of an aside with a verb of its own that opens with the
 * dash at token i ("-- traditionally managed by extended families --",
 * "--who was a commander--"), before to; i when the dash closes nothing (a
 * dash that runs to the sentence's end introduces what follows) or the
 * aside has no verb (it names the phrase before it: "the colectivos --
 * civilian paramilitary groups --"). */
static uint32_t aside_end(const struct acta_work *w, uint32_t i, uint32_t to) {
  int verb = 0;
  for (uint32_t q = i + 1; q < to; q++) {
    if (is_punct(w, q, '-')) return verb ? q : i;
    if (w->tok_vg[q] != NO) verb = 1;
  }
  return i;
}

/* How many tokens a nickname after "known as" may run ("known as ""El
 * Destino"" (Destiny)"). */
#define KNOWN_AS_REACH 12

/* prec41a: is token i "known" of "NAME, (also|better) known as NICKNAME"
 * followed by "and" or a comma and an indefinite actor's phrase closed by
 * a comma or the sentence's end ("killed Juan Mora, known as ""El Gato""
 * and a member of the MS13,")?  Returns the token
 * where that phrase starts, else 0.  The nickname: quotation marks,
 * capitalised words and a bracketed gloss, no verb nor actor. */
static uint32_t known_as_appositive(const struct acta_work *w, uint32_t i, uint32_t to) {
  if (i < 2 || i + 3 >= to || !is_word(w, i, w->cw->w_known) || !is_vocab(w, i + 1, V_AS))
    return 0;
  uint32_t c = i - 1;
  if (is_vocab(w, c, V_ALSO) || is_word(w, c, w->cw->w_better)) c--;
  if (c < 1 || !is_punct(w, c, ',') || w->toks.v[c - 1].tag != P_PROPN) return 0;
  uint32_t q = i + 2, words = 0;
  int paren = 0;
  for (; q < to && q < i + 2 + KNOWN_AS_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_vg[q] != NO || w->tok_ment[q] != NO) return 0;
    if (is_punct(w, q, '"') || is_punct(w, q, '\'')) continue;
    if (is_punct(w, q, '(')) { paren = 1; continue; }
    if (is_punct(w, q, ')')) { paren = 0; continue; }
    if (paren || (t->flags & TF_CAP)) { words++; continue; }
    break;
  }
  if (!words || paren || q + 1 >= to) return 0;
  if (!is_word(w, q, w->cw->w_and) && !is_punct(w, q, ',')) return 0;
  /* mend41a: an indefinite role phrase ("a member (of the MS13)") closed
   * by a comma or the sentence's end: not the subject of a clause of its
   * own ("and police later found the body") */
  uint32_t a = q + 1;
  if (!is_vocab(w, a, V_A) && !is_vocab(w, a, V_AN)) return 0;
  int32_t m = w->tok_ment[a];
  if (m == NO || w->ments[m].first != a || !w->ments[m].role[0]) return 0;
  uint32_t e = w->ments[m].last;
  if (e < to && is_word(w, e, w->cw->w_of))
    for (uint32_t k = 0; e < to && k < KNOWN_AS_REACH && w->toks.v[e].kind != TK_PUNCT &&
                         w->tok_vg[e] == NO;
         k++)
      e++;
  if (e >= w->toks.n || !(is_punct(w, e, ',') || is_punct(w, e, '.'))) return 0;
  return a;
}

/* First mention starting in [from, to) in the scope; NO if none.
 * absorbed: also take a phrase merged into the one before it (KEDS
 * slots: "with the parliament of Gondor" fills `^ +` with Gondor). */
int32_t acta_first_mention_ex(const struct acta_work *w, uint32_t from,
                              uint32_t to, int32_t scope, int stop_at_verb,
                              int absorbed) {
  int owner_by = 0; /* "owned by": its "by" phrase is the owner, no agent */
  int owner = 0;    /* past an owner participle: its noun phrase only */
  int carry = 0;    /* past a craft's "carrying": people only */
  for (uint32_t i = from; i < to; i++) {
    if (w->tok_scope[i] != scope) break;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    /* "that such contraband -- managed by extended families ... -- is
     * controlled by the BACRIMs": an aside between dashes is no object */
    if (i > from && is_punct(w, i, '-')) {
      uint32_t close = aside_end(w, i, to);
      if (close != i) {
        i = close;
        continue;
      }
    }
    if (tk->tag == P_WH || tk->tag == P_THAT || tk->tag == P_SUBORD) break;
    /* prec41a: "killed Juan Mora, known as ""El Gato"" and a member of the
     * MS13": past the nickname to the phrase that says who he is */
    if (w->tok_vg[i] != NO && i > from) {
      uint32_t a = known_as_appositive(w, i, to);
      if (a) {
        i = a - 1;
        continue;
      }
    }
    int32_t mi = w->tok_ment[i];
    /* "networks linked to rival groups in Ecuador": not Ecuador */
    if (owner && mi == NO && !np_tag(tk->tag)) break;
    if (mi != NO && (!w->ments[mi].absorbed || absorbed)) {
      const mention *m = &w->ments[mi];
      if (m->first == i || i == from) {
        /* not the subject of a following verb */
        if (stop_at_verb && m->last < to && w->tok_vg[m->last] != NO &&
            !m->after_prep && !m->after_verb)
          return NO;
        /* codes25: nor after "after", "when", "because" ... read as a
         * preposition: "resigned after the government passed a law",
         * "resigned after the Zetas killed his son" (the subject of the
         * clause the word opens) */
        if (stop_at_verb && m->after_prep && m->first > from && m->last < to &&
            w->tok_vg[m->last] != NO && tok_in(w, m->first - 1, WL_SUBORDINATOR))
          return NO;
        if (stop_at_verb && m->after_prep && m->prep_word != ACTA_NO_WORD &&
            is_word(w, m->first - 1, w->cw->w_by) && !owner_by)
          { i = m->last - 1; continue; }
        if (stop_at_verb && w->toks.v[m->first].place && m->after_prep)
          { i = m->last - 1; continue; }
        /* mend44a: a craft's carried phrase stands only for people */
        if (carry && !carried_people(w, m)) return NO;
        return w->ments[mi].group;
      }
    }
    if (stop_at_verb && w->tok_vg[i] != NO && mi == NO) {
      uint32_t held = owner ? 0 : holder_participle(w, from, i, to);
      if (held) {
        owner = 1;
        carry = held == 1;
        owner_by = held == 2;
        i += held - 1; /* past "by" (held 2); a "carrying" (held 1) is passed by the loop */
        continue;
      }
      if (!owner_participle(w, i, to)) break;
      owner_by = is_word(w, i + 1, w->cw->w_by);
      owner = 1;
      i++; /* past the preposition */
    }
  }
  return NO;
}

/* acta_first_mention_ex for phrases of their own. */
int32_t acta_first_mention(const struct acta_work *w, uint32_t from,
                           uint32_t to, int32_t scope, int stop_at_verb) {
  return acta_first_mention_ex(w, from, to, scope, stop_at_verb, 0);
}

/* The object two coordinated verbs share: "ambushed and killed two
 * farmers", "arrested and charged three journalists" -- the verb group is
 * followed at once by "and"/"or" and an active verb group whose object
 * (an actor phrase right after it, no preposition) is the first verb's
 * too.  NO if there is no such object. */
static int32_t shared_object(const struct acta_work *w, const vgroup *g,
                             uint32_t end) {
  uint32_t q = g->last;
  if (q + 1 >= end || !is_and_or(w, q) || w->tok_vg[q + 1] == NO) return NO;
  const vgroup *g2 = &w->vgs[w->tok_vg[q + 1]];
  if (g2->first != q + 1 || g2->passive || g2->to_inf || g2->last >= end) return NO;
  int32_t mi = w->tok_ment[g2->last];
  if (mi == NO || w->ments[mi].first != g2->last || w->ments[mi].absorbed ||
      w->ments[mi].after_prep || w->ments[mi].modifier)
    return NO;
  return w->ments[mi].group;
}

/* The target of a pattern without a slot: the first actor after the
 * words the pattern used, looking through a "to" complement ("pledged to
 * cooperate with Iran") and a "that" clause's subject ("demanded that
 * Russia withdraw"), or the object a verb shares with the next
 * ("ambushed and killed two farmers"). */
int32_t acta_default_target(const struct acta_work *w, const vgroup *g,
                            uint32_t used_to, uint32_t end, int32_t scope) {
  if (used_to < g->last) {
    int32_t shared = shared_object(w, g, end);
    if (shared != NO) return shared;
  }
  /* "expelled Russian diplomats": the pattern's last word is inside an
   * actor phrase with a country of its own -- that phrase is the target
   * (a bare role such as "deployed troops" is not, nor a phrase the role
   * only modifies: "pledged military aid" names the aid) */
  if (used_to >= g->last && w->tok_ment[used_to] != NO) {
    const mention *m = &w->ments[w->tok_ment[used_to]];
    if ((!m->role_only || m->after_prep) && !m->absorbed && !m->modifier)
      return m->group;
  }
  uint32_t from = g->last > used_to + 1 ? g->last : used_to + 1;
  /* "appealed to Japan for aid", "dismissed the opposition's demands": an
   * actor after a preposition, or a possessor, among the pattern's words */
  for (uint32_t q = g->last; q < from && q < end; q++) {
    int32_t mi = w->tok_ment[q];
    if (mi == NO || w->ments[mi].first != q || w->ments[mi].absorbed) continue;
    const mention *m = &w->ments[mi];
    int poss = m->last < w->toks.n && w->toks.v[m->last - 1].tag == P_POSS;
    for (uint32_t z = m->first; z < m->last; z++)
      if (w->toks.v[z].tag == P_POSS) poss = 1;
    if ((m->after_prep && !m->role_only) || poss) return m->group;
  }
  if (from < end && w->toks.v[from].tag == P_THAT)
    return acta_first_mention(w, from + 1, end, scope, 0);
  if (from + 1 < end && w->toks.v[from].tag == P_TO && w->tok_vg[from + 1] != NO) {
    const vgroup *inner = &w->vgs[w->tok_vg[from + 1]];
    from = inner->last;
  }
  return acta_first_mention(w, from, end, scope, 1);
}

/* The target of a KEDS pattern without one: the first actor after the
 * verb in its clause, whatever the preposition before it. */
int32_t acta_keds_target(const struct acta_work *w, uint32_t from,
                         uint32_t end, int32_t scope, int32_t src) {
  for (uint32_t i = from; i < end; i++) {
    if (w->tok_scope[i] != scope) break;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    int32_t mi = w->tok_ment[i];
    if (mi == NO || w->ments[mi].absorbed) continue;
    int32_t g = w->ments[mi].group;
    if (src != NO && g == w->ments[src].group) continue;
    /* TABARI: a pronoun standing for the source ("urged Bree to assist
     * it") is the source again, no target */
    if (src != NO && w->ments[mi].pronoun && !strcmp(w->ments[mi].code, w->ments[src].code))
      continue;
    return g;
  }
  return NO;
}

/* KEDS mode: the subject is the actor phrase right before the verb group
 * (past adverbs and prepositional phrases: "Arnor on Thursday signed");
 * a phrase that is no actor there ("crowds burned") means no source.
 * Commas and relative pronouns keep acta's own choice (given). */
int32_t acta_keds_subject_at(const struct acta_work *w, uint32_t i,
                             uint32_t lo, int32_t scope, int any_scope,
                             int32_t given) {
  while (i > lo) {
    const acta_token *tk = &w->toks.v[i - 1];
    if (!any_scope && w->tok_scope[i - 1] != scope) return given;
    int32_t mi = w->tok_ment[i - 1];
    if (mi != NO && w->ments[mi].absorbed) {
      /* "Soldiers from Gondor": the phrase that took this one in */
      uint32_t f = w->ments[mi].first;
      int32_t mo = f >= lo + 2 && w->toks.v[f - 1].tag == P_PREP
                       ? w->tok_ment[f - 2] : NO;
      return mo != NO && !w->ments[mo].absorbed && w->ments[mo].last == f - 1
                 ? w->ments[mo].group : given;
    }
    if (mi != NO) return w->ments[mi].group;
    if (tk->tag == P_ADV || tk->tag == P_NEG) { i--; continue; }
    if (np_tag(tk->tag)) {
      uint32_t st = i - 1;
      while (st > lo && np_tag(w->toks.v[st - 1].tag) && w->tok_ment[st - 1] == NO)
        st--;
      if (st > lo && w->toks.v[st - 1].tag == P_PREP) { i = st - 1; continue; }
      /* "Gondor and the Nasgul said": the coded member of a compound */
      if (st > lo + 1 && w->toks.v[st - 1].tag == P_CONJ &&
          w->tok_ment[st - 2] != NO) {
        i = st - 1;
        continue;
      }
      return NO;
    }
    if ((tk->kind == TK_PUNCT && tk->punct == ',') || tk->tag == P_WH ||
        tk->tag == P_THAT || tk->tag == P_PRON)
      return given;
    return NO;
  }
  return given;
}

static int32_t keds_subject(const struct acta_work *w, const vgroup *g,
                            uint32_t lo, int32_t scope, int32_t given) {
  return acta_keds_subject_at(w, g->first, lo, scope, 0, given);
}

/* KEDS: a verb with nothing after it but adverbs ("officials said.",
 * "said today") has no object, and codes nothing. */
int acta_keds_no_object(const acta_dict *d, const struct acta_work *w,
                        const vgroup *g, uint32_t end) {
  uint32_t q = g->last;
  while (q < end && (w->toks.v[q].tag == P_ADV || w->toks.v[q].kind == TK_PUNCT ||
                     (w->toks.v[q].word != ACTA_NO_WORD &&
                      d->info[w->toks.v[q].word].closed == CC_ADV)))
    q++;
  return q >= end;
}

/* The subject the parse gives the verb at token head: the noun phrase
 * before the branch the verb is on in its own clause (the first S... above
 * it); *found says whether there is one (an infinitive's clause has none:
 * the caller decides).  Its first coded phrase is the subject ("Gollum
 * center of a row between Radagast ... called": Gollum); NO when it holds
 * none ("crowds burned"). */
static int32_t parse_subject(const struct acta_work *w, uint32_t head, int *found) {
  *found = 0;
  if (!w->have_parse || w->tok_leaf[head] < 0) return NO;
  int32_t cur = w->tb.leaves[w->tok_leaf[head]];
  for (int depth = 0; depth < 64; depth++) {
    int32_t par = w->tb.nodes[cur].parent;
    if (par < 0) return NO;
    const acta_tb_node *pn = &w->tb.nodes[par];
    int clause = pn->label_len >= 1 && pn->label[0] == 'S' &&
                 !(pn->label_len >= 4 && !memcmp(pn->label, "SBAR", 4));
    if (clause && w->np_before[cur] < 0) return NO;
    if (clause) {
      const acta_tb_node *np = &w->tb.nodes[w->np_before[cur]];
      *found = 1;
      for (uint32_t L = np->first_leaf; L < np->end_leaf && L < np->first_leaf + 64; L++) {
        int32_t q = w->leaf_tok[L];
        if (q == NO || w->tok_ment[q] == NO) continue;
        const mention *m = &w->ments[w->tok_ment[q]];
        if (m->absorbed) continue;
        return m->group;
      }
      return NO;
    }
    cur = par;
  }
  return NO;
}

/* KEDS mode: is the verb group in a clause opened by a subordinating word
 * ("... almost five years after crowds burned down its embassy")? */
int acta_keds_subordinate(const struct acta_work *w, const vgroup *g,
                          uint32_t lo) {
  for (uint32_t i = g->first; i-- > lo;) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ',' || tk->punct == ';')) return 0;
    if (w->tok_vg[i] != NO) return 0;
    if (tk->kind == TK_WORD && tok_in(w, i, WL_SUBORDINATOR)) return 1;
  }
  return 0;
}

/* mend44d: how far past the opening adverb of a sentence its status
 * reaches (a verb further on is asserted). */
#define SENTENCE_ADVERB_REACH 40

/* prec44d: the status an adverb of allegation or of a guess that opens
 * the sentence, set off by a comma ("Allegedly, the officers threatened to
 * quit", "Apparently, the gang ..."), gives every verb of the sentence:
 * it qualifies the whole sentence, not the verb beside it (asserted when
 * none).  Quotation marks before it are passed over.  mend44d: only the
 * first statement: verb group g in the adverb's frame, with no ';' or
 * ':' between, no ", but"/", and"/", while" opening a new clause, nor
 * the close of a quotation the adverb opens. */
static int sentence_adverb_status(const struct acta_work *w, uint32_t from, const vgroup *g) {
  uint32_t q = from, end = from + 3;
  int quoted = 0;
  while (q < end && q < w->toks.n && w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct != ',') {
    if (w->toks.v[q].punct == '"') quoted = 1;
    q++;
  }
  if (q + 1 >= w->toks.n || w->toks.v[q].tag != P_ADV || !is_punct(w, q + 1, ',')) return ACTA_ASSERTED;
  int st = tok_in(w, q, WL_ADV_ALLEGED)  ? ACTA_ALLEGED
           : tok_in(w, q, WL_ADV_HEDGED) ? ACTA_HEDGED
                                         : ACTA_ASSERTED;
  if (st == ACTA_ASSERTED || g->first < q + 2 || g->first - q > SENTENCE_ADVERB_REACH ||
      w->tok_scope[g->first] != w->tok_scope[q])
    return ACTA_ASSERTED;
  for (uint32_t i = q + 2; i < g->first; i++) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind != TK_PUNCT) continue;
    if (tk->punct == ';' || tk->punct == ':' || (quoted && tk->punct == '"')) return ACTA_ASSERTED;
    if (tk->punct == ',' && i + 1 < g->first &&
        (is_and_or(w, i + 1) || w->toks.v[i + 1].vocab == V_BUT || norm_eq(w, i + 1, "while") ||
         norm_eq(w, i + 1, "yet")))
      return ACTA_ASSERTED;
  }
  return st;
}

/* How many words after a passive its agent's adverb may stand. */
#define AGENT_ADVERB_REACH 8

/* prec46e: the status an adverb of report or guess right before a
 * passive's agent gives its act ("the reporter was shot, allegedly by
 * cartel gunmen", "was ambushed reportedly by a breakaway faction",
 * "beaten and killed, allegedly at the hands of a police chief",
 * "killed, apparently by gang members"): the doer is told only as
 * alleged or guessed, and so is the act with that doer.  The adverb is
 * sought after verb group g past punctuation, a place or a time, and a
 * participle coordinated with g, up to a ';', ':' or another verb; the
 * agent is an actor's phrase, before end (g's sentence's end).  Asserted
 * when none. */
static int agent_adverb_status(const struct acta_work *w, const vgroup *g, uint32_t end) {
  if (!g->passive) return ACTA_ASSERTED;
  for (uint32_t q = g->last; q + 1 < end && q < g->last + AGENT_ADVERB_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT && (t->punct == ';' || t->punct == ':' || t->punct == '"')) break;
    if (w->tok_vg[q] != NO && w->tok_vg[q] != (int32_t)(g - w->vgs) &&
        !(t->penn == PT_VBN && q > g->last && is_and_or(w, q - 1)))
      break;
    /* mend46e: a doer already named ("kidnapped by gunmen, possibly by
     * members of the Gulf Cartel"): the act with it is told as done */
    if (is_word(w, q, w->cw->w_by)) break;
    if (t->tag != P_ADV || !(tok_in(w, q, WL_ADV_ALLEGED) || tok_in(w, q, WL_ADV_HEDGED))) continue;
    uint32_t a = is_word(w, q + 1, w->cw->w_by) ? q + 2
                 : q + 5 < end && is_vocab(w, q + 1, V_AT) && is_vocab(w, q + 2, V_THE) &&
                         norm_eq(w, q + 3, "hands") && is_word(w, q + 4, w->cw->w_of)
                     ? q + 5
                     : 0;
    /* the doer named there is an actor (else the act alone is told, and
     * told as done: "killed, apparently by a stray bullet") */
    if (!a || a >= end || w->tok_ment[a] == NO) break;
    return tok_in(w, q, WL_ADV_ALLEGED) ? ACTA_ALLEGED : ACTA_HEDGED;
  }
  return ACTA_ASSERTED;
}

/* How many coordinated verbs back an adverb's status is looked for. */
#define SHARED_ADVERB_DEPTH 4

/* The status "reportedly" or "possibly" at verb group g gives (asserted
 * when none), or, prec37d, when g is a lone verb of the same form (a past
 * tense or participle for a past one) right
 * after "and" or "or" that follows the group before it over that group's
 * object, that group's ("allegedly kidnapped and killed the journalist",
 * "reportedly detained the farmers and beat them": both alleged), up to
 * depth groups back. */
static int adverb_status(const struct acta_work *w, const vgroup *g, int depth) {
  int st = ACTA_ASSERTED;
  /* g's sentence, searched once (none: the whole text) */
  const acta_sentence *sg = sentence_at(w, g->first);
  uint32_t from = sg ? sg->first : 0, end = sg ? sg->last : (uint32_t)w->toks.n;
  uint32_t q0 = g->first;
  while (q0 > from && w->toks.v[q0 - 1].tag == P_ADV && g->first - q0 < 2) q0--;
  for (uint32_t q = q0; q < g->last; q++) {
    if (tok_in(w, q, WL_ADV_ALLEGED))
      if (status_rank(ACTA_ALLEGED) > status_rank(st)) st = ACTA_ALLEGED;
    if (tok_in(w, q, WL_ADV_HEDGED))
      if (status_rank(ACTA_HEDGED) > status_rank(st)) st = ACTA_HEDGED;
  }
  if (st == ACTA_ASSERTED) st = sentence_adverb_status(w, from, g);
  if (st == ACTA_ASSERTED) st = agent_adverb_status(w, g, end);
  if (st != ACTA_ASSERTED || depth <= 0 || g <= w->vgs || g >= w->vgs + w->nvgs) return st;
  const vgroup *p = g - 1;
  if (p->first < from) return st; /* (the sentence before's: mend37cd) */
  unsigned pp = w->toks.v[p->head].penn, gp = w->toks.v[g->head].penn;
  int past = (pp == PT_VBD || pp == PT_VBN) && (gp == PT_VBD || gp == PT_VBN);
  if ((pp != gp && !past) || !acta_lone_coordinate(w, p, g, from, 1)) return st;
  return adverb_status(w, p, depth - 1);
}

/* The status of a verb group's events, from base: its modal ("may":
 * hedged, "will": intended), "reportedly" or "possibly" at it (or at the
 * verb it is coordinated with: adverb_status), and its negation, which
 * wins. */
int acta_vg_status(const struct acta_work *w, const vgroup *g, int base) {
  int st = base;
  if (g->modal_status != ACTA_ASSERTED && status_rank(g->modal_status) > status_rank(st))
    st = g->modal_status;
  int ast = adverb_status(w, g, SHARED_ADVERB_DEPTH);
  if (ast != ACTA_ASSERTED && status_rank(ast) > status_rank(st)) st = ast;
  if (g->negated) st = ACTA_NEGATED;
  return st;
}

/* "X is believed to have V-ed", "X is said to", "X is set to", "X is
 * suspected of V-ing": the status the passive raising verb gives. */
int acta_raising_status(const acta_dict *d, uint32_t lemma) {
  const acta_coder_words *cw = d->coder_words;
  if (acta_lemma_in(cw, lemma, WL_RAISE_HEDGED)) return ACTA_HEDGED;
  if (acta_lemma_in(cw, lemma, WL_RAISE_ALLEGED)) return ACTA_ALLEGED;
  if (acta_lemma_in(cw, lemma, WL_RAISE_INTENDED)) return ACTA_INTENDED;
  return -1;
}

/* A frame with no clause of its own: the accuser of "X accused Y of
 * V-ing / of an attack" reports Y's act as an allegation. */
frame *acta_next_frame(struct acta_work *w, int32_t reporter, uint8_t status) {
  GROW(w->frames, w->nframes, w->cap_frames);
  frame *f = &w->frames[w->nframes];
  memset(f, 0, sizeof *f);
  f->reporter = reporter;
  f->via = NO;
  f->vg = NO;
  f->parent = NO;
  f->status = status;
  return f;
}

int32_t acta_accuser_frame(struct acta_work *w, int32_t accuser) {
  frame *f = acta_next_frame(w, accuser, ACTA_ALLEGED);
  f->produced = 1; /* never coded as a statement of its own */
  return (int32_t)w->nframes++;
}

/* How far after a subordinator its clause's verb may come. */
#define SUBORDINATE_REACH 8

/* Does a subordinate clause with a subject of its own start at token i: a
 * subordinator ("after", "when", "because") whose noun phrase is followed
 * by a verb ("after talks with the government failed")?  Not "after the
 * attack" (a preposition), nor "after being held by" (the clause's subject
 * is the main clause's). */
static int subordinate_clause_at(const struct acta_work *w, uint32_t i,
                                 uint32_t last) {
  if (!tok_in(w, i, WL_SUBORDINATOR)) return 0;
  for (uint32_t q = i + 1; q < last && q <= i + SUBORDINATE_REACH; q++) {
    if (w->tok_vg[q] != NO) return q > i + 1 && !w->vgs[w->tok_vg[q]].to_inf;
    int t = w->toks.v[q].tag;
    if (!np_tag(t) && t != P_PREP) return 0;
  }
  return 0;
}

/* End of the clause from token `from`: the end of the scope, a semicolon or
 * a colon. */
uint32_t acta_clause_end(const struct acta_work *w, uint32_t from,
                         uint32_t last, int32_t scope) {
  if (from >= last || w->tok_scope[from] != scope) return from;
  uint32_t e = w->tok_cend[from];
  return e < last ? e : last;
}

/* The answers of acta_clause_end() for sentence s, one per token, from its
 * last token back: a token's clause ends at itself if it is ';' or ':',
 * else where the next token's does if that one is in the same scope, else
 * right after it.  (The callers ask from tokens of s, with s->last or less
 * as the limit; the scopes do not change after acta_find_frames.) */
void acta_clause_ends(struct acta_work *w, const acta_sentence *s) {
  const int32_t *scope = w->tok_scope;
  const acta_token *tv = w->toks.v;
  uint32_t *ce = w->tok_cend;
  /* speed23: the bounds and the next token's scope and end in locals (a
   * store to ce could alias s and the scopes, so each was read again) */
  const uint32_t first = s->first, last = s->last;
  if (last <= first) return;
  /* speed34d: no ';' nor ':' in the sentence (acta_find_vgroups saw): a
   * token's clause ends where its scope's run does; with no frame (all
   * NO) at the sentence's end.  Neither reads the tokens. */
  if (!w->sent_semis[s - w->sents]) {
    if (w->nframes == 0) {
      for (uint32_t k = first; k < last; k++) ce[k] = last;
      return;
    }
    uint32_t end = last;
    int32_t run = scope[last - 1];
    for (uint32_t k = last; k-- > first;) {
      if (scope[k] != run) {
        end = k + 1;
        run = scope[k];
      }
      ce[k] = end;
    }
    return;
  }
  uint32_t i = last - 1;
  int32_t next_scope = scope[i];
  const acta_token *tk = &tv[i];
  uint32_t next_end = tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':') ? i : last;
  ce[i] = next_end;
  while (i-- > first) {
    tk = &tv[i];
    int32_t sc = scope[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) next_end = i;
    else if (sc != next_scope) next_end = i + 1;
    ce[i] = next_end;
    next_scope = sc;
  }
}

/* End of a verb's objects from token `from` to `end`: a subordinate clause
 * with a subject of its own ends them ("declared a ceasefire after talks
 * with the government failed": the government is no target). */
uint32_t acta_objects_end(const struct acta_work *w, uint32_t from, uint32_t end) {
  for (uint32_t i = from + 1; i < end; i++)
    if (w->toks.v[i].kind == TK_WORD && subordinate_clause_at(w, i, end)) return i;
  return end;
}

/* How far past a participle its prepositional phrases are read for an
 * object ("arrested on March 19 in the town of ... for ..."). */
#define OBJECT_REACH 16

/* actors8: the token after a time phrase at q ("this year", "last week":
 * a determiner and a time noun), else q. */
static uint32_t past_time_phrase(const struct acta_work *w, uint32_t q, uint32_t end) {
  if (q + 1 < end && w->toks.v[q].tag == P_DET && tok_in(w, q + 1, WL_TIME_NOUN)) return q + 2;
  /* roles9: an adjective ("last month", "previous week"), an adverb
   * before either ("earlier this year") */
  if (q + 1 < end && w->toks.v[q].tag == P_ADJ && tok_in(w, q + 1, WL_TIME_NOUN)) return q + 2;
  if (q + 2 < end && w->toks.v[q].tag == P_ADV &&
      (w->toks.v[q + 1].tag == P_DET || w->toks.v[q + 1].tag == P_ADJ) &&
      tok_in(w, q + 2, WL_TIME_NOUN))
    return q + 3;
  return q;
}

/* roles9: is token q the first of a finite verb group ("remain", "said",
 * "will")? */
static int finite_group_at(const struct acta_work *w, uint32_t q) {
  int32_t v = w->tok_vg[q];
  if (v == NO || w->vgs[v].first != q || w->vgs[v].to_inf) return 0;
  unsigned f = w->toks.v[q].penn;
  return f == (unsigned)PT_VBD || f == (unsigned)PT_VBZ || f == (unsigned)PT_VBP ||
         f == (unsigned)PT_VB || f == (unsigned)PT_MD || w->toks.v[q].tag == P_AUX;
}

/* "a Guatemalan national arrested on June 4 in ...", "the Costa Ricans
 * charged are still at large", "guerrillas killed in combat.": is the
 * participle at g (of a verb that needs its object, WL_OBJECT_PARTICIPLE),
 * right after the noun phrase from np0, left with no object?  Then it is
 * a reduced relative, passive.  After it come only prepositional phrases
 * (not a count: "killed at least 20", "arrested about 30"), a mark or the
 * end, or its phrase's own verb ("charged remain"); no noun phrase of its
 * own ("arrested in Lima the five suspects").  Not when the phrase is the
 * subject of an object relative ("a practice Peru banned in 2017",
 * "the man whom police arrested": Peru banned, police arrested). */
/* mend46b: does a list of bare past verbs open at the comma at token q
 * and end, after "and"/"or", right before an actor, their object
 * ("funded, armed and trained the rebels", "kidnapped, tortured and killed
 * three students")?  Then the first verb shares that object: an act, no
 * reduced relative.  Not a phrase of time nor a thing there ("arrested,
 * beaten and released the next day said"). */
static int shared_object_list(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  int last = 0; /* the list's "and"/"or" seen */
  for (int n = 0; n < 4 && !last; n++) {
    int comma = q < s->last && is_punct(w, q, ',');
    if (comma) q++;
    else if (n == 0 || q >= s->last || !is_and_or(w, q)) return 0;
    if (q < s->last && is_and_or(w, q)) {
      last = 1;
      q++;
    }
    if (q >= s->last || w->tok_vg[q] == NO) return 0;
    const vgroup *v = &w->vgs[w->tok_vg[q]];
    unsigned pf = w->toks.v[q].penn;
    if (v->first != q || v->head != q || (pf != PT_VBD && pf != PT_VBN)) return 0;
    q = v->last;
  }
  return last && q < s->last && past_time_phrase(w, q, s->last) == q && w->tok_ment[q] != NO;
}

static int no_object_after(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g, uint32_t lo, uint32_t np0) {
  if (np0 > lo) {
    int pt = w->toks.v[np0 - 1].tag;
    if (pt == P_NOUN || pt == P_PROPN || pt == P_NUM || pt == P_WH || pt == P_THAT ||
        pt == P_PRON)
      return 0;
  }
  /* ... or inside the phrase ("$362,000 the police seized") */
  for (uint32_t q = np0 + 1; q < g->first; q++)
    if (w->toks.v[q].tag == P_DET && (w->toks.v[q - 1].tag == P_NUM ||
                                      w->toks.v[q - 1].tag == P_NOUN ||
                                      w->toks.v[q - 1].tag == P_PROPN))
      return 0;
  /* "arrested this year in Guatemala City": past a time phrase */
  uint32_t at = past_time_phrase(w, g->last, s->last);
  /* actors15: "groups armed and led by public agents", "two farmers
   * kidnapped and killed in March were": a second bare participle right
   * after "and"/"or" goes on the list; what follows it decides */
  if (at + 1 < s->last && is_and_or(w, at) && w->tok_vg[at + 1] != NO) {
    const vgroup *o = &w->vgs[w->tok_vg[at + 1]];
    if (o->first == at + 1 && o->head == o->first && w->toks.v[o->head].penn == PT_VBN)
      at = past_time_phrase(w, o->last, s->last);
  }
  if (at >= s->last) return 1;
  const acta_token *nt = &w->toks.v[at];
  /* roles9: a quotation that opens with the phrase's own verb ("the 40
   * people detained \"said they ...\"") */
  if (nt->kind == TK_PUNCT && nt->punct == '"') {
    uint32_t qv = at + 1;
    if (qv < s->last && is_punct(w, qv, '"')) qv++; /* a doubled mark */
    if (qv < s->last && finite_group_at(w, qv)) return 1;
  }
  if (nt->kind == TK_PUNCT && nt->punct == ',' && shared_object_list(w, s, at)) return 0;
  if (nt->kind == TK_PUNCT)
    return nt->punct == ',' || nt->punct == '-' || nt->punct == '.' || nt->punct == ';' ||
           nt->punct == ':' || nt->punct == ')';
  int32_t v = w->tok_vg[at];
  /* roles10: "Suspects detained included the leader": a second "-ed"
   * verb right after the participle, with no auxiliary, is the phrase's
   * own verb, whichever of the two the tagger took for the past tense */
  if (v != NO && w->vgs[v].first == at && at == g->last && w->vgs[v].head == at &&
      w->toks.v[at].penn == PT_VBN && tok_ends(w, at, "ed") && at + 1 < s->last &&
      (w->toks.v[at + 1].tag == P_DET || w->toks.v[at + 1].tag == P_NUM ||
       w->tok_ment[at + 1] != NO))
    return 1;
  if (v != NO && w->vgs[v].first == at && !w->vgs[v].to_inf) return finite_group_at(w, at);
  /* (roles9: or a subordinator: "arrested last month while posing as
   * journalists", "convicted as part of the case") */
  if ((nt->tag != P_PREP && nt->tag != P_TO && nt->tag != P_SUBORD) || is_word(w, at, w->cw->w_over))
    return 0;
  /* (not a count: "detained as many as 30") */
  if (nt->tag == P_SUBORD && at + 1 < s->last &&
      (w->toks.v[at + 1].tag == P_ADJ || w->toks.v[at + 1].tag == P_ADV ||
       w->toks.v[at + 1].tag == P_NUM || w->toks.v[at + 1].penn == PT_JJ))
    return 0;
  for (uint32_t q = at; q < s->last && q < at + OBJECT_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || w->tok_vg[q] != NO || is_and_or(w, q)) break;
    if (t->tag == P_PREP || t->tag == P_TO) {
      /* a count or a sum after the preposition is the object ("at least
       * 20", "about $4 million"; not a year: "in 1980"), and so is an
       * infinitive's act right after it ("charged to provide security");
       * actors29: past a phrase of place or time an infinitive is the
       * purpose ("extradited to the United States in July to face
       * charges"), and the participle's object is still missing */
      if (q + 1 >= s->last) break;
      const acta_token *n1 = &w->toks.v[q + 1];
      if (n1->kind == TK_PUNCT || (t->tag == P_TO && w->tok_vg[q + 1] != NO && q == at) ||
          (!is_word(w, q, w->cw->w_in) &&
           (n1->tag == P_NUM || n1->tag == P_ADV || n1->penn == PT_JJS)))
        return 0;
      continue;
    }
    /* a noun phrase of its own right after a phrase's noun */
    if (t->tag == P_DET && q > at &&
        (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_PROPN))
      return 0;
  }
  return 1;
}

/* Is the bare participle g followed by the preposition of a charge ("...,
 * accused of corruption", "..., charged with murder", "..., wanted for
 * extortion")?  Then after a comma it tells what the passive's subject was
 * held for, as a list's next member would.  (review23: in g's sentence s.) */
static int charge_follows(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  uint32_t q = g->last;
  return q < s->last && acta_charge_prep(w, q);
}

/* prec42a: "groups known as militias in the north killed at least 10
 * people": does a count "at least N" / "at most N" start at token q (the
 * tagger reads "at least" as two adverbs)?  It is the object of the verb
 * before it, which is then a finite verb, not a reduced relative. */
static int least_count(const struct acta_work *w, uint32_t q, uint32_t last) {
  return q + 2 < last && is_vocab(w, q, V_AT) &&
         (is_vocab(w, q + 1, V_LEAST) || is_vocab(w, q + 1, V_MOST)) &&
         w->toks.v[q + 2].tag == P_NUM;
}

/* A reduced relative: "gunmen killed by soldiers", "arrested a man accused
 * of extortion" -- a bare participle right after a noun phrase that is
 * followed by "by" or is itself an object is passive (not the start of a
 * reported clause: "said soldiers killed").  Sets g->passive; returns the
 * subject (the noun phrase's actor, or none), else subj. */
static int32_t reduced_relative(const acta_dict *d, const struct acta_work *w,
                                const acta_sentence *s, vgroup *g, uint32_t lo,
                                int32_t subj) {
  uint32_t before = g->first;
  /* bugs27: past a verbless aside between dashes, the phrase before it
   * ("the suspects from Colombia -- and from other countries -- captured
   * during raids also point to"): the participle is that phrase's */
  uint32_t aside = d->keds_only ? 0 : dash_aside_first(w, g->first, lo);
  if (aside > lo + 1) {
    before = aside - 1;
    while (before > lo + 1 && is_punct(w, before - 1, '-')) before--;
  }
  /* "a Guatemalan recently accused of" */
  while (!d->keds_only && before > lo + 1 && w->toks.v[before - 1].tag == P_ADV &&
         g->first - before < 2)
    before--;
  /* (speed36h: the cheap tag test before participle(); both are pure, so
   * the order does not change the answer) */
  if (!(g->first == g->head && before > lo && !g->passive &&
        np_tag(w->toks.v[before - 1].tag) && participle(w, d, g->head)))
    return subj;
  /* the noun phrase before it, an actor or not ("a lawyer") */
  int32_t pmi = w->tok_ment[before - 1];
  uint32_t np0 = before - 1;
  while (np0 > lo && np_tag(w->toks.v[np0 - 1].tag)) np0--;
  if (pmi != NO) np0 = w->ments[w->ments[pmi].group].first;
  int by = g->last < s->last && is_word(w, g->last, w->cw->w_by);
  /* prec48b: the first of two bare participles joined by "and"/"or" whose
   * second names the agent with "by" ("militias armed and trained by army
   * officers are active"): the pair's agent is the first's too */
  if (!by && !d->keds_only && g->last + 2 < s->last && is_and_or(w, g->last) &&
      w->tok_vg[g->last + 1] != NO) {
    const vgroup *o = &w->vgs[w->tok_vg[g->last + 1]];
    by = o->first == g->last + 1 && o->head == o->first &&
         w->toks.v[o->head].penn == PT_VBN && o->last + 1 < s->last &&
         is_word(w, o->last, w->cw->w_by) && w->tok_ment[o->last + 1] != NO;
  }
  /* (roles9: an adverb may stand between the verb and its object: "leaves
   * just two of the officers convicted in the case") */
  uint32_t ob = np0;
  while (!d->keds_only && ob > lo + 1 && np0 - ob < 2 && w->toks.v[ob - 1].tag == P_ADV &&
         w->tok_vg[ob - 1] == NO)
    ob--;
  int object = ob > lo && w->tok_vg[ob - 1] != NO && np0 != lo;
  size_t hl = w->toks.v[g->head].norm_len;
  /* "-ed", or a participle unlike the past tense ("taken", "shown");
   * not "spoke by phone", "stood by Russia" */
  int part_form = hl > 2 && (tok_ends(w, g->head, "ed") ||
                             tok_ends(w, g->head, "en") ||
                             tok_ends(w, g->head, "wn"));
  /* "admitted soldiers killed five protesters": a participle followed
   * by its own object is a finite verb */
  uint32_t after_time = past_time_phrase(w, g->last, s->last); /* "arrested this year" */
  int own_object = after_time < s->last && !by &&
                   (w->tok_ment[after_time] != NO || w->toks.v[after_time].tag == P_DET ||
                    w->toks.v[after_time].tag == P_NUM);
  /* ... or a count as its object: "soldiers allegedly massacred some
   * fifteen people", "gunmen killed nearly 40" */
  if (!own_object && !by && g->last + 2 < s->last) {
    const acta_token *a = &w->toks.v[g->last], *b = a + 1, *c = a + 2;
    own_object = (a->tag == P_ADV && b->tag == P_NUM) ||
                 ((a->penn == PT_RBR || a->penn == PT_JJR) && b->tag == P_PREP &&
                  (c->tag == P_DET || c->tag == P_NUM)) ||
                 least_count(w, g->last, s->last); /* prec42a */
  }
  /* acta's dictionaries: also after the object of a preposition, when no
   * object of its own follows ("details about a drug boss accused of
   * moving cocaine"; but "police in Lima arrested him") */
  int after_prep = !d->keds_only && np0 > lo && w->toks.v[np0 - 1].tag == P_PREP;
  /* ... not after a subordinator, which opens a clause ("after
   * rock-hurling marchers clashed with police"), unless a charge
   * follows ("after a man accused of murder fled") */
  if (after_prep && tok_in(w, np0 - 1, WL_SUBORDINATOR) &&
      !(g->last < s->last && (is_word(w, g->last, w->cw->w_of) || is_word(w, g->last, w->cw->w_for))))
    after_prep = 0;
  /* ... of a phrase after the clause's verb, not of its subject ("police
   * in Honduras colluded with") */
  int verb_before = 0;
  for (uint32_t q = lo; after_prep && q < np0 && !verb_before; q++)
    if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].has_main) verb_before = 1;
  after_prep = after_prep && verb_before;
  int next_np = 0;
  if (g->last < s->last) {
    acta_pos nt = (acta_pos)w->toks.v[g->last].tag;
    next_np = own_object || nt == P_PRON || nt == P_NOUN || nt == P_PROPN ||
              nt == P_ADJ || nt == P_POSS;
  }
  /* "a Guatemalan accused of laundering", "an officer wanted for murder",
   * "charged with", "linked to": the tagger's participle and the
   * preposition of a charge after it (not "arrested over 650 people",
   * "gunned down"): a passive whose agent is not named */
  int tagged_passive = 0;
  if (!d->keds_only && w->toks.v[g->head].penn == PT_VBN && g->last < s->last &&
      !by && !object && !after_prep) {
    uint32_t n = g->last;
    /* the prepositions of a charge ("accused of", "wanted for", "charged
     * with", "linked to") may have a comma before the subject's verb;
     * others ("murdered in Venezuela rose") may not */
    int charge = is_word(w, n, w->cw->w_of) || is_word(w, n, w->cw->w_for) ||
                 is_word(w, n, w->cw->w_to) || is_word(w, n, w->cw->w_with);
    /* (or a subordinator: "officers convicted as part of the inquiry have
     * been released", "the men killed when the bus was stopped were") */
    tagged_passive = (w->toks.v[n].tag == P_PREP || w->toks.v[n].tag == P_SUBORD || charge) &&
                     !is_word(w, n, w->cw->w_over);
    /* ... inside a subject whose own verb follows ("... has a curious
     * past"), not a verb of its own ("the embassy called for an inquiry
     * and welcomed ...") */
    int main_after = 0;
    for (uint32_t q = n; tagged_passive && q < s->last && q < n + 60; q++) {
      const acta_token *t = &w->toks.v[q];
      if (is_and_or(w, q) ||
          (t->kind == TK_PUNCT &&
           (t->punct == ';' || t->punct == ':' || (t->punct == ',' && !charge))))
        break;
      int32_t v = w->tok_vg[q];
      /* (a lone "has", "is", "was" is the subject's verb too: "... has
       * a curious backstory") */
      if (v != NO && (uint32_t)v != (uint32_t)(g - w->vgs) && w->vgs[v].first == q &&
          (w->vgs[v].has_main || w->vgs[v].last == q + 1) && !w->vgs[v].to_inf) {
        unsigned f = w->toks.v[w->vgs[v].first].penn;
        main_after = f == (unsigned)PT_VBD || f == (unsigned)PT_VBZ ||
                     f == (unsigned)PT_VBP || f == (unsigned)PT_MD;
        if (main_after) break;
      }
    }
    tagged_passive = tagged_passive && main_after;
  }
  /* "the leaders killed were involved in ...": the participle right
   * before the clause's own auxiliary */
  /* (fights15: an adverb or two may stand between: "the activists killed
   * worldwide were murdered in Latin America") */
  uint32_t aux_at = g->last;
  while (!d->keds_only && aux_at < s->last && aux_at < g->last + 2 &&
         w->toks.v[aux_at].tag == P_ADV)
    aux_at++;
  if (!d->keds_only && !tagged_passive && aux_at < s->last &&
      w->toks.v[aux_at].tag == P_AUX && !by && !object)
    tagged_passive = 1;
  if (!d->keds_only && !tagged_passive && !by && !object && !own_object && part_form &&
      tok_in(w, g->head, WL_OBJECT_PARTICIPLE))
    tagged_passive = no_object_after(w, s, g, lo, np0);
  /* actors29: "a Bolivian pilot shot dead while flying cocaine was", "a
   * reporter gunned down in Puebla": a harm's participle with "dead" or
   * "down" right after it (not "shot back at"), then a preposition, a
   * subordinator or a mark, and no object past those (as after a comma,
   * appositive_participle): the phrase before was harmed */
  if (!d->keds_only && !tagged_passive && !by && !object && !after_prep &&
      g->last + 1 < s->last &&
      (is_word(w, g->last, w->cw->w_down) || is_word(w, g->last, w->cw->w_dead)) &&
      acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_HARM_PARTICIPLE) &&
      (w->toks.v[g->last + 1].tag == P_PREP || w->toks.v[g->last + 1].tag == P_SUBORD ||
       w->toks.v[g->last + 1].kind == TK_PUNCT)) {
    vgroup past = *g;
    past.last++;
    tagged_passive = no_object_after(w, s, &past, lo, np0);
  }
  /* sources20: a verb of a charge or a judgment right before its charge's
   * "of", "for" or "with" ("people convicted to terms of four years or
   * less are eligible", "that guerrillas sentenced for crimes not be
   * allowed"): its object would stand between, so it has none and is
   * passive, whatever the tagger made of it; not the verb of an object
   * relative ("the man police accused of murder", "which the US accused
   * of"), nor one with an auxiliary of its own */
  if (!d->keds_only && !tagged_passive && !by && !object && charge_follows(w, s, g) &&
      acta_lemma_in4(w->cw, w->toks.v[g->head].vlemma, (uint32_t)WL4_CHARGE_VERB) &&
      (w->toks.v[g->head].penn == PT_VBN || w->toks.v[g->head].penn == PT_VBD)) {
    int rel = 0;
    if (np0 > lo) {
      int pt = w->toks.v[np0 - 1].tag;
      rel = pt == P_NOUN || pt == P_PROPN || pt == P_NUM || pt == P_WH || pt == P_PRON ||
            (pt == P_THAT && np0 - 1 > lo && np_tag(w->toks.v[np0 - 2].tag));
    }
    tagged_passive = !rel;
  }
  /* "money donated by the Irish", "weapons supplied by Iran": a thing
   * given, no actor, right before the participle, and an actor after
   * its "by" */
  /* coop15: also any thing no dictionary codes whose participle names a
   * partner with "with" before its "by" ("the pacts negotiated with the
   * state by MS13 and the Barrio 18 in 2014") */
  uint32_t by_at = g->last;
  if (!d->keds_only && !by && g->last + 2 < s->last && is_word(w, g->last, w->cw->w_with) &&
      w->tok_ment[g->last + 1] != NO) {
    const mention *pm = &w->ments[w->ments[w->tok_ment[g->last + 1]].group];
    uint32_t e = pm->last;
    for (const mention *x = pm; x; x = x->next_in_group != NO ? &w->ments[x->next_in_group] : NULL)
      if (x->last > e) e = x->last;
    if (pm->first == g->last + 1 && e + 1 < s->last && is_word(w, e, w->cw->w_by)) by_at = e;
  }
  int given_by = !d->keds_only && (by || by_at != g->last) && pmi == NO && !object &&
                 (tok_in(w, before - 1, WL_GIVEN_THING) ||
                  (by_at != g->last && w->toks.v[before - 1].tag == P_NOUN)) &&
                 by_at + 1 < s->last && w->tok_ment[by_at + 1] != NO;
  /* passives32: a bare participle with "by" and an actor right after a
   * noun that is no actor ("residents of the towns harassed by the gangs
   * have asked", "the mayor of the town besieged by guerrillas resigned"):
   * still a reduced relative, the noun's thing or place is what was done
   * to, and the by-agent is the doer (never the phrase before the noun).
   * Only when an actor's phrase and a preposition stand before the noun
   * ("residents of", "families in"), which the act would otherwise take as
   * its doer ("a panel hosted by a newspaper discussed" is left as it
   * was) */
  int thing_by = !d->keds_only && by && pmi == NO && !object && part_form &&
                 np0 > lo + 1 && w->toks.v[np0 - 1].tag == P_PREP &&
                 w->tok_ment[np0 - 2] != NO &&
                 w->toks.v[before - 1].tag == P_NOUN &&
                 (w->toks.v[g->head].penn == PT_VBN || w->toks.v[g->head].penn == PT_VBD) &&
                 g->last + 1 < s->last && w->tok_ment[g->last + 1] != NO;
  if (((by || object || given_by || thing_by) && part_form &&
       (pmi != NO || object || given_by || thing_by) && !own_object) ||
      (after_prep && part_form && !next_np) || tagged_passive) {
    g->passive = 1;
    subj = pmi != NO ? w->ments[pmi].group : NO;
  }
  return subj;
}

/* A bare -ing form inside a phrase ("refugees from past fighting",
 * "protesters chanting slogans") takes at most the phrase right before it;
 * after a comma or "and" it shares the clause's subject ("..., killing
 * three people"). */
static int32_t ing_form_subject(const struct acta_work *w, const vgroup *g,
                                uint32_t lo, int32_t subj) {
  size_t hl = w->toks.v[g->head].norm_len;
  if (g->first == g->head && hl > 4 && tok_ends(w, g->head, "ing") &&
      g->first > lo) {
    const acta_token *pv = &w->toks.v[g->first - 1];
    int open = (pv->kind == TK_PUNCT && pv->punct == ',') ||
               pv->tag == P_CONJ || pv->tag == P_WH || pv->tag == P_ADV ||
               pv->tag == P_SUBORD || pv->tag == P_PREP;
    if (!open) {
      int32_t pm = w->tok_ment[g->first - 1];
      subj = pm != NO ? w->ments[pm].group : NO;
    }
  }
  return subj;
}

/* How many words the object of the first of two coordinated "-ing"
 * forms may have ("arresting at least 14 people and seizing"). */
#define ING_PAIR_REACH 8

/* countries13: "police raided 27 homes, arresting at least 14 people and
 * seizing 150 kilos": a bare "-ing" form right after "and"/"or" whose
 * verb group before is a bare "-ing" form too, with only its object
 * between (no verb, no mark), shares that form's subject; the people
 * arrested seized nothing.  Returns that subject, else subj. */
static int32_t paired_ing_subject(const struct acta_work *w, size_t gi, size_t vg0,
                                  int32_t subj, int *no_doer) {
  const vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->first != g->head || g->first < 2 ||
      w->toks.v[g->head].penn != PT_VBG || !is_and_or(w, g->first - 1))
    return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->first != pg->head || w->toks.v[pg->head].penn != PT_VBG ||
      pg->last + 1 >= g->first || g->first - 1 > pg->last + ING_PAIR_REACH)
    return subj;
  for (uint32_t q = pg->last; q + 1 < g->first; q++)
    if (w->toks.v[q].kind == TK_PUNCT || w->tok_vg[q] != NO) return subj;
  /* force18: the first form has no doer ("Fighting has been raging ...,
   * killing at least four civilians and uprooting hundreds"): nor has
   * the second, whose nearest actor is the first's object (the civilians
   * killed displaced no one) */
  if (pg->subject == NO) {
    if (subj != NO && w->ments[subj].first >= pg->last && w->ments[subj].last < g->first) {
      acta_trace((struct acta_work *)w,
                 "  subject: none: \"%s\" shares the subject of \"%s\", which has none\n",
                 norm(w, g->head), norm(w, pg->head));
      *no_doer = 1;
      return NO;
    }
    return subj;
  }
  if (pg->subject != subj)
    acta_trace((struct acta_work *)w, "  subject: \"%s\" shares the subject of \"%s\"\n",
               norm(w, g->head), norm(w, pg->head));
  return pg->subject;
}

/* How far after a passive its "by" agent may stand ("was ambushed in
 * Michoacan on Monday by gunmen"). */
#define BY_AGENT_REACH 8

/* "A convoy was ambushed by gunmen in Michoacan, injuring five soldiers":
 * an "-ing" form after a comma that closes a passive clause is done by
 * the passive's "by" agent, not by its subject (the convoy injured no
 * one).  The clause between holds no other verb.  Returns the agent's
 * group, else subj. */
static int32_t passive_agent_participle(const struct acta_work *w, size_t gi, size_t vg0,
                                        int32_t subj, int *no_doer) {
  const vgroup *g = &w->vgs[gi];
  if (gi == vg0 || w->toks.v[g->head].penn != PT_VBG) return subj;
  /* force18: adverbs may stand between the comma and the "-ing" form
   * ("in May, badly wounding four soldiers") */
  uint32_t c = g->head;
  while (c > g->first && w->toks.v[c - 1].tag == P_ADV) c--;
  if (c != g->first) return subj;
  while (c > 1 && g->head - c < 2 && w->toks.v[c - 1].tag == P_ADV) c--;
  if (c < 1 || !is_punct(w, c - 1, ',')) return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  if (!pg->passive) return subj;
  for (uint32_t q = pg->last; q + 1 < c && q < pg->last + BY_AGENT_REACH; q++) {
    if (w->tok_vg[q] != NO) return subj;
    if (is_word(w, q, w->cw->w_by) && w->tok_ment[q + 1] != NO) {
      int32_t a = w->ments[w->tok_ment[q + 1]].group;
      if (a != subj)
        acta_trace((struct acta_work *)w,
                   "  subject: \"%s\" after a passive clause is its agent's act (%s)\n",
                   norm(w, g->head), w->ments[a].code);
      return a;
    }
  }
  /* force18: with no agent named, a harm told by the "-ing" form after a
   * passive of force ("A military convoy was ambushed in March, injuring
   * five soldiers") is what that act did: the one it was done to did no
   * harm, and the doer is not named */
  const acta_token *ph = &w->toks.v[pg->head], *h = &w->toks.v[g->head];
  if (subj != NO && subj == pg->subject && acta_lemma_in2(w->cw, h->vlemma, WL2_HARM_ACT) &&
      (acta_lemma_in2(w->cw, ph->vlemma, WL2_HARM_ACT) ||
       acta_lemma_in3(w->cw, ph->vlemma, WL3_HARM_PARTICIPLE))) {
    acta_trace((struct acta_work *)w,
               "  subject: none: \"%s\" tells what the passive \"%s\" did, whose doer is not "
               "named\n",
               norm(w, g->head), norm(w, pg->head));
    *no_doer = 1;
    return NO;
  }
  return subj;
}

/* How far back from an "-ing" form the opening of a relative clause may
 * stand. */
#define RELATIVE_ING_REACH 30

/* roles10: "Gunmen ambushed the police chief of the town, where Ibarra had
 * been mayor, killing three guards": an "-ing" form after a comma
 * whose nearest actor stands inside a relative clause set off by a comma
 * (", where ...", ", who ...") with a verb of its own is the act of the
 * clause before that relative, not of the relative's actor (the mayor
 * killed no one).  Not after a passive clause (its agent's:
 * passive_agent_participle).  Returns that clause's subject, else subj. */
static int32_t relative_ing_subject(const struct acta_work *w, size_t gi, size_t vg0,
                                    uint32_t lo, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (subj == NO || gi == vg0 || g->first != g->head || g->first <= lo + 1 ||
      w->toks.v[g->head].penn != PT_VBG || !is_punct(w, g->first - 1, ','))
    return subj;
  uint32_t f = w->ments[subj].first;
  if (f >= g->first) return subj;
  uint32_t r = f, stop = f > lo + RELATIVE_ING_REACH ? f - RELATIVE_ING_REACH : lo;
  while (r > stop + 1 && !((w->toks.v[r].tag == P_WH || tok_in2(w, r, WL2_RELATIVE_PRONOUN)) &&
                           is_punct(w, r - 1, ',')) &&
         !is_punct(w, r, ';'))
    r--;
  if (r <= stop + 1 || is_punct(w, r, ';') || !is_punct(w, r - 1, ',')) return subj;
  /* (", when La Familia started extorting growers, killing": a clause of
   * time, whose subject goes on acting) */
  if (is_word(w, r, w->cw->w_when)) return subj;
  /* the relative's own verb, and the clause's verb before it */
  size_t k = gi;
  int own = 0;
  while (k > vg0 && w->vgs[k - 1].first > r) {
    k--;
    own = 1;
  }
  if (!own || k == vg0) return subj;
  const vgroup *main = &w->vgs[k - 1];
  if (main->passive || main->subject == NO || main->subject == subj) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" after a relative clause is the clause's before it (%s)\n",
             norm(w, g->head), w->ments[main->subject].code);
  return main->subject;
}

/* How many words may stand between a reply verb and the comma closing its
 * relative (relative_reply_subject). */
#define REPLY_TAIL_REACH 4

/* prec42a: "Gunmen fired on the troops, who shot back, killing eight of
 * the attackers": a bare "-ing" form right after the comma that closes a
 * ", who"/", which" relative whose verb, the group right before it, is a
 * reply to force ("responded", "retaliated"; "shot back", "fought back",
 * "returned fire": WL6_REPLY_VERB, WL6_REPLY_BACK_VERB), with at most
 * REPLY_TAIL_REACH words and no verb between, tells what the reply did:
 * its subject is the relative's (the antecedent), not the clause's
 * before it.  Returns it, else subj. */
static int32_t relative_reply_subject(const struct acta_work *w, size_t gi, size_t vg0,
                                      uint32_t lo, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->first <= lo + 4 || !is_punct(w, g->first - 1, ',')) return subj;
  const vgroup *rv = &w->vgs[gi - 1];
  if (rv->subject == NO || rv->passive || rv->subject == subj) return subj;
  uint32_t r = rv->first;
  while (r > lo && w->toks.v[r - 1].tag == P_ADV) r--;
  if (r < lo + 3 || !tok_in2(w, r - 1, WL2_RELATIVE_PRONOUN) || !is_punct(w, r - 2, ','))
    return subj;
  const acta_token *h = &w->toks.v[rv->head];
  uint32_t after = rv->head + 1;
  int reply = acta_lemma_in6(w->cw, h->vlemma, (uint32_t)WL6_REPLY_VERB);
  if (!reply && after < g->first && acta_lemma_in6(w->cw, h->vlemma, (uint32_t)WL6_REPLY_BACK_VERB) &&
      (is_word(w, after, w->cw->w_back) || is_word(w, after, w->cw->w_fire)))
    reply = 1;
  /* review-prec42a: the antecedent a bare place or country ("militants in
   * northern Iraq, who retaliated": the relative names the militants, and
   * the mention found is the place) gives no subject */
  if (!w->ments[rv->subject].role[0]) return subj;
  if (!reply || g->first - 1 > rv->last + REPLY_TAIL_REACH) return subj;
  for (uint32_t q = rv->last; q + 1 < g->first; q++)
    if (w->tok_vg[q] != NO || w->toks.v[q].kind == TK_PUNCT) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" after a relative's reply \"%s\" is the relative's (%s)\n",
             norm(w, g->head), norm(w, rv->head), w->ments[rv->subject].code);
  return rv->subject;
}

/* How far back from a participle its document noun may stand ("a letter
 * to the head of the World Health Organization threatening"). */
#define DOCUMENT_REACH 12

/* "Amnesty put out a report accusing the army of ...", "sent a letter to
 * the head of the WHO threatening to ...": a participle right after the
 * object a verb issued (a statement, a report, a letter), or after that
 * object's prepositional phrase, is the issuer's act: its subject is that
 * verb's subject, and only its verbal acts are coded (triggers.c): a
 * statement accuses, condemns, calls on, demands or threatens; a video
 * "attacking" the militias attacks no one.  Not a reporting verb ("a
 * statement saying"), nor after "did not issue".  Sets g->document_act;
 * returns the subject, else subj. */
static int32_t document_subject(const acta_dict *d, const struct acta_work *w,
                                const acta_sentence *s, size_t gi, size_t vg0,
                                int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->first != g->head || w->toks.v[g->head].penn != PT_VBG) return subj;
  /* "a statement saying ...": what it says is the news (a frame) */
  uint32_t rv;
  if (acta_u64map_get(&d->report, w->toks.v[g->head].vlemma, &rv)) return subj;
  for (uint32_t t = g->first; t > s->first && g->first - t < DOCUMENT_REACH; t--) {
    uint32_t k = t - 1;
    if (w->tok_vg[k] != NO) break;
    if (tok_in(w, k, WL_DOCUMENT_NOUN)) {
      uint32_t o = k;
      while (o > s->first && np_tag(w->toks.v[o - 1].tag) && w->tok_vg[o - 1] == NO) o--;
      /* "put out a report": the verb's particle */
      if (o > s->first + 1 && w->tok_vg[o - 1] == NO && w->toks.v[o - 1].tag == P_ADV &&
          w->tok_vg[o - 2] != NO)
        o--;
      if (o == s->first || w->tok_vg[o - 1] == NO) return subj;
      const vgroup *iv = &w->vgs[w->tok_vg[o - 1]];
      /* "did not issue any statement opposing": no act */
      if (iv->passive || iv->negated || iv->modal_status != ACTA_ASSERTED ||
          iv->subject == NO)
        return subj;
      g->document_act = 1;
      return iv->subject;
    }
    int tag = w->toks.v[k].tag;
    /* "a letter to the head of the World Health Organization (WHO)
     * threatening": an acronym in brackets is part of the phrase */
    if (is_punct(w, k, ')')) {
      uint32_t b = k;
      while (b > s->first && k - b < 4 && !is_punct(w, b, '(')) b--;
      if (is_punct(w, b, '(')) { t = b + 1; continue; }
    }
    if (!np_tag(tag) && tag != P_PREP && tag != P_TO) break;
  }
  return subj;
}

/* How long a participle set off by commas may run ("-- killed in the
 * rural settlement of ... --"). */
#define APPOSITIVE_REACH 14

/* Inside a participle set off by commas, is the verb group at q part of
 * it: a gerund after a preposition ("sentenced to 20 years for aiding a
 * cartel, ..."), an infinitive ("hired to guard the mine"), or a bare past
 * participle right after "and"/"or" that goes on its list ("arrested and
 * sentenced in Spain, ...")? */
static int inside_participle(const acta_dict *d, const struct acta_work *w, uint32_t q) {
  const vgroup *v = &w->vgs[w->tok_vg[q]];
  if (v->first != q || q == 0) return 0;
  if (v->to_inf) return 1;
  const acta_token *pv = &w->toks.v[q - 1];
  if (w->toks.v[v->head].penn == PT_VBG) return pv->tag == P_PREP && v->first == v->head;
  return v->first == v->head && w->toks.v[v->head].penn == PT_VBN &&
         participle(w, d, v->head) && is_and_or(w, q - 1);
}

/* The actor of the noun phrase that ends at token e (nouns, adjectives,
 * possessives; "and", "or", "of", "in" between two of them: "The former
 * governor and his deputy", "A former mayor in eastern Paraguay"), its
 * first actor's group; NO if it names none, and *is_np 0 if it is no noun
 * phrase ("In 2019, ..." ends in a number; "On Monday" in a time). */
static int32_t phrase_actor_before(const struct acta_work *w, uint32_t lo, uint32_t e,
                                   int *is_np) {
  *is_np = w->toks.v[e].tag == P_NOUN || w->toks.v[e].tag == P_PROPN ||
           w->tok_ment[e] != NO;
  /* roles11: a name ending in its number ("Bill 790", "Law 1448",
   * "Resolution 2334"): a noun phrase, no actor */
  if (!*is_np && w->toks.v[e].tag == P_NUM && e > lo &&
      (w->toks.v[e - 1].tag == P_NOUN || w->toks.v[e - 1].tag == P_PROPN) &&
      w->tok_ment[e - 1] == NO && w->tok_vg[e - 1] == NO && !tok_in(w, e - 1, WL_TIME_NOUN))
    return *is_np = 1, NO;
  if (!*is_np || tok_in(w, e, WL_TIME_NOUN)) return *is_np = 0, NO;
  int32_t found = NO;
  for (uint32_t q = e + 1; q > lo; q--) {
    uint32_t k = q - 1;
    if (w->tok_ment[k] != NO) {
      found = w->ments[w->tok_ment[k]].group;
      continue;
    }
    int joins = k > lo && np_tag(w->toks.v[k - 1].tag) &&
                (is_and_or(w, k) || is_word(w, k, w->cw->w_of) || is_word(w, k, w->cw->w_in));
    if (!np_tag(w->toks.v[k].tag) && !joins) break;
  }
  return found;
}

/* How many words a nickname in quotes may hold (quoted_name_comma). */
#define NICKNAME_REACH 5

/* roles14: 'Ezequiel, alias ""Chito Trueno,"" killed in a shoot-out': the
 * comma of a nickname in quotes stands inside the closing marks.  Returns
 * the position right after that comma when quote marks right before at
 * close a quoted name (1 to NICKNAME_REACH names or nouns, a comma last),
 * else at. */
static uint32_t quoted_name_comma(const struct acta_work *w, uint32_t at, uint32_t lo) {
  uint32_t k = at;
  while (k > lo && k + 2 > at && w->toks.v[k - 1].kind == TK_PUNCT && w->toks.v[k - 1].punct == '"')
    k--;
  if (k == at || k < lo + 3 || !is_punct(w, k - 1, ',')) return at;
  uint32_t n = k - 1;
  while (n > lo && k - 1 - n < NICKNAME_REACH &&
         (w->toks.v[n - 1].tag == P_PROPN || w->toks.v[n - 1].tag == P_NOUN))
    n--;
  if (n == k - 1 || n == lo || w->toks.v[n - 1].kind != TK_PUNCT || w->toks.v[n - 1].punct != '"')
    return at;
  return k;
}

/* codes24: a verdict with no object and no auxiliary ("two officers found
 * not guilty of the killing were freed", "Major X -- found not guilty in
 * the case, was kept in custody", "trainers have taught ... and
 * subsequently found guilty of murder"): "found" right before "(not)
 * guilty" or "innocent" has no object between, so it is a passive whose
 * subject is the one judged, not the judge.  Sets g->passive. */
static void bare_verdict(const struct acta_work *w, const acta_sentence *s, vgroup *g) {
  if (g->passive || g->first != g->head ||
      !acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_find))
    return;
  uint32_t q = g->head + 1;
  while (q < s->last && q <= g->last && w->toks.v[q].tag == P_NEG) q++;
  if (q >= s->last || !(is_word(w, q, w->cw->w_guilty) || is_word(w, q, w->cw->w_innocent)))
    return;
  g->passive = 1;
  acta_trace((struct acta_work *)w, "  \"found %s\" with no object: passive, the one judged\n",
             norm(w, q));
}

/* prec46g: how far back the aside's opening mark is sought from the
 * participle after it */
#define AUX_ASIDE_REACH 14

/* "one victim -- killed in April -- was", "Two of the victims, killed in
 * the settlement, were ...": a bare past participle set off by a comma or
 * a dash right after a noun phrase is a passive whose subject is that
 * phrase (the victims are no killers).  The phrase may be one no
 * dictionary codes, and the participle a list ("arrested and sentenced in
 * Spain").  Sets g->passive and g->appositive; returns the phrase's actor
 * (or NO), else subj. */
static int32_t appositive_participle(const acta_dict *d, const struct acta_work *w,
                                     const acta_sentence *s, vgroup *g, uint32_t lo,
                                     int32_t subj) {
  if (g->passive || g->first != g->head) return subj;
  /* the tagger's participle, or a past tense with "by" after it ("The
   * unit, backed by the United States, arrested ...") */
  unsigned hp = w->toks.v[g->head].penn;
  /* (roles14: or after a quoted nickname's comma, with a preposition
   * after it: 'alias ""El Toro,"" killed in') */
  uint32_t named = quoted_name_comma(w, g->first, lo);
  /* actors15: "the mayor, shot dead in March,", "Juan Perez, gunned down
   * in a bar,": a particle or "dead" after it, then a preposition or a
   * mark: no object, the participle of a passive (the tagger may read a
   * past tense) */
  uint32_t after = g->last;
  if (after + 1 < s->last &&
      (w->toks.v[after].penn == PT_RP || is_word(w, after, w->cw->w_dead)) &&
      (w->toks.v[after + 1].tag == P_PREP || w->toks.v[after + 1].kind == TK_PUNCT))
    after++;
  int particle = after > g->last && g->first > lo &&
                 (is_punct(w, g->first - 1, ',') || is_punct(w, g->first - 1, '-'));
  /* (fights15: or a past tense of a harm no one does without an object
   * right after a comma, with a preposition after it: "Peter Hallam, head
   * of the Hallam Crime Group, gunned down in a cafe"; not "shot at") */
  int harm = hp == PT_VBD && g->first > lo && is_punct(w, g->first - 1, ',') &&
             after < s->last && w->toks.v[after].tag == P_PREP &&
             acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_HARM_PARTICIPLE) &&
             !(acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_shoot) &&
               is_vocab(w, g->last, V_AT));
  /* (prec48b: or a past tense of a verb that needs an object right after
   * a comma with a phrase of time after it: "The governor, detained last
   * week, resigned") */
  /* (mend48b: or of any verb in "-ed" when the aside closes right after
   * the time phrase: "The minister, criticized last week, resigned",
   * "Chavez, ousted in 2002, returned") */
  uint32_t timed_end = past_time_phrase(w, g->last, s->last);
  int timed = !d->keds_only && hp == PT_VBD && g->first > lo && is_punct(w, g->first - 1, ',') &&
              timed_end > g->last &&
              (tok_in(w, g->head, WL_OBJECT_PARTICIPLE) ||
               (tok_ends(w, g->head, "ed") && timed_end < s->last && is_punct(w, timed_end, ',')));
  if (hp != PT_VBN && !(hp == PT_VBD && particle) && !harm && !timed &&
      !(hp == PT_VBD && g->first > lo && is_punct(w, g->first - 1, ',') && g->last < s->last &&
        is_word(w, g->last, w->cw->w_by) && tok_ends(w, g->head, "ed")) &&
      !(hp == PT_VBD && named < g->first && g->last < s->last &&
        w->toks.v[g->last].tag == P_PREP))
    return subj;
  /* "were reported wounded", "were found killed": a participle right
   * after a passive group is passive too, of the same subject */
  if (g > w->vgs && (g - 1)->passive && (g - 1)->last == g->first) {
    g->passive = 1;
    return (g - 1)->subject;
  }
  /* prec46g: "Two traders were, according to police, kidnapped by the
   * gang", "were -- the army said -- killed": a participle right after an
   * aside that opens right after a lone "was", "were", "is", "are" or
   * "been" completes that passive, of its subject; the aside's actor is
   * no noun the participle is set off after */
  if (g->first > lo + 2 && (is_punct(w, g->first - 1, ',') || is_punct(w, g->first - 1, '-'))) {
    char mark = is_punct(w, g->first - 1, ',') ? ',' : '-';
    uint32_t o = g->first - 1;
    while (o > lo + 1 && is_punct(w, o - 1, mark)) o--; /* "--" may be two marks */
    for (uint32_t q = o; q > lo + 1 && o - q < AUX_ASIDE_REACH; q--) {
      if (!is_punct(w, q - 1, mark)) continue;
      uint32_t m = q - 1;
      while (m > lo && is_punct(w, m - 1, mark)) m--;
      if (m > lo && w->tok_vg[m - 1] != NO && w->toks.v[m - 1].tag == P_AUX &&
          (is_vocab(w, m - 1, V_WAS) || is_vocab(w, m - 1, V_WERE) || is_vocab(w, m - 1, V_IS) ||
           is_vocab(w, m - 1, V_ARE) || is_vocab(w, m - 1, V_BEEN)) &&
          w->vgs[w->tok_vg[m - 1]].last == m) {
        g->passive = 1;
        acta_trace((struct acta_work *)w, "  subject: \"%s\" completes \"%s\" past the aside\n",
                   norm(w, g->head), norm(w, m - 1));
        return w->vgs[w->tok_vg[m - 1]].subject;
      }
      break;
    }
  }
  /* "were among those arrested": those, no actor, were arrested */
  if (g->first > lo && is_word(w, g->first - 1, w->cw->w_those)) {
    g->passive = 1;
    return NO;
  }
  /* "Juan Perez, recently extradited to Mexico by Guatemala, ...": adverbs
   * may stand between the mark and the participle */
  uint32_t at = named < g->first ? named : g->first;
  while (at > lo && g->first - at < 2 && w->toks.v[at - 1].tag == P_ADV) at--;
  if (at < lo + 2 || at < s->first + 2) return subj;
  const acta_token *sep = &w->toks.v[at - 1];
  if (sep->kind != TK_PUNCT || (sep->punct != ',' && sep->punct != '-')) return subj;
  int32_t pm = w->tok_ment[at - 2];
  if (pm != NO && w->ments[pm].modifier) return subj; /* "the official report, released" */
  /* a phrase no dictionary codes ("The former governor and his deputy,
   * jailed ...", "the brothers, arrested ..."): its first actor, or none */
  int is_np = 1;
  int32_t who = phrase_actor_before(w, lo, at - 2, &is_np);
  if (!is_np) return subj;
  /* (codes20: in a dashed aside a time phrase may come first: "-- signed
   * last year between the two gangs --") */
  /* (prec48b: and between commas: "The mayor, arrested last week,
   * resigned") */
  if (sep->punct == '-' || (!d->keds_only && sep->punct == ','))
    after = past_time_phrase(w, after, s->last);
  /* a preposition or the end after it ("killed in April", "captured in
   * 2008,", "extradited to Mexico"), or a list of participles ("arrested
   * and sentenced in Spain"); an object would make it a verb of the clause
   * ("..., made incursions", "..., killed three") */
  if (after < s->last && w->toks.v[after].tag != P_PREP &&
      w->toks.v[after].tag != P_TO && w->toks.v[after].kind != TK_PUNCT &&
      !(is_and_or(w, after) && after + 1 < s->last && w->tok_vg[after + 1] != NO &&
        inside_participle(d, w, after + 1)))
    return subj;
  /* set off on both sides: a closing comma or dash before the clause's
   * own verb ("-- killed in April 2013 -- was"), or the sentence's end;
   * not a list of acts ("arrested 650 people, seized drugs, and
   * captured ...") */
  uint32_t q = after;
  while (q < s->last && q < g->last + APPOSITIVE_REACH &&
         !(w->toks.v[q].kind == TK_PUNCT && (w->toks.v[q].punct == ',' ||
                                             w->toks.v[q].punct == '-' ||
                                             w->toks.v[q].punct == '.' ||
                                             w->toks.v[q].punct == ';'))) {
    /* actors29: the comma of a date is no mark that closes the aside
     * ("..., captured on March 30, 2011, was extradited") */
    if (q + 2 < s->last && w->toks.v[q].tag == P_NUM && is_punct(w, q + 1, ',') &&
        w->toks.v[q + 2].tag == P_NUM) {
      q += 2;
      /* ... nor one after the date before another phrase of the aside
       * ("killed on June 3, 2012, in a shootout with marines, had") */
      if (q + 2 < s->last && is_punct(w, q + 1, ',') && w->toks.v[q + 2].tag == P_PREP) q += 2;
      continue;
    }
    if (w->tok_vg[q] != NO) {
      if (!inside_participle(d, w, q)) break;
      q = w->vgs[w->tok_vg[q]].last;
      continue;
    }
    q++;
  }
  /* (actors29: or a semicolon that ends a list's member: "five bosses:
   * A, captured on October 2; B, captured in March; ...") */
  int closed = q >= s->last || (w->toks.v[q].kind == TK_PUNCT && (w->toks.v[q].punct == '.' ||
                                                                  w->toks.v[q].punct == ';'));
  /* ... the clause's own verb: not an infinitive nor an "-ing" form
   * ("threatened to strike ..., complaining") */
  if (!closed && w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct == sep->punct &&
      q + 1 < s->last && w->tok_vg[q + 1] != NO && !w->vgs[w->tok_vg[q + 1]].to_inf &&
      !(w->vgs[w->tok_vg[q + 1]].first == w->vgs[w->tok_vg[q + 1]].head &&
        w->toks.v[q + 1].penn == PT_VBG))
    closed = 1;
  /* (codes20: or a dashed aside closed by its dash, whatever follows:
   * "were involved in the truce -- agreed in 2014 between two gangs
   * -- for ...", "seized the rifles -- supplied by a dealer -- in
   * Sonora": a dash pair never joins a list of acts) */
  if (!closed && sep->punct == '-' && w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct == '-')
    closed = 1;
  /* (fights15: or a list of such phrases goes on, a noun phrase after
   * the "and": "A, gunned down in April, and B, shot in December"; not a
   * list of acts, "seized drugs, and captured") */
  if (!closed && w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct == ',' &&
      q + 2 < s->last && is_and_or(w, q + 1) && w->tok_vg[q + 2] == NO &&
      np_tag(w->toks.v[q + 2].tag))
    closed = 1;
  if (!closed) return subj;
  g->passive = 1;
  g->appositive = 1;
  return who;
}

/* actors34: is participle group o, right after noun n, what a force did
 * to an operation ("an operation led by the police", "a sweep headed by
 * ICE": WL2_OPERATION_NOUN, WL6_OPERATION_LEAD_VERB)?  Its "by" names who
 * did what was done in the operation ("were arrested in an operation led
 * by the police"), as "an attack carried out by the rebels" does. */
static int operation_led(const struct acta_work *w, uint32_t n, const vgroup *o) {
  uint32_t l = w->toks.v[o->head].vlemma;
  return w->toks.v[n].tag == P_NOUN && tok_in2(w, n, WL2_OPERATION_NOUN) && l != ACTA_NO_WORD &&
         acta_lemma_in6(w->cw, l, WL6_OPERATION_LEAD_VERB);
}

/* mend48b: does the later group o only carry on the custody the bare
 * participle g began ("15 farmhands detained in the raid were taken to
 * the station by police", "hostages abducted in the north are held by
 * the rebels"): a taking, holding or keeping after an arrest, a capture or
 * an abduction?  Then its "by" names who held them from the start. */
static int custody_goes_on(const struct acta_work *w, const vgroup *g, const vgroup *o) {
  static const char *const CUSTODY[] = {"arrested", "detained", "captured", "apprehended",
                                        "kidnapped", "kidnaped", "abducted", "seized", NULL};
  uint32_t ol = w->toks.v[o->head].vlemma;
  if (ol != w->cw->l_take && ol != w->cw->l_hold && ol != w->cw->l_keep) return 0;
  const char *h = norm(w, g->head);
  for (int k = 0; CUSTODY[k]; k++)
    if (strcmp(h, CUSTODY[k]) == 0) return 1;
  return 0;
}

int acta_other_verb_at(const acta_dict *d, const struct acta_work *w, const vgroup *g,
                       uint32_t q) {
  int32_t v = w->tok_vg[q];
  if (v == NO || &w->vgs[v] == g || w->vgs[v].first != q || q == 0) return 0;
  const vgroup *o = &w->vgs[v];
  /* a participle right after a noun of g's own phrase is that noun's
   * reduced relative, and a "by" after it is its own: "were killed while
   * off duty, outside the operations cited by the police chief" (the
   * chief killed no one) */
  const acta_token *n = &w->toks.v[q - 1];
  if (o->first == o->head && q > g->last && np_tag(n->tag) &&
      /* not after a noun of a material act, whose agent did g's act too:
       * "killed in an attack carried out by the rebels", "in a massacre
       * committed by" */
      !(n->tag == P_NOUN && (acta_material_head(d, &d->noun_pats, n->nlemma) ||
                             acta_material_head(d, &d->noun_pats, n->word) ||
                             tok_in(w, q - 1, WL_CLASH_NOUN)) &&
        /* prec43a, mend43a: not a participle whose "by" names who told,
         * judged, saw or stopped the act ("hit by an attack condemned by
         * the UN", "in a clash reported by the army", "an assault repelled
         * by troops": WL6_NO_DOER_VERB); "claimed by", "led by", "waged by"
         * name its doer */
        (d->keds_only ||
         !tok_lemma_in6(w, o->head, w->toks.v[o->head].vlemma, WL6_NO_DOER_VERB))) &&
      !operation_led(w, q - 1, o) && /* actors34 */
      (w->toks.v[o->head].penn == PT_VBN ||
       (w->toks.v[o->head].penn == PT_VBD && o->last < w->toks.n &&
        is_word(w, o->last, w->cw->w_by))))
    return 1;
  /* prec48b: after a bare participle qualifying a phrase (a reduced
   * relative, or a participle sharing its passive), a finite verb group
   * with its own auxiliary is the phrase's own verb, and its "by" is its
   * own: "22 people indicted in Texas have since been held by the police of
   * Sonora" (the police indicted no one); not "being" ("after being
   * held by the rebels" may tell who did the act), nor past a mark (a
   * relative clause's end: "the bombings, which wounded five, were
   * done by the militia") */
  if (!d->keds_only && g->passive && g->first == g->head && q > g->last &&
      o->first != o->head && !o->to_inf && w->toks.v[q].penn != PT_VBG &&
      w->toks.v[q].penn != PT_VBN && finite_group_at(w, q)) {
    uint32_t r = g->last;
    while (r < q && w->toks.v[r].kind != TK_PUNCT) r++;
    if (r == q && !custody_goes_on(w, g, o)) return 1;
  }
  if (o->first != o->head || w->toks.v[o->head].penn != PT_VBN) return 0;
  uint32_t c = q;
  while (c > g->last && w->toks.v[c - 1].tag == P_ADV) c--;
  if (c == g->last || !is_and_or(w, c - 1)) return 0;
  /* a phrase of its own between them ("in 2010"); not a list of three
   * or more, whose agent is the list's ("kidnapped, beaten and raped by",
   * "attacked in his study, bound to a stool and beaten by") */
  int own = 0;
  for (uint32_t r = g->last; r + 1 < c; r++) {
    int32_t rv = w->tok_vg[r];
    if (rv != NO) return 0;
    if (!is_punct(w, r, ',') && !is_and_or(w, r) && w->toks.v[r].tag != P_ADV) own = 1;
  }
  return own;
}

/* How long the first passive's phrase of place or time before "and" may
 * be ("arrested in the state of Sinaloa and extradited"). */
#define COMPLEMENT_REACH 8

/* How many words the first passive's phrases of place, time or charge may
 * have before "and" ("was convicted March 9 of criminal ties to
 * Barrio 18 and sentenced to"). */
#define FIRST_PHRASE_REACH 16

/* Does a time phrase start at q ("February 1", "last month", "this
 * week"): a time noun among its first two words? */
static int time_phrase_at(const struct acta_work *w, uint32_t q) {
  for (uint32_t k = q; k < w->toks.n && k < q + 2; k++) {
    if (tok_in(w, k, WL_TIME_NOUN)) return 1;
    if (!np_tag(w->toks.v[k].tag) && w->toks.v[k].tag != P_NUM) return 0;
  }
  return 0;
}

/* How many words a gapped subject may have ("and three others injured"). */
#define GAPPED_SUBJECT_REACH 4

/* Does a list of participles go on after the bare participle g: a comma
 * or "and"/"or" (adverbs may follow) and another bare past participle
 * ("investigated, convicted or jailed")? */
static int list_goes_on(const acta_dict *d, const struct acta_work *w, const acta_sentence *s,
                        const vgroup *g) {
  uint32_t q = g->last, n = s->last; /* (review23: the sentence's, not the article's) */
  int joined = 0;
  /* actors8: past its own short phrase of place or means ("bound to a
   * stool and beaten by ...") */
  if (q < n && (w->toks.v[q].tag == P_PREP || w->toks.v[q].tag == P_TO) &&
      !is_word(w, q, w->cw->w_by)) {
    uint32_t r = q + 1;
    while (r < n && r < q + 1 + COMPLEMENT_REACH &&
           (np_tag(w->toks.v[r].tag) || w->toks.v[r].tag == P_NUM))
      r++;
    if (r > q + 1 && r < n && (is_punct(w, r, ',') || is_and_or(w, r))) q = r;
  }
  while (q < n && (is_punct(w, q, ',') || is_and_or(w, q) || w->toks.v[q].tag == P_ADV)) {
    if (is_punct(w, q, ',') || is_and_or(w, q)) joined = 1;
    q++;
  }
  if (!joined || q >= n || w->tok_vg[q] == NO) return 0;
  const vgroup *ng = &w->vgs[w->tok_vg[q]];
  return ng->first == q && ng->first == ng->head && w->toks.v[ng->head].penn == PT_VBN &&
         participle(w, d, ng->head);
}

/* How many tokens a reduced relative's phrase of time or place may span
 * before "and" and a second participle (speakers18). */
#define COORD_PHRASE_REACH 14

/* "had been arrested and released", "Eight people were killed and two
 * injured": a bare past participle coordinated with a passive verb group
 * shares its auxiliary, so it is passive too (the released man released no
 * one, the injured did not injure).  Between the two only "and"/"or", a
 * comma, adverbs and, after the conjunction, a short subject of its own
 * with no verb ("one", "three others", "a police officer"); a comma
 * alone inside a list that goes on ("investigated, convicted or jailed");
 * a phrase of place or time of the first before the "and" ("was arrested
 * in May and released by a judge"), when the second has no object.
 * The first must have its auxiliary, or share one itself.  Sets g->passive
 * (and g->shared_aux); returns that subject's actor, else the passive's
 * subject, else subj.  (review23: every look before and after g stays in
 * its sentence s.) */
static int32_t coordinated_participle(const acta_dict *d, struct acta_work *w,
                                      const acta_sentence *s, size_t gi, size_t vg0,
                                      int32_t subj) {
  vgroup *g = &w->vgs[gi];
  /* the tagger may read a participle inside a list as a past tense
   * ("are beaten, raped, and killed"): taken only in a list that goes on,
   * right after a comma, with nothing of its own before the next comma */
  int past_form = w->toks.v[g->head].penn == PT_VBD && g->last < s->last &&
                  (is_punct(w, g->last, ',') || is_and_or(w, g->last));
  /* ... or the second of two right after "and", with no object after it
   * (a mark, a preposition or the end: "where they are beaten and
   * raped") */
  /* (roles11: adverbs may stand after the "and": "were beaten and then
   * shot") */
  uint32_t conj = g->first;
  while (conj > s->first && conj + 3 > g->first && w->toks.v[conj - 1].tag == P_ADV) conj--;
  int pair_form = w->toks.v[g->head].penn == PT_VBD && conj > s->first &&
                  is_and_or(w, conj - 1) &&
                  (g->last >= s->last || w->toks.v[g->last].kind == TK_PUNCT ||
                   w->toks.v[g->last].tag == P_PREP);
  /* roles11: "being" shared over "and" when the tagger read the first
   * participle as a noun ("before being shot and killed"): the second is
   * a passive too, its subject the victim, not the killer */
  if (!g->passive && g->first == g->head && g->first >= s->first + 3 &&
      (w->toks.v[g->head].penn == PT_VBD || w->toks.v[g->head].penn == PT_VBN) &&
      is_and_or(w, g->first - 1) && w->toks.v[g->first - 2].tag == P_NOUN &&
      w->toks.v[g->first - 3].tag == P_AUX && w->toks.v[g->first - 3].penn == PT_VBG &&
      participle(w, d, g->head)) {
    g->passive = 1;
    g->shared_aux = 1;
    return subj;
  }
  /* fights15: a passive's auxiliary left out after ", and" and a noun
   * phrase ("Nine nurses were abducted this year, and three of them
   * killed"): the participle, with no object after it, is passive too;
   * the phrase is acted on */
  if (!g->passive && g->first == g->head && gi > vg0 && g->first > s->first + 2 &&
      (w->toks.v[g->head].penn == PT_VBD || w->toks.v[g->head].penn == PT_VBN) &&
      (g->last >= s->last || w->toks.v[g->last].kind == TK_PUNCT ||
       w->toks.v[g->last].tag == P_PREP) &&
      participle(w, d, g->head)) {
    const vgroup *pv = &w->vgs[gi - 1];
    uint32_t a = g->first;
    while (a > pv->last && g->first - a < 5 &&
           (np_tag(w->toks.v[a - 1].tag) || w->toks.v[a - 1].tag == P_PRON ||
            is_word(w, a - 1, w->cw->w_of)))
      a--;
    /* (the phrase counts people: "two of them", "three others", "four
     * nurses"; a comma before the "and"; a participle or a harm's past:
     * "and the FARC attacked in Cauca" is the FARC's act) */
    int counted = 0;
    for (uint32_t q = a; q < g->first; q++)
      counted |= w->toks.v[q].tag == P_NUM || is_vocab(w, q, V_OTHERS);
    if (a < g->first && a >= pv->last + 2 && is_and_or(w, a - 1) && is_punct(w, a - 2, ',') &&
        counted && pv->passive && pv->first != pv->head && !pv->to_inf &&
        w->toks.v[pv->first].penn != PT_VBG &&
        (w->toks.v[g->head].penn == PT_VBN ||
         acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_HARM_PARTICIPLE))) {
      g->passive = 1;
      g->shared_aux = 1;
      return w->tok_ment[g->first - 1] != NO ? w->ments[w->tok_ment[g->first - 1]].group : NO;
    }
  }
  /* fights15: the same after a passive whose participle the tagger read
   * as a noun ("were found shot and killed"): the second is passive, of
   * the passive's subject */
  if (!g->passive && g->first == g->head && g->first >= s->first + 3 &&
      (w->toks.v[g->head].penn == PT_VBD || w->toks.v[g->head].penn == PT_VBN) &&
      is_and_or(w, g->first - 1) && w->toks.v[g->first - 2].tag == P_NOUN &&
      w->toks.v[g->first - 2].vlemma != ACTA_NO_WORD && w->tok_vg[g->first - 3] != NO &&
      (size_t)w->tok_vg[g->first - 3] >= vg0 && /* (this sentence's) */
      w->vgs[w->tok_vg[g->first - 3]].passive &&
      w->vgs[w->tok_vg[g->first - 3]].last == g->first - 2 && participle(w, d, g->head)) {
    g->passive = 1;
    g->shared_aux = 1;
    return w->vgs[w->tok_vg[g->first - 3]].subject;
  }
  /* actors19: a participle that needs an object right after "while",
   * "when", "if", "until" ... with no subject nor auxiliary of its own and
   * no object after it ("received surgery while imprisoned at the
   * prison", "faces life if convicted"): a passive of the clause's
   * subject, who imprisoned no one */
  if (!g->passive && g->first == g->head && g->first > s->first &&
      tok_in(w, g->first - 1, WL_SUBORDINATOR) && !is_vocab(w, g->first - 1, V_AFTER) &&
      !is_vocab(w, g->first - 1, V_BEFORE) &&
      (w->toks.v[g->head].penn == PT_VBD || w->toks.v[g->head].penn == PT_VBN) &&
      (g->last >= s->last || w->toks.v[g->last].kind == TK_PUNCT ||
       w->toks.v[g->last].tag == P_PREP) &&
      tok_in(w, g->head, WL_OBJECT_PARTICIPLE)) {
    g->passive = 1;
    g->shared_aux = 1;
    return subj;
  }
  /* actors19: a participle that needs an object joined by "and"/"or" to
   * a predicate adjective, with no object after it ("the brothers, now
   * all dead or arrested", "are either dead or jailed"): a state, passive,
   * of the phrase the adjective tells of; the brothers arrested no one */
  if (!g->passive && g->first == g->head && conj == g->first && conj >= s->first + 2 &&
      (w->toks.v[g->head].penn == PT_VBD || w->toks.v[g->head].penn == PT_VBN) &&
      is_and_or(w, conj - 1) &&
      (g->last >= s->last || w->toks.v[g->last].kind == TK_PUNCT ||
       w->toks.v[g->last].tag == P_PREP) &&
      w->toks.v[conj - 2].tag == P_ADJ && w->tok_ment[conj - 2] == NO &&
      tok_in(w, g->head, WL_OBJECT_PARTICIPLE)) {
    g->passive = 1;
    g->shared_aux = 1;
    return subj;
  }
  if (gi == vg0 || g->passive || g->first != g->head ||
      (w->toks.v[g->head].penn != PT_VBN && !past_form && !pair_form) ||
      !participle(w, d, g->head))
    return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  /* a passive with its auxiliary ("were killed"), not a participle read
   * as one ("some of their members trained and armed the Zetas") */
  /* (targets10: or a bare participle read as a passive, a reduced
   * relative, when the second names its agent: "three companies linked to
   * the cartel and blacklisted by the US Treasury") */
  int agent_after = w->toks.v[g->head].penn == PT_VBN && g->last + 1 < s->last &&
                    is_word(w, g->last, w->cw->w_by) && w->tok_ment[g->last + 1] != NO;
  /* fights15: a bare participle read as a passive, then "and" and a
   * second with no object after it ("has seen a mayor tortured and
   * killed", "were found shot and killed execution style"): the second
   * is passive too, of the same subject ("trained and armed the Zetas",
   * with an object, stays active); prec48b: or the verb of the phrase the
   * pair qualifies right after it ("the men kidnapped and killed last
   * month were buried") */
  uint32_t pair_end = past_time_phrase(w, g->last, s->last); /* "this year" */
  if (pg->passive && pg->first == pg->head && !pg->to_inf && conj > s->first &&
      pg->last + 1 == conj && is_and_or(w, conj - 1) &&
      (pair_end >= s->last || w->toks.v[pair_end].kind == TK_PUNCT ||
       w->toks.v[pair_end].tag == P_PREP || w->toks.v[pair_end].tag == P_ADV ||
       w->toks.v[pair_end].tag == P_NOUN ||
       (!d->keds_only && finite_group_at(w, pair_end)))) {
    g->passive = 1;
    g->shared_aux = 1;
    return pg->subject;
  }
  /* speakers18: "a Salvadoran businessman arrested this year in Guatemala
   * City, and accused of belonging to a network": a bare participle read as
   * a passive (a reduced relative), a phrase of time or place of its own
   * (no verb: prepositions, nouns, names, numbers, adverbs, a comma), then
   * "and" and a participle with "of", "for" or "with" and no object after it
   * (accused of, charged with, wanted for): the second is passive too, of
   * the same phrase; the one accused accuses no one */
  if (pg->passive && pg->first == pg->head && !pg->to_inf && conj > pg->last + 1 &&
      conj - pg->last <= COORD_PHRASE_REACH && is_and_or(w, conj - 1) &&
      w->toks.v[g->head].penn == PT_VBN && charge_follows(w, s, g)) {
    uint32_t q = pg->last;
    while (q + 1 < conj && w->tok_vg[q] == NO &&
           (np_tag(w->toks.v[q].tag) || w->toks.v[q].tag == P_PREP ||
            w->toks.v[q].tag == P_NUM || w->toks.v[q].tag == P_ADV ||
            w->toks.v[q].tag == P_POSS || is_punct(w, q, ',')))
      q++;
    if (q + 1 == conj) {
      g->passive = 1;
      g->shared_aux = 1;
      return pg->subject;
    }
  }
  if (!pg->passive ||
      (pg->first == pg->head && !pg->shared_aux && !pg->appositive && !agent_after) ||
      pg->last >= g->first)
    return subj;
  if (pair_form && !past_form && w->toks.v[g->head].penn != PT_VBN) {
    if (conj != pg->last + 1 || pg->first == pg->head) return subj;
    g->passive = 1;
    g->shared_aux = 1;
    return pg->subject != NO ? pg->subject : subj;
  }
  /* nor a passive that is not finite ("the risk of being captured or
   * convicted", "set up to be arrested or killed"): what the first is not,
   * the second is not either, and the stages that judge it see the first */
  unsigned pf = w->toks.v[pg->first].penn;
  /* (fights15: but a participle joined to "being ..." by a comma or
   * "and" is that passive's too, its subject the one acted on: "reports
   * of migrants being killed, kidnapped and extorted" make no migrant a
   * kidnapper) */
  /* (actors29: and so is one joined to a passive infinitive: "the
   * officials to be investigated, tried, and sentenced" sentenced no one) */
  if ((pf == (unsigned)PT_VBG || pg->to_inf) &&
      (w->toks.v[g->head].penn == PT_VBN || (pg->to_inf && past_form))) {
    uint32_t r = pg->last;
    while (r < g->first && (w->toks.v[r].tag == P_ADV || is_and_or(w, r) ||
                            (w->toks.v[r].kind == TK_PUNCT && w->toks.v[r].punct == ',')))
      r++;
    if (r == g->first && g->first - pg->last <= 3) {
      g->passive = 1;
      g->shared_aux = 1;
      return pg->subject;
    }
  }
  if (pg->to_inf || pf == (unsigned)PT_VBG) return subj;
  uint32_t q = pg->last;
  while (q < g->first && (w->toks.v[q].tag == P_ADV ||
                          (w->toks.v[q].kind == TK_PUNCT && w->toks.v[q].punct == ',')))
    q++;
  /* a list: "have been investigated, convicted or jailed" -- a comma
   * alone joins a participle that the list goes on after */
  if (q == g->first && q > pg->last &&
      (list_goes_on(d, w, s, g) || (is_punct(w, q - 1, ',') && charge_follows(w, s, g)))) {
    g->passive = 1;
    g->shared_aux = 1;
    g->appositive = pg->appositive;
    return pg->subject != NO || pg->appositive ? pg->subject : subj;
  }
  if (past_form && w->toks.v[g->head].penn != PT_VBN) return subj;
  /* "was arrested in May and released by a judge": the first's phrase of
   * place or time may stand before "and" when the second has no object
   * (a preposition, a mark or the end after it) */
  /* (roles9: a time phrase after an adverb, "was arrested earlier this
   * year, accused of") */
  if (q < g->first &&
      (q == pg->last || (q == pg->last + 1 && w->toks.v[pg->last].tag == P_ADV &&
                         time_phrase_at(w, q))) &&
      (w->toks.v[q].tag == P_PREP || w->toks.v[q].tag == P_TO || time_phrase_at(w, q)) &&
      /* "equipped with cameras and patrolled"; actors19: but a charge's
       * "with" before a participle that needs an object ("was charged with
       * homicide and sentenced to 35 years": sentenced no one) */
      (!is_word(w, q, w->cw->w_with) || tok_in(w, g->head, WL_OBJECT_PARTICIPLE)) &&
      (g->last >= s->last || w->toks.v[g->last].tag == P_PREP ||
       w->toks.v[g->last].tag == P_TO || w->toks.v[g->last].kind == TK_PUNCT)) {
    uint32_t r = q + 1;
    while (r < g->first && r < q + FIRST_PHRASE_REACH &&
           (np_tag(w->toks.v[r].tag) || w->toks.v[r].tag == P_NUM ||
            w->toks.v[r].tag == P_PREP || w->toks.v[r].tag == P_TO))
      r++;
    if (r < g->first && is_and_or(w, r)) q = r;
    /* roles9: ", and" closing a relative clause whose passive it goes on
     * ("a judge, who was later suspended from his post, and arrested on
     * charges of") */
    else if (r + 2 == g->first && is_punct(w, r, ',') && is_and_or(w, r + 1) &&
             pg->first > s->first && w->toks.v[pg->first - 1].tag == P_WH)
      q = r + 1;
    /* "was assaulted in her newsroom, bound to a stool and beaten by": a
     * list that goes on */
    else if (r + 1 == g->first && is_punct(w, r, ',') &&
             (list_goes_on(d, w, s, g) || charge_follows(w, s, g))) {
      g->passive = 1;
      g->shared_aux = 1;
      g->appositive = pg->appositive;
      return pg->subject != NO || pg->appositive ? pg->subject : subj;
    }
  }
  if (q >= g->first || !is_and_or(w, q)) return subj;
  q++;
  while (q < g->first && w->toks.v[q].tag == P_ADV) q++;
  int32_t own = NO;
  uint32_t np0 = q;
  while (q < g->first && q - np0 < GAPPED_SUBJECT_REACH &&
         np_tag(w->toks.v[q].tag)) {
    if (own == NO && w->tok_ment[q] != NO) own = w->ments[w->tok_ment[q]].group;
    q++;
  }
  while (q < g->first && w->toks.v[q].tag == P_ADV) q++;
  if (q != g->first) return subj;
  g->passive = 1;
  g->shared_aux = 1;
  if (own != NO) return own;
  /* "The ex-mayor, arrested and jailed in May, ...": the list's phrase */
  g->appositive = pg->appositive;
  return pg->subject != NO || pg->appositive ? pg->subject : subj;
}

/* An infinitive without a subject: "X plans to attack": X; "urged X to": X
 * (object control).  KEDS: not "a pleasant place to visit" (the infinitive
 * of a noun). */
static int32_t infinitive_subject(const acta_dict *d, const struct acta_work *w,
                                  const acta_sentence *s, size_t gi, size_t vg0,
                                  int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  int noun_inf = d->keds_only && g->first >= s->first + 2 &&
                 np_tag(w->toks.v[g->first - 2].tag) &&
                 w->tok_ment[g->first - 2] == NO;
  if (subj == NO && g->to_inf && gi > vg0 && !noun_inf) {
    const vgroup *pg = &w->vgs[gi - 1];
    int32_t obj = NO;
    if (g->first >= s->first + 2 && w->tok_ment[g->first - 2] != NO)
      obj = w->ments[w->tok_ment[g->first - 2]].group;
    subj = obj != NO ? obj : pg->subject;
  }
  return subj;
}

/* targets10: "The six men stand accused of fraud", "who stands charged
 * with murder", "stood convicted": a participle right after "stand" is a
 * passive of stand's subject (the accused, no accuser).  Sets g->passive;
 * returns subj. */
static int32_t stand_participle(struct acta_work *w, size_t gi, size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->passive || g->first != g->head || g->first == 0) return subj;
  unsigned hp = w->toks.v[g->head].penn;
  if (hp != PT_VBN && hp != PT_VBD) return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->last != g->first || !acta_lemma_is(w->toks.v[g->first - 1].vlemma, w->cw->l_stand)) return subj;
  g->passive = 1;
  return pg->subject != NO ? pg->subject : subj;
}

/* passives32: "workers feel targeted by the security forces", "the
 * farmers remain threatened by armed groups", "the three men found
 * themselves surrounded by officers": a bare participle right after a verb
 * that links its subject to a state (WL6_LINK_PASSIVE_VERB: feel, remain,
 * seem, appear, become, get; "find" only with "themselves" between), with
 * "by" and an actor after it, is a passive of that verb's subject, the one
 * acted on; the by-agent is the doer.  Sets g->passive; returns subj. */
static inline int may_link_participle(const struct acta_work *w, const vgroup *g, size_t gi,
                                      size_t vg0);
static int32_t link_participle(struct acta_work *w, const acta_sentence *s, size_t gi,
                               size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  /* (its gate's test first, the shape gates below) */
  if (!may_link_participle(w, g, gi, vg0) || g->last + 1 >= s->last ||
      !is_word(w, g->last, w->cw->w_by) || w->tok_ment[g->last + 1] == NO)
    return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  /* (its subject an actor: "routes are becoming increasingly targeted by
   * the authorities" tells a trend of things, and nobody's role is
   * turned round there) */
  if (pg->to_inf || pg->head >= s->last || pg->subject == NO) return subj;
  uint32_t lemma = w->toks.v[pg->head].vlemma;
  if (!acta_lemma_in6(w->cw, lemma, (uint32_t)WL6_LINK_PASSIVE_VERB)) return subj;
  /* (adverbs may stand between: "feel unfairly targeted by") */
  uint32_t q = pg->last;
  int self = q < g->first && tok_in4(w, q, WL4_SELF_WORD);
  if (self) q++;
  while (q < g->first && q < pg->last + 4 && w->toks.v[q].tag == P_ADV) q++;
  if (q != g->first || (acta_lemma_is(lemma, w->cw->l_find) && !self)) return subj;
  g->passive = 1;
  return pg->subject;
}

/* passives32: "..., as claimed by US officials last March, ...", "As
 * noted by prosecutors, ...": a bare participle right after "as" (itself
 * after a comma, a dash or the sentence's start) with "by" and an actor
 * after it is a passive whose doer is that actor (as the officials
 * claimed), no subject of its own: not the clause's subject ("US aid
 * money ..., as claimed by" claimed nothing).  Sets g->passive; returns
 * subj, or NO when it applies. */
static int32_t as_by_participle(struct acta_work *w, const acta_sentence *s, uint32_t lo,
                                vgroup *g, int32_t subj) {
  if (g->passive || g->first != g->head || g->first <= lo || g->last + 1 >= s->last ||
      !is_word(w, g->first - 1, w->cw->w_as) || !is_word(w, g->last, w->cw->w_by) ||
      w->tok_ment[g->last + 1] == NO)
    return subj;
  unsigned hp = w->toks.v[g->head].penn;
  if ((hp != PT_VBN && hp != PT_VBD) || !tok_ends(w, g->head, "ed")) return subj;
  uint32_t a = g->first - 1;
  if (!(a == s->first || is_punct(w, a - 1, ',') || is_punct(w, a - 1, '-'))) return subj;
  g->passive = 1;
  return NO;
}

/* prec41e: "police arrested two notaries for kidnapping a banker": the
 * object of a verb of holding or charging (WL5_HOLD_VERB,
 * WL5_CHARGED_VERB) that no dictionary codes, right before the charge's
 * preposition (pp), does the gerund, as an allegation the holder reports:
 * no actor, not the holder.  Its words (nouns, adjectives, determiners,
 * numbers: five at most) lead back to the verb's group.  Returns NO when
 * so, subj otherwise. */
static int32_t held_object_gerund(struct acta_work *w, const acta_sentence *s, vgroup *g,
                                  uint32_t pp, int32_t subj) {
  uint32_t q = pp;
  while (q > s->first && pp - q < 5 && w->tok_vg[q - 1] == NO && w->tok_ment[q - 1] == NO) {
    uint8_t t = w->toks.v[q - 1].tag;
    if (t != P_NOUN && t != P_ADJ && t != P_DET && t != P_NUM) return subj;
    q--;
  }
  if (q == pp || q == s->first || w->tok_vg[q - 1] == NO ||
      w->toks.v[pp - 1].tag != P_NOUN)
    return subj;
  const vgroup *av = &w->vgs[w->tok_vg[q - 1]];
  uint32_t lem = w->toks.v[av->head].vlemma;
  if (av->passive || av->head != q - 1 || lem == ACTA_NO_WORD ||
      !(acta_lemma_in5(w->cw, lem, (uint32_t)WL5_HOLD_VERB) ||
        acta_lemma_in5(w->cw, lem, (uint32_t)WL5_CHARGED_VERB)))
    return subj;
  acta_trace(w, "  subject: the one \"%s\" holds or charges, no actor, does the gerund: "
             "alleged\n", norm(w, av->head));
  g->alleged = 1;
  if (av->subject != NO) g->accuser = acta_accuser_frame(w, av->subject);
  return NO;
}

/* prec42a: "officials accuse the drug lord as rejoining the trade": is
 * token pp an "as" after the object of a verb of charge (WL4_CHARGE_VERB)
 * right before it?  It is that verb's "of". */
static int accused_as(const struct acta_work *w, const acta_sentence *s, uint32_t pp) {
  if (pp < s->first + 2 || !is_vocab(w, pp, V_AS)) return 0;
  int32_t om = w->tok_ment[pp - 1];
  if (om == NO) return 0;
  uint32_t f = w->ments[w->ments[om].group].first;
  if (f <= s->first || w->tok_vg[f - 1] == NO) return 0;
  const vgroup *v = &w->vgs[w->tok_vg[f - 1]];
  return !v->passive &&
         acta_lemma_in4(w->cw, w->toks.v[v->head].vlemma, (uint32_t)WL4_CHARGE_VERB);
}

/* "accused Iran of supplying drones": the object before the preposition
 * ("of", "for", "with": not "replaced the US in providing aid") does the
 * gerund, as an allegation (g->alleged) the accuser reports
 * (g->accuser). */
static int32_t accused_subject(const acta_dict *d, struct acta_work *w,
                               const acta_sentence *s, vgroup *g, int32_t subj) {
  /* prec41e: "arrested two men for allegedly kidnapping": one adverb
   * between the preposition and the gerund */
  if (g->first < s->first + 2) return subj;
  uint32_t pp = g->first >= s->first + 3 && w->toks.v[g->first - 1].tag == P_ADV
                    ? g->first - 2 : g->first - 1;
  if (w->toks.v[g->first].tag == P_VERB &&
      ((w->toks.v[pp].tag == P_PREP && acta_charge_prep(w, pp)) ||
       (!d->keds_only && accused_as(w, s, pp)))) { /* review-prec42a #4: acta's own */
    size_t hl = w->toks.v[g->first].norm_len;
    int32_t om = w->tok_ment[pp - 1];
    if (hl > 3 && tok_ends(w, g->first, "ing") && om != NO &&
        w->ments[w->ments[om].group].after_verb) {
      subj = w->ments[om].group;
      g->alleged = 1;
      /* the accuser reports it: the subject of the verb before */
      uint32_t gfirst = w->ments[w->ments[om].group].first;
      if (gfirst > s->first && w->tok_vg[gfirst - 1] != NO) {
        const vgroup *av = &w->vgs[w->tok_vg[gfirst - 1]];
        if (av->subject != NO) g->accuser = acta_accuser_frame(w, av->subject);
      }
    } else if (hl > 3 && tok_ends(w, g->first, "ing") && om == NO) {
      subj = held_object_gerund(w, s, g, pp, subj);
    }
  }
  return subj;
}

/* Is token q "of", "for" or "with" before an "-ing" form the tagger read
 * as a noun ("accused of financing and supporting")? */
static int prep_ing_noun(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  return q + 1 < s->last && acta_charge_prep(w, q) && w->toks.v[q + 1].tag == P_NOUN &&
         w->toks.v[q + 1].norm_len > 4 && tok_ends(w, q + 1, "ing");
}

/* "accused of kidnapping 17 people and demanding ransom", "suspected of
 * kidnapping three students and killing them", "accused of financing and
 * supporting": an "-ing" form that goes on with the list of an
 * allegation's "-ing" form (objects between; the first read as a verb
 * group or as a noun) is alleged too, of the same subject (invented12). */
static int32_t listed_allegation(const acta_dict *d, struct acta_work *w,
                                 const acta_sentence *s, size_t gi, size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->alleged || g->raised) return subj;
  const vgroup *pg = acta_listed_gerund_before(w, s, g);
  if (pg && pg >= &w->vgs[vg0]) {
    if (!pg->alleged && !pg->raised) return subj;
    g->alleged = pg->alleged;
    g->raised = pg->raised;
    g->accuser = pg->accuser;
    return pg->subject != NO ? pg->subject : subj;
  }
  if (pg || g->last - g->first != 1 || w->toks.v[g->head].penn != PT_VBG ||
      g->first < s->first + 3 || !is_and_or(w, g->first - 1))
    return subj;
  /* back to the verb group before, over at most 12 tokens and no mark
   * but a comma */
  uint32_t q = g->first - 1;
  while (q > s->first && g->first - q < 12 && w->tok_vg[q - 1] == NO) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT && tk->punct != ',') return subj;
    q--;
  }
  if (q == s->first || w->tok_vg[q - 1] == NO || w->tok_vg[q - 1] < (int32_t)vg0) return subj;
  const vgroup *av = &w->vgs[w->tok_vg[q - 1]];
  if (av->scope != g->scope) return subj;
  /* "is accused of financing and supporting": the raising passive's
   * status, of its subject */
  if (av->passive && prep_ing_noun(w, s, q)) {
    int rs = acta_raising_status(d, w->toks.v[av->head].vlemma);
    if (rs < 0) return subj;
    g->raised = (uint8_t)(rs + 1);
    return av->subject != NO ? av->subject : subj;
  }
  /* "accused the mayor of taking bribes and protecting the cartel": the
   * object before the preposition (accused_subject), after a verb of
   * accusation or suspicion */
  if (av->passive || acta_raising_status(d, w->toks.v[av->head].vlemma) < 0) return subj;
  for (uint32_t p = q + 1; p + 1 < g->first && p < q + 8; p++) {
    if (!prep_ing_noun(w, s, p)) continue;
    int32_t om = w->tok_ment[p - 1];
    if (om == NO || !w->ments[w->ments[om].group].after_verb) return subj;
    g->alleged = 1;
    if (av->subject != NO) g->accuser = acta_accuser_frame(w, av->subject);
    return w->ments[om].group;
  }
  return subj;
}

/* invented32: "have been accused of selling guns to criminals, using
 * excessive force and working with organized crime", "accused the army of
 * torturing detainees, killing farmers and burning homes": an "-ing" form
 * after a comma alone that goes on with the list of an allegation's "-ing"
 * form (acta_listed_gerund_comma) is alleged too, of the same subject, when
 * the list goes on to an "and"/"or" (up to four members on: a comma list
 * that ends in one, not a participle of what followed: "accused of killing
 * two farmers, sparking protests"). */
#define COMMA_LIST_REACH 4
static inline int may_comma_listed_allegation(const struct acta_work *w, const acta_sentence *s,
                                              const vgroup *g, size_t gi, size_t vg0);
static int32_t comma_listed_allegation(struct acta_work *w, const acta_sentence *s,
                                       vgroup *g, size_t gi, size_t vg0, int32_t subj) {
  /* (its gate's test first, the shape gates below) */
  if (!may_comma_listed_allegation(w, s, g, gi, vg0)) return subj;
  const vgroup *pg = acta_listed_gerund_comma(w, s, g);
  if (!pg || pg < &w->vgs[vg0] || (!pg->alleged && !pg->raised)) return subj;
  /* the list ends in "and"/"or": the next members are lone "-ing" forms
   * with their objects between and no mark but a comma (the groups after
   * g have no scope yet: not acta_listed_gerund_comma) */
  const vgroup *at = g, *end = w->vgs + w->nvgs;
  int closed = 0;
  for (int k = 0; k < COMMA_LIST_REACH && !closed && at + 1 < end; k++, at++) {
    const vgroup *ng = at + 1;
    if (ng->last - ng->first != 1 || w->toks.v[ng->head].penn != PT_VBG ||
        ng->first <= at->last || ng->first - at->last > 12 || ng->first >= s->last)
      break;
    int gap_ok = 1;
    for (uint32_t q = at->last; q + 1 < ng->first && gap_ok; q++)
      gap_ok = w->tok_vg[q] == NO && (w->toks.v[q].kind != TK_PUNCT || is_punct(w, q, ','));
    if (!gap_ok) break;
    if (is_and_or(w, ng->first - 1)) closed = 1;
    else if (!is_punct(w, ng->first - 1, ',')) break;
  }
  if (!closed) return subj;
  acta_trace(w, "  subject: a comma list goes on with an allegation's -ing form: alleged too\n");
  g->alleged = pg->alleged;
  g->raised = pg->raised;
  g->accuser = pg->accuser;
  return pg->subject != NO ? pg->subject : subj;
}

/* prec41e: "accused the navy of taxing fishermen so as to let them sail
 * and shielding smugglers": a lone "-ing" form after
 * "and"/"or" that goes on an alleged "-ing" form (or one a raising verb
 * gives its status) past that form's purpose -- the groups between all
 * "to" infinitives or bare verbs after one, the first right after "to" --
 * is the same doer's act with the same status.  At most PURPOSE_REACH
 * tokens back, no mark but a comma between. */
#define PURPOSE_REACH 24
static int32_t allegation_past_purpose(struct acta_work *w, const acta_sentence *s, size_t gi,
                                       size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (gi < vg0 + 2 || g->alleged || g->raised || g->last - g->first != 1 ||
      w->toks.v[g->head].penn != PT_VBG || g->first <= s->first || !is_and_or(w, g->first - 1))
    return subj;
  size_t k = gi - 1;
  int chain = 0;
  /* (mend41e: the walk itself stays within PURPOSE_REACH tokens) */
  while (k > vg0 && g->first - w->vgs[k].first <= PURPOSE_REACH &&
         (w->vgs[k].to_inf || (w->vgs[k].first == w->vgs[k].head &&
                               (w->toks.v[w->vgs[k].head].penn == PT_VB ||
                                w->toks.v[w->vgs[k].head].penn == PT_VBP)))) {
    k--;
    chain++;
  }
  const vgroup *pg = &w->vgs[k];
  if (!chain || !w->vgs[k + 1].to_inf || (!pg->alleged && !pg->raised) ||
      pg->last - pg->first != 1 || w->toks.v[pg->head].penn != PT_VBG ||
      pg->scope != g->scope || g->first - pg->last > PURPOSE_REACH)
    return subj;
  /* mend41e: "accusing the police of clubbing marchers to disperse them
   * and demanding an inquiry": when the accusing verb is itself an "-ing"
   * form, a verb of saying or asking after "and" is the accuser's own */
  if (k > vg0 && w->toks.v[w->vgs[k - 1].head].penn == PT_VBG &&
      acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_SAYING_VERB))
    return subj;
  for (uint32_t q = pg->last; q + 1 < g->first; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT && tk->punct != ',') return subj;
  }
  acta_trace(w, "  subject: goes on an alleged \"-ing\" form past its purpose: alleged too\n");
  g->alleged = pg->alleged;
  g->raised = pg->raised;
  g->accuser = pg->accuser;
  return pg->subject != NO ? pg->subject : subj;
}

/* "X is believed to have V-ed", "X is suspected of V-ing": the subject of
 * the raising verb, with its status (g->raised). */
static int32_t raised_subject(const acta_dict *d, struct acta_work *w,
                              const acta_sentence *s, size_t gi, size_t vg0,
                              int32_t subj) {
  vgroup *g = &w->vgs[gi];
  /* "has been accused of, among other things, selling": an aside between
   * commas after the preposition (8 words at most, no verb; sources12) */
  uint32_t at = g->first;
  if (!d->keds_only && gi > vg0 && at > s->first + 3 && is_punct(w, at - 1, ',')) {
    for (uint32_t q = at - 1; q > s->first + 2 && at - q < 9; q--) {
      if (w->tok_vg[q - 1] != NO) break;
      if (is_punct(w, q - 1, ',')) {
        if (w->toks.v[q - 2].tag == P_PREP) at = q - 1;
        break;
      }
    }
  }
  if (at >= s->first + 2 && gi > vg0 && w->toks.v[at - 1].tag == P_PREP &&
      w->tok_vg[at - 2] == (int32_t)(gi - 1) && w->vgs[gi - 1].passive) {
    int rs = acta_raising_status(d, w->toks.v[w->vgs[gi - 1].head].vlemma);
    if (rs >= 0) {
      subj = w->vgs[gi - 1].subject;
      g->raised = (uint8_t)(rs + 1);
    }
  }
  return subj;
}

/* sources12: "accused of kidnapping 17 people and demanding ransoms",
 * "accused the mayor of taking bribes and helping the gang", "has been
 * accused of financing and supporting rebel groups": a gerund after
 * "and"/"or" that goes on from an accused, suspected or denied gerund (its
 * object between, no verb nor other mark than a comma, 12 words at most)
 * or from the raising verb's "of" or a denial verb and a first "-ing" word
 * the tagger took for a noun ("denied arming and training the rebels") is
 * the same doer's act with the same status (g->raised, g->alleged,
 * g->accuser). */
static int32_t coordinated_gerund(const acta_dict *d, struct acta_work *w, size_t gi,
                                  size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->first != g->head || g->first < 2 || !tok_ends(w, g->head, "ing") ||
      !is_and_or(w, g->first - 1))
    return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->last >= g->first || g->first - pg->last > 12) return subj;
  for (uint32_t q = pg->last; q + 1 < g->first; q++)
    if (w->toks.v[q].kind == TK_PUNCT && !is_punct(w, q, ',')) return subj;
  if (pg->first == pg->head && tok_ends(w, pg->head, "ing") && (pg->raised || pg->alleged) &&
      pg->subject != NO) {
    g->raised = pg->raised;
    g->alleged = pg->alleged;
    g->accuser = pg->accuser;
    return pg->subject;
  }
  /* "has been accused of financing and supporting" */
  if (pg->passive && pg->subject != NO && pg->last + 2 == g->first - 1 &&
      w->toks.v[pg->last].tag == P_PREP && tok_ends(w, pg->last + 1, "ing")) {
    int rs = acta_raising_status(d, w->toks.v[pg->head].vlemma);
    if (rs >= 0) {
      g->raised = (uint8_t)(rs + 1);
      return pg->subject;
    }
  }
  /* "Iran denied arming and training the rebels" */
  uint32_t rv;
  const acta_token *ph = &w->toks.v[pg->head];
  if (!pg->passive && pg->subject != NO && pg->last + 1 == g->first - 1 &&
      tok_ends(w, pg->last, "ing") && ph->vlemma != ACTA_NO_WORD &&
      acta_u64map_get(&d->report, ph->vlemma, &rv) && (int)(rv >> 24) == ACTA_DENIED) {
    g->raised = (uint8_t)(acta_negated_denial_status(w, pg, ACTA_DENIED) + 1); /* claims35 */
    return pg->subject;
  }
  return subj;
}

/* Is verb group gi the reporting verb of a frame whose speaker was a
 * pronoun ("It said", claims.c)? */
static int speaker_by_pronoun(const struct acta_work *w, size_t gi) {
  for (size_t f = 0; f < w->nframes; f++)
    if (w->frames[f].vg == (int32_t)gi) return w->frames[f].by_pronoun;
  return 0;
}

/* "Iran denied supplying drones to Russia": a gerund right after a
 * denial verb is the denier's act, denied (g->raised). */
static int32_t denied_gerund_subject(const acta_dict *d, struct acta_work *w,
                                     size_t gi, size_t vg0, int32_t subj) {
  vgroup *g = &w->vgs[gi];
  if (subj != NO || gi == vg0 || d->keds_only) return subj;
  const vgroup *pg = &w->vgs[gi - 1];
  uint32_t rv;
  const acta_token *ph = &w->toks.v[pg->head];
  if (pg->last != g->first || g->first != g->head || pg->passive ||
      !tok_ends(w, g->head, "ing") || ph->vlemma == ACTA_NO_WORD ||
      !acta_u64map_get(&d->report, ph->vlemma, &rv) || (int)(rv >> 24) != ACTA_DENIED)
    return subj;
  g->raised = (uint8_t)(acta_negated_denial_status(w, pg, ACTA_DENIED) + 1); /* claims35 */
  return pg->subject;
}

/* Is the phrase right before verb group g a noun phrase that names no
 * actor, with nothing before it that could make it part of a larger
 * subject (a preposition: "police in the city")?  Then it is the verb's
 * subject, and the verb has no actor for one: "a dam that Tzul and her
 * allies had been protesting" is not protested by the government named
 * earlier.  Coordinated phrases ("Caceres and her cohorts") count as one.
 * Returns 2 when a comma (or a quotation's closing mark after one) opens
 * the phrase's clause, 1 for the other shapes, 0 when not so. */
int acta_bare_subject_before(const struct acta_work *w, uint32_t pos,
                             uint32_t lo) {
  uint32_t q = pos;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo) return 0;
  int tag = w->toks.v[q - 1].tag;
  if ((tag != P_NOUN && tag != P_PROPN) || w->tok_ment[q - 1] != NO) return 0;
  uint32_t b = q - 1;
  int crossed = 0; /* prec45e: a preposition inside the phrase */
  for (int guard = 0; guard < 24 && b > lo; guard++) {
    const acta_token *t = &w->toks.v[b - 1];
    if (w->tok_ment[b - 1] != NO) return 0; /* an actor within: not bare */
    if (t->tag == P_NOUN || t->tag == P_PROPN || t->tag == P_ADJ ||
        t->tag == P_DET || t->tag == P_NUM || t->tag == P_POSS ||
        (t->tag == P_CONJ && is_and_or(w, b - 1))) {
      b--;
      continue;
    }
    /* prec45e: "where hunger for dollars was providing", "where demand
     * for drugs has helped": a noun's own preposition, no actor in the
     * whole phrase */
    if (t->tag == P_PREP && b - 1 > lo) {
      crossed = 1;
      b--;
      continue;
    }
    break;
  }
  /* (prec45e: a phrase that opens with its preposition is an aside or a
   * place, ", in a statement, denied"; one after a verb may be that
   * verb's object and its place, "the men arrested in the operation
   * confessed": not bare) */
  if (crossed && (w->toks.v[b].tag == P_PREP || b <= lo ||
                  w->toks.v[b - 1].tag == P_VERB || w->toks.v[b - 1].kind == TK_PUNCT))
    return 0;
  /* (nor a part of a group named before, "one of the others", "some of
   * the men": no noun before the first preposition) */
  if (crossed) {
    uint32_t k = b;
    while (k < q && w->toks.v[k].tag != P_PREP && w->toks.v[k].tag != P_NOUN &&
           w->toks.v[k].tag != P_PROPN)
      k++;
    if (k >= q || w->toks.v[k].tag == P_PREP) return 0;
  }
  if (b <= lo) return 1;
  const acta_token *before = &w->toks.v[b - 1];
  /* actors39: "Agents investigating the murder arrested two men": the
   * phrase is the object of an "-ing" form qualifying the actor right
   * before it (a reduced relative), not the verb's subject, which is that
   * actor.  Not after a noun that names no actor ("a drone carrying
   * explosives struck a base"): returning 0 there would not make that
   * noun the subject but let an actor further back (a reporter) take the
   * verb */
  if (before->tag == P_VERB && before->penn == PT_VBG && b - 1 > lo && w->tok_ment[b - 2] != NO)
    return 0;
  /* actors39: "When the guard refused, 'Fine,' the visitor drew a knife":
   * a quotation's closing mark after its comma closes a clause as the
   * comma does */
  if (before->kind == TK_PUNCT && (before->punct == '\'' || before->punct == '"') && b - 1 > lo &&
      is_punct(w, b - 2, ','))
    return 2;
  /* a clause after a comma (2: the phrase opens its clause) */
  if (before->kind == TK_PUNCT && (before->punct == ',' || before->punct == ';')) return 2;
  /* a relative clause, a verb, a subordinator */
  return before->tag == P_THAT || before->tag == P_WH || before->tag == P_VERB;
}

/* sources12: is the phrase right before active verb group g (adverbs
 * between) an actor's phrase that only names a thing the actor has or one
 * of its words modifies ("Bolivia's drug exports mostly supply ...", "the
 * government's crackdown has displaced ...", "the culture of the police
 * encourages ...": a modifier, mentions.c), opening its clause as a bare
 * subject does (acta_bare_subject_before) or after "and", "but"?  Then the verb's subject names
 * no actor: it is not an actor further back. */
static int modifier_subject_before(const struct acta_work *w, const vgroup *g, uint32_t lo) {
  if (g->passive) return 0;
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo || w->tok_ment[q - 1] == NO) return 0;
  const mention *m = &w->ments[w->tok_ment[q - 1]];
  if (!m->modifier || m->absorbed || m->after_prep || m->after_verb || m->last != q ||
      m->group != w->tok_ment[q - 1] || m->next_in_group != NO)
    return 0;
  if (m->first <= lo) return 1;
  const acta_token *before = &w->toks.v[m->first - 1];
  return before->tag == P_THAT || before->tag == P_WH || before->tag == P_CONJ ||
         (before->kind == TK_PUNCT && (before->punct == ',' || before->punct == ';')) ||
         before->tag == P_VERB;
}

/* sources12: is verb group g finite -- a modal or an auxiliary opening it,
 * or a head in the present or past ("reveals", "said"), not a participle
 * or an infinitive? */
int acta_finite_group(const struct acta_work *w, const vgroup *g) {
  if (g->to_inf) return 0;
  int t = w->toks.v[g->first].tag;
  if (t == P_AUX || t == P_MODAL) return 1;
  unsigned p = w->toks.v[g->head].penn;
  return p == PT_VBZ || p == PT_VBD || p == PT_VBP;
}

/* Is verb group g a lone "-ing" form right after a comma ("..., saying
 * that", "..., firing shots")? */
int acta_comma_participle(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  return g->last - g->first == 1 && w->toks.v[g->head].penn == PT_VBG && g->first > s->first &&
         is_punct(w, g->first - 1, ',');
}

/* speakers15: "Herrera mentioned the minister and former Vice President El
 * Aissami, claiming his involvement", '"...," Melendez said, adding that
 * ...': an "-ing" verb of saying or asking right after a comma is said by
 * the subject of the finite verb right before it, never by an actor that
 * verb acts on (after its head) nor by one inside the words it quotes
 * (another frame).  That subject may be no actor (an unknown name): then
 * the saying has none.  Not after a passive (its agent speaks:
 * passive_agent_participle).  Returns the subject, else subj. */
static int32_t saying_ing_subject(const struct acta_work *w, size_t gi, size_t vg0,
                                  int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (subj == NO || gi == vg0 || g->first != g->head ||
      w->toks.v[g->head].penn != PT_VBG || !is_punct(w, g->first - 1, ',') ||
      !acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_SAYING_VERB))
    return subj;
  const vgroup *k = &w->vgs[gi - 1];
  if (!acta_finite_group(w, k) || k->passive || k->subject == subj) return subj;
  const mention *m = &w->ments[subj];
  int acted_on = m->first > k->head && m->last < g->first;
  int quoted = m->last <= k->first && w->tok_scope[m->first] != w->tok_scope[g->first];
  if (!acted_on && !quoted) return subj;
  acta_trace((struct acta_work *)w, "  subject: \"%s\" is said by the subject of \"%s\" (%s)\n",
             norm(w, g->head), norm(w, k->head),
             k->subject != NO ? w->ments[k->subject].code : "no actor");
  return k->subject;
}

/* How far the "that" of a said clause may stand after the verb that says
 * it ("reiterated his frequent claims that", "expressed little confidence
 * that"). */
#define SAID_THAT_REACH 6
/* How far before the actor found the "that" of the said clause may stand. */
#define SAID_CLAUSE_REACH 40

/* actors29: "Arzu said that Guatemala was suffering an invasion, and
 * accused the three previous governments", "They expressed little confidence
 * that the administration is paying attention, and warned that ...": a
 * verb of saying after ", and" (or a closing quotation mark and "and")
 * whose nearest actor opens the "that" clause of an earlier verb in the
 * same tense is that verb's second act: its subject is that verb's (an
 * actor or none).  Its scope stays the frame the words after that verb
 * open (its object is found there; the speaker reports its own act).
 * Returns the subject, else subj. */
static int32_t said_clause_coordinate(const acta_dict *d, struct acta_work *w,
                                      const acta_sentence *s, size_t gi, size_t vg0, uint32_t lo,
                                      int32_t subj, int *found) {
  vgroup *g = &w->vgs[gi];
  const acta_token *h = &w->toks.v[g->head];
  uint32_t rv;
  /* (finite, or a bare participle the tagger read for a past tense after
   * "and": '... world"" and accused Democrats') */
  int bare_past = h->penn == PT_VBN && g->first == g->head;
  if (subj == NO || gi == vg0 || !(acta_finite_group(w, g) || bare_past) || g->passive ||
      !(acta_lemma_in3(w->cw, h->vlemma, WL3_SAYING_VERB) ||
        acta_lemma_in5(w->cw, h->vlemma, (uint32_t)WL5_ADVICE_VERB) ||
        (h->vlemma != ACTA_NO_WORD && acta_u64map_get(&d->report, h->vlemma, &rv))))
    return subj;
  uint32_t a = g->first;
  while (a > lo && w->toks.v[a - 1].tag == P_ADV) a--;
  if (a < lo + 2 || !is_and_or(w, a - 1) ||
      !(is_punct(w, a - 2, ',') || is_punct(w, a - 2, '"')))
    return subj;
  /* the nearest "that" before the actor found (the clause's subject or
   * object: "added that PCC members would target banks, and advised"),
   * in g's sentence, a frame's words or not */
  const mention *m = &w->ments[subj];
  if (m->last >= a) return subj;
  uint32_t t = m->first, top = s->first;
  /* mend48c: or, "that" left out, the actor right after a reporting verb
   * (acta_find_frames; "said the police in Lima should free them, and
   * demanded", "the traits they wanted in a new attorney general,
   * and demanded"): the subject of the clause it says (or
   * its addressee), not of the second act; t stands as if past a "that" */
  int bare = m->first > top && w->tok_vg[m->first - 1] != NO &&
             w->vgs[w->tok_vg[m->first - 1]].reporting &&
             w->vgs[w->tok_vg[m->first - 1]].last == m->first;
  if (bare) {
    t = m->first + 1;
  } else {
    while (t > top + 1 && m->first - t < SAID_CLAUSE_REACH && w->toks.v[t - 1].tag != P_THAT &&
           !is_punct(w, t - 1, ';') && !is_punct(w, t - 1, ':'))
      t--;
    if (t < top + 2 || w->toks.v[t - 1].tag != P_THAT) return subj;
  }
  /* the verb before that "that", in g's tense, with only its object between */
  for (size_t k = gi; k > vg0; k--) {
    const vgroup *pg = &w->vgs[k - 1];
    if (pg->last > t - 1) continue;
    /* (the tagger may read a past tense after an adverb as a
     * participle: "They also expressed") */
    unsigned pp = w->toks.v[pg->head].penn;
    int pg_past = pp == PT_VBD || (pp == PT_VBN && w->toks.v[pg->first].tag != P_AUX);
    int g_past = h->penn == PT_VBD || bare_past;
    if (t - 1 - pg->last > SAID_THAT_REACH || pg->passive ||
        !((acta_finite_group(w, pg) && pp == h->penn) || (pg_past && g_past)))
      return subj;
    for (uint32_t q = pg->last; q + 1 < t; q++)
      if (w->toks.v[q].kind == TK_PUNCT || w->tok_vg[q] != NO) return subj;
    acta_trace(w, "  subject: \"%s\" after \", and\" is the second act of \"%s\" (%s), not of "
               "the clause it says\n",
               norm(w, g->head), norm(w, pg->head),
               pg->subject != NO ? w->ments[pg->subject].code : "no actor");
    *found = 1;
    return pg->subject;
  }
  return subj;
}

/* Is a subject pronoun right before verb group g ("he said")?  Then it is
 * the speaker, known or not: '"...," he added' is not said by an actor of
 * the quotation or of an earlier clause. */
static int pronoun_before(const struct acta_work *w, const vgroup *g,
                          uint32_t lo) {
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  return q > lo && w->toks.v[q - 1].tag == P_PRON && w->tok_ment[q - 1] == NO &&
         (tok_in(w, q - 1, WL_PRON_THIRD) || tok_in(w, q - 1, WL_PRON_FIRST));
}

/* Is a subject pronoun right before verb group g, itself right after an
 * actor's phrase ("the soldier they accused of dealing", "the rebels he
 * attacked")?  A relative clause with no "that": the pronoun is the verb's
 * subject and the phrase its object, never its doer. */
static int contact_relative_pronoun(const struct acta_work *w, const vgroup *g,
                                    uint32_t lo) {
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  return q > lo + 1 && pronoun_before(w, g, lo) && w->tok_ment[q - 2] != NO;
}

/* Is a subject pronoun right before verb group g, right after a closing
 * quotation ('"The police failed us," she lamented')?  A tag of speech,
 * whatever its verb: the pronoun is the doer, never an actor of the
 * quotation. */
static int quote_tag_pronoun(const struct acta_work *w, const vgroup *g, uint32_t lo) {
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (!pronoun_before(w, g, lo) || q < lo + 2) return 0;
  uint32_t p = q - 2; /* the token before the pronoun */
  if (is_punct(w, p, ',') && p > lo) p--;
  return is_punct(w, p, '"');
}

/* mend45a: is token q0, inside frame fi, in another speaker's words quoted
 * there: the clause of another frame that opens after fi's first token,
 * its reporting verb's subject no first person ('"Hamas says we attacked
 * ...," the spokesman said', '"The gang's leader told me: we will kill
 * ..."'), or words after a colon that follows another subject's verb
 * ('"The cartel warned us: we will kill ..."')?  A "we" there may be that
 * speaker's or the quotation's: no one's surely.  ("As I told the premier,
 * we will ..." is the quotation speaker's own.)  The sentence's frames are
 * few (one per reporting verb). */
static int nested_voice(const struct acta_work *w, int32_t fi, uint32_t q0) {
  const frame *f = &w->frames[fi];
  for (size_t k = 0; k < w->nframes; k++) {
    const frame *o = &w->frames[k];
    if ((int32_t)k == fi || o->vg == NO || o->first <= f->first || o->first > q0 ||
        q0 >= o->last)
      continue;
    if (first_person_before(w, w->vgs[o->vg].first, f->first) != NO) continue;
    return 1;
  }
  /* a colon right after a verb of another subject and its object, the
   * words after it that subject's ('"The cartel warned us: we will kill
   * ..."'; not after "be": '"Our position is clear: we ..."'): back over
   * at most 4 words to the verb */
  if (q0 > f->first + 1 && is_punct(w, q0 - 1, ':')) {
    uint32_t t = q0 - 1;
    for (int n = 0; n < 4 && t > f->first && w->tok_vg[t - 1] == NO; n++) t--;
    if (t > f->first && w->tok_vg[t - 1] != NO) {
      const vgroup *r = &w->vgs[w->tok_vg[t - 1]];
      uint32_t l = w->toks.v[r->head].vlemma;
      if (r->has_main && l != ACTA_NO_WORD && !acta_lemma_in2(w->cw, l, WL2_LINKING_VERB) &&
          first_person_before(w, r->first, f->first) == NO)
        return 1;
    }
  }
  return 0;
}

/* prec47d: is sentence si the text's first one but headlines in title
 * case (not coded: code.c)?  At most two headlines are looked at. */
static int text_opens(const struct acta_work *w, int si) {
  if (si < 0 || si > 2) return 0;
  for (int k = 0; k < si; k++)
    if (!w->ap_headline[k]) return 0;
  return 1;
}

/* Pronoun subjects: "Iran denied that it had ..." is the speaker (sets
 * g->self_report); a sentence opening with "They"/"It" continues the last
 * event's source of the previous sentence.  NO if neither. */
static int32_t pronoun_subject(const acta_dict *d, const struct acta_work *w,
                               const sent_ctx *sc, vgroup *g, uint32_t lo, int32_t scope) {
  const acta_sentence *s = sc->s;
  int32_t subj = NO;
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q > s->first && w->toks.v[q - 1].tag == P_PRON) {
    int third = tok_in(w, q - 1, WL_PRON_THIRD);
    uint32_t q0 = q - 1;
    int opens = q0 == s->first ||
                (w->toks.v[q0 - 1].kind == TK_PUNCT && q0 - 1 == s->first);
    int first_person = tok_in(w, q - 1, WL_PRON_FIRST);
    const frame *f = scope != NO ? &w->frames[scope] : NULL;
    /* mend47d: in a trailing denial's frame ("Rebels said they killed two
     * soldiers, the army denied") the pronoun is in the words of the
     * speaker before it, whom "they" may stand for */
    int32_t fi = scope; /* f's index */
    if (f && f->denies_outer && f->parent != NO) {
      fi = f->parent;
      f = &w->frames[fi];
    }
    /* a speaker found from "he"/"it" reports only: it is not the actor
     * of what it said ("he revealed he had met ...") */
    if (third && f && f->around1 && q0 == f->first && acta_pronoun_fits(w, q0, f->around1 - 1)) {
      /* claims35: "a woman he claims they shot": the subject of the
       * clause around the relative one, not the one who claims */
      subj = f->around1 - 1;
    } else if (f && f->by_pronoun) {
    } else if (f && f->quoted) {
      /* '"We arrested ...," police said', 'police said: "We ..."': the
       * speaker, telling of its work (no claim of responsibility); also
       * further inside the quotation (prec45a: '"... the traffickers who
       * we extradited," the minister said'), unless another speaker's
       * words quoted in it hold the pronoun (mend45a: nested_voice) */
      if (first_person && f->reporter != NO &&
          (q0 == f->first || (q0 == f->first + 1 && is_punct(w, f->first, '"')) ||
           !nested_voice(w, fi, q0)))
        subj = f->reporter;
    } else if ((third || first_person) && f && f->reporter != NO && q0 == f->first &&
               w->ments[f->reporter].first < q0) {
      /* "Iran claimed that it had ...", not "Prosecutors say he asked";
       * prec46b: not a speaker named after what it says ("They also sold
       * soybeans to three firms, officials said": "they" looks back, as
       * at the opening of any sentence, not ahead at the speaker) */
      if (acta_pronoun_fits(w, q0, f->reporter)) {
        subj = f->reporter;
        g->self_report = 1;
      }
    }
    /* prec47d: "It accused Ecuador of sheltering rebels, the Colombian
     * Foreign Ministry said" opening the text (no sentence before it but
     * headlines): "it" has nothing to look back to, and the one body
     * named after it that it fits, the speaker, is what it stands for
     * (an active verb's doer; a passive's "it" is left as it was).
     * mend47d: a verb of saying only (WL3_SAYING_VERB: "accused",
     * "condemned", "urged"): "it" doing a deed may be the bomb, storm or
     * quake a headline named ("It killed 12 people, the health ministry
     * said"), never the speaker */
    else if (!d->keds_only && third && opens && f && f->reporter != NO && q0 == f->first &&
             !g->passive &&
             acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_SAYING_VERB) &&
             tok_in(w, q0, WL_PRON_ORG) && w->ments[f->reporter].first > q0 &&
             text_opens(w, sc->index) && acta_pronoun_fits(w, q0, f->reporter)) {
      subj = f->reporter;
      g->self_report = 1;
    }
    /* not a passive's: "Police raided his house.  He was arrested by
     * federal agents" -- he is the one arrested, no police officer */
    else if (third && opens && w->last_src != NO && (!g->passive || d->keds_only) &&
             w->last_src_sent == sc->index - 1)
      subj = w->last_src;
  }
  return subj;
}

/* force18: the "by" before the phrase that starts at token f: right before
 * it, or before one or two participles or adjectives the phrase left out
 * ("by suspected organized criminal gangs", the tagger's verbs); UINT32_MAX
 * if none. */
static uint32_t by_before(const struct acta_work *w, uint32_t f, uint32_t lo) {
  uint32_t b = f;
  for (int k = 0; k < 3 && b > lo; k++, b--) {
    if (is_word(w, b - 1, w->cw->w_by)) return b - 1;
    const acta_token *t = &w->toks.v[b - 1];
    if (!(t->tag == P_ADJ || t->penn == PT_VBN || t->penn == PT_VBD) || w->tok_ment[b - 1] != NO)
      break;
  }
  return UINT32_MAX;
}

/* How many words of an act's object and places may stand between its
 * agent and the verb its phrase is the subject of ("an attack by gunmen on
 * a bar in Cali left five dead"). */
#define AGENT_PP_REACH 12

int32_t acta_event_noun_agent(const acta_dict *d, const struct acta_work *w,
                              const vgroup *g, uint32_t lo, int sides) {
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo) return NO;
  int32_t mi = w->tok_ment[q - 1];
  /* force18: the agent may be followed by the act's object and places
   * ("two attacks by suspected criminal gangs on state oil workers in
   * Mexico in recent days have left three dead"): back over at most
   * AGENT_PP_REACH words of phrases after prepositions, no mark nor verb,
   * to the actor right after "by" with a preposition right after it */
  if (!d->keds_only &&
      (mi == NO || by_before(w, w->ments[w->ments[mi].group].first, lo) == UINT32_MAX)) {
    int32_t found = NO;
    uint32_t stop = q > lo + AGENT_PP_REACH ? q - AGENT_PP_REACH : lo;
    for (uint32_t k = q; k > stop && found == NO; k--) {
      const acta_token *tk = &w->toks.v[k - 1];
      /* (a comma between two names: "in Cali, Colombia") */
      if (tk->kind == TK_PUNCT && tk->punct == ',' && k >= 2 && k < q &&
          w->toks.v[k - 2].tag == P_PROPN && w->toks.v[k].tag == P_PROPN)
        continue;
      if (tk->kind == TK_PUNCT || w->tok_vg[k - 1] != NO) break;
      int32_t x = w->tok_ment[k - 1];
      if (x == NO) {
        if (!(tk->tag == P_PREP || tk->tag == P_DET || tk->tag == P_ADJ || tk->tag == P_NOUN ||
              tk->tag == P_PROPN || tk->tag == P_NUM))
          break;
        continue;
      }
      const mention *xm = &w->ments[w->ments[x].group];
      uint32_t xe = xm->last;
      for (const mention *y = xm; y; y = y->next_in_group != NO ? &w->ments[y->next_in_group] : NULL)
        if (y->last > xe) xe = y->last;
      if (by_before(w, xm->first, lo) != UINT32_MAX && xe < q && w->toks.v[xe].tag == P_PREP)
        found = x;
      else if (xm->first < k)
        k = xm->first + 1; /* past the whole phrase */
    }
    if (found != NO) mi = found;
  }
  if (mi == NO) return NO;
  const mention *m = &w->ments[mi];
  if (m->absorbed) return NO;
  uint32_t f = w->ments[m->group].first;
  /* actors8: "clashes between rival gangs left dozens dead": one phrase
   * of armed groups fighting each other (not two sides, "between police
   * and gangs": which one killed is not written) */
  if (f < lo + 2) return NO;
  int between = sides && is_word(w, f - 1, w->cw->w_between) && m->next_in_group == NO &&
                &w->ments[m->group] == m &&
                acta_armed_group_role(m->role);
  uint32_t byq = between ? f - 1 : d->keds_only ? (is_word(w, f - 1, w->cw->w_by) ? f - 1 : UINT32_MAX)
                                                 : by_before(w, f, lo);
  if (byq == UINT32_MAX || byq < lo + 1) return NO;
  const acta_token *n = &w->toks.v[byq - 1];
  if (n->tag != P_NOUN || w->tok_ment[byq - 1] != NO ||
      !(acta_material_head(d, &d->noun_pats, n->nlemma) ||
        acta_material_head(d, &d->noun_pats, n->word) ||
        (between && tok_in(w, byq - 1, WL_CLASH_NOUN))))
    return NO;
  /* the noun phrase opens its clause */
  uint32_t b = byq - 1;
  while (b > lo && (w->toks.v[b - 1].tag == P_NOUN || w->toks.v[b - 1].tag == P_ADJ ||
                    w->toks.v[b - 1].tag == P_DET || w->toks.v[b - 1].tag == P_NUM) &&
         w->tok_ment[b - 1] == NO)
    b--;
  if (b > lo && !is_punct(w, b - 1, ',') && w->toks.v[b - 1].tag != P_THAT &&
      !tok_in(w, b - 1, WL_SUBORDINATOR))
    return NO;
  return m->group;
}

/* "members of the military that the Prosecutor's Office claimed were
 * working for traffickers massacred ...", "the soldiers, who the ministry
 * said were paid, killed ...": the actor found before verb group g is the
 * speaker of a relative clause (a relative pronoun before it, a reporting
 * verb after it, and the verb it reports at once after that), not the
 * doer of g; the doer is the relative's antecedent, the actor before the
 * pronoun (or none).  Returns it, else subj. */
static int32_t relative_reporter(const acta_dict *d, const struct acta_work *w,
                                 const vgroup *g, uint32_t lo, int32_t scope,
                                 int32_t subj) {
  if (subj == NO) return subj;
  uint32_t f = w->ments[subj].first, e = w->ments[subj].last;
  if (f <= lo + 1 || e >= g->first) return subj;
  /* its compound's members ("the army and the police claimed") */
  while (e < g->first && (w->tok_ment[e] != NO || is_and_or(w, e)))
    e = w->tok_ment[e] != NO ? w->ments[w->tok_ment[e]].last : e + 1;
  if (!tok_in2(w, f - 1, WL2_RELATIVE_PRONOUN)) return subj;
  uint32_t me = e; /* the speaker's phrase ends here */
  while (e < g->first && w->toks.v[e].tag == P_ADV) e++;
  if (e >= g->first || w->tok_vg[e] == NO) return subj;
  const vgroup *v = &w->vgs[w->tok_vg[e]];
  uint32_t ci;
  const acta_token *h = &w->toks.v[v->head];
  if (v == g || v->first != e || h->vlemma == ACTA_NO_WORD ||
      !acta_u64map_get(&d->report, h->vlemma, &ci))
    return subj;
  uint32_t n = v->last;
  while (n < g->first && w->toks.v[n].tag == P_ADV) n++;
  if (n >= g->first || w->tok_vg[n] == NO || w->vgs[w->tok_vg[n]].first != n) return subj;
  int32_t ante = acta_find_subject(w, f - 1, lo, scope);
  acta_trace((struct acta_work *)w,
             "  subject: \"%.*s\" reports inside a relative clause; the doer is %s\n",
             (int)(w->toks.v[me - 1].end - w->toks.v[f].start), w->cur_text + w->toks.v[f].start,
             ante != NO ? w->ments[ante].code : "its antecedent (no actor)");
  return ante;
}

/* actors23: "a lawmaker he says bargained with gangs", "a man who
 * they said attacked a patrol", "traffickers, who police say supplied the
 * rebels": verb group g right after a reporting verb whose subject (a
 * pronoun or an actor's phrase) stands right after a relative pronoun or
 * a noun -- a relative clause that reports; g's doer is the relative's
 * antecedent, the actor ending right before the pronoun or the speaker
 * (none when no actor ends there), never the speaker nor an actor before.
 * Returns it, else subj. */
static int32_t reported_relative(const acta_dict *d, const struct acta_work *w,
                                 const acta_sentence *s, const vgroup *g, int32_t subj) {
  uint32_t n = g->first;
  if (n < s->first + 3 || w->tok_vg[n - 1] == NO) return subj;
  const vgroup *v = &w->vgs[w->tok_vg[n - 1]];
  uint32_t ci;
  const acta_token *h = &w->toks.v[v->head];
  if (v == g || v->last != n || v->passive || v->negated || h->vlemma == ACTA_NO_WORD ||
      !acta_u64map_get(&d->report, h->vlemma, &ci))
    return subj;
  uint32_t r = v->first;
  if (r < s->first + 2) return subj;
  uint32_t sp; /* the speaker's first token */
  if (w->toks.v[r - 1].tag == P_PRON && w->tok_ment[r - 1] == NO &&
      (tok_in(w, r - 1, WL_PRON_THIRD) || tok_in(w, r - 1, WL_PRON_FIRST)))
    sp = r - 1;
  else if (w->tok_ment[r - 1] != NO && w->ments[w->tok_ment[r - 1]].last == r)
    sp = w->ments[w->tok_ment[r - 1]].first;
  else
    return subj;
  if (sp < s->first + 1) return subj;
  uint32_t a = sp - 1; /* the antecedent's last token */
  int which = 0; /* "which": a thing's relative more often than not */
  if (tok_in2(w, a, WL2_RELATIVE_PRONOUN)) {
    if (a < s->first + 1) return subj;
    which = !is_word(w, a, w->cw->w_that) && !is_word(w, a, w->cw->w_who) &&
            !is_word(w, a, w->cw->w_whom);
    a--;
    /* ', who', '"terrorists" who' */
    if (is_punct(w, a, ',') && a > s->first) a--;
    for (int k = 0; k < 2 && a > s->first && is_punct(w, a, '"'); k++) a--;
  } else if (w->tok_ment[a] == NO && w->toks.v[a].tag != P_NOUN) {
    return subj;
  }
  int32_t ante = NO;
  if (w->tok_ment[a] != NO && w->ments[w->tok_ment[a]].last == a + 1) {
    int32_t x = w->tok_ment[a];
    const mention *m = &w->ments[x], *hd = &w->ments[m->group];
    int of_thing = 0; /* "a growing presence of Mexican cartels, which" */
    for (uint32_t q = m->first; which && q < m->last && !of_thing; q++)
      of_thing = is_word(w, q, w->cw->w_of);
    /* "a presence of Mexican cartels, which": the antecedent is the thing
     * before "of", no actor; "ties between the EPP and the traffickers,
     * who": one side or both, unsure */
    if (!of_thing && !(m->first > s->first && is_word(w, m->first - 1, w->cw->w_of)) &&
        !(hd->first > s->first && is_word(w, hd->first - 1, w->cw->w_between)))
      ante = m->group;
  }
  if (ante == subj) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" reports a relative clause; the doer is %s\n", norm(w, sp),
             ante != NO ? w->ments[ante].code : "its antecedent (no actor)");
  return ante;
}

/* Is token q a word that opens a relative clause: a relative pronoun
 * or (prec42a) "whose" ("The gang, whose alleged leader was shot dead in
 * May, hacked into ...": the relative's owner, not what it owns, does the
 * verb after the closing comma)? */
static int relative_word(const struct acta_work *w, uint32_t q) {
  return tok_in2(w, q, WL2_RELATIVE_PRONOUN) || is_word(w, q, w->cw->w_whose);
}

/* How far back from the comma closing it a relative's pronoun may stand
 * (after_closed_relative). */
#define CLOSED_RELATIVE_REACH 30

/* prec42a: does verb group g follow right after a relative clause set off
 * by commas (", whose leader was shot dead in April, hacked", ", who
 * was arrested, escaped": the closing comma right before g, adverbs
 * passed over, its ", who"/", whose" within CLOSED_RELATIVE_REACH tokens,
 * a verb of its own and no comma between)?  Such a verb has the antecedent as subject or
 * none (closed_relative), never the relative's own subject carried over
 * the comma. */
static int after_closed_relative(const struct acta_work *w, const vgroup *g, uint32_t lo) {
  uint32_t c = g->first;
  while (c > lo && w->toks.v[c - 1].tag == P_ADV) c--;
  if (c <= lo + 3 || !is_punct(w, c - 1, ',')) return 0;
  int verb = 0; /* the relative's own finite verb (not ", which according to X, buys") */
  for (uint32_t r = c - 2; r > lo + 1 && r + CLOSED_RELATIVE_REACH > c; r--) {
    if (is_punct(w, r, ',') || is_punct(w, r, ';')) return 0;
    if (relative_word(w, r) && is_punct(w, r - 1, ','))
      return verb;
    verb |= w->tok_vg[r] != NO && acta_finite_group(w, &w->vgs[w->tok_vg[r]]);
  }
  return 0;
}

/* "The soldier, whom residents accused of dealing drugs, killed a
 * teenager": the actor found before verb group g stands inside a relative
 * clause set off by commas (a comma and a relative pronoun before it, the
 * closing comma right before g, no comma between): g is the
 * antecedent's, the actor before the opening comma (or none).  Returns
 * it, else subj.
 * prec45e: for a finite g, the relative may open with a preposition
 * before "which" or "whom" ("the house, in which two gang members were
 * hiding, ...") or be one of place or time (", where", ", when"), and g
 * may follow ", and" or ", or" after the closing
 * comma ("Police surrounded the house, in which two gang members were
 * hiding, and arrested them"): so coordinated, g shares the subject of
 * the verb before the opening comma (none when it has none), never the
 * relative's actor. */
static int32_t closed_relative(const struct acta_work *w, const vgroup *g, uint32_t lo,
                               int32_t scope, int32_t subj, int *closed) {
  if (subj == NO) return subj;
  uint32_t f = w->ments[subj].first;
  if (f < lo + 3 || f >= g->first) return subj;
  /* (a bare past form counts: "and arrested them" tagged a participle) */
  const unsigned hp = w->toks.v[g->head].penn;
  const int finite = acta_finite_group(w, g) ||
                     (!g->passive && g->first == g->head && (hp == PT_VBD || hp == PT_VBN));
  uint32_t open; /* the opening comma */
  if (relative_word(w, f - 1) && is_punct(w, f - 2, ','))
    open = f - 2;
  else if (finite && f >= lo + 4 && w->toks.v[f - 1].tag == P_WH && relative_word(w, f - 1) &&
           w->toks.v[f - 2].tag == P_PREP && is_punct(w, f - 3, ','))
    open = f - 3;
  else if (finite && (is_vocab(w, f - 1, V_WHERE) || is_vocab(w, f - 1, V_WHEN)) &&
           is_punct(w, f - 2, ','))
    open = f - 2; /* ", where gunmen had held three farmers, and seized" */
  else
    return subj;
  uint32_t c = g->first;
  while (c > f && w->toks.v[c - 1].tag == P_ADV) c--;
  int coordinated = 0;
  if (finite && c > f + 2 && is_and_or(w, c - 1) && is_punct(w, c - 2, ',')) {
    coordinated = 1;
    c--;
  }
  if (c <= f + 1 || !is_punct(w, c - 1, ',')) return subj;
  for (uint32_t q = f; q + 1 < c; q++)
    if (is_punct(w, q, ',') || is_punct(w, q, ';')) return subj;
  int32_t ante = NO;
  if (coordinated) {
    /* the verb group before the opening comma, in g's clause */
    for (uint32_t q = open; q > lo; q--) {
      int32_t v = w->tok_vg[q - 1];
      if (v == NO) continue;
      if (w->vgs[v].scope == scope) ante = w->vgs[v].subject;
      break;
    }
  } else {
    ante = acta_find_subject(w, open, lo, scope);
  }
  *closed = 1;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" stands inside a relative clause; the doer is %s\n",
             norm(w, f), ante != NO ? w->ments[ante].code : "its antecedent (no actor)");
  return ante;
}

/* How far back from the actor found for a verb its relative pronoun may
 * stand (restrictive_relative). */
#define RELATIVE_REACH 12

/* words12: "a series of murders of hitmen that had parted ways with the
 * cartel has sounded the alarm", "the man that police arrested has
 * confessed": the actor found before verb group g stands inside a
 * restrictive relative clause (no comma; a relative pronoun after a noun
 * within RELATIVE_REACH tokens before it, the relative's own verb group
 * between), as the object of a preposition after that verb or as the
 * relative's subject with its verb after it, and g is finite with no
 * "and" before it: g is the antecedent's (an actor ending right before
 * the pronoun) or no one's.  A comma-closed aside is closed_relative's.
 * Returns the doer, else subj. */
static int32_t restrictive_relative(const struct acta_work *w, const vgroup *g, uint32_t lo,
                                    int32_t subj) {
  if (subj == NO) return subj;
  const mention *m = &w->ments[subj];
  uint32_t f = m->first;
  if (f >= g->first || f < lo + 2) return subj;
  uint32_t c = g->first;
  while (c > m->last && w->toks.v[c - 1].tag == P_ADV) c--;
  /* no comma nor "and" between the actor and g */
  for (uint32_t q = m->last; q < c; q++)
    if (w->toks.v[q].kind == TK_PUNCT || w->toks.v[q].tag == P_CONJ) return subj;
  const acta_token *gt = &w->toks.v[g->first];
  if (!(gt->tag == P_AUX || gt->tag == P_MODAL || gt->penn == PT_VBZ || gt->penn == PT_VBD ||
        gt->penn == PT_VBP))
    return subj;
  uint32_t r = f, stop = f > lo + RELATIVE_REACH ? f - RELATIVE_REACH : lo;
  while (r > stop) {
    const acta_token *t = &w->toks.v[r - 1];
    if (t->kind == TK_PUNCT || t->tag == P_CONJ) return subj;
    if ((t->tag == P_THAT || t->tag == P_WH) && tok_in2(w, r - 1, WL2_RELATIVE_PRONOUN)) break;
    r--;
  }
  if (r <= stop + 1 || r - 1 <= lo) return subj;
  r--; /* the pronoun */
  uint8_t at = w->toks.v[r - 1].tag;
  if (at != P_NOUN && at != P_PROPN) return subj;
  int verb_before = 0, verb_after = 0;
  for (uint32_t q = r + 1; q < f; q++) {
    /* "an investigation that began in 2014 after a woman accused": a
     * subordinate clause of its own, whose subject the actor is */
    if (tok_in(w, q, WL_SUBORDINATOR)) return subj;
    verb_before |= w->tok_vg[q] != NO;
  }
  for (uint32_t q = m->last; q < g->first; q++)
    verb_after |= w->tok_vg[q] != NO && w->tok_vg[q] != w->tok_vg[g->first];
  for (uint32_t q = r + 1; q < g->first; q++)
    if (w->toks.v[q].kind == TK_PUNCT) return subj;
  int object_of_prep = verb_before && w->toks.v[f - 1].tag == P_PREP;
  int relative_subject = f <= r + 2 && verb_after;
  if (!object_of_prep && !relative_subject) return subj;
  int32_t ante = w->tok_ment[r - 1] != NO ? w->ments[w->tok_ment[r - 1]].group : NO;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" stands inside a relative clause with no comma; the doer is %s\n",
             norm(w, f), ante != NO ? w->ments[ante].code : "its antecedent (no actor)");
  return ante;
}

/* How many words the first of two participles sharing a relative's
 * auxiliary may have after it ("that have committed severe abuses or"). */
#define SHARED_AUX_REACH 10

/* The verb group a bare verb at group gi coordinates with inside a
 * relative clause: gi's verb opens its group right after "and"/"or", the
 * group p before it (infinitives passed over when skip_inf: "to gain access")
 * opens right after a relative pronoun, ends at most reach words before
 * gi and has no punctuation, relative word, subordinator nor other verb
 * group between.  The shape shared by shared_relative_aux and
 * relative_coordinate, which each test their verbs' forms.  p or NULL. */
static const vgroup *relative_before_and(const struct acta_work *w, size_t gi, size_t vg0,
                                         uint32_t lo, uint32_t reach, int skip_inf) {
  const vgroup *g = &w->vgs[gi];
  if (gi == vg0 || g->first != g->head || g->first < lo + 2 || !is_and_or(w, g->first - 1))
    return NULL;
  size_t pi = gi - 1;
  while (skip_inf && pi > vg0 && w->vgs[pi].to_inf) pi--;
  const vgroup *p = &w->vgs[pi];
  if ((skip_inf && p->to_inf) || p->first <= lo || p->last + reach < g->first ||
      !tok_in2(w, p->first - 1, WL2_RELATIVE_PRONOUN))
    return NULL;
  for (uint32_t q = p->last; q + 1 < g->first; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->kind == TK_PUNCT || t->tag == P_WH || t->tag == P_THAT || t->tag == P_SUBORD ||
        (w->tok_vg[q] != NO && !(skip_inf && w->vgs[w->tok_vg[q]].to_inf)))
      return NULL;
  }
  return p;
}

/* coop15: "police forces that have committed abuses or conspired with
 * organized crime", "a gang that had kidnapped two farmers and killed a
 * teacher": a bare past participle (no auxiliary of its own) right after
 * "and"/"or" whose verb group before it, within SHARED_AUX_REACH words and
 * no comma, opens with "have" right after a relative pronoun shares that
 * auxiliary and so that group's subject (the relative's antecedent), not
 * the main clause's (relative_before_and).  Returns that subject, else
 * subj. */
static int32_t shared_relative_aux(const struct acta_work *w, size_t gi, size_t vg0,
                                   uint32_t lo, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (w->toks.v[g->head].penn != PT_VBN) return subj;
  const vgroup *p = relative_before_and(w, gi, vg0, lo, SHARED_AUX_REACH, 0);
  if (!p || w->toks.v[p->first].tag != P_AUX ||
      !(is_word(w, p->first, w->cw->w_had) || is_vocab(w, p->first, V_HAVE) || is_vocab(w, p->first, V_HAS)) ||
      p->head == p->first)
    return subj;
  if (p->subject == subj) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" shares the relative's \"%s\" and its subject %s\n",
             norm(w, g->head), norm(w, p->first),
             p->subject != NO ? w->ments[p->subject].code : "(none)");
  return p->subject;
}

/* actors39: "Reporters were targeted across the country, two of them
 * murdered": a bare past participle right after a count of "them" set off
 * by a comma, with the sentence's end, punctuation, an adjective ("shot
 * dead") or a preposition right after it (not "to", "at", "into": "four of them surrendered to troops",
 * "threw stones at police"; nor an object: "opened fire", "killed the
 * owner"), is an absolute clause's passive: the count is what it was done
 * to, not its doer (with no agent the passive's filters decide whether it
 * is an event).  hi: the sentence's end. */
static void counted_them_participle(struct acta_work *w, vgroup *g, uint32_t lo, uint32_t hi) {
  uint32_t f = g->first;
  if (g->passive || f != g->head || f < lo + 4 || !acta_counted_them(w, lo, f - 1) ||
      !is_punct(w, f - 4, ',') || w->tok_ment[f - 1] != NO)
    return;
  unsigned pt = w->toks.v[g->head].penn;
  if (pt != PT_VBN && pt != PT_VBD) return;
  if (g->last < hi) {
    const uint32_t a = g->last;
    if (w->toks.v[a].kind != TK_PUNCT && w->toks.v[a].tag != P_ADJ && !is_vocab(w, a, V_DEAD) &&
        (w->toks.v[a].tag != P_PREP || is_word(w, a, w->cw->w_to) || is_vocab(w, a, V_AT) ||
         is_vocab(w, a, V_INTO)))
      return;
  }
  acta_trace(w, "  \"%s\" after \"%s of them\": a passive, they the victims\n", norm(w, g->head),
             norm(w, f - 3));
  g->passive = 1;
}

/* actors39: "As Mexican cartels moved into the region, corrupt elements
 * within its armies supplied them with arms": an actor found for a finite
 * verb that is the subject of a subordinate clause before it (a
 * subordinator, WL_SUBORDINATOR or the tagger's, as "as", right before the
 * actor, the clause's own finite verb taking it as subject, then a comma
 * before the verb) is that clause's, not the main verb's, whose subject is
 * a phrase no dictionary codes.  Not with a pronoun right before the verb
 * (pron_before, the caller's): it stands for the actor ("When the army
 * raided the camp, they seized ...").  The walk back over the groups to the
 * actor's is bounded by the sentence (400 tokens at most), so quadratic
 * only in a sentence's groups.  Returns NO then, else subj. */
static int32_t subordinate_clause_subject(const struct acta_work *w, size_t gi, size_t vg0,
                                          uint32_t lo, int pron_before, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (subj == NO || gi == vg0 || pron_before || !acta_finite_group(w, g)) return subj;
  const mention *m = &w->ments[subj];
  if (m->first <= lo || m->last >= g->first ||
      !(tok_in(w, m->first - 1, WL_SUBORDINATOR) || w->toks.v[m->first - 1].tag == P_SUBORD))
    return subj;
  const vgroup *v = NULL;
  for (size_t k = gi; k-- > vg0;) {
    const vgroup *x = &w->vgs[k];
    if (x->first < m->last) return subj;
    if (x->subject == subj && acta_finite_group(w, x) && !x->passive) {
      v = x;
      break;
    }
  }
  if (!v) return subj;
  int comma = 0;
  for (uint32_t q = v->last; q < g->first; q++) {
    if (is_punct(w, q, ',')) comma = 1;
    if (w->toks.v[q].tag == P_CONJ) return subj; /* "... arrived and ..." */
  }
  if (!comma || is_punct(w, g->first - 1, ',')) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: %s is the subject of \"%s\" in the clause before the comma: none\n",
             m->code, norm(w, v->head));
  return NO;
}

/* How many words a relative clause's verb may stand before the verb after
 * "and" that shares its subject (relative_coordinate). */
#define RELATIVE_COORD_REACH 16

/* Does the object of the verb group g (a number, determiner or
 * adjective passed over, up to hi) name the antecedent's own or what is
 * left of its set: "their", "them", "(two) others", "another", "a third"?
 * "Police arrested five men who robbed a bank and seized their weapons",
 * "Soldiers killed three rebels who ambushed a patrol and captured two
 * others": the main clause's subject acts on the antecedent again.  Not
 * when the relative clause's group p has a plural or a count after it,
 * which the word may stand for ("men who kidnapped two farmers and killed
 * them", "and stole their cattle", "and killed a third"). */
static int antecedent_object(const struct acta_work *w, const vgroup *p, const vgroup *g,
                             uint32_t hi) {
  for (uint32_t q = p->last; q < g->first; q++) {
    unsigned pt = w->toks.v[q].penn;
    if (pt == PT_NNS || pt == PT_NNPS || w->toks.v[q].tag == P_NUM) return 0;
  }
  for (uint32_t a = g->last; a < hi && a < g->last + 3; a++) {
    if (is_vocab(w, a, V_THEIR) || is_vocab(w, a, V_THEM) || is_vocab(w, a, V_OTHERS) ||
        is_vocab(w, a, V_ANOTHER) || is_vocab(w, a, V_THIRD))
      return 1;
    int tag = w->toks.v[a].tag;
    if (tag != P_NUM && tag != P_DET && tag != P_ADJ) return 0;
  }
  return 0;
}

/* actors39: "Police arrested five men who kidnapped a businessman and
 * killed his driver": a past verb right after "and" or "or" (no comma
 * before it) whose verb group before it, within RELATIVE_COORD_REACH
 * words, is a relative clause's past verb ("who", "that" right before it,
 * an actor its subject), with no punctuation, no other verb but an
 * infinitive ("to gain access") and no relative word or subordinator
 * between, goes on that relative clause: its subject is the relative's,
 * not the main clause's, when the subject found lies outside the relative
 * and the verb's object is not the antecedent's own or the rest of its set
 * (antecedent_object).  hi: the sentence's end.  Returns it, else subj. */
static int32_t relative_coordinate(const struct acta_work *w, size_t gi, size_t vg0,
                                   uint32_t lo, uint32_t hi, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  if (subj == NO || g->passive || g->first < lo + 3 || w->toks.v[g->head].penn != PT_VBD)
    return subj;
  const vgroup *p = relative_before_and(w, gi, vg0, lo, RELATIVE_COORD_REACH, 1);
  if (!p || p->passive || p->first != p->head || p->subject == NO || p->subject == subj ||
      w->toks.v[p->head].penn != PT_VBD ||
      !(w->toks.v[p->first - 1].tag == P_WH || w->toks.v[p->first - 1].tag == P_THAT))
    return subj;
  if (w->ments[subj].last >= p->first) return subj; /* found inside the relative */
  if (antecedent_object(w, p, g, hi)) return subj;
  acta_trace((struct acta_work *)w,
             "  subject: \"%s\" goes on the relative clause of \"%s\": its subject %s\n",
             norm(w, g->head), norm(w, p->head), w->ments[p->subject].code);
  return p->subject;
}

/* The subject of each verb group [vg0, vg1) of the sentence, in order: the
 * nearest actor before it in its clause (KEDS: the parse's, or the phrase
 * right before it), then the rules above, each over the one before; a verb
 * after "and" or a comma shares the subject before it.  Sets g->scope,
 * g->subject (and g->passive, alleged, accuser, raised, self_report). */
/* "Moscow was helping Tehran suppress the protests", "helped police arrest
 * 12 suspects": the verb after help's actor object (help_verbs.c tags it a
 * verb) is that actor's act, not the helper's (object control, as "urged
 * X to"); the helper's aid is "help"'s own event.  The actor's mention, or
 * subj. */
static int32_t help_object_subject(struct acta_work *w, const vgroup *g, uint32_t lo,
                                   int32_t subj) {
  uint32_t f = g->first;
  if (f < lo + 2 || w->tok_ment[f - 1] == NO) return subj;
  int32_t x = w->tok_ment[f - 1];
  const mention *m = &w->ments[x];
  if (m->last != f || m->first <= lo || !m->code[0]) return subj;
  const acta_token *h = &w->toks.v[m->first - 1];
  if (w->tok_vg[m->first - 1] == NO || !acta_lemma_is(h->vlemma, w->cw->l_help)) return subj;
  if (x == subj) return subj;
  acta_trace(w, "  subject: \"%s\" whom \"%s\" helps does the act\n", norm(w, m->first),
             norm(w, m->first - 1));
  return x;
}

/* How far back from a subject pronoun an object pronoun it stands for may
 * be ("threatened them with death when they refused"). */
#define OBJECT_PRONOUN_REACH 10

/* actors23: the object pronoun of subject pronoun p's number before it
 * ("them" for "they", "him" or "her" for "he" or "she": no gender told),
 * no further back than token lo nor OBJECT_PRONOUN_REACH words, no verb's
 * subject pronoun between; UINT32_MAX if none. */
static uint32_t object_pronoun_before(const struct acta_work *w, uint32_t p, uint32_t lo) {
  uint64_t obj;
  if (tok_in(w, p, WL_PRON_PERSON)) obj = WL_OBJ_PERSON;
  else if (tok_in(w, p, WL_PRON_THIRD) && !tok_in(w, p, WL_PRON_ORG)) obj = WL_OBJ_PLURAL;
  else return UINT32_MAX;
  uint32_t stop = p > lo + OBJECT_PRONOUN_REACH ? p - OBJECT_PRONOUN_REACH : lo;
  for (uint32_t k = p; k > stop; k--) {
    const acta_token *t = &w->toks.v[k - 1];
    if (t->tag == P_PRON && tok_in(w, k - 1, obj)) return k - 1;
    if (t->tag == P_PRON && tok_in(w, k - 1, WL_PRON_THIRD)) return UINT32_MAX;
    if (t->kind == TK_PUNCT && (t->punct == ';' || t->punct == ':')) return UINT32_MAX;
  }
  return UINT32_MAX;
}

/* speed34d: shape gates.  Each is the first test of the subject rule it
 * names, asked by acta_find_subjects before calling the rule: most verb
 * groups fail it, and a call that only returns costs more than the test
 * (the rules are too large to inline, and their prologues save registers
 * before their first test runs).  A shape added to one of these rules
 * outside its gate must widen the gate too. */

/* The head's Penn tag: a past tense or participle, an "-ing" form. */
static inline int head_past(const struct acta_work *w, const vgroup *g) {
  unsigned hp = w->toks.v[g->head].penn;
  return hp == (unsigned)PT_VBD || hp == (unsigned)PT_VBN;
}
static inline int head_ing(const struct acta_work *w, const vgroup *g) {
  return w->toks.v[g->head].penn == PT_VBG;
}

/* reduced_relative: a bare verb (no auxiliary), not passive yet, right
 * after a noun phrase (speed37d: btag, the class of the word before the
 * group past its adverbs, is the phrase's last word's when the rule's
 * own walk over at most two adverbs finds one) or after the dash closing
 * an aside (dash_aside_first). */
static inline int may_reduced_relative(const struct acta_work *w, const vgroup *g, uint32_t lo,
                                       int btag) {
  return g->first == g->head && !g->passive &&
         (np_tag(btag) || (g->first > lo + 1 && is_punct(w, g->first - 1, '-')));
}

/* coordinated_participle: every shape has a past tense or participle
 * head (past_form and pair_form too), not passive yet, with no auxiliary
 * of its own, a word before it in the sentence; the sentence's first group
 * (speed37d) only after "and"/"or" or a subordinator (the shapes that need
 * no group before). */
static inline int may_coordinated_participle(const struct acta_work *w, const acta_sentence *s,
                                             const vgroup *g, size_t gi, size_t vg0) {
  return head_past(w, g) && !g->passive && g->first == g->head && g->first > s->first &&
         (gi != vg0 || is_and_or(w, g->first - 1) || tok_in(w, g->first - 1, WL_SUBORDINATOR));
}

/* appositive_participle: a bare participle or past tense, not passive. */
static inline int may_appositive_participle(const struct acta_work *w, const vgroup *g) {
  return !g->passive && g->first == g->head && head_past(w, g);
}

/* said_clause_coordinate: a subject found, a group before, active, and
 * (speed37d) "and"/"or" right before it past its adverbs (bq, which the
 * rule's own walk back to lo finds too) with two tokens of the clause
 * before that. */
static inline int may_said_clause_coordinate(const struct acta_work *w, const vgroup *g,
                                             size_t gi, size_t vg0, int32_t subj, uint32_t lo,
                                             uint32_t bq) {
  return subj != NO && gi != vg0 && !g->passive && bq >= lo + 2 && is_and_or(w, bq - 1);
}

/* acta_elided_passive (elided_passives.c; speed37d): its first tests, a
 * bare past tense or participle, not passive yet, after a group and three
 * tokens into the sentence (most groups fail them: the call costs more). */
static inline int may_elided_passive(const struct acta_work *w, const acta_sentence *s,
                                     const vgroup *g, size_t gi, size_t vg0) {
  return gi != vg0 && !g->passive && g->first == g->head && g->first > s->first + 2 &&
         head_past(w, g);
}

/* pronoun_subject (speed37d): a pronoun right before the group past its
 * adverbs (bq, as the rule's own walk back to lo finds). */
static inline int may_pronoun_subject(const struct acta_work *w, const acta_sentence *s,
                                      uint32_t bq) {
  return bq > s->first && w->toks.v[bq - 1].tag == P_PRON;
}

/* listed_allegation: neither alleged nor raised yet, and a one-word
 * "-ing" group (acta_listed_gerund_before finds none for another). */
static inline int may_listed_allegation(const struct acta_work *w, const vgroup *g,
                                        size_t gi, size_t vg0) {
  return gi != vg0 && !g->alleged && !g->raised && g->last - g->first == 1 && head_ing(w, g);
}

/* comma_listed_allegation: the same, right after a comma
 * (acta_listed_gerund_comma too finds none but for a one-word "-ing"). */
static inline int may_comma_listed_allegation(const struct acta_work *w, const acta_sentence *s,
                                              const vgroup *g, size_t gi, size_t vg0) {
  return may_listed_allegation(w, g, gi, vg0) && g->first > s->first &&
         is_punct(w, g->first - 1, ',');
}

/* document_subject, paired_ing_subject, and with a subject found
 * relative_ing_subject and saying_ing_subject: a bare "-ing" form after a
 * group. */
static inline int may_bare_ing_after(const struct acta_work *w, const vgroup *g, size_t gi,
                                     size_t vg0) {
  return gi != vg0 && g->first == g->head && head_ing(w, g);
}

/* coordinated_gerund: a bare verb right after "and"/"or". */
static inline int may_coordinated_gerund(const struct acta_work *w, const vgroup *g, size_t gi,
                                         size_t vg0) {
  return gi != vg0 && g->first == g->head && g->first >= 2 && is_and_or(w, g->first - 1);
}

/* link_participle: an active bare participle or past tense after a group. */
static inline int may_link_participle(const struct acta_work *w, const vgroup *g, size_t gi,
                                      size_t vg0) {
  return gi != vg0 && !g->passive && g->first == g->head && g->first != 0 && head_past(w, g);
}


/* actors39: "Rebels attacked the town on Monday, the fighting lasted
 * hours and killed 20 civilians": is the noun right before the group g
 * (adverbs passed over) one that names a material act ("fighting",
 * "offensive", "bombardment", "clashes")?  Such a bare phrase tells the
 * act of the actor before it, who keeps the verb after "and". */
static int bare_event_head(const acta_dict *d, const struct acta_work *w, const vgroup *g,
                           uint32_t lo) {
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo || w->toks.v[q - 1].tag != P_NOUN) return 0;
  const acta_token *n = &w->toks.v[q - 1];
  return acta_material_head(d, &d->noun_pats, n->nlemma) ||
         acta_material_head(d, &d->noun_pats, n->word) || tok_in(w, q - 1, WL_CLASH_NOUN);
}

/* prec45a: is group g's head a reporting verb? */
static int h_reports(const acta_dict *d, const struct acta_work *w, const vgroup *g) {
  uint32_t rv, l = w->toks.v[g->head].vlemma;
  return l != ACTA_NO_WORD && acta_u64map_get(&d->report, l, &rv);
}

/* How many verb groups before an "and" and_speaker reads at the most (a
 * bound: a sentence of a thousand clauses costs no more per "and"). */
#define AND_SPEAKER_REACH 12

/* prec45a: the subject of group gi right after "and" (a comma before it
 * or not, adverbs between), no subject of its own between: the subject
 * of the last verb group before "and" in the same scope that is tensed
 * and opens no relative clause (not after "who", "which", "that"); else
 * subj as found. */
static int32_t and_speaker(const struct acta_work *w, const acta_sentence *s, size_t gi,
                           size_t vg0, uint32_t lo, int32_t scope, int32_t subj) {
  const vgroup *g = &w->vgs[gi];
  uint32_t q = g->first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q <= lo || !is_word(w, q - 1, w->cw->w_and)) return subj;
  for (size_t k = gi, n = 0; k-- > vg0 && n < AND_SPEAKER_REACH; n++) {
    const vgroup *p = &w->vgs[k];
    if (p->first < s->first || p->first < lo) break;
    if (!p->has_main || p->to_inf || p->scope != scope) continue;
    uint32_t b = p->first;
    while (b > lo && w->toks.v[b - 1].tag == P_ADV) b--;
    if (b > lo && (w->toks.v[b - 1].tag == P_WH || w->toks.v[b - 1].tag == P_THAT)) continue;
    if (!acta_finite_group(w, p)) continue;
    if (p->subject != subj)
      acta_trace((struct acta_work *)w, "  subject: \"%s\" after \"and\" speaks with \"%s\": %s\n",
                 norm(w, g->head), norm(w, p->head),
                 p->subject != NO ? w->ments[p->subject].code : "no actor");
    return p->subject;
  }
  return subj;
}

/* prec48b: does the comma right before group g close the aside of its
 * frame's speaker ("He, prosecutors said, had killed the judge": claims.c
 * took ", prosecutors said," out of what they report)?  The verb after it
 * is the clause's own, whose subject stands before the aside; it does not
 * go on with the aside's speaker. */
static int after_aside(const struct acta_work *w, const vgroup *g, int32_t scope) {
  if (scope == NO) return 0;
  const frame *f = &w->frames[scope];
  return f->aside_last > f->aside_first && g->first == f->aside_last;
}

void acta_find_subjects(acta_coder *c, const sent_ctx *sc, size_t vg0,
                        size_t vg1) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  int32_t last_subject = NO;
  /* the last finite verb's subject, actor or none (sources12) */
  int32_t last_finite = NO;
  int have_finite = 0, participle_since = 0;
  size_t bare_gi = SIZE_MAX; /* the last finite verb whose subject is a bare phrase */
  /* speed37d: the sentence's first token in a mention (its end when none,
   * as in a quarter of the bench sentences): acta_find_subject and
   * acta_event_noun_agent find only an actor in a mention between the
   * clause's start and the verb, so a group before it has them find none
   * and they are not asked (but when tracing, for the lines they write).
   * Read from w->tok_ment, which no stage changes in pass 2 (a TABARI
   * pronoun's mention of another sentence counts too). */
  uint32_t first_ment = s->first;
  while (first_ment < s->last && w->tok_ment[first_ment] == NO) first_ment++;
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    int32_t scope = w->tok_scope[g->first];
    g->scope = scope;
    uint32_t lo = s->first;
    if (scope != NO) lo = w->frames[scope].first;
    /* speed34d: the class of the word right before the group (adverbs
     * passed over), which the tests below ask first: a pronoun for
     * pronoun_before() and the tests built on it, a noun or a name for
     * acta_bare_subject_before() (most groups have neither) */
    uint32_t bq = g->first;
    while (bq > lo && w->toks.v[bq - 1].tag == P_ADV) bq--;
    const int btag = bq > lo ? w->toks.v[bq - 1].tag : P_NONE;
    const int pron_before = btag == P_PRON, noun_before = btag == P_NOUN || btag == P_PROPN;
    /* (a bare noun phrase no dictionary codes right before it: asked here
     * and again below, where the verb's subject leaves none to share) */
    int bare_before =
        !d->keds_only && noun_before ? acta_bare_subject_before(w, g->first, lo) : 0;
    /* (prec44b: not a name given after "called" to the actor before it) */
    if (bare_before && named_actor_subject(w, bq, lo, scope) != NO) bare_before = 0;
    const int ment_before = first_ment < g->first || w->tracing;
    int32_t subj = (g->reporting && pron_before && pronoun_before(w, g, lo)) ||
                           (!d->keds_only && pron_before && quote_tag_pronoun(w, g, lo)) ||
                           (!d->keds_only &&
                            (bare_before ||
                             (pron_before && contact_relative_pronoun(w, g, lo)) ||
                             modifier_subject_before(w, g, lo)))
                       ? NO
                   : ment_before ? acta_find_subject(w, g->first, lo, scope)
                                 : NO;
    if (!d->keds_only) subj = subordinate_clause_subject(w, gi, vg0, lo, pron_before, subj);
    if (!d->keds_only) subj = relative_reporter(d, w, g, lo, scope, subj);
    if (!d->keds_only) subj = reported_relative(d, w, s, g, subj);
    int closed = 0; /* prec45e: g's doer found past a relative clause */
    if (!d->keds_only) subj = closed_relative(w, g, lo, scope, subj, &closed);
    if (!d->keds_only) subj = restrictive_relative(w, g, lo, subj);
    if (!d->keds_only) subj = help_object_subject(w, g, lo, subj);
    if (d->keds_only) {
      int found;
      int32_t ps = parse_subject(w, g->head, &found);
      subj = found ? ps : keds_subject(w, g, lo, scope, subj);
    }
    if (!d->keds_only && btag == P_PRON) counted_them_participle(w, g, lo, s->last);
    if (may_reduced_relative(w, g, lo, btag)) subj = reduced_relative(d, w, s, g, lo, subj);
    int was_passive = g->passive;
    if (!d->keds_only && may_appositive_participle(w, g))
      subj = appositive_participle(d, w, s, g, lo, subj);
    /* a participle set off by commas is no subject for the verb after it */
    int appositive = g->passive && !was_passive;
    if (!d->keds_only) bare_verdict(w, s, g);
    if (!d->keds_only && may_coordinated_participle(w, s, g, gi, vg0))
      subj = coordinated_participle(d, w, s, gi, vg0, subj);
    if (!d->keds_only && may_elided_passive(w, s, g, gi, vg0))
      subj = acta_elided_passive(d, w, s, gi, vg0, subj); /* actors34 */
    if (!d->keds_only && gi != vg0 && g->negated && !g->passive)
      subj = acta_denied_passive(d, w, s, gi, vg0, subj); /* prec48b */
    if (!d->keds_only) subj = stand_participle(w, gi, vg0, subj);
    if (!d->keds_only && may_link_participle(w, g, gi, vg0))
      subj = link_participle(w, s, gi, vg0, subj);
    if (!d->keds_only) subj = as_by_participle(w, s, lo, g, subj);
    subj = ing_form_subject(w, g, lo, subj);
    /* (g's words and tags stay as they are while its subject is sought:
     * asked once) */
    const int bare_ing = !d->keds_only && may_bare_ing_after(w, g, gi, vg0);
    if (bare_ing && subj != NO) subj = relative_ing_subject(w, gi, vg0, lo, subj);
    if (bare_ing)
      subj = relative_reply_subject(w, gi, vg0, lo, subj); /* prec42a */
    int no_doer = 0; /* force18: none, and none to look for further */
    if (!d->keds_only) subj = passive_agent_participle(w, gi, vg0, subj, &no_doer);
    if (bare_ing) subj = paired_ing_subject(w, gi, vg0, subj, &no_doer);
    if (bare_ing) subj = document_subject(d, w, s, gi, vg0, subj);
    subj = infinitive_subject(d, w, s, gi, vg0, subj);
    subj = accused_subject(d, w, s, g, subj);
    subj = raised_subject(d, w, s, gi, vg0, subj);
    subj = denied_gerund_subject(d, w, gi, vg0, subj);
    if (!d->keds_only && may_listed_allegation(w, g, gi, vg0))
      subj = listed_allegation(d, w, s, gi, vg0, subj);
    if (!d->keds_only && may_comma_listed_allegation(w, s, g, gi, vg0))
      subj = comma_listed_allegation(w, s, g, gi, vg0, subj); /* invented32 */
    if (!d->keds_only && may_coordinated_gerund(w, g, gi, vg0))
      subj = coordinated_gerund(d, w, gi, vg0, subj);
    if (!d->keds_only) subj = allegation_past_purpose(w, s, gi, vg0, subj); /* prec41e */
    if (!d->keds_only) subj = shared_relative_aux(w, gi, vg0, lo, subj);
    if (!d->keds_only) subj = relative_coordinate(w, gi, vg0, lo, s->last, subj);
    subj = acta_weapon_agent_subject(d, w, g, lo, subj); /* prec43a */
    /* actors12: "Police arrested the man after he attacked a guard": a
     * "he", "she" or "it" right before the verb is its subject; an actor
     * found further back that it cannot stand for is not */
    if (!d->keds_only && subj != NO) {
      uint32_t q = g->first;
      while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
      if (q > lo && w->toks.v[q - 1].tag == P_PRON && w->tok_ment[q - 1] == NO &&
          tok_in(w, q - 1, WL_PRON_THIRD) && w->ments[subj].last <= q - 1 &&
          !acta_pronoun_fits(w, q - 1, subj)) {
        acta_trace(w, "  subject: \"%s\" before the verb cannot stand for %s: none\n",
                   norm(w, q - 1), w->ments[subj].code);
        subj = NO;
      } else if (q > lo && w->toks.v[q - 1].tag == P_PRON && w->tok_ment[q - 1] == NO &&
                 w->ments[subj].last <= q - 1) {
        /* actors23: "the Zetas threatened them when they refused": a
         * "they" right before the verb after an object "them" (a "he"
         * or "she" after "him" or "her") stands for what the object does,
         * not the actor before it */
        uint32_t o = object_pronoun_before(w, q - 1, w->ments[subj].last);
        if (o != UINT32_MAX) {
          acta_trace(w, "  subject: \"%s\" after the object \"%s\" stands for it, not %s: none\n",
                     norm(w, q - 1), norm(w, o), w->ments[subj].code);
          subj = NO;
        }
      }
    }
    /* a reporting verb: the speaker "the ministry" stands for, named
     * before (claims.c); one found from a pronoun ("It denied ...") only
     * reports */
    if (g->speaker != NO && !d->keds_only && w->ments[g->speaker].first < s->first &&
        !speaker_by_pronoun(w, gi))
      subj = g->speaker;
    if (subj == NO && !no_doer && !d->keds_only && !g->passive && ment_before)
      subj = acta_event_noun_agent(d, w, g, lo, 0);
    /* a participle set off by commas has its phrase or none: not a
     * pronoun's referent nor the clause's subject before the comma */
    if (subj == NO && !no_doer && !g->appositive && may_pronoun_subject(w, s, bq))
      subj = pronoun_subject(d, w, sc, g, lo, scope);
    int finite = acta_finite_group(w, g);
    /* actors39: "When the farmer refused, the visitor drew a knife and
     * stabbed him": right after "and", a verb coordinated with one whose
     * subject is a phrase no dictionary codes shares that subject (none),
     * not an actor found further back, before that phrase (the same
     * clause's: same scope; not a phrase naming an act, bare_event_head) */
    if (subj != NO && !d->keds_only && bare_gi != SIZE_MAX && gi == bare_gi + 1 &&
        w->vgs[bare_gi].scope == g->scope && !g->passive && bq == g->first && bq > lo && is_and_or(w, bq - 1) &&
        w->ments[subj].last <= w->vgs[bare_gi].first) {
      acta_trace(w, "  subject: \"%s\" shares the bare subject of \"%s\", not %s: none\n",
                 norm(w, g->head), norm(w, w->vgs[bare_gi].head), w->ments[subj].code);
      subj = NO;
    }
    if (subj == NO && !no_doer && !g->appositive && gi > vg0 && g->first > s->first &&
        (w->toks.v[g->first - 1].tag == P_CONJ ||
         (w->toks.v[g->first - 1].kind == TK_PUNCT && w->toks.v[g->first - 1].punct == ',')) &&
        !closed && (d->keds_only || !after_closed_relative(w, g, lo)) &&
        !after_aside(w, g, scope)) { /* prec42a */
      /* "The discovery ... contradicts declarations denying X and reveals
       * Y": a finite verb after "and" shares the last finite verb's
       * subject (here none), not that of a participle after it whose
       * subject is the finite verb's object (sources12) */
      if (!d->keds_only && finite && have_finite && participle_since &&
          is_and_or(w, g->first - 1))
        subj = last_finite;
      else
        subj = last_subject;
    }
    if (bare_ing && subj != NO) subj = saying_ing_subject(w, gi, vg0, subj);
    int said_second = 0; /* (mend48c: the second act of a verb of saying) */
    if (!d->keds_only && may_said_clause_coordinate(w, g, gi, vg0, subj, lo, bq))
      subj = said_clause_coordinate(d, w, s, gi, vg0, lo, subj, &said_second);
    /* prec45a: '"The traffickers who we have extradited ...," he said':
     * a "we" or "I" right before the verb is its subject, the speaker of
     * the quotation it stands in (pronoun_subject) or no one, never an
     * actor named before it (mend45a: in a quotation or in no frame; in
     * another speaker's words quoted or reported, "The rebels told the
     * villagers: we will burn ...", the subject found stays) */
    const frame *fq = scope != NO ? &w->frames[scope] : NULL;
    if (!d->keds_only && subj != NO && pron_before && w->tok_ment[bq - 1] == NO &&
        tok_in(w, bq - 1, WL_PRON_FIRST) && w->ments[subj].last <= bq - 1 &&
        (!fq || (fq->quoted && !nested_voice(w, scope, bq - 1)))) {
      int32_t who = fq && !fq->by_pronoun ? fq->reporter : NO;
      if (who != subj) {
        acta_trace(w, "  subject: \"%s\" before the verb is %s, not %s\n", norm(w, bq - 1),
                   who != NO ? "the quotation's speaker" : "no actor named", w->ments[subj].code);
        subj = who;
      }
    }
    /* prec45a: "the gangs sent congratulations to X of the FMLN, which is
     * ..., and stated: ...", '"...," Concannon added, and warned that':
     * a reporting verb right after "and" speaks with its clause's subject
     * (mend48c: not the subject of the clause an earlier verb of saying
     * says, when it is that verb's second act: "said officers from the
     * riot unit fired tear gas, and denied that ...") */
    if (!d->keds_only && !g->passive && !said_second && h_reports(d, w, g))
      subj = and_speaker(w, s, gi, vg0, lo, scope, subj);
    if (finite) {
      last_finite = subj;
      have_finite = 1;
      participle_since = 0;
    }
    g->subject = subj;
    /* fights15: "After the man answered, the stranger pulled out a gun
     * and killed him": a verb whose subject is a noun phrase no dictionary
     * codes leaves none for a verb after "and" to share ("the man" named
     * before is not the killer) */
    /* (a reporting verb's phrase is a speaker, often the actors named
     * again: "Canada and the UK have agreed ..., the countries announced,
     * promising ...") */
    /* (or a relative's "that" right before it, whose subject is no
     * actor: "the attack that killed two reporters and injured a third"
     * names no one who injured) */
    if (subj == NO && !d->keds_only && !g->passive && !g->reporting && finite && g->has_main &&
        (bare_before || (g->first > lo && w->toks.v[g->first - 1].tag == P_THAT))) {
      last_subject = NO;
      if (bare_before == 2 && !bare_event_head(d, w, g, lo)) bare_gi = gi;
    }
    if (subj != NO && !appositive) {
      last_subject = subj;
      if (!finite && w->toks.v[g->head].penn == PT_VBG) participle_since = 1;
    }
  }
}
