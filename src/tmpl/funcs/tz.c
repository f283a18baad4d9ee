/*
 * Time zones for the date functions: reads a zone from the system's
 * tz database (TZif files under /usr/share/zoneinfo), as Go's
 * time.LoadLocation does, and gives the UTC offset and abbreviation in
 * effect at an instant.  Instants after the file's last transition use
 * that transition's type (the tz "fat" files list transitions to 2037).
 */
#include <stdio.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

static uint32_t be32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static int64_t be64(const unsigned char *p)
{
	return (int64_t)(((uint64_t)be32(p) << 32) | be32(p + 4));
}

int fx_tmplf__tz_lookup(const char *name, int64_t when, int32_t *off_out, char *abbr, size_t an);
int fx_tmplf__tz_lookup(const char *name, int64_t when, int32_t *off_out, char *abbr, size_t an)
{
	if (!name || !*name || name[0] == '/' || strstr(name, "..") || strlen(name) > 200)
		return -1;
	char path[256];
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", name);
	fx_strbuf buf = FX_STRBUF_INIT;
	int rc = -1;
	if (fx_read_host_file(path, &buf) < 0 || buf.len < 44 || memcmp(buf.ptr, "TZif", 4) != 0)
		goto out;
	const unsigned char *p = (const unsigned char *)buf.ptr, *end = p + buf.len;
	int tsize = 4;
	uint32_t cnt[6];
	for (int i = 0; i < 6; i++)
		cnt[i] = be32(p + 20 + 4 * i);
	if (p[4] >= '2') { /* skip the v1 block to the 64-bit one */
		size_t v1 = (size_t)cnt[3] * 5 + (size_t)cnt[4] * 6 + cnt[5] + (size_t)cnt[2] * 8 +
			    cnt[1] + cnt[0];
		if ((size_t)(end - p) < 44 + v1 + 44)
			goto out;
		p += 44 + v1;
		if (memcmp(p, "TZif", 4) != 0)
			goto out;
		for (int i = 0; i < 6; i++)
			cnt[i] = be32(p + 20 + 4 * i);
		tsize = 8;
	}
	uint32_t timecnt = cnt[3], typecnt = cnt[4], charcnt = cnt[5];
	const unsigned char *times = p + 44;
	const unsigned char *idx = times + (size_t)timecnt * (size_t)tsize;
	const unsigned char *types = idx + timecnt;
	const unsigned char *chars = types + (size_t)typecnt * 6;
	if (typecnt == 0 || chars + charcnt > end)
		goto out;
	size_t ty = 0;
	/* before the first transition: the first standard-time type */
	for (size_t i = 0; i < typecnt; i++)
		if (!types[i * 6 + 4]) {
			ty = i;
			break;
		}
	for (uint32_t i = 0; i < timecnt; i++) {
		int64_t t = tsize == 8 ? be64(times + (size_t)i * 8) : (int32_t)be32(times + (size_t)i * 4);
		if (t > when)
			break;
		ty = idx[i] < typecnt ? idx[i] : ty;
	}
	const unsigned char *tt = types + ty * 6;
	*off_out = (int32_t)be32(tt);
	size_t di = tt[5];
	if (di < charcnt)
		snprintf(abbr, an, "%.*s", (int)strnlen((const char *)chars + di, charcnt - di),
			 (const char *)chars + di);
	else
		snprintf(abbr, an, "%s", "");
	rc = 0;
out:
	fx_sb_dispose(&buf);
	return rc;
}
