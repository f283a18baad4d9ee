/*
 * base: the pieces every fluxc stage stands on.
 *
 * Arena allocation, growable strings and vectors, a string-keyed hash map,
 * source locations and the run's source map, diagnostics, and the run
 * context that carries them.  Nothing here knows about YAML or Flux.
 *
 * Ownership: memory from an fx_arena lives until fx_arena_free (for a
 * render: fx_ctx_free).  fx_strbuf and fx_ptrvec own malloc'd storage that
 * their _dispose releases.  No function here keeps global mutable state.
 */
#ifndef FX_BASE_H
#define FX_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Error codes: 0 ok, negative failure.                                */

enum {
	FX_OK = 0,
	FX_EFAIL = -1,     /* generic failure, diagnostic recorded */
	FX_ENOTFOUND = -2, /* a file, key or object that does not exist */
	FX_EINVALID = -3,  /* malformed input */
	FX_ECYCLE = -4,    /* a cycle (dependsOn, resources, templates) */
	FX_ELIMIT = -5,    /* a resource limit was exceeded */
	FX_EUNSUPPORTED = -6, /* a feature fluxc does not implement */
	FX_EDENIED = -7,   /* a path leaves its root */
};

#define FX_ASSERT(cond)                                                        \
	do {                                                                   \
		if (!(cond))                                                   \
			fx_assert_fail(#cond, __FILE__, __LINE__);             \
	} while (0)
_Noreturn void fx_assert_fail(const char *what, const char *file, int line);

#if defined(__GNUC__)
#define FX_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define FX_PRINTF(a, b)
#endif

/* malloc that aborts on exhaustion: out of memory is not a diagnostic. */
void *fx_xmalloc(size_t n);
void *fx_xcalloc(size_t n, size_t size);
void *fx_xrealloc(void *p, size_t n);
char *fx_xstrdup(const char *s);
char *fx_xstrndup(const char *s, size_t n);

/* ------------------------------------------------------------------ */
/* Arena                                                                */

typedef struct fx_arena fx_arena;

fx_arena *fx_arena_new(void);
void fx_arena_free(fx_arena *a);
/* Zeroed memory aligned for any type; owned by the arena. */
void *fx_arena_alloc(fx_arena *a, size_t n);
/* Grow an arena block: copies old_n bytes into a new block (old one stays). */
void *fx_arena_grow(fx_arena *a, void *old, size_t old_n, size_t new_n);
char *fx_arena_strdup(fx_arena *a, const char *s);
/* Copies n bytes and appends a NUL. */
char *fx_arena_strndup(fx_arena *a, const char *s, size_t n);
char *fx_arena_printf(fx_arena *a, const char *fmt, ...) FX_PRINTF(2, 3);
char *fx_arena_vprintf(fx_arena *a, const char *fmt, va_list ap);
/* Bytes handed out so far (for limits and statistics). */
size_t fx_arena_used(const fx_arena *a);

/* ------------------------------------------------------------------ */
/* String buffer (malloc'd, always NUL-terminated when ptr != NULL)     */

typedef struct {
	char *ptr;
	size_t len;
	size_t cap;
} fx_strbuf;

#define FX_STRBUF_INIT {NULL, 0, 0}

void fx_sb_grow(fx_strbuf *sb, size_t extra);
void fx_sb_add(fx_strbuf *sb, const char *s, size_t n);
void fx_sb_adds(fx_strbuf *sb, const char *s);
void fx_sb_addc(fx_strbuf *sb, char c);
void fx_sb_addf(fx_strbuf *sb, const char *fmt, ...) FX_PRINTF(2, 3);
void fx_sb_vaddf(fx_strbuf *sb, const char *fmt, va_list ap);
void fx_sb_addrep(fx_strbuf *sb, char c, size_t n);
void fx_sb_clear(fx_strbuf *sb);
void fx_sb_truncate(fx_strbuf *sb, size_t len);
/* Returns the string ("" when empty), caller frees; sb is reset. */
char *fx_sb_detach(fx_strbuf *sb);
/* Returns a pointer that is valid even when nothing was added. */
const char *fx_sb_cstr(const fx_strbuf *sb);
void fx_sb_dispose(fx_strbuf *sb);

/* ------------------------------------------------------------------ */
/* Pointer vector (malloc'd)                                            */

typedef struct {
	void **items;
	size_t len;
	size_t cap;
} fx_ptrvec;

#define FX_PTRVEC_INIT {NULL, 0, 0}

void fx_ptrvec_push(fx_ptrvec *v, void *p);
void *fx_ptrvec_pop(fx_ptrvec *v);
void fx_ptrvec_insert(fx_ptrvec *v, size_t at, void *p);
void fx_ptrvec_remove(fx_ptrvec *v, size_t at);
void fx_ptrvec_dispose(fx_ptrvec *v);

/* ------------------------------------------------------------------ */
/* String-keyed hash map (malloc'd; keys copied, values borrowed)       */

typedef struct fx_strmap fx_strmap;

fx_strmap *fx_strmap_new(void);
void fx_strmap_free(fx_strmap *m);
/* Returns the previous value or NULL. */
void *fx_strmap_put(fx_strmap *m, const char *key, void *val);
void *fx_strmap_putn(fx_strmap *m, const char *key, size_t klen, void *val);
void *fx_strmap_get(const fx_strmap *m, const char *key);
void *fx_strmap_getn(const fx_strmap *m, const char *key, size_t klen);
bool fx_strmap_has(const fx_strmap *m, const char *key);
void *fx_strmap_del(fx_strmap *m, const char *key);
size_t fx_strmap_len(const fx_strmap *m);
/* Iteration in insertion order; deleted entries are skipped.
 * for (size_t it = 0; fx_strmap_next(m, &it, &k, &v);) */
bool fx_strmap_next(const fx_strmap *m, size_t *it, const char **key_out, void **val_out);

uint64_t fx_hash_bytes(const void *p, size_t n);

/* ------------------------------------------------------------------ */
/* Locations and the source map                                         */

/* 1-based line and column; file 0 means "no file". */
typedef struct {
	uint32_t file;
	uint32_t line;
	uint32_t col;
} fx_loc;

#define FX_LOC_NONE ((fx_loc){0, 0, 0})

typedef struct fx_ctx fx_ctx;

/* Registers a file name (as shown to users, relative to where it makes
 * sense) and returns its id.  The same name gives the same id. */
uint32_t fx_src_add(fx_ctx *ctx, const char *name);
/* Name of a file id, "" for 0; owned by ctx. */
const char *fx_src_name(const fx_ctx *ctx, uint32_t file);
fx_loc fx_loc_make(uint32_t file, uint32_t line, uint32_t col);

/* ------------------------------------------------------------------ */
/* Diagnostics                                                          */

typedef enum {
	FX_SEV_NOTE = 0,
	FX_SEV_WARNING = 1,
	FX_SEV_ERROR = 2,
} fx_severity;

typedef struct fx_diag_note {
	fx_loc loc;
	char *msg;
} fx_diag_note;

typedef struct {
	fx_severity sev;
	fx_loc loc;
	const char *code; /* "FX2101" or NULL; static string */
	char *msg;
	fx_diag_note *notes;
	size_t n_notes;
	uint64_t seq;     /* insertion order, for stable sorting */
	const char *unit; /* optional: the Flux object the diagnostic belongs to */
} fx_diag;

/* Records an error and returns -1 (FX_EFAIL), for `return fx_error(...)`. */
int fx_error(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, ...) FX_PRINTF(4, 5);
int fx_verror(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, va_list ap);
void fx_warn(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, ...) FX_PRINTF(4, 5);
/* Adds a note to the most recent diagnostic. */
void fx_note(fx_ctx *ctx, fx_loc loc, const char *fmt, ...) FX_PRINTF(3, 4);

size_t fx_diag_count(const fx_ctx *ctx);
size_t fx_diag_errors(const fx_ctx *ctx);
const fx_diag *fx_diag_at(const fx_ctx *ctx, size_t i);
/* Diagnostics recorded since `mark` (a previous fx_diag_count). */
size_t fx_diag_errors_since(const fx_ctx *ctx, size_t mark);
/* Drops diagnostics recorded at or after `mark` (speculative work). */
void fx_diag_truncate(fx_ctx *ctx, size_t mark);
/* Sorts by file name, line, column, then insertion order. */
void fx_diag_sort(fx_ctx *ctx);
/* gcc style: "file:line:col: error: message [CODE]" plus note lines. */
void fx_diag_format(const fx_ctx *ctx, const fx_diag *d, fx_strbuf *out);
void fx_loc_format(const fx_ctx *ctx, fx_loc loc, fx_strbuf *out);

/* ------------------------------------------------------------------ */
/* Run context                                                          */

typedef struct {
	size_t max_alias_expansion; /* nodes produced by alias expansion per stream */
	size_t max_depth;           /* nesting depth of a YAML document */
	size_t max_doc_bytes;       /* size of one YAML stream */
	size_t max_template_depth;  /* template/include recursion */
	size_t max_output_bytes;    /* output of one template execution */
	size_t max_resource_depth;  /* nested kustomization resources */
} fx_limits;

struct fx_ctx {
	fx_arena *arena; /* lives as long as the context */
	fx_limits limits;
	/* private below */
	fx_diag *diags;
	size_t n_diags, cap_diags;
	uint64_t diag_seq;
	char **src_names;
	size_t n_src, cap_src;
	fx_strmap *src_ids;
};

fx_ctx *fx_ctx_new(void);
void fx_ctx_free(fx_ctx *ctx);
void fx_limits_default(fx_limits *out);

/* ------------------------------------------------------------------ */
/* Encodings and digests                                                */

void fx_base64_encode(fx_strbuf *out, const void *data, size_t n);
/* Standard alphabet with padding; returns -1 on malformed input. */
int fx_base64_decode(fx_strbuf *out, const char *s, size_t n);
void fx_sha256(const void *data, size_t n, uint8_t out[32]);
/* 64 lowercase hex characters plus NUL. */
void fx_sha256_hex(const void *data, size_t n, char out[65]);

/* ------------------------------------------------------------------ */
/* Small string helpers                                                 */

bool fx_str_has_prefix(const char *s, const char *prefix);
bool fx_str_has_suffix(const char *s, const char *suffix);
/* Reads a whole file from the host file system (used by the CLI for
 * arguments like --inputs; stages read through vfs). */
int fx_read_host_file(const char *path, fx_strbuf *out);

#endif
