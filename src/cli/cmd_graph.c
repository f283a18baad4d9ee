/*
 * fluxc graph [PATH...] [selection flags] [--format dot|mermaid|json]
 *
 * Prints the units of each cluster and their edges: dependsOn (solid) and
 * discovery parent -> child (dashed).  JSON carries formatVersion.
 * Exit: 0, 1 when a unit failed (cycles included), 2 on bad invocation.
 */
#include "cli/cluster_args.h"
#include "emit/emit.h"
#include "pipeline.h"

static const char *const graph_formats[] = {"dot", "mermaid", "json", NULL};

int fx_cmd_graph(int argc, char **argv)
{
	static const fx_emit_format fmts[] = {FX_EMIT_DOT, FX_EMIT_MERMAID, FX_EMIT_JSON};
	const fx_cli_cluster_spec spec = {
		.cmd = "graph",
		.usage = "usage: fluxc graph [PATH...] [--rev REV] [--format dot|mermaid|json]\n"
			 "                   [--source [KIND/][NS/]NAME=DIR]... [--root DIR]\n"
			 "                   [--follow-symlinks]\n",
		.formats = graph_formats,
	};
	return fx_cli_run_report(&spec, fmts, fx_emit_graph, argc, argv);
}
