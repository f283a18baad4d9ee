/*
 * emit: turning a render into bytes: the object stream (YAML or JSON),
 * the output tree (one file per object plus an index with sha256
 * digests), the plan (text, JSON, markdown) and the graph (dot, mermaid,
 * JSON).  Everything is deterministic: same render, same bytes.  The
 * stage builds buffers; writing files is the CLI's job.
 *
 * Machine formats carry a version: FX_EMIT_FORMAT_VERSION in the plan,
 * validate and graph JSON documents and in the tree's index.
 */
#ifndef FX_EMIT_H
#define FX_EMIT_H

#include "base/base.h"
#include "graph/graph.h"
#include "yaml/yaml.h"

#define FX_EMIT_FORMAT_VERSION 1

/* One cluster of a render, as the commands hand it over. */
typedef struct {
	const char *path;       /* entry directory as given */
	const fx_graph *graph;  /* may be NULL (cluster unreadable) */
} fx_emit_cluster;

/* The objects to print, in render order: units by wave then namespace and
 * name, each unit's objects in build order; only rendered units.
 * Pushes fx_node * onto out. */
void fx_emit_collect(const fx_emit_cluster *c, size_t n, fx_ptrvec *out);

/* YAML stream ("---" between documents) or a JSON v1 List. */
void fx_emit_objects_yaml(fx_strbuf *out, fx_node *const *objs, size_t n);
void fx_emit_objects_json(fx_arena *a, fx_strbuf *out, fx_node *const *objs, size_t n);

/* One file of the output tree. */
typedef struct {
	const char *path; /* relative, '/'-separated; arena-owned */
	fx_strbuf data;   /* malloc'd; fx_emit_tree_dispose releases it */
} fx_emit_file;

/* The output tree: <unit namespace>/<unit name>/<NNN>-<kind>-<name>.yaml
 * per object (prefixed by a directory per cluster when there are
 * several) and index.json.  Files (fx_emit_file *) are pushed onto out. */
void fx_emit_tree(fx_arena *a, const fx_emit_cluster *c, size_t n, bool json, fx_ptrvec *out);
void fx_emit_tree_dispose(fx_ptrvec *files);

typedef enum {
	FX_EMIT_TEXT = 0,
	FX_EMIT_JSON,
	FX_EMIT_MARKDOWN,
	FX_EMIT_DOT,
	FX_EMIT_MERMAID,
} fx_emit_format;

/* The plan: units in wave order with source, path, dependsOn, object
 * counts, runtime settings, warnings (text, JSON or markdown). */
void fx_emit_plan(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n,
		  fx_emit_format fmt);
/* The dependsOn graph (dot, mermaid or JSON). */
void fx_emit_graph(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n,
		   fx_emit_format fmt);

/* JSON string literal (quotes included), as Go's encoding/json writes it
 * without HTML escaping. */
void fx_emit_json_str(fx_strbuf *out, const char *s);

/* Effective Kustomization timeout (flux.md 1.8): spec.timeout, else
 * interval - 30s, raised to at least 30s; Go duration spelling
 * ("9m30s").  NULL when the interval is unusable. */
const char *fx_emit_effective_timeout(fx_arena *a, const char *timeout, const char *interval);

#endif
