/*
 * fluxc graph [PATH...] [selection flags] [--format dot|mermaid|json]
 *
 * Prints the units of each cluster and their edges: dependsOn (solid) and
 * discovery parent -> child (dashed).  JSON carries formatVersion.
 * Exit: 0, 1 when a unit failed (cycles included), 2 on bad invocation.
 */
#include "cli/cli.h"
#include "emit/emit.h"
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fx_cmd_graph(int argc, char **argv)
{
	fx_pipeline_opts opts;
	fx_pipeline_opts_init(&opts);
	const char *format = "dot";
	int status = 2;
	fx_ctx *ctx = NULL;
	fx_render *r = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *err = NULL;
		int t = fx_pipeline_take_option(&opts, argc, argv, &i, &err);
		if (t < 0) {
			fx_cli_usage_error("graph", "%s needs a value", err);
			goto out;
		}
		if (t > 0)
			continue;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs("usage: fluxc graph [PATH...] [--rev REV] [--format dot|mermaid|json]\n"
		      "                   [--source [KIND/][NS/]NAME=DIR]... [--root DIR]\n"
		      "                   [--follow-symlinks]\n", stdout);
			status = 0;
			goto out;
		}
		if (!strcmp(a, "--format") && i + 1 < argc) {
			format = argv[++i];
		} else if (!strncmp(a, "--format=", 9)) {
			format = a + 9;
		} else if (a[0] == '-' && a[1]) {
			fx_cli_usage_error("graph", "unknown option '%s'", a);
			goto out;
		} else {
			fx_ptrvec_push(&opts.paths, (void *)a);
		}
	}
	fx_emit_format fmt;
	if (!strcmp(format, "dot"))
		fmt = FX_EMIT_DOT;
	else if (!strcmp(format, "mermaid"))
		fmt = FX_EMIT_MERMAID;
	else if (!strcmp(format, "json"))
		fmt = FX_EMIT_JSON;
	else {
		fx_cli_usage_error("graph", "--format must be dot, mermaid or json, not '%s'", format);
		goto out;
	}
	if (!opts.paths.len)
		fx_ptrvec_push(&opts.paths, (void *)".");
	ctx = fx_ctx_new();
	if (fx_pipeline_run(ctx, &opts, &r) < 0) {
		if (fx_diag_count(ctx)) /* qsort(NULL, 0) is undefined */
			fx_cli_print_diags(ctx, stderr);
		goto out;
	}
	fx_emit_cluster *cl = fx_xcalloc(r->n_clusters + 1, sizeof *cl);
	for (size_t i = 0; i < r->n_clusters; i++)
		cl[i] = (fx_emit_cluster){r->clusters[i].path, r->clusters[i].graph};
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_emit_graph(ctx->arena, &sb, cl, r->n_clusters, fmt);
	if (sb.len)
		fwrite(sb.ptr, 1, sb.len, stdout);
	fflush(stdout);
	fx_sb_dispose(&sb);
	free(cl);
	if (fx_diag_count(ctx)) /* qsort(NULL, 0) is undefined */
		fx_cli_print_diags(ctx, stderr);
	status = fx_render_failed(r) || fx_diag_errors(ctx) ? 1 : 0;
out:
	fx_render_free(r);
	if (ctx)
		fx_ctx_free(ctx);
	fx_pipeline_opts_dispose(&opts);
	return status;
}
