/*
 * Field specs: the transformer configuration tables (built in, from
 * `configurations:` files and from CRDs), merging them, and walking an
 * object along a field spec's path.
 *
 * The walk follows kustomize's fieldspec filter: path elements name
 * mapping keys, a sequence met on the way is traversed element by
 * element, "name[]" marks a field expected to be a list (never created),
 * and with `create` missing mappings are made on the way.
 *
 * Part of the kustomize stage; the tables are in fieldspecs_data.c.
 */
#include "kustomize/kust.h"

#include <stdio.h>
#include <string.h>

static bool seq_eq(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "") == 0;
}

/* kustomize's effectivelyEquals: an entry already there whose gvk the
 * new entry's gvk selects (empty parts match anything), same path. */
static bool covers(const fx_kust__fspec *have, const fx_kust__fspec *fs)
{
	if (fs->group && fs->group[0] && !seq_eq(have->group, fs->group))
		return false;
	if (fs->version && fs->version[0] && !seq_eq(have->version, fs->version))
		return false;
	if (fs->kind && fs->kind[0] && !seq_eq(have->kind, fs->kind))
		return false;
	return strcmp(have->path, fs->path) == 0;
}

void fx_kust__fspecs_push(fx_arena *a, fx_kust__fspecs *l, const fx_kust__fspec *fs)
{
	if (l->len >= l->cap) { /* cap 0 with items: a shared table, copy */
		size_t nc = l->len ? l->len * 2 : 8;
		l->items = fx_arena_grow(a, l->items, l->len * sizeof *l->items,
					 nc * sizeof *l->items);
		l->cap = nc;
	}
	l->items[l->len++] = *fs;
}

void fx_kust__fspecs_add(fx_arena *a, fx_kust__fspecs *l, const fx_kust__fspec *fs)
{
	for (size_t i = 0; i < l->len; i++)
		if (covers(&l->items[i], fs))
			return;
	fx_kust__fspecs_push(a, l, fs);
}

static void fspecs_merge(fx_arena *a, fx_kust__fspecs *dst, const fx_kust__fspecs *src)
{
	for (size_t i = 0; i < src->len; i++)
		fx_kust__fspecs_add(a, dst, &src->items[i]);
}

/* Gvk.IsLessThan: legacy kind order, then "group_version_kind". */
static int type_order(const char *kind)
{
	static const char *const first[] = {
		"Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition",
		"ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
		"ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange",
		"PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment",
		"StatefulSet", "CronJob", "PodDisruptionBudget"};
	size_t nf = sizeof first / sizeof first[0];
	if (!kind)
		return 0;
	for (size_t i = 0; i < nf; i++)
		if (strcmp(first[i], kind) == 0)
			return -(int)nf + (int)i;
	if (strcmp(kind, "MutatingWebhookConfiguration") == 0)
		return 1;
	if (strcmp(kind, "ValidatingWebhookConfiguration") == 0)
		return 2;
	return 0;
}

static int gvk_cmp(const char *g1, const char *v1, const char *k1, const char *g2, const char *v2,
		   const char *k2)
{
	int o1 = type_order(k1), o2 = type_order(k2);
	if (o1 != o2)
		return o1 < o2 ? -1 : 1;
	char x[512], y[512];
	snprintf(x, sizeof x, "%s_%s_%s", g1 && g1[0] ? g1 : "~G", v1 && v1[0] ? v1 : "~V",
		 k1 && k1[0] ? k1 : "~K");
	snprintf(y, sizeof y, "%s_%s_%s", g2 && g2[0] ? g2 : "~G", v2 && v2[0] ? v2 : "~V",
		 k2 && k2[0] ? k2 : "~K");
	return strcmp(x, y);
}

static void sort_fspecs(fx_kust__fspecs *l)
{
	/* stable insertion sort: lists are short */
	for (size_t i = 1; i < l->len; i++) {
		fx_kust__fspec x = l->items[i];
		size_t j = i;
		while (j > 0 && gvk_cmp(x.group, x.version, x.kind, l->items[j - 1].group,
					l->items[j - 1].version, l->items[j - 1].kind) < 0) {
			l->items[j] = l->items[j - 1];
			j--;
		}
		l->items[j] = x;
	}
}

void fx_kust__nameref_add(fx_arena *a, fx_kust__tconfig *tc, const fx_kust__nameref *nr)
{
	for (size_t i = 0; i < tc->n_namerefs; i++) {
		fx_kust__nameref *o = &tc->namerefs[i];
		if (seq_eq(o->group, nr->group) && seq_eq(o->version, nr->version) &&
		    seq_eq(o->kind, nr->kind)) {
			fspecs_merge(a, &o->refs, &nr->refs);
			return;
		}
	}
	if (tc->n_namerefs >= tc->cap_namerefs) {
		size_t nc = tc->n_namerefs ? tc->n_namerefs * 2 : 16;
		tc->namerefs = fx_arena_grow(a, tc->namerefs, tc->n_namerefs * sizeof *tc->namerefs,
					     nc * sizeof *tc->namerefs);
		tc->cap_namerefs = nc;
	}
	fx_kust__nameref *n = &tc->namerefs[tc->n_namerefs++];
	memset(n, 0, sizeof *n);
	n->group = nr->group;
	n->version = nr->version;
	n->kind = nr->kind;
	fspecs_merge(a, &n->refs, &nr->refs);
}

#define EACH_LIST(X)                                                           \
	X(prefix) X(suffix) X(namespace) X(common_labels) X(metadata_labels)   \
	X(template_labels) X(annotations) X(images) X(replicas) X(varref)

void fx_kust__tconfig_sort(fx_kust__tconfig *tc)
{
#define S(f) sort_fspecs(&tc->f);
	EACH_LIST(S)
#undef S
	for (size_t i = 1; i < tc->n_namerefs; i++) {
		fx_kust__nameref x = tc->namerefs[i];
		size_t j = i;
		while (j > 0 && gvk_cmp(x.group, x.version, x.kind, tc->namerefs[j - 1].group,
					tc->namerefs[j - 1].version, tc->namerefs[j - 1].kind) < 0) {
			tc->namerefs[j] = tc->namerefs[j - 1];
			j--;
		}
		tc->namerefs[j] = x;
	}
	for (size_t i = 0; i < tc->n_namerefs; i++)
		sort_fspecs(&tc->namerefs[i].refs);
}

/* TransformerConfig.Merge: entries of src not covered are appended, then
 * every list is sorted. */
void fx_kust__tconfig_merge(fx_arena *a, fx_kust__tconfig *dst, const fx_kust__tconfig *src)
{
#define M(f) fspecs_merge(a, &dst->f, &src->f);
	EACH_LIST(M)
#undef M
	for (size_t i = 0; i < src->n_namerefs; i++)
		fx_kust__nameref_add(a, dst, &src->namerefs[i]);
	fx_kust__tconfig_sort(dst);
}

static bool tc_grow(fx_arena *a, fx_kust__tconfig *tc)
{
	if (tc->n_namerefs >= tc->cap_namerefs) {
		size_t nc = tc->n_namerefs ? tc->n_namerefs * 2 : 16;
		tc->namerefs = fx_arena_grow(a, tc->namerefs, tc->n_namerefs * sizeof *tc->namerefs,
					     nc * sizeof *tc->namerefs);
		tc->cap_namerefs = nc;
	}
	return true;
}

void fx_kust__tconfig_copy(fx_arena *a, fx_kust__tconfig *dst, const fx_kust__tconfig *src)
{
	memset(dst, 0, sizeof *dst);
#define C(f)                                                                   \
	for (size_t i = 0; i < src->f.len; i++)                                \
		fx_kust__fspecs_push(a, &dst->f, &src->f.items[i]);
	EACH_LIST(C)
#undef C
	for (size_t i = 0; i < src->n_namerefs; i++) {
		fx_kust__nameref nr = src->namerefs[i];
		memset(&nr.refs, 0, sizeof nr.refs);
		for (size_t j = 0; j < src->namerefs[i].refs.len; j++)
			fx_kust__fspecs_push(a, &nr.refs, &src->namerefs[i].refs.items[j]);
		tc_grow(a, dst);
		dst->namerefs[dst->n_namerefs++] = nr;
	}
}

/* ------------------------------------------------------------------ */
/* configurations: files                                                */

static const char *opt_str(fx_arena *a, const fx_node *m, const char *key)
{
	const fx_node *v = fx_map_get(m, key);
	const char *s = fx_kust__scalar(a, v);
	return s && s[0] ? s : NULL;
}

static int parse_fspec(fx_ctx *ctx, fx_arena *a, const fx_node *n, fx_kust__fspec *out)
{
	if (!n || n->kind != FX_MAP)
		return fx_error(ctx, n ? n->loc : FX_LOC_NONE, "FX3030",
				"field spec must be a mapping");
	memset(out, 0, sizeof *out);
	out->group = opt_str(a, n, "group");
	out->version = opt_str(a, n, "version");
	out->kind = opt_str(a, n, "kind");
	out->path = opt_str(a, n, "path");
	const fx_node *c = fx_map_get(n, "create");
	out->create = c && c->kind == FX_BOOL && c->u.b;
	if (!out->path)
		return fx_error(ctx, n->loc, "FX3030", "field spec without a path");
	return 0;
}

static int parse_list(fx_ctx *ctx, fx_arena *a, const fx_node *seq, fx_kust__fspecs *l)
{
	for (size_t i = 0; i < fx_seq_len(seq); i++) {
		fx_kust__fspec fs;
		int rc = parse_fspec(ctx, a, fx_seq_at(seq, i), &fs);
		if (rc)
			return rc;
		fx_kust__fspecs_push(a, l, &fs);
	}
	return 0;
}

int fx_kust__fspecs_parse(fx_ctx *ctx, fx_arena *a, const fx_node *seq, fx_kust__fspecs *out)
{
	return parse_list(ctx, a, seq, out);
}

int fx_kust__tconfig_parse(fx_ctx *ctx, fx_arena *a, const fx_node *doc, fx_kust__tconfig *out)
{
	static const struct {
		const char *key;
		size_t off;
	} lists[] = {
		{"namePrefix", offsetof(fx_kust__tconfig, prefix)},
		{"nameSuffix", offsetof(fx_kust__tconfig, suffix)},
		{"namespace", offsetof(fx_kust__tconfig, namespace)},
		{"commonLabels", offsetof(fx_kust__tconfig, common_labels)},
		{"labels", offsetof(fx_kust__tconfig, metadata_labels)},
		{"templateLabels", offsetof(fx_kust__tconfig, template_labels)},
		{"commonAnnotations", offsetof(fx_kust__tconfig, annotations)},
		{"images", offsetof(fx_kust__tconfig, images)},
		{"replicas", offsetof(fx_kust__tconfig, replicas)},
		{"varReference", offsetof(fx_kust__tconfig, varref)},
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		const fx_node *seq = fx_map_get(doc, lists[i].key);
		if (!seq)
			continue;
		int rc = parse_list(ctx, a, seq, (fx_kust__fspecs *)((char *)out + lists[i].off));
		if (rc)
			return rc;
	}
	const fx_node *nrs = fx_map_get(doc, "nameReference");
	for (size_t i = 0; i < fx_seq_len(nrs); i++) {
		const fx_node *e = fx_seq_at(nrs, i);
		fx_kust__nameref nr;
		memset(&nr, 0, sizeof nr);
		nr.group = opt_str(a, e, "group");
		nr.version = opt_str(a, e, "version");
		nr.kind = opt_str(a, e, "kind");
		int rc = parse_list(ctx, a, fx_map_get(e, "fieldSpecs"), &nr.refs);
		if (rc)
			return rc;
		fx_kust__nameref_add(a, out, &nr);
	}
	fx_kust__tconfig_sort(out);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Walking                                                              */

bool fx_kust__fspec_matches(const fx_kust__fspec *fs, const fx_node *obj)
{
	fx_kust__resid id;
	fx_kust__resid_of(obj, &id);
	if (fs->group && fs->group[0] &&
	    (strlen(fs->group) != id.glen || strncmp(fs->group, id.group, id.glen) != 0))
		return false;
	if (fs->version && fs->version[0] && strcmp(fs->version, id.version) != 0)
		return false;
	if (fs->kind && fs->kind[0] && strcmp(fs->kind, id.kind) != 0)
		return false;
	return true;
}

size_t fx_kust__path_split(fx_arena *a, const char *path, const char ***out)
{
	size_t n = 1;
	for (const char *p = path; *p; p++)
		if (*p == '/' && (p == path || p[-1] != '\\'))
			n++;
	const char **parts = fx_arena_alloc(a, n * sizeof *parts);
	size_t k = 0;
	fx_strbuf sb = FX_STRBUF_INIT;
	for (const char *p = path;; p++) {
		if (*p == '\\' && p[1] == '/') {
			fx_sb_addc(&sb, '/');
			p++;
			continue;
		}
		if (*p == '/' || !*p) {
			parts[k++] = fx_arena_strdup(a, fx_sb_cstr(&sb));
			fx_sb_clear(&sb);
			if (!*p)
				break;
			continue;
		}
		fx_sb_addc(&sb, *p);
	}
	fx_sb_dispose(&sb);
	*out = parts;
	return k;
}

typedef struct {
	fx_kust__build *b;
	fx_kust__res *r;
	bool create;
	fx_kind create_kind;
	fx_kust__field_fn fn;
	void *arg;
	const char **path;
	size_t n;
} walk_t;

static int walk(walk_t *w, fx_node *node, size_t at)
{
	if (at == w->n)
		return w->fn(w->b, w->r, node, w->arg);
	if (!node || node->kind == FX_NULL)
		return 0;
	if (node->kind == FX_SEQ) {
		for (size_t i = 0; i < node->u.seq.len; i++) {
			int rc = walk(w, node->u.seq.items[i], at);
			if (rc)
				return rc;
		}
		return 0;
	}
	if (node->kind != FX_MAP)
		return 0;
	const char *elem = w->path[at];
	size_t el = strlen(elem);
	bool is_seq = el > 2 && strcmp(elem + el - 2, "[]") == 0;
	if (is_seq)
		el -= 2;
	fx_node *child = fx_map_getn(node, elem, el);
	if (!child) {
		if (!w->create || is_seq)
			return 0;
		fx_arena *a = w->b->a;
		fx_kind k = at + 1 == w->n ? w->create_kind : FX_MAP;
		child = k == FX_MAP ? fx_node_map(a, node->loc) : fx_node_null(a, node->loc);
		fx_map_set(a, node, fx_arena_strndup(a, elem, el), child);
	} else if (child->kind == FX_NULL && w->create) {
		fx_kind k = is_seq ? FX_SEQ : at + 1 == w->n ? w->create_kind : FX_MAP;
		if (k == FX_MAP || k == FX_SEQ) {
			child->kind = (uint8_t)k;
			child->text = NULL;
			child->tag = NULL;
		}
	}
	return walk(w, child, at + 1);
}

int fx_kust__apply_fspec(fx_kust__build *b, fx_kust__res *r, const fx_kust__fspec *fs,
			 fx_kind create_kind, fx_kust__field_fn fn, void *arg)
{
	if (!fx_kust__fspec_matches(fs, r->obj))
		return 0;
	walk_t w = {b, r, fs->create, create_kind, fn, arg, NULL, 0};
	w.n = fx_kust__path_split(b->a, fs->path, &w.path);
	return walk(&w, r->obj, 0);
}

int fx_kust__apply_fspecs(fx_kust__build *b, fx_kust__res *r, const fx_kust__fspecs *l,
			  fx_kind create_kind, fx_kust__field_fn fn, void *arg)
{
	for (size_t i = 0; i < l->len; i++) {
		int rc = fx_kust__apply_fspec(b, r, &l->items[i], create_kind, fn, arg);
		if (rc)
			return rc;
	}
	return 0;
}
