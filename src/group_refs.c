/* SPDX-License-Identifier: MIT */
/* groups16: "the group", "the gang", "the criminal organization", "the
 * militia": a definite singular group noun no name follows refers back to
 * the latest group of its kind the article named (a criminal one for "the
 * gang", "the cartel", "the criminal group"; an armed one for "the rebel
 * group", "the militia"; either for "the group", "the organization"), in
 * its sentence before it or the GROUP_REF_REACH sentences before; none when
 * the sentence that names it names another of that kind too, when a group
 * no dictionary codes was named since ("a drug ring"), or when its own
 * sentence names that group again (docs/conventions.md, "The group named
 * before"). */
#include "coder_internal.h"

#include <stdint.h>
#include <string.h>

/* How many sentences back a group named before is looked for. */
#define GROUP_REF_REACH 4

enum { GK_ANY = 0, GK_CRIME, GK_ARMED };

/* Is token q a word that makes a group phrase a criminal one ("criminal",
 * "cartel", "gang")? */
static int crime_word(const struct acta_work *w, uint32_t q) {
  uint32_t x = w->toks.v[q].word;
  return x != ACTA_NO_WORD && acta_lemma_in3(w->cw, x, (uint32_t)WL3_CRIME_GROUP_WORD);
}

/* Is token q written as its own lemma ("group", not "groups")? */
static int singular(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return t->nlemma == ACTA_NO_WORD || t->nlemma == t->word;
}

/* Is token q a singular group noun ("group", "gang", "ring"; not
 * "groups")?  (mentions.c's group_unnamed_at asks its lists first.) */
static int group_head(const struct acta_work *w, uint32_t q) {
  return singular(w, q) && (tok_in3(w, q, WL3_GROUP_REF_WORD) || tok_in(w, q, WL_UNNAMED_BODY));
}

/* Is role, the bare role of a group phrase or a named group's, an armed
 * group's other than a gang's (rebels, an armed group, insurgents)? */
static int armed_role(const char *role) {
  return acta_code_eq(role, "UAF") || acta_code_eq(role, "REB") || acta_code_eq(role, "INS");
}

/* Does the phrase ending before token j go on there: "of", "that",
 * "who", "whose", a capitalised word or "'s" ("the group of", "the
 * rebels who", "the cartel's")?  Then it names more than a group. */
static int phrase_goes_on(const struct acta_work *w, const acta_sentence *s, uint32_t j) {
  return j < s->last && (is_word(w, j, w->cw->w_of) || is_word(w, j, w->cw->w_that) ||
                         is_word(w, j, w->cw->w_who) || is_word(w, j, w->cw->w_whose) ||
                         (w->toks.v[j].flags & TF_CAP) || w->toks.v[j].tag == P_POSS);
}

/* The kind of group phrase [i, j) of sentence s refers to, or -1 when it
 * is none: "the", then criminal words ("criminal", "drug", "trafficking")
 * or the words of the bare role the dictionary reads in it ("rebel",
 * "guerrilla"; role), then a head noun of WL3_GROUP_REF_WORD, ending the phrase or
 * owning the rest ("the group's leader"); not followed by "of", a name or
 * a relative clause ("the group of experts", "the group
 * Gente Nueva", "the gang that ..."). *owner: whether the head owns the
 * rest. */
static int ref_kind(const struct acta_work *w, const acta_sentence *s, uint32_t i, uint32_t j,
                    const char *role, int *owner) {
  /* (mentions.c's group_ref_at asks this first, without the call) */
  if (j < i + 2 || !is_word(w, i, w->cw->w_the)) return -1;
  /* "the cartel's assets", "the group's leader": the owner's words */
  uint32_t h = j - 1;
  for (uint32_t q = i + 1; q < j && q <= i + 4; q++)
    if (w->toks.v[q].tag == P_POSS) {
      h = q - 1;
      break;
    }
  if (h > i + 4 || h == i) return -1;
  if (w->toks.v[h].tag != P_NOUN || (w->toks.v[h].flags & TF_CAP) ||
      !tok_in3(w, h, WL3_GROUP_REF_WORD) || !singular(w, h))
    return -1;
  if (h + 1 == j && phrase_goes_on(w, s, j)) return -1;
  int kind = GK_ANY;
  for (uint32_t q = i; q <= h; q++) {
    if (q > i && (w->toks.v[q].flags & TF_CAP)) return -1;
    if (crime_word(w, q)) kind = GK_CRIME;
    else if (q > i && q < h && !role) return -1;
  }
  /* a bare role the dictionary reads ("the gang" CRM, "the rebel group"
   * REB) keeps its kind */
  if (kind == GK_ANY && role) {
    if (acta_code_eq(role, "CRM")) kind = GK_CRIME;
    else if (armed_role(role)) kind = GK_ARMED;
    else return -1;
  }
  *owner = h + 1 < j;
  return kind;
}

/* targets34: "the rebels", "the guerrillas", "the insurgents": "the" and
 * one plural lower-case noun the dictionary reads as a bare rebel or
 * insurgent role (REB, INS), ending its clause's phrase as a group noun
 * does (no "of", name, relative or "'s" after it), stands for the members
 * of the armed group named before: GK_ARMED, else -1.  Other plurals ("the
 * gangs", "the militias") may name several groups and are left alone. */
static int member_ref_kind(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                           uint32_t j, const char *role) {
  if (!role || (!acta_code_eq(role, "REB") && !acta_code_eq(role, "INS")) || j != i + 2 ||
      !is_word(w, i, w->cw->w_the))
    return -1;
  uint32_t h = i + 1;
  if (w->toks.v[h].tag != P_NOUN || (w->toks.v[h].flags & TF_CAP) || singular(w, h)) return -1;
  if (phrase_goes_on(w, s, j)) return -1;
  return GK_ARMED;
}

/* Is mention o a named body (a code beyond its country and role, not a
 * bare role)? */
static int named_body(const mention *o) {
  return !o->absorbed && !o->role_only && strlen(o->code) > strlen(o->country) + 3;
}

/* May a named body of mention o's role be what a phrase of kind `kind`
 * refers to (fits_kind() past named_body())? */
static int kind_role(const mention *o, int kind) {
  int crime = acta_code_eq(o->role, "CRM");
  int armed = armed_role(o->role) || acta_code_eq(o->role, "IMG");
  return kind == GK_CRIME ? crime : kind == GK_ARMED ? armed : crime || armed;
}

/* May mention o, a named group (a code beyond its country and role, not a
 * bare role), be what a phrase of kind `kind` refers to? */
static int fits_kind(const mention *o, int kind) {
  return named_body(o) && kind_role(o, kind);
}

/* Is a named body of mention o's role one "the group" or "the
 * organization" may stand for too (other_body() past named_body())? */
static int other_role(const mention *o) {
  return acta_code_eq(o->role, "NGO") || acta_code_eq(o->role, "IGO") ||
         acta_code_eq(o->role, "PTY") || acta_code_eq(o->role, "BUS");
}

/* Is mention o a named body "the group" or "the organization" may stand
 * for too (a rights group, an international body, a party, a company)?
 * Named after the group of its kind, it leaves the reference unsure. */
static int other_body(const mention *o) {
  return named_body(o) && other_role(o);
}

/* Do mentions a and b name one group (their codes past the country)? */
static int same_group(const mention *a, const mention *b) {
  return !strcmp(a->code + strlen(a->country), b->code + strlen(b->country));
}

/* Does sentence s name the group of mention a's entry again from token j
 * on ("the group joined forces with the PCC": the group is not the PCC)?
 * The sentence's dictionary phrases (w->matches) after j, found by a
 * binary search. */
static int named_after(const struct acta_work *w, const acta_sentence *s, const mention *a,
                       uint32_t j) {
  if (!a->entry) return 0;
  size_t lo = 0, hi = w->nmatches;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->matches[mid].first < j) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = lo; k < w->nmatches && w->matches[k].first < s->last; k++) {
    const acta_entry *e = w->matches[k].e;
    if (e == a->entry || (e->kind == a->entry->kind && !strcmp(e->code, a->entry->code) &&
                          !strcmp(e->country, a->entry->country)))
      return 1;
  }
  return 0;
}

/* May mention o of reference [i, j)'s own sentence s be its antecedent?  Not
 * the other side of "with" or "between" ("feuding with the Urabenos, the
 * group ..."), nor when the reference is the object of a verb right
 * after it ("the Zetas kidnapped the group": a group of people). */
static int same_sentence_antecedent(const struct acta_work *w, const acta_sentence *s,
                                    const mention *o, uint32_t i) {
  if (i > s->first && w->toks.v[i - 1].tag == P_VERB) return 0;
  uint32_t p = o->first;
  if (p > s->first && is_word(w, p - 1, w->cw->w_the)) p--;
  return !(p > s->first &&
           (is_word(w, p - 1, w->cw->w_with) || is_word(w, p - 1, w->cw->w_between)));
}

int32_t acta_group_ref(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                       uint32_t j, const char *role, const char **why) {
  *why = NULL;
  int owner = 0;
  int kind = ref_kind(w, s, i, j, role, &owner);
  if (kind < 0) kind = member_ref_kind(w, s, i, j, role);
  if (kind < 0) return NO;
  size_t si = (size_t)(s - w->sents);
  size_t lo = si > GROUP_REF_REACH ? si - GROUP_REF_REACH : 0;
  int32_t found = NO;
  size_t found_sent = 0;
  /* the mentions before it, latest first: the current sentence's are
   * those found so far (w->nments) */
  for (size_t k = si + 1; k-- > lo;) {
    size_t m0 = w->sent_ment[k], m1 = k == si ? w->nments : w->sent_ment[k + 1];
    for (size_t m = m1; m-- > m0;) {
      const mention *o = &w->ments[m];
      if (k == si && o->first >= i) continue;
      if (kind != GK_CRIME && other_body(o)) {
        *why = found == NO ? "another kind of body named since"
                           : "another kind of body named beside it";
        return NO;
      }
      if (!fits_kind(o, kind)) continue;
      if (found == NO) {
        found = (int32_t)m;
        found_sent = k;
      } else if (!same_group(&w->ments[found], o)) {
        *why = "another group of its kind named beside it";
        return NO;
      }
    }
    if (found != NO && k <= found_sent) break;
  }
  /* else the one group of its kind the article named before, whatever
   * the distance */
  if (found == NO && w->grp_last[kind] != NO && !w->grp_several[kind] &&
      !(kind != GK_CRIME && w->grp_other_set &&
        w->grp_other > w->ments[w->grp_last[kind]].first)) {
    found = w->grp_last[kind];
    found_sent = SIZE_MAX;
  }
  if (found == NO) {
    *why = w->grp_several[kind] ? "several groups of its kind named before, none near"
                                : "no group of its kind named before";
    return NO;
  }
  const mention *a = &w->ments[found];
  if (w->grp_block_set && a->first < w->grp_block) {
    *why = "a group no dictionary names was named since";
    return NO;
  }
  /* "the FARC ... an end to the group's extortion": a thing of its own
   * sentence's group is told as the group's own */
  if (found_sent == si && (!same_sentence_antecedent(w, s, a, i) || owner)) {
    *why = "its sentence's group is the other side or it is a verb's object";
    return NO;
  }
  if (named_after(w, s, a, j)) {
    *why = "its sentence names that group again";
    return NO;
  }
  *why = found_sent == si         ? "same sentence"
         : found_sent == SIZE_MAX ? "the one group of its kind the article named"
                                  : "an earlier sentence";
  return found;
}

void acta_group_note(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t m = m0; m < m1; m++) {
    const mention *o = &w->ments[m];
    /* speed23: named_body() asked once (two strlen), not by other_body()
     * and each kind's fits_kind(): a mention that is none is neither */
    if (o->group_ref || !named_body(o)) continue;
    if (other_role(o)) {
      w->grp_other_set = 1;
      w->grp_other = o->last;
    }
    for (int kind = GK_ANY; kind <= GK_ARMED; kind++) {
      if (!kind_role(o, kind)) continue;
      int32_t last = w->grp_last[kind];
      if (last != NO && !same_group(&w->ments[last], o)) w->grp_several[kind] = 1;
      w->grp_last[kind] = (int32_t)m;
    }
  }
}

void acta_group_unnamed(struct acta_work *w, const acta_sentence *s, uint32_t i, uint32_t j) {
  /* "its money laundering network" is the owner's own */
  if (j <= i || !group_head(w, j - 1) || is_word(w, i, w->cw->w_its) ||
      is_word(w, i, w->cw->w_their))
    return;
  if (j < s->last && is_word(w, j, w->cw->w_of)) return;
  w->grp_block_set = 1;
  w->grp_block = j;
}
