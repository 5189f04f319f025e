/* SPDX-License-Identifier: MIT */
/* coder_internal.h: what the coding stages share, private to the library:
 * the per-article scratch (struct acta_work: tokens, actor mentions, verb
 * groups, reporting frames, places, figures), the sentence being coded,
 * and the functions each stage offers the others.  code.c, the driver,
 * runs them; each of the stages below calls only those above it:
 *
 *   coder.c          the coder object, the explanations' trace
 *   mentions.c       actor mentions: dictionary phrases, noun phrases,
 *                    "X of Y", appositives, compounds, new actors
 *   name_refs.c      a bare surname's role named before in the article
 *   clauses.c        verb groups (voice, negation, modality), subjects and
 *                    objects
 *   match.c          event patterns matched around a verb or a noun
 *   victim_codes.c   the code of an act of force by whom it harms
 *   act_codes.c      the code of a supply, a backing or a "targeting" by what it is
 *   events.c         event assembly: one event per actor pair, duplicates
 *                    merged, dates, text order
 *   claims.c         reporting frames, statements, evidence, disputes,
 *                    quotations over several sentences
 *   object_refs.c    targets no dictionary codes: object pronouns, private
 *                    persons by name
 *   triggers.c       verb groups and event nouns coded into events
 *   event_places.c   places of the article and of each event (gazetteer.c)
 *   event_figures.c  figures of each sentence and of each event (figures.c)
 */
#ifndef ACTA_CODER_INTERNAL_H
#define ACTA_CODER_INTERNAL_H
#include "coder.h"
#include "coder_words.h"
#include "dict.h"
#include "gazetteer.h"
#include "poison.h"
#include "treebank.h"

#include <string.h>

#define GAP 7           /* max tokens between pattern elements */
#define NO (-1)
#define GROW ACTA_GROW

/* review18: GROW for an array whose unused tail is poisoned under
 * AddressSanitizer (the mentions, the verb groups; code.c poisons it all
 * at an article's start): element n, the one about to be filled, made
 * readable, [n + 1, cap) left unreadable (poison.h), so that a read past
 * the last mention or verb group is caught as one past the last token is.
 * Nothing more than GROW in other builds. */
#define GROW_POISONED(arr, n, cap)                                      \
  do {                                                                  \
    if ((n) >= (cap)) {                                                 \
      acta_unpoison((arr), (cap), sizeof *(arr));                       \
      GROW(arr, n, cap);                                                \
      acta_poison_tail((arr), (n), (cap), sizeof *(arr));               \
    }                                                                   \
    acta_unpoison((arr) + (n), 1, sizeof *(arr));                       \
  } while (0)

typedef struct match { uint32_t first, last, node; const acta_entry *e; } match;

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
  uint8_t near_group;       /* ... and it is a gang's or armed group's */
  uint32_t prep_word;
  char base[64];            /* KEDS: the code before its last agent
                               ("Danish media": DNK) */
  const acta_entry *multi;  /* an entry with several codes ("FRO/BIL/SAM") */
  uint8_t pronoun;          /* TABARI: a pronoun standing for an actor
                               (tabari_pronouns.c) */
  uint32_t phrase_first;    /* first token of its last dictionary phrase
                               ("an anti Gondor": "Gondor"); 0: none */
  uint8_t group_ref;        /* groups16: "the group" naming a group named
                               before (group_refs.c): counts no country */
  uint8_t state_envoys;     /* actors27: "representatives of" a bare
                               country: the list it opens stands for its
                               states (mentions.c envoys_of_state) */
  uint8_t chained;          /* prec41b: near_country is the same role's of
                               a sentence before (role_chain.c) */
  uint8_t owned;            /* prec48c: people an owner's "'s" names ("the
                               mayor's driver"), coded by role, not as the
                               owner (mentions.c people_of_owner); 2: who
                               serve an armed group's person, held as its
                               people when held */
  uint8_t places_split;     /* prec48d: its own phrase's place is one of a
                               list of several countries' ("people in Miami,
                               Panama and Mexico"): it takes no country */
} mention;

/* Mention m takes mention r's reading: its code, country, role and entry,
 * and for a bare role ("Governor Anselmo Recinos") the country of r's own
 * phrase (near_country), so that it else takes m's sentence's, as the
 * title written there would.  Used for a member of the actor a phrase
 * stands for (mentions.c) and a name the article gave before with a role
 * (object_refs.c, name_refs.c); a source (acta_named_source) also takes r's
 * base and near_group, a private person named after a verb does not. */
static inline void acta_take_code(mention *m, const mention *r) {
  memcpy(m->code, r->code, sizeof m->code);
  memcpy(m->country, r->country, sizeof m->country);
  memcpy(m->role, r->role, sizeof m->role);
  memcpy(m->near_country, r->near_country, sizeof m->near_country);
  m->role_only = r->role_only;
  m->entry = r->entry;
}

/* A token's TABARI clause (tabari_sources.c). */
typedef struct tabari_tok {
  uint32_t cstart, cend;    /* its clause: first token, the conjunction
                               that ends it (or the sentence's end) */
  int32_t first, second;    /* at cstart: the clause's first two actor
                               groups (NO: none) */
  int32_t held;             /* the source the sentence holds there, before
                               a verb at this token (NO: none) */
} tabari_tok;

typedef struct vgroup {
  uint32_t first, last;     /* token range [first, last) */
  uint32_t head;            /* main verb token */
  uint8_t passive, negated, modal_status, has_main, to_inf, alleged;
  uint8_t raised;           /* status + 1 given by a raising verb */
  uint8_t skipped;          /* the content of an appeal: not coded */
  int32_t accuser;          /* frame of "X accused Y of V-ing", or NO */
  uint8_t self_report;      /* its subject is the speaker of its frame */
  uint8_t reporting;        /* a reporting verb ("say", "add") */
  uint8_t coded_status;     /* status + 1 its coding gave it (0: none) */
  uint8_t announced;        /* its act announced ("vowed to attack") */
  uint8_t shared_aux;       /* a bare participle passive by the auxiliary
                               it shares ("been investigated, convicted") */
  uint8_t appositive;       /* a bare participle set off by commas after a
                               noun phrase, passive ("The ex-mayor, jailed
                               in May, ..."): a list may go on from it */
  uint8_t document_act;     /* "issued a statement calling on": the act of
                               the one who issued it (its subject) */
  int32_t subject;          /* mention index or NO */
  int32_t speaker;          /* reporting verb: its frame's reporter, or NO */
  int32_t scope;            /* reporting scope id */
} vgroup;

typedef struct frame {
  int32_t reporter;         /* mention index or NO */
  uint32_t rep_first, rep_last; /* span of a speaker with no code ("sources") */
  int32_t via;              /* relaying actor ("AFP quoted ISNA"): mention */
  uint32_t via_first, via_last; /* prec47d: span of a relay with no code
                               ("..., reported El Comercio"), when via is NO */
  uint32_t first, last;     /* token range of the reported clause */
  int32_t vg;               /* reporting verb group or NO */
  uint32_t cameo;           /* code for the report itself */
  uint8_t status;           /* status given to reported events */
  int32_t parent;
  uint8_t produced;         /* an event was coded inside */
  uint8_t by_pronoun;       /* its reporter was "it", "he" or "she" */
  uint8_t quoted;           /* what it reports is a quotation ("'We ...,'
                               X said", "X said: 'We ...'") */
  uint8_t continued;        /* "X said ..., adding that ...": the outer
                               frame's speaker goes on; no statement */
  uint8_t inference;        /* "the discovery suggests ...": a thing that
                               cannot speak suggests or indicates it, the
                               writer's inference (no event) */
  uint8_t denies_outer;     /* mend47d: a trailing denial nested in its
                               parent over the parent's clause ("X said
                               it ..., Y denied"): the clause's words are
                               the parent's speaker's (claims.c) */
  uint8_t nest_mark;        /* speed47a: claims.c's nest_turned_round's
                               answer of whether it lies inside the frame
                               turned round over (scratch of that call,
                               valid when nest_gen is w->nest_gen) */
  uint32_t nest_gen;        /* the call of nest_turned_round or
                               deny_turned_round that set nest_mark */
  uint32_t clause_at;       /* tidy48: 1 + the first token at or after
                               first that is a clause verb's, up to its
                               sentence's end (claims.c first_clause_at),
                               0 until asked */
  int32_t around1;          /* claims35: 1 + the subject of the clause
                               around a relative clause whose pronoun
                               speaks ("the police didn't help a woman he
                               claims they shot": the police, whom "they"
                               stands for), 0 if none */
  int32_t teller;           /* prec46e: the frame nested in its span that
                               turns round over its verb and tells it
                               (claims.c's trailing_tellers), or NO */
  uint32_t aside_first, aside_last; /* prec46e: ", police said," inside
                               [first, last), outside its scope (none when
                               equal): the subject walk passes over it */
} frame;

/* 64-bit words of match.c's per-sentence word filter (1024 bits) */
#define ACTA_PF_WORDS 16

/* How many sentences back acta_antecedent looks for what a pronoun stands
 * for (mentions.c). */
#define ACTA_ANTECEDENT_REACH 4

/* prec41b: the state roles whose latest country role_chain.c keeps (GOV,
 * COP, MIL, JUD, LEG, SPY: acta_state_role_index's). */
#define ACTA_CHAIN_ROLES 6

struct acta_work {
  acta_tokens toks;
  acta_sentence *sents;
  size_t nsents, cap_sents;
  mention *ments;
  size_t nments, cap_ments;
  size_t *sent_ment;        /* first mention of each sentence (+ end) */
  /* review12: the line breaks of the text before each sentence's start
   * ([2i]) and before its end ([2i + 1]), counted once per article, so
   * that acta_paragraph_break reads no bytes */
  uint32_t *sent_nl;
  size_t cap_sent_nl;
  size_t cap_sent_ment;
  /* speed29c: code.c's article pass, per sentence: its first verb group
   * (+ end), its discard phrase or NULL, whether it is a headline in title
   * case; kept from article to article (GROW) */
  size_t *ap_sent_vg;
  const struct acta_entry **ap_discard;
  unsigned char *ap_headline;
  size_t cap_ap_sent_vg, cap_ap_discard, cap_ap_headline;
  int32_t *tok_ment;        /* token -> mention or NO */
  int32_t *tok_vg;          /* token -> verb group or NO */
  struct tabari_tok *tab;   /* TABARI dictionaries: token -> its clause
                               (tabari_sources.c) */
  size_t cap_tab;
  int32_t *tok_scope;       /* token -> frame or NO */
  uint32_t *tok_cend;       /* token -> its clause end (acta_clause_ends) */
  unsigned char *sent_semis; /* speed34d: sentence -> it has a ';' or ':'
                                token (acta_find_vgroups, for acta_clause_ends) */
  size_t cap_sent_semis;
  uint32_t *tok_cw;         /* token -> coder word id (coder_words.h):
                               toks.cw (speed35f), not owned */
  size_t cap_tok;
  vgroup *vgs;
  size_t nvgs, cap_vgs;
  frame *frames;
  size_t nframes, cap_frames;
  uint32_t nest_gen;        /* claims.c: the current call of nested_in's callers (a
                               frame's nest_mark from another call is unasked) */
  uint32_t clause_at;       /* tidy48: claims.c's first_clause_at of the
                               first word of the sentence whose frames are
                               found (1 + its token), 0 until asked */
  struct match *matches;
  size_t nmatches, cap_matches;
  int32_t date;
  int32_t art_year;         /* actors12: an undated article's latest year
                               named (article_year.c), 0 if none */
  int32_t sent_year;        /* actors12: the same of the sentence being
                               matched, else art_year */
  uint8_t nocase;           /* the sentence being matched has no capital
                               letter at all: names match in lower case */
  char date_str[11];
  char art_country[4];
  char art_people_country[4]; /* country27: the country named most, when
                               art_country is another's whose state is
                               named more (its people keep it), else "" */
  uint8_t people_over_state; /* prec45b: art_people_country is that of a
                               story the art_country's state only indicts,
                               sanctions or deports in: its people keep it
                               in the sentences of art_country too */
  char people_country[4];   /* country27: the same for the sentence being
                               coded, when it names no country of its own */
  char chain_cc[ACTA_CHAIN_ROLES][4]; /* prec41b: each state role's latest
                               country (role_chain.c) ... */
  int32_t chain_si[ACTA_CHAIN_ROLES]; /* ... and its sentence (-1: none) */
  uint32_t chain_head[ACTA_CHAIN_ROLES]; /* mend41b: the head noun the
                               chain lends to only (UINT32_MAX: any) */
  int32_t home_state_si;    /* mend41b: the latest sentence naming a state
                               role of art_country (role_chain.c; -1: none) */
  char held_cc[4];          /* prec41b: the country of the one person the
                               latest arrest (root 17) held ... */
  int32_t held_si;          /* ... and its sentence (-1: none;
                               person_country.c) */
  char section_country[4];  /* prec41b: the country of the roundup section
                               the sentence being coded is in, "" if none
                               (section_heads.c) */
  int tracing;
  int every_stage;          /* review-speed43a: no stage skipped by the
                               yield gates (acta_coder_every_stage) */
  int new_actor_len;        /* acta_coder_set_new_actor_length() */
  int keep_sourceless;      /* acta_coder_set_keep_sourceless() */
  int code_all;             /* acta_coder_set_code_all() */
  int tabari_targets;       /* acta_coder_set_tabari_targets() */
  int fwd_on;               /* acta_coder_set_tabari_forward() */
  char fwd_code[64];        /* TABARI: the first actor of the article
                               coded before (tabari_pronouns.c) */
  uint32_t *na_words;       /* acta_new_actors(): words under each node */
  uint8_t *na_flags;        /* and what they hold (NA_*) */
  size_t cap_na;
  const char *cur_text;     /* the article's text */
  acta_buf *trace;
  acta_place *places;       /* places of the article, by sentence */
  size_t nplaces, cap_places;
  uint8_t *place_use;       /* 0: an actor's name, not where ("Moscow
                               denied"); 1: a place; PLACE_ORIGIN: a
                               place, but where someone or something
                               comes from, not where events happen;
                               PLACE_WHERE: a place after "in", "at" */
  size_t cap_place_use;
#define PLACE_ORIGIN 2
#define PLACE_WHERE 3 /* a place after "in", "at", "near": where, even inside an actor's phrase */
  size_t *sent_place;       /* first place of each sentence (+ end) */
  size_t cap_sent_place;
  acta_gaz_memo *gaz_memo;  /* the gazetteer's memo (NULL until needed) */
  acta_place dateline;      /* the dateline's place, if any */
  int has_dateline;
  acta_place scene;         /* place of the latest located material event */
  int has_scene;
  size_t scene_sent;        /* the sentence that named it */
  /* acta_running_total's reasons for the sentence being coded, read once
   * per sentence (event_filters.c); rt_ready is cleared as each sentence
   * is coded (code.c) */
  int rt_ready;
  uint32_t rt_first, rt_last; /* the sentence's tokens */
  uint32_t rt_fixed_q;        /* the first token a reason that holds for any
                                 count starts at (UINT32_MAX: none) */
  const char *rt_fixed;       /* that reason */
  uint32_t rt_record_q;       /* the first "when" after a superlative span,
                                 if before rt_fixed_q (UINT32_MAX: none) */
  uint32_t rt_study;         /* prec45d: 1 + a report's or study's verb that
                                 finds a count with no day or month after
                                 it (mend45d: the counts after it), or 0 */
  /* review12: the first token of each kind the count filters test before a
   * verb (event_filters.c count_marks), read once per sentence, so each
   * test is constant time; cm_ready is cleared with rt_ready (code.c)
   * (speed37b: 1: only the lists below are read, count_lists; 2: all) */
  int cm_ready;
  uint32_t cm_first, cm_last; /* the tokens read */
  uint32_t cm_wh;             /* the first wh-word (UINT32_MAX: none) */
  uint32_t cm_num;            /* the first number not a year */
  uint32_t cm_big;            /* the first big count (big_count) */
  uint32_t cm_years;          /* the first "years" after "for"/"over" (over_years) */
  int cm_bg_may;              /* speed34b: the sentence holds a word a span of
                                 background needs (past_background may fire) */
  int cm_rate_may;            /* speed34b: ... and the words of a rate
                                 (rate_after may fire) */
  uint64_t cm_in1, cm_in2, cm_in4, cm_in5; /* speed37b: the lists (WL_*,
                                 WL2_*, WL4_*, WL5_* bits) of its coder
                                 words, or'ed: a test that needs a word of
                                 a list the sentence lacks is not asked */
  uint8_t cm_words;           /* speed37b: ... and words in no list it holds
                                 (event_filters.c CM_*) */
  /* review12: victim_codes.c's reading of the sentence (a fight, a
   * massacre, a war named), once per sentence; cleared with rt_ready */
  int vc_ready;
  uint32_t vc_first, vc_last;
  int vc_fight, vc_massacre, vc_war;
  int vc_bomb; /* force18: a bomb named (not a stun grenade) */
  int vc_ambush; /* codes13: an ambush named (victim_codes.c ambush_named) */
  /* tidy48: event_filters.c's day_anchor of the sentence (a day, a week
   * or a month named), once per sentence; cleared with rt_ready */
  int da_ready;
  uint32_t da_first, da_last;
  int da_day;
  /* tidy48: act_codes.c's reading of the sentence (sentence_reads: a
   * protest cue, a riot, an exchange named), once per sentence; cleared
   * with rt_ready */
  int ac_ready;
  uint32_t ac_first, ac_last;
  unsigned ac_bits;
  /* targets15: whether the sentence being coded tells of a crime (a
   * crime word, drugs, a suspect, a criminal actor: object_refs.c
   * crime_sentence), read once per sentence; cleared with rt_ready */
  int cs_ready;
  int cs_crime;
  /* prec41c: the end token of the latest sentence whose arrest (173) held
   * a criminal (a CRM target, read by object_refs.c acta_suspect_target;
   * mend41c: set by code.c from the sentence's events kept, asserted or
   * reported); UINT32_MAX: none yet in this article */
  uint32_t held_crm_end;
  /* mend41c: the end token of the latest sentence with a plain passive
   * arrest of criminals (object_refs.c acta_suspect_target), kept or not */
  uint32_t held_crm_passive;
  /* review15: acta_aggregate_reason's answer for the tokens [ag_first,
   * ag_last) (event_filters.c), asked again for each count and passive of
   * a sentence; cleared with rt_ready */
  int ag_ready;
  uint32_t ag_first, ag_last;
  const char *ag_why;
  /* groups16: the end of the latest group phrase the article named that
   * no dictionary codes and no earlier group explains ("a drug ring", "the
   * Gil Drug Trafficking Organization"; group_refs.c): a group named
   * before it is no antecedent of a later "the group"; grp_block_set: one was */
  int grp_block_set;
  uint32_t grp_block;
  /* groups16: per kind of group (any, criminal, armed), the latest named
   * group of the sentences read so far (NO: none) and whether the article
   * named another of that kind before it (group_refs.c,
   * acta_group_note); the end of the latest other named body ("Human
   * Rights Watch"), grp_other_set: one was */
  int32_t grp_last[3];
  uint8_t grp_several[3];
  int grp_other_set;
  uint32_t grp_other;
  /* review18: acta_antecedent's reading of the 1-4 sentences before
   * sentence ante_si for a pronoun of each kind (person, organisation,
   * plural): bit (back - 1) * 3 + kind's index of ante_read set when
   * ante_n and ante_found hold it, so that a sentence with many pronouns
   * reads those before it once per kind, not once per pronoun (code.c
   * clears it before each sentence's pass 2) */
  size_t ante_si;
  uint32_t ante_read;
  int ante_n[ACTA_ANTECEDENT_REACH][3];
  int32_t ante_found[ACTA_ANTECEDENT_REACH][3];
  acta_figure *figs;        /* figures of the article, in text order */
  int *fig_sent;            /* their sentences */
  int *fig_group;           /* their reconciliation group */
  size_t cap_fig_group;
  size_t nfigs, cap_figs, cap_fig_sent;
  int32_t last_src;         /* mention of the latest event's source */
  int last_src_sent;        /* its sentence */
  uint32_t mp_named;        /* token after the article's first spelled-out
                               "Ministerio Publico" / "Public Ministry"
                               (UINT32_MAX: none; 0: not looked for yet,
                               speed29c): an "MP" after it is that
                               prosecution service (mentions.c) */
  uint32_t ministry_jud;    /* prec43b: the ministry named last in the
                               article is the Public Ministry, so a bare
                               "the ministry" is it (mentions.c); mend43b:
                               the index + 1 of the sentence naming it
                               (0: none, or a minister named since) */
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
  struct ev_slot { uint32_t stamp, event; } *ev_slots; /* the sentence's
                               events by identity (acta_emit, events.c); a
                               slot is the sentence's when its stamp is
                               ev_stamp */
  size_t ev_nslots;         /* a power of two, or 0 */
  uint32_t ev_stamp;        /* stamp of the sentence being coded */
  size_t ev_first;          /* its first event */
  int ev_sentence;          /* its index, -1 at the start of an article */
  const acta_coder_words *cw; /* the dictionaries' coder words */
  /* match.c's word filter: a Bloom filter of the word ids and lemmas of
   * tokens [pf_lo, pf_hi); pf_valid = 0 (a new article) empties it */
  uint64_t pf_bloom[ACTA_PF_WORDS];
  /* speed43a: pf_bloom covers the whole article (one sentence only),
   * made by the yield gate (yield_gate.c), which reads it again after
   * pass 1: pf_cover never remakes a filter that covers its sentence */
  int yg_bloom_made;
  /* speed46b: what the first gate read, for the second (yield_gate.c):
   * no key of a token before yg_known may head a pattern or statement
   * under the filter the second reads, and token yg_known's may by its
   * verb test (yg_how YG_VERB) or its noun test (YG_NOUN); YG_NONE:
   * neither is known of it */
  uint32_t yg_known;
  uint8_t yg_how;
  uint32_t pf_lo, pf_hi;
  int pf_valid;
  /* speed35f: a token of the sentence being coded took TF_USED
   * (acta_mark_used sets both), so code.c clears the sentence's marks at
   * its end (most sentences set none) */
  int used_marks;
  struct acta_name_ref *name_refs; /* the article's name words in coded
                               mentions, by hash (name_refs.c) */
  size_t nname_refs, cap_name_refs;
  /* persons16: the word ids of the one-word countries and capitals the
   * article wrote as a person's surname ("Byron Lima"), so that the bare
   * name later ("Lima was killed") is that person too (mentions.c);
   * emptied by start_article */
  uint32_t surname_places[8];
  unsigned nsurname_places;
  /* ... and those it wrote alone as the country before (a word the
   * article used as a country first is no surname to carry) */
  uint32_t bare_places[16];
  unsigned nbare_places;
  /* places24: the last word ids of countries' and capitals' names the
   * article wrote as a part of a town or a district of another country
   * ("the northern Ecuadorian district of Buenos Aires"; local_places.c);
   * emptied by start_article */
  uint32_t local_places[8];
  unsigned nlocal_places;
  /* actors32: one-word person names (indices of their entries in
   * dict->entries) the article last wrote for another person of that
   * surname ("Mario Zelaya" of "Manuel Zelaya | Zelaya"; mentions.c);
   * emptied by start_article */
  uint32_t other_surnames[8];
  unsigned nother_surnames;
};

/* A reporting verb with no clause of its own ("X announced new rules"),
 * coded as a statement after the sentence's event nouns. */
typedef struct pending_statement {
  size_t vg;                /* its verb group */
  uint32_t cameo, end;      /* its code, the end of its clause */
  int status;
  int32_t rep;              /* the frame reporting it, or NO */
} pending_statement;

/* The sentence being coded. */
typedef struct sent_ctx {
  const acta_sentence *s;
  int index;
  size_t m0, m1;
  char country[4];          /* default country for bare roles */
  uint32_t country_at;      /* actors12: the token of the place or actor
                               that gave `country`, UINT32_MAX if none of
                               the sentence's did */
  int32_t country_ment;     /* the first of the sentence's mentions opening
                               at country_at, NO if none (speaker_country.c
                               reads it once per event) */
  int country_by_place;     /* actors12: `country` is a place's (1; 2: a
                               place after "from"), not an actor's (0) */
  char home[4];             /* actors12: the country without the sentence's
                               own (the scene the sentence before opens
                               with, else the article's) */
  char people_country[4];   /* country27: art_people_country when `country`
                               is the article's */
  uint8_t country_fallback; /* prec41b: `country` is the article's, the
                               sentence names none of its own */
  uint8_t country_split;    /* prec48d: `country` is the first of a list of
                               places of several countries ("arrested in
                               Panama, Honduras and Mexico"): a bare role
                               takes none (acta_bare_country) */
  size_t ev_before;         /* events before the sentence's */
  size_t npending;
  const acta_pattern *passive_pat; /* a passive verb with no agent ("were */
  uint32_t passive_head;    /* killed"): its figure's event takes it */
  int nonactor_agent;       /* a verb whose subject is no actor ("floods
                               killed"): its figures make no event */
  int unreal;               /* a verb dropped as unreal (event_filters.c):
                               the figures of its clause make no event */
  uint32_t unreal_from, unreal_to; /* the tokens of those clauses */
  int32_t unreal_vg;        /* the last verb group dropped so, or NO */
  const char *unreal_why;   /* and why */
  int figures_owed;         /* speed44b: acta_sentence_figures left the
                               sentence's figures to acta_owed_figures */
  /* speed18: last, as sentence_context() zeroes the fields before it only
   * (an entry is read below npending alone, after it was written) */
  pending_statement pending[32];
} sent_ctx;

/* What a pattern found around its head. */
typedef struct pmatch {
  int32_t target, source, compound; /* mention groups of its slots, or NO */
  uint32_t used_to;                 /* last token used (the head if none) */
  uint32_t used_from;               /* first token used before the head */
} pmatch;

#define EMIT_PAIR (1u << 30) /* acta_emit(): the two mentions only */
/* acta_emit(): an intended act its source announced ("will attack",
 * "vowed to free"): coded as the intent or threat (acta_intent_code) */
#define EMIT_ANNOUNCED (1u << 29)
/* acta_emit(): the target is the people a detention pattern's object words
 * name ("captured four gang members"): held by an armed group or a gang,
 * they are abducted (181), not arrested (173) */
#define EMIT_CAPTIVES (1u << 28)
/* acta_emit(): an act its source refused ("refused to extradite"): coded
 * as the rejection (acta_refusal_code), the act kept in ev.intended_act */
#define EMIT_REFUSED (1u << 27)

/* ---- token tests ------------------------------------------------------- */

/* Marks token q as a word a verb's pattern or a reporting frame used
 * (TF_USED), and notes that the sentence has such a mark, so that
 * code_sentence clears the marks only where one was set (speed35f). */
static inline void acta_mark_used(struct acta_work *w, uint32_t q) {
  w->toks.v[q].flags |= TF_USED;
  w->used_marks = 1;
}

/* Token i's folded form. */
static inline const char *norm(const struct acta_work *w, uint32_t i) {
  return acta_tok_norm(&w->toks, i);
}

/* Is token i's folded form the word x (for a word with no coder word id;
 * one that has one is tested with is_word)? */
static inline int norm_eq(const struct acta_work *w, uint32_t i, const char *x) {
  /* the lengths first (a literal's is a constant): most tokens differ
   * there, without a call; a text holds no NUL (article_check.c) */
  size_t n = strlen(x);
  return w->toks.v[i].norm_len == n && memcmp(norm(w, i), x, n) == 0;
}

/* Is token i's folded form one of the words of list (NULL-ended)? */
static inline int norm_one_of(const struct acta_work *w, uint32_t i, const char *const *list) {
  /* the first bytes first (the folded form ends in a NUL, so it has one):
   * most words of a list differ there, without a strlen */
  const char *s = norm(w, i);
  size_t n = w->toks.v[i].norm_len;
  for (; *list; list++)
    if ((*list)[0] == s[0] && strlen(*list) == n && memcmp(s, *list, n) == 0) return 1;
  return 0;
}

/* Is token i "has" or "have": a verb group opening with it in the present
 * is a perfect ("has always denied"), no simple present? */
static inline int has_have(const struct acta_work *w, uint32_t i) {
  return norm_eq(w, i, "has") || norm_eq(w, i, "have");
}

/* Is string x (a lemma's text; NULL: no) one of the words of list
 * (NULL-ended)? */
static inline int str_one_of(const char *x, const char *const *list) {
  if (!x) return 0;
  for (; *list; list++)
    if ((*list)[0] == x[0] && !strcmp(x, *list)) return 1;
  return 0;
}

/* The first token of sentence s that starts at or after byte `at` (s->last:
 * none), by a binary search: an event's or an actor's words are found in
 * log time, not by reading the sentence from its start. */
static inline uint32_t token_at(const struct acta_work *w, const acta_sentence *s, size_t at) {
  uint32_t lo = s->first, hi = s->last;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (w->toks.v[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Is there a paragraph break (a line break) between sentence k and
 * sentence si (mentions.c's antecedents, object_refs.c's objects)? */
static inline int acta_paragraph_break(const struct acta_work *w, size_t k, size_t si) {
  if (!w->cur_text) return 0;
  return w->sent_nl[2 * si] > w->sent_nl[2 * k + 1];
}

/* Is token q a capitalized proper noun, a word of a name ("Ortega",
 * "Fallon")? */
static inline int cap_name(const struct acta_work *w, uint32_t q) {
  return w->toks.v[q].tag == P_PROPN && (w->toks.v[q].flags & TF_CAP);
}

/* Is token i the written form of coder word id x ("and": cw->w_and)? */
static inline int is_word(const struct acta_work *w, uint32_t i, uint32_t x) {
  return w->tok_cw[i] == x;
}

/* Is token i the word of vocabulary code v (vocab.h: V_*)? */
static inline int is_vocab(const struct acta_work *w, uint32_t i, unsigned v) {
  return w->toks.v[i].vocab == v;
}

/* Is word among list[0..n)?  (review25: one scan for mentions.c's
 * article lists of words and local_places.c's.) */
static inline int acta_word_listed(const uint32_t *list, unsigned n, uint32_t word) {
  for (unsigned u = 0; u < n; u++)
    if (list[u] == word) return 1;
  return 0;
}

/* Adds word to list[0..*n) once, while there is room (cap words). */
static inline void acta_note_word(uint32_t *list, unsigned *n, unsigned cap, uint32_t word) {
  if (*n < cap && !acta_word_listed(list, *n, word)) list[(*n)++] = word;
}

/* Is dictionary entry e from the dictionary file named name?  (review26:
 * one test, bounded by the files read, for mentions.c's and
 * speaker_country.c's "actors.txt".) */
static inline int acta_entry_file_is(const acta_dict *d, const acta_entry *e, const char *name) {
  return e->file < d->nfiles && !strcmp(d->files[e->file], name);
}

/* Is dictionary entry e one of countries.txt's (a country, a capital
 * standing for its government)?  (review25: one test for mentions.c's
 * and local_places.c's.) */
static inline int acta_countries_txt_entry(const acta_dict *d, const acta_entry *e) {
  return acta_entry_file_is(d, e, "countries.txt");
}

/* Is token q "of", "for" or "with", the preposition a verb of accusing or
 * punishing names its charge with ("accused of", "wanted for", "charged
 * with")?  (review24: one test for clauses.c's and object_refs.c's.) */
static inline int acta_charge_prep(const struct acta_work *w, uint32_t q) {
  return is_word(w, q, w->cw->w_of) || is_word(w, q, w->cw->w_for) ||
         is_word(w, q, w->cw->w_with);
}

/* Is token q the "every" of "for every" (a ratio: "one person for every
 * 29,000 arrests")?  q > 0. */
static inline int for_every(const struct acta_work *w, uint32_t q) {
  return norm_eq(w, q, "every") && is_word(w, q - 1, w->cw->w_for);
}

/* Is dictionary entry e valid on date (yyyymmdd; 0: any date)? */
static inline int acta_entry_valid(const acta_entry *e, int32_t date) {
  if (!date) return 1;
  if (e->from && date < e->from) return 0;
  if (e->to && date >= e->to) return 0;
  return 1;
}

/* Is token i the punctuation mark c (a quotation mark of any kind is
 * '"')? */
static inline int is_punct(const struct acta_work *w, uint32_t i, char c) {
  return w->toks.v[i].kind == TK_PUNCT && w->toks.v[i].punct == c;
}

/* Does frame rep (or NO) have a reporter named in its own sentence (not
 * found from "he" or "it", whose word only reports: it makes no figure or
 * guess news)?  A news outlet counts only when media is allowed. */
static inline int named_reporter(const struct acta_work *w, int32_t rep, int media) {
  if (rep == NO || w->frames[rep].reporter == NO || w->frames[rep].by_pronoun) return 0;
  return media || strcmp(w->ments[w->frames[rep].reporter].role, "MED") != 0;
}

/* Are mentions a and b one side: the same actor, or of one country (an
 * actor does not accuse itself, nor deny a claim about itself)? */
static inline int acta_same_side(const mention *a, const mention *b) {
  return !strncmp(a->code, b->code, 3) ||
         (a->country[0] && !strcmp(a->country, b->country));
}

/* Is token i "and" or "or"? */
static inline int is_and_or(const struct acta_work *w, uint32_t i) {
  return is_word(w, i, w->cw->w_and) || is_word(w, i, w->cw->w_or);
}

/* Is token i's written form in one of the coder's word lists `bits`? */
static inline int tok_in(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in(w->cw, w->tok_cw[i], bits);
}
/* The same for the second set of lists (WL2_* bits). */
static inline int tok_in2(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in2(w->cw, w->tok_cw[i], bits);
}
/* The same for the third set of lists (WL3_* bits). */
static inline int tok_in3(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in3(w->cw, w->tok_cw[i], bits);
}
/* The same for the fourth set of lists (WL4_* bits). */
static inline int tok_in4(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in4(w->cw, w->tok_cw[i], bits);
}
/* review16: is lexicon id lemma (token i's lemma, chosen by the caller) in
 * one of the lemma lists `bits` of the third set (WL3_*, bits 0-31), or
 * token i's written form, when the lexicon lacks that word of the list
 * ("asociacion": no token's lemma), in it (coder_words.c set_bits)? */
static inline int tok_lemma_in3(const struct acta_work *w, uint32_t i, uint32_t lemma,
                                uint64_t bits) {
  return acta_lemma_in3(w->cw, lemma, (uint32_t)bits) || tok_in3(w, i, bits);
}
/* Is token i a noun in lemma list bits of the third set: its noun lemma,
 * else its written form's lexicon id ("Instituto" is its own lemma), else
 * its written form, a word the lexicon lacks ("Asociacion")? */
static inline int tok_noun_lemma_in3(const struct acta_work *w, uint32_t i, uint64_t bits) {
  const acta_token *t = &w->toks.v[i];
  if (t->nlemma != ACTA_NO_WORD && acta_lemma_in3(w->cw, t->nlemma, (uint32_t)bits)) return 1;
  return tok_lemma_in3(w, i, t->word, bits);
}
/* The same for the fourth set (WL4_*). */
static inline int tok_lemma_in4(const struct acta_work *w, uint32_t i, uint32_t lemma,
                                uint64_t bits) {
  return acta_lemma_in4(w->cw, lemma, (uint32_t)bits) || tok_in4(w, i, bits);
}
/* The same for the fifth set (WL5_*). */
static inline int tok_in5(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in5(w->cw, w->tok_cw[i], bits);
}
static inline int tok_lemma_in5(const struct acta_work *w, uint32_t i, uint32_t lemma,
                                uint64_t bits) {
  return acta_lemma_in5(w->cw, lemma, (uint32_t)bits) || tok_in5(w, i, bits);
}
/* The same for the sixth set (WL6_*). */
static inline int tok_in6(const struct acta_work *w, uint32_t i, uint64_t bits) {
  return acta_word_in6(w->cw, w->tok_cw[i], bits);
}
static inline int tok_lemma_in6(const struct acta_work *w, uint32_t i, uint32_t lemma,
                                uint64_t bits) {
  return acta_lemma_in6(w->cw, lemma, (uint32_t)bits) || tok_in6(w, i, bits);
}

/* prec45a/mend45a: the "we" or "I" (WL_PRON_FIRST) right before token
 * `first`, a verb group's first (adverbs passed over, none before lo):
 * its token; NO when there is none.  claims.c's reporting verbs also ask
 * that it be in no mention; clauses.c's nested voices do not. */
static inline int32_t first_person_before(const struct acta_work *w, uint32_t first,
                                          uint32_t lo) {
  uint32_t q = first;
  while (q > lo && w->toks.v[q - 1].tag == P_ADV) q--;
  return q > lo && w->toks.v[q - 1].tag == P_PRON && tok_in(w, q - 1, WL_PRON_FIRST)
             ? (int32_t)(q - 1)
             : NO;
}

/* prec45e/mend45e: does token q own the "to" after it, a word of
 * WL_TO_LINK ("linked", "ties", "according") but not "back" (a way home is
 * the verb's: "sent back to")? */
static inline int word_owns_to(const struct acta_work *w, uint32_t q) {
  return tok_in(w, q, WL_TO_LINK) && !is_word(w, q, w->cw->w_back);
}

/* Does token i end in suffix suf (its folded form)? */
static inline int tok_ends(const struct acta_work *w, uint32_t i, const char *suf) {
  size_t n = w->toks.v[i].norm_len, l = strlen(suf);
  return n >= l && !memcmp(norm(w, i) + n - l, suf, l);
}

/* A tag noun phrases are made of. */
static inline int np_tag(int tag) {
  /* one bit test: it is asked of most tokens, many times */
  const uint32_t np = 1u << P_DET | 1u << P_ADJ | 1u << P_NOUN | 1u << P_PROPN |
                      1u << P_NUM | 1u << P_POSS;
  /* speed39d: tags are acta_pos values, all below 32: the shift's count
   * masked, not the tag compared */
  _Static_assert(P_SUBORD < 32, "a tag is a bit of a 32-bit mask");
  return (np >> (tag & 31)) & 1;
}

/* The CAMEO root of a code as a number ("1823" -> 18); 0 when the code
 * does not start with two digits. */
static inline int cameo_root(const char *code) {
  return (code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9')
             ? (code[0] - '0') * 10 + (code[1] - '0')
             : 0;
}

/* Which status wins when two apply to one event: negated, then denied,
 * hedged or intended, alleged, asserted. */
static inline int status_rank(int s) {
  switch (s) {
    case ACTA_NEGATED: return 5;
    case ACTA_DENIED: return 4;
    case ACTA_HEDGED: return 3;
    case ACTA_INTENDED: return 3;
    case ACTA_ALLEGED: return 2;
    default: return 0;
  }
}

/* ---- coder.c ------------------------------------------------------------- */

/* Appends to the explanation when the coder explains (acta_explain).
 * speed18: a macro that asks w->tracing first, so that a coder that does
 * not explain makes no call and evaluates no argument (169,000 calls on
 * the dated corpus); every argument of a trace is free of side effects. */
void acta_trace_on(struct acta_work *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#define acta_trace(w, ...) ((w)->tracing ? acta_trace_on((w), __VA_ARGS__) : (void)0)

/* ---- local_places.c (places24) --------------------------------------------- */

/* Is phrase match mk a country's or a capital's name (countries.txt) that
 * names a part of a town ("the San Marino neighborhood", "a Caracas
 * slum"), a district of another country ("the northern Ecuadorian district of
 * Buenos Aires"), or the article's bare name of one of them since
 * ("deployed to Buenos Aires"), or begins a longer town's name ("Santo
 * Domingo Sinlaj"; its sentence ends before token end)?  Then it is no
 * actor (1). */
int acta_local_place_match(const acta_dict *d, struct acta_work *w, const match *mk,
                           uint32_t end);
/* Does a longer capitalized name go on at token q, right after a match
 * ("Santo Domingo Sinlaj", "Oficina de la Presidencia"; the sentence ends
 * before token n)?  linked: only with "de", "del" or "para" there. */
int acta_longer_name_at(const acta_dict *d, const struct acta_work *w, uint32_t q, uint32_t n,
                        int linked);

/* ---- country_bodies.c ---------------------------------------------------- */

/* bodies15: is the phrase [i, j) a country's word (its one match ms[0], a
 * country with no role, after determiners, with "'s" or not) before a name
 * no other dictionary phrase of all (the sentence's, in order, none
 * overlapping: acta_match_phrases) covers, all capitals (joined by short
 * words: "de", "y")?  Then role gets the body's kind from its name's words
 * ("PTY", "NGO", "BUS", "GOV"), or "" (a movement: no state's, no actor),
 * and it returns 1; else 0 (a name of no kind its words tell, or the
 * sentence is a headline in title case, `headline`). */
int acta_country_named_body(const struct acta_work *w, const match *ms, size_t nm,
                            const match *all, size_t nall, uint32_t i, uint32_t j,
                            int headline, char role[4]);
/* Is m a country's phrase alone: one mention (no compound), a dictionary
 * actor with a country and a three-letter code and no role ("Mexico",
 * "the Ugandan refinery", "US funding")?  What acta_country_thing_target,
 * acta_own_place_target (object_refs.c) and acta_counterpart_target ask
 * first. */
int acta_bare_country_mention(const mention *m);
/* bodies15: is mention m (no compound) a country's word before a head
 * noun of a place or a thing (WL_PLACE_PART, WL_COUNTRY_THING,
 * WL3_MARKET_NOUN; not WL2_COUNTRY_GROUND: "Syrian territory" seized is the
 * country's), all lower case ("El Salvador's black market", "Jamaica's
 * ports", "Venezuelan capital")?  Such a phrase is no target of words,
 * meetings, aid or cooperation (acta_place_target: roots 01, 02, 04, 05,
 * 07, 09-14). */
int acta_country_thing_target(const struct acta_work *w, const mention *m);
/* Is token t a day's or a month's name ("Colombia Monday", "Peru in
 * January" has "in"): a time, no name?  (country_bodies.c; gaps.c) */
int acta_time_name(const acta_token *t);
/* bodies15: a target that is another country's counterpart of the source
 * ("the Venezuelan foreign minister hit out at her Colombian
 * counterpart", "signed with his Bolivian counterpart": a counterpart,
 * ally, partner or colleague word after the country's word, WL3_COUNTERPART,
 * a name at most after it) has the source's role (COLGOV, BOLMIL), not
 * the bare state.  Returns the recoded copy, or tgt. */
int32_t acta_counterpart_target(struct acta_work *w, int32_t src, int32_t tgt);

/* ---- mentions.c ---------------------------------------------------------- */

/* idioms13: is token q "at" before an actor phrase "the hands of X" ("was
 * killed at the hands of the cartel", "died at the hands of police")?
 * Returns that mention's group (the agent, as after "by"), else NO. */
int32_t acta_hands_agent(const struct acta_work *w, uint32_t q, uint32_t last);

/* Longest dictionary phrase starting at token i (before last): its length,
 * its entry in *out (the one valid on the article's date) and, when node
 * is not NULL, its trie node (whose other entries are the phrase's other
 * dated codes). */
uint32_t acta_longest_phrase(const acta_dict *d, const struct acta_work *w,
                             uint32_t i, uint32_t last, const acta_entry **out,
                             uint32_t *node);
/* Dictionary phrases of sentence s into w->matches; returns the discard
 * entry that matched, if any. */
const acta_entry *acta_match_phrases(const acta_dict *d, struct acta_work *w,
                                     const acta_sentence *s);
/* Mentions of sentence s (noun phrases holding phrase matches), appended to
 * w->ments.  titled: the sentence has no parse and is in title case
 * (acta_title_case after tagging; the caller has asked it already). */
void acta_find_mentions(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                        int titled);
/* Links the mentions [m0, m1) of sentence s (needs its verb groups). */
void acta_link_mentions(const acta_dict *d, struct acta_work *w, size_t m0,
                        size_t m1, const acta_sentence *s);
/* Is role a state body's (GOV, COP, MIL, JUD, LEG, SPY)?  (mentions.c) */
int acta_state_role(const char *role);
/* mend41b: its index in that list (0 .. ACTA_CHAIN_ROLES - 1), -1 for
 * another role (mentions.c). */
int acta_state_role_index(const char *role);
/* Is role a gang's, a rebel group's or an armed group's (CRM, REB, UAF)?
 * (mentions.c) */
int acta_armed_group_role(const char *role);
/* country27: is role private people's, a gang's or an armed group's
 * (mentions.c)? */
int acta_people_role(const char *role);
/* A new, blank mention of tokens [q0, q1) at the end of w->ments (no
 * group yet, in no compound); pointers into w->ments may move. */
mention *acta_append_mention(struct acta_work *w, uint32_t q0, uint32_t q1);
/* PETRARCH's new actors: uncoded noun phrases of the parse (KEDS mode). */
void acta_new_actors(struct acta_work *w, const acta_sentence *s, size_t m0);
/* A name with several codes ("FRO/BIL/SAM") becomes a compound. */
void acta_split_multi_codes(struct acta_work *w, size_t m0);
/* Does a word where something goes ("to", "toward", "via"; not
 * "according to"; "bound for", not "a problem for") stand before token b
 * (a determiner or qualifiers between: "to the United States", "to
 * northern Mexico"), after token lo? */
int acta_destination_word(const struct acta_work *w, uint32_t b, uint32_t lo);
/* Does mention m of sentence s, or the compound it is in, stand where
 * something goes ("money moved to Panama, Costa Rica and the United
 * States"; the word in s)? */
int acta_destination_mention(const struct acta_work *w, const mention *m, const acta_sentence *s);
/* Is the phrase of tokens [b, e) a country named with a border ("the
 * Venezuelan border", "Colombia's border", "the border with Ecuador"), a
 * line it shares with a neighbour (determiners before b skipped, not
 * before lo; e < hi)? */
int acta_border_phrase(const struct acta_work *w, uint32_t b, uint32_t e, uint32_t lo,
                       uint32_t hi);
/* sources18: is the place or country starting at token b a neighbour
 * ("neighboring El Salvador", "the neighbouring Colombian state of
 * Arauca": "neighboring" at b or a few words before it, only
 * determiners, adjectives, nouns, names and "of" between; not before lo)?
 * Such a country's mention sets no scene (acta_no_scene_mention). */
int acta_neighbour_place(const struct acta_work *w, uint32_t b, uint32_t lo);
/* The word before "from" right before the phrase starting at token b
 * ("cocaine" in "cocaine from the Andes"; determiners before b skipped, not
 * before lo), or NO if no "from" is there. */
int32_t acta_from_thing(const struct acta_work *w, uint32_t b, uint32_t lo);
/* Is the phrase starting at token b a country drugs or money come from
 * ("cocaine from Brazil", "shipments from Ecuador", "pesos from Chile";
 * acta_from_thing's word)? */
int acta_drug_origin(const struct acta_work *w, uint32_t b, uint32_t lo);
/* Does country mention m (or its compound) of sentence s name a border, a
 * neighbour, where drugs or money come from (the three above, their words
 * looked for in s), or a thing of the country (below), so that its country
 * is no actor's? */
int acta_no_scene_mention(const struct acta_work *w, const mention *m, const acta_sentence *s);
/* Is country mention m a country's adjective on a thing ("U.S. currency",
 * "Venezuelan soil": its head a WL_COUNTRY_THING or WL2_COUNTRY_GROUND
 * noun)?  The thing's country, neither the actors' nor the article's. */
int acta_country_thing_mention(const struct acta_work *w, const mention *m);
/* Does mention m, with a role, name a state's embassy or consulate ("the US
 * Embassy", "an embassy spokesman")?  It stands abroad: its state is not
 * where its sentence is. */
int acta_embassy_mention(const struct acta_work *w, const mention *m);
/* prec46b: is mention b a bare group noun with no name of its own, its
 * head singular, of WL3_GROUP_REF_WORD or WL_UNNAMED_BODY ("the drug
 * clan", "a gang")?  After a preposition and before "who" it is not
 * whom "who" stands for (clauses.c person_before_group). */
int acta_bare_group_phrase(const struct acta_work *w, const mention *b);
/* Does mention m name private people (by role: CVL, BUS, MED ...; or as a
 * people's noun: "two Estonians", "a Brazilian national")? */
int acta_people_mention(const struct acta_work *w, const mention *m);
/* roles17: does mention m name a state's envoy ("a Chilean diplomat", "the
 * Mexican ambassador")?  acta_people_mention counts them too: both stand
 * where their country is not. */
int acta_envoy_mention(const struct acta_work *w, const mention *m);
/* Is mention o the agent of a participle ("an official sanctioned by the
 * US government", "agents backed by the United States")? */
int acta_participle_agent(const struct acta_work *w, const mention *o);
/* The nearest country named for each bare role among [m0, m1), the
 * mentions of sentence s. */
void acta_near_countries(struct acta_work *w, size_t m0, size_t m1, const acta_sentence *s);
/* prec48d: is place k of sentence si a member of a list of places of
 * more than one country ("in Panama, Honduras and Mexico")? (place_lists.c) */
int acta_mixed_place_list(const struct acta_work *w, size_t si, size_t k);
/* A bare role's own place ("police in Coban"), and police or courts not
 * of a gang's country (after the places are found). */
void acta_role_countries(struct acta_work *w);
/* prec41b: a bare state role in a sentence that names no country of its
 * own takes the country of the same role named in the two sentences
 * before; call for every sentence in order, si == 0 first (role_chain.c). */
void acta_role_chain(struct acta_work *w, const sent_ctx *sc);
/* prec46c: a bare "the minister" of sentence sc standing for the person
 * named with that title in it before or in the two sentences before
 * ("US Senator Jim Harlan ...  The senator") takes that person's country
 * (title_refs.c); call before acta_role_chain. */
void acta_title_refs(struct acta_work *w, const sent_ctx *sc);
/* prec46c: is mention m plain men by role only (CVL: "two men", "a group
 * of men") doing an act of force (code's root 18-20)?  They are armed men,
 * UAF (armed_men.c). */
int acta_armed_men_source(const struct acta_work *w, const mention *m, const char *code);
/* mend46c: the same men of a sentence's events read as armed men in one
 * are in all (armed_men.c); call before acta_one_act. */
void acta_armed_men_agree(acta_coder *c, const sent_ctx *sc);
/* prec41b: does sentence si open with a roundup section's heading ("Peru At
 * least 14 police ...")?  Then w->section_country is its country until the
 * next; call for every sentence in order, si == 0 first (section_heads.c). */
void acta_section_heading(struct acta_work *w, size_t si);
/* sources18 (region_refs.c): "the South American country" is the latest
 * country of that region the article named before it, else the article's. */
void acta_region_refs(struct acta_work *w);
/* "the MS13 ... dialogue with their leaders": a member word after
 * "its"/"their" among sentence si's mentions [m0, m1) is a member of the
 * actor the possessive stands for (pass 2: after the sentences before). */
void acta_possessive_members(struct acta_work *w, size_t si, size_t m0, size_t m1);
/* What a reference made at token at of sentence si refers to: "he"/"she"
 * a person (REF_PERSON), "it" an organisation or country (REF_ORG), "the
 * ministry" the latest actor named with that head noun (REF_SAME_NOUN,
 * REF_PLURAL: "them", a plural actor not naming one person;
 * head its noun lemma).  For a pronoun, a fitting actor in subject
 * position before it in its sentence; else the latest fitting subject or
 * speaker of the previous sentence, else of the sentences before it in the
 * same paragraph (at most four back); a speaker decides between different
 * actors, else there is none.  Returns a mention or NO; *where says which
 * sentence, or why none (for explain). */
enum { REF_PERSON = 1, REF_ORG, REF_SAME_NOUN, REF_PLURAL };
int32_t acta_antecedent(struct acta_work *w, size_t si, uint32_t at, int kind,
                        uint32_t head, const char **where);
/* review23: is acta_antecedent's *where its own sentence or the one
 * before?  Is it "ambiguous: several actors fit"? */
int acta_antecedent_near(const char *where);
int acta_antecedent_ambiguous(const char *where);
/* Can the pronoun at token pron stand for mention m ("he" a person, "it"
 * an organisation or country; "they", "we" anyone)? */
int acta_pronoun_fits(const struct acta_work *w, uint32_t pron, int32_t m);
/* mend47d: does mention m name one person (a title and name, an office
 * holder, a person noun: "President Ruiz", "the mayor"), no organisation
 * ("the UN") nor country? */
int acta_names_person(const struct acta_work *w, const mention *m);
/* prec44b: the token that says whether mention m is one or many: the
 * plural common noun before its first "of" ("Members of the gang"), else
 * its last token (mend44b: "a group of students" stays many). */
uint32_t acta_number_head(const struct acta_work *w, const mention *m);

/* ---- name_refs.c ---------------------------------------------------------- */

/* A name word inside a mention with a role ("Ortega" of "the attorney
 * general Luisa Ortega Diaz"), by the hash of its text. */
struct acta_name_ref {
  uint64_t hash;
  int32_t ment;
  uint32_t nfirst, nlast; /* the name's tokens (roles10: a name set apart
                             from its role phrase by a comma) */
};

/* Keeps the name words of the article's coded mentions (after pass 1): a
 * run's given name ("Luisa") is none. */
void acta_name_refs(struct acta_work *w);
/* The mention before token q that names the surname at q with a role
 * ("Ortega" -> "the attorney general Luisa Ortega Diaz", VENJUD), the name
 * starting at q0 (a given name q0 < q must be that mention's too: "Tony
 * Hernandez" is not "Juan Orlando Hernandez"); NO when there is none, or
 * when two such mentions have different codes. */
int32_t acta_name_ref(const struct acta_work *w, uint32_t q0, uint32_t q);
/* Does mention m hold the given name of the name [q0, q] (its first proper
 * noun before q), or has the name none? */
int acta_name_ref_given(const struct acta_work *w, const mention *m, uint32_t q0, uint32_t q);
/* roles9: bare roles ending in a name word ("the Treasury") among mentions
 * [m0, m1) take the country of the article's earlier phrase of the same
 * role holding that word ("the US Treasury Department"). */
void acta_institution_refs(struct acta_work *w, size_t m0, size_t m1);
/* actors34: the article's earlier phrase of bare role m's role holding the
 * name word m ends in ("the US Treasury Department" for "the Treasury"),
 * whatever m's nearest country; NO if none. */
int32_t acta_institution_ref(const struct acta_work *w, const mention *m);
/* targets18: bare government roles among mentions [m0, m1) whose phrase
 * has a surname before its role word ("the Morales government") take the
 * country of the head of state or government the article named so before. */
void acta_leader_refs(struct acta_work *w, size_t m0, size_t m1);
/* groups16: the mention a definite group phrase [i, j) of sentence s
 * refers back to ("the group", "the gang": the latest group of its kind
 * named before, group_refs.c), or NO; role: the phrase's own bare role
 * (NULL: none); *why says why (for explain). */
int32_t acta_group_ref(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                       uint32_t j, const char *role, const char **why);
/* groups16: notes phrase [i, j) of sentence s, coded by no dictionary nor
 * as a reference, when it names a group (its head a group noun, not "of"
 * after it: "a drug ring", "a new gang"): a group named before it is no
 * antecedent of a later "the group" (group_refs.c). */
void acta_group_unnamed(struct acta_work *w, const acta_sentence *s, uint32_t i, uint32_t j);
/* groups16: notes the named groups and bodies of mentions [m0, m1) (a
 * sentence's, once it is read) for the references of later sentences
 * (group_refs.c). */
void acta_group_note(struct acta_work *w, size_t m0, size_t m1);

/* ---- people_refs.c ------------------------------------------------------ */
/* prec45c: the value of the count at token q ("89", "1,200", "four"), or
 * -1 when it is none of these. */
long acta_count_value(const struct acta_work *w, uint32_t q);
/* The value of the first count among tokens [b, e) ("Four people",
 * "the 14 young people"), or -1 when none is. */
long acta_phrase_count(const struct acta_work *w, uint32_t b, uint32_t e);
/* prec45c: a definite counted phrase of private people among mentions
 * [m0, m1) ("the two men") takes the code of the armed group's people the
 * sentence before (its mentions [p0, p1), its tokens [pf, pl)) counted so,
 * and no one else counted so there (people_refs.c). */
void acta_people_refs(struct acta_work *w, size_t m0, size_t m1, size_t p0, size_t p1,
                      uint32_t pf, uint32_t pl);

/* ---- help_verbs.c ------------------------------------------------------- */

/* words12: the base form of a verb right after "help" ("helped fund the
 * training"), read as a noun or adjective, is tagged a verb (VB). */
void acta_help_verbs(const acta_dict *d, struct acta_work *w, const acta_sentence *s);

/* ---- claim_participles.c ------------------------------------------------- */

/* prec37d: a bare participle of a verb of suspicion or claim before the
 * noun it qualifies ("suspected members", "nine alleged leaders") is tagged
 * an adjective (JJ): no frame, no verb group. */
void acta_claim_participles(const acta_dict *d, struct acta_work *w, const acta_sentence *s);

/* ---- verb_lists.c ------------------------------------------------------- */

/* prec47c: a list of past forms joined by commas and "and"/"or" takes one
 * tag: participles (VBN) after an auxiliary ("were detained and
 * tortured"), past tenses (VBD) between a subject and an object
 * ("arrested, tortured and killed three students"). */
void acta_verb_lists(struct acta_work *w, const acta_sentence *s);

/* ---- tabari_verbs.c ------------------------------------------------------ */

/* TABARI dictionaries: a noun or adjective that is a TABARI verb form, where
 * a verb stands, is tagged VERB (before the verb groups are found). */
void acta_tabari_verbs(const acta_dict *d, struct acta_work *w,
                       const acta_sentence *s);
/* The verb (word id) whose patterns a TABARI root stem token i begins
 * with is indexed under ("resumption": RESUM, under "resume"); the
 * longest stem wins.  ACTA_NO_WORD if none. */
uint32_t acta_tabari_stem_verb(const acta_dict *d, const struct acta_work *w, uint32_t i);

/* ---- tabari_pronouns.c ---------------------------------------------------- */

/* TABARI dictionaries: each pronoun TABARI dereferences becomes a mention
 * with its actor's code (the sentence's mentions from m0, before they are
 * linked). */
void acta_tabari_pronouns(struct acta_work *w, const acta_sentence *s, size_t m0);
/* The actor a pronoun of the next article may take (w->fwd_code): the
 * first actor of the one just coded, without its agents. */
void acta_tabari_forward_actor(struct acta_work *w);

/* ---- tabari_mentions.c ---------------------------------------------------- */

/* TABARI dictionaries: a mention whose code is TABARI's null code "---"
 * (mentions from m0) is no actor: absorbed, its words no mention's. */
void acta_tabari_null_actors(struct acta_work *w, size_t m0);

/* TABARI dictionaries: the compound groups of mentions [m0, m1) of
 * sentence s are cut before a member whose actor phrase (w->matches) has
 * words other than determiners and adjectives before it (an agent, a
 * noun), or that has none, as TABARI's compounds end. */
void acta_tabari_compounds(struct acta_work *w, const acta_sentence *s, size_t m0,
                           size_t m1);

/* ---- tabari_sources.c ----------------------------------------------------- */

/* TABARI dictionaries: sentence s's clauses as TABARI cuts them, into
 * w->tab (pass 2, before the verbs are coded). */
void acta_tabari_clauses(const acta_dict *d, struct acta_work *w, const acta_sentence *s);
/* The source TABARI gives verb group g when its pattern names none (the
 * first actor of the clause where the sentence first coded a verb, or of a
 * later clause that begins with it), not the group of tgt (NO: any); NO
 * when there is none. */
int32_t acta_tabari_regular_source(const struct acta_work *w, const vgroup *g, int32_t tgt);
/* Does a TABARI clause start at token q of s (the word after an and, but,
 * or or nor that is not the sentence's first or last word nor inside a
 * list of actors, nor between two <NOUN> or two <ADJECTIVE> words)? */
int acta_tabari_clause_starts(const struct acta_work *w, const acta_sentence *s,
                              uint32_t q);
/* The end of the TABARI clause token q is in: the conjunction that ends it,
 * or the sentence's end. */
uint32_t acta_tabari_clause_end(const struct acta_work *w, uint32_t q);

/* ---- clauses.c ----------------------------------------------------------- */

/* "An air strike by Syrian government forces killed 23 soldiers", "an
 * attack by gunmen left five dead", "clashes between rival gangs left
 * dozens dead": the subject of verb group g is a noun that names a
 * material act (a pattern of its own: "strike", "attack") with its agent
 * after "by", opening the clause (from token lo) -- the agent does what the
 * verb says; sides: also a clash between one phrase of armed groups
 * ("a shootout between rival gangs").  Returns the agent's group, or NO. */
int32_t acta_event_noun_agent(const acta_dict *d, const struct acta_work *w,
                              const vgroup *g, uint32_t lo, int sides);

/* Verb groups of sentence s, appended to w->vgs. */
void acta_find_vgroups(const acta_dict *d, struct acta_work *w,
                       const acta_sentence *s);
/* shared_negation.c (invented34): the verb groups of sentence s from vg0
 * on that share the negation of the group before them ("has not attacked
 * or threatened", "neither confirmed nor denied": both negated). */
void acta_shared_negation(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                          size_t vg0);
/* Is g a lone verb (no auxiliary, modal or "to" of its own; at least two
 * tokens past token from) right after "or" or "nor" (or "and", and_too)
 * that follows group p over p's object (a bounded gap with no clause
 * mark, relative word, subordinator or other conjunction)? */
int acta_lone_coordinate(const struct acta_work *w, const vgroup *p, const vgroup *g,
                         uint32_t from, int and_too);
/* Does a bare participle other than g start at token q, joined to g by
 * "and"/"or" after a phrase of g's own, so that its "by" agent is not g's
 * ("was arrested in 2010 and set free by a judge": the judge arrested no
 * one; "were kidnapped and later killed by the gang" share it), or right
 * after a noun of g's phrase, its reduced relative ("killed outside the
 * operations cited by the chief"; not after a noun of a material act:
 * "killed in an attack carried out by the rebels")? */
int acta_other_verb_at(const acta_dict *d, const struct acta_work *w, const vgroup *g,
                       uint32_t q);
/* The subject of each verb group [vg0, vg1) of the sentence being coded. */
void acta_find_subjects(acta_coder *c, const sent_ctx *sc, size_t vg0,
                        size_t vg1);
/* Nearest subject to the left of token pos, not crossing lo. */
int32_t acta_find_subject(const struct acta_work *w, uint32_t pos, uint32_t lo,
                          int32_t scope);
/* First mention (group) starting in [from, to) within scope, or NO. */
int32_t acta_first_mention_ex(const struct acta_work *w, uint32_t from,
                              uint32_t to, int32_t scope, int stop_at_verb,
                              int absorbed);
int32_t acta_first_mention(const struct acta_work *w, uint32_t from,
                           uint32_t to, int32_t scope, int stop_at_verb);
/* The target of a pattern without a slot (first actor after used_to). */
int32_t acta_default_target(const struct acta_work *w, const vgroup *g,
                            uint32_t used_to, uint32_t end, int32_t scope);
/* KEDS: the first actor after the verb in its clause, other than src. */
int32_t acta_keds_target(const struct acta_work *w, uint32_t from, uint32_t end,
                         int32_t scope, int32_t src);
/* KEDS: the actor phrase right before token i (or `given`). */
int32_t acta_keds_subject_at(const struct acta_work *w, uint32_t i, uint32_t lo,
                             int32_t scope, int any_scope, int32_t given);
/* KEDS: nothing but adverbs after the verb group (up to end). */
int acta_keds_no_object(const acta_dict *d, const struct acta_work *w,
                        const vgroup *g, uint32_t end);
/* KEDS: is the verb group in a clause opened by "after", "when" ...? */
int acta_keds_subordinate(const struct acta_work *w, const vgroup *g,
                          uint32_t lo);
/* Status of a verb group's events from base (modals, adverbs, negation). */
int acta_vg_status(const struct acta_work *w, const vgroup *g, int base);
/* invented28 (clauses.c): the modal a comma or dash aside parts from
 * group g's bare verb ("could, as X suggested, ask"), or UINT32_MAX. */
uint32_t acta_aside_modal(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Status a passive raising verb gives ("is believed to": hedged), or -1. */
int acta_raising_status(const acta_dict *d, uint32_t lemma);

/* ---- event_filters.c ---------------------------------------------------- */

/* The reason a purpose infinitive is dropped for ("to help track"). */
#define ACTA_WHY_PURPOSE "purpose (an act to be done, not done)"

/* Why verb group g (the frame reporting its events or NO, and whether it
 * is a purpose infinitive) reports no event that happened: "question",
 * "conditional ...", "purpose ...", "hypothetical ..."; NULL when it does.
 * A bare verb after "and" or an "-ing" clause after a comma shares the
 * reason of the verb group just before it ("should implement a plan,
 * attacking ..."), whether that group codes anything or not.  `nonmaterial`:
 * g's pattern codes no material act (a root other than 06-09 and 15-20:
 * words, demands, protests, threats; mend43e): a share as its object is
 * what the act is about ("blamed 70 percent of the killings on"), no
 * statistic. */
const char *acta_unreal_reason(const acta_coder *c, const sent_ctx *sc,
                               const vgroup *g, int32_t rep, int purpose, int nonmaterial);
/* speed37b: the lists of set `set` (1, 2, 4 or 5: WL_*, WL2_*, WL4_*,
 * WL5_* bits) of the coder words of sentence s, or'ed, read once per
 * sentence (event_filters.c): a test that needs a word of a list s lacks
 * need not be asked. */
uint64_t acta_sentence_lists(const acta_coder *c, const acta_sentence *s, int set);
/* Why the figure at token `at` of sentence s (reported by frame rep or
 * NO) tells of no event that happened: its clause's verb is unreal
 * ("a massacre leaving 16 dead would be news", "the number of dead could
 * rise") or the sentence is a question, and no named source says it;
 * NULL when it may. */
const char *acta_figure_unreal(const acta_coder *c, const acta_sentence *s, uint32_t at,
                               int32_t rep);
/* Why the figures of sentence s count over a span of time ("in 2011",
 * "since", "in recent years") rather than report one event; NULL if not. */
const char *acta_aggregate_reason(const acta_coder *c, const acta_sentence *s);
/* Does verb group g hold, or have right before it, "long" after "has",
 * "have" or "had" ("criminal groups have long battled over the docks", "the
 * US has long assisted")?  A material act done for a long time, no one
 * act; a stance held ("have long rejected any talks") is coded
 * (event_filters.c; triggers.c asks for roots 06-09 and 15-20;
 * invented12). */
int acta_long_perfect(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* prec41d: infinitive g after "has continued to" or "continues to": an act
 * going on, no one act (event_filters.c) */
int acta_continued_act(struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is the count at token at a tally over a whole span its nearest verb
 * group tells ("600 people were killed in the same period", "during the
 * presidency of")?  Why, or NULL (event_filters.c; invented12). */
const char *acta_whole_span_figure(const acta_coder *c, const acta_sentence *s, uint32_t at);
/* prec45e: why event noun i (its clause up to token end) counts its acts
 * over a whole span in its own phrase ("the gang's killing of 11 agents
 * during its leader's time as its head"), or NULL (event_filters.c). */
const char *acta_noun_span_tally(const acta_coder *c, const acta_sentence *s, uint32_t i,
                                 uint32_t end);
/* Why sentence s's count at token at is a running total ("so far this
 * year"), one compared with another (", up from 25 tons") or a record
 * ("the deadliest week ..., when"), or NULL (event_filters.c). */
const char *acta_running_total(const acta_coder *c, const acta_sentence *s, uint32_t at);
/* prec45d: why a count of deaths or harm in sentence s is a report's or
 * study's tally ("a report found that 23 farmers had been slain since
 * ..."), or NULL (read with acta_running_total's reasons, once a sentence). */
const char *acta_study_tally(const acta_coder *c, const acta_sentence *s, uint32_t at);
/* acta_aggregate_reason()'s reason for an ongoing count ("since
 * September", "annually"): a named source's toll of it is news. */
extern const char ACTA_AGG_SINCE[];
/* Why passive verb group g (its act's CAMEO code, its clause up to token
 * end, its subject tgt or NO) that names no agent may not be coded with no
 * source ("three soldiers were killed" may; "refugees displaced by the
 * war", "mayors have been killed", "16 workers were kidnapped last year"
 * may not), or NULL when it may; *statistic is set when the reason is a
 * tally (a count over time, a share, a running total). */
const char *acta_agentless_reason(const acta_coder *c, const sent_ctx *sc,
                                  const vgroup *g, const char *code, uint32_t end,
                                  int32_t tgt, int *statistic);
/* invented25: why passive g in the present perfect, a kind of people
 * (a bare plural) its subject tgt and another its agent src, tells what
 * is done, not one act ("pastors have been targeted by gangs", "drug
 * smugglers have been targeted by authorities"), or NULL; not when a
 * named source (no news outlet) tells of it. */
const char *acta_kinds_pattern(const acta_coder *c, const vgroup *g, int32_t src, int32_t tgt);
/* Why a coded verb of roots 06-08 or 17-20 counts a total over time
 * ("killed 1,600 in 2011", "seized 25 tons so far this year", "has
 * extradited over 350 since 2006"), or NULL. */
const char *acta_statistic_verb(const acta_coder *c, const sent_ctx *sc, const vgroup *g,
                                const char *cameo, uint32_t end, int32_t rep);
/* The next frame slot (w->frames[w->nframes]), grown, cleared and given
 * its reporter and status, with no verb group, relay or parent; the
 * caller fills the rest and counts it (w->nframes++). */
frame *acta_next_frame(struct acta_work *w, int32_t reporter, uint8_t status);
/* A frame of its own for the accuser of "X accused Y of ...". */
int32_t acta_accuser_frame(struct acta_work *w, int32_t accuser);
/* Fills w->tok_cend for the tokens of sentence s once its scopes are set
 * (after acta_find_frames): what acta_clause_end() answers. */
void acta_clause_ends(struct acta_work *w, const acta_sentence *s);
/* End of the clause from token `from` (scope, ';' or ':'). */
uint32_t acta_clause_end(const struct acta_work *w, uint32_t from,
                         uint32_t last, int32_t scope);
uint32_t acta_objects_end(const struct acta_work *w, uint32_t from, uint32_t end);

/* ---- nonacts.c ------------------------------------------------------------ */

/* How far (tokens, each way) the tests of nonacts.c and nonact_verbs.c
 * look from the word they judge: a sentence's verbs and figures each look
 * at a fixed window, so a sentence costs linear time. */
#define ACTA_NONACT_WINDOW 30

/* Why the deaths or injuries told at token `at` of sentence s are no
 * actor's act (the words within ACTA_NONACT_WINDOW tokens of it): it tells an
 * accident or a disaster ("died from asphyxiation", "when their helicopter
 * crashed", "died in a fire") and no deliberate act ("arson", "gunmen");
 * NULL if not. */
const char *acta_accident_reason(const acta_coder *c, const acta_sentence *s, uint32_t at);
/* Why the figure at token `at` of the sentence of sc makes no event: it is
 * a death toll ("the death toll", "the number of dead") and an earlier
 * sentence of the article told killings; NULL if not.  (event_figures.c
 * asks only when no named source gives the toll.) */
const char *acta_toll_update_reason(const acta_coder *c, const sent_ctx *sc, uint32_t at);
/* Why the figure at token `at` of sentence s is a statistic: "average",
 * "rate", "share", "linked" ... among the eight words before it, or after
 * it up to a mark ("the average age of detained women was 30", "seven out
 * of 10 people"; after it "linked", "tied" ... only for a toll, harm);
 * NULL if not. */
const char *acta_statistic_figure(const struct acta_work *w, const acta_sentence *s,
                                  uint32_t at, int harm);
/* Why the toll figure at token `at` is the sum of a conflict's deaths
 * ("a war that left thousands dead", "a dispute has claimed dozens of
 * lives") or an estimate ("are estimated to have died"); NULL if not. */
const char *acta_conflict_toll(const struct acta_work *w, const acta_sentence *s, uint32_t at);

/* Why the passive subject m of sentence s counts a comparison ("more
 * activists were killed ... than anywhere else"); NULL if not. */
const char *acta_comparative_count(const struct acta_work *w, const acta_sentence *s,
                                   int32_t m);

/* ---- nonact_verbs.c -------------------------------------------------------- */

/* Why "-ing" group g after a comma is a comment the news gave rise to
 * ("..., raising concerns", "sparking fears"), no one's statement; NULL if
 * not. */
const char *acta_result_comment(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g);
/* Why group g, coded `code`, is a support participle describing the noun
 * before it ("officers backed by the United States": root 05, a bare
 * participle after a noun), no act; NULL if not. */
const char *acta_support_description(const struct acta_work *w, const acta_sentence *s,
                                     const vgroup *g, const char *code);
/* prec44e: why appeal group g, coded `code`, is an instruction to the
 * source's own people ("told her aides to", "called on its officers
 * to"), no appeal to another actor; NULL if not. */
const char *acta_own_staff_appeal(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g, const char *code);
/* prec48e: why group g, coded `code` by the bare pattern `pat` ("release",
 * "free": 0841), frees no people: the head of its object is a thing
 * ("released something of a surprise", "a surprise plan"); NULL if not. */
const char *acta_thing_released(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code, const char *pat);
/* prec48e: is group g a participle after "feel" ("feel targeted by the
 * police", "felt threatened"): the subject's claim, alleged? */
int acta_felt_passive(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Why group g is the writer's own act ("sources we consulted": "we" or
 * "I" outside a quotation); NULL if not. */
const char *acta_writer_act(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g);
/* mend39d: is verb group g of sentence s a lone verb in the simple
 * present, a habit ("the gang smuggles explosives"; event_filters.c)? */
int acta_habitual_present(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* mend39d: is group gi (the sentence's groups start at vg0) a passive in
 * the simple present ("are routinely extorted"; triggers.c)? */
int acta_simple_present_passive(const acta_dict *d, const struct acta_work *w, size_t gi,
                                size_t vg0);

/* Is group gi (the sentence's groups start at vg0) the content of a
 * demand ("demanded that the army withdraw"): a base or present form
 * after "that" after a verb of demand, no auxiliary? */
int acta_mandated_clause(const struct acta_work *w, const acta_sentence *s, size_t gi,
                         size_t vg0);
/* Why passive group g, coded `code` (root 14), is "shown" ("was
 * demonstrated by"), no protest; NULL if not. */
const char *acta_shown_not_done(const struct acta_work *w, const vgroup *g,
                                const char *code);
/* Is group g "called" after "so" ("the so called Villatoro organization")? */
int acta_so_called(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Why group g lies in the words of an "according to" attribution
 * ("according to sources consulted by ..."); NULL if not. */
const char *acta_attribution_words(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g);
/* Why group gi describes a class ("mayors who refuse to cooperate": a
 * present verb in a relative clause on a plural with no determiner); NULL
 * if not. */
const char *acta_class_description(const struct acta_work *w, const acta_sentence *s,
                                   size_t gi, size_t vg0);
/* Does mention m, coded by a country alone, name an analyst ("security
 * analyst Ruben Vargas", "one gang expert"), or does it follow "percent
 * of" ("58 percent of Peruvians told"): whose saying is a view or a
 * survey's share, no actor's statement? */
int acta_analyst_speaker(const struct acta_work *w, int32_t m);
int acta_opinion_piece(const struct acta_work *w, const acta_sentence *s, uint32_t verb);
/* Is group g a past participle qualifying the noun after it, after a
 * determiner, a preposition or an adjective ("with convicted human
 * traffickers facing"), or a base or "-ing" form doing so ("hide kidnap
 * victims", "terrorizing levels of violence")? */
int acta_attributive_participle(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g);
/* invented16: is group g a lone past participle right after "the" and
 * before no noun, adjective or "by": a noun of people ("kept apart from the
 * convicted", "families of the disappeared")? */
int acta_participle_noun(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is group g, coded `code` (1712), a destruction of a process or state
 * ("sabotaging the truce": WL2_ENDANGERED after it)? */
int acta_figurative_destruction(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code);
/* Is group g in the clause after "that" after a noun of claim
 * ("accusations that a rival group is funding ...")? */
int acta_claimed_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is infinitive group g the act a noun of plan or effort names
 * ("preparations to demobilize", "plans to attack")? */
int acta_planned_infinitive(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g);
/* Is group g "fight"/"battle"/"combat" (coded `code`, root 19) against a
 * practice ("fighting the totoaba trade", "battled against illegal
 * mining"), or "displace" (root 20) a practice ("displacing violence")? */
int acta_fight_abstract(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                        const char *code);
/* Is event noun i, coded `code` (root 18-20), an attack or a fight on a
 * practice ("Peru's assault on illegal gold mining", fights15)? */
int acta_practice_assault(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                          const char *code);
/* invented23: is event noun i a state's campaign of coercion named as its
 * policy ("Mexico's crackdown on migrants", "a US crackdown": WL5_POLICY_CAMPAIGN,
 * root 17, its source src a state, government, legislature or IGO in the
 * noun's own phrase)? */
int acta_state_policy_noun(const struct acta_work *w, const acta_sentence *s, uint32_t i,
                           int32_t src, const char *code);
/* Why group g, reported by a document with no actor ("a new report
 * finds", "the study shows"), in the present tense, tells a pattern ("are
 * killing those who do not comply"); NULL if not. */
const char *acta_document_pattern(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g);
/* Is the word right before group g (past adverbs) a noun no dictionary
 * codes ("..., ElSalvador.com says"): its speaker, uncoded? */
int acta_uncoded_speaker(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is infinitive group g after "too" and an adjective or "premature" ("too
 * early to confirm")? */
int acta_too_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is group g's object a ratio ("killed one person for every 29,000
 * arrests", "per day")? */
int acta_ratio_object(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Why "hit" or "strike" (group g, coded `code`, root 19) is no force: a
 * noun ("hit men") or a figure of speech ("hit hard", "struck a blow");
 * NULL if not. */
const char *acta_figurative_hit(const struct acta_work *w, const acta_sentence *s,
                                const vgroup *g, const char *code);
/* Is present-tense group g, after a noun phrase word and right before
 * another verb's auxiliary, a plural noun read as a verb ("gangster
 * targets apparently have ceased")? */
int acta_noun_read_as_verb(const struct acta_work *w, const acta_sentence *s,
                           const vgroup *g);
/* Is past group g of roots 05-07 (coded `code`) a modifier of the subject
 * of a finite verb its object runs into ("The US supported raids ...
 * apparently have ceased")? */
int acta_modifier_past(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                       const char *code);
/* Is "ignore" (group g, coded `code`, 128) aimed at something no norm
 * ("ignored the strengthening of organized crime", "the fact that"):
 * neglect, no defiance? */
int acta_neglect_not_defiance(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g, const char *code);
/* Is "-ing" group gi after a comma the continuation of a clause in the
 * simple present ("controls the fields, providing protection"): a
 * standing state? */
int acta_present_participle_state(const struct acta_work *w, const acta_sentence *s,
                                  size_t gi, size_t vg0);
/* Is "if" or "unless" before group g with no mark between ("if anyone
 * goes around bothering or robbing buses")? */
int acta_conditional_segment(const struct acta_work *w, const acta_sentence *s,
                             const vgroup *g);
/* Is group g (coded `code`, roots 01-13) in a relative clause whose "who"
 * is followed by a phrase ("an activist who along with several NGOs was
 * opposing")? */
int acta_relative_stance(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                         const char *code);
/* Is reporting group g a bare past participle right after a noun ("a
 * millionaire declared non-grata"): said of the noun, no statement? */
int acta_participle_statement(const struct acta_work *w, const acta_sentence *s,
                              const vgroup *g);
/* Is infinitive group g after "yet" ("have yet to confirm"): not done? */
int acta_yet_to(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is bare participle group g inside a count ("the number of migrants
 * detained and deported ... has increased")? */
int acta_counted_participle(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g);
/* Is the figure whose number is token fq the whole a share or a count is
 * taken of ("45 percent of the 1,079 migrants detained", "of the 298
 * captured")?  Why, or NULL (invented12). */
const char *acta_share_figure(const struct acta_work *w, const acta_sentence *s, uint32_t fq);
/* Is the figure whose first token is fq a count offered as evidence ("Two
 * recent arrests illustrate ...", "Forty arrests may simply be ...") or a
 * share of a tally ("accounted for 1,000 arrests")?  Why, or NULL
 * (background13, nonacts.c). */
const char *acta_evidence_figure(const struct acta_work *w, const acta_sentence *s,
                                 uint32_t fq);
/* Is the figure at token fq the value of a running total: a total's noun
 * ("total", "toll", "number") and a verb of what totals do ("reach",
 * "rise", "add") before it in its clause ("the number of detainees had
 * reached 9,100"), or after it "added to that toll"?  Why, or NULL
 * (figures14, nonacts.c). */
const char *acta_tally_figure(const struct acta_work *w, const acta_sentence *s, uint32_t fq);
/* Does the object after token `after` (up to end) compare tallies: "more"
 * or "fewer" then "than" ("seized more drugs than any other country")?
 * Why, or NULL (figures14, nonacts.c). */
const char *acta_comparative_object(const struct acta_work *w, const acta_sentence *s,
                                    uint32_t after, uint32_t end);
/* The lone "-ing" form before verb group g in the list g ends ("by
 * building a wall and deporting criminals"), or NULL (event_filters.c;
 * invented12). */
const vgroup *acta_listed_gerund_before(const struct acta_work *w, const acta_sentence *s,
                                        const vgroup *g);
/* The same, a comma alone before g allowed too ("selling guns, using
 * force and ..."; event_filters.c, invented32). */
const vgroup *acta_listed_gerund_comma(const struct acta_work *w, const acta_sentence *s,
                                       const vgroup *g);
/* Is statement group g a stance after "seem" or "appear" ("appear to
 * fear", "seemed worried"): the writer's guess (invented12)? */
int acta_seeming_stance(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* review15: back from token t of sentence s over at most four words of
 * "to", adverbs and auxiliaries, and when own is not NO none of a verb
 * group other than own: the first of them (t if none).  ACTA_NO_WORD when
 * `hedges` and one of them is a hedging adverb ("likely", "probably").
 * What stands before it says whose guess a stance or an intent is
 * (acta_seeming_stance; triggers.c hedged_intent). */
uint32_t acta_back_over_auxiliaries(const struct acta_work *w, const acta_sentence *s,
                                    uint32_t t, int32_t own, int hedges);
/* Is lexicon id l the lemma "seem" or "appear"? */
static inline int acta_seem_lemma(const acta_coder_words *cw, uint32_t l) {
  return acta_lemma_is(l, cw->l_seem) || acta_lemma_is(l, cw->l_appear);
}
/* Is aid group g (coded `code`, root 07) money for the subject's own
 * operations ("funding 40 percent of their criminal operations")? */
int acta_self_financing(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                        const char *code);
/* Is demand group g (root 10) "insist on" and a gerund ("insisted on
 * spraying the fields"): the subject's own practice, no demand
 * (background13)? */
int acta_insist_on_doing(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                         const char *code);
/* Is group g one of two fates joined by "or" ("leaders were killed or
 * captured"): a summary, no one act (background13)? */
int acta_fate_disjunction(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* contingency.c (invented15): is group g told only as what would follow a
 * contingency ("in the event of a transition, the military will fight",
 * "will demobilize in the event of a deal")? */
int acta_contingent_act(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* contingency.c (invented24): is group g told with a modal ("will",
 * "would", "could": any P_MODAL, review25) under a frame of habit ("in many cases, kidnappers will demand", "typically,
 * gangs will send letters ..., demanding money")? */
int acta_habit_will(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is group g told as an undated precedent ("This is not the first time
 * that Turkey has established relations")? */
int acta_not_first_time(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* plain_future.c (invented18): is group g's act of code `code` by source
 * src (or NO), told in a plain "will" (frame rep or NO), one no one
 * announces: no speaker, or a news outlet relaying it ("soldiers will
 * patrol the border", "the gendarmes will provide support, reported
 * Prensa Latina")?  Meetings, words, quotations and a state's or
 * government's own future (its policy decided) are not. */
int acta_plain_future(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                      int32_t rep, int32_t src, const char *code);
/* present_states.c (invented18): is group g a lone "-ing" form after a
 * comma that goes on a present state, past a list of such forms ("The
 * FARC remain very active in the region, ..., attacking police
 * patrols")? */
int acta_state_participle(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* The verb group a list of "-ing" forms after a comma goes on, past the
 * list's other "-ing" forms and infinitives ("may be trying to become
 * political actors, negotiating with the government": "may be trying"),
 * or NULL. */
const vgroup *acta_list_governor(const struct acta_work *w, const acta_sentence *s,
                                 const vgroup *g);
/* inference_nouns.c (invented18): is group g in a "that" clause after a
 * noun of inference no actor owns ("a possible sign that the Zetas were
 * making an incursion", "there are indications that ...")? */
int acta_inference_clause(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* nonact_verbs.c (invented15): why occupation group g is a dwelling lived
 * in ("a flat occupied by a band of Colombians"), or NULL. */
const char *acta_dwelling_occupied(const struct acta_work *w, const acta_sentence *s,
                                   const vgroup *g, const char *code);
/* Is "-ing" group g what a body or a means named before "for" is for
 * ("an office for investigating cyber crime")? */
int acta_instrument_purpose(const struct acta_work *w, const acta_sentence *s,
                            const vgroup *g);
/* Is group g "opposed" in "as opposed to" (a contrast)? */
int acta_as_opposed(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* Is group g, coded `code` (116), an acquittal: "not guilty" or
 * "innocent" after it? */
int acta_acquittal(const struct acta_work *w, const acta_sentence *s, const vgroup *g,
                   const char *code);
/* invented34: is group g, coded `code` (roots 01-13), a bare participle set
 * off by a comma after the object of a finite verb, with no object of its
 * own ("backed a plan, proposed at a summit in Paris", "seen riots,
 * blamed at least in part on"): a reduced passive relative on that noun,
 * no act of the clause's subject? */
int acta_comma_reduced_participle(const struct acta_work *w, const acta_sentence *s,
                                  const vgroup *g, const char *code);

/* ---- match.c --------------------------------------------------------------- */

/* The best pattern of index idx (verb or noun patterns) for the head word at
 * token head, its elements after the head searched from start up to end,
 * those before it down to lo, within scope; what it found in *out;
 * *has_pats: the head has patterns at all.  NULL if none fits. */
const acta_pattern *acta_best_pattern(const acta_dict *d,
                                      const struct acta_work *w,
                                      const acta_u64map *idx, uint32_t head,
                                      uint32_t start, uint32_t end, uint32_t lo,
                                      int32_t scope, pmatch *out, int *has_pats);

/* speed43a: may some pattern of idx headed by word key fit where the
 * word filter bloom (acta_pf_bit of words and lemmas) covers?  0 when
 * acta_best_pattern, whose filter covers words among bloom's, would try
 * none of key's patterns. */
int acta_head_may_fit(const acta_dict *d, const acta_u64map *idx, uint32_t key,
                      const uint64_t *bloom);

/* speed43a: makes w's word filter (match.c's w->pf_bloom) cover every token
 * of the article, as acta_best_pattern's own would for a sentence holding
 * them all. */
void acta_pf_cover_article(struct acta_work *w);

/* Do the words pattern p wants before its head stand before token head
 * (down to lo; its slots are not sought)?  0 when it wants none. */
int acta_pre_words_fit(const acta_dict *d, const struct acta_work *w,
                       const acta_pattern *p, uint32_t head, uint32_t lo);

/* ---- yield_gate.c ---------------------------------------------------------- */

/* May the article start_article readied yield an event with acta's own
 * dictionaries (not KEDS/TABARI)?  0 only when no stage could emit one:
 * no word heads a pattern (in an article of one sentence: one the filter
 * over its words lets through), no verb lemma is a reporting verb's, no sentence has a word a figure's event kind comes
 * from (yield_gate.c says why that is exact). */
int acta_article_may_yield(const acta_coder *c);
/* The same asked again after pass 1 (tags, verb groups; read_sentence of
 * every sentence): 0 only when no verb group's head heads a verb pattern
 * the filter (one-sentence articles only) lets through or is a reporting
 * verb, no noun heads a noun pattern it lets through, and no sentence with
 * a number has a figure's event kind word.  After acta_article_may_yield
 * (its filter, and the tokens it found may or may not: w->yg_known). */
int acta_tagged_article_may_yield(const acta_coder *c);
/* speed47a: the same asked of an article of one sentence right after its
 * tags (tag_sentence), before its mentions and verb groups: 0 only when
 * acta_tagged_article_may_yield will say 0 after pass 1 (1 for an article
 * of more sentences). */
int acta_tags_may_yield(const acta_coder *c);

/* ---- victim_codes.c -------------------------------------------------------- */

/* The code of act cm (conventional force, 190) by whom it harms: against
 * people who bear no arms 180, an office holder killed 186, a killing the
 * sentence calls a massacre 202; force in a fight the sentence names, and
 * every other code, kept.  trig is the act's token, or figure_kind
 * ("killed", "injured") the casualty figure it was made from; source may
 * be NULL (none known). */
const acta_cameo *acta_victim_code(struct acta_work *w, const acta_dict *d,
                                   const acta_sentence *s, const acta_cameo *cm,
                                   uint32_t trig, const char *figure_kind,
                                   const acta_actor *source, const acta_actor *target);

/* ---- act_codes.c ----------------------------------------------------------- */

/* The code of act cm by what its sentence says it is: aid to criminals
 * 060 (NULL, no event: a sale "on the black market"), a backing by
 * financiers 071, by armed forces 062, of an operation 070, of a policy
 * 051, "targeting" of the unarmed or by a state body 170; every other
 * code kept (docs/conventions.md "Supplies, backings and targets by what
 * they are").  source may be NULL (none known).  *no_target: the event
 * keeps no target (a backed or defended policy's object or the backer's
 * own). */
const acta_cameo *acta_act_code(struct acta_work *w, const acta_dict *d,
                                const acta_sentence *s, const acta_cameo *cm, uint32_t trig,
                                const acta_actor *source, const acta_actor *target,
                                int *no_target);

/* ---- events.c -------------------------------------------------------------- */

/* An event's actor from mention m (country: for a bare role). */
void acta_set_actor(const struct acta_work *w, const acta_dict *d,
                    acta_actor *a, const mention *m, const char *country);
/* An event's reporter and relay from frame f. */
void acta_set_reporter(const struct acta_work *w, const acta_dict *d,
                       acta_event *ev, const frame *f, const char *country);
/* Appends ev to the article's events (even when it is there already). */
void acta_add_event(acta_coder *c, const acta_event *ev);
/* CAMEO's root-03 or root-13 code for act `cameo` announced, committed to
 * or threatened ("agreed to extradite" 0313, "vowed to attack" 1384), or
 * NULL when the act's root has none. */
const char *acta_intent_code(const char *cameo);
/* CAMEO's root-12 code for act `cameo` refused ("refused to extradite"
 * 121, "refused to release" 1243, "refused to meet" 125), or NULL when
 * CAMEO has none (a refusal to attack is a negated attack). */
const char *acta_refusal_code(const char *cameo);
/* Does word (a lemma or written form) head a pattern of index idx (verb or
 * noun patterns) that codes a material act, quad class 2 or 4, with no
 * literal word but its own and a preposition ("extort", "arrest of")?
 * (claims.c) */
int acta_material_head(const acta_dict *d, const acta_u64map *idx, uint32_t word);
/* Is token t (after lo) "them" after "of" and a count ("four of them")?
 * (object_refs.c) */
int acta_counted_them(const struct acta_work *w, uint32_t lo, uint32_t t);
/* Is the phrase right before token pos (not before lo) a bare noun
 * phrase that names no actor, so that the verb at pos has none for
 * subject (clauses.c)?  2 when a comma opens its clause. */
int acta_bare_subject_before(const struct acta_work *w, uint32_t pos,
                             uint32_t lo);
/* One event per source x target member; returns how many are new.  An act
 * announced (EMIT_ANNOUNCED, status intended, from a pattern) is coded as
 * its expression of intent or threat, the act kept in ev.intended_act. */
int acta_emit(acta_coder *c, const sent_ctx *sc, int32_t src, int32_t tgt,
              int32_t rep, const acta_pattern *pat, const acta_cameo *cm,
              uint32_t trig, int status, unsigned flags, const char *verb);
/* The date of each event of the sentence (dates.c). */
void acta_date_events(acta_coder *c, const sent_ctx *sc);
/* The article's events in text order. */
void acta_sort_events(acta_coder *c);

/* ---- claims.c -------------------------------------------------------------- */

/* Reporting frames of sentence s and the scope of each token. */
void acta_find_frames(const acta_dict *d, struct acta_work *w,
                      const acta_sentence *s, size_t vg0, size_t vg1);
/* Frame fr and the frames around it have yielded an event. */
void acta_mark_produced(struct acta_work *w, int32_t fr);
/* The statements of the sentence being coded. */
void acta_code_statements(acta_coder *c, sent_ctx *sc);
/* claims35: the status denial verb group g gives what it reports (status,
 * ACTA_DENIED for a denial): asserted when g is negated ("did not deny",
 * "never denied"), not beside "confirm" ("neither confirm nor deny"). */
int acta_negated_denial_status(const struct acta_work *w, const vgroup *g, int status);
/* prec37d: is the claim noun at token noun confirmed by the verb before it
 * ("confirmed rumors that ...": its clause asserted, claims.c)? */
int acta_confirmed_claim(const struct acta_work *w, const acta_sentence *s, uint32_t noun);
/* The actor frame f's clause is about: the subject of its first verb
 * group, when it is a coded actor inside the clause before that verb and
 * on neither the reporter's side nor mention other's (or NO): "alleging
 * that Russia ...": Russia; else NO. */
int32_t acta_frame_subject(const struct acta_work *w, int32_t f, int32_t other);
/* The evidence phrase of the sentence on each of its events. */
void acta_sentence_evidence(acta_coder *c, const sent_ctx *sc);

/* ---- one_act.c (codes12) --------------------------------------------------- */

/* One act told by two verbs is one event: a threat and the act it
 * threatens, an act of force and its ", killing ..." result (the sentence's
 * events since sc->ev_before). */
void acta_one_act(acta_coder *c, const sent_ctx *sc);
/* Are actors a and b both present with one non-empty code? */
int acta_same_actor_code(const acta_actor *a, const acta_actor *b);
/* Removes the events first + i for which drop[i] is set from c->events,
 * keeping the others' order (review26: one_act.c's and shared_targets.c's
 * compaction). */
void acta_drop_events(acta_coder *c, size_t first, const unsigned char *drop);

/* ---- shared_targets.c (targets25a) ----------------------------------------- */

/* An act of coercion or assault (roots 17-18) with no target takes the
 * target the last of its coordinated verbs found right where their shared
 * object stands ("torturing and murdering rivals"); one that becomes the
 * same event as another of the sentence goes (the sentence's events since
 * sc->ev_before). */
void acta_shared_targets(acta_coder *c, const sent_ctx *sc);
/* After the article: each denial's disputed claim. */
void acta_link_disputes(acta_coder *c);
/* After the article: the speaker of quotations over several sentences. */
void acta_attribute_quotes(acta_coder *c, const char *text);

/* Is token q a head of people who serve or are kin of someone
 * ("bodyguards", "associates", "accomplices", "relatives"): "two bodyguards
 * of the mayor" are not the mayor (mentions.c). */
int acta_relation_head(const struct acta_work *w, uint32_t q);

/* The actor a passive's victims clashed with ("were killed in a
 * confrontation with the security forces"; triggers.c), the clash noun's
 * token in *noun when not NULL; NO if none. */
int32_t acta_clash_partner(const struct acta_work *w, const vgroup *g, uint32_t end,
                           uint32_t *noun);

/* ---- shared_heads.c (targets25b) --------------------------------------------- */
/* After acta_match_phrases: "the Juarez and Sinaloa cartels" -- a match of
 * a name and a plural head ("Sinaloa cartels") gives each name before it,
 * after "and" or a comma, the actor of that name and the head ("Juarez
 * cartel"), matched on the name alone; matches stay in text order. */
void acta_shared_head_matches(const acta_dict *d, struct acta_work *w, const acta_sentence *s);

/* ---- clash_foes.c (targets25b) ---------------------------------------------- */
/* The target tgt of a passive act of force (root 19) done in a gunfight
 * with the security forces src (acta_clash_partner): a private person
 * coded CVL is an armed foe, CRM (copies); else tgt. */
int32_t acta_clash_foe_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                              int32_t tgt, const char *code);

/* ---- object_refs.c --------------------------------------------------------- */

/* The object of event noun i (CAMEO code `code`, head lemma `lemma`) of
 * an act done to a person, named after "of" by no dictionary: a private
 * name ("the arrest of Jose Arana") or a phrase of people ("the capture of
 * four dealers"), by role only as a verb's object is (acta_object_reference;
 * a capture of people is their arrest, 173); NO if none (traced). */
int32_t acta_noun_object(struct acta_work *w, const sent_ctx *sc, uint32_t i, uint32_t end,
                         const char *code, const char *lemma);
/* targets34: the author of the noun object a pattern's words end in
 * (token `used`, past verb group g's last token: "accepted the demands by
 * protesters", "rejected the proposal made by the opposition", "welcomed
 * the offer from Brazil"): the actor right after "by" or "from" (a
 * participle may stand between), when it opens its phrase, is no
 * source's own and ends before `end`; NO if none (traced).  Unlike
 * acta_by_author_target's author_of_thing (the verb's own object phrase,
 * of praise, criticism or rejection only), the noun is the pattern's word,
 * whatever the act ("accept demand" 083, "accept mediation" 038, "lift
 * sanction" 085), and a participle may end in "on" ("sanctions imposed on
 * Eritrea"). */
int32_t acta_noun_author(struct acta_work *w, const vgroup *g, uint32_t used, uint32_t end,
                         int32_t src);
/* targets34: tgt, unless it is a part of the source's own country named
 * as where the act was ("pirates hijacked catches along Mexico's Pacific
 * Coast", "federal police gathered in the west Mexico state of Colima",
 * "the Syrian army recovered two villages in northwestern Syria"): a bare
 * country's phrase with a word of a place's part in it, the source being
 * that state or a body of it -- then NO (traced).  Force by a foreign
 * state on such a place stays an act on the country (acta_place_target),
 * and so does a group's seizing a town of its own country. */
int32_t acta_own_place_target(struct acta_work *w, const sent_ctx *sc, int32_t src,
                              int32_t tgt);
/* The target of a threat (CAMEO `code` of root 13) with none, tgt NO:
 * the object of its "to" complement when that verb codes nothing itself
 * ("threatened in May to decertify Colombia": COL), not the source's
 * own side; tgt otherwise (traced). */
int32_t acta_threat_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                           int32_t tgt, const char *code);
/* tgt, or NO when it is a capital's name coded as its government (a GOV
 * actor the gazetteer reads as a place) in a phrase that names a place, as
 * the target of a protest, a show of force or coercion (CAMEO `code` of
 * roots 14-17): "raided the Villa Lugano neighborhood of Buenos Aires",
 * "in a Lima district", "the capital Buenos Aires"; or, of coercion (root
 * 171-175), a country named alone in such a phrase or describing a thing
 * ("near the border with Peru", "seized Venezuelan currency").
 * targets12: of an appeal, a meeting or talks, cooperation, a
 * concession, an investigation, disapproval, a protest or coercion (roots
 * 02, 06, 08, 09, 11, 14-17; 040, 046), a country or region named alone (no
 * role) right after a preposition of place ("resumed peace talks in
 * Ecuador", "blamed high demand in the US") that is not the pattern's own
 * word (used_to: the pattern's last word, pmatch).  Traced. */
int32_t acta_place_target(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                          const char *code, uint32_t used_to);
/* sources20: src, or NO when its phrase is a capital's name coded as its
 * government (GOV, a place in the gazetteer) right after a preposition of
 * place ("arrested three people in La Paz accused of ... demanding
 * payments"): where, not who, acts.  Traced. */
int32_t acta_place_source(struct acta_work *w, const sent_ctx *sc, int32_t src);
/* tgt, or NO when its phrase after "with" names no party to the act with
 * CAMEO `code`: a helper ("negotiated with the help of the Church", "with
 * the mediation of X") or, of a visit (042, 043), the visitor's company
 * ("arrived in San Telmo with 12 armed men").  Traced. */
int32_t acta_with_nonparty(struct acta_work *w, int32_t tgt, const char *code);
/* tgt, or NO when the statement (CAMEO `code` of root 01) by src is about
 * the speaker's own side: the same actor ("State Department officials
 * added that the new US administration ..."), or, for a government
 * speaker, its own country named alone or its government ("the US
 * ambassador stated that the US will ...", "the minister said the
 * government has ...").  bodies15: also of an appeal, an intent, a
 * consultation, cooperation or a demand (roots 02-05, 10), a state organ's
 * (GOV, MIL, COP, LEG, JUD, SPY) own country named alone ("Pena Nieto is
 * asking Mexico to hold on").  Traced. */
int32_t acta_own_side_topic(struct acta_work *w, const sent_ctx *sc, int32_t src, int32_t tgt,
                            const char *code);
/* prec46b: the target tgt of a statement, appeal or demand (roots 01,
 * 02, 10; CAMEO code `code`), unless it is a news outlet or the press
 * (MED) a statement was made to (010-016, right after "to") or that was
 * given an interview (right after "interview with" or "conversation
 * with") ("conceded to La Nacion that", "told a
 * radio host in an interview with Radio Caracol", "would not confirm it
 * to the press"): the outlet carries the words, it is no party to
 * them (as for a verb of telling, targets23b).  Then NO.  The words
 * read are those of sentence s, the event's.  Traced. */
int32_t acta_outlet_addressee(struct acta_work *w, const acta_sentence *s, int32_t tgt,
                              const char *code);
/* The target named at token from (before end) of verb group g's event with
 * CAMEO code `code` and source src, where no dictionary actor stands:
 * "him"/"her"/"them" the actor referred to (never src), a private person's
 * name after an act on a person (arrest, abduct, assault, shoot, accuse,
 * sanction) a role-only CVL mention appended to w->ments (CRM when held
 * for a crime, acta_held_for_crime; only when tgt, the target
 * found so far, is NO; a pronoun goes before a tgt named after it).
 * Also, after such an act (verb lemma `lemma`), an object phrase of people
 * no dictionary codes ("five alleged members of the network", "three
 * others"), role-only CRM or CVL; the source's peers ("three of their
 * colleagues": its own actor; an armed group's "rivals": its role); a name
 * the article gave a coded actor before ("arrested Lopez"), also one
 * killed; an unresolved "him"/"her"/"them" of violence (roots 18-20) a
 * private person when no actor that may be that person stands before;
 * "the country" as the object, the sentence's country (sc->country).
 * Returns the target (tgt when none of these applies; traced). */
int32_t acta_object_reference(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              uint32_t from, uint32_t end, int32_t src, int32_t tgt,
                              const char *code, const char *lemma);
/* The target of a passive verb group g (CAMEO code `code`, verb lemma
 * `lemma`, clause end `end`, agent src) whose subject no dictionary codes,
 * when the act is one done to a person: "he"/"they"/"both" the actor
 * referred to (never src), a private person's name ("Paschoalin was
 * captured", "X, who was arrested") or a phrase of people no dictionary
 * knows ("six others were killed") a role-only mention appended to
 * w->ments, CRM when held for a crime (acta_held_for_crime), else CVL.
 * NO when none applies (traced). */
int32_t acta_passive_subject(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             uint32_t end, int32_t src, const char *code,
                             const char *lemma);
/* Does the clause [from, end) of a detention (CAMEO 173, 174) or a release
 * (0841: targets12) say what the
 * people held are held for: "for trafficking", "on extortion charges",
 * "suspected of", "charged with"? */
int acta_held_for_crime(const struct acta_work *w, const char *code, uint32_t from,
                        uint32_t end);
/* Target tgt, civilians (role CVL) held for a crime, as criminals (CRM):
 * copies of its group's mentions appended to w->ments (the phrases stay
 * civilians as other events' actors); tgt itself when none is a CVL. */
int32_t acta_held_as_suspects(struct acta_work *w, int32_t tgt);
/* targets24a: target tgt, kin by role only coded civilians (CVL) after
 * "his", "her" or "their" ("three of her brothers", "his older son"),
 * when the pronoun stands for an armed or criminal actor (CRM, REB, UAF)
 * and code holds them (arrest, charge, expulsion, release, sanction): as
 * the criminal's people (acta_held_as_suspects); else tgt. */
int32_t acta_kin_by_pronoun(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                            const char *code);
/* targets12: target tgt, when it is people by role only coded civilians
 * (CVL) and held for a crime after token from (acta_held_for_crime, up to
 * held_end) or linked to crime (acta_linked_to_crime, up to end), as
 * suspects (acta_held_as_suspects; traced); else tgt.  For the verbs'
 * targets and the event nouns' ("the arrest of a man tied to a drug ring"). */
int32_t acta_suspect_target(struct acta_work *w, int32_t tgt, const char *code, uint32_t from,
                            uint32_t held_end, uint32_t first, uint32_t end);
/* targets8: tgt's bare roles aided or trained (roots 06, 07) whose country
 * would be the source's own, when the sentence places the act in another
 * country ("In El Salvador, the United States funded the Attorney
 * General's Office") or calls them "the country's" in an article about
 * another: copies with that country (object_refs.c). */
int32_t acta_recipient_country(struct acta_work *w, const sent_ctx *sc, int32_t src,
                               int32_t tgt, const char *code);
/* targets10: tgt's private persons (bare CVL, CRM with no country found)
 * sanctioned (163) or accused (112x) by a source of a country other than
 * the article's, where the sentence's country is the source's own ("The
 * US Treasury sanctioned Jose Ramirez"), take the article's country
 * (sanction_targets.c).  Returns tgt. */
int32_t acta_sanctioned_country(struct acta_work *w, const sent_ctx *sc, int32_t src,
                                int32_t tgt, const char *code);
/* The story's country for a bare role of `role`: the country whose people
 * the article names most for people, firms, gangs and armed groups
 * (acta_people_role), else the article's (sanction_targets.c,
 * speaker_country.c). */
static inline const char *acta_people_home(const struct acta_work *w, const char *role) {
  return w->art_people_country[0] && acta_people_role(role) ? w->art_people_country
                                                            : w->art_country;
}
/* prec48d: the country a bare role with no nearer one takes from its
 * sentence: the sentence's, but none when that is only the first of a
 * list of places of several countries (any of them could be the role's). */
static inline const char *acta_bare_country(const sent_ctx *sc) {
  return sc->country_split ? NULL : sc->country;
}
/* The country mention m is coded with: its own, else for a bare role the
 * nearest named, else the sentence's.  (review23: one test for
 * acta_recipient_country and acta_sanctioned_country, which had a copy
 * each.) */
static inline const char *acta_mention_country(const struct acta_work *w, const sent_ctx *sc,
                                               int32_t m) {
  const mention *x = &w->ments[m];
  if (!x->role_only) return x->country;
  return x->near_country[0] ? x->near_country : sc->country;
}
/* targets8: an investigation (root 09) of a crime against people ("the
 * murder of 17 gold miners") does not investigate its victims: NO for
 * such a tgt, else tgt (object_refs.c).  targets12: nor is any act but
 * force (roots 18-20) done to them ("called for an inquiry into the
 * murder of X", "jailed for the murder of a bishop").  targets16: a
 * release (0841) of people named so before the act (whose first mention
 * ends before token at) frees the crime's victims ("the kidnapping of
 * journalist X ... the rebels released X"): tgt. */
int32_t acta_investigated_victims(struct acta_work *w, int32_t tgt, const char *code,
                                  uint32_t at);
/* targets8: the object verb group g shares with the verbs coordinated
 * after it, when g has none of its own ("trained and even armed
 * smuggling gangs"; roots 06, 07, 11-13, 17-19):
 * the actor right after the last verb (one preposition may stand
 * before), not the source's own; NO if none (object_refs.c). */
int32_t acta_shared_object(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                           int32_t src, const char *code);
/* targets25a: where the object verb group g would share with the active
 * verbs coordinated after it lies: 0 when no such chain ends before the
 * sentence's end; else *head is the token after the last verb (and its
 * one preposition), *at the first past the determiners, numbers and
 * adjectives that may open the object's phrase (object_refs.c). */
int acta_shared_object_span(const struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                            uint32_t *head, uint32_t *at);
/* targets8: NO when tgt is named after "rivals of"/"enemies of" ("attacked
 * political and business enemies of the governor": not the governor),
 * else tgt (object_refs.c).  side ("target", "source": actors24, "the
 * Zetas' rivals attacked") names it in the trace. */
int32_t acta_enemies_of(struct acta_work *w, int32_t tgt, const char *side);
/* targets8: NO when tgt of an appeal (root 02) is named in what is asked
 * for ("asked for the inclusion of the ELN": the ELN is not asked), else
 * tgt (object_refs.c). */
int32_t acta_asked_for(struct acta_work *w, const vgroup *g, int32_t tgt, const char *code);
/* targets8: the actor an object relative clause hangs on, as the object of
 * its verb group g ("20 men who they had detained", "the journalists that
 * the gang kidnapped"): not the source's own; for a verb of code `code`
 * of roots 10-16 with no object, also after "which" and with no pronoun
 * ("the clan, which the US accused of", "suspects the Treasury accused of":
 * targets23c); NO if g is in no such clause (object_refs.c). */
int32_t acta_relative_object(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             int32_t src, const char *code);
/* targets23c: for verb group g, a bare passive participle of roots 10-17
 * with no target on a thing that is the object of a verb of bearing or
 * escaping ("Maduro will shrug off the sanctions imposed by the US",
 * "the government sought to avoid sanctions imposed by Washington"): that
 * verb's coded subject, not the source's side; else tgt (object_refs.c). */
int32_t acta_bearer_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                           int32_t src, int32_t tgt, const char *code);
/* targets8: tgt's members named by their nationality ("arrested seven
 * Guatemalans", "one Paraguayan national was detained") as the target of
 * an act done to people (or counted) are people, not the state: copies
 * coded CRM when held for a crime or called alleged, else CVL (object_refs.c).
 * from and end bound the words that say what they are held for. */
/* actors12 (object_refs.c): source src (a mention group) with its members
 * named as people by their nationality ("a female Salvadoran accused",
 * "two Mexicans attacked", "Guatemalans rejected") coded as people, CVL
 * (CRM when called alleged or suspected), not their state; not for the
 * acts of states (roots 03-08).  A copy of the group, or src. */
int32_t acta_nationality_source(struct acta_work *w, const sent_ctx *sc, int32_t src,
                                const char *code);
/* mend48d (object_refs.c): is mention m one person named by "the" and a
 * demonym ("the Colombian", "the Spaniard", "the Turk")? */
int acta_one_demonym_person(const struct acta_work *w, const mention *m);

/* actors12 (article_year.c): the latest year tokens [first, last) name as
 * a year (1950-2039, a number of four digits; not after "by": "by 2030" is
 * a goal), 0 if none: over an undated article, the stand-in for its date;
 * over a sentence, the time it tells of. */
int32_t acta_latest_year(const struct acta_work *w, uint32_t first, uint32_t last);

/* actors12 (speaker_country.c): the country for bare-role mention m of
 * sentence sc: not one named only inside what m itself reports ("Interior
 * Minister X said Brazilian gangs operate in the country") or after
 * token said_from, the first word after m's verb of saying (UINT32_MAX:
 * none), then the sentence's home country; else sc->country. */
const char *acta_speaker_country(struct acta_work *w, const sent_ctx *sc, int32_t m,
                                 uint32_t said_from);
/* actors35 (speaker_country.c): the country for bare target t of sentence
 * sc: the sentence's home when sc->country is that of a state's body named
 * after t (not a place's); else sc->country. */
const char *acta_bare_target_country(struct acta_work *w, const sent_ctx *sc, int32_t t);
/* actors25 (speaker_country.c): the country for target t of source s in
 * sentence sc: a bare state role ("urged the government", "offered to
 * support four army units") whose sentence took its country from source s
 * alone, a foreign state acting, takes the article's country; NULL when t
 * keeps its own. */
const char *acta_target_country(struct acta_work *w, const acta_dict *d, const sent_ctx *sc,
                                int32_t s, int32_t t);
/* mend41b: after sentence sc is coded, notes the country of the one
 * person of a country its kept, asserted arrests (173) held, which
 * acta_held_person_country lends to a name held in the next two
 * sentences (person_country.c). */
void acta_note_held_person(acta_coder *c, const sent_ctx *sc);
/* roles29 (person_country.c): the country for private person t named as
 * the target of an act of code `code` (root 17: an arrest, a charge) in
 * sentence sc: a nationality said in an aside after the name, else the
 * story's country when the sentence's is a place's abroad (where the person
 * was held); NULL when t keeps the sentence's. */
const char *acta_held_person_country(struct acta_work *w, const sent_ctx *sc, int32_t t,
                                     const char *code);

int32_t acta_nationality_target(struct acta_work *w, const sent_ctx *sc, int32_t tgt,
                                const char *code, const char *lemma, uint32_t from,
                                uint32_t end);
/* targets9: target tgt, or NO when it names what is made, founded or
 * chosen ("unveiled the creation of an anti-extortion police unit", "a
 * scheme for the formalization of gold panners": WL2_MAKING_NOUN then "of"
 * right before it or inside its phrase), a topic (object_refs.c).
 * Traced. */
int32_t acta_made_thing_target(struct acta_work *w, int32_t tgt);
/* a plain statement's target named after a verb of what was said: NO
 * (object_refs.c, targets11) */
int32_t acta_said_object_target(struct acta_work *w, uint32_t first, int32_t tgt);
/* sources12: is verb group g finite -- a modal or an auxiliary opening it,
 * or a head in the present or past, not a participle or an infinitive?
 * (clauses.c) */
int acta_finite_group(const struct acta_work *w, const vgroup *g);
/* review29: is verb group g a lone "-ing" form right after a comma ("...,
 * saying that", "..., firing shots")?  (clauses.c) */
int acta_comma_participle(const struct acta_work *w, const acta_sentence *s, const vgroup *g);
/* targets23b: a statement told to an actor ("told Congress that ..."):
 * that addressee, else tgt (object_refs.c) */
int32_t acta_told_addressee(struct acta_work *w, const vgroup *g, uint32_t first, int32_t src,
                            int32_t tgt);
/* targets23b: an "-ing" appeal after a letter sent "to" an actor ("sent a
 * letter to the president asking that ..."): that actor, else tgt
 * (object_refs.c) */
int32_t acta_letter_addressee(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code);
/* "rejected the classification by the U.S.": the "by" actor (object_refs.c,
 * targets11) */
int32_t acta_by_author_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code);
/* targets19b: an investigation into someone's ties to others ("into his
 * links to the Zetas", "into ties between Robles and Ferrer"): that
 * someone, not the others; tgt otherwise (object_refs.c).  Traced. */
int32_t acta_inquiry_link_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                                 int32_t src, int32_t tgt, const char *code);
/* objects12: for an act on property (171x, 163) or an attack on a thing
 * (root 19 but killing and shooting, 183; verb lemma `lemma`) by src with
 * no target tgt, the thing's owner: "seized properties belonging to
 * Sandoval", "raided Trevino's ranch", "seized his assets", "bombed his
 * camp" -- the actor coded, named so before or referred to, else a
 * private person by role only (CRM when the state seizes, else CVL); for
 * a seizure after another act, that act's people ("arrested 17 smugglers
 * and seized 9 trucks"); tgt otherwise (object_refs.c).  Traced. */
int32_t acta_owner_target(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                          int32_t src, int32_t tgt, const char *code, const char *lemma);
/* targets9: for an accusation (112*) by src reported by verb group g
 * ("prosecutors charged Jorge Ramirez with laundering money for the
 * Sinaloa Cartel"), the name no dictionary knows right after the verb,
 * then a preposition, instead of target tgt named further on (a role-only
 * mention, or the actor the name was given before); tgt otherwise
 * (object_refs.c).  Traced. */
int32_t acta_accused_name(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                          int32_t tgt, const char *code, int32_t src);
/* targets9: the people a count of arrests or detentions counts ("15
 * group members captured", "10 suspects ... had been arrested") when no
 * dictionary codes them and they are held as criminals (called alleged
 * or suspected, members of a criminal body, held for a crime): a
 * role-only CRM mention over the count phrase starting at token q; NO
 * when the code is no act of root 17 on a person or the phrase names no
 * such people (object_refs.c). */
int32_t acta_figure_people(struct acta_work *w, const sent_ctx *sc, uint32_t q,
                           const char *code);
/* Is target tgt, people by role only, named as members of a criminal
 * body or linked to crime: "17 people from the criminal group", "14
 * people linked to a drug trafficking organization", "the youngest
 * brother from the Valle Valle clan", "people linked to crime or gangs"
 * (before end)? */
int acta_linked_to_crime(const struct acta_work *w, int32_t tgt, uint32_t end);
/* The target of a deployment (root 15) whose target so far, tgt, is NO or the
 * forces its verb (lemma `lemma`: "send", "deploy", "dispatch", "mobilize"
 * ...) sends ("deployed 1,500 troops", its own side's or of no
 * country): the actor they are sent against ("to pursue the kidnappers",
 * "against the gangs") a few words after them (before end), else NO.  tgt
 * otherwise. */
int32_t acta_deployment_target(struct acta_work *w, const vgroup *g, uint32_t end,
                               int32_t src, int32_t tgt, const char *code, uint32_t lemma);
/* coop15: the target of an extradition (063, or its intent 0313) whose
 * target tgt so far is the person extradited ("extradited trafficker Jairo
 * Orellana to the United States"): the country named after "to" (before
 * end), with which the extraditing state cooperates; tgt otherwise. */
int32_t acta_extradition_target(struct acta_work *w, const vgroup *g, uint32_t end, int32_t src,
                                int32_t tgt, const char *code, uint32_t lemma);
/* The target of a verb (lemma `lemma`) with no target, tgt NO, whose
 * source src is a compound ("The ELN and EPL have been fighting"):
 * the compound of two sides (each the other's target, acta_emit; not the
 * state's forces and government together) when the
 * verb is a fight ("fight", "clash", "battle") or takes "each other" / "one
 * another"; the compound of any number of co-parties when CAMEO code
 * `code` is a joint act ("met", "signed an agreement", "agreed"); tgt
 * otherwise. */
int32_t acta_reciprocal_target(struct acta_work *w, const vgroup *g, uint32_t end,
                               int32_t src, int32_t tgt, const char *code, uint32_t lemma);
/* prec41a: of a joint act whose subject is "he"/"she" and an actor ("he
 * and President X signed the agreement"), the source one of the two, the
 * other is the target (the pronoun: the person acta_antecedent finds in
 * its sentence or the one before), when tgt is NO; else tgt. */
int32_t acta_pronoun_partner(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                             uint32_t end, int32_t src, int32_t tgt, const char *code,
                             uint32_t lemma);
/* A copy of mention a as its own target, its words [b, e) ("each other",
 * "it out", the phrase's head: an event's actor on itself is dropped),
 * appended after the sentence's mentions; returns it (object_refs.c). */
int32_t acta_self_target(struct acta_work *w, const mention *a, uint32_t b, uint32_t e);
/* A role-only mention (role CVL or CRM, or any role given) for tokens
 * [q0, q1), appended after every sentence's mentions (only an event's
 * target); returns it (object_refs.c). */
int32_t acta_private_person(struct acta_work *w, uint32_t q0, uint32_t q1, const char *role);
/* Does byte span [start, end) share a byte with a place the gazetteer
 * found in sentence si (object_refs.c)? */
int acta_overlaps_place(const struct acta_work *w, size_t si, size_t start, size_t end);
/* The first token of verb group g's clause's words before it, past its
 * adverbs ("was later arrested") (object_refs.c). */
uint32_t acta_before_adverbs(const struct acta_work *w, const sent_ctx *sc, const vgroup *g);

/* prec37b: the other side of a fight (CAMEO root 19, a verb of two sides)
 * whose armed source is joined by "and" to a phrase no dictionary codes
 * that names a rival ("the CJNG and a rival gang are battling") or a band
 * by its members' plural name ("the Sinaloa Cartel and the Valenzuelas"):
 * that phrase, coded by the source's role only; or, with no such phrase,
 * one plural armed group named as rivals or fighting "it out" ("rival AUC
 * blocs battled near Puerto Gaitan", "gangs battled it out"): a copy of the
 * source, its members each other's (clash_foes.c). */
int32_t acta_fight_other_side(struct acta_work *w, const sent_ctx *sc, const vgroup *g,
                              int32_t src, int32_t tgt, const char *code, uint32_t lemma);

/* The source of passive verb group g with no agent when it deploys forces
 * (root 15, or peacekeepers 074: "send", "deploy", "station" ...): the
 * forces' own side, its subject subj when that is armed forces, police
 * or (074) any coded body ("Mexican troops were deployed to Michoacan":
 * MEXMIL; "troops were deployed": MIL, with the country a bare role
 * takes).  NO otherwise. */
int32_t acta_deployed_source(struct acta_work *w, const vgroup *g, int32_t subj,
                             const char *code, uint32_t lemma);

/* The source of active verb group g (code not a statement, 01x, nor aid,
 * 07x; no appeal that is a question: "asked how") when no
 * dictionary actor is its subject: a name no dictionary knows right before
 * it, opening its clause, as a mention with no code, role or country
 * (acta builds no profile of a private person), unless the article named
 * the surname before with a role (name_refs.c): then that code.  NO when
 * there is none. */
int32_t acta_named_source(const acta_dict *d, struct acta_work *w, const sent_ctx *sc,
                          const vgroup *g, const char *code);

/* The subject of passive verb group g with no agent, when no dictionary
 * actor stands there: a private person's name right before it ("Bohendi
 * was beaten", "Jose Perez was arrested") after an act on a person is a
 * role-only CVL mention appended to w->ments.  NO when there is none
 * (traced when there is). */
int32_t acta_passive_private_subject(struct acta_work *w, const sent_ctx *sc,
                                     const vgroup *g, const char *code);

/* ---- triggers.c ------------------------------------------------------------- */

/* actors19 */
/* The force whose operation verb group g's act was done in ("were
 * arrested after a police raid", "died during an army incursion"): an
 * actor's phrase ending in an operation noun after "after", "during",
 * "in" ... within reach of g (before end), not g's subject's own side.
 * Its mention's group, else NO. */
int32_t acta_operation_agent(const struct acta_work *w, const vgroup *g, uint32_t end);
/* The same from token from, for an act whose doer (subject: NO if none)
 * is not g's: g may be NULL (an event noun's act: any verb between stops
 * it). */
int32_t acta_operation_agent_at(const struct acta_work *w, const vgroup *g, uint32_t from,
                                int32_t subject, uint32_t end);
/* actors23: the actor a passive's act of force (CAMEO code) is attributed
 * to ("killed in an attack blamed on the Zetas"), or NO (attributed_acts.c). */
int32_t acta_attributed_agent(const struct acta_work *w, const vgroup *g, const char *code,
                              uint32_t end);

/* Events from the verb groups [vg0, vg1) of the sentence being coded. */
void acta_code_verbs(acta_coder *c, sent_ctx *sc, size_t vg0, size_t vg1);
/* Events from the event nouns of the sentence being coded. */
void acta_code_event_nouns(acta_coder *c, sent_ctx *sc);

/* ---- elided_passives.c (actors34) ------------------------------------------ */
/* A bare participle of a verb that needs an object after "and", with no
 * object, whose passive auxiliary is left out after a phrase of the verb
 * group before ("was arrested in Italy and deported to Mexico", "had been
 * under surveillance for months and eventually apprehended"): marks it
 * passive (shared_aux) and returns the first's subject; else subj. */
int32_t acta_elided_passive(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                            size_t gi, size_t vg0, int32_t subj);
/* prec48b: the same after "but", "though", "although" or "yet" and "not"
 * or "never" ("was questioned but not arrested"): the denied participle
 * is passive, of the first's subject; else subj. */
int32_t acta_denied_passive(const acta_dict *d, struct acta_work *w, const acta_sentence *s,
                            size_t gi, size_t vg0, int32_t subj);

/* ---- weapon_agents.c (prec43a) --------------------------------------------- */
/* "A bomb planted by the rebels killed 12 soldiers": for active group g
 * with no subject (subj NO) whose clause opens with a weapon or an attack
 * and its bare participle of placing or carrying out with a "by" phrase
 * running up to g, that phrase's actor group; else subj. */
int32_t acta_weapon_agent_subject(const acta_dict *d, struct acta_work *w, const vgroup *g,
                                  uint32_t lo, int32_t subj);
/* "were killed by a bomb planted by the rebels": for the passive's "by" at
 * token by, the actor group of the participle of placing after the weapon
 * it names; NO if none. */
int32_t acta_weapon_by_agent(const acta_dict *d, const struct acta_work *w,
                             const acta_sentence *s, uint32_t by);

/* prec44e: is token v the bare participle of a weapon's reduced relative
 * ("a mine detonated by", "The grenade, thrown by")?  one_act.c: the act
 * it codes is the harm the weapon did. */
int acta_weapon_participle(const struct acta_work *w, const acta_sentence *s, uint32_t v);

/* ---- subordinate_agents.c (actors34) ---------------------------------------- */
/* The state force that did agentless passive act of coercion g (CAMEO
 * root 17) named by a clause of time beside it ("were arrested after
 * authorities found ...", "After police raided the ranch, four men were
 * detained"), or, for a killing or an attack (roots 18-20), the state
 * force or armed group whose clause's verb is an attack ("were killed when
 * gunmen attacked their patrol"); else NO. */
int32_t acta_subordinate_agent(const struct acta_work *w, const acta_sentence *s,
                               const vgroup *g, const char *code);

/* ---- event_places.c (places: gazetteer.c) ---------------------------------- */

/* The places of every sentence of article a and the dateline's (codes:
 * the countries the article names and counts how often, for homonyms,
 * ranked by count, then first named; lead: NULL, or a country ranked
 * before them, named or not: acta_story_places). */
void acta_find_places(acta_coder *c, const acta_article *a, char (*codes)[4],
                      const int *counts, int ncodes, const char *lead);
/* The place of each event [ev_from, ...) of sentence si. */
void acta_locate_events(acta_coder *c, size_t si, size_t ev_from);

/* ---- story_places.c (places35) ---------------------------------------------- */

/* Reads the places again with w->art_country ranked first (acta_find_places'
 * lead) when acta_find_places ranked another country first (codes,
 * counts: as it was given them). */
void acta_story_places(acta_coder *c, const acta_article *a, char (*codes)[4],
                       const int *counts, int ncodes);

/* ---- event_figures.c (figures: figures.c) ------------------------------------ */

/* The figures of the sentence being coded; a casualty, arrest or crowd
 * figure with no event yields one. */
void acta_sentence_figures(acta_coder *c, sent_ctx *sc);
/* At the end of sentence sc: the figures acta_sentence_figures left to it
 * (sc->figures_owed, figures that make no event), kept when the sentence
 * has an event. */
void acta_owed_figures(acta_coder *c, const sent_ctx *sc);
/* After the article: each figure on its event, and the summaries. */
void acta_attach_figures(acta_coder *c);

/* ---- target_reach.c (claims35) ---------------------------------------------- */
/* The target tgt of an act of code `code`, or NO when it is who asked for
 * or ordered the act ("seized the ranch at the request of the US Treasury",
 * "at Washington's request"); a concession (root 08) keeps it. */
int32_t acta_requester_target(struct acta_work *w, const acta_sentence *s, int32_t tgt,
                              const char *code);
/* The target tgt of active verb group g (CAMEO `code`), or NO when a
 * second verb joined by "and"/"or" after g's own object stands before it
 * ("froze his assets and prohibited businesses from ...": that verb's
 * object), or, for roots 17-20, when it stands inside a relative clause
 * ("that", "which", "who", "whom") on that object ("killed three members
 * of the gang that killed the migrants": prec37b). */
int32_t acta_reach_target(struct acta_work *w, const acta_sentence *s, const vgroup *g,
                          int32_t tgt, const char *code);
/* nominal45: the target tgt of an event noun whose own words start at
 * token from, or NO when a comma and an "-ing" verb of taking into
 * custody stand between, past a word of the noun's object ("an offensive
 * against the network, arresting eleven people": the arrest's). */
int32_t acta_custody_clause_target(struct acta_work *w, const acta_sentence *s, uint32_t from,
                                   int32_t tgt);

#endif
