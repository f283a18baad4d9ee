# sources of src/kustomize (added to libfluxc_la_SOURCES)
libfluxc_la_SOURCES += \
	src/kustomize/kustomize.h \
	src/kustomize/kust.h \
	src/kustomize/kfile.c \
	src/kustomize/resource.c \
	src/kustomize/accumulate.c \
	src/kustomize/generate.c \
	src/kustomize/build.c \
	src/kustomize/fieldspecs.c \
	src/kustomize/fieldspecs_data.c \
	src/kustomize/select.c \
	src/kustomize/transform.c \
	src/kustomize/xf_meta.c \
	src/kustomize/xf_images.c \
	src/kustomize/generator.c \
	src/kustomize/sort.c \
	src/kustomize/nameref.c \
	src/kustomize/vars.c \
	src/kustomize/overlay.c \
	src/kustomize/crds.c \
	src/kustomize/plugins.c
EXTRA_DIST += src/kustomize/gen_fieldspecs.py
# patch engines and replacements
libfluxc_la_SOURCES += \
	src/kustomize/patch.h \
	src/kustomize/mergekeys.c \
	src/kustomize/mergekeys_int.h \
	src/kustomize/mergekeys_fields.c \
	src/kustomize/mergekeys_roots.c \
	src/kustomize/smp.c \
	src/kustomize/json6902.c \
	src/kustomize/patch_parse.c \
	src/kustomize/replacements.c
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/patch_test
TESTS += tests/unit/patch_test
tests_unit_patch_test_SOURCES = tests/unit/patch_test.c tests/unit/tap.h
tests_unit_patch_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_patch_test_LDADD = $(UNIT_LDADD)
endif
# kustomize engine tests: unit tests, conformance corpus, differential vs kubectl
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/kustomize_test
TESTS += tests/unit/kustomize_test
tests_unit_kustomize_test_SOURCES = tests/unit/kustomize_test.c tests/unit/tap.h
tests_unit_kustomize_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_kustomize_test_LDADD = $(UNIT_LDADD)
endif
TESTS += tests/harness/kustomize_conformance.py tests/harness/kustomize_diff.sh
EXTRA_DIST += tests/harness/kustomize_conformance.py tests/harness/kustomize_conformance.known \
	tests/harness/kustomize_diff.sh bench/kustomize_bench.sh
libfluxc_la_SOURCES += src/kustomize/mergekeys_custom.c
EXTRA_DIST += src/kustomize/mergekeys_gen.py
