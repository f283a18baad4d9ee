/*
 * postBuild substitution of one Flux Kustomization's rendered objects
 * (spec flux.md 4.1-4.5, 4.8, 4.9), in build order:
 *
 *   opted out (label or annotation kustomize.toolkit.fluxcd.io/substitute:
 *   disabled)                               -> untouched
 *   variables (first object not opted out)  -> lookup errors fail the unit
 *   empty map and strategy not Always       -> untouched
 *   invalid variable name                   -> error
 *   serialise, envsubst, re-read (YAML 1.1) -> replaces the object
 *
 * Errors carry the controller's wrapping ("post build failed for
 * 'Kind.version.group/name': envsubst error: ...") and are located at
 * the object, with a note at the Kustomization.  Part of src/subst.
 */
#include "subst/subst_int.h"

#include <stdlib.h>
#include <string.h>

#define ANNOTATION "kustomize.toolkit.fluxcd.io/substitute"

void fx_subst_opts_default(fx_subst_opts *out)
{
	memset(out, 0, sizeof *out);
	out->strict = true;
}

void fx_subst_report_dispose(fx_subst_report *r)
{
	fx_ptrvec_dispose(&r->vars);
	fx_ptrvec_dispose(&r->sources);
	fx_ptrvec_dispose(&r->unresolved);
	memset(r, 0, sizeof *r);
}

const char *fx_subst_object_id(fx_arena *a, const fx_node *obj)
{
	const char *api = fx_map_get_str(obj, "apiVersion");
	const char *kind = fx_map_get_str(obj, "kind");
	const char *name = fx_map_get_str(fx_map_get(obj, "metadata"), "name");
	const char *group = "", *version = api ? api : "";
	const char *slash = api ? strrchr(api, '/') : NULL;
	if (slash) {
		group = fx_arena_strndup(a, api, (size_t)(slash - api));
		version = slash + 1;
	}
	return fx_arena_printf(a, "%s.%s.%s/%s", kind && *kind ? kind : "[noKind]",
			       *version ? version : "[noVer]", *group ? group : "[noGrp]",
			       name ? name : "");
}

static bool disabled(const fx_node *obj)
{
	const fx_node *meta = fx_map_get(obj, "metadata");
	const char *l = fx_map_get_str(fx_map_get(meta, "labels"), ANNOTATION);
	const char *an = fx_map_get_str(fx_map_get(meta, "annotations"), ANNOTATION);
	return (l && strcmp(l, "disabled") == 0) || (an && strcmp(an, "disabled") == 0);
}

/* ------------------------------------------------------------------ */
/* Lookups during evaluation                                            */

typedef struct {
	fx_subst__vars *vars;
	fx_strmap *unresolved; /* set of names */
} lookup_state;

static bool lookup(void *ud, const char *name, size_t len, const char **val_out,
		   size_t *len_out)
{
	lookup_state *st = ud;
	fx_subst_var *v = fx_strmap_getn(st->vars->map, name, len);
	if (!v) {
		fx_strmap_putn(st->unresolved, name, len, (void *)1);
		return false;
	}
	v->uses++;
	*val_out = v->value;
	*len_out = v->value_len;
	return true;
}

/* ------------------------------------------------------------------ */
/* Report                                                               */

static int var_cmp(const void *pa, const void *pb)
{
	const fx_subst_var *a = *(fx_subst_var *const *)pa, *b = *(fx_subst_var *const *)pb;
	return strcmp(a->name, b->name);
}

static int str_cmp(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static void fill_report(fx_arena *a, fx_subst_report *r, fx_subst__vars *v, fx_strmap *unres)
{
	for (size_t i = 0; i < v->order.len; i++)
		fx_ptrvec_push(&r->vars, v->order.items[i]);
	if (r->vars.len > 1)
		qsort(r->vars.items, r->vars.len, sizeof(void *), var_cmp);
	for (size_t i = 0; i < v->sources.len; i++)
		fx_ptrvec_push(&r->sources, v->sources.items[i]);
	const char *k;
	void *val;
	for (size_t it = 0; fx_strmap_next(unres, &it, &k, &val);)
		fx_ptrvec_push(&r->unresolved, fx_arena_strdup(a, k));
	if (r->unresolved.len > 1)
		qsort(r->unresolved.items, r->unresolved.len, sizeof(void *), str_cmp);
}

/* ------------------------------------------------------------------ */
/* One object                                                           */

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	const fx_node *ks;
	const fx_subst_opts *opts;
	fx_subst__vars *vars;
	lookup_state *ls;
	bool always;
} unit;

static int post_build_error(unit *u, const fx_node *obj, fx_loc loc, const char *code,
			    const char *what)
{
	fx_error(u->ctx, loc, code, "post build failed for '%s': %s",
		 fx_subst_object_id(u->a, obj), what);
	const char *kns = fx_map_get_str(fx_map_get(u->ks, "metadata"), "namespace");
	const char *kname = fx_map_get_str(fx_map_get(u->ks, "metadata"), "name");
	fx_note(u->ctx, u->ks->loc, "while substituting the variables of Kustomization %s%s%s",
		kns ? kns : "", kns ? "/" : "", kname ? kname : "");
	return -1;
}

/* The first invalid name in byte order, or NULL. */
static const fx_subst_var *invalid_name(const fx_subst__vars *v)
{
	const fx_subst_var *bad = NULL;
	for (size_t i = 0; i < v->order.len; i++) {
		const fx_subst_var *var = v->order.items[i];
		if (!fx_subst_varname_valid(var->name, strlen(var->name)) &&
		    (!bad || strcmp(var->name, bad->name) < 0))
			bad = var;
	}
	return bad;
}

/* Re-reads substituted text: 0 with *out, or -1 with the error text in
 * msg (the loader's diagnostics are dropped). */
static int reread(unit *u, const char *text, size_t len, const fx_node *obj, fx_node **out,
		  fx_strbuf *msg)
{
	size_t mark = fx_diag_count(u->ctx);
	uint32_t file = fx_src_add(u->ctx, "<postBuild substitution output>");
	/* sigs.k8s.io/yaml decodes into a Go map: a duplicate key's last
	 * value wins */
	fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_11, .allow_duplicate_keys = true};
	fx_node *doc = NULL;
	const char *jerr = NULL;
	if (fx_yaml_load_one(u->ctx, u->a, file, text, len, &yo, &doc) != 0) {
		fx_sb_adds(msg, "YAMLToJSON: yaml: ");
		for (size_t i = mark; i < fx_diag_count(u->ctx); i++) {
			const fx_diag *d = fx_diag_at(u->ctx, i);
			if (d->sev != FX_SEV_ERROR)
				continue;
			const char *m = d->msg;
			if (fx_str_has_prefix(m, "invalid YAML: "))
				m += strlen("invalid YAML: ");
			if (d->loc.line)
				fx_sb_addf(msg, "line %u: ", d->loc.line);
			fx_sb_adds(msg, m);
			break;
		}
		fx_diag_truncate(u->ctx, mark);
		return -1;
	}
	fx_diag_truncate(u->ctx, mark);
	if (!doc || doc->kind != FX_MAP) {
		fx_sb_adds(msg, "UnmarshalJSON: substituted text is not a mapping");
		return -1;
	}
	if (fx_subst__normalise(u->a, doc, obj, obj->loc, &jerr) != 0) {
		fx_sb_addf(msg, "YAMLToJSON: %s", jerr);
		return -1;
	}
	*out = doc;
	return 0;
}

static int substitute_one(unit *u, fx_node **slot)
{
	const fx_node *obj = *slot;
	fx_strbuf text = FX_STRBUF_INIT, out = FX_STRBUF_INIT, err = FX_STRBUF_INIT;
	int rc = -1;

	fx_node *copy = fx_subst__prepare(u->a, obj);
	fx_emit_opts eo = u->opts->emit;
	eo.keep_order = true; /* prepare() ordered the keys as go-yaml v2 */
	fx_yaml_emit(&text, copy, &eo);

	fx_envsubst_env env = {.strict = u->opts->strict, .lookup = lookup, .ud = u->ls};
	if (fx_envsubst_eval(&out, &err, fx_sb_cstr(&text), text.len, &env) != 0) {
		fx_strbuf what = FX_STRBUF_INIT;
		fx_sb_addf(&what, "envsubst error: variable substitution failed: %s",
			   fx_sb_cstr(&err));
		post_build_error(u, obj, obj->loc, FX_SUBST_E_POSTBUILD, fx_sb_cstr(&what));
		fx_sb_dispose(&what);
		goto out;
	}
	fx_node *re = NULL;
	fx_sb_clear(&err);
	if (reread(u, fx_sb_cstr(&out), out.len, obj, &re, &err) != 0) {
		fx_strbuf what = FX_STRBUF_INIT;
		fx_sb_addf(&what, "envsubst error: %s", fx_sb_cstr(&err));
		post_build_error(u, obj, obj->loc, FX_SUBST_E_POSTBUILD, fx_sb_cstr(&what));
		fx_sb_dispose(&what);
		goto out;
	}
	*slot = re;
	rc = 0;
out:
	fx_sb_dispose(&text);
	fx_sb_dispose(&out);
	fx_sb_dispose(&err);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Entry point                                                          */

int fx_subst_unit(fx_ctx *ctx, fx_arena *a, const fx_node *kustomization, fx_ptrvec *objs,
		  const fx_subst_lookup *lookup_cb, const fx_subst_opts *opts,
		  fx_subst_report *report)
{
	fx_subst_opts dflt;
	fx_subst__vars vars = {0};
	fx_strmap *unres = fx_strmap_new();
	lookup_state ls = {&vars, unres};
	bool have_vars = false, checked_names = false;
	int rc = 0;

	if (!opts) {
		fx_subst_opts_default(&dflt);
		opts = &dflt;
	}
	const fx_node *pb = fx_map_path(kustomization, "spec", "postBuild", NULL);
	if (!pb || pb->kind == FX_NULL)
		goto out;
	const char *strategy = fx_map_get_str(pb, "substituteStrategy");
	unit u = {ctx, a, kustomization, opts, &vars, &ls,
		  strategy && strcmp(strategy, "Always") == 0};
	if (report) {
		report->post_build = true;
		report->always = u.always;
		report->strict = opts->strict;
	}

	for (size_t i = 0; i < objs->len; i++) {
		fx_node **slot = (fx_node **)&objs->items[i];
		const fx_node *obj = *slot;
		if (report)
			report->n_objects++;
		if (!obj || obj->kind != FX_MAP)
			continue;
		if (disabled(obj)) {
			if (report)
				report->n_disabled++;
			continue;
		}
		if (!have_vars) {
			fx_subst__vars_build(ctx, a, &vars, kustomization, lookup_cb, opts);
			have_vars = true;
		}
		if (vars.error) {
			rc = post_build_error(&u, obj, vars.error_loc, FX_SUBST_E_SOURCE,
					      vars.error);
			fx_note(ctx, obj->loc, "at the first object substituted");
			goto out;
		}
		if (vars.order.len == 0 && !u.always) {
			if (report)
				report->n_unchanged++;
			continue;
		}
		if (!checked_names) {
			const fx_subst_var *bad = invalid_name(&vars);
			if (bad) {
				char *what = fx_arena_printf(
					a, "envsubst error: '%s' var name is invalid, must match '%s'",
					bad->name, FX_SUBST_VARNAME_RE);
				post_build_error(&u, obj, obj->loc, FX_SUBST_E_VARNAME, what);
				if (bad->loc.line)
					fx_note(ctx, bad->loc, "variable '%s' defined here", bad->name);
				rc = -1;
				goto out;
			}
			checked_names = true;
		}
		if ((rc = substitute_one(&u, slot)) != 0)
			goto out;
		if (report)
			report->n_substituted++;
	}
out:
	if (report && have_vars)
		fill_report(a, report, &vars, unres);
	fx_strmap_free(unres);
	fx_subst__vars_dispose(&vars);
	return rc;
}
