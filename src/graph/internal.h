/*
 * graph: declarations shared by the files of the stage.
 */
#ifndef FX_GRAPH_INTERNAL_H
#define FX_GRAPH_INTERNAL_H

#include "graph/graph.h"

/* dependsOn resolution, cycles, waves, blocked dependents (deps.c). */
void fx_graph__resolve(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts);
/* Adds a plan warning to a unit (copied into the graph's arena). */
void fx_graph__unit_warn(fx_graph *g, fx_unit *u, const char *msg);

#endif
