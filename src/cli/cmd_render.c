/*
 * fluxc render [PATH...] [--rev REV] [-o DIR] [--format yaml|json]
 *              [--source [KIND/][NS/]NAME=DIR]... [--inputs FILE]...
 *              [--root DIR] [--no-strict-substitute] [--strict-deps]
 *
 * Renders every unit of each cluster entry directory (default ".") and
 * prints the objects in render order (waves, then namespace/name; build
 * order inside a unit), or writes them with -o as one file per object
 * plus index.json.  The tree is written into a temporary directory next
 * to DIR and renamed into place, so DIR is never left half written.
 * Exit: 0 ok, 1 a unit failed or was blocked (other units still print),
 * 2 bad invocation or unreadable input.
 */
#include "cli/cluster_args.h"
#include "emit/emit.h"
#include "pipeline.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void rm_tree(const char *dir)
{
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int mkdirs_for(const char *root, const char *rel)
{
	char *p = fx_xmalloc(strlen(root) + strlen(rel) + 2);
	sprintf(p, "%s/%s", root, rel);
	for (char *s = p + strlen(root) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	free(p);
	return 0;
}

/* Writes the files into DIR.tmpXXXXXX, then swaps it into place. */
static int write_tree(const char *dir, fx_ptrvec *files)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	char *base = fx_xstrndup(dir, n);
	char *tmp = fx_xmalloc(n + 16), *old = fx_xmalloc(n + 16);
	snprintf(tmp, n + 16, "%s.tmpXXXXXX", base);
	int rc = -1;
	if (!mkdtemp(tmp)) {
		fprintf(stderr, "fluxc render: %s: cannot create a directory: %s\n", dir,
			strerror(errno));
		goto out;
	}
	for (size_t i = 0; i < files->len; i++) {
		const fx_emit_file *f = files->items[i];
		char *p = fx_xmalloc(strlen(tmp) + strlen(f->path) + 2);
		sprintf(p, "%s/%s", tmp, f->path);
		int w = mkdirs_for(tmp, f->path);
		FILE *fp = w == 0 ? fopen(p, "wb") : NULL;
		bool ok = fp && fwrite(f->data.ptr ? f->data.ptr : "", 1, f->data.len, fp) ==
					f->data.len;
		if (fp && fclose(fp) != 0)
			ok = false;
		free(p);
		if (!ok) {
			fprintf(stderr, "fluxc render: %s: cannot write %s\n", dir, f->path);
			rm_tree(tmp);
			goto out;
		}
	}
	struct stat st;
	bool exists = stat(base, &st) == 0;
	if (exists) {
		snprintf(old, n + 16, "%s.oldXXXXXX", base);
		if (!mkdtemp(old) || rmdir(old) != 0 || rename(base, old) != 0) {
			fprintf(stderr, "fluxc render: %s: cannot replace the directory\n", dir);
			rm_tree(tmp);
			goto out;
		}
	}
	if (rename(tmp, base) != 0) {
		fprintf(stderr, "fluxc render: %s: cannot create: %s\n", dir, strerror(errno));
		if (exists)
			rename(old, base);
		rm_tree(tmp);
		goto out;
	}
	if (exists)
		rm_tree(old);
	rc = 0;
out:
	free(base);
	free(tmp);
	free(old);
	return rc;
}

static const char *const render_formats[] = {"yaml", "json", NULL};
static const char *const render_unsupported[] = {"--diff", "--chart-cache", "--select",
						 "--show-secrets", NULL};

/* -o DIR / --output DIR / --output=DIR */
static int render_option(void *user, int argc, char **argv, int *i)
{
	const char **outdir = user;
	const char *a = argv[*i];
	if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && *i + 1 < argc) {
		*outdir = argv[++*i];
		return 1;
	}
	if (!strncmp(a, "--output=", 9)) {
		*outdir = a + 9;
		return 1;
	}
	return 0;
}

int fx_cmd_render(int argc, char **argv)
{
	const char *outdir = NULL;
	const fx_cli_cluster_spec spec = {
		.cmd = "render",
		.usage = "usage: fluxc render [PATH...] [--rev REV] [-o DIR] [--format yaml|json]\n"
			 "                    [--source [KIND/][NS/]NAME=DIR]... [--inputs FILE]...\n"
			 "                    [--root DIR] [--no-strict-substitute] [--strict-deps]\n"
			 "                    [--follow-symlinks]\n",
		.formats = render_formats,
		.unsupported = render_unsupported,
		.extra = render_option,
		.user = &outdir,
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
	ctx = fx_ctx_new();
	if (fx_pipeline_run(ctx, &opts, &r) < 0) {
		fx_cli_print_diags(ctx, stderr);
		goto out;
	}
	fx_emit_cluster *cl = fx_cli_emit_clusters(r);
	bool json = f == 1;
	int wrc = 0;
	if (outdir) {
		fx_ptrvec files = FX_PTRVEC_INIT;
		fx_emit_tree(ctx->arena, cl, r->n_clusters, json, &files);
		wrc = write_tree(outdir, &files);
		fx_emit_tree_dispose(&files);
	} else {
		fx_ptrvec objs = FX_PTRVEC_INIT;
		fx_emit_collect(cl, r->n_clusters, &objs);
		fx_strbuf sb = FX_STRBUF_INIT;
		if (json)
			fx_emit_objects_json(ctx->arena, &sb, (fx_node *const *)objs.items, objs.len);
		else
			fx_emit_objects_yaml(&sb, (fx_node *const *)objs.items, objs.len);
		if (sb.len)
			fwrite(sb.ptr, 1, sb.len, stdout);
		fflush(stdout);
		fx_sb_dispose(&sb);
		fx_ptrvec_dispose(&objs);
	}
	free(cl);
	fx_cli_print_diags(ctx, stderr);
	if (wrc < 0)
		status = 2;
	else
		status = fx_render_failed(r) || fx_diag_errors(ctx) ? 1 : 0;
out:
	fx_render_free(r);
	if (ctx)
		fx_ctx_free(ctx);
	fx_pipeline_opts_dispose(&opts);
	return status;
}
