# sources of src/emit (added to libfluxc_la_SOURCES)
libfluxc_la_SOURCES += \
	src/emit/emit.h \
	src/emit/objects.c \
	src/emit/plan.c \
	src/emit/graphout.c

# whole-repository golden cases and the differential test against kubectl
TESTS += tests/harness/golden.sh tests/harness/examples_diff.sh

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/output_test
TESTS += tests/unit/output_test
tests_unit_output_test_SOURCES = tests/unit/output_test.c tests/unit/tap.h
tests_unit_output_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_output_test_LDADD = $(UNIT_LDADD)
endif
