# src/yaml: node tree, loader (libfyaml), emitters
libfluxc_la_SOURCES += \
	src/yaml/yaml.h \
	src/yaml/node.c \
	src/yaml/resolve.c \
	src/yaml/load.c
# emitters (YAML as kubectl kustomize / Helm toYaml print it, JSON)
libfluxc_la_SOURCES += \
	src/yaml/emit_int.h \
	src/yaml/emit.c \
	src/yaml/emit_scalar.c \
	src/yaml/emit_v2.c \
	src/yaml/emit_num.c \
	src/yaml/emit_json.c
check_PROGRAMS += tests/unit/yaml_roundtrip
TESTS += tests/unit/yaml_roundtrip
tests_unit_yaml_roundtrip_SOURCES = tests/unit/yaml_roundtrip.c
tests_unit_yaml_roundtrip_LDADD = libfluxc.la $(FX_LIBS)
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/emit_test
TESTS += tests/unit/emit_test
tests_unit_emit_test_SOURCES = tests/unit/emit_test.c tests/unit/tap.h
tests_unit_emit_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_emit_test_LDADD = $(UNIT_LDADD)
endif
