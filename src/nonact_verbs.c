/* SPDX-License-Identifier: MIT */
/* nonact_verbs.c: verbs that only look like acts (triggers.c asks before
 * its unreal tests; claims.c for statements).  Each test reads a fixed
 * window of tokens around one verb group (ACTA_NONACT_WINDOW at most):
 * - a comment or a description: ", raising concerns", "officers backed by
 *   the US", "the now largely demobilized FARC", "hit hard",
 *   "as opposed to", "so called", passive "demonstrated" (shown);
 * - what was not done: a demand's "that" clause, "if" before the verb,
 *   "preparations to demobilize", "too early to confirm";
 * - a class or a pattern, no act: "mayors who refuse to cooperate", an
 *   "-ing" clause after the simple present, a report's present finding,
 *   a ratio ("one person for every 29,000 arrests");
 * - senses of no force: "target" with extortion or the law, a fight
 *   against a practice, "attack" on words (criticism, 111), "ignore" a
 *   fact, "sabotaging the truce";
 * - whose words they are: the writer's "we", an "according to" phrase, an
 *   analyst's or a survey's saying, an uncoded speaker before the verb;
 * - the status of a claim's clause (alleged) and of an acquittal
 *   (negated);
 * - what a body or a means is for: "an office for investigating". */
#include "coder_internal.h"
#include "vocab.h"
#include "tagger_model.h"

/* the adverbs a result's "-ing" form may follow its comma by ("once again") */
#define RESULT_ADVERBS 3

const char *acta_result_comment(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g) {
  const acta_token *h = &w->toks.v[g->head];
  if (h->penn != PT_VBG || g->first != g->head || g->first == s->first) return NULL;
  /* prec48e: adverbs between the comma and the "-ing" form ("..., once
   * again raising concerns", "..., further fuelling fears") */
  uint32_t b = g->first;
  while (b > s->first + 1 && g->first - b < RESULT_ADVERBS && w->toks.v[b - 1].tag == P_ADV) b--;
  if (!is_punct(w, b - 1, ',') && !is_punct(w, b - 1, '-')) return NULL;
  if (!acta_lemma_in2(w->cw, h->vlemma, WL2_RESULT_VERB)) return NULL;
  /* "raising concerns", "sparking fears", "raising new questions" */
  for (uint32_t q = g->last; q < s->last && q < g->last + 3; q++)
    if (acta_lemma_in2(w->cw, w->toks.v[q].nlemma, WL2_CONCERN_NOUN) ||
        acta_lemma_in2(w->cw, w->toks.v[q].vlemma, WL2_CONCERN_NOUN))
      return "a comment: what the news gave rise to, no one's statement";
  return NULL;
}

const char *acta_support_description(const struct acta_work *w, const acta_sentence *s,
                                     const vgroup *g, const char *code) {
  if (cameo_root(code) != 5 || !g->passive || g->first != g->head || g->appositive ||
      g->shared_aux || g->first == s->first)
    return NULL;
  uint8_t tg = w->toks.v[g->first - 1].tag;
  if (tg != P_NOUN && tg != P_PROPN) return NULL;
  return "a description: a noun's backing, no act of support told";
}

/* mend44e: is verb group g's subject a body or an office holder (a role
 * of the state, a party, an armed group or a firm), not people? */
static int body_subject(const struct acta_work *w, const vgroup *g) {
  if (g->subject == NO) return 0;
  const char *r = w->ments[w->ments[g->subject].group].role;
  return acta_state_role(r) || acta_armed_group_role(r) || acta_code_eq(r, "BUS") ||
         acta_code_eq(r, "INS") || acta_code_eq(r, "PTY") || acta_code_eq(r, "IGO");
}

const char *acta_own_staff_appeal(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g, const char *code) {
  /* prec44e: "the minister told her aides to check the files",
   * "called on its officers to": a body's head instructing its own people
   * makes no appeal (root 02) to another actor */
  if (cameo_root(code) != 2 || g->passive) return NULL;
  uint32_t q = g->last;
  if (q < s->last && is_word(w, q, w->cw->w_on)) q++;
  if (q >= s->last || w->toks.v[q].penn != PT_PRPS) return NULL;
  /* "residents asked his staff": a singular owner is not plural people */
  if ((is_vocab(w, q, V_HIS) || is_vocab(w, q, V_HER)) && g->subject != NO) {
    const mention *m = &w->ments[g->subject];
    if (m->last > m->first && w->toks.v[m->last - 1].penn == PT_NNS) return NULL;
  }
  /* mend44e: "their" officials, deputies or prosecutors of people
   * ("farmers asked their deputies") are their representatives: only a
   * body or an office holder of the state, a party, an armed group or a
   * firm has staff of its own */
  if (is_vocab(w, q, V_THEIR) && !body_subject(w, g)) return NULL;
  q++;
  for (int k = 0; k < 2 && q < s->last && w->toks.v[q].tag == P_ADJ; k++) q++;
  if (q >= s->last || !tok_lemma_in6(w, q, w->toks.v[q].nlemma, WL6_STAFF_NOUN)) return NULL;
  return "an instruction to the source's own people, no appeal to another actor";
}

/* prec48e: the words an object phrase of "release" may run over before
 * its head ("a surprise plan", "something of a surprise") */
#define RELEASED_REACH 8

/* mend48e: bodies of people whose word has an abstract noun's ending
 * ("freed the congregation", "released the trade mission") */
static const char *const people_body[] = {
    "congregation", "congregations", "delegation", "delegations", "mission",
    "missions",     "expedition",    "expeditions", "deputation", "community",
    "communities",  "population",    "populations", "minority",   "minorities",
    "opposition",   "resistance",    "fraternity",  NULL};

/* prec48e: is token q a noun of no person by its word: "something",
 * "anything", a thing an actor has ("plan", "policy"), a document, a
 * guess, a thing given ("funds"), or an abstract noun by its ending
 * ("information", "statement", "willingness", "capacity", "criticism",
 * "evidence")?  The caller has checked that no actor's mention covers it. */
static int thing_word(const struct acta_work *w, uint32_t q) {
  static const char *const pron[] = {"something", "anything", "nothing", "everything", NULL};
  static const char *const ends[] = {"tion", "sion", "ment", "ness", "ity", "ism", "ance",
                                     "ence", NULL};
  if (norm_one_of(w, q, pron)) return 1;
  if (tok_in(w, q, WL_THING_NOUN | WL_DOCUMENT_NOUN | WL_SPECULATION_NOUN | WL_GIVEN_THING))
    return 1;
  const char *x = norm(w, q);
  size_t n = w->toks.v[q].norm_len;
  if (n > 1 && x[n - 1] == 's') n--;
  for (const char *const *e = ends; *e; e++) {
    size_t k = strlen(*e);
    if (n > k + 2 && !memcmp(x + n - k, *e, k)) return 1;
  }
  return 0;
}

const char *acta_thing_released(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code, const char *pat) {
  /* "released something of a surprise", "released a surprise plan": a
   * release of people (0841) by the bare verb needs people freed; a thing
   * given out is no release.  The head of the object phrase decides: the
   * last noun of its first run of nouns, past a count's "of" ("a number
   * of workers"); an actor, a pronoun, a number, a name or a noun of
   * people keeps the release, and so does a noun of unknown kind. */
  if (strcmp(code, "0841") != 0 || g->passive ||
      (strcmp(pat, "release") != 0 && strcmp(pat, "free") != 0))
    return NULL;
  int32_t head = NO;
  for (uint32_t q = g->last; q < s->last && q < g->last + RELEASED_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_ment[q] != NO) return NULL;
    if (t->tag == P_NOUN) {
      head = (int32_t)q;
      if (q + 1 < s->last && w->toks.v[q + 1].tag == P_NOUN) continue;
      if (q + 2 < s->last && is_word(w, q + 1, w->cw->w_of) &&
          (acta_lemma_in2(w->cw, t->nlemma, WL2_COUNT_NOUN) || tok_in(w, q, WL_PEOPLE_HEAD)))
        { q++; head = NO; continue; }
      break;
    }
    if (t->tag == P_DET || t->tag == P_ADJ || t->tag == P_ADV || t->tag == P_POSS) continue;
    return NULL; /* a pronoun, a number, a name, a verb or a preposition */
  }
  if (head == NO || tok_in(w, (uint32_t)head, WL_PEOPLE_HEAD | WL_PERSON_NOUN)) return NULL;
  /* mend48e: a body of people, not its possession ("the mission's report") */
  if (norm_one_of(w, (uint32_t)head, people_body) &&
      !((uint32_t)head + 1 < s->last && w->toks.v[head + 1].tag == P_POSS))
    return NULL;
  if (!thing_word(w, (uint32_t)head)) return NULL;
  /* "something like 20 soldiers", "something of a surprise": the words
   * after "like" or "of" may still count people */
  for (uint32_t q = (uint32_t)head + 1; q < s->last && q < (uint32_t)head + RELEASED_REACH; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_ment[q] != NO || t->tag == P_NUM || cap_name(w, q) ||
        tok_in(w, q, WL_PEOPLE_HEAD | WL_PERSON_NOUN))
      return NULL;
    if (t->tag == P_DET || t->tag == P_ADJ || t->tag == P_ADV || t->tag == P_NOUN ||
        is_word(w, q, w->cw->w_of) || norm_eq(w, q, "like"))
      continue;
    break;
  }
  return "a thing given out, no people freed";
}

int acta_felt_passive(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* prec48e: "farmers feel targeted by the police", "residents felt
   * threatened": a participle after "feel" tells how the subject takes it,
   * the act only its claim (alleged) */
  static const char *const feel[] = {"feel", "feels", "felt", "feeling", NULL};
  if (g->first != g->head || g->first == s->first) return 0;
  uint8_t hp = w->toks.v[g->head].penn;
  if (hp != PT_VBN && hp != PT_VBD) return 0;
  uint32_t q = g->first;
  for (int n = 0; n < 2 && q > s->first + 1 && w->toks.v[q - 1].tag == P_ADV; n++) q--;
  return norm_one_of(w, q - 1, feel);
}

const char *acta_writer_act(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  /* "we were helped by X": X acted */
  if (g->passive) return NULL;
  uint32_t q = g->first;
  while (q > s->first && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q == s->first) return NULL;
  if (!is_vocab(w, q - 1, V_WE) && !is_vocab(w, q - 1, V_I)) return NULL;
  /* in a quotation "we" is its speaker's */
  int32_t scope = w->tok_scope[g->head];
  if (scope != NO && w->frames[scope].quoted) return NULL;
  /* ... and in a quotation that closes after it ('We have trained
   * personnel," the colonel said') */
  for (uint32_t k = g->last; k < s->last && k < g->last + ACTA_NONACT_WINDOW; k++)
    if (is_punct(w, k, '"')) return NULL;
  return "the writer's own act (we), no actor's";
}

int acta_mandated_clause(const struct acta_work *w, const acta_sentence *s, size_t gi,
                         size_t vg0) {
  const vgroup *g = &w->vgs[gi];
  const acta_token *h = &w->toks.v[g->head];
  if (gi <= vg0 || g->to_inf || g->passive) return 0;
  if (h->penn != PT_VB && h->penn != PT_VBP) return 0;
  for (uint32_t q = g->first; q < g->head; q++)
    if (w->toks.v[q].tag == P_AUX || w->toks.v[q].tag == P_MODAL) return 0;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->last > g->first || pg->first < s->first) return 0;
  if (!acta_lemma_in2(w->cw, w->toks.v[pg->head].vlemma, WL2_MANDATE_VERB)) return 0;
  /* "demanded that the army withdraw": "that" right after the verb (or
   * after "for it"), then the clause's subject */
  for (uint32_t q = pg->last; q < g->first && q < pg->last + 3; q++)
    if (is_word(w, q, w->cw->w_that)) return 1;
  return 0;
}

/* invented15: "a seaside flat occupied by a group of Colombians",
 * "cells 2 and 6, occupied by members of the gang": a dwelling
 * (WL2_DWELLING_NOUN) occupied by its residents is lived in, no
 * occupation (192).  The noun within five tokens before the participle,
 * over numbers, "and", a comma and adjectives; "the town hall was occupied
 * by rebels" stays. */
const char *acta_dwelling_occupied(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g, const char *code) {
  if (strncmp(code, "192", 3) || g->first != g->head) return NULL;
  /* (the tagger may read a past after a comma: "cells 2 and 6, occupied
   * by") */
  if (!is_vocab(w, g->head, V_OCCUPIED) || g->last >= s->last ||
      (!g->passive && !is_word(w, g->last, w->cw->w_by)))
    return NULL;
  for (uint32_t q = g->first, k = 0; q > s->first && k < 5; q--, k++) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (acta_lemma_in2(w->cw, tk->nlemma, WL2_DWELLING_NOUN))
      return "lived in: a dwelling occupied by its residents, no occupation";
    if (!(tk->tag == P_NUM || tk->tag == P_ADJ || is_and_or(w, q - 1) || is_punct(w, q - 1, ',')))
      return NULL;
  }
  return NULL;
}

const char *acta_shown_not_done(const struct acta_work *w, const vgroup *g,
                                const char *code) {
  if (cameo_root(code) != 14 || !g->passive) return NULL;
  if (!acta_lemma_in2(w->cw, w->toks.v[g->head].vlemma, WL2_SHOW_VERB)) return NULL;
  return "shown, not a protest: a passive \"demonstrated\" is \"shown\"";
}

int acta_so_called(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  return g->first == g->head && g->first > s->first &&
         acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_call) &&
         is_vocab(w, g->first - 1, V_SO);
}

int acta_acquittal(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                   const char *code) {
  if (strncmp(code, "116", 3)) return 0;
  /* "found them not guilty", "found him innocent", "not guilty of" */
  for (uint32_t q = g->last; q < s->last && q < g->last + 8; q++) {
    if (w->toks.v[q].kind == TK_PUNCT || w->toks.v[q].tag == P_VERB) break;
    if (norm_eq(w, q, "innocent")) return 1;
    if (norm_eq(w, q, "guilty")) return q > g->last && w->toks.v[q - 1].tag == P_NEG;
  }
  return 0;
}

/* How many words back from its verb "according to" may stand (a
 * parenthesis counts as one). */
#define ATTRIBUTION_REACH 12

const char *acta_attribution_words(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g) {
  /* "according to judicial sources consulted by the newspaper", "according
   * to officials who asked not to be named": a bare participle or a
   * relative clause's verb, back to "according to" with no mark and no
   * other verb between ("according to the ministry the country is
   * threatened" is the clause's own verb) */
  if (g->first != g->head || g->first == s->first) return NULL;
  uint8_t pt = w->toks.v[g->first - 1].tag;
  if (!g->passive && w->toks.v[g->head].penn != PT_VBN && pt != P_WH && pt != P_THAT)
    return NULL;
  for (uint32_t q = g->first, k = 0; q > s->first + 1 && k < ATTRIBUTION_REACH; q--, k++) {
    uint32_t p = q - 1;
    /* coop15: "according to Federal Bureau of Investigation (FBI) sources
     * consulted by", "according to two Alcohol, Tobacco, Firearms and Explosives
     * (ATF) agents consulted by": an acronym's parenthesis, a comma
     * between two capitalised words of a name */
    if (is_punct(w, p, ')')) {
      uint32_t r = p;
      while (r > s->first + 1 && p - r < ATTRIBUTION_REACH && !is_punct(w, r, '(')) r--;
      if (!is_punct(w, r, '(')) return NULL;
      q = r + 1;
      continue;
    }
    if (is_punct(w, p, ',') && p + 1 < s->last && p > s->first &&
        (w->toks.v[p - 1].flags & TF_CAP) && (w->toks.v[p + 1].flags & TF_CAP) &&
        w->toks.v[p - 1].tag == P_PROPN && w->toks.v[p + 1].tag == P_PROPN)
      continue;
    if (w->toks.v[p].kind == TK_PUNCT) return NULL;
    if (is_word(w, p, w->cw->w_to) && is_word(w, p - 1, w->cw->w_according))
      return "the words of an attribution (according to ...), no act told";
    if (w->tok_vg[p] != NO && w->toks.v[p].tag == P_VERB) return NULL;
  }
  return NULL;
}

int acta_as_opposed(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "as opposed to independent growers": a contrast, no opposition */
  return g->first == g->head && g->first > s->first && g->last < s->last &&
         norm_eq(w, g->head, "opposed") && is_word(w, g->first - 1, w->cw->w_as) &&
         is_word(w, g->last, w->cw->w_to);
}

const char *acta_class_description(const struct acta_work *w, const acta_sentence *s,
                                   size_t gi, size_t vg0) {
  /* "mayors who refuse to cooperate", "gangs that extort businesses": a
   * present verb in a relative clause on a plural with no determiner
   * describes a class of people, no one's act */
  const vgroup *g = &w->vgs[gi];
  const vgroup *lead = g;
  /* "who refuse to cooperate": from the infinitive to its verb */
  if (g->to_inf && gi > vg0 && w->vgs[gi - 1].last <= g->first && w->vgs[gi - 1].last + 1 >= g->first)
    lead = &w->vgs[gi - 1];
  uint8_t pt = w->toks.v[lead->first].penn;
  if (pt != PT_VBP && pt != PT_VBZ) return NULL;
  /* "people who are kidnapped": the victims of a list of passives, whose
   * other members keep their own tests */
  if (g->passive || lead->passive) return NULL;
  if (lead->first < s->first + 2) return NULL;
  uint32_t r = lead->first - 1;
  if (w->toks.v[r].tag != P_WH && w->toks.v[r].tag != P_THAT) return NULL;
  uint32_t n = r - 1;
  if (w->toks.v[n].penn != PT_NNS) return NULL;
  uint32_t b = n;
  while (b > s->first && (w->toks.v[b - 1].tag == P_ADJ || w->toks.v[b - 1].tag == P_NOUN))
    b--;
  if (b > s->first) {
    uint8_t bt = w->toks.v[b - 1].tag;
    if (bt == P_DET || bt == P_NUM || bt == P_POSS || bt == P_PROPN) return NULL;
  }
  return "a class of people described (a present verb in a relative clause on a bare plural)";
}

int acta_analyst_speaker(const struct acta_work *w, int32_t m) {
  if (m == NO) return 0;
  /* "61 percent of Peruvians told pollsters": a survey's share, no one's
   * statement */
  uint32_t f = w->ments[m].first;
  if (f >= 2 && is_word(w, f - 1, w->cw->w_of) && is_vocab(w, f - 2, V_PERCENT)) return 1;
  for (uint32_t q = f; q + 1 < w->ments[m].last && q < f + 3; q++)
    if (is_vocab(w, q, V_PERCENT) && is_word(w, q + 1, w->cw->w_of)) return 1;
  /* "Treasury Ministry experts" are the ministry's: only a phrase coded by
   * its country alone */
  if (w->ments[m].role[0]) return 0;
  for (uint32_t q = w->ments[m].first; q < w->ments[m].last; q++)
    if (tok_in2(w, q, WL2_ANALYST_NOUN)) return 1;
  return 0;
}

/* How far from the verb of saying an opinion piece's noun is looked for. */
#define OPINION_REACH 16

/* invented27: is the saying at token verb told in an opinion piece:
 * "Writing for Foreign Policy magazine, X argues that ...", "in an op-ed
 * for the Tampa Courier, X said", "noted in a Boston Ledger editorial"
 * (not "a column of soldiers")? */
int acta_opinion_piece(const struct acta_work *w, const acta_sentence *s, uint32_t verb) {
  uint32_t f = s->first;
  while (f < s->last && f < s->first + 2 && w->toks.v[f].kind == TK_PUNCT) f++;
  if (f + 1 < s->last && w->toks.v[f].penn == PT_VBG &&
      tok_lemma_in5(w, f, w->toks.v[f].vlemma, WL5_WRITE_VERB) &&
      (is_word(w, f + 1, w->cw->w_for) || is_word(w, f + 1, w->cw->w_in)))
    return 1;
  uint32_t lo = verb > s->first + OPINION_REACH ? verb - OPINION_REACH : s->first;
  for (uint32_t q = lo; q < s->last && q < verb + OPINION_REACH; q++) {
    if (w->toks.v[q].tag != P_NOUN || !tok_in5(w, q, WL5_OPINION_PIECE)) continue;
    if (q + 1 < s->last && is_word(w, q + 1, w->cw->w_of)) continue;
    for (uint32_t b = q; b > s->first && q - b < 6; b--) {
      const acta_token *t = &w->toks.v[b - 1];
      if (is_word(w, b - 1, w->cw->w_in)) return 1;
      if (t->tag != P_DET && t->tag != P_POSS && t->tag != P_ADJ && t->tag != P_PROPN &&
          t->tag != P_NOUN)
        break;
    }
  }
  return 0;
}

/* prec48e: how many words back a chain of nouns and prepositions is read */
#define NOUN_CHAIN_REACH 12

int acta_attributive_participle(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g) {
  /* "with convicted human traffickers facing ...", "the convicted drug
   * trafficker X": a past participle before the noun it qualifies, after
   * a determiner, a preposition or an adjective: an adjective, no act */
  if (g->first != g->head || g->passive || g->first == s->first || g->last >= s->last)
    return 0;
  uint8_t hp = w->toks.v[g->head].penn;
  /* fights15: "to hide kidnap victims", "families pay kidnap ransoms",
   * "have abandoned kidnap for ransom": a bare base form right after
   * another main verb and right before a bare noun (or "for") modifies
   * that noun ("helped kill rebels" is help's verb) */
  if (hp == PT_VB && !g->to_inf && w->toks.v[g->first - 1].tag == P_VERB &&
      !acta_lemma_is(w->toks.v[g->first - 1].vlemma, w->cw->l_help) &&
      (w->toks.v[g->last].tag == P_NOUN || is_word(w, g->last, w->cw->w_for)))
    return 1;
  /* fights15: "a name for random and frightening levels of
   * violence", "the ruling party": an "-ing" form after a determiner, a
   * possessive or an adjective (or "and" after an adjective) and before
   * a noun qualifies the noun */
  if (hp == PT_VBG && w->toks.v[g->last].tag == P_NOUN && w->tok_vg[g->last] == NO) {
    uint8_t pt = w->toks.v[g->first - 1].tag;
    if (pt == P_DET || pt == P_POSS || pt == P_ADJ) return 1;
    if (is_and_or(w, g->first - 1) && g->first >= s->first + 2 &&
        w->toks.v[g->first - 2].tag == P_ADJ)
      return 1;
    /* invented29: "businesses and even gift vouchers are used by the
     * traffickers": after an adverb, before a plural noun that is the
     * subject of "are" or "were" right after it, a noun's modifier */
    if (pt == P_ADV && w->toks.v[g->last].penn == PT_NNS && g->last + 1 < s->last &&
        (is_vocab(w, g->last + 1, V_ARE) || is_vocab(w, g->last + 1, V_WERE)))
      return 1;
  }
  /* invented12: "an exceptionally high kill rate": a base form after a
   * determiner (adverbs and adjectives between) and before a noun is the
   * noun's modifier */
  if (hp == PT_VB && !g->to_inf && w->toks.v[g->last].tag == P_NOUN &&
      w->tok_vg[g->last] == NO) {
    uint32_t b = g->first;
    while (b > s->first + 1 &&
           (w->toks.v[b - 1].tag == P_ADV || w->toks.v[b - 1].tag == P_ADJ))
      b--;
    return w->toks.v[b - 1].tag == P_DET;
  }
  /* invented12: "this remote and sparsely patrolled border region": a
   * past form (the tagger's participle or past), adverbs before it or not,
   * joined by "and" or a comma to an adjective, before a noun: the
   * adjective after a determiner, or, with an adverb, after an adjective
   * or a preposition too (invented19: with no adverb, "support for a
   * peaceful, negotiated solution", "a joint and coordinated response";
   * "seized a gun and killed him": no adjective before "and").  (review20:
   * one rule, written twice before) */
  if ((hp == PT_VBN || hp == PT_VBD) && w->toks.v[g->last].tag == P_NOUN &&
      w->tok_vg[g->last] == NO && g->first >= s->first + 3) {
    uint32_t b = g->first;
    while (b > s->first + 3 && w->toks.v[b - 1].tag == P_ADV) b--;
    uint8_t pt = w->toks.v[b - 3].tag;
    if ((is_and_or(w, b - 1) || is_punct(w, b - 1, ',')) && w->toks.v[b - 2].tag == P_ADJ &&
        (pt == P_DET || (b < g->first && (pt == P_ADJ || pt == P_PREP))))
      return 1;
  }
  /* prec48e: "with extra courses for judges and improved software",
   * "After weeks of talks and renewed fighting": a past form after "and"
   * and before a bare noun phrase (an adjective or a noun first), the
   * "and" joining nouns inside a phrase opened by a preposition that no
   * verb governs (back over nouns, adjectives, determiners and
   * prepositions to the sentence's start or punctuation, past one
   * preposition at least; "seized guns with silencers and killed two men"
   * reaches "seized") */
  if ((hp == PT_VBN || hp == PT_VBD) && g->first >= s->first + 2 && is_and_or(w, g->first - 1) &&
      (w->toks.v[g->last].tag == P_ADJ || w->toks.v[g->last].tag == P_NOUN) &&
      w->tok_vg[g->last] == NO && w->toks.v[g->first - 2].tag == P_NOUN) {
    int prep = 0;
    uint32_t b = g->first - 1;
    for (int n = 0; b > s->first && n < NOUN_CHAIN_REACH; n++) {
      const acta_token *t = &w->toks.v[b - 1];
      if (t->tag == P_PREP) prep = 1;
      else if (t->tag != P_NOUN && t->tag != P_ADJ && t->tag != P_DET && t->tag != P_PROPN &&
               t->tag != P_POSS && t->tag != P_NUM)
        break;
      b--;
    }
    if (prep && (b == s->first || w->toks.v[b - 1].kind == TK_PUNCT)) return 1;
  }
  if (hp != PT_VBN && hp != PT_VBG) return 0;
  /* "the now cooperating organizations": an "-ing" form only after a
   * determiner (and adverbs), before a noun */
  if (hp == PT_VBG) {
    uint32_t b = g->first;
    while (b > s->first + 1 && w->toks.v[b - 1].tag == P_ADV) b--;
    if (w->toks.v[g->last].tag != P_NOUN || w->tok_vg[g->last] != NO) {
      /* invented15: an adjective between ("the surrounding rural towns") */
      if (w->toks.v[g->last].tag != P_ADJ || g->last + 1 >= s->last ||
          w->toks.v[g->last + 1].tag != P_NOUN || w->tok_vg[g->last + 1] != NO)
        return 0;
    }
    if (w->toks.v[b - 1].tag == P_DET) return 1;
    /* invented15: joined by "and", "or" or a comma to an adjective after a
     * determiner, an adjective or a preposition ("a name for
     * random and frightening levels of violence") */
    if (b >= s->first + 3 && (is_and_or(w, b - 1) || is_punct(w, b - 1, ',')) &&
        w->toks.v[b - 2].tag == P_ADJ &&
        (w->toks.v[b - 3].tag == P_DET || w->toks.v[b - 3].tag == P_ADJ ||
         w->toks.v[b - 3].tag == P_PREP))
      return 1;
    /* invented15: an "-ing" form that is an adjective of place
     * (WL3_PLACE_ING: "surrounding", "neighboring") after a preposition
     * ("residents of surrounding rural towns") */
    return w->toks.v[b - 1].tag == P_PREP &&
           acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_PLACE_ING);
  }
  /* "the areas hardest hit by", "the worst affected": a superlative makes
   * the participle a degree, an adjective */
  uint8_t sp = w->toks.v[g->first - 1].penn;
  if (sp == PT_RBS || sp == PT_JJS) return 1;
  uint8_t nt = w->toks.v[g->last].tag;
  if (nt != P_NOUN && nt != P_ADJ && nt != P_PROPN) return 0;
  /* "the largely demobilized FARC": adverbs between */
  uint32_t b = g->first;
  while (b > s->first + 1 && w->toks.v[b - 1].tag == P_ADV) b--;
  const acta_token *pv = &w->toks.v[b - 1];
  /* bugs23: "former army captain and convicted drug trafficker X claimed":
   * after "and" joining a noun phrase with no verb before it in the
   * sentence (a bounded look back), the participle qualifies the next
   * noun: the two are the subject to come */
  if (is_and_or(w, b - 1) && b >= s->first + 2 &&
      (w->toks.v[b - 2].tag == P_NOUN || w->toks.v[b - 2].tag == P_PROPN)) {
    enum { SUBJECT_REACH = 40 };
    uint32_t q = b - 1;
    while (q > s->first && b - q < SUBJECT_REACH && w->tok_vg[q - 1] == NO) q--;
    if (q == s->first) return 1;
  }
  /* (not after "and" or a comma: "killed and captured numerous leaders",
   * "arrested four suspects and seized drugs" are verbs the tagger may
   * read as participles) */
  return pv->tag == P_DET || pv->tag == P_PREP || pv->tag == P_ADJ;
}

int acta_participle_noun(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* invented16: "inmates on remand are kept separate from the convicted",
   * "the accused were released": "the" makes the participle a noun; no
   * act (not before a noun, an adjective, a number or "by": "the arrested
   * men", "the detained by police") */
  if (g->first != g->head || g->last != g->first + 1 || g->first <= s->first ||
      !is_word(w, g->first - 1, w->cw->w_the))
    return 0;
  uint8_t hp = w->toks.v[g->head].penn;
  if (hp != PT_VBN && hp != PT_VBD) return 0;
  if (g->last < s->last) {
    uint8_t nt = w->toks.v[g->last].tag;
    if (nt == P_NOUN || nt == P_PROPN || nt == P_ADJ || nt == P_NUM ||
        is_word(w, g->last, w->cw->w_by) || w->tok_ment[g->last] != NO)
      return 0;
  }
  return 1;
}

int acta_figurative_destruction(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code) {
  /* "sabotaging the truce", "destroyed the peace process": no property */
  if (strcmp(code, "1712") || g->passive) return 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + 4; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || w->tok_ment[q] != NO || tk->tag == P_PREP ||
        tk->tag == P_PRON || w->tok_vg[q] != NO)
      return 0;
    if (tok_in2(w, q, WL2_ENDANGERED)) return 1;
  }
  return 0;
}

/* Is token p a dash between two proper nouns, inside a name ("the
 * Jalisco Cartel - New Generation")? */
static int dash_in_name(const struct acta_work *w, const acta_sentence *s, uint32_t p) {
  const acta_token *tk = &w->toks.v[p];
  return tk->kind == TK_PUNCT && tk->punct == '-' && p > s->first && p + 1 < s->last &&
         w->toks.v[p - 1].tag == P_PROPN && w->toks.v[p + 1].tag == P_PROPN;
}

/* How many words of verb ("began to", "have recently") may stand between a
 * noun of claim and the "that" of its clause. */
#define SPREAD_REACH 5

/* invented24: does the verb ending at token v tell a claim spreading, its
 * subject a noun of claim ("rumours started to spread that he had been
 * killed", "allegations surfaced that police were executing suspects"):
 * the clause after "that" is what is claimed? */
static int spread_claim(const struct acta_work *w, const acta_sentence *s, uint32_t v) {
  /* (a time phrase between: "surfaced last month that") */
  for (int k = 0; k < 3 && v > s->first && w->tok_vg[v] == NO &&
                  (w->toks.v[v].tag == P_NOUN || w->toks.v[v].tag == P_ADJ ||
                   w->toks.v[v].tag == P_DET || w->toks.v[v].tag == P_ADV);
       k++)
    v--;
  if (w->tok_vg[v] == NO || !tok_lemma_in5(w, v, w->toks.v[v].vlemma, WL5_SPREAD_VERB)) return 0;
  for (uint32_t b = v, k = 0; b > s->first && k < SPREAD_REACH; b--, k++) {
    const acta_token *t = &w->toks.v[b - 1];
    if (w->tok_vg[b - 1] != NO || t->tag == P_TO || t->tag == P_ADV) continue;
    return tok_in4(w, b - 1, WL4_CLAIM_NOUN);
  }
  return 0;
}

/* prec44d: how many words a prepositional phrase between a noun of
 * claim and its "that" may have ("claims from inside the senate that") */
#define CLAIM_PHRASE_REACH 8

/* mend44d: is the preposition at token p one of a claim's source or
 * time ("from", "by", "in", "within", "inside", "among", "during", "on" a
 * day)?  After "of", "about", "against" ("reports about the village that
 * soldiers raided") a relative clause on the phrase's noun may follow. */
static int claim_phrase_prep(const struct acta_work *w, const acta_sentence *s, uint32_t p) {
  if (norm_eq(w, p, "from") || norm_eq(w, p, "by") || norm_eq(w, p, "in") ||
      norm_eq(w, p, "within") || norm_eq(w, p, "inside") || norm_eq(w, p, "among") ||
      norm_eq(w, p, "during"))
    return 1;
  return norm_eq(w, p, "on") && p + 1 < s->last && tok_in(w, p + 1, WL_TIME_NOUN);
}

/* mend44d: does a noun, a name or a pronoun stand right before the noun
 * of claim at token c ("the ministry reports on its website that"): a
 * subject and its verb the tagger took for a noun? */
static int noun_before_claim(const struct acta_work *w, const acta_sentence *s, uint32_t c) {
  if (c <= s->first) return 0;
  const acta_token *tk = &w->toks.v[c - 1];
  if (tk->tag == P_PRON)
    return !(norm_eq(w, c - 1, "his") || norm_eq(w, c - 1, "her") || norm_eq(w, c - 1, "its") ||
             norm_eq(w, c - 1, "their") || norm_eq(w, c - 1, "our"));
  return tk->tag == P_NOUN || tk->tag == P_PROPN || norm_eq(w, c - 1, "'s") ||
         norm_eq(w, c - 1, "’s");
}

/* prec44d: does a prepositional phrase after a noun of claim end right
 * before "that" at token t ("there were claims from inside the senate
 * that", "reports in January that", "accusations by rights groups that")?
 * The noun's clause is the claim's, alleged.  Not after "of" ("charges of
 * graft that prosecutors filed": a relative clause on the phrase may
 * follow), nor a verb or a mark between. */
static int claim_phrase_before(const struct acta_work *w, const acta_sentence *s, uint32_t t) {
  for (uint32_t b = t, k = 0; b > s->first + 1 && k < CLAIM_PHRASE_REACH; b--, k++) {
    const acta_token *tk = &w->toks.v[b - 1];
    if (w->tok_vg[b - 1] != NO || tk->kind == TK_PUNCT) return 0;
    if (tk->tag == P_PREP && w->toks.v[b - 2].tag == P_NOUN &&
        tok_in4(w, b - 2, WL4_CLAIM_NOUN))
      return claim_phrase_prep(w, s, b - 1) && !noun_before_claim(w, s, b - 2) &&
             !acta_confirmed_claim(w, s, b - 2);
    if (!np_tag(tk->tag) && tk->tag != P_ADJ && tk->tag != P_NUM && tk->tag != P_PREP)
      return 0;
  }
  return 0;
}

/* prec48e: is group g a verb of answering a claim with nothing after it
 * ("charges the government has rejected, but ...", "accusations that the
 * mayor rejected."): a relative clause whose object is the noun of claim,
 * the answer itself told, no content of the claim? */
static int claim_answered(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  static const char *const answer[] = {
      "denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses",
      "dismiss", "refuted", "refutes", "refute", "disputed", "disputes", "dispute", "rebutted",
      "contested", "contests", "confirmed", "confirms", "confirm", "acknowledged",
      "acknowledges", "investigated", "investigating", "investigate", NULL};
  if (g->passive || !norm_one_of(w, g->head, answer)) return 0;
  uint32_t q = g->last;
  while (q < s->last && w->toks.v[q].tag == P_ADV) q++;
  return q >= s->last || w->toks.v[q].kind == TK_PUNCT || is_and_or(w, q) ||
         norm_eq(w, q, "but");
}

/* (speed37b: triggers.c asks this only of a sentence with a
 * WL4_CLAIM_NOUN word: a word this test comes to need is noted there too) */
int acta_claimed_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "accusations that a rival group is funding the vigilantes", "rumors
   * that the army had withdrawn": the clause after a noun of claim is
   * alleged */
  if (claim_answered(w, s, g)) return 0;
  for (uint32_t q = g->first, k = 0; q > s->first + 1 && k < 10; q--, k++) {
    uint32_t p = q - 1;
    /* (a dash inside an actor's name goes on: "claims the Jalisco Cartel -
     * New Generation was arming them", invented10) */
    if (w->toks.v[p].kind == TK_PUNCT && !dash_in_name(w, s, p)) return 0;
    /* (the act after "help" is the clause's own: "on charges he helped
     * fund a ring", words12's help_verbs.c) */
    if (w->tok_vg[p] != NO && w->toks.v[p].tag == P_VERB &&
        !acta_lemma_is(w->toks.v[p].vlemma, w->cw->l_help))
      return 0;
    if (is_word(w, p, w->cw->w_that))
      return ((tok_in4(w, p - 1, WL4_CLAIM_NOUN) || spread_claim(w, s, p - 1)) &&
              !acta_confirmed_claim(w, s, p - 1)) /* prec37d */ ||
             claim_phrase_before(w, s, p); /* prec44d */
    /* "accusations the drug smugglers paid $3 million": "that" left out,
     * the clause's subject right after the noun */
    /* (a pronoun and a compound too: "charges he and other police
     * officials helped", sources12) */
    if (tok_in4(w, p, WL4_CLAIM_NOUN) && p + 1 < g->first &&
        (np_tag(w->toks.v[p + 1].tag) || w->toks.v[p + 1].tag == P_PRON) &&
        w->toks.v[p + 1].tag != P_POSS && !acta_confirmed_claim(w, s, p) /* prec37d */) {
      for (uint32_t r = p + 1; r < g->first; r++)
        if (!np_tag(w->toks.v[r].tag) && w->toks.v[r].tag != P_ADV && !dash_in_name(w, s, r) &&
            !(r == p + 1 && w->toks.v[r].tag == P_PRON) && !is_and_or(w, r) &&
            !acta_lemma_is(w->toks.v[r].vlemma, w->cw->l_help))
          return 0;
      return 1;
    }
  }
  return 0;
}

int acta_planned_infinitive(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  /* "preparations to demobilize", "plans to attack", "an attempt to
   * negotiate": the act a noun of plan or effort names is not done */
  if (!g->to_inf || g->first == s->first) return 0;
  uint32_t p = g->first;
  while (p > s->first && w->toks.v[p - 1].tag == P_TO) p--;
  if (w->toks.v[g->first].tag == P_TO && p == g->first) p = g->first;
  return p > s->first && tok_in4(w, p - 1, WL4_PLAN_NOUN);
}

/* Is the object that starts at token q (past "on", "against",
 * determiners, possessives, adjectives and adverbs) a practice or a thing
 * no one is ("the totoaba trade", "illegal gold mining", "their roots"):
 * the last noun of its first run of nouns, none of them an actor's?
 * "fighting for control of mining areas" is a fight for territory. */
static int practice_object(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  uint32_t from = q;
  while (q < s->last && q < from + 4 &&
         (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ ||
          w->toks.v[q].tag == P_ADV || w->toks.v[q].tag == P_POSS ||
          is_vocab(w, q, V_AGAINST) || is_word(w, q, w->cw->w_on)))
    q++;
  uint32_t head = q;
  while (q < s->last && (w->toks.v[q].tag == P_NOUN || w->toks.v[q].tag == P_PROPN)) {
    if (w->tok_ment[q] != NO) return 0;
    head = q++;
  }
  return q > head && tok_in3(w, head, WL3_PRACTICE_NOUN);
}

int acta_fight_abstract(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                        const char *code) {
  /* "fighting the totoaba trade", "battled against illegal mining",
   * "fight corruption": a struggle against a practice, no force used on
   * anyone (193 is a fight between armed parties) */
  /* (and "the pacification is displacing violence to the periphery": a
   * practice moved, no people displaced, 20x) */
  /* (and "attacking the roots of crime", fights15: an attack on a
   * practice, 18x or 19x) */
  uint32_t lemma = w->toks.v[g->head].vlemma;
  int displace = cameo_root(code) == 20 && acta_lemma_is(lemma, w->cw->l_displace);
  int assault = (cameo_root(code) == 18 || cameo_root(code) == 19) &&
                acta_lemma_in3(w->cw, lemma, WL3_ASSAULT_VERB);
  if ((cameo_root(code) != 19 && !displace && !assault) || g->passive ||
      (!displace && !assault && !acta_lemma_in3(w->cw, lemma, WL3_FIGHT_VERB)))
    return 0;
  return practice_object(w, s, g->last);
}

int acta_practice_assault(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                          const char *code) {
  /* "Peru's assault on illegal gold mining", "the attack on judicial
   * independence", "the battle against extortion" (fights15) */
  const acta_token *t = &w->toks.v[i];
  if (cameo_root(code) < 18 || cameo_root(code) > 20 || i + 1 >= s->last ||
      !(is_word(w, i + 1, w->cw->w_on) || is_vocab(w, i + 1, V_AGAINST)))
    return 0;
  if (!acta_lemma_in3(w->cw, t->nlemma, WL3_ASSAULT_VERB | WL3_FIGHT_VERB) &&
      !acta_lemma_in3(w->cw, t->vlemma, WL3_ASSAULT_VERB | WL3_FIGHT_VERB))
    return 0;
  return practice_object(w, s, i + 1);
}


/* invented23: how far after a campaign's noun its verb is looked for */
#define POLICY_PHASE_REACH 12

int acta_state_policy_noun(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                           int32_t src, const char *code) {
  /* invented23: "Mexico's crackdown on undocumented migrants has forced
   * them into ...", "the Mexican government's crackdown on organized
   * crime, which has pushed ...", "a US crackdown": a state's campaign of
   * coercion named by its noun, the state's (or its government's) in the
   * noun's own phrase, is its policy, no one act told; "police launched a
   * crackdown" (the light verb's act), "the police crackdown on
   * protesters" (a force's operation), "Iran's crackdown on protesters
   * has continued for six weeks" (the campaign told going on) and "Iran's
   * crackdown on protesters has killed at least 200 people" (its toll
   * told: the repression is the news) stay */
  if (cameo_root(code) != 17 || src == NO || !tok_in5(w, i, WL5_POLICY_CAMPAIGN)) return 0;
  uint32_t b = i;
  while (b > s->first && np_tag(w->toks.v[b - 1].tag)) b--;
  /* the actor of the noun's own phrase ("a US crackdown" in "violence in
   * northern Mexico and a US crackdown": a compound's member) */
  int32_t own = NO;
  for (uint32_t q = b; q <= i && own == NO; q++) own = w->tok_ment[q];
  if (own == NO || (own != src && w->ments[own].group != src)) return 0;
  const mention *m = &w->ments[own];
  if (m->first < b) return 0;
  if (m->role[0] && !acta_code_eq(m->role, "GOV") && !acta_code_eq(m->role, "LEG") &&
      strncmp(m->code, "IGO", 3))
    return 0;
  /* the first verb after its phrase (before a clause mark, a dozen words
   * at most): one of a campaign going on, or of its toll, tells it */
  for (uint32_t q = i + 1; q < s->last && q < i + POLICY_PHASE_REACH; q++) {
    if (w->toks.v[q].kind == TK_PUNCT &&
        (w->toks.v[q].punct == ',' || w->toks.v[q].punct == ';' || w->toks.v[q].punct == ':'))
      break;
    if (w->tok_vg[q] != NO) {
      uint32_t h = w->vgs[w->tok_vg[q]].head;
      return !(w->toks.v[h].vlemma != ACTA_NO_WORD &&
               acta_lemma_in5(w->cw, w->toks.v[h].vlemma,
                              (uint32_t)(WL5_PHASE_VERB | WL5_TOLL_VERB)));
    }
  }
  return 1;
}

/* Is one of the three words before token `from` or the three from `to` a
 * document's name ("a new report", "the study", "figures")? */
static int document_near(const struct acta_work *w, const acta_sentence *s, uint32_t from,
                         uint32_t to) {
  for (uint32_t q = from, k = 0; q > s->first && k < 3; q--, k++)
    if (tok_in3(w, q - 1, WL3_STUDY_NOUN)) return 1;
  for (uint32_t q = to; q < s->last && q < to + 3; q++)
    if (tok_in3(w, q, WL3_STUDY_NOUN)) return 1;
  return 0;
}

const char *acta_document_pattern(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g) {
  /* "criminal groups are killing those who do not comply, a new report
   * finds", "the report found that large businesses are targeted": a
   * document's finding told in the present is a pattern, no dated act */
  /* the present, not a perfect ("have suppressed" is an act done) */
  uint8_t pt = w->toks.v[g->first].penn;
  if (pt != PT_VBZ && pt != PT_VBP) return NULL;
  if (has_have(w, g->first)) return NULL;
  uint32_t lo = g->head > s->first + ACTA_NONACT_WINDOW ? g->head - ACTA_NONACT_WINDOW : s->first;
  uint32_t hi = g->head + ACTA_NONACT_WINDOW < s->last ? g->head + ACTA_NONACT_WINDOW : s->last;
  for (uint32_t q = lo; q < hi; q++) {
    if (q >= g->first && q < g->last) continue;
    if (w->tok_vg[q] == NO || !acta_lemma_in3(w->cw, w->toks.v[q].vlemma, WL3_FINDING_VERB))
      continue;
    const vgroup *rv = &w->vgs[w->tok_vg[q]];
    /* a document, no actor, as its subject */
    if (rv->subject != NO) continue;
    if (document_near(w, s, rv->first, rv->last))
      return "a document's finding told in the present: a pattern, no dated act";
  }
  return NULL;
}

int acta_uncoded_speaker(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "..., ElSalvador.com says": the word right before the verb names its
   * speaker, whom no dictionary codes; the actor found further back is in
   * what is said */
  uint32_t q = g->first;
  while (q > s->first && w->toks.v[q - 1].tag == P_ADV) q--;
  if (q == s->first) return 0;
  uint8_t tg = w->toks.v[q - 1].tag;
  if ((tg != P_NOUN && tg != P_PROPN) || w->tok_ment[q - 1] != NO) return 0;
  /* ... set off from the subject found by a mark ("migrants are kidnapped,
   * ElSalvador.com says"); "the vice-minister at the time acknowledged"
   * is one phrase */
  if (g->subject == NO) return 0;
  uint32_t l = 0;
  for (int32_t k = g->subject; k != NO; k = w->ments[k].next_in_group)
    if (w->ments[k].last > l && w->ments[k].last <= q) l = w->ments[k].last;
  for (uint32_t p = l + ACTA_NONACT_WINDOW < q ? q - ACTA_NONACT_WINDOW : l; p < q; p++)
    if (w->toks.v[p].kind == TK_PUNCT) return 1;
  return 0;
}

int acta_too_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "it is too early to confirm", "too weak to attack", "premature to
   * say": what is too soon or too hard to do is not done */
  if (!g->to_inf || g->first < s->first + 2) return 0;
  uint32_t p = g->first;
  if (w->toks.v[p].tag != P_TO && p > s->first && w->toks.v[p - 1].tag == P_TO) p--;
  if (p < s->first + 2) return 0;
  if (norm_eq(w, p - 1, "premature")) return 1;
  return w->toks.v[p - 1].tag == P_ADJ && norm_eq(w, p - 2, "too");
}

int acta_ratio_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "police killed one person for every 29,000 arrests", "arrested 14
   * people per day": a ratio, no act */
  if (g->to_inf) return 0; /* "vowed to kill one policeman per day": a threat */
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + 8; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    /* "for every" or "per" and a number ("shelling us every day" is no
     * ratio) */
    int every = is_word(w, q, w->cw->w_per) ||
                (q > g->last && for_every(w, q));
    if (every && w->toks.v[q + 1].tag == P_NUM) return 1;
  }
  return 0;
}

/* invented27: does an active verb's object, within a few words after it
 * (quote marks, determiners, possessives, modifiers between), have a head
 * no force can reach ("organized crime has \"besieged\" his trade",
 * "have been invading the skies over Peru", "invaded the country's
 * economy")? */
static int domain_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->passive) return 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + 5; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT) {
      if (tk->punct == '"' || tk->punct == '\'') continue;
      return 0;
    }
    if (tk->tag == P_NOUN && tok_in5(w, q, WL5_DOMAIN_NOUN)) return 1;
    if (w->tok_vg[q] != NO || tk->tag == P_PREP || tk->tag == P_VERB) return 0;
  }
  return 0;
}

/* bugs29: is an active verb's object a sum of money, "$" or a currency
 * word within a few words after it with no other noun, pronoun, finite
 * verb or punctuation before it ("targeted up to an estimated $3.9
 * billion in transactions", "targeting over 300 million dollars")? */
static int money_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  if (g->passive) return 0;
  for (uint32_t q = g->last; q < s->last && q < g->last + 6; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT) return tk->punct == '$';
    if (tok_in2(w, q, WL2_CURRENCY_WORD)) return 1;
    if (tk->tag == P_NOUN || tk->tag == P_PROPN || tk->tag == P_PRON ||
        (w->tok_vg[q] != NO && tk->penn != PT_VBN))
      return 0;
  }
  return 0;
}

const char *acta_figurative_hit(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code) {
  if ((cameo_root(code) >= 18 ||
       acta_lemma_in2(w->cw, w->toks.v[g->head].vlemma, WL2_TARGET_VERB)) &&
      money_object(w, s, g))
    return "a sum of money as the object (what a scheme reached), no force";
  if (cameo_root(code) == 19 && domain_object(w, s, g))
    return "a figure of speech (an industry, the skies besieged or invaded), no force";
  if (cameo_root(code) != 19 ||
      !acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_HIT_VERB))
    return NULL;
  /* ("hit men", "a hit squad" are the dictionary's: roots15-20.txt) */
  /* "have been hit especially hard by extortion", "struck another blow
   * against the gangs": a figure of speech; the harm done, if any, is told
   * by its own verb */
  for (uint32_t q = g->last; q < s->last && q < g->last + 4; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) break;
    if (tok_in3(w, q, WL3_HARD_WORD)) return "a figure of speech (hit hard, struck a blow), no force";
  }
  return NULL;
}

int acta_noun_read_as_verb(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g) {
  /* "raids against top-priority gang targets seemingly have ceased": a
   * present form with no auxiliary right before another finite verb's
   * auxiliary is the plural noun that verb's subject ends with */
  uint8_t pt = w->toks.v[g->head].penn;
  if ((pt != PT_VBZ && pt != PT_VBP) || g->first != g->head || g->passive) return 0;
  if (g->first == s->first || !np_tag(w->toks.v[g->first - 1].tag)) return 0;
  uint32_t q = g->last;
  while (q < s->last && w->toks.v[q].tag == P_ADV) q++;
  if (q >= s->last) return 0;
  return (w->toks.v[q].tag == P_AUX || w->toks.v[q].tag == P_MODAL) && w->tok_vg[q] != NO &&
         w->tok_vg[q] != w->tok_vg[g->head];
}

/* Does the clause after past form g run, with no mark, relative word,
 * "to", "and" between clauses, pronoun or subordinator, into a finite
 * verb that has no subject of its own (acta_modifier_past)? */
static int runs_into_finite(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  for (uint32_t q = g->last; q < s->last && q < g->last + 20; q++) {
    const acta_token *tk = &w->toks.v[q];
    /* (a clause of its own starts at a mark, a relative word, "to", "and",
     * a pronoun or a subordinator: "defended him after he was arrested",
     * "coordinated with X and were engaged in") */
    if (tk->kind == TK_PUNCT || tk->tag == P_WH || tk->tag == P_THAT || tk->tag == P_TO ||
        tk->tag == P_PRON || tok_in(w, q, WL_SUBORDINATOR))
      return 0;
    /* ("navy and army special forces": "and" inside a noun phrase) */
    if (tk->tag == P_CONJ && !(q + 1 < s->last && np_tag(w->toks.v[q + 1].tag) &&
                               w->tok_vg[q + 1] == NO))
      return 0;
    if (w->tok_vg[q] == NO || tk->tag == P_ADV) continue;
    const vgroup *h = &w->vgs[w->tok_vg[q]];
    if (h == g) continue;
    if (acta_noun_read_as_verb(w, s, h)) { /* "gangster targets apparently" */
      q = h->last - 1;
      continue;
    }
    uint8_t f = w->toks.v[h->first].tag, fp = w->toks.v[h->first].penn;
    return !h->to_inf && (f == P_AUX || f == P_MODAL) &&
           (fp == PT_VBP || fp == PT_VBZ || fp == PT_VBD || fp == PT_MD);
  }
  return 0;
}

int acta_modifier_past(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                       const char *code) {
  /* "The US supported raids by navy special forces against gang targets
   * apparently have ceased", "US funded programs have ...": a past form of
   * support, aid or cooperation (roots 05-07) whose object runs, with no
   * mark, relative word or "that", into a finite verb that has no subject
   * of its own is a modifier ("US-supported raids") of that verb's
   * subject */
  int root = cameo_root(code);
  if (g->passive || g->reporting || g->first != g->head) return 0;
  if (w->toks.v[g->head].penn != PT_VBD && w->toks.v[g->head].penn != PT_VBN) return 0;
  /* bugs29: a force's past form right after a noun with no object, a date
   * or a place's preposition after it, is a reduced passive relative of
   * that noun: "a man killed June 8 in southern Rosario is a former
   * partner": the man was killed, he killed no one */
  if (root >= 18 && g->first > s->first && w->toks.v[g->first - 1].tag == P_NOUN &&
      g->last < s->last &&
      (acta_time_name(&w->toks.v[g->last]) || w->toks.v[g->last].tag == P_PREP))
    return runs_into_finite(w, s, g);
  if (root < 5 || root > 7) return 0;
  return runs_into_finite(w, s, g);
}

int acta_neglect_not_defiance(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g, const char *code) {
  /* "ignored the strengthening of organized crime", "ignore the fact
   * that", "ignoring mass graves": neglect, no norm defied (128 is
   * defiance of a law, an order, a ruling) */
  if (strncmp(code, "128", 3) || g->passive ||
      !acta_lemma_is(w->toks.v[g->head].vlemma, w->cw->l_ignore))
    return 0;
  uint32_t q = g->last, head = s->last;
  for (int part = 0; part < 2; part++) { /* "the commander's order": past a possessor */
    while (q < s->last && q < g->last + 8 &&
           (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ ||
            w->toks.v[q].tag == P_POSS || w->toks.v[q].tag == P_PROPN ||
            w->toks.v[q].tag == P_NUM || w->toks.v[q].tag == P_ADV))
      q++;
    head = s->last;
    while (q < s->last && w->toks.v[q].tag == P_NOUN) head = q++;
    if (!(q < s->last && w->toks.v[q].tag == P_POSS)) break;
  }
  if (head >= s->last) return 0;
  return !tok_in4(w, head, WL4_NORM_NOUN);
}

/* Is group v in the simple present ("controls", "is estimated"): a present
 * form first, no "have", no "being"/progressive "-ing" head? */
static int simple_present(const struct acta_work *w, const vgroup *v) {
  uint8_t fp = w->toks.v[v->first].penn;
  if (fp != PT_VBZ && fp != PT_VBP) return 0;
  if (has_have(w, v->first)) return 0;
  return w->toks.v[v->head].penn != PT_VBG;
}

int acta_present_participle_state(const struct acta_work *w, const acta_sentence *s,
                                  size_t gi, size_t vg0) {
  /* "The FARC controls the coca fields, providing protection to the
   * farmers", "is estimated to control ..., providing": an "-ing" clause
   * after a comma that goes on from a clause in the simple present tells
   * a standing state, no act */
  const vgroup *g = &w->vgs[gi];
  if (w->toks.v[g->head].penn != PT_VBG || g->first != g->head || gi <= vg0) return 0;
  if (g->first == s->first || !is_punct(w, g->first - 1, ',')) return 0;
  const vgroup *pg = &w->vgs[gi - 1];
  if (pg->first < s->first || !pg->has_main || w->toks.v[pg->head].vlemma == ACTA_NO_WORD)
    return 0;
  /* (not a relative clause's verb: "a network that is reportedly linked
   * to X, seizing $100 million" goes on from "dismantled") */
  if (pg->first > s->first &&
      (w->toks.v[pg->first - 1].tag == P_WH || w->toks.v[pg->first - 1].tag == P_THAT))
    return 0;
  if (pg->to_inf && gi - 1 > vg0) {
    /* "is estimated to control ...": a passive of belief, then a plain
     * infinitive (not "appear to have followed", a past) */
    const vgroup *ppg = &w->vgs[gi - 2];
    for (uint32_t q = pg->first; q < pg->last; q++)
      if (is_vocab(w, q, V_HAVE)) return 0;
    return ppg->first >= s->first && ppg->last + 1 >= pg->first && ppg->passive &&
           simple_present(w, ppg);
  }
  /* a third-person present ("controls", "sets"): "burst", "put" are past
   * forms too */
  /* targets9: a plural present too when its form is no past ("Around 100
   * gangs exist in Lima, targeting florists"; not "burst", "put") */
  uint8_t fp = w->toks.v[pg->first].penn;
  return (fp == PT_VBZ || (fp == PT_VBP && pg->first == pg->head &&
                           !tok_in(w, pg->head, WL_SAME_PARTICIPLE))) &&
         simple_present(w, pg) && !pg->passive;
}

/* (speed37b: triggers.c asks this only of a sentence with a WL_CONDITION
 * word, coder_words.c's list holding "if" and "unless": the V_IF and
 * V_UNLESS tested here must stay in that list) */
int acta_conditional_segment(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g) {
  /* "if anyone goes around bothering or robbing buses, they will
   * defend me": "if" or "unless" before the verb with no mark between,
   * through the other verbs of its clause */
  for (uint32_t q = g->first, k = 0; q > s->first && k < 15; q--, k++) {
    if (w->toks.v[q - 1].kind == TK_PUNCT) return 0;
    if (is_vocab(w, q - 1, V_IF) || is_vocab(w, q - 1, V_UNLESS)) return 1;
  }
  return 0;
}

int acta_relative_stance(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                         const char *code) {
  /* "an activist who along with several NGOs was opposing the dams": words
   * or a stance (roots 01-13) in a relative clause describe who someone
   * is, a phrase between "who" and the verb too (triggers.c tests the verb
   * right after "who") */
  if (cameo_root(code) > 13 || cameo_root(code) < 1) return 0;
  uint32_t q = g->first, k = 0;
  while (q > s->first && k < 8 &&
         (w->toks.v[q - 1].tag == P_PREP || w->toks.v[q - 1].tag == P_ADV ||
          w->toks.v[q - 1].tag == P_CONJ || np_tag(w->toks.v[q - 1].tag)) &&
         w->toks.v[q - 1].kind != TK_PUNCT && w->tok_vg[q - 1] == NO) {
    q--;
    k++;
  }
  if (k == 0 || q < s->first + 2 || w->toks.v[q].tag != P_PREP) return 0;
  const acta_token *rel = &w->toks.v[q - 1], *head = &w->toks.v[q - 2];
  return rel->tag == P_WH && (head->tag == P_NOUN || head->tag == P_PROPN);
}

int acta_participle_statement(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g) {
  /* "a Colombian businessman declared non-grata in Costa Rica": a bare past
   * participle right after a noun is said of that noun, no statement it
   * makes */
  if (g->first != g->head || g->first == s->first) return 0;
  if (w->toks.v[g->head].penn != PT_VBN) return 0;
  uint8_t pt = w->toks.v[g->first - 1].tag;
  if (pt != P_NOUN && pt != P_PROPN) return 0;
  /* ... a noun phrase no subject: an object ("among its associates a
   * millionaire declared ...", after a verb, a preposition or a noun) or
   * an indefinite one; "US prosecutors alleged that" (a past tense the
   * tagger read as a participle) speaks */
  int32_t m = w->tok_ment[g->first - 1];
  uint32_t f = m != NO ? w->ments[m].first : g->first - 1;
  while (m == NO && f > s->first && np_tag(w->toks.v[f - 1].tag)) f--;
  if (is_word(w, f, w->cw->w_a) || is_word(w, f, w->cw->w_an)) return 1;
  if (f == s->first) return 0;
  uint8_t bt = w->toks.v[f - 1].tag;
  return bt == P_VERB || bt == P_PREP || bt == P_NOUN;
}

int acta_yet_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* "officials have yet to confirm this", "is yet to be charged": not done */
  if (g->first < s->first + 2) return 0;
  uint32_t p = g->first;
  if (w->toks.v[p].tag != P_TO && w->toks.v[p - 1].tag == P_TO) p--;
  if (w->toks.v[p].tag != P_TO || p < s->first + 1) return 0;
  return is_vocab(w, p - 1, V_YET);
}

/* Is token q the "of" of a count ("the number of", "the amount of") or,
 * when `share`, of a share ("45 percent of", "half of", "most of"; when
 * `share` is 2, of a percentage only)? */
static int count_of(const struct acta_work *w, const acta_sentence *s, uint32_t q, int share) {
  if (q < s->first + 1 || !is_word(w, q, w->cw->w_of)) return 0;
  uint32_t c = q - 1;
  if (share == 2) return is_vocab(w, c, V_PERCENT) || is_vocab(w, c, V_PERCENTAGE);
  if (share && tok_in3(w, c, WL3_SHARE_WORD)) return 1;
  if (!tok_in2(w, c, WL2_COUNT_NOUN)) return 0;
  /* "the number of": a tally ("an unknown number of gunmen opened fire",
   * "a number of": several, whose verb is theirs) */
  if (norm_eq(w, c, "numbers")) return 1; /* "release numbers of gangsters killed" */
  uint32_t b = c;
  while (b > s->first && w->toks.v[b - 1].tag == P_ADJ) b--;
  return b > s->first && (is_word(w, b - 1, w->cw->w_the) || w->toks.v[b - 1].tag == P_POSS);
}

/* Walking back from token `from` over a noun phrase with its
 * prepositional phrases ("forced disappearances in Mexico", "children and
 * adolescents", "transport managers accused of"; at most 10 tokens, not
 * past a mark or another verb group), is an "of" of a count or a share
 * reached (count_of, `share`)?  When `rel`, a "that" or "which" must
 * stand between ("the amount of ammunition that police have seized"). */
static int counted_from(const struct acta_work *w, const acta_sentence *s, uint32_t from,
                        int share, int rel) {
  uint32_t q = from, k = 0;
  int seen_rel = 0;
  while (q > s->first && k < 10 && w->tok_vg[q - 1] == NO) {
    const acta_token *t = &w->toks.v[q - 1];
    if (k > 0 && count_of(w, s, q - 1, share)) return !rel || seen_rel;
    /* "and" only inside a noun phrase ("children and adolescents"), not
     * before the verb ("seized the drugs and arrested five") */
    int noun_and = is_and_or(w, q - 1) && k > 0 && np_tag(w->toks.v[q].tag);
    if (rel && !seen_rel && (t->tag == P_THAT || is_vocab(w, q - 1, V_WHICH)) && k > 0) {
      seen_rel = 1;
    } else if (!np_tag(t->tag) && t->tag != P_PREP && !noun_and &&
               !is_word(w, q - 1, w->cw->w_those)) {
      return 0;
    }
    q--;
    k++;
  }
  return 0;
}

/* background13: is token q a clause-initial "of" opening the whole of a
 * breakdown, "Of the 90 suspects arrested, only 21 were gang members",
 * "and of the 78 activists killed, 15 ..."?  "of" first in the sentence
 * or after a comma, a semicolon or "and"/"but"/"yet", then "the", a
 * number, at most three nouns or adjectives and a past participle.  Gives
 * the participle's index, or 0 ("the release of the 22 hostages kidnapped
 * in May" is no breakdown: its "of" follows a noun).  A part must follow:
 * a number before any other verb. */
static uint32_t tally_whole(const struct acta_work *w, const acta_sentence *s, uint32_t q,
                            int partitive) {
  /* approximations: "about", "nearly", "roughly" (WL2_APPROX_WORD), "more
   * than", "at least", "some" */
  static const char *const approx[] = {"more", "than", "some", "at", "least", NULL};
  if (q + 3 >= s->last || !is_word(w, q, w->cw->w_of)) return 0;
  /* when `partitive`, also a share named before: "only 12 of the more
   * than 1,100 people arrested had entered as minors" */
  int part_before = partitive && q > s->first && w->toks.v[q - 1].tag == P_NUM;
  if (q > s->first && !part_before) {
    const acta_token *b = &w->toks.v[q - 1];
    int mark = b->kind == TK_PUNCT && (b->punct == ',' || b->punct == ';');
    if (!mark && !is_and_or(w, q - 1) && !is_vocab(w, q - 1, V_BUT) && !is_vocab(w, q - 1, V_YET))
      return 0;
  }
  /* "of the 90", "Of 22 alleged Zetas arrested", "933 of those arrested" */
  uint32_t n = q + 1;
  if (part_before && is_word(w, n, w->cw->w_those)) {
    uint8_t pt = w->toks.v[n + 1].penn;
    return pt == PT_VBN || pt == PT_VBD ? n + 1 : 0;
  }
  if (is_word(w, n, w->cw->w_the)) n++;
  while (n < s->last && n < q + 5 && (tok_in2(w, n, WL2_APPROX_WORD) || norm_one_of(w, n, approx)))
    n++;
  if (n >= s->last || w->toks.v[n].tag != P_NUM) return 0;
  for (uint32_t p = n + 1, k = 0; p < s->last && k < 4; p++, k++) {
    uint8_t pt = w->toks.v[p].penn;
    if (pt == PT_VBN || pt == PT_VBD) {
      if (part_before) return p;
      /* ... and its part, a number before any other verb ("only 21
       * were", "40 were released"; "of the 40 arrested, police freed
       * 12" tells an act) */
      int32_t own = w->tok_vg[p];
      for (uint32_t r = p + 1, j = 0; r < s->last && j < 12; r++, j++) {
        if (w->tok_vg[r] != NO && w->tok_vg[r] != own) return 0;
        if (w->toks.v[r].tag == P_NUM) return p;
      }
      return 0;
    }
    uint8_t tg = w->toks.v[p].tag;
    if (tg != P_NOUN && tg != P_ADJ && tg != P_PROPN) return 0;
  }
  return 0;
}

/* background13: is the bare participle at q (its group's first token)
 * inside what a figure includes, "The new figure seems to include cash
 * seized by the army", "the total includes weapons recovered by police"?
 * Back over at most four words of a noun phrase to "include", "includes"
 * or "included", and from there back over at most ten tokens (commas,
 * "seems to", no other verb) to a tally's word ("figure", "total",
 * "tally", "count", "toll", "number": WL3_TALLY_NOUN) or a study word
 * ("data", "figures", "statistics"). */
static int included_in_figure(const struct acta_work *w, const acta_sentence *s, uint32_t q) {
  static const char *const incl[] = {"include", "includes", "included", NULL};
  uint32_t p = q;
  for (uint32_t k = 0; p > s->first && k < 4 && np_tag(w->toks.v[p - 1].tag); k++) p--;
  if (p == q || p == s->first || !norm_one_of(w, p - 1, incl)) return 0;
  int32_t own = w->tok_vg[p - 1];
  for (uint32_t r = p - 1, k = 0; r > s->first && k < 10; r--, k++) {
    int32_t vg = w->tok_vg[r - 1];
    if (vg != NO && vg != own && !acta_seem_lemma(w->cw, w->toks.v[w->vgs[vg].head].vlemma))
      return 0;
    if (tok_in3(w, r - 1, WL3_TALLY_NOUN | WL3_STUDY_NOUN)) return 1;
  }
  return 0;
}

int acta_counted_participle(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  /* "the number of migrants detained and deported by the Mexican
   * government has increased": participles inside a count */
  if (g->first == s->first) return 0;
  uint8_t hp = w->toks.v[g->head].penn;
  if (g->first == g->head && (hp == PT_VBN || hp == PT_VBD)) {
    if (hp == PT_VBN && included_in_figure(w, s, g->first)) return 1; /* background13 */
    /* invented15: "is small next to the number jailed in the
     * United States", "the total seized last year": a count's noun
     * right before the participle */
    if (g->first >= s->first + 2 && tok_in3(w, g->first - 1, WL3_TALLY_NOUN) &&
        (w->toks.v[g->first - 2].tag == P_DET || w->toks.v[g->first - 2].tag == P_POSS))
      return 1;
    /* invented12: "Of the 264 captured, 35 were released": a share of a
     * number */
    if (g->first >= s->first + 3 && w->toks.v[g->first - 1].tag == P_NUM &&
        is_word(w, g->first - 2, w->cw->w_the) && is_word(w, g->first - 3, w->cw->w_of))
      return 1;
    /* background13: "of the 90 suspects arrested in the case, only 21
     * were": nouns between the number and the participle */
    for (uint32_t q = g->first, k = 0; q > s->first && k < 6; q--, k++)
      if (is_word(w, q - 1, w->cw->w_of)) {
        if (tally_whole(w, s, q - 1, 1) == g->first) return 1;
        break;
      }
    /* a share ("most of the soldiers attacked the village" is theirs):
     * only a participle the tagger saw, or a past form with no object */
    uint8_t nt = g->last < s->last ? w->toks.v[g->last].tag : P_NONE;
    int share = hp == PT_VBN || !(np_tag(nt) || nt == P_PRON);
    return counted_from(w, s, g->first, share, 0);
  }
  /* invented12: "only one percent of forced disappearances have been
   * investigated by authorities": a percentage's passive is a tally */
  if (g->passive && counted_from(w, s, g->first, 2, 0)) return 1;
  /* invented12: "the amount of ammunition that Mexican police have
   * seized": a relative clause inside a count */
  return !g->passive && counted_from(w, s, g->first, 0, 1);
}

const char *acta_share_figure(const struct acta_work *w, const acta_sentence *s, uint32_t fq) {
  /* invented12: "45 percent of the 1,240 migrants detained", "Of the 264
   * captured, 35 were released": the figure is the whole a share is taken
   * of, a tally, no act */
  /* background13: a figure after such a whole is one of its parts: "Of
   * the 264 captured, 35 were released and 11 died", "Of the 1,512
   * arrested, 1,207 were held on federal charges" (back over at most
   * 40 tokens) */
  for (uint32_t q = fq, k = 0; q > s->first && k < 40; q--, k++) {
    uint32_t part = is_word(w, q - 1, w->cw->w_of) ? tally_whole(w, s, q - 1, 0) : 0;
    if (part && part < fq) return "a part of a tally its sentence breaks down (of the 298 captured, 40 ...)";
  }
  /* background13: "Of 22 alleged Zetas arrested, only one was Mexican"
   * (the whole), "847 of those arrested were US citizens" (a part) */
  if (fq > s->first && tally_whole(w, s, fq - 1, 1))
    return "a share of a number (of the 298 captured)";
  uint32_t num = fq; /* ("as many as 16 of those killed") */
  while (num < s->last && num < fq + 4 && w->toks.v[num].tag != P_NUM) num++;
  if (num + 1 < s->last && w->toks.v[num].tag == P_NUM && tally_whole(w, s, num + 1, 1))
    return "a part of a tally (933 of those arrested)";
  if (fq < s->first + 2 || !is_word(w, fq - 1, w->cw->w_the) ||
      !is_word(w, fq - 2, w->cw->w_of))
    return NULL;
  if (count_of(w, s, fq - 2, 1)) return "the whole a share is taken of (45 percent of the 1,079)";
  if (fq + 1 < s->last && w->tok_vg[fq + 1] != NO &&
      w->vgs[w->tok_vg[fq + 1]].first == fq + 1 &&
      (w->toks.v[fq + 1].penn == PT_VBN || w->toks.v[fq + 1].penn == PT_VBD))
    return "a share of a number (of the 298 captured)";
  /* background13: "of the 90 suspects arrested, only 21 were members" */
  if (tally_whole(w, s, fq - 2, 1)) return "a share of a number (of the 298 captured)";
  return NULL;
}

int acta_seeming_stance(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* invented12: "drug traffickers appear to fear the United States", "the
   * government seems to welcome the plan", "none of the men appeared
   * particularly worried": a stance the writer guesses from outside, no
   * one's statement.  Back from the group over up to four words of "to",
   * adverbs and auxiliaries to the group of "seem" or "appear". */
  int32_t own = w->tok_vg[g->head];
  uint32_t q = acta_back_over_auxiliaries(w, s, g->first, own, 0);
  if (q == s->first || w->tok_vg[q - 1] == NO || w->tok_vg[q - 1] == own) return 0;
  return acta_seem_lemma(w->cw, w->toks.v[w->vgs[w->tok_vg[q - 1]].head].vlemma);
}

uint32_t acta_back_over_auxiliaries(const struct acta_work *w, const acta_sentence *s,
                                    uint32_t t, int32_t own, int hedges) {
  uint32_t q = t;
  for (uint32_t k = 0; q > s->first && k < 4; k++, q--) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (own != NO && w->tok_vg[q - 1] != NO && w->tok_vg[q - 1] != own) break;
    if (hedges && tk->tag == P_ADV && tok_in(w, q - 1, WL_ADV_HEDGED)) return ACTA_NO_WORD;
    if (tk->tag != P_TO && tk->tag != P_ADV && tk->tag != P_AUX) break;
  }
  return q;
}

int acta_self_financing(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                        const char *code) {
  /* "FARC dissidents are funding at least 40 percent of their criminal
   * operations through illegal mining": money for one's own operations
   * gives no aid to anyone (07x) */
  /* (not "his" or "her": "businesses had financed his campaign" is
   * someone else's) */
  if (cameo_root(code) != 7 || g->passive) return 0;
  /* invented18: "is willing to fund itself through crime" */
  if (g->last < s->last && tok_in4(w, g->last, WL4_SELF_WORD)) return 1;
  for (uint32_t q = g->last; q < s->last && q < g->last + 7; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (tk->kind == TK_PUNCT || w->tok_ment[q] != NO || (w->tok_vg[q] != NO && q >= g->last))
      return 0;
    if (tok_in4(w, q, WL4_OWN_WORD)) {
      /* the possessed thing: an operation, not a person or a group
       * (invented18: "their criminal enterprises", "its decades-long
       * fight") */
      for (uint32_t r = q + 1; r < s->last && r < q + 4; r++)
        if (tok_in4(w, r, WL4_OWN_THING)) return 1;
      return 0;
    }
  }
  return 0;
}

int acta_insist_on_doing(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                         const char *code) {
  /* background13: "the program has insisted on spraying any coca plants",
   * "Congress insisted on addressing the reports": "insist on" and a
   * gerund is the subject's own practice or stance, no demand made of
   * anyone (10x); "insisted on the inclusion of civil society" (a noun)
   * and "insisted on the government paying" (its doer named) stay */
  if (cameo_root(code) != 10 ||
      !acta_lemma_in3(w->cw, w->toks.v[g->head].vlemma, WL3_INSIST_VERB))
    return 0;
  uint32_t q = g->last;
  if (q + 1 >= s->last || !is_word(w, q, w->cw->w_on)) return 0;
  return w->toks.v[q + 1].penn == PT_VBG;
}

int acta_fate_disjunction(const struct acta_work *w, const acta_sentence *s, const vgroup *g) {
  /* background13: "after their leaders were killed or arrested", "has
   * seen all of its leaders either killed or captured", "by either
   * capturing or killing them": two fates joined by "or" sum up what
   * befell many, no one act (a killing or an arrest, not both) */
  uint32_t h = g->head, l = w->toks.v[h].vlemma;
  if (!acta_lemma_in3(w->cw, l, WL3_FATE_VERB)) return 0;
  uint32_t other = 0;
  if (h + 2 < s->last && is_word(w, h + 1, w->cw->w_or)) other = h + 2;
  else if (h >= s->first + 2 && is_word(w, h - 1, w->cw->w_or)) other = h - 2;
  else return 0;
  uint32_t ol = w->toks.v[other].vlemma;
  if (ol == l || !acta_lemma_in3(w->cw, ol, WL3_FATE_VERB)) return 0;
  /* a doer named keeps both acts: "troops killed or captured 14 of the 20
   * most wanted" (active), "captured or killed by security forces" */
  uint32_t end = other > h ? other : h;
  if (end + 1 < s->last && is_word(w, end + 1, w->cw->w_by)) return 0;
  /* the first of the two decides: a passive ("were captured or
   * assassinated"), a bare participle ("saw its leaders either killed or
   * captured"), a gerund or an infinitive */
  uint8_t hp = w->toks.v[h].penn;
  /* (not an infinitive: "the police managed to either capture or kill
   * most of the leaders" names its doer, "planned to either arrest or
   * extradite" an intent, idioms13) */
  if (g->passive || hp == PT_VBG || (hp == PT_VB && !g->to_inf)) return 1;
  uint32_t first = other < h ? other : h;
  int32_t fg = w->tok_vg[first];
  if (fg == NO) return 0;
  const vgroup *f = &w->vgs[fg];
  uint8_t pt = w->toks.v[f->head].penn;
  /* (a bare participle only after "either": "troops killed or captured
   * 14" may be read as one) */
  int either = f->first == f->head && first > s->first && is_vocab(w, first - 1, V_EITHER);
  return f->passive || pt == PT_VBG || (pt == PT_VB && !f->to_inf) || (pt == PT_VBN && either);
}

int acta_instrument_purpose(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g) {
  /* "establishing a special prosecutor's office for investigating cyber
   * crimes", "legal regimes for prosecuting online crime", "a fund
   * for supporting victims": a lone "-ing" after "for" after a body or a
   * means names what it is for, no act (invented9) */
  if (w->toks.v[g->head].penn != PT_VBG || g->first != g->head || g->passive) return 0;
  if (g->first < s->first + 2 || !is_word(w, g->first - 1, w->cw->w_for)) return 0;
  return tok_in2(w, g->first - 2, WL2_INSTRUMENT_NOUN);
}

/* invented34: how many tokens back from the comma the active verb whose
 * object ends there is sought */
#define REDUCED_OBJECT_REACH 12

/* Does token q open what follows a bare participle that has no object: an
 * adverb ("initially", "largely") or a preposition of time, place or
 * degree ("at", "in", "during", "after", "under": "proposed at a summit",
 * "blamed at least in part on")?  Not "with", "to", "for", "on", "against",
 * "by": a verb's own preposition ("met with", "called for") or its agent. */
static int no_object_after(const struct acta_work *w, uint32_t q) {
  const acta_token *tk = &w->toks.v[q];
  if (tk->tag == P_ADV) return w->tok_vg[q] == NO;
  return is_vocab(w, q, V_AT) || is_vocab(w, q, V_IN) || is_vocab(w, q, V_DURING) ||
         is_vocab(w, q, V_AFTER) || is_vocab(w, q, V_BEFORE) || is_vocab(w, q, V_UNDER) ||
         is_vocab(w, q, V_SINCE) || is_vocab(w, q, V_THROUGHOUT) || is_vocab(w, q, V_LAST) ||
         is_vocab(w, q, V_EARLIER);
}

int acta_comma_reduced_participle(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g, const char *code) {
  int root = cameo_root(code);
  if (root < 1 || root > 13 || g->passive || g->to_inf || g->reporting) return 0;
  if (g->first != g->head || g->last != g->first + 1 || g->first < s->first + 3 ||
      g->last >= s->last)
    return 0;
  /* (the tagger's past tense too: "supported the reform, condemned earlier
   * this year by") */
  unsigned hp = w->toks.v[g->head].penn;
  if (hp != (unsigned)PT_VBN && hp != (unsigned)PT_VBD) return 0;
  if (!is_punct(w, g->first - 1, ',') || !no_object_after(w, g->last)) return 0;
  /* (a noun no actor's: one set apart after an actor is a passive of
   * that actor's already, clauses.c) */
  uint8_t nt = w->toks.v[g->first - 2].tag;
  if ((nt != P_NOUN && nt != P_PROPN) || w->tok_ment[g->first - 2] != NO) return 0;
  /* the noun ends the object of an active verb before it, no mark, relative
   * word or other verb between ("backed a plan,", "have all seen prison
   * riots with multiple casualties,"): not a name set apart ("Juan Perez,
   * said on Monday") nor a subject's phrase */
  int32_t obj_of = NO;
  for (uint32_t q = g->first - 2, k = 0; q > s->first && k < REDUCED_OBJECT_REACH && obj_of == NO;
       q--, k++) {
    const acta_token *tk = &w->toks.v[q - 1];
    if (tk->kind == TK_PUNCT || tk->tag == P_WH || tk->tag == P_THAT) return 0;
    obj_of = w->tok_vg[q - 1];
  }
  if (obj_of == NO) return 0;
  /* (a past form the tagger read as a participle counts: "also backed a
   * plan") */
  const vgroup *v = &w->vgs[obj_of];
  if (v->passive) return 0;
  /* not one of a list of the subject's acts ("arrived in Lima, met
   * there with the president and signed"): no "and" or "or" before a verb
   * in the participle's clause */
  for (uint32_t q = g->last; q + 1 < s->last && q < g->last + ACTA_NONACT_WINDOW; q++) {
    const acta_token *tk = &w->toks.v[q];
    if ((tk->kind == TK_PUNCT && tk->punct != ',') || tk->tag == P_WH || tk->tag == P_THAT) break;
    if (tk->tag == P_CONJ && w->tok_vg[q + 1] != NO) return 0;
  }
  return 1;
}
