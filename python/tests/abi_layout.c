/* SPDX-License-Identifier: MIT */
/* abi_layout.c: prints, as JSON, the size of each struct of acta.h that
 * the Python package declares (python/acta/_cdef.py) and the offset of each
 * of its fields, as the C compiler lays them out, and the macros _cdef.py
 * copies.  test_abi_layout.py compares them with what cffi computes from
 * _cdef.py: in ABI mode nothing else checks that the two agree.
 * Reads nothing; writes stdout. */
#include <stddef.h>
#include <stdio.h>

#include "acta.h"

#define STRUCT(t) printf("%s\"%s\":{\"size\":%zu,\"fields\":{", first_struct ? "" : ",", #t, sizeof(t)), first_struct = 0, first_field = 1
#define FIELD(t, f) printf("%s\"%s\":%zu", first_field ? "" : ",", #f, offsetof(t, f)), first_field = 0
#define END() printf("}}")

int main(void) {
  int first_struct = 1, first_field = 1;
  printf("{\"structs\":{");
  STRUCT(acta_dict_options);
  FIELD(acta_dict_options, data_dir);
  FIELD(acta_dict_options, wordnet_dir);
  FIELD(acta_dict_options, iso_codes_dir);
  FIELD(acta_dict_options, tagger_dir);
  FIELD(acta_dict_options, strict);
  FIELD(acta_dict_options, warn);
  FIELD(acta_dict_options, warn_ud);
  FIELD(acta_dict_options, petrarch_verbs);
  FIELD(acta_dict_options, petrarch_actors);
  FIELD(acta_dict_options, petrarch_agents);
  FIELD(acta_dict_options, petrarch_discards);
  FIELD(acta_dict_options, layer);
  END();
  STRUCT(acta_article);
  FIELD(acta_article, id);
  FIELD(acta_article, date);
  FIELD(acta_article, publisher);
  FIELD(acta_article, url);
  FIELD(acta_article, title);
  FIELD(acta_article, text);
  FIELD(acta_article, text_len);
  FIELD(acta_article, parse);
  FIELD(acta_article, parse_len);
  END();
  STRUCT(acta_jsonl_fields);
  FIELD(acta_jsonl_fields, id);
  FIELD(acta_jsonl_fields, text);
  FIELD(acta_jsonl_fields, date);
  FIELD(acta_jsonl_fields, default_id);
  END();
  printf("},\"version\":\"%s\",\"default_max_article_bytes\":%zu}\n",
         ACTA_VERSION, (size_t)ACTA_DEFAULT_MAX_ARTICLE_BYTES);
  return 0;
}
