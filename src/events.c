/* SPDX-License-Identifier: MIT */
/* events.c: event assembly.  acta_emit() makes one event per source and
 * target member of two compounds, with its code, status, reporter, pattern
 * and flags, and merges an event coded twice in a sentence (the stronger
 * status wins) through a per-sentence hash table; each sentence's events
 * get its date (dates.c); the article's events are put in text order.  Reads the
 * mentions, frames and the dictionaries' codes; writes c->events. */
#include "coder_internal.h"
#include "dates.h"
#include "tagger_model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* prec43c: how many words may stand between "of" and the plural noun of
 * states ("of the five Andean countries"). */
#define STATES_NOUN_REACH 4

/* mend43c: how many determiners, counts or adverbs may stand between a
 * verb of withdrawing and the role it moves ("recall all its envoys"). */
#define MOVER_REACH 3

/* mend43c: is token q the plural noun of states: "countries", "nations"
 * (a plural common noun whose lemma is WL2_COUNTRY_NOUN's; "the Six
 * Nations", a name, is not)? */
static int states_noun(const struct acta_work *w, uint32_t q) {
  const acta_token *t = &w->toks.v[q];
  if (t->tag != P_NOUN || t->penn != PT_NNS || t->nlemma == ACTA_NO_WORD ||
      t->nlemma >= w->cw->nlexicon)
    return 0;
  return acta_word_in2(w->cw, w->cw->of_lexicon[t->nlemma], WL2_COUNTRY_NOUN);
}

/* mend43c: does a possessive inside bare role m's span make it one
 * state's body: "its", or "'s" after "country" or "nation" or after a
 * name ("the country's police", "Peru's troops")?  "their" may be the
 * several states' own, "the region's" is no state's. */
static int one_owner(const struct acta_work *w, const mention *m) {
  uint32_t end = m->phrase_first > m->first ? m->phrase_first : m->last - 1;
  for (uint32_t q = m->first; q < end; q++) {
    if (is_word(w, q, w->cw->w_its)) return 1;
    if (q > m->first && w->toks.v[q].tag == P_POSS &&
        (tok_in2(w, q - 1, WL2_COUNTRY_NOUN) ||
         (w->toks.v[q - 1].tag == P_PROPN && w->toks.v[q - 1].penn != PT_NNPS)))
      return 1;
  }
  return 0;
}

/* mend43c: is bare role m the object of a verb of withdrawing ("would
 * withdraw police from four countries"): the "from" is the verb's, and
 * the ones moved are the mover's own? */
static int withdrawn_object(const struct acta_work *w, const mention *m) {
  uint32_t q = m->first;
  for (int k = 0; k <= MOVER_REACH && q > 0 && !(w->toks.v[q].flags & TF_SENT_START); k++) {
    q--;
    int32_t g = w->tok_vg[q];
    if (g != NO) return tok_in6(w, w->vgs[g].head, WL6_WITHDRAW_VERB);
    unsigned t = w->toks.v[q].tag;
    if (t != P_DET && t != P_NUM && t != P_ADV && t != P_POSS) return 0;
  }
  return 0;
}

/* prec43c: is bare role m "of", "from" or "in" several states ("the
 * ministers of five countries", "officials from both nations", "police in
 * all three nations"): determiners, counts, adjectives and names between,
 * all in m's sentence?  mend43c: not a role one possessive owner makes one
 * state's ("its troops in two nations"), nor one moved "from" them by a
 * verb of withdrawing. */
static int several_states(const struct acta_work *w, const mention *m) {
  uint32_t q = m->last;
  if (q >= w->toks.n || (w->toks.v[q].flags & TF_SENT_START)) return 0;
  int from = is_word(w, q, w->cw->w_from);
  if (!from && !is_word(w, q, w->cw->w_of) && !is_word(w, q, w->cw->w_in)) return 0;
  q++;
  for (uint32_t k = 0; q < w->toks.n && k <= STATES_NOUN_REACH; k++, q++) {
    if (w->toks.v[q].flags & TF_SENT_START) return 0;
    if (states_noun(w, q)) return !one_owner(w, m) && !(from && withdrawn_object(w, m));
    unsigned t = w->toks.v[q].tag;
    if (t != P_DET && t != P_NUM && t != P_ADJ && t != P_PROPN) return 0;
  }
  return 0;
}

/* prec45b: does a bare role of this kind, in a story of another
 * country's people its state named most indicts or deports in (code.c,
 * foreign_court_people), take those people's country: people, gangs,
 * armed groups (acta_people_role), parties, politicians -- no state's
 * role, nor a body that works abroad (a firm, the media, a rights group);
 * mend45b: nor protesters, activists or the opposition, who stand where
 * they protest, in such a story mostly at the state's courthouse
 * ("Protesters gathered outside the courthouse": the state's). */
static int over_state_role(const char *role) {
  static const char *const ABROAD[] = {"BUS", "MED", "HRI", NULL};
  static const char *const POLITICS[] = {"PTY", "ELI", NULL};
  return (acta_people_role(role) && !str_one_of(role, ABROAD)) || str_one_of(role, POLITICS);
}

/* An event's actor from mention m: its span (without a trailing comma), its
 * code (a bare role takes its nearest country, else `country`; KEDS: the
 * null actor's role "---ROLE"), the dictionary line it came from. */
void acta_set_actor(const struct acta_work *w, const acta_dict *d,
                    acta_actor *a, const mention *m, const char *country) {
  memset(a, 0, sizeof *a);
  a->present = 1;
  a->start = w->toks.v[m->first].start;
  uint32_t last = m->last;
  while (last > m->first + 1 && w->toks.v[last - 1].kind == TK_PUNCT &&
         w->toks.v[last - 1].punct == ',')
    last--;
  a->end = w->toks.v[last - 1].end;
  if (m->role_only && m->near_country[0]) {
    country = m->near_country;
    /* prec45b: nor, in a story of another country's people the state
     * named most indicts, sanctions or deports (code.c,
     * foreign_court_people), from that state's prosecutors or agencies
     * beside them ("US prosecutors said the trafficker ...") in a
     * sentence no place of that state sets */
    if (w->people_over_state && w->people_country[0] && acta_code_eq(country, w->art_country) &&
        over_state_role(m->role))
      country = w->people_country;
  }
  /* country27: bare people, firms and gangs ("the men", "businesses")
   * in a sentence with no country of its own keep the country the article
   * names most, where its state is another's */
  else if (m->role_only && w->people_country[0] && country && acta_code_eq(country, w->art_country) &&
           (w->people_over_state ? over_state_role(m->role) : acta_people_role(m->role)))
    country = w->people_country;
  /* "foreign traffickers", "international investors": a role no country's
   * (targets8; not "the foreign minister", a phrase of its own) */
  if (m->role_only && !d->keds_only)
    for (uint32_t q = m->first; q < m->phrase_first; q++)
      if (is_word(w, q, w->cw->w_foreign) || is_word(w, q, w->cw->w_international)) country = NULL;
  /* prec43c: a bare state role of several states ("the ministers of five
   * countries") is of no one country: not the nearest's, nor the
   * sentence's; prec48d: nor is any bare role ("smugglers in several
   * countries", "gangs from both nations") */
  if (m->role_only && !d->keds_only && several_states(w, m))
    country = NULL;
  /* prec48d: "seven people in Miami, Panama and Mexico": a role in a list
   * of places of several countries is of none of them (place_lists.c) */
  if (m->role_only && !d->keds_only && m->places_split) country = NULL;
  /* actors23: "the migrants", "asylum seekers" (no country word of their
   * own; the head or the word before it): people away from home, not of
   * the country where they are */
  if (m->role_only && !d->keds_only && !m->near_country[0])
    for (uint32_t q = m->last > m->first + 2 ? m->last - 2 : m->first; q < m->last && country; q++)
      if (tok_lemma_in5(w, q, w->toks.v[q].nlemma, WL5_ABROAD_PEOPLE)) country = NULL;
  if (m->role_only && d->keds_only) {
    /* KEDS: a role with no actor of its own is the null actor's role */
    snprintf(a->code, sizeof a->code, "---%.*s", (int)sizeof a->code - 4, m->code);
  } else if (m->role_only && country && country[0]) {
    /* snprintf's "%s%s" without the format machinery (speed12) */
    acta_copy_str(a->code, sizeof a->code, country);
    size_t cl = strlen(a->code);
    acta_copy_str(a->code + cl, sizeof a->code - cl, m->role);
    memcpy(a->country, country, 4);
  } else {
    acta_copy_str(a->code, sizeof a->code, m->code);
    memcpy(a->country, m->country, 4);
  }
  memcpy(a->role, m->role, 4);
  if (m->entry) {
    a->entry_line = (int)m->entry->line;
    a->entry_file = d->files[m->entry->file];
  }
}

/* prec48c: does the speaker's phrase [first, last) name, before a
 * preposition, people who serve or keep company with whoever the words
 * after it name (a relation noun, acta_relation_head: "a lawyer for
 * President Ruiz", "a friend of Ortega")?  That one speaks, not the
 * person named last. */
static int relation_speaker(const struct acta_work *w, uint32_t first, uint32_t last) {
  uint32_t h = UINT32_MAX;
  for (uint32_t q = first; q < last && w->toks.v[q].tag != P_PREP; q++)
    if (w->toks.v[q].tag == P_NOUN) h = q;
  return h != UINT32_MAX && h + 1 < last && acta_relation_head(w, h);
}

/* A speaker or relay the dictionaries do not know, by its words [first,
 * last): a surname the article named before with a role ("Ortega said"
 * after "the attorney general Luisa Ortega Diaz") takes that role
 * (name_refs.c, actors8), with the speaker's own words; else no code. */
static void uncoded_speaker(const struct acta_work *w, const acta_dict *d, acta_actor *a,
                            uint32_t first, uint32_t last, const char *country) {
  const acta_token *lt = &w->toks.v[last - 1];
  int32_t ref = !d->keds_only && lt->tag == P_PROPN && (lt->flags & TF_CAP) &&
                        !relation_speaker(w, first, last)
                    ? acta_name_ref(w, first, last - 1)
                    : NO;
  if (ref != NO) {
    mention named = w->ments[ref];
    named.first = first;
    named.last = last;
    acta_set_actor(w, d, a, &named, country);
  }
  a->present = 1;
  a->start = w->toks.v[first].start;
  a->end = w->toks.v[last - 1].end;
}

/* An event's reporter and relay from its frame: the speaker, coded or (a
 * speaker the dictionaries do not know) as a span only; so is the relay
 * (prec47d: "The navy said it had detained six smugglers, reported El
 * Zonda": via El Zonda, no code). */
void acta_set_reporter(const struct acta_work *w, const acta_dict *d,
                       acta_event *ev, const frame *f, const char *country) {
  if (f->reporter != NO) {
    acta_set_actor(w, d, &ev->reported_by, &w->ments[f->reporter], country);
    /* mend48d: "the Turk said", "the Colombian told police": one person
     * of that country speaks, not the country (as that person is coded
     * when acting or acted on: object_refs.c the_demonym) */
    if (!d->keds_only && strlen(ev->reported_by.code) == 3 && !ev->reported_by.role[0] &&
        acta_one_demonym_person(w, &w->ments[f->reporter])) {
      memcpy(ev->reported_by.code + 3, "CVL", 4);
      memcpy(ev->reported_by.role, "CVL", 4);
    }
  } else if (f->rep_last > f->rep_first)
    uncoded_speaker(w, d, &ev->reported_by, f->rep_first, f->rep_last, country);
  if (f->via != NO)
    acta_set_actor(w, d, &ev->via, &w->ments[f->via], country);
  else if (f->via_last > f->via_first)
    uncoded_speaker(w, d, &ev->via, f->via_first, f->via_last, country);
}

static int same_event(const acta_event *a, const acta_event *b) {
  return a->sentence == b->sentence && !strcmp(a->cameo, b->cameo) &&
         !strcmp(a->source.code, b->source.code) &&
         a->source.start == b->source.start &&
         !strcmp(a->target.code, b->target.code);
}

/* Hash of what same_event compares (but the sentence: the table is the
 * sentence's). */
static uint64_t event_hash(const acta_event *e) {
  uint64_t h = acta_hash(e->cameo, strlen(e->cameo));
  h = h * 31 + acta_hash(e->source.code, strlen(e->source.code));
  h = h * 31 + acta_hash(e->target.code, strlen(e->target.code));
  return h * 31 + e->source.start;
}

/* The slot of ev in the sentence's table: the slot of the latest event the
 * same as ev, or the free one where ev goes. */
static size_t probe_event(const acta_coder *c, const acta_event *ev) {
  const struct acta_work *w = c->work;
  size_t mask = w->ev_nslots - 1;
  for (size_t i = (size_t)event_hash(ev) & mask;; i = (i + 1) & mask) {
    const struct ev_slot *sl = &w->ev_slots[i];
    if (sl->stamp != w->ev_stamp || same_event(&c->events[sl->event], ev)) return i;
  }
}

/* The latest event of ev's sentence that is the same as ev (same_event), or
 * NULL; *slot is where it is or where ev goes.  The events of the sentence
 * being coded are found through a hash table, in constant time; a new
 * sentence empties the table by taking a new stamp. */
static acta_event *find_same_event(acta_coder *c, const acta_event *ev,
                                   size_t *slot) {
  struct acta_work *w = c->work;
  if (ev->sentence != w->ev_sentence) {
    w->ev_sentence = ev->sentence;
    w->ev_first = c->nevents;
    if (++w->ev_stamp == 0) { /* wrapped: every old stamp must go */
      memset(w->ev_slots, 0, w->ev_nslots * sizeof *w->ev_slots);
      w->ev_stamp = 1;
    }
  }
  size_t live = c->nevents - w->ev_first;
  if ((live + 1) * 2 > w->ev_nslots) {
    /* grow, and index the sentence's events again in order (of equal
     * ones the latest wins) */
    size_t n = w->ev_nslots ? w->ev_nslots * 2 : 64;
    while ((live + 1) * 2 > n) n *= 2;
    free(w->ev_slots);
    w->ev_slots = calloc(n, sizeof *w->ev_slots);
    if (!w->ev_slots) abort();
    w->ev_nslots = n;
    for (size_t k = w->ev_first; k < c->nevents; k++) {
      struct ev_slot *sl = &w->ev_slots[probe_event(c, &c->events[k])];
      sl->stamp = w->ev_stamp;
      sl->event = (uint32_t)k;
    }
  }
  *slot = probe_event(c, ev);
  const struct ev_slot *sl = &w->ev_slots[*slot];
  return sl->stamp == w->ev_stamp ? &c->events[sl->event] : NULL;
}

/* Appends ev to the article's events; it is the latest of its sentence
 * (slot: from find_same_event). */
static void add_event_at(acta_coder *c, const acta_event *ev, size_t slot) {
  GROW(c->events, c->nevents, c->cap_events);
  c->events[c->nevents] = *ev;
  c->work->ev_slots[slot].stamp = c->work->ev_stamp;
  c->work->ev_slots[slot].event = (uint32_t)c->nevents;
  c->nevents++;
}

/* Appends ev, even when the same event is there already. */
void acta_add_event(acta_coder *c, const acta_event *ev) {
  size_t slot;
  find_same_event(c, ev, &slot);
  add_event_at(c, ev, slot);
}

/* The code of a capture of people (173, EMIT_CAPTIVES) made by a rebel
 * group, militia, armed band or gang: CAMEO files a detention by an actor
 * that is no state as an abduction (181), so "the ELN captured two
 * soldiers" is 181 where "the police captured two gang members" is 173.
 * Other codes are kept. */
static const acta_cameo *captor_code(const acta_dict *d, const acta_cameo *cm,
                                     const acta_actor *source) {
  static const char NON_STATE_ARMED[][4] = {"REB", "UAF", "IMG", "INS", "SEP", "PRM", "CRM"};
  if (strcmp(cm->code, "173") != 0) return cm;
  for (size_t i = 0; i < sizeof NON_STATE_ARMED / sizeof *NON_STATE_ARMED; i++)
    if (!strcmp(source->role, NON_STATE_ARMED[i])) {
      const acta_cameo *abduct = acta_cameo_find(d, "181");
      return abduct ? abduct : cm;
    }
  return cm;
}

/* The code of a demonstration (141) by a government against an actor
 * ("the president, rallying against the thieves and corrupt officials"):
 * a government does not take to the streets against those it governs or
 * opposes, it denounces them, 111.  Those it marches with ("the president
 * marched with coca growers") are no foes: 141 stays. */
static const acta_cameo *government_rally_code(struct acta_work *w, const acta_dict *d,
                                               const acta_sentence *s, uint32_t trig,
                                               const acta_cameo *cm,
                                               const acta_actor *source,
                                               const acta_actor *target) {
  if (d->keds_only || strcmp(cm->code, "141") != 0 || !acta_code_eq(source->role, "GOV") ||
      !target->present)
    return cm;
  /* those it marches with ("marched with coca growers") are no foes */
  for (uint32_t q = trig + 1; q < s->last && w->toks.v[q].start < target->start; q++)
    if (is_word(w, q, w->cw->w_with)) return cm;
  const acta_cameo *denounce = acta_cameo_find(d, "111");
  if (!denounce) return cm;
  acta_trace(w, "  recoded: 141 -> 111: a government rallies against %s, it denounces\n",
             target->code);
  return denounce;
}

/* A CAMEO code's counterpart in another root, by the act's code prefix:
 * the first entry whose prefix the code starts with (the most specific
 * prefixes come first). */
typedef struct code_mirror { const char *act, *code; } code_mirror;

static const char *mirror_code(const code_mirror *m, size_t n, const char *cameo) {
  for (size_t i = 0; i < n; i++)
    if (!strncmp(cameo, m[i].act, strlen(m[i].act))) return m[i].code;
  return NULL;
}

/* CAMEO's intent code for a committed act: root 03 mirrors the acts of
 * roots 04-08 code for code ("agreed to extradite" 0313, "pledged to send
 * weapons" 0332, "vowed to free" 0353, "promised to lift sanctions" 0354,
 * "agreed to withdraw" 0356), else the root's intent: consult 036 (mediate
 * 039), diplomatic cooperation 032, material cooperation 031, aid 033,
 * yield 035.  A conflict act announced is a threat (root 13): to protest
 * 133, to cut relations, aid or talks or to sanction 131x-136, to repress
 * 137 (a curfew 1323 ...), to blockade, occupy or attack 1381-1385.  Roots
 * 01-03, 09-13 and 15 have none: "will demand" stays 100, intended (an
 * investigation announced is no event at all: triggers.c).
 * The most specific prefix comes first. */
const char *acta_intent_code(const char *cameo) {
  static const code_mirror mirror[] = {
      {"045", "039"},   {"04", "036"},    {"05", "032"},
      {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},
      {"06", "031"},
      {"071", "0331"},  {"072", "0332"},  {"073", "0333"},  {"074", "0334"},
      {"07", "033"},
      {"081", "0351"},  {"082", "0352"},
      {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"},
      {"083", "034"},
      {"084", "0353"},  {"085", "0354"},  {"086", "0355"},  {"087", "0356"},
      {"08", "035"},
      {"14", "133"},
      {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},
      {"165", "135"},   {"166", "136"},   {"16", "131"},
      {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
      {"172", "132"},   {"17", "137"},
      {"18", "1383"},   {"191", "1381"},  {"192", "1382"},  {"19", "1384"},
      {"20", "1385"},
  };
  return mirror_code(mirror, sizeof mirror / sizeof mirror[0], cameo);
}

const char *acta_refusal_code(const char *cameo) {
  static const code_mirror mirror[] = {
      {"045", "126"},   {"046", "126"},   {"04", "125"},
      {"057", "127"},   {"05", "120"},
      {"061", "1211"},  {"062", "1212"},  {"06", "121"},
      {"071", "1221"},  {"072", "1222"},  {"073", "1223"},  {"074", "1224"},
      {"07", "122"},
      {"081", "1241"},  {"082", "1242"},
      {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"},
      {"083", "123"},
      {"084", "1243"},  {"085", "1244"},  {"086", "1245"},  {"087", "1246"},
      {"08", "124"},
  };
  return mirror_code(mirror, sizeof mirror / sizeof mirror[0], cameo);
}

/* actors12: is CAMEO code an act of words (statements, appeals, demands,
 * disapproval, rejections, threats: roots 01, 02, 10-13), whose words
 * after the verb are what its source says? */
static int verbal_act(const char *code) {
  int r = cameo_root(code);
  return r == 1 || r == 2 || (r >= 10 && r <= 13);
}

/* Emits one event per source x target member of the groups of src and tgt
 * (EMIT_PAIR in flags: of the two mentions alone), never an actor on
 * itself; rep is the frame reporting it, or NO.  src is NO only for an
 * agentless passive (ACTA_EV_AGENTLESS in flags): one event per target,
 * with no source, or for a subject that is no actor when the coder keeps
 * such events for TABARI's default source (ACTA_EV_SOURCELESS: an event
 * even with no target).  Returns the number of new events (an event already
 * coded in the sentence only takes the stronger status). */
int acta_emit(acta_coder *c, const sent_ctx *sc, int32_t src, int32_t tgt,
              int32_t rep, const acta_pattern *pat, const acta_cameo *cm,
              uint32_t trig, int status, unsigned flags, const char *verb) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  int n = 0;
  int sourceless = src == NO && (flags & ACTA_EV_SOURCELESS) && d->keds_only &&
                   w->keep_sourceless;
  int agentless = src == NO && ((flags & ACTA_EV_AGENTLESS) || sourceless);
  if (src == NO && !agentless) return 0;
  if (agentless && tgt == NO && !sourceless) return 0;
  /* "will attack", "plans to extradite": an expression of intent or a
   * threat, the act itself kept as intended_act */
  const acta_cameo *act = NULL;
  /* "Factum asked for an interview", "media investigations found": a
   * news outlet at work is no political cooperation */
  if (!d->keds_only && src != NO && acta_code_eq(w->ments[src].role, "MED") && cm->code[0] == '0') {
    acta_trace(w, "  dropped (reporter only): %s %s: a news outlet at work, not a political act\n",
               w->ments[src].code, cm->code);
    return 0;
  }
  /* "A Plaza Publica report documented ..., murdering a businessman": a
   * news outlet named by name reports force, it uses none (roots 14-20) */
  if (!d->keds_only && src != NO && acta_code_eq(w->ments[src].role, "MED") &&
      w->ments[src].entry && w->ments[src].entry->kind == ENT_ACTOR && cameo_root(cm->code) >= 14) {
    acta_trace(w, "  dropped (reporter only): %s %s: a news outlet reports force, it uses none\n",
               w->ments[src].code, cm->code);
    return 0;
  }
  /* "a third individual who arrived in a second car": a private person
   * makes no visit, deal or gift of state (roots 03-08) */
  if (!d->keds_only && src != NO && acta_code_eq(w->ments[src].role, "CVL") && cm->code[0] == '0' &&
      cm->code[1] >= '3' && cm->code[1] <= '8') {
    acta_trace(w, "  dropped (no actor): %s %s: a private person's act, not a political one\n",
               w->ments[src].code, cm->code);
    return 0;
  }
  /* "the minister said the government ...": a statement about the
   * speaker's own side has no target (object_refs.c) */
  if (!d->keds_only) tgt = acta_own_side_topic(w, sc, src, tgt, cm->code);
  /* prec46b: "conceded to La Nacion that ...": not the outlet (object_refs.c) */
  if (!d->keds_only) tgt = acta_outlet_addressee(w, sc->s, tgt, cm->code);
  /* "91 Mexican nationals imprisoned in Peru": people, not their state,
   * whichever stage found them (targets8) */
  if (!d->keds_only && tgt != NO)
    tgt = acta_nationality_target(w, sc, tgt, cm->code, verb, trig + 1, sc->s->last);
  /* actors12: "a female Salvadoran accused": people, not their state */
  if (!d->keds_only && src != NO && !agentless)
    src = acta_nationality_source(w, sc, src, cm->code);
  int announced = (flags & EMIT_ANNOUNCED) != 0;
  int refused = (flags & EMIT_REFUSED) != 0;
  flags &= ~(EMIT_ANNOUNCED | EMIT_REFUSED);
  if (refused && pat && !d->keds_only) {
    const char *rc = acta_refusal_code(cm->code);
    const acta_cameo *rcm = rc ? acta_cameo_find(d, rc) : NULL;
    if (rcm) act = cm, cm = rcm; /* the refusal is done; the act is not */
  }
  if (announced && status == ACTA_INTENDED && pat && !d->keds_only) {
    const char *ic = acta_intent_code(cm->code);
    const acta_cameo *icm = ic ? acta_cameo_find(d, ic) : NULL;
    if (icm) act = cm, cm = icm; /* status stays intended: not done */
  }
  /* EMIT_PAIR: just these two mentions, not their groups */
  int pair = (flags & EMIT_PAIR) != 0;
  int captives = (flags & EMIT_CAPTIVES) != 0;
  flags &= ~(EMIT_PAIR | EMIT_CAPTIVES);
  int32_t s = agentless ? NO : pair ? src : w->ments[src].group;
  /* co-parties of a joint act ("Colombia and Peru met"): the target is the
   * source's own compound.  Of more than two, acta_reciprocal_target gives
   * none since session 25 (docs/conventions.md "Co-parties of a joint
   * act"); a compound of more than two that still comes as its own target
   * gives one event per party, each party's target the first party named,
   * the first party's the second */
  int32_t g0 = s;
  int single = pair;
  if (!pair && s != NO && tgt != NO && w->ments[tgt].group == s &&
      w->ments[s].next_in_group != NO && w->ments[w->ments[s].next_in_group].next_in_group != NO)
    single = 1;
  do {
    int32_t t = tgt == NO ? NO : pair ? tgt : w->ments[tgt].group;
    if (single && !pair && t != NO) t = s == g0 ? w->ments[g0].next_in_group : g0;
    do {
      if (t != NO && t == s) { t = single ? NO : w->ments[t].next_in_group; continue; }
      acta_event ev;
      memset(&ev, 0, sizeof ev);
      ev.sentence = sc->index;
      ev.sent_start = sc->s->start;
      ev.sent_end = sc->s->end;
      if (s != NO) {
        acta_set_actor(w, d, &ev.source, &w->ments[s],
                       acta_speaker_country(w, sc, s, verbal_act(cm->code) ? trig + 1 : UINT32_MAX));
        /* a later "They ..." keeps the country this source was coded with */
        if (w->ments[s].role_only && !w->ments[s].near_country[0] && ev.source.country[0])
          memcpy(w->ments[s].near_country, ev.source.country, 4);
      }
      if (t != NO) {
        acta_set_actor(w, d, &ev.target, &w->ments[t], acta_bare_target_country(w, sc, t));
        const char *home = acta_target_country(w, d, sc, s, t);
        if (home && ev.target.country[0] && acta_code_eq(ev.target.country, w->ments[s].country)) {
          snprintf(ev.target.code, sizeof ev.target.code, "%.3s%.3s", home, ev.target.role);
          memcpy(ev.target.country, home, 4);
        }
        /* roles29: a private person held where the sentence places the
         * arrest is not thereby of that country */
        const char *held = !d->keds_only ? acta_held_person_country(w, sc, t, cm->code) : NULL;
        if (held) {
          snprintf(ev.target.code, sizeof ev.target.code, "%.3s%.3s", held, ev.target.role);
          memcpy(ev.target.country, held, 4);
        }
      }
      if (rep != NO)
        acta_set_reporter(w, d, &ev, &w->frames[rep],
                          acta_speaker_country(w, sc, w->frames[rep].reporter, UINT32_MAX));
      ev.disputes = -1;
      const acta_cameo *ecm = captives ? captor_code(d, cm, &ev.source) : cm;
      if (!act)
        ecm = acta_victim_code(w, d, sc->s, ecm, trig, NULL, s != NO ? &ev.source : NULL,
                               &ev.target);
      /* a supply, a backing or a "targeting" by what it is (act_codes.c) */
      if (!act) {
        int no_target;
        ecm = acta_act_code(w, d, sc->s, ecm, trig, s != NO ? &ev.source : NULL, &ev.target,
                            &no_target);
        if (!ecm) {
          t = (t == NO || single) ? NO : w->ments[t].next_in_group;
          continue;
        }
        if (no_target) memset(&ev.target, 0, sizeof ev.target);
      }
      /* an act announced ("will target those who ...") is read by what it
       * is too, and its intent code follows (1384 -> 137) */
      const acta_cameo *eact = act;
      if (act && announced && !refused && status == ACTA_INTENDED) {
        int no_target;
        /* codes12: and by whom it would harm ("the gang said it would kill
         * them": violence against people who bear no arms, 180, so its
         * threat is 1383, not 1384) */
        const acta_cameo *vact = acta_victim_code(w, d, sc->s, act, trig, NULL,
                                                  s != NO ? &ev.source : NULL, &ev.target);
        const acta_cameo *na = acta_act_code(w, d, sc->s, vact, trig,
                                             s != NO ? &ev.source : NULL, &ev.target, &no_target);
        if (!na) {
          t = (t == NO || single) ? NO : w->ments[t].next_in_group;
          continue;
        }
        if (no_target) memset(&ev.target, 0, sizeof ev.target);
        const char *ic = na != act ? acta_intent_code(na->code) : NULL;
        const acta_cameo *icm = ic ? acta_cameo_find(d, ic) : NULL;
        if (icm) ecm = icm, eact = na;
      }
      if (s != NO) ecm = government_rally_code(w, d, sc->s, trig, ecm, &ev.source, &ev.target);
      /* prec46c: "six men wielding shotguns killed": armed men, UAF
       * (armed_men.c).  (mend46c: by the act as finally coded, the men read
       * as private people until then, so "two men fought outside a bar",
       * no fight of an armed party, stays dropped above) */
      if (s != NO && !d->keds_only && !act &&
          acta_armed_men_source(w, &w->ments[s], ecm->code)) {
        acta_trace(w, "  source \"%s\": men doing violence, armed men (UAF)\n",
                   norm(w, w->ments[s].last - 1));
        snprintf(ev.source.code, sizeof ev.source.code, "%.3sUAF", ev.source.country);
        memcpy(ev.source.role, "UAF", 4);
      }
      acta_copy_str(ev.cameo, sizeof ev.cameo, ecm->code);
      if (eact) acta_copy_str(ev.intended_act, sizeof ev.intended_act, eact->code);
      memcpy(ev.root, ecm->code, 2);
      ev.root[2] = '\0';
      ev.name = d->strings.data + ecm->name;
      ev.quad_class = ecm->quad;
      ev.goldstein = ecm->goldstein;
      acta_copy_str(ev.verb, sizeof ev.verb, verb);
      ev.verb_start = w->toks.v[trig].start;
      ev.verb_end = w->toks.v[trig].end;
      ev.status = (acta_status)status;
      acta_copy_str(ev.date, sizeof ev.date, w->date_str);
      if (pat) {
        ev.pattern = d->strings.data + pat->text;
        ev.pattern_file = d->files[pat->file];
        ev.pattern_line = (int)pat->line;
      }
      ev.flags = flags;
      if ((s != NO && w->ments[src].next_in_group != NO) ||
          (t != NO && ev.target.present && w->ments[t].next_in_group != NO))
        ev.flags |= ACTA_EV_COMPOUND;
      if (ev.reported_by.present) ev.flags |= ACTA_EV_REPORTED;
      if ((s != NO && w->ments[s].role_only && sc->country[0]) ||
          (t != NO && ev.target.present && w->ments[t].role_only && sc->country[0]))
        ev.flags |= ACTA_EV_ARTICLE_COUNTRY;
      if (s != NO && !strcmp(ev.source.code, t != NO ? ev.target.code : "") &&
          ev.source.start == ev.target.start) {
        t = (t == NO || single) ? NO : w->ments[t].next_in_group;
        continue;
      }
      /* a visit is to someone: "the police and army arrived in the
       * state", "traveled through Peru" host no visit */
      if (!d->keds_only && s != NO && t == NO && !strcmp(ev.cameo, "042")) {
        acta_trace(w, "  dropped (a visit to no one): %s 042\n", ev.source.code);
        t = NO;
        continue;
      }
      /* a visit made or hosted at home ("Authorities arrived in Buenos
       * Aires") is travel, not a visit between actors (042, 043) */
      if (!d->keds_only && s != NO && t != NO && ev.source.country[0] &&
          !strcmp(ev.source.country, ev.target.country) &&
          !w->ments[s].role_only && !w->ments[t].role_only && /* their own countries */
          (!strcmp(ev.cameo, "042") || !strcmp(ev.cameo, "043"))) {
        acta_trace(w, "  dropped (a visit at home): %s %s %s\n", ev.source.code,
                   ev.target.code, ev.cameo);
        t = (t == NO || single) ? NO : w->ments[t].next_in_group;
        continue;
      }
      /* invented17: migrants or refugees arriving somewhere, or received
       * there ("when the migrants arrived in Mexico"), make a journey, not
       * a visit between actors (042, 043) */
      if (!d->keds_only && ((!strcmp(ev.cameo, "042") && !strcmp(ev.source.role, "REF")) ||
                            (!strcmp(ev.cameo, "043") && ev.target.present &&
                             !strcmp(ev.target.role, "REF")))) {
        acta_trace(w, "  dropped (a migrant's journey): %s %s %s\n", ev.source.code,
                   ev.target.present ? ev.target.code : "-", ev.cameo);
        t = (t == NO || single) ? NO : w->ments[t].next_in_group;
        continue;
      }
      /* the same event again: the stronger status wins */
      size_t slot;
      acta_event *same = find_same_event(c, &ev, &slot);
      if (same) {
        if (status_rank((int)ev.status) > status_rank((int)same->status))
          same->status = ev.status;
      } else {
        add_event_at(c, &ev, slot);
        n++;
        if (s != NO) {
          w->last_src = s;
          w->last_src_sent = sc->index;
        }
        acta_trace(w, "  => event %s %s %s (%s) status=%s%s%s\n",
                   s != NO ? ev.source.code : "(no source)",
                   ev.target.present ? ev.target.code : "-", ev.cameo, ev.name,
                   acta_status_name(ev.status),
                   ev.reported_by.present ? " reported_by=" : "",
                   ev.reported_by.present
                       ? (ev.reported_by.code[0] ? ev.reported_by.code : "(uncoded)")
                       : "");
      }
      t = (t == NO || single) ? NO : w->ments[t].next_in_group;
    } while (t != NO);
    s = (s == NO || pair) ? NO : w->ments[s].next_in_group;
  } while (s != NO);
  return n;
}

/* Each event's date: a date expression of its sentence ("on Wednesday",
 * "since mid-September", dates.c; without an article date, absolute
 * expressions only, "March 3, 2019").  A sentence may hold several ("The
 * governor, who takes office on December 1, said his predecessor fled on
 * October 15"): an event takes the one nearest its trigger, and none that
 * stands in a relative clause after it ("released four miners who were
 * kidnapped in June last year": the release is not in June), except
 * that a date opening the sentence is that of every verb of its main
 * clause, and a date before an "and" goes to a verb after it only when no
 * date follows that verb ("detained in 2003 and deported in 2008").  An
 * event with no date of its own keeps the article's.  At most
 * MAX_SENT_DATES dates and 16 relative words and conjunctions are read,
 * so each event's choice is bounded. */
#define MAX_SENT_DATES 8
void acta_date_events(acta_coder *c, const sent_ctx *sc) {
  struct acta_work *w = c->work;
  const acta_sentence *s = sc->s;
  if (c->nevents <= sc->ev_before) return;
  acta_date_info di[MAX_SENT_DATES];
  int nd = 0;
  uint32_t from = s->first;
  while (nd < MAX_SENT_DATES && from < s->last &&
         acta_find_date_tokens(c->cur_text, &w->toks, from, s->last,
                               w->date ? w->date_str : NULL, &di[nd])) {
    while (from < s->last && w->toks.v[from].start < di[nd].end) from++;
    nd++;
  }
  /* "who", "whom", "which" (not "that": "said that ... on Monday") */
  size_t rel[16];
  int nrel = 0;
  size_t conj[16]; /* "and", "or": "detained in 2003 and deported in 2008" */
  int nconj = 0;
  for (uint32_t q = s->first; nd > 1 && q < s->last && nconj < 16; q++)
    if (is_and_or(w, q)) conj[nconj++] = w->toks.v[q].start;
  for (uint32_t q = s->first; nd > 0 && q < s->last && nrel < 16; q++)
    if (tok_in2(w, q, WL2_RELATIVE_PRONOUN) && !is_word(w, q, w->cw->w_that))
      rel[nrel++] = w->toks.v[q].start;
  int opening = nd > 0 && di[0].start <= w->toks.v[s->first].start;
  for (size_t e = sc->ev_before; e < c->nevents; e++) {
    acta_event *ev = &c->events[e];
    int best = -1;
    size_t best_gap = 0;
    for (int i = 0; i < nd; i++) {
      size_t gap;
      if (di[i].start >= ev->verb_start) {
        int in_rel = 0;
        for (int r = 0; r < nrel && !in_rel; r++)
          in_rel = rel[r] > ev->verb_start && rel[r] < di[i].start;
        if (in_rel) continue;
        gap = di[i].start - ev->verb_start;
      } else {
        gap = ev->verb_start > di[i].end ? ev->verb_start - di[i].end : 0;
        /* a date before an "and" is the verb's before it when one follows
         * this verb ("detained in 2003 and deported to Spain in 2008") */
        int crossed = 0;
        for (int r = 0; r < nconj && !crossed; r++)
          crossed = conj[r] > di[i].end && conj[r] < ev->verb_start;
        if (crossed) gap += 100000;
      }
      if (best < 0 || gap < best_gap) {
        best = i;
        best_gap = gap;
      }
    }
    /* "In 2017, the attorney general prosecuted 23 people involved in the
     * truce -- agreed in 2014 -- ...": a date opening the sentence is
     * its main clause's, for every verb not in a relative clause */
    if (opening && di[0].end <= ev->verb_start) {
      int in_rel = 0;
      for (int r = 0; r < nrel && !in_rel; r++)
        in_rel = rel[r] > di[0].end && rel[r] < ev->verb_start;
      if (!in_rel) best = 0;
    }
    if (best >= 0) {
      const acta_date_info *d = &di[best];
      memcpy(ev->date, d->date, sizeof ev->date);
      memcpy(ev->date_precision, d->precision, sizeof ev->date_precision);
      memcpy(ev->date_range_start, d->range_start, sizeof ev->date_range_start);
      memcpy(ev->date_range_end, d->range_end, sizeof ev->date_range_end);
      ev->date_start = d->start;
      ev->date_end = d->end;
    } else if (w->date) {
      memcpy(ev->date_precision, "day", 4);
    }
  }
}

typedef struct ev_key { int sentence; size_t at; size_t idx; } ev_key;

static int cmp_ev_key(const void *a, const void *b) {
  const ev_key *x = a, *y = b;
  if (x->sentence != y->sentence) return x->sentence < y->sentence ? -1 : 1;
  if (x->at != y->at) return x->at < y->at ? -1 : 1;
  return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

/* Events in text order: by sentence, then by the position of their trigger
 * (the order of coding is verbs, then event nouns, then statements). */
void acta_sort_events(acta_coder *c) {
  size_t n = c->nevents;
  if (n < 2) return;
  ev_key *k = malloc(n * sizeof *k);
  acta_event *tmp = malloc(n * sizeof *tmp);
  if (!k || !tmp) abort();
  for (size_t i = 0; i < n; i++) {
    k[i].sentence = c->events[i].sentence;
    k[i].at = c->events[i].verb_start;
    k[i].idx = i;
  }
  qsort(k, n, sizeof *k, cmp_ev_key);
  for (size_t i = 0; i < n; i++) tmp[i] = c->events[k[i].idx];
  memcpy(c->events, tmp, n * sizeof *tmp);
  free(k);
  free(tmp);
}
