/*
 * fluxc validate [PATH...] [selection flags] [--format text|json]
 *
 * Renders every cluster with strict dependency checking (a missing
 * dependsOn target is an error), then checks every rendered object
 * (apiVersion, kind, name; names, labels, annotations as the API server
 * accepts them) and that no two units emit the same object.  Graph
 * errors (cycles, duplicates, unit failures, YAML syntax errors) are
 * reported with the rest.  Text: the diagnostics on stderr and a summary
 * line on stdout; JSON: a versioned report on stdout.
 * Exit: 0 valid, 1 any error, 2 bad invocation.
 */
#include "cli/cli.h"
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

int fx_cmd_validate(int argc, char **argv)
{
	fx_pipeline_opts opts;
	fx_pipeline_opts_init(&opts);
	opts.strict_deps = true;
	const char *format = "text";
	int status = 2;
	fx_ctx *ctx = NULL;
	fx_render *r = NULL;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *err = NULL;
		int t = fx_pipeline_take_option(&opts, argc, argv, &i, &err);
		if (t < 0) {
			fx_cli_usage_error("validate", "%s needs a value", err);
			goto out;
		}
		if (t > 0)
			continue;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs("usage: fluxc validate [PATH...] [--rev REV] [--format text|json]\n"
		      "                      [--source [KIND/][NS/]NAME=DIR]... [--inputs FILE]... [--root DIR]\n", stdout);
			status = 0;
			goto out;
		}
		if (!strcmp(a, "--format") && i + 1 < argc) {
			format = argv[++i];
		} else if (!strncmp(a, "--format=", 9)) {
			format = a + 9;
		} else if (!strcmp(a, "--schemas") || !strncmp(a, "--schemas=", 10)) {
			fx_cli_usage_error("validate", "unsupported: --schemas is not implemented yet");
			goto out;
		} else if (a[0] == '-' && a[1]) {
			fx_cli_usage_error("validate", "unknown option '%s'", a);
			goto out;
		} else {
			fx_ptrvec_push(&opts.paths, (void *)a);
		}
	}
	bool json = !strcmp(format, "json");
	if (!json && strcmp(format, "text") != 0) {
		fx_cli_usage_error("validate", "--format must be text or json, not '%s'", format);
		goto out;
	}
	if (!opts.paths.len)
		fx_ptrvec_push(&opts.paths, (void *)".");
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
				fx_validate_opts vo = {.applied_by_kustomization = true};
				fx_validate_object_opts(ctx, u->objects.items[k], &vo);
				fx_ptrvec_push(&objs, u->objects.items[k]);
				fx_ptrvec_push(&owners, (void *)u->key);
			}
		}
		/* one cluster at a time: clusters are separate API servers */
		fx_validate_unique(ctx, (fx_node *const *)objs.items + first, objs.len - first,
				   (const char *const *)owners.items + first);
	}
	if (fx_diag_count(ctx)) /* qsort(NULL, 0) is undefined */
		fx_cli_print_diags(ctx, stderr);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (json) {
		report_json(ctx, &sb, units, objs.len);
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
