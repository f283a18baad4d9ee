/*
 * fluxc: the command line.  Dispatches to one function per command
 * (src/cli/); everything else lives in libfluxc.
 */
#include "config.h"

#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{"envsubst", fx_cmd_envsubst, "substitute variables in stdin (Flux postBuild dialect)"},
	{"gotmpl", fx_cmd_gotmpl, "render one Go template with Sprig and Helm functions"},
	{"graph", fx_cmd_graph, "print the dependsOn graph"},
	{"kustomize", fx_cmd_kustomize, "kustomize build DIR (kubectl kustomize compatible)"},
	{"plan", fx_cmd_plan, "print the units in wave order with their settings"},
	{"render", fx_cmd_render, "render every object of a cluster"},
	{"template", fx_cmd_template, "render a Helm chart (helm template compatible)"},
	{"validate", fx_cmd_validate, "render and check objects, schemas and the graph"},
};

static void usage(FILE *f)
{
	fputs("usage: fluxc COMMAND [ARGS...]\n\ncommands:\n", f);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nSee fluxc(1) for details.\n", f);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("fluxc %s\n", PACKAGE_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "fluxc: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
