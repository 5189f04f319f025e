/* SPDX-License-Identifier: MIT */
/* render.h: what the renderers (render_json.c, render_tsv.c,
 * render_claims.c, render_plover.c) share, from render_common.c (private to the library). */
#ifndef ACTA_RENDER_H
#define ACTA_RENDER_H
#include "acta.h"
#include "buf.h"

/* The id of event `index` of the last article, "<base>#<index>": a JSON
 * string literal (json) or a TSV cell. */
void acta_put_event_id(acta_buf *b, const acta_coder *c, const acta_article *a,
                       size_t index, int json);
/* An event's PLOVER contexts: a JSON array of names (json), else the names
 * separated by commas (a TSV cell; none: empty). */
/* The same id as plain text (unescaped), for a caller that builds a cell
 * of several ids. */
void acta_put_event_id_text(acta_buf *b, const acta_coder *c,
                            const acta_article *a, size_t index);
void acta_put_plover_contexts(acta_buf *b, uint64_t ctx, int json);

#endif
