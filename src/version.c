/* SPDX-License-Identifier: MIT */
/* version.c: the library's version at run time (acta_version), for
 * programs that load libacta dynamically and cannot see ACTA_VERSION. */
#include "acta.h"

const char *acta_version(void) { return ACTA_VERSION; }
