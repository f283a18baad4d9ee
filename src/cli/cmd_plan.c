/*
 * fluxc plan [PATH...] [selection flags] [--format text|json|markdown]
 *
 * Renders the clusters and prints, per cluster, the units in wave order
 * with source and path, dependsOn, object counts, runtime settings and
 * warnings.  JSON carries formatVersion.  Exit as render: 0, 1 when a
 * unit failed or was blocked, 2 on bad invocation or unreadable input.
 */
#include "cli/cluster_args.h"
#include "emit/emit.h"
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const plan_formats[] = {"text", "json", "markdown", NULL};
static const char *const plan_unsupported[] = {"--base", NULL};

int fx_cmd_plan(int argc, char **argv)
{
	static const fx_emit_format fmts[] = {FX_EMIT_TEXT, FX_EMIT_JSON, FX_EMIT_MARKDOWN};
	const fx_cli_cluster_spec spec = {
		.cmd = "plan",
		.usage = "usage: fluxc plan [PATH...] [--rev REV] [--format text|json|markdown]\n"
			 "                  [--source [KIND/][NS/]NAME=DIR]... [--inputs FILE]... [--root DIR]\n"
			 "                  [--follow-symlinks]\n",
		.formats = plan_formats,
		.unsupported = plan_unsupported,
	};
	fx_pipeline_opts opts;
	fx_pipeline_opts_init(&opts);
	fx_ctx *ctx = NULL;
	fx_render *r = NULL;
	int f = 0;
	int status = fx_cli_parse_cluster_args(&spec, argc, argv, &opts, &f);
	if (status != 0) {
		status = status == 1 ? 0 : 2;
		goto out;
	}
	status = 2;
	fx_emit_format fmt = fmts[f];
	ctx = fx_ctx_new();
	if (fx_pipeline_run(ctx, &opts, &r) < 0) {
		fx_cli_print_diags(ctx, stderr);
		goto out;
	}
	fx_emit_cluster *cl = fx_cli_emit_clusters(r);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_emit_plan(ctx->arena, &sb, cl, r->n_clusters, fmt);
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
