/*
 * base64, sha256 (OpenSSL libcrypto) and small string/file helpers.
 */
#include "base/base.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void fx_base64_encode(fx_strbuf *out, const void *data, size_t n)
{
	const unsigned char *p = data;
	fx_sb_grow(out, (n + 2) / 3 * 4);
	size_t i = 0;
	for (; i + 2 < n; i += 3) {
		uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], b64[v & 63]};
		fx_sb_add(out, q, 4);
	}
	if (i < n) {
		uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
		char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=', '='};
		fx_sb_add(out, q, 4);
	}
}

static int b64val(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

int fx_base64_decode(fx_strbuf *out, const char *s, size_t n)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t pad = 0, sig = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' || c == '\r')
			continue;
		if (c == '=') {
			pad++;
			continue;
		}
		if (pad)
			return -1;
		int v = b64val(c);
		if (v < 0)
			return -1;
		sig++;
		acc = acc << 6 | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			fx_sb_addc(out, (char)((acc >> bits) & 0xff));
		}
	}
	if ((sig + pad) % 4 != 0 || pad > 2)
		return -1;
	return 0;
}

void fx_sha256(const void *data, size_t n, uint8_t out[32])
{
	unsigned int len = 32;
	EVP_Digest(data, n, out, &len, EVP_sha256(), NULL);
}

void fx_sha256_hex(const void *data, size_t n, char out[65])
{
	uint8_t d[32];
	fx_sha256(data, n, d);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

bool fx_str_has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool fx_str_has_suffix(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

int fx_read_host_file(const char *path, fx_strbuf *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno == ENOENT ? FX_ENOTFOUND : FX_EFAIL;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		fx_sb_add(out, buf, n);
	int err = ferror(f);
	fclose(f);
	if (!out->ptr)
		fx_sb_grow(out, 0);
	return err ? FX_EFAIL : 0;
}
