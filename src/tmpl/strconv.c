/*
 * Go's strconv for templates: UTF-8 decoding and encoding, Quote,
 * QuoteRune and CanBackquote (with an approximation of unicode.IsPrint
 * that is exact for ASCII and the common planes), and FormatFloat's
 * e/f/g forms including the shortest representation.  Shared by the
 * fmt implementation (fmt.c), the lexer and the parser.
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
bool fx_tmpl__is_print(uint32_t r)
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
	if (ascii_only ? (r < 0x80 && fx_tmpl__is_print(r)) : fx_tmpl__is_print(r)) {
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

void fx_tmpl__quote_with(fx_strbuf *out, const char *s, size_t n, char q, bool ascii_only)
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
	fx_tmpl__quote_with(out, s, n, '"', ascii_only);
}

void fx_tmpl__quote_rune(fx_strbuf *out, uint32_t r, bool ascii_only)
{
	if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
		r = 0xFFFD;
	fx_sb_addc(out, '\'');
	quote_rune_body(out, r, 0, '\'', ascii_only);
	fx_sb_addc(out, '\'');
}

bool fx_tmpl__can_backquote(const char *s, size_t n)
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
#define MAX_DIGITS 780 /* more than the exact expansion of any double */

static void float_digits(double f, int prec, char *digs, int *nd, int *dp)
{
	char tmp[MAX_DIGITS + 32];
	if (prec > MAX_DIGITS)
		prec = MAX_DIGITS;
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
	char d[MAX_DIGITS + 2];
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
			size_t cap = (size_t)prec + 330;
			char *buf = fx_xmalloc(cap);
			snprintf(buf, cap, "%.*f", prec, fabs(f));
			fx_sb_adds(out, buf);
			free(buf);
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
