# src/cli: one file per command
libfluxc_la_SOURCES += \
	src/cli/cli.h \
	src/cli/common.c \
	src/cli/cluster_args.h \
	src/cli/cluster_args.c \
	src/cli/cmd_render.c \
	src/cli/cmd_plan.c \
	src/cli/cmd_validate.c \
	src/cli/cmd_graph.c \
	src/cli/cmd_kustomize.c \
	src/cli/cmd_template.c \
	src/cli/cmd_envsubst.c \
	src/cli/cmd_gotmpl.c
