/*
 * libFuzzer target for the template lexer, parser and executor
 * (fx_tmpl_parse, fx_tmpl_tree_string, fx_tmpl_execute).
 *
 * The first byte selects options: bit 0 custom delimiters "<<" ">>",
 * bits 1-2 the missingkey mode, bit 3 "execute after parsing".  The rest
 * is the template text.  Execution runs over a small fixed data tree
 * with tight limits (depth, output, steps) so that what the fuzzer finds
 * is a bug rather than a slow input.  A failure must come with a message.
 *
 * Built without the Sprig/Helm families (only Go's builtins), so the
 * function registry is stubbed here.
 */
#include "tmpl/tmpl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef FX_FUZZ_WITH_FUNCS
const fx_tmpl_func *fx_tmpl_funcs_lookup(const char *name, bool helm)
{
	(void)name;
	(void)helm;
	return NULL;
}
int fx_tmplf__semver_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			    fx_node **out);
int fx_tmplf__semver_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			    fx_node **out)
{
	(void)c;
	(void)recv;
	(void)name;
	(void)out;
	return -1;
}
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v);
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v)
{
	(void)v;
	fx_sb_adds(out, "?");
}
#endif

static fx_node *sample_data(fx_arena *a)
{
	fx_node *m = fx_node_map(a, FX_LOC_NONE);
	fx_map_set(a, m, "X", fx_node_str(a, "x", FX_LOC_NONE));
	fx_map_set(a, m, "I", fx_node_int(a, 17, FX_LOC_NONE));
	fx_map_set(a, m, "F", fx_node_float(a, 1.5, FX_LOC_NONE));
	fx_map_set(a, m, "B", fx_node_bool(a, true, FX_LOC_NONE));
	fx_map_set(a, m, "N", fx_node_null(a, FX_LOC_NONE));
	fx_node *s = fx_node_seq(a, FX_LOC_NONE);
	for (int i = 0; i < 3; i++)
		fx_seq_push(a, s, fx_node_int(a, i, FX_LOC_NONE));
	fx_map_set(a, m, "S", s);
	fx_node *inner = fx_node_map(a, FX_LOC_NONE);
	fx_map_set(a, inner, "a", fx_node_str(a, "b", FX_LOC_NONE));
	fx_map_set(a, m, "M", inner);
	return m;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t flags = data[0];
	fx_arena *a = fx_arena_new();
	fx_tmpl_opts opts = {0};
	if (flags & 1) {
		opts.left_delim = "<<";
		opts.right_delim = ">>";
	}
	opts.missingkey = (fx_tmpl_missingkey)((flags >> 1) & 3) % 3;
	opts.max_depth = 50;
	opts.max_output = 1 << 16;
	opts.max_steps = 20000;
	fx_tmpl_set *set = fx_tmpl_set_new(a, &opts);
	fx_tmpl_error err = {0};
	if (fx_tmpl_parse(set, "fuzz", (const char *)data + 1, size - 1, &err) != 0) {
		if (err.msg.len == 0)
			abort();
	} else {
		fx_strbuf tree = FX_STRBUF_INIT;
		fx_tmpl_tree_string(set, "fuzz", &tree);
		fx_sb_dispose(&tree);
		if (flags & 8) {
			fx_strbuf out = FX_STRBUF_INIT;
			if (fx_tmpl_execute(set, "fuzz", sample_data(a), NULL, &out, &err) != 0 &&
			    err.msg.len == 0)
				abort();
			fx_sb_dispose(&out);
		}
	}
	fx_tmpl_error_dispose(&err);
	fx_tmpl_set_dispose(set);
	fx_arena_free(a);
	return 0;
}
