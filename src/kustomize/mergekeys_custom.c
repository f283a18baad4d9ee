/*
 * kustomize: merge keys from a custom OpenAPI schema.
 *
 * A kustomization may name its own schema (`openapi: path: file`); kyaml
 * then looks kinds up there instead of in its built-in Kubernetes schema:
 * x-kubernetes-group-version-kind picks the definition of a kind, a field
 * is a property (or additionalProperties), $ref chains are followed
 * ("#/definitions/NAME"), and x-kubernetes-patch-strategy with
 * x-kubernetes-list-map-keys or x-kubernetes-patch-merge-key make a list
 * associative, exactly as for built-in kinds (mergekeys.c).  When the
 * built-in definitions are loaded too (fx_kust_openapi.with_builtin) they
 * take precedence, as the later load does in kyaml.
 *
 * Positions are fx_kust_sref values: `dyn` points into the custom
 * document; built-in positions come from mergekeys.c.
 */
#include "kustomize/patch.h"

#include <string.h>

static fx_kust_sref absent(void)
{
	return (fx_kust_sref){.present = false, .strategy = "", .keys = ""};
}

static const char *type_of(const fx_node *s)
{
	const fx_node *t = fx_map_get(s, "type");
	if (t && t->kind == FX_STR)
		return t->u.s.ptr;
	if (t && t->kind == FX_SEQ && fx_seq_len(t) == 1 && fx_seq_at(t, 0)->kind == FX_STR)
		return fx_seq_at(t, 0)->u.s.ptr;
	return "";
}

static const char *keys_of(fx_arena *a, const fx_node *s)
{
	const fx_node *lk = fx_map_get(s, "x-kubernetes-list-map-keys");
	if (lk && lk->kind == FX_SEQ) {
		size_t n = 0;
		for (size_t i = 0; i < fx_seq_len(lk); i++)
			n += strlen(fx_scalar_text(a, fx_seq_at(lk, i))) + 1;
		char *out = fx_arena_alloc(a, n + 1);
		for (size_t i = 0; i < fx_seq_len(lk); i++) {
			if (i)
				strcat(out, ",");
			strcat(out, fx_scalar_text(a, fx_seq_at(lk, i)));
		}
		return out;
	}
	const char *mk = fx_map_get_str(s, "x-kubernetes-patch-merge-key");
	return mk ? mk : "";
}

/* A position at custom schema node s (already free of $ref). */
static fx_kust_sref dyn_ref(const fx_kust_openapi *oa, const fx_node *s)
{
	/* strings borrowed from the document (arena-less: keys need joining
	 * only for list-map-keys, done lazily by the caller's arena) */
	const char *ps = fx_map_get_str(s, "x-kubernetes-patch-strategy");
	return (fx_kust_sref){.present = true,
			      .is_array = strcmp(type_of(s), "array") == 0,
			      .strategy = ps ? ps : "",
			      .keys = "",
			      .dyn = s,
			      .oa = oa};
}

/* Follows a $ref chain from schema node s. */
static fx_kust_sref resolve(const fx_kust_openapi *oa, const fx_node *s, int depth)
{
	if (!s || s->kind != FX_MAP || depth > 64)
		return absent();
	const char *ref = fx_map_get_str(s, "$ref");
	if (!ref)
		return dyn_ref(oa, s);
	const char *pfx = "#/definitions/";
	if (strncmp(ref, pfx, strlen(pfx)) != 0)
		return absent();
	const char *name = ref + strlen(pfx);
	if (oa->with_builtin) {
		bool known;
		uint16_t d = fx_kust__schema_def_index(name, &known);
		if (known)
			return (fx_kust_sref){.present = true, .def = d, .strategy = "", .keys = ""};
	}
	const fx_node *defs = fx_map_get(oa->doc, "definitions");
	return resolve(oa, fx_map_get(defs, name), depth + 1);
}

static bool gvk_matches(const fx_node *g, const char *api_version, const char *kind)
{
	const char *gg = fx_map_get_str(g, "group");
	const char *gv = fx_map_get_str(g, "version");
	const char *gk = fx_map_get_str(g, "kind");
	if (!gv || !gk || strcmp(gk, kind) != 0)
		return false;
	if (!gg || !gg[0])
		return strcmp(api_version, gv) == 0;
	size_t gl = strlen(gg);
	return strncmp(api_version, gg, gl) == 0 && api_version[gl] == '/' &&
	       strcmp(api_version + gl + 1, gv) == 0;
}

fx_kust_sref fx_kust__oa_schema_for(const fx_kust_openapi *oa, const char *api_version,
				    const char *kind)
{
	if (!oa || !oa->doc)
		return fx_kust__schema_for(api_version, kind);
	if (!api_version || !kind)
		return absent();
	if (oa->with_builtin) {
		fx_kust_sref b = fx_kust__schema_for(api_version, kind);
		if (b.present)
			return b;
	}
	const fx_node *defs = fx_map_get(oa->doc, "definitions");
	const fx_node *hit = NULL;
	for (size_t i = 0; i < fx_map_len(defs); i++) {
		const fx_node *d = defs->u.map.items[i].val;
		const fx_node *gvks = fx_map_get(d, "x-kubernetes-group-version-kind");
		for (size_t k = 0; k < fx_seq_len(gvks); k++)
			if (gvk_matches(fx_seq_at(gvks, k), api_version, kind))
				hit = d; /* a later definition wins, as in a map */
	}
	return hit ? resolve(oa, hit, 0) : absent();
}

fx_kust_sref fx_kust__oa_field(fx_kust_sref s, const char *key)
{
	if (!s.dyn)
		return fx_kust__schema_field(s, key);
	const fx_node *props = fx_map_get(s.dyn, "properties");
	const fx_node *f = fx_map_get(props, key);
	if (!f) {
		const fx_node *ap = fx_map_get(s.dyn, "additionalProperties");
		if (ap && ap->kind == FX_MAP)
			f = ap;
	}
	if (!f)
		return absent();
	return resolve(s.oa, f, 0);
}

fx_kust_sref fx_kust__oa_items(fx_kust_sref s)
{
	if (!s.dyn)
		return fx_kust__schema_items(s);
	if (strcmp(type_of(s.dyn), "array") != 0)
		return absent();
	const fx_node *it = fx_map_get(s.dyn, "items");
	if (!it)
		return absent();
	return resolve(s.oa, it, 0);
}

const char *fx_kust__oa_keys(fx_arena *a, fx_kust_sref s)
{
	if (!s.dyn)
		return s.keys;
	return keys_of(a, s.dyn);
}
