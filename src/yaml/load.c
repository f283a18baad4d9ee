/*
 * YAML loader: libfyaml's event parser -> fx_node trees.
 *
 * Every document of a stream becomes one tree; empty documents are
 * skipped.  Aliases are expanded by deep copy (stages mutate trees, so
 * sharing would leak edits between places); the copies count against
 * limits.max_alias_expansion, which stops billion-laughs inputs.  Merge
 * keys (`<<`) are applied as go-yaml does: keys written in the mapping
 * win over merged ones, earlier merge sources win over later ones.
 * libfyaml marks are 0-based; one is added here, once.
 */
#include "yaml/yaml.h"

#include <libfyaml.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_node *node;
	fx_node *key; /* pending key of a mapping frame */
	bool has_merge;
} frame;

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	uint32_t file;
	const fx_yaml_opts *opts;
	frame *stack;
	size_t depth, cap;
	fx_strmap *anchors;
	size_t expanded;
	int err;
	const char *buf; /* the stream, for raw token text */
	size_t len;
} loader;

static fx_loc mark_loc(const loader *L, const struct fy_mark *m)
{
	if (!m)
		return fx_loc_make(L->file, 0, 0);
	return fx_loc_make(L->file, (uint32_t)m->line + 1, (uint32_t)m->column + 1);
}

static const char *tag_text(loader *L, struct fy_token *tag)
{
	if (!tag)
		return NULL;
	size_t n;
	const char *t = fy_token_get_text(tag, &n);
	return t ? fx_arena_strndup(L->a, t, n) : NULL;
}

/* The core-schema name of a tag, or NULL for a local/custom one. */
static const char *core_tag(const char *tag)
{
	if (!tag)
		return NULL;
	if (strncmp(tag, "!!", 2) == 0)
		return tag + 2;
	if (strncmp(tag, "tag:yaml.org,2002:", 18) == 0)
		return tag + 18;
	return NULL;
}

static size_t count_nodes(const fx_node *n)
{
	size_t c = 1;
	if (n->kind == FX_SEQ)
		for (size_t i = 0; i < n->u.seq.len; i++)
			c += count_nodes(n->u.seq.items[i]);
	else if (n->kind == FX_MAP)
		for (size_t i = 0; i < n->u.map.len; i++)
			c += count_nodes(n->u.map.items[i].key) + count_nodes(n->u.map.items[i].val);
	return c;
}

/* Decodes the raw text between the quotes of a single-quoted scalar:
 * '' is a quote; line breaks fold (one break is a space, n breaks are
 * n-1 newlines) and the white space around them is dropped. */
static const char *single_quoted(loader *L, const char *raw, size_t n, size_t *len_out)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	size_t i = 0;
	while (i < n) {
		char c = raw[i];
		if (c == '\'' && i + 1 < n && raw[i + 1] == '\'') {
			fx_sb_addc(&sb, '\'');
			i += 2;
		} else if (c == '\n' || c == '\r') {
			while (sb.len && (sb.ptr[sb.len - 1] == ' ' || sb.ptr[sb.len - 1] == '\t'))
				fx_sb_truncate(&sb, sb.len - 1);
			size_t breaks = 0;
			while (i < n && (raw[i] == '\n' || raw[i] == '\r' || raw[i] == ' ' || raw[i] == '\t')) {
				if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= n || raw[i + 1] != '\n')))
					breaks++;
				i++;
			}
			if (breaks == 1)
				fx_sb_addc(&sb, ' ');
			else
				fx_sb_addrep(&sb, '\n', breaks - 1);
		} else {
			fx_sb_addc(&sb, c);
			i++;
		}
	}
	*len_out = sb.len;
	const char *r = fx_arena_strndup(L->a, fx_sb_cstr(&sb), sb.len);
	fx_sb_dispose(&sb);
	return r;
}

static fx_node *make_scalar(loader *L, struct fy_event *ev)
{
	struct fy_token *vt = ev->scalar.value;
	size_t len = 0;
	const char *text = NULL;
	/* libfyaml 0.7.12 leaks the text buffer of a single-quoted scalar
	 * with consecutive '' escapes: decode those from the source */
	const struct fy_mark *ms = fy_token_start_mark(vt), *me = fy_token_end_mark(vt);
	if (fy_token_scalar_style(vt) == FYSS_SINGLE_QUOTED && ms && me &&
	    ms->input_pos <= me->input_pos && me->input_pos <= L->len &&
	    memmem(L->buf + ms->input_pos, me->input_pos - ms->input_pos, "\'\'\'\'", 4))
		text = single_quoted(L, L->buf + ms->input_pos, me->input_pos - ms->input_pos, &len);
	else
		text = fy_token_get_text(vt, &len);
	if (!text) {
		text = "";
		len = 0;
	}
	enum fy_scalar_style st = fy_token_scalar_style(vt);
	fx_loc loc = mark_loc(L, fy_event_start_mark(ev));
	/* libfyaml's scalar mark sits inside the quotes; users count the quote */
	if ((st == FYSS_SINGLE_QUOTED || st == FYSS_DOUBLE_QUOTED) && loc.col > 1 &&
	    !ev->scalar.tag && !ev->scalar.anchor)
		loc.col--;
	const char *tag = tag_text(L, ev->scalar.tag);
	const char *ct = core_tag(tag);
	fx_node *n;
	if (tag && (!ct || strcmp(ct, "str") == 0 || strcmp(ct, "binary") == 0 ||
		    strcmp(ct, "timestamp") == 0 || strcmp(tag, "!") == 0)) {
		n = fx_node_strn(L->a, text, len, loc);
	} else if (ct) {
		n = fx_scalar_resolve(L->a, text, len, L->opts->schema, loc);
		bool ok = (strcmp(ct, "int") == 0 && n->kind == FX_INT) ||
			  (strcmp(ct, "float") == 0 && (n->kind == FX_FLOAT || n->kind == FX_INT)) ||
			  (strcmp(ct, "bool") == 0 && n->kind == FX_BOOL) ||
			  (strcmp(ct, "null") == 0 && n->kind == FX_NULL);
		if (strcmp(ct, "float") == 0 && n->kind == FX_INT && !(n->flags & FX_NODE_BIGNUM)) {
			double d = (n->flags & FX_NODE_UINT) ? (double)(uint64_t)n->u.i : (double)n->u.i;
			n->kind = FX_FLOAT;
			n->u.f = d;
		}
		if (!ok) {
			L->err = fx_error(L->ctx, loc, "FX1003", "cannot decode '%.*s' as %s", (int)(len > 60 ? 60 : len),
					  text, tag);
			return NULL;
		}
	} else if (st == FYSS_PLAIN) {
		n = fx_scalar_resolve(L->a, text, len, L->opts->schema, loc);
	} else {
		n = fx_node_strn(L->a, text, len, loc);
	}
	n->tag = tag;
	switch (st) {
	case FYSS_PLAIN:
		n->style = FX_STYLE_PLAIN;
		break;
	case FYSS_SINGLE_QUOTED:
		n->style = FX_STYLE_SQUOTE;
		break;
	case FYSS_DOUBLE_QUOTED:
		n->style = FX_STYLE_DQUOTE;
		break;
	case FYSS_LITERAL:
		n->style = FX_STYLE_LITERAL;
		break;
	case FYSS_FOLDED:
		n->style = FX_STYLE_FOLDED;
		break;
	default:
		break;
	}
	if (!n->text) {
		n->text = n->kind == FX_STR ? n->u.s.ptr : fx_arena_strndup(L->a, text, len);
		n->text_len = len;
	}
	return n;
}

static bool is_merge_key(const fx_node *k)
{
	return k->kind == FX_STR && k->style == FX_STYLE_PLAIN && !k->tag && k->u.s.len == 2 &&
	       memcmp(k->u.s.ptr, "<<", 2) == 0;
}

static void merge_from(loader *L, fx_node *map, const fx_node *src, fx_loc at)
{
	if (src->kind != FX_MAP) {
		L->err = fx_error(L->ctx, at, "FX1004", "map merge requires map or sequence of maps as the value");
		return;
	}
	for (size_t i = 0; i < src->u.map.len; i++) {
		const fx_node *k = src->u.map.items[i].key;
		const char *ks = k->kind == FX_STR ? k->u.s.ptr : k->text;
		size_t kl = k->kind == FX_STR ? k->u.s.len : k->text_len;
		if (ks && fx_map_find(map, ks, kl) < 0)
			fx_map_append(L->a, map, fx_node_copy(L->a, k), fx_node_copy(L->a, src->u.map.items[i].val));
	}
}

/* Applies and removes the `<<` entries of a finished mapping. */
static void apply_merges(loader *L, fx_node *map)
{
	fx_ptrvec srcs = FX_PTRVEC_INIT;
	for (size_t i = 0; i < map->u.map.len;) {
		if (is_merge_key(map->u.map.items[i].key)) {
			fx_ptrvec_push(&srcs, map->u.map.items[i].val);
			fx_map_remove_at(map, i);
		} else {
			i++;
		}
	}
	for (size_t i = 0; i < srcs.len && !L->err; i++) {
		fx_node *v = srcs.items[i];
		if (v->kind == FX_SEQ) {
			for (size_t j = 0; j < v->u.seq.len && !L->err; j++)
				merge_from(L, map, v->u.seq.items[j], v->loc);
		} else {
			merge_from(L, map, v, v->loc);
		}
	}
	fx_ptrvec_dispose(&srcs);
}

static bool key_string(const fx_node *k, const char **s, size_t *n)
{
	if (k->kind == FX_STR) {
		*s = k->u.s.ptr;
		*n = k->u.s.len;
		return true;
	}
	if (k->text) {
		*s = k->text;
		*n = k->text_len;
		return true;
	}
	return false;
}

/* Attaches a finished node to the frame on top of the stack (or makes it
 * the document root). */
static void attach(loader *L, fx_node *n, fx_node **root)
{
	if (L->depth == 0) {
		*root = n;
		return;
	}
	frame *f = &L->stack[L->depth - 1];
	if (f->node->kind == FX_SEQ) {
		fx_seq_push(L->a, f->node, n);
		return;
	}
	if (!f->key) {
		if (n->kind == FX_SEQ || n->kind == FX_MAP) {
			L->err = fx_error(L->ctx, n->loc, "FX1005", "complex mapping keys are not supported");
			return;
		}
		f->key = n;
		return;
	}
	const char *ks;
	size_t kl;
	if (is_merge_key(f->key)) {
		f->has_merge = true;
	} else if (key_string(f->key, &ks, &kl)) {
		long at = fx_map_find(f->node, ks, kl);
		if (at >= 0 && L->opts->allow_duplicate_keys) {
			/* go-yaml v2 into a Go map: the last value wins */
			f->node->u.map.items[at].val = n;
			f->key = NULL;
			return;
		}
		if (at >= 0) {
			L->err = fx_error(L->ctx, f->key->loc, "FX1002", "mapping key \"%.*s\" already defined at line %u",
					  (int)kl, ks, f->node->u.map.items[at].key->loc.line);
			f->key = NULL;
			return;
		}
	}
	fx_map_append(L->a, f->node, f->key, n);
	f->key = NULL;
}

static void push(loader *L, fx_node *n)
{
	if (L->depth == L->cap) {
		L->cap = L->cap ? L->cap * 2 : 32;
		L->stack = fx_xrealloc(L->stack, L->cap * sizeof(frame));
	}
	L->stack[L->depth++] = (frame){n, NULL, false};
}

static void remember_anchor(loader *L, struct fy_token *anchor, fx_node *n)
{
	if (!anchor)
		return;
	size_t len;
	const char *name = fy_token_get_text(anchor, &len);
	if (name)
		fx_strmap_putn(L->anchors, name, len, n);
}

static void collect_fy_errors(loader *L, struct fy_diag *diag, const struct fy_mark *last)
{
	void *it = NULL;
	struct fy_diag_error *e;
	bool any = false;
	while ((e = fy_diag_errors_iterate(diag, &it)) != NULL) {
		if (e->type < FYET_ERROR)
			continue;
		/* libfyaml's collected errors are 1-based already */
		fx_error(L->ctx, fx_loc_make(L->file, (uint32_t)e->line, (uint32_t)e->column), "FX1001",
			 "invalid YAML: %s", e->msg);
		any = true;
		break; /* the first error is the cause; the rest are echoes */
	}
	if (!any)
		fx_error(L->ctx, mark_loc(L, last), "FX1001", "invalid YAML");
	L->err = FX_EINVALID;
}

static int load_stream(loader *L, const char *buf, size_t len, unsigned flags, fx_ptrvec *docs_out)
{
	struct fy_diag_cfg dcfg;
	fy_diag_cfg_default(&dcfg);
	dcfg.fp = NULL;
	dcfg.colorize = false;
	struct fy_diag *diag = fy_diag_create(&dcfg);
	/* FYPCF_COLLECT_DIAG does not reach the parser's diag in libfyaml
	 * 0.7.12: without this, errors are "printed" (to no stream), and
	 * building the source excerpt of a line longer than 80 columns
	 * crashes (no terminal width) */
	if (diag)
		fy_diag_set_collect_errors(diag, true);
	struct fy_parse_cfg cfg = {0};
	cfg.flags = FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DISABLE_DEPTH_LIMIT | flags;
	cfg.diag = diag;
	struct fy_parser *fyp = fy_parser_create(&cfg);
	if (!fyp || fy_parser_set_string(fyp, buf, len) != 0) {
		if (fyp)
			fy_parser_destroy(fyp);
		fy_diag_destroy(diag);
		return fx_error(L->ctx, fx_loc_make(L->file, 0, 0), "FX1001", "cannot start the YAML parser");
	}
	fx_node *root = NULL;
	struct fy_mark last = {0, 0, 0};
	struct fy_event *ev;
	while (!L->err && (ev = fy_parser_parse(fyp)) != NULL) {
		const struct fy_mark *m = fy_event_start_mark(ev);
		if (m)
			last = *m;
		fx_loc loc = mark_loc(L, m);
		switch (ev->type) {
		case FYET_DOCUMENT_START:
			root = NULL;
			fx_strmap_free(L->anchors);
			L->anchors = fx_strmap_new();
			break;
		case FYET_DOCUMENT_END:
			if (root && (L->opts->keep_empty_docs ||
				     !(root->kind == FX_NULL && root->text_len == 0 && root->style == FX_STYLE_PLAIN)))
				fx_ptrvec_push(docs_out, root);
			root = NULL;
			break;
		case FYET_MAPPING_START:
		case FYET_SEQUENCE_START: {
			if (L->depth >= L->ctx->limits.max_depth) {
				L->err = fx_error(L->ctx, loc, "FX1006", "YAML nesting deeper than %zu levels",
						  L->ctx->limits.max_depth);
				break;
			}
			bool is_map = ev->type == FYET_MAPPING_START;
			fx_node *n = is_map ? fx_node_map(L->a, loc) : fx_node_seq(L->a, loc);
			struct fy_token *tag = is_map ? ev->mapping_start.tag : ev->sequence_start.tag;
			struct fy_token *start = is_map ? ev->mapping_start.mapping_start : ev->sequence_start.sequence_start;
			n->tag = tag_text(L, tag);
			if (start && fy_token_get_type(start) != FYTT_BLOCK_MAPPING_START &&
			    fy_token_get_type(start) != FYTT_BLOCK_SEQUENCE_START &&
			    fy_token_get_type(start) != FYTT_BLOCK_ENTRY)
				n->style = FX_STYLE_FLOW;
			remember_anchor(L, is_map ? ev->mapping_start.anchor : ev->sequence_start.anchor, n);
			push(L, n);
			break;
		}
		case FYET_MAPPING_END:
		case FYET_SEQUENCE_END: {
			frame f = L->stack[--L->depth];
			if (f.has_merge)
				apply_merges(L, f.node);
			if (!L->err)
				attach(L, f.node, &root);
			break;
		}
		case FYET_SCALAR: {
			fx_node *n = make_scalar(L, ev);
			if (!n)
				break;
			remember_anchor(L, ev->scalar.anchor, n);
			attach(L, n, &root);
			break;
		}
		case FYET_ALIAS: {
			size_t an;
			const char *name = fy_token_get_text(ev->alias.anchor, &an);
			fx_node *target = name ? fx_strmap_getn(L->anchors, name, an) : NULL;
			if (!target) {
				L->err = fx_error(L->ctx, loc, "FX1007", "unknown anchor '%.*s' referenced", (int)an,
						  name ? name : "");
				break;
			}
			L->expanded += count_nodes(target);
			if (L->expanded > L->ctx->limits.max_alias_expansion) {
				L->err = fx_error(L->ctx, loc, "FX1008",
						  "alias expansion exceeds the limit of %zu nodes",
						  L->ctx->limits.max_alias_expansion);
				break;
			}
			fx_node *copy = fx_node_copy(L->a, target);
			copy->loc = loc;
			attach(L, copy, &root);
			break;
		}
		default:
			break;
		}
		fy_parser_event_free(fyp, ev);
	}
	if (!L->err && fy_parser_get_stream_error(fyp))
		collect_fy_errors(L, diag, &last);
	fy_parser_destroy(fyp);
	fy_diag_destroy(diag);
	return L->err ? L->err : 0;
}

/* Offset of the first byte that is not valid UTF-8 (overlong forms,
 * surrogates and code points beyond U+10FFFF included), or len.  YAML
 * streams are Unicode; go-yaml rejects such input, and libfyaml 0.7.12
 * can loop forever on it (a '%' directive followed by a stray byte). */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		size_t n;
		uint32_t cp, min;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			n = 2, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			n = 3, cp = c & 0x0F, min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			n = 4, cp = c & 0x07, min = 0x10000;
		} else {
			return i;
		}
		if (len - i < n)
			return i;
		for (size_t k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += n;
	}
	return len;
}

static bool is_blank_or_end(const char *s, size_t len, size_t i)
{
	return i >= len || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
	       s[i] == '\0';
}

/* Offset of a tab that libfyaml 0.7.12 cannot survive, or len: in a
 * stream with an explicit key ('?'), a ':' followed by white space with a
 * tab and then one of ?:|> or "- " makes the parser free a simple key
 * twice (fy_fetch_value) and crash.  The YAML is invalid there anyway
 * (a tab used as block indentation). */
static size_t libfyaml_tab_trap(const char *s, size_t len)
{
	if (!memchr(s, '\t', len))
		return len;
	/* any '?' indicator counts (after "--- ", "- ", a tag...): erring on
	 * the safe side only costs streams with tabs and a literal "? " */
	bool explicit_key = false;
	for (size_t i = 0; i < len && !explicit_key; i++)
		explicit_key = s[i] == '?' && is_blank_or_end(s, len, i + 1);
	if (!explicit_key)
		return len;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != ':')
			continue;
		size_t j = i + 1, tab = len;
		while (j < len && (s[j] == ' ' || s[j] == '\t')) {
			if (s[j] == '\t' && tab == len)
				tab = j;
			j++;
		}
		if (tab == len || j >= len)
			continue;
		/* a NUL counts too: libfyaml's fy_utf8_strchr matches it */
		if (memchr("?:|>", s[j], 5) || (s[j] == '-' && is_blank_or_end(s, len, j + 1)))
			return tab;
	}
	return len;
}

/* 1-based line and column (in code points) of byte offset `at`. */
static fx_loc offset_loc(uint32_t file, const char *buf, size_t at)
{
	uint32_t line = 1, col = 1;
	for (size_t i = 0; i < at; i++) {
		if (buf[i] == '\n')
			line++, col = 1;
		else if (((unsigned char)buf[i] & 0xC0) != 0x80)
			col++;
	}
	return fx_loc_make(file, line, col);
}

static int load(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		const fx_yaml_opts *opts, unsigned flags, fx_ptrvec *docs_out)
{
	static const fx_yaml_opts defaults = {0};
	if (len > ctx->limits.max_doc_bytes)
		return fx_error(ctx, fx_loc_make(file, 0, 0), "FX1009",
				"YAML stream of %zu bytes exceeds the limit of %zu", len, ctx->limits.max_doc_bytes);
	size_t bad = utf8_invalid_at((const unsigned char *)buf, len);
	if (bad < len)
		return fx_error(ctx, offset_loc(file, buf, bad), "FX1012",
				"invalid UTF-8 (byte 0x%02x): YAML streams must be UTF-8 text",
				(unsigned char)buf[bad]);
	size_t tab = len ? libfyaml_tab_trap(buf, len) : 0;
	if (tab < len)
		return fx_error(ctx, offset_loc(file, buf, tab), "FX1001",
				"invalid YAML: cannot use a tab after ':' here (indentation of "
				"an explicit key's value)");
	loader L = {.ctx = ctx, .a = a, .file = file, .opts = opts ? opts : &defaults,
		    .buf = len ? buf : "", .len = len};
	L.anchors = fx_strmap_new();
	/* libfyaml needs a non-NULL buffer even for an empty stream */
	int rc = load_stream(&L, len ? buf : "", len, flags, docs_out);
	fx_strmap_free(L.anchors);
	free(L.stack);
	return rc < 0 ? rc : 0;
}

int fx_yaml_load(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		 const fx_yaml_opts *opts, fx_ptrvec *docs_out)
{
	return load(ctx, a, file, buf, len, opts, 0, docs_out);
}

int fx_yaml_load_one(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		     const fx_yaml_opts *opts, fx_node **out)
{
	fx_ptrvec docs = FX_PTRVEC_INIT;
	int rc = load(ctx, a, file, buf, len, opts, 0, &docs);
	if (rc == 0 && docs.len > 1)
		rc = fx_error(ctx, ((fx_node *)docs.items[1])->loc, "FX1010",
			      "expected one YAML document, found %zu", docs.len);
	*out = rc == 0 ? (docs.len ? docs.items[0] : fx_node_null(a, fx_loc_make(file, 1, 1))) : NULL;
	fx_ptrvec_dispose(&docs);
	return rc;
}

int fx_json_load(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len, fx_node **out)
{
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_yaml_opts opts = {0};
	int rc = load(ctx, a, file, buf, len, &opts, FYPCF_JSON_FORCE, &docs);
	*out = rc == 0 && docs.len ? docs.items[0] : NULL;
	if (rc == 0 && !*out)
		rc = fx_error(ctx, fx_loc_make(file, 1, 1), "FX1011", "empty JSON document");
	fx_ptrvec_dispose(&docs);
	return rc;
}
