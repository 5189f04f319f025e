/* SPDX-License-Identifier: MIT */
/* incidents.h: incidents across articles (incidents.c; docs/incidents.md). */
#ifndef ACTA_INCIDENTS_H
#define ACTA_INCIDENTS_H

#include "store.h"

#define INCIDENT_DEFAULT_WINDOW_DAYS 3
/* How many open incidents of the same root an event is compared with (the
 * most recent): keeps the work linear on dense days. */
#define INCIDENT_MAX_CANDIDATES 512

typedef struct incident_stats {
  long events, incidents, multi_article;
} incident_stats;

/* Forms the incidents of every event in s and replaces the incidents,
 * mentions and incident figures (in the caller's transaction).  window:
 * the most days between an incident's first event date and a later
 * event's.  0, or -1 with s->err set. */
int incidents_rebuild(store *s, int window_days, incident_stats *out);

#endif
