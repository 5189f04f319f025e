/* SPDX-License-Identifier: MIT */
/* event_places.c: where events happen.  The gazetteer (gazetteer.c) finds
 * the places of each sentence and the dateline's; a place that is also an
 * actor of the sentence is a place only after a locative word ("clashes in
 * Tehran", not "Tehran denied").  Each event takes the first place of its
 * sentence after its verb, else the first before it (never one of its own
 * actors), else the scene of the article's latest located act of force,
 * else the dateline.  Reads the text, tokens and mentions; writes w->places
 * (and the tokens' place marks) and the events' locations. */
#include "coder_internal.h"

#include <stdlib.h>
#include <string.h>

/* Finds the places of every sentence (homonyms decided by the countries
 * the article names, the most named first) and the dateline's place. */
void acta_find_places(acta_coder *c, const acta_article *a,
                      char (*codes)[4], const int *counts, int ncodes) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  w->nplaces = 0;
  w->has_dateline = 0;
  w->has_scene = 0;
  GROW(w->sent_place, w->nsents + 1, w->cap_sent_place);
  char ranked[64][4];
  int order[64];
  for (int i = 0; i < ncodes; i++) order[i] = i;
  for (int i = 1; i < ncodes; i++) /* by count, then first named */
    for (int j = i; j > 0 && counts[order[j]] > counts[order[j - 1]]; j--) {
      int t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  for (int i = 0; i < ncodes; i++) memcpy(ranked[i], codes[order[i]], 4);
  acta_place_story story;
  acta_place_story_init(&story, (const char (*)[4])ranked, (size_t)ncodes);
  if (d->gaz && !w->gaz_memo) w->gaz_memo = acta_gaz_memo_new();
  story.memo = w->gaz_memo;
  for (size_t si = 0; si < w->nsents; si++) {
    const acta_sentence *s = &w->sents[si];
    w->sent_place[si] = w->nplaces;
    if (!d->gaz) continue;
    uint32_t from = s->first;
    if (si == 0 && (w->toks.v[s->first].flags & TF_DATELINE)) {
      /* "MAHABAD, Iran --": the dateline names the article's place */
      uint32_t q = s->first;
      while (q < s->last && (w->toks.v[q].flags & TF_DATELINE)) q++;
      acta_place dp[4];
      if (acta_gazetteer_find_tokens(d->gaz, a->text, &w->toks, s->first, q,
                                     &story, dp, 4)) {
        w->dateline = dp[0];
        w->has_dateline = 1;
      }
      from = q;
    }
    acta_place found[16];
    size_t n = acta_gazetteer_find_tokens(d->gaz, a->text, &w->toks, from,
                                          s->last, &story, found, 16);
    for (size_t k = 0; k < n; k++) {
      GROW(w->places, w->nplaces, w->cap_places);
      GROW(w->place_use, w->nplaces, w->cap_place_use);
      /* a name that is also an actor of the sentence is a place only after
       * a locative word: "clashes in Tehran", not "Tehran denied" */
      uint32_t lo = s->first, hi = s->last;
      while (lo < hi) { /* first token starting at or after the place */
        uint32_t mid = lo + (hi - lo) / 2;
        if (w->toks.v[mid].start < found[k].start) lo = mid + 1; else hi = mid;
      }
      int use = 1;
      if (lo < s->last && w->tok_ment[lo] != NO) {
        use = 0;
        uint32_t b = lo; /* "in northern Syria", "in the United States" */
        while (b > s->first + 1 && acta_gazetteer_qualifier(w->toks.v[b - 1].vocab))
          b--;
        if (b > s->first) use = tok_in(w, b - 1, WL_LOCATIVE);
      }
      w->place_use[w->nplaces] = (uint8_t)use;
      w->places[w->nplaces++] = found[k];
      /* "raided a house in Tehran": a town or province after "in", "at",
       * "near" is where, not whom -- default targets pass over it (a
       * country stays a possible target: "warned of famine in Somalia") */
      if (use && lo > s->first && lo < s->last && w->tok_ment[lo] != NO &&
          strcmp(found[k].precision, "country") != 0) {
        if (tok_in(w, lo - 1, WL_WHERE))
          for (uint32_t q = lo; q < s->last && w->toks.v[q].start < found[k].end; q++)
            w->toks.v[q].place = 1;
      }
    }
  }
  w->sent_place[w->nsents] = w->nplaces;
}

static int overlaps(size_t s1, size_t e1, const acta_actor *x) {
  return x->present && s1 < x->end && x->start < e1;
}

static void set_location(acta_event *ev, const acta_place *p) {
  ev->has_location = 1;
  memcpy(ev->location.name, p->name, sizeof ev->location.name);
  memcpy(ev->location.country, p->country, sizeof ev->location.country);
  memcpy(ev->location.admin1, p->admin1, sizeof ev->location.admin1);
  memcpy(ev->location.precision, p->precision, sizeof ev->location.precision);
  ev->location.lat = p->lat;
  ev->location.lon = p->lon;
  ev->location.start = p->start;
  ev->location.end = p->end;
}

/* The event's place: the first place of its sentence after its verb, else
 * the first before it, never an actor of the event itself ("Moscow
 * denied" is not a place).  Else: a material conflict act (quad class 4)
 * happens where the article's latest located one did ("Police arrested 40
 * protesters in Zahedan. ... Police also beat women near the mosque");
 * anything else, at the dateline. */
void acta_locate_events(acta_coder *c, size_t si, size_t ev_from) {
  struct acta_work *w = c->work;
  for (size_t e = ev_from; e < c->nevents; e++) {
    acta_event *ev = &c->events[e];
    const acta_place *after = NULL, *before = NULL;
    for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++) {
      const acta_place *p = &w->places[k];
      if (!w->place_use[k]) continue;
      if (overlaps(p->start, p->end, &ev->source) ||
          overlaps(p->start, p->end, &ev->target) ||
          overlaps(p->start, p->end, &ev->reported_by))
        continue;
      if (p->start >= ev->verb_start) {
        if (!after) after = p;
      } else if (!before) {
        before = p;
      }
    }
    const acta_place *p = after ? after : before;
    int material = ev->quad_class == 4; /* protest, force, coercion, violence */
    if (p) {
      set_location(ev, p);
      if (material && strcmp(p->precision, "country") != 0) {
        w->scene = *p;
        w->has_scene = 1;
      }
    } else if (material && w->has_scene) {
      set_location(ev, &w->scene);
      ev->location.start = ev->location.end = 0; /* not named in this sentence */
    } else if (w->has_dateline) {
      set_location(ev, &w->dateline);
    }
  }
}
