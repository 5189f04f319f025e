/* SPDX-License-Identifier: MIT */
/* gazetteer_image.h: the gazetteer's tables written into and mapped from
 * the dictionary image (see image.h).  Private to the library. */
#ifndef ACTA_GAZETTEER_IMAGE_H
#define ACTA_GAZETTEER_IMAGE_H
#include "gazetteer.h"
#include "image.h"

/* Adds the gazetteer's sections (their data is g's: keep g until the
 * image is written). */
void acta_gazetteer_image_put(acta_image_writer *w, const acta_gazetteer *g);
/* A gazetteer whose tables point into im (which must outlive it), every
 * index checked; NULL when a section is missing or bad.  Freed by
 * acta_gazetteer_free, which leaves the image alone. */
acta_gazetteer *acta_gazetteer_image_get(const acta_image *im);

#endif
