/*
 * subst internals shared by the files of src/subst: Unicode helpers, the
 * envsubst syntax tree, the glob matcher of the prefix/suffix operators.
 * Nothing outside src/subst includes this header.
 */
#ifndef FX_SUBST_INT_H
#define FX_SUBST_INT_H

#include "subst/subst.h"

#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Unicode (unicode.c, generated; utf8.c)                               */

typedef struct {
	uint32_t lo, hi;
} fx_subst__range;

typedef struct {
	uint32_t from, to;
} fx_subst__casepair;

bool fx_subst__is_letter(uint32_t c);
bool fx_subst__is_digit(uint32_t c);
uint32_t fx_subst__to_upper(uint32_t c);
uint32_t fx_subst__to_lower(uint32_t c);

#define FX_SUBST_RUNE_ERROR 0xFFFDu

/* Decodes one code point from s[0..n) (n > 0) as Go does: invalid or
 * truncated sequences, surrogates and overlong forms give
 * (U+FFFD, width 1). */
uint32_t fx_subst__utf8_decode(const char *s, size_t n, int *width_out);
/* Appends the UTF-8 form of c (invalid code points as U+FFFD). */
void fx_subst__utf8_put(fx_strbuf *out, uint32_t c);

/* ------------------------------------------------------------------ */
/* Syntax tree (envsubst_parse.c)                                       */

typedef enum {
	FX_ES_TEXT = 0, /* literal text, escapes already removed */
	FX_ES_EXPR,     /* ${...} */
} fx_es_kind;

typedef struct fx_es_node fx_es_node;

struct fx_es_node {
	fx_es_kind kind;
	const char *text; /* TEXT: bytes (arena); EXPR: variable name */
	size_t len;
	char op[4];       /* EXPR: "" plain, "#", "##", "%", "%%", ":", "/",
			   * "//", "/#", "/%", "^", "^^", ",", ",,", ",^",
			   * "^,", "=", ":=", ":-", ":?", ":+"; "#" with no
			   * args is the length form */
	fx_es_node **args;
	size_t n_args;
	fx_es_node *next; /* next node of the same sequence */
};

/* Parses `in` into a sequence of nodes (first node in *out, NULL for
 * empty input) allocated in `a`.  On failure returns FX_EINVALID and the
 * upstream message in *msg_out (static string). */
int fx_subst__parse(fx_es_node **out, const char **msg_out, fx_arena *a, const char *in,
		    size_t len);

#define FX_ES_MAX_DEPTH 1000 /* nested ${...} accepted by the parser */

/* ------------------------------------------------------------------ */
/* Glob matching for # ## % %% (glob.c)                                 */

/* Matches `name` against `pat` in the dialect of fluxcd/pkg envsubst
 * (path.Match without the '/' rule).  Returns 1 match, 0 no match,
 * -1 malformed pattern. */
int fx_subst__glob_match(const char *pat, size_t plen, const char *name, size_t nlen);

#endif

/* ------------------------------------------------------------------ */
/* Pipeline pieces (vars.c, reserialise.c)                              */

/* Diagnostic codes of the stage. */
#define FX_SUBST_E_POSTBUILD "FX4001"  /* envsubst / YAML re-read failure */
#define FX_SUBST_E_SOURCE "FX4002"     /* substituteFrom object missing or bad */
#define FX_SUBST_E_VARNAME "FX4003"    /* invalid variable name */
#define FX_SUBST_W_SOPS "FX4010"       /* encrypted Secret treated as empty */
#define FX_SUBST_W_NONSTRING "FX4011"  /* substitute value is not a string */

/* The variable map of one Flux Kustomization. */
typedef struct {
	fx_strmap *map;    /* name -> fx_subst_var * (arena) */
	fx_ptrvec order;   /* fx_subst_var *, insertion order */
	fx_ptrvec sources; /* fx_subst_source * */
	char *error;       /* malloc'd: lookup failure text (not wrapped) */
	fx_loc error_loc;
} fx_subst__vars;

/* Builds the map from spec.postBuild (substituteFrom in order, then
 * substitute).  Lookup failures are not reported here: they are kept in
 * v->error so that the caller reports them at the first object that is
 * not opted out (as the controller does).  Warnings are recorded. */
void fx_subst__vars_build(fx_ctx *ctx, fx_arena *a, fx_subst__vars *v, const fx_node *ks,
			  const fx_subst_lookup *lookup, const fx_subst_opts *opts);
void fx_subst__vars_dispose(fx_subst__vars *v);

/* A deep copy of obj prepared for serialisation the way Flux does it
 * (object -> JSON -> go-yaml v2): scalar styles dropped, strings that
 * YAML 1.1 would read as something else forced to double quotes, mapping
 * keys in go-yaml v2's natural order.  Emit with keep_order. */
fx_node *fx_subst__prepare(fx_arena *a, const fx_node *obj);

/* Converts a tree re-read with YAML 1.1 into what the controller holds
 * after YAMLToJSON + JSON decoding (typed scalars without source text,
 * whole floats as ints, non-string keys as strings) and gives its nodes
 * the locations of the matching nodes of `orig`.  Fails (-1, message in
 * *err_out) where encoding/json does: NaN and infinities. */
int fx_subst__normalise(fx_arena *a, fx_node *n, const fx_node *orig, fx_loc fallback,
			const char **err_out);

/* go-yaml v2's key order (natural: digit runs compared as numbers). */
int fx_subst__natural_cmp(const char *a, size_t alen, const char *b, size_t blen);
