/*
 * front: declarations shared by the files of the stage (not a public
 * interface; other stages include front/front.h only).
 */
#ifndef FX_FRONT_INTERNAL_H
#define FX_FRONT_INTERNAL_H

#include "front/front.h"

/* Whether `version` is served today for kind k. */
bool fx_front__version_served(fx_flux_kind k, const char *version);
/* The served version a legacy one is read as; static. */
const char *fx_front__served_version(fx_flux_kind k);

#endif
