/* SPDX-License-Identifier: MIT */
/* query.h: what acta query's files share (query.c, query_gdelt.c). */
#ifndef ACTA_QUERY_H
#define ACTA_QUERY_H

#include <stdio.h>

#include "buf.h"
#include "cli.h"
#include "store.h"

/* The store of an existing database (query and report make none); warns
 * on stderr when its incidents are not up to date.  NULL after saying why. */
store *cli_open_existing(const char *db);
/* The filters of the command line as the store's. */
void cli_filter_of(const cli_query_args *a, store_filter *f);

/* One cell of a delimited table: sep '\t' (TSV, acta_buf_tsv_cell) or ','
 * (CSV: the same, and quoted also when it holds a comma).  NULL: empty. */
void query_cell(acta_buf *b, const char *s, char sep);

/* acta query -o gdelt: one GDELT 2.0 Events row (61 columns) per incident
 * matching f; -o gdelt-mentions: one GDELT 2.0 Mentions row (16 columns)
 * per event of those incidents.  0, or -1 with s->err set. */
int query_gdelt_events(store *s, const store_filter *f, FILE *out);
int query_gdelt_mentions(store *s, const store_filter *f, FILE *out);

#endif
