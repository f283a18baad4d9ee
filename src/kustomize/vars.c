/*
 * Legacy vars: `vars:` entries name an object (objref) and a field
 * (fieldref.fieldpath, default metadata.name); once the build is done,
 * every "$(NAME)" in the varReference fields is replaced by that field's
 * value.  A reference that is the whole string takes the value's type.
 * "$$" escapes a dollar; unknown names are left as written.
 *
 * The object is bound when the kustomization declaring the var is
 * accumulated (by any of its ids at that time), as kustomize does.
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <stdlib.h>
#include <string.h>

static const char *str(fx_arena *a, const fx_node *m, const char *k)
{
	const char *s = fx_kust__scalar(a, fx_map_get(m, k));
	return s ? s : "";
}

static bool gvkn_eq(const fx_kust__resid *t, const fx_kust__resid *id, bool with_ns)
{
	if (t->glen != id->glen || strncmp(t->group, id->group, t->glen) ||
	    strcmp(t->version, id->version) || strcmp(t->kind, id->kind) ||
	    strcmp(t->name, id->name))
		return false;
	return !with_ns || fx_kust__ns_eq(t->ns, id->ns);
}

int fx_kust__vars_merge(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *vars)
{
	fx_kust__build *b = kt->b;
	fx_arena *a = b->a;
	for (size_t i = 0; i < fx_seq_len(vars); i++) {
		const fx_node *v = fx_seq_at(vars, i);
		const fx_node *ref = fx_map_get(v, "objref");
		fx_kust__var *var = fx_arena_alloc(a, sizeof *var);
		var->name = str(a, v, "name");
		var->loc = v->loc;
		const char *fp = fx_kust__scalar(a, fx_map_path(v, "fieldref", "fieldpath", NULL));
		var->fieldpath = fp && fp[0] ? fp : "metadata.name";
		const char *av = str(a, ref, "apiVersion");
		const char *sl = strchr(av, '/');
		if (av[0]) {
			var->target.group = sl ? av : "";
			var->target.glen = sl ? (size_t)(sl - av) : 0;
			var->target.version = sl ? sl + 1 : av;
		} else {
			var->target.group = str(a, ref, "group");
			var->target.glen = strlen(var->target.group);
			var->target.version = str(a, ref, "version");
		}
		var->target.kind = str(a, ref, "kind");
		var->target.name = str(a, ref, "name");
		var->target.ns = str(a, ref, "namespace");
		bool with_ns = var->target.ns[0] ||
			       fx_kust__kind_cluster_scoped(var->target.kind);
		fx_kust__res *hit = NULL;
		size_t n = 0;
		for (size_t j = 0; j < ra->res.len; j++) {
			fx_kust__res *r = ra->res.items[j];
			fx_kust__resid cur;
			fx_kust__resid_of(r->obj, &cur);
			bool m = gvkn_eq(&var->target, &cur, with_ns);
			for (size_t k = 0; !m && k < r->prev.len; k++)
				m = gvkn_eq(&var->target, r->prev.items[k], with_ns);
			if (m) {
				hit = r;
				n++;
			}
		}
		if (n > 1)
			return fx_error(b->ctx, v->loc, "FX3090",
					"merging vars: found %zu resId matches for var {%s %s.%s.%.*s "
					"{%s}} (unable to disambiguate)",
					n, var->name, var->target.kind[0] ? var->target.kind : "[noKind]",
					var->target.version[0] ? var->target.version : "[noVer]",
					var->target.glen ? (int)var->target.glen : 7,
					var->target.glen ? var->target.group : "[noGrp]", var->fieldpath);
		for (size_t j = 0; j < ra->vars.len; j++)
			if (strcmp(((fx_kust__var *)ra->vars.items[j])->name, var->name) == 0)
				return fx_error(b->ctx, v->loc, "FX3091",
						"var '%s' already encountered", var->name);
		if (hit)
			fx_kust__vpush(a, &hit->ref_vars, (void *)var->name);
		fx_ptrvec_push(&ra->vars, var);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Field paths "a.b[0].c"                                               */

static const fx_node *get_field(fx_arena *a, const fx_node *obj, const char *path)
{
	const fx_node *cur = obj;
	char *p = fx_arena_strdup(a, path);
	for (char *tok = strtok(p, "."); tok && cur; tok = strtok(NULL, ".")) {
		char *br = strchr(tok, '[');
		if (br != tok) {
			if (br)
				*br = '\0';
			cur = fx_map_get(cur, tok);
			if (br)
				*br = '[';
		}
		while (cur && br) {
			char *end = strchr(br, ']');
			if (!end)
				return NULL;
			*end = '\0';
			char *eq = strchr(br + 1, '=');
			if (eq) {
				*eq = '\0';
				const fx_node *found = NULL;
				for (size_t i = 0; i < fx_seq_len(cur) && !found; i++) {
					const char *v = fx_kust__scalar(a, fx_map_get(fx_seq_at(cur, i), br + 1));
					if (v && strcmp(v, eq + 1) == 0)
						found = fx_seq_at(cur, i);
				}
				cur = found;
			} else {
				char *e;
				long idx = strtol(br + 1, &e, 10);
				cur = *e || idx < 0 ? NULL : fx_seq_at(cur, (size_t)idx);
			}
			br = strchr(end + 1, '[');
		}
	}
	return cur;
}

/* ------------------------------------------------------------------ */
/* Expansion                                                            */

typedef struct {
	fx_kust__build *b;
	const char **names;
	const fx_node **vals;
	size_t n;
} vmap;

static const fx_node *lookup(const vmap *m, const char *name, size_t len)
{
	for (size_t i = 0; i < m->n; i++)
		if (strlen(m->names[i]) == len && strncmp(m->names[i], name, len) == 0)
			return m->vals[i];
	return NULL;
}

/* Expands s; returns a typed node when s is exactly one known reference,
 * else NULL and the expansion in *out. */
static const fx_node *expand(const vmap *m, const char *s, fx_strbuf *out)
{
	size_t n = strlen(s);
	if (n > 3 && s[0] == '$' && s[1] == '(' && s[n - 1] == ')' && !memchr(s + 2, ')', n - 3)) {
		const fx_node *v = lookup(m, s + 2, n - 3);
		if (v)
			return v;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '$' || i + 1 >= n) {
			fx_sb_addc(out, s[i]);
			continue;
		}
		if (s[i + 1] == '$') {
			fx_sb_addc(out, '$');
			i++;
			continue;
		}
		if (s[i + 1] == '(') {
			const char *close = memchr(s + i + 2, ')', n - i - 2);
			if (close) {
				size_t len = (size_t)(close - (s + i + 2));
				const fx_node *v = lookup(m, s + i + 2, len);
				if (v)
					fx_sb_adds(out, fx_kust__scalar(m->b->a, v));
				else
					fx_sb_add(out, s + i, len + 3);
				i += len + 2;
				continue;
			}
		}
		fx_sb_addc(out, '$');
	}
	return NULL;
}

static void expand_node(const vmap *m, fx_node *n)
{
	if (n->kind != FX_STR)
		return;
	fx_strbuf sb = FX_STRBUF_INIT;
	const fx_node *typed = expand(m, n->u.s.ptr, &sb);
	fx_loc loc = n->loc;
	if (typed) {
		*n = *fx_node_copy(m->b->a, typed);
		n->loc = loc;
		n->style = FX_STYLE_ANY;
		n->text = typed->kind == FX_STR ? NULL : typed->text;
	} else if (strcmp(fx_sb_cstr(&sb), n->u.s.ptr) != 0) {
		memset(n, 0, sizeof *n);
		n->kind = FX_STR;
		n->loc = loc;
		n->u.s.ptr = fx_arena_strndup(m->b->a, fx_sb_cstr(&sb), sb.len);
		n->u.s.len = sb.len;
	}
	fx_sb_dispose(&sb);
}

static int leaf(fx_kust__build *b, fx_kust__res *r, fx_node *n, void *arg)
{
	(void)b;
	(void)r;
	const vmap *m = arg;
	if (n->kind == FX_STR)
		expand_node(m, n);
	else if (n->kind == FX_MAP)
		for (size_t i = 0; i < n->u.map.len; i++)
			expand_node(m, n->u.map.items[i].val);
	else if (n->kind == FX_SEQ)
		for (size_t i = 0; i < n->u.seq.len; i++)
			expand_node(m, n->u.seq.items[i]);
	return 0;
}

int fx_kust__vars_resolve(fx_kust__build *b, fx_kust__accum *ra)
{
	if (!ra->vars.len)
		return 0;
	vmap m = {b, NULL, NULL, ra->vars.len};
	m.names = fx_arena_alloc(b->a, m.n * sizeof *m.names);
	m.vals = fx_arena_alloc(b->a, m.n * sizeof *m.vals);
	for (size_t i = 0; i < ra->vars.len; i++) {
		fx_kust__var *v = ra->vars.items[i];
		const fx_node *val = NULL;
		bool bound = false;
		for (size_t j = 0; j < ra->res.len && !bound; j++) {
			fx_kust__res *r = ra->res.items[j];
			for (size_t k = 0; k < r->ref_vars.len && !bound; k++) {
				if (strcmp(r->ref_vars.items[k], v->name))
					continue;
				bound = true;
				val = get_field(b->a, r->obj, v->fieldpath);
				if (!val)
					return fx_error(b->ctx, v->loc, "FX3092",
							"field specified in var '%s' not found in "
							"corresponding resource",
							v->name);
			}
		}
		if (!bound)
			return fx_error(b->ctx, v->loc, "FX3093",
					"var '%s' cannot be mapped to a field in the set of known "
					"resources",
					v->name);
		m.names[i] = v->name;
		m.vals[i] = val;
	}
	for (size_t i = 0; i < ra->res.len; i++) {
		int rc = fx_kust__apply_fspecs(b, ra->res.items[i], &fx_kust__cfg(b, ra)->varref, FX_NULL, leaf, &m);
		if (rc)
			return rc;
	}
	return 0;
}
