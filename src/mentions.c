/* SPDX-License-Identifier: MIT */
/* mentions.c: actor mentions.  For each sentence it finds the dictionary
 * phrases (actors, agents, discards; the longest wins), combines those of
 * one noun phrase into a code ("Iranian" + "security forces" = IRNCOP),
 * then links the mentions: "X of Y" and "a spokesman for Y", "dozens of
 * protesters", appositives, compounds ("Iran, Russia and China"), the KEDS
 * habits (shared roles, "the ambassadors of A, B and C"), PETRARCH's new
 * actors from a parse, multi-code names, and the nearest country of a bare
 * role.  Reads the tokens, their tags and the parse; writes w->matches,
 * w->ments and w->tok_ment (and locks the tags of dictionary phrases).
 * Linear in the sentence, but for the nearest countries (quadratic in the
 * mentions of one sentence, which is bounded). */
#include "coder_internal.h"
#include "tagger_model.h"
#include "vocab.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* actors12: does entry e run at some time in year y (an undated article's
 * latest year named, article_year.c)?  An entry with no dates runs in
 * every year. */
static int entry_in_year(const acta_entry *e, int32_t y) {
  return (!e->from || e->from <= y * 10000 + 1231) && (!e->to || e->to > y * 10000 + 101);
}

/* For an undated article: is entry e a better guess than pick (NULL: none)
 * at the office a bare name holds?  News reports a person mostly while in
 * office, so an office (GOV, LEG, OPP ...) wins over the "former" entry
 * (ELI) that follows it; among the same kind the one that runs latest. */
static int later_office(const acta_entry *e, const acta_entry *pick) {
  if (!pick) return 1;
  int e_former = acta_code_eq(e->role, "ELI"), pick_former = acta_code_eq(pick->role, "ELI");
  if (e_former != pick_former) return pick_former;
  return pick->to && (!e->to || e->to > pick->to);
}

/* How many trie paths acta_longest_phrase follows at once (a word may lead
 * on by its written form and by its noun lemma). */
#define PHRASE_PATHS 8

/* May a phrase begin at token t?  Not when no phrase begins with its word
 * or its noun lemma (nor, without TABARI phrases and their stems, can one
 * begin otherwise): the usual case (seven words in ten), decided without
 * the walk's frame. */
static inline int phrase_may_start(const acta_dict *d, const acta_token *t) {
  return d->tabari_edges.nslots != 0 || acta_root_word(d, t->word) ||
         acta_root_word(d, t->nlemma);
}

/* speed32e: may the walk from token i (no TABARI phrases) match at all?
 * Not when no root child of its word or noun lemma holds an entry and
 * none has an edge (by its bloom bit, acta_trie_step) for the next
 * token's word or lemma: the walk would stop at the second word with
 * nothing found, as it does at most words a phrase may begin with ("the
 * government", "in March").  An edge hashed to a set bit that is not one
 * leaves the answer to the walk. */
static inline int phrase_may_match(const acta_dict *d, const acta_token *tv, uint32_t i,
                                   uint32_t last) {
  const acta_token *t = &tv[i];
  uint32_t cand[2] = {t->word, t->nlemma};
  for (int k = 0; k < 2; k++) {
    uint32_t x = cand[k], c;
    if (x >= d->nroot_child || !(c = d->root_child[x])) continue;
    /* (the walk waits past quotation marks: prec45a) */
    uint32_t n = i + 1;
    while (n < last && tv[n].kind == TK_PUNCT && tv[n].punct == '"') n++;
    if (d->node_entry[c] || n >= last) return 1;
    if (acta_edge_may(d, c, tv[n].word) || acta_edge_may(d, c, tv[n].nlemma)) return 1;
  }
  return 0;
}

/* acta_longest_phrase() past phrase_may_start() (below), compiled twice
 * (phrase_walk): with tabari a constant 0, the walk of every dictionary
 * without TABARI phrases has no gap, stem or node-bits steps at all. */
static inline __attribute__((always_inline)) uint32_t
phrase_walk_as(const acta_dict *d, const struct acta_work *w, uint32_t i,
               uint32_t last, const acta_entry **out, uint32_t *node,
               const int tabari) {
  struct path { uint32_t node; int by_lemma, skipped, stemmed; } pa[PHRASE_PATHS], pb[PHRASE_PATHS];
  struct path *cur = pa, *next = pb; /* swapped after each word */
  size_t ncur = 1, nnext;
  cur[0].node = 0;
  cur[0].by_lemma = cur[0].skipped = cur[0].stemmed = 0;
  uint32_t best_len = 0, best_node = 0;
  int best_lemma = 0;
  const acta_entry *best = NULL;
  const acta_token *t0 = &w->toks.v[i];
  for (uint32_t j = i; j < last && j - i < 12 && ncur; j++) {
    const acta_token *tk = &w->toks.v[j];
    /* prec45a: a phrase runs through quotation marks inside it ('the
     * "Office" of Envigado'): the paths wait past them */
    if (j > i && tk->kind == TK_PUNCT && tk->punct == '"') continue;
    /* a phrase's words are nouns and names: no verb lemma ("suspected" is
     * no "suspect", "policing" no "police") */
    uint32_t cand[2] = {tk->word, tk->nlemma};
    nnext = 0;
    for (size_t c = 0; c < ncur; c++) {
      int went_on = 0;
      uint32_t node_bits = 0;
      if (tabari)
        acta_u64map_get(&d->tabari_edges, ((uint64_t)cur[c].node << 32) | ACTA_EDGE_NODE,
                        &node_bits);
      /* a stem edge: the longest stem the word begins with */
      uint32_t ncand = 2, stem = ACTA_NO_WORD;
      if (node_bits & ACTA_EDGE_STEM) {
        const char *s = norm(w, j);
        for (uint32_t l = tk->norm_len; l-- > 3 && stem == ACTA_NO_WORD;) {
          uint32_t id = acta_intern_find(&d->words, s, l), child, bits = 0;
          uint64_t key = ((uint64_t)cur[c].node << 32) | id;
          if (id != ACTA_NO_WORD && acta_u64map_get(&d->edges, key, &child) &&
              acta_u64map_get(&d->tabari_edges, key, &bits) && (bits & ACTA_EDGE_STEM))
            stem = id;
        }
      }
      for (uint32_t k = 0; k < ncand + (stem != ACTA_NO_WORD); k++) {
        uint32_t x = k < ncand ? cand[k] : stem;
        if (x == ACTA_NO_WORD) continue;
        int dup = 0;
        for (uint32_t q = 0; q < k && q < ncand; q++) if (cand[q] == x) dup = 1;
        uint32_t child = 0, v = 0;
        uint64_t key = ((uint64_t)cur[c].node << 32) | x;
        if (dup || !acta_trie_step(d, cur[c].node, x, &child)) continue;
        if (cur[c].skipped &&
            !(acta_u64map_get(&d->tabari_edges, key, &v) && (v & ACTA_EDGE_GAP)))
          continue;
        went_on = 1;
        int bl = cur[c].by_lemma || k > 0;
        size_t z;
        for (z = 0; z < nnext && (next[z].node != child || next[z].skipped); z++) {}
        int st = k >= ncand;
        if (z < nnext) {
          if (!bl) next[z].by_lemma = 0; /* the written path is the better */
          if (!st) next[z].stemmed = 0;
        } else if (nnext < PHRASE_PATHS) {
          next[nnext].node = child;
          next[nnext].by_lemma = bl;
          next[nnext].skipped = 0;
          next[nnext].stemmed = st;
          nnext++;
        }
      }
      if (!went_on && (node_bits & ACTA_EDGE_GAP) && cur[c].node && tk->punct != ',' &&
          nnext < PHRASE_PATHS) {
        next[nnext] = cur[c];
        next[nnext].skipped = 1;
        nnext++;
      }
    }
    for (size_t c = 0; c < nnext; c++) {
      if (next[c].skipped) continue;
      /* the first entry valid on the article's date; an undated article
       * takes the office held last, "former" (ELI) only when the name held
       * none (see later_office) */
      uint32_t ei = d->node_entry[next[c].node];
      const acta_entry *pick = NULL, *other = NULL;
      while (ei) {
        const acta_entry *e = &d->entries[ei - 1];
        /* a short acronym that is also a word ("US", "WHO", "ICE") only
         * in capitals: "Ice covered the roads", "Who ..." are words */
        if ((!e->proper || (e->proper == 1 && (t0->flags & TF_CAP)) ||
             (e->proper == 2 && (t0->flags & TF_ALLCAPS)) || (w->nocase && e->proper == 1)) &&
            acta_entry_valid(e, w->date) &&
            !(e->exact && next[c].by_lemma) && !(e->whole_end && next[c].stemmed)) {
          if (w->date) { pick = e; break; }
          /* actors12: an undated article's latest year named first: an
           * office held then, else the others as before */
          if (w->sent_year && !entry_in_year(e, w->sent_year)) {
            if (later_office(e, other)) other = e;
          } else if (later_office(e, pick)) {
            pick = e;
          }
        }
        ei = e->next;
      }
      if (!pick) pick = other;
      if (pick && (j - i + 1 > best_len || (best_lemma && !next[c].by_lemma))) {
        best = pick;
        best_len = j - i + 1;
        best_node = next[c].node;
        best_lemma = next[c].by_lemma;
      }
    }
    struct path *done = cur;
    cur = next;
    next = done;
    ncur = nnext;
  }
  *out = best;
  if (node) *node = best_node;
  return best_len;
}

static __attribute__((noinline)) uint32_t
phrase_walk(const acta_dict *d, const struct acta_work *w, uint32_t i,
            uint32_t last, const acta_entry **out, uint32_t *node) {
  return d->tabari_edges.nslots != 0 ? phrase_walk_as(d, w, i, last, out, node, 1)
                                     : phrase_walk_as(d, w, i, last, out, node, 0);
}

int32_t acta_hands_agent(const struct acta_work *w, uint32_t q, uint32_t last) {
  if (q + 3 >= last || !tok_in3(w, q, WL3_HANDS_WORD) || !tok_in3(w, q + 2, WL3_HANDS_WORD) ||
      !is_word(w, q + 1, w->cw->w_the) || !is_word(w, q + 3, w->cw->w_of))
    return NO;
  int32_t m = w->tok_ment[q + 1];
  if (m == NO && q + 4 < last) m = w->tok_ment[q + 4];
  return m == NO ? NO : w->ments[m].group;
}

/* Longest dictionary phrase starting at token i; returns its length.  Every
 * path is followed: "teachers" leads on to "teachers union" by its written
 * form and ends "teacher" by its noun lemma, and a dead end on one does not
 * hide the other.  At equal length the path with fewer words matched through
 * their lemma wins.  TABARI phrases (dict->tabari_edges): a path at a
 * blank waits over words that do not go on with it, not over a comma, and
 * goes on only by an edge that allows the gap ("Ithilen state-run
 * television" is "ITHILEN TELEVISION"); a stem goes on by a word it
 * begins ("Eriadorian" is "ERIADOR"). */
uint32_t acta_longest_phrase(const acta_dict *d, const struct acta_work *w,
                             uint32_t i, uint32_t last,
                             const acta_entry **out, uint32_t *node) {
  if (i < last && !phrase_may_start(d, &w->toks.v[i])) {
    *out = NULL;
    if (node) *node = 0;
    return 0;
  }
  return phrase_walk(d, w, i, last, out, node);
}

/* An actor's code with an agent's: "IRN" + "COP" = "IRNCOP"; an agent
 * written before (PETRARCH "NGO~") goes first: "NGO" + "ARN". */
static void agent_code(char *out, size_t cap, const char *actor,
                       const acta_entry *agent) {
  /* "White House" (USAGOV) "officials" (GOV): once.  Codes are runs of
   * three letters: "WGO" is not in "GMWGOV" */
  size_t acl = strlen(actor), gl = strlen(agent->code);
  for (size_t at = 0; gl && at + gl <= acl; at += 3)
    if (!memcmp(actor + at, agent->code, gl)) {
      acta_copy_str(out, cap, actor);
      return;
    }
  const char *a = agent->prefix ? agent->code : actor;
  const char *b = agent->prefix ? actor : agent->code;
  size_t al = strlen(a), bl = strlen(b);
  if (al > cap - 1) al = cap - 1;
  if (bl > cap - 1 - al) bl = cap - 1 - al;
  memcpy(out, a, al);
  memmove(out + al, b, bl);
  out[al + bl] = '\0';
}

/* Code mention m as a country's role: its country `country`, its code and
 * base the country's code `base` with agent's role ("Buenos Aires police"
 * ARGCOP, "Bolivia Police Chief X" BOLCOP). */
static void country_role(mention *m, const char *country, const char *base,
                         const acta_entry *agent) {
  m->code[0] = '\0';
  m->role_only = 0;
  memcpy(m->country, country, 4);
  memcpy(m->role, agent->role, 4);
  agent_code(m->code, sizeof m->code, base, agent);
  acta_copy_str(m->base, sizeof m->base, base);
  m->entry = agent;
}

/* KEDS: every agent of the phrase adds to the code, in order ("An MSF
 * Arnor diplomat": NGO~ and ~GOV give NGOARNGOV); one already in the code
 * is not added again. */
static void keds_agents(char *code, size_t cap, const match *ms, size_t nm,
                        char *base, size_t base_cap) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind == ENT_AGENT) {
      char tmp[sizeof ((mention *)0)->code];
      acta_copy_str(base, base_cap, code); /* before the last agent */
      agent_code(tmp, sizeof tmp, code, ms[k].e);
      acta_copy_str(code, cap, tmp);
    }
}

/* "the ring's leader", "the company's spokesman": a role word owned by a
 * common noun that names no actor (and no place: "the country's president"
 * is its government; nor premises the state runs: "the prison's warden" is
 * its official) is that owner's, not the state's; the phrase names no
 * actor.  ms[0..nm) are the phrase's matches, its first token `first`. */
static int owned_by_common_noun(const struct acta_work *w, const match *ms,
                                size_t nm, uint32_t first) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind != ENT_AGENT || ms[k].e->keds) return 0;
  for (uint32_t q = first + 1; q < ms[0].first; q++) {
    const acta_token *owner = &w->toks.v[q - 1];
    if (w->toks.v[q].tag == P_POSS && owner->tag == P_NOUN &&
        !(owner->flags & TF_CAP) && !tok_in(w, q - 1, WL_PLACE_NOUN) &&
        !tok_in6(w, q - 1, WL6_STATE_PREMISES))
      return 1;
  }
  return 0;
}

/* prec43b: is the phrase's last match a title written short ("Col.",
 * "Gen.", "Maj.": an agent word ending in a period) standing for a US
 * state's abbreviation: "Denver, Col., against the police"?  mend43b:
 * only right after a comma that follows a capitalized word ("PLACE,
 * Col."), with no capitalized name after it (a lower-case surname
 * particle passed over, acta_surname_particle: "Col. de Souza" is a
 * colonel); a title with no comma before it ("Texas's Lt. Gov., Dan
 * Patrick") is a title still. */
static int rank_without_name(const struct acta_work *w, const match *ms, size_t nm,
                             const acta_sentence *s) {
  const match *t = &ms[nm - 1];
  if (t->e->kind != ENT_AGENT || t->e->keds || !tok_ends(w, t->last - 1, ".")) return 0;
  /* (a sentence with no capital letter tells no name by its case) */
  if (w->nocase || t->first < s->first + 2 || !is_punct(w, t->first - 1, ',') ||
      w->toks.v[t->first - 2].kind != TK_WORD || !(w->toks.v[t->first - 2].flags & TF_CAP))
    return 0;
  uint32_t q = t->last;
  while (q < s->last && w->toks.v[q].kind == TK_WORD && !(w->toks.v[q].flags & TF_CAP) &&
         acta_surname_particle(w->toks.v[q].vocab))
    q++;
  return q >= s->last || w->toks.v[q].kind != TK_WORD || !(w->toks.v[q].flags & TF_CAP);
}

/* "the gang's leader", "the army's spokesman": a member word owned by a
 * role word has the owner's role, not its own (leader = GOV).  Returns the
 * number of matches to keep. */
static size_t owner_role(const struct acta_work *w, const match *ms, size_t nm) {
  if (nm < 2 || ms[nm - 1].e->kind != ENT_AGENT ||
      !tok_in(w, ms[nm - 1].last - 1, WL_ORG_MEMBER))
    return nm;
  for (size_t k = nm - 1; k-- > 0;)
    if (ms[k].e->kind == ENT_AGENT && ms[k].last < ms[nm - 1].first &&
        w->toks.v[ms[k].last].tag == P_POSS)
      return k + 1;
  return nm;
}

/* Does "former" or "ex-" (actors19: or, when retired, "retired") stand
 * in [first, head)?  (review20: one scan for both callers below) */
static int held_once(const struct acta_work *w, uint32_t first, uint32_t head, int retired) {
  for (uint32_t q = first; q < head; q++)
    if (is_word(w, q, w->cw->w_former) || is_word(w, q, w->cw->w_ex) ||
        (retired && is_word(w, q, w->cw->w_retired)))
      return 1;
  return 0;
}

/* prec43b: does rebel phrase m name people who laid down the group's
 * arms: "demobilized", "former" or "ex-" before a head that is its
 * people ("two demobilized guerrillas", "demobilized members of the
 * ELN", "former FARC members"; not "former FARC commander", who may lead
 * a dissident front now, nor "demobilized FARC dissidents")?  The head
 * is the word before "of", else the last; a quantity's "of" before it is
 * passed over (mend43b: "dozens of former FARC members", "one of the
 * former FARC fighters"). */
static int laid_down_arms(const struct acta_work *w, const mention *m) {
  if (m->last <= m->first) return 0;
  uint32_t f = m->first, h = f;
  for (;;) {
    while (h + 1 < m->last && !is_word(w, h + 1, w->cw->w_of)) h++;
    const acta_token *ht = &w->toks.v[h];
    int quantity = ht->tag == P_NUM || ht->tag == P_DET || ht->tag == P_PRON ||
                   is_word(w, h, w->cw->w_one) || is_vocab(w, h, V_DOZENS) ||
                   is_vocab(w, h, V_HUNDREDS) || is_vocab(w, h, V_SCORES);
    if (!quantity || h + 2 >= m->last) break;
    f = h = h + 2;
  }
  if (!tok_lemma_in6(w, h, w->toks.v[h].nlemma, WL6_GROUP_MEMBER_NOUN)) return 0;
  for (uint32_t q = f; q < h; q++)
    if (tok_in6(w, q, WL6_DEMOBILIZED_WORD) || is_word(w, q, w->cw->w_former) ||
        is_word(w, q, w->cw->w_ex))
      return 1;
  return 0;
}

/* prec44e: does "join" at token j take the way out of arms ("joined the
 * peace process", "joined the reintegration program") as its object,
 * right after "join" or its determiner (mend44e: not "joined the gang
 * after peace talks failed")? */
static int joined_peace(const struct acta_work *w, const acta_sentence *s, uint32_t j) {
  enum { JOIN_OBJECT_REACH = 2 };
  for (uint32_t q = j + 1; q < s->last && q <= j + JOIN_OBJECT_REACH; q++) {
    if (w->toks.v[q].kind == TK_PUNCT) return 0;
    if (norm_eq(w, q, "peace") || norm_eq(w, q, "reintegration") ||
        norm_eq(w, q, "demobilization") || norm_eq(w, q, "demobilisation"))
      return 1;
  }
  return 0;
}

/* mend43b: does sentence s tell, after rebel phrase m, that its people
 * took up arms again ("who took up arms again", "who rejoined the
 * dissidents"), or make m the doer of a harm ("former FARC members
 * attacked a base")?  Then they are the armed group still. */
static int armed_again(const struct acta_work *w, const mention *m, const acta_sentence *s) {
  /* (the verb right after the phrase, its own: a harm it does; "were
   * killed" has a passive's auxiliary there) */
  if (m->last < s->last) {
    const acta_token *t = &w->toks.v[m->last];
    if (t->tag == P_VERB && (acta_lemma_in2(w->cw, t->vlemma, (uint32_t)WL2_HARM_ACT) ||
                             acta_lemma_in3(w->cw, t->vlemma, (uint32_t)WL3_HARM_PARTICIPLE)))
      return 1;
  }
  for (uint32_t q = m->last; q < s->last; q++)
    if (norm_eq(w, q, "dissident") || norm_eq(w, q, "dissidents") || norm_eq(w, q, "rearm") ||
        norm_eq(w, q, "rearmed") ||
        ((norm_eq(w, q, "rejoin") || norm_eq(w, q, "rejoined") || norm_eq(w, q, "join") ||
          norm_eq(w, q, "joined")) && !joined_peace(w, s, q)) ||
        (norm_eq(w, q, "arms") && q >= m->last + 2 &&
         (norm_eq(w, q - 1, "up") || norm_eq(w, q - 1, "to"))))
      return 1;
  return 0;
}

/* Does "former" or "ex-" stand in the phrase before the name? */
static int former_before(const struct acta_work *w, const mention *m, const match *name) {
  return held_once(w, m->first, name->first, 0);
}

/* Does a present title stand before the name's match in the phrase (an
 * agent, and no "former" or "ex-" before the name: "Former Colombian
 * President Santos" held the office once)? */
static int agent_before(const struct acta_work *w, const mention *m, const match *ms,
                        size_t nm, const match *name) {
  if (former_before(w, m, name)) return 0;
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind == ENT_AGENT && ms[k].last <= name->first) return 1;
  return 0;
}

/* An undated article: the office a title in the phrase names ("President
 * Juan Manuel Santos": role "GOV"; "former president ...": "ELI") rather
 * than the one a bare name is given (see later_office).  Among the entries
 * of the name's trie node, the one with that role that runs latest; else
 * the name's own entry. */
static const acta_entry *titled_office(const acta_dict *d, const match *name,
                                       const char *role, int32_t year) {
  const acta_entry *full = name->e;
  if (!name->node || (!full->from && !full->to) || !strcmp(full->role, role))
    return full;
  const acta_entry *pick = NULL;
  int pick_in = 0;
  for (uint32_t ei = d->node_entry[name->node]; ei; ei = d->entries[ei - 1].next) {
    const acta_entry *e = &d->entries[ei - 1];
    if (e->kind != full->kind || strcmp(e->role, role) ||
        strcmp(e->country, full->country))
      continue;
    /* actors12: the office held in the article's latest year named wins */
    int in = year && entry_in_year(e, year);
    if (!pick || (in && !pick_in) ||
        (in == pick_in && pick->to && (!e->to || e->to > pick->to))) {
      pick = e;
      pick_in = in;
    }
  }
  return pick ? pick : full;
}

/* Is the phrase's only match a role word followed by "of" and a
 * civil body ("president of the organization ...", "head of the community
 * association")? */
static int civil_body_after(const struct acta_work *w, const match *ms, size_t nm,
                            uint32_t end, uint32_t last) {
  if (nm != 1 || ms[0].e->kind != ENT_AGENT || ms[0].e->keds) return 0;
  if (end + 1 >= last || !is_word(w, end, w->cw->w_of)) return 0;
  for (uint32_t q = end + 1; q < last && q < end + 5; q++) {
    if (w->tok_ment[q] != NO || !np_tag(w->toks.v[q].tag)) return 0; /* "of the smuggling network" */
    if (tok_in(w, q, WL_CIVIL_BODY)) return 1;
  }
  return 0;
}

/* Is the phrase's only match a leader word ("leader", "boss": GOV) owned by
 * a name no dictionary knows ("The Viagra's leaders", "the Lorenzana's top
 * leader")?  A body the dictionaries do not name: its leaders are no
 * state's, and the phrase no actor. */
/* How many words a body's name after an official's title may have. */
#define BODY_NAME_WORDS 8

/* actors12: is the phrase's only match a GOV role word ("officials", "a
 * spokesman", "the head") followed by "of", "from" or "for" and the name
 * of a body no dictionary knows (capitalised words, "and", "of")?  Returns
 * 1 when the name ends in "Party" ("officials from his National Action
 * Party": the party's, PTY), 2 when it ends in "Movement", "Current",
 * "Front" ... (a movement's, no state's: no actor), else 0. */
static int body_after_official(const struct acta_work *w, const match *ms, size_t nm,
                               uint32_t end, uint32_t last) {
  if (nm != 1 || ms[0].e->kind != ENT_AGENT || ms[0].e->keds || strcmp(ms[0].e->role, "GOV"))
    return 0;
  if (end + 2 >= last || !(is_word(w, end, w->cw->w_of) || is_word(w, end, w->cw->w_from) ||
                           is_word(w, end, w->cw->w_for)))
    return 0;
  uint32_t q = end + 1;
  if (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_PRON) q++;
  uint32_t names = 0;
  for (uint32_t q0 = q; q < last && q < q0 + 2 * BODY_NAME_WORDS && names < BODY_NAME_WORDS; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_ment[q] != NO) return 0; /* a body a dictionary knows */
    if (t->flags & TF_CAP) {
      names++;
      if (tok_in3(w, q, WL3_PARTY_NOUN)) return names >= 2 ? 1 : 0;
      if (tok_in3(w, q, WL3_MOVEMENT_NOUN)) return names >= 2 ? 2 : 0;
      continue;
    }
    if (!(is_and_or(w, q) || is_word(w, q, w->cw->w_of)) || !names) return 0;
  }
  return 0;
}

/* How many capitalised words a private name after "a spokesman for" may
 * have (actors19). */
#define SPOKES_NAME_WORDS 4

/* Is token q inside one of the matches ms[0..nm)? */
static int in_matches(const match *ms, size_t nm, uint32_t q) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].first <= q && q < ms[k].last) return 1;
  return 0;
}

/* Is the phrase's only match, ending at end, a spokesperson word (GOV:
 * "a spokesman", "a spokesperson")? */
static int lone_spokesperson(const struct acta_work *w, const match *ms, size_t nm,
                             uint32_t end) {
  return nm == 1 && ms[0].e->kind == ENT_AGENT && !ms[0].e->keds &&
         acta_code_eq(ms[0].e->role, "GOV") && ms[0].last == end && end > 0 &&
         (is_vocab(w, end - 1, V_SPOKESMAN) || is_vocab(w, end - 1, V_SPOKESWOMAN) ||
          is_word(w, end - 1, w->cw->w_spokesperson));
}

/* actors19: is the phrase's only match a spokesperson word (GOV: "a
 * spokesman", "a spokesperson") followed by "for" and a capitalised name
 * that no dictionary knows ("a spokesperson for Penn", "a spokesman for
 * Odebrecht"), neither an acronym nor a state body's kind ("Ministry",
 * "Secretariat")?  Whoever the name is, the speaker speaks for it, not for
 * the state. */
static int spokesperson_for_name(const struct acta_work *w, const match *ms, size_t nm,
                                 const match *all, size_t nall, uint32_t end, uint32_t last) {
  if (!lone_spokesperson(w, ms, nm, end)) return 0;
  if (end + 1 >= last || !is_word(w, end, w->cw->w_for)) return 0;
  uint32_t q = end + 1, names = 0;
  for (; q < last && names <= SPOKES_NAME_WORDS && (w->toks.v[q].flags & TF_CAP); q++, names++) {
    if (w->tok_ment[q] != NO || (w->toks.v[q].flags & TF_ALLCAPS) ||
        (w->toks.v[q].flags & TF_ABBR) || tok_in3(w, q, WL3_STATE_KIND))
      return 0;
    if (in_matches(all, nall, q)) return 0; /* a name a dictionary knows */
  }
  if (!names || names > SPOKES_NAME_WORDS) return 0;
  /* the name ends there: not "of" ("Ministry of ..."), nor a possessive */
  return q >= last || !(is_word(w, q, w->cw->w_of) || w->toks.v[q].tag == P_POSS);
}

/* bugs29: is the phrase's only match a spokesperson word (GOV) followed by
 * "for", "from" or "of" and a body no dictionary names, its head an
 * organised body's noun ("a spokesman for the group", "a spokesperson
 * from the Reyes camp", "a spokeswoman for the campaign": WL_UNNAMED_BODY,
 * WL5_PRIVATE_BODY, WL5_SPOKES_BODY)?  The speaker speaks for that body,
 * not for the state. */
static int spokesperson_for_body(const struct acta_work *w, const match *ms, size_t nm,
                                 const match *all, size_t nall, uint32_t end, uint32_t last) {
  if (!lone_spokesperson(w, ms, nm, end)) return 0;
  if (end + 1 >= last || !(is_word(w, end, w->cw->w_for) || is_word(w, end, w->cw->w_from) ||
                           is_word(w, end, w->cw->w_of)))
    return 0;
  uint32_t q = end + 1;
  if (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_PRON) q++;
  for (uint32_t q0 = q; q < last && q < q0 + SPOKES_NAME_WORDS; q++) {
    const acta_token *t = &w->toks.v[q];
    if (w->tok_ment[q] != NO || (t->flags & TF_ALLCAPS) || tok_in3(w, q, WL3_STATE_KIND))
      return 0;
    if (in_matches(all, nall, q)) return 0; /* a body a dictionary knows */
    if (t->tag == P_NOUN && !(t->flags & TF_CAP) &&
        (tok_in(w, q, WL_UNNAMED_BODY) || tok_in5(w, q, WL5_PRIVATE_BODY | WL5_SPOKES_BODY)))
      /* the head: no "of" after it ("the group of experts" may name more) */
      return q + 1 >= last || !(is_word(w, q + 1, w->cw->w_of) || np_tag(w->toks.v[q + 1].tag));
    if (t->tag != P_ADJ && t->tag != P_NOUN && t->tag != P_PROPN && t->tag != P_POSS) return 0;
  }
  return 0;
}

static int unknown_owner_leader(const struct acta_work *w, const match *ms, size_t nm,
                                uint32_t i, uint32_t j) {
  if (nm != 1 || ms[0].e->kind != ENT_AGENT || ms[0].e->keds || !acta_code_eq(ms[0].e->role, "GOV") ||
      ms[0].last != j || !tok_in2(w, j - 1, WL2_LEADER_WORD))
    return 0;
  uint32_t p = ms[0].first;
  while (p > i && w->toks.v[p - 1].tag == P_ADJ) p--;
  if (p < i + 2 || w->toks.v[p - 1].tag != P_POSS) return 0;
  const acta_token *o = &w->toks.v[p - 2];
  return o->tag == P_PROPN && (o->flags & TF_CAP);
}

/* Is the phrase [i, j) a country's adjective on a body no dictionary
 * names ("Colombian groups", "Colombian networks", "a Mexican
 * organization": its one match a country with no role, its head a
 * WL_UNNAMED_BODY noun), or on a branch of one ("the Panamanian branch of
 * a watchdog", WL6_BRANCH_NOUN)?  Which body is not written: not the
 * state. */
static int country_unnamed_body(const struct acta_work *w, const match *ms, size_t nm,
                                const match *all, size_t nall, uint32_t j) {
  if (nm != 1 || ms[0].e->kind != ENT_ACTOR || ms[0].e->role[0] || !ms[0].e->country[0] ||
      ms[0].last >= j)
    return 0;
  const acta_token *h = &w->toks.v[j - 1];
  if (h->tag != P_NOUN || (h->flags & TF_CAP) ||
      !(tok_in(w, j - 1, WL_UNNAMED_BODY) || tok_in6(w, j - 1, WL6_BRANCH_NOUN)))
    return 0;
  for (size_t b = 0; b < nall; b++)
    if (all[b].first < j && all[b].last >= j) return 0;
  /* the country's adjective right before it, adjectives between */
  for (uint32_t q = ms[0].last; q + 1 < j; q++)
    if (w->toks.v[q].tag != P_ADJ && w->toks.v[q].tag != P_NOUN) return 0;
  return 1;
}

/* Is the phrase [.., j) a leader word alone (GOV: "jailed leaders") with
 * "of" and an unnamed body after it ("of the two groups", "of a criminal
 * network": WL_UNNAMED_BODY), or a name after "the" (prec46f), that no
 * dictionary phrase names?  The body's
 * leaders are no state's, and it names none the dictionaries know. */
static int unnamed_body_leader(const struct acta_work *w, const match *ms, size_t nm,
                               const match *all, size_t nall, uint32_t j, uint32_t last) {
  if (nm != 1 || ms[0].e->kind != ENT_AGENT || ms[0].e->keds || !acta_code_eq(ms[0].e->role, "GOV") ||
      ms[0].last != j || !tok_in2(w, j - 1, WL2_LEADER_WORD) || j + 1 >= last ||
      !is_word(w, j, w->cw->w_of))
    return 0;
  int named = 0; /* capitalised words after "the": a name no dictionary knows */
  for (uint32_t q = j + 1; q < last && q < j + 6; q++) {
    if (in_matches(all, nall, q)) return 0;
    const acta_token *t = &w->toks.v[q];
    /* prec46f: "the leader of the Paisas", "the leader of the Tigrillos'
     * rival": a name after "the" that no dictionary (nor the
     * gazetteer's country entries) knows is a group's, no state's */
    if (t->tag == P_PROPN && (t->flags & TF_CAP) && q > j + 1 &&
        (named || is_word(w, q - 1, w->cw->w_the))) {
      named = 1;
      continue;
    }
    if (named) return t->tag == P_POSS || !np_tag(t->tag);
    if (t->tag == P_NOUN && tok_in(w, q, WL_UNNAMED_BODY))
      return q + 1 >= last || !np_tag(w->toks.v[q + 1].tag);
    if (t->tag != P_DET && t->tag != P_NUM && t->tag != P_ADJ) return 0;
  }
  return named;
}

/* Nouns for a person or unit of an organisation (WL_ORG_MEMBER): "judiciary
 * chief", "police commander", "army unit" keep the organisation's role. */
static int org_member_noun(const struct acta_work *w, uint32_t i) {
  return tok_in(w, i, WL_ORG_MEMBER);
}

/* sources12: does noun q name a thing an actor has, a finding, a feeling
 * or a trait of one (coder_words.c THING_NOUN, NONACTOR_NOUN: "crackdown",
 * "discovery", "dilemma", "roots"), never a doer? */
static int nonactor_noun(const struct acta_work *w, uint32_t q) {
  const acta_token *h = &w->toks.v[q];
  if (h->tag != P_NOUN || (h->flags & TF_CAP)) return 0;
  return tok_in(w, q, WL_THING_NOUN) || acta_lemma_in3(w->cw, h->nlemma, WL3_NONACTOR_NOUN);
}

/* roles31: does the phrase [i, j) name a country only as a neighbour --
 * its last match one word of WL5_NEIGHBOUR_STATE ("neighbor") right after
 * "its" ("Brazil pledged helicopters to its neighbor"), or a word
 * "neighboring" before "country" or "nation" in it ("the neighboring
 * country's military")?  Which country that is the sentence does not
 * say: the role word would take the sentence's (the speaker's own). */
static int neighbour_state(const struct acta_work *w, const match *ms, size_t nm, uint32_t i,
                           uint32_t j) {
  const match *h = &ms[nm - 1];
  if (h->last == h->first + 1 && h->first > i && tok_in5(w, h->first, WL5_NEIGHBOUR_STATE) &&
      is_word(w, h->first - 1, w->cw->w_its))
    return 1;
  for (uint32_t q = i; q + 1 < j; q++)
    if (tok_lemma_in4(w, q, w->toks.v[q].word, WL4_NEIGHBOUR_WORD) &&
        tok_in5(w, q + 1, WL5_NEIGHBOUR_STATE))
      return 1;
  return 0;
}

/* roles31: is the phrase [i, j) a count of magazines -- its last match
 * the one word "magazine(s)" (WL5_MAGAZINE_NOUN) right after a number, the
 * phrase not the sentence's first ("seized three rifles and 24 magazines",
 * "confiscated six magazines")?  What is counted so is a weapon's
 * magazines, not the press ("Two magazines accused the governor" keeps
 * its doer). */
static int counted_magazines(const struct acta_work *w, const match *ms, size_t nm, uint32_t i,
                             const acta_sentence *s) {
  const match *h = &ms[nm - 1];
  if (i <= s->first || h->last != h->first + 1 || h->first <= i) return 0;
  const acta_token *t = &w->toks.v[h->first];
  return w->toks.v[h->first - 1].tag == P_NUM &&
         tok_lemma_in5(w, h->first, t->nlemma, WL5_MAGAZINE_NOUN);
}

/* sources12: is the phrase [i, j) a title written as a nickname -- its one
 * match a role word for one person (WL_PERSON_NOUN: "king", "boss",
 * "general") set in quotation marks, the phrase right after the opening
 * mark and the closing one at most four words after it ('the title ""The
 * Prince of Fraud""', 'the so-called "king" of the black market')?  A
 * person's alias is no office. */
static int quoted_title(const struct acta_work *w, const match *ms, size_t nm, uint32_t i,
                        uint32_t j, uint32_t end) {
  if (nm != 1 || ms[0].e->kind != ENT_AGENT || i == 0 || !is_punct(w, i - 1, '"')) return 0;
  if (!tok_in(w, ms[0].last - 1, WL_PERSON_NOUN)) return 0;
  for (uint32_t q = j; q < end && q < j + 4; q++) {
    if (is_punct(w, q, '"')) return 1;
    if (w->toks.v[q].tag == P_VERB || w->toks.v[q].tag == P_AUX) return 0;
  }
  return 0;
}

/* sources12: does the phrase [.., j) end in the capitalised head of a
 * document's or an agreement's name after its last match (WL3_DOCUMENT_NAME:
 * "the Paris Agreement", "the Ottawa Treaty", "the Lima Summit")?  The
 * place or body before it names the document, it is no actor. */
static int document_name(const struct acta_work *w, const match *ms, size_t nm, uint32_t j) {
  return ms[nm - 1].last < j && (w->toks.v[j - 1].flags & TF_CAP) &&
         tok_in3(w, j - 1, WL3_DOCUMENT_NAME);
}

/* Does the phrase [.., j) end in a thing its actor has: the actor matched
 * last (ms[nm - 1]) stands before a possessive, and the phrase's head, the
 * last word, is a thing noun (coder_words.c THING_NOUN) no entry matches
 * ("the government's ongoing crackdown", "Mexico's drug war"; not "Iran's
 * foreign minister", "Peru's anti-drug agency")? */
static int possessed_thing(const struct acta_work *w, const match *ms, size_t nm,
                           const match *all, size_t nall, uint32_t j) {
  uint32_t p = ms[nm - 1].last;
  /* past the name a title stands before ("Mayor Lopez's crackdown") */
  while (p + 1 < j && w->toks.v[p].tag == P_PROPN) p++;
  if (p + 1 >= j || w->toks.v[p].tag != P_POSS) return 0;
  if (!nonactor_noun(w, j - 1)) return 0;
  for (size_t b = 0; b < nall; b++)
    if (all[b].first < j && all[b].last >= j) return 0;
  return 1;
}

/* bugs25: does the phrase's actor only name what a thing is of -- the
 * phrase's head after its last match a lowercase know-how noun
 * (WL5_KNOW_HOW_NOUN: "military tactics", "Central American heritage"),
 * with no "'s" between, or the phrase ending at its match right before
 * one ("Embassy vetting revealed", the tagger's verb) or, after a
 * preposition, before an "-ing" word and one ("in community policing
 * techniques")?  Such a
 * phrase names no actor: the tactics are neither the army's act nor an
 * act on it.  Not after "of" ("three men of Mexican origin" are Mexican).
 * prec41c: an activity noun (WL6_ACTIVITY_NOUN: "an organized crime
 * activity", "reports of militia activity") is such a head after "of" too
 * (mend41c: after lowercase words only, not "Hezbollah activities").
 * The words before and after the phrase are read in sentence s only. */
static int know_how_head(const struct acta_work *w, const match *ms, size_t nm, uint32_t i,
                         uint32_t j, const acta_sentence *s) {
  const acta_token *tv = w->toks.v;
  uint32_t p = ms[nm - 1].last, end = s->last;
  /* "three men of Mexican origin": the people's country, kept */
  int of = i > s->first && is_word(w, i - 1, w->cw->w_of);
  /* mend41c: "activities" only after lowercase role words ("gang
   * activity") or a word between ("a Treasury suspicious activities
   * report"): right after a name ("Hezbollah activities") they are its
   * own, the body acted on ("financing Hezbollah activities") */
  int named = 0;
  for (uint32_t q = ms[0].first; q < p && !named && p + 1 >= j; q++)
    named = q > s->first && (tv[q].flags & TF_CAP);
  if (p < j) {
    if (tv[j - 1].tag != P_NOUN || (tv[j - 1].flags & TF_CAP) ||
        !((!of && tok_in5(w, j - 1, WL5_KNOW_HOW_NOUN)) ||
          (!named && tok_in6(w, j - 1, WL6_ACTIVITY_NOUN))))
      return 0;
    for (uint32_t q = p; q < j; q++)
      if (tv[q].tag == P_POSS) return 0;
    return 1;
  }
  if (p != j || j >= end || (tv[j].flags & TF_CAP)) return 0;
  if ((!of && tok_in5(w, j, WL5_KNOW_HOW_NOUN)) ||
      (!named && tok_in6(w, j, WL6_ACTIVITY_NOUN)))
    return j + 1 >= end || !np_tag(tv[j + 1].tag);
  if (of) return 0;
  /* the "-ing" word only after a preposition ("trained in community
   * policing techniques"; not "police using tactics of terror killed") */
  return i > s->first && tv[i - 1].tag == P_PREP && j + 1 < end && tv[j].norm_len > 4 &&
         tok_ends(w, j, "ing") && !(tv[j + 1].flags & TF_CAP) &&
         tok_in5(w, j + 1, WL5_KNOW_HOW_NOUN);
}

/* The token after the article's first spelled-out "Ministerio Publico" or
 * "Public Ministry", or UINT32_MAX.  speed29c: asked only for an "MP"
 * (public_ministry_mp), not read from every article's tokens. */
static uint32_t public_ministry_named(const struct acta_work *w) {
  const acta_token *tv = w->toks.v;
  for (uint32_t i = 0, n = (uint32_t)w->toks.n; i + 1 < n; i++) {
    /* the lengths first, in a register: most tokens are neither word */
    uint32_t l = tv[i].norm_len;
    if (l != 10 && l != 6) continue;
    if ((norm_eq(w, i, "ministerio") && norm_eq(w, i + 1, "publico")) ||
        (norm_eq(w, i, "public") && norm_eq(w, i + 1, "ministry")))
      return i + 2;
  }
  return UINT32_MAX;
}

/* "the Public Ministry (MP) ... the MP arrested": an "MP" (so written, one)
 * after the article spelled out the Ministerio Publico is the prosecution
 * service (JUD), not a member of parliament (LEG), as British news uses
 * it.  Recodes the bare role of mention m. */
static void public_ministry_mp(struct acta_work *w, mention *m) {
  const acta_token *h = &w->toks.v[m->last - 1];
  if (!m->role_only || !acta_code_eq(m->role, "LEG") || strcmp(m->code, "LEG") ||
      h->end - h->start != 2 || memcmp(w->cur_text + h->start, "MP", 2) != 0)
    return;
  if (!w->mp_named) w->mp_named = public_ministry_named(w);
  if (m->last - 1 < w->mp_named) return;
  memcpy(m->role, "JUD", 4);
  memcpy(m->code, "JUD", 4);
}

/* prec43b: "the Public Ministry ... the ministry arrested 35 members": a
 * bare "the ministry" (lower case, no word of its own) after an article
 * whose ministry named last is the Public Ministry (JUD) is that
 * prosecution service, not a government ministry; after "the Interior
 * Ministry" it stays GOV.  Mentions come in text order, so
 * w->ministry_jud holds the sentence (index + 1) naming the Public
 * Ministry last, 0 when a ministry or a minister of a state's office was
 * named since (mend43b: "the Education Minister ... outside the ministry"
 * is his), and the Public Ministry counts only in the same sentence or
 * the two before.  Recodes m's bare role. */
static int names_minister(const struct acta_work *w, const mention *m) {
  for (uint32_t q = m->first; q < m->last; q++)
    if (tok_lemma_in6(w, q, w->toks.v[q].nlemma, WL6_MINISTRY_NOUN) ||
        is_vocab(w, q, V_MINISTER) || norm_eq(w, q, "ministers") || norm_eq(w, q, "ministro"))
      return 1;
  return 0;
}

static void bare_ministry_ref(struct acta_work *w, const acta_sentence *s, mention *m) {
  if (!names_minister(w, m)) return;
  uint32_t si = (uint32_t)(s - w->sents);
  uint32_t q = m->first;
  while (q < m->last && !tok_lemma_in6(w, q, w->toks.v[q].nlemma, WL6_MINISTRY_NOUN)) q++;
  /* (a year the phrase took in before it: "in 2012 the ministry") */
  uint32_t f = m->first;
  while (f < q && w->toks.v[f].tag == P_NUM) f++;
  int bare = q < m->last && m->role_only && !strcmp(m->code, "GOV") && q + 1 == m->last &&
             f + 1 == q && is_word(w, f, w->cw->w_the) && !(w->toks.v[q].flags & TF_CAP);
  if (!bare) {
    w->ministry_jud = q < m->last && acta_code_eq(m->role, "JUD") ? si + 1 : 0;
    return;
  }
  if (!w->ministry_jud || si + 1 - w->ministry_jud > 2) return;
  memcpy(m->role, "JUD", 4);
  memcpy(m->code, "JUD", 4);
  acta_trace(w, "  \"the ministry\": the Public Ministry named before, JUD\n");
}

/* actors15: does a Spanish civil body's name follow the country's phrase
 * of match `country` ("the Nicaraguan Instituto de Analisis Civico",
 * "the Colombian Fundacion Ideas para la Paz"): its first word, capitalized,
 * a body word (WL3_CIVIL_KIND), right after the country, before `last`? */
static int spanish_body_name(const struct acta_work *w, const match *ms, size_t nm,
                             const acta_entry *country, uint32_t last) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e == country) {
      uint32_t q = ms[k].last;
      return q + 1 < last && (w->toks.v[q].flags & TF_CAP) &&
             tok_noun_lemma_in3(w, q, WL3_CIVIL_KIND);
    }
  return 0;
}

/* actors32: are entries a and b phrases of one dictionary line? */
static int same_line(const acta_entry *a, const acta_entry *b) {
  return a->file == b->file && a->line == b->line;
}

/* actors32: does the line of dictionary entry e also give a longer name
 * (a person's full name: "Manuel Zelaya" beside "Zelaya")?  A line's
 * phrases are consecutive entries, so the scan is bounded by the line. */
static int entry_line_longer(const acta_dict *d, const acta_entry *e) {
  size_t i = (size_t)(e - d->entries);
  if (i >= d->nentries) return 0;
  for (size_t k = i; k > 0 && same_line(&d->entries[k - 1], e); k--)
    if (d->entries[k - 1].nwords > e->nwords) return 1;
  for (size_t k = i + 1; k < d->nentries && same_line(&d->entries[k], e); k++)
    if (d->entries[k].nwords > e->nwords) return 1;
  return 0;
}

/* actors32: is the one-word name matched by nm (an actors.txt person: a
 * country and role, no code of its own, whose line gives a full name) the
 * surname of another person, one capitalized given name no dictionary
 * knows right before it ("Mario Zelaya" where the entry says "Manuel
 * Zelaya | Mel Zelaya | Zelaya")?  Not a day or month ("Monday Zelaya"),
 * an abbreviation ("Mr. Biden") or acronym, nor after a former-title. */
/* Is e an actors.txt person: a country and a role, no code of its own
 * (six letters), not KEDS's? */
static int person_entry(const acta_dict *d, const acta_entry *e) {
  return e->kind == ENT_ACTOR && !e->keds && strlen(e->code) == 6 && e->country[0] &&
         acta_entry_file_is(d, e, "actors.txt");
}

/* Is token g a capitalized given name no dictionary knows: no phrase of
 * ms holds it, no abbreviation ("Mr."), acronym, day or month? */
static int unknown_given_name(const struct acta_work *w, const match *ms, size_t nm,
                              uint32_t g) {
  return cap_name(w, g) && !(w->toks.v[g].flags & (TF_ABBR | TF_ALLCAPS)) &&
         !in_matches(ms, nm, g) && !tok_in(w, g, WL_TIME_NOUN);
}

static int other_given_name(const acta_dict *d, const struct acta_work *w, const mention *m,
                            const match *ms, size_t nm, const acta_entry *e,
                            const match *name) {
  if (name->last != name->first + 1 || name->first <= m->first || !person_entry(d, e))
    return 0;
  if (!unknown_given_name(w, ms, nm, name->first - 1) || former_before(w, m, name)) return 0;
  return entry_line_longer(d, e);
}

/* Combines the entries matched inside one noun phrase into a code. */

/* prec46f: is the dictionary phrase fm a state body's generic name
 * ("Justice Department", "Department of State": a word "department",
 * WL3_OFFICE_NOUN "office" or WL5_STATE_BODY_KIND "agency"), with no
 * acronym in it ("DEA", "US Treasury Department")? */
static int generic_body_name(const struct acta_work *w, const match *fm) {
  int body = 0;
  for (uint32_t q = fm->first; q < fm->last; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->flags & (TF_ALLCAPS | TF_ABBR)) return 0;
    if (t->vocab == V_DEPARTMENT || tok_in3(w, q, WL3_OFFICE_NOUN) ||
        tok_lemma_in5(w, q, t->nlemma, WL5_STATE_BODY_KIND))
      body = 1;
  }
  return body;
}

static void compose(const acta_dict *d, const struct acta_work *w, mention *m,
                    const match *ms, size_t nm) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->multi) m->multi = ms[k].e; /* (speed36h: set at load) */
  const acta_entry *full = NULL, *country = NULL, *agent = NULL;
  const acta_entry *group = NULL; /* country-like, not ISO: "Kurdish" */
  const match *full_match = NULL, *agent_match = NULL;
  const acta_entry *intl = NULL; /* an international body titling a name */
  size_t nagents = 0;
  for (size_t k = 0; k < nm; k++) {
    const acta_entry *e = ms[k].e;
    /* KEDS: the first actor of the phrase ("the evil Arnor awful Gondor":
     * ARN); acta: the last, nearest the head */
    if (e->kind == ENT_AGENT) {
      /* "Church officials", "union leaders", "rebel commanders": a member
       * word right after an organisation's role word is that
       * organisation's member (REL, LAB, REB), not a state official;
       * "military police officers" are police */
      int member_of = agent && !e->keds && !agent->keds &&
                      ms[k - 1].e == agent && ms[k - 1].last == ms[k].first &&
                      ms[k].last == ms[k].first + 1 && /* not "police officers" */
                      org_member_noun(w, ms[k].first) &&
                      !org_member_noun(w, ms[k - 1].last - 1);
      if (!member_of) agent = e, agent_match = &ms[k];
      nagents++;
    } else if (e->country[0] && !e->role[0]) { if (!country || !e->keds) country = e; }
    else if (!e->country[0] && !e->role[0]) { if (!group || !e->keds) group = e; }
    else if (!full || !e->keds) {
      /* "CICIG head Ivan Velasquez", "OAS chief Luis Almagro": an
       * international body's title before a person's name is the office
       * the person holds there */
      if (full && !full->country[0] && !full->keds && full_match &&
          full_match->last < ms[k].first && e->kind == ENT_ACTOR && e->country[0] &&
          !e->keds && ms[k].first <= full_match->last + 2) {
        intl = full;
        continue;
      }
      full = e, full_match = &ms[k];
    }
  }
  if (intl && full == intl) {
    acta_copy_str(m->code, sizeof m->code, intl->code);
    m->country[0] = '\0';
    memcpy(m->role, intl->role, 4);
    m->role_only = 0;
    m->entry = intl;
    acta_copy_str(m->base, sizeof m->base, intl->code);
    return;
  }
  /* "President Juan Manuel Santos" in an undated article: the title's
   * office (a title after the name, "Santos, the president", is another
   * phrase) */
  if (full && !w->date && !full->keds && full_match) {
    if (former_before(w, m, full_match)) full = titled_office(d, full_match, "ELI", w->sent_year);
    else if (agent && agent_before(w, m, ms, nm, full_match))
      full = titled_office(d, full_match, agent->role, w->sent_year);
    /* actors12: "the Alvaro Colom government", "Humala's administration":
     * the government the name headed, its office, not what it holds now */
    else if (agent && agent_match && !agent->keds && agent_match->first >= full_match->last &&
             !strcmp(agent->role, "GOV"))
      full = titled_office(d, full_match, "GOV", w->sent_year);
  }
  /* "Buenos Aires police", "Quito's police chief", "the Caracas
   * prosecutors": a capital (countries.txt's GOV metonym) before a role
   * word of another role names the role's country, not its government */
  if (full && agent && full_match && agent_match && !full->keds && !agent->keds &&
      full_match->last <= agent_match->first && acta_code_eq(full->role, "GOV") &&
      !acta_code_eq(agent->role, "GOV") && acta_countries_txt_entry(d, full)) {
    country_role(m, full->country, full->country, agent);
    return;
  }
  /* actors8: "Police Chief Yuri Calderon": a title of another role before
   * an unknown given name and a one-word name the dictionaries know (a
   * surname: "Calderon", MEXGOV) is another person of that surname, coded
   * by the title */
  /* roles31: of the same role too ("municipal president Uriel Chavez
   * Mendoza" is no Hugo Chavez, "President Juan Calderon" no Felipe): a
   * given name the entry's own names do not hold is written before it */
  if (full && agent && full_match && agent_match && !full->keds && !agent->keds &&
      full_match->last == full_match->first + 1 &&
      agent_match->last < full_match->first && full_match->first > m->first &&
      cap_name(w, full_match->first - 1) &&
      !in_matches(ms, nm, full_match->first - 1) && !former_before(w, m, full_match)) {
    full = NULL;
    full_match = NULL;
  }
  /* roles9: "a private jet lent by Gabriel Morales Quesada": unknown
   * given names before a one-word name the dictionaries give a person
   * ("Fallon", GBRGOV's Michael Fallon) name another person of that
   * surname, with no title to code him: no code (two unknown names
   * before it, so that "Ernesto Samper" of an entry "Samper" still
   * matches) */
  if (full && !agent && full_match && !full->keds && full_match->last == full_match->first + 1 &&
      full_match->first >= m->first + 2 && full->role[0] &&
      acta_entry_file_is(d, full, "actors.txt")) {
    uint32_t g1 = full_match->first - 1, g0 = full_match->first - 2;
    if (cap_name(w, g1) && cap_name(w, g0) &&
        !in_matches(ms, nm, g1) && !in_matches(ms, nm, g0) && !former_before(w, m, full_match)) {
      full = NULL;
      full_match = NULL;
    }
  }
  /* actors32: "Mario Zelaya", "Carlos Zelaya": one given name the entry's
   * own names do not hold before a one-word name of a person whose full
   * name the entry gives ("Manuel Zelaya | Mel Zelaya | Zelaya") is
   * another person of that surname: no code */
  if (full && !agent && full_match && other_given_name(d, w, m, ms, nm, full, full_match)) {
    full = NULL;
    full_match = NULL;
  }
  /* actors8: "Bolivia Police Chief Yuri Calderon": a country and a title
   * before a name the dictionaries give another country is another person
   * of that name; the phrase's own country and title code it */
  if (full && country && agent && full_match && agent_match && !full->keds && !country->keds &&
      !agent->keds && full->country[0] && strcmp(full->country, country->country) &&
      agent_match->last <= full_match->first) {
    const match *cm = NULL;
    for (size_t k = 0; k < nm; k++)
      if (ms[k].e == country) cm = &ms[k];
    if (cm && cm->last <= agent_match->first) {
      country_role(m, country->country, country->code, agent);
      return;
    }
  }
  /* prec46f: "the Honduran Justice Department", "Mexico's State
   * Department", "Peru's Department of Justice": another country's word
   * (or its "'s") right before a state body the dictionaries list under a
   * generic name (no acronym; a department, office or agency) names that
   * country's body of the same role, not the listed one */
  if (!w->keds && full && country && full_match && !full->keds && !country->keds &&
      full->country[0] && full->role[0] && strcmp(full->country, country->country) &&
      generic_body_name(w, full_match)) {
    const match *cm = NULL;
    for (size_t k = 0; k < nm; k++)
      if (ms[k].e == country) cm = &ms[k];
    if (cm && (cm->last == full_match->first ||
               (cm->last + 1 == full_match->first && w->toks.v[cm->last].tag == P_POSS))) {
      snprintf(m->code, sizeof m->code, "%.3s%.3s", country->code, full->role);
      memcpy(m->country, country->country, 4);
      memcpy(m->role, full->role, 4);
      m->role_only = 0;
      m->entry = full;
      acta_copy_str(m->base, sizeof m->base, country->code);
      return;
    }
  }
  /* "Syrian Kurdish fighters": the ISO country wins over the ethnic code */
  if (!full && !country && group) {
    size_t gl = strlen(group->code);
    if (gl > sizeof m->code - 4) gl = sizeof m->code - 4;
    memcpy(m->code, group->code, gl);
    m->code[gl] = '\0';
    if (agent) agent_code(m->code, sizeof m->code, group->code, agent);
    acta_copy_str(m->base, sizeof m->base, group->code);
    m->country[0] = '\0';
    if (agent) memcpy(m->role, agent->role, 4); else m->role[0] = '\0';
    m->role_only = 0;
    m->entry = agent ? agent : group;
    return;
  }
  m->code[0] = m->country[0] = m->role[0] = '\0';
  m->role_only = 0;
  if (full) {
    acta_copy_str(m->code, sizeof m->code, full->code);
    memcpy(m->country, full->country, 4);
    memcpy(m->role, full->role, 4);
    m->entry = full;
    acta_copy_str(m->base, sizeof m->base, full->code);
    if (full->keds && agent)
      keds_agents(m->code, sizeof m->code, ms, nm, m->base, sizeof m->base);
  } else if (country) {
    memcpy(m->country, country->country, 4);
    m->entry = country;
    acta_copy_str(m->base, sizeof m->base, country->code);
    if (agent && agent->keds && nagents > 1) {
      memcpy(m->role, agent->role, 4);
      acta_copy_str(m->code, sizeof m->code, country->code);
      keds_agents(m->code, sizeof m->code, ms, nm, m->base, sizeof m->base);
      m->entry = agent;
    } else if (agent) {
      memcpy(m->role, agent->role, 4);
      agent_code(m->code, sizeof m->code, country->code, agent);
      m->entry = agent;
    } else {
      acta_copy_str(m->code, sizeof m->code, country->code);
    }
  } else if (agent) {
    memcpy(m->role, agent->role, 4);
    acta_copy_str(m->code, sizeof m->code, agent->code);
    m->role_only = 1;
    m->entry = agent;
  }
  /* "the Honduran Association of ...", "the Venezuelan Observatory of
   * Urban Safety", "the Venezuelan Ecological Society": a civil body
   * named with its country's adjective, no dictionary entry of its own, is
   * a non-governmental body of that country, not its state */
  if (!w->keds && !full && country && !agent && m->last > m->first + 1 &&
      (w->toks.v[m->last - 1].flags & TF_CAP) &&
      (tok_in(w, m->last - 1, WL_CIVIL_BODY) || tok_in2(w, m->last - 1, WL2_CIVIL_BODY2) ||
       tok_noun_lemma_in3(w, m->last - 1, WL3_CIVIL_KIND) || spanish_body_name(w, ms, nm, country, m->last))) {
    memcpy(m->role, "NGO", 4);
    snprintf(m->code, sizeof m->code, "%.3sNGO", m->country);
  }
  /* people14: "Costa Rica's national anti-drug commissioner", "Uruguay's
   * anti-money laundering chief", "El Salvador's forensics institute": an
   * office or official (WL3_OFFICE_NOUN, the phrase's head or a lower-case
   * title before a name: "Paraguay's antinarcotics chief Crispulo Sotelo")
   * a country owns,
   * which no entry names, is its state's (GOV), not the bare country */
  uint32_t oh = m->last; /* the office word: the head, or before a name */
  while (oh > m->first + 3 && w->toks.v[oh - 1].tag == P_PROPN && (w->toks.v[oh - 1].flags & TF_CAP) &&
         m->last - oh < 4)
    oh--;
  if (oh < m->last && (!tok_in3(w, oh - 1, WL3_OFFICE_NOUN) || (w->toks.v[oh - 1].flags & TF_CAP)))
    oh = m->last; /* no lower-case title before the capitals: the head */
  if (!w->keds && !full && country && !agent && !m->role[0] && oh > m->first + 2 &&
      tok_in3(w, oh - 1, WL3_OFFICE_NOUN)) {
    uint32_t cl = 0;
    for (size_t k = 0; k < nm; k++)
      if (ms[k].e == country) cl = ms[k].last;
    if (cl && cl + 1 < oh && w->toks.v[cl].tag == P_POSS) {
      memcpy(m->role, "GOV", 4);
      snprintf(m->code, sizeof m->code, "%.3sGOV", m->country);
    }
  }
  /* actors25: "US agencies", "Colombian investigators", "the two Paraguayan
   * institutions": a lower-case kind of state body or official no role word
   * names (WL5_STATE_BODY_KIND) after a country's word (or its "'s") is
   * that country's state (GOV), not the bare country */
  if (!w->keds && !full && country && !agent && !m->role[0] && m->last > m->first + 1) {
    uint32_t h = m->last - 1, cl = 0;
    for (size_t k = 0; k < nm; k++)
      if (ms[k].e == country) cl = ms[k].last;
    uint32_t q = cl;
    if (q > m->first && q < h && w->toks.v[q].tag == P_POSS) q++;
    /* lower-case modifiers may come between ("Mexico's statistical
     * agency", "Mexican security agencies"), not a private or the press's
     * ("US private security agencies", "a Spanish press agency") */
    int mods = cl > m->first && q <= h && h - q <= 3;
    for (uint32_t z = q; z < h && mods; z++)
      mods = !(w->toks.v[z].flags & TF_CAP) &&
             (w->toks.v[z].tag == P_ADJ || w->toks.v[z].tag == P_NOUN) &&
             !tok_in5(w, z, WL5_NOT_STATE_MOD);
    if (mods && !(w->toks.v[h].flags & TF_CAP) && w->toks.v[h].tag == P_NOUN &&
        tok_lemma_in5(w, h, w->toks.v[h].nlemma, WL5_STATE_BODY_KIND)) {
      memcpy(m->role, "GOV", 4);
      snprintf(m->code, sizeof m->code, "%.3sGOV", m->country);
    }
  }
  /* actors27: "Venezuelan deputy Andres Eloy Mendez": a lower-case
   * "deputy" between a country's word and a name is a legislator's title
   * (LEG), as "deputies" is (agents.txt; a capitalised "Deputy" opens other
   * titles: "Deputy Minister", "Deputy Commissioner") */
  if (!w->keds && !full && country && !agent && !m->role[0]) {
    const match *cm = NULL;
    for (size_t k = 0; k < nm; k++)
      if (ms[k].e == country) cm = &ms[k];
    if (cm && cm->last + 1 < m->last && !(w->toks.v[cm->last].flags & TF_CAP) &&
        tok_in5(w, cm->last, WL5_LEGISLATOR_TITLE)) {
      uint32_t z = cm->last + 1;
      while (z < m->last && (w->toks.v[z].flags & TF_CAP) && w->toks.v[z].tag == P_PROPN) z++;
      if (z == m->last) {
        memcpy(m->role, "LEG", 4);
        snprintf(m->code, sizeof m->code, "%.3sLEG", m->country);
      }
    }
  }
  /* "Chavez's critics", "the government's opponents": the opposition of
   * the government that owns them, not that government */
  if (!w->keds && acta_code_eq(m->role, "GOV") && m->country[0] && m->last > m->first + 1 &&
      tok_in2(w, m->last - 1, WL2_CRITIC_NOUN)) {
    uint32_t p = m->last - 1;
    while (p > m->first && w->toks.v[p - 1].tag == P_ADJ) p--;
    if (p > m->first && w->toks.v[p - 1].tag == P_POSS) {
      memcpy(m->role, "OPP", 4);
      snprintf(m->code, sizeof m->code, "%.3sOPP", m->country);
      m->role_only = 0;
    }
  }
  /* "a former congressman", "Former mayor X", "the former Peruvian
   * judge": an office held once is the elite's (ELI, as "former
   * president" is), not the office's */
  if (!w->keds && agent && agent_match && m->entry == agent && !agent->keds &&
      (acta_code_eq(m->role, "GOV") || acta_code_eq(m->role, "LEG") || acta_code_eq(m->role, "JUD")) &&
      former_before(w, m, agent_match)) {
    memcpy(m->role, "ELI", 4);
    if (m->role_only) acta_copy_str(m->code, sizeof m->code, "ELI");
    else snprintf(m->code, sizeof m->code, "%.3sELI", m->country);
  }
  /* actors19: "a retired three-star US Navy admiral", "a former military
   * official", "a retired colonel": a post in the forces or the police
   * held once is no longer the force's (ELI), one person's or officials'
   * ("former soldiers", "ex-police officers" stay: men who served) */
  if (!w->keds && (acta_code_eq(m->role, "MIL") || acta_code_eq(m->role, "COP")) &&
      m->last > m->first && (w->toks.v[m->last - 1].penn != PT_NNS ||
                             is_vocab(w, m->last - 1, V_OFFICIALS)) &&
      held_once(w, m->first, m->last - 1, 1)) {
    memcpy(m->role, "ELI", 4);
    if (m->role_only) acta_copy_str(m->code, sizeof m->code, "ELI");
    else snprintf(m->code, sizeof m->code, "%.3sELI", m->country);
  }
}

/* actors32: "Prosecutors accused Mario Zelaya ... Zelaya denied the
 * charges": a one-word person name (an actors.txt entry with a country and
 * role, no code of its own) the article last wrote after a given name
 * that made it another person (other_given_name, roles9, a title of
 * actors8) is that person again when written alone, with no title: no
 * code.  The entry's own longer name ("Manuel Zelaya") makes it the
 * entry's person again.  m was just composed from ms[0..nm). */
static void other_surname_refs(const acta_dict *d, struct acta_work *w, mention *m,
                               const match *ms, size_t nm) {
  int agent = 0;
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind == ENT_AGENT) agent = 1;
  enum { CAP = sizeof w->other_surnames / sizeof w->other_surnames[0] };
  for (size_t k = 0; k < nm; k++) {
    const acta_entry *e = ms[k].e;
    size_t idx = (size_t)(e - d->entries);
    if (idx >= d->nentries || !person_entry(d, e)) continue;
    if (ms[k].last > ms[k].first + 1) {
      /* the entry's own longer name: its person again */
      for (unsigned u = 0; u < w->nother_surnames;)
        if (same_line(&d->entries[w->other_surnames[u]], e))
          w->other_surnames[u] = w->other_surnames[--w->nother_surnames];
        else
          u++;
      continue;
    }
    uint32_t g = ms[k].first - 1;
    int given = ms[k].first > m->first && unknown_given_name(w, ms, nm, g);
    if (given && m->entry != e) {
      acta_note_word(w->other_surnames, &w->nother_surnames, CAP, (uint32_t)idx);
    } else if (!given && !agent && m->entry == e &&
               acta_word_listed(w->other_surnames, w->nother_surnames, (uint32_t)idx)) {
      acta_trace(w, "  \"%s\": the other person of that surname named before, not %s\n",
                 norm(w, ms[k].first), m->code);
      m->code[0] = m->country[0] = m->role[0] = m->base[0] = '\0';
      m->role_only = 0;
      m->entry = NULL;
      m->multi = NULL;
    }
  }
}

/* The fewest words a sentence has for its lack of capitals to mean it is
 * written in lower case (a headline fragment may have none by chance). */
#define NOCASE_MIN_WORDS 4

/* Dictionary phrases of sentence s (longest match first), kept in
 * w->matches; tokens of multi-word phrases and proper names are locked as
 * nouns for the tagger.  Returns the discard entry that matched, if any. */
const acta_entry *acta_match_phrases(const acta_dict *d, struct acta_work *w,
                                     const acta_sentence *s) {
  const acta_entry *discard = NULL;
  uint32_t i = s->first;
  w->nmatches = 0;
  /* a sentence in lower case throughout ("russian forces shelled
   * kharkiv"): its names are matched without their capitals, but for
   * short acronyms ("us", "is", "un" are words too) */
  uint32_t words = 0, caps = 0;
  for (uint32_t q = s->first; q < s->last && !caps; q++) /* one capital settles it */
    if (w->toks.v[q].kind == TK_WORD) {
      words++;
      if (w->toks.v[q].flags & TF_CAP) caps++;
    }
  w->nocase = !d->keds_only && words >= NOCASE_MIN_WORDS && caps == 0;
  /* actors12: an undated article's offices are those of the year its
   * sentence tells of, else of its latest year named */
  if (w->art_year) {
    int32_t y = acta_latest_year(w, s->first, s->last);
    w->sent_year = y ? y : w->art_year;
  } else {
    w->sent_year = 0;
  }
  while (i < s->last) {
    {
      /* most tokens start no phrase: skipped in a loop of their own, with
       * the tokens and the end in registers (the lock bytes stored below
       * could alias them) */
      const acta_token *tv = w->toks.v;
      uint32_t last = s->last;
      if (d->tabari_edges.nslots != 0)
        while (i < last && tv[i].kind == TK_PUNCT) i++;
      else /* speed29c: phrase_may_start's answer, set by the tokenizer;
            * speed32e: and phrase_may_match's */
        while (i < last && (!(tv[i].shape & TS_ROOT) || !phrase_may_match(d, tv, i, last)))
          i++;
      if (i >= last) break;
    }
    const acta_entry *e;
    uint32_t node = 0;
    /* speed25a: the walk itself; the loop above asked phrase_may_start of
     * token i, which acta_longest_phrase would ask again.  Without TABARI
     * phrases (the usual dictionary) it is inlined here: the call's frame
     * cost a fifth of the walk */
    uint32_t len = d->tabari_edges.nslots != 0
                       ? phrase_walk(d, w, i, s->last, &e, &node)
                       : phrase_walk_as(d, w, i, s->last, &e, &node, 0);
    if (!len) { i++; continue; }
    if (e->kind == ENT_BLOCK) { i += len; continue; } /* "criminal activity" */
    if (e->kind == ENT_DISCARD) {
      discard = e;
    } else {
      GROW(w->matches, w->nmatches, w->cap_matches);
      match *m = &w->matches[w->nmatches++];
      m->first = i;
      m->last = i + len;
      m->node = node;
      m->e = e;
      /* multi-word phrases, proper names and plural role nouns ("troops",
       * "protesters") are nouns whatever the tagger would guess */
      const acta_token *t1 = &w->toks.v[i];
      int plural = len == 1 && e->kind == ENT_AGENT && t1->nlemma != ACTA_NO_WORD &&
                   t1->nlemma != t1->word;
      if (len > 1 || e->proper || plural)
        for (uint32_t q = i; q < i + len; q++)
          w->toks.v[q].lock = (w->toks.v[q].flags & TF_CAP) ? P_PROPN : P_NOUN;
    }
    i += len;
  }
  return discard;
}

/* The parse's phrase directly above token q's word, or -1. */
static int32_t tok_phrase(const struct acta_work *w, uint32_t q) {
  if (!w->have_parse || w->tok_leaf[q] < 0) return -1;
  return w->tb.nodes[w->tb.leaves[w->tok_leaf[q]]].parent;
}

/* Is the parse's phrase directly above token q labelled lab ("ADJP")? */
static int parse_phrase_is(const struct acta_work *w, uint32_t q, const char *lab) {
  int32_t ph = tok_phrase(w, q);
  return ph >= 0 && acta_tb_label_is(&w->tb.nodes[ph], lab);
}

/* A token inside a noun phrase: a noun-phrase tag, or, as PETRARCH reads a
 * parse, the "and" of "awful and evil minister" (acta's own coding keeps
 * "Israeli and Palestinian negotiators" a compound of two) */
static int in_np(const struct acta_work *w, uint32_t q) {
  return np_tag(w->toks.v[q].tag) ||
         (w->keds && w->toks.v[q].tag == P_CONJ && parse_phrase_is(w, q, "ADJP"));
}

/* prec45a: scare quotes inside a noun phrase ('Joaquin "El Chapo" Guzman',
 * '"El Loco" Turcios', 'the criminal "migration" theory'): is token j, a
 * quotation mark after the phrase's first word i, one the phrase runs
 * through?  One to four words of noun phrases between two marks and a noun
 * (no determiner) right after the closing one, and either all of them
 * proper nouns with a proper noun before the opening mark or the phrase
 * opening right after it (a nickname inside a name), or, the opening mark
 * inside the phrase, no dictionary phrase among the quoted words (a word
 * quoted as a term, no actor: a role word quoted stays apart, 'the
 * so-called "king" of the market', 'a self-styled "community police"
 * force', as sources12 reads it).  Returns the token after the closing
 * mark, or 0.  Matches all[a..nall) are the sentence's phrases from the
 * phrase's start on (in order of their first token). */
static uint32_t scare_quote_run(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                                uint32_t j, const match *all, size_t a, size_t nall) {
  if (j <= i || !is_punct(w, j, '"')) return 0;
  /* a mark inside a dictionary phrase ('the "Office" of Envigado') */
  for (size_t b = a; b < nall && all[b].first < j; b++)
    if (all[b].last > j) return j + 1;
  const acta_token *tv = w->toks.v;
  /* a mark: '"' tokens with nothing between ('""' in CSV text is one) */
  uint32_t je = j + 1;
  while (je < s->last && is_punct(w, je, '"') && tv[je].start == tv[je - 1].end) je++;
  /* a dictionary phrase opening right after the mark and running through
   * the closing one ('the "Office" of Envigado') */
  for (size_t b = a; b < nall && all[b].first <= je; b++)
    if (all[b].first == je)
      for (uint32_t q = je + 1; q < all[b].last; q++)
        if (is_punct(w, q, '"')) return je;
  /* the quoted words: [q0, c) */
  uint32_t q0 = je, c = je;
  int opened_before = i > s->first && is_punct(w, i - 1, '"');
  if (opened_before) {
    q0 = i;
    c = j;
  } else {
    while (c < s->last && c < je + 4 && np_tag(tv[c].tag) && !(tv[c].flags & TF_DATELINE)) c++;
  }
  if (c == q0 || c - q0 > 4 || c >= s->last || !is_punct(w, c, '"')) return 0;
  uint32_t ce = c + 1;
  while (ce < s->last && is_punct(w, ce, '"') && tv[ce].start == tv[ce - 1].end) ce++;
  if (!(ce < s->last && np_tag(tv[ce].tag) && tv[ce].tag != P_DET &&
        !(tv[ce].flags & TF_DATELINE)))
    return 0;
  int names = tv[ce].tag == P_PROPN && (opened_before || tv[j - 1].tag == P_PROPN);
  for (uint32_t q = q0; q < c; q++) {
    if (!np_tag(tv[q].tag)) return 0;
    if (tv[q].tag != P_PROPN) names = 0;
  }
  if (names) {
    /* mend45a: not when the words after the closing mark open a
     * dictionary phrase of their own, a speaker after a quotation with no
     * comma ('chanted "Free Ocalan" Turkish police said'); a surname alone
     * is none ('Joaquin "El Chapo" Guzman') */
    for (size_t b = a; b < nall && all[b].first <= ce; b++)
      if (all[b].first == ce) return 0;
    return ce;
  }
  if (opened_before) return 0;
  for (size_t b = a; b < nall && all[b].first < c; b++)
    if (all[b].last > q0) return 0;
  return ce;
}

/* End of a time phrase at tokens [i, j) of a noun-phrase run ("17 July
 * 2017", "recent months", "Monday"): past its last month, weekday, period
 * noun or year, with numbers and leads ("recent", "last", "the") between;
 * i when the run opens with no such phrase ("12 states" names no time). */
static uint32_t time_phrase_end(const struct acta_work *w, uint32_t i, uint32_t j) {
  uint32_t end = i;
  for (uint32_t q = i; q < j; q++) {
    const acta_token *t = &w->toks.v[q];
    const char *x = norm(w, q);
    int num = t->kind == TK_NUM || t->tag == P_NUM;
    int year = num && t->norm_len == 4 && (!strncmp(x, "19", 2) || !strncmp(x, "20", 2));
    if (tok_in(w, q, WL_TIME_NOUN) || year) { end = q + 1; continue; }
    if (num || tok_in(w, q, WL_PERIOD_LEAD) || t->tag == P_DET) {
      if (end > i && num) end = q + 1; /* "July 17", "2017" after a month */
      continue;
    }
    break;
  }
  return end;
}

/* prec42a: "at the time authorities arrested him", "Earlier this month
 * Peruvian police seized", "that day soldiers killed": a noun-phrase run
 * [i, j) opening with a lead ("the", "this", "last", "that", "same"; not
 * "a") and a time noun ("time", "month", "morning"), a dictionary phrase
 * starting right after them (adjectives between) and ending the run, and only a preposition, an adverb, a subordinator or a comma
 * (or the sentence's start) before the run, ends after the time noun: the
 * actor after it starts a phrase of its own, the clause's subject, not
 * the preposition's object.  Returns the run's new end, else j. */
static uint32_t time_lead_end(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                              uint32_t j, const match *all, size_t nall) {
  uint32_t q = i;
  while (q < j && q < i + 2 && (w->toks.v[q].tag == P_DET || tok_in(w, q, WL_PERIOD_LEAD)) &&
         !is_vocab(w, q, V_A) && !is_vocab(w, q, V_AN))
    q++;
  if (q == i || q + 1 >= j || !(tok_in(w, q, WL_TIME_NOUN) || tok_in6(w, q, WL6_CLOCK_NOUN)))
    return j;
  if (w->toks.v[q + 1].tag == P_POSS) return j;
  if (i > s->first) {
    const acta_token *b = &w->toks.v[i - 1];
    if (!(b->tag == P_PREP || b->tag == P_ADV || b->tag == P_SUBORD || is_punct(w, i - 1, ',')))
      return j;
  }
  /* the matches are sorted by start: a phrase starting in [q + 1, j) */
  size_t lo = 0, hi = nall;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (all[mid].first <= q) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= nall || all[lo].first >= j) return j;
  for (uint32_t a = q + 1; a < all[lo].first; a++) /* "federal forces" */
    if (w->toks.v[a].tag != P_ADJ) return j;
  /* ... and the run ends inside a phrase: the actor is its head ("a March
   * 3 police raid" has a head of its own) */
  size_t k = lo;
  while (k + 1 < nall && all[k + 1].first < j) k++;
  if (all[k].last < j) return j;
  return q + 1;
}

/* persons16: is word among list[0..n) (a full list, cap words, counts as
 * holding every word: the article named too many to tell)? */
static int word_noted(const uint32_t *list, unsigned n, unsigned cap, uint32_t word) {
  return n >= cap || acta_word_listed(list, n, word);
}

/* "Prisons Director Marco Tulo Lima", "Minister Ana Bolivia Torres": a
 * one-word name of countries.txt (a country, a capital: "Lima" is Peru's
 * government) inside a person's name, after given names no dictionary
 * knows that follow a title, or two or more of them, or a capital opening
 * a name of two or more such names after it ("Santiago Rene Moncada"), is
 * part of the name, not the country.  Drops such matches from ms[0..nm) (the
 * phrase is tokens [i, j), its sentence ends before token end); returns how
 * many are kept. */
static size_t drop_name_part_countries(const acta_dict *d, struct acta_work *w, match *ms,
                                       size_t nm, uint32_t i, uint32_t j, uint32_t end) {
  size_t kept = 0;
  for (size_t k = 0; k < nm; k++) {
    const acta_entry *e = ms[k].e;
    int name_part = 0;
    if (e->kind == ENT_ACTOR && e->country[0] && ms[k].last == ms[k].first + 1 &&
        acta_countries_txt_entry(d, e)) {
      uint32_t q = ms[k].first, given = 0;
      while (q > i && w->toks.v[q - 1].tag == P_PROPN && !in_matches(ms, nm, q - 1)) {
        q--;
        given++;
      }
      int titled = q > i && in_matches(ms, nm, q - 1);
      for (size_t t = 0; titled && t < nm; t++)
        if (ms[t].first <= q - 1 && q - 1 < ms[t].last) titled = ms[t].e->kind == ENT_AGENT;
      name_part = given >= 2 || (given == 1 && titled);
      /* "Santiago Rene Moncada": a capital opening the phrase, two or more
       * names no dictionary knows after it to the phrase's end, is the
       * given name opening a person's name (a demonym or a country opens
       * many bodies' names: "the Spanish Civil Guard") */
      uint32_t r = ms[k].last, after = 0;
      while (r < j && cap_name(w, r) &&
             !in_matches(ms, nm, r)) {
        r++;
        after++;
      }
      if (ms[k].first == i && acta_code_eq(e->role, "GOV") && after >= 2 && r == j) name_part = 1;
      /* "banker Flavio Montenegro Castillo": a country's name between a
       * given name and a surname no dictionary knows, to the phrase's end */
      /* persons16: "gunmen killed Byron Lima", "police arrested Pedro
       * Montenegro": the country's name ending the phrase after such a
       * given name is the surname too (a name, not a demonym: "Afro
       * Colombian" stays; nor an owner after a name with no comma:
       * "Carlos Vielman Guatemala's interior minister") */
      int owner = ms[k].last < w->toks.n && w->toks.v[ms[k].last].tag == P_POSS;
      /* (no hyphened word, "a Post-Chavez Venezuela", nor a Spanish
       * article, "El Salvadorans") */
      /* (review19: the token before only when a given name stands there:
       * not one before the text's first) */
      const acta_token *bt = given >= 1 ? &w->toks.v[ms[k].first - 1] : NULL;
      int hyphen = bt && (memchr(norm(w, ms[k].first - 1), '-', bt->norm_len) != NULL ||
                                  bt->vocab == V_EL || bt->vocab == V_LA ||
                                  is_word(w, ms[k].first - 1, w->cw->w_los) ||
                                  is_word(w, ms[k].first - 1, w->cw->w_las));
      if (given == 1 && r == j && d->tagger &&
          (after >= 1 || (w->toks.v[ms[k].first].tag == P_PROPN && !owner && !hyphen))) {
        /* ... a given name the tagger's model never saw in lower case
         * ("Royal Dutch Shell" is a company's name) */
        const acta_token *gt = &w->toks.v[ms[k].first - 1];
        uint32_t mw = acta_tm_find(d->tagger, norm(w, ms[k].first - 1), gt->norm_len);
        if (mw == ACTA_NO_WORD || d->tagger->word[mw].nlower == 0) name_part = 1;
      }
      uint32_t word = w->toks.v[ms[k].first].word;
      /* persons16: the article's surname alone later ("Lima was
       * assassinated", "denounced Lima"): the person again, unless a
       * locative word makes it a place ("in Lima") */
      if (!name_part && given == 0 && after == 0 && ms[k].first == i && word != ACTA_NO_WORD &&
          !w->toks.v[ms[k].first].place &&
          acta_word_listed(w->surname_places, w->nsurname_places, word))
        name_part = 1;
      /* prec39c: so is it after one given name before a possessive
       * ("Ortega Lima's nephew" once "Waldemar Ortega Lima" was read),
       * which alone leaves a country's owner ("Pedro Arana Guatemala's
       * envoy") */
      if (!name_part && given == 1 && owner && !hyphen && word != ACTA_NO_WORD &&
          acta_word_listed(w->surname_places, w->nsurname_places, word))
        name_part = 1;
      if (!name_part && word != ACTA_NO_WORD)
        acta_note_word(w->bare_places, &w->nbare_places, 16, word);
      /* (one or two given names, none of a headline's run of capitals
       * nor hyphened: "a Post-Chavez Venezuela") */
      else if (name_part && given >= 1 && given <= 2 && !owner && !hyphen &&
               word != ACTA_NO_WORD && !word_noted(w->bare_places, w->nbare_places, 16, word))
        acta_note_word(w->surname_places, &w->nsurname_places, 8, word);
    }
    if (name_part)
      acta_trace(w, "  \"%s\" is part of a person's name here, not a country\n",
                 norm(w, ms[k].first));
    else if (acta_local_place_match(d, w, &ms[k], end)) /* places24 */
      continue;
    /* mend39c: a body's name that goes on with "de", "del" or "para" in a
     * longer one ("Oficina de la Presidencia"; after one capitalized word,
     * "the Oficina Nacional de ...") names another body */
    else if (e->kind == ENT_ACTOR && !acta_countries_txt_entry(d, e) &&
             (w->toks.v[ms[k].last - 1].flags & TF_CAP) &&
             (acta_longer_name_at(d, w, ms[k].last, end, 1) ||
              (ms[k].last + 1 < end && cap_name(w, ms[k].last) &&
               !(w->toks.v[ms[k].last].flags & (TF_ALLCAPS | TF_ABBR)) &&
               acta_longer_name_at(d, w, ms[k].last + 1, end, 1))))
      acta_trace(w, "  \"%s\" begins a longer name here\n", norm(w, ms[k].first));
    else
      ms[kept++] = ms[k];
  }
  return kept;
}

/* roles29: is token q, in the phrase opening at token i, "hostage" or
 * "hostages" right after a noun ("took three guards hostage", "held two
 * soldiers hostage")?  It is the verb's complement there, not the people's
 * role (not "a hostage", "nine hostages", "political hostages"). */
static int hostage_complement(const struct acta_work *w, uint32_t q, uint32_t i) {
  return q > i && tok_in5(w, q, WL5_HOSTAGE_WORD) &&
         (w->toks.v[q - 1].tag == P_NOUN || w->toks.v[q - 1].tag == P_PROPN);
}

/* groups16: mention m (the phrase [m->first, m->last) of sentence s, with
 * bare role `role` or none) takes the code of the group it refers back to
 * (acta_group_ref); returns whether one was found. */
/* The mention of the group the phrase [i, j) refers to (acta_group_ref),
 * or NO, traced; *why: the reason acta_group_ref gave. */
static int32_t group_ref_traced(struct acta_work *w, const acta_sentence *s, uint32_t i,
                                uint32_t j, const char *role, const char **why) {
  int32_t a = acta_group_ref(w, s, i, j, role, why);
  if (a == NO && *why)
    acta_trace(w, "  \"%s\": refers to no group named before (%s)\n", norm(w, j - 1), *why);
  return a;
}

/* speed34e: a phrase of one word or not opening with "the" refers to no
 * group (acta_group_ref's first test, answered NO with no reason): most
 * phrases, answered inline without the calls */
static inline int32_t group_ref_at(struct acta_work *w, const acta_sentence *s, uint32_t i,
                                   uint32_t j, const char *role, const char **why) {
  if (j < i + 2 || !is_word(w, i, w->cw->w_the)) {
    *why = NULL;
    return NO;
  }
  return group_ref_traced(w, s, i, j, role, why);
}

/* speed34e: acta_group_unnamed() for phrase [i, j), asked only when its
 * last word is in a list a group head's is in (WL3_GROUP_REF_WORD,
 * WL_UNNAMED_BODY: group_refs.c's group_head), which most phrases' is not:
 * the call is then known to note nothing. */
static inline void group_unnamed_at(struct acta_work *w, const acta_sentence *s, uint32_t i,
                                    uint32_t j) {
  if (j > i && (tok_in3(w, j - 1, WL3_GROUP_REF_WORD) || tok_in(w, j - 1, WL_UNNAMED_BODY)))
    acta_group_unnamed(w, s, i, j);
}

/* Mention m takes the code of mention a, the group it refers to. */
static void take_group(struct acta_work *w, mention *m, int32_t a, const char *why) {
  acta_take_code(m, &w->ments[a]);
  m->group_ref = 1;
  acta_trace(w, "  \"the %s\" -> %s: the group named before (%s)\n", norm(w, m->last - 1),
             m->code, why);
}

static int group_ref(struct acta_work *w, const acta_sentence *s, mention *m,
                     const char *role) {
  const char *why;
  int32_t a = group_ref_at(w, s, m->first, m->last, role, &why);
  if (a == NO) return 0;
  take_group(w, m, a, why);
  return 1;
}

/* mend48c: does role name people who bear arms, for a state (troops,
 * police, agents) or against it (rebels, gunmen, gangs)? */
static int fighting_role(const char *role) {
  static const char *const FIGHTING[] = {"MIL", "COP", "SPY", "REB", "UAF", "INS", "CRM", NULL};
  return str_one_of(role, FIGHTING);
}

/* prec48c: how many adjectives may stand between an owner's "'s" and
 * the people it owns ("the mayor's longtime personal driver"), as in
 * object_refs.c's owned_people. */
#define OWNED_LEAD 2

/* prec48c: "the minister's driver was killed", "Maduro's son condemned",
 * "the Zetas' victims": the phrase of mention m (its matches ms[0..nm))
 * ends in people an owner's "'s" names who are not that owner -- a
 * lower-case relation noun (acta_relation_head: "driver", "lawyer",
 * "friend", "relatives") or a kin or captive's word the dictionary codes
 * CVL ("son", "wife", "victims", "hostages"), at most OWNED_LEAD
 * adjectives between -- and the owner is one person (acta_names_person)
 * or an armed or criminal group (kin: one person of no such group).  Those people, not the owner whose code
 * the phrase took, are its actor in every role it has (subject, passive
 * subject, speaker, object): coded by role only, as object_refs.c codes
 * them after a verb (owned_people, relation_of) -- one who helps a
 * criminal in crime (WL4_CRIME_HELPER: a CRM owner's "bodyguards",
 * "accomplices") is a criminal, anyone else a private person (CVL: a
 * cartel boss's lawyer speaking, the victims of a gang); people of an
 * armed group's person held, charged or released are held as its people
 * (object_refs.c, as kin "of" one are: m->owned 2), and anyone held for a
 * crime is a criminal by the arrest's rules.  An owner
 * that is a country or a body ("Colombia's friends", "the company's
 * drivers") keeps the phrase: its allies, its own staff -- but for an
 * informant (WL4_INFORMANT_NOUN), who is no one's staff, owned or named by
 * a role word right before ("a police informant", "the DEA's informer"). */
static void people_of_owner(struct acta_work *w, mention *m, const match *ms, size_t nm) {
  if (w->keds || !nm || m->last < m->first + 3 || !m->role[0] || m->next_in_group != NO)
    return;
  uint32_t h = m->last - 1, p = h;
  const acta_token *ht = &w->toks.v[h];
  if (ht->tag != P_NOUN || (ht->flags & TF_CAP)) return;
  const match *hm = &ms[nm - 1];
  /* (a kin word or a captive's, "son", "victims", that the dictionary
   * codes CVL, the phrase's last match: not "men", "people", which may be
   * the owner's own: "the cartel's top men") */
  int civ = hm->last == m->last && hm->first == h && hm->e->kind == ENT_AGENT && !hm->e->keds &&
            acta_code_eq(hm->e->role, "CVL") && !acta_code_eq(m->role, "CVL");
  int kin = civ && tok_in3(w, h, WL3_KIN_NOUN);
  int captive = civ && tok_lemma_in6(w, h, ht->nlemma, WL6_CAPTIVE_WORD);
  int rel = acta_relation_head(w, h);
  /* (one who informs on others for the owner is never the owner, whoever
   * it is, and may be named by it right before: "a DEA informant", "a
   * police informer") */
  int informant = rel && tok_lemma_in4(w, h, ht->nlemma, WL4_INFORMANT_NOUN);
  if (!rel && !kin && !captive) return;
  int armed = acta_armed_group_role(m->role);
  if (!(informant && hm->last == h)) {
    while (p > m->first && h - p < OWNED_LEAD && w->toks.v[p - 1].tag == P_ADJ) p--;
    if (p <= m->first + 1 || w->toks.v[p - 1].tag != P_POSS) return;
    mention owner = *m;
    owner.last = p - 1; /* (the owner's words, before "'s") */
    /* (kin of an armed group's person are left its own: a boss's sons or
     * cousin sent to run the group's business are the group's) */
    if (kin && !rel && armed) return;
    /* (mend48c: so are the guards and helpers of one who bears arms for a
     * state or against it -- "the rebel commander's bodyguards opened
     * fire", "the general's bodyguards fired on protesters" are his
     * fighters or troops; a criminal's are criminals, below) */
    if (rel && tok_lemma_in4(w, h, ht->nlemma, WL4_CRIME_HELPER) &&
        !acta_code_eq(m->role, "CRM") && fighting_role(m->role))
      return;
    if (!armed && !informant && !acta_names_person(w, &owner)) return;
  }
  const char *role =
      rel && acta_code_eq(m->role, "CRM") && tok_lemma_in4(w, h, ht->nlemma, WL4_CRIME_HELPER)
          ? "CRM"
          : "CVL";
  acta_trace(w, "  \"%s\": people their owner (%s) has, not the owner: %s\n", norm(w, h),
             m->code, role);
  memcpy(m->code, role, 4);
  memcpy(m->role, role, 4);
  m->country[0] = m->base[0] = '\0';
  m->role_only = 1;
  m->entry = kin || captive ? hm->e : NULL;
  m->owned = armed && rel ? 2 : 1; /* (a captive is never held as its captors' people) */
  m->modifier = 0; /* (the informant, not the owner a modifier named) */
}

/* Builds the mentions of sentence s from its phrase matches and noun
 * phrases; appends to w->ments. */
void acta_find_mentions(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                        int titled) {
  match ms[64];
  size_t nm = 0;
  uint32_t i = s->first;
  const match *all = w->matches;
  size_t nall = w->nmatches;
  /* bodies15: a headline in title case has capitals that name nothing
   * ("Venezuela Coastal State Could Be ..."; code.c does not code it).
   * speed18: the caller's answer, not asked again (help_verbs, between the
   * two, turns only nouns and adjectives into verbs, and title case reads
   * no tag but the function words') */
  int headline = !w->keds && titled;
  /* inside a dictionary phrase the words are nouns */
  /* (not a quotation mark inside one: prec45a, scare_quote_run) */
  for (size_t k = 0; k < nall; k++)
    for (uint32_t q = all[k].first; q < all[k].last; q++)
      if (!np_tag(w->toks.v[q].tag) && !is_punct(w, q, '"'))
        w->toks.v[q].tag = (w->toks.v[q].flags & TF_CAP) ? P_PROPN : P_NOUN;
  /* noun phrases: maximal runs of NP tags; each with matches = mention */
  size_t a = 0;
  i = s->first;
  while (i < s->last) {
    {
      /* tokens that start no noun phrase: skipped in a loop of their own,
       * with the tokens and the end in registers (stores below could
       * alias them) */
      const acta_token *tv = w->toks.v;
      uint32_t last = s->last;
      while (i < last && (!np_tag(tv[i].tag) || (tv[i].flags & TF_DATELINE))) i++;
      if (i >= last) break;
    }
    uint32_t j = i;
    for (;;) {
      if (j < s->last && in_np(w, j) && !(w->toks.v[j].flags & TF_DATELINE)) {
        /* a determiner after a noun starts a new phrase: "in recent years
         * | the Taliban" (inside a dictionary phrase it does not) */
        if (j > i && w->toks.v[j].tag == P_DET && !w->toks.v[j].lock &&
            (w->toks.v[j - 1].tag == P_NOUN || w->toks.v[j - 1].tag == P_PROPN))
          break;
        j++;
        continue;
      }
      /* prec45a: scare quotes inside the phrase are part of it */
      uint32_t k = !w->keds && j < s->last ? scare_quote_run(w, s, i, j, all, a, nall) : 0;
      if (!k) break;
      j = k;
    }
    /* bugs23: "the largest Chinese crime group operating in Argentina":
     * "operating" the tagger read as a noun after the phrase's head and
     * before a preposition is a participle, not the phrase's head */
    if (!w->keds && j > i + 1 && j < s->last && w->toks.v[j].tag == P_PREP &&
        !is_word(w, j, w->cw->w_of) && tok_in5(w, j - 1, WL5_PLACED_PARTICIPLE) &&
        (w->toks.v[j - 2].tag == P_NOUN || w->toks.v[j - 2].tag == P_PROPN))
      j--;
    /* "On 9 March 2019 Russia's Supreme Court rejected", "In recent months
     * Syria and Israel have fired": a time phrase after the preposition
     * opening the sentence ends there; the phrase after it is the clause's
     * subject, not the preposition's object */
    if (!w->keds && i == s->first + 1 && w->toks.v[s->first].tag == P_PREP) {
      uint32_t t = time_phrase_end(w, i, j);
      if (t > i && t < j) j = t;
    }
    if (!w->keds) j = time_lead_end(w, s, i, j, all, nall); /* prec42a */
    /* prec46f: "arrested 20 Cubans last week", "the Colombians last
     * Friday": a time phrase ("last", "this", "past" and a time noun)
     * after the head noun is when, not the phrase's head (the people were
     * read as "week"); not a year or month, which event_filters.c's tally
     * rule reads as a span when it is left outside the object */
    if (!w->keds && j >= i + 3 && (j >= s->last || w->toks.v[j].tag != P_POSS) &&
        tok_in(w, j - 1, WL_TIME_NOUN) && !is_vocab(w, j - 1, V_YEAR) &&
        !is_vocab(w, j - 1, V_MONTH) &&
        (is_word(w, j - 2, w->cw->w_last) || is_word(w, j - 2, w->cw->w_this) ||
         is_word(w, j - 2, w->cw->w_past)) &&
        (w->toks.v[j - 3].tag == P_NOUN || w->toks.v[j - 3].tag == P_PROPN))
      j -= 2;
    nm = 0;
    match mods[8];
    size_t nmod = 0;
    const match *opmod = NULL;
    while (a < nall && all[a].last <= i) a++;
    size_t b = a;
    while (b < nall && all[b].first < j) {
      if (all[b].first >= i && nm < 64) {
        /* a role word is a role only as the head of its phrase or as a
         * title before a name: "police officers", "President Putin", but
         * not "police station", "general election" */
        int modifier = 0;
        const acta_token *lastw = &w->toks.v[all[b].last - 1];
        int plural = lastw->nlemma != ACTA_NO_WORD && lastw->nlemma != lastw->word;
        if (all[b].e->kind == ENT_AGENT && !plural && !all[b].e->keds &&
            !(all[b].last < j && w->toks.v[all[b].last].tag == P_POSS)) {
          size_t nb = b + 1;
          for (uint32_t q = all[b].last; q < j; q++) {
            /* "Gov. Gretchen Whitmer's office": a title before a name
             * that owns what follows is the name's (the thing owned is
             * judged as any possessed thing is) */
            if (w->toks.v[q].tag == P_POSS && q > all[b].last &&
                w->toks.v[q - 1].tag == P_PROPN)
              break;
            while (nb < nall && all[nb].last <= q) nb++;
            int in_match = nb < nall && all[nb].first <= q;
            const acta_token *tq = &w->toks.v[q];
            if (hostage_complement(w, q, i)) break;
            /* actors12: "the police division", "an army task force": a
             * unit of the force */
            /* sources18: "the Colombian Air Force press office", "the army
             * spokesman": a part of the body that speaks or acts for it */
            if (!in_match && tq->tag == P_NOUN && !(tq->flags & TF_CAP) &&
                !org_member_noun(w, q) && !tok_in3(w, q, WL3_UNIT_NOUN) &&
                !tok_lemma_in4(w, q, tq->nlemma, WL4_BODY_PART_NOUN)) {
              modifier = 1;
              break;
            }
          }
        }
        /* words12: "the general harassment": a role word the tagger read
         * as an adjective before the phrase's head noun names no owner */
        int adjective = modifier && all[b].last == all[b].first + 1 &&
                        w->toks.v[all[b].first].tag == P_ADJ &&
                        !(w->toks.v[all[b].first].flags & TF_CAP) &&
                        tok_in3(w, all[b].first, WL3_ADJ_ROLE_WORD);
        /* roles29: "took three soldiers hostage": the soldiers' role, not
         * the complement's (CVL) when they have one */
        if (!modifier && nm && all[b].last == all[b].first + 1 &&
            hostage_complement(w, all[b].first, i))
          modifier = 2;
        if (!modifier) ms[nm++] = all[b];
        else if (nm == 0 && nmod < 8 && !adjective) mods[nmod++] = all[b];
        /* actors8: "a Venezuelan army raid": the role word before the
         * phrase's head, an operation, names the force doing it */
        if (modifier && !w->keds && all[b].e->kind == ENT_AGENT && all[b].last + 1 == j &&
            tok_in2(w, j - 1, WL2_OPERATION_NOUN))
          opmod = &all[b];
      }
      b++;
    }
    if (opmod && nm && nm < 64 && ms[nm - 1].last <= opmod->first) {
      int has_agent = 0;
      for (size_t k = 0; k < nm; k++) has_agent |= ms[k].e->kind == ENT_AGENT;
      if (!has_agent) ms[nm++] = *opmod;
    }
    /* "a rebel camp", "a police station": the role word names the owner;
     * such a phrase may be a target, never a source */
    int is_mod = 0;
    if (!nm && nmod) {
      memcpy(ms, mods, nmod * sizeof *mods);
      nm = nmod;
      is_mod = 1;
    }
    if (nm && !w->keds) nm = drop_name_part_countries(d, w, ms, nm, i, j, s->last);
    /* (prec43b: owned by "the group", "the organization": that group's
     * own people, asked of the group named before below; mend43b: only
     * its members and leaders (WL_ORG_MEMBER) in office now, not "the
     * group's hostages", "the group's former leader") */
    int owned = nm && owned_by_common_noun(w, ms, nm, i);
    if (owned) {
      uint32_t head = ms[nm - 1].last - 1;
      owned = org_member_noun(w, head) && !held_once(w, i, head, 0);
      nm = 0;
    }
    if (nm && !w->keds && rank_without_name(w, ms, nm, s)) {
      acta_trace(w, "  \"%s\": a short title with no name after it, no actor\n",
                 norm(w, ms[nm - 1].last - 1));
      nm = 0;
    }
    /* "the government's ongoing crackdown has raised concerns": a thing
     * the actor has does nothing; it may be a target, never a source */
    if (nm && !w->keds && !is_mod && possessed_thing(w, ms, nm, all, nall, j)) is_mod = 1;
    if (nm && !w->keds && know_how_head(w, ms, nm, i, j, s)) {
      acta_trace(w, "  \"%s\": what an actor knows or comes from, no actor\n", norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && neighbour_state(w, ms, nm, i, j)) {
      acta_trace(w, "  \"%s\": a neighbouring country the sentence does not name, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && counted_magazines(w, ms, nm, i, s)) {
      acta_trace(w, "  \"%s\": magazines counted, a weapon's, no actor\n", norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && document_name(w, ms, nm, j)) {
      acta_trace(w, "  \"%s\": the name of a document or an agreement, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && quoted_title(w, ms, nm, i, j, s->last)) {
      acta_trace(w, "  \"%s\": a title in quotation marks, a nickname, no office\n",
                 norm(w, ms[0].last - 1));
      nm = 0;
    }
    /* "president of the organization Madres Unidas", "the president
     * of the community association": an office in a body that is no
     * state's, which the dictionaries do not name: no actor */
    if (nm && !w->keds && civil_body_after(w, ms, nm, j, s->last)) nm = 0;
    /* speed34e: the phrase's one match when it has one (ms and nm change
     * no more below but for nm set to 0): the tests of an official's or a
     * spokesperson's body (body_after_official, spokesperson_for_name and
     * _for_body, unnamed_body_leader, unknown_owner_leader: lone_spokesperson
     * or their own first test) read only a lone government agent, those of
     * a country's body (country_unnamed_body, acta_country_named_body) only
     * a lone country with no role: asked only then (most phrases hold
     * neither) */
    const acta_entry *lone = nm == 1 ? ms[0].e : NULL;
    int lone_gov = lone && lone->kind == ENT_AGENT && !lone->keds &&
                   acta_code_eq(lone->role, "GOV");
    int lone_country = lone && lone->kind == ENT_ACTOR && !lone->role[0] && lone->country[0];
    int party = nm && !w->keds && lone_gov ? body_after_official(w, ms, nm, j, s->last) : 0;
    if (party == 2) {
      acta_trace(w, "  \"%s\": an official of a movement no dictionary names, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && lone_gov && spokesperson_for_name(w, ms, nm, all, nall, j, s->last)) {
      acta_trace(w, "  \"%s\": a spokesperson for a name no dictionary knows, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && lone_gov && spokesperson_for_body(w, ms, nm, all, nall, j, s->last)) {
      acta_trace(w, "  \"%s\": a spokesperson for a body no dictionary names, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && lone_country && country_unnamed_body(w, ms, nm, all, nall, j)) {
      acta_trace(w, "  \"%s\": a body no dictionary names, no actor (not the state)\n",
                 norm(w, j - 1));
      nm = 0;
    }
    /* mend46f: not a party's name ("the leader of the Liberal Party":
     * body_after_official's PTY below) */
    if (nm && !w->keds && lone_gov && party != 1 &&
        unnamed_body_leader(w, ms, nm, all, nall, j, s->last)) {
      acta_trace(w, "  \"%s\": a leader of a body no dictionary names, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    if (nm && !w->keds && lone_gov && unknown_owner_leader(w, ms, nm, i, j)) {
      acta_trace(w, "  \"%s\": a leader of a body no dictionary knows, no actor\n", norm(w, j - 1));
      nm = 0;
    }
    /* "Haiti's 2010 earthquake": a disaster, no actor (it destroys, Haiti
     * does not) */
    if (nm && !w->keds && j > i && tok_in(w, j - 1, WL_DISASTER_NOUN)) nm = 0;
    /* bodies15: "the Nicaraguan Instituto de Estudios ...", "the Colombian
     * Cesar Barrera": a name no dictionary knows after a country's word is
     * a body of the kind its words tell, or no actor, not the state */
    char body_role[4] = {0};
    int named_body = nm && !w->keds && lone_country &&
                     acta_country_named_body(w, ms, nm, all, nall, i, j, headline, body_role);
    if (named_body && !body_role[0]) {
      acta_trace(w, "  \"%s\": a movement named after a country's word, no actor\n",
                 norm(w, j - 1));
      nm = 0;
    }
    nm = owner_role(w, ms, nm);
    if (nm) {
      mention *m = acta_append_mention(w, i, j);
      m->group = (int32_t)w->nments;
      compose(d, w, m, ms, nm);
      if (!w->keds) other_surname_refs(d, w, m, ms, nm);
      if (!w->keds) public_ministry_mp(w, m);
      if (!w->keds) bare_ministry_ref(w, s, m);
      if (named_body && m->country[0]) {
        memcpy(m->role, body_role, 4);
        snprintf(m->code, sizeof m->code, "%.3s%s", m->country, body_role);
        m->role_only = 0;
        acta_trace(w, "  \"%s\": a body named after a country's word: %s\n", norm(w, j - 1),
                   m->code);
      }
      /* actors12: "officials from his National Action Party": the party's */
      if (party == 1 && m->role_only) {
        memcpy(m->role, "PTY", 4);
        acta_copy_str(m->code, sizeof m->code, "PTY");
        acta_trace(w, "  \"%s\": an official of a party no dictionary names: PTY\n",
                   norm(w, j - 1));
      }
      m->phrase_first = ms[nm - 1].first;
      m->modifier = (uint8_t)is_mod;
      people_of_owner(w, m, ms, nm);
      /* groups16: "the gang", "the militia": the group named before */
      if (!w->keds && !headline && m->role_only && !is_mod && !m->owned &&
          !group_ref(w, s, m, m->role))
        group_unnamed_at(w, s, i, j);
      for (uint32_t q = i; q < j; q++) w->tok_ment[q] = (int32_t)w->nments;
      w->nments++;
    } else if (!w->keds && !headline && (b == a || owned)) {
      /* groups16: "the group", "the organization", no dictionary word:
       * a mention of the group named before, if one is (speed29c: the
       * mention made only then, not for every phrase without a match);
       * prec43b: also owning a role word ("the group's leader", "the
       * organization's spokesman"): the group's own */
      const char *why;
      int32_t g = group_ref_at(w, s, i, j, NULL, &why);
      if (g != NO) {
        mention *m = acta_append_mention(w, i, j);
        m->group = (int32_t)w->nments;
        take_group(w, m, g, why);
        for (uint32_t q = i; q < j; q++) w->tok_ment[q] = (int32_t)w->nments;
        w->nments++;
      } else {
        group_unnamed_at(w, s, i, j);
      }
    }
    i = j;
  }
}

/* A role phrase of a PETRARCH agents file with no actor of its own. */
static int keds_role(const mention *a) {
  return a->role_only && a->entry && a->entry->keds;
}

/* How many tokens a parenthesis glossing a name may hold (a name in
 * another language, a dash and the acronym). */
#define GLOSS_TOKENS 24

/* statements25: "Mara Salvatrucha (MS-13) and Barrio 18", "the Gulf
 * Cartel (CDG), the CJNG (CJNG), and the Juarez Cartel": the
 * brackets right after a list member (at token pos, its '(') that end in
 * an acronym ("(MS-13)", "(Frente ... - FMLN)": the last word all
 * capitals, alone or after a dash or a comma) gloss that member; the list
 * goes on after them.  The token after the closing mark, else pos. */
static uint32_t past_member_gloss(const struct acta_work *w, uint32_t pos,
                                  const acta_sentence *s) {
  if (pos + 2 >= s->last || !is_punct(w, pos, '(')) return pos;
  uint32_t c = pos + 1;
  while (c < s->last && c <= pos + GLOSS_TOKENS && !is_punct(w, c, ')') &&
         !is_punct(w, c, '('))
    c++;
  if (c >= s->last || !is_punct(w, c, ')') || c < pos + 2) return pos;
  const acta_token *t = &w->toks.v[c - 1];
  if (t->kind != TK_WORD || !(t->flags & TF_ALLCAPS)) return pos;
  if (c - 1 > pos + 1 && !is_punct(w, c - 2, '-') && !is_punct(w, c - 2, ',')) return pos;
  return c + 1;
}

/* bugs25: the end of a list member no dictionary codes at token q: an
 * optional determiner and one to five proper nouns in no mention ("the
 * Paisas" in "the Rastrojos, the Caparros and the Paisas, met"), before
 * a comma, "and", a verb, a preposition or the sentence's end; 0 if none.
 * acta's own coding only (KEDS lists are the patterns'). */
static uint32_t uncoded_member_end(const struct acta_work *w, uint32_t q,
                                   const acta_sentence *s) {
  if (w->keds || q >= s->last) return 0;
  if (w->toks.v[q].tag == P_DET && w->tok_ment[q] == NO) q++;
  uint32_t e = q;
  while (e < s->last && e < q + 5 && w->tok_ment[e] == NO && w->toks.v[e].tag == P_PROPN &&
         (w->toks.v[e].flags & TF_CAP))
    e++;
  if (e == q) return 0;
  if (e >= s->last) return e;
  const acta_token *t = &w->toks.v[e];
  if (t->kind == TK_PUNCT && (t->punct == ',' || t->punct == '.')) return e;
  return t->tag == P_VERB || t->tag == P_AUX || t->tag == P_PREP || is_and_or(w, e) ? e : 0;
}

static int list_closes_ex(const struct acta_work *w, const mention *b,
                          const acta_sentence *s, int uncoded);

/* bugs25: do tokens [pos, to) between two coded members of a list hold
 * only members no dictionary codes, each after a comma, the last before
 * "and"/"or" (", the Paisas and"), or before a comma when the list goes on
 * to close with "and" after mention b (", the Paisas, B and C")?  At most
 * three such members. */
static int list_past_uncoded(const struct acta_work *w, uint32_t pos, uint32_t to,
                             const mention *b, const acta_sentence *s) {
  for (int n = 0; n < 3 && pos < to; n++) {
    if (!is_punct(w, pos, ',')) return 0;
    uint32_t e = uncoded_member_end(w, pos + 1, s);
    if (!e || e >= to) return 0;
    if (e + 1 == to && is_and_or(w, e)) return 1;
    if (e + 2 == to && is_punct(w, e, ',') && is_and_or(w, e + 1)) return 1;
    if (e + 1 == to && is_punct(w, e, ',')) return list_closes_ex(w, b, s, 1);
    pos = e;
  }
  return 0;
}

/* Does a comma list go on from mention b to a closing "and"/"or" and a
 * last member ("B, C and D")?  Looks at most 12 members ahead.  uncoded:
 * may members no dictionary codes stand in the list (bugs25)? */
static int list_closes_ex(const struct acta_work *w, const mention *b,
                          const acta_sentence *s, int uncoded) {
  uint32_t pos = past_member_gloss(w, b->last, s);
  int glossed = pos != b->last;
  for (int n = 0; n < 12 && pos + 1 < s->last; n++) {
    if (w->toks.v[pos].kind == TK_PUNCT && w->toks.v[pos].punct == ',') {
      pos++;
      /* "another peasant body, the Unified Peasant Movement of Aguan
       * (MUCA), and his wife": ", and" after an acronym's brackets may
       * close an appositive, not a list */
      if (pos + 1 < s->last && is_and_or(w, pos))
        return !glossed && (w->tok_ment[pos + 1] != NO ||
                            (uncoded && uncoded_member_end(w, pos + 1, s)));
      if (w->tok_ment[pos] == NO) {
        /* bugs25: a member no dictionary codes ("the Paisas") */
        uint32_t e = uncoded ? uncoded_member_end(w, pos, s) : 0;
        if (!e) return 0;
        pos = e;
        glossed = 0;
        continue;
      }
      uint32_t end = w->ments[w->tok_ment[pos]].last;
      pos = past_member_gloss(w, end, s);
      glossed = pos != end;
      continue;
    }
    if (is_and_or(w, pos))
      return w->tok_ment[pos + 1] != NO || (uncoded && uncoded_member_end(w, pos + 1, s));
    return 0;
  }
  return 0;
}

/* Does a list open with mention b ("B, C and D")?  Members no dictionary
 * codes count only in a list of named actors (b none of a bare role's:
 * "the leaders, brothers Luis and Jorge Perez" is an appositive). */
static int list_closes(const struct acta_work *w, const mention *b,
                       const acta_sentence *s) {
  return list_closes_ex(w, b, s, !b->role_only);
}

/* How far back from a comma the place name before a country may start
 * ("in the city of San Pedro Sula, Honduras"). */
#define PLACE_BEFORE_COUNTRY_REACH 9

/* roles9: "police in Cucuta, Colombia", "a meeting in Guayaquil, Ecuador":
 * a country (no role) right after a comma that follows a place name no
 * dictionary codes, itself the object of a preposition, names where that
 * place is: it stands after the place's preposition (no subject, no
 * object of the verb), as "police in Colombia" does. */
static void place_country_after_comma(struct acta_work *w, mention *m, const acta_sentence *s) {
  uint32_t p = m->first;
  if (m->after_prep || !m->country[0] || m->role[0] || strlen(m->code) != 3 ||
      p < s->first + 3 || !is_punct(w, p - 1, ',') || w->toks.v[p - 2].tag != P_PROPN ||
      w->tok_ment[p - 2] != NO || tok_in(w, p - 2, WL_TIME_NOUN))
    return;
  /* the country ends its phrase ("Honduran and US officers": no place) */
  if (m->last < s->last) {
    const acta_token *n = &w->toks.v[m->last];
    if (n->kind != TK_PUNCT && n->tag != P_PREP && n->tag != P_TO && n->tag != P_SUBORD &&
        n->tag != P_AUX && w->tok_vg[m->last] == NO)
      return;
  }
  for (uint32_t q = p - 2; q > s->first && q + PLACE_BEFORE_COUNTRY_REACH > p; q--) {
    const acta_token *t = &w->toks.v[q - 1];
    if (w->tok_ment[q - 1] != NO) return;
    if ((t->tag == P_PREP || t->tag == P_TO) && !is_word(w, q - 1, w->cw->w_of)) {
      /* the phrase after a noun or a verb ("authorities in", "speaking
       * in"), not one opening the sentence or a clause ("In January,
       * Brazil said", "looking at it in Guapi, the United States") */
      if (q - 1 <= s->first) return;
      const acta_token *b = &w->toks.v[q - 2];
      if (b->tag != P_NOUN && b->tag != P_PROPN && w->tok_ment[q - 2] == NO &&
          w->tok_vg[q - 2] == NO)
        return;
      m->after_prep = 1;
      m->prep_word = t->word;
      return;
    }
    if (t->tag != P_PROPN && t->tag != P_NOUN && t->tag != P_DET &&
        !is_word(w, q - 1, w->cw->w_of))
      return;
  }
}

/* actors34: 'a manhunt for "Otoniel"', 'talks with "El Mayo"': a name
 * in quotation marks right after a preposition other than "of" (a
 * determiner may stand between) stands after it as an unquoted one does:
 * no subject of the verb after it ("... for "Otoniel" and has promised":
 * the government promised).  Sets m's after_prep when no mark set it. */
static void quoted_after_prep(struct acta_work *w, mention *m, const acta_sentence *s) {
  if (m->after_prep || m->after_verb) return;
  uint32_t q = m->first;
  while (q > s->first && is_punct(w, q - 1, '"')) q--;
  if (q == m->first || q <= s->first) return;
  if (w->toks.v[q - 1].tag == P_DET && q - 1 > s->first) q--;
  const acta_token *pv = &w->toks.v[q - 1];
  /* (not "of": 'that wing of "Los Rastrojos" was expelled' names the
   * faction by the group, the passive's subject) */
  if ((pv->tag != P_PREP && pv->tag != P_TO) || is_word(w, q - 1, w->cw->w_of)) return;
  m->after_prep = 1;
  m->prep_word = pv->word;
}

/* How many words a quoted name before a head noun may have. */
#define QUOTED_NAME_REACH 10

/* What stands before each mention: a preposition ("in Tehran") or a
 * verb (an object). */
static void mark_positions(const acta_dict *d, struct acta_work *w, size_t m0, size_t m1,
                           const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    uint32_t p = m->first;
    /* roles9: a name in quotation marks right after a verb (and a
     * determiner) is its object: 'raids targeting the "Kings of the
     * Port", arresting ...' (no subject of the verb after) */
    uint32_t qp = p;
    while (qp > s->first && is_punct(w, qp - 1, '"')) qp--;
    /* ... and the head noun after a quoted name ('the "Kings of the
     * Port" gang'): where the name's opening mark stands */
    if (qp < p && qp + 1 == p && qp > s->first) {
      for (uint32_t r = qp; r > s->first && r + QUOTED_NAME_REACH > qp; r--) {
        if (w->tok_vg[r - 1] != NO) break;
        if (is_punct(w, r - 1, '"')) {
          qp = r - 1;
          while (qp > s->first && is_punct(w, qp - 1, '"')) qp--;
          break;
        }
      }
    }
    if (qp < p && qp > s->first && w->toks.v[qp - 1].tag == P_DET) qp--;
    /* (not after a verb of saying, whose quotation opens with its own
     * subject: 'saying the "Ghanaians invited the Mexicans"') */
    uint32_t ci;
    if (qp < p && qp > s->first && w->tok_vg[qp - 1] != NO &&
        w->toks.v[qp - 1].vlemma != ACTA_NO_WORD &&
        acta_u64map_get(&d->report, w->toks.v[qp - 1].vlemma, &ci))
      qp = p;
    /* (only as a verb's object: after a preposition the quoted name's
     * place is read as before) */
    if (qp < p && qp > s->first && w->tok_vg[qp - 1] != NO) m->after_verb = 1;
    /* roles9: "around 900 police carried out raids", "Over 300 people
     * were arrested": a rough count's word or bound before the number is
     * the phrase's own, no preposition; what stands before it counts
     * ("clashed with about 50 soldiers") */
    if (p > s->first && w->toks.v[p].tag == P_NUM && w->toks.v[p - 1].tag == P_PREP &&
        tok_in2(w, p - 1, WL2_APPROX_WORD))
      p--;
    if (p > s->first) {
      const acta_token *pv = &w->toks.v[p - 1];
      if (pv->tag == P_PREP || pv->tag == P_TO) {
        m->after_prep = 1;
        m->prep_word = pv->word;
      }
      /* "made 14 arrests, among them seven Colombians": a list of the
       * ones the clause names, inside its prepositional phrase, not the
       * subject of the verb after it ("..., and seized 100 kilos") */
      if (pv->tag == P_PRON && p >= s->first + 2 && tok_in(w, p - 1, WL_OBJ_PLURAL) &&
          w->toks.v[p - 2].tag == P_PREP) {
        m->after_prep = 1;
        m->prep_word = w->toks.v[p - 2].word;
      }
      if (w->tok_vg[p - 1] != NO) m->after_verb = 1;
      if (pv->tag == P_ADV && p >= 2 + s->first && w->tok_vg[p - 2] != NO)
        m->after_verb = 1;
      /* actors8: "targeting local leaders, particularly indigenous
       * leaders": an object's elaboration after a comma and an adverb is
       * an object too, no subject of the verb after it */
      if (pv->tag == P_ADV && p >= 3 + s->first && is_punct(w, p - 2, ',') &&
          w->tok_ment[p - 3] != NO && w->ments[w->tok_ment[p - 3]].after_verb)
        m->after_verb = 1;
      place_country_after_comma(w, m, s);
    }
    quoted_after_prep(w, m, s); /* actors34 */
  }
}

/* coop15: a role phrase of acta's own dictionaries with no actor of its
 * own whose head is plural ("the presidents", "the defense ministers",
 * "police"). */
static int plural_role(const struct acta_work *w, const mention *a) {
  if (!a->role_only || !a->role[0] || !a->entry || a->entry->keds || a->last <= a->first)
    return 0;
  const acta_token *h = &w->toks.v[a->last - 1];
  return (h->nlemma != ACTA_NO_WORD && h->nlemma != h->word) || h->penn == PT_NNS ||
         tok_in3(w, a->last - 1, WL3_COLLECTIVE_ROLE);
}

/* coop15: a country's bare name ("Colombia", "the Dominican Republic"). */
static int country_name(const mention *m) {
  return m->entry && m->entry->kind == ENT_ACTOR && !m->role[0] && m->country[0] &&
         !strcmp(m->code, m->country);
}

/* coop15: is each member of the list that opens with mention b (a list
 * list_closes finds: "B, C and D") a country's bare name (bodies 0), or a
 * body with b's role (bodies 1: "the Zetas and the Gulf Cartel", not "the
 * Colombian military and the Governor")?  Looks at most 12 members. */
static int member_alike(const mention *m, const mention *b, int bodies) {
  return bodies ? m->role[0] && !m->role_only && !memcmp(m->role, b->role, 4)
                : country_name(m);
}

static int list_members_alike(const struct acta_work *w, const mention *b,
                              const acta_sentence *s, int bodies) {
  if (!member_alike(b, b, bodies)) return 0;
  uint32_t pos = b->last;
  for (int n = 0; n < 12 && pos + 1 < s->last; n++) {
    if (w->toks.v[pos].kind == TK_PUNCT && w->toks.v[pos].punct == ',') pos++;
    if (pos + 1 < s->last && is_and_or(w, pos)) pos++;
    if (w->tok_ment[pos] == NO) {
      /* bugs25: a member no dictionary codes ("the Paisas") is passed */
      uint32_t e = uncoded_member_end(w, pos, s);
      if (!e) return 0;
      if (is_and_or(w, pos - 1)) return 1;
      pos = e;
      continue;
    }
    const mention *m = &w->ments[w->tok_ment[pos]];
    if (!member_alike(m, b, bodies)) return 0;
    if (is_and_or(w, pos - 1)) return 1;
    pos = m->last;
  }
  return 0;
}

/* coop15: "rebel group the FARC", "criminal group the Cachiros": a bare
 * role whose head is a body ("group", "gang", "organization": not "a gang
 * member the Zetas had hired") right before a named actor of that role is
 * its description: the named actor, whose phrase it opens.  Before the
 * "X of Y" links, so that "hitmen from the criminal group the
 * Familia Michoacana" links to the named one. */
static void close_appositives(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (a->absorbed || b->absorbed) continue;
    /* ("Colombian rebel group the FARC": a country of its own, the named
     * one's) */
    int bare = a->role_only || (a->country[0] && !strcmp(a->country, b->country) && a->entry &&
                                !a->entry->proper);
    if (b->first == a->last && bare && a->role[0] && !b->role_only &&
        !memcmp(a->role, b->role, 4) && b->entry && b->entry->proper &&
        tok_in(w, a->last - 1, WL_UNNAMED_BODY) &&
        w->toks.v[a->last - 1].nlemma == w->toks.v[a->last - 1].word) {
      acta_take_code(a, b);
      a->multi = b->multi;
      a->phrase_first = b->phrase_first;
      for (uint32_t z = b->first; z < b->last; z++) w->tok_ment[z] = (int32_t)k;
      a->last = b->last;
      b->absorbed = 1;
    }
  }
}

/* prec46f: "Federal Bureau of Investigation (FBI) field agent Juan
 * Perez", "two Drug Enforcement Administration (DEA) agents": a bare role
 * of the body's own role right after the body's name and its acronym in
 * brackets is the body's member, one phrase as without the brackets (not
 * the country of the place the sentence names). */
static void acronym_members(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 2 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1], *c = &w->ments[k + 2];
    if (a->absorbed || b->absorbed || c->absorbed || a->role_only || !a->country[0] ||
        !a->role[0] || !c->role_only || !acta_code_eq(a->role, c->role) ||
        strcmp(a->code, b->code) || b->first != a->last + 1 || c->first != b->last + 1 ||
        !is_punct(w, a->last, '(') || !is_punct(w, b->last, ')'))
      continue;
    acta_trace(w, "  \"%s\": a member of %s, named with its acronym\n", norm(w, c->first), a->code);
    acta_take_code(c, a);
  }
}

/* targets19a: is mention b, after a member word and "in", a body and no
 * place: "the" and a common noun that is no part of a place ("the state
 * police", "the Venezuelan military"; not "Guatemala City", "Harare",
 * "the capital")? */
static int in_body_phrase(const struct acta_work *w, const mention *b) {
  uint32_t h = b->last - 1;
  return is_word(w, b->first, w->cw->w_the) && w->toks.v[h].tag == P_NOUN &&
         !tok_in(w, h, WL_PLACE_PART);
}

/* actors29: is mention a a bare title that heads a body of any kind,
 * right before "of" and the body b ("president of the Supreme Court",
 * WL5_HEAD_TITLE)?  Not when b owns what the title heads ("president of
 * the Auditor General Office's standing committee"). */
static int head_title_of(const struct acta_work *w, const acta_sentence *s, const mention *a,
                         const mention *b) {
  return a->role_only && a->last < s->last && is_word(w, a->last, w->cw->w_of) &&
         tok_in5(w, a->last - 1, WL5_HEAD_TITLE) &&
         !(b->last < s->last && w->toks.v[b->last].tag == P_POSS);
}

/* How many words after "of" a title's body may run before its head noun
 * ("the president of the Briceno municipality's community association"). */
#define TITLE_BODY_REACH 8

/* actors29: "Genivaldo Prates, the president of a fishermen's union", "Rafael
 * Urrutia, president of the Congressional Commission for Defense", "the
 * president and chairman of McEwen Mining Inc.": a bare title (a head
 * title or a member word, and a second after "and") before "of" and a
 * body no dictionary codes whose words (before any preposition) name one
 * no state office heads (WL5_PRIVATE_BODY) is no state official: the title
 * is left with no code (the sentence's country and GOV were a guess). */
static void private_body_titles(struct acta_work *w, size_t m0, size_t m1,
                                const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *a = &w->ments[k];
    if (!a->role_only || !acta_code_eq(a->role, "GOV") || a->absorbed ||
        !(tok_in5(w, a->last - 1, WL5_HEAD_TITLE) || org_member_noun(w, a->last - 1)))
      continue;
    uint32_t q = a->last;
    if (q + 2 < s->last && is_and_or(w, q) &&
        (tok_in5(w, q + 1, WL5_HEAD_TITLE) || org_member_noun(w, q + 1)))
      q += 2;
    if (q + 1 >= s->last || !is_word(w, q, w->cw->w_of) || w->tok_ment[q + 1] != NO) continue;
    int body = 0;
    for (uint32_t r = q + 1; r < s->last && r <= q + TITLE_BODY_REACH && !body; r++) {
      const acta_token *t = &w->toks.v[r];
      if (w->tok_ment[r] != NO || w->tok_vg[r] != NO ||
          !(np_tag(t->tag) || t->tag == P_POSS || t->tag == P_ADJ))
        break;
      body = tok_in5(w, r, WL5_PRIVATE_BODY);
    }
    if (!body) continue;
    acta_trace(w, "  \"%s\": heads a body no state office leads, no official\n",
               norm(w, a->last - 1));
    a->code[0] = a->country[0] = a->role[0] = '\0';
    a->role_only = 0;
  }
}

/* prec43b: "a task force of police officers", "a joint task force of the
 * FBI", "a special task force of the army": a unit (WL3_UNIT_NOUN: task
 * force, brigade, detachment ...) named by the dictionaries' bare role
 * ("task force" GOV, "joint task force" MIL) is the force its "of" phrase
 * names, when that is a state's force or office (MIL, COP, JUD, GOV, SPY):
 * the "of" phrase says who it is made of.  A list after "of" is left
 * alone (the unit is of all its members).  mend43b: only a unit whose own
 * role is the bare unit's (GOV, MIL): one whose words already say who it
 * is ("the press corps" MED, "a rebel brigade" REB, "a militia brigade")
 * keeps its role. */
static int unit_of_force(const struct acta_work *w, const mention *a, const mention *b, int of,
                         const acta_sentence *s) {
  if (!of || keds_role(a) || !a->role_only || a->last <= a->first ||
      !tok_in3(w, a->last - 1, WL3_UNIT_NOUN) ||
      !(acta_code_eq(a->role, "GOV") || acta_code_eq(a->role, "MIL")))
    return 0;
  /* (not a list's first member: "a joint task force of soldiers and
   * police" is of both) */
  if (b->last < s->last && (is_word(w, b->last, w->cw->w_and) || is_punct(w, b->last, ',')))
    return 0;
  return acta_code_eq(b->role, "MIL") || acta_code_eq(b->role, "COP") ||
         acta_code_eq(b->role, "JUD") || acta_code_eq(b->role, "GOV") ||
         acta_code_eq(b->role, "SPY");
}

/* prec44c: does mention b end in a noun of an event or outcome its
 * possessive owns ("the farmers' deaths", "the reporters' kidnapping"):
 * the phrase after "for" is a reason, not the body people serve?
 * mend44c: an allow-list of such nouns (not "the bishops' conference",
 * "the drivers' guild", "the students' protest"). */
static int owns_next_noun(const struct acta_work *w, const mention *b) {
  static const char *const EVENT[] = {
      "death",   "deaths",     "killing",        "killings",  "murder",   "murders",
      "disappearance", "disappearances", "loss", "losses",  "kidnapping", "kidnappings",
      "abduction", "abductions", "arrest",       "arrests",   "injuries", "massacre",
      NULL};
  uint32_t h = b->last - 1, p = h;
  while (p > b->first && w->toks.v[p - 1].tag != P_POSS) p--;
  if (p <= b->first + 1) return 0;
  for (size_t i = 0; EVENT[i]; i++)
    if (!strcmp(norm(w, h), EVENT[i])) return 1;
  return 0;
}

/* mend44c: does the phrase starting at token f stand as a verb's object
 * -- a verb right before it, past at most two determiners, numbers or
 * adjectives ("blamed two local officials") --?  (Verb groups are found
 * after mentions: the tags tell.) */
static int verb_object(const struct acta_work *w, uint32_t f, uint32_t first) {
  uint32_t q = f, n = 0;
  while (q > first && n < 2 &&
         (w->toks.v[q - 1].tag == P_DET || w->toks.v[q - 1].tag == P_NUM ||
          w->toks.v[q - 1].tag == P_ADJ))
    q--, n++;
  /* (or the next of a verb's listed objects: "blamed gangs and corrupt
   * officials") */
  return q > first && (w->toks.v[q - 1].tag == P_VERB || w->toks.v[q - 1].tag == P_CONJ);
}

/* "X of Y": a phrase without a country ("dozens", "the president",
 * "the city") takes Y's country; a role-less phrase takes Y whole; "a
 * spokesman for the Taliban" speaks as the Taliban. */
static void of_phrases(struct acta_work *w, size_t m0, size_t m1,
                       const acta_sentence *s) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    /* targets12: "leaders of one of the country's gangs": a member word's
     * body after a partitive and "of" (counted_phrases joins "one of" to
     * the body's phrase only later) */
    int part = b->first == a->last + 3 && org_member_noun(w, a->last - 1) &&
               tok_in3(w, a->last + 1, WL3_PARTITIVE) && w->tok_ment[a->last + 1] == NO &&
               is_word(w, a->last + 2, w->cw->w_of);
    if (b->first != a->last + 1 && !part) continue;
    /* roles29: "a lieutenant colonel from the national police", "a
     * general of Peru's National Police", "a colonel in the Honduran
     * police": a military rank (a bare MIL role) of, from or in a police
     * body is a police officer, as police forces use military ranks (the
     * body's country, when it names one) */
    if (!keds_role(a) && a->role_only && b->first == a->last + 1 && acta_code_eq(a->role, "MIL") &&
        acta_code_eq(b->role, "COP") && !b->modifier &&
        (is_word(w, a->last, w->cw->w_of) || is_word(w, a->last, w->cw->w_from) ||
         is_word(w, a->last, w->cw->w_in))) {
      acta_trace(w, "  \"%s\": a rank in a police body: %s\n", norm(w, a->last - 1), b->code);
      acta_take_code(a, b);
      a->multi = b->multi;
      b->absorbed = 1;
      continue;
    }
    int of = is_word(w, a->last, w->cw->w_of), for_ = is_word(w, a->last, w->cw->w_for);
    /* KEDS agents also take "from" and "in": "soldiers from Gondor" */
    if (keds_role(a) &&
        (is_word(w, a->last, w->cw->w_from) || is_word(w, a->last, w->cw->w_in)))
      of = 1;
    /* coop15: "hitmen from the Familia Michoacana", "soldiers from the
     * Colombian army": a bare role from a body of its own role is the
     * body's */
    if (!keds_role(a) && a->role_only && a->role[0] && b->role[0] && !b->role_only &&
        !memcmp(a->role, b->role, 4) && is_word(w, a->last, w->cw->w_from)) {
      acta_take_code(a, b);
      b->absorbed = 1;
      continue;
    }
    /* targets19a: "an officer in the Salvadoran army", "a commander in the
     * state police": a member word's body after "in" is its body as after
     * "of" (the two member rules below only: "officials in the country" is
     * a place's) */
    int in_body = !of && !for_ && !keds_role(a) && a->role_only && b->role[0] &&
                  is_word(w, a->last, w->cw->w_in) && org_member_noun(w, a->last - 1) &&
                  in_body_phrase(w, b);
    if (!of && !for_ && !in_body) continue;
    /* prec44c: "blamed officials for the farmers' losses": a body
     * after "for" that owns the next noun (no actor's word) is whose the
     * reason is, not the body the people serve */
    /* (mend44c: only a verb's object, "blamed X for ...", never a
     * subject: "a spokesman for the Y's Z") */
    if (for_ && owns_next_noun(w, b) && verb_object(w, a->first, s->first)) continue;
    /* coop15: "the leaders of the Zetas and the Gulf Cartel" wait for the
     * list (role_country_lists) */
    if (of && plural_role(w, a) && org_member_noun(w, a->last - 1) && list_closes(w, b, s) &&
        list_members_alike(w, b, s, 1))
      continue;
    /* "a spokesman for the Taliban", "the leader of Hezbollah": a
     * member of an organisation speaks and acts as the organisation */
    /* (actors29: and a head title's body after "of": "the president of
     * Pemex", "the president of the Senate") */
    if (a->role_only && b->role[0] && !b->role_only &&
        (org_member_noun(w, a->last - 1) || (!keds_role(a) && head_title_of(w, s, a, b)) ||
         unit_of_force(w, a, b, of, s))) {
      memcpy(a->code, b->code, sizeof a->code);
      memcpy(a->country, b->country, 4);
      memcpy(a->role, b->role, 4);
      a->role_only = 0;
      a->entry = b->entry;
      a->multi = b->multi;
      b->absorbed = 1;
      continue;
    }
    /* "the leader of the gang", "members of the police": a bare role's
     * member has its role (not the leader's GOV), and its country when
     * one is found */
    /* (actors29: "the president of the Supreme Court" JUD, "president of
     * the community association" CVL) */
    /* (not a bare MIL, which a "General" inside an office's name gives:
     * "president of the Auditor General Office's committee") */
    if (!keds_role(a) && a->role_only && b->role_only && b->role[0] &&
        (org_member_noun(w, a->last - 1) || unit_of_force(w, a, b, of, s) ||
         (head_title_of(w, s, a, b) && !acta_code_eq(b->role, "MIL")))) {
      memcpy(a->code, b->code, sizeof a->code);
      memcpy(a->role, b->role, 4);
      a->entry = b->entry;
      b->absorbed = 1;
      continue;
    }
    if (in_body) continue;
    /* "the son of the president", "relatives of officials": a private
     * person named by whose kin they are is a private person (CVL), not
     * the office (docs/conventions.md); a country comes below */
    if (of && !keds_role(a) && a->role_only && acta_code_eq(a->role, "CVL") && b->role_only &&
        !b->country[0]) {
      b->absorbed = 1;
      continue;
    }
    /* KEDS: "the ambassadors of A, B and C" waits for the list */
    if (of && keds_role(a) && list_closes(w, b, s))
      continue;
    /* coop15: "the presidents of Colombia and Peru" waits for the list too
     * (role_country_lists) */
    if (of && plural_role(w, a) && list_closes(w, b, s) && list_members_alike(w, b, s, 0))
      continue;
    if (of && a->role_only && (b->country[0] || (keds_role(a) && b->code[0]))) {
      memcpy(a->country, b->country, 4);
      if (a->entry && a->entry->keds) agent_code(a->code, sizeof a->code, b->code, a->entry);
      else snprintf(a->code, sizeof a->code, "%s%s", b->country, a->role);
      a->role_only = 0;
      a->multi = b->multi; /* "officials of the Shire": FROGOV, BILGOV ... */
      b->absorbed = 1;
    }
  }
}

/* "both MS13 and Barrio 18, whose chiefs now insist", "a cartel whose
 * members killed": a member word after "whose" is a member of the actor
 * right before it (its code), not a state official (leaders: GOV). */
static void whose_members(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (a->absorbed || !a->code[0] || !b->role_only || b->first == 0 ||
        !is_word(w, b->first - 1, w->cw->w_whose) || !org_member_noun(w, b->last - 1))
      continue;
    uint32_t q = b->first - 1;
    if (q > a->last && is_punct(w, q - 1, ',')) q--;
    if (q != a->last) continue;
    memcpy(b->code, a->code, sizeof b->code);
    memcpy(b->country, a->country, 4);
    memcpy(b->role, a->role, 4);
    b->role_only = a->role_only;
    b->entry = a->entry;
  }
}

int acta_relation_head(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  return tok_lemma_in4(w, q, t->nlemma, WL4_RELATION_NOUN) ||
         (t->nlemma != t->word && tok_lemma_in4(w, q, t->nlemma, WL4_RELATION_PLURAL));
}

/* actors27: "representatives of Colombia", "the summit was attended by
 * delegates of Mexico, Brazil and Peru": people who stand for a state (a
 * lower-case WL5_STATE_ENVOY noun, the head q before "of") are its state's
 * (GOV), not the bare country.  b is the mention after "of"; the other
 * bare countries of the list it opens stand for their states too. */
static void envoys_of_state(struct acta_work *w, mention *b, uint32_t q) {
  const acta_token *h = &w->toks.v[q];
  if (((h->flags & TF_CAP) && !(h->flags & TF_SENT_START)) || h->tag != P_NOUN ||
      !tok_lemma_in5(w, q, h->nlemma, WL5_STATE_ENVOY) || !b->country[0] || b->role[0] ||
      b->modifier)
    return;
  memcpy(b->role, "GOV", 4);
  snprintf(b->code, sizeof b->code, "%.3sGOV", b->country);
  b->state_envoys = 1;
}

/* The rest of the list envoys_of_state's mention opens (compound groups
 * are made after "of" phrases): its bare countries' states. */
static void envoy_lists(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k < m1; k++) {
    if (!w->ments[k].state_envoys || w->ments[k].group != (int32_t)k) continue;
    for (int32_t t = w->ments[k].next_in_group; t != NO; t = w->ments[t].next_in_group) {
      mention *o = &w->ments[t];
      if (!o->country[0] || o->role[0] || o->modifier) continue;
      memcpy(o->role, "GOV", 4);
      snprintf(o->code, sizeof o->code, "%.3sGOV", o->country);
    }
  }
}

/* prec46b: "detained a top heroin supplier for the Gulf Cartel", "three
 * arms brokers for the ELN": a head of
 * WL6_SERVICE_NOUN (token q, no actor of its own) right before "for" and
 * a criminal or armed group b (CRM, REB, UAF) names one who works for that
 * group, one phrase as after "of"; the group alone is not who was
 * arrested.  Not after a market or a place ("the main supplier for
 * Europe": no such role). */
static int service_for_group(const struct acta_work *w, const mention *b, uint32_t q) {
  return !w->keds && is_word(w, b->first - 1, w->cw->w_for) && w->toks.v[q].tag == P_NOUN &&
         acta_armed_group_role(b->role) &&
         tok_lemma_in6(w, q, w->toks.v[q].nlemma, WL6_SERVICE_NOUN);
}

/* NP "of" NP where the first has no actor: "dozens of protesters" is one
 * mention; not people who serve someone ("two bodyguards of the mayor"
 * are not the mayor, acta_relation_head). */
static void counted_phrases(const acta_dict *d, struct acta_work *w, size_t m0,
                            size_t m1, const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *b = &w->ments[k];
    /* "tens of thousands of people": as often as "of" and a count lead */
    for (int chain = 0; chain < 4; chain++) {
    if (b->first < s->first + 2) break;
    uint32_t q = b->first - 2;
    if (!is_word(w, b->first - 1, w->cw->w_of) && !service_for_group(w, b, q)) break;
    if (w->tok_ment[q] != NO || !np_tag(w->toks.v[q].tag)) break;
    /* the head before "of" must not be an event noun ("killing of") */
    const acta_token *h = &w->toks.v[q];
    uint32_t pv;
    if ((h->nlemma != ACTA_NO_WORD && acta_u64map_get(&d->noun_pats, h->nlemma, &pv)) ||
        (h->word != ACTA_NO_WORD && acta_u64map_get(&d->noun_pats, h->word, &pv)))
      break;
    if (acta_relation_head(w, q)) break;
    /* idioms13: "at the hands of the cartel" names the cartel (the
     * agent, acta_hands_agent), no hands */
    if (!w->keds && q >= s->first + 2 && acta_hands_agent(w, q - 2, s->last) != NO) break;
    /* "the dilemma of the president", "the ire of his critics": a thing
     * of the actor, which may be acted on but does nothing (sources12) */
    if (!w->keds && nonactor_noun(w, q)) b->modifier = 1;
    /* 'the nickname "The Boss of Thieves"': a quoted title is a name, no
     * phrase of the people after "of" (quoted_title) */
    if (!w->keds && tok_in(w, q, WL_PERSON_NOUN) &&
        ((q > s->first && is_punct(w, q - 1, '"')) ||
         (q > s->first + 1 && w->toks.v[q - 1].tag == P_DET && is_punct(w, q - 2, '"'))) &&
        b->last < s->last && is_punct(w, b->last, '"'))
      break;
    uint32_t st = q;
    while (st > s->first && np_tag(w->toks.v[st - 1].tag) &&
           w->tok_ment[st - 1] == NO && w->tok_vg[st - 1] == NO)
      st--;
    if (!w->keds) envoys_of_state(w, b, q);
    b->first = st;
    for (uint32_t z = st; z <= q + 1; z++) w->tok_ment[z] = (int32_t)k;
    b->after_prep = 0;
    b->after_verb = 0;
    if (st > s->first) {
      const acta_token *pv2 = &w->toks.v[st - 1];
      if (pv2->tag == P_PREP || pv2->tag == P_TO) b->after_prep = 1;
      if (w->tok_vg[st - 1] != NO) b->after_verb = 1;
    }
    }
  }
}

/* Appositives: "Sergei Lavrov, Russia's foreign minister," is one mention. */
/* actors24: is a a name the dictionaries give a state's office (GOV, ELI,
 * LEG, JUD) and b, apposed after it, a leader of an armed or criminal
 * group ("Duque, the head of the Urabenos", "Santos, the alleged leader of
 * a FARC front": a leader word after at most a determiner and two
 * adjectives)?  The description names the person: a criminal head shares
 * a surname with an office holder. */
static int armed_leader_of_name(const struct acta_work *w, const mention *a, const mention *b) {
  static const char *const STATE[] = {"GOV", "ELI", "LEG", "JUD", NULL};
  static const char *const ARMED[] = {"CRM", "REB", "UAF", "INS", NULL};
  if (a->role_only || !str_one_of(a->role, STATE) || !str_one_of(b->role, ARMED)) return 0;
  for (uint32_t q = a->first; q < a->last; q++)
    if (w->toks.v[q].tag != P_PROPN || !(w->toks.v[q].flags & TF_CAP)) return 0;
  uint32_t q = b->first;
  if (q < b->last && w->toks.v[q].tag == P_DET) q++;
  for (int k = 0; k < 2 && q < b->last && w->toks.v[q].tag == P_ADJ; k++) q++;
  return q + 1 < b->last && tok_in2(w, q, WL2_LEADER_WORD) && is_word(w, q + 1, w->cw->w_of);
}

static void appositives(struct acta_work *w, size_t m0, size_t m1,
                        const acta_sentence *s) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (a->absorbed || b->absorbed) continue;
    if (b->first != a->last + 1) continue;
    const acta_token *c = &w->toks.v[a->last];
    if (c->kind != TK_PUNCT || c->punct != ',') continue;
    /* "X, Y, ..." or "..., X, Y." -- but "..., Y said" is a new clause */
    int close = b->last >= s->last ||
                (w->toks.v[b->last].kind == TK_PUNCT &&
                 (w->toks.v[b->last].punct == ',' || w->toks.v[b->last].punct == '.'));
    if (!close) continue;
    /* not a list: "Iran, Russia, China" or "Iran, Russia and China" */
    if (!a->role[0] && !b->role[0]) continue;
    if (b->last + 1 < s->last && is_and_or(w, b->last + 1))
      continue;
    if (a->country[0] && b->country[0] && strcmp(a->country, b->country)) continue;
    /* the first phrase is the head: it keeps its code when it has a role
     * ("Russia's defense minister, Sergei Shoigu," stays MIL); otherwise
     * the description gives the role ("Sergei Lavrov, Russia's foreign
     * minister," when Lavrov is not in the dictionaries) */
    if (!a->role[0] && b->role[0]) {
      if (b->country[0] || !a->country[0]) {
        memcpy(a->code, b->code, sizeof a->code);
        memcpy(a->country, b->country, 4);
      } else {
        snprintf(a->code, sizeof a->code, "%s%s", a->country, b->role);
      }
      memcpy(a->role, b->role, 4);
      a->role_only = b->role_only;
      a->entry = b->entry;
    } else if (a->role_only && b->country[0]) {
      memcpy(a->country, b->country, 4);
      snprintf(a->code, sizeof a->code, "%s%s", b->country, a->role);
      a->role_only = 0;
    } else if (armed_leader_of_name(w, a, b)) {
      /* actors24: "Duque, the head of the Urabenos": the name is the
       * criminal head's, not the office holder's of the same name */
      acta_trace(w, "  \"%s\": %s, the leader of an armed group apposed (%s), not the "
                 "office holder of the same name\n", norm(w, a->last - 1), a->code, b->code);
      memcpy(a->code, b->code, sizeof a->code);
      memcpy(a->country, b->country, 4);
      memcpy(a->role, b->role, 4);
      a->role_only = b->role_only;
      a->entry = b->entry;
    }
    b->absorbed = 1;
    for (uint32_t z = a->last; z < b->last; z++) w->tok_ment[z] = (int32_t)k;
    a->last = b->last;
    if (a->last < s->last && w->toks.v[a->last].kind == TK_PUNCT &&
        w->toks.v[a->last].punct == ',') {
      w->tok_ment[a->last] = (int32_t)k;
      a->last++;
    }
  }
}

/* Is mention m a bare demonym that may share the head of the next member of
 * its list ("Russian" of "Russian and Belarusian troops"): one word with a
 * country and no role, a demonym's ending, or a country's abbreviation in
 * capitals ("US", "UK" of "US and Canadian officials": actors12)? */
static int bare_demonym(const struct acta_work *w, const mention *m) {
  if (!m->country[0] || m->role[0] || m->last <= m->first) return 0;
  uint32_t q = m->last - 1;
  /* people14: a determiner or a count may open it ("both Guatemalan and US
   * officials", "the Mexican and Colombian authorities", "two Honduran and
   * three Salvadoran gang members"); then only a demonym's ending */
  for (uint32_t p = m->first; p < q; p++)
    if (w->toks.v[p].tag != P_DET && w->toks.v[p].tag != P_NUM) return 0;
  const acta_token *t = &w->toks.v[q];
  if (t->tag != P_ADJ && t->tag != P_PROPN && t->tag != P_NOUN) return 0;
  if (t->norm_len > 2 && (tok_ends(w, q, "an") || tok_ends(w, q, "ese") || tok_ends(w, q, "sh") ||
                          tok_ends(w, q, "ch") || tok_ends(w, q, "i") || tok_ends(w, q, "c")))
    return 1;
  if (q != m->first) return 0;
  /* "US", "U.S.", "UK": two to four capitals, dots between */
  size_t caps = 0;
  for (size_t p = t->start; p < t->end; p++) {
    char ch = w->cur_text[p];
    if (ch >= 'A' && ch <= 'Z') caps++;
    else if (ch != '.') return 0;
  }
  return caps >= 2 && caps <= 4;
}

/* prec46c: an office's word after a portfolio's name ("Minister",
 * "ministries"). */
static int office_word(const struct acta_work *w, uint32_t q) {
  return is_vocab(w, q, V_MINISTER) || norm_eq(w, q, "ministry") || norm_eq(w, q, "ministries") ||
         is_vocab(w, q, V_SECRETARY) || norm_eq(w, q, "secretariat");
}

/* prec46c: are bare country a (its "'s" or its last dictionary phrase, a
 * country's word, then one or two capitalised nouns: "Venezuelan
 * Interior", "Peru's Energy") and role b after "and" ("Justice Minister
 * Pedro Rojas", "Interior ministries") the title of a minister or
 * ministries of two portfolios: b's words capitalised up to an office's
 * word, at most two of them? */
static int portfolio_title(const struct acta_work *w, const mention *a, const mention *b) {
  uint32_t p = a->first;
  while (p < a->last && w->toks.v[p].tag != P_POSS) p++;
  if (p >= a->last) p = a->phrase_first;
  if (p + 1 >= a->last || a->last - (p + 1) > 2) return 0;
  for (uint32_t q = p + 1; q < a->last; q++)
    if (!(w->toks.v[q].flags & TF_CAP) ||
        (w->toks.v[q].tag != P_NOUN && w->toks.v[q].tag != P_PROPN))
      return 0;
  for (uint32_t q = b->first; q < b->last && q < b->first + 3; q++) {
    if (office_word(w, q)) return q > b->first;
    if (!(w->toks.v[q].flags & TF_CAP)) return 0;
  }
  return 0;
}

/* actors25: "Colombia's tax and customs police", "Peru's mining and energy
 * minister": a country's "'s" and lower-case words with no role (a bare
 * country), then "and" and a role phrase of lower-case words with no
 * country of its own, is one phrase whose two modifiers share the role's
 * head: the role phrase takes the whole span and the country, and the
 * bare country is no actor of its own. */
static void shared_heads(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (a->absorbed || b->absorbed || !a->country[0] || a->role[0] || strlen(a->code) != 3 ||
        !b->role[0] ||
        b->first != a->last + 1 || !is_word(w, a->last, w->cw->w_and) ||
        (!b->role_only && !acta_code_eq(a->country, b->country)))
      continue;
    /* a: the country's "'s" then lower-case nouns or adjectives */
    uint32_t p = a->first;
    while (p < a->last && w->toks.v[p].tag != P_POSS) p++;
    int plain = p + 1 < a->last;
    for (uint32_t q = p + 1; q < b->last && plain; q++) {
      const acta_token *t = &w->toks.v[q];
      if (q == a->last) continue; /* "and" */
      plain = !(t->flags & TF_CAP) && (t->tag == P_NOUN || t->tag == P_ADJ);
    }
    /* prec46c: or a portfolio's title in capitals ("Venezuelan Interior
     * and Justice Minister", "Peru's Energy and Mines Minister") */
    if (!plain && !portfolio_title(w, a, b)) continue;
    if (b->role_only) {
      char code[sizeof b->code];
      snprintf(code, sizeof code, "%.3s%.60s", a->country, b->code);
      memcpy(b->code, code, sizeof b->code);
      memcpy(b->country, a->country, 4);
      b->role_only = 0;
    }
    for (uint32_t z = a->first; z < b->first; z++) w->tok_ment[z] = (int32_t)(k + 1);
    b->first = a->first;
    b->after_prep = a->after_prep; /* where the phrase stands: a's place */
    b->after_verb = a->after_verb;
    b->prep_word = a->prep_word;
    a->absorbed = 1;
  }
}

/* Compound groups: "Iran and Russia", "Iran, Russia and China" (at most
 * 12 members). */
static void compound_groups(const acta_dict *d, struct acta_work *w, size_t m0,
                            size_t m1, const acta_sentence *s) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k];
    if (a->absorbed) continue;
    /* the next member, past the brackets of a's acronym */
    uint32_t gap0 = past_member_gloss(w, a->last, s);
    size_t nk = k + 1;
    while (nk < m1 && (w->ments[nk].absorbed || w->ments[nk].first < gap0)) nk++;
    if (nk >= m1) break;
    mention *b = &w->ments[nk];
    uint32_t gap1 = b->first;
    int ok = 0;
    if (gap1 == gap0 + 1) {
      const acta_token *c = &w->toks.v[gap0];
      if (c->tag == P_CONJ && is_and_or(w, gap0))
        ok = 1;
      /* KEDS: "Neither A nor B boycotted" (the pattern says NEITHER) */
      if (d->keds_only && is_word(w, gap0, w->cw->w_nor)) ok = 1;
      /* "A, B and C", "A, B, C and D": a comma list closed by "and" */
      if (c->kind == TK_PUNCT && c->punct == ',' &&
          list_closes_ex(w, b, s, !a->role_only && !b->role_only))
        ok = 1;
    } else if (gap1 == gap0 + 2) {
      const acta_token *c = &w->toks.v[gap0];
      if (c->kind == TK_PUNCT && c->punct == ',' && is_word(w, gap0 + 1, w->cw->w_and) &&
          a->group != (int32_t)k)
        ok = 1; /* the end of a comma list */
    }
    /* bugs25: "the Rastrojos, the Paisas and the Urabenos": a member no
     * dictionary codes between two that are coded keeps the list */
    if (!ok && gap1 > gap0 + 2 && !a->role_only && !b->role_only)
      ok = list_past_uncoded(w, gap0, gap1, b, s);
    if (!ok) continue;
    /* "Russian and Belarusian troops": a bare demonym shares the head; so
     * do all of a list's ("Colombian, Spanish and Dutch authorities", "US
     * and Canadian officials": actors12) */
    if (b->role[0] && b->country[0] && !b->role_only && bare_demonym(w, a)) {
      int all = 1;
      for (int32_t t2 = a->group; t2 != NO && t2 != (int32_t)nk; t2 = w->ments[t2].next_in_group)
        if (!bare_demonym(w, &w->ments[t2])) all = 0;
      for (int32_t t2 = a->group; t2 != NO && t2 != (int32_t)nk;
           t2 = all ? w->ments[t2].next_in_group : NO) {
        mention *x = all ? &w->ments[t2] : a;
        memcpy(x->role, b->role, 4);
        snprintf(x->code, sizeof x->code, "%s%s", x->country, b->role);
      }
    }
    /* b joins a's group (at most 12 members: a list longer than that is
     * not a compound actor, and would multiply events) */
    int32_t g = a->group;
    int members = 1;
    for (int32_t t2 = g; w->ments[t2].next_in_group != NO; t2 = w->ments[t2].next_in_group)
      members++;
    if (members >= 12) continue;
    b->group = g;
    b->after_prep = w->ments[g].after_prep;
    b->after_verb = w->ments[g].after_verb;
    int32_t t = g;
    while (w->ments[t].next_in_group != NO) t = w->ments[t].next_in_group;
    w->ments[t].next_in_group = (int32_t)nk;
  }
}

/* KEDS: "Danish media and government": a bare role in a compound takes
 * the actor of the member before it. */
static void keds_shared_roles(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k < m1; k++) {
    const mention *a = &w->ments[k];
    if (a->group != (int32_t)k || a->absorbed) continue;
    for (int32_t t = (int32_t)k; w->ments[t].next_in_group != NO; t = w->ments[t].next_in_group) {
      const mention *pa = &w->ments[t];
      mention *mt = &w->ments[pa->next_in_group];
      if (!keds_role(mt) || mt->absorbed || pa->role_only || !pa->base[0]) continue;
      /* a parse says whether the two share one noun phrase: "(NP The
       * Danish media) and (NP government)" do not */
      if (w->have_parse && mt->first > pa->last &&
          tok_phrase(w, pa->last - 1) != tok_phrase(w, mt->first))
        continue;
      /* without one: only a bare noun right after "and" ("Eriador and the
       * police" are two) */
      if (!w->have_parse &&
          (mt->first != pa->last + 1 || w->toks.v[mt->first].tag == P_DET))
        continue;
      agent_code(mt->code, sizeof mt->code, pa->base, mt->entry);
      mt->multi = pa->multi;
      acta_copy_str(mt->base, sizeof mt->base, pa->base);
      memcpy(mt->country, pa->country, 4);
      mt->role_only = 0;
    }
  }
}

/* KEDS: "the ambassadors of A, B and C": each member takes the role. */
static void keds_role_lists(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (!keds_role(a) || a->absorbed) continue;
    if (b->first != a->last + 1 || b->group != (int32_t)(k + 1) ||
        b->next_in_group == NO)
      continue;
    if (!is_word(w, a->last, w->cw->w_of) && !is_word(w, a->last, w->cw->w_in) &&
        !is_word(w, a->last, w->cw->w_from))
      continue;
    int32_t list[12];
    int nl = 0;
    for (int32_t t = (int32_t)(k + 1); t != NO && nl < 12; t = w->ments[t].next_in_group)
      list[nl++] = t;
    /* "Lawmakers and officials in A and B": the bare roles compounded
     * before this one take the list too (FORLEG, GONLEG ...) */
    int32_t ga = a->group;
    int roles_only = ga != (int32_t)k;
    for (int32_t r = ga; roles_only && r != NO && r != (int32_t)k; r = w->ments[r].next_in_group)
      if (!keds_role(&w->ments[r]) || w->ments[r].absorbed) roles_only = 0;
    int members = nl;
    for (int32_t r = ga; roles_only && r != (int32_t)k; r = w->ments[r].next_in_group) {
      int32_t tail = list[nl - 1];
      while (w->ments[tail].next_in_group != NO) tail = w->ments[tail].next_in_group;
      /* a compound stays within 12 members, as compound_groups keeps it */
      for (int q = 0; q < nl && members < 12; q++, members++) {
        GROW_POISONED(w->ments, w->nments, w->cap_ments);
        int32_t mi = (int32_t)w->nments++;
        w->ments[mi] = w->ments[list[q]];
        agent_code(w->ments[mi].code, sizeof w->ments[mi].code, w->ments[list[q]].code,
                   w->ments[r].entry);
        memcpy(w->ments[mi].role, w->ments[r].role, 4);
        w->ments[mi].next_in_group = NO;
        w->ments[mi].group = (int32_t)(k + 1);
        w->ments[tail].next_in_group = mi;
        tail = mi;
      }
      w->ments[r].absorbed = 1;
      for (uint32_t z = w->ments[r].first; z < w->ments[r].last; z++)
        w->tok_ment[z] = (int32_t)(k + 1);
    }
    a = &w->ments[k];
    b = &w->ments[k + 1];
    for (int q = 0; q < nl; q++) {
      mention *mt = &w->ments[list[q]];
      char tmp[sizeof mt->code];
      agent_code(tmp, sizeof tmp, mt->code, a->entry);
      memcpy(mt->code, tmp, sizeof tmp);
      memcpy(mt->role, a->role, 4);
    }
    /* the role's words belong to the first member's phrase */
    uint32_t from = roles_only ? w->ments[ga].first : a->first;
    for (uint32_t z = from; z < b->first; z++) w->tok_ment[z] = (int32_t)(k + 1);
    b->first = from;
    b->after_prep = a->after_prep;
    b->after_verb = a->after_verb;
    a->absorbed = 1;
  }
}

/* coop15: "the presidents of Colombia and Peru", "the governments of
 * Mexico, Guatemala and Honduras": a plural role before "of" and a list of
 * countries' bare names is each country's (COLGOV, PERGOV), one compound
 * that opens with the role's words, as "the ambassadors of A, B and C" is
 * in KEDS dictionaries (of_phrases left the role unlinked); members of a
 * list of bodies ("the leaders of the Zetas and the Gulf Cartel") are the
 * bodies. */
static void role_country_lists(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    /* ("police in France, Italy and Spain", "authorities from Guatemala,
     * Mexico and Belize": the same, of countries only) */
    int of = a->last < w->toks.n && is_word(w, a->last, w->cw->w_of);
    int from_in = a->last < w->toks.n &&
                  (is_word(w, a->last, w->cw->w_from) || is_word(w, a->last, w->cw->w_in));
    if (a->absorbed || !plural_role(w, a) || !(of || from_in) || b->first != a->last + 1 ||
        b->group != (int32_t)(k + 1) || b->next_in_group == NO)
      continue;
    /* "the leaders of the Zetas and the Gulf Cartel": members of bodies
     * act as their bodies, whose codes stand */
    int all = 1, bodies = of && org_member_noun(w, a->last - 1);
    for (int32_t t = (int32_t)(k + 1); t != NO && (all || bodies); t = w->ments[t].next_in_group) {
      const mention *mt = &w->ments[t];
      if (!country_name(mt)) all = 0;
      /* bodies of one kind ("the Colombian military and the Governor" are
       * two subjects) */
      if (!mt->role[0] || mt->role_only || memcmp(mt->role, b->role, 4)) bodies = 0;
    }
    if (!all && !bodies) continue;
    for (int32_t t = (int32_t)(k + 1); t != NO && all; t = w->ments[t].next_in_group) {
      mention *mt = &w->ments[t];
      snprintf(mt->code, sizeof mt->code, "%s%s", mt->country, a->role);
      memcpy(mt->role, a->role, 4);
    }
    for (uint32_t z = a->first; z < b->first; z++) w->tok_ment[z] = (int32_t)(k + 1);
    b->first = a->first;
    b->after_prep = a->after_prep;
    b->after_verb = a->after_verb;
    a->absorbed = 1;
  }
}

/* Links the mentions [m0, m1) of sentence s: what stands before and after
 * each, "X of Y", "dozens of Y", appositives, compound groups and the KEDS
 * roles shared over a compound or a list. */
/* actors12: "Honduras' Criminal Inquiry Directorate (Direccion
 * de Pesquisas Criminales - DPC)", "the Attorney
 * General's Office (Procuraduria General de la Republica - PGR)": a name's
 * own name in another language and its acronym, in a parenthesis right
 * after it (a coded phrase or a capitalised word before the parenthesis; a
 * dash, then one word in capitals, then the closing mark).
 * The words inside name the same body; English role words in them
 * ("General", "Criminal") are no actor of their own: their mentions are
 * absorbed. */
static void name_glosses(struct acta_work *w, size_t m0, size_t m1, const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    uint32_t open = m->first;
    if (m->absorbed || open < s->first + 2 || !is_punct(w, open - 1, '(') ||
        (w->tok_ment[open - 2] == NO && !(w->toks.v[open - 2].flags & TF_CAP)))
      continue;
    /* the closing mark, an acronym and a dash before it, within reach */
    uint32_t close = UINT32_MAX;
    for (uint32_t q = m->last; q < s->last && q < open + GLOSS_TOKENS; q++)
      if (is_punct(w, q, ')')) {
        close = q;
        break;
      }
    if (close == UINT32_MAX || close < m->last + 2 || !is_punct(w, close - 2, '-')) continue;
    const acta_token *a = &w->toks.v[close - 1];
    int caps = 0, other = 0;
    for (size_t p = a->start; p < a->end; p++) {
      char ch = w->cur_text[p];
      if (ch >= 'A' && ch <= 'Z') caps++;
      else if (!(ch >= '0' && ch <= '9')) other++;
    }
    if (caps < 2 || other) continue;
    acta_trace(w, "  \"%s\": a gloss of the name before it (in another language), no actor\n",
               norm(w, m->last - 1));
    m->absorbed = 1;
  }
}

/* roles29: "inmates took three guards hostage" at a prison, "two guards
 * were killed in the jail": guards (a bare CVL role, a WL5_GUARD_NOUN word
 * in its phrase, not "private" before it) in a sentence that names a
 * prison, a jail, a penitentiary or inmates are the prison's guards, the
 * state's (COP, as "prison guards" are in agents.txt).  One pass over the
 * sentence's tokens, one over its mentions. */
static void prison_guards(struct acta_work *w, size_t m0, size_t m1, const acta_sentence *s) {
  /* speed32e: the sentence is read for a prison only when a civilians'
   * mention holds a guard noun (few do), not the other way round */
  int guards = 0;
  for (size_t k = m0; k < m1 && !guards; k++) {
    const mention *m = &w->ments[k];
    if (m->absorbed || !m->role_only || !acta_code_eq(m->role, "CVL")) continue;
    for (uint32_t q = m->first; q < m->last && !guards; q++)
      guards = w->toks.v[q].tag == P_NOUN &&
               tok_lemma_in5(w, q, w->toks.v[q].nlemma, WL5_GUARD_NOUN);
  }
  if (!guards) return;
  int prison = 0;
  for (uint32_t q = s->first; q < s->last && !prison; q++)
    prison = w->toks.v[q].tag == P_NOUN &&
             (tok_lemma_in4(w, q, w->toks.v[q].nlemma, WL4_JAIL_WORD) ||
              tok_lemma_in5(w, q, w->toks.v[q].nlemma, WL5_PRISON_NOUN));
  if (!prison) return;
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    if (m->absorbed || !m->role_only || !acta_code_eq(m->role, "CVL")) continue;
    for (uint32_t q = m->first; q < m->last; q++) {
      if (w->toks.v[q].tag != P_NOUN || !tok_lemma_in5(w, q, w->toks.v[q].nlemma, WL5_GUARD_NOUN))
        continue;
      if (q > m->first && tok_in5(w, q - 1, WL5_PRIVATE_ADJ)) break;
      memcpy(m->code, "COP", 4);
      memcpy(m->role, "COP", 4);
      acta_trace(w, "  \"%s\": guards where the sentence names a prison: COP\n", norm(w, q));
      break;
    }
  }
}

/* prec43b: "two demobilized members of the ELN", "former FARC
 * guerrillas": a rebel group's people who laid down their arms are
 * civilians (CVL) of the group's country, not the group.  Read once the
 * "of" phrases are joined.  mend43b: Colombian groups only, whose people
 * left them under peace deals (elsewhere "former rebels" are most often
 * an armed coalition still: ex-Seleka, Libya's former rebels); not when
 * the sentence tells them armed again (armed_again). */
static void laid_down_arms_civilians(struct acta_work *w, size_t m0, size_t m1,
                                     const acta_sentence *s) {
  /* (a bare "two demobilized guerrillas" is Colombian when Colombia is
   * the one country the sentence's actors name) */
  int col = 0, other = 0;
  for (size_t k = m0; k < m1; k++) {
    const char *c = w->ments[k].country;
    if (c[0] && acta_code_eq(c, "COL")) col = 1;
    else if (c[0]) other = 1;
  }
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    if (m->absorbed || !acta_code_eq(m->role, "REB") ||
        !(acta_code_eq(m->country, "COL") || (!m->country[0] && col && !other)) ||
        !laid_down_arms(w, m) || armed_again(w, m, s))
      continue;
    memcpy(m->role, "CVL", 4);
    if (m->role_only || !m->country[0]) acta_copy_str(m->code, sizeof m->code, "CVL");
    else snprintf(m->code, sizeof m->code, "%.3sCVL", m->country);
    m->role_only = !m->country[0];
  }
}

void acta_link_mentions(const acta_dict *d, struct acta_work *w,
                        size_t m0, size_t m1, const acta_sentence *s) {
  /* speed34e: every pass below reads mentions [m0, m1) and nothing else
   * when there are none: a sentence without any is done */
  if (m0 >= m1) return;
  if (!d->keds_only) name_glosses(w, m0, m1, s);
  mark_positions(d, w, m0, m1, s);
  if (!d->keds_only) close_appositives(w, m0, m1);
  if (!d->keds_only) acronym_members(w, m0, m1);
  of_phrases(w, m0, m1, s);
  if (!d->keds_only) private_body_titles(w, m0, m1, s);
  if (!d->keds_only) whose_members(w, m0, m1);
  if (!d->keds_only) prison_guards(w, m0, m1, s);
  counted_phrases(d, w, m0, m1, s);
  appositives(w, m0, m1, s);
  if (!d->keds_only) shared_heads(w, m0, m1);
  compound_groups(d, w, m0, m1, s);
  if (!d->keds_only) envoy_lists(w, m0, m1);
  if (!d->keds_only) role_country_lists(w, m0, m1);
  keds_shared_roles(w, m0, m1);
  keds_role_lists(w, m0, m1);
  if (!d->keds_only) laid_down_arms_civilians(w, m0, m1, s);
}

/* PETRARCH's new actors: a noun phrase of the parse with no coded phrase
 * in it and at most w->new_actor_len words is an actor coded with its
 * words ("\"THE MINISTRY OF MAGIC\""); a longer one is none; one with a
 * coded phrase inside is that actor's ("the dispute with Osgiliath")
 * unless it is a compound, which is looked into ("Eriador's death and
 * injury toll": INJURY TOLL).  One pass up the sentence's nodes sums their
 * words and what they hold, one pass down decides; then the sentence's
 * mentions are put back in text order.  Linear in the nodes. */
enum { NA_CODED = 1, NA_VERB = 2, NA_CC = 4, NA_OUT = 8 };

mention *acta_append_mention(struct acta_work *w, uint32_t q0, uint32_t q1) {
  GROW_POISONED(w->ments, w->nments, w->cap_ments);
  mention *m = &w->ments[w->nments];
  memset(m, 0, sizeof *m);
  m->first = q0;
  m->last = q1;
  m->next_in_group = NO;
  return m;
}

static void new_actor_at(struct acta_work *w, uint32_t q0, uint32_t q1) {
  mention *m = acta_append_mention(w, q0, q1);
  size_t n = 0;
  m->code[n++] = '"';
  for (uint32_t q = q0; q < q1; q++) {
    const acta_token *tk = &w->toks.v[q];
    if (!(tk->kind == TK_WORD || tk->kind == TK_NUM) || tk->tag == P_POSS) continue;
    if (n > 1 && n + 1 < sizeof m->code - 2) m->code[n++] = ' ';
    for (uint32_t b = tk->start; b < tk->end && n + 1 < sizeof m->code - 2; b++) {
      char ch = w->cur_text[b];
      m->code[n++] = (ch >= 'a' && ch <= 'z') ? (char)(ch - 'a' + 'A') : ch;
    }
  }
  m->code[n++] = '"';
  m->code[n] = '\0';
  for (uint32_t q = q0; q < q1; q++) w->tok_ment[q] = (int32_t)w->nments;
  w->nments++;
}

static int cmp_mention(const void *a, const void *b) {
  const mention *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

void acta_new_actors(struct acta_work *w, const acta_sentence *s, size_t m0) {
  if (!w->new_actor_len || !w->have_parse || s->first >= s->last) return;
  const acta_treebank *t = &w->tb;
  /* the sentence's leaves, then its nodes: pre-order lists nodes by their
   * first leaf, so those starting inside the sentence are one run */
  int32_t L0 = -1, L1 = -1;
  for (uint32_t q = s->first; q < s->last; q++)
    if (w->tok_leaf[q] >= 0) {
      if (L0 < 0) L0 = w->tok_leaf[q];
      L1 = w->tok_leaf[q] + 1;
    }
  if (L0 < 0) return;
  size_t lo = 0, hi = t->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->nodes[mid].first_leaf < (uint32_t)L0) lo = mid + 1; else hi = mid;
  }
  size_t n0 = lo, n1 = n0;
  while (n1 < t->n && t->nodes[n1].first_leaf < (uint32_t)L1) n1++;
  if (n1 > w->cap_na) {
    w->cap_na = n1 * 2;
    w->na_words = realloc(w->na_words, w->cap_na * sizeof *w->na_words);
    w->na_flags = realloc(w->na_flags, w->cap_na);
    if (!w->na_words || !w->na_flags) abort();
  }
  for (size_t i = n0; i < n1; i++) w->na_words[i] = 0, w->na_flags[i] = 0;
  for (size_t i = n1; i-- > n0;) {
    const acta_tb_node *nd = &t->nodes[i];
    if (nd->leaf >= 0) {
      int32_t q = w->leaf_tok[nd->leaf];
      if (q == NO || (uint32_t)q < s->first || (uint32_t)q >= s->last) {
        w->na_flags[i] |= NA_OUT;
      } else {
        const acta_token *tk = &w->toks.v[q];
        if (w->tok_ment[q] != NO) w->na_flags[i] |= NA_CODED;
        if (tk->tag == P_VERB) w->na_flags[i] |= NA_VERB;
        if ((tk->kind == TK_WORD || tk->kind == TK_NUM) && tk->tag != P_POSS)
          w->na_words[i] = 1;
      }
    }
    if (nd->end_leaf > (uint32_t)L1) w->na_flags[i] |= NA_OUT;
    if (nd->parent >= (int32_t)n0) {
      w->na_words[nd->parent] += w->na_words[i];
      w->na_flags[nd->parent] |= (uint8_t)(w->na_flags[i] & (NA_CODED | NA_VERB | NA_OUT));
      if (acta_tb_label_is(nd, "CC"))
        w->na_flags[nd->parent] |= NA_CC;
    }
  }
  size_t before = w->nments;
  uint32_t hide_end = 0; /* leaves before it belong to a decided phrase */
  for (size_t i = n0; i < n1; i++) {
    const acta_tb_node *nd = &t->nodes[i];
    if (nd->first_leaf >= nd->end_leaf || nd->first_leaf < hide_end) continue;
    if (!acta_tb_label_is(nd, "NP") || (w->na_flags[i] & NA_OUT)) continue;
    uint8_t f = w->na_flags[i];
    if ((f & NA_CODED) && (f & NA_CC)) continue; /* a compound: look in */
    hide_end = nd->end_leaf;
    if (f & (NA_CODED | NA_VERB)) continue;
    if (!w->na_words[i] || w->na_words[i] > (uint32_t)w->new_actor_len) continue;
    uint32_t q0 = (uint32_t)w->leaf_tok[nd->first_leaf];
    uint32_t q1 = (uint32_t)w->leaf_tok[nd->end_leaf - 1] + 1;
    if (q1 > q0 && q1 - q0 <= 64) new_actor_at(w, q0, q1);
  }
  if (w->nments == before) return;
  qsort(w->ments + m0, w->nments - m0, sizeof *w->ments, cmp_mention);
  for (size_t k = m0; k < w->nments; k++) {
    w->ments[k].group = (int32_t)k;
    w->ments[k].next_in_group = NO;
    for (uint32_t q = w->ments[k].first; q < w->ments[k].last; q++)
      w->tok_ment[q] = (int32_t)k;
  }
}

/* TABARI's several codes for one name ("THE_SHIRE [FRO/BIL/SAM]"): the
 * phrase stands for a compound, one actor per code (agents kept). */
void acta_split_multi_codes(struct acta_work *w, size_t m0) {
  size_t n = w->nments;
  for (size_t k = m0; k < n; k++) {
    if (!w->ments[k].multi || w->ments[k].absorbed) continue;
    const char *mc = w->ments[k].multi->code;
    const char *at = strstr(w->ments[k].code, mc);
    if (!at) continue;
    char pre[64], suf[64];
    size_t pl = (size_t)(at - w->ments[k].code);
    snprintf(pre, sizeof pre, "%.*s", (int)pl, w->ments[k].code);
    acta_copy_str(suf, sizeof suf, at + strlen(mc));
    int32_t prev = NO;
    int members = 0;
    for (int32_t t = w->ments[k].group; t != NO; t = w->ments[t].next_in_group) members++;
    for (const char *p = mc; *p;) {
      const char *e = strchr(p, '/');
      size_t len = e ? (size_t)(e - p) : strlen(p);
      int32_t mi;
      if (prev == NO) {
        mi = (int32_t)k;
      } else {
        if (members >= 12) break; /* a compound stays within 12 members */
        members++;
        GROW_POISONED(w->ments, w->nments, w->cap_ments);
        mi = (int32_t)w->nments++;
        w->ments[mi] = w->ments[k];
        w->ments[mi].multi = NULL;
        w->ments[mi].next_in_group = w->ments[prev].next_in_group;
        w->ments[prev].next_in_group = mi;
      }
      mention *x = &w->ments[mi];
      char whole[3 * sizeof x->code];
      snprintf(whole, sizeof whole, "%s%.*s%s", pre, (int)len, p, suf);
      size_t wl = strlen(whole);
      if (wl >= sizeof x->code) wl = sizeof x->code - 1;
      memcpy(x->code, whole, wl);
      x->code[wl] = '\0';
      if (len == 3) { /* "NGO" + "BIL": the country is still BIL */
        memcpy(x->country, p, 3);
        x->country[3] = '\0';
      }
      prev = mi;
      p = e ? e + 1 : p + len;
    }
    w->ments[k].multi = NULL;
  }
}

/* Does mention m open with a possessive determiner ("its forces", "their
 * fighters")? */
static int possessive_start(const struct acta_work *w, const mention *m) {
  const acta_token *t = &w->toks.v[m->first];
  return t->penn == PT_PRPS;
}

/* Is role a gang's, a rebel group's or an armed group's? */
int acta_armed_group_role(const char *role) {
  return acta_code_eq(role, "CRM") || acta_code_eq(role, "REB") || acta_code_eq(role, "UAF");
}

/* Does role name private people, whose nationality says nothing of where
 * they are (civilians, businesses, refugees, workers, farmers, the press,
 * schools, doctors, churches, rights groups)?  (review23: with
 * unarmed_role, one list: unarmed_role is these people but refugees and
 * rights groups, who often stand abroad.) */
static int people_role(const char *role) {
  static const char *const PEOPLE[] = {"CVL", "BUS", "REF", "LAB", "AGR", "MED",
                                       "EDU", "HLH", "REL", "HRI", NULL};
  return str_one_of(role, PEOPLE);
}

/* country27: does role name private people or a gang or armed group, who
 * take the nationality an article names most (people_role,
 * acta_armed_group_role)? */
int acta_people_role(const char *role) {
  return people_role(role) || acta_armed_group_role(role);
}

/* roles17: does mention m of a country name that state's envoy ("a
 * Chilean diplomat", "the Mexican ambassador", "US vice consul Ana
 * Perez": a word of WL4_ENVOY_NOUN in its phrase)? */
int acta_envoy_mention(const struct acta_work *w, const mention *m) {
  if (!m->country[0]) return 0;
  for (uint32_t q = m->first; q < m->last; q++)
    if (tok_in4(w, q, WL4_ENVOY_NOUN)) return 1;
  return 0;
}

/* Does mention m name private people: by role, or as a people's noun
 * ("two Estonians", "one Serb", "an Italian": one word of the dictionary
 * after a count or "a"/"an", or a plural the lexicon knows; not "the
 * United States"), or a nationality before "national(s)" or "citizen(s)"
 * ("another Brazilian national")? */
int acta_people_mention(const struct acta_work *w, const mention *m) {
  if (people_role(m->role)) return 1;
  /* roles17: "a Chilean diplomat", "the Mexican ambassador": a state's
   * envoy stands abroad, so its country is not its sentence's either */
  if (acta_envoy_mention(w, m)) return 1;
  if (m->role[0] || m->last == 0) return 0;
  /* actors15: "another Brazilian national", "two Colombian citizens" */
  if (m->last - 1 > m->first &&
      (tok_in2(w, m->last - 1, WL2_NATIONAL_NOUN) || is_word(w, m->last - 1, w->cw->w_citizen) ||
       is_word(w, m->last - 1, w->cw->w_citizens)))
    return 1;
  if (m->phrase_first != m->last - 1) return 0;
  /* prec48d: "the Spaniard", "the Turk": one person */
  if (tok_in6(w, m->last - 1, WL6_PERSON_DEMONYM)) return 1;
  const acta_token *h = &w->toks.v[m->last - 1];
  if (m->last - 1 > m->first) {
    const acta_token *b = &w->toks.v[m->last - 2];
    if (b->tag == P_NUM || b->vocab == V_A || b->vocab == V_AN) return 1;
  }
  return (h->penn == PT_NNS || h->penn == PT_NNPS) && h->nlemma != ACTA_NO_WORD &&
         h->nlemma != h->word;
}

/* actors15: is role a state's (government, police, army, courts,
 * legislature, intelligence), whose bare role acts at home? */
int acta_state_role_index(const char *role) {
  static const char *const STATE[ACTA_CHAIN_ROLES] = {"GOV", "COP", "MIL", "JUD", "LEG", "SPY"};
  for (int k = 0; k < ACTA_CHAIN_ROLES; k++)
    if (acta_code_eq(role, STATE[k])) return k;
  return -1;
}

int acta_state_role(const char *role) { return acta_state_role_index(role) >= 0; }

/* Is mention r a region (CAMEO's LAM, SAM, NMR: a three-letter code with
 * no country and no role) that is bare role m's own place, right after it
 * through "in", "across", "throughout" ...: "governments across Latin
 * America" are Latin America's (LAMGOV, as "Latin American governments"
 * are), not the article's country's. */
static int region_place(const struct acta_work *w, const mention *m, const mention *r) {
  if (r->country[0] || r->role[0] || r->role_only || strlen(r->code) != 3) return 0;
  /* "prosecutors in the South American country": a country of it */
  if (tok_in(w, r->last - 1, WL_PLACE_NOUN)) return 0;
  uint32_t q = m->last;
  if (q >= r->first || !tok_in(w, q, WL_WHERE)) return 0;
  q++;
  if (q < r->first && w->toks.v[q].tag == P_DET) q++;
  return q == r->first;
}

/* ---- where something goes: no country of the actors -------------------- */

/* "to", "toward", "via" before token b, or "for" after a participle
 * ("bound for"); not after a word "to" joins to ("according to"). */
int acta_destination_word(const struct acta_work *w, uint32_t b, uint32_t lo) {
  while (b > lo && (w->toks.v[b - 1].tag == P_DET ||
                    acta_gazetteer_qualifier(w->toks.v[b - 1].vocab)))
    b--;
  if (b <= lo || !tok_in(w, b - 1, WL_DESTINATION)) return 0;
  if (is_word(w, b - 1, w->cw->w_for)) /* "For Mexico, ..." is no destination */
    return b - 1 > lo && w->toks.v[b - 2].penn == PT_VBN;
  return b - 1 == lo || !tok_in(w, b - 2, WL_TO_LINK);
}

/* A country mention (or its compound) after such a word. */
int acta_destination_mention(const struct acta_work *w, const mention *m, const acta_sentence *s) {
  /* a country itself ("to Panama"), not a capital standing for its
   * government ("on its way to Asuncion": a town), nor a place in it
   * ("to the Bolivian town of Yacuiba") */
  if (m->role[0] || !m->country[0]) return 0;
  if (tok_in(w, m->last - 1, WL_PLACE_NOUN) ||
      (m->last < w->toks.n && tok_in(w, m->last, WL_PLACE_NOUN)))
    return 0;
  const mention *g = &w->ments[m->group];
  /* (review19: the word in its sentence s, not ending the one before) */
  return acta_destination_word(w, g->first < m->first ? g->first : m->first, s->first);
}

/* ---- a country named as a border or where drugs come from ------------- */

/* sources18: how many words before a place "neighboring" may stand ("the
 * neighboring Colombian state of Arauca"). */
#define NEIGHBOUR_REACH 5

int acta_neighbour_place(const struct acta_work *w, uint32_t b, uint32_t lo) {
  for (uint32_t q = b + 1, k = 0; q > lo && k <= NEIGHBOUR_REACH; q--, k++) {
    uint32_t t = q - 1;
    if (tok_lemma_in4(w, t, w->toks.v[t].word, WL4_NEIGHBOUR_WORD)) return 1;
    uint8_t tag = w->toks.v[t].tag;
    if (t < b && tag != P_DET && tag != P_ADJ && tag != P_PROPN && tag != P_NOUN &&
        !is_word(w, t, w->cw->w_of))
      return 0;
  }
  return 0;
}

int acta_border_phrase(const struct acta_work *w, uint32_t b, uint32_t e, uint32_t lo,
                       uint32_t hi) {
  if (e > b && tok_in2(w, e - 1, WL2_BORDER_NOUN)) return 1;
  if (e < hi && tok_in2(w, e, WL2_BORDER_NOUN)) return 1;
  while (b > lo && w->toks.v[b - 1].tag == P_DET) b--;
  return b >= lo + 2 && tok_in2(w, b - 2, WL2_BORDER_NOUN) &&
         (is_word(w, b - 1, w->cw->w_with) || is_word(w, b - 1, w->cw->w_of) ||
          is_word(w, b - 1, w->cw->w_between));
}

int32_t acta_from_thing(const struct acta_work *w, uint32_t b, uint32_t lo) {
  while (b > lo && w->toks.v[b - 1].tag == P_DET) b--;
  return b >= lo + 2 && is_word(w, b - 1, w->cw->w_from) ? (int32_t)(b - 2) : NO;
}

int acta_drug_origin(const struct acta_work *w, uint32_t b, uint32_t lo) {
  int32_t n = acta_from_thing(w, b, lo);
  /* actors8: money too ("pesos from Colombia, Chile and Cuba") */
  return n != NO && (tok_in2(w, n, WL2_DRUG_NOUN) || tok_in(w, n, WL_COUNTRY_THING));
}

/* How many members a list of countries' adjectives before a thing may
 * have ("U.S., Mexican and Guatemalan currency"). */
#define THING_LIST_REACH 6

int acta_country_thing_mention(const struct acta_work *w, const mention *m) {
  if (m->role[0] || !m->country[0]) return 0;
  /* actors15: "U.S. and Mexican currency", "Colombian and Venezuelan
   * soil": a country's word alone before "and", "or" or a comma shares the
   * thing of the list's last member */
  for (int k = 0; k < THING_LIST_REACH; k++) {
    uint32_t h = m->last - 1;
    if (h > m->first && w->toks.v[h].tag == P_NOUN &&
        (tok_in(w, h, WL_COUNTRY_THING) || tok_in2(w, h, WL2_COUNTRY_GROUND)))
      return 1;
    uint32_t q = m->last;
    if (m->phrase_first != m->first || q + 1 >= w->toks.n ||
        !(is_and_or(w, q) || is_punct(w, q, ',')))
      return 0;
    if (is_punct(w, q, ',') && q + 2 < w->toks.n && is_and_or(w, q + 1)) q++;
    int32_t x = w->tok_ment[q + 1];
    if (x == NO || w->ments[x].first != q + 1 || w->ments[x].role[0] || !w->ments[x].country[0])
      return 0;
    m = &w->ments[x];
  }
  return 0;
}

int acta_no_scene_mention(const struct acta_work *w, const mention *m, const acta_sentence *s) {
  if (m->role[0] || !m->country[0]) return 0;
  const mention *g = &w->ments[m->group];
  uint32_t b = g->first < m->first ? g->first : m->first;
  /* (review19: the words around it in its sentence s, not those of the
   * sentence before or after) */
  return acta_border_phrase(w, b, m->last, s->first, s->last) ||
         acta_neighbour_place(w, b, s->first) || acta_drug_origin(w, b, s->first) ||
         acta_country_thing_mention(w, m);
}

/* Is mention o the agent of a participle ("an official sanctioned by the
 * US government", "an intervention staged by the United States")? */
int acta_participle_agent(const struct acta_work *w, const mention *o) {
  uint32_t b = o->first;
  while (b > 0 && w->toks.v[b - 1].tag == P_DET) b--;
  return b >= 2 && is_word(w, b - 1, w->cw->w_by) && w->toks.v[b - 2].penn == PT_VBN;
}

/* Is bare role m the object of a verb whose actor is likely group o, named
 * before it ("the FARC ..., targeting local leaders": the group's victims,
 * not its members)?  Not a verb of perceiving ("the Zetas, who saw several
 * leaders captured"). */
static int group_acts_on(const struct acta_work *w, const mention *m, const mention *o) {
  if (!m->after_verb || o->first > m->first) return 0;
  uint32_t p = m->first;
  while (p > o->last && w->tok_vg[p - 1] == NO) p--;
  if (p <= o->last) return 0;
  const vgroup *g = &w->vgs[w->tok_vg[p - 1]];
  if (acta_lemma_in(w->cw, w->toks.v[g->head].vlemma, WL_PERCEIVE_VERB)) return 0;
  /* countries13: "troops opened fire on a group of EPP guerrillas,
   * killing leader Juan Perez": a bare participle after a comma acts for
   * its clause's subject; the group is the object of a verb before it (a
   * verb group at most six words back, no comma between), so the leader
   * killed is the group's, not its victim */
  if (g->last - g->first == 1 && w->toks.v[g->head].penn == PT_VBG && g->first > 0 &&
      is_punct(w, g->first - 1, ',')) {
    uint32_t lo = o->first > 6 ? o->first - 6 : 0;
    for (uint32_t q = o->first; q > lo; q--) {
      if (is_punct(w, q - 1, ',')) break;
      if (w->tok_vg[q - 1] != NO) return 0;
    }
  }
  return 1;
}

/* Bare role m is settled: it takes mention o's code, country and role
 * (o NULL: keeps its own, of no country), and no country near it (a
 * leader of the group named nearest, an embassy of the state named
 * before). */
static void settle_role(mention *m, const mention *o) {
  if (o) {
    acta_copy_str(m->code, sizeof m->code, o->code);
    memcpy(m->country, o->country, 4);
    memcpy(m->role, o->role, 4);
  }
  m->role_only = 0;
  m->near_country[0] = '\0';
}

/* Does mention m end in a leader word ("two leaders"), or in one and the
 * name it titles (countries13: "leader Juan Perez", at most four names)? */
static int leader_head(const struct acta_work *w, const mention *m) {
  uint32_t q = m->last;
  while (q > m->first + 1 && q + 4 > m->last && w->toks.v[q - 1].tag == P_PROPN) q--;
  return tok_in2(w, q - 1, WL2_LEADER_WORD);
}

/* bugs23: is mention o one of a compound ("Colombian police and the DEA")
 * whose members are of more than one country?  Then returns the member
 * whose country a bare role m after it takes: one of m's role ("the ELN and
 * the Venezuelan National Guard ... the military"), else the compound's
 * first ("Colombian police and the DEA ... the cartel": the host named
 * first).  NULL when o is no such member.  Mentions [m0, m1) are the
 * sentence's. */
static const mention *mixed_compound(const struct acta_work *w, size_t m0, size_t m1,
                                     const mention *o, const mention *m) {
  if (o->group == NO) return NULL;
  const mention *first = NULL, *same_role = NULL;
  int mixed = 0;
  for (size_t j = m0; j < m1; j++) {
    const mention *p = &w->ments[j];
    if (p->group != o->group || !p->country[0]) continue;
    if (!first) first = p;
    if (!same_role && acta_code_eq(p->role, m->role)) same_role = p;
    if (memcmp(p->country, o->country, 4)) mixed = 1;
  }
  if (!mixed) return NULL;
  return same_role ? same_role : first;
}

/* bugs23: does a word of mediation ("mediated", "brokered", "hosted")
 * stand between mention o and the "between" right before role m's compound
 * ("Norway mediated talks between the government and the opposition")?
 * The mediator is of neither side: it lends its country to neither.  The
 * look is bounded (MEDIATOR_REACH words). */
static int mediator_of(const struct acta_work *w, const mention *o, const mention *m) {
  enum { MEDIATOR_REACH = 12 };
  /* (m's compound opens at its group's first mention: every mention has
   * a group, its own when alone -- review24: no NO test, and o->last < f
   * already makes f > 0) */
  uint32_t f = w->ments[m->group].first;
  if (o->last >= f || f - o->last > MEDIATOR_REACH) return 0;
  uint32_t b = f - 1;
  if (w->toks.v[b].tag == P_DET && b > o->last) b--;
  if (!is_word(w, b, w->cw->w_between)) return 0;
  for (uint32_t q = o->last; q < b; q++) {
    const acta_token *t = &w->toks.v[q];
    if (acta_lemma_in5(w->cw, t->vlemma, WL5_MEDIATE_WORD) ||
        acta_lemma_in5(w->cw, t->nlemma, WL5_MEDIATE_WORD))
      return 1;
  }
  return 0;
}

/* A bare role takes the country of a place right after it through a
 * preposition ("police in Tehran"), else the nearest country named before
 * it in its sentence, else one named just after it (never a news agency's):
 * "The United States accused Tehran of a crackdown on protesters" gives
 * Iranian protesters.  A country where something goes ("smuggled to the
 * United States") or the agent of a participle ("sanctioned by the US
 * government") lends its country to no role after it.
 * Quadratic in the mentions of one sentence, which is bounded (400
 * tokens). */
void acta_near_countries(struct acta_work *w, size_t m0, size_t m1, const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    m->near_country[0] = '\0';
    m->places_split = 0;
    if (!m->role_only) continue;
    if (k + 1 < m1 && region_place(w, m, &w->ments[k + 1])) {
      /* the region's three letters, then the role's (a C string of at
       * most three) */
      memcpy(m->code, w->ments[k + 1].code, 3);
      memcpy(m->code + 3, m->role, sizeof m->role);
      m->role_only = 0;
      continue;
    }
    /* the nearest before it ("its forces" follow their owner), else the
     * nearest after it ("police in Tehran") */
    uint32_t best = UINT32_MAX;
    size_t best_j = m1;
    m->near_group = 0;
    for (size_t j = m0; j < m1; j++) {
      const mention *o = &w->ments[j];
      /* groups16: "the cartel" naming a group named before repeats its
       * country, no country of this sentence's roles */
      if (j == k || !o->country[0] || acta_code_eq(o->role, "MED") || o->group_ref) continue;
      if (o->first < m->first && (acta_destination_mention(w, o, s) || acta_participle_agent(w, o)))
        continue;
      /* "near the Venezuelan border", "cocaine from Brazil": no country
       * of the actors */
      if (acta_no_scene_mention(w, o, s)) continue;
      if (o->first < m->first && mediator_of(w, o, m)) continue;
      /* after it, only through a preposition ("police in Tehran", "forces
       * of Iran"), not its object ("the president received the Chinese
       * envoy") nor "the police arrested a couple -- the husband was from
       * Ecuador": the sentence's place or country decides then */
      if (o->first > m->first) {
        int linked = o->first <= m->last + 3;
        for (uint32_t q = m->last; linked && q < o->first; q++)
          if (w->toks.v[q].tag != P_PREP && w->toks.v[q].tag != P_DET &&
              !(q == m->last && is_punct(w, q, '"')))
            linked = 0;
        /* coop15: "the government and the ELN restarted peace talks in
         * Ecuador": a bare government in a compound with an armed group
         * or a gang is that group's country's, not the place's */
        if (!linked && !(acta_code_eq(m->role, "GOV") && o->group == m->group &&
                         o->group != NO && acta_armed_group_role(o->role)))
          continue;
      }
      /* "criminal groups in Mexico", "police in Tehran": the phrase's own
       * place beats a country named before it ("The US Treasury sanctioned
       * criminal groups in Mexico"), unless a possessive names the owner
       * before ("its forces in Syria") */
      /* (lead, session 25: past the quote mark that closes a quoted role,
       * 'supporting "rioters" in Iran') */
      uint32_t after = m->last + (m->last + 1 < o->first && is_punct(w, m->last, '"'));
      int own_place = o->first > m->first && !possessive_start(w, m) &&
                      after < o->first &&
                      (is_word(w, after, w->cw->w_in) || is_word(w, after, w->cw->w_of) ||
                       /* "traffickers from Colombia"; not "extradited the
                        * former general from Belize" */
                       (is_word(w, after, w->cw->w_from) &&
                        w->toks.v[m->last - 1].penn == PT_NNS));
      uint32_t dist = own_place              ? 0
                      : o->first < m->first ? m->first - o->first
                                            : (o->first - m->first) + 100000u;
      if (dist < best) {
        best = dist;
        best_j = j;
        memcpy(m->near_country, o->country, 4);
        m->near_group = acta_armed_group_role(o->role);
      }
    }
    /* "the Zetas, who saw several leaders captured": a bare leader whose
     * nearest actor is a gang or an armed group is that group's, not a
     * government's */
    if (m->near_group && best_j < m1 && !w->keds && acta_code_eq(m->role, "GOV") &&
        leader_head(w, m) && !group_acts_on(w, m, &w->ments[best_j])) {
      settle_role(m, &w->ments[best_j]);
      m->near_group = 0;
    }
    /* actors15: "Guatemalan prosecutors opened a case.  Police arrested a
     * Mexican national": a state's bare role takes no country from private
     * people named nearest it (a gang still lends its own: most are at
     * home); the sentence's place or state, else the article's, tells
     * whose it is.  roles17: nor a rebel group's or gunmen's ("rebels
     * kidnapped two Peruvian engineers": the victims are the foreigners),
     * nor any of these from an envoy ("the Chilean diplomat"); a gang's
     * may ("arrests of Colombians show how they maintain cells ... of
     * trafficking organizations": the people are its members) */
    /* prec46c: nor private people's, from other private people, nor a
     * gang's from firms ("ties of American firms to a trafficker's
     * network": its partners, not its members).  (mend46c: but kin or
     * people of a possessive are the nearest person's own: "a Honduran
     * migrant and his son", "Colombian nationals and their wives") */
    else if (best_j < m1 && m->near_country[0] && best != 0 &&
             (acta_state_role(m->role) || acta_code_eq(m->role, "REB") ||
              acta_code_eq(m->role, "UAF") ||
              (acta_code_eq(m->role, "CVL") && !possessive_start(w, m) &&
               !tok_in3(w, m->last - 1, WL3_KIN_NOUN)) ||
              (acta_code_eq(m->role, "CRM") && acta_code_eq(w->ments[best_j].role, "BUS"))) &&
             acta_people_mention(w, &w->ments[best_j])) {
      acta_trace(w, "  \"%s\": not %s's (%s named near it comes from there)\n",
                 norm(w, m->last - 1), m->near_country, w->ments[best_j].code);
      m->near_country[0] = '\0';
    }
    /* prec48d: "the DEA kidnapped her nephews", "the DEA detained his
     * cousins": kin of a person ("his", "her") are that
     * person's, not of the state body named nearest them, which acts on
     * them: the sentence's place or state decides */
    if (best_j < m1 && m->near_country[0] && best != 0 && !w->keds &&
        acta_code_eq(m->role, "CVL") && possessive_start(w, m) &&
        tok_in3(w, m->last - 1, WL3_KIN_NOUN) && w->ments[best_j].first < m->first &&
        acta_state_role(w->ments[best_j].role)) {
      acta_trace(w, "  \"%s\": not %s's (kin, not the state body %s named near them)\n",
                 norm(w, m->last - 1), m->near_country, w->ments[best_j].code);
      m->near_country[0] = '\0';
    }
    /* bugs23: "Colombian police and the DEA opened an investigation into
     * the cartel": the nearest country before is one of a compound of
     * actors of several countries, which tells whose the role is no more
     * than the other: the sentence's place or state decides */
    const mention *lender = best_j < m1 && m->near_country[0] && best != 0 &&
                                    m->group != w->ments[best_j].group
                                ? mixed_compound(w, m0, m1, &w->ments[best_j], m)
                                : NULL;
    if (lender && memcmp(lender->country, m->near_country, 4)) {
      acta_trace(w, "  \"%s\": %s's, not %s's (a compound of several countries)\n",
                 norm(w, m->last - 1), lender->country, m->near_country);
      memcpy(m->near_country, lender->country, 4);
    }
  }
}

/* A place of the gazetteer inside a bare role's own phrase, before its
 * role word ("Peten Governor Henry Amezquita", "the Tijuana police",
 * "the Iquique regional hospital"): writes its country to the mention's
 * near_country (the place is part of an actor's phrase, so not marked a
 * place of the sentence: place_use 0).  Not an army's (troops stand
 * abroad).  Places [k0, k1) are the sentence's. */
static void own_phrase_place(struct acta_work *w, mention *m, size_t k0, size_t k1) {
  if (m->phrase_first <= m->first || acta_code_eq(m->role, "MIL")) return;
  size_t lo = w->toks.v[m->first].start, hi = w->toks.v[m->phrase_first].start;
  for (size_t k = k0; k < k1; k++)
    if (w->places[k].start >= lo && w->places[k].end <= hi && w->places[k].country[0])
      memcpy(m->near_country, w->places[k].country, 4);
}

/* "the embassy", "the consulate" with no country of its own: the state of
 * the embassy the article named before ("the US Embassy ... The embassy
 * called for"), else no country at all, never the host's where it stands
 * (the sentence's place or country). */
int acta_embassy_mention(const struct acta_work *w, const mention *m) {
  if (!m->role[0]) return 0;
  for (uint32_t q = m->first; q < m->last; q++)
    if (tok_in2(w, q, WL2_EMBASSY_NOUN)) return 1;
  return 0;
}

static void embassy_countries(struct acta_work *w) {
  int32_t named = NO;
  for (size_t mi = 0; mi < w->nments; mi++) {
    mention *m = &w->ments[mi];
    if (m->absorbed || !acta_embassy_mention(w, m)) continue;
    if (!m->role_only) {
      if (m->country[0] && acta_code_eq(m->role, "GOV")) named = (int32_t)mi;
      continue;
    }
    settle_role(m, named != NO ? &w->ments[named] : NULL);
    acta_trace(w, "  \"%s\": %s, the embassy named before (not the host's country)\n",
               norm(w, m->last - 1), named != NO ? m->code : "no state's");
  }
}

/* speakers15: a US party-and-state tag in brackets right after a name
 * ("Senator Dianne Feinstein (D-CA)", "Sen. Richard Durbin (D-Ill.)",
 * "Representative Darrell Issa (R-Fla)"): the person sits in the US
 * Congress, whatever country the sentence is about.  Token q is the one
 * after the mention. */
static int us_party_tag(const struct acta_work *w, uint32_t q, uint32_t end) {
  if (q + 2 >= end || !norm_eq(w, q, "(")) return 0;
  const char *t = norm(w, q + 1);
  size_t n = strlen(t);
  if (n < 4 || n > 7 || (t[0] != 'd' && t[0] != 'r' && t[0] != 'i') || t[1] != '-') return 0;
  for (size_t i = 2; i < n; i++)
    if (!((t[i] >= 'a' && t[i] <= 'z') || (t[i] == '.' && i == n - 1))) return 0;
  uint32_t r = q + 2;
  if (norm_eq(w, r, ".")) r++;
  return r < end && norm_eq(w, r, ")");
}

/* countries16: the country the article's places lie in: the one of at
 * least two of its places (not where someone comes from) and of more than
 * twice as many as any other, else none.  Linear in the places. */
static void place_country(const struct acta_work *w, char out[4]) {
  char cc[16][4];
  int n[16] = {0}, k = 0;
  out[0] = '\0';
  for (size_t i = 0; i < w->nplaces; i++) {
    if (!w->place_use[i] || w->place_use[i] == PLACE_ORIGIN || !w->places[i].country[0])
      continue;
    int j = 0;
    while (j < k && strcmp(cc[j], w->places[i].country) != 0) j++;
    if (j == k) {
      if (k == 16) continue;
      memcpy(cc[k++], w->places[i].country, 4);
    }
    n[j]++;
  }
  int best = -1, second = 0;
  for (int j = 0; j < k; j++)
    if (best < 0 || n[j] > n[best]) {
      if (best >= 0) second = n[best];
      best = j;
    } else if (n[j] > second) {
      second = n[j];
    }
  if (best >= 0 && n[best] >= 2 && n[best] > 2 * second) memcpy(out, cc[best], 4);
}

/* countries16: police or courts in a sentence with no place whose
 * country would come from a gang or an armed group (the nearest actor
 * before them, or the sentence's first actor of a country: "Guatemalan
 * prosecutors opened a case in Coban.  The police arrested three members
 * of the Sinaloa Cartel") take the country where the article's places lie
 * (home) instead: gangs cross borders, police act at home.  Not the
 * gang's victims ("the PCC has carried out assassinations of judges",
 * a role after "of" or its verb's object).
 * The first actor is the one sentence_context (code.c) would take.
 * Bounded by the sentence's mentions. */
static void gang_country_home(struct acta_work *w, mention *m, size_t si, const char *home) {
  if (!home[0]) return;
  const mention *g = NULL;
  for (size_t j = w->sent_ment[si]; j < w->sent_ment[si + 1] && !g; j++) {
    const mention *o = &w->ments[j];
    if (m->near_country[0] ? m->near_group && o->country[0] && o->first < m->first &&
                                 !strcmp(o->country, m->near_country) &&
                                 acta_armed_group_role(o->role)
                           : o->country[0] && !acta_people_mention(w, o) &&
                                 !acta_destination_mention(w, o, &w->sents[si]) &&
                                 !acta_no_scene_mention(w, o, &w->sents[si]) &&
                                 !acta_embassy_mention(w, o))
      g = o;
  }
  if (!g || !acta_armed_group_role(g->role) || !strcmp(g->country, home) || group_acts_on(w, m, g))
    return;
  /* "the PCC ... has carried out the assassination of judges" */
  const mention *h = m->group != NO ? &w->ments[m->group] : m; /* a list's first member */
  if (g->first < h->first && h->after_prep && h->first > 0 &&
      is_word(w, h->first - 1, w->cw->w_of))
    return;
  acta_trace(w, "  \"%s\": %s, where the article's places lie, not the gang's %s\n",
             norm(w, m->last - 1), home, g->country);
  memcpy(m->near_country, home, 4);
}

/* targets18: is bare role m of people who bear no arms and stand where
 * they are acted on (civilians, farmers, workers, teachers, reporters,
 * clergy, health workers, business people)?  people_role's private people
 * but refugees (out of their country by definition: the place's country is
 * not theirs) and rights groups (bodies, often foreign ones, not people
 * found where they were acted on). */
static int unarmed_role(const mention *m) {
  return people_role(m->role) && !acta_code_eq(m->role, "REF") && !acta_code_eq(m->role, "HRI");
}

/* A bare role's country once the places and the article's country are
 * known.  "police in Coban", "a former governor of Quintana Roo", "miners
 * in Bolivar state": a place of the gazetteer right after it through "in"
 * or "of" (a determiner and adjectives may stand between) is its own
 * phrase's place, and its country beats a country named elsewhere in its
 * sentence; not after a possessive ("its forces in Syria" are their
 * owner's), nor an army's (troops and bases stand abroad).  Police or
 * courts (they act at home; a government may speak abroad: "announced in
 * Havana") whose nearest country is a gang's or an armed group's take the
 * country of their sentence's first place instead (none: the article's,
 * countries16): the Zetas come from Mexico, the police tipping them off
 * in Coban are Guatemala's. */
void acta_role_countries(struct acta_work *w) {
  embassy_countries(w);
  char home[4];
  place_country(w, home);
  for (size_t si = 0; si < w->nsents; si++) {
    size_t k0 = w->sent_place[si], k1 = w->sent_place[si + 1];
    const acta_sentence *s = &w->sents[si];
    /* the sentence's first place in use (k1: none), found once for all its
     * mentions (review19: not a scan of its places per mention) */
    size_t kf = k0;
    while (kf < k1 && !w->place_use[kf]) kf++;
    for (size_t mi = w->sent_ment[si]; mi < w->sent_ment[si + 1]; mi++) {
      mention *m = &w->ments[mi];
      if (!m->role_only || m->absorbed) continue;
      if (acta_code_eq(m->role, "COP") || acta_code_eq(m->role, "JUD")) {
        size_t k = kf;
        if (k < k1 && m->near_group)
          memcpy(m->near_country, w->places[k].country, 4);
        else if (k == k1)
          gang_country_home(w, m, si, home);
      } else if (m->near_group && unarmed_role(m)) {
        /* targets18: people no arms defend ("the Zetas massacred 19
         * farmhands on an estate in Peten") whose nearest country is the
         * gang's or armed group's: the country of the sentence's first
         * place, where they were (a foreign gang's victims are not of its
         * country) */
        size_t k = kf;
        if (k < k1 && strcmp(w->places[k].country, m->near_country)) {
          acta_trace(w, "  \"%s\": %s, where the sentence's place lies, not the gang's %s\n",
                     norm(w, m->last - 1), w->places[k].country, m->near_country);
          memcpy(m->near_country, w->places[k].country, 4);
        }
      }
      if (k0 == k1) continue;
      /* not an army's: troops and bases stand abroad ("Turkey deployed
       * troops to a base in Idlib") */
      if (possessive_start(w, m) || acta_code_eq(m->role, "MIL")) continue;
      uint32_t q = m->last;
      if (q + 1 >= s->last || !(is_word(w, q, w->cw->w_in) || is_word(w, q, w->cw->w_of)))
        continue;
      q++;
      /* sources18: "businesses in neighboring El Salvador" are its own */
      while (q + 1 < s->last && (w->toks.v[q].tag == P_DET || w->toks.v[q].tag == P_ADJ ||
                                 tok_lemma_in4(w, q, w->toks.v[q].word, WL4_NEIGHBOUR_WORD)))
        q++;
      for (size_t k = k0; k < k1; k++)
        if (w->place_use[k] && w->places[k].start == w->toks.v[q].start) {
          /* prec48d: "seven people in Miami, Panama and Mexico": of none
           * of them (place_lists.c) */
          if (acta_mixed_place_list(w, si, k)) {
            m->places_split = 1;
            acta_trace(w, "  \"%s\": in a list of places of several countries, of none\n",
                       norm(w, m->last - 1));
          } else {
            memcpy(m->near_country, w->places[k].country, 4);
          }
          break;
        }
    }
    /* a place in the role's own phrase beats all of these */
    for (size_t mi = w->sent_ment[si]; mi < w->sent_ment[si + 1]; mi++)
      if (w->ments[mi].role_only && !w->ments[mi].absorbed)
        own_phrase_place(w, &w->ments[mi], k0, k1);
    /* a party-and-state tag beats them all (speakers15) */
    for (size_t mi = w->sent_ment[si]; mi < w->sent_ment[si + 1]; mi++) {
      mention *m = &w->ments[mi];
      if (m->role_only && !m->absorbed && us_party_tag(w, m->last, s->last)) {
        memcpy(m->near_country, "USA", 4);
        acta_trace(w, "  \"%s\": a US party-and-state tag, a US lawmaker\n",
                   norm(w, m->last - 1));
      }
    }
  }
}

/* ---- what "it", "he" and "the ministry" refer to -------------------------- */

/* mend41a: is token q a word of a body's name, no person's ("Office",
 * "Ministry", "Command", "Group"): "the Attorney General Office"? */
static int institution_word(const struct acta_work *w, uint32_t q) {
  return tok_in3(w, q, WL3_OFFICE_NOUN | WL3_STATE_KIND | WL3_UNIT_NOUN | WL3_GROUP_REF_WORD) ||
         tok_in(w, q, WL_UNNAMED_BODY);
}

/* targets19a: a role-only mention that is a title and a name: a singular
 * common noun that is no body's word, then one to four proper names only
 * ("Drug lord Juan Lopez", "cartel boss Ruiz"; not "the gang Barrio 18",
 * "criminal group Los Zorros"): one person, whom "him" may stand for.
 * prec41a, mend41a: with_country, also a mention with a country's word
 * ("Bolivian Senator Hugo Mendez", "Honduran congressman Luis
 * Perez"): the name runs back to a title noun (WL_PERSON_NOUN, capitalised
 * or not) and has no word of a body's name ("the Colombian Attorney
 * General Office" names no one). */
static int title_and_name(const struct acta_work *w, const mention *m, int with_country) {
  uint32_t h = m->last - 1;
  if ((!m->role_only && !with_country) || !m->role[0] || w->toks.v[h].tag != P_PROPN ||
      w->toks.v[h].penn != PT_NNP)
    return 0;
  uint32_t p = h;
  while (p > m->first && h - p < 4 && w->toks.v[p - 1].tag == P_PROPN &&
         !(with_country && tok_in(w, p - 1, WL_PERSON_NOUN)))
    p--;
  if (p == m->first) return 0;
  if (with_country) {
    for (uint32_t q = p; q <= h; q++)
      if (institution_word(w, q)) return 0;
    return tok_in(w, p - 1, WL_PERSON_NOUN);
  }
  const acta_token *t = &w->toks.v[p - 1];
  /* (a word: not a possessive "'s" read as a noun, "the Attorney General's Office") */
  return t->tag == P_NOUN && (t->penn == PT_NN || t->penn == PT_NNP) &&
         isalpha((unsigned char)norm(w, p - 1)[0]) &&
         !tok_in(w, p - 1, WL_UNNAMED_BODY) && !tok_in3(w, p - 1, WL3_GROUP_REF_WORD);
}

/* victims19: a role-only mention set off after a name no dictionary knows
 * ("Juan Ortega, a drug trafficker,", "Luis Mora -- a local journalist
 * --"): a singular common noun for its head (before "of": "a member of
 * the Zetas"), a comma or a dash right
 * before it and after it, a proper name in no mention before that.  The
 * article says who that one person is, whom "he" and "him" may stand for. */
static int appositive_of_name(const struct acta_work *w, const mention *m) {
  uint32_t h = m->last - 1, f = m->first;
  /* "a member of the Zetas": the noun before "of" is the head (the body
   * after it may give the code) */
  int of = 0;
  for (uint32_t q = f + 1; q < m->last && !of; q++)
    if (is_word(w, q, w->cw->w_of)) {
      h = q - 1;
      of = 1;
    }
  if ((!m->role_only && !of) || !m->role[0] || f < 2 || w->toks.v[h].penn != PT_NN ||
      w->toks.v[h].tag != P_NOUN)
    return 0;
  const acta_token *c = &w->toks.v[f - 1];
  if (c->kind != TK_PUNCT || (c->punct != ',' && c->punct != '-')) return 0;
  const acta_token *n = &w->toks.v[f - 2];
  if (n->tag != P_PROPN || w->tok_ment[f - 2] != NO) return 0;
  if (m->last >= w->toks.n) return 0;
  const acta_token *e = &w->toks.v[m->last];
  return e->kind == TK_PUNCT && e->punct == c->punct;
}

/* Does mention m name one person: a named office holder (an actor entry
 * with dates, not after a determiner: "the Taliban" is dated too) or a
 * singular noun for one ("Ukraine's foreign minister")? */
static int names_person(const struct acta_work *w, const mention *m) {
  uint32_t h = m->last - 1;
  const acta_entry *e = m->entry;
  int after_det = m->first > 0 && w->toks.v[m->first - 1].tag == P_DET;
  int office_holder = e && e->kind == ENT_ACTOR && (e->from || e->to) && !after_det &&
                      w->toks.v[m->first].tag != P_DET;
  /* targets12: a surname ending in "s" the tagger reads as a plural name
   * ("Funes", "Morales", "Cienfuegos": NNPS) is still one office holder's
   * (a bare country+role code: not a group's, "AFGGOVTAL") */
  if (w->toks.v[h].penn == PT_NNPS && office_holder && w->toks.v[h].tag == P_PROPN &&
      strlen(m->code) <= 6)
    return 1;
  if (w->toks.v[h].penn == PT_NNS || w->toks.v[h].penn == PT_NNPS) return 0;
  /* (targets25a: or a kingpin, a capo, a second-in-command) */
  if (tok_in(w, h, WL_PERSON_NOUN) || tok_in5(w, h, WL5_ONE_CRIMINAL)) return 1;
  return office_holder || title_and_name(w, m, 0) || appositive_of_name(w, m) ||
         title_and_name(w, m, 1);
}

int acta_names_person(const struct acta_work *w, const mention *m) {
  return names_person(w, m);
}

uint32_t acta_number_head(const struct acta_work *w, const mention *m) {
  /* prec44b: "Members of a drug gang" are many: a plural common noun
   * right before the phrase's first "of" is its head.  mend44b: the head
   * only adds plurality; a singular one ("a group of", "a band of", "the
   * rest of", "a number of") leaves the last token to say it */
  for (uint32_t q = m->first + 1; q + 1 < m->last; q++)
    if (is_word(w, q, w->cw->w_of))
      return w->toks.v[q - 1].tag == P_NOUN && w->toks.v[q - 1].penn == PT_NNS ? q - 1
                                                                              : m->last - 1;
  return m->last - 1;
}

/* Does mention m fit a reference of kind kind (REF_*; REF_SAME_NOUN: its
 * head's noun lemma is head)? */
static int fits_reference(const struct acta_work *w, const mention *m, int kind,
                          uint32_t head) {
  if (!m->code[0] || m->absorbed || m->next_in_group != NO) return 0;
  const acta_token *h = &w->toks.v[kind == REF_SAME_NOUN ? m->last - 1 : acta_number_head(w, m)];
  switch (kind) {
  case REF_PERSON: return names_person(w, m);
  case REF_ORG:
    return !names_person(w, m) && h->penn != PT_NNS && h->penn != PT_NNPS &&
           !tok_in(w, m->last - 1, WL_ORG_MEMBER);
  case REF_PLURAL:
    return !names_person(w, m) && (h->penn == PT_NNS || h->penn == PT_NNPS);
  default: return !m->role_only && h->nlemma != ACTA_NO_WORD && h->nlemma == head;
  }
}

int acta_pronoun_fits(const struct acta_work *w, uint32_t pron, int32_t m) {
  const mention *x = &w->ments[m];
  const acta_token *h = &w->toks.v[x->last - 1];
  /* "he": not "Prosecutors", "authorities", "Iran" (a singular name or
   * title may be a person: "Attorney General Douglas Melendez") */
  /* "one of the ... traffickers ... claimed he": one of them */
  /* (victims19: or opening the phrase after a name's possessive: "One of
   * Peru's most notorious traffickers has claimed he") */
  int one_of = 0;
  if (x->first + 3 < x->last && is_word(w, x->first, w->cw->w_one) &&
      is_word(w, x->first + 1, w->cw->w_of)) {
    uint32_t k = x->first + 2;
    if (w->toks.v[k].tag == P_DET) k++;
    uint32_t k0 = k;
    while (k < x->last && k < k0 + 4 && w->toks.v[k].tag == P_PROPN) k++;
    one_of = k > k0 && k < x->last && w->toks.v[k].tag == P_POSS;
  }
  for (uint32_t b = x->first; b >= 2 && x->first - b < 8 && !one_of; b--) {
    if (is_word(w, b - 1, w->cw->w_of) && is_word(w, b - 2, w->cw->w_one)) one_of = 1;
    else if (!np_tag(w->toks.v[b - 1].tag) && w->toks.v[b - 1].tag != P_ADV) break;
  }
  if (tok_in(w, pron, WL_PRON_PERSON))
    return names_person(w, x) || one_of || (h->penn != PT_NNS && h->penn != PT_NNPS && x->role[0] &&
                                  !tok_in(w, x->last - 1, WL_ORG_MEMBER) &&
                                  (h->tag == P_PROPN || tok_in(w, x->last - 1, WL_PERSON_NOUN)));
  /* "it": an organisation or a country, whose name may be plural ("the
   * Royal Marines said it", "the United Nations said it"), not a plural
   * of common nouns ("Prosecutors say it") */
  if (tok_in(w, pron, WL_PRON_ORG))
    return !names_person(w, x) && h->penn != PT_NNS;
  /* roles14: "they" is no one person alone ("the alleged victim defended
   * the officers against accusations that they targeted him", "when her
   * husband left the gang, they killed him"); a compound may be "they",
   * as may one named after a conjunction ("both Torres and Maduro") */
  if (tok_in(w, pron, WL_PRON_THIRD) && x->next_in_group == NO &&
      !(x->first > 0 && w->toks.v[x->first - 1].tag == P_CONJ) &&
      (names_person(w, x) ||
       (h->penn == PT_NN && tok_in3(w, x->last - 1, WL3_KIN_NOUN | WL3_ONE_PERSON))))
    return 0;
  return 1;
}

/* The candidates of sentence k for a reference of kind kind: for a
 * pronoun, the subjects and speakers of its verb groups (a speaker counts
 * as one and is preferred); for a noun ("the ministry"), any of its
 * mentions with that head.  Sets *found (the latest fitting one), returns
 * how many fitting ones it holds, or -1 when they name different actors and
 * no single speaker among them decides. */
static int sentence_candidates(const struct acta_work *w, size_t k, int kind,
                               uint32_t head, int32_t *found) {
  const acta_sentence *s = &w->sents[k];
  int n = 0, differ = 0, nspeakers = 0, speakers_differ = 0;
  int32_t last = NO, last_speaker = NO;
  if (kind == REF_SAME_NOUN) {
    for (size_t m = w->sent_ment[k]; m < w->sent_ment[k + 1]; m++)
      if (fits_reference(w, &w->ments[m], kind, head)) {
        last = (int32_t)m;
        n++;
      }
    *found = last;
    return n;
  }
  for (uint32_t q = s->first; q < s->last; q++) {
    int32_t gi = w->tok_vg[q];
    if (gi == NO || w->vgs[gi].head != q) continue;
    const vgroup *g = &w->vgs[gi];
    int32_t c = g->speaker != NO ? g->speaker : g->subject;
    if (c == NO || !fits_reference(w, &w->ments[c], kind, head)) continue;
    /* a subject found in another sentence is no antecedent of this one */
    if (g->speaker == NO && (w->ments[c].first < s->first || w->ments[c].first >= s->last))
      continue;
    if (last != NO && strcmp(w->ments[last].code, w->ments[c].code)) differ = 1;
    last = c;
    n++;
    if (g->speaker != NO) {
      if (last_speaker != NO && strcmp(w->ments[last_speaker].code, w->ments[c].code))
        speakers_differ = 1;
      last_speaker = c;
      nspeakers++;
    }
  }
  if (differ) {
    if (!nspeakers || speakers_differ) return -1;
    last = last_speaker;
  }
  *found = last;
  return n;
}

/* The fitting actors of sentence si before token at in subject position
 * (not after a preposition or a verb: "The president dismissed it, but he
 * later said"): *found the latest; returns how many, -1 when they name
 * different actors. */
static int earlier_in_sentence(const struct acta_work *w, size_t si, uint32_t at,
                               int kind, uint32_t head, int32_t *found) {
  int n = 0;
  int32_t last = NO;
  for (size_t m = w->sent_ment[si]; m < w->sent_ment[si + 1]; m++) {
    const mention *o = &w->ments[m];
    if (o->first >= at) break;
    if (o->after_prep || o->after_verb || o->modifier || !fits_reference(w, o, kind, head))
      continue;
    if (last != NO && strcmp(w->ments[last].code, o->code)) return -1;
    last = (int32_t)m;
    n++;
  }
  *found = last;
  return n;
}

/* sentence_candidates of sentence si - back for a pronoun of kind `kind`
 * (not REF_SAME_NOUN), read once per sentence si (w->ante_read). */
static int candidates_back(struct acta_work *w, size_t si, size_t back, int kind,
                           int32_t *found) {
  if (w->ante_si != si) {
    w->ante_si = si;
    w->ante_read = 0;
  }
  int x = kind == REF_PERSON ? 0 : kind == REF_ORG ? 1 : 2;
  uint32_t bit = 1u << ((back - 1) * 3 + (size_t)x);
  if (!(w->ante_read & bit)) {
    w->ante_n[back - 1][x] =
        sentence_candidates(w, si - back, kind, ACTA_NO_WORD, &w->ante_found[back - 1][x]);
    w->ante_read |= bit;
  }
  *found = w->ante_found[back - 1][x];
  return w->ante_n[back - 1][x];
}

/* review23: acta_antecedent's answers that callers test, by address (not
 * by comparing the words) */
static const char ANTE_SAME[] = "same sentence";
static const char ANTE_PREVIOUS[] = "previous sentence";
static const char ANTE_AMBIGUOUS[] = "ambiguous: several actors fit";

int acta_antecedent_near(const char *where) {
  return where == ANTE_SAME || where == ANTE_PREVIOUS;
}

int acta_antecedent_ambiguous(const char *where) { return where == ANTE_AMBIGUOUS; }

int32_t acta_antecedent(struct acta_work *w, size_t si, uint32_t at, int kind,
                        uint32_t head, const char **where) {
  *where = "none before";
  int32_t here = NO;
  int nh = kind == REF_SAME_NOUN ? 0 : earlier_in_sentence(w, si, at, kind, head, &here);
  if (nh < 0) {
    *where = ANTE_AMBIGUOUS;
    return NO;
  }
  if (nh > 0) {
    *where = ANTE_SAME;
    return here;
  }
  for (size_t back = 1; back <= ACTA_ANTECEDENT_REACH && back <= si; back++) {
    size_t k = si - back;
    if (back > 1 && acta_paragraph_break(w, k, si)) {
      *where = "none in the paragraph";
      return NO;
    }
    int32_t found = NO;
    int n = kind == REF_PERSON || kind == REF_ORG || kind == REF_PLURAL
                ? candidates_back(w, si, back, kind, &found)
                : sentence_candidates(w, k, kind, head, &found);
    if (n < 0) {
      *where = ANTE_AMBIGUOUS;
      return NO;
    }
    if (n > 0) {
      *where = back == 1 ? ANTE_PREVIOUS : "same paragraph";
      return found;
    }
  }
  return NO;
}

/* May mention o own the members a possessive names: an actor, not a
 * government, a news outlet or a private person (whose members the role
 * word already names)? */
static int member_owner(const mention *o) {
  return o->code[0] && strcmp(o->role, "GOV") && strcmp(o->role, "MED") && strcmp(o->role, "CVL");
}

/* targets12: the latest mention of sentence si before member phrase m,
 * after a preposition ("a blow to the FARC", "pressure on the ELN"),
 * that fits a reference of kind `kind` and may own members
 * (member_owner); NO if none. */
static int32_t owner_after_prep(const struct acta_work *w, size_t si, const mention *m,
                                int kind) {
  int32_t found = NO;
  for (size_t k = w->sent_ment[si]; k < w->sent_ment[si + 1]; k++) {
    const mention *o = &w->ments[k];
    if (o->first >= m->first) break;
    if (o->absorbed || o->modifier || o->group != (int32_t)k || !o->after_prep) continue;
    if (fits_reference(w, o, kind, ACTA_NO_WORD) && member_owner(o)) found = (int32_t)k;
  }
  return found;
}

/* "a cartel that split after its leader was killed", "the Rastrojos
 * suffered a demise after its known leaders surrendered": a member word
 * after "its"/"their" (coded a government's by the role word alone) is a
 * member of the actor the possessive stands for (acta_antecedent, in its
 * sentence or the one before; not a private person, a news outlet or a
 * government, whose members the role word already names; objects12: the
 * actor right before "and" in "the company and its president"). */
void acta_possessive_members(struct acta_work *w, size_t si, size_t m0, size_t m1) {
  for (size_t mi = m0; mi < m1; mi++) {
    mention *m = &w->ments[mi];
    /* objects12: "sanctions on the company and its president": the actor
     * right before "and" (not a bare country) owns what "its" names, a
     * president too */
    uint32_t f = m->first;
    int32_t before_and = NO;
    if (f >= 2 && is_word(w, f - 1, w->cw->w_and) && w->tok_ment[f - 2] != NO &&
        w->ments[w->tok_ment[f - 2]].last == f - 1 &&
        w->ments[w->ments[w->tok_ment[f - 2]].group].role[0])
      before_and = w->tok_ment[f - 2];
    if (!m->role_only || m->absorbed || !acta_code_eq(m->role, "GOV") || !possessive_start(w, m) ||
        !(org_member_noun(w, m->last - 1) ||
          (before_and != NO && is_vocab(w, m->last - 1, V_PRESIDENT))))
      continue;
    int kind = is_word(w, m->first, w->cw->w_its)     ? REF_ORG
               : is_word(w, m->first, w->cw->w_their) ? REF_PLURAL
                                                      : 0;
    if (!kind) continue;
    const char *where;
    int32_t a = before_and;
    if (a != NO) {
      where = "the actor before \"and\"";
    } else {
      a = acta_antecedent(w, si, m->first, kind, ACTA_NO_WORD, &where);
      /* only an actor of its own sentence or the one before */
      if (a != NO && !acta_antecedent_near(where)) a = NO;
      if (a != NO && !member_owner(&w->ments[w->ments[a].group])) a = NO;
      /* targets12: "In a blow to the FARC, troops killed its top leader",
       * "after months of pressure on the ELN, ... its regional leader":
       * else the latest actor of its sentence after a preposition that
       * fits */
      if (a == NO) {
        a = owner_after_prep(w, si, m, kind);
        where = "same sentence, after a preposition";
      }
    }
    if (a == NO) continue;
    const mention *o = &w->ments[w->ments[a].group];
    if (!member_owner(o)) continue;
    acta_take_code(m, o);
    acta_trace(w, "  \"%s ...\" -> %s: a member of the actor \"%s\" stands for (%s)\n",
               norm(w, m->first), m->code, norm(w, m->first), where);
  }
}
