/*
 * Go's fmt for template values: Sprint, Sprintln, Sprintf with the verbs,
 * flags, widths and precisions Go accepts, and the %!verb(type=value)
 * error forms Go writes into the output.  Also strconv.Quote, shortest
 * float formatting and small UTF-8 helpers used across src/tmpl.
 *
 * Values are fx_nodes typed as tmpl.h describes; NULL and FX_NULL are
 * Go's nil.  Maps print with sorted keys as fmt does.
 */
#include "tmpl/tmpl_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */

size_t fx_tmpl__utf8_decode(const char *s, size_t n, uint32_t *r)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0) {
		*r = 0xFFFD;
		return 0;
	}
	if (u[0] < 0x80) {
		*r = u[0];
		return 1;
	}
	size_t len;
	uint32_t v, min;
	if ((u[0] & 0xE0) == 0xC0)
		len = 2, v = u[0] & 0x1F, min = 0x80;
	else if ((u[0] & 0xF0) == 0xE0)
		len = 3, v = u[0] & 0x0F, min = 0x800;
	else if ((u[0] & 0xF8) == 0xF0)
		len = 4, v = u[0] & 0x07, min = 0x10000;
	else
		goto bad;
	if (len > n)
		goto bad;
	for (size_t i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			goto bad;
		v = (v << 6) | (u[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
		goto bad;
	*r = v;
	return len;
bad:
	*r = 0xFFFD;
	return 1;
}

void fx_tmpl__utf8_encode(fx_strbuf *out, uint32_t r)
{
	char b[4];
	if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		r = 0xFFFD;
	if (r < 0x80) {
		fx_sb_addc(out, (char)r);
	} else if (r < 0x800) {
		b[0] = (char)(0xC0 | (r >> 6));
		b[1] = (char)(0x80 | (r & 0x3F));
		fx_sb_add(out, b, 2);
	} else if (r < 0x10000) {
		b[0] = (char)(0xE0 | (r >> 12));
		b[1] = (char)(0x80 | ((r >> 6) & 0x3F));
		b[2] = (char)(0x80 | (r & 0x3F));
		fx_sb_add(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (r >> 18));
		b[1] = (char)(0x80 | ((r >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((r >> 6) & 0x3F));
		b[3] = (char)(0x80 | (r & 0x3F));
		fx_sb_add(out, b, 4);
	}
}

/* An approximation of unicode.IsPrint good for the common planes. */
static bool is_print(uint32_t r)
{
	if (r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0xA0) || r == 0xAD)
		return false;
	if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
	    (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF)
		return false;
	if ((r >= 0xD800 && r < 0xE000) || (r >= 0xE000 && r <= 0xF8FF) || r == 0xFFFE ||
	    r == 0xFFFF || (r >= 0xFFF9 && r <= 0xFFFB) || r > 0x10FFFF)
		return false;
	return true;
}

/* ------------------------------------------------------------------ */
/* strconv.Quote                                                        */

static void quote_rune_body(fx_strbuf *out, uint32_t r, size_t width, char quote,
			    bool ascii_only)
{
	static const char hex[] = "0123456789abcdef";
	if (width == 1 && r == 0xFFFD) {
		/* invalid byte: caller handles */
	}
	if (r == (uint32_t)quote || r == '\\') {
		fx_sb_addc(out, '\\');
		fx_sb_addc(out, (char)r);
		return;
	}
	if (ascii_only ? (r < 0x80 && is_print(r)) : is_print(r)) {
		fx_tmpl__utf8_encode(out, r);
		return;
	}
	switch (r) {
	case 7: fx_sb_adds(out, "\\a"); return;
	case 8: fx_sb_adds(out, "\\b"); return;
	case 12: fx_sb_adds(out, "\\f"); return;
	case 10: fx_sb_adds(out, "\\n"); return;
	case 13: fx_sb_adds(out, "\\r"); return;
	case 9: fx_sb_adds(out, "\\t"); return;
	case 11: fx_sb_adds(out, "\\v"); return;
	default: break;
	}
	if (r < ' ' || r == 0x7F) {
		fx_sb_addf(out, "\\x%c%c", hex[(r >> 4) & 15], hex[r & 15]);
	} else if (r < 0x10000) {
		fx_sb_addf(out, "\\u%04x", r);
	} else {
		fx_sb_addf(out, "\\U%08x", r);
	}
}

static void quote_with(fx_strbuf *out, const char *s, size_t n, char q, bool ascii_only)
{
	fx_sb_addc(out, q);
	for (size_t i = 0; i < n;) {
		uint32_t r;
		size_t w = fx_tmpl__utf8_decode(s + i, n - i, &r);
		if (w == 1 && r == 0xFFFD) {
			fx_sb_addf(out, "\\x%02x", (unsigned char)s[i]);
			i++;
			continue;
		}
		quote_rune_body(out, r, w, q, ascii_only);
		i += w;
	}
	fx_sb_addc(out, q);
}

void fx_tmpl__quote(fx_strbuf *out, const char *s, size_t n, bool ascii_only)
{
	quote_with(out, s, n, '"', ascii_only);
}

static void quote_rune(fx_strbuf *out, uint32_t r, bool ascii_only)
{
	if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		r = 0xFFFD;
	fx_sb_addc(out, '\'');
	quote_rune_body(out, r, 0, '\'', ascii_only);
	fx_sb_addc(out, '\'');
}

static bool can_backquote(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t r;
		size_t w = fx_tmpl__utf8_decode(s + i, n - i, &r);
		if (w == 1 && r == 0xFFFD && (unsigned char)s[i] >= 0x80)
			return false;
		if (r == '`' || r == 0xFEFF)
			return false;
		if (r < ' ' && r != '\t')
			return false;
		if (r == 0x7F)
			return false;
		i += w;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Floats                                                               */

/* Shortest digits of |f| (f finite, non-zero): digs, count, dp such
 * that f = 0.d1d2... * 10^dp.  prec > 0 rounds to prec digits instead. */
static void float_digits(double f, int prec, char *digs, int *nd, int *dp)
{
	char tmp[64];
	f = fabs(f);
	if (prec <= 0 && f == trunc(f) && f < 1e15) {
		/* integral: the digits of the integer (fast path for Helm's
		 * float64 values, which are mostly whole numbers) */
		int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)f);
		*dp = n;
		while (n > 1 && tmp[n - 1] == '0')
			n--;
		memcpy(digs, tmp, (size_t)n);
		digs[n] = 0;
		*nd = n;
		return;
	}
	if (prec > 0) {
		snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
	} else {
		for (int p = 1; p <= 17; p++) {
			snprintf(tmp, sizeof tmp, "%.*e", p - 1, f);
			if (strtod(tmp, NULL) == f)
				break;
		}
	}
	int n = 0;
	const char *s = tmp;
	for (; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			digs[n++] = *s;
	int exp = atoi(s + 1);
	while (n > 1 && digs[n - 1] == '0')
		n--;
	digs[n] = 0;
	*nd = n;
	*dp = exp + 1;
}

static void fmt_e(fx_strbuf *out, const char *d, int nd, int dp, int prec, char e)
{
	fx_sb_addc(out, d[0]);
	if (prec > 0) {
		fx_sb_addc(out, '.');
		for (int i = 1; i <= prec; i++)
			fx_sb_addc(out, i < nd ? d[i] : '0');
	}
	int exp = dp - 1;
	if (d[0] == '0')
		exp = 0;
	fx_sb_addf(out, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

static void fmt_f(fx_strbuf *out, const char *d, int nd, int dp, int prec)
{
	if (dp > 0) {
		for (int i = 0; i < dp; i++)
			fx_sb_addc(out, i < nd ? d[i] : '0');
	} else {
		fx_sb_addc(out, '0');
	}
	if (prec > 0) {
		fx_sb_addc(out, '.');
		for (int i = 0; i < prec; i++) {
			int j = dp + i;
			fx_sb_addc(out, j >= 0 && j < nd ? d[j] : '0');
		}
	}
}

/* strconv.FormatFloat(f, verb, prec, 64) for e, E, f, F, g, G. */
void fx_tmpl__fmt_float(fx_strbuf *out, double f, char verb, int prec)
{
	if (isnan(f)) {
		fx_sb_adds(out, "NaN");
		return;
	}
	if (isinf(f)) {
		fx_sb_adds(out, f > 0 ? "+Inf" : "-Inf");
		return;
	}
	if (signbit(f))
		fx_sb_addc(out, '-');
	char d[40];
	int nd, dp;
	bool shortest = prec < 0;
	if (f == 0) {
		d[0] = '0';
		d[1] = 0;
		nd = 1;
		dp = 1;
	} else if (shortest) {
		float_digits(f, 0, d, &nd, &dp);
	} else {
		/* rounded digits: for e, prec+1 significant; for f it depends on
		 * the magnitude, so let C do the work */
		if (verb == 'f' || verb == 'F') {
			char buf[400];
			snprintf(buf, sizeof buf, "%.*f", prec, fabs(f));
			fx_sb_adds(out, buf);
			return;
		}
		int sig = (verb == 'e' || verb == 'E') ? prec + 1 : (prec == 0 ? 1 : prec);
		float_digits(f, sig, d, &nd, &dp);
	}
	switch (verb) {
	case 'e':
	case 'E':
		fmt_e(out, d, nd, dp, shortest ? nd - 1 : prec, verb);
		return;
	case 'f':
	case 'F':
		fmt_f(out, d, nd, dp, shortest ? (nd - dp > 0 ? nd - dp : 0) : prec);
		return;
	default: {
		int eprec = shortest ? 6 : (prec == 0 ? 1 : prec);
		if (!shortest && eprec > nd && nd >= dp)
			eprec = nd;
		int exp = dp - 1;
		if (f == 0)
			exp = 0;
		char e = verb == 'G' ? 'E' : 'e';
		if (exp < -4 || exp >= eprec) {
			int p = shortest ? nd - 1 : eprec - 1;
			if (!shortest && p > nd - 1)
				p = nd - 1;
			fmt_e(out, d, nd, dp, p, e);
		} else {
			int p = shortest ? nd - dp : (eprec > dp ? (nd > dp ? nd - dp : 0) : 0);
			fmt_f(out, d, nd, dp, p > 0 ? p : 0);
		}
		return;
	}
	}
}

/* ------------------------------------------------------------------ */
/* Types                                                                */

const char *fx_tmpl__go_type(const fx_node *v)
{
	if (!v || v->kind == FX_NULL)
		return "<nil>";
	fx_go_type gt = fx_go_type_of(v);
	switch (v->kind) {
	case FX_BOOL:
		return "bool";
	case FX_INT:
		if (gt == FX_GO_INT64)
			return "int64";
		if (gt == FX_GO_UINT64 || (v->flags & FX_NODE_UINT))
			return "uint64";
		if (gt == FX_GO_RUNE)
			return "int32";
		return "int";
	case FX_FLOAT:
		return "float64";
	case FX_STR:
		if (gt == FX_GO_BYTES)
			return "[]uint8";
		if (gt == FX_GO_ERROR)
			return "*errors.errorString";
		return "string";
	case FX_SEQ:
		if (gt == FX_GO_STRSLICE)
			return "[]string";
		if (gt == FX_GO_COMPLEX)
			return "complex128";
		return "[]interface {}";
	case FX_MAP:
		if (gt == FX_GO_TIME)
			return "time.Time";
		if (gt == FX_GO_SEMVER)
			return "*semver.Version";
		return "map[string]interface {}";
	default:
		return "?";
	}
}

/* ------------------------------------------------------------------ */
/* Printer                                                              */

/* %v of Go values that the function families model (time.Time,
 * *semver.Version), from src/tmpl/funcs/value.c. */
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v);

typedef struct {
	bool plus, minus, sharp, space, zero;
	bool has_width, has_prec;
	int width, prec;
} spec;

static void pad(fx_strbuf *out, const spec *sp, const char *s, size_t n, bool numeric_zero)
{
	size_t runes = 0;
	for (size_t i = 0; i < n;) {
		uint32_t r;
		i += fx_tmpl__utf8_decode(s + i, n - i, &r);
		runes++;
	}
	size_t w = sp->has_width && sp->width > 0 ? (size_t)sp->width : 0;
	if (runes >= w) {
		fx_sb_add(out, s, n);
		return;
	}
	size_t fill = w - runes;
	if (sp->minus) {
		fx_sb_add(out, s, n);
		fx_sb_addrep(out, ' ', fill);
	} else if (sp->zero && numeric_zero) {
		/* zeros after the sign */
		size_t k = 0;
		if (n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' '))
			fx_sb_addc(out, s[k++]);
		fx_sb_addrep(out, '0', fill);
		fx_sb_add(out, s + k, n - k);
	} else if (sp->zero) {
		fx_sb_addrep(out, '0', fill);
		fx_sb_add(out, s, n);
	} else {
		fx_sb_addrep(out, ' ', fill);
		fx_sb_add(out, s, n);
	}
}

static void print_value(fx_strbuf *out, const fx_node *v, char verb, const spec *sp, int depth);

static void bad_verb(fx_strbuf *out, const fx_node *v, char verb)
{
	fx_sb_addf(out, "%%!%c(", verb);
	if (!v || v->kind == FX_NULL) {
		fx_sb_adds(out, "<nil>");
	} else {
		fx_sb_adds(out, fx_tmpl__go_type(v));
		fx_sb_addc(out, '=');
		spec none = {0};
		print_value(out, v, 'v', &none, 0);
	}
	fx_sb_addc(out, ')');
}

static void fmt_integer(fx_strbuf *out, uint64_t u, bool neg, int base, char verb,
			const spec *sp)
{
	char buf[80];
	int i = (int)sizeof buf;
	const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	int prec = sp->has_prec ? sp->prec : -1;
	if (prec == 0 && u == 0) {
		spec s2 = *sp;
		s2.zero = false;
		pad(out, &s2, "", 0, false);
		return;
	}
	while (u > 0 || i == (int)sizeof buf) {
		buf[--i] = digits[u % (uint64_t)base];
		u /= (uint64_t)base;
		if (i <= 8)
			break;
	}
	int ndig = (int)sizeof buf - i;
	bool zero_pad = sp->zero && !sp->minus && !sp->has_prec && sp->has_width;
	int want = prec > ndig ? prec : ndig;
	if (zero_pad) {
		int extra = (neg || sp->plus || sp->space) ? 1 : 0;
		if (sp->sharp && (base == 16 || base == 2))
			extra += 2;
		else if (sp->sharp && base == 8)
			extra += 1;
		if (sp->width - extra > want)
			want = sp->width - extra;
	}
	while (ndig < want && i > 8) {
		buf[--i] = '0';
		ndig++;
	}
	if (sp->sharp) {
		if (base == 16) {
			buf[--i] = verb == 'X' ? 'X' : 'x';
			buf[--i] = '0';
		} else if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		} else if (base == 8 && buf[i] != '0') {
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (neg)
		buf[--i] = '-';
	else if (sp->plus)
		buf[--i] = '+';
	else if (sp->space)
		buf[--i] = ' ';
	spec s2 = *sp;
	s2.zero = false;
	pad(out, &s2, buf + i, sizeof buf - (size_t)i, false);
}

static void fmt_float_verb(fx_strbuf *out, double f, char verb, const spec *sp)
{
	fx_strbuf t = FX_STRBUF_INIT;
	int prec = sp->has_prec ? sp->prec : -1;
	char v = verb;
	if (verb == 'v')
		v = 'g';
	if ((v == 'e' || v == 'E' || v == 'f' || v == 'F') && prec < 0)
		prec = 6;
	fx_tmpl__fmt_float(&t, f, v, prec);
	if (sp->sharp && v != 'e' && v != 'E' && !strchr(fx_sb_cstr(&t), '.') &&
	    !strchr(fx_sb_cstr(&t), 'e') && !isinf(f) && !isnan(f))
		fx_sb_addc(&t, '.');
	const char *s = fx_sb_cstr(&t);
	fx_strbuf u = FX_STRBUF_INIT;
	if (s[0] != '-' && s[0] != '+' && (sp->plus || sp->space))
		fx_sb_addc(&u, sp->plus ? '+' : ' ');
	else if (s[0] == '+' && !sp->plus && isinf(f))
		s++; /* Go prints +Inf only with the plus flag... except %v */
	if (isinf(f) && f > 0 && !sp->plus && !sp->space)
		fx_sb_addc(&u, '+');
	fx_sb_adds(&u, s);
	pad(out, sp, fx_sb_cstr(&u), u.len, !isinf(f) && !isnan(f));
	fx_sb_dispose(&t);
	fx_sb_dispose(&u);
}

static void fmt_string(fx_strbuf *out, const char *s, size_t n, char verb, const spec *sp)
{
	if (sp->has_prec && verb != 'x' && verb != 'X') {
		size_t i = 0;
		int runes = 0;
		while (i < n && runes < sp->prec) {
			uint32_t r;
			i += fx_tmpl__utf8_decode(s + i, n - i, &r);
			runes++;
		}
		n = i;
	}
	fx_strbuf t = FX_STRBUF_INIT;
	switch (verb) {
	case 'v':
	case 's':
		pad(out, sp, s, n, false);
		break;
	case 'q':
		if (sp->sharp && can_backquote(s, n)) {
			fx_sb_addc(&t, '`');
			fx_sb_add(&t, s, n);
			fx_sb_addc(&t, '`');
		} else {
			quote_with(&t, s, n, '"', sp->plus);
		}
		pad(out, sp, fx_sb_cstr(&t), t.len, false);
		break;
	case 'x':
	case 'X': {
		const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
		size_t lim = n;
		if (sp->has_prec && (size_t)sp->prec < lim)
			lim = (size_t)sp->prec;
		for (size_t i = 0; i < lim; i++) {
			if (i > 0 && sp->space)
				fx_sb_addc(&t, ' ');
			if (sp->sharp && (i == 0 || sp->space)) {
				fx_sb_addc(&t, '0');
				fx_sb_addc(&t, verb == 'X' ? 'X' : 'x');
			}
			unsigned char c = (unsigned char)s[i];
			fx_sb_addc(&t, digits[c >> 4]);
			fx_sb_addc(&t, digits[c & 15]);
		}
		pad(out, sp, fx_sb_cstr(&t), t.len, false);
		break;
	}
	default:
		break;
	}
	fx_sb_dispose(&t);
}

static int cmp_keys(const void *a, const void *b, void *m)
{
	const fx_node *map = m;
	const fx_pair *pa = &map->u.map.items[*(const size_t *)a];
	const fx_pair *pb = &map->u.map.items[*(const size_t *)b];
	const char *ka = pa->key && pa->key->kind == FX_STR ? pa->key->u.s.ptr : "";
	const char *kb = pb->key && pb->key->kind == FX_STR ? pb->key->u.s.ptr : "";
	return strcmp(ka, kb);
}

static void print_value(fx_strbuf *out, const fx_node *v, char verb, const spec *sp, int depth)
{
	if (depth > 100) {
		fx_sb_adds(out, "...");
		return;
	}
	if (verb == 'T') {
		fmt_string(out, fx_tmpl__go_type(v), strlen(fx_tmpl__go_type(v)), 's', sp);
		return;
	}
	if (!v || v->kind == FX_NULL) {
		if (verb == 'v' || verb == 's' || depth > 0) {
			if (verb == 'v' || depth > 0)
				pad(out, sp, "<nil>", 5, false);
			else
				bad_verb(out, v, verb);
		} else {
			bad_verb(out, v, verb);
		}
		return;
	}
	fx_go_type gt = fx_go_type_of(v);
	switch (v->kind) {
	case FX_BOOL:
		if (verb == 'v' || verb == 't')
			pad(out, sp, v->u.b ? "true" : "false", v->u.b ? 4 : 5, false);
		else
			bad_verb(out, v, verb);
		return;
	case FX_INT: {
		bool is_u = gt == FX_GO_UINT64 || (v->flags & FX_NODE_UINT);
		uint64_t u = is_u || v->u.i >= 0 ? (uint64_t)v->u.i : (uint64_t)0 - (uint64_t)v->u.i;
		bool neg = !is_u && v->u.i < 0;
		switch (verb) {
		case 'v':
		case 'd':
			fmt_integer(out, u, neg, 10, 'd', sp);
			return;
		case 'b':
			fmt_integer(out, u, neg, 2, 'b', sp);
			return;
		case 'o':
		case 'O':
			fmt_integer(out, u, neg, 8, verb, sp);
			return;
		case 'x':
		case 'X':
			fmt_integer(out, u, neg, 16, verb, sp);
			return;
		case 'c': {
			fx_strbuf t = FX_STRBUF_INIT;
			fx_tmpl__utf8_encode(&t, neg || u > 0x10FFFF ? 0xFFFD : (uint32_t)u);
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'q': {
			fx_strbuf t = FX_STRBUF_INIT;
			quote_rune(&t, neg || u > 0x10FFFF ? 0xFFFD : (uint32_t)u, sp->plus);
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'U': {
			fx_strbuf t = FX_STRBUF_INIT;
			fx_sb_addf(&t, "U+%04llX", (unsigned long long)u);
			if (sp->sharp && u <= 0x10FFFF && is_print((uint32_t)u)) {
				fx_sb_adds(&t, " '");
				fx_tmpl__utf8_encode(&t, (uint32_t)u);
				fx_sb_addc(&t, '\'');
			}
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		default:
			bad_verb(out, v, verb);
			return;
		}
	}
	case FX_FLOAT:
		switch (verb) {
		case 'v':
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
			fmt_float_verb(out, v->u.f, verb, sp);
			return;
		default:
			bad_verb(out, v, verb);
			return;
		}
	case FX_STR:
		if (gt == FX_GO_BYTES && (verb == 'v' || verb == 'd')) {
			fx_sb_addc(out, '[');
			for (size_t i = 0; i < v->u.s.len; i++) {
				if (i)
					fx_sb_addc(out, ' ');
				fx_sb_addf(out, "%u", (unsigned char)v->u.s.ptr[i]);
			}
			fx_sb_addc(out, ']');
			return;
		}
		if (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
			fmt_string(out, v->u.s.ptr, v->u.s.len, verb, sp);
		else
			bad_verb(out, v, verb);
		return;
	case FX_SEQ:
		if (gt == FX_GO_COMPLEX && v->u.seq.len == 2) {
			fx_strbuf t = FX_STRBUF_INIT;
			spec s2 = *sp;
			s2.has_width = false;
			fx_sb_addc(&t, '(');
			print_value(&t, v->u.seq.items[0], verb == 'v' ? 'g' : verb, &s2, depth + 1);
			s2.plus = true;
			print_value(&t, v->u.seq.items[1], verb == 'v' ? 'g' : verb, &s2, depth + 1);
			fx_sb_adds(&t, "i)");
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		fx_sb_addc(out, '[');
		for (size_t i = 0; i < v->u.seq.len; i++) {
			if (i)
				fx_sb_addc(out, ' ');
			print_value(out, v->u.seq.items[i], verb, sp, depth + 1);
		}
		fx_sb_addc(out, ']');
		return;
	case FX_MAP: {
		if (gt == FX_GO_TIME || gt == FX_GO_SEMVER) {
			/* Stringers: time.Time and *semver.Version print their
			 * String() (the funcs families own those formats) */
			fx_strbuf t = FX_STRBUF_INIT;
			fx_tmplf__fmt_v(&t, v);
			if (verb == 'v' || verb == 's' || verb == 'q')
				fmt_string(out, fx_sb_cstr(&t), t.len, verb, sp);
			else
				bad_verb(out, v, verb);
			fx_sb_dispose(&t);
			return;
		}
		fx_sb_adds(out, "map[");
		size_t n = v->u.map.len;
		size_t *ord = fx_xmalloc((n ? n : 1) * sizeof(size_t));
		for (size_t i = 0; i < n; i++)
			ord[i] = i;
		qsort_r(ord, n, sizeof(size_t), cmp_keys, (void *)v);
		for (size_t i = 0; i < n; i++) {
			const fx_pair *p = &v->u.map.items[ord[i]];
			if (i)
				fx_sb_addc(out, ' ');
			print_value(out, p->key, verb, sp, depth + 1);
			fx_sb_addc(out, ':');
			print_value(out, p->val, verb, sp, depth + 1);
		}
		free(ord);
		fx_sb_addc(out, ']');
		return;
	}
	default:
		return;
	}
}

void fx_tmpl_format_value(fx_strbuf *out, const fx_node *v)
{
	spec none = {0};
	print_value(out, v, 'v', &none, 0);
}

void fx_tmpl__sprint(fx_strbuf *out, fx_node *const *args, size_t n, bool ln)
{
	spec none = {0};
	for (size_t i = 0; i < n; i++) {
		bool is_str = args[i] && args[i]->kind == FX_STR &&
			      fx_go_type_of(args[i]) != FX_GO_BYTES;
		if (i > 0) {
			bool prev_str = args[i - 1] && args[i - 1]->kind == FX_STR &&
					fx_go_type_of(args[i - 1]) != FX_GO_BYTES;
			if (ln || (!is_str && !prev_str))
				fx_sb_addc(out, ' ');
		}
		print_value(out, args[i], 'v', &none, 0);
	}
	if (ln)
		fx_sb_addc(out, '\n');
}

void fx_tmpl__sprintf(fx_strbuf *out, const char *f, size_t flen, fx_node *const *args,
		      size_t n)
{
	size_t argi = 0;
	size_t i = 0;
	while (i < flen) {
		if (f[i] != '%') {
			size_t j = i;
			while (j < flen && f[j] != '%')
				j++;
			fx_sb_add(out, f + i, j - i);
			i = j;
			continue;
		}
		i++;
		spec sp = {0};
		for (; i < flen; i++) {
			char c = f[i];
			if (c == '+')
				sp.plus = true;
			else if (c == '-')
				sp.minus = true, sp.zero = false;
			else if (c == '#')
				sp.sharp = true;
			else if (c == ' ')
				sp.space = true;
			else if (c == '0')
				sp.zero = !sp.minus;
			else
				break;
		}
		/* width */
		if (i < flen && f[i] == '*') {
			i++;
			if (argi < n && args[argi] && args[argi]->kind == FX_INT) {
				sp.has_width = true;
				sp.width = (int)args[argi]->u.i;
				if (sp.width < 0) {
					sp.minus = true;
					sp.width = -sp.width;
				}
				if (sp.width > 1000000) {
					sp.has_width = false;
					fx_sb_adds(out, "%!(BADWIDTH)");
				}
			} else {
				fx_sb_adds(out, "%!(BADWIDTH)");
			}
			argi++;
		} else {
			while (i < flen && f[i] >= '0' && f[i] <= '9') {
				sp.has_width = true;
				if (sp.width < 1000000)
					sp.width = sp.width * 10 + (f[i] - '0');
				i++;
			}
		}
		if (i < flen && f[i] == '.') {
			i++;
			sp.has_prec = true;
			if (i < flen && f[i] == '*') {
				i++;
				if (argi < n && args[argi] && args[argi]->kind == FX_INT &&
				    args[argi]->u.i >= 0 && args[argi]->u.i < 1000000) {
					sp.prec = (int)args[argi]->u.i;
				} else {
					sp.has_prec = false;
					fx_sb_adds(out, "%!(BADPREC)");
				}
				argi++;
			} else {
				while (i < flen && f[i] >= '0' && f[i] <= '9') {
					if (sp.prec < 1000000)
						sp.prec = sp.prec * 10 + (f[i] - '0');
					i++;
				}
			}
		}
		if (i >= flen) {
			fx_sb_adds(out, "%!(NOVERB)");
			break;
		}
		uint32_t verb;
		size_t w = fx_tmpl__utf8_decode(f + i, flen - i, &verb);
		i += w;
		if (verb == '%') {
			fx_sb_addc(out, '%');
			continue;
		}
		if (argi >= n) {
			fx_sb_adds(out, "%!");
			fx_tmpl__utf8_encode(out, verb);
			fx_sb_adds(out, "(MISSING)");
			continue;
		}
		const fx_node *a = args[argi++];
		if (verb == 'v' && sp.sharp) {
			sp.sharp = false; /* %#v: Go syntax; approximated by %v */
		}
		if (verb > 0x7f || !strchr("vTtbcdoOqxXUeEfFgGs", (int)verb)) {
			fx_sb_adds(out, "%!");
			fx_tmpl__utf8_encode(out, verb);
			fx_sb_addc(out, '(');
			if (!a || a->kind == FX_NULL) {
				fx_sb_adds(out, "<nil>");
			} else {
				fx_sb_adds(out, fx_tmpl__go_type(a));
				fx_sb_addc(out, '=');
				spec none = {0};
				print_value(out, a, 'v', &none, 0);
			}
			fx_sb_addc(out, ')');
			continue;
		}
		print_value(out, a, (char)verb, &sp, 0);
	}
	if (argi < n) {
		fx_sb_adds(out, "%!(EXTRA ");
		for (size_t k = argi; k < n; k++) {
			if (k > argi)
				fx_sb_adds(out, ", ");
			const fx_node *a = args[k];
			if (!a || a->kind == FX_NULL) {
				fx_sb_adds(out, "<nil>");
				continue;
			}
			fx_sb_adds(out, fx_tmpl__go_type(a));
			fx_sb_addc(out, '=');
			spec none = {0};
			print_value(out, a, 'v', &none, 0);
		}
		fx_sb_addc(out, ')');
	}
}
