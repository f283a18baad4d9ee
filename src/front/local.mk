# sources of src/front (added to libfluxc_la_SOURCES)
libfluxc_la_SOURCES += \
	src/front/front.h \
	src/front/internal.h \
	src/front/kinds.c \
	src/front/names.c \
	src/front/parse.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/front_test
TESTS += tests/unit/front_test
tests_unit_front_test_SOURCES = tests/unit/front_test.c tests/unit/tap.h
tests_unit_front_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_front_test_LDADD = $(UNIT_LDADD)
endif
