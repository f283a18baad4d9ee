/*
 * Plain scalar resolution: which untagged, unquoted scalars are null,
 * bool, int or float.  See yaml.h for the two schemas.  The rules are
 * those of go-yaml v3 (kustomize's reader) and go-yaml v2 (through
 * sigs.k8s.io/yaml: Flux's re-read after substitution and Helm values):
 *
 *   null   "", ~, null, Null, NULL
 *   bool   true/True/TRUE/false/False/FALSE; YAML 1.1 adds y, Y, yes,
 *          Yes, YES, n, N, no, No, NO, on, On, ON, off, Off, OFF
 *   int    with '_' removed, Go's ParseInt(s, 0, 64): optional sign,
 *          decimal, 0x hex, 0o or leading-0 octal, 0b binary; values that
 *          only fit uint64 are ints too (FX_NODE_UINT); longer digit
 *          strings are floats, as in go-yaml, flagged FX_NODE_BIGNUM so
 *          the exact text can still be used
 *   float  ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ and
 *          .inf/.Inf/.INF with optional sign, .nan/.NaN/.NAN
 *   timestamp (v3 only) YYYY-MM-DD with optional time part: a string
 *          flagged FX_NODE_TIMESTAMP, which the kustomize emitter prints
 *          in RFC 3339 form as kubectl does (v2 keeps it a plain string)
 */
#include "yaml/yaml.h"
#include "yaml/emit_int.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool is_one_of(const char *s, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return true;
	return false;
}

static const char *const nulls[] = {"~", "null", "Null", "NULL", NULL};
static const char *const trues[] = {"true", "True", "TRUE", NULL};
static const char *const falses[] = {"false", "False", "FALSE", NULL};
static const char *const trues11[] = {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", NULL};
static const char *const falses11[] = {"n", "N", "no", "No", "NO", "off", "Off", "OFF", NULL};

bool fx__yaml_is_11_bool(const char *s, size_t n, bool *val)
{
	if (is_one_of(s, n, trues11)) {
		*val = true;
		return true;
	}
	if (is_one_of(s, n, falses11)) {
		*val = false;
		return true;
	}
	return false;
}

/* Go's strconv.ParseInt/ParseUint with base 0 (underscores already gone). */
static int parse_go_int(const char *s, bool *neg, uint64_t *mag)
{
	*neg = false;
	if (*s == '+' || *s == '-')
		*neg = *s++ == '-';
	int base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
		base = 8;
		s += 2;
	} else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
		base = 2;
		s += 2;
	} else if (s[0] == '0' && s[1]) {
		base = 8;
		s += 1;
	}
	if (!*s)
		return -1;
	uint64_t v = 0;
	bool overflow = false;
	for (; *s; s++) {
		int d;
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			return -1;
		if (d >= base)
			return -1;
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			overflow = true;
		else
			v = v * (uint64_t)base + (uint64_t)d;
	}
	*mag = v;
	return overflow ? 1 : 0;
}

static bool is_float_syntax(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	bool digits = false;
	if (*s == '.') {
		s++;
		if (!isdigit((unsigned char)*s))
			return false;
		while (isdigit((unsigned char)*s))
			s++;
		digits = true;
	} else {
		while (isdigit((unsigned char)*s)) {
			s++;
			digits = true;
		}
		if (!digits)
			return false;
		if (*s == '.') {
			s++;
			while (isdigit((unsigned char)*s))
				s++;
		}
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!isdigit((unsigned char)*s))
			return false;
		while (isdigit((unsigned char)*s))
			s++;
	}
	return *s == '\0';
}

/* go-yaml v3's timestamp layouts (2006-1-2, with an optional time part);
 * the parser is shared with the emitter, which prints them in RFC 3339. */
static bool is_timestamp(const char *s, size_t n)
{
	fx__time t;
	return fx__parse_timestamp(s, n, &t);
}

fx_node *fx_scalar_resolve(fx_arena *a, const char *text, size_t len, fx_yaml_schema schema,
			   fx_loc loc)
{
	fx_node *n;
	bool b;
	if (len == 0 || is_one_of(text, len, nulls)) {
		n = fx_node_null(a, loc);
		goto keep_text;
	}
	if (is_one_of(text, len, trues) || is_one_of(text, len, falses)) {
		n = fx_node_bool(a, text[0] == 't' || text[0] == 'T', loc);
		goto keep_text;
	}
	if (schema == FX_YAML_SCHEMA_11 && fx__yaml_is_11_bool(text, len, &b)) {
		n = fx_node_bool(a, b, loc);
		goto keep_text;
	}
	unsigned char c0 = (unsigned char)text[0];
	if (isdigit(c0) || c0 == '+' || c0 == '-' || c0 == '.') {
		if (len < 128 && memchr(text, '\0', len) == NULL) {
			char plain[128];
			size_t j = 0;
			for (size_t i = 0; i < len; i++)
				if (text[i] != '_')
					plain[j++] = text[i];
			plain[j] = '\0';
			bool neg;
			uint64_t mag;
			int r = parse_go_int(plain, &neg, &mag);
			if (r == 0) {
				if (!neg && mag > (uint64_t)INT64_MAX && plain[0] != '+') {
					n = fx_node_int(a, (int64_t)mag, loc);
					n->flags |= FX_NODE_UINT;
				} else if (mag > (uint64_t)INT64_MAX + (neg ? 1 : 0)) {
					/* ParseUint takes no sign: a float then */
					r = 1;
					n = NULL;
				} else {
					n = fx_node_int(a, neg ? (int64_t)(0 - mag) : (int64_t)mag, loc);
				}
				if (r == 0)
					goto keep_text;
			}
			/* out of float range: Go's ParseFloat fails and
			 * go-yaml keeps the text a string */
			if (is_float_syntax(plain) && !isinf(strtod(plain, NULL))) {
				/* go-yaml reads an integer beyond 64 bits as a
				 * float; the exact digits stay in the text */
				n = fx_node_float(a, strtod(plain, NULL), loc);
				if (r == 1)
					n->flags |= FX_NODE_BIGNUM;
				goto keep_text;
			}
		}
		const char *t = text;
		size_t tl = len;
		bool minus = false;
		if (*t == '+' || *t == '-') {
			minus = *t == '-';
			t++;
			tl--;
		}
		static const char *const infs[] = {".inf", ".Inf", ".INF", NULL};
		static const char *const nans[] = {".nan", ".NaN", ".NAN", NULL};
		if (is_one_of(t, tl, infs)) {
			n = fx_node_float(a, minus ? -INFINITY : INFINITY, loc);
			goto keep_text;
		}
		if (t == text && is_one_of(t, tl, nans)) {
			n = fx_node_float(a, NAN, loc);
			goto keep_text;
		}
		if (schema == FX_YAML_SCHEMA_KYAML && is_timestamp(text, len)) {
			n = fx_node_strn(a, text, len, loc);
			n->flags |= FX_NODE_TIMESTAMP;
			n->style = FX_STYLE_PLAIN;
			return n;
		}
	}
	n = fx_node_strn(a, text, len, loc);
	n->style = FX_STYLE_PLAIN;
	return n;
keep_text:
	n->text = fx_arena_strndup(a, text, len);
	n->text_len = len;
	n->style = FX_STYLE_PLAIN;
	return n;
}
