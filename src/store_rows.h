/* SPDX-License-Identifier: MIT */
/* store_rows.h: a coded article as the event store's rows (store_rows.c). */
#ifndef ACTA_STORE_ROWS_H
#define ACTA_STORE_ROWS_H

#include "acta.h"
#include "store.h"

/* An article and its events copied out of a coder, so that they outlive
 * the coder's next call (a worker codes, the writer stores). */
typedef struct store_item {
  store_article art;
  store_event *ev;
  size_t nev;
  store_figure *fig;
  size_t nfig;
  char **owned; /* the strings copied */
  size_t nowned, capowned;
} store_item;

/* The last article coded by c as rows (origin: "FILE:LINE"); never NULL
 * (out of memory aborts).  Renders c's PLOVER records (c's output buffer
 * changes). */
store_item *store_item_new(acta_coder *c, const acta_article *a,
                           const char *origin);
void store_item_free(store_item *it);

#endif
