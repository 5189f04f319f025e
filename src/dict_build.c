/* SPDX-License-Identifier: MIT */
/* dict_build.c: the building blocks of a dictionary load, shared by the
 * readers of every format (dict_load.c for acta's own files,
 * petrarch_compile.c for PETRARCH / TABARI ones): phrases into the phrase
 * trie, patterns into the head indexes, codes into the CAMEO table, and
 * file:line reports.  Reads the loader's state (acta_loader); writes the
 * acta_dict being built. */
#include "dict_build.h"
#include "tagger_model.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *acta_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) abort();
  return q;
}

/* "path:line: message" of the line being read, into full. */
static void line_message(const acta_loader *L, char *full, size_t n, const char *fmt,
                         va_list ap) {
  char msg[512];
  vsnprintf(msg, sizeof msg, fmt, ap);
  snprintf(full, n, "%s:%ld: %s", L->path, L->line, msg);
}

/* Reports a malformed line; in strict mode the load fails. */
void acta_loader_bad_line(acta_loader *L, const char *fmt, ...) {
  char full[1024];
  va_list ap;
  va_start(ap, fmt);
  line_message(L, full, sizeof full, fmt, ap);
  va_end(ap);
  if (L->opt && L->opt->strict) {
    if (!L->failed) snprintf(L->err, L->errlen, "%s", full);
    L->failed = 1;
  } else if (L->opt && L->opt->warn) {
    L->opt->warn(L->opt->warn_ud, full);
  }
}

void acta_loader_note(acta_loader *L, const char *fmt, ...) {
  if (!L->opt || !L->opt->warn) return;
  char full[1024];
  va_list ap;
  va_start(ap, fmt);
  line_message(L, full, sizeof full, fmt, ap);
  va_end(ap);
  L->opt->warn(L->opt->warn_ud, full);
}

uint16_t acta_loader_file(acta_dict *d, const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  for (size_t i = 0; i < d->nfiles; i++)
    if (strcmp(d->files[i], base) == 0) return (uint16_t)i;
  if (d->nfiles == sizeof d->files / sizeof d->files[0]) {
    /* past 64 files, entries name the last slot, labelled as such */
    snprintf(d->files[d->nfiles - 1], sizeof d->files[0], "(later files)");
    return (uint16_t)(d->nfiles - 1);
  }
  size_t bl = strlen(base);
  if (bl >= sizeof d->files[0]) bl = sizeof d->files[0] - 1;
  memcpy(d->files[d->nfiles], base, bl);
  d->files[d->nfiles][bl] = '\0';
  return (uint16_t)d->nfiles++;
}


/* Sets word's bit in a bit set of word ids that grows as needed. */
static void word_bit_set(uint64_t **bits, uint32_t *nbits, uint32_t word) {
  if (word == ACTA_NO_WORD) return;
  if (word >= *nbits) {
    uint64_t n = *nbits ? *nbits : 4096;
    while (n <= word) n *= 2;
    uint64_t *p = realloc(*bits, (size_t)(n / 64) * sizeof *p);
    if (!p) abort();
    memset(p + *nbits / 64, 0, (size_t)((n - *nbits) / 64) * sizeof *p);
    *bits = p;
    *nbits = (uint32_t)n;
  }
  (*bits)[word >> 6] |= (uint64_t)1 << (word & 63);
}

void acta_root_word_set(acta_dict *d, uint32_t word) {
  word_bit_set(&d->root_words, &d->nroot_words, word);
}

/* Appends the chain of patterns starting at pattern pi to d->pat_links.
 * A pattern lies on one chain only: acta_loader_pattern appends each to
 * the tail of its own head's chain, and every head's chain starts at the
 * pattern its index (verb_pats, noun_pats) gives.  So the chains fill
 * pat_links exactly, and each pattern has one link (pat_link_of).  A
 * pattern reached twice -- two chains that join, a head indexed in the
 * middle of another's chain, or a chain that loops -- would break that (a
 * second link for it, and more links than patterns): a damaged image's
 * only (dict_image.c checks that a chain goes forward, not that chains
 * stay apart), it returns -1 there. */
static int link_chain(acta_dict *d, uint32_t pi, size_t *n) {
  for (;;) {
    if (pi >= d->npats || d->pat_link_of[pi] != UINT32_MAX) return -1;
    const acta_pattern *p = &d->pats[pi];
    acta_pat_link *l = &d->pat_links[*n];
    memcpy(l->need, p->need, sizeof l->need);
    l->pat = pi;
    l->exact = p->exact;
    l->last = p->next == 0;
    d->pat_link_of[pi] = (uint32_t)(*n)++;
    if (l->last) return 0;
    pi = p->next - 1;
  }
}

int acta_pattern_links_build(acta_dict *d) {
  free(d->pat_links);
  free(d->pat_link_of);
  d->pat_links = NULL;
  d->pat_link_of = NULL;
  if (!d->npats) return 0;
  d->pat_links = calloc(d->npats, sizeof *d->pat_links);
  d->pat_link_of = malloc(d->npats * sizeof *d->pat_link_of);
  if (!d->pat_links || !d->pat_link_of) abort();
  memset(d->pat_link_of, 0xFF, d->npats * sizeof *d->pat_link_of); /* unlinked */
  size_t n = 0;
  for (int noun = 0; noun <= 1; noun++) {
    const acta_u64map *idx = noun ? &d->noun_pats : &d->verb_pats;
    for (uint32_t i = 0; i < idx->nslots; i++)
      if (idx->keys[i] != UINT64_MAX && link_chain(d, idx->vals[i], &n) != 0) return -1;
  }
  return 0;
}

void acta_trie_index_build(acta_dict *d) {
  const acta_u64map *m = &d->edges;
  free(d->root_child);
  free(d->edge_bloom);
  d->root_child = NULL;
  d->nroot_child = 0;
  uint64_t nonroot = 0;
  uint32_t top = 0; /* 1 + the largest word id of a root edge */
  for (uint32_t i = 0; i < m->nslots; i++) {
    if (m->keys[i] == UINT64_MAX) continue;
    if ((m->keys[i] >> 32) == 0) {
      uint32_t x = (uint32_t)m->keys[i];
      if (x != ACTA_NO_WORD && x + 1 > top) top = x + 1;
    } else {
      nonroot++;
    }
  }
  /* 32 bits an edge or more: about one word in 30 that leads on from no
   * node is probed in the map all the same */
  uint32_t log = 12;
  while (log < 40 && ((uint64_t)1 << log) < nonroot * 32) log++;
  d->edge_bloom_log = log;
  d->edge_bloom = calloc((size_t)1 << (log - 6), sizeof *d->edge_bloom);
  d->root_child = calloc(top ? top : 1, sizeof *d->root_child);
  if (!d->edge_bloom || !d->root_child) abort();
  d->nroot_child = top;
  for (uint32_t i = 0; i < m->nslots; i++) {
    uint64_t key = m->keys[i];
    if (key == UINT64_MAX) continue;
    if ((key >> 32) == 0) {
      if ((uint32_t)key != ACTA_NO_WORD) d->root_child[(uint32_t)key] = m->vals[i];
    } else {
      uint64_t b = acta_edge_bloom_at(key, log);
      d->edge_bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
  }
}

void acta_word_set_add(acta_word_set *set, uint32_t word) {
  word_bit_set(&set->bits, &set->nbits, word);
}

static uint32_t trie_child(acta_dict *d, uint32_t node, uint32_t word) {
  uint64_t key = ((uint64_t)node << 32) | word;
  uint32_t child;
  if (acta_u64map_get(&d->edges, key, &child)) return child;
  if (d->nnodes == d->cap_nodes) {
    d->cap_nodes = d->cap_nodes ? d->cap_nodes * 2 : 4096;
    d->node_entry = acta_xrealloc(d->node_entry, d->cap_nodes * sizeof *d->node_entry);
  }
  child = d->nnodes++;
  d->node_entry[child] = 0;
  acta_u64map_put(&d->edges, key, child);
  if (node == 0) acta_root_word_set(d, word);
  return child;
}


/* Adds one phrase for an entry template; returns 0 or -1. */
int acta_loader_phrase(acta_loader *L, const acta_entry *tmpl, const char *ph,
                      size_t n) {
  return acta_loader_phrase_tabari(L, tmpl, ph, n, NULL);
}

/* Adds the bits to a TABARI edge (node << 32 | word) and to its node. */
static void mark_edge(acta_dict *d, uint32_t node, uint32_t word, uint32_t bits) {
  uint64_t keys[2] = {((uint64_t)node << 32) | word, ((uint64_t)node << 32) | ACTA_EDGE_NODE};
  for (int k = 0; k < 2; k++) {
    uint32_t v = 0;
    acta_u64map_get(&d->tabari_edges, keys[k], &v);
    acta_u64map_put(&d->tabari_edges, keys[k], v | bits);
  }
}

int acta_loader_phrase_tabari(acta_loader *L, const acta_entry *tmpl, const char *ph,
                              size_t n, const char *mark) {
  acta_dict *d = L->d;
  acta_tokenize(NULL, ph, n, &L->toks);
  if (L->toks.n == 0) return -1;
  if (L->toks.n > 12) {
    acta_loader_bad_line(L, "phrase \"%.*s\" is longer than 12 words", (int)n, ph);
    return -1;
  }
  uint32_t node = 0;
  for (size_t i = 0; i < L->toks.n; i++) {
    const char *w = acta_tok_norm(&L->toks, i);
    uint32_t id = acta_word_add(d, w, L->toks.v[i].norm_len);
    uint32_t at = L->toks.v[i].start, end = L->toks.v[i].end;
    uint32_t bits = 0;
    if (mark && i > 0 && at > 0 && at <= n && (mark[at - 1] & ACTA_EDGE_GAP))
      bits |= ACTA_EDGE_GAP;
    if (mark && end > at && end <= n && (mark[end - 1] & ACTA_EDGE_STEM) &&
        L->toks.v[i].norm_len >= 3)
      bits |= ACTA_EDGE_STEM;
    if (bits) mark_edge(d, node, id, bits);
    node = trie_child(d, node, id);
  }
  if (d->nentries == d->cap_entries) {
    d->cap_entries = d->cap_entries ? d->cap_entries * 2 : 1024;
    d->entries = acta_xrealloc(d->entries, d->cap_entries * sizeof *d->entries);
  }
  acta_entry *e = &d->entries[d->nentries];
  *e = *tmpl;
  /* 2: a short acronym that is also a word in lower case: one the
   * tagger's model has seen written so ("US", "IS", "WHO", "AID"; not
   * "UN", "EU", "UK", "IDF", "UAE", "ISIS", "AQAP": those still match a
   * text in lower case throughout) */
  e->proper = (L->toks.v[0].flags & TF_CAP) ? 1 : 0;
  if (e->proper && L->toks.n == 1 && (L->toks.v[0].flags & TF_ALLCAPS) &&
      L->toks.v[0].norm_len <= 4) {
    const char *a = acta_tok_norm(&L->toks, 0);
    size_t k = 0, n = L->toks.v[0].norm_len;
    while (k < n && a[k] >= 'a' && a[k] <= 'z') k++;
    uint32_t mw = L->d->tagger ? acta_tm_find(L->d->tagger, a, n) : ACTA_NO_WORD;
    int word = !L->d->tagger || (mw != ACTA_NO_WORD && L->d->tagger->word[mw].nlower > 0);
    if (k == n && word) e->proper = 2; /* not "U.S." */
  }
  e->nwords = (uint32_t)L->toks.n;
  /* append at the end of the node's list (kept through a tail index, so
   * loading stays linear): the first entry in a file wins */
  e->next = 0;
  if (node >= L->cap_tail) {
    size_t cap = L->cap_tail ? L->cap_tail : 4096;
    while (cap <= node) cap *= 2;
    L->node_tail = acta_xrealloc(L->node_tail, cap * sizeof *L->node_tail);
    memset(L->node_tail + L->cap_tail, 0, (cap - L->cap_tail) * sizeof *L->node_tail);
    L->cap_tail = cap;
  }
  if (!d->node_entry[node]) {
    d->node_entry[node] = (uint32_t)d->nentries + 1;
  } else {
    d->entries[L->node_tail[node] - 1].next = (uint32_t)d->nentries + 1;
  }
  L->node_tail[node] = (uint32_t)d->nentries + 1;
  d->nentries++;
  return 0;
}


int acta_loader_phrases(const char *p, int (*add)(void *ud, const char *ph, size_t n),
                        void *ud) {
  int n = 0;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '|') p++;
    if (!*p) break;
    const char *q = p;
    while (*q && *q != '|') q++;
    const char *e = q;
    while (e > p && isspace((unsigned char)e[-1])) e--;
    if (e > p && add(ud, p, (size_t)(e - p)) == 0) n++;
    p = q;
  }
  return n;
}

void acta_loader_alt(acta_dict *d, uint32_t w) {
  if (d->nalts == d->cap_alts) {
    d->cap_alts = d->cap_alts ? d->cap_alts * 2 : 1024;
    d->alts = acta_xrealloc(d->alts, d->cap_alts * sizeof *d->alts);
  }
  d->alts[d->nalts++] = w;
}

acta_pelem *acta_loader_elem(acta_dict *d) {
  if (d->nelems == d->cap_elems) {
    d->cap_elems = d->cap_elems ? d->cap_elems * 2 : 1024;
    d->elems = acta_xrealloc(d->elems, d->cap_elems * sizeof *d->elems);
  }
  acta_pelem *e = &d->elems[d->nelems++];
  memset(e, 0, sizeof *e);
  return e;
}

/* Folds a dictionary word the way text is folded; returns its word id. */
uint32_t acta_loader_word(acta_loader *L, const char *w, size_t n) {
  acta_tokenize(NULL, w, n, &L->toks);
  if (L->toks.n != 1) return ACTA_NO_WORD;
  return acta_word_add(L->d, acta_tok_norm(&L->toks, 0), L->toks.v[0].norm_len);
}

/* Fills p->need: the filter bits of the words of p's word elements that
 * have one choice (a TABARI stem matches words it begins, so none of it),
 * each bit once, up to ACTA_PAT_NEED.  A pattern fits only where every
 * such word is a token's word or lemma (match.c), so a sentence whose
 * filter lacks one of the bits is passed over without matching. */
static void pattern_need(const acta_dict *d, acta_pattern *p) {
  size_t n = 0;
  for (int q = 0; q < ACTA_PAT_NEED; q++) p->need[q] = ACTA_PF_NONE;
  for (int side = 0; side < 2; side++) {
    uint32_t off = side ? p->pre_off : p->el_off, cnt = side ? p->npre : p->nel;
    for (uint32_t k = 0; k < cnt; k++) {
      const acta_pelem *e = &d->elems[off + k];
      if (e->type != PE_WORD || e->nalt != 1) continue;
      uint32_t len = d->alts[e->alt_off], gaps = len & ACTA_ALT_GAPS;
      len &= ~ACTA_ALT_GAPS;
      if (!gaps && e->prefix && len == 1) continue;
      for (uint32_t q = 0; q < len; q++) {
        uint32_t x = d->alts[e->alt_off + 1 + q];
        if (x == ACTA_NO_WORD) continue;
        uint16_t b = (uint16_t)acta_pf_bit(x);
        size_t h = 0;
        while (h < n && p->need[h] != b) h++;
        if (h == n && n < ACTA_PAT_NEED) p->need[n++] = b;
      }
    }
  }
}

/* Fills the ends filter of p's word elements: the bits of each choice's
 * first and last word.  A choice matches at a token only through its first
 * word there (forward) or its last (backward), as the token's written form
 * or a lemma (match.c), so a token none of whose ids has a bit of the
 * element starts or ends none of its choices.  Not for an element with a
 * TABARI stem (it matches words it begins) or an empty choice. */
static void element_ends(acta_dict *d, const acta_pattern *p) {
  for (int side = 0; side < 2; side++) {
    uint32_t off = side ? p->pre_off : p->el_off, cnt = side ? p->npre : p->nel;
    for (uint32_t k = 0; k < cnt; k++) {
      acta_pelem *e = &d->elems[off + k];
      e->ends = 0;
      e->ends_first = e->ends_last = 0;
      if (e->type != PE_WORD) continue;
      uint64_t first = 0, last = 0;
      int ok = 1;
      uint32_t at = e->alt_off;
      for (uint32_t a = 0; a < e->nalt && ok; a++) {
        uint32_t len = d->alts[at], gaps = len & ACTA_ALT_GAPS;
        len &= ~ACTA_ALT_GAPS;
        if (len == 0 || (!gaps && e->prefix && len == 1)) ok = 0;
        else {
          first |= acta_end_bit(d->alts[at + 1]);
          last |= acta_end_bit(d->alts[at + len]);
        }
        at += 1 + len;
      }
      if (!ok) continue;
      e->ends = 1;
      e->ends_first = first;
      e->ends_last = last;
    }
  }
}

/* speed35g: fills the filter mask of p's word elements of ACTA_PF_MASK_MIN
 * or more choices, each of one word (no gaps, no TABARI stem): the
 * acta_pf_bit of every choice's word, so that match.c asks "may one of
 * them be in the sentence?" with one AND a filter word instead of a walk
 * over the choices, and passes over a token none of whose ids has its bit
 * in the mask.  Other elements keep mask 0 (their choices are walked). */
static void element_masks(acta_dict *d, const acta_pattern *p) {
  for (int side = 0; side < 2; side++) {
    uint32_t off = side ? p->pre_off : p->el_off, cnt = side ? p->npre : p->nel;
    for (uint32_t k = 0; k < cnt; k++) {
      acta_pelem *e = &d->elems[off + k];
      e->mask = 0;
      if (e->type != PE_WORD || e->prefix || e->nalt < ACTA_PF_MASK_MIN) continue;
      int ok = 1;
      for (uint32_t a = 0, at = e->alt_off; a < e->nalt && ok; a++, at += 2)
        ok = d->alts[at] == 1;
      if (!ok) continue;
      if (d->nelem_masks == d->cap_elem_masks) {
        d->cap_elem_masks = d->cap_elem_masks ? d->cap_elem_masks * 2 : 256;
        d->elem_masks = acta_xrealloc(d->elem_masks, d->cap_elem_masks *
                                                        ACTA_PF_MASK_WORDS *
                                                        sizeof *d->elem_masks);
      }
      uint64_t *m = d->elem_masks + d->nelem_masks * ACTA_PF_MASK_WORDS;
      memset(m, 0, ACTA_PF_MASK_WORDS * sizeof *m);
      for (uint32_t a = 0, at = e->alt_off; a < e->nalt; a++, at += 2) {
        uint32_t b = acta_pf_bit(d->alts[at + 1]);
        m[b >> 6] |= (uint64_t)1 << (b & 63);
      }
      e->mask = (uint32_t)++d->nelem_masks;
    }
  }
}

/* Appends a compiled pattern and indexes it under its head (keeping file
 * order through a tail index, so loading stays linear).  A noun pattern's
 * head is a noun of the lexicon, so that its plural finds it as lemma
 * ("airstrikes" -> "airstrike", a word WordNet lacks): lemmas are
 * computed after every pattern is loaded. */
void acta_loader_pattern(acta_loader *L, const acta_pattern *pat0) {
  acta_dict *d = L->d;
  if (pat0->noun && pat0->head != ACTA_NO_WORD) d->info[pat0->head].flags |= WF_NOUN;
  if (d->npats == d->cap_pats) {
    d->cap_pats = d->cap_pats ? d->cap_pats * 2 : 1024;
    d->pats = acta_xrealloc(d->pats, d->cap_pats * sizeof *d->pats);
  }
  acta_pattern pat = *pat0;
  pattern_need(d, &pat);
  element_ends(d, &pat);
  element_masks(d, &pat);
  acta_u64map *idx = pat.noun ? &d->noun_pats : &d->verb_pats;
  uint32_t first;
  uint32_t me = (uint32_t)d->npats;
  pat.next = 0;
  uint64_t tkey = ((uint64_t)pat.noun << 32) | pat.head;
  if (acta_u64map_get(idx, pat.head, &first)) {
    uint32_t k = 0; /* set: a head with patterns has a tail */
    acta_u64map_get(&L->pat_tail, tkey, &k);
    d->pats[me] = pat;
    d->pats[k].next = me + 1;
  } else {
    d->pats[me] = pat;
    acta_u64map_put(idx, pat.head, me);
    acta_word_set_add(&d->pat_heads[pat.noun != 0], pat.head);
    acta_word_set_add(&d->yield_heads, pat.head);
  }
  acta_u64map_put(&L->pat_tail, tkey, me);
  d->npats++;
}

/* Index of a code in the CAMEO table; a code the table lacks (a user
 * dictionary's own, "1717", "174K") is added with no quad class, a
 * Goldstein value of 0 and the name "(code of <file>)". */
uint32_t acta_loader_code(acta_loader *L, const char *code) {
  acta_dict *d = L->d;
  size_t cl = strlen(code);
  uint32_t ci;
  if (acta_u64map_get(&d->cameo_index, acta_cameo_key(code, cl), &ci)) return ci;
  if (d->ncameo % 64 == 0)
    d->cameo = acta_xrealloc(d->cameo, (d->ncameo + 64) * sizeof *d->cameo);
  acta_cameo *c = &d->cameo[d->ncameo];
  memset(c, 0, sizeof *c);
  snprintf(c->code, sizeof c->code, "%s", code);
  char name[96];
  snprintf(name, sizeof name, "(code of %s)", L->path ? L->path : "a user dictionary");
  c->name = acta_pool_add(&d->strings, name, strlen(name));
  acta_u64map_put(&d->cameo_index, acta_cameo_key(c->code, strlen(c->code)), (uint32_t)d->ncameo);
  return (uint32_t)d->ncameo++;
}
