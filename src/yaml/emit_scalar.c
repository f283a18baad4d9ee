/*
 * Scalars in go-yaml v2's (libyaml's) style: which of plain, single-
 * quoted, double-quoted or literal block a scalar gets (libyaml's scalar
 * analysis, after emit_v2.c said whether a string needs quotes), and the
 * writers with their line folding at the best width.  Also the UTF-8
 * helpers of the emitters.
 *
 * Part of the yaml stage's emitters; the tree walk is in emit.c.
 */
#include "yaml/emit_int.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Character classes (libyaml's, on UTF-8 bytes)                        */

static inline unsigned at(const unsigned char *v, size_t n, size_t i)
{
	return i < n ? v[i] : 0;
}

static inline size_t width(unsigned b)
{
	if ((b & 0x80) == 0)
		return 1;
	if ((b & 0xE0) == 0xC0)
		return 2;
	if ((b & 0xF0) == 0xE0)
		return 3;
	if ((b & 0xF8) == 0xF0)
		return 4;
	return 1; /* not reached with valid UTF-8 */
}

static inline bool is_printable(const unsigned char *v, size_t n, size_t i)
{
	unsigned b = at(v, n, i);
	if (b < 0x80)
		return b == 0x0A || (b >= 0x20 && b <= 0x7E);
	unsigned b1 = at(v, n, i + 1), b2 = at(v, n, i + 2);
	return b == 0x0A || (b >= 0x20 && b <= 0x7E) || (b == 0xC2 && b1 >= 0xA0) ||
	       (b > 0xC2 && b < 0xED) || (b == 0xED && b1 < 0xA0) || b == 0xEE ||
	       (b == 0xEF && !(b1 == 0xBB && b2 == 0xBF) && !(b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)));
}

static inline bool is_space(const unsigned char *v, size_t n, size_t i)
{
	return at(v, n, i) == ' ';
}

static inline bool is_blank(const unsigned char *v, size_t n, size_t i)
{
	unsigned b = at(v, n, i);
	return b == ' ' || b == '\t';
}

static inline bool is_break(const unsigned char *v, size_t n, size_t i)
{
	unsigned b = at(v, n, i);
	if (b < 0x80)
		return b == '\r' || b == '\n';
	return b == '\n' || (b == 0xC2 && at(v, n, i + 1) == 0x85) ||
	       (b == 0xE2 && at(v, n, i + 1) == 0x80 && (at(v, n, i + 2) == 0xA8 || at(v, n, i + 2) == 0xA9));
}

static inline bool is_blankz(const unsigned char *v, size_t n, size_t i)
{
	return is_blank(v, n, i) || is_break(v, n, i) || i >= n || v[i] == 0;
}

static inline bool is_bom(const unsigned char *v, size_t n, size_t i)
{
	return at(v, n, i) == 0xEF && at(v, n, i + 1) == 0xBB && at(v, n, i + 2) == 0xBF;
}

static inline bool isdig(unsigned c)
{
	return c >= '0' && c <= '9';
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */

size_t fx__utf8_seq(const unsigned char *s, size_t n, size_t i)
{
	unsigned c = s[i];
	if (c < 0x80)
		return 1;
	size_t w;
	uint32_t r, min;
	if (c >= 0xC2 && c <= 0xDF) {
		w = 2;
		r = c & 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		w = 3;
		r = c & 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		w = 4;
		r = c & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (i + w > n)
		return 0;
	for (size_t k = 1; k < w; k++) {
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
		r = (r << 6) | (s[i + k] & 0x3F);
	}
	if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return 0;
	return w;
}

bool fx__utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		size_t w = fx__utf8_seq(u, n, i);
		if (!w)
			return false;
		i += w;
	}
	return true;
}

void fx__utf8_sanitize(fx_strbuf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t w = fx__utf8_seq(u, n, i);
		if (!w) {
			fx_sb_add(out, "\xEF\xBF\xBD", 3);
			i++;
		} else {
			fx_sb_add(out, s + i, w);
			i += w;
		}
	}
}

uint32_t fx__utf8_rune(const unsigned char *s, size_t n, size_t *w)
{
	unsigned c = s[0];
	size_t k = width(c);
	if (k > n)
		k = n;
	*w = k;
	if (k == 1)
		return c;
	uint32_t r = c & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
	for (size_t j = 1; j < k; j++)
		r = (r << 6) | (s[j] & 0x3F);
	return r;
}

/* ------------------------------------------------------------------ */
/* Analysis (libyaml's yaml_emitter_analyze_scalar)                     */

typedef struct {
	bool multiline, block_plain, single_ok, block_ok;
} info;

static void analyze(const unsigned char *v, size_t n, info *si)
{
	if (n == 0) {
		si->multiline = false;
		si->block_plain = true;
		si->single_ok = true;
		si->block_ok = false;
		return;
	}
	/* common case: letters, digits and a few punctuation marks only */
	size_t k = 0;
	while (k < n && (isdig(v[k]) || ((v[k] | 0x20) >= 'a' && (v[k] | 0x20) <= 'z') || v[k] == '-' ||
			 v[k] == '.' || v[k] == '/' || v[k] == '_' || v[k] == '='))
		k++;
	if (k == n) {
		si->multiline = false;
		si->block_plain = !(n >= 3 && ((v[0] == '-' && v[1] == '-' && v[2] == '-') ||
					       (v[0] == '.' && v[1] == '.' && v[2] == '.'))) &&
				  !(n == 1 && v[0] == '-');
		si->single_ok = true;
		si->block_ok = true;
		return;
	}
	bool block_ind = false, line_breaks = false, special = false;
	bool leading_space = false, leading_break = false, trailing_space = false, trailing_break = false;
	bool break_space = false, space_break = false;
	bool prev_ws = true, prev_space = false, prev_break = false;
	if (n >= 3 && ((v[0] == '-' && v[1] == '-' && v[2] == '-') || (v[0] == '.' && v[1] == '.' && v[2] == '.')))
		block_ind = true;
	for (size_t i = 0, w; i < n; i += w) {
		w = width(v[i]);
		bool followed_ws = i + w >= n || is_blank(v, n, i + w);
		unsigned c = v[i];
		if (i == 0) {
			switch (c) {
			case '#': case ',': case '[': case ']': case '{': case '}': case '&': case '*':
			case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
				block_ind = true;
				break;
			case '?': case ':':
				if (followed_ws)
					block_ind = true;
				break;
			case '-':
				if (followed_ws)
					block_ind = true;
				break;
			default:
				break;
			}
		} else {
			if (c == ':' && followed_ws)
				block_ind = true;
			else if (c == '#' && prev_ws)
				block_ind = true;
		}
		if (!is_printable(v, n, i))
			special = true;
		if (c == ' ') {
			if (i == 0)
				leading_space = true;
			if (i + 1 == n)
				trailing_space = true;
			if (prev_break)
				break_space = true;
			prev_space = true;
			prev_break = false;
		} else if (is_break(v, n, i)) {
			line_breaks = true;
			if (i == 0)
				leading_break = true;
			if (i + w == n)
				trailing_break = true;
			if (prev_space)
				space_break = true;
			prev_space = false;
			prev_break = true;
		} else {
			prev_space = false;
			prev_break = false;
		}
		prev_ws = is_blankz(v, n, i);
	}
	si->multiline = line_breaks;
	si->block_plain = true;
	si->single_ok = true;
	si->block_ok = true;
	if (leading_space || leading_break || trailing_space || trailing_break)
		si->block_plain = false;
	if (trailing_space)
		si->block_ok = false;
	if (break_space) {
		si->block_plain = false;
		si->single_ok = false;
	}
	if (space_break || special) {
		si->block_plain = false;
		si->single_ok = false;
		si->block_ok = false;
	}
	if (line_breaks || block_ind)
		si->block_plain = false;
}

bool fx__emit_simple_key_ok(const char *s, size_t n)
{
	if (n > 128)
		return false;
	const unsigned char *v = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++)
		if (is_break(v, n, i))
			return false;
	return true;
}

/* ------------------------------------------------------------------ */
/* Writers                                                              */

static inline void put(fx__emitter *e, char c)
{
	fx_sb_addc(e->out, c);
	e->column++;
}

static inline void put_break(fx__emitter *e)
{
	fx_sb_addc(e->out, '\n');
	e->column = 0;
}

/* Copies one character. */
static inline void write1(fx__emitter *e, const unsigned char *v, size_t n, size_t *i)
{
	size_t w = width(v[*i]);
	if (*i + w > n)
		w = n - *i;
	fx_sb_add(e->out, (const char *)v + *i, w);
	*i += w;
	e->column++;
}

enum { RUN_PLAIN, RUN_SINGLE, RUN_DOUBLE, RUN_LITERAL };

/* Bytes that end a run of characters copied as they are: spaces and
 * breaks (with the lead bytes of NEL, LS and PS), and what the quoted
 * styles treat specially. */
static inline bool run_stop(unsigned c, int mode)
{
	if (mode == RUN_DOUBLE)
		return c <= ' ' || c == '"' || c == '\\' || c >= 0x7F;
	return (c == ' ' && mode != RUN_LITERAL) || c == '\n' || c == '\r' || c == 0xC2 || c == 0xE2 ||
	       (mode == RUN_SINGLE && c == '\'');
}

/* Copies the run of characters from *i up to the next stop byte (at
 * least one character), counting columns in runes. */
static inline void write_run(fx__emitter *e, const unsigned char *v, size_t n, size_t *i, int mode)
{
	size_t j = *i;
	int cols = 0;
	while (j < n && !run_stop(v[j], mode)) {
		cols += (v[j] & 0xC0) != 0x80;
		j++;
	}
	if (j == *i) {
		write1(e, v, n, i);
		return;
	}
	fx_sb_add(e->out, (const char *)v + *i, j - *i);
	e->column += cols;
	*i = j;
}

static void write_break(fx__emitter *e, const unsigned char *v, size_t n, size_t *i)
{
	if (v[*i] == '\n') {
		put_break(e);
		(*i)++;
	} else {
		write1(e, v, n, i);
		e->column = 0;
	}
}

static void write_indent(fx__emitter *e)
{
	int indent = e->indent < 0 ? 0 : e->indent;
	if (!e->indention || e->column > indent || (e->column == indent && !e->whitespace))
		put_break(e);
	while (e->column < indent)
		put(e, ' ');
	e->whitespace = true;
	e->indention = true;
}

static void write_indicator(fx__emitter *e, const char *ind, bool need_ws, bool is_ws, bool is_indention)
{
	if (need_ws && !e->whitespace)
		put(e, ' ');
	size_t n = strlen(ind);
	fx_sb_add(e->out, ind, n);
	e->column += (int)n;
	e->whitespace = is_ws;
	e->indention = e->indention && is_indention;
	e->open_ended = false;
}

static void write_plain(fx__emitter *e, const unsigned char *v, size_t n, bool allow_breaks, bool root)
{
	if (!e->whitespace)
		put(e, ' ');
	bool spaces = false, breaks = false;
	for (size_t i = 0; i < n;) {
		if (v[i] == ' ') {
			if (allow_breaks && !spaces && e->column > e->best_width && !is_space(v, n, i + 1)) {
				write_indent(e);
				i++;
			} else {
				write1(e, v, n, &i);
			}
			spaces = true;
		} else if (is_break(v, n, i)) {
			if (!breaks && v[i] == '\n')
				put_break(e);
			write_break(e, v, n, &i);
			e->indention = true;
			breaks = true;
		} else {
			if (breaks)
				write_indent(e);
			write_run(e, v, n, &i, RUN_PLAIN);
			e->indention = false;
			spaces = false;
			breaks = false;
		}
	}
	e->whitespace = false;
	e->indention = false;
	if (root)
		e->open_ended = true;
}

static void write_single(fx__emitter *e, const unsigned char *v, size_t n, bool allow_breaks)
{
	write_indicator(e, "'", true, false, false);
	bool spaces = false, breaks = false;
	for (size_t i = 0; i < n;) {
		if (v[i] == ' ') {
			if (allow_breaks && !spaces && e->column > e->best_width && i > 0 && i < n - 1 &&
			    !is_space(v, n, i + 1)) {
				write_indent(e);
				i++;
			} else {
				write1(e, v, n, &i);
			}
			spaces = true;
		} else if (is_break(v, n, i)) {
			if (!breaks && v[i] == '\n')
				put_break(e);
			write_break(e, v, n, &i);
			e->indention = true;
			breaks = true;
		} else {
			if (breaks)
				write_indent(e);
			if (v[i] == '\'') {
				put(e, '\'');
				write1(e, v, n, &i);
			} else {
				write_run(e, v, n, &i, RUN_SINGLE);
			}
			e->indention = false;
			spaces = false;
			breaks = false;
		}
	}
	write_indicator(e, "'", false, false, false);
	e->whitespace = false;
	e->indention = false;
}

static void write_double(fx__emitter *e, const unsigned char *v, size_t n, bool allow_breaks)
{
	static const char hex[] = "0123456789ABCDEF";
	bool spaces = false;
	write_indicator(e, "\"", true, false, false);
	for (size_t i = 0; i < n;) {
		unsigned c = v[i];
		if (!is_printable(v, n, i) || is_bom(v, n, i) || is_break(v, n, i) || c == '"' || c == '\\') {
			size_t w;
			uint32_t r = fx__utf8_rune(v + i, n - i, &w);
			i += w;
			put(e, '\\');
			char esc = 0;
			switch (r) {
			case 0x00: esc = '0'; break;
			case 0x07: esc = 'a'; break;
			case 0x08: esc = 'b'; break;
			case 0x09: esc = 't'; break;
			case 0x0A: esc = 'n'; break;
			case 0x0B: esc = 'v'; break;
			case 0x0C: esc = 'f'; break;
			case 0x0D: esc = 'r'; break;
			case 0x1B: esc = 'e'; break;
			case 0x22: esc = '"'; break;
			case 0x5C: esc = '\\'; break;
			case 0x85: esc = 'N'; break;
			case 0xA0: esc = '_'; break;
			case 0x2028: esc = 'L'; break;
			case 0x2029: esc = 'P'; break;
			default: break;
			}
			if (esc) {
				put(e, esc);
			} else {
				int digits;
				if (r <= 0xFF) {
					put(e, 'x');
					digits = 2;
				} else if (r <= 0xFFFF) {
					put(e, 'u');
					digits = 4;
				} else {
					put(e, 'U');
					digits = 8;
				}
				for (int k = (digits - 1) * 4; k >= 0; k -= 4)
					put(e, hex[(r >> k) & 0xF]);
			}
			spaces = false;
		} else if (c == ' ') {
			if (allow_breaks && !spaces && e->column > e->best_width && i > 0 && i < n - 1) {
				write_indent(e);
				if (is_space(v, n, i + 1))
					put(e, '\\');
				i++;
			} else {
				write1(e, v, n, &i);
			}
			spaces = true;
		} else {
			write_run(e, v, n, &i, RUN_DOUBLE);
			spaces = false;
		}
	}
	write_indicator(e, "\"", false, false, false);
	e->whitespace = false;
	e->indention = false;
}

static void write_block_hints(fx__emitter *e, const unsigned char *v, size_t n)
{
	if (is_space(v, n, 0) || is_break(v, n, 0)) {
		char hint[2] = {(char)('0' + e->best_indent), 0};
		write_indicator(e, hint, false, false, false);
	}
	e->open_ended = false;
	const char *chomp = NULL;
	if (n == 0) {
		chomp = "-";
	} else {
		size_t i = n - 1;
		while (i > 0 && (v[i] & 0xC0) == 0x80)
			i--;
		if (!is_break(v, n, i)) {
			chomp = "-";
		} else if (i == 0) {
			chomp = "+";
			e->open_ended = true;
		} else {
			i--;
			while (i > 0 && (v[i] & 0xC0) == 0x80)
				i--;
			if (is_break(v, n, i)) {
				chomp = "+";
				e->open_ended = true;
			}
		}
	}
	if (chomp)
		write_indicator(e, chomp, false, false, false);
}

static void write_literal(fx__emitter *e, const unsigned char *v, size_t n)
{
	write_indicator(e, "|", true, false, false);
	write_block_hints(e, v, n);
	put_break(e);
	e->indention = true;
	e->whitespace = true;
	bool breaks = true;
	for (size_t i = 0; i < n;) {
		if (is_break(v, n, i)) {
			write_break(e, v, n, &i);
			e->indention = true;
			breaks = true;
		} else {
			if (breaks)
				write_indent(e);
			write_run(e, v, n, &i, RUN_LITERAL);
			e->indention = false;
			breaks = false;
		}
	}
}

/* ------------------------------------------------------------------ */

enum { ST_PLAIN, ST_SINGLE, ST_DOUBLE, ST_LITERAL };

void fx__emit_scalar(fx__emitter *e, const fx__scalar *sc, bool root, bool simple_key)
{
	const unsigned char *v = (const unsigned char *)sc->s;
	size_t n = sc->n;
	int style = ST_PLAIN;
	if (sc->is_str) {
		if (memchr(v, '\n', n))
			style = ST_LITERAL;
		else if (fx__yaml_v2_nonstr(sc->s, n))
			style = ST_DOUBLE;
	}
	info si;
	analyze(v, n, &si);
	if (simple_key && si.multiline)
		style = ST_DOUBLE;
	if (style == ST_PLAIN) {
		if (!si.block_plain)
			style = ST_SINGLE;
		if (n == 0 && simple_key)
			style = ST_SINGLE;
	}
	if (style == ST_SINGLE && !si.single_ok)
		style = ST_DOUBLE;
	if (style == ST_LITERAL && (!si.block_ok || simple_key))
		style = ST_DOUBLE;

	/* the scalar's own indentation: one step in from its parent */
	int saved = e->indent;
	if (e->indent < 0)
		e->indent = e->best_indent;
	else
		e->indent += e->best_indent;
	switch (style) {
	case ST_PLAIN:
		write_plain(e, v, n, !simple_key, root);
		break;
	case ST_SINGLE:
		write_single(e, v, n, !simple_key);
		break;
	case ST_DOUBLE:
		write_double(e, v, n, !simple_key);
		break;
	default:
		write_literal(e, v, n);
		break;
	}
	e->indent = saved;
}

void fx__emit_write_indent(fx__emitter *e)
{
	write_indent(e);
}

void fx__emit_write_indicator(fx__emitter *e, const char *ind, bool need_ws, bool is_ws, bool is_indention)
{
	write_indicator(e, ind, need_ws, is_ws, is_indention);
}
