/* SPDX-License-Identifier: MIT */
/* store_sql.h: the statements both store backends run (store_sqlite.c as
 * written, with "?" placeholders; store_pg.c numbers them "$1", "$2" ...),
 * so that the two write and read the same rows. */
#ifndef ACTA_STORE_SQL_H
#define ACTA_STORE_SQL_H

#define STORE_SQL_INSERT_ARTICLE                                             \
  "INSERT INTO articles (id, hash, date, publisher, url, title,"            \
  " origin, text, sentences, nevents)"                                      \
  " VALUES (?,?,?,?,?,?,?,?,?,?)"

#define STORE_SQL_INSERT_EVENT                                               \
  "INSERT INTO events (id, article_id, idx, sentence, sent_start,"          \
  " sent_end, date, date_precision, source_code, source_country,"           \
  " source_role, source_text, source_start, source_end,"                    \
  " target_code, target_country, target_role, target_text,"                 \
  " target_start, target_end, cameo, root, event_name, verb,"               \
  " verb_start, verb_end, quad_class, goldstein, status,"                   \
  " reported_by_code, reported_by_text, via_code, evidence,"                \
  " location_name, location_country, location_admin1,"                      \
  " location_precision, lat, lon, sentence_text, plover_type,"              \
  " plover_mode, plover_context, acled_event_type,"                         \
  " acled_sub_event_type, plover) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"         \
  "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"

#define STORE_SQL_INSERT_FIGURE                                              \
  "INSERT INTO figures (event_id, idx, kind, qualifier, value,"             \
  " low, high, text, reporter, reporter_code)"                              \
  " VALUES (?,?,?,?,?,?,?,?,?,?)"

#define STORE_SQL_EVENT_FIGURES                                              \
  "SELECT event_id, idx, kind, qualifier, value, low, high,"                \
  " text, reporter, reporter_code FROM figures"                             \
  " WHERE event_id = ? ORDER BY idx"

/* the events' columns as each_event reads them, then the article's date,
 * publisher, url, text length and the event's incident */
#define STORE_SQL_EVENT_COLUMNS                                              \
  "e.id, e.article_id, e.idx, e.sentence, e.sent_start, e.sent_end, e.date," \
  " e.date_precision, e.source_code, e.source_country, e.source_role,"       \
  " e.source_text, e.source_start, e.source_end, e.target_code,"             \
  " e.target_country, e.target_role, e.target_text, e.target_start,"         \
  " e.target_end, e.cameo, e.root, e.event_name, e.verb, e.verb_start,"      \
  " e.verb_end, e.quad_class, e.goldstein, e.status, e.reported_by_code,"    \
  " e.reported_by_text, e.via_code, e.evidence, e.location_name,"            \
  " e.location_country, e.location_admin1, e.location_precision, e.lat,"     \
  " e.lon, e.sentence_text, e.plover_type, e.plover_mode, e.plover_context," \
  " e.acled_event_type, e.acled_sub_event_type, e.plover, a.date,"          \
  " a.publisher, a.url, length(a.text), m.incident_id"

#define STORE_SQL_SELECT_EVENTS                                              \
  "SELECT " STORE_SQL_EVENT_COLUMNS " FROM events e JOIN articles a"         \
  " ON a.id = e.article_id LEFT JOIN mentions m ON m.event_id = e.id"        \
  " WHERE 1=1"

#define STORE_SQL_INSERT_INCIDENT                                            \
  "INSERT INTO incidents (id, root, cameo, event_name, quad_class,"         \
  " goldstein, source_code, source_country, source_role, target_code,"      \
  " target_country, target_role, location_name, location_country,"          \
  " location_admin1, lat, lon, first_date, last_date, first_report,"        \
  " last_report, num_mentions, num_sources, num_articles, statuses,"        \
  " reporters, figures, first_event_id, source_url) VALUES"                 \
  " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"

#define STORE_SQL_INSERT_MENTION                                             \
  "INSERT INTO mentions (event_id, incident_id, article_id) VALUES (?,?,?)"

#define STORE_SQL_INSERT_INCIDENT_FIGURE                                     \
  "INSERT INTO incident_figures (incident_id, kind, qualifier, value,"      \
  " low, high, reporter, event_id, article_id, text, role) VALUES"          \
  " (?,?,?,?,?,?,?,?,?,?,?)"

/* incidents with an event matching the filter appended after it; the
 * caller closes the parenthesis */
#define STORE_SQL_SELECT_INCIDENTS                                           \
  "SELECT id, root, cameo, event_name, quad_class, goldstein,"              \
  " source_code, source_country, source_role, target_code,"                 \
  " target_country, target_role, location_name, location_country,"          \
  " location_admin1, lat, lon, first_date, last_date, first_report,"        \
  " last_report, num_mentions, num_sources, num_articles, statuses,"        \
  " reporters, figures, first_event_id, source_url FROM incidents i"        \
  " WHERE i.id IN (SELECT m.incident_id FROM mentions m"                    \
  " JOIN events e ON e.id = m.event_id WHERE 1=1"

#endif
