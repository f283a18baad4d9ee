/*
 * Sprig's word-level text functions (from goutils and xstrings):
 * abbrev, abbrevboth, initials, untitle, swapcase, shuffle, snakecase,
 * camelcase, kebabcase, wrap, wrapWith.  ASCII case mapping; other bytes
 * pass through unchanged.
 */
#include <ctype.h>
#include <string.h>

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

static bool is_ws(unsigned char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

/* goutils.AbbreviateFull */
static void abbreviate(fx_strbuf *sb, const char *s, size_t n, int64_t offset, int64_t maxw)
{
	int64_t len = (int64_t)n;
	if (n == 0 || maxw < 4)
		return;
	if (len <= maxw) {
		fx_sb_add(sb, s, n);
		return;
	}
	if (offset > len)
		offset = len;
	if (len - offset < maxw - 3)
		offset = len - (maxw - 3);
	if (offset <= 4) {
		fx_sb_add(sb, s, (size_t)(maxw - 3));
		fx_sb_adds(sb, "...");
		return;
	}
	if (maxw < 7)
		return;
	if (offset + maxw - 3 < len) {
		fx_sb_adds(sb, "...");
		abbreviate(sb, s + offset, n - (size_t)offset, 0, maxw - 3);
		return;
	}
	fx_sb_adds(sb, "...");
	fx_sb_add(sb, s + len - (maxw - 3), (size_t)(maxw - 3));
}

static int f_abbrev(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, w);
	ARG_S(1, s, n);
	if (w < 4) {
		*out = fx_tmplf__str(c, s, n);
		return 0;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	abbreviate(&sb, s, n, 0, w);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_abbrevboth(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, left);
	ARG_I(1, right);
	ARG_S(2, s, n);
	if (right < 4 || (left > 0 && right < 7)) {
		*out = fx_tmplf__str(c, s, n);
		return 0;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	abbreviate(&sb, s, n, left, right);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_initials(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	bool after_ws = true;
	for (size_t i = 0; i < n; i++) {
		bool ws = is_ws((unsigned char)s[i]);
		if (!ws && after_ws)
			fx_sb_addc(&sb, s[i]);
		after_ws = ws;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_untitle(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	char *r = fx_arena_strndup(c->arena, s, n);
	bool after_ws = true;
	for (size_t i = 0; i < n; i++) {
		bool ws = is_ws((unsigned char)r[i]);
		if (!ws && after_ws)
			r[i] = (char)tolower((unsigned char)r[i]);
		after_ws = ws;
	}
	*out = fx_node_str_borrow(c->arena, r, n, FX_LOC_NONE);
	return 0;
}

/* goutils.SwapCase: upper -> lower, lower -> upper, except a lower
 * letter that starts a word after whitespace stays title-cased (upper). */
static int f_swapcase(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	char *r = fx_arena_strndup(c->arena, s, n);
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)r[i];
		if (isupper(ch))
			r[i] = (char)tolower(ch);
		else if (islower(ch))
			r[i] = (char)toupper(ch);
	}
	*out = fx_node_str_borrow(c->arena, r, n, FX_LOC_NONE);
	return 0;
}

static size_t rune_len(const char *s, size_t n)
{
	unsigned char ch = (unsigned char)s[0];
	size_t k = ch < 0x80 ? 1 : ch >= 0xf0 ? 4 : ch >= 0xe0 ? 3 : ch >= 0xc0 ? 2 : 1;
	return k > n ? 1 : k;
}

static int f_shuffle(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	size_t cnt = 0;
	size_t *starts = fx_arena_alloc(c->arena, (n + 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i += rune_len(s + i, n - i))
		starts[cnt++] = i;
	starts[cnt] = n;
	size_t *perm = fx_arena_alloc(c->arena, (cnt + 1) * sizeof(size_t));
	for (size_t i = 0; i < cnt; i++)
		perm[i] = i;
	for (size_t i = cnt; i > 1; i--) {
		size_t j = (size_t)fx_tmplf__rand_n(c, i);
		size_t t = perm[i - 1];
		perm[i - 1] = perm[j];
		perm[j] = t;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < cnt; i++)
		fx_sb_add(&sb, s + starts[perm[i]], starts[perm[i] + 1] - starts[perm[i]]);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

/* xstrings.ToCamelCase: '_' + letter becomes the upper letter; leading
 * underscores stay, "__" keeps one, a trailing '_' stays. */
static int f_camelcase(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	size_t i = 0;
	while (i < n && s[i] == '_')
		fx_sb_addc(&sb, s[i++]);
	if (i < n) {
		char r0 = (char)toupper((unsigned char)s[i++]);
		while (i < n) {
			char r1 = r0;
			r0 = s[i++];
			if (r1 == '_' && r0 == '_') {
				fx_sb_addc(&sb, r1);
				continue;
			}
			if (r1 == '_')
				r0 = (char)toupper((unsigned char)r0);
			else
				fx_sb_addc(&sb, r1);
		}
		fx_sb_addc(&sb, r0);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

/* xstrings' camelCaseToLowerCase: words split at separators, at
 * lower->upper changes and before the last upper of an upper run that
 * is followed by a lower letter ("HTTPServer" -> http_server). */
static int lower_words(fx_tmpl_call *c, fx_node **out, char conn)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	bool pending = false; /* a word was written; a separator is due */
	bool in_word = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!isalnum(ch) && ch < 0x80) {
			in_word = false;
			continue;
		}
		bool boundary = !in_word;
		if (in_word && isupper(ch)) {
			unsigned char prev = (unsigned char)s[i - 1];
			unsigned char next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
			if (islower(prev) || isdigit(prev))
				boundary = true;
			else if (isupper(prev) && islower(next))
				boundary = true;
		}
		if (boundary && pending)
			fx_sb_addc(&sb, conn);
		fx_sb_addc(&sb, (char)tolower(ch));
		pending = true;
		in_word = true;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_snakecase(fx_tmpl_call *c, fx_node **out)
{
	return lower_words(c, out, '_');
}
static int f_kebabcase(fx_tmpl_call *c, fx_node **out)
{
	return lower_words(c, out, '-');
}

/* goutils.WrapCustom */
static void wrap_custom(fx_strbuf *sb, const char *s, size_t n, int64_t w, const char *nl,
			size_t nln, bool long_words)
{
	if (n == 0)
		return;
	if (nln == 0)
		nl = "\n", nln = 1;
	if (w < 1)
		w = 1;
	size_t width = (size_t)w, off = 0;
	while (n - off > width) {
		if (s[off] == ' ') {
			off++;
			continue;
		}
		size_t end = width + off + 1;
		if (end > n)
			end = n;
		long sp = -1;
		for (size_t j = end; j > off; j--)
			if (s[j - 1] == ' ') {
				sp = (long)(j - 1);
				break;
			}
		if (sp >= (long)off) {
			fx_sb_add(sb, s + off, (size_t)sp - off);
			fx_sb_add(sb, nl, nln);
			off = (size_t)sp + 1;
		} else if (long_words) {
			fx_sb_add(sb, s + off, width);
			fx_sb_add(sb, nl, nln);
			off += width;
		} else {
			size_t e = width + off;
			const char *hit = memchr(s + e, ' ', n - e);
			if (!hit) {
				fx_sb_add(sb, s + off, n - off);
				off = n;
			} else {
				size_t at = (size_t)(hit - s);
				fx_sb_add(sb, s + off, at - off);
				fx_sb_add(sb, nl, nln);
				off = at + 1;
			}
		}
	}
	fx_sb_add(sb, s + off, n - off);
}

static int f_wrap(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, w);
	ARG_S(1, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	wrap_custom(&sb, s, n, w, "", 0, false);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_wrap_with(fx_tmpl_call *c, fx_node **out)
{
	ARG_I(0, w);
	ARG_S(1, sep, sepn);
	ARG_S(2, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	wrap_custom(&sb, s, n, w, sep, sepn, true);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static const fx_tmpl_func textcase_funcs[] = {
	{"abbrev", f_abbrev, 2, 2, 0},
	{"abbrevboth", f_abbrevboth, 3, 3, 0},
	{"camelcase", f_camelcase, 1, 1, 0},
	{"initials", f_initials, 1, 1, 0},
	{"kebabcase", f_kebabcase, 1, 1, 0},
	{"shuffle", f_shuffle, 1, 1, 0},
	{"snakecase", f_snakecase, 1, 1, 0},
	{"swapcase", f_swapcase, 1, 1, 0},
	{"untitle", f_untitle, 1, 1, 0},
	{"wrap", f_wrap, 2, 2, 0},
	{"wrapWith", f_wrap_with, 3, 3, 0},
};

fx_tmplf__family fx_tmplf__textcase_family(void)
{
	return FX_TMPLF__FAMILY(textcase_funcs);
}
