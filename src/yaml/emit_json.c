/*
 * The JSON emitter: node trees printed as Go's encoding/json prints the
 * same values (json.Marshal, or json.MarshalIndent with an indent of n
 * spaces): map keys sorted bytewise when asked, <, > and & escaped as
 * \u003c.. when escape_html, U+2028/U+2029 always escaped, invalid UTF-8
 * replaced by \ufffd, floats in encoding/json's form (1e+21, 1e-7).
 * Non-string keys print as their text; NaN and infinities (which Go
 * refuses) print as null.
 *
 * Part of the yaml stage's emitters.
 */
#include "yaml/emit_int.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_strbuf *out;
	int indent;
	bool sort;
	bool html;
} jctx;

static void json_string(jctx *j, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	fx_strbuf *o = j->out;
	const unsigned char *u = (const unsigned char *)s;
	fx_sb_grow(o, n + 2);
	fx_sb_addc(o, '"');
	size_t start = 0;
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		if (c < 0x80) {
			bool safe = c >= 0x20 && c != '"' && c != '\\' &&
				    !(j->html && (c == '<' || c == '>' || c == '&'));
			if (safe) {
				i++;
				continue;
			}
			fx_sb_add(o, s + start, i - start);
			switch (c) {
			case '"': fx_sb_add(o, "\\\"", 2); break;
			case '\\': fx_sb_add(o, "\\\\", 2); break;
			case '\b': fx_sb_add(o, "\\b", 2); break;
			case '\f': fx_sb_add(o, "\\f", 2); break;
			case '\n': fx_sb_add(o, "\\n", 2); break;
			case '\r': fx_sb_add(o, "\\r", 2); break;
			case '\t': fx_sb_add(o, "\\t", 2); break;
			default: {
				char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
				fx_sb_add(o, e, 6);
			}
			}
			i++;
			start = i;
			continue;
		}
		/* multi-byte: validate */
		size_t w = fx__utf8_seq(u, n, i);
		uint32_t r = 0;
		if (w)
			r = fx__utf8_rune(u + i, n - i, &w);
		if (w == 0) {
			fx_sb_add(o, s + start, i - start);
			fx_sb_add(o, "\\ufffd", 6);
			i++;
			start = i;
			continue;
		}
		if (r == 0x2028 || r == 0x2029) {
			fx_sb_add(o, s + start, i - start);
			fx_sb_add(o, r == 0x2028 ? "\\u2028" : "\\u2029", 6);
			i += w;
			start = i;
			continue;
		}
		i += w;
	}
	fx_sb_add(o, s + start, n - start);
	fx_sb_addc(o, '"');
}

static void newline(jctx *j, int depth)
{
	fx_sb_addc(j->out, '\n');
	fx_sb_addrep(j->out, ' ', (size_t)(depth * j->indent));
}

static const char *key_text(const fx_node *k, char *buf, size_t *len)
{
	if (k && k->kind == FX_STR) {
		*len = k->u.s.len;
		return k->u.s.ptr;
	}
	if (k && k->text) {
		*len = k->text_len;
		return k->text;
	}
	if (!k || k->kind == FX_NULL) {
		*len = 4;
		return "null";
	}
	switch ((fx_kind)k->kind) {
	case FX_BOOL:
		*len = (size_t)sprintf(buf, "%s", k->u.b ? "true" : "false");
		return buf;
	case FX_INT:
		if (k->flags & FX_NODE_UINT)
			*len = (size_t)sprintf(buf, "%" PRIu64, (uint64_t)k->u.i);
		else
			*len = (size_t)sprintf(buf, "%" PRId64, k->u.i);
		return buf;
	case FX_FLOAT:
		*len = fx__json_ftoa(buf, k->u.f);
		return buf;
	default:
		*len = 0;
		return "";
	}
}

static int bytes_cmp(const void *pa, const void *pb)
{
	const fx_pair *a = *(const fx_pair *const *)pa;
	const fx_pair *b = *(const fx_pair *const *)pb;
	char ba[400], bb[400];
	size_t an, bn;
	const char *as = key_text(a->key, ba, &an);
	const char *bs = key_text(b->key, bb, &bn);
	int c = memcmp(as, bs, an < bn ? an : bn);
	if (c)
		return c;
	return an < bn ? -1 : an > bn;
}

static void json_value(jctx *j, const fx_node *n, int depth)
{
	char buf[400];
	size_t len;
	if (!n || n->kind == FX_NULL) {
		fx_sb_add(j->out, "null", 4);
		return;
	}
	switch ((fx_kind)n->kind) {
	case FX_BOOL:
		fx_sb_adds(j->out, n->u.b ? "true" : "false");
		return;
	case FX_INT:
	case FX_FLOAT:
		if (n->kind == FX_FLOAT)
			len = fx__json_ftoa(buf, n->u.f);
		else
			key_text(&(fx_node){.kind = FX_INT, .flags = n->flags, .u.i = n->u.i}, buf, &len);
		fx_sb_add(j->out, buf, len);
		return;
	case FX_STR:
		json_string(j, n->u.s.ptr, n->u.s.len);
		return;
	case FX_SEQ:
		if (n->u.seq.len == 0) {
			fx_sb_add(j->out, "[]", 2);
			return;
		}
		fx_sb_addc(j->out, '[');
		for (size_t i = 0; i < n->u.seq.len; i++) {
			if (i)
				fx_sb_addc(j->out, ',');
			if (j->indent)
				newline(j, depth + 1);
			json_value(j, n->u.seq.items[i], depth + 1);
		}
		if (j->indent)
			newline(j, depth);
		fx_sb_addc(j->out, ']');
		return;
	case FX_MAP: {
		size_t mlen = n->u.map.len;
		if (mlen == 0) {
			fx_sb_add(j->out, "{}", 2);
			return;
		}
		const fx_pair *small[32];
		const fx_pair **order = mlen <= 32 ? small : fx_xmalloc(mlen * sizeof *order);
		for (size_t i = 0; i < mlen; i++)
			order[i] = &n->u.map.items[i];
		if (j->sort)
			qsort(order, mlen, sizeof *order, bytes_cmp);
		fx_sb_addc(j->out, '{');
		for (size_t i = 0; i < mlen; i++) {
			if (i)
				fx_sb_addc(j->out, ',');
			if (j->indent)
				newline(j, depth + 1);
			const char *ks = key_text(order[i]->key, buf, &len);
			json_string(j, ks, len);
			fx_sb_addc(j->out, ':');
			if (j->indent)
				fx_sb_addc(j->out, ' ');
			json_value(j, order[i]->val, depth + 1);
		}
		if (j->indent)
			newline(j, depth);
		fx_sb_addc(j->out, '}');
		if (order != small)
			free(order);
		return;
	}
	default:
		fx_sb_add(j->out, "null", 4);
	}
}

void fx_json_emit(fx_strbuf *out, const fx_node *n, const fx_json_opts *opts)
{
	jctx j = {.out = out};
	if (opts) {
		j.indent = opts->indent > 0 ? opts->indent : 0;
		j.sort = opts->sort_keys;
		j.html = opts->escape_html;
	}
	json_value(&j, n, 0);
}
