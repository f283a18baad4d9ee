/*
 * fluxc envsubst [--strict] [--var K=V]... [--vars-file FILE]
 *
 * Runs Flux's postBuild envsubst dialect over stdin and writes the result
 * to stdout, byte for byte (raw text: no YAML processing, no newline
 * stripping of values).  --vars-file takes a flat YAML or JSON mapping of
 * names to values; --var entries are applied after it and win.  Without
 * --strict an undefined variable reads as "".  Exit 2 with the evaluator's
 * message on failure.
 */
#include "cli/cli.h"
#include "subst/subst.h"
#include "yaml/yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *ptr;
	size_t len;
} val;

typedef struct {
	fx_strmap *vars; /* name -> val * (arena) */
	fx_arena *a;
} varset;

static bool lookup(void *ud, const char *name, size_t name_len, const char **val_out,
		   size_t *len_out)
{
	const varset *vs = ud;
	const val *v = fx_strmap_getn(vs->vars, name, name_len);
	if (!v)
		return false;
	*val_out = v->ptr;
	*len_out = v->len;
	return true;
}

static void put_var(varset *vs, const char *name, size_t nlen, const char *value, size_t vlen)
{
	val *v = fx_arena_alloc(vs->a, sizeof *v);
	v->ptr = fx_arena_strndup(vs->a, value, vlen);
	v->len = vlen;
	fx_strmap_putn(vs->vars, name, nlen, v);
}

static int load_vars_file(fx_ctx *ctx, varset *vs, const char *path)
{
	fx_strbuf buf = FX_STRBUF_INIT;
	fx_node *doc = NULL;
	int rc = -1;
	if (fx_read_host_file(path, &buf) != 0) {
		fx_cli_usage_error("envsubst", "cannot read vars file '%s'", path);
		goto out;
	}
	fx_yaml_opts o = {.schema = FX_YAML_SCHEMA_KYAML};
	uint32_t f = fx_src_add(ctx, path);
	if (fx_yaml_load_one(ctx, vs->a, f, fx_sb_cstr(&buf), buf.len, &o, &doc) != 0) {
		fx_cli_print_diags(ctx, stderr);
		goto out;
	}
	if (doc->kind == FX_NULL) {
		rc = 0;
		goto out;
	}
	if (doc->kind != FX_MAP) {
		fx_cli_usage_error("envsubst", "%s: vars file must be a mapping of names to values",
				   path);
		goto out;
	}
	for (size_t i = 0; i < doc->u.map.len; i++) {
		const fx_node *k = doc->u.map.items[i].key;
		const fx_node *v = doc->u.map.items[i].val;
		if (!fx_node_is_scalar(k) || !fx_node_is_scalar(v)) {
			fx_cli_usage_error("envsubst",
					   "%s:%u:%u: vars file values must be scalars", path,
					   v->loc.line, v->loc.col);
			goto out;
		}
		const char *ks = fx_scalar_text(vs->a, k);
		if (v->kind == FX_STR)
			put_var(vs, ks, strlen(ks), v->u.s.ptr, v->u.s.len);
		else if (v->kind == FX_NULL)
			put_var(vs, ks, strlen(ks), "", 0);
		else {
			const char *t = fx_scalar_text(vs->a, v);
			put_var(vs, ks, strlen(ks), t, strlen(t));
		}
	}
	rc = 0;
out:
	fx_sb_dispose(&buf);
	return rc;
}

static int read_stdin(fx_strbuf *out)
{
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		fx_sb_add(out, chunk, n);
	return ferror(stdin) ? -1 : 0;
}

static int usage(void)
{
	return fx_cli_usage_error(
		"envsubst", "usage: fluxc envsubst [--strict] [--var K=V]... [--vars-file FILE]");
}

int fx_cmd_envsubst(int argc, char **argv)
{
	fx_ctx *ctx = fx_ctx_new();
	varset vs = {fx_strmap_new(), ctx->arena};
	fx_ptrvec inline_vars = FX_PTRVEC_INIT;
	const char *vars_file = NULL;
	fx_strbuf in = FX_STRBUF_INIT, out = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
	bool strict = false;
	int status = 2;

	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const char *optval = NULL;
		if (strcmp(arg, "--strict") == 0) {
			strict = true;
		} else if (strcmp(arg, "--var") == 0 || strcmp(arg, "--vars-file") == 0) {
			if (i + 1 >= argc) {
				status = usage();
				goto out;
			}
			optval = argv[++i];
		} else if (fx_str_has_prefix(arg, "--var=") || fx_str_has_prefix(arg, "--vars-file=")) {
			optval = strchr(arg, '=') + 1;
		} else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
			printf("usage: fluxc envsubst [--strict] [--var K=V]... [--vars-file FILE]\n");
			status = 0;
			goto out;
		} else {
			fx_cli_usage_error("envsubst", "unknown argument '%s'", arg);
			status = usage();
			goto out;
		}
		if (!optval)
			continue;
		if (fx_str_has_prefix(arg, "--vars-file")) {
			vars_file = optval;
		} else {
			if (!strchr(optval, '=')) {
				status = fx_cli_usage_error("envsubst",
							    "--var expects K=V, got '%s'", optval);
				goto out;
			}
			fx_ptrvec_push(&inline_vars, (void *)optval);
		}
	}
	if (vars_file && load_vars_file(ctx, &vs, vars_file) != 0)
		goto out;
	for (size_t i = 0; i < inline_vars.len; i++) {
		const char *kv = inline_vars.items[i];
		const char *eq = strchr(kv, '=');
		put_var(&vs, kv, (size_t)(eq - kv), eq + 1, strlen(eq + 1));
	}
	if (read_stdin(&in) != 0) {
		status = fx_cli_usage_error("envsubst", "cannot read standard input");
		goto out;
	}
	fx_envsubst_env env = {.strict = strict, .lookup = lookup, .ud = &vs};
	if (fx_envsubst_eval(&out, &err, fx_sb_cstr(&in), in.len, &env) != 0) {
		status = fx_cli_usage_error("envsubst", "%s", fx_sb_cstr(&err));
		goto out;
	}
	if (out.len && fwrite(out.ptr, 1, out.len, stdout) != out.len) {
		status = fx_cli_usage_error("envsubst", "cannot write standard output");
		goto out;
	}
	if (fflush(stdout) != 0) {
		status = fx_cli_usage_error("envsubst", "cannot write standard output");
		goto out;
	}
	status = 0;
out:
	fx_sb_dispose(&in);
	fx_sb_dispose(&out);
	fx_sb_dispose(&err);
	fx_ptrvec_dispose(&inline_vars);
	fx_strmap_free(vs.vars);
	fx_ctx_free(ctx);
	return status;
}
