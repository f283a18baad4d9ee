/*
 * The variable map of a Flux Kustomization's postBuild (spec flux.md
 * 4.2): substituteFrom entries in list order (ConfigMap data, Secret data
 * base64-decoded merged with stringData), later entries overwriting
 * earlier ones, then inline substitute on top.  Every value has its LF
 * characters removed.  Part of src/subst; where the ConfigMaps and Secrets
 * come from is the caller's business (fx_subst_lookup).
 */
#include "subst/subst_int.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void put(fx_arena *a, fx_subst__vars *v, const char *name, size_t nlen,
		const char *val, size_t vlen, fx_subst_src src, const char *ns,
		const char *src_name, fx_loc loc)
{
	fx_subst_var *var = fx_arena_alloc(a, sizeof *var);
	char *buf = fx_arena_alloc(a, vlen + 1);
	size_t k = 0;
	for (size_t i = 0; i < vlen; i++)
		if (val[i] != '\n')
			buf[k++] = val[i];
	buf[k] = '\0';
	var->name = fx_arena_strndup(a, name, nlen);
	var->value = buf;
	var->value_len = k;
	var->src = src;
	var->src_ns = ns;
	var->src_name = src_name;
	var->loc = loc;
	fx_subst_var *old = fx_strmap_putn(v->map, name, nlen, var);
	if (old) {
		for (size_t i = 0; i < v->order.len; i++)
			if (v->order.items[i] == old)
				v->order.items[i] = var;
	} else {
		fx_ptrvec_push(&v->order, var);
	}
}

static void fail(fx_subst__vars *v, fx_loc loc, const char *fmt, ...) FX_PRINTF(3, 4);

static void fail(fx_subst__vars *v, fx_loc loc, const char *fmt, ...)
{
	if (v->error)
		return;
	fx_strbuf sb = FX_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	v->error = fx_sb_detach(&sb);
	v->error_loc = loc;
}

/* Offset Go's base64 decoder reports for malformed input (best effort:
 * the first byte outside the alphabet, a misplaced '=', or the end). */
static long bad_b64_offset(const char *s, size_t n)
{
	size_t i, data = 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\r' || c == '\n')
			continue;
		if (c == '=')
			break;
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		      (c >= '0' && c <= '9') || c == '+' || c == '/'))
			return (long)i;
		data++;
	}
	if (i < n)
		return (long)i;
	return (long)(data / 4 * 4);
}

static const char *scalar_value(fx_arena *a, const fx_node *n, size_t *len_out)
{
	if (n->kind == FX_STR) {
		*len_out = n->u.s.len;
		return n->u.s.ptr;
	}
	if (n->kind == FX_NULL) {
		*len_out = 0;
		return "";
	}
	const char *t = fx_scalar_text(a, n);
	*len_out = strlen(t);
	return t;
}

static bool is_sops(const fx_node *obj)
{
	return fx_map_get(obj, "sops") != NULL;
}

static void add_configmap(fx_arena *a, fx_subst__vars *v, const fx_node *cm, const char *ns,
			  const char *name)
{
	const fx_node *data = fx_map_get(cm, "data");
	for (size_t i = 0; i < fx_map_len(data); i++) {
		const fx_pair *p = &data->u.map.items[i];
		if (!fx_node_is_scalar(p->val))
			continue;
		const char *k = fx_scalar_text(a, p->key);
		size_t vlen;
		const char *val = scalar_value(a, p->val, &vlen);
		put(a, v, k, strlen(k), val, vlen, FX_SUBST_SRC_CONFIGMAP, ns, name, p->val->loc);
	}
}

static int add_secret(fx_arena *a, fx_subst__vars *v, const fx_node *sec, const char *ns,
		      const char *name)
{
	const fx_node *data = fx_map_get(sec, "data");
	const fx_node *sdata = fx_map_get(sec, "stringData");
	fx_strbuf dec = FX_STRBUF_INIT;
	for (size_t i = 0; i < fx_map_len(data); i++) {
		const fx_pair *p = &data->u.map.items[i];
		if (!fx_node_is_scalar(p->val))
			continue;
		const char *k = fx_scalar_text(a, p->key);
		if (fx_map_get(sdata, k))
			continue; /* stringData wins */
		size_t vlen;
		const char *val = scalar_value(a, p->val, &vlen);
		fx_sb_clear(&dec);
		if (fx_base64_decode(&dec, val, vlen) != 0) {
			fail(v, p->val->loc,
			     "substitute from 'Secret/%s' error: data.%s: illegal base64 data at "
			     "input byte %ld",
			     name, k, bad_b64_offset(val, vlen));
			fx_sb_dispose(&dec);
			return -1;
		}
		put(a, v, k, strlen(k), fx_sb_cstr(&dec), dec.len, FX_SUBST_SRC_SECRET, ns, name,
		    p->val->loc);
	}
	fx_sb_dispose(&dec);
	for (size_t i = 0; i < fx_map_len(sdata); i++) {
		const fx_pair *p = &sdata->u.map.items[i];
		if (!fx_node_is_scalar(p->val))
			continue;
		const char *k = fx_scalar_text(a, p->key);
		size_t vlen;
		const char *val = scalar_value(a, p->val, &vlen);
		put(a, v, k, strlen(k), val, vlen, FX_SUBST_SRC_SECRET, ns, name, p->val->loc);
	}
	return 0;
}

void fx_subst__vars_build(fx_ctx *ctx, fx_arena *a, fx_subst__vars *v, const fx_node *ks,
			  const fx_subst_lookup *lookup, const fx_subst_opts *opts)
{
	const fx_node *pb = fx_map_path(ks, "spec", "postBuild", NULL);
	const char *ns = fx_map_get_str(fx_map_get(ks, "metadata"), "namespace");
	if (!ns)
		ns = "";
	v->map = fx_strmap_new();

	const fx_node *from = fx_map_get(pb, "substituteFrom");
	for (size_t i = 0; !opts->skip_substitute_from && i < fx_seq_len(from); i++) {
		const fx_node *ref = fx_seq_at(from, i);
		const char *kind = fx_map_get_str(ref, "kind");
		const char *name = fx_map_get_str(ref, "name");
		const fx_node *optn = fx_map_get(ref, "optional");
		fx_subst_source *src = fx_arena_alloc(a, sizeof *src);
		src->kind = kind ? kind : "";
		src->name = name ? name : "";
		src->ns = ns;
		src->optional = optn && optn->kind == FX_BOOL && optn->u.b;
		fx_ptrvec_push(&v->sources, src);
		bool is_cm = kind && strcmp(kind, "ConfigMap") == 0;
		bool is_secret = kind && strcmp(kind, "Secret") == 0;
		if (!is_cm && !is_secret)
			continue; /* rejected by the API's enum; contributes nothing */
		const fx_node *obj =
			lookup && lookup->find ? lookup->find(lookup->ud, kind, ns, src->name) : NULL;
		if (!obj) {
			if (src->optional)
				continue;
			fail(v, ref->loc, "substitute from '%s/%s' error: %s \"%s\" not found",
			     kind, src->name, is_cm ? "configmaps" : "secrets", src->name);
			return;
		}
		src->found = true;
		if (is_cm) {
			add_configmap(a, v, obj, ns, src->name);
		} else if (is_sops(obj)) {
			src->sops = true;
			fx_warn(ctx, ref->loc, FX_SUBST_W_SOPS,
				"substituteFrom Secret '%s/%s' is SOPS-encrypted: its values are "
				"unknown offline and it is treated as empty",
				ns, src->name);
		} else if (add_secret(a, v, obj, ns, src->name) != 0) {
			return;
		}
	}

	const fx_node *inl = fx_map_get(pb, "substitute");
	for (size_t i = 0; i < fx_map_len(inl); i++) {
		const fx_pair *p = &inl->u.map.items[i];
		const char *k = fx_scalar_text(a, p->key);
		if (!fx_node_is_scalar(p->val))
			continue;
		if (p->val->kind != FX_STR)
			fx_warn(ctx, p->val->loc, FX_SUBST_W_NONSTRING,
				"spec.postBuild.substitute.%s is a %s, not a string: the API "
				"server rejects it; using its text",
				k, fx_kind_name((fx_kind)p->val->kind));
		size_t vlen;
		const char *val = scalar_value(a, p->val, &vlen);
		put(a, v, k, strlen(k), val, vlen, FX_SUBST_SRC_INLINE, NULL, NULL, p->val->loc);
	}
}

void fx_subst__vars_dispose(fx_subst__vars *v)
{
	if (v->map)
		fx_strmap_free(v->map);
	fx_ptrvec_dispose(&v->order);
	fx_ptrvec_dispose(&v->sources);
	free(v->error);
	memset(v, 0, sizeof *v);
}
