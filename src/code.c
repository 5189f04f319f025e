/* code.c: the coding stage.  For each sentence it finds actor mentions
 * (dictionary phrases combined into noun phrases), verb groups (tense,
 * voice, negation, modality), reporting frames ("X said ...", "..., X
 * said", "according to X"), then matches event patterns to find the source,
 * event and target of each clause.  Every step is linear in the sentence
 * length times small constants (pattern length, gap limits). */
#include "coder.h"
#include "dict.h"
#include "dates.h"
#include "figures.h"
#include "gazetteer.h"
#include "treebank.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAP 7           /* max tokens between pattern elements */
#define NO (-1)

typedef struct match { uint32_t first, last; const acta_entry *e; } match;

typedef struct mention {
  uint32_t first, last;     /* token range [first, last) */
  char code[64], country[4], role[4];
  const acta_entry *entry;  /* most informative entry (for explain) */
  int32_t group;            /* first mention of its compound group */
  int32_t next_in_group;    /* -1 at the end */
  uint8_t role_only;        /* role without a country of its own */
  uint8_t after_prep;       /* preceded by a preposition */
  uint8_t after_verb;       /* directly after a verb group (an object) */
  uint8_t absorbed;         /* merged into another mention */
  uint8_t modifier;         /* a role word modifying a noun ("rebel camp") */
  char near_country[4];     /* for a bare role: the nearest country named */
  uint32_t prep_word;
  char base[64];            /* KEDS: the code before its last agent
                               ("Danish media": DNK) */
  const acta_entry *multi;  /* an entry with several codes ("FRO/BIL/SAM") */
} mention;

typedef struct vgroup {
  uint32_t first, last;     /* token range [first, last) */
  uint32_t head;            /* main verb token */
  uint8_t passive, negated, modal_status, has_main, to_inf, alleged;
  uint8_t raised;           /* status + 1 given by a raising verb */
  uint8_t skipped;          /* the content of an appeal: not coded */
  int32_t accuser;          /* frame of "X accused Y of V-ing", or NO */
  uint8_t self_report;      /* its subject is the speaker of its frame */
  int32_t subject;          /* mention index or NO */
  int32_t scope;            /* reporting scope id */
} vgroup;

typedef struct frame {
  int32_t reporter;         /* mention index or NO */
  uint32_t rep_first, rep_last; /* span of a speaker with no code ("sources") */
  int32_t via;              /* relaying actor ("AFP quoted ISNA"): mention */
  uint32_t first, last;     /* token range of the reported clause */
  int32_t vg;               /* reporting verb group or NO */
  uint32_t cameo;           /* code for the report itself */
  uint8_t status;           /* status given to reported events */
  int32_t parent;
  uint8_t produced;         /* an event was coded inside */
} frame;

struct acta_work {
  acta_tokens toks;
  acta_sentence *sents;
  size_t nsents, cap_sents;
  mention *ments;
  size_t nments, cap_ments;
  size_t *sent_ment;        /* first mention of each sentence (+ end) */
  size_t cap_sent_ment;
  int32_t *tok_ment;        /* token -> mention or NO */
  int32_t *tok_vg;          /* token -> verb group or NO */
  int32_t *tok_scope;       /* token -> frame or NO */
  size_t cap_tok;
  vgroup *vgs;
  size_t nvgs, cap_vgs;
  frame *frames;
  size_t nframes, cap_frames;
  struct match *matches;
  size_t nmatches, cap_matches;
  int32_t date;
  char date_str[11];
  char art_country[4];
  int tracing;
  int new_actor_len;        /* acta_coder_set_new_actor_length() */
  uint32_t *na_words;       /* new_actors(): words under each node */
  uint8_t *na_flags;        /* and what they hold (NA_*) */
  size_t cap_na;
  const char *cur_text;     /* the article's text */
  acta_buf *trace;
  acta_place *places;       /* places of the article, by sentence */
  size_t nplaces, cap_places;
  uint8_t *place_use;       /* 0: an actor's name, not where ("Moscow
                               denied"); 1: a place */
  size_t cap_place_use;
  size_t *sent_place;       /* first place of each sentence (+ end) */
  size_t cap_sent_place;
  acta_place dateline;      /* the dateline's place, if any */
  int has_dateline;
  acta_place scene;         /* place of the latest located material event */
  int has_scene;
  acta_figure *figs;        /* figures of the article, in text order */
  int *fig_sent;            /* their sentences */
  int *fig_group;           /* their reconciliation group */
  size_t cap_fig_group;
  size_t nfigs, cap_figs, cap_fig_sent;
  int32_t last_src;         /* mention of the latest event's source */
  int last_src_sent;        /* its sentence */
  acta_treebank tb;         /* the article's parse, when it has one */
  uint8_t *tok_ptb;         /* token -> tag the parse gives it (P_NONE) */
  size_t cap_tok_ptb;
  int32_t *tok_leaf;        /* token -> the parse's leaf on it, or -1 */
  size_t cap_tok_leaf;
  int32_t *leaf_tok;        /* leaf -> token, or -1 */
  size_t cap_leaf_tok;
  int32_t *np_before;       /* node -> nearest earlier NP sibling, or -1 */
  int32_t *np_scratch;
  size_t cap_np;
  int have_parse;
  int keds;                 /* the dictionaries are PETRARCH's alone */
};

#define GROW ACTA_GROW

static void trace(struct acta_work *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void trace(struct acta_work *w, const char *fmt, ...) {
  if (!w->tracing) return;
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  acta_buf_puts(w->trace, tmp);
}

/* ---- coder lifecycle ----------------------------------------------------- */

acta_coder *acta_coder_new(const acta_dict *d) {
  if (!d) return NULL;
  acta_coder *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->dict = d;
  acta_buf_init(&c->out);
  acta_buf_init(&c->trace);
  c->work = calloc(1, sizeof *c->work);
  if (!c->work) { free(c); return NULL; }
  acta_tokens_init(&c->work->toks);
  c->work->trace = &c->trace;
  return c;
}

void acta_coder_free(acta_coder *c) {
  if (!c) return;
  struct acta_work *w = c->work;
  acta_tokens_free(&w->toks);
  free(w->sents);
  free(w->ments);
  free(w->sent_ment);
  free(w->tok_ment);
  free(w->tok_vg);
  free(w->tok_scope);
  free(w->vgs);
  free(w->frames);
  free(w->matches);
  free(w->figs);
  free(w->fig_group);
  free(w->places);
  free(w->place_use);
  free(w->sent_place);
  free(w->fig_sent);
  acta_treebank_free(&w->tb);
  free(w->tok_ptb);
  free(w->tok_leaf);
  free(w->leaf_tok);
  free(w->np_before);
  free(w->np_scratch);
  free(w->na_words);
  free(w->na_flags);
  free(w);
  free(c->events);
  free(c->evfigs);
  free(c->sums);
  acta_buf_free(&c->out);
  acta_buf_free(&c->trace);
  free(c);
}

const char *acta_coder_error(const acta_coder *c) { return c->error; }

void acta_coder_set_new_actor_length(acta_coder *c, int max_words) {
  c->work->new_actor_len = max_words > 0 ? max_words : 0;
}

const acta_event *acta_events(const acta_coder *c, size_t *count) {
  if (count) *count = c->nevents;
  return c->events;
}

size_t acta_sentence_count(const acta_coder *c) { return c->nsentences; }

/* ---- helpers -------------------------------------------------------------- */

static const char *norm(const struct acta_work *w, uint32_t i) {
  return acta_tok_norm(&w->toks, i);
}

static int is_word(const struct acta_work *w, uint32_t i, const char *s) {
  return strcmp(norm(w, i), s) == 0;
}

/* Does token i match word id x (as itself or its lemmas)? */
static int tok_matches(const acta_token *tk, uint32_t x) {
  return tk->word == x || tk->nlemma == x || tk->vlemma == x;
}

static int parse_date8(const char *s) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
  return atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8);
}

static int entry_valid(const acta_entry *e, int32_t date) {
  if (!date) return 1;
  if (e->from && date < e->from) return 0;
  if (e->to && date >= e->to) return 0;
  return 1;
}

/* ---- actor matching ---------------------------------------------------- */



/* Longest dictionary phrase starting at token i; returns its length. */
static uint32_t longest_phrase(const acta_dict *d, const struct acta_work *w,
                               uint32_t i, uint32_t last,
                               const acta_entry **out) {
  uint32_t node = 0, best_len = 0;
  int by_lemma = 0; /* a word matched through its lemma */
  const acta_entry *best = NULL;
  const acta_token *t0 = &w->toks.v[i];
  for (uint32_t j = i; j < last && j - i < 12; j++) {
    const acta_token *tk = &w->toks.v[j];
    uint32_t cand[3] = {tk->word, tk->nlemma, tk->vlemma};
    uint32_t child = 0;
    int found = 0;
    for (int k = 0; k < 3 && !found; k++) {
      if (cand[k] == ACTA_NO_WORD) continue;
      if (acta_u64map_get(&d->edges, ((uint64_t)node << 32) | cand[k], &child)) {
        found = 1;
        if (k) by_lemma = 1;
      }
    }
    if (!found) break;
    node = child;
    /* the first entry valid on the article's date; an undated article
     * takes the entry that runs latest (the current office) */
    uint32_t ei = d->node_entry[node];
    const acta_entry *pick = NULL;
    while (ei) {
      const acta_entry *e = &d->entries[ei - 1];
      if ((!e->proper || (t0->flags & TF_CAP)) && entry_valid(e, w->date) &&
          !(e->exact && by_lemma)) {
        if (w->date) { pick = e; break; }
        if (!pick || (pick->to && (!e->to || e->to > pick->to))) pick = e;
      }
      ei = e->next;
    }
    if (pick) {
      best = pick;
      best_len = j - i + 1;
    }
  }
  *out = best;
  return best_len;
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

static int np_tag(int tag) {
  return tag == P_DET || tag == P_ADJ || tag == P_NOUN || tag == P_PROPN ||
         tag == P_NUM || tag == P_POSS;
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
      snprintf(out, cap, "%s", actor);
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

/* KEDS: every agent of the phrase adds to the code, in order ("An MSF
 * Arnor diplomat": NGO~ and ~GOV give NGOARNGOV); one already in the code
 * is not added again. */
static void keds_agents(char *code, size_t cap, const match *ms, size_t nm,
                        char *base, size_t base_cap) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind == ENT_AGENT) {
      char tmp[sizeof ((mention *)0)->code];
      snprintf(base, base_cap, "%s", code); /* before the last agent */
      agent_code(tmp, sizeof tmp, code, ms[k].e);
      snprintf(code, cap, "%s", tmp);
    }
}

/* Combines the entries matched inside one noun phrase into a code. */
static void compose(mention *m, const match *ms, size_t nm) {
  for (size_t k = 0; k < nm; k++)
    if (ms[k].e->kind != ENT_AGENT && strchr(ms[k].e->code, '/')) m->multi = ms[k].e;
  const acta_entry *full = NULL, *country = NULL, *agent = NULL;
  const acta_entry *group = NULL; /* country-like, not ISO: "Kurdish" */
  size_t nagents = 0;
  for (size_t k = 0; k < nm; k++) {
    const acta_entry *e = ms[k].e;
    /* KEDS: the first actor of the phrase ("the evil Arnor awful Gondor":
     * ARN); acta: the last, nearest the head */
    if (e->kind == ENT_AGENT) agent = e, nagents++;
    else if (e->country[0] && !e->role[0]) { if (!country || !e->keds) country = e; }
    else if (!e->country[0] && !e->role[0]) { if (!group || !e->keds) group = e; }
    else if (!full || !e->keds) full = e;
  }
  /* "Syrian Kurdish fighters": the ISO country wins over the ethnic code */
  if (!full && !country && group) {
    size_t gl = strlen(group->code);
    if (gl > sizeof m->code - 4) gl = sizeof m->code - 4;
    memcpy(m->code, group->code, gl);
    m->code[gl] = '\0';
    if (agent) agent_code(m->code, sizeof m->code, group->code, agent);
    snprintf(m->base, sizeof m->base, "%s", group->code);
    m->country[0] = '\0';
    if (agent) memcpy(m->role, agent->role, 4); else m->role[0] = '\0';
    m->role_only = 0;
    m->entry = agent ? agent : group;
    return;
  }
  m->code[0] = m->country[0] = m->role[0] = '\0';
  m->role_only = 0;
  if (full) {
    snprintf(m->code, sizeof m->code, "%s", full->code);
    memcpy(m->country, full->country, 4);
    memcpy(m->role, full->role, 4);
    m->entry = full;
    snprintf(m->base, sizeof m->base, "%s", full->code);
    if (full->keds && agent)
      keds_agents(m->code, sizeof m->code, ms, nm, m->base, sizeof m->base);
  } else if (country) {
    memcpy(m->country, country->country, 4);
    m->entry = country;
    snprintf(m->base, sizeof m->base, "%s", country->code);
    if (agent && agent->keds && nagents > 1) {
      memcpy(m->role, agent->role, 4);
      snprintf(m->code, sizeof m->code, "%s", country->code);
      keds_agents(m->code, sizeof m->code, ms, nm, m->base, sizeof m->base);
      m->entry = agent;
    } else if (agent) {
      memcpy(m->role, agent->role, 4);
      agent_code(m->code, sizeof m->code, country->code, agent);
      m->entry = agent;
    } else {
      snprintf(m->code, sizeof m->code, "%s", country->code);
    }
  } else if (agent) {
    memcpy(m->role, agent->role, 4);
    snprintf(m->code, sizeof m->code, "%s", agent->code);
    m->role_only = 1;
    m->entry = agent;
  }
}

/* Is s one of the words of a NULL-terminated list? */
static int in_words(const char *const *list, const char *s) {
  for (size_t i = 0; list[i]; i++)
    if (!strcmp(list[i], s)) return 1;
  return 0;
}

/* Is a lemma one of the words of a list? */
static int lemma_in(const acta_dict *d, uint32_t lemma, const char *const *list) {
  return lemma != ACTA_NO_WORD && in_words(list, acta_intern_str(&d->words, lemma));
}

/* Nouns for a person or unit of an organisation: "judiciary chief",
 * "police commander", "army unit" keep the organisation's role. */
static int org_member_noun(const char *s) {
  static const char *const N[] = {
      "chief", "chiefs", "head", "heads", "leader", "leaders", "official",
      "officials", "spokesman", "spokeswoman", "spokesperson", "commander",
      "commanders", "member", "members", "officer", "officers", "director",
      "envoy", "representative", "representatives", "agent", "agents",
      "personnel", "staff", "unit", "units", "chairman", "boss", "minister",
      "delegation", "delegate", "delegates", NULL};
  return in_words(N, s);
}

/* Finds the mentions of sentence s; appends to w->ments. */
/* Dictionary phrases of sentence s (longest match first), kept in
 * w->matches; tokens of multi-word phrases and proper names are locked as
 * nouns for the tagger.  Returns the discard entry that matched, if any. */
static const acta_entry *match_phrases(const acta_dict *d, struct acta_work *w,
                                       const acta_sentence *s) {
  const acta_entry *discard = NULL;
  uint32_t i = s->first;
  w->nmatches = 0;
  while (i < s->last) {
    const acta_token *tk = &w->toks.v[i];
    const acta_entry *e;
    uint32_t len = (tk->kind == TK_PUNCT) ? 0 : longest_phrase(d, w, i, s->last, &e);
    if (!len) { i++; continue; }
    if (e->kind == ENT_DISCARD) {
      discard = e;
    } else {
      GROW(w->matches, w->nmatches, w->cap_matches);
      match *m = &w->matches[w->nmatches++];
      m->first = i;
      m->last = i + len;
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

/* Builds the mentions of sentence s from its phrase matches and noun
 * phrases; appends to w->ments. */
static void find_mentions(struct acta_work *w, const acta_sentence *s) {
  match ms[64];
  size_t nm = 0;
  uint32_t i = s->first;
  const match *all = w->matches;
  size_t nall = w->nmatches;
  /* inside a dictionary phrase the words are nouns */
  for (size_t k = 0; k < nall; k++)
    for (uint32_t q = all[k].first; q < all[k].last; q++)
      if (!np_tag(w->toks.v[q].tag))
        w->toks.v[q].tag = (w->toks.v[q].flags & TF_CAP) ? P_PROPN : P_NOUN;
  /* noun phrases: maximal runs of NP tags; each with matches = mention */
  size_t a = 0;
  i = s->first;
  while (i < s->last) {
    if (!np_tag(w->toks.v[i].tag) ||
        (w->toks.v[i].flags & TF_DATELINE)) { i++; continue; }
    uint32_t j = i;
    while (j < s->last && in_np(w, j) &&
           !(w->toks.v[j].flags & TF_DATELINE)) {
      /* a determiner after a noun starts a new phrase: "in recent years
       * | the Taliban" (inside a dictionary phrase it does not) */
      if (j > i && w->toks.v[j].tag == P_DET && !w->toks.v[j].lock &&
          (w->toks.v[j - 1].tag == P_NOUN || w->toks.v[j - 1].tag == P_PROPN))
        break;
      j++;
    }
    nm = 0;
    match mods[8];
    size_t nmod = 0;
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
            while (nb < nall && all[nb].last <= q) nb++;
            int in_match = nb < nall && all[nb].first <= q;
            const acta_token *tq = &w->toks.v[q];
            if (!in_match && tq->tag == P_NOUN && !(tq->flags & TF_CAP) &&
                !org_member_noun(norm(w, q))) {
              modifier = 1;
              break;
            }
          }
        }
        if (!modifier) ms[nm++] = all[b];
        else if (nm == 0 && nmod < 8) mods[nmod++] = all[b];
      }
      b++;
    }
    /* "a rebel camp", "a police station": the role word names the owner;
     * such a phrase may be a target, never a source */
    int is_mod = 0;
    if (!nm && nmod) {
      memcpy(ms, mods, nmod * sizeof *mods);
      nm = nmod;
      is_mod = 1;
    }
    if (nm) {
      GROW(w->ments, w->nments, w->cap_ments);
      mention *m = &w->ments[w->nments];
      memset(m, 0, sizeof *m);
      m->first = i;
      m->last = j;
      m->group = (int32_t)w->nments;
      m->next_in_group = NO;
      compose(m, ms, nm);
      m->modifier = (uint8_t)is_mod;
      for (uint32_t q = i; q < j; q++) w->tok_ment[q] = (int32_t)w->nments;
      w->nments++;
    }
    i = j;
  }
}

/* ---- verb groups ----------------------------------------------------------- */

static int vg_tag(int tag) {
  return tag == P_AUX || tag == P_MODAL || tag == P_NEG || tag == P_VERB;
}

static int participle(const struct acta_work *w, const acta_dict *d, uint32_t i) {
  static const char *const SAME[] = {"set", "put", "cut", "hit", "hurt",
                                     "shut", "spread", "let", "cast", "quit",
                                     "burst", "upset", "broadcast", "forecast",
                                     "thrust", "read", "bid", "shed", NULL};
  const acta_token *tk = &w->toks.v[i];
  const char *s = norm(w, i);
  size_t n = tk->norm_len;
  for (size_t k = 0; SAME[k]; k++)
    if (!strcmp(SAME[k], s)) return 1;
  if (n > 2 && (!strcmp(s + n - 2, "ed") || !strcmp(s + n - 2, "en"))) return 1;
  if (tk->word != ACTA_NO_WORD && d->info[tk->word].vexc != ACTA_NO_WORD &&
      !(n > 1 && s[n - 1] == 's') && !(n > 3 && !strcmp(s + n - 3, "ing")))
    return 1;
  return 0;
}

static void find_vgroups(const acta_dict *d, struct acta_work *w,
                         const acta_sentence *s) {
  uint32_t i = s->first;
  while (i < s->last) {
    if (!vg_tag(w->toks.v[i].tag) || w->tok_ment[i] != NO) { i++; continue; }
    uint32_t j = i;
    int be = 0, has_main = 0, neg = 0, mstat = ACTA_ASSERTED;
    uint32_t head = i;
    while (j < s->last) {
      const acta_token *tk = &w->toks.v[j];
      if (w->tok_ment[j] != NO) break;
      if (tk->tag == P_ADV) {
        /* adverbs inside a group: "did not immediately attack" */
        if (j + 1 < s->last && vg_tag(w->toks.v[j + 1].tag)) { j++; continue; }
        /* "was heavily and unjustly criticized" */
        if (j + 3 < s->last && w->toks.v[j + 1].tag == P_CONJ &&
            w->toks.v[j + 2].tag == P_ADV && vg_tag(w->toks.v[j + 3].tag)) {
          j += 3;
          continue;
        }
        break;
      }
      if (!vg_tag(tk->tag)) break;
      if (has_main && tk->tag == P_VERB && !(j > i && w->toks.v[j - 1].tag == P_VERB && 0))
        break; /* a second main verb starts a new group */
      if (tk->tag == P_NEG) neg = 1;
      if (tk->tag == P_MODAL) {
        const char *m = norm(w, j);
        if (!strcmp(m, "may") || !strcmp(m, "might") || !strcmp(m, "could"))
          mstat = ACTA_HEDGED;
        else if (!strcmp(m, "will") || !strcmp(m, "would") ||
                 !strcmp(m, "shall"))
          mstat = ACTA_INTENDED;
      }
      if (tk->tag == P_AUX && tk->word != ACTA_NO_WORD &&
          d->info[tk->word].closed == CC_BE)
        be = 1;
      if (tk->tag == P_VERB) { has_main = 1; head = j; }
      else if (!has_main) head = j;
      j++;
    }
    if (j == i) { i++; continue; }
    GROW(w->vgs, w->nvgs, w->cap_vgs);
    vgroup *g = &w->vgs[w->nvgs];
    memset(g, 0, sizeof *g);
    g->first = i;
    g->last = j;
    g->head = head;
    g->has_main = (uint8_t)has_main;
    g->negated = (uint8_t)neg;
    g->modal_status = (uint8_t)mstat;
    g->passive = (uint8_t)(be && has_main && participle(w, d, head) &&
                           w->toks.v[head].vlemma != ACTA_NO_WORD);
    g->subject = NO;
    g->accuser = NO;
    g->to_inf = (uint8_t)(i > s->first && w->toks.v[i - 1].tag == P_TO);
    for (uint32_t q = i; q < j; q++) w->tok_vg[q] = (int32_t)w->nvgs;
    w->nvgs++;
    i = j;
  }
}

/* ---- mention structure: prepositions, objects, "of", groups, appositives */

/* A role phrase of a PETRARCH agents file with no actor of its own. */
static int keds_role(const mention *a) {
  return a->role_only && a->entry && a->entry->keds;
}

/* Does a comma list go on from mention b to a closing "and"/"or" and a
 * last member ("B, C and D")?  Looks at most 12 members ahead. */
static int list_closes(const struct acta_work *w, const mention *b,
                       const acta_sentence *s) {
  uint32_t pos = b->last;
  for (int n = 0; n < 12 && pos + 1 < s->last; n++) {
    if (w->toks.v[pos].kind == TK_PUNCT && w->toks.v[pos].punct == ',') {
      pos++;
      if (pos + 1 < s->last && (is_word(w, pos, "and") || is_word(w, pos, "or")))
        return w->tok_ment[pos + 1] != NO;
      if (w->tok_ment[pos] == NO) return 0;
      pos = w->ments[w->tok_ment[pos]].last;
      continue;
    }
    if (is_word(w, pos, "and") || is_word(w, pos, "or"))
      return w->tok_ment[pos + 1] != NO;
    return 0;
  }
  return 0;
}

static void link_mentions(const acta_dict *d, struct acta_work *w,
                          size_t m0, size_t m1, const acta_sentence *s) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    uint32_t p = m->first;
    if (p > s->first) {
      const acta_token *pv = &w->toks.v[p - 1];
      if (pv->tag == P_PREP || pv->tag == P_TO) {
        m->after_prep = 1;
        m->prep_word = pv->word;
      }
      if (w->tok_vg[p - 1] != NO) m->after_verb = 1;
      if (pv->tag == P_ADV && p >= 2 + s->first && w->tok_vg[p - 2] != NO)
        m->after_verb = 1;
    }
  }
  /* "X of Y": a phrase without a country ("dozens", "the president",
   * "the city") takes Y's country; a role-less phrase takes Y whole */
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (b->first != a->last + 1) continue;
    int of = is_word(w, a->last, "of"), for_ = is_word(w, a->last, "for");
    /* KEDS agents also take "from" and "in": "soldiers from Gondor" */
    if (keds_role(a) && (is_word(w, a->last, "from") || is_word(w, a->last, "in")))
      of = 1;
    if (!of && !for_) continue;
    /* "a spokesman for the Taliban", "the leader of Hezbollah": a
     * member of an organisation speaks and acts as the organisation */
    if (a->role_only && b->role[0] && !b->role_only &&
        org_member_noun(norm(w, a->last - 1))) {
      memcpy(a->code, b->code, sizeof a->code);
      memcpy(a->country, b->country, 4);
      memcpy(a->role, b->role, 4);
      a->role_only = 0;
      a->entry = b->entry;
      a->multi = b->multi;
      b->absorbed = 1;
      continue;
    }
    /* KEDS: "the ambassadors of A, B and C" waits for the list */
    if (of && keds_role(a) && list_closes(w, b, s))
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
  /* NP "of" NP where the first has no actor: "dozens of protesters" */
  for (size_t k = m0; k < m1; k++) {
    mention *b = &w->ments[k];
    if (b->first < s->first + 2 || !is_word(w, b->first - 1, "of")) continue;
    uint32_t q = b->first - 2;
    if (w->tok_ment[q] != NO || !np_tag(w->toks.v[q].tag)) continue;
    /* the head before "of" must not be an event noun ("killing of") */
    const acta_token *h = &w->toks.v[q];
    uint32_t pv;
    if ((h->nlemma != ACTA_NO_WORD && acta_u64map_get(&d->noun_pats, h->nlemma, &pv)) ||
        (h->word != ACTA_NO_WORD && acta_u64map_get(&d->noun_pats, h->word, &pv)))
      continue;
    uint32_t st = q;
    while (st > s->first && np_tag(w->toks.v[st - 1].tag) &&
           w->tok_ment[st - 1] == NO && w->tok_vg[st - 1] == NO)
      st--;
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
  /* appositives: "Sergei Lavrov, Russia's foreign minister," */
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
    if (b->last + 1 < s->last && (is_word(w, b->last + 1, "and") ||
                                  is_word(w, b->last + 1, "or")))
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
  /* compound groups: "Iran and Russia", "Iran, Russia and China" */
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k];
    if (a->absorbed) continue;
    size_t nk = k + 1;
    while (nk < m1 && w->ments[nk].absorbed) nk++;
    if (nk >= m1) break;
    mention *b = &w->ments[nk];
    uint32_t gap0 = a->last, gap1 = b->first;
    int ok = 0;
    if (gap1 == gap0 + 1) {
      const acta_token *c = &w->toks.v[gap0];
      if (c->tag == P_CONJ && (is_word(w, gap0, "and") || is_word(w, gap0, "or")))
        ok = 1;
      /* KEDS: "Neither A nor B boycotted" (the pattern says NEITHER) */
      if (d->keds_only && is_word(w, gap0, "nor")) ok = 1;
      /* "A, B and C", "A, B, C and D": a comma list closed by "and" */
      if (c->kind == TK_PUNCT && c->punct == ',' && list_closes(w, b, s))
        ok = 1;
    } else if (gap1 == gap0 + 2) {
      const acta_token *c = &w->toks.v[gap0];
      if (c->kind == TK_PUNCT && c->punct == ',' && is_word(w, gap0 + 1, "and") &&
          a->group != (int32_t)k)
        ok = 1; /* the end of a comma list */
    }
    if (!ok) continue;
    /* "Russian and Belarusian troops": a bare demonym shares the head */
    if (a->country[0] && !a->role[0] && b->role[0] && b->country[0] &&
        a->last - a->first == 1 && (w->toks.v[a->first].tag == P_ADJ ||
                                    w->toks.v[a->first].tag == P_PROPN ||
                                    w->toks.v[a->first].tag == P_NOUN)) {
      const char *dn = norm(w, a->first);
      size_t dl = w->toks.v[a->first].norm_len;
      if (dl > 2 && (!strcmp(dn + dl - 2, "an") || !strcmp(dn + dl - 3, "ese") ||
                     !strcmp(dn + dl - 2, "sh") || !strcmp(dn + dl - 2, "ch") ||
                     !strcmp(dn + dl - 1, "i") || !strcmp(dn + dl - 1, "c"))) {
        memcpy(a->role, b->role, 4);
        snprintf(a->code, sizeof a->code, "%s%s", a->country, b->role);
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
  /* KEDS: "Danish media and government": a bare role in a compound takes
   * the actor of the member before it */
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
      snprintf(mt->base, sizeof mt->base, "%s", pa->base);
      memcpy(mt->country, pa->country, 4);
      mt->role_only = 0;
    }
  }
  /* KEDS: "the ambassadors of A, B and C": each member takes the role */
  for (size_t k = m0; k + 1 < m1; k++) {
    mention *a = &w->ments[k], *b = &w->ments[k + 1];
    if (!keds_role(a) || a->absorbed) continue;
    if (b->first != a->last + 1 || b->group != (int32_t)(k + 1) ||
        b->next_in_group == NO)
      continue;
    if (!is_word(w, a->last, "of") && !is_word(w, a->last, "in") &&
        !is_word(w, a->last, "from"))
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
      /* a compound stays within 12 members, as link_mentions keeps it */
      for (int q = 0; q < nl && members < 12; q++, members++) {
        GROW(w->ments, w->nments, w->cap_ments);
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

/* PETRARCH's new actors: a noun phrase of the parse with no coded phrase
 * in it and at most w->new_actor_len words is an actor coded with its
 * words ("\"THE MINISTRY OF MAGIC\""); a longer one is none; one with a
 * coded phrase inside is that actor's ("the dispute with Osgiliath")
 * unless it is a compound, which is looked into ("Eriador's death and
 * injury toll": INJURY TOLL).  One pass up the sentence's nodes sums their
 * words and what they hold, one pass down decides; then the sentence's
 * mentions are put back in text order.  Linear in the nodes. */
enum { NA_CODED = 1, NA_VERB = 2, NA_CC = 4, NA_OUT = 8 };

static void new_actor_at(struct acta_work *w, uint32_t q0, uint32_t q1) {
  GROW(w->ments, w->nments, w->cap_ments);
  mention *m = &w->ments[w->nments];
  memset(m, 0, sizeof *m);
  m->first = q0;
  m->last = q1;
  m->next_in_group = NO;
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

static void new_actors(struct acta_work *w, const acta_sentence *s, size_t m0) {
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
static void split_multi_codes(struct acta_work *w, size_t m0) {
  size_t n = w->nments;
  for (size_t k = m0; k < n; k++) {
    if (!w->ments[k].multi || w->ments[k].absorbed) continue;
    const char *mc = w->ments[k].multi->code;
    const char *at = strstr(w->ments[k].code, mc);
    if (!at) continue;
    char pre[64], suf[64];
    size_t pl = (size_t)(at - w->ments[k].code);
    snprintf(pre, sizeof pre, "%.*s", (int)pl, w->ments[k].code);
    snprintf(suf, sizeof suf, "%s", at + strlen(mc));
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
        GROW(w->ments, w->nments, w->cap_ments);
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

/* A bare role takes the nearest country named before it in its sentence,
 * else the nearest after it (never a news agency's): "The United States
 * accused Tehran of a crackdown on protesters" gives Iranian protesters.  Quadratic in the mentions of one
 * sentence, which is bounded (400 tokens). */
static void near_countries(struct acta_work *w, size_t m0, size_t m1) {
  for (size_t k = m0; k < m1; k++) {
    mention *m = &w->ments[k];
    m->near_country[0] = '\0';
    if (!m->role_only) continue;
    /* the nearest before it ("its forces" follow their owner), else the
     * nearest after it ("police in Tehran") */
    uint32_t best = UINT32_MAX;
    for (size_t j = m0; j < m1; j++) {
      const mention *o = &w->ments[j];
      if (j == k || !o->country[0] || !strcmp(o->role, "MED")) continue;
      uint32_t dist = o->first < m->first ? m->first - o->first
                                          : (o->first - m->first) + 100000u;
      if (dist < best) {
        best = dist;
        memcpy(m->near_country, o->country, 4);
      }
    }
  }
}

/* ---- events ------------------------------------------------------------------ */

static void set_actor(const struct acta_work *w, const acta_dict *d,
                      acta_actor *a, const mention *m, const char *country) {
  memset(a, 0, sizeof *a);
  a->present = 1;
  a->start = w->toks.v[m->first].start;
  uint32_t last = m->last;
  while (last > m->first + 1 && w->toks.v[last - 1].kind == TK_PUNCT &&
         w->toks.v[last - 1].punct == ',')
    last--;
  a->end = w->toks.v[last - 1].end;
  if (m->role_only && m->near_country[0]) country = m->near_country;
  if (m->role_only && d->keds_only) {
    /* KEDS: a role with no actor of its own is the null actor's role */
    snprintf(a->code, sizeof a->code, "---%.*s", (int)sizeof a->code - 4, m->code);
  } else if (m->role_only && country && country[0]) {
    snprintf(a->code, sizeof a->code, "%s%s", country, m->role);
    memcpy(a->country, country, 4);
  } else {
    snprintf(a->code, sizeof a->code, "%s", m->code);
    memcpy(a->country, m->country, 4);
  }
  memcpy(a->role, m->role, 4);
  if (m->entry) {
    a->entry_line = (int)m->entry->line;
    a->entry_file = d->files[m->entry->file];
  }
}

/* An event's reporter and relay from its frame: the speaker, coded or (a
 * speaker the dictionaries do not know) as a span only. */
static void set_reporter(const struct acta_work *w, const acta_dict *d,
                         acta_event *ev, const frame *f, const char *country) {
  if (f->reporter != NO) {
    set_actor(w, d, &ev->reported_by, &w->ments[f->reporter], country);
  } else if (f->rep_last > f->rep_first) {
    ev->reported_by.present = 1;
    ev->reported_by.start = w->toks.v[f->rep_first].start;
    ev->reported_by.end = w->toks.v[f->rep_last - 1].end;
  }
  if (f->via != NO) set_actor(w, d, &ev->via, &w->ments[f->via], country);
}

typedef struct sent_ctx {
  const acta_sentence *s;
  int index;
  size_t m0, m1;
  char country[4];          /* default country for bare roles */
} sent_ctx;

static acta_event *new_event(acta_coder *c) {
  GROW(c->events, c->nevents, c->cap_events);
  acta_event *e = &c->events[c->nevents++];
  memset(e, 0, sizeof *e);
  return e;
}

static int same_event(const acta_event *a, const acta_event *b) {
  return a->sentence == b->sentence && !strcmp(a->cameo, b->cameo) &&
         !strcmp(a->source.code, b->source.code) &&
         a->source.start == b->source.start &&
         !strcmp(a->target.code, b->target.code);
}

static int status_rank(int s) {
  switch (s) {
    case ACTA_NEGATED: return 5;
    case ACTA_DENIED: return 4;
    case ACTA_HEDGED: return 3;
    case ACTA_INTENDED: return 3;
    case ACTA_ALLEGED: return 2;
    default: return 0;
  }
}

#define EMIT_PAIR (1u << 30) /* emit(): the two mentions only */

/* Emits one event per source x target member. */
static int emit(acta_coder *c, const sent_ctx *sc, int32_t src, int32_t tgt,
                int32_t rep, const acta_pattern *pat, const acta_cameo *cm,
                uint32_t trig, int status, unsigned flags, const char *verb) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  int n = 0;
  if (src == NO) return 0;
  /* EMIT_PAIR: just these two mentions, not their groups */
  int pair = (flags & EMIT_PAIR) != 0;
  flags &= ~EMIT_PAIR;
  for (int32_t s = pair ? src : w->ments[src].group; s != NO;
       s = pair ? NO : w->ments[s].next_in_group) {
    int32_t t = tgt == NO ? NO : pair ? tgt : w->ments[tgt].group;
    do {
      if (t != NO && t == s) { t = pair ? NO : w->ments[t].next_in_group; continue; }
      acta_event ev;
      memset(&ev, 0, sizeof ev);
      ev.sentence = sc->index;
      ev.sent_start = sc->s->start;
      ev.sent_end = sc->s->end;
      set_actor(w, d, &ev.source, &w->ments[s], sc->country);
      /* a later "They ..." keeps the country this source was coded with */
      if (w->ments[s].role_only && !w->ments[s].near_country[0] && ev.source.country[0])
        memcpy(w->ments[s].near_country, ev.source.country, 4);
      if (t != NO) set_actor(w, d, &ev.target, &w->ments[t], sc->country);
      if (rep != NO) set_reporter(w, d, &ev, &w->frames[rep], sc->country);
      ev.disputes = -1;
      snprintf(ev.cameo, sizeof ev.cameo, "%s", cm->code);
      memcpy(ev.root, cm->code, 2);
      ev.root[2] = '\0';
      ev.name = d->strings.data + cm->name;
      ev.quad_class = cm->quad;
      ev.goldstein = cm->goldstein;
      snprintf(ev.verb, sizeof ev.verb, "%s", verb);
      ev.verb_start = w->toks.v[trig].start;
      ev.verb_end = w->toks.v[trig].end;
      ev.status = (acta_status)status;
      snprintf(ev.date, sizeof ev.date, "%s", w->date_str);
      if (pat) {
        ev.pattern = d->strings.data + pat->text;
        ev.pattern_file = d->files[pat->file];
        ev.pattern_line = (int)pat->line;
      }
      ev.flags = flags;
      if (w->ments[src].next_in_group != NO || (t != NO && w->ments[t].next_in_group != NO))
        ev.flags |= ACTA_EV_COMPOUND;
      if (ev.reported_by.present) ev.flags |= ACTA_EV_REPORTED;
      if ((w->ments[s].role_only && sc->country[0]) ||
          (t != NO && w->ments[t].role_only && sc->country[0]))
        ev.flags |= ACTA_EV_ARTICLE_COUNTRY;
      if (!strcmp(ev.source.code, t != NO ? ev.target.code : "") &&
          ev.source.start == ev.target.start) {
        t = (t == NO || pair) ? NO : w->ments[t].next_in_group;
        continue;
      }
      int dup = 0;
      for (size_t k = c->nevents; k-- > 0;) {
        if (c->events[k].sentence != sc->index) break;
        if (same_event(&c->events[k], &ev)) {
          dup = 1;
          if (status_rank((int)ev.status) > status_rank((int)c->events[k].status))
            c->events[k].status = ev.status;
          break;
        }
      }
      if (!dup) {
        *new_event(c) = ev;
        n++;
        w->last_src = s;
        w->last_src_sent = sc->index;
        trace(w, "  => event %s %s %s (%s) status=%s%s%s\n", ev.source.code,
              t != NO ? ev.target.code : "-", ev.cameo, ev.name,
              acta_status_name(ev.status), ev.reported_by.present ? " reported_by=" : "",
              ev.reported_by.present ? (ev.reported_by.code[0] ? ev.reported_by.code : "(uncoded)") : "");
      }
      t = (t == NO || pair) ? NO : w->ments[t].next_in_group;
    } while (t != NO);
  }
  return n;
}

/* Is mention m in subject position? */
static int subject_like(const struct acta_work *w, const mention *m) {
  (void)w;
  return !m->absorbed && !m->after_prep && !m->after_verb && !m->modifier;
}

/* Nearest subject to the left of token pos, not crossing lo. */
static int32_t find_subject(const struct acta_work *w, uint32_t pos,
                            uint32_t lo, int32_t scope) {
  /* relative clause: "protesters who attacked" */
  uint32_t p = pos;
  while (p > lo && w->toks.v[p - 1].tag == P_ADV) p--;
  if (p > lo && (w->toks.v[p - 1].tag == P_WH || w->toks.v[p - 1].tag == P_THAT)) {
    uint32_t q = p - 1;
    if (q > lo && w->toks.v[q - 1].kind == TK_PUNCT && w->toks.v[q - 1].punct == ',') q--;
    if (q > lo && w->tok_ment[q - 1] != NO &&
        w->tok_scope[q - 1] == scope)
      return w->ments[w->tok_ment[q - 1]].group;
    if (w->toks.v[p - 1].tag == P_WH) return NO;
  }
  for (uint32_t i = pos; i-- > lo;) {
    if (w->tok_scope[i] != scope) break;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    int32_t mi = w->tok_ment[i];
    if (mi != NO) {
      const mention *m = &w->ments[mi];
      const mention *g = &w->ments[m->group];
      /* the first phrase of a reported clause is its subject even though
       * it follows the reporting verb: "said Ukraine attacked" */
      if ((subject_like(w, g) || (g->first == lo && !g->modifier)) && !m->absorbed)
        return m->group;
      i = m->first; /* skip the rest of this mention */
      if (i <= lo) break;
    }
  }
  return NO;
}

/* First mention starting in [from, to) in the scope; NO if none.
 * absorbed: also take a phrase merged into the one before it (KEDS
 * slots: "with the parliament of Gondor" fills `^ +` with Gondor). */
static int32_t first_mention_ex(const struct acta_work *w, uint32_t from,
                                uint32_t to, int32_t scope, int stop_at_verb,
                                int absorbed) {
  for (uint32_t i = from; i < to; i++) {
    if (w->tok_scope[i] != scope) break;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    if (tk->tag == P_WH || tk->tag == P_THAT || tk->tag == P_SUBORD) break;
    int32_t mi = w->tok_ment[i];
    if (mi != NO && (!w->ments[mi].absorbed || absorbed)) {
      const mention *m = &w->ments[mi];
      if (m->first == i || i == from) {
        /* not the subject of a following verb */
        if (stop_at_verb && m->last < to && w->tok_vg[m->last] != NO &&
            !m->after_prep && !m->after_verb)
          return NO;
        if (stop_at_verb && m->after_prep && m->prep_word != ACTA_NO_WORD &&
            is_word(w, m->first - 1, "by"))
          { i = m->last - 1; continue; }
        if (stop_at_verb && w->toks.v[m->first].place && m->after_prep)
          { i = m->last - 1; continue; }
        return w->ments[mi].group;
      }
    }
    if (stop_at_verb && w->tok_vg[i] != NO && mi == NO) break;
  }
  return NO;
}

static int32_t first_mention(const struct acta_work *w, uint32_t from,
                             uint32_t to, int32_t scope, int stop_at_verb) {
  return first_mention_ex(w, from, to, scope, stop_at_verb, 0);
}

/* The target of a pattern without a slot: the first actor after the
 * words the pattern used, looking through a "to" complement ("pledged to
 * cooperate with Iran") and a "that" clause's subject ("demanded that
 * Russia withdraw"). */
static int32_t default_target(const struct acta_work *w, const vgroup *g,
                              uint32_t used_to, uint32_t end, int32_t scope) {
  /* "expelled Russian diplomats": the pattern's last word is inside an
   * actor phrase with a country of its own -- that phrase is the target
   * (a bare role such as "deployed troops" is not) */
  if (used_to >= g->last && w->tok_ment[used_to] != NO) {
    const mention *m = &w->ments[w->tok_ment[used_to]];
    if ((!m->role_only || m->after_prep) && !m->absorbed) return m->group;
  }
  uint32_t from = g->last > used_to + 1 ? g->last : used_to + 1;
  /* "appealed to Japan for aid", "dismissed the opposition's demands": an
   * actor after a preposition, or a possessor, among the pattern's words */
  for (uint32_t q = g->last; q < from && q < end; q++) {
    int32_t mi = w->tok_ment[q];
    if (mi == NO || w->ments[mi].first != q || w->ments[mi].absorbed) continue;
    const mention *m = &w->ments[mi];
    int poss = m->last < w->toks.n && w->toks.v[m->last - 1].tag == P_POSS;
    for (uint32_t z = m->first; z < m->last; z++)
      if (w->toks.v[z].tag == P_POSS) poss = 1;
    if ((m->after_prep && !m->role_only) || poss) return m->group;
  }
  if (from < end && w->toks.v[from].tag == P_THAT)
    return first_mention(w, from + 1, end, scope, 0);
  if (from + 1 < end && w->toks.v[from].tag == P_TO && w->tok_vg[from + 1] != NO) {
    const vgroup *inner = &w->vgs[w->tok_vg[from + 1]];
    from = inner->last;
  }
  return first_mention(w, from, end, scope, 1);
}

/* Marks the words a verb's pattern used, after the verb group up to
 * used_to, so that they are not coded again as event nouns. */
static void consume_words(struct acta_work *w, uint32_t from, uint32_t used_to,
                          uint32_t last) {
  for (uint32_t q = from; q <= used_to && q < last; q++)
    w->toks.v[q].flags |= 128; /* consumed marker */
}

/* What a pattern found around its head. */
typedef struct pmatch {
  int32_t target, source, compound; /* mention groups of its slots, or NO */
  uint32_t used_to;                 /* last token used (the head if none) */
  uint32_t used_from;               /* first token used before the head */
} pmatch;

/* Does token tk match word x of a pattern? */
static int pat_word(const acta_pattern *p, const acta_token *tk, uint32_t x) {
  return p->exact ? tk->word == x : tok_matches(tk, x);
}

/* Length of the first choice of element e that matches the tokens from j
 * on (forward) or up to j (backward, the choice ends at j); 0 if none. */
static uint32_t choice_at(const acta_dict *d, const struct acta_work *w,
                          const acta_pattern *p, const acta_pelem *e,
                          uint32_t j, uint32_t lo, uint32_t end, int backward) {
  uint32_t off = e->alt_off;
  for (uint32_t a = 0; a < e->nalt; a++) {
    uint32_t len = d->alts[off];
    uint32_t from = backward ? j + 1 - len : j;
    int ok = len > 0 && (!backward || j + 1 >= lo + len) && from + len <= end;
    for (uint32_t q = 0; ok && q < len; q++)
      if (!pat_word(p, &w->toks.v[from + q], d->alts[off + 1 + q])) ok = 0;
    if (ok) return len;
    off += 1 + len;
  }
  return 0;
}

/* The mention group a slot takes: the mention starting (forward) or ending
 * (backward) nearest to pos within GAP tokens. */
static int32_t slot_before(const struct acta_work *w, uint32_t pos, uint32_t lo,
                           int joined) {
  for (uint32_t j = pos; j-- > lo && pos - j <= GAP;) {
    int32_t mi = w->tok_ment[j];
    if (mi != NO && !w->ments[mi].absorbed) return w->ments[mi].group;
    if (joined) break;
  }
  return NO;
}

/* The target of a KEDS pattern without one: the first actor after the
 * verb in its clause, whatever the preposition before it. */
static int32_t keds_target(const struct acta_work *w, uint32_t from,
                           uint32_t end, int32_t scope, int32_t src) {
  for (uint32_t i = from; i < end; i++) {
    if (w->tok_scope[i] != scope) break;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    int32_t mi = w->tok_ment[i];
    if (mi == NO || w->ments[mi].absorbed) continue;
    int32_t g = w->ments[mi].group;
    if (src != NO && g == w->ments[src].group) continue;
    return g;
  }
  return NO;
}

/* KEDS mode: the subject is the actor phrase right before the verb group
 * (past adverbs and prepositional phrases: "Arnor on Thursday signed");
 * a phrase that is no actor there ("crowds burned") means no source.
 * Commas and relative pronouns keep acta's own choice (given). */
static int32_t keds_subject_at(const struct acta_work *w, uint32_t i,
                               uint32_t lo, int32_t scope, int any_scope,
                               int32_t given) {
  while (i > lo) {
    const acta_token *tk = &w->toks.v[i - 1];
    if (!any_scope && w->tok_scope[i - 1] != scope) return given;
    int32_t mi = w->tok_ment[i - 1];
    if (mi != NO && w->ments[mi].absorbed) {
      /* "Soldiers from Gondor": the phrase that took this one in */
      uint32_t f = w->ments[mi].first;
      int32_t mo = f >= lo + 2 && w->toks.v[f - 1].tag == P_PREP
                       ? w->tok_ment[f - 2] : NO;
      return mo != NO && !w->ments[mo].absorbed && w->ments[mo].last == f - 1
                 ? w->ments[mo].group : given;
    }
    if (mi != NO) return w->ments[mi].group;
    if (tk->tag == P_ADV || tk->tag == P_NEG) { i--; continue; }
    if (np_tag(tk->tag)) {
      uint32_t st = i - 1;
      while (st > lo && np_tag(w->toks.v[st - 1].tag) && w->tok_ment[st - 1] == NO)
        st--;
      if (st > lo && w->toks.v[st - 1].tag == P_PREP) { i = st - 1; continue; }
      /* "Gondor and the Nasgul said": the coded member of a compound */
      if (st > lo + 1 && w->toks.v[st - 1].tag == P_CONJ &&
          w->tok_ment[st - 2] != NO) {
        i = st - 1;
        continue;
      }
      return NO;
    }
    if ((tk->kind == TK_PUNCT && tk->punct == ',') || tk->tag == P_WH ||
        tk->tag == P_THAT || tk->tag == P_PRON)
      return given;
    return NO;
  }
  return given;
}

static int32_t keds_subject(const struct acta_work *w, const vgroup *g,
                            uint32_t lo, int32_t scope, int32_t given) {
  return keds_subject_at(w, g->first, lo, scope, 0, given);
}

/* KEDS: a verb with nothing after it but adverbs ("officials said.",
 * "said today") has no object, and codes nothing. */
static int keds_no_object(const acta_dict *d, const struct acta_work *w,
                          const vgroup *g, uint32_t end) {
  uint32_t q = g->last;
  while (q < end && (w->toks.v[q].tag == P_ADV || w->toks.v[q].kind == TK_PUNCT ||
                     (w->toks.v[q].word != ACTA_NO_WORD &&
                      d->info[w->toks.v[q].word].closed == CC_ADV)))
    q++;
  return q >= end;
}

/* The subject the parse gives the verb at token head: the noun phrase
 * before the branch the verb is on in its own clause (the first S... above
 * it); *found says whether there is one (an infinitive's clause has none:
 * the caller decides).  Its first coded phrase is the subject ("Gollum
 * center of a row between Radagast ... called": Gollum); NO when it holds
 * none ("crowds burned"). */
static int32_t parse_subject(const struct acta_work *w, uint32_t head, int *found) {
  *found = 0;
  if (!w->have_parse || w->tok_leaf[head] < 0) return NO;
  int32_t cur = w->tb.leaves[w->tok_leaf[head]];
  for (int depth = 0; depth < 64; depth++) {
    int32_t par = w->tb.nodes[cur].parent;
    if (par < 0) return NO;
    const acta_tb_node *pn = &w->tb.nodes[par];
    int clause = pn->label_len >= 1 && pn->label[0] == 'S' &&
                 !(pn->label_len >= 4 && !memcmp(pn->label, "SBAR", 4));
    if (clause && w->np_before[cur] < 0) return NO;
    if (clause) {
      const acta_tb_node *np = &w->tb.nodes[w->np_before[cur]];
      *found = 1;
      for (uint32_t L = np->first_leaf; L < np->end_leaf && L < np->first_leaf + 64; L++) {
        int32_t q = w->leaf_tok[L];
        if (q == NO || w->tok_ment[q] == NO) continue;
        const mention *m = &w->ments[w->tok_ment[q]];
        if (m->absorbed) continue;
        return m->group;
      }
      return NO;
    }
    cur = par;
  }
  return NO;
}

/* KEDS mode: is the verb group in a clause opened by a subordinating word
 * ("... almost five years after crowds burned down its embassy")? */
static int keds_subordinate(const struct acta_work *w, const vgroup *g,
                            uint32_t lo) {
  static const char *const SUB[] = {"after", "before", "when", "until",
      "since", "while", "because", "although", "though", "if", "unless",
      "whereas", NULL};
  for (uint32_t i = g->first; i-- > lo;) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ',' || tk->punct == ';')) return 0;
    if (w->tok_vg[i] != NO) return 0;
    if (tk->kind == TK_WORD && in_words(SUB, norm(w, i))) return 1;
  }
  return 0;
}

/* Matches one pattern around its head: the elements after it from start
 * on (up to end), those before it back from the head (down to lo).
 * Returns 1 on success, with the slots found in *m. */
static int match_pattern(const acta_dict *d, const struct acta_work *w,
                         const acta_pattern *p, uint32_t head, uint32_t start,
                         uint32_t end, uint32_t lo, int32_t scope, pmatch *m) {
  uint32_t pos = start;
  m->target = m->source = m->compound = NO;
  m->used_to = head;
  m->used_from = head;
  for (uint32_t k = 0; k < p->nel; k++) {
    const acta_pelem *e = &d->elems[p->el_off + k];
    /* a passive's subject phrase may be long: words after the verb are
     * still within reach */
    uint32_t from = (pos <= head && p->exact) ? head + 1 : pos;
    uint32_t lim = from + GAP < end ? from + GAP : end;
    if (e->joined && lim > pos + 1) lim = pos + 1;
    if (e->type == PE_WORD) {
      uint32_t j, len = 0;
      for (j = pos; j < lim; j++) {
        if (w->tok_scope[j] != scope) break;
        if ((len = choice_at(d, w, p, e, j, lo, end, 0)) != 0) break;
      }
      if (!len) return 0;
      pos = j + len;
      m->used_to = pos - 1;
    } else if (e->type == PE_SKIP) {
      /* pass over the next noun phrase (an actor's or not) */
      uint32_t j = pos;
      while (j < lim && !np_tag(w->toks.v[j].tag)) j++;
      if (j >= lim) return 0;
      if (w->tok_ment[j] != NO) j = w->ments[w->tok_ment[j]].last;
      else while (j < end && np_tag(w->toks.v[j].tag)) j++;
      pos = j;
    } else {
      int32_t mg = first_mention_ex(w, pos, lim, scope, 0,
                                    p->exact && k > 0 &&
                                        d->elems[p->el_off + k - 1].type == PE_SKIP);
      if (mg == NO) {
        /* the slot may hold a non-actor phrase: the pattern still fits when
         * the next element is found */
        continue;
      }
      if (e->type == PE_SOURCE) m->source = mg;
      else if (e->type == PE_COMPOUND && w->ments[mg].next_in_group != NO)
        m->compound = m->target = mg;
      else m->target = mg;
      uint32_t ml = w->ments[mg].last;
      for (int32_t g = mg; g != NO; g = w->ments[g].next_in_group)
        if (w->ments[g].last > ml) ml = w->ments[g].last;
      /* a following word may stand inside the phrase: "took 12 villagers
       * hostage" (one noun phrase) fits "take + hostage" */
      pos = (k + 1 < p->nel) ? w->ments[mg].first + 1 : ml;
      m->used_to = ml - 1;
    }
  }
  /* before the head, last element first */
  pos = head;
  for (uint32_t k = p->npre; k-- > 0;) {
    const acta_pelem *e = &d->elems[p->pre_off + k];
    int joined = (k + 1 == p->npre) ? p->head_joined
                                    : d->elems[p->pre_off + k + 1].joined;
    if (e->type == PE_SKIP) continue;
    if (e->type == PE_WORD) {
      uint32_t j, len = 0;
      for (j = pos; j-- > lo && pos - j <= GAP;) {
        if ((len = choice_at(d, w, p, e, j, lo, end, 1)) != 0) break;
        if (joined) break;
      }
      if (!len) return 0;
      pos = j + 1 - len;
      m->used_from = pos;
    } else {
      int32_t mg = slot_before(w, pos, lo, joined);
      if (mg == NO) continue;
      if (e->type == PE_SOURCE) m->source = mg;
      else if (e->type == PE_TARGET) m->target = mg;
      else if (w->ments[mg].next_in_group != NO) m->compound = m->source = mg;
      else return 0; /* `%` wants a compound */
      pos = w->ments[mg].first;
      m->used_from = pos;
    }
  }
  return 1;
}

/* KEDS verbs take the regular forms of their lemma (-s/-es/-ies, -ed/-d/
 * -ied, -ing, a doubled last consonant) and WordNet's irregular ones, not
 * every spelling a lemmatiser forgives ("departes"). */
static int keds_form(const acta_dict *d, uint32_t word, const char *w,
                     uint32_t lemma) {
  if (word == lemma) return 1;
  if (lemma == ACTA_NO_WORD) return 0;
  if (word != ACTA_NO_WORD && d->info[word].vexc == lemma) return 1;
  const char *l = acta_intern_str(&d->words, lemma);
  size_t wn = strlen(w), ln = strlen(l);
  if (!strcmp(w, l)) return 1;
  if (wn <= ln || strncmp(w, l, ln - 1)) return 0;
  char last = l[ln - 1], prev = ln > 1 ? l[ln - 2] : 0;
  int vowel_prev = prev && strchr("aeiou", prev);
  const char *suf = w + ln; /* after the whole lemma */
  int sib = last == 's' || last == 'x' || last == 'z' ||
            (ln > 1 && (!strcmp(l + ln - 2, "ch") || !strcmp(l + ln - 2, "sh")));
  if (!strncmp(w, l, ln)) {
    if (!strcmp(suf, "s")) return !sib && !(last == 'y' && !vowel_prev);
    if (!strcmp(suf, "es")) return sib;
    if (!strcmp(suf, "d")) return last == 'e';
    if (!strcmp(suf, "ed")) return last != 'e' && !(last == 'y' && !vowel_prev);
    if (!strcmp(suf, "ing")) return last != 'e' || (prev == 'e');
    /* "stopped", "stopping" */
    if (suf[0] == last && (!strcmp(suf + 1, "ed") || !strcmp(suf + 1, "ing")))
      return 1;
    return 0;
  }
  /* the lemma's last letter changes: "tries", "tried", "making" */
  const char *s2 = w + ln - 1;
  if (last == 'y' && !vowel_prev) return !strcmp(s2, "ies") || !strcmp(s2, "ied");
  if (last == 'e') return !strcmp(s2, "ing");
  return 0;
}

/* Best pattern for a head word at token `head`. */
static const acta_pattern *best_pattern(const acta_dict *d,
                                        const struct acta_work *w,
                                        const acta_u64map *idx, uint32_t head,
                                        uint32_t start, uint32_t end,
                                        uint32_t lo, int32_t scope,
                                        pmatch *out, int *has_pats) {
  const acta_token *tk = &w->toks.v[head];
  /* the written form first: a dictionary's "left" is not its "leave" */
  uint32_t keys[3] = {tk->word, tk->vlemma, tk->nlemma};
  const acta_pattern *best = NULL;
  *has_pats = 0;
  out->target = out->source = out->compound = NO;
  out->used_to = head;
  out->used_from = head;
  for (int k = 0; k < 3; k++) {
    if (keys[k] == ACTA_NO_WORD) continue;
    int dupkey = 0;
    for (int q = 0; q < k; q++) if (keys[q] == keys[k]) dupkey = 1;
    if (dupkey) continue;
    uint32_t pi;
    if (!acta_u64map_get(idx, keys[k], &pi)) continue;
    *has_pats = 1;
    for (;;) {
      const acta_pattern *p = &d->pats[pi];
      pmatch m;
      if (p->exact && k == 1 && !keds_form(d, tk->word, norm(w, head), keys[k])) {
        if (!p->next) break;
        pi = p->next - 1;
        continue;
      }
      if (match_pattern(d, w, p, head, start, end, lo, scope, &m)) {
        trace((struct acta_work *)w, "  pattern %s:%u \"%s\" fits\n",
              d->files[p->file], p->line, d->strings.data + p->text);
        /* most literal words; then the tightest fit; then a found target */
        if (!best || p->nlit > best->nlit ||
            (p->nlit == best->nlit && m.used_to < out->used_to && p->nlit > 0) ||
            (p->nlit == best->nlit && m.used_to == out->used_to &&
             m.target != NO && out->target == NO)) {
          best = p;
          *out = m;
        }
      }
      if (!p->next) break;
      pi = p->next - 1;
    }
  }
  return best;
}

static int vg_status(const struct acta_work *w, const vgroup *g, int base) {
  int st = base;
  if (g->modal_status != ACTA_ASSERTED && status_rank(g->modal_status) > status_rank(st))
    st = g->modal_status;
  uint32_t q0 = g->first;
  while (q0 > 0 && w->toks.v[q0 - 1].tag == P_ADV && g->first - q0 < 2) q0--;
  for (uint32_t q = q0; q < g->last; q++) {
    const char *s = norm(w, q);
    if (!strcmp(s, "reportedly") || !strcmp(s, "allegedly") ||
        !strcmp(s, "purportedly"))
      if (status_rank(ACTA_ALLEGED) > status_rank(st)) st = ACTA_ALLEGED;
    if (!strcmp(s, "possibly") || !strcmp(s, "probably"))
      if (status_rank(ACTA_HEDGED) > status_rank(st)) st = ACTA_HEDGED;
  }
  if (g->negated) st = ACTA_NEGATED;
  return st;
}

/* "X is believed to have V-ed", "X is said to", "X is set to", "X is
 * suspected of V-ing": the status the passive raising verb gives. */
static int raising_status(const acta_dict *d, uint32_t lemma) {
  static const struct { const char *v; int st; } R[] = {
      {"believe", ACTA_HEDGED},  {"think", ACTA_HEDGED},
      {"suspect", ACTA_HEDGED},  {"fear", ACTA_HEDGED},
      {"understand", ACTA_HEDGED}, {"suppose", ACTA_HEDGED},
      {"say", ACTA_ALLEGED},     {"report", ACTA_ALLEGED},
      {"allege", ACTA_ALLEGED},  {"claim", ACTA_ALLEGED},
      {"rumor", ACTA_ALLEGED},   {"rumour", ACTA_ALLEGED},
      {"accuse", ACTA_ALLEGED},  {"expect", ACTA_INTENDED},
      {"set", ACTA_INTENDED},    {"schedule", ACTA_INTENDED},
      {"due", ACTA_INTENDED},    {NULL, 0}};
  if (lemma == ACTA_NO_WORD) return -1;
  const char *s = acta_intern_str(&d->words, lemma);
  for (size_t i = 0; R[i].v; i++)
    if (!strcmp(R[i].v, s)) return R[i].st;
  return -1;
}

/* Verbs that commit their subject to the act of their complement. */
static int intent_verb(const acta_dict *d, uint32_t lemma) {
  static const char *const V[] = {"agree", "pledge", "promise", "offer", "vow",
                                  "commit", "intend", "plan", "undertake",
                                  "volunteer", NULL};
  return lemma_in(d, lemma, V);
}

static int intent_adjective(const char *s) {
  static const char *const A[] = {"willing", "ready", "prepared", "determined",
                                  "eager", "keen", NULL};
  return in_words(A, s);
}

/* CAMEO's intent code for a committed act: consult 036, diplomatic
 * cooperation 032, material cooperation 031, aid 033, yield 035; other
 * roots have none (a vow to attack is a threat, root 13, from patterns). */
static const char *intent_code(const char *cameo) {
  switch (atoi((char[3]){cameo[0], cameo[1], 0})) {
    case 4: return "036";
    case 5: return "032";
    case 6: return "031";
    case 7: return "033";
    case 8: return "035";
    default: return NULL;
  }
}

/* Verbs whose object noun carries the event ("launch an attack"). */
static int light_verb(const acta_dict *d, uint32_t lemma) {
  static const char *const V[] = {"launch", "carry", "conduct", "stage",
                                  "mount", "hold", "begin", "step",
                                  "intensify", "continue", "make", "order",
                                  "resume", "escalate", "unleash", "perform",
                                  "give", "offer", "provide", "announce",
                                  "impose", "organize", "organise", "lead",
                                  NULL};
  return lemma_in(d, lemma, V);
}

/* Subject-control verbs: their "to" complement is intended. */
static int control_verb(const acta_dict *d, uint32_t lemma) {
  static const char *const V[] = {"plan", "vow", "threaten", "intend", "pledge",
                                  "promise", "seek", "try", "aim", "prepare",
                                  "decide", "want", "hope", "expect", "agree",
                                  "offer", "refuse", "attempt", "move",
                                  "continue", "begin", "start", NULL};
  return lemma_in(d, lemma, V);
}

/* A frame and the frames it is nested in have yielded an event. */
static void mark_produced(struct acta_work *w, int32_t fr) {
  for (size_t guard = 0; fr != NO && guard < w->nframes; guard++) {
    w->frames[fr].produced = 1;
    fr = w->frames[fr].parent;
  }
}

/* A frame with no clause of its own: the accuser of "X accused Y of
 * V-ing / of an attack" reports Y's act as an allegation. */
static int32_t accuser_frame(struct acta_work *w, int32_t accuser) {
  GROW(w->frames, w->nframes, w->cap_frames);
  frame *f = &w->frames[w->nframes];
  memset(f, 0, sizeof *f);
  f->reporter = accuser;
  f->via = NO;
  f->vg = NO;
  f->parent = NO;
  f->status = ACTA_ALLEGED;
  f->produced = 1; /* never coded as a statement of its own */
  return (int32_t)w->nframes++;
}

/* Finds reporting frames in sentence s and marks token scopes. */
static void find_frames(const acta_dict *d, struct acta_work *w,
                        const acta_sentence *s, size_t vg0, size_t vg1) {
  w->nframes = 0;
  for (uint32_t i = s->first; i < s->last; i++) w->tok_scope[i] = NO;
  /* "according to X" */
  for (uint32_t i = s->first; i + 2 < s->last; i++) {
    if (!is_word(w, i, "according") || !is_word(w, i + 1, "to")) continue;
    int32_t m = w->tok_ment[i + 2];
    if (m == NO) continue;
    GROW(w->frames, w->nframes, w->cap_frames);
    frame *f = &w->frames[w->nframes];
    memset(f, 0, sizeof *f);
    f->reporter = w->ments[m].group;
    f->via = NO;
    f->vg = NO;
    f->parent = NO;
    f->status = ACTA_ASSERTED;
    f->first = s->first;
    f->last = s->last;
    uint32_t ml = w->ments[m].last;
    /* the whole sentence except the attribution itself */
    for (uint32_t q = s->first; q < s->last; q++) w->tok_scope[q] = (int32_t)w->nframes;
    for (uint32_t q = i; q < ml; q++) w->tok_scope[q] = NO;
    w->nframes++;
    break;
  }
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    if (!g->has_main) continue;
    const acta_token *h = &w->toks.v[g->head];
    if (h->flags & 128) continue; /* "as saying" of an earlier frame */
    uint32_t ci;
    int is_rep = (h->vlemma != ACTA_NO_WORD && acta_u64map_get(&d->report, h->vlemma, &ci));
    if (!is_rep) continue;
    int rstatus = (int)(ci >> 24);
    ci &= 0xFFFFFFu;
    int32_t outer = w->tok_scope[g->head];
    uint32_t scope_lo = outer != NO ? w->frames[outer].first : s->first;
    /* forward: "X said (that) CLAUSE" */
    uint32_t p = g->last;
    int32_t quoted = NO; /* "AFP quoted ISNA as saying": ISNA */
    int passive_quote = 0; /* "X was quoted (by Y) as saying" */
    int32_t quoted_by = NO;
    if (g->passive) {
      if (strcmp(acta_intern_str(&d->words, h->vlemma), "quote") != 0) continue;
      uint32_t q = g->last;
      if (q + 1 < s->last && is_word(w, q, "by") && w->tok_ment[q + 1] != NO) {
        quoted_by = w->ments[w->tok_ment[q + 1]].group;
        q = w->ments[w->tok_ment[q + 1]].last;
      }
      uint32_t rv;
      if (!(q + 1 < s->last && is_word(w, q, "as") &&
            w->toks.v[q + 1].vlemma != ACTA_NO_WORD &&
            acta_u64map_get(&d->report, w->toks.v[q + 1].vlemma, &rv)))
        continue;
      rstatus = (int)(rv >> 24);
      ci = rv & 0xFFFFFFu;
      w->toks.v[q + 1].flags |= 128; /* "saying" is part of the frame */
      p = q + 2;
      if (p < s->last && is_word(w, p, "that")) p++;
      passive_quote = 1;
    }
    if (p + 2 < s->last && w->tok_ment[p] != NO &&
        !strcmp(acta_intern_str(&d->words, h->vlemma), "quote")) {
      uint32_t after = w->ments[w->tok_ment[p]].last;
      if (after + 1 < s->last && is_word(w, after, "as") &&
          w->toks.v[after + 1].vlemma != ACTA_NO_WORD &&
          acta_u64map_get(&d->report, w->toks.v[after + 1].vlemma, &ci)) {
        quoted = w->ments[w->tok_ment[p]].group;
        rstatus = (int)(ci >> 24);
        ci &= 0xFFFFFFu;
        w->toks.v[after + 1].flags |= 128; /* "saying" is part of the frame */
        p = after + 2;
        if (p < s->last && is_word(w, p, "that")) p++;
      }
    }
    if (quoted == NO && !passive_quote && p < s->last && w->tok_ment[p] != NO) {
      /* "told reporters (that)": an addressee, when "that", a
       * preposition or a comma follows it, or the verb is "tell" */
      int32_t m = w->tok_ment[p];
      uint32_t after = w->ments[m].last;
      const char *lem = acta_intern_str(&d->words, h->vlemma);
      if (!strcmp(lem, "tell") || !strcmp(lem, "inform") ||
          !strcmp(lem, "assure") || !strcmp(lem, "brief") ||
          (after < s->last && (is_word(w, after, "that") ||
                               w->toks.v[after].tag == P_PREP ||
                               w->toks.v[after].kind == TK_PUNCT))) {
        p = after;
      }
    }
    /* "said on Thursday that", "said in a statement that", "alleged,
     * without offering evidence, that" */
    {
      uint32_t q = p;
      while (q < s->last && q - g->last < 12 && !is_word(w, q, "that")) {
        const acta_token *tq = &w->toks.v[q];
        if (tq->kind == TK_PUNCT && tq->punct == ',') {
          /* a parenthetical: jump to its closing comma */
          uint32_t z = q + 1;
          while (z < s->last && z - q < 8 &&
                 !(w->toks.v[z].kind == TK_PUNCT && w->toks.v[z].punct == ','))
            z++;
          if (z < s->last && z - q < 8 && z + 1 < s->last && is_word(w, z + 1, "that")) {
            q = z + 1;
            break;
          }
        }
        if (tq->tag == P_PREP) {
        } else if (tq->tag == P_ADV || (tq->kind == TK_PUNCT && tq->punct == ',')) {
        } else if (np_tag(tq->tag)) { /* "told reporters that" */
        } else break;
        q++;
      }
      if (q < s->last && is_word(w, q, "that")) p = q;
      else {
        while (p < s->last && (w->toks.v[p].tag == P_ADV ||
                               (w->toks.v[p].kind == TK_PUNCT && w->toks.v[p].punct == ',')) &&
               p - g->last < 4)
          p++;
      }
    }
    int that = p < s->last && is_word(w, p, "that");
    if (that) p++;
    /* the clause must hold a verb group with a subject before it */
    int clause = 0;
    for (uint32_t q = p; q < s->last && q < p + 40; q++) {
      if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].has_main &&
          (size_t)w->tok_vg[q] != gi) { clause = 1; break; }
    }
    uint32_t rfirst = 0, rlast = 0;
    int32_t reporter = NO, via = NO;
    uint32_t sp_first = 0, sp_last = 0; /* an uncoded speaker's words */
    if (passive_quote && clause) {
      rfirst = p;
      rlast = s->last;
      reporter = find_subject(w, g->first, scope_lo, outer);
      via = quoted_by;
    } else if (passive_quote) {
      continue;
    } else if (quoted != NO && clause) {
      rfirst = p;
      rlast = s->last;
      reporter = quoted;
      via = find_subject(w, g->first, scope_lo, outer);
    } else if (clause && (that || is_rep) && p < s->last &&
        (w->tok_ment[p] != NO || that || w->toks.v[p].tag == P_PRON ||
         w->toks.v[p].tag == P_DET)) {
      rfirst = p;
      rlast = s->last;
      /* KEDS has no coreference: "he said" has no coded speaker */
      reporter = d->keds_only ? keds_subject_at(w, g->first, scope_lo, outer, 0, NO)
                              : find_subject(w, g->first, scope_lo, outer);
      if (reporter == NO) {
        /* "Officials said that ...": keep the speaker's words */
        sp_last = g->first;
        while (sp_last > s->first && w->toks.v[sp_last - 1].tag == P_ADV) sp_last--;
        sp_first = sp_last;
        while (sp_first > s->first && np_tag(w->toks.v[sp_first - 1].tag) &&
               sp_last - sp_first < 6)
          sp_first--;
      }
    } else if (is_rep) {
      /* backward: "CLAUSE, X said" or "CLAUSE, said X" */
      uint32_t b = g->first;
      int32_t subj = NO;
      const acta_token *before = b > s->first ? &w->toks.v[b - 1] : NULL;
      int inverted = before && before->kind == TK_PUNCT &&
                     (before->punct == ',' || before->punct == '"');
      if (b > s->first && w->tok_ment[b - 1] != NO) {
        subj = w->ments[w->tok_ment[b - 1]].group;
        b = w->ments[w->tok_ment[b - 1]].first;
      } else if (inverted && g->last < s->last && w->tok_ment[g->last] != NO) {
        subj = w->ments[w->tok_ment[g->last]].group; /* ", said the ministry" */
      } else {
        /* "..., officials said": a speaker the dictionaries do not know */
        while (b > s->first && np_tag(w->toks.v[b - 1].tag) && g->first - b < 6) b--;
        if (b < g->first) {
          sp_first = b;
          sp_last = g->first;
        } else {
          /* "..., said a spokesman" */
          if (!inverted) goto no_frame;
          uint32_t e2 = g->last;
          while (e2 < s->last && np_tag(w->toks.v[e2].tag) && e2 - g->last < 6) e2++;
          sp_first = g->last;
          sp_last = e2;
        }
      }
      if (b > s->first + 2 && w->toks.v[b - 1].kind == TK_PUNCT &&
          (w->toks.v[b - 1].punct == ',' || w->toks.v[b - 1].punct == '"')) {
        rfirst = s->first;
        rlast = b - 1;
        while (rlast > rfirst && w->toks.v[rlast - 1].kind == TK_PUNCT) rlast--;
        reporter = subj;
        /* what is reported must be a clause: "A spokesman for the
         * Taliban, Qari Ahmadi, claimed ..." is an appositive */
        int has_clause = 0;
        for (uint32_t q = rfirst; q < rlast && !has_clause; q++)
          if (w->tok_vg[q] != NO && w->vgs[w->tok_vg[q]].has_main) has_clause = 1;
        if (!has_clause) rlast = rfirst;
        if (subj == NO) {
          /* "..., officials said" with no coded actor: still a frame */
        }
      }
    }
    if (rlast <= rfirst) continue;
    if (0) {
    no_frame:
      continue;
    }
    GROW(w->frames, w->nframes, w->cap_frames);
    frame *f = &w->frames[w->nframes];
    memset(f, 0, sizeof *f);
    f->reporter = reporter;
    /* a report inside a report: "X said Y said ...": Y reports, X relays */
    if (via == NO && outer != NO) via = w->frames[outer].reporter;
    f->via = via;
    if (reporter == NO && sp_last > sp_first) {
      f->rep_first = sp_first;
      f->rep_last = sp_last;
    }
    f->vg = (int32_t)gi;
    f->first = rfirst;
    f->last = rlast;
    f->cameo = ci;
    f->status = (uint8_t)rstatus;
    f->parent = outer;
    for (uint32_t q = rfirst; q < rlast; q++)
      if (w->tok_scope[q] == outer) w->tok_scope[q] = (int32_t)w->nframes;
    g->scope = (int32_t)w->nframes; /* unused marker */
    w->nframes++;
    trace(w, "  frame: reporter %s over tokens %u-%u (%s)\n",
          reporter != NO ? w->ments[reporter].code : "-", rfirst, rlast,
          acta_status_name((acta_status)f->status));
  }
}

static uint32_t clause_end(const struct acta_work *w, uint32_t from,
                           uint32_t last, int32_t scope) {
  uint32_t i = from;
  while (i < last && w->tok_scope[i] == scope) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind == TK_PUNCT && (tk->punct == ';' || tk->punct == ':')) break;
    i++;
  }
  return i;
}

/* ---- evidence ------------------------------------------------------------- */

typedef struct evidence_phrase { const char *words[5]; acta_evidence kind; } evidence_phrase;

static const evidence_phrase EVIDENCE[] = {
    {{"without", "offering", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "offering", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "giving", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "presenting", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "citing", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "offering", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"provided", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"provided", "no", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"offered", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"offered", "no", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"gave", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"presented", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"did", "not", "provide", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"did", "n't", "provide", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"has", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"have", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"had", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"has", "proof"}, ACTA_EVIDENCE_CLAIMED},
    {{"have", "proof"}, ACTA_EVIDENCE_CLAIMED},
    {{"possesses", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"evidence", "points", "to"}, ACTA_EVIDENCE_CITED},
    {{"evidence", "pointed", "to"}, ACTA_EVIDENCE_CITED},
    {{NULL}, ACTA_EVIDENCE_NONE}};

/* Nouns that, as subject of "show", cite evidence ("video shows"). */
static int evidence_noun(const char *s) {
  static const char *const N[] = {"evidence", "footage", "video", "videos",
                                  "images", "photos", "photographs",
                                  "documents", "wreckage", "debris",
                                  "remains", "records", "data", "analysis",
                                  "drones", "fragments", "satellite", NULL};
  return in_words(N, s);
}

/* Finds the first evidence phrase of sentence s. */
static acta_evidence find_evidence(const acta_dict *d, const struct acta_work *w,
                                   const acta_sentence *s, uint32_t *from,
                                   uint32_t *to) {
  for (uint32_t i = s->first; i < s->last; i++) {
    for (size_t k = 0; EVIDENCE[k].words[0]; k++) {
      uint32_t j = i;
      size_t q = 0;
      while (EVIDENCE[k].words[q] && j < s->last && is_word(w, j, EVIDENCE[k].words[q])) {
        j++;
        q++;
      }
      if (!EVIDENCE[k].words[q]) {
        *from = i;
        *to = j;
        return EVIDENCE[k].kind;
      }
    }
    /* "recovered drones show", "video evidence points to" */
    const acta_token *tk = &w->toks.v[i];
    if (tk->vlemma != ACTA_NO_WORD && i > s->first &&
        !strcmp(acta_intern_str(&d->words, tk->vlemma), "show") &&
        evidence_noun(norm(w, i - 1))) {
      uint32_t st = i - 1;
      while (st > s->first && np_tag(w->toks.v[st - 1].tag) && i - st < 4) st--;
      *from = st;
      *to = i + 1;
      return ACTA_EVIDENCE_CITED;
    }
  }
  return ACTA_EVIDENCE_NONE;
}

const char *acta_evidence_name(acta_evidence e) {
  switch (e) {
    case ACTA_EVIDENCE_NONE_OFFERED: return "none_offered";
    case ACTA_EVIDENCE_CLAIMED: return "claimed";
    case ACTA_EVIDENCE_CITED: return "cited";
    default: return NULL;
  }
}

/* ---- places ---------------------------------------------------------------- */

/* Finds the places of every sentence (homonyms decided by the countries
 * the article names, the most named first) and the dateline's place. */
static void find_places(acta_coder *c, const acta_article *a,
                        char (*codes)[4], const int *counts, int ncodes) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  w->nplaces = 0;
  w->has_dateline = 0;
  w->has_scene = 0;
  GROW(w->sent_place, w->nsents + 1, w->cap_sent_place);
  char ranked[64][4];
  int order[64];
  for (int i = 0; i < ncodes; i++) order[i] = i;
  for (int i = 1; i < ncodes; i++) /* by count, then first named */
    for (int j = i; j > 0 && counts[order[j]] > counts[order[j - 1]]; j--) {
      int t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  for (int i = 0; i < ncodes; i++) memcpy(ranked[i], codes[order[i]], 4);
  acta_place_story story;
  acta_place_story_init(&story, (const char (*)[4])ranked, (size_t)ncodes);
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    w->sent_place[si] = w->nplaces;
    if (!d->gaz) continue;
    uint32_t from = s->first;
    if (si == 0 && (w->toks.v[s->first].flags & TF_DATELINE)) {
      /* "MAHABAD, Iran --": the dateline names the article's place */
      uint32_t q = s->first;
      while (q < s->last && (w->toks.v[q].flags & TF_DATELINE)) q++;
      acta_place dp[4];
      if (acta_gazetteer_find_tokens(d->gaz, a->text, &w->toks, s->first, q,
                                     &story, dp, 4)) {
        w->dateline = dp[0];
        w->has_dateline = 1;
      }
      from = q;
    }
    acta_place found[16];
    size_t n = acta_gazetteer_find_tokens(d->gaz, a->text, &w->toks, from,
                                          s->last, &story, found, 16);
    for (size_t k = 0; k < n; k++) {
      GROW(w->places, w->nplaces, w->cap_places);
      GROW(w->place_use, w->nplaces, w->cap_place_use);
      /* a name that is also an actor of the sentence is a place only after
       * a locative word: "clashes in Tehran", not "Tehran denied" */
      uint32_t lo = s->first, hi = s->last;
      while (lo < hi) { /* first token starting at or after the place */
        uint32_t mid = lo + (hi - lo) / 2;
        if (w->toks.v[mid].start < found[k].start) lo = mid + 1; else hi = mid;
      }
      int use = 1;
      if (lo < s->last && w->tok_ment[lo] != NO) {
        use = 0;
        uint32_t b = lo; /* "in northern Syria", "in the United States" */
        while (b > s->first + 1 && acta_gazetteer_qualifier(w->toks.v[b - 1].vocab))
          b--;
        if (b > s->first) {
          const char *pv = norm(w, b - 1);
          static const char *const LOC[] = {"in", "at", "near", "across",
                                            "inside", "outside", "throughout",
                                            "around", "into", "within",
                                            "from", NULL};
          use = in_words(LOC, pv);
        }
      }
      w->place_use[w->nplaces] = (uint8_t)use;
      w->places[w->nplaces++] = found[k];
      /* "raided a house in Tehran": a town or province after "in", "at",
       * "near" is where, not whom -- default targets pass over it (a
       * country stays a possible target: "warned of famine in Somalia") */
      if (use && lo > s->first && lo < s->last && w->tok_ment[lo] != NO &&
          strcmp(found[k].precision, "country") != 0) {
        const char *pv = norm(w, lo - 1);
        static const char *const WHERE[] = {"in", "at", "near", "inside",
                                            "outside", "around", "within",
                                            "throughout", "across", NULL};
        if (in_words(WHERE, pv))
          for (uint32_t q = lo; q < s->last && w->toks.v[q].start < found[k].end; q++)
            w->toks.v[q].place = 1;
      }
    }
  }
  w->sent_place[w->nsents] = w->nplaces;
}

static int overlaps(size_t s1, size_t e1, const acta_actor *x) {
  return x->present && s1 < x->end && x->start < e1;
}

static void set_location(acta_event *ev, const acta_place *p) {
  ev->has_location = 1;
  memcpy(ev->location.name, p->name, sizeof ev->location.name);
  memcpy(ev->location.country, p->country, sizeof ev->location.country);
  memcpy(ev->location.admin1, p->admin1, sizeof ev->location.admin1);
  memcpy(ev->location.precision, p->precision, sizeof ev->location.precision);
  ev->location.lat = p->lat;
  ev->location.lon = p->lon;
  ev->location.start = p->start;
  ev->location.end = p->end;
}

/* The event's place: the first place of its sentence after its verb, else
 * the first before it, never an actor of the event itself ("Moscow
 * denied" is not a place).  Else: a material conflict act (quad class 4)
 * happens where the article's latest located one did ("Police arrested 40
 * protesters in Zahedan. ... Police also beat women near the mosque");
 * anything else, at the dateline. */
static void locate_events(acta_coder *c, size_t si, size_t ev_from) {
  struct acta_work *w = c->work;
  for (size_t e = ev_from; e < c->nevents; e++) {
    acta_event *ev = &c->events[e];
    const acta_place *after = NULL, *before = NULL;
    for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++) {
      const acta_place *p = &w->places[k];
      if (!w->place_use[k]) continue;
      if (overlaps(p->start, p->end, &ev->source) ||
          overlaps(p->start, p->end, &ev->target) ||
          overlaps(p->start, p->end, &ev->reported_by))
        continue;
      if (p->start >= ev->verb_start) {
        if (!after) after = p;
      } else if (!before) {
        before = p;
      }
    }
    const acta_place *p = after ? after : before;
    int material = ev->quad_class == 4; /* protest, force, coercion, violence */
    if (p) {
      set_location(ev, p);
      if (material && strcmp(p->precision, "country") != 0) {
        w->scene = *p;
        w->has_scene = 1;
      }
    } else if (material && w->has_scene) {
      set_location(ev, &w->scene);
      ev->location.start = ev->location.end = 0; /* not named in this sentence */
    } else if (w->has_dateline) {
      set_location(ev, &w->dateline);
    }
  }
}

/* ---- figures ------------------------------------------------------------- */

/* Does an event of this CAMEO root take a figure of this kind? */
static int figure_fits(const char *kind, const char *root) {
  int r = atoi(root);
  if (!strcmp(kind, "killed") || !strcmp(kind, "injured") ||
      !strcmp(kind, "missing") || !strcmp(kind, "displaced"))
    return r >= 18;
  if (!strcmp(kind, "arrested") || !strcmp(kind, "detained")) return r == 17;
  if (!strcmp(kind, "protesters")) return r == 14;
  if (!strcmp(kind, "troops")) return r == 15 || r == 19 || r == 6 || r == 7;
  if (!strcmp(kind, "weapons")) return r == 7 || r == 19 || r == 6 || r == 18;
  return 1;
}

/* The CAMEO code of an event known only from its figure ("at least 141
 * demonstrators have been killed"), or NULL for kinds that are no event. */
static const char *figure_code(const char *kind) {
  if (!strcmp(kind, "killed") || !strcmp(kind, "injured")) return "190";
  if (!strcmp(kind, "arrested") || !strcmp(kind, "detained")) return "173";
  if (!strcmp(kind, "protesters")) return "141";
  return NULL;
}

/* Finds the figures of sentence s; a casualty, arrest or crowd figure with
 * no event of its own in the sentence yields an event whose source is
 * unknown (rather than being dropped). */
static void sentence_figures(acta_coder *c, sent_ctx *sc, size_t ev_before,
                             int create, const acta_pattern *passive_pat,
                             uint32_t passive_head) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  acta_figure found[16];
  /* only sentences with a number word or digits can hold a figure */
  int has_num = 0;
  for (uint32_t q = s->first; q < s->last && !has_num; q++)
    if (w->toks.v[q].tag == P_NUM) has_num = 1;
  if (!has_num) return;
  size_t nf = acta_find_figures_tokens(c->cur_text, &w->toks, s->first,
                                      s->last, found, 16);
  for (size_t k = 0; k < nf; k++) {
    GROW(w->figs, w->nfigs, w->cap_figs);
    GROW(w->fig_sent, w->nfigs, w->cap_fig_sent);
    w->figs[w->nfigs] = found[k];
    w->fig_sent[w->nfigs] = sc->index;
    w->nfigs++;
    const char *code = figure_code(found[k].kind);
    if (!code || !create) continue;
    int has = 0;
    for (size_t e = ev_before; e < c->nevents && !has; e++)
      if (figure_fits(found[k].kind, c->events[e].root)) has = 1;
    if (has) continue;
    const acta_cameo *cm = acta_cameo_find(d, code);
    const acta_pattern *pat = NULL;
    uint32_t trig = s->first;
    if (passive_pat && figure_fits(found[k].kind, (const char[3]){
                                       d->cameo[passive_pat->cameo].code[0],
                                       d->cameo[passive_pat->cameo].code[1], 0})) {
      cm = &d->cameo[passive_pat->cameo];
      pat = passive_pat;
      trig = passive_head;
    }
    if (!cm) continue;
    /* the counted noun as target when it is an actor ("141 demonstrators") */
    int32_t tgt = NO;
    for (uint32_t q = s->first; q < s->last; q++) {
      if (w->toks.v[q].start >= found[k].unit_end) break;
      if (w->toks.v[q].start >= found[k].unit_start && w->tok_ment[q] != NO) {
        tgt = w->ments[w->tok_ment[q]].group;
        break;
      }
      if (w->toks.v[q].start <= found[k].start && w->toks.v[q].end > found[k].start)
        trig = pat ? trig : q;
    }
    int32_t rep = w->tok_scope[trig];
    if (rep != NO) mark_produced(w, rep);
    acta_event ev;
    memset(&ev, 0, sizeof ev);
    ev.sentence = sc->index;
    ev.sent_start = s->start;
    ev.sent_end = s->end;
    if (tgt != NO) set_actor(w, d, &ev.target, &w->ments[tgt], sc->country);
    if (rep != NO) {
      set_reporter(w, d, &ev, &w->frames[rep], sc->country);
      if (ev.reported_by.present) ev.flags |= ACTA_EV_REPORTED;
    }
    snprintf(ev.cameo, sizeof ev.cameo, "%s", cm->code);
    memcpy(ev.root, cm->code, 2);
    ev.name = d->strings.data + cm->name;
    ev.quad_class = cm->quad;
    ev.goldstein = cm->goldstein;
    const char *vb = pat ? acta_intern_str(&d->words, pat->head) : found[k].kind;
    size_t vl = strnlen(vb, sizeof ev.verb - 1);
    memcpy(ev.verb, vb, vl);
    ev.verb[vl] = '\0';
    ev.verb_start = found[k].start;
    ev.verb_end = found[k].end;
    ev.status = rep != NO ? (acta_status)w->frames[rep].status : ACTA_ASSERTED;
    snprintf(ev.date, sizeof ev.date, "%s", w->date_str);
    if (pat) {
      ev.pattern = d->strings.data + pat->text;
      ev.pattern_file = d->files[pat->file];
      ev.pattern_line = (int)pat->line;
      ev.flags |= ACTA_EV_PASSIVE;
    }
    ev.flags |= ACTA_EV_FIGURE;
    ev.disputes = -1;
    *new_event(c) = ev;
    trace(w, "  => event (unknown source) %s %s from the figure \"%.*s\"\n",
          tgt != NO ? ev.target.code : "-", ev.cameo,
          (int)(found[k].end - found[k].start), c->cur_text + found[k].start);
  }
}

/* The last word of a figure's counted noun, folded: "demonstrators". */
static void unit_key(const char *text, const acta_figure *g, char *out, size_t cap) {
  out[0] = '\0';
  if (!text || g->unit_end <= g->unit_start) return;
  size_t e = g->unit_end, b = e;
  while (b > g->unit_start && text[b - 1] != ' ') b--;
  size_t n = 0;
  for (size_t i = b; i < e && n + 1 < cap; i++) {
    char ch = text[i];
    out[n++] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
  }
  out[n] = '\0';
}

/* Gives each figure to an event of its sentence (of those whose root fits
 * its kind, the one whose trigger is nearest; else the sentence's first), lays the figures out by event, and
 * reconciles each kind reported at least twice. */
static void attach_figures(acta_coder *c) {
  struct acta_work *w = c->work;
  size_t n = w->nfigs;
  c->nsums = 0;
  for (size_t i = 0; i < c->nevents; i++) {
    c->events[i].figures = NULL;
    c->events[i].nfigures = 0;
  }
  if (!n || !c->nevents) return;
  GROW(w->fig_group, n, w->cap_fig_group);
  int *owner = malloc(n * sizeof *owner);
  size_t *count = calloc(c->nevents + 1, sizeof *count);
  if (!owner || !count) abort();
  size_t e0 = 0;
  for (size_t f = 0; f < n; f++) {
    owner[f] = -1;
    while (e0 < c->nevents && c->events[e0].sentence < w->fig_sent[f]) e0++;
    /* the fitting event whose trigger is nearest ("..., killing at least
     * four people": the killing, not the shooting before it) */
    int first = -1;
    size_t best = (size_t)-1;
    for (size_t e = e0; e < c->nevents && c->events[e].sentence == w->fig_sent[f]; e++) {
      if (first < 0) first = (int)e;
      if (!figure_fits(w->figs[f].kind, c->events[e].root)) continue;
      size_t vs = c->events[e].verb_start, fs = w->figs[f].start;
      size_t dist = vs > fs ? vs - fs : fs - vs;
      if (dist < best) {
        best = dist;
        owner[f] = (int)e;
      }
    }
    if (owner[f] < 0) owner[f] = first;
    if (owner[f] >= 0) count[owner[f]]++;
  }
  /* counting sort by owner */
  size_t total = 0;
  for (size_t e = 0; e < c->nevents; e++) {
    size_t k = count[e];
    count[e] = total;
    total += k;
  }
  if (total > c->cap_evfigs) {
    c->cap_evfigs = total;
    c->evfigs = realloc(c->evfigs, total * sizeof *c->evfigs);
    if (!c->evfigs) abort();
  }

  /* reconciliation: a figure counts the same thing as earlier ones of
   * its kind with the same counted noun ("141 demonstrators"); a figure
   * with no noun ("the toll is as high as 250") continues the latest of
   * its kind */
  for (size_t f = 0; f < n; f++) {
    if (owner[f] < 0 || !strcmp(w->figs[f].kind, "other")) continue;
    const acta_figure *g = &w->figs[f];
    char key[32];
    unit_key(c->cur_text, g, key, sizeof key);
    acta_figure_summary *sm = NULL;
    for (size_t k = c->nsums; k-- > 0 && !sm;) {
      if (strcmp(c->sums[k].kind, g->kind) != 0) continue;
      char sk[32];
      acta_figure tmpf;
      memset(&tmpf, 0, sizeof tmpf);
      tmpf.unit_start = c->sums[k].subject_start;
      tmpf.unit_end = c->sums[k].subject_end;
      unit_key(c->cur_text, &tmpf, sk, sizeof sk);
      if (!key[0] || !sk[0] || !strcmp(sk, key)) sm = &c->sums[k];
    }
    if (!sm) {
      GROW(c->sums, c->nsums, c->cap_sums);
      sm = &c->sums[c->nsums++];
      memset(sm, 0, sizeof *sm);
      memcpy(sm->kind, g->kind, sizeof sm->kind);
      sm->low = g->value;
      sm->high = g->high;
    }
    if (sm->subject_end == sm->subject_start && g->unit_end > g->unit_start) {
      sm->subject_start = g->unit_start;
      sm->subject_end = g->unit_end;
    }
    if (g->value < sm->low) sm->low = g->value;
    if (g->high > sm->high) sm->high = g->high;
    sm->nfigures++;
    w->fig_group[f] = (int)(sm - c->sums);
  }
  /* keep the kinds reported more than once */
  size_t keep = 0;
  int *remap = malloc((c->nsums + 1) * sizeof *remap);
  if (!remap) abort();
  for (size_t k = 0; k < c->nsums; k++) {
    remap[k] = -1;
    if (c->sums[k].nfigures >= 2) {
      remap[k] = (int)keep;
      c->sums[keep++] = c->sums[k];
    }
  }
  for (size_t f = 0; f < n; f++)
    if (owner[f] >= 0 && strcmp(w->figs[f].kind, "other") != 0)
      w->fig_group[f] = remap[w->fig_group[f]];
    else
      w->fig_group[f] = -1;
  free(remap);
  c->nsums = keep;
  for (size_t f = 0; f < n; f++)
    if (owner[f] >= 0) {
      acta_event *e = &c->events[owner[f]];
      acta_figure *dst = &c->evfigs[count[owner[f]] + e->nfigures];
      *dst = w->figs[f];
      dst->summary = w->fig_group[f];
      e->nfigures++;
    }
  for (size_t e = 0; e < c->nevents; e++)
    if (c->events[e].nfigures) c->events[e].figures = &c->evfigs[count[e]];
  free(owner);
  free(count);
}

const acta_figure_summary *acta_figure_summaries(const acta_coder *c,
                                                 size_t *count) {
  if (count) *count = c->nsums;
  return c->sums;
}

static void code_sentence(acta_coder *c, sent_ctx *sc, size_t vg0, size_t vg1) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  const acta_sentence *s = sc->s;
  find_frames(d, w, s, vg0, vg1);
  /* subjects of verb groups, in order (coordination inherits) */
  int32_t last_subject = NO;
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    int32_t scope = w->tok_scope[g->first];
    g->scope = scope;
    uint32_t lo = s->first;
    if (scope != NO) lo = w->frames[scope].first;
    int32_t subj = find_subject(w, g->first, lo, scope);
    if (d->keds_only) {
      int found;
      int32_t ps = parse_subject(w, g->head, &found);
      subj = found ? ps : keds_subject(w, g, lo, scope, subj);
    }
    /* a reduced relative: "gunmen killed by soldiers", "arrested a man
     * accused of extortion" -- a bare participle right after a noun
     * phrase that is followed by "by" or is itself an object is passive
     * (not the start of a reported clause: "said soldiers killed") */
    if (g->first == g->head && g->first > lo && !g->passive &&
        participle(w, d, g->head) && np_tag(w->toks.v[g->first - 1].tag)) {
      /* the noun phrase before it, an actor or not ("a lawyer") */
      int32_t pmi = w->tok_ment[g->first - 1];
      uint32_t np0 = g->first - 1;
      while (np0 > lo && np_tag(w->toks.v[np0 - 1].tag)) np0--;
      if (pmi != NO) np0 = w->ments[w->ments[pmi].group].first;
      int by = g->last < s->last && is_word(w, g->last, "by");
      int object = np0 > lo && w->tok_vg[np0 - 1] != NO && np0 != lo;
      const char *hs = norm(w, g->head);
      size_t hl = w->toks.v[g->head].norm_len;
      /* "-ed", or a participle unlike the past tense ("taken", "shown");
       * not "spoke by phone", "stood by Russia" */
      int part_form = hl > 2 && (!strcmp(hs + hl - 2, "ed") ||
                                 !strcmp(hs + hl - 2, "en") ||
                                 !strcmp(hs + hl - 2, "wn"));
      /* "admitted soldiers killed five protesters": a participle followed
       * by its own object is a finite verb */
      int own_object = g->last < s->last && !by &&
                       (w->tok_ment[g->last] != NO || w->toks.v[g->last].tag == P_DET ||
                        w->toks.v[g->last].tag == P_NUM);
      if ((by || object) && part_form && (pmi != NO || object) && !own_object) {
        g->passive = 1;
        subj = pmi != NO ? w->ments[pmi].group : NO;
      }
    }
    /* a bare -ing form inside a phrase ("refugees from past fighting",
     * "protesters chanting slogans") takes at most the phrase right before
     * it; after a comma or "and" it shares the clause's subject ("...,
     * killing three people") */
    {
      const char *hs = norm(w, g->head);
      size_t hl = w->toks.v[g->head].norm_len;
      if (g->first == g->head && hl > 4 && !strcmp(hs + hl - 3, "ing") &&
          g->first > lo) {
        const acta_token *pv = &w->toks.v[g->first - 1];
        int open = (pv->kind == TK_PUNCT && pv->punct == ',') ||
                   pv->tag == P_CONJ || pv->tag == P_WH || pv->tag == P_ADV ||
                   pv->tag == P_SUBORD || pv->tag == P_PREP;
        if (!open) {
          int32_t pm = w->tok_ment[g->first - 1];
          subj = pm != NO ? w->ments[pm].group : NO;
        }
      }
    }
    /* KEDS: "a pleasant place to visit" -- the infinitive of a noun */
    int noun_inf = d->keds_only && g->first >= s->first + 2 &&
                   np_tag(w->toks.v[g->first - 2].tag) &&
                   w->tok_ment[g->first - 2] == NO;
    if (subj == NO && g->to_inf && gi > vg0 && !noun_inf) {
      /* "X plans to attack": X; "urged X to": X (object control) */
      const vgroup *pg = &w->vgs[gi - 1];
      int32_t obj = NO;
      if (g->first >= s->first + 2 && w->tok_ment[g->first - 2] != NO)
        obj = w->ments[w->tok_ment[g->first - 2]].group;
      subj = obj != NO ? obj : pg->subject;
    }
    /* "accused Iran of supplying drones": the object before the
     * preposition does the gerund, as an allegation */
    if (g->first >= s->first + 2 && w->toks.v[g->first].tag == P_VERB &&
        w->toks.v[g->first - 1].tag == P_PREP) {
      const char *hs = norm(w, g->first);
      size_t hl = w->toks.v[g->first].norm_len;
      int32_t om = w->tok_ment[g->first - 2];
      if (hl > 3 && !strcmp(hs + hl - 3, "ing") && om != NO &&
          w->ments[w->ments[om].group].after_verb) {
        subj = w->ments[om].group;
        g->alleged = 1;
        /* the accuser reports it: the subject of the verb before */
        uint32_t gfirst = w->ments[w->ments[om].group].first;
        if (gfirst > s->first && w->tok_vg[gfirst - 1] != NO) {
          const vgroup *av = &w->vgs[w->tok_vg[gfirst - 1]];
          if (av->subject != NO) g->accuser = accuser_frame(w, av->subject);
        }
      }
    }
    if (g->first >= s->first + 2 && gi > vg0 && w->toks.v[g->first - 1].tag == P_PREP &&
        w->tok_vg[g->first - 2] == (int32_t)(gi - 1) && w->vgs[gi - 1].passive) {
      int rs = raising_status(d, w->toks.v[w->vgs[gi - 1].head].vlemma);
      if (rs >= 0) {
        subj = w->vgs[gi - 1].subject;
        g->raised = (uint8_t)(rs + 1);
      }
    }
    /* pronoun subjects: "Iran denied that it had ..." is the speaker;
     * a sentence opening with "They"/"It" continues the last event's
     * source of the previous sentence */
    if (subj == NO) {
      uint32_t q = g->first;
      while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
      if (q > s->first && w->toks.v[q - 1].tag == P_PRON) {
        const char *pr = norm(w, q - 1);
        int third = !strcmp(pr, "it") || !strcmp(pr, "they") ||
                    !strcmp(pr, "he") || !strcmp(pr, "she");
        uint32_t q0 = q - 1;
        int opens = q0 == s->first ||
                    (w->toks.v[q0 - 1].kind == TK_PUNCT && q0 - 1 == s->first);
        int first_person = !strcmp(pr, "we") || !strcmp(pr, "i");
        if ((third || first_person) && scope != NO &&
            w->frames[scope].reporter != NO && q0 == w->frames[scope].first) {
          subj = w->frames[scope].reporter;
          g->self_report = 1; /* "Iran claimed that it had ..." */
        }
        else if (third && opens && w->last_src != NO &&
                 w->last_src_sent == sc->index - 1)
          subj = w->last_src;
      }
    }
    if (subj == NO && gi > vg0 && g->first > s->first &&
        (w->toks.v[g->first - 1].tag == P_CONJ ||
         (w->toks.v[g->first - 1].kind == TK_PUNCT && w->toks.v[g->first - 1].punct == ',')))
      subj = last_subject;
    g->subject = subj;
    if (subj != NO) last_subject = subj;
  }
  struct { size_t vg; uint32_t cameo, end; int status; int32_t rep; } pending[32];
  size_t npending = 0;
  size_t ev_before = c->nevents;
  const acta_pattern *passive_pat = NULL; /* a passive verb with no agent */
  int nonactor_agent = 0;
  uint32_t passive_head = 0;
  for (size_t gi = vg0; gi < vg1; gi++) {
    vgroup *g = &w->vgs[gi];
    if (!g->has_main) continue;
    const acta_token *h = &w->toks.v[g->head];
    if (h->flags & 128) continue; /* a word of an earlier verb's pattern */
    int32_t scope = g->scope;
    uint32_t end = clause_end(w, g->last, s->last, scope);
    int has_pats;
    int32_t target;
    uint32_t used_to;
    trace(w, " verb group \"%.*s\" lemma=%s%s%s\n",
          (int)(w->toks.v[g->last - 1].end - w->toks.v[g->first].start),
          c->cur_text + w->toks.v[g->first].start, h->vlemma != ACTA_NO_WORD ? acta_intern_str(&d->words, h->vlemma) : "?",
          g->passive ? " passive" : "", g->negated ? " negated" : "");
    /* a passive clause's subject phrase holds the pattern's object:
     * "drones were supplied to Russia" fits "supply drone to +" */
    uint32_t start = g->head + 1;
    if (g->passive && g->first > s->first && np_tag(w->toks.v[g->first - 1].tag)) {
      start = g->first - 1;
      while (start > s->first && np_tag(w->toks.v[start - 1].tag) &&
             g->first - start < GAP)
        start--;
    }
    pmatch pm;
    const acta_pattern *p = best_pattern(d, w, &d->verb_pats, g->head, start,
                                         end, s->first, scope, &pm, &has_pats);
    target = pm.target;
    used_to = pm.used_to;
    /* control verbs: the "to" complement carries the event */
    int status = ACTA_ASSERTED;
    int32_t rep = NO;
    int32_t fr = scope;
    if (fr != NO) {
      rep = fr;
      status = w->frames[fr].status;
    }
    uint32_t intent_trig = 0; /* "agreed to X", "is willing to X": 03x */
    int intent = 0, intent_neg = 0;
    if (g->to_inf && g->first >= s->first + 2 &&
        intent_adjective(norm(w, g->first - 2))) {
      /* "is willing to withdraw", "stands ready to help" */
      if (status_rank(ACTA_INTENDED) > status_rank(status)) status = ACTA_INTENDED;
      intent = 1;
      intent_trig = g->first - 2;
      if (gi > vg0 && w->vgs[gi - 1].negated) {
        intent_neg = 1;
        status = ACTA_NEGATED;
      }
    } else if (g->to_inf && gi > vg0) {
      const vgroup *pg = &w->vgs[gi - 1];
      const acta_token *ph = &w->toks.v[pg->head];
      if (d->keds_only && pg->skipped && pg->last + 1 == g->first) {
        /* "called on Gondor to be allowed to leave": the appeal's content
         * goes on */
        trace(w, "  skipped: complement of an appeal\n");
        g->skipped = 1;
        continue;
      }
      if (pg->last + 1 == g->first || (pg->last < g->first && w->toks.v[g->first - 1].tag == P_TO)) {
        int rs = pg->passive ? raising_status(d, ph->vlemma) : -1;
        if (rs >= 0) {
          if (status_rank(rs) > status_rank(status)) status = rs;
          if (pg->negated) status = ACTA_NEGATED;
        } else if (control_verb(d, ph->vlemma)) {
          if (status_rank(ACTA_INTENDED) > status_rank(status)) status = ACTA_INTENDED;
          if (pg->negated) status = ACTA_NEGATED;
          if (intent_verb(d, ph->vlemma) && !(ph->flags & 128)) {
            intent = 1;
            intent_trig = pg->head;
            intent_neg = pg->negated;
          }
          if (!strcmp(acta_intern_str(&d->words, ph->vlemma), "refuse"))
            status = ACTA_NEGATED;
        } else if (g->first >= s->first + 2 && w->tok_ment[g->first - 2] != NO &&
                   !(p && p->exact && p->npre && pm.used_from <= pg->head)) {
          /* "urged Iran to release": the content of an appeal, not coded
           * (unless a KEDS pattern spells out the verb before: "+ HOSTING
           * * TABASKI") */
          if (p) trace(w, "  skipped: complement of an appeal\n");
          g->skipped = 1;
          continue;
        }
      }
    }
    if (g->alleged && status_rank(ACTA_ALLEGED) > status_rank(status))
      status = ACTA_ALLEGED;
    if (g->accuser != NO && rep == NO) rep = g->accuser;
    if (g->raised && status_rank(g->raised - 1) > status_rank(status))
      status = g->raised - 1;
    status = vg_status(w, g, status);
    /* a KEDS pattern that spells out the negation ("NOT *", "DID N'T *")
     * codes the negated act itself */
    if (p && p->exact && status == ACTA_NEGATED && pm.used_from < g->head) {
      for (uint32_t q = pm.used_from; q < g->head; q++)
        if (w->toks.v[q].tag == P_NEG) {
          status = fr != NO ? w->frames[fr].status : ACTA_ASSERTED;
          break;
        }
    }
    /* is this the reporting verb of a frame? */
    int frame_of = NO;
    for (size_t f = 0; f < w->nframes; f++)
      if (w->frames[f].vg == (int32_t)gi) frame_of = (int)f;
    /* a reporting verb is coded after its clause (below), except a
     * denial, which is an event of its own (016) */
    if (frame_of != NO && w->frames[frame_of].status != ACTA_DENIED) continue;
    if (!p) {
      /* a reporting verb with no clause of its own: "X announced new
       * rules", "X said the talks were difficult" -- a statement */
      uint32_t rv;
      if (frame_of == NO && !g->passive && !d->keds_only && h->vlemma != ACTA_NO_WORD &&
          acta_u64map_get(&d->report, h->vlemma, &rv) && g->subject != NO &&
          npending < sizeof pending / sizeof pending[0]) {
        /* coded after the event nouns: "announced a ceasefire" is the
         * ceasefire, not a statement */
        pending[npending].vg = gi;
        pending[npending].cameo = rv & 0xFFFFFFu;
        pending[npending].status = status;
        pending[npending].rep = rep;
        pending[npending].end = end;
        npending++;
      }
      continue;
    }
    if (g->passive && raising_status(d, h->vlemma) >= 0 && g->last < s->last &&
        (w->toks.v[g->last].tag == P_TO || is_word(w, g->last, "of")))
      continue;
    /* KEDS: a subordinate clause is coded only when nothing before it was
     * ("..., after crowds burned down its embassy") */
    if (d->keds_only && c->nevents > ev_before && keds_subordinate(w, g, s->first)) {
      trace(w, "  subordinate clause after a coded event: skipped\n");
      continue;
    }
    if (d->keds_only && !g->passive && p->nel == 0 && keds_no_object(d, w, g, end)) {
      trace(w, "  no object: KEDS codes nothing\n");
      continue;
    }
    if (p->cameo == ACTA_NO_CODE) {
      /* a dictionary's "[---]": the verb is known and codes nothing */
      trace(w, "  pattern codes nothing\n");
      consume_words(w, g->last, used_to, s->last);
      continue;
    }
    const acta_cameo *cm = &d->cameo[p->cameo];
    int32_t src, tgt;
    unsigned flags = 0;
    if (pm.compound != NO && p->compound && pm.source == pm.compound) {
      /* PETRARCH `% *`: the members of the compound act on each other */
      for (int32_t a = pm.compound; a != NO; a = w->ments[a].next_in_group)
        for (int32_t b = w->ments[a].next_in_group; b != NO; b = w->ments[b].next_in_group) {
          emit(c, sc, a, b, rep, p, cm, g->head, status, EMIT_PAIR | ACTA_EV_COMPOUND,
               acta_intern_str(&d->words, p->head));
          emit(c, sc, b, a, rep, p, p->cameo2 ? &d->cameo[p->cameo2 - 1] : cm,
               g->head, status, EMIT_PAIR | ACTA_EV_COMPOUND,
               acta_intern_str(&d->words, p->head));
        }
      if (fr != NO) mark_produced(w, fr);
      continue;
    }
    /* a passive's "by" and the actor after it */
    int has_by = 0;
    int32_t by_agent = NO;
    if (g->passive)
      for (uint32_t q = g->last; q < end && q < g->last + GAP + 4; q++)
        if (is_word(w, q, "by")) {
          has_by = 1;
          if (q + 1 < s->last && w->tok_ment[q + 1] != NO) {
            by_agent = w->ments[w->tok_ment[q + 1]].group;
            break;
          }
        }
    /* KEDS: a passive with no "by" agent is coded as written ("X was
     * criticized over its dispute with Y": X, Y) */
    int keds_active = g->passive && p->exact && !has_by;
    if (g->passive && !keds_active) {
      tgt = g->subject;
      src = by_agent;
      /* "drones were supplied to Russia by Iran": the slot is the target */
      if (p->has_target && target != NO && target != src &&
          w->ments[target].first > g->head)
        tgt = target;
      flags |= ACTA_EV_PASSIVE;
    } else {
      src = g->subject;
      tgt = target;
      if (tgt == NO && p->exact)
        tgt = keds_target(w, g->last, end, scope, src);
      else if (tgt == NO && !p->has_target)
        tgt = default_target(w, g, used_to, end, scope);
    }
    /* KEDS: words before the verb stand between it and its subject
     * ("Eriador's death toll has risen": DEATH TOLL *) */
    if (p->exact && p->npre && pm.used_from < g->first && !g->passive) {
      int32_t ms = w->tok_ment[pm.used_from];
      int32_t s2 = (ms != NO && !w->ments[ms].absorbed)
                       ? w->ments[ms].group
                       : keds_subject_at(w, pm.used_from, s->first, scope, 1, NO);
      if (s2 != NO) {
        src = s2;
        if (tgt == s2) tgt = keds_target(w, g->last, end, scope, src);
      }
    }
    /* a dictionary pattern's own slots ("+ WAS * BY $") */
    if (p->has_source && pm.source != NO) {
      if (g->passive && tgt == pm.source) tgt = NO;
      src = pm.source;
    }
    if (p->exact && pm.target != NO && pm.target != src) tgt = pm.target;
    if (src == NO) {
      trace(w, "  no source for \"%s\"\n", d->strings.data + p->text);
      if (g->passive && !passive_pat) {
        passive_pat = p;
        passive_head = g->head;
      } else if (!g->passive) {
        nonactor_agent = 1; /* "floods killed ...": not a political act */
      }
      continue;
    }
    if (tgt != NO && !g->passive && is_word(w, w->ments[tgt].first, "no"))
      status = ACTA_NEGATED;
    emit(c, sc, src, tgt, rep, p, cm, g->head, status, flags,
         acta_intern_str(&d->words, p->head));
    /* PETRARCH `[032:033]`: the reverse event, target to source */
    if (p->cameo2 && tgt != NO)
      emit(c, sc, tgt, src, rep, p, &d->cameo[p->cameo2 - 1], g->head, status,
           flags, acta_intern_str(&d->words, p->head));
    /* the commitment itself is an event of root 03: "agreed to withdraw"
     * is an expressed intent to yield (035) */
    const char *icode = intent && !p->exact ? intent_code(cm->code) : NULL;
    if (icode && acta_cameo_find(d, icode)) {
      int ist = intent_neg ? ACTA_NEGATED
                           : (rep != NO ? w->frames[rep].status : ACTA_ASSERTED);
      emit(c, sc, src, tgt, rep, NULL, acta_cameo_find(d, icode), intent_trig,
           ist, 0, norm(w, intent_trig));
    }
    /* "the rebels claimed that they had attacked ...": a speaker telling
     * of its own act of force claims responsibility (015) */
    int root = (cm->code[0] - '0') * 10 + (cm->code[1] - '0');
    if (!p->exact && g->self_report && fr != NO && w->frames[fr].vg != NO && root >= 14 &&
        root != 16 && w->frames[fr].status != ACTA_DENIED) {
      const acta_cameo *claim = acta_cameo_find(d, "015");
      if (claim)
        emit(c, sc, src, tgt, w->frames[fr].parent, NULL, claim,
             w->vgs[w->frames[fr].vg].head, ACTA_ASSERTED, 0,
             acta_intern_str(&d->words, w->toks.v[w->vgs[w->frames[fr].vg].head].vlemma));
    }
    if (fr != NO) mark_produced(w, fr);
    consume_words(w, g->last, used_to, s->last);
  }
  /* nominal events: "Iran's assistance to Russian forces" */
  for (uint32_t i = s->first; i < s->last; i++) {
    const acta_token *tk = &w->toks.v[i];
    if (tk->tag != P_NOUN || (tk->flags & 128)) continue;
    int32_t scope = w->tok_scope[i];
    uint32_t end = clause_end(w, i + 1, s->last, scope);
    int has_pats;
    pmatch pm;
    const acta_pattern *p = best_pattern(d, w, &d->noun_pats, i, i + 1, end,
                                         s->first, scope, &pm, &has_pats);
    if (!p || p->cameo == ACTA_NO_CODE) continue;
    int32_t target = pm.target;
    if (p->nlit == 0 && !p->has_target) continue;
    /* source: an actor inside the same phrase before the noun, or the
     * subject of the verb whose object the phrase is */
    int32_t src = NO;
    int32_t mi = w->tok_ment[i];
    uint32_t np_start = i;
    while (np_start > s->first && np_tag(w->toks.v[np_start - 1].tag)) np_start--;
    for (uint32_t q = np_start; q < i; q++)
      if (w->tok_ment[q] != NO && w->tok_ment[q] != mi) { src = w->ments[w->tok_ment[q]].group; }
    if (src == NO && mi != NO && w->ments[mi].first < i) src = w->ments[mi].group;
    uint32_t before = np_start;
    if (before > s->first + 1 && w->toks.v[before - 1].tag == P_ADV &&
        w->tok_vg[before - 2] != NO)
      before--; /* "carried out several attacks" */
    if (src == NO && before > s->first && w->tok_vg[before - 1] != NO) {
      /* light verbs: "launched an attack on", "staged a protest against" */
      const vgroup *g = &w->vgs[w->tok_vg[before - 1]];
      if (!g->passive && light_verb(d, w->toks.v[g->head].vlemma))
        src = g->subject;
    }
    /* "accused Tehran of a brutal crackdown": the accused did it, as an
     * allegation */
    int nstatus = -1;
    int32_t accuse_rep = NO;
    if (src == NO && before > s->first + 1 &&
        (is_word(w, before - 1, "of") || is_word(w, before - 1, "for")) &&
        w->tok_ment[before - 2] != NO &&
        w->ments[w->ments[w->tok_ment[before - 2]].group].after_verb) {
      src = w->ments[w->tok_ment[before - 2]].group;
      nstatus = ACTA_ALLEGED;
      uint32_t of = w->ments[w->ments[w->tok_ment[before - 2]].group].first;
      if (of > s->first && w->tok_vg[of - 1] != NO &&
          w->vgs[w->tok_vg[of - 1]].subject != NO && scope == NO)
        accuse_rep = accuser_frame(w, w->vgs[w->tok_vg[of - 1]].subject);
    }
    if (src == NO) continue;
    if (target == NO && !p->has_target) continue;
    int32_t rep = accuse_rep != NO ? accuse_rep : scope;
    int status = scope != NO ? w->frames[scope].status : ACTA_ASSERTED;
    if (nstatus >= 0 && status_rank(nstatus) > status_rank(status)) status = nstatus;
    trace(w, " event noun \"%s\"\n", norm(w, i));
    if (emit(c, sc, src, target, rep, p, &d->cameo[p->cameo], i, status,
             ACTA_EV_NOMINAL, acta_intern_str(&d->words, p->head)) &&
        scope != NO)
      mark_produced(w, scope);
  }
  /* figures; "floods killed ...": the figure is kept but makes no event */
  sentence_figures(c, sc, ev_before, !nonactor_agent, passive_pat, passive_head);
  /* bare reporting verbs ("X announced new rules"): a statement, unless
   * an event noun of their clause was coded */
  for (size_t k = 0; k < npending; k++) {
    const vgroup *g = &w->vgs[pending[k].vg];
    int covered = 0;
    for (size_t e = ev_before; e < c->nevents; e++)
      if ((c->events[e].flags & ACTA_EV_NOMINAL) &&
          c->events[e].verb_start > w->toks.v[g->head].start &&
          c->events[e].verb_start < w->toks.v[pending[k].end - 1].end)
        covered = 1;
    if (covered) continue;
    int32_t t2 = default_target(w, g, g->head, pending[k].end, g->scope);
    emit(c, sc, g->subject, t2, pending[k].rep, NULL, &d->cameo[pending[k].cameo],
         g->head, pending[k].status, 0,
         acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
  }
  /* reporting verbs whose clause yielded no event: a statement */
  for (size_t f = 0; f < w->nframes; f++) {
    frame *fr = &w->frames[f];
    /* KEDS codes every verb the dictionary has, a report's too, even when
     * what it reports was coded */
    if (fr->vg == NO || fr->reporter == NO) continue;
    if (fr->produced && !d->keds_only) continue;
    if (fr->status == ACTA_DENIED) continue;
    const vgroup *g = &w->vgs[fr->vg];
    int32_t tgt = first_mention(w, fr->first, fr->last, (int32_t)f, 0);
    int32_t rep = fr->parent;
    const acta_cameo *cm = &d->cameo[fr->cameo];
    const acta_pattern *kp = NULL;
    if (d->keds_only) {
      /* the statement is the dictionary's verb, or nothing */
      pmatch pm;
      int hp;
      kp = best_pattern(d, w, &d->verb_pats, g->head, g->last, fr->last,
                        s->first, (int32_t)f, &pm, &hp);
      if (!kp || kp->cameo == ACTA_NO_CODE) continue;
      if (keds_no_object(d, w, g, s->last)) continue;
      cm = &d->cameo[kp->cameo];
      /* its object follows it; the reported clause before it is not one */
      tgt = fr->last <= g->first ? keds_target(w, g->last, s->last, NO, fr->reporter)
                                 : keds_target(w, fr->first, fr->last, (int32_t)f, fr->reporter);
    }
    emit(c, sc, fr->reporter, tgt, rep, kp, cm, g->head,
         vg_status(w, g, ACTA_ASSERTED), 0,
         acta_intern_str(&d->words, w->toks.v[g->head].vlemma));
  }
  for (uint32_t i = s->first; i < s->last; i++) w->toks.v[i].flags &= (uint8_t)~128u;
  locate_events(c, (size_t)sc->index, ev_before);
  /* the date of the sentence's events: a date expression of the sentence
   * ("on Wednesday", "since mid-September"), else the article's date */
  if (c->nevents > ev_before && w->date) {
    acta_date_info di;
    int found = acta_find_date_tokens(c->cur_text, &w->toks, s->first,
                                      s->last, w->date_str, &di);
    for (size_t e = ev_before; e < c->nevents; e++) {
      acta_event *ev = &c->events[e];
      if (found) {
        memcpy(ev->date, di.date, sizeof ev->date);
        memcpy(ev->date_precision, di.precision, sizeof ev->date_precision);
        memcpy(ev->date_range_start, di.range_start, sizeof ev->date_range_start);
        memcpy(ev->date_range_end, di.range_end, sizeof ev->date_range_end);
        ev->date_start = di.start;
        ev->date_end = di.end;
      } else {
        memcpy(ev->date_precision, "day", 4);
      }
    }
  }
  /* evidence phrases qualify the claims of their sentence */
  if (c->nevents > ev_before) {
    uint32_t ef, et;
    acta_evidence ek = find_evidence(d, w, s, &ef, &et);
    if (ek != ACTA_EVIDENCE_NONE)
      for (size_t e = ev_before; e < c->nevents; e++) {
        c->events[e].evidence = ek;
        c->events[e].evidence_start = w->toks.v[ef].start;
        c->events[e].evidence_end = w->toks.v[et - 1].end;
      }
  }
}

/* ---- article ----------------------------------------------------------------- */

/* ---- denials and what they dispute ------------------------------------------- */

static int same_actor(const acta_actor *a, const acta_actor *b) {
  if (!a->present || !b->present || !a->code[0] || !b->code[0]) return 0;
  if (!strcmp(a->code, b->code)) return 1;
  return a->country[0] && !strcmp(a->country, b->country);
}

/* Links each denial (CAMEO 016) to the claim it disputes: a denied event
 * of its own sentence, else the latest earlier event of the article (at
 * most 200 back) in which the denier is source or target. */
static void link_disputes(acta_coder *c) {
  /* events are sorted by sentence: walk each sentence's range once */
  size_t sent_first = 0;
  for (size_t i = 0; i < c->nevents; i++) {
    acta_event *e = &c->events[i];
    if (i > 0 && e->sentence != c->events[i - 1].sentence) sent_first = i;
    if (strcmp(e->cameo, "016") != 0) continue;
    int found = -1;
    for (size_t k = sent_first; k < c->nevents && c->events[k].sentence == e->sentence; k++)
      if (k != i && c->events[k].status == ACTA_DENIED) {
        found = (int)k;
        break;
      }
    size_t lim = i > 200 ? i - 200 : 0;
    for (size_t k = i; found < 0 && k-- > lim;) {
      const acta_event *x = &c->events[k];
      if (!strcmp(x->cameo, "016") || (x->root[0] == '0' && x->root[1] == '1'))
        continue;
      if (same_actor(&x->source, &e->source) || same_actor(&x->target, &e->source))
        found = (int)k;
    }
    e->disputes = found;
  }
}

/* ---- quotations over several sentences ----------------------------------------- */

/* '"Troops shelled the town," the mayor said. "They also hit the school."':
 * events inside a quotation that runs over several sentences take the
 * speaker named in any of those sentences. */
static void attribute_quotes(acta_coder *c, const char *text) {
  struct acta_work *w = c->work;
  size_t n = w->toks.n;
  int open = 0;
  uint32_t qstart = 0;
  size_t first_sent = 0, si = 0;
  size_t cur = 0;               /* first event not before the quote */
  acta_actor prev_who;          /* speaker of the previous quotation */
  size_t prev_sent = (size_t)-1;
  memset(&prev_who, 0, sizeof prev_who);
  for (size_t i = 0; i < n; i++) {
    while (si + 1 < w->nsents && w->sents[si + 1].first <= i) si++;
    const acta_token *tk = &w->toks.v[i];
    if (tk->kind != TK_PUNCT || tk->punct != '"') continue;
    const unsigned char *u = (const unsigned char *)text + tk->start;
    int is_open = (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9C) ? 1
                  : (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9D) ? 0
                  : !open;
    if (is_open && !open) {
      open = 1;
      qstart = tk->start;
      first_sent = si;
    } else if (!is_open && open) {
      open = 0;
      uint32_t qend = tk->end;
      /* the speaker: a reported event of these sentences; else, for a
       * quotation that is a whole sentence right after an attributed
       * one, that one's speaker */
      const acta_event *src = NULL;
      /* events are in text order: move the cursor to the quote's first
       * sentence; every event is passed over a bounded number of times */
      while (cur < c->nevents && c->events[cur].sentence < (int)first_sent) cur++;
      size_t k;
      for (k = cur; k < c->nevents && c->events[k].sentence <= (int)si && !src; k++)
        if (c->events[k].reported_by.present) src = &c->events[k];
      acta_actor who;
      if (src) {
        who = src->reported_by;
      } else if (prev_who.present && prev_sent + 1 == first_sent &&
                 qstart == w->sents[first_sent].start) {
        who = prev_who;
      } else {
        continue;
      }
      prev_who = who;
      prev_sent = si;
      if (si == first_sent && src) continue; /* the frame already did it */
      for (k = cur; k < c->nevents && c->events[k].sentence <= (int)si; k++) {
        acta_event *x = &c->events[k];
        if (x->reported_by.present || x->verb_start < qstart || x->verb_end > qend)
          continue;
        x->reported_by = who;
        x->flags |= ACTA_EV_REPORTED;
      }
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
static void sort_events(acta_coder *c) {
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

static void count_country(char (*codes)[4], int *counts, int *n, const char *cc) {
  for (int i = 0; i < *n; i++)
    if (!strcmp(codes[i], cc)) { counts[i]++; return; }
  if (*n >= 64) return;
  memcpy(codes[*n], cc, 4);
  counts[*n] = 1;
  (*n)++;
}

int acta_code_article(acta_coder *c, const acta_article *a) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  c->nevents = 0;
  c->nsentences = 0;
  c->error[0] = '\0';
  if (!a || !a->text) {
    snprintf(c->error, sizeof c->error, "article has no text");
    return -1;
  }
  long bad = acta_utf8_invalid_at(a->text, a->text_len);
  if (bad >= 0) {
    if (a->text[bad] == '\0')
      snprintf(c->error, sizeof c->error, "text contains a NUL byte (byte %ld)", bad);
    else
      snprintf(c->error, sizeof c->error, "text is not valid UTF-8 (byte %ld)", bad);
    return -1;
  }
  if (a->text_len > UINT32_MAX / 2) {
    snprintf(c->error, sizeof c->error, "text is too long (%zu bytes)", a->text_len);
    return -1;
  }
  c->cur_text = a->text;
  w->cur_text = a->text;
  w->date = parse_date8(a->date);
  snprintf(w->date_str, sizeof w->date_str, "%s", w->date ? a->date : "");
  acta_tokenize(d, a->text, a->text_len, &w->toks);
  w->nsents = acta_split_sentences(d, &w->toks, &w->sents, &w->cap_sents);
  c->nsentences = w->nsents;
  size_t nt = w->toks.n;
  if (nt + 1 > w->cap_tok) {
    size_t cap = w->cap_tok ? w->cap_tok : 1024;
    while (cap < nt + 1) cap *= 2;
    w->tok_ment = realloc(w->tok_ment, cap * sizeof *w->tok_ment);
    w->tok_vg = realloc(w->tok_vg, cap * sizeof *w->tok_vg);
    w->tok_scope = realloc(w->tok_scope, cap * sizeof *w->tok_scope);
    if (!w->tok_ment || !w->tok_vg || !w->tok_scope) abort();
    w->cap_tok = cap;
  }
  for (size_t i = 0; i < nt; i++) w->tok_ment[i] = w->tok_vg[i] = w->tok_scope[i] = NO;
  GROW(w->sent_ment, w->nsents + 1, w->cap_sent_ment);
  w->nments = 0;
  w->nvgs = 0;
  w->last_src = NO;
  w->last_src_sent = -2;
  w->nfigs = 0;
  /* a parse's tags, laid over the tokens */
  int have_parse = 0;
  if (a->parse && a->parse_len && nt) {
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
    have_parse = 1;
  }
  w->have_parse = have_parse;
  w->keds = d->keds_only;
  /* pass 1: tags, mentions, verb groups for every sentence */
  char codes[64][4];
  int counts[64], ncodes = 0;
  char dateline_country[4] = "";
  size_t *sent_vg = malloc((w->nsents + 1) * sizeof *sent_vg);
  unsigned char *discarded = calloc(w->nsents + 1, 1);
  const acta_entry **dentry = calloc(w->nsents + 1, sizeof *dentry);
  if (!sent_vg || !discarded || !dentry) abort();
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    dentry[si] = match_phrases(d, w, s);
    discarded[si] = dentry[si] != NULL;
    acta_tag(d, &w->toks, s->first, s->last);
    if (have_parse) parse_tags(w, s);
    w->sent_ment[si] = w->nments;
    find_mentions(w, s);
    if (d->keds_only) new_actors(w, s, w->sent_ment[si]);
    sent_vg[si] = w->nvgs;
    find_vgroups(d, w, s);
    link_mentions(d, w, w->sent_ment[si], w->nments, s);
    split_multi_codes(w, w->sent_ment[si]);
    near_countries(w, w->sent_ment[si], w->nments);
    for (size_t m = w->sent_ment[si]; m < w->nments; m++)
      if (w->ments[m].country[0] && strcmp(w->ments[m].role, "MED"))
        count_country(codes, counts, &ncodes, w->ments[m].country);
    if (si == 0 && s->first < nt && (w->toks.v[s->first].flags & TF_DATELINE)) {
      /* the dateline's country: a country word in it */
      for (uint32_t q = s->first; q < s->last && (w->toks.v[q].flags & TF_DATELINE); q++) {
        const acta_entry *e;
        uint32_t len = longest_phrase(d, w, q, s->last, &e);
        if (len && e->country[0]) { memcpy(dateline_country, e->country, 4); break; }
      }
    }
  }
  w->sent_ment[w->nsents] = w->nments;
  sent_vg[w->nsents] = w->nvgs;
  find_places(c, a, codes, counts, ncodes);
  if (!ncodes && !dateline_country[0])
    for (size_t k = 0; k < w->nplaces && !dateline_country[0]; k++)
      if (w->place_use[k]) memcpy(dateline_country, w->places[k].country, 4);
  if (!dateline_country[0] && w->has_dateline)
    memcpy(dateline_country, w->dateline.country, 4);
  if (dateline_country[0]) {
    memcpy(w->art_country, dateline_country, 4);
  } else {
    int best = -1;
    for (int i = 0; i < ncodes; i++)
      if (best < 0 || counts[i] > counts[best]) best = i;
    if (best >= 0) memcpy(w->art_country, codes[best], 4);
    else w->art_country[0] = '\0';
  }
  /* pass 2: code */
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    sent_ctx sc;
    sc.s = s;
    sc.index = (int)si;
    sc.m0 = w->sent_ment[si];
    sc.m1 = w->sent_ment[si + 1];
    sc.country[0] = '\0';
    /* a news agency's country ("AFP") is not where the news is */
    for (size_t m = sc.m0; m < sc.m1 && !sc.country[0]; m++)
      if (w->ments[m].country[0] && strcmp(w->ments[m].role, "MED"))
        memcpy(sc.country, w->ments[m].country, 4);
    /* a named place ("in Saqqez") says where too */
    for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1] && !sc.country[0]; k++)
      if (w->place_use[k]) memcpy(sc.country, w->places[k].country, 4);
    if (!sc.country[0]) memcpy(sc.country, w->art_country, 4);
    for (size_t m = sc.m0; m < sc.m1 && !sc.country[0]; m++)
      if (w->ments[m].country[0]) memcpy(sc.country, w->ments[m].country, 4);
    if (w->tracing) {
      trace(w, "sentence %zu: %.*s\n", si, (int)(s->end - s->start), a->text + s->start);
      for (uint32_t q = s->first; q < s->last; q++) {
        const acta_token *tk = &w->toks.v[q];
        trace(w, "  %s/%s", norm(w, q), acta_pos_name(tk->tag));
        if (tk->vlemma != ACTA_NO_WORD && tk->tag == P_VERB)
          trace(w, "[%s]", acta_intern_str(&d->words, tk->vlemma));
        trace(w, "\n");
      }
      for (size_t m = sc.m0; m < sc.m1; m++) {
        const mention *mm = &w->ments[m];
        if (mm->absorbed) continue;
        trace(w, " actor \"%.*s\" = %s%s%s", (int)(w->toks.v[mm->last - 1].end - w->toks.v[mm->first].start),
              a->text + w->toks.v[mm->first].start, mm->code,
              mm->role_only ? " (role only)" : "",
              mm->next_in_group != NO ? " (compound)" : "");
        if (mm->entry) trace(w, " [%s:%u]", d->files[mm->entry->file], mm->entry->line);
        trace(w, "\n");
      }
    }
    if (discarded[si]) {
      trace(w, " discarded by %s:%u\n", d->files[dentry[si]->file], dentry[si]->line);
      continue;
    }
    code_sentence(c, &sc, sent_vg[si], sent_vg[si + 1]);
    /* verb groups of later sentences must not be seen: code_sentence walks
     * groups from vg0 to the end, so limit it */
  }
  free(sent_vg);
  free(discarded);
  free(dentry);
  sort_events(c);
  attribute_quotes(c, a->text);
  link_disputes(c);
  attach_figures(c);
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
