/* SPDX-License-Identifier: MIT */
/* store_filter.h: acta query's filters as an SQL condition (store_filter.c),
 * shared by the store's backends. */
#ifndef ACTA_STORE_FILTER_H
#define ACTA_STORE_FILTER_H

#include "buf.h"
#include "store.h"

#define STORE_WHERE_MAX 16

typedef struct store_where {
  const char *params[STORE_WHERE_MAX]; /* the parameters, in order */
  int nparams;
  int dollar;                          /* placeholders $1, $2 ... (else ?) */
  char *owned[STORE_WHERE_MAX];
  int nowned;
} store_where;

/* Appends " AND (...)" conditions on the events table (aliased e) for
 * every filter set in f to sql, with the parameters in w (placeholders "?"
 * or, with dollar, "$1" ...).  Release with store_where_free. */
void store_where_build(store_where *w, const store_filter *f, acta_buf *sql,
                       int dollar);
void store_where_free(store_where *w);

#endif
