/*
 * vfs sub-tree views: a directory of another tree as a tree of its own.
 *
 * Part of src/vfs.  The view's root is the *physical* directory the
 * sub-path resolved to in the parent; every raw operation is forwarded to
 * the parent's backend with that base prepended.  Because resolve.c runs
 * on the view, links are confined to the view's root, not the parent's.
 */
#include "vfs/vfs_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_vfs *parent;
	char *base; /* physical path in the parent, "" for its root */
	bool owns_parent;
} subv;

static const char *fwd(const subv *s, const char *path, fx_strbuf *buf)
{
	fx_sb_clear(buf);
	fx_sb_adds(buf, s->base);
	if (s->base[0] && path[0])
		fx_sb_addc(buf, '/');
	fx_sb_adds(buf, path);
	return fx_sb_cstr(buf);
}

static int sub_lstat(fx_vfs *fs, const char *path, fx_vfs__kind *kind_out, fx_strbuf *err)
{
	subv *s = fs->impl;
	fx_strbuf b = FX_STRBUF_INIT;
	int rc = s->parent->ops->lstat(s->parent, fwd(s, path, &b), kind_out, err);
	fx_sb_dispose(&b);
	return rc;
}

static int sub_readlink(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	subv *s = fs->impl;
	fx_strbuf b = FX_STRBUF_INIT;
	int rc = s->parent->ops->readlink(s->parent, fwd(s, path, &b), out, err);
	fx_sb_dispose(&b);
	return rc;
}

static int sub_read(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	subv *s = fs->impl;
	fx_strbuf b = FX_STRBUF_INIT;
	int rc = s->parent->ops->read(s->parent, fwd(s, path, &b), out, err);
	fx_sb_dispose(&b);
	return rc;
}

static int sub_list(fx_vfs *fs, const char *path, fx_arena *a, fx_ptrvec *out, fx_strbuf *err)
{
	subv *s = fs->impl;
	fx_strbuf b = FX_STRBUF_INIT;
	int rc = s->parent->ops->list(s->parent, fwd(s, path, &b), a, out, err);
	fx_sb_dispose(&b);
	return rc;
}

static int sub_map_abs(fx_vfs *fs, const char *target, fx_strbuf *out)
{
	subv *s = fs->impl;
	if (!s->parent->ops->map_abs)
		return FX_EDENIED;
	fx_strbuf p = FX_STRBUF_INIT;
	int rc = s->parent->ops->map_abs(s->parent, target, &p);
	if (rc == 0) {
		size_t n = strlen(s->base);
		const char *q = fx_sb_cstr(&p);
		if (n == 0) {
			fx_sb_clear(out);
			fx_sb_adds(out, q);
		} else if (strncmp(q, s->base, n) == 0 && (q[n] == '\0' || q[n] == '/')) {
			fx_sb_clear(out);
			fx_sb_adds(out, q[n] ? q + n + 1 : q + n);
		} else {
			rc = FX_EDENIED;
		}
	}
	fx_sb_dispose(&p);
	return rc;
}

static void sub_dispose(fx_vfs *fs)
{
	subv *s = fs->impl;
	if (s->owns_parent)
		fx_vfs_free(s->parent);
	free(s->base);
	free(s);
}

static const fx_vfs__ops sub_ops = {
	.lstat = sub_lstat,
	.readlink = sub_readlink,
	.read = sub_read,
	.list = sub_list,
	.dispose = sub_dispose,
	.map_abs = sub_map_abs,
};


int fx_vfs__open_sub(fx_ctx *ctx, fx_vfs *fs, const char *sub, bool owns_parent, fx_vfs **out)
{
	fx_strbuf phys = FX_STRBUF_INIT, why = FX_STRBUF_INIT, disp = FX_STRBUF_INIT;
	fx_strbuf desc = FX_STRBUF_INIT, noun = FX_STRBUF_INIT;
	fx_vfs__kind k = FX_VFS__NONE;
	*out = NULL;
	int rc = fx_vfs__resolve(fs, sub, &phys, &k, &why);
	if (rc == 0 && k != FX_VFS__DIR) {
		fx_sb_adds(&why, "is a file, not a directory");
		rc = FX_EINVALID;
	}
	fx_vfs_display_name(fs, sub, &disp);
	if (rc != 0) {
		if (rc == FX_EDENIED)
			fx_error(ctx, FX_LOC_NONE, "FX0102", "%s", fx_sb_cstr(&why));
		else
			fx_error(ctx, FX_LOC_NONE, rc == FX_ENOTFOUND ? "FX0101" : "FX0104",
				 "opening directory '%s': %s", fx_sb_cstr(&disp), fx_sb_cstr(&why));
		goto out;
	}
	subv *s = fx_xcalloc(1, sizeof *s);
	s->parent = fs;
	s->base = fx_sb_detach(&phys);
	s->owns_parent = owns_parent;
	fx_sb_adds(&desc, fs->describe);
	if (s->base[0]) {
		size_t dl = strlen(fs->describe);
		if (dl && fs->describe[dl - 1] != ':' && fs->describe[dl - 1] != '/')
			fx_sb_addc(&desc, '/');
		fx_sb_adds(&desc, s->base);
	}
	fx_sb_addf(&noun, "directory '%s'", fx_sb_cstr(&disp));
	fx_vfs *v = fx_vfs__new(&sub_ops, s, fx_sb_cstr(&desc), fx_sb_cstr(&noun));
	v->symlinks = fs->symlinks;
	/* keep names relative to the parent's display root */
	fx_sb_clear(&disp);
	fx_vfs_display_name(fs, sub, &disp);
	if (strcmp(fx_sb_cstr(&disp), ".") == 0)
		fx_sb_clear(&disp);
	fx_vfs_set_display_prefix(v, fx_sb_cstr(&disp));
	*out = v;
out:
	fx_sb_dispose(&phys);
	fx_sb_dispose(&why);
	fx_sb_dispose(&disp);
	fx_sb_dispose(&desc);
	fx_sb_dispose(&noun);
	return rc;
}

int fx_vfs_open_sub(fx_ctx *ctx, fx_vfs *fs, const char *sub, fx_vfs **out)
{
	FX_ASSERT(fs && sub && out);
	return fx_vfs__open_sub(ctx, fs, sub, false, out);
}
