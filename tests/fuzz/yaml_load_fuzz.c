/*
 * libFuzzer target for the YAML loader (fx_yaml_load).
 *
 * The input is split on its first byte: bit 0 selects the scalar schema
 * (kyaml or YAML 1.1), bit 1 keeps empty documents, bit 2 allows
 * duplicate keys; the rest is the stream.  Small limits keep alias bombs
 * and deep nesting cheap, so that what the fuzzer finds is a bug rather
 * than a slow input.  Every loaded document is then walked (deep copy and
 * equality) so that malformed trees are noticed too, and a failure must
 * come with a diagnostic.
 */
#include "yaml/yaml.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t flags = data[0];
	const char *buf = (const char *)data + 1;
	size_t len = size - 1;

	fx_ctx *ctx = fx_ctx_new();
	ctx->limits.max_alias_expansion = 10000;
	ctx->limits.max_depth = 200;
	ctx->limits.max_doc_bytes = 1 << 20;
	fx_yaml_opts o = {
		.schema = (flags & 1) ? FX_YAML_SCHEMA_11 : FX_YAML_SCHEMA_KYAML,
		.keep_empty_docs = (flags & 2) != 0,
		.allow_duplicate_keys = (flags & 4) != 0,
	};
	uint32_t file = fx_src_add(ctx, "fuzz.yaml");
	fx_ptrvec docs = FX_PTRVEC_INIT;
	int rc = fx_yaml_load(ctx, ctx->arena, file, buf, len, &o, &docs);
	if (rc == 0) {
		for (size_t i = 0; i < docs.len; i++) {
			fx_node *n = docs.items[i];
			fx_node *c = fx_node_copy(ctx->arena, n);
			/* NaN makes a tree unequal to itself: exercised, not checked */
			(void)fx_node_equal(n, c);
		}
	} else if (fx_diag_errors(ctx) == 0) {
		/* a failure must come with a diagnostic */
		__builtin_trap();
	}
	for (size_t i = 0; i < fx_diag_count(ctx); i++) {
		fx_strbuf sb = FX_STRBUF_INIT;
		fx_diag_format(ctx, fx_diag_at(ctx, i), &sb);
		fx_sb_dispose(&sb);
	}
	fx_ptrvec_dispose(&docs);
	fx_ctx_free(ctx);
	return 0;
}
