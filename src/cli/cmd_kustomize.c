/*
 * fluxc kustomize build DIR... [--load-restrictor LoadRestrictionsRootOnly|
 * LoadRestrictionsNone] [--reorder legacy|none]
 *
 * Output compatible with `kubectl kustomize DIR`.  Several directories
 * may be given (each is built on its own and printed in turn, separated
 * by "---"); --quiet builds without printing (for timing).
 */
#include "cli/cli.h"
#include "kustomize/kustomize.h"
#include "vfs/vfs.h"
#include "yaml/yaml.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: fluxc kustomize build DIR [--load-restrictor LoadRestrictionsRootOnly|"
	"LoadRestrictionsNone] [--reorder legacy|none]";

/* Opens the host file system as the tree (kustomize reads bases anywhere
 * on disk; the load restrictor confines files) and gives `dir` as a path
 * in it.  Messages name files by their absolute paths, as kustomize's. */
static int open_tree(fx_ctx *ctx, const char *dir, fx_vfs **fs_out, char **rel_out)
{
	char real[PATH_MAX];
	if (fx_vfs_open_worktree(ctx, "/", fs_out) != 0)
		return -1;
	fx_vfs_set_display_prefix(*fs_out, "/");
	if (!realpath(dir, real)) {
		/* let the build report the missing directory */
		char cwd[PATH_MAX];
		if (dir[0] == '/' || !getcwd(cwd, sizeof cwd))
			*rel_out = fx_xstrdup(dir[0] == '/' ? dir + 1 : dir);
		else {
			size_t n = strlen(cwd) + strlen(dir) + 2;
			*rel_out = fx_xmalloc(n);
			snprintf(*rel_out, n, "%s/%s", cwd + 1, dir);
		}
		return 0;
	}
	*rel_out = fx_xstrdup(real[1] ? real + 1 : ".");
	return 0;
}

int fx_cmd_kustomize(int argc, char **argv)
{
	fx_kust_opts opts = {0};
	fx_ptrvec dirs = FX_PTRVEC_INIT;
	bool quiet = false;
	int status = 0;

	int i = 1;
	if (i < argc && strcmp(argv[i], "build") == 0)
		i++;
	else if (i < argc && (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)) {
		puts(usage);
		return 0;
	} else
		return fx_cli_usage_error("kustomize", "%s", usage);
	for (; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		if (strncmp(a, "--load-restrictor", 17) == 0) {
			val = a[17] == '=' ? a + 18 : (i + 1 < argc ? argv[++i] : "");
			if (strcmp(val, "LoadRestrictionsNone") == 0)
				opts.load_restrictor = FX_KUST_LOAD_NONE;
			else if (strcmp(val, "LoadRestrictionsRootOnly") == 0)
				opts.load_restrictor = FX_KUST_LOAD_ROOT_ONLY;
			else {
				fx_ptrvec_dispose(&dirs);
				return fx_cli_usage_error("kustomize", "bad --load-restrictor '%s'",
							  val);
			}
		} else if (strncmp(a, "--reorder", 9) == 0) {
			val = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : "");
			if (strcmp(val, "none") == 0)
				opts.reorder = FX_KUST_REORDER_NONE;
			else if (strcmp(val, "legacy") == 0)
				opts.reorder = FX_KUST_REORDER_LEGACY;
			else {
				fx_ptrvec_dispose(&dirs);
				return fx_cli_usage_error("kustomize", "bad --reorder '%s'", val);
			}
		} else if (strcmp(a, "--quiet") == 0) {
			quiet = true;
		} else if (strcmp(a, "--enable-managedby-label") == 0) {
			opts.managed_by_label = true;
		} else if (a[0] == '-' && a[1]) {
			fx_ptrvec_dispose(&dirs);
			return fx_cli_usage_error("kustomize", "unknown option '%s'\n%s", a, usage);
		} else {
			fx_ptrvec_push(&dirs, (void *)a);
		}
	}
	if (!dirs.len)
		fx_ptrvec_push(&dirs, (void *)".");

	fx_strbuf out = FX_STRBUF_INIT;
	for (size_t d = 0; d < dirs.len; d++) {
		fx_ctx *ctx = fx_ctx_new();
		fx_vfs *fs = NULL;
		char *rel = NULL;
		fx_ptrvec objs = FX_PTRVEC_INIT;
		if (open_tree(ctx, dirs.items[d], &fs, &rel) != 0) {
			fx_cli_print_diags(ctx, stderr);
			status = 2;
		} else if (fx_kust_build(ctx, ctx->arena, fs, rel, &opts, &objs) != 0) {
			fx_cli_print_diags(ctx, stderr);
			status = 2;
		} else {
			fx_sb_clear(&out);
			if (d > 0 && objs.len && !quiet)
				fx_sb_adds(&out, "---\n");
			fx_yaml_emit_stream(&out, (fx_node *const *)objs.items, objs.len, NULL);
			if (!quiet && out.len)
				fwrite(out.ptr, 1, out.len, stdout);
			if (fx_diag_count(ctx))
				fx_cli_print_diags(ctx, stderr);
		}
		fx_ptrvec_dispose(&objs);
		free(rel);
		if (fs)
			fx_vfs_free(fs);
		fx_ctx_free(ctx);
	}
	fflush(stdout);
	fx_sb_dispose(&out);
	fx_ptrvec_dispose(&dirs);
	return status;
}
