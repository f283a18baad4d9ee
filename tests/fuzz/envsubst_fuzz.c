/*
 * libFuzzer target for the envsubst parser and evaluator (src/subst).
 *
 * Build and run (from the source tree; about a minute in CI):
 *
 *   make -C BUILDDIR fuzz-envsubst       # or by hand:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -std=c11 \
 *     -Isrc tests/fuzz/envsubst_fuzz.c src/subst/utf8.c src/subst/unicode.c \
 *     src/subst/glob.c src/subst/envsubst_parse.c src/subst/envsubst_eval.c \
 *     src/base/arena.c src/base/strbuf.c src/base/strmap.c src/base/diag.c \
 *     src/base/encode.c -lcrypto -o envsubst_fuzz
 *   ./envsubst_fuzz -max_total_time=60 -max_len=4096
 *
 * The first input byte selects strict mode and which variables exist; the
 * rest is the template.  Besides crashes and sanitizer reports the target
 * checks two invariants: a template the parser accepts only fails to
 * evaluate in non-strict mode with "bad substitution" (the negative
 * substring length upstream crashes on), and evaluation never leaves
 * partial output behind on failure.
 */
#include "subst/subst_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const NAMES[] = {"a", "var", "empty", "x1", "_", "vär"};
static const char *const VALUES[] = {"abc", "/path/to/file.tar.gz", "", "héllo wörld",
				     "$${x}", "[a-z]*"};

static bool lookup(void *ud, const char *name, size_t len, const char **val_out,
		   size_t *len_out)
{
	unsigned mask = *(const unsigned *)ud;
	for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++) {
		if ((mask >> i & 1) && strlen(NAMES[i]) == len && memcmp(NAMES[i], name, len) == 0) {
			*val_out = VALUES[i];
			*len_out = strlen(VALUES[i]);
			return true;
		}
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned mask = data[0] >> 1;
	bool strict = data[0] & 1;
	const char *in = (const char *)data + 1;
	size_t len = size - 1;

	fx_strbuf out = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
	fx_sb_adds(&out, "prefix");
	fx_envsubst_env env = {.strict = strict, .lookup = lookup, .ud = &mask,
			       .max_output = 1u << 24};
	int rc = fx_envsubst_eval(&out, &err, in, len, &env);
	int parse_rc = fx_envsubst_check(NULL, in, len);
	if (rc != 0) {
		if (out.len != 6)
			abort(); /* partial output left behind */
		if (parse_rc == 0 && !strict && strcmp(fx_sb_cstr(&err), "bad substitution") != 0 &&
		    strcmp(fx_sb_cstr(&err), "output too large") != 0)
			abort();
	} else if (parse_rc != 0) {
		abort(); /* evaluation succeeded on text the parser rejects */
	}
	fx_sb_dispose(&out);
	fx_sb_dispose(&err);

	/* the glob matcher on its own: pattern | subject */
	const char *bar = memchr(in, '|', len);
	if (bar)
		(void)fx_subst__glob_match(in, (size_t)(bar - in), bar + 1,
					   len - (size_t)(bar - in) - 1);
	return 0;
}
