/*
 * Builtin plugin configurations: the `generators:` and `transformers:`
 * fields list inline configurations or paths (files, or kustomization
 * directories whose output is configurations); each configuration with
 * `apiVersion: builtin` names one of kustomize's builtin generators or
 * transformers and is run with its own field specs.  Generators run after
 * configMapGenerator/secretGenerator, transformers after the
 * kustomization's own transformers.  Other plugins (exec, Go, KRM
 * functions) are unsupported.
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <string.h>

/* The kustomization file as an origin path. */
static const char *kfile_origin(fx_kust__target *kt)
{
	const char *base = kt->kfile_path && strrchr(kt->kfile_path, '/')
				   ? strrchr(kt->kfile_path, '/') + 1
			   : kt->kfile_path && kt->kfile_path[0] ? kt->kfile_path
								 : "kustomization.yaml";
	if (kt->origin_prefix && kt->origin_prefix[0])
		return fx_arena_printf(kt->b->a, "%s/%s", kt->origin_prefix, base);
	return base;
}

/* Loads the configurations of a generators:/transformers: list
 * (fx_kust__res *: the object and where it was configured). */
static int load_configs(fx_kust__target *kt, const fx_node *list, fx_ptrvec *out)
{
	fx_kust__build *b = kt->b;
	fx_node *paths = fx_node_seq(b->a, list ? list->loc : FX_LOC_NONE);
	fx_kust__accum tmp;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(list); i++) {
		fx_node *e = fx_seq_at(list, i);
		const char *s = fx_kust__scalar(b->a, e);
		if (!s)
			return fx_error(b->ctx, e->loc, "FX3005", "plugin entries must be strings");
		if (strchr(s, '\n') || strchr(s, ':')) {
			/* inline configuration(s) */
			fx_ptrvec docs = FX_PTRVEC_INIT;
			size_t mark = fx_diag_count(b->ctx);
			int prc = fx_kust__parse_resources(b->ctx, b->a, e->loc.file, s, strlen(s),
							   e->loc, &docs);
			bool maps = prc == 0 && docs.len;
			for (size_t d = 0; maps && d < docs.len; d++)
				maps = ((fx_node *)docs.items[d])->kind == FX_MAP;
			if (maps) {
				for (size_t d = 0; d < docs.len; d++) {
					fx_kust__res *r = fx_kust__res_new(b->a, docs.items[d], e->loc);
					r->origin_path = kfile_origin(kt);
					fx_ptrvec_push(out, r);
				}
				fx_ptrvec_dispose(&docs);
				continue;
			}
			fx_ptrvec_dispose(&docs);
			fx_diag_truncate(b->ctx, mark);
		}
		fx_seq_push(b->a, paths, e);
	}
	if (!fx_seq_len(paths))
		return 0;
	fx_kust__accum_init(&tmp, b->a);
	rc = fx_kust__accumulate_paths(kt, &tmp, paths);
	for (size_t i = 0; rc == 0 && i < tmp.res.len; i++)
		fx_ptrvec_push(out, tmp.res.items[i]);
	fx_kust__accum_dispose(&tmp);
	return rc;
}

static int specs_of(fx_kust__build *b, const fx_node *cfg, fx_kust__fspecs *out)
{
	memset(out, 0, sizeof *out);
	return fx_kust__fspecs_parse(b->ctx, b->a, fx_map_get(cfg, "fieldSpecs"), out);
}

static const char *str(fx_arena *a, const fx_node *m, const char *key)
{
	const char *s = fx_kust__scalar(a, fx_map_get(m, key));
	return s && s[0] ? s : NULL;
}

static bool is_builtin(fx_kust__build *b, const fx_node *cfg, const char **kind_out)
{
	const char *av = fx_map_get_str(cfg, "apiVersion");
	*kind_out = fx_map_get_str(cfg, "kind");
	(void)b;
	return av && strcmp(av, "builtin") == 0 && *kind_out;
}

static int unsupported(fx_kust__build *b, const fx_node *cfg, const char *kind)
{
	const char *av = fx_map_get_str(cfg, "apiVersion");
	return fx_error(b->ctx, cfg->loc, "FX3006", "unsupported: plugin %s (apiVersion %s)",
			kind ? kind : "?", av ? av : "?");
}

/* ------------------------------------------------------------------ */
/* Generators                                                           */

/* GKE's IAMPolicyGenerator: a ServiceAccount bound to a Google account. */
static int iam_policy(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *cfg)
{
	fx_kust__build *b = kt->b;
	fx_arena *a = b->a;
	const char *cloud = str(a, cfg, "cloud");
	if (!cloud || strcmp(cloud, "gke"))
		return fx_error(b->ctx, cfg->loc, "FX3006",
				"unsupported: IAMPolicyGenerator cloud '%s'", cloud ? cloud : "");
	const fx_node *ks = fx_map_get(cfg, "kubernetesService");
	const fx_node *sa = fx_map_get(cfg, "serviceAccount");
	fx_node *o = fx_node_map(a, cfg->loc);
	fx_map_set(a, o, "apiVersion", fx_node_str(a, "v1", cfg->loc));
	fx_map_set(a, o, "kind", fx_node_str(a, "ServiceAccount", cfg->loc));
	fx_node *md = fx_kust__meta(a, o);
	const char *n = str(a, ks, "name"), *ns = str(a, ks, "namespace");
	fx_map_set(a, md, "name", fx_node_str(a, n ? n : "", cfg->loc));
	if (ns)
		fx_map_set(a, md, "namespace", fx_node_str(a, ns, cfg->loc));
	fx_kust__set_annotation(a, o, "iam.gke.io/gcp-service-account",
				fx_arena_printf(a, "%s@%s.iam.gserviceaccount.com",
						str(a, sa, "name") ? str(a, sa, "name") : "",
						str(a, sa, "projectId") ? str(a, sa, "projectId")
									: ""));
	return fx_kust__accum_append(b, ra, fx_kust__res_new(a, o, cfg->loc), cfg->loc,
				     "merging from generator");
}

int fx_kust__run_plugin_generators(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	fx_ptrvec cfgs = FX_PTRVEC_INIT;
	int rc = load_configs(kt, fx_map_get(kt->k, "generators"), &cfgs);
	for (size_t i = 0; rc == 0 && i < cfgs.len; i++) {
		fx_kust__res *cr = cfgs.items[i];
		fx_node *cfg = cr->obj;
		const char *kind;
		if (!is_builtin(b, cfg, &kind)) {
			rc = unsupported(b, cfg, kind);
			break;
		}
		const char *origin = NULL;
		if (b->origin) {
			const char *cn = fx_kust__get_name(cfg);
			origin = fx_arena_printf(b->a,
						 "configuredIn: %s\nconfiguredBy:\n  apiVersion: "
						 "builtin\n  kind: %s\n%s%s%s",
						 cr->origin_path ? cr->origin_path : kfile_origin(kt),
						 kind, cn ? "  name: " : "", cn ? cn : "",
						 cn ? "\n" : "");
		}
		bool secret = strcmp(kind, "SecretGenerator") == 0;
		if (secret || strcmp(kind, "ConfigMapGenerator") == 0) {
			fx_node *g = fx_node_copy(b->a, cfg);
			if (!str(b->a, g, "name") && fx_kust__get_name(cfg))
				fx_map_set(b->a, g, "name",
					   fx_node_str(b->a, fx_kust__get_name(cfg), cfg->loc));
			if (!str(b->a, g, "namespace") && fx_kust__get_ns(cfg))
				fx_map_set(b->a, g, "namespace",
					   fx_node_str(b->a, fx_kust__get_ns(cfg), cfg->loc));
			fx_node *es = fx_map_get(g, "env");
			if (es && es->kind == FX_STR && es->u.s.len) {
				fx_node *envs = fx_map_get(g, "envs");
				if (!envs || envs->kind != FX_SEQ) {
					envs = fx_node_seq(b->a, es->loc);
					fx_map_set(b->a, g, "envs", envs);
				}
				fx_seq_push(b->a, envs, es);
			}
			rc = fx_kust__generate_one(kt, ra, g, secret, false, origin);
		} else if (strcmp(kind, "IAMPolicyGenerator") == 0) {
			rc = iam_policy(kt, ra, cfg);
		} else {
			rc = unsupported(b, cfg, kind);
		}
	}
	fx_ptrvec_dispose(&cfgs);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Transformers                                                         */

static int one_transformer(fx_kust__target *kt, fx_kust__accum *ra, fx_node *cfg,
			   const char *kind)
{
	fx_kust__build *b = kt->b;
	fx_arena *a = b->a;
	fx_kust__fspecs specs;
	int rc;
	if (strcmp(kind, "PatchTransformer") == 0)
		return fx_kust__xf_patch_one(kt, ra, cfg);
	if (strcmp(kind, "PatchStrategicMergeTransformer") == 0) {
		fx_node *l = fx_node_seq(a, cfg->loc);
		const fx_node *paths = fx_map_get(cfg, "paths");
		for (size_t i = 0; i < fx_seq_len(paths); i++)
			fx_seq_push(a, l, fx_seq_at(paths, i));
		const fx_node *inl = fx_map_get(cfg, "patches");
		if (inl && inl->kind == FX_STR)
			fx_seq_push(a, l, (fx_node *)inl);
		return fx_kust__xf_psm(kt, ra, l);
	}
	if (strcmp(kind, "PatchJson6902Transformer") == 0) {
		fx_node *e = fx_node_map(a, cfg->loc);
		const fx_node *v;
		if ((v = fx_map_get(cfg, "target")))
			fx_map_set(a, e, "target", (fx_node *)v);
		if ((v = fx_map_get(cfg, "path")))
			fx_map_set(a, e, "path", (fx_node *)v);
		if ((v = fx_map_get(cfg, "jsonOp")))
			fx_map_set(a, e, "patch", (fx_node *)v);
		fx_node *l = fx_node_seq(a, cfg->loc);
		fx_seq_push(a, l, e);
		return fx_kust__xf_pj6902(kt, ra, l);
	}
	if (strcmp(kind, "ReplacementTransformer") == 0)
		return fx_kust__xf_replacements(kt, ra, fx_map_get(cfg, "replacements"));
	if ((rc = specs_of(b, cfg, &specs)) != 0)
		return rc;
	if (strcmp(kind, "NamespaceTransformer") == 0) {
		const fx_node *uo = fx_map_get(cfg, "unsetOnly");
		const char *rbs = str(a, cfg, "setRoleBindingSubjects");
		if ((uo && uo->kind == FX_BOOL && uo->u.b) || (rbs && strcmp(rbs, "defaultOnly")))
			return fx_error(b->ctx, cfg->loc, "FX3006",
					"unsupported: NamespaceTransformer unsetOnly / "
					"setRoleBindingSubjects");
		const char *ns = fx_kust__get_ns(cfg);
		if (!ns || !ns[0])
			return 0;
		return fx_kust__xf_namespace_specs(b, ra, ns, cfg->loc, &specs);
	}
	if (strcmp(kind, "PrefixSuffixTransformer") == 0 || strcmp(kind, "PrefixTransformer") == 0 ||
	    strcmp(kind, "SuffixTransformer") == 0) {
		const char *p = str(a, cfg, "prefix"), *s = str(a, cfg, "suffix");
		rc = 0;
		if (p && strcmp(kind, "SuffixTransformer"))
			rc = fx_kust__xf_affix(b, ra, p, true, &specs);
		if (rc == 0 && s && strcmp(kind, "PrefixTransformer"))
			rc = fx_kust__xf_affix(b, ra, s, false, &specs);
		return rc;
	}
	if (strcmp(kind, "LabelTransformer") == 0)
		return fx_kust__xf_pairs(b, ra, &specs, fx_map_get(cfg, "labels"));
	if (strcmp(kind, "AnnotationsTransformer") == 0)
		return fx_kust__xf_pairs(b, ra, &specs, fx_map_get(cfg, "annotations"));
	if (strcmp(kind, "ImageTagTransformer") == 0)
		return fx_kust__xf_image_one(b, ra, fx_map_get(cfg, "imageTag"), &specs);
	if (strcmp(kind, "ReplicaCountTransformer") == 0)
		return fx_kust__xf_replica_one(b, ra, fx_map_get(cfg, "replica"), &specs);
	if (strcmp(kind, "SortOrderTransformer") == 0)
		return fx_error(b->ctx, cfg->loc, "FX3097",
				"unable to load builtin SortOrderTransformer.builtin.[noGrp]");
	return unsupported(b, cfg, kind);
}

int fx_kust__run_plugin_transformers(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	const fx_node *list = fx_map_get(kt->k, "transformers");
	if (!fx_seq_len(list))
		return 0;
	fx_ptrvec cfgs = FX_PTRVEC_INIT;
	int rc = load_configs(kt, list, &cfgs);
	for (size_t i = 0; rc == 0 && i < cfgs.len; i++) {
		fx_kust__res *cr = cfgs.items[i];
		fx_node *cfg = cr->obj;
		const char *kind;
		if (!is_builtin(b, cfg, &kind))
			rc = unsupported(b, cfg, kind);
		else
			rc = one_transformer(kt, ra, cfg, kind);
		if (rc == 0)
			fx_kust__mark_transform(kt, ra, kind, cfg,
						cr->origin_path ? cr->origin_path : kfile_origin(kt));
	}
	fx_ptrvec_dispose(&cfgs);
	return rc;
}
