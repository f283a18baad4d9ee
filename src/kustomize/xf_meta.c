/*
 * Metadata transformers: namespace, namePrefix/nameSuffix, labels
 * (commonLabels and the labels list) and commonAnnotations, each driven
 * by its field specs as kustomize's builtin plugins are.
 *
 * Part of the kustomize stage; called from transform.c in kustomize's
 * transformer order.
 */
#include "kustomize/kust.h"

#include <string.h>

static void set_str(fx_arena *a, fx_node *leaf, const char *s)
{
	fx_loc loc = leaf->loc;
	memset(leaf, 0, sizeof *leaf);
	leaf->kind = FX_STR;
	leaf->loc = loc;
	leaf->u.s.ptr = fx_arena_strdup(a, s);
	leaf->u.s.len = strlen(s);
}

/* ------------------------------------------------------------------ */
/* namespace                                                            */

static int set_ns(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	(void)r;
	if (leaf->kind == FX_MAP || leaf->kind == FX_SEQ)
		return fx_error(b->ctx, leaf->loc, "FX3031",
				"namespace field specs must target scalar nodes");
	set_str(b->a, leaf, arg);
	return 0;
}

int fx_kust__xf_namespace(fx_kust__build *b, fx_kust__accum *ra, const char *ns, fx_loc at)
{
	return fx_kust__xf_namespace_specs(b, ra, ns, at, &fx_kust__cfg(b, ra)->namespace);
}

int fx_kust__xf_namespace_specs(fx_kust__build *b, fx_kust__accum *ra, const char *ns, fx_loc at,
				const fx_kust__fspecs *specs)
{
	fx_arena *a = b->a;
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *r = ra->res.items[i];
		fx_kust__res_store_prev(a, r);
		const char *av = fx_map_get_str(r->obj, "apiVersion");
		const char *kind = fx_kust__get_kind(r->obj);
		if (!fx_kust__res_cluster_scoped(r))
			fx_kust__set_ns(a, r->obj, ns);
		bool rb = kind && (strcmp(kind, "RoleBinding") == 0 ||
				   strcmp(kind, "ClusterRoleBinding") == 0);
		if (rb) {
			fx_node *subs = fx_map_get(r->obj, "subjects");
			for (size_t j = 0; j < fx_seq_len(subs); j++) {
				fx_node *s = fx_seq_at(subs, j);
				const char *n = fx_map_get_str(s, "name");
				if (n && strcmp(n, "default") == 0)
					fx_map_set(a, s, "namespace", fx_node_str(a, ns, s->loc));
			}
		}
		for (size_t k = 0; k < specs->len; k++) {
			const fx_kust__fspec *fs = &specs->items[k];
			if (strcmp(fs->path, "metadata/namespace") == 0)
				continue;
			if (strcmp(fs->path, "metadata/name") == 0 && !(av && strcmp(av, "v1") == 0))
				continue;
			if (rb && strcmp(fs->path, "subjects/namespace") == 0 && fs->kind &&
			    (strcmp(fs->kind, "RoleBinding") == 0 ||
			     strcmp(fs->kind, "ClusterRoleBinding") == 0))
				continue;
			int rc = fx_kust__apply_fspec(b, r, fs, FX_NULL, set_ns, (void *)ns);
			if (rc)
				return rc;
		}
	}
	/* ID conflicts produced by the change */
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__resid x;
		fx_kust__resid_of(((fx_kust__res *)ra->res.items[i])->obj, &x);
		for (size_t j = i + 1; j < ra->res.len; j++) {
			fx_kust__resid y;
			fx_kust__resid_of(((fx_kust__res *)ra->res.items[j])->obj, &y);
			if (fx_kust__resid_eq(&x, &y))
				return fx_error(b->ctx, at, "FX3032",
						"namespace transformation produces ID conflict: %s",
						fx_kust__resid_str(a, &x));
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* namePrefix / nameSuffix                                              */

typedef struct {
	const char *s;
	bool prefix;
} affix_t;

static int set_affix(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	affix_t *x = arg;
	(void)r;
	if (leaf->kind != FX_STR)
		return 0;
	const char *cur = leaf->u.s.ptr;
	set_str(b->a, leaf,
		x->prefix ? fx_arena_printf(b->a, "%s%s", x->s, cur)
			  : fx_arena_printf(b->a, "%s%s", cur, x->s));
	return 0;
}

static bool skip_affix(const fx_kust__res *r)
{
	fx_kust__resid id;
	fx_kust__res_orig(r, &id);
	if (strcmp(id.kind, "CustomResourceDefinition") == 0 || strcmp(id.kind, "Namespace") == 0)
		return true;
	return strcmp(id.kind, "APIService") == 0 && id.glen == 21 &&
	       strncmp(id.group, "apiregistration.k8s.io", 21) == 0;
}

int fx_kust__xf_affix(fx_kust__build *b, fx_kust__accum *ra, const char *s, bool prefix,
		      const fx_kust__fspecs *l)
{
	affix_t x = {s, prefix};
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *r = ra->res.items[i];
		if (skip_affix(r))
			continue;
		fx_kust__resid orig;
		fx_kust__res_orig(r, &orig);
		for (size_t k = 0; k < l->len; k++) {
			const fx_kust__fspec *fs = &l->items[k];
			/* selection by the original id, as kustomize does */
			if (fs->kind && fs->kind[0] && strcmp(fs->kind, orig.kind))
				continue;
			if (!fx_kust__fspec_matches(fs, r->obj))
				continue;
			if (strcmp(fs->path, "metadata/name") == 0) {
				fx_kust__vpush(b->a, prefix ? &r->prefixes : &r->suffixes, (void *)s);
				fx_kust__res_store_prev(b->a, r);
			}
			int rc = fx_kust__apply_fspec(b, r, fs, FX_NULL, set_affix, &x);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int fx_kust__xf_prefix_suffix(fx_kust__build *b, fx_kust__accum *ra, const char *prefix,
			      const char *suffix)
{
	int rc = 0;
	if (prefix && prefix[0])
		rc = fx_kust__xf_affix(b, ra, prefix, true, &fx_kust__cfg(b, ra)->prefix);
	if (rc == 0 && suffix && suffix[0])
		rc = fx_kust__xf_affix(b, ra, suffix, false, &fx_kust__cfg(b, ra)->suffix);
	return rc;
}

/* ------------------------------------------------------------------ */
/* labels and annotations                                               */

static int set_pairs(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	const fx_node *pairs = arg;
	(void)r;
	if (leaf->kind == FX_NULL) {
		leaf->kind = FX_MAP;
		leaf->text = NULL;
		leaf->tag = NULL;
	}
	if (leaf->kind != FX_MAP)
		return fx_error(b->ctx, leaf->loc, "FX3033", "expected a mapping at a label field");
	for (size_t i = 0; i < pairs->u.map.len; i++) {
		const fx_pair *p = &pairs->u.map.items[i];
		const char *k = fx_kust__scalar(b->a, p->key);
		const char *v = p->val->kind == FX_NULL ? "" : fx_kust__scalar(b->a, p->val);
		if (!v)
			return fx_error(b->ctx, p->val->loc, "FX3005",
					"invalid Kustomization: label and annotation values must be "
					"strings");
		fx_map_set(b->a, leaf, k, fx_node_str(b->a, v, p->val->loc));
	}
	return 0;
}

int fx_kust__xf_pairs(fx_kust__build *b, fx_kust__accum *ra, const fx_kust__fspecs *l,
		      const fx_node *pairs)
{
	if (fx_map_len(pairs) == 0)
		return 0;
	for (size_t i = 0; i < ra->res.len; i++) {
		int rc = fx_kust__apply_fspecs(b, ra->res.items[i], l, FX_MAP, set_pairs,
					       (void *)pairs);
		if (rc)
			return rc;
	}
	return 0;
}

static bool flag(const fx_node *m, const char *key)
{
	const fx_node *v = fx_map_get(m, key);
	return v && v->kind == FX_BOOL && v->u.b;
}

int fx_kust__xf_labels(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	const fx_node *labels = fx_map_get(kt->k, "labels");
	for (size_t i = 0; i < fx_seq_len(labels); i++) {
		const fx_node *l = fx_seq_at(labels, i);
		const fx_node *pairs = fx_map_get(l, "pairs");
		fx_kust__fspecs fss = {0};
		const fx_node *fields = fx_map_get(l, "fields");
		for (size_t j = 0; j < fx_seq_len(fields); j++) {
			fx_kust__tconfig tmp;
			memset(&tmp, 0, sizeof tmp);
			fx_node *wrap = fx_node_map(b->a, l->loc);
			fx_node *seq = fx_node_seq(b->a, l->loc);
			fx_seq_push(b->a, seq, fx_seq_at(fields, j));
			fx_map_set(b->a, wrap, "labels", seq);
			int rc = fx_kust__tconfig_parse(b->ctx, b->a, wrap, &tmp);
			if (rc)
				return rc;
			for (size_t q = 0; q < tmp.metadata_labels.len; q++)
				fx_kust__fspecs_add(b->a, &fss, &tmp.metadata_labels.items[q]);
		}
		for (size_t q = 0; q < fx_kust__cfg(b, ra)->metadata_labels.len; q++)
			fx_kust__fspecs_add(b->a, &fss, &fx_kust__cfg(b, ra)->metadata_labels.items[q]);
		if (flag(l, "includeSelectors")) {
			for (size_t q = 0; q < fx_kust__cfg(b, ra)->common_labels.len; q++)
				fx_kust__fspecs_add(b->a, &fss, &fx_kust__cfg(b, ra)->common_labels.items[q]);
		} else {
			if (flag(l, "includeTemplates"))
				for (size_t q = 0; q < fx_kust__cfg(b, ra)->template_labels.len; q++)
					fx_kust__fspecs_add(b->a, &fss,
							    &fx_kust__cfg(b, ra)->template_labels.items[q]);
			fx_kust__fspec md = {NULL, NULL, NULL, "metadata/labels", true};
			fx_kust__fspecs_add(b->a, &fss, &md);
		}
		if (pairs && pairs->kind != FX_MAP)
			return fx_error(b->ctx, pairs->loc, "FX3005",
					"invalid Kustomization: labels pairs must be a mapping");
		int rc = fx_kust__xf_pairs(b, ra, &fss, pairs);
		if (rc)
			return rc;
		fx_kust__mark_transform(kt, ra, "LabelTransformer", NULL, NULL);
	}
	const fx_node *cl = fx_map_get(kt->k, "commonLabels");
	if (!fx_seq_len(labels) && !fx_map_len(cl))
		return 0;
	int rc = fx_kust__xf_pairs(b, ra, &fx_kust__cfg(b, ra)->common_labels, cl);
	if (rc == 0)
		fx_kust__mark_transform(kt, ra, "LabelTransformer", NULL, NULL);
	return rc;
}

int fx_kust__xf_annotations(fx_kust__build *b, fx_kust__accum *ra, const fx_node *annos)
{
	return fx_kust__xf_pairs(b, ra, &fx_kust__cfg(b, ra)->annotations, annos);
}
