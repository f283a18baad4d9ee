/*
 * kustomize (internal): the data shared by the files of the build engine.
 *
 * A build walks kustomization directories depth first.  Each directory
 * is a target (fx_kust__target): its kustomization file (a mapping whose
 * keys were normalised to kustomize's field names), its directory in the
 * tree, and whether it is a Component.  Resources accumulate in an
 * fx_kust__accum: an ordered list of fx_kust__res plus the transformer
 * configuration (field specs) and the legacy vars gathered so far.
 *
 * A resource keeps its object (an fx_node mapping) and its identity
 * history: every (kind, namespace, name) it had before a transformer
 * renamed it, which name references and patch targets consult.
 * The patch engines live behind patch.h; everything else here.
 */
#ifndef FX_KUST_KUST_H
#define FX_KUST_KUST_H

#include "kustomize/kustomize.h"

/* ------------------------------------------------------------------ */
/* Field specs (transformer configurations)                            */

typedef struct {
	const char *group, *version, *kind; /* NULL or "" matches any */
	const char *path;                   /* "spec/template/metadata/labels" */
	bool create;
} fx_kust__fspec;

typedef struct {
	fx_kust__fspec *items;
	size_t len, cap;
} fx_kust__fspecs;

typedef struct {
	const char *group, *version, *kind; /* the referenced kind */
	fx_kust__fspecs refs;               /* fields of referrers naming it */
} fx_kust__nameref;

typedef struct {
	fx_kust__fspecs prefix, suffix, namespace, common_labels, metadata_labels,
		template_labels, annotations, images, replicas, varref;
	fx_kust__nameref *namerefs;
	size_t n_namerefs, cap_namerefs;
} fx_kust__tconfig;

/* The built-in tables (fieldspecs_data.c): as kustomize reads them
 * (sorted), and merged into an empty config.  Shared and read-only: their
 * lists have cap 0, so growing one copies it first; never sort them. */
void fx_kust__tconfig_default(fx_kust__tconfig *out);
void fx_kust__tconfig_builtin(fx_kust__tconfig *out);
/* kustomize's TransformerConfig.Merge: entries of src that no entry of
 * dst covers (same path, dst's gvk selected by src's) are appended, then
 * every list is sorted by gvk (legacy kind order). */
void fx_kust__tconfig_merge(fx_arena *a, fx_kust__tconfig *dst, const fx_kust__tconfig *src);
void fx_kust__tconfig_sort(fx_kust__tconfig *tc);
void fx_kust__tconfig_copy(fx_arena *a, fx_kust__tconfig *dst, const fx_kust__tconfig *src);
/* Adds unless covered / appends unconditionally. */
void fx_kust__fspecs_add(fx_arena *a, fx_kust__fspecs *l, const fx_kust__fspec *fs);
void fx_kust__fspecs_push(fx_arena *a, fx_kust__fspecs *l, const fx_kust__fspec *fs);
void fx_kust__nameref_add(fx_arena *a, fx_kust__tconfig *tc, const fx_kust__nameref *nr);
/* Parses a configurations file (same format as the tables). */
int fx_kust__tconfig_parse(fx_ctx *ctx, fx_arena *a, const fx_node *doc, fx_kust__tconfig *out);
/* Does the field spec's gvk select the object? */
bool fx_kust__fspec_matches(const fx_kust__fspec *fs, const fx_node *obj);

/* ------------------------------------------------------------------ */
/* Resources and their identity                                        */

typedef struct {
	const char *group; /* may point into "group/version": use glen */
	size_t glen;
	const char *version, *kind, *ns, *name;
} fx_kust__resid;

enum {
	FX_KUST_BEHAVIOR_NONE = 0, /* an ordinary resource */
	FX_KUST_BEHAVIOR_CREATE,
	FX_KUST_BEHAVIOR_MERGE,
	FX_KUST_BEHAVIOR_REPLACE,
};

typedef struct fx_kust__res {
	fx_node *obj;
	fx_loc loc;
	fx_ptrvec prev; /* fx_kust__resid *: earlier ids, oldest first */
	fx_ptrvec prefixes, suffixes; /* const char *: applied, in order */
	int behavior;     /* generated resources: create/merge/replace */
	bool needs_hash;  /* generated, hash suffix pending */
	bool hashed;      /* a hash suffix was added */
	const char *origin_path;      /* buildMetadata originAnnotations */
	const char *origin_generator; /* configMapGenerator entries */
	fx_ptrvec ref_vars;          /* const char *: legacy vars naming it */
	fx_ptrvec transforms;        /* const char *: buildMetadata transformerAnnotations */
} fx_kust__res;

/* Pushes onto a vector whose storage lives in the arena (the vectors
 * of fx_kust__res; never disposed). */
void fx_kust__vpush(fx_arena *a, fx_ptrvec *v, void *p);
/* Identity of an object: strings borrowed from the object or "". */
void fx_kust__resid_of(const fx_node *obj, fx_kust__resid *out);
/* Original identity (first previous id, or the current one). */
void fx_kust__res_orig(const fx_kust__res *r, fx_kust__resid *out);
/* "Kind.version.group/name.namespace" as kustomize prints ids. */
const char *fx_kust__resid_str(fx_arena *a, const fx_kust__resid *id);
bool fx_kust__resid_eq(const fx_kust__resid *x, const fx_kust__resid *y);
/* Kinds that have no namespace. */
bool fx_kust__kind_cluster_scoped(const char *kind);
bool fx_kust__res_cluster_scoped(const fx_kust__res *r);
/* Records the current id as a previous one (before a rename). */
void fx_kust__res_store_prev(fx_arena *a, fx_kust__res *r);
fx_kust__res *fx_kust__res_new(fx_arena *a, fx_node *obj, fx_loc loc);
fx_kust__res *fx_kust__res_copy(fx_arena *a, const fx_kust__res *r);
/* Namespace equality as kustomize: "" and "default" are the same. */
bool fx_kust__ns_eq(const char *x, const char *y);

/* Parses a resource file into objects (lists expanded, empty documents
 * skipped).  `what` names the file for messages. */
int fx_kust__parse_resources(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
			     fx_loc at, fx_ptrvec *objs_out);

/* ------------------------------------------------------------------ */
/* Accumulator and build state                                         */

typedef struct {
	const char *name;
	fx_kust__resid target; /* objref */
	const char *fieldpath;
	fx_loc loc;
} fx_kust__var;

typedef struct {
	fx_ptrvec res; /* fx_kust__res * in order */
	const fx_kust__tconfig *cfg; /* field specs merged so far (NULL: none) */
	fx_ptrvec vars; /* fx_kust__var * */
} fx_kust__accum;

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	fx_vfs *fs;
	const fx_kust_opts *opts;
	fx_ptrvec roots; /* const char *: the chain of directories being built */
	fx_node *root_k; /* root kustomization (for buildMetadata / sortOptions) */
	bool flux;       /* Flux semantics (lossy schema) */
	bool origin;     /* buildMetadata: originAnnotations */
	bool transformer_annotations;
	const void *openapi;      /* fx_kust_openapi * (patch.h) in force, or NULL */
	bool openapi_set;         /* a schema (custom or built-in version) was chosen */
	fx_kust__tconfig dflt;    /* the built-in field specs, sorted */
	fx_kust__tconfig builtin; /* the same merged into an empty config */
} fx_kust__build;

/* The field specs in force for an accumulator: the built-ins, plus its
 * configurations when it has any.  Owned by the build / accumulator. */
const fx_kust__tconfig *fx_kust__cfg(fx_kust__build *b, fx_kust__accum *ra);
/* Merges a config into an accumulator's (kustomize's MergeConfig). */
void fx_kust__accum_add_cfg(fx_kust__build *b, fx_kust__accum *ra, const fx_kust__tconfig *tc);

typedef struct {
	fx_kust__build *b;
	const char *dir;  /* directory of the kustomization in the tree */
	const char *kfile_path; /* path of the kustomization file ("" if generated) */
	uint32_t file;    /* source id of the kustomization file */
	fx_node *k;       /* the kustomization (normalised field names) */
	bool is_component;
	bool is_root;
	const char *origin_prefix; /* path of this directory relative to the root */
} fx_kust__target;

void fx_kust__accum_init(fx_kust__accum *ra, fx_arena *a);
void fx_kust__accum_dispose(fx_kust__accum *ra);
/* Appends a resource; an id already present is an error at `at`. */
int fx_kust__accum_append(fx_kust__build *b, fx_kust__accum *ra, fx_kust__res *r, fx_loc at,
			  const char *what);
/* Builds the target at `dir` into `ra` (resources, generators,
 * components, transformers). */
int fx_kust__accumulate_target(fx_kust__target *kt, fx_kust__accum *ra);

/* ------------------------------------------------------------------ */
/* Kustomization files                                                  */

/* Finds the kustomization file in `dir`: sets *path_out (arena) or
 * NULL when there is none; several is an error. */
int fx_kust__find_kfile(fx_kust__build *b, const char *dir, fx_loc at, const char **path_out);
/* Loads and normalises the kustomization of `dir` (or generates one when
 * allowed).  `at` locates errors about the directory. */
int fx_kust__load_target(fx_kust__build *b, const char *dir, fx_loc at, bool root,
			 fx_kust__target *out);
/* Validates the openapi field of a target. */
int fx_kust__check_openapi(fx_kust__target *kt, bool root);
/* Flux's generated kustomization for `dir` (flux.md 3.3). */
int fx_kust__generate(fx_kust__build *b, const char *dir, fx_loc at, fx_node **out);
/* Merges the Flux overlay fields of opts->flux_spec (flux.md 3.4). */
int fx_kust__flux_overlay(fx_kust__build *b, fx_kust__target *kt, const fx_node *spec);

/* Loads a file relative to the target with the load restrictor. */
int fx_kust__load_file(fx_kust__target *kt, const char *rel, fx_loc at, const char **path_out,
		       fx_strbuf *out);
/* A tree path as shown to users (the tree's display prefix joined). */
const char *fx_kust__disp(fx_kust__build *b, const char *path);
/* Is `rel` a remote (URL) reference? */
bool fx_kust__is_remote(const char *rel);
/* Joins the target's directory and `rel`; FX_EDENIED when it climbs out
 * of the tree. */
int fx_kust__join(fx_kust__target *kt, const char *rel, fx_strbuf *out);

/* ------------------------------------------------------------------ */
/* Generators, transformers                                             */

/* crds: field specs from OpenAPI definitions (crds.c). */
int fx_kust__load_crds(fx_kust__target *kt, fx_kust__accum *ra);
int fx_kust__run_generators(fx_kust__target *kt, fx_kust__accum *ra);
int fx_kust__run_transformers(fx_kust__target *kt, fx_kust__accum *ra);
/* Adds content hashes to generated names (root only). */
int fx_kust__add_hashes(fx_kust__build *b, fx_kust__accum *ra);
/* The hash suffix kustomize computes for a ConfigMap/Secret. */
int fx_kust__hash_obj(fx_arena *a, const fx_node *obj, char out[11]);

/* Field-spec driven edits, as kustomize's fieldspec filter: the path is
 * walked through mappings (sequences are traversed element-wise); with
 * `create`, missing mappings on the way are created and a missing leaf
 * is created with kind `create_kind` (FX_MAP or FX_NULL for a scalar).
 * The callback gets the leaf node and may rewrite it in place. */
typedef int (*fx_kust__field_fn)(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg);
int fx_kust__apply_fspec(fx_kust__build *b, fx_kust__res *r, const fx_kust__fspec *fs,
			 fx_kind create_kind, fx_kust__field_fn fn, void *arg);
int fx_kust__apply_fspecs(fx_kust__build *b, fx_kust__res *r, const fx_kust__fspecs *l,
			  fx_kind create_kind, fx_kust__field_fn fn, void *arg);
/* Splits a field path at '/' ('\/' escapes a slash); arena strings. */
size_t fx_kust__path_split(fx_arena *a, const char *path, const char ***out);

int fx_kust__xf_namespace(fx_kust__build *b, fx_kust__accum *ra, const char *ns, fx_loc at);
int fx_kust__xf_prefix_suffix(fx_kust__build *b, fx_kust__accum *ra, const char *prefix,
			      const char *suffix);
int fx_kust__xf_labels(fx_kust__target *kt, fx_kust__accum *ra);
/* The same with explicit field specs (builtin plugin configurations). */
int fx_kust__xf_namespace_specs(fx_kust__build *b, fx_kust__accum *ra, const char *ns, fx_loc at,
				const fx_kust__fspecs *specs);
int fx_kust__xf_affix(fx_kust__build *b, fx_kust__accum *ra, const char *s, bool prefix,
		      const fx_kust__fspecs *specs);
int fx_kust__xf_pairs(fx_kust__build *b, fx_kust__accum *ra, const fx_kust__fspecs *specs,
		      const fx_node *pairs);
int fx_kust__xf_image_one(fx_kust__build *b, fx_kust__accum *ra, const fx_node *image,
			  const fx_kust__fspecs *specs);
int fx_kust__xf_replica_one(fx_kust__build *b, fx_kust__accum *ra, const fx_node *replica,
			    const fx_kust__fspecs *specs);
/* One patches entry ({path|patch, target, options}). */
int fx_kust__xf_patch_one(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *entry);
/* Parses a fieldSpecs list. */
int fx_kust__fspecs_parse(fx_ctx *ctx, fx_arena *a, const fx_node *seq, fx_kust__fspecs *out);
/* One generator entry into the accumulator; `global_opts` applies the
 * kustomization's generatorOptions; `origin` (or NULL) is the origin
 * annotation of the result. */
int fx_kust__generate_one(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *g, bool secret,
			  bool global_opts, const char *origin);
/* Accumulates resources from a list of paths into ra (files or
 * kustomization directories). */
int fx_kust__accumulate_paths(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *list);
/* generators: and transformers: (builtin plugin configurations). */
int fx_kust__run_plugin_generators(fx_kust__target *kt, fx_kust__accum *ra);
int fx_kust__run_plugin_transformers(fx_kust__target *kt, fx_kust__accum *ra);
int fx_kust__xf_annotations(fx_kust__build *b, fx_kust__accum *ra, const fx_node *annos);
int fx_kust__xf_images(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *images);
int fx_kust__xf_replicas(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *replicas);
int fx_kust__xf_patches(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *patches);
int fx_kust__xf_psm(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *psm);
int fx_kust__xf_pj6902(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *pj);
int fx_kust__xf_replacements(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *repl);

/* buildMetadata transformerAnnotations: records that the builtin
 * transformer `kind` configured in this target (or by plugin config
 * `cfg` from `cfg_path`) ran over every object present. */
void fx_kust__mark_transform(fx_kust__target *kt, fx_kust__accum *ra, const char *kind,
			     const fx_node *cfg, const char *cfg_path);

/* Does the selector (group/version/kind/name/namespace regexes,
 * labelSelector, annotationSelector) select the resource? */
int fx_kust__select(fx_kust__build *b, const fx_node *sel, const fx_kust__res *r, bool *out);
/* Kubernetes label selector matching against a labels mapping. */
int fx_kust__label_selector_match(fx_kust__build *b, const char *expr, fx_loc at,
				  const fx_node *labels, bool *out);

/* Name references after renames (root only). */
int fx_kust__fix_namerefs(fx_kust__build *b, fx_kust__accum *ra);
/* Legacy vars. */
int fx_kust__vars_merge(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *vars);
int fx_kust__vars_resolve(fx_kust__build *b, fx_kust__accum *ra);
/* Orders objects as kubectl's legacy sort does. */
void fx_kust__legacy_sort(fx_kust__build *b, fx_ptrvec *res);
/* sortOptions / reorder. */
int fx_kust__apply_sort(fx_kust__build *b, fx_kust__accum *ra);

/* ------------------------------------------------------------------ */
/* Small node helpers                                                   */

/* Metadata mapping helpers (create on demand). */
fx_node *fx_kust__meta(fx_arena *a, fx_node *obj);
void fx_kust__set_name(fx_arena *a, fx_node *obj, const char *name);
void fx_kust__set_ns(fx_arena *a, fx_node *obj, const char *ns);
const char *fx_kust__get_name(const fx_node *obj);
const char *fx_kust__get_ns(const fx_node *obj);
const char *fx_kust__get_kind(const fx_node *obj);
/* Sets metadata.annotations[key] = val. */
void fx_kust__set_annotation(fx_arena *a, fx_node *obj, const char *key, const char *val);
/* A string field of the kustomization, or NULL. */
const char *fx_kust__kstr(const fx_node *k, const char *key);
/* Is the scalar a string (or scalar text)?  Arena text of any scalar. */
const char *fx_kust__scalar(fx_arena *a, const fx_node *n);

#endif
