/* SPDX-License-Identifier: MIT */
/* validate.c: `acta validate`.  Reads a PETRARCH / TABARI validation file
 * (petrarch_xml.c), loads the dictionaries its <Environment> names (relative
 * to the file) unless the caller gives others, codes each <Sentence> (the
 * words of its <Parse> when it has one, else its <Text>) and compares the set of (source, target, event) codes with the record's
 * <EventCoding> lines:
 *
 *   - a record passes when the two sets are equal; "None" and an empty or
 *     absent code are the null code "---";
 *   - noevents="True" expects no event;
 *   - error="sentencediscard" / "storydiscard" / "dateline" expect no
 *     event; error="bad_input_parse" expects a <Parse> whose brackets do
 *     not balance.
 *
 * As PETRARCH does, a record with a parse is coded from the parse's words
 * (its tags replacing acta's guesses), and <Config> options set before a
 * sentence apply to it (petrarch_xml.c reads them): require_dyad drops
 * events without a coded source and target; comma_* give the lengths of
 * the comma-delimited clauses that are not coded (comma_clauses()).
 *
 * Prints a FAIL line per failing record (id, category, expected, got) and
 * a per-category and overall summary (validate_tally.c).  A TABARI
 * .project goes to validate_tabari.c. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "petrarch.h"
#include "treebank.h"

/* Do the brackets of a Treebank parse balance? */
static int parse_balanced(const char *p) {
  long depth = 0;
  for (; *p; p++) {
    if (*p == '(') depth++;
    else if (*p == ')' && --depth < 0) return 0;
  }
  return depth == 0;
}

/* A comma that delimits a clause: not one inside a noun phrase ("complete,
 * full diplomatic ties"). */
static int clause_comma(const acta_treebank *t, size_t leaf) {
  const acta_tb_node *nd = &t->nodes[t->leaves[leaf]];
  if (!acta_tb_label_is(nd, ",")) return 0;
  return !(nd->parent >= 0 && acta_tb_label_is(&t->nodes[nd->parent], "NP"));
}

static size_t count_words(const acta_treebank *t, const uint8_t *keep,
                          size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to; i++) {
    const acta_tb_node *nd = &t->nodes[t->leaves[i]];
    unsigned char c = nd->word_len ? (unsigned char)nd->word[0] : 0;
    if (keep[i] && (c >= 0x80 || (c >= '0' && c <= '9') ||
                    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
      n++;
  }
  return n;
}

/* PETRARCH's comma rule: a comma-delimited clause whose length in words is
 * within the configured range is not coded: the initial clause (start to
 * the first comma), the terminal one (last comma to the end) and each
 * internal one (between two commas), in that order.  A maximum of 0 turns
 * a kind off. */
static void comma_clauses(const acta_treebank *t, const petr_config *cf,
                          uint8_t *keep) {
  size_t nl = t->nleaves;
  for (size_t i = 0; i < nl; i++) keep[i] = 1;
  size_t first = nl, last = nl;
  for (size_t i = 0; i < nl; i++)
    if (clause_comma(t, i)) { if (first == nl) first = i; last = i; }
  if (first == nl) return;
  size_t nw;
  if (cf->comma_bmax > 0) {
    nw = count_words(t, keep, 0, first);
    if ((int)nw >= cf->comma_bmin && (int)nw <= cf->comma_bmax)
      for (size_t i = 0; i <= first; i++) keep[i] = 0;
  }
  if (cf->comma_emax > 0 && keep[last]) {
    size_t end = nl;
    while (end > last + 1 && !count_words(t, keep, end - 1, end)) end--;
    nw = count_words(t, keep, last + 1, end);
    if ((int)nw >= cf->comma_emin && (int)nw <= cf->comma_emax)
      for (size_t i = last; i < end; i++) keep[i] = 0;
  }
  if (cf->comma_max > 0) {
    size_t a = nl;
    for (size_t i = 0; i < nl; i++) {
      if (!keep[i] || !clause_comma(t, i)) continue;
      if (a != nl) {
        nw = count_words(t, keep, a + 1, i);
        if ((int)nw >= cf->comma_min && (int)nw <= cf->comma_max) {
          for (size_t k = a; k <= i; k++) keep[k] = 0;
          a = nl; /* both commas went with the clause */
          continue;
        }
      }
      a = i;
    }
  }
}

/* "dir/of/file.xml" + "verbs.txt" -> "dir/of/verbs.txt" */
static char *beside(const char *xml, const char *name) {
  if (!name) return NULL;
  const char *slash = strrchr(xml, '/');
  size_t dl = (name[0] == '/' || !slash) ? 0 : (size_t)(slash - xml + 1);
  char *r = malloc(dl + strlen(name) + 1);
  if (!r) abort();
  memcpy(r, xml, dl);
  strcpy(r + dl, name);
  return r;
}

int acta_validate_run(acta_coder *c, const char *data, size_t len,
                      const char *name, double min_pass, int verbose,
                      FILE *out, char *err, size_t errlen) {
  petr_xml *x = petr_xml_open(data, len, name);
  petr_record rec;
  int got = petr_xml_next(x, &rec, err, errlen);
  int rc = 0;
  acta_vtally tally;
  memset(&tally, 0, sizeof tally);
  acta_vtriple *exp = NULL, *gotv = NULL;
  size_t capexp = 0, capgot = 0;
  acta_buf line, ptext, ptext_parse;
  acta_buf_init(&line);
  acta_buf_init(&ptext);
  acta_buf_init(&ptext_parse);
  acta_treebank tb;
  memset(&tb, 0, sizeof tb);
  uint8_t *keep = NULL;
  for (; got == 1 || got == 2; got = petr_xml_next(x, &rec, err, errlen)) {
    if (got == 2) { /* a record that cannot be read fails; the others go on */
      acta_vtally_add(&tally, NULL, 0);
      if (rec.id) fprintf(out, "FAIL %s []: cannot read it: %s\n", rec.id, err);
      else fprintf(out, "FAIL (line %zu) []: cannot read it: %s\n", rec.line, err);
      continue;
    }
    /* expected */
    size_t ne = 0;
    const char *want_error = NULL;
    if (rec.n_codings > capexp) {
      capexp = rec.n_codings * 2;
      exp = realloc(exp, capexp * sizeof *exp);
      if (!exp) abort();
    }
    for (size_t k = 0; k < rec.n_codings; k++) {
      const petr_coding *pc = &rec.codings[k];
      if (pc->error) { want_error = pc->error; continue; }
      if (pc->noevents) continue;
      acta_vnull_code(exp[ne].s, sizeof exp[ne].s, pc->source);
      acta_vnull_code(exp[ne].t, sizeof exp[ne].t, pc->target);
      acta_vnull_code(exp[ne].e, sizeof exp[ne].e, pc->event);
      ne++;
    }
    ne = acta_vtriple_uniq(exp, ne);
    /* coded */
    char date[11] = "";
    if (rec.date && strlen(rec.date) == 8)
      snprintf(date, sizeof date, "%.4s-%.2s-%.2s", rec.date, rec.date + 4,
               rec.date + 6);
    acta_article a;
    memset(&a, 0, sizeof a);
    a.id = rec.id ? rec.id : "";
    a.date = date[0] ? date : NULL;
    a.text = rec.text ? rec.text : "";
    a.text_len = rec.text ? rec.text_len : 0;
    size_t ng = 0;
    const char *coded_error = NULL;
    int parsed = rec.parse && parse_balanced(rec.parse);
    if (parsed && acta_treebank_read(&tb, rec.parse, strlen(rec.parse)) == 0 &&
        tb.nleaves) {
      /* as PETRARCH does: code the parse's words, less the comma clauses
       * the options drop; the parse gives the words' tags */
      keep = realloc(keep, tb.nleaves);
      if (!keep) abort();
      comma_clauses(&tb, &rec.config, keep);
      acta_treebank_write(&tb, keep, &ptext_parse, &ptext);
      a.text = acta_buf_cstr(&ptext);
      a.text_len = ptext.len;
      a.parse = acta_buf_cstr(&ptext_parse);
      a.parse_len = ptext_parse.len;
    }
    acta_coder_set_new_actor_length(c, rec.config.new_actor_length);
    if (rec.parse && !parsed) {
      coded_error = "bad_input_parse";
    } else if (acta_code_article(c, &a) != 0) {
      coded_error = acta_coder_error(c);
    } else {
      size_t n;
      const acta_event *ev = acta_events(c, &n);
      if (n > capgot) {
        capgot = n * 2;
        gotv = realloc(gotv, capgot * sizeof *gotv);
        if (!gotv) abort();
      }
      for (size_t k = 0; k < n; k++) {
        /* require_dyad: an event needs a coded source and target */
        if (rec.config.require_dyad &&
            (!ev[k].source.code[0] || !strcmp(ev[k].source.code, "---") ||
             !ev[k].target.present || !ev[k].target.code[0] ||
             !strcmp(ev[k].target.code, "---")))
          continue;
        acta_vnull_code(gotv[ng].s, sizeof gotv[ng].s, ev[k].source.code);
        acta_vnull_code(gotv[ng].t, sizeof gotv[ng].t,
                  ev[k].target.present ? ev[k].target.code : NULL);
        acta_vnull_code(gotv[ng].e, sizeof gotv[ng].e, ev[k].cameo);
        ng++;
      }
      ng = acta_vtriple_uniq(gotv, ng);
    }
    int ok;
    if (want_error && !strcmp(want_error, "bad_input_parse"))
      ok = coded_error && !strcmp(coded_error, "bad_input_parse");
    else if (want_error)
      ok = !coded_error && ng == 0;
    else {
      ok = !coded_error && ng == ne;
      for (size_t k = 0; ok && k < ne; k++)
        if (acta_vtriple_cmp(&exp[k], &gotv[k])) ok = 0;
    }
    acta_vtally_add(&tally, rec.category, ok);
    if (!ok || verbose) {
      acta_buf_clear(&line);
      acta_buf_printf(&line, "%s %s [%s]: expected ", ok ? "pass" : "FAIL",
                      a.id, rec.category ? rec.category : "");
      if (want_error) acta_buf_printf(&line, "error %s", want_error);
      else acta_vtriple_put_set(&line, exp, ne);
      acta_buf_puts(&line, "; got ");
      if (coded_error) acta_buf_printf(&line, "error %s", coded_error);
      else acta_vtriple_put_set(&line, gotv, ng);
      fprintf(out, "%s\n", acta_buf_cstr(&line));
    }
  }
  if (got < 0) {
    /* the records before the error were validated; the file is not */
    fprintf(out, "error: %s\n", err);
    rc = 4;
  }
  int failed = acta_vtally_print(&tally, out, min_pass);
  if (rc == 0) rc = failed;
  acta_buf_free(&line);
  acta_buf_free(&ptext);
  acta_buf_free(&ptext_parse);
  acta_treebank_free(&tb);
  free(keep);
  acta_vtally_free(&tally);
  free(exp);
  free(gotv);
  petr_xml_free(x);
  return rc;
}

int acta_validate(const acta_validate_opts *o, char *err, size_t errlen) {
  size_t pl = strlen(o->path);
  if (pl >= 8 && !strcmp(o->path + pl - 8, ".project"))
    return acta_validate_tabari(o, err, errlen);
  char *data = NULL;
  size_t len = 0;
  if (acta_read_file(o->path, &data, &len, err, errlen) != 0) return 4;
  /* the <Environment> comes before the first sentence */
  petr_xml *x = petr_xml_open(data, len, o->path);
  petr_record rec;
  if (petr_xml_next(x, &rec, err, errlen) < 0) {
    petr_xml_free(x);
    free(data);
    return 4;
  }
  /* the dictionaries: the caller's, else those the file names */
  acta_dict_options dopt;
  memset(&dopt, 0, sizeof dopt);
  if (o->dict) dopt = *o->dict;
  const petr_env *env = petr_xml_env(x);
  char *verbs = NULL, *actors = NULL, *agents = NULL, *discards = NULL;
  const char *actor_list[2] = {NULL, NULL};
  int given = dopt.petrarch_verbs || dopt.petrarch_actors ||
              dopt.petrarch_agents || dopt.petrarch_discards;
  if (!given) {
    verbs = beside(o->path, env->verbfile);
    actors = beside(o->path, env->actorfile);
    agents = beside(o->path, env->agentfile);
    discards = beside(o->path, env->discardfile);
    dopt.petrarch_verbs = verbs;
    if (actors) { actor_list[0] = actors; dopt.petrarch_actors = actor_list; }
    dopt.petrarch_agents = agents;
    dopt.petrarch_discards = discards;
  }
  petr_xml_free(x);
  int rc;
  acta_dict *d = acta_dict_load(&dopt, err, errlen);
  acta_coder *c = d ? acta_coder_new(d) : NULL;
  if (!d || !c) {
    if (d && !c) snprintf(err, errlen, "cannot create a coder (out of memory)");
    rc = 3;
  } else {
    rc = acta_validate_run(c, data, len, o->path, o->min_pass, o->verbose,
                           o->out, err, errlen);
  }
  acta_coder_free(c);
  acta_dict_free(d);
  free(verbs);
  free(actors);
  free(agents);
  free(discards);
  free(data);
  return rc;
}
