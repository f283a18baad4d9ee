/*
 * The text form substitution works on, and the tree it turns back into
 * (spec flux.md 4.5).  Upstream serialises each object to JSON and then
 * to YAML with go-yaml v2 (so source quoting is lost and keys come in
 * go-yaml v2's natural order), substitutes the text, re-reads it with
 * YAML 1.1 typing and converts it to JSON.  This file prepares a copy of
 * an object for the emitter and normalises the re-read tree; the emitter
 * and loader themselves are src/yaml's.  Part of src/subst.
 */
#include "subst/subst_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* go-yaml v2 key order                                                 */

typedef struct {
	uint32_t *r;
	size_t n;
} runes;

static runes to_runes(const char *s, size_t n)
{
	runes out = {fx_xmalloc((n + 1) * sizeof(uint32_t)), 0};
	for (size_t i = 0; i < n;) {
		int w;
		out.r[out.n++] = fx_subst__utf8_decode(s + i, n - i, &w);
		i += (size_t)w;
	}
	return out;
}

/* keyList.Less of go-yaml v2 for two string keys: letters compare as
 * code points, a non-letter sorts before a letter, runs of digits compare
 * by value, then by length. */
static bool natural_less(const runes *a, const runes *b)
{
	for (size_t i = 0; i < a->n && i < b->n; i++) {
		uint32_t x = a->r[i], y = b->r[i];
		if (x == y)
			continue;
		bool xl = fx_subst__is_letter(x), yl = fx_subst__is_letter(y);
		if (xl && yl)
			return x < y;
		if (xl || yl)
			return yl;
		int64_t an = 0, bn = 0;
		size_t ai, bi;
		if (x == '0' || y == '0') {
			for (size_t j = i; j-- > 0 && fx_subst__is_digit(a->r[j]);) {
				if (a->r[j] != '0') {
					an = 1;
					bn = 1;
					break;
				}
			}
		}
		for (ai = i; ai < a->n && fx_subst__is_digit(a->r[ai]); ai++)
			an = (int64_t)((uint64_t)an * 10 + (uint64_t)((int64_t)a->r[ai] - '0'));
		for (bi = i; bi < b->n && fx_subst__is_digit(b->r[bi]); bi++)
			bn = (int64_t)((uint64_t)bn * 10 + (uint64_t)((int64_t)b->r[bi] - '0'));
		if (an != bn)
			return an < bn;
		if (ai != bi)
			return ai < bi;
		return x < y;
	}
	return a->n < b->n;
}

int fx_subst__natural_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	runes ra = to_runes(a, alen), rb = to_runes(b, blen);
	int rc;
	if (natural_less(&ra, &rb))
		rc = -1;
	else if (natural_less(&rb, &ra))
		rc = 1;
	else {
		size_t m = alen < blen ? alen : blen;
		rc = memcmp(a, b, m);
		if (rc == 0)
			rc = alen < blen ? -1 : alen > blen;
	}
	free(ra.r);
	free(rb.r);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Preparing the copy that is serialised                                */

static int pair_cmp(const void *pa, const void *pb)
{
	const fx_pair *a = pa, *b = pb;
	return fx_subst__natural_cmp(a->key->u.s.ptr, a->key->u.s.len, b->key->u.s.ptr,
				     b->key->u.s.len);
}

/* go-yaml v2 also quotes what YAML 1.1 readers take for a base-60 float:
 * ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$ */
static bool is_base60(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	if (i >= n || s[i] < '0' || s[i] > '9')
		return false;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
		i++;
	size_t groups = 0;
	while (i < n && s[i] == ':') {
		i++;
		size_t d = 0;
		if (i < n && s[i] >= '0' && s[i] <= '5' && i + 1 < n && s[i + 1] >= '0' &&
		    s[i + 1] <= '9')
			d = 2;
		else if (i < n && s[i] >= '0' && s[i] <= '9')
			d = 1;
		if (!d)
			return false;
		i += d;
		groups++;
	}
	if (!groups)
		return false;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			i++;
	}
	return i == n;
}

static fx_node *str_node(fx_arena *a, const char *s, size_t n, fx_loc loc)
{
	fx_node *k = fx_node_strn(a, s, n, loc);
	fx_node *r = fx_scalar_resolve(a, s, n, FX_YAML_SCHEMA_11, loc);
	/* a string YAML 1.1 would read as something else is quoted */
	k->style = r->kind != FX_STR || is_base60(s, n) ? FX_STYLE_DQUOTE : FX_STYLE_ANY;
	return k;
}

fx_node *fx_subst__prepare(fx_arena *a, const fx_node *n)
{
	if (!n)
		return fx_node_null(a, FX_LOC_NONE);
	switch ((fx_kind)n->kind) {
	case FX_NULL:
		return fx_node_null(a, n->loc);
	case FX_BOOL:
		return fx_node_bool(a, n->u.b, n->loc);
	case FX_INT: {
		fx_node *c = fx_node_int(a, n->u.i, n->loc);
		c->flags = n->flags & FX_NODE_UINT;
		return c;
	}
	case FX_FLOAT: {
		fx_node *c = fx_node_float(a, n->u.f, n->loc);
		if (n->flags & FX_NODE_BIGNUM) {
			c->flags |= FX_NODE_BIGNUM;
			c->text = n->text;
			c->text_len = n->text_len;
		}
		return c;
	}
	case FX_STR:
		return str_node(a, n->u.s.ptr, n->u.s.len, n->loc);
	case FX_SEQ: {
		fx_node *c = fx_node_seq(a, n->loc);
		for (size_t i = 0; i < n->u.seq.len; i++)
			fx_seq_push(a, c, fx_subst__prepare(a, n->u.seq.items[i]));
		return c;
	}
	case FX_MAP: {
		size_t len = n->u.map.len;
		fx_pair *pairs = fx_xcalloc(len ? len : 1, sizeof *pairs);
		for (size_t i = 0; i < len; i++) {
			const fx_pair *p = &n->u.map.items[i];
			const char *ks = fx_scalar_text(a, p->key);
			pairs[i].key = str_node(a, ks, strlen(ks), p->key->loc);
			pairs[i].val = fx_subst__prepare(a, p->val);
		}
		qsort(pairs, len, sizeof *pairs, pair_cmp);
		fx_node *c = fx_node_map(a, n->loc);
		for (size_t i = 0; i < len; i++)
			fx_map_append(a, c, pairs[i].key, pairs[i].val);
		free(pairs);
		return c;
	}
	}
	return fx_node_null(a, n->loc);
}

/* ------------------------------------------------------------------ */
/* Normalising the re-read tree                                         */

static const char *key_string(fx_arena *a, const fx_node *k)
{
	switch ((fx_kind)k->kind) {
	case FX_STR:
		return k->u.s.ptr;
	case FX_BOOL:
		return k->u.b ? "true" : "false";
	case FX_INT:
		if (k->flags & FX_NODE_UINT)
			return fx_arena_printf(a, "%llu", (unsigned long long)(uint64_t)k->u.i);
		return fx_arena_printf(a, "%lld", (long long)k->u.i);
	case FX_FLOAT:
		if (isnan(k->u.f))
			return ".nan";
		if (isinf(k->u.f))
			return k->u.f > 0 ? ".inf" : "-.inf";
		return fx_arena_printf(a, "%g", k->u.f);
	case FX_NULL:
		return "null";
	default:
		return fx_scalar_text(a, k);
	}
}

int fx_subst__normalise(fx_arena *a, fx_node *n, const fx_node *orig, fx_loc fallback,
			const char **err_out)
{
	n->loc = orig ? orig->loc : fallback;
	n->tag = NULL;
	n->style = FX_STYLE_ANY;
	switch ((fx_kind)n->kind) {
	case FX_NULL:
	case FX_BOOL:
		n->text = NULL;
		n->text_len = 0;
		break;
	case FX_INT:
		n->text = NULL;
		n->text_len = 0;
		break;
	case FX_FLOAT:
		if (n->flags & FX_NODE_BIGNUM)
			break;
		if (isnan(n->u.f) || isinf(n->u.f)) {
			/* encoding/json refuses them */
			*err_out = isnan(n->u.f) ? "json: unsupported value: NaN"
				   : n->u.f > 0   ? "json: unsupported value: +Inf"
						  : "json: unsupported value: -Inf";
			return -1;
		}
		/* encoding/json prints whole floats below 1e21 without a
		 * fraction, and the JSON decoder reads them back as ints */
		if (isfinite(n->u.f) && n->u.f == floor(n->u.f) && fabs(n->u.f) < 9.2e18) {
			int64_t i = (int64_t)n->u.f;
			n->kind = FX_INT;
			n->u.i = i;
		}
		n->text = NULL;
		n->text_len = 0;
		break;
	case FX_STR:
		n->text = NULL;
		n->text_len = 0;
		n->flags &= (uint16_t)~FX_NODE_TIMESTAMP;
		break;
	case FX_SEQ: {
		bool same = orig && orig->kind == FX_SEQ;
		for (size_t i = 0; i < n->u.seq.len; i++) {
			const fx_node *o = same ? fx_seq_at(orig, i) : NULL;
			if (fx_subst__normalise(a, n->u.seq.items[i], o, n->loc, err_out))
				return -1;
		}
		break;
	}
	case FX_MAP: {
		bool same = orig && orig->kind == FX_MAP;
		fx_node *m = fx_node_map(a, n->loc);
		for (size_t i = 0; i < n->u.map.len; i++) {
			fx_pair *p = &n->u.map.items[i];
			const char *ks = key_string(a, p->key);
			const fx_node *o = same ? fx_map_get(orig, ks) : NULL;
			fx_loc kloc = n->loc;
			if (same) {
				long at = fx_map_find(orig, ks, strlen(ks));
				if (at >= 0)
					kloc = orig->u.map.items[at].key->loc;
			}
			if (fx_subst__normalise(a, p->val, o, n->loc, err_out))
				return -1;
			/* keys that became equal as strings ("true" and true):
			 * the last one wins, as in a Go map */
			fx_map_set_node(a, m, fx_node_str(a, ks, kloc), p->val);
		}
		n->u.map = m->u.map; /* keys rebuilt: a fresh mapping (and index) */
		break;
	}
	}
	return 0;
}
