/*
 * vfs internals: the one tree type and the raw operations a backend
 * provides.
 *
 * A backend only answers questions about *physical* paths: paths that are
 * already clean, relative to its root, and whose every directory component
 * is a real directory (never a symlink).  resolve.c turns a caller's path
 * into such a physical path, one component at a time, following symlinks
 * while they stay inside the root; the backends never see `..` nor follow
 * a link themselves.  This keeps confinement in one place for every tree.
 */
#ifndef FX_VFS_INT_H
#define FX_VFS_INT_H

#include "vfs/vfs.h"

/* What a backend reports for one physical path. */
typedef enum {
	FX_VFS__NONE = 0,
	FX_VFS__FILE = 1,
	FX_VFS__DIR = 2,
	FX_VFS__LINK = 3,
} fx_vfs__kind;

/* One raw directory entry as the backend sees it (links unresolved). */
typedef struct {
	const char *name; /* owned by the listing's arena */
	fx_vfs__kind kind;
} fx_vfs__raw_entry;

typedef struct {
	/* Kind of `path` without following a final symlink; FX__NONE when
	 * absent.  Returns 0, or -1 with a reason in `err` (I/O failure). */
	int (*lstat)(fx_vfs *fs, const char *path, fx_vfs__kind *kind_out, fx_strbuf *err);
	/* Target text of the link at `path`. */
	int (*readlink)(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err);
	/* Appends the content of the regular file at `path`. */
	int (*read)(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err);
	/* Pushes fx_vfs__raw_entry * (allocated in `a`) for the directory at
	 * `path`, any order. */
	int (*list)(fx_vfs *fs, const char *path, fx_arena *a, fx_ptrvec *out, fx_strbuf *err);
	/* Releases the backend's state (not the fx_vfs itself). */
	void (*dispose)(fx_vfs *fs);
	/* Maps an absolute link target onto a root-relative path: 0 and the
	 * path in `out`, or -1 when it lies outside the root.  NULL: absolute
	 * targets always leave the root. */
	int (*map_abs)(fx_vfs *fs, const char *target, fx_strbuf *out);
} fx_vfs__ops;

struct fx_vfs {
	const fx_vfs__ops *ops;
	void *impl;           /* backend state */
	char *describe;       /* malloc'd */
	char *prefix;         /* malloc'd display prefix, "" by default */
	char *root_noun;      /* malloc'd: "repository root", ... */
	fx_vfs_symlinks symlinks;
};

/* Allocates a tree with the given ops; `describe` is copied. */
fx_vfs *fx_vfs__new(const fx_vfs__ops *ops, void *impl, const char *describe,
		    const char *root_noun);

/* Resolves a caller path to a physical path.  follow_last: whether a
 * final symlink is followed.  On failure returns FX_ENOTFOUND,
 * FX_EDENIED, FX_ELIMIT or FX_EFAIL with a human reason in `why`. */
int fx_vfs__resolve(fx_vfs *fs, const char *path, fx_strbuf *phys_out, fx_vfs__kind *kind_out,
		    fx_strbuf *why);

/* A view of `sub` in `fs`; owns_parent: freeing the view frees `fs`. */
int fx_vfs__open_sub(fx_ctx *ctx, fx_vfs *fs, const char *sub, bool owns_parent, fx_vfs **out);

/* The in-memory backend, shared by memory and archive trees. */
typedef struct fx_vfs__mem fx_vfs__mem;
extern const fx_vfs__ops fx_vfs__mem_ops;
fx_vfs__mem *fx_vfs__mem_new(void);
/* Adds a link (the target is kept as text, resolved on use). */
int fx_vfs__mem_put(fx_vfs__mem *m, const char *clean_path, fx_vfs__kind kind, const char *data,
		    size_t len);
/* Kind, content and length of a node (content "" when absent). */
const char *fx_vfs__mem_get(fx_vfs__mem *m, const char *clean_path, fx_vfs__kind *kind_out,
			    size_t *len_out);
void fx_vfs__mem_free(fx_vfs__mem *m);

#endif
