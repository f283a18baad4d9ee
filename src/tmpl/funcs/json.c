/*
 * Go's encoding/json for template values, and Sprig's JSON functions
 * (toJson, toPrettyJson, toRawJson, fromJson and their must twins).
 *
 * Encoding follows json.Marshal of interface{} values: map keys sorted,
 * floats in the 'f'/'e' form Go chooses, <>& escaped unless raw, []byte
 * as base64, times as RFC 3339, semvers as their string.  Decoding
 * follows json.Unmarshal into interface{}: numbers become float64, and
 * errors carry Go's messages.  Helm's own variants are in helm.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

/* ------------------------------------------------------------------ */
/* Encoding                                                             */

static void enc_string(fx_strbuf *out, const char *s, size_t n, bool html)
{
	static const char hex[] = "0123456789abcdef";
	fx_sb_addc(out, '"');
	for (size_t i = 0; i < n;) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x80) {
			if (ch == '"' || ch == '\\') {
				fx_sb_addc(out, '\\');
				fx_sb_addc(out, (char)ch);
			} else if (ch == '\n') {
				fx_sb_adds(out, "\\n");
			} else if (ch == '\r') {
				fx_sb_adds(out, "\\r");
			} else if (ch == '\t') {
				fx_sb_adds(out, "\\t");
			} else if (ch < 0x20 || (html && (ch == '<' || ch == '>' || ch == '&'))) {
				fx_sb_adds(out, "\\u00");
				fx_sb_addc(out, hex[ch >> 4]);
				fx_sb_addc(out, hex[ch & 15]);
			} else {
				fx_sb_addc(out, (char)ch);
			}
			i++;
			continue;
		}
		size_t k = ch >= 0xc2 && ch < 0xe0 ? 2 : ch >= 0xe0 && ch < 0xf0 ? 3 : ch >= 0xf0 && ch < 0xf5 ? 4 : 0;
		bool ok = k && i + k <= n;
		for (size_t j = 1; ok && j < k; j++)
			ok = ((unsigned char)s[i + j] & 0xc0) == 0x80;
		if (!ok) {
			fx_sb_adds(out, "\\ufffd");
			i++;
			continue;
		}
		if (k == 3 && ch == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
			fx_sb_adds(out, (unsigned char)s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029");
			i += 3;
			continue;
		}
		fx_sb_add(out, s + i, k);
		i += k;
	}
	fx_sb_addc(out, '"');
}

static void newline(fx_strbuf *out, int indent, int depth)
{
	fx_sb_addc(out, '\n');
	fx_sb_addrep(out, ' ', (size_t)(indent * depth));
}

static int enc(fx_strbuf *out, const fx_node *v, int indent, bool html, int depth)
{
	if (depth > 1000)
		return -1;
	if (!v || v->kind == FX_NULL) {
		fx_sb_adds(out, "null");
		return 0;
	}
	switch ((fx_kind)v->kind) {
	case FX_NULL:
		break;
	case FX_BOOL:
		fx_sb_adds(out, v->u.b ? "true" : "false");
		return 0;
	case FX_INT:
		fx_tmplf__fmt_v(out, v);
		return 0;
	case FX_FLOAT:
		if (!isfinite(v->u.f))
			return -1;
		fx_tmplf__fmt_float(out, v->u.f, true);
		return 0;
	case FX_STR:
		if (fx_go_type_of(v) == FX_GO_BYTES) {
			fx_strbuf b = FX_STRBUF_INIT;
			fx_base64_encode(&b, v->u.s.ptr, v->u.s.len);
			enc_string(out, fx_sb_cstr(&b), b.len, html);
			fx_sb_dispose(&b);
		} else if (fx_go_type_of(v) == FX_GO_ERROR) {
			fx_sb_adds(out, "{}");
		} else {
			enc_string(out, v->u.s.ptr, v->u.s.len, html);
		}
		return 0;
	case FX_SEQ:
		if (fx_go_type_of(v) == FX_GO_COMPLEX)
			return -1;
		if (v->u.seq.len == 0) {
			fx_sb_adds(out, "[]");
			return 0;
		}
		fx_sb_addc(out, '[');
		for (size_t i = 0; i < v->u.seq.len; i++) {
			if (i)
				fx_sb_addc(out, ',');
			if (indent)
				newline(out, indent, depth + 1);
			if (enc(out, v->u.seq.items[i], indent, html, depth + 1) < 0)
				return -1;
		}
		if (indent)
			newline(out, indent, depth);
		fx_sb_addc(out, ']');
		return 0;
	case FX_MAP: {
		if (fx_go_type_of(v) == FX_GO_TIME || fx_go_type_of(v) == FX_GO_SEMVER) {
			fx_strbuf b = FX_STRBUF_INIT;
			if (fx_go_type_of(v) == FX_GO_TIME)
				fx_tmplf__time_rfc3339(&b, v);
			else
				fx_sb_adds(&b, fx_tmplf__semver_text(v));
			enc_string(out, fx_sb_cstr(&b), b.len, html);
			fx_sb_dispose(&b);
			return 0;
		}
		if (v->u.map.len == 0) {
			fx_sb_adds(out, "{}");
			return 0;
		}
		size_t *ord = fx_map_sorted_order(v);
		fx_sb_addc(out, '{');
		int rc = 0;
		for (size_t i = 0; i < v->u.map.len && rc == 0; i++) {
			const fx_pair *p = &v->u.map.items[ord ? ord[i] : i];
			if (i)
				fx_sb_addc(out, ',');
			if (indent)
				newline(out, indent, depth + 1);
			fx_strbuf k = FX_STRBUF_INIT;
			fx_tmplf__fmt_v(&k, p->key);
			enc_string(out, fx_sb_cstr(&k), k.len, html);
			fx_sb_dispose(&k);
			fx_sb_adds(out, indent ? ": " : ":");
			rc = enc(out, p->val, indent, html, depth + 1);
		}
		free(ord);
		if (rc < 0)
			return -1;
		if (indent)
			newline(out, indent, depth);
		fx_sb_addc(out, '}');
		return 0;
	}
	}
	return 0;
}

int fx_tmplf__json_encode(fx_strbuf *out, const fx_node *v, int indent, bool escape_html)
{
	size_t mark = out->len;
	if (enc(out, v, indent, escape_html, 0) < 0) {
		fx_sb_truncate(out, mark);
		return -1;
	}
	return 0;
}

/* The value after a JSON round trip through Go's interface{} model, but
 * with integral numbers kept as ints (what sigs.k8s.io/yaml's JSON to
 * YAML step prints). */
fx_node *fx_tmplf__jsonify(fx_tmpl_call *c, const fx_node *v)
{
	if (!v)
		return fx_tmplf__null(c);
	switch ((fx_kind)v->kind) {
	case FX_STR:
		if (fx_go_type_of(v) == FX_GO_BYTES) {
			fx_strbuf b = FX_STRBUF_INIT;
			fx_base64_encode(&b, v->u.s.ptr, v->u.s.len);
			return fx_tmplf__str_sb(c, &b);
		}
		if (fx_go_type_of(v) == FX_GO_ERROR)
			return fx_tmplf__map(c);
		return fx_tmplf__str(c, v->u.s.ptr, v->u.s.len);
	case FX_SEQ: {
		fx_node *r = fx_tmplf__seq(c, FX_GO_DEFAULT);
		for (size_t i = 0; i < v->u.seq.len; i++)
			fx_seq_push(c->arena, r, fx_tmplf__jsonify(c, v->u.seq.items[i]));
		return r;
	}
	case FX_MAP: {
		if (fx_go_type_of(v) == FX_GO_TIME || fx_go_type_of(v) == FX_GO_SEMVER) {
			fx_strbuf b = FX_STRBUF_INIT;
			if (fx_go_type_of(v) == FX_GO_TIME)
				fx_tmplf__time_rfc3339(&b, v);
			else
				fx_sb_adds(&b, fx_tmplf__semver_text(v));
			return fx_tmplf__str_sb(c, &b);
		}
		fx_node *r = fx_tmplf__map(c);
		for (size_t i = 0; i < v->u.map.len; i++) {
			const fx_pair *p = &v->u.map.items[i];
			fx_map_set(c->arena, r, fx_tmplf__strval(c->arena, p->key, NULL),
				   fx_tmplf__jsonify(c, p->val));
		}
		return r;
	}
	case FX_INT: {
		fx_node *n = fx_node_int(c->arena, v->u.i, FX_LOC_NONE);
		n->flags = v->flags & FX_NODE_UINT;
		return n;
	}
	case FX_FLOAT:
		if (isfinite(v->u.f) && v->u.f == floor(v->u.f) && fabs(v->u.f) < 1e18)
			return fx_node_int(c->arena, (int64_t)v->u.f, FX_LOC_NONE);
		return fx_tmplf__float(c, v->u.f);
	case FX_BOOL:
		return fx_tmplf__bool(c, v->u.b);
	case FX_NULL:
		break;
	}
	return fx_tmplf__null(c);
}

/* ------------------------------------------------------------------ */
/* Decoding                                                             */

typedef struct {
	fx_tmpl_call *c;
	const char *s;
	size_t n, i;
	fx_strbuf *err;
	int depth;
} dec;

static void skip_ws(dec *d)
{
	while (d->i < d->n && (d->s[d->i] == ' ' || d->s[d->i] == '\t' || d->s[d->i] == '\n' ||
			       d->s[d->i] == '\r'))
		d->i++;
}

static int bad_char(dec *d, const char *ctx)
{
	if (d->i >= d->n) {
		fx_sb_adds(d->err, "unexpected end of JSON input");
		return -1;
	}
	char ch = d->s[d->i];
	if (ch == '"' || ch == '\'')
		fx_sb_addf(d->err, "invalid character '%s%c' %s", ch == '\'' ? "\\" : "", ch, ctx);
	else if ((unsigned char)ch < 0x20)
		fx_sb_addf(d->err, "invalid character '\\x%02x' %s", (unsigned char)ch, ctx);
	else
		fx_sb_addf(d->err, "invalid character '%c' %s", ch, ctx);
	return -1;
}

static int dec_value(dec *d, fx_node **out);

static void put_utf8(fx_strbuf *sb, unsigned cp)
{
	if (cp < 0x80) {
		fx_sb_addc(sb, (char)cp);
	} else if (cp < 0x800) {
		fx_sb_addc(sb, (char)(0xc0 | (cp >> 6)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		fx_sb_addc(sb, (char)(0xe0 | (cp >> 12)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	} else {
		fx_sb_addc(sb, (char)(0xf0 | (cp >> 18)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 12) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | ((cp >> 6) & 0x3f)));
		fx_sb_addc(sb, (char)(0x80 | (cp & 0x3f)));
	}
}

static int hex4(dec *d, unsigned *out)
{
	unsigned v = 0;
	for (int k = 0; k < 4; k++, d->i++) {
		if (d->i >= d->n)
			return bad_char(d, "in string escape code");
		char ch = d->s[d->i];
		int h = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
			: ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
		if (h < 0)
			return bad_char(d, "in \\u hexadecimal character escape");
		v = v * 16 + (unsigned)h;
	}
	*out = v;
	return 0;
}

static int dec_string(dec *d, fx_strbuf *sb)
{
	d->i++; /* opening quote */
	for (;;) {
		if (d->i >= d->n)
			return bad_char(d, "");
		unsigned char ch = (unsigned char)d->s[d->i];
		if (ch == '"') {
			d->i++;
			return 0;
		}
		if (ch < 0x20)
			return bad_char(d, "in string literal");
		if (ch != '\\') {
			fx_sb_addc(sb, (char)ch);
			d->i++;
			continue;
		}
		d->i++;
		if (d->i >= d->n)
			return bad_char(d, "");
		char e = d->s[d->i++];
		switch (e) {
		case '"': case '\\': case '/':
			fx_sb_addc(sb, e);
			break;
		case 'b':
			fx_sb_addc(sb, '\b');
			break;
		case 'f':
			fx_sb_addc(sb, '\f');
			break;
		case 'n':
			fx_sb_addc(sb, '\n');
			break;
		case 'r':
			fx_sb_addc(sb, '\r');
			break;
		case 't':
			fx_sb_addc(sb, '\t');
			break;
		case 'u': {
			unsigned cp;
			if (hex4(d, &cp) < 0)
				return -1;
			if (cp >= 0xd800 && cp < 0xdc00 && d->i + 6 <= d->n && d->s[d->i] == '\\' &&
			    d->s[d->i + 1] == 'u') {
				size_t save = d->i;
				unsigned lo;
				d->i += 2;
				if (hex4(d, &lo) == 0 && lo >= 0xdc00 && lo < 0xe000) {
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				} else {
					fx_sb_clear(d->err);
					d->i = save;
					cp = 0xfffd;
				}
			} else if (cp >= 0xd800 && cp < 0xe000) {
				cp = 0xfffd;
			}
			put_utf8(sb, cp);
			break;
		}
		default:
			d->i--;
			return bad_char(d, "in string escape code");
		}
	}
}

static int dec_number(dec *d, fx_node **out)
{
	size_t st = d->i;
	if (d->s[d->i] == '-')
		d->i++;
	if (d->i >= d->n)
		return bad_char(d, "in numeric literal");
	if (d->s[d->i] == '0') {
		d->i++;
	} else if (d->s[d->i] >= '1' && d->s[d->i] <= '9') {
		while (d->i < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9')
			d->i++;
	} else {
		return bad_char(d, "in numeric literal");
	}
	if (d->i < d->n && d->s[d->i] == '.') {
		d->i++;
		if (d->i >= d->n || d->s[d->i] < '0' || d->s[d->i] > '9')
			return bad_char(d, "after decimal point in numeric literal");
		while (d->i < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9')
			d->i++;
	}
	if (d->i < d->n && (d->s[d->i] == 'e' || d->s[d->i] == 'E')) {
		d->i++;
		if (d->i < d->n && (d->s[d->i] == '+' || d->s[d->i] == '-'))
			d->i++;
		if (d->i >= d->n || d->s[d->i] < '0' || d->s[d->i] > '9')
			return bad_char(d, "in exponent of numeric literal");
		while (d->i < d->n && d->s[d->i] >= '0' && d->s[d->i] <= '9')
			d->i++;
	}
	char *txt = fx_arena_strndup(d->c->arena, d->s + st, d->i - st);
	*out = fx_tmplf__float(d->c, strtod(txt, NULL));
	return 0;
}

static int literal(dec *d, const char *word)
{
	for (size_t k = 0; word[k]; k++, d->i++) {
		if (d->i >= d->n || d->s[d->i] != word[k]) {
			char ctx[64];
			snprintf(ctx, sizeof(ctx), "in literal %s (expecting '%c')", word, word[k]);
			return bad_char(d, ctx);
		}
	}
	return 0;
}

static int dec_value(dec *d, fx_node **out)
{
	skip_ws(d);
	if (d->i >= d->n)
		return bad_char(d, "");
	if (++d->depth > 10000) {
		fx_sb_adds(d->err, "exceeded max depth");
		return -1;
	}
	int rc = 0;
	char ch = d->s[d->i];
	if (ch == '{') {
		fx_node *m = fx_tmplf__map(d->c);
		d->i++;
		skip_ws(d);
		if (d->i < d->n && d->s[d->i] == '}') {
			d->i++;
		} else {
			for (;;) {
				skip_ws(d);
				if (d->i >= d->n || d->s[d->i] != '"') {
					rc = bad_char(d, "looking for beginning of object key string");
					break;
				}
				fx_strbuf k = FX_STRBUF_INIT;
				if (dec_string(d, &k) < 0) {
					fx_sb_dispose(&k);
					rc = -1;
					break;
				}
				skip_ws(d);
				if (d->i >= d->n || d->s[d->i] != ':') {
					fx_sb_dispose(&k);
					rc = bad_char(d, "after object key");
					break;
				}
				d->i++;
				fx_node *v;
				if (dec_value(d, &v) < 0) {
					fx_sb_dispose(&k);
					rc = -1;
					break;
				}
				fx_map_set(d->c->arena, m,
					   fx_arena_strndup(d->c->arena, fx_sb_cstr(&k), k.len), v);
				fx_sb_dispose(&k);
				skip_ws(d);
				if (d->i < d->n && d->s[d->i] == ',') {
					d->i++;
					continue;
				}
				if (d->i < d->n && d->s[d->i] == '}') {
					d->i++;
					break;
				}
				rc = bad_char(d, "after object key:value pair");
				break;
			}
		}
		*out = m;
	} else if (ch == '[') {
		fx_node *l = fx_tmplf__seq(d->c, FX_GO_DEFAULT);
		d->i++;
		skip_ws(d);
		if (d->i < d->n && d->s[d->i] == ']') {
			d->i++;
		} else {
			for (;;) {
				fx_node *v;
				if (dec_value(d, &v) < 0) {
					rc = -1;
					break;
				}
				fx_seq_push(d->c->arena, l, v);
				skip_ws(d);
				if (d->i < d->n && d->s[d->i] == ',') {
					d->i++;
					continue;
				}
				if (d->i < d->n && d->s[d->i] == ']') {
					d->i++;
					break;
				}
				rc = bad_char(d, "after array element");
				break;
			}
		}
		*out = l;
	} else if (ch == '"') {
		fx_strbuf sb = FX_STRBUF_INIT;
		rc = dec_string(d, &sb);
		*out = fx_tmplf__str_sb(d->c, &sb);
	} else if (ch == '-' || (ch >= '0' && ch <= '9')) {
		rc = dec_number(d, out);
	} else if (ch == 't') {
		rc = literal(d, "true");
		*out = fx_tmplf__bool(d->c, true);
	} else if (ch == 'f') {
		rc = literal(d, "false");
		*out = fx_tmplf__bool(d->c, false);
	} else if (ch == 'n') {
		rc = literal(d, "null");
		*out = fx_tmplf__null(d->c);
	} else {
		rc = bad_char(d, "looking for beginning of value");
	}
	d->depth--;
	return rc;
}

int fx_tmplf__json_decode(fx_tmpl_call *c, const char *s, size_t n, fx_node **out,
			  fx_strbuf *errmsg)
{
	dec d = {c, s, n, 0, errmsg, 0};
	*out = NULL;
	if (dec_value(&d, out) < 0)
		return -1;
	skip_ws(&d);
	if (d.i < d.n)
		return bad_char(&d, "after top-level value");
	return 0;
}

/* ------------------------------------------------------------------ */
/* Sprig's functions                                                    */

static int to_json(fx_tmpl_call *c, fx_node **out, int indent, bool html, bool must)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	if (fx_tmplf__json_encode(&sb, c->args[0], indent, html) < 0) {
		fx_sb_dispose(&sb);
		if (must)
			return fx_tmplf__fail(c, "json: unsupported value");
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_to_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 0, true, false);
}
static int f_must_to_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 0, true, true);
}
static int f_to_pretty_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 2, true, false);
}
static int f_must_to_pretty_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 2, true, true);
}
static int f_to_raw_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 0, false, false);
}
static int f_must_to_raw_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, 0, false, true);
}

static int from_json(fx_tmpl_call *c, fx_node **out, bool must)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	fx_strbuf err = FX_STRBUF_INIT;
	if (fx_tmplf__json_decode(c, s, n, out, &err) < 0) {
		if (must) {
			fx_sb_clear(c->err);
			fx_sb_add(c->err, fx_sb_cstr(&err), err.len);
			fx_sb_dispose(&err);
			return -1;
		}
		*out = fx_tmplf__null(c);
	}
	fx_sb_dispose(&err);
	return 0;
}

static int f_from_json(fx_tmpl_call *c, fx_node **out)
{
	return from_json(c, out, false);
}
static int f_must_from_json(fx_tmpl_call *c, fx_node **out)
{
	return from_json(c, out, true);
}

static const fx_tmpl_func json_funcs[] = {
	{"fromJson", f_from_json, 1, 1, 0},
	{"mustFromJson", f_must_from_json, 1, 1, 0},
	{"mustToJson", f_must_to_json, 1, 1, 0},
	{"mustToPrettyJson", f_must_to_pretty_json, 1, 1, 0},
	{"mustToRawJson", f_must_to_raw_json, 1, 1, 0},
	{"toJson", f_to_json, 1, 1, 0},
	{"toPrettyJson", f_to_pretty_json, 1, 1, 0},
	{"toRawJson", f_to_raw_json, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__json_family(void)
{
	return FX_TMPLF__FAMILY(json_funcs);
}
