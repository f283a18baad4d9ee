/*
 * Flux's overlay fields (flux.md 3.4): a Flux Kustomization's
 * targetNamespace, namePrefix, nameSuffix, patches, components,
 * patchesStrategicMerge, patchesJson6902, images and buildMetadata are
 * merged into the root kustomization before the build, as
 * kustomize-controller rewrites the kustomization file.  The effects then
 * follow kustomize's transformer order.
 *
 * Part of the kustomize stage; only the root kustomization is touched.
 */
#include "kustomize/kust.h"

#include <string.h>
#include <strings.h>

static fx_node *ensure_seq(fx_arena *a, fx_node *k, const char *key, fx_loc loc)
{
	fx_node *s = fx_map_get(k, key);
	if (!s || s->kind != FX_SEQ) {
		s = fx_node_seq(a, loc);
		fx_map_set(a, k, key, s);
	}
	return s;
}

static const char *sval(const fx_node *m, const char *key)
{
	const char *s = fx_map_get_str(m, key);
	return s && s[0] ? s : NULL;
}

/* "Not local" components (flux.md 3.4). */
static bool component_local(const char *p)
{
	static const char *const pfx[] = {"git::", "gh:", "ssh://", "https://", "http://",
					  "git@", "github.com:", "github.com/"};
	for (size_t i = 0; i < sizeof pfx / sizeof pfx[0]; i++) {
		size_t n = strlen(pfx[i]);
		if (strlen(p) > n && strncasecmp(p, pfx[i], n) == 0)
			return false;
	}
	if (p[0] == '/')
		return false;
	if (strncmp(p, "file://", 7) == 0 && p[7] == '/')
		return false;
	return true;
}

static void copy_str(fx_arena *a, fx_node *dst, const fx_node *src, const char *key)
{
	const fx_node *v = fx_map_get(src, key);
	if (v && v->kind == FX_STR && v->u.s.len)
		fx_map_set(a, dst, key, fx_node_copy(a, v));
}

static fx_node *copy_selector(fx_arena *a, const fx_node *t)
{
	static const char *const keys[] = {"group", "version", "kind", "name", "namespace",
					   "labelSelector", "annotationSelector"};
	fx_node *s = fx_node_map(a, t->loc);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		copy_str(a, s, t, keys[i]);
	return s;
}

static void merge_images(fx_arena *a, fx_node *k, const fx_node *imgs)
{
	fx_node *list = NULL;
	for (size_t i = 0; i < fx_seq_len(imgs); i++) {
		const fx_node *img = fx_seq_at(imgs, i);
		const char *name = fx_map_get_str(img, "name");
		if (!list)
			list = ensure_seq(a, k, "images", img->loc);
		fx_node *found = NULL;
		for (size_t j = 0; j < fx_seq_len(list) && !found; j++) {
			const char *n = fx_map_get_str(fx_seq_at(list, j), "name");
			if (n && name && strcmp(n, name) == 0)
				found = fx_seq_at(list, j);
		}
		const char *nn = sval(img, "newName"), *nt = sval(img, "newTag"),
			   *dg = sval(img, "digest");
		if (!found) {
			fx_node *e = fx_node_map(a, img->loc);
			fx_map_set(a, e, "name", fx_node_str(a, name ? name : "", img->loc));
			fx_map_set(a, e, "newName", fx_node_str(a, nn ? nn : "", img->loc));
			fx_map_set(a, e, "newTag", fx_node_str(a, nt ? nt : "", img->loc));
			fx_map_set(a, e, "digest", fx_node_str(a, dg ? dg : "", img->loc));
			fx_seq_push(a, list, e);
			continue;
		}
		if (nn)
			fx_map_set(a, found, "newName", fx_node_str(a, nn, img->loc));
		if (nt || dg) {
			fx_map_set(a, found, "newTag", fx_node_str(a, nt ? nt : "", img->loc));
			fx_map_set(a, found, "digest", fx_node_str(a, dg ? dg : "", img->loc));
		}
	}
}

int fx_kust__flux_overlay(fx_kust__build *b, fx_kust__target *kt, const fx_node *spec)
{
	fx_arena *a = b->a;
	fx_node *k = kt->k;
	const fx_node *v;
	if (!spec || spec->kind != FX_MAP)
		return 0;
	if ((v = fx_map_get(spec, "targetNamespace")) && v->kind == FX_STR && v->u.s.len)
		fx_map_set(a, k, "namespace", fx_node_copy(a, v));
	if ((v = fx_map_get(spec, "namePrefix")) && v->kind == FX_STR && v->u.s.len)
		fx_map_set(a, k, "namePrefix", fx_node_copy(a, v));
	if ((v = fx_map_get(spec, "nameSuffix")) && v->kind == FX_STR && v->u.s.len)
		fx_map_set(a, k, "nameSuffix", fx_node_copy(a, v));

	const fx_node *patches = fx_map_get(spec, "patches");
	for (size_t i = 0; i < fx_seq_len(patches); i++) {
		const fx_node *p = fx_seq_at(patches, i);
		fx_node *e = fx_node_map(a, p->loc);
		copy_str(a, e, p, "patch");
		const fx_node *t = fx_map_get(p, "target");
		if (t && t->kind == FX_MAP)
			fx_map_set(a, e, "target", copy_selector(a, t));
		fx_seq_push(a, ensure_seq(a, k, "patches", p->loc), e);
	}

	const fx_node *comps = fx_map_get(spec, "components");
	const fx_node *imc = fx_map_get(spec, "ignoreMissingComponents");
	bool ignore_missing = imc && imc->kind == FX_BOOL && imc->u.b;
	fx_strbuf p = FX_STRBUF_INIT;
	for (size_t i = 0; i < fx_seq_len(comps); i++) {
		const fx_node *c = fx_seq_at(comps, i);
		const char *s = fx_node_strval(c);
		if (!s)
			continue;
		if (!component_local(s)) {
			fx_sb_dispose(&p);
			return fx_error(b->ctx, c->loc, "FX3095",
					"component path '%s' must be local and relative", s);
		}
		if (ignore_missing) {
			fx_vfs_type t;
			const char *rel = strncmp(s, "file://", 7) == 0 ? s + 7 : s;
			if (fx_vfs_join(kt->dir, rel, &p) != 0 || fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t) != 0) {
				fx_sb_clear(&p);
				continue;
			}
			fx_sb_clear(&p);
		}
		fx_seq_push(a, ensure_seq(a, k, "components", c->loc), fx_node_copy(a, c));
	}
	fx_sb_dispose(&p);

	const fx_node *psm = fx_map_get(spec, "patchesStrategicMerge");
	for (size_t i = 0; i < fx_seq_len(psm); i++)
		fx_seq_push(a, ensure_seq(a, k, "patchesStrategicMerge", psm->loc),
			    fx_node_copy(a, fx_seq_at(psm, i)));

	const fx_node *pj = fx_map_get(spec, "patchesJson6902");
	for (size_t i = 0; i < fx_seq_len(pj); i++) {
		const fx_node *p6 = fx_seq_at(pj, i);
		fx_node *e = fx_node_map(a, p6->loc);
		const fx_node *t = fx_map_get(p6, "target");
		if (t && t->kind == FX_MAP)
			fx_map_set(a, e, "target", copy_selector(a, t));
		const fx_node *ops = fx_map_get(p6, "patch");
		if (ops)
			fx_map_set(a, e, "patch", fx_node_copy(a, ops));
		fx_seq_push(a, ensure_seq(a, k, "patchesJson6902", p6->loc), e);
	}

	merge_images(a, k, fx_map_get(spec, "images"));

	const fx_node *bm = fx_map_get(spec, "buildMetadata");
	if (fx_seq_len(bm))
		fx_map_set(a, k, "buildMetadata", fx_node_copy(a, bm));
	return 0;
}
