/* SPDX-License-Identifier: MIT */
/* actors12: a speaker's country is not one named only in what the speaker
 * says.  A bare role of a government, an army or a legislature ("Interior
 * Minister Maria Paula Romo", "officials")
 * takes its sentence's country (code.c sentence_context: the first place,
 * else the first actor's country); when that place or actor stands inside
 * a clause the role itself reports ("... added that doubts remain about
 * which organizations in Colombia ...", "... said Brazilian gangs operate
 * in the country"), it tells what the speaker talks about, not where the
 * speaker is: the sentence's home country (the scene the sentence before
 * opens with, else the article's) is the speaker's.  So for the words after
 * a verbal act's verb ("warned that ...", "accused Brazilian gangs"),
 * frame or not.
 * actors25: nor is a bare state role acted on by a foreign state of the
 * country of that state: "the United States urged the government" in a
 * Honduran story is Honduras' government (acta_target_country). */
#include "coder_internal.h"

#include <string.h>

/* How deep reporting frames nest ("X said Y told Z that ..."): the walk up
 * from a token's frame stops there. */
#define FRAME_DEPTH 8

/* Does token q stand inside what the speaker of group g says (a frame
 * whose reporter is g, or one inside it)?  `spoken`: only a frame whose
 * verb of saying stands right beside its speaker ("the minister said",
 * "said the minister"; not "according to the minister"). */
static int said_by(const struct acta_work *w, uint32_t q, int32_t g, int spoken) {
  int32_t f = w->tok_scope[q];
  for (int depth = 0; f != NO && depth < FRAME_DEPTH; depth++) {
    const frame *fr = &w->frames[f];
    if (fr->reporter != NO && w->ments[fr->reporter].group == g) {
      if (!spoken) return 1;
      const mention *r = &w->ments[fr->reporter];
      return fr->vg != NO &&
             (w->vgs[fr->vg].first == r->last || w->vgs[fr->vg].last == r->first);
    }
    f = fr->parent;
  }
  return 0;
}

/* actors15: did speaker x's nearest country (acta_near_countries) come
 * from inside what x says, a verb of saying beside it ('"Los Cachiros
 * moves drugs for Mexican organizations," the Treasury said')?  The nearest actor before x with
 * that country, within x's sentence (mentions [m0, m1)). */
static int near_country_said(const struct acta_work *w, const sent_ctx *sc, const mention *x) {
  int32_t lent = NO;
  for (size_t j = sc->m0; j < sc->m1; j++) {
    const mention *o = &w->ments[j];
    if (o->last <= x->first && o->country[0] && !strcmp(o->country, x->near_country))
      lent = (int32_t)j;
  }
  return lent != NO && said_by(w, w->ments[lent].first, x->group, 1);
}

/* Does bare role x's phrase say whose it is by "the country's" or "the
 * nation's" ("one of the country's most powerful drug lords")?  The
 * country the story is in, not one named after it. */
static int country_possessive(const struct acta_work *w, const mention *x) {
  for (uint32_t q = x->first; q + 1 < x->last; q++)
    if (w->toks.v[q + 1].tag == P_POSS && tok_in2(w, q, WL2_COUNTRY_NOUN)) return 1;
  return 0;
}

/* prec37a: how many words after a bare role its own verb may start
 * ("the attorney general, however, has asked"). */
#define ROLE_VERB_REACH 8

/* prec37a: is mention o, right after a verb (o->after_verb), the object of
 * bare role x's own verb: the first verb group after x, x its subject
 * ("prosecutors charged Alvarado": x acts on o), not of a later verb's
 * ("the attorney general told aides to reopen the file after reading
 * Ortega's letter": the -ing form of another clause) nor of another's
 * ("the government asked the police for patrols after reading Ortega's
 * report": the police are no subject)?  The verb group ends right
 * before o (an adverb between, as mentions.c's after_verb allows).  The
 * other objects mark_positions marks after_verb are left out on purpose
 * (rare after a bare state role): a quoted name after its opening marks
 * ('accused "El Tio" Ruiz'), a count after "about" ("questioned about 20
 * officials"), an elaboration after a comma and an adverb ("accused the
 * ministers, particularly Alvarado"): for these the answer is no, and the role
 * takes the sentence's home. */
static int role_verb_object(const struct acta_work *w, const mention *x, const mention *o) {
  uint32_t p = o->first;
  if (p > 0 && w->toks.v[p - 1].tag == P_ADV && w->tok_vg[p - 1] == NO) p--;
  if (p == 0 || w->tok_vg[p - 1] == NO) return 0;
  const vgroup *g = &w->vgs[w->tok_vg[p - 1]];
  if (g->subject == NO || w->ments[g->subject].group != x->group) return 0;
  for (uint32_t q = x->last; q < p && q < x->last + ROLE_VERB_REACH; q++)
    if (w->tok_vg[q] != NO) return w->tok_vg[q] == w->tok_vg[p - 1];
  return 0;
}

/* actors35: "Several army officers have been identified by US
 * authorities", "the government signed an agreement with the United
 * States", "the attorney general opened a file after hearing Ortega's
 * statement": a bare state role (government, army, police, courts ...)
 * with no country near it (acta_near_countries) whose sentence took its
 * country from an actor named after the role, not from a place, is not of
 * that actor's country: the role comes first and the actor it deals with
 * later; the sentence's home (the scene the sentence before opens with,
 * else the article's country) is the role's, when the article's country is
 * not that actor's (a state named after the role that is the story's own
 * says nothing).  So too a bare role of any kind whose phrase says "the
 * country's" (country_possessive).  Sources (acta_speaker_country) and
 * targets (acta_bare_target_country) alike.  NULL: no such case. */
static const char *later_actor_country(struct acta_work *w, const sent_ctx *sc,
                                       const mention *x) {
  if (!x->role_only || x->near_country[0] ||
      !(acta_state_role(x->role) || country_possessive(w, x)) || sc->country_by_place ||
      sc->country_at == UINT32_MAX || sc->country_at < x->last || !sc->home[0] ||
      acta_code_eq(sc->home, sc->country) || acta_code_eq(w->art_country, sc->country))
    return NULL;
  /* the actor that lent it: a state's body or official, not a country,
   * people or a gang ("the son of a leader of Honduras' clan", "Colombian
   * suppliers"), nor a named official or a city standing for its
   * government that the role acts on ("prosecutors charged Alvarado": a
   * state's own; "police raided a neighborhood of Buenos Aires") */
  const mention *o = sc->country_ment == NO ? NULL : &w->ments[sc->country_ment];
  if (!o || !acta_state_role(o->role) || !o->entry ||
      (o->after_verb && o->entry->kind == ENT_ACTOR && role_verb_object(w, x, o)))
    return NULL;
  acta_trace(w, "  \"%s\": %s is of an actor named after it, not its own: %s\n",
             norm(w, x->last - 1), sc->country, sc->home);
  return sc->home;
}

const char *acta_bare_target_country(struct acta_work *w, const sent_ctx *sc, int32_t t) {
  const char *later = t == NO ? NULL : later_actor_country(w, sc, &w->ments[t]);
  return later ? later : acta_bare_country(sc);
}

const char *acta_speaker_country(struct acta_work *w, const sent_ctx *sc, int32_t m,
                                 uint32_t said_from) {
  if (m == NO || !w->tok_scope) return acta_bare_country(sc);
  const mention *x = &w->ments[m];
  const char *later = later_actor_country(w, sc, x);
  if (later) return later;
  /* a government's or an army's speaker: police, prosecutors and courts
   * speak of their own cases, which lie where they are ("the sheriff's
   * investigation alleged they were registered in the United States") */
  if (!x->role_only ||
      (strcmp(x->role, "GOV") && strcmp(x->role, "MIL") && strcmp(x->role, "LEG")) ||
      !sc->home[0])
    return acta_bare_country(sc);
  /* actors15: its nearest country named only in the quotation it speaks:
   * the home country, not that one */
  if (x->near_country[0]) {
    if (strcmp(sc->home, x->near_country) && near_country_said(w, sc, x)) {
      /* actors34: "the Treasury said" after "the US Treasury Department":
       * the body named before, not the story's home (a Honduran story) */
      int32_t inst = acta_institution_ref(w, x);
      if (inst != NO && w->ments[inst].country[0]) {
        acta_trace(w, "  speaker \"%s\": %s is named in what it says; the body named before: %s\n",
                   norm(w, x->last - 1), x->near_country, w->ments[inst].country);
        memcpy(w->ments[m].near_country, w->ments[inst].country, sizeof w->ments[m].near_country);
        return w->ments[m].near_country;
      }
      acta_trace(w, "  speaker \"%s\": %s is named in what it says, not where it is: %s\n",
                 norm(w, x->last - 1), x->near_country, sc->home);
      /* (the home country from now on, so the speaker's next event in
       * the sentence is answered the same) */
      memcpy(w->ments[m].near_country, sc->home, sizeof w->ments[m].near_country);
      return sc->home;
    }
    if (!strcmp(sc->home, x->near_country)) return sc->home;
    return acta_bare_country(sc);
  }
  if (sc->country_at == UINT32_MAX || !strcmp(sc->home, sc->country)) return acta_bare_country(sc);
  /* "Lawmakers warned that Colombian armed groups ...": the words after
   * a verb of saying are what is said; an actor's country there or a
   * place one comes from ("groups from Mexico"), not a place where things
   * are (the act may be done there: "has not ruled out a state of
   * emergency in Peten") */
  if (said_from != UINT32_MAX && x->last <= said_from && sc->country_at >= said_from &&
      sc->country_by_place != 1) {
    acta_trace(w, "  speaker \"%s\": %s is named in what it says, not where it is: %s\n",
               norm(w, x->last - 1), sc->country, sc->home);
    return sc->home;
  }
  if (said_by(w, sc->country_at, x->group, 0)) {
    acta_trace(w, "  speaker \"%s\": %s is named in what it says, not where it is: %s\n",
               norm(w, x->last - 1), sc->country, sc->home);
    return sc->home;
  }
  return acta_bare_country(sc);
}

/* actors25: "the US government offered to support four army units", "the
 * United States was urging the government to use it": a state's act on a
 * bare state role (government, army, police, courts ...) whose sentence's
 * country is the source's own (no place, no other actor gave one) is an act
 * on the story's state, when the story is elsewhere (the article's
 * country: the scene a sentence before opens with is too often the foreign
 * state's own); NULL when the target keeps the country it has. */
/* actors35: "the US arrest of a man", "US authorities requested the
 * extradition of his wife", "the US will target those individuals": private
 * people, firms, gangs and elites a foreign state as such acts on, in a
 * sentence whose only country is that state's own, are the story's people,
 * not the acting state's (its arrests, extraditions and calls reach people
 * abroad), as its state roles are (actors25).  Only a state named as such
 * (countries.txt): its authorities and officials act at home.  Not "the country's
 * financial institutions" (a possessive says whose). */
static int foreign_state_people(const struct acta_work *w, const acta_dict *d, const mention *a,
                                const mention *b) {
  if (!acta_people_role(b->role) && !acta_code_eq(b->role, "ELI")) return 0;
  /* the state by its name ("the US", "Washington"), not its authorities,
   * who arrest at home ("Guatemalan authorities arrested the ringleader") */
  if (!acta_countries_txt_entry(d, a->entry)) return 0;
  for (uint32_t q = b->first; q < b->last; q++)
    if (w->toks.v[q].tag == P_POSS) return 0;
  return 1;
}

const char *acta_target_country(struct acta_work *w, const acta_dict *d, const sent_ctx *sc,
                                int32_t s, int32_t t) {
  if (s == NO || t == NO || !w->art_country[0] || acta_code_eq(w->art_country, sc->country) ||
      sc->country_by_place || sc->country_at == UINT32_MAX)
    return NULL;
  const mention *a = &w->ments[s], *b = &w->ments[t];
  /* a state as such ("the United States", "the US government",
   * "Washington"), not a person the dictionaries name ("Baldetti") nor its
   * courts or police, which act at home on people sent there */
  if (a->role_only || !acta_code_eq(a->country, sc->country) || sc->country_at < a->first ||
      sc->country_at >= a->last || (a->role[0] && !acta_code_eq(a->role, "GOV")) ||
      !a->entry || acta_entry_file_is(d, a->entry, "actors.txt") ||
      !b->role_only || (b->near_country[0] && !acta_code_eq(b->near_country, a->country)) ||
      !(acta_state_role(b->role) || foreign_state_people(w, d, a, b)))
    return NULL;
  /* "the Morales government", "the Obama administration": a name says
   * whose */
  for (uint32_t q = b->first; q + 1 < b->last; q++)
    if ((w->toks.v[q].flags & TF_CAP) && q > sc->s->first) return NULL;
  /* actors35: people the story names most are its people */
  const char *home = acta_people_home(w, b->role); /* (a state role is no people's) */
  acta_trace(w, "  target \"%s\": a bare role %s acts on is the story's (%s)\n",
             norm(w, b->last - 1), a->code, home);
  return home;
}
