# tests: unit tests (cmocka, TAP) and harnesses (golden, conformance)
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/base_test tests/unit/yaml_test
TESTS += tests/unit/base_test tests/unit/yaml_test
tests_unit_base_test_SOURCES = tests/unit/base_test.c tests/unit/tap.h
tests_unit_base_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_base_test_LDADD = $(UNIT_LDADD)
tests_unit_yaml_test_SOURCES = tests/unit/yaml_test.c tests/unit/tap.h
tests_unit_yaml_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_yaml_test_LDADD = $(UNIT_LDADD)
endif
