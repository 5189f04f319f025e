/* SPDX-License-Identifier: MIT */
/* cues.c: cue words (cues.h).  At load, reads the lines of data/cues.txt
 * ("CLASS  phrase | phrase | ...") into the dictionary's cue tables; while
 * coding, finds which classes the words of a sentence hold.  Reads the
 * lexicon and the tokens; writes the cue tables (load) or a cue set. */
#include "cues.h"
#include "dict_build.h"

#include <string.h>

/* Class names as cues.txt writes them, indexed by class. */
static const char *const CLASS_NAMES[CUE_NCLASS] = {
    [CTX_MILITARY] = "context:military",
    [CTX_INTELLIGENCE] = "context:intelligence",
    [CTX_EXECUTIVE] = "context:executive",
    [CTX_LEGISLATIVE] = "context:legislative",
    [CTX_ELECTION] = "context:election",
    [CTX_POLITICAL_INSTITUTIONS] = "context:political_institutions",
    [CTX_PRO_DEMOCRACY] = "context:pro_democracy",
    [CTX_PRO_AUTOCRACY] = "context:pro_autocracy",
    [CTX_ECONOMIC] = "context:economic",
    [CTX_LEGAL] = "context:legal",
    [CTX_REPARATIONS] = "context:reparations",
    [CTX_HUMAN_RIGHTS] = "context:human_rights",
    [CTX_RIGHTS_FREEDOMS] = "context:rights_freedoms",
    [CTX_REPRESSION] = "context:repression",
    [CTX_HUMAN_SECURITY] = "context:human_security",
    [CTX_GENDER] = "context:gender",
    [CTX_LGBT] = "context:lgbt",
    [CTX_RELIGION_ETHNICITY] = "context:religion_ethnicity",
    [CTX_INEQUALITY] = "context:inequality",
    [CTX_DIPLOMATIC] = "context:diplomatic",
    [CTX_TERRITORY] = "context:territory",
    [CTX_PEACEKEEPING] = "context:peacekeeping",
    [CTX_HEALTH] = "context:health",
    [CTX_ASYLUM] = "context:asylum",
    [CTX_MIGRATION] = "context:migration",
    [CTX_DISASTERS] = "context:disasters",
    [CTX_NATURAL_RESOURCE] = "context:natural_resource",
    [CTX_ENVIRONMENT] = "context:environment",
    [CTX_TECHNOLOGY] = "context:technology",
    [CTX_TERRORISM] = "context:terrorism",
    [CTX_CBRN] = "context:cbrn",
    [CTX_CYBER] = "context:cyber",
    [CTX_MISINFORMATION] = "context:misinformation",
    [CTX_CRIME] = "context:crime",
    [CTX_CORRUPTION] = "context:corruption",
    [CTX_ILLEGAL_DRUGS] = "context:illegal_drugs",
    [CTX_TRAFFICKING] = "context:trafficking",
    [CUE_MEANS_FIREARMS] = "means:firearms",
    [CUE_MEANS_EXPLOSIVES] = "means:explosives",
    [CUE_MEANS_GRENADE] = "means:grenade",
    [CUE_MEANS_SUICIDE] = "means:suicide",
    [CUE_MEANS_AERIAL] = "means:aerial",
    [CUE_MEANS_DRONE] = "means:drone",
    [CUE_MEANS_HEAVY] = "means:heavy_weapons",
    [CUE_MEANS_CROWD_CONTROL] = "means:crowd_control",
    [CUE_MEANS_PRIMITIVE] = "means:primitive",
    [CUE_MEANS_CHEMICAL] = "means:chemical",
    [CUE_ACT_PROTEST] = "act:protest",
    [CUE_ACT_RIOT] = "act:riot",
    [CUE_ACT_MOB] = "act:mob",
    [CUE_ACT_LETHAL] = "act:lethal",
    [CUE_ACT_STRIKE] = "act:strike",
    [CUE_ACT_HUNGER] = "act:hunger_strike",
    [CUE_ACT_SEXUAL] = "act:sexual_violence",
    [CUE_ACT_LOOT] = "act:loot",
    [CUE_ACT_WEAPONS] = "act:weapons",
    [CUE_ACT_DEFUSE] = "act:defuse",
    [CUE_ACT_BASE] = "act:base",
    [CUE_ACT_NONVIOLENT] = "act:nonviolent",
    [CUE_ACT_PEACE] = "act:peace",
    [CUE_ACT_SURRENDER] = "act:surrender",
    [CUE_ACT_CURFEW] = "act:curfew",
    [CUE_ACT_MARTIAL_LAW] = "act:martial_law",
    [CUE_ACT_CENSOR] = "act:censor",
    [CUE_ACT_WITHHOLD] = "act:withhold",
    [CUE_ACT_HACK] = "act:hack",
    [CUE_ACT_SUMMIT] = "act:summit",
    [CUE_ACT_ACCIDENT] = "act:accident",
};

int acta_cue_class(const char *name, size_t n) {
  for (int c = 0; c < CUE_NCLASS; c++)
    if (CLASS_NAMES[c] && strlen(CLASS_NAMES[c]) == n &&
        !memcmp(CLASS_NAMES[c], name, n))
      return c;
  return -1;
}

const char *acta_cue_class_name(int cls) {
  return cls >= 0 && cls < CUE_NCLASS ? CLASS_NAMES[cls] : NULL;
}

/* ---- loading ----------------------------------------------------------- */

/* The line being read: its loader and class. */
typedef struct cue_line {
  acta_loader *L;
  int cls;
} cue_line;

/* Adds one phrase of the line's class (acta_loader_phrases); 0, or -1
 * (reported). */
static int add_cue(void *ud, const char *ph, size_t n) {
  acta_loader *L = ((cue_line *)ud)->L;
  int cls = ((cue_line *)ud)->cls;
  acta_dict *d = L->d;
  acta_tokenize(NULL, ph, n, &L->toks);
  if (L->toks.n == 0) return -1;
  if (L->toks.n > 8) {
    acta_loader_bad_line(L, "cue \"%.*s\" is longer than 8 words", (int)n, ph);
    return -1;
  }
  for (size_t i = 0; i < L->toks.n; i++)
    if (L->toks.v[i].kind == TK_PUNCT) {
      acta_loader_bad_line(L, "cue \"%.*s\": words only, no punctuation", (int)n, ph);
      return -1;
    }
  if (d->ncues == d->cap_cues) {
    d->cap_cues = d->cap_cues ? d->cap_cues * 2 : 256;
    d->cues = acta_xrealloc(d->cues, d->cap_cues * sizeof *d->cues);
  }
  acta_cue *c = &d->cues[d->ncues];
  memset(c, 0, sizeof *c);
  c->cls = (uint16_t)cls;
  c->file = L->file;
  c->line = (uint32_t)L->line;
  c->w_off = (uint32_t)d->ncue_words;
  c->nw = (uint32_t)L->toks.n;
  for (size_t i = 0; i < L->toks.n; i++) {
    uint32_t w = acta_word_add(d, acta_tok_norm(&L->toks, i), L->toks.v[i].norm_len);
    if (d->ncue_words == d->cap_cue_words) {
      d->cap_cue_words = d->cap_cue_words ? d->cap_cue_words * 2 : 512;
      d->cue_words = acta_xrealloc(d->cue_words, d->cap_cue_words * sizeof *d->cue_words);
    }
    d->cue_words[d->ncue_words++] = w;
  }
  /* cues with the same first word form a list; its order does not matter
   * (every cue that matches adds its class) */
  uint32_t first;
  uint32_t w0 = d->cue_words[c->w_off];
  c->next = acta_u64map_get(&d->cue_first, w0, &first) ? first + 1 : 0;
  acta_u64map_put(&d->cue_first, w0, (uint32_t)d->ncues);
  acta_word_set_add(&d->cue_heads, w0);
  d->ncues++;
  return 0;
}

void acta_cue_line(acta_loader *L, char *s) {
  size_t cl = strcspn(s, " \t");
  int cls = acta_cue_class(s, cl);
  if (cls < 0) {
    acta_loader_bad_line(L, "unknown cue class \"%.*s\" (context:NAME with a "
                         "PLOVER context, means:NAME or act:NAME; data/README.md "
                         "lists them)", (int)cl, s);
    return;
  }
  cue_line line = {L, cls};
  if (!acta_loader_phrases(s + cl, add_cue, &line))
    acta_loader_bad_line(L, "cue class %.*s has no phrase", (int)cl, s);
}

/* ---- matching ------------------------------------------------------------ */

static int tok_is(const acta_token *t, uint32_t w) {
  return t->word == w || t->vlemma == w || t->nlemma == w;
}

/* The longest cues starting with word id w at token q: their length, and
 * their classes added to *cls (a longer match replaces shorter ones). */
static uint32_t cues_at(const acta_dict *d, const acta_tokens *t, uint32_t q,
                        uint32_t last, uint32_t w, uint32_t best,
                        acta_cue_set *cls) {
  uint32_t i;
  if (!acta_word_set_has(&d->cue_heads, w) || !acta_u64map_get(&d->cue_first, w, &i))
    return best; /* speed18: the set first */
  for (uint32_t k = i + 1; k; k = d->cues[k - 1].next) {
    const acta_cue *c = &d->cues[k - 1];
    if (c->nw > last - q || c->nw < best) continue;
    uint32_t j = 1;
    while (j < c->nw && tok_is(&t->v[q + j], d->cue_words[c->w_off + j])) j++;
    if (j < c->nw) continue;
    if (c->nw > best) {
      memset(cls, 0, sizeof *cls);
      best = c->nw;
    }
    acta_cue_add(cls, c->cls);
  }
  return best;
}

void acta_sentence_cues(const acta_dict *d, const acta_tokens *t,
                        uint32_t first, uint32_t last, acta_cue_set *out) {
  if (!d->ncues) return;
  if (last > t->n) last = (uint32_t)t->n;
  /* leftmost longest, as dictionary phrases match: "water cannon" is crowd
   * control, and its "cannon" is not tried again as heavy weapons */
  for (uint32_t q = first; q < last;) {
    const acta_token *tk = &t->v[q];
    uint32_t len = 0;
    acta_cue_set cls;
    memset(&cls, 0, sizeof cls);
    if (tk->kind == TK_WORD) {
      len = cues_at(d, t, q, last, tk->word, len, &cls);
      if (tk->vlemma != tk->word) len = cues_at(d, t, q, last, tk->vlemma, len, &cls);
      if (tk->nlemma != tk->word && tk->nlemma != tk->vlemma)
        len = cues_at(d, t, q, last, tk->nlemma, len, &cls);
    }
    out->bits[0] |= cls.bits[0];
    out->bits[1] |= cls.bits[1];
    q += len ? len : 1;
  }
}
