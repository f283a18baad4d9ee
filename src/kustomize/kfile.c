/*
 * Kustomization files: finding one in a directory, reading it into the
 * kustomize schema, and reading the files it names under the load
 * restrictor.
 *
 * kustomize decodes the file as JSON into its Go struct: unknown fields
 * are an error (Flux decodes leniently and drops them), field names match
 * case-insensitively, and a string field given a number is an error.  The
 * mapping we keep has its keys rewritten to the canonical field names;
 * legacy fields are folded as kustomize's FixKustomization does (bases
 * into resources, imageTags into images, envSource into envs).
 *
 * Part of the kustomize stage; the build itself is in accumulate.c.
 */
#include "kustomize/kust.h"
#include "kustomize/patch.h"

#include <string.h>
#include <strings.h>

enum ftype { T_STR, T_SEQ, T_MAP, T_ANY };

static const struct kfield {
	const char *name;
	enum ftype type;
	bool supported;
} kfields[] = {
	{"apiVersion", T_STR, true},
	{"kind", T_STR, true},
	{"metadata", T_MAP, true},
	{"openapi", T_MAP, true},
	{"namePrefix", T_STR, true},
	{"nameSuffix", T_STR, true},
	{"namespace", T_STR, true},
	{"commonLabels", T_MAP, true},
	{"labels", T_SEQ, true},
	{"commonAnnotations", T_MAP, true},
	{"patchesStrategicMerge", T_SEQ, true},
	{"patchesJson6902", T_SEQ, true},
	{"patches", T_SEQ, true},
	{"images", T_SEQ, true},
	{"imageTags", T_SEQ, true},
	{"replacements", T_SEQ, true},
	{"replicas", T_SEQ, true},
	{"vars", T_SEQ, true},
	{"sortOptions", T_MAP, true},
	{"resources", T_SEQ, true},
	{"components", T_SEQ, true},
	{"crds", T_SEQ, true},
	{"bases", T_SEQ, true},
	{"configMapGenerator", T_SEQ, true},
	{"secretGenerator", T_SEQ, true},
	{"helmGlobals", T_MAP, false},
	{"helmCharts", T_SEQ, false},
	{"helmChartInflationGenerator", T_SEQ, false},
	{"generatorOptions", T_MAP, true},
	{"configurations", T_SEQ, true},
	{"generators", T_SEQ, true},
	{"transformers", T_SEQ, true},
	{"validators", T_SEQ, false},
	{"buildMetadata", T_SEQ, true},
};

static const char *const kfile_names[] = {"kustomization.yaml", "kustomization.yml",
					   "Kustomization"};

/* ------------------------------------------------------------------ */
/* Paths                                                                */

bool fx_kust__is_remote(const char *rel)
{
	static const char *const pfx[] = {"http://", "https://", "git::", "git@", "ssh://",
					  "github.com/", "gh:", "file://", "s3://", "gs://",
					  "oci://", "gitlab.com/", "bitbucket.org/"};
	for (size_t i = 0; i < sizeof pfx / sizeof pfx[0]; i++)
		if (strncasecmp(rel, pfx[i], strlen(pfx[i])) == 0)
			return true;
	return strstr(rel, "://") != NULL || strstr(rel, ".git?ref=") != NULL ||
	       strstr(rel, "?ref=") != NULL;
}

int fx_kust__join(fx_kust__target *kt, const char *rel, fx_strbuf *out)
{
	fx_sb_clear(out);
	if (rel[0] == '/')
		return FX_EDENIED;
	return fx_vfs_join(kt->dir, rel, out);
}

/* Is `path` in or below `dir`? */
static bool path_within(const char *path, const char *dir)
{
	if (!dir[0] || strcmp(dir, ".") == 0)
		return true;
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

const char *fx_kust__disp(fx_kust__build *b, const char *path)
{
	const char *s = fx_src_name(b->ctx, fx_vfs_src_id(b->ctx, b->fs, path[0] ? path : "."));
	return s && s[0] ? s : path[0] ? path : ".";
}

int fx_kust__load_file(fx_kust__target *kt, const char *rel, fx_loc at, const char **path_out,
		       fx_strbuf *out)
{
	fx_kust__build *b = kt->b;
	fx_strbuf p = FX_STRBUF_INIT;
	int rc = 0;
	if (fx_kust__is_remote(rel)) {
		rc = fx_error(b->ctx, at, "FX3001", "unsupported: remote resource %s", rel);
		goto out;
	}
	if (fx_kust__join(kt, rel, &p) != 0) {
		rc = fx_error(b->ctx, at, "FX3002",
			      "security; file '%s' is not in or below the root of the tree", rel);
		goto out;
	}
	if (b->opts->load_restrictor == FX_KUST_LOAD_ROOT_ONLY && !path_within(fx_sb_cstr(&p), kt->dir)) {
		rc = fx_error(b->ctx, at, "FX3002", "security; file '%s' is not in or below '%s'",
			      fx_kust__disp(b, fx_sb_cstr(&p)), fx_kust__disp(b, kt->dir));
		goto out;
	}
	fx_vfs_type t;
	int st = fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t);
	if (st != 0) {
		rc = fx_error(b->ctx, at, "FX3003",
			      "evalsymlink failure on '%s' : lstat %s: no such file or directory",
			      rel, fx_kust__disp(b, fx_sb_cstr(&p)));
		goto out;
	}
	if (t != FX_VFS_FILE) {
		rc = fx_error(b->ctx, at, "FX3003", "'%s' is a directory, not a file", fx_sb_cstr(&p));
		goto out;
	}
	if (fx_vfs_read(b->ctx, b->fs, fx_sb_cstr(&p), at, out) != 0) {
		rc = -1;
		goto out;
	}
	if (path_out)
		*path_out = fx_arena_strdup(b->a, fx_sb_cstr(&p));
out:
	fx_sb_dispose(&p);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Finding and reading                                                  */

int fx_kust__find_kfile(fx_kust__build *b, const char *dir, fx_loc at, const char **path_out)
{
	fx_strbuf p = FX_STRBUF_INIT;
	const char *found = NULL;
	int n = 0;
	for (size_t i = 0; i < 3; i++) {
		fx_vfs_join(dir, kfile_names[i], &p);
		fx_vfs_type t;
		if (fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t) == 0 && t == FX_VFS_FILE) {
			n++;
			if (!found)
				found = fx_arena_strdup(b->a, fx_sb_cstr(&p));
		}
		fx_sb_clear(&p);
	}
	fx_sb_dispose(&p);
	if (n > 1)
		return fx_error(b->ctx, at, "FX3004", "Found multiple kustomization files under: %s",
				fx_kust__disp(b, dir));
	*path_out = found;
	return 0;
}

static const struct kfield *kfield_find(const char *key)
{
	for (size_t i = 0; i < sizeof kfields / sizeof kfields[0]; i++)
		if (strcmp(kfields[i].name, key) == 0)
			return &kfields[i];
	for (size_t i = 0; i < sizeof kfields / sizeof kfields[0]; i++)
		if (strcasecmp(kfields[i].name, key) == 0)
			return &kfields[i];
	return NULL;
}

static const char *type_word(const fx_node *v)
{
	switch (v->kind) {
	case FX_BOOL: return "bool";
	case FX_INT:
	case FX_FLOAT: return "number";
	case FX_STR: return "string";
	case FX_SEQ: return "array";
	case FX_MAP: return "object";
	default: return "null";
	}
}

/* Appends the items of sequence `from` to the field `to` of k. */
static void append_seq(fx_arena *a, fx_node *k, const char *to, fx_node *from)
{
	if (!from || from->kind != FX_SEQ || !from->u.seq.len)
		return;
	fx_node *dst = fx_map_get(k, to);
	if (!dst || dst->kind != FX_SEQ) {
		dst = fx_node_seq(a, from->loc);
		fx_map_set(a, k, to, dst);
	}
	for (size_t i = 0; i < from->u.seq.len; i++)
		fx_seq_push(a, dst, from->u.seq.items[i]);
}

static void fix_env_source(fx_arena *a, fx_node *gens)
{
	for (size_t i = 0; i < fx_seq_len(gens); i++) {
		fx_node *g = fx_seq_at(gens, i);
		fx_node *es = fx_map_get(g, "env");
		if (!es)
			continue;
		if (es->kind == FX_STR && es->u.s.len) {
			fx_node *envs = fx_map_get(g, "envs");
			if (!envs || envs->kind != FX_SEQ) {
				envs = fx_node_seq(a, es->loc);
				fx_map_set(a, g, "envs", envs);
			}
			fx_seq_push(a, envs, es);
		}
		fx_map_del(g, "env");
	}
}

/* Rewrites the parsed file into the canonical schema (in place). */
static int normalise(fx_kust__build *b, fx_node *doc, const char *path, fx_node **out)
{
	fx_arena *a = b->a;
	fx_node *k = fx_node_map(a, doc->loc);
	for (size_t i = 0; i < doc->u.map.len; i++) {
		fx_pair *p = &doc->u.map.items[i];
		const char *key = fx_scalar_text(a, p->key);
		const struct kfield *f = kfield_find(key);
		if (!f) {
			if (b->flux)
				continue;
			return fx_error(b->ctx, p->key->loc, "FX3005",
					"invalid Kustomization: json: unknown field \"%s\"", key);
		}
		fx_node *v = p->val;
		if (v->kind == FX_NULL)
			continue;
		bool ok = f->type == T_ANY || (f->type == T_STR && v->kind == FX_STR) ||
			  (f->type == T_SEQ && v->kind == FX_SEQ) ||
			  (f->type == T_MAP && v->kind == FX_MAP);
		if (!ok)
			return fx_error(b->ctx, v->loc, "FX3005",
					"invalid Kustomization: json: cannot unmarshal %s into Go struct "
					"field Kustomization.%s of type %s",
					type_word(v), f->name,
					f->type == T_STR ? "string"
					: f->type == T_SEQ ? "[]string"
							   : "map[string]string");
		if (!f->supported && !(v->kind == FX_SEQ && v->u.seq.len == 0) &&
		    !(v->kind == FX_MAP && v->u.map.len == 0))
			return fx_error(b->ctx, p->key->loc, "FX3006", "unsupported: %s", f->name);
		fx_map_set(a, k, f->name, v);
	}
	/* FixKustomization */
	fx_node *bases = fx_map_get(k, "bases");
	if (bases) {
		append_seq(a, k, "resources", bases);
		fx_map_del(k, "bases");
	}
	fx_node *tags = fx_map_get(k, "imageTags");
	if (tags) {
		append_seq(a, k, "images", tags);
		fx_map_del(k, "imageTags");
	}
	fix_env_source(a, fx_map_get(k, "configMapGenerator"));
	fix_env_source(a, fx_map_get(k, "secretGenerator"));

	/* CheckEmpty: nothing but apiVersion/kind (and metadata) */
	size_t meaningful = 0;
	for (size_t i = 0; i < k->u.map.len; i++) {
		const char *key = fx_node_strval(k->u.map.items[i].key);
		if (strcmp(key, "apiVersion") && strcmp(key, "kind"))
			meaningful++;
	}
	if (!meaningful && !b->flux)
		return fx_error(b->ctx, doc->loc, "FX3007", "kustomization.yaml is empty");

	const char *kind = fx_map_get_str(k, "kind");
	const char *av = fx_map_get_str(k, "apiVersion");
	if (kind && kind[0] && strcmp(kind, "Kustomization") && strcmp(kind, "Component"))
		return fx_error(b->ctx, fx_map_get(k, "kind")->loc, "FX3008",
				"Failed to read kustomization file under %s:\nkind should be "
				"Kustomization or Component",
				path);
	bool comp = kind && strcmp(kind, "Component") == 0;
	const char *want = comp ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1";
	if (av && av[0] && strcmp(av, want))
		return fx_error(b->ctx, fx_map_get(k, "apiVersion")->loc, "FX3008",
				"Failed to read kustomization file under %s:\napiVersion for %s "
				"should be %s",
				path, comp ? "Component" : "Kustomization", want);
	*out = k;
	return 0;
}

int fx_kust__load_target(fx_kust__build *b, const char *dir, fx_loc at, bool root,
			 fx_kust__target *out)
{
	const char *kpath = NULL;
	fx_strbuf text = FX_STRBUF_INIT;
	fx_ptrvec docs = FX_PTRVEC_INIT;
	int rc = 0;

	memset(out, 0, sizeof *out);
	out->b = b;
	out->dir = fx_arena_strdup(b->a, dir);
	if ((rc = fx_kust__find_kfile(b, dir, at, &kpath)) != 0)
		goto out;
	if (!kpath) {
		if (root && b->opts->generate_missing) {
			out->kfile_path = "";
			out->file = at.file;
			rc = fx_kust__generate(b, dir, at, &out->k);
			goto out;
		}
		rc = fx_error(b->ctx, at, "FX3009",
			      "unable to find one of 'kustomization.yaml', 'kustomization.yml' or "
			      "'Kustomization' in directory '%s'",
			      fx_kust__disp(b, dir));
		goto out;
	}
	out->kfile_path = kpath;
	if ((rc = fx_vfs_read(b->ctx, b->fs, kpath, at, &text)) != 0)
		goto out;
	out->file = fx_vfs_src_id(b->ctx, b->fs, kpath);
	fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML, .allow_duplicate_keys = true};
	if ((rc = fx_yaml_load(b->ctx, b->a, out->file, fx_sb_cstr(&text), text.len, &yo, &docs)) !=
	    0)
		goto out;
	fx_node *doc = docs.len ? docs.items[0] : NULL;
	if (!doc || doc->kind == FX_NULL) {
		if (b->flux) {
			out->k = fx_node_map(b->a, fx_loc_make(out->file, 1, 1));
			goto out;
		}
		rc = fx_error(b->ctx, fx_loc_make(out->file, 1, 1), "FX3007",
			      "kustomization.yaml is empty");
		goto out;
	}
	if (doc->kind != FX_MAP) {
		rc = fx_error(b->ctx, doc->loc, "FX3005",
			      "invalid Kustomization: json: cannot unmarshal %s into Go value of "
			      "type types.Kustomization",
			      type_word(doc));
		goto out;
	}
	if ((rc = normalise(b, doc, kpath, &out->k)) != 0)
		goto out;
	if (b->flux && root && !fx_map_get(out->k, "resources")) {
		/* Flux: avoid "kustomization.yaml is empty" (flux.md 3.3) */
		fx_node *bm = fx_node_seq(b->a, out->k->loc);
		fx_seq_push(b->a, bm, fx_node_str(b->a, "originAnnotations", out->k->loc));
		fx_map_set(b->a, out->k, "buildMetadata", bm);
	}
out:
	if (rc == 0 && out->k) {
		const char *kind = fx_map_get_str(out->k, "kind");
		out->is_component = kind && strcmp(kind, "Component") == 0;
	}
	fx_ptrvec_dispose(&docs);
	fx_sb_dispose(&text);
	return rc;
}

const char *fx_kust__kstr(const fx_node *k, const char *key)
{
	const char *s = fx_map_get_str(k, key);
	return s && s[0] ? s : NULL;
}

/* openapi: a built-in version (only v1.21.2 ships with kustomize v5.5.0)
 * or a schema file whose merge keys the strategic merge patches of the
 * rest of the build use.  As in kustomize (a process-wide setting), the
 * first schema met wins: the root's, else the first base's. */
int fx_kust__check_openapi(fx_kust__target *kt, bool root)
{
	fx_kust__build *b = kt->b;
	const fx_node *oa = fx_map_get(kt->k, "openapi");
	if (!oa)
		return 0;
	const fx_node *ver = fx_map_get(oa, "version");
	const fx_node *path = fx_map_get(oa, "path");
	if (ver && path)
		return fx_error(b->ctx, oa->loc, "FX3096",
				"builtin version and custom schema provided, cannot use both");
	if (ver) {
		const char *v = fx_kust__scalar(b->a, ver);
		if (!v || (strcmp(v, "v1.21.2") && strcmp(v, "v1212")))
			return fx_error(b->ctx, ver->loc, "FX3096",
					"the specified OpenAPI version is not built in");
		if (root)
			b->openapi_set = true;
		return 0;
	}
	if (!path)
		return 0;
	const char *p = fx_kust__scalar(b->a, path);
	fx_strbuf text = FX_STRBUF_INIT;
	const char *full = NULL;
	fx_node *doc = NULL;
	int rc = fx_kust__load_file(kt, p ? p : "", path->loc, &full, &text);
	if (rc == 0 && !b->openapi_set) {
		b->openapi_set = true;
		fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
		rc = fx_yaml_load_one(b->ctx, b->a, fx_vfs_src_id(b->ctx, b->fs, full),
				      fx_sb_cstr(&text), text.len, &yo, &doc);
		if (rc == 0) {
			fx_kust_openapi *o = fx_arena_alloc(b->a, sizeof *o);
			/* with the built-in definitions when the schema comes from a base */
			o->doc = doc;
			o->with_builtin = !root;
			b->openapi = o;
		}
	}
	fx_sb_dispose(&text);
	return rc;
}
