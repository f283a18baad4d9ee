/*
 * Unit tests for the emitters of src/yaml: YAML as kubectl kustomize and
 * Helm's toYaml print it (go-yaml v2 after a JSON round trip) and JSON as
 * Go's encoding/json prints it.  Expected texts were checked against
 * kubectl kustomize (kustomize v5.5.0).
 */
#include "yaml/yaml.h"
#include "tap.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NROWS(a) (sizeof(a) / sizeof((a)[0]))

static char *emit_yaml(const fx_node *n, const fx_emit_opts *o)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_yaml_emit(&sb, n, o);
	return fx_sb_detach(&sb);
}

static char *emit_json(const fx_node *n, const fx_json_opts *o)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_json_emit(&sb, n, o);
	return fx_sb_detach(&sb);
}

/* {v: node} */
static fx_node *wrap(fx_arena *a, fx_node *v)
{
	fx_node *m = fx_node_map(a, FX_LOC_NONE);
	fx_map_set(a, m, "v", v);
	return m;
}

static fx_node *load(fx_ctx *ctx, const char *src)
{
	fx_node *n = NULL;
	fx_yaml_opts o = {.schema = FX_YAML_SCHEMA_KYAML};
	if (fx_yaml_load_one(ctx, ctx->arena, fx_src_add(ctx, "t.yaml"), src, strlen(src), &o, &n) != 0)
		return NULL;
	return n;
}

static void expect_eq(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want) != 0)
		fail_msg("%s:\n--- got\n%s\n--- want\n%s", what, got, want);
}

/* ------------------------------------------------------------------ */

static void test_string_styles(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} rows[] = {
		{"plain", "v: plain\n"},
		{"", "v: \"\"\n"},
		{"true", "v: \"true\"\n"},
		{"yes", "v: \"yes\"\n"},
		{"y", "v: \"y\"\n"},
		{"n", "v: \"n\"\n"},
		{"on", "v: \"on\"\n"},
		{"Off", "v: \"Off\"\n"},
		{"null", "v: \"null\"\n"},
		{"~", "v: \"~\"\n"},
		{"123", "v: \"123\"\n"},
		{"0x1", "v: \"0x1\"\n"},
		{"0o17", "v: \"0o17\"\n"},
		{"0b101", "v: \"0b101\"\n"},
		{"1e3", "v: \"1e3\"\n"},
		{"1.20", "v: \"1.20\"\n"},
		{"1.", "v: \"1.\"\n"},
		{".5", "v: \".5\"\n"},
		{"+1", "v: \"+1\"\n"},
		{"1_000", "v: \"1_000\"\n"},
		{"12:30", "v: \"12:30\"\n"},
		{"190:20:30", "v: \"190:20:30\"\n"},
		{".inf", "v: \".inf\"\n"},
		{"-.Inf", "v: \"-.Inf\"\n"},
		{"2024-01-01", "v: \"2024-01-01\"\n"},
		{"2024-1-1", "v: \"2024-1-1\"\n"},
		{"2024-01-01 10:00:00", "v: \"2024-01-01 10:00:00\"\n"},
		{"2024-02-30", "v: 2024-02-30\n"},
		{"0x1p3", "v: 0x1p3\n"},
		{"Infinity", "v: Infinity\n"},
		{"0xFFFFFFFFFFFFFFFFFF", "v: 0xFFFFFFFFFFFFFFFFFF\n"},
		{"08", "v: \"08\"\n"},
		{"<<", "v: <<\n"},
		{"it's", "v: it's\n"},
		{"#34577c", "v: '#34577c'\n"},
		{"*/5 * * * *", "v: '*/5 * * * *'\n"},
		{"&a", "v: '&a'\n"},
		{"!x", "v: '!x'\n"},
		{"%x", "v: '%x'\n"},
		{"@x", "v: '@x'\n"},
		{"`x", "v: '`x'\n"},
		{"'q'", "v: '''q'''\n"},
		{"\"q\"", "v: '\"q\"'\n"},
		{"{a}", "v: '{a}'\n"},
		{"[a]", "v: '[a]'\n"},
		{"|x", "v: '|x'\n"},
		{">x", "v: '>x'\n"},
		{"-", "v: '-'\n"},
		{"- a", "v: '- a'\n"},
		{"---x", "v: '---x'\n"},
		{"...", "v: '...'\n"},
		{"a: b", "v: 'a: b'\n"},
		{"a:", "v: 'a:'\n"},
		{"a #b", "v: 'a #b'\n"},
		{"x ", "v: 'x '\n"},
		{" x", "v: ' x'\n"},
		{"-x", "v: -x\n"},
		{"?x", "v: ?x\n"},
		{":x", "v: :x\n"},
		{"a#b", "v: a#b\n"},
		{"a,b", "v: a,b\n"},
		{"a:b", "v: a:b\n"},
		{"a\tb", "v: \"a\\tb\"\n"},
		{"a\r\nb", "v: \"a\\r\\nb\"\n"},
		{"\x01", "v: \"\\x01\"\n"},
		{"\x1b", "v: \"\\e\"\n"},
		{"h\xc3\xa9llo \xe2\x9c\x93", "v: h\xc3\xa9llo \xe2\x9c\x93\n"},
		{"\xf0\x9f\x98\x80", "v: \"\\U0001F600\"\n"},
		{"\xef\xbb\xbf", "v: \"\\uFEFF\"\n"},
		{"a\xc2\xa0", "v: a\xc2\xa0\n"},
		{"a\n", "v: |\n  a\n"},
		{"a\nb", "v: |-\n  a\n  b\n"},
		{"a\n\n", "v: |+\n  a\n\n"},
		{"\na", "v: |2-\n\n  a\n"},
		{" a\nb", "v: |2-\n   a\n  b\n"},
		{"a \nb", "v: \"a \\nb\"\n"},
		{"a\nb ", "v: \"a\\nb \"\n"},
		{"a\n\tb", "v: \"a\\n\\tb\"\n"},
		{"\xff", "v: \xef\xbf\xbd\n"}, /* Go's JSON makes it U+FFFD */
		{"a\xc2\x85" "b", "v: a b\n"},
		{"a \xc2\x85\xc2\x85 b", "v: |-\n  a\n  b\n"},
	};
	fx_arena *a = fx_arena_new();
	for (size_t i = 0; i < NROWS(rows); i++) {
		char *got = emit_yaml(wrap(a, fx_node_str(a, rows[i].in, FX_LOC_NONE)), NULL);
		expect_eq(rows[i].in, got, rows[i].out);
		free(got);
	}
	fx_arena_free(a);
}

static void test_folding(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	const char *src =
		"long: aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n"
		"q: \"#aaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\"\n"
		"d: \"\\taaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa  aaaa\"\n"
		"nospace: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
		"l:\n- aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n";
	const char *want =
		"d: \"\\taaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n"
		"  \\ aaaa\"\n"
		"l:\n- aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n"
		"  aaaa aaaa\n"
		"long: aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n"
		"  aaaa aaaa\n"
		"nospace: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
		"q: '#aaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa\n"
		"  aaaa'\n";
	fx_node *n = load(ctx, src);
	assert_non_null(n);
	char *got = emit_yaml(n, NULL);
	expect_eq("folding", got, want);
	free(got);
	/* width < 0: no folding */
	fx_emit_opts o = {.width = -1};
	got = emit_yaml(n, &o);
	assert_non_null(strstr(got, "long: aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa "
				    "aaaa aaaa aaaa aaaa aaaa\n"));
	free(got);
	fx_ctx_free(ctx);
}

static void test_numbers(void **state)
{
	(void)state;
	static const struct {
		double f;
		const char *out;
	} floats[] = {
		{1000.0, "1000"},
		{2.0, "2"},
		{1.5, "1.5"},
		{-0.0, "0"},
		{0.0, "0"},
		{1e20, "100000000000000000000"}, /* JSON digits, beyond uint64: float */
		{1e21, "1e+21"},
		{1e-7, "1e-07"},
		{0.00001, "1e-05"},
		{0.0001, "0.0001"},
		{1234567.5, "1.2345675e+06"},
		{123456.5, "123456.5"},
		{1.2345678901234568e+22, "1.2345678901234568e+22"},
		{9223372036854775808.0, "9223372036854776000"}, /* JSON's shortest digits */
		{0.1, "0.1"},
		{-1.5, "-1.5"},
		{INFINITY, ".inf"},
		{-INFINITY, "-.inf"},
		{NAN, ".nan"},
	};
	fx_arena *a = fx_arena_new();
	char want[128];
	for (size_t i = 0; i < NROWS(floats); i++) {
		char *got = emit_yaml(wrap(a, fx_node_float(a, floats[i].f, FX_LOC_NONE)), NULL);
		snprintf(want, sizeof want, "v: %s\n", floats[i].out);
		if (strcmp(floats[i].out, "100000000000000000000") == 0)
			snprintf(want, sizeof want, "v: 1e+20\n");
		expect_eq(floats[i].out, got, want);
		free(got);
	}
	fx_node *u = fx_node_int(a, (int64_t)UINT64_MAX, FX_LOC_NONE);
	u->flags |= FX_NODE_UINT;
	char *got = emit_yaml(wrap(a, u), NULL);
	expect_eq("uint", got, "v: 18446744073709551615\n");
	free(got);
	got = emit_yaml(wrap(a, fx_node_int(a, INT64_MIN, FX_LOC_NONE)), NULL);
	expect_eq("int min", got, "v: -9223372036854775808\n");
	free(got);
	fx_arena_free(a);

	/* as loaded from text (kyaml schema), then printed as kubectl does */
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load(ctx, "a: 0x1F\nb: 0o17\nc: 1e3\nd: 2.0\ne: 1.50\nf: 12345678901234567890123\n"
			       "g: 18446744073709551615\nh: ~\ni:\nj: True\nk: 0777\n");
	assert_non_null(n);
	got = emit_yaml(n, NULL);
	expect_eq("loaded numbers", got,
		  "a: 31\nb: 15\nc: 1000\nd: 2\ne: 1.5\nf: 1.2345678901234568e+22\n"
		  "g: 18446744073709551615\nh: null\ni: null\nj: true\nk: 511\n");
	free(got);
	fx_ctx_free(ctx);
}

static void test_timestamps(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load(ctx, "a: 2024-01-01\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10\n"
			       "d: 2024-1-1\ne: 2024-01-01T10:00:00+00:00\nf: 2024-02-30\ng: \"2024-01-01\"\n");
	assert_non_null(n);
	char *got = emit_yaml(n, NULL);
	expect_eq("timestamps", got,
		  "a: \"2024-01-01T00:00:00Z\"\nb: \"2001-12-14T21:59:43.1-05:00\"\n"
		  "c: \"2001-12-14T21:59:43.1Z\"\nd: \"2024-01-01T00:00:00Z\"\ne: \"2024-01-01T10:00:00Z\"\n"
		  "f: 2024-02-30\ng: \"2024-01-01\"\n");
	free(got);
	fx_emit_opts o = {.raw_timestamps = true};
	got = emit_yaml(n, &o);
	expect_eq("raw timestamps", got,
		  "a: \"2024-01-01\"\nb: \"2001-12-14t21:59:43.10-05:00\"\nc: \"2001-12-14 21:59:43.10\"\n"
		  "d: \"2024-1-1\"\ne: \"2024-01-01T10:00:00+00:00\"\nf: 2024-02-30\ng: \"2024-01-01\"\n");
	free(got);
	fx_ctx_free(ctx);
}

static void test_structure(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load(ctx, "kind: X\napiVersion: v1\nspec:\n  containers:\n  - name: a\n    args: [x, [y, z], {}]\n"
			       "    env: []\n  empty: {}\n  nested: [[a, b], [[c]]]\n  m: [{a: 1, b: [2]}]\n");
	assert_non_null(n);
	char *got = emit_yaml(n, NULL);
	expect_eq("structure", got,
		  "apiVersion: v1\nkind: X\nspec:\n  containers:\n  - args:\n    - x\n    - - \"y\"\n      - z\n"
		  "    - {}\n    env: []\n    name: a\n  empty: {}\n  m:\n  - a: 1\n    b:\n    - 2\n"
		  "  nested:\n  - - a\n    - b\n  - - - c\n");
	free(got);

	fx_emit_opts o = {.keep_order = true, .seq_indent = true};
	got = emit_yaml(n, &o);
	expect_eq("keep order, indented sequences", got,
		  "kind: X\napiVersion: v1\nspec:\n  containers:\n    - name: a\n      args:\n        - x\n"
		  "        - - \"y\"\n          - z\n        - {}\n      env: []\n  empty: {}\n"
		  "  nested:\n    - - a\n      - b\n    - - - c\n  m:\n    - a: 1\n      b:\n        - 2\n");
	free(got);

	o = (fx_emit_opts){.indent = 4};
	got = emit_yaml(load(ctx, "a:\n  b:\n  - c: 1\n"), &o);
	expect_eq("indent 4", got, "a:\n    b:\n    -   c: 1\n");
	free(got);

	/* roots */
	got = emit_yaml(load(ctx, "{}"), NULL);
	expect_eq("empty map", got, "{}\n");
	free(got);
	got = emit_yaml(load(ctx, "[]"), NULL);
	expect_eq("empty seq", got, "[]\n");
	free(got);
	got = emit_yaml(load(ctx, "- a\n- b: c\n"), NULL);
	expect_eq("root seq", got, "- a\n- b: c\n");
	free(got);
	got = emit_yaml(NULL, NULL);
	expect_eq("null", got, "null\n");
	free(got);
	fx_ctx_free(ctx);
}

static void test_keys(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load(ctx, "item10: a\nitem9: b\na_b: c\naB: d\na-b: e\nA0: f\na1: h\na01: g\n"
			       "\"1\": j\n\"10\": k\n\"9\": l\nz: m\n\"y\": n\n\"\": o\n\"on\": p\n"
			       "\"a\\nb\": q\n");
	assert_non_null(n);
	char *got = emit_yaml(n, NULL);
	expect_eq("key order", got,
		  "\"\": o\n\"1\": j\n\"9\": l\n\"10\": k\nA0: f\n? |-\n  a\n  b\n: q\na-b: e\na_b: c\n"
		  "a1: h\na01: g\naB: d\nitem9: b\nitem10: a\n\"on\": p\n\"y\": \"n\"\nz: m\n");
	free(got);
	/* a key over 128 bytes is written as an explicit key */
	char src[300];
	memset(src, 'k', 129);
	strcpy(src + 129, ": v\n");
	got = emit_yaml(load(ctx, src), NULL);
	assert_true(strncmp(got, "? kkkk", 6) == 0);
	assert_non_null(strstr(got, "k\n: v\n"));
	free(got);
	fx_ctx_free(ctx);
}

static void test_stream(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *docs[3] = {load(ctx, "a: 1"), load(ctx, "b: |+\n  x\n\n"), load(ctx, "c: [1]")};
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_yaml_emit_stream(&sb, docs, 3, NULL);
	expect_eq("stream", fx_sb_cstr(&sb), "a: 1\n---\nb: |+\n  x\n\n---\nc:\n- 1\n");
	fx_sb_clear(&sb);
	fx_yaml_emit_stream(&sb, docs, 0, NULL);
	expect_eq("empty stream", fx_sb_cstr(&sb), "");
	fx_sb_dispose(&sb);
	fx_ctx_free(ctx);
}

/* ------------------------------------------------------------------ */

static void test_json(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *n = load(ctx, "z: 1\na: [1.5, 1e21, 1e-7, 1e20, -0.0, 0.000001, true, null, \"s\"]\n"
			       "m: {}\nl: []\nh: \"<a href='x'>&amp;</a>\"\n");
	assert_non_null(n);
	fx_json_opts o = {.sort_keys = true, .escape_html = true};
	char *got = emit_json(n, &o);
	expect_eq("json compact", got,
		  "{\"a\":[1.5,1e+21,1e-7,100000000000000000000,-0,0.000001,true,null,\"s\"],"
		  "\"h\":\"\\u003ca href='x'\\u003e\\u0026amp;\\u003c/a\\u003e\",\"l\":[],\"m\":{},\"z\":1}");
	free(got);
	o = (fx_json_opts){.indent = 2};
	got = emit_json(load(ctx, "b: [1, {c: x}]\na: {}\n"), &o);
	expect_eq("json indent, insertion order", got,
		  "{\n  \"b\": [\n    1,\n    {\n      \"c\": \"x\"\n    }\n  ],\n  \"a\": {}\n}");
	free(got);

	fx_arena *a = ctx->arena;
	static const struct {
		const char *in;
		const char *out;
	} strs[] = {
		{"a\"b\\c", "\"a\\\"b\\\\c\""},
		{"\n\r\t\b\f\x01\x1f", "\"\\n\\r\\t\\b\\f\\u0001\\u001f\""},
		{"<>&", "\"<>&\""},
		{"\xe2\x80\xa8\xe2\x80\xa9", "\"\\u2028\\u2029\""},
		{"a\xffz", "\"a\\ufffdz\""},
		{"\xc3\xa9\xf0\x9f\x98\x80", "\"\xc3\xa9\xf0\x9f\x98\x80\""},
		{"\x7f", "\"\x7f\""},
	};
	for (size_t i = 0; i < NROWS(strs); i++) {
		got = emit_json(fx_node_str(a, strs[i].in, FX_LOC_NONE), NULL);
		expect_eq(strs[i].out, got, strs[i].out);
		free(got);
	}
	/* non-string keys print as strings; NaN as null */
	fx_node *m = fx_node_map(a, FX_LOC_NONE);
	fx_map_set_node(a, m, fx_node_int(a, 7, FX_LOC_NONE), fx_node_float(a, NAN, FX_LOC_NONE));
	fx_map_set_node(a, m, fx_node_bool(a, true, FX_LOC_NONE), fx_node_null(a, FX_LOC_NONE));
	got = emit_json(m, NULL);
	expect_eq("json keys", got, "{\"7\":null,\"true\":null}");
	free(got);
	fx_ctx_free(ctx);
}

/* Random strings made of awkward pieces: emitted as YAML and as JSON, then
 * loaded back, they must give the same values.  (U+2028 is left out: like
 * go-yaml v2 the emitter treats it as a line break, YAML 1.2 readers do
 * not.) */
static void test_roundtrip_property(void **state)
{
	(void)state;
	static const char *const atoms[] = {
		"a", "b", "z", "0", "1", "9", " ", "  ", "\n", "\t", ":", "#", "-", "'", "\"", "\\",
		"[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?", ".", "~",
		"+", "_", "=", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xc2\xa0", "\r", "\x01", "\x7f", "e",
		"x", "y", "n", "T", "Z", "---", "...", "yes", "null", "1e3", "0x1F", "2024-01-01"};
	unsigned seed = 12345;
	for (int iter = 0; iter < 300; iter++) {
		fx_ctx *ctx = fx_ctx_new();
		fx_arena *a = ctx->arena;
		fx_node *m = fx_node_map(a, FX_LOC_NONE);
		fx_node *seq = fx_node_seq(a, FX_LOC_NONE);
		char buf[512];
		for (int k = 0; k < 8; k++) {
			size_t n = 0;
			seed = seed * 1103515245u + 12345u;
			int parts = (int)((seed >> 16) % 40);
			for (int p = 0; p < parts && n < 400; p++) {
				seed = seed * 1103515245u + 12345u;
				const char *at = atoms[(seed >> 16) % NROWS(atoms)];
				size_t l = strlen(at);
				memcpy(buf + n, at, l);
				n += l;
			}
			char key[16];
			snprintf(key, sizeof key, "k%d", k);
			fx_map_set(a, m, key, fx_node_strn(a, buf, n, FX_LOC_NONE));
			fx_seq_push(a, seq, fx_node_strn(a, buf, n, FX_LOC_NONE));
		}
		fx_map_set(a, m, "seq", seq);
		fx_strbuf out = FX_STRBUF_INIT;
		fx_yaml_emit(&out, m, NULL);
		fx_node *back = NULL;
		fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
		int rc = fx_yaml_load_one(ctx, a, fx_src_add(ctx, "y"), out.ptr, out.len, &yo, &back);
		if (rc != 0 || !fx_node_equal(m, back))
			fail_msg("YAML round trip, iteration %d:\n%s", iter, out.ptr);
		fx_sb_clear(&out);
		fx_json_opts jo = {.indent = 2, .sort_keys = true, .escape_html = true};
		fx_json_emit(&out, m, &jo);
		rc = fx_json_load(ctx, a, fx_src_add(ctx, "j"), out.ptr, out.len, &back);
		if (rc != 0 || !fx_node_equal(m, back))
			fail_msg("JSON round trip, iteration %d:\n%s", iter, out.ptr);
		fx_sb_dispose(&out);
		fx_ctx_free(ctx);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_string_styles), cmocka_unit_test(test_folding),
		cmocka_unit_test(test_numbers),       cmocka_unit_test(test_timestamps),
		cmocka_unit_test(test_structure),     cmocka_unit_test(test_keys),
		cmocka_unit_test(test_stream),        cmocka_unit_test(test_json),
		cmocka_unit_test(test_roundtrip_property),
	};
	return FX_RUN_TESTS("emit", tests);
}
