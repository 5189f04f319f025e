/* SPDX-License-Identifier: MIT */
/* code.c: the coder's driver.  acta_code_article reads an article in two
 * passes over its sentences, then finishes the article:
 *
 *   tokens, sentences (tokenize.c), a parse's tags and phrases (treebank.c)
 *   pass 1, each sentence: dictionary phrases, tags (tagger.c; a headline
 *     in title case is not coded), actor mentions (mentions.c), verb
 *     groups (clauses.c), links between mentions, nearest countries
 *   places of the article (event_places.c), its main country
 *   pass 2, each sentence (code_sentence): reporting frames (claims.c),
 *     subjects (clauses.c), events from verbs and event nouns
 *     (triggers.c), from figures (event_figures.c), statements (claims.c);
 *     each event's place, date (events.c) and evidence
 *   the article's events in text order (events.c), quotations over several
 *     sentences, disputes (claims.c), figures on events (event_figures.c),
 *     each event's PLOVER and ACLED categories (event_categories.c)
 *
 * Reads the article and the dictionaries; writes the coder's events.  The
 * stages share coder_internal.h; each is linear in the sentence (a sentence
 * is cut at 400 tokens) times small constants. */
#include "categories.h"
#include "coder_internal.h"
#include "poison.h"
#include "tagger_model.h"
#include "vocab.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The date acta_article_check accepted, as YYYYMMDD; 0 for none (no date or
 * an empty one).  speed37d: the check let through no other date than ten
 * bytes "YYYY-MM-DD" of digits and dashes (acta_valid_date), so its digits
 * are read as they stand, not checked again. */
static int date8(const char *s) {
  if (!s || !s[0]) return 0;
  int v = 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7) v = v * 10 + (s[i] - '0');
  return v;
}

/* Checks the article's text, tokenizes it and splits its sentences, and
 * readies the per-token maps.  -1 (with c->error) for a text that cannot be
 * coded. */
/* review12: w->sent_nl, the line breaks of text before each sentence's
 * start and end: one pass over the text. */
static void count_line_breaks(struct acta_work *w, const char *text) {
  GROW(w->sent_nl, 2 * w->nsents + 1, w->cap_sent_nl);
  /* speed34b: a text with no line break before its last sentence's end
   * (a one-sentence record, the most) is read once */
  if (w->nsents && !memchr(text, '\n', w->sents[w->nsents - 1].end)) {
    memset(w->sent_nl, 0, 2 * w->nsents * sizeof *w->sent_nl);
    return;
  }
  uint32_t nl = 0, b = 0;
  for (size_t i = 0; i < w->nsents; i++) {
    for (int side = 0; side < 2; side++) {
      uint32_t to = side ? w->sents[i].end : w->sents[i].start;
      for (const char *p = text + b, *e = text + to; (p = memchr(p, '\n', (size_t)(e - p)));
           p++)
        nl++;
      b = to;
      w->sent_nl[2 * i + (size_t)side] = nl;
    }
  }
}

static int start_article(acta_coder *c, const acta_article *a) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  c->nevents = 0;
  c->nsentences = 0;
  c->nsums = 0; /* speed43a: an article the gate turns away has none */
  w->ev_sentence = -1; /* no sentence's events indexed (acta_emit) */
  w->pf_valid = 0;      /* match.c's word filter is the last article's */
  w->used_marks = 0;    /* no TF_USED set (code_sentence) */
  w->nsurname_places = w->nbare_places = 0; /* persons16: the last article's */
  w->nlocal_places = 0;                     /* places24: the last article's */
  w->nother_surnames = 0;                   /* actors32: the last article's */
  w->held_crm_end = UINT32_MAX;             /* prec41c: no criminal held yet */
  w->held_crm_passive = UINT32_MAX;         /* mend41c */
  w->rt_ready = w->cm_ready = w->vc_ready = w->cs_ready = w->ag_ready = 0; /* the per-sentence reads too */
  /* groups16: no unnamed group, named group or other body yet */
  w->grp_block_set = w->grp_other_set = 0;
  for (int k = 0; k < 3; k++) {
    w->grp_last[k] = NO;
    w->grp_several[k] = 0;
  }
  c->error[0] = '\0';
  if (acta_article_check(c, a) != 0) return -1;
  c->cur_text = a->text;
  w->cur_text = a->text;
  w->date = date8(a->date);
  acta_copy_str(w->date_str, sizeof w->date_str, w->date ? a->date : "");
  acta_tokenize(d, a->text, a->text_len, &w->toks);
  acta_unpoison(w->sents, w->cap_sents, sizeof *w->sents);
  w->nsents = acta_split_sentences(d, &w->toks, &w->sents, &w->cap_sents);
  acta_then_titles(d, &w->toks);
  acta_poison_tail(w->sents, w->nsents, w->cap_sents, sizeof *w->sents);
  c->nsentences = w->nsents;
  count_line_breaks(w, a->text);
  size_t nt = w->toks.n;
  acta_unpoison(w->tok_ment, w->cap_tok, sizeof *w->tok_ment);
  acta_unpoison(w->tok_vg, w->cap_tok, sizeof *w->tok_vg);
  acta_unpoison(w->tok_scope, w->cap_tok, sizeof *w->tok_scope);
  acta_unpoison(w->tok_cend, w->cap_tok, sizeof *w->tok_cend);
  if (nt + 1 > w->cap_tok) {
    size_t cap = w->cap_tok ? w->cap_tok : 1024;
    while (cap < nt + 1) cap *= 2;
    w->tok_ment = realloc(w->tok_ment, cap * sizeof *w->tok_ment);
    w->tok_vg = realloc(w->tok_vg, cap * sizeof *w->tok_vg);
    w->tok_scope = realloc(w->tok_scope, cap * sizeof *w->tok_scope);
    w->tok_cend = realloc(w->tok_cend, cap * sizeof *w->tok_cend);
    if (!w->tok_ment || !w->tok_vg || !w->tok_scope || !w->tok_cend) abort();
    w->cap_tok = cap;
  }
  w->cw = d->coder_words;
  for (size_t i = 0; i < nt; i++) w->tok_ment[i] = NO;
  for (size_t i = 0; i < nt; i++) w->tok_vg[i] = NO;
  for (size_t i = 0; i < nt; i++) w->tok_scope[i] = NO;
  /* in locals: the ids stored are uint32_t, as the tokens' fields are */
  const acta_token *tv = w->toks.v;
  const acta_coder_words *cw = w->cw;
  /* speed35f: the tokenizer gave most tokens their coder word id with
   * their word id, from its memo (acta_tokens.cw); the others
   * (ACTA_CW_UNSET: numbers, words of other shapes, "then-" words), which
   * it lists (acta_tokens.unset), are looked up here, in place (speed31b's
   * TS_NOCW, a word the memo found no coder word, is this id) */
  uint32_t *tok_cw = w->toks.cw;
  w->tok_cw = tok_cw;
  for (size_t k = 0; k < w->toks.nunset; k++) {
    uint32_t i = w->toks.unset[k];
    if (tok_cw[i] != ACTA_CW_UNSET) continue;
    tok_cw[i] = acta_coder_word_of_token(cw, d, tv[i].word, norm(w, i), tv[i].norm_len);
  }
  /* review15: under ASan, no token's entry past the last is read */
  acta_poison_tail(w->tok_ment, nt, w->cap_tok, sizeof *w->tok_ment);
  acta_poison_tail(w->tok_vg, nt, w->cap_tok, sizeof *w->tok_vg);
  acta_poison_tail(w->tok_scope, nt, w->cap_tok, sizeof *w->tok_scope);
  acta_poison_tail(w->tok_cend, nt, w->cap_tok, sizeof *w->tok_cend);
  w->mp_named = 0; /* found when first asked (mentions.c) */
  w->ministry_jud = 0;
  w->art_year = w->date ? 0 : acta_latest_year(w, 0, (uint32_t)nt);
  GROW(w->sent_ment, w->nsents + 1, w->cap_sent_ment);
  w->nments = 0;
  w->nvgs = 0;
  /* review18: nor a mention's or a verb group's past the last
   * (GROW_POISONED) */
  acta_unpoison(w->ments, w->cap_ments, sizeof *w->ments);
  acta_poison_tail(w->ments, 0, w->cap_ments, sizeof *w->ments);
  acta_unpoison(w->vgs, w->cap_vgs, sizeof *w->vgs);
  acta_poison_tail(w->vgs, 0, w->cap_vgs, sizeof *w->vgs);
  w->last_src = NO;
  w->last_src_sent = -2;
  w->nfigs = 0;
  w->keds = d->keds_only;
  return 0;
}

/* A parse given with the article: its tags laid over the tokens, the
 * leaves and tokens of each other, each node's nearest noun phrase before
 * it (w->have_parse). */
static void read_parse(acta_coder *c, const acta_article *a) {
  struct acta_work *w = c->work;
  size_t nt = w->toks.n;
  w->have_parse = 0;
  if (!(a->parse && a->parse_len && nt)) return;
  acta_treebank_read(&w->tb, a->parse, a->parse_len);
  GROW(w->tok_ptb, nt, w->cap_tok_ptb);
  GROW(w->tok_leaf, nt, w->cap_tok_leaf);
  acta_treebank_tags(&w->tb, a->text, &w->toks, 0, (uint32_t)nt, w->tok_ptb,
                     w->tok_leaf);
  GROW(w->leaf_tok, w->tb.nleaves, w->cap_leaf_tok);
  for (size_t L = 0; L < w->tb.nleaves; L++) w->leaf_tok[L] = NO;
  for (size_t q = 0; q < nt; q++)
    if (w->tok_leaf[q] >= 0) w->leaf_tok[w->tok_leaf[q]] = (int32_t)q;
  if (w->tb.n > w->cap_np) {
    w->cap_np = w->tb.n;
    w->np_before = realloc(w->np_before, w->cap_np * sizeof *w->np_before);
    w->np_scratch = realloc(w->np_scratch, w->cap_np * sizeof *w->np_scratch);
    if (!w->np_before || !w->np_scratch) abort();
  }
  acta_treebank_np_before(&w->tb, w->np_before, w->np_scratch);
  w->have_parse = 1;
}

/* The parse's open-class tags replace the tagger's guesses among open
 * classes (closed-class words keep acta's finer categories). */
static void parse_tags(struct acta_work *w, const acta_sentence *s) {
  for (uint32_t q = s->first; q < s->last; q++) {
    acta_token *tk = &w->toks.v[q];
    uint8_t t = w->tok_ptb[q];
    if (!t || tk->kind != TK_WORD || tk->lock) continue;
    /* a capital inside the sentence is a name even if the parser says
     * common noun ("from Barad-dur") */
    if (tk->tag == P_PROPN && t == P_NOUN && (tk->flags & TF_CAP) &&
        !(tk->flags & TF_SENT_START))
      continue;
    if (tk->tag == P_VERB || tk->tag == P_NOUN || tk->tag == P_PROPN ||
        tk->tag == P_ADJ || tk->tag == P_ADV ||
        (tk->tag == P_DET && t == P_ADV)) /* "most certainly" */
      tk->tag = t;
  }
}

/* What the first pass gathers over the article's sentences. */
typedef struct article_pass {
  char codes[64][4];        /* countries its mentions name (no agency's) */
  int counts[64], ncodes;   /* and how often */
  char home_codes[64][4];   /* sources18: the same but a gang's or an armed
                               group's (for the article's country) */
  int home_counts[64], nhome_codes;
  char state_codes[64][4];  /* country27: the same by the country's own
                               name or its state (acta_state_role) */
  int state_counts[64], nstate_codes;
  char people_codes[64][4]; /* prec45b: the same by a person or group of
                               the country by role alone ("a Guatemalan
                               trafficker", "Venezuelan citizens"), no
                               state's role, no named group's, no firm's
                               (firms work abroad) */
  int people_counts[64], npeople_codes;
  char charged_codes[64][4]; /* mend45b: the same of those the state
                               indicts or deports: criminals, armed groups,
                               migrants and deportees ("a Guatemalan
                               trafficker", "Salvadoran deportees"), not
                               its victims or visitors ("Mexican workers
                               and students were among the dead") */
  int charged_counts[64], ncharged_codes;
  char dateline_country[4]; /* a country word of the dateline */
  size_t *sent_vg;          /* first verb group of each sentence (+ end) */
  const acta_entry **discard; /* the discard phrase of each sentence, or NULL */
  unsigned char *headline;  /* a sentence that is a headline in title case */
} article_pass;

/* The index of country cc in codes[0..n), or -1. */
static int country_index(char (*codes)[4], int n, const char *cc) {
  for (int i = 0; i < n; i++)
    if (acta_code_eq(codes[i], cc)) return i;
  return -1;
}

static void count_country(char (*codes)[4], int *counts, int *n, const char *cc) {
  int i = country_index(codes, *n, cc);
  if (i >= 0) { counts[i]++; return; }
  if (*n >= 64) return;
  memcpy(codes[*n], cc, 4);
  counts[*n] = 1;
  (*n)++;
}

/* Pass 1 over sentence si, its first half: dictionary phrases (a discard
 * phrase discards the sentence), tags (the parse's over the tagger's; a
 * headline in title case is not coded) and the tag stages.  read_sentence
 * does the rest. */
static void tag_sentence(acta_coder *c, size_t si, article_pass *ap) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = &w->sents[si];
  ap->discard[si] = acta_match_phrases(d, w, s);
  /* "the Juarez and Sinaloa cartels": each name with the shared head
   * (targets25b) */
  if (!d->keds_only) acta_shared_head_matches(d, w, s);
  acta_tag(d, &w->toks, s->first, s->last);
  /* a headline in title case is not coded: its grammar (no articles, no
   * auxiliaries, passives without agent) is not the body's, which reports
   * the same news */
  ap->headline[si] = !w->have_parse &&
                     acta_title_case(d, &w->toks, s->first, s->last);
  /* nouns36: verbs the sentence's shape says are not (tag_fixes.c) */
  if (!w->have_parse && !d->keds_only && !ap->headline[si])
    acta_tag_fixes(&w->toks, s->first, s->last, w->cw->l_help);
  /* prec47c: a list of past forms takes one tag (verb_lists.c) */
  if (!w->have_parse && !d->keds_only && !ap->headline[si]) acta_verb_lists(w, s);
  if (w->have_parse) parse_tags(w, s);
  if (d->keds_only && !w->have_parse) acta_tabari_verbs(d, w, s);
  acta_help_verbs(d, w, s);
  /* prec37d: "suspected members", "alleged leaders" (claim_participles.c) */
  if (!w->have_parse && !d->keds_only && !ap->headline[si]) acta_claim_participles(d, w, s);
}

/* Pass 1 over sentence si after tag_sentence: actor mentions (KEDS: and
 * new actors), verb groups, links between the mentions, a name's several
 * codes, bare roles' nearest countries; the countries it names and the
 * dateline's. */
static void read_sentence(acta_coder *c, size_t si, article_pass *ap) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = &w->sents[si];
  w->sent_ment[si] = w->nments;
  acta_find_mentions(d, w, s, ap->headline[si]);
  if (d->keds_only) acta_new_actors(w, s, w->sent_ment[si]);
  if (d->tabari) acta_tabari_null_actors(w, w->sent_ment[si]);
  if (d->tabari) acta_tabari_pronouns(w, s, w->sent_ment[si]);
  ap->sent_vg[si] = w->nvgs;
  acta_find_vgroups(d, w, s);
  acta_shared_negation(d, w, s, ap->sent_vg[si]); /* invented34 */
  acta_link_mentions(d, w, w->sent_ment[si], w->nments, s);
  if (d->tabari) acta_tabari_compounds(w, s, w->sent_ment[si], w->nments);
  acta_split_multi_codes(w, w->sent_ment[si]);
  acta_near_countries(w, w->sent_ment[si], w->nments, s);
  if (!d->keds_only) acta_group_note(w, w->sent_ment[si], w->nments);
  /* prec45c: "the two men" after two gang members counted (people_refs.c) */
  if (!d->keds_only && si > 0 && !ap->headline[si])
    acta_people_refs(w, w->sent_ment[si], w->nments, w->sent_ment[si - 1], w->sent_ment[si],
                     w->sents[si - 1].first, w->sents[si - 1].last);
  /* the countries named, not a news agency's nor where something goes
   * ("cocaine bound for Belgium"), nor an envoy's (roles17: "the Mexican
   * ambassador" stands abroad) */
  for (size_t m = w->sent_ment[si]; m < w->nments; m++)
    if (w->ments[m].country[0] && !acta_code_eq(w->ments[m].role, "MED") &&
        !w->ments[m].group_ref && !acta_envoy_mention(w, &w->ments[m]) &&
        !acta_embassy_mention(w, &w->ments[m]) &&
        !acta_destination_mention(w, &w->ments[m], s) &&
        !acta_country_thing_mention(w, &w->ments[m])) {
      count_country(ap->codes, ap->counts, &ap->ncodes, w->ments[m].country);
      /* sources18: and apart, all but gangs' and armed groups' */
      if (!acta_armed_group_role(w->ments[m].role))
        count_country(ap->home_codes, ap->home_counts, &ap->nhome_codes, w->ments[m].country);
      if (!w->ments[m].role[0] || acta_state_role(w->ments[m].role))
        count_country(ap->state_codes, ap->state_counts, &ap->nstate_codes, w->ments[m].country);
      else if (strlen(w->ments[m].code) == 6 && !acta_code_eq(w->ments[m].role, "BUS")) {
        count_country(ap->people_codes, ap->people_counts, &ap->npeople_codes,
                      w->ments[m].country);
        if (acta_armed_group_role(w->ments[m].role) || acta_code_eq(w->ments[m].role, "REF"))
          count_country(ap->charged_codes, ap->charged_counts, &ap->ncharged_codes,
                        w->ments[m].country);
      }
    }
  if (si == 0 && s->first < w->toks.n && (w->toks.v[s->first].flags & TF_DATELINE)) {
    /* the dateline's country: a country word in it */
    for (uint32_t q = s->first; q < s->last && (w->toks.v[q].flags & TF_DATELINE); q++) {
      const acta_entry *e;
      uint32_t len = acta_longest_phrase(d, w, q, s->last, &e, NULL);
      if (len && e->country[0]) { memcpy(ap->dateline_country, e->country, 4); break; }
    }
  }
}

/* sources18: how many of the article's places, not where someone comes
 * from, lie in country cc? */
static int places_in(const struct acta_work *w, const char *cc) {
  int n = 0;
  for (size_t k = 0; k < w->nplaces; k++)
    if (w->place_use[k] && w->place_use[k] != PLACE_ORIGIN && acta_code_eq(w->places[k].country, cc))
      n++;
  return n;
}

/* country27: how often codes[0..n) counts country cc (0 if not there). */
static int count_of(char (*codes)[4], const int *counts, int n, const char *cc) {
  int i = country_index(codes, n, cc);
  return i >= 0 ? counts[i] : 0;
}

/* The index of the largest of counts[0..n) (the first of equals), or -1. */
static int most_named(const int *counts, int n) {
  int best = -1;
  for (int i = 0; i < n; i++)
    if (best < 0 || counts[i] > counts[best]) best = i;
  return best;
}

/* How many countries a tally of the article's places keeps apart (more:
 * places_in counts them). */
#define PLACE_COUNTRIES 64

/* mend37ab: how many of the article's places, not where someone comes
 * from, lie in each country, counted in one pass (placeless_best and
 * country27 ask it of every country the article names). */
typedef struct place_tally {
  char codes[PLACE_COUNTRIES][4];
  int counts[PLACE_COUNTRIES], n;
  int full; /* a country past PLACE_COUNTRIES was not kept */
} place_tally;

static void tally_places(const struct acta_work *w, place_tally *t) {
  t->n = 0;
  t->full = 0;
  for (size_t k = 0; k < w->nplaces; k++) {
    const char *cc = w->places[k].country;
    if (!w->place_use[k] || w->place_use[k] == PLACE_ORIGIN || !cc[0]) continue;
    int i = country_index(t->codes, t->n, cc);
    if (i >= 0) t->counts[i]++;
    else if (t->n < PLACE_COUNTRIES) memcpy(t->codes[t->n], cc, 4), t->counts[t->n++] = 1;
    else t->full = 1;
  }
}

/* places_in(w, cc), read from the tally. */
static int tallied_places(const struct acta_work *w, const place_tally *t, const char *cc) {
  if (t->full && country_index((char (*)[4])t->codes, t->n, cc) < 0) return places_in(w, cc);
  return count_of((char (*)[4])t->codes, t->counts, t->n, cc);
}

/* The index among codes[0..n) (not skip) of a country named at least
 * min_count times (counts) where at least min_places of the article's
 * places, and more than `over`, lie: of these the one with most places
 * (by_places) or the one named most, the first of equals; -1 if none.
 * *places gets its places. */
static int pick_country(const struct acta_work *w, const place_tally *t, char (*codes)[4],
                        const int *counts, int n, int skip, int min_count, int min_places,
                        int over, int by_places, int *places) {
  int pick = -1;
  *places = 0;
  for (int i = 0; i < n; i++) {
    if (i == skip || counts[i] < min_count) continue;
    if (!by_places && pick >= 0 && counts[i] <= counts[pick]) continue;
    int p = tallied_places(w, t, codes[i]);
    if (p < min_places || p <= over || (by_places && p <= *places)) continue;
    pick = i;
    *places = p;
  }
  return pick;
}

/* prec37a: how many of the article's places at most may lie in the
 * country named most for placeless_best to look past it. */
#define PLACELESS_BEST_PLACES 2

/* prec37a: the country named most (index best) where almost none of the
 * article's places lie (PLACELESS_BEST_PLACES at most) is what the story
 * talks about, not where it is, when another country is named at least two
 * thirds as often and at least three places, over twice as many, lie
 * there ("US Aid to El Salvador": the United States named 21 times, no
 * place of it, El Salvador 14 times and 5 of its places): the one of these
 * with most places is the article's.  Returns 1 when it changed
 * w->art_country.  (country27 asks more of the state's own mentions; the
 * foreign state that funds, indicts or reports is named as a state too.) */
static int placeless_best(struct acta_work *w, const article_pass *ap, const place_tally *t,
                          int best) {
  int p_best = tallied_places(w, t, ap->codes[best]);
  if (p_best > PLACELESS_BEST_PLACES) return 0;
  /* (named at least two thirds as often: 3 * count >= 2 * best's) */
  int pick_places;
  int pick = pick_country(w, t, (char (*)[4])ap->codes, ap->counts, ap->ncodes, best,
                          (2 * ap->counts[best] + 2) / 3, 3, 2 * p_best, 1, &pick_places);
  if (pick < 0) return 0;
  acta_trace(w, "article country: %s, named %d times and %d places there, not %s, named %d times "
                "and %d places there\n",
             ap->codes[pick], ap->counts[pick], pick_places, ap->codes[best], ap->counts[best],
             p_best);
  memcpy(w->art_country, ap->codes[pick], 4);
  return 1;
}

/* prec45b: how many times at least, and what share of the country named
 * most (one in FOREIGN_COURT_SHARE), the people's country of
 * foreign_court_people is named. */
#define FOREIGN_COURT_NAMED 5
#define FOREIGN_COURT_SHARE 4
/* prec45b: how many of its people or groups by role at least the
 * people's country is named by. */
#define FOREIGN_COURT_PEOPLE 3
/* mend45b: how many of these at least are criminals, armed groups,
 * migrants or deportees (charged_codes): a story of the people a state
 * indicts or deports, not of its own crime's foreign victims. */
#define FOREIGN_COURT_CHARGED 2

/* prec45b: the country named most (index best) only by its state --
 * prosecutors, courts, agencies, the country's name; no more than one
 * person or group of it by role -- tells a story of another country's
 * people when it indicts, sanctions or deports them ("US prosecutors
 * charged a Guatemalan trafficker"; the court in Miami): the country
 * named most after it that people or groups of it by role are named of
 * ("Guatemalan traffickers") FOREIGN_COURT_PEOPLE times at least
 * (mend45b: FOREIGN_COURT_CHARGED of them criminals, armed groups,
 * migrants or deportees: a US shooting's "Mexican workers and students
 * among the dead" leave the gunman American), and
 * named at least FOREIGN_COURT_NAMED times and a FOREIGN_COURT_SHARE-th
 * as often as the state, is the people's (art_people_country): bare
 * people, gangs, parties and politicians -- all but the state's roles --
 * take it in its sentences (code.c sentence_context, events.c), beside
 * the state's prosecutors too.  A gang's country named by its name ("the
 * Zetas") is no such person's, nor a firm's (firms work abroad). */
static void foreign_court_people(struct acta_work *w, const article_pass *ap, int best) {
  const char *st = ap->codes[best];
  int n_people = count_of((char (*)[4])ap->people_codes, ap->people_counts, ap->npeople_codes, st);
  int n_state = count_of((char (*)[4])ap->state_codes, ap->state_counts, ap->nstate_codes, st);
  if (n_people > 1 || ap->counts[best] - n_state > 1) return;
  int pick = -1;
  for (int i = 0; i < ap->ncodes; i++) {
    if (i == best || ap->counts[i] < FOREIGN_COURT_NAMED ||
        FOREIGN_COURT_SHARE * ap->counts[i] < ap->counts[best] ||
        count_of((char (*)[4])ap->people_codes, ap->people_counts, ap->npeople_codes,
                 ap->codes[i]) < FOREIGN_COURT_PEOPLE ||
        count_of((char (*)[4])ap->charged_codes, ap->charged_counts, ap->ncharged_codes,
                 ap->codes[i]) < FOREIGN_COURT_CHARGED)
      continue;
    if (pick < 0 || ap->counts[i] > ap->counts[pick]) pick = i;
  }
  if (pick < 0) return;
  acta_trace(w, "article country: %s; its people %s's, named %d times (%s named by its state)\n",
             st, ap->codes[pick], ap->counts[pick], st);
  memcpy(w->art_people_country, ap->codes[pick], 4);
  w->people_over_state = 1;
}

/* The article's country (for bare roles with no country of their own):
 * the dateline's, else (no country named) the first place's, else the
 * dateline place's, else the country named most. */
static void article_country(struct acta_work *w, article_pass *ap) {
  char *dateline_country = ap->dateline_country;
  w->art_people_country[0] = '\0';
  w->people_over_state = 0;
  if (!ap->ncodes && !dateline_country[0])
    for (size_t k = 0; k < w->nplaces && !dateline_country[0]; k++)
      if (w->place_use[k]) memcpy(dateline_country, w->places[k].country, 4);
  if (!dateline_country[0] && w->has_dateline)
    memcpy(dateline_country, w->dateline.country, 4);
  if (dateline_country[0]) {
    memcpy(w->art_country, dateline_country, 4);
  } else {
    int best = most_named(ap->counts, ap->ncodes);
    if (best >= 0) memcpy(w->art_country, ap->codes[best], 4);
    else w->art_country[0] = '\0';
    /* sources18: a gang's or an armed group's country is where it comes
     * from ("Brazil's PCC" in a story of Bolivian towns): the country
     * named most but by such groups, when over twice as many of the
     * article's places (two at least) lie there */
    int home = most_named(ap->home_counts, ap->nhome_codes);
    if (best >= 0 && home >= 0 && !acta_code_eq(ap->home_codes[home], w->art_country)) {
      int n_home = places_in(w, ap->home_codes[home]);
      if (n_home >= 2 && n_home > 2 * places_in(w, w->art_country)) {
        acta_trace(w, "article country: %s, where its places lie, not %s, named by its gangs\n",
                   ap->home_codes[home], w->art_country);
        memcpy(w->art_country, ap->home_codes[home], 4);
        return;
      }
    }
    /* country27: a country named most by its people, firms, migrants and
     * gangs ("the Chinese mafia", "Chinese businesses" in a story of
     * Buenos Aires) is not where the story is when another's state is
     * named more and more of the article's places (two at least) lie
     * there: the one of these whose state is named most */
    if (best >= 0) {
      place_tally t;
      tally_places(w, &t);
      int s_best = count_of(ap->state_codes, ap->state_counts, ap->nstate_codes, w->art_country);
      int pick_places;
      int pick = pick_country(w, &t, ap->state_codes, ap->state_counts, ap->nstate_codes, -1,
                              s_best + 1, 2, tallied_places(w, &t, w->art_country), 0,
                              &pick_places);
      if (pick >= 0) {
        acta_trace(w, "article country: %s, its state named %d times and %d places there, not %s, "
                      "named most by others\n",
                   ap->state_codes[pick], ap->state_counts[pick], pick_places, w->art_country);
        memcpy(w->art_people_country, w->art_country, 4);
        memcpy(w->art_country, ap->state_codes[pick], 4);
        return;
      }
      if (placeless_best(w, ap, &t, best)) return;
      foreign_court_people(w, ap, best);
    }
    if (best >= 0)
      acta_trace(w, "article country: %s (named %d times)\n", w->art_country, ap->counts[best]);
  }
}

/* How many tokens into a sentence a place it opens with may start ("In
 * the northern state of Sinaloa, ..."). */
#define SCENE_OPENER_REACH 5

/* Does sentence si - 1 open by setting its scene ("In Costa Rica, ...",
 * "Across Honduras, ...": a "where" preposition first, a place within a
 * few words)?  Then writes that place's country to `country`. */
static void scene_opened_before(const struct acta_work *w, size_t si, char country[4]) {
  const acta_sentence *ps = &w->sents[si - 1];
  uint32_t t0 = ps->first;
  if (t0 >= ps->last || !tok_in(w, t0, WL_WHERE)) return;
  uint32_t reach = t0 + SCENE_OPENER_REACH < ps->last ? t0 + SCENE_OPENER_REACH : ps->last - 1;
  for (size_t k = w->sent_place[si - 1]; k < w->sent_place[si]; k++)
    if (w->place_use[k]) {
      if (w->places[k].start <= w->toks.v[reach].start) memcpy(country, w->places[k].country, 4);
      return;
    }
}

/* Is place p of sentence s a country where something goes, not where the
 * sentence's actors are: after "to", "toward", "via", "bound for"
 * (acta_destination_word), or the next of a list that began so ("money
 * moved to Panama, Costa Rica and the United States"); or a neighbour
 * across a border ("the border with Venezuela") or where drugs come
 * from ("cocaine from Brazil")?  A town after "to" is most often
 * travel at home ("driving to Guatemala City airport").  *list says
 * whether the place before was a destination; updated. */
static int elsewhere_place(const struct acta_work *w, const acta_sentence *s,
                           const acta_place *p, int *list, int state_at_home) {
  /* the place's first token; s->last when the place starts inside the
   * sentence's last token ("across-Australia"): then no token of the
   * sentence is at or after it, and acta_neighbour_place (which reads
   * token lo itself) is not asked */
  uint32_t lo = token_at(w, s, p->start);
  /* sources18: "in the neighboring Colombian state of Arauca":
   * the neighbour of where the sentence is; not when bare police, courts or
   * soldiers act in it ("police arrested him in neighboring Guatemala":
   * they act at home) */
  if (!state_at_home && lo < s->last && acta_neighbour_place(w, lo, s->first))
    return *list = 0, 1;
  /* prec39c: a town after "to" in another country than the article's
   * ("planning to smuggle the cash to New York" in a Peruvian story) is
   * where something goes, and so is the next town of its list (mend39c:
   * "to Miami, Houston and Dallas") */
  int town = strcmp(p->precision, "country") != 0;
  if (town && !(w->art_country[0] && !acta_code_eq(p->country, w->art_country))) {
    *list = 0;
    return 0;
  }
  if (acta_destination_word(w, lo, s->first)) return *list = 1;
  /* "the border with Venezuela", "cocaine from Brazil": a neighbour,
   * where drugs come from */
  uint32_t e = lo;
  while (e < s->last && w->toks.v[e].start < p->end) e++;
  if (!town && (acta_border_phrase(w, lo, e, s->first, s->last) ||
      acta_drug_origin(w, lo, s->first)))
    return *list = 0, 1;
  uint32_t b = lo;
  while (b > s->first && w->toks.v[b - 1].tag == P_DET) b--;
  *list = *list && b > s->first + 1 && (is_punct(w, b - 1, ',') || is_and_or(w, b - 1)) &&
          w->toks.v[b - 2].end <= p->start;
  return *list;
}

/* Is place p of sentence s named as lying in place q, a country ("La
 * Esperanza in southwest Honduras", "San Carlos, in northern Venezuela"):
 * q right after p, only "in", a comma, determiners and qualifiers
 * ("southwest", "the") between?  Then q's country is p's, whatever town of
 * the same name another country has. */
static int place_within(const struct acta_work *w, const acta_sentence *s,
                        const acta_place *p, const acta_place *q) {
  if (strcmp(q->precision, "country") != 0 || q->start < p->end) return 0;
  int saw_in = 0;
  for (uint32_t t = s->first; t < s->last && w->toks.v[t].start < q->start; t++) {
    if (w->toks.v[t].start < p->end) continue;
    if (is_word(w, t, w->cw->w_in)) saw_in = 1;
    else if (!is_punct(w, t, ',') && w->toks.v[t].tag != P_DET &&
             !acta_gazetteer_qualifier(w->toks.v[t].vocab))
      return 0;
  }
  return saw_in;
}

/* Is role (a C string) the three-letter role code lit?  strcmp's answer,
 * letter by letter: the tables below ask it of every mention. */
static int role3_is(const char *role, const char *lit) {
  return role[0] == lit[0] && role[0] && role[1] == lit[1] && role[1] &&
         role[2] == lit[2] && role[2] && !role[3];
}

/* actors19: is mention m a criminal group the dictionaries name with its
 * home ("the Gulf Cartel", "the Zetas": the entry's own country and CRM
 * role, a group code after them), no country word of the text's ("Honduras'
 * Valle Valle clan", "Colombian suppliers")?  Cartels and gangs work
 * abroad: their home is not where the sentence is. */
static int crm_group_home(const struct acta_work *w, const mention *m) {
  const acta_entry *e = m->entry;
  if (!e || !role3_is(m->role, "CRM") || !e->country[0] || !role3_is(e->role, "CRM") ||
      !acta_code_eq(e->country, m->country) || strlen(e->code) <= 6)
    return 0;
  /* a possessive ("Mexico's Sinaloa Cartel") or a capitalised adjective
   * ("the Mexican Zetas") may be the text's own country word */
  for (uint32_t q = m->first; q < m->last; q++)
    if (w->toks.v[q].tag == P_POSS ||
        (w->toks.v[q].tag == P_ADJ && (w->toks.v[q].flags & TF_CAP)))
      return 0;
  return 1;
}

/* prec40a: is mention m's country bound to its own phrase, not to where
 * the sentence is: the agent of a participle of backing ("agents backed by
 * the United States", "officers trained by Colombian police":
 * WL6_BACKER_PARTICIPLE; not "suspects captured by the Argentine customs
 * agency", whose agent acts where the sentence is), or criminals by their
 * nationality ("police hunted for three Colombian drug traffickers": a
 * gang's role with the text's country word, no group of the dictionaries)?
 * It gives the sentence's other bare roles no country: they take the
 * story's, as when the sentence names none. */
static int bound_country(const struct acta_work *w, const mention *m) {
  if (acta_participle_agent(w, m)) {
    uint32_t b = m->first;
    while (b > 0 && w->toks.v[b - 1].tag == P_DET) b--;
    if (tok_in6(w, b - 2, WL6_BACKER_PARTICIPLE)) return 1;
  }
  return role3_is(m->role, "CRM") && (!m->entry || !m->entry->country[0]);
}

/* Sentence si to code: its mentions and its country for bare roles (its
 * first place's, not a destination's; else its first actor's, not a
 * destination's nor private people's; else the place the sentence before
 * opens with; else the article's; else any actor's). */
static void sentence_context(const struct acta_work *w, size_t si, sent_ctx *sc) {
  memset(sc, 0, offsetof(sent_ctx, pending));
  sc->unreal_vg = NO;
  sc->s = &w->sents[si];
  sc->index = (int)si;
  sc->m0 = w->sent_ment[si];
  sc->m1 = w->sent_ment[si + 1];
  sc->country[0] = '\0';
  /* a named place ("in Amatitlan, the police arrested") says where the
   * sentence is, before the countries its actors come from */
  int list = 0, at_home = 0;
  for (size_t m = sc->m0; m < sc->m1 && !at_home; m++)
    at_home = w->ments[m].role_only && (acta_code_eq(w->ments[m].role, "COP") ||
                                        acta_code_eq(w->ments[m].role, "JUD") ||
                                        acta_code_eq(w->ments[m].role, "MIL"));
  sc->country_at = UINT32_MAX;
  for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1] && !sc->country[0]; k++)
    if (w->place_use[k] && !elsewhere_place(w, sc->s, &w->places[k], &list, at_home)) {
      memcpy(sc->country, w->places[k].country, 4);
      sc->country_at = token_at(w, sc->s, w->places[k].start);
      /* a place after "from" is where someone comes from ("groups from
       * Mexico"), not where the sentence is */
      sc->country_by_place = sc->country_at > sc->s->first &&
                                     is_word(w, sc->country_at - 1, w->cw->w_from)
                                 ? 2
                                 : 1;
      /* "La Esperanza in southwest Honduras": the country it lies in */
      if (k + 1 < w->sent_place[si + 1] &&
          place_within(w, sc->s, &w->places[k], &w->places[k + 1]))
        memcpy(sc->country, w->places[k + 1].country, 4);
      else
        sc->country_split = (uint8_t)acta_mixed_place_list(w, si, k);
    }
  /* a news agency's country ("AFP") is not where the news is, nor a
   * country where something goes ("money moved to Panama"), nor the
   * nationality of private people ("police arrested two Estonians",
   * "links between US companies and ..."), nor an embassy's state (it
   * stands abroad) */
  for (size_t m = sc->m0; m < sc->m1 && !sc->country[0]; m++)
    if (w->ments[m].country[0] && !w->ments[m].group_ref &&
        !acta_people_mention(w, &w->ments[m]) &&
        !acta_destination_mention(w, &w->ments[m], sc->s) &&
        !acta_no_scene_mention(w, &w->ments[m], sc->s) &&
        !acta_embassy_mention(w, &w->ments[m]) &&
        /* actors19: nor a criminal group's home ("police chiefs are blaming
         * the Gulf Cartel" in Guatemala): cartels and gangs work abroad */
        !crm_group_home(w, &w->ments[m]) && !bound_country(w, &w->ments[m])) {
      memcpy(sc->country, w->ments[m].country, 4);
      sc->country_at = w->ments[m].first;
    }
  /* none: the place the sentence before opens with ("In Costa Rica,
   * violence has caught authorities off guard.  ... the security minister
   * lamented"), where the story still is, before the article's country */
  sc->home[0] = '\0';
  if (si > 0) scene_opened_before(w, si, sc->home);
  if (!sc->home[0]) memcpy(sc->home, w->section_country, 4); /* prec41b */
  int home_is_article = !sc->home[0];
  if (home_is_article) memcpy(sc->home, w->art_country, 4);
  sc->people_country[0] = '\0';
  if (!sc->country[0]) {
    memcpy(sc->country, sc->home, 4);
    if (home_is_article) memcpy(sc->people_country, w->art_people_country, 4);
    sc->country_fallback = home_is_article && sc->country[0]; /* prec41b */
  }
  /* prec45b: "US prosecutors said the trafficker ...": the indicting
   * state's prosecutors or agencies set no people's country in a story of
   * another's people (foreign_court_people); a place of that state still
   * does ("police in Costa Rica detained two couriers") */
  if (w->people_over_state && home_is_article && acta_code_eq(sc->country, w->art_country) &&
      !sc->country_by_place)
    memcpy(sc->people_country, w->art_people_country, 4);
  /* roles17: not an envoy's ("soldiers attacked the Mexican
   * ambassador": an envoy stands abroad), nor (review18) a "the group"
   * naming a group named before, which counts no country */
  for (size_t m = sc->m0; m < sc->m1 && !sc->country[0]; m++)
    if (w->ments[m].country[0] && !w->ments[m].group_ref &&
        !acta_envoy_mention(w, &w->ments[m]))
      memcpy(sc->country, w->ments[m].country, 4);
  sc->country_ment = NO;
  for (size_t m = sc->m0; m < sc->m1 && sc->country_at != UINT32_MAX; m++)
    if (w->ments[m].first == sc->country_at) {
      sc->country_ment = (int32_t)m;
      break;
    }
}

/* Explanations: the sentence, its tokens with tags (acta's class, the
 * verb's lemma, the Penn tag), its actors with the dictionary lines they
 * came from. */
static void trace_sentence(acta_coder *c, const acta_article *a,
                           const sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  acta_trace(w, "sentence %d: %.*s\n", sc->index, (int)(s->end - s->start),
             a->text + s->start);
  for (uint32_t q = s->first; q < s->last; q++) {
    const acta_token *tk = &w->toks.v[q];
    acta_trace(w, "  %s/%s", norm(w, q), acta_pos_name(tk->tag));
    if (tk->vlemma != ACTA_NO_WORD && tk->tag == P_VERB)
      acta_trace(w, "[%s]", acta_intern_str(&d->words, tk->vlemma));
    if (acta_penn_name(tk->penn)) acta_trace(w, " %s", acta_penn_name(tk->penn));
    acta_trace(w, "\n");
  }
  for (size_t m = sc->m0; m < sc->m1; m++) {
    const mention *mm = &w->ments[m];
    if (mm->absorbed) continue;
    acta_trace(w, " actor \"%.*s\" = %s%s%s",
               (int)(w->toks.v[mm->last - 1].end - w->toks.v[mm->first].start),
               a->text + w->toks.v[mm->first].start, mm->code,
               mm->role_only ? " (role only)" : "",
               mm->next_in_group != NO ? " (compound)" : "");
    if (mm->entry) acta_trace(w, " [%s:%u]", d->files[mm->entry->file], mm->entry->line);
    acta_trace(w, "\n");
  }
}

/* Pass 2 over sentence sc (its verb groups are [vg0, vg1)): who reports
 * what, who does what, events from verbs, from event nouns, from figures,
 * then statements; then each event's place, date and evidence. */
static void code_sentence(acta_coder *c, sent_ctx *sc, size_t vg0, size_t vg1) {
  struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  sc->ev_before = c->nevents;
  w->ante_read = 0; /* acta_antecedent's reads are the sentence before's */
  if (!c->dict->keds_only) acta_possessive_members(w, (size_t)sc->index, sc->m0, sc->m1);
  if (!c->dict->keds_only) acta_institution_refs(w, sc->m0, sc->m1);
  if (!c->dict->keds_only) acta_leader_refs(w, sc->m0, sc->m1);
  acta_find_frames(c->dict, w, s, vg0, vg1);
  acta_clause_ends(w, s);
  acta_find_subjects(c, sc, vg0, vg1);
  if (c->dict->tabari) acta_tabari_clauses(c->dict, w, s);
  acta_code_verbs(c, sc, vg0, vg1);
  acta_code_event_nouns(c, sc);
  acta_sentence_figures(c, sc);
  acta_code_statements(c, sc);
  acta_armed_men_agree(c, sc); /* mend46c */
  acta_one_act(c, sc);
  acta_shared_targets(c, sc);
  /* speed44b: after every stage that adds or drops this sentence's events
   * (a stage that adds one below would lose the figures skipped here) */
  acta_owed_figures(c, sc);
  /* speed35f: only where a stage set one (w->used_marks) */
  if (w->used_marks)
    for (uint32_t i = s->first; i < s->last; i++) w->toks.v[i].flags &= (uint8_t)~TF_USED;
  w->used_marks = 0;
  acta_locate_events(c, (size_t)sc->index, sc->ev_before);
  acta_date_events(c, sc);
  acta_sentence_evidence(c, sc);
  if (!c->dict->keds_only) acta_note_held_person(c, sc); /* mend41b */
}

/* mend41c: note the end of sentence sc when one of the events it kept is
 * an arrest (173) of criminals (a CRM target), stated or claimed ("the
 * ministry claimed over a thousand were held"), or a plain passive
 * one was dropped for want of a source (w->held_crm_passive):
 * acta_suspect_target reads it in the next sentence.  Set from the events
 * kept, not while targets are found, so a negated, intended or dropped
 * arrest marks nothing and the order of a sentence's events does not
 * matter. */
static void note_held_criminals(acta_coder *c, const sent_ctx *sc) {
  if (c->work->held_crm_passive == sc->s->last) c->work->held_crm_end = sc->s->last;
  for (size_t e = sc->ev_before; e < c->nevents; e++) {
    const acta_event *ev = &c->events[e];
    if (!strncmp(ev->cameo, "173", 3) && ev->target.present && !strcmp(ev->target.role, "CRM") &&
        (ev->status == ACTA_ASSERTED || ev->status == ACTA_ALLEGED)) {
      c->work->held_crm_end = sc->s->last;
      return;
    }
  }
}

/* Is the subject of sentence si's first verb a state body by role (a
 * government, court, prosecutors, police, army, legislature or spy agency:
 * "Austrian federal prosecutors have passed on evidence ... in its soccer
 * investigation")?  States play no sport and trade no shares: a discard
 * phrase of a topic (discards.txt `@topic`: sport, markets, weather) in
 * such a sentence names what the state acts on.  A bare country ("Brazil
 * beat Argentina") is a team as often as a state; a frame (fiction, games,
 * figures of speech) discards whoever its subject is. */
static int state_body_subject(const struct acta_work *w, size_t si, size_t vg0, size_t vg1) {
  if (vg0 >= vg1) return 0;
  uint32_t verb = w->vgs[vg0].first;
  for (size_t k = w->sent_ment[si]; k < w->sent_ment[si + 1]; k++) {
    const mention *m = &w->ments[k];
    if (m->first >= verb) break;
    if (m->absorbed || m->after_prep || m->modifier) continue;
    /* the first phrase before the verb, not a preposition's: its subject
     * ("The Department of Justice and the Attorney's Office in San
     * Antonio have opened") */
    return acta_state_role(m->role);
  }
  return 0;
}

/* speed43a: may the yield gates (yield_gate.c) end this article's coding
 * early?  Their test is exact for what is written from the events, the
 * figure summaries and the sentence count; not for a reader of the
 * coder's working data (tags, mentions, places) after coding, so not
 * with every stage asked for (`acta gaps`, acta_coder_every_stage), nor
 * with KEDS/TABARI dictionaries (their own rules), a parse, or tracing
 * (acta explain tells every stage). */
static int may_gate(const acta_coder *c, const acta_article *a) {
  const struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  return !d->keds_only && !d->tabari && !w->tracing && !w->every_stage &&
         !(a->parse && a->parse_len);
}

int acta_code_article(acta_coder *c, const acta_article *a) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  if (start_article(c, a) != 0) return -1;
  /* speed43a: an article no stage could code an event of (yield_gate.c)
   * is its no_event record as it stands: its sentences are counted */
  if (may_gate(c, a) && !acta_article_may_yield(c)) return 0;
  read_parse(c, a);
  /* speed29c: the counts start empty (their arrays are read below their
   * counts only: no memset of the whole pass); the per-sentence arrays are
   * the work's, grown to the longest article so far, not allocated and
   * freed per article (read_sentence writes each sentence's slot) */
  article_pass ap;
  ap.ncodes = ap.nhome_codes = ap.nstate_codes = ap.npeople_codes = ap.ncharged_codes = 0;
  memset(ap.dateline_country, 0, sizeof ap.dateline_country);
  GROW(w->ap_sent_vg, w->nsents, w->cap_ap_sent_vg); /* nsents + 1 slots */
  GROW(w->ap_discard, w->nsents, w->cap_ap_discard);
  GROW(w->ap_headline, w->nsents, w->cap_ap_headline);
  ap.sent_vg = w->ap_sent_vg;
  ap.discard = w->ap_discard;
  ap.headline = w->ap_headline;
  for (size_t si = 0; si < w->nsents; si++) {
    tag_sentence(c, si, &ap);
    /* speed47a: an article of one sentence is asked again with its tags,
     * before its mentions and verb groups (yield_gate.c) */
    if (w->nsents == 1 && may_gate(c, a) && !acta_tags_may_yield(c)) return 0;
    read_sentence(c, si, &ap);
  }
  w->sent_ment[w->nsents] = w->nments;
  ap.sent_vg[w->nsents] = w->nvgs;
  /* speed43a: asked again with the tags and verb groups (yield_gate.c):
   * no places, pass 2 or categories for an article that cannot yield */
  if (may_gate(c, a) && !acta_tagged_article_may_yield(c)) return 0;
  acta_find_places(c, a, ap.codes, ap.counts, ap.ncodes, NULL);
  article_country(w, &ap);
  acta_story_places(c, a, ap.codes, ap.counts, ap.ncodes); /* places35 */
  if (!d->keds_only) acta_region_refs(w);
  if (!d->keds_only) acta_role_countries(w);
  if (!d->keds_only) acta_name_refs(w);
  w->held_si = -1; /* prec41b: person_country.c */
  for (size_t si = 0; si < w->nsents; si++) {
    sent_ctx sc;
    if (!d->keds_only) acta_section_heading(w, si); /* prec41b */
    sentence_context(w, si, &sc);
    if (!d->keds_only) acta_title_refs(w, &sc); /* prec46c */
    if (!d->keds_only) acta_role_chain(w, &sc); /* prec41b */
    memcpy(w->people_country, sc.people_country, 4);
    w->rt_ready = 0;
    w->cm_ready = 0;
    w->vc_ready = 0;
    w->ac_ready = 0;
    w->da_ready = 0;
    w->cs_ready = 0;
    w->ag_ready = 0;
    if (w->tracing) trace_sentence(c, a, &sc);
    if (ap.discard[si] && !d->keds_only && !strcmp(ap.discard[si]->code, "topic") &&
        state_body_subject(w, si, ap.sent_vg[si], ap.sent_vg[si + 1])) {
      acta_trace(w, " discard phrase %s:%u set aside: a state body is the subject\n",
                 d->files[ap.discard[si]->file], ap.discard[si]->line);
    } else if (ap.discard[si]) {
      acta_trace(w, " discarded by %s:%u\n", d->files[ap.discard[si]->file],
                 ap.discard[si]->line);
      continue;
    }
    if (ap.headline[si]) {
      acta_trace(w, " a headline in title case: not coded\n");
      continue;
    }
    code_sentence(c, &sc, ap.sent_vg[si], ap.sent_vg[si + 1]);
    if (!d->keds_only) note_held_criminals(c, &sc); /* mend41c */
  }
  acta_sort_events(c);
  acta_attribute_quotes(c, a->text);
  acta_link_disputes(c);
  acta_attach_figures(c);
  acta_event_categories(c);
  if (d->tabari) acta_tabari_forward_actor(w);
  return 0;
}

const char *acta_explain(acta_coder *c, const char *text, size_t len,
                         const char *date, size_t *out_len) {
  acta_article a;
  memset(&a, 0, sizeof a);
  a.id = "explain";
  a.date = date;
  a.text = text;
  a.text_len = len;
  return acta_explain_article(c, &a, out_len);
}

const char *acta_explain_article(acta_coder *c, const acta_article *a,
                                 size_t *out_len) {
  acta_buf_clear(&c->trace);
  c->work->tracing = 1;
  int rc = acta_code_article(c, a);
  c->work->tracing = 0;
  if (rc != 0) acta_buf_printf(&c->trace, "error: %s\n", c->error);
  acta_buf_printf(&c->trace, "%zu event(s)\n", c->nevents);
  if (out_len) *out_len = c->trace.len;
  return acta_buf_cstr(&c->trace);
}
