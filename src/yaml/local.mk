# src/yaml: node tree, loader (libfyaml), emitters
libfluxc_la_SOURCES += \
	src/yaml/yaml.h \
	src/yaml/node.c \
	src/yaml/resolve.c \
	src/yaml/load.c
