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
	return fx_cli_run_report(&spec, fmts, fx_emit_plan, argc, argv);
}
