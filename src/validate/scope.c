/*
 * validate scope: which kinds are cluster-scoped, and object identities.
 *
 * Part of src/validate.  The table lists the cluster-scoped kinds of the
 * built-in API groups of Kubernetes 1.36 and of the catalog's CRDs
 * (GatewayClass); every other kind of a built-in group, of Flux and of
 * Gateway API is namespaced; any other kind is unknown here (its CRD
 * decides, which the schema stage knows about).
 */
#include "validate/validate.h"

#include <string.h>

static const char *const builtin_groups[] = {
	"admissionregistration.k8s.io", "apiextensions.k8s.io",  "apiregistration.k8s.io",
	"apps",                         "authentication.k8s.io", "authorization.k8s.io",
	"autoscaling",                  "batch",                 "certificates.k8s.io",
	"coordination.k8s.io",          "discovery.k8s.io",      "events.k8s.io",
	"extensions",                   "flowcontrol.apiserver.k8s.io",
	"internal.apiserver.k8s.io",    "networking.k8s.io",     "node.k8s.io",
	"policy",                       "rbac.authorization.k8s.io",
	"resource.k8s.io",              "scheduling.k8s.io",     "storage.k8s.io",
	"storagemigration.k8s.io",
};

/* Groups whose kinds are all namespaced unless listed below. */
static const char *const namespaced_groups[] = {
	"source.toolkit.fluxcd.io",       "kustomize.toolkit.fluxcd.io",
	"helm.toolkit.fluxcd.io",         "notification.toolkit.fluxcd.io",
	"image.toolkit.fluxcd.io",        "source.extensions.fluxcd.io",
	"gateway.networking.k8s.io",
};

static const struct {
	const char *group, *kind;
} cluster_kinds[] = {
	{"", "ComponentStatus"},
	{"", "Namespace"},
	{"", "Node"},
	{"", "PersistentVolume"},
	{"admissionregistration.k8s.io", "MutatingAdmissionPolicy"},
	{"admissionregistration.k8s.io", "MutatingAdmissionPolicyBinding"},
	{"admissionregistration.k8s.io", "MutatingWebhookConfiguration"},
	{"admissionregistration.k8s.io", "ValidatingAdmissionPolicy"},
	{"admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"},
	{"admissionregistration.k8s.io", "ValidatingWebhookConfiguration"},
	{"apiextensions.k8s.io", "CustomResourceDefinition"},
	{"apiregistration.k8s.io", "APIService"},
	{"authentication.k8s.io", "SelfSubjectReview"},
	{"authentication.k8s.io", "TokenReview"},
	{"authorization.k8s.io", "SelfSubjectAccessReview"},
	{"authorization.k8s.io", "SelfSubjectRulesReview"},
	{"authorization.k8s.io", "SubjectAccessReview"},
	{"certificates.k8s.io", "CertificateSigningRequest"},
	{"certificates.k8s.io", "ClusterTrustBundle"},
	{"flowcontrol.apiserver.k8s.io", "FlowSchema"},
	{"flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"},
	{"gateway.networking.k8s.io", "GatewayClass"},
	{"internal.apiserver.k8s.io", "StorageVersion"},
	{"networking.k8s.io", "IPAddress"},
	{"networking.k8s.io", "IngressClass"},
	{"networking.k8s.io", "ServiceCIDR"},
	{"node.k8s.io", "RuntimeClass"},
	{"rbac.authorization.k8s.io", "ClusterRole"},
	{"rbac.authorization.k8s.io", "ClusterRoleBinding"},
	{"resource.k8s.io", "DeviceClass"},
	{"resource.k8s.io", "DeviceTaintRule"},
	{"resource.k8s.io", "ResourcePoolStatusRequest"},
	{"resource.k8s.io", "ResourceSlice"},
	{"scheduling.k8s.io", "PriorityClass"},
	{"storage.k8s.io", "CSIDriver"},
	{"storage.k8s.io", "CSINode"},
	{"storage.k8s.io", "StorageClass"},
	{"storage.k8s.io", "VolumeAttachment"},
	{"storage.k8s.io", "VolumeAttributesClass"},
	{"storagemigration.k8s.io", "StorageVersionMigration"},
};

bool fx_validate_is_builtin_group(const char *group)
{
	if (group[0] == '\0')
		return true;
	for (size_t i = 0; i < sizeof builtin_groups / sizeof builtin_groups[0]; i++)
		if (strcmp(group, builtin_groups[i]) == 0)
			return true;
	return false;
}

int fx_validate_kind_scope(const char *group, const char *kind)
{
	for (size_t i = 0; i < sizeof cluster_kinds / sizeof cluster_kinds[0]; i++)
		if (strcmp(group, cluster_kinds[i].group) == 0 &&
		    strcmp(kind, cluster_kinds[i].kind) == 0)
			return 1;
	if (fx_validate_is_builtin_group(group))
		return 0;
	for (size_t i = 0; i < sizeof namespaced_groups / sizeof namespaced_groups[0]; i++)
		if (strcmp(group, namespaced_groups[i]) == 0)
			return 0;
	return -1;
}

int fx_validate_kind_scope_in(const fx_strmap *scopes, const char *group, const char *kind)
{
	int sc = fx_validate_kind_scope(group, kind);
	if (sc >= 0 || !scopes)
		return sc;
	fx_strbuf key = FX_STRBUF_INIT;
	fx_sb_addf(&key, "%s/%s", group, kind);
	void *v = fx_strmap_get(scopes, fx_sb_cstr(&key));
	fx_sb_dispose(&key);
	return v == (void *)1 ? 1 : v == (void *)2 ? 0 : -1;
}

void fx_validate_collect_scopes(fx_node *const *objs, size_t n, fx_strmap *out)
{
	fx_strbuf key = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		const fx_node *o = objs[i];
		const char *av = fx_map_get_str(o, "apiVersion");
		const char *kind = fx_map_get_str(o, "kind");
		if (!av || !kind || strcmp(kind, "CustomResourceDefinition") != 0 ||
		    strncmp(av, "apiextensions.k8s.io/", 21) != 0)
			continue;
		const fx_node *spec = fx_map_get(o, "spec");
		const char *group = fx_map_get_str(spec, "group");
		const char *ckind = fx_map_get_str(fx_map_get(spec, "names"), "kind");
		const char *scope = fx_map_get_str(spec, "scope");
		if (!group || !ckind || !scope)
			continue;
		fx_sb_clear(&key);
		fx_sb_addf(&key, "%s/%s", group, ckind);
		if (strcmp(scope, "Cluster") == 0)
			fx_strmap_put(out, fx_sb_cstr(&key), (void *)1);
		else if (strcmp(scope, "Namespaced") == 0)
			fx_strmap_put(out, fx_sb_cstr(&key), (void *)2);
	}
	fx_sb_dispose(&key);
}

size_t fx_validate_group_len(const char *api_version)
{
	const char *slash = strchr(api_version, '/');
	return slash ? (size_t)(slash - api_version) : 0;
}

void fx_validate_identity(const fx_node *obj, fx_strbuf *out)
{
	const char *kind = fx_map_get_str(obj, "kind");
	const fx_node *meta = fx_map_get(obj, "metadata");
	const char *ns = fx_map_get_str(meta, "namespace");
	const char *name = fx_map_get_str(meta, "name");
	fx_sb_adds(out, kind ? kind : "");
	if (ns && ns[0])
		fx_sb_addf(out, "/%s", ns);
	fx_sb_addf(out, "/%s", name ? name : "");
}
