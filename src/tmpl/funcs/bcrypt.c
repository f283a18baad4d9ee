/*
 * bcrypt for Sprig's bcrypt and htpasswd: golang.org/x/crypto/bcrypt's
 * "$2a$10$" hashes (cost 10, the password with its NUL terminator as
 * the key, 16 salt bytes from the env's seeded random source).
 *
 * Blowfish starts from the hexadecimal digits of pi.  Rather than carry
 * the 4 KiB table, they are computed per hash from Machin's formula
 * (pi = 16 atan(1/5) - 4 atan(1/239)) in fixed point; it takes a few
 * milliseconds, far less than the 2^10 key expansions that follow.
 */
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#define PI_WORDS (18 + 4 * 256)
#define FIX_WORDS (PI_WORDS + 5) /* word 0: integer part; 4 guard words */

typedef struct {
	uint32_t p[18];
	uint32_t s[4][256];
} bf_state;

/* ------------------------------------------------------------------ */
/* pi in fixed point                                                    */

static bool fix_zero(const uint32_t *a)
{
	for (size_t i = 0; i < FIX_WORDS; i++)
		if (a[i])
			return false;
	return true;
}

static void fix_div(uint32_t *dst, const uint32_t *src, uint32_t d)
{
	uint64_t rem = 0;
	for (size_t i = 0; i < FIX_WORDS; i++) {
		uint64_t cur = (rem << 32) | src[i];
		dst[i] = (uint32_t)(cur / d);
		rem = cur % d;
	}
}

static void fix_add(uint32_t *dst, const uint32_t *src, int sign)
{
	int64_t carry = 0;
	for (size_t i = FIX_WORDS; i-- > 0;) {
		int64_t v = (int64_t)dst[i] + sign * (int64_t)src[i] + carry;
		carry = 0;
		if (v < 0) {
			v += (int64_t)1 << 32;
			carry = -1;
		} else if (v >= ((int64_t)1 << 32)) {
			v -= (int64_t)1 << 32;
			carry = 1;
		}
		dst[i] = (uint32_t)v;
	}
}

/* acc += mul * atan(1/x) */
static void add_atan(uint32_t *acc, uint32_t x, uint32_t mul, uint32_t *term, uint32_t *tmp)
{
	memset(term, 0, FIX_WORDS * sizeof(uint32_t));
	term[0] = mul;
	fix_div(term, term, x); /* mul / x */
	uint32_t xx = x * x;
	for (uint32_t k = 0; !fix_zero(term); k++) {
		fix_div(tmp, term, 2 * k + 1);
		fix_add(acc, tmp, (k & 1) ? -1 : 1);
		fix_div(term, term, xx);
	}
}

static void init_state(bf_state *st)
{
	uint32_t *acc = calloc(FIX_WORDS, sizeof(uint32_t));
	uint32_t *term = calloc(FIX_WORDS, sizeof(uint32_t));
	uint32_t *tmp = calloc(FIX_WORDS, sizeof(uint32_t));
	FX_ASSERT(acc && term && tmp);
	add_atan(acc, 5, 16, term, tmp);
	memset(tmp, 0, FIX_WORDS * sizeof(uint32_t));
	uint32_t *neg = calloc(FIX_WORDS, sizeof(uint32_t));
	FX_ASSERT(neg);
	add_atan(neg, 239, 4, term, tmp);
	fix_add(acc, neg, -1);
	memcpy(st->p, acc + 1, sizeof(st->p));
	memcpy(st->s, acc + 1 + 18, sizeof(st->s));
	free(acc);
	free(term);
	free(tmp);
	free(neg);
}

/* ------------------------------------------------------------------ */
/* Blowfish                                                             */

static uint32_t f(const bf_state *st, uint32_t x)
{
	return ((st->s[0][x >> 24] + st->s[1][(x >> 16) & 0xff]) ^ st->s[2][(x >> 8) & 0xff]) +
	       st->s[3][x & 0xff];
}

static void encrypt(const bf_state *st, uint32_t *lp, uint32_t *rp)
{
	uint32_t l = *lp, r = *rp;
	for (int i = 0; i < 16; i += 2) {
		l ^= st->p[i];
		r ^= f(st, l);
		r ^= st->p[i + 1];
		l ^= f(st, r);
	}
	l ^= st->p[16];
	r ^= st->p[17];
	*lp = r;
	*rp = l;
}

static uint32_t stream_word(const uint8_t *d, size_t n, size_t *pos)
{
	uint32_t w = 0;
	for (int i = 0; i < 4; i++) {
		w = (w << 8) | d[*pos];
		*pos = (*pos + 1) % n;
	}
	return w;
}

static void expand_key(bf_state *st, const uint8_t *key, size_t kn, const uint8_t *salt, size_t sn)
{
	size_t kp = 0, sp = 0;
	for (int i = 0; i < 18; i++)
		st->p[i] ^= stream_word(key, kn, &kp);
	uint32_t l = 0, r = 0;
	uint32_t *words[18 + 4 * 256];
	size_t nw = 0;
	for (int i = 0; i < 18; i++)
		words[nw++] = &st->p[i];
	for (int b = 0; b < 4; b++)
		for (int i = 0; i < 256; i++)
			words[nw++] = &st->s[b][i];
	for (size_t i = 0; i < nw; i += 2) {
		if (salt) {
			l ^= stream_word(salt, sn, &sp);
			r ^= stream_word(salt, sn, &sp);
		}
		encrypt(st, &l, &r);
		*words[i] = l;
		*words[i + 1] = r;
	}
}

/* ------------------------------------------------------------------ */
/* bcrypt                                                               */

static const char b64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static void bc_b64(fx_strbuf *out, const uint8_t *d, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)d[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)d[i + 1] << 8;
		if (i + 2 < n)
			v |= d[i + 2];
		size_t chars = n - i >= 3 ? 4 : n - i + 1;
		for (size_t k = 0; k < chars; k++)
			fx_sb_addc(out, b64[(v >> (18 - 6 * k)) & 63]);
	}
}

int fx_tmplf__bcrypt(fx_tmpl_call *c, const char *pw, size_t pn, fx_strbuf *out);
int fx_tmplf__bcrypt(fx_tmpl_call *c, const char *pw, size_t pn, fx_strbuf *out)
{
	if (pn > 72)
		return fx_tmplf__fail(c, "bcrypt: password length exceeds 72 bytes");
	const int cost = 10;
	uint8_t salt[16];
	for (size_t i = 0; i < sizeof(salt); i++)
		salt[i] = (uint8_t)fx_tmplf__rand(c);
	uint8_t key[73];
	memcpy(key, pw, pn);
	key[pn] = 0;
	size_t kn = pn + 1;
	bf_state *st = malloc(sizeof(*st));
	FX_ASSERT(st);
	init_state(st);
	expand_key(st, key, kn, salt, sizeof(salt));
	for (long i = 0; i < (1L << cost); i++) {
		expand_key(st, key, kn, NULL, 0);
		expand_key(st, salt, sizeof(salt), NULL, 0);
	}
	static const char magic[] = "OrpheanBeholderScryDoubt";
	uint32_t w[6];
	for (int i = 0; i < 6; i++)
		w[i] = ((uint32_t)(uint8_t)magic[4 * i] << 24) | ((uint32_t)(uint8_t)magic[4 * i + 1] << 16) |
		       ((uint32_t)(uint8_t)magic[4 * i + 2] << 8) | (uint8_t)magic[4 * i + 3];
	for (int r = 0; r < 64; r++)
		for (int i = 0; i < 6; i += 2)
			encrypt(st, &w[i], &w[i + 1]);
	free(st);
	uint8_t ct[24];
	for (int i = 0; i < 6; i++) {
		ct[4 * i] = (uint8_t)(w[i] >> 24);
		ct[4 * i + 1] = (uint8_t)(w[i] >> 16);
		ct[4 * i + 2] = (uint8_t)(w[i] >> 8);
		ct[4 * i + 3] = (uint8_t)w[i];
	}
	fx_sb_addf(out, "$2a$%02d$", cost);
	bc_b64(out, salt, sizeof(salt));
	bc_b64(out, ct, 23);
	return 0;
}
