# src/subst: Flux postBuild substitution (envsubst dialect + pipeline)
libfluxc_la_SOURCES += \
	src/subst/subst.h \
	src/subst/subst_int.h \
	src/subst/utf8.c \
	src/subst/unicode.c \
	src/subst/glob.c \
	src/subst/envsubst_parse.c \
	src/subst/envsubst_eval.c \
	src/subst/vars.c \
	src/subst/reserialise.c \
	src/subst/unit.c

EXTRA_DIST += grammar/envsubst.ebnf src/subst/gen_unicode.py

TESTS += tests/harness/envsubst_conformance.sh

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/subst_test
TESTS += tests/unit/subst_test
tests_unit_subst_test_SOURCES = tests/unit/subst_test.c tests/unit/tap.h
tests_unit_subst_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_subst_test_LDADD = $(UNIT_LDADD)
endif

# libFuzzer target for the envsubst parser (needs clang); not part of
# `make check`.  `make fuzz-envsubst FUZZ_TIME=60` runs it for a minute.
FUZZ_TIME = 60
ENVSUBST_FUZZ_SRC = $(top_srcdir)/tests/fuzz/envsubst_fuzz.c \
	$(top_srcdir)/src/subst/utf8.c $(top_srcdir)/src/subst/unicode.c \
	$(top_srcdir)/src/subst/glob.c $(top_srcdir)/src/subst/envsubst_parse.c \
	$(top_srcdir)/src/subst/envsubst_eval.c $(top_srcdir)/src/base/arena.c \
	$(top_srcdir)/src/base/strbuf.c $(top_srcdir)/src/base/strmap.c \
	$(top_srcdir)/src/base/diag.c $(top_srcdir)/src/base/encode.c
EXTRA_DIST += tests/fuzz/envsubst_fuzz.c
fuzz-envsubst:
	clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_GNU_SOURCE \
		-I$(top_srcdir)/src -I$(top_builddir) $(ENVSUBST_FUZZ_SRC) $(CRYPTO_LIBS) \
		-o envsubst_fuzz
	mkdir -p envsubst_fuzz_corpus
	./envsubst_fuzz -max_total_time=$(FUZZ_TIME) -max_len=4096 envsubst_fuzz_corpus
.PHONY: fuzz-envsubst
CLEANFILES += envsubst_fuzz
