/* Unit tests for src/yaml: loading, scalar resolution, node operations. */
#include "yaml/yaml.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static fx_node *load1(fx_ctx *ctx, const char *src, fx_yaml_schema schema)
{
	fx_node *n = NULL;
	fx_yaml_opts o = {.schema = schema};
	uint32_t f = fx_src_add(ctx, "t.yaml");
	if (fx_yaml_load_one(ctx, ctx->arena, f, src, strlen(src), &o, &n) != 0)
		return NULL;
	return n;
}

static void test_resolve_table(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		fx_yaml_schema schema;
		fx_kind kind;
	} rows[] = {
		{"", FX_YAML_SCHEMA_KYAML, FX_NULL},     {"~", FX_YAML_SCHEMA_KYAML, FX_NULL},
		{"Null", FX_YAML_SCHEMA_KYAML, FX_NULL}, {"true", FX_YAML_SCHEMA_KYAML, FX_BOOL},
		{"FALSE", FX_YAML_SCHEMA_KYAML, FX_BOOL}, {"yes", FX_YAML_SCHEMA_KYAML, FX_STR},
		{"yes", FX_YAML_SCHEMA_11, FX_BOOL},     {"on", FX_YAML_SCHEMA_11, FX_BOOL},
		{"0777", FX_YAML_SCHEMA_KYAML, FX_INT},  {"0x1F", FX_YAML_SCHEMA_KYAML, FX_INT},
		{"1_000", FX_YAML_SCHEMA_KYAML, FX_INT}, {"-12", FX_YAML_SCHEMA_KYAML, FX_INT},
		{"1.5", FX_YAML_SCHEMA_KYAML, FX_FLOAT}, {"1e3", FX_YAML_SCHEMA_KYAML, FX_FLOAT},
		{".inf", FX_YAML_SCHEMA_KYAML, FX_FLOAT}, {"-.Inf", FX_YAML_SCHEMA_KYAML, FX_FLOAT},
		{".nan", FX_YAML_SCHEMA_KYAML, FX_FLOAT}, {"1.2.3", FX_YAML_SCHEMA_KYAML, FX_STR},
		{"0o17", FX_YAML_SCHEMA_KYAML, FX_INT},  {"08", FX_YAML_SCHEMA_KYAML, FX_FLOAT},
		{"abc", FX_YAML_SCHEMA_KYAML, FX_STR},   {"2001-12-14", FX_YAML_SCHEMA_KYAML, FX_STR},
	};
	fx_arena *a = fx_arena_new();
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_node *n = fx_scalar_resolve(a, rows[i].text, strlen(rows[i].text), rows[i].schema, FX_LOC_NONE);
		if (n->kind != rows[i].kind)
			fail_msg("'%s': got %s, want %s", rows[i].text, fx_kind_name(n->kind),
				 fx_kind_name(rows[i].kind));
	}
	assert_int_equal(fx_scalar_resolve(a, "0777", 4, FX_YAML_SCHEMA_KYAML, FX_LOC_NONE)->u.i, 511);
	assert_int_equal(fx_scalar_resolve(a, "18446744073709551615", 20, FX_YAML_SCHEMA_KYAML, FX_LOC_NONE)->flags &
				 FX_NODE_UINT,
			 FX_NODE_UINT);
	fx_node *big = fx_scalar_resolve(a, "123456789012345678901234", 24, FX_YAML_SCHEMA_KYAML, FX_LOC_NONE);
	assert_int_equal(big->kind, FX_FLOAT);
	assert_true(big->flags & FX_NODE_BIGNUM);
	assert_string_equal(big->text, "123456789012345678901234");
	fx_arena_free(a);
}

static void test_load_multi_doc_locations(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	const char *src = "---\n---\na: 1\nb:\n  - x\n  - 'y'\n---\n# only a comment\n---\nc: |\n  lit\n";
	fx_ptrvec docs = FX_PTRVEC_INIT;
	uint32_t f = fx_src_add(ctx, "m.yaml");
	assert_int_equal(fx_yaml_load(ctx, ctx->arena, f, src, strlen(src), NULL, &docs), 0);
	assert_int_equal(docs.len, 2);
	fx_node *d0 = docs.items[0];
	assert_int_equal(fx_map_get(d0, "a")->u.i, 1);
	fx_node *b = fx_map_get(d0, "b");
	assert_int_equal(fx_seq_len(b), 2);
	assert_int_equal(fx_seq_at(b, 1)->style, FX_STYLE_SQUOTE);
	assert_int_equal(fx_seq_at(b, 1)->loc.line, 6);
	assert_int_equal(fx_seq_at(b, 1)->loc.col, 5);
	assert_string_equal(fx_map_get_str(docs.items[1], "c"), "lit\n");
	fx_ptrvec_dispose(&docs);
	fx_ctx_free(ctx);
}

static void test_load_errors_located(void **state)
{
	(void)state;
	static const struct {
		const char *src;
		const char *want; /* substring of the first diagnostic */
		uint32_t line;
	} rows[] = {
		{"a: 1\na: 2\n", "already defined", 2},
		{"a: [1, 2\nb: 3\n", "invalid YAML", 0},
		{"x: *nope\n", "unknown anchor", 1},
		{"a: &a [1]\nb: &b [*a, *a]\nc: &c [*b, *b]\n", NULL, 0},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_ctx *ctx = fx_ctx_new();
		fx_node *n = load1(ctx, rows[i].src, FX_YAML_SCHEMA_KYAML);
		if (!rows[i].want) {
			assert_non_null(n);
		} else {
			assert_null(n);
			const fx_diag *d = fx_diag_at(ctx, 0);
			assert_non_null(d);
			if (!strstr(d->msg, rows[i].want))
				fail_msg("row %zu: '%s'", i, d->msg);
			if (rows[i].line)
				assert_int_equal(d->loc.line, rows[i].line);
		}
		fx_ctx_free(ctx);
	}
}

static void test_alias_budget(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	ctx->limits.max_alias_expansion = 1000;
	const char *lol = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
			  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
			  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
			  "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
	assert_null(load1(ctx, lol, FX_YAML_SCHEMA_KYAML));
	assert_non_null(strstr(fx_diag_at(ctx, 0)->msg, "alias expansion"));
	fx_ctx_free(ctx);
}

static void test_merge_keys(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load1(ctx, "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n", FX_YAML_SCHEMA_KYAML);
	assert_non_null(n);
	fx_node *use = fx_map_get(n, "use");
	assert_int_equal(fx_map_len(use), 2);
	assert_int_equal(fx_map_get(use, "x")->u.i, 1);
	assert_int_equal(fx_map_get(use, "y")->u.i, 3);
	fx_ctx_free(ctx);
}

static void test_map_ops_and_index(void **state)
{
	(void)state;
	fx_arena *a = fx_arena_new();
	fx_node *m = fx_node_map(a, FX_LOC_NONE);
	char k[16];
	for (int i = 0; i < 100; i++) {
		snprintf(k, sizeof k, "key%d", 99 - i);
		fx_map_set(a, m, k, fx_node_int(a, i, FX_LOC_NONE));
	}
	assert_int_equal(fx_map_get(m, "key0")->u.i, 99);
	fx_map_set(a, m, "key0", fx_node_int(a, -1, FX_LOC_NONE));
	assert_int_equal(fx_map_len(m), 100);
	assert_true(fx_map_del(m, "key5"));
	assert_null(fx_map_get(m, "key5"));
	assert_int_equal(fx_map_get(m, "key0")->u.i, -1);
	size_t *ord = fx_map_sorted_order(m);
	assert_string_equal(m->u.map.items[ord[0]].key->u.s.ptr, "key0");
	free(ord);
	fx_node *c = fx_node_copy(a, m);
	assert_true(fx_node_equal(c, m));
	fx_arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve_table),
		cmocka_unit_test(test_load_multi_doc_locations),
		cmocka_unit_test(test_load_errors_located),
		cmocka_unit_test(test_alias_budget),
		cmocka_unit_test(test_merge_keys),
		cmocka_unit_test(test_map_ops_and_index),
	};
	return FX_RUN_TESTS("yaml", tests);
}
