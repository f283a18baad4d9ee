/*
 * Go values for the template functions: argument checks, Sprig's
 * conversions (strval, cast.ToInt64/ToFloat64, empty), Go's %v
 * formatting, reflect type and kind names, result constructors and the
 * seeded random source.  Part of src/tmpl/funcs; the families build on
 * these, the executor owns everything about evaluation.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

/* ------------------------------------------------------------------ */
/* Failing                                                              */

int fx_tmplf__fail(fx_tmpl_call *c, const char *fmt, ...)
{
	va_list ap;
	fx_sb_clear(c->err);
	va_start(ap, fmt);
	fx_sb_vaddf(c->err, fmt, ap);
	va_end(ap);
	return -1;
}

/* ------------------------------------------------------------------ */
/* Arguments                                                            */

static fx_node *arg(fx_tmpl_call *c, size_t i)
{
	return i < c->n_args ? c->args[i] : NULL;
}

static int wrong_type(fx_tmpl_call *c, const fx_node *v, const char *want)
{
	if (!v || v->kind == FX_NULL)
		return fx_tmplf__fail(c, "invalid value; expected %s", want);
	return fx_tmplf__fail(c, "wrong type for value; expected %s; got %s", want,
			     fx_tmplf__type_name(v));
}

int fx_tmplf__arg_str(fx_tmpl_call *c, size_t i, const char **s_out, size_t *len_out)
{
	fx_node *v = arg(c, i);
	if (!v || v->kind != FX_STR || fx_go_type_of(v) == FX_GO_ERROR)
		return wrong_type(c, v, "string");
	*s_out = v->u.s.ptr;
	if (len_out)
		*len_out = v->u.s.len;
	return 0;
}

int fx_tmplf__arg_int(fx_tmpl_call *c, size_t i, int64_t *out)
{
	fx_node *v = arg(c, i);
	if (!v || v->kind != FX_INT)
		return wrong_type(c, v, "int");
	*out = v->u.i;
	return 0;
}

int fx_tmplf__arg_float(fx_tmpl_call *c, size_t i, double *out)
{
	fx_node *v = arg(c, i);
	if (v && v->kind == FX_FLOAT) {
		*out = v->u.f;
		return 0;
	}
	/* integer constants (and, leniently, integer values) convert */
	if (v && v->kind == FX_INT) {
		*out = (double)v->u.i;
		return 0;
	}
	return wrong_type(c, v, "float64");
}

int fx_tmplf__arg_bool(fx_tmpl_call *c, size_t i, bool *out)
{
	fx_node *v = arg(c, i);
	if (!v || v->kind != FX_BOOL)
		return wrong_type(c, v, "bool");
	*out = v->u.b;
	return 0;
}

int fx_tmplf__arg_map(fx_tmpl_call *c, size_t i, fx_node **out)
{
	fx_node *v = arg(c, i);
	if (!v || v->kind == FX_NULL) {
		*out = NULL;
		return 0;
	}
	if (v->kind != FX_MAP || fx_go_type_of(v) != FX_GO_DEFAULT)
		return wrong_type(c, v, "map[string]interface {}");
	*out = v;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Float formatting (strconv's shortest representation)                 */

/* Shortest digits that read back as f: digits_out (no dot, no sign),
 * returns the decimal exponent of the first digit. */
static int shortest_digits(double f, char *digits_out, size_t cap)
{
	char buf[64];
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof(buf), "%.*e", prec - 1, f);
		if (strtod(buf, NULL) == f || prec == 17)
			break;
	}
	/* buf: [-]d.ddde[+-]xx */
	const char *p = buf;
	if (*p == '-')
		p++;
	size_t n = 0;
	for (; *p && *p != 'e'; p++)
		if (*p != '.' && n + 1 < cap)
			digits_out[n++] = *p;
	digits_out[n] = '\0';
	/* drop trailing zeros (keep one digit) */
	while (n > 1 && digits_out[n - 1] == '0')
		digits_out[--n] = '\0';
	return *p == 'e' ? atoi(p + 1) : 0;
}

void fx_tmplf__fmt_float(fx_strbuf *out, double f, bool json)
{
	if (isnan(f)) {
		fx_sb_adds(out, "NaN");
		return;
	}
	if (isinf(f)) {
		fx_sb_adds(out, f > 0 ? "+Inf" : "-Inf");
		return;
	}
	if (f == 0) {
		fx_sb_adds(out, signbit(f) && !json ? "-0" : "0");
		return;
	}
	char d[32];
	int exp = shortest_digits(f, d, sizeof(d));
	int nd = (int)strlen(d);
	bool use_e;
	if (json) {
		double a = fabs(f);
		use_e = a < 1e-6 || a >= 1e21;
	} else {
		use_e = exp < -4 || exp >= 6; /* strconv 'g', shortest */
	}
	if (signbit(f))
		fx_sb_addc(out, '-');
	if (use_e) {
		fx_sb_addc(out, d[0]);
		if (nd > 1) {
			fx_sb_addc(out, '.');
			fx_sb_adds(out, d + 1);
		}
		int ae = exp < 0 ? -exp : exp;
		if (json)
			fx_sb_addf(out, "e%c%d", exp < 0 ? '-' : '+', ae);
		else
			fx_sb_addf(out, "e%c%02d", exp < 0 ? '-' : '+', ae);
		return;
	}
	if (exp < 0) {
		fx_sb_adds(out, "0.");
		fx_sb_addrep(out, '0', (size_t)(-exp - 1));
		fx_sb_adds(out, d);
	} else if (exp + 1 >= nd) {
		fx_sb_adds(out, d);
		fx_sb_addrep(out, '0', (size_t)(exp + 1 - nd));
	} else {
		fx_sb_add(out, d, (size_t)exp + 1);
		fx_sb_addc(out, '.');
		fx_sb_adds(out, d + exp + 1);
	}
}

/* ------------------------------------------------------------------ */
/* %v                                                                   */

void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v)
{
	if (!v || v->kind == FX_NULL) {
		fx_sb_adds(out, "<nil>");
		return;
	}
	switch ((fx_kind)v->kind) {
	case FX_NULL:
		break;
	case FX_BOOL:
		fx_sb_adds(out, v->u.b ? "true" : "false");
		break;
	case FX_INT:
		if (v->flags & FX_NODE_UINT || fx_go_type_of(v) == FX_GO_UINT64)
			fx_sb_addf(out, "%" PRIu64, (uint64_t)v->u.i);
		else
			fx_sb_addf(out, "%" PRId64, v->u.i);
		break;
	case FX_FLOAT:
		if ((v->flags & FX_NODE_BIGNUM) && v->text)
			fx_sb_add(out, v->text, v->text_len);
		else
			fx_tmplf__fmt_float(out, v->u.f, false);
		break;
	case FX_STR:
		if (fx_go_type_of(v) == FX_GO_BYTES) {
			fx_sb_addc(out, '[');
			for (size_t i = 0; i < v->u.s.len; i++)
				fx_sb_addf(out, i ? " %u" : "%u", (unsigned char)v->u.s.ptr[i]);
			fx_sb_addc(out, ']');
		} else {
			fx_sb_add(out, v->u.s.ptr, v->u.s.len);
		}
		break;
	case FX_SEQ:
		if (fx_go_type_of(v) == FX_GO_COMPLEX && v->u.seq.len == 2) {
			double im = v->u.seq.items[1]->u.f;
			fx_sb_addc(out, '(');
			fx_tmplf__fmt_float(out, v->u.seq.items[0]->u.f, false);
			if (!signbit(im) || isnan(im))
				fx_sb_addc(out, '+');
			fx_tmplf__fmt_float(out, im, false);
			fx_sb_adds(out, "i)");
			break;
		}
		fx_sb_addc(out, '[');
		for (size_t i = 0; i < v->u.seq.len; i++) {
			if (i)
				fx_sb_addc(out, ' ');
			fx_tmplf__fmt_v(out, v->u.seq.items[i]);
		}
		fx_sb_addc(out, ']');
		break;
	case FX_MAP: {
		if (fx_go_type_of(v) == FX_GO_TIME) {
			fx_tmplf__fmt_time(out, v);
			break;
		}
		if (fx_go_type_of(v) == FX_GO_SEMVER) {
			fx_sb_adds(out, fx_tmplf__semver_text(v));
			break;
		}
		size_t *ord = fx_map_sorted_order(v);
		fx_sb_adds(out, "map[");
		for (size_t i = 0; i < v->u.map.len; i++) {
			const fx_pair *p = &v->u.map.items[ord ? ord[i] : i];
			if (i)
				fx_sb_addc(out, ' ');
			fx_tmplf__fmt_v(out, p->key);
			fx_sb_addc(out, ':');
			fx_tmplf__fmt_v(out, p->val);
		}
		fx_sb_addc(out, ']');
		free(ord);
		break;
	}
	}
}

const char *fx_tmplf__strval(fx_arena *a, const fx_node *v, size_t *len_out)
{
	if (v && v->kind == FX_STR && fx_go_type_of(v) != FX_GO_BYTES) {
		if (len_out)
			*len_out = v->u.s.len;
		return v->u.s.ptr;
	}
	if (v && v->kind == FX_STR) { /* []byte: string(v) */
		if (len_out)
			*len_out = v->u.s.len;
		return v->u.s.ptr;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmplf__fmt_v(&sb, v);
	char *s = fx_arena_strndup(a, fx_sb_cstr(&sb), sb.len);
	if (len_out)
		*len_out = sb.len;
	fx_sb_dispose(&sb);
	return s;
}

/* ------------------------------------------------------------------ */
/* cast                                                                 */

/* cast's trimZeroDecimal: "12.000" -> "12". */
static void trim_zero_decimal(char *s)
{
	char *dot = strchr(s, '.');
	if (!dot || dot == s)
		return;
	for (char *p = dot + 1; *p; p++)
		if (*p != '0')
			return;
	*dot = '\0';
}

int64_t fx_tmplf__to_int64(const fx_node *v)
{
	if (!v)
		return 0;
	switch ((fx_kind)v->kind) {
	case FX_BOOL:
		return v->u.b ? 1 : 0;
	case FX_INT:
		return v->u.i;
	case FX_FLOAT:
		if (isnan(v->u.f))
			return INT64_MIN;
		if (v->u.f >= 9.2233720368547758e18 || v->u.f < -9.2233720368547758e18)
			return INT64_MIN;
		return (int64_t)v->u.f;
	case FX_STR: {
		if (fx_go_type_of(v) == FX_GO_BYTES)
			return 0;
		char buf[128];
		size_t n = v->u.s.len < sizeof(buf) - 1 ? v->u.s.len : sizeof(buf) - 1;
		memcpy(buf, v->u.s.ptr, n);
		buf[n] = '\0';
		trim_zero_decimal(buf);
		const char *p = buf;
		if (!*p)
			return 0;
		/* strconv.ParseInt(s, 0, 0): sign, 0x/0o/0b/0 prefixes, '_' */
		bool neg = false;
		if (*p == '+' || *p == '-')
			neg = *p++ == '-';
		int base = 10;
		if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
			base = 16, p += 2;
		else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
			base = 8, p += 2;
		else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
			base = 2, p += 2;
		else if (p[0] == '0' && p[1])
			base = 8, p += 1;
		if (!*p || strchr(p, '_'))
			return 0;
		errno = 0;
		char *end;
		unsigned long long u = strtoull(p, &end, base);
		if (*end || errno || *p == '-' || *p == '+' || *p == ' ')
			return 0;
		if (!neg && u > INT64_MAX)
			return 0;
		if (neg && u > (unsigned long long)INT64_MAX + 1)
			return 0;
		return neg ? (int64_t)(0 - u) : (int64_t)u;
	}
	default:
		return 0;
	}
}

double fx_tmplf__to_float64(const fx_node *v)
{
	if (!v)
		return 0;
	switch ((fx_kind)v->kind) {
	case FX_BOOL:
		return v->u.b ? 1 : 0;
	case FX_INT:
		if (v->flags & FX_NODE_UINT || fx_go_type_of(v) == FX_GO_UINT64)
			return (double)(uint64_t)v->u.i;
		return (double)v->u.i;
	case FX_FLOAT:
		return v->u.f;
	case FX_STR: {
		if (fx_go_type_of(v) == FX_GO_BYTES || v->u.s.len == 0)
			return 0;
		const char *p = v->u.s.ptr;
		if (strchr(p, '_') || *p == ' ' || *p == '\t' || *p == '\n')
			return 0;
		/* Go reads hexadecimal floats only with a 'p' exponent */
		const char *h = p + (*p == '-' || *p == '+');
		if (h[0] == '0' && (h[1] == 'x' || h[1] == 'X') && !strpbrk(h, "pP"))
			return 0;
		char *end;
		double d = strtod(p, &end);
		if (*end || (size_t)(end - p) != v->u.s.len)
			return 0;
		/* C accepts "nan", "infinity", hex floats; Go ParseFloat
		 * accepts the same set (case-insensitive inf/infinity/nan). */
		return d;
	}
	default:
		return 0;
	}
}

bool fx_tmplf__empty(const fx_node *v)
{
	if (!v)
		return true;
	switch ((fx_kind)v->kind) {
	case FX_NULL:
		return true;
	case FX_BOOL:
		return !v->u.b;
	case FX_INT:
		return v->u.i == 0;
	case FX_FLOAT:
		return v->u.f == 0;
	case FX_STR:
		if (fx_go_type_of(v) == FX_GO_ERROR)
			return false;
		return v->u.s.len == 0;
	case FX_SEQ:
		if (fx_go_type_of(v) == FX_GO_COMPLEX && v->u.seq.len == 2)
			return v->u.seq.items[0]->u.f == 0 && v->u.seq.items[1]->u.f == 0;
		return v->u.seq.len == 0;
	case FX_MAP:
		if (fx_go_type_of(v) == FX_GO_TIME || fx_go_type_of(v) == FX_GO_SEMVER)
			return false;
		return v->u.map.len == 0;
	}
	return false;
}

const char *fx_tmplf__type_name(const fx_node *v)
{
	if (!v || v->kind == FX_NULL)
		return "<nil>";
	switch (fx_go_type_of(v)) {
	case FX_GO_INT64:
		return "int64";
	case FX_GO_UINT64:
		return "uint64";
	case FX_GO_STRSLICE:
		return "[]string";
	case FX_GO_BYTES:
		return "[]uint8";
	case FX_GO_TIME:
		return "time.Time";
	case FX_GO_SEMVER:
		return "*semver.Version";
	case FX_GO_RUNE:
		return "int32";
	case FX_GO_ERROR:
		return "*errors.errorString";
	case FX_GO_COMPLEX:
		return "complex128";
	case FX_GO_DEFAULT:
		break;
	}
	switch ((fx_kind)v->kind) {
	case FX_BOOL:
		return "bool";
	case FX_INT:
		return v->flags & FX_NODE_UINT ? "uint64" : "int";
	case FX_FLOAT:
		return "float64";
	case FX_STR:
		return "string";
	case FX_SEQ:
		return "[]interface {}";
	case FX_MAP:
		return "map[string]interface {}";
	default:
		return "<nil>";
	}
}

const char *fx_tmplf__kind_name(const fx_node *v)
{
	if (!v || v->kind == FX_NULL)
		return "invalid";
	switch (fx_go_type_of(v)) {
	case FX_GO_INT64:
		return "int64";
	case FX_GO_UINT64:
		return "uint64";
	case FX_GO_STRSLICE:
	case FX_GO_BYTES:
		return "slice";
	case FX_GO_TIME:
		return "struct";
	case FX_GO_SEMVER:
	case FX_GO_ERROR:
		return "ptr";
	case FX_GO_RUNE:
		return "int32";
	case FX_GO_COMPLEX:
		return "complex128";
	case FX_GO_DEFAULT:
		break;
	}
	switch ((fx_kind)v->kind) {
	case FX_BOOL:
		return "bool";
	case FX_INT:
		return v->flags & FX_NODE_UINT ? "uint64" : "int";
	case FX_FLOAT:
		return "float64";
	case FX_STR:
		return "string";
	case FX_SEQ:
		return "slice";
	case FX_MAP:
		return "map";
	default:
		return "invalid";
	}
}

/* ------------------------------------------------------------------ */
/* Results                                                              */

fx_node *fx_tmplf__str(fx_tmpl_call *c, const char *s, size_t n)
{
	return fx_node_strn(c->arena, s, n, FX_LOC_NONE);
}

fx_node *fx_tmplf__strz(fx_tmpl_call *c, const char *s)
{
	return fx_node_str(c->arena, s, FX_LOC_NONE);
}

fx_node *fx_tmplf__str_sb(fx_tmpl_call *c, fx_strbuf *sb)
{
	fx_node *n = fx_node_strn(c->arena, fx_sb_cstr(sb), sb->len, FX_LOC_NONE);
	fx_sb_dispose(sb);
	return n;
}

fx_node *fx_tmplf__int(fx_tmpl_call *c, int64_t v, fx_go_type t)
{
	fx_node *n = fx_node_int(c->arena, v, FX_LOC_NONE);
	fx_go_type_set(n, t);
	return n;
}

fx_node *fx_tmplf__float(fx_tmpl_call *c, double f)
{
	return fx_node_float(c->arena, f, FX_LOC_NONE);
}

fx_node *fx_tmplf__bool(fx_tmpl_call *c, bool b)
{
	return fx_node_bool(c->arena, b, FX_LOC_NONE);
}

fx_node *fx_tmplf__null(fx_tmpl_call *c)
{
	return fx_node_null(c->arena, FX_LOC_NONE);
}

fx_node *fx_tmplf__seq(fx_tmpl_call *c, fx_go_type t)
{
	fx_node *n = fx_node_seq(c->arena, FX_LOC_NONE);
	fx_go_type_set(n, t);
	return n;
}

fx_node *fx_tmplf__map(fx_tmpl_call *c)
{
	return fx_node_map(c->arena, FX_LOC_NONE);
}

/* ------------------------------------------------------------------ */
/* Randomness: splitmix64 over env->rand_state, seeded by rand_seed     */

uint64_t fx_tmplf__rand(fx_tmpl_call *c)
{
	fx_tmpl_env *env = c->env;
	uint64_t dummy = 0x853c49e6748fea9bull;
	uint64_t *st = env ? &env->rand_state : &dummy;
	if (env && env->rand_state == 0)
		env->rand_state = env->rand_seed ^ 0x9e3779b97f4a7c15ull;
	uint64_t z = (*st += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

uint64_t fx_tmplf__rand_n(fx_tmpl_call *c, uint64_t n)
{
	if (n == 0)
		return 0;
	uint64_t lim = UINT64_MAX - UINT64_MAX % n;
	uint64_t r;
	do
		r = fx_tmplf__rand(c);
	while (r >= lim);
	return r % n;
}
