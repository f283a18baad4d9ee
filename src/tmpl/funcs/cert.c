/*
 * Sprig's certificate generators on OpenSSL: genCA, genCAWithKey,
 * genSelfSignedCert(WithKey), genSignedCert(WithKey) and
 * buildCustomCert.  A certificate value is a map with "Cert" and "Key"
 * (PEM text), as Sprig's certificate struct.  Validity starts at the
 * env clock; keys, when not given, are RSA 2048 as in Sprig; serial
 * numbers are random (128 bits).
 */
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

EVP_PKEY *fx_tmplf__gen_key_bits(unsigned bits);
int fx_tmplf__key_pem(EVP_PKEY *k, fx_strbuf *out);

static EVP_PKEY *read_key(const char *pem, size_t n)
{
	BIO *b = BIO_new_mem_buf(pem, (int)n);
	EVP_PKEY *k = b ? PEM_read_bio_PrivateKey(b, NULL, NULL, NULL) : NULL;
	BIO_free(b);
	return k;
}

static X509 *read_cert(const char *pem, size_t n)
{
	BIO *b = BIO_new_mem_buf(pem, (int)n);
	X509 *x = b ? PEM_read_bio_X509(b, NULL, NULL, NULL) : NULL;
	BIO_free(b);
	return x;
}

static int add_ext(X509 *x, X509 *issuer, int nid, const char *value)
{
	X509V3_CTX ctx;
	X509V3_set_ctx_nodb(&ctx);
	X509V3_set_ctx(&ctx, issuer, x, NULL, NULL, 0);
	X509_EXTENSION *ex = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
	if (!ex)
		return -1;
	int ok = X509_add_ext(x, ex, -1);
	X509_EXTENSION_free(ex);
	return ok ? 0 : -1;
}

typedef struct {
	const char *cn;
	int64_t days;
	bool ca;
	fx_strbuf san; /* "IP:1.2.3.4,DNS:x" */
} cert_spec;

/* Builds and signs; signer NULL: self-signed with key. */
static X509 *make_cert(fx_tmpl_call *c, const cert_spec *s, EVP_PKEY *key, X509 *issuer,
		       EVP_PKEY *signer)
{
	X509 *x = X509_new();
	if (!x)
		return NULL;
	X509_set_version(x, 2);
	unsigned char serial[16];
	RAND_bytes(serial, sizeof(serial));
	serial[0] &= 0x7f;
	BIGNUM *bn = BN_bin2bn(serial, sizeof(serial), NULL);
	BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
	BN_free(bn);
	int64_t now = c->env ? c->env->now_unix : 0;
	ASN1_TIME_set(X509_getm_notBefore(x), (time_t)now);
	ASN1_TIME_set(X509_getm_notAfter(x), (time_t)(now + s->days * 86400));
	X509_set_pubkey(x, key);
	X509_NAME *name = X509_get_subject_name(x);
	X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, (const unsigned char *)s->cn, -1, -1,
				   0);
	X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
	bool ok = true;
	if (s->ca) {
		ok = add_ext(x, issuer ? issuer : x, NID_basic_constraints, "critical,CA:TRUE") == 0 &&
		     add_ext(x, issuer ? issuer : x, NID_key_usage,
			     "critical,digitalSignature,keyEncipherment,keyCertSign") == 0;
	} else {
		ok = add_ext(x, issuer ? issuer : x, NID_basic_constraints, "critical,CA:FALSE") == 0 &&
		     add_ext(x, issuer ? issuer : x, NID_key_usage,
			     "critical,digitalSignature,keyEncipherment") == 0 &&
		     add_ext(x, issuer ? issuer : x, NID_ext_key_usage, "serverAuth,clientAuth") == 0;
		if (ok && s->san.len)
			ok = add_ext(x, issuer ? issuer : x, NID_subject_alt_name, fx_sb_cstr(&s->san)) == 0;
	}
	EVP_PKEY *sk = signer ? signer : key;
	int id = EVP_PKEY_get_base_id(sk);
	const EVP_MD *md = id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 ? NULL : EVP_sha256();
	if (!ok || !X509_sign(x, sk, md)) {
		X509_free(x);
		return NULL;
	}
	return x;
}

static fx_node *cert_node(fx_tmpl_call *c, X509 *x, EVP_PKEY *key)
{
	fx_node *m = fx_tmplf__map(c);
	BIO *b = BIO_new(BIO_s_mem());
	PEM_write_bio_X509(b, x);
	char *p;
	long n = BIO_get_mem_data(b, &p);
	fx_map_set(c->arena, m, "Cert", fx_tmplf__str(c, p, (size_t)n));
	BIO_free(b);
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmplf__key_pem(key, &sb);
	fx_map_set(c->arena, m, "Key", fx_tmplf__str_sb(c, &sb));
	return m;
}

/* IPs and DNS names from two lists (Sprig: []interface{} of strings). */
static int collect_san(fx_tmpl_call *c, const fx_node *ips, const fx_node *dns, fx_strbuf *san)
{
	for (size_t i = 0; i < fx_seq_len(ips); i++) {
		size_t n;
		const char *ip = fx_tmplf__strval(c->arena, ips->u.seq.items[i], &n);
		ASN1_OCTET_STRING *o = a2i_IPADDRESS(ip);
		if (!o)
			return fx_tmplf__fail(c, "error parsing ip: %s", ip);
		ASN1_OCTET_STRING_free(o);
		fx_sb_addf(san, "%sIP:%s", san->len ? "," : "", ip);
	}
	for (size_t i = 0; i < fx_seq_len(dns); i++) {
		const char *d = fx_tmplf__strval(c->arena, dns->u.seq.items[i], NULL);
		if (strchr(d, ','))
			return fx_tmplf__fail(c, "invalid DNS name: %s", d);
		fx_sb_addf(san, "%sDNS:%s", san->len ? "," : "", d);
	}
	return 0;
}

static int key_arg(fx_tmpl_call *c, size_t i, EVP_PKEY **out)
{
	const char *pem;
	size_t n;
	if (fx_tmplf__arg_str(c, i, &pem, &n) < 0)
		return -1;
	*out = read_key(pem, n);
	if (!*out)
		return fx_tmplf__fail(c, "error decoding private key: no PEM data or unknown key type");
	return 0;
}

static int gen_ca(fx_tmpl_call *c, fx_node **out, bool with_key)
{
	const char *cn;
	int64_t days;
	if (fx_tmplf__arg_str(c, 0, &cn, NULL) < 0 || fx_tmplf__arg_int(c, 1, &days) < 0)
		return -1;
	EVP_PKEY *key = NULL;
	if (with_key ? key_arg(c, 2, &key) < 0 : !(key = fx_tmplf__gen_key_bits(2048)))
		return with_key ? -1 : fx_tmplf__fail(c, "error generating rsa key");
	cert_spec s = {cn, days, true, FX_STRBUF_INIT};
	X509 *x = make_cert(c, &s, key, NULL, NULL);
	int rc = 0;
	if (!x)
		rc = fx_tmplf__fail(c, "error creating certificate");
	else
		*out = cert_node(c, x, key);
	X509_free(x);
	EVP_PKEY_free(key);
	return rc;
}

int fx_tmplf__gen_ca(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_ca(fx_tmpl_call *c, fx_node **out)
{
	return gen_ca(c, out, false);
}

int fx_tmplf__gen_ca_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_ca_with_key(fx_tmpl_call *c, fx_node **out)
{
	return gen_ca(c, out, true);
}

/* genSelfSignedCert(cn, ips, dns, days [, key]) and
 * genSignedCert(cn, ips, dns, days, ca [, key]). */
static int gen_cert(fx_tmpl_call *c, fx_node **out, bool signed_by_ca, bool with_key)
{
	const char *cn;
	int64_t days;
	if (fx_tmplf__arg_str(c, 0, &cn, NULL) < 0 || fx_tmplf__arg_int(c, 3, &days) < 0)
		return -1;
	cert_spec s = {cn, days, false, FX_STRBUF_INIT};
	EVP_PKEY *key = NULL, *ca_key = NULL;
	X509 *ca = NULL, *x = NULL;
	int rc = -1;
	if (collect_san(c, c->args[1], c->args[2], &s.san) < 0)
		goto out;
	if (signed_by_ca) {
		const fx_node *cav = c->args[4];
		const char *cp = fx_map_get_str(cav, "Cert"), *kp = fx_map_get_str(cav, "Key");
		if (!cp || !kp) {
			fx_tmplf__fail(c, "wrong type for value; expected sprig.certificate; got %s",
				       fx_tmplf__type_name(cav));
			goto out;
		}
		ca = read_cert(cp, strlen(cp));
		ca_key = read_key(kp, strlen(kp));
		if (!ca || !ca_key) {
			fx_tmplf__fail(c, "error parsing CA certificate or key");
			goto out;
		}
	}
	if (with_key) {
		if (key_arg(c, signed_by_ca ? 5 : 4, &key) < 0)
			goto out;
	} else if (!(key = fx_tmplf__gen_key_bits(2048))) {
		fx_tmplf__fail(c, "error generating rsa key");
		goto out;
	}
	x = make_cert(c, &s, key, ca, ca_key);
	if (!x) {
		fx_tmplf__fail(c, "error creating certificate");
		goto out;
	}
	*out = cert_node(c, x, key);
	rc = 0;
out:
	fx_sb_dispose(&s.san);
	X509_free(x);
	X509_free(ca);
	EVP_PKEY_free(key);
	EVP_PKEY_free(ca_key);
	return rc;
}

int fx_tmplf__gen_self_signed(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_self_signed(fx_tmpl_call *c, fx_node **out)
{
	return gen_cert(c, out, false, false);
}

int fx_tmplf__gen_self_signed_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_self_signed_with_key(fx_tmpl_call *c, fx_node **out)
{
	return gen_cert(c, out, false, true);
}

int fx_tmplf__gen_signed(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_signed(fx_tmpl_call *c, fx_node **out)
{
	return gen_cert(c, out, true, false);
}

int fx_tmplf__gen_signed_with_key(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__gen_signed_with_key(fx_tmpl_call *c, fx_node **out)
{
	return gen_cert(c, out, true, true);
}

int fx_tmplf__build_custom_cert(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__build_custom_cert(fx_tmpl_call *c, fx_node **out)
{
	const char *cb, *kb;
	size_t cn, kn;
	if (fx_tmplf__arg_str(c, 0, &cb, &cn) < 0 || fx_tmplf__arg_str(c, 1, &kb, &kn) < 0)
		return -1;
	fx_strbuf cert = FX_STRBUF_INIT, key = FX_STRBUF_INIT;
	int rc = -1;
	if (fx_base64_decode(&cert, cb, cn) < 0) {
		fx_tmplf__fail(c, "unable to decode base64 certificate");
		goto out;
	}
	if (fx_base64_decode(&key, kb, kn) < 0) {
		fx_tmplf__fail(c, "unable to decode base64 private key");
		goto out;
	}
	X509 *x = read_cert(fx_sb_cstr(&cert), cert.len);
	EVP_PKEY *k = read_key(fx_sb_cstr(&key), key.len);
	if (!x)
		fx_tmplf__fail(c, "error parsing certificate: decoded pem is blank");
	else if (!k)
		fx_tmplf__fail(c, "error parsing private key: decoded pem is blank");
	else {
		fx_node *m = fx_tmplf__map(c);
		fx_map_set(c->arena, m, "Cert", fx_tmplf__str(c, fx_sb_cstr(&cert), cert.len));
		fx_map_set(c->arena, m, "Key", fx_tmplf__str(c, fx_sb_cstr(&key), key.len));
		*out = m;
		rc = 0;
	}
	X509_free(x);
	EVP_PKEY_free(k);
out:
	fx_sb_dispose(&cert);
	fx_sb_dispose(&key);
	return rc;
}
