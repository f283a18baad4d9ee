/*
 * kustomize: strategic merge patches.
 *
 * Reproduces kustomize v5's merge (kyaml's merge2 visitor driven by its
 * schema walker) rather than apimachinery's strategicpatch:
 *  - mappings merge field by field; a null in the patch deletes the field;
 *    `$patch: delete|replace|merge` on a mapping or as the sole key of a
 *    list element applies to that mapping or list;
 *  - a list merges element by element only when the built-in schema gives
 *    it a "merge" strategy (mergekeys.c); elements of the patch come first,
 *    then the target's remaining elements (kustomize prepends);
 *  - every other list, and every list of an unknown kind, is replaced;
 *  - apimachinery-only directives ($setElementOrder/, $retainKeys,
 *    $deleteFromPrimitiveList/) are not interpreted: kustomize copies them
 *    into the output like any other field, and so does this file.
 * The element matching mimics kyaml's ElementSetter/ElementMatcher closely,
 * including its quirks with multi-key lists (containerPort+protocol).
 *
 * The caller (the patch transformer) restores the target's name, kind and
 * namespace afterwards as kustomize does.
 */
#include "kustomize/patch.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	fx_loc loc; /* the patch, for diagnostics */
	const fx_kust_openapi *oa; /* custom schema in force, or NULL */
} smp;

/* The field path of a walk, rendered only for diagnostics. */
typedef struct wpath {
	const struct wpath *up;
	const char *key;
} wpath;

/* A walk result: `clear` removes the field (kyaml's ClearNode / nil). */
typedef struct {
	fx_node *n;
	bool keep_null; /* a null kept on purpose (kyaml's persistent null) */
} wres;

static int walk(smp *m, fx_node **dest, fx_node *origin, fx_kust_sref sch, const wpath *path,
		wres *out);

/* ------------------------------------------------------------------ */
/* kyaml node helpers                                                    */

static bool missing_or_null(const fx_node *n)
{
	return !n || n->kind == FX_NULL;
}

static bool empty_map(const fx_node *n)
{
	return missing_or_null(n) || (n->kind == FX_MAP && n->u.map.len == 0);
}

/* yaml.Node.Value: scalar text, "" for collections. */
static const char *yval(fx_arena *a, const fx_node *n)
{
	if (!n || n->kind == FX_SEQ || n->kind == FX_MAP)
		return "";
	if (n->kind == FX_NULL)
		return n->text ? fx_arena_strndup(a, n->text, n->text_len) : "";
	return fx_scalar_text(a, n);
}

static const char *kind_word(const fx_node *n)
{
	switch (n->kind) {
	case FX_MAP:
		return "MappingNode";
	case FX_SEQ:
		return "SequenceNode";
	default:
		return "ScalarNode";
	}
}

/* Replaces the items of `seq` with those of `v`. */
static void seq_set(fx_arena *a, fx_node *seq, fx_ptrvec *v)
{
	seq->u.seq.len = 0;
	for (size_t i = 0; i < v->len; i++)
		fx_seq_push(a, seq, v->items[i]);
}

/* FieldMatcher{Name: key, StringValue: value}: the field value when the
 * element (a mapping) has `key` and, when value is non-empty, its Value
 * equals value.  Name "" matches a scalar by value. */
static int field_match(smp *m, fx_node *elem, const char *key, const char *value, bool require,
		       fx_node **out)
{
	*out = NULL;
	if (missing_or_null(elem))
		return 0;
	if (key[0] == '\0') {
		if (!fx_node_is_scalar(elem))
			return fx_error(m->ctx, m->loc, "FX3301",
					"wrong node kind: expected ScalarNode but got %s",
					kind_word(elem));
		if (strcmp(yval(m->a, elem), value) == 0)
			*out = elem;
		return 0;
	}
	if (elem->kind != FX_MAP)
		return fx_error(m->ctx, m->loc, "FX3301",
				"wrong node kind: expected MappingNode but got %s", kind_word(elem));
	fx_node *v = fx_map_get(elem, key);
	if (v && (!require || strcmp(yval(m->a, v), value) == 0))
		*out = v;
	return 0;
}

/* kyaml's ElementSetter: replaces every element matching keys/values with
 * `elem` (or removes them when elem is NULL); appends elem when nothing
 * matched.  Null and empty-mapping elements are dropped on the way. */
static int element_set(smp *m, fx_node *seq, fx_node *elem, const char **keys, size_t nkeys,
		       const char **vals, size_t nvals)
{
	static const char *nokey[] = {""};
	if (nkeys == 0) {
		keys = nokey;
		nkeys = 1;
	}
	bool mapping_setter = keys[0][0] != '\0' && nvals > 0 && vals[0][0] != '\0';
	fx_ptrvec out = FX_PTRVEC_INIT;
	bool found_any = false;
	int rc = 0;
	for (size_t i = 0; i < fx_seq_len(seq); i++) {
		fx_node *e = fx_seq_at(seq, i);
		if (empty_map(e))
			continue;
		if (e->kind != FX_MAP && mapping_setter) {
			fx_ptrvec_push(&out, e);
			continue;
		}
		bool found = true;
		fx_node *v = NULL;
		for (size_t j = 0; j < nkeys; j++) {
			if (j < nvals) {
				const char *want = vals[j];
				if ((rc = field_match(m, e, keys[j], want, want[0] != '\0', &v)) < 0)
					goto out;
			}
			if (!v) {
				found = false;
				break;
			}
		}
		if (!found) {
			if (nvals > 0)
				fx_ptrvec_push(&out, e);
			continue;
		}
		found_any = true;
		if (elem)
			fx_ptrvec_push(&out, elem);
	}
	if (elem && !missing_or_null(elem) && !found_any)
		fx_ptrvec_push(&out, elem);
	seq_set(m->a, seq, &out);
out:
	fx_ptrvec_dispose(&out);
	return rc;
}

/* kyaml's MatchElementList: the first mapping element whose every key
 * has exactly the given value; keys[0] "" matches scalars by value. */
static fx_node *element_list(smp *m, fx_node *seq, const char **keys, const char **vals,
			     size_t n)
{
	if (!seq || seq->kind != FX_SEQ)
		return NULL;
	if (n == 0 || keys[0][0] == '\0') {
		const char *want = n ? vals[0] : "";
		for (size_t i = 0; i < fx_seq_len(seq); i++)
			if (strcmp(yval(m->a, fx_seq_at(seq, i)), want) == 0)
				return fx_seq_at(seq, i);
		return NULL;
	}
	for (size_t i = 0; i < fx_seq_len(seq); i++) {
		fx_node *e = fx_seq_at(seq, i);
		if (!e || e->kind != FX_MAP)
			continue;
		bool ok = true;
		for (size_t k = 0; k < n && ok; k++) {
			fx_node *f = fx_map_get(e, keys[k]);
			ok = f && strcmp(yval(m->a, f), vals[k]) == 0;
		}
		if (ok)
			return e;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* $patch directives                                                    */

enum { DIR_UNKNOWN, DIR_REPLACE, DIR_DELETE, DIR_MERGE };

static int directive_of(smp *m, const char *v)
{
	if (strcmp(v, "replace") == 0)
		return DIR_REPLACE;
	if (strcmp(v, "delete") == 0)
		return DIR_DELETE;
	if (strcmp(v, "merge") == 0)
		return DIR_MERGE;
	(void)m;
	return DIR_UNKNOWN;
}

/* determineSmpDirective: reads and removes the $patch directive of a
 * patch mapping or list.  Returns the directive or -1 on error (an error
 * is recorded only when `report`). */
static int smp_directive(smp *m, fx_node *patch, bool report, int *out)
{
	*out = DIR_MERGE;
	if (!patch)
		return 0;
	if (patch->kind == FX_MAP) {
		fx_node *v = fx_map_get(patch, "$patch");
		if (!v)
			return 0;
		const char *s = yval(m->a, v);
		int d = directive_of(m, s);
		if (d == DIR_UNKNOWN) {
			*out = DIR_UNKNOWN;
			return report ? fx_error(m->ctx, v->loc, "FX3302",
						 "unknown patch strategy '%s'", s)
				      : -1;
		}
		fx_map_del(patch, "$patch");
		*out = d;
		return 0;
	}
	if (patch->kind == FX_SEQ) {
		fx_node *el = NULL;
		for (size_t i = 0; i < fx_seq_len(patch) && !el; i++) {
			fx_node *e = fx_seq_at(patch, i);
			if (e && e->kind == FX_MAP && fx_map_get(e, "$patch"))
				el = e;
		}
		if (!el || fx_map_len(el) > 1)
			return 0;
		fx_node *v = fx_map_get(el, "$patch");
		const char *s = yval(m->a, v);
		int d = directive_of(m, s);
		if (d == DIR_UNKNOWN) {
			*out = DIR_UNKNOWN;
			return report ? fx_error(m->ctx, v->loc, "FX3302",
						 "unknown patch strategy '%s'", s)
				      : -1;
		}
		const char *k = "$patch";
		int rc = element_set(m, patch, NULL, &k, 1, &s, 1);
		if (rc < 0)
			return rc;
		*out = d;
		return 0;
	}
	*out = DIR_UNKNOWN;
	if (!report)
		return -1;
	return fx_error(m->ctx, patch->loc, "FX3302",
			"no implemented strategic merge patch strategy for '%s' ('%s')",
			fx_kind_name((fx_kind)patch->kind), yval(m->a, patch));
}

/* ------------------------------------------------------------------ */
/* Mappings                                                             */

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int walk_map(smp *m, fx_node **dest, fx_node *origin, fx_kust_sref sch, const wpath *path,
		    wres *out)
{
	fx_node *d = *dest;
	int dir, rc;
	out->n = NULL;
	out->keep_null = false;
	/* VisitMap */
	if (missing_or_null(d)) {
		if (smp_directive(m, origin, false, &dir) == 0 && dir == DIR_DELETE)
			return 0;
		if (!origin && d && d->text_len > 0) {
			out->n = d;
			out->keep_null = true;
			return 0;
		}
		d = origin;
	} else {
		if (origin && origin->kind == FX_NULL)
			return 0;
		if ((rc = smp_directive(m, origin, true, &dir)) < 0)
			return rc;
		if (dir == DIR_DELETE)
			return 0;
		if (dir == DIR_REPLACE)
			d = origin;
	}
	if (!d)
		return 0;
	if (d->kind != FX_MAP) {
		/* an absent map with a null or scalar origin: the value itself */
		out->n = d;
		return 0;
	}
	*dest = d;

	/* the sorted union of field names */
	size_t n = fx_map_len(d) + fx_map_len(origin);
	const char **names = fx_xcalloc(n + 1, sizeof *names);
	size_t k = 0;
	for (size_t i = 0; i < fx_map_len(d); i++)
		names[k++] = fx_scalar_text(m->a, d->u.map.items[i].key);
	if (origin && origin != d && origin->kind == FX_MAP)
		for (size_t i = 0; i < fx_map_len(origin); i++)
			names[k++] = fx_scalar_text(m->a, origin->u.map.items[i].key);
	qsort(names, k, sizeof *names, cmp_str);

	rc = 0;
	for (size_t i = 0; i < k; i++) {
		if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
			continue;
		const char *key = names[i];
		fx_node *dv = fx_map_get(d, key);
		fx_node *ov = (origin && origin->kind == FX_MAP) ? fx_map_get(origin, key) : NULL;
		fx_kust_sref fs = fx_kust__oa_field(sch, key);
		wpath sub_seg = {path, key};
		const wpath *sub = &sub_seg;
		wres r;
		fx_node *dvv = dv;
		if ((rc = walk(m, &dvv, ov, fs, sub, &r)) < 0)
			break;
		if (!r.n || (r.n->kind == FX_NULL && !r.keep_null)) {
			fx_map_del(d, key);
		} else if (dv) {
			fx_map_set(m->a, d, key, r.n);
		} else {
			long oi = fx_map_find(origin, key, strlen(key));
			fx_node *kn = oi >= 0 ? origin->u.map.items[oi].key
					      : fx_node_str(m->a, key, r.n->loc);
			fx_map_set_node(m->a, d, kn, r.n);
		}
	}
	free(names);
	if (rc < 0)
		return rc;
	out->n = d;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Associative lists                                                    */

typedef struct {
	const char **v;
	size_t n;
} strlist;

static bool strlist_eq(const strlist *x, const strlist *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->v[i], y->v[i]) != 0)
			return false;
	return true;
}

/* mergeValues' pairwise match of two value lists of a multi-key list. */
static bool values_match(fx_arena *a, const strlist *x, const strlist *y, strlist *res)
{
	if (x->n != y->n)
		return false;
	bool common = false;
	const char **r = fx_arena_alloc(a, (x->n + 1) * sizeof *r);
	for (size_t i = 0; i < x->n; i++) {
		if (strcmp(x->v[i], y->v[i]) == 0) {
			common = true;
			r[i] = x->v[i];
			continue;
		}
		if (x->v[i][0] && y->v[i][0])
			return false;
		r[i] = x->v[i][0] ? x->v[i] : y->v[i];
	}
	res->v = r;
	res->n = x->n;
	return common;
}

/* validateKeys: drops the keys that no element of the list has. */
static void valid_keys(fx_arena *a, const strlist *all, size_t nall, const strlist *values,
		       const strlist *keys, strlist *vk, strlist *vv)
{
	bool *valid = fx_arena_alloc(a, keys->n + 1);
	bool any = false;
	for (size_t i = 0; i < nall; i++)
		for (size_t j = 0; j < all[i].n && j < keys->n; j++)
			if (all[i].v[j][0]) {
				valid[j] = true;
				any = true;
			}
	if (!any) {
		*vk = *keys;
		*vv = *values;
		return;
	}
	vk->v = fx_arena_alloc(a, (keys->n + 1) * sizeof *vk->v);
	vv->v = fx_arena_alloc(a, (keys->n + 1) * sizeof *vv->v);
	vk->n = vv->n = 0;
	for (size_t j = 0; j < keys->n; j++)
		if (valid[j])
			vk->v[vk->n++] = keys->v[j];
	for (size_t j = 0; j < values->n && j < keys->n; j++)
		if (values->v[j][0] || valid[j])
			vv->v[vv->n++] = values->v[j];
}

/* appendListNode (prepend direction): puts the target's elements after
 * the patch's merged ones. */
static int append_list(smp *m, fx_node *dst, fx_node *src, const strlist *keys)
{
	int rc;
	for (size_t i = 0; i < fx_seq_len(src); i++) {
		fx_node *elem = fx_seq_at(src, i);
		if (keys->n == 0 || keys->v[0][0] == '\0') {
			const char *k = "";
			const char *v = yval(m->a, elem);
			if ((rc = element_set(m, dst, elem, &k, 1, &v, 1)) < 0)
				return rc;
			continue;
		}
		const char **v = fx_arena_alloc(m->a, (keys->n + 1) * sizeof *v);
		size_t nv = 0;
		for (size_t k = 0; k < keys->n; k++) {
			fx_node *f = NULL;
			if ((rc = field_match(m, elem, keys->v[k], "", false, &f)) < 0)
				return rc;
			if (!f) {
				fx_seq_push(m->a, dst, elem);
				continue;
			}
			v[nv++] = yval(m->a, f);
		}
		if (keys->n > 1 &&
		    (rc = element_set(m, dst, NULL, keys->v, keys->n, v, nv)) < 0)
			return rc;
		if ((rc = element_set(m, dst, elem, keys->v, keys->n, v, nv)) < 0)
			return rc;
	}
	return 0;
}

static int set_assoc_elements(smp *m, fx_node *dest, fx_node *origin, strlist *vl, size_t nvl,
			      const strlist *keys, fx_kust_sref sch, const wpath *path,
			      wres *out)
{
	int rc;
	fx_node *items = fx_node_seq(m->a, dest->loc);
	fx_kust_sref esch = fx_kust__oa_items(sch);
	if (keys->n > 1) {
		for (size_t i = 0; i < nvl; i++)
			for (size_t j = 0; j < nvl; j++) {
				strlist r;
				if (values_match(m->a, &vl[i], &vl[j], &r)) {
					vl[i] = r;
					vl[j] = r;
				}
			}
	}
	strlist vk = {NULL, 0}, vv = {NULL, 0};
	for (size_t i = 0; i < nvl; i++) {
		if (vl[i].n == 0)
			continue;
		valid_keys(m->a, vl, nvl, &vl[i], keys, &vk, &vv);
		/* elementValueList */
		strlist ek, ev;
		valid_keys(m->a, &vl[i], 1, &vl[i], keys, &ek, &ev);
		fx_node *de = NULL, *oe = NULL;
		if (ek.n == ev.n || ek.v[0][0] == '\0') {
			de = element_list(m, dest, ek.v, ev.v, ek.n);
			oe = element_list(m, origin, ek.v, ev.v, ek.n);
		}
		wres r;
		fx_node *dee = de;
		if ((rc = walk(m, &dee, oe, esch, path, &r)) < 0)
			return rc;
		fx_node *val = r.n;
		bool exit = false;
		for (size_t k = 0; k < vk.n; k++) {
			if (empty_map(val)) {
				if ((rc = element_set(m, dest, NULL, vk.v, vk.n, vv.v, vv.n)) < 0)
					return rc;
				exit = true;
			} else if (val->kind == FX_MAP && k < vv.n && vv.v[k][0] &&
				   !fx_map_get(val, vk.v[k])) {
				fx_map_set(m->a, val, vk.v[k],
					   fx_scalar_resolve(m->a, vv.v[k], strlen(vv.v[k]),
							     FX_YAML_SCHEMA_KYAML, val->loc));
			}
		}
		if (exit)
			continue;
		if ((rc = element_set(m, items, val, vk.v, vk.n, vv.v, vv.n)) < 0)
			return rc;
	}
	if (nvl > 0) {
		if ((rc = append_list(m, items, dest, &vk)) < 0)
			return rc;
		dest = items;
	}
	out->n = dest;
	return 0;
}

static size_t split_keys(fx_arena *a, const char *s, strlist *out)
{
	out->n = 0;
	out->v = fx_arena_alloc(a, 8 * sizeof *out->v);
	while (*s && out->n < 8) {
		const char *c = strchr(s, ',');
		size_t n = c ? (size_t)(c - s) : strlen(s);
		out->v[out->n++] = fx_arena_strndup(a, s, n);
		s += n + (c ? 1 : 0);
	}
	return out->n;
}

static int walk_assoc(smp *m, fx_node **destp, fx_node *origin, fx_kust_sref sch,
		      const wpath *path, wres *out)
{
	fx_node *dest = *destp;
	int dir, rc;
	out->n = NULL;
	out->keep_null = false;
	/* VisitList */
	if (missing_or_null(dest)) {
		dest = origin;
	} else {
		if (origin && origin->kind == FX_NULL)
			return 0;
		if ((rc = smp_directive(m, origin, true, &dir)) < 0)
			return rc;
		if (dir == DIR_DELETE)
			return 0;
		if (dir == DIR_REPLACE)
			dest = origin;
	}
	if (!dest)
		return 0;

	strlist keys;
	split_keys(m->a, fx_kust__oa_keys(m->a, sch), &keys);
	fx_node *srcs[2] = {origin, dest}; /* prepend: the patch first */
	size_t cap = fx_seq_len(origin) + fx_seq_len(dest) + 1;
	strlist *vl = fx_arena_alloc(m->a, cap * sizeof *vl);
	size_t nvl = 0;
	if (keys.n > 0) {
		for (int s = 0; s < 2; s++) {
			fx_node *src = srcs[s];
			if (!src || src->kind != FX_SEQ)
				continue;
			for (size_t i = 0; i < fx_seq_len(src); i++) {
				fx_node *e = fx_seq_at(src, i);
				strlist v = {fx_arena_alloc(m->a, keys.n * sizeof(char *)), keys.n};
				for (size_t k = 0; k < keys.n; k++) {
					fx_node *f = e && e->kind == FX_MAP
							     ? fx_map_get(e, keys.v[k])
							     : NULL;
					bool empty = !f || f->kind == FX_NULL ||
						     (f->kind == FX_MAP && f->u.map.len == 0) ||
						     (f->kind == FX_SEQ && f->u.seq.len == 0);
					v.v[k] = empty ? "" : yval(m->a, f);
				}
				bool seen = false;
				for (size_t j = 0; j < nvl && !seen; j++)
					seen = strlist_eq(&vl[j], &v);
				if (!seen)
					vl[nvl++] = v;
			}
		}
		return set_assoc_elements(m, dest, origin, vl, nvl, &keys, sch, path, out);
	}
	/* a list of scalars */
	for (int s = 0; s < 2; s++) {
		fx_node *src = srcs[s];
		if (!src || src->kind != FX_SEQ)
			continue;
		for (size_t i = 0; i < fx_seq_len(src); i++) {
			const char *v = yval(m->a, fx_seq_at(src, i));
			bool seen = false;
			for (size_t j = 0; j < nvl && !seen; j++)
				seen = strcmp(vl[j].v[0], v) == 0;
			if (seen)
				continue;
			vl[nvl].v = fx_arena_alloc(m->a, sizeof(char *));
			vl[nvl].v[0] = v;
			vl[nvl].n = 1;
			nvl++;
		}
	}
	strlist nokey = {fx_arena_alloc(m->a, sizeof(char *)), 1};
	nokey.v[0] = "";
	return set_assoc_elements(m, dest, origin, vl, nvl, &nokey, sch, path, out);
}

/* ------------------------------------------------------------------ */
/* The walker                                                           */

static bool has_merge(const char *strategy)
{
	const char *p = strategy;
	while (p && *p) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (n == 5 && strncmp(p, "merge", 5) == 0)
			return true;
		p += n + (c ? 1 : 0);
	}
	return false;
}

static int kind_error(smp *m, const fx_node *bad, const char *want, const wpath *path)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_yaml_emit(&sb, bad, NULL);
	while (sb.len > 0 && sb.ptr[sb.len - 1] == '\n')
		fx_sb_truncate(&sb, sb.len - 1);
	int rc = fx_error(m->ctx, bad->loc, "FX3301",
			  "wrong node kind: expected %s but got %s: node contents:\n%s", want,
			  kind_word(bad), fx_sb_cstr(&sb));
	const char *ps = "";
	for (const wpath *w = path; w; w = w->up)
		if (w->key)
			ps = ps[0] ? fx_arena_printf(m->a, "%s.%s", w->key, ps) : w->key;
	fx_note(m->ctx, bad->loc, "while merging field %s", ps[0] ? ps : "(the object)");
	fx_sb_dispose(&sb);
	return rc;
}

static int walk(smp *m, fx_node **dest, fx_node *origin, fx_kust_sref sch, const wpath *path,
		wres *out)
{
	fx_node *d = *dest;
	out->n = NULL;
	out->keep_null = false;
	/* GetSchema: a nested object that names its kind brings its own */
	if (!sch.present) {
		fx_node *srcs[2] = {d, origin};
		for (int i = 0; i < 2 && !sch.present; i++) {
			if (missing_or_null(srcs[i]) || srcs[i]->kind != FX_MAP)
				continue;
			const char *av = fx_map_get_str(srcs[i], "apiVersion");
			const char *k = fx_map_get_str(srcs[i], "kind");
			if (av && k && av[0] && k[0])
				sch = fx_kust__oa_schema_for(m->oa, av, k);
		}
	}
	const fx_node *first = !missing_or_null(d) ? d : !missing_or_null(origin) ? origin : NULL;
	int kind = first ? (first->kind == FX_MAP ? FX_MAP : first->kind == FX_SEQ ? FX_SEQ : -1)
			 : FX_MAP;
	const fx_node *all[2] = {d, origin};
	for (int i = 0; i < 2 && first; i++) {
		const fx_node *s = all[i];
		if (missing_or_null(s))
			continue;
		int k = s->kind == FX_MAP ? FX_MAP : s->kind == FX_SEQ ? FX_SEQ : -1;
		if (k != kind)
			return kind_error(m, s, kind == FX_MAP	 ? "MappingNode"
						: kind == FX_SEQ ? "SequenceNode"
								 : "ScalarNode",
					  path);
	}
	if (kind == FX_MAP)
		return walk_map(m, dest, origin, sch, path, out);
	if (kind == FX_SEQ) {
		if (sch.present && has_merge(sch.strategy))
			return walk_assoc(m, dest, origin, sch, path, out);
		out->n = origin ? origin : d;
		return 0;
	}
	out->n = origin ? origin : d;
	return 0;
}

/* ------------------------------------------------------------------ */

int fx_kust__smp_apply_ex(fx_ctx *ctx, fx_arena *a, fx_node *obj, const fx_node *patch,
			  const fx_kust_openapi *oa, bool *deleted)
{
	smp m = {ctx, a, patch ? patch->loc : FX_LOC_NONE, oa && oa->doc ? oa : NULL};
	*deleted = false;
	if (!obj || obj->kind != FX_MAP)
		return fx_error(ctx, m.loc, "FX3301", "strategic merge patch target is not a mapping");
	if (!patch || patch->kind != FX_MAP)
		return fx_error(ctx, m.loc, "FX3301",
				"strategic merge patch is not a mapping (got %s)",
				patch ? fx_kind_name((fx_kind)patch->kind) : "nothing");
	fx_node *p = fx_node_copy(a, patch);
	fx_node *d = obj;
	wres r;
	fx_kust_sref none = {.present = false, .strategy = "", .keys = ""};
	int rc = walk(&m, &d, p, none, NULL, &r);
	if (rc < 0)
		return rc;
	if (!r.n || r.n->kind != FX_MAP) {
		*deleted = true;
		return 0;
	}
	/* `$patch: replace` at the top yields a new node that kustomize drops:
	 * the target stays as it was (r.n != obj is ignored on purpose) */
	return 0;
}

int fx_kust__smp_apply(fx_ctx *ctx, fx_arena *a, fx_node *obj, const fx_node *patch, bool *deleted)
{
	return fx_kust__smp_apply_ex(ctx, a, obj, patch, NULL, deleted);
}
