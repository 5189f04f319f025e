/* SPDX-License-Identifier: MIT */
/* cli_help.c: the acta command's commands and options as tables, and the
 * help printed from them: `acta --help` (everything), `acta COMMAND --help`
 * (one command: its usage, the options it takes, examples) and the short
 * usage printed when no command is given.  main.c reads the same option
 * table to refuse an option a command does not take. */
#include <string.h>

#include "acta.h"
#include "cli.h"

typedef struct command {
  enum cmd cmd;
  const char *name;
  const char *args;    /* after "acta NAME" */
  const char *summary; /* one line, for the usage list */
  const char *about;   /* paragraphs */
  const char *examples;
} command;

/* The record layout, shown by `acta --help` and `acta code --help`. */
static const char record_example[] =
"Output records (JSON lines, one per line; folded here):\n"
"  $ cat news.jsonl\n"
"  {\"id\":\"a1\",\"date\":\"2022-10-27\",\"text\":\"Police fired tear gas at "
"protesters in Tehran.\"}\n"
"  $ acta code news.jsonl\n"
"  {\"type\":\"event\",\"id\":\"a1#0\",\"doc_id\":\"a1\",\"sentence\":0,\"text\":\n"
"   \"Police fired tear gas at protesters in Tehran.\",\"source\":{\"text\":\n"
"   \"Police\",\"code\":\"IRNCOP\",\"country\":\"IRN\",\"role\":\"COP\"},\n"
"   \"target\":{\"text\":\"protesters\",\"code\":\"IRNOPP\",\"country\":\"IRN\",\n"
"   \"role\":\"OPP\"},\"event\":{\"cameo\":\"175\",\"root\":\"17\",\"name\":\n"
"   \"Use tactics of violent repression\",\"quad_class\":4,\"goldstein\":-9.0,\n"
"   \"verb\":\"fire\"},\"status\":\"asserted\",\"reported_by\":null,\"via\":null,\n"
"   \"evidence\":null,\"disputes\":null,\"date\":\"2022-10-27\",\n"
"   \"date_precision\":\"day\",\"date_range\":null,\"date_text\":null,\n"
"   \"location\":{\"text\":\"Tehran\",\"name\":\"Tehran\",\"country\":\"IRN\",\n"
"   \"admin1\":\"Tehran Province\",\"lat\":35.69439,\"lon\":51.42151,\n"
"   \"precision\":\"city\"},\"figures\":[],\"plover\":{\"type\":\"ASSAULT\",\n"
"   \"mode\":\"crowd-control\",\"context\":[\"repression\"]},\"acled\":{\n"
"   \"event_type\":\"Protests\",\"sub_event_type\":\"Protest with intervention\"},\n"
"   \"explain\":{\"pattern\":\n"
"   \"fire tear gas {at|on} +\",\"pattern_file\":\"events.txt\",\n"
"   \"pattern_line\":...,\"source_entry\":\"agents.txt:...\",\"target_entry\":\n"
"   \"agents.txt:...\",\"passive\":false,\"nominal\":false,\"compound\":false,\n"
"   \"reported\":false}}\n"
"  \"Police\" names no country, so it takes the nearest one named (Tehran:\n"
"  IRN).  \"reported_by\" is who says so (\"X said ...\", \"according to X\"),\n"
"  \"via\" who relayed it, \"status\" one of asserted, alleged, hedged,\n"
"  denied, negated, intended; \"figures\" are the counts of the sentence\n"
"  (\"at least 141 killed\"); a count reported by several sources is\n"
"  reconciled in a \"figure_summary\" record.  \"plover\" is the event's\n"
"  PLOVER type (as POLECAT names them: AGREE, CONSULT, SUPPORT, CONCEDE,\n"
"  COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,\n"
"  SANCTION, MOBILIZE, COERCE, ASSAULT), mode and contexts, null for a\n"
"  statement; \"acled\" its ACLED event and sub-event type, null when\n"
"  ACLED would not record it (words, diplomacy, disasters, crime, what did\n"
"  not happen).  \"explain\" says which dictionary lines matched and\n"
"  whether the event came from a passive clause, an event noun, a compound\n"
"  actor (\"X and Y attacked Z\": one event each) or reported speech (\"X\n"
"  said Y attacked Z\": Y->Z, reported_by X).  A null \"source\" is an act\n"
"  whose doer is not named (\"three soldiers were killed\").  An article\n"
"  without events gives {\"type\":\"no_event\",\"doc_id\":...,\"sentences\":N};\n"
"  a record that cannot be coded {\"type\":\"error\",\"doc_id\" (or\n"
"  \"line\"), \"message\"}.\n";

static const char exit_status[] =
"Exit status:\n"
"  0  every record was coded\n"
"  1  some records were errors (bad JSON, no \"text\", invalid UTF-8, bad\n"
"     date, over --max-bytes ...): each gave an error record, the others\n"
"     were coded\n"
"  2  usage error (unknown command or option, an option the command does\n"
"     not take, bad option value)\n"
"  3  the dictionaries could not be loaded\n"
"  4  I/O error (an input file cannot be read, output cannot be written)\n";

static const command commands[] = {
  {CMD_CODE, "code", "[options] [FILE|DIR...]",
   "code articles into event records (no FILE or '-': stdin)",
   "Codes every article of every FILE (a DIR: the files in it, sorted by\n"
   "name; no FILE or '-': standard input) and writes one record per event,\n"
   "a no_event record per article without events and an error record per\n"
   "input record that could not be coded, in input order.\n"
   "\n"
   "Input records (--format jsonl): one JSON object per line with \"id\"\n"
   "(string or number; absent: FILE:LINE), \"text\" (required, UTF-8),\n"
   "\"date\" (YYYY-MM-DD, or an ISO timestamp whose date is kept) and\n"
   "optionally \"publisher\", \"url\", \"title\" and \"parse\" (a Penn\n"
   "Treebank parse whose tags are used).  Blank lines are skipped.  Other\n"
   "field names: --id-field, --text-field, --date-field.\n"
   "\n"
   "Dates: absolute ones (\"on March 3, 2019\") are read whatever the\n"
   "article; relative ones (\"on Wednesday\", \"last week\") need the\n"
   "article's date (\"date\" or --date), as does choosing which office\n"
   "holder a name refers to.  Records without a date are counted once\n"
   "on stderr.\n",
   "  $ acta code news.jsonl > events.jsonl\n"
   "  $ acta code --format text --date 2022-03-01 --output tsv story.txt\n"
   "  $ acta code --output plover news.jsonl > polecat.jsonl\n"
   "  $ acta code --format text --date 2022-03-01 stories/\n"
   "  $ acta code --format csv --text-field body --id-field url news.csv\n"
   "  $ acta code --threads 8 --stats news.jsonl > events.jsonl\n"},
  {CMD_CLAIMS, "claims", "[options] [FILE|DIR...]",
   "the claims ledger: each event as a claim, who made it, who disputes it",
   "Codes like `acta code` and writes the claims ledger: every event as a\n"
   "claim with its claimant (the reporter, else the source), its status,\n"
   "the denials disputing it and what was said of evidence.  JSON lines\n"
   "{\"type\":\"claim\",\"id\",\"doc_id\",\"sentence\",\"claimant\",\"via\",\n"
   "\"status\",\"claim\":{\"source\",\"cameo\",\"name\",\"target\"},\n"
   "\"disputed_by\",\"evidence\"} (default), or a TSV table (--output tsv).\n",
   "  $ acta claims news.jsonl\n"
   "  $ acta claims --output tsv news.jsonl > claims.tsv\n"},
  {CMD_EXPLAIN, "explain", "[options] [TEXT...]",
   "trace how TEXT is coded (no TEXT: stdin)",
   "Prints how TEXT (its words joined by spaces; none or '-': standard\n"
   "input) is coded: the tokens with their tags (acta's class and the\n"
   "Penn Treebank tag) and lemmas, the actor phrases and the dictionary\n"
   "lines they came from, each verb group (voice, negation), the patterns\n"
   "that fit and the events.  Every candidate that makes no event says\n"
   "why, as \"dropped (REASON): ...\": hypothetical, conditional, question,\n"
   "purpose, habitual, recommendation, statistic, a state, activity, no\n"
   "actor, no target, asked for, reporter only, excluded sense, a compound\n"
   "adjective, a noun modifying a noun, in an unreal clause, no act\n"
   "follows, no aid, words do no material act, a visit at home, a visit to\n"
   "no one, an inference, background, naming, not a call, a discovery, not\n"
   "carried out, speculation, a capability, a description, not an intent,\n"
   "a noun phrase, an adjective, a kind of act, information released,\n"
   "endangered, a sale on the black market, an investment at home, an\n"
   "accident, no demand, a migrant's journey, a duty, a projection, a\n"
   "reluctance, a ruling, the act it announces (or refuses) is coded\n"
   "(docs/conventions.md, \"What did not happen\").  A headline in title\n"
   "case is not coded, and explain says so.  At the end it tells which\n"
   "quotations running over sentences gave their events a speaker, and\n"
   "which marks were stray.\n",
   "  $ acta explain --date 2022-10-27 \"Police arrested protesters in Tehran.\"\n"
   "  $ acta explain --parse \"(ROOT (S ...))\" \"Soldiers will wire tap the links.\"\n"},
  {CMD_VALIDATE, "validate", "[options] FILE.xml|FILE.project",
   "check coding against a PETRARCH or TABARI validation suite",
   "Codes every <Sentence> of a PETRARCH/TABARI validation file with the\n"
   "dictionaries its <Environment> names (relative to the file; --verbs\n"
   "etc. override them) and compares the (source, target, event) codes\n"
   "with its <EventCoding> lines: a FAIL line per failing record, a pass\n"
   "rate per category; exit 1 when a record fails (with --min-pass, when\n"
   "fewer than PCT% pass).  As PETRARCH does, it codes the words of each\n"
   "<Parse> and obeys <Config> options (require_dyad, new_actor_length,\n"
   "comma_* clause lengths).  A <Sentence> that cannot be read is a\n"
   "failing record; the others are still validated.\n"
   "A TABARI .project: its actors, verbs, agents (TABARI formats), .options\n"
   "and text files (relative to it).  Each text record is coded and\n"
   "compared with the { SRC / TGT / CODE } records of its comment ({---},\n"
   "{###}, {+++}: no event; -{ allows more events); { OPTION: ... } records\n"
   "change the options from there on; a record without any ends the run,\n"
   "as in TABARI.  As TABARI does, an event needs a source and a target,\n"
   "and COMMA:, DEFAULT:, CODE BY, CONVERT AGENTS, MINIMUM WORDS, YYYY,\n"
   "TIME SHIFT, FBIS, FORWARD (pronouns across the records of a story)\n"
   "and COMPLEX: CONJ/NOACTPRIOR apply; the options acta\n"
   "cannot apply are reported once as FILE:LINE: ... not supported.\n",
   "  $ acta validate PETR.UnitTest.records.xml\n"
   "  $ acta validate Validate.project\n"
   "  $ acta validate --min-pass 95 --verbose tests.xml\n"},
  {CMD_COMPILE, "compile", "[--data DIR] [-o FILE]",
   "compile the dictionaries into the image later runs map",
   "Parses the dictionaries of the data directory (with WordNet, the\n"
   "part-of-speech model, iso-codes and libgeonames) and writes the\n"
   "dictionary image that later runs map instead of parsing them, where\n"
   "they look for it (or to -o FILE), and prints its path.  Any run makes\n"
   "the image when there is none; this command makes it ahead of time\n"
   "(e.g. into an installed data directory).\n"
   "\n"
   "Start-up: the first run parses the dictionaries (~200 ms) and keeps them\n"
   "compiled in an image that later runs map in a few milliseconds:\n"
   "DIR/acta-dict.img when the data directory is writable, else\n"
   "$XDG_CACHE_HOME/acta (~/.cache/acta).  An image is used only while every\n"
   "source is unchanged: edit a dictionary file and the next run parses again\n"
   "and replaces it; a stale, truncated or corrupt image is rebuilt, never\n"
   "trusted.  ACTA_CACHE=DIR keeps images in DIR; ACTA_CACHE=off parses every\n"
   "time.  PETRARCH/TABARI dictionaries are parsed at each run.\n",
   "  $ acta compile\n"
   "  $ acta compile --data /usr/local/share/acta\n"},
  {CMD_INGEST, "ingest", "[--db PATH] [options] [FILE|DIR...]",
   "code articles into the event store (SQLite or PostgreSQL)",
   "Codes every article of every FILE (any input format acta code reads)\n"
   "and stores the articles, their events and figures in the event store\n"
   "(--db PATH, default acta.db: an SQLite file, made when missing; WAL\n"
   "journal; or a PostgreSQL URI, postgresql://..., that several machines\n"
   "can ingest into at once; tables documented in docs/store.md), then\n"
   "forms the incidents across articles (docs/incidents.md).  An article\n"
   "whose id is stored with the same content (text, date, publisher, url,\n"
   "title, acta version) is left as it is; changed content replaces its\n"
   "events.  Articles are stored in transactions of one batch (256\n"
   "articles): a run killed at any moment leaves a consistent database,\n"
   "and running it again completes it with nothing lost or doubled.  On a\n"
   "terminal it shows progress (articles, articles/s, ETA); elsewhere it\n"
   "is quiet.  Records that cannot be coded are named on stderr (exit 1).\n",
   "  $ acta ingest news.jsonl\n"
   "  $ acta ingest --db events.db --window 2 feeds/\n"
   "  $ acta ingest --db events.db --format csv --text-field body news.csv\n"},
  {CMD_QUERY, "query", "[--db PATH] [filters] [--incidents] [-o FORMAT]",
   "events or incidents of the event store, filtered, in several formats",
   "Writes the events (or, with --incidents, the incidents) of the event\n"
   "store that match every filter given: --from and --to (event dates,\n"
   "inclusive), --country (source, target or place), --actor (a code or\n"
   "its prefix, source or target), --root (a CAMEO root or code prefix),\n"
   "--status, --reported-by (a reporter's code prefix or words of its\n"
   "name).  An incident matches when one of its events does.\n"
   "\n"
   "Formats (-o): jsonl (default), tsv and csv (a header row; control\n"
   "characters and line breaks become spaces, a cell holding a quote or\n"
   "(csv) a comma is quoted, inner quotes doubled, so SQLite's .import,\n"
   "Python's csv and R read it back), gdelt\n"
   "(GDELT 2.0 Events: 61 tab-separated columns in GDELT's order, one row\n"
   "per incident, NumMentions/NumSources/NumArticles), gdelt-mentions\n"
   "(GDELT 2.0 Mentions: 16 columns, one row per event of an incident)\n"
   "and plover (POLECAT-style JSON lines).  gdelt and gdelt-mentions\n"
   "always write incidents.\n",
   "  $ acta query --from 2023-01-01 --country SYR -o csv > syria.csv\n"
   "  $ acta query --incidents --root 19 --status asserted\n"
   "  $ acta query -o gdelt > events.export.CSV\n"
   "  $ acta query --actor IRNCOP --reported-by amnesty -o plover\n"},
  {CMD_REPORT, "report", "[--db PATH] [filters] -o FILE.html",
   "a self-contained HTML report of the event store",
   "Writes one HTML file that needs no network when opened: events over\n"
   "time by quad class, a map of the located incidents (points on a\n"
   "longitude/latitude graticule), the top actors and dyads, and a table of\n"
   "incidents with their sources, statuses and disagreeing figures.  Every\n"
   "piece of article text is escaped.  The filters of acta query apply.\n",
   "  $ acta report -o report.html\n"
   "  $ acta report --db events.db --from 2023-01-01 -o 2023.html\n"},
  {CMD_GAPS, "gaps", "[options] [FILE|DIR...]",
   "rank what the dictionaries miss in a corpus (for their maintainers)",
   "Codes every article as `acta code` does (same inputs and options) and\n"
   "ranks what the dictionaries missed, most frequent first:\n"
   "\n"
   "- verb frames of the sentences that name an actor and yield no event:\n"
   "  the verb's lemma (\"(passive)\" after a passive one), its particle,\n"
   "  the head of its object and its preposition in text order (\"issue\n"
   "  warning to\", \"agree on draft\", \"return artifact to\", \"agree to\n"
   "  return\"); an object that is an actor is <actor>, another proper\n"
   "  noun <name>, a figure <number>, a pronoun <pron>; \"[verb has\n"
   "  patterns]\" after a verb the dictionaries know (what is missing is\n"
   "  then more likely an actor or a fitting object).  Reporting verbs\n"
   "  (say, tell ...), \"be\" and \"according to\" are left out;\n"
   "- capitalised noun phrases that no actor or agent entry matched and\n"
   "  that are not places (\"Gulf Clan\", \"Ministry of Mines\"), in every\n"
   "  sentence.\n"
   "\n"
   "Each comes with its count and two example sentences.  A headline in\n"
   "title case is not coded and gives no gap.  Records that cannot be read\n"
   "are reported on stderr (exit 1), the others are counted.\n",
   "  $ acta gaps corpus.jsonl | less\n"
   "  $ acta gaps --top 200 --format text --date 2022-03-01 stories/\n"},
  {CMD_HELP, "help", "[COMMAND]", "this help, or a command's", NULL, NULL},
  {CMD_VERSION, "version", "", "version and dictionary sizes (also --version)",
   NULL, NULL},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const cli_option options[] = {
  {"--format", "-f", "FMT", CMDS_READING,
   "input format: jsonl (default; one JSON object per\n"
   "line), text (each FILE is one article, its id the\n"
   "file name), csv (a header line naming the columns,\n"
   "then one article per row; quoted fields may hold\n"
   "commas, quotes as \"\" and line breaks) or\n"
   "petrarch-xml (one record per <Sentence>: id, date,\n"
   "<Text>, and a <Parse> whose tags are used) or\n"
   "tabari (TABARI text records: a YYMMDD ID line,\n"
   "text lines, a blank line; /* comments */ skipped).\n"
   "(--format json|tsv are taken as --output json|tsv.)"},
  {"--output", "-o", "FMT|FILE", CMDS_CODING | CMD_BIT(CMD_COMPILE) | CMDS_FILTER,
   "output format (default json): JSON lines, or a\n"
   "header line then one tab-separated row per event\n"
   "(errors then go to stderr), or (code) PLOVER\n"
   "records as POLECAT writes them: id, date, actor\n"
   "and recipient lists ({code, sector, entity_text}),\n"
   "event, mode, context, quad_code, event_scale,\n"
   "event_text, event_loc, text, text_info, doc_id,\n"
   "cameo, acled, status, coder; one per event PLOVER\n"
   "codes (compound actors: one record).  compile:\n"
   "-o FILE is the image file to write.  query: jsonl,\n"
   "tsv, csv, gdelt, gdelt-mentions, plover.  report:\n"
   "-o FILE is the HTML file to write"},
  {"--date", NULL, "YYYY-MM-DD", CMDS_READING | CMD_BIT(CMD_EXPLAIN),
   "article date for text input and for records\n"
   "without one: resolves relative dates (\"on Monday\")\n"
   "and chooses which office holder a name refers to"},
  {"--id-field", NULL, "NAME", CMDS_READING,
   "jsonl, csv: the field or column holding the id\n"
   "(default id); a record without one is FILE:LINE"},
  {"--text-field", NULL, "NAME", CMDS_READING,
   "jsonl, csv: the field or column holding the text\n"
   "(default text)"},
  {"--date-field", NULL, "NAME", CMDS_READING,
   "jsonl, csv: the field or column holding the date\n"
   "(default date)"},
  {"--max-bytes", NULL, "N", CMDS_READING,
   "the largest input record (a JSON line, CSV row,\n"
   "text file or <Sentence> text; K, M, G suffixes;\n"
   "default 2M, 0: no limit).  A larger one gives an\n"
   "error record and is not held in memory"},
  {"--parse", NULL, "TREE", CMD_BIT(CMD_EXPLAIN),
   "a Penn Treebank parse of TEXT: its noun, verb,\n"
   "adjective and adverb tags replace the tagger's"},
  {"--threads", "-t", "N", CMDS_READING,
   "worker threads (default: the online cores).\n"
   "Output order is always the input order"},
  {"--data", NULL, "DIR", CMDS_DATA,
   "dictionary directory (default: $ACTA_DATA_DIR; else,\n"
   "run from its build tree, the checkout's data/;\n"
   "else the installed PREFIX/share/acta)"},
  {"--dict-format", NULL, "acta|petrarch|tabari", CMDS_DICT,
   "petrarch: code with PETRARCH dictionaries instead\n"
   "of the bundled ones: --verbs, --actors, --agents,\n"
   "--discards.  tabari: the same files in TABARI's\n"
   "formats (.verbs roots and patterns, .actors,\n"
   ".agents).  Each line acta cannot use is named as\n"
   "file:line, then their count.  (validate: the files\n"
   "its <Environment> or .project names, unless given\n"
   "here.)"},
  {"--verbs", NULL, "FILE", CMDS_DICT, "a PETRARCH verbs dictionary"},
  {"--actors", NULL, "FILE", CMDS_DICT,
   "a PETRARCH actors dictionary (may repeat)"},
  {"--agents", NULL, "FILE", CMDS_DICT, "a PETRARCH agents dictionary"},
  {"--discards", NULL, "FILE", CMDS_DICT, "a PETRARCH discards dictionary"},
  {"--layer", NULL, NULL, CMDS_DICT,
   "load the bundled dictionaries too; the PETRARCH\n"
   "files win ties"},
  {"--strict", NULL, NULL, CMDS_DATA,
   "a malformed dictionary line stops the run (exit 3)\n"
   "instead of a warning \"acta: file:line: message\""},
  {"--min-pass", NULL, "PCT", CMD_BIT(CMD_VALIDATE),
   "pass when at least PCT% of the records pass"},
  {"--verbose", "-v", NULL, CMD_BIT(CMD_VALIDATE),
   "list the passing records too"},
  {"--top", NULL, "N", CMD_BIT(CMD_GAPS),
   "how many verb frames and how many names to list\n"
   "(default 50; 0: all)"},
  {"--stats", NULL, NULL, CMDS_READING,
   "print counts and throughput to stderr when done"},
  {"--db", NULL, "PATH", CMDS_STORE,
   "the event store: an SQLite file (default acta.db)\n"
   "or a PostgreSQL URI (postgresql://HOST/DB)"},
  {"--window", NULL, "DAYS", CMD_BIT(CMD_INGEST),
   "the most days between an incident's first event\n"
   "and a later report of it (default 3; kept in the\n"
   "database; a change re-forms the incidents)"},
  {"--from", NULL, "YYYY-MM-DD", CMDS_FILTER, "events dated on or after"},
  {"--to", NULL, "YYYY-MM-DD", CMDS_FILTER, "events dated on or before"},
  {"--country", NULL, "ISO3", CMDS_FILTER,
   "events whose source, target or place is in ISO3"},
  {"--actor", NULL, "CODE", CMDS_FILTER,
   "events whose source or target code starts with\n"
   "CODE (IRN, IRNCOP)"},
  {"--root", NULL, "CAMEO", CMDS_FILTER,
   "events whose CAMEO code starts with CAMEO (19, 173)"},
  {"--status", NULL, "STATUS", CMDS_FILTER,
   "asserted, alleged, hedged, denied, negated or\n"
   "intended"},
  {"--reported-by", NULL, "WHO", CMDS_FILTER,
   "events whose reporter's code starts with WHO or\n"
   "whose reporter's words contain it"},
  {"--incidents", NULL, NULL, CMD_BIT(CMD_QUERY),
   "write incidents instead of events"},
  {"--help", "-h", NULL, CMDS_ALL, "this help (acta COMMAND --help: the command's)"},
  {"--version", "-V", NULL, CMDS_ALL, "version and dictionary sizes"},
};
#define NOPTIONS (sizeof options / sizeof options[0])

const cli_option *cli_find_option(const char *name) {
  for (size_t i = 0; i < NOPTIONS; i++)
    if (strcmp(options[i].name, name) == 0 ||
        (options[i].shortname && strcmp(options[i].shortname, name) == 0))
      return &options[i];
  return NULL;
}

const char *cli_command_name(enum cmd c) {
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (commands[i].cmd == c) return commands[i].name;
  return "";
}

enum cmd cli_find_command(const char *name) {
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (strcmp(commands[i].name, name) == 0) return commands[i].cmd;
  return CMD_NONE;
}

static const command *find(enum cmd c) {
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (commands[i].cmd == c) return &commands[i];
  return NULL;
}

/* "  -f, --format FMT        first line of help\n" and the rest indented;
 * with `which`, the commands that take it after the first line. */
static void print_option(FILE *f, const cli_option *o, int which) {
  char head[64];
  snprintf(head, sizeof head, "%s%s%s%s%s", o->shortname ? o->shortname : "",
           o->shortname ? ", " : "    ", o->name, o->value ? " " : "",
           o->value ? o->value : "");
  fprintf(f, "  %-24s", head);
  if (strlen(head) > 24) fprintf(f, "\n  %-24s", "");
  const char *s = o->help;
  int first = 1;
  while (*s) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    if (!first) fprintf(f, "  %-24s", "");
    fprintf(f, "%.*s", (int)n, s);
    if (first && which && o->cmds != CMDS_ALL) {
      fputs(" [", f);
      int k = 0;
      for (size_t i = 0; i < NCOMMANDS; i++)
        if (commands[i].cmd != CMD_VERSION && (o->cmds & CMD_BIT(commands[i].cmd)))
          fprintf(f, "%s%s", k++ ? " " : "", commands[i].name);
      fputc(']', f);
    }
    fputc('\n', f);
    first = 0;
    s += n + (nl ? 1 : 0);
  }
}

void cli_print_usage(FILE *f) {
  for (size_t i = 0; i < NCOMMANDS; i++) {
    const command *c = &commands[i];
    if (c->cmd == CMD_HELP || c->cmd == CMD_VERSION) continue;
    fprintf(f, "%s acta %s %s\n", i ? "      " : "usage:", c->name, c->args);
  }
  fputs("       acta COMMAND --help | acta --help | acta --version\n", f);
}

void cli_print_help(FILE *f, enum cmd which) {
  const command *c = find(which);
  if (!c || !c->about) {
    fputs("acta " ACTA_VERSION " - code English news text into CAMEO political events\n"
          "\n"
          "acta reads news articles and writes one record per political event it\n"
          "finds: who did what to whom (source actor, CAMEO event code, target\n"
          "actor), whether it was asserted, alleged, hedged, denied, negated or only\n"
          "intended, who reported it, and why it was coded that way (the dictionary\n"
          "pattern and entries that matched).\n"
          "\n"
          "Commands:\n", f);
    for (size_t i = 0; i < NCOMMANDS; i++) {
      char head[64];
      snprintf(head, sizeof head, "acta %s %s", commands[i].name, commands[i].args);
      fprintf(f, "  %s\n      %s\n", head, commands[i].summary);
    }
    fputs("\nRun `acta COMMAND --help` for a command's own options and examples.\n"
          "\nOptions (the commands that take them in brackets):\n", f);
    for (size_t i = 0; i < NOPTIONS; i++) print_option(f, &options[i], 1);
    fputc('\n', f);
    fputs(record_example, f);
    fputc('\n', f);
    fputs(exit_status, f);
    return;
  }
  fprintf(f, "usage: acta %s %s\n\n%s\nOptions:\n", c->name, c->args, c->about);
  for (size_t i = 0; i < NOPTIONS; i++)
    if (options[i].cmds & CMD_BIT(c->cmd) && options[i].cmds != CMDS_ALL)
      print_option(f, &options[i], 0);
  print_option(f, cli_find_option("--help"), 0);
  if (c->cmd == CMD_CODE) {
    fputc('\n', f);
    fputs(record_example, f);
  }
  fprintf(f, "\nExamples:\n%s\n%s", c->examples, exit_status);
}
