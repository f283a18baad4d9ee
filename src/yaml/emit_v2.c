/*
 * go-yaml v2's reading rules that decide how the emitter writes things:
 * the plain-scalar resolver (a string that would read back as a bool,
 * number, null, timestamp or base-60 number must be quoted, as go-yaml v2
 * quotes it) and go-yaml v2's mapping key order (letters after other
 * characters, runs of digits compared as numbers).
 *
 * Part of the yaml stage's emitters; the loader's resolver (resolve.c)
 * answers the other question, what a scalar reads as.
 */
#include "yaml/emit_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* go-yaml v2's resolver: does a plain scalar read as a non-string?     */

static bool in_list(const char *s, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return true;
	return false;
}

static bool isdig(unsigned c)
{
	return c >= '0' && c <= '9';
}

/* ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ */
static bool yaml_style_float(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	if (i < n && s[i] == '.') {
		i++;
		if (i >= n || !isdig((unsigned char)s[i]))
			return false;
		while (i < n && isdig((unsigned char)s[i]))
			i++;
	} else {
		size_t st = i;
		while (i < n && isdig((unsigned char)s[i]))
			i++;
		if (i == st)
			return false;
		if (i < n && s[i] == '.') {
			i++;
			while (i < n && isdig((unsigned char)s[i]))
				i++;
		}
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		size_t st = i;
		while (i < n && isdig((unsigned char)s[i]))
			i++;
		if (i == st)
			return false;
	}
	return i == n;
}

/* Go's ParseFloat fails on overflow (and go-yaml then keeps a string);
 * s has float syntax. */
static bool float_in_range(const char *s, size_t n)
{
	char stack[128];
	char *buf = n < sizeof stack ? stack : fx_xmalloc(n + 1);
	memcpy(buf, s, n);
	buf[n] = '\0';
	bool ok = !isinf(strtod(buf, NULL));
	if (buf != stack)
		free(buf);
	return ok;
}

/* strconv.ParseInt(s, 0, 64) succeeds, or ParseUint does (no sign). */
static bool go_parse_int_ok(const char *s, size_t n)
{
	size_t i = 0;
	bool sign = false;
	if (i < n && (s[i] == '+' || s[i] == '-')) {
		sign = true;
		i++;
	}
	bool neg = sign && s[0] == '-';
	unsigned base = 10;
	if (i + 1 < n && s[i] == '0') {
		char c = s[i + 1];
		if (c == 'x' || c == 'X') {
			base = 16;
			i += 2;
		} else if (c == 'o' || c == 'O') {
			base = 8;
			i += 2;
		} else if (c == 'b' || c == 'B') {
			base = 2;
			i += 2;
		} else {
			base = 8;
			i += 1;
		}
	}
	if (i >= n)
		return false;
	uint64_t v = 0;
	for (; i < n; i++) {
		unsigned c = (unsigned char)s[i], d;
		if (isdig(c))
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return false;
		if (d >= base)
			return false;
		if (v > (UINT64_MAX - d) / base)
			return false; /* out of range: neither int64 nor uint64 */
		v = v * base + d;
	}
	if (!sign)
		return true; /* int64 or uint64 */
	return neg ? v <= (uint64_t)INT64_MAX + 1 : v <= (uint64_t)INT64_MAX;
}

/* ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$ */
static bool is_base60_float(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	if (i >= n || !isdig((unsigned char)s[i]))
		return false;
	i++;
	while (i < n && (isdig((unsigned char)s[i]) || s[i] == '_'))
		i++;
	int groups = 0;
	while (i < n && s[i] == ':') {
		i++;
		size_t st = i;
		while (i < n && isdig((unsigned char)s[i]) && i - st < 2)
			i++;
		size_t k = i - st;
		if (k == 0 || (k == 2 && s[st] > '5'))
			return false;
		groups++;
	}
	if (!groups)
		return false;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && (isdig((unsigned char)s[i]) || s[i] == '_'))
			i++;
	}
	return i == n;
}

bool fx__yaml_v2_nonstr(const char *s, size_t n)
{
	static const char *const words[] = {
		"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
		"~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
		"+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", NULL};
	if (n == 0)
		return true;
	unsigned c = (unsigned char)s[0];
	if (is_base60_float(s, n))
		return true;
	bool digit = isdig(c), sign = c == '+' || c == '-';
	if (!digit && !sign && c != '.' && !strchr("yYnNtTfFoO~", (int)c))
		return false;
	if (c == 0)
		return false;
	if (n <= 5 && in_list(s, n, words))
		return true;
	if (c == '.')
		return yaml_style_float(s, n) && float_in_range(s, n); /* Go's ParseFloat */
	if (!digit && !sign)
		return false;
	fx__time t;
	if (fx__parse_timestamp(s, n, &t))
		return true;
	char stack[128];
	char *plain = n < sizeof stack ? stack : fx_xmalloc(n + 1);
	size_t pn = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != '_')
			plain[pn++] = s[i];
	bool r = go_parse_int_ok(plain, pn) || (yaml_style_float(plain, pn) && float_in_range(plain, pn));
	if (plain != stack)
		free(plain);
	return r;
}

/* ------------------------------------------------------------------ */
/* go-yaml v2's key order: letters after other characters, runs of digits
 * compared as numbers. */

static bool rune_is_letter(uint32_t r)
{
	if (r < 0x80)
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
	/* approximation of unicode.IsLetter outside ASCII */
	if (r < 0xC0)
		return r == 0xAA || r == 0xB5 || r == 0xBA;
	if (r == 0xD7 || r == 0xF7)
		return false;
	if (r >= 0x2000 && r <= 0x2BFF)
		return false;
	if (r >= 0x3000 && r <= 0x303F)
		return false;
	if (r >= 0xFF00 && r <= 0xFF20)
		return false;
	if (r >= 0x1F000)
		return false;
	return true;
}

static uint32_t rune_at(const char *s, size_t n, size_t *i)
{
	size_t w;
	uint32_t r = fx__utf8_rune((const unsigned char *)s + *i, n - *i, &w);
	*i += w;
	return r;
}

int fx__yaml_v2_keycmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	while (i < an && j < bn) {
		size_t i0 = i, j0 = j;
		uint32_t ra = rune_at(a, an, &i), rb = rune_at(b, bn, &j);
		if (ra == rb)
			continue;
		bool al = rune_is_letter(ra), bl = rune_is_letter(rb);
		if (al && bl)
			return ra < rb ? -1 : 1;
		if (al || bl)
			return bl ? -1 : 1;
		int64_t nA = 0, nB = 0;
		if (ra == '0' || rb == '0') {
			/* a non-zero digit in the digits just before: numbers compare */
			for (size_t k = i0; k > 0;) {
				k--;
				if (!isdig((unsigned char)a[k]))
					break;
				if (a[k] != '0') {
					nA = 1;
					nB = 1;
					break;
				}
			}
		}
		size_t ai = i0, bi = j0;
		while (ai < an && isdig((unsigned char)a[ai])) {
			nA = (int64_t)((uint64_t)nA * 10 + (uint64_t)(a[ai] - '0'));
			ai++;
		}
		while (bi < bn && isdig((unsigned char)b[bi])) {
			nB = (int64_t)((uint64_t)nB * 10 + (uint64_t)(b[bi] - '0'));
			bi++;
		}
		if (nA != nB)
			return nA < nB ? -1 : 1;
		if (ai - i0 != bi - j0)
			return ai - i0 < bi - j0 ? -1 : 1;
		return ra < rb ? -1 : 1;
	}
	/* Go compares rune counts; the common prefix is equal, so compare
	 * what is left */
	bool a_more = i < an, b_more = j < bn;
	if (a_more == b_more)
		return 0;
	return a_more ? 1 : -1;
}

