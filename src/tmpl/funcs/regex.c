/*
 * Sprig's regular expression functions on Go's regexp semantics, run by
 * PCRE2: patterns are compiled as UTF-8 with `$` matching only at the
 * end (Go's default), matches are leftmost-first as in Go, and the
 * iteration over matches (FindAll, ReplaceAll, Split) follows Go's rules
 * for empty matches.  Replacement templates use Go's Expand syntax:
 * `$1`, `${1}`, `$name`, `${name}` and `$$`.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#ifdef PCRE2_MATCH_INVALID_UTF
#define INVALID_UTF_OPT PCRE2_MATCH_INVALID_UTF
#define UTF_OK(s, n) true
#else
#define INVALID_UTF_OPT 0
#define UTF_OK(s, n) valid_utf8(s, n)
#endif

typedef struct {
	pcre2_code *code;
	pcre2_match_data *md;
} regex;

static int re_compile(fx_tmpl_call *c, const char *pat, size_t n, regex *re)
{
	int ec;
	PCRE2_SIZE eo;
	re->md = NULL;
	re->code = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | INVALID_UTF_OPT,
				 &ec, &eo, NULL);
	if (!re->code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		return fx_tmplf__fail(c, "error parsing regexp: %s at offset %zu: `%.*s`",
				      (const char *)msg, (size_t)eo, (int)n, pat);
	}
	re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
	return 0;
}

static void re_free(regex *re)
{
	if (re->md)
		pcre2_match_data_free(re->md);
	if (re->code)
		pcre2_code_free(re->code);
}

/* One match at or after pos; returns the ovector or NULL. */
static PCRE2_SIZE *re_exec(regex *re, const char *s, size_t n, size_t pos)
{
	int rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, pos, 0, re->md, NULL);
	if (rc < 0)
		return NULL;
	return pcre2_get_ovector_pointer(re->md);
}

static size_t rune_width(const char *s, size_t n, size_t pos)
{
	if (pos >= n)
		return 1;
	unsigned char ch = (unsigned char)s[pos];
	size_t k = ch < 0x80 ? 1 : ch >= 0xf0 ? 4 : ch >= 0xe0 ? 3 : ch >= 0xc0 ? 2 : 1;
	return pos + k > n ? 1 : k;
}

/* Go's allMatches: calls fn(start, end) for up to n matches (n < 0: all). */
typedef void (*match_fn)(void *ud, size_t a, size_t b, PCRE2_SIZE *ov);
static void all_matches(regex *re, const char *s, size_t len, int64_t n, match_fn fn, void *ud)
{
	size_t pos = 0;
	long prev_end = -1;
	for (int64_t i = 0; (n < 0 || i < n) && pos <= len;) {
		PCRE2_SIZE *ov = re_exec(re, s, len, pos);
		if (!ov)
			break;
		size_t a = ov[0], b = ov[1];
		bool accept = true;
		if (b == pos) {
			if ((long)a == prev_end)
				accept = false;
			pos += pos < len ? rune_width(s, len, pos) : 1;
		} else {
			pos = b;
		}
		prev_end = (long)b;
		if (accept) {
			fn(ud, a, b, ov);
			i++;
		}
	}
}

/* A pattern whose invalid UTF-8 subject would upset PCRE2: Go matches
 * bytes; we treat invalid input as not matching anything. */
static inline bool valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)s[i];
		size_t k = ch < 0x80 ? 1 : ch >= 0xc2 && ch < 0xe0 ? 2 : ch >= 0xe0 && ch < 0xf0 ? 3
			 : ch >= 0xf0 && ch < 0xf5 ? 4 : 0;
		if (k == 0 || i + k > n)
			return false;
		for (size_t j = 1; j < k; j++)
			if (((unsigned char)s[i + j] & 0xc0) != 0x80)
				return false;
		i += k;
	}
	return true;
}

#define ARGS2(re, s, n)                                                        \
	const char *pat, *s;                                                   \
	size_t pn, n;                                                          \
	regex re;                                                              \
	if (fx_tmplf__arg_str(c, 0, &pat, &pn) < 0 ||                          \
	    fx_tmplf__arg_str(c, 1, &s, &n) < 0)                               \
		return -1;                                                     \
	if (re_compile(c, pat, pn, &re) < 0)                                   \
		return -1;                                                     \
	if (!UTF_OK(s, n))                                                 \
		n = 0

static int f_match(fx_tmpl_call *c, fx_node **out)
{
	ARGS2(re, s, n);
	*out = fx_tmplf__bool(c, re_exec(&re, s, n, 0) != NULL);
	re_free(&re);
	return 0;
}

static int f_find(fx_tmpl_call *c, fx_node **out)
{
	ARGS2(re, s, n);
	PCRE2_SIZE *ov = re_exec(&re, s, n, 0);
	*out = ov ? fx_tmplf__str(c, s + ov[0], ov[1] - ov[0]) : fx_tmplf__str(c, "", 0);
	re_free(&re);
	return 0;
}

typedef struct {
	fx_tmpl_call *c;
	const char *s;
	fx_node *list;
} find_ud;

static void push_match(void *ud, size_t a, size_t b, PCRE2_SIZE *ov)
{
	find_ud *f = ud;
	(void)ov;
	fx_seq_push(f->c->arena, f->list, fx_tmplf__str(f->c, f->s + a, b - a));
}

static int f_find_all(fx_tmpl_call *c, fx_node **out)
{
	ARGS2(re, s, n);
	int64_t k;
	if (fx_tmplf__arg_int(c, 2, &k) < 0) {
		re_free(&re);
		return -1;
	}
	find_ud ud = {c, s, fx_tmplf__seq(c, FX_GO_STRSLICE)};
	if (k != 0)
		all_matches(&re, s, n, k, push_match, &ud);
	*out = ud.list;
	re_free(&re);
	return 0;
}

/* Go's Regexp.Expand template into sb. */
static void expand(fx_strbuf *sb, regex *re, const char *tpl, size_t tn, const char *s,
		   PCRE2_SIZE *ov)
{
	uint32_t ncap = 0;
	pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &ncap);
	for (size_t i = 0; i < tn;) {
		if (tpl[i] != '$' || i + 1 >= tn) {
			fx_sb_addc(sb, tpl[i++]);
			continue;
		}
		if (tpl[i + 1] == '$') {
			fx_sb_addc(sb, '$');
			i += 2;
			continue;
		}
		size_t ns, ne, next;
		if (tpl[i + 1] == '{') {
			ns = i + 2;
			ne = ns;
			while (ne < tn && (tpl[ne] == '_' || (tpl[ne] >= '0' && tpl[ne] <= '9') ||
					   (tpl[ne] >= 'a' && tpl[ne] <= 'z') ||
					   (tpl[ne] >= 'A' && tpl[ne] <= 'Z') ||
					   (unsigned char)tpl[ne] >= 0x80))
				ne++;
			if (ne == ns || ne >= tn || tpl[ne] != '}') {
				fx_sb_addc(sb, tpl[i++]);
				continue;
			}
			next = ne + 1;
		} else {
			ns = i + 1;
			ne = ns;
			while (ne < tn && (tpl[ne] == '_' || (tpl[ne] >= '0' && tpl[ne] <= '9') ||
					   (tpl[ne] >= 'a' && tpl[ne] <= 'z') ||
					   (tpl[ne] >= 'A' && tpl[ne] <= 'Z') ||
					   (unsigned char)tpl[ne] >= 0x80))
				ne++;
			if (ne == ns) {
				fx_sb_addc(sb, tpl[i++]);
				continue;
			}
			next = ne;
		}
		/* a number (all digits) or a name */
		bool digits = true;
		long num = 0;
		for (size_t j = ns; j < ne; j++) {
			if (tpl[j] < '0' || tpl[j] > '9') {
				digits = false;
				break;
			}
			num = num * 10 + (tpl[j] - '0');
			if (num > 100000)
				num = 100000;
		}
		long idx = -1;
		if (digits) {
			idx = num;
		} else {
			char name[128];
			size_t l = ne - ns < sizeof(name) - 1 ? ne - ns : sizeof(name) - 1;
			memcpy(name, tpl + ns, l);
			name[l] = '\0';
			int g = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
			if (g > 0)
				idx = g;
		}
		if (idx >= 0 && (uint32_t)idx <= ncap && ov[2 * idx] != PCRE2_UNSET)
			fx_sb_add(sb, s + ov[2 * idx], ov[2 * idx + 1] - ov[2 * idx]);
		i = next;
	}
}

static int replace_all(fx_tmpl_call *c, fx_node **out, bool literal)
{
	ARGS2(re, s, n);
	const char *rep;
	size_t rn;
	if (fx_tmplf__arg_str(c, 2, &rep, &rn) < 0) {
		re_free(&re);
		return -1;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	size_t last = 0, pos = 0;
	while (pos <= n) {
		PCRE2_SIZE *ov = re_exec(&re, s, n, pos);
		if (!ov)
			break;
		size_t a = ov[0], b = ov[1];
		fx_sb_add(&sb, s + last, a - last);
		if (b > last || a == 0) {
			if (literal)
				fx_sb_add(&sb, rep, rn);
			else
				expand(&sb, &re, rep, rn, s, ov);
		}
		last = b;
		size_t w = rune_width(s, n, pos);
		if (pos + w > b)
			pos += w;
		else if (pos + 1 > b)
			pos++;
		else
			pos = b;
	}
	fx_sb_add(&sb, s + last, n - last);
	re_free(&re);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_replace_all(fx_tmpl_call *c, fx_node **out)
{
	return replace_all(c, out, false);
}
static int f_replace_all_literal(fx_tmpl_call *c, fx_node **out)
{
	return replace_all(c, out, true);
}

typedef struct {
	size_t *pairs;
	size_t n, cap;
} idx_list;

static void push_idx(void *ud, size_t a, size_t b, PCRE2_SIZE *ov)
{
	idx_list *l = ud;
	(void)ov;
	if (l->n + 2 > l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->pairs = fx_xrealloc(l->pairs, l->cap * sizeof(size_t));
	}
	l->pairs[l->n++] = a;
	l->pairs[l->n++] = b;
}

int fx_tmplf__regex_split(fx_tmpl_call *c, const char *pat, const char *s, size_t slen, int64_t n,
			  fx_node **out)
{
	regex re;
	if (re_compile(c, pat, strlen(pat), &re) < 0)
		return -1;
	fx_node *r = fx_tmplf__seq(c, FX_GO_STRSLICE);
	*out = r;
	if (n == 0) {
		re_free(&re);
		return 0;
	}
	if (pat[0] && slen == 0) {
		fx_seq_push(c->arena, r, fx_tmplf__str(c, "", 0));
		re_free(&re);
		return 0;
	}
	idx_list l = {NULL, 0, 0};
	all_matches(&re, s, slen, n, push_idx, &l);
	size_t beg = 0, end = 0;
	for (size_t i = 0; i < l.n; i += 2) {
		if (n > 0 && (int64_t)r->u.seq.len == n - 1)
			break;
		end = l.pairs[i];
		if (l.pairs[i + 1] != 0)
			fx_seq_push(c->arena, r, fx_tmplf__str(c, s + beg, end - beg));
		beg = l.pairs[i + 1];
	}
	if (end != slen)
		fx_seq_push(c->arena, r, fx_tmplf__str(c, s + beg, slen - beg));
	free(l.pairs);
	re_free(&re);
	return 0;
}

static int f_split(fx_tmpl_call *c, fx_node **out)
{
	const char *pat, *s;
	size_t pn, n;
	int64_t k;
	if (fx_tmplf__arg_str(c, 0, &pat, &pn) < 0 || fx_tmplf__arg_str(c, 1, &s, &n) < 0 ||
	    fx_tmplf__arg_int(c, 2, &k) < 0)
		return -1;
	return fx_tmplf__regex_split(c, fx_arena_strndup(c->arena, pat, pn), s, n, k, out);
}

static int f_quote_meta(fx_tmpl_call *c, fx_node **out)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (strchr("\\.+*?()|[]{}^$", s[i]) && s[i])
			fx_sb_addc(&sb, '\\');
		fx_sb_addc(&sb, s[i]);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static const fx_tmpl_func regex_funcs[] = {
	{"mustRegexFind", f_find, 2, 2, 0},
	{"mustRegexFindAll", f_find_all, 3, 3, 0},
	{"mustRegexMatch", f_match, 2, 2, 0},
	{"mustRegexReplaceAll", f_replace_all, 3, 3, 0},
	{"mustRegexReplaceAllLiteral", f_replace_all_literal, 3, 3, 0},
	{"mustRegexSplit", f_split, 3, 3, 0},
	{"regexFind", f_find, 2, 2, 0},
	{"regexFindAll", f_find_all, 3, 3, 0},
	{"regexMatch", f_match, 2, 2, 0},
	{"regexQuoteMeta", f_quote_meta, 1, 1, 0},
	{"regexReplaceAll", f_replace_all, 3, 3, 0},
	{"regexReplaceAllLiteral", f_replace_all_literal, 3, 3, 0},
	{"regexSplit", f_split, 3, 3, 0},
};

fx_tmplf__family fx_tmplf__regex_family(void)
{
	return FX_TMPLF__FAMILY(regex_funcs);
}
