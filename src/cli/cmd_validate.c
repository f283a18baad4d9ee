/*
 * fluxc validate (not implemented yet: fails loudly).
 */
#include "cli/cli.h"

int fx_cmd_validate(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fx_cli_usage_error("validate", "unsupported: this command is not implemented yet");
}
