/*
 * Sprig's math and conversion functions (numeric.go): integer math on
 * int64 (cast.ToInt64 of each argument), float math through exact
 * decimals as shopspring/decimal does (addf, subf, mulf, divf, add1f),
 * floor/ceil/round, max/min, seq, randInt and the conversions atoi, int,
 * int64, float64 and toDecimal.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

/* ------------------------------------------------------------------ */
/* Integer math                                                         */

static int64_t iarg(fx_tmpl_call *c, size_t i)
{
	return fx_tmplf__to_int64(c->args[i]);
}

static int f_add(fx_tmpl_call *c, fx_node **out)
{
	uint64_t s = 0;
	for (size_t i = 0; i < c->n_args; i++)
		s += (uint64_t)iarg(c, i);
	*out = fx_tmplf__int(c, (int64_t)s, FX_GO_INT64);
	return 0;
}

static int f_add1(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__int(c, (int64_t)((uint64_t)iarg(c, 0) + 1), FX_GO_INT64);
	return 0;
}

static int f_sub(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__int(c, (int64_t)((uint64_t)iarg(c, 0) - (uint64_t)iarg(c, 1)), FX_GO_INT64);
	return 0;
}

static int f_mul(fx_tmpl_call *c, fx_node **out)
{
	uint64_t p = (uint64_t)iarg(c, 0);
	for (size_t i = 1; i < c->n_args; i++)
		p *= (uint64_t)iarg(c, i);
	*out = fx_tmplf__int(c, (int64_t)p, FX_GO_INT64);
	return 0;
}

static int divmod(fx_tmpl_call *c, fx_node **out, bool mod)
{
	int64_t a = iarg(c, 0), b = iarg(c, 1);
	if (b == 0)
		return fx_tmplf__fail(c, "runtime error: integer divide by zero");
	int64_t r = (a == INT64_MIN && b == -1) ? (mod ? 0 : a) : (mod ? a % b : a / b);
	*out = fx_tmplf__int(c, r, FX_GO_INT64);
	return 0;
}

static int f_div(fx_tmpl_call *c, fx_node **out)
{
	return divmod(c, out, false);
}
static int f_mod(fx_tmpl_call *c, fx_node **out)
{
	return divmod(c, out, true);
}

static int minmax(fx_tmpl_call *c, fx_node **out, bool max)
{
	int64_t r = iarg(c, 0);
	for (size_t i = 1; i < c->n_args; i++) {
		int64_t v = iarg(c, i);
		if (max ? v > r : v < r)
			r = v;
	}
	*out = fx_tmplf__int(c, r, FX_GO_INT64);
	return 0;
}

static int f_max(fx_tmpl_call *c, fx_node **out)
{
	return minmax(c, out, true);
}
static int f_min(fx_tmpl_call *c, fx_node **out)
{
	return minmax(c, out, false);
}

static int minmaxf(fx_tmpl_call *c, fx_node **out, bool max)
{
	double r = fx_tmplf__to_float64(c->args[0]);
	for (size_t i = 1; i < c->n_args; i++) {
		double v = fx_tmplf__to_float64(c->args[i]);
		r = max ? fmax(r, v) : fmin(r, v);
	}
	*out = fx_tmplf__float(c, r);
	return 0;
}

static int f_maxf(fx_tmpl_call *c, fx_node **out)
{
	return minmaxf(c, out, true);
}
static int f_minf(fx_tmpl_call *c, fx_node **out)
{
	return minmaxf(c, out, false);
}

/* ------------------------------------------------------------------ */
/* Decimal float math: value = coef * 10^exp, exact while it fits       */

typedef struct {
	__int128 coef;
	int exp;
	bool inexact; /* fell back to binary floating point */
	double f;
} dec;

#define DEC_LIMIT ((__int128)1 << 120)

static dec dec_from(double f)
{
	dec d = {0, 0, false, f};
	if (!isfinite(f)) {
		d.inexact = true;
		return d;
	}
	if (f == 0)
		return d;
	char buf[64];
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof(buf), "%.*e", prec - 1, f);
		if (strtod(buf, NULL) == f)
			break;
	}
	bool neg = buf[0] == '-';
	__int128 coef = 0;
	int nd = 0;
	const char *p = buf + (neg ? 1 : 0);
	for (; *p && *p != 'e'; p++)
		if (*p != '.') {
			coef = coef * 10 + (*p - '0');
			nd++;
		}
	int e = atoi(p + 1);
	d.coef = neg ? -coef : coef;
	d.exp = e - (nd - 1);
	return d;
}

static double dec_to_double(dec d)
{
	if (d.inexact)
		return d.f;
	char buf[80];
	char digits[48];
	__int128 v = d.coef < 0 ? -d.coef : d.coef;
	int n = 0;
	do {
		digits[n++] = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v);
	int k = 0;
	if (d.coef < 0)
		buf[k++] = '-';
	while (n)
		buf[k++] = digits[--n];
	snprintf(buf + k, sizeof(buf) - (size_t)k, "e%d", d.exp);
	return strtod(buf, NULL);
}

static bool scale_up(__int128 *c, int by)
{
	while (by-- > 0) {
		if (*c > DEC_LIMIT / 10 || *c < -DEC_LIMIT / 10)
			return false;
		*c *= 10;
	}
	return true;
}

static dec dec_inexact(double f)
{
	dec d = {0, 0, true, f};
	return d;
}

static dec dec_add(dec a, dec b, int sign)
{
	if (a.inexact || b.inexact)
		return dec_inexact(dec_to_double(a) + sign * dec_to_double(b));
	__int128 ac = a.coef, bc = b.coef * sign;
	int e = a.exp < b.exp ? a.exp : b.exp;
	if (!scale_up(&ac, a.exp - e) || !scale_up(&bc, b.exp - e))
		return dec_inexact(dec_to_double(a) + sign * dec_to_double(b));
	dec r = {ac + bc, e, false, 0};
	return r;
}

static dec dec_mul(dec a, dec b)
{
	if (a.inexact || b.inexact)
		return dec_inexact(dec_to_double(a) * dec_to_double(b));
	__int128 aa = a.coef < 0 ? -a.coef : a.coef, bb = b.coef < 0 ? -b.coef : b.coef;
	if (aa && bb > DEC_LIMIT / aa)
		return dec_inexact(dec_to_double(a) * dec_to_double(b));
	dec r = {a.coef * b.coef, a.exp + b.exp, false, 0};
	return r;
}

/* decimal.Div: rounded half away from zero to 16 fractional digits. */
static dec dec_div(dec a, dec b)
{
	if (a.inexact || b.inexact)
		return dec_inexact(dec_to_double(a) / dec_to_double(b));
	/* q = a.coef * 10^(a.exp - b.exp + 17) / b.coef, then round 1 digit */
	int shift = a.exp - b.exp + 17;
	__int128 num = a.coef, den = b.coef;
	if (shift >= 0) {
		if (!scale_up(&num, shift))
			return dec_inexact(dec_to_double(a) / dec_to_double(b));
	} else if (!scale_up(&den, -shift)) {
		return dec_inexact(dec_to_double(a) / dec_to_double(b));
	}
	__int128 q = num / den;
	__int128 r10 = q % 10;
	q /= 10;
	if (r10 >= 5)
		q++;
	else if (r10 <= -5)
		q--;
	dec r = {q, -16, false, 0};
	return r;
}

static int f_addf(fx_tmpl_call *c, fx_node **out)
{
	dec s = dec_from(0);
	for (size_t i = 0; i < c->n_args; i++)
		s = dec_add(s, dec_from(fx_tmplf__to_float64(c->args[i])), 1);
	*out = fx_tmplf__float(c, dec_to_double(s));
	return 0;
}

static int f_add1f(fx_tmpl_call *c, fx_node **out)
{
	dec s = dec_add(dec_from(fx_tmplf__to_float64(c->args[0])), dec_from(1), 1);
	*out = fx_tmplf__float(c, dec_to_double(s));
	return 0;
}

static int f_subf(fx_tmpl_call *c, fx_node **out)
{
	dec s = dec_from(fx_tmplf__to_float64(c->args[0]));
	for (size_t i = 1; i < c->n_args; i++)
		s = dec_add(s, dec_from(fx_tmplf__to_float64(c->args[i])), -1);
	*out = fx_tmplf__float(c, dec_to_double(s));
	return 0;
}

static int f_mulf(fx_tmpl_call *c, fx_node **out)
{
	dec s = dec_from(fx_tmplf__to_float64(c->args[0]));
	for (size_t i = 1; i < c->n_args; i++)
		s = dec_mul(s, dec_from(fx_tmplf__to_float64(c->args[i])));
	*out = fx_tmplf__float(c, dec_to_double(s));
	return 0;
}

static int f_divf(fx_tmpl_call *c, fx_node **out)
{
	dec s = dec_from(fx_tmplf__to_float64(c->args[0]));
	for (size_t i = 1; i < c->n_args; i++) {
		double d = fx_tmplf__to_float64(c->args[i]);
		if (d == 0)
			return fx_tmplf__fail(c, "decimal division by 0");
		s = dec_div(s, dec_from(d));
	}
	*out = fx_tmplf__float(c, dec_to_double(s));
	return 0;
}

/* ------------------------------------------------------------------ */
/* Rounding                                                             */

static int f_floor(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__float(c, floor(fx_tmplf__to_float64(c->args[0])));
	return 0;
}

static int f_ceil(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__float(c, ceil(fx_tmplf__to_float64(c->args[0])));
	return 0;
}

static int f_round(fx_tmpl_call *c, fx_node **out)
{
	int64_t p;
	if (fx_tmplf__arg_int(c, 1, &p) < 0)
		return -1;
	double on = 0.5;
	if (c->n_args > 2 && fx_tmplf__arg_float(c, 2, &on) < 0)
		return -1;
	double val = fx_tmplf__to_float64(c->args[0]);
	double pw = pow(10, (double)p);
	double digit = pw * val;
	double ip;
	double frac = modf(digit, &ip);
	double r = frac >= on ? ceil(digit) : floor(digit);
	*out = fx_tmplf__float(c, r / pw);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Sequences and random                                                 */

static int f_seq(fx_tmpl_call *c, fx_node **out)
{
	int64_t p[3] = {0, 0, 0};
	for (size_t i = 0; i < c->n_args && i < 3; i++)
		if (fx_tmplf__arg_int(c, i, &p[i]) < 0)
			return -1;
	fx_node *l = NULL;
	switch (c->n_args) {
	case 1: {
		int64_t inc = p[0] < 1 ? -1 : 1;
		l = fx_tmplf__until_step(c, 1, p[0] + inc, inc);
		break;
	}
	case 2: {
		int64_t step = p[1] < p[0] ? -1 : 1;
		l = fx_tmplf__until_step(c, p[0], p[1] + step, step);
		break;
	}
	case 3: {
		int64_t inc = 1;
		if (p[2] < p[0]) {
			inc = -1;
			if (p[1] > 0)
				break;
		}
		l = fx_tmplf__until_step(c, p[0], p[2] + inc, p[1]);
		break;
	}
	default:
		break;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; l && i < l->u.seq.len; i++)
		fx_sb_addf(&sb, i ? " %" PRId64 : "%" PRId64, l->u.seq.items[i]->u.i);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_rand_int(fx_tmpl_call *c, fx_node **out)
{
	int64_t lo, hi;
	if (fx_tmplf__arg_int(c, 0, &lo) < 0 || fx_tmplf__arg_int(c, 1, &hi) < 0)
		return -1;
	if (hi - lo <= 0)
		return fx_tmplf__fail(c, "invalid argument to Intn");
	*out = fx_tmplf__int(c, lo + (int64_t)fx_tmplf__rand_n(c, (uint64_t)(hi - lo)), FX_GO_DEFAULT);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Conversions                                                          */

static int f_atoi(fx_tmpl_call *c, fx_node **out)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	int64_t v = 0;
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	if (*p >= '0' && *p <= '9') {
		char *end;
		errno = 0;
		long long r = strtoll(s, &end, 10);
		if (!errno && (size_t)(end - s) == n)
			v = r;
	}
	*out = fx_tmplf__int(c, v, FX_GO_DEFAULT);
	return 0;
}

static int f_int(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__int(c, fx_tmplf__to_int64(c->args[0]), FX_GO_DEFAULT);
	return 0;
}

static int f_int64(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__int(c, fx_tmplf__to_int64(c->args[0]), FX_GO_INT64);
	return 0;
}

static int f_float64(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__float(c, fx_tmplf__to_float64(c->args[0]));
	return 0;
}

static int f_to_decimal(fx_tmpl_call *c, fx_node **out)
{
	size_t n;
	const char *s = fx_tmplf__strval(c->arena, c->args[0], &n);
	int64_t v = 0;
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	if (*p >= '0' && *p <= '7') {
		char *end;
		errno = 0;
		long long r = strtoll(s, &end, 8);
		if (!errno && (size_t)(end - s) == n)
			v = r;
	}
	*out = fx_tmplf__int(c, v, FX_GO_INT64);
	return 0;
}

static const fx_tmpl_func math_funcs[] = {
	{"add", f_add, 0, -1, 0},
	{"add1", f_add1, 1, 1, 0},
	{"add1f", f_add1f, 1, 1, 0},
	{"addf", f_addf, 0, -1, 0},
	{"atoi", f_atoi, 1, 1, 0},
	{"biggest", f_max, 1, -1, 0},
	{"ceil", f_ceil, 1, 1, 0},
	{"div", f_div, 2, 2, 0},
	{"divf", f_divf, 1, -1, 0},
	{"float64", f_float64, 1, 1, 0},
	{"floor", f_floor, 1, 1, 0},
	{"int", f_int, 1, 1, 0},
	{"int64", f_int64, 1, 1, 0},
	{"max", f_max, 1, -1, 0},
	{"maxf", f_maxf, 1, -1, 0},
	{"min", f_min, 1, -1, 0},
	{"minf", f_minf, 1, -1, 0},
	{"mod", f_mod, 2, 2, 0},
	{"mul", f_mul, 1, -1, 0},
	{"mulf", f_mulf, 1, -1, 0},
	{"randInt", f_rand_int, 2, 2, 0},
	{"round", f_round, 2, 3, 0},
	{"seq", f_seq, 0, -1, 0},
	{"sub", f_sub, 2, 2, 0},
	{"subf", f_subf, 1, -1, 0},
	{"toDecimal", f_to_decimal, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__math_family(void)
{
	return FX_TMPLF__FAMILY(math_funcs);
}
