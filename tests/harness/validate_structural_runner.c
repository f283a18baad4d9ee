/*
 * Test driver for the structural checks of src/validate, used by
 * validate_structural.py on the validation conformance corpus.
 *
 *   validate_structural_runner CASE.json
 *
 * CASE.json is one corpus case (documents with their producers), plus an
 * optional "skip" list of [doc, yamlDoc] pairs whose objects an earlier
 * validation step stops at.  Every object goes through
 * fx_validate_object_opts (Kustomization producers get the
 * server-side-apply rules), then the whole render through
 * fx_validate_unique (objects a HelmRelease emits without namespace take
 * the release namespace, unless cluster-scoped).  CustomResourceDefinitions
 * of the render give the scopes of their kinds.  Prints one line per diagnostic:
 *   doc TAB yamlDoc TAB item TAB code TAB level TAB path TAB line TAB col TAB message
 * with item "-" outside List documents.
 */
#include "validate/validate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	int doc, ydoc, item;
	const fx_node *obj; /* the object (List items individually) */
	fx_loc start;       /* where its text starts */
} objref;

static long num(const fx_node *n)
{
	if (n && n->kind == FX_INT)
		return (long)n->u.i;
	if (n && n->kind == FX_FLOAT)
		return (long)n->u.f;
	return -1;
}

static bool skipped(const fx_node *skip, int doc, int ydoc)
{
	for (size_t i = 0; i < fx_seq_len(skip); i++) {
		const fx_node *p = fx_seq_at(skip, i);
		if (num(fx_seq_at(p, 0)) == doc && num(fx_seq_at(p, 1)) == ydoc)
			return true;
	}
	return false;
}

static bool loc_le(fx_loc a, fx_loc b)
{
	return a.line < b.line || (a.line == b.line && a.col <= b.col);
}

/* The object a diagnostic location belongs to: the last one (in the same
 * file) starting at or before it. */
static const objref *owner_of(const objref *refs, size_t n, fx_loc at)
{
	const objref *best = NULL;
	for (size_t i = 0; i < n; i++)
		if (refs[i].start.file == at.file && loc_le(refs[i].start, at))
			if (!best || loc_le(best->start, refs[i].start))
				best = &refs[i];
	return best;
}

static void print_diag(const fx_diag *d, const objref *r)
{
	const char *msg = d->msg;
	const char *sep = strstr(msg, ": ");
	char path[1024] = "";
	if (msg[0] == '/' && sep) {
		size_t n = (size_t)(sep - msg);
		if (n >= sizeof path)
			n = sizeof path - 1;
		memcpy(path, msg, n);
		path[n] = '\0';
		if (strcmp(path, "/") == 0)
			path[0] = '\0';
		msg = sep + 2;
	}
	char item[32] = "-";
	if (r && r->item >= 0)
		snprintf(item, sizeof item, "%d", r->item);
	printf("%d\t%d\t%s\t%s\t%s\t%s\t%u\t%u\t%s\n", r ? r->doc : -1, r ? r->ydoc : -1, item,
	       d->code ? d->code : "", d->sev == FX_SEV_ERROR ? "error" : "warning", path,
	       d->loc.line, d->loc.col, msg);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s CASE.json\n", argv[0]);
		return 2;
	}
	fx_ctx *ctx = fx_ctx_new();
	fx_strbuf text = FX_STRBUF_INIT;
	fx_node *c = NULL;
	if (fx_read_host_file(argv[1], &text) != 0 ||
	    fx_json_load(ctx, ctx->arena, fx_src_add(ctx, argv[1]), text.ptr, text.len, &c) != 0) {
		fprintf(stderr, "%s: cannot read the case\n", argv[1]);
		return 2;
	}
	const fx_node *docs = fx_map_get(c, "documents");
	const fx_node *skip = fx_map_get(c, "skip");
	objref *refs = NULL;
	size_t nrefs = 0, cap = 0;
	fx_ptrvec objs = FX_PTRVEC_INIT, owners = FX_PTRVEC_INIT;

	/* load everything first: CRDs anywhere in the render define scopes */
	size_t ndocs = fx_seq_len(docs);
	fx_ptrvec *loaded = fx_xcalloc(ndocs + 1, sizeof *loaded);
	fx_ptrvec all = FX_PTRVEC_INIT;
	for (size_t i = 0; i < ndocs; i++) {
		const char *yaml = fx_map_get_str(fx_seq_at(docs, i), "yaml");
		char name[64];
		snprintf(name, sizeof name, "doc%zu", i);
		uint32_t file = fx_src_add(ctx, name);
		fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
		if (fx_yaml_load(ctx, ctx->arena, file, yaml ? yaml : "", yaml ? strlen(yaml) : 0, &yo,
				 &loaded[i]) != 0) {
			fprintf(stderr, "document %zu does not load\n", i);
			return 2;
		}
		for (size_t j = 0; j < loaded[i].len; j++)
			fx_ptrvec_push(&all, loaded[i].items[j]);
	}
	fx_strmap *scopes = fx_strmap_new();
	fx_validate_collect_scopes((fx_node *const *)all.items, all.len, scopes);
	fx_ptrvec_dispose(&all);

	for (size_t i = 0; i < ndocs; i++) {
		const fx_node *d = fx_seq_at(docs, i);
		const char *producer = fx_map_get_str(d, "producer");
		fx_ptrvec ydocs = loaded[i];
		bool ks = producer && fx_str_has_prefix(producer, "Kustomization/");
		fx_validate_opts opts = {.applied_by_kustomization = ks, .scopes = scopes};
		for (size_t j = 0; j < ydocs.len; j++) {
			fx_node *obj = ydocs.items[j];
			if (skipped(skip, (int)i, (int)j))
				continue;
			size_t mark = fx_diag_count(ctx);
			size_t first = nrefs;
			const char *kind = fx_map_get_str(obj, "kind");
			const fx_node *items = fx_map_get(obj, "items");
			bool list = kind && fx_str_has_suffix(kind, "List") && items && items->kind == FX_SEQ;
			size_t n = list ? fx_seq_len(items) : 1;
			for (size_t k = 0; k < n; k++) {
				if (nrefs == cap) {
					cap = cap ? 2 * cap : 16;
					refs = fx_xrealloc(refs, cap * sizeof *refs);
				}
				const fx_node *o = list ? fx_seq_at(items, k) : obj;
				refs[nrefs] = (objref){(int)i, (int)j, list ? (int)k : -1, o,
						       list && k == 0 ? obj->loc : o->loc};
				nrefs++;
				/* identity in the render: the release namespace for
				 * namespace-less Helm output */
				fx_node *u = (fx_node *)o;
				const char *ns = fx_map_get_str(fx_map_get(o, "metadata"), "namespace");
				const char *av = fx_map_get_str(o, "apiVersion");
				const char *ok = fx_map_get_str(o, "kind");
				char *grp = av ? fx_xstrndup(av, fx_validate_group_len(av)) : NULL;
				bool cluster = grp && ok &&
					       fx_validate_kind_scope_in(scopes, grp, ok) == 1;
				free(grp);
				if (producer && fx_str_has_prefix(producer, "HelmRelease/") && !cluster &&
				    o->kind == FX_MAP && fx_map_get(o, "metadata") && (!ns || !ns[0])) {
					const char *rns = producer + strlen("HelmRelease/");
					const char *slash = strchr(rns, '/');
					u = fx_node_copy(ctx->arena, o);
					fx_node *meta = fx_map_get(u, "metadata");
					if (meta && meta->kind == FX_MAP)
						fx_map_set(ctx->arena, meta, "namespace",
							   fx_node_strn(ctx->arena, rns,
									slash ? (size_t)(slash - rns)
									      : strlen(rns),
									FX_LOC_NONE));
				}
				fx_ptrvec_push(&objs, u);
				fx_ptrvec_push(&owners, (void *)producer);
			}
			fx_validate_object_opts(ctx, obj, &opts);
			for (size_t m = mark; m < fx_diag_count(ctx); m++) {
				const fx_diag *dg = fx_diag_at(ctx, m);
				const objref *r = owner_of(refs + first, nrefs - first, dg->loc);
				print_diag(dg, r ? r : &refs[first]);
			}
		}
		fx_ptrvec_dispose(&ydocs);
	}
	size_t mark = fx_diag_count(ctx);
	fx_validate_unique_scoped(ctx, (fx_node *const *)objs.items, objs.len,
				  (const char *const *)owners.items, scopes);
	for (size_t m = mark; m < fx_diag_count(ctx); m++) {
		const fx_diag *dg = fx_diag_at(ctx, m);
		print_diag(dg, owner_of(refs, nrefs, dg->loc));
	}
	free(refs);
	free(loaded);
	fx_strmap_free(scopes);
	fx_ptrvec_dispose(&objs);
	fx_ptrvec_dispose(&owners);
	fx_sb_dispose(&text);
	fx_ctx_free(ctx);
	return 0;
}
