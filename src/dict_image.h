/* SPDX-License-Identifier: MIT */
/* dict_image.h: the compiled dictionaries (acta_dict) written into and
 * mapped from the dictionary image (see image.h).  Private to the
 * library. */
#ifndef ACTA_DICT_IMAGE_H
#define ACTA_DICT_IMAGE_H
#include "dict.h"
#include "image.h"

/* Adds every table of d and its gazetteer, and the load's warnings (a pool
 * of NUL-terminated messages), as sections.  The data stays d's and
 * warnings': keep both until the image is written. */
void acta_dict_image_put(acta_image_writer *w, const acta_dict *d,
                         const acta_pool *warnings);
/* A dictionary whose tables point into im, every index checked; NULL when
 * a section is missing or bad.  warnings (if not NULL) gets the stored
 * warnings, also in the image.  The caller hands im to d (d->image) so
 * that acta_dict_free unmaps it. */
acta_dict *acta_dict_image_get(const acta_image *im, acta_pool *warnings);

#endif
