/*
 * fluxc envsubst (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_envsubst(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("envsubst", "unsupported: this command is not implemented yet");
}
