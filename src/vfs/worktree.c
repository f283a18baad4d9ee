/*
 * vfs work-tree backend: a directory on the host file system.
 *
 * Part of src/vfs.  Answers lstat/readlink/read/list for physical paths
 * under the root; resolve.c has already made sure every directory on the
 * way is a real directory inside the root, so nothing here follows a
 * link (files are opened with O_NOFOLLOW).  Absolute link targets count
 * as inside the tree only when they name a path under the root (as given
 * or as canonicalised by realpath).
 */
#include "vfs/vfs_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	char *root;  /* absolute, clean, no trailing '/' */
	char *real;  /* realpath of root */
} wt;

static void host_path(const wt *w, const char *path, fx_strbuf *out)
{
	fx_sb_clear(out);
	fx_sb_adds(out, w->root);
	if (path[0]) {
		fx_sb_addc(out, '/');
		fx_sb_adds(out, path);
	}
}

static fx_vfs__kind kind_of(mode_t m)
{
	if (S_ISREG(m))
		return FX_VFS__FILE;
	if (S_ISDIR(m))
		return FX_VFS__DIR;
	if (S_ISLNK(m))
		return FX_VFS__LINK;
	return FX_VFS__NONE; /* fifos, sockets, devices: not content */
}

static int wt_lstat(fx_vfs *fs, const char *path, fx_vfs__kind *kind_out, fx_strbuf *err)
{
	fx_strbuf hp = FX_STRBUF_INIT;
	struct stat st;
	int rc = 0;
	host_path(fs->impl, path, &hp);
	if (lstat(fx_sb_cstr(&hp), &st) != 0) {
		if (errno == ENOENT || errno == ENOTDIR) {
			*kind_out = FX_VFS__NONE;
		} else {
			fx_sb_addf(err, "%s", strerror(errno));
			rc = -1;
		}
	} else {
		*kind_out = kind_of(st.st_mode);
	}
	fx_sb_dispose(&hp);
	return rc;
}

static int wt_readlink(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	fx_strbuf hp = FX_STRBUF_INIT;
	size_t cap = 256;
	int rc = -1;
	host_path(fs->impl, path, &hp);
	for (;;) {
		char *buf = fx_xmalloc(cap);
		ssize_t n = readlink(fx_sb_cstr(&hp), buf, cap);
		if (n < 0) {
			fx_sb_addf(err, "%s", strerror(errno));
			free(buf);
			break;
		}
		if ((size_t)n < cap) {
			fx_sb_add(out, buf, (size_t)n);
			free(buf);
			rc = 0;
			break;
		}
		free(buf);
		cap *= 2;
	}
	fx_sb_dispose(&hp);
	return rc;
}

static int wt_read(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	fx_strbuf hp = FX_STRBUF_INIT;
	int rc = -1;
	host_path(fs->impl, path, &hp);
	int fd = open(fx_sb_cstr(&hp), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		fx_sb_addf(err, "%s", strerror(errno));
		goto out;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		fx_sb_adds(err, "not a regular file");
		goto out;
	}
	if (st.st_size > 0)
		fx_sb_grow(out, (size_t)st.st_size);
	for (;;) {
		fx_sb_grow(out, 65536);
		ssize_t n = read(fd, out->ptr + out->len, out->cap - out->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fx_sb_addf(err, "%s", strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		out->ptr[out->len] = '\0';
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	fx_sb_dispose(&hp);
	return rc;
}

static int wt_list(fx_vfs *fs, const char *path, fx_arena *a, fx_ptrvec *out, fx_strbuf *err)
{
	fx_strbuf hp = FX_STRBUF_INIT;
	int rc = -1;
	host_path(fs->impl, path, &hp);
	int fd = open(fx_sb_cstr(&hp), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		fx_sb_addf(err, "%s", strerror(errno));
		if (fd >= 0)
			close(fd);
		goto out;
	}
	struct dirent *de;
	while ((errno = 0, de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		struct stat st;
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
			continue; /* vanished meanwhile */
		fx_vfs__raw_entry *e = fx_arena_alloc(a, sizeof *e);
		e->name = fx_arena_strdup(a, de->d_name);
		e->kind = kind_of(st.st_mode);
		fx_ptrvec_push(out, e);
	}
	if (errno != 0) {
		fx_sb_addf(err, "%s", strerror(errno));
		closedir(d);
		goto out;
	}
	closedir(d);
	rc = 0;
out:
	fx_sb_dispose(&hp);
	return rc;
}

/* Strips `root` off the host path `p` (both clean and absolute). */
static int under(const char *root, const char *p, fx_strbuf *out)
{
	size_t n = strlen(root);
	if (strcmp(root, "/") == 0)
		n = 0;
	if (strncmp(p, root, n) != 0 || (p[n] != '\0' && p[n] != '/'))
		return -1;
	fx_sb_clear(out);
	fx_sb_adds(out, p[n] == '/' ? p + n + 1 : p + n);
	return 0;
}

static int wt_map_abs(fx_vfs *fs, const char *target, fx_strbuf *out)
{
	const wt *w = fs->impl;
	fx_strbuf c = FX_STRBUF_INIT;
	int rc = FX_EDENIED;
	fx_sb_addc(&c, '/');
	fx_strbuf rel = FX_STRBUF_INIT;
	fx_vfs_clean_clamped(target, &rel);
	fx_sb_adds(&c, fx_sb_cstr(&rel));
	if (under(w->root, fx_sb_cstr(&c), out) == 0 || under(w->real, fx_sb_cstr(&c), out) == 0)
		rc = 0;
	/* a target with `..` that climbs above '/' is odd but harmless:
	 * clamping matches what the kernel does */
	fx_sb_dispose(&rel);
	fx_sb_dispose(&c);
	return rc;
}

static void wt_dispose(fx_vfs *fs)
{
	wt *w = fs->impl;
	free(w->root);
	free(w->real);
	free(w);
}

static const fx_vfs__ops wt_ops = {
	.lstat = wt_lstat,
	.readlink = wt_readlink,
	.read = wt_read,
	.list = wt_list,
	.dispose = wt_dispose,
	.map_abs = wt_map_abs,
};

int fx_vfs_open_worktree(fx_ctx *ctx, const char *root, fx_vfs **out)
{
	FX_ASSERT(root && out);
	*out = NULL;
	struct stat st;
	if (stat(root, &st) != 0) {
		fx_error(ctx, FX_LOC_NONE, "FX0101", "cannot open directory '%s': %s", root,
			 strerror(errno));
		return FX_ENOTFOUND;
	}
	if (!S_ISDIR(st.st_mode))
		return fx_error(ctx, FX_LOC_NONE, "FX0104", "'%s' is not a directory", root);
	char *real = realpath(root, NULL);
	if (!real)
		return fx_error(ctx, FX_LOC_NONE, "FX0104", "cannot open directory '%s': %s", root,
				strerror(errno));
	/* absolute, lexically clean form of the root as given */
	fx_strbuf abs = FX_STRBUF_INIT, rel = FX_STRBUF_INIT;
	if (root[0] == '/') {
		fx_sb_adds(&abs, root);
	} else {
		char *cwd = getcwd(NULL, 0);
		fx_sb_adds(&abs, cwd ? cwd : "");
		fx_sb_addc(&abs, '/');
		fx_sb_adds(&abs, root);
		free(cwd);
	}
	fx_vfs_clean_clamped(fx_sb_cstr(&abs), &rel);
	fx_sb_clear(&abs);
	fx_sb_addc(&abs, '/');
	fx_sb_adds(&abs, fx_sb_cstr(&rel));
	if (abs.len > 1 && abs.ptr[abs.len - 1] == '/')
		fx_sb_truncate(&abs, abs.len - 1);
	fx_sb_dispose(&rel);

	wt *w = fx_xcalloc(1, sizeof *w);
	w->root = fx_sb_detach(&abs);
	w->real = real;
	*out = fx_vfs__new(&wt_ops, w, root, "repository root");
	return 0;
}
