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
 * as Go does ("error calling <name>: <message>").  Helm's required and
 * fail wrap their message in HELM_ERR_START ... HELM_ERR_END, as Helm
 * does, for the Helm renderer's "execution error at (...)" form.
 */
#ifndef FX_TMPL_FUNCS_H
#define FX_TMPL_FUNCS_H

#include "yaml/yaml.h"

struct fx_tmpl_exec; /* the running executor (include, tpl, template lookup) */

/*
 * Go types on nodes.  A template value is an fx_node; Go distinctions
 * that YAML lacks are kept in the stage bits of fx_node.flags
 * (FX_NODE_STAGE_MASK) as one of these codes.  Code 0 means "what the
 * node kind says": FX_INT is Go int, FX_FLOAT float64, FX_STR string,
 * FX_BOOL bool, FX_NULL nil, FX_SEQ []interface{}, FX_MAP
 * map[string]interface{}.
 */
typedef enum {
	FX_GO_DEFAULT = 0,
	FX_GO_INT64,    /* FX_INT: int64 (Sprig's math results) */
	FX_GO_UINT64,   /* FX_INT: uint64 */
	FX_GO_STRSLICE, /* FX_SEQ: []string */
	FX_GO_BYTES,    /* FX_STR: []byte */
	FX_GO_TIME,     /* FX_MAP with the time's fields: see funcs/date.c */
	FX_GO_SEMVER,   /* FX_MAP: *semver.Version (Major, Minor, ...) */
	FX_GO_RUNE,     /* FX_INT: rune (int32) from a char constant */
	FX_GO_ERROR,    /* FX_STR: error value */
	FX_GO_COMPLEX,  /* FX_SEQ of two FX_FLOAT (real, imag): complex128 */
} fx_go_type;

static inline fx_go_type fx_go_type_of(const fx_node *n)
{
	return (fx_go_type)((n->flags & FX_NODE_STAGE_MASK) >> FX_NODE_STAGE_SHIFT);
}
static inline void fx_go_type_set(fx_node *n, fx_go_type t)
{
	n->flags = (uint16_t)((n->flags & ~FX_NODE_STAGE_MASK) | ((unsigned)t << FX_NODE_STAGE_SHIFT));
}

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

/* Executor services for Helm's include and tpl (implemented by the
 * executor, src/tmpl/exec*.c).  Both append rendered text to `out`; on
 * failure they return -1 with the message in `err`. */
int fx_tmpl_exec_include(struct fx_tmpl_exec *ex, const char *name, fx_node *data, fx_strbuf *out,
			 fx_strbuf *err);
int fx_tmpl_exec_tpl(struct fx_tmpl_exec *ex, const char *text, size_t len, fx_node *data,
		     fx_strbuf *out, fx_strbuf *err);
/* Go's fmt for %v of a value (used by print-like Sprig functions). */
void fx_tmpl_format_value(fx_strbuf *out, const fx_node *v);

/* Services of the function families to the executor (funcs/value.c,
 * funcs/semver.c, funcs/date.c).  fx_tmplf__fmt_v is Go's %v including
 * the values the families model (time.Time, *semver.Version).  The
 * method services call a method of such a value with call->args as its
 * arguments: 0 with *out set, -1 with call->err set, or FX_ENOTFOUND when
 * the type has no such method. */
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v);
int fx_tmplf__semver_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			    fx_node **out);
int fx_tmplf__time_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			  fx_node **out);

/* Looks up a function by name among every registered family; NULL when
 * unknown.  The tables are static and read-only (no global state). */
const fx_tmpl_func *fx_tmpl_funcs_lookup(const char *name, bool helm);

#endif
