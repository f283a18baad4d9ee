/*
 * Resources: identity (group/version/kind/namespace/name), the identity
 * history kept across renames, scope of built-in kinds, metadata helpers,
 * and reading resource files into objects.
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <string.h>

/* Kinds kustomize knows to be cluster-scoped (its precomputed openapi
 * table): apiVersion and kind must both match. */
static const struct {
	const char *api_version, *kind;
} cluster_scoped[] = {
	{"admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"},
	{"admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"},
	{"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"},
	{"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"},
	{"apiextensions.k8s.io/v1", "CustomResourceDefinition"},
	{"apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"},
	{"apiregistration.k8s.io/v1", "APIService"},
	{"apiregistration.k8s.io/v1beta1", "APIService"},
	{"certificates.k8s.io/v1", "CertificateSigningRequest"},
	{"certificates.k8s.io/v1beta1", "CertificateSigningRequest"},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"},
	{"networking.k8s.io/v1", "IngressClass"},
	{"networking.k8s.io/v1beta1", "IngressClass"},
	{"node.k8s.io/v1", "RuntimeClass"},
	{"node.k8s.io/v1beta1", "RuntimeClass"},
	{"policy/v1beta1", "PodSecurityPolicy"},
	{"rbac.authorization.k8s.io/v1", "ClusterRole"},
	{"rbac.authorization.k8s.io/v1", "ClusterRoleBinding"},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRole"},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"},
	{"scheduling.k8s.io/v1", "PriorityClass"},
	{"scheduling.k8s.io/v1beta1", "PriorityClass"},
	{"storage.k8s.io/v1", "CSIDriver"},
	{"storage.k8s.io/v1", "CSINode"},
	{"storage.k8s.io/v1", "StorageClass"},
	{"storage.k8s.io/v1", "VolumeAttachment"},
	{"storage.k8s.io/v1beta1", "CSIDriver"},
	{"storage.k8s.io/v1beta1", "CSINode"},
	{"storage.k8s.io/v1beta1", "StorageClass"},
	{"storage.k8s.io/v1beta1", "VolumeAttachment"},
	{"v1", "ComponentStatus"},
	{"v1", "Namespace"},
	{"v1", "Node"},
	{"v1", "NodeProxyOptions"},
	{"v1", "PersistentVolume"},
};

static bool av_cluster_scoped(const char *av, const char *kind)
{
	if (!kind)
		return false;
	for (size_t i = 0; i < sizeof cluster_scoped / sizeof cluster_scoped[0]; i++)
		if (strcmp(cluster_scoped[i].kind, kind) == 0 &&
		    strcmp(cluster_scoped[i].api_version, av ? av : "") == 0)
			return true;
	return false;
}

bool fx_kust__kind_cluster_scoped(const char *kind)
{
	if (!kind)
		return false;
	for (size_t i = 0; i < sizeof cluster_scoped / sizeof cluster_scoped[0]; i++)
		if (strcmp(cluster_scoped[i].kind, kind) == 0)
			return true;
	return false;
}

bool fx_kust__res_cluster_scoped(const fx_kust__res *r)
{
	return av_cluster_scoped(fx_map_get_str(r->obj, "apiVersion"), fx_map_get_str(r->obj, "kind"));
}

static const char *ostr(const char *s)
{
	return s ? s : "";
}

void fx_kust__resid_of(const fx_node *obj, fx_kust__resid *out)
{
	const char *av = fx_map_get_str(obj, "apiVersion");
	const char *slash = av ? strrchr(av, '/') : NULL;
	out->group = "";
	out->glen = 0;
	out->version = ostr(av);
	if (slash) {
		out->group = av;
		out->glen = (size_t)(slash - av);
		out->version = slash + 1;
	}
	out->kind = ostr(fx_map_get_str(obj, "kind"));
	out->name = ostr(fx_kust__get_name(obj));
	out->ns = ostr(fx_kust__get_ns(obj));
}

static size_t group_len(const fx_kust__resid *id)
{
	return id->glen;
}

const char *fx_kust__resid_str(fx_arena *a, const fx_kust__resid *id)
{
	size_t gl = group_len(id);
	return fx_arena_printf(a, "%s.%s.%.*s/%s.%s", id->kind[0] ? id->kind : "[noKind]",
			       id->version[0] ? id->version : "[noVer]", gl ? (int)gl : 7,
			       gl ? id->group : "[noGrp]", id->name, id->ns[0] ? id->ns : "[noNs]");
}

bool fx_kust__ns_eq(const char *x, const char *y)
{
	if (!x || !x[0])
		x = "default";
	if (!y || !y[0])
		y = "default";
	return strcmp(x, y) == 0;
}

bool fx_kust__resid_eq(const fx_kust__resid *x, const fx_kust__resid *y)
{
	size_t gx = group_len(x), gy = group_len(y);
	return gx == gy && strncmp(x->group, y->group, gx) == 0 &&
	       strcmp(x->version, y->version) == 0 && strcmp(x->kind, y->kind) == 0 &&
	       strcmp(x->name, y->name) == 0 && fx_kust__ns_eq(x->ns, y->ns);
}

fx_kust__res *fx_kust__res_new(fx_arena *a, fx_node *obj, fx_loc loc)
{
	fx_kust__res *r = fx_arena_alloc(a, sizeof *r);
	r->obj = obj;
	r->loc = loc;
	return r;
}

void fx_kust__vpush(fx_arena *a, fx_ptrvec *v, void *p)
{
	if (v->len == v->cap) {
		size_t nc = v->cap ? v->cap * 2 : 4;
		v->items = fx_arena_grow(a, v->items, v->cap * sizeof *v->items, nc * sizeof *v->items);
		v->cap = nc;
	}
	v->items[v->len++] = p;
}

static void copy_vec(fx_arena *a, fx_ptrvec *dst, const fx_ptrvec *src)
{
	for (size_t i = 0; i < src->len; i++)
		fx_kust__vpush(a, dst, src->items[i]);
}

fx_kust__res *fx_kust__res_copy(fx_arena *a, const fx_kust__res *r)
{
	fx_kust__res *c = fx_arena_alloc(a, sizeof *c);
	*c = *r;
	memset(&c->prev, 0, sizeof c->prev);
	memset(&c->prefixes, 0, sizeof c->prefixes);
	memset(&c->suffixes, 0, sizeof c->suffixes);
	memset(&c->ref_vars, 0, sizeof c->ref_vars);
	memset(&c->transforms, 0, sizeof c->transforms);
	copy_vec(a, &c->transforms, &r->transforms);
	copy_vec(a, &c->ref_vars, &r->ref_vars);
	copy_vec(a, &c->prev, &r->prev);
	copy_vec(a, &c->prefixes, &r->prefixes);
	copy_vec(a, &c->suffixes, &r->suffixes);
	c->obj = fx_node_copy(a, r->obj);
	return c;
}

void fx_kust__res_store_prev(fx_arena *a, fx_kust__res *r)
{
	fx_kust__resid *id = fx_arena_alloc(a, sizeof *id);
	fx_kust__resid cur;
	fx_kust__resid_of(r->obj, &cur);
	size_t gl = group_len(&cur);
	id->group = fx_arena_strndup(a, cur.group, gl);
	id->glen = gl;
	id->version = fx_arena_strdup(a, cur.version);
	id->kind = fx_arena_strdup(a, cur.kind);
	id->name = fx_arena_strdup(a, cur.name);
	id->ns = fx_arena_strdup(a, cur.ns);
	fx_kust__vpush(a, &r->prev, id);
}

void fx_kust__res_orig(const fx_kust__res *r, fx_kust__resid *out)
{
	if (r->prev.len)
		*out = *(fx_kust__resid *)r->prev.items[0];
	else
		fx_kust__resid_of(r->obj, out);
}

/* ------------------------------------------------------------------ */
/* Metadata helpers                                                     */

fx_node *fx_kust__meta(fx_arena *a, fx_node *obj)
{
	return fx_map_ensure_map(a, obj, "metadata", obj->loc);
}

const char *fx_kust__get_name(const fx_node *obj)
{
	return fx_map_get_str(fx_map_get(obj, "metadata"), "name");
}

const char *fx_kust__get_ns(const fx_node *obj)
{
	return fx_map_get_str(fx_map_get(obj, "metadata"), "namespace");
}

const char *fx_kust__get_kind(const fx_node *obj)
{
	return fx_map_get_str(obj, "kind");
}

void fx_kust__set_name(fx_arena *a, fx_node *obj, const char *name)
{
	fx_node *m = fx_kust__meta(a, obj);
	fx_node *old = fx_map_get(m, "name");
	fx_map_set(a, m, "name", fx_node_str(a, name, old ? old->loc : m->loc));
}

void fx_kust__set_ns(fx_arena *a, fx_node *obj, const char *ns)
{
	fx_node *m = fx_kust__meta(a, obj);
	fx_node *old = fx_map_get(m, "namespace");
	fx_map_set(a, m, "namespace", fx_node_str(a, ns, old ? old->loc : m->loc));
}

void fx_kust__set_annotation(fx_arena *a, fx_node *obj, const char *key, const char *val)
{
	fx_node *m = fx_kust__meta(a, obj);
	fx_node *an = fx_map_ensure_map(a, m, "annotations", m->loc);
	fx_map_set(a, an, key, fx_node_str(a, val, an->loc));
}

const char *fx_kust__scalar(fx_arena *a, const fx_node *n)
{
	if (!n || !fx_node_is_scalar(n))
		return NULL;
	if (n->kind == FX_STR)
		return n->u.s.ptr;
	return fx_scalar_text(a, n);
}

/* ------------------------------------------------------------------ */
/* Reading resource files                                               */

static int add_obj(fx_ctx *ctx, fx_arena *a, fx_node *doc, fx_ptrvec *objs_out)
{
	if (doc->kind != FX_MAP)
		return fx_error(ctx, doc->loc, "FX3010",
				"MalformedYAMLError: expected a mapping, got %s",
				fx_kind_name((fx_kind)doc->kind));
	const char *kind = fx_map_get_str(doc, "kind");
	fx_node *items = fx_map_get(doc, "items");
	if (kind && fx_str_has_suffix(kind, "List") && items && items->kind == FX_SEQ) {
		for (size_t i = 0; i < items->u.seq.len; i++) {
			fx_node *it = items->u.seq.items[i];
			if (it->kind == FX_NULL)
				continue;
			int rc = add_obj(ctx, a, it, objs_out);
			if (rc)
				return rc;
		}
		return 0;
	}
	/* kustomize reads metadata labels and annotations as strings */
	fx_node *meta = fx_map_get(doc, "metadata");
	static const char *const keys[] = {"labels", "annotations"};
	for (int k = 0; k < 2; k++) {
		fx_node *m = fx_map_get(meta, keys[k]);
		for (size_t i = 0; i < fx_map_len(m); i++) {
			fx_node *v = m->u.map.items[i].val;
			if (v->kind == FX_BOOL || v->kind == FX_INT || v->kind == FX_FLOAT) {
				const char *t = fx_scalar_text(a, v);
				m->u.map.items[i].val = fx_node_str(a, t, v->loc);
			}
		}
	}
	fx_ptrvec_push(objs_out, doc);
	return 0;
}

int fx_kust__parse_resources(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
			     fx_loc at, fx_ptrvec *objs_out)
{
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
	(void)at;
	int rc = fx_yaml_load(ctx, a, file, buf, len, &yo, &docs);
	for (size_t i = 0; rc == 0 && i < docs.len; i++) {
		fx_node *d = docs.items[i];
		if (d->kind == FX_NULL || (d->kind == FX_MAP && d->u.map.len == 0))
			continue;
		rc = add_obj(ctx, a, d, objs_out);
	}
	fx_ptrvec_dispose(&docs);
	return rc;
}
