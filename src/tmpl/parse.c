/*
 * Template parser: tokens into parse trees, with Go's grammar, checks and
 * error messages (text/template/parse).  Recursive descent; each function
 * carries its rule from grammar/template.ebnf.
 *
 * Errors unwind with longjmp to fx_tmpl_parse (everything the parser
 * allocates lives in the set's arena, so nothing leaks on the way out).
 * Messages are "template: NAME:LINE: ..." where LINE is the line of the
 * last token read, as Go reports it.
 *
 * Templates defined with {{define}}/{{block}} in one text must be unique
 * within that text; across texts the later definition wins unless it is
 * empty (Go's associate rule, which Helm relies on for chart overrides).
 */
#include "tmpl/tmpl_int.h"

#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NESTING 1000

typedef struct {
	fx_tmpl_set *set;
	fx_arena *a;
	const char *name; /* parse name */
	const char *text;
	size_t text_len;
	fx_toklist toks;
	size_t p;  /* next token */
	size_t hi; /* highest token index read (Go's token[0]) */
	uint32_t action_line;
	const char **vars;
	size_t n_vars, cap_vars;
	int range_depth;
	int depth;
	fx_ttree **defs; /* trees of this parse, by order */
	size_t n_defs, cap_defs;
	fx_ttree *cur; /* tree being built */
	jmp_buf jb;
	fx_strbuf *msg;
	uint32_t err_line, err_col;
} parser;

static _Noreturn void errorf(parser *ps, const char *fmt, ...) FX_PRINTF(2, 3);
static _Noreturn void errorf(parser *ps, const char *fmt, ...)
{
	uint32_t line = ps->toks.toks[ps->hi].line;
	fx_sb_clear(ps->msg);
	fx_sb_addf(ps->msg, "template: %s:%u: ", ps->name, line);
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(ps->msg, fmt, ap);
	va_end(ap);
	ps->err_line = line;
	/* column (1-based) of the token, for located diagnostics */
	size_t pos = ps->toks.toks[ps->hi].pos, b = pos;
	while (b > 0 && ps->text[b - 1] != '\n')
		b--;
	ps->err_col = (uint32_t)(pos - b + 1);
	longjmp(ps->jb, 1);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */

static fx_tok *next(parser *ps)
{
	size_t i = ps->p < ps->toks.n ? ps->p : ps->toks.n - 1;
	fx_tok *t = &ps->toks.toks[i];
	if (i > ps->hi)
		ps->hi = i;
	ps->p++;
	return t;
}

static void backup(parser *ps)
{
	ps->p--;
}

static fx_tok *peek(parser *ps)
{
	fx_tok *t = next(ps);
	backup(ps);
	return t;
}

static fx_tok *next_nonspace(parser *ps)
{
	fx_tok *t;
	do
		t = next(ps);
	while (t->type == TK_SPACE);
	return t;
}

static fx_tok *peek_nonspace(parser *ps)
{
	fx_tok *t = next_nonspace(ps);
	backup(ps);
	return t;
}

/* Go's item String(). */
static const char *tok_str(parser *ps, const fx_tok *t)
{
	if (t->type == TK_EOF)
		return "EOF";
	if (t->type == TK_ERROR)
		return fx_arena_strndup(ps->a, t->val, t->len);
	if (t->type > TK_KEYWORD)
		return fx_arena_printf(ps->a, "<%.*s>", (int)t->len, t->val);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (t->len > 10) {
		/* %.10q: the first ten runes, quoted */
		size_t n = 0, runes = 0;
		while (n < t->len && runes < 10) {
			uint32_t r;
			n += fx_tmpl__utf8_decode(t->val + n, t->len - n, &r);
			runes++;
		}
		fx_tmpl__quote(&sb, t->val, n, false);
		fx_sb_adds(&sb, "...");
	} else {
		fx_tmpl__quote(&sb, t->val, t->len, false);
	}
	const char *s = fx_arena_strdup(ps->a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return s;
}

static _Noreturn void unexpected(parser *ps, const fx_tok *t, const char *context)
{
	if (t->type == TK_ERROR) {
		if (ps->action_line != 0 && ps->action_line != t->line) {
			const char *m = fx_arena_strndup(ps->a, t->val, t->len);
			if (t->len >= 7 && !memcmp(t->val + t->len - 7, " action", 7))
				errorf(ps, "%s started at %s:%u", m, ps->name, ps->action_line);
			errorf(ps, "%s in action started at %s:%u", m, ps->name, ps->action_line);
		}
		errorf(ps, "%.*s", (int)t->len, t->val);
	}
	errorf(ps, "unexpected %s in %s", tok_str(ps, t), context);
}

static fx_tok *expect(parser *ps, fx_tok_type ty, const char *context)
{
	fx_tok *t = next_nonspace(ps);
	if (t->type != ty)
		unexpected(ps, t, context);
	return t;
}

/* ------------------------------------------------------------------ */
/* Nodes                                                                */

static fx_tnode *new_node(parser *ps, int type, uint32_t pos)
{
	fx_tnode *n = fx_arena_alloc(ps->a, sizeof(*n));
	n->type = (uint8_t)type;
	n->pos = pos;
	n->tree = ps->cur;
	return n;
}

static void append_item(parser *ps, fx_tnode *list, fx_tnode *item)
{
	/* capacity: powers of two from 4 */
	size_t n = list->n_items;
	if (n >= 4 && (n & (n - 1)) == 0) {
		list->items = fx_arena_grow(ps->a, list->items, n * sizeof(fx_tnode *),
					    2 * n * sizeof(fx_tnode *));
	} else if (n == 0) {
		list->items = fx_arena_alloc(ps->a, 4 * sizeof(fx_tnode *));
	}
	list->items[list->n_items++] = item;
}

static const char **append_str(parser *ps, const char **v, size_t *n, const char *s)
{
	const char **nv = fx_arena_alloc(ps->a, (*n + 1) * sizeof(char *));
	if (*n)
		memcpy(nv, v, *n * sizeof(char *));
	nv[(*n)++] = s;
	return nv;
}

static void push_var(parser *ps, const char *name)
{
	if (ps->n_vars == ps->cap_vars) {
		size_t nc = ps->cap_vars ? ps->cap_vars * 2 : 16;
		ps->vars = fx_arena_grow(ps->a, ps->vars, ps->cap_vars * sizeof(char *),
					 nc * sizeof(char *));
		ps->cap_vars = nc;
	}
	ps->vars[ps->n_vars++] = name;
}

static const char *tokdup(parser *ps, const fx_tok *t)
{
	return fx_arena_strndup(ps->a, t->val, t->len);
}

/* Splits "$x.A.B" / ".A.B" into identifiers. */
static void split_idents(parser *ps, fx_tnode *n, const char *s, size_t len, bool field)
{
	size_t i = field ? 1 : 0;
	while (i <= len) {
		size_t j = i;
		while (j < len && s[j] != '.')
			j++;
		n->ident = append_str(ps, n->ident, &n->n_ident, fx_arena_strndup(ps->a, s + i, j - i));
		i = j + 1;
	}
}

/* ------------------------------------------------------------------ */
/* Grammar                                                              */

static fx_tnode *pipeline(parser *ps, const char *context, fx_tok_type end);
static fx_tnode *item_list(parser *ps, fx_tnode **end_out);

static void enter(parser *ps)
{
	if (++ps->depth > MAX_NESTING)
		errorf(ps, "max expression depth exceeded");
}

/* term: literal | identifier | '.' | '.Field' | '$var' | '(' pipeline ')' */
static fx_tnode *term(parser *ps)
{
	fx_tok *t = next_nonspace(ps);
	fx_tnode *n;
	switch (t->type) {
	case TK_IDENT: {
		n = new_node(ps, TN_IDENT, t->pos);
		n->str = tokdup(ps, t);
		n->len = t->len;
		fx_tmpl__fnref ref;
		if (!fx_tmpl__find_func(ps->set, n->str, &ref))
			errorf(ps, "function \"%s\" not defined", n->str);
		n->fn = ref.fn;
		n->builtin = ref.builtin;
		return n;
	}
	case TK_DOT:
		return new_node(ps, TN_DOT, t->pos);
	case TK_NIL:
		return new_node(ps, TN_NIL, t->pos);
	case TK_VARIABLE: {
		n = new_node(ps, TN_VAR, t->pos);
		split_idents(ps, n, t->val, t->len, false);
		for (size_t i = ps->n_vars; i-- > 0;)
			if (!strcmp(ps->vars[i], n->ident[0]))
				return n;
		errorf(ps, "undefined variable \"%s\"", n->ident[0]);
	}
	case TK_FIELD:
		n = new_node(ps, TN_FIELD, t->pos);
		split_idents(ps, n, t->val, t->len, true);
		return n;
	case TK_BOOL:
		n = new_node(ps, TN_BOOL, t->pos);
		n->flag = t->len == 4;
		return n;
	case TK_CHARCONST:
	case TK_COMPLEX:
	case TK_NUMBER: {
		n = new_node(ps, TN_NUMBER, t->pos);
		const char *e = fx_tmpl__number(ps->a, n, t);
		if (e)
			errorf(ps, "%s", e);
		return n;
	}
	case TK_LPAREN:
		enter(ps);
		n = pipeline(ps, "parenthesized pipeline", TK_RPAREN);
		ps->depth--;
		return n;
	case TK_STRING:
	case TK_RAWSTRING:
		n = new_node(ps, TN_STRING, t->pos);
		n->text2 = tokdup(ps, t);
		n->len2 = t->len;
		if (!fx_tmpl__unquote(ps->a, t, &n->str, &n->len))
			errorf(ps, "invalid syntax");
		return n;
	default:
		backup(ps);
		return NULL;
	}
}

/* operand: term ('.' Field)* */
static fx_tnode *operand(parser *ps)
{
	fx_tnode *n = term(ps);
	if (!n)
		return NULL;
	if (peek(ps)->type == TK_FIELD) {
		fx_tnode *chain = new_node(ps, TN_CHAIN, peek(ps)->pos);
		chain->pipe = n;
		while (peek(ps)->type == TK_FIELD) {
			fx_tok *f = next(ps);
			chain->ident = append_str(ps, chain->ident, &chain->n_ident,
						  fx_arena_strndup(ps->a, f->val + 1, f->len - 1));
		}
		switch (n->type) {
		case TN_FIELD:
		case TN_VAR: {
			fx_tnode *m = new_node(ps, n->type, chain->pos);
			for (size_t i = 0; i < n->n_ident; i++)
				m->ident = append_str(ps, m->ident, &m->n_ident, n->ident[i]);
			for (size_t i = 0; i < chain->n_ident; i++)
				m->ident = append_str(ps, m->ident, &m->n_ident, chain->ident[i]);
			return m;
		}
		case TN_BOOL:
		case TN_STRING:
		case TN_NUMBER:
		case TN_NIL:
		case TN_DOT: {
			fx_strbuf sb = FX_STRBUF_INIT;
			fx_tmpl__node_string(&sb, n);
			fx_strbuf q = FX_STRBUF_INIT;
			fx_tmpl__quote(&q, sb.ptr ? sb.ptr : "", sb.len, false);
			const char *qs = fx_arena_strdup(ps->a, fx_sb_cstr(&q));
			fx_sb_dispose(&sb);
			fx_sb_dispose(&q);
			errorf(ps, "unexpected . after term %s", qs);
		}
		default:
			return chain;
		}
	}
	return n;
}

/* command: operand (space operand)* */
static fx_tnode *command(parser *ps)
{
	fx_tnode *cmd = new_node(ps, TN_CMD, peek_nonspace(ps)->pos);
	for (;;) {
		peek_nonspace(ps);
		fx_tnode *op = operand(ps);
		if (op)
			append_item(ps, cmd, op);
		fx_tok *t = next(ps);
		if (t->type == TK_SPACE)
			continue;
		if (t->type == TK_RIGHT || t->type == TK_RPAREN)
			backup(ps);
		else if (t->type != TK_PIPE)
			unexpected(ps, t, "operand");
		break;
	}
	if (cmd->n_items == 0)
		errorf(ps, "empty command");
	return cmd;
}

static void check_pipeline(parser *ps, fx_tnode *pipe, const char *context)
{
	if (pipe->n_items == 0)
		errorf(ps, "missing value for %s", context);
	for (size_t i = 1; i < pipe->n_items; i++) {
		switch (pipe->items[i]->items[0]->type) {
		case TN_BOOL:
		case TN_DOT:
		case TN_NIL:
		case TN_NUMBER:
		case TN_STRING:
			errorf(ps, "non executable command in pipeline stage %zu", i + 1);
		default:
			break;
		}
	}
}

/* pipeline: declarations? command ('|' command)* */
static fx_tnode *pipeline(parser *ps, const char *context, fx_tok_type end)
{
	fx_tok *first = peek_nonspace(ps);
	fx_tnode *pipe = new_node(ps, TN_PIPE, first->pos);
decls:
	if (peek_nonspace(ps)->type == TK_VARIABLE) {
		fx_tok *v = next_nonspace(ps);
		size_t after_var = ps->p;
		fx_tok *after = peek(ps);
		fx_tok *nx = peek_nonspace(ps);
		if (nx->type == TK_ASSIGN || nx->type == TK_DECLARE) {
			pipe->flag = nx->type == TK_ASSIGN;
			next_nonspace(ps);
			pipe->decl = append_str(ps, pipe->decl, &pipe->n_decl, tokdup(ps, v));
			push_var(ps, pipe->decl[pipe->n_decl - 1]);
		} else if (nx->type == TK_CHAR && nx->len == 1 && nx->val[0] == ',') {
			next_nonspace(ps);
			pipe->decl = append_str(ps, pipe->decl, &pipe->n_decl, tokdup(ps, v));
			push_var(ps, pipe->decl[pipe->n_decl - 1]);
			if (!strcmp(context, "range") && pipe->n_decl < 2) {
				fx_tok_type pt = peek_nonspace(ps)->type;
				if (pt == TK_VARIABLE || pt == TK_RIGHT || pt == TK_RPAREN)
					goto decls;
				errorf(ps, "range can only initialize variables");
			}
			errorf(ps, "too many declarations in %s", context);
		} else {
			(void)after;
			ps->p = after_var - 1; /* back to the variable */
		}
	}
	for (;;) {
		fx_tok *t = next_nonspace(ps);
		if (t->type == end) {
			check_pipeline(ps, pipe, context);
			return pipe;
		}
		switch (t->type) {
		case TK_BOOL:
		case TK_CHARCONST:
		case TK_COMPLEX:
		case TK_DOT:
		case TK_FIELD:
		case TK_IDENT:
		case TK_NUMBER:
		case TK_NIL:
		case TK_RAWSTRING:
		case TK_STRING:
		case TK_VARIABLE:
		case TK_LPAREN:
			backup(ps);
			append_item(ps, pipe, command(ps));
			break;
		default:
			unexpected(ps, t, context);
		}
	}
}

static const char *template_name(parser *ps, fx_tok *t, const char *context)
{
	if (t->type != TK_STRING && t->type != TK_RAWSTRING)
		unexpected(ps, t, context);
	const char *s;
	size_t n;
	if (!fx_tmpl__unquote(ps->a, t, &s, &n))
		errorf(ps, "invalid syntax");
	return s;
}

static fx_ttree *new_tree(parser *ps, const char *name)
{
	fx_ttree *t = fx_arena_alloc(ps->a, sizeof(*t));
	t->name = name;
	t->parse_name = ps->name;
	t->text = ps->text;
	t->text_len = ps->text_len;
	return t;
}

static bool is_empty_tree(const fx_tnode *n)
{
	if (!n)
		return true;
	switch (n->type) {
	case TN_LIST:
		for (size_t i = 0; i < n->n_items; i++)
			if (!is_empty_tree(n->items[i]))
				return false;
		return true;
	case TN_TEXT:
		for (size_t i = 0; i < n->len; i++)
			if (!strchr(" \t\r\n\v\f", n->str[i]))
				return false;
		return true;
	default:
		return false;
	}
}

/* Go's parse.Tree.add within one parse. */
static void add_tree(parser *ps, fx_ttree *t)
{
	for (size_t i = 0; i < ps->n_defs; i++) {
		if (strcmp(ps->defs[i]->name, t->name) != 0)
			continue;
		if (is_empty_tree(ps->defs[i]->root)) {
			ps->defs[i] = t;
			return;
		}
		if (!is_empty_tree(t->root)) {
			fx_strbuf q = FX_STRBUF_INIT;
			fx_tmpl__quote(&q, t->name, strlen(t->name), false);
			const char *qs = fx_arena_strdup(ps->a, fx_sb_cstr(&q));
			fx_sb_dispose(&q);
			errorf(ps, "template: multiple definition of template %s", qs);
		}
		return;
	}
	if (ps->n_defs == ps->cap_defs) {
		size_t nc = ps->cap_defs ? ps->cap_defs * 2 : 8;
		ps->defs = fx_arena_grow(ps->a, ps->defs, ps->cap_defs * sizeof(void *),
					 nc * sizeof(void *));
		ps->cap_defs = nc;
	}
	ps->defs[ps->n_defs++] = t;
}

/* A nested tree ({{define}} body or {{block}} body): item_list then end. */
static fx_ttree *sub_tree(parser *ps, const char *name, const char *context)
{
	fx_ttree *saved = ps->cur;
	const char **sv = ps->vars;
	size_t snv = ps->n_vars, scv = ps->cap_vars;
	int srd = ps->range_depth;
	ps->vars = NULL;
	ps->n_vars = ps->cap_vars = 0;
	push_var(ps, "$");
	ps->range_depth = 0;
	fx_ttree *t = new_tree(ps, name);
	ps->cur = t;
	fx_tnode *end;
	t->root = item_list(ps, &end);
	if (end->type != TN_END)
		errorf(ps, "unexpected %s in %s", end->type == TN_ELSE ? "{{else}}" : "{{end}}",
		       context);
	ps->cur = saved;
	ps->vars = sv;
	ps->n_vars = snv;
	ps->cap_vars = scv;
	ps->range_depth = srd;
	add_tree(ps, t);
	return t;
}

/* control: pipeline itemList ({{else}} itemList)? {{end}} */
static fx_tnode *control(parser *ps, int type, const char *context)
{
	enter(ps);
	size_t mark = ps->n_vars;
	fx_tnode *n = new_node(ps, type, 0);
	n->pipe = pipeline(ps, context, TK_RIGHT);
	n->pos = n->pipe->pos;
	if (type == TN_RANGE)
		ps->range_depth++;
	fx_tnode *nx;
	n->list = item_list(ps, &nx);
	if (type == TN_RANGE)
		ps->range_depth--;
	if (nx->type == TN_ELSE) {
		fx_tok_type pt = peek(ps)->type;
		if ((type == TN_IF && pt == TK_IF) || (type == TN_WITH && pt == TK_WITH)) {
			next(ps); /* the if or with keyword */
			n->else_list = new_node(ps, TN_LIST, nx->pos);
			append_item(ps, n->else_list, control(ps, type, context));
		} else {
			n->else_list = item_list(ps, &nx);
			if (nx->type != TN_END)
				errorf(ps, "expected end; found {{else}}");
		}
	}
	ps->n_vars = mark;
	ps->depth--;
	return n;
}

/* action: control | command ('|' command)* */
static fx_tnode *action(parser *ps)
{
	fx_tok *t = next_nonspace(ps);
	fx_tnode *n;
	switch (t->type) {
	case TK_BLOCK: {
		fx_tok *nt = next_nonspace(ps);
		const char *name = template_name(ps, nt, "block clause");
		fx_tnode *pipe = pipeline(ps, "block clause", TK_RIGHT);
		sub_tree(ps, name, "block clause");
		n = new_node(ps, TN_TEMPLATE, nt->pos);
		n->str = name;
		n->pipe = pipe;
		return n;
	}
	case TK_BREAK:
	case TK_CONTINUE: {
		fx_tok *r = next_nonspace(ps);
		const char *kw = t->type == TK_BREAK ? "break" : "continue";
		if (r->type != TK_RIGHT)
			unexpected(ps, r, t->type == TK_BREAK ? "{{break}}" : "{{continue}}");
		if (ps->range_depth == 0)
			errorf(ps, "{{%s}} outside {{range}}", kw);
		return new_node(ps, t->type == TK_BREAK ? TN_BREAK : TN_CONTINUE, t->pos);
	}
	case TK_ELSE: {
		fx_tok *pk = peek_nonspace(ps);
		if (pk->type == TK_IF || pk->type == TK_WITH)
			return new_node(ps, TN_ELSE, pk->pos);
		fx_tok *r = expect(ps, TK_RIGHT, "else");
		return new_node(ps, TN_ELSE, r->pos);
	}
	case TK_END: {
		fx_tok *r = expect(ps, TK_RIGHT, "end");
		return new_node(ps, TN_END, r->pos);
	}
	case TK_IF:
		return control(ps, TN_IF, "if");
	case TK_RANGE:
		return control(ps, TN_RANGE, "range");
	case TK_WITH:
		return control(ps, TN_WITH, "with");
	case TK_TEMPLATE: {
		fx_tok *nt = next_nonspace(ps);
		const char *name = template_name(ps, nt, "template clause");
		n = new_node(ps, TN_TEMPLATE, nt->pos);
		n->str = name;
		if (next_nonspace(ps)->type != TK_RIGHT) {
			backup(ps);
			n->pipe = pipeline(ps, "template clause", TK_RIGHT);
		}
		return n;
	}
	default:
		break;
	}
	backup(ps);
	fx_tok *pk = peek(ps);
	n = new_node(ps, TN_ACTION, pk->pos);
	n->pipe = pipeline(ps, "command", TK_RIGHT);
	return n;
}

/* textOrAction: text | action */
static fx_tnode *text_or_action(parser *ps)
{
	fx_tok *t = next_nonspace(ps);
	if (t->type == TK_TEXT) {
		fx_tnode *n = new_node(ps, TN_TEXT, t->pos);
		n->str = t->val;
		n->len = t->len;
		return n;
	}
	if (t->type == TK_LEFT) {
		/* Go clears the action line after each action, also after a
		 * control whose body held other actions */
		ps->action_line = t->line;
		fx_tnode *n = action(ps);
		ps->action_line = 0;
		return n;
	}
	unexpected(ps, t, "input");
}

/* itemList: textOrAction* ; ends at {{end}} or {{else}} */
static fx_tnode *item_list(parser *ps, fx_tnode **end_out)
{
	fx_tnode *list = new_node(ps, TN_LIST, peek_nonspace(ps)->pos);
	while (peek_nonspace(ps)->type != TK_EOF) {
		fx_tnode *n = text_or_action(ps);
		if (n->type == TN_END || n->type == TN_ELSE) {
			*end_out = n;
			return list;
		}
		append_item(ps, list, n);
	}
	errorf(ps, "unexpected EOF");
}

/* template: (textOrAction | {{define}})* EOF */
static void parse_top(parser *ps, fx_ttree *top)
{
	ps->cur = top;
	top->root = new_node(ps, TN_LIST, peek(ps)->pos);
	while (peek(ps)->type != TK_EOF) {
		if (peek(ps)->type == TK_LEFT) {
			size_t save = ps->p;
			fx_tok *delim = next(ps);
			if (next_nonspace(ps)->type == TK_DEFINE) {
				uint32_t saved_line = ps->action_line;
				ps->action_line = delim->line;
				fx_tok *nt = next_nonspace(ps);
				if (nt->type != TK_STRING && nt->type != TK_RAWSTRING)
					unexpected(ps, nt, "define clause");
				const char *name;
				size_t nl;
				if (!fx_tmpl__unquote(ps->a, nt, &name, &nl))
					errorf(ps, "invalid syntax");
				expect(ps, TK_RIGHT, "define clause");
				ps->action_line = saved_line;
				sub_tree(ps, name, "define clause");
				ps->cur = top;
				continue;
			}
			ps->p = save;
		}
		fx_tnode *n = text_or_action(ps);
		if (n->type == TN_END || n->type == TN_ELSE)
			errorf(ps, "unexpected %s", n->type == TN_END ? "{{end}}" : "{{else}}");
		append_item(ps, top->root, n);
	}
}

/* ------------------------------------------------------------------ */
/* Set management                                                       */

fx_tmpl_set *fx_tmpl_set_new(fx_arena *a, const fx_tmpl_opts *opts)
{
	fx_tmpl_set *s = fx_arena_alloc(a, sizeof(*s));
	s->arena = a;
	if (opts)
		s->opts = *opts;
	s->trees = fx_strmap_new();
	return s;
}

void fx_tmpl_set_dispose(fx_tmpl_set *set)
{
	if (set && set->trees) {
		fx_strmap_free(set->trees);
		set->trees = NULL;
	}
}

const fx_ttree *fx_tmpl__lookup(const fx_tmpl_set *set, const char *name)
{
	for (; set; set = set->parent) {
		const fx_ttree *t = fx_strmap_get(set->trees, name);
		if (t)
			return t;
	}
	return NULL;
}

bool fx_tmpl_has(const fx_tmpl_set *set, const char *name)
{
	const fx_ttree *t = fx_tmpl__lookup(set, name);
	return t && t->root;
}

bool fx_tmpl__find_func(const fx_tmpl_set *set, const char *name, fx_tmpl__fnref *out)
{
	out->fn = NULL;
	out->builtin = 0;
	for (size_t i = 0; i < set->opts.n_extra; i++) {
		if (!strcmp(set->opts.extra[i].name, name)) {
			out->fn = &set->opts.extra[i];
			return true;
		}
	}
	if (set->opts.no_builtins)
		return false;
	if (set->opts.sprig) {
		const fx_tmpl_func *f = fx_tmpl_funcs_lookup(name, set->opts.helm);
		if (f) {
			out->fn = f;
			return true;
		}
	}
	out->builtin = fx_tmpl__builtin_id(name);
	return out->builtin != 0;
}

int fx_tmpl_parse(fx_tmpl_set *set, const char *name, const char *text, size_t len,
		  fx_tmpl_error *err)
{
	parser ps;
	memset(&ps, 0, sizeof(ps));
	ps.set = set;
	ps.a = set->arena;
	ps.name = fx_arena_strdup(set->arena, name);
	ps.text = fx_arena_strndup(set->arena, text, len);
	ps.text_len = len;
	fx_strbuf msg = FX_STRBUF_INIT;
	ps.msg = &msg;
	fx_tmpl__lex(ps.a, ps.text, len, set->opts.left_delim, set->opts.right_delim, &ps.toks);
	push_var(&ps, "$");
	if (setjmp(ps.jb)) {
		if (err) {
			fx_sb_dispose(&err->msg);
			err->msg = msg;
			err->line = ps.err_line;
			err->col = ps.err_col;
			err->name = ps.name;
		} else {
			fx_sb_dispose(&msg);
		}
		return -1;
	}
	fx_ttree *top = new_tree(&ps, ps.name);
	parse_top(&ps, top);
	add_tree(&ps, top);
	/* associate: an empty template never replaces a non-empty one */
	for (size_t i = 0; i < ps.n_defs; i++) {
		fx_ttree *t = ps.defs[i];
		const fx_ttree *old = fx_strmap_get(set->trees, t->name);
		if (old && is_empty_tree(t->root) && old->root)
			continue;
		fx_strmap_put(set->trees, t->name, t);
	}
	fx_sb_dispose(&msg);
	return 0;
}

void fx_tmpl_error_dispose(fx_tmpl_error *err)
{
	if (err)
		fx_sb_dispose(&err->msg);
}
