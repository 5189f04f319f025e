/* SPDX-License-Identifier: MIT */
/* coder.h: the acta_coder structure shared by the coding and rendering
 * stages (private to the library). */
#ifndef ACTA_CODER_H
#define ACTA_CODER_H
#include "acta.h"
#include "buf.h"

struct acta_work; /* per-article scratch of the coding stages (coder_internal.h) */

struct acta_coder {
  const acta_dict *dict;
  acta_event *events;          /* events of the last article, in order */
  size_t nevents, cap_events;
  size_t nsentences;
  char error[256];
  acta_buf out;                /* rendering output */
  acta_buf trace;              /* explain output */
  struct acta_work *work;      /* private scratch (tokens, chunks ...) */
  const char *cur_text;        /* text of the article being coded */
  acta_figure *evfigs;         /* figures of the events, grouped by event */
  size_t cap_evfigs;
  acta_figure_summary *sums;   /* per-kind reconciliation of figures */
  size_t nsums, cap_sums;
  /* settings (zero: the defaults) */
  const char *event_id_base;   /* NULL: event ids are "<article id>#n" */
  size_t max_article_bytes;    /* with max_article_bytes_set; 0: none */
  int max_article_bytes_set;
  /* speed35f: a text its reader found valid UTF-8 without NUL bytes
   * (acta_coder_text_valid), for the next article only */
  const char *valid_text;
  size_t valid_len;
};

/* What acta_code_article accepts (article_check.c): 0, or -1 with
 * c->error saying why not. */
int acta_article_check(acta_coder *c, const acta_article *a);

#endif
