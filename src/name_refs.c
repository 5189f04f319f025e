/* SPDX-License-Identifier: MIT */
/* name_refs.c: a bare surname standing for a person the article named
 * before with a role ("Venezuela's attorney general Marta Quiroz Leal ...
 * Quiroz called for ..."): the code of that earlier phrase, which a title
 * or a role noun gave it.  acta codes the role the article wrote, never a
 * person it does not describe: a name the article never gave a role keeps
 * no code.  The article's name words are kept once, sorted by hash, after
 * pass 1 (n log n); each lookup is a binary search and a bounded walk
 * back (NAME_REF_REACH). */
#include "coder_internal.h"

#include "tagger_model.h"
#include "vocab.h"

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

/* speed36h: how many refs an insertion sort orders; more go to qsort */
#define REF_INSERTION_MAX 16

/* Orders the refs by ref_cmp.  Most articles (every one-sentence record)
 * hold a few refs, where qsort's call and merge cost far more than an
 * insertion sort.  Both keep the input order of ties (glibc's qsort merges,
 * which is stable; an insertion sort moves an element only past greater
 * ones), so the order is the same either way. */
static void sort_refs(struct acta_name_ref *v, size_t n) {
  if (n > REF_INSERTION_MAX) {
    qsort(v, n, sizeof *v, ref_cmp);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    struct acta_name_ref x = v[i];
    size_t j = i;
    while (j > 0 && ref_cmp(&v[j - 1], &x) > 0) {
      v[j] = v[j - 1];
      j--;
    }
    v[j] = x;
  }
}

static void add_ref(struct acta_work *w, uint32_t q, int32_t mi, uint32_t nfirst, uint32_t nlast) {
  GROW(w->name_refs, w->nname_refs, w->cap_name_refs);
  struct acta_name_ref *r = &w->name_refs[w->nname_refs++];
  r->hash = name_hash(norm(w, q), w->toks.v[q].norm_len);
  r->ment = mi;
  r->nfirst = nfirst;
  r->nlast = nlast;
}

/* roles10: a particle inside a Spanish or Portuguese name ("de Andres",
 * "Paz y Paz", "da Silva") */
static int name_particle(const struct acta_work *w, uint32_t q) {
  return !(w->toks.v[q].flags & TF_CAP) && acta_name_particle(w->toks.v[q].vocab);
}

/* roles10: a possessive determiner ("his", "their") */
static int tok_poss_det(const struct acta_work *w, uint32_t q) {
  /* (review18: vocabulary codes, not strings: it runs for every mention) */
  unsigned v = w->toks.v[q].vocab;
  return v == V_HIS || v == V_HER || v == V_THEIR || v == V_ITS || v == V_OUR || v == V_MY ||
         v == V_YOUR;
}

static int is_comma(const struct acta_work *w, uint32_t q) {
  return q < w->toks.n && is_punct(w, q, ',');
}

/* How many mentions on each side of a role phrase covered() reads (a
 * sentence's mentions are kept near each other, in text order). */
#define COVER_REACH 8

/* Does a mention near mention mi hold a token of [a, b)? */
static int covered(const struct acta_work *w, size_t mi, uint32_t a, uint32_t b) {
  size_t k0 = mi > COVER_REACH ? mi - COVER_REACH : 0;
  size_t k1 = mi + COVER_REACH < w->nments ? mi + COVER_REACH + 1 : w->nments;
  for (size_t k = k0; k < k1; k++) {
    const mention *x = &w->ments[k];
    if (k != mi && x->first < b && x->last > a) return 1;
  }
  return 0;
}

/* targets15: how many words a nickname after "alias" may have ("Diego
 * Rastrojo", "Rogerio 157", "El Loco"). */
#define ALIAS_WORDS 4

/* targets15: how many tokens an apposed nickname may take between a name
 * and its role phrase (', alias ""Rogerio 157,"" '). */
#define ALIAS_BEFORE_REACH 10

/* targets15: when the tokens before token c (a role phrase's first; its
 * sentence's first token `first`) are a name's nickname -- 'Name, alias
 * "Pisca,"', 'Name (alias X),' -- the token after the name (its comma or
 * bracket), the nickname's words in [*na, *nb); 0 otherwise.  (review18:
 * not a name of the sentence before, whose closing '."' the marks could
 * skip) */
static uint32_t alias_before(const struct acta_work *w, uint32_t first, uint32_t c, uint32_t *na,
                             uint32_t *nb) {
  uint32_t k = c, lo = c > first + ALIAS_BEFORE_REACH ? c - ALIAS_BEFORE_REACH : first;
  while (k > lo && w->toks.v[k - 1].kind == TK_PUNCT && !is_comma(w, k - 1)) k--; /* marks */
  if (k > lo && is_comma(w, k - 1)) k--; /* '"Pisca,"' */
  while (k > lo && is_punct(w, k - 1, '"')) k--;
  uint32_t e = k;
  while (k > lo && e - k < ALIAS_WORDS && w->toks.v[k - 1].kind == TK_WORD &&
         !tok_in4(w, k - 1, WL4_ALIAS_WORD) &&
         (is_name_tok(w, k - 1) || w->toks.v[k - 1].tag == P_NUM ||
          (w->toks.v[k - 1].flags & TF_ALLCAPS)))
    k--;
  if (k == e) return 0;
  uint32_t s0 = k;
  while (k > lo && is_punct(w, k - 1, '"')) k--;
  if (k <= lo + 1 || !tok_in4(w, k - 1, WL4_ALIAS_WORD)) return 0;
  k--;
  /* (review19: the name too in the sentence: '(alias X),' opening it
   * names no one) */
  if (!(is_comma(w, k - 1) || is_punct(w, k - 1, '(')) || k < first + 2 || !is_name_tok(w, k - 2))
    return 0;
  *na = s0;
  *nb = e;
  return k - 1;
}

/* The first token of the run of name words that ends before token b
 * (particles inside: "Juan de la Cruz"); b (no run) when the run is a
 * list's later item ("Juan Perez, Ana Ruiz", "and Ana Ruiz").  first is
 * the sentence's first token (review23: the walk stops there). */
static uint32_t name_run_start(const struct acta_work *w, uint32_t first, uint32_t b) {
  uint32_t a = b;
  while (a > first && (is_name_tok(w, a - 1) || (name_particle(w, a - 1) && a >= first + 2 &&
                                                  is_name_tok(w, a - 2))))
    a--;
  if (a > first && (is_word(w, a - 1, w->cw->w_and) ||
                    (a > first + 1 && is_comma(w, a - 1) && is_name_tok(w, a - 2))))
    return b;
  return a;
}

/* roles10: a person's name set apart by a comma from the role phrase that
 * describes the person ("Marta Quiroga, a judge in Lima, ..."; "the head of
 * the port police, Ramiro Vela Soto, ..."): the name's surnames stand for
 * that phrase later in the article ("Quiroga ordered", "Vela said").  The
 * name must be a full one (two name words at least) no mention holds, the
 * phrase singular and no item of a list ("Ana Ruiz, the police and the
 * army"). */
static void apposed_name(struct acta_work *w, size_t mi, uint32_t first, uint32_t last) {
  const mention *m = &w->ments[mi];
  if (m->last <= m->first) return;
  uint32_t h = m->first; /* the head: the word before "of", else the last */
  while (h + 1 < m->last && !is_word(w, h + 1, w->cw->w_of)) h++;
  const acta_token *head = &w->toks.v[h];
  if (head->penn == PT_NNS || head->penn == PT_NNPS) return;
  /* a kin or a boss of someone ("their father, ...", "his former boss,
   * ..."): that person's relation, no role; a source ("according to a
   * DEA statement, ...") */
  if (w->toks.v[m->first].tag == P_PRON || tok_poss_det(w, m->first) ||
      (m->first > first && tok_poss_det(w, m->first - 1)))
    return;
  if (m->first >= first + 2 && is_word(w, m->first - 2, w->cw->w_according)) return;
  /* a kin word or a private person's noun ("brother", "a resident"):
   * what a name with no role is anyway */
  if (m->role_only && acta_code_eq(m->role, "CVL")) return;
  uint32_t a = 0, b = 0; /* the name run [a, b) */
  /* targets15: 'Jonas de Andrade, alias ""Grilo,"" an alleged leader of
   * the PCC': the nickname between the name and the phrase stands for the
   * phrase too */
  uint32_t na = 0, nb = 0; /* the nickname [na, nb) */
  uint32_t before = m->first >= 3 && m->first > first &&
                            (is_comma(w, m->first - 1) || is_punct(w, m->first - 1, '"'))
                        ? alias_before(w, first, m->first, &na, &nb) : 0;
  if (before && m->last < last &&
      (is_word(w, m->last, w->cw->w_and) || is_word(w, m->last, w->cw->w_or)))
    before = 0;
  if (before) {
    b = before;
    a = name_run_start(w, first, b);
    if (a == b) return;
    if (nb > na && !covered(w, mi, na, nb)) add_ref(w, nb - 1, (int32_t)mi, na, nb);
  } else if (m->first >= 3 && m->first >= first + 2 && is_comma(w, m->first - 1) &&
             is_name_tok(w, m->first - 2)) {
    /* the name before: the phrase is no list's item */
    if (m->last < last &&
        (is_word(w, m->last, w->cw->w_and) || is_word(w, m->last, w->cw->w_or)))
      return;
    b = m->first - 1;
    /* (a list's later item: "Juan Perez, Ana Ruiz, the police"; a clause
     * before the name is none: "During the hearing, Ana Ruiz, a judge") */
    a = name_run_start(w, first, b);
    if (a == b) return;
  } else if (m->last + 1 < last && is_comma(w, m->last) && is_name_tok(w, m->last + 1)) {
    /* the name after: it ends the apposition ("..., Ramiro Vela Soto, said");
     * the phrase opens no list's later item ("..., and brother, NAME");
     * after "and" with no comma before, two titles of the one person
     * named ("Party President and Vice President of Congress, NAME",
     * actors24) */
    if (m->first > first && (is_comma(w, m->first - 1) ||
                             (is_word(w, m->first - 1, w->cw->w_and) && m->first > first + 1 &&
                              is_comma(w, m->first - 2))))
      return;
    a = m->last + 1;
    b = a;
    while (b < last && (is_name_tok(w, b) || (name_particle(w, b) && b + 1 < last &&
                                              is_name_tok(w, b + 1))))
      b++;
    if (b < last && (is_word(w, b, w->cw->w_and) || is_word(w, b, w->cw->w_or))) return;
  } else {
    return;
  }
  if (b < a + 2 || covered(w, mi, a, b)) return;
  for (uint32_t q = a + 1; q < b; q++) {
    if (!is_name_tok(w, q)) continue;
    if (q + 1 < last && w->toks.v[q + 1].tag == P_POSS) continue;
    add_ref(w, q, (int32_t)mi, a, b);
  }
}

/* Is token q an opening or closing quotation mark? */
static int is_quote(const struct acta_work *w, uint32_t q) {
  return q < w->toks.n && is_punct(w, q, '"');
}

/* targets15: a person's nickname after a coded phrase that ends in the
 * person's name ("guerrilla leader Victor Navarro, alias \"Megateo,\"",
 * "drug lord Luis Caicedo (alias \"Don Lucho\")", "..., also known as
 * El Loco"): the nickname stands for that phrase later in the article
 * ("Megateo was killed", "the army killed Megateo"), as its surname does.
 * The phrase must name one person (its last word a singular name), no
 * dictionary word inside the name but its first; the
 * nickname is one to ALIAS_WORDS capitalized words or numbers in or out
 * of quotation marks, no mention holding them, closed by a mark, a
 * bracket, "or" or the sentence's end. */
static void alias_name(struct acta_work *w, size_t mi, uint32_t last) {
  const mention *m = &w->ments[mi];
  if (m->last <= m->first || !is_name_tok(w, m->last - 1) || w->toks.v[m->last - 1].penn != PT_NNP)
    return;
  /* (not a dictionary's word inside a longer name, which may be another
   * person's: "Demetrio Chavez Penaherrera" is no "Chavez") */
  uint32_t r0 = m->last - 1;
  while (r0 > m->first && is_name_tok(w, r0 - 1)) r0--;
  if (m->phrase_first > r0) return;
  uint32_t p = m->last, n = last;
  if (p + 1 >= n || !(is_comma(w, p) || is_punct(w, p, '('))) return;
  p++;
  if (tok_in4(w, p, WL4_ALIAS_WORD)) {
    p++;
  } else {
    if (p < n && (is_vocab(w, p, V_ALSO) || is_word(w, p, w->cw->w_better))) p++;
    if (p + 1 >= n || !is_word(w, p, w->cw->w_known) || !is_vocab(w, p + 1, V_AS)) return;
    p += 2;
  }
  while (p < n && is_quote(w, p)) p++;
  uint32_t a = p;
  while (p < n && p < a + ALIAS_WORDS && w->toks.v[p].kind == TK_WORD &&
         (is_name_tok(w, p) || (p > a && w->toks.v[p].tag == P_NUM) ||
          (w->toks.v[p].flags & TF_ALLCAPS)))
    p++;
  uint32_t b = p;
  if (b == a || covered(w, mi, a, b)) return;
  /* closed: a mark, a comma, a bracket, "or", the end */
  if (b < n && !(w->toks.v[b].kind == TK_PUNCT || is_word(w, b, w->cw->w_or))) return;
  add_ref(w, b - 1, (int32_t)mi, a, b);
}

/* How far after its phrase's '(' an acronym's ')' may stand. */
#define ACRONYM_REACH 12
/* How many words an "of" phrase between the phrase and its brackets holds. */
#define OF_REACH 4

/* roles10: an acronym in brackets right after a coded phrase ("ICE's
 * Homeland Security Investigations (HSI)", "the Guatemalan food makers'
 * union (Gremial de Alimentos - GREDAL)") stands for that phrase later in
 * the article ("HSI arrested"): the last word in the brackets, all
 * capitals, alone there or after a dash or comma, whose first letter opens
 * a capitalized word of the phrase or of the brackets ("Mexico (AP)" is no
 * acronym of Mexico). */
static void bracket_acronym(struct acta_work *w, size_t mi, uint32_t last) {
  const mention *m = &w->ments[mi];
  /* the "of" phrase of another: that one's acronym */
  if (m->first > 0 && is_word(w, m->first - 1, w->cw->w_of)) return;
  uint32_t p = m->last;
  /* (past an "of" phrase of its own: "Guatemala's trade union of dairy
   * farmers (...)") */
  if (p < last && is_word(w, p, w->cw->w_of))
    for (uint32_t n = 0; n < OF_REACH && p + 1 < last && w->toks.v[p + 1].kind == TK_WORD &&
                         w->toks.v[p + 1].tag != P_VERB && w->toks.v[p + 1].tag != P_AUX;
         n++)
      p++;
  if (p != m->last) p++;
  if (p >= last || !is_punct(w, p, '(')) return;
  uint32_t c = p + 1;
  while (c < last && c <= p + ACRONYM_REACH && !is_punct(w, c, ')')) c++;
  if (c >= last || !is_punct(w, c, ')') || c < p + 2) return;
  uint32_t z = c - 1;
  const acta_token *t = &w->toks.v[z];
  if (!(t->flags & TF_ALLCAPS) || t->kind != TK_WORD) return;
  if (z > p + 1 && !is_punct(w, z - 1, '-') && !is_comma(w, z - 1)) return;
  char first = w->cur_text[t->start];
  int fits = 0;
  for (uint32_t q = m->first; q < z && !fits; q++)
    fits = q != p && (w->toks.v[q].flags & TF_CAP) && w->cur_text[w->toks.v[q].start] == first;
  if (fits) add_ref(w, z, (int32_t)mi, z, z + 1);
}

/* How many words an office's "of"/"for" phrase and the name after it hold
 * together ("for Coca and Integral Development Ramiro Tola Quispe"). */
#define OFFICE_REACH 9

/* names14: a title whose office follows it ("Bolivia's Minister for the
 * Presidency Tomas Gutierrez Vaca", "Secretary of Public Security Hugo
 * Ledesma Paz"): the dictionaries code the title ("Bolivia's Minister"),
 * the name after the office is the person's, and its last two words stand
 * for that phrase later in the article ("Quintana denounced").  One run of
 * capitalized words (an "and" inside) after "of"/"for" ("the"), three at
 * least (the office and two name words), no mention holding its name. */
static void office_name(struct acta_work *w, size_t mi, uint32_t last) {
  const mention *m = &w->ments[mi];
  if (m->last <= m->first) return;
  uint32_t p = m->last;
  const acta_token *head = &w->toks.v[m->last - 1];
  if (head->penn == PT_NNS || head->penn == PT_NNPS) return;
  if (p + 1 >= last || !(is_word(w, p, w->cw->w_of) || is_word(w, p, w->cw->w_for))) return;
  p++;
  if (is_word(w, p, w->cw->w_the)) p++;
  uint32_t a = p, b = p;
  while (b < last && b < a + OFFICE_REACH &&
         (is_name_tok(w, b) ||
          (is_word(w, b, w->cw->w_and) && b > a && b + 1 < last && is_name_tok(w, b + 1))))
    b++;
  if (b < a + 3 || (b < last && (w->toks.v[b].flags & TF_CAP)) ||
      (b < last && w->toks.v[b].tag == P_POSS) || !is_name_tok(w, b - 2) ||
      covered(w, mi, b - 2, b))
    return;
  add_ref(w, b - 2, (int32_t)mi, b - 2, b);
  add_ref(w, b - 1, (int32_t)mi, b - 2, b);
}

/* How many names a list after a plural role may hold (listed_names). */
#define LIST_REACH 6

/* names14: people listed by name after a plural role that describes them
 * all ("Two Guatemalan judges -- Ana Lucia Perez and Mario Ruiz Soto --",
 * "the legislators Pedro Gomez Arce and Ramon Villalba Ortiz"): each
 * name's surnames stand for the role later in the article.  The role's
 * plural noun ends the phrase (a comma or a dash may follow it) or stands
 * right before the first name, which the phrase then holds; the names are
 * full ones (two name words at least), joined by commas and one "and",
 * and the list ends there: no "of" ("the ministers, Ana Ruiz of Peru and
 * ..." each have their own country), no owner's "'s". */
static void listed_names(struct acta_work *w, size_t mi, uint32_t last) {
  const mention *m = &w->ments[mi];
  if (m->last <= m->first) return;
  /* a kin word or a private person's noun ("the brothers"): no role */
  if (m->role_only && acta_code_eq(m->role, "CVL")) return;
  uint32_t h = m->last - 1, p = m->last;
  while (h > m->first && is_name_tok(w, h)) h--;
  if (w->toks.v[h].penn != PT_NNS || (w->toks.v[h].flags & TF_CAP)) return;
  if (h + 1 == m->last) {
    /* the names after the phrase */
    /* (not after a colon: "paid off three officials: A, B and C" lists
     * them where the phrase's country may be another's) */
    while (p < last && p < m->last + 2 && (is_comma(w, p) || is_punct(w, p, '-') ||
                                           (w->toks.v[p].kind == TK_PUNCT &&
                                            w->toks.v[p].penn == PT_COLON &&
                                            !is_punct(w, p, ':'))))
      p++;
  } else {
    /* the first name inside the phrase: the list goes on after it */
    if (m->last - (h + 1) < 2 || p >= last ||
        !(is_comma(w, p) || is_word(w, p, w->cw->w_and)))
      return;
  }
  uint32_t starts[LIST_REACH], ends[LIST_REACH];
  size_t nn = 0;
  int joined = 0;
  while (nn < LIST_REACH && p < last) {
    if (nn > 0 || h + 1 < m->last) {
      /* a comma or "and" before each later name */
      if (is_word(w, p, w->cw->w_and)) joined = 1;
      else if (!is_comma(w, p) || joined) break;
      p++;
      if (p < last && is_word(w, p, w->cw->w_and)) {
        joined = 1;
        p++;
      }
    }
    uint32_t a = p;
    while (p < last && (is_name_tok(w, p) || (name_particle(w, p) && p + 1 < last &&
                                              is_name_tok(w, p + 1))))
      p++;
    if (p < a + 2) return;
    starts[nn] = a;
    ends[nn++] = p;
    if (joined) break;
  }
  if (!joined || nn == 0) return;
  if (p < last && (is_word(w, p, w->cw->w_of) || w->toks.v[p].tag == P_POSS ||
                   (w->toks.v[p].flags & TF_CAP)))
    return;
  for (size_t k = 0; k < nn; k++) {
    if (covered(w, mi, starts[k], ends[k])) continue;
    for (uint32_t q = starts[k] + 1; q < ends[k]; q++)
      if (is_name_tok(w, q)) add_ref(w, q, (int32_t)mi, starts[k], ends[k]);
  }
}

void acta_name_refs(struct acta_work *w) {
  w->nname_refs = 0;
  size_t si = 0; /* the sentence of mention mi (w->sent_ment) */
  for (size_t mi = 0; mi < w->nments; mi++) {
    while (si + 1 < w->nsents && w->sent_ment[si + 1] <= mi) si++;
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
      add_ref(w, q, (int32_t)mi, m->first, m->last);
    }
    /* (review23: the name scans stop at the sentence's ends) */
    uint32_t sfirst = w->nsents ? w->sents[si].first : 0;
    uint32_t slast = w->nsents ? w->sents[si].last : (uint32_t)w->toks.n;
    apposed_name(w, mi, sfirst, slast);
    bracket_acronym(w, mi, slast);
    alias_name(w, mi, slast);
    office_name(w, mi, slast);
    listed_names(w, mi, slast);
  }
  sort_refs(w->name_refs, w->nname_refs);
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

/* roles10: the given name written at q0 is one of the name's words */
static int span_given(const struct acta_work *w, const struct acta_name_ref *r, uint32_t q0, uint32_t q) {
  while (q0 < q && w->toks.v[q0].tag != P_PROPN) q0++;
  if (q0 >= q) return 1;
  const char *t = norm(w, q0);
  uint32_t n = w->toks.v[q0].norm_len;
  for (uint32_t k = r->nfirst; k < r->nlast; k++)
    if (w->toks.v[k].norm_len == n && !memcmp(norm(w, k), t, n)) return 1;
  return 0;
}

/* How many earlier mentions of a surname a lookup reads, nearest first (a
 * name repeated through a long article costs a bounded look each time). */
#define NAME_REF_REACH 32

#define AMBIGUOUS (-2)

/* The nearest reference of [run, end) (apposed ones or those inside their
 * phrase), NO, or AMBIGUOUS (two of different codes). */
static int32_t ref_in(const struct acta_work *w, size_t run, size_t end, uint32_t q0, uint32_t q,
                      const char *role, int apposed) {
  int32_t best = NO;
  for (size_t k = end, n = 0; k > run && n < NAME_REF_REACH; n++) {
    k--;
    const struct acta_name_ref *r = &w->name_refs[k];
    const mention *m = &w->ments[r->ment];
    if ((r->nfirst != m->first || r->nlast != m->last) != apposed) continue;
    if (m->first >= q) continue;
    if (role && (m->role_only || !m->country[0] || strcmp(m->role, role))) continue;
    /* "Tony Hernandez" is not "Juan Orlando Hernandez": a given name
     * written must be the earlier phrase's too */
    if (!acta_name_ref_given(w, m, q0, q) && !span_given(w, &w->name_refs[k], q0, q)) continue;
    /* two people of the name with different roles: which one is meant
     * is not written */
    if (best != NO && strcmp(w->ments[best].code, m->code)) return AMBIGUOUS;
    best = w->name_refs[k].ment;
  }
  return best;
}

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
  /* roles10: a name inside a coded phrase first, a name set apart from
   * its role phrase only when no such phrase holds it */
  int32_t best = ref_in(w, run, end, q0, q, role, 0);
  if (best == NO) best = ref_in(w, run, end, q0, q, role, 1);
  return best == AMBIGUOUS ? NO : best;
}


int32_t acta_name_ref(const struct acta_work *w, uint32_t q0, uint32_t q) {
  return name_ref_of(w, q0, q, NULL);
}

/* The mention named before that bare role phrase m ends in the name of
 * ("the Treasury" after "the US Treasury Department"), or NO: what
 * acta_institution_refs reads, and speaker_country.c asks (actors34). */
int32_t acta_institution_ref(const struct acta_work *w, const mention *m) {
  if (!m->role_only || m->absorbed || !m->role[0] || m->last == 0) return NO;
  uint32_t q = m->last - 1;
  /* (a name after a word of its own: not a capitalized common noun
   * opening a sentence, "Authorities said") */
  if (q == m->first || !is_name_tok(w, q)) return NO;
  return name_ref_of(w, m->first, q, m->role);
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
    if (m->near_country[0]) continue;
    int32_t ref = acta_institution_ref(w, m);
    if (ref == NO) continue;
    memcpy(m->near_country, w->ments[ref].country, sizeof m->near_country);
    acta_trace(w, "  actor \"%s\": the body named before as %s\n", norm(w, m->last - 1),
               w->ments[ref].code);
  }
}

/* targets18: "the Morales government", "the Santos administration": a bare
 * government role whose phrase has a surname no dictionary codes right
 * before its role word, a government, administration or regime
 * (WL4_LEADER_BODY), is the government that person led, of the country
 * of the head of state or government the article named so before ("Bolivian
 * President Evo Morales": a GOV or ELI phrase with a country), not of the
 * nearest country named ("the US has long accused the Morales government").
 * Its own sentence's country does not override it. */
void acta_leader_refs(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    if (!m->role_only || m->absorbed || !acta_code_eq(m->role, "GOV") ||
        m->phrase_first <= m->first)
      continue;
    uint32_t q = m->phrase_first - 1;
    if (!is_name_tok(w, q) || w->toks.v[q].tag != P_PROPN ||
        !tok_in4(w, m->phrase_first, WL4_LEADER_BODY))
      continue;
    uint32_t q0 = q;
    while (q0 > m->first && w->toks.v[q0 - 1].tag == P_PROPN) q0--;
    /* (phrases of a role with a country: not this bare role itself) */
    int32_t gov = name_ref_of(w, q0, q, "GOV"), eli = name_ref_of(w, q0, q, "ELI");
    if (gov != NO && eli != NO && strcmp(w->ments[gov].country, w->ments[eli].country)) continue;
    int32_t ref = gov != NO ? gov : eli;
    if (ref == NO) continue;
    const mention *r = &w->ments[ref];
    memcpy(m->near_country, r->country, sizeof m->near_country);
    acta_trace(w, "  actor \"%s\": the government of %s named before\n", norm(w, q), r->code);
  }
}
