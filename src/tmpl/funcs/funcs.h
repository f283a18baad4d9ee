/*
 * Template functions: the contract between the executor (src/tmpl/) and
 * the function families (src/tmpl/funcs/, one file per Sprig or Helm
 * family, each ending in a name-sorted fx_tmpl_func table and a register
 * function listed in funcs/registry.c).
 *
 * Arguments and results are fx_node values (the template engine's value
 * model, see tmpl.h for how Go types map onto nodes).  A function never
 * prints and never knows locations: it fails by returning -1 with a
 * message in call->err, and the executor reports it at the {{ }} action
 * as Go does ("error calling <name>: <message>").
 */
#ifndef FX_TMPL_FUNCS_H
#define FX_TMPL_FUNCS_H

#include "yaml/yaml.h"

struct fx_tmpl_exec; /* the running executor (include, tpl, template lookup) */

typedef struct fx_tmpl_env {
	int64_t now_unix;    /* the clock for now/date functions (seconds) */
	int32_t now_nsec;
	const char *tz;      /* time zone name for date functions; NULL: UTC */
	uint64_t rand_seed;  /* seed for randAlpha, uuidv4, ... */
	uint64_t rand_state; /* advanced by each random function */
	bool helm;           /* Helm mode: missingkey=zero, include/tpl/... */
} fx_tmpl_env;

typedef struct fx_tmpl_call {
	fx_arena *arena; /* results and temporaries live here */
	fx_node *const *args;
	size_t n_args;
	const char *name; /* the function as called */
	struct fx_tmpl_exec *exec;
	fx_tmpl_env *env;
	fx_strbuf *err; /* failure message, without location */
} fx_tmpl_call;

typedef int (*fx_tmpl_fn)(fx_tmpl_call *call, fx_node **out);

enum {
	FX_TMPL_FN_NONE = 0,
	FX_TMPL_FN_LAZY = 1u << 0,     /* and/or style: args evaluated by the fn */
	FX_TMPL_FN_HELM = 1u << 1,     /* only registered in Helm mode */
	FX_TMPL_FN_NEEDS_EXEC = 1u << 2, /* include, tpl: uses call->exec */
};

typedef struct {
	const char *name;
	fx_tmpl_fn fn;
	int min_args;
	int max_args; /* -1: variadic */
	unsigned flags;
} fx_tmpl_func;

/* Looks up a function by name among every registered family; NULL when
 * unknown.  The tables are static and read-only (no global state). */
const fx_tmpl_func *fx_tmpl_funcs_lookup(const char *name, bool helm);

#endif
