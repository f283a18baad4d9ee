/*
 * kustomize: the replacements transformer.
 *
 * For each replacement in order: select exactly one source object (its
 * current or a previous identity matches group/version/kind/name/
 * namespace exactly, namespaces compared as effective namespaces), read
 * its fieldPath (default metadata.name) with kyaml's path getter (exact
 * [key=value] matches, indices, "-"), optionally cut by delimiter/index;
 * then write that value into every fieldPath of every target object that
 * the select (and label/annotation selectors) picks and no reject
 * excludes, with kyaml's path matcher: [key=value] is an unanchored
 * regular expression there, "*" visits every list element, indices and
 * (with options.create) missing fields and elements are created.  A
 * scalar target keeps its type (kustomize only swaps the text, and a
 * value that does not fit the type fails the build as kustomize's final
 * decode does); a collection target is replaced by a copy of the value.
 *
 * Inlining `path:` entries and knowing previous names is the build's
 * job (hooks).  Errors use kustomize's wording.
 */
#include "kustomize/patch.h"
#include "kustomize/kust.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	const fx_kust_repl_hooks *hooks;
	fx_loc loc; /* the replacement entry */
	fx_strbuf err; /* the message of a failed path walk */
	fx_ptrvec created; /* scalars created untyped (CREATED_FLAG set) */
} repl;

#define CODE "FX3330"

/* ------------------------------------------------------------------ */
/* Identities and selection                                             */

static const char *str_or_empty(const char *s)
{
	return s ? s : "";
}

static void rid_of(fx_arena *a, const fx_node *obj, fx_kust_rid *out)
{
	const char *av = str_or_empty(fx_map_get_str(obj, "apiVersion"));
	const char *slash = strchr(av, '/');
	out->group = slash ? fx_arena_strndup(a, av, (size_t)(slash - av)) : "";
	out->version = slash ? slash + 1 : av;
	out->kind = str_or_empty(fx_map_get_str(obj, "kind"));
	const fx_node *md = fx_map_get(obj, "metadata");
	out->name = str_or_empty(fx_map_get_str(md, "name"));
	out->ns = str_or_empty(fx_map_get_str(md, "namespace"));
}

static const char *scalar_of(fx_arena *a, const fx_node *sel, const char *key)
{
	const fx_node *n = fx_map_get(sel, key);
	if (!n || !fx_node_is_scalar(n) || n->kind == FX_NULL)
		return "";
	return fx_scalar_text(a, n);
}

static void rid_of_selector(fx_arena *a, const fx_node *sel, fx_kust_rid *out)
{
	out->group = scalar_of(a, sel, "group");
	out->version = scalar_of(a, sel, "version");
	out->kind = scalar_of(a, sel, "kind");
	out->name = scalar_of(a, sel, "name");
	out->ns = scalar_of(a, sel, "namespace");
}

static bool rid_empty(const fx_kust_rid *r)
{
	return !r->group[0] && !r->version[0] && !r->kind[0] && !r->name[0] && !r->ns[0];
}

static const char *eff_ns(const fx_kust_rid *id)
{
	if (fx_kust__kind_cluster_scoped(id->kind))
		return "_non_namespaceable_";
	if (!id->ns[0] || strcmp(id->ns, "default") == 0)
		return "default";
	return id->ns;
}

/* ResId.IsSelectedBy */
static bool rid_selected(const fx_kust_rid *id, const fx_kust_rid *sel)
{
	if (sel->name[0] && strcmp(sel->name, id->name) != 0)
		return false;
	if (sel->ns[0] && strcmp(eff_ns(sel), eff_ns(id)) != 0)
		return false;
	if (sel->group[0] && strcmp(sel->group, id->group) != 0)
		return false;
	if (sel->version[0] && strcmp(sel->version, id->version) != 0)
		return false;
	if (sel->kind[0] && strcmp(sel->kind, id->kind) != 0)
		return false;
	return true;
}

/* ResId.String: Kind.version.group/name.namespace with placeholders. */
static const char *rid_str(fx_arena *a, const fx_kust_rid *r)
{
	return fx_arena_printf(a, "%s.%s.%s/%s.%s", r->kind[0] ? r->kind : "[noKind]",
			       r->version[0] ? r->version : "[noVer]",
			       r->group[0] ? r->group : "[noGrp]", r->name[0] ? r->name : "[noName]",
			       r->ns[0] ? r->ns : "[noNs]");
}

/* All identities of objs[i]: the current one, then previous ones. */
static size_t ids_of(repl *r, const fx_ptrvec *objs, size_t i, fx_kust_rid *out, size_t cap)
{
	rid_of(r->a, objs->items[i], &out[0]);
	size_t n = 1;
	if (r->hooks && r->hooks->prev_ids)
		n += r->hooks->prev_ids(r->hooks->ud, i, out + 1, cap - 1);
	return n;
}

/* A built-in label selector matcher for use without the build:
 * k=v, k==v, k!=v, k, !k, k in (a,b), k notin (a,b), comma-joined. */
static int simple_selector(repl *r, const char *expr, fx_loc at, const fx_node *labels,
			   bool *out)
{
	*out = true;
	const char *p = expr;
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		bool neg = *p == '!';
		if (neg)
			p++;
		const char *k0 = p;
		while (*p && !strchr(" ,=!()", *p))
			p++;
		char *key = fx_arena_strndup(r->a, k0, (size_t)(p - k0));
		while (*p == ' ')
			p++;
		const char *have = fx_map_get_str(labels, key);
		bool ok;
		if (neg) {
			ok = have == NULL;
		} else if (*p == '=' || (*p == '!' && p[1] == '=')) {
			bool ne = *p == '!';
			p += (ne || p[1] == '=') ? 2 : 1;
			while (*p == ' ')
				p++;
			const char *v0 = p;
			while (*p && !strchr(" ,", *p))
				p++;
			char *val = fx_arena_strndup(r->a, v0, (size_t)(p - v0));
			bool eq = have && strcmp(have, val) == 0;
			ok = ne ? !eq : eq;
		} else if (strncmp(p, "in", 2) == 0 || strncmp(p, "notin", 5) == 0) {
			bool notin = p[0] == 'n';
			p += notin ? 5 : 2;
			while (*p == ' ')
				p++;
			if (*p != '(')
				return fx_error(r->ctx, at, CODE, "unable to parse requirement: '%s'",
						expr);
			p++;
			bool found = false;
			while (*p && *p != ')') {
				while (*p == ' ' || *p == ',')
					p++;
				const char *v0 = p;
				while (*p && !strchr(" ,)", *p))
					p++;
				if (have && p > v0 && strlen(have) == (size_t)(p - v0) &&
				    strncmp(have, v0, (size_t)(p - v0)) == 0)
					found = true;
			}
			if (*p == ')')
				p++;
			ok = notin ? !found : found;
		} else {
			ok = have != NULL;
		}
		if (!ok)
			*out = false;
	}
	return 0;
}

static int selector_match(repl *r, const fx_node *sel, const char *key, const fx_node *obj,
			  const char *field, bool *out)
{
	*out = true;
	const fx_node *e = fx_map_get(sel, key);
	if (!e || e->kind != FX_STR || !e->u.s.ptr[0])
		return 0;
	const fx_node *labels = fx_map_path(obj, "metadata", field, NULL);
	if (r->hooks && r->hooks->selector_match)
		return r->hooks->selector_match(r->hooks->ud, e->u.s.ptr, e->loc, labels, out);
	return simple_selector(r, e->u.s.ptr, e->loc, labels, out);
}

static int anno_label_match(repl *r, const fx_node *sel, const fx_node *obj, bool *out)
{
	bool m1, m2;
	int rc;
	if ((rc = selector_match(r, sel, "annotationSelector", obj, "annotations", &m1)) < 0 ||
	    (rc = selector_match(r, sel, "labelSelector", obj, "labels", &m2)) < 0)
		return rc;
	*out = m1 && m2;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Paths                                                                */

/* SmarterPathSplitter: split on '.', "\." escapes a dot, a bracketed
 * part may contain dots ([a.b=c]); brackets without '=' lose them. */
static size_t split_path(fx_arena *a, const char *path, const char ***out)
{
	fx_ptrvec raw = FX_PTRVEC_INIT;
	const char *p = path;
	if (*p == '.' && p[1])
		p++;
	fx_strbuf cur = FX_STRBUF_INIT;
	for (;;) {
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		fx_sb_add(&cur, p, n);
		if (dot && cur.len > 0 && cur.ptr[cur.len - 1] == '\\') {
			fx_sb_truncate(&cur, cur.len - 1);
			fx_sb_addc(&cur, '.');
			p = dot + 1;
			continue;
		}
		fx_ptrvec_push(&raw, fx_arena_strdup(a, fx_sb_cstr(&cur)));
		fx_sb_clear(&cur);
		if (!dot)
			break;
		p = dot + 1;
	}
	fx_sb_dispose(&cur);
	const char **res = fx_arena_alloc(a, (raw.len + 1) * sizeof *res);
	size_t k = 0;
	for (size_t i = 0; i < raw.len; i++) {
		const char *e = raw.items[i];
		size_t el = strlen(e);
		if (e[0] == '[' && !(el > 0 && e[el - 1] == ']')) {
			fx_strbuf b = FX_STRBUF_INIT;
			fx_sb_adds(&b, e);
			while (i < raw.len - 1) {
				i++;
				const char *x = raw.items[i];
				fx_sb_addc(&b, '.');
				fx_sb_adds(&b, x);
				size_t xl = strlen(x);
				if (xl > 0 && x[xl - 1] == ']')
					break;
			}
			if (strchr(fx_sb_cstr(&b), '=')) {
				res[k++] = fx_arena_strdup(a, fx_sb_cstr(&b));
			} else {
				const char *s = fx_sb_cstr(&b);
				while (*s == '[' || *s == ']')
					s++;
				size_t sl = strlen(s);
				while (sl > 0 && (s[sl - 1] == '[' || s[sl - 1] == ']'))
					sl--;
				res[k++] = fx_arena_strndup(a, s, sl);
			}
			fx_sb_dispose(&b);
		} else {
			res[k++] = e;
		}
	}
	fx_ptrvec_dispose(&raw);
	*out = res;
	return k;
}

static bool is_list_index(const char *p)
{
	size_t n = strlen(p);
	return n >= 2 && p[0] == '[' && p[n - 1] == ']';
}

static bool atoi_go(const char *s, long *out)
{
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	if (!*p)
		return false;
	for (const char *q = p; *q; q++)
		if (*q < '0' || *q > '9')
			return false;
	*out = strtol(s, NULL, 10);
	return true;
}

static bool is_idx_number(const char *p)
{
	long v;
	return atoi_go(p, &v) && v >= 0;
}

/* SplitIndexNameValue */
static int split_index(repl *r, const char *part, const char **name, const char **value)
{
	size_t n = strlen(part);
	const char *s = part, *e = part + n;
	if (e > s && e[-1] == ']')
		e--;
	if (*s == '[')
		s++;
	const char *eq = memchr(s, '=', (size_t)(e - s));
	if (!eq) {
		fx_sb_adds(&r->err,
			   "list path element must contain fieldName=fieldValue for element to match");
		return -1;
	}
	*name = fx_arena_strndup(r->a, s, (size_t)(eq - s));
	*value = fx_arena_strndup(r->a, eq + 1, (size_t)(e - eq - 1));
	return 0;
}

static const char *kind_word(const fx_node *n)
{
	return n->kind == FX_MAP ? "MappingNode" : n->kind == FX_SEQ ? "SequenceNode" : "ScalarNode";
}

static int wrong_kind(repl *r, const fx_node *n, const char *want)
{
	fx_sb_addf(&r->err, "wrong node kind: expected %s but got %s", want, kind_word(n));
	return -1;
}

static const char *yval(fx_arena *a, const fx_node *n)
{
	if (!n || n->kind == FX_SEQ || n->kind == FX_MAP)
		return "";
	return fx_scalar_text(a, n);
}

/* The source side: kyaml's PathGetter without create. */
static int path_get(repl *r, fx_node *n, const char **parts, size_t np, fx_node **out)
{
	*out = NULL;
	for (size_t i = 0; i < np && n; i++) {
		const char *part = parts[i];
		long idx;
		if (atoi_go(part, &idx) || strcmp(part, "-") == 0) {
			bool last = part[0] == '-' && part[1] == '\0';
			if (!last && idx < 0) {
				fx_sb_addf(&r->err, "array index %ld cannot be negative", idx);
				return -1;
			}
			if (n->kind == FX_NULL) {
				n = NULL;
				break;
			}
			if (n->kind != FX_SEQ)
				return wrong_kind(r, n, "SequenceNode");
			if (last)
				n = fx_seq_len(n) ? fx_seq_at(n, fx_seq_len(n) - 1) : NULL;
			else
				n = (size_t)idx < fx_seq_len(n) ? fx_seq_at(n, (size_t)idx) : NULL;
		} else if (strcmp(part, "*") == 0) {
			fx_sb_adds(&r->err, "wildcard is not supported in PathGetter");
			return -1;
		} else if (is_list_index(part)) {
			const char *name, *value;
			if (split_index(r, part, &name, &value) < 0)
				return -1;
			if (n->kind == FX_NULL) {
				n = NULL;
				break;
			}
			if (n->kind != FX_SEQ)
				return wrong_kind(r, n, "SequenceNode");
			fx_node *found = NULL;
			for (size_t k = 0; k < fx_seq_len(n) && !found; k++) {
				fx_node *e = fx_seq_at(n, k);
				if (!name[0]) {
					if (strcmp(yval(r->a, e), value) == 0)
						found = e;
				} else if (e && e->kind == FX_MAP) {
					fx_node *f = fx_map_get(e, name);
					if (f && strcmp(yval(r->a, f), value) == 0)
						found = e;
				}
			}
			n = found;
		} else {
			if (n->kind == FX_NULL) {
				n = NULL;
				break;
			}
			if (n->kind != FX_MAP)
				return wrong_kind(r, n, "MappingNode");
			n = fx_map_get(n, part);
		}
	}
	*out = n;
	return 0;
}

static bool re_search(repl *r, const char *pattern, const char *subject, int *err)
{
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec,
				       &eo, NULL);
	if (!re) {
		PCRE2_UCHAR msg[160];
		pcre2_get_error_message(ec, msg, sizeof msg);
		fx_sb_addf(&r->err, "error parsing regexp: %s: `%s`", (const char *)msg, pattern);
		*err = -1;
		return false;
	}
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc = pcre2_match(re, (PCRE2_SPTR)subject, strlen(subject), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return rc >= 0;
}

/* A scalar kyaml creates has no tag: a value written into it is typed by
 * its text.  Such nodes carry CREATED_FLAG (a kustomize-stage bit) until
 * the transformer ends. */
#define CREATED_FLAG ((uint16_t)(1u << FX_NODE_STAGE_SHIFT))

static fx_node *mark_created(repl *r, fx_node *n)
{
	n->flags |= CREATED_FLAG;
	fx_ptrvec_push(&r->created, n);
	return n;
}

static fx_node *new_of_kind(repl *r, int kind, fx_loc loc)
{
	if (kind == FX_MAP)
		return fx_node_map(r->a, loc);
	if (kind == FX_SEQ)
		return fx_node_seq(r->a, loc);
	return mark_created(r, fx_node_null(r->a, loc));
}

static int part_kind(const char *next, int create)
{
	if (!next)
		return create;
	if (is_list_index(next) || is_idx_number(next))
		return FX_SEQ;
	return FX_MAP;
}

/* The target side: kyaml's PathMatcher.  create is 0 or the kind of
 * node to create at the end.  Matches are pushed onto out. */
static int path_match(repl *r, fx_node *n, const char **parts, size_t np, int create,
		      fx_ptrvec *out)
{
	if (np == 0) {
		fx_ptrvec_push(out, n);
		return 0;
	}
	const char *part = parts[0];
	const char *next = np > 1 ? parts[1] : NULL;
	if (is_idx_number(part)) {
		long idx;
		atoi_go(part, &idx);
		if (n->kind != FX_SEQ && n->kind != FX_NULL)
			return wrong_kind(r, n, "SequenceNode");
		size_t len = fx_seq_len(n);
		if ((size_t)idx == len && create && n->kind == FX_SEQ) {
			fx_seq_push(r->a, n, new_of_kind(r, part_kind(next, create), n->loc));
			len++;
		}
		if (len < (size_t)idx + 1) {
			fx_sb_addf(&r->err, "index %ld specified but only %zu elements found", idx,
				   len);
			return -1;
		}
		return path_match(r, fx_seq_at(n, (size_t)idx), parts + 1, np - 1, create, out);
	}
	if (is_list_index(part)) {
		const char *field, *value;
		if (split_index(r, part, &field, &value) < 0)
			return -1;
		if (n->kind != FX_SEQ && n->kind != FX_NULL)
			return wrong_kind(r, n, "SequenceNode");
		for (int round = 0; round < 2; round++) {
			size_t before = out->len;
			for (size_t i = 0; i < fx_seq_len(n); i++) {
				fx_node *e = fx_seq_at(n, i);
				int err = 0;
				if (!field[0]) {
					bool m = re_search(r, value, yval(r->a, e), &err);
					if (err)
						return -1;
					if (m)
						fx_ptrvec_push(out, e);
					continue;
				}
				fx_node *f = e && e->kind == FX_MAP ? fx_map_get(e, field) : NULL;
				if (!f)
					continue;
				bool m = re_search(r, value, yval(r->a, f), &err);
				if (err)
					return -1;
				if (!m)
					continue;
				int rc = path_match(r, e, parts + 1, np - 1, create, out);
				if (rc < 0)
					return rc;
			}
			if (out->len > before || !create || round == 1 || n->kind != FX_SEQ)
				return 0;
			fx_node *v = mark_created(r, fx_scalar_resolve(r->a, value, strlen(value),
								       FX_YAML_SCHEMA_KYAML, n->loc));
			if (!field[0]) {
				fx_seq_push(r->a, n, v);
			} else {
				fx_node *m = fx_node_map(r->a, n->loc);
				fx_map_set(r->a, m, field, v);
				fx_seq_push(r->a, n, m);
			}
		}
		return 0;
	}
	if (strcmp(part, "*") == 0) {
		if (n->kind != FX_SEQ && n->kind != FX_NULL)
			return wrong_kind(r, n, "SequenceNode");
		for (size_t i = 0; i < fx_seq_len(n); i++) {
			int rc = path_match(r, fx_seq_at(n, i), parts + 1, np - 1, create, out);
			if (rc < 0)
				return rc;
		}
		return 0;
	}
	if (n->kind == FX_NULL && !create)
		return 0;
	if (n->kind != FX_MAP && n->kind != FX_NULL)
		return wrong_kind(r, n, "MappingNode");
	fx_node *f = n->kind == FX_MAP ? fx_map_get(n, part) : NULL;
	if (!f) {
		if (!create)
			return 0;
		if (n->kind == FX_NULL) {
			fx_node *m = fx_node_map(r->a, n->loc);
			*n = *m;
		}
		f = new_of_kind(r, part_kind(next, create), n->loc);
		fx_map_set(r->a, n, part, f);
	}
	return path_match(r, f, parts + 1, np - 1, create, out);
}

/* ------------------------------------------------------------------ */
/* Values                                                               */

static const char *tag_word(int kind)
{
	switch (kind) {
	case FX_NULL:
		return "!!null";
	case FX_BOOL:
		return "!!bool";
	case FX_INT:
		return "!!int";
	case FX_FLOAT:
		return "!!float";
	case FX_MAP:
		return "!!map";
	case FX_SEQ:
		return "!!seq";
	default:
		return "!!str";
	}
}

/* Writes text into a scalar target: kustomize swaps the text and keeps
 * the node's tag, so the type stays (created fields take the text's). */
static int set_scalar(repl *r, fx_node *t, const char *text)
{
	fx_node *v = fx_scalar_resolve(r->a, text, strlen(text), FX_YAML_SCHEMA_KYAML, t->loc);
	if (t->flags & CREATED_FLAG) {
		v->loc = t->loc;
		v->flags |= CREATED_FLAG; /* still untyped for a later write */
		*t = *v;
		return 0;
	}
	if (t->kind == FX_STR) {
		fx_node *s = fx_node_str(r->a, text, t->loc);
		s->style = t->style == FX_STYLE_LITERAL || t->style == FX_STYLE_FOLDED ? t->style
										 : FX_STYLE_ANY;
		if (t->style == FX_STYLE_SQUOTE || t->style == FX_STYLE_DQUOTE)
			s->style = t->style;
		*t = *s;
		return 0;
	}
	bool ok = v->kind == t->kind || (t->kind == FX_FLOAT && v->kind == FX_INT);
	if (!ok)
		return fx_error(r->ctx, r->loc, CODE, "map[string]interface {}(nil): yaml: cannot decode %s `%s` as a %s",
				tag_word(v->kind), text, tag_word(t->kind));
	if (t->kind == FX_FLOAT && v->kind == FX_INT) {
		v->kind = FX_FLOAT;
		v->u.f = (double)v->u.i;
	}
	v->style = t->style;
	*t = *v;
	return 0;
}

static int set_field_value(repl *r, const fx_node *opts, fx_node *t, const fx_node *value)
{
	const char *delim = fx_map_get_str(opts, "delimiter");
	const char *text = yval(r->a, value);
	if (delim && delim[0]) {
		if (!fx_node_is_scalar(t))
			return fx_error(r->ctx, r->loc, CODE,
					"delimiter option can only be used with scalar nodes");
		const fx_node *in = fx_map_get(opts, "index");
		long index = in && in->kind == FX_INT ? (long)in->u.i : 0;
		bool fresh = (t->flags & CREATED_FLAG) && t->kind == FX_NULL && !t->text;
		const char *tv = fresh ? "" : yval(r->a, t);
		fx_ptrvec parts = FX_PTRVEC_INIT;
		size_t dl = strlen(delim);
		const char *p = tv;
		for (;;) {
			const char *q = strstr(p, delim);
			if (!q) {
				fx_ptrvec_push(&parts, (void *)fx_arena_strdup(r->a, p));
				break;
			}
			fx_ptrvec_push(&parts, (void *)fx_arena_strndup(r->a, p, (size_t)(q - p)));
			p = q + dl;
		}
		if (index < 0)
			fx_ptrvec_insert(&parts, 0, (void *)text);
		else if ((size_t)index >= parts.len)
			fx_ptrvec_push(&parts, (void *)text);
		else
			parts.items[index] = (void *)text;
		fx_strbuf j = FX_STRBUF_INIT;
		for (size_t i = 0; i < parts.len; i++) {
			if (i)
				fx_sb_adds(&j, delim);
			fx_sb_adds(&j, parts.items[i]);
		}
		text = fx_arena_strdup(r->a, fx_sb_cstr(&j));
		fx_sb_dispose(&j);
		fx_ptrvec_dispose(&parts);
		return set_scalar(r, t, text);
	}
	if (fx_node_is_scalar(t)) {
		if (!fx_node_is_scalar(value))
			text = "";
		return set_scalar(r, t, text);
	}
	fx_node *c = fx_node_copy(r->a, value);
	*t = *c;
	return 0;
}

/* ------------------------------------------------------------------ */
/* The transformer                                                      */

static const char *options_str(fx_arena *a, const fx_node *opts)
{
	const char *delim = str_or_empty(fx_map_get_str(opts, "delimiter"));
	const fx_node *cr = fx_map_get(opts, "create");
	bool create = cr && cr->kind == FX_BOOL && cr->u.b;
	if (!opts || (!delim[0] && !create))
		return "";
	const fx_node *in = fx_map_get(opts, "index");
	long index = in && in->kind == FX_INT ? (long)in->u.i : 0;
	return fx_arena_printf(a, "%s(%ld), create=%s", delim, index, create ? "true" : "false");
}

static const char *source_str(fx_arena *a, const fx_node *src, const fx_kust_rid *sel)
{
	const char *s = rid_str(a, sel);
	const char *fp = fx_map_get_str(src, "fieldPath");
	if (fp && fp[0])
		s = fx_arena_printf(a, "%s:%s", s, fp);
	const char *o = options_str(a, fx_map_get(src, "options"));
	if (o[0])
		s = fx_arena_printf(a, "%s:%s", s, o);
	return s;
}

#define MAX_IDS 64

static int get_value(repl *r, fx_ptrvec *objs, const fx_node *src, fx_node **out)
{
	fx_kust_rid sel, ids[MAX_IDS];
	rid_of_selector(r->a, src, &sel);
	fx_node *match = NULL;
	for (size_t i = 0; i < objs->len; i++) {
		size_t n = ids_of(r, objs, i, ids, MAX_IDS);
		for (size_t k = 0; k < n; k++) {
			if (!rid_selected(&ids[k], &sel))
				continue;
			if (match)
				return fx_error(r->ctx, src->loc, CODE, "multiple matches for selector %s",
						source_str(r->a, src, &sel));
			match = objs->items[i];
			break;
		}
	}
	if (!match)
		return fx_error(r->ctx, src->loc, CODE, "nothing selected by %s",
				source_str(r->a, src, &sel));
	const char *fp = fx_map_get_str(src, "fieldPath");
	if (!fp || !fp[0])
		fp = "metadata.name";
	const char **parts;
	size_t np = split_path(r->a, fp, &parts);
	/* cleanPath: trimmed, empty parts dropped */
	size_t k = 0;
	for (size_t i = 0; i < np; i++) {
		const char *s = parts[i];
		while (*s == ' ' || *s == '\t')
			s++;
		size_t l = strlen(s);
		while (l > 0 && (s[l - 1] == ' ' || s[l - 1] == '\t'))
			l--;
		if (l)
			parts[k++] = fx_arena_strndup(r->a, s, l);
	}
	np = k;
	fx_node *v;
	fx_sb_clear(&r->err);
	if (path_get(r, match, parts, np, &v) < 0)
		return fx_error(r->ctx, src->loc, CODE, "error looking up replacement source: %s",
				fx_sb_cstr(&r->err));
	if (!v || v->kind == FX_NULL || (v->kind == FX_MAP && v->u.map.len == 0) ||
	    (v->kind == FX_SEQ && v->u.seq.len == 0))
		return fx_error(r->ctx, src->loc, CODE,
				"fieldPath `%s` is missing for replacement source %s", fp,
				rid_str(r->a, &sel));
	const fx_node *opts = fx_map_get(src, "options");
	const char *delim = fx_map_get_str(opts, "delimiter");
	if (delim && delim[0]) {
		if (!fx_node_is_scalar(v))
			return fx_error(r->ctx, src->loc, CODE,
					"delimiter option can only be used with scalar nodes");
		const fx_node *in = fx_map_get(opts, "index");
		long index = in && in->kind == FX_INT ? (long)in->u.i : 0;
		const char *text = yval(r->a, v);
		size_t dl = strlen(delim);
		const char *p = text;
		long i = 0;
		const char *piece = NULL;
		size_t piece_len = 0;
		for (;;) {
			const char *q = strstr(p, delim);
			size_t l = q ? (size_t)(q - p) : strlen(p);
			if (i == index) {
				piece = p;
				piece_len = l;
			}
			i++;
			if (!q)
				break;
			p = q + dl;
		}
		if (index < 0 || index >= i || !piece)
			return fx_error(r->ctx, src->loc, CODE,
					"options.index %ld is out of bounds for value %s", index, text);
		fx_node *c = fx_node_copy(r->a, v);
		const char *pt = fx_arena_strndup(r->a, piece, piece_len);
		if (c->kind == FX_STR) {
			c = fx_node_str(r->a, pt, v->loc);
			c->style = v->style;
		} else {
			c = fx_scalar_resolve(r->a, pt, piece_len, FX_YAML_SCHEMA_KYAML, v->loc);
		}
		v = c;
	}
	*out = v;
	return 0;
}

static bool create_opt(const fx_node *opts)
{
	const fx_node *cr = fx_map_get(opts, "create");
	return cr && cr->kind == FX_BOOL && cr->u.b;
}

static int copy_to_target(repl *r, fx_node *obj, const fx_node *value, const fx_node *target)
{
	const fx_node *opts = fx_map_get(target, "options");
	const fx_node *fps = fx_map_get(target, "fieldPaths");
	size_t nfp = fx_seq_len(fps);
	int create = create_opt(opts) ? (value->kind == FX_MAP	 ? FX_MAP
					 : value->kind == FX_SEQ ? FX_SEQ
								 : FX_STR)
				      : 0;
	for (size_t i = 0; i < (nfp ? nfp : 1); i++) {
		const fx_node *fpn = nfp ? fx_seq_at(fps, i) : NULL;
		const char *fp = fpn ? fx_scalar_text(r->a, fpn) : "metadata.name";
		fx_loc at = fpn ? fpn->loc : target->loc;
		const char **parts;
		size_t np = split_path(r->a, fp, &parts);
		fx_ptrvec found = FX_PTRVEC_INIT;
		fx_sb_clear(&r->err);
		const char *what = create ? "unable to find or create field" : "unable to find field";
		if (path_match(r, obj, parts, np, create, &found) < 0) {
			fx_ptrvec_dispose(&found);
			return fx_error(r->ctx, at, CODE, "%s \"%s\" in replacement target: %s", what,
					fp, fx_sb_cstr(&r->err));
		}
		if (found.len == 0) {
			fx_ptrvec_dispose(&found);
			return fx_error(r->ctx, at, CODE, "%s \"%s\" in replacement target", what, fp);
		}
		int rc = 0;
		for (size_t k = 0; k < found.len && rc == 0; k++)
			rc = set_field_value(r, opts, found.items[k], value);
		fx_ptrvec_dispose(&found);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int apply_targets(repl *r, fx_ptrvec *objs, const fx_node *value, const fx_node *targets)
{
	fx_kust_rid ids[MAX_IDS];
	for (size_t t = 0; t < fx_seq_len(targets); t++) {
		const fx_node *tg = fx_seq_at(targets, t);
		const fx_node *sel = fx_map_get(tg, "select");
		if (!sel || sel->kind != FX_MAP)
			return fx_error(r->ctx, tg ? tg->loc : r->loc, CODE,
					"target must specify resources to select");
		const fx_node *rejects = fx_map_get(tg, "reject");
		fx_kust_rid srid;
		rid_of_selector(r->a, sel, &srid);
		for (size_t i = 0; i < objs->len; i++) {
			fx_node *obj = objs->items[i];
			bool m;
			int rc;
			if ((rc = anno_label_match(r, sel, obj, &m)) < 0)
				return rc;
			if (!m)
				continue;
			bool rejected = false;
			for (size_t k = 0; k < fx_seq_len(rejects) && !rejected; k++) {
				const fx_node *rj = fx_seq_at(rejects, k);
				const char *as = fx_map_get_str(rj, "annotationSelector");
				const char *ls = fx_map_get_str(rj, "labelSelector");
				if ((!as || !as[0]) && (!ls || !ls[0]))
					continue;
				if ((rc = anno_label_match(r, rj, obj, &m)) < 0)
					return rc;
				rejected = m;
			}
			if (rejected)
				continue;
			size_t n = ids_of(r, objs, i, ids, MAX_IDS);
			/* containsRejectId over all ids */
			for (size_t k = 0; k < fx_seq_len(rejects) && !rejected; k++) {
				fx_kust_rid rr;
				rid_of_selector(r->a, fx_seq_at(rejects, k), &rr);
				if (rid_empty(&rr))
					continue;
				for (size_t j = 0; j < n && !rejected; j++)
					rejected = rid_selected(&ids[j], &rr);
			}
			if (rejected)
				continue;
			bool hit = false;
			for (size_t j = 0; j < n && !hit; j++)
				hit = rid_selected(&ids[j], &srid);
			if (!hit)
				continue;
			if ((rc = copy_to_target(r, obj, value, tg)) < 0)
				return rc;
		}
	}
	return 0;
}

int fx_kust__replacements_apply_hooks(fx_ctx *ctx, fx_arena *a, fx_ptrvec *objs,
				      const fx_node *replacements, const fx_kust_repl_hooks *hooks)
{
	repl r = {ctx, a, hooks, FX_LOC_NONE, FX_STRBUF_INIT, FX_PTRVEC_INIT};
	int rc = 0;
	for (size_t i = 0; i < fx_seq_len(replacements); i++) {
		const fx_node *e = fx_seq_at(replacements, i);
		r.loc = e ? e->loc : FX_LOC_NONE;
		const fx_node *src = fx_map_get(e, "source");
		const fx_node *tgs = fx_map_get(e, "targets");
		if (!src || src->kind != FX_MAP || !tgs || tgs->kind != FX_SEQ) {
			rc = fx_error(ctx, r.loc, CODE,
				      "replacements must specify a source and at least one target");
			break;
		}
		fx_node *value;
		if ((rc = get_value(&r, objs, src, &value)) < 0)
			break;
		if ((rc = apply_targets(&r, objs, value, tgs)) < 0)
			break;
	}
	for (size_t i = 0; i < r.created.len; i++)
		((fx_node *)r.created.items[i])->flags &= (uint16_t)~CREATED_FLAG;
	fx_ptrvec_dispose(&r.created);
	fx_sb_dispose(&r.err);
	return rc;
}

int fx_kust__replacements_apply(fx_ctx *ctx, fx_arena *a, fx_ptrvec *objs,
				const fx_node *replacements)
{
	return fx_kust__replacements_apply_hooks(ctx, a, objs, replacements, NULL);
}

/* ------------------------------------------------------------------ */
/* With the build                                                       */

typedef struct {
	fx_kust__build *b;
	fx_ptrvec *res;
} res_ud;

static size_t res_prev_ids(void *ud, size_t i, fx_kust_rid *out, size_t cap)
{
	res_ud *u = ud;
	const fx_kust__res *r = u->res->items[i];
	size_t n = 0;
	for (size_t k = 0; k < r->prev.len && n < cap; k++) {
		const fx_kust__resid *p = r->prev.items[k];
		out[n].group = p->group ? fx_arena_strndup(u->b->a, p->group, p->glen) : "";
		out[n].version = str_or_empty(p->version);
		out[n].kind = str_or_empty(p->kind);
		out[n].name = str_or_empty(p->name);
		out[n].ns = str_or_empty(p->ns);
		n++;
	}
	return n;
}

static int res_selector_match(void *ud, const char *expr, fx_loc at, const fx_node *labels,
			      bool *out)
{
	res_ud *u = ud;
	return fx_kust__label_selector_match(u->b, expr, at, labels, out);
}

int fx_kust__replacements_apply_res(fx_kust__build *b, fx_ptrvec *res,
				    const fx_node *replacements)
{
	fx_ptrvec objs = FX_PTRVEC_INIT;
	for (size_t i = 0; i < res->len; i++)
		fx_ptrvec_push(&objs, ((fx_kust__res *)res->items[i])->obj);
	res_ud u = {b, res};
	fx_kust_repl_hooks h = {&u, res_prev_ids, res_selector_match};
	int rc = fx_kust__replacements_apply_hooks(b->ctx, b->a, &objs, replacements, &h);
	/* a replaced whole object (never happens: targets are fields) */
	for (size_t i = 0; i < res->len; i++)
		((fx_kust__res *)res->items[i])->obj = objs.items[i];
	fx_ptrvec_dispose(&objs);
	return rc;
}
