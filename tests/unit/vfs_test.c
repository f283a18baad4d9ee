/* Unit tests for src/vfs: paths, memory, work tree, sub views, git
 * revisions and archives, with every escape attempt we can think of. */
#include "vfs/vfs.h"
#include "tap.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Helpers                                                              */

/* Text of the last diagnostic, "" when none. */
static const char *last_msg(fx_ctx *ctx)
{
	size_t n = fx_diag_count(ctx);
	return n ? fx_diag_at(ctx, n - 1)->msg : "";
}

static void expect_read(fx_vfs *fs, const char *path, const char *want)
{
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf sb = FX_STRBUF_INIT;
	int rc = fx_vfs_read(ctx, fs, path, FX_LOC_NONE, &sb);
	if (rc != 0)
		fprintf(stderr, "# read '%s': %s\n", path, last_msg(ctx));
	assert_int_equal(rc, 0);
	assert_string_equal(fx_sb_cstr(&sb), want);
	fx_sb_dispose(&sb);
	fx_ctx_free(ctx);
}

/* Expects a failing read with code rc and a message containing `frag`. */
static void expect_fail(fx_vfs *fs, const char *path, int want_rc, const char *frag)
{
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf sb = FX_STRBUF_INIT;
	uint32_t f = fx_src_add(ctx, "kustomization.yaml");
	int rc = fx_vfs_read(ctx, fs, path, fx_loc_make(f, 3, 5), &sb);
	const char *m = last_msg(ctx);
	if (rc != want_rc || !strstr(m, frag))
		fprintf(stderr, "# read '%s': rc %d, message: %s\n", path, rc, m);
	assert_int_equal(rc, want_rc);
	assert_non_null(strstr(m, frag));
	assert_int_equal(fx_diag_errors(ctx), 1);
	const fx_diag *d = fx_diag_at(ctx, 0);
	assert_int_equal(d->loc.line, 3);
	assert_int_equal(d->loc.col, 5);
	fx_sb_dispose(&sb);
	fx_ctx_free(ctx);
}

/* Lists `path` and compares with "name/ name ..." (dirs end in '/'). */
static void expect_list(fx_vfs *fs, const char *path, const char *want)
{
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs_dir d;
	fx_strbuf got = FX_STRBUF_INIT;
	int rc = fx_vfs_list(ctx, fs, path, FX_LOC_NONE, &d);
	if (rc != 0)
		fprintf(stderr, "# list '%s': %s\n", path, last_msg(ctx));
	assert_int_equal(rc, 0);
	for (size_t i = 0; i < d.len; i++) {
		if (i)
			fx_sb_addc(&got, ' ');
		fx_sb_adds(&got, d.items[i].name);
		if (d.items[i].type == FX_VFS_DIR)
			fx_sb_addc(&got, '/');
	}
	if (strcmp(fx_sb_cstr(&got), want) != 0)
		fprintf(stderr, "# list '%s': got '%s'\n", path, fx_sb_cstr(&got));
	assert_string_equal(fx_sb_cstr(&got), want);
	fx_vfs_dir_dispose(&d);
	fx_sb_dispose(&got);
	fx_ctx_free(ctx);
}

static int expect_stat(fx_vfs *fs, const char *path)
{
	fx_vfs_type t = 0;
	int rc = fx_vfs_stat(fs, path, &t);
	return rc == 0 ? (int)t : rc;
}

/* A malloc'd path "dir/rel". */
static char *path2(const char *dir, const char *rel)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "%s/%s", dir, rel);
	return fx_sb_detach(&sb);
}

static void write_file(const char *dir, const char *rel, const char *text)
{
	char *p = path2(dir, rel);
	/* create parents */
	for (char *s = p + strlen(dir) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		mkdir(p, 0755);
		*s = '/';
	}
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(p);
}

static void make_link(const char *dir, const char *rel, const char *target)
{
	char *p = path2(dir, rel);
	assert_int_equal(symlink(target, p), 0);
	free(p);
}

static char *make_tmpdir(void)
{
	const char *t = getenv("TMPDIR");
	char *buf = path2(t && t[0] ? t : "/tmp", "fxvfsXXXXXX");
	assert_non_null(mkdtemp(buf));
	return buf;
}

static void rm_tree(const char *dir)
{
	char *cmd = path2("rm -rf '", dir);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "%s'", cmd);
	assert_int_equal(system(fx_sb_cstr(&sb)), 0);
	fx_sb_dispose(&sb);
	free(cmd);
}

/* ------------------------------------------------------------------ */
/* Paths                                                                */

static void test_clean_table(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int rc;
		const char *out;
	} rows[] = {
		{"", 0, ""},
		{".", 0, ""},
		{"./", 0, ""},
		{"a/./b/../c", 0, "a/c"},
		{"a//b///c/", 0, "a/b/c"},
		{"a/..", 0, ""},
		{"a/../..", FX_EDENIED, ""},
		{"..", FX_EDENIED, ""},
		{"../../etc/passwd", FX_EDENIED, ""},
		{"/etc/passwd", FX_EDENIED, ""},
		{"a/b/../../c/./d", 0, "c/d"},
		{"...", 0, "..."},
		{"..a/b..", 0, "..a/b.."},
	};
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int rc = fx_vfs_clean(rows[i].in, &sb);
		if (rc != rows[i].rc || strcmp(fx_sb_cstr(&sb), rows[i].out) != 0)
			fprintf(stderr, "# clean('%s') = %d '%s'\n", rows[i].in, rc, fx_sb_cstr(&sb));
		assert_int_equal(rc, rows[i].rc);
		assert_string_equal(fx_sb_cstr(&sb), rows[i].out);
	}
	fx_sb_dispose(&sb);
}

static void test_join_table(void **state)
{
	(void)state;
	static const struct {
		const char *dir, *rel;
		int rc;
		const char *out;
	} rows[] = {
		{"apps/base", "../prod", 0, "apps/prod"},
		{"apps", "", 0, "apps"},
		{"", "a", 0, "a"},
		{"apps", "../../x", FX_EDENIED, ""},
		{"apps", "/x", FX_EDENIED, ""},
		{"a/b", "./c/../d", 0, "a/b/d"},
	};
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int rc = fx_vfs_join(rows[i].dir, rows[i].rel, &sb);
		assert_int_equal(rc, rows[i].rc);
		assert_string_equal(fx_sb_cstr(&sb), rows[i].out);
	}
	static const struct {
		const char *in, *out;
	} clamp[] = {
		{"./apps", "apps"}, {"/apps", "apps"}, {"../../apps", "apps"}, {"", ""},
		{"a/../../b", "b"},
	};
	for (size_t i = 0; i < sizeof clamp / sizeof clamp[0]; i++) {
		fx_vfs_clean_clamped(clamp[i].in, &sb);
		assert_string_equal(fx_sb_cstr(&sb), clamp[i].out);
	}
	assert_true(fx_vfs_is_vcs_dir(".git"));
	assert_false(fx_vfs_is_vcs_dir(".github"));
	fx_sb_dispose(&sb);
}

/* ------------------------------------------------------------------ */
/* Memory trees                                                         */

static fx_vfs *sample_mem(void)
{
	fx_vfs *fs = fx_vfs_new_mem();
	assert_int_equal(fx_vfs_mem_add(fs, "apps/b.yaml", "b", 1), 0);
	assert_int_equal(fx_vfs_mem_add(fs, "apps/a.yaml", "a", 1), 0);
	assert_int_equal(fx_vfs_mem_add(fs, "apps/Z.yaml", "Z", 1), 0);
	assert_int_equal(fx_vfs_mem_add(fs, "apps/sub/c.yaml", "c", 1), 0);
	assert_int_equal(fx_vfs_mem_add(fs, "top.txt", "top", 3), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "apps/link.yaml", "a.yaml"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "apps/updir", "../top.txt"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "apps/subdir", "sub"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "apps/escape", "../../outside"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "apps/abs", "/etc/passwd"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "loop1", "loop2"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "loop2", "loop1"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "self", "./self/x"), 0);
	assert_int_equal(fx_vfs_mem_add_link(fs, "dangling", "nope"), 0);
	return fs;
}

static void test_mem_basic(void **state)
{
	(void)state;
	fx_vfs *fs = sample_mem();
	expect_read(fs, "apps/a.yaml", "a");
	expect_read(fs, "./apps/../apps/b.yaml", "b");
	expect_read(fs, "apps/link.yaml", "a");
	expect_read(fs, "apps/updir", "top");
	expect_read(fs, "apps/subdir/c.yaml", "c");
	assert_int_equal(fx_vfs_mem_add(fs, "apps/a.yaml", "A2", 2), 0); /* replace */
	expect_read(fs, "apps/a.yaml", "A2");
	assert_int_equal(expect_stat(fs, ""), FX_VFS_DIR);
	assert_int_equal(expect_stat(fs, "apps"), FX_VFS_DIR);
	assert_int_equal(expect_stat(fs, "apps/subdir"), FX_VFS_DIR);
	assert_int_equal(expect_stat(fs, "apps/link.yaml"), FX_VFS_FILE);
	assert_int_equal(expect_stat(fs, "nope"), FX_ENOTFOUND);
	assert_int_equal(expect_stat(fs, "../x"), FX_EDENIED);
	assert_int_equal(expect_stat(fs, "apps/escape"), FX_EDENIED);
	/* bytewise order; escaping, looping and dangling links are left out */
	expect_list(fs, "apps", "Z.yaml a.yaml b.yaml link.yaml sub/ subdir/ updir");
	expect_list(fs, "", "apps/ top.txt");
	expect_list(fs, "apps/subdir", "c.yaml");
	/* a file where a directory is needed */
	assert_int_equal(fx_vfs_mem_add(fs, "top.txt/x", "x", 1), FX_EINVALID);
	assert_int_equal(fx_vfs_mem_add(fs, "../x", "x", 1), FX_EDENIED);
	assert_string_equal(fx_vfs_describe(fs), "memory:");
	fx_vfs_free(fs);
}

static void test_mem_escapes(void **state)
{
	(void)state;
	fx_vfs *fs = sample_mem();
	expect_fail(fs, "../../etc/passwd", FX_EDENIED,
		    "path '../../etc/passwd' leaves the root");
	expect_fail(fs, "/etc/passwd", FX_EDENIED, "leaves the root");
	expect_fail(fs, "apps/escape", FX_EDENIED,
		    "symlink 'apps/escape' points to '../../outside'");
	expect_fail(fs, "apps/abs", FX_EDENIED, "symlink 'apps/abs' points to '/etc/passwd'");
	expect_fail(fs, "loop1", FX_ELIMIT, "too many levels of symbolic links");
	expect_fail(fs, "self", FX_ELIMIT, "too many levels of symbolic links");
	expect_fail(fs, "dangling", FX_ENOTFOUND, "reading 'dangling': no such file");
	expect_fail(fs, "apps/x.yaml", FX_ENOTFOUND, "reading 'apps/x.yaml': no such file");
	expect_fail(fs, "top.txt/x", FX_ENOTFOUND, "'top.txt' is a file, not a directory");
	expect_fail(fs, "apps", FX_EINVALID, "reading 'apps': is a directory");

	/* listing reports the escaping link as a warning */
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs_dir d;
	assert_int_equal(fx_vfs_list(ctx, fs, "apps", FX_LOC_NONE, &d), 0);
	assert_int_equal(fx_diag_errors(ctx), 0);
	assert_int_equal(fx_diag_count(ctx), 2); /* abs and escape */
	fx_vfs_dir_dispose(&d);
	assert_int_equal(fx_vfs_list(ctx, fs, "top.txt", FX_LOC_NONE, &d), FX_EINVALID);
	assert_non_null(strstr(last_msg(ctx), "listing 'top.txt': is a file"));
	assert_int_equal(fx_vfs_list(ctx, fs, "nope", FX_LOC_NONE, &d), FX_ENOTFOUND);
	assert_non_null(strstr(last_msg(ctx), "listing 'nope': no such directory"));
	fx_ctx_free(ctx);

	/* as in a source artifact: links do not exist */
	fx_vfs_set_symlinks(fs, FX_VFS_SYMLINKS_DROP);
	expect_fail(fs, "apps/link.yaml", FX_ENOTFOUND, "is a symbolic link");
	expect_list(fs, "apps", "Z.yaml a.yaml b.yaml sub/");
	fx_vfs_free(fs);
}

static void test_mem_display(void **state)
{
	(void)state;
	fx_vfs *fs = sample_mem();
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs_set_display_prefix(fs, "clusters/prod");
	uint32_t id = fx_vfs_src_id(ctx, fs, "./flux-system/gotk-sync.yaml");
	assert_string_equal(fx_src_name(ctx, id), "clusters/prod/flux-system/gotk-sync.yaml");
	assert_int_equal(fx_vfs_src_id(ctx, fs, "flux-system/gotk-sync.yaml"), id);
	fx_vfs_set_display_prefix(fs, "");
	id = fx_vfs_src_id(ctx, fs, "a.yaml");
	assert_string_equal(fx_src_name(ctx, id), "a.yaml");
	fx_vfs_set_display_prefix(fs, "HEAD:");
	id = fx_vfs_src_id(ctx, fs, "a.yaml");
	assert_string_equal(fx_src_name(ctx, id), "HEAD:a.yaml");
	fx_ctx_free(ctx);
	fx_vfs_free(fs);
}

static void test_sub_mem(void **state)
{
	(void)state;
	fx_vfs *fs = sample_mem();
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *sub = NULL;
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "apps", &sub), 0);
	expect_read(sub, "a.yaml", "a");
	expect_read(sub, "subdir/c.yaml", "c");
	expect_list(sub, "", "Z.yaml a.yaml b.yaml link.yaml sub/ subdir/");
	/* the parent's files are outside the view */
	expect_fail(sub, "../top.txt", FX_EDENIED, "path '../top.txt' leaves the directory 'apps'");
	expect_fail(sub, "updir", FX_EDENIED, "symlink 'apps/updir' points to '../top.txt'");
	uint32_t id = fx_vfs_src_id(ctx, sub, "sub/c.yaml");
	assert_string_equal(fx_src_name(ctx, id), "apps/sub/c.yaml");
	/* a view through a link, and a view of a view */
	fx_vfs *sub2 = NULL, *sub3 = NULL;
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "apps/subdir", &sub2), 0);
	expect_read(sub2, "c.yaml", "c");
	fx_vfs_free(sub2);
	assert_int_equal(fx_vfs_open_sub(ctx, sub, "sub", &sub3), 0);
	expect_read(sub3, "c.yaml", "c");
	expect_fail(sub3, "../a.yaml", FX_EDENIED, "leaves the directory 'apps/sub'");
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "nope", &sub2 /* unchanged on failure */),
			 FX_ENOTFOUND);
	assert_null(sub2);
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "../x", &sub2), FX_EDENIED);
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "top.txt", &sub2), FX_EINVALID);
	fx_vfs_free(sub3);
	fx_vfs_free(sub);
	fx_ctx_free(ctx);
	fx_vfs_free(fs);
}

/* ------------------------------------------------------------------ */
/* Work trees                                                           */

static void test_worktree(void **state)
{
	(void)state;
	char *base = make_tmpdir();
	char *root = path2(base, "repo");
	char *outside = path2(base, "secret.txt");
	write_file(base, "secret.txt", "secret");
	mkdir(root, 0755);
	write_file(root, "apps/a.yaml", "kind: A\n");
	write_file(root, "apps/b/c.yaml", "kind: C\n");
	write_file(root, ".git/HEAD", "ref\n");
	write_file(root, "top.txt", "top");
	make_link(root, "apps/in", "a.yaml");
	make_link(root, "apps/updir", "../top.txt");
	make_link(root, "apps/bdir", "b");
	make_link(root, "apps/rel-out", "../../secret.txt");
	make_link(root, "apps/abs-out", outside);
	char *abs_in = path2(root, "top.txt");
	make_link(root, "apps/abs-in", abs_in);
	free(abs_in);
	make_link(root, "apps/etc", "/etc");
	make_link(root, "loop-a", "loop-b");
	make_link(root, "loop-b", "loop-a");
	make_link(root, "dangling", "nothing-here");

	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *fs = NULL;
	assert_int_equal(fx_vfs_open_worktree(ctx, root, &fs), 0);
	assert_string_equal(fx_vfs_describe(fs), root);
	expect_read(fs, "apps/a.yaml", "kind: A\n");
	expect_read(fs, "apps/in", "kind: A\n");
	expect_read(fs, "apps/updir", "top");
	expect_read(fs, "apps/bdir/c.yaml", "kind: C\n");
	expect_read(fs, "apps/abs-in", "top");
	expect_read(fs, "apps/b/../a.yaml", "kind: A\n");
	expect_fail(fs, "../secret.txt", FX_EDENIED,
		    "path '../secret.txt' leaves the repository root");
	expect_fail(fs, "../../etc/passwd", FX_EDENIED,
		    "path '../../etc/passwd' leaves the repository root");
	expect_fail(fs, "/etc/passwd", FX_EDENIED, "leaves the repository root");
	expect_fail(fs, "apps/rel-out", FX_EDENIED,
		    "symlink 'apps/rel-out' points to '../../secret.txt'");
	expect_fail(fs, "apps/abs-out", FX_EDENIED, "symlink 'apps/abs-out' points to '/");
	expect_fail(fs, "apps/etc/passwd", FX_EDENIED, "symlink 'apps/etc' points to '/etc'");
	expect_fail(fs, "loop-a", FX_ELIMIT, "too many levels of symbolic links");
	expect_fail(fs, "dangling", FX_ENOTFOUND, "reading 'dangling': no such file");
	expect_fail(fs, "apps/x.yaml", FX_ENOTFOUND, "reading 'apps/x.yaml': no such file");
	expect_fail(fs, "apps", FX_EINVALID, "is a directory");
	/* .git is listed: filtering is the caller's business */
	expect_list(fs, "", ".git/ apps/ top.txt");
	expect_list(fs, "apps", "a.yaml abs-in b/ bdir/ in updir");
	assert_int_equal(expect_stat(fs, "apps/bdir"), FX_VFS_DIR);
	assert_int_equal(expect_stat(fs, "apps/in"), FX_VFS_FILE);
	assert_int_equal(expect_stat(fs, "apps/abs-out"), FX_EDENIED);

	/* sub view of a work tree */
	fx_vfs *sub = NULL;
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "apps", &sub), 0);
	expect_read(sub, "in", "kind: A\n");
	expect_fail(sub, "updir", FX_EDENIED, "leaves the directory 'apps'");
	expect_fail(sub, "abs-in", FX_EDENIED, "leaves the directory 'apps'");
	fx_vfs_free(sub);

	/* drop mode */
	fx_vfs_set_symlinks(fs, FX_VFS_SYMLINKS_DROP);
	expect_list(fs, "apps", "a.yaml b/");
	expect_fail(fs, "apps/bdir/c.yaml", FX_ENOTFOUND, "symbolic link");
	fx_vfs_free(fs);

	/* opening errors */
	assert_int_equal(fx_vfs_open_worktree(ctx, outside, &fs), FX_EFAIL);
	assert_null(fs);
	char *nope = path2(base, "nope");
	assert_int_equal(fx_vfs_open_worktree(ctx, nope, &fs), FX_ENOTFOUND);
	free(nope);
	free(root);
	free(outside);
	fx_ctx_free(ctx);
	rm_tree(base);
	free(base);
}

/* ------------------------------------------------------------------ */
/* Git revisions                                                        */

static int run(const char *dir, const char *cmd)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb,
		 "cd '%s' && GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null HOME='%s' "
		 "GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com "
		 "GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com "
		 "GIT_AUTHOR_DATE='2020-01-01T00:00:00Z' GIT_COMMITTER_DATE='2020-01-01T00:00:00Z' "
		 "%s >/dev/null 2>&1",
		 dir, dir, cmd);
	int rc = system(fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return rc;
}

static void test_git(void **state)
{
	(void)state;
	if (system("git --version >/dev/null 2>&1") != 0) {
		skip();
		return;
	}
	char *base = make_tmpdir();
	char *root = path2(base, "repo");
	mkdir(root, 0755);
	assert_int_equal(run(root, "git init -q -b main ."), 0);
	write_file(root, "clusters/prod/a.yaml", "v: 1\n");
	write_file(root, "clusters/prod/b.yaml", "b\n");
	write_file(root, "top.txt", "top");
	make_link(root, "clusters/prod/link.yaml", "a.yaml");
	make_link(root, "clusters/prod/up", "../../top.txt");
	make_link(root, "clusters/out", "../../etc/passwd");
	make_link(root, "clusters/abs", "/etc/passwd");
	make_link(root, "clusters/loop", "loop");
	assert_int_equal(run(root, "git add -A && git commit -q -m one && git tag v1"), 0);
	write_file(root, "clusters/prod/a.yaml", "v: 2\n");
	write_file(root, "clusters/prod/new.yaml", "new\n");
	assert_int_equal(run(root, "git add -A && git commit -q -m two"), 0);
	/* uncommitted changes must not be seen */
	write_file(root, "clusters/prod/a.yaml", "v: dirty\n");
	write_file(root, "untracked.yaml", "u\n");

	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *head = NULL, *old = NULL, *sub = NULL;
	char *deep = path2(root, "clusters/prod");
	assert_int_equal(fx_vfs_open_git(ctx, deep, "HEAD", "", &head), 0);
	free(deep);
	assert_string_equal(fx_vfs_describe(head), "HEAD:");
	expect_read(head, "clusters/prod/a.yaml", "v: 2\n");
	expect_read(head, "clusters/prod/link.yaml", "v: 2\n");
	expect_read(head, "clusters/prod/up", "top");
	expect_list(head, "", "clusters/ top.txt");
	expect_list(head, "clusters/prod", "a.yaml b.yaml link.yaml new.yaml up");
	expect_fail(head, "untracked.yaml", FX_ENOTFOUND, "reading 'untracked.yaml': no such file");
	expect_fail(head, "clusters/out", FX_EDENIED,
		    "symlink 'clusters/out' points to '../../etc/passwd'");
	expect_fail(head, "clusters/abs", FX_EDENIED, "symlink 'clusters/abs' points to '/etc/passwd'");
	expect_fail(head, "clusters/loop", FX_ELIMIT, "too many levels");
	expect_fail(head, "../x", FX_EDENIED, "path '../x' leaves the repository root");
	assert_int_equal(expect_stat(head, "clusters"), FX_VFS_DIR);
	assert_int_equal(expect_stat(head, "clusters/prod/link.yaml"), FX_VFS_FILE);

	assert_int_equal(fx_vfs_open_git(ctx, root, "HEAD~1", "", &old), 0);
	expect_read(old, "clusters/prod/a.yaml", "v: 1\n");
	expect_fail(old, "clusters/prod/new.yaml", FX_ENOTFOUND, "no such file");
	fx_vfs_free(old);
	assert_int_equal(fx_vfs_open_git(ctx, root, "v1", "", &old), 0);
	expect_read(old, "clusters/prod/a.yaml", "v: 1\n");
	fx_vfs_free(old);

	assert_int_equal(fx_vfs_open_git(ctx, root, "main", "clusters/prod", &sub), 0);
	expect_read(sub, "a.yaml", "v: 2\n");
	expect_list(sub, ".", "a.yaml b.yaml link.yaml new.yaml");
	expect_fail(sub, "up", FX_EDENIED, "points to '../../top.txt'");
	uint32_t id = fx_vfs_src_id(ctx, sub, "a.yaml");
	assert_string_equal(fx_src_name(ctx, id), "a.yaml");
	fx_vfs_free(sub);

	size_t before = fx_diag_errors(ctx);
	assert_int_equal(fx_vfs_open_git(ctx, root, "no-such-rev", "", &old), FX_EFAIL);
	assert_null(old);
	assert_non_null(strstr(last_msg(ctx), "unknown revision 'no-such-rev'"));
	assert_int_equal(fx_vfs_open_git(ctx, root, "HEAD", "nope", &old), FX_ENOTFOUND);
	assert_int_equal(fx_vfs_open_git(ctx, base, "HEAD", "", &old), FX_EFAIL);
	assert_int_equal(fx_diag_errors(ctx), before + 3);
	fx_vfs_free(head);
	free(root);
	fx_ctx_free(ctx);
	rm_tree(base);
	free(base);
}

/* ------------------------------------------------------------------ */
/* Archives                                                             */

typedef struct {
	const char *path;
	char type; /* 'f', 'd', 'l' (symlink), 'h' (hard link) */
	const char *data; /* content or link target */
} arc_entry;

static char *make_tgz(const arc_entry *ents, size_t n, size_t *len_out)
{
	size_t cap = 1 << 20;
	char *buf = malloc(cap);
	size_t used = 0;
	struct archive *a = archive_write_new();
	assert_int_equal(archive_write_add_filter_gzip(a), ARCHIVE_OK);
	assert_int_equal(archive_write_set_format_pax_restricted(a), ARCHIVE_OK);
	assert_int_equal(archive_write_open_memory(a, buf, cap, &used), ARCHIVE_OK);
	for (size_t i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, ents[i].path);
		archive_entry_set_perm(e, 0644);
		switch (ents[i].type) {
		case 'd':
			archive_entry_set_filetype(e, AE_IFDIR);
			break;
		case 'l':
			archive_entry_set_filetype(e, AE_IFLNK);
			archive_entry_set_symlink(e, ents[i].data);
			break;
		case 'h':
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_hardlink(e, ents[i].data);
			break;
		default:
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_size(e, (la_int64_t)strlen(ents[i].data));
		}
		assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
		if (ents[i].type == 'f')
			archive_write_data(a, ents[i].data, strlen(ents[i].data));
		archive_entry_free(e);
	}
	archive_write_close(a);
	archive_write_free(a);
	*len_out = used;
	return buf;
}

static void test_archive(void **state)
{
	(void)state;
	static const arc_entry good[] = {
		{"podinfo/Chart.yaml", 'f', "name: podinfo\n"},
		{"podinfo/values.yaml", 'f', "replicas: 1\n"},
		{"podinfo/templates/", 'd', NULL},
		{"podinfo/templates/deployment.yaml", 'f', "kind: Deployment\n"},
		{"./podinfo/templates/_helpers.tpl", 'f', "{{/* */}}"},
		{"podinfo/values-link.yaml", 'l', "values.yaml"},
		{"podinfo/escape", 'l', "../../../etc/passwd"},
		{"podinfo/values-copy.yaml", 'h', "podinfo/values.yaml"},
	};
	size_t len;
	char *tgz = make_tgz(good, sizeof good / sizeof good[0], &len);
	fx_ctx *ctx = fx_ctx_new();
	fx_vfs *fs = NULL, *chart = NULL;
	assert_int_equal(fx_vfs_open_archive(ctx, tgz, len, "podinfo-6.5.0.tgz", &fs), 0);
	assert_string_equal(fx_vfs_describe(fs), "podinfo-6.5.0.tgz:");
	expect_list(fs, "", "podinfo/");
	expect_list(fs, "podinfo", "Chart.yaml templates/ values-copy.yaml values-link.yaml values.yaml");
	expect_read(fs, "podinfo/templates/deployment.yaml", "kind: Deployment\n");
	expect_read(fs, "podinfo/values-link.yaml", "replicas: 1\n");
	expect_read(fs, "podinfo/values-copy.yaml", "replicas: 1\n");
	expect_fail(fs, "podinfo/escape", FX_EDENIED, "leaves the archive root");
	assert_int_equal(fx_vfs_open_sub(ctx, fs, "podinfo", &chart), 0);
	expect_read(chart, "templates/_helpers.tpl", "{{/* */}}");
	expect_fail(chart, "../podinfo/Chart.yaml", FX_EDENIED, "leaves the directory 'podinfo'");
	fx_vfs_free(chart);
	fx_vfs_free(fs);
	free(tgz);

	static const arc_entry evil[] = {
		{"podinfo/Chart.yaml", 'f', "name: podinfo\n"},
		{"podinfo/../../evil", 'f', "x"},
	};
	tgz = make_tgz(evil, 2, &len);
	assert_int_equal(fx_vfs_open_archive(ctx, tgz, len, "evil.tgz", &fs), FX_EFAIL);
	assert_null(fs);
	assert_non_null(strstr(last_msg(ctx), "a path outside the archive"));
	free(tgz);

	static const arc_entry absolute[] = {{"/etc/passwd", 'f', "x"}};
	tgz = make_tgz(absolute, 1, &len);
	assert_int_equal(fx_vfs_open_archive(ctx, tgz, len, "abs.tgz", &fs), FX_EFAIL);
	free(tgz);

	assert_int_equal(fx_vfs_open_archive(ctx, "not a tarball at all", 20, "junk.tgz", &fs),
			 FX_EFAIL);
	assert_null(fs);
	assert_non_null(strstr(last_msg(ctx), "junk.tgz"));
	fx_ctx_free(ctx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_table),  cmocka_unit_test(test_join_table),
		cmocka_unit_test(test_mem_basic),    cmocka_unit_test(test_mem_escapes),
		cmocka_unit_test(test_mem_display),  cmocka_unit_test(test_sub_mem),
		cmocka_unit_test(test_worktree),     cmocka_unit_test(test_git),
		cmocka_unit_test(test_archive),
	};
	return FX_RUN_TESTS("vfs", tests);
}
