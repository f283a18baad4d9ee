/*
 * vfs resolution: the one place where confinement is enforced.
 *
 * Part of src/vfs.  Every public read, list and stat goes through
 * fx_vfs__resolve, which cleans the caller's path, then walks it one
 * component at a time asking the backend what each prefix is.  A symlink
 * restarts the walk at its target (relative to the link's directory, or
 * re-rooted through the backend's map_abs for absolute targets); a target
 * that climbs above the root is refused, and the number of hops is
 * bounded so that loops end.  Backends therefore only ever see physical
 * paths made of real directories.
 */
#include "vfs/vfs_int.h"

#include <stdlib.h>
#include <string.h>

/* Same bound as Linux's MAXSYMLINKS. */
#define MAX_HOPS 40

fx_vfs *fx_vfs__new(const fx_vfs__ops *ops, void *impl, const char *describe,
		    const char *root_noun)
{
	fx_vfs *fs = fx_xcalloc(1, sizeof *fs);
	fs->ops = ops;
	fs->impl = impl;
	fs->describe = fx_xstrdup(describe);
	fs->prefix = fx_xstrdup("");
	fs->root_noun = fx_xstrdup(root_noun);
	fs->symlinks = FX_VFS_SYMLINKS_FOLLOW;
	return fs;
}

void fx_vfs_free(fx_vfs *fs)
{
	if (!fs)
		return;
	if (fs->ops->dispose)
		fs->ops->dispose(fs);
	free(fs->describe);
	free(fs->prefix);
	free(fs->root_noun);
	free(fs);
}

const char *fx_vfs_describe(const fx_vfs *fs)
{
	return fs->describe;
}

void fx_vfs_set_display_prefix(fx_vfs *fs, const char *prefix)
{
	free(fs->prefix);
	fs->prefix = fx_xstrdup(prefix ? prefix : "");
}

void fx_vfs_set_symlinks(fx_vfs *fs, fx_vfs_symlinks mode)
{
	fs->symlinks = mode;
}

/* Appends prefix + path without cleaning. */
static void display_raw(const fx_vfs *fs, const char *clean, fx_strbuf *out)
{
	size_t pl = strlen(fs->prefix);
	if (pl == 0) {
		fx_sb_adds(out, clean[0] ? clean : ".");
		return;
	}
	if (!clean[0]) {
		/* the root itself: the prefix without a trailing '/' */
		if (pl > 1 && fs->prefix[pl - 1] == '/')
			pl--;
		fx_sb_add(out, fs->prefix, pl);
		return;
	}
	fx_sb_adds(out, fs->prefix);
	char last = fs->prefix[pl - 1];
	if (last != '/' && last != ':')
		fx_sb_addc(out, '/');
	fx_sb_adds(out, clean);
}

void fx_vfs_display_name(const fx_vfs *fs, const char *path, fx_strbuf *out)
{
	fx_strbuf c = FX_STRBUF_INIT;
	if (fx_vfs_clean(path, &c) == 0)
		display_raw(fs, fx_sb_cstr(&c), out);
	else
		display_raw(fs, path, out);
	fx_sb_dispose(&c);
}

uint32_t fx_vfs_src_id(fx_ctx *ctx, const fx_vfs *fs, const char *path)
{
	fx_strbuf name = FX_STRBUF_INIT;
	fx_vfs_display_name(fs, path, &name);
	uint32_t id = fx_src_add(ctx, fx_sb_cstr(&name));
	fx_sb_dispose(&name);
	return id;
}

/* ------------------------------------------------------------------ */
/* Resolution                                                           */

int fx_vfs__resolve(fx_vfs *fs, const char *path, fx_strbuf *phys_out, fx_vfs__kind *kind_out,
		    fx_strbuf *why)
{
	fx_strbuf rest = FX_STRBUF_INIT, cur = FX_STRBUF_INIT, cand = FX_STRBUF_INIT;
	fx_strbuf target = FX_STRBUF_INIT, base = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
	fx_vfs__kind kind = FX_VFS__DIR;
	int hops = 0;
	int rc = 0;

	if (fx_vfs_clean(path, &rest) != 0) {
		fx_sb_addf(why, "path '%s' leaves the %s", path, fs->root_noun);
		rc = FX_EDENIED;
		goto out;
	}
	size_t pos = 0;
	while (pos < rest.len) {
		const char *comp = rest.ptr + pos;
		const char *slash = strchr(comp, '/');
		size_t n = slash ? (size_t)(slash - comp) : strlen(comp);
		size_t next = pos + n + (slash ? 1 : 0);
		bool last = next >= rest.len;

		fx_sb_clear(&cand);
		fx_sb_add(&cand, cur.ptr ? cur.ptr : "", cur.len);
		if (cand.len)
			fx_sb_addc(&cand, '/');
		fx_sb_add(&cand, comp, n);

		fx_sb_clear(&err);
		if (fs->ops->lstat(fs, fx_sb_cstr(&cand), &kind, &err) != 0) {
			fx_sb_addf(why, "%s", fx_sb_cstr(&err));
			rc = FX_EFAIL;
			goto out;
		}
		switch (kind) {
		case FX_VFS__NONE:
			fx_sb_adds(why, last ? "no such file or directory"
					     : "no such directory: '");
			if (!last) {
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_adds(why, "'");
			}
			rc = FX_ENOTFOUND;
			goto out;
		case FX_VFS__FILE:
			if (!last) {
				fx_sb_adds(why, "'");
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_adds(why, "' is a file, not a directory");
				rc = FX_ENOTFOUND;
				goto out;
			}
			/* fall through */
		case FX_VFS__DIR:
			fx_sb_clear(&cur);
			fx_sb_add(&cur, cand.ptr, cand.len);
			pos = next;
			break;
		case FX_VFS__LINK:
			if (fs->symlinks == FX_VFS_SYMLINKS_DROP) {
				fx_sb_adds(why, "no such file or directory ('");
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_adds(why, "' is a symbolic link; symlinks are not part of "
						"a source artifact)");
				rc = FX_ENOTFOUND;
				goto out;
			}
			if (++hops > MAX_HOPS) {
				fx_sb_adds(why, "too many levels of symbolic links at '");
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_adds(why, "' (a symlink loop?)");
				rc = FX_ELIMIT;
				goto out;
			}
			fx_sb_clear(&target);
			fx_sb_clear(&err);
			if (fs->ops->readlink(fs, fx_sb_cstr(&cand), &target, &err) != 0) {
				fx_sb_addf(why, "%s", fx_sb_cstr(&err));
				rc = FX_EFAIL;
				goto out;
			}
			int jrc;
			const char *t = fx_sb_cstr(&target);
			if (t[0] == '/')
				jrc = fs->ops->map_abs ? fs->ops->map_abs(fs, t, &base) : FX_EDENIED;
			else
				jrc = fx_vfs_join(fx_sb_cstr(&cur), t, &base);
			if (jrc != 0) {
				fx_sb_addf(why, "path '%s' leaves the %s: symlink '", path,
					   fs->root_noun);
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_addf(why, "' points to '%s'", t);
				rc = FX_EDENIED;
				goto out;
			}
			if (t[0] == '\0') {
				fx_sb_adds(why, "symlink '");
				display_raw(fs, fx_sb_cstr(&cand), why);
				fx_sb_adds(why, "' has an empty target");
				rc = FX_ENOTFOUND;
				goto out;
			}
			/* restart from the root at target + remaining components
			 * (both clean, and the remainder has no `..`) */
			if (!last) {
				if (base.len)
					fx_sb_addc(&base, '/');
				fx_sb_adds(&base, rest.ptr + next);
			}
			fx_sb_clear(&rest);
			fx_sb_add(&rest, fx_sb_cstr(&base), base.len);
			fx_sb_clear(&cur);
			kind = FX_VFS__DIR;
			pos = 0;
			break;
		}
	}
	if (phys_out) {
		fx_sb_clear(phys_out);
		fx_sb_add(phys_out, fx_sb_cstr(&cur), cur.len);
	}
	*kind_out = kind;
out:
	fx_sb_dispose(&rest);
	fx_sb_dispose(&cur);
	fx_sb_dispose(&cand);
	fx_sb_dispose(&target);
	fx_sb_dispose(&base);
	fx_sb_dispose(&err);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Public operations                                                    */

int fx_vfs_stat(fx_vfs *fs, const char *path, fx_vfs_type *type_out)
{
	fx_strbuf why = FX_STRBUF_INIT;
	fx_vfs__kind k = FX_VFS__NONE;
	int rc = fx_vfs__resolve(fs, path, NULL, &k, &why);
	fx_sb_dispose(&why);
	if (rc == FX_EDENIED)
		return rc;
	if (rc != 0)
		return FX_ENOTFOUND;
	if (type_out)
		*type_out = k == FX_VFS__DIR ? FX_VFS_DIR : FX_VFS_FILE;
	return 0;
}

static const char *code_for(int rc)
{
	switch (rc) {
	case FX_ENOTFOUND:
		return "FX0101";
	case FX_EDENIED:
		return "FX0102";
	case FX_ELIMIT:
		return "FX0103";
	default:
		return "FX0104";
	}
}

/* Records the diagnostic for a failed resolution. */
static int report(fx_ctx *ctx, fx_vfs *fs, fx_loc at, const char *verb, const char *path,
		  int rc, const fx_strbuf *why)
{
	if (rc == FX_EDENIED) {
		fx_error(ctx, at, code_for(rc), "%s", fx_sb_cstr(why));
		return rc;
	}
	fx_strbuf name = FX_STRBUF_INIT;
	fx_vfs_display_name(fs, path, &name);
	fx_error(ctx, at, code_for(rc), "%s '%s': %s", verb, fx_sb_cstr(&name), fx_sb_cstr(why));
	fx_sb_dispose(&name);
	return rc;
}

int fx_vfs_read(fx_ctx *ctx, fx_vfs *fs, const char *path, fx_loc at, fx_strbuf *out)
{
	fx_strbuf phys = FX_STRBUF_INIT, why = FX_STRBUF_INIT;
	fx_vfs__kind k = FX_VFS__NONE;
	int rc = fx_vfs__resolve(fs, path, &phys, &k, &why);
	if (rc != 0) {
		if (rc == FX_ENOTFOUND && strcmp(fx_sb_cstr(&why), "no such file or directory") == 0) {
			fx_sb_clear(&why);
			fx_sb_adds(&why, "no such file");
		}
		report(ctx, fs, at, "reading", path, rc, &why);
		goto out;
	}
	if (k == FX_VFS__DIR) {
		fx_sb_adds(&why, "is a directory, not a file");
		rc = report(ctx, fs, at, "reading", path, FX_EINVALID, &why);
		goto out;
	}
	if (fs->ops->read(fs, fx_sb_cstr(&phys), out, &why) != 0)
		rc = report(ctx, fs, at, "reading", path, FX_EFAIL, &why);
out:
	fx_sb_dispose(&phys);
	fx_sb_dispose(&why);
	return rc;
}

static int entry_cmp(const void *a, const void *b)
{
	const fx_vfs_entry *x = a, *y = b;
	return strcmp(x->name, y->name);
}

int fx_vfs_list(fx_ctx *ctx, fx_vfs *fs, const char *path, fx_loc at, fx_vfs_dir *out)
{
	fx_strbuf phys = FX_STRBUF_INIT, why = FX_STRBUF_INIT, sub = FX_STRBUF_INIT;
	fx_ptrvec raw = FX_PTRVEC_INIT;
	fx_vfs__kind k = FX_VFS__NONE;
	out->items = NULL;
	out->len = 0;
	out->arena = NULL;
	int rc = fx_vfs__resolve(fs, path, &phys, &k, &why);
	if (rc != 0) {
		if (rc == FX_ENOTFOUND && strcmp(fx_sb_cstr(&why), "no such file or directory") == 0) {
			fx_sb_clear(&why);
			fx_sb_adds(&why, "no such directory");
		}
		report(ctx, fs, at, "listing", path, rc, &why);
		goto out;
	}
	if (k != FX_VFS__DIR) {
		fx_sb_adds(&why, "is a file, not a directory");
		rc = report(ctx, fs, at, "listing", path, FX_EINVALID, &why);
		goto out;
	}
	out->arena = fx_arena_new();
	if (fs->ops->list(fs, fx_sb_cstr(&phys), out->arena, &raw, &why) != 0) {
		rc = report(ctx, fs, at, "listing", path, FX_EFAIL, &why);
		fx_vfs_dir_dispose(out);
		goto out;
	}
	out->items = fx_arena_alloc(out->arena, (raw.len ? raw.len : 1) * sizeof *out->items);
	for (size_t i = 0; i < raw.len; i++) {
		fx_vfs__raw_entry *e = raw.items[i];
		fx_vfs_type t;
		if (e->kind == FX_VFS__FILE) {
			t = FX_VFS_FILE;
		} else if (e->kind == FX_VFS__DIR) {
			t = FX_VFS_DIR;
		} else if (e->kind == FX_VFS__LINK) {
			fx_vfs__kind lk = FX_VFS__NONE;
			fx_sb_clear(&sub);
			fx_sb_add(&sub, fx_sb_cstr(&phys), phys.len);
			if (sub.len)
				fx_sb_addc(&sub, '/');
			fx_sb_adds(&sub, e->name);
			fx_sb_clear(&why);
			int lrc = fx_vfs__resolve(fs, fx_sb_cstr(&sub), NULL, &lk, &why);
			if (lrc == FX_EDENIED || lrc == FX_ELIMIT) {
				/* dangling and dropped links are simply absent; a
				 * link that escapes or loops deserves a word */
				fx_strbuf name = FX_STRBUF_INIT;
				display_raw(fs, fx_sb_cstr(&sub), &name);
				fx_warn(ctx, at, code_for(lrc), "skipping '%s': %s", fx_sb_cstr(&name),
					fx_sb_cstr(&why));
				fx_sb_dispose(&name);
			}
			if (lrc != 0)
				continue;
			t = lk == FX_VFS__DIR ? FX_VFS_DIR : FX_VFS_FILE;
		} else {
			continue;
		}
		out->items[out->len].name = e->name;
		out->items[out->len].type = t;
		out->len++;
	}
	qsort(out->items, out->len, sizeof *out->items, entry_cmp);
out:
	fx_ptrvec_dispose(&raw);
	fx_sb_dispose(&phys);
	fx_sb_dispose(&why);
	fx_sb_dispose(&sub);
	return rc;
}

void fx_vfs_dir_dispose(fx_vfs_dir *d)
{
	if (!d)
		return;
	fx_arena_free(d->arena);
	d->arena = NULL;
	d->items = NULL;
	d->len = 0;
}
