/*
 * kustomize (internal): patch engines and replacements.
 *
 * Strategic merge patches (with Kubernetes merge keys and patch
 * strategies for built-in kinds, JSON-merge behaviour for custom
 * resources), JSON 6902 patches, and the replacements transformer.  The
 * build (build.c and friends) selects targets and calls these; they
 * mutate objects in place.  All nodes live in the build's arena.
 */
#ifndef FX_KUST_PATCH_H
#define FX_KUST_PATCH_H

#include "kustomize/kustomize.h"

/* Applies strategic merge patch `patch` (a mapping; may carry $patch,
 * $setElementOrder/..., $retainKeys, $deleteFromPrimitiveList/...) to
 * `obj` in place.  `obj`'s apiVersion/kind select the merge keys; unknown
 * kinds merge lists by replacement (JSON merge patch semantics).  When the
 * patch deletes the whole object ($patch: delete at the top), *deleted is
 * set and obj is left unchanged.  Errors are located at the patch. */
int fx_kust__smp_apply(fx_ctx *ctx, fx_arena *a, fx_node *obj, const fx_node *patch, bool *deleted);

/* Applies a JSON 6902 operation list (a sequence of {op, path, value,
 * from}) to `*obj` in place; *obj may be replaced (op on the root). */
int fx_kust__json6902_apply(fx_ctx *ctx, fx_arena *a, fx_node **obj, const fx_node *ops);

/* Parses patch text (YAML or JSON) that may hold either a strategic merge
 * patch (one or more documents) or a JSON 6902 list; sets *is_json6902.
 * Documents go to docs_out. */
int fx_kust__patch_parse(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *text, size_t len,
			 bool *is_json6902, fx_ptrvec *docs_out);

/* The replacements transformer over all objects of a build (in order):
 * `replacements` is the kustomization's list after files were inlined. */
int fx_kust__replacements_apply(fx_ctx *ctx, fx_arena *a, fx_ptrvec *objs, const fx_node *replacements);

#endif
