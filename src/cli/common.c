/*
 * Helpers shared by the commands: diagnostics printing, usage errors,
 * atomic output files.
 */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void fx_cli_print_diags(fx_ctx *ctx, FILE *f)
{
	fx_diag_sort(ctx);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < fx_diag_count(ctx); i++)
		fx_diag_format(ctx, fx_diag_at(ctx, i), &sb);
	if (sb.len)
		fwrite(sb.ptr, 1, sb.len, f);
	fx_sb_dispose(&sb);
	fflush(f);
}

int fx_cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "fluxc%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return 2;
}

int fx_cli_write_file_atomic(const char *path, const char *data, size_t len)
{
	size_t n = strlen(path);
	char *tmp = fx_xmalloc(n + 16);
	snprintf(tmp, n + 16, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w <= 0) {
			close(fd);
			unlink(tmp);
			free(tmp);
			return -1;
		}
		off += (size_t)w;
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}
