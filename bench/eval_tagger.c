/* SPDX-License-Identifier: MIT */
/* eval_tagger.c: measures acta's part-of-speech tagger against the Penn
 * Treebank parses of PETRARCH-format XML files (the <Parse> of each
 * <Sentence>).  Each record's text is tokenized, split and tagged as the
 * coder does (acta_tag, without the dictionary's phrase locks), on the text
 * as written, lowercased and upper-cased; each word token the parse covers
 * is scored on acta's coarse classes (acta_pos, the parse's tag mapped as
 * below) and, when the tagger gives one, on its Penn tag.  Reads the XML
 * files; writes a table to stdout (--errors: every miss too, marked m, l
 * or u for the text as written, lowercased or upper-cased).  Not a test: the parses are measurement data.
 *
 *   acta-eval-tagger [--errors] FILE.xml...
 */
#include "dict.h"
#include "petrarch.h"
#include "tagger_model.h"
#include "treebank.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { V_MIXED, V_LOWER, V_UPPER, NVAR };
static const char *const VAR_NAME[NVAR] = {"as written", "lowercased", "ALL CAPS"};

/* A word the parse tags, by its byte span in the text. */
typedef struct gold_tok {
  uint32_t start, end;
  char penn[8];  /* Treebank label, AUX* read as the VB* it stands for */
  uint8_t pos;   /* the acta_pos the label means for this word */
} gold_tok;

typedef struct score {
  long n, coarse, npenn, penn;
  long conf[P_SUBORD + 1][P_SUBORD + 1]; /* [gold][tagged] */
} score;

static int label_is(const char *l, const char *x) { return strcmp(l, x) == 0; }

/* The parse's label as a Penn tag: PETRARCH's parser writes AUXD, AUXZ ...
 * for auxiliaries. */
static void penn_label(const acta_tb_node *nd, char *out, size_t cap) {
  size_t n = nd->label_len < cap - 1 ? nd->label_len : cap - 1;
  memcpy(out, nd->label, n);
  out[n] = '\0';
  if (n == 4 && !memcmp(out, "AUX", 3)) {
    static const char from[] = "DZPBNG";
    static const char *const to[] = {"VBD", "VBZ", "VBP", "VB", "VBN", "VBG"};
    const char *p = strchr(from, out[3]);
    if (p) snprintf(out, cap, "%s", to[p - from]);
  }
}

/* The acta class a Penn tag gives a word.  acta's closed-class lists are
 * its convention for function words ("as" is SUBORD, "that" THAT, "today"
 * ADV whatever Penn calls them), except where Penn shows the word in
 * another use the tagger is meant to tell: a modal as a noun ("the will"),
 * a preposition as a particle or verb ("carried out", "like"), a pronoun
 * as a name ("US"), a determiner as an adverb ("most certainly").  Verbs
 * of be/have/do are AUX, "not" NEG.  P_NONE: not scored (FW, SYM, LS, UH,
 * punctuation). */
static int gold_pos(const char *l, int closed, const char *word) {
  int cp = acta_closed_pos(closed);
  int noun = label_is(l, "NN") || label_is(l, "NNS");
  int name = label_is(l, "NNP") || label_is(l, "NNPS");
  int verb = !strncmp(l, "VB", 2);
  int adv = !strncmp(l, "RB", 2) || label_is(l, "RP");
  if (verb && !strcmp(word, "'s")) return P_AUX; /* "it's" */
  if (cp != P_NONE) {
    if (cp == P_MODAL && (noun || name)) return noun ? P_NOUN : P_PROPN;
    if (cp == P_PREP && (adv || verb)) return adv ? P_ADV : P_VERB;
    if (cp == P_PRON && name) return P_PROPN;
    if (cp == P_DET && adv) return P_ADV;
    return cp;
  }
  if (noun) return P_NOUN;
  if (name) return P_PROPN;
  if (!strncmp(l, "JJ", 2)) return P_ADJ;
  if (verb) return P_VERB;
  if (label_is(l, "CD")) return P_NUM;
  if (label_is(l, "POS")) return P_POSS;
  if (adv || label_is(l, "EX")) return P_ADV; /* "there" */
  if (label_is(l, "MD")) return P_MODAL;
  if (label_is(l, "TO")) return P_TO;
  if (label_is(l, "IN")) return P_PREP;
  if (label_is(l, "CC")) return P_CONJ;
  if (label_is(l, "PRP")) return P_PRON;
  if (label_is(l, "DT") || label_is(l, "PDT") || label_is(l, "PRP$") ||
      label_is(l, "WP$"))
    return P_DET;
  if (label_is(l, "WDT") || label_is(l, "WP") || label_is(l, "WRB")) return P_WH;
  return P_NONE;
}

/* Copies text with ASCII letters lowered or raised (byte offsets kept). */
static char *recase(const char *s, size_t n, int var) {
  char *o = malloc(n + 1);
  if (!o) abort();
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (var == V_LOWER && c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (var == V_UPPER && c >= 'a' && c <= 'z') c = (char)(c - 32);
    o[i] = c;
  }
  o[n] = '\0';
  return o;
}

typedef struct evaluator {
  const acta_dict *d;
  acta_tokens toks;
  acta_sentence *sents;
  size_t cap_sents;
  acta_treebank tb;
  uint8_t *tags;
  int32_t *leaf;
  size_t cap;
  gold_tok *gold;
  size_t ngold, cap_gold;
  int errors;
  score sc[NVAR];
} evaluator;

static void grow(evaluator *e, size_t n) {
  if (n <= e->cap) return;
  e->cap = n * 2;
  e->tags = realloc(e->tags, e->cap);
  e->leaf = realloc(e->leaf, e->cap * sizeof *e->leaf);
  if (!e->tags || !e->leaf) abort();
}

/* The words of the parse, placed on the text as written. */
static void read_gold(evaluator *e, const petr_record *r) {
  e->ngold = 0;
  acta_tokenize(e->d, r->text, r->text_len, &e->toks);
  size_t n = e->toks.n;
  grow(e, n + 1);
  acta_treebank_read(&e->tb, r->parse, strlen(r->parse));
  acta_treebank_tags(&e->tb, r->text, &e->toks, 0, (uint32_t)n, e->tags, e->leaf);
  for (size_t k = 0; k < n; k++) {
    const acta_token *tk = &e->toks.v[k];
    if (e->leaf[k] < 0 || tk->kind == TK_PUNCT) continue;
    const acta_tb_node *nd = &e->tb.nodes[e->tb.leaves[e->leaf[k]]];
    gold_tok g;
    g.start = tk->start;
    g.end = tk->end;
    penn_label(nd, g.penn, sizeof g.penn);
    int closed = tk->word != ACTA_NO_WORD ? e->d->info[tk->word].closed : CC_NONE;
    g.pos = (uint8_t)gold_pos(g.penn, closed, acta_tok_norm(&e->toks, k));
    if (g.pos == P_NONE) continue;
    if (e->ngold == e->cap_gold) {
      e->cap_gold = e->cap_gold ? e->cap_gold * 2 : 256;
      e->gold = realloc(e->gold, e->cap_gold * sizeof *e->gold);
      if (!e->gold) abort();
    }
    e->gold[e->ngold++] = g;
  }
}

/* Tags one case variant of the record and scores it against the gold. */
static void score_variant(evaluator *e, const petr_record *r, int var) {
  char *text = recase(r->text, r->text_len, var);
  acta_tokenize(e->d, text, r->text_len, &e->toks);
  size_t ns = acta_split_sentences(e->d, &e->toks, &e->sents, &e->cap_sents);
  for (size_t s = 0; s < ns; s++)
    acta_tag(e->d, &e->toks, e->sents[s].first, e->sents[s].last);
  score *sc = &e->sc[var];
  size_t g = 0;
  for (size_t k = 0; k < e->toks.n; k++) {
    const acta_token *tk = &e->toks.v[k];
    while (g < e->ngold && e->gold[g].start < tk->start) g++;
    if (g == e->ngold || e->gold[g].start != tk->start || e->gold[g].end != tk->end)
      continue;
    const gold_tok *gt = &e->gold[g];
    sc->n++;
    sc->conf[gt->pos][tk->tag]++;
    int ok = tk->tag == gt->pos;
    if (ok) sc->coarse++;
    const char *penn = acta_penn_name(tk->penn);
    if (penn) {
      sc->npenn++;
      if (!strcmp(penn, gt->penn)) sc->penn++;
    }
    if (e->errors && (!ok || (penn && strcmp(penn, gt->penn))))
      printf("%c %s: %.*s  gold %s/%s  got %s/%s\n", "mlu"[var], r->id,
             (int)(tk->end - tk->start),
             text + tk->start, gt->penn, acta_pos_name(gt->pos),
             penn ? penn : "-", acta_pos_name(tk->tag));
  }
  free(text);
}

static int eval_file(evaluator *e, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return -1; }
  char *data = NULL;
  size_t len = 0, cap = 0, got;
  char chunk[65536];
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (len + got > cap) {
      cap = (len + got) * 2;
      data = realloc(data, cap);
      if (!data) abort();
    }
    memcpy(data + len, chunk, got);
    len += got;
  }
  fclose(f);
  petr_xml *x = petr_xml_open(data ? data : "", len, path);
  petr_record r;
  char err[512];
  int rc;
  while ((rc = petr_xml_next(x, &r, err, sizeof err)) == 1) {
    if (!r.parse || !r.text_len) continue;
    read_gold(e, &r);
    for (int v = 0; v < NVAR; v++) score_variant(e, &r, v);
  }
  if (rc < 0) fprintf(stderr, "acta-eval-tagger: %s\n", err);
  petr_xml_free(x);
  free(data);
  return rc < 0 ? -1 : 0;
}

static double pct(long a, long b) { return b ? 100.0 * a / b : 0.0; }

int main(int argc, char **argv) {
  evaluator e;
  memset(&e, 0, sizeof e);
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--errors")) e.errors = 1;
    else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: acta-eval-tagger [--errors] FILE.xml...\n");
      return 2;
    } else nfiles++;
  }
  if (!nfiles) {
    fprintf(stderr, "usage: acta-eval-tagger [--errors] FILE.xml...\n");
    return 2;
  }
  char err[512];
  acta_dict *d = acta_dict_load(NULL, err, sizeof err);
  if (!d) { fprintf(stderr, "acta-eval-tagger: %s\n", err); return 3; }
  e.d = d;
  acta_tokens_init(&e.toks);
  int rc = 0;
  for (int i = 1; i < argc; i++)
    if (argv[i][0] != '-' && eval_file(&e, argv[i]) != 0) rc = 4;
  printf("%-12s %7s %9s %9s\n", "text", "words", "coarse%", "penn%");
  for (int v = 0; v < NVAR; v++) {
    const score *s = &e.sc[v];
    printf("%-12s %7ld %8.2f%% ", VAR_NAME[v], s->n, pct(s->coarse, s->n));
    if (s->npenn) printf("%8.2f%%\n", pct(s->penn, s->npenn));
    else printf("%9s\n", "-");
  }
  printf("confusion, as written (rows: parse; columns: tagger; counts >= 3)\n");
  for (int gp = 1; gp <= P_SUBORD; gp++)
    for (int tp = 0; tp <= P_SUBORD; tp++)
      if (gp != tp && e.sc[V_MIXED].conf[gp][tp] >= 3)
        printf("  %-6s -> %-6s %5ld\n", acta_pos_name(gp), acta_pos_name(tp),
               e.sc[V_MIXED].conf[gp][tp]);
  acta_tokens_free(&e.toks);
  acta_treebank_free(&e.tb);
  free(e.sents);
  free(e.tags);
  free(e.leaf);
  free(e.gold);
  acta_dict_free(d);
  return rc;
}
