/*
 * Arguments and set-up shared by the commands that walk clusters
 * (render, plan, validate, graph): the pipeline's selection options,
 * --format, -h/--help, command-specific options through a callback, and
 * PATH arguments (default ".").  Also the hand-over of a render's
 * clusters to the emitters.
 */
#include "cli/cluster_args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "a, b or c" for the --format error message. */
static void list_formats(fx_strbuf *sb, const char *const *formats)
{
	for (size_t i = 0; formats[i]; i++) {
		if (i)
			fx_sb_adds(sb, formats[i + 1] ? ", " : " or ");
		fx_sb_adds(sb, formats[i]);
	}
}

static bool is_option(const char *a, const char *name, size_t *len_out)
{
	size_t n = strlen(name);
	if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
		return false;
	*len_out = n;
	return true;
}

int fx_cli_parse_cluster_args(const fx_cli_cluster_spec *spec, int argc, char **argv,
			      fx_pipeline_opts *opts, int *format_out)
{
	const char *format = spec->formats[0];
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *err = NULL;
		size_t n;
		int t = fx_pipeline_take_option(opts, argc, argv, &i, &err);
		if (t < 0)
			return fx_cli_usage_error(spec->cmd, "%s needs a value", err);
		if (t > 0)
			continue;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(spec->usage, stdout);
			return 1;
		}
		if (spec->extra) {
			t = spec->extra(spec->user, argc, argv, &i);
			if (t < 0)
				return 2;
			if (t > 0)
				continue;
		}
		if (!strcmp(a, "--format") && i + 1 < argc) {
			format = argv[++i];
			continue;
		}
		if (!strncmp(a, "--format=", 9)) {
			format = a + 9;
			continue;
		}
		for (size_t u = 0; spec->unsupported && spec->unsupported[u]; u++)
			if (is_option(a, spec->unsupported[u], &n))
				return fx_cli_usage_error(spec->cmd, "unsupported: %s is not implemented yet",
							  spec->unsupported[u]);
		if (a[0] == '-' && a[1])
			return fx_cli_usage_error(spec->cmd, "unknown option '%s'", a);
		fx_ptrvec_push(&opts->paths, (void *)a);
	}
	for (int f = 0; spec->formats[f]; f++) {
		if (!strcmp(format, spec->formats[f])) {
			*format_out = f;
			if (!opts->paths.len)
				fx_ptrvec_push(&opts->paths, (void *)".");
			return 0;
		}
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	list_formats(&sb, spec->formats);
	fx_cli_usage_error(spec->cmd, "--format must be %s, not '%s'", sb.ptr, format);
	fx_sb_dispose(&sb);
	return 2;
}

fx_emit_cluster *fx_cli_emit_clusters(const fx_render *r)
{
	fx_emit_cluster *cl = fx_xcalloc(r->n_clusters + 1, sizeof *cl);
	for (size_t i = 0; i < r->n_clusters; i++)
		cl[i] = (fx_emit_cluster){r->clusters[i].path, r->clusters[i].graph};
	return cl;
}

int fx_cli_run_report(const fx_cli_cluster_spec *spec, const fx_emit_format *fmts, fx_cli_report_fn emit,
		      int argc, char **argv)
{
	fx_pipeline_opts opts;
	fx_pipeline_opts_init(&opts);
	fx_ctx *ctx = NULL;
	fx_render *r = NULL;
	int f = 0;
	int status = fx_cli_parse_cluster_args(spec, argc, argv, &opts, &f);
	if (status != 0) {
		status = status == 1 ? 0 : 2;
		goto out;
	}
	status = 2;
	ctx = fx_ctx_new();
	if (fx_pipeline_run(ctx, &opts, &r) < 0) {
		fx_cli_print_diags(ctx, stderr);
		goto out;
	}
	fx_emit_cluster *cl = fx_cli_emit_clusters(r);
	fx_strbuf sb = FX_STRBUF_INIT;
	emit(ctx->arena, &sb, cl, r->n_clusters, fmts[f]);
	if (sb.len)
		fwrite(sb.ptr, 1, sb.len, stdout);
	fflush(stdout);
	fx_sb_dispose(&sb);
	free(cl);
	fx_cli_print_diags(ctx, stderr);
	status = fx_render_failed(r) || fx_diag_errors(ctx) ? 1 : 0;
out:
	fx_render_free(r);
	if (ctx)
		fx_ctx_free(ctx);
	fx_pipeline_opts_dispose(&opts);
	return status;
}
