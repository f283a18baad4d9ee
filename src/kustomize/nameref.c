/*
 * Name references: after prefixes, suffixes, hashes and namespaces have
 * renamed objects, every field that names one of them (by the nameReference
 * field specs) is rewritten to the new name, as kustomize's
 * nameReferenceTransformer does once at the end of a build.
 *
 * For each referrer field holding an old name, the candidates are the
 * objects the referrer could see (same namespace, cluster-scoped, or a
 * RoleBinding subject's namespace) that once had that name and the
 * referenced kind; ties are broken by the namespace, then by the chain of
 * prefixes/suffixes shared with the referrer.  A mapping field ({name,
 * namespace}, like RoleBinding subjects) also gets the namespace.
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <string.h>

typedef struct {
	fx_kust__build *b;
	fx_kust__accum *ra;
	fx_kust__res *referrer;
	const fx_kust__nameref *target;
	const fx_kust__fspec *field;
	fx_ptrvec cands; /* visible to the referrer */
} nr_t;

static bool gvk_selected(const fx_kust__resid *id, const char *g, const char *v, const char *k)
{
	if (g && g[0] && (strlen(g) != id->glen || strncmp(g, id->group, id->glen)))
		return false;
	if (v && v[0] && strcmp(v, id->version))
		return false;
	if (k && k[0] && strcmp(k, id->kind))
		return false;
	return true;
}

/* Previous ids take the current group/version with the earlier kind. */
static bool prev_name_matches(const fx_kust__res *r, const char *name)
{
	for (size_t i = 0; i < r->prev.len; i++)
		if (strcmp(((fx_kust__resid *)r->prev.items[i])->name, name) == 0)
			return true;
	return false;
}

static bool prev_selected(const fx_kust__res *r, const char *g, const char *v, const char *k)
{
	fx_kust__resid cur;
	fx_kust__resid_of(r->obj, &cur);
	for (size_t i = 0; i < r->prev.len; i++) {
		fx_kust__resid id = cur;
		id.kind = ((fx_kust__resid *)r->prev.items[i])->kind;
		if (gvk_selected(&id, g, v, k))
			return true;
	}
	return false;
}

static const char *eff_ns(const fx_kust__res *r)
{
	if (fx_kust__res_cluster_scoped(r))
		return "_non_namespaceable_";
	const char *ns = fx_kust__get_ns(r->obj);
	return ns && ns[0] ? ns : "default";
}

static bool same_ending(const fx_ptrvec *x, const fx_ptrvec *y)
{
	const fx_ptrvec *s = x->len <= y->len ? x : y, *l = x->len <= y->len ? y : x;
	size_t diff = l->len - s->len;
	if (!s->len)
		return diff == 0;
	for (size_t i = s->len; i-- > 0;)
		if (strcmp(l->items[i + diff], s->items[i]))
			return false;
	return true;
}

static bool affix_equals(const fx_kust__res *r, const fx_kust__res *o, bool allow_empty)
{
	if (allow_empty) {
		bool pe = !r->prefixes.len || !o->prefixes.len;
		bool se = !r->suffixes.len || !o->suffixes.len;
		return (pe || same_ending(&r->prefixes, &o->prefixes)) &&
		       (se || same_ending(&r->suffixes, &o->suffixes));
	}
	return same_ending(&r->prefixes, &o->prefixes) && same_ending(&r->suffixes, &o->suffixes);
}

/* Picks the referral for `old` among `in`; NULL when none. */
static int select_referral(nr_t *n, const char *old, fx_ptrvec *in, bool by_ns,
			   fx_kust__res **out)
{
	fx_ptrvec c = FX_PTRVEC_INIT;
	const fx_kust__nameref *t = n->target;
	bool ref_cs = fx_kust__res_cluster_scoped(n->referrer);
	const char *ref_ns = eff_ns(n->referrer);
	const char *rr_g = NULL, *rr_k = NULL;
	bool role_ref = fx_str_has_suffix(n->field->path, "roleRef/name");
	if (role_ref) {
		const fx_node *rr = fx_map_get(n->referrer->obj, "roleRef");
		rr_g = fx_map_get_str(rr, "apiGroup");
		rr_k = fx_map_get_str(rr, "kind");
		if (!rr || !rr_g || !rr_k)
			role_ref = false;
	}
	for (size_t i = 0; i < in->len; i++) {
		fx_kust__res *r = in->items[i];
		if (!prev_name_matches(r, old) || !prev_selected(r, t->group, t->version, t->kind))
			continue;
		if (role_ref && !prev_selected(r, rr_g, NULL, rr_k))
			continue;
		if (!ref_cs && !fx_kust__res_cluster_scoped(r)) {
			const char *k = fx_kust__get_kind(r->obj);
			if (!(k && strcmp(k, "ServiceAccount") == 0) && strcmp(eff_ns(r), ref_ns))
				continue;
		}
		fx_ptrvec_push(&c, r);
	}
	*out = NULL;
	int rc = 0;
	if (c.len == 1) {
		*out = c.items[0];
		goto done;
	}
	size_t w = 0;
	for (size_t i = 0; i < c.len; i++)
		if (affix_equals(c.items[i], n->referrer, true))
			c.items[w++] = c.items[i];
	c.len = w;
	if (c.len > 1) {
		w = 0;
		for (size_t i = 0; i < c.len; i++)
			if (affix_equals(c.items[i], n->referrer, false))
				c.items[w++] = c.items[i];
		c.len = w;
	}
	if (c.len == 0)
		goto done;
	if (c.len == 1) {
		*out = c.items[0];
		goto done;
	}
	bool same = true;
	const fx_kust__res *f = c.items[0];
	const char *fn = fx_kust__get_name(f->obj), *fns = fx_kust__get_ns(f->obj);
	for (size_t i = 1; i < c.len && same; i++) {
		const fx_kust__res *r = c.items[i];
		const char *rn = fx_kust__get_name(r->obj), *rns = fx_kust__get_ns(r->obj);
		same = strcmp(fn ? fn : "", rn ? rn : "") == 0 &&
		       (!by_ns || strcmp(fns ? fns : "", rns ? rns : "") == 0);
	}
	if (same) {
		*out = c.items[0];
		goto done;
	}
	fx_strbuf ids = FX_STRBUF_INIT;
	for (size_t i = 0; i < c.len; i++) {
		fx_kust__resid id;
		fx_kust__resid_of(((fx_kust__res *)c.items[i])->obj, &id);
		if (i)
			fx_sb_adds(&ids, ", ");
		fx_sb_adds(&ids, fx_kust__resid_str(n->b->a, &id));
	}
	fx_kust__resid rid;
	fx_kust__resid_of(n->referrer->obj, &rid);
	rc = fx_error(n->b->ctx, n->referrer->loc, "FX3080",
		      "updating name reference in '%s' field of '%s': considering field '%s' of "
		      "object %s: found multiple possible referrals: %s",
		      n->field->path, fx_kust__resid_str(n->b->a, &rid), n->field->path,
		      fx_kust__resid_str(n->b->a, &rid), fx_sb_cstr(&ids));
	fx_sb_dispose(&ids);
done:
	fx_ptrvec_dispose(&c);
	return rc;
}

static void set_str(fx_arena *a, fx_node *leaf, const char *s)
{
	fx_loc loc = leaf->loc;
	memset(leaf, 0, sizeof *leaf);
	leaf->kind = FX_STR;
	leaf->loc = loc;
	leaf->u.s.ptr = fx_arena_strdup(a, s);
	leaf->u.s.len = strlen(s);
}

static int set_scalar(nr_t *n, fx_node *leaf)
{
	if (leaf->kind != FX_STR)
		return 0;
	fx_kust__res *ref;
	int rc = select_referral(n, leaf->u.s.ptr, &n->cands, false, &ref);
	if (rc || !ref)
		return rc;
	const char *nn = fx_kust__get_name(ref->obj);
	if (nn && strcmp(nn, leaf->u.s.ptr))
		set_str(n->b->a, leaf, nn);
	return 0;
}

static int set_mapping(nr_t *n, fx_node *m)
{
	fx_node *name = fx_map_get(m, "name");
	if (!name)
		return fx_error(n->b->ctx, m->loc, "FX3081",
				"path config error; no 'name' field in node");
	if (name->kind != FX_STR)
		return 0;
	const fx_node *nsn = fx_map_get(m, "namespace");
	fx_ptrvec sub = FX_PTRVEC_INIT;
	fx_ptrvec *cands = &n->cands;
	if (nsn) {
		const char *ns = fx_kust__scalar(n->b->a, nsn);
		ns = ns ? ns : "";
		/* by original namespace first, then by current namespace */
		for (int pass = 0; pass < 2 && !sub.len; pass++)
			for (size_t i = 0; i < n->cands.len; i++) {
				fx_kust__res *r = n->cands.items[i];
				if (fx_kust__res_cluster_scoped(r))
					continue;
				fx_kust__resid id;
				if (pass == 0)
					fx_kust__res_orig(r, &id);
				else
					fx_kust__resid_of(r->obj, &id);
				const char *e = id.ns[0] ? id.ns : "default";
				if (strcmp(e, ns) == 0)
					fx_ptrvec_push(&sub, r);
			}
		cands = &sub;
	}
	fx_kust__res *ref;
	int rc = select_referral(n, name->u.s.ptr, cands, true, &ref);
	fx_ptrvec_dispose(&sub);
	if (rc || !ref)
		return rc;
	const char *nn = fx_kust__get_name(ref->obj);
	const char *rns = fx_kust__get_ns(ref->obj);
	if (nn && strcmp(nn, name->u.s.ptr) == 0 && !(rns && rns[0]))
		return 0;
	fx_map_set(n->b->a, m, "name", fx_node_str(n->b->a, nn ? nn : "", name->loc));
	if (rns && rns[0])
		fx_map_set(n->b->a, m, "namespace", fx_node_str(n->b->a, rns, m->loc));
	return 0;
}

static int leaf_fn(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	nr_t *n = arg;
	(void)b;
	(void)r;
	switch (leaf->kind) {
	case FX_STR:
		return set_scalar(n, leaf);
	case FX_MAP:
		return set_mapping(n, leaf);
	case FX_SEQ:
		for (size_t i = 0; i < leaf->u.seq.len; i++) {
			fx_node *e = leaf->u.seq.items[i];
			int rc = e->kind == FX_MAP ? set_mapping(n, e)
				 : e->kind == FX_STR ? set_scalar(n, e)
						     : 0;
			if (rc)
				return rc;
		}
		return 0;
	default:
		return 0;
	}
}

/* Objects the referrer may refer to (kustomize's
 * SubsetThatCouldBeReferencedByResource). */
static int visible(fx_kust__build *b, fx_kust__accum *ra, fx_kust__res *ref, fx_ptrvec *out)
{
	if (fx_kust__res_cluster_scoped(ref)) {
		for (size_t i = 0; i < ra->res.len; i++)
			fx_ptrvec_push(out, ra->res.items[i]);
		return 0;
	}
	const char *kind = fx_kust__get_kind(ref->obj);
	fx_ptrvec rbns = FX_PTRVEC_INIT;
	if (kind && strcmp(kind, "RoleBinding") == 0) {
		const fx_node *subs = fx_map_get(ref->obj, "subjects");
		for (size_t i = 0; i < fx_seq_len(subs); i++) {
			const fx_node *s = fx_seq_at(subs, i);
			const fx_node *ns = fx_map_get(s, "namespace");
			const char *k = fx_map_get_str(s, "kind");
			if (!ns || !k || strcmp(k, "ServiceAccount"))
				continue;
			if (ns->kind != FX_STR) {
				fx_kust__resid id;
				fx_kust__resid_of(ref->obj, &id);
				fx_ptrvec_dispose(&rbns);
				return fx_error(b->ctx, ns->loc, "FX3082",
						"Invalid Input: namespace is blank for resource \"%s\"",
						fx_kust__resid_str(b->a, &id));
			}
			fx_ptrvec_push(&rbns, (void *)ns->u.s.ptr);
		}
	}
	const char *rns = eff_ns(ref);
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *t = ra->res.items[i];
		bool ok = fx_kust__res_cluster_scoped(t) || strcmp(eff_ns(t), rns) == 0;
		const char *tns = fx_kust__get_ns(t->obj);
		for (size_t j = 0; !ok && j < rbns.len; j++)
			ok = strcmp(rbns.items[j], tns ? tns : "") == 0;
		if (ok)
			fx_ptrvec_push(out, t);
	}
	fx_ptrvec_dispose(&rbns);
	return 0;
}

/* Has the object something at the path (cheap pre-check)? */
static bool has_first(const fx_node *obj, const char *path)
{
	const char *sl = strchr(path, '/');
	size_t n = sl ? (size_t)(sl - path) : strlen(path);
	if (n > 2 && path[n - 1] == ']' && path[n - 2] == '[')
		n -= 2;
	return fx_map_getn(obj, path, n) != NULL;
}

int fx_kust__fix_namerefs(fx_kust__build *b, fx_kust__accum *ra)
{
	const fx_kust__tconfig *tc = fx_kust__cfg(b, ra);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < ra->res.len; i++) {
		fx_kust__res *r = ra->res.items[i];
		fx_kust__resid org;
		fx_kust__res_orig(r, &org);
		nr_t n = {b, ra, r, NULL, NULL, FX_PTRVEC_INIT};
		bool have_cands = false;
		for (size_t t = 0; rc == 0 && t < tc->n_namerefs; t++) {
			const fx_kust__nameref *nr = &tc->namerefs[t];
			for (size_t k = 0; rc == 0 && k < nr->refs.len; k++) {
				const fx_kust__fspec *fs = &nr->refs.items[k];
				fx_kust__resid cur;
				fx_kust__resid_of(r->obj, &cur);
				org.group = cur.group;
				org.glen = cur.glen;
				org.version = cur.version;
				if (!gvk_selected(&org, fs->group, fs->version, fs->kind))
					continue;
				if (!has_first(r->obj, fs->path))
					continue;
				if (!have_cands) {
					if ((rc = visible(b, ra, r, &n.cands)) != 0)
						break;
					have_cands = true;
				}
				n.target = nr;
				n.field = fs;
				fx_kust__fspec walk = *fs;
				walk.group = walk.version = walk.kind = NULL;
				walk.create = false;
				rc = fx_kust__apply_fspec(b, r, &walk, FX_NULL, leaf_fn, &n);
			}
		}
		fx_ptrvec_dispose(&n.cands);
	}
	return rc;
}
