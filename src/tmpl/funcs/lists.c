/*
 * Sprig's list functions (list.go): list/tuple, first, rest, last,
 * initial, append/push, prepend, concat, reverse, uniq, without, has,
 * compact, slice, chunk, until, untilStep, each with its mustX twin.
 * The plain variants fail the same way the must variants do: Go's
 * text/template turns Sprig's panics into call errors.
 */
#include <string.h>

#include "tmpl/funcs/internal.h"

/* reflect.DeepEqual over template values: Go types must agree. */
static bool deep_equal(const fx_node *a, const fx_node *b)
{
	bool an = !a || a->kind == FX_NULL, bn = !b || b->kind == FX_NULL;
	if (an || bn)
		return an && bn;
	if (a->kind != b->kind || fx_go_type_of(a) != fx_go_type_of(b))
		return false;
	switch ((fx_kind)a->kind) {
	case FX_SEQ:
		if (a->u.seq.len != b->u.seq.len)
			return false;
		for (size_t i = 0; i < a->u.seq.len; i++)
			if (!deep_equal(a->u.seq.items[i], b->u.seq.items[i]))
				return false;
		return true;
	case FX_MAP:
		if (a->u.map.len != b->u.map.len)
			return false;
		for (size_t i = 0; i < a->u.map.len; i++) {
			const fx_pair *p = &a->u.map.items[i];
			const char *k = p->key->kind == FX_STR ? p->key->u.s.ptr : "";
			fx_node *o = fx_map_get(b, k);
			if (!o || !deep_equal(p->val, o))
				return false;
		}
		return true;
	default:
		return fx_node_equal(a, b);
	}
}

bool fx_tmplf__deep_equal(const fx_node *a, const fx_node *b)
{
	return deep_equal(a, b);
}

static int need_list(fx_tmpl_call *c, const fx_node *v, const char *what)
{
	if (fx_tmplf__is_list(v) && fx_go_type_of(v) != FX_GO_BYTES)
		return 0;
	if (v && v->kind == FX_STR && fx_go_type_of(v) == FX_GO_BYTES)
		return 0;
	return fx_tmplf__fail(c, "Cannot %s on type %s", what, fx_tmplf__kind_name(v));
}

static fx_node *new_list(fx_tmpl_call *c)
{
	return fx_tmplf__seq(c, FX_GO_DEFAULT);
}

/* Items of a list value, []byte as ints. */
static size_t list_len(const fx_node *v)
{
	if (v->kind == FX_STR)
		return v->u.s.len;
	return v->u.seq.len;
}

static fx_node *list_at(fx_tmpl_call *c, const fx_node *v, size_t i)
{
	if (v->kind == FX_STR) {
		fx_node *n = fx_tmplf__int(c, (unsigned char)v->u.s.ptr[i], FX_GO_DEFAULT);
		return n;
	}
	return v->u.seq.items[i];
}

static int f_list(fx_tmpl_call *c, fx_node **out)
{
	fx_node *l = new_list(c);
	for (size_t i = 0; i < c->n_args; i++)
		fx_seq_push(c->arena, l, c->args[i] ? c->args[i] : fx_tmplf__null(c));
	*out = l;
	return 0;
}

static int f_first(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find first") < 0)
		return -1;
	*out = list_len(c->args[0]) ? list_at(c, c->args[0], 0) : fx_tmplf__null(c);
	return 0;
}

static int f_last(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find last") < 0)
		return -1;
	size_t n = list_len(c->args[0]);
	*out = n ? list_at(c, c->args[0], n - 1) : fx_tmplf__null(c);
	return 0;
}

static fx_node *sub_list(fx_tmpl_call *c, const fx_node *v, size_t from, size_t to)
{
	fx_node *l = fx_tmplf__seq(c, fx_go_type_of(v) == FX_GO_STRSLICE ? FX_GO_STRSLICE : FX_GO_DEFAULT);
	for (size_t i = from; i < to; i++)
		fx_seq_push(c->arena, l, list_at(c, v, i));
	return l;
}

static int f_rest(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find rest") < 0)
		return -1;
	size_t n = list_len(c->args[0]);
	*out = n ? sub_list(c, c->args[0], 1, n) : new_list(c);
	if (n)
		fx_go_type_set(*out, FX_GO_DEFAULT);
	return 0;
}

static int f_initial(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find initial") < 0)
		return -1;
	size_t n = list_len(c->args[0]);
	*out = n ? sub_list(c, c->args[0], 0, n - 1) : new_list(c);
	fx_go_type_set(*out, FX_GO_DEFAULT);
	return 0;
}

static int f_append(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "push") < 0)
		return -1;
	fx_node *l = sub_list(c, c->args[0], 0, list_len(c->args[0]));
	fx_go_type_set(l, FX_GO_DEFAULT);
	fx_seq_push(c->arena, l, c->args[1] ? c->args[1] : fx_tmplf__null(c));
	*out = l;
	return 0;
}

static int f_prepend(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "prepend") < 0)
		return -1;
	fx_node *l = new_list(c);
	fx_seq_push(c->arena, l, c->args[1] ? c->args[1] : fx_tmplf__null(c));
	for (size_t i = 0; i < list_len(c->args[0]); i++)
		fx_seq_push(c->arena, l, list_at(c, c->args[0], i));
	*out = l;
	return 0;
}

static int f_concat(fx_tmpl_call *c, fx_node **out)
{
	fx_node *l = new_list(c);
	for (size_t a = 0; a < c->n_args; a++) {
		const fx_node *v = c->args[a];
		if (!fx_tmplf__is_list(v) && !(v && v->kind == FX_STR && fx_go_type_of(v) == FX_GO_BYTES))
			return fx_tmplf__fail(c, "Cannot concat type %s as list", fx_tmplf__kind_name(v));
		for (size_t i = 0; i < list_len(v); i++)
			fx_seq_push(c->arena, l, list_at(c, v, i));
	}
	*out = l;
	return 0;
}

static int f_reverse(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find reverse") < 0)
		return -1;
	fx_node *l = new_list(c);
	size_t n = list_len(c->args[0]);
	for (size_t i = n; i > 0; i--)
		fx_seq_push(c->arena, l, list_at(c, c->args[0], i - 1));
	*out = l;
	return 0;
}

static bool in_list(const fx_node *l, const fx_node *v)
{
	for (size_t i = 0; i < l->u.seq.len; i++)
		if (deep_equal(l->u.seq.items[i], v))
			return true;
	return false;
}

static int f_uniq(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find uniq") < 0)
		return -1;
	fx_node *l = new_list(c);
	for (size_t i = 0; i < list_len(c->args[0]); i++) {
		fx_node *it = list_at(c, c->args[0], i);
		if (!in_list(l, it))
			fx_seq_push(c->arena, l, it);
	}
	*out = l;
	return 0;
}

static int f_without(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "find without") < 0)
		return -1;
	fx_node *omit = new_list(c);
	for (size_t a = 1; a < c->n_args; a++)
		fx_seq_push(c->arena, omit, c->args[a] ? c->args[a] : fx_tmplf__null(c));
	fx_node *l = new_list(c);
	for (size_t i = 0; i < list_len(c->args[0]); i++) {
		fx_node *it = list_at(c, c->args[0], i);
		if (!in_list(omit, it))
			fx_seq_push(c->arena, l, it);
	}
	*out = l;
	return 0;
}

static int f_has(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *hay = c->args[1];
	if (!hay || hay->kind == FX_NULL) {
		*out = fx_tmplf__bool(c, false);
		return 0;
	}
	if (need_list(c, hay, "find has") < 0)
		return -1;
	bool found = false;
	for (size_t i = 0; i < list_len(hay) && !found; i++)
		found = deep_equal(list_at(c, hay, i), c->args[0]);
	*out = fx_tmplf__bool(c, found);
	return 0;
}

static int f_compact(fx_tmpl_call *c, fx_node **out)
{
	if (need_list(c, c->args[0], "compact") < 0)
		return -1;
	fx_node *l = new_list(c);
	for (size_t i = 0; i < list_len(c->args[0]); i++) {
		fx_node *it = list_at(c, c->args[0], i);
		if (!fx_tmplf__empty(it))
			fx_seq_push(c->arena, l, it);
	}
	*out = l;
	return 0;
}

static int f_slice(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *v = c->args[0];
	if (need_list(c, v, "slice") < 0)
		return -1;
	size_t n = list_len(v);
	if (n == 0) {
		*out = new_list(c);
		return 0;
	}
	int64_t start = 0, end = (int64_t)n;
	if (c->n_args > 1)
		start = fx_tmplf__to_int64(c->args[1]);
	if (c->n_args > 2)
		end = fx_tmplf__to_int64(c->args[2]);
	if (start < 0 || end < start || end > (int64_t)n)
		return fx_tmplf__fail(c, "reflect: slice index out of range");
	*out = sub_list(c, v, (size_t)start, (size_t)end);
	return 0;
}

static int f_chunk(fx_tmpl_call *c, fx_node **out)
{
	int64_t size;
	if (fx_tmplf__arg_int(c, 0, &size) < 0)
		return -1;
	const fx_node *v = c->args[1];
	if (need_list(c, v, "chunk") < 0)
		return -1;
	if (size <= 0)
		return fx_tmplf__fail(c, "runtime error: integer divide by zero");
	size_t n = list_len(v);
	fx_node *l = new_list(c);
	for (size_t i = 0; i < n; i += (size_t)size) {
		size_t e = i + (size_t)size < n ? i + (size_t)size : n;
		fx_node *ch = sub_list(c, v, i, e);
		fx_go_type_set(ch, FX_GO_DEFAULT);
		fx_seq_push(c->arena, l, ch);
	}
	*out = l;
	return 0;
}

/* Sprig's untilStep over Go ints. */
fx_node *fx_tmplf__until_step(fx_tmpl_call *c, int64_t start, int64_t stop, int64_t step)
{
	fx_node *l = new_list(c);
	if (stop < start) {
		if (step >= 0)
			return l;
		for (int64_t i = start; i > stop && l->u.seq.len < (1u << 24); i += step)
			fx_seq_push(c->arena, l, fx_tmplf__int(c, i, FX_GO_DEFAULT));
		return l;
	}
	if (step <= 0)
		return l;
	for (int64_t i = start; i < stop && l->u.seq.len < (1u << 24); i += step)
		fx_seq_push(c->arena, l, fx_tmplf__int(c, i, FX_GO_DEFAULT));
	return l;
}

static int f_until(fx_tmpl_call *c, fx_node **out)
{
	int64_t n;
	if (fx_tmplf__arg_int(c, 0, &n) < 0)
		return -1;
	*out = fx_tmplf__until_step(c, 0, n, n < 0 ? -1 : 1);
	return 0;
}

static int f_until_step(fx_tmpl_call *c, fx_node **out)
{
	int64_t a, b, s;
	if (fx_tmplf__arg_int(c, 0, &a) < 0 || fx_tmplf__arg_int(c, 1, &b) < 0 ||
	    fx_tmplf__arg_int(c, 2, &s) < 0)
		return -1;
	*out = fx_tmplf__until_step(c, a, b, s);
	return 0;
}

static const fx_tmpl_func lists_funcs[] = {
	{"append", f_append, 2, 2, 0},
	{"chunk", f_chunk, 2, 2, 0},
	{"compact", f_compact, 1, 1, 0},
	{"concat", f_concat, 0, -1, 0},
	{"first", f_first, 1, 1, 0},
	{"has", f_has, 2, 2, 0},
	{"initial", f_initial, 1, 1, 0},
	{"last", f_last, 1, 1, 0},
	{"list", f_list, 0, -1, 0},
	{"mustAppend", f_append, 2, 2, 0},
	{"mustChunk", f_chunk, 2, 2, 0},
	{"mustCompact", f_compact, 1, 1, 0},
	{"mustFirst", f_first, 1, 1, 0},
	{"mustHas", f_has, 2, 2, 0},
	{"mustInitial", f_initial, 1, 1, 0},
	{"mustLast", f_last, 1, 1, 0},
	{"mustPrepend", f_prepend, 2, 2, 0},
	{"mustPush", f_append, 2, 2, 0},
	{"mustRest", f_rest, 1, 1, 0},
	{"mustReverse", f_reverse, 1, 1, 0},
	{"mustSlice", f_slice, 1, -1, 0},
	{"mustUniq", f_uniq, 1, 1, 0},
	{"mustWithout", f_without, 1, -1, 0},
	{"prepend", f_prepend, 2, 2, 0},
	{"push", f_append, 2, 2, 0},
	{"rest", f_rest, 1, 1, 0},
	{"reverse", f_reverse, 1, 1, 0},
	{"slice", f_slice, 1, -1, 0},
	{"tuple", f_list, 0, -1, 0},
	{"uniq", f_uniq, 1, 1, 0},
	{"until", f_until, 1, 1, 0},
	{"untilStep", f_until_step, 3, 3, 0},
	{"without", f_without, 1, -1, 0},
};

fx_tmplf__family fx_tmplf__lists_family(void)
{
	return FX_TMPLF__FAMILY(lists_funcs);
}
