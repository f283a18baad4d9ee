/*
 * pipeline: vfs -> yaml -> front -> graph -> kustomize -> subst -> helm
 * -> validate -> emit.  Read this file first.
 */
#include "pipeline.h"
