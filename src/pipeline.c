/*
 * pipeline: vfs -> yaml -> front -> graph -> kustomize -> subst -> helm
 * -> validate -> emit.  Read this file first.
 *
 *   fx_pipeline_run
 *     open_repo          vfs: "this repository" = work tree or --rev
 *                        (the root is the ancestor of the cluster path
 *                        from which its Flux Kustomization's spec.path
 *                        names it, else the git top level); symlinks
 *                        are dropped as in a source artifact unless
 *                        --follow-symlinks (flux.md 7.5)
 *     parse_sources      vfs: --source [KIND/][NS/]NAME=DIR
 *     load_inputs        yaml: --inputs ConfigMaps/Secrets
 *     fx_graph_run       front + graph: raw scan, discovery walk (providers
 *                        of substituteFrom objects before their consumers),
 *                        dependsOn
 *       build_unit       per unit, flux.md 3.1 steps 7-12:
 *         fx_kust_build    kustomize with Flux's overlay fields, generated
 *                          kustomization when the directory has none
 *         check_objects    apiVersion, kind, metadata.name present
 *         fx_subst_unit    postBuild substitution; substituteFrom looks in
 *                          other units' output, then --inputs, then the scan
 *         owner labels     kustomize.toolkit.fluxcd.io/name, /namespace
 *         commonMetadata   labels, then annotations
 *     (helm)             HelmReleases are reported as not rendered yet
 *
 * The commands (src/cli/) then validate and emit the fx_render.
 */
#include "pipeline.h"

#include "kustomize/kustomize.h"
#include "subst/subst.h"
#include "vfs/vfs.h"
#include "yaml/yaml.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Options                                                              */

void fx_pipeline_opts_init(fx_pipeline_opts *o)
{
	memset(o, 0, sizeof *o);
}

void fx_pipeline_opts_dispose(fx_pipeline_opts *o)
{
	fx_ptrvec_dispose(&o->paths);
	fx_ptrvec_dispose(&o->sources);
	fx_ptrvec_dispose(&o->inputs);
}

/* "--name value" or "--name=value"; returns the value or NULL. */
static int opt_value(int argc, char **argv, int *i, const char *name, const char **val)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n) != 0)
		return 0;
	if (a[n] == '=') {
		*val = a + n + 1;
		return 1;
	}
	if (a[n] != '\0')
		return 0;
	if (*i + 1 >= argc)
		return -1;
	*val = argv[++*i];
	return 1;
}

int fx_pipeline_take_option(fx_pipeline_opts *o, int argc, char **argv, int *i,
			    const char **err_out)
{
	static const char *const names[] = {"--rev", "--root", "--source", "--inputs"};
	const char *a = argv[*i];
	if (strcmp(a, "--no-strict-substitute") == 0) {
		o->no_strict_substitute = true;
		return 1;
	}
	if (strcmp(a, "--strict-deps") == 0) {
		o->strict_deps = true;
		return 1;
	}
	if (strcmp(a, "--follow-symlinks") == 0) {
		o->follow_symlinks = true;
		return 1;
	}
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		const char *v = NULL;
		int r = opt_value(argc, argv, i, names[k], &v);
		if (r < 0) {
			*err_out = names[k];
			return -1;
		}
		if (r == 0)
			continue;
		switch (k) {
		case 0: o->rev = v; break;
		case 1: o->root = v; break;
		case 2: fx_ptrvec_push(&o->sources, (void *)v); break;
		default: fx_ptrvec_push(&o->inputs, (void *)v); break;
		}
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Host paths                                                           */

/* Absolute, lexically clean host path (the file need not exist). */
static char *abs_path(fx_arena *a, const char *p)
{
	char buf[PATH_MAX];
	if (realpath(p, buf))
		return fx_arena_strdup(a, buf);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (p[0] != '/') {
		if (getcwd(buf, sizeof buf))
			fx_sb_adds(&sb, buf);
		fx_sb_addc(&sb, '/');
	}
	fx_sb_adds(&sb, p);
	const char *clean = fx_graph_secure_join(a, sb.ptr, NULL);
	fx_sb_dispose(&sb);
	return fx_arena_printf(a, "/%s", clean);
}

static char *parent_dir(fx_arena *a, const char *p)
{
	const char *s = strrchr(p, '/');
	if (!s || s == p)
		return fx_arena_strdup(a, "/");
	return fx_arena_strndup(a, p, (size_t)(s - p));
}

/* `p` relative to directory `base` (both absolute and clean); "" when
 * equal, "../x" style when p is not below base. */
static const char *rel_path(fx_arena *a, const char *base, const char *p)
{
	/* length of the common directory prefix, on a '/' boundary */
	size_t common = 0, i = 0;
	for (;; i++) {
		char b = base[i], c = p[i];
		bool bend = b == '\0' || b == '/', cend = c == '\0' || c == '/';
		if (bend && cend)
			common = i;
		if (b != c || b == '\0')
			break;
	}
	if (strcmp(base, "/") == 0)
		common = 0;
	fx_strbuf sb = FX_STRBUF_INIT;
	for (const char *s = base + common; *s; s++)
		if (*s == '/')
			fx_sb_adds(&sb, sb.len ? "/.." : "..");
	const char *rest = p + common;
	while (*rest == '/')
		rest++;
	if (*rest) {
		if (sb.len)
			fx_sb_addc(&sb, '/');
		fx_sb_adds(&sb, rest);
	}
	const char *r = fx_arena_strdup(a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return r;
}

static bool host_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

static const char *git_toplevel(fx_arena *a, const char *abs)
{
	const char *d = abs;
	for (;;) {
		if (host_exists(fx_arena_printf(a, "%s/.git", strcmp(d, "/") ? d : "")))
			return d;
		if (strcmp(d, "/") == 0)
			return NULL;
		d = parent_dir(a, d);
	}
}

/* ------------------------------------------------------------------ */
/* Repository root detection                                            */

/* The spec.path values of Flux Kustomizations built from a GitRepository
 * in the cluster directory (a quiet scan with a scratch context). */
static void probe_paths(fx_arena *a, fx_vfs *fs, const char *dir, int depth, fx_ptrvec *out)
{
	fx_ctx *scratch = fx_ctx_new();
	fx_vfs_dir list = {0};
	if (fx_vfs_list(scratch, fs, dir, FX_LOC_NONE, &list) < 0)
		goto out;
	for (size_t i = 0; i < list.len; i++) {
		const fx_vfs_entry *e = &list.items[i];
		if (e->name[0] == '.')
			continue;
		const char *p = *dir ? fx_arena_printf(a, "%s/%s", dir, e->name) : e->name;
		if (e->type == FX_VFS_DIR) {
			if (depth < 16)
				probe_paths(a, fs, fx_arena_strdup(a, p), depth + 1, out);
			continue;
		}
		if (!fx_str_has_suffix(p, ".yaml") && !fx_str_has_suffix(p, ".yml"))
			continue;
		fx_strbuf buf = FX_STRBUF_INIT;
		fx_ptrvec docs = FX_PTRVEC_INIT;
		fx_yaml_opts yo = {0};
		if (fx_vfs_read(scratch, fs, p, FX_LOC_NONE, &buf) == 0)
			fx_yaml_load(scratch, scratch->arena, fx_src_add(scratch, p),
				     buf.ptr ? buf.ptr : "", buf.len,
				     &yo, &docs);
		for (size_t k = 0; k < docs.len; k++) {
			const fx_node *d = docs.items[k];
			const char *av = fx_map_get_str(d, "apiVersion");
			const char *kind = fx_map_get_str(d, "kind");
			if (!av || !kind || strcmp(kind, "Kustomization") != 0 ||
			    !fx_str_has_prefix(av, "kustomize.toolkit.fluxcd.io/"))
				continue;
			const fx_node *spec = fx_map_get(d, "spec");
			const char *sk = fx_map_get_str(fx_map_get(spec, "sourceRef"), "kind");
			if (!sk || strcmp(sk, "GitRepository") != 0)
				continue;
			const char *path = fx_map_get_str(spec, "path");
			fx_ptrvec_push(out, (void *)fx_graph_secure_join(a, path ? path : "", NULL));
		}
		fx_ptrvec_dispose(&docs);
		fx_sb_dispose(&buf);
	}
out:
	fx_vfs_dir_dispose(&list);
	fx_ctx_free(scratch);
}

/* Picks the repository root for cluster directory `abs` (host path). */
static const char *detect_root(fx_arena *a, const char *abs, const char *top, fx_ptrvec *paths)
{
	const char *d = abs;
	for (;;) {
		const char *rel = rel_path(a, d, abs);
		for (size_t i = 0; i < paths->len; i++)
			if (strcmp(paths->items[i], rel) == 0)
				return d;
		if ((top && strcmp(d, top) == 0) || strcmp(d, "/") == 0)
			break;
		d = parent_dir(a, d);
	}
	if (top)
		return top;
	char cwd[PATH_MAX];
	if (getcwd(cwd, sizeof cwd)) {
		const char *r = rel_path(a, cwd, abs);
		if (strncmp(r, "..", 2) != 0)
			return fx_arena_strdup(a, cwd);
	}
	return abs;
}

/* ------------------------------------------------------------------ */
/* Building one unit (the graph calls back)                             */

typedef struct {
	fx_render *r;
	const fx_pipeline_opts *opts;
} build_env;

typedef struct {
	fx_render *r;
	fx_graph *g;
	const fx_unit *self; /* the unit being built */
} lookup_env;

static const fx_node *find_in(const fx_ptrvec *v, const char *kind, const char *ns,
			      const char *name)
{
	for (size_t i = 0; i < v->len; i++) {
		const fx_node *d = v->items[i];
		const char *k = fx_map_get_str(d, "kind");
		const fx_node *md = fx_map_get(d, "metadata");
		const char *n = fx_map_get_str(md, "name");
		const char *dns = fx_map_get_str(md, "namespace");
		if (k && n && !strcmp(k, kind) && !strcmp(n, name) &&
		    !strcmp(dns ? dns : "", ns ? ns : ""))
			return d;
	}
	return NULL;
}

/* substituteFrom lookup, flux.md 4.2: (a) objects rendered by the other
 * units of the cluster (in build order; the walk builds providers before
 * consumers), (b) --inputs documents, (c) raw documents of the scan. */
static const fx_node *lookup_input(void *ud, const char *kind, const char *ns, const char *name)
{
	lookup_env *e = ud;
	const fx_node *d = NULL;
	for (size_t i = 0; !d && i < e->g->units.len; i++) {
		fx_unit *u = e->g->units.items[i];
		if (u != e->self && u->status == FX_UNIT_RENDERED)
			d = find_in(&u->objects, kind, ns, name);
	}
	if (!d)
		d = find_in(&e->r->input_docs, kind, ns, name);
	if (!d)
		d = find_in(&e->g->inputs, kind, ns, name);
	return d;
}

static void set_str(fx_arena *a, fx_node *map, const char *k, const char *v, fx_loc loc)
{
	fx_map_set(a, map, k, fx_node_str(a, v, loc));
}

static void apply_metadata(fx_arena *a, fx_node *obj, const char *field, const fx_node *src)
{
	if (!src || src->kind != FX_MAP || !src->u.map.len)
		return;
	fx_node *md = fx_map_ensure_map(a, obj, "metadata", obj->loc);
	fx_node *dst = fx_map_ensure_map(a, md, field, md->loc);
	for (size_t i = 0; i < src->u.map.len; i++) {
		const fx_pair *p = &src->u.map.items[i];
		const char *k = fx_node_strval(p->key);
		if (k && fx_node_is_scalar(p->val))
			fx_map_set(a, dst, k, fx_node_str(a, fx_scalar_text(a, p->val), p->val->loc));
	}
}

static const char *src_name(fx_subst_src s)
{
	return s == FX_SUBST_SRC_CONFIGMAP ? "ConfigMap" : s == FX_SUBST_SRC_SECRET ? "Secret"
										  : "inline";
}

/* Whether a Kustomization spec carries fields merged into the
 * kustomization file (flux.md 3.4). */
static bool has_overlay_fields(const fx_node *spec)
{
	static const char *const fields[] = {"targetNamespace", "namePrefix", "nameSuffix",
					     "patches", "images", "components",
					     "patchesStrategicMerge", "patchesJson6902",
					     "buildMetadata", "ignoreMissingComponents"};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const fx_node *n = fx_map_get(spec, fields[i]);
		if (n && n->kind != FX_NULL)
			return true;
	}
	return false;
}

static int build_unit(void *ud, fx_ctx *ctx, fx_arena *a, fx_graph *g, fx_unit *u,
		      fx_ptrvec *objs, const char **msg_out)
{
	build_env *env = ud;
	const fx_flux_obj *k = u->obj;
	fx_kust_opts ko = {0};
	ko.load_restrictor = FX_KUST_LOAD_NONE;
	ko.reorder = FX_KUST_REORDER_NONE;
	ko.flux_spec = has_overlay_fields(k->spec) ? k->spec : NULL;
	ko.generate_missing = true;
	int rc = fx_kust_build(ctx, a, u->fs, u->dir, &ko, objs);
	if (rc < 0) {
		*msg_out = "kustomize build failed";
		return rc;
	}
	/* step 8a */
	for (size_t i = 0; i < objs->len; i++) {
		const fx_node *o = objs->items[i];
		const char *av = fx_map_get_str(o, "apiVersion");
		const char *kind = fx_map_get_str(o, "kind");
		const char *name = fx_map_get_str(fx_map_get(o, "metadata"), "name");
		if (!av || !*av || !kind || !*kind || !name || !*name) {
			*msg_out = "failed to decode Kubernetes apiVersion, kind and name";
			return fx_error(ctx, o->loc, "FX2301",
					"Kustomization %s: failed to decode Kubernetes apiVersion, "
					"kind and name from this object",
					u->id);
		}
	}
	/* step 8c */
	if (k->post_build) {
		lookup_env le = {env->r, g, u};
		fx_subst_lookup lk = {lookup_input, &le};
		fx_subst_opts so;
		fx_subst_opts_default(&so);
		so.strict = !env->opts->no_strict_substitute;
		fx_subst_report rep = FX_SUBST_REPORT_INIT;
		rc = fx_subst_unit(ctx, a, k->doc, objs, &lk, &so, &rep);
		for (size_t i = 0; i < rep.vars.len; i++) {
			const fx_subst_var *v = rep.vars.items[i];
			const char *s =
				v->src == FX_SUBST_SRC_INLINE
					? fx_arena_printf(a, "%s (inline)", v->name)
					: fx_arena_printf(a, "%s (%s %s/%s)", v->name, src_name(v->src),
							  v->src_ns ? v->src_ns : "",
							  v->src_name ? v->src_name : "");
			fx_ptrvec_push(&u->vars, (void *)s);
		}
		for (size_t i = 0; i < rep.unresolved.len; i++)
			fx_ptrvec_push(&u->unresolved, rep.unresolved.items[i]);
		fx_subst_report_dispose(&rep);
		if (rc < 0) {
			*msg_out = "post build failed";
			return rc;
		}
	}
	/* steps 10 and 12 */
	for (size_t i = 0; i < objs->len; i++) {
		fx_node *o = objs->items[i];
		fx_node *md = fx_map_ensure_map(a, o, "metadata", o->loc);
		fx_node *labels = fx_map_ensure_map(a, md, "labels", md->loc);
		set_str(a, labels, "kustomize.toolkit.fluxcd.io/name", k->name, k->name_loc);
		set_str(a, labels, "kustomize.toolkit.fluxcd.io/namespace", u->ns, k->ns_loc);
		if (k->common_metadata) {
			apply_metadata(a, o, "labels", fx_map_get(k->common_metadata, "labels"));
			apply_metadata(a, o, "annotations",
				       fx_map_get(k->common_metadata, "annotations"));
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Sources and inputs                                                   */

/* Flux source artifacts hold no symlinks (flux.md 7.5): a linked file or
 * directory is absent for the controller, unless --follow-symlinks. */
static void set_symlinks(fx_vfs *fs, const fx_pipeline_opts *opts)
{
	fx_vfs_set_symlinks(fs, opts->follow_symlinks ? FX_VFS_SYMLINKS_FOLLOW
						      : FX_VFS_SYMLINKS_DROP);
}

static bool is_source_kind(const char *s, size_t n)
{
	static const char *const kinds[] = {"GitRepository", "OCIRepository", "Bucket",
					    "ExternalArtifact", "HelmRepository", "HelmChart"};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i]) == n && memcmp(kinds[i], s, n) == 0)
			return true;
	return false;
}

static int parse_sources(fx_ctx *ctx, fx_render *r, const fx_pipeline_opts *opts,
			 fx_graph_source **out)
{
	fx_arena *a = ctx->arena;
	fx_graph_source *srcs = fx_arena_alloc(a, (opts->sources.len + 1) * sizeof *srcs);
	*out = srcs;
	for (size_t i = 0; i < opts->sources.len; i++) {
		const char *arg = opts->sources.items[i];
		const char *eq = strchr(arg, '=');
		if (!eq || eq == arg || !eq[1])
			return fx_error(ctx, FX_LOC_NONE, "FX2401",
					"--source '%s': expected [KIND/][NAMESPACE/]NAME=DIR", arg);
		char *lhs = fx_arena_strndup(a, arg, (size_t)(eq - arg));
		char *parts[3];
		size_t np = 0;
		for (char *p = lhs; np < 3;) {
			parts[np++] = p;
			char *s = strchr(p, '/');
			if (!s)
				break;
			*s = '\0';
			p = s + 1;
			if (np == 3)
				return fx_error(ctx, FX_LOC_NONE, "FX2401",
						"--source '%s': expected [KIND/][NAMESPACE/]NAME=DIR",
						arg);
		}
		fx_graph_source *s = &srcs[i];
		s->name = parts[np - 1];
		if (np == 3) {
			s->kind = parts[0];
			s->namespace = parts[1];
		} else if (np == 2) {
			if (is_source_kind(parts[0], strlen(parts[0])))
				s->kind = parts[0];
			else
				s->namespace = parts[0];
		}
		if (s->kind && !is_source_kind(s->kind, strlen(s->kind)))
			return fx_error(ctx, FX_LOC_NONE, "FX2401",
					"--source '%s': '%s' is not a source kind", arg, s->kind);
		fx_vfs *fs = NULL;
		if (fx_vfs_open_worktree(ctx, eq + 1, &fs) < 0)
			return -1;
		set_symlinks(fs, opts);
		fx_vfs_set_display_prefix(fs, fx_arena_printf(a, "%s/", eq + 1));
		fx_ptrvec_push(&r->vfs, fs);
		s->fs = fs;
		s->desc = fx_arena_printf(a, "--source %s", eq + 1);
	}
	return 0;
}

static int load_inputs(fx_ctx *ctx, fx_render *r, const fx_pipeline_opts *opts)
{
	int rc = 0;
	for (size_t i = 0; i < opts->inputs.len; i++) {
		const char *p = opts->inputs.items[i];
		fx_strbuf buf = FX_STRBUF_INIT;
		if (fx_read_host_file(p, &buf) < 0) {
			fx_sb_dispose(&buf);
			rc = fx_error(ctx, FX_LOC_NONE, "FX2402", "--inputs %s: cannot read file", p);
			continue;
		}
		fx_yaml_opts yo = {0};
		if (fx_yaml_load(ctx, ctx->arena, fx_src_add(ctx, p), buf.ptr ? buf.ptr : "",
				 buf.len, &yo, &r->input_docs) < 0)
			rc = -1;
		fx_sb_dispose(&buf);
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* Entry point                                                          */

static int open_tree(fx_ctx *ctx, const fx_pipeline_opts *opts, const char *top,
		     const char *dir, fx_vfs **out)
{
	int rc;
	if (!opts->rev)
		rc = fx_vfs_open_worktree(ctx, dir, out);
	else if (!top)
		return fx_error(ctx, FX_LOC_NONE, "FX2403",
				"--rev %s: %s is not inside a git repository", opts->rev, dir);
	else
		rc = fx_vfs_open_git(ctx, top, opts->rev, rel_path(ctx->arena, top, dir), out);
	if (rc == 0)
		set_symlinks(*out, opts);
	return rc;
}

static int run_cluster(fx_ctx *ctx, fx_render *r, const fx_pipeline_opts *opts,
		       fx_graph_source *srcs, fx_cluster *c)
{
	fx_arena *a = ctx->arena;
	const char *abs = abs_path(a, c->path);
	const char *top = git_toplevel(a, abs);
	const char *root = opts->root ? abs_path(a, opts->root) : NULL;
	if (!opts->rev && !host_exists(abs))
		return fx_error(ctx, FX_LOC_NONE, "FX2404", "%s: no such directory", c->path);
	if (!root) {
		fx_vfs *probe = NULL;
		fx_ctx *scratch = fx_ctx_new();
		fx_ptrvec paths = FX_PTRVEC_INIT;
		if (open_tree(scratch, opts, top, abs, &probe) == 0) {
			probe_paths(a, probe, "", 0, &paths);
			fx_vfs_free(probe);
		}
		fx_ctx_free(scratch);
		root = detect_root(a, abs, top, &paths);
		fx_ptrvec_dispose(&paths);
	}
	fx_vfs *repo = NULL;
	if (open_tree(ctx, opts, top, root, &repo) < 0)
		return -1;
	fx_ptrvec_push(&r->vfs, repo);
	char cwd[PATH_MAX];
	const char *shown = getcwd(cwd, sizeof cwd) ? rel_path(a, cwd, root) : root;
	fx_vfs_set_display_prefix(repo, *shown ? fx_arena_printf(a, "%s/", shown) : "");
	r->root_display = *shown ? shown : ".";
	c->entry = rel_path(a, root, abs);
	if (strncmp(c->entry, "..", 2) == 0)
		return fx_error(ctx, FX_LOC_NONE, "FX2404", "%s: not inside the repository root %s",
				c->path, r->root_display);
	build_env env = {r, opts};
	fx_graph_opts go = {0};
	go.repo = repo;
	go.repo_desc = r->repo_desc;
	go.entry = c->entry;
	go.sources = srcs;
	go.n_sources = opts->sources.len;
	go.build = build_unit;
	go.build_ud = &env;
	go.strict_deps = opts->strict_deps;
	go.inputs = &r->input_docs;
	return fx_graph_run(ctx, a, &go, &c->graph);
}

int fx_pipeline_run(fx_ctx *ctx, const fx_pipeline_opts *opts, fx_render **out)
{
	fx_render *r = fx_xcalloc(1, sizeof *r);
	*out = r;
	r->repo_desc = opts->rev ? fx_arena_printf(ctx->arena, "revision %s", opts->rev)
				 : "work tree";
	r->root_display = ".";
	fx_graph_source *srcs = NULL;
	if (parse_sources(ctx, r, opts, &srcs) < 0 || load_inputs(ctx, r, opts) < 0)
		return -1;
	r->sources = srcs;
	r->n_clusters = opts->paths.len;
	r->clusters = fx_xcalloc(r->n_clusters ? r->n_clusters : 1, sizeof *r->clusters);
	int rc = 0;
	for (size_t i = 0; i < r->n_clusters; i++) {
		r->clusters[i].path = opts->paths.items[i];
		if (run_cluster(ctx, r, opts, srcs, &r->clusters[i]) < 0)
			rc = -1;
	}
	return rc;
}

size_t fx_render_failed(const fx_render *r)
{
	size_t n = 0;
	for (size_t i = 0; r && i < r->n_clusters; i++)
		if (r->clusters[i].graph)
			n += fx_graph_failed(r->clusters[i].graph);
	return n;
}

void fx_render_free(fx_render *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_clusters; i++)
		fx_graph_free(r->clusters[i].graph);
	free(r->clusters);
	for (size_t i = 0; i < r->vfs.len; i++)
		fx_vfs_free(r->vfs.items[i]);
	fx_ptrvec_dispose(&r->vfs);
	fx_ptrvec_dispose(&r->input_docs);
	free(r);
}
