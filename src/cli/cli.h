/*
 * cli: one file per command.  Each command parses its own arguments,
 * calls the library, prints results and diagnostics, and returns the exit
 * status (0 ok, 1 failed validation / failed unit / differences, 2 bad
 * invocation or unreadable input).
 */
#ifndef FX_CLI_H
#define FX_CLI_H

#include "base/base.h"

#include <stdio.h>

int fx_cmd_render(int argc, char **argv);
int fx_cmd_plan(int argc, char **argv);
int fx_cmd_validate(int argc, char **argv);
int fx_cmd_graph(int argc, char **argv);
int fx_cmd_kustomize(int argc, char **argv);
int fx_cmd_template(int argc, char **argv);
int fx_cmd_envsubst(int argc, char **argv);
int fx_cmd_gotmpl(int argc, char **argv);

/* Sorts and prints the run's diagnostics to `f` (stderr). */
void fx_cli_print_diags(fx_ctx *ctx, FILE *f);
/* "fluxc: <msg>" on stderr, returns 2. */
int fx_cli_usage_error(const char *cmd, const char *fmt, ...) FX_PRINTF(2, 3);
/* Writes a buffer to a file atomically (temp file + rename) so that no
 * partial output file is ever left behind. */
int fx_cli_write_file_atomic(const char *path, const char *data, size_t len);

#endif
