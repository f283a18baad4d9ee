/*
 * Output order: kustomize's legacy kind order (what `kubectl kustomize`
 * applies by default), sortOptions of the root kustomization (legacy with
 * custom orderFirst/orderLast, or fifo), or input order (--reorder none,
 * as Flux builds).
 *
 * Legacy: kinds of orderFirst first in that order, kinds of orderLast
 * last, everything else in between; ties by "group_version_kind" (empty
 * parts ~G/~V/~K; two Namespaces with an empty group compare reversed),
 * then by "Kind.version.group|namespace|name" (~X/~N when empty).
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <stdlib.h>
#include <string.h>

static const char *const default_first[] = {
	"Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition",
	"ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
	"ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange",
	"PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment",
	"StatefulSet", "CronJob", "PodDisruptionBudget", NULL};
static const char *const default_last[] = {"MutatingWebhookConfiguration",
					   "ValidatingWebhookConfiguration", NULL};

typedef struct {
	fx_kust__res *r;
	int order;
	const char *kind, *gvk_sort, *id_sort, *group;
	size_t pos;
} key_t_;

static int order_of(const char *kind, const char *const *first, size_t nf,
		    const char *const *last, size_t nl)
{
	for (size_t i = 0; i < nf; i++)
		if (strcmp(first[i], kind) == 0)
			return -(int)nf + (int)i;
	for (size_t i = 0; i < nl; i++)
		if (strcmp(last[i], kind) == 0)
			return 1 + (int)i;
	return 0;
}

static int cmp(const void *pa, const void *pb)
{
	const key_t_ *a = pa, *b = pb;
	int c = strcmp(a->gvk_sort, b->gvk_sort);
	if (c != 0) {
		if (a->order != b->order)
			return a->order < b->order ? -1 : 1;
		if (strcmp(a->kind, "Namespace") == 0 && strcmp(b->kind, "Namespace") == 0 &&
		    (!a->group[0] || !b->group[0]))
			return -c;
		return c;
	}
	c = strcmp(a->id_sort, b->id_sort);
	if (c)
		return c;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static void legacy(fx_kust__build *b, fx_ptrvec *res, const char *const *first, size_t nf,
		   const char *const *last, size_t nl)
{
	key_t_ *keys = fx_xcalloc(res->len + 1, sizeof *keys);
	for (size_t i = 0; i < res->len; i++) {
		fx_kust__res *r = res->items[i];
		fx_kust__resid id;
		fx_kust__resid_of(r->obj, &id);
		const char *g = fx_arena_strndup(b->a, id.group, id.glen);
		keys[i].r = r;
		keys[i].pos = i;
		keys[i].kind = id.kind;
		keys[i].group = g;
		keys[i].order = order_of(id.kind, first, nf, last, nl);
		keys[i].gvk_sort = fx_arena_printf(b->a, "%s_%s_%s", g[0] ? g : "~G",
						   id.version[0] ? id.version : "~V",
						   id.kind[0] ? id.kind : "~K");
		keys[i].id_sort = fx_arena_printf(
			b->a, "%s.%s.%s|%s|%s", id.kind[0] ? id.kind : "[noKind]",
			id.version[0] ? id.version : "[noVer]", g[0] ? g : "[noGrp]",
			id.ns[0] ? id.ns : "~X", id.name[0] ? id.name : "~N");
	}
	qsort(keys, res->len, sizeof *keys, cmp);
	for (size_t i = 0; i < res->len; i++)
		res->items[i] = keys[i].r;
	free(keys);
}

void fx_kust__legacy_sort(fx_kust__build *b, fx_ptrvec *res)
{
	legacy(b, res, default_first, sizeof default_first / sizeof default_first[0] - 1,
	       default_last, sizeof default_last / sizeof default_last[0] - 1);
}

static size_t str_list(fx_arena *a, const fx_node *seq, const char ***out)
{
	size_t n = fx_seq_len(seq);
	const char **l = fx_arena_alloc(a, (n + 1) * sizeof *l);
	for (size_t i = 0; i < n; i++) {
		const char *s = fx_kust__scalar(a, fx_seq_at(seq, i));
		l[i] = s ? s : "";
	}
	*out = l;
	return n;
}

int fx_kust__apply_sort(fx_kust__build *b, fx_kust__accum *ra)
{
	const fx_node *so = fx_map_get(b->root_k, "sortOptions");
	if (!so) {
		if (b->opts->reorder == FX_KUST_REORDER_LEGACY)
			fx_kust__legacy_sort(b, &ra->res);
		return 0;
	}
	const char *order = fx_kust__scalar(b->a, fx_map_get(so, "order"));
	const fx_node *lso = fx_map_get(so, "legacySortOptions");
	if (!order || (strcmp(order, "fifo") && strcmp(order, "legacy")))
		return fx_error(b->ctx, so->loc, "FX3070",
				"the field 'sortOptions.order' must be one of [fifo, legacy]");
	if (strcmp(order, "fifo") == 0) {
		if (lso)
			return fx_error(b->ctx, lso->loc, "FX3070",
					"the field 'sortOptions.legacySortOptions' is set but the "
					"selected sort order is 'fifo', not 'legacy'");
		return 0;
	}
	if (!lso) {
		fx_kust__legacy_sort(b, &ra->res);
		return 0;
	}
	const char **first, **last;
	size_t nf = str_list(b->a, fx_map_get(lso, "orderFirst"), &first);
	size_t nl = str_list(b->a, fx_map_get(lso, "orderLast"), &last);
	legacy(b, &ra->res, first, nf, last, nl);
	return 0;
}
