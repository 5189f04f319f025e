/* SPDX-License-Identifier: MIT */
/* status_names.c: the names of event statuses and evidence kinds as the
 * records write them ("asserted", "none_offered").  Reads nothing; the coder's
 * explanations and every renderer (JSON, TSV, claims) use them, so they live
 * apart from all of those. */
#include "acta.h"

const char *acta_status_name(acta_status s) {
  switch (s) {
    case ACTA_ASSERTED: return "asserted";
    case ACTA_ALLEGED: return "alleged";
    case ACTA_HEDGED: return "hedged";
    case ACTA_DENIED: return "denied";
    case ACTA_NEGATED: return "negated";
    case ACTA_INTENDED: return "intended";
  }
  return "asserted";
}

const char *acta_evidence_name(acta_evidence e) {
  switch (e) {
    case ACTA_EVIDENCE_NONE_OFFERED: return "none_offered";
    case ACTA_EVIDENCE_CLAIMED: return "claimed";
    case ACTA_EVIDENCE_CITED: return "cited";
    default: return NULL;
  }
}
