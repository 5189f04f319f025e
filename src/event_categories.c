/* SPDX-License-Identifier: MIT */
/* event_categories.c: the stage that gives every event of an article its
 * PLOVER and ACLED categories, after the coder's other stages.  For each
 * sentence with events it finds the cue words (cues.c) and counts the
 * armed and unarmed actors named; over the article, whether a protest was
 * reported and met force; then each event's evidence (categories.h) goes
 * to plover.c and acled.c.  Reads the article's tokens, mentions and
 * events; writes the events' plover_* and acled_* fields.  Linear in the
 * article: each sentence is read once, each event looks at its own
 * sentence's counts and its neighbours' cue sets. */
#include "categories.h"
#include "coder_internal.h"
#include "tagger_model.h"

#include <stdlib.h>
#include <string.h>

actor_kind acta_actor_kind(const acta_actor *a) {
  if (!a->present || !a->code[0]) return AK_NONE;
  const char *r = a->role;
  if (!r[0]) return a->country[0] ? AK_STATE : AK_OTHER;
  /* every role named has three letters: a role of another length is none
   * of them, and one of three is told by its three bytes in one switch
   * (speed23; a walk of the 29 roles before) */
#define AK_ROLE(a, b, c) (((uint32_t)(a) << 16) | ((uint32_t)(b) << 8) | (uint32_t)(c))
  if (r[1] && r[2] && !r[3]) {
    switch (AK_ROLE((unsigned char)r[0], (unsigned char)r[1], (unsigned char)r[2])) {
      case AK_ROLE('G', 'O', 'V'): case AK_ROLE('S', 'P', 'Y'): case AK_ROLE('L', 'E', 'G'):
      case AK_ROLE('J', 'U', 'D'):
        return AK_STATE;
      case AK_ROLE('M', 'I', 'L'): case AK_ROLE('C', 'O', 'P'):
        return AK_STATE_ARMED;
      case AK_ROLE('R', 'E', 'B'): case AK_ROLE('U', 'A', 'F'): case AK_ROLE('I', 'M', 'G'):
      case AK_ROLE('I', 'N', 'S'): case AK_ROLE('S', 'E', 'P'): case AK_ROLE('P', 'R', 'M'):
      case AK_ROLE('R', 'A', 'D'):
        return AK_ARMED;
      case AK_ROLE('O', 'P', 'P'): case AK_ROLE('L', 'A', 'B'): case AK_ROLE('E', 'D', 'U'):
        return AK_CROWD;
      case AK_ROLE('C', 'V', 'L'): case AK_ROLE('R', 'E', 'F'): case AK_ROLE('R', 'E', 'L'):
      case AK_ROLE('H', 'L', 'H'): case AK_ROLE('A', 'G', 'R'): case AK_ROLE('B', 'U', 'S'):
      case AK_ROLE('M', 'E', 'D'): case AK_ROLE('J', 'R', 'N'): case AK_ROLE('H', 'R', 'I'):
      case AK_ROLE('N', 'G', 'O'): case AK_ROLE('E', 'L', 'I'): case AK_ROLE('E', 'N', 'V'):
      /* targets32: parties and their candidates bear no arms ("gunmen
       * killed a mayoral candidate": a murder, 180, no military force) */
      case AK_ROLE('P', 'T', 'Y'):
        return AK_CIVILIAN;
      case AK_ROLE('C', 'R', 'M'):
        return AK_CRIMINAL;
      default:
        break;
    }
  }
#undef AK_ROLE
  /* peacekeepers of an international body ("IGOUNOPKO") are armed */
  for (size_t i = 3; i + 3 <= strlen(a->code); i += 3)
    if (!strncmp(a->code + i, "PKO", 3) || !strncmp(a->code + i, "MIL", 3))
      return AK_STATE_ARMED;
  return AK_OTHER;
}

/* Means in the order one wins over another when a sentence names several:
 * the weapon that defines an explosion first ("a suicide bomber detonated
 * a car bomb": suicide), crowd control before grenades and explosives
 * ("tear gas and stun grenades"), then firearms and lesser force. */
static const int MEANS_ORDER[] = {
    CUE_MEANS_CHEMICAL, CUE_MEANS_SUICIDE, CUE_MEANS_DRONE, CUE_MEANS_AERIAL,
    CUE_MEANS_HEAVY,    CUE_MEANS_CROWD_CONTROL, CUE_MEANS_GRENADE,
    CUE_MEANS_EXPLOSIVES, CUE_MEANS_FIREARMS, CUE_MEANS_PRIMITIVE};
#define NMEANS (int)(sizeof MEANS_ORDER / sizeof *MEANS_ORDER)

/* The means a CAMEO code itself names, -1 if none. */
static int code_means(const char *cameo) {
  static const struct { const char *code; int means; } CODES[] = {
      {"2041", CUE_MEANS_CHEMICAL}, {"204", CUE_MEANS_CHEMICAL},
      {"1831", CUE_MEANS_SUICIDE},  {"183", CUE_MEANS_EXPLOSIVES},
      {"195", CUE_MEANS_AERIAL},    {"194", CUE_MEANS_HEAVY},
      {"193", CUE_MEANS_FIREARMS},  {"175", CUE_MEANS_CROWD_CONTROL},
  };
  for (size_t i = 0; i < sizeof CODES / sizeof *CODES; i++)
    if (!strncmp(cameo, CODES[i].code, strlen(CODES[i].code))) return CODES[i].means;
  return -1;
}

static int rank_of(int means) {
  for (int i = 0; i < NMEANS; i++)
    if (MEANS_ORDER[i] == means) return i;
  return NMEANS;
}

/* The first means of the order that set s names, ranked no lower than
 * limit (exclusive), -1 if none. */
static int best_means(const acta_cue_set *s, int limit) {
  for (int i = 0; i < limit && i < NMEANS; i++)
    if (acta_cue_has(s, MEANS_ORDER[i])) return MEANS_ORDER[i];
  return -1;
}

int acta_event_means(const acta_event *e, const acta_cue_set *own,
                     const acta_cue_set *near) {
  int code = code_means(e->cameo);
  /* the sentence's weapon wins over the code's when it ranks higher ("shot
   * down with rocket-propelled grenades"); an aerial code stays aerial
   * unless a drone is named */
  int cue = best_means(own, rank_of(code));
  if (cue >= 0) return cue;
  if (code >= 0) return code;
  int root = atoi(e->root);
  /* violence whose sentence names no weapon: the sentence around it may
   * ("... were killed. The grenade exploded ...") -- explosive weapons only */
  if (near && (root == 18 || root == 19 || root == 20)) {
    cue = best_means(near, rank_of(CUE_MEANS_FIREARMS));
    if (cue == CUE_MEANS_CROWD_CONTROL) cue = -1;
    if (cue >= 0) return cue;
  }
  return -1;
}

/* ---- the stage ------------------------------------------------------------ */

typedef struct sent_facts {
  acta_cue_set cues;
  int armed, unarmed; /* actor mentions of the sentence by kind */
  int done;
} sent_facts;

/* The kind of mention m, as an event's actor would have it. */
static actor_kind mention_kind(const mention *m) {
  acta_actor a;
  memset(&a, 0, sizeof a);
  a.present = 1;
  memcpy(a.code, m->code, sizeof a.code);
  memcpy(a.country, m->country, sizeof a.country);
  memcpy(a.role, m->role, sizeof a.role);
  return acta_actor_kind(&a);
}

static void read_sentence(const acta_coder *c, size_t si, sent_facts *f) {
  const struct acta_work *w = c->work;
  const acta_sentence *s = &w->sents[si];
  memset(f, 0, sizeof *f);
  f->done = 1;
  acta_sentence_cues(c->dict, &w->toks, s->first, s->last, &f->cues);
  for (size_t m = w->sent_ment[si]; m < w->sent_ment[si + 1]; m++) {
    const mention *mm = &w->ments[m];
    if (mm->absorbed) continue;
    actor_kind k = mention_kind(mm);
    if (acta_kind_armed(k)) f->armed++;
    else if (acta_kind_unarmed(k)) f->unarmed++;
  }
}

/* Is e's target the object of its verb: at most four words between them,
 * none a preposition, a verb or punctuation?  A binary search finds the
 * first token after the verb, then a few tokens are read. */
static int target_is_object(const struct acta_work *w, const acta_sentence *s,
                            const acta_event *e) {
  if (!e->target.present || e->target.start < e->verb_end) return 0;
  uint32_t lo = token_at(w, s, e->verb_end);
  for (uint32_t q = lo, n = 0; q < s->last; q++, n++) {
    const acta_token *t = &w->toks.v[q];
    if (t->start >= e->target.start) return 1;
    if (n >= 4 || t->kind == TK_PUNCT || t->tag == P_PREP || t->tag == P_SUBORD ||
        t->tag == P_VERB)
      return 0;
  }
  return 0;
}

/* Is actor a one person, named or singular ("opposition leader Juan
 * Perez", "an opposition lawmaker"): the last word of its phrase a name
 * or a singular noun of one person (WL_PERSON_NOUN)?  "opposition
 * supporters", "the opposition" are not.  Its words are found by a binary
 * search (token_at), not read from the sentence's start. */
static int one_person(const struct acta_work *w, const acta_sentence *s, const acta_actor *a) {
  if (!a->present) return 0;
  uint32_t last = s->last;
  for (uint32_t q = token_at(w, s, a->start); q < s->last; q++) {
    const acta_token *t = &w->toks.v[q];
    if (t->start >= a->end) break;
    if (t->kind == TK_WORD) last = q;
  }
  if (last == s->last) return 0;
  const acta_token *t = &w->toks.v[last];
  if (t->penn == PT_NNP) return 1;
  return t->penn == PT_NN && tok_in(w, last, WL_PERSON_NOUN);
}

/* Is event e's act a killing: its verb or noun ("killed", "the murder
 * of"), or the death toll it was made from? */
static int told_killing(const acta_dict *d, const struct acta_work *w,
                        const acta_sentence *s, const acta_event *e) {
  /* a toll: its kind, or the passive verb whose figure it is ("were
   * killed": its pattern's head) */
  if (e->flags & ACTA_EV_FIGURE)
    return !strcmp(e->verb, "killed") ||
           acta_lemma_in2(w->cw, acta_intern_find(&d->words, e->verb, strlen(e->verb)),
                          WL2_KILL_ACT);
  uint32_t lo = token_at(w, s, e->verb_start);
  if (lo >= s->last || w->toks.v[lo].start != e->verb_start) return 0;
  const acta_token *t = &w->toks.v[lo];
  return acta_lemma_in2(w->cw, t->vlemma, WL2_KILL_ACT) ||
         acta_lemma_in2(w->cw, t->nlemma, WL2_KILL_ACT);
}

static sent_facts *facts_of(const acta_coder *c, sent_facts *facts, size_t si) {
  if (!facts[si].done) read_sentence(c, si, &facts[si]);
  return &facts[si];
}

static int is_protest_code(const acta_event *e) {
  return !strcmp(e->root, "14") && strcmp(e->cameo, "145");
}

/* Force against protesters that an event is: 2 it kills or wounds them, 1
 * they are dispersed or arrested, 0 neither. */
static int force_on_protest(const acta_event *e, const acta_cue_set *cues, int target_one) {
  if (e->status == ACTA_NEGATED || e->status == ACTA_INTENDED) return 0;
  if (target_one) return 0; /* one opposition figure shot is no crowd */
  actor_kind t = acta_actor_kind(&e->target);
  int root = atoi(e->root);
  int on_crowd = t == AK_CROWD || (t == AK_CIVILIAN && acta_cue_has(cues, CUE_ACT_PROTEST));
  if (!on_crowd || acta_actor_kind(&e->source) == AK_CROWD) return 0;
  if (root >= 18 && root <= 20) return 2;
  if (!strcmp(e->cameo, "175"))
    return acta_cue_has(cues, CUE_ACT_LETHAL) ? 2 : 1;
  if (!strncmp(e->cameo, "173", 3)) return 1;
  return 0;
}

void acta_event_categories(acta_coder *c) {
  const struct acta_work *w = c->work;
  if (!c->nevents) return;
  sent_facts *facts = calloc(w->nsents + 1, sizeof *facts);
  if (!facts) abort();
  int protest = 0, force = 0;
  for (size_t i = 0; i < c->nevents; i++) {
    const acta_event *e = &c->events[i];
    if ((size_t)e->sentence >= w->nsents) continue;
    const sent_facts *f = facts_of(c, facts, (size_t)e->sentence);
    if ((is_protest_code(e) || acta_cue_has(&f->cues, CUE_ACT_PROTEST)) &&
        e->status != ACTA_NEGATED && e->status != ACTA_INTENDED)
      protest = 1;
    int fo = force_on_protest(e, &f->cues, one_person(w, &w->sents[e->sentence], &e->target));
    if (fo > force) force = fo;
  }
  for (size_t i = 0; i < c->nevents; i++) {
    acta_event *e = &c->events[i];
    acta_event_evidence ev;
    memset(&ev, 0, sizeof ev);
    size_t si = (size_t)e->sentence;
    if (si < w->nsents) {
      const sent_facts *f = facts_of(c, facts, si);
      ev.cues = f->cues;
      if (si > 0) {
        const acta_cue_set *p = &facts_of(c, facts, si - 1)->cues;
        ev.near.bits[0] |= p->bits[0];
        ev.near.bits[1] |= p->bits[1];
      }
      if (si + 1 < w->nsents) {
        const acta_cue_set *n = &facts_of(c, facts, si + 1)->cues;
        ev.near.bits[0] |= n->bits[0];
        ev.near.bits[1] |= n->bits[1];
      }
      actor_kind sk = acta_actor_kind(&e->source);
      ev.others_armed = f->armed - (acta_kind_armed(sk) ? 1 : 0);
      ev.others_unarmed = f->unarmed - (acta_kind_unarmed(sk) ? 1 : 0);
      if (ev.others_armed < 0) ev.others_armed = 0;
      if (ev.others_unarmed < 0) ev.others_unarmed = 0;
      ev.target_object = target_is_object(w, &w->sents[si], e);
      ev.source_one = one_person(w, &w->sents[si], &e->source);
      ev.target_one = one_person(w, &w->sents[si], &e->target);
      ev.killing = told_killing(c->dict, w, &w->sents[si], e);
    }
    ev.means = acta_event_means(e, &ev.cues, &ev.near);
    ev.art_protest = protest;
    ev.art_force = protest ? force : 0;
    acta_plover_classify(e, &ev);
    acta_acled_classify(e, &ev);
  }
  free(facts);
}
