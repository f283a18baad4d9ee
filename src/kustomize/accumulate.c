/*
 * Resource accumulation: walks a kustomization's resources (files and
 * kustomization directories, depth first), configurations, crds,
 * generators and components, then runs its transformers, as kustomize's
 * KustTarget.accumulateTarget does.
 *
 * A child kustomization builds into an accumulator of its own which is
 * then appended to the parent's (an id already present is an error); a
 * Component works on the parent's accumulator directly.  Directories
 * being built form a chain: a directory that contains (or is) one in the
 * chain is a cycle.
 *
 * Part of the kustomize stage; the entry point is in build.c.
 */
#include "kustomize/kust.h"

#include <stdlib.h>
#include <string.h>

void fx_kust__accum_init(fx_kust__accum *ra, fx_arena *a)
{
	memset(ra, 0, sizeof *ra);
	(void)a;
}

void fx_kust__accum_dispose(fx_kust__accum *ra)
{
	fx_ptrvec_dispose(&ra->res);
	fx_ptrvec_dispose(&ra->vars);
}

const fx_kust__tconfig *fx_kust__cfg(fx_kust__build *b, fx_kust__accum *ra)
{
	return ra->cfg ? ra->cfg : &b->builtin;
}

void fx_kust__accum_add_cfg(fx_kust__build *b, fx_kust__accum *ra, const fx_kust__tconfig *tc)
{
	bool plain = !ra->cfg || ra->cfg == &b->builtin;
	if (plain && (tc == &b->dflt || tc == &b->builtin)) {
		ra->cfg = &b->builtin;
		return;
	}
	fx_kust__tconfig *n = fx_arena_alloc(b->a, sizeof *n);
	if (ra->cfg)
		fx_kust__tconfig_copy(b->a, n, ra->cfg);
	fx_kust__tconfig_merge(b->a, n, tc);
	ra->cfg = n;
}

int fx_kust__accum_append(fx_kust__build *b, fx_kust__accum *ra, fx_kust__res *r, fx_loc at,
			  const char *what)
{
	fx_kust__resid id;
	fx_kust__resid_of(r->obj, &id);
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *o = ra->res.items[i];
		fx_kust__resid oid;
		fx_kust__resid_of(o->obj, &oid);
		if (fx_kust__resid_eq(&id, &oid))
			return fx_error(b->ctx, at, "FX3011",
					"%s: may not add resource with an already registered id: %s",
					what, fx_kust__resid_str(b->a, &id));
	}
	fx_ptrvec_push(&ra->res, r);
	return 0;
}

/* Is directory `cand` equal to or above directory `root`? */
static bool dir_contains(const char *cand, const char *root)
{
	if (!cand[0] || strcmp(cand, ".") == 0)
		return true;
	size_t n = strlen(cand);
	return strncmp(root, cand, n) == 0 && (root[n] == '\0' || root[n] == '/');
}

static const char *origin_join(fx_kust__target *kt, const char *rel)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	const char *res;
	/* lexical join that may climb above the root (origin paths may) */
	fx_strbuf tmp = FX_STRBUF_INIT;
	if (kt->origin_prefix && kt->origin_prefix[0]) {
		fx_sb_adds(&tmp, kt->origin_prefix);
		fx_sb_addc(&tmp, '/');
	}
	fx_sb_adds(&tmp, rel);
	/* clean: split and resolve ".." against previous components */
	fx_ptrvec parts = FX_PTRVEC_INIT;
	char *s = fx_xstrdup(fx_sb_cstr(&tmp));
	for (char *tok = strtok(s, "/"); tok; tok = strtok(NULL, "/")) {
		if (strcmp(tok, ".") == 0)
			continue;
		if (strcmp(tok, "..") == 0 && parts.len &&
		    strcmp(parts.items[parts.len - 1], "..") != 0) {
			parts.len--;
			continue;
		}
		fx_ptrvec_push(&parts, tok);
	}
	for (size_t i = 0; i < parts.len; i++) {
		if (i)
			fx_sb_addc(&sb, '/');
		fx_sb_adds(&sb, parts.items[i]);
	}
	res = fx_arena_strdup(kt->b->a, fx_sb_cstr(&sb));
	free(s);
	fx_ptrvec_dispose(&parts);
	fx_sb_dispose(&tmp);
	fx_sb_dispose(&sb);
	return res;
}

static void annotate_origin(fx_kust__build *b, fx_kust__res *r, const char *path)
{
	r->origin_path = path;
	(void)b;
}

/* ------------------------------------------------------------------ */
/* Files                                                                */

static int accumulate_file(fx_kust__target *kt, fx_kust__accum *ra, const char *rel,
			   const char *path, fx_loc at)
{
	fx_kust__build *b = kt->b;
	fx_strbuf text = FX_STRBUF_INIT;
	fx_ptrvec objs = FX_PTRVEC_INIT;
	int rc;
	if (b->opts->load_restrictor == FX_KUST_LOAD_ROOT_ONLY) {
		size_t n = strlen(kt->dir);
		bool in = !kt->dir[0] || strcmp(kt->dir, ".") == 0 ||
			  (strncmp(path, kt->dir, n) == 0 && path[n] == '/');
		if (!in) {
			rc = fx_error(b->ctx, at, "FX3002",
				      "accumulating resources from '%s': security; file '%s' is not "
				      "in or below '%s'",
				      rel, fx_kust__disp(b, path), fx_kust__disp(b, kt->dir));
			goto out;
		}
	}
	if ((rc = fx_vfs_read(b->ctx, b->fs, path, at, &text)) != 0)
		goto out;
	uint32_t file = fx_vfs_src_id(b->ctx, b->fs, path);
	size_t mark = fx_diag_count(b->ctx);
	if ((rc = fx_kust__parse_resources(b->ctx, b->a, file, fx_sb_cstr(&text), text.len, at,
					   &objs)) != 0) {
		if (fx_diag_count(b->ctx) > mark)
			fx_note(b->ctx, at, "accumulating resources from '%s'", rel);
		goto out;
	}
	const char *opath = b->origin ? origin_join(kt, rel) : NULL;
	for (size_t i = 0; i < objs.len; i++) {
		fx_node *o = objs.items[i];
		fx_kust__res *r = fx_kust__res_new(b->a, o, o->loc);
		if (opath)
			annotate_origin(b, r, opath);
		const char *what = fx_arena_printf(b->a, "merging resources from '%s'", rel);
		if ((rc = fx_kust__accum_append(b, ra, r, o->loc, what)) != 0)
			goto out;
	}
out:
	fx_ptrvec_dispose(&objs);
	fx_sb_dispose(&text);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Directories                                                          */

static int merge_accum(fx_kust__build *b, fx_kust__accum *dst, fx_kust__accum *src, fx_loc at,
		       const char *dir)
{
	const char *what =
		fx_arena_printf(b->a, "recursed merging from path '%s'", fx_kust__disp(b, dir));
	for (size_t i = 0; i < src->res.len; i++) {
		int rc = fx_kust__accum_append(b, dst, src->res.items[i], at, what);
		if (rc)
			return rc;
	}
	if (src->cfg)
		fx_kust__accum_add_cfg(b, dst, src->cfg);
	for (size_t i = 0; i < src->vars.len; i++) {
		fx_kust__var *v = src->vars.items[i];
		for (size_t j = 0; j < dst->vars.len; j++) {
			fx_kust__var *w = dst->vars.items[j];
			if (strcmp(v->name, w->name) == 0)
				return fx_error(b->ctx, at, "FX3012",
						"%s: var '%s' already encountered", what, v->name);
		}
		fx_ptrvec_push(&dst->vars, v);
	}
	return 0;
}

static int accumulate_dir(fx_kust__target *kt, fx_kust__accum *ra, const char *rel,
			  const char *path, fx_loc at, bool component)
{
	fx_kust__build *b = kt->b;
	fx_kust__target sub;
	fx_kust__accum sra;
	int rc;

	for (size_t i = 0; i < b->roots.len; i++) {
		const char *v = b->roots.items[i];
		if (dir_contains(path, v))
			return fx_error(b->ctx, at, "FX3013",
					"accumulating resources from '%s': cycle detected: candidate "
					"root '%s' contains visited root '%s'",
					rel, fx_kust__disp(b, path), fx_kust__disp(b, v));
	}
	if (b->roots.len >= b->ctx->limits.max_resource_depth && b->ctx->limits.max_resource_depth)
		return fx_error(b->ctx, at, "FX3014", "kustomization nesting deeper than %zu",
				b->ctx->limits.max_resource_depth);
	size_t mark = fx_diag_count(b->ctx);
	if ((rc = fx_kust__load_target(b, path, at, false, &sub)) != 0) {
		if (fx_diag_count(b->ctx) > mark)
			fx_note(b->ctx, at, "accumulating resources from '%s': couldn't make target "
					    "for path '%s'", rel, fx_kust__disp(b, path));
		return rc;
	}
	sub.origin_prefix =
		b->origin || b->transformer_annotations ? origin_join(kt, rel) : NULL;
	if (component && !sub.is_component)
		return fx_error(b->ctx, at, "FX3015",
				"accumulating components: expected kind 'Component' for path '%s' "
				"but got '%s'",
				fx_kust__disp(b, path), fx_kust__kstr(sub.k, "kind") ? fx_kust__kstr(sub.k, "kind")
								  : "Kustomization");
	if (!component && sub.is_component)
		return fx_error(b->ctx, at, "FX3015",
				"accumulating resources from '%s': expected kind != 'Component' for "
				"path '%s'",
				rel, fx_kust__disp(b, path));
	fx_ptrvec_push(&b->roots, (void *)sub.dir);
	if (component) {
		rc = fx_kust__accumulate_target(&sub, ra);
	} else {
		fx_kust__accum_init(&sra, b->a);
		rc = fx_kust__accumulate_target(&sub, &sra);
		if (rc == 0)
			rc = merge_accum(b, ra, &sra, at, path);
		fx_kust__accum_dispose(&sra);
	}
	b->roots.len--;
	return rc;
}

static int accumulate_resources(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *list,
				bool component)
{
	fx_kust__build *b = kt->b;
	fx_strbuf p = FX_STRBUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < fx_seq_len(list); i++) {
		fx_node *e = fx_seq_at(list, i);
		const char *rel = fx_kust__scalar(b->a, e);
		if (!rel) {
			rc = fx_error(b->ctx, e->loc, "FX3005",
				      "invalid Kustomization: json: cannot unmarshal %s into Go struct "
				      "field Kustomization.%s of type string",
				      fx_kind_name((fx_kind)e->kind),
				      component ? "components" : "resources");
			goto out;
		}
		if (fx_kust__is_remote(rel)) {
			rc = fx_error(b->ctx, e->loc, "FX3001", "unsupported: remote resource %s", rel);
			goto out;
		}
		if (fx_kust__join(kt, rel, &p) != 0) {
			rc = fx_error(b->ctx, e->loc, "FX3002",
				      "accumulating resources from '%s': security; path is not in or "
				      "below the root of the tree",
				      rel);
			goto out;
		}
		fx_vfs_type t;
		if (fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t) != 0) {
			rc = fx_error(b->ctx, e->loc, "FX3003",
				      "accumulating resources from '%s': evalsymlink failure on '%s' "
				      ": lstat %s: no such file or directory",
				      rel, fx_kust__disp(b, fx_sb_cstr(&p)), fx_kust__disp(b, fx_sb_cstr(&p)));
			goto out;
		}
		const char *path = fx_arena_strdup(b->a, fx_sb_cstr(&p));
		if (t == FX_VFS_DIR)
			rc = accumulate_dir(kt, ra, rel, path, e->loc, component);
		else if (component)
			rc = fx_error(b->ctx, e->loc, "FX3016",
				      "accumulating components: loader.New \"must build at directory: "
				      "'%s': file is not directory\"",
				      fx_kust__disp(b, path));
		else
			rc = accumulate_file(kt, ra, rel, path, e->loc);
		if (rc)
			goto out;
	}
out:
	fx_sb_dispose(&p);
	return rc;
}

int fx_kust__accumulate_paths(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *list)
{
	return accumulate_resources(kt, ra, list, false);
}

/* ------------------------------------------------------------------ */
/* configurations and crds                                              */

static int load_configurations(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	const fx_node *list = fx_map_get(kt->k, "configurations");
	fx_kust__tconfig user;
	int rc = 0;
	memset(&user, 0, sizeof user);
	for (size_t i = 0; rc == 0 && i < fx_seq_len(list); i++) {
		fx_node *e = fx_seq_at(list, i);
		const char *rel = fx_kust__scalar(b->a, e);
		fx_strbuf text = FX_STRBUF_INIT;
		const char *path;
		fx_node *doc = NULL;
		if (!rel)
			return fx_error(b->ctx, e->loc, "FX3005", "configurations: expected a path");
		rc = fx_kust__load_file(kt, rel, e->loc, &path, &text);
		if (rc == 0) {
			fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
			rc = fx_yaml_load_one(b->ctx, b->a, fx_vfs_src_id(b->ctx, b->fs, path),
					      fx_sb_cstr(&text), text.len, &yo, &doc);
		}
		if (rc == 0 && doc && doc->kind == FX_MAP) {
			fx_kust__tconfig tc;
			memset(&tc, 0, sizeof tc);
			rc = fx_kust__tconfig_parse(b->ctx, b->a, doc, &tc);
			if (rc == 0)
				fx_kust__tconfig_merge(b->a, &user, &tc);
		}
		fx_sb_dispose(&text);
	}
	if (rc)
		return rc;
	if (!fx_seq_len(list)) {
		fx_kust__accum_add_cfg(b, ra, &b->dflt);
		return 0;
	}
	fx_kust__tconfig *t = fx_arena_alloc(b->a, sizeof *t);
	fx_kust__tconfig_copy(b->a, t, &b->dflt);
	fx_kust__tconfig_merge(b->a, t, &user);
	fx_kust__accum_add_cfg(b, ra, t);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The target                                                           */

int fx_kust__accumulate_target(fx_kust__target *kt, fx_kust__accum *ra)
{
	int rc;
	if ((rc = fx_kust__check_openapi(kt, kt->is_root)) != 0)
		return rc;
	if ((rc = accumulate_resources(kt, ra, fx_map_get(kt->k, "resources"), false)) != 0)
		return rc;
	if ((rc = load_configurations(kt, ra)) != 0)
		return rc;
	if ((rc = fx_kust__load_crds(kt, ra)) != 0)
		return rc;
	if ((rc = fx_kust__run_generators(kt, ra)) != 0)
		return rc;
	if ((rc = accumulate_resources(kt, ra, fx_map_get(kt->k, "components"), true)) != 0)
		return rc;
	if ((rc = fx_kust__run_transformers(kt, ra)) != 0)
		return rc;
	if ((rc = fx_kust__vars_merge(kt, ra, fx_map_get(kt->k, "vars"))) != 0)
		return rc;
	return 0;
}
