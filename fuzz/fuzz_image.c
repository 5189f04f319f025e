/* SPDX-License-Identifier: MIT */
/* fuzz_image.c: libFuzzer target for the dictionary image reader
 * (src/image.c, src/dict_image.c, src/gazetteer_image.c).
 *
 * At start-up the small fixed base (fuzz/base/) is compiled into an image
 * in memory.  An input that starts with the image magic ("ACTAIMG\0") is a
 * whole image; any other input is a list of patches to the base image,
 * each a 4-byte little-endian offset and a length byte followed by that
 * many bytes to write there (length 0: cut the image at the offset), so
 * that small inputs reach every table.  The image is opened without its
 * checksum (a crafted image could carry a right one) and its tables read
 * back; every index must be checked: when they are accepted, sentences are
 * coded and rendered with them.  Nothing may crash, hang or read out of
 * bounds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "acta.h"
#include "dict_build.h"
#include "dict_cache.h"
#include "dict_image.h"
#include "fuzz_base.h"
#include "image.h"

static unsigned char *base;
static size_t base_len;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  char data[4096], path[4096], err[1024], stored[4096], note[1024];
  snprintf(data, sizeof data, "%s/data", fuzz_base_dir());
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/acta-fuzz-image-%ld.img",
           tmp && *tmp ? tmp : "/tmp", (long)getpid());
  acta_dict_options opt;
  fuzz_base_options(&opt, data);
  acta_load_how how;
  memset(&how, 0, sizeof how);
  how.flags = ACTA_LOAD_REBUILD | ACTA_LOAD_NO_CITIES;
  how.image_path = path;
  how.stored = stored;
  how.storedlen = sizeof stored;
  how.note = note;
  how.notelen = sizeof note;
  acta_dict *d = acta_dict_load_ex(&opt, &how, err, sizeof err);
  if (!d || !stored[0]) {
    fprintf(stderr, "fuzz_image: cannot compile the base %s: %s%s\n", data,
            err, note);
    exit(1);
  }
  acta_dict_free(d);
  base = (unsigned char *)fuzz_read_file(path, &base_len);
  unlink(path);
  if (!base) {
    fprintf(stderr, "fuzz_image: cannot read %s\n", path);
    exit(1);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int whole = size >= 8 && memcmp(data, "ACTAIMG", 8) == 0;
  size_t len = whole ? size : base_len;
  /* 64-byte aligned, as a mapping is */
  unsigned char *img = aligned_alloc(64, (len + 64) / 64 * 64);
  if (!img) abort();
  memcpy(img, whole ? data : base, len);
  if (!whole) {
    size_t i = 0;
    while (i + 5 <= size) {
      uint32_t off = (uint32_t)data[i] | (uint32_t)data[i + 1] << 8 |
                     (uint32_t)data[i + 2] << 16 | (uint32_t)data[i + 3] << 24;
      size_t n = data[i + 4];
      i += 5;
      if (n == 0) {
        len = off % (len + 1);
        continue;
      }
      if (n > size - i) n = size - i;
      if (len) {
        size_t at = off % len;
        size_t put = n < len - at ? n : len - at;
        memcpy(img + at, data + i, put);
      }
      i += n;
    }
  }
  acta_image im;
  char why[128];
  if (acta_image_open_memory(img, len, 0, &im, why, sizeof why) == 0) {
    acta_pool warnings;
    acta_dict *d = acta_dict_image_get(&im, &warnings);
    if (d) {
      d->image = malloc(sizeof im);
      if (!d->image) abort();
      *d->image = im; /* memory, not a mapping: only the struct is freed */
      acta_warnings_replay(&warnings, "data", 0, fuzz_quiet, NULL, NULL, 0);
      fuzz_code_sentences(d);
      acta_dict_free(d);
    }
  } else if (!memchr(why, '\0', sizeof why)) {
    abort();
  }
  free(img);
  return 0;
}
