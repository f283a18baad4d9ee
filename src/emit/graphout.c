/*
 * emit: the dependsOn graph as Graphviz dot, Mermaid or JSON.  Nodes are
 * units (Kustomizations, HelmReleases) in render order with their wave
 * and status; solid edges are dependsOn (dependent -> dependency, as
 * `flux tree` reads), dashed edges the implicit parent -> child
 * discovery edges.  Cycle members are marked.
 */
#include "emit/emit.h"

#include <string.h>

static const char *node_id(fx_arena *a, size_t cluster, const fx_unit *u)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "c%zu_%s_%s_%s", cluster, u->obj->kind_name, u->ns, u->obj->name);
	for (size_t i = 0; i < sb.len; i++) {
		char ch = sb.ptr[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
			sb.ptr[i] = '_';
	}
	const char *r = fx_arena_strdup(a, sb.ptr);
	fx_sb_dispose(&sb);
	return r;
}

static void dot(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n)
{
	fx_sb_adds(out, "digraph fluxc {\n  rankdir=LR;\n  node [shape=box];\n");
	for (size_t i = 0; i < n; i++) {
		const fx_graph *g = c[i].graph;
		if (!g)
			continue;
		fx_sb_addf(out, "  subgraph cluster_%zu {\n    label=", i);
		fx_emit_json_str(out, c[i].path);
		fx_sb_adds(out, ";\n");
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			fx_sb_addf(out, "    %s [label=\"%s\\n%s\\nwave %d: %s\"%s];\n",
				   node_id(a, i, u), u->obj->kind_name, u->id, u->wave + 1,
				   fx_unit_status_name(u->status),
				   u->in_cycle ? ", color=red"
				   : u->status == FX_UNIT_FAILED || u->status == FX_UNIT_BLOCKED
					   ? ", color=orange"
					   : "");
		}
		fx_sb_adds(out, "  }\n");
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			if (u->owner)
				fx_sb_addf(out, "  %s -> %s [style=dashed];\n", node_id(a, i, u->owner),
					   node_id(a, i, u));
			for (size_t k = 0; k < u->deps.len; k++) {
				const fx_unit *d = u->deps.items[k];
				fx_sb_addf(out, "  %s -> %s%s;\n", node_id(a, i, u), node_id(a, i, d),
					   u->in_cycle && d->in_cycle ? " [color=red]" : "");
			}
		}
	}
	fx_sb_adds(out, "}\n");
}

static void mermaid(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n)
{
	fx_sb_adds(out, "flowchart LR\n");
	for (size_t i = 0; i < n; i++) {
		const fx_graph *g = c[i].graph;
		if (!g)
			continue;
		fx_sb_addf(out, "  subgraph c%zu[\"%s\"]\n", i, c[i].path);
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			fx_sb_addf(out, "    %s[\"%s %s<br/>wave %d: %s\"]\n", node_id(a, i, u),
				   u->obj->kind_name, u->id, u->wave + 1,
				   fx_unit_status_name(u->status));
		}
		fx_sb_adds(out, "  end\n");
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			if (u->owner)
				fx_sb_addf(out, "  %s -.-> %s\n", node_id(a, i, u->owner),
					   node_id(a, i, u));
			for (size_t k = 0; k < u->deps.len; k++)
				fx_sb_addf(out, "  %s --> %s\n", node_id(a, i, u),
					   node_id(a, i, u->deps.items[k]));
		}
	}
}

static void json(fx_strbuf *out, const fx_emit_cluster *c, size_t n)
{
	fx_sb_addf(out, "{\n  \"formatVersion\": %d,\n  \"kind\": \"Graph\",\n  \"clusters\": [",
		   FX_EMIT_FORMAT_VERSION);
	for (size_t i = 0; i < n; i++) {
		const fx_graph *g = c[i].graph;
		fx_sb_adds(out, i ? ",\n    {\"path\": " : "\n    {\"path\": ");
		fx_emit_json_str(out, c[i].path);
		if (!g) {
			fx_sb_adds(out, ", \"nodes\": [], \"edges\": []}");
			continue;
		}
		fx_sb_adds(out, ",\n     \"nodes\": [");
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			fx_sb_adds(out, j ? ",\n       {\"id\": " : "\n       {\"id\": ");
			fx_emit_json_str(out, u->key);
			fx_sb_adds(out, ", \"kind\": ");
			fx_emit_json_str(out, u->obj->kind_name);
			fx_sb_adds(out, ", \"namespace\": ");
			fx_emit_json_str(out, u->ns);
			fx_sb_adds(out, ", \"name\": ");
			fx_emit_json_str(out, u->obj->name);
			fx_sb_addf(out, ", \"wave\": %d, \"status\": \"%s\", \"inCycle\": %s}",
				   u->wave + 1, fx_unit_status_name(u->status),
				   u->in_cycle ? "true" : "false");
		}
		fx_sb_adds(out, g->order.len ? "\n     ],\n     \"edges\": [" : "],\n     \"edges\": [");
		bool first = true;
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			if (u->owner) {
				fx_sb_adds(out, first ? "\n       {\"from\": " : ",\n       {\"from\": ");
				fx_emit_json_str(out, u->owner->key);
				fx_sb_adds(out, ", \"to\": ");
				fx_emit_json_str(out, u->key);
				fx_sb_adds(out, ", \"type\": \"discovers\"}");
				first = false;
			}
			for (size_t k = 0; k < u->deps.len; k++) {
				const fx_unit *d = u->deps.items[k];
				fx_sb_adds(out, first ? "\n       {\"from\": " : ",\n       {\"from\": ");
				fx_emit_json_str(out, u->key);
				fx_sb_adds(out, ", \"to\": ");
				fx_emit_json_str(out, d->key);
				fx_sb_adds(out, ", \"type\": \"dependsOn\"}");
				first = false;
			}
		}
		fx_sb_adds(out, first ? "]}" : "\n     ]}");
	}
	fx_sb_adds(out, n ? "\n  ]\n}\n" : "]\n}\n");
}

void fx_emit_graph(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n,
		   fx_emit_format fmt)
{
	if (fmt == FX_EMIT_MERMAID)
		mermaid(a, out, c, n);
	else if (fmt == FX_EMIT_JSON)
		json(out, c, n);
	else
		dot(a, out, c, n);
}
