# src/base: arena, strings, vectors, maps, diagnostics, encodings
libfluxc_la_SOURCES += \
	src/base/base.h \
	src/base/arena.c \
	src/base/strbuf.c \
	src/base/strmap.c \
	src/base/diag.c \
	src/base/encode.c
