/*
 * tmpl: fluxc's implementation of Go's text/template.
 *
 * A template set (fx_tmpl_set, Go's *template.Template with its shared
 * namespace) holds named parse trees.  fx_tmpl_parse adds the text of one
 * template (plus every {{define}} / {{block}} in it); fx_tmpl_execute runs
 * one of them over a value tree.  Values are fx_node trees typed as Go
 * sees them (see funcs/funcs.h for the Go type codes): FX_INT is Go int,
 * FX_FLOAT float64, FX_SEQ []interface{}, FX_MAP map[string]interface{}.
 *
 * Functions: the Go builtins (and, or, not, len, index, slice, print,
 * printf, println, html, js, urlquery, call, eq, ne, lt, le, gt, ge) are
 * always present; Sprig's and Helm's (funcs/) when opts.sprig is set; and
 * extra functions given by the caller (looked up first).
 *
 * Errors carry Go's wording ("template: NAME:LINE: ..." for parse errors,
 * "template: NAME:LINE:COL: executing ..." for execution errors) in an
 * fx_tmpl_error, with the line and column so that callers can report them
 * as located diagnostics.
 *
 * Ownership: a set and everything it parses live in the arena given to
 * fx_tmpl_set_new; results of execution (temporary values) too.  Nothing
 * here prints.
 */
#ifndef FX_TMPL_H
#define FX_TMPL_H

#include "tmpl/funcs/funcs.h"
#include "yaml/yaml.h"

typedef enum {
	FX_TMPL_MISSING_DEFAULT = 0, /* missing map key: no value ("<no value>") */
	FX_TMPL_MISSING_ZERO,        /* the zero value (nil interface) */
	FX_TMPL_MISSING_ERROR,       /* execution error */
} fx_tmpl_missingkey;

typedef struct {
	const char *left_delim;  /* NULL or "": "{{" */
	const char *right_delim; /* NULL or "": "}}" */
	fx_tmpl_missingkey missingkey;
	bool sprig;           /* Sprig (and, with helm, Helm) functions */
	bool helm;            /* Helm's function set and "<no value>" removal */
	bool no_builtins;     /* parse-package behaviour: only extra functions */
	size_t max_depth;     /* template/include nesting; 0: 1000 */
	size_t max_output;    /* bytes of one execution; 0: 512 MiB */
	size_t max_steps;     /* actions and loop iterations; 0: 100 million */
	const char *tpl_name; /* name of texts run by tpl (Helm: the root
			       * template's); NULL: the calling template's */
	const fx_tmpl_func *extra; /* caller's functions, looked up first */
	size_t n_extra;
} fx_tmpl_opts;

typedef struct {
	fx_strbuf msg;   /* Go's full message ("template: ...") */
	uint32_t line;   /* 1-based, 0 when unknown */
	uint32_t col;    /* 1-based byte column, 0 when unknown */
	const char *name; /* template (parse) name the location refers to */
} fx_tmpl_error;

typedef struct fx_tmpl_set fx_tmpl_set;

/* A new empty set; opts are copied (may be NULL).  Owned by the arena;
 * fx_tmpl_set_dispose releases the set's malloc'd indexes. */
fx_tmpl_set *fx_tmpl_set_new(fx_arena *a, const fx_tmpl_opts *opts);
void fx_tmpl_set_dispose(fx_tmpl_set *set);

/* Parses `text` as template `name` into the set (Go's New(name).Parse).
 * Returns 0 or -1 with err filled. */
int fx_tmpl_parse(fx_tmpl_set *set, const char *name, const char *text, size_t len,
		  fx_tmpl_error *err);

/* True when the set has a template of that name (with a body). */
bool fx_tmpl_has(const fx_tmpl_set *set, const char *name);

/* Executes template `name` with dot = data (NULL: Go's nil) and appends
 * the output to out.  env may be NULL (a zero clock and seed).  On error
 * returns -1; out holds what was written before the error. */
int fx_tmpl_execute(fx_tmpl_set *set, const char *name, fx_node *data, fx_tmpl_env *env,
		    fx_strbuf *out, fx_tmpl_error *err);

/* Go's parse.Tree String() of template `name` (the parse corpus form). */
int fx_tmpl_tree_string(const fx_tmpl_set *set, const char *name, fx_strbuf *out);

void fx_tmpl_error_dispose(fx_tmpl_error *err);

/* Helm's typing of values: a deep copy in which every integer becomes a
 * float64 (what sigs.k8s.io/yaml gives Helm for values files).  Values
 * from --set are ints marked FX_GO_INT64: fx_tmpl_values_int64. */
fx_node *fx_tmpl_values_float64(fx_arena *a, const fx_node *v);
fx_node *fx_tmpl_values_int64(fx_arena *a, const fx_node *v);

#endif
