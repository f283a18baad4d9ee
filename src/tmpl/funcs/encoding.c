/*
 * Sprig's encoding and digest functions: b64enc/b64dec, b32enc/b32dec,
 * sha1sum, sha256sum, sha512sum, adler32sum, and the random ones built on
 * the seeded source of call->env: uuidv4 and randBytes.  Digests come
 * from OpenSSL's libcrypto.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#define ARG_S(i, s, n)                                                         \
	const char *s;                                                         \
	size_t n;                                                              \
	if (fx_tmplf__arg_str(c, (i), &s, &n) < 0)                             \
	return -1

static int f_b64enc(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_base64_encode(&sb, s, n);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int b64val(char ch)
{
	if (ch >= 'A' && ch <= 'Z')
		return ch - 'A';
	if (ch >= 'a' && ch <= 'z')
		return ch - 'a' + 26;
	if (ch >= '0' && ch <= '9')
		return ch - '0' + 52;
	if (ch == '+')
		return 62;
	if (ch == '/')
		return 63;
	return -1;
}

/* Go's StdEncoding.DecodeString; returns the failing input offset or -1.
 * Go drops \r and \n anywhere. */
static long b64_decode(fx_strbuf *out, const char *s, size_t n)
{
	int quad[4];
	size_t q = 0, qpos[4];
	size_t i = 0;
	for (;;) {
		while (i < n && (s[i] == '\n' || s[i] == '\r'))
			i++;
		if (i >= n)
			break;
		if (s[i] == '=') {
			/* padding: 2 or 3 data chars must precede */
			if (q < 2)
				return (long)i;
			size_t need = 4 - q;
			size_t j = i;
			for (size_t k = 0; k < need; k++) {
				while (j < n && (s[j] == '\n' || s[j] == '\r'))
					j++;
				if (j >= n || s[j] != '=')
					return (long)(j >= n ? n : j);
				j++;
			}
			while (j < n && (s[j] == '\n' || s[j] == '\r'))
				j++;
			if (j < n)
				return (long)j;
			fx_sb_addc(out, (char)((quad[0] << 2) | (quad[1] >> 4)));
			if (q == 3)
				fx_sb_addc(out, (char)(((quad[1] & 15) << 4) | (quad[2] >> 2)));
			return -1;
		}
		int v = b64val(s[i]);
		if (v < 0)
			return (long)i;
		qpos[q] = i;
		quad[q++] = v;
		i++;
		if (q == 4) {
			fx_sb_addc(out, (char)((quad[0] << 2) | (quad[1] >> 4)));
			fx_sb_addc(out, (char)(((quad[1] & 15) << 4) | (quad[2] >> 2)));
			fx_sb_addc(out, (char)(((quad[2] & 3) << 6) | quad[3]));
			q = 0;
		}
	}
	if (q)
		return (long)(q == 1 ? qpos[0] : n);
	return -1;
}

static int f_b64dec(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	long bad = b64_decode(&sb, s, n);
	if (bad >= 0) {
		fx_sb_clear(&sb);
		fx_sb_addf(&sb, "illegal base64 data at input byte %ld", bad);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static const char b32_alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

static int f_b32enc(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i += 5) {
		unsigned char b[5] = {0};
		size_t k = n - i < 5 ? n - i : 5;
		memcpy(b, s + i, k);
		uint64_t v = ((uint64_t)b[0] << 32) | ((uint64_t)b[1] << 24) | ((uint64_t)b[2] << 16) |
			     ((uint64_t)b[3] << 8) | b[4];
		static const int chars[] = {0, 2, 4, 5, 7, 8};
		int nc = chars[k];
		for (int j = 0; j < 8; j++)
			fx_sb_addc(&sb, j < nc ? b32_alpha[(v >> (35 - 5 * j)) & 31] : '=');
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_b32dec(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	long bad = -1;
	uint64_t acc = 0;
	int bits = 0;
	size_t i, data = 0;
	for (i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '\n' || ch == '\r')
			continue;
		if (ch == '=')
			break;
		const char *p = strchr(b32_alpha, ch);
		if (!p || !ch) {
			bad = (long)i;
			break;
		}
		acc = (acc << 5) | (uint64_t)(p - b32_alpha);
		bits += 5;
		data++;
		if (bits >= 8) {
			bits -= 8;
			fx_sb_addc(&sb, (char)((acc >> bits) & 0xff));
		}
	}
	if (bad < 0) {
		size_t pad = 0;
		for (; i < n; i++) {
			if (s[i] == '=')
				pad++;
			else if (s[i] != '\n' && s[i] != '\r') {
				bad = (long)i;
				break;
			}
		}
		if (bad < 0 && (data + pad) % 8 != 0)
			bad = (long)n;
	}
	if (bad >= 0) {
		fx_sb_clear(&sb);
		fx_sb_addf(&sb, "illegal base32 data at input byte %ld", bad);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int digest(fx_tmpl_call *c, fx_node **out, const EVP_MD *md)
{
	ARG_S(0, s, n);
	unsigned char h[EVP_MAX_MD_SIZE];
	unsigned int hl = 0;
	if (!EVP_Digest(s, n, h, &hl, md, NULL))
		return fx_tmplf__fail(c, "digest failed");
	char hex[2 * EVP_MAX_MD_SIZE + 1];
	for (unsigned int i = 0; i < hl; i++)
		snprintf(hex + 2 * i, 3, "%02x", h[i]);
	*out = fx_tmplf__str(c, hex, 2 * (size_t)hl);
	return 0;
}

static int f_sha1sum(fx_tmpl_call *c, fx_node **out)
{
	return digest(c, out, EVP_sha1());
}
static int f_sha256sum(fx_tmpl_call *c, fx_node **out)
{
	return digest(c, out, EVP_sha256());
}
static int f_sha512sum(fx_tmpl_call *c, fx_node **out)
{
	return digest(c, out, EVP_sha512());
}

static int f_adler32sum(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	uint32_t a = 1, b = 0;
	for (size_t i = 0; i < n; i++) {
		a = (a + (unsigned char)s[i]) % 65521;
		b = (b + a) % 65521;
	}
	char buf[16];
	snprintf(buf, sizeof(buf), "%u", (b << 16) | a);
	*out = fx_tmplf__strz(c, buf);
	return 0;
}

static int f_uuidv4(fx_tmpl_call *c, fx_node **out)
{
	unsigned char u[16];
	uint64_t r1 = fx_tmplf__rand(c), r2 = fx_tmplf__rand(c);
	memcpy(u, &r1, 8);
	memcpy(u + 8, &r2, 8);
	u[6] = (unsigned char)((u[6] & 0x0f) | 0x40);
	u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
	char buf[40];
	snprintf(buf, sizeof(buf),
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0], u[1],
		 u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14],
		 u[15]);
	*out = fx_tmplf__strz(c, buf);
	return 0;
}

static int f_rand_bytes(fx_tmpl_call *c, fx_node **out)
{
	int64_t k;
	if (fx_tmplf__arg_int(c, 0, &k) < 0)
		return -1;
	if (k < 0 || k > (1 << 24))
		return fx_tmplf__fail(c, "invalid randBytes count %lld", (long long)k);
	unsigned char *b = fx_arena_alloc(c->arena, (size_t)k + 1);
	for (int64_t i = 0; i < k; i++)
		b[i] = (unsigned char)fx_tmplf__rand(c);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_base64_encode(&sb, b, (size_t)k);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static const fx_tmpl_func encoding_funcs[] = {
	{"adler32sum", f_adler32sum, 1, 1, 0},
	{"b32dec", f_b32dec, 1, 1, 0},
	{"b32enc", f_b32enc, 1, 1, 0},
	{"b64dec", f_b64dec, 1, 1, 0},
	{"b64enc", f_b64enc, 1, 1, 0},
	{"randBytes", f_rand_bytes, 1, 1, 0},
	{"sha1sum", f_sha1sum, 1, 1, 0},
	{"sha256sum", f_sha256sum, 1, 1, 0},
	{"sha512sum", f_sha512sum, 1, 1, 0},
	{"uuidv4", f_uuidv4, 0, 0, 0},
};

fx_tmplf__family fx_tmplf__encoding_family(void)
{
	return FX_TMPLF__FAMILY(encoding_funcs);
}
