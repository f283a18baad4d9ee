/* Unit tests for src/graph: discovery walk, sources, dependsOn resolution,
 * cycles, waves, blocked dependents, duplicates - on in-memory trees with
 * a trivial build function (every .yaml file of the build dir, in name
 * order), so the graph is tested without the kustomize engine. */
#include "graph/graph.h"
#include "tap.h"

#include <stdio.h>
#include <string.h>

static int test_build(void *ud, fx_ctx *ctx, fx_arena *a, fx_graph *g, fx_unit *u,
		      fx_ptrvec *objs, const char **msg_out)
{
	(void)g;
	if (ud) /* the build order, for the tests that check it */
		fx_ptrvec_push(ud, (void *)u->obj->name);
	fx_vfs_dir d = {0};
	if (fx_vfs_list(ctx, u->fs, u->dir, FX_LOC_NONE, &d) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < d.len; i++) {
		if (d.items[i].type != FX_VFS_FILE || !fx_str_has_suffix(d.items[i].name, ".yaml"))
			continue;
		const char *p = *u->dir ? fx_arena_printf(a, "%s/%s", u->dir, d.items[i].name)
					: d.items[i].name;
		fx_strbuf buf = FX_STRBUF_INIT;
		if (fx_vfs_read(ctx, u->fs, p, FX_LOC_NONE, &buf) == 0) {
			fx_yaml_opts yo = {0};
			if (fx_yaml_load(ctx, a, fx_vfs_src_id(ctx, u->fs, p), buf.ptr ? buf.ptr : "",
					 buf.len, &yo, objs) < 0) {
				*msg_out = "yaml";
				rc = -1;
			}
		}
		fx_sb_dispose(&buf);
	}
	fx_vfs_dir_dispose(&d);
	return rc;
}

static const char *ks(fx_arena *a, const char *name, const char *path, const char *deps)
{
	return fx_arena_printf(a,
			       "---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
			       "metadata:\n  name: %s\n  namespace: flux-system\n"
			       "spec:\n  interval: 10m\n  prune: true\n  path: %s\n"
			       "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n%s",
			       name, path, deps ? deps : "");
}

static const char *cm(fx_arena *a, const char *name)
{
	return fx_arena_printf(a, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n", name);
}

typedef struct {
	fx_ctx *ctx;
	fx_vfs *fs;
	fx_graph *g;
	fx_ptrvec built; /* unit names in build order */
} env;

static void add(env *e, const char *path, const char *text)
{
	assert_int_equal(fx_vfs_mem_add(e->fs, path, text, strlen(text)), 0);
}

static int run(env *e, bool strict, const fx_graph_source *srcs, size_t n_srcs)
{
	fx_graph_opts o = {0};
	o.repo = e->fs;
	o.repo_desc = "memory";
	o.entry = "clusters/prod";
	o.build = test_build;
	o.build_ud = &e->built;
	o.strict_deps = strict;
	o.sources = srcs;
	o.n_sources = n_srcs;
	return fx_graph_run(e->ctx, e->ctx->arena, &o, &e->g);
}

static void setup(env *e)
{
	e->ctx = fx_ctx_new();
	e->fs = fx_vfs_new_mem();
	e->g = NULL;
	e->built = (fx_ptrvec)FX_PTRVEC_INIT;
}

static void teardown(env *e)
{
	fx_graph_free(e->g);
	fx_ptrvec_dispose(&e->built);
	fx_vfs_free(e->fs);
	fx_ctx_free(e->ctx);
}

static const fx_diag *find_diag(fx_ctx *ctx, const char *needle)
{
	for (size_t i = 0; i < fx_diag_count(ctx); i++)
		if (strstr(fx_diag_at(ctx, i)->msg, needle))
			return fx_diag_at(ctx, i);
	return NULL;
}

static void test_secure_join(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
		bool clamped;
	} rows[] = {
		{"./apps", "apps", false},     {"/apps", "apps", false},
		{"../../apps", "apps", true},  {"", "", false},
		{"a/./b/../c", "a/c", false},  {"a/../../b", "b", true},
		{"./", "", false},             {"a//b/", "a/b", false},
	};
	fx_arena *a = fx_arena_new();
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		bool cl = !rows[i].clamped;
		assert_string_equal(fx_graph_secure_join(a, rows[i].in, &cl), rows[i].out);
		assert_int_equal(cl, rows[i].clamped);
	}
	fx_arena_free(a);
}

/* flux-system builds the cluster dir and finds the roots again; apps
 * depends on infra; the child "late" appears only in apps' output. */
static void test_walk_and_waves(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	add(&e, "clusters/prod/flux-system/sync.yaml", ks(a, "flux-system", "./clusters/prod", NULL));
	add(&e, "clusters/prod/infra.yaml", ks(a, "infra", "./infra", NULL));
	add(&e, "clusters/prod/apps.yaml",
	    ks(a, "apps", "./apps", "  dependsOn:\n    - name: infra\n"));
	add(&e, "infra/cm.yaml", cm(a, "infra"));
	add(&e, "apps/cm.yaml", cm(a, "apps"));
	add(&e, "apps/late.yaml", ks(a, "late", "./late", NULL));
	add(&e, "late/cm.yaml", cm(a, "late"));
	assert_int_equal(run(&e, false, NULL, 0), 0);
	fx_graph *g = e.g;
	assert_int_equal(g->units.len, 4);
	assert_int_equal(fx_graph_failed(g), 0);
	fx_unit *fs = fx_graph_find(g, "Kustomization", "flux-system", "flux-system");
	fx_unit *infra = fx_graph_find(g, "Kustomization", "flux-system", "infra");
	fx_unit *apps = fx_graph_find(g, "Kustomization", "flux-system", "apps");
	fx_unit *late = fx_graph_find(g, "Kustomization", "flux-system", "late");
	assert_non_null(fs);
	assert_non_null(late);
	assert_int_equal(fs->status, FX_UNIT_RENDERED);
	assert_int_equal(fs->objects.len, 2); /* apps.yaml, infra.yaml */
	assert_ptr_equal(infra->owner, fs);
	assert_ptr_equal(late->owner, apps);
	assert_int_equal(fs->wave, 0);
	assert_int_equal(infra->wave, 1);
	assert_int_equal(apps->wave, 2);
	assert_int_equal(late->wave, 3);
	assert_int_equal(g->n_waves, 4);
	assert_ptr_equal(g->order.items[0], fs);
	assert_ptr_equal(g->order.items[3], late);
	assert_string_equal(infra->source_desc, "this repository (memory)");
	assert_int_equal(fx_diag_errors(e.ctx), 0);
	teardown(&e);
}

static void test_cycle(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_adds(&sb, ks(a, "a", "./x", "  dependsOn:\n    - name: c\n"));
	fx_sb_adds(&sb, ks(a, "b", "./x", "  dependsOn:\n    - name: a\n"));
	fx_sb_adds(&sb, ks(a, "c", "./x", "  dependsOn:\n    - name: b\n"));
	fx_sb_adds(&sb, ks(a, "d", "./x", "  dependsOn:\n    - name: c\n"));
	fx_sb_adds(&sb, ks(a, "e", "./x", NULL));
	add(&e, "clusters/prod/ks.yaml", sb.ptr);
	add(&e, "x/cm.yaml", cm(a, "x"));
	fx_sb_dispose(&sb);
	assert_int_equal(run(&e, false, NULL, 0), 0);
	fx_graph *g = e.g;
	const char *names[] = {"a", "b", "c"};
	for (size_t i = 0; i < 3; i++) {
		fx_unit *u = fx_graph_find(g, "Kustomization", "flux-system", names[i]);
		assert_int_equal(u->status, FX_UNIT_FAILED);
		assert_true(u->in_cycle);
		assert_string_equal(u->message,
				    "dependency cycle detected: flux-system/a -> flux-system/c -> "
				    "flux-system/b -> flux-system/a");
	}
	assert_int_equal(fx_graph_find(g, "Kustomization", "flux-system", "d")->status,
			 FX_UNIT_BLOCKED);
	assert_int_equal(fx_graph_find(g, "Kustomization", "flux-system", "e")->status,
			 FX_UNIT_RENDERED);
	/* each member is reported at its own dependsOn entry */
	size_t cycle_errors = 0;
	for (size_t i = 0; i < fx_diag_count(e.ctx); i++) {
		const fx_diag *d = fx_diag_at(e.ctx, i);
		if (d->sev == FX_SEV_ERROR && strstr(d->msg, "dependency cycle detected")) {
			cycle_errors++;
			/* documents are 15 lines long; "- name:" is the last */
			assert_int_equal(d->loc.line % 15, 0);
		}
	}
	assert_int_equal(cycle_errors, 3);
	teardown(&e);
}

static void test_missing_dependency(void **state)
{
	(void)state;
	for (int strict = 0; strict < 2; strict++) {
		env e;
		setup(&e);
		fx_arena *a = e.ctx->arena;
		add(&e, "clusters/prod/ks.yaml",
		    ks(a, "a", "./x", "  dependsOn:\n    - name: db\n      namespace: data\n"));
		add(&e, "x/cm.yaml", cm(a, "x"));
		assert_int_equal(run(&e, strict, NULL, 0), 0);
		fx_unit *u = fx_graph_find(e.g, "Kustomization", "flux-system", "a");
		const fx_diag *d = find_diag(e.ctx, "dependsOn 'data/db' not found");
		assert_non_null(d);
		assert_int_equal(d->sev, strict ? FX_SEV_ERROR : FX_SEV_WARNING);
		assert_int_equal(d->loc.line, 15);
		assert_int_equal(u->status, strict ? FX_UNIT_FAILED : FX_UNIT_RENDERED);
		assert_int_equal(u->missing.len, 1);
		teardown(&e);
	}
}

static void test_duplicate(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	add(&e, "clusters/prod/a.yaml", ks(a, "a", "./x", NULL));
	add(&e, "clusters/prod/b.yaml", ks(a, "a", "./y", NULL));
	add(&e, "x/cm.yaml", cm(a, "x"));
	add(&e, "y/cm.yaml", cm(a, "y"));
	assert_int_equal(run(&e, false, NULL, 0), 0);
	const fx_diag *d = find_diag(e.ctx, "duplicate Kustomization flux-system/a");
	assert_non_null(d);
	assert_string_equal(fx_src_name(e.ctx, d->loc.file), "clusters/prod/b.yaml");
	assert_int_equal(d->n_notes, 1);
	assert_string_equal(fx_src_name(e.ctx, d->notes[0].loc.file), "clusters/prod/a.yaml");
	assert_int_equal(fx_graph_find(e.g, "Kustomization", "flux-system", "a")->status,
			 FX_UNIT_FAILED);
	teardown(&e);
}

static void test_sources(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	add(&e, "clusters/prod/oci.yaml",
	    "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
	    "metadata:\n  name: podinfo\n  namespace: flux-system\n"
	    "spec:\n  interval: 10m\n  prune: true\n  path: ./deploy\n"
	    "  sourceRef:\n    kind: OCIRepository\n    name: podinfo\n");
	assert_int_equal(run(&e, false, NULL, 0), 0);
	fx_unit *u = fx_graph_find(e.g, "Kustomization", "flux-system", "podinfo");
	assert_int_equal(u->status, FX_UNIT_SKIPPED);
	assert_non_null(find_diag(e.ctx, "not available offline"));
	assert_int_equal(fx_diag_errors(e.ctx), 0);
	fx_graph_free(e.g);
	e.g = NULL;

	fx_vfs *other = fx_vfs_new_mem();
	const char *c = cm(a, "vendored");
	fx_vfs_mem_add(other, "deploy/cm.yaml", c, strlen(c));
	fx_graph_source src = {"OCIRepository", NULL, "podinfo", other, "--source vendor"};
	assert_int_equal(run(&e, false, &src, 1), 0);
	u = fx_graph_find(e.g, "Kustomization", "flux-system", "podinfo");
	assert_int_equal(u->status, FX_UNIT_RENDERED);
	assert_int_equal(u->objects.len, 1);
	assert_string_equal(u->source_desc, "--source vendor");
	fx_vfs_free(other);
	teardown(&e);
}

static void test_blocked_by_missing_path(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_adds(&sb, ks(a, "a", "./nowhere", NULL));
	fx_sb_adds(&sb, ks(a, "b", "./x", "  dependsOn:\n    - name: a\n"));
	add(&e, "clusters/prod/ks.yaml", sb.ptr);
	fx_sb_dispose(&sb);
	add(&e, "x/cm.yaml", cm(a, "x"));
	assert_int_equal(run(&e, false, NULL, 0), 0);
	fx_unit *ua = fx_graph_find(e.g, "Kustomization", "flux-system", "a");
	fx_unit *ub = fx_graph_find(e.g, "Kustomization", "flux-system", "b");
	assert_int_equal(ua->status, FX_UNIT_FAILED);
	assert_non_null(strstr(ua->message, "kustomization path not found"));
	assert_int_equal(ub->status, FX_UNIT_BLOCKED);
	assert_int_equal(fx_graph_failed(e.g), 2);
	const fx_diag *d = find_diag(e.ctx, "kustomization path not found");
	assert_int_equal(d->loc.line, 10);
	teardown(&e);
}

/* A parent that depends on its own child: discovery order wins, the
 * explicit edge is dropped with a warning. */
static void test_parent_depends_on_child(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	add(&e, "clusters/prod/p.yaml", ks(a, "p", "./p", "  dependsOn:\n    - name: c\n"));
	add(&e, "p/c.yaml", ks(a, "c", "./x", NULL));
	add(&e, "x/cm.yaml", cm(a, "x"));
	assert_int_equal(run(&e, false, NULL, 0), 0);
	fx_unit *p = fx_graph_find(e.g, "Kustomization", "flux-system", "p");
	fx_unit *c = fx_graph_find(e.g, "Kustomization", "flux-system", "c");
	assert_int_equal(p->status, FX_UNIT_RENDERED);
	assert_int_equal(c->status, FX_UNIT_RENDERED);
	assert_int_equal(p->wave, 0);
	assert_int_equal(c->wave, 1);
	size_t warnings = 0;
	for (size_t i = 0; i < fx_diag_count(e.ctx); i++)
		warnings += strstr(fx_diag_at(e.ctx, i)->msg, "contradicts discovery order") != NULL;
	assert_int_equal(warnings, 1);
	teardown(&e);
}

static void test_missing_namespace_root(void **state)
{
	(void)state;
	env e;
	setup(&e);
	add(&e, "clusters/prod/ks.yaml",
	    "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
	    "metadata:\n  name: a\n"
	    "spec:\n  interval: 10m\n  prune: true\n"
	    "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n");
	assert_int_equal(run(&e, false, NULL, 0), 0);
	assert_non_null(find_diag(e.ctx, "missing metadata.namespace"));
	assert_int_equal(fx_graph_failed(e.g), 1);
	teardown(&e);
}

/* Providers before consumers (flux.md 4.2): a Kustomization whose
 * substituteFrom names a ConfigMap no built unit has rendered yet waits;
 * among waiting units, one whose references are rendered goes first, then
 * one whose references exist in the raw scan, then the rest in discovery
 * order.  The output order (waves) is unchanged. */
static void test_providers_first(void **state)
{
	(void)state;
	env e;
	setup(&e);
	fx_arena *a = e.ctx->arena;
	const char *from = "  postBuild:\n    substituteFrom:\n      - kind: ConfigMap\n"
			   "        name: %s\n";
	add(&e, "clusters/prod/a.yaml",
	    ks(a, "a-consumer", "./a", fx_arena_printf(a, from, "vars")));
	add(&e, "clusters/prod/b.yaml", ks(a, "b-parent", "./b", NULL));
	add(&e, "clusters/prod/f.yaml",
	    ks(a, "f-orphan", "./f", fx_arena_printf(a, from, "nowhere")));
	add(&e, "clusters/prod/raw.yaml",
	    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: raw\n  namespace: flux-system\n");
	add(&e, "a/cm.yaml", cm(a, "a"));
	add(&e, "b/c.yaml", ks(a, "c-provider", "./c", fx_arena_printf(a, from, "raw")));
	add(&e, "c/vars.yaml",
	    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\n  namespace: flux-system\n");
	add(&e, "f/cm.yaml", cm(a, "f"));
	assert_int_equal(run(&e, false, NULL, 0), 0);
	static const char *const want[] = {"b-parent", "c-provider", "a-consumer", "f-orphan"};
	assert_int_equal(e.built.len, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(e.built.items[i], want[i]);
	assert_int_equal(fx_graph_failed(e.g), 0);
	/* output order: wave, then namespace and name */
	static const char *const order[] = {"a-consumer", "b-parent", "f-orphan", "c-provider"};
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(((fx_unit *)e.g->order.items[i])->obj->name, order[i]);
	teardown(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_secure_join),
		cmocka_unit_test(test_walk_and_waves),
		cmocka_unit_test(test_cycle),
		cmocka_unit_test(test_missing_dependency),
		cmocka_unit_test(test_duplicate),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_blocked_by_missing_path),
		cmocka_unit_test(test_parent_depends_on_child),
		cmocka_unit_test(test_missing_namespace_root),
		cmocka_unit_test(test_providers_first),
	};
	return FX_RUN_TESTS("graph", tests);
}
