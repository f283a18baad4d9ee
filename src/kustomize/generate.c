/*
 * Flux's generated kustomization (flux.md 3.3): for a directory without a
 * kustomization file, every .yaml/.yml file found by a depth-first walk in
 * byte order becomes a resource, except inside sub-directories that have
 * a kustomization of their own, which become one entry each and are not
 * descended.  Every document must be a Kubernetes object (a kind, and a
 * name unless it is a List).
 *
 * Part of the kustomize stage; called by kfile.c for the root only.
 */
#include "kustomize/kust.h"

#include <stdlib.h>
#include <string.h>

static bool has_kfile(fx_kust__build *b, const char *dir)
{
	static const char *const names[] = {"kustomization.yaml", "kustomization.yml",
					     "Kustomization"};
	fx_strbuf p = FX_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < 3 && !found; i++) {
		fx_sb_clear(&p);
		fx_vfs_join(dir, names[i], &p);
		fx_vfs_type t;
		found = fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t) == 0 && t == FX_VFS_FILE;
	}
	fx_sb_dispose(&p);
	return found;
}

static int check_obj(fx_kust__build *b, const char *path, const fx_node *doc)
{
	const char *kind = fx_map_get_str(doc, "kind");
	if (doc->kind != FX_MAP || !kind || !kind[0])
		return fx_error(b->ctx, doc->loc, "FX3020",
				"failed to decode Kubernetes YAML from %s: missing kind in object",
				path);
	if (fx_str_has_suffix(kind, "List")) {
		const fx_node *items = fx_map_get(doc, "items");
		for (size_t i = 0; i < fx_seq_len(items); i++) {
			const fx_node *it = fx_seq_at(items, i);
			if (it->kind == FX_NULL)
				return fx_error(b->ctx, it->loc, "FX3020",
						"failed to decode Kubernetes YAML from %s: empty item "
						"at items[%zu] in object",
						path, i);
		}
		return 0;
	}
	const char *name = fx_kust__get_name(doc);
	if (!name || !name[0])
		return fx_error(b->ctx, doc->loc, "FX3020",
				"failed to decode Kubernetes YAML from %s: missing metadata.name in "
				"object",
				path);
	return 0;
}

static int check_file(fx_kust__build *b, const char *path, fx_loc at)
{
	fx_strbuf text = FX_STRBUF_INIT;
	fx_ptrvec docs = FX_PTRVEC_INIT;
	int rc = fx_vfs_read(b->ctx, b->fs, path, at, &text);
	if (rc == 0) {
		fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
		rc = fx_yaml_load(b->ctx, b->a, fx_vfs_src_id(b->ctx, b->fs, path),
				  fx_sb_cstr(&text), text.len, &yo, &docs);
	}
	for (size_t i = 0; rc == 0 && i < docs.len; i++) {
		fx_node *d = docs.items[i];
		if (d->kind == FX_NULL)
			continue;
		rc = check_obj(b, path, d);
	}
	fx_ptrvec_dispose(&docs);
	fx_sb_dispose(&text);
	return rc;
}

static int walk(fx_kust__build *b, const char *root, const char *dir, fx_loc at, fx_node *list)
{
	fx_vfs_dir d = {0};
	fx_strbuf p = FX_STRBUF_INIT;
	int rc = fx_vfs_list(b->ctx, b->fs, dir[0] ? dir : ".", at, &d);
	size_t rootlen = strlen(root);
	for (size_t i = 0; rc == 0 && i < d.len; i++) {
		const fx_vfs_entry *e = &d.items[i];
		fx_sb_clear(&p);
		fx_vfs_join(dir, e->name, &p);
		const char *rel = fx_sb_cstr(&p) + (rootlen ? rootlen + 1 : 0);
		if (e->type == FX_VFS_DIR) {
			if (has_kfile(b, fx_sb_cstr(&p))) {
				fx_seq_push(b->a, list,
					    fx_node_str(b->a, fx_arena_printf(b->a, "./%s", rel), at));
				continue;
			}
			char *sub = fx_xstrdup(fx_sb_cstr(&p));
			rc = walk(b, root, sub, at, list);
			free(sub);
			continue;
		}
		if (!fx_str_has_suffix(e->name, ".yaml") && !fx_str_has_suffix(e->name, ".yml"))
			continue;
		if ((rc = check_file(b, fx_sb_cstr(&p), at)) != 0)
			break;
		fx_seq_push(b->a, list, fx_node_str(b->a, fx_arena_printf(b->a, "./%s", rel), at));
	}
	fx_vfs_dir_dispose(&d);
	fx_sb_dispose(&p);
	return rc;
}

int fx_kust__generate(fx_kust__build *b, const char *dir, fx_loc at, fx_node **out)
{
	fx_arena *a = b->a;
	fx_node *k = fx_node_map(a, at);
	fx_node *list = fx_node_seq(a, at);
	int rc = walk(b, dir, dir, at, list);
	if (rc)
		return rc;
	fx_map_set(a, k, "apiVersion", fx_node_str(a, "kustomize.config.k8s.io/v1beta1", at));
	fx_map_set(a, k, "kind", fx_node_str(a, "Kustomization", at));
	if (list->u.seq.len)
		fx_map_set(a, k, "resources", list);
	else
		fx_map_set(a, k, "namespace", fx_node_str(a, "_placeholder", at));
	*out = k;
	return 0;
}
