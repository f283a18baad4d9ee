/*
 * fluxc validate [PATH...] [selection flags] [--format text|json|junit]
 *
 * Renders every cluster with strict dependency checking (a missing
 * dependsOn target is an error), then checks every rendered object
 * (apiVersion, kind, name; names, labels, annotations as the API server
 * accepts them; the server-side apply rules for Kustomization output;
 * scopes of custom kinds from the render's CRDs) and that no two units
 * emit the same object, keyed as the API server would.  Graph
 * errors (cycles, duplicates, unit failures, YAML syntax errors) are
 * reported with the rest.  Text: the diagnostics on stderr and a summary
 * line on stdout; JSON: a versioned report on stdout; junit: JUnit XML.
 * Exit: 0 valid, 1 any error, 2 bad invocation.
 */
#include "cli/cluster_args.h"
#include "emit/emit.h"
#include "pipeline.h"
#include "validate/validate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void loc_json(fx_strbuf *sb, fx_ctx *ctx, fx_loc loc)
{
	fx_sb_adds(sb, "\"file\": ");
	fx_emit_json_str(sb, fx_src_name(ctx, loc.file));
	fx_sb_addf(sb, ", \"line\": %u, \"column\": %u", loc.line, loc.col);
}

static void report_json(fx_ctx *ctx, fx_strbuf *sb, size_t units, size_t objects)
{
	static const char *const sev[] = {"note", "warning", "error"};
	size_t errors = fx_diag_errors(ctx);
	fx_sb_addf(sb,
		   "{\n  \"formatVersion\": %d,\n  \"kind\": \"ValidationReport\",\n  \"valid\": "
		   "%s,\n  \"units\": %zu,\n  \"objects\": %zu,\n  \"errors\": %zu,\n  "
		   "\"diagnostics\": [",
		   FX_EMIT_FORMAT_VERSION, errors ? "false" : "true", units, objects, errors);
	for (size_t i = 0; i < fx_diag_count(ctx); i++) {
		const fx_diag *d = fx_diag_at(ctx, i);
		fx_sb_adds(sb, i ? ",\n    {" : "\n    {");
		fx_sb_addf(sb, "\"severity\": \"%s\", ", sev[d->sev]);
		loc_json(sb, ctx, d->loc);
		fx_sb_adds(sb, ", \"code\": ");
		fx_emit_json_str(sb, d->code ? d->code : "");
		fx_sb_adds(sb, ", \"message\": ");
		fx_emit_json_str(sb, d->msg);
		fx_sb_adds(sb, ", \"notes\": [");
		for (size_t k = 0; k < d->n_notes; k++) {
			fx_sb_adds(sb, k ? ", {" : "{");
			loc_json(sb, ctx, d->notes[k].loc);
			fx_sb_adds(sb, ", \"message\": ");
			fx_emit_json_str(sb, d->notes[k].msg);
			fx_sb_adds(sb, "}");
		}
		fx_sb_adds(sb, "]}");
	}
	fx_sb_adds(sb, fx_diag_count(ctx) ? "\n  ]\n}\n" : "]\n}\n");
}

static void xml_str(fx_strbuf *sb, const char *s)
{
	for (const char *p = s ? s : ""; *p; p++) {
		switch (*p) {
		case '<': fx_sb_adds(sb, "&lt;"); break;
		case '>': fx_sb_adds(sb, "&gt;"); break;
		case '&': fx_sb_adds(sb, "&amp;"); break;
		case '"': fx_sb_adds(sb, "&quot;"); break;
		case '\n': fx_sb_adds(sb, "&#10;"); break;
		default:
			if ((unsigned char)*p >= 0x20 || *p == '\t')
				fx_sb_addc(sb, *p);
		}
	}
}

/* JUnit XML: one test case per unit of each cluster (failed and blocked
 * units fail), then one failing case per error diagnostic. */
static void report_junit(fx_ctx *ctx, fx_strbuf *sb, const fx_render *r)
{
	size_t errors = fx_diag_errors(ctx), tests = errors, failures = errors;
	for (size_t c = 0; r && c < r->n_clusters; c++) {
		const fx_graph *g = r->clusters[c].graph;
		tests += g ? g->units.len : 0;
		failures += g ? fx_graph_failed(g) : 0;
	}
	fx_sb_addf(sb,
		   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<testsuites name=\"fluxc validate\" tests=\"%zu\" failures=\"%zu\">\n",
		   tests, failures);
	for (size_t c = 0; r && c < r->n_clusters; c++) {
		const fx_graph *g = r->clusters[c].graph;
		if (!g)
			continue;
		fx_sb_adds(sb, "  <testsuite name=\"");
		xml_str(sb, r->clusters[c].path);
		fx_sb_addf(sb, "\" tests=\"%zu\" failures=\"%zu\">\n", g->units.len,
			   fx_graph_failed(g));
		for (size_t i = 0; i < g->order.len; i++) {
			const fx_unit *u = g->order.items[i];
			bool bad = u->status == FX_UNIT_FAILED || u->status == FX_UNIT_BLOCKED;
			fx_sb_adds(sb, "    <testcase classname=\"");
			xml_str(sb, r->clusters[c].path);
			fx_sb_adds(sb, "\" name=\"");
			xml_str(sb, u->key);
			if (!bad) {
				fx_sb_adds(sb, "\"/>\n");
				continue;
			}
			fx_sb_adds(sb, "\">\n      <failure message=\"");
			xml_str(sb, u->message);
			fx_sb_adds(sb, "\"/>\n    </testcase>\n");
		}
		fx_sb_adds(sb, "  </testsuite>\n");
	}
	fx_sb_addf(sb, "  <testsuite name=\"diagnostics\" tests=\"%zu\" failures=\"%zu\">\n", errors,
		   errors);
	for (size_t i = 0; i < fx_diag_count(ctx); i++) {
		const fx_diag *d = fx_diag_at(ctx, i);
		if (d->sev != FX_SEV_ERROR)
			continue;
		fx_strbuf where = FX_STRBUF_INIT;
		fx_loc_format(ctx, d->loc, &where);
		if (where.len >= 2 && where.ptr[where.len - 1] == ' ')
			fx_sb_truncate(&where, where.len - 2); /* "file:l:c: " */
		fx_sb_adds(sb, "    <testcase classname=\"diagnostics\" name=\"");
		xml_str(sb, where.len ? where.ptr : "(no location)");
		fx_sb_adds(sb, "\">\n      <failure message=\"");
		xml_str(sb, d->msg);
		fx_sb_adds(sb, "\" type=\"");
		xml_str(sb, d->code ? d->code : "error");
		fx_sb_adds(sb, "\"/>\n    </testcase>\n");
		fx_sb_dispose(&where);
	}
	fx_sb_adds(sb, "  </testsuite>\n</testsuites>\n");
}

static const char *const validate_formats[] = {"text", "json", "junit", NULL};
static const char *const validate_unsupported[] = {"--schemas", NULL};

int fx_cmd_validate(int argc, char **argv)
{
	const fx_cli_cluster_spec spec = {
		.cmd = "validate",
		.usage = "usage: fluxc validate [PATH...] [--rev REV] [--format text|json|junit]\n"
			 "                      [--source [KIND/][NS/]NAME=DIR]... [--inputs FILE]... "
			 "[--root DIR]\n"
			 "                      [--follow-symlinks]\n",
		.formats = validate_formats,
		.unsupported = validate_unsupported,
	};
	fx_pipeline_opts opts;
	fx_pipeline_opts_init(&opts);
	opts.strict_deps = true;
	fx_ctx *ctx = NULL;
	fx_render *r = NULL;
	int f = 0;
	int status = fx_cli_parse_cluster_args(&spec, argc, argv, &opts, &f);
	if (status != 0) {
		status = status == 1 ? 0 : 2;
		goto out;
	}
	status = 2;
	bool json = f == 1, junit = f == 2;
	ctx = fx_ctx_new();
	int prc = fx_pipeline_run(ctx, &opts, &r);
	size_t units = 0;
	fx_ptrvec objs = FX_PTRVEC_INIT, owners = FX_PTRVEC_INIT;
	for (size_t c = 0; prc == 0 && c < r->n_clusters; c++) {
		const fx_graph *g = r->clusters[c].graph;
		if (!g)
			continue;
		units += g->units.len;
		size_t first = objs.len;
		for (size_t i = 0; i < g->order.len; i++) {
			const fx_unit *u = g->order.items[i];
			if (u->status != FX_UNIT_RENDERED)
				continue;
			for (size_t k = 0; k < u->objects.len; k++) {
				fx_ptrvec_push(&objs, u->objects.items[k]);
				fx_ptrvec_push(&owners, (void *)u->key);
			}
		}
		/* one cluster at a time: clusters are separate API servers, and
		 * the CRDs of a cluster's render give the scopes of its kinds */
		fx_node *const *cobjs = (fx_node *const *)objs.items + first;
		const char *const *cowners = (const char *const *)owners.items + first;
		size_t n = objs.len - first;
		fx_strmap *scopes = fx_strmap_new();
		fx_validate_collect_scopes(cobjs, n, scopes);
		for (size_t k = 0; k < n; k++) {
			/* server-side apply rules for Kustomization output only */
			fx_validate_opts vo = {
				.applied_by_kustomization = fx_str_has_prefix(cowners[k], "Kustomization/"),
				.scopes = scopes,
			};
			fx_validate_object_opts(ctx, cobjs[k], &vo);
		}
		fx_validate_unique_scoped(ctx, cobjs, n, cowners, scopes);
		fx_strmap_free(scopes);
	}
	fx_cli_print_diags(ctx, stderr);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (json) {
		report_json(ctx, &sb, units, objs.len);
	} else if (junit) {
		report_junit(ctx, &sb, r);
	} else {
		size_t warnings = 0;
		for (size_t i = 0; i < fx_diag_count(ctx); i++)
			warnings += fx_diag_at(ctx, i)->sev == FX_SEV_WARNING;
		fx_sb_addf(&sb, "%s: %zu unit%s, %zu object%s, %zu error%s, %zu warning%s\n",
			   fx_diag_errors(ctx) ? "invalid" : "valid", units, units == 1 ? "" : "s",
			   objs.len, objs.len == 1 ? "" : "s", fx_diag_errors(ctx),
			   fx_diag_errors(ctx) == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
	}
	fwrite(sb.ptr, 1, sb.len, stdout);
	fflush(stdout);
	fx_sb_dispose(&sb);
	fx_ptrvec_dispose(&objs);
	fx_ptrvec_dispose(&owners);
	status = fx_diag_errors(ctx) || fx_render_failed(r) ? 1 : 0;
out:
	fx_render_free(r);
	if (ctx)
		fx_ctx_free(ctx);
	fx_pipeline_opts_dispose(&opts);
	return status;
}
