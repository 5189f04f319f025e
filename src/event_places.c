/* SPDX-License-Identifier: MIT */
/* event_places.c: where events happen.  The gazetteer (gazetteer.c) finds
 * the places of each sentence and the dateline's; a place that is also an
 * actor of the sentence is a place only after a locative word ("clashes in
 * Tehran", not "Tehran denied").  Each event takes the first place of its
 * sentence after its verb, else the first before it (never one of its own
 * actors, nor where someone or something comes from: "a model from
 * Colombia", "born in San Diego", "cocaine from Brazil to Spain"; the
 * source's own place, "Authorities in Honduras arrested", beats a country
 * after the verb that is no "in X"), else the
 * scene of the article's latest located act of force (named, or taken by
 * another act of force, at most SCENE_SPAN sentences before, in the
 * event's actors' country), else the
 * dateline.  Reads the text, tokens and mentions; writes w->places
 * (and the tokens' place marks) and the events' locations. */
#include "coder_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How many sentences an act of force's place stays the scene of later
 * ones that name none: further on, the story has moved on ("In 2015, 42
 * people were killed" forty sentences after a prison massacre). */
#define SCENE_SPAN 5

/* The first token of the words that lead up to the place starting at
 * token lo: determiners, qualifiers and place nouns, "X of" after a place
 * noun ("the northern state of", "the southwest city of"), at most six
 * steps back and not before token first. */
static uint32_t place_lead(const struct acta_work *w, uint32_t lo, uint32_t first) {
  uint32_t b = lo;
  for (int k = 0; k < 6 && b > first; k++) {
    uint32_t q = b - 1;
    if (w->toks.v[q].tag == P_DET || acta_gazetteer_qualifier(w->toks.v[q].vocab) ||
        tok_in(w, q, WL_PLACE_NOUN))
      b = q;
    else if (q > first && is_word(w, q, w->cw->w_of) && tok_in(w, q - 1, WL_PLACE_NOUN))
      b = q - 1;
    else
      break;
  }
  return b;
}

/* Is the place starting at token lo where someone or something comes
 * from, not where an event happens?  "from" after a noun, a pronoun or
 * "was"/"came" ("a model from Colombia", "cocaine from Brazil", "officers
 * who were from the area": not "deported from the US", "withdrew from
 * Iraq", where the act happens), and "born in", "a native of". */
static int origin_place(const struct acta_work *w, uint32_t lo, uint32_t first) {
  uint32_t b = place_lead(w, lo, first);
  if (b < first + 2) return 0;
  uint32_t p = b - 1, q = b - 2;
  if (is_word(w, p, w->cw->w_from)) {
    unsigned t = w->toks.v[q].tag;
    return t == P_NOUN || t == P_PROPN || t == P_PRON || tok_in2(w, q, WL2_ORIGIN_LEAD);
  }
  if (is_word(w, p, w->cw->w_in) || is_word(w, p, w->cw->w_of))
    return tok_in2(w, q, WL2_ORIGIN_WORD);
  return 0;
}

/* Does a possessive follow the place ending at byte end ("agents from
 * Honduras' police", "rebels from Colombia's FARC": the place names whose
 * body it is, and such bodies act at home)? */
static int possessive_after(const char *text, size_t len, size_t end) {
  const unsigned char *t = (const unsigned char *)text;
  while (end < len && t[end] == ' ') end++;
  if (end < len && t[end] == '\'') return 1;
  return end + 2 < len && t[end] == 0xE2 && t[end + 1] == 0x80 && t[end + 2] == 0x99;
}

/* prec39c: is the place ending at byte end the first part of a hyphened
 * attribute ("a Washington-backed offensive", "a Sinaloa-based group",
 * "a Mexico-led operation"): one of these participles joined to it by a
 * hyphen (ASCII, U+2010 or U+2011)?  Such a name says who backs or where a
 * body sits, not where an event happens (mend39c: "a Tijuana-area raid",
 * "a Honduras-wide curfew" keep their scene, and "US-Mexico border" joins
 * two names and stays a place). */
static int hyphened_attribute(const char *text, size_t len, size_t end) {
  static const char *const suffix[] = {
      "backed",   "based",      "bound",    "led",       "funded",   "financed",
      "born",     "made",       "owned",    "run",       "operated", "linked",
      "allied",   "aligned",    "affiliated", "registered", "flagged", "brokered",
      "sponsored", "supported", "trained",  "headquartered"};
  /* the article's text need not end in a NUL: every read is bounded by len */
  const unsigned char *u = (const unsigned char *)text;
  size_t i = end;
  if (i < len && u[i] == '-') i++;
  else if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
           (u[i + 2] == 0x90 || u[i + 2] == 0x91))
    i += 3;
  else return 0;
  for (size_t k = 0; k < sizeof suffix / sizeof suffix[0]; k++) {
    size_t n = strlen(suffix[k]);
    if (len - i >= n && !memcmp(u + i, suffix[k], n) && (len - i == n || !isalpha(u[i + n])))
      return 1;
  }
  return 0;
}

/* Does "in", "at", "near" ... stand before the place starting at token
 * lo ("in the southwest city of Pasto", "in northern Bogota")? */
static int where_before(const struct acta_work *w, uint32_t lo, uint32_t first) {
  uint32_t b = place_lead(w, lo, first);
  return b > first && tok_in(w, b - 1, WL_WHERE);
}

/* Finds the places of every sentence (homonyms decided by the countries
 * the article names, the most named first, after lead if given) and the
 * dateline's place. */
void acta_find_places(acta_coder *c, const acta_article *a,
                      char (*codes)[4], const int *counts, int ncodes,
                      const char *lead) {
  struct acta_work *w = c->work;
  const acta_dict *d = c->dict;
  w->nplaces = 0;
  w->has_dateline = 0;
  w->has_scene = 0;
  GROW(w->sent_place, w->nsents + 1, w->cap_sent_place);
  char ranked[65][4]; /* 64 codes at most, and lead */
  int order[64], nranked = 0;
  for (int i = 0; i < ncodes; i++) order[i] = i;
  for (int i = 1; i < ncodes; i++) /* by count, then first named */
    for (int j = i; j > 0 && counts[order[j]] > counts[order[j - 1]]; j--) {
      int t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  if (lead) memcpy(ranked[nranked++], lead, 4);
  for (int i = 0; i < ncodes; i++)
    if (!lead || !acta_code_eq(codes[order[i]], lead))
      memcpy(ranked[nranked++], codes[order[i]], 4);
  acta_place_story story;
  acta_place_story_init(&story, (const char (*)[4])ranked, (size_t)nranked);
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
    uint32_t origin_end = 0; /* the token after the last origin place */
    for (size_t k = 0; k < n; k++) {
      GROW(w->places, w->nplaces, w->cap_places);
      GROW(w->place_use, w->nplaces, w->cap_place_use);
      /* a name that is also an actor of the sentence is a place only after
       * a locative word: "clashes in Tehran", not "Tehran denied" */
      uint32_t lo = token_at(w, s, found[k].start); /* the place's first token */
      int use = 1;
      if (lo < s->last && w->tok_ment[lo] != NO) {
        use = 0;
        uint32_t b = lo; /* "in northern Syria", "in the United States",
                            "in neighboring El Salvador" (sources18) */
        while (b > s->first + 1 &&
               (acta_gazetteer_qualifier(w->toks.v[b - 1].vocab) ||
                tok_lemma_in4(w, b - 1, w->toks.v[b - 1].word, WL4_NEIGHBOUR_WORD)))
          b--;
        if (b > s->first) use = tok_in(w, b - 1, WL_LOCATIVE);
      }
      if (use && hyphened_attribute(a->text, a->text_len, found[k].end)) use = 0;
      /* "a model from Colombia", "from Brazil to Spain": a route's ends
       * are no scene either */
      if (use && lo < s->last) {
        if (origin_place(w, lo, s->first) &&
            !possessive_after(a->text, a->text_len, found[k].end)) {
          use = PLACE_ORIGIN;
        } else if (origin_end && lo > s->first && lo < origin_end + 12 &&
                   is_word(w, lo - 1, w->cw->w_to)) {
          use = PLACE_ORIGIN;
        } else if (nranked && strcmp(found[k].precision, "country") != 0 &&
                   !acta_code_eq(found[k].country, ranked[0]) &&
                   acta_destination_word(w, lo, s->first)) {
          /* mend39c: a town after "to" in another country than the one
           * the story names most ("flew the cash to Miami" in a Peruvian
           * story) is where something goes, not the scene */
          use = PLACE_ORIGIN;
        } else if (origin_end && lo > origin_end && lo <= origin_end + 6 &&
                   (is_punct(w, origin_end, ',') || is_and_or(w, origin_end))) {
          /* "a native of Fresno, California", "hailed from Tepic,
           * the capital of Nayarit state": the origin's apposition */
          int appos = 1;
          for (uint32_t q = origin_end + 1; appos && q < lo; q++)
            appos = w->toks.v[q].tag == P_DET || tok_in(w, q, WL_PLACE_NOUN) ||
                    is_word(w, q, w->cw->w_of) ||
                    acta_gazetteer_qualifier(w->toks.v[q].vocab);
          if (appos) use = PLACE_ORIGIN;
        }
        if (use == PLACE_ORIGIN) {
          origin_end = lo;
          while (origin_end < s->last && w->toks.v[origin_end].start < found[k].end) origin_end++;
        }
      }
      /* "Authorities in the southwest city of Pasto arrested ...": a place
       * after "in", "at", "near" inside an actor's phrase is where it acts */
      if (use == 1 && lo > s->first && lo < s->last && where_before(w, lo, s->first))
        use = PLACE_WHERE;
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

/* Is actor a a state body (government, courts, police, army,
 * legislature, leaders) of the country p right after it ("prosecutors
 * from Guatemala")? */
static int state_at_home(const acta_actor *a, const acta_place *p) {
  static const char roles[][4] = {"GOV", "JUD", "COP", "MIL", "LEG", "ELI", "SPY"};
  if (!a->present || memcmp(a->country, p->country, 4) != 0) return 0;
  if (p->start < a->end || p->start > a->end + 8) return 0; /* " from the " */
  for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
    if (memcmp(a->role, roles[i], 4) == 0) return 1;
  return 0;
}

/* May an event take the scene in country cc?  Not when its actors name
 * countries and none is cc ("The PCC has killed judges" after a Mexican
 * prison break), nor when it names no actor at all (a tally: "There were
 * 3,812 deaths of unknown cause"). */
static int scene_country_fits(const acta_event *ev, const char *cc) {
  const acta_actor *a[2] = {&ev->source, &ev->target};
  int named = 0, any = 0;
  for (int i = 0; i < 2; i++) {
    if (!a[i]->present) continue;
    any = 1;
    if (!a[i]->country[0]) continue;
    named = 1;
    if (memcmp(a[i]->country, cc, 4) == 0) return 1;
  }
  return any && !named;
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
    const acta_place *after = NULL, *before = NULL, *home = NULL;
    int after_where = 0;
    for (size_t k = w->sent_place[si]; k < w->sent_place[si + 1]; k++) {
      const acta_place *p = &w->places[k];
      if (!w->place_use[k]) continue;
      /* "Authorities in Honduras arrested ...": the source's own place,
       * after "in", "at", "near" between it and the verb, is where it acts */
      if (w->place_use[k] == PLACE_WHERE && ev->source.present &&
          p->start >= ev->source.start && p->end <= ev->verb_start) {
        if (!home) home = p;
        continue;
      }
      /* where someone comes from is no scene, except a country that is
       * the home of the state body acting ("prosecutors from Guatemala
       * accused ...") */
      if (w->place_use[k] == PLACE_ORIGIN &&
          !(strcmp(p->precision, "country") == 0 && state_at_home(&ev->source, p)))
        continue;
      if (overlaps(p->start, p->end, &ev->source) ||
          overlaps(p->start, p->end, &ev->target) ||
          overlaps(p->start, p->end, &ev->reported_by))
        continue;
      if (p->start >= ev->verb_start) {
        if (!after) {
          after = p;
          after_where = w->place_use[k] == PLACE_WHERE;
        }
      } else if (!before) {
        before = p;
      }
    }
    /* a place after "in", "at" after the verb beats the source's own
     * ("Police in Lima arrested a man in Callao"), which beats any other
     * country ("... trying to smuggle cocaine into the United States");
     * a town or province beats the source's country ("Authorities in
     * Colombia seized ... in the port of Cartagena") */
    const acta_place *p = after && (after_where || !home) ? after : home ? home : before;
    if (p == home && home && strcmp(home->precision, "country") == 0) {
      if (after && strcmp(after->precision, "country") != 0) p = after;
      else if (before && strcmp(before->precision, "country") != 0) p = before;
    }
    int material = ev->quad_class == 4; /* protest, force, coercion, violence */
    if (p) {
      set_location(ev, p);
      if (material && strcmp(p->precision, "country") != 0) {
        w->scene = *p;
        w->has_scene = 1;
        w->scene_sent = si;
      }
    } else if (material && w->has_scene && si <= w->scene_sent + SCENE_SPAN &&
               scene_country_fits(ev, w->scene.country)) {
      set_location(ev, &w->scene);
      ev->location.start = ev->location.end = 0; /* not named in this sentence */
      w->scene_sent = si; /* the story is still there */
    } else if (w->has_dateline) {
      set_location(ev, &w->dateline);
    }
  }
}
