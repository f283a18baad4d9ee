/*
 * fluxc graph (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_graph(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("graph", "unsupported: this command is not implemented yet");
}
