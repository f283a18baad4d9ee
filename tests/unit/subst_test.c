/* Unit tests for src/subst: the envsubst evaluator, the glob matcher, name
 * validation, go-yaml v2 key order, and the postBuild pipeline. */
#include "subst/subst_int.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Evaluator                                                            */

typedef struct {
	const char *const *kv; /* name, value, ..., NULL */
} kvset;

static bool kv_lookup(void *ud, const char *name, size_t len, const char **val_out,
		      size_t *len_out)
{
	const kvset *s = ud;
	for (const char *const *p = s->kv; p && p[0]; p += 2) {
		if (strlen(p[0]) == len && memcmp(p[0], name, len) == 0) {
			*val_out = p[1];
			*len_out = strlen(p[1]);
			return true;
		}
	}
	return false;
}

static const char *const VARS[] = {"var", "abc", "empty", "", "path", "/a/b/c.tar.gz",
				   "s", "abcABC123ABCabc", "u", "héllo", NULL};

static void test_eval_table(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		bool strict;
		const char *out; /* NULL: error */
		const char *err;
	} rows[] = {
		{"plain text", false, "plain text", NULL},
		{"${var}", false, "abc", NULL},
		{"$var and $HOME", false, "$var and $HOME", NULL},
		{"$${var}", false, "${var}", NULL},
		{"$$$${var}", false, "$${var}", NULL},
		{"$$${var}", false, "$abc", NULL},
		{"\\${var}", false, "\\abc", NULL},
		{"a}b$", false, "a}b$", NULL},
		{"${#var}", false, "3", NULL},
		{"${#u}", false, "6", NULL},
		{"${var^}", false, "Abc", NULL},
		{"${var^^}", false, "ABC", NULL},
		{"${u^^}", false, "HÉLLO", NULL},
		{"${s,,}", false, "abcabc123abcabc", NULL},
		{"${var,^}", false, "abc", NULL},
		{"${var^^^}", false, NULL, "bad substitution"},
		{"${path:3}", false, "b/c.tar.gz", NULL},
		{"${path:3:1}", false, "b", NULL},
		{"${path:-3}", false, "/a/b/c.tar.gz", NULL}, /* default form */
		{"${path: -3}", false, "/a/b/c.tar.gz", NULL}, /* Atoi(" -3") fails */
		{"${path:-3:2}", false, "/a/b/c.tar.gz", NULL},
		{"${path:1:-1}", false, NULL, "bad substitution"},
		{"${path:100:-1}", false, "", NULL},
		{"${var:x}", false, "abc", NULL},
		{"${var:1:-5}", false, NULL, "bad substitution"},
		{"${missing:=d}", false, "d", NULL},
		{"${empty:-d}", false, "d", NULL},
		{"${empty=d}", false, "d", NULL},
		{"${var:+alt}", false, "abc", NULL},
		{"${missing:?msg}", true, "msg", NULL},
		{"${var==x}", false, "abc", NULL},
		{"${missing==x}", false, "=x", NULL},
		{"${missing:=a${var}b}", false, "aabcb", NULL},
		{"${missing:=$${var}}", false, "$abc", NULL},
		{"${s/abc/X}", false, "XABC123ABCabc", NULL},
		{"${s//abc/X}", false, "XABC123ABCX", NULL},
		{"${s/#abc/X}", false, "XABC123ABCabc", NULL},
		{"${s/%abc/X}", false, "abcABC123ABCX", NULL},
		{"${s/#abc/}", false, "abcABC123ABCabc", NULL},
		{"${s//abc}", false, NULL, "bad substitution"}, /* '}' is pattern text */
		{"${s//abc/}", false, "ABC123ABC", NULL},
		{"${path/\\//-}", false, "-a/b/c.tar.gz", NULL},
		{"${path//\\//-}", false, "-a-b-c.tar.gz", NULL},
		{"${path#*/}", false, "a/b/c.tar.gz", NULL},
		{"${path##*/}", false, "c.tar.gz", NULL},
		{"${path%.*}", false, "/a/b/c.tar", NULL},
		{"${path%%.*}", false, "/a/b/c", NULL},
		{"${var%[a-c]}", false, "abc", NULL},
		{"${var#[a-c]}", false, "bc", NULL},
		{"${var#[}", false, "abc", NULL},
		{"${missing}", true, NULL, "variable not set (strict mode): \"missing\""},
		{"${#missing}", true, NULL, "variable not set (strict mode): \"missing\""},
		{"${missing}", false, "", NULL},
		{"${var:=${nested}}", true, NULL, "variable not set (strict mode): \"nested\""},
		{"${var-default}", false, NULL, "missing closing brace"},
		{"${var+x}", false, NULL, "missing closing brace"},
		{"${a.b}", false, NULL, "missing closing brace"},
		{"${}", false, NULL, "unable to parse variable name"},
		{"${ var}", false, NULL, "unable to parse variable name"},
		{"${#}", false, NULL, "bad substitution"},
		{"${var", false, NULL, "missing closing brace"},
		{"${var:=abc", false, NULL, "unable to parse substitution within function"},
		{"${var#}", false, NULL, "unable to parse substitution within function"},
		{"${var:}", false, NULL, "unable to parse substitution within function"},
		{"${1abc}", false, "", NULL},
		{"${vär}", false, "", NULL},
		{"a\0b", false, "a", NULL},
	};
	kvset s = {VARS};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_strbuf out = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
		fx_envsubst_env env = {.strict = rows[i].strict, .lookup = kv_lookup, .ud = &s};
		size_t len = strlen(rows[i].in);
		if (strcmp(rows[i].in, "a") == 0)
			len = 3; /* the row with a NUL byte */
		int rc = fx_envsubst_eval(&out, &err, rows[i].in, len, &env);
		if (rows[i].out) {
			if (rc != 0 || strcmp(fx_sb_cstr(&out), rows[i].out) != 0)
				fail_msg("row %zu '%s': got rc %d '%s' err '%s'", i, rows[i].in, rc,
					 fx_sb_cstr(&out), fx_sb_cstr(&err));
		} else {
			if (rc == 0 || strcmp(fx_sb_cstr(&err), rows[i].err) != 0)
				fail_msg("row %zu '%s': expected error '%s', got rc %d '%s' '%s'", i,
					 rows[i].in, rows[i].err, rc, fx_sb_cstr(&out),
					 fx_sb_cstr(&err));
			assert_int_equal(out.len, 0);
		}
		fx_sb_dispose(&out);
		fx_sb_dispose(&err);
	}
}

static void test_eval_deep_nesting(void **state)
{
	(void)state;
	fx_strbuf in = FX_STRBUF_INIT, out = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
	for (int i = 0; i < 5000; i++)
		fx_sb_adds(&in, "${a:=");
	fx_envsubst_env env = {0};
	assert_int_not_equal(fx_envsubst_eval(&out, &err, in.ptr, in.len, &env), 0);
	assert_non_null(strstr(fx_sb_cstr(&err), "bad substitution"));
	fx_sb_clear(&in);
	for (int i = 0; i < 100; i++)
		fx_sb_adds(&in, "${a:=");
	fx_sb_adds(&in, "x");
	for (int i = 0; i < 100; i++)
		fx_sb_adds(&in, "}");
	fx_sb_clear(&err);
	assert_int_equal(fx_envsubst_eval(&out, &err, in.ptr, in.len, &env), 0);
	assert_string_equal(fx_sb_cstr(&out), "x");
	assert_int_equal(fx_envsubst_check(NULL, in.ptr, in.len), 0);
	fx_sb_dispose(&in);
	fx_sb_dispose(&out);
	fx_sb_dispose(&err);
}

static void test_glob(void **state)
{
	(void)state;
	static const struct {
		const char *pat, *name;
		int want;
	} rows[] = {
		{"*", "a/b", 1},    {"a*", "abc", 1},     {"a*c", "abc", 1},   {"a*d", "abc", 0},
		{"?", "é", 1},      {"??", "é", 0},       {"[a-c]", "b", 1},   {"[^a-c]", "b", 0},
		{"[\\]]", "]", 1},  {"\\*", "*", 1},      {"\\*", "a", 0},     {"[", "a", -1},
		{"a[", "b", 0},     {"[]", "a", -1},      {"[a-]", "a", -1},   {"*.", "a.b.", 1},
		{"\\", "a", -1},    {"", "", 1},          {"", "a", 0},        {"*/", "a/b/", 1},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int got = fx_subst__glob_match(rows[i].pat, strlen(rows[i].pat), rows[i].name,
					       strlen(rows[i].name));
		if (got != rows[i].want)
			fail_msg("glob '%s' on '%s': got %d want %d", rows[i].pat, rows[i].name,
				 got, rows[i].want);
	}
}

static void test_varname(void **state)
{
	(void)state;
	assert_true(fx_subst_varname_valid("a", 1));
	assert_true(fx_subst_varname_valid("_a1", 3));
	assert_true(fx_subst_varname_valid("CLUSTER_NAME", 12));
	assert_false(fx_subst_varname_valid("1a", 2));
	assert_false(fx_subst_varname_valid("a-b", 3));
	assert_false(fx_subst_varname_valid("a.b", 3));
	assert_false(fx_subst_varname_valid("", 0));
	assert_false(fx_subst_varname_valid("vär", 4));
}

static int ncmp(const char *a, const char *b)
{
	return fx_subst__natural_cmp(a, strlen(a), b, strlen(b));
}

static void test_natural_order(void **state)
{
	(void)state;
	assert_true(ncmp("a9", "a10") < 0);
	assert_true(ncmp("a10", "a9") > 0);
	assert_true(ncmp("a1", "a01") < 0);
	assert_true(ncmp("_x", "a") < 0);  /* non-letter before letter */
	assert_true(ncmp("B", "a") < 0);   /* letters by code point */
	assert_true(ncmp("abc", "abcd") < 0);
	assert_int_equal(ncmp("same", "same"), 0);
}

/* ------------------------------------------------------------------ */
/* Pipeline                                                             */

typedef struct {
	fx_ctx *ctx;
	fx_ptrvec cluster; /* ConfigMaps / Secrets available to lookups */
} fixture;

static const fx_node *find(void *ud, const char *kind, const char *ns, const char *name)
{
	fixture *f = ud;
	for (size_t i = 0; i < f->cluster.len; i++) {
		const fx_node *o = f->cluster.items[i];
		const fx_node *meta = fx_map_get(o, "metadata");
		const char *k = fx_map_get_str(o, "kind");
		const char *n = fx_map_get_str(meta, "name");
		const char *s = fx_map_get_str(meta, "namespace");
		if (k && n && s && strcmp(k, kind) == 0 && strcmp(n, name) == 0 &&
		    strcmp(s, ns) == 0)
			return o;
	}
	return NULL;
}

static void load_into(fixture *f, const char *yaml, fx_ptrvec *out)
{
	uint32_t file = fx_src_add(f->ctx, "test.yaml");
	fx_yaml_opts o = {.schema = FX_YAML_SCHEMA_KYAML};
	assert_int_equal(fx_yaml_load(f->ctx, f->ctx->arena, file, yaml, strlen(yaml), &o, out),
			 0);
}

static fx_node *load_one(fixture *f, const char *yaml)
{
	fx_ptrvec v = FX_PTRVEC_INIT;
	load_into(f, yaml, &v);
	assert_int_equal(v.len, 1);
	fx_node *n = v.items[0];
	fx_ptrvec_dispose(&v);
	return n;
}

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	f->ctx = fx_ctx_new();
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	fx_ptrvec_dispose(&f->cluster);
	fx_ctx_free(f->ctx);
	free(f);
	return 0;
}

#define KS_HEAD                                                                        \
	"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n"                  \
	"metadata:\n  name: apps\n  namespace: flux-system\n"

/* Runs a unit: returns fx_subst_unit's status; objs holds the results. */
static int run(fixture *f, const char *ks_yaml, const char *objs_yaml, fx_ptrvec *objs,
	       bool strict, fx_subst_report *rep)
{
	fx_node *ks = load_one(f, ks_yaml);
	load_into(f, objs_yaml, objs);
	fx_subst_opts o;
	fx_subst_opts_default(&o);
	o.strict = strict;
	fx_subst_lookup lk = {find, f};
	return fx_subst_unit(f->ctx, f->ctx->arena, ks, objs, &lk, &o, rep);
}

static const fx_node *data_of(const fx_ptrvec *objs, size_t i, const char *key)
{
	return fx_map_get(fx_map_get(objs->items[i], "data"), key);
}

static const char *last_error(fixture *f)
{
	for (size_t i = fx_diag_count(f->ctx); i-- > 0;)
		if (fx_diag_at(f->ctx, i)->sev == FX_SEV_ERROR)
			return fx_diag_at(f->ctx, i)->msg;
	return "";
}


static void test_unit_typing(void **state)
{
	fixture *f = *state;
	fx_ptrvec objs = FX_PTRVEC_INIT;
	fx_subst_report rep = FX_SUBST_REPORT_INIT;
	int rc = run(f,
		     KS_HEAD "spec:\n  postBuild:\n    substitute:\n      R: '3'\n      P: '8080'\n"
			     "      E: 'on'\n      quote: '\"'\n",
		     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n"
		     "  r: ${R}\n  p: \"${P}\"\n  q: ${quote}${P}${quote}\n  e: ${E}\n"
		     "  n: ${N}\n  esc: $${R}\n",
		     &objs, false, &rep);
	assert_int_equal(rc, 0);
	assert_int_equal(data_of(&objs, 0, "r")->kind, FX_INT);
	assert_int_equal(data_of(&objs, 0, "r")->u.i, 3);
	assert_int_equal(data_of(&objs, 0, "p")->kind, FX_INT);
	assert_int_equal(data_of(&objs, 0, "q")->kind, FX_STR);
	assert_string_equal(data_of(&objs, 0, "q")->u.s.ptr, "8080");
	assert_int_equal(data_of(&objs, 0, "e")->kind, FX_BOOL);
	assert_int_equal(data_of(&objs, 0, "n")->kind, FX_NULL);
	assert_string_equal(data_of(&objs, 0, "esc")->u.s.ptr, "${R}");
	/* locations follow the original nodes */
	assert_int_equal(data_of(&objs, 0, "r")->loc.line, 6);
	assert_int_equal(rep.n_substituted, 1);
	assert_int_equal(rep.unresolved.len, 1);
	assert_string_equal(rep.unresolved.items[0], "N");
	assert_int_equal(rep.vars.len, 4);
	assert_string_equal(((fx_subst_var *)rep.vars.items[0])->name, "E");
	fx_subst_report_dispose(&rep);
	fx_ptrvec_dispose(&objs);
}

static void test_unit_disabled_and_empty(void **state)
{
	fixture *f = *state;
	fx_ptrvec objs = FX_PTRVEC_INIT;
	fx_subst_report rep = FX_SUBST_REPORT_INIT;
	const char *docs =
		"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n"
		"    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  x: ${X}\n---\n"
		"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  annotations:\n"
		"    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  x: ${X}\n---\n"
		"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n"
		"  x: ${cluster_env:=dev}\n";
	assert_int_equal(run(f, KS_HEAD "spec:\n  postBuild: {}\n", docs, &objs, true, &rep), 0);
	assert_string_equal(data_of(&objs, 0, "x")->u.s.ptr, "${X}");
	assert_string_equal(data_of(&objs, 1, "x")->u.s.ptr, "${X}");
	assert_string_equal(data_of(&objs, 2, "x")->u.s.ptr, "${cluster_env:=dev}");
	assert_int_equal(rep.n_disabled, 2);
	assert_int_equal(rep.n_unchanged, 1);
	fx_subst_report_dispose(&rep);
	fx_ptrvec_dispose(&objs);

	/* strategy Always: defaults are evaluated without variables */
	assert_int_equal(run(f, KS_HEAD "spec:\n  postBuild:\n    substituteStrategy: Always\n",
			     docs, &objs, true, NULL),
			 0);
	assert_string_equal(data_of(&objs, 0, "x")->u.s.ptr, "${X}");
	assert_string_equal(data_of(&objs, 2, "x")->u.s.ptr, "dev");
	fx_ptrvec_dispose(&objs);
}

static void test_unit_sources(void **state)
{
	fixture *f = *state;
	load_into(f,
		  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\n"
		  "  namespace: flux-system\ndata:\n  A: from-cm\n  B: from-cm\n  C: from-cm\n"
		  "  ML: \"x\\ny\"\n---\n"
		  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: sec\n"
		  "  namespace: flux-system\ndata:\n  B: ZnJvbS1zZWNyZXQ=\n  D: aWdub3JlZA==\n"
		  "stringData:\n  D: from-stringdata\n---\n"
		  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: enc\n"
		  "  namespace: flux-system\ndata:\n  Z: RU5DW10=\nsops:\n  version: 3.8.1\n",
		  &f->cluster);
	fx_ptrvec objs = FX_PTRVEC_INIT;
	fx_subst_report rep = FX_SUBST_REPORT_INIT;
	size_t warns = fx_diag_count(f->ctx);
	int rc = run(f,
		     KS_HEAD "spec:\n  postBuild:\n    substitute:\n      C: inline\n"
			     "    substituteFrom:\n    - kind: ConfigMap\n      name: vars\n"
			     "    - kind: Secret\n      name: sec\n"
			     "    - kind: Secret\n      name: enc\n"
			     "    - kind: ConfigMap\n      name: nope\n      optional: true\n",
		     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: o\ndata:\n"
		     "  a: ${A}\n  b: ${B}\n  c: ${C}\n  d: ${D}\n  ml: ${ML}\n  z: ${Z:=none}\n",
		     &objs, true, &rep);
	assert_int_equal(rc, 0);
	assert_string_equal(data_of(&objs, 0, "a")->u.s.ptr, "from-cm");
	assert_string_equal(data_of(&objs, 0, "b")->u.s.ptr, "from-secret");
	assert_string_equal(data_of(&objs, 0, "c")->u.s.ptr, "inline");
	assert_string_equal(data_of(&objs, 0, "d")->u.s.ptr, "from-stringdata");
	assert_string_equal(data_of(&objs, 0, "ml")->u.s.ptr, "xy");
	assert_string_equal(data_of(&objs, 0, "z")->u.s.ptr, "none");
	assert_true(fx_diag_count(f->ctx) > warns); /* the SOPS warning */
	assert_int_equal(rep.sources.len, 4);
	assert_true(((fx_subst_source *)rep.sources.items[2])->sops);
	assert_false(((fx_subst_source *)rep.sources.items[3])->found);
	for (size_t i = 0; i < rep.vars.len; i++) {
		const fx_subst_var *v = rep.vars.items[i];
		if (strcmp(v->name, "B") == 0) {
			assert_int_equal(v->src, FX_SUBST_SRC_SECRET);
			assert_string_equal(v->src_name, "sec");
		}
		if (strcmp(v->name, "C") == 0)
			assert_int_equal(v->src, FX_SUBST_SRC_INLINE);
	}
	fx_subst_report_dispose(&rep);
	fx_ptrvec_dispose(&objs);
}

static void test_unit_errors(void **state)
{
	fixture *f = *state;
	fx_ptrvec objs = FX_PTRVEC_INIT;
	const char *cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: o\ndata:\n"
			 "  a: ${MISSING}\n";
	assert_int_not_equal(
		run(f, KS_HEAD "spec:\n  postBuild:\n    substitute:\n      A: x\n", cm, &objs,
		    true, NULL),
		0);
	assert_string_equal(last_error(f),
			    "post build failed for 'ConfigMap.v1.[noGrp]/o': envsubst error: "
			    "variable substitution failed: variable not set (strict mode): "
			    "\"MISSING\"");
	fx_ptrvec_dispose(&objs);

	assert_int_not_equal(
		run(f, KS_HEAD "spec:\n  postBuild:\n    substitute:\n      bad-name: x\n", cm,
		    &objs, false, NULL),
		0);
	assert_string_equal(last_error(f),
			    "post build failed for 'ConfigMap.v1.[noGrp]/o': envsubst error: "
			    "'bad-name' var name is invalid, must match "
			    "'^[_[:alpha:]][_[:alpha:][:digit:]]*$'");
	fx_ptrvec_dispose(&objs);

	assert_int_not_equal(run(f,
				 KS_HEAD "spec:\n  postBuild:\n    substituteFrom:\n"
					 "    - kind: ConfigMap\n      name: absent\n",
				 cm, &objs, false, NULL),
			     0);
	assert_non_null(strstr(last_error(f), "substitute from 'ConfigMap/absent' error: "
					      "configmaps \"absent\" not found"));
	fx_ptrvec_dispose(&objs);

	/* a value that breaks the YAML after substitution */
	assert_int_not_equal(
		run(f, KS_HEAD "spec:\n  postBuild:\n    substitute:\n      MISSING: 'a: b'\n", cm,
		    &objs, true, NULL),
		0);
	assert_non_null(strstr(last_error(f), "envsubst error: YAMLToJSON: "));
	fx_ptrvec_dispose(&objs);
}

static void test_unit_lookup_only_when_needed(void **state)
{
	fixture *f = *state;
	fx_ptrvec objs = FX_PTRVEC_INIT;
	const char *ks = KS_HEAD "spec:\n  postBuild:\n    substituteFrom:\n"
				 "    - kind: Secret\n      name: absent\n";
	/* only opted-out objects: the missing Secret is never looked up */
	assert_int_equal(run(f, ks,
			     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: o\n"
			     "  labels:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n",
			     &objs, true, NULL),
			 0);
	fx_ptrvec_dispose(&objs);
	/* no objects at all */
	fx_node *k = load_one(f, ks);
	fx_subst_lookup lk = {find, f};
	assert_int_equal(fx_subst_unit(f->ctx, f->ctx->arena, k, &objs, &lk, NULL, NULL), 0);
	/* a Kustomization without postBuild leaves everything alone */
	load_into(f, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: o\ndata:\n  a: ${X}\n",
		  &objs);
	const fx_node *before = objs.items[0];
	k = load_one(f, KS_HEAD "spec:\n  path: ./\n");
	assert_int_equal(fx_subst_unit(f->ctx, f->ctx->arena, k, &objs, &lk, NULL, NULL), 0);
	assert_ptr_equal(objs.items[0], before);
	fx_ptrvec_dispose(&objs);
}

static void test_unit_bad_base64(void **state)
{
	fixture *f = *state;
	load_into(f,
		  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: flux-system\n"
		  "data:\n  A: not*base64\n",
		  &f->cluster);
	fx_ptrvec objs = FX_PTRVEC_INIT;
	assert_int_not_equal(run(f,
				 KS_HEAD "spec:\n  postBuild:\n    substituteFrom:\n"
					 "    - kind: Secret\n      name: s\n",
				 "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: o\n", &objs,
				 true, NULL),
			     0);
	assert_non_null(strstr(last_error(f), "illegal base64 data at input byte 3"));
	fx_ptrvec_dispose(&objs);
}

static void test_object_id(void **state)
{
	fixture *f = *state;
	fx_arena *a = f->ctx->arena;
	assert_string_equal(
		fx_subst_object_id(a, load_one(f, "apiVersion: apps/v1\nkind: Deployment\n"
						  "metadata:\n  name: web\n")),
		"Deployment.v1.apps/web");
	assert_string_equal(fx_subst_object_id(a, load_one(f, "kind: Thing\nmetadata:\n"
							     "  name: t\n")),
			    "Thing.[noVer].[noGrp]/t");
}

static void test_prepare_quoting(void **state)
{
	fixture *f = *state;
	fx_node *o = load_one(f, "b: '1:20'\na: 'on'\nc: plain\nd: '0777'\ne: '1:60'\n");
	fx_node *p = fx_subst__prepare(f->ctx->arena, o);
	/* keys in go-yaml v2 order, ambiguous strings double-quoted */
	assert_string_equal(p->u.map.items[0].key->u.s.ptr, "a");
	assert_int_equal(fx_map_get(p, "a")->style, FX_STYLE_DQUOTE);
	assert_int_equal(fx_map_get(p, "b")->style, FX_STYLE_DQUOTE);
	assert_int_equal(fx_map_get(p, "c")->style, FX_STYLE_ANY);
	assert_int_equal(fx_map_get(p, "d")->style, FX_STYLE_DQUOTE);
	assert_int_equal(fx_map_get(p, "e")->style, FX_STYLE_ANY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval_table),
		cmocka_unit_test(test_eval_deep_nesting),
		cmocka_unit_test(test_glob),
		cmocka_unit_test(test_varname),
		cmocka_unit_test(test_natural_order),
		cmocka_unit_test_setup_teardown(test_unit_typing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_disabled_and_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_sources, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_lookup_only_when_needed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unit_bad_base64, setup, teardown),
		cmocka_unit_test_setup_teardown(test_object_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prepare_quoting, setup, teardown),
	};
	return FX_RUN_TESTS("subst", tests);
}
