/*
 * vfs paths: lexical cleaning and joining of root-relative paths.
 *
 * Part of src/vfs.  Paths are '/'-separated and relative to a tree's root;
 * the root itself is the empty string.  Cleaning is purely lexical (no
 * file system access); symlinks are resolved later by resolve.c.
 */
#include "vfs/vfs_int.h"

#include <string.h>

/* Walks the components of `path`, applying them to `out` (which holds a
 * clean path).  clamp: extra `..` are dropped instead of failing. */
static int apply(const char *path, bool clamp, fx_strbuf *out)
{
	const char *p = path;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 0 || (n == 1 && p[0] == '.')) {
			/* empty or "." component: nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (out->len == 0) {
				if (!clamp)
					return FX_EDENIED;
			} else {
				char *s = out->ptr;
				char *slash = memrchr(s, '/', out->len);
				fx_sb_truncate(out, slash ? (size_t)(slash - s) : 0);
			}
		} else {
			if (out->len)
				fx_sb_addc(out, '/');
			fx_sb_add(out, p, n);
		}
		p += n;
		if (*p == '/')
			p++;
	}
	return 0;
}

int fx_vfs_clean(const char *path, fx_strbuf *out)
{
	FX_ASSERT(path && out);
	fx_sb_clear(out);
	if (path[0] == '/')
		return FX_EDENIED;
	int rc = apply(path, false, out);
	if (rc)
		fx_sb_clear(out);
	return rc;
}

int fx_vfs_join(const char *dir, const char *rel, fx_strbuf *out)
{
	FX_ASSERT(dir && rel && out);
	fx_sb_clear(out);
	if (dir[0] == '/' || rel[0] == '/')
		return FX_EDENIED;
	int rc = apply(dir, false, out);
	if (rc == 0)
		rc = apply(rel, false, out);
	if (rc)
		fx_sb_clear(out);
	return rc;
}

void fx_vfs_clean_clamped(const char *path, fx_strbuf *out)
{
	FX_ASSERT(path && out);
	fx_sb_clear(out);
	(void)apply(path, true, out);
}

bool fx_vfs_is_vcs_dir(const char *name)
{
	return strcmp(name, ".git") == 0 || strcmp(name, ".hg") == 0 ||
	       strcmp(name, ".svn") == 0 || strcmp(name, ".bzr") == 0;
}
