/*
 * Sprig's dictionary functions (dict.go): dict, get, set, unset, hasKey,
 * pluck, keys, pick, omit, values, dig, deepCopy and the mergo-based
 * merge/mergeOverwrite.  Like Go maps, dictionaries are shared by
 * reference: set, unset and merge change the mapping they are given.
 */
#include <string.h>

#include "tmpl/funcs/internal.h"

static const char *key_text(fx_tmpl_call *c, const fx_node *k)
{
	return fx_tmplf__strval(c->arena, k, NULL);
}

static int f_dict(fx_tmpl_call *c, fx_node **out)
{
	fx_node *m = fx_tmplf__map(c);
	for (size_t i = 0; i < c->n_args; i += 2) {
		const char *k = key_text(c, c->args[i]);
		fx_node *v = i + 1 < c->n_args ? c->args[i + 1] : fx_tmplf__str(c, "", 0);
		fx_map_set(c->arena, m, k, v ? v : fx_tmplf__null(c));
	}
	*out = m;
	return 0;
}

#define ARG_MAP(i, m)                                                          \
	fx_node *m;                                                            \
	if (fx_tmplf__arg_map(c, (i), &m) < 0)                                  \
	return -1
#define ARG_S(i, s)                                                            \
	const char *s;                                                         \
	size_t s##_n;                                                          \
	if (fx_tmplf__arg_str(c, (i), &s, &s##_n) < 0)                          \
	return -1

static int f_get(fx_tmpl_call *c, fx_node **out)
{
	ARG_MAP(0, m);
	ARG_S(1, k);
	fx_node *v = m ? fx_map_getn(m, k, k_n) : NULL;
	*out = v ? v : fx_tmplf__str(c, "", 0);
	return 0;
}

static int f_set(fx_tmpl_call *c, fx_node **out)
{
	ARG_MAP(0, m);
	ARG_S(1, k);
	if (!m)
		return fx_tmplf__fail(c, "assignment to entry in nil map");
	fx_map_set(c->arena, m, fx_arena_strndup(c->arena, k, k_n),
		   c->args[2] ? c->args[2] : fx_tmplf__null(c));
	*out = m;
	return 0;
}

static int f_unset(fx_tmpl_call *c, fx_node **out)
{
	ARG_MAP(0, m);
	ARG_S(1, k);
	if (m)
		fx_map_del(m, k);
	*out = m ? m : fx_tmplf__map(c);
	return 0;
}

static int f_has_key(fx_tmpl_call *c, fx_node **out)
{
	ARG_MAP(0, m);
	ARG_S(1, k);
	*out = fx_tmplf__bool(c, m && fx_map_find(m, k, k_n) >= 0);
	return 0;
}

static int f_pluck(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, k);
	fx_node *l = fx_tmplf__seq(c, FX_GO_DEFAULT);
	for (size_t i = 1; i < c->n_args; i++) {
		ARG_MAP(i, m);
		fx_node *v = m ? fx_map_getn(m, k, k_n) : NULL;
		if (v)
			fx_seq_push(c->arena, l, v);
	}
	*out = l;
	return 0;
}

static int f_keys(fx_tmpl_call *c, fx_node **out)
{
	fx_node *l = fx_tmplf__seq(c, FX_GO_STRSLICE);
	for (size_t i = 0; i < c->n_args; i++) {
		ARG_MAP(i, m);
		for (size_t j = 0; j < fx_map_len(m); j++)
			fx_seq_push(c->arena, l,
				    fx_tmplf__strz(c, key_text(c, m->u.map.items[j].key)));
	}
	*out = l;
	return 0;
}

static bool key_in_args(fx_tmpl_call *c, const char *k)
{
	for (size_t i = 1; i < c->n_args; i++) {
		const fx_node *a = c->args[i];
		if (a && a->kind == FX_STR && strcmp(a->u.s.ptr, k) == 0)
			return true;
	}
	return false;
}

static int pick_omit(fx_tmpl_call *c, fx_node **out, bool pick)
{
	ARG_MAP(0, m);
	for (size_t i = 1; i < c->n_args; i++) {
		const char *s;
		if (fx_tmplf__arg_str(c, i, &s, NULL) < 0)
			return -1;
	}
	fx_node *r = fx_tmplf__map(c);
	for (size_t j = 0; j < fx_map_len(m); j++) {
		const fx_pair *p = &m->u.map.items[j];
		const char *k = key_text(c, p->key);
		if (key_in_args(c, k) == pick)
			fx_map_set(c->arena, r, k, p->val);
	}
	*out = r;
	return 0;
}

static int f_pick(fx_tmpl_call *c, fx_node **out)
{
	return pick_omit(c, out, true);
}
static int f_omit(fx_tmpl_call *c, fx_node **out)
{
	return pick_omit(c, out, false);
}

static int f_values(fx_tmpl_call *c, fx_node **out)
{
	ARG_MAP(0, m);
	fx_node *l = fx_tmplf__seq(c, FX_GO_DEFAULT);
	for (size_t j = 0; j < fx_map_len(m); j++)
		fx_seq_push(c->arena, l, m->u.map.items[j].val);
	*out = l;
	return 0;
}

static int f_deep_copy(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *v = c->args[0];
	*out = v ? fx_node_copy(c->arena, v) : fx_tmplf__null(c);
	return 0;
}

static int f_dig(fx_tmpl_call *c, fx_node **out)
{
	if (c->n_args < 3)
		return fx_tmplf__fail(c, "dig needs at least three arguments");
	const fx_node *d = c->args[c->n_args - 1];
	fx_node *def = c->args[c->n_args - 2];
	for (size_t i = 0; i + 2 < c->n_args; i++) {
		const fx_node *k = c->args[i];
		if (!k || k->kind != FX_STR)
			return fx_tmplf__fail(c, "interface conversion: interface {} is %s, not string",
					     fx_tmplf__type_name(k));
		if (!d || d->kind != FX_MAP || fx_go_type_of(d) != FX_GO_DEFAULT)
			return fx_tmplf__fail(c,
					     "interface conversion: interface {} is %s, not map[string]interface {}",
					     fx_tmplf__type_name(d));
		fx_node *step = fx_map_getn(d, k->u.s.ptr, k->u.s.len);
		if (!step) {
			*out = def ? def : fx_tmplf__null(c);
			return 0;
		}
		d = step;
	}
	*out = (fx_node *)d;
	return 0;
}

/* mergo.Merge / mergo.Merge(WithOverride) of map[string]interface{}:
 * nested maps merge; otherwise a missing or empty destination value is
 * replaced (always replaced with override); nil sources are skipped
 * unless overriding. */
static void merge_into(fx_tmpl_call *c, fx_node *dst, const fx_node *src, bool over)
{
	for (size_t i = 0; i < src->u.map.len; i++) {
		const fx_pair *p = &src->u.map.items[i];
		const char *k = key_text(c, p->key);
		fx_node *sv = p->val;
		fx_node *dv = fx_map_get(dst, k);
		if (!sv || sv->kind == FX_NULL) {
			if (over)
				fx_map_set(c->arena, dst, k, sv ? sv : fx_tmplf__null(c));
			continue;
		}
		bool smap = sv->kind == FX_MAP && fx_go_type_of(sv) == FX_GO_DEFAULT;
		bool dmap = dv && dv->kind == FX_MAP && fx_go_type_of(dv) == FX_GO_DEFAULT;
		if (smap && dmap) {
			merge_into(c, dv, sv, over);
			if (dv->u.map.len)
				continue;
		}
		if (dv && !fx_tmplf__empty(dv) && !over) {
			continue;
		}
		if (dv && !fx_tmplf__empty(dv) && over && smap && dmap)
			continue;
		fx_map_set(c->arena, dst, k, sv); /* shared, as Go maps are */
	}
}

static int do_merge(fx_tmpl_call *c, fx_node **out, bool over)
{
	ARG_MAP(0, dst);
	if (!dst)
		dst = fx_tmplf__map(c);
	for (size_t i = 1; i < c->n_args; i++) {
		ARG_MAP(i, src);
		if (src)
			merge_into(c, dst, src, over);
	}
	*out = dst;
	return 0;
}

static int f_merge(fx_tmpl_call *c, fx_node **out)
{
	return do_merge(c, out, false);
}
static int f_merge_overwrite(fx_tmpl_call *c, fx_node **out)
{
	return do_merge(c, out, true);
}

static const fx_tmpl_func dicts_funcs[] = {
	{"deepCopy", f_deep_copy, 1, 1, 0},
	{"dict", f_dict, 0, -1, 0},
	{"dig", f_dig, 0, -1, 0},
	{"get", f_get, 2, 2, 0},
	{"hasKey", f_has_key, 2, 2, 0},
	{"keys", f_keys, 0, -1, 0},
	{"merge", f_merge, 1, -1, 0},
	{"mergeOverwrite", f_merge_overwrite, 1, -1, 0},
	{"mustDeepCopy", f_deep_copy, 1, 1, 0},
	{"mustMerge", f_merge, 1, -1, 0},
	{"mustMergeOverwrite", f_merge_overwrite, 1, -1, 0},
	{"omit", f_omit, 1, -1, 0},
	{"pick", f_pick, 1, -1, 0},
	{"pluck", f_pluck, 1, -1, 0},
	{"set", f_set, 3, 3, 0},
	{"unset", f_unset, 2, 2, 0},
	{"values", f_values, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__dicts_family(void)
{
	return FX_TMPLF__FAMILY(dicts_funcs);
}
