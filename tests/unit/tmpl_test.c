/* Unit tests for src/tmpl: parser, executor, Go fmt, limits, include/tpl. */
#include "tmpl/tmpl.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Table rows leave trailing fields (err, missingkey, helm) zero. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* Test-only helpers: include and tpl through the executor services. */
static int f_inc(fx_tmpl_call *c, fx_node **out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	if (c->args[0]->kind != FX_STR)
		return -1;
	if (fx_tmpl_exec_include(c->exec, c->args[0]->u.s.ptr, c->args[1], &sb, c->err)) {
		fx_sb_dispose(&sb);
		return -1;
	}
	*out = fx_node_strn(c->arena, fx_sb_cstr(&sb), sb.len, FX_LOC_NONE);
	fx_sb_dispose(&sb);
	return 0;
}

static int f_tpl(fx_tmpl_call *c, fx_node **out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	if (c->args[0]->kind != FX_STR)
		return -1;
	if (fx_tmpl_exec_tpl(c->exec, c->args[0]->u.s.ptr, c->args[0]->u.s.len, c->args[1], &sb,
			     c->err)) {
		fx_sb_dispose(&sb);
		return -1;
	}
	*out = fx_node_strn(c->arena, fx_sb_cstr(&sb), sb.len, FX_LOC_NONE);
	fx_sb_dispose(&sb);
	return 0;
}

static const fx_tmpl_func extra[] = {
	{"inc", f_inc, 2, 2, FX_TMPL_FN_NEEDS_EXEC},
	{"tplx", f_tpl, 2, 2, FX_TMPL_FN_NEEDS_EXEC},
};

typedef struct {
	const char *tmpl;
	const char *data; /* YAML */
	const char *want; /* output, or error substring when err */
	bool err;
	fx_tmpl_missingkey mk;
	bool helm;
} row;

static void run_rows(const row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const row *r = &rows[i];
		fx_ctx *ctx = fx_ctx_new();
		fx_node *data = NULL;
		if (r->data) {
			fx_yaml_opts yo = {0};
			assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, 0, r->data, strlen(r->data),
							  &yo, &data),
					 0);
		}
		fx_tmpl_opts opts = {0};
		opts.missingkey = r->mk;
		opts.helm = r->helm;
		opts.extra = extra;
		opts.n_extra = sizeof(extra) / sizeof(extra[0]);
		opts.max_depth = 50;
		opts.max_output = 4096;
		opts.max_steps = 100000;
		fx_tmpl_set *set = fx_tmpl_set_new(ctx->arena, &opts);
		fx_tmpl_error err = {0};
		fx_strbuf out = FX_STRBUF_INIT;
		int rc = fx_tmpl_parse(set, "t", r->tmpl, strlen(r->tmpl), &err);
		if (rc == 0)
			rc = fx_tmpl_execute(set, "t", data, NULL, &out, &err);
		if (r->err) {
			if (rc == 0 || !strstr(fx_sb_cstr(&err.msg), r->want)) {
				fprintf(stderr, "row %zu: %s: want error containing '%s', got rc=%d '%s' out='%s'\n",
					i, r->tmpl, r->want, rc, fx_sb_cstr(&err.msg), fx_sb_cstr(&out));
				fail();
			}
		} else {
			if (rc != 0 || strcmp(fx_sb_cstr(&out), r->want) != 0) {
				fprintf(stderr, "row %zu: %s: want '%s', got rc=%d '%s' err='%s'\n", i,
					r->tmpl, r->want, rc, fx_sb_cstr(&out), fx_sb_cstr(&err.msg));
				fail();
			}
		}
		fx_sb_dispose(&out);
		fx_tmpl_error_dispose(&err);
		fx_tmpl_set_dispose(set);
		fx_ctx_free(ctx);
	}
}

static void test_printf(void **state)
{
	(void)state;
	static const row rows[] = {
		{"{{printf \"%v\" .}}", "{b: 2, a: {c: true}, l: [1, x]}", "map[a:map[c:true] b:2 l:[1 x]]"},
		{"{{printf \"%d\" 3.5}}", NULL, "%!d(float64=3.5)"},
		{"{{printf \"%s\" 5}}", NULL, "%!s(int=5)"},
		{"{{printf \"%q\" \"a\\\"b\"}}", NULL, "\"a\\\"b\""},
		{"{{printf \"%x %X %#x %o %b\" \"hi\" 255 255 8 5}}", NULL, "6869 FF 0xff 10 101"},
		{"{{printf \"%5.2f|%-6s|%05d|%+d\" 3.14159 \"ab\" 42 7}}", NULL, " 3.14|ab    |00042|+7"},
		{"{{printf \"%e %g %g %.3g\" 123456.0 1e6 100000.0 3.14159}}", NULL,
		 "1.234560e+05 1e+06 100000 3.14"},
		{"{{printf \"%T %T %T %T\" 1 1.5 \"s\" nil}}", NULL, "int float64 string <nil>"},
		{"{{printf \"%c %U %#U\" 65 65 65}}", NULL, "A U+0041 U+0041 'A'"},
		{"{{printf \"%d %d\" 1}}", NULL, "1 %!d(MISSING)"},
		{"{{printf \"%d\" 1 2}}", NULL, "1%!(EXTRA int=2)"},
		{"{{printf \"%x\" -255}} {{printf \"%08.3f\" -3.14159}}", NULL, "-ff -003.142"},
		{"{{printf \"%t %t\" true 1}}", NULL, "true %!t(int=1)"},
		{"{{printf \"%z\" 1}} {{printf \"100%%\"}} {{printf \"%\"}}", NULL,
		 "%!z(int=1) 100% %!(NOVERB)"},
		{"{{printf \"%*d|%-*d|\" 5 42 4 7}}", NULL, "   42|7   |"},
		{"{{printf \"%s %q %d\" .s .s .i}}", "{s: [a, b], i: [1, 2]}", "[a b] [\"a\" \"b\"] [1 2]"},
		{"{{print 1000000.0}} {{print 123456789.0}} {{print 0.000012}} {{print 3.0}}", NULL,
		 "1e+06 1.23456789e+08 1.2e-05 3"},
		{"{{print 1 2 \"a\" \"b\" 3}}|{{println 1 \"a\"}}", NULL, "1 2ab3|1 a\n"},
		{"{{printf \"%v %s\" nil nil}}", NULL, "<nil> %!s(<nil>)"},
		{"{{printf \"%.2s|%5.1q\" \"hello\" \"hello\"}}", NULL, "he|  \"h\""},
		{"{{printf \"%6.2f%%\" 12.345}}", NULL, " 12.35%"},
		{"{{.f}} {{.g}} {{.h}}", "{f: 1.5, g: 2.0, h: 1e21}", "1.5 2 1e+21"},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_language(void **state)
{
	(void)state;
	static const row rows[] = {
		{"{{range $k, $v := .}}{{$k}}={{$v}};{{end}}", "{b: 2, a: 1, c: 3}", "a=1;b=2;c=3;"},
		{"{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}",
		 "[1, 2, 3, 4, 5]", "13"},
		{"{{range .x}}a{{else}}empty{{end}}", "{x: []}", "empty"},
		{"{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{end}}{{$x}}", NULL, "2"},
		{"a  {{- 1 -}}  b {{- /* c */ -}}\n c", NULL, "a1bc"},
		{"{{with .a}}{{.b}}{{else with .c}}c{{else}}none{{end}}", "{c: 1}", "c"},
		{"{{define \"x\"}}[{{.}}]{{end}}{{template \"x\" 5}}{{block \"y\" 6}}<{{.}}>{{end}}",
		 NULL, "[5]<6>"},
		{"{{.missing}}", "{a: 1}", "<no value>"},
		{"{{.a.b}}", "{a: 1}", "can't evaluate field b in type int", true},
		{"{{.a.b}}", "{}", "nil pointer evaluating interface {}.b", true, FX_TMPL_MISSING_ZERO},
		{"{{.a}}", "{}", "map has no entry for key \"a\"", true, FX_TMPL_MISSING_ERROR},
		{"x{{.a}}y", "{}", "xy", false, FX_TMPL_MISSING_ZERO, true},
		{"{{eq 2 2.0}}", NULL, "incompatible types for comparison", true},
		{"{{lt 1 2}} {{ge \"b\" \"a\"}} {{eq .n nil}} {{ne 1 2}}", "{n: null}",
		 "true true true true"},
		{"{{index .m \"k\" 1}} {{slice \"hello\" 1 3}} {{len .m}}", "{m: {k: [a, b]}}",
		 "b el 1"},
		{"{{html \"<a href='x'>\"}} {{js \"it's <b>\"}} {{urlquery \"a b&c\"}}", NULL,
		 "&lt;a href=&#39;x&#39;&gt; it\\'s \\u003Cb\\u003E a+b%26c"},
		{"{{and 1 0 2}} {{or 0 \"\" 3}} {{not 0}}", NULL, "0 3 true"},
		{"{{0x1F}} {{0o17}} {{0b11}} {{1_000}} {{'a'}} {{1e3}}", NULL, "31 15 3 1000 97 1000"},
		{"{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\"}}", NULL,
		 "exceeded maximum template depth", true},
		{"{{range 100000}}xxxxxxxxxx{{end}}", NULL, "output exceeds the limit", true},
		{"{{range 1000000}}{{end}}", NULL, "exceeded 100000 steps", true},
		{"{{define \"h\"}}<{{.}}>{{end}}{{inc \"h\" 3 | printf \"%s!\"}}", NULL, "<3>!"},
		{"{{define \"h\"}}<{{.}}>{{end}}{{tplx \"{{template \\\"h\\\" .}}{{.}}\" 4}}", NULL, "<4>4"},
		{"{{inc \"nope\" 1}}", NULL, "error calling inc: template: no template \"nope\"", true},
		{"{{define \"r\"}}{{inc \"r\" .}}{{end}}{{inc \"r\" 1}}", NULL, "error calling inc", true},
		{"{{define \"d\"}}{{.}}{{end}}{{tplx \"{{define \\\"d\\\"}}new{{end}}{{template \\\"d\\\"}}\" 1}}{{template \"d\" 2}}",
		 NULL, "new2"},
		{"\n  {{index .l 5}}", "{l: [1]}",
		 "template: t:2:4: executing \"t\" at <index .l 5>: error calling index: index out of range: 5",
		 true},
		{"{{if}}", NULL, "template: t:1: missing value for if", true},
		{"{{range .x}}", NULL, "template: t:1: unexpected EOF", true},
		{"{{nosuch 1}}", NULL, "function \"nosuch\" not defined", true},
		{"{{.x | printf \"%d\"}}", "{x: 3}", "3"},
		{"{{$ := 1}}", NULL, "", false},
	};
	run_rows(rows, sizeof(rows) / sizeof(rows[0]));
}

static void test_tree_string(void **state)
{
	(void)state;
	fx_arena *a = fx_arena_new();
	fx_tmpl_set *set = fx_tmpl_set_new(a, NULL);
	fx_tmpl_error err = {0};
	const char *t = "{{if .X}}a{{else if .Y}}b{{end}}{{$x := .A|printf \"%d\"}}{{(.B .C).D}}";
	assert_int_equal(fx_tmpl_parse(set, "t", t, strlen(t), &err), 0);
	fx_strbuf sb = FX_STRBUF_INIT;
	assert_int_equal(fx_tmpl_tree_string(set, "t", &sb), 0);
	assert_string_equal(fx_sb_cstr(&sb),
			    "{{if .X}}\"a\"{{else}}{{if .Y}}\"b\"{{end}}{{end}}"
			    "{{$x := .A | printf \"%d\"}}{{(.B .C).D}}");
	fx_sb_dispose(&sb);
	fx_tmpl_error_dispose(&err);
	fx_tmpl_set_dispose(set);
	fx_arena_free(a);
}

static void test_values_typing(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	fx_node *v = NULL;
	fx_yaml_opts yo = {0};
	const char *y = "{a: 1, b: [2, x], c: 1.5}";
	assert_int_equal(fx_yaml_load_one(ctx, ctx->arena, 0, y, strlen(y), &yo, &v), 0);
	fx_node *f = fx_tmpl_values_float64(ctx->arena, v);
	assert_int_equal(fx_map_get(f, "a")->kind, FX_FLOAT);
	assert_int_equal(fx_seq_at(fx_map_get(f, "b"), 0)->kind, FX_FLOAT);
	assert_int_equal(fx_map_get(v, "a")->kind, FX_INT); /* input untouched */
	fx_node *i = fx_tmpl_values_int64(ctx->arena, v);
	assert_int_equal(fx_go_type_of(fx_map_get(i, "a")), FX_GO_INT64);
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_printf),
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_tree_string),
		cmocka_unit_test(test_values_typing),
	};
	return FX_RUN_TESTS("tmpl", tests);
}
