/*
 * TOML for Helm's toToml, mustToToml and fromToml, as BurntSushi/toml
 * does it.  Encoding: a table's plain keys first, then its sub-tables
 * ("[a.b]", "[[a]]"), keys sorted, nested lines indented two spaces per
 * level.  Decoding: key/value pairs (bare, quoted and dotted keys),
 * basic/literal/multi-line strings, integers (int64), floats, booleans,
 * arrays, inline tables, [tables] and [[arrays of tables]]; dates are
 * kept as strings.  Errors read "toml: line N: ...".
 */
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

/* ------------------------------------------------------------------ */
/* Encoding                                                             */

static bool is_table(const fx_node *v)
{
	return v && v->kind == FX_MAP && fx_go_type_of(v) == FX_GO_DEFAULT;
}

static bool is_table_array(const fx_node *v)
{
	if (!v || v->kind != FX_SEQ || v->u.seq.len == 0)
		return false;
	for (size_t i = 0; i < v->u.seq.len; i++)
		if (!is_table(v->u.seq.items[i]))
			return false;
	return true;
}

static void enc_str(fx_strbuf *out, const char *s, size_t n)
{
	fx_sb_addc(out, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		switch (ch) {
		case '"': fx_sb_adds(out, "\\\""); break;
		case '\\': fx_sb_adds(out, "\\\\"); break;
		case '\b': fx_sb_adds(out, "\\b"); break;
		case '\t': fx_sb_adds(out, "\\t"); break;
		case '\n': fx_sb_adds(out, "\\n"); break;
		case '\f': fx_sb_adds(out, "\\f"); break;
		case '\r': fx_sb_adds(out, "\\r"); break;
		default:
			if (ch < 0x20 || ch == 0x7f)
				fx_sb_addf(out, "\\u%04x", ch);
			else
				fx_sb_addc(out, (char)ch);
		}
	}
	fx_sb_addc(out, '"');
}

static void enc_key(fx_strbuf *out, const char *k)
{
	bool bare = *k != '\0';
	for (const char *p = k; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
			bare = false;
	if (bare)
		fx_sb_adds(out, k);
	else
		enc_str(out, k, strlen(k));
}

static int enc_value(fx_strbuf *out, const fx_node *v)
{
	switch ((fx_kind)v->kind) {
	case FX_BOOL:
		fx_sb_adds(out, v->u.b ? "true" : "false");
		return 0;
	case FX_INT:
		fx_tmplf__fmt_v(out, v);
		return 0;
	case FX_FLOAT: {
		double f = v->u.f;
		if (isnan(f)) {
			fx_sb_adds(out, "nan");
			return 0;
		}
		if (isinf(f)) {
			fx_sb_adds(out, f > 0 ? "inf" : "-inf");
			return 0;
		}
		size_t mark = out->len;
		fx_tmplf__fmt_float(out, f, false);
		/* 'f' format: expand an exponent form */
		if (memchr(out->ptr + mark, 'e', out->len - mark)) {
			fx_sb_truncate(out, mark);
			char buf[400];
			for (int prec = 0; prec < 330; prec++) {
				snprintf(buf, sizeof(buf), "%.*f", prec, f);
				if (strtod(buf, NULL) == f)
					break;
			}
			fx_sb_adds(out, buf);
		}
		if (!memchr(out->ptr + mark, '.', out->len - mark))
			fx_sb_adds(out, ".0");
		return 0;
	}
	case FX_STR:
		if (fx_go_type_of(v) == FX_GO_BYTES) {
			fx_strbuf b = FX_STRBUF_INIT;
			fx_base64_encode(&b, v->u.s.ptr, v->u.s.len);
			enc_str(out, fx_sb_cstr(&b), b.len);
			fx_sb_dispose(&b);
		} else {
			enc_str(out, v->u.s.ptr, v->u.s.len);
		}
		return 0;
	case FX_SEQ: {
		fx_sb_addc(out, '[');
		bool first = true;
		for (size_t i = 0; i < v->u.seq.len; i++) {
			const fx_node *it = v->u.seq.items[i];
			if (!it || it->kind == FX_NULL)
				return -1;
			if (!first)
				fx_sb_adds(out, ", ");
			first = false;
			if (enc_value(out, it) < 0)
				return -1;
		}
		fx_sb_addc(out, ']');
		return 0;
	}
	case FX_MAP: { /* inline table inside an array */
		if (fx_go_type_of(v) == FX_GO_TIME) {
			fx_tmplf__time_rfc3339(out, v);
			return 0;
		}
		size_t *ord = fx_map_sorted_order(v);
		fx_sb_addc(out, '{');
		int rc = 0;
		for (size_t i = 0, w = 0; i < v->u.map.len && rc == 0; i++) {
			const fx_pair *p = &v->u.map.items[ord ? ord[i] : i];
			if (!p->val || p->val->kind == FX_NULL)
				continue;
			fx_sb_adds(out, w++ ? ", " : "");
			enc_key(out, fx_node_strval(p->key) ? fx_node_strval(p->key) : "");
			fx_sb_adds(out, " = ");
			rc = enc_value(out, p->val);
		}
		fx_sb_addc(out, '}');
		free(ord);
		return rc;
	}
	case FX_NULL:
		break;
	}
	return -1;
}

typedef struct {
	fx_strbuf *out;
	const char *path[64];
	int depth;
	bool written;
} tenc;

static void nl(tenc *e)
{
	if (e->written)
		fx_sb_addc(e->out, '\n');
}

static void indent(tenc *e, int depth)
{
	for (int i = 1; i < depth; i++)
		fx_sb_adds(e->out, "  ");
}

static void header(tenc *e, bool array)
{
	indent(e, e->depth);
	fx_sb_adds(e->out, array ? "[[" : "[");
	for (int i = 0; i < e->depth; i++) {
		if (i)
			fx_sb_addc(e->out, '.');
		enc_key(e->out, e->path[i]);
	}
	fx_sb_adds(e->out, array ? "]]" : "]");
	e->written = true;
	nl(e);
}

static int enc_table(tenc *e, const fx_node *m)
{
	size_t *ord = fx_map_sorted_order(m);
	int rc = 0;
	for (int pass = 0; pass < 2 && rc == 0; pass++) {
		for (size_t i = 0; i < m->u.map.len && rc == 0; i++) {
			const fx_pair *p = &m->u.map.items[ord ? ord[i] : i];
			const char *k = fx_node_strval(p->key) ? fx_node_strval(p->key) : "";
			const fx_node *v = p->val;
			if (!v || v->kind == FX_NULL)
				continue;
			bool sub = is_table(v) || is_table_array(v);
			if (sub != (pass == 1))
				continue;
			if (e->depth >= 63) {
				rc = -1;
				break;
			}
			if (!sub) {
				indent(e, e->depth + 1);
				enc_key(e->out, k);
				fx_sb_adds(e->out, " = ");
				rc = enc_value(e->out, v);
				e->written = true;
				nl(e);
				continue;
			}
			e->path[e->depth++] = k;
			if (is_table(v)) {
				if (e->depth == 1)
					nl(e);
				header(e, false);
				rc = enc_table(e, v);
			} else {
				for (size_t j = 0; j < v->u.seq.len && rc == 0; j++) {
					nl(e);
					header(e, true);
					rc = enc_table(e, v->u.seq.items[j]);
				}
			}
			e->depth--;
		}
	}
	free(ord);
	return rc;
}

static int to_toml(fx_tmpl_call *c, fx_node **out, bool must)
{
	const fx_node *v = c->args[0];
	fx_strbuf sb = FX_STRBUF_INIT;
	int rc;
	if (!is_table(v)) {
		rc = -1;
		fx_sb_adds(&sb, "toml: top-level values must be Go maps or structs");
	} else {
		tenc e = {&sb, {NULL}, 0, false};
		rc = enc_table(&e, v);
		if (rc < 0) {
			fx_sb_clear(&sb);
			fx_sb_adds(&sb, "toml: cannot encode a nil or mixed value");
		}
	}
	if (rc < 0 && must) {
		fx_tmplf__fail(c, "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
		return -1;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

int fx_tmplf__to_toml(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__to_toml(fx_tmpl_call *c, fx_node **out)
{
	return to_toml(c, out, false);
}

int fx_tmplf__must_to_toml(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__must_to_toml(fx_tmpl_call *c, fx_node **out)
{
	return to_toml(c, out, true);
}

/* ------------------------------------------------------------------ */
/* Decoding                                                             */

typedef struct {
	fx_tmpl_call *c;
	const char *s;
	size_t n, i;
	int line;
	fx_strbuf *err;
} tdec;

static int terr(tdec *d, const char *fmt, const char *arg)
{
	fx_sb_clear(d->err);
	fx_sb_addf(d->err, "toml: line %d: ", d->line);
	fx_sb_addf(d->err, fmt, arg);
	return -1;
}

static void skip_sp(tdec *d)
{
	while (d->i < d->n && (d->s[d->i] == ' ' || d->s[d->i] == '\t'))
		d->i++;
}

/* spaces, comments and newlines */
static void skip_all(tdec *d)
{
	for (;;) {
		skip_sp(d);
		if (d->i < d->n && d->s[d->i] == '#') {
			while (d->i < d->n && d->s[d->i] != '\n')
				d->i++;
		}
		if (d->i < d->n && (d->s[d->i] == '\n' || d->s[d->i] == '\r')) {
			if (d->s[d->i] == '\n')
				d->line++;
			d->i++;
			continue;
		}
		return;
	}
}

static int parse_string(tdec *d, fx_strbuf *sb)
{
	char q = d->s[d->i];
	bool multi = d->i + 2 < d->n && d->s[d->i + 1] == q && d->s[d->i + 2] == q;
	d->i += multi ? 3 : 1;
	if (multi && d->i < d->n && d->s[d->i] == '\n') {
		d->i++;
		d->line++;
	}
	for (;;) {
		if (d->i >= d->n)
			return terr(d, "unexpected EOF; expected '%s'", multi ? (q == '"' ? "\"\"\"" : "'''") : (q == '"' ? "\"" : "'"));
		char ch = d->s[d->i];
		if (ch == q && (!multi || (d->i + 2 < d->n + 0 + 0 && d->s[d->i + 1] == q && d->s[d->i + 2] == q))) {
			d->i += multi ? 3 : 1;
			return 0;
		}
		if (ch == '\n') {
			if (!multi)
				return terr(d, "strings cannot contain newlines%s", "");
			d->line++;
		}
		if (ch == '\\' && q == '"') {
			d->i++;
			if (d->i >= d->n)
				return terr(d, "unexpected EOF%s", "");
			char e = d->s[d->i++];
			switch (e) {
			case 'b': fx_sb_addc(sb, '\b'); break;
			case 't': fx_sb_addc(sb, '\t'); break;
			case 'n': fx_sb_addc(sb, '\n'); break;
			case 'f': fx_sb_addc(sb, '\f'); break;
			case 'r': fx_sb_addc(sb, '\r'); break;
			case '"': fx_sb_addc(sb, '"'); break;
			case '\\': fx_sb_addc(sb, '\\'); break;
			case 'u':
			case 'U': {
				int k = e == 'u' ? 4 : 8;
				unsigned cp = 0;
				for (int j = 0; j < k; j++, d->i++) {
					if (d->i >= d->n || !isxdigit((unsigned char)d->s[d->i]))
						return terr(d, "invalid escape%s", "");
					char h = d->s[d->i];
					cp = cp * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower(h) - 'a' + 10));
				}
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
				break;
			}
			case '\n':
			case ' ':
			case '\t':
			case '\r':
				if (!multi)
					return terr(d, "invalid escape%s", "");
				d->i--;
				while (d->i < d->n && isspace((unsigned char)d->s[d->i])) {
					if (d->s[d->i] == '\n')
						d->line++;
					d->i++;
				}
				break;
			default:
				return terr(d, "invalid escape: '\\%s'", (char[]){e, 0});
			}
			continue;
		}
		fx_sb_addc(sb, ch);
		d->i++;
	}
}

static int parse_key(tdec *d, const char **parts, int *np)
{
	*np = 0;
	for (;;) {
		skip_sp(d);
		if (d->i >= d->n)
			return terr(d, "unexpected EOF; expected key separator '='%s", "");
		fx_strbuf sb = FX_STRBUF_INIT;
		char ch = d->s[d->i];
		if (ch == '"' || ch == '\'') {
			if (parse_string(d, &sb) < 0) {
				fx_sb_dispose(&sb);
				return -1;
			}
		} else {
			size_t st = d->i;
			while (d->i < d->n && (isalnum((unsigned char)d->s[d->i]) || d->s[d->i] == '_' ||
					       d->s[d->i] == '-'))
				d->i++;
			if (d->i == st)
				return terr(d, "bare keys cannot contain '%s'", (char[]){ch, 0});
			fx_sb_add(&sb, d->s + st, d->i - st);
		}
		if (*np >= 32) {
			fx_sb_dispose(&sb);
			return terr(d, "key too deep%s", "");
		}
		parts[(*np)++] = fx_arena_strndup(d->c->arena, fx_sb_cstr(&sb), sb.len);
		fx_sb_dispose(&sb);
		skip_sp(d);
		if (d->i < d->n && d->s[d->i] == '.') {
			d->i++;
			continue;
		}
		return 0;
	}
}

static int parse_value(tdec *d, fx_node **out, int depth);

static int parse_inline_table(tdec *d, fx_node **out, int depth)
{
	fx_node *m = fx_tmplf__map(d->c);
	d->i++;
	skip_sp(d);
	if (d->i < d->n && d->s[d->i] == '}') {
		d->i++;
		*out = m;
		return 0;
	}
	for (;;) {
		const char *parts[32];
		int np;
		if (parse_key(d, parts, &np) < 0)
			return -1;
		if (d->i >= d->n || d->s[d->i] != '=')
			return terr(d, "expected key separator '='%s", "");
		d->i++;
		fx_node *v;
		if (parse_value(d, &v, depth + 1) < 0)
			return -1;
		fx_node *t = m;
		for (int k = 0; k + 1 < np; k++)
			t = fx_map_ensure_map(d->c->arena, t, parts[k], FX_LOC_NONE);
		fx_map_set(d->c->arena, t, parts[np - 1], v);
		skip_sp(d);
		if (d->i < d->n && d->s[d->i] == ',') {
			d->i++;
			continue;
		}
		if (d->i < d->n && d->s[d->i] == '}') {
			d->i++;
			*out = m;
			return 0;
		}
		return terr(d, "expected a comma or an inline table terminator '}'%s", "");
	}
}

static int parse_value(tdec *d, fx_node **out, int depth)
{
	if (depth > 200)
		return terr(d, "nesting too deep%s", "");
	skip_sp(d);
	if (d->i >= d->n)
		return terr(d, "unexpected EOF; expected value%s", "");
	char ch = d->s[d->i];
	if (ch == '"' || ch == '\'') {
		fx_strbuf sb = FX_STRBUF_INIT;
		if (parse_string(d, &sb) < 0) {
			fx_sb_dispose(&sb);
			return -1;
		}
		*out = fx_tmplf__str_sb(d->c, &sb);
		return 0;
	}
	if (ch == '[') {
		fx_node *l = fx_tmplf__seq(d->c, FX_GO_DEFAULT);
		d->i++;
		for (;;) {
			skip_all(d);
			if (d->i < d->n && d->s[d->i] == ']') {
				d->i++;
				break;
			}
			fx_node *v;
			if (parse_value(d, &v, depth + 1) < 0)
				return -1;
			fx_seq_push(d->c->arena, l, v);
			skip_all(d);
			if (d->i < d->n && d->s[d->i] == ',') {
				d->i++;
				continue;
			}
			if (d->i < d->n && d->s[d->i] == ']') {
				d->i++;
				break;
			}
			return terr(d, "expected a comma or array terminator ']'%s", "");
		}
		*out = l;
		return 0;
	}
	if (ch == '{')
		return parse_inline_table(d, out, depth);
	size_t st = d->i;
	while (d->i < d->n && !strchr(",]}#\n\r", d->s[d->i]))
		d->i++;
	size_t e = d->i;
	while (e > st && (d->s[e - 1] == ' ' || d->s[e - 1] == '\t'))
		e--;
	char *t = fx_arena_strndup(d->c->arena, d->s + st, e - st);
	if (strcmp(t, "true") == 0 || strcmp(t, "false") == 0) {
		*out = fx_tmplf__bool(d->c, t[0] == 't');
		return 0;
	}
	/* numbers: strip underscores */
	char *num = fx_arena_alloc(d->c->arena, strlen(t) + 1);
	size_t k = 0;
	for (const char *p = t; *p; p++)
		if (*p != '_')
			num[k++] = *p;
	num[k] = '\0';
	char *end;
	if (strcmp(num, "inf") == 0 || strcmp(num, "+inf") == 0 || strcmp(num, "-inf") == 0 ||
	    strcmp(num, "nan") == 0 || strcmp(num, "+nan") == 0 || strcmp(num, "-nan") == 0) {
		double f = strstr(num, "nan") ? NAN : (num[0] == '-' ? -INFINITY : INFINITY);
		*out = fx_tmplf__float(d->c, f);
		return 0;
	}
	int base = 10;
	const char *np = num;
	if (np[0] == '0' && (np[1] == 'x' || np[1] == 'o' || np[1] == 'b')) {
		base = np[1] == 'x' ? 16 : np[1] == 'o' ? 8 : 2;
		np += 2;
	}
	if (*np) {
		long long iv = strtoll(np, &end, base);
		if (*end == '\0' && (base != 10 || !(np[0] == '0' && np[1]) ) &&
		    !(np[0] == '+' && base != 10)) {
			*out = fx_tmplf__int(d->c, iv, FX_GO_INT64);
			return 0;
		}
		if (base == 10 && (strchr(np, '.') || strchr(np, 'e') || strchr(np, 'E'))) {
			double f = strtod(np, &end);
			if (*end == '\0') {
				*out = fx_tmplf__float(d->c, f);
				return 0;
			}
		}
		/* dates and times stay text */
		if (isdigit((unsigned char)t[0]) && (strchr(t, '-') || strchr(t, ':'))) {
			*out = fx_tmplf__strz(d->c, t);
			return 0;
		}
	}
	return terr(d, "expected value but found '%s' instead", t);
}

static fx_node *walk_table(tdec *d, fx_node *root, const char **parts, int np)
{
	fx_node *t = root;
	for (int k = 0; k < np; k++) {
		fx_node *next = fx_map_get(t, parts[k]);
		if (next && next->kind == FX_SEQ && next->u.seq.len)
			next = next->u.seq.items[next->u.seq.len - 1];
		if (!next) {
			next = fx_tmplf__map(d->c);
			fx_map_set(d->c->arena, t, parts[k], next);
		}
		if (next->kind != FX_MAP)
			return NULL;
		t = next;
	}
	return t;
}

static int toml_decode(tdec *d, fx_node *root)
{
	fx_node *cur = root;
	for (;;) {
		skip_all(d);
		if (d->i >= d->n)
			return 0;
		const char *parts[32];
		int np;
		if (d->s[d->i] == '[') {
			bool arr = d->i + 1 < d->n && d->s[d->i + 1] == '[';
			d->i += arr ? 2 : 1;
			if (parse_key(d, parts, &np) < 0)
				return -1;
			if (d->i + (arr ? 1 : 0) >= d->n || d->s[d->i] != ']' ||
			    (arr && d->s[d->i + 1] != ']'))
				return terr(d, "expected ']'%s", "");
			d->i += arr ? 2 : 1;
			if (arr) {
				fx_node *parent = walk_table(d, root, parts, np - 1);
				if (!parent)
					return terr(d, "key '%s' is not a table", parts[np - 2]);
				fx_node *l = fx_map_get(parent, parts[np - 1]);
				if (!l) {
					l = fx_tmplf__seq(d->c, FX_GO_DEFAULT);
					fx_map_set(d->c->arena, parent, parts[np - 1], l);
				} else if (l->kind != FX_SEQ) {
					return terr(d, "key '%s' is not an array", parts[np - 1]);
				}
				cur = fx_tmplf__map(d->c);
				fx_seq_push(d->c->arena, l, cur);
			} else {
				cur = walk_table(d, root, parts, np);
				if (!cur)
					return terr(d, "key '%s' is not a table", parts[np - 1]);
			}
		} else {
			if (parse_key(d, parts, &np) < 0)
				return -1;
			skip_sp(d);
			if (d->i >= d->n)
				return terr(d, "unexpected EOF; expected key separator '='%s", "");
			if (d->s[d->i] != '=')
				return terr(d, "expected key separator '=' but found '%s' instead",
					    (char[]){d->s[d->i], 0});
			d->i++;
			fx_node *v;
			if (parse_value(d, &v, 0) < 0)
				return -1;
			fx_node *t = walk_table(d, cur, parts, np - 1);
			if (!t)
				return terr(d, "key '%s' is not a table", parts[0]);
			if (fx_map_get(t, parts[np - 1]))
				return terr(d, "key '%s' has already been defined", parts[np - 1]);
			fx_map_set(d->c->arena, t, parts[np - 1], v);
		}
		skip_sp(d);
		if (d->i < d->n && d->s[d->i] == '#')
			continue;
		if (d->i < d->n && d->s[d->i] != '\n' && d->s[d->i] != '\r')
			return terr(d, "expected a top-level item to end with a newline, comment, or EOF, but got '%s' instead",
				    (char[]){d->s[d->i], 0});
	}
}

int fx_tmplf__from_toml(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__from_toml(fx_tmpl_call *c, fx_node **out)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	fx_strbuf err = FX_STRBUF_INIT;
	fx_node *root = fx_tmplf__map(c);
	tdec d = {c, s, n, 0, 1, &err};
	if (toml_decode(&d, root) < 0) {
		root = fx_tmplf__map(c);
		fx_map_set(c->arena, root, "Error", fx_tmplf__str(c, fx_sb_cstr(&err), err.len));
	}
	fx_sb_dispose(&err);
	*out = root;
	return 0;
}
