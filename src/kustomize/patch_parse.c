/*
 * kustomize: reading patch text.
 *
 * A `patches` entry (inline or from a file) holds either strategic merge
 * patches (one or more YAML/JSON documents, each a resource naming at
 * least its kind and metadata.name) or one JSON 6902 operation list.
 * kustomize's PatchTransformer tries both readings and keeps the one
 * that works; so does this file:
 *  - strategic merge: every document is a mapping with kind and a
 *    non-empty metadata.name (read with kyaml's scalar rules);
 *  - JSON 6902: the text starts with '[' (JSON), or its first YAML
 *    document is a sequence; YAML is converted the way sigs.k8s.io/yaml
 *    does (YAML 1.1 scalars: yes/no are booleans, 0777 is octal).
 * Neither reading working is kustomize's "unable to parse SM or JSON
 * patch" error.  Text without documents (blank, comments) gives no
 * patches and no error, as in kustomize; the caller decides whether that
 * is an error (patchesStrategicMerge says "patch appears to be empty").
 */
#include "kustomize/patch.h"

#include <string.h>

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool smp_doc_ok(const fx_node *d)
{
	if (!d || d->kind != FX_MAP)
		return false;
	const char *kind = fx_map_get_str(d, "kind");
	const char *name = fx_map_get_str(fx_map_get(d, "metadata"), "name");
	return kind && kind[0] && name && name[0];
}

int fx_kust__patch_parse(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *text, size_t len,
			 bool *is_json6902, fx_ptrvec *docs_out)
{
	fx_loc loc = fx_loc_make(file, 1, 1);
	*is_json6902 = false;
	/* kustomize trims inline patches; leading blanks never matter */
	size_t s = 0;
	while (s < len && is_space(text[s]))
		s++;
	size_t e = len;
	while (e > s && is_space(text[e - 1]))
		e--;
	if (s == e)
		return 0; /* no documents: a strategic merge reading of nothing */

	size_t mark = fx_diag_count(ctx);
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_yaml_opts yo = {FX_YAML_SCHEMA_KYAML, false, false};
	int rc = fx_yaml_load(ctx, a, file, text, len, &yo, &docs);
	if (rc < 0) {
		fx_ptrvec_dispose(&docs);
		return rc; /* neither reading can work on broken YAML */
	}
	if (docs.len == 0) {
		fx_ptrvec_dispose(&docs);
		return 0; /* comments only: no patches, as kustomize reads it */
	}
	bool smp_ok = true;
	for (size_t i = 0; i < docs.len && smp_ok; i++)
		smp_ok = smp_doc_ok(docs.items[i]);
	if (smp_ok) {
		for (size_t i = 0; i < docs.len; i++)
			fx_ptrvec_push(docs_out, docs.items[i]);
		fx_ptrvec_dispose(&docs);
		return 0;
	}
	const fx_node *first = docs.len > 0 ? docs.items[0] : NULL;
	fx_ptrvec_dispose(&docs);
	if (first && first->kind == FX_SEQ) {
		fx_node *ops = NULL;
		if (text[s] == '[') {
			/* read as JSON by kustomize: YAML flow syntax is not enough */
			size_t jm = fx_diag_count(ctx);
			if (fx_json_load(ctx, a, file, text + s, e - s, &ops) < 0) {
				fx_diag_truncate(ctx, jm);
				return fx_error(ctx, first->loc, "FX3320",
						"unable to parse SM or JSON patch");
			}
		} else {
			fx_ptrvec d11 = FX_PTRVEC_INIT;
			fx_yaml_opts y11 = {FX_YAML_SCHEMA_11, false, false};
			rc = fx_yaml_load(ctx, a, file, text, len, &y11, &d11);
			ops = rc == 0 && d11.len > 0 ? d11.items[0] : NULL;
			fx_ptrvec_dispose(&d11);
			if (rc < 0)
				return rc;
		}
		for (size_t i = 0; i < fx_seq_len(ops); i++) {
			const fx_node *op = fx_seq_at(ops, i);
			if (!op || op->kind != FX_MAP)
				return fx_error(ctx, op ? op->loc : loc, "FX3320",
						"unable to parse SM or JSON patch: json: cannot unmarshal "
						"%s into Go value of type jsonpatch.Operation",
						op && op->kind == FX_SEQ ? "array" : "string");
		}
		*is_json6902 = true;
		fx_ptrvec_push(docs_out, ops);
		return 0;
	}
	fx_diag_truncate(ctx, mark);
	return fx_error(ctx, first ? first->loc : loc, "FX3320",
			"unable to parse SM or JSON patch");
}
