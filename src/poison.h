/* SPDX-License-Identifier: MIT */
/* poison.h: marks the unused tail of a growing buffer unreadable under
 * AddressSanitizer (make check, make fuzz), so that reading past the last
 * token of a text (tokens[n], a per-token array's [n]) is caught although
 * the buffer, grown for a longer text before, holds more; in other builds
 * these do nothing.  review15: ASan alone saw only tokens[-1] and reads
 * past a buffer's whole capacity.  Private to the library. */
#ifndef ACTA_POISON_H
#define ACTA_POISON_H
#include <stddef.h>

#if defined(__SANITIZE_ADDRESS__)
#define ACTA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ACTA_ASAN 1
#endif
#endif

#ifdef ACTA_ASAN
#include <sanitizer/asan_interface.h>
/* Elements [n, cap) of array p (elements of `size` bytes) unreadable;
 * all of them readable again. */
#define acta_poison_tail(p, n, cap, size)                                      \
  ((p) && (cap) > (n)                                                           \
       ? ASAN_POISON_MEMORY_REGION((const char *)(p) + (n) * (size), ((cap) - (n)) * (size)) \
       : (void)0)
#define acta_unpoison(p, cap, size) \
  ((p) ? ASAN_UNPOISON_MEMORY_REGION((p), (cap) * (size)) : (void)0)
#else
#define acta_poison_tail(p, n, cap, size) ((void)0)
#define acta_unpoison(p, cap, size) ((void)0)
#endif

#endif
