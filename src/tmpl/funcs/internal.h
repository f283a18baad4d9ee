/*
 * Helpers shared by the template function families (src/tmpl/funcs/).
 *
 * Argument checks in the shape Go's text/template reports them, Sprig's
 * value conversions (strval, cast.ToInt64, cast.ToFloat64, empty), Go's
 * %v formatting, result constructors that set Go type codes, the seeded
 * random source and the family tables for registry.c.  Nothing here is
 * visible outside src/tmpl/funcs/.
 */
#ifndef FX_TMPL_FUNCS_INTERNAL_H
#define FX_TMPL_FUNCS_INTERNAL_H

#include <stdarg.h>

#include "tmpl/funcs/funcs.h"

/* A family: its name-sorted table and length. */
typedef struct {
	const fx_tmpl_func *funcs;
	size_t n;
} fx_tmplf__family;

#define FX_TMPLF__FAMILY(tab) ((fx_tmplf__family){(tab), sizeof(tab) / sizeof((tab)[0])})

fx_tmplf__family fx_tmplf__strings_family(void);
fx_tmplf__family fx_tmplf__textcase_family(void);
fx_tmplf__family fx_tmplf__lists_family(void);
fx_tmplf__family fx_tmplf__dicts_family(void);
fx_tmplf__family fx_tmplf__defaults_family(void);
fx_tmplf__family fx_tmplf__math_family(void);
fx_tmplf__family fx_tmplf__regex_family(void);
fx_tmplf__family fx_tmplf__encoding_family(void);
fx_tmplf__family fx_tmplf__json_family(void);
fx_tmplf__family fx_tmplf__semver_family(void);
fx_tmplf__family fx_tmplf__date_family(void);
fx_tmplf__family fx_tmplf__misc_family(void);
fx_tmplf__family fx_tmplf__crypto_family(void);
fx_tmplf__family fx_tmplf__helm_family(void);
/* True when every family table is strictly name-sorted (for tests). */
bool fx_tmpl_funcs_check_sorted(void);

/* ------------------------------------------------------------------ */
/* Failing                                                              */

/* Writes the message into call->err and returns -1. */
int fx_tmplf__fail(fx_tmpl_call *c, const char *fmt, ...) FX_PRINTF(2, 3);

/* ------------------------------------------------------------------ */
/* Arguments (Go's checks for typed parameters)                         */

/* A string parameter: FX_STR (string or []byte). */
int fx_tmplf__arg_str(fx_tmpl_call *c, size_t i, const char **s_out, size_t *len_out);
/* An int parameter: FX_INT. */
int fx_tmplf__arg_int(fx_tmpl_call *c, size_t i, int64_t *out);
/* A float64 parameter: FX_FLOAT or an integer constant. */
int fx_tmplf__arg_float(fx_tmpl_call *c, size_t i, double *out);
/* A bool parameter. */
int fx_tmplf__arg_bool(fx_tmpl_call *c, size_t i, bool *out);
/* A map[string]interface{} parameter (NULL node gives NULL, ok). */
int fx_tmplf__arg_map(fx_tmpl_call *c, size_t i, fx_node **out);

/* ------------------------------------------------------------------ */
/* Go values                                                            */

/* Go's %v of a value into out. */
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v);
/* Sprig's strval: string as is, else %v.  Arena-owned (or borrowed). */
const char *fx_tmplf__strval(fx_arena *a, const fx_node *v, size_t *len_out);
/* spf13/cast conversions (0 on failure). */
int64_t fx_tmplf__to_int64(const fx_node *v);
double fx_tmplf__to_float64(const fx_node *v);
/* Sprig's empty(). */
bool fx_tmplf__empty(const fx_node *v);
/* Go type and kind names (reflect). */
const char *fx_tmplf__type_name(const fx_node *v);
const char *fx_tmplf__kind_name(const fx_node *v);
/* A Go slice or array (FX_SEQ, []string). */
static inline bool fx_tmplf__is_list(const fx_node *v)
{
	return v && v->kind == FX_SEQ;
}
/* Go's shortest float formatting: 'g' (for %v) or JSON's rules. */
void fx_tmplf__fmt_float(fx_strbuf *out, double f, bool json);

/* ------------------------------------------------------------------ */
/* Results                                                              */

fx_node *fx_tmplf__str(fx_tmpl_call *c, const char *s, size_t n);
fx_node *fx_tmplf__strz(fx_tmpl_call *c, const char *s);
/* Takes the strbuf's content (copied into the arena; sb disposed). */
fx_node *fx_tmplf__str_sb(fx_tmpl_call *c, fx_strbuf *sb);
fx_node *fx_tmplf__int(fx_tmpl_call *c, int64_t v, fx_go_type t);
fx_node *fx_tmplf__float(fx_tmpl_call *c, double f);
fx_node *fx_tmplf__bool(fx_tmpl_call *c, bool b);
fx_node *fx_tmplf__null(fx_tmpl_call *c);
fx_node *fx_tmplf__seq(fx_tmpl_call *c, fx_go_type t);
fx_node *fx_tmplf__map(fx_tmpl_call *c);

/* ------------------------------------------------------------------ */
/* Randomness from call->env                                            */

uint64_t fx_tmplf__rand(fx_tmpl_call *c);
/* Uniform in [0, n). */
uint64_t fx_tmplf__rand_n(fx_tmpl_call *c, uint64_t n);

/* ------------------------------------------------------------------ */
/* Cross-family services                                                */

/* Go encoding/json of a value (sort keys, HTML escaping optional). */
int fx_tmplf__json_encode(fx_strbuf *out, const fx_node *v, int indent, bool escape_html);
/* Parses JSON into Go's interface{} model (numbers are float64). */
int fx_tmplf__json_decode(fx_tmpl_call *c, const char *s, size_t n, fx_node **out,
			 fx_strbuf *errmsg);
/* The value after a JSON round trip (times, bytes, semvers become
 * strings; floats stay floats).  For YAML emitting as Helm does. */
fx_node *fx_tmplf__jsonify(fx_tmpl_call *c, const fx_node *v);
/* Parses a Go duration string ("1h2m3.5s"); -1 when malformed. */
int fx_tmplf__parse_duration(const char *s, size_t n, int64_t *out);
/* Go's time.Duration.String(). */
void fx_tmplf__fmt_duration(fx_strbuf *out, int64_t d);
/* Go's Time.String() for an FX_GO_TIME value. */
void fx_tmplf__fmt_time(fx_strbuf *out, const fx_node *t);
/* Go's time.RFC3339Nano text of an FX_GO_TIME value (its JSON form). */
void fx_tmplf__time_rfc3339(fx_strbuf *out, const fx_node *t);
/* Go's Version.String() for an FX_GO_SEMVER value. */
const char *fx_tmplf__semver_text(const fx_node *v);
/* reflect.DeepEqual over values (Go types must agree). */
bool fx_tmplf__deep_equal(const fx_node *a, const fx_node *b);
/* Sprig's untilStep as a list of ints. */
fx_node *fx_tmplf__until_step(fx_tmpl_call *c, int64_t start, int64_t stop, int64_t step);
/* Go regexp, compiled with PCRE2: Go's Split (n as Go). */
int fx_tmplf__regex_split(fx_tmpl_call *c, const char *re, const char *s, size_t slen, int64_t n,
			 fx_node **out);

#endif
