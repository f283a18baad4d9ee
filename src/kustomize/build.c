/*
 * The build entry point: loads the root kustomization (generating it or
 * merging Flux's overlay fields when asked), accumulates the target, then
 * does what kustomize does once at the top: content hashes on generated
 * names, name references, vars, dropping local-config objects, ordering,
 * and origin annotations.
 *
 * Part of the kustomize stage (kustomize.h).
 */
#include "kustomize/kust.h"

#include <string.h>

static bool has_build_metadata(const fx_node *k, const char *what)
{
	const fx_node *bm = fx_map_get(k, "buildMetadata");
	for (size_t i = 0; i < fx_seq_len(bm); i++) {
		const char *s = fx_node_strval(fx_seq_at(bm, i));
		if (s && strcmp(s, what) == 0)
			return true;
	}
	return false;
}

static bool is_local_config(const fx_node *obj)
{
	const fx_node *an = fx_map_path(obj, "metadata", "annotations", NULL);
	const char *v = fx_map_get_str(an, "config.kubernetes.io/local-config");
	return v && strcmp(v, "true") == 0;
}

static void add_origin(fx_kust__build *b, fx_kust__res *r)
{
	if (fx_map_path(r->obj, "metadata", "annotations", "config.kubernetes.io/origin", NULL))
		return;
	const char *val = NULL;
	if (r->origin_path)
		val = fx_arena_printf(b->a, "path: %s\n", r->origin_path);
	else if (r->origin_generator)
		val = r->origin_generator;
	if (val)
		fx_kust__set_annotation(b->a, r->obj, "config.kubernetes.io/origin", val);
}

int fx_kust_build(fx_ctx *ctx, fx_arena *a, fx_vfs *fs, const char *dir, const fx_kust_opts *opts,
		  fx_ptrvec *objs_out)
{
	fx_kust_opts defaults = {0};
	fx_kust__build b;
	fx_kust__target kt;
	fx_kust__accum ra;
	fx_strbuf clean = FX_STRBUF_INIT;
	int rc = 0;

	if (!opts)
		opts = &defaults;
	memset(&b, 0, sizeof b);
	b.ctx = ctx;
	b.a = a;
	b.fs = fs;
	b.opts = opts;
	b.flux = opts->generate_missing || opts->flux_spec != NULL;
	fx_kust__accum_init(&ra, a);
	fx_kust__tconfig_default(&b.dflt);
	fx_kust__tconfig_builtin(&b.builtin);

	if (fx_vfs_clean(dir && dir[0] ? dir : ".", &clean) != 0) {
		rc = fx_error(ctx, FX_LOC_NONE, "FX3002", "'%s' leaves the root of the tree", dir);
		goto out;
	}
	const char *root = fx_arena_strdup(a, strcmp(fx_sb_cstr(&clean), ".") == 0 ? "" : fx_sb_cstr(&clean));
	fx_loc at = fx_loc_make(fx_vfs_src_id(ctx, fs, root[0] ? root : "."), 0, 0);
	fx_vfs_type t;
	if (fx_vfs_stat(fs, root[0] ? root : ".", &t) != 0 || t != FX_VFS_DIR) {
		rc = fx_error(ctx, at, "FX3003",
			      "must build at directory: not a valid directory: evalsymlink failure "
			      "on '%s' : lstat %s: no such file or directory",
			      fx_src_name(ctx, at.file), fx_src_name(ctx, at.file));
		goto out;
	}
	if ((rc = fx_kust__load_target(&b, root, at, true, &kt)) != 0)
		goto out;
	if (kt.is_component) {
		/* a Component may be built on its own */
	}
	if (opts->flux_spec && (rc = fx_kust__flux_overlay(&b, &kt, opts->flux_spec)) != 0)
		goto out;
	b.root_k = kt.k;
	b.origin = has_build_metadata(kt.k, "originAnnotations");
	b.transformer_annotations = has_build_metadata(kt.k, "transformerAnnotations");

	kt.origin_prefix = "";
	kt.is_root = true;

	fx_ptrvec_push(&b.roots, (void *)kt.dir);
	rc = fx_kust__accumulate_target(&kt, &ra);
	b.roots.len = 0;
	if (rc)
		goto out;
	if ((rc = fx_kust__add_hashes(&b, &ra)) != 0)
		goto out;
	if ((rc = fx_kust__fix_namerefs(&b, &ra)) != 0)
		goto out;
	if ((rc = fx_kust__vars_resolve(&b, &ra)) != 0)
		goto out;
	/* IgnoreLocal */
	size_t w = 0;
	for (size_t i = 0; i < ra.res.len; i++) {
		fx_kust__res *r = ra.res.items[i];
		if (!is_local_config(r->obj))
			ra.res.items[w++] = r;
	}
	ra.res.len = w;
	if ((rc = fx_kust__apply_sort(&b, &ra)) != 0)
		goto out;
	if (opts->managed_by_label || has_build_metadata(kt.k, "managedByLabel")) {
		/* the value kubectl v1.32's kustomize writes */
		fx_node *pairs = fx_node_map(a, kt.k->loc);
		fx_map_set(a, pairs, "app.kubernetes.io/managed-by",
			   fx_node_str(a, "kustomize-(devel)", kt.k->loc));
		fx_kust__fspecs l = {0};
		fx_kust__fspec md = {NULL, NULL, NULL, "metadata/labels", true};
		fx_kust__fspecs_push(a, &l, &md);
		if ((rc = fx_kust__xf_pairs(&b, &ra, &l, pairs)) != 0)
			goto out;
	}
	for (size_t i = 0; i < ra.res.len; i++) {
		fx_kust__res *r = ra.res.items[i];
		if (b.origin)
			add_origin(&b, r);
		if (b.transformer_annotations && r->transforms.len) {
			fx_strbuf sb = FX_STRBUF_INIT;
			for (size_t j = 0; j < r->transforms.len; j++)
				fx_sb_adds(&sb, r->transforms.items[j]);
			fx_kust__set_annotation(a, r->obj, "alpha.config.kubernetes.io/transformations",
						fx_sb_cstr(&sb));
			fx_sb_dispose(&sb);
		}
		fx_ptrvec_push(objs_out, r->obj);
	}
out:
	fx_ptrvec_dispose(&b.roots);
	fx_kust__accum_dispose(&ra);
	fx_sb_dispose(&clean);
	return rc;
}
