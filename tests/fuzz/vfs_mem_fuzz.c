/*
 * libFuzzer target for the confinement of src/vfs: the input builds a
 * memory tree (lines "f PATH", "l PATH TARGET") followed by lines
 * "r PATH" to read and "d PATH" to list.  Whatever the links, a read
 * either fails with a diagnostic or returns the content of a file that
 * was added (the content of a file is its own clean path), resolution
 * ends (bounded hops), and sub views behave the same way.
 */
#include "vfs/vfs.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void probe(fx_ctx *ctx, fx_vfs *fs, const char *op, const char *path)
{
	size_t before = fx_diag_errors(ctx);
	if (op[0] == 'r') {
		fx_strbuf sb = FX_STRBUF_INIT;
		int rc = fx_vfs_read(ctx, fs, path, FX_LOC_NONE, &sb);
		if (rc != 0 && fx_diag_errors(ctx) == before)
			__builtin_trap();
		fx_vfs_type t;
		int src = fx_vfs_stat(fs, path, &t);
		if (rc == 0 && (src != 0 || t != FX_VFS_FILE))
			__builtin_trap();
		/* contents are paths: never one with a `..` */
		if (rc == 0 && strstr(fx_sb_cstr(&sb), ".."))
			__builtin_trap();
		fx_sb_dispose(&sb);
	} else {
		fx_vfs_dir d;
		int rc = fx_vfs_list(ctx, fs, path, FX_LOC_NONE, &d);
		if (rc != 0 && fx_diag_errors(ctx) == before)
			__builtin_trap();
		for (size_t i = 1; rc == 0 && i < d.len; i++)
			if (strcmp(d.items[i - 1].name, d.items[i].name) >= 0)
				__builtin_trap();
		if (rc == 0)
			fx_vfs_dir_dispose(&d);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *fs = fx_vfs_new_mem();
	fx_vfs *sub = NULL;
	fx_strbuf clean = FX_STRBUF_INIT;
	int probes = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *arg = strchr(line, ' ');
		if (!arg)
			continue;
		*arg++ = '\0';
		if (strcmp(line, "f") == 0) {
			if (fx_vfs_clean(arg, &clean) == 0 && !strstr(arg, ".."))
				fx_vfs_mem_add(fs, arg, fx_sb_cstr(&clean), clean.len);
		} else if (strcmp(line, "l") == 0) {
			char *target = strchr(arg, ' ');
			if (target) {
				*target++ = '\0';
				fx_vfs_mem_add_link(fs, arg, target);
			}
		} else if (strcmp(line, "s") == 0 && !sub) {
			fx_vfs_open_sub(ctx, fs, arg, &sub);
		} else if ((strcmp(line, "r") == 0 || strcmp(line, "d") == 0) && probes++ < 64) {
			probe(ctx, fs, line, arg);
			if (sub)
				probe(ctx, sub, line, arg);
		}
	}
	fx_sb_dispose(&clean);
	fx_vfs_free(sub);
	fx_vfs_free(fs);
	fx_ctx_free(ctx);
	free(text);
	return 0;
}
