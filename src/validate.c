/* validate.c: `acta validate`.  Reads a PETRARCH / TABARI validation file
 * (petrarch_xml.c), loads the dictionaries its <Environment> names (relative
 * to the file) unless the caller gives others, codes each <Sentence> text
 * and compares the set of (source, target, event) codes with the record's
 * <EventCoding> lines:
 *
 *   - a record passes when the two sets are equal; "None" and an empty or
 *     absent code are the null code "---";
 *   - noevents="True" expects no event;
 *   - error="sentencediscard" / "storydiscard" / "dateline" expect no
 *     event; error="bad_input_parse" expects a <Parse> whose brackets do
 *     not balance (acta does not need the parse, but it does check it).
 *
 * Prints a FAIL line per failing record (id, category, expected, got) and
 * a per-category and overall summary. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "petrarch.h"

typedef struct triple { char s[32], t[32], e[8]; } triple;

typedef struct cat_stat {
  char name[32];
  size_t pass, total;
} cat_stat;

static void null_code(char *out, size_t cap, const char *c) {
  if (!c || !*c || !strcmp(c, "None") || !strcmp(c, "none")) c = "---";
  snprintf(out, cap, "%s", c);
}

static int cmp_triple(const void *a, const void *b) {
  const triple *x = a, *y = b;
  int r = strcmp(x->s, y->s);
  if (!r) r = strcmp(x->t, y->t);
  if (!r) r = strcmp(x->e, y->e);
  return r;
}

/* Sorts and removes duplicates; returns the new count. */
static size_t uniq(triple *v, size_t n) {
  if (!n) return 0;
  qsort(v, n, sizeof *v, cmp_triple);
  size_t k = 1;
  for (size_t i = 1; i < n; i++)
    if (cmp_triple(&v[i], &v[k - 1])) v[k++] = v[i];
  return k;
}

static void put_set(acta_buf *b, const triple *v, size_t n) {
  if (!n) { acta_buf_puts(b, "(none)"); return; }
  for (size_t i = 0; i < n; i++)
    acta_buf_printf(b, "%s%s %s %s", i ? "; " : "", v[i].s, v[i].t, v[i].e);
}

/* Do the brackets of a Treebank parse balance? */
static int parse_balanced(const char *p) {
  long depth = 0;
  for (; *p; p++) {
    if (*p == '(') depth++;
    else if (*p == ')' && --depth < 0) return 0;
  }
  return depth == 0;
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

static cat_stat *category(cat_stat **cats, size_t *n, size_t *cap,
                          const char *name) {
  if (!name || !*name) name = "(none)";
  for (size_t i = 0; i < *n; i++)
    if (!strcmp((*cats)[i].name, name)) return &(*cats)[i];
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    *cats = realloc(*cats, *cap * sizeof **cats);
    if (!*cats) abort();
  }
  cat_stat *c = &(*cats)[(*n)++];
  memset(c, 0, sizeof *c);
  snprintf(c->name, sizeof c->name, "%s", name);
  return c;
}

int acta_validate(const acta_validate_opts *o, char *err, size_t errlen) {
  char *data = NULL;
  size_t len = 0;
  if (acta_read_file(o->path, &data, &len, err, errlen) != 0) return 4;
  petr_xml *x = petr_xml_open(data, len, o->path);
  petr_record rec;
  int got = petr_xml_next(x, &rec, err, errlen);
  if (got < 0) {
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
  int rc = 0;
  acta_dict *d = acta_dict_load(&dopt, err, errlen);
  acta_coder *c = d ? acta_coder_new(d) : NULL;
  if (!d || !c) {
    if (d && !c) snprintf(err, errlen, "cannot create a coder (out of memory)");
    rc = 3;
    goto done;
  }

  cat_stat *cats = NULL;
  size_t ncats = 0, capcats = 0, pass = 0, total = 0;
  triple *exp = NULL, *gotv = NULL;
  size_t capexp = 0, capgot = 0;
  acta_buf line;
  acta_buf_init(&line);
  for (; got == 1; got = petr_xml_next(x, &rec, err, errlen)) {
    total++;
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
      null_code(exp[ne].s, sizeof exp[ne].s, pc->source);
      null_code(exp[ne].t, sizeof exp[ne].t, pc->target);
      null_code(exp[ne].e, sizeof exp[ne].e, pc->event);
      ne++;
    }
    ne = uniq(exp, ne);
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
    a.parse = rec.parse;
    a.parse_len = rec.parse ? strlen(rec.parse) : 0;
    size_t ng = 0;
    const char *coded_error = NULL;
    if (rec.parse && !parse_balanced(rec.parse)) {
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
        null_code(gotv[ng].s, sizeof gotv[ng].s, ev[k].source.code);
        null_code(gotv[ng].t, sizeof gotv[ng].t,
                  ev[k].target.present ? ev[k].target.code : NULL);
        null_code(gotv[ng].e, sizeof gotv[ng].e, ev[k].cameo);
        ng++;
      }
      ng = uniq(gotv, ng);
    }
    int ok;
    if (want_error && !strcmp(want_error, "bad_input_parse"))
      ok = coded_error && !strcmp(coded_error, "bad_input_parse");
    else if (want_error)
      ok = !coded_error && ng == 0;
    else {
      ok = !coded_error && ng == ne;
      for (size_t k = 0; ok && k < ne; k++)
        if (cmp_triple(&exp[k], &gotv[k])) ok = 0;
    }
    cat_stat *cs = category(&cats, &ncats, &capcats, rec.category);
    cs->total++;
    if (ok) { cs->pass++; pass++; }
    if (!ok || o->verbose) {
      acta_buf_clear(&line);
      acta_buf_printf(&line, "%s %s [%s]: expected ", ok ? "pass" : "FAIL",
                      a.id, rec.category ? rec.category : "");
      if (want_error) acta_buf_printf(&line, "error %s", want_error);
      else put_set(&line, exp, ne);
      acta_buf_puts(&line, "; got ");
      if (coded_error) acta_buf_printf(&line, "error %s", coded_error);
      else put_set(&line, gotv, ng);
      fprintf(o->out, "%s\n", acta_buf_cstr(&line));
    }
  }
  if (got < 0) {
    /* the records before the error were validated; the file is not */
    fprintf(o->out, "error: %s\n", err);
    rc = 4;
  }
  fprintf(o->out, "\n%-16s %6s %6s %7s\n", "category", "pass", "total", "%");
  for (size_t i = 0; i < ncats; i++)
    fprintf(o->out, "%-16s %6zu %6zu %6.1f%%\n", cats[i].name, cats[i].pass,
            cats[i].total, 100.0 * (double)cats[i].pass / (double)cats[i].total);
  double pct = total ? 100.0 * (double)pass / (double)total : 0.0;
  fprintf(o->out, "%-16s %6zu %6zu %6.1f%%\n", "all", pass, total, pct);
  if (rc == 0) {
    if (o->min_pass >= 0) rc = (total && pct + 1e-9 >= o->min_pass) ? 0 : 1;
    else rc = pass == total ? 0 : 1;
  }
  acta_buf_free(&line);
  free(cats);
  free(exp);
  free(gotv);
done:
  acta_coder_free(c);
  acta_dict_free(d);
  free(verbs);
  free(actors);
  free(agents);
  free(discards);
  petr_xml_free(x);
  free(data);
  return rc;
}
