/*
 * validate meta: per-object structural checks (validation spec §2 rows
 * 1-3 and 11-12, §7.1-7.4).
 *
 * Part of src/validate.  Checks that a rendered document is an object
 * with apiVersion, kind and a name, and that its ObjectMeta is what the
 * API server would accept for that kind: the name rule of the kind, the
 * namespace, label keys and values, annotation keys and total size,
 * finalizers, and scope.  JSON Schema validation is a separate step;
 * type errors inside metadata that a schema reports (a label value that
 * is not a string) are left to it.
 */
#include "validate/validate.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define RE_SUBDOMAIN "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"
#define RE_LABEL "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
#define RE_1035 "[a-z]([-a-z0-9]*[a-z0-9])?"
#define RE_VALUE "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"

/* Largest total size of the annotations of one object. */
#define MAX_ANNOTATIONS 262144

typedef struct {
	fx_ctx *ctx;
	const fx_validate_opts *opts;
	int errors;
	const fx_node *obj;
	const char *group; /* arena-owned */
	const char *kind;
} vstate;

/* Records "<pointer>: <message>" as an error (warn: as a warning). */
static void report(vstate *v, bool warn, fx_loc loc, const char *code, const char *ptr,
		   const char *fmt, ...) FX_PRINTF(6, 7);
static void report(vstate *v, bool warn, fx_loc loc, const char *code, const char *ptr,
		   const char *fmt, ...)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	va_list ap;
	fx_sb_addf(&sb, "%s: ", ptr[0] ? ptr : "/");
	va_start(ap, fmt);
	fx_sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (warn) {
		fx_warn(v->ctx, loc, code, "%s", fx_sb_cstr(&sb));
	} else {
		fx_error(v->ctx, loc, code, "%s", fx_sb_cstr(&sb));
		v->errors++;
	}
	fx_sb_dispose(&sb);
}

/* JSON pointer "/<parent>/<escaped key>" in the ctx arena. */
static const char *ptr_key(vstate *v, const char *parent, const char *key)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_adds(&sb, parent);
	fx_sb_addc(&sb, '/');
	for (const char *p = key; *p; p++) {
		if (*p == '~')
			fx_sb_adds(&sb, "~0");
		else if (*p == '/')
			fx_sb_adds(&sb, "~1");
		else
			fx_sb_addc(&sb, *p);
	}
	const char *r = fx_arena_strdup(v->ctx->arena, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return r;
}

/* The key node of `key` in mapping `map` (for locations), or NULL. */
static const fx_node *key_node(const fx_node *map, const char *key)
{
	long i = fx_map_find(map, key, strlen(key));
	return i < 0 ? NULL : map->u.map.items[i].key;
}

static fx_loc key_loc(const fx_node *map, const char *key)
{
	const fx_node *k = key_node(map, key);
	return k ? k->loc : map->loc;
}

static bool is_nullish(const fx_node *n)
{
	return !n || n->kind == FX_NULL;
}

/* ------------------------------------------------------------------ */
/* Names per kind                                                       */

typedef enum {
	R_SUBDOMAIN,
	R_LABEL,
	R_DNS1035,
	R_PATH_SEGMENT,
	R_CRONJOB,
	R_CRD,
	R_APISERVICE,
	R_PRIORITY_CLASS,
	R_IP,
} name_rule;

static const struct {
	const char *group, *kind;
	name_rule rule;
	bool label_recommended; /* FX7310: workloads whose name ends up in pod hostnames */
} kind_rules[] = {
	{"", "Namespace", R_LABEL, false},
	{"apps", "StatefulSet", R_LABEL, false},
	{"", "Service", R_DNS1035, false},
	{"rbac.authorization.k8s.io", "Role", R_PATH_SEGMENT, false},
	{"rbac.authorization.k8s.io", "ClusterRole", R_PATH_SEGMENT, false},
	{"rbac.authorization.k8s.io", "RoleBinding", R_PATH_SEGMENT, false},
	{"rbac.authorization.k8s.io", "ClusterRoleBinding", R_PATH_SEGMENT, false},
	{"batch", "CronJob", R_CRONJOB, true},
	{"apiextensions.k8s.io", "CustomResourceDefinition", R_CRD, false},
	{"apiregistration.k8s.io", "APIService", R_APISERVICE, false},
	{"scheduling.k8s.io", "PriorityClass", R_PRIORITY_CLASS, false},
	{"networking.k8s.io", "IPAddress", R_IP, false},
	{"", "Pod", R_SUBDOMAIN, true},
	{"apps", "ReplicaSet", R_SUBDOMAIN, true},
	{"apps", "Deployment", R_SUBDOMAIN, true},
	{"batch", "Job", R_SUBDOMAIN, true},
	{"", "ReplicationController", R_SUBDOMAIN, true},
};

static name_rule rule_for(const vstate *v, bool *label_recommended)
{
	*label_recommended = false;
	for (size_t i = 0; i < sizeof kind_rules / sizeof kind_rules[0]; i++) {
		if (strcmp(v->group, kind_rules[i].group) == 0 &&
		    strcmp(v->kind, kind_rules[i].kind) == 0) {
			*label_recommended = kind_rules[i].label_recommended;
			return kind_rules[i].rule;
		}
	}
	return R_SUBDOMAIN;
}

/* Why `s` fails the plain DNS rules, or NULL. */
static const char *subdomain_error(const char *s, size_t n)
{
	if (n > 253)
		return "must be no more than 253 characters";
	if (!fx_validate_is_dns_subdomain(s, n))
		return "a lowercase RFC 1123 subdomain: must match regex '" RE_SUBDOMAIN "'";
	return NULL;
}

static const char *label_error(const char *s, size_t n)
{
	if (n > 63)
		return "must be no more than 63 characters";
	if (!fx_validate_is_dns_label(s, n))
		return "a lowercase RFC 1123 label: must match regex '" RE_LABEL "'";
	return NULL;
}

static const char *dns1035_error(const char *s, size_t n)
{
	if (n > 63)
		return "must be no more than 63 characters";
	if (!fx_validate_is_dns1035_label(s, n))
		return "a DNS-1035 label: must match regex '" RE_1035 "'";
	return NULL;
}

static const char *path_segment_error(const char *s, size_t n)
{
	if (n == 1 && s[0] == '.')
		return "may not be '.'";
	if (n == 2 && s[0] == '.' && s[1] == '.')
		return "may not be '..'";
	if (memchr(s, '/', n))
		return "may not contain '/'";
	if (memchr(s, '%', n))
		return "may not contain '%'";
	return NULL;
}

/* The canonical text of an IP address equals `s`. */
static bool is_canonical_ip(const char *s)
{
	unsigned char buf[16];
	char back[INET6_ADDRSTRLEN];
	if (inet_pton(AF_INET, s, buf) == 1)
		return inet_ntop(AF_INET, buf, back, sizeof back) && strcmp(back, s) == 0;
	if (inet_pton(AF_INET6, s, buf) == 1)
		return inet_ntop(AF_INET6, buf, back, sizeof back) && strcmp(back, s) == 0;
	return false;
}

/* Checks a name ("name") or a generateName prefix ("generateName"). */
static void check_name(vstate *v, const fx_node *meta, const char *field, const fx_node *node)
{
	bool prefix = strcmp(field, "generateName") == 0;
	const char *code = prefix ? "FX7302" : "FX7301";
	const char *ptr = prefix ? "/metadata/generateName" : "/metadata/name";
	const char *s = node->u.s.ptr;
	size_t n = node->u.s.len;
	bool label_rec;
	name_rule rule = rule_for(v, &label_rec);
	const char *why = NULL;
	char *masked = NULL;

	if (memchr(s, '\0', n)) {
		report(v, false, node->loc, code, ptr, "invalid %s: contains a NUL character", field);
		return;
	}
	/* a generateName may end in '-': the server appends a suffix */
	if (prefix && n > 1 && s[n - 1] == '-') {
		masked = fx_xstrndup(s, n);
		masked[n - 1] = 'a';
		s = masked;
	}
	switch (rule) {
	case R_SUBDOMAIN:
		why = subdomain_error(s, n);
		break;
	case R_LABEL:
		why = label_error(s, n);
		break;
	case R_DNS1035:
		why = dns1035_error(s, n);
		break;
	case R_PATH_SEGMENT:
		why = path_segment_error(s, n);
		break;
	case R_CRONJOB:
		why = subdomain_error(s, n);
		if (!why && n > 52)
			why = "must be no more than 52 characters";
		break;
	case R_PRIORITY_CLASS:
		why = subdomain_error(s, n);
		if (!why && !prefix && strncmp(s, "system-", 7) == 0 &&
		    strcmp(s, "system-node-critical") != 0 &&
		    strcmp(s, "system-cluster-critical") != 0)
			why = "the 'system-' prefix is reserved for the built-in priority classes";
		break;
	case R_CRD:
	case R_APISERVICE: {
		if (prefix) {
			why = subdomain_error(s, n);
			break;
		}
		const fx_node *spec = fx_map_get(v->obj, "spec");
		const char *a = rule == R_CRD ? fx_map_get_str(fx_map_get(spec, "names"), "plural")
					      : fx_map_get_str(spec, "version");
		const char *g = fx_map_get_str(spec, "group");
		if (a && g) {
			char *want = fx_arena_printf(v->ctx->arena, "%s.%s", a, g);
			if (strcmp(want, s) != 0)
				why = fx_arena_printf(v->ctx->arena,
						      rule == R_CRD
							      ? "must be spec.names.plural+\".\"+spec.group "
								"('%s')"
							      : "must be spec.version+\".\"+spec.group ('%s')",
						      want);
		} else {
			why = subdomain_error(s, n);
		}
		break;
	}
	case R_IP:
		if (!prefix && !is_canonical_ip(s))
			why = "must be the canonical form of an IP address";
		break;
	}
	if (why) {
		report(v, false, node->loc, code, ptr, "invalid %s '%.*s': %s", field, (int)n,
		       node->u.s.ptr, why);
	} else if (label_rec && !prefix && rule != R_LABEL && !fx_validate_is_dns_label(s, n)) {
		report(v, true, node->loc, "FX7310", ptr,
		       "'%.*s' is not a DNS label; a DNS label is recommended: %s", (int)n, s,
		       label_error(s, n));
	}
	free(masked);
	(void)meta;
}

/* ------------------------------------------------------------------ */
/* Labels, annotations, finalizers                                      */

static void check_labels(vstate *v, const fx_node *labels)
{
	if (labels->kind != FX_MAP) {
		report(v, false, labels->loc, "FX7304", "/metadata/labels", "must be a mapping, got %s",
		       fx_kind_name(labels->kind));
		return;
	}
	for (size_t i = 0; i < labels->u.map.len; i++) {
		const fx_node *k = labels->u.map.items[i].key;
		const fx_node *val = labels->u.map.items[i].val;
		const char *ks = fx_scalar_text(v->ctx->arena, k);
		const char *ptr = ptr_key(v, "/metadata/labels", ks ? ks : "");
		const char *why = ks ? fx_validate_qualified_name_error(ks, strlen(ks))
				     : "must be a string";
		if (why)
			report(v, false, k->loc, "FX7304", ptr, "key: %s", why);
		if (!val || val->kind != FX_STR)
			continue; /* a non-string value is the schema's business */
		const char *s = val->u.s.ptr;
		size_t n = val->u.s.len;
		if (n > 63)
			report(v, false, val->loc, "FX7305", ptr,
			       "invalid label value '%.*s': must be no more than 63 characters",
			       (int)n, s);
		else if (!fx_validate_is_label_value(s, n))
			report(v, false, val->loc, "FX7305", ptr,
			       "invalid label value '%.*s': must be empty or consist of alphanumeric "
			       "characters, '-', '_' or '.', starting and ending with an "
			       "alphanumeric character: must match regex '" RE_VALUE "'",
			       (int)n, s);
	}
}

static void check_annotations(vstate *v, const fx_node *ann)
{
	if (ann->kind != FX_MAP) {
		report(v, false, ann->loc, "FX7306", "/metadata/annotations",
		       "must be a mapping, got %s", fx_kind_name(ann->kind));
		return;
	}
	size_t total = 0;
	for (size_t i = 0; i < ann->u.map.len; i++) {
		const fx_node *k = ann->u.map.items[i].key;
		const fx_node *val = ann->u.map.items[i].val;
		const char *ks = fx_scalar_text(v->ctx->arena, k);
		if (!ks)
			ks = "";
		size_t kl = strlen(ks);
		/* keys are checked lower-cased, as the API server does */
		char *lower = fx_xstrndup(ks, kl);
		for (size_t j = 0; j < kl; j++)
			lower[j] = (char)tolower((unsigned char)lower[j]);
		const char *why = fx_validate_qualified_name_error(lower, kl);
		free(lower);
		if (why)
			report(v, false, k->loc, "FX7306", ptr_key(v, "/metadata/annotations", ks),
			       "key: %s", why);
		total += kl;
		if (val && val->kind == FX_STR)
			total += val->u.s.len;
		else if (val && fx_node_is_scalar(val) && val->kind != FX_NULL)
			total += strlen(fx_scalar_text(v->ctx->arena, val));
	}
	if (total > MAX_ANNOTATIONS)
		report(v, false, ann->loc, "FX7307", "/metadata/annotations",
		       "total size must be at most %d bytes (is %zu)", MAX_ANNOTATIONS, total);
}

static void check_finalizers(vstate *v, const fx_node *fin)
{
	if (fin->kind != FX_SEQ) {
		report(v, false, fin->loc, "FX7308", "/metadata/finalizers",
		       "must be a sequence, got %s", fx_kind_name(fin->kind));
		return;
	}
	for (size_t i = 0; i < fin->u.seq.len; i++) {
		const fx_node *f = fin->u.seq.items[i];
		char *ptr = fx_arena_printf(v->ctx->arena, "/metadata/finalizers/%zu", i);
		if (f->kind != FX_STR)
			continue; /* schema's business */
		const char *why = fx_validate_qualified_name_error(f->u.s.ptr, f->u.s.len);
		if (why) {
			report(v, false, f->loc, "FX7308", ptr, "invalid finalizer '%s': %s",
			       f->u.s.ptr, why);
		} else if (!memchr(f->u.s.ptr, '/', f->u.s.len) &&
			   strcmp(f->u.s.ptr, "kubernetes") != 0 &&
			   strcmp(f->u.s.ptr, "orphan") != 0 &&
			   strcmp(f->u.s.ptr, "foregroundDeletion") != 0) {
			report(v, true, f->loc, "FX7308", ptr,
			       "prefer a domain-qualified finalizer name to avoid accidental "
			       "conflicts with other finalizer writers ('%s')",
			       f->u.s.ptr);
		}
	}
}

/* ------------------------------------------------------------------ */
/* The object                                                           */

/* apiVersion or kind: a non-empty string; returns it or NULL. */
static const char *required_str(vstate *v, const fx_node *obj, const char *key, const char *code)
{
	const fx_node *n = fx_map_get(obj, key);
	if (n && n->kind == FX_STR && n->u.s.len > 0)
		return n->u.s.ptr;
	if (is_nullish(n))
		report(v, false, obj->loc, code, ptr_key(v, "", key), "missing property '%s'", key);
	else
		report(v, false, n->loc, code, ptr_key(v, "", key), "must be a non-empty string");
	return NULL;
}

static void check_meta(vstate *v, const fx_node *obj)
{
	const fx_node *meta = fx_map_get(obj, "metadata");
	if (is_nullish(meta)) {
		report(v, false, meta ? meta->loc : obj->loc, "FX7006", "",
		       "missing property 'metadata' (with 'name' or 'generateName')");
		return;
	}
	if (meta->kind != FX_MAP) {
		report(v, false, meta->loc, "FX7005", "/metadata", "must be a mapping, got %s",
		       fx_kind_name(meta->kind));
		return;
	}
	const fx_node *name = fx_map_get(meta, "name");
	const fx_node *gen = fx_map_get(meta, "generateName");
	bool has_name = false;
	if (!is_nullish(name) && name->kind != FX_STR)
		report(v, false, name->loc, "FX7301", "/metadata/name", "must be a string, got %s",
		       fx_kind_name(name->kind));
	else if (name && name->kind == FX_STR && name->u.s.len > 0)
		has_name = true;
	bool has_gen = gen && gen->kind == FX_STR && gen->u.s.len > 0;
	if (!is_nullish(gen) && gen->kind != FX_STR)
		report(v, false, gen->loc, "FX7302", "/metadata/generateName",
		       "must be a string, got %s", fx_kind_name(gen->kind));
	if (has_name)
		check_name(v, meta, "name", name);
	else if (has_gen)
		check_name(v, meta, "generateName", gen);
	if (!has_name && !has_gen && (is_nullish(name) || name->kind == FX_STR))
		report(v, false, key_loc(obj, "metadata"), "FX7006", "/metadata",
		       "missing property 'name' or 'generateName'");
	if (!has_name && has_gen && v->opts && v->opts->applied_by_kustomization)
		report(v, false, gen->loc, "FX7007", "/metadata/generateName",
		       "metadata.generateName without metadata.name cannot be applied by a "
		       "Kustomization (server-side apply needs a name)");

	const fx_node *ns = fx_map_get(meta, "namespace");
	bool has_ns = false;
	if (!is_nullish(ns)) {
		if (ns->kind != FX_STR) {
			report(v, false, ns->loc, "FX7303", "/metadata/namespace",
			       "must be a string, got %s", fx_kind_name(ns->kind));
			has_ns = true;
		} else if (ns->u.s.len > 0) {
			has_ns = true;
			const char *why = label_error(ns->u.s.ptr, ns->u.s.len);
			if (why)
				report(v, false, ns->loc, "FX7303", "/metadata/namespace",
				       "invalid namespace '%s': %s", ns->u.s.ptr, why);
		}
	}
	int scope = fx_validate_kind_scope_in(v->opts ? v->opts->scopes : NULL, v->group, v->kind);
	if (scope == 1 && has_ns && ns->kind == FX_STR)
		report(v, true, ns->loc, "FX7402", "/metadata/namespace",
		       "cluster-scoped %s has metadata.namespace %s (ignored by the API server)", v->kind,
		       ns->u.s.ptr);
	if (scope == 0 && !has_ns && v->opts && v->opts->applied_by_kustomization &&
	    (has_name || has_gen)) {
		const fx_node *n = has_name ? name : gen;
		report(v, false, key_loc(obj, "metadata"), "FX7401", "/metadata",
		       "%s/%s namespace not specified", v->kind, n->u.s.ptr);
	}

	const fx_node *labels = fx_map_get(meta, "labels");
	if (!is_nullish(labels))
		check_labels(v, labels);
	const fx_node *ann = fx_map_get(meta, "annotations");
	if (!is_nullish(ann))
		check_annotations(v, ann);
	const fx_node *fin = fx_map_get(meta, "finalizers");
	if (!is_nullish(fin))
		check_finalizers(v, fin);
}

/* A `List` or `<X>List` document with an items sequence. */
static bool is_list_doc(const fx_node *obj, const char *kind)
{
	size_t n = strlen(kind);
	const fx_node *items = fx_map_get(obj, "items");
	return n >= 4 && strcmp(kind + n - 4, "List") == 0 && items && items->kind == FX_SEQ;
}

static void check_object(vstate *v, const fx_node *obj, bool list_item)
{
	if (!obj || obj->kind != FX_MAP) {
		report(v, false, obj ? obj->loc : FX_LOC_NONE, list_item ? "FX7009" : "FX7001", "",
		       "%s is not a mapping (got %s)", list_item ? "list item" : "document",
		       fx_kind_name(obj ? obj->kind : FX_NULL));
		return;
	}
	const char *av = required_str(v, obj, "apiVersion", "FX7002");
	const char *kind = required_str(v, obj, "kind", "FX7003");
	if (!av || !kind)
		return;
	const char *slash = strchr(av, '/');
	if (slash && (slash == av || slash[1] == '\0' || strchr(slash + 1, '/'))) {
		const fx_node *n = fx_map_get(obj, "apiVersion");
		report(v, false, n->loc, "FX7004", "/apiVersion", "malformed apiVersion '%s'", av);
		return;
	}
	if (!list_item && is_list_doc(obj, kind)) {
		const fx_node *items = fx_map_get(obj, "items");
		for (size_t i = 0; i < items->u.seq.len; i++)
			check_object(v, items->u.seq.items[i], true);
		return;
	}
	v->group = fx_arena_strndup(v->ctx->arena, av, fx_validate_group_len(av));
	v->kind = kind;
	v->obj = obj;
	check_meta(v, obj);
}

int fx_validate_object_opts(fx_ctx *ctx, const fx_node *obj, const fx_validate_opts *opts)
{
	vstate v = {.ctx = ctx, .opts = opts};
	check_object(&v, obj, false);
	return v.errors;
}

int fx_validate_object(fx_ctx *ctx, const fx_node *obj)
{
	return fx_validate_object_opts(ctx, obj, NULL);
}
