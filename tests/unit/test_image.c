/* SPDX-License-Identifier: MIT */
/* test_image.c: unit tests for the dictionary image: the mapped
 * dictionaries (the part-of-speech model with them) code and explain
 * every spec sentence exactly as the parsed ones; a
 * corrupt, truncated, stale or foreign image is rejected (header, checksum
 * and every table's indexes, the tagger's candidate index and sets and
 * the gazetteer's word filters with them); a rejected image file is
 * rebuilt, and the rebuilt one codes as the parsed dictionaries. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "acta.h"
#include "dict.h"
#include "coder_words.h"
#include "dict_build.h"
#include "dict_image.h"
#include "gazetteer_tables.h"
#include "image.h"
#include "tagger_image.h"
#include "cache_dir.h"

static char cache[256];   /* ACTA_CACHE for these tests */
static char image[512];   /* the image written there */

static acta_dict *load(unsigned flags) {
  char err[1024];
  acta_load_how how;
  memset(&how, 0, sizeof how);
  how.flags = flags;
  acta_dict *d = acta_dict_load_ex(NULL, &how, err, sizeof err);
  cr_assert_not_null(d, "load failed: %s", err);
  return d;
}

static void find_image(void) {
  char pat[300];
  snprintf(pat, sizeof pat, "%s/*.img", cache);
  glob_t g;
  cr_assert_eq(glob(pat, 0, NULL, &g), 0, "no image in %s", cache);
  cr_assert_eq(g.gl_pathc, 1);
  snprintf(image, sizeof image, "%s", g.gl_pathv[0]);
  globfree(&g);
}

/* An image of the real dictionaries in a fresh cache directory. */
static void setup(void) {
  snprintf(cache, sizeof cache, "/tmp/acta-test-image-XXXXXX");
  cr_assert_not_null(mkdtemp(cache));
  setenv("ACTA_CACHE", cache, 1);
  acta_dict *d = load(0); /* parses, writes the image */
  cr_assert_null(d->image);
  acta_dict_free(d);
  find_image();
}

static void teardown(void) {
  remove_cache_dir(cache);
}

TestSuite(image, .init = setup, .fini = teardown);

/* ---- the mapped dictionaries code as the parsed ones ------------------ */

static size_t render_all(acta_coder *c, const char *path, acta_buf *out,
                         size_t *events) {
  FILE *f = fopen(path, "r");
  cr_assert_not_null(f, "%s", path);
  char line[4096];
  size_t n = 0;
  while (fgets(line, sizeof line, f)) {
    size_t l = strcspn(line, "\n");
    line[l] = '\0';
    if (!l || strchr("#>!", line[0])) continue; /* sentences only */
    acta_article a = {.id = "s", .date = (n % 2) ? "2022-10-27" : NULL,
                      .text = line, .text_len = l};
    cr_assert_eq(acta_code_article(c, &a), 0);
    size_t ne, len;
    acta_events(c, &ne);
    *events += ne;
    const char *json = acta_render_json(c, &a, &len);
    acta_buf_put(out, json, len);
    /* the trace shows every token's tags: acta's class and the Penn tag */
    const char *trace = acta_explain_article(c, &a, &len);
    cr_assert_not_null(trace);
    acta_buf_put(out, trace, len);
    n++;
  }
  fclose(f);
  return n;
}

static size_t code_spec(const acta_dict *d, acta_buf *out, size_t *events) {
  const char *data = getenv("ACTA_DATA_DIR");
  cr_assert_not_null(data);
  char pat[1024];
  snprintf(pat, sizeof pat, "%s/../tests/spec/*.txt", data);
  glob_t g;
  cr_assert_eq(glob(pat, 0, NULL, &g), 0);
  acta_coder *c = acta_coder_new(d);
  size_t n = 0;
  for (size_t i = 0; i < g.gl_pathc; i++)
    n += render_all(c, g.gl_pathv[i], out, events);
  acta_coder_free(c);
  globfree(&g);
  return n;
}

Test(image, codes_the_spec_suite_as_the_parsed_dictionaries) {
  acta_dict *parsed = load(ACTA_LOAD_NO_CACHE);
  acta_dict *mapped = load(0);
  cr_assert_not_null(mapped->image, "the second load must map the image");
  cr_assert_eq(mapped->words.count, parsed->words.count);
  cr_assert_eq(mapped->npats, parsed->npats);
  cr_assert_eq(mapped->nentries, parsed->nentries);
  cr_assert_eq(mapped->nnodes, parsed->nnodes);
  cr_assert_eq(mapped->ncameo, parsed->ncameo);
  cr_assert_eq(acta_gazetteer_size(mapped->gaz), acta_gazetteer_size(parsed->gaz));
  acta_dict_stats a, b;
  acta_dict_get_stats(parsed, &a);
  acta_dict_get_stats(mapped, &b);
  cr_assert_eq(memcmp(&a, &b, sizeof a), 0);
  /* the part-of-speech model: mapped, every table as parsed */
  const acta_tagger_model *tp = parsed->tagger, *tm = mapped->tagger;
  cr_assert(tm && tm->mapped && !tp->mapped);
  cr_assert_gt(tp->words.count, 30000, "the model has %u words", tp->words.count);
  cr_assert_eq(tm->words.count, tp->words.count);
  cr_assert_eq(tm->ncounts, tp->ncounts);
  cr_assert_eq(tm->nof_word, parsed->words.count);
  cr_assert_eq(tm->num_word, tp->num_word);
  cr_assert_eq(memcmp(tm->word, tp->word, tp->words.count * sizeof *tp->word), 0);
  cr_assert_eq(memcmp(tm->counts, tp->counts, tp->ncounts * sizeof *tp->counts), 0);
  cr_assert_eq(memcmp(tm->of_word, tp->of_word, tp->nof_word * sizeof *tp->of_word), 0);
  cr_assert_eq(memcmp(tm->trans, tp->trans, sizeof tp->trans), 0);
  cr_assert_eq(memcmp(tm->tag_lp, tp->tag_lp, sizeof tp->tag_lp), 0);
  uint32_t bush = acta_tm_find(tm, "bush", 4);
  cr_assert_neq(bush, ACTA_NO_WORD);
  cr_assert_eq(bush, acta_tm_find(tp, "bush", 4));

  acta_buf pa, ma;
  acta_buf_init(&pa);
  acta_buf_init(&ma);
  size_t ep = 0, em = 0;
  size_t np = code_spec(parsed, &pa, &ep), nm = code_spec(mapped, &ma, &em);
  cr_assert_eq(np, nm);
  cr_assert_gt(np, 300, "the spec suite has %zu sentences", np);
  cr_assert_gt(ep, 300, "and events (%zu)", ep);
  cr_assert_eq(ep, em);
  cr_assert_eq(pa.len, ma.len);
  cr_assert_eq(memcmp(pa.data, ma.data, pa.len), 0,
               "the mapped dictionaries code differently");
  acta_buf_free(&pa);
  acta_buf_free(&ma);
  acta_dict_free(parsed);
  acta_dict_free(mapped);
}

/* ---- corrupt images are rejected ---------------------------------------- */

static unsigned char *buf;
static size_t len;

/* The image file in 8-byte aligned memory. */
static void read_image(void) {
  FILE *f = fopen(image, "rb");
  cr_assert_not_null(f);
  fseek(f, 0, SEEK_END);
  len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = aligned_alloc(64, (len + 63) / 64 * 64);
  cr_assert_not_null(buf);
  cr_assert_eq(fread(buf, 1, len, f), len);
  fclose(f);
}

/* Opens buf without its checksum (as a crafted image would pass it) and
 * reads the dictionaries: 0 when they are accepted. */
static int accepted(void) {
  acta_image im;
  if (acta_image_open_memory(buf, len, 0, &im, NULL, 0) != 0) return 0;
  acta_dict *d = acta_dict_image_get(&im, NULL);
  if (!d) return 0;
  acta_gazetteer_free(d->gaz);
  acta_tagger_model_free(d->tagger);
  acta_coder_words_free(d->coder_words);
  free(d->root_words);
  free(d->root_child);
  free(d->edge_bloom);
  free(d->pat_links);
  free(d->pat_link_of);
  free(d->pat_heads[0].bits);
  free(d->pat_heads[1].bits);
  free(d->yield_heads.bits);
  free(d->cue_heads.bits);
  free(d);
  return 1;
}

static void *section(uint32_t id, size_t elem, size_t *n) {
  acta_image im;
  cr_assert_eq(acta_image_open_memory(buf, len, 0, &im, NULL, 0), 0);
  void *p = (void *)acta_image_section(&im, id, elem, n);
  cr_assert_not_null(p, "section %#x", id);
  return p;
}

/* The count field of section id's table entry (header 56 bytes, then
 * entries of 24: id, element size, offset, count), or NULL. */
static uint64_t *table_count(uint32_t id) {
  uint32_t nsec;
  memcpy(&nsec, buf + 48, sizeof nsec);
  for (uint32_t e = 0; e < nsec; e++) {
    unsigned char *ent = buf + 56 + 24 * (size_t)e;
    uint32_t eid;
    memcpy(&eid, ent, sizeof eid);
    if (eid == id) return (uint64_t *)(ent + 16);
  }
  return NULL;
}

Test(image, header_and_checksum_are_checked) {
  read_image();
  acta_image im;
  char why[128];
  cr_assert_eq(acta_image_open_memory(buf, len, 1, &im, why, sizeof why), 0);
  cr_assert(accepted());
  /* one byte flipped far inside a table */
  buf[len / 2] ^= 0x40;
  cr_assert_eq(acta_image_open_memory(buf, len, 1, &im, why, sizeof why), -2);
  cr_assert(strstr(why, "checksum"), "%s", why);
  buf[len / 2] ^= 0x40;
  /* truncated */
  cr_assert_eq(acta_image_open_memory(buf, len - 100, 1, &im, why, sizeof why), -2);
  cr_assert(strstr(why, "size"), "%s", why);
  cr_assert_eq(acta_image_open_memory(buf, 20, 1, &im, why, sizeof why), -2);
  /* magic, version, byte order (header offsets 0, 8, 12) */
  static const size_t at[] = {0, 8, 12};
  static const char *const says[] = {"magic", "version", "byte order"};
  for (size_t i = 0; i < 3; i++) {
    buf[at[i]] ^= 1;
    cr_assert_eq(acta_image_open_memory(buf, len, 1, &im, why, sizeof why), -2);
    cr_assert(strstr(why, says[i]), "%s", why);
    buf[at[i]] ^= 1;
  }
  free(buf);
}

Test(image, a_stale_key_is_rejected_before_mapping) {
  acta_image im;
  char why[128];
  uint64_t other[2] = {1, 2};
  cr_assert_eq(acta_image_map(image, other, &im, why, sizeof why), -2);
  cr_assert(strstr(why, "stale"), "%s", why);
}

Test(image, every_table_index_is_checked) {
  read_image();
  size_t n;
  /* a pattern whose elements run past the element table */
  acta_pattern *pats = section(IMG_DICT_PATS, sizeof *pats, &n);
  uint32_t keep = pats[0].el_off;
  pats[0].el_off = 0xFFFFFFF0u;
  cr_assert_not(accepted());
  pats[0].el_off = keep;
  /* a pattern list that loops back */
  size_t k = 0;
  while (k < n && !pats[k].next) k++;
  cr_assert_lt(k, n);
  keep = pats[k].next;
  pats[k].next = (uint32_t)k + 1; /* itself */
  cr_assert_not(accepted());
  pats[k].next = keep;
  /* two pattern lists that join: the last pattern of one goes on to a
   * pattern of another (forward, as each list is checked to go), so that
   * pattern would lie on two heads' chains (acta_pattern_links_build) */
  size_t j = 0;
  while (j < n && pats[j].next) j++;
  k = 0;
  while (k < n && !(pats[k].next && pats[k].next - 1 > j + 1 && k != j)) k++;
  cr_assert_lt(k, n);
  pats[j].next = pats[k].next;
  cr_assert_not(accepted());
  pats[j].next = 0;
  cr_assert(accepted());
  /* an entry list that loops back */
  acta_entry *ent = section(IMG_DICT_ENTRIES, sizeof *ent, &n);
  k = 0;
  while (k < n && !ent[k].next) k++;
  cr_assert_lt(k, n);
  keep = ent[k].next;
  ent[k].next = 1;
  cr_assert_not(accepted());
  ent[k].next = keep;
  /* a word's lemma that is no word */
  acta_word_info *info = section(IMG_DICT_INFO, sizeof *info, &n);
  keep = info[n - 1].vlem;
  info[n - 1].vlem = (uint32_t)n;
  cr_assert_not(accepted());
  info[n - 1].vlem = keep;
  /* a trie edge to a node that does not exist */
  uint32_t *vals = section(IMG_DICT_EDGES + 1, 4, &n);
  uint64_t *keys = section(IMG_DICT_EDGES, 8, &n);
  k = 0;
  while (keys[k] == UINT64_MAX) k++;
  keep = vals[k];
  vals[k] = 0xFFFFFFFEu;
  cr_assert_not(accepted());
  vals[k] = keep;
  /* an interning table's slots, used unchecked at load: a lookup checks
   * them (speed46a) */
  {
    acta_image im;
    acta_intern t;
    cr_assert_eq(acta_image_open_memory(buf, len, 0, &im, NULL, 0), 0);
    cr_assert_eq(acta_image_intern(&im, IMG_DICT_WORDS, &t), 0);
    uint32_t said = acta_intern_find(&t, "said", 4);
    cr_assert_neq(said, ACTA_NO_WORD);
    acta_intern_slot *slots = section(IMG_DICT_WORDS + 3, sizeof *slots, &n);
    acta_intern_slot *saved = malloc(n * sizeof *saved);
    memcpy(saved, slots, n * sizeof *saved);
    /* a full table: a lookup of an absent word still ends */
    for (size_t i = 0; i < n; i++)
      if (!slots[i].id1) slots[i].id1 = 1;
    cr_assert_eq(acta_intern_find(&t, "qzxwvkj", 7), ACTA_NO_WORD);
    cr_assert_eq(acta_intern_find(&t, "said", 4), said);
    memcpy(slots, saved, n * sizeof *saved);
    /* a slot whose id or string lies outside the table: never a match */
    for (size_t i = 0; i < n; i++)
      if (slots[i].id1 == said + 1) slots[i].off = 0xFFFFFF00u;
    cr_assert_eq(acta_intern_find(&t, "said", 4), ACTA_NO_WORD);
    memcpy(slots, saved, n * sizeof *saved);
    for (size_t i = 0; i < n; i++)
      if (slots[i].id1 == said + 1) slots[i].id1 = 0xFFFFFFF0u;
    cr_assert_eq(acta_intern_find(&t, "said", 4), ACTA_NO_WORD);
    memcpy(slots, saved, n * sizeof *saved);
    cr_assert_eq(acta_intern_find(&t, "said", 4), said);
    free(saved);
  }
  /* a word whose string runs past the pool */
  uint32_t *offs = section(IMG_DICT_WORDS + 1, 4, &n);
  keep = offs[0];
  offs[0] = 0xFFFFFF00u;
  cr_assert_not(accepted());
  offs[0] = keep;
  /* a place posting of a record that does not exist */
  uint32_t *post = section(IMG_GAZ_POST, 4, &n);
  keep = post[0];
  post[0] = 0x7FFFFFF0u;
  cr_assert_not(accepted());
  post[0] = keep;
  /* a place whose name lies outside the name pool */
  grec *recs = section(IMG_GAZ_RECS, sizeof *recs, &n);
  keep = recs[0].admin1;
  recs[0].admin1 = 0xFFFFFFF0u;
  cr_assert_not(accepted());
  recs[0].admin1 = keep;
  /* the part-of-speech model: a word's records past the end of the
   * records, a record's tag outside the tag set, a score that is not a
   * number, a transition that is infinite, a lexicon word linked to a model
   * word that does not exist, a lexicon link of another lexicon's length */
  acta_tm_count *counts = section(IMG_TAGGER_COUNTS, sizeof *counts, &n);
  size_t ncounts = n;
  acta_tm_word *tw = section(IMG_TAGGER_WORD, sizeof *tw, &n);
  size_t kw = n; /* the last word with records */
  while (kw > 0 && !tw[kw - 1].nall) kw--;
  cr_assert_gt(kw, 0);
  kw--;
  uint32_t len = (uint32_t)tw[kw].nlower + tw[kw].nupper + tw[kw].nall;
  keep = tw[kw].first;
  tw[kw].first = (uint32_t)ncounts - len + 1; /* its last record: one past */
  cr_assert_not(accepted());
  tw[kw].first = keep;
  uint16_t keep16 = tw[kw].nall;
  tw[kw].nall = 0xFFFF;
  cr_assert_not(accepted());
  tw[kw].nall = keep16;
  uint8_t keep8 = counts[0].tag;
  counts[0].tag = PT_COUNT;
  cr_assert_not(accepted());
  counts[0].tag = 0;
  cr_assert_not(accepted());
  counts[0].tag = keep8;
  float keepf = counts[ncounts - 1].score;
  counts[ncounts - 1].score = NAN;
  cr_assert_not(accepted());
  counts[ncounts - 1].score = keepf;
  uint32_t *of_word = section(IMG_TAGGER_OF_WORD, 4, &n);
  size_t k2 = 0;
  while (k2 < n && of_word[k2] == ACTA_NO_WORD) k2++;
  cr_assert_lt(k2, n);
  keep = of_word[k2];
  of_word[k2] = 0x7FFFFFF0u;
  cr_assert_not(accepted());
  of_word[k2] = keep;
  /* the table entry of IMG_TAGGER_OF_WORD: its count one short */
  uint64_t *cnt = table_count(IMG_TAGGER_OF_WORD);
  cr_assert_not_null(cnt, "the image has the lexicon link's section");
  (*cnt)--;
  cr_assert_not(accepted());
  (*cnt)++;
  /* an infinite transition or tag probability: Viterbi would be left no
   * reading at all */
  acta_tagger_meta *meta = section(IMG_TAGGER_META, sizeof *meta, &n);
  keepf = meta->trans[PT_DT][PT_NN];
  meta->trans[PT_DT][PT_NN] = -INFINITY;
  cr_assert_not(accepted());
  meta->trans[PT_DT][PT_NN] = keepf;
  keepf = meta->tag_lp[PT_NN];
  meta->tag_lp[PT_NN] = NAN;
  cr_assert_not(accepted());
  meta->tag_lp[PT_NN] = keepf;
  keep = meta->num_word;
  meta->num_word = 0x7FFFFFF0u;
  cr_assert_not(accepted());
  meta->num_word = keep;
  /* a required section missing (its id changed) */
  uint32_t *id = (uint32_t *)(buf + 56); /* the first table entry's id */
  keep = *id;
  *id = 0x7777;
  cr_assert_not(accepted());
  *id = keep;
  cr_assert(accepted(), "the restored image is accepted again");
  free(buf);
}

Test(image, a_truncated_image_file_is_rebuilt) {
  struct stat st;
  cr_assert_eq(stat(image, &st), 0);
  off_t full = st.st_size;
  cr_assert_eq(truncate(image, full / 3), 0);
  acta_dict *d = load(0);
  cr_assert_null(d->image, "a truncated image must not be mapped");
  acta_dict_free(d);
  cr_assert_eq(stat(image, &st), 0);
  cr_assert_eq(st.st_size, full, "the image was rewritten whole");
  d = load(0);
  cr_assert_not_null(d->image);
  acta_dict_free(d);
}

/* ---- the sections added since (speed29b, speed32b) -------------------- */

/* Sets section id's count to n, checks that the image is rejected, and
 * restores it. */
static void reject_count(uint32_t id, uint64_t n, const char *what) {
  uint64_t *cnt = table_count(id);
  cr_assert_not_null(cnt, "section %#x", id);
  uint64_t keep = *cnt;
  *cnt = n;
  cr_assert_not(accepted(), "%s (section %#x: %llu elements, not %llu)", what,
                id, (unsigned long long)n, (unsigned long long)keep);
  *cnt = keep;
}

/* Changes section id's id, checks that the image is rejected (a required
 * section missing), and restores it. */
static void reject_missing(uint32_t id) {
  uint64_t *cnt = table_count(id);
  cr_assert_not_null(cnt, "section %#x", id);
  uint32_t *eid = (uint32_t *)((unsigned char *)cnt - 16);
  *eid = 0x7777;
  cr_assert_not(accepted(), "section %#x missing", id);
  *eid = id;
}

/* The tagger's candidates of each lexicon word (IMG_TAGGER_LEX_CAND, a
 * row of ACTA_TM_STRIDE entries per word: ACTA_TM_ROW indexes, then the
 * word's length, then 0s) and the candidate sets they index
 * (IMG_TAGGER_CANDS, a power of two of them): an index past the sets, a
 * row's length not its word's or a 0 after it not 0, a set of no tag or
 * too many, a tag outside the tag set, a score that is not a number or a
 * closed category outside dict.h's, either section truncated or missing. */
Test(image, the_tagger_candidates_are_checked) {
  read_image();
  size_t n, ncands, nword;
  acta_tm_cand *cands = section(IMG_TAGGER_CANDS, sizeof *cands, &ncands);
  uint16_t *lex = section(IMG_TAGGER_LEX_CAND, sizeof *lex, &n);
  section(IMG_TAGGER_OF_WORD, 4, &nword);
  cr_assert_gt(ncands, 1000, "the image has %zu candidate sets", ncands);
  cr_assert_eq(ncands & (ncands - 1), 0, "a power of two (%zu)", ncands);
  cr_assert_lt(ncands, 65536, "the indexes below count them all");
  cr_assert_eq(n, nword * ACTA_TM_STRIDE);
  cr_assert(accepted());

  /* an index one past the sets, or far past, at the first entry, the
   * last, and one inside (each lane of the reader's OR of four) */
  const size_t last = (nword - 1) * ACTA_TM_STRIDE + ACTA_TM_ROW - 1;
  const size_t at[] = {0, 1, 2, 3, nword / 2 * ACTA_TM_STRIDE + 5, last};
  const uint16_t past[] = {(uint16_t)ncands, (uint16_t)(ncands | 1), 0xFFFF};
  for (size_t i = 0; i < sizeof at / sizeof *at; i++)
    for (size_t j = 0; j < sizeof past / sizeof *past; j++) {
      uint16_t keep = lex[at[i]];
      lex[at[i]] = past[j];
      cr_assert_not(accepted(), "index %u at entry %zu", past[j], at[i]);
      lex[at[i]] = keep;
    }
  /* a row's length not its word's, or an entry after it not 0 (the
   * first row, one inside, the last) */
  const size_t rows[] = {0, nword / 2 * ACTA_TM_STRIDE, (nword - 1) * ACTA_TM_STRIDE};
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    uint16_t *len = &lex[rows[i] + ACTA_TM_LEN], keep = *len;
    *len = (uint16_t)(keep + 1);
    cr_assert_not(accepted(), "row %zu: a length one more than its word's", rows[i]);
    *len = keep;
    for (size_t j = ACTA_TM_LEN + 1; j < ACTA_TM_STRIDE; j++) {
      uint16_t *after = &lex[rows[i] + j];
      cr_assert_eq(*after, 0);
      *after = 1;
      cr_assert_not(accepted(), "row %zu: entry %zu after the length not 0", rows[i], j);
      *after = 0x8000;
      cr_assert_not(accepted(), "row %zu: entry %zu after the length not 0", rows[i], j);
      *after = 0;
    }
  }
  cr_assert(accepted());

  /* the last set is an index's own: accepted */
  uint16_t keep16 = lex[last];
  lex[last] = (uint16_t)(ncands - 1);
  cr_assert(accepted());
  lex[last] = keep16;

  /* a set in use (the first entry's) and the last, a padding copy */
  const size_t sets[] = {lex[0], ncands - 1};
  for (size_t i = 0; i < 2; i++) {
    acta_tm_cand *c = &cands[sets[i]];
    uint8_t keep = c->n;
    cr_assert(keep >= 1 && keep <= ACTA_TM_MAXC);
    c->n = 0;
    cr_assert_not(accepted(), "set %zu of no tag", sets[i]);
    c->n = ACTA_TM_MAXC + 1;
    cr_assert_not(accepted(), "set %zu of too many tags", sets[i]);
    c->n = 0xFF;
    cr_assert_not(accepted());
    c->n = keep;
    uint8_t closed = c->closed;
    c->closed = 0xFF;
    cr_assert_not(accepted(), "set %zu: a closed category outside dict.h's", sets[i]);
    c->closed = CC_NUMWORD + 1;
    cr_assert_not(accepted());
    c->closed = closed;
    for (int k = 0; k < keep; k += keep - 1 > 0 ? keep - 1 : 1) {
      uint8_t tag = c->tag[k];
      c->tag[k] = PT_COUNT;
      cr_assert_not(accepted(), "set %zu: tag %d outside the set", sets[i], k);
      c->tag[k] = 0xFF;
      cr_assert_not(accepted());
      c->tag[k] = PT_NONE;
      cr_assert_not(accepted(), "set %zu: tag %d none", sets[i], k);
      c->tag[k] = tag;
      float score = c->score[k];
      c->score[k] = NAN;
      cr_assert_not(accepted(), "set %zu: score %d not a number", sets[i], k);
      c->score[k] = INFINITY;
      cr_assert_not(accepted());
      c->score[k] = score;
    }
  }
  cr_assert(accepted(), "the restored image is accepted again");

  /* truncated: the index a row short or an entry short or empty (the sets
   * not); the sets one short (no power of two), halved (a power of two,
   * but the indexes reach past it) or empty (the index not) */
  reject_count(IMG_TAGGER_LEX_CAND, n - ACTA_TM_STRIDE, "the index a row short");
  reject_count(IMG_TAGGER_LEX_CAND, n - 1, "the index an entry short");
  reject_count(IMG_TAGGER_LEX_CAND, 0, "no index, but sets");
  reject_count(IMG_TAGGER_CANDS, ncands - 1, "the sets one short");
  reject_count(IMG_TAGGER_CANDS, ncands / 2, "the sets halved");
  reject_count(IMG_TAGGER_CANDS, 0, "no sets, but an index");
  reject_missing(IMG_TAGGER_LEX_CAND);
  reject_missing(IMG_TAGGER_CANDS);
  cr_assert(accepted(), "the restored image is accepted again");
  free(buf);
}

/* The gazetteer's variant-word, first-word (speed29b) and two-word
 * (speed41b) filters: bit sets of a fixed size, so a section of another
 * size or none is rejected (their bits themselves are the checksum's to
 * guard). */
Test(image, the_gazetteer_filters_are_checked) {
  read_image();
  cr_assert(accepted());
  const uint32_t ids[] = {IMG_GAZ_VWORDS, IMG_GAZ_FWORDS, IMG_GAZ_PWORDS};
  const uint64_t bits[] = {GZ_VWORD_BITS, GZ_FWORD_BITS, GZ_PWORD_BITS};
  for (size_t i = 0; i < 3; i++) {
    size_t n;
    section(ids[i], 8, &n);
    cr_assert_eq(n, bits[i] / 64);
    reject_count(ids[i], n - 1, "a filter a word short");
    reject_count(ids[i], n / 2, "a filter halved");
    reject_count(ids[i], 0, "an empty filter");
    reject_missing(ids[i]);
  }
  cr_assert(accepted(), "the restored image is accepted again");
  free(buf);
}

/* An image file whose checksum is right but whose candidate index points
 * past the candidate sets (a writer's bug, not damage): the load rejects
 * it, parses the dictionaries and codes as they say, and writes a good
 * image, which the next load maps and codes the same with. */
Test(image, an_image_with_a_bad_candidate_index_is_rebuilt) {
  read_image();
  size_t n, ncands;
  section(IMG_TAGGER_CANDS, sizeof(acta_tm_cand), &ncands);
  uint16_t *lex = section(IMG_TAGGER_LEX_CAND, sizeof *lex, &n);
  lex[n / 2] = (uint16_t)ncands;
  /* the checksum again (image.c: the header with it 0 at byte 40, the
   * table, then each section in the table's order) */
  uint64_t zero = 0, sum;
  memcpy(buf + 40, &zero, sizeof zero);
  uint32_t nsec;
  memcpy(&nsec, buf + 48, sizeof nsec);
  sum = acta_image_sum(buf, 56, 0);
  sum = acta_image_sum(buf + 56, 24 * (size_t)nsec, sum);
  for (uint32_t e = 0; e < nsec; e++) {
    const unsigned char *ent = buf + 56 + 24 * (size_t)e;
    uint32_t elem;
    uint64_t off, cnt;
    memcpy(&elem, ent + 4, sizeof elem);
    memcpy(&off, ent + 8, sizeof off);
    memcpy(&cnt, ent + 16, sizeof cnt);
    sum = acta_image_sum(buf + off, cnt * elem, sum);
  }
  memcpy(buf + 40, &sum, sizeof sum);
  acta_image im;
  char why[128];
  cr_assert_eq(acta_image_open_memory(buf, len, 1, &im, why, sizeof why), 0,
               "the checksum passes: %s", why);
  cr_assert_not(accepted(), "the candidate index is checked");
  FILE *f = fopen(image, "wb");
  cr_assert_not_null(f);
  cr_assert_eq(fwrite(buf, 1, len, f), len);
  fclose(f);
  free(buf);

  static const char text[] =
      "Japan's foreign minister met his Chinese counterpart in Beijing on "
      "Tuesday, and the two sides signed a trade accord.";
  acta_article a = {.id = "r", .date = "2022-10-27", .text = text,
                    .text_len = sizeof text - 1};
  acta_dict *d = load(0);
  cr_assert_null(d->image, "an image with a bad index must not be mapped");
  acta_coder *c = acta_coder_new(d);
  cr_assert_eq(acta_code_article(c, &a), 0);
  size_t ne, jl;
  acta_events(c, &ne);
  cr_assert_gt(ne, 0, "the parsed dictionaries code the sentence");
  const char *json = acta_render_json(c, &a, &jl);
  char *first = malloc(jl + 1);
  cr_assert_not_null(first);
  memcpy(first, json, jl);
  first[jl] = '\0';
  acta_coder_free(c);
  acta_dict_free(d);

  d = load(0);
  cr_assert_not_null(d->image, "the rebuilt image is mapped");
  c = acta_coder_new(d);
  cr_assert_eq(acta_code_article(c, &a), 0);
  size_t ne2, jl2;
  acta_events(c, &ne2);
  json = acta_render_json(c, &a, &jl2);
  cr_assert_eq(ne2, ne);
  cr_assert(jl2 == jl && memcmp(json, first, jl) == 0,
            "the rebuilt image codes as the parsed dictionaries");
  free(first);
  acta_coder_free(c);
  acta_dict_free(d);
}
