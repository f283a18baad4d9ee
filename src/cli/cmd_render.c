/*
 * fluxc render (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_render(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("render", "unsupported: this command is not implemented yet");
}
