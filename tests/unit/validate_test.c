/* Unit tests for src/validate: structural checks and duplicates. */
#include "validate/validate.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static fx_node *load(fx_ctx *ctx, const char *name, const char *src)
{
	fx_node *n = NULL;
	fx_yaml_opts o = {.schema = FX_YAML_SCHEMA_KYAML};
	uint32_t f = fx_src_add(ctx, name);
	assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, f, src, strlen(src), &o, &n), 0);
	return n;
}

/* All diagnostics, one per line, formatted. */
static char *diags(fx_ctx *ctx)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < fx_diag_count(ctx); i++) {
		fx_diag_format(ctx, fx_diag_at(ctx, i), &sb);
		if (sb.len && sb.ptr[sb.len - 1] != '\n')
			fx_sb_addc(&sb, '\n');
	}
	return fx_sb_detach(&sb);
}

static const struct {
	const char *doc;
	bool ks;          /* applied by a Kustomization */
	int errors;       /* errors returned */
	size_t warnings;  /* warnings recorded */
	const char *code; /* code of the first diagnostic, or NULL */
	const char *frag; /* fragment of the output, or NULL */
} rows[] = {
	/* identity */
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: default\n", true, 0,
	 0, NULL, NULL},
	{"- a\n", false, 1, 0, "FX7001", "document is not a mapping"},
	{"kind: ConfigMap\nmetadata: {name: x}\n", false, 1, 0, "FX7002",
	 "t.yaml:1:1: error: /apiVersion: missing property 'apiVersion'"},
	{"apiVersion: v1\nmetadata: {name: x}\n", false, 1, 0, "FX7003", "missing property 'kind'"},
	{"apiVersion: v1\nkind: 3\nmetadata: {name: x}\n", false, 1, 0, "FX7003",
	 "t.yaml:2:7: error: /kind: must be a non-empty string"},
	{"apiVersion: ''\nkind: ''\n", false, 2, 0, "FX7002", NULL},
	{"apiVersion: a/b/c\nkind: X\nmetadata: {name: x}\n", false, 1, 0, "FX7004",
	 "malformed apiVersion 'a/b/c'"},
	{"apiVersion: /v1\nkind: X\nmetadata: {name: x}\n", false, 1, 0, "FX7004", NULL},
	{"apiVersion: v1\nkind: ConfigMap\n", false, 1, 0, "FX7006", "missing property 'metadata'"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata: [a]\n", false, 1, 0, "FX7005",
	 "/metadata: must be a mapping"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {a: b}\n", false, 1, 0, "FX7006",
	 "t.yaml:3:1: error: /metadata: missing property 'name' or 'generateName'"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ''\n", false, 1, 0, "FX7006", NULL},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 12\n", false, 1, 0, "FX7301",
	 "/metadata/name: must be a string, got"},
	{"apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\n  namespace: x\n", false, 0,
	 0, NULL, NULL},
	{"apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\n  namespace: x\n", true, 1, 0,
	 "FX7007", "metadata.generateName without metadata.name cannot be applied by a Kustomization"},
	{"apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: Web-\n  namespace: x\n", false, 1,
	 0, "FX7302", "invalid generateName 'Web-'"},
	/* names per kind */
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: My_Config\n", false, 1, 0, "FX7301",
	 "t.yaml:4:9: error: /metadata/name: invalid name 'My_Config': a lowercase RFC 1123 "
	 "subdomain: must match regex"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a.b.c-d\n", false, 0, 0, NULL, NULL},
	{"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a.b\n", false, 1, 0, "FX7301",
	 "a lowercase RFC 1123 label"},
	{"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "
	 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
	 false, 1, 0, "FX7301", "must be no more than 63 characters"},
	{"apiVersion: v1\nkind: Service\nmetadata:\n  name: 1web\n  namespace: x\n", false, 1, 0,
	 "FX7301", "DNS-1035"},
	{"apiVersion: v1\nkind: Service\nmetadata:\n  name: web-1\n  namespace: x\n", false, 0, 0,
	 NULL, NULL},
	{"apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db.x\n  namespace: x\n", false,
	 1, 0, "FX7301", "label"},
	{"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web.v2\n  namespace: x\n", false,
	 0, 1, "FX7310", "a DNS label is recommended"},
	{"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: "
	 "system:controller:Foo\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: a/b\n",
	 false, 1, 0, "FX7301", "may not contain '/'"},
	{"apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: '..'\n  "
	 "namespace: x\n",
	 false, 1, 0, "FX7301", "may not be '..'"},
	{"apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: "
	 "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc\n  namespace: x\n",
	 false, 1, 0, "FX7301", "no more than 52"},
	{"apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: "
	 "widgets.example.com\nspec:\n  group: example.com\n  names: {plural: widgets}\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: "
	 "widget.example.com\nspec:\n  group: example.com\n  names: {plural: widgets}\n",
	 false, 1, 0, "FX7301", "('widgets.example.com')"},
	{"apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata:\n  name: "
	 "v1beta1.metrics.k8s.io\nspec:\n  group: metrics.k8s.io\n  version: v1beta1\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: system-foo\n",
	 false, 1, 0, "FX7301", "reserved"},
	{"apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: "
	 "system-node-critical\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: networking.k8s.io/v1\nkind: IPAddress\nmetadata:\n  name: 10.0.0.1\n", false,
	 0, 0, NULL, NULL},
	{"apiVersion: networking.k8s.io/v1\nkind: IPAddress\nmetadata:\n  name: 010.0.0.1\n", false,
	 1, 0, "FX7301", "canonical form"},
	{"apiVersion: networking.k8s.io/v1\nkind: IPAddress\nmetadata:\n  name: "
	 "'2001:db8:0:0:0:0:0:1'\n",
	 false, 1, 0, "FX7301", "canonical form"},
	/* a custom resource named like a built-in kind follows the default rule */
	{"apiVersion: example.com/v1\nkind: Namespace\nmetadata:\n  name: a.b\n", false, 0, 0, NULL,
	 NULL},
	/* namespace and scope */
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: Prod_1\n", false, 1,
	 0, "FX7303", "invalid namespace 'Prod_1'"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", true, 1, 0, "FX7401",
	 "ConfigMap/x namespace not specified"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", false, 0, 0, NULL, NULL},
	{"apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n", true, 0, 0, NULL, NULL},
	{"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: x\n",
	 true, 1, 0, "FX7401", NULL},
	{"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  namespace: default\n", true, 0,
	 1, "FX7402", "cluster-scoped Namespace has metadata.namespace default (ignored by the API server)"},
	{"apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: x\n", true,
	 0, 0, NULL, NULL},
	/* labels and annotations */
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    "
	 "app.kubernetes.io/name: web\n    tier: ''\n    a_b.c-d: X.y_z\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a/b/c: x\n", false, 1,
	 0, "FX7304", "/metadata/labels/a~1b~1c: key: a valid label key must have at most one '/'"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    Example.com/x: y\n",
	 false, 1, 0, "FX7304", "prefix part"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    /x: y\n", false, 1,
	 0, "FX7304", "prefix part must be non-empty"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    x/: y\n", false, 1,
	 0, "FX7304", "name part must be non-empty"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    -x: y\n", false, 1,
	 0, "FX7304", "name part must consist"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    x: -y\n", false, 1, 0,
	 "FX7305", "t.yaml:6:8: error: /metadata/labels/x: invalid label value '-y'"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    x: "
	 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
	 false, 1, 0, "FX7305", "no more than 63"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a]\n", false, 1, 0,
	 "FX7304", "must be a mapping"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    "
	 "Example.COM/Some-Thing: anything goes here { }\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    'a b': x\n",
	 false, 1, 0, "FX7306", "/metadata/annotations/a b: key: name part must consist"},
	/* finalizers */
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  finalizers: [kubernetes, "
	 "example.com/cleanup]\n",
	 false, 0, 0, NULL, NULL},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  finalizers: [cleanup]\n", false,
	 0, 1, "FX7308", "prefer a domain-qualified finalizer name"},
	{"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  finalizers: ['a b']\n", false, 1,
	 0, "FX7308", "invalid finalizer 'a b'"},
	/* lists */
	{"apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: "
	 "{name: A}\n- 3\n",
	 false, 2, 0, "FX7301", "FX7009"},
	{"apiVersion: v1\nkind: ConfigMapList\nitems: []\n", false, 0, 0, NULL, NULL},
};

static void test_object_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_ctx *ctx = fx_ctx_new();
		fx_node *obj = load(ctx, "t.yaml", rows[i].doc);
		fx_validate_opts o = {.applied_by_kustomization = rows[i].ks};
		int errs = fx_validate_object_opts(ctx, obj, &o);
		char *out = diags(ctx);
		size_t warns = fx_diag_count(ctx) - fx_diag_errors(ctx);
		bool ok = errs == rows[i].errors && (size_t)errs == fx_diag_errors(ctx) &&
			  warns == rows[i].warnings;
		if (rows[i].code)
			ok = ok && fx_diag_count(ctx) > 0 &&
			     strcmp(fx_diag_at(ctx, 0)->code, rows[i].code) == 0;
		if (rows[i].frag)
			ok = ok && strstr(out, rows[i].frag) != NULL;
		if (!ok)
			fprintf(stderr, "# row %zu: %d errors, %zu warnings:\n%s", i, errs, warns, out);
		assert_true(ok);
		free(out);
		fx_ctx_free(ctx);
	}
}

static void test_predicates(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		bool label, l1035, sub, qual, value;
	} rows[] = {
		{"a", true, true, true, true, true},
		{"1a", true, false, true, true, true},
		{"a-", false, false, false, false, false},
		{"a.b", false, false, true, true, true},
		{"a..b", false, false, false, true, true},
		{"A", false, false, false, true, true},
		{"", false, false, false, false, true},
		{"example.com/name", false, false, false, true, false},
		{"a_b", false, false, false, true, true},
		{".a", false, false, false, false, false},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *s = rows[i].s;
		size_t n = strlen(s);
		if (fx_validate_is_dns_label(s, n) != rows[i].label ||
		    fx_validate_is_dns1035_label(s, n) != rows[i].l1035 ||
		    fx_validate_is_dns_subdomain(s, n) != rows[i].sub ||
		    fx_validate_is_qualified_name(s, n) != rows[i].qual ||
		    fx_validate_is_label_value(s, n) != rows[i].value)
			fprintf(stderr, "# predicates of '%s'\n", s);
		assert_int_equal(fx_validate_is_dns_label(s, n), rows[i].label);
		assert_int_equal(fx_validate_is_dns1035_label(s, n), rows[i].l1035);
		assert_int_equal(fx_validate_is_dns_subdomain(s, n), rows[i].sub);
		assert_int_equal(fx_validate_is_qualified_name(s, n), rows[i].qual);
		assert_int_equal(fx_validate_is_label_value(s, n), rows[i].value);
	}
	char big[300];
	memset(big, 'a', sizeof big);
	assert_true(fx_validate_is_dns_subdomain(big, 253));
	assert_false(fx_validate_is_dns_subdomain(big, 254));
	assert_true(fx_validate_is_dns_label(big, 63));
	assert_false(fx_validate_is_dns_label(big, 64));
	assert_int_equal(fx_validate_kind_scope("", "Namespace"), 1);
	assert_int_equal(fx_validate_kind_scope("apps", "Deployment"), 0);
	assert_int_equal(fx_validate_kind_scope("example.com", "Widget"), -1);
	assert_int_equal(fx_validate_kind_scope("gateway.networking.k8s.io", "GatewayClass"), 1);
	assert_int_equal(fx_validate_group_len("apps/v1"), 4);
	assert_int_equal(fx_validate_group_len("v1"), 0);
}

static void test_annotations_size(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_adds(&sb, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n");
	for (int i = 0; i < 3; i++) {
		fx_sb_addf(&sb, "    k%d: '", i);
		fx_sb_addrep(&sb, 'x', 100000);
		fx_sb_adds(&sb, "'\n");
	}
	fx_node *obj = load(ctx, "big.yaml", fx_sb_cstr(&sb));
	assert_int_equal(fx_validate_object(ctx, obj), 1);
	assert_string_equal(fx_diag_at(ctx, 0)->code, "FX7307");
	fx_sb_dispose(&sb);
	fx_ctx_free(ctx);
}

static void test_unique(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *objs[7];
	objs[0] = load(ctx, "apps/cm.yaml",
		       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: default\n");
	objs[1] = load(ctx, "infra/cm.yaml",
		       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: default\n  name: x\n");
	/* different kind, same name: not a duplicate */
	objs[2] = load(ctx, "infra/secret.yaml",
		       "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n  namespace: default\n");
	/* version ignored */
	objs[3] = load(ctx, "a/hpa.yaml",
		       "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  "
		       "name: h\n  namespace: n\n");
	objs[4] = load(ctx, "b/hpa.yaml",
		       "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  "
		       "name: h\n  namespace: n\n");
	/* cluster-scoped: the namespace does not count */
	objs[5] = load(ctx, "a/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n");
	objs[6] = load(ctx, "b/list.yaml",
		       "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  "
		       "metadata: {name: prod, namespace: default}\n");
	const char *owners[7] = {
		"Kustomization/flux-system/apps", "Kustomization/flux-system/infra",
		"Kustomization/flux-system/infra", "Kustomization/flux-system/a",
		"Kustomization/flux-system/a",    NULL,
		"HelmRelease/x/y",
	};
	assert_int_equal(fx_validate_unique(ctx, objs, 7, owners), 3);
	char *out = diags(ctx);
	const char *want =
		"infra/cm.yaml:5:9: error: /metadata/name: duplicate object ConfigMap/default/x, "
		"emitted by both Kustomization/flux-system/apps and "
		"Kustomization/flux-system/infra [FX7403]\n"
		"apps/cm.yaml:4:9: note: first defined here\n";
	if (!strstr(out, want))
		fprintf(stderr, "# got:\n%s", out);
	assert_non_null(strstr(out, want));
	if (!strstr(out, "b/list.yaml:6:20"))
		fprintf(stderr, "# got:\n%s", out);
	assert_non_null(strstr(out, "duplicate object HorizontalPodAutoscaler/n/h, emitted twice by "
				    "Kustomization/flux-system/a"));
	assert_non_null(strstr(out, "b/list.yaml:6:20: error: /metadata/name: duplicate object "
				    "Namespace/prod [FX7403]"));
	free(out);
	assert_int_equal(fx_validate_unique(ctx, objs, 3, NULL), 1);
	fx_strbuf id = FX_STRBUF_INIT;
	fx_validate_identity(objs[0], &id);
	assert_string_equal(fx_sb_cstr(&id), "ConfigMap/default/x");
	fx_sb_clear(&id);
	fx_validate_identity(objs[5], &id);
	assert_string_equal(fx_sb_cstr(&id), "Namespace/prod");
	fx_sb_dispose(&id);
	fx_ctx_free(ctx);
}

static void test_crd_scopes(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *objs[4];
	objs[0] = load(ctx, "crds.yaml",
		       "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
		       "metadata: {name: widgets.example.com}\nspec:\n  group: example.com\n"
		       "  scope: Cluster\n  names: {kind: Widget, plural: widgets}\n");
	objs[1] = load(ctx, "crds2.yaml",
		       "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
		       "metadata: {name: gadgets.example.com}\nspec:\n  group: example.com\n"
		       "  scope: Namespaced\n  names: {kind: Gadget, plural: gadgets}\n");
	objs[2] = load(ctx, "w.yaml",
		       "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: a}\n");
	objs[3] = load(ctx, "g.yaml", "apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n");
	fx_strmap *scopes = fx_strmap_new();
	fx_validate_collect_scopes(objs, 4, scopes);
	assert_int_equal(fx_strmap_len(scopes), 2);
	fx_validate_opts o = {.applied_by_kustomization = true, .scopes = scopes};
	assert_int_equal(fx_validate_object_opts(ctx, objs[2], &o), 0);
	assert_int_equal(fx_diag_count(ctx), 1);
	assert_string_equal(fx_diag_at(ctx, 0)->code, "FX7402");
	assert_int_equal(fx_validate_object_opts(ctx, objs[3], &o), 1);
	assert_string_equal(fx_diag_at(ctx, 1)->code, "FX7401");
	/* without the CRDs nothing is known about either kind */
	fx_validate_opts bare = {.applied_by_kustomization = true};
	assert_int_equal(fx_validate_object_opts(ctx, objs[3], &bare), 0);
	assert_int_equal(fx_diag_count(ctx), 2);
	/* cluster-scoped: the namespace is not part of the identity */
	fx_node *w2 = load(ctx, "w2.yaml",
			   "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: b}\n");
	fx_node *pair[2] = {objs[2], w2};
	assert_int_equal(fx_validate_unique_scoped(ctx, pair, 2, NULL, scopes), 1);
	assert_int_equal(fx_validate_unique(ctx, pair, 2, NULL), 0);
	fx_strmap_free(scopes);
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_object_table),
		cmocka_unit_test(test_predicates),
		cmocka_unit_test(test_annotations_size),
		cmocka_unit_test(test_unique),
		cmocka_unit_test(test_crd_scopes),
	};
	return FX_RUN_TESTS("validate", tests);
}
