/* SPDX-License-Identifier: MIT */
/* dict_cache.h: where dictionary images are kept and which one is current:
 * the key of the sources an image is compiled from, the places it is
 * looked for and written to, and the replay of the load's warnings.
 * Private to the library. */
#ifndef ACTA_DICT_CACHE_H
#define ACTA_DICT_CACHE_H
#include <stdint.h>

#include "dict.h"
#include "dict_build.h"

/* The file name of the image next to the data. */
#define ACTA_IMAGE_NAME "acta-dict.img"

typedef struct acta_dict_cache {
  uint64_t key[2];
  char *path[2];           /* where images are looked for, in order */
  uint8_t make_dir[2];     /* create the directory before writing */
  size_t npath;
} acta_dict_cache;

/* Computes the key of the sources (see dict_cache.c) and the places to
 * look.  0; -1 when there is no cache (ACTA_CACHE=off unless flags has
 * ACTA_LOAD_REBUILD, or a source that cannot be read: parsing it will
 * report that). */
int acta_dict_cache_init(acta_dict_cache *c, const char *data,
                         const char *wordnet, const char *iso,
                         const char *tagger, unsigned flags);
void acta_dict_cache_free(acta_dict_cache *c);
/* The dictionaries mapped from the first current image, or NULL (none, or
 * only stale and corrupt ones: they are rebuilt).  warnings gets the
 * warnings stored with it (in the image). */
acta_dict *acta_dict_cache_load(const acta_dict_cache *c, acta_pool *warnings);
/* Writes d's image (to `path`, else to the first place that takes it).
 * 0 with the place in `where`; -1 with the reason in `note`. */
int acta_dict_cache_store(const acta_dict_cache *c, const acta_dict *d,
                          const acta_pool *warnings, const char *path,
                          char *where, size_t wherelen, char *note,
                          size_t notelen);

/* Warnings of a load, kept for the image: a message about a file of the
 * data directory is stored relative to it, so that a run that names the
 * directory otherwise ("data" or "/abs/data") reads the same words. */
void acta_warnings_add(acta_pool *w, const char *data, const char *msg);
/* Replays stored warnings: through warn, or (strict) the first one as
 * the error: returns -1 then. */
int acta_warnings_replay(const acta_pool *w, const char *data, int strict,
                         void (*warn)(void *, const char *), void *ud,
                         char *err, size_t errlen);

#endif
