/*
 * vfs: read-only file trees.
 *
 * One interface, several trees: the work tree on disk, a git revision read
 * from git objects (libgit2, no checkout), an unpacked chart archive, and
 * memory.  Paths are '/'-separated and relative to the tree's root ("" or
 * "." is the root).  Every path is confined to the root: a `..` that
 * would climb above it, or a symlink whose target leaves it, is refused
 * with FX_EDENIED and a located diagnostic.  Trees are values: every
 * engine (kustomize, Helm, the discovery walk) reads through this.
 *
 * Diagnostic codes: FX0101 no such file or directory, FX0102 a path or
 * symlink leaves the root, FX0103 too many symlink hops (a loop), FX0104
 * I/O error or wrong type (a directory read as a file), FX0105 git
 * (repository or revision), FX0106 archive.
 */
#ifndef FX_VFS_H
#define FX_VFS_H

#include "base/base.h"

typedef struct fx_vfs fx_vfs;

typedef enum {
	FX_VFS_FILE = 1,
	FX_VFS_DIR = 2,
} fx_vfs_type;

typedef struct {
	const char *name; /* entry name, no '/'; owned by the listing */
	fx_vfs_type type; /* symlinks are reported as what they point to */
} fx_vfs_entry;

typedef struct {
	fx_vfs_entry *items; /* sorted by name, bytewise */
	size_t len;
	fx_arena *arena; /* owns names; freed by fx_vfs_dir_dispose */
} fx_vfs_dir;

/* Opens the directory `root` on the host file system as a tree. */
int fx_vfs_open_worktree(fx_ctx *ctx, const char *root, fx_vfs **out);
/* Opens revision `rev` (anything git rev-parse accepts: a branch, tag,
 * commit, "HEAD~1") of the repository that contains host directory
 * `repo_dir`.  `subdir` ("" for the whole repository) selects a directory
 * of that revision as the tree's root. */
int fx_vfs_open_git(fx_ctx *ctx, const char *repo_dir, const char *rev, const char *subdir,
		    fx_vfs **out);
/* An empty in-memory tree; fill it with fx_vfs_mem_add. */
fx_vfs *fx_vfs_new_mem(void);
/* Adds (or replaces) a file; parent directories appear implicitly. */
int fx_vfs_mem_add(fx_vfs *fs, const char *path, const char *data, size_t len);
/* A read-only view of `sub` inside `fs` as a tree of its own (same
 * confinement, rooted lower).  The parent must outlive the view. */
int fx_vfs_open_sub(fx_ctx *ctx, fx_vfs *fs, const char *sub, fx_vfs **out);
void fx_vfs_free(fx_vfs *fs);

/* Normalises a relative path lexically ("a/./b/../c" -> "a/c"); returns
 * FX_EDENIED when it climbs above the root.  Result in `out`. */
int fx_vfs_clean(const char *path, fx_strbuf *out);
/* Joins a directory and a relative path, then cleans. */
int fx_vfs_join(const char *dir, const char *rel, fx_strbuf *out);

/* Type of a path, or FX_ENOTFOUND / FX_EDENIED (no diagnostic: probing
 * is normal; callers report in their own words). */
int fx_vfs_stat(fx_vfs *fs, const char *path, fx_vfs_type *type_out);
/* Reads a whole file into `out` (appended).  On failure records a
 * diagnostic at `at` naming the path. */
int fx_vfs_read(fx_ctx *ctx, fx_vfs *fs, const char *path, fx_loc at, fx_strbuf *out);
/* Lists a directory, sorted by name. */
int fx_vfs_list(fx_ctx *ctx, fx_vfs *fs, const char *path, fx_loc at, fx_vfs_dir *out);
void fx_vfs_dir_dispose(fx_vfs_dir *d);
/* A name for messages: the host path of the root for a work tree,
 * "<rev>:" for git, "memory:" for memory. */
const char *fx_vfs_describe(const fx_vfs *fs);
/* Registers `path` in the source map with a display name (the root's
 * display prefix joined with the path) and returns its file id. */
uint32_t fx_vfs_src_id(fx_ctx *ctx, const fx_vfs *fs, const char *path);
/* Sets the display prefix used by fx_vfs_src_id (default: ""; a view
 * from fx_vfs_open_sub starts with its parent's prefix joined with the
 * sub-directory, so its files keep their names relative to the parent). */
void fx_vfs_set_display_prefix(fx_vfs *fs, const char *prefix);

/* ------------------------------------------------------------------ */
/* Additions                                                            */

/* Reads a chart archive (.tgz / .tar.gz / .tar) from memory, entirely,
 * into an in-memory tree (the tree's root holds the archive's top-level
 * entries, e.g. "podinfo/").  `name` is for messages ("podinfo-6.5.0.tgz").
 * Entries whose names are absolute or climb with `..` are refused. */
int fx_vfs_open_archive(fx_ctx *ctx, const char *data, size_t len, const char *name,
			fx_vfs **out);
/* Adds a symbolic link to a memory tree (target kept as text; resolved,
 * with the same confinement, when read). */
int fx_vfs_mem_add_link(fx_vfs *fs, const char *path, const char *target);

typedef enum {
	FX_VFS_SYMLINKS_FOLLOW = 0, /* default: follow while inside the root */
	FX_VFS_SYMLINKS_DROP = 1,   /* as in a Flux source artifact: links do not exist */
} fx_vfs_symlinks;
/* How symlinks are treated from now on (a sub view copies its parent's
 * mode when opened). */
void fx_vfs_set_symlinks(fx_vfs *fs, fx_vfs_symlinks mode);

/* True for the version-control directories a walk usually skips
 * (".git", ".hg", ".svn", ".bzr"); the trees themselves skip nothing. */
bool fx_vfs_is_vcs_dir(const char *name);
/* Clean with Flux's root clamping (secure_join): a leading '/' is
 * ignored and `..` never climbs above the root (extra ones are dropped). */
void fx_vfs_clean_clamped(const char *path, fx_strbuf *out);
/* The display name of `path` (the display prefix joined with the cleaned
 * path), appended to `out`. */
void fx_vfs_display_name(const fx_vfs *fs, const char *path, fx_strbuf *out);

#endif
