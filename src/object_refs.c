/* SPDX-License-Identifier: MIT */
/* object_refs.c: the target of a transitive event whose object is no
 * dictionary actor: an object pronoun ("investigated him", "opened talks
 * with them") is the actor it refers to (acta_antecedent, mentions.c), and
 * a private person named by name as the one arrested, abducted, assaulted
 * or shot ("gunmen shot Veras", "Veras was shot") is coded by role only, a
 * civilian (acta keeps no profiles of private persons).  Conventions: docs/conventions.md
 * ("Targets named by a pronoun or a private name"). */
#include <stdlib.h>
#include <string.h>

#include "coder_internal.h"
#include "tagger_model.h"

/* Is CAMEO code `code` an act done to a person (an arrest, an expulsion,
 * an abduction, an assault, a shooting), whose object named by a bare name
 * is that person?  Not seizures (171), bombings (183) nor the rest of root
 * 19, whose objects are often places ("attacked Mosul"). */
static int act_on_person(const char *code) {
  if (code[0] == '1' && code[1] == '7') return strcmp(code, "171") && strncmp(code, "1712", 4);
  if (code[0] == '1' && code[1] == '8') return strncmp(code, "183", 3) != 0;
  return !strcmp(code, "193");
}

/* Does byte span [start, end) lie in a place the gazetteer found in
 * sentence si? */
static int in_place(const struct acta_work *w, size_t si, size_t start, size_t end) {
  if (!w->sent_place) return 0;
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++)
    if (w->places[k].start < end && start < w->places[k].end) return 1;
  return 0;
}

/* A role-only civilian mention for tokens [q0, q1), appended after every
 * sentence's mentions (it is only an event's target).  Returns it. */
static int32_t private_person(struct acta_work *w, uint32_t q0, uint32_t q1) {
  mention *m = acta_append_mention(w, q0, q1);
  m->group = (int32_t)w->nments;
  m->role_only = 1;
  m->after_verb = 1;
  memcpy(m->code, "CVL", 4);
  memcpy(m->role, "CVL", 4);
  return (int32_t)w->nments++;
}

/* Does a noun no dictionary knows stand between mention a and verb group
 * g of sentence si, one g's object pronoun may as well refer to: a name
 * that is no place for "him"/"her" ("Police arrested Chacon ... they
 * investigated him"), a plural noun for "them" ("the requests ... rejected
 * them")?  The actor named before is then no safe antecedent.  Linear in
 * the tokens between (the antecedent lies at most a few sentences back). */
static int rival_between(const struct acta_work *w, size_t si, int32_t a, const vgroup *g,
                         int kind) {
  const mention *m = &w->ments[a];
  size_t k = si; /* the sentence of token q */
  while (k > 0 && w->sents[k].first > m->last) k--;
  for (uint32_t q = m->last; q < g->first; q++) {
    while (k + 1 <= si && w->sents[k + 1].first <= q) k++;
    if (w->tok_ment[q] != NO) continue;
    const acta_token *tk = &w->toks.v[q];
    if (kind == REF_PERSON && tk->tag == P_PROPN && !in_place(w, k, tk->start, tk->end))
      return 1;
    if (kind == REF_PLURAL && (tk->penn == PT_NNS || tk->penn == PT_NNPS)) return 1;
  }
  return 0;
}

int32_t acta_object_reference(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              uint32_t from, uint32_t end, int32_t src, int32_t tgt,
                              const char *code) {
  const acta_sentence *s = sc->s;
  if (from >= end || from >= s->last) return tgt;
  /* "opened talks with them": a preposition before a pronoun */
  uint32_t q = from;
  if (q + 1 < end && w->toks.v[q].tag == P_PREP && tok_in(w, q + 1, WL_OBJ_PERSON | WL_OBJ_PLURAL))
    q++;
  int after_np = q + 1 < s->last && np_tag(w->toks.v[q + 1].tag);
  /* "him", "her" (not "her son"), "them": before any actor named after
   * them ("investigated him for links to the gang") */
  int kind = 0;
  if (tok_in(w, q, WL_OBJ_PERSON) && !after_np) kind = REF_PERSON;
  else if (tok_in(w, q, WL_OBJ_PLURAL)) kind = REF_PLURAL;
  if (kind && (tgt == NO || w->ments[tgt].first > q)) {
    const char *where;
    int32_t a = acta_antecedent(w, (size_t)sc->index, q, kind, ACTA_NO_WORD, &where);
    /* "the police arrested him": never the clause's own subject */
    if (a != NO && src != NO &&
        (w->ments[a].group == w->ments[src].group || !strcmp(w->ments[a].code, w->ments[src].code))) {
      a = NO;
      where = "the subject itself";
    }
    if (a != NO && rival_between(w, (size_t)sc->index, a, g, kind)) {
      a = NO;
      where = "a name or noun the dictionaries do not know stands between";
    }
    /* "displaced him and his family": the actor named after it stays */
    if (a == NO && tgt != NO && q + 1 < s->last && is_and_or(w, q + 1)) return tgt;
    acta_trace(w, "  target \"%s\" -> %s (%s)\n", norm(w, q),
               a != NO ? w->ments[a].code : "-", where);
    return a != NO ? w->ments[a].group : NO;
  }
  /* "shot Veras", "abducted Maria Lopez": a name no dictionary knows,
   * right after the verb, that is no place and owns nothing ("Veras's") */
  const acta_token *tk = &w->toks.v[from];
  if (tgt != NO || g->passive || !act_on_person(code) || tk->tag != P_PROPN ||
      w->tok_ment[from] != NO)
    return tgt;
  uint32_t e = from;
  while (e < end && e < s->last && w->toks.v[e].tag == P_PROPN && w->tok_ment[e] == NO) e++;
  if (e < s->last && (w->toks.v[e].tag == P_POSS || np_tag(w->toks.v[e].tag))) return tgt;
  if (in_place(w, (size_t)sc->index, tk->start, w->toks.v[e - 1].end)) return tgt;
  int32_t m = private_person(w, from, e);
  acta_trace(w, "  target \"%s\" -> CVL (a private person named: coded by role only)\n",
             norm(w, from));
  return m;
}

int32_t acta_passive_private_subject(struct acta_work *w, const sent_ctx *sc,
                                     const vgroup *g, const char *code) {
  const acta_sentence *s = sc->s;
  if (!g->passive || !act_on_person(code)) return NO;
  uint32_t e = g->first;
  while (e > s->first && w->toks.v[e - 1].tag == P_ADV) e--;
  uint32_t b = e;
  while (b > s->first && w->toks.v[b - 1].tag == P_PROPN && w->tok_ment[b - 1] == NO &&
         !(w->toks.v[b - 1].flags & TF_DATELINE))
    b--;
  if (b == e) return NO;
  /* the name opens its clause: the sentence, or after a comma, "and", a
   * quotation mark ("the gang's leader, Edgar Moreno, was" is an actor's) */
  if (b > s->first) {
    const acta_token *pv = &w->toks.v[b - 1];
    if (!(pv->kind == TK_PUNCT && (pv->punct == ',' || pv->punct == '"')) &&
        !(pv->tag == P_CONJ && is_and_or(w, b - 1)) && pv->tag != P_THAT &&
        !(w->tok_vg[b - 1] != NO && w->vgs[w->tok_vg[b - 1]].reporting))
      return NO;
    /* an appositive name after a noun phrase ("the gang's leader, Edgar
     * Moreno, was"), not after a place ("In Abu Hamour, Bohendi was") */
    if (pv->kind == TK_PUNCT && pv->punct == ',' && b >= s->first + 2 &&
        np_tag(w->toks.v[b - 2].tag)) {
      uint32_t np0 = b - 2;
      while (np0 > s->first && np_tag(w->toks.v[np0 - 1].tag) && w->tok_ment[np0 - 1] == NO)
        np0--;
      if (w->tok_ment[b - 2] != NO || np0 == s->first || w->toks.v[np0 - 1].tag != P_PREP)
        return NO;
    }
  }
  if (in_place(w, (size_t)sc->index, w->toks.v[b].start, w->toks.v[e - 1].end)) return NO;
  int32_t m = private_person(w, b, e);
  acta_trace(w, "  subject \"%s\" -> CVL (a private person named: coded by role only)\n",
             norm(w, b));
  return m;
}
