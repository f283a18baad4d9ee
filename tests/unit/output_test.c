/* Unit tests for src/emit (the output stage; the YAML emitter has
 * emit_test.c): durations, JSON strings, the output tree and
 * its index, plan and graph formats on a small in-memory cluster. */
#include "emit/emit.h"
#include "tap.h"

#include <string.h>

static void test_effective_timeout(void **state)
{
	(void)state;
	static const struct {
		const char *timeout, *interval, *want;
	} rows[] = {
		{NULL, "10m", "9m30s"},  {NULL, "1h", "59m30s"}, {NULL, "40s", "30s"},
		{"5m", "1h", "5m0s"},    {"10s", "1h", "30s"},   {"1h30m", "1m", "1h30m0s"},
		{NULL, "1m0s", "30s"},   {"90s", NULL, "1m30s"}, {"2.5m", "1h", "2m30s"},
		{NULL, "bogus", NULL},
	};
	fx_arena *a = fx_arena_new();
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *got = fx_emit_effective_timeout(a, rows[i].timeout, rows[i].interval);
		if (!rows[i].want)
			assert_null(got);
		else
			assert_string_equal(got, rows[i].want);
	}
	fx_arena_free(a);
}

static void test_json_str(void **state)
{
	(void)state;
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_emit_json_str(&sb, "a\"b\\c\nd\te\x01<&>");
	assert_string_equal(sb.ptr, "\"a\\\"b\\\\c\\nd\\te\\u0001<&>\"");
	fx_sb_dispose(&sb);
}

static int build_dir(void *ud, fx_ctx *ctx, fx_arena *a, fx_graph *g, fx_unit *u,
		     fx_ptrvec *objs, const char **msg_out)
{
	(void)ud;
	(void)g;
	(void)msg_out;
	const char *p = fx_arena_printf(a, "%s/objs.yaml", u->dir);
	fx_strbuf buf = FX_STRBUF_INIT;
	int rc = fx_vfs_read(ctx, u->fs, p, FX_LOC_NONE, &buf);
	if (rc == 0) {
		fx_yaml_opts yo = {0};
		rc = fx_yaml_load(ctx, a, fx_vfs_src_id(ctx, u->fs, p), buf.ptr, buf.len, &yo, objs);
	}
	fx_sb_dispose(&buf);
	return rc;
}

static const char ks_a[] =
	"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"
	"metadata:\n  name: a\n  namespace: flux-system\n"
	"spec:\n  interval: 10m\n  prune: true\n  path: ./a\n"
	"  sourceRef:\n    kind: GitRepository\n    name: flux-system\n";
static const char objs_a[] =
	"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: one\n  namespace: default\n---\n"
	"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\n"
	"spec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n"
	"      initContainers:\n      - name: init\n        image: busybox:1.36\n---\n"
	"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: system:web\n";

static void test_tree_plan_graph(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *fs = fx_vfs_new_mem();
	fx_vfs_mem_add(fs, "clusters/c/a.yaml", ks_a, strlen(ks_a));
	fx_vfs_mem_add(fs, "a/objs.yaml", objs_a, strlen(objs_a));
	fx_graph_opts o = {0};
	o.repo = fs;
	o.entry = "clusters/c";
	o.build = build_dir;
	fx_graph *g = NULL;
	assert_int_equal(fx_graph_run(ctx, ctx->arena, &o, &g), 0);
	fx_emit_cluster c = {"clusters/c", g};

	fx_ptrvec objs = FX_PTRVEC_INIT;
	fx_emit_collect(&c, 1, &objs);
	assert_int_equal(objs.len, 3);
	fx_ptrvec_dispose(&objs);

	fx_ptrvec files = FX_PTRVEC_INIT;
	fx_emit_tree(ctx->arena, &c, 1, false, &files);
	assert_int_equal(files.len, 4);
	const char *want[] = {"flux-system/a/001-configmap-one.yaml",
			      "flux-system/a/002-deployment-web.yaml",
			      "flux-system/a/003-clusterrole-system_web.yaml", "index.json"};
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(((fx_emit_file *)files.items[i])->path, want[i]);
	const fx_emit_file *ix = files.items[3];
	assert_non_null(strstr(ix->data.ptr, "\"formatVersion\": 1"));
	char digest[65];
	const fx_emit_file *f0 = files.items[0];
	fx_sha256_hex(f0->data.ptr, f0->data.len, digest);
	assert_non_null(strstr(ix->data.ptr, digest));
	fx_emit_tree_dispose(&files);

	fx_strbuf sb = FX_STRBUF_INIT;
	fx_emit_plan(ctx->arena, &sb, &c, 1, FX_EMIT_TEXT);
	assert_non_null(strstr(sb.ptr, "1 unit in 1 wave: 1 rendered"));
	assert_non_null(strstr(sb.ptr, "objects     1 ClusterRole, 1 ConfigMap, 1 Deployment"));
	assert_non_null(strstr(sb.ptr, "image       busybox:1.36\n    image       nginx:1.27"));
	assert_non_null(strstr(sb.ptr, "timeout=9m30s"));
	fx_sb_clear(&sb);
	fx_emit_plan(ctx->arena, &sb, &c, 1, FX_EMIT_JSON);
	assert_non_null(strstr(sb.ptr, "\"formatVersion\": 1"));
	assert_non_null(strstr(sb.ptr, "\"images\": [\"busybox:1.36\", \"nginx:1.27\"]"));
	fx_sb_clear(&sb);
	fx_emit_graph(ctx->arena, &sb, &c, 1, FX_EMIT_MERMAID);
	assert_non_null(strstr(sb.ptr, "flowchart LR"));
	fx_sb_clear(&sb);
	fx_emit_graph(ctx->arena, &sb, &c, 1, FX_EMIT_JSON);
	assert_non_null(strstr(sb.ptr, "\"id\": \"Kustomization/flux-system/a\""));
	fx_sb_dispose(&sb);

	fx_graph_free(g);
	fx_vfs_free(fs);
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_effective_timeout),
		cmocka_unit_test(test_json_str),
		cmocka_unit_test(test_tree_plan_graph),
	};
	return FX_RUN_TESTS("output", tests);
}
