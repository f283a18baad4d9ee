/*
 * subst: Flux postBuild variable substitution.
 *
 * Two layers:
 *
 *  - the envsubst evaluator (fx_envsubst_*): Flux's envsubst dialect on
 *    raw text, `${name}`, `${#name}`, case operators, substring, replace,
 *    prefix/suffix removal, the default forms, `$$` escapes.  Error
 *    messages are the upstream texts ("bad substitution", "variable not
 *    set (strict mode): \"x\"", ...).  The grammar is in
 *    grammar/envsubst.ebnf.
 *
 *  - the per-unit pipeline (fx_subst_unit): what kustomize-controller does
 *    to every object a Kustomization with spec.postBuild rendered: build
 *    the variable map from substituteFrom and substitute, skip opted-out
 *    objects, validate names, serialise, substitute the text, re-read it
 *    with YAML 1.1 typing.
 *
 * The stage never prints; errors are diagnostics located at the object
 * (and the Flux Kustomization as a note).
 */
#ifndef FX_SUBST_H
#define FX_SUBST_H

#include "base/base.h"
#include "yaml/yaml.h"

/* ------------------------------------------------------------------ */
/* Evaluator                                                            */

/* Variable lookup for the evaluator.  Returns true and sets *val_out /
 * *len_out (borrowed) when `name` is defined.  In non-strict mode an
 * undefined variable reads as "". */
typedef bool (*fx_envsubst_lookup_fn)(void *ud, const char *name, size_t name_len,
				      const char **val_out, size_t *len_out);

typedef struct {
	bool strict;              /* undefined variable without a default form: error */
	fx_envsubst_lookup_fn lookup;
	void *ud;
	size_t max_output;        /* 0: no limit; else error "output too large" */
} fx_envsubst_env;

/* Parses and evaluates `in` (len bytes, may contain NULs) and appends the
 * result to `out`.  On failure returns FX_EINVALID, leaves `out` as it
 * was and puts the bare upstream message into `err_out` (e.g.
 * "missing closing brace", "variable not set (strict mode): \"x\"").
 * Never touches a ctx: callers wrap the message. */
int fx_envsubst_eval(fx_strbuf *out, fx_strbuf *err_out, const char *in, size_t len,
		     const fx_envsubst_env *env);

/* Parse only (for fuzzing and syntax checks): 0 or FX_EINVALID with the
 * message in err_out (may be NULL). */
int fx_envsubst_check(fx_strbuf *err_out, const char *in, size_t len);

/* The regular expression variable names must match, as Flux prints it. */
#define FX_SUBST_VARNAME_RE "^[_[:alpha:]][_[:alpha:][:digit:]]*$"
/* True when `name` matches FX_SUBST_VARNAME_RE (ASCII letters, digits,
 * '_', not starting with a digit). */
bool fx_subst_varname_valid(const char *name, size_t len);

/* ------------------------------------------------------------------ */
/* Pipeline: one Flux Kustomization's rendered objects                  */

/* Where a ConfigMap/Secret for substituteFrom is looked up.  `kind` is
 * "ConfigMap" or "Secret".  Returns the object node (borrowed; it must
 * outlive the fx_subst_unit call) or NULL when there is none.  The
 * caller decides the search order (other units' output, --inputs, scanned
 * documents: spec flux.md 4.2). */
typedef const fx_node *(*fx_subst_find_fn)(void *ud, const char *kind, const char *ns,
					   const char *name);

typedef struct {
	fx_subst_find_fn find;
	void *ud;
} fx_subst_lookup;

typedef struct {
	bool strict;          /* default true (kustomize-controller >= 1.9);
			       * false = `flux build ks` / flux-local parity */
	bool skip_substitute_from; /* `flux build ks --dry-run`: inline only */
	fx_emit_opts emit;    /* serialisation of each object before
			       * substitution; zero = kubectl-like defaults */
} fx_subst_opts;

void fx_subst_opts_default(fx_subst_opts *out);

typedef enum {
	FX_SUBST_SRC_INLINE = 0, /* spec.postBuild.substitute */
	FX_SUBST_SRC_CONFIGMAP,
	FX_SUBST_SRC_SECRET,
} fx_subst_src;

/* One variable of the final map (arena-owned). */
typedef struct {
	const char *name;
	const char *value; /* NUL-terminated, LF removed; may hold NULs */
	size_t value_len;
	fx_subst_src src;
	const char *src_ns;   /* ConfigMap/Secret namespace, NULL for inline */
	const char *src_name; /* ConfigMap/Secret name, NULL for inline */
	fx_loc loc;           /* where the value was defined (best effort) */
	size_t uses;          /* lookups during evaluation */
} fx_subst_var;

/* A substituteFrom reference as resolved (arena-owned). */
typedef struct {
	const char *kind; /* "ConfigMap" / "Secret" as written */
	const char *name;
	const char *ns;
	bool optional;
	bool found;
	bool sops;        /* found but SOPS-encrypted: treated as empty */
} fx_subst_source;

/* What happened for the plan.  Zero-initialise (FX_SUBST_REPORT_INIT);
 * release with fx_subst_report_dispose (the vectors are malloc'd, the
 * items arena-owned). */
typedef struct {
	bool post_build;       /* spec.postBuild present: substitution ran */
	bool always;           /* substituteStrategy: Always */
	bool strict;
	fx_ptrvec vars;        /* fx_subst_var *, the final map sorted by name */
	fx_ptrvec sources;     /* fx_subst_source *, substituteFrom in order */
	fx_ptrvec unresolved;  /* const char *, names referenced but undefined
				* (sorted, unique): defaults used or "" in
				* non-strict mode */
	size_t n_objects;      /* objects seen */
	size_t n_substituted;  /* objects whose text went through envsubst */
	size_t n_disabled;     /* skipped: substitute: disabled */
	size_t n_unchanged;    /* skipped: empty variable map */
} fx_subst_report;

#define FX_SUBST_REPORT_INIT {0}

void fx_subst_report_dispose(fx_subst_report *r);

/* Substitutes the objects a Flux Kustomization rendered, in place.
 *
 *   kustomization  the Flux Kustomization object (spec.postBuild,
 *                  metadata.namespace/name, loc); nothing happens when it
 *                  has no spec.postBuild
 *   objs           fx_node * objects in build order; each substituted
 *                  object is replaced by its re-read tree (allocated in
 *                  `a`), located at the original nodes where the structure
 *                  still matches
 *   lookup         ConfigMap/Secret finder for substituteFrom (may be NULL:
 *                  nothing is found)
 *   opts           NULL for fx_subst_opts_default
 *   report         may be NULL
 *
 * Returns 0, or -1 with an error recorded (located at the failing object,
 * message as the controller wraps it:
 *   post build failed for 'Kind.version.group/name': envsubst error: ...).
 * Warnings (SOPS-encrypted Secret) do not fail. */
int fx_subst_unit(fx_ctx *ctx, fx_arena *a, const fx_node *kustomization, fx_ptrvec *objs,
		  const fx_subst_lookup *lookup, const fx_subst_opts *opts,
		  fx_subst_report *report);

/* Flux's identifier of an object in error messages:
 * "Kind.version.group/name" with kustomize's "[noGrp]"/"[noVer]"/"[noKind]"
 * placeholders.  Arena-owned. */
const char *fx_subst_object_id(fx_arena *a, const fx_node *obj);

#endif
