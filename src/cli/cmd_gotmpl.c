/*
 * fluxc gotmpl [--data FILE] [--helm] [options] TEMPLATE_FILE
 *
 * Renders one Go text/template file with Sprig's functions (and Helm's
 * with --helm) over data read from a YAML or JSON file, typed as YAML
 * reads it (integers are Go ints).  Without --helm, Go's default options
 * apply (missing keys print "<no value>"); --helm selects what Helm does:
 * missingkey=zero, Helm's function set, values numbers as float64 and
 * the removal of "<no value>" from the output.
 *
 * Options:
 *   --data FILE          data (dot); default: nil
 *   --helm               Helm mode (see above)
 *   --name NAME          template name used in messages (default: the
 *                        file's base name)
 *   --missingkey MODE    default | zero | error (overrides --helm's zero)
 *   --delims L,R         action delimiters
 *   --now SECONDS        the clock of now/date functions (default: now)
 *   --seed N             seed of the random functions (default: clock)
 *
 * Output goes to stdout; parse and execution errors are reported located
 * in the template file and give exit status 2.
 */
#include "cli/cli.h"
#include "tmpl/tmpl.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

int fx_cmd_gotmpl(int argc, char **argv)
{
	const char *data_path = NULL, *tmpl_path = NULL, *name = NULL, *mk = NULL;
	const char *delims = NULL;
	bool helm = false;
	bool have_now = false, have_seed = false;
	long long now = 0;
	unsigned long long seed = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--helm")) {
			helm = true;
		} else if (!strcmp(a, "--data") || !strcmp(a, "--name") ||
			   !strcmp(a, "--missingkey") || !strcmp(a, "--delims") ||
			   !strcmp(a, "--now") || !strcmp(a, "--seed")) {
			if (i + 1 >= argc)
				return fx_cli_usage_error("gotmpl", "%s needs a value", a);
			const char *v = argv[++i];
			if (!strcmp(a, "--data"))
				data_path = v;
			else if (!strcmp(a, "--name"))
				name = v;
			else if (!strcmp(a, "--missingkey"))
				mk = v;
			else if (!strcmp(a, "--delims"))
				delims = v;
			else if (!strcmp(a, "--now"))
				now = strtoll(v, NULL, 10), have_now = true;
			else
				seed = strtoull(v, NULL, 10), have_seed = true;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs("usage: fluxc gotmpl [--data FILE] [--helm] [--name NAME] "
			      "[--missingkey MODE] [--delims L,R] [--now SECONDS] [--seed N] "
			      "TEMPLATE_FILE\n",
			      stdout);
			return 0;
		} else if (a[0] == '-' && a[1]) {
			return fx_cli_usage_error("gotmpl", "unknown option %s", a);
		} else if (!tmpl_path) {
			tmpl_path = a;
		} else {
			return fx_cli_usage_error("gotmpl", "only one template file is accepted");
		}
	}
	if (!tmpl_path)
		return fx_cli_usage_error("gotmpl", "missing TEMPLATE_FILE");

	fx_tmpl_opts opts = {0};
	opts.sprig = true;
	opts.helm = helm;
	opts.missingkey = helm ? FX_TMPL_MISSING_ZERO : FX_TMPL_MISSING_DEFAULT;
	if (mk) {
		if (!strcmp(mk, "default") || !strcmp(mk, "invalid"))
			opts.missingkey = FX_TMPL_MISSING_DEFAULT;
		else if (!strcmp(mk, "zero"))
			opts.missingkey = FX_TMPL_MISSING_ZERO;
		else if (!strcmp(mk, "error"))
			opts.missingkey = FX_TMPL_MISSING_ERROR;
		else
			return fx_cli_usage_error("gotmpl", "unknown missingkey mode %s", mk);
	}

	int rc = 2;
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf text = FX_STRBUF_INIT, data_text = FX_STRBUF_INIT, out = FX_STRBUF_INIT;
	fx_tmpl_error err = {0};
	fx_tmpl_set *set = NULL;
	char *ld = NULL, *rd = NULL;
	if (delims) {
		const char *comma = strchr(delims, ',');
		if (!comma) {
			rc = fx_cli_usage_error("gotmpl", "--delims wants LEFT,RIGHT");
			goto out;
		}
		ld = fx_xstrndup(delims, (size_t)(comma - delims));
		rd = fx_xstrdup(comma + 1);
		opts.left_delim = ld;
		opts.right_delim = rd;
	}
	opts.max_depth = ctx->limits.max_template_depth;
	opts.max_output = ctx->limits.max_output_bytes;

	if (fx_read_host_file(tmpl_path, &text) != 0) {
		rc = fx_cli_usage_error("gotmpl", "cannot read %s", tmpl_path);
		goto out;
	}
	uint32_t tfile = fx_src_add(ctx, tmpl_path);
	fx_node *data = NULL;
	if (data_path) {
		if (fx_read_host_file(data_path, &data_text) != 0) {
			rc = fx_cli_usage_error("gotmpl", "cannot read %s", data_path);
			goto out;
		}
		fx_yaml_opts yo = {0};
		uint32_t dfile = fx_src_add(ctx, data_path);
		if (fx_yaml_load_one(ctx, ctx->arena, dfile, fx_sb_cstr(&data_text), data_text.len,
				     &yo, &data) != 0) {
			fx_cli_print_diags(ctx, stderr);
			goto out;
		}
		if (helm)
			data = fx_tmpl_values_float64(ctx->arena, data);
	}

	set = fx_tmpl_set_new(ctx->arena, &opts);
	if (!name)
		name = base_name(tmpl_path);
	fx_tmpl_env env = {0};
	env.now_unix = have_now ? now : (int64_t)time(NULL);
	env.rand_seed = have_seed ? seed : (uint64_t)env.now_unix;
	env.rand_state = env.rand_seed;
	env.helm = helm;
	if (fx_tmpl_parse(set, name, fx_sb_cstr(&text), text.len, &err) != 0 ||
	    fx_tmpl_execute(set, name, data, &env, &out, &err) != 0) {
		/* no partial output: the message says where rendering stopped */
		fx_error(ctx, fx_loc_make(tfile, err.line, err.col), "FX4001", "%s",
			 fx_sb_cstr(&err.msg));
		fx_cli_print_diags(ctx, stderr);
		rc = 2;
		goto out;
	}
	fwrite(out.ptr ? out.ptr : "", 1, out.len, stdout);
	rc = fflush(stdout) == 0 ? 0 : 2;
out:
	fx_tmpl_error_dispose(&err);
	fx_tmpl_set_dispose(set);
	fx_sb_dispose(&text);
	fx_sb_dispose(&data_text);
	fx_sb_dispose(&out);
	free(ld);
	free(rd);
	fx_ctx_free(ctx);
	return rc;
}
