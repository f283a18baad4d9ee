/*
 * The YAML emitter: node trees printed byte for byte as kubectl kustomize
 * prints resources (and as Helm's toYaml prints values; both are go-yaml
 * v2 fed from a JSON round trip).  This file walks the tree: block
 * mappings with keys in go-yaml v2's order, block sequences whose "- "
 * sits at the parent key's column, empty collections as {} and [], and
 * documents joined by "---".  Scalars are styled and written by
 * emit_scalar.c; numbers and times are spelled by emit_num.c.
 *
 * Part of the yaml stage.  Comments, anchors and flow style of the input
 * are not kept (kubectl does not keep them either).
 */
#include "yaml/emit_int.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The text of a key, as go-yaml v3 hands it to encoding/json: the
 * string, or the scalar as written. */
static const char *key_text(const fx_node *k, char *buf, size_t *len)
{
	if (!k) {
		*len = 0;
		return "";
	}
	if (k->kind == FX_STR) {
		*len = k->u.s.len;
		return k->u.s.ptr;
	}
	if (k->text) {
		*len = k->text_len;
		return k->text;
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
		*len = fx__yaml_ftoa(buf, k->u.f);
		return buf;
	default:
		*len = 0;
		return "";
	}
}

static int pair_cmp(const void *pa, const void *pb)
{
	const fx_pair *a = *(const fx_pair *const *)pa;
	const fx_pair *b = *(const fx_pair *const *)pb;
	char ba[400], bb[400];
	size_t an, bn;
	const char *as = key_text(a->key, ba, &an);
	const char *bs = key_text(b->key, bb, &bn);
	return fx__yaml_v2_keycmp(as, an, bs, bn);
}

/* ------------------------------------------------------------------ */

static void emit_node(fx__emitter *e, const fx_node *n, bool root, bool map_ctx);

/* encoding/json leaves U+0085 (NEL) raw inside its quotes and go-yaml v2
 * reads it back as a line break of the quoted scalar, folded: spaces
 * around the breaks go, one break becomes a space, k > 1 breaks become
 * k - 1 newlines. */
static void fold_nel(fx__emitter *e, fx__scalar *sc)
{
	fx_strbuf tmp = FX_STRBUF_INIT;
	const char *s = sc->s;
	size_t n = sc->n;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && s[j] == ' ')
			j++;
		if (j + 1 < n && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0x85) {
			int breaks = 0;
			for (;;) {
				while (j < n && s[j] == ' ')
					j++;
				if (j + 1 < n && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0x85) {
					breaks++;
					j += 2;
				} else {
					break;
				}
			}
			if (breaks == 1)
				fx_sb_addc(&tmp, ' ');
			else
				fx_sb_addrep(&tmp, '\n', (size_t)breaks - 1);
			i = j;
		} else if (j > i) {
			fx_sb_add(&tmp, s + i, j - i);
			i = j;
		} else {
			fx_sb_addc(&tmp, s[i]);
			i++;
		}
	}
	fx_sb_clear(&e->scratch);
	fx_sb_add(&e->scratch, fx_sb_cstr(&tmp), tmp.len);
	fx_sb_dispose(&tmp);
	sc->s = fx_sb_cstr(&e->scratch);
	sc->n = e->scratch.len;
}

/* A scalar value (or key, when simple_key) with its spelling resolved. */
static void emit_scalar_node(fx__emitter *e, const fx_node *n, bool root, bool simple_key, bool is_key)
{
	char buf[400];
	fx__scalar sc = {.s = "null", .n = 4, .is_str = false};
	if (is_key) {
		sc.s = key_text(n, buf, &sc.n);
		sc.is_str = true;
	} else if (n) {
		switch ((fx_kind)n->kind) {
		case FX_BOOL:
			sc.s = n->u.b ? "true" : "false";
			sc.n = strlen(sc.s);
			break;
		case FX_INT:
			if (n->flags & FX_NODE_UINT)
				sc.n = (size_t)sprintf(buf, "%" PRIu64, (uint64_t)n->u.i);
			else
				sc.n = (size_t)sprintf(buf, "%" PRId64, n->u.i);
			sc.s = buf;
			break;
		case FX_FLOAT:
			sc.n = fx__yaml_ftoa(buf, n->u.f);
			sc.s = buf;
			break;
		case FX_STR: {
			sc.s = n->u.s.ptr;
			sc.n = n->u.s.len;
			sc.is_str = true;
			fx__time t;
			if ((n->flags & FX_NODE_TIMESTAMP) && !e->raw_timestamps &&
			    fx__parse_timestamp(sc.s, sc.n, &t)) {
				sc.n = fx__format_rfc3339(buf, &t);
				sc.s = buf;
			}
			break;
		}
		default:
			break;
		}
	}
	if (sc.is_str && !fx__utf8_valid(sc.s, sc.n)) {
		fx_sb_clear(&e->scratch);
		fx__utf8_sanitize(&e->scratch, sc.s, sc.n);
		sc.s = fx_sb_cstr(&e->scratch);
		sc.n = e->scratch.len;
	}
	if (sc.is_str && memmem(sc.s, sc.n, "\xC2\x85", 2))
		fold_nel(e, &sc);
	fx__emit_scalar(e, &sc, root, simple_key);
}

static void emit_seq(fx__emitter *e, const fx_node *n, bool map_ctx)
{
	size_t len = n->u.seq.len;
	int saved = e->indent;
	if (len == 0) {
		fx__emit_write_indicator(e, "[", true, true, false);
		fx__emit_write_indicator(e, "]", false, false, false);
		return;
	}
	bool indentless = !e->seq_indent && map_ctx && !e->indention;
	if (e->indent < 0)
		e->indent = 0;
	else if (!indentless)
		e->indent += e->best_indent;
	for (size_t i = 0; i < len; i++) {
		fx__emit_write_indent(e);
		fx__emit_write_indicator(e, "-", true, false, true);
		emit_node(e, n->u.seq.items[i], false, false);
	}
	e->indent = saved;
}

static void emit_pair(fx__emitter *e, const fx_pair *p)
{
	char buf[400];
	size_t kn;
	const char *ks = key_text(p->key, buf, &kn);
	fx__emit_write_indent(e);
	bool simple = fx__emit_simple_key_ok(ks, kn);
	if (simple && !fx__utf8_valid(ks, kn)) {
		/* the sanitised key may be longer; recheck on it */
		fx_strbuf tmp = FX_STRBUF_INIT;
		fx__utf8_sanitize(&tmp, ks, kn);
		simple = fx__emit_simple_key_ok(tmp.ptr, tmp.len);
		fx_sb_dispose(&tmp);
	}
	if (simple) {
		emit_scalar_node(e, p->key, false, true, true);
		fx__emit_write_indicator(e, ":", false, false, false);
	} else {
		fx__emit_write_indicator(e, "?", true, false, true);
		emit_scalar_node(e, p->key, false, false, true);
		fx__emit_write_indent(e);
		fx__emit_write_indicator(e, ":", true, false, true);
	}
	emit_node(e, p->val, false, true);
}

static void emit_map(fx__emitter *e, const fx_node *n)
{
	size_t len = n->u.map.len;
	if (len == 0) {
		fx__emit_write_indicator(e, "{", true, true, false);
		fx__emit_write_indicator(e, "}", false, false, false);
		return;
	}
	int saved = e->indent;
	if (e->indent < 0)
		e->indent = 0;
	else
		e->indent += e->best_indent;
	if (e->keep_order || len == 1) {
		for (size_t i = 0; i < len; i++)
			emit_pair(e, &n->u.map.items[i]);
	} else {
		const fx_pair *small[32];
		const fx_pair **order = len <= 32 ? small : fx_xmalloc(len * sizeof *order);
		for (size_t i = 0; i < len; i++)
			order[i] = &n->u.map.items[i];
		if (len <= 8) {
			for (size_t i = 1; i < len; i++) {
				const fx_pair *x = order[i];
				size_t j = i;
				while (j > 0 && pair_cmp(&order[j - 1], &x) > 0) {
					order[j] = order[j - 1];
					j--;
				}
				order[j] = x;
			}
		} else {
			qsort(order, len, sizeof *order, pair_cmp);
		}
		for (size_t i = 0; i < len; i++)
			emit_pair(e, order[i]);
		if (order != small)
			free(order);
	}
	e->indent = saved;
}

static void emit_node(fx__emitter *e, const fx_node *n, bool root, bool map_ctx)
{
	if (n && n->kind == FX_SEQ)
		emit_seq(e, n, map_ctx);
	else if (n && n->kind == FX_MAP)
		emit_map(e, n);
	else
		emit_scalar_node(e, n, root, false, false);
}

static void emitter_init(fx__emitter *e, fx_strbuf *out, const fx_emit_opts *opts)
{
	memset(e, 0, sizeof *e);
	e->out = out;
	e->best_indent = opts && opts->indent > 1 && opts->indent < 10 ? opts->indent : 2;
	e->best_width = opts && opts->width ? opts->width : 80;
	if (e->best_width < 0)
		e->best_width = 0x7fffffff;
	else if (e->best_width <= e->best_indent * 2)
		e->best_width = 80;
	if (opts) {
		e->seq_indent = opts->seq_indent;
		e->keep_order = opts->keep_order;
		e->raw_timestamps = opts->raw_timestamps;
	}
}

static void emit_doc(fx__emitter *e, const fx_node *doc)
{
	e->indent = -1;
	e->column = 0;
	e->whitespace = true;
	e->indention = true;
	e->open_ended = false;
	emit_node(e, doc, true, false);
	/* document end */
	e->indent = -1;
	fx__emit_write_indent(e);
}

void fx_yaml_emit(fx_strbuf *out, const fx_node *doc, const fx_emit_opts *opts)
{
	fx__emitter e;
	emitter_init(&e, out, opts);
	emit_doc(&e, doc);
	fx_sb_dispose(&e.scratch);
}

void fx_yaml_emit_stream(fx_strbuf *out, fx_node *const *docs, size_t n, const fx_emit_opts *opts)
{
	fx__emitter e;
	emitter_init(&e, out, opts);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			fx_sb_add(out, "---\n", 4);
		emit_doc(&e, docs[i]);
	}
	fx_sb_dispose(&e.scratch);
}
