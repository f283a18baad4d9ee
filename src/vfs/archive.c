/*
 * vfs archive trees: a (gzip-compressed) tar archive unpacked into memory.
 *
 * Part of src/vfs.  Helm chart archives (.tgz) are read once, completely,
 * with libarchive, into the memory backend; the resulting tree is then a
 * tree like any other.  Entries named by an absolute path or climbing out
 * with `..` make the whole archive invalid (as Helm refuses such charts).
 * Symlinks are kept as links and confined when read; hard links become
 * copies of the file they name.  Sizes are bounded.
 */
#include "vfs/vfs_int.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

/* Same bound as Helm's default maximum decompressed chart size. */
#define MAX_TOTAL ((size_t)100 << 20)

int fx_vfs_open_archive(fx_ctx *ctx, const char *data, size_t len, const char *name,
			fx_vfs **out)
{
	FX_ASSERT(data || len == 0);
	FX_ASSERT(out);
	struct archive *a = archive_read_new();
	struct archive_entry *ent;
	fx_vfs__mem *m = fx_vfs__mem_new();
	fx_strbuf path = FX_STRBUF_INIT, body = FX_STRBUF_INIT, desc = FX_STRBUF_INIT;
	size_t total = 0;
	int rc = 0;
	*out = NULL;
	if (!name)
		name = "archive";

	archive_read_support_filter_gzip(a);
	archive_read_support_filter_none(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_gnutar(a);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		rc = fx_error(ctx, FX_LOC_NONE, "FX0106", "reading archive '%s': %s", name,
			      archive_error_string(a) ? archive_error_string(a) : "not an archive");
		goto out;
	}
	for (;;) {
		int r = archive_read_next_header(a, &ent);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
			rc = fx_error(ctx, FX_LOC_NONE, "FX0106", "reading archive '%s': %s", name,
				      archive_error_string(a) ? archive_error_string(a)
							      : "corrupt archive");
			goto out;
		}
		const char *p = archive_entry_pathname(ent);
		if (!p)
			continue;
		if (fx_vfs_clean(p, &path) != 0) {
			rc = fx_error(ctx, FX_LOC_NONE, "FX0102",
				      "archive '%s' contains '%s', a path outside the archive", name,
				      p);
			goto out;
		}
		if (path.len == 0)
			continue;
		const char *hard = archive_entry_hardlink(ent);
		mode_t type = archive_entry_filetype(ent);
		fx_vfs__kind kind;
		fx_sb_clear(&body);
		if (hard) {
			/* a hard link: a copy of an earlier regular file */
			fx_strbuf hp = FX_STRBUF_INIT;
			fx_vfs__kind hk = FX_VFS__NONE;
			size_t hl = 0;
			int hrc = fx_vfs_clean(hard, &hp);
			if (hrc == 0) {
				const char *hd = fx_vfs__mem_get(m, fx_sb_cstr(&hp), &hk, &hl);
				if (hk == FX_VFS__FILE)
					fx_sb_add(&body, hd, hl);
				else
					hrc = -1;
			}
			fx_sb_dispose(&hp);
			if (hrc != 0) {
				rc = fx_error(ctx, FX_LOC_NONE, "FX0106",
					      "archive '%s': hard link '%s' names '%s', which is not "
					      "an earlier file of the archive",
					      name, p, hard);
				goto out;
			}
			kind = FX_VFS__FILE;
		} else if (type == AE_IFDIR) {
			kind = FX_VFS__DIR;
		} else if (type == AE_IFLNK) {
			const char *t = archive_entry_symlink(ent);
			fx_sb_adds(&body, t ? t : "");
			kind = FX_VFS__LINK;
		} else if (type == AE_IFREG) {
			char buf[16384];
			ssize_t n;
			while ((n = archive_read_data(a, buf, sizeof buf)) > 0) {
				total += (size_t)n;
				if (total > MAX_TOTAL) {
					rc = fx_error(ctx, FX_LOC_NONE, "FX0106",
						      "archive '%s' is larger than %zu MiB once "
						      "decompressed",
						      name, MAX_TOTAL >> 20);
					goto out;
				}
				fx_sb_add(&body, buf, (size_t)n);
			}
			if (n < 0) {
				rc = fx_error(ctx, FX_LOC_NONE, "FX0106", "reading '%s' in archive '%s': %s",
					      p, name,
					      archive_error_string(a) ? archive_error_string(a)
								      : "corrupt data");
				goto out;
			}
			kind = FX_VFS__FILE;
		} else {
			continue; /* devices, fifos: not content */
		}
		if (fx_vfs__mem_put(m, fx_sb_cstr(&path), kind, fx_sb_cstr(&body), body.len) != 0) {
			rc = fx_error(ctx, FX_LOC_NONE, "FX0106",
				      "archive '%s': '%s' is both a file and a directory", name, p);
			goto out;
		}
	}
	fx_sb_addf(&desc, "%s:", name);
	*out = fx_vfs__new(&fx_vfs__mem_ops, m, fx_sb_cstr(&desc), "archive root");
	m = NULL;
out:
	if (m)
		fx_vfs__mem_free(m);
	archive_read_free(a);
	fx_sb_dispose(&path);
	fx_sb_dispose(&body);
	fx_sb_dispose(&desc);
	return rc;
}
