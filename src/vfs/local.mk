# src/vfs: read-only file trees (work tree, git revision, archive, memory)
libfluxc_la_SOURCES += \
	src/vfs/vfs.h \
	src/vfs/vfs_int.h \
	src/vfs/path.c \
	src/vfs/resolve.c \
	src/vfs/mem.c \
	src/vfs/sub.c \
	src/vfs/worktree.c \
	src/vfs/git.c \
	src/vfs/archive.c

if HAVE_CMOCKA
check_PROGRAMS += tests/unit/vfs_test
TESTS += tests/unit/vfs_test
tests_unit_vfs_test_SOURCES = tests/unit/vfs_test.c tests/unit/tap.h
tests_unit_vfs_test_CFLAGS = $(UNIT_CFLAGS)
tests_unit_vfs_test_LDADD = $(UNIT_LDADD)
endif

EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/yaml_load_fuzz.c tests/fuzz/validate_fuzz.c \
	tests/fuzz/vfs_mem_fuzz.c tests/fuzz/yaml_load.dict tests/fuzz/corpus
