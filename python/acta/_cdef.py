# SPDX-License-Identifier: MIT
"""_cdef.py: the part of src/acta.h the package calls, as cffi declarations.

ABI mode (ffi.dlopen) lays out structs from these declarations, not from
acta.h itself, so they must match it field for field: python/tests/
test_abi_layout.py compares every struct here with the sizes and offsets a
C program compiled against acta.h prints (python/tests/abi_layout.c).  When
acta.h changes one of these structs, change it here and there too.
Opaque types (acta_dict, acta_coder, acta_event) are only passed by pointer.
"""

CDEF = """
const char *acta_version(void);

typedef struct acta_dict acta_dict;
typedef struct acta_dict_options {
  const char *data_dir;
  const char *wordnet_dir;
  const char *iso_codes_dir;
  const char *tagger_dir;
  int strict;
  void (*warn)(void *ud, const char *message);
  void *warn_ud;
  const char *petrarch_verbs;
  const char *const *petrarch_actors;
  const char *petrarch_agents;
  const char *petrarch_discards;
  int layer;
} acta_dict_options;
acta_dict *acta_dict_load(const acta_dict_options *opt, char *err,
                          size_t errlen);
void acta_dict_free(acta_dict *d);

typedef struct acta_article {
  const char *id;
  const char *date;
  const char *publisher;
  const char *url;
  const char *title;
  const char *text;
  size_t text_len;
  const char *parse;
  size_t parse_len;
} acta_article;

typedef struct acta_jsonl_fields {
  const char *id, *text, *date;
  const char *default_id;
} acta_jsonl_fields;
int acta_parse_jsonl_record(const char *line, size_t len,
                            const acta_jsonl_fields *fields,
                            acta_article *out, char **owned, char *err,
                            size_t errlen);
void acta_record_free(char *owned);

typedef struct acta_coder acta_coder;
typedef struct acta_event acta_event;
acta_coder *acta_coder_new(const acta_dict *d);
void acta_coder_free(acta_coder *c);
void acta_coder_set_max_article_bytes(acta_coder *c, size_t max_bytes);
int acta_code_article(acta_coder *c, const acta_article *a);
const char *acta_coder_error(const acta_coder *c);
const acta_event *acta_events(const acta_coder *c, size_t *count);
size_t acta_sentence_count(const acta_coder *c);
const char *acta_render_json(acta_coder *c, const acta_article *a,
                             size_t *len);
void acta_coder_set_event_id_base(acta_coder *c, const char *base);
const char *acta_render_error(acta_coder *c, const char *doc_id, long line,
                              const char *message, size_t *len);
"""

# The structs whose layout the ABI test checks (every struct above).
STRUCTS = ("acta_dict_options", "acta_article", "acta_jsonl_fields")

# ACTA_DEFAULT_MAX_ARTICLE_BYTES in acta.h (a macro: not visible through
# the library); the ABI test checks it too.
DEFAULT_MAX_ARTICLE_BYTES = 2 << 20
