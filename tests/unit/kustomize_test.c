/* Unit tests for src/kustomize: builds over in-memory trees (resources,
 * generated kustomizations, cycles, generators and hashes, transformers,
 * Flux overlay fields, ordering, selectors). */
#include "kustomize/kust.h"
#include "kustomize/kustomize.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_ctx *ctx;
	fx_vfs *fs;
	fx_ptrvec objs;
} fixture;

static void add(fixture *f, const char *path, const char *text)
{
	assert_int_equal(fx_vfs_mem_add(f->fs, path, text, strlen(text)), 0);
}

static void setup(fixture *f)
{
	memset(f, 0, sizeof *f);
	f->ctx = fx_ctx_new();
	f->fs = fx_vfs_new_mem();
}

static void teardown(fixture *f)
{
	fx_ptrvec_dispose(&f->objs);
	fx_vfs_free(f->fs);
	fx_ctx_free(f->ctx);
}

static int build(fixture *f, const char *dir, const fx_kust_opts *opts)
{
	f->objs.len = 0;
	return fx_kust_build(f->ctx, f->ctx->arena, f->fs, dir, opts, &f->objs);
}

static const char *obj_name(fixture *f, size_t i)
{
	return fx_kust__get_name(f->objs.items[i]);
}

static bool diag_has(fixture *f, const char *needle)
{
	for (size_t i = 0; i < fx_diag_count(f->ctx); i++)
		if (strstr(fx_diag_at(f->ctx, i)->msg, needle))
			return true;
	return false;
}

static const char deploy[] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
			     "spec:\n  template:\n    spec:\n      containers:\n      - name: app\n"
			     "        image: nginx:1.0\n        envFrom:\n        - configMapRef:\n"
			     "            name: cfg\n";
static const char svc[] = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
			  "  selector:\n    app: web\n";

/* ------------------------------------------------------------------ */

static void test_resources_and_transformers(void **state)
{
	(void)state;
	fixture f;
	setup(&f);
	add(&f, "base/kustomization.yaml", "resources:\n- deploy.yaml\n- svc.yaml\n");
	add(&f, "base/deploy.yaml", deploy);
	add(&f, "base/svc.yaml", svc);
	add(&f, "app/kustomization.yaml",
	    "resources:\n- ../base\nnamespace: prod\nnamePrefix: p-\ncommonLabels:\n  team: a\n"
	    "images:\n- name: nginx\n  newTag: \"2.0\"\nconfigMapGenerator:\n- name: cfg\n"
	    "  literals:\n  - a=b\n");
	fx_kust_opts o = {.reorder = FX_KUST_REORDER_NONE};
	assert_int_equal(build(&f, "app", &o), 0);
	assert_int_equal(f.objs.len, 3);
	assert_string_equal(obj_name(&f, 0), "p-web");
	assert_string_equal(fx_kust__get_ns(f.objs.items[0]), "prod");
	assert_string_equal(obj_name(&f, 1), "p-web");
	/* the generated ConfigMap: prefix, then the content hash */
	assert_string_equal(obj_name(&f, 2), "p-cfg-4h2mbtbbt6");
	/* name reference followed the rename */
	const fx_node *ref = fx_map_path(f.objs.items[0], "spec", "template", "spec", NULL);
	const fx_node *c = fx_seq_at(fx_map_get(ref, "containers"), 0);
	assert_string_equal(fx_map_get_str(c, "image"), "nginx:2.0");
	const fx_node *cmr = fx_map_get(fx_seq_at(fx_map_get(c, "envFrom"), 0), "configMapRef");
	assert_string_equal(fx_map_get_str(cmr, "name"), "p-cfg-4h2mbtbbt6");
	/* commonLabels reach the selector */
	assert_string_equal(
		fx_map_get_str(fx_map_path(f.objs.items[1], "spec", "selector", NULL), "team"), "a");
	/* legacy order: ConfigMap, Service, Deployment */
	o.reorder = FX_KUST_REORDER_LEGACY;
	assert_int_equal(build(&f, "app", &o), 0);
	assert_string_equal(fx_kust__get_kind(f.objs.items[0]), "ConfigMap");
	assert_string_equal(fx_kust__get_kind(f.objs.items[1]), "Service");
	assert_string_equal(fx_kust__get_kind(f.objs.items[2]), "Deployment");
	teardown(&f);
}

static void test_errors(void **state)
{
	(void)state;
	static const struct {
		const char *files[3][2];
		const char *dir;
		const char *needle;
	} rows[] = {
		{{{"a/kustomization.yaml", "resources:\n- ../b\n"},
		  {"b/kustomization.yaml", "resources:\n- ../a\n"}},
		 "a",
		 "cycle detected"},
		{{{"a/kustomization.yaml", "resources:\n- missing.yaml\n"}}, "a", "no such file"},
		{{{"a/kustomization.yaml", "resources:\n- https://github.com/x/y//z?ref=v1\n"}},
		 "a",
		 "unsupported: remote resource https://github.com/x/y//z?ref=v1"},
		{{{"a/kustomization.yaml", "helmCharts:\n- name: x\n"}}, "a", "unsupported: helmCharts"},
		{{{"a/kustomization.yaml", "resourcez:\n- x.yaml\n"}}, "a", "unknown field"},
		{{{"a/x.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n"}}, "a", "unable to find one of"},
		{{{"a/kustomization.yaml", "resources:\n- ../s/x.yaml\n"},
		  {"s/x.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n"}},
		 "a",
		 "is not in or below"},
		{{{"a/kustomization.yaml", "resources:\n- x.yaml\n- y.yaml\n"},
		  {"a/x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"},
		  {"a/y.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"}},
		 "a",
		 "already registered id: ConfigMap.v1.[noGrp]/x.[noNs]"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fixture f;
		setup(&f);
		for (int j = 0; j < 3 && rows[i].files[j][0]; j++)
			add(&f, rows[i].files[j][0], rows[i].files[j][1]);
		assert_true(build(&f, rows[i].dir, NULL) < 0);
		if (!diag_has(&f, rows[i].needle))
			fail_msg("row %zu: no diagnostic containing '%s'", i, rows[i].needle);
		teardown(&f);
	}
}

static void test_generate_missing(void **state)
{
	(void)state;
	fixture f;
	setup(&f);
	add(&f, "d/b.yaml", svc);
	add(&f, "d/a/deploy.yml", deploy);
	add(&f, "d/sub/kustomization.yaml",
	    "resources:\n- cm.yaml\n");
	add(&f, "d/sub/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
	add(&f, "d/notes.txt", "ignored");
	fx_kust_opts o = {.reorder = FX_KUST_REORDER_NONE, .generate_missing = true};
	assert_int_equal(build(&f, "d", &o), 0);
	/* byte order walk: a/deploy.yml, b.yaml, sub (a kustomization) */
	assert_int_equal(f.objs.len, 3);
	assert_string_equal(fx_kust__get_kind(f.objs.items[0]), "Deployment");
	assert_string_equal(fx_kust__get_kind(f.objs.items[1]), "Service");
	assert_string_equal(fx_kust__get_kind(f.objs.items[2]), "ConfigMap");
	/* a YAML file that is not an object fails the build */
	add(&f, "d/values.yaml", "replicas: 2\n");
	assert_true(build(&f, "d", &o) < 0);
	assert_true(diag_has(&f, "missing kind"));
	teardown(&f);
}

static void test_flux_overlay(void **state)
{
	(void)state;
	fixture f;
	setup(&f);
	add(&f, "app/kustomization.yaml",
	    "resources:\n- deploy.yaml\nnamePrefix: old-\nimages:\n- name: nginx\n  newTag: \"1.1\"\n");
	add(&f, "app/deploy.yaml", deploy);
	add(&f, "app/comp/kustomization.yaml",
	    "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations:\n"
	    "  c: \"yes\"\n");
	fx_node *spec;
	const char *y = "targetNamespace: flux\nnamePrefix: new-\ncomponents:\n- comp\n- gone\n"
			"ignoreMissingComponents: true\nimages:\n- name: nginx\n  newName: a\n"
			"  newTag: v1\n- name: nginx\n  newTag: 1.8.0\n- name: nginx\n  newName: b\n"
			"- name: nginx\n  digest: sha256:X\npatches:\n- patch: |\n    - op: add\n"
			"      path: /metadata/labels\n      value: {p: \"1\"}\n  target:\n"
			"    kind: Deployment\n    name: web\n";
	fx_yaml_opts yo = {0};
	assert_int_equal(fx_yaml_load_one(f.ctx, f.ctx->arena, 0, y, strlen(y), &yo, &spec), 0);
	fx_kust_opts o = {.reorder = FX_KUST_REORDER_NONE, .flux_spec = spec,
			  .load_restrictor = FX_KUST_LOAD_NONE};
	assert_int_equal(build(&f, "app", &o), 0);
	assert_int_equal(f.objs.len, 1);
	const fx_node *d = f.objs.items[0];
	assert_string_equal(fx_kust__get_name(d), "new-web");
	assert_string_equal(fx_kust__get_ns(d), "flux");
	assert_string_equal(fx_map_get_str(fx_map_path(d, "metadata", "labels", NULL), "p"), "1");
	assert_string_equal(fx_map_get_str(fx_map_path(d, "metadata", "annotations", NULL), "c"),
			    "yes");
	const fx_node *c = fx_seq_at(fx_map_path(d, "spec", "template", "spec", "containers", NULL), 0);
	/* images fold into {name: nginx, newName: b, digest: sha256:X} */
	assert_string_equal(fx_map_get_str(c, "image"), "b@sha256:X");
	/* a component that is not local */
	const char *bad = "components:\n- https://example.com/c\n";
	assert_int_equal(fx_yaml_load_one(f.ctx, f.ctx->arena, 0, bad, strlen(bad), &yo, &spec), 0);
	o.flux_spec = spec;
	assert_true(build(&f, "app", &o) < 0);
	assert_true(diag_has(&f, "must be local and relative"));
	teardown(&f);
}

static void test_label_selector(void **state)
{
	(void)state;
	static const struct {
		const char *expr;
		bool want;
	} rows[] = {
		{"app=web", true},     {"app==web", true},	   {"app!=web", false},
		{"app in (a,web)", true}, {"app notin (web)", false}, {"tier", true},
		{"!tier", false},      {"missing!=x", true},	   {"app=web,tier=front", true},
		{"app=web,tier=back", false},
	};
	fx_ctx *ctx = fx_ctx_new();
	fx_kust__build b = {.ctx = ctx, .a = ctx->arena};
	const char *y = "app: web\ntier: front\n";
	fx_node *labels;
	fx_yaml_opts yo = {0};
	assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, 0, y, strlen(y), &yo, &labels), 0);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		bool got = !rows[i].want;
		assert_int_equal(fx_kust__label_selector_match(&b, rows[i].expr, FX_LOC_NONE, labels, &got), 0);
		if (got != rows[i].want)
			fail_msg("'%s': got %d", rows[i].expr, got);
	}
	fx_ctx_free(ctx);
}

static void test_hash(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	const char *y = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n";
	fx_node *cm;
	fx_yaml_opts yo = {0};
	assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, 0, y, strlen(y), &yo, &cm), 0);
	char h[11];
	fx_kust__hash_obj(ctx->arena, cm, h);
	assert_string_equal(h, "4h2mbtbbt6");
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resources_and_transformers),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_generate_missing),
		cmocka_unit_test(test_flux_overlay),
		cmocka_unit_test(test_label_selector),
		cmocka_unit_test(test_hash),
	};
	return FX_RUN_TESTS("kustomize", tests);
}
