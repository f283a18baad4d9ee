/*
 * vfs git backend: one revision of a repository, read from git objects.
 *
 * Part of src/vfs.  libgit2 opens the repository containing a host
 * directory, rev-parses the revision and peels it to its tree; files are
 * blobs read on demand.  Nothing is checked out and no temporary file is
 * written.  Tree entries map onto the raw kinds: trees are directories,
 * blobs files, mode 120000 entries symlinks (their blob is the target;
 * resolve.c applies confinement), submodules (gitlinks) are absent since
 * their content is not in this repository.
 */
#include "vfs/vfs_int.h"

#include <git2.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	git_repository *repo;
	git_tree *root;
} gitv;

static void git_why(fx_strbuf *err)
{
	const git_error *e = git_error_last();
	fx_sb_adds(err, e && e->message ? e->message : "unknown libgit2 error");
}

/* Looks up the entry at `path` ("" is the root: *entry_out stays NULL). */
static int lookup(gitv *g, const char *path, git_tree_entry **entry_out, fx_strbuf *err)
{
	*entry_out = NULL;
	if (!path[0])
		return 0;
	int rc = git_tree_entry_bypath(entry_out, g->root, path);
	if (rc == GIT_ENOTFOUND) {
		*entry_out = NULL;
		return FX_ENOTFOUND;
	}
	if (rc < 0) {
		git_why(err);
		return -1;
	}
	return 0;
}

static fx_vfs__kind kind_of(git_filemode_t m)
{
	switch (m) {
	case GIT_FILEMODE_TREE:
		return FX_VFS__DIR;
	case GIT_FILEMODE_BLOB:
	case GIT_FILEMODE_BLOB_EXECUTABLE:
		return FX_VFS__FILE;
	case GIT_FILEMODE_LINK:
		return FX_VFS__LINK;
	default:
		return FX_VFS__NONE; /* submodules, unreadable modes */
	}
}

static int git_lstat(fx_vfs *fs, const char *path, fx_vfs__kind *kind_out, fx_strbuf *err)
{
	git_tree_entry *e = NULL;
	int rc = lookup(fs->impl, path, &e, err);
	if (rc == FX_ENOTFOUND) {
		*kind_out = FX_VFS__NONE;
		return 0;
	}
	if (rc < 0)
		return -1;
	*kind_out = e ? kind_of(git_tree_entry_filemode(e)) : FX_VFS__DIR;
	git_tree_entry_free(e);
	return 0;
}

/* Appends the blob at `path`. */
static int read_blob(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	gitv *g = fs->impl;
	git_tree_entry *e = NULL;
	git_blob *b = NULL;
	int rc = lookup(g, path, &e, err);
	if (rc == FX_ENOTFOUND)
		fx_sb_adds(err, "no such file");
	if (rc != 0)
		goto out;
	if (!e || git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		fx_sb_adds(err, "not a file");
		rc = -1;
		goto out;
	}
	if (git_blob_lookup(&b, g->repo, git_tree_entry_id(e)) < 0) {
		git_why(err);
		rc = -1;
		goto out;
	}
	fx_sb_add(out, git_blob_rawcontent(b), (size_t)git_blob_rawsize(b));
out:
	git_blob_free(b);
	git_tree_entry_free(e);
	return rc < 0 ? -1 : rc;
}

static int git_list(fx_vfs *fs, const char *path, fx_arena *a, fx_ptrvec *out, fx_strbuf *err)
{
	gitv *g = fs->impl;
	git_tree_entry *e = NULL;
	git_tree *t = NULL;
	int rc = lookup(g, path, &e, err);
	if (rc != 0)
		goto out;
	if (e) {
		if (git_tree_entry_type(e) != GIT_OBJECT_TREE) {
			fx_sb_adds(err, "not a directory");
			rc = -1;
			goto out;
		}
		if (git_tree_lookup(&t, g->repo, git_tree_entry_id(e)) < 0) {
			git_why(err);
			rc = -1;
			goto out;
		}
	}
	const git_tree *dir = t ? t : g->root;
	size_t n = git_tree_entrycount(dir);
	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *c = git_tree_entry_byindex(dir, i);
		fx_vfs__kind k = kind_of(git_tree_entry_filemode(c));
		if (k == FX_VFS__NONE)
			continue;
		fx_vfs__raw_entry *re = fx_arena_alloc(a, sizeof *re);
		re->name = fx_arena_strdup(a, git_tree_entry_name(c));
		re->kind = k;
		fx_ptrvec_push(out, re);
	}
out:
	git_tree_free(t);
	git_tree_entry_free(e);
	return rc < 0 ? -1 : rc;
}

static void git_dispose(fx_vfs *fs)
{
	gitv *g = fs->impl;
	git_tree_free(g->root);
	git_repository_free(g->repo);
	free(g);
	git_libgit2_shutdown();
}

static const fx_vfs__ops git_ops = {
	.lstat = git_lstat,
	.readlink = read_blob,
	.read = read_blob,
	.list = git_list,
	.dispose = git_dispose,
	.map_abs = NULL,
};

int fx_vfs_open_git(fx_ctx *ctx, const char *repo_dir, const char *rev, const char *subdir,
		    fx_vfs **out)
{
	FX_ASSERT(repo_dir && rev && out);
	git_repository *repo = NULL;
	git_object *obj = NULL, *tree = NULL;
	fx_strbuf why = FX_STRBUF_INIT, desc = FX_STRBUF_INIT;
	int rc = 0;
	*out = NULL;

	git_libgit2_init();
	if (git_repository_open_ext(&repo, repo_dir, 0, NULL) < 0) {
		git_why(&why);
		rc = fx_error(ctx, FX_LOC_NONE, "FX0105", "cannot open the git repository at '%s': %s",
			      repo_dir, fx_sb_cstr(&why));
		goto fail;
	}
	if (git_revparse_single(&obj, repo, rev) < 0) {
		git_why(&why);
		rc = fx_error(ctx, FX_LOC_NONE, "FX0105", "unknown revision '%s' in '%s': %s", rev,
			      repo_dir, fx_sb_cstr(&why));
		goto fail;
	}
	if (git_object_peel(&tree, obj, GIT_OBJECT_TREE) < 0) {
		git_why(&why);
		rc = fx_error(ctx, FX_LOC_NONE, "FX0105", "revision '%s' has no tree: %s", rev,
			      fx_sb_cstr(&why));
		goto fail;
	}
	git_object_free(obj);
	obj = NULL;

	gitv *g = fx_xcalloc(1, sizeof *g);
	g->repo = repo;
	g->root = (git_tree *)tree;
	fx_sb_addf(&desc, "%s:", rev);
	fx_vfs *fs = fx_vfs__new(&git_ops, g, fx_sb_cstr(&desc), "repository root");
	if (subdir && subdir[0]) {
		fx_strbuf c = FX_STRBUF_INIT;
		fx_vfs_clean_clamped(subdir, &c);
		if (c.len) {
			fx_vfs *v = NULL;
			rc = fx_vfs__open_sub(ctx, fs, fx_sb_cstr(&c), true, &v);
			if (rc != 0) {
				fx_vfs_free(fs);
				fs = NULL;
			} else {
				fx_vfs_set_display_prefix(v, "");
				fs = v;
			}
		}
		fx_sb_dispose(&c);
	}
	*out = fs;
	goto out;
fail:
	git_object_free(tree);
	git_object_free(obj);
	git_repository_free(repo);
	git_libgit2_shutdown();
out:
	fx_sb_dispose(&why);
	fx_sb_dispose(&desc);
	return rc;
}
