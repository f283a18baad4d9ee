/*
 * graph: the discovery walk (flux.md 2.1, cluster path mode).
 *
 * 1. Raw scan: every *.yaml / *.yml file under the entry directory
 *    (lexical order, hidden directories skipped) is loaded; Flux objects
 *    are recorded, Kustomizations with a Git/OCI/ExternalArtifact source
 *    become root units, ConfigMaps and Secrets become inputs.
 * 2. Breadth first: each unit is mapped to its source, its build dir is
 *    resolved, it is built through the caller's build function, and the
 *    Kustomizations and HelmReleases in its output become new units.
 * 3. Providers before consumers (flux.md 4.2, 5.4): a Kustomization whose
 *    postBuild.substituteFrom names a ConfigMap/Secret that no built unit
 *    has rendered yet is deferred.  When only deferred units are left, the
 *    first one (discovery order) whose references are now rendered is
 *    built, else the first one whose references all exist somewhere
 *    (--inputs, raw scan), else the first one; then the walk goes on with
 *    the units that build discovered.  The output order is not affected
 *    (it is the wave order of deps.c).
 *
 * A Flux object met twice is the same object when both sightings come
 * from the same document (the raw scan and the parent's build see the
 * same file) or when the second copy comes from a build and equals the
 * raw one; two different documents defining one key is an error naming
 * both places (flux.md 2.3).  Ordering is graph/deps.c.
 */
#include "graph/graph.h"
#include "graph/internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_flux_obj *obj;
	fx_unit *unit; /* when the object is a unit */
	bool from_scan;
} seen;

const char *fx_unit_status_name(fx_unit_status s)
{
	static const char *const names[] = {"pending", "rendered", "failed",
					    "blocked", "skipped", "not-rendered"};
	return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "?";
}

const char *fx_graph_secure_join(fx_arena *a, const char *path, bool *clamped)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	size_t depth = 0;
	bool cl = false;
	const char *p = path ? path : "";
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 1 && p[0] == '.') {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (depth > 0) {
				char *slash = sb.len ? strrchr(sb.ptr, '/') : NULL;
				fx_sb_truncate(&sb, slash ? (size_t)(slash - sb.ptr) : 0);
				depth--;
			} else {
				cl = true;
			}
		} else {
			if (sb.len)
				fx_sb_addc(&sb, '/');
			fx_sb_add(&sb, p, n);
			depth++;
		}
		p += n;
	}
	if (clamped)
		*clamped = cl;
	const char *r = fx_arena_strdup(a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return r;
}

fx_unit *fx_graph_find(const fx_graph *g, const char *kind, const char *ns, const char *name)
{
	const char *key = fx_front_key(g->arena, kind, ns, name);
	seen *s = fx_strmap_get(g->by_key, key);
	return s ? s->unit : NULL;
}

size_t fx_graph_failed(const fx_graph *g)
{
	size_t n = 0;
	for (size_t i = 0; i < g->units.len; i++) {
		fx_unit *u = g->units.items[i];
		n += u->status == FX_UNIT_FAILED || u->status == FX_UNIT_BLOCKED;
	}
	return n;
}

void fx_graph_free(fx_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->units.len; i++) {
		fx_unit *u = g->units.items[i];
		fx_ptrvec_dispose(&u->warnings);
		fx_ptrvec_dispose(&u->objects);
		fx_ptrvec_dispose(&u->deps);
		fx_ptrvec_dispose(&u->dep_refs);
		fx_ptrvec_dispose(&u->missing);
		fx_ptrvec_dispose(&u->children);
		fx_ptrvec_dispose(&u->vars);
		fx_ptrvec_dispose(&u->unresolved);
	}
	fx_ptrvec_dispose(&g->units);
	fx_ptrvec_dispose(&g->order);
	fx_ptrvec_dispose(&g->flux_objects);
	fx_ptrvec_dispose(&g->inputs);
	fx_strmap_free(g->by_key);
	free(g);
}

void fx_graph__unit_warn(fx_graph *g, fx_unit *u, const char *msg)
{
	fx_ptrvec_push(&u->warnings, (void *)fx_arena_strdup(g->arena, msg));
}

/* ------------------------------------------------------------------ */
/* Registering Flux objects                                             */

static bool same_document(const fx_flux_obj *a, const fx_flux_obj *b)
{
	return a->loc.file == b->loc.file && a->loc.line == b->loc.line &&
	       a->loc.col == b->loc.col;
}

/* Registers a Flux object; creates a unit for Kustomizations and
 * HelmReleases.  Returns the new unit, or NULL (not a unit, or seen). */
static fx_unit *record(fx_ctx *ctx, fx_graph *g, fx_flux_obj *o, fx_unit *owner, bool from_scan,
		       bool *same_out)
{
	*same_out = false;
	const char *ns = o->namespace;
	if (!ns && owner)
		ns = owner->ns;
	const char *key = fx_front_key(g->arena, o->kind_name, ns, o->name);
	seen *s = fx_strmap_get(g->by_key, key);
	if (s) {
		if (same_document(s->obj, o))
			goto same;
		if (s->from_scan && !from_scan && fx_node_equal(s->obj->spec, o->spec))
			goto same;
		if (fx_node_equal(s->obj->spec, o->spec)) {
			fx_warn(ctx, o->loc, "FX2202",
				"%s %s is defined twice with identical content; using the first",
				o->kind_name, key + strlen(o->kind_name) + 1);
			fx_note(ctx, s->obj->loc, "first defined here");
			return NULL;
		}
		fx_error(ctx, o->loc, "FX2201", "duplicate %s %s: defined again with other content",
			 o->kind_name, key + strlen(o->kind_name) + 1);
		fx_note(ctx, s->obj->loc, "first defined here");
		if (s->unit) {
			s->unit->status = FX_UNIT_FAILED;
			s->unit->message = fx_arena_printf(
				g->arena, "duplicate %s: defined in two places", o->kind_name);
		}
		return NULL;
	same:
		*same_out = fx_node_equal(s->obj->spec, o->spec);
		/* The parent's output is what the cluster receives (it may have
		 * been substituted or patched): it replaces the raw copy while
		 * the unit is still unbuilt. */
		if (s->unit && s->unit->status == FX_UNIT_PENDING && !from_scan &&
		    !fx_node_equal(s->obj->spec, o->spec)) {
			s->unit->obj = o;
			s->obj = o;
		}
		/* the raw scan found it first; the parent's build owns it */
		if (s->unit && !s->unit->owner && owner && owner != s->unit) {
			bool loop = false;
			for (fx_unit *p = owner; p; p = p->owner)
				loop = loop || p == s->unit;
			if (!loop) {
				s->unit->owner = owner;
				fx_ptrvec_push(&owner->children, s->unit);
			}
		}
		return NULL;
	}
	s = fx_arena_alloc(g->arena, sizeof *s);
	s->obj = o;
	s->from_scan = from_scan;
	fx_strmap_put(g->by_key, key, s);
	fx_ptrvec_push(&g->flux_objects, o);
	if (o->kind != FX_FLUX_KUSTOMIZATION && o->kind != FX_FLUX_HELMRELEASE)
		return NULL;
	fx_unit *u = fx_arena_alloc(g->arena, sizeof *u);
	u->obj = o;
	u->ns = ns ? ns : "";
	u->id = fx_arena_printf(g->arena, "%s/%s", u->ns, o->name);
	u->key = key;
	u->owner = owner;
	u->seq = g->units.len;
	s->unit = u;
	fx_ptrvec_push(&g->units, u);
	if (owner)
		fx_ptrvec_push(&owner->children, u);
	if (o->invalid) {
		u->status = FX_UNIT_FAILED;
		u->message = fx_arena_printf(g->arena, "invalid %s", o->kind_name);
	}
	if (!o->namespace) {
		if (owner) {
			fx_error(ctx, o->loc, "FX2203",
				 "%s/%s namespace not specified (in the output of Kustomization %s); "
				 "treated as namespace '%s'",
				 o->kind_name, o->name, owner->id, u->ns);
		} else {
			fx_error(ctx, o->loc, "FX2203", "Invalid %s missing metadata.namespace: %s",
				 o->kind_name, o->name);
			u->status = FX_UNIT_FAILED;
			u->message = "missing metadata.namespace";
		}
	}
	return u;
}

/* ------------------------------------------------------------------ */
/* Raw scan                                                             */

static int scan_file(fx_ctx *ctx, fx_graph *g, fx_vfs *fs, const char *path)
{
	fx_strbuf buf = FX_STRBUF_INIT;
	int rc = fx_vfs_read(ctx, fs, path, FX_LOC_NONE, &buf);
	if (rc < 0)
		goto out;
	g->n_scanned_files++;
	uint32_t file = fx_vfs_src_id(ctx, fs, path);
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_yaml_opts yo = {0};
	rc = fx_yaml_load(ctx, g->arena, file, buf.ptr ? buf.ptr : "", buf.len, &yo, &docs);
	for (size_t i = 0; i < docs.len; i++) {
		fx_node *d = docs.items[i];
		const char *kind = fx_map_get_str(d, "kind");
		const char *av = fx_map_get_str(d, "apiVersion");
		if (kind && av && !strchr(av, '/') &&
		    (!strcmp(kind, "ConfigMap") || !strcmp(kind, "Secret"))) {
			fx_ptrvec_push(&g->inputs, d);
			continue;
		}
		fx_flux_obj *o = NULL;
		fx_flux_kind k = fx_front_classify_doc(d);
		/* HelmReleases are units only when a Kustomization renders them */
		if (k == FX_FLUX_NONE || k == FX_FLUX_HELMRELEASE)
			continue;
		size_t mark = fx_diag_count(ctx);
		fx_front_parse(ctx, g->arena, d, NULL, &o);
		if (!o)
			continue;
		if (o->kind == FX_FLUX_KUSTOMIZATION && o->source_ref.kind &&
		    strcmp(o->source_ref.kind, "Bucket") == 0) {
			/* not a root in cluster path mode; judged where it is rendered */
			fx_diag_truncate(ctx, mark);
			continue;
		}
		bool same;
		record(ctx, g, o, NULL, true, &same);
		if (same) /* the same document seen twice: report it once */
			fx_diag_truncate(ctx, mark);
	}
	fx_ptrvec_dispose(&docs);
out:
	fx_sb_dispose(&buf);
	return rc;
}

static int scan_dir(fx_ctx *ctx, fx_graph *g, fx_vfs *fs, const char *dir, int depth)
{
	fx_vfs_dir list = {0};
	int rc = fx_vfs_list(ctx, fs, dir, FX_LOC_NONE, &list);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < list.len; i++) {
		const fx_vfs_entry *e = &list.items[i];
		if (e->name[0] == '.')
			continue;
		char *path = *dir ? fx_arena_printf(g->arena, "%s/%s", dir, e->name)
				  : fx_arena_strdup(g->arena, e->name);
		if (e->type == FX_VFS_DIR) {
			if (depth < 64 && scan_dir(ctx, g, fs, path, depth + 1) < 0)
				rc = -1;
		} else if (fx_str_has_suffix(e->name, ".yaml") || fx_str_has_suffix(e->name, ".yml")) {
			if (scan_file(ctx, g, fs, path) < 0)
				rc = -1;
		}
	}
	fx_vfs_dir_dispose(&list);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Sources                                                              */

static const fx_graph_source *find_mapping(const fx_graph_opts *opts, const fx_flux_ref *r)
{
	for (size_t i = 0; i < opts->n_sources; i++) {
		const fx_graph_source *s = &opts->sources[i];
		if (s->kind && strcmp(s->kind, r->kind) != 0)
			continue;
		if (s->namespace && (!r->namespace || strcmp(s->namespace, r->namespace) != 0))
			continue;
		if (strcmp(s->name, r->name) == 0)
			return s;
	}
	return NULL;
}

static void map_source(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts, fx_strmap *repo_keys,
		       fx_unit *u)
{
	const fx_flux_ref *r = &u->obj->source_ref;
	if (!r->kind || !r->name)
		return;
	u->source_key = fx_front_key(g->arena, r->kind, r->namespace ? r->namespace : u->ns,
				     r->name);
	const fx_graph_source *m = find_mapping(opts, r);
	if (m) {
		u->fs = m->fs;
		u->source_desc = m->desc;
		return;
	}
	if (fx_strmap_has(repo_keys, u->source_key)) {
		u->fs = opts->repo;
		u->source_desc = fx_arena_printf(g->arena, "this repository (%s)",
						 opts->repo_desc ? opts->repo_desc : "work tree");
		return;
	}
	u->status = FX_UNIT_SKIPPED;
	u->message = fx_arena_printf(g->arena,
				     "skipped: source %s is not available offline (map it with "
				     "--source %s=DIR)",
				     u->source_key, u->source_key);
	fx_warn(ctx, r->loc, "FX2204", "Kustomization %s: source %s is not available offline; skipping",
		u->id, u->source_key);
}

/* ------------------------------------------------------------------ */
/* Building one unit                                                    */

static void build_unit(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts, fx_unit *u)
{
	fx_flux_obj *o = u->obj;
	bool clamped = false;
	u->dir = fx_graph_secure_join(g->arena, o->path, &clamped);
	if (clamped)
		fx_warn(ctx, o->path_loc, "FX2205",
			"Kustomization %s: spec.path '%s' climbs above the source root; Flux reads "
			"it as '%s'",
			u->id, o->path, *u->dir ? u->dir : ".");
	fx_vfs_type t;
	int rc = fx_vfs_stat(u->fs, u->dir, &t);
	if (rc < 0 || t != FX_VFS_DIR) {
		u->status = FX_UNIT_FAILED;
		u->message = fx_arena_printf(
			g->arena,
			"kustomization path not found: stat %s: %s", *u->dir ? u->dir : ".",
			rc == FX_EDENIED ? "path leaves the source root"
			: rc < 0	 ? "no such file or directory"
					 : "not a directory");
		fx_error(ctx, o->path_loc, "FX2206", "Kustomization %s: %s", u->id, u->message);
		return;
	}
	fx_ptrvec objs = FX_PTRVEC_INIT;
	const char *msg = NULL;
	size_t mark = fx_diag_count(ctx);
	rc = opts->build(opts->build_ud, ctx, g->arena, g, u, &objs, &msg);
	if (rc < 0 || fx_diag_errors_since(ctx, mark) > 0) {
		u->status = FX_UNIT_FAILED;
		u->message = msg ? msg : "kustomize build failed";
		if (fx_diag_errors_since(ctx, mark) == 0)
			fx_error(ctx, o->loc, "FX2207", "Kustomization %s: %s", u->id, u->message);
		else if (fx_diag_count(ctx) > mark &&
			 fx_diag_at(ctx, fx_diag_count(ctx) - 1)->n_notes == 0)
			fx_note(ctx, o->loc, "while building Kustomization %s", u->id);
		fx_ptrvec_dispose(&objs);
		return;
	}
	u->status = FX_UNIT_RENDERED;
	u->objects = objs;
	if (o->suspend == 1) {
		fx_warn(ctx, o->loc, "FX2208",
			"Kustomization %s is suspended: output will not be applied until resumed",
			u->id);
		fx_graph__unit_warn(g, u, "suspended: output will not be applied until resumed");
	}
	/* Flux objects of the output */
	for (size_t i = 0; i < u->objects.len; i++) {
		const fx_node *d = u->objects.items[i];
		if (fx_front_classify_doc(d) == FX_FLUX_NONE)
			continue;
		fx_flux_obj *child = NULL;
		size_t mark = fx_diag_count(ctx);
		fx_front_parse(ctx, g->arena, d, u->ns, &child);
		bool same = false;
		if (child)
			record(ctx, g, child, u, false, &same);
		if (same) /* the raw scan already judged this document */
			fx_diag_truncate(ctx, mark);
	}
}

/* ------------------------------------------------------------------ */
/* Providers before consumers                                           */

static bool doc_is(const fx_node *d, const char *kind, const char *ns, const char *name)
{
	const char *k = fx_map_get_str(d, "kind");
	const fx_node *md = fx_map_get(d, "metadata");
	const char *n = fx_map_get_str(md, "name");
	const char *dns = fx_map_get_str(md, "namespace");
	return k && n && !strcmp(k, kind) && !strcmp(n, name) && !strcmp(dns ? dns : "", ns);
}

static bool vec_has(const fx_ptrvec *v, const char *kind, const char *ns, const char *name)
{
	for (size_t i = 0; v && i < v->len; i++)
		if (doc_is(v->items[i], kind, ns, name))
			return true;
	return false;
}

/* Rendered objects by "kind\nnamespace\nname" -> the first unit that
 * rendered one (fx_unit *), kept up to date as units are built. */
static void obj_key(fx_strbuf *sb, const char *kind, const char *ns, const char *name)
{
	fx_sb_truncate(sb, 0);
	fx_sb_addf(sb, "%s\n%s\n%s", kind, ns, name);
}

static void index_unit(fx_strmap *idx, fx_unit *u)
{
	if (u->status != FX_UNIT_RENDERED)
		return;
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < u->objects.len; i++) {
		const fx_node *d = u->objects.items[i];
		const char *kind = fx_map_get_str(d, "kind");
		const fx_node *md = fx_map_get(d, "metadata");
		const char *name = fx_map_get_str(md, "name");
		const char *ns = fx_map_get_str(md, "namespace");
		if (!kind || !name)
			continue;
		obj_key(&sb, kind, ns ? ns : "", name);
		if (!fx_strmap_has(idx, fx_sb_cstr(&sb)))
			fx_strmap_put(idx, fx_sb_cstr(&sb), u);
	}
	fx_sb_dispose(&sb);
}

/* Whether a unit other than `self` has rendered the object. */
static bool rendered(const fx_graph *g, const fx_strmap *idx, const fx_unit *self,
		     const char *kind, const char *ns, const char *name)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	obj_key(&sb, kind, ns, name);
	const fx_unit *first = fx_strmap_get(idx, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	if (!first)
		return false;
	if (first != self && first->status == FX_UNIT_RENDERED)
		return true;
	/* rare: the first provider is the unit itself or failed afterwards */
	for (size_t i = 0; i < g->units.len; i++) {
		const fx_unit *u = g->units.items[i];
		if (u != self && u->status == FX_UNIT_RENDERED &&
		    vec_has(&u->objects, kind, ns, name))
			return true;
	}
	return false;
}

typedef enum { REFS_RENDERED, REFS_ELSEWHERE, REFS_MISSING } refs_state;

/* Where the substituteFrom objects of a unit are: all rendered by other
 * units, all at least in --inputs or the raw scan, or some nowhere yet. */
static refs_state substitute_refs(const fx_graph *g, const fx_graph_opts *opts,
				  const fx_strmap *idx, const fx_unit *u)
{
	const fx_node *from = fx_map_get(u->obj->post_build, "substituteFrom");
	const char *ns = u->obj->namespace ? u->obj->namespace : "";
	refs_state st = REFS_RENDERED;
	for (size_t i = 0; i < fx_seq_len(from); i++) {
		const fx_node *ref = fx_seq_at(from, i);
		const char *kind = fx_map_get_str(ref, "kind");
		const char *name = fx_map_get_str(ref, "name");
		if (!kind || !name || (strcmp(kind, "ConfigMap") && strcmp(kind, "Secret")))
			continue; /* contributes nothing (flux.md 4.2 item 4) */
		if (rendered(g, idx, u, kind, ns, name))
			continue;
		if (vec_has(opts->inputs, kind, ns, name) || vec_has(&g->inputs, kind, ns, name))
			st = REFS_ELSEWHERE;
		else
			return REFS_MISSING;
	}
	return st;
}

/* The deferred unit to build now that nothing else is buildable. */
static size_t pick_deferred(const fx_graph *g, const fx_graph_opts *opts, const fx_strmap *idx,
			    const fx_ptrvec *d)
{
	size_t best = 0;
	refs_state best_st = REFS_MISSING;
	for (size_t i = 0; i < d->len; i++) {
		refs_state st = substitute_refs(g, opts, idx, d->items[i]);
		if (st < best_st) {
			best = i;
			best_st = st;
		}
		if (st == REFS_RENDERED)
			break;
	}
	return best;
}

static void helmrelease_unit(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts,
			     fx_strmap *repo_keys, fx_unit *u)
{
	if (u->status != FX_UNIT_PENDING)
		return;
	const fx_flux_obj *o = u->obj;
	const fx_flux_ref *r = &o->chart_ref;
	if (r->kind && r->name) {
		u->source_key = fx_front_key(g->arena, r->kind, r->namespace ? r->namespace : u->ns,
					     r->name);
		const fx_graph_source *m = find_mapping(opts, r);
		fx_vfs *fs = NULL;
		if (m) {
			fs = m->fs;
			u->source_desc = m->desc;
		} else if (!strcmp(r->kind, "GitRepository") &&
			   fx_strmap_has(repo_keys, u->source_key)) {
			fs = opts->repo;
			u->source_desc = fx_arena_printf(g->arena, "this repository (%s)",
							 opts->repo_desc ? opts->repo_desc
									 : "work tree");
		} else {
			u->source_desc = "not available offline";
		}
		if (fs && o->chart && !o->uses_chart_ref) {
			const char *dir = fx_graph_secure_join(g->arena, o->chart, NULL);
			fx_vfs_type t;
			if (fx_vfs_stat(fs, dir, &t) < 0) {
				u->status = FX_UNIT_FAILED;
				u->message = fx_arena_printf(g->arena, "chart path '%s' not found in %s",
							     o->chart, u->source_key);
				fx_error(ctx, o->loc, "FX2211", "HelmRelease %s: %s", u->id, u->message);
				return;
			}
		}
	}
	u->status = FX_UNIT_NOT_RENDERED;
	u->message = "not rendered yet: HelmRelease rendering is not supported by this fluxc version";
	fx_warn(ctx, o->loc, "FX2209",
		"HelmRelease %s: not rendered: HelmRelease rendering is not supported yet; its "
		"objects are missing from the output",
		u->id);
}

/* Maps a pending Kustomization to its source (as it is now: a parent's
 * output may have replaced the raw copy while the unit waited), builds it
 * and indexes what it rendered. */
static void map_and_build(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts,
			  fx_strmap *repo_keys, fx_strmap *idx, fx_unit *u)
{
	map_source(ctx, g, opts, repo_keys, u);
	if (u->status != FX_UNIT_PENDING)
		return;
	build_unit(ctx, g, opts, u);
	index_unit(idx, u);
}

/* ------------------------------------------------------------------ */
/* Entry point                                                          */

int fx_graph_run(fx_ctx *ctx, fx_arena *a, const fx_graph_opts *opts, fx_graph **out)
{
	fx_graph *g = fx_xcalloc(1, sizeof *g);
	g->arena = a;
	g->by_key = fx_strmap_new();
	*out = g;
	const char *entry = fx_graph_secure_join(a, opts->entry, NULL);
	fx_vfs_type t;
	if (fx_vfs_stat(opts->repo, entry, &t) < 0 || t != FX_VFS_DIR)
		return fx_error(ctx, FX_LOC_NONE, "FX2210", "%s: no such directory",
				*entry ? entry : ".");
	size_t mark = fx_diag_count(ctx);
	int rc = scan_dir(ctx, g, opts->repo, entry, 0);
	if (rc < 0 || fx_diag_errors_since(ctx, mark) > 0) {
		/* an unreadable or invalid cluster directory is bad input */
		if (fx_diag_errors_since(ctx, mark) == 0)
			fx_error(ctx, FX_LOC_NONE, "FX2210", "%s: cannot be read", entry);
		/* invalid Flux objects are unit errors; YAML errors are fatal */
		if (rc < 0)
			return -1;
	}
	/* Roots whose build dir holds the entry directory (the bootstrap
	 * Kustomization, flux-system) go first: their output is what the
	 * cluster applies for the other roots. */
	fx_ptrvec first = FX_PTRVEC_INIT, rest = FX_PTRVEC_INIT;
	for (size_t i = 0; i < g->units.len; i++) {
		fx_unit *u = g->units.items[i];
		const char *d = fx_graph_secure_join(a, u->obj->path, NULL);
		size_t dl = strlen(d);
		bool holds = dl == 0 || (strncmp(entry, d, dl) == 0 &&
					 (entry[dl] == '\0' || entry[dl] == '/'));
		fx_ptrvec_push(holds ? &first : &rest, u);
	}
	g->units.len = 0;
	for (size_t i = 0; i < first.len + rest.len; i++) {
		fx_unit *u = i < first.len ? first.items[i] : rest.items[i - first.len];
		u->seq = g->units.len;
		fx_ptrvec_push(&g->units, u);
	}
	fx_ptrvec_dispose(&first);
	fx_ptrvec_dispose(&rest);
	/* "this repository": the GitRepositories the roots build from */
	fx_strmap *repo_keys = fx_strmap_new();
	for (size_t i = 0; i < g->units.len; i++) {
		fx_unit *u = g->units.items[i];
		const fx_flux_ref *r = &u->obj->source_ref;
		if (r->kind && r->name && strcmp(r->kind, "GitRepository") == 0)
			fx_strmap_put(repo_keys,
				      fx_front_key(a, r->kind, r->namespace ? r->namespace : u->ns,
						   r->name),
				      u);
	}
	fx_ptrvec deferred = FX_PTRVEC_INIT;
	fx_strmap *idx = fx_strmap_new();
	size_t i = 0;
	for (;;) {
		for (; i < g->units.len; i++) {
			fx_unit *u = g->units.items[i];
			if (u->obj->kind == FX_FLUX_HELMRELEASE) {
				helmrelease_unit(ctx, g, opts, repo_keys, u);
				continue;
			}
			if (u->status != FX_UNIT_PENDING)
				continue;
			if (u->obj->post_build &&
			    substitute_refs(g, opts, idx, u) != REFS_RENDERED) {
				fx_ptrvec_push(&deferred, u);
				continue;
			}
			map_and_build(ctx, g, opts, repo_keys, idx, u);
		}
		if (!deferred.len)
			break;
		size_t k = pick_deferred(g, opts, idx, &deferred);
		fx_unit *u = deferred.items[k];
		memmove(&deferred.items[k], &deferred.items[k + 1],
			(deferred.len - k - 1) * sizeof deferred.items[0]);
		deferred.len--;
		if (u->status == FX_UNIT_PENDING)
			map_and_build(ctx, g, opts, repo_keys, idx, u);
	}
	fx_ptrvec_dispose(&deferred);
	fx_strmap_free(idx);
	fx_strmap_free(repo_keys);
	fx_graph__resolve(ctx, g, opts);
	return 0;
}
