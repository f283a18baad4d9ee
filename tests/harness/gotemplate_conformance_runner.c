/*
 * Test-only driver of the template engine for the Go text/template
 * conformance corpus.  It exposes what `fluxc gotmpl` deliberately does
 * not: the small helper functions Go's own tests register (add, echo,
 * makemap, die, ...), parse-only mode printing the parse tree, the
 * function set known at parse time, extra templates and the template to
 * execute.  It is built for `make check` only and never installed.
 *
 * usage: gotemplate_conformance_runner [--name N] [--delims L R]
 *          [--missingkey M] [--data JSONFILE] [--exec NAME] [--add FILE]...
 *          [--test-funcs] [--sprig] [--parse-funcs a,b,...] [--tree]
 *          TEMPLATE_FILE
 * Output on stdout; errors (Go's message) on stderr with exit status 2.
 */
#include "tmpl/tmpl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(fx_tmpl_call *c, const char *msg)
{
	fx_sb_adds(c->err, msg);
	return -1;
}

static int want_str(fx_tmpl_call *c, size_t i)
{
	if (c->args[i]->kind != FX_STR) {
		fx_sb_addf(c->err, "wrong type for value; expected string; got %s",
			   fx_kind_name((fx_kind)c->args[i]->kind));
		return -1;
	}
	return 0;
}

static int h_add(fx_tmpl_call *c, fx_node **out)
{
	int64_t s = 0;
	for (size_t i = 0; i < c->n_args; i++) {
		if (c->args[i]->kind != FX_INT)
			return fail(c, "wrong type for value; expected int");
		s += c->args[i]->u.i;
	}
	*out = fx_node_int(c->arena, s, FX_LOC_NONE);
	return 0;
}

static int h_echo(fx_tmpl_call *c, fx_node **out)
{
	*out = c->args[0];
	return 0;
}

static int h_makemap(fx_tmpl_call *c, fx_node **out)
{
	if (c->n_args % 2)
		return fail(c, "bad makemap");
	fx_node *m = fx_node_map(c->arena, FX_LOC_NONE);
	for (size_t i = 0; i < c->n_args; i += 2) {
		if (want_str(c, i) || want_str(c, i + 1))
			return -1;
		fx_map_set(c->arena, m, c->args[i]->u.s.ptr, c->args[i + 1]);
	}
	*out = m;
	return 0;
}

static int h_map_of_three(fx_tmpl_call *c, fx_node **out)
{
	fx_node *m = fx_node_map(c->arena, FX_LOC_NONE);
	fx_map_set(c->arena, m, "three", fx_node_int(c->arena, 3, FX_LOC_NONE));
	*out = m;
	return 0;
}

static int h_die(fx_tmpl_call *c, fx_node **out)
{
	(void)out;
	return fail(c, "die");
}

static int h_zero_args(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_node_str(c->arena, "zeroArgs", FX_LOC_NONE);
	return 0;
}

static int h_one_arg(fx_tmpl_call *c, fx_node **out)
{
	if (want_str(c, 0))
		return -1;
	*out = fx_node_str(c->arena, fx_arena_printf(c->arena, "oneArg=%s", c->args[0]->u.s.ptr),
			   FX_LOC_NONE);
	return 0;
}

static int h_two_args(fx_tmpl_call *c, fx_node **out)
{
	if (want_str(c, 0) || want_str(c, 1))
		return -1;
	*out = fx_node_str(c->arena,
			   fx_arena_printf(c->arena, "twoArgs=%s%s", c->args[0]->u.s.ptr,
					   c->args[1]->u.s.ptr),
			   FX_LOC_NONE);
	return 0;
}

static int h_ddd_arg(fx_tmpl_call *c, fx_node **out)
{
	if (c->args[0]->kind != FX_INT)
		return fail(c, "wrong type for value; expected int");
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "%lld [", (long long)c->args[0]->u.i);
	for (size_t i = 1; i < c->n_args; i++) {
		if (want_str(c, i)) {
			fx_sb_dispose(&sb);
			return -1;
		}
		if (i > 1)
			fx_sb_addc(&sb, ' ');
		fx_sb_adds(&sb, c->args[i]->u.s.ptr);
	}
	fx_sb_adds(&sb, "]\n");
	*out = fx_node_str(c->arena, fx_sb_cstr(&sb), FX_LOC_NONE);
	fx_sb_dispose(&sb);
	return 0;
}

static int h_return_int(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_node_int(c->arena, 7, FX_LOC_NONE);
	return 0;
}

static int h_value_string(fx_tmpl_call *c, fx_node **out)
{
	if (want_str(c, 0))
		return -1;
	*out = fx_node_str(c->arena, "value is ignored", FX_LOC_NONE);
	return 0;
}

static int h_type_of(fx_tmpl_call *c, fx_node **out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_node *f = fx_node_str(c->arena, "%T", FX_LOC_NONE);
	(void)f;
	/* %T through the engine's own formatter */
	fx_sb_adds(&sb, "");
	const fx_node *v = c->args[0];
	const char *t = "<nil>";
	if (v && v->kind != FX_NULL) {
		switch (v->kind) {
		case FX_BOOL: t = "bool"; break;
		case FX_INT: t = "int"; break;
		case FX_FLOAT: t = "float64"; break;
		case FX_STR: t = "string"; break;
		case FX_SEQ:
			t = fx_go_type_of(v) == FX_GO_COMPLEX ? "complex128" : "[]interface {}";
			break;
		default: t = "map[string]interface {}"; break;
		}
	}
	*out = fx_node_str(c->arena, t, FX_LOC_NONE);
	fx_sb_dispose(&sb);
	return 0;
}

static const fx_tmpl_func test_funcs[] = {
	{"add", h_add, 0, -1, 0},
	{"dddArg", h_ddd_arg, 1, -1, 0},
	{"die", h_die, 0, 0, 0},
	{"echo", h_echo, 1, 1, 0},
	{"makemap", h_makemap, 0, -1, 0},
	{"mapOfThree", h_map_of_three, 0, 0, 0},
	{"oneArg", h_one_arg, 1, 1, 0},
	{"returnInt", h_return_int, 0, 0, 0},
	{"twoArgs", h_two_args, 2, 2, 0},
	{"typeOf", h_type_of, 1, 1, 0},
	{"valueString", h_value_string, 1, 1, 0},
	{"zeroArgs", h_zero_args, 0, 0, 0},
};

static int h_dummy(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_node_null(c->arena, FX_LOC_NONE);
	(void)c;
	return 0;
}

int main(int argc, char **argv)
{
	fx_tmpl_opts opts = {0};
	const char *name = "test", *data_path = NULL, *exec_name = NULL, *path = NULL;
	const char *adds[16];
	size_t n_adds = 0;
	bool tree = false;
	fx_tmpl_func *pfuncs = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--name") && i + 1 < argc) {
			name = argv[++i];
		} else if (!strcmp(a, "--delims") && i + 2 < argc) {
			opts.left_delim = argv[++i];
			opts.right_delim = argv[++i];
		} else if (!strcmp(a, "--missingkey") && i + 1 < argc) {
			const char *m = argv[++i];
			opts.missingkey = !strcmp(m, "zero")    ? FX_TMPL_MISSING_ZERO
					  : !strcmp(m, "error") ? FX_TMPL_MISSING_ERROR
								: FX_TMPL_MISSING_DEFAULT;
		} else if (!strcmp(a, "--data") && i + 1 < argc) {
			data_path = argv[++i];
		} else if (!strcmp(a, "--exec") && i + 1 < argc) {
			exec_name = argv[++i];
		} else if (!strcmp(a, "--add") && i + 1 < argc && n_adds < 16) {
			adds[n_adds++] = argv[++i];
		} else if (!strcmp(a, "--test-funcs")) {
			opts.extra = test_funcs;
			opts.n_extra = sizeof(test_funcs) / sizeof(test_funcs[0]);
		} else if (!strcmp(a, "--sprig")) {
			opts.sprig = true;
		} else if (!strcmp(a, "--helm")) {
			opts.sprig = opts.helm = true;
		} else if (!strcmp(a, "--max-depth") && i + 1 < argc) {
			opts.max_depth = (size_t)strtoul(argv[++i], NULL, 10);
		} else if (!strcmp(a, "--tree")) {
			tree = true;
		} else if (!strcmp(a, "--parse-funcs") && i + 1 < argc) {
			const char *list = argv[++i];
			size_t n = 0, cap = 1;
			for (const char *p = list; *p; p++)
				cap += *p == ',';
			pfuncs = calloc(cap, sizeof(*pfuncs));
			char *dup = fx_xstrdup(list);
			for (char *tok = strtok(dup, ","); tok; tok = strtok(NULL, ","))
				pfuncs[n++] = (fx_tmpl_func){fx_xstrdup(tok), h_dummy, 0, -1, 0};
			free(dup);
			opts.extra = pfuncs;
			opts.n_extra = n;
			opts.no_builtins = true;
		} else {
			path = a;
		}
	}
	if (!path) {
		fprintf(stderr, "usage: gotemplate_conformance_runner [options] TEMPLATE_FILE\n");
		return 2;
	}
	int rc = 2;
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf text = FX_STRBUF_INIT, out = FX_STRBUF_INIT;
	fx_tmpl_error err = {0};
	fx_tmpl_set *set = fx_tmpl_set_new(ctx->arena, &opts);
	fx_node *data = NULL;
	if (fx_read_host_file(path, &text) != 0)
		goto out;
	if (data_path) {
		fx_strbuf d = FX_STRBUF_INIT;
		if (fx_read_host_file(data_path, &d) != 0 ||
		    fx_json_load(ctx, ctx->arena, fx_src_add(ctx, data_path), fx_sb_cstr(&d), d.len,
				 &data) != 0) {
			fprintf(stderr, "bad data file\n");
			fx_sb_dispose(&d);
			goto out;
		}
		fx_sb_dispose(&d);
	}
	if (fx_tmpl_parse(set, name, fx_sb_cstr(&text), text.len, &err) != 0)
		goto fail;
	for (size_t i = 0; i < n_adds; i++) {
		fx_strbuf t = FX_STRBUF_INIT;
		if (fx_read_host_file(adds[i], &t) != 0) {
			fx_sb_dispose(&t);
			goto out;
		}
		int r = fx_tmpl_parse(set, name, fx_sb_cstr(&t), t.len, &err);
		fx_sb_dispose(&t);
		if (r)
			goto fail;
	}
	if (tree) {
		fx_tmpl_tree_string(set, name, &out);
		fwrite(fx_sb_cstr(&out), 1, out.len, stdout);
		rc = 0;
		goto out;
	}
	fx_tmpl_env env = {0};
	if (fx_tmpl_execute(set, exec_name ? exec_name : name, data, &env, &out, &err) != 0)
		goto fail;
	fwrite(fx_sb_cstr(&out), 1, out.len, stdout);
	rc = 0;
	goto out;
fail:
	fwrite(fx_sb_cstr(&out), 1, out.len, stdout);
	fprintf(stderr, "%s\n", fx_sb_cstr(&err.msg));
	rc = 2;
out:
	if (pfuncs) {
		for (size_t i = 0; i < opts.n_extra; i++)
			free((char *)pfuncs[i].name);
		free(pfuncs);
	}
	fx_tmpl_error_dispose(&err);
	fx_tmpl_set_dispose(set);
	fx_sb_dispose(&text);
	fx_sb_dispose(&out);
	fx_ctx_free(ctx);
	return rc;
}
