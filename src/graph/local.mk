# sources of src/graph (added to libfluxc_la_SOURCES)
libfluxc_la_SOURCES += \
	src/graph/graph.h \
	src/graph/internal.h \
	src/graph/walk.c \
	src/graph/deps.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/graph_test
TESTS += tests/unit/graph_test
tests_unit_graph_test_SOURCES = tests/unit/graph_test.c tests/unit/tap.h
tests_unit_graph_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_graph_test_LDADD = $(UNIT_LDADD)
endif
