/* SPDX-License-Identifier: MIT */
/* petrarch_compile.c: gives PETRARCH / TABARI dictionaries their meaning in
 * acta.  The files read by petrarch_dict.c become ordinary acta entries and
 * patterns, so the one coder codes with them, alone or layered with the
 * bundled dictionaries:
 *
 *   actors   PHRASE [CODE] / +ALIAS / [CODE <D] [CODE >D] [CODE D1-D2]
 *            -> actor entries (code as written, date ranges [from, to));
 *   agents   PHRASE {PLURALS} [~CODE] / [CODE~] / !MACRO! = a, b
 *            -> role entries (the code follows, or precedes, the actor's);
 *   discards PHRASE / +PHRASE -> discard phrases (whole sentences);
 *   verbs    --- VERB [code] --- families, their forms (irregular and
 *            multi-word ones) and their patterns -> patterns on each form:
 *            words before `*` must stand before the verb, words after it
 *            after, `_` joins words with nothing between, `$` `+` `%` are
 *            the source, target and compound slots, `^` is a skipped
 *            phrase, `&SYNSET` and `{a | b}` are choices of word sequences,
 *            `[a:b]` codes a and the reverse event b, `[---]` codes nothing.
 *
 * Matching follows the KEDS habits: case does not matter, words match their
 * written form only (PETRARCH: no stems; TABARI: a word without `_` is a
 * stem matched as a prefix), the most specific pattern wins.
 * Penn Treebank contractions in dictionaries ("DID N'T") are joined the way
 * acta tokenizes running text ("didn't"). */
#include "dict_build.h"
#include "petrarch.h"
#include "tabari_stems.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void warn_cb(void *ud, const char *msg) {
  acta_loader *L = ud;
  if (L->opt && L->opt->warn) L->opt->warn(L->opt->warn_ud, msg);
}

static petr_dict *load(acta_loader *L, petr_kind kind, const char *path) {
  petr_opts o;
  memset(&o, 0, sizeof o);
  o.name = path;
  o.strict = L->opt && L->opt->strict;
  o.warn = warn_cb;
  o.warn_ud = L;
  o.tabari = L->opt && L->opt->tabari;
  petr_dict *d = petr_dict_load(kind, path, &o, L->err, L->errlen);
  if (!d) L->failed = 1;
  return d;
}

/* Copies a dictionary phrase with `_` as blanks and the KEDS exact-word
 * marks (trailing `_`) dropped; joins Treebank contractions ("DID N'T" ->
 * "DID N'T" becomes "DIDN'T").  Returns the length. */
static size_t plain(const char *s, char *out, size_t cap, char *mark) {
  size_t n = 0;
  for (; *s && n + 1 < cap; s++) {
    /* TABARI phrases (mark): a hyphen is an underscore, as TABARI reads
     * its dictionaries (its text filter makes hyphens blanks) */
    char ch = *s == '_' || (mark && *s == '-') ? ' ' : *s;
    if (ch == ' ' && (n == 0 || out[n - 1] == ' ')) {
      if (mark && n && *s == ' ') mark[n - 1] |= ACTA_EDGE_GAP;
      continue;
    }
    if (mark) {
      mark[n] = *s == ' ' ? ACTA_EDGE_GAP : 0;
      /* a word's last letter: a stem unless `_` or `=` follows */
      if (ch != ' ' && (s[1] == ' ' || s[1] == '\0')) mark[n] |= ACTA_EDGE_STEM;
      if (*s == '-') mark[n] = 0;
    }
    out[n++] = ch;
  }
  while (n && out[n - 1] == ' ') n--;
  out[n] = '\0';
  /* " N'T" / " n't" glued to the word before */
  for (char *p = strchr(out, ' '); p; p = strchr(p + 1, ' '))
    if (!strncmp(p + 1, "N'T", 3) || !strncmp(p + 1, "n't", 3)) {
      size_t at = (size_t)(p - out);
      memmove(p, p + 1, strlen(p + 1) + 1);
      if (mark) memmove(mark + at, mark + at + 1, n - at - 1);
      n--;
    }
  return n;
}

/* "+++": a code with no digit or letter of its own.  On a pattern it keeps
 * the verb's code; on a verb it codes nothing. */
static int plus_code(const char *s) {
  if (!s || *s != '+') return 0;
  while (*s == '+') s++;
  return *s == '\0';
}

/* Upper-cases a code and drops the marks TABARI allowed around it ("023?"
 * subordinate, "111!" dominant). */
static void clean_code(const char *s, char *out, size_t cap) {
  size_t n = 0;
  for (; *s && n + 1 < cap; s++) {
    if (*s == '?' || *s == '!' || isspace((unsigned char)*s)) continue;
    out[n++] = (char)toupper((unsigned char)*s);
  }
  out[n] = '\0';
}

/* ---- actors, agents, discards -------------------------------------------- */

/* An empty entry of a kind from the current file, at a line. */
static acta_entry entry_at(const acta_loader *L, int kind, size_t line) {
  acta_entry e;
  memset(&e, 0, sizeof e);
  e.kind = (uint8_t)kind;
  e.file = L->file;
  e.line = (uint32_t)line;
  e.keds = 1;
  return e;
}

static void add_phrase(acta_loader *L, const acta_entry *tmpl, const char *ph,
                       size_t line) {
  char buf[512], mark[512];
  /* TABARI: a blank between two words of an actor or agent phrase lets
   * words of the text stand between them ("ITHILEN TELEVISION" is
   * "Ithilen state-run television"), `_` joins them, and a word with no
   * `_` after it is a stem ("ERIADOR" is "Eriadorian") */
  int tabari = L->opt && L->opt->tabari && (tmpl->kind == ENT_ACTOR || tmpl->kind == ENT_AGENT);
  size_t n = plain(ph, buf, sizeof buf, tabari ? mark : NULL);
  if (!n) return;
  L->line = (long)line;
  size_t before = L->d->nentries;
  acta_entry e = *tmpl;
  e.whole_end = (uint8_t)(tabari && !(mark[n - 1] & ACTA_EDGE_STEM));
  if (acta_loader_phrase_tabari(L, &e, buf, n, tabari ? mark : NULL) == 0 &&
      L->d->nentries > before) {
    /* KEDS dictionaries are upper case throughout: case never matters */
    L->d->entries[L->d->nentries - 1].proper = 0;
    if (tmpl->kind == ENT_ACTOR) L->d->nactors++;
    else if (tmpl->kind == ENT_AGENT) L->d->nagents++;
    else L->d->ndiscards++;
  }
}

static int is_country(const acta_dict *d, const char *code) {
  uint32_t v;
  return strlen(code) >= 3 &&
         acta_u64map_get(&d->countries, acta_pack3(code), &v) && v == 1;
}

/* TABARI's <NOUN> and <ADJECTIVE> words into d->tabari_words (an entry of
 * several words joined by _ stands for its last word). */
static void compile_word_classes(acta_loader *L, const petr_dict *pd) {
  for (size_t i = 0; i < pd->n_word_classes; i++) {
    const petr_word_class *c = &pd->word_classes[i];
    size_t n = strlen(c->word);
    uint32_t bits = c->adjective ? ACTA_TWORD_ADJECTIVE : ACTA_TWORD_NOUN;
    if (n && c->word[n - 1] == '_') n--;
    else bits |= ACTA_TWORD_STEM;
    const char *w = c->word;
    for (size_t k = 0; k < n; k++)
      if (c->word[k] == '_') w = c->word + k + 1;
    char low[64];
    size_t m = (size_t)(c->word + n - w);
    if (!m || m >= sizeof low) continue;
    for (size_t k = 0; k < m; k++) low[k] = (char)tolower((unsigned char)w[k]);
    uint64_t key = acta_hash(low, m);
    uint32_t v = 0;
    acta_u64map_get(&L->d->tabari_words, key, &v);
    acta_u64map_put(&L->d->tabari_words, key, v | bits);
  }
}

static void compile_actors(acta_loader *L, const petr_dict *pd) {
  acta_dict *d = L->d;
  if (L->opt->tabari) compile_word_classes(L, pd);
  for (size_t i = 0; i < pd->n_actors; i++) {
    const petr_actor *a = &pd->actors[i];
    /* restricted codes first (the first valid one wins), then the rest */
    for (int pass = 0; pass < 2; pass++)
      for (size_t k = 0; k < a->n_codes; k++) {
        const petr_code *pc = &pd->codes[a->first_code + k];
        if ((pc->rule != PETR_DATE_ANY) != (pass == 0)) continue;
        acta_entry e = entry_at(L, ENT_ACTOR, pc->line);
        char code[64];
        clean_code(pc->code, code, sizeof code);
        if (!strcmp(code, "###")) {
          /* TABARI's discard code: a story naming the actor is no news */
          L->line = (long)pc->line;
          if (pc->rule != PETR_DATE_ANY) {
            acta_loader_bad_line(L, "dated [###]: acta's discards have no dates");
            continue;
          }
          e.kind = ENT_DISCARD;
          add_phrase(L, &e, a->phrase, a->line);
          for (size_t k2 = 0; k2 < a->n_aliases; k2++)
            add_phrase(L, &e, pd->strs[a->first_alias + k2], a->line);
          continue;
        }
        /* TABARI's several codes "ELR/GAL" stay whole: the coder makes the
         * name a compound of one actor per code */
        char *slash = strchr(code, '/');
        if (!code[0] || code[0] == '/') continue;
        if (strlen(code) >= sizeof e.code) {
          L->line = (long)pc->line;
          acta_loader_bad_line(L, "actor code \"%s\" is longer than %zu characters",
                               code, sizeof e.code - 1);
          continue;
        }
        memcpy(e.code, code, strlen(code) + 1);
        /* CAMEO codes open with the country: "ARN", "HOBGOV"; an agent
         * adds to the whole code ("USAGOV" + "MIL") */
        if (slash ? slash - code == 3 : (strlen(code) == 3 || is_country(d, code)))
          memcpy(e.country, code, 3);
        switch (pc->rule) {
          case PETR_DATE_BEFORE: e.to = (int32_t)pc->to; break;
          case PETR_DATE_AFTER: e.from = (int32_t)pc->from + 1; break;
          case PETR_DATE_RANGE:
            e.from = (int32_t)pc->from;
            e.to = (int32_t)pc->to + 1;
            break;
          default: break;
        }
        add_phrase(L, &e, a->phrase, a->line);
        for (size_t k2 = 0; k2 < a->n_aliases; k2++)
          add_phrase(L, &e, pd->strs[a->first_alias + k2], a->line);
        if (L->failed) return;
      }
  }
}

/* Adds an agent phrase, expanding one !MACRO! (and the rest recursively). */
static void agent_phrase(acta_loader *L, const petr_dict *pd, const acta_entry *e,
                         const char *ph, size_t line, int depth) {
  const char *m1 = strchr(ph, '!');
  const char *m2 = m1 ? strchr(m1 + 1, '!') : NULL;
  if (!m2 || depth > 4) {
    add_phrase(L, e, ph, line);
    return;
  }
  for (size_t k = 0; k < pd->n_macros; k++) {
    const petr_macro *m = &pd->macros[k];
    if (strlen(m->name) != (size_t)(m2 - m1 - 1) ||
        memcmp(m->name, m1 + 1, strlen(m->name)))
      continue;
    for (size_t v = 0; v < m->n_values; v++) {
      char buf[512];
      snprintf(buf, sizeof buf, "%.*s%s%s", (int)(m1 - ph), ph,
               pd->strs[m->first_value + v], m2 + 1);
      agent_phrase(L, pd, e, buf, line, depth + 1);
    }
    return;
  }
  L->line = (long)line;
  acta_loader_bad_line(L, "unknown macro %.*s", (int)(m2 - m1 + 1), m1);
}

static void compile_agents(acta_loader *L, const petr_dict *pd) {
  for (size_t i = 0; i < pd->n_agents; i++) {
    const petr_agent *a = &pd->agents[i];
    acta_entry e = entry_at(L, ENT_AGENT, a->line);
    char code[64];
    clean_code(a->code, code, sizeof code);
    if (!code[0] || strlen(code) >= sizeof e.code) {
      L->line = (long)a->line;
      acta_loader_bad_line(L, "agent code \"%s\" is empty or too long", a->code);
      continue;
    }
    memcpy(e.code, code, strlen(code) + 1);
    memcpy(e.role, code, 3);
    e.role[3] = '\0';
    e.prefix = a->place == PETR_AGENT_PREFIX;
    e.exact = a->has_plurals; /* "{}": no plural; "{A B}": these only */
    agent_phrase(L, pd, &e, a->phrase, a->line, 0);
    for (size_t k = 0; k < a->n_plurals; k++)
      agent_phrase(L, pd, &e, pd->strs[a->first_plural + k], a->line, 0);
    if (L->failed) return;
  }
}

static void compile_discards(acta_loader *L, const petr_dict *pd) {
  for (size_t i = 0; i < pd->n_discards; i++) {
    acta_entry e = entry_at(L, ENT_DISCARD, pd->discards[i].line);
    add_phrase(L, &e, pd->discards[i].phrase, pd->discards[i].line);
    if (L->failed) return;
  }
}

/* ---- verbs --------------------------------------------------------------- */

/* Pushes one choice: a length, then the words of a phrase.  TABARI: words
 * written with a blank between them, not `_`, may have other words
 * between them in the text (ACTA_ALT_GAPS). */
static int push_seq(acta_loader *L, const char *phrase) {
  char buf[512];
  size_t n = plain(phrase, buf, sizeof buf, NULL);
  if (!n) return 0;
  acta_tokenize(NULL, buf, n, &L->toks);
  if (!L->toks.n || L->toks.n > 12) return 0;
  int gaps = 0;
  if (L->opt && L->opt->tabari && L->toks.n > 1)
    for (const char *s = phrase; *s && !gaps; s++)
      gaps = *s == ' ' && s > phrase && s[-1] != ' ' && s[-1] != '_' && s[1] &&
             s[1] != ' ' && s[1] != '_';
  acta_loader_alt(L->d, (uint32_t)L->toks.n | (gaps ? ACTA_ALT_GAPS : 0));
  for (size_t i = 0; i < L->toks.n; i++)
    acta_loader_alt(L->d, acta_word_add(L->d, acta_tok_norm(&L->toks, i),
                                        L->toks.v[i].norm_len));
  return 1;
}

/* TABARI: a pattern word without a trailing `_` is a stem, which matches
 * every word it begins ("FOR" is "for" and "forces", "REVOLUTION" is
 * "revolutionary"): one choice, matched as a prefix.  Returns 1 when the
 * word was pushed so (0: use the word as written). */
static uint32_t stem_words(acta_loader *L, const char *text) {
  char stem[64];
  if (!L->stems || !tabari_stem_of(text, stem, sizeof stem)) return 0;
  acta_loader_alt(L->d, 1);
  acta_loader_alt(L->d, acta_word_add(L->d, stem, strlen(stem)));
  return 1;
}

static const petr_synset *find_synset(const petr_dict *pd, const char *name) {
  for (size_t i = 0; i < pd->n_synsets; i++)
    if (!strcmp(pd->synsets[i].name, name)) return &pd->synsets[i];
  return NULL;
}

static uint32_t push_synset(acta_loader *L, const petr_dict *pd,
                            const petr_synset *y, int depth);

/* Pushes one synset member, a phrase that may name synsets among its words
 * ("&TIETYPES_MEMOS", "MEMOS_ON_&TIETYPES"): every phrase it stands for,
 * each synset replaced by each of its members in turn.  Returns the number
 * of choices pushed (at most 256 per member, 8 levels deep). */
static uint32_t push_member(acta_loader *L, const petr_dict *pd, const char *m,
                            int depth) {
  const char *amp = strchr(m, '&');
  if (!amp) return (uint32_t)push_seq(L, m);
  if (depth > 8) return 0;
  size_t nl = strcspn(amp + 1, " _");
  char name[128];
  if (!nl || nl >= sizeof name) return 0;
  memcpy(name, amp + 1, nl);
  name[nl] = '\0';
  const petr_synset *z = find_synset(pd, name);
  if (!z) return 0;
  const char *after = amp + 1 + nl;
  if (amp == m && !*after) return push_synset(L, pd, z, depth + 1);
  uint32_t n = 0;
  for (size_t k = 0; k < z->n_members && n < 256; k++) {
    char buf[512];
    int w = snprintf(buf, sizeof buf, "%.*s%s%s", (int)(amp - m), m,
                     pd->strs[z->first_member + k], after);
    if (w < 0 || (size_t)w >= sizeof buf) continue;
    n += push_member(L, pd, buf, depth + 1);
  }
  return n;
}

/* Pushes the members of a synset (nested synsets expanded); returns the
 * number of choices. */
static uint32_t push_synset(acta_loader *L, const petr_dict *pd,
                            const petr_synset *y, int depth) {
  uint32_t n = 0;
  if (depth > 8) return 0;
  for (size_t k = 0; k < y->n_members; k++)
    n += push_member(L, pd, pd->strs[y->first_member + k], depth);
  return n;
}

/* Appends one pattern element from a PETRARCH token (exact: a TABARI word
 * followed by `_`, which is no stem); returns 0, or -1 when the pattern
 * cannot be used (reported). */
static int add_tok(acta_loader *L, const petr_dict *pd, const petr_tok *t,
                   acta_pattern *pat, int joined, int exact) {
  acta_dict *d = L->d;
  switch (t->kind) {
    case PETR_T_SKIP: {
      acta_pelem *e = acta_loader_elem(d);
      e->type = PE_SKIP;
      e->joined = (uint8_t)joined;
      return 0;
    }
    case PETR_T_SOURCE:
    case PETR_T_TARGET:
    case PETR_T_COMPOUND: {
      acta_pelem *e = acta_loader_elem(d);
      e->type = t->kind == PETR_T_SOURCE ? PE_SOURCE
              : t->kind == PETR_T_TARGET ? PE_TARGET : PE_COMPOUND;
      e->joined = (uint8_t)joined;
      if (t->kind == PETR_T_SOURCE) pat->has_source = 1;
      else if (t->kind == PETR_T_TARGET) pat->has_target = 1;
      else pat->compound = 1;
      pat->nlit++;
      return 0;
    }
    default: break;
  }
  uint32_t off = (uint32_t)d->nalts, n = 0;
  int prefix = 0;
  if (t->kind == PETR_T_WORD) {
    n = exact ? 0 : stem_words(L, t->text);
    prefix = n != 0;
    if (!n) n = (uint32_t)push_seq(L, t->text);
  } else if (t->kind == PETR_T_SYNSET) {
    const petr_synset *y = find_synset(pd, t->text);
    if (!y) {
      acta_loader_bad_line(L, "unknown synset &%s", t->text);
      return -1;
    }
    n = push_synset(L, pd, y, 0);
  } else if (t->kind == PETR_T_ALT) {
    for (size_t k = 0; k < t->n_alts; k++)
      n += (uint32_t)push_seq(L, pd->strs[t->first_alt + k]);
  }
  if (!n) return 0; /* nothing to match ("N'T" alone): no constraint */
  acta_pelem *e = acta_loader_elem(d);
  e->type = PE_WORD;
  e->joined = (uint8_t)joined;
  e->alt_off = off;
  e->nalt = n;
  e->prefix = (uint8_t)prefix;
  pat->nlit++;
  return 0;
}

/* One verb form: the head word and the joined words around it
 * ("BREAK_DOWN": head BREAK, then DOWN; "KLM_NOP_+RST": KLM NOP, head RST). */
typedef struct vform {
  char words[8][64];
  size_t n, head;
} vform;

static void split_form(const char *text, vform *f) {
  f->n = 0;
  f->head = 0;
  const char *s = text;
  while (*s && f->n < 8) {
    while (*s == '_' || *s == ' ') s++;
    if (!*s) break;
    size_t l = strcspn(s, "_ ");
    int plus = *s == '+';
    const char *w = s + plus;
    size_t wl = l - (size_t)plus;
    if (wl >= sizeof f->words[0]) wl = sizeof f->words[0] - 1;
    if (wl) {
      if (plus) f->head = f->n;
      memcpy(f->words[f->n], w, wl);
      f->words[f->n][wl] = '\0';
      f->n++;
    }
    s += l;
  }
}

/* Is token k of pattern pt followed by `_` (the next token joined to it)? */
static int tok_joined_next(const petr_dict *pd, const petr_pattern *pt, size_t k) {
  /* joined by `~` (2): the word before stays a stem */
  return k + 1 < pt->n_toks && pd->toks[pt->first_tok + k + 1].joined == 1;
}

/* Builds and indexes the pattern `pt` (NULL: the bare verb) on one head
 * word form. */
static void build(acta_loader *L, const petr_dict *pd, const vform *f,
                  const petr_pattern *pt, const char *code1, const char *code2,
                  const char *text, size_t line) {
  acta_dict *d = L->d;
  char c1[32], c2[32];
  clean_code(code1, c1, sizeof c1);
  clean_code(code2 ? code2 : "", c2, sizeof c2);
  if (strlen(c1) > 4 || strlen(c2) > 4) {
    L->line = (long)line;
    acta_loader_bad_line(L, "event code \"%s\" is longer than 4 characters",
                         strlen(c1) > 4 ? c1 : c2);
    return;
  }
  L->line = (long)line;
  acta_pattern pat;
  memset(&pat, 0, sizeof pat);
  /* TABARI's words match their regular endings too */
  pat.exact = L->stems ? 2 : 1;
  pat.file = L->file;
  pat.line = (uint32_t)line;
  pat.cameo = (!c1[0] || !strcmp(c1, "---")) ? ACTA_NO_CODE : acta_loader_code(L, c1);
  pat.cameo2 = (c2[0] && strcmp(c2, "---")) ? acta_loader_code(L, c2) + 1 : 0;
  /* the head: folded like text */
  char hb[64];
  size_t hl = plain(f->words[f->head], hb, sizeof hb, NULL);
  pat.head = acta_loader_word(L, hb, hl);
  if (pat.head == ACTA_NO_WORD) return;
  size_t el0 = d->nelems, al0 = d->nalts;
  /* before the head: the pattern's words, then the form's own */
  pat.pre_off = (uint32_t)d->nelems;
  size_t vpos = 0;
  if (pt) {
    for (vpos = 0; vpos < pt->n_toks; vpos++)
      if (pd->toks[pt->first_tok + vpos].kind == PETR_T_VERB) break;
    for (size_t k = 0; k < vpos; k++) {
      const petr_tok *t = &pd->toks[pt->first_tok + k];
      if (add_tok(L, pd, t, &pat, t->joined && k > 0, tok_joined_next(pd, pt, k)) != 0)
        goto fail;
    }
  }
  for (size_t k = 0; k < f->head; k++) {
    petr_tok t = {PETR_T_WORD, 1, f->words[k], 0, 0};
    if (add_tok(L, pd, &t, &pat, k > 0 || (pt && vpos > 0), 1) != 0) goto fail;
  }
  pat.npre = (uint32_t)(d->nelems - pat.pre_off);
  if (pt && vpos < pt->n_toks && pd->toks[pt->first_tok + vpos].joined &&
      f->head == 0)
    pat.head_joined = 1;
  if (f->head > 0) pat.head_joined = 1;
  /* after the head: the form's words, then the pattern's */
  pat.el_off = (uint32_t)d->nelems;
  for (size_t k = f->head + 1; k < f->n; k++) {
    petr_tok t = {PETR_T_WORD, 1, f->words[k], 0, 0};
    if (add_tok(L, pd, &t, &pat, 1, k + 1 < f->n) != 0) goto fail;
  }
  if (pt)
    for (size_t k = vpos + 1; k < pt->n_toks; k++) {
      const petr_tok *t = &pd->toks[pt->first_tok + k];
      if (add_tok(L, pd, t, &pat, t->joined, tok_joined_next(pd, pt, k)) != 0) goto fail;
    }
  pat.nel = (uint32_t)(d->nelems - pat.el_off);
  pat.text = acta_pool_add(&d->strings, text, strlen(text));
  acta_loader_pattern(L, &pat);
  return;
fail:
  d->nelems = el0;
  d->nalts = al0;
}

/* The head keys of a form: its written word, and its lemma when the form
 * is the lemma ("ABANDON" is every form of abandon; "LEFT" is only "left"). */
static void compile_family(acta_loader *L, const petr_dict *pd,
                           const petr_family *fam) {
  for (size_t fi = 0; fi < fam->n_forms; fi++) {
    const petr_verb_form *form = &pd->forms[fam->first_form + fi];
    /* the form and its irregular forms */
    for (size_t ii = 0; ii <= form->n_irregular; ii++) {
      const char *ft = ii == 0 ? form->text : pd->strs[form->first_irregular + ii - 1];
      vform f;
      split_form(ft, &f);
      if (!f.n) continue;
      const char *own = form->code ? form->code : fam->code;
      if (plus_code(own)) own = "---";
      char text[256], c1[32];
      snprintf(text, sizeof text, "%s [%s]", ft, own);
      /* "[032:033]": the code and the reverse event's */
      snprintf(c1, sizeof c1, "%s", own);
      char *colon = strchr(c1, ':');
      if (colon) *colon = '\0';
      build(L, pd, &f, NULL, c1, colon ? colon + 1 : NULL, text,
            form->code ? form->line : fam->line);
      for (size_t pi = 0; pi < fam->n_patterns; pi++) {
        const petr_pattern *pt = &pd->patterns[fam->first_pattern + pi];
        snprintf(text, sizeof text, "%s [%s%s%s]", pt->text, pt->code,
                 pt->code2 ? ":" : "", pt->code2 ? pt->code2 : "");
        if (plus_code(pt->code))
          build(L, pd, &f, pt, c1, colon ? colon + 1 : NULL, text, pt->line);
        else
          build(L, pd, &f, pt, pt->code, pt->code2, text, pt->line);
        if (L->failed) return;
      }
    }
  }
}

/* ---- TABARI verbs -------------------------------------------------------- */

/* TABARI's "###" (discard the story) and "+++" (set it aside for a human
 * coder) code nothing here. */
static const char *tabari_code(const char *c) {
  return c && (!strcmp(c, "###") || plus_code(c)) ? "---" : c;
}

/* Is a code one acta can use (reported once, at its line, when not)? */
static int tabari_code_ok(acta_loader *L, const char *code, size_t line) {
  char c[32];
  clean_code(code ? code : "", c, sizeof c);
  if (!strcmp(c, "---")) return 1;
  size_t n = strlen(c), k = 0;
  while (k < n && isalnum((unsigned char)c[k])) k++;
  if (n && n <= 4 && k == n) return 1;
  L->line = (long)line;
  acta_loader_bad_line(L, "event code \"%s\" is not 1 to 4 letters or digits",
                       code ? code : "");
  return 0;
}

/* Does every synset a pattern names exist (reported once when not)? */
static int tabari_synsets_ok(acta_loader *L, const petr_dict *pd,
                             const petr_pattern *pt) {
  for (size_t k = 0; k < pt->n_toks; k++) {
    const petr_tok *t = &pd->toks[pt->first_tok + k];
    if (t->kind == PETR_T_SYNSET && !find_synset(pd, t->text)) {
      L->line = (long)pt->line;
      acta_loader_bad_line(L, "unknown synset &%s", t->text);
      return 0;
    }
  }
  return 1;
}

/* One TABARI root: its stem stands for the WordNet verbs it owns (or for
 * itself when it owns none), each with the root's code and patterns. */
static void compile_tabari_family(acta_loader *L, const petr_dict *pd,
                                  const petr_family *fam) {
  const petr_verb_form *form = &pd->forms[fam->first_form];
  if (!strcmp(fam->code, "###") && !fam->n_patterns && !fam->no_bare) {
    /* "SOCCER [###]": a story word to discard */
    acta_entry e = entry_at(L, ENT_DISCARD, fam->line);
    add_phrase(L, &e, form->text, fam->line);
    for (size_t k = 0; k < form->n_irregular; k++)
      add_phrase(L, &e, pd->strs[form->first_irregular + k], fam->line);
    return;
  }
  const char *own = tabari_code(fam->code);
  char c1[32];
  snprintf(c1, sizeof c1, "%s", own);
  char *colon = strchr(c1, ':');
  if (colon) *colon = '\0';
  if (!fam->no_bare && (!tabari_code_ok(L, c1, fam->line) ||
                        (colon && !tabari_code_ok(L, colon + 1, fam->line))))
    return;
  /* the patterns acta can use, checked once */
  uint8_t okp[512];
  size_t np = fam->n_patterns < sizeof okp ? fam->n_patterns : sizeof okp;
  for (size_t pi = 0; pi < np; pi++) {
    const petr_pattern *pt = &pd->patterns[fam->first_pattern + pi];
    okp[pi] = (uint8_t)(tabari_code_ok(L, tabari_code(pt->code), pt->line) &&
                        (!pt->code2 || tabari_code_ok(L, tabari_code(pt->code2), pt->line)) &&
                        tabari_synsets_ok(L, pd, pt));
  }
  if (L->failed) return;
  char stem[64];
  const uint32_t *lem = NULL;
  size_t nlem = tabari_stem_of(form->text, stem, sizeof stem)
                    ? tabari_stem_verbs(L->stems, stem, &lem) : 0;
  /* a root WordNet does not know as a verb ("CORDON"): TABARI's regular
   * endings spelt out, as no lemma will lead to it */
  static const char *const endings[] = {"", "S", "ES", "D", "ED", "ING"};
  size_t nend = 1;
  if (!nlem && !strpbrk(form->text, "_ ")) {
    char w[64];
    uint32_t id = tabari_stem_of(form->text, w, sizeof w)
                      ? acta_intern_find(&L->d->words, w, strlen(w)) : ACTA_NO_WORD;
    if (id == ACTA_NO_WORD || !(L->d->info[id].flags & WF_VERB))
      nend = sizeof endings / sizeof endings[0];
  }
  /* the stem, for the nouns it begins ("resumption": RESUM) */
  if (nlem) acta_u64map_put(&L->d->tabari_stem_verbs, acta_hash(stem, strlen(stem)), lem[0]);
  for (size_t ii = 0; ii <= form->n_irregular; ii++) {
    /* the root (as the verbs it stands for) and its irregular forms */
    size_t nh = ii ? 1 : nlem ? nlem : nend;
    for (size_t h = 0; h < nh; h++) {
      char head[64];
      const char *ft = ii ? pd->strs[form->first_irregular + ii - 1] : form->text;
      if (ii == 0 && nlem) ft = acta_intern_str(&L->d->words, lem[h]);
      snprintf(head, sizeof head, "%s%s", ft, ii == 0 && !nlem ? endings[h] : "");
      vform f;
      split_form(head, &f);
      if (!f.n) continue;
      char text[256];
      if (!fam->no_bare) {
        snprintf(text, sizeof text, "%s [%s]", fam->verb, fam->code);
        build(L, pd, &f, NULL, c1, colon ? colon + 1 : NULL, text, fam->line);
      }
      for (size_t pi = 0; pi < np; pi++) {
        const petr_pattern *pt = &pd->patterns[fam->first_pattern + pi];
        if (!okp[pi]) continue;
        snprintf(text, sizeof text, "%s [%s%s%s]", pt->text, pt->code,
                 pt->code2 ? ":" : "", pt->code2 ? pt->code2 : "");
        build(L, pd, &f, pt, tabari_code(pt->code), tabari_code(pt->code2),
              text, pt->line);
        if (L->failed) return;
      }
    }
  }
}

/* The TABARI roots' stems, indexed against WordNet's verbs. */
static tabari_stems *tabari_index(acta_loader *L, const petr_dict *pd) {
  char (*stems)[64] = acta_xrealloc(NULL, (pd->n_families + 1) * sizeof *stems);
  const char **ptrs = acta_xrealloc(NULL, (pd->n_families + 1) * sizeof *ptrs);
  size_t n = 0;
  for (size_t i = 0; i < pd->n_families; i++)
    if (tabari_stem_of(pd->forms[pd->families[i].first_form].text, stems[n], 64)) {
      ptrs[n] = stems[n];
      n++;
    }
  tabari_stems *t = tabari_stems_build(L->d, ptrs, n);
  free(stems);
  free(ptrs);
  return t;
}

static void compile_verbs(acta_loader *L, const petr_dict *pd) {
  if (L->opt->tabari) {
    L->stems = tabari_index(L, pd);
    for (size_t i = 0; i < pd->n_families && !L->failed; i++)
      compile_tabari_family(L, pd, &pd->families[i]);
    tabari_stems_free(L->stems);
    L->stems = NULL;
    return;
  }
  for (size_t i = 0; i < pd->n_families && !L->failed; i++)
    compile_family(L, pd, &pd->families[i]);
}

typedef struct pfile { petr_kind kind; const char *path; } pfile;

int acta_petrarch_compile(acta_loader *L) {
  const acta_dict_options *o = L->opt;
  pfile files[64];
  size_t nf = 0;
  if (o->petrarch_verbs) files[nf++] = (pfile){PETR_VERBS, o->petrarch_verbs};
  if (o->petrarch_actors)
    for (size_t i = 0; o->petrarch_actors[i] && nf < 62; i++)
      files[nf++] = (pfile){PETR_ACTORS, o->petrarch_actors[i]};
  if (o->petrarch_agents) files[nf++] = (pfile){PETR_AGENTS, o->petrarch_agents};
  if (o->petrarch_discards) files[nf++] = (pfile){PETR_DISCARDS, o->petrarch_discards};
  for (size_t i = 0; i < nf; i++) {
    petr_dict *pd = load(L, files[i].kind, files[i].path);
    if (!pd) return -1;
    L->path = files[i].path;
    L->file = acta_loader_file(L->d, files[i].path);
    switch (files[i].kind) {
      case PETR_VERBS: compile_verbs(L, pd); break;
      case PETR_ACTORS: compile_actors(L, pd); break;
      case PETR_AGENTS: compile_agents(L, pd); break;
      case PETR_DISCARDS: compile_discards(L, pd); break;
    }
    petr_dict_free(pd);
    L->path = NULL;
    if (L->failed) return -1;
  }
  return 0;
}
