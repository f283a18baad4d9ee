/*
 * pipeline: the stages called in order (see pipeline.c).
 *
 * One call renders every cluster entry directory given: it opens "this
 * repository" (the work tree, or a git revision), maps the other sources,
 * walks each cluster (graph), builds each unit (kustomize, postBuild
 * substitution, owner labels, commonMetadata) and leaves the result in an
 * fx_render that the commands hand to emit.
 */
#ifndef FX_PIPELINE_H
#define FX_PIPELINE_H

#include "base/base.h"
#include "graph/graph.h"

typedef struct {
	fx_ptrvec paths;   /* const char *: cluster entry directories (host) */
	const char *rev;   /* git revision of "this repository"; NULL: work tree */
	const char *root;  /* repository root override; NULL: detect */
	fx_ptrvec sources; /* const char *: "[KIND/][NS/]NAME=DIR" */
	fx_ptrvec inputs;  /* const char *: files of cluster-only ConfigMaps/Secrets */
	bool strict_deps;  /* missing dependsOn target is an error (validate) */
	bool no_strict_substitute;
	bool follow_symlinks; /* --follow-symlinks: follow links inside the root
			       * (default: drop them, as a source artifact has none) */
} fx_pipeline_opts;

void fx_pipeline_opts_init(fx_pipeline_opts *o);
void fx_pipeline_opts_dispose(fx_pipeline_opts *o);

/* Consumes one selection option at argv[*i] (--rev, --root, --source,
 * --inputs, --no-strict-substitute, --strict-deps, --follow-symlinks, with "--opt=value" or
 * "--opt value").  Returns 1 when consumed (advancing *i past its value),
 * 0 when argv[*i] is not a selection option, -1 when its value is
 * missing (*err_out names the option). */
int fx_pipeline_take_option(fx_pipeline_opts *o, int argc, char **argv, int *i,
			    const char **err_out);

typedef struct {
	const char *path;  /* as given on the command line */
	const char *entry; /* directory inside the repository */
	fx_graph *graph;   /* NULL when the cluster could not be read */
} fx_cluster;

typedef struct {
	fx_cluster *clusters;
	size_t n_clusters;
	const char *root_display; /* repository root as shown ("." or a path) */
	const char *repo_desc;    /* "work tree" / "revision REV" */
	/* private */
	fx_ptrvec vfs;            /* fx_vfs * to free */
	fx_ptrvec input_docs;     /* fx_node * from --inputs */
	void *sources;            /* fx_graph_source array */
} fx_render;

/* Renders every path.  Returns 0 when every cluster could be walked
 * (units may have failed: fx_render_failed), -1 on bad input or
 * invocation (unreadable path, bad --source, unknown revision, YAML
 * syntax error in a cluster directory); diagnostics are in ctx.  *out is
 * set either way; free with fx_render_free. */
int fx_pipeline_run(fx_ctx *ctx, const fx_pipeline_opts *opts, fx_render **out);
void fx_render_free(fx_render *r);
/* Units failed or blocked, over all clusters. */
size_t fx_render_failed(const fx_render *r);

#endif
