/*
 * configMapGenerator and secretGenerator: building the objects from
 * literals, files and env files, merging them into existing objects
 * (behavior create/merge/replace), and the content-hash name suffix
 * added once at the end of the build.
 *
 * The hash is kustomize's: sha256 of a JSON encoding (Go's encoding/json:
 * sorted keys, HTML-escaped) of kind, name, type and data, whose first
 * ten hex digits have 0,1,3,a,e replaced by g,h,k,m,t.
 *
 * Part of the kustomize stage.
 */
#include "kustomize/kust.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Sources                                                              */

typedef struct {
	const char *key;
	const char *val;
	size_t len;
	fx_loc loc;
} kv_t;

static bool utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	while (p < e) {
		unsigned c = *p;
		size_t k;
		if (c < 0x80) {
			p++;
			continue;
		} else if ((c & 0xe0) == 0xc0 && c >= 0xc2)
			k = 1;
		else if ((c & 0xf0) == 0xe0)
			k = 2;
		else if ((c & 0xf8) == 0xf0 && c <= 0xf4)
			k = 3;
		else
			return false;
		if ((size_t)(e - p) <= k)
			return false;
		for (size_t i = 1; i <= k; i++)
			if ((p[i] & 0xc0) != 0x80)
				return false;
		if (k == 2 && ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0)))
			return false;
		if (k == 3 && ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90)))
			return false;
		p += k + 1;
	}
	return true;
}

static int env_pairs(fx_kust__target *kt, const fx_node *e, fx_ptrvec *out)
{
	fx_kust__build *b = kt->b;
	const char *rel = fx_kust__scalar(b->a, e);
	fx_strbuf text = FX_STRBUF_INIT;
	if (!rel)
		return fx_error(b->ctx, e->loc, "FX3060", "env file entry must be a string");
	int rc = fx_kust__load_file(kt, rel, e->loc, NULL, &text);
	if (rc) {
		fx_sb_dispose(&text);
		return rc;
	}
	const char *p = fx_sb_cstr(&text), *end = p + text.len;
	int line = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *s = p;
		if (line == 0 && le - s >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
			s += 3;
		while (s < le && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\v' || *s == '\f'))
			s++;
		if (s < le && *s != '#') {
			const char *eq = memchr(s, '=', (size_t)(le - s));
			const char *ke = eq ? eq : le;
			kv_t *kv = fx_arena_alloc(b->a, sizeof *kv);
			kv->key = fx_arena_strndup(b->a, s, (size_t)(ke - s));
			if (eq) {
				/* bufio.Scanner strips a trailing \r */
				const char *ve = le;
				if (ve > eq + 1 && ve[-1] == '\r')
					ve--;
				kv->val = fx_arena_strndup(b->a, eq + 1, (size_t)(ve - eq - 1));
			} else {
				kv->val = "";
			}
			kv->len = strlen(kv->val);
			kv->loc = e->loc;
			if (!eq) {
				size_t kl = strlen(kv->key);
				while (kl && ((char *)kv->key)[kl - 1] == '\r')
					((char *)kv->key)[--kl] = '\0';
			}
			for (const char *c = kv->key; *c; c++)
				if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
				      (*c >= '0' && *c <= '9') || *c == '_' || *c == '-' || *c == '.')) {
					fx_sb_dispose(&text);
					return fx_error(b->ctx, e->loc, "FX3061",
							"\"%s\" is not a valid key name", kv->key);
				}
			fx_ptrvec_push(out, kv);
		}
		line++;
		p = nl ? nl + 1 : end;
	}
	fx_sb_dispose(&text);
	return 0;
}

static const char *remove_quotes(fx_arena *a, const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || s[0] != s[n - 1])
		return s;
	if (s[0] == '"' || s[0] == '\'')
		return fx_arena_strndup(a, s + 1, n - 2);
	return s;
}

static int literal_pairs(fx_kust__build *b, const fx_node *e, fx_ptrvec *out)
{
	const char *s = fx_kust__scalar(b->a, e);
	const char *eq = s ? strchr(s, '=') : NULL;
	if (!s || !eq || eq == s)
		return fx_error(b->ctx, e->loc, "FX3062",
				"invalid literal source %s, expected key=value", s ? s : "");
	kv_t *kv = fx_arena_alloc(b->a, sizeof *kv);
	kv->key = fx_arena_strndup(b->a, s, (size_t)(eq - s));
	kv->val = remove_quotes(b->a, eq + 1);
	kv->len = strlen(kv->val);
	kv->loc = e->loc;
	fx_ptrvec_push(out, kv);
	return 0;
}

static int file_pairs(fx_kust__target *kt, const fx_node *e, fx_ptrvec *out)
{
	fx_kust__build *b = kt->b;
	const char *s = fx_kust__scalar(b->a, e);
	if (!s)
		return fx_error(b->ctx, e->loc, "FX3063", "file source must be a string");
	const char *key, *path;
	const char *eq = strchr(s, '=');
	if (!eq) {
		const char *sl = strrchr(s, '/');
		key = sl ? sl + 1 : s;
		path = s;
	} else {
		if (strchr(eq + 1, '='))
			return fx_error(b->ctx, e->loc, "FX3063",
					"source \"%s\" key name or file path contains '='", s);
		if (eq == s)
			return fx_error(b->ctx, e->loc, "FX3063",
					"missing key name for file path \"%s\" in source \"%s\"",
					eq + 1, s);
		if (!eq[1])
			return fx_error(b->ctx, e->loc, "FX3063",
					"missing file path for key name \"%.*s\" in source \"%s\"",
					(int)(eq - s), s, s);
		key = fx_arena_strndup(b->a, s, (size_t)(eq - s));
		path = eq + 1;
	}
	fx_strbuf text = FX_STRBUF_INIT;
	int rc = fx_kust__load_file(kt, path, e->loc, NULL, &text);
	if (rc == 0) {
		kv_t *kv = fx_arena_alloc(b->a, sizeof *kv);
		kv->key = key;
		kv->val = fx_arena_strndup(b->a, fx_sb_cstr(&text), text.len);
		kv->len = text.len;
		kv->loc = e->loc;
		fx_ptrvec_push(out, kv);
	}
	fx_sb_dispose(&text);
	return rc;
}

/* kustomize's base64 for generated data: lines of 70 characters, each
 * followed by a newline once there is more than one line. */
static const char *b64(fx_arena *a, const char *s, size_t n)
{
	fx_strbuf enc = FX_STRBUF_INIT, out = FX_STRBUF_INIT;
	fx_base64_encode(&enc, s, n);
	size_t lines = enc.len / 70 + 1;
	for (size_t i = 0; i < enc.len; i += 70) {
		size_t j = i + 70 < enc.len ? i + 70 : enc.len;
		fx_sb_add(&out, enc.ptr + i, j - i);
		if (lines > 1)
			fx_sb_addc(&out, '\n');
	}
	const char *r = fx_arena_strndup(a, fx_sb_cstr(&out), out.len);
	fx_sb_dispose(&enc);
	fx_sb_dispose(&out);
	return r;
}

/* ------------------------------------------------------------------ */
/* Options                                                              */

typedef struct {
	fx_node *labels, *annotations; /* mappings or NULL */
	bool disable_hash, immutable;
} gen_opts;

static bool bool_field(const fx_node *m, const char *key)
{
	const fx_node *v = fx_map_get(m, key);
	return v && v->kind == FX_BOOL && v->u.b;
}

static fx_node *merge_map(fx_arena *a, const fx_node *local, const fx_node *global)
{
	if (!local || local->kind != FX_MAP)
		return global && global->kind == FX_MAP ? (fx_node *)global : NULL;
	fx_node *m = fx_node_copy(a, local);
	for (size_t i = 0; i < fx_map_len(global); i++) {
		const fx_pair *p = &global->u.map.items[i];
		const char *k = fx_kust__scalar(a, p->key);
		if (!fx_map_get(m, k))
			fx_map_set(a, m, k, p->val);
	}
	return m;
}

static void opts_of(fx_arena *a, const fx_node *local, const fx_node *global, gen_opts *o)
{
	o->labels = merge_map(a, fx_map_get(local, "labels"), fx_map_get(global, "labels"));
	o->annotations =
		merge_map(a, fx_map_get(local, "annotations"), fx_map_get(global, "annotations"));
	o->disable_hash =
		bool_field(local, "disableNameSuffixHash") || bool_field(global, "disableNameSuffixHash");
	o->immutable = bool_field(local, "immutable") || bool_field(global, "immutable");
}

/* ------------------------------------------------------------------ */
/* Building one object                                                  */

static int behavior_of(fx_kust__build *b, const fx_node *g, int *out)
{
	const char *s = fx_kust__scalar(b->a, fx_map_get(g, "behavior"));
	if (!s || !s[0] || strcmp(s, "create") == 0)
		*out = FX_KUST_BEHAVIOR_CREATE;
	else if (strcmp(s, "merge") == 0)
		*out = FX_KUST_BEHAVIOR_MERGE;
	else if (strcmp(s, "replace") == 0)
		*out = FX_KUST_BEHAVIOR_REPLACE;
	else
		return fx_error(b->ctx, fx_map_get(g, "behavior")->loc, "FX3064",
				"invalid behavior '%s': must be create, merge or replace", s);
	return 0;
}

static void set_pairs(fx_arena *a, fx_node *meta, const char *key, const fx_node *pairs)
{
	if (!fx_map_len(pairs))
		return;
	fx_node *m = fx_map_ensure_map(a, meta, key, meta->loc);
	for (size_t i = 0; i < pairs->u.map.len; i++) {
		const fx_pair *p = &pairs->u.map.items[i];
		const char *v = p->val->kind == FX_NULL ? "" : fx_kust__scalar(a, p->val);
		fx_map_set(a, m, fx_kust__scalar(a, p->key), fx_node_str(a, v ? v : "", p->val->loc));
	}
}

static int make_one(fx_kust__target *kt, const fx_node *g, bool secret, bool global_opts,
		    fx_kust__res **out)
{
	fx_kust__build *b = kt->b;
	fx_arena *a = b->a;
	fx_ptrvec kvs = FX_PTRVEC_INIT;
	int rc = 0;
	const char *name = fx_kust__scalar(a, fx_map_get(g, "name"));
	const char *ns = fx_kust__scalar(a, fx_map_get(g, "namespace"));
	fx_loc loc = g->loc;
	if (!name || !name[0]) {
		rc = fx_error(b->ctx, loc, "FX3065", "a configmap must have a name");
		goto out;
	}
	const fx_node *l;
	l = fx_map_get(g, "envs");
	for (size_t i = 0; rc == 0 && i < fx_seq_len(l); i++)
		rc = env_pairs(kt, fx_seq_at(l, i), &kvs);
	l = fx_map_get(g, "literals");
	for (size_t i = 0; rc == 0 && i < fx_seq_len(l); i++)
		rc = literal_pairs(b, fx_seq_at(l, i), &kvs);
	l = fx_map_get(g, "files");
	for (size_t i = 0; rc == 0 && i < fx_seq_len(l); i++)
		rc = file_pairs(kt, fx_seq_at(l, i), &kvs);
	if (rc)
		goto out;
	for (size_t i = 0; i < kvs.len; i++) {
		kv_t *x = kvs.items[i];
		for (size_t j = 0; j < i; j++)
			if (strcmp(((kv_t *)kvs.items[j])->key, x->key) == 0) {
				rc = fx_error(b->ctx, x->loc, "FX3066",
					      "configmap %s illegally repeats the key `%s`", name,
					      x->key);
				goto out;
			}
	}

	fx_node *obj = fx_node_map(a, loc);
	fx_map_set(a, obj, "apiVersion", fx_node_str(a, "v1", loc));
	fx_map_set(a, obj, "kind", fx_node_str(a, secret ? "Secret" : "ConfigMap", loc));
	fx_node *meta = fx_map_ensure_map(a, obj, "metadata", loc);
	fx_map_set(a, meta, "name", fx_node_str(a, name, loc));
	if (ns && ns[0])
		fx_map_set(a, meta, "namespace", fx_node_str(a, ns, loc));
	if (secret) {
		const char *t = fx_kust__scalar(a, fx_map_get(g, "type"));
		fx_map_set(a, obj, "type", fx_node_str(a, t && t[0] ? t : "Opaque", loc));
		fx_node *data = fx_map_ensure_map(a, obj, "data", loc);
		for (size_t i = 0; i < kvs.len; i++) {
			kv_t *x = kvs.items[i];
			fx_map_set(a, data, x->key, fx_node_str(a, b64(a, x->val, x->len), x->loc));
		}
	} else {
		for (size_t i = 0; i < kvs.len; i++) {
			kv_t *x = kvs.items[i];
			bool text = utf8_valid(x->val, x->len);
			fx_node *data = fx_map_ensure_map(a, obj, text ? "data" : "binaryData", loc);
			fx_node *v = text ? fx_node_strn(a, x->val, x->len, x->loc)
					  : fx_node_str(a, b64(a, x->val, x->len), x->loc);
			fx_map_set(a, data, x->key, v);
		}
	}
	gen_opts o;
	opts_of(a, fx_map_get(g, "options"),
		global_opts ? fx_map_get(kt->k, "generatorOptions") : NULL, &o);
	set_pairs(a, meta, "labels", o.labels);
	set_pairs(a, meta, "annotations", o.annotations);
	if (o.immutable)
		fx_map_set(a, obj, "immutable", fx_node_bool(a, true, loc));
	fx_kust__res *r = fx_kust__res_new(a, obj, loc);
	r->needs_hash = !o.disable_hash;
	if ((rc = behavior_of(b, g, &r->behavior)) != 0)
		goto out;
	if (b->origin)
		r->origin_generator = fx_arena_printf(
			a, "configuredIn: %s%s%s\nconfiguredBy:\n  apiVersion: builtin\n  kind: %s\n",
			kt->origin_prefix && kt->origin_prefix[0] ? kt->origin_prefix : "",
			kt->origin_prefix && kt->origin_prefix[0] ? "/" : "",
			kt->kfile_path && strrchr(kt->kfile_path, '/') ? strrchr(kt->kfile_path, '/') + 1
			: kt->kfile_path && kt->kfile_path[0]	? kt->kfile_path
								: "kustomization.yaml",
			secret ? "SecretGenerator" : "ConfigMapGenerator");
	*out = r;
out:
	fx_ptrvec_dispose(&kvs);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Absorbing into the accumulator                                       */

static fx_node *merged_map(fx_arena *a, const fx_node *old, const fx_node *new_)
{
	if (!fx_map_len(old))
		return new_ ? (fx_node *)new_ : NULL;
	fx_node *m = fx_node_copy(a, old);
	for (size_t i = 0; i < fx_map_len(new_); i++)
		fx_map_set(a, m, fx_kust__scalar(a, new_->u.map.items[i].key),
			   new_->u.map.items[i].val);
	return m;
}

static void set_or_del(fx_arena *a, fx_node *m, const char *key, fx_node *v)
{
	if (v && fx_map_len(v))
		fx_map_set(a, m, key, v);
	else
		fx_map_del(m, key);
}

static int absorb(fx_kust__build *b, fx_kust__accum *ra, fx_kust__res *r)
{
	fx_arena *a = b->a;
	fx_kust__resid id;
	fx_kust__resid_of(r->obj, &id);
	size_t n = 0, idx = 0;
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *o = ra->res.items[i];
		fx_kust__resid cur;
		fx_kust__resid_of(o->obj, &cur);
		bool m = fx_kust__resid_eq(&id, &cur);
		for (size_t j = 0; !m && j < o->prev.len; j++)
			m = fx_kust__resid_eq(&id, o->prev.items[j]);
		if (m) {
			if (!n)
				idx = i;
			n++;
		}
	}
	const char *ids = fx_kust__resid_str(a, &id);
	if (n == 0) {
		if (r->behavior == FX_KUST_BEHAVIOR_MERGE || r->behavior == FX_KUST_BEHAVIOR_REPLACE)
			return fx_error(b->ctx, r->loc, "FX3067",
					"id %s does not exist; cannot merge or replace", ids);
		fx_ptrvec_push(&ra->res, r);
		return 0;
	}
	if (n > 1)
		return fx_error(b->ctx, r->loc, "FX3067",
				"found multiple objects that could accept merge of %s", ids);
	fx_kust__res *old = ra->res.items[idx];
	if (r->behavior != FX_KUST_BEHAVIOR_MERGE && r->behavior != FX_KUST_BEHAVIOR_REPLACE)
		return fx_error(b->ctx, r->loc, "FX3067",
				"merging from generator: id %s exists; behavior must be merge or "
				"replace",
				ids);
	/* CopyMergeMetaDataFieldsFrom(old) */
	fx_node *meta = fx_kust__meta(a, r->obj);
	fx_node *ometa = fx_map_get(old->obj, "metadata");
	set_or_del(a, meta, "labels",
		   merged_map(a, fx_map_get(ometa, "labels"), fx_map_get(meta, "labels")));
	set_or_del(a, meta, "annotations",
		   merged_map(a, fx_map_get(ometa, "annotations"), fx_map_get(meta, "annotations")));
	const char *on = fx_kust__get_name(old->obj), *ons = fx_kust__get_ns(old->obj);
	fx_kust__set_name(a, r->obj, on ? on : "");
	if (ons && ons[0])
		fx_kust__set_ns(a, r->obj, ons);
	else
		fx_map_del(meta, "namespace");
	if (r->behavior == FX_KUST_BEHAVIOR_MERGE) {
		set_or_del(a, r->obj, "data",
			   merged_map(a, fx_map_get(old->obj, "data"), fx_map_get(r->obj, "data")));
		set_or_del(a, r->obj, "binaryData",
			   merged_map(a, fx_map_get(old->obj, "binaryData"),
				      fx_map_get(r->obj, "binaryData")));
		if (old->origin_path)
			r->origin_path = old->origin_path;
		if (old->origin_generator && !old->origin_path)
			r->origin_generator = old->origin_generator;
	}
	/* build annotations come from the old object; the hash only when
	 * both want it */
	r->needs_hash = r->needs_hash && old->needs_hash;
	for (size_t j = 0; j < old->prev.len; j++)
		fx_kust__vpush(a, &r->prev, old->prev.items[j]);
	for (size_t j = 0; j < old->prefixes.len; j++)
		fx_kust__vpush(a, &r->prefixes, old->prefixes.items[j]);
	for (size_t j = 0; j < old->ref_vars.len; j++)
		fx_kust__vpush(a, &r->ref_vars, old->ref_vars.items[j]);
	for (size_t j = 0; j < old->suffixes.len; j++)
		fx_kust__vpush(a, &r->suffixes, old->suffixes.items[j]);
	ra->res.items[idx] = r;
	return 0;
}

int fx_kust__run_generators(fx_kust__target *kt, fx_kust__accum *ra)
{
	static const char *const fields[] = {"configMapGenerator", "secretGenerator"};
	for (int s = 0; s < 2; s++) {
		const fx_node *list = fx_map_get(kt->k, fields[s]);
		for (size_t i = 0; i < fx_seq_len(list); i++) {
			const fx_node *g = fx_seq_at(list, i);
			if (g->kind != FX_MAP)
				return fx_error(kt->b->ctx, g->loc, "FX3005",
						"invalid Kustomization: %s entries are mappings",
						fields[s]);
			int rc = fx_kust__generate_one(kt, ra, g, s == 1, true, NULL);
			if (rc)
				return rc;
		}
	}
	return fx_kust__run_plugin_generators(kt, ra);
}

int fx_kust__generate_one(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *g, bool secret,
			  bool global_opts, const char *origin)
{
	fx_kust__res *r = NULL;
	int rc = make_one(kt, g, secret, global_opts, &r);
	if (rc == 0 && origin)
		r->origin_generator = origin;
	if (rc == 0)
		rc = absorb(kt->b, ra, r);
	return rc;
}

/* ------------------------------------------------------------------ */
/* The hash suffix                                                      */

/* Go's encoding/json string encoding (HTML-safe). */
static void json_str(fx_strbuf *sb, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	fx_sb_addc(sb, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			fx_sb_addc(sb, '\\');
			fx_sb_addc(sb, (char)c);
		} else if (c == '\n')
			fx_sb_adds(sb, "\\n");
		else if (c == '\r')
			fx_sb_adds(sb, "\\r");
		else if (c == '\t')
			fx_sb_adds(sb, "\\t");
		else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
			fx_sb_adds(sb, "\\u00");
			fx_sb_addc(sb, hex[c >> 4]);
			fx_sb_addc(sb, hex[c & 15]);
		} else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
			   ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
			fx_sb_adds(sb, (unsigned char)s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029");
			i += 2;
		} else
			fx_sb_addc(sb, (char)c);
	}
	fx_sb_addc(sb, '"');
}

/* JSON of a node as Go would marshal the interface{} kyaml gives. */
static void json_node(fx_arena *a, fx_strbuf *sb, const fx_node *n)
{
	switch (n->kind) {
	case FX_MAP: {
		size_t *ord = fx_map_sorted_order(n);
		fx_sb_addc(sb, '{');
		for (size_t i = 0; i < n->u.map.len; i++) {
			const fx_pair *p = &n->u.map.items[ord[i]];
			if (i)
				fx_sb_addc(sb, ',');
			const char *k = fx_kust__scalar(a, p->key);
			json_str(sb, k, strlen(k));
			fx_sb_addc(sb, ':');
			json_node(a, sb, p->val);
		}
		fx_sb_addc(sb, '}');
		free(ord);
		break;
	}
	case FX_SEQ:
		fx_sb_addc(sb, '[');
		for (size_t i = 0; i < n->u.seq.len; i++) {
			if (i)
				fx_sb_addc(sb, ',');
			json_node(a, sb, n->u.seq.items[i]);
		}
		fx_sb_addc(sb, ']');
		break;
	case FX_NULL:
		fx_sb_adds(sb, "null");
		break;
	case FX_STR:
		json_str(sb, n->u.s.ptr, n->u.s.len);
		break;
	default:
		fx_sb_adds(sb, fx_scalar_text(a, n));
		break;
	}
}

static void json_field(fx_arena *a, fx_strbuf *sb, const fx_node *v)
{
	if (!v)
		fx_sb_adds(sb, "\"\"");
	else if (v->kind == FX_MAP)
		json_node(a, sb, v);
	else if (v->kind == FX_SEQ || v->kind == FX_NULL)
		fx_sb_adds(sb, "null");
	else {
		const char *s = fx_kust__scalar(a, v);
		json_str(sb, s, strlen(s));
	}
}

int fx_kust__hash_obj(fx_arena *a, const fx_node *obj, char out[11])
{
	fx_strbuf sb = FX_STRBUF_INIT;
	const char *kind = fx_kust__get_kind(obj);
	/* kustomize looks the name up as one key "metadata/name", which
	 * never exists: the name always hashes as "" */
	const fx_node *name = NULL;
	if (kind && strcmp(kind, "ConfigMap") == 0) {
		const fx_node *bd = fx_map_get(obj, "binaryData");
		if (bd && bd->kind == FX_MAP) {
			fx_sb_adds(&sb, "{\"binaryData\":");
			json_node(a, &sb, bd);
			fx_sb_adds(&sb, ",\"data\":");
		} else
			fx_sb_adds(&sb, "{\"data\":");
		json_field(a, &sb, fx_map_get(obj, "data"));
		fx_sb_adds(&sb, ",\"kind\":\"ConfigMap\",\"name\":");
		json_field(a, &sb, name);
		fx_sb_addc(&sb, '}');
	} else if (kind && strcmp(kind, "Secret") == 0) {
		fx_sb_adds(&sb, "{\"data\":");
		json_field(a, &sb, fx_map_get(obj, "data"));
		fx_sb_adds(&sb, ",\"kind\":\"Secret\",\"name\":");
		json_field(a, &sb, name);
		const fx_node *sd = fx_map_get(obj, "stringData");
		if (sd && sd->kind == FX_MAP) {
			fx_sb_adds(&sb, ",\"stringData\":");
			json_node(a, &sb, sd);
		}
		fx_sb_adds(&sb, ",\"type\":");
		json_field(a, &sb, fx_map_get(obj, "type"));
		fx_sb_addc(&sb, '}');
	} else {
		json_node(a, &sb, obj);
	}
	char hex[65];
	fx_sha256_hex(sb.ptr, sb.len, hex);
	fx_sb_dispose(&sb);
	for (int i = 0; i < 10; i++) {
		char c = hex[i];
		out[i] = c == '0' ? 'g' : c == '1' ? 'h' : c == '3' ? 'k' : c == 'a' ? 'm' : c == 'e' ? 't' : c;
	}
	out[10] = '\0';
	return 0;
}

int fx_kust__add_hashes(fx_kust__build *b, fx_kust__accum *ra)
{
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *r = ra->res.items[i];
		if (!r->needs_hash)
			continue;
		char h[11];
		fx_kust__hash_obj(b->a, r->obj, h);
		fx_kust__res_store_prev(b->a, r);
		const char *n = fx_kust__get_name(r->obj);
		fx_kust__set_name(b->a, r->obj, fx_arena_printf(b->a, "%s-%s", n ? n : "", h));
		r->hashed = true;
	}
	return 0;
}
