/*
 * Sprig's string functions: trimming, case, substrings, quoting,
 * joining and splitting, padding, random strings.  Case conversions of
 * words (snakecase, camelcase, wrap, abbrev, ...) are in textcase.c.
 * Strings are bytes (Go strings); case mapping covers Unicode where the
 * system has a C.UTF-8 locale, ASCII otherwise.
 */
#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "tmpl/funcs/internal.h"

#define ARG_S(i, s, n)                                                         \
	const char *s;                                                         \
	size_t n;                                                              \
	if (fx_tmplf__arg_str(c, (i), &s, &n) < 0)                              \
	return -1
#define ARG_I(i, v)                                                            \
	int64_t v;                                                             \
	if (fx_tmplf__arg_int(c, (i), &v) < 0)                                  \
	return -1

static bool is_space(unsigned char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

static int f_trim(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	size_t b = 0, e = n;
	while (b < e && is_space((unsigned char)s[b]))
		b++;
	while (e > b && is_space((unsigned char)s[e - 1]))
		e--;
	*out = fx_tmplf__str(c, s + b, e - b);
	return 0;
}

/* strings.Trim(b, cutset a) */
static int f_trimall(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, cut, cn);
	ARG_S(1, s, n);
	size_t b = 0, e = n;
	while (b < e && memchr(cut, s[b], cn))
		b++;
	while (e > b && memchr(cut, s[e - 1], cn))
		e--;
	*out = fx_tmplf__str(c, s + b, e - b);
	return 0;
}

static int f_trim_prefix(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, pn);
	ARG_S(1, s, n);
	if (pn <= n && memcmp(s, p, pn) == 0)
		s += pn, n -= pn;
	*out = fx_tmplf__str(c, s, n);
	return 0;
}

static int f_trim_suffix(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, pn);
	ARG_S(1, s, n);
	if (pn <= n && memcmp(s + n - pn, p, pn) == 0)
		n -= pn;
	*out = fx_tmplf__str(c, s, n);
	return 0;
}

/* One rune of UTF-8 (invalid bytes as U+FFFD of width 1). */
static size_t decode_rune(const char *s, size_t n, uint32_t *r)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t k = p[0] < 0x80 ? 1 : p[0] >= 0xf0 && p[0] < 0xf5 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc2 ? 2 : 0;
	if (k == 0 || k > n) {
		*r = 0xfffd;
		return 1;
	}
	uint32_t v = k == 1 ? p[0] : k == 2 ? p[0] & 0x1fu : k == 3 ? p[0] & 0x0fu : p[0] & 0x07u;
	for (size_t i = 1; i < k; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*r = 0xfffd;
			return 1;
		}
		v = (v << 6) | (p[i] & 0x3fu);
	}
	*r = v;
	return k;
}

static void encode_rune(fx_strbuf *sb, uint32_t cp)
{
	if (cp < 0x80) {
		fx_sb_addc(sb, (char)cp);
	} else if (cp < 0x800) {
		fx_sb_addc(sb, (char)(0xc0 | (cp >> 6)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		fx_sb_addc(sb, (char)(0xe0 | (cp >> 12)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	} else {
		fx_sb_addc(sb, (char)(0xf0 | (cp >> 18)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 12) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	}
}

/* strings.ToUpper, ToLower and Title.  Runes beyond ASCII are mapped
 * with the C.UTF-8 locale's tables when the system has it (a locale
 * object of our own, not the process locale). */
static int map_case(fx_tmpl_call *c, fx_node **out, int mode)
{
	ARG_S(0, s, n);
	locale_t loc = (locale_t)0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
			break;
		}
	fx_strbuf sb = FX_STRBUF_INIT;
	bool prev_letter = false;
	for (size_t i = 0; i < n;) {
		uint32_t r;
		size_t k = decode_rune(s + i, n - i, &r);
		uint32_t m = r;
		bool ok = r != 0xfffd || k > 1;
		if (r < 0x80) {
			if (mode == 0 || (mode == 2 && !prev_letter))
				m = (uint32_t)toupper((int)r);
			else if (mode == 1)
				m = (uint32_t)tolower((int)r);
		} else if (loc && ok) {
			if (mode == 0 || (mode == 2 && !prev_letter))
				m = (uint32_t)towupper_l((wint_t)r, loc);
			else if (mode == 1)
				m = (uint32_t)towlower_l((wint_t)r, loc);
		}
		if (mode == 2)
			prev_letter = r < 0x80 ? (isalnum((int)r) || r == '_')
				      : loc ? (bool)iswalnum_l((wint_t)r, loc) : true;
		if (ok)
			encode_rune(&sb, m);
		else
			fx_sb_addc(&sb, s[i]);
		i += k;
	}
	if (loc)
		freelocale(loc);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_upper(fx_tmpl_call *c, fx_node **out)
{
	return map_case(c, out, 0);
}
static int f_lower(fx_tmpl_call *c, fx_node **out)
{
	return map_case(c, out, 1);
}
static int f_title(fx_tmpl_call *c, fx_node **out)
{
	return map_case(c, out, 2);
}

static int f_substr(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, start);
	ARG_I(1, end);
	ARG_S(2, s, n);
	int64_t len = (int64_t)n;
	if (start < 0) {
		if (end < 0 || end > len)
			return fx_tmplf__fail(c, "runtime error: slice bounds out of range [:%lld] with length %lld",
					     (long long)end, (long long)len);
		*out = fx_tmplf__str(c, s, (size_t)end);
		return 0;
	}
	if (end < 0 || end > len) {
		if (start > len)
			return fx_tmplf__fail(c, "runtime error: slice bounds out of range [%lld:%lld]",
					     (long long)start, (long long)len);
		*out = fx_tmplf__str(c, s + start, (size_t)(len - start));
		return 0;
	}
	if (start > end)
		return fx_tmplf__fail(c, "runtime error: slice bounds out of range [%lld:%lld]",
				     (long long)start, (long long)end);
	*out = fx_tmplf__str(c, s + start, (size_t)(end - start));
	return 0;
}

static int f_trunc(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, k);
	ARG_S(1, s, n);
	int64_t len = (int64_t)n;
	if (k < 0 && len + k > 0)
		*out = fx_tmplf__str(c, s + len + k, (size_t)(-k));
	else if (k >= 0 && len > k)
		*out = fx_tmplf__str(c, s, (size_t)k);
	else
		*out = fx_tmplf__str(c, s, n);
	return 0;
}

static int f_repeat(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, k);
	ARG_S(1, s, n);
	if (k < 0)
		return fx_tmplf__fail(c, "strings: negative Repeat count");
	if (n && (uint64_t)k > (1u << 30) / n)
		return fx_tmplf__fail(c, "strings: Repeat output length overflow");
	fx_strbuf sb = FX_STRBUF_INIT;
	for (int64_t i = 0; i < k; i++)
		fx_sb_add(&sb, s, n);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_nospace(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		if (!is_space((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
			fx_sb_addc(&sb, s[i]);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int rand_string(fx_tmpl_call *c, fx_node **out, const char *set)
{
	ARG_I(0, k);
	if (k < 0)
		return fx_tmplf__fail(c, "Requested random string length %lld is less than 0",
				     (long long)k);
	if (k > (1 << 24))
		return fx_tmplf__fail(c, "requested random string is too long");
	size_t sn = strlen(set);
	char *r = fx_arena_alloc(c->arena, (size_t)k + 1);
	for (int64_t i = 0; i < k; i++)
		r[i] = set[fx_tmplf__rand_n(c, sn)];
	*out = fx_node_str_borrow(c->arena, r, (size_t)k, FX_LOC_NONE);
	return 0;
}

#define ALPHA "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
static int f_rand_alpha(fx_tmpl_call *c, fx_node **out)
{
	return rand_string(c, out, ALPHA);
}
static int f_rand_alnum(fx_tmpl_call *c, fx_node **out)
{
	return rand_string(c, out, ALPHA DIGITS);
}
static int f_rand_numeric(fx_tmpl_call *c, fx_node **out)
{
	return rand_string(c, out, DIGITS);
}
static int f_rand_ascii(fx_tmpl_call *c, fx_node **out)
{
	return rand_string(c, out,
			   " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
			   "abcdefghijklmnopqrstuvwxyz{|}~");
}

static int f_contains(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, sub, sn);
	ARG_S(1, s, n);
	*out = fx_tmplf__bool(c, sn == 0 || memmem(s, n, sub, sn) != NULL);
	return 0;
}

static int f_has_prefix(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, pn);
	ARG_S(1, s, n);
	*out = fx_tmplf__bool(c, pn <= n && memcmp(s, p, pn) == 0);
	return 0;
}

static int f_has_suffix(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, pn);
	ARG_S(1, s, n);
	*out = fx_tmplf__bool(c, pn <= n && memcmp(s + n - pn, p, pn) == 0);
	return 0;
}

/* Length of the UTF-8 sequence at s (1 for invalid bytes); *ok false
 * when invalid. */
static size_t utf8_len(const unsigned char *s, size_t n, bool *ok)
{
	*ok = true;
	size_t k = s[0] < 0x80 ? 1 : s[0] >= 0xf0 && s[0] < 0xf5 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (k == 0 || k > n) {
		*ok = false;
		return 1;
	}
	for (size_t i = 1; i < k; i++)
		if ((s[i] & 0xc0) != 0x80) {
			*ok = false;
			return 1;
		}
	return k;
}

/* strconv.Quote */
static void go_quote(fx_strbuf *sb, const char *s, size_t n)
{
	fx_sb_addc(sb, '"');
	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)s[i];
		bool ok;
		size_t k = utf8_len((const unsigned char *)s + i, n - i, &ok);
		if (!ok) {
			fx_sb_addf(sb, "\\x%02x", ch);
			i++;
			continue;
		}
		if (k > 1) {
			/* printable beyond ASCII except a few spacing runes */
			unsigned cp = k == 2 ? ((ch & 0x1fu) << 6) | (s[i + 1] & 0x3fu)
				      : k == 3 ? ((ch & 0x0fu) << 12) | ((s[i + 1] & 0x3fu) << 6) | (s[i + 2] & 0x3fu)
					       : ((ch & 0x07u) << 18) | ((s[i + 1] & 0x3fu) << 12) |
							 ((s[i + 2] & 0x3fu) << 6) | (s[i + 3] & 0x3fu);
			if (cp < 0xa0 || cp == 0xad || (cp >= 0x2028 && cp <= 0x2029) || cp == 0xfeff)
				fx_sb_addf(sb, cp > 0xffff ? "\\U%08x" : "\\u%04x", cp);
			else
				fx_sb_add(sb, s + i, k);
			i += k;
			continue;
		}
		switch (ch) {
		case '"':
			fx_sb_adds(sb, "\\\"");
			break;
		case '\\':
			fx_sb_adds(sb, "\\\\");
			break;
		case '\a':
			fx_sb_adds(sb, "\\a");
			break;
		case '\b':
			fx_sb_adds(sb, "\\b");
			break;
		case '\f':
			fx_sb_adds(sb, "\\f");
			break;
		case '\n':
			fx_sb_adds(sb, "\\n");
			break;
		case '\r':
			fx_sb_adds(sb, "\\r");
			break;
		case '\t':
			fx_sb_adds(sb, "\\t");
			break;
		case '\v':
			fx_sb_adds(sb, "\\v");
			break;
		default:
			if (ch < 0x20 || ch == 0x7f)
				fx_sb_addf(sb, "\\x%02x", ch);
			else
				fx_sb_addc(sb, (char)ch);
		}
		i++;
	}
	fx_sb_addc(sb, '"');
}

static int quote_all(fx_tmpl_call *c, fx_node **out, bool single)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	bool first = true;
	for (size_t i = 0; i < c->n_args; i++) {
		const fx_node *v = c->args[i];
		if (!v || v->kind == FX_NULL)
			continue;
		if (!first)
			fx_sb_addc(&sb, ' ');
		first = false;
		size_t n;
		const char *s = fx_tmplf__strval(c->arena, v, &n);
		if (single) {
			fx_sb_addc(&sb, '\'');
			fx_sb_add(&sb, s, n);
			fx_sb_addc(&sb, '\'');
		} else {
			go_quote(&sb, s, n);
		}
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_quote(fx_tmpl_call *c, fx_node **out)
{
	return quote_all(c, out, false);
}
static int f_squote(fx_tmpl_call *c, fx_node **out)
{
	return quote_all(c, out, true);
}

static int f_cat(fx_tmpl_call *c, fx_node **out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	bool first = true;
	for (size_t i = 0; i < c->n_args; i++) {
		if (!c->args[i] || c->args[i]->kind == FX_NULL)
			continue;
		if (!first)
			fx_sb_addc(&sb, ' ');
		first = false;
		fx_tmplf__fmt_v(&sb, c->args[i]);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int do_indent(fx_tmpl_call *c, fx_node **out, bool nl)
{
	ARG_I(0, k);
	ARG_S(1, s, n);
	if (k < 0)
		return fx_tmplf__fail(c, "strings: negative Repeat count");
	fx_strbuf sb = FX_STRBUF_INIT;
	if (nl)
		fx_sb_addc(&sb, '\n');
	fx_sb_addrep(&sb, ' ', (size_t)k);
	for (size_t i = 0; i < n; i++) {
		fx_sb_addc(&sb, s[i]);
		if (s[i] == '\n')
			fx_sb_addrep(&sb, ' ', (size_t)k);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_indent(fx_tmpl_call *c, fx_node **out)
{
	return do_indent(c, out, false);
}
static int f_nindent(fx_tmpl_call *c, fx_node **out)
{
	return do_indent(c, out, true);
}

/* strings.Replace(src, old, new, -1) */
static int f_replace(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, old, on);
	ARG_S(1, rep, rn);
	ARG_S(2, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (on == 0) { /* new before every rune and at the end */
		for (size_t i = 0; i < n;) {
			bool ok;
			size_t k = utf8_len((const unsigned char *)s + i, n - i, &ok);
			fx_sb_add(&sb, rep, rn);
			fx_sb_add(&sb, s + i, k);
			i += k;
		}
		fx_sb_add(&sb, rep, rn);
	} else {
		size_t i = 0;
		while (i < n) {
			const char *hit = memmem(s + i, n - i, old, on);
			if (!hit) {
				fx_sb_add(&sb, s + i, n - i);
				break;
			}
			fx_sb_add(&sb, s + i, (size_t)(hit - (s + i)));
			fx_sb_add(&sb, rep, rn);
			i = (size_t)(hit - s) + on;
		}
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_plural(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, one, on);
	ARG_S(1, many, mn);
	ARG_I(2, k);
	*out = k == 1 ? fx_tmplf__str(c, one, on) : fx_tmplf__str(c, many, mn);
	return 0;
}

static int f_to_string(fx_tmpl_call *c, fx_node **out)
{
	size_t n;
	const char *s = fx_tmplf__strval(c->arena, c->args[0], &n);
	*out = fx_tmplf__str(c, s, n);
	return 0;
}

/* Sprig's strslice: a []string from a list (nil items dropped) or a
 * one-item list. */
static fx_node *strslice(fx_tmpl_call *c, const fx_node *v)
{
	fx_node *r = fx_tmplf__seq(c, FX_GO_STRSLICE);
	if (fx_tmplf__is_list(v) && fx_go_type_of(v) != FX_GO_BYTES) {
		for (size_t i = 0; i < v->u.seq.len; i++) {
			const fx_node *it = v->u.seq.items[i];
			if (!it || it->kind == FX_NULL) {
				if (fx_go_type_of(v) == FX_GO_STRSLICE)
					fx_seq_push(c->arena, r, fx_tmplf__str(c, "", 0));
				continue;
			}
			size_t n;
			const char *s = fx_tmplf__strval(c->arena, it, &n);
			fx_seq_push(c->arena, r, fx_tmplf__str(c, s, n));
		}
		return r;
	}
	if (!v || v->kind == FX_NULL)
		return r;
	size_t n;
	const char *s = fx_tmplf__strval(c->arena, v, &n);
	fx_seq_push(c->arena, r, fx_tmplf__str(c, s, n));
	return r;
}

static int f_to_strings(fx_tmpl_call *c, fx_node **out)
{
	*out = strslice(c, c->args[0]);
	return 0;
}

static int f_join(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, sep, sepn);
	fx_node *l = strslice(c, c->args[1]);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < l->u.seq.len; i++) {
		if (i)
			fx_sb_add(&sb, sep, sepn);
		fx_sb_add(&sb, l->u.seq.items[i]->u.s.ptr, l->u.seq.items[i]->u.s.len);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int cmp_str_nodes(const void *a, const void *b)
{
	const fx_node *x = *(fx_node *const *)a, *y = *(fx_node *const *)b;
	size_t n = x->u.s.len < y->u.s.len ? x->u.s.len : y->u.s.len;
	int r = memcmp(x->u.s.ptr, y->u.s.ptr, n);
	if (r)
		return r;
	return x->u.s.len < y->u.s.len ? -1 : x->u.s.len > y->u.s.len;
}

static int f_sort_alpha(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *v = c->args[0];
	fx_node *l;
	if (fx_tmplf__is_list(v)) {
		l = strslice(c, v);
		if (l->u.seq.len > 1)
			qsort(l->u.seq.items, l->u.seq.len, sizeof(fx_node *), cmp_str_nodes);
	} else {
		l = fx_tmplf__seq(c, FX_GO_STRSLICE);
		size_t n;
		const char *s = fx_tmplf__strval(c->arena, v, &n);
		fx_seq_push(c->arena, l, fx_tmplf__str(c, s, n));
	}
	*out = l;
	return 0;
}

/* strings.SplitN semantics; n < 0: all. */
static fx_node *split_n(fx_tmpl_call *c, const char *s, size_t n, const char *sep, size_t sepn,
			int64_t lim)
{
	fx_node *r = fx_tmplf__seq(c, FX_GO_STRSLICE);
	if (lim == 0)
		return r;
	if (sepn == 0) {
		for (size_t i = 0; i < n;) {
			bool ok;
			size_t k = utf8_len((const unsigned char *)s + i, n - i, &ok);
			if (lim > 0 && (int64_t)r->u.seq.len == lim - 1) {
				k = n - i;
			}
			fx_seq_push(c->arena, r, fx_tmplf__str(c, s + i, k));
			i += k;
		}
		return r;
	}
	size_t i = 0;
	for (;;) {
		if (lim > 0 && (int64_t)r->u.seq.len == lim - 1)
			break;
		const char *hit = memmem(s + i, n - i, sep, sepn);
		if (!hit)
			break;
		fx_seq_push(c->arena, r, fx_tmplf__str(c, s + i, (size_t)(hit - (s + i))));
		i = (size_t)(hit - s) + sepn;
	}
	fx_seq_push(c->arena, r, fx_tmplf__str(c, s + i, n - i));
	return r;
}

static fx_node *index_map(fx_tmpl_call *c, fx_node *parts)
{
	fx_node *m = fx_tmplf__map(c);
	for (size_t i = 0; i < parts->u.seq.len; i++) {
		char key[32];
		snprintf(key, sizeof(key), "_%zu", i);
		fx_map_set(c->arena, m, key, parts->u.seq.items[i]);
	}
	return m;
}

static int f_split(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, sep, sepn);
	ARG_S(1, s, n);
	*out = index_map(c, split_n(c, s, n, sep, sepn, -1));
	return 0;
}

static int f_splitn(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, sep, sepn);
	ARG_I(1, k);
	ARG_S(2, s, n);
	*out = index_map(c, split_n(c, s, n, sep, sepn, k));
	return 0;
}

static int f_split_list(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, sep, sepn);
	ARG_S(1, s, n);
	*out = split_n(c, s, n, sep, sepn, -1);
	return 0;
}

static int f_hello(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__strz(c, "Hello!");
	return 0;
}

static const fx_tmpl_func strings_funcs[] = {
	{"cat", f_cat, 0, -1, 0},
	{"contains", f_contains, 2, 2, 0},
	{"hasPrefix", f_has_prefix, 2, 2, 0},
	{"hasSuffix", f_has_suffix, 2, 2, 0},
	{"hello", f_hello, 0, 0, 0},
	{"indent", f_indent, 2, 2, 0},
	{"join", f_join, 2, 2, 0},
	{"lower", f_lower, 1, 1, 0},
	{"nindent", f_nindent, 2, 2, 0},
	{"nospace", f_nospace, 1, 1, 0},
	{"plural", f_plural, 3, 3, 0},
	{"quote", f_quote, 0, -1, 0},
	{"randAlpha", f_rand_alpha, 1, 1, 0},
	{"randAlphaNum", f_rand_alnum, 1, 1, 0},
	{"randAscii", f_rand_ascii, 1, 1, 0},
	{"randNumeric", f_rand_numeric, 1, 1, 0},
	{"repeat", f_repeat, 2, 2, 0},
	{"replace", f_replace, 3, 3, 0},
	{"sortAlpha", f_sort_alpha, 1, 1, 0},
	{"split", f_split, 2, 2, 0},
	{"splitList", f_split_list, 2, 2, 0},
	{"splitn", f_splitn, 3, 3, 0},
	{"squote", f_squote, 0, -1, 0},
	{"substr", f_substr, 3, 3, 0},
	{"title", f_title, 1, 1, 0},
	{"toString", f_to_string, 1, 1, 0},
	{"toStrings", f_to_strings, 1, 1, 0},
	{"trim", f_trim, 1, 1, 0},
	{"trimAll", f_trimall, 2, 2, 0},
	{"trimPrefix", f_trim_prefix, 2, 2, 0},
	{"trimSuffix", f_trim_suffix, 2, 2, 0},
	{"trimall", f_trimall, 2, 2, 0},
	{"trunc", f_trunc, 2, 2, 0},
	{"upper", f_upper, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__strings_family(void)
{
	return FX_TMPLF__FAMILY(strings_funcs);
}
