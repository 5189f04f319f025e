/* SPDX-License-Identifier: MIT */
/* dict_image.c: the compiled dictionaries (acta_dict) in the dictionary
 * image: writes every table as a section (image.h) and maps them back,
 * checking every word id, index, offset and list link before the coder
 * trusts them, so that a corrupt image is rejected, never followed. */
#include "dict_image.h"
#include "coder_words.h"
#include "cues.h"

#include "gazetteer_image.h"
#include "tagger_image.h"
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

/* Scalars of acta_dict, one element of IMG_DICT_META. */
typedef struct dict_meta {
  uint64_t nactors, nagents, ndiscards, verb_lemmas;
  uint32_t nnodes, nfiles;
  uint32_t keds_only, reserved;
  char files[64][32];
} dict_meta;

/* Every field of acta_dict is written below (the gazetteer and the
 * part-of-speech model by their own files), or computed after the load
 * for both paths (coder_words; root_words, made here from the edges and
 * kept by the trie's builder; root_child and edge_bloom, made from the
 * edges by acta_trie_index_build; pat_links and pat_link_of, made from
 * pats and their head indexes by acta_pattern_links_build; pat_heads,
 * made here from verb_pats and
 * noun_pats and kept by the patterns' builder; yield_heads, the same and
 * report's keys, kept beside them by the builder and the report loader;
 * cue_heads, from cue_first, kept by cues.c).  A field added to the struct (or to a
 * table's element) changes these sizes: write and read it here (or compute
 * it after the load for both paths), then update the size.  (tabari_edges,
 * tabari_words, tabari_stem_verbs and tabari are not written: only TABARI files give them, and
 * dictionaries with PETRARCH or TABARI files are never imaged; they stay
 * empty when mapped.) */
#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
_Static_assert(sizeof(struct acta_dict) == 2800,
               "struct acta_dict changed: write and read the new field in "
               "dict_image.c, then update this size");
_Static_assert(sizeof(acta_word_info) == 20 && sizeof(acta_entry) == 64 &&
                   sizeof(acta_pattern) == 60 && sizeof(acta_pelem) == 32 &&
                   sizeof(acta_cameo) == 32 && sizeof(acta_cue) == 20,
               "a dictionary table's element changed: check dict_image.c");
#endif
_Static_assert(sizeof(((acta_dict *)0)->files) == sizeof(((dict_meta *)0)->files),
               "dict_meta.files must hold acta_dict.files");

void acta_dict_image_put(acta_image_writer *w, const acta_dict *d,
                         const acta_pool *warnings) {
  dict_meta m;
  memset(&m, 0, sizeof m);
  m.nactors = d->nactors;
  m.nagents = d->nagents;
  m.ndiscards = d->ndiscards;
  m.verb_lemmas = d->verb_lemmas;
  m.nnodes = d->nnodes;
  m.nfiles = (uint32_t)d->nfiles;
  m.keds_only = d->keds_only;
  memcpy(m.files, d->files, sizeof m.files);
  acta_image_add_copy(w, IMG_DICT_META, &m, sizeof m, 1);
  acta_image_add_intern(w, IMG_DICT_WORDS, &d->words);
  acta_image_add(w, IMG_DICT_INFO, d->info, sizeof *d->info, d->words.count);
  acta_image_add_pool(w, IMG_DICT_STRINGS, &d->strings);
  acta_image_add(w, IMG_DICT_CAMEO, d->cameo, sizeof *d->cameo, d->ncameo);
  acta_image_add_u64map(w, IMG_DICT_CAMEO_INDEX, &d->cameo_index);
  acta_image_add_u64map(w, IMG_DICT_EDGES, &d->edges);
  acta_image_add(w, IMG_DICT_NODE_ENTRY, d->node_entry, sizeof *d->node_entry,
                 d->nnodes);
  acta_image_add(w, IMG_DICT_ENTRIES, d->entries, sizeof *d->entries,
                 d->nentries);
  acta_image_add(w, IMG_DICT_PATS, d->pats, sizeof *d->pats, d->npats);
  acta_image_add(w, IMG_DICT_ELEMS, d->elems, sizeof *d->elems, d->nelems);
  acta_image_add(w, IMG_DICT_ALTS, d->alts, sizeof *d->alts, d->nalts);
  acta_image_add(w, IMG_DICT_ELEM_MASKS, d->elem_masks,
                 ACTA_PF_MASK_WORDS * sizeof *d->elem_masks, d->nelem_masks);
  acta_image_add_u64map(w, IMG_DICT_VERB_PATS, &d->verb_pats);
  acta_image_add_u64map(w, IMG_DICT_NOUN_PATS, &d->noun_pats);
  acta_image_add_u64map(w, IMG_DICT_REPORT, &d->report);
  acta_image_add_u64map(w, IMG_DICT_COUNTRIES, &d->countries);
  acta_image_add_pool(w, IMG_DICT_WARNINGS, warnings);
  acta_image_add(w, IMG_DICT_CUES, d->cues, sizeof *d->cues, d->ncues);
  acta_image_add(w, IMG_DICT_CUE_WORDS, d->cue_words, sizeof *d->cue_words,
                 d->ncue_words);
  acta_image_add_u64map(w, IMG_DICT_CUE_FIRST, &d->cue_first);
  acta_gazetteer_image_put(w, d->gaz);
  acta_tagger_image_put(w, d);
}

/* ---- reading ------------------------------------------------------------ */

#define SECTION(var, id, count)                                        \
  (((var) = acta_image_section(im, (id), sizeof *(var), &(count))) != NULL)

static int word_ok(const acta_dict *d, uint32_t w) {
  return w < d->words.count;
}

static int opt_word_ok(const acta_dict *d, uint32_t w) {
  return w == ACTA_NO_WORD || w < d->words.count;
}

static int terminated(const char *s, size_t n) {
  return memchr(s, '\0', n) != NULL;
}

/* Word choices of a pattern element: nalt runs of (length, ids) inside
 * alts, each id a word. */
static int elem_ok(const acta_dict *d, const acta_pelem *e) {
  if (e->type < PE_WORD || e->type > PE_SKIP) return 0;
  if (e->mask > d->nelem_masks) return 0; /* (1 + an index; 0: none) */
  size_t at = e->alt_off;
  for (uint32_t a = 0; a < e->nalt; a++) {
    if (at >= d->nalts) return 0;
    size_t len = d->alts[at];
    if (len > d->nalts - at - 1) return 0;
    for (size_t q = 0; q < len; q++)
      if (!word_ok(d, d->alts[at + 1 + q])) return 0;
    at += 1 + len;
  }
  return 1;
}

/* A run [off, off + n) inside an array of total elements. */
static int run_ok(uint32_t off, uint32_t n, size_t total) {
  return off <= total && n <= total - off;
}

/* Cue phrases: known classes, word runs of real words, lists that only
 * go forward, a first-word index that points at cues starting with it. */
static int cue_tables(const acta_image *im, acta_dict *d) {
  size_t n, nw;
  const acta_cue *cues;
  const uint32_t *words;
  if (!SECTION(cues, IMG_DICT_CUES, n) || !SECTION(words, IMG_DICT_CUE_WORDS, nw))
    return -1;
  for (size_t i = 0; i < nw; i++)
    if (!word_ok(d, words[i])) return -1;
  for (size_t i = 0; i < n; i++) {
    const acta_cue *c = &cues[i];
    if (!acta_cue_class_name(c->cls) || !c->nw || !run_ok(c->w_off, c->nw, nw) ||
        c->file >= d->nfiles || (c->next && (c->next > i || c->next > n)))
      return -1;
  }
  d->cues = (acta_cue *)cues;
  d->ncues = d->cap_cues = n;
  d->cue_words = (uint32_t *)words;
  d->ncue_words = d->cap_cue_words = nw;
  if (acta_image_u64map(im, IMG_DICT_CUE_FIRST, &d->cue_first, n) != 0) return -1;
  for (size_t i = 0; i < d->cue_first.nslots; i++)
    if (d->cue_first.keys[i] != UINT64_MAX) {
      if (d->cue_words[d->cues[d->cue_first.vals[i]].w_off] != d->cue_first.keys[i])
        return -1;
      acta_word_set_add(&d->cue_heads, (uint32_t)d->cue_first.keys[i]);
    }
  return 0;
}

static int tables(const acta_image *im, acta_dict *d) {
  size_t n, n2;
  const dict_meta *m;
  if (!SECTION(m, IMG_DICT_META, n) || n != 1 || m->nfiles > 64 ||
      m->keds_only)
    return -1;
  for (size_t i = 0; i < 64; i++)
    if (!terminated(m->files[i], sizeof m->files[i])) return -1;
  memcpy(d->files, m->files, sizeof d->files);
  d->nfiles = m->nfiles;
  d->nactors = m->nactors;
  d->nagents = m->nagents;
  d->ndiscards = m->ndiscards;
  d->verb_lemmas = m->verb_lemmas;

  if (acta_image_intern(im, IMG_DICT_WORDS, &d->words) != 0) return -1;
  const acta_word_info *info;
  if (!SECTION(info, IMG_DICT_INFO, n) || n != d->words.count) return -1;
  for (size_t i = 0; i < n; i++) {
    if (!opt_word_ok(d, info[i].vexc) || !opt_word_ok(d, info[i].nexc) ||
        !opt_word_ok(d, info[i].vlem) || !opt_word_ok(d, info[i].nlem))
      return -1;
    /* a stage-vocabulary code names this very word (vocab.h) */
    if (info[i].vocab &&
        (info[i].vocab >= V_COUNT ||
         strcmp(acta_vocab_word(info[i].vocab),
                acta_intern_str(&d->words, (uint32_t)i)) != 0))
      return -1;
  }
  d->info = (acta_word_info *)info;
  d->info_cap = n;

  if (acta_image_pool(im, IMG_DICT_STRINGS, &d->strings) != 0) return -1;
  const acta_cameo *cameo;
  if (!SECTION(cameo, IMG_DICT_CAMEO, n) || n >= 0xFFFFFFu) return -1;
  for (size_t i = 0; i < n; i++)
    if (!terminated(cameo[i].code, sizeof cameo[i].code) ||
        cameo[i].name >= d->strings.len)
      return -1;
  d->cameo = (acta_cameo *)cameo;
  d->ncameo = n;
  if (acta_image_u64map(im, IMG_DICT_CAMEO_INDEX, &d->cameo_index, n) != 0)
    return -1;

  /* phrase trie: children are nodes, nodes lead to entry lists whose
   * links only go forward (so a walk ends) */
  d->nnodes = d->cap_nodes = m->nnodes;
  if (acta_image_u64map(im, IMG_DICT_EDGES, &d->edges, m->nnodes) != 0)
    return -1;
  for (uint32_t i = 0; i < d->edges.nslots; i++)
    if (d->edges.keys[i] != UINT64_MAX && (d->edges.keys[i] >> 32) == 0)
      acta_root_word_set(d, (uint32_t)d->edges.keys[i]);
  const uint32_t *node_entry;
  const acta_entry *ent;
  if (!SECTION(node_entry, IMG_DICT_NODE_ENTRY, n) || n != m->nnodes ||
      !SECTION(ent, IMG_DICT_ENTRIES, n2))
    return -1;
  for (size_t i = 0; i < n; i++)
    if (node_entry[i] > n2) return -1;
  for (size_t i = 0; i < n2; i++)
    if ((ent[i].next && (ent[i].next <= i + 1 || ent[i].next > n2)) ||
        ent[i].file >= d->nfiles ||
        !terminated(ent[i].code, sizeof ent[i].code) ||
        !terminated(ent[i].country, sizeof ent[i].country) ||
        !terminated(ent[i].role, sizeof ent[i].role))
      return -1;
  d->node_entry = (uint32_t *)node_entry;
  d->entries = (acta_entry *)ent;
  d->nentries = d->cap_entries = n2;

  /* patterns: elements, word choices, codes, texts, forward links */
  const uint32_t *alts;
  const acta_pelem *elems;
  const acta_pattern *pats;
  if (!SECTION(alts, IMG_DICT_ALTS, n) || !SECTION(elems, IMG_DICT_ELEMS, n2))
    return -1;
  d->alts = (uint32_t *)alts;
  d->nalts = d->cap_alts = n;
  d->elems = (acta_pelem *)elems;
  d->nelems = d->cap_elems = n2;
  const uint64_t *masks;
  size_t n3;
  if ((masks = acta_image_section(im, IMG_DICT_ELEM_MASKS,
                                  ACTA_PF_MASK_WORDS * sizeof *masks, &n3)) == NULL)
    return -1;
  d->elem_masks = (uint64_t *)masks;
  d->nelem_masks = d->cap_elem_masks = n3;
  for (size_t i = 0; i < n2; i++)
    if (!elem_ok(d, &elems[i])) return -1;
  if (!SECTION(pats, IMG_DICT_PATS, n)) return -1;
  for (size_t i = 0; i < n; i++) {
    const acta_pattern *p = &pats[i];
    if ((p->cameo != ACTA_NO_CODE && p->cameo >= d->ncameo) ||
        p->cameo2 > d->ncameo || !word_ok(d, p->head) ||
        !run_ok(p->el_off, p->nel, d->nelems) ||
        !run_ok(p->pre_off, p->npre, d->nelems) || p->file >= d->nfiles ||
        p->text >= d->strings.len ||
        (p->next && (p->next <= i + 1 || p->next > n)))
      return -1;
    for (int q = 0; q < ACTA_PAT_NEED; q++) /* a filter bit (10 bits) */
      if (p->need[q] != ACTA_PF_NONE && p->need[q] >= 1024) return -1;
  }
  d->pats = (acta_pattern *)pats;
  d->npats = d->cap_pats = n;
  if (acta_image_u64map(im, IMG_DICT_VERB_PATS, &d->verb_pats, n) != 0 ||
      acta_image_u64map(im, IMG_DICT_NOUN_PATS, &d->noun_pats, n) != 0 ||
      acta_image_u64map(im, IMG_DICT_REPORT, &d->report,
                        (uint64_t)UINT32_MAX + 1) != 0 ||
      acta_image_u64map(im, IMG_DICT_COUNTRIES, &d->countries,
                        (uint64_t)UINT32_MAX + 1) != 0)
    return -1;
  for (int noun = 0; noun <= 1; noun++) { /* pat_heads: as root_words */
    const acta_u64map *idx = noun ? &d->noun_pats : &d->verb_pats;
    for (uint32_t i = 0; i < idx->nslots; i++)
      if (idx->keys[i] != UINT64_MAX && idx->keys[i] < ACTA_NO_WORD) {
        acta_word_set_add(&d->pat_heads[noun], (uint32_t)idx->keys[i]);
        acta_word_set_add(&d->yield_heads, (uint32_t)idx->keys[i]);
      }
  }
  for (uint32_t i = 0; i < d->report.nslots; i++) /* yield_heads: and these */
    if (d->report.keys[i] != UINT64_MAX && d->report.keys[i] < ACTA_NO_WORD)
      acta_word_set_add(&d->yield_heads, (uint32_t)d->report.keys[i]);
  /* a reporting verb: CAMEO index | status << 24 (asserted ... denied) */
  for (size_t i = 0; i < d->report.nslots; i++)
    if (d->report.keys[i] != UINT64_MAX &&
        (((d->report.vals[i] & 0xFFFFFFu) >= d->ncameo &&
          (d->report.vals[i] & 0xFFFFFFu) != ACTA_REPORT_NO_CODE) ||
         (d->report.vals[i] >> 24) > 3))
      return -1;
  if (cue_tables(im, d) != 0) return -1;
  d->tagger = acta_tagger_image_get(im, d->words.count, d->words.lens);
  if (!d->tagger) return -1;
  d->gaz = acta_gazetteer_image_get(im);
  return d->gaz ? 0 : -1;
}

acta_dict *acta_dict_image_get(const acta_image *im, acta_pool *warnings) {
  acta_dict *d = calloc(1, sizeof *d);
  if (!d) abort();
  /* (the links are made here, not with the words and the trie below: a
   * damaged image's chains of patterns may join, and it is rejected) */
  if (tables(im, d) != 0 || acta_pattern_links_build(d) != 0 ||
      (warnings && acta_image_pool(im, IMG_DICT_WARNINGS, warnings) != 0)) {
    acta_gazetteer_free(d->gaz);
    acta_tagger_model_free(d->tagger);
    free(d->root_words);
    free(d->pat_links);
    free(d->pat_link_of);
    free(d->pat_heads[0].bits);
    free(d->pat_heads[1].bits);
    free(d->yield_heads.bits);
    free(d->cue_heads.bits);
    free(d);
    return NULL;
  }
  acta_coder_words_build(d); /* computed after the load, on both paths */
  acta_trie_index_build(d);
  return d;
}
