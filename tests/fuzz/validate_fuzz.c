/*
 * libFuzzer target for the structural checks of src/validate: every
 * document of the input stream goes through fx_validate_object_opts
 * (first byte, bit 0: applied by a Kustomization), then the whole stream
 * through fx_validate_unique.  The returned error counts must match the
 * diagnostics recorded.
 */
#include "validate/validate.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	fx_ctx *ctx = fx_ctx_new();
	ctx->limits.max_alias_expansion = 10000;
	ctx->limits.max_depth = 100;
	fx_yaml_opts o = {.schema = FX_YAML_SCHEMA_KYAML};
	fx_validate_opts vo = {.applied_by_kustomization = (data[0] & 1) != 0};
	fx_ptrvec docs = FX_PTRVEC_INIT;
	uint32_t file = fx_src_add(ctx, "fuzz.yaml");
	if (fx_yaml_load(ctx, ctx->arena, file, (const char *)data + 1, size - 1, &o, &docs) == 0) {
		size_t before = fx_diag_errors(ctx);
		int errs = 0;
		for (size_t i = 0; i < docs.len; i++)
			errs += fx_validate_object_opts(ctx, docs.items[i], &vo);
		if ((size_t)errs != fx_diag_errors(ctx) - before)
			__builtin_trap();
		before = fx_diag_errors(ctx);
		const char **owners = fx_xcalloc(docs.len + 1, sizeof *owners);
		for (size_t i = 0; i < docs.len; i++)
			owners[i] = (data[0] & 2) && i % 2 ? "Kustomization/flux-system/a" : NULL;
		int dups = fx_validate_unique(ctx, (fx_node *const *)docs.items, docs.len, owners);
		if ((size_t)dups != fx_diag_errors(ctx) - before)
			__builtin_trap();
		free(owners);
		for (size_t i = 0; i < docs.len; i++) {
			fx_strbuf id = FX_STRBUF_INIT;
			fx_validate_identity(docs.items[i], &id);
			fx_sb_dispose(&id);
		}
	}
	fx_ptrvec_dispose(&docs);
	fx_ctx_free(ctx);
	return 0;
}
