/*
 * validate: checks of rendered objects that JSON Schema cannot express.
 *
 * This header covers the structural part of `fluxc validate` (see the
 * validation spec, §2 rows 1-3 and 11-13, §7.1-7.5): every object is a
 * mapping with apiVersion, kind and a name; names, namespaces, labels,
 * annotations and finalizers are what the Kubernetes API server accepts
 * for that kind; scope; and no two objects of a render share an identity.
 * Diagnostics are located at the offending node and their messages start
 * with the JSON pointer of that node ("/metadata/name: ...").
 */
#ifndef FX_VALIDATE_H
#define FX_VALIDATE_H

#include "base/base.h"
#include "yaml/yaml.h"

/* ------------------------------------------------------------------ */
/* Per-object checks                                                    */

typedef struct {
	/* The object is applied by a Kustomization (server-side apply): a
	 * generateName-only object (FX7007) and a namespaced object without
	 * namespace (FX7401) are errors.  False for HelmRelease output and
	 * when the producer is unknown. */
	bool applied_by_kustomization;
	/* Scopes of custom kinds known from the render's CRDs (see
	 * fx_validate_collect_scopes), or NULL. */
	const fx_strmap *scopes;
} fx_validate_opts;

/* Checks one document of a render (a `List` / `<X>List` with an `items`
 * sequence is checked item by item).  Records errors and warnings at
 * the offending nodes; returns the number of errors recorded (0: valid). */
int fx_validate_object(fx_ctx *ctx, const fx_node *obj);
/* The same with options (opts may be NULL). */
int fx_validate_object_opts(fx_ctx *ctx, const fx_node *obj, const fx_validate_opts *opts);

/* Reports every object whose identity (group, kind, namespace, name;
 * the version is ignored, the namespace too for cluster-scoped kinds)
 * was already seen earlier in `objs` (FX7403 at the later one, with a
 * note at the first).  owners[i] names the unit that emitted objs[i]
 * ("Kustomization/flux-system/apps"); owners or an entry may be NULL.
 * Objects without an identity are ignored, List documents are looked
 * into.  Returns the number of duplicates reported. */
int fx_validate_unique(fx_ctx *ctx, fx_node *const *objs, size_t n, const char *const *owners);

/* fx_validate_unique with the scopes of custom kinds (may be NULL). */
int fx_validate_unique_scoped(fx_ctx *ctx, fx_node *const *objs, size_t n,
			      const char *const *owners, const fx_strmap *scopes);

/* ------------------------------------------------------------------ */
/* Identity and scope                                                   */

/* Records, for every CustomResourceDefinition among `objs`, the scope of
 * the kind it defines: key "group/Kind", value (void *)1 for Cluster,
 * (void *)2 for Namespaced.  `out` is the caller's map (keys copied). */
void fx_validate_collect_scopes(fx_node *const *objs, size_t n, fx_strmap *out);
/* fx_validate_kind_scope, then the CRD scopes (may be NULL). */
int fx_validate_kind_scope_in(const fx_strmap *scopes, const char *group, const char *kind);

/* "Kind/namespace/name" ("Kind/name" without namespace) of an object,
 * appended to `out`; "<kind>/#?" parts stay empty when absent. */
void fx_validate_identity(const fx_node *obj, fx_strbuf *out);
/* The API group of an apiVersion ("apps/v1" -> "apps", "v1" -> ""),
 * as a length into `api_version`. */
size_t fx_validate_group_len(const char *api_version);
/* Scope of a kind: 1 cluster-scoped, 0 namespaced, -1 unknown (custom
 * resources whose CRD is not known here). */
int fx_validate_kind_scope(const char *group, const char *kind);
/* Whether `group` is a built-in Kubernetes API group. */
bool fx_validate_is_builtin_group(const char *group);

/* ------------------------------------------------------------------ */
/* Kubernetes name predicates (s need not be NUL-terminated)            */

/* DNS-1123 label: <= 63, [a-z0-9]([-a-z0-9]*[a-z0-9])? */
bool fx_validate_is_dns_label(const char *s, size_t n);
/* DNS-1035 label: <= 63, [a-z]([-a-z0-9]*[a-z0-9])? */
bool fx_validate_is_dns1035_label(const char *s, size_t n);
/* DNS-1123 subdomain: <= 253, labels joined by '.' */
bool fx_validate_is_dns_subdomain(const char *s, size_t n);
/* Label/annotation key: [prefix/]name (see fx_validate_qualified_name_error). */
bool fx_validate_is_qualified_name(const char *s, size_t n);
/* Label value: <= 63, (([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])? */
bool fx_validate_is_label_value(const char *s, size_t n);
/* Why `s` is not a qualified name (Kubernetes' wording, shortened), or
 * NULL when it is one.  Static string. */
const char *fx_validate_qualified_name_error(const char *s, size_t n);

#endif
