/*
 * fluxc kustomize (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_kustomize(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("kustomize", "unsupported: this command is not implemented yet");
}
