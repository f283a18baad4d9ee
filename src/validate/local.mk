# src/validate: structural checks of rendered objects
libfluxc_la_SOURCES += \
	src/validate/validate.h \
	src/validate/names.c \
	src/validate/scope.c \
	src/validate/meta.c \
	src/validate/unique.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/validate_test
TESTS += tests/unit/validate_test
tests_unit_validate_test_SOURCES = tests/unit/validate_test.c tests/unit/tap.h
tests_unit_validate_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_validate_test_LDADD = $(UNIT_LDADD)
endif

check_PROGRAMS += tests/harness/validate_structural_runner
tests_harness_validate_structural_runner_SOURCES = tests/harness/validate_structural_runner.c
tests_harness_validate_structural_runner_LDADD = libfluxc.la $(FX_LIBS)
TESTS += tests/harness/validate_structural.sh
EXTRA_DIST += tests/harness/validate_structural.py tests/harness/validate_structural.known
