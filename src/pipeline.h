/*
 * pipeline: the stages called in order (see pipeline.c).
 */
#ifndef FX_PIPELINE_H
#define FX_PIPELINE_H

#include "base/base.h"

#endif
