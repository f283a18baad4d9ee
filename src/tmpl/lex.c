/*
 * Template lexer: text and actions into tokens, as Go's
 * text/template/parse lexer cuts them.
 *
 * The whole input is lexed up front into an array (the parser needs at
 * most three tokens of look-ahead, an array makes that trivial).  Lexing
 * stops at the first error, which becomes a TK_ERROR token carrying Go's
 * message; the parser reports it when it reaches it, so that earlier
 * parse errors win as they do in Go.
 *
 * Trim markers: "{{- " removes the white space before the action, " -}}"
 * the white space after it.  Comments produce no token.
 * Newlines are allowed inside actions (they are spaces).
 */
#include "tmpl/tmpl_int.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	fx_arena *a;
	const char *in;
	size_t len;
	const char *ld, *rd;
	size_t ldn, rdn;
	size_t pos, start;
	uint32_t line, start_line;
	int paren;
	fx_toklist *out;
} lexer;

static bool is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_alnum_at(const lexer *l, size_t p)
{
	if (p >= l->len)
		return false;
	unsigned char c = (unsigned char)l->in[p];
	if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return true;
	return c >= 0x80; /* non-ASCII letters: accepted as Go's IsLetter mostly does */
}

static size_t alnum_width(const lexer *l, size_t p)
{
	unsigned char c = (unsigned char)l->in[p];
	if (c < 0x80)
		return 1;
	uint32_t r;
	return fx_tmpl__utf8_decode(l->in + p, l->len - p, &r);
}

static bool has_prefix(const lexer *l, size_t p, const char *s, size_t n)
{
	return p + n <= l->len && memcmp(l->in + p, s, n) == 0;
}

static void push(lexer *l, fx_tok_type t, size_t from, size_t to)
{
	fx_toklist *o = l->out;
	if (o->n == o->cap) {
		size_t nc = o->cap ? o->cap * 2 : 64;
		o->toks = fx_arena_grow(l->a, o->toks, o->cap * sizeof(fx_tok), nc * sizeof(fx_tok));
		o->cap = nc;
	}
	fx_tok *k = &o->toks[o->n++];
	k->type = t;
	k->pos = (uint32_t)from;
	k->line = l->start_line;
	k->val = l->in + from;
	k->len = to - from;
}

static void count_lines(lexer *l, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (l->in[i] == '\n')
			l->line++;
}

/* Emits [start, pos) and moves start. */
static void emit(lexer *l, fx_tok_type t)
{
	push(l, t, l->start, l->pos);
	count_lines(l, l->start, l->pos);
	l->start = l->pos;
	l->start_line = l->line;
}

static void ignore(lexer *l)
{
	count_lines(l, l->start, l->pos);
	l->start = l->pos;
	l->start_line = l->line;
}

static void errorf(lexer *l, const char *fmt, ...) FX_PRINTF(2, 3);
static void errorf(lexer *l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = fx_arena_vprintf(l->a, fmt, ap);
	va_end(ap);
	push(l, TK_ERROR, l->start, l->start);
	fx_tok *k = &l->out->toks[l->out->n - 1];
	k->val = msg;
	k->len = strlen(msg);
}

/* Go's %#U of the rune at p. */
static const char *rune_desc(lexer *l, size_t p)
{
	if (p >= l->len)
		return "U+FFFFFFFF"; /* eof */
	uint32_t r;
	size_t w = fx_tmpl__utf8_decode(l->in + p, l->len - p, &r);
	if (r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0))
		return fx_arena_printf(l->a, "U+%04X '%.*s'", r, (int)w, l->in + p);
	return fx_arena_printf(l->a, "U+%04X", r);
}

static bool left_trim_marker(const lexer *l, size_t p)
{
	return p + 2 <= l->len && l->in[p] == '-' && is_space(l->in[p + 1]);
}

static bool right_trim_marker(const lexer *l, size_t p)
{
	return p + 2 <= l->len && is_space(l->in[p]) && l->in[p + 1] == '-';
}

/* At a right delimiter, possibly preceded by a trim marker. */
static bool at_right_delim(const lexer *l, bool *trim)
{
	*trim = false;
	if (has_prefix(l, l->pos, l->rd, l->rdn))
		return true;
	if (right_trim_marker(l, l->pos) && has_prefix(l, l->pos + 2, l->rd, l->rdn)) {
		*trim = true;
		return true;
	}
	return false;
}

static size_t skip_spaces(const lexer *l, size_t p)
{
	while (p < l->len && is_space(l->in[p]))
		p++;
	return p;
}

static bool at_terminator(const lexer *l)
{
	if (l->pos >= l->len)
		return true;
	char c = l->in[l->pos];
	if (is_space(c))
		return true;
	switch (c) {
	case '.':
	case ',':
	case '|':
	case ':':
	case ')':
	case '(':
		return true;
	default:
		break;
	}
	return l->rdn > 0 && c == l->rd[0];
}

static bool accept(lexer *l, const char *set)
{
	if (l->pos < l->len && l->in[l->pos] && strchr(set, l->in[l->pos])) {
		l->pos++;
		return true;
	}
	return false;
}

static void accept_run(lexer *l, const char *set)
{
	while (accept(l, set))
		;
}

static bool scan_number(lexer *l)
{
	const char *digits = "0123456789_";
	accept(l, "+-");
	if (accept(l, "0")) {
		if (accept(l, "xX"))
			digits = "0123456789abcdefABCDEF_";
		else if (accept(l, "oO"))
			digits = "01234567_";
		else if (accept(l, "bB"))
			digits = "01_";
	}
	accept_run(l, digits);
	if (accept(l, "."))
		accept_run(l, digits);
	size_t nd = strlen(digits);
	if (nd == 11 && accept(l, "eE")) {
		accept(l, "+-");
		accept_run(l, "0123456789_");
	}
	if (nd == 23 && accept(l, "pP")) {
		accept(l, "+-");
		accept_run(l, "0123456789_");
	}
	accept(l, "i");
	if (is_alnum_at(l, l->pos)) {
		l->pos += alnum_width(l, l->pos);
		return false;
	}
	return true;
}

static const struct {
	const char *word;
	fx_tok_type t;
} keywords[] = {
	{"block", TK_BLOCK}, {"break", TK_BREAK},     {"continue", TK_CONTINUE},
	{"define", TK_DEFINE}, {"else", TK_ELSE},     {"end", TK_END},
	{"if", TK_IF},       {"range", TK_RANGE},     {"nil", TK_NIL},
	{"template", TK_TEMPLATE}, {"with", TK_WITH},
};

/* Returns false when lexing stopped (error or EOF token emitted). */
static bool lex_inside(lexer *l)
{
	for (;;) {
		bool trim;
		if (at_right_delim(l, &trim)) {
			if (l->paren != 0) {
				errorf(l, "unclosed left paren");
				return false;
			}
			if (trim) {
				l->pos += 2;
				ignore(l);
			}
			l->pos += l->rdn;
			emit(l, TK_RIGHT);
			if (trim) {
				l->pos = skip_spaces(l, l->pos);
				ignore(l);
			}
			return true;
		}
		if (l->pos >= l->len) {
			errorf(l, "unclosed action");
			return false;
		}
		unsigned char c = (unsigned char)l->in[l->pos];
		if (is_space(c)) {
			/* A space run; stop before a " -}}" trim marker. */
			while (l->pos < l->len && is_space(l->in[l->pos])) {
				if (right_trim_marker(l, l->pos) && has_prefix(l, l->pos + 2, l->rd, l->rdn))
					break;
				l->pos++;
			}
			if (l->pos > l->start)
				emit(l, TK_SPACE);
			continue;
		}
		if (c == '=') {
			l->pos++;
			emit(l, TK_ASSIGN);
			continue;
		}
		if (c == ':') {
			l->pos++;
			if (l->pos >= l->len || l->in[l->pos] != '=') {
				errorf(l, "expected :=");
				return false;
			}
			l->pos++;
			emit(l, TK_DECLARE);
			continue;
		}
		if (c == '|') {
			l->pos++;
			emit(l, TK_PIPE);
			continue;
		}
		if (c == '"' || c == '\'') {
			l->pos++;
			for (;;) {
				if (l->pos >= l->len || l->in[l->pos] == '\n') {
					errorf(l, c == '"' ? "unterminated quoted string"
						       : "unterminated character constant");
					return false;
				}
				char d = l->in[l->pos++];
				if (d == '\\') {
					if (l->pos >= l->len || l->in[l->pos] == '\n') {
						errorf(l, c == '"' ? "unterminated quoted string"
							       : "unterminated character constant");
						return false;
					}
					l->pos++;
				} else if (d == (char)c) {
					break;
				}
			}
			emit(l, c == '"' ? TK_STRING : TK_CHARCONST);
			continue;
		}
		if (c == '`') {
			const char *e = memchr(l->in + l->pos + 1, '`', l->len - l->pos - 1);
			if (!e) {
				errorf(l, "unterminated raw quoted string");
				return false;
			}
			l->pos = (size_t)(e - l->in) + 1;
			emit(l, TK_RAWSTRING);
			continue;
		}
		if (c == '$' || (c == '.' && !(l->pos + 1 < l->len && l->in[l->pos + 1] >= '0' &&
					      l->in[l->pos + 1] <= '9'))) {
			l->pos++;
			if (at_terminator(l)) {
				emit(l, c == '$' ? TK_VARIABLE : TK_DOT);
				continue;
			}
			while (is_alnum_at(l, l->pos))
				l->pos += alnum_width(l, l->pos);
			if (!at_terminator(l)) {
				errorf(l, "bad character %s", rune_desc(l, l->pos));
				return false;
			}
			emit(l, c == '$' ? TK_VARIABLE : TK_FIELD);
			continue;
		}
		if (c == '.' || c == '+' || c == '-' || (c >= '0' && c <= '9')) {
			if (!scan_number(l)) {
				errorf(l, "bad number syntax: %s",
				       fx_arena_printf(l->a, "\"%.*s\"", (int)(l->pos - l->start),
						       l->in + l->start));
				return false;
			}
			if (l->pos < l->len && (l->in[l->pos] == '+' || l->in[l->pos] == '-')) {
				if (!scan_number(l) || l->in[l->pos - 1] != 'i') {
					errorf(l, "bad number syntax: %s",
					       fx_arena_printf(l->a, "\"%.*s\"",
							       (int)(l->pos - l->start),
							       l->in + l->start));
					return false;
				}
				emit(l, TK_COMPLEX);
			} else {
				emit(l, TK_NUMBER);
			}
			continue;
		}
		if (is_alnum_at(l, l->pos)) {
			while (is_alnum_at(l, l->pos))
				l->pos += alnum_width(l, l->pos);
			if (!at_terminator(l)) {
				errorf(l, "bad character %s", rune_desc(l, l->pos));
				return false;
			}
			size_t wl = l->pos - l->start;
			const char *w = l->in + l->start;
			fx_tok_type t = TK_IDENT;
			for (size_t k = 0; k < sizeof(keywords) / sizeof(keywords[0]); k++)
				if (strlen(keywords[k].word) == wl && !memcmp(keywords[k].word, w, wl))
					t = keywords[k].t;
			if ((wl == 4 && !memcmp(w, "true", 4)) || (wl == 5 && !memcmp(w, "false", 5)))
				t = TK_BOOL;
			emit(l, t);
			continue;
		}
		if (c == '(') {
			l->pos++;
			emit(l, TK_LPAREN);
			l->paren++;
			continue;
		}
		if (c == ')') {
			l->paren--;
			if (l->paren < 0) {
				errorf(l, "unexpected right paren");
				return false;
			}
			l->pos++;
			emit(l, TK_RPAREN);
			continue;
		}
		if (c < 0x80 && c >= 0x20 && c != 0x7f) {
			l->pos++;
			emit(l, TK_CHAR);
			continue;
		}
		errorf(l, "unrecognized character in action: %s", rune_desc(l, l->pos));
		return false;
	}
}

void fx_tmpl__lex(fx_arena *a, const char *text, size_t len, const char *ldelim,
		  const char *rdelim, fx_toklist *out)
{
	lexer l = {0};
	l.a = a;
	l.in = text;
	l.len = len;
	l.ld = ldelim && *ldelim ? ldelim : "{{";
	l.rd = rdelim && *rdelim ? rdelim : "}}";
	l.ldn = strlen(l.ld);
	l.rdn = strlen(l.rd);
	l.line = l.start_line = 1;
	l.out = out;
	for (;;) {
		/* text */
		const char *hit = l.pos < len ? memmem(text + l.pos, len - l.pos, l.ld, l.ldn) : NULL;
		if (!hit) {
			l.pos = len;
			if (l.pos > l.start)
				emit(&l, TK_TEXT);
			emit(&l, TK_EOF);
			return;
		}
		size_t at = (size_t)(hit - text);
		bool trim = left_trim_marker(&l, at + l.ldn);
		size_t end = at;
		if (trim)
			while (end > l.start && is_space(text[end - 1]))
				end--;
		l.pos = end;
		if (l.pos > l.start)
			emit(&l, TK_TEXT);
		l.pos = at;
		ignore(&l);
		/* left delimiter */
		l.pos = at + l.ldn;
		size_t after = trim ? 2 : 0;
		if (has_prefix(&l, l.pos + after, "/*", 2)) {
			l.pos += after;
			ignore(&l);
			const char *e = memmem(text + l.pos + 2, len - l.pos - 2, "*/", 2);
			if (!e) {
				errorf(&l, "unclosed comment");
				return;
			}
			l.pos = (size_t)(e - text) + 2;
			bool rtrim;
			if (!at_right_delim(&l, &rtrim)) {
				errorf(&l, "comment ends before closing delimiter");
				return;
			}
			if (rtrim)
				l.pos += 2;
			l.pos += l.rdn;
			if (rtrim)
				l.pos = skip_spaces(&l, l.pos);
			ignore(&l);
			continue;
		}
		emit(&l, TK_LEFT);
		l.pos += after;
		ignore(&l);
		l.paren = 0;
		if (!lex_inside(&l))
			return;
	}
}
