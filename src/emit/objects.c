/*
 * emit: the rendered objects as a stream (YAML or JSON) and as an output
 * tree with an index.
 *
 * Tree layout (stable, diff-friendly): one directory per unit,
 * <unit namespace>/<unit name>/, holding <NNN>-<kind>-<name>.yaml with NNN
 * the object's position in the unit's build order (so a directory listing
 * reads in apply order and two objects never share a file).  Several
 * clusters get one more directory level each, named after the entry path.
 * index.json lists every file with its object identity, owning unit and
 * sha256, under a formatVersion.
 */
#include "emit/emit.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void fx_emit_collect(const fx_emit_cluster *c, size_t n, fx_ptrvec *out)
{
	for (size_t i = 0; i < n; i++) {
		if (!c[i].graph)
			continue;
		const fx_ptrvec *order = &c[i].graph->order;
		for (size_t j = 0; j < order->len; j++) {
			const fx_unit *u = order->items[j];
			if (u->status != FX_UNIT_RENDERED)
				continue;
			for (size_t k = 0; k < u->objects.len; k++)
				fx_ptrvec_push(out, u->objects.items[k]);
		}
	}
}

void fx_emit_objects_yaml(fx_strbuf *out, fx_node *const *objs, size_t n)
{
	fx_emit_opts eo = {0};
	fx_yaml_emit_stream(out, objs, n, &eo);
}

void fx_emit_objects_json(fx_arena *a, fx_strbuf *out, fx_node *const *objs, size_t n)
{
	fx_node *list = fx_node_map(a, FX_LOC_NONE);
	fx_map_set(a, list, "apiVersion", fx_node_str(a, "v1", FX_LOC_NONE));
	fx_node *items = fx_node_seq(a, FX_LOC_NONE);
	for (size_t i = 0; i < n; i++)
		fx_seq_push(a, items, objs[i]);
	fx_map_set(a, list, "items", items);
	fx_map_set(a, list, "kind", fx_node_str(a, "List", FX_LOC_NONE));
	fx_json_opts jo = {0};
	jo.indent = 2;
	jo.sort_keys = true;
	fx_json_emit(out, list, &jo);
	if (!out->len || out->ptr[out->len - 1] != '\n')
		fx_sb_addc(out, '\n');
}

void fx_emit_json_str(fx_strbuf *out, const char *s)
{
	fx_sb_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '"': fx_sb_adds(out, "\\\""); break;
		case '\\': fx_sb_adds(out, "\\\\"); break;
		case '\n': fx_sb_adds(out, "\\n"); break;
		case '\r': fx_sb_adds(out, "\\r"); break;
		case '\t': fx_sb_adds(out, "\\t"); break;
		default:
			if (*p < 0x20)
				fx_sb_addf(out, "\\u%04x", *p);
			else
				fx_sb_addc(out, (char)*p);
		}
	}
	fx_sb_addc(out, '"');
}

/* A file-name-safe spelling: [A-Za-z0-9._-], everything else '_'. */
static void safe(fx_strbuf *sb, const char *s, bool lower)
{
	if (!s || !*s) {
		fx_sb_addc(sb, '_');
		return;
	}
	for (const char *p = s; *p; p++) {
		char c = *p;
		if (isalnum((unsigned char)c) || c == '.' || c == '-' || c == '_')
			fx_sb_addc(sb, lower ? (char)tolower((unsigned char)c) : c);
		else
			fx_sb_addc(sb, '_');
	}
}

static void index_entry(fx_strbuf *ix, bool first, const char *path, const char *cluster,
			const fx_unit *u, const fx_node *o, const char *digest)
{
	const fx_node *md = fx_map_get(o, "metadata");
	fx_sb_adds(ix, first ? "\n    {" : ",\n    {");
	fx_sb_adds(ix, "\"file\": ");
	fx_emit_json_str(ix, path);
	fx_sb_adds(ix, ", \"cluster\": ");
	fx_emit_json_str(ix, cluster);
	fx_sb_adds(ix, ", \"unit\": ");
	fx_emit_json_str(ix, u->key);
	fx_sb_adds(ix, ", \"apiVersion\": ");
	fx_emit_json_str(ix, fx_map_get_str(o, "apiVersion"));
	fx_sb_adds(ix, ", \"kind\": ");
	fx_emit_json_str(ix, fx_map_get_str(o, "kind"));
	fx_sb_adds(ix, ", \"namespace\": ");
	fx_emit_json_str(ix, fx_map_get_str(md, "namespace"));
	fx_sb_adds(ix, ", \"name\": ");
	fx_emit_json_str(ix, fx_map_get_str(md, "name"));
	fx_sb_adds(ix, ", \"sha256\": ");
	fx_emit_json_str(ix, digest);
	fx_sb_addc(ix, '}');
}

void fx_emit_tree(fx_arena *a, const fx_emit_cluster *c, size_t n, bool json, fx_ptrvec *out)
{
	fx_strbuf ix = FX_STRBUF_INIT;
	fx_sb_addf(&ix, "{\n  \"formatVersion\": %d,\n  \"generator\": \"fluxc\",\n  \"objects\": [",
		   FX_EMIT_FORMAT_VERSION);
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		if (!c[i].graph)
			continue;
		const fx_ptrvec *order = &c[i].graph->order;
		for (size_t j = 0; j < order->len; j++) {
			const fx_unit *u = order->items[j];
			if (u->status != FX_UNIT_RENDERED)
				continue;
			for (size_t k = 0; k < u->objects.len; k++) {
				fx_node *o = u->objects.items[k];
				fx_strbuf p = FX_STRBUF_INIT;
				if (n > 1) {
					safe(&p, c[i].path, false);
					fx_sb_addc(&p, '/');
				}
				safe(&p, u->ns, false);
				fx_sb_addc(&p, '/');
				safe(&p, u->obj->name, false);
				fx_sb_addf(&p, "/%03zu-", k + 1);
				safe(&p, fx_map_get_str(o, "kind"), true);
				fx_sb_addc(&p, '-');
				safe(&p, fx_map_get_str(fx_map_get(o, "metadata"), "name"), false);
				fx_sb_adds(&p, json ? ".json" : ".yaml");
				fx_emit_file *f = fx_arena_alloc(a, sizeof *f);
				f->path = fx_arena_strdup(a, p.ptr);
				fx_sb_dispose(&p);
				if (json) {
					fx_json_opts jo = {0};
					jo.indent = 2;
					jo.sort_keys = true;
					fx_json_emit(&f->data, o, &jo);
					if (!f->data.len || f->data.ptr[f->data.len - 1] != '\n')
						fx_sb_addc(&f->data, '\n');
				} else {
					fx_emit_opts eo = {0};
					fx_yaml_emit(&f->data, o, &eo);
				}
				char digest[65];
				fx_sha256_hex(f->data.ptr ? f->data.ptr : "", f->data.len, digest);
				index_entry(&ix, first, f->path, c[i].path, u, o, digest);
				first = false;
				fx_ptrvec_push(out, f);
			}
		}
	}
	fx_sb_adds(&ix, first ? "]\n}\n" : "\n  ]\n}\n");
	fx_emit_file *f = fx_arena_alloc(a, sizeof *f);
	f->path = "index.json";
	f->data = ix;
	fx_ptrvec_push(out, f);
}

void fx_emit_tree_dispose(fx_ptrvec *files)
{
	for (size_t i = 0; i < files->len; i++)
		fx_sb_dispose(&((fx_emit_file *)files->items[i])->data);
	fx_ptrvec_dispose(files);
}
