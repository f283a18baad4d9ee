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

/* ------------------------------------------------------------------ */
/* Merge keys of built-in kinds (mergekeys.c)                           */

/* A position in the built-in schema: a definition (object) or an array
 * field of one.  `def` 0 is a known field whose subtree holds no merge
 * list ("opaque"); `present` false means no schema at all (unknown kind
 * or field).  Plain value, no ownership. */
/* A custom OpenAPI document (a kustomization's `openapi: path:`): it
 * replaces the built-in schema; with `with_builtin` the built-in
 * definitions are loaded after it and win where both define a name or
 * kind (kustomize does that when the custom schema was set by a
 * kustomization below the root, after the built-in one was asked for). */
typedef struct {
	const fx_node *doc; /* the document: {definitions: {...}} */
	bool with_builtin;
} fx_kust_openapi;

typedef struct {
	bool present;
	bool is_array;       /* an array field: strategy/keys apply, items = def */
	uint16_t def;        /* object definition (or the array's items) */
	const char *strategy; /* x-kubernetes-patch-strategy, "" when none */
	const char *keys;     /* merge keys, comma-separated, "" when none */
	const fx_node *dyn;   /* custom schema node (then def is unused), or NULL */
	const fx_kust_openapi *oa; /* the custom schema in force, or NULL */
} fx_kust_sref;

/* Schema of a top-level object by apiVersion and kind (absent when the
 * kind is not built in). */
fx_kust_sref fx_kust__schema_for(const char *api_version, const char *kind);
/* Schema of field `key` of an object schema (absent when unknown). */
fx_kust_sref fx_kust__schema_field(fx_kust_sref s, const char *key);
/* Schema of the elements of an array schema. */
fx_kust_sref fx_kust__schema_items(fx_kust_sref s);
/* The built-in definition index of a definition name (0: opaque or
 * unknown). */
uint16_t fx_kust__schema_def_index(const char *name, bool *known);

/* The same three lookups with a custom schema in force (mergekeys_custom.c);
 * oa NULL means the built-in schema. */
fx_kust_sref fx_kust__oa_schema_for(const fx_kust_openapi *oa, const char *api_version,
				    const char *kind);
fx_kust_sref fx_kust__oa_field(fx_kust_sref s, const char *key);
fx_kust_sref fx_kust__oa_items(fx_kust_sref s);
/* The merge keys of a position, comma-separated (arena-owned or static). */
const char *fx_kust__oa_keys(fx_arena *a, fx_kust_sref s);

/* fx_kust__smp_apply with a custom OpenAPI schema in force (NULL: the
 * built-in one). */
int fx_kust__smp_apply_ex(fx_ctx *ctx, fx_arena *a, fx_node *obj, const fx_node *patch,
			  const fx_kust_openapi *oa, bool *deleted);

/* ------------------------------------------------------------------ */
/* Replacements with the build's knowledge (replacements.c)             */

/* An identity as kustomize's ResId: strings, "" when absent. */
typedef struct {
	const char *group, *version, *kind, *name, *ns;
} fx_kust_rid;

/* What the replacements transformer asks of the build; any member may be
 * NULL (then: no previous ids; a built-in label selector matcher). */
typedef struct {
	void *ud;
	/* Earlier identities of objs[i] (before renames), at most cap of
	 * them written to out; returns how many. */
	size_t (*prev_ids)(void *ud, size_t i, fx_kust_rid *out, size_t cap);
	/* Kubernetes label selector `expr` against a labels mapping. */
	int (*selector_match)(void *ud, const char *expr, fx_loc at, const fx_node *labels,
			      bool *out);
} fx_kust_repl_hooks;

/* fx_kust__replacements_apply with hooks (NULL: none). */
int fx_kust__replacements_apply_hooks(fx_ctx *ctx, fx_arena *a, fx_ptrvec *objs,
				      const fx_node *replacements, const fx_kust_repl_hooks *hooks);

#ifdef FX_KUST_KUST_H
/* The replacements transformer over an accumulator's resources
 * (fx_kust__res *), with their previous identities and the build's label
 * selector matcher: what the build should call. */
int fx_kust__replacements_apply_res(fx_kust__build *b, fx_ptrvec *res,
				    const fx_node *replacements);
#endif

#endif
