/* SPDX-License-Identifier: MIT */
/* cache_dir.h: the unit tests' private image cache (ACTA_CACHE) emptied and
 * removed after a suite (test_image.c, test_image_filters.c). */
#ifndef ACTA_TEST_CACHE_DIR_H
#define ACTA_TEST_CACHE_DIR_H

#include <dirent.h>
#include <stdio.h>
#include <unistd.h>

/* Removes the files of directory cache (not its dot files) and the
 * directory itself. */
static inline void remove_cache_dir(const char *cache) {
  DIR *dp = opendir(cache);
  if (dp) {
    struct dirent *e;
    char p[600];
    while ((e = readdir(dp)) != NULL) {
      if (e->d_name[0] == '.') continue;
      snprintf(p, sizeof p, "%s/%s", cache, e->d_name);
      unlink(p);
    }
    closedir(dp);
  }
  rmdir(cache);
}

#endif
