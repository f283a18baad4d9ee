/*
 * cli (internal): argument parsing shared by render, plan, validate and
 * graph.
 */
#ifndef FX_CLI_CLUSTER_ARGS_H
#define FX_CLI_CLUSTER_ARGS_H

#include "cli/cli.h"
#include "emit/emit.h"
#include "pipeline.h"

typedef struct {
	const char *cmd;   /* "plan", for messages */
	const char *usage; /* printed by --help */
	const char *const *formats; /* NULL-terminated; the first is the default */
	const char *const *unsupported; /* options rejected as not implemented */
	/* Command-specific options: returns 1 when argv[*i] was consumed
	 * (advancing *i past a value), 0 when it is not one of them, -1 after
	 * printing a usage error. */
	int (*extra)(void *user, int argc, char **argv, int *i);
	void *user;
} fx_cli_cluster_spec;

/* Returns 0 with the index of the chosen format in *format_out and at
 * least one path in opts->paths; 1 after printing --help; 2 after
 * printing a usage error. */
int fx_cli_parse_cluster_args(const fx_cli_cluster_spec *spec, int argc, char **argv,
			      fx_pipeline_opts *opts, int *format_out);

/* The render's clusters as the emitters take them; caller frees. */
fx_emit_cluster *fx_cli_emit_clusters(const fx_render *r);

typedef void (*fx_cli_report_fn)(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n,
				 fx_emit_format fmt);

/* A whole report command (plan, graph): parses arguments, runs the
 * pipeline, prints what `emit` makes of the clusters in format
 * fmts[chosen index] and the diagnostics.  Returns the exit status. */
int fx_cli_run_report(const fx_cli_cluster_spec *spec, const fx_emit_format *fmts, fx_cli_report_fn emit,
		      int argc, char **argv);

#endif
