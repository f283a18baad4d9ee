/*
 * Template literals: Go's string unquoting (strconv.Unquote for "..."
 * and `...`), character constants and number literals (decimal, hex,
 * octal, binary, underscores, floats, hex floats, imaginary and complex
 * forms) as text/template/parse's NumberNode reads them.  Used by the
 * parser; errors come back as Go's messages.
 */
#include "tmpl/tmpl_int.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Literals                                                             */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One escape after '\\' at s[*i]; appends to out.  quote is the
 * enclosing quote.  Returns false on a bad escape. */
static bool unquote_escape(const char *s, size_t n, size_t *i, char quote, fx_strbuf *out,
			   uint32_t *rune_out)
{
	if (*i >= n)
		return false;
	char c = s[(*i)++];
	uint32_t r;
	switch (c) {
	case 'a': r = 7; break;
	case 'b': r = 8; break;
	case 'f': r = 12; break;
	case 'n': r = 10; break;
	case 'r': r = 13; break;
	case 't': r = 9; break;
	case 'v': r = 11; break;
	case '\\': r = '\\'; break;
	case '\'':
	case '"':
		if (c != quote)
			return false;
		r = (uint32_t)c;
		break;
	case 'x':
	case 'u':
	case 'U': {
		int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
		if (*i + (size_t)nd > n)
			return false;
		r = 0;
		for (int k = 0; k < nd; k++) {
			int h = hexval(s[*i + (size_t)k]);
			if (h < 0)
				return false;
			r = r * 16 + (uint32_t)h;
		}
		*i += (size_t)nd;
		if (c == 'x') {
			if (rune_out)
				*rune_out = r;
			fx_sb_addc(out, (char)r);
			return true;
		}
		if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
			return false;
		break;
	}
	default:
		if (c >= '0' && c <= '7') {
			if (*i + 2 > n)
				return false;
			r = (uint32_t)(c - '0');
			for (int k = 0; k < 2; k++) {
				char d = s[(*i)++];
				if (d < '0' || d > '7')
					return false;
				r = r * 8 + (uint32_t)(d - '0');
			}
			if (r > 255)
				return false;
			if (rune_out)
				*rune_out = r;
			fx_sb_addc(out, (char)r);
			return true;
		}
		return false;
	}
	if (rune_out)
		*rune_out = r;
	fx_tmpl__utf8_encode(out, r);
	return true;
}

/* strconv.Unquote for "..." and `...`; false on invalid syntax. */
bool fx_tmpl__unquote(fx_arena *a, const fx_tok *t, const char **s_out, size_t *len_out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	bool ok = true;
	if (t->type == TK_RAWSTRING) {
		for (size_t i = 1; i + 1 < t->len; i++)
			if (t->val[i] != '\r')
				fx_sb_addc(&sb, t->val[i]);
	} else {
		size_t n = t->len - 1;
		for (size_t i = 1; i < n && ok;) {
			char c = t->val[i++];
			if (c == '\\')
				ok = unquote_escape(t->val, n, &i, '"', &sb, NULL);
			else
				fx_sb_addc(&sb, c);
		}
	}
	if (ok) {
		*len_out = sb.len;
		*s_out = fx_arena_strndup(a, fx_sb_cstr(&sb), sb.len);
	}
	fx_sb_dispose(&sb);
	return ok;
}

/* Parses an unsigned integer literal (Go syntax: base prefixes,
 * underscores between digits or after a prefix). */
static bool parse_uint(const char *s, size_t n, uint64_t *out)
{
	int base = 10;
	size_t i = 0;
	bool prefix = false;
	if (n >= 2 && s[0] == '0') {
		char b = s[1];
		if (b == 'x' || b == 'X')
			base = 16, i = 2, prefix = true;
		else if (b == 'o' || b == 'O')
			base = 8, i = 2, prefix = true;
		else if (b == 'b' || b == 'B')
			base = 2, i = 2, prefix = true;
		else
			base = 8;
	}
	uint64_t v = 0;
	bool any = false;
	bool prev_digit = prefix; /* an underscore may follow a prefix */
	for (; i < n; i++) {
		char c = s[i];
		if (c == '_') {
			if (!prev_digit)
				return false;
			prev_digit = false;
			continue;
		}
		int d = hexval(c);
		if (d < 0 || d >= base)
			return false;
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			return false;
		v = v * (uint64_t)base + (uint64_t)d;
		any = true;
		prev_digit = true;
	}
	if (!any || !prev_digit)
		return false;
	*out = v;
	return true;
}

static bool parse_float(fx_arena *a, const char *s, size_t n, double *out)
{
	char *buf = fx_arena_alloc(a, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '_')
			buf[k++] = s[i];
	buf[k] = 0;
	if (k == 0)
		return false;
	/* strtod accepts things Go does not (inf, nan, hex without p). */
	for (size_t i = 0; i < k; i++) {
		char c = buf[i];
		if (!((c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == 'e' ||
		      c == 'E' || c == 'x' || c == 'X' || c == 'p' || c == 'P' ||
		      (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
			return false;
	}
	const char *b = buf + (buf[0] == '+' || buf[0] == '-');
	bool hex = b[0] == '0' && (b[1] == 'x' || b[1] == 'X');
	if (hex && !strpbrk(buf, "pP"))
		return false;
	if (!hex && strpbrk(b, "abcdfABCDFxXpP"))
		return false;
	char *end;
	errno = 0;
	double f = strtod(buf, &end);
	if (*end || errno == ERANGE)
		return false;
	*out = f;
	return true;
}

/* Go's parse.NumberNode construction: fills n from token t; returns
 * NULL or Go's error message (arena string). */
const char *fx_tmpl__number(fx_arena *a, fx_tnode *n, const fx_tok *t)
{
	n->text2 = fx_arena_strndup(a, t->val, t->len);
	n->len2 = t->len;
	const char *s = n->text2;
	size_t len = t->len;
	if (t->type == TK_CHARCONST) {
		fx_strbuf sb = FX_STRBUF_INIT;
		uint32_t r = 0;
		bool ok = len >= 3;
		size_t i = 1;
		if (ok && s[1] == '\\') {
			i = 2;
			ok = unquote_escape(s, len - 1, &i, '\'', &sb, &r);
		} else if (ok) {
			i += fx_tmpl__utf8_decode(s + 1, len - 2, &r);
		}
		fx_sb_dispose(&sb);
		if (!ok || i != len - 1)
			return fx_arena_printf(a, "malformed character constant: %s", s);
		n->is_int = n->is_uint = n->is_float = true;
		n->i = r;
		n->u = r;
		n->f = r;
		return NULL;
	}
	if (t->type == TK_COMPLEX || (len > 0 && s[len - 1] == 'i')) {
		/* real[+-]imag'i' or imag'i' */
		size_t split = 0;
		for (size_t i = len - 1; i > 0; i--) {
			if ((s[i] == '+' || s[i] == '-') && !strchr("eEpP", s[i - 1])) {
				split = i;
				break;
			}
		}
		double re = 0, im = 0;
		bool ok = true;
		if (split)
			ok = parse_float(a, s, split, &re);
		if (ok)
			ok = parse_float(a, s + split, len - split - 1, &im);
		if (!ok)
			return fx_arena_printf(a, "illegal number syntax: \"%s\"", s);
		n->is_complex = true;
		n->f = re;
		n->imag = im;
		if (im == 0) {
			n->is_float = true;
			if (re == trunc(re) && fabs(re) < 9.2e18) {
				n->is_int = true;
				n->i = (int64_t)re;
			}
		}
		return NULL;
	}
	bool neg = len > 0 && s[0] == '-';
	size_t off = (len > 0 && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
	uint64_t u;
	if (parse_uint(s + off, len - off, &u)) {
		if (!neg) {
			n->is_uint = true;
			n->u = u;
		}
		if ((neg && u <= (uint64_t)INT64_MAX + 1) || (!neg && u <= (uint64_t)INT64_MAX)) {
			n->is_int = true;
			n->i = neg ? (int64_t)(0 - u) : (int64_t)u;
			if (n->i == 0) {
				n->is_uint = true;
				n->u = 0;
			}
		}
	}
	if (n->is_int) {
		n->is_float = true;
		n->f = (double)n->i;
	} else if (n->is_uint) {
		n->is_float = true;
		n->f = (double)n->u;
	} else {
		double f;
		if (parse_float(a, s, len, &f)) {
			if (!strpbrk(s, ".eEpP"))
				return fx_arena_printf(a, "integer overflow: \"%s\"", s);
			n->is_float = true;
			n->f = f;
			if (!n->is_int && f == trunc(f) && fabs(f) < 9.2e18) {
				n->is_int = true;
				n->i = (int64_t)f;
			}
			if (!n->is_uint && f == trunc(f) && f >= 0 && f < 1.8e19) {
				n->is_uint = true;
				n->u = (uint64_t)f;
			}
		}
	}
	if (!n->is_int && !n->is_uint && !n->is_float)
		return fx_arena_printf(a, "illegal number syntax: \"%s\"", s);
	return NULL;
}

