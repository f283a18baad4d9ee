/*
 * The images and replicas transformers.
 *
 * images: every container list found anywhere in an object ("containers"
 * and "initContainers", kustomize's legacy walk) and every field of the
 * images field specs holds an image reference "name[:tag][@digest]"; an
 * entry whose name matches gets its name, tag and digest replaced
 * (setting a tag drops the digest and the other way round, unless both
 * are given).  CustomResourceDefinitions are left alone.
 *
 * replicas: objects whose current or earlier name equals the entry's get
 * the count at their replicas field specs; an entry matching nothing is
 * an error.  Part of the kustomize stage.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "kustomize/kust.h"

#include <pcre2.h>
#include <string.h>

typedef struct {
	const char *name, *new_name, *new_tag, *digest;
	pcre2_code *re;
} image_t;

/* kustomize's IsImageMatched: the entry name is used as a regex. */
static bool image_matches(const image_t *im, const char *s)
{
	if (!im->re)
		return false;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(im->re, NULL);
	int rc = pcre2_match(im->re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

/* kustomize's image.Split. */
static void image_split(fx_arena *a, const char *img, const char **name, const char **tag,
			const char **digest)
{
	const char *slash = strchr(img, '/');
	size_t base = slash && slash > img ? (size_t)(slash - img) : 0;
	const char *search = img + base;
	const char *at = strchr(search, '@');
	const char *colon = strchr(search, ':');
	*tag = "";
	*digest = "";
	if (!at && !colon) {
		*name = img;
		return;
	}
	if (at && (!colon || at < colon)) {
		*name = fx_arena_strndup(a, img, (size_t)(at - img));
		*digest = at + 1;
		return;
	}
	if (at && colon) {
		*name = fx_arena_strndup(a, img, (size_t)(colon - img));
		*tag = fx_arena_strndup(a, colon + 1, (size_t)(at - colon - 1));
		*digest = at + 1;
		return;
	}
	*name = fx_arena_strndup(a, img, (size_t)(colon - img));
	*tag = colon + 1;
}

static void update_image(fx_arena *a, const image_t *im, fx_node *n)
{
	if (!n || n->kind != FX_STR || !image_matches(im, n->u.s.ptr))
		return;
	const char *name, *tag, *digest;
	image_split(a, n->u.s.ptr, &name, &tag, &digest);
	if (im->new_name)
		name = im->new_name;
	if (im->new_tag && im->digest) {
		tag = im->new_tag;
		digest = im->digest;
	} else if (im->new_tag) {
		tag = im->new_tag;
		digest = "";
	} else if (im->digest) {
		tag = "";
		digest = im->digest;
	}
	const char *v = fx_arena_printf(a, "%s%s%s%s%s", name, tag[0] ? ":" : "", tag,
					digest[0] ? "@" : "", digest);
	fx_loc loc = n->loc;
	memset(n, 0, sizeof *n);
	n->kind = FX_STR;
	n->loc = loc;
	n->u.s.ptr = v;
	n->u.s.len = strlen(v);
}

static void legacy_walk(fx_arena *a, const image_t *im, fx_node *n)
{
	if (n->kind == FX_MAP) {
		for (size_t i = 0; i < n->u.map.len; i++) {
			fx_pair *p = &n->u.map.items[i];
			legacy_walk(a, im, p->val);
			const char *k = fx_node_strval(p->key);
			if (k && (strcmp(k, "containers") == 0 || strcmp(k, "initContainers") == 0) &&
			    p->val->kind == FX_SEQ)
				for (size_t j = 0; j < p->val->u.seq.len; j++)
					update_image(a, im, fx_map_get(p->val->u.seq.items[j], "image"));
		}
	} else if (n->kind == FX_SEQ) {
		for (size_t i = 0; i < n->u.seq.len; i++)
			legacy_walk(a, im, n->u.seq.items[i]);
	}
}

static int image_leaf(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	(void)r;
	update_image(b->a, arg, leaf);
	return 0;
}

static const char *field(fx_arena *a, const fx_node *m, const char *key)
{
	const char *s = fx_kust__scalar(a, fx_map_get(m, key));
	return s && s[0] ? s : NULL;
}

int fx_kust__xf_image_one(fx_kust__build *b, fx_kust__accum *ra, const fx_node *e,
			  const fx_kust__fspecs *specs)
{
	int rc = 0;
	image_t im = {field(b->a, e, "name"), field(b->a, e, "newName"), field(b->a, e, "newTag"),
		      field(b->a, e, "digest"), NULL};
	if (!im.name)
		return 0;
	const char *pat = fx_arena_printf(b->a, "^%s(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$", im.name);
	int err;
	PCRE2_SIZE off;
	im.re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
	for (size_t j = 0; rc == 0 && j < ra->res.len; j++) {
		fx_kust__res *r = ra->res.items[j];
		const char *kind = fx_kust__get_kind(r->obj);
		if (kind && strcmp(kind, "CustomResourceDefinition") == 0)
			continue;
		legacy_walk(b->a, &im, r->obj);
		for (size_t k = 0; rc == 0 && k < specs->len; k++) {
			fx_kust__fspec fs = specs->items[k];
			fs.create = false;
			rc = fx_kust__apply_fspec(b, r, &fs, FX_NULL, image_leaf, &im);
		}
	}
	if (im.re)
		pcre2_code_free(im.re);
	return rc;
}

int fx_kust__xf_images(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *images)
{
	fx_kust__build *b = kt->b;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(images); i++)
		rc = fx_kust__xf_image_one(b, ra, fx_seq_at(images, i), &fx_kust__cfg(b, ra)->images);
	return rc;
}

/* ------------------------------------------------------------------ */
/* replicas                                                             */

static int set_count(fx_kust__build *b, fx_kust__res *r, fx_node *leaf, void *arg)
{
	(void)b;
	(void)r;
	fx_loc loc = leaf->loc;
	memset(leaf, 0, sizeof *leaf);
	leaf->kind = FX_INT;
	leaf->loc = loc;
	leaf->u.i = *(int64_t *)arg;
	return 0;
}

static bool any_name(const fx_kust__res *r, const char *name)
{
	const char *cur = fx_kust__get_name(r->obj);
	if (cur && strcmp(cur, name) == 0)
		return true;
	for (size_t i = 0; i < r->prev.len; i++)
		if (strcmp(((fx_kust__resid *)r->prev.items[i])->name, name) == 0)
			return true;
	return false;
}

int fx_kust__xf_replica_one(fx_kust__build *b, fx_kust__accum *ra, const fx_node *e,
			    const fx_kust__fspecs *specs)
{
	const char *name = field(b->a, e, "name");
	const fx_node *cn = fx_map_get(e, "count");
	int64_t count = cn && cn->kind == FX_INT ? cn->u.i : 0;
	if (!name)
		return 0;
	bool found = false;
	for (size_t k = 0; k < specs->len; k++) {
		const fx_kust__fspec *fs = &specs->items[k];
		for (size_t j = 0; j < ra->res.len; j++) {
			fx_kust__res *r = ra->res.items[j];
			if (!any_name(r, name) || !fx_kust__fspec_matches(fs, r->obj))
				continue;
			found = true;
			int rc = fx_kust__apply_fspec(b, r, fs, FX_NULL, set_count, &count);
			if (rc)
				return rc;
		}
	}
	if (!found)
		return fx_error(b->ctx, e->loc, "FX3052",
				"resource with name %s does not match a config with the following "
				"GVK [...]",
				name);
	return 0;
}

int fx_kust__xf_replicas(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *replicas)
{
	fx_kust__build *b = kt->b;
	for (size_t i = 0; i < fx_seq_len(replicas); i++) {
		int rc = fx_kust__xf_replica_one(b, ra, fx_seq_at(replicas, i),
						 &fx_kust__cfg(b, ra)->replicas);
		if (rc)
			return rc;
	}
	return 0;
}
