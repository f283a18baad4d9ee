/*
 * Parse tree nodes: their String() form as Go's text/template/parse
 * prints it (used for error contexts "at <...>" and by the parse
 * conformance corpus) and the location of a node in its template text.
 */
#include "tmpl/tmpl_int.h"

#include <string.h>

static void write_pipe(fx_strbuf *out, const fx_tnode *p);

static void write_idents(fx_strbuf *out, const fx_tnode *n, bool leading_dot)
{
	for (size_t i = 0; i < n->n_ident; i++) {
		if (i > 0 || leading_dot)
			fx_sb_addc(out, '.');
		fx_sb_adds(out, n->ident[i]);
	}
}

static void write_list(fx_strbuf *out, const fx_tnode *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n_items; i++)
		fx_tmpl__node_string(out, l->items[i]);
}

static void write_cmd(fx_strbuf *out, const fx_tnode *c)
{
	for (size_t i = 0; i < c->n_items; i++) {
		if (i > 0)
			fx_sb_addc(out, ' ');
		const fx_tnode *a = c->items[i];
		if (a->type == TN_PIPE) {
			fx_sb_addc(out, '(');
			write_pipe(out, a);
			fx_sb_addc(out, ')');
		} else {
			fx_tmpl__node_string(out, a);
		}
	}
}

static void write_pipe(fx_strbuf *out, const fx_tnode *p)
{
	if (p->n_decl > 0) {
		for (size_t i = 0; i < p->n_decl; i++) {
			if (i > 0)
				fx_sb_adds(out, ", ");
			fx_sb_adds(out, p->decl[i]);
		}
		fx_sb_adds(out, p->flag ? " = " : " := ");
	}
	for (size_t i = 0; i < p->n_items; i++) {
		if (i > 0)
			fx_sb_adds(out, " | ");
		write_cmd(out, p->items[i]);
	}
}

static void write_branch(fx_strbuf *out, const fx_tnode *n, const char *kw)
{
	fx_sb_addf(out, "{{%s ", kw);
	write_pipe(out, n->pipe);
	fx_sb_adds(out, "}}");
	write_list(out, n->list);
	if (n->else_list) {
		fx_sb_adds(out, "{{else}}");
		write_list(out, n->else_list);
	}
	fx_sb_adds(out, "{{end}}");
}

void fx_tmpl__node_string(fx_strbuf *out, const fx_tnode *n)
{
	switch (n->type) {
	case TN_LIST:
		write_list(out, n);
		break;
	case TN_TEXT:
		fx_tmpl__quote(out, n->str, n->len, false);
		break;
	case TN_ACTION:
		fx_sb_adds(out, "{{");
		write_pipe(out, n->pipe);
		fx_sb_adds(out, "}}");
		break;
	case TN_IF:
		write_branch(out, n, "if");
		break;
	case TN_RANGE:
		write_branch(out, n, "range");
		break;
	case TN_WITH:
		write_branch(out, n, "with");
		break;
	case TN_TEMPLATE:
		fx_sb_adds(out, "{{template ");
		fx_tmpl__quote(out, n->str, strlen(n->str), false);
		if (n->pipe) {
			fx_sb_addc(out, ' ');
			write_pipe(out, n->pipe);
		}
		fx_sb_adds(out, "}}");
		break;
	case TN_BREAK:
		fx_sb_adds(out, "{{break}}");
		break;
	case TN_CONTINUE:
		fx_sb_adds(out, "{{continue}}");
		break;
	case TN_PIPE:
		write_pipe(out, n);
		break;
	case TN_CMD:
		write_cmd(out, n);
		break;
	case TN_FIELD:
		write_idents(out, n, true);
		break;
	case TN_VAR:
		write_idents(out, n, false);
		break;
	case TN_DOT:
		fx_sb_addc(out, '.');
		break;
	case TN_NIL:
		fx_sb_adds(out, "nil");
		break;
	case TN_BOOL:
		fx_sb_adds(out, n->flag ? "true" : "false");
		break;
	case TN_NUMBER:
	case TN_STRING:
		fx_sb_add(out, n->text2, n->len2);
		break;
	case TN_IDENT:
		fx_sb_adds(out, n->str);
		break;
	case TN_CHAIN:
		if (n->pipe->type == TN_PIPE) {
			fx_sb_addc(out, '(');
			write_pipe(out, n->pipe);
			fx_sb_addc(out, ')');
		} else {
			fx_tmpl__node_string(out, n->pipe);
		}
		for (size_t i = 0; i < n->n_ident; i++) {
			fx_sb_addc(out, '.');
			fx_sb_adds(out, n->ident[i]);
		}
		break;
	case TN_END:
		fx_sb_adds(out, "{{end}}");
		break;
	case TN_ELSE:
		fx_sb_adds(out, "{{else}}");
		break;
	default:
		break;
	}
}

void fx_tmpl__node_location(const fx_tnode *n, uint32_t *line, uint32_t *col)
{
	const char *text = n->tree ? n->tree->text : "";
	size_t pos = n->pos;
	if (n->tree && pos > n->tree->text_len)
		pos = n->tree->text_len;
	uint32_t ln = 1;
	size_t last_nl = (size_t)-1;
	for (size_t i = 0; i < pos; i++) {
		if (text[i] == '\n') {
			ln++;
			last_nl = i;
		}
	}
	*line = ln;
	*col = (uint32_t)(last_nl == (size_t)-1 ? pos : pos - (last_nl + 1));
}

int fx_tmpl_tree_string(const fx_tmpl_set *set, const char *name, fx_strbuf *out)
{
	const fx_ttree *t = fx_tmpl__lookup(set, name);
	if (!t)
		return FX_ENOTFOUND;
	if (t->root)
		fx_tmpl__node_string(out, t->root);
	return 0;
}
