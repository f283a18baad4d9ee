/*
 * Template executor: walks parse trees over fx_node values with Go's
 * text/template semantics (exec.go): pipelines, variables and their
 * scopes, field chains on maps, missingkey, if/with/range with else,
 * break/continue, template invocation, function calls with Go's
 * argument checks and error wording, and Helm's include/tpl services.
 *
 * Value conventions (mirroring reflect): a C NULL value is Go's invalid
 * Value ("no value"); an FX_NULL node is a nil interface{} (a present
 * null, or missingkey=zero).  Field access on the first yields nothing,
 * on the second an error, as in Go.  Each pipeline command's result is
 * "dug out" of its interface, so a nil result becomes invalid.
 *
 * Errors are formatted once, where they happen, in Go's form
 * "template: NAME:LINE:COL: executing \"NAME\" at <NODE>: MESSAGE", and
 * travel up as -1.  Break and continue travel up as positive codes.
 */
#include "tmpl/tmpl_int.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct fx_tmpl_exec fx_tmpl_exec;

enum { W_OK = 0, W_BREAK = 1, W_CONTINUE = 2 };

#define MAX_INCLUDE_NESTING 1000

typedef struct {
	const char *name;
	fx_node *val;
} var;

struct fx_tmpl_exec {
	fx_tmpl_set *set;
	fx_arena *a;
	fx_tmpl_env *env;
	fx_strbuf *out;
	fx_strbuf err;
	uint32_t err_line, err_col;
	const char *err_name;
	size_t depth, max_depth, max_output;
	size_t steps, max_steps;
	uintptr_t stack_base;     /* address near the bottom of the run */
	fx_strmap *included;      /* include nesting per name (Helm's rule) */
	const fx_ttree *tmpl;
	const fx_tnode *node;
	var *vars;
	size_t n_vars, cap_vars, var_base;
};

static int walk(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n);
static int eval_pipeline(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *pipe, fx_node **out);
static int eval_arg(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n, fx_node **out);

/* ------------------------------------------------------------------ */
/* Errors                                                               */

static int errorf(fx_tmpl_exec *ex, const char *fmt, ...) FX_PRINTF(2, 3);
static int errorf(fx_tmpl_exec *ex, const char *fmt, ...)
{
	fx_sb_clear(&ex->err);
	const char *name = ex->tmpl ? ex->tmpl->name : "";
	if (ex->node) {
		uint32_t line, col;
		fx_tmpl__node_location(ex->node, &line, &col);
		const char *pname = ex->node->tree ? ex->node->tree->parse_name : name;
		fx_sb_addf(&ex->err, "template: %s:%u:%u: executing ", pname, line, col);
		fx_tmpl__quote(&ex->err, name, strlen(name), false);
		fx_sb_adds(&ex->err, " at <");
		fx_tmpl__node_string(&ex->err, ex->node);
		fx_sb_adds(&ex->err, ">: ");
		ex->err_line = line;
		ex->err_col = col + 1;
		ex->err_name = pname;
	} else {
		fx_sb_addf(&ex->err, "template: %s: ", name);
		ex->err_name = name;
	}
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(&ex->err, fmt, ap);
	va_end(ap);
	return -1;
}

static const char *node_str(fx_tmpl_exec *ex, const fx_tnode *n)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmpl__node_string(&sb, n);
	const char *s = fx_arena_strndup(ex->a, fx_sb_cstr(&sb), sb.len);
	fx_sb_dispose(&sb);
	return s;
}

static const char *quoted(fx_tmpl_exec *ex, const char *s)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmpl__quote(&sb, s, strlen(s), false);
	const char *r = fx_arena_strndup(ex->a, fx_sb_cstr(&sb), sb.len);
	fx_sb_dispose(&sb);
	return r;
}

/* Nesting (templates in templates, includes, parentheses) is bounded by
 * the C stack actually used, so that no input can overflow it. */
#define STACK_LIMIT ((uintptr_t)4 << 20)

static bool stack_exceeded(const fx_tmpl_exec *ex)
{
	char here;
	uintptr_t p = (uintptr_t)&here;
	uintptr_t d = ex->stack_base > p ? ex->stack_base - p : p - ex->stack_base;
	return d > STACK_LIMIT;
}

/* ------------------------------------------------------------------ */
/* Variables                                                            */

static void push_var(fx_tmpl_exec *ex, const char *name, fx_node *v)
{
	if (ex->n_vars == ex->cap_vars) {
		ex->cap_vars = ex->cap_vars ? ex->cap_vars * 2 : 32;
		ex->vars = fx_xrealloc(ex->vars, ex->cap_vars * sizeof(var));
	}
	ex->vars[ex->n_vars].name = name;
	ex->vars[ex->n_vars].val = v;
	ex->n_vars++;
}

static var *find_var(fx_tmpl_exec *ex, const char *name)
{
	for (size_t i = ex->n_vars; i-- > ex->var_base;)
		if (!strcmp(ex->vars[i].name, name))
			return &ex->vars[i];
	return NULL;
}

static int set_var(fx_tmpl_exec *ex, const char *name, fx_node *v)
{
	var *x = find_var(ex, name);
	if (!x)
		return errorf(ex, "undefined variable: %s", name);
	x->val = v;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Output                                                               */

static int emit(fx_tmpl_exec *ex, const char *s, size_t n)
{
	if (ex->out->len + n > ex->max_output) {
		ex->node = NULL;
		return errorf(ex, "output exceeds the limit of %zu bytes", ex->max_output);
	}
	fx_sb_add(ex->out, s, n);
	return 0;
}

static int print_value(fx_tmpl_exec *ex, const fx_node *v)
{
	if (!v)
		return emit(ex, "<no value>", 10);
	if (v->kind == FX_STR && fx_go_type_of(v) != FX_GO_BYTES)
		return emit(ex, v->u.s.ptr, v->u.s.len);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmpl_format_value(&sb, v);
	int rc = emit(ex, fx_sb_cstr(&sb), sb.len);
	fx_sb_dispose(&sb);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Values of literals                                                   */

static int ideal_constant(fx_tmpl_exec *ex, const fx_tnode *c, fx_node **out)
{
	ex->node = c;
	if (c->is_complex) {
		fx_node *s = fx_node_seq(ex->a, FX_LOC_NONE);
		fx_seq_push(ex->a, s, fx_node_float(ex->a, c->f, FX_LOC_NONE));
		fx_seq_push(ex->a, s, fx_node_float(ex->a, c->imag, FX_LOC_NONE));
		fx_go_type_set(s, FX_GO_COMPLEX);
		*out = s;
		return 0;
	}
	const char *t = c->text2;
	bool hex_int = strlen(t) > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') &&
		       !strpbrk(t, "pP");
	bool rune = t[0] == '\'';
	if (c->is_float && !hex_int && !rune && strpbrk(t, ".eEpP")) {
		*out = fx_node_float(ex->a, c->f, FX_LOC_NONE);
		return 0;
	}
	if (c->is_int) {
		*out = fx_node_int(ex->a, c->i, FX_LOC_NONE);
		return 0;
	}
	if (c->is_uint)
		return errorf(ex, "%s overflows int", t);
	*out = NULL;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Fields                                                               */

static int eval_field(fx_tmpl_exec *ex, const char *field, const fx_tnode *node,
		      bool has_args, fx_node *recv, fx_node **out)
{
	(void)node;
	if (!recv) {
		if (ex->set->opts.missingkey == FX_TMPL_MISSING_ERROR)
			return errorf(ex, "nil data; no entry for key %s", quoted(ex, field));
		*out = NULL;
		return 0;
	}
	if (recv->kind == FX_NULL)
		return errorf(ex, "nil pointer evaluating interface {}.%s", field);
	if (recv->kind == FX_MAP) {
		if (has_args)
			return errorf(ex, "%s is not a method but has arguments", field);
		fx_node *v = fx_map_get(recv, field);
		if (!v) {
			switch (ex->set->opts.missingkey) {
			case FX_TMPL_MISSING_ZERO:
				v = fx_node_null(ex->a, FX_LOC_NONE);
				break;
			case FX_TMPL_MISSING_ERROR:
				return errorf(ex, "map has no entry for key %s", quoted(ex, field));
			default:
				break;
			}
		}
		*out = v;
		return 0;
	}
	return errorf(ex, "can't evaluate field %s in type %s", field, fx_tmpl__go_type(recv));
}

/* Methods of *semver.Version (Compare, LessThan, ...), implemented with
 * Sprig's semver family. */
int fx_tmplf__semver_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			    fx_node **out);

static bool is_semver_method(const char *name)
{
	return !strcmp(name, "Compare") || !strcmp(name, "LessThan") ||
	       !strcmp(name, "GreaterThan") || !strcmp(name, "Equal");
}

static int call_method(fx_tmpl_exec *ex, fx_node *dot, fx_node *recv, const char *name,
		       const fx_tnode *cmd, fx_node *final, bool has_final, fx_node **out)
{
	size_t n_args = cmd ? cmd->n_items - 1 : 0;
	size_t num_in = n_args + (has_final ? 1 : 0);
	const fx_tnode *at = ex->node;
	if (num_in != 1)
		return errorf(ex, "wrong number of args for %s: want 1 got %zu", name, num_in);
	fx_node *arg = final;
	if (n_args == 1 && eval_arg(ex, dot, cmd->items[1], &arg))
		return -1;
	ex->node = at;
	if (!arg)
		arg = fx_node_null(ex->a, FX_LOC_NONE);
	fx_strbuf ferr = FX_STRBUF_INIT;
	fx_tmpl_call call = {
		.arena = ex->a, .args = &arg, .n_args = 1, .name = name,
		.exec = ex, .env = ex->env, .err = &ferr,
	};
	int rc = fx_tmplf__semver_method(&call, recv, name, out);
	if (rc != 0) {
		if (rc == FX_ENOTFOUND)
			errorf(ex, "wrong type for value; expected *semver.Version; got %s",
			       fx_tmpl__go_type(arg));
		else
			errorf(ex, "error calling %s: %s", name, fx_sb_cstr(&ferr));
		fx_sb_dispose(&ferr);
		return -1;
	}
	fx_sb_dispose(&ferr);
	return 0;
}

static int eval_field_chain(fx_tmpl_exec *ex, fx_node *dot, fx_node *recv,
			    const fx_tnode *node, const char *const *ident, size_t n,
			    const fx_tnode *cmd, fx_node *final, bool has_final, fx_node **out)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (eval_field(ex, ident[i], node, false, recv, &recv))
			return -1;
	if (recv && recv->kind == FX_MAP && fx_go_type_of(recv) == FX_GO_SEMVER &&
	    is_semver_method(ident[n - 1]))
		return call_method(ex, dot, recv, ident[n - 1], cmd, final, has_final, out);
	size_t n_args = cmd ? cmd->n_items : 1;
	return eval_field(ex, ident[n - 1], node, n_args > 1 || has_final, recv, out);
}

static int not_a_function(fx_tmpl_exec *ex, const fx_tnode *cmd, bool has_final)
{
	if (cmd && (cmd->n_items > 1 || has_final))
		return errorf(ex, "can't give argument to non-function %s",
			      node_str(ex, cmd->items[0]));
	return 0;
}

static int eval_variable(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *v,
			 const fx_tnode *cmd, fx_node *final, bool has_final, fx_node **out)
{
	ex->node = v;
	var *x = find_var(ex, v->ident[0]);
	if (!x)
		return errorf(ex, "undefined variable: %s", v->ident[0]);
	if (v->n_ident == 1) {
		if (not_a_function(ex, cmd, has_final))
			return -1;
		*out = x->val;
		return 0;
	}
	return eval_field_chain(ex, dot, x->val, v, v->ident + 1, v->n_ident - 1, cmd, final,
				has_final, out);
}

static int eval_chain(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *chain,
		      const fx_tnode *cmd, fx_node *final, bool has_final, fx_node **out)
{
	ex->node = chain;
	if (chain->pipe->type == TN_NIL)
		return errorf(ex, "indirection through explicit nil in %s", node_str(ex, chain));
	fx_node *recv;
	if (eval_arg(ex, dot, chain->pipe, &recv))
		return -1;
	ex->node = chain;
	return eval_field_chain(ex, dot, recv, chain, chain->ident, chain->n_ident, cmd, final,
				has_final, out);
}

/* ------------------------------------------------------------------ */
/* Functions                                                            */

static int arg_count_error(fx_tmpl_exec *ex, const char *name, int want, bool at_least, size_t got)
{
	if (at_least)
		return errorf(ex, "wrong number of args for %s: want at least %d got %zu", name, want,
			      got);
	return errorf(ex, "wrong number of args for %s: want %d got %zu", name, want, got);
}

static int eval_function(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *ident,
			 const fx_tnode *cmd, fx_node *final, bool has_final, fx_node **out)
{
	ex->node = ident;
	const char *name = ident->str;
	size_t n_args = cmd ? cmd->n_items - 1 : 0; /* without the name */
	const fx_tnode *const *argn = cmd ? (const fx_tnode *const *)cmd->items + 1 : NULL;
	size_t num_in = n_args + (has_final ? 1 : 0);
	int id = ident->builtin;
	const fx_tmpl_func *fn = ident->fn;
	if (!fn && !id)
		return errorf(ex, "%s is not a defined function", quoted(ex, name));

	if (id == BI_AND || id == BI_OR) {
		if (num_in < 1)
			return arg_count_error(ex, name, 1, true, n_args);
		fx_node *v = NULL;
		for (size_t i = 0; i < n_args; i++) {
			if (eval_arg(ex, dot, argn[i], &v))
				return -1;
			if (v && v->kind == FX_NULL)
				v = NULL;
			if (fx_tmpl__truth(v) == (id == BI_OR)) {
				*out = v;
				return 0;
			}
		}
		if (has_final)
			v = final;
		*out = v;
		return 0;
	}

	/* arity */
	int min = 0, max = -1;
	if (fn) {
		min = fn->min_args;
		max = fn->max_args;
	} else {
		switch (id) {
		case BI_NOT: case BI_LEN: min = max = 1; break;
		case BI_NE: case BI_LT: case BI_LE: case BI_GT: case BI_GE: min = max = 2; break;
		case BI_INDEX: case BI_SLICE: case BI_PRINTF: case BI_EQ: case BI_CALL: min = 1; break;
		default: min = 0; break;
		}
	}
	if (max >= 0 && min == max && num_in != (size_t)min)
		return arg_count_error(ex, name, min, false, num_in);
	if (num_in < (size_t)min)
		return arg_count_error(ex, name, min, true, n_args);
	if (max >= 0 && num_in > (size_t)max)
		return errorf(ex, "wrong number of args for %s: want at most %d got %zu", name, max,
			      num_in);

	fx_node **args = fx_arena_alloc(ex->a, (num_in ? num_in : 1) * sizeof(fx_node *));
	for (size_t i = 0; i < n_args; i++) {
		const fx_tnode *an = argn[i];
		if (an->type == TN_NIL) {
			ex->node = an;
			if (id == BI_PRINTF && i == 0)
				return errorf(ex, "cannot assign nil to string");
			args[i] = fx_node_null(ex->a, FX_LOC_NONE);
			continue;
		}
		if (id == BI_PRINTF && i == 0 && an->type != TN_STRING &&
		    (an->type == TN_NUMBER || an->type == TN_BOOL || an->type == TN_DOT)) {
			ex->node = an;
			if (an->type != TN_DOT)
				return errorf(ex, "expected string; found %s", node_str(ex, an));
		}
		if (eval_arg(ex, dot, an, &args[i]))
			return -1;
	}
	if (has_final)
		args[n_args] = final;

	if (id == BI_PRINTF) {
		fx_node *f = args[0];
		if (!f || f->kind != FX_STR) {
			ex->node = cmd ? cmd : ident;
			if (!f)
				return errorf(ex, "invalid value; expected string");
			return errorf(ex, "wrong type for value; expected string; got %s",
				      fx_tmpl__go_type(f));
		}
	}
	if (id == BI_CALL) {
		ex->node = cmd ? cmd : ident;
		fx_node *f = args[0];
		if (!f || f->kind == FX_NULL)
			return errorf(ex, "error calling call: call of nil");
		const char *what = n_args > 0 ? node_str(ex, argn[0]) : "<pipeline>";
		return errorf(ex, "error calling call: non-function %s of type %s", what,
			      fx_tmpl__go_type(f));
	}

	fx_strbuf ferr = FX_STRBUF_INIT;
	int rc;
	fx_node *res = NULL;
	if (id) {
		rc = fx_tmpl__builtin_call(ex->a, id, args, num_in, &res, &ferr);
	} else {
		for (size_t i = 0; i < num_in; i++)
			if (!args[i])
				args[i] = fx_node_null(ex->a, FX_LOC_NONE);
		fx_tmpl_call call = {
			.arena = ex->a,
			.args = args,
			.n_args = num_in,
			.name = name,
			.exec = ex,
			.env = ex->env,
			.err = &ferr,
		};
		const fx_tnode *saved = ex->node;
		rc = fn->fn(&call, &res);
		ex->node = saved;
	}
	if (rc != 0) {
		ex->node = cmd ? cmd : ident;
		errorf(ex, "error calling %s: %s", name, fx_sb_cstr(&ferr));
		fx_sb_dispose(&ferr);
		return -1;
	}
	fx_sb_dispose(&ferr);
	*out = res;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Commands, arguments, pipelines                                       */

static int eval_command(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *cmd, fx_node *final,
			bool has_final, fx_node **out)
{
	const fx_tnode *first = cmd->items[0];
	if (stack_exceeded(ex)) {
		ex->node = cmd;
		return errorf(ex, "template execution nested too deeply");
	}
	switch (first->type) {
	case TN_FIELD:
		ex->node = first;
		return eval_field_chain(ex, dot, dot, first, first->ident, first->n_ident, cmd,
					final, has_final, out);
	case TN_CHAIN:
		return eval_chain(ex, dot, first, cmd, final, has_final, out);
	case TN_IDENT:
		return eval_function(ex, dot, first, cmd, final, has_final, out);
	case TN_PIPE:
		ex->node = first;
		if (not_a_function(ex, cmd, has_final))
			return -1;
		return eval_pipeline(ex, dot, first, out);
	case TN_VAR:
		return eval_variable(ex, dot, first, cmd, final, has_final, out);
	default:
		break;
	}
	ex->node = first;
	if (not_a_function(ex, cmd, has_final))
		return -1;
	switch (first->type) {
	case TN_BOOL:
		*out = fx_node_bool(ex->a, first->flag, FX_LOC_NONE);
		return 0;
	case TN_DOT:
		*out = dot;
		return 0;
	case TN_NIL:
		return errorf(ex, "nil is not a command");
	case TN_NUMBER:
		return ideal_constant(ex, first, out);
	case TN_STRING:
		*out = fx_node_str_borrow(ex->a, first->str, first->len, FX_LOC_NONE);
		return 0;
	default:
		return errorf(ex, "can't evaluate command %s", quoted(ex, node_str(ex, first)));
	}
}

/* An argument: Go's evalArg for an interface{} parameter. */
static int eval_arg(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n, fx_node **out)
{
	ex->node = n;
	switch (n->type) {
	case TN_DOT:
		*out = dot;
		return 0;
	case TN_NIL:
		*out = fx_node_null(ex->a, FX_LOC_NONE);
		return 0;
	case TN_FIELD:
		return eval_field_chain(ex, dot, dot, n, n->ident, n->n_ident, NULL, NULL, false,
					out);
	case TN_VAR:
		return eval_variable(ex, dot, n, NULL, NULL, false, out);
	case TN_PIPE:
		return eval_pipeline(ex, dot, n, out);
	case TN_IDENT:
		return eval_function(ex, dot, n, NULL, NULL, false, out);
	case TN_CHAIN:
		return eval_chain(ex, dot, n, NULL, NULL, false, out);
	case TN_BOOL:
		*out = fx_node_bool(ex->a, n->flag, FX_LOC_NONE);
		return 0;
	case TN_NUMBER:
		return ideal_constant(ex, n, out);
	case TN_STRING:
		*out = fx_node_str_borrow(ex->a, n->str, n->len, FX_LOC_NONE);
		return 0;
	default:
		return errorf(ex, "can't handle %s for arg", node_str(ex, n));
	}
}

static int eval_pipeline(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *pipe, fx_node **out)
{
	if (!pipe) {
		*out = NULL;
		return 0;
	}
	ex->node = pipe;
	fx_node *value = NULL;
	bool has = false;
	for (size_t i = 0; i < pipe->n_items; i++) {
		if (eval_command(ex, dot, pipe->items[i], value, has, &value))
			return -1;
		has = true;
		if (value && value->kind == FX_NULL)
			value = NULL; /* dig the nil out of its interface */
	}
	for (size_t i = 0; i < pipe->n_decl; i++) {
		if (pipe->flag) {
			if (set_var(ex, pipe->decl[i], value))
				return -1;
		} else {
			push_var(ex, pipe->decl[i], value);
		}
	}
	*out = value;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Statements                                                           */

static int walk_if_with(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n)
{
	size_t mark = ex->n_vars;
	fx_node *val;
	int rc = eval_pipeline(ex, dot, n->pipe, &val);
	if (rc == 0) {
		if (fx_tmpl__truth(val)) {
			rc = walk(ex, n->type == TN_WITH ? val : dot, n->list);
		} else if (n->else_list) {
			rc = walk(ex, dot, n->else_list);
		}
	}
	ex->n_vars = mark;
	return rc;
}

static int range_body(fx_tmpl_exec *ex, const fx_tnode *n, size_t at, fx_node *index,
		      fx_node *elem)
{
	const fx_tnode *p = n->pipe;
	if (p->n_decl > 0) {
		if (p->flag) {
			if (p->n_decl > 1) {
				if (set_var(ex, p->decl[0], index) || set_var(ex, p->decl[1], elem))
					return -1;
			} else if (set_var(ex, p->decl[0], elem)) {
				return -1;
			}
		} else {
			if (p->n_decl > 1) {
				ex->vars[at].val = index;
				ex->vars[at + 1].val = elem;
			} else {
				ex->vars[at].val = elem;
			}
		}
	}
	size_t inner = ex->n_vars;
	int rc = walk(ex, elem, n->list);
	ex->n_vars = inner;
	return rc;
}

static int walk_range(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n)
{
	size_t mark = ex->n_vars;
	fx_node *val;
	int rc = eval_pipeline(ex, dot, n->pipe, &val);
	if (rc)
		goto out;
	/* declared range variables are the last ones pushed */
	size_t decl_at = n->pipe->flag ? mark : ex->n_vars - n->pipe->n_decl;
	size_t count = 0;
	if (!val) {
		/* nothing to range over; not an error */
	} else if (val->kind == FX_SEQ && fx_go_type_of(val) != FX_GO_COMPLEX) {
		count = val->u.seq.len;
		for (size_t i = 0; i < val->u.seq.len; i++) {
			rc = range_body(ex, n, decl_at, fx_node_int(ex->a, (int64_t)i, FX_LOC_NONE),
					val->u.seq.items[i]);
			if (rc == W_CONTINUE) {
				rc = 0;
				continue;
			}
			if (rc == W_BREAK) {
				rc = 0;
				break;
			}
			if (rc)
				goto out;
		}
	} else if (val->kind == FX_MAP && fx_go_type_of(val) == FX_GO_DEFAULT) {
		count = val->u.map.len;
		size_t *ord = fx_map_sorted_order(val);
		for (size_t k = 0; k < count; k++) {
			fx_pair *pr = &val->u.map.items[ord[k]];
			rc = range_body(ex, n, decl_at, pr->key, pr->val);
			if (rc == W_CONTINUE) {
				rc = 0;
				continue;
			}
			if (rc == W_BREAK) {
				rc = 0;
				break;
			}
			if (rc) {
				free(ord);
				goto out;
			}
		}
		free(ord);
	} else if (val->kind == FX_INT && fx_go_type_of(val) != FX_GO_RUNE) {
		if (n->pipe->n_decl > 1) {
			ex->node = n;
			rc = errorf(ex, "can't use %s to iterate over more than one variable",
				    node_str(ex, n->pipe));
			goto out;
		}
		int64_t lim = val->u.i;
		count = lim > 0 ? (size_t)lim : 0;
		for (int64_t i = 0; i < lim; i++) {
			fx_node *iv = fx_node_int(ex->a, i, FX_LOC_NONE);
			rc = range_body(ex, n, decl_at, iv, iv);
			if (rc == W_CONTINUE) {
				rc = 0;
				continue;
			}
			if (rc == W_BREAK) {
				rc = 0;
				break;
			}
			if (rc)
				goto out;
		}
	} else if (val->kind == FX_NULL) {
		/* nil: no iterations */
	} else {
		ex->node = n;
		fx_strbuf sb = FX_STRBUF_INIT;
		fx_tmpl_format_value(&sb, val);
		rc = errorf(ex, "range can't iterate over %s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
		goto out;
	}
	if (count == 0 && n->else_list)
		rc = walk(ex, dot, n->else_list);
out:
	ex->n_vars = mark;
	return rc;
}

/* Runs tree t with a fresh variable frame ($ = dot). */
static int run_tree(fx_tmpl_exec *ex, const fx_ttree *t, fx_node *dot)
{
	if (ex->depth >= ex->max_depth)
		return errorf(ex, "exceeded maximum template depth (%zu)", ex->max_depth);
	const fx_ttree *saved_t = ex->tmpl;
	size_t saved_base = ex->var_base, saved_n = ex->n_vars;
	ex->depth++;
	ex->tmpl = t;
	ex->var_base = ex->n_vars;
	push_var(ex, "$", dot);
	int rc = t->root ? walk(ex, dot, t->root) : 0;
	ex->depth--;
	if (rc >= 0) {
		ex->tmpl = saved_t;
		rc = 0;
	}
	ex->var_base = saved_base;
	ex->n_vars = saved_n;
	return rc;
}

static int walk_template(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n)
{
	ex->node = n;
	const fx_ttree *t = fx_tmpl__lookup(ex->set, n->str);
	if (!t || !t->root)
		return errorf(ex, "template %s not defined", quoted(ex, n->str));
	fx_node *nd = NULL;
	if (eval_pipeline(ex, dot, n->pipe, &nd))
		return -1;
	ex->node = n;
	const fx_tnode *saved = ex->node;
	int rc = run_tree(ex, t, nd);
	if (rc == 0)
		ex->node = saved;
	return rc;
}

static int walk(fx_tmpl_exec *ex, fx_node *dot, const fx_tnode *n)
{
	ex->node = n;
	if (++ex->steps > ex->max_steps)
		return errorf(ex, "template execution exceeded %zu steps", ex->max_steps);
	if (stack_exceeded(ex))
		return errorf(ex, "template execution nested too deeply");
	switch (n->type) {
	case TN_LIST:
		for (size_t i = 0; i < n->n_items; i++) {
			int rc = walk(ex, dot, n->items[i]);
			if (rc)
				return rc;
		}
		return 0;
	case TN_TEXT:
		return emit(ex, n->str, n->len);
	case TN_ACTION: {
		fx_node *v;
		if (eval_pipeline(ex, dot, n->pipe, &v))
			return -1;
		if (n->pipe->n_decl == 0)
			return print_value(ex, v);
		return 0;
	}
	case TN_IF:
	case TN_WITH:
		return walk_if_with(ex, dot, n);
	case TN_RANGE:
		return walk_range(ex, dot, n);
	case TN_TEMPLATE:
		return walk_template(ex, dot, n);
	case TN_BREAK:
		return W_BREAK;
	case TN_CONTINUE:
		return W_CONTINUE;
	default:
		return errorf(ex, "unknown node: %s", node_str(ex, n));
	}
}

/* ------------------------------------------------------------------ */
/* Entry points                                                         */

static void exec_init(fx_tmpl_exec *ex, fx_tmpl_set *set, fx_tmpl_env *env, fx_strbuf *out)
{
	memset(ex, 0, sizeof(*ex));
	ex->set = set;
	ex->a = set->arena;
	ex->env = env;
	ex->out = out;
	ex->max_depth = set->opts.max_depth ? set->opts.max_depth : 1000;
	ex->max_output = set->opts.max_output ? set->opts.max_output : (size_t)512 << 20;
	ex->max_steps = set->opts.max_steps ? set->opts.max_steps : (size_t)100000000;
}

static void remove_no_value(fx_strbuf *out, size_t from)
{
	static const char nv[] = "<no value>";
	size_t w = from;
	for (size_t r = from; r < out->len;) {
		if (out->len - r >= 10 && !memcmp(out->ptr + r, nv, 10)) {
			r += 10;
			continue;
		}
		out->ptr[w++] = out->ptr[r++];
	}
	fx_sb_truncate(out, w);
}

int fx_tmpl_execute(fx_tmpl_set *set, const char *name, fx_node *data, fx_tmpl_env *env,
		    fx_strbuf *out, fx_tmpl_error *err)
{
	fx_tmpl_exec ex;
	fx_tmpl_env zero_env = {0};
	exec_init(&ex, set, env ? env : &zero_env, out);
	char base;
	ex.stack_base = (uintptr_t)&base;
	zero_env.helm = set->opts.helm;
	size_t start = out->len;
	const fx_ttree *t = fx_tmpl__lookup(set, name);
	int rc;
	if (!t) {
		fx_sb_addf(&ex.err, "template: no template %s associated with template %s",
			   quoted(&ex, name), quoted(&ex, name));
		rc = -1;
	} else if (!t->root) {
		ex.tmpl = t;
		rc = errorf(&ex, "%s is an incomplete or empty template", quoted(&ex, name));
	} else {
		if (data && data->kind == FX_NULL)
			data = NULL;
		ex.depth = 0;
		rc = run_tree(&ex, t, data);
		if (rc > 0)
			rc = 0;
	}
	if (rc == 0 && set->opts.helm)
		remove_no_value(out, start);
	if (rc != 0 && err) {
		fx_sb_dispose(&err->msg);
		err->msg = ex.err;
		ex.err = (fx_strbuf)FX_STRBUF_INIT;
		err->line = ex.err_line;
		err->col = ex.err_col;
		err->name = ex.err_name;
	}
	fx_sb_dispose(&ex.err);
	free(ex.vars);
	if (ex.included)
		fx_strmap_free(ex.included);
	return rc ? -1 : 0;
}

/* Runs a named template from inside a function (Helm's include).  The
 * nested run shares the executor's depth and output limits. */
int fx_tmpl_exec_include(struct fx_tmpl_exec *ex, const char *name, fx_node *data, fx_strbuf *out,
			 fx_strbuf *err)
{
	const fx_ttree *t = fx_tmpl__lookup(ex->set, name);
	if (!t || !t->root) {
		fx_sb_addf(err, "template: no template %s associated with template %s",
			   quoted(ex, name), quoted(ex, ex->tmpl ? ex->tmpl->name : ""));
		return -1;
	}
	/* Helm's include: a name may be nested at most 1000 times; the
	 * included template runs in a fresh state (its own depth). */
	if (!ex->included)
		ex->included = fx_strmap_new();
	uintptr_t count = (uintptr_t)fx_strmap_get(ex->included, name);
	if (count > MAX_INCLUDE_NESTING) {
		fx_sb_addf(err, "rendering template has a nested reference name: %s: "
				"unable to execute template", name);
		return -1;
	}
	fx_strmap_put(ex->included, name, (void *)(count + 1));
	fx_strbuf *saved_out = ex->out;
	const fx_ttree *saved_t = ex->tmpl;
	const fx_tnode *saved_n = ex->node;
	size_t saved_depth = ex->depth;
	ex->out = out;
	ex->depth = 0;
	if (data && data->kind == FX_NULL)
		data = NULL;
	int rc = run_tree(ex, t, data);
	ex->out = saved_out;
	ex->tmpl = saved_t;
	ex->node = saved_n;
	ex->depth = saved_depth;
	fx_strmap_put(ex->included, name, (void *)count);
	if (rc < 0) {
		fx_sb_add(err, fx_sb_cstr(&ex->err), ex->err.len);
		fx_sb_clear(&ex->err);
		return -1;
	}
	return 0;
}

/* Parses and runs text with the executor's templates visible (Helm's
 * tpl): definitions in the text stay local to this call. */
int fx_tmpl_exec_tpl(struct fx_tmpl_exec *ex, const char *text, size_t len, fx_node *data,
		     fx_strbuf *out, fx_strbuf *err)
{
	fx_tmpl_set *child = fx_tmpl_set_new(ex->a, &ex->set->opts);
	child->parent = ex->set;
	const char *name = ex->set->opts.tpl_name ? ex->set->opts.tpl_name
			   : ex->tmpl		 ? ex->tmpl->name
						 : "tpl";
	fx_tmpl_error perr = {0};
	int rc = fx_tmpl_parse(child, name, text, len, &perr);
	if (rc) {
		fx_sb_add(err, fx_sb_cstr(&perr.msg), perr.msg.len);
		fx_tmpl_error_dispose(&perr);
		fx_tmpl_set_dispose(child);
		return -1;
	}
	fx_tmpl_set *saved_set = ex->set;
	fx_strbuf *saved_out = ex->out;
	const fx_ttree *saved_t = ex->tmpl;
	const fx_tnode *saved_n = ex->node;
	size_t start = out->len;
	ex->set = child;
	ex->out = out;
	if (data && data->kind == FX_NULL)
		data = NULL;
	rc = run_tree(ex, fx_tmpl__lookup(child, name), data);
	ex->set = saved_set;
	ex->out = saved_out;
	ex->tmpl = saved_t;
	ex->node = saved_n;
	if (rc < 0) {
		fx_sb_add(err, fx_sb_cstr(&ex->err), ex->err.len);
		fx_sb_clear(&ex->err);
		fx_tmpl_set_dispose(child);
		return -1;
	}
	if (ex->set->opts.helm)
		remove_no_value(out, start);
	fx_tmpl_set_dispose(child);
	return 0;
}
