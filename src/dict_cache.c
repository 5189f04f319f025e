/* SPDX-License-Identifier: MIT */
/* dict_cache.c: which dictionary image is current and where it is kept.
 *
 * The key of an image is a 128-bit hash of
 *   - the library build (a hash of its sources, acta_build_id.h), the image
 *     format version and the sizes of the tables' elements;
 *   - the bytes of every file the load reads from the data directory
 *     (cameo.txt, events.txt, every .txt of events.d by name, actors.txt,
 *     countries.txt, agents.txt, discards.txt, places.txt, cues.txt), so an
 *     edit takes effect on the next run, whatever its timestamp says;
 *   - the identity (path, size, modification time, inode) of the system
 *     data: WordNet's index and exception files, iso-codes' JSON files, the
 *     part-of-speech model's words.yml and tags.yml and the libgeonames
 *     library (its cities are compiled into it), and the message locale
 *     (libgeonames translates city names).
 * Places, in order: ACTA_CACHE=DIR alone when set (ACTA_CACHE=off: no
 * image); else the data directory (acta-dict.img) and then
 * $XDG_CACHE_HOME/acta (else ~/.cache/acta), named after a hash of the data
 * directory's real path.  Reads, writes: those files; nothing else. */
#define _GNU_SOURCE /* dladdr */
#include "dict_cache.h"
#include "cues.h"

#include "buf.h"
#include "dict_build.h"
#include "dict_image.h"
#include "tagger_model.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <geonames.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if __has_include("acta_build_id.h")
#include "acta_build_id.h"
#endif
#ifndef ACTA_BUILD_ID
/* built without CMake's source hash: the compile time stands in for it */
#define ACTA_BUILD_ID ACTA_VERSION " " __DATE__ " " __TIME__
#endif

/* ---- the key ----------------------------------------------------------- */

/* Appends "name <size> <hash of the bytes>", or "name absent"; -1 when the
 * file exists but cannot be read. */
static int key_file_bytes(acta_buf *k, const char *dir, const char *name) {
  char *path = acta_path_join(dir, name);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  free(path);
  if (fd < 0) {
    if (errno != ENOENT) return -1;
    acta_buf_printf(k, "%s absent\n", name);
    return 0;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return -1;
  }
  size_t n = (size_t)st.st_size, got = 0;
  char *buf = malloc(n ? n : 1);
  if (!buf) abort();
  while (got < n) {
    ssize_t r = read(fd, buf + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    got += (size_t)r;
  }
  close(fd);
  int rc = got == n ? 0 : -1;
  if (rc == 0)
    acta_buf_printf(k, "%s %zu %016llx\n", name, n,
                    (unsigned long long)acta_image_hash(buf, n, 0));
  free(buf);
  return rc;
}

/* Appends "path <size> <mtime> <inode>", or "path absent". */
static void key_file_identity(acta_buf *k, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    acta_buf_printf(k, "%s absent\n", path);
    return;
  }
  acta_buf_printf(k, "%s %lld %lld.%09ld %llu %llu\n", path,
                  (long long)st.st_size, (long long)st.st_mtim.tv_sec,
                  st.st_mtim.tv_nsec, (unsigned long long)st.st_ino,
                  (unsigned long long)st.st_dev);
}

static void key_dir_identity(acta_buf *k, const char *dir,
                             const char *const *names) {
  for (size_t i = 0; names[i]; i++) {
    char *p = acta_path_join(dir, names[i]);
    key_file_identity(k, p);
    free(p);
  }
}

static int compute_key(uint64_t key[2], const char *data, const char *wn,
                       const char *iso, const char *tagger, unsigned flags) {
  acta_buf k;
  acta_buf_init(&k);
  acta_buf_printf(&k, "acta image %u\n%s\n", ACTA_IMAGE_VERSION,
                  ACTA_BUILD_ID);
  acta_buf_printf(&k, "sizes %zu %zu %zu %zu %zu %zu %zu %zu %zu\nflags %u\n",
                  sizeof(void *), sizeof(acta_word_info), sizeof(acta_entry),
                  sizeof(acta_pattern), sizeof(acta_pelem),
                  sizeof(acta_cameo), sizeof(acta_tm_word),
                  sizeof(acta_tm_count), sizeof(acta_cue),
                  flags & ACTA_LOAD_NO_CITIES);
  static const char *const files[] = {"cameo.txt",     "events.txt",
                                      "actors.txt",    "countries.txt",
                                      "agents.txt",    "discards.txt",
                                      "places.txt",    "cues.txt",
                                      NULL};
  int rc = 0;
  for (size_t i = 0; files[i] && rc == 0; i++)
    rc = key_file_bytes(&k, data, files[i]);
  char *ev = acta_path_join(data, "events.d");
  char **names = NULL;
  size_t n = 0;
  if (rc == 0 && acta_list_txt(ev, &names, &n) != 0) rc = -1;
  for (size_t i = 0; i < n; i++) {
    if (rc == 0) {
      acta_buf_puts(&k, "events.d/");
      rc = key_file_bytes(&k, ev, names[i]);
    }
    free(names[i]);
  }
  free(names);
  free(ev);
  static const char *const wn_files[] = {"index.verb", "index.noun",
                                         "index.adj",  "index.adv",
                                         "verb.exc",   "noun.exc", NULL};
  static const char *const iso_files[] = {"iso_3166-1.json",
                                          "iso_3166-2.json", NULL};
  static const char *const tagger_files[] = {"words.yml", "tags.yml", NULL};
  key_dir_identity(&k, wn, wn_files);
  key_dir_identity(&k, iso, iso_files);
  key_dir_identity(&k, tagger, tagger_files);
  Dl_info dl;
  if (dladdr((void *)geonames_get_n_cities, &dl) && dl.dli_fname)
    key_file_identity(&k, dl.dli_fname);
  const char *loc = setlocale(LC_MESSAGES, NULL);
  const char *lang = getenv("LANGUAGE");
  acta_buf_printf(&k, "locale %s %s\n", loc ? loc : "-", lang ? lang : "-");
  key[0] = acta_image_hash(k.data, k.len, 0x61637461u);
  key[1] = acta_image_hash(k.data, k.len, key[0] ^ 0x696d616765u);
  acta_buf_free(&k);
  return rc;
}

/* ---- places ------------------------------------------------------------ */

/* The user's cache directory for images: $XDG_CACHE_HOME/acta, else
 * $HOME/.cache/acta; NULL when neither is set. */
static char *user_cache_dir(void) {
  const char *x = getenv("XDG_CACHE_HOME");
  if (x && *x == '/') return acta_path_join(x, "acta");
  const char *h = getenv("HOME");
  if (h && *h) return acta_path_join(h, ".cache/acta");
  return NULL;
}

static char *image_in(const char *dir, const char *data) {
  char *real = realpath(data, NULL);
  const char *id = real ? real : data;
  char name[64];
  snprintf(name, sizeof name, "dict-%016llx.img",
           (unsigned long long)acta_image_hash(id, strlen(id), 0));
  free(real);
  return acta_path_join(dir, name);
}

int acta_dict_cache_init(acta_dict_cache *c, const char *data,
                         const char *wordnet, const char *iso,
                         const char *tagger, unsigned flags) {
  memset(c, 0, sizeof *c);
  if (flags & ACTA_LOAD_NO_CACHE) return -1;
  const char *env = getenv("ACTA_CACHE");
  if (env && (!strcmp(env, "off") || !strcmp(env, "0") || !strcmp(env, "no"))) {
    if (!(flags & ACTA_LOAD_REBUILD)) return -1;
    env = NULL; /* acta compile asks for an image: the default places */
  }
  if (compute_key(c->key, data, wordnet, iso, tagger, flags) != 0) return -1;
  if (env && *env) {
    c->make_dir[c->npath] = 1;
    c->path[c->npath++] = image_in(env, data);
  } else {
    c->path[c->npath++] = acta_path_join(data, ACTA_IMAGE_NAME);
    char *dir = user_cache_dir();
    if (dir) {
      c->make_dir[c->npath] = 1;
      c->path[c->npath++] = image_in(dir, data);
      free(dir);
    }
  }
  return 0;
}

void acta_dict_cache_free(acta_dict_cache *c) {
  for (size_t i = 0; i < c->npath; i++) free(c->path[i]);
  memset(c, 0, sizeof *c);
}

acta_dict *acta_dict_cache_load(const acta_dict_cache *c,
                                acta_pool *warnings) {
  for (size_t i = 0; i < c->npath; i++) {
    acta_image im;
    char why[128];
    if (acta_image_map(c->path[i], c->key, &im, why, sizeof why) != 0)
      continue;
    acta_dict *d = acta_dict_image_get(&im, warnings);
    if (!d) {
      acta_image_unmap(&im);
      continue;
    }
    d->image = malloc(sizeof im);
    if (!d->image) abort();
    *d->image = im;
    return d;
  }
  return NULL;
}

/* mkdir -p for the user's cache directory (0700: the user's own). */
static int make_dirs(const char *path) {
  char *p = strdup(path);
  if (!p) abort();
  int rc = 0;
  for (char *s = p + 1; rc == 0; s++) {
    if (*s != '/' && *s) continue;
    char c = *s;
    *s = '\0';
    if (mkdir(p, 0700) != 0 && errno != EEXIST) rc = -1;
    *s = c;
    if (!c) break;
  }
  free(p);
  return rc;
}

int acta_dict_cache_store(const acta_dict_cache *c, const acta_dict *d,
                          const acta_pool *warnings, const char *path,
                          char *where, size_t wherelen, char *note,
                          size_t notelen) {
  acta_image_writer *w = acta_image_writer_new();
  acta_dict_image_put(w, d, warnings);
  int rc = -1;
  const char *const *places = path ? &path : (const char *const *)c->path;
  size_t n = path ? 1 : c->npath;
  for (size_t i = 0; i < n && rc != 0; i++) {
    if (path || c->make_dir[i]) {
      /* the cache directory (or the named file's) may not exist yet */
      char *dir = strdup(places[i]);
      if (!dir) abort();
      char *slash = strrchr(dir, '/');
      if (slash && slash != dir) {
        *slash = '\0';
        make_dirs(dir);
      }
      free(dir);
    }
    if (acta_image_write(w, c->key, places[i]) == 0) {
      rc = 0;
      snprintf(where, wherelen, "%s", places[i]);
    } else {
      snprintf(note, notelen, "%s: %s", places[i], strerror(errno));
    }
  }
  acta_image_writer_free(w);
  return rc;
}

/* ---- warnings ---------------------------------------------------------- */

void acta_warnings_add(acta_pool *w, const char *data, const char *msg) {
  size_t dl = strlen(data);
  acta_buf b;
  acta_buf_init(&b);
  if (dl && !strncmp(msg, data, dl) && msg[dl] == '/') {
    acta_buf_putc(&b, 'D'); /* relative to the data directory */
    acta_buf_puts(&b, msg + dl + 1);
  } else {
    acta_buf_putc(&b, 'A');
    acta_buf_puts(&b, msg);
  }
  acta_pool_add(w, b.data, b.len);
  acta_buf_free(&b);
}

int acta_warnings_replay(const acta_pool *w, const char *data, int strict,
                         void (*warn)(void *, const char *), void *ud,
                         char *err, size_t errlen) {
  acta_buf b;
  acta_buf_init(&b);
  for (size_t off = 0; off < w->len; off += strlen(w->data + off) + 1) {
    const char *s = w->data + off;
    if (*s != 'D' && *s != 'A') continue;
    acta_buf_clear(&b);
    if (*s == 'D') {
      acta_buf_puts(&b, data);
      acta_buf_putc(&b, '/');
    }
    acta_buf_puts(&b, s + 1);
    const char *msg = acta_buf_cstr(&b);
    if (strict) {
      snprintf(err, errlen, "%s", msg);
      acta_buf_free(&b);
      return -1;
    }
    if (warn) warn(ud, msg);
  }
  acta_buf_free(&b);
  return 0;
}
