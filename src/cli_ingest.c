/* SPDX-License-Identifier: MIT */
/* cli_ingest.c: what `acta ingest` does with the articles main.c codes:
 * stores each (a no-op when the same id was stored with the same content
 * hash, a replacement when the content changed) in transactions of one
 * batch each, shows progress on a terminal, and rebuilds the incidents
 * once the articles are in (incidents.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "incidents.h"
#include "store.h"
#include "store_rows.h"

struct cli_ingest {
  store *s;
  int window;
  int in_txn;
  int tty;
  unsigned long long total_bytes; /* of the input files (0: unknown) */
  unsigned long long seen, added, replaced, unchanged, events;
  double t0, last_shown;
  int changed; /* articles stored in this run */
};

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

cli_ingest *cli_ingest_open(const char *db, int window,
                            const char *const *files, int nfiles, char *err,
                            size_t errlen) {
  store *s = store_open(db, err, errlen);
  if (!s) return NULL;
  cli_ingest *g = calloc(1, sizeof *g);
  if (!g) abort();
  g->s = s;
  g->tty = isatty(STDERR_FILENO);
  g->t0 = now_s();
  for (int i = 0; i < nfiles; i++) {
    struct stat sb;
    if (strcmp(files[i], "-") != 0 && stat(files[i], &sb) == 0 && S_ISREG(sb.st_mode))
      g->total_bytes += (unsigned long long)sb.st_size;
  }
  /* the window: given, else the database's, else the default; a change
   * of window makes the incidents stale */
  char val[64];
  int stored = s->ops->get_meta(s, "incident_window_days", val, sizeof val);
  if (stored < 0) goto bad;
  int old = stored ? atoi(val) : -1;
  g->window = window >= 0 ? window : old >= 0 ? old : INCIDENT_DEFAULT_WINDOW_DAYS;
  if (g->window != old) {
    snprintf(val, sizeof val, "%d", g->window);
    if (s->ops->begin(s) || s->ops->set_meta(s, "incident_window_days", val) ||
        s->ops->set_meta(s, "incidents_stale", "1") || s->ops->commit(s))
      goto bad;
  }
  return g;
bad:
  snprintf(err, errlen, "%s: %s", db, s->err);
  s->ops->close(s);
  free(g);
  return NULL;
}

static int failed(cli_ingest *g) {
  fprintf(stderr, "acta: ingest: %s\n", g->s->err);
  return -1;
}

int cli_ingest_begin(cli_ingest *g) {
  if (g->s->ops->begin(g->s) != 0) return failed(g);
  g->in_txn = 1;
  return 0;
}

int cli_ingest_put(cli_ingest *g, struct store_item *it) {
  store *s = g->s;
  char hash[33];
  g->seen++;
  int found = s->ops->article_hash(s, it->art.id, hash);
  int rc = 0;
  if (found < 0) {
    rc = failed(g);
  } else if (found && strcmp(hash, it->art.hash) == 0) {
    g->unchanged++;
  } else {
    if (s->ops->put_article(s, &it->art, it->ev, it->nev) != 0) {
      rc = failed(g);
    } else {
      if (found) g->replaced++;
      else g->added++;
      g->events += it->nev;
      if (!g->changed && s->ops->set_meta(s, "incidents_stale", "1") != 0) rc = failed(g);
      g->changed = 1;
    }
  }
  store_item_free(it);
  return rc;
}

static void show(cli_ingest *g, unsigned long long bytes, int final) {
  double t = now_s() - g->t0;
  double rate = t > 1e-6 ? (double)g->seen / t : 0;
  fprintf(stderr, "\racta: ingest: %llu articles (%llu new, %llu changed, "
          "%llu unchanged), %.0f articles/s", g->seen, g->added, g->replaced,
          g->unchanged, rate);
  if (!final && g->total_bytes && bytes && bytes < g->total_bytes) {
    double left = t * (double)(g->total_bytes - bytes) / (double)bytes;
    fprintf(stderr, ", %.0f%%, ETA %d:%02d  ", 100.0 * (double)bytes / (double)g->total_bytes,
            (int)left / 60, (int)left % 60);
  } else {
    fputs("                ", stderr);
  }
  if (final) fputc('\n', stderr);
  fflush(stderr);
}

int cli_ingest_commit(cli_ingest *g, unsigned long long bytes_read) {
  if (g->in_txn && g->s->ops->commit(g->s) != 0) return failed(g);
  g->in_txn = 0;
  double t = now_s();
  if (g->tty && t - g->last_shown >= 0.25) {
    show(g, bytes_read, 0);
    g->last_shown = t;
  }
  return 0;
}

int cli_ingest_finish(cli_ingest *g, int stats) {
  store *s = g->s;
  if (g->in_txn) {
    if (s->ops->commit(s) != 0) return failed(g);
    g->in_txn = 0;
  }
  if (g->tty) show(g, 0, 1);
  /* Rebuild when this run changed an article, or when the flag says the
   * incidents are stale; the flag is read inside the transaction (under
   * the store's lock).  A run that changed articles always rebuilds after
   * its last commit: another run at once may have cleared the flag with a
   * rebuild that came before this run's last articles. */
  char val[16];
  if (s->ops->begin(s) != 0) return failed(g);
  int stale = s->ops->get_meta(s, "incidents_stale", val, sizeof val);
  if (stale < 0) {
    failed(g);
    s->ops->rollback(s);
    return -1;
  }
  if (g->changed || stale == 0 || strcmp(val, "0") != 0) {
    incident_stats is;
    memset(&is, 0, sizeof is);
    if (incidents_rebuild(s, g->window, &is) ||
        s->ops->set_meta(s, "incidents_stale", "0") || s->ops->commit(s)) {
      failed(g);
      s->ops->rollback(s);
      return -1;
    }
    if (g->tty || stats)
      fprintf(stderr, "acta: ingest: %ld events in %ld incidents (%ld reported "
              "by more than one article; window %d days)\n", is.events,
              is.incidents, is.multi_article, g->window);
  } else if (s->ops->commit(s) != 0) {
    return failed(g);
  }
  if (stats) {
    store_counts c;
    if (s->ops->counts(s, &c) != 0) return failed(g);
    fprintf(stderr, "acta: ingest: read %llu articles: %llu new, %llu changed, "
            "%llu unchanged; the database holds %ld articles, %ld events, "
            "%ld figures, %ld incidents (%.3f s)\n", g->seen, g->added,
            g->replaced, g->unchanged, c.articles, c.events, c.figures,
            c.incidents, now_s() - g->t0);
  }
  return 0;
}

void cli_ingest_close(cli_ingest *g) {
  if (!g) return;
  if (g->in_txn) g->s->ops->rollback(g->s);
  g->s->ops->close(g->s);
  free(g);
}
