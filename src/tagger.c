/* SPDX-License-Identifier: MIT */
/* tagger.c: closed-class word lists and a part-of-speech guess from
 * WordNet facts, word shape and the neighbouring words, good enough to find
 * noun phrases and verb groups. */
#include "dict.h"

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

static int ends_with(const char *s, size_t n, const char *suf) {
  size_t l = strlen(suf);
  return n >= l && memcmp(s + n - l, suf, l) == 0;
}

/* Closed-class tag of a token, or P_NONE. */
static int closed_tag(const acta_dict *d, const acta_token *tk) {
  if (tk->word == ACTA_NO_WORD) return P_NONE;
  switch (d->info[tk->word].closed) {
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

void acta_tag(const acta_dict *d, acta_tokens *t, uint32_t first,
              uint32_t last) {
  for (uint32_t i = first; i < last; i++) {
    acta_token *tk = &t->v[i];
    const char *s = acta_tok_norm(t, i);
    size_t n = tk->norm_len;
    if (tk->kind == TK_PUNCT) {
      tk->tag = (tk->punct == '\'' && i > first && t->v[i - 1].end == tk->start &&
                 ends_with(acta_tok_norm(t, i - 1), t->v[i - 1].norm_len, "s"))
                    ? P_POSS : P_PUNCT;
      continue;
    }
    if (tk->kind == TK_NUM) { tk->tag = P_NUM; continue; }
    if (tk->lock) { tk->tag = tk->lock; continue; }
    if (n == 2 && s[0] == '\'' && s[1] == 's') { tk->tag = P_POSS; continue; }
    int ct = closed_tag(d, tk);
    const acta_token *prev = i > first ? &t->v[i - 1] : NULL;
    int ptag = prev ? prev->tag : P_NONE;
    if (ct != P_NONE) {
      tk->tag = (uint8_t)ct;
      /* "that" after a noun is a relative/determiner; keep P_THAT */
      /* "may" capitalised mid-sentence is the month */
      if (ct == P_MODAL && (tk->flags & TF_CAP) && !(tk->flags & TF_SENT_START))
        tk->tag = P_PROPN;
      /* "at least", "at most": a quantifier, not a preposition phrase */
      if (ct == P_PREP && !strcmp(s, "at") && i + 1 < last) {
        const char *nx = acta_tok_norm(t, i + 1);
        if (!strcmp(nx, "least") || !strcmp(nx, "most")) {
          tk->tag = P_ADV;
          t->v[i + 1].lock = P_ADV;
        }
      }
      /* floating quantifier: "Moscow and Tehran both denied" */
      if (ct == P_DET && (ptag == P_NOUN || ptag == P_PROPN || ptag == P_PRON) &&
          (!strcmp(s, "both") || !strcmp(s, "all") || !strcmp(s, "each")))
        tk->tag = P_ADV;
      /* "US" upper case is the country, not the pronoun */
      if (ct == P_PRON && (tk->flags & TF_ALLCAPS)) tk->tag = P_PROPN;
      /* "out", "off" after a verb are particles */
      if (ct == P_PREP && ptag == P_VERB &&
          (strcmp(s, "out") == 0 || strcmp(s, "off") == 0))
        tk->tag = P_ADV;
      continue;
    }
    uint8_t f = tk->word != ACTA_NO_WORD ? d->info[tk->word].flags : 0;
    int verbish = tk->vlemma != ACTA_NO_WORD;
    int nounish = tk->nlemma != ACTA_NO_WORD || (f & WF_NOUN);
    int adjish = (f & WF_ADJ) != 0;
    int sent_start = (tk->flags & TF_SENT_START) ||
                     (prev && prev->kind == TK_PUNCT && prev->punct == '"' &&
                      i == first + 1);
    if ((tk->flags & TF_CAP) && !sent_start) {
      tk->tag = P_PROPN;
      continue;
    }
    if ((tk->flags & TF_CAP) && sent_start && !verbish && !nounish && !adjish &&
        !(f & WF_ADV)) {
      tk->tag = P_PROPN;
      continue;
    }
    if ((tk->flags & TF_ALLCAPS) && n <= 5) { tk->tag = P_PROPN; continue; }
    if (ends_with(s, n, "ly") && (f & WF_ADV) && !nounish) { tk->tag = P_ADV; continue; }
    if (!verbish) {
      if (nounish) tk->tag = P_NOUN;
      else if (adjish) tk->tag = P_ADJ;
      else if (f & WF_ADV) tk->tag = P_ADV;
      else tk->tag = P_NOUN;
      /* adjectives before a noun-like word */
      if (tk->tag == P_NOUN && adjish && !nounish) tk->tag = P_ADJ;
      continue;
    }
    /* a verb form: decide verb vs noun/adjective from context */
    int ed = ends_with(s, n, "ed") ||
             (tk->word != ACTA_NO_WORD && d->info[tk->word].vexc != ACTA_NO_WORD &&
              !ends_with(s, n, "s"));
    int ing = ends_with(s, n, "ing");
    int sform = ends_with(s, n, "s") && !ends_with(s, n, "ss");
    int tag = P_VERB;
    if (ed && adjish && i + 1 < last && closed_tag(d, &t->v[i + 1]) == P_NONE &&
        t->v[i + 1].kind == TK_WORD && t->v[i + 1].nlemma != ACTA_NO_WORD &&
        (t->v[i + 1].vlemma == ACTA_NO_WORD ||
         t->v[i + 1].nlemma != t->v[i + 1].word) &&
        (ptag == P_VERB || ptag == P_PREP || ptag == P_NONE || i == first)) {
      /* "armed separatists", "wounded soldiers": an adjective before a
       * noun (but "police armed the militia" keeps its verb) */
      tag = P_ADJ;
    } else if ((ptag == P_DET || ptag == P_POSS) && (ed || ing)) {
      /* "the detained activists", "the ruling party" */
      tag = (ing && nounish) ? P_NOUN : P_ADJ;
      if (ed && nounish && !adjish && i + 1 < last &&
          closed_tag(d, &t->v[i + 1]) != P_NONE)
        tag = P_NOUN; /* "the wounded were ..." */
    } else if (!nounish && !adjish) {
      tag = P_VERB;
    } else if (ptag == P_DET || ptag == P_POSS || ptag == P_ADJ ||
               ptag == P_NUM) {
      tag = ed && adjish && !nounish ? P_ADJ : (nounish ? P_NOUN : P_ADJ);
      if (ed && ptag == P_DET) tag = adjish ? P_ADJ : P_NOUN;
    } else if (ptag == P_TO || ptag == P_MODAL || ptag == P_NEG ||
               ptag == P_AUX || ptag == P_PRON) {
      tag = P_VERB;
    } else if (ptag == P_PREP) {
      tag = ing ? P_VERB : P_NOUN;
    } else if (ed) {
      tag = P_VERB;
    } else if (ing) {
      /* "..., killing", "as saying", "while fleeing" */
      tag = (ptag == P_NOUN || ptag == P_PROPN || ptag == P_PUNCT ||
             ptag == P_CONJ || ptag == P_NONE || ptag == P_ADV || ptag == P_WH ||
             ptag == P_SUBORD)
                ? P_VERB : P_NOUN;
    } else if (sform) {
      /* "Iran denies", but "the protests", "police forces" */
      tag = (ptag == P_PROPN || ptag == P_NOUN || ptag == P_WH ||
             ptag == P_ADV)
                ? P_VERB : P_NOUN;
      if (tag == P_VERB && i + 1 < last) {
        const acta_token *nx = &t->v[i + 1];
        if (nx->vlemma != ACTA_NO_WORD && nx->kind == TK_WORD &&
            ends_with(acta_tok_norm(t, i + 1), nx->norm_len, "ed"))
          tag = P_NOUN; /* "police forces attacked" */
      }
    } else {
      /* base form: verb after a subject-like word, else noun */
      tag = (ptag == P_PROPN || ptag == P_NOUN || ptag == P_WH ||
             ptag == P_ADV || ptag == P_CONJ)
                ? P_VERB : P_NOUN;
      if (ptag == P_CONJ && i >= first + 2 && t->v[i - 2].tag == P_ADJ)
        tag = P_NOUN;
      if (ptag == P_NONE || (prev && prev->kind == TK_PUNCT))
        tag = nounish ? P_NOUN : P_VERB;
    }
    /* "a police station in": a noun/verb word after a determined noun and
     * before a preposition or punctuation is a compound noun */
    if (tag == P_VERB && nounish && !ed && !ing &&
        (ptag == P_NOUN || ptag == P_PROPN) &&
        i >= first + 2) {
      int pp = t->v[i - 2].tag;
      int nt = i + 1 < last ? closed_tag(d, &t->v[i + 1]) : P_PUNCT;
      if ((pp == P_DET || pp == P_POSS || pp == P_ADJ || pp == P_NUM) &&
          (nt == P_PREP || nt == P_PUNCT || nt == P_CONJ || nt == P_TO ||
           (i + 1 < last && t->v[i + 1].kind == TK_PUNCT)))
        tag = P_NOUN;
    }
    /* a noun/verb word right before a clear verb form is a noun: "the
     * rights group said", "police forces attacked" */
    if (tag == P_VERB && nounish && !ed && !ing && i + 1 < last) {
      const acta_token *nx = &t->v[i + 1];
      if (nx->kind == TK_WORD && nx->vlemma != ACTA_NO_WORD &&
          nx->nlemma == ACTA_NO_WORD && closed_tag(d, nx) == P_NONE)
        tag = P_NOUN;
    }
    tk->tag = (uint8_t)tag;
  }
}
