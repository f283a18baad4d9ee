/*
 * kustomize: a kustomize v5 build engine (kustomization files, resources,
 * components, generators, transformers, patches, name references,
 * replacements) plus Flux's overlay fields.
 *
 * Output objects are fx_node mappings allocated from the caller's arena,
 * in build order (or kubectl's legacy order when asked).
 */
#ifndef FX_KUSTOMIZE_H
#define FX_KUSTOMIZE_H

#include "base/base.h"
#include "vfs/vfs.h"
#include "yaml/yaml.h"

typedef enum {
	FX_KUST_LOAD_ROOT_ONLY = 0, /* kustomize's default */
	FX_KUST_LOAD_NONE = 1,      /* Flux: only the tree's root confines */
} fx_kust_load_restrictor;

typedef enum {
	FX_KUST_REORDER_LEGACY = 0, /* kubectl kustomize's default */
	FX_KUST_REORDER_NONE = 1,   /* input order, as Flux builds */
} fx_kust_reorder;

typedef struct {
	fx_kust_load_restrictor load_restrictor;
	fx_kust_reorder reorder;
	/* Flux Kustomization spec (a mapping) whose overlay fields
	 * (targetNamespace, namePrefix, nameSuffix, patches, images,
	 * components, patchesStrategicMerge, patchesJson6902, buildMetadata,
	 * ignoreMissingComponents) are merged into the root kustomization
	 * before the build, as kustomize-controller does (flux.md 3.4); NULL
	 * for a plain kustomize build. */
	const fx_node *flux_spec;
	/* Flux builds generate a kustomization for a directory without one
	 * (flux.md 3.3); plain kustomize fails instead. */
	bool generate_missing;
	/* `kubectl kustomize --enable-managedby-label`: label every object
	 * app.kubernetes.io/managed-by (also set by buildMetadata
	 * managedByLabel). */
	bool managed_by_label;
} fx_kust_opts;

/* Builds directory `dir` of tree `fs`.  Objects (fx_node *) are pushed
 * onto objs_out, allocated in `a`.  Errors are recorded located (file of
 * the kustomization or resource, line:col of the offending entry) and a
 * negative code is returned; unsupported features fail with an
 * "unsupported: ..." error. */
int fx_kust_build(fx_ctx *ctx, fx_arena *a, fx_vfs *fs, const char *dir, const fx_kust_opts *opts,
		  fx_ptrvec *objs_out);

#endif
