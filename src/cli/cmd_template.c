/*
 * fluxc template (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_template(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("template", "unsupported: this command is not implemented yet");
}
