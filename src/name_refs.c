/* SPDX-License-Identifier: MIT */
/* name_refs.c: a bare surname standing for a person the article named
 * before with a role ("Venezuela's attorney general Luisa Ortega Diaz ...
 * Ortega called for ..."): the code of that earlier phrase, which a title
 * or a role noun gave it.  acta codes the role the article wrote, never a
 * person it does not describe: a name the article never gave a role keeps
 * no code.  The article's name words are kept once, sorted by hash, after
 * pass 1 (n log n); each lookup is a binary search and a bounded walk
 * back (NAME_REF_REACH). */
#include "coder_internal.h"

#include <stdlib.h>

static uint64_t name_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ull;
  }
  return h;
}

static int is_name_tok(const struct acta_work *w, uint32_t q) {
  return cap_name(w, q) && w->toks.v[q].norm_len >= 2;
}

static int ref_cmp(const void *a, const void *b) {
  const struct acta_name_ref *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return x->ment < y->ment ? -1 : x->ment > y->ment;
}

void acta_name_refs(struct acta_work *w) {
  w->nname_refs = 0;
  for (size_t mi = 0; mi < w->nments; mi++) {
    const mention *m = &w->ments[mi];
    if (!m->role[0] || !m->code[0] || m->absorbed) continue;
    for (uint32_t q = m->first; q < m->last; q++) {
      if (!is_name_tok(w, q)) continue;
      /* a given name opening a run of names is no surname ("Luisa" of
       * "Luisa Ortega Diaz") */
      if (q + 1 < m->last && is_name_tok(w, q + 1) && (q == m->first || !is_name_tok(w, q - 1)))
        continue;
      /* an owner's name ("Lopez's husband"): the role is the head's */
      if (q + 1 < w->toks.n && w->toks.v[q + 1].tag == P_POSS) continue;
      GROW(w->name_refs, w->nname_refs, w->cap_name_refs);
      w->name_refs[w->nname_refs].hash = name_hash(norm(w, q), w->toks.v[q].norm_len);
      w->name_refs[w->nname_refs].ment = (int32_t)mi;
      w->nname_refs++;
    }
  }
  qsort(w->name_refs, w->nname_refs, sizeof *w->name_refs, ref_cmp);
}

/* Does mention m hold a token written as token q is? */
static int holds_word(const struct acta_work *w, const mention *m, uint32_t q) {
  const char *t = norm(w, q);
  uint32_t n = w->toks.v[q].norm_len;
  for (uint32_t k = m->first; k < m->last; k++)
    if (w->toks.v[k].norm_len == n && !memcmp(norm(w, k), t, n)) return 1;
  return 0;
}

int acta_name_ref_given(const struct acta_work *w, const mention *m, uint32_t q0, uint32_t q) {
  while (q0 < q && w->toks.v[q0].tag != P_PROPN) q0++; /* "The Times" */
  return q0 >= q || holds_word(w, m, q0);
}

/* How many earlier mentions of a surname a lookup reads, nearest first (a
 * name repeated through a long article costs a bounded look each time). */
#define NAME_REF_REACH 32

/* The nearest mentions before q holding the name word at q (given name
 * from q0 checked), those of `role` not role-only when role is given. */
static int32_t name_ref_of(const struct acta_work *w, uint32_t q0, uint32_t q, const char *role) {
  uint64_t h = name_hash(norm(w, q), w->toks.v[q].norm_len);
  size_t lo = 0, hi = w->nname_refs;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->name_refs[mid].hash < h) lo = mid + 1;
    else hi = mid;
  }
  /* the run of the hash is sorted by mention, so in text order: the end
   * of its part before q */
  size_t run = lo, end = lo;
  hi = w->nname_refs;
  while (end < hi) {
    size_t mid = end + (hi - end) / 2;
    const struct acta_name_ref *r = &w->name_refs[mid];
    if (r->hash == h && w->ments[r->ment].first < q) end = mid + 1;
    else hi = mid;
  }
  int32_t best = NO;
  for (size_t k = end, n = 0; k > run && n < NAME_REF_REACH; n++) {
    k--;
    const mention *m = &w->ments[w->name_refs[k].ment];
    if (m->first >= q) continue;
    if (role && (m->role_only || !m->country[0] || strcmp(m->role, role))) continue;
    /* "Tony Hernandez" is not "Juan Orlando Hernandez": a given name
     * written must be the earlier phrase's too */
    if (!acta_name_ref_given(w, m, q0, q)) continue;
    /* two people of the name with different roles: which one is meant
     * is not written */
    if (best != NO && strcmp(w->ments[best].code, m->code)) return NO;
    best = w->name_refs[k].ment;
  }
  return best;
}

int32_t acta_name_ref(const struct acta_work *w, uint32_t q0, uint32_t q) {
  return name_ref_of(w, q0, q, NULL);
}

/* roles9: "the US Treasury Department ... The Treasury also blacklisted":
 * a bare role whose phrase ends in a capitalized name word ("the
 * Treasury", "the Interior Ministry") that a phrase of the same role with
 * a country held before in the article is that body again: it takes that
 * phrase's country (near_country), unless its own sentence names one
 * for it (acta_near_countries). */
void acta_institution_refs(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    if (!m->role_only || m->absorbed || m->near_country[0] || !m->role[0] || m->last == 0)
      continue;
    uint32_t q = m->last - 1;
    /* (a name after a word of its own: not a capitalized common noun
     * opening a sentence, "Authorities said") */
    if (q == m->first || !is_name_tok(w, q)) continue;
    int32_t ref = name_ref_of(w, m->first, q, m->role);
    if (ref == NO) continue;
    memcpy(m->near_country, w->ments[ref].country, sizeof m->near_country);
    acta_trace(w, "  actor \"%s\": the body named before as %s\n", norm(w, q),
               w->ments[ref].code);
  }
}
