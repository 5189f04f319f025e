/* SPDX-License-Identifier: MIT */
/* tagger.c: part-of-speech tags for a sentence's tokens.  A hidden Markov
 * model trained on the Penn Treebank (tagger_model.c) is decoded with
 * Viterbi: each token's tags come from the model's counts for the word in
 * the case it is written in, or, for a word the model has not seen, from
 * its shape, its ending and WordNet; the likeliest sequence of Penn tags
 * under the model's tag transitions wins.  acta's classes (acta_pos) are
 * then the closed-class lists below for function words (refined by the
 * Penn tag: "will" the noun, "out" the particle) and the Penn tag mapped
 * for the rest.  Reads the tokens and the dictionary; writes each token's
 * tag and penn. */
#include "dict.h"
#include "tagger_image.h"
#include "tagger_model.h"
#include "vocab.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *w; acta_closed c; } closed_word;

static const closed_word CLOSED[] = {
    {"the", CC_DET}, {"a", CC_DET}, {"an", CC_DET}, {"this", CC_DET},
    {"these", CC_DET}, {"those", CC_DET}, {"some", CC_DET}, {"any", CC_DET},
    {"each", CC_DET}, {"every", CC_DET}, {"all", CC_DET}, {"both", CC_DET},
    {"no", CC_DET}, {"another", CC_DET}, {"several", CC_DET},
    {"many", CC_DET}, {"few", CC_DET}, {"most", CC_DET}, {"other", CC_DET},
    {"such", CC_DET}, {"its", CC_POSSDET}, {"his", CC_POSSDET},
    {"her", CC_POSSDET}, {"their", CC_POSSDET}, {"our", CC_POSSDET},
    {"my", CC_POSSDET}, {"your", CC_POSSDET},
    {"of", CC_PREP}, {"in", CC_PREP}, {"on", CC_PREP}, {"at", CC_PREP},
    {"by", CC_PREP}, {"for", CC_PREP}, {"with", CC_PREP},
    {"from", CC_PREP}, {"into", CC_PREP}, {"onto", CC_PREP},
    {"against", CC_PREP}, {"about", CC_PREP}, {"over", CC_PREP},
    {"under", CC_PREP}, {"near", CC_PREP}, {"during", CC_PREP},
    {"after", CC_PREP}, {"before", CC_PREP}, {"since", CC_PREP},
    {"between", CC_PREP}, {"among", CC_PREP}, {"across", CC_PREP},
    {"through", CC_PREP}, {"toward", CC_PREP}, {"towards", CC_PREP},
    {"without", CC_PREP}, {"within", CC_PREP}, {"amid", CC_PREP},
    {"amidst", CC_PREP}, {"despite", CC_PREP}, {"outside", CC_PREP},
    {"inside", CC_PREP}, {"around", CC_PREP}, {"along", CC_PREP},
    {"upon", CC_PREP}, {"via", CC_PREP}, {"per", CC_PREP},
    {"following", CC_PREP}, {"including", CC_PREP}, {"like", CC_PREP},
    {"behind", CC_PREP}, {"beyond", CC_PREP}, {"throughout", CC_PREP},
    {"until", CC_PREP}, {"off", CC_PREP}, {"out", CC_PREP},
    {"and", CC_CONJ}, {"or", CC_CONJ}, {"but", CC_CONJ}, {"nor", CC_CONJ},
    {"&", CC_CONJ},
    {"he", CC_PRON}, {"she", CC_PRON}, {"it", CC_PRON}, {"they", CC_PRON},
    {"we", CC_PRON}, {"i", CC_PRON}, {"you", CC_PRON}, {"him", CC_PRON},
    {"them", CC_PRON}, {"us", CC_PRON}, {"me", CC_PRON},
    {"itself", CC_PRON}, {"themselves", CC_PRON}, {"himself", CC_PRON},
    {"herself", CC_PRON}, {"one", CC_NUMWORD},
    {"be", CC_BE}, {"is", CC_BE}, {"are", CC_BE}, {"was", CC_BE},
    {"were", CC_BE}, {"been", CC_BE}, {"being", CC_BE}, {"am", CC_BE},
    {"'s", CC_NONE},
    {"have", CC_HAVE}, {"has", CC_HAVE}, {"had", CC_HAVE},
    {"having", CC_HAVE}, {"do", CC_DO}, {"does", CC_DO}, {"did", CC_DO},
    {"will", CC_MODAL}, {"would", CC_MODAL}, {"shall", CC_MODAL},
    {"should", CC_MODAL}, {"may", CC_MODAL}, {"might", CC_MODAL},
    {"can", CC_MODAL}, {"could", CC_MODAL}, {"must", CC_MODAL},
    /* "won't", "can't", "shan't" split as wo|n't, ca|n't, sha|n't */
    {"wo", CC_MODAL}, {"ca", CC_MODAL}, {"sha", CC_MODAL},
    /* "cannot" is one token: a modal that negates its group (clauses.c) */
    {"cannot", CC_MODAL},
    {"not", CC_NEG}, {"n't", CC_NEG}, {"never", CC_NEG},
    {"to", CC_TO}, {"who", CC_WH}, {"which", CC_WH}, {"whom", CC_WH},
    {"whose", CC_WH}, {"where", CC_WH}, {"when", CC_WH}, {"what", CC_WH},
    {"that", CC_THAT}, {"if", CC_SUBORD}, {"because", CC_SUBORD},
    {"while", CC_SUBORD}, {"although", CC_SUBORD}, {"though", CC_SUBORD},
    {"as", CC_SUBORD}, {"whether", CC_SUBORD}, {"unless", CC_SUBORD},
    {"also", CC_ADV}, {"reportedly", CC_ADV}, {"allegedly", CC_ADV},
    {"already", CC_ADV}, {"still", CC_ADV}, {"just", CC_ADV},
    {"again", CC_ADV}, {"later", CC_ADV}, {"then", CC_ADV},
    {"earlier", CC_ADV}, {"yesterday", CC_ADV}, {"today", CC_ADV},
    {"now", CC_ADV}, {"recently", CC_ADV}, {"repeatedly", CC_ADV},
    {"reportedly", CC_ADV}, {"purportedly", CC_ADV}, {"possibly", CC_ADV},
    {"publicly", CC_ADV}, {"strongly", CC_ADV}, {"immediately", CC_ADV},
    {"previously", CC_ADV}, {"formally", CC_ADV}, {"officially", CC_ADV},
    {"two", CC_NUMWORD}, {"three", CC_NUMWORD}, {"four", CC_NUMWORD},
    {"five", CC_NUMWORD}, {"six", CC_NUMWORD}, {"seven", CC_NUMWORD},
    {"eight", CC_NUMWORD}, {"nine", CC_NUMWORD}, {"ten", CC_NUMWORD},
    {"dozens", CC_NUMWORD}, {"hundreds", CC_NUMWORD},
    {"thousands", CC_NUMWORD}, {"millions", CC_NUMWORD},
    {"eleven", CC_NUMWORD}, {"twelve", CC_NUMWORD}, {"thirteen", CC_NUMWORD},
    {"fourteen", CC_NUMWORD}, {"fifteen", CC_NUMWORD}, {"sixteen", CC_NUMWORD},
    {"seventeen", CC_NUMWORD}, {"eighteen", CC_NUMWORD},
    {"nineteen", CC_NUMWORD}, {"twenty", CC_NUMWORD}, {"thirty", CC_NUMWORD},
    {"forty", CC_NUMWORD}, {"fifty", CC_NUMWORD}, {"sixty", CC_NUMWORD},
    {"seventy", CC_NUMWORD}, {"eighty", CC_NUMWORD}, {"ninety", CC_NUMWORD},
    {"scores", CC_NUMWORD}, {"billion", CC_NUMWORD}, {"billions", CC_NUMWORD},
    {"dozen", CC_NUMWORD}, {"hundred", CC_NUMWORD},
    {"thousand", CC_NUMWORD}, {"million", CC_NUMWORD},
    {NULL, CC_NONE}};

void acta_register_closed_words(acta_dict *d) {
  for (size_t i = 0; CLOSED[i].w; i++) {
    uint32_t w = acta_word_add(d, CLOSED[i].w, strlen(CLOSED[i].w));
    d->info[w].closed = (uint8_t)CLOSED[i].c;
  }
}

const char *acta_pos_name(int tag) {
  static const char *const names[] = {
      "-", "DET", "PREP", "CONJ", "PRON", "AUX", "MODAL", "NEG", "TO",
      "WH", "THAT", "VERB", "NOUN", "PROPN", "ADJ", "ADV", "NUM", "POSS",
      "PUNCT", "SUBORD"};
  if (tag < 0 || tag > P_SUBORD) return "?";
  return names[tag];
}

/* Does s[0..n) end with suf[0..l)?  (No library call: it runs for most
 * tokens.)  From the last byte back: the suffixes tried one after another
 * mostly differ there first. */
static int ends_n(const char *s, size_t n, const char *suf, size_t l) {
  if (n < l) return 0;
  for (size_t k = l; k-- > 0;)
    if (s[n - l + k] != suf[k]) return 0;
  return 1;
}
#define ends_with(s, n, lit) ends_n(s, n, lit, sizeof lit - 1)

/* acta_closed_pos() for this file's own calls (an exported function of a
 * shared library is not inlined in its own file). */
static inline int closed_pos(int closed) {
  switch (closed) {
    case CC_DET: case CC_POSSDET: return P_DET;
    case CC_PREP: return P_PREP;
    case CC_CONJ: return P_CONJ;
    case CC_PRON: return P_PRON;
    case CC_BE: case CC_HAVE: case CC_DO: return P_AUX;
    case CC_MODAL: return P_MODAL;
    case CC_NEG: return P_NEG;
    case CC_TO: return P_TO;
    case CC_WH: return P_WH;
    case CC_THAT: return P_THAT;
    case CC_ADV: return P_ADV;
    case CC_SUBORD: return P_SUBORD;
    case CC_NUMWORD: return P_NUM;
    default: return P_NONE;
  }
}

int acta_closed_pos(int closed) { return closed_pos(closed); }

/* Closed-class tag of a token, or P_NONE. */
static int closed_tag(const acta_dict *d, const acta_token *tk) {
  if (tk->word == ACTA_NO_WORD) return P_NONE;
  return closed_pos(d->info[tk->word].closed);
}

/* ---- the model's view of a token ---------------------------------------- */

/* Candidate tags kept per token, and tokens decoded at once (a sentence is
 * at most 400 tokens; a longer run is decoded window by window). */
enum { MAXC = ACTA_TM_MAXC, WINDOW = 512 };

/* Below this many sightings a word's counts are helped by guess(). */
enum { RARE = 20 };

/* A distribution over Penn tags (index PT_*); mask has the bit of every
 * tag ever given weight, so that loops visit only those.  speed29a: a
 * tag outside the mask holds 0 and its float is never read, so a new
 * distribution clears the mask alone (dist_clear), not the 46 floats;
 * put() writes a tag's first weight (0 + v is v: the weights are never
 * negative). */
typedef struct dist {
  uint64_t mask;
  float p[PT_COUNT];
} dist;

static inline void dist_clear(dist *p) { p->mask = 0; }

static void put(dist *p, int tag, float v) {
  uint64_t bit = (uint64_t)1 << tag;
  p->p[tag] = p->mask & bit ? p->p[tag] + v : v;
  p->mask |= bit;
}

/* Each tag of a distribution's mask, lowest first. */
#define EACH_TAG(t, m) \
  for (uint64_t b_ = (m), t = 0; b_ && ((t = (uint64_t)__builtin_ctzll(b_)), 1); b_ &= b_ - 1)

/* p += w * q */
static void mix(dist *p, const dist *q, float w) {
  EACH_TAG(t, q->mask) put(p, (int)t, w * q->p[t]);
}

/* (speed29a: 48 bytes, three 16-byte moves a copy; 44 took twelve
 * instructions.  speed32b: the image's type, tagger_model.h) */
typedef acta_tm_cand cand;

enum { R_LOWER, R_UPPER, R_ALL };

/* How a word token reads (token_cand): in lower case, capitalised at a
 * sentence's start, capitalised inside it, in a sentence without case
 * (the rows of the model's lex_cand, ACTA_TM_READS of them). */
enum { RC_LOWER, RC_START, RC_MID, RC_NOCASE };
_Static_assert(RC_NOCASE + 1 == ACTA_TM_READS, "a lex_cand row per reading");

/* The total count of one case range of model word w. */
static uint32_t range_total(const acta_tagger_model *m, uint32_t w, int range) {
  if (w == ACTA_NO_WORD) return 0;
  const acta_tm_word *wd = &m->word[w];
  if (range == R_LOWER) return wd->total_lower;
  if (range == R_UPPER) return wd->total_upper;
  uint64_t t = (uint64_t)wd->total_lower + wd->total_upper;
  return t > UINT32_MAX ? UINT32_MAX : (uint32_t)t;
}

/* Adds weight * P(tag | word) from the model word w's counts of one
 * case range; returns the count the range rests on (0: none). */
static uint32_t add_counts(const acta_tagger_model *m, uint32_t w, int range,
                           float weight, dist *p) {
  uint32_t total = range_total(m, w, range);
  if (!total) return 0;
  const acta_tm_word *wd = &m->word[w];
  uint32_t off = wd->first, n = wd->nlower;
  if (range == R_UPPER) off += wd->nlower, n = wd->nupper;
  if (range == R_ALL) off += wd->nlower + wd->nupper, n = wd->nall;
  for (uint32_t k = 0; k < n; k++) {
    const acta_tm_count *c = &m->counts[off + k];
    put(p, c->tag, weight * (float)c->count / (float)total);
  }
  return total;
}


static int has_digit(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9') return 1;
  return 0;
}

/* by_suffix's classes of a word's ending: a noun's, an adjective's, a
 * verb's, in that order (the first that ends the word), or none.
 * speed29a: only the endings of the word's last letter are tried (the
 * lists were walked whole, ending by ending). */
enum { SK_NONE, SK_NOUN, SK_ADJ, SK_VERB };
static int suffix_kind(const char *s, size_t n) {
#define E(lit) ends_with(s, n, lit)
  switch (n ? s[n - 1] : 0) {
    case 'n': return E("tion") || E("sion") ? SK_NOUN : E("ian") || E("an") ? SK_ADJ : SK_NONE;
    case 't': return E("ment") || E("ist") ? SK_NOUN : E("ent") || E("ant") ? SK_ADJ : SK_NONE;
    case 's': return E("ness") ? SK_NOUN : E("ous") || E("less") ? SK_ADJ : SK_NONE;
    case 'y':
      return E("ity") || E("ery") ? SK_NOUN : E("ary") ? SK_ADJ : E("ify") ? SK_VERB : SK_NONE;
    case 'm': return E("ism") ? SK_NOUN : SK_NONE;
    case 'p': return E("ship") ? SK_NOUN : SK_NONE;
    case 'd': return E("hood") ? SK_NOUN : SK_NONE;
    case 'r': return E("er") || E("or") ? SK_NOUN : SK_NONE;
    case 'e':
      return E("ance") || E("ence") || E("age") || E("ure") ? SK_NOUN
             : E("ive") || E("able") || E("ible") || E("ese") ? SK_ADJ
             : E("ize") || E("ise") || E("ate")               ? SK_VERB
                                                               : SK_NONE;
    case 'l': return E("ful") || E("ical") || E("al") ? SK_ADJ : SK_NONE;
    case 'c': return E("ic") ? SK_ADJ : SK_NONE;
    case 'h': return E("ish") ? SK_ADJ : SK_NONE;
    case 'i': return SK_ADJ; /* "i" */
    default: return SK_NONE;
  }
#undef E
}

/* Tags of a word by its ending, for words the model has not seen.  The
 * endings: nouns' "tion", "sion", "ment", "ness", "ity", "ism", "ship",
 * "ance", "ence", "hood", "ery", "age", "ure", "ist", "er", "or";
 * adjectives' "ous", "ful", "less", "ive", "able", "ible", "ical", "al",
 * "ic", "ary", "ish", "ian", "ese", "ent", "ant", "an", "i"; verbs' "ize",
 * "ise", "ify", "ate" (suffix_kind). */
static void by_suffix(const char *s, size_t n, float w, dist *p) {
  if (ends_with(s, n, "ing")) {
    put(p, PT_VBG, .7f * w); put(p, PT_NN, .2f * w); put(p, PT_JJ, .1f * w);
  } else if (ends_with(s, n, "ed")) {
    put(p, PT_VBN, .45f * w); put(p, PT_VBD, .35f * w); put(p, PT_JJ, .2f * w);
  } else if (ends_with(s, n, "ly")) {
    put(p, PT_RB, .85f * w); put(p, PT_JJ, .15f * w);
  } else if (ends_with(s, n, "s") && !ends_with(s, n, "ss") &&
             !ends_with(s, n, "us") && !ends_with(s, n, "is")) {
    put(p, PT_NNS, .8f * w); put(p, PT_VBZ, .2f * w);
  } else {
    switch (suffix_kind(s, n)) {
      case SK_NOUN:
        put(p, PT_NN, .9f * w); put(p, PT_JJ, .1f * w);
        return;
      case SK_ADJ:
        put(p, PT_JJ, .75f * w); put(p, PT_NN, .25f * w);
        return;
      case SK_VERB:
        put(p, PT_VB, .4f * w); put(p, PT_VBP, .2f * w);
        put(p, PT_NN, .2f * w); put(p, PT_JJ, .2f * w);
        return;
      default: break;
    }
    put(p, PT_NN, .6f * w); put(p, PT_JJ, .2f * w); put(p, PT_VB, .1f * w);
    put(p, PT_VBP, .05f * w); put(p, PT_RB, .05f * w);
  }
}

/* The word classes WordNet allows a token (WF_*), 0 when it does not know
 * the word. */
static int wordnet_classes(const acta_dict *d, const acta_token *tk) {
  int f = tk->word != ACTA_NO_WORD ? d->info[tk->word].flags : 0;
  if (tk->vlemma != ACTA_NO_WORD) f |= WF_VERB;
  if (tk->nlemma != ACTA_NO_WORD) f |= WF_NOUN;
  return f;
}

/* Keeps only the tags of the classes WordNet allows ("-s" of a word that
 * is only a verb is VBZ); a distribution left empty takes the base tags of
 * those classes. */
static void wordnet_filter(int classes, const char *s, size_t n, dist *p) {
#define TAG_BIT(t) ((uint64_t)1 << (t))
  /* speed29a: each class's tags as a mask, the distribution's tags
   * visited by its own mask (a tag outside it holds 0); its weights are
   * never negative, so some are kept exactly when one kept is above 0 */
  static const struct { int cls; uint64_t tags; } CL[] = {
      {WF_NOUN, TAG_BIT(PT_NN) | TAG_BIT(PT_NNS) | TAG_BIT(PT_NNP) | TAG_BIT(PT_NNPS)},
      {WF_VERB, TAG_BIT(PT_VB) | TAG_BIT(PT_VBD) | TAG_BIT(PT_VBG) | TAG_BIT(PT_VBN) |
                    TAG_BIT(PT_VBP) | TAG_BIT(PT_VBZ)},
      {WF_ADJ, TAG_BIT(PT_JJ) | TAG_BIT(PT_JJR) | TAG_BIT(PT_JJS)},
      {WF_ADV, TAG_BIT(PT_RB) | TAG_BIT(PT_RBR) | TAG_BIT(PT_RBS)}};
#undef TAG_BIT
  if (!classes) return;
  uint64_t keep = 0, drop = 0;
  for (size_t c = 0; c < 4; c++) {
    if (classes & CL[c].cls) keep |= CL[c].tags;
    else drop |= CL[c].tags;
  }
  EACH_TAG(t, p->mask & drop) p->p[t] = 0;
  EACH_TAG(t, p->mask & keep)
    if (p->p[t] > 0) return;
  int plural = ends_with(s, n, "s") && !ends_with(s, n, "ss");
  if (classes & WF_NOUN) put(p, plural ? PT_NNS : PT_NN, 1);
  if (classes & WF_VERB)
    put(p, plural ? PT_VBZ : ends_with(s, n, "ed") ? PT_VBN
                : ends_with(s, n, "ing") ? PT_VBG : PT_VB, 1);
  if (classes & WF_ADJ) put(p, PT_JJ, 1);
  if (classes & WF_ADV) put(p, PT_RB, 1);
}

/* P(tag | word) for a word the model has not seen, from its shape, its
 * ending and what WordNet knows of it.  cap_mid: capitalised inside a
 * sentence that has case; cap_start: capitalised at its start; caseless:
 * the sentence is all one case. */
static void guess(const acta_dict *d, const acta_token *tk, const char *s,
                  size_t n, int cap_mid, int cap_start, int caseless, dist *p) {
  const acta_tagger_model *m = d->tagger;
  int classes = wordnet_classes(d, tk);
  if (has_digit(s, n)) {
    /* "1990s", "2nd", "AK-47", "G7" */
    if (s[0] >= '0' && s[0] <= '9' && add_counts(m, acta_tm_find(m, "*ord*", 5), R_ALL, 1, p))
      return;
    put(p, PT_CD, .5f);
    put(p, PT_NNP, .3f);
    put(p, PT_NN, .2f);
    return;
  }
  if (cap_mid) {
    /* a name: "Mahabad", "IRGC", a demonym "Gondorian" */
    int adj = ends_with(s, n, "ian") || ends_with(s, n, "ese") ||
              ends_with(s, n, "ish") || ends_with(s, n, "an") || ends_with(s, n, "i");
    put(p, PT_NNP, adj ? .6f : .9f);
    put(p, PT_JJ, adj ? .35f : .03f);
    put(p, ends_with(s, n, "s") ? PT_NNPS : PT_NN, adj ? .05f : .07f);
    return;
  }
  const char *dash = n > 2 ? memchr(s + 1, '-', n - 2) : NULL;
  if (dash) {
    /* "Iranian-backed", "cease-fire": the last part says most */
    const char *last = s + n;
    while (last > s && last[-1] != '-') last--;
    dist part;
    dist_clear(&part);
    if (add_counts(m, acta_tm_find(m, last, (size_t)(s + n - last)), R_LOWER, 1, &part)) {
      put(p, PT_JJ, .5f);
      mix(p, &part, .5f);
    } else {
      put(p, PT_JJ, .55f);
      put(p, PT_NN, .45f);
    }
    return;
  }
  /* a word the model has not seen, capitalised at the start or in a text
   * without case, is most often a name: surely when WordNet does not know
   * it either, as likely as not when WordNet knows it only as a noun
   * ("Qatar", "aleppo") */
  float name = 0;
  if (caseless || cap_start)
    name = !classes ? .8f : classes == WF_NOUN ? .5f : 0;
  if (name > 0) put(p, ends_with(s, n, "s") && !ends_with(s, n, "ss") ? PT_NNPS : PT_NNP, name);
  dist suf;
  dist_clear(&suf);
  by_suffix(s, n, 1, &suf);
  wordnet_filter(classes, s, n, &suf);
  /* bugs23: an "-s" word neither the model nor WordNet knows, with no
   * verb lemma, is a plural noun ("narcomantas"), no verb: a present verb
   * of a stem no dictionary knows is rarer in news than a borrowed noun */
  if (!classes && tk->vlemma == ACTA_NO_WORD) {
    if (suf.mask & ((uint64_t)1 << PT_VBZ)) { /* (else it holds 0) */
      suf.p[PT_NNS] = (suf.mask & ((uint64_t)1 << PT_NNS) ? suf.p[PT_NNS] : 0) + suf.p[PT_VBZ];
      suf.p[PT_VBZ] = 0;
    }
  }
  mix(p, &suf, 1 - name);
}

/* punct_key()'s own keys */
enum { PK_NONE = -1, PK_OPEN, PK_CLOSE, PK_LRB, PK_RRB, PK_DASH, PK_DOTS, PK_COUNT };

/* The model's key for a punctuation token ("``" for an opening quote);
 * *own: which of the keys above, or PK_NONE (the token's folded form). */
static inline __attribute__((always_inline)) const char *
punct_key(const acta_tokens *t, uint32_t i, uint32_t last, size_t *n, int *own) {
  const acta_token *tk = &t->v[i];
  const char *s = acta_tok_norm(t, i);
  *n = tk->norm_len;
  switch (tk->punct) {
    case '"': case '\'': case '`': {
      int opens = i + 1 < last && t->v[i + 1].start == tk->end &&
                  (i == 0 || t->v[i - 1].end != tk->start);
      if (tk->punct == '\'' && !opens) break; /* "'" as written */
      *n = 2;
      *own = opens ? PK_OPEN : PK_CLOSE;
      return opens ? "``" : "''";
    }
    case '(': case '[': case '{': *n = 5; *own = PK_LRB; return "*lrb*";
    case ')': case ']': case '}': *n = 5; *own = PK_RRB; return "*rrb*";
    case '-': *n = 2; *own = PK_DASH; return "--";
    case 'E': *n = 3; *own = PK_DOTS; return "...";
    default: break;
  }
  *own = PK_NONE;
  return s;
}

/* Is token i (of the tokens tv) where a sentence starts, for
 * capitalisation ("The", or '"Police ...' at the start, or the first word
 * after a dateline)? */
static inline __attribute__((always_inline)) int at_start(const acta_token *tv, uint32_t i,
                                                         uint32_t first) {
  const acta_token *tk = &tv[i];
  if (i == first || (tk->flags & TF_SENT_START)) return 1;
  const acta_token *pv = &tv[i - 1];
  if (pv->kind == TK_PUNCT && (pv->punct == '"' || pv->punct == '(' ||
                               pv->punct == '\'' || pv->punct == '-' ||
                               pv->punct == ':'))
    return i == first + 1 || (pv->flags & TF_DATELINE) || pv->punct == ':';
  return 0;
}

/* Is class tag one of the function words title case leaves in lower case
 * (acta_title_case)? */
static inline int title_function(int tag) {
  return tag == P_PREP || tag == P_CONJ || tag == P_DET || tag == P_AUX || tag == P_TO ||
         tag == P_POSS;
}

/* Is word token tk (flags f) one at which acta_title_case says no: in
 * lower case, of four letters or more, no function word, not in a
 * dateline? */
static inline int title_low(const acta_token *tk, unsigned f) {
  return !(f & (TF_CAP | TF_DATELINE)) && tk->norm_len >= 4 && !title_function(tk->tag);
}

int acta_title_case(const acta_dict *d, const acta_tokens *t, uint32_t first,
                    uint32_t last) {
  const acta_tagger_model *m = d->tagger;
  size_t titled = 0, common = 0, small = 0;
  int open_low = 0;
  for (uint32_t i = first; i < last; i++) {
    const acta_token *tk = &t->v[i];
    if (tk->kind != TK_WORD || (tk->flags & TF_DATELINE)) continue;
    /* title case leaves function words low ("Denies Negotiating with
     * Gangs", "Police were Ambushed", "Investigates both Sets"); a word
     * of four letters or more of any other class in lower case is a
     * sentence's, and so is any lower-case word of an open class where a
     * function word of four letters was low ("Maduro met with Santos") */
    if (title_low(tk, tk->flags)) return 0;
    if (!(tk->flags & TF_CAP) && !title_function(tk->tag)) {
      if (tk->norm_len >= 2) open_low = 1;
      continue;
    }
    if (tk->norm_len < 4) continue;
    if (!(tk->flags & TF_CAP)) {
      small++;
      continue;
    }
    if (tk->flags & TF_ALLCAPS) continue; /* "NATO"; a text in capitals is not titled */
    titled++;
  }
  if (titled < 3 || (small && (open_low || small * 2 > titled))) return 0;
  /* of the capitalised words, two more often seen in lower case by the
   * model (speed34a: asked only here, past the walk that most sentences
   * leave at a lower-case word, so that no name is looked up before) */
  for (uint32_t i = first; i < last && common < 2; i++) {
    const acta_token *tk = &t->v[i];
    if (tk->kind != TK_WORD || (tk->flags & (TF_DATELINE | TF_ALLCAPS)) ||
        !(tk->flags & TF_CAP) || tk->norm_len < 4)
      continue;
    /* the model's word: the lexicon's own when the token's form is its
     * (token_cand()'s rule), else looked up */
    uint32_t w = tk->word < m->nof_word && d->words.lens[tk->word] == tk->norm_len
                     ? m->of_word[tk->word]
                     : acta_tm_find(m, acta_tok_norm(t, i), tk->norm_len);
    if (w != ACTA_NO_WORD && m->word[w].total_lower > m->word[w].total_upper) common++;
  }
  return common >= 2;
}

/* What acta_tag's first pass counts of a sentence's words for caseless():
 * its words, those capitalised and those in capitals; low: whether one
 * is a lower-case word of four letters or more that is no function word,
 * not in a dateline (acta_title_case says no at it: speed34a, it is not
 * asked). */
typedef struct case_counts {
  size_t words, caps, upper;
  int low;
  int either; /* a word may be "either" (either_infinitive) */
} case_counts;

/* Is the sentence written without telling case: all in lower case, in
 * capitals throughout, or in title case?  Then a capital says nothing
 * about names. */
static int caseless(const acta_dict *d, const acta_tokens *t, uint32_t first,
                    uint32_t last, case_counts k) {
  if (!k.words) return 0;
  return k.caps == 0 || (k.upper >= 3 && k.upper * 10 >= k.words * 7) ||
         (!k.low && acta_title_case(d, t, first, last));
}

/* Candidates straight from a common word's records: the tags seen at
 * least a thousandth as often as its likeliest, with their precomputed
 * scores. */
static void records_cand(const acta_tagger_model *m, uint32_t w, int range,
                         cand *c) {
  const acta_tm_word *wd = &m->word[w];
  uint32_t off = wd->first, n = wd->nlower;
  if (range == R_UPPER) off += wd->nlower, n = wd->nupper;
  if (range == R_ALL) off += wd->nlower + wd->nupper, n = wd->nall;
  const acta_tm_count *r = &m->counts[off];
  uint32_t best = 0;
  for (uint32_t k = 0; k < n; k++)
    if (r[k].count > best) best = r[k].count;
  c->n = 0;
  for (uint32_t k = 0; k < n; k++) {
    if ((uint64_t)r[k].count * 1000 < best) continue;
    if (c->n < MAXC) {
      c->tag[c->n] = r[k].tag;
      c->score[c->n++] = r[k].score;
      continue;
    }
    int worst = 0;
    for (int j = 1; j < MAXC; j++)
      if (c->score[j] < c->score[worst]) worst = j;
    if (r[k].score > c->score[worst]) {
      c->tag[worst] = r[k].tag;
      c->score[worst] = r[k].score;
    }
  }
}

/* A memo of records_cand() for recent pairs of a model word and a case
 * range, kept in the tokens (one per thread) across sentences: a common
 * word's candidates were drawn from its records again at each of its
 * tokens.  Direct-mapped; tied to the model it was filled from.  speed15:
 * 4096 slots (with 1024, 9 M more instructions on the dated corpus for
 * words drawn again after their slot had been taken).  speed25a: 1024
 * again, now that the second table answers for most words before this
 * one is asked (4096: 0.9 M fewer instructions, for 150 KB a thread). */
enum { CM_SLOTS = 1024 };
/* The second table: the candidates token_cand() drew for a token whose
 * folded form is its lexicon word's, by the word and how the token reads
 * (in lower case, capitalised at the start or inside, in a caseless
 * sentence: the case range follows from these and the word), whether
 * they came from the word's records or from a rare or unknown word's
 * distribution (counts, guess(), WordNet).  The word's lemmas follow from
 * it, so the candidates depend on nothing else but a noun lock, and a
 * token with one is not memoised.  Tied to the dictionary it was filled
 * from.  speed12: 8192 slots for rare words (with 1024, the shared
 * corpus's rare words and names took each other's slots and were guessed
 * again: 38 M fewer instructions on the dated corpus).  speed25a: common
 * words too, asked before the model word and its case range are looked
 * up (a hit needs neither), in 32768 slots (1.5 MB; about 2 MB a thread
 * with the other tables): 8192 saved nothing, the common words taking
 * the rare words' slots; 16384 saved 13 M instructions on the dated
 * corpus, 32768 20 M. */
enum { RM_SLOTS = 32768, RM_BITS = 15 };
/* The third table's slots and longest key */
enum { UM_SLOTS = 8192, UM_KEY = 24 };
struct acta_cand_memo {
  const acta_tagger_model *model;
  const acta_dict *dict;
  uint32_t key[CM_SLOTS]; /* word * 4 + range + 1; 0: empty */
  cand c[CM_SLOTS];
  uint32_t rare_key[RM_SLOTS]; /* word * 4 + read_class + 1; 0: empty */
  cand rare[RM_SLOTS];
  /* model word + 1 (0: not looked up) of a punctuation key: one ASCII
   * byte, or punct_key()'s own keys (128 + their PK_*) */
  uint32_t punct_word[128 + PK_COUNT];
  /* speed32b: the candidates of such a key whose model word has records
   * (punct_has), drawn from them when the word is looked up, and those
   * of a number (num_has): a punctuation mark or a number with records
   * has no others (no lock applies to records but a word's), so its
   * token points here instead of asking and copying records_cand_memo's */
  uint8_t punct_has[128 + PK_COUNT];
  cand punct_c[128 + PK_COUNT];
  int num_has;
  cand num_c;
  /* speed34a: the acta class of each closed category (CC_*: closed_pos())
   * and of each Penn tag of a word outside them (open_pos()), for
   * class_pass: a read, not a switch per token */
  uint8_t closed_class[256], open_class[256];
  /* speed39a: the model's transitions by the tag they lead to, into[tag]
   * [prev] = trans[prev][tag], for viterbi_plain's step into a token of
   * one candidate: the column it reads, one index a previous tag (the
   * same floats, so the same sums) */
  float into[PT_COUNT][PT_COUNT];
  /* the word ids of "'s" and "either" (ACTA_NO_WORD when the dictionary
   * lacks them): a token whose folded form is one has its id (a form
   * without a hyphen is looked up as it is), so that the other tokens
   * are told by a compare of ids */
  uint32_t s_word, either_word;
  /* The third: the same for a word the lexicon lacks ("Medellin",
   * "Mahabad": most names), by its folded form itself (up to UM_KEY bytes,
   * compared whole), how the token reads and its lemmas: the candidates
   * depend on nothing else (its model word follows from the form, its
   * case range from that and how it reads) but a noun lock, and a token
   * with one is not memoised.  Drawn from the model word's records or
   * not (speed39a: both, so that a hit never looks the model word up). */
  struct unk_slot {
    uint32_t vlemma, nlemma;
    uint8_t n;             /* form length; 0: empty */
    uint8_t read;          /* how the token reads (RC_*, read_class()) */
    char s[UM_KEY];
    cand c;
  } unk[UM_SLOTS];
};

static void records_cand_memo(struct acta_cand_memo *cm,
                              const acta_tagger_model *m, uint32_t w,
                              int range, cand *c) {
  uint32_t key = w * 4 + (uint32_t)range + 1;
  uint32_t s = (w * 3 + (uint32_t)range) & (CM_SLOTS - 1);
  if (cm->key[s] != key) {
    records_cand(m, w, range, &cm->c[s]);
    cm->key[s] = key;
  }
  *c = cm->c[s];
}

static void to_cand(const acta_tagger_model *m, const dist *p, cand *c);
static void keep_nouns(const acta_dict *d, const acta_token *tk, dist *p);
static void rare_cand(const acta_dict *d, const acta_token *tk, const char *s,
                      size_t n, uint32_t w, int range, uint32_t total,
                      int cap_mid, int cap_start, int nocase, cand *c);

static int is_noun_tag(int penn) {
  return penn == PT_NN || penn == PT_NNS || penn == PT_NNP || penn == PT_NNPS;
}

/* The noun tag a locked token takes when the model gives it none. */
static int lock_noun(const acta_token *tk) {
  int plural = tk->nlemma != ACTA_NO_WORD && tk->nlemma != tk->word;
  if (tk->lock == P_PROPN) return plural ? PT_NNPS : PT_NNP;
  return plural ? PT_NNS : PT_NN;
}

/* A token whose dictionary phrase fixed it as a noun keeps noun tags
 * (not the function words of a name: "the" in "the Netherlands"). */
static int noun_locked(const acta_dict *d, const acta_token *tk) {
  return (tk->lock == P_NOUN || tk->lock == P_PROPN) && closed_tag(d, tk) == P_NONE;
}

/* keep_nouns() for candidates. */
static void keep_noun_cands(const acta_dict *d, const acta_token *tk, cand *c) {
  if (!noun_locked(d, tk)) return;
  int k = 0;
  for (int j = 0; j < c->n; j++)
    if (is_noun_tag(c->tag[j])) {
      c->tag[k] = c->tag[j];
      c->score[k++] = c->score[j];
    }
  if (!k) {
    c->tag[0] = (uint8_t)lock_noun(tk);
    c->score[0] = 0;
    k = 1;
  }
  c->n = (uint8_t)k;
}

/* The case range of model word w a word token that reads cls draws its
 * counts from; *cap_mid, *cap_start: whether it reads as capitalised
 * inside a sentence or at its start. */
static inline int read_range(const acta_tagger_model *m, uint32_t w, int cls,
                             int *cap_mid, int *cap_start) {
  if (cls == RC_NOCASE) return R_ALL;
  if (cls == RC_LOWER) return range_total(m, w, R_LOWER) ? R_LOWER : R_UPPER;
  if (cls == RC_START) {
    *cap_start = 1;
    return R_ALL;
  }
  *cap_mid = 1;
  return R_UPPER;
}

/* The locks of the lex_cand tables, in their order (none or not a
 * noun's, a noun's, a name's), and the offset of a token's lock's
 * entries in a word's row. */
static const uint8_t LEX_LOCK[ACTA_TM_LOCKS] = {P_NONE, P_NOUN, P_PROPN};
static const uint8_t LOCK_ROW[256] = {[P_NOUN] = ACTA_TM_READS, [P_PROPN] = 2 * ACTA_TM_READS};

/* How word token i (of the tokens tv) reads (RC_*): in lower case,
 * capitalised at the start or inside, in a sentence without case. */
static inline __attribute__((always_inline)) int read_class(const acta_token *tv, uint32_t i,
                                                           uint32_t first, int nocase) {
  const acta_token *tk = &tv[i];
  return nocase ? RC_NOCASE
         : !(tk->flags & TF_CAP) ? RC_LOWER
         : at_start(tv, i, first) && !(tk->flags & TF_ALLCAPS) ? RC_START
                                                                 : RC_MID;
}

/* token_cand_drawn() but for the candidates' closed category. */
static inline __attribute__((always_inline)) const cand *
draw_cand(const acta_dict *d, const acta_tokens *t, uint32_t i, uint32_t first,
          uint32_t last, int nocase, struct acta_cand_memo *cm, cand *c) {
  const acta_tagger_model *m = d->tagger;
  const acta_token *tk = &t->v[i];
  size_t n = tk->norm_len;
  const char *s = acta_tok_norm(t, i);
  uint32_t w, rkey = 0, rslot = 0;
  int range, cap_mid = 0, cap_start = 0, ucls = 0;
  struct unk_slot *u = NULL; /* a word the lexicon lacks: its memo slot */
  if (tk->kind == TK_PUNCT) {
    int own;
    s = punct_key(t, i, last, &n, &own);
    int slot = own != PK_NONE ? 128 + own : n == 1 && (unsigned char)s[0] < 128 ? s[0] : -1;
    if (slot < 0) {
      w = acta_tm_find(m, s, n);
    } else {
      if (!cm->punct_word[slot]) {
        cm->punct_word[slot] = acta_tm_find(m, s, n) + 1;
        uint32_t pw = cm->punct_word[slot] - 1;
        cm->punct_has[slot] = range_total(m, pw, R_ALL) > 0;
        if (cm->punct_has[slot]) records_cand(m, pw, R_ALL, &cm->punct_c[slot]);
      }
      if (cm->punct_has[slot]) return &cm->punct_c[slot];
      w = cm->punct_word[slot] - 1;
    }
    range = R_ALL;
  } else if (tk->kind == TK_NUM) {
    if (cm->num_has) return &cm->num_c;
    w = m->num_word;
    range = R_ALL;
  } else {
    /* how the token reads: in lower case, capitalised at the start or
     * inside, in a sentence without case */
    int cls = read_class(t->v, i, first, nocase);
    int lexicon_form = tk->word != ACTA_NO_WORD && d->words.lens[tk->word] == n;
    /* speed32b: a lexicon word's candidates, computed when the image was
     * written (acta_tagger_lex_cands): one read */
    if (lexicon_form && tk->word < m->nlex_cand)
      return &m->cands[m->lex_cand[(size_t)tk->word * ACTA_TM_STRIDE + LOCK_ROW[tk->lock] +
                                   (size_t)cls]];
    /* else the memo of lexicon words (see struct acta_cand_memo) */
    if (lexicon_form && tk->word < (1u << 29) && tk->lock != P_NOUN && tk->lock != P_PROPN) {
      rkey = tk->word * 4 + (uint32_t)cls + 1;
      rslot = (uint32_t)((rkey * 0x9E3779B1u) >> (32 - RM_BITS));
      if (cm->rare_key[rslot] == rkey) {
        *c = cm->rare[rslot];
        return c;
      }
    }
    if (tk->word == ACTA_NO_WORD && n > 0 && n <= UM_KEY && tk->lock != P_NOUN &&
        tk->lock != P_PROPN) {
      /* the memo of words the lexicon lacks (see struct acta_cand_memo),
       * speed39a: asked before the model's word is looked up (a hit needs
       * neither it nor its case range), keyed by how the token reads:
       * the model word, its case range and how it reads capitalised
       * follow from the form and that; the form's hash looks the model
       * word up on a miss */
      uint64_t h = acta_hash(s, n);
      uint64_t hk = h ^ ((uint64_t)cls * 0x9E3779B97F4A7C15ull);
      u = &cm->unk[(hk >> 32) & (UM_SLOTS - 1)];
      if (u->n == n && u->read == cls && u->vlemma == tk->vlemma &&
          u->nlemma == tk->nlemma && memcmp(u->s, s, n) == 0) {
        *c = u->c;
        return c;
      }
      ucls = cls;
      w = acta_intern_find_hashed(&m->words, s, n, h);
    }
    /* the lexicon's word, unless it stands for the token's joined form
     * ("ceasefire" for "cease-fire") */
    else if (lexicon_form && tk->word < m->nof_word)
      w = m->of_word[tk->word];
    else
      w = acta_tm_find(m, s, n);
    range = read_range(m, w, cls, &cap_mid, &cap_start);
  }
  uint32_t total = range_total(m, w, range);
  if (total >= RARE || (tk->kind != TK_WORD && total)) {
    records_cand_memo(cm, m, w, range, c);
    if (tk->kind == TK_WORD) keep_noun_cands(d, tk, c);
  } else {
    rare_cand(d, tk, s, n, w, range, total, cap_mid, cap_start, nocase, c);
  }
  if (rkey) { /* (no noun lock: keep_noun_cands left them) */
    cm->rare_key[rslot] = rkey;
    cm->rare[rslot] = *c;
  } else if (u) {
    u->n = (uint8_t)n;
    u->read = (uint8_t)ucls;
    u->vlemma = tk->vlemma;
    u->nlemma = tk->nlemma;
    memcpy(u->s, s, n);
    u->c = *c;
  }
  return c;
}

/* token_cand() past a lexicon word's image candidates (speed34a: a call
 * of its own, so that the walk that asks for every token's keeps its
 * values in registers).  speed38a: candidates drawn into c get the
 * closed category of the token's word, as the image's have theirs
 * (class_walk reads it there; the memos' copies may be another word's). */
static __attribute__((noinline)) const cand *
token_cand_drawn(const acta_dict *d, const acta_tokens *t, uint32_t i, uint32_t first,
                 uint32_t last, int nocase, struct acta_cand_memo *cm, cand *c) {
  const cand *r = draw_cand(d, t, i, first, last, nocase, cm, c);
  if (r == c) {
    uint32_t w = t->v[i].kind == TK_WORD ? t->v[i].word : ACTA_NO_WORD;
    c->closed = w == ACTA_NO_WORD ? CC_NONE : d->info[w].closed;
  }
  return r;
}

/* token_cand() of punctuation token i: its key's candidates when they
 * are drawn (punct_has), else token_cand_drawn's (speed34a: a small call
 * for the 12% of tokens that are punctuation, not the whole drawing's). */
static __attribute__((noinline)) const cand *
punct_cand(const acta_dict *d, const acta_tokens *t, uint32_t i, uint32_t first,
           uint32_t last, int nocase, struct acta_cand_memo *cm, cand *c) {
  size_t n;
  int own;
  const char *s = punct_key(t, i, last, &n, &own);
  int slot = own != PK_NONE ? 128 + own : n == 1 && (unsigned char)s[0] < 128 ? s[0] : -1;
  if (slot >= 0 && cm->punct_word[slot] && cm->punct_has[slot]) return &cm->punct_c[slot];
  return token_cand_drawn(d, t, i, first, last, nocase, cm, c);
}

/* speed39a: punct_cand() of punctuation token i when it is a mark of one
 * byte that punct_key() keys as written (no quote, bracket, dash or
 * ellipsis: ",", ".", ":") and its key's candidates are drawn; else NULL
 * (punct_cand() answers). */
static inline const cand *plain_punct_cand(const acta_tokens *t, uint32_t i,
                                           const struct acta_cand_memo *cm) {
  const acta_token *tk = &t->v[i];
  switch (tk->punct) {
    case '"': case '\'': case '`': case '(': case '[': case '{': case ')': case ']': case '}':
    case '-': case 'E': return NULL; /* (punct_key()'s own keys) */
    default: break;
  }
  if (tk->norm_len != 1) return NULL;
  unsigned char b = (unsigned char)acta_tok_norm(t, i)[0];
  if (b >= 128 || !cm->punct_word[b] || !cm->punct_has[b]) return NULL;
  return &cm->punct_c[b];
}

/* speed41a: token i's candidates as the tokenizer's memo gave them with
 * its word id (TS_LEXC: the token is in its lexicon word's form, no
 * lock), among the model's cands; NULL when it gave none. */
static inline __attribute__((always_inline)) const cand *
memo_cands(const cand *cands, const acta_tokens *t, uint32_t i, uint32_t first, int nocase) {
  const acta_token *tk = &t->v[i];
  if (!(tk->shape & TS_LEXC) || LOCK_ROW[tk->lock]) return NULL;
  return &cands[t->lexc[i].read[read_class(t->v, i, first, nocase)]];
}

/* The candidate tags of token i: the model's counts for the word in the
 * case it is written in (P(tag | word)), helped out by guess() for a rare
 * word and replaced by it for an unknown one.  Returns the image's
 * candidates of a lexicon word (speed32b: a pointer, not a copy of 48
 * bytes), else c, filled (token_cand_drawn).  (A word below nlex_cand is
 * a lexicon word, never ACTA_NO_WORD.) */
static inline __attribute__((always_inline)) const cand *
token_cand(const acta_dict *d, const acta_tokens *t, uint32_t i, uint32_t first, uint32_t last,
           int nocase, struct acta_cand_memo *cm, cand *c) {
  const acta_tagger_model *m = d->tagger;
  const acta_token *tk = &t->v[i];
  const cand *mc = memo_cands(m->cands, t, i, first, nocase); /* (see cand_pass) */
  if (mc) return mc;
  if (tk->kind == TK_WORD && tk->word < m->nlex_cand) {
    /* (speed38a: the row says the word's length, see cand_pass) */
    const uint16_t *row = m->lex_cand + (size_t)tk->word * ACTA_TM_STRIDE;
    if (row[ACTA_TM_LEN] == tk->norm_len)
      return &m->cands[row[LOCK_ROW[tk->lock] + (size_t)read_class(t->v, i, first, nocase)]];
  }
  return token_cand_drawn(d, t, i, first, last, nocase, cm, c);
}

/* The candidates of a rare or unknown word (or a number or punctuation
 * the model has few records of): token_cand() past the records. */
static void rare_cand(const acta_dict *d, const acta_token *tk, const char *s,
                      size_t n, uint32_t w, int range, uint32_t total,
                      int cap_mid, int cap_start, int nocase, cand *c) {
  const acta_tagger_model *m = d->tagger;
  dist p;
  dist_clear(&p);
  if (tk->kind != TK_WORD) {
    if (!add_counts(m, w, range, 1, &p)) put(&p, tk->kind == TK_NUM ? PT_CD : PT_SYM, 1);
  } else {
    if (cap_mid && !total) {
      /* "Interior" seen only in lower case: a name as likely as not */
      total = add_counts(m, w, R_LOWER, .5f, &p);
      if (total) put(&p, PT_NNP, .5f);
    } else {
      add_counts(m, w, range, 1, &p);
    }
    if (total < RARE) {
      /* rare or unknown: the guess weighs as much as one sighting */
      dist g;
      dist_clear(&g);
      guess(d, tk, s, n, cap_mid, cap_start, nocase, &g);
      float a = (float)total / ((float)total + 1);
      EACH_TAG(k, p.mask) p.p[k] *= a;
      mix(&p, &g, 1 - a);
    }
  }
  keep_nouns(d, tk, &p);
  to_cand(m, &p, c);
}

/* keep_nouns() for a distribution. */
static void keep_nouns(const acta_dict *d, const acta_token *tk, dist *p) {
  if (!noun_locked(d, tk)) return;
  float sum = 0;
  EACH_TAG(k, p->mask) {
    if (!is_noun_tag((int)k)) p->p[k] = 0;
    sum += p->p[k];
  }
  if (sum <= 0) put(p, lock_noun(tk), 1);
}

/* The likeliest tags of a distribution, as emission scores. */
static void to_cand(const acta_tagger_model *m, const dist *p, cand *c) {
  float best = 0;
  EACH_TAG(k, p->mask)
    if (p->p[k] > best) best = p->p[k];
  c->n = 0;
  if (best <= 0) {
    c->n = 1;
    c->tag[0] = PT_NN;
    c->score[0] = 0;
    return;
  }
  EACH_TAG(k, p->mask) {
    float v = p->p[k];
    if (v < best * 1e-3f) continue;
    float sc = logf(v) - m->tag_lp[k];
    if (c->n < MAXC) {
      c->tag[c->n] = (uint8_t)k;
      c->score[c->n++] = sc;
      continue;
    }
    int worst = 0; /* full: replace the weakest */
    for (int j = 1; j < MAXC; j++)
      if (c->score[j] < c->score[worst]) worst = j;
    if (sc > c->score[worst]) {
      c->tag[worst] = (uint8_t)k;
      c->score[worst] = sc;
    }
  }
}

/* ---- the image's candidates of lexicon words (speed32b) ---------------- */

/* The candidates of a token written as lexicon word `word`, with lock
 * lock (P_NONE, P_NOUN, P_PROPN), that reads cls: token_cand()'s way past
 * its memos (a lexicon word's lemmas and WordNet classes are the word's,
 * its model word of_word's).  The slots past c->n are 0, so that equal
 * candidates are equal bytes. */
static void lexicon_cand(const acta_dict *d, uint32_t word, int lock, int cls, cand *c) {
  const acta_tagger_model *m = d->tagger;
  acta_token tk;
  memset(&tk, 0, sizeof tk);
  tk.kind = TK_WORD;
  tk.lock = (uint8_t)lock;
  tk.word = word;
  tk.vlemma = d->info[word].vlem;
  tk.nlemma = d->info[word].nlem;
  const char *s = acta_intern_str(&d->words, word);
  size_t n = d->words.lens[word];
  tk.norm_len = (uint32_t)n;
  memset(c, 0, sizeof *c);
  uint32_t w = m->of_word[word];
  int cap_mid = 0, cap_start = 0;
  int range = read_range(m, w, cls, &cap_mid, &cap_start);
  uint32_t total = range_total(m, w, range);
  if (total >= RARE) {
    records_cand(m, w, range, c);
    keep_noun_cands(d, &tk, c);
  } else {
    rare_cand(d, &tk, s, n, w, range, total, cap_mid, cap_start, cls == RC_NOCASE, c);
  }
  for (int k = c->n; k < MAXC; k++) {
    c->tag[k] = 0;
    c->score[k] = 0;
  }
  c->closed = d->info[word].closed; /* (speed38a: class_walk reads it here) */
}

_Static_assert(sizeof ((acta_word_cands *)0)->read == ACTA_TM_READS * sizeof(uint16_t),
               "acta_word_cands holds a row's entries of one lock");
int acta_tagger_word_cands(const acta_dict *d, uint32_t word, size_t n, acta_word_cands *out) {
  const acta_tagger_model *m = d->tagger;
  if (!m || word >= m->nlex_cand) return 0;
  const uint16_t *row = m->lex_cand + (size_t)word * ACTA_TM_STRIDE;
  if (row[ACTA_TM_LEN] != n) return 0; /* (token_cand()'s test) */
  /* the no-lock entries come first in the row (LEX_LOCK[0]) */
  for (int r = 0; r < ACTA_TM_READS; r++) out->read[r] = row[r];
  return 1;
}

void acta_tagger_lex_cands(const acta_dict *d, uint16_t **index, size_t *nindex,
                           acta_tm_cand **cands, size_t *ncands) {
  const acta_tagger_model *m = d->tagger;
  size_t nw = m->nof_word < d->words.count ? m->nof_word : d->words.count;
  uint16_t *ix = calloc((nw ? nw : 1) * ACTA_TM_STRIDE, sizeof *ix);
  if (!ix) abort();
  /* speed38a: each row's word length (a word too long for it: no table) */
  int full = 0;
  for (size_t w = 0; w < nw; w++) {
    if (d->words.lens[w] >= 0xFFFF) full = 1;
    ix[w * ACTA_TM_STRIDE + ACTA_TM_LEN] = (uint16_t)d->words.lens[w];
  }
  cand *pool = NULL;
  size_t np = 0, cap = 0;
  /* equal candidates once: a hash of their bytes -> their first index
   * (a hash shared by other candidates adds them unshared) */
  acta_u64map seen;
  acta_u64map_init(&seen);
  for (size_t e = 0; e < nw * ACTA_TM_ROW && !full; e++) {
    uint32_t w = (uint32_t)(e / ACTA_TM_ROW);
    int lock = LEX_LOCK[e % ACTA_TM_ROW / ACTA_TM_READS], cls = (int)(e % ACTA_TM_READS);
    cand c;
    lexicon_cand(d, w, lock, cls, &c);
    uint64_t h = acta_hash((const char *)&c, sizeof c);
    if (h == UINT64_MAX) h--;
    uint32_t k;
    int known = acta_u64map_get(&seen, h, &k);
    if (!known || memcmp(&pool[k], &c, sizeof c) != 0) {
      if (np > UINT16_MAX) { /* more than the index counts: no table */
        full = 1;
        break;
      }
      if (np == cap) {
        cap = cap ? cap * 2 : 4096;
        pool = realloc(pool, cap * sizeof *pool);
        if (!pool) abort();
      }
      pool[np] = c;
      k = (uint32_t)np++;
      if (!known) acta_u64map_put(&seen, h, k);
    }
    ix[w * ACTA_TM_STRIDE + e % ACTA_TM_ROW] = (uint16_t)k;
  }
  acta_u64map_free(&seen);
  /* the candidates padded to a power of two (copies of the first), so
   * that the image's reader checks the index by one OR of its entries */
  size_t np2 = 1;
  while (np2 < np) np2 *= 2;
  if (!full && np && np2 > np) {
    pool = realloc(pool, np2 * sizeof *pool);
    if (!pool) abort();
    for (size_t k = np; k < np2; k++) pool[k] = pool[0];
    np = np2;
  }
  *index = ix;
  *nindex = full ? 0 : nw * ACTA_TM_STRIDE;
  *cands = pool;
  *ncands = full ? 0 : np;
}

/* A finite verb: what a sentence holds at least one of. */
static int is_verb(int penn) {
  return penn == PT_VBD || penn == PT_VBP || penn == PT_VBZ || penn == PT_MD;
}

/* Viterbi over the candidates of n tokens (n <= WINDOW) after the tag prev:
 * writes the likeliest tags to out and returns their log score.  With
 * need_verb, the likeliest that hold a finite verb or modal (each state
 * also says whether one was passed); -INFINITY, and out untouched, when no
 * candidate is one. */
static inline float viterbi(const acta_tagger_model *m, const cand *const *c, size_t n,
                            int prev, const int need_verb, uint8_t *out) {
  uint8_t back[WINDOW][2 * MAXC];
  float v[2 * MAXC], nv[2 * MAXC];
  for (int s = 0; s < 2 * MAXC; s++) v[s] = -INFINITY;
  for (int k = 0; k < c[0]->n; k++) {
    int f = need_verb && is_verb(c[0]->tag[k]);
    v[2 * k + f] = m->trans[prev][c[0]->tag[k]] + c[0]->score[k];
  }
  for (size_t i = 1; i < n; i++) {
    const cand *pc = c[i - 1], *cc = c[i];
    for (int s = 0; s < 2 * MAXC; s++) nv[s] = -INFINITY;
    for (int k = 0; k < cc->n; k++) {
      int tag = cc->tag[k], vf = need_verb && is_verb(tag);
      for (int j = 0; j < pc->n; j++) {
        const float *row = m->trans[pc->tag[j]];
        for (int f = 0; f <= need_verb; f++) {
          float sc = v[2 * j + f];
          if (sc == -INFINITY) continue;
          sc += row[tag];
          int to = 2 * k + (f | vf);
          if (sc > nv[to]) {
            nv[to] = sc;
            back[i][to] = (uint8_t)(2 * j + f);
          }
        }
      }
      nv[2 * k] += cc->score[k];
      nv[2 * k + 1] += cc->score[k];
    }
    memcpy(v, nv, sizeof v);
  }
  int best = -1;
  for (int k = 0; k < c[n - 1]->n; k++) {
    int s = 2 * k + need_verb;
    if (v[s] > -INFINITY && (best < 0 || v[s] > v[best])) best = s;
  }
  if (best < 0) return -INFINITY;
  float score = v[best];
  for (size_t i = n; i-- > 0;) {
    out[i] = c[i]->tag[best / 2];
    if (i) best = back[i][best];
  }
  return score;
}

/* viterbi() without need_verb: one state per candidate (the same sums in
 * the same order, so the same tags and score), for the one pass every
 * sentence takes. */
static float viterbi_plain(const acta_tagger_model *m, const float (*into)[PT_COUNT],
                           const cand *const *c, size_t n, int prev, uint8_t *out) {
  uint8_t back[WINDOW][MAXC];
  float va[MAXC], vb[MAXC], *v = va, *nv = vb;
  for (int k = 0; k < c[0]->n; k++)
    v[k] = m->trans[prev][c[0]->tag[k]] + c[0]->score[k];
  /* (speed34a: the candidates before carried, not read again) */
  const cand *pc = c[0];
  for (size_t i = 1; i < n; pc = c[i++]) {
    const cand *cc = c[i];
    if (pc->n == 1) {
      /* one way in (the loop below with one j) */
      const float *row0 = m->trans[pc->tag[0]];
      /* speed29a: every state's way back is the one before (a state left
       * at -INFINITY is on no path the backtrack follows), and its score
       * the one sum: (v[0] + transition) + emission, as the loop below
       * adds them, and -INFINITY when the transition is */
      float v0 = v[0];
      if (cc->n == 1) {
        /* (the most: one way in and one on; speed32b: the backtrack
         * reads only state 0's way back, and the one score is updated
         * in place) */
        back[i][0] = 0;
        v[0] = v0 + row0[cc->tag[0]] + cc->score[0];
        continue;
      }
      memset(back[i], 0, MAXC);
      for (int k = 0; k < cc->n; k++) nv[k] = v0 + row0[cc->tag[k]] + cc->score[k];
      float *done = v;
      v = nv;
      nv = done;
      continue;
    }
    /* speed39a: each state's best way in, from the transitions into its
     * tag (into[], a column read by the previous tags), the first best on
     * ties (a later one taken when strictly above, as the loop over the
     * previous tags for each state took it), its sum kept in a register
     * (speed32b read each previous tag's row once, each state's best in
     * memory) */
    for (int k = 0; k < cc->n; k++) {
      const float *col = into[cc->tag[k]];
      float best = v[0] + col[pc->tag[0]];
      int way = 0;
      for (int j = 1; j < pc->n; j++) {
        float sc = v[j] + col[pc->tag[j]];
        if (sc > best) {
          best = sc;
          way = j;
        }
      }
      nv[k] = best + cc->score[k];
      back[i][k] = (uint8_t)way;
    }
    float *done = v;
    v = nv;
    nv = done;
  }
  int best = -1;
  for (int k = 0; k < c[n - 1]->n; k++)
    if (v[k] > -INFINITY && (best < 0 || v[k] > v[best])) best = k;
  if (best < 0) return -INFINITY;
  float score = v[best];
  for (size_t i = n; i-- > 0;) {
    out[i] = c[i]->tag[best];
    if (i) best = back[i][best];
  }
  return score;
}

/* The use with need_verb, compiled with it a constant. */
static float viterbi_verb(const acta_tagger_model *m, const cand *const *c, size_t n,
                          int prev, uint8_t *out) {
  return viterbi(m, c, n, prev, 1, out);
}

/* ---- acta's classes from the Penn tags -------------------------------- */

/* The Penn tag of token i + 1 of the sentence from token first, for
 * class_pass: penn's when the tags are still to be written there (NULL:
 * the token's). */
static inline int next_penn(const acta_tokens *t, uint32_t i, uint32_t first,
                            const uint8_t *penn) {
  return penn ? penn[i + 1 - first] : t->v[i + 1].penn;
}

/* The acta class of a Penn tag, for a word outside the closed classes. */
static int open_pos(int penn) {
  switch (penn) {
    case PT_NN: case PT_NNS: case PT_FW: return P_NOUN;
    case PT_NNP: case PT_NNPS: return P_PROPN;
    case PT_JJ: case PT_JJR: case PT_JJS: return P_ADJ;
    case PT_VB: case PT_VBD: case PT_VBG: case PT_VBN: case PT_VBP: case PT_VBZ:
      return P_VERB;
    case PT_RB: case PT_RBR: case PT_RBS: case PT_RP: case PT_EX: case PT_UH:
      return P_ADV;
    case PT_CD: case PT_LS: return P_NUM;
    case PT_DT: case PT_PDT: case PT_PRPS: case PT_WPS: return P_DET;
    case PT_IN: return P_PREP;
    case PT_CC: return P_CONJ;
    case PT_PRP: return P_PRON;
    case PT_MD: return P_MODAL;
    case PT_TO: return P_TO;
    case PT_WDT: case PT_WP: case PT_WRB: return P_WH;
    case PT_POS: return P_POSS;
    default: return P_PUNCT;
  }
}

/* actors25: "Honduras' newly elected president", "the recently appointed
 * attorney general": is token i (a participle) after an "-ly" adverb that
 * follows a determiner or an "'s" (no verb follows a determiner), both in
 * the sentence that starts at token first? */
static int ly_before_participle(const acta_tokens *t, uint32_t i, uint32_t first) {
  return i >= first + 2 && t->v[i - 1].penn == PT_RB &&
         ends_with(acta_tok_norm(t, i - 1), t->v[i - 1].norm_len, "ly") &&
         (t->v[i - 2].tag == P_DET || t->v[i - 2].tag == P_POSS);
}

/* Is verb form i a participle modifying the noun after it: "the
 * detained activists", "a looming famine", "in armed clashes", "the
 * hardest hit countries", "announced
 * renewed sanctions", "arrested 15 suspected gang members" (a past tense
 * the bigrams took it for)?  "after killing protesters" keeps its verb;
 * ptag is the class of the token before; tags: next_penn()'s. */
static int prenominal(const acta_tokens *t, uint32_t i, uint32_t first, uint32_t last,
                      const uint8_t *tags, int ptag) {
  int penn = t->v[i].penn;
  if (i + 1 >= last || !is_noun_tag(next_penn(t, i, first, tags))) return 0;
  if (ptag == P_DET || ptag == P_POSS || ptag == P_ADJ || ptag == P_NUM)
    return penn == PT_VBN || penn == PT_VBG ||
           (penn == PT_VBD && ends_with(acta_tok_norm(t, i), t->v[i].norm_len, "ed"));
  /* "the hardest hit countries", "the most wanted man" */
  if (ptag == P_ADV && i > 0 && (t->v[i - 1].penn == PT_RBS || t->v[i - 1].penn == PT_JJS))
    return penn == PT_VBN || penn == PT_VBD;
  return penn == PT_VBN && (ptag == P_PREP || ptag == P_VERB || ptag == P_NONE);
}

/* invented23: is token i a base or present form the model tagged a verb
 * right after "a" or "an", quotation marks and one adjective between
 * ("giving the drivers a say about security", "doing an initial
 * \"cleanse\"")?  No verb follows an indefinite article: it is a noun.
 * "A few remain in custody": "few" and "little" are quantifiers, and the
 * verb is the phrase's. */
static int article_noun(const acta_tokens *t, uint32_t i, uint32_t first) {
  int penn = t->v[i].penn;
  /* (codes24: and an "-ing" form: "wounded in a shooting blamed on the
   * gang", "an ambush"; before a noun it is already the noun's modifier) */
  if (penn != PT_VB && penn != PT_VBP && penn != PT_VBG) return 0;
  uint32_t j = i;
  while (j > first && t->v[j - 1].kind == TK_PUNCT && t->v[j - 1].punct == '"') j--;
  if (j > first && t->v[j - 1].tag == P_ADJ && t->v[j - 1].vocab != V_FEW &&
      t->v[j - 1].vocab != V_LITTLE) {
    j--;
    while (j > first && t->v[j - 1].kind == TK_PUNCT && t->v[j - 1].punct == '"') j--;
  }
  return j > first && (t->v[j - 1].vocab == V_A || t->v[j - 1].vocab == V_AN);
}

/* places24: is token i, tagged a singular noun, a lower-case "-ly" word
 * the model also reads as an adverb (or never saw), between a noun and a
 * finite verb ("police briefly detained", whose "briefly" made "Mexican
 * police briefly" a country with no police)?  Not "the Mexican family
 * said", "the US ally said" (no adverb readings).  tags: next_penn()'s. */
static int ly_adverb(const acta_dict *d, const acta_tokens *t, uint32_t i, uint32_t first,
                     uint32_t last, const uint8_t *tags, int ptag) {
  const acta_token *tk = &t->v[i];
  if (tk->penn != PT_NN || (tk->flags & TF_CAP) || i + 1 >= last) return 0;
  if (ptag != P_NOUN && ptag != P_PROPN) return 0;
  int np = next_penn(t, i, first, tags);
  if (np != PT_VBD && np != PT_VBZ && np != PT_VBP) return 0;
  const char *s = acta_tok_norm(t, i);
  if (!ends_with(s, tk->norm_len, "ly") || !d->tagger) return 0;
  const acta_tagger_model *m = d->tagger;
  uint32_t w = acta_tm_find(m, s, tk->norm_len);
  if (w == ACTA_NO_WORD) return 1;
  const acta_tm_word *wd = &m->word[w];
  for (uint32_t k = 0; k < wd->nlower; k++)
    if (m->counts[wd->first + k].tag == PT_RB) return 1;
  return 0;
}

/* The acta class of closed-class word i (category ct) given its Penn tag
 * and the class of the token before. */
static inline __attribute__((always_inline)) int
refine_closed(acta_tokens *t, uint32_t i, uint32_t last, int ct, int penn, int ptag) {
  acta_token *tk = &t->v[i];
  unsigned v = tk->vocab; /* (review23: words by vocabulary code, not by string) */
  /* (speed39a: by category, the others' class their category's) */
  switch (ct) {
    case P_MODAL:
      /* "the will of the people", "May" the month, "a can" */
      if (is_noun_tag(penn)) return penn == PT_NNP || penn == PT_NNPS ? P_PROPN : P_NOUN;
      if ((tk->flags & TF_CAP) && !(tk->flags & TF_ALLCAPS) && !(tk->flags & TF_SENT_START))
        return P_PROPN;
      return ct;
    case P_PREP:
      /* "at least", "at most": a quantifier, not a preposition phrase */
      if (v == V_AT && i + 1 < last) {
        unsigned nv = t->v[i + 1].vocab;
        if (nv == V_LEAST || nv == V_MOST) {
          t->v[i + 1].lock = P_ADV;
          return P_ADV;
        }
      }
      /* particles: "carried out", "called off" */
      if (penn == PT_RP || (ptag == P_VERB && (v == V_OUT || v == V_OFF))) return P_ADV;
      if (penn >= PT_VB && penn <= PT_VBZ) return P_VERB; /* "like" */
      return ct;
    case P_DET:
      /* floating quantifier: "Moscow and Tehran both denied" */
      if ((ptag == P_NOUN || ptag == P_PROPN || ptag == P_PRON) &&
          (v == V_BOTH || v == V_ALL || v == V_EACH))
        return P_ADV;
      /* victims19: "one of Colombia's most wanted traffickers": "most"
       * after a possessive is the superlative of the phrase it opens, no
       * adverb */
      if (ptag == P_POSS && (v == V_MOST || v == V_LEAST)) return P_DET;
      /* "most certainly", "all but" */
      if (penn >= PT_RB && penn <= PT_RBS) return P_ADV;
      return ct;
    case P_PRON:
      /* "US" is the country, not the pronoun */
      if (penn == PT_NNP || penn == PT_NNPS) return P_PROPN;
      return ct;
    default:
      return ct;
  }
}

/* How much less likely (in nats) a reading with a verb may be than the
 * best one without, and still be taken for a sentence. */
#define VERB_MARGIN 8.0f

/* Is [first, last) a sentence (four words or more: words, ending in a
 * stop) whose tags penn hold no finite verb? */
static int wants_verb(const acta_tokens *t, uint32_t first, uint32_t last,
                      const uint8_t *penn, size_t words) {
  /* (speed34a: its words counted by acta_tag's first pass) */
  if (words < 4) return 0;
  for (uint32_t i = first; i < last; i++)
    if (is_verb(penn[i - first])) return 0;
  uint32_t e = last;
  while (e > first && t->v[e - 1].kind == TK_PUNCT &&
         (t->v[e - 1].punct == '"' || t->v[e - 1].punct == '\'' ||
          t->v[e - 1].punct == ')'))
    e--;
  return e > first && t->v[e - 1].kind == TK_PUNCT &&
         (t->v[e - 1].punct == '.' || t->v[e - 1].punct == '!' ||
          t->v[e - 1].punct == '?');
}

/* May token q (Penn tag pt) be part of the plural subject before a
 * headline's verb (headline_particle_verb): noun-phrase tags,
 * prepositions, "and", commas. */
static int headline_subject_tag(const acta_tokens *t, uint32_t q, int pt) {
  return pt == PT_NNS || pt == PT_NNPS || pt == PT_CC || pt == PT_NN ||
         pt == PT_NNP || pt == PT_JJ || pt == PT_DT || pt == PT_CD || pt == PT_IN ||
         pt == PT_POS || (t->v[q].kind == TK_PUNCT && t->v[q].punct == ',');
}

/* A headline's verb read as a noun before its particle: "EU and UN hand
 * over supplies", "Public workers in Brazil call off a strike".  Token i
 * (tagged NN, a verb in the lexicon) is the present tense when a particle
 * follows it, and everything before it is one plural subject (noun-phrase
 * tags and prepositions only, with a plural noun or an "and"): no finite
 * verb comes before it. */
static int headline_particle_verb(const acta_dict *d, const acta_tokens *t,
                                  uint32_t first, uint32_t last, uint32_t i,
                                  const uint8_t *penn) {
  static const struct { const char *s; size_t n; } PARTICLES[] = {
      {"over", 4}, {"off", 3}, {"out", 3}, {"up", 2}, {"down", 4}, {"back", 4}, {NULL, 0}};
  const acta_token *tk = &t->v[i];
  if (penn[i - first] != PT_NN || i + 2 >= last || i < first + 2 ||
      tk->word == ACTA_NO_WORD || !(d->info[tk->word].flags & WF_VERB) ||
      t->v[i + 1].kind != TK_WORD)
    return 0;
  int particle = 0;
  for (size_t p = 0; PARTICLES[p].s; p++)
    if (t->v[i + 1].norm_len == PARTICLES[p].n &&
        !memcmp(acta_tok_norm(t, i + 1), PARTICLES[p].s, PARTICLES[p].n))
      particle = 1;
  if (!particle || t->v[i + 2].kind == TK_PUNCT) return 0;
  int plural = 0;
  for (uint32_t q = first; q < i; q++) {
    int pt = penn[q - first];
    if (pt == PT_NNS || pt == PT_NNPS || pt == PT_CC) plural = 1;
    else if (!headline_subject_tag(t, q, pt)) return 0;
  }
  return plural;
}

/* idioms13: "intended to either capture or kill him": after "to either"
 * a word the lexicon knows as a verb, tagged NN, with "or" within the next
 * three tokens is the infinitive's verb (the bigrams read "either capture"
 * as a determiner and its noun), and "either" an adverb inside the
 * infinitive (a split infinitive, as "to fully withdraw"). */
static int either_infinitive(const acta_dict *d, const acta_tokens *t, uint32_t w0,
                             uint32_t w1, uint32_t i, const uint8_t *penn) {
  const acta_token *tk = &t->v[i];
  if (penn[i - w0] != PT_NN || i < w0 + 2 || penn[i - 2 - w0] != PT_TO ||
      tk->word == ACTA_NO_WORD || !(d->info[tk->word].flags & WF_VERB) ||
      t->v[i - 1].norm_len != 6 || memcmp(acta_tok_norm(t, i - 1), "either", 6))
    return 0;
  for (uint32_t q = i + 1; q < w1 && q <= i + 3; q++)
    if (t->v[q].norm_len == 2 && !memcmp(acta_tok_norm(t, q), "or", 2)) return 1;
  return 0;
}

/* targets18: is token i a Portuguese name's particle ("Jair Jose dos
 * Santos", "Rio das Ostras") -- "do", "dos", "das" in lower case between
 * two capitalised words (not acronyms: "the FARC do Not")?  The model
 * reads "dos" as a verb ("do"), which cut the name and the clause. */
static int name_particle_do(const acta_tokens *t, uint32_t i, uint32_t first, uint32_t last) {
  const acta_token *tk = &t->v[i];
  /* (review19: by vocabulary code, not by string) */
  if (i <= first || i + 1 >= last || tk->kind != TK_WORD || (tk->flags & TF_CAP) ||
      !(tk->vocab == V_DO || tk->vocab == V_DOS || tk->vocab == V_DAS))
    return 0;
  const acta_token *a = &t->v[i - 1], *b = &t->v[i + 1];
  return a->kind == TK_WORD && b->kind == TK_WORD && (a->flags & TF_CAP) && (b->flags & TF_CAP) &&
         !(a->flags & TF_ALLCAPS) && !(b->flags & TF_ALLCAPS) && a->end + 1 == tk->start &&
         tk->end + 1 == b->start;
}

/* invented26: is token i a year's number: four digits, 1900 to 2099? */
static int year_number(const acta_tokens *t, uint32_t i) {
  const char *s = acta_tok_norm(t, i);
  return t->v[i].norm_len == 4 && ((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')) &&
         s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9';
}

/* The locks of acta_tag's first pass at word token i, tk (flags f,
 * vocabulary code v): names' particles and "aka".  speed23: in the pass
 * that counts (name_particle_do asks only of a lower-case "do", "dos" or
 * "das"). */
static inline __attribute__((always_inline)) void lock_word(acta_tokens *t, acta_token *tk,
                                                           uint32_t i, uint32_t first,
                                                           uint32_t last, unsigned f,
                                                           unsigned v) {
  /* (speed29a: one compare of the code's range for most words) */
  _Static_assert(V_DAS < V_DO && V_DO < V_DOS, "V_DAS..V_DOS holds V_DO");
  if ((unsigned)(v - V_DAS) <= (unsigned)(V_DOS - V_DAS) &&
      (v == V_DO || v == V_DOS || v == V_DAS) && !tk->lock &&
      name_particle_do(t, i, first, last))
    tk->lock = P_PROPN;
  /* review23: "aka" between a name and a nickname ("Juan Perez, aka
   * \"El Gordo\"") is a noun as "alias" is, not the verb the model
   * reads in a word it does not know (whose verb group cut the name
   * from its nickname) */
  else if (v == V_AKA && !tk->lock && i > first && i + 1 < last &&
           (!(f & TF_CAP) || (f & TF_ALLCAPS)))
    tk->lock = P_NOUN;
}

/* acta_tag's first pass over a sentence longer than a window: the counts
 * caseless() weighs and the locks of lock_word(); returns whether the
 * sentence is caseless.  (speed29a: a function of its own, as are
 * acta_tag's last pass and its decoding, so that its counts stay in
 * registers, not spilled among the whole tagger's values) */
static __attribute__((noinline)) int first_pass(const acta_dict *d, acta_tokens *t,
                                                uint32_t first, uint32_t last) {
  case_counts k = {0, 0, 0, 0, 0};
  for (uint32_t i = first; i < last; i++) {
    acta_token *tk = &t->v[i];
    if (tk->kind != TK_WORD) continue;
    unsigned f = tk->flags;
    k.words++;
    k.caps += (f & TF_CAP) != 0;
    k.upper += (f & TF_ALLCAPS) != 0;
    k.low |= title_low(tk, f);
    lock_word(t, tk, i, first, last, f, tk->vocab);
  }
  return caseless(d, t, first, last, k);
}

/* The candidates of tokens [w0, w1) of the sentence [first, last) into
 * c[], drawn into own[] (both from w0). */
static __attribute__((noinline)) void window_cands(const acta_dict *d, const acta_tokens *t,
                                                   uint32_t w0, uint32_t w1, uint32_t first,
                                                   uint32_t last, int nocase,
                                                   struct acta_cand_memo *cm,
                                                   const cand **c, cand *own) {
  for (uint32_t i = w0; i < w1; i++)
    c[i - w0] = token_cand(d, t, i, first, last, nocase, cm, &own[i - w0]);
}

/* acta_tag's first pass over a sentence of one window (speed34a): the
 * counts caseless() weighs, the locks of lock_word() and each token's
 * candidates, read as in a sentence with case, in one walk (a token's
 * candidates read its own lock and its neighbours' case and marks, which
 * the walk does not change), not two; when the sentence turns out
 * caseless (1,650 of the 44,918 bench sentences) its candidates are
 * drawn again.  The walk keeps its values in registers: the three counts
 * in one word (COUNT), the tables in locals (a lock written might alias
 * them), a lexicon word's image candidates read here and every other
 * token's by token_cand_drawn.  Returns whether it is caseless; *words:
 * its words; *either: whether a word may be "either" (its id's). */
static __attribute__((noinline)) int cand_pass(const acta_dict *d, acta_tokens *t,
                                               uint32_t first, uint32_t last,
                                               struct acta_cand_memo *cm, const cand **c,
                                               cand *own, size_t *words, int *either) {
  /* a word's counts by its two case flags: 1 << 20 a word, 1 << 10 in
   * capitals, 1 capitalised (a window's counts fit in 10 bits each) */
  _Static_assert(WINDOW < 1024 && TF_CAP == 1 && TF_ALLCAPS == 2, "the counts' word");
  static const uint32_t COUNT[4] = {1u << 20, (1u << 20) | 1, (1u << 20) | (1u << 10),
                                    (1u << 20) | (1u << 10) | 1};
  acta_token *tv = t->v;
  const acta_tagger_model *m = d->tagger;
  const uint16_t *lex_cand = m->lex_cand;
  const cand *cands = m->cands;
  size_t nlex = m->nlex_cand;
  uint32_t either_word = cm->either_word;
  uint32_t counts = 0; /* words << 20 | in capitals << 10 | capitalised */
  int low = 0, may_either = 0;
  for (uint32_t i = first; i < last; i++) {
    acta_token *tk = &tv[i];
    if (tk->kind == TK_WORD) {
      unsigned f = tk->flags;
      uint32_t w = tk->word, n = tk->norm_len;
      counts += COUNT[f & (TF_CAP | TF_ALLCAPS)];
      may_either |= w == either_word;
      if (!low) low = title_low(tk, f);
      lock_word(t, tk, i, first, last, f, tk->vocab);
      /* speed41a: the row's entries of no lock as the tokenizer's memo
       * gave them (TS_LEXC: the token is in its lexicon word's form), in
       * token order, not the row read (a line of a table of megabytes);
       * the lock read after lock_word() set it */
      const cand *mc = memo_cands(cands, t, i, first, 0);
      if (mc) {
        c[i - first] = mc;
        /* (speed41a: asked for now, read by the decoding after this pass:
         * a hint) */
        __builtin_prefetch(c[i - first]);
        continue;
      }
      /* speed38a: the token is in its word's form when the word's row
       * says its length (one read of the row, not the lexicon's
       * lengths too) */
      if (w < nlex) {
        const uint16_t *row = lex_cand + (size_t)w * ACTA_TM_STRIDE;
        if (row[ACTA_TM_LEN] == n) {
          c[i - first] = &cands[row[LOCK_ROW[tk->lock] + (size_t)read_class(tv, i, first, 0)]];
          continue;
        }
      }
    }
    /* speed39a: a plain mark's or a number's drawn candidates read here,
     * not by a call */
    const cand *q = tk->kind == TK_PUNCT                 ? plain_punct_cand(t, i, cm)
                    : tk->kind == TK_NUM && cm->num_has ? &cm->num_c
                                                        : NULL;
    if (!q)
      q = tk->kind == TK_PUNCT ? punct_cand(d, t, i, first, last, 0, cm, &own[i - first])
                               : token_cand_drawn(d, t, i, first, last, 0, cm, &own[i - first]);
    c[i - first] = q;
  }
  case_counts k = {counts >> 20, counts & 0x3FF, (counts >> 10) & 0x3FF, low, may_either};
  *words = k.words;
  *either = k.either;
  int nocase = caseless(d, t, first, last, k);
  if (nocase) window_cands(d, t, first, last, first, last, 1, cm, c, own);
  return nocase;
}

/* acta_tag's last pass: each token's acta class from its Penn tag, its
 * closed class and the class of the token before.  penn: the tags of
 * [first, last) to write into the tokens, or NULL when they are written
 * (speed34a: each is written here, as its class is found, and the next
 * token's read from penn; a pass of its own wrote them).  speed34a:
 * the class is kept in a register until the token's rules are done, and
 * only a verb's and a noun's rules are asked (a verb's rules make no
 * noun before the noun's rule: "-ly" adverbs are asked of the model's
 * nouns alone).  cw: the tokens' candidates (from first), whose closed
 * category is read instead of the lexicon's (speed38a), or NULL. */
static inline __attribute__((always_inline)) void
class_walk(const acta_dict *d, acta_tokens *t, uint32_t first, uint32_t last,
           const uint8_t *penn, const cand *const *cw, const struct acta_cand_memo *cm) {
  acta_token *tv = t->v;
  const acta_word_info *info = d->info;
  const uint8_t *closed_class = cm->closed_class, *open_class = cm->open_class;
  uint32_t s_word = cm->s_word;
  /* speed16: ptag, the class of the token before, is carried from the
   * step before, not read back from it */
  int ptag = P_NONE;
  for (uint32_t i = first; i < last; i++) {
    acta_token *tk = &tv[i];
    if (penn) tk->penn = penn[i - first];
    int tag;
    if (tk->kind == TK_PUNCT) {
      tag = (tk->punct == '\'' && i > first && tv[i - 1].end == tk->start &&
             ends_with(acta_tok_norm(t, i - 1), tv[i - 1].norm_len, "s"))
                ? P_POSS : P_PUNCT;
    } else if (tk->kind == TK_NUM) {
      tag = P_NUM;
    } else if (tk->lock) {
      tag = tk->lock;
    } else if (tk->word == s_word && tk->norm_len == 2 && !memcmp(acta_tok_norm(t, i), "'s", 2)) {
      tag = tk->penn == PT_VBZ ? P_AUX : P_POSS;
    } else {
      /* speed38a: with the candidates, their closed category (the
       * lexicon's word info of a token's word is a cache miss) */
      int ct = cw                           ? closed_class[cw[i - first]->closed]
               : tk->word == ACTA_NO_WORD ? P_NONE
                                          : closed_class[info[tk->word].closed];
      tag = ct != P_NONE ? refine_closed(t, i, last, ct, tk->penn, ptag) : open_class[tk->penn];
      /* (speed34a: each rule's first tests asked here, before its call) */
      if (tag == P_VERB) {
        /* a participle before its noun is its modifier */
        if (i + 1 < last && is_noun_tag(next_penn(t, i, first, penn)) &&
            prenominal(t, i, first, last, penn, ptag)) {
          tag = P_ADJ;
          if (tk->penn == PT_VBD) tk->penn = PT_VBN;
        }
        /* actors25: after an "-ly" adverb that follows a determiner or an
         * "'s", and the adverb with it (not in KEDS/TABARI's clauses, whose
         * lengths count the words of each class) */
        else if (!d->keds_only && ptag == P_ADV && i + 1 < last &&
                 is_noun_tag(next_penn(t, i, first, penn)) && ly_before_participle(t, i, first) &&
                 (tk->penn == PT_VBN ||
                  (tk->penn == PT_VBD && ends_with(acta_tok_norm(t, i), tk->norm_len, "ed")))) {
          tag = P_ADJ;
          tk->penn = PT_VBN;
          tv[i - 1].tag = P_ADJ;
        }
        /* invented26: a present form in "-s" right after a number is the
         * plural noun it counts ("more than 19,400 murders in 2014", "300
         * arrests and 12 attacks"), unless the number ends a name ("Barrio 18
         * controls", "Article 5 says") or is a year that ends a phrase ("the
         * tally of the first months of 2012 puts ...") */
        else if (tk->penn == PT_VBZ && ptag == P_NUM && i >= first + 1 &&
                 !year_number(t, i - 1) &&
                 !(i >= first + 2 && tv[i - 2].kind == TK_WORD && (tv[i - 2].flags & TF_CAP)) &&
                 ends_with(acta_tok_norm(t, i), tk->norm_len, "s")) {
          tag = P_NOUN;
          tk->penn = PT_NNS;
        }
        /* invented23: a base or present form after "a" or "an" is a noun */
        else if ((tk->penn == PT_VB || tk->penn == PT_VBP || tk->penn == PT_VBG) &&
                 article_noun(t, i, first)) {
          tag = P_NOUN;
          tk->penn = PT_NN;
        }
      } else if (tag == P_NOUN && tk->penn == PT_NN && (ptag == P_NOUN || ptag == P_PROPN) &&
                 ly_adverb(d, t, i, first, last, penn, ptag)) { /* places24 */
        tag = P_ADV;
        tk->penn = PT_RB;
      }
    }
    tk->tag = (uint8_t)tag;
    ptag = tag;
  }
}

/* (c: the candidates of [first, last), with penn, else NULL) */
static __attribute__((noinline)) void class_pass(const acta_dict *d, acta_tokens *t,
                                                 uint32_t first, uint32_t last,
                                                 const uint8_t *penn, const cand *const *c,
                                                 const struct acta_cand_memo *cm) {
  if (penn)
    class_walk(d, t, first, last, penn, c, cm);
  else
    class_walk(d, t, first, last, NULL, NULL, cm);
}

void acta_tag(const acta_dict *d, acta_tokens *t, uint32_t first,
              uint32_t last) {
  /* each token's candidates: the image's, or drawn into own[] */
  const cand *c[WINDOW];
  cand own[WINDOW];
  uint8_t penn[WINDOW];
  int prev = PT_STOP;
  if (!t->cand_memo && !(t->cand_memo = calloc(1, sizeof *t->cand_memo)))
    abort();
  struct acta_cand_memo *cm = t->cand_memo;
  if (cm->model != d->tagger || cm->dict != d) {
    memset(cm->key, 0, sizeof cm->key);
    memset(cm->rare_key, 0, sizeof cm->rare_key);
    memset(cm->punct_word, 0, sizeof cm->punct_word);
    cm->num_has = range_total(d->tagger, d->tagger->num_word, R_ALL) > 0;
    if (cm->num_has) records_cand(d->tagger, d->tagger->num_word, R_ALL, &cm->num_c);
    for (size_t q = 0; q < UM_SLOTS; q++) cm->unk[q].n = 0;
    cm->s_word = acta_intern_find(&d->words, "'s", 2);
    cm->either_word = acta_intern_find(&d->words, "either", 6);
    for (int k = 0; k < 256; k++) {
      cm->closed_class[k] = (uint8_t)closed_pos(k);
      cm->open_class[k] = (uint8_t)open_pos(k);
    }
    for (int p = 0; p < PT_COUNT; p++)
      for (int q = 0; q < PT_COUNT; q++) cm->into[q][p] = d->tagger->trans[p][q];
    cm->model = d->tagger;
    cm->dict = d;
  }
  /* a sentence of one window (every sentence the tokenizer splits) has
   * its candidates drawn in the first pass; a longer run's, window by
   * window */
  size_t words = 0;
  int one = last - first <= WINDOW, either = 1;
  int nocase = one ? cand_pass(d, t, first, last, cm, c, own, &words, &either)
                   : first_pass(d, t, first, last);
  for (uint32_t w0 = first; w0 < last; w0 += WINDOW) {
    uint32_t w1 = last - w0 > WINDOW ? w0 + WINDOW : last;
    if (!one) window_cands(d, t, w0, w1, first, last, nocase, cm, c, own);
    float sc = viterbi_plain(d->tagger, (const float (*)[PT_COUNT])cm->into, c, w1 - w0, prev, penn);
    if (one && wants_verb(t, first, last, penn, words)) {
      /* a sentence without a finite verb: the best reading with one,
       * unless it is far less likely ("Ukraine cut ties with Iran.", "EU
       * and UN hand over badly needed food ...") */
      uint8_t alt[WINDOW];
      if (viterbi_verb(d->tagger, c, w1 - w0, prev, alt) > sc - VERB_MARGIN)
        memcpy(penn, alt, w1 - w0);
    }
    if (w0 == first)
      for (uint32_t i = w0; i < w1; i++) {
        if (headline_particle_verb(d, t, first, w1, i, penn)) {
          penn[i - w0] = PT_VBP;
          break;
        }
        /* past a token that can be no part of the subject, no verb is
         * one (headline_particle_verb would say no to every later one) */
        if (!headline_subject_tag(t, i, penn[i - w0])) break;
      }
    /* speed16: one pass sets the infinitives after "to either" and writes
     * the tags (either_infinitive reads penn, and the tokens' words, not
     * their tags; it changes the tag before i, already written).
     * speed34a: only in a sentence with a word that may be "either"; the
     * tags of a sentence of one window are written by class_pass */
    if (either)
      for (uint32_t i = w0; i < w1; i++) {
        if (either_infinitive(d, t, w0, w1, i, penn)) {
          penn[i - w0] = PT_VB;
          penn[i - 1 - w0] = PT_RB;
          t->v[i - 1].penn = PT_RB;
        }
        if (!one) t->v[i].penn = penn[i - w0];
      }
    prev = penn[w1 - w0 - 1];
  }
  class_pass(d, t, first, last, one ? penn : NULL, one ? c : NULL, cm);
}
