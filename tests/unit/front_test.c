/* Unit tests for src/front: recognition, parsing, API validation rules. */
#include "front/front.h"
#include "tap.h"

#include <stdio.h>
#include <string.h>

static fx_flux_obj *parse(fx_ctx *ctx, const char *yaml, int *rc_out)
{
	fx_node *doc = NULL;
	uint32_t file = fx_src_add(ctx, "obj.yaml");
	assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, file, yaml, strlen(yaml), NULL, &doc), 0);
	fx_flux_obj *o = NULL;
	*rc_out = fx_front_parse(ctx, ctx->arena, doc, NULL, &o);
	return o;
}

/* The first diagnostic containing `needle`, or NULL. */
static const fx_diag *find_diag(fx_ctx *ctx, const char *needle)
{
	for (size_t i = 0; i < fx_diag_count(ctx); i++)
		if (strstr(fx_diag_at(ctx, i)->msg, needle))
			return fx_diag_at(ctx, i);
	return NULL;
}

static void test_classify(void **state)
{
	(void)state;
	static const struct {
		const char *av, *kind;
		fx_flux_kind want;
	} rows[] = {
		{"kustomize.toolkit.fluxcd.io/v1", "Kustomization", FX_FLUX_KUSTOMIZATION},
		{"kustomize.toolkit.fluxcd.io/v1beta2", "Kustomization", FX_FLUX_KUSTOMIZATION},
		{"kustomize.config.k8s.io/v1beta1", "Kustomization", FX_FLUX_NONE},
		{"helm.toolkit.fluxcd.io/v2beta1", "HelmRelease", FX_FLUX_HELMRELEASE},
		{"source.toolkit.fluxcd.io/v1", "GitRepository", FX_FLUX_GITREPOSITORY},
		{"source.toolkit.fluxcd.io/v1beta2", "OCIRepository", FX_FLUX_OCIREPOSITORY},
		{"source.toolkit.fluxcd.io/v1", "HelmChart", FX_FLUX_HELMCHART},
		{"source.toolkit.fluxcd.io/v1", "Bucket", FX_FLUX_BUCKET},
		{"notification.toolkit.fluxcd.io/v1beta3", "Alert", FX_FLUX_ALERT},
		{"notification.toolkit.fluxcd.io/v1", "Receiver", FX_FLUX_RECEIVER},
		{"image.toolkit.fluxcd.io/v1", "ImagePolicy", FX_FLUX_IMAGEPOLICY},
		{"v1", "ConfigMap", FX_FLUX_NONE},
		{"apps/v1", "Kustomization", FX_FLUX_NONE},
		{"source.toolkit.fluxcd.io/v1", "Kustomization", FX_FLUX_NONE},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(fx_front_classify(rows[i].av, rows[i].kind), rows[i].want);
}

static void test_names(void **state)
{
	(void)state;
	assert_true(fx_front_is_dns1123_subdomain("flux-system"));
	assert_true(fx_front_is_dns1123_subdomain("a.b-c.d"));
	assert_false(fx_front_is_dns1123_subdomain("Bad_Name"));
	assert_false(fx_front_is_dns1123_subdomain("-a"));
	assert_false(fx_front_is_dns1123_subdomain("a..b"));
	assert_false(fx_front_is_dns1123_subdomain(""));
	assert_true(fx_front_is_dns1123_label("podinfo"));
	assert_false(fx_front_is_dns1123_label("a.b"));
	char long_label[80];
	memset(long_label, 'a', 64);
	long_label[64] = '\0';
	assert_false(fx_front_is_dns1123_label(long_label));
	assert_true(fx_front_is_dns1123_subdomain(long_label));
}

static void test_durations(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		bool hours, want;
	} rows[] = {
		{"10m", true, true},   {"1h30m", true, true}, {"1.5s", true, true},
		{"500ms", true, true}, {"1h", false, false},  {"10 minutes", true, false},
		{"", true, false},     {"5", true, false},    {"1.s", true, false},
		{"10m0s", true, true},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(fx_front_is_duration(rows[i].s, rows[i].hours), rows[i].want);
}

static void test_kustomization_fields(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	int rc;
	fx_flux_obj *o = parse(ctx,
			       "apiVersion: kustomize.toolkit.fluxcd.io/v1\n"
			       "kind: Kustomization\n"
			       "metadata:\n  name: apps\n  namespace: flux-system\n"
			       "spec:\n"
			       "  interval: 10m\n"
			       "  prune: true\n"
			       "  path: ./apps\n"
			       "  sourceRef:\n    kind: GitRepository\n    name: flux-system\n"
			       "  dependsOn:\n"
			       "    - name: infra\n"
			       "    - name: db\n      namespace: data\n      readyExpr: dep.ok\n"
			       "  postBuild:\n    substitute:\n      a: b\n",
			       &rc);
	assert_int_equal(rc, 0);
	assert_non_null(o);
	assert_int_equal(o->kind, FX_FLUX_KUSTOMIZATION);
	assert_string_equal(o->name, "apps");
	assert_string_equal(o->namespace, "flux-system");
	assert_string_equal(o->path, "./apps");
	assert_int_equal(o->prune, 1);
	assert_string_equal(o->interval, "10m");
	assert_string_equal(o->source_ref.kind, "GitRepository");
	assert_string_equal(o->source_ref.namespace, "flux-system");
	assert_false(o->source_ref.ns_explicit);
	assert_int_equal(o->n_deps, 2);
	assert_string_equal(o->deps[0].namespace, "flux-system");
	assert_string_equal(o->deps[1].namespace, "data");
	assert_string_equal(o->deps[1].ready_expr, "dep.ok");
	assert_int_equal(o->deps[1].loc.line, 15);
	assert_non_null(o->post_build);
	assert_int_equal(fx_diag_count(ctx), 0);
	fx_ctx_free(ctx);
}

static void test_kustomization_rules(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	int rc;
	fx_flux_obj *o = parse(ctx,
			       "apiVersion: kustomize.toolkit.fluxcd.io/v1\n"
			       "kind: Kustomization\n"
			       "metadata:\n  name: Bad_Name\n  namespace: flux-system\n"
			       "spec:\n"
			       "  interval: 10 minutes\n"
			       "  sourceRef:\n    kind: GitRepo\n    name: x\n"
			       "  deletionPolicy: Sometimes\n"
			       "  kubeConfig:\n    secretRef:\n      name: a\n    configMapRef:\n      name: b\n",
			       &rc);
	assert_int_equal(rc, FX_EFAIL);
	assert_true(o->invalid);
	const fx_diag *d = find_diag(ctx, "metadata.name 'Bad_Name'");
	assert_non_null(d);
	assert_int_equal(d->loc.line, 4);
	assert_int_equal(d->loc.col, 9);
	d = find_diag(ctx, "spec.interval '10 minutes' is not a valid duration");
	assert_non_null(d);
	assert_int_equal(d->loc.line, 7);
	d = find_diag(ctx, "spec.prune is required");
	assert_non_null(d);
	d = find_diag(ctx, "spec.sourceRef.kind 'GitRepo' is not one of");
	assert_non_null(d);
	assert_int_equal(d->loc.line, 9);
	assert_non_null(find_diag(ctx, "spec.deletionPolicy 'Sometimes'"));
	assert_non_null(find_diag(ctx, "exactly one of spec.kubeConfig.configMapRef"));
	fx_ctx_free(ctx);
}

static void test_legacy_and_helmrelease(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	int rc;
	fx_flux_obj *o = parse(ctx,
			       "apiVersion: helm.toolkit.fluxcd.io/v2beta1\n"
			       "kind: HelmRelease\n"
			       "metadata:\n  name: web\n  namespace: apps\n"
			       "spec:\n"
			       "  interval: 5m\n"
			       "  chart:\n    spec:\n      chart: podinfo\n      version: 6.x\n"
			       "      sourceRef:\n        kind: HelmRepository\n        name: podinfo\n"
			       "  dependsOn:\n    - name: redis\n",
			       &rc);
	assert_int_equal(rc, 0);
	assert_true(o->legacy_version);
	assert_non_null(find_diag(ctx, "apiVersion helm.toolkit.fluxcd.io/v2beta1 is no longer served"));
	assert_string_equal(o->chart, "podinfo");
	assert_string_equal(o->chart_ref.kind, "HelmRepository");
	assert_string_equal(o->chart_ref.namespace, "apps");
	assert_int_equal(o->n_deps, 1);
	fx_ctx_free(ctx);

	ctx = fx_ctx_new();
	o = parse(ctx,
		  "apiVersion: helm.toolkit.fluxcd.io/v2\n"
		  "kind: HelmRelease\n"
		  "metadata:\n  name: web\n  namespace: apps\n"
		  "spec:\n  interval: 5m\n  install:\n    skipCRDs: true\n",
		  &rc);
	assert_int_equal(rc, FX_EFAIL);
	assert_non_null(find_diag(ctx, "either chart or chartRef must be set"));
	const fx_diag *d = find_diag(ctx, "spec.install.skipCRDs is deprecated");
	assert_non_null(d);
	assert_int_equal(d->sev, FX_SEV_WARNING);
	assert_int_equal(d->loc.line, 9);
	assert_non_null(strstr(d->msg, "read as spec.install.crds: Skip"));
	fx_ctx_free(ctx);
}

static void test_other_kinds(void **state)
{
	(void)state;
	static const struct {
		const char *yaml;
		const char *needle; /* NULL: valid */
	} rows[] = {
		{"apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: a, namespace: b}\n"
		 "spec: {interval: 1m, url: 'ftp://x'}\n",
		 "spec.url 'ftp://x' must match"},
		{"apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: a, namespace: b}\n"
		 "spec: {interval: 1m, url: 'https://x', ref: {tag: v1}}\n",
		 NULL},
		{"apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata: {name: a, namespace: b}\n"
		 "spec: {interval: 1m, url: 'oci://x', timeout: 1h}\n",
		 "spec.timeout '1h' is not a valid duration"},
		{"apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata: {name: a, namespace: b}\n"
		 "spec: {url: 'https://x', type: git}\n",
		 "spec.type 'git' is not one of"},
		{"apiVersion: source.toolkit.fluxcd.io/v1\nkind: Bucket\nmetadata: {name: a, namespace: b}\n"
		 "spec: {interval: 1m, endpoint: s3.example.com}\n",
		 "spec.bucketName is required"},
		{"apiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Provider\nmetadata: {name: a, namespace: b}\n"
		 "spec: {type: pigeon}\n",
		 "spec.type 'pigeon' is not one of"},
		{"apiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nmetadata: {name: a, namespace: b}\n"
		 "spec: {providerRef: {name: slack}, eventSources: [{kind: Pod, name: x}]}\n",
		 "spec.eventSources[0].kind 'Pod'"},
		{"apiVersion: notification.toolkit.fluxcd.io/v1\nkind: Receiver\nmetadata: {name: a, namespace: b}\n"
		 "spec: {type: github, resources: [{kind: GitRepository, name: x}]}\n",
		 "secretRef is required when type is not generic-oidc"},
		{"apiVersion: image.toolkit.fluxcd.io/v1\nkind: ImageRepository\nmetadata: {name: a, namespace: b}\n"
		 "spec: {image: ghcr.io/x/y, interval: 5m}\n",
		 NULL},
		{"apiVersion: image.toolkit.fluxcd.io/v1\nkind: ImagePolicy\nmetadata: {name: a, namespace: b}\n"
		 "spec: {imageRepositoryRef: {name: a}, policy: {semver: {range: '>=1.0.0'}}, interval: 5m}\n",
		 "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'"},
		{"apiVersion: image.toolkit.fluxcd.io/v1\nkind: ImageUpdateAutomation\nmetadata: {name: a, namespace: b}\n"
		 "spec: {sourceRef: {name: repo}, interval: 5m, update: {strategy: Regex}}\n",
		 "spec.update.strategy 'Regex'"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_ctx *ctx = fx_ctx_new();
		int rc;
		fx_flux_obj *o = parse(ctx, rows[i].yaml, &rc);
		assert_non_null(o);
		if (!rows[i].needle) {
			assert_int_equal(rc, 0);
		} else {
			if (!find_diag(ctx, rows[i].needle))
				fprintf(stderr, "# row %zu: no diagnostic '%s'\n", i, rows[i].needle);
			assert_non_null(find_diag(ctx, rows[i].needle));
		}
		fx_ctx_free(ctx);
	}
}

static void test_not_flux(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	int rc;
	fx_flux_obj *o = parse(ctx, "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n", &rc);
	assert_null(o);
	assert_int_equal(rc, FX_ENOTFOUND);
	assert_int_equal(fx_diag_count(ctx), 0);
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classify),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_kustomization_fields),
		cmocka_unit_test(test_kustomization_rules),
		cmocka_unit_test(test_legacy_and_helmrelease),
		cmocka_unit_test(test_other_kinds),
		cmocka_unit_test(test_not_flux),
	};
	return FX_RUN_TESTS("front", tests);
}
