/*
 * front: YAML nodes -> typed Flux objects (the IR), and resource identity.
 *
 * Recognition is by API group + kind (flux.md 1.1): every version of a
 * group is accepted; versions no longer served are accepted with a
 * warning.  Fields are validated with the API's own rules (required
 * fields, enums, name formats, duration patterns) and violations are
 * reported at the offending node.  Runtime-only fields (interval, timeout,
 * wait, suspend, ...) are kept for the plan; the whole document stays
 * reachable through `doc` for anything not lifted into the struct.
 *
 * Everything returned lives in the arena passed in; strings point into
 * the document or the arena.  The stage never prints.
 */
#ifndef FX_FRONT_H
#define FX_FRONT_H

#include "base/base.h"
#include "yaml/yaml.h"

typedef enum {
	FX_FLUX_NONE = 0,
	/* source.toolkit.fluxcd.io */
	FX_FLUX_GITREPOSITORY,
	FX_FLUX_OCIREPOSITORY,
	FX_FLUX_HELMREPOSITORY,
	FX_FLUX_HELMCHART,
	FX_FLUX_BUCKET,
	FX_FLUX_EXTERNALARTIFACT,
	/* kustomize.toolkit.fluxcd.io */
	FX_FLUX_KUSTOMIZATION,
	/* helm.toolkit.fluxcd.io */
	FX_FLUX_HELMRELEASE,
	/* notification.toolkit.fluxcd.io */
	FX_FLUX_PROVIDER,
	FX_FLUX_ALERT,
	FX_FLUX_RECEIVER,
	/* image.toolkit.fluxcd.io */
	FX_FLUX_IMAGEREPOSITORY,
	FX_FLUX_IMAGEPOLICY,
	FX_FLUX_IMAGEUPDATEAUTOMATION,
	FX_FLUX_NKINDS
} fx_flux_kind;

/* A reference to another object (sourceRef, chartRef, providerRef...). */
typedef struct {
	const char *kind;      /* NULL when absent */
	const char *name;
	const char *namespace; /* defaulted to the referrer's namespace */
	bool ns_explicit;      /* namespace was written in the reference */
	fx_loc loc;            /* the reference mapping */
} fx_flux_ref;

/* One spec.dependsOn entry. */
typedef struct {
	const char *name;
	const char *namespace; /* defaulted to the referrer's namespace */
	const char *ready_expr; /* verbatim, never evaluated; NULL if absent */
	fx_loc loc;             /* the entry */
} fx_flux_dep;

typedef struct {
	/* Identity. */
	fx_flux_kind kind;
	const char *kind_name;   /* "Kustomization" */
	const char *group;       /* "kustomize.toolkit.fluxcd.io" */
	const char *version;     /* "v1" as written */
	const char *api_version; /* as written */
	bool legacy_version;     /* not served by current Flux (warned) */
	const char *name;
	const char *namespace;   /* NULL when metadata.namespace is unset */
	const fx_node *doc;      /* the whole document */
	const fx_node *spec;     /* spec mapping, or NULL */
	fx_loc loc;              /* the document */
	fx_loc name_loc, ns_loc;
	bool invalid;            /* a validation error was recorded */

	/* Runtime settings common to most kinds (NULL/-1 when unset). */
	const char *interval, *timeout, *retry_interval;
	const char *service_account;
	int suspend; /* -1 unset, 0, 1 */

	/* Sources. */
	const char *url;
	const char *ref_desc; /* "branch main", "tag v1", "semver >=1", ... */

	/* Kustomization. */
	fx_flux_ref source_ref;
	const char *path; /* spec.path as written ("" when absent) */
	fx_loc path_loc;
	int prune, wait, force; /* -1 unset */
	const char *target_namespace, *name_prefix, *name_suffix;
	const char *deletion_policy;
	const char *decryption_provider;
	const fx_node *post_build; /* spec.postBuild or NULL */
	const fx_node *common_metadata;
	size_t n_health_checks;
	bool remote_target; /* spec.kubeConfig set */
	fx_flux_dep *deps;
	size_t n_deps;

	/* HelmRelease (chart_ref holds chart.spec.sourceRef or chartRef). */
	const char *chart, *chart_version, *release_name, *storage_namespace;
	fx_flux_ref chart_ref;
	bool uses_chart_ref;
} fx_flux_obj;

/* Classifies an apiVersion/kind pair; FX_FLUX_NONE when not a Flux kind
 * (a kustomize.config.k8s.io Kustomization is not one). */
fx_flux_kind fx_front_classify(const char *api_version, const char *kind);
/* Classifies a document (mapping with apiVersion and kind). */
fx_flux_kind fx_front_classify_doc(const fx_node *doc);
/* "Kustomization", ...; static. */
const char *fx_front_kind_name(fx_flux_kind k);
/* The API group of a Flux kind; static. */
const char *fx_front_kind_group(fx_flux_kind k);

/* Parses and validates a Flux document.  *out is always set when the
 * document is a Flux kind (allocated in `a`), even when validation
 * failed (then obj->invalid is true and -1 is returned).  Returns
 * FX_ENOTFOUND without a diagnostic when `doc` is not a Flux object.
 * `default_ns` (may be NULL) is used for reference defaults when the
 * object has no metadata.namespace. */
int fx_front_parse(fx_ctx *ctx, fx_arena *a, const fx_node *doc, const char *default_ns,
		   fx_flux_obj **out);

/* "Kind/namespace/name" (namespace omitted when empty), arena-owned. */
const char *fx_front_key(fx_arena *a, const char *kind, const char *ns, const char *name);

/* Name formats as Kubernetes validates them. */
bool fx_front_is_dns1123_label(const char *s);
bool fx_front_is_dns1123_subdomain(const char *s);
/* Go duration as the Flux CRDs restrict it; hours allowed or not. */
bool fx_front_is_duration(const char *s, bool allow_hours);

#endif
