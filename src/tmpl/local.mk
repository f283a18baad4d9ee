# sources of src/tmpl (added to libfluxc_la_SOURCES)
libfluxc_la_SOURCES += \
	src/tmpl/tmpl.h \
	src/tmpl/tmpl_int.h \
	src/tmpl/lex.c \
	src/tmpl/parse.c \
	src/tmpl/literal.c \
	src/tmpl/node.c \
	src/tmpl/exec.c \
	src/tmpl/builtins.c \
	src/tmpl/fmt.c \
	src/tmpl/strconv.c \
	src/tmpl/values.c

# template engine tests: conformance corpora (Go text/template, Sprig)
check_PROGRAMS += tests/harness/gotemplate_conformance_runner
tests_harness_gotemplate_conformance_runner_SOURCES = tests/harness/gotemplate_conformance_runner.c
tests_harness_gotemplate_conformance_runner_LDADD = libfluxc.la $(FX_LIBS)
TESTS += tests/harness/gotemplate_conformance.sh tests/harness/sprig_conformance.sh \
	tests/harness/gotemplate_conformance_cli.sh

# template functions (Sprig and Helm families, src/tmpl/funcs)
libfluxc_la_SOURCES += \
	src/tmpl/funcs/funcs.h \
	src/tmpl/funcs/internal.h \
	src/tmpl/funcs/registry.c \
	src/tmpl/funcs/value.c \
	src/tmpl/funcs/strings.c \
	src/tmpl/funcs/textcase.c \
	src/tmpl/funcs/lists.c \
	src/tmpl/funcs/dicts.c \
	src/tmpl/funcs/defaults.c \
	src/tmpl/funcs/math.c \
	src/tmpl/funcs/regex.c \
	src/tmpl/funcs/encoding.c \
	src/tmpl/funcs/json.c \
	src/tmpl/funcs/semver.c \
	src/tmpl/funcs/date.c \
	src/tmpl/funcs/tz.c \
	src/tmpl/funcs/misc.c \
	src/tmpl/funcs/crypto.c \
	src/tmpl/funcs/cert.c \
	src/tmpl/funcs/bcrypt.c \
	src/tmpl/funcs/toml.c \
	src/tmpl/funcs/helm.c
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/funcs_test
TESTS += tests/unit/funcs_test
tests_unit_funcs_test_SOURCES = tests/unit/funcs_test.c tests/unit/tap.h
tests_unit_funcs_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_funcs_test_LDADD = $(UNIT_LDADD)
endif
if HAVE_CMOCKA
check_PROGRAMS += tests/unit/tmpl_test
TESTS += tests/unit/tmpl_test
tests_unit_tmpl_test_SOURCES = tests/unit/tmpl_test.c tests/unit/tap.h
tests_unit_tmpl_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_tmpl_test_LDADD = $(UNIT_LDADD)
endif
TESTS += tests/harness/helm_funcs_conformance.sh
EXTRA_DIST += tests/fuzz/tmpl_parse_fuzz.c tests/fuzz/corpus/tmpl_parse grammar/template.ebnf bench
