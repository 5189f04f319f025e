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
 * frame or not. */
#include "coder_internal.h"

#include <string.h>

/* How deep reporting frames nest ("X said Y told Z that ..."): the walk up
 * from a token's frame stops there. */
#define FRAME_DEPTH 8

const char *acta_speaker_country(struct acta_work *w, const sent_ctx *sc, int32_t m,
                                 uint32_t said_from) {
  if (m == NO || !w->tok_scope) return sc->country;
  const mention *x = &w->ments[m];
  /* a government's or an army's speaker: police, prosecutors and courts
   * speak of their own cases, which lie where they are ("the sheriff's
   * investigation alleged they were registered in the United States") */
  if (!x->role_only || x->near_country[0] ||
      (strcmp(x->role, "GOV") && strcmp(x->role, "MIL") && strcmp(x->role, "LEG")) || sc->country_at == UINT32_MAX || !sc->home[0] ||
      !strcmp(sc->home, sc->country))
    return sc->country;
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
  int32_t g = x->group;
  int32_t f = w->tok_scope[sc->country_at];
  for (int depth = 0; f != NO && depth < FRAME_DEPTH; depth++) {
    const frame *fr = &w->frames[f];
    if (fr->reporter != NO && w->ments[fr->reporter].group == g) {
      acta_trace(w, "  speaker \"%s\": %s is named in what it says, not where it is: %s\n",
                 norm(w, x->last - 1), sc->country, sc->home);
      return sc->home;
    }
    f = fr->parent;
  }
  return sc->country;
}
