/* Unit tests for src/base: arena, strbuf, strmap, diagnostics, encodings. */
#include "base/base.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_arena(void **state)
{
	(void)state;
	fx_arena *a = fx_arena_new();
	char *s = fx_arena_strdup(a, "hello");
	assert_string_equal(s, "hello");
	void *big = fx_arena_alloc(a, 1 << 20);
	assert_non_null(big);
	assert_string_equal(fx_arena_printf(a, "%d-%s", 7, "x"), "7-x");
	fx_arena_free(a);
}

static void test_strbuf(void **state)
{
	(void)state;
	fx_strbuf sb = FX_STRBUF_INIT;
	assert_string_equal(fx_sb_cstr(&sb), "");
	fx_sb_adds(&sb, "ab");
	fx_sb_addf(&sb, "%03d", 5);
	fx_sb_addc(&sb, '!');
	assert_string_equal(sb.ptr, "ab005!");
	fx_sb_truncate(&sb, 2);
	assert_string_equal(sb.ptr, "ab");
	fx_sb_dispose(&sb);
}

static void test_strmap(void **state)
{
	(void)state;
	fx_strmap *m = fx_strmap_new();
	char keys[200][8];
	for (int i = 0; i < 200; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		assert_null(fx_strmap_put(m, keys[i], keys[i]));
	}
	assert_int_equal(fx_strmap_len(m), 200);
	assert_ptr_equal(fx_strmap_get(m, "k150"), keys[150]);
	assert_ptr_equal(fx_strmap_del(m, "k3"), keys[3]);
	assert_null(fx_strmap_get(m, "k3"));
	size_t it = 0;
	const char *k;
	void *v;
	assert_true(fx_strmap_next(m, &it, &k, &v));
	assert_string_equal(k, "k0"); /* insertion order survives deletion */
	fx_strmap_free(m);
}

static void test_diag_sorted_format(void **state)
{
	(void)state;
	fx_ctx *ctx = fx_ctx_new();
	uint32_t b = fx_src_add(ctx, "b.yaml");
	uint32_t a = fx_src_add(ctx, "a.yaml");
	assert_int_equal(fx_src_add(ctx, "b.yaml"), b);
	assert_int_equal(fx_error(ctx, fx_loc_make(b, 3, 1), "FX1", "second"), -1);
	fx_error(ctx, fx_loc_make(a, 9, 2), NULL, "first");
	fx_note(ctx, fx_loc_make(b, 1, 1), "see here");
	fx_diag_sort(ctx);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < fx_diag_count(ctx); i++)
		fx_diag_format(ctx, fx_diag_at(ctx, i), &sb);
	assert_string_equal(sb.ptr, "a.yaml:9:2: error: first\n"
				    "b.yaml:1:1: note: see here\n"
				    "b.yaml:3:1: error: second [FX1]\n");
	fx_sb_dispose(&sb);
	fx_ctx_free(ctx);
}

static void test_base64_sha256(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} rows[] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foobar", "Zm9vYmFy"}};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		fx_strbuf sb = FX_STRBUF_INIT, back = FX_STRBUF_INIT;
		fx_base64_encode(&sb, rows[i].in, strlen(rows[i].in));
		assert_string_equal(fx_sb_cstr(&sb), rows[i].out);
		assert_int_equal(fx_base64_decode(&back, sb.ptr ? sb.ptr : "", sb.len), 0);
		assert_string_equal(fx_sb_cstr(&back), rows[i].in);
		fx_sb_dispose(&sb);
		fx_sb_dispose(&back);
	}
	fx_strbuf bad = FX_STRBUF_INIT;
	assert_int_equal(fx_base64_decode(&bad, "Zm9", 3), -1);
	fx_sb_dispose(&bad);
	char hex[65];
	fx_sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_strbuf),
		cmocka_unit_test(test_strmap),
		cmocka_unit_test(test_diag_sorted_format),
		cmocka_unit_test(test_base64_sha256),
	};
	return FX_RUN_TESTS("base", tests);
}
