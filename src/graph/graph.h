/*
 * graph: the discovery walk and the dependsOn graph of one cluster.
 *
 * Cluster path mode (flux.md 2.1): every .yaml or .yml file under the entry
 * directory is read raw; the Flux Kustomizations there are the roots.
 * Each unit is built (through the caller's build function: the pipeline
 * runs kustomize, substitution and the per-object steps); Flux
 * Kustomizations and HelmReleases in its output become new units, other
 * Flux objects (sources, notifications, image automation) are recorded;
 * repeat until nothing new appears.  A Kustomization whose
 * postBuild.substituteFrom names a ConfigMap/Secret that no built unit has
 * rendered yet is deferred until the other units are built, so that
 * providers are built before consumers (flux.md 4.2).  Then dependsOn references are
 * resolved (namespace defaults to the referrer's), missing targets and
 * cycles are reported at the dependsOn entries, waves are computed over
 * dependsOn plus the implicit parent -> child edges, and dependents of
 * failed units are marked blocked.
 *
 * Sources: the GitRepository a root Kustomization builds from is "this
 * repository" (opts->repo); others map through opts->sources; a unit
 * whose source maps nowhere is skipped with a warning.
 *
 * Memory: units, strings and objects live in the arena given to
 * fx_graph_discover; the vectors inside are malloc'd and released by
 * fx_graph_free.
 */
#ifndef FX_GRAPH_H
#define FX_GRAPH_H

#include "base/base.h"
#include "front/front.h"
#include "vfs/vfs.h"
#include "yaml/yaml.h"

typedef enum {
	FX_UNIT_PENDING = 0,
	FX_UNIT_RENDERED,     /* built; objects hold its output */
	FX_UNIT_FAILED,       /* object error: message */
	FX_UNIT_BLOCKED,      /* a dependency (or the parent) failed */
	FX_UNIT_SKIPPED,      /* source not available offline */
	FX_UNIT_NOT_RENDERED, /* HelmRelease: rendering not implemented yet */
} fx_unit_status;

typedef struct fx_unit fx_unit;

struct fx_unit {
	fx_flux_obj *obj;     /* Kustomization or HelmRelease */
	const char *id;       /* "namespace/name" */
	const char *key;      /* "Kustomization/namespace/name" */
	const char *ns;       /* effective namespace (never NULL) */
	fx_unit *owner;       /* unit whose output declared it; NULL for roots */
	fx_unit_status status;
	const char *message;  /* reason for failed/blocked/skipped/not rendered */
	fx_ptrvec warnings;   /* const char *, for the plan */
	const char *source_key;  /* "GitRepository/flux-system/flux-system" */
	const char *source_desc; /* how it was mapped ("this repository (work tree)") */
	fx_vfs *fs;           /* source root (borrowed); NULL when unmapped */
	const char *dir;      /* build dir inside fs ("" = root) */
	fx_ptrvec objects;    /* fx_node *, rendered output in build order */
	fx_ptrvec deps;       /* fx_unit *, resolved dependsOn targets */
	fx_ptrvec dep_refs;   /* fx_flux_dep *, parallel to deps */
	fx_ptrvec missing;    /* fx_flux_dep *, dependsOn targets not found */
	fx_ptrvec children;   /* fx_unit *, units found in the output */
	fx_ptrvec vars;       /* const char *, "NAME (origin)" of substituted
			       * variables, filled by the build function */
	fx_ptrvec unresolved; /* const char *, variables referenced but not
			       * defined (sorted), filled by the build function */
	int wave;
	bool in_cycle;
	size_t seq;           /* discovery index */
};

/* A --source mapping: [KIND/][NAMESPACE/]NAME=DIR. */
typedef struct {
	const char *kind;      /* NULL: any source kind */
	const char *namespace; /* NULL: any namespace */
	const char *name;
	fx_vfs *fs;            /* borrowed */
	const char *desc;      /* shown in the plan */
} fx_graph_source;

typedef struct fx_graph fx_graph;

/* Builds one unit: objects for unit->fs at unit->dir, pushed onto
 * objs_out.  Returns 0, or negative with a diagnostic recorded (then the
 * unit fails with `*msg_out` (may stay NULL) as its reason). */
typedef int (*fx_graph_build_fn)(void *ud, fx_ctx *ctx, fx_arena *a, fx_graph *g, fx_unit *unit,
				 fx_ptrvec *objs_out, const char **msg_out);

typedef struct {
	fx_vfs *repo;            /* "this repository" */
	const char *repo_desc;   /* "work tree", "revision HEAD~1" */
	const char *entry;       /* the cluster directory inside repo ("" = root) */
	const fx_graph_source *sources;
	size_t n_sources;
	fx_graph_build_fn build;
	void *build_ud;
	bool strict_deps;        /* a missing dependsOn target is an error */
	const fx_ptrvec *inputs; /* fx_node *, user-supplied ConfigMaps/Secrets
				  * (--inputs); only consulted to order builds */
} fx_graph_opts;

struct fx_graph {
	fx_ptrvec units;        /* fx_unit *, discovery order */
	fx_ptrvec order;        /* fx_unit *, render order: wave, namespace, name */
	fx_ptrvec flux_objects; /* fx_flux_obj *, every Flux object seen, first place */
	fx_ptrvec inputs;       /* fx_node *, ConfigMaps and Secrets of the raw scan */
	int n_waves;
	size_t n_scanned_files;
	/* private */
	fx_strmap *by_key;      /* key -> struct seen */
	fx_arena *arena;
};

/* Scans opts->entry, builds every unit reachable from it, resolves the
 * graph.  Returns 0 when the walk could run (units may still have
 * failed: see fx_graph_failed), -1 when the entry itself is unreadable
 * or holds invalid YAML (diagnostics recorded). *out is set either way
 * (caller frees with fx_graph_free). */
int fx_graph_run(fx_ctx *ctx, fx_arena *a, const fx_graph_opts *opts, fx_graph **out);
void fx_graph_free(fx_graph *g);

/* The unit of a kind ("Kustomization" / "HelmRelease"), or NULL. */
fx_unit *fx_graph_find(const fx_graph *g, const char *kind, const char *ns, const char *name);
/* Units whose status is failed or blocked. */
size_t fx_graph_failed(const fx_graph *g);
const char *fx_unit_status_name(fx_unit_status s);

/* Lexical clamp of a Flux spec.path inside a source root (flux.md 3.2):
 * leading '/' dropped, '.' removed, '..' never above the root.  Sets
 * *clamped when a '..' had to be dropped.  Arena-owned result ("" is the
 * root). */
const char *fx_graph_secure_join(fx_arena *a, const char *path, bool *clamped);

#endif
