/*
 * crds: OpenAPI definitions of custom types (the old `crds:` format, a
 * map from Go type name to {Schema: {properties}}) turned into field
 * specs: x-kubernetes-annotation, -label-selector and -identity
 * properties join the annotation, label and prefix specs, and
 * x-kubernetes-object-ref-api-version/-kind (with -name-key) properties
 * become name references.  $ref properties are followed.
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <string.h>

static int load_type(fx_kust__build *b, fx_kust__tconfig *tc, const char *kind, const fx_node *defs,
		     const char *type, const char *path, int depth)
{
	const fx_node *props = fx_map_path(fx_map_get(defs, type), "Schema", "properties", NULL);
	if (!props || depth > 32)
		return 0;
	fx_arena *a = b->a;
	for (size_t i = 0; i < fx_map_len(props); i++) {
		const fx_pair *p = &props->u.map.items[i];
		const char *name = fx_kust__scalar(a, p->key);
		const char *fp = path[0] ? fx_arena_printf(a, "%s/%s", path, name) : name;
		fx_kust__fspec fs = {NULL, NULL, kind, fp, false};
		if (fx_map_get(p->val, "x-kubernetes-annotation"))
			fx_kust__fspecs_add(a, &tc->annotations, &fs);
		if (fx_map_get(p->val, "x-kubernetes-label-selector"))
			fx_kust__fspecs_add(a, &tc->common_labels, &fs);
		if (fx_map_get(p->val, "x-kubernetes-identity"))
			fx_kust__fspecs_add(a, &tc->prefix, &fs);
		const char *ver = fx_map_get_str(p->val, "x-kubernetes-object-ref-api-version");
		const char *rk = fx_map_get_str(p->val, "x-kubernetes-object-ref-kind");
		if (ver && rk) {
			const char *key = fx_map_get_str(p->val, "x-kubernetes-object-ref-name-key");
			fx_kust__nameref nr = {NULL, ver, rk, {NULL, 0, 0}};
			fx_kust__fspec rf = {NULL, NULL, kind,
					     fx_arena_printf(a, "%s/%s", fp, key ? key : "name"), false};
			fx_kust__fspecs_add(a, &nr.refs, &rf);
			fx_kust__nameref_add(a, tc, &nr);
		}
		const char *ref = fx_map_get_str(p->val, "$ref");
		if (ref) {
			int rc = load_type(b, tc, kind, defs, ref, fp, depth + 1);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int fx_kust__load_crds(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	const fx_node *list = fx_map_get(kt->k, "crds");
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(list); i++) {
		fx_node *e = fx_seq_at(list, i);
		const char *rel = fx_kust__scalar(b->a, e);
		fx_strbuf text = FX_STRBUF_INIT;
		const char *path;
		fx_node *doc = NULL;
		if (!rel)
			return fx_error(b->ctx, e->loc, "FX3005", "crds: expected a path");
		rc = fx_kust__load_file(kt, rel, e->loc, &path, &text);
		if (rc == 0) {
			fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
			rc = fx_yaml_load_one(b->ctx, b->a, fx_vfs_src_id(b->ctx, b->fs, path),
					      fx_sb_cstr(&text), text.len, &yo, &doc);
		}
		fx_sb_dispose(&text);
		if (rc || !doc || doc->kind != FX_MAP)
			continue;
		fx_kust__tconfig tc;
		memset(&tc, 0, sizeof tc);
		for (size_t t = 0; rc == 0 && t < doc->u.map.len; t++) {
			const char *type = fx_kust__scalar(b->a, doc->u.map.items[t].key);
			const fx_node *props =
				fx_map_path(doc->u.map.items[t].val, "Schema", "properties", NULL);
			if (!fx_map_get(props, "kind") || !fx_map_get(props, "apiVersion") ||
			    !fx_map_get(props, "metadata"))
				continue;
			const char *dot = strrchr(type, '.');
			rc = load_type(b, &tc, dot ? dot + 1 : type, doc, type, "", 0);
		}
		if (rc == 0) {
			fx_kust__tconfig *m = fx_arena_alloc(b->a, sizeof *m);
			fx_kust__tconfig_merge(b->a, m, &tc);
			fx_kust__accum_add_cfg(b, ra, m);
		}
	}
	return rc;
}
