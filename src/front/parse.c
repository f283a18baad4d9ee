/*
 * front: parsing and validating Flux documents into fx_flux_obj.
 *
 * Each kind has one function that lifts the fields later stages and the
 * plan need and checks the API's own rules: required fields, enums, name
 * lengths, duration patterns and the CEL rules of the CRDs.  Violations
 * are errors at the offending node, prefixed with the object
 * ("Kustomization flux-system/apps: spec.prune is required").  Empty
 * strings, lists and mappings count as absent, as after the controllers'
 * typed round trip (flux.md 1.2).
 */
#include "front/front.h"
#include "front/internal.h"

#include <stdarg.h>
#include <string.h>

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	fx_flux_obj *o;
	const char *who; /* "Kustomization flux-system/apps" */
} P;

static void bad(P *p, fx_loc loc, const char *code, const char *fmt, ...) FX_PRINTF(4, 5);
static void bad(P *p, fx_loc loc, const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = fx_arena_vprintf(p->a, fmt, ap);
	va_end(ap);
	fx_error(p->ctx, loc.line ? loc : p->o->loc, code, "%s: %s", p->who, msg);
	p->o->invalid = true;
}

/* A field, or NULL when absent/null/empty. */
static const fx_node *get(const fx_node *m, const char *k)
{
	const fx_node *n = fx_map_get(m, k);
	if (!n || n->kind == FX_NULL)
		return NULL;
	if (n->kind == FX_STR && n->u.s.len == 0)
		return NULL;
	if ((n->kind == FX_SEQ || n->kind == FX_MAP) && n->u.seq.len == 0)
		return NULL;
	return n;
}

static fx_loc loc_of(P *p, const fx_node *m)
{
	return m ? m->loc : p->o->loc;
}

static const char *str(P *p, const fx_node *m, const char *path, const char *k, bool required)
{
	const fx_node *n = get(m, k);
	if (!n) {
		if (required)
			bad(p, loc_of(p, m), "FX2001", "%s%s is required", path, k);
		return NULL;
	}
	if (n->kind != FX_STR) {
		if (fx_node_is_scalar(n))
			return fx_scalar_text(p->a, n); /* the API server would coerce */
		bad(p, n->loc, "FX2002", "%s%s must be a string", path, k);
		return NULL;
	}
	return n->u.s.ptr;
}

static int boolean(P *p, const fx_node *m, const char *path, const char *k, bool required)
{
	const fx_node *n = fx_map_get(m, k);
	if (!n || n->kind == FX_NULL) {
		if (required)
			bad(p, loc_of(p, m), "FX2001", "%s%s is required", path, k);
		return -1;
	}
	if (n->kind != FX_BOOL) {
		bad(p, n->loc, "FX2002", "%s%s must be a boolean", path, k);
		return -1;
	}
	return n->u.b ? 1 : 0;
}

static const fx_node *mapping(P *p, const fx_node *m, const char *path, const char *k,
			      bool required)
{
	const fx_node *n = get(m, k);
	if (!n) {
		if (required)
			bad(p, loc_of(p, m), "FX2001", "%s%s is required", path, k);
		return NULL;
	}
	if (n->kind != FX_MAP) {
		bad(p, n->loc, "FX2002", "%s%s must be a mapping", path, k);
		return NULL;
	}
	return n;
}

static const fx_node *list(P *p, const fx_node *m, const char *path, const char *k,
			   bool required)
{
	const fx_node *n = get(m, k);
	if (!n) {
		if (required)
			bad(p, loc_of(p, m), "FX2001", "%s%s is required", path, k);
		return NULL;
	}
	if (n->kind != FX_SEQ) {
		bad(p, n->loc, "FX2002", "%s%s must be a list", path, k);
		return NULL;
	}
	return n;
}

/* vals: NULL-terminated. */
static const char *enumval(P *p, const fx_node *m, const char *path, const char *k,
			   const char *const *vals, bool required)
{
	const char *s = str(p, m, path, k, required);
	if (!s)
		return NULL;
	for (size_t i = 0; vals[i]; i++)
		if (strcmp(vals[i], s) == 0)
			return s;
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; vals[i]; i++)
		fx_sb_addf(&sb, "%s%s", i ? ", " : "", vals[i]);
	bad(p, fx_map_get(m, k)->loc, "FX2003", "%s%s '%s' is not one of: %s", path, k, s,
	    fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return NULL;
}

static const char *duration(P *p, const fx_node *m, const char *path, const char *k,
			    bool hours, bool required)
{
	const char *s = str(p, m, path, k, required);
	if (s && !fx_front_is_duration(s, hours)) {
		bad(p, fx_map_get(m, k)->loc, "FX2004",
		    "%s%s '%s' is not a valid duration (must match ^([0-9]+(\\.[0-9]+)?(ms|s|m%s))+$)",
		    path, k, s, hours ? "|h" : "");
		return NULL;
	}
	return s;
}

static const char *bounded(P *p, const fx_node *m, const char *path, const char *k, size_t min,
			   size_t max, bool required)
{
	const char *s = str(p, m, path, k, required);
	if (s && (strlen(s) < min || strlen(s) > max))
		bad(p, fx_map_get(m, k)->loc, "FX2004", "%s%s must be %zu to %zu characters long",
		    path, k, min, max);
	return s;
}

static void prefixed(P *p, const fx_node *m, const char *path, const char *k,
		     const char *const *prefixes, const char *shown, bool required, const char **out)
{
	const char *s = str(p, m, path, k, required);
	*out = s;
	if (!s)
		return;
	for (size_t i = 0; prefixes[i]; i++)
		if (fx_str_has_prefix(s, prefixes[i]))
			return;
	bad(p, fx_map_get(m, k)->loc, "FX2004", "%s%s '%s' must match %s", path, k, s, shown);
}

/* A reference mapping {apiVersion?, kind, name, namespace?}. */
static void reference(P *p, const fx_node *m, const char *path, const char *k,
		      const char *const *kinds, const char *default_kind, bool required,
		      bool allow_ns, fx_flux_ref *out)
{
	memset(out, 0, sizeof *out);
	const fx_node *r = mapping(p, m, path, k, required);
	if (!r)
		return;
	const char *sub = fx_arena_printf(p->a, "%s%s.", path, k);
	out->loc = r->loc;
	out->kind = kinds ? enumval(p, r, sub, "kind", kinds, default_kind == NULL) : NULL;
	if (!out->kind && !get(r, "kind"))
		out->kind = default_kind;
	out->name = bounded(p, r, sub, "name", 1, 253, true);
	const char *ns = allow_ns ? bounded(p, r, sub, "namespace", 1, 63, false) : NULL;
	out->ns_explicit = ns != NULL;
	out->namespace = ns ? ns : p->o->namespace;
}

static void deps(P *p, const fx_node *spec)
{
	const fx_node *l = list(p, spec, "spec.", "dependsOn", false);
	size_t n = fx_seq_len(l);
	if (!n)
		return;
	p->o->deps = fx_arena_alloc(p->a, n * sizeof *p->o->deps);
	for (size_t i = 0; i < n; i++) {
		const fx_node *e = fx_seq_at(l, i);
		const char *path = fx_arena_printf(p->a, "spec.dependsOn[%zu].", i);
		if (!e || e->kind != FX_MAP) {
			bad(p, e ? e->loc : l->loc, "FX2002", "spec.dependsOn[%zu] must be a mapping", i);
			continue;
		}
		fx_flux_dep *d = &p->o->deps[p->o->n_deps];
		d->loc = e->loc;
		d->name = str(p, e, path, "name", true);
		if (!d->name)
			continue;
		const char *ns = str(p, e, path, "namespace", false);
		d->namespace = ns ? ns : p->o->namespace;
		d->ready_expr = str(p, e, path, "readyExpr", false);
		p->o->n_deps++;
	}
}

static const char *ref_desc(P *p, const fx_node *ref, const char *const *order,
			    const char *dflt)
{
	for (size_t i = 0; order[i]; i++) {
		const char *s = str(p, ref, "spec.ref.", order[i], false);
		if (s)
			return fx_arena_printf(p->a, "%s %s", order[i], s);
	}
	return dflt;
}

/* A field that only legacy API versions had: honoured or ignored as the
 * spec says, with a warning. */
static void legacy_field(P *p, const fx_node *m, const char *path, const char *k,
			 const char *what)
{
	const fx_node *n = get(m, k);
	if (n)
		fx_warn(p->ctx, n->loc, "FX2007", "%s: %s%s is deprecated (not in %s/%s); %s", p->who,
			path, k, p->o->group, fx_front__served_version(p->o->kind), what);
}

/* ------------------------------------------------------------------ */
/* Sources                                                              */

static void parse_gitrepository(P *p, const fx_node *s)
{
	static const char *const pre[] = {"http://", "https://", "ssh://", NULL};
	static const char *const providers[] = {"generic", "aws", "azure", "github", NULL};
	static const char *const modes[] = {"head", "HEAD", "Tag", "TagAndHEAD", NULL};
	static const char *const order[] = {"commit", "name", "semver", "tag", "branch", NULL};
	prefixed(p, s, "spec.", "url", pre, "^(http|https|ssh)://.*$", true, &p->o->url);
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
	p->o->ref_desc = ref_desc(p, mapping(p, s, "spec.", "ref", false), order, "branch master");
	enumval(p, s, "spec.", "provider", providers, false);
	const fx_node *v = mapping(p, s, "spec.", "verify", false);
	if (v)
		enumval(p, v, "spec.verify.", "mode", modes, false);
	const fx_node *inc = list(p, s, "spec.", "include", false);
	for (size_t i = 0; i < fx_seq_len(inc); i++) {
		const fx_node *e = fx_seq_at(inc, i);
		const char *path = fx_arena_printf(p->a, "spec.include[%zu].", i);
		const fx_node *r = mapping(p, e, path, "repository", true);
		if (r)
			str(p, r, fx_arena_printf(p->a, "%srepository.", path), "name", true);
	}
	const char *sa = str(p, s, "spec.", "serviceAccountName", false);
	const char *prov = str(p, s, "spec.", "provider", false);
	if (sa && !(prov && (!strcmp(prov, "azure") || !strcmp(prov, "aws"))))
		bad(p, fx_map_get(s, "serviceAccountName")->loc, "FX2005",
		    "spec.serviceAccountName can only be used with provider 'azure' or 'aws'");
	p->o->service_account = sa;
	legacy_field(p, s, "spec.", "gitImplementation", "ignored");
	legacy_field(p, s, "spec.", "accessFrom", "ignored");
}

static void parse_ocirepository(P *p, const fx_node *s)
{
	static const char *const pre[] = {"oci://", NULL};
	static const char *const providers[] = {"generic", "aws", "azure", "gcp", NULL};
	static const char *const ops[] = {"extract", "copy", NULL};
	static const char *const order[] = {"digest", "semver", "tag", NULL};
	prefixed(p, s, "spec.", "url", pre, "^oci://.*$", true, &p->o->url);
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
	p->o->ref_desc = ref_desc(p, mapping(p, s, "spec.", "ref", false), order, "tag latest");
	enumval(p, s, "spec.", "provider", providers, false);
	const fx_node *ls = mapping(p, s, "spec.", "layerSelector", false);
	if (ls)
		enumval(p, ls, "spec.layerSelector.", "operation", ops, false);
	p->o->service_account = str(p, s, "spec.", "serviceAccountName", false);
}

static void parse_helmrepository(P *p, const fx_node *s)
{
	static const char *const pre[] = {"http://", "https://", "oci://", NULL};
	static const char *const types[] = {"default", "oci", NULL};
	static const char *const providers[] = {"generic", "aws", "azure", "gcp", NULL};
	prefixed(p, s, "spec.", "url", pre, "^(http|https|oci)://.*$", true, &p->o->url);
	enumval(p, s, "spec.", "type", types, false);
	enumval(p, s, "spec.", "provider", providers, false);
	p->o->interval = duration(p, s, "spec.", "interval", true, false);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
}

static void parse_helmchart(P *p, const fx_node *s)
{
	static const char *const kinds[] = {"HelmRepository", "GitRepository", "Bucket", NULL};
	static const char *const strategies[] = {"ChartVersion", "Revision", NULL};
	p->o->chart = str(p, s, "spec.", "chart", true);
	p->o->chart_version = str(p, s, "spec.", "version", false);
	reference(p, s, "spec.", "sourceRef", kinds, NULL, true, false, &p->o->chart_ref);
	enumval(p, s, "spec.", "reconcileStrategy", strategies, false);
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	if (get(s, "verify") && p->o->chart_ref.kind &&
	    strcmp(p->o->chart_ref.kind, "HelmRepository") != 0)
		bad(p, fx_map_get(s, "verify")->loc, "FX2005",
		    "spec.verify is only supported when spec.sourceRef.kind is 'HelmRepository'");
	legacy_field(p, s, "spec.", "valuesFile", "merged before spec.valuesFiles");
}

static void parse_bucket(P *p, const fx_node *s)
{
	static const char *const providers[] = {"generic", "aws", "gcp", "azure", NULL};
	str(p, s, "spec.", "bucketName", true);
	p->o->url = str(p, s, "spec.", "endpoint", true);
	enumval(p, s, "spec.", "provider", providers, false);
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
}

/* ------------------------------------------------------------------ */
/* Kustomization                                                        */

static void parse_kustomization(P *p, const fx_node *s)
{
	static const char *const kinds[] = {"GitRepository", "OCIRepository", "Bucket",
					    "ExternalArtifact", NULL};
	static const char *const strategies[] = {"WithVariables", "Always", NULL};
	static const char *const policies[] = {"MirrorPrune", "Delete", "WaitForTermination",
					       "Orphan", NULL};
	static const char *const metadata[] = {"originAnnotations", "transformerAnnotations",
					       NULL};
	static const char *const sops[] = {"sops", NULL};
	fx_flux_obj *o = p->o;
	reference(p, s, "spec.", "sourceRef", kinds, NULL, true, true, &o->source_ref);
	const fx_node *path = fx_map_get(s, "path");
	o->path = str(p, s, "spec.", "path", false);
	if (!o->path)
		o->path = "";
	o->path_loc = path ? path->loc : o->loc;
	o->prune = boolean(p, s, "spec.", "prune", true);
	o->interval = duration(p, s, "spec.", "interval", true, true);
	o->timeout = duration(p, s, "spec.", "timeout", true, false);
	o->retry_interval = duration(p, s, "spec.", "retryInterval", true, false);
	o->wait = boolean(p, s, "spec.", "wait", false);
	o->force = boolean(p, s, "spec.", "force", false);
	o->target_namespace = bounded(p, s, "spec.", "targetNamespace", 1, 63, false);
	o->name_prefix = bounded(p, s, "spec.", "namePrefix", 1, 200, false);
	o->name_suffix = bounded(p, s, "spec.", "nameSuffix", 1, 200, false);
	o->deletion_policy = enumval(p, s, "spec.", "deletionPolicy", policies, false);
	o->service_account = str(p, s, "spec.", "serviceAccountName", false);
	o->common_metadata = mapping(p, s, "spec.", "commonMetadata", false);
	o->post_build = fx_map_get(s, "postBuild");
	if (o->post_build && o->post_build->kind == FX_NULL)
		o->post_build = NULL;
	if (o->post_build) {
		if (o->post_build->kind != FX_MAP) {
			bad(p, o->post_build->loc, "FX2002", "spec.postBuild must be a mapping");
			o->post_build = NULL;
		} else {
			enumval(p, o->post_build, "spec.postBuild.", "substituteStrategy", strategies,
				false);
			mapping(p, o->post_build, "spec.postBuild.", "substitute", false);
			const fx_node *sf =
				list(p, o->post_build, "spec.postBuild.", "substituteFrom", false);
			static const char *const skinds[] = {"ConfigMap", "Secret", NULL};
			for (size_t i = 0; i < fx_seq_len(sf); i++) {
				const char *ep =
					fx_arena_printf(p->a, "spec.postBuild.substituteFrom[%zu].", i);
				enumval(p, fx_seq_at(sf, i), ep, "kind", skinds, true);
				str(p, fx_seq_at(sf, i), ep, "name", true);
			}
		}
	}
	const fx_node *bm = list(p, s, "spec.", "buildMetadata", false);
	for (size_t i = 0; i < fx_seq_len(bm); i++) {
		const fx_node *e = fx_seq_at(bm, i);
		const char *v = fx_node_strval(e);
		bool ok = false;
		for (size_t j = 0; v && metadata[j]; j++)
			ok = ok || strcmp(v, metadata[j]) == 0;
		if (!ok)
			bad(p, e->loc, "FX2003",
			    "spec.buildMetadata[%zu] must be one of: originAnnotations, transformerAnnotations",
			    i);
	}
	const fx_node *comps = list(p, s, "spec.", "components", false);
	for (size_t i = 0; i < fx_seq_len(comps); i++) {
		const char *c = fx_node_strval(fx_seq_at(comps, i));
		if (c && (c[0] == '/' || strstr(c, "://")))
			bad(p, fx_seq_at(comps, i)->loc, "FX2005",
			    "component path '%s' must be local and relative", c);
	}
	const fx_node *dec = mapping(p, s, "spec.", "decryption", false);
	if (dec)
		o->decryption_provider = enumval(p, dec, "spec.decryption.", "provider", sops, true);
	o->n_health_checks = fx_seq_len(list(p, s, "spec.", "healthChecks", false));
	const fx_node *kc = mapping(p, s, "spec.", "kubeConfig", false);
	if (kc) {
		o->remote_target = true;
		if (!!get(kc, "secretRef") == !!get(kc, "configMapRef"))
			bad(p, kc->loc, "FX2005",
			    "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified");
	}
	int susp = boolean(p, s, "spec.", "suspend", false);
	o->suspend = susp;
	deps(p, s);
	legacy_field(p, s, "spec.", "patchesStrategicMerge", "merged like spec.patches");
	legacy_field(p, s, "spec.", "patchesJson6902", "merged like spec.patches");
	legacy_field(p, s, "spec.", "validation", "ignored");
}

/* ------------------------------------------------------------------ */
/* HelmRelease                                                          */

static void parse_helmrelease(P *p, const fx_node *s)
{
	static const char *const kinds[] = {"HelmRepository", "GitRepository", "Bucket", NULL};
	static const char *const rkinds[] = {"OCIRepository", "HelmChart", "ExternalArtifact",
					     NULL};
	static const char *const crds[] = {"Skip", "Create", "CreateReplace", NULL};
	static const char *const strategies[] = {"ChartVersion", "Revision", NULL};
	static const char *const prs[] = {"nohooks", "combined", "separate", NULL};
	static const char *const drift[] = {"enabled", "warn", "disabled", NULL};
	static const char *const vkinds[] = {"Secret", "ConfigMap", NULL};
	fx_flux_obj *o = p->o;
	const fx_node *chart = mapping(p, s, "spec.", "chart", false);
	const fx_node *cref = get(s, "chartRef");
	if (!!chart == !!cref)
		bad(p, s->loc, "FX2005", "either chart or chartRef must be set");
	if (chart) {
		const fx_node *cs = mapping(p, chart, "spec.chart.", "spec", true);
		if (cs) {
			o->chart = bounded(p, cs, "spec.chart.spec.", "chart", 1, 2048, true);
			o->chart_version = str(p, cs, "spec.chart.spec.", "version", false);
			reference(p, cs, "spec.chart.spec.", "sourceRef", kinds, NULL, true, true,
				  &o->chart_ref);
			enumval(p, cs, "spec.chart.spec.", "reconcileStrategy", strategies, false);
			duration(p, cs, "spec.chart.spec.", "interval", true, false);
			legacy_field(p, cs, "spec.chart.spec.", "valuesFile",
				     "merged before spec.chart.spec.valuesFiles");
		}
	} else if (cref) {
		o->uses_chart_ref = true;
		reference(p, s, "spec.", "chartRef", rkinds, NULL, true, true, &o->chart_ref);
	}
	o->release_name = bounded(p, s, "spec.", "releaseName", 1, 53, false);
	o->target_namespace = bounded(p, s, "spec.", "targetNamespace", 1, 63, false);
	o->storage_namespace = bounded(p, s, "spec.", "storageNamespace", 1, 63, false);
	o->interval = duration(p, s, "spec.", "interval", true, true);
	o->timeout = duration(p, s, "spec.", "timeout", true, false);
	o->service_account = bounded(p, s, "spec.", "serviceAccountName", 1, 253, false);
	o->suspend = boolean(p, s, "spec.", "suspend", false);
	enumval(p, s, "spec.", "postRenderStrategy", prs, false);
	const fx_node *dd = mapping(p, s, "spec.", "driftDetection", false);
	if (dd)
		enumval(p, dd, "spec.driftDetection.", "mode", drift, false);
	const fx_node *in = mapping(p, s, "spec.", "install", false);
	if (in) {
		enumval(p, in, "spec.install.", "crds", crds, false);
		legacy_field(p, in, "spec.install.", "skipCRDs",
			     get(in, "crds") ? "ignored (spec.install.crds is set)"
					     : "read as spec.install.crds: Skip");
		const fx_node *st = mapping(p, in, "spec.install.", "strategy", false);
		const char *nm = st ? fx_map_get_str(st, "name") : NULL;
		if (st && nm && !strcmp(nm, "RemediateOnFailure") && get(st, "retryInterval"))
			bad(p, st->loc, "FX2005",
			    ".retryInterval cannot be set when .name is 'RemediateOnFailure'");
	}
	const fx_node *up = mapping(p, s, "spec.", "upgrade", false);
	if (up) {
		enumval(p, up, "spec.upgrade.", "crds", crds, false);
		const fx_node *st = mapping(p, up, "spec.upgrade.", "strategy", false);
		const char *nm = st ? fx_map_get_str(st, "name") : NULL;
		if (st && get(st, "retryInterval") && !(nm && !strcmp(nm, "RetryOnFailure")))
			bad(p, st->loc, "FX2005",
			    ".retryInterval can only be set when .name is 'RetryOnFailure'");
	}
	const fx_node *pr = list(p, s, "spec.", "postRenderers", false);
	for (size_t i = 0; i < fx_seq_len(pr); i++) {
		const fx_node *k = fx_map_get(fx_seq_at(pr, i), "kustomize");
		const char *ep = fx_arena_printf(p->a, "spec.postRenderers[%zu].kustomize.", i);
		legacy_field(p, k, ep, "patchesStrategicMerge", "applied like spec.patches");
		legacy_field(p, k, ep, "patchesJson6902", "applied like spec.patches");
	}
	const fx_node *vf = list(p, s, "spec.", "valuesFrom", false);
	for (size_t i = 0; i < fx_seq_len(vf); i++) {
		const char *ep = fx_arena_printf(p->a, "spec.valuesFrom[%zu].", i);
		enumval(p, fx_seq_at(vf, i), ep, "kind", vkinds, true);
		bounded(p, fx_seq_at(vf, i), ep, "name", 1, 253, true);
	}
	deps(p, s);
}

/* ------------------------------------------------------------------ */
/* Notifications                                                        */

static const char *const event_kinds[] = {
	"Bucket", "GitRepository", "Kustomization", "HelmRelease", "HelmChart", "HelmRepository",
	"ImageRepository", "ImagePolicy", "ImageUpdateAutomation", "OCIRepository",
	"ArtifactGenerator", "ExternalArtifact", NULL};

static void parse_provider(P *p, const fx_node *s)
{
	static const char *const types[] = {
		"generic", "generic-hmac", "slack", "discord", "rocket", "msteams", "googlechat",
		"googlepubsub", "webex", "sentry", "azureeventhub", "telegram", "lark", "matrix",
		"opsgenie", "alertmanager", "grafana", "pagerduty", "datadog", "nats", "zulip", "otel",
		"zoom", "incident.io", "githubdispatch", "github", "gitlab", "gitea", "bitbucket",
		"bitbucketserver", "azuredevops", "githubpullrequestcomment",
		"gitlabmergerequestcomment", "giteapullrequestcomment", NULL};
	static const char *const cs[] = {"github", "gitlab", "gitea", "bitbucketserver",
					 "bitbucket", "azuredevops", NULL};
	const char *type = enumval(p, s, "spec.", "type", types, true);
	bounded(p, s, "spec.", "address", 0, 2048, false);
	bounded(p, s, "spec.", "channel", 0, 2048, false);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
	p->o->url = str(p, s, "spec.", "address", false);
	if (type && get(s, "commitStatusExpr")) {
		bool ok = false;
		for (size_t i = 0; cs[i]; i++)
			ok = ok || !strcmp(cs[i], type);
		if (!ok)
			bad(p, fx_map_get(s, "commitStatusExpr")->loc, "FX2005",
			    "spec.commitStatusExpr is only supported for the 'github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops' provider types");
	}
}

static void event_list(P *p, const fx_node *s, const char *k)
{
	const fx_node *l = list(p, s, "spec.", k, true);
	for (size_t i = 0; i < fx_seq_len(l); i++) {
		const fx_node *e = fx_seq_at(l, i);
		const char *ep = fx_arena_printf(p->a, "spec.%s[%zu].", k, i);
		if (!e || e->kind != FX_MAP) {
			bad(p, e ? e->loc : l->loc, "FX2002", "spec.%s[%zu] must be a mapping", k, i);
			continue;
		}
		enumval(p, e, ep, "kind", event_kinds, true);
		bounded(p, e, ep, "name", 1, 253, true);
	}
}

static void parse_alert(P *p, const fx_node *s)
{
	static const char *const sev[] = {"info", "error", NULL};
	const fx_node *pr = mapping(p, s, "spec.", "providerRef", true);
	if (pr)
		str(p, pr, "spec.providerRef.", "name", true);
	event_list(p, s, "eventSources");
	enumval(p, s, "spec.", "eventSeverity", sev, false);
	bounded(p, s, "spec.", "summary", 0, 255, false);
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
}

static void parse_receiver(P *p, const fx_node *s)
{
	static const char *const types[] = {"generic", "generic-hmac", "generic-oidc", "github",
					    "gitlab", "bitbucket", "harbor", "dockerhub", "quay",
					    "gcr", "nexus", "acr", "cdevents", NULL};
	const char *type = enumval(p, s, "spec.", "type", types, true);
	bool oidc = type && !strcmp(type, "generic-oidc");
	const fx_node *sr = get(s, "secretRef");
	if (oidc && sr)
		bad(p, sr->loc, "FX2005", "secretRef cannot be set when type is generic-oidc");
	if (type && !oidc && !sr)
		bad(p, s->loc, "FX2005", "secretRef is required when type is not generic-oidc");
	if (oidc && !get(s, "oidcProviders"))
		bad(p, s->loc, "FX2005", "generic-oidc receivers must define at least one oidcProvider");
	if (type && !oidc && get(s, "oidcProviders"))
		bad(p, fx_map_get(s, "oidcProviders")->loc, "FX2005",
		    "oidcProviders can only be set when type is generic-oidc");
	event_list(p, s, "resources");
	p->o->interval = duration(p, s, "spec.", "interval", true, false);
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
}

/* ------------------------------------------------------------------ */
/* Image automation                                                     */

static void parse_imagerepository(P *p, const fx_node *s)
{
	static const char *const providers[] = {"generic", "aws", "azure", "gcp", NULL};
	const char *img = str(p, s, "spec.", "image", true);
	if (img && strstr(img, "://"))
		bad(p, fx_map_get(s, "image")->loc, "FX2004",
		    "spec.image '%s' must not contain a scheme", img);
	p->o->url = img;
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	p->o->timeout = duration(p, s, "spec.", "timeout", false, false);
	enumval(p, s, "spec.", "provider", providers, false);
	const fx_node *ex = list(p, s, "spec.", "exclusionList", false);
	if (fx_seq_len(ex) > 25)
		bad(p, ex->loc, "FX2004", "spec.exclusionList must have at most 25 items");
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
}

static void parse_imagepolicy(P *p, const fx_node *s)
{
	static const char *const orders[] = {"asc", "desc", "ASC", "DESC", NULL};
	static const char *const digest[] = {"Never", "IfNotPresent", "Always", NULL};
	reference(p, s, "spec.", "imageRepositoryRef", NULL, NULL, true, true, &p->o->chart_ref);
	const fx_node *pol = mapping(p, s, "spec.", "policy", true);
	if (pol) {
		const fx_node *sv = mapping(p, pol, "spec.policy.", "semver", false);
		const fx_node *al = mapping(p, pol, "spec.policy.", "alphabetical", false);
		const fx_node *nu = mapping(p, pol, "spec.policy.", "numerical", false);
		if (sv)
			str(p, sv, "spec.policy.semver.", "range", true);
		if (al)
			enumval(p, al, "spec.policy.alphabetical.", "order", orders, false);
		if (nu)
			enumval(p, nu, "spec.policy.numerical.", "order", orders, false);
		if (!sv && !al && !nu && !get(pol, "semver") && !get(pol, "alphabetical") &&
		    !get(pol, "numerical"))
			bad(p, pol->loc, "FX2005",
			    "invalid policy: given ImagePolicyChoice object is invalid");
	}
	const char *drp = enumval(p, s, "spec.", "digestReflectionPolicy", digest, false);
	p->o->interval = duration(p, s, "spec.", "interval", true, false);
	bool always = drp && !strcmp(drp, "Always");
	if (p->o->interval && !always)
		bad(p, fx_map_get(s, "interval")->loc, "FX2005",
		    "spec.interval is only accepted when spec.digestReflectionPolicy is set to 'Always'");
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
}

static void parse_imageupdateautomation(P *p, const fx_node *s)
{
	static const char *const kinds[] = {"GitRepository", NULL};
	static const char *const strategies[] = {"Setters", NULL};
	reference(p, s, "spec.", "sourceRef", kinds, "GitRepository", true, true,
		  &p->o->source_ref);
	p->o->interval = duration(p, s, "spec.", "interval", true, true);
	const fx_node *up = mapping(p, s, "spec.", "update", false);
	if (up) {
		enumval(p, up, "spec.update.", "strategy", strategies, false);
		p->o->path = str(p, up, "spec.update.", "path", false);
	}
	const fx_node *git = mapping(p, s, "spec.", "git", false);
	const fx_node *commit = git ? mapping(p, git, "spec.git.", "commit", false) : NULL;
	const fx_node *author = commit ? mapping(p, commit, "spec.git.commit.", "author", false)
				       : NULL;
	if (author)
		str(p, author, "spec.git.commit.author.", "email", true);
	p->o->suspend = boolean(p, s, "spec.", "suspend", false);
}

/* ------------------------------------------------------------------ */
/* Entry point                                                          */

int fx_front_parse(fx_ctx *ctx, fx_arena *a, const fx_node *doc, const char *default_ns,
		   fx_flux_obj **out)
{
	*out = NULL;
	fx_flux_kind k = fx_front_classify_doc(doc);
	if (k == FX_FLUX_NONE)
		return FX_ENOTFOUND;
	fx_flux_obj *o = fx_arena_alloc(a, sizeof *o);
	o->kind = k;
	o->kind_name = fx_front_kind_name(k);
	o->group = fx_front_kind_group(k);
	o->api_version = fx_map_get_str(doc, "apiVersion");
	o->version = strchr(o->api_version, '/') + 1;
	o->doc = doc;
	o->loc = doc->loc;
	o->prune = o->wait = o->force = o->suspend = -1;
	o->path = "";
	const fx_node *md = fx_map_get(doc, "metadata");
	const fx_node *name = fx_map_get(md, "name");
	const fx_node *ns = fx_map_get(md, "namespace");
	o->name = fx_node_strval(name);
	o->name_loc = name ? name->loc : doc->loc;
	o->namespace = fx_node_strval(ns);
	if (o->namespace && !*o->namespace)
		o->namespace = NULL;
	o->ns_loc = ns ? ns->loc : doc->loc;
	const char *ref_ns = o->namespace ? o->namespace : default_ns;
	P p = {ctx, a, o,
	       fx_arena_printf(a, "%s %s%s%s", o->kind_name, ref_ns ? ref_ns : "",
			       ref_ns ? "/" : "", o->name ? o->name : "<unnamed>")};
	*out = o;

	if (!o->name) {
		bad(&p, md ? md->loc : doc->loc, "FX2001", "metadata.name is required");
		o->name = "";
	} else if (!fx_front_is_dns1123_subdomain(o->name)) {
		bad(&p, o->name_loc, "FX2006",
		    "metadata.name '%s' is not a valid DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters)",
		    o->name);
	}
	if (o->namespace && !fx_front_is_dns1123_label(o->namespace))
		bad(&p, o->ns_loc, "FX2006",
		    "metadata.namespace '%s' is not a valid DNS-1123 label", o->namespace);
	/* references default to the referrer's namespace */
	const char *saved_ns = o->namespace;
	o->namespace = ref_ns;
	if (!fx_front__version_served(k, o->version)) {
		o->legacy_version = true;
		fx_warn(ctx, o->loc, "FX2008",
			"%s: apiVersion %s is no longer served by Flux; interpreted as %s/%s", p.who,
			o->api_version, o->group, fx_front__served_version(k));
	}
	const fx_node *spec = fx_map_get(doc, "spec");
	if (spec && spec->kind != FX_MAP) {
		bad(&p, spec->loc, "FX2002", "spec must be a mapping");
		spec = NULL;
	}
	o->spec = spec;
	if (!spec && k != FX_FLUX_EXTERNALARTIFACT) {
		bad(&p, doc->loc, "FX2001", "spec is required");
		spec = fx_node_map(a, doc->loc); /* validate required fields below */
	}
	if (spec) {
		switch (k) {
		case FX_FLUX_GITREPOSITORY: parse_gitrepository(&p, spec); break;
		case FX_FLUX_OCIREPOSITORY: parse_ocirepository(&p, spec); break;
		case FX_FLUX_HELMREPOSITORY: parse_helmrepository(&p, spec); break;
		case FX_FLUX_HELMCHART: parse_helmchart(&p, spec); break;
		case FX_FLUX_BUCKET: parse_bucket(&p, spec); break;
		case FX_FLUX_EXTERNALARTIFACT: break;
		case FX_FLUX_KUSTOMIZATION: parse_kustomization(&p, spec); break;
		case FX_FLUX_HELMRELEASE: parse_helmrelease(&p, spec); break;
		case FX_FLUX_PROVIDER: parse_provider(&p, spec); break;
		case FX_FLUX_ALERT: parse_alert(&p, spec); break;
		case FX_FLUX_RECEIVER: parse_receiver(&p, spec); break;
		case FX_FLUX_IMAGEREPOSITORY: parse_imagerepository(&p, spec); break;
		case FX_FLUX_IMAGEPOLICY: parse_imagepolicy(&p, spec); break;
		case FX_FLUX_IMAGEUPDATEAUTOMATION: parse_imageupdateautomation(&p, spec); break;
		default: break;
		}
	}
	o->namespace = saved_ns;
	return o->invalid ? FX_EFAIL : 0;
}
