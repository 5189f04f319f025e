/* SPDX-License-Identifier: MIT */
/* store_schema.c: the SQL that creates the event store's tables, written
 * once for every backend (types both SQLite and PostgreSQL read: TEXT,
 * BIGINT, DOUBLE PRECISION).  docs/store.md documents each column. */
#include "store.h"

const char *const store_schema_sql[] = {
  "CREATE TABLE IF NOT EXISTS meta ("
  " key TEXT PRIMARY KEY, value TEXT)",

  "CREATE TABLE IF NOT EXISTS articles ("
  " id TEXT PRIMARY KEY, hash TEXT NOT NULL, date TEXT, publisher TEXT,"
  " url TEXT, title TEXT, origin TEXT, text TEXT NOT NULL,"
  " sentences BIGINT NOT NULL, nevents BIGINT NOT NULL)",

  "CREATE TABLE IF NOT EXISTS events ("
  " id TEXT PRIMARY KEY, article_id TEXT NOT NULL, idx BIGINT NOT NULL,"
  " sentence BIGINT NOT NULL, sent_start BIGINT, sent_end BIGINT,"
  " date TEXT, date_precision TEXT,"
  " source_code TEXT, source_country TEXT, source_role TEXT, source_text TEXT,"
  " source_start BIGINT, source_end BIGINT,"
  " target_code TEXT, target_country TEXT, target_role TEXT, target_text TEXT,"
  " target_start BIGINT, target_end BIGINT,"
  " cameo TEXT NOT NULL, root TEXT NOT NULL, event_name TEXT, verb TEXT,"
  " verb_start BIGINT, verb_end BIGINT,"
  " quad_class BIGINT, goldstein DOUBLE PRECISION, status TEXT NOT NULL,"
  " reported_by_code TEXT, reported_by_text TEXT, via_code TEXT, evidence TEXT,"
  " location_name TEXT, location_country TEXT, location_admin1 TEXT,"
  " location_precision TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,"
  " sentence_text TEXT, plover_type TEXT, plover_mode TEXT, plover_context TEXT,"
  " acled_event_type TEXT, acled_sub_event_type TEXT, plover TEXT)",
  "CREATE INDEX IF NOT EXISTS events_article ON events(article_id)",
  "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
  "CREATE INDEX IF NOT EXISTS events_root ON events(root)",

  "CREATE TABLE IF NOT EXISTS figures ("
  " event_id TEXT NOT NULL, idx BIGINT NOT NULL, kind TEXT NOT NULL,"
  " qualifier TEXT NOT NULL, value DOUBLE PRECISION, low DOUBLE PRECISION,"
  " high DOUBLE PRECISION, text TEXT, reporter TEXT, reporter_code TEXT,"
  " PRIMARY KEY (event_id, idx))",

  "CREATE TABLE IF NOT EXISTS incidents ("
  " id BIGINT PRIMARY KEY, root TEXT, cameo TEXT, event_name TEXT,"
  " quad_class BIGINT, goldstein DOUBLE PRECISION,"
  " source_code TEXT, source_country TEXT, source_role TEXT,"
  " target_code TEXT, target_country TEXT, target_role TEXT,"
  " location_name TEXT, location_country TEXT, location_admin1 TEXT,"
  " lat DOUBLE PRECISION, lon DOUBLE PRECISION,"
  " first_date TEXT, last_date TEXT, first_report TEXT, last_report TEXT,"
  " num_mentions BIGINT, num_sources BIGINT, num_articles BIGINT,"
  " statuses TEXT, reporters TEXT, figures TEXT, first_event_id TEXT,"
  " source_url TEXT)",

  "CREATE TABLE IF NOT EXISTS mentions ("
  " event_id TEXT PRIMARY KEY, incident_id BIGINT NOT NULL,"
  " article_id TEXT NOT NULL)",
  "CREATE INDEX IF NOT EXISTS mentions_incident ON mentions(incident_id)",

  "CREATE TABLE IF NOT EXISTS incident_figures ("
  " incident_id BIGINT NOT NULL, kind TEXT NOT NULL, qualifier TEXT NOT NULL,"
  " value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION,"
  " reporter TEXT, event_id TEXT, article_id TEXT, text TEXT, role TEXT)",
  "CREATE INDEX IF NOT EXISTS incident_figures_incident"
  " ON incident_figures(incident_id)",
  NULL
};
