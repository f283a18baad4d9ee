/*
 * envsubst parser: text -> sequence of fx_es_node (grammar in
 * grammar/envsubst.ebnf).  Part of src/subst; evaluation is in
 * envsubst_eval.c.
 *
 * The scanner reads one code point at a time with a one-step "unread",
 * and accepts runs of characters through a character-class predicate
 * chosen by the parser for each position (the lexical rules differ at
 * top level, in default arguments and in replace arguments).  Escapes
 * ($$, \/ and \\) are removed from the buffer itself while a run is
 * scanned, which is why the working text lives in a gap buffer: the gap
 * follows the cursor, so deleting the character just before it is O(1).
 *
 * Several upstream quirks fall out of these mechanics and are kept on
 * purpose (they are observable in Flux output): "$$" consumes the next
 * "$" as text, a NUL byte ends the input, and after "${name:" a
 * multi-byte character makes the unread step back into the name.
 */
#include "subst/subst_int.h"

#include <stdlib.h>
#include <string.h>

#define RUNE_EOF 0 /* a NUL byte reads as end of input, as upstream */

/* scanner modes */
enum {
	M_TEXT = 1u << 0,   /* runs of accepted characters */
	M_LBRACE = 1u << 1, /* "${" */
	M_RBRACE = 1u << 2, /* "}" */
	M_ESCAPE = 1u << 3, /* escapes inside runs */
};

/* active escapes */
enum {
	E_DOLLAR = 1u << 0,
	E_BACKSLASH = 1u << 1,
};

/* character classes of runs; `i` is the byte offset after the character
 * within the run */
typedef enum {
	C_ANY,           /* top level */
	C_NAME,          /* letters, digits, '_' */
	C_COLONS,        /* ':'* */
	C_ONE_HASH,      /* "#" of ${#name} */
	C_NOT_CLOSE,     /* not '}' */
	C_HASH_OP,       /* '#' or "##" */
	C_PERCENT_OP,    /* '%' or "%%" */
	C_DEFAULT_OP,    /* ":" then one of "=-?+" */
	C_REPLACE_OP,    /* "/" then optionally one of "/#%" */
	C_ONE_EQUAL,     /* "=" */
	C_ONE_COLON,     /* ":" */
	C_NOT_COLON_CLOSE,
	C_SLASHES,       /* '/'* */
	C_NOT_SLASH,
	C_CASE_OP,       /* up to two of ",^" */
} cclass;

typedef enum {
	T_ILLEGAL,
	T_EOF,
	T_TEXT,
	T_LBRACE,
	T_RBRACE,
} token;

typedef struct {
	char *b;       /* physical buffer */
	size_t n;      /* its size */
	size_t gs, ge; /* the gap, physical [gs, ge) */
	size_t len;    /* logical length */
	size_t pos, start;
	int width;     /* width of the last code point read (0 at EOF) */
	unsigned mode, esc;
	cclass cls;
	fx_arena *a;
	int depth;
} scanner;

static const char MSG_BAD_SUBST[] = "bad substitution";
static const char MSG_NO_CLOSE[] = "missing closing brace";
static const char MSG_NAME[] = "unable to parse variable name";
static const char MSG_FUNC[] = "unable to parse substitution within function";
static const char MSG_DEFAULT[] = "unable to parse default function";
static const char MSG_DEPTH[] = "bad substitution: expansions nested too deeply";

/* ------------------------------------------------------------------ */
/* Gap buffer                                                           */

static char at(const scanner *s, size_t i)
{
	return i < s->gs ? s->b[i] : s->b[i + (s->ge - s->gs)];
}

static void move_gap(scanner *s, size_t to)
{
	if (to < s->gs) {
		size_t k = s->gs - to;
		memmove(s->b + s->ge - k, s->b + to, k);
		s->gs -= k;
		s->ge -= k;
	} else if (to > s->gs) {
		size_t k = to - s->gs;
		memmove(s->b + s->gs, s->b + s->ge, k);
		s->gs += k;
		s->ge += k;
	}
}

/* ------------------------------------------------------------------ */
/* Scanner primitives                                                   */

static int32_t sc_read(scanner *s)
{
	if (s->pos >= s->len) {
		s->width = 0;
		return RUNE_EOF;
	}
	char tmp[4];
	size_t k = 0;
	while (k < 4 && s->pos + k < s->len) {
		tmp[k] = at(s, s->pos + k);
		k++;
	}
	int w;
	uint32_t r = fx_subst__utf8_decode(tmp, k, &w);
	s->width = w;
	s->pos += (size_t)w;
	return (int32_t)r;
}

static void sc_unread(scanner *s)
{
	s->pos -= (size_t)s->width;
}

static int32_t sc_peek(scanner *s)
{
	int32_t r = sc_read(s);
	sc_unread(s);
	return r;
}

/* Deletes the character before the cursor (the first of an escape pair);
 * the cursor then stands after the escaped character. */
static void sc_skip(scanner *s)
{
	move_gap(s, s->pos);
	s->gs--;
	s->len--;
}

static bool accepts(const scanner *s, int32_t r, size_t i)
{
	switch (s->cls) {
	case C_ANY:
		return true;
	case C_NAME:
		return r == '_' || fx_subst__is_letter((uint32_t)r) ||
		       fx_subst__is_digit((uint32_t)r);
	case C_COLONS:
		return r == ':';
	case C_ONE_HASH:
		return r == '#' && i == 1;
	case C_NOT_CLOSE:
		return r != '}';
	case C_HASH_OP:
		return r == '#' && i < 3;
	case C_PERCENT_OP:
		return r == '%' && i < 3;
	case C_DEFAULT_OP:
		return (i == 1 && r == ':') ||
		       (i == 2 && (r == '=' || r == '-' || r == '?' || r == '+'));
	case C_REPLACE_OP:
		return (i == 1 && r == '/') || (i == 2 && (r == '/' || r == '#' || r == '%'));
	case C_ONE_EQUAL:
		return i == 1 && r == '=';
	case C_ONE_COLON:
		return i == 1 && r == ':';
	case C_NOT_COLON_CLOSE:
		return r != ':' && r != '}';
	case C_SLASHES:
		return r == '/';
	case C_NOT_SLASH:
		return r != '/';
	case C_CASE_OP:
		return (r == ',' || r == '^') && i < 3;
	}
	return false;
}

/* "${" at the cursor (r already read). */
static bool sc_lbrace(scanner *s, int32_t r)
{
	if (!(s->mode & M_LBRACE) || r != '$')
		return false;
	if (sc_read(s) == '{')
		return true;
	sc_unread(s);
	return false;
}

/* An escape pair starting with r (r already read). */
static bool sc_escaped(scanner *s, int32_t r)
{
	if (!(s->mode & M_ESCAPE))
		return false;
	if (r == '$' && (s->esc & E_DOLLAR) && sc_peek(s) == '$')
		return true;
	if (r == '\\' && (s->esc & E_BACKSLASH)) {
		int32_t n = sc_peek(s);
		return n == '/' || n == '\\';
	}
	return false;
}

/* A run of the current class, stopping before "${" when M_LBRACE. */
static bool sc_run(scanner *s, int32_t r)
{
	if (!(s->mode & M_TEXT))
		return false;
	if (sc_escaped(s, r))
		sc_skip(s);
	else if (!accepts(s, r, s->pos - s->start))
		return false;
	for (;;) {
		r = sc_read(s);
		if (r == RUNE_EOF) {
			sc_unread(s);
			break;
		}
		if (sc_lbrace(s, r)) {
			sc_unread(s);
			sc_unread(s);
			break;
		}
		if (sc_escaped(s, r)) {
			sc_skip(s);
			continue;
		}
		if (!accepts(s, r, s->pos - s->start)) {
			sc_unread(s);
			break;
		}
	}
	return true;
}

static token sc_scan(scanner *s)
{
	s->start = s->pos;
	int32_t r = sc_read(s);
	if (r == RUNE_EOF)
		return T_EOF;
	if (sc_lbrace(s, r))
		return T_LBRACE;
	if ((s->mode & M_RBRACE) && r == '}')
		return T_RBRACE;
	if (sc_run(s, r))
		return T_TEXT;
	return T_ILLEGAL;
}

static void sc_set(scanner *s, cclass cls, unsigned mode)
{
	s->cls = cls;
	s->mode = mode;
}

/* The text of the last token, copied into the arena. */
static const char *sc_text(scanner *s, size_t *len_out)
{
	move_gap(s, s->pos);
	*len_out = s->pos - s->start;
	return fx_arena_strndup(s->a, s->b + s->start, s->pos - s->start);
}

/* ------------------------------------------------------------------ */
/* Nodes                                                                */

static fx_es_node *new_node(scanner *s, fx_es_kind kind)
{
	fx_es_node *n = fx_arena_alloc(s->a, sizeof *n);
	n->kind = kind;
	return n;
}

static fx_es_node *text_node(scanner *s)
{
	fx_es_node *n = new_node(s, FX_ES_TEXT);
	n->text = sc_text(s, &n->len);
	return n;
}

static void set_op(scanner *s, fx_es_node *n)
{
	size_t len;
	const char *t = sc_text(s, &len);
	FX_ASSERT(len < sizeof n->op);
	memcpy(n->op, t, len);
	n->op[len] = '\0';
}

static void add_arg(scanner *s, fx_es_node *n, fx_es_node *arg)
{
	fx_es_node **v = fx_arena_alloc(s->a, (n->n_args + 1) * sizeof *v);
	if (n->n_args)
		memcpy(v, n->args, n->n_args * sizeof *v);
	v[n->n_args++] = arg;
	n->args = v;
}

/* ------------------------------------------------------------------ */
/* Parser                                                               */

static int parse_expansion(scanner *s, fx_es_node **out, const char **msg);

/* "}" */
static int expect_rbrace(scanner *s, const char **msg)
{
	s->mode = M_RBRACE;
	if (sc_scan(s) != T_RBRACE) {
		*msg = MSG_BAD_SUBST;
		return FX_EINVALID;
	}
	return 0;
}

/* argument = CLASS(cls) | expansion ; */
static int parse_argument(scanner *s, cclass cls, unsigned mode, fx_es_node **out,
			  const char **msg)
{
	sc_set(s, cls, mode | M_LBRACE);
	switch (sc_scan(s)) {
	case T_LBRACE:
		return parse_expansion(s, out, msg);
	case T_TEXT:
	case T_RBRACE:
		*out = text_node(s);
		return 0;
	default:
		*msg = MSG_FUNC;
		return FX_EINVALID;
	}
}

/* length = "#" , name , "}" ; */
static int parse_length(scanner *s, fx_es_node *n, const char **msg)
{
	sc_set(s, C_ONE_HASH, M_TEXT);
	if (sc_scan(s) != T_TEXT)
		goto bad;
	set_op(s, n);
	sc_set(s, C_NAME, M_TEXT);
	if (sc_scan(s) != T_TEXT)
		goto bad;
	n->text = sc_text(s, &n->len);
	return expect_rbrace(s, msg);
bad:
	*msg = MSG_BAD_SUBST;
	return FX_EINVALID;
}

/* default-op , default-args , "}" */
static int parse_default(scanner *s, fx_es_node *n, const char **msg)
{
	sc_set(s, sc_peek(s) == '=' ? C_ONE_EQUAL : C_DEFAULT_OP, M_TEXT);
	if (sc_scan(s) != T_TEXT) {
		*msg = MSG_DEFAULT;
		return FX_EINVALID;
	}
	set_op(s, n);
	while (sc_peek(s) != '}') {
		fx_es_node *arg;
		int rc = parse_argument(s, C_NOT_CLOSE, M_TEXT, &arg, msg);
		if (rc)
			return rc;
		add_arg(s, n, arg);
	}
	return expect_rbrace(s, msg);
}

/* substring = ":" , offset , ( "}" | ":" , { ":" } , argument , "}" ) ; */
static int parse_substring(scanner *s, fx_es_node *n, const char **msg)
{
	fx_es_node *arg;
	int rc;
	sc_set(s, C_ONE_COLON, M_TEXT);
	if (sc_scan(s) != T_TEXT)
		goto bad;
	set_op(s, n);
	if ((rc = parse_argument(s, C_NOT_COLON_CLOSE, M_TEXT, &arg, msg)))
		return rc;
	add_arg(s, n, arg);
	sc_set(s, C_COLONS, M_TEXT | M_RBRACE);
	switch (sc_scan(s)) {
	case T_RBRACE:
		return 0;
	case T_TEXT:
		break;
	default:
		goto bad;
	}
	if ((rc = parse_argument(s, C_NOT_CLOSE, M_TEXT, &arg, msg)))
		return rc;
	add_arg(s, n, arg);
	return expect_rbrace(s, msg);
bad:
	*msg = MSG_BAD_SUBST;
	return FX_EINVALID;
}

/* ":" starts a default form when followed by one of "=-?+", else a
 * substring.  The look-ahead steps back by the width of the character
 * after ":" (upstream mechanics; see the file comment). */
static int parse_colon(scanner *s, fx_es_node *n, const char **msg)
{
	sc_read(s);
	int32_t r = sc_peek(s);
	sc_unread(s);
	if (r == '=' || r == '-' || r == '?' || r == '+')
		return parse_default(s, n, msg);
	return parse_substring(s, n, msg);
}

/* case-op , "}" */
static int parse_case(scanner *s, fx_es_node *n, const char **msg)
{
	sc_set(s, C_CASE_OP, M_TEXT);
	if (sc_scan(s) != T_TEXT) {
		*msg = MSG_BAD_SUBST;
		return FX_EINVALID;
	}
	set_op(s, n);
	return expect_rbrace(s, msg);
}

/* replace = "/" , [ "/" | "#" | "%" ] , pattern , "/" , { "/" } ,
 *           ( "}" | replacement , "}" ) ; */
static int parse_replace(scanner *s, fx_es_node *n, const char **msg)
{
	fx_es_node *arg;
	int rc;
	sc_set(s, C_REPLACE_OP, M_TEXT);
	if (sc_scan(s) != T_TEXT)
		goto bad;
	set_op(s, n);
	if ((rc = parse_argument(s, C_NOT_SLASH, M_TEXT | M_ESCAPE, &arg, msg)))
		return rc;
	add_arg(s, n, arg);
	sc_set(s, C_SLASHES, M_TEXT);
	if (sc_scan(s) != T_TEXT)
		goto bad;
	if (sc_peek(s) == '}')
		return expect_rbrace(s, msg);
	if ((rc = parse_argument(s, C_NOT_CLOSE, M_TEXT | M_ESCAPE, &arg, msg)))
		return rc;
	add_arg(s, n, arg);
	return expect_rbrace(s, msg);
bad:
	*msg = MSG_BAD_SUBST;
	return FX_EINVALID;
}

/* remove-op , argument , "}" */
static int parse_remove(scanner *s, fx_es_node *n, cclass op, const char **msg)
{
	fx_es_node *arg;
	int rc;
	sc_set(s, op, M_TEXT);
	if (sc_scan(s) != T_TEXT) {
		*msg = MSG_BAD_SUBST;
		return FX_EINVALID;
	}
	set_op(s, n);
	if ((rc = parse_argument(s, C_NOT_CLOSE, M_TEXT, &arg, msg)))
		return rc;
	add_arg(s, n, arg);
	return expect_rbrace(s, msg);
}

/* expansion = "${" , body ;   ("${" already consumed) */
static int parse_expansion(scanner *s, fx_es_node **out, const char **msg)
{
	int rc;
	if (++s->depth > FX_ES_MAX_DEPTH) {
		*msg = MSG_DEPTH;
		return FX_EINVALID;
	}
	fx_es_node *n = new_node(s, FX_ES_EXPR);
	s->esc = E_DOLLAR | E_BACKSLASH;
	if (sc_peek(s) == '#') {
		rc = parse_length(s, n, msg);
		goto out;
	}
	sc_set(s, C_NAME, M_TEXT);
	if (sc_scan(s) != T_TEXT) {
		*msg = MSG_NAME;
		rc = FX_EINVALID;
		goto out;
	}
	n->text = sc_text(s, &n->len);
	switch (sc_peek(s)) {
	case ':':
		rc = parse_colon(s, n, msg);
		goto out;
	case '=':
		rc = parse_default(s, n, msg);
		goto out;
	case ',':
	case '^':
		rc = parse_case(s, n, msg);
		goto out;
	case '/':
		rc = parse_replace(s, n, msg);
		goto out;
	case '#':
		rc = parse_remove(s, n, C_HASH_OP, msg);
		goto out;
	case '%':
		rc = parse_remove(s, n, C_PERCENT_OP, msg);
		goto out;
	default:
		break;
	}
	sc_set(s, C_NAME, M_RBRACE);
	if (sc_scan(s) != T_RBRACE) {
		*msg = MSG_NO_CLOSE;
		rc = FX_EINVALID;
		goto out;
	}
	rc = 0;
out:
	s->depth--;
	if (rc == 0)
		*out = n;
	return rc;
}

/* template = { text | expansion } ; */
int fx_subst__parse(fx_es_node **out, const char **msg_out, fx_arena *a, const char *in,
		    size_t len)
{
	scanner s = {0};
	fx_es_node *head = NULL, **tail = &head;
	int rc = 0;
	s.b = fx_xmalloc(len ? len : 1);
	if (len)
		memcpy(s.b, in, len);
	s.n = len;
	s.gs = len;
	s.ge = len;
	s.len = len;
	s.a = a;
	*msg_out = NULL;
	for (;;) {
		fx_es_node *n = NULL;
		sc_set(&s, C_ANY, M_TEXT | M_LBRACE | M_ESCAPE);
		s.esc = E_DOLLAR;
		token t = sc_scan(&s);
		if (t == T_EOF)
			break;
		if (t == T_TEXT) {
			n = text_node(&s);
		} else if (t == T_LBRACE) {
			if ((rc = parse_expansion(&s, &n, msg_out)))
				goto out;
		} else {
			*msg_out = MSG_BAD_SUBST;
			rc = FX_EINVALID;
			goto out;
		}
		*tail = n;
		tail = &n->next;
	}
	*out = head;
out:
	free(s.b);
	return rc;
}
