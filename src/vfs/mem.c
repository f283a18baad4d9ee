/*
 * vfs memory backend: files, directories and links held in a hash map.
 *
 * Part of src/vfs.  Used directly by fx_vfs_new_mem (tests, generated
 * content) and by archive.c, which unpacks a chart archive into it.  Keys
 * are clean physical paths ("" is the root); every directory knows the
 * names of its children.  Confinement is resolve.c's business: links are
 * stored as their target text.
 */
#include "vfs/vfs_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_vfs__kind kind;
	char *data; /* file content or link target (malloc'd, NUL-terminated) */
	size_t len;
	fx_ptrvec children; /* malloc'd names, directories only */
} mnode;

struct fx_vfs__mem {
	fx_strmap *nodes; /* clean path -> mnode * */
};

static mnode *node_new(fx_vfs__kind kind)
{
	mnode *n = fx_xcalloc(1, sizeof *n);
	n->kind = kind;
	return n;
}

static void node_free(mnode *n)
{
	for (size_t i = 0; i < n->children.len; i++)
		free(n->children.items[i]);
	fx_ptrvec_dispose(&n->children);
	free(n->data);
	free(n);
}

fx_vfs__mem *fx_vfs__mem_new(void)
{
	fx_vfs__mem *m = fx_xcalloc(1, sizeof *m);
	m->nodes = fx_strmap_new();
	fx_strmap_put(m->nodes, "", node_new(FX_VFS__DIR));
	return m;
}

/* Makes sure the directory `path` (clean) exists; -1 when a file or link
 * is in the way. */
static mnode *ensure_dir(fx_vfs__mem *m, const char *path, size_t len)
{
	mnode *n = fx_strmap_getn(m->nodes, path, len);
	if (n)
		return n->kind == FX_VFS__DIR ? n : NULL;
	const char *slash = len ? memrchr(path, '/', len) : NULL;
	size_t plen = slash ? (size_t)(slash - path) : 0;
	mnode *parent = ensure_dir(m, path, plen);
	if (!parent)
		return NULL;
	n = node_new(FX_VFS__DIR);
	fx_strmap_putn(m->nodes, path, len, n);
	const char *base = slash ? slash + 1 : path;
	fx_ptrvec_push(&parent->children, fx_xstrndup(base, len - (size_t)(base - path)));
	return n;
}

int fx_vfs__mem_put(fx_vfs__mem *m, const char *path, fx_vfs__kind kind, const char *data,
		    size_t len)
{
	size_t plen = strlen(path);
	if (plen == 0)
		return kind == FX_VFS__DIR ? 0 : FX_EINVALID;
	mnode *n = fx_strmap_get(m->nodes, path);
	if (n) {
		if (n->kind == FX_VFS__DIR || kind == FX_VFS__DIR)
			return n->kind == kind ? 0 : FX_EINVALID;
		free(n->data);
	} else {
		if (kind == FX_VFS__DIR)
			return ensure_dir(m, path, plen) ? 0 : FX_EINVALID;
		const char *slash = memrchr(path, '/', plen);
		size_t dlen = slash ? (size_t)(slash - path) : 0;
		mnode *parent = ensure_dir(m, path, dlen);
		if (!parent)
			return FX_EINVALID;
		n = node_new(kind);
		fx_strmap_put(m->nodes, path, n);
		fx_ptrvec_push(&parent->children, fx_xstrdup(slash ? slash + 1 : path));
	}
	n->kind = kind;
	n->data = fx_xmalloc(len + 1);
	if (len)
		memcpy(n->data, data, len);
	n->data[len] = '\0';
	n->len = len;
	return 0;
}

static int mem_lstat(fx_vfs *fs, const char *path, fx_vfs__kind *kind_out, fx_strbuf *err)
{
	(void)err;
	fx_vfs__mem *m = fs->impl;
	mnode *n = fx_strmap_get(m->nodes, path);
	*kind_out = n ? n->kind : FX_VFS__NONE;
	return 0;
}

static int mem_readlink(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	fx_vfs__mem *m = fs->impl;
	mnode *n = fx_strmap_get(m->nodes, path);
	if (!n || n->kind != FX_VFS__LINK) {
		fx_sb_adds(err, "not a symbolic link");
		return -1;
	}
	fx_sb_add(out, n->data, n->len);
	return 0;
}

static int mem_read(fx_vfs *fs, const char *path, fx_strbuf *out, fx_strbuf *err)
{
	fx_vfs__mem *m = fs->impl;
	mnode *n = fx_strmap_get(m->nodes, path);
	if (!n || n->kind != FX_VFS__FILE) {
		fx_sb_adds(err, "not a regular file");
		return -1;
	}
	fx_sb_add(out, n->data ? n->data : "", n->len);
	return 0;
}

static int mem_list(fx_vfs *fs, const char *path, fx_arena *a, fx_ptrvec *out, fx_strbuf *err)
{
	fx_vfs__mem *m = fs->impl;
	mnode *n = fx_strmap_get(m->nodes, path);
	if (!n || n->kind != FX_VFS__DIR) {
		fx_sb_adds(err, "not a directory");
		return -1;
	}
	fx_strbuf child = FX_STRBUF_INIT;
	for (size_t i = 0; i < n->children.len; i++) {
		const char *name = n->children.items[i];
		fx_sb_clear(&child);
		if (path[0]) {
			fx_sb_adds(&child, path);
			fx_sb_addc(&child, '/');
		}
		fx_sb_adds(&child, name);
		mnode *c = fx_strmap_get(m->nodes, fx_sb_cstr(&child));
		fx_vfs__raw_entry *e = fx_arena_alloc(a, sizeof *e);
		e->name = fx_arena_strdup(a, name);
		e->kind = c ? c->kind : FX_VFS__NONE;
		fx_ptrvec_push(out, e);
	}
	fx_sb_dispose(&child);
	return 0;
}

static void mem_dispose(fx_vfs *fs)
{
	fx_vfs__mem *m = fs->impl;
	const char *k;
	void *v;
	for (size_t it = 0; fx_strmap_next(m->nodes, &it, &k, &v);)
		node_free(v);
	fx_strmap_free(m->nodes);
	free(m);
}

const fx_vfs__ops fx_vfs__mem_ops = {
	.lstat = mem_lstat,
	.readlink = mem_readlink,
	.read = mem_read,
	.list = mem_list,
	.dispose = mem_dispose,
	.map_abs = NULL,
};

fx_vfs *fx_vfs_new_mem(void)
{
	return fx_vfs__new(&fx_vfs__mem_ops, fx_vfs__mem_new(), "memory:", "root");
}

/* Cleans a caller path for the memory tree; FX_EDENIED when it leaves the
 * root (an absolute path or a climbing `..`). */
static int mem_path(fx_vfs *fs, const char *path, fx_strbuf *out)
{
	FX_ASSERT(fs->ops == &fx_vfs__mem_ops);
	return fx_vfs_clean(path, out);
}

int fx_vfs_mem_add(fx_vfs *fs, const char *path, const char *data, size_t len)
{
	fx_strbuf c = FX_STRBUF_INIT;
	int rc = mem_path(fs, path, &c);
	if (rc == 0)
		rc = fx_vfs__mem_put(fs->impl, fx_sb_cstr(&c), FX_VFS__FILE, data, len);
	fx_sb_dispose(&c);
	return rc;
}

int fx_vfs_mem_add_link(fx_vfs *fs, const char *path, const char *target)
{
	fx_strbuf c = FX_STRBUF_INIT;
	int rc = mem_path(fs, path, &c);
	if (rc == 0)
		rc = fx_vfs__mem_put(fs->impl, fx_sb_cstr(&c), FX_VFS__LINK, target, strlen(target));
	fx_sb_dispose(&c);
	return rc;
}

const char *fx_vfs__mem_get(fx_vfs__mem *m, const char *path, fx_vfs__kind *kind_out,
			    size_t *len_out)
{
	mnode *n = fx_strmap_get(m->nodes, path);
	*kind_out = n ? n->kind : FX_VFS__NONE;
	*len_out = n ? n->len : 0;
	return n && n->data ? n->data : "";
}

void fx_vfs__mem_free(fx_vfs__mem *m)
{
	fx_vfs tmp = {.ops = &fx_vfs__mem_ops, .impl = m};
	mem_dispose(&tmp);
}
