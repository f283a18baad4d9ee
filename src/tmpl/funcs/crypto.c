/*
 * Sprig's cryptographic functions on OpenSSL's libcrypto: derivePassword
 * (Master Password: scrypt + HMAC-SHA256), encryptAES/decryptAES
 * (AES-256-CBC, PKCS#7, IV prefix, base64), htpasswd, genPrivateKey
 * (rsa, dsa, ecdsa, ed25519 in Go's PEM forms) and the certificate
 * generators in cert.c (bcrypt in bcrypt.c).  Keys and IVs come from
 * OpenSSL's random source, as Go's crypto/rand: they are not
 * reproducible; bcrypt salts come from the env's seeded source.
 */
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#define ARG_S(i, s, n)                                                         \
	const char *s;                                                         \
	size_t n;                                                              \
	if (fx_tmplf__arg_str(c, (i), &s, &n) < 0)                             \
	return -1

/* ------------------------------------------------------------------ */
/* derivePassword                                                       */

static const struct {
	const char *type;
	const char *tpl[21];
} templates[] = {
	{"maximum", {"anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"}},
	{"long",
	 {"CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
	  "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
	  "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
	  "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
	  "CvccCvcvCvccno"}},
	{"medium", {"CvcnoCvc", "CvcCvcno"}},
	{"short", {"Cvcn"}},
	{"basic", {"aaanaaan", "aannaaan", "aaannaaa"}},
	{"pin", {"nnnn"}},
};

static const char *template_chars(char ch)
{
	switch (ch) {
	case 'V': return "AEIOU";
	case 'C': return "BCDFGHJKLMNPQRSTVWXYZ";
	case 'v': return "aeiou";
	case 'c': return "bcdfghjklmnpqrstvwxyz";
	case 'A': return "AEIOUBCDFGHJKLMNPQRSTVWXYZ";
	case 'a': return "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";
	case 'n': return "0123456789";
	case 'o': return "@&%?,=[]_:-+*$#!'^~;()/.";
	case 'x': return "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()";
	default: return "";
	}
}

static void put_be32(fx_strbuf *sb, uint32_t v)
{
	fx_sb_addc(sb, (char)(v >> 24));
	fx_sb_addc(sb, (char)(v >> 16));
	fx_sb_addc(sb, (char)(v >> 8));
	fx_sb_addc(sb, (char)v);
}

static int f_derive_password(fx_tmpl_call *c, fx_node **out)
{
	int64_t counter;
	if (fx_tmplf__arg_int(c, 0, &counter) < 0)
		return -1;
	ARG_S(1, type, tn);
	ARG_S(2, pass, pn);
	ARG_S(3, user, un);
	ARG_S(4, site, sn);
	int t = -1;
	for (size_t i = 0; i < sizeof(templates) / sizeof(templates[0]); i++)
		if (strcmp(templates[i].type, type) == 0)
			t = (int)i;
	if (t < 0) {
		char buf[256];
		snprintf(buf, sizeof(buf), "cannot find password template %.*s", (int)tn, type);
		*out = fx_tmplf__strz(c, buf);
		return 0;
	}
	static const char seed[] = "com.lyndir.masterpassword";
	fx_strbuf salt = FX_STRBUF_INIT;
	fx_sb_adds(&salt, seed);
	put_be32(&salt, (uint32_t)un);
	fx_sb_add(&salt, user, un);
	unsigned char key[64];
	int ok = EVP_PBE_scrypt(pass, pn, (const unsigned char *)salt.ptr, salt.len, 32768, 8, 2,
				64u << 20, key, sizeof(key));
	fx_sb_clear(&salt);
	if (!ok) {
		fx_sb_dispose(&salt);
		*out = fx_tmplf__strz(c, "failed to derive password: scrypt failed");
		return 0;
	}
	fx_sb_adds(&salt, seed);
	put_be32(&salt, (uint32_t)sn);
	fx_sb_add(&salt, site, sn);
	put_be32(&salt, (uint32_t)counter);
	unsigned char mac[32];
	unsigned int ml = 0;
	HMAC(EVP_sha256(), key, sizeof(key), (const unsigned char *)salt.ptr, salt.len, mac, &ml);
	fx_sb_dispose(&salt);
	size_t nt = 0;
	while (nt < 21 && templates[t].tpl[nt])
		nt++;
	const char *tpl = templates[t].tpl[mac[0] % nt];
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; tpl[i] && i + 1 < sizeof(mac); i++) {
		const char *set = template_chars(tpl[i]);
		fx_sb_addc(&sb, set[mac[i + 1] % strlen(set)]);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

/* ------------------------------------------------------------------ */
/* AES                                                                  */

static int f_encrypt_aes(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, pass, pn);
	ARG_S(1, text, tn);
	if (tn == 0) {
		*out = fx_tmplf__str(c, "", 0);
		return 0;
	}
	unsigned char key[32] = {0};
	memcpy(key, pass, pn < 32 ? pn : 32);
	size_t padded = tn + 16 - tn % 16;
	unsigned char *buf = fx_arena_alloc(c->arena, 16 + padded + 16);
	if (RAND_bytes(buf, 16) != 1)
		return fx_tmplf__fail(c, "random source failed");
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int l1 = 0, l2 = 0;
	int ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, buf) &&
		 EVP_EncryptUpdate(ctx, buf + 16, &l1, (const unsigned char *)text, (int)tn) &&
		 EVP_EncryptFinal_ex(ctx, buf + 16 + l1, &l2);
	EVP_CIPHER_CTX_free(ctx);
	if (!ok)
		return fx_tmplf__fail(c, "crypto/aes: encryption failed");
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_base64_encode(&sb, buf, 16 + (size_t)l1 + (size_t)l2);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_decrypt_aes(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, pass, pn);
	ARG_S(1, b64, bn);
	fx_strbuf raw = FX_STRBUF_INIT;
	if (fx_base64_decode(&raw, b64, bn) < 0) {
		fx_sb_dispose(&raw);
		return fx_tmplf__fail(c, "illegal base64 data");
	}
	if (raw.len < 16 || (raw.len - 16) % 16 != 0) {
		fx_sb_dispose(&raw);
		return fx_tmplf__fail(c, "ciphertext too short");
	}
	unsigned char key[32] = {0};
	memcpy(key, pass, pn < 32 ? pn : 32);
	unsigned char *plain = fx_arena_alloc(c->arena, raw.len + 16);
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int l1 = 0;
	int ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, (unsigned char *)raw.ptr) &&
		 EVP_CIPHER_CTX_set_padding(ctx, 0) &&
		 EVP_DecryptUpdate(ctx, plain, &l1, (unsigned char *)raw.ptr + 16, (int)(raw.len - 16));
	EVP_CIPHER_CTX_free(ctx);
	fx_sb_dispose(&raw);
	if (!ok)
		return fx_tmplf__fail(c, "crypto/aes: decryption failed");
	/* Sprig strips the padding byte count without checking it */
	size_t n = (size_t)l1;
	if (n) {
		size_t pad = plain[n - 1];
		n = pad <= n ? n - pad : 0;
	}
	*out = fx_tmplf__str(c, (const char *)plain, n);
	return 0;
}

/* ------------------------------------------------------------------ */
/* htpasswd, bcrypt                                                     */

int fx_tmplf__bcrypt(fx_tmpl_call *c, const char *pw, size_t pn, fx_strbuf *out);

/* Sprig reports bcrypt failures in the result text. */
static void bcrypt_text(fx_tmpl_call *c, const char *pw, size_t pn, fx_strbuf *sb)
{
	size_t mark = sb->len;
	if (fx_tmplf__bcrypt(c, pw, pn, sb) < 0) {
		fx_sb_truncate(sb, mark);
		fx_sb_addf(sb, "failed to encrypt string with bcrypt: %s", fx_sb_cstr(c->err));
		fx_sb_clear(c->err);
	}
}

static int f_bcrypt(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, pw, pn);
	fx_strbuf sb = FX_STRBUF_INIT;
	bcrypt_text(c, pw, pn, &sb);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_htpasswd(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, user, un);
	ARG_S(1, pass, pn);
	const char *algo = "bcrypt";
	if (c->n_args > 2 && fx_tmplf__arg_str(c, 2, &algo, NULL) < 0)
		return -1;
	char buf[512];
	if (memchr(user, ':', un)) {
		snprintf(buf, sizeof(buf), "invalid username: %.*s", (int)un, user);
		*out = fx_tmplf__strz(c, buf);
		return 0;
	}
	if (strcmp(algo, "sha") != 0) {
		fx_strbuf sb = FX_STRBUF_INIT;
		fx_sb_add(&sb, user, un);
		fx_sb_addc(&sb, ':');
		bcrypt_text(c, pass, pn, &sb);
		*out = fx_tmplf__str_sb(c, &sb);
		return 0;
	}
	unsigned char h[20];
	unsigned int hl = 0;
	EVP_Digest(pass, pn, h, &hl, EVP_sha1(), NULL);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_add(&sb, user, un);
	fx_sb_adds(&sb, ":{SHA}");
	fx_base64_encode(&sb, h, hl);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Keys                                                                 */

EVP_PKEY *fx_tmplf__gen_key_bits(unsigned bits);
EVP_PKEY *fx_tmplf__gen_key_bits(unsigned bits)
{
	return EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)bits);
}

EVP_PKEY *fx_tmplf__gen_key(const char *type);
EVP_PKEY *fx_tmplf__gen_key(const char *type)
{
	if (!*type || strcmp(type, "rsa") == 0)
		return EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)4096);
	if (strcmp(type, "ecdsa") == 0)
		return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	if (strcmp(type, "ed25519") == 0)
		return EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
	if (strcmp(type, "dsa") == 0) {
		EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new_from_name(NULL, "DSA", NULL);
		EVP_PKEY *params = NULL, *key = NULL;
		if (pc && EVP_PKEY_paramgen_init(pc) > 0 &&
		    EVP_PKEY_CTX_set_dsa_paramgen_bits(pc, 2048) > 0 &&
		    EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pc, 256) > 0 &&
		    EVP_PKEY_paramgen(pc, &params) > 0) {
			EVP_PKEY_CTX *kc = EVP_PKEY_CTX_new(params, NULL);
			if (kc && EVP_PKEY_keygen_init(kc) > 0)
				EVP_PKEY_keygen(kc, &key);
			EVP_PKEY_CTX_free(kc);
		}
		EVP_PKEY_free(params);
		EVP_PKEY_CTX_free(pc);
		return key;
	}
	return NULL;
}

/* The key in Go's PEM form (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 others). */
int fx_tmplf__key_pem(EVP_PKEY *k, fx_strbuf *out);
int fx_tmplf__key_pem(EVP_PKEY *k, fx_strbuf *out)
{
	BIO *b = BIO_new(BIO_s_mem());
	int ok = 0;
	int id = EVP_PKEY_get_base_id(k);
	if (id == EVP_PKEY_RSA || id == EVP_PKEY_EC || id == EVP_PKEY_DSA)
		ok = PEM_write_bio_PrivateKey_traditional(b, k, NULL, NULL, 0, NULL, NULL);
	else
		ok = PEM_write_bio_PrivateKey(b, k, NULL, NULL, 0, NULL, NULL);
	if (ok) {
		char *p;
		long n = BIO_get_mem_data(b, &p);
		fx_sb_add(out, p, (size_t)n);
	}
	BIO_free(b);
	return ok ? 0 : -1;
}

static int f_gen_private_key(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, type, tn);
	if (*type && strcmp(type, "rsa") && strcmp(type, "dsa") && strcmp(type, "ecdsa") &&
	    strcmp(type, "ed25519")) {
		fx_strbuf sb = FX_STRBUF_INIT;
		fx_sb_adds(&sb, "Unknown type ");
		fx_sb_add(&sb, type, tn);
		*out = fx_tmplf__str_sb(c, &sb);
		return 0;
	}
	EVP_PKEY *k = fx_tmplf__gen_key(type);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (!k || fx_tmplf__key_pem(k, &sb) < 0) {
		fx_sb_clear(&sb);
		fx_sb_adds(&sb, "failed to generate private key");
	}
	EVP_PKEY_free(k);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

int fx_tmplf__gen_ca(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_ca_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_self_signed(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_self_signed_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_signed(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_signed_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__build_custom_cert(fx_tmpl_call *c, fx_node **out);

static const fx_tmpl_func crypto_funcs[] = {
	{"bcrypt", f_bcrypt, 1, 1, 0},
	{"buildCustomCert", fx_tmplf__build_custom_cert, 2, 2, 0},
	{"decryptAES", f_decrypt_aes, 2, 2, 0},
	{"derivePassword", f_derive_password, 5, 5, 0},
	{"encryptAES", f_encrypt_aes, 2, 2, 0},
	{"genCA", fx_tmplf__gen_ca, 2, 2, 0},
	{"genCAWithKey", fx_tmplf__gen_ca_with_key, 3, 3, 0},
	{"genPrivateKey", f_gen_private_key, 1, 1, 0},
	{"genSelfSignedCert", fx_tmplf__gen_self_signed, 4, 4, 0},
	{"genSelfSignedCertWithKey", fx_tmplf__gen_self_signed_with_key, 5, 5, 0},
	{"genSignedCert", fx_tmplf__gen_signed, 5, 5, 0},
	{"genSignedCertWithKey", fx_tmplf__gen_signed_with_key, 6, 6, 0},
	{"htpasswd", f_htpasswd, 2, 3, 0},
};

fx_tmplf__family fx_tmplf__crypto_family(void)
{
	return FX_TMPLF__FAMILY(crypto_funcs);
}
