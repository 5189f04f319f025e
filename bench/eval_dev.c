/* SPDX-License-Identifier: MIT */
/* eval_dev.c: measures acta on a labelled dev set of news sentences
 * (JSON lines with "text" and "pentaclass" 0-4), reporting how many get an
 * event and how often the first event's class matches the label, with a
 * confusion matrix.  Usage: acta-eval-dev FILE.jsonl [--misses] */
#include "acta.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CAMEO root -> pentaclass (0 statement/appeal, 1 verbal coop, 2 material
 * coop, 3 verbal conflict, 4 material conflict). */
static int pentaclass(const char *root) {
  int r = atoi(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: acta-eval-dev FILE.jsonl [--misses]\n");
    return 2;
  }
  int misses = argc > 2 && !strcmp(argv[2], "--misses");
  char err[512];
  acta_dict *d = acta_dict_load(NULL, err, sizeof err);
  if (!d) { fprintf(stderr, "acta-eval-dev: %s\n", err); return 3; }
  acta_coder *c = acta_coder_new(d);
  FILE *f = fopen(argv[1], "r");
  if (!f) { perror(argv[1]); return 4; }
  char *line = NULL;
  size_t cap = 0;
  long n = 0, with_event = 0, match = 0, conf[5][6] = {{0}};
  while (getline(&line, &cap, f) > 0) {
    json_error_t je;
    json_t *o = json_loads(line, 0, &je);
    if (!o) continue;
    const char *text = json_string_value(json_object_get(o, "text"));
    json_t *lab = json_object_get(o, "pentaclass");
    if (!text || !json_is_integer(lab)) { json_decref(o); continue; }
    int label = (int)json_integer_value(lab);
    if (label < 0 || label > 4) { json_decref(o); continue; }
    acta_article a = {.id = json_string_value(json_object_get(o, "id")),
                      .text = text, .text_len = strlen(text)};
    n++;
    int got = 5;
    if (acta_code_article(c, &a) == 0) {
      size_t ne;
      const acta_event *ev = acta_events(c, &ne);
      if (ne) {
        with_event++;
        got = pentaclass(ev[0].root);
        if (got == label) match++;
      }
    }
    conf[label][got]++;
    if (misses && got != label)
      printf("MISS label=%d got=%s %s\n", label,
             got == 5 ? "none" : (char[]){(char)('0' + got), 0}, text);
    json_decref(o);
  }
  free(line);
  fclose(f);
  printf("sentences %ld\nwith an event %ld (%.1f%%)\n", n, with_event,
         n ? 100.0 * with_event / n : 0.0);
  printf("first event's class = label: %ld (%.1f%% of coded, %.1f%% of all)\n",
         match, with_event ? 100.0 * match / with_event : 0.0,
         n ? 100.0 * match / n : 0.0);
  printf("confusion (rows: label 0-4; columns: coded class 0-4, none)\n");
  for (int i = 0; i < 5; i++) {
    printf("  %d:", i);
    for (int j = 0; j < 6; j++) printf(" %5ld", conf[i][j]);
    printf("\n");
  }
  acta_coder_free(c);
  acta_dict_free(d);
  return 0;
}
