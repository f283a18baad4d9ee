/*
 * Value typing helpers for callers of the template engine: Helm's view
 * of numbers (values files give float64, --set gives int64).
 */
#include "tmpl/tmpl.h"

static fx_node *retype(fx_arena *a, const fx_node *v, bool to_float)
{
	if (!v)
		return NULL;
	switch (v->kind) {
	case FX_INT: {
		fx_node *n = fx_node_clone_shallow(a, v);
		if (to_float) {
			bool u = (v->flags & FX_NODE_UINT) != 0;
			n->kind = FX_FLOAT;
			n->u.f = u ? (double)(uint64_t)v->u.i : (double)v->u.i;
			n->flags &= (uint16_t)~FX_NODE_UINT;
			fx_go_type_set(n, FX_GO_DEFAULT);
		} else {
			fx_go_type_set(n, FX_GO_INT64);
		}
		return n;
	}
	case FX_SEQ: {
		fx_node *n = fx_node_seq(a, v->loc);
		for (size_t i = 0; i < v->u.seq.len; i++)
			fx_seq_push(a, n, retype(a, v->u.seq.items[i], to_float));
		return n;
	}
	case FX_MAP: {
		fx_node *n = fx_node_map(a, v->loc);
		for (size_t i = 0; i < v->u.map.len; i++)
			fx_map_append(a, n, v->u.map.items[i].key,
				      retype(a, v->u.map.items[i].val, to_float));
		return n;
	}
	default:
		return (fx_node *)v;
	}
}

fx_node *fx_tmpl_values_float64(fx_arena *a, const fx_node *v)
{
	return retype(a, v, true);
}

fx_node *fx_tmpl_values_int64(fx_arena *a, const fx_node *v)
{
	return retype(a, v, false);
}
