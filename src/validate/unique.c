/*
 * validate unique: duplicate identities across a render (validation spec
 * §7.5).
 *
 * Part of src/validate.  The identity is (group, kind, namespace, name):
 * the version is not part of it, and the namespace of a cluster-scoped
 * kind does not count (the API server ignores it).  The first object in
 * render order wins; each later one is reported at its name with a note
 * at the first, naming the units that emitted both.
 */
#include "validate/validate.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	const fx_node *obj;
	const char *owner;
} seen;

/* The identity key of obj, or false when it has none. */
static bool identity_key(const fx_node *obj, const fx_strmap *scopes, fx_strbuf *key,
			 fx_strbuf *shown)
{
	const char *av = fx_map_get_str(obj, "apiVersion");
	const char *kind = fx_map_get_str(obj, "kind");
	const fx_node *meta = fx_map_get(obj, "metadata");
	const char *name = fx_map_get_str(meta, "name");
	const char *ns = fx_map_get_str(meta, "namespace");
	if (!av || !kind || !name || !name[0])
		return false;
	size_t gl = fx_validate_group_len(av);
	char *group = fx_xstrndup(av, gl);
	if (!ns || fx_validate_kind_scope_in(scopes, group, kind) == 1)
		ns = "";
	fx_sb_clear(key);
	fx_sb_add(key, group, gl);
	fx_sb_addc(key, '\x1f');
	fx_sb_adds(key, kind);
	fx_sb_addc(key, '\x1f');
	fx_sb_adds(key, ns);
	fx_sb_addc(key, '\x1f');
	fx_sb_adds(key, name);
	fx_sb_clear(shown);
	fx_sb_adds(shown, kind);
	if (ns[0])
		fx_sb_addf(shown, "/%s", ns);
	fx_sb_addf(shown, "/%s", name);
	free(group);
	return true;
}

static fx_loc name_loc(const fx_node *obj)
{
	const fx_node *name = fx_map_path(obj, "metadata", "name", NULL);
	return name ? name->loc : obj->loc;
}

static int check_one(fx_ctx *ctx, fx_strmap *map, fx_ptrvec *store, const fx_node *obj,
		     const char *owner, const fx_strmap *scopes, fx_strbuf *key, fx_strbuf *shown)
{
	if (!obj || obj->kind != FX_MAP || !identity_key(obj, scopes, key, shown))
		return 0;
	seen *first = fx_strmap_get(map, fx_sb_cstr(key));
	if (!first) {
		seen *s = fx_xcalloc(1, sizeof *s);
		s->obj = obj;
		s->owner = owner;
		fx_ptrvec_push(store, s);
		fx_strmap_put(map, fx_sb_cstr(key), s);
		return 0;
	}
	if (owner && first->owner && strcmp(owner, first->owner) != 0)
		fx_error(ctx, name_loc(obj), "FX7403",
			 "/metadata/name: duplicate object %s, emitted by both %s and %s",
			 fx_sb_cstr(shown), first->owner, owner);
	else if (owner && first->owner)
		fx_error(ctx, name_loc(obj), "FX7403",
			 "/metadata/name: duplicate object %s, emitted twice by %s", fx_sb_cstr(shown),
			 owner);
	else
		fx_error(ctx, name_loc(obj), "FX7403", "/metadata/name: duplicate object %s",
			 fx_sb_cstr(shown));
	fx_note(ctx, name_loc(first->obj), "first defined here");
	return 1;
}

int fx_validate_unique(fx_ctx *ctx, fx_node *const *objs, size_t n, const char *const *owners)
{
	return fx_validate_unique_scoped(ctx, objs, n, owners, NULL);
}

int fx_validate_unique_scoped(fx_ctx *ctx, fx_node *const *objs, size_t n,
			      const char *const *owners, const fx_strmap *scopes)
{
	fx_strmap *map = fx_strmap_new();
	fx_ptrvec store = FX_PTRVEC_INIT;
	fx_strbuf key = FX_STRBUF_INIT, shown = FX_STRBUF_INIT;
	int dups = 0;
	for (size_t i = 0; i < n; i++) {
		const fx_node *obj = objs[i];
		const char *owner = owners ? owners[i] : NULL;
		const char *kind = fx_map_get_str(obj, "kind");
		const fx_node *items = fx_map_get(obj, "items");
		size_t kl = kind ? strlen(kind) : 0;
		if (kl >= 4 && strcmp(kind + kl - 4, "List") == 0 && items && items->kind == FX_SEQ) {
			for (size_t j = 0; j < items->u.seq.len; j++)
				dups += check_one(ctx, map, &store, items->u.seq.items[j], owner,
						  scopes, &key, &shown);
			continue;
		}
		dups += check_one(ctx, map, &store, obj, owner, scopes, &key, &shown);
	}
	for (size_t i = 0; i < store.len; i++)
		free(store.items[i]);
	fx_ptrvec_dispose(&store);
	fx_strmap_free(map);
	fx_sb_dispose(&key);
	fx_sb_dispose(&shown);
	return dups;
}
