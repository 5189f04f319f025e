/* SPDX-License-Identifier: MIT */
/* cli_data_dir.c: which dictionary directory the acta command reads when
 * neither --data nor ACTA_DATA_DIR says.  It reads /proc/self/exe (the
 * executable's own path) and nothing else:
 *
 *   - run from the build tree it was built in (build/acta), the checkout's
 *     data/, so a fresh build works before and without `make install`, and
 *     installing elsewhere does not change what it reads;
 *   - installed, the share directory beside its bin directory
 *     (PREFIX/bin/../share/acta), so an installed tree may be moved;
 *   - else the directory configured at build time (PREFIX/share/acta).
 *
 * The library itself never guesses from the executable (a program linked
 * against it may live anywhere): it reads its option, ACTA_DATA_DIR, then
 * the configured directory. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef ACTA_DEFAULT_DATA_DIR
#define ACTA_DEFAULT_DATA_DIR "/usr/local/share/acta"
#endif

/* The directory holding the running executable (resolved), or 0. */
static int exe_dir(char *out, size_t outlen) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0 || (size_t)n >= sizeof buf - 1) return 0;
  buf[n] = '\0';
  char *slash = strrchr(buf, '/');
  if (!slash) return 0;
  *slash = '\0';
  if (strlen(buf) >= outlen) return 0;
  if (!buf[0]) strcpy(buf, "/");
  memcpy(out, buf, strlen(buf) + 1);
  return 1;
}

/* Non-zero if both name the same existing directory. */
static int same_dir(const char *a, const char *b) {
  char ra[PATH_MAX], rb[PATH_MAX];
  return realpath(a, ra) && realpath(b, rb) && strcmp(ra, rb) == 0;
}

static int has_dictionaries(const char *dir) {
  char path[PATH_MAX];
  if (snprintf(path, sizeof path, "%s/cameo.txt", dir) >= (int)sizeof path)
    return 0;
  return access(path, R_OK) == 0;
}

const char *cli_data_dir(const char *given, cli_data_source *source,
                         char *buf, size_t buflen) {
  (void)buf;
  (void)buflen;
  if (given && *given) {
    *source = CLI_DATA_OPTION;
    return given;
  }
  const char *env = getenv("ACTA_DATA_DIR");
  if (env && *env) {
    *source = CLI_DATA_ENV;
    return env;
  }
  char dir[PATH_MAX];
  if (exe_dir(dir, sizeof dir)) {
#if defined(ACTA_BUILD_DIR) && defined(ACTA_SOURCE_DATA_DIR)
    if (same_dir(dir, ACTA_BUILD_DIR)) {
      *source = CLI_DATA_BUILD_TREE;
      return ACTA_SOURCE_DATA_DIR;
    }
#endif
#ifdef ACTA_BIN_TO_DATA_DIR
    char rel[PATH_MAX], real[PATH_MAX];
    if (snprintf(rel, sizeof rel, "%s/%s", dir, ACTA_BIN_TO_DATA_DIR) <
            (int)sizeof rel &&
        has_dictionaries(rel) && realpath(rel, real) && strlen(real) < buflen) {
      memcpy(buf, real, strlen(real) + 1);
      *source = CLI_DATA_INSTALLED;
      return buf;
    }
#endif
  }
  *source = CLI_DATA_INSTALLED;
  return ACTA_DEFAULT_DATA_DIR;
}

const char *cli_data_source_name(cli_data_source s) {
  switch (s) {
    case CLI_DATA_OPTION: return "--data";
    case CLI_DATA_ENV: return "ACTA_DATA_DIR";
    case CLI_DATA_BUILD_TREE: return "this build's checkout";
    case CLI_DATA_INSTALLED: return "the installed data";
  }
  return "";
}
