/* SPDX-License-Identifier: MIT */
/* dict.h: the compiled dictionary set (acta_dict) and the token type shared
 * by the text stages.  Private to the library. */
#ifndef ACTA_DICT_H
#define ACTA_DICT_H
#include "acta.h"
#include "buf.h"
#include "strmap.h"

/* ---- lexicon ---------------------------------------------------------- */

enum { WF_VERB = 1, WF_NOUN = 2, WF_ADJ = 4, WF_ADV = 8,
       WF_STAGE = 16 /* interned for the stage vocabulary only (vocab.c):
                        not a word of the lexicon */ };

/* Closed-class word categories (tagger.c fills them in). */
typedef enum {
  CC_NONE = 0, CC_DET, CC_PREP, CC_CONJ, CC_PRON, CC_POSSDET, CC_BE, CC_HAVE,
  CC_DO, CC_MODAL, CC_NEG, CC_TO, CC_WH, CC_THAT, CC_ADV, CC_SUBORD, CC_NUMWORD
} acta_closed;

typedef struct acta_word_info {
  uint8_t flags;   /* WF_* from WordNet */
  uint8_t closed;  /* acta_closed */
  uint16_t vocab;  /* code in the stage vocabulary (vocab.h), or 0 */
  uint32_t vexc;   /* irregular verb form -> lemma word id, or ACTA_NO_WORD */
  uint32_t nexc;   /* irregular noun form -> lemma word id */
  uint32_t vlem, nlem; /* verb / noun lemma of the word, computed once at
                          load (ACTA_NO_WORD: none) */
} acta_word_info;

/* ---- tokens ----------------------------------------------------------- */

enum { TK_WORD = 1, TK_NUM, TK_PUNCT };

enum {
  TF_CAP = 1,         /* first letter upper case */
  TF_ALLCAPS = 2,     /* every letter upper case (2+ letters) */
  TF_NL_BEFORE = 4,   /* a line break precedes it */
  TF_PARA_BEFORE = 8, /* a blank line precedes it */
  TF_DATELINE = 16,   /* part of a dateline ("KYIV, Ukraine --") */
  TF_ABBR = 32,       /* abbreviation with its period ("Gen.", "U.S.") */
  TF_SENT_START = 64, /* first token of a sentence */
  TF_USED = 128       /* the coder's: a word a verb's pattern or a reporting
                         frame used ("as saying"), for one sentence */
};

/* Token shapes (acta_token.shape), for the stages that read tokens. */
enum {
  /* A token every text stage takes as it is: a word or number of ASCII
   * letters and digits only, or punctuation that no stage joins to a word
   * (ASCII other than ' and `; dashes, double quotes, bullets and currency
   * signs).  A run of tokens with no space between them that are all
   * plain is read token by token; any other run (possessives, "U.S.",
   * "1,000", "al-Khaimah", letters outside ASCII) is read by each stage
   * from the bytes of the run, by its own rules. */
  TS_PLAIN = 1,
  TS_ASCII = 2, /* every byte is ASCII */
  /* speed29c: a word or number whose id or noun lemma labels an edge from
   * the phrase trie's root (acta_root_word), so a dictionary phrase may
   * begin at it; set by acta_tokenize with a dictionary, once a word id in
   * its memo, and read by acta_match_phrases's skipping loop */
  TS_ROOT = 4,
  /* (8 was speed31b's TS_NOCW: acta_tokens.cw, speed35f, says more) */
  /* speed38b: the gazetteer's first-word filter (its fwords bit) asked of
   * the word once, by the tokenizer's memo (dictionary memo_dict's
   * gazetteer): TS_FW_ASKED it was, TS_FW its bit is set (an exact key
   * may start with the word).  Neither: not asked (the gazetteer asks) */
  TS_FW_ASKED = 8,
  TS_FW = 16,
  /* speed41a: the tokenizer's memo gave the token, with its word id, the
   * tagger's candidates of its word in its form and with no lock, by how
   * it reads (acta_tokens.lexc: acta_tagger_word_cands()) */
  TS_LEXC = 32,
  /* speed45b: the yield gate's bit (d->yield_heads, yield_gate.c) asked
   * of the word's id and lemmas once, by the tokenizer's memo: TS_YH_ASKED
   * it was, TS_YH one of them keys a pattern map or is a reporting verb.
   * Neither: not asked (the gate asks) */
  TS_YH_ASKED = 64,
  TS_YH = 128
};

/* Pattern-head bits of a token (acta_token.heads), speed47c: asked of
 * the word's id and lemmas once a word, by the tokenizer's memo (a token
 * not filled from the memo, or whose word or lemmas a stage rewrote, has
 * 0: not asked, and the stage asks d->pat_heads itself:
 * acta_tok_noun_head_may). */
enum {
  TH_ASKED = 1,
  TH_NOUN = 2 /* its word id, verb lemma or noun lemma keys d->noun_pats
                 (d->pat_heads[1]) */
};

/* acta's part-of-speech classes (tagger.c) */
typedef enum {
  P_NONE = 0, P_DET, P_PREP, P_CONJ, P_PRON, P_AUX, P_MODAL, P_NEG, P_TO,
  P_WH, P_THAT, P_VERB, P_NOUN, P_PROPN, P_ADJ, P_ADV, P_NUM, P_POSS,
  P_PUNCT, P_SUBORD
} acta_pos;

typedef struct acta_token {
  uint32_t start, end;      /* byte span in the text */
  uint32_t norm;            /* offset of the folded form in the norm buffer */
  uint32_t norm_len;
  uint32_t word;            /* interned id of the folded form, or NO_WORD */
  uint32_t vlemma, nlemma;  /* verb / noun lemma ids (or NO_WORD) */
  uint8_t kind, flags, tag;
  uint8_t penn;             /* Penn Treebank tag (PT_*, tagger_model.h) */
  uint8_t lock;             /* tag fixed before tagging (0: none) */
  uint8_t place;            /* inside a place name after a locative word */
  char punct;               /* normalised punctuation character */
  uint8_t shape;            /* TS_* */
  uint16_t vocab;           /* stage-vocabulary code of a word of ASCII
                               letters and digits (vocab.h), or 0 */
  uint8_t heads;            /* TH_*: speed47c, the pattern-head bits of
                               the word id and lemmas, asked once a word */
} acta_token;
_Static_assert(sizeof(acta_token) == 40, "a token is 40 bytes (heads fills padding)");

struct acta_word_memo;

/* A "then-" word the tokenizer read as the name after it (tokenize.c
 * then_title): the rest's word id and the capitals the token takes, added
 * by acta_then_titles() after the sentences are split. */
typedef struct acta_then_mark {
  uint32_t tok, word;
  uint8_t flags;
} acta_then_mark;

/* acta_tokens.cw: a token whose coder word id the tokenizer did not give
 * (code.c looks it up); no coder word id is this large */
#define ACTA_CW_UNSET (UINT32_MAX - 1)

/* The tagger's candidates of a lexicon word written in its own form with
 * no lock: an index into the model's candidates (acta_tagger_model.cands)
 * for each way a word token reads (lower case, capitalised at a sentence's
 * start, inside it, a sentence without case: tagger.c's RC_*) */
typedef struct acta_word_cands {
  uint16_t read[4];
} acta_word_cands;

typedef struct acta_tokens {
  acta_token *v;
  size_t n, cap;
  /* speed35f: each token's coder word id (acta_coder_word_of_token), as
   * the tokenizer's memo gives it with the word id, or ACTA_CW_UNSET
   * (another path, a "then-" word rewritten, no dictionary): code.c
   * completes it in place and reads it as w->tok_cw; cap entries */
  uint32_t *cw;
  /* the tokens that may have no coder word id given (ACTA_CW_UNSET
   * written; some are given later): code.c looks at these only */
  uint32_t *unset;
  size_t nunset, cap_unset;
  acta_buf norm;            /* folded forms, NUL separated */
  /* tokenize.c's memo of the lexicon lookups of recent words (their ids
   * and lemmas), for dictionary memo_dict; NULL until the first */
  struct acta_word_memo *memo;
  void *memo_block; /* speed45b: the zeroed block memo is aligned in (freed) */
  const void *memo_dict;
  /* memo_dict's gazetteer, whose first-word bits (TS_FW) the memo's words
   * carry: the gazetteer compares it, never reading memo_dict */
  const void *memo_gaz;
  /* tokenize.c: the word id of each ASCII byte as a punctuation token of
   * one byte, for memo_dict; NULL until the first */
  uint32_t *punct_words;
  /* speed35f: their coder word ids (ACTA_CW_UNSET: no coder words) */
  uint32_t *punct_cw;
  /* speed41a: each token's acta_tagger_word_cands() when its shape has
   * TS_LEXC (else not written), as the tokenizer's memo gives them with
   * its word id: the tagger reads them in token order, not a scattered
   * row of the model's table a token; cap entries */
  acta_word_cands *lexc;
  /* tagger.c's memo of common words' candidate tags; NULL until the first */
  struct acta_cand_memo *cand_memo;
  /* the "then-" words of the last text tokenized with a dictionary */
  acta_then_mark *then_marks;
  size_t nthen, cap_then;
  /* speed39b: the text last tokenized with a dictionary, sixteen zero
   * bytes after it (tokenize.c's common_tokens() reads sixteen at a time
   * up to its end) */
  acta_buf padded;
} acta_tokens;

typedef struct acta_sentence {
  uint32_t first, last;     /* token range [first, last) */
  uint32_t start, end;      /* byte span */
} acta_sentence;

/* ---- actors, agents, discards (phrase trie) --------------------------- */

/* dict->tabari_words: what a TABARI word list says of a word */
enum { ACTA_TWORD_NOUN = 1, ACTA_TWORD_ADJECTIVE = 2,
       ACTA_TWORD_STEM = 4 /* written without a final _: the words it begins */ };

/* dict->tabari_edges: how a TABARI phrase's edge may be taken (bits), and
 * the key (node << 32 | ACTA_EDGE_NODE) holding the bits of its edges */
#define ACTA_EDGE_GAP 1u      /* after words left out: a blank before it */
#define ACTA_EDGE_STEM 2u     /* by a text word it begins: no `_` after it */
#define ACTA_EDGE_NODE 0xFFFFFFFFu
/* dict->alts: a choice's length word with this bit holds TABARI words
 * written with blanks ("LOUDLY INCLUDED"): other words may stand between */
#define ACTA_ALT_GAPS 0x80000000u

/* ENT_BLOCK: a phrase that holds a role word but names no actor
 * (agents.txt `---`: "criminal activity", "criminal record") */
enum { ENT_ACTOR = 1, ENT_AGENT, ENT_DISCARD, ENT_BLOCK };

typedef struct acta_entry {
  uint8_t kind;            /* ENT_* */
  uint8_t proper;          /* phrase starts upper case: text must too */
  uint8_t prefix;          /* agent code goes before the country ("NGO~") */
  uint8_t keds;            /* from a PETRARCH / TABARI dictionary */
  uint8_t exact;           /* matches written forms only, not lemmas (a
                              KEDS agent with its own `{plurals}`) */
  char code[24];           /* agents: the whole role code ("GOVFRM") */
  char country[4];
  char role[4];            /* first role code */
  uint8_t whole_end;       /* TABARI: its last word ends in `_`, so a word
                              that only begins with it is not it */
  uint8_t multi;           /* speed36h: not an agent, and its code names
                              several actors ("USA/MEX"): mentions.c's
                              compose asks this of every match (set once,
                              dict_load.c's entry_flags) */
  int32_t from, to;        /* yyyymmdd range [from, to), 0 = open */
  uint16_t file;           /* index into dict->files */
  uint32_t line;
  uint32_t next;           /* next entry on the same trie node */
  uint32_t nwords;
} acta_entry;

/* ---- event patterns --------------------------------------------------- */

/* PE_SOURCE, PE_COMPOUND and PE_SKIP come from PETRARCH patterns (`$`,
 * `%`, `^`: a noun phrase passed over). */
enum { PE_WORD = 1, PE_TARGET, PE_SOURCE, PE_COMPOUND, PE_SKIP };

typedef struct acta_pelem {
  uint8_t type;
  uint8_t joined;          /* directly after the element before it (or the
                              head), no word between (PETRARCH `_`) */
  uint8_t prefix;          /* TABARI stems: each one-word choice matches
                              every word it begins ("REVOLUTION" is
                              "revolutionary" too) */
  uint8_t ends;            /* a word element whose ends_first and ends_last
                              hold (dict_build.c's element_ends); 0: no
                              such filter (a stem, an empty choice) */
  uint32_t alt_off, nalt;  /* nalt choices in dict->alts, each a length n
                              followed by n word ids ("swiss francs") */
  uint32_t mask;           /* speed35g: 1 + the index of its word-filter mask
                              in dict->elem_masks (ACTA_PF_MASK_WORDS words
                              each: the acta_pf_bit of every choice), for an
                              element of ACTA_PF_MASK_MIN or more one-word
                              choices, no stem; 0: none (match.c walks the
                              choices) */
  uint64_t ends_first;     /* acta_end_bit() of each choice's first word */
  uint64_t ends_last;      /* ... and of its last: a token none of whose ids
                              (word, lemmas) has its bit begins (ends) no
                              choice, and match.c passes it over */
} acta_pelem;

/* The bit of word id x in an element's ends_first / ends_last. */
static inline uint64_t acta_end_bit(uint32_t x) {
  return (uint64_t)1 << (((uint64_t)x * 0x9E3779B97F4A7C15ull) >> 58);
}

/* a reporting verb written "~---": it frames what it reports (its speaker
 * is the reporter) but is never a statement of its own ("believe") */
#define ACTA_REPORT_NO_CODE 0xFFFFFFu
#define ACTA_NO_CODE 0xFFFFFFFFu  /* a pattern that matches but codes
                                     nothing (PETRARCH `[---]`) */

#define ACTA_PAT_NEED 4
#define ACTA_PF_NONE 0xFFFFu

typedef struct acta_pattern {
  uint32_t cameo;          /* index into dict->cameo, or ACTA_NO_CODE */
  uint32_t cameo2;         /* + 1: code of the reverse event, target to
                              source (PETRARCH `[032:033]`); 0 none */
  uint32_t head;           /* head lemma word id */
  uint32_t el_off, nel;    /* elements after the head */
  uint32_t pre_off, npre;  /* elements before the head, in text order */
  uint32_t nlit;           /* literal words (specificity) */
  uint8_t noun;            /* n: event noun */
  uint8_t has_target;
  uint8_t has_source;      /* a `$` slot names the source */
  uint8_t compound;        /* a `%` slot: the members of a compound act
                              on each other */
  uint8_t exact;           /* words match their written form only, and the
                              pattern is taken as written (PETRARCH); 2: the
                              same, but words take their regular endings
                              too (TABARI) */
  uint8_t head_joined;     /* the head directly follows the last pre
                              element */
  uint16_t file;
  uint32_t line;
  uint32_t text;           /* pattern as written (pool offset) */
  uint32_t next;           /* next pattern with the same head */
  uint16_t need[ACTA_PAT_NEED]; /* the word filter's bits (acta_pf_bit) of
                              words the pattern cannot fit without: those
                              of its word elements with one choice (not a
                              TABARI stem), up to ACTA_PAT_NEED of them;
                              ACTA_PF_NONE after the last */
} acta_pattern;

/* speed47b: what acta_best_pattern and acta_head_may_fit read of each
 * pattern of a head before it is tried (its filter words, whether it
 * matches written forms only), the patterns of one head side by side in
 * their chain's order (dict->pat_links): 16 bytes, four to a cache line,
 * where the walk along acta_pattern.next read a line of 60 bytes a
 * pattern, most of them passed over by their filter words. */
typedef struct acta_pat_link {
  uint16_t need[ACTA_PAT_NEED]; /* the pattern's need[] */
  uint32_t pat;                 /* its index in dict->pats */
  uint8_t exact;                /* its exact */
  uint8_t last;                 /* 1: the last of its head's chain */
  uint8_t pad[2];
} acta_pat_link;
_Static_assert(sizeof(acta_pat_link) == 16, "a pattern's link is 16 bytes");

/* The bit of word id x in match.c's per-sentence word filter (1024 bits),
 * which a pattern's need[] holds ready (dict_build.c). */
#define ACTA_PF_MASK_WORDS 16 /* the filter's 64-bit words (ACTA_PF_WORDS) */
#define ACTA_PF_MASK_MIN 4    /* fewer choices: walking them costs less */
static inline uint32_t acta_pf_bit(uint32_t x) {
  return (uint32_t)(((uint64_t)x * 0x9E3779B97F4A7C15ull) >> 54); /* 10 bits */
}

typedef struct acta_cameo {
  char code[5];
  int quad;
  double goldstein;
  uint32_t name;           /* pool offset */
} acta_cameo;

struct acta_gazetteer;
struct acta_tagger_model;
struct acta_coder_words;
struct acta_image;

/* Every table is either parsed (dict_load.c) or mapped read-only from a
 * dictionary image (dict_image.c): a field added here must be written to
 * and read from the image there too (its size check says so). */
/* A set of word ids, a bit each (speed18: asked before a hash map whose
 * keys it holds, by acta_word_set_has). */
typedef struct acta_word_set {
  uint64_t *bits;
  uint32_t nbits; /* a multiple of 64 */
} acta_word_set;

struct acta_dict {
  struct acta_gazetteer *gaz; /* places (gazetteer.c) */
  struct acta_tagger_model *tagger; /* part-of-speech model (tagger_model.c) */
  acta_intern words;
  acta_word_info *info;
  size_t info_cap;
  acta_pool strings;       /* names, pattern texts */

  acta_cameo *cameo;
  size_t ncameo;
  acta_u64map cameo_index; /* packed code -> index */

  acta_u64map edges;       /* (node << 32 | word) -> child node */
  uint64_t *root_words;    /* a bit per word id: an edge from the root (node
                              0) has that word; kept by the trie's builder
                              and made from an image's edges, so that a word
                              no phrase begins with is passed over without a
                              hash lookup */
  uint32_t nroot_words;    /* bits held (a multiple of 64) */
  /* speed32e: the phrase walk's step (acta_trie_step), computed from the
   * edges after the load on both paths (acta_trie_index_build): the child
   * of the root by each word id (0: none), and one bit per hash of every
   * other edge, so that a word no edge from a node has is passed over
   * without probing the edges map (most steps after a phrase's first
   * word: "the" leads to "the hague", not "the government") */
  uint32_t *root_child;    /* nroot_child entries */
  uint32_t nroot_child;
  uint64_t *edge_bloom;    /* 1 << edge_bloom_log bits (acta_trie_index_build,
                              on both load paths) */
  uint32_t edge_bloom_log;
  acta_word_set pat_heads[2]; /* speed18: the word ids that key verb_pats
                              ([0]) or noun_pats ([1]); kept by the patterns'
                              builder and made from an image's maps, so that
                              a word no pattern is headed by is passed over
                              without a hash lookup */
  acta_word_set yield_heads; /* speed43a: the keys of verb_pats, noun_pats
                              and report, made on both load paths beside
                              pat_heads (yield_gate.c) */
  acta_u64map tabari_edges; /* TABARI phrases: ACTA_EDGE_* bits of an edge
                              (node << 32 | word): it may follow words left
                              out (a blank before it, not `_`: "PRINCE
                              DOL_AMROTH" is "Prince of Dol Amroth"), and
                              its word is a stem ("ERIADOR" is
                              "Eriadorian"); and of each node */
  acta_u64map tabari_words; /* TABARI .actors <NOUN> and <ADJECTIVE>
                              lists: acta_hash of a folded word ->
                              ACTA_TWORD_* bits (tabari_sources.c) */
  acta_u64map tabari_stem_verbs; /* TABARI verb roots written as stems:
                              acta_hash of the folded stem ("resum") -> the
                              word id its patterns are indexed under, so a
                              noun it begins ("resumption") finds them
                              (tabari_verbs.c) */
  uint32_t *node_entry;    /* node -> first entry index + 1 (0 none) */
  uint32_t nnodes, cap_nodes;
  acta_entry *entries;
  size_t nentries, cap_entries;
  size_t nactors, nagents, ndiscards;

  acta_pattern *pats;
  size_t npats, cap_pats;
  acta_pelem *elems;
  size_t nelems, cap_elems;
  uint32_t *alts;
  size_t nalts, cap_alts;
  uint64_t *elem_masks;    /* word elements' filter masks (acta_pelem.mask) */
  size_t nelem_masks, cap_elem_masks; /* in masks, not words */
  acta_u64map verb_pats;   /* head word -> first pattern index */
  acta_u64map noun_pats;
  /* speed47b: every head's chain of patterns as acta_pat_link records,
   * one chain after another (acta_pattern_links_build, after the load on
   * both paths), and the link of each pattern (pat_link_of[pattern
   * index]); NULL when there are no patterns */
  acta_pat_link *pat_links;
  uint32_t *pat_link_of;
  acta_u64map report;      /* reporting verb lemma -> cameo index |
                              (status << 24) */

  acta_u64map countries;   /* packed alpha-3 -> 1 */
  /* cue phrases (cues.txt, cues.h): the words of a sentence that give its
   * events' PLOVER contexts and modes and ACLED sub-types */
  struct acta_cue *cues;
  size_t ncues, cap_cues;
  uint32_t *cue_words;     /* the words of every cue, lexicon ids */
  size_t ncue_words, cap_cue_words;
  acta_u64map cue_first;   /* first word id -> first cue with it */
  acta_word_set cue_heads; /* speed18: its keys, as pat_heads (cues.c) */
  uint8_t keds_only;       /* PETRARCH / TABARI dictionaries alone: their
                              habits hold (the coder's "KEDS" rules) */
  uint8_t tabari;          /* TABARI dictionaries alone: TABARI's own rules
                              too (tabari_pronouns.c); never imaged */
  struct acta_coder_words *coder_words; /* the coder's word lists as ids
                                          (coder_words.c) */
  char files[64][32];
  size_t nfiles;
  size_t verb_lemmas;
  struct acta_image *image; /* the mapped dictionary image every table
                               above lies in (NULL: parsed, owned) */
};

/* lexicon helpers (lemma.c) */
uint32_t acta_word_add(acta_dict *d, const char *s, size_t n);
static inline const acta_word_info *acta_word(const acta_dict *d, uint32_t w) {
  return &d->info[w];
}
int acta_load_wordnet(acta_dict *d, const char *dir, char *err, size_t errlen);
/* Verb / noun lemma of a folded word form; ACTA_NO_WORD when unknown.
 * scratch must hold at least n + 8 bytes. */
uint32_t acta_verb_lemma(const acta_dict *d, const char *s, size_t n,
                         uint32_t word, char *scratch);
uint32_t acta_noun_lemma(const acta_dict *d, const char *s, size_t n,
                         uint32_t word, char *scratch);
/* Computes vlem/nlem of every word of the lexicon (after the load). */
void acta_precompute_lemmas(acta_dict *d);

/* Marks word as the label of an edge from the trie's root (dict_build.c);
 * aborts when out of memory. */
void acta_root_word_set(acta_dict *d, uint32_t word);
/* Does an edge from the trie's root have word? */
static inline int acta_root_word(const acta_dict *d, uint32_t word) {
  return word < d->nroot_words && ((d->root_words[word >> 6] >> (word & 63)) & 1);
}
/* TS_ROOT when a dictionary phrase may begin at a word of this id and
 * noun lemma (its id or lemma labels an edge from the trie's root), else
 * 0: the tokenizer's mark on a token (tokenize.c), and acta_then_titles's
 * on a token whose word it rewrites. */
static inline uint8_t acta_root_shape(const acta_dict *d, uint32_t word, uint32_t nlemma) {
  return acta_root_word(d, word) || acta_root_word(d, nlemma) ? TS_ROOT : 0;
}
/* Computes d->root_child and d->edge_bloom from d->edges (dict_build.c),
 * once every phrase is in the trie; aborts when out of memory. */
void acta_trie_index_build(acta_dict *d);
/* Computes d->pat_links and d->pat_link_of from d->pats and its head
 * indexes (dict_build.c), once every pattern is loaded; aborts when out
 * of memory.  Returns -1 when a pattern lies on two heads' chains (or a
 * chain loops or leaves the patterns): a damaged image's, never the
 * loader's. */
int acta_pattern_links_build(acta_dict *d);
/* The bit of edge key (node << 32 | word) in d->edge_bloom. */
static inline uint64_t acta_edge_bloom_at(uint64_t key, uint32_t log) {
  return (key * 0x9E3779B97F4A7C15ull) >> (64 - log);
}
/* May node (not the root) have an edge by word x?  0 for certain when the
 * edge's bloom bit is clear. */
static inline int acta_edge_may(const acta_dict *d, uint32_t node, uint32_t x) {
  uint64_t b = acta_edge_bloom_at(((uint64_t)node << 32) | x, d->edge_bloom_log);
  return (int)((d->edge_bloom[b >> 6] >> (b & 63)) & 1);
}
/* The trie's child of node by word x: 1 and *child when the edge exists.
 * The root's edges are read from root_child; another node's are probed
 * in the edges map only when the edge's bloom bit is set. */
static inline int acta_trie_step(const acta_dict *d, uint32_t node, uint32_t x,
                                 uint32_t *child) {
  if (node == 0) {
    if (x >= d->nroot_child || !d->root_child[x]) return 0;
    *child = d->root_child[x];
    return 1;
  }
  if (!acta_edge_may(d, node, x)) return 0;
  return acta_u64map_get(&d->edges, ((uint64_t)node << 32) | x, child);
}
/* Adds word to set (dict_build.c); aborts when out of memory. */
void acta_word_set_add(acta_word_set *set, uint32_t word);
static inline int acta_word_set_has(const acta_word_set *set, uint32_t word) {
  return word < set->nbits && ((set->bits[word >> 6] >> (word & 63)) & 1);
}
/* TH_NOUN of token fields word, vlemma and nlemma: 0 when none of them
 * keys d->noun_pats for certain (d->pat_heads[1]). */
static inline uint8_t acta_noun_head_bits(const acta_dict *d, uint32_t word, uint32_t vlemma,
                                          uint32_t nlemma) {
  return acta_word_set_has(&d->pat_heads[1], word) ||
                 acta_word_set_has(&d->pat_heads[1], vlemma) ||
                 acta_word_set_has(&d->pat_heads[1], nlemma)
             ? TH_NOUN
             : 0;
}
/* May token tk's word id or a lemma of it key d->noun_pats?  From the
 * token's bit when the memo asked it (TH_ASKED), else from pat_heads. */
static inline int acta_tok_noun_head_may(const acta_dict *d, const acta_token *tk) {
  if (tk->heads & TH_ASKED) return tk->heads & TH_NOUN;
  return acta_noun_head_bits(d, tk->word, tk->vlemma, tk->nlemma) != 0;
}
/* May word be a key of idx?  0 when d->verb_pats or d->noun_pats lacks it
 * for certain; 1 otherwise (and for any other map). */
static inline int acta_pat_head_may(const acta_dict *d, const acta_u64map *idx,
                                    uint32_t word) {
  int k = idx == &d->noun_pats ? 1 : idx == &d->verb_pats ? 0 : -1;
  return k < 0 || acta_word_set_has(&d->pat_heads[k], word);
}

/* tokenize.c */
void acta_tokens_init(acta_tokens *t);
void acta_tokens_free(acta_tokens *t);
/* Tokenizes text (assumed valid UTF-8) and folds each token; looks up word
 * and lemma ids in d when d is not NULL. */
void acta_tokenize(const acta_dict *d, const char *text, size_t len,
                   acta_tokens *out);
static inline const char *acta_tok_norm(const acta_tokens *t, size_t i) {
  return t->norm.data + t->v[i].norm;
}
/* acta_token_run's loop, for a token glued to the next (or, across
 * unusual spaces, a gap other than one space after it). */
uint32_t acta_token_run_glued(const acta_token *v, const char *text, uint32_t k,
                              uint32_t last, int across_unusual_spaces, int *plain);
/* The end of the run of glued tokens (no space between them) that starts
 * at token k of v (an acta_tokens' v), before last; across_unusual_spaces:
 * a space holding a byte outside ASCII (U+200B, U+3000 ...) glues too
 * (text is read only then).  *plain: every token of the run is TS_PLAIN
 * (a space that glues makes it not plain).  speed37c: a token alone -- the last, or a gap after it
 * (across unusual spaces, one space) -- is most tokens, and answered here
 * without the call (dates.c, figures.c and gazetteer.c each tested it
 * before the call). */
static inline uint32_t acta_token_run(const acta_token *v, const char *text,
                                      uint32_t k, uint32_t last,
                                      int across_unusual_spaces, int *plain) {
  if (k + 1 < last) {
    uint32_t e = v[k].end, next = v[k + 1].start;
    if (next == e ||
        (across_unusual_spaces && !(next == e + 1 && text[e] == ' ')))
      return acta_token_run_glued(v, text, k, last, across_unusual_spaces, plain);
  }
  *plain = (v[k].shape & TS_PLAIN) != 0;
  return k + 1;
}
/* Splits tokens into sentences (appends to *out, growing it). */
size_t acta_split_sentences(const acta_dict *d, acta_tokens *t,
                            acta_sentence **out, size_t *cap);
/* bugs29: "then-US", "then-Mexican": each token the tokenizer marked
 * (t->then_marks) is read as the name after "then-": its folded form (its
 * norm span), word id, lemmas, vocabulary code and capitals, not its bytes
 * in the text.  Once, after acta_split_sentences (which reads the word as
 * written). */
void acta_then_titles(const acta_dict *d, acta_tokens *t);
/* Returns byte offset of the first invalid UTF-8 sequence, or -1. */
long acta_utf8_invalid_at(const char *s, size_t n);

/* tagger.c */
void acta_register_closed_words(acta_dict *d);
/* The acta_pos of a closed-class category (CC_*), or P_NONE. */
int acta_closed_pos(int closed);
/* Tags tokens [first, last) of one sentence (tag and penn); a token's lock
 * (a dictionary phrase's noun) is kept.  Needs d->tagger. */
void acta_tag(const acta_dict *d, acta_tokens *t, uint32_t first,
              uint32_t last);
/* Is [first, last) a headline in title case ("Peru Probes Logging
 * Links to Organized Crime"): every word of four letters or more
 * capitalised (but function words: "Denies Negotiating with Gangs",
 * "Police were Ambushed", when no shorter open-class word is low either),
 * three of them not in capitals throughout, two of those words the model
 * mostly sees in lower case? */
int acta_title_case(const acta_dict *d, const acta_tokens *t, uint32_t first,
                    uint32_t last);
const char *acta_pos_name(int tag);
/* speed41a: the tagger's candidates of lexicon word `word` written in its
 * own form (n bytes, folded) with no lock, for the tokenizer's memo: 1 and
 * *out filled when the model's image has them, else 0. */
int acta_tagger_word_cands(const acta_dict *d, uint32_t word, size_t n, acta_word_cands *out);
/* tag_fixes.c (nouns36): after acta_tag, on a sentence of body text, a
 * capitalised verb inside a name read as a name, a verb after "the" or a
 * possessive determiner as a noun, a base form after an "-ing" form and
 * adverbs a present unless the "-ing" form's lemma is help_lemma ("help",
 * the coder words' l_help, which takes a bare infinitive) */
void acta_tag_fixes(acta_tokens *t, uint32_t first, uint32_t last, uint32_t help_lemma);

/* dict_load.c */
static inline uint64_t acta_pack3(const char *s) {
  return ((uint64_t)(unsigned char)s[0] << 16) |
         ((uint64_t)(unsigned char)s[1] << 8) | (unsigned char)s[2];
}
const acta_cameo *acta_cameo_find(const acta_dict *d, const char *code);

/* speed12: are a and b, strings of at most three bytes (a role or a
 * country code: the char[4] of an entry, a mention, an actor), equal, as
 * !strcmp(a, b) says?  Inline, byte by byte, no byte read past a NUL: the
 * coder compares roles and countries hundreds of thousands of times an
 * article set, and a call to strcmp costs more than the comparison. */
static inline int acta_code_eq(const char *a, const char *b) {
  return a[0] == b[0] &&
         (!a[0] || (a[1] == b[1] && (!a[1] || (a[2] == b[2] && (!a[2] || a[3] == b[3])))));
}

#endif
