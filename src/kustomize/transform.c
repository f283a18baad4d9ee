/*
 * The transformers of one kustomization in kustomize's fixed order:
 * patchesStrategicMerge, patches, namespace, namePrefix, nameSuffix,
 * labels/commonLabels, commonAnnotations, patchesJson6902, replicas,
 * images, replacements.
 *
 * Patches are dispatched here: the text of each entry (inline or from a
 * file) is parsed by the patch engine, targets are selected (by selector,
 * or by the patch's own id for untargeted strategic merge patches) and
 * the engine applies them.  Strategic merge patches keep the target's
 * name, kind and namespace unless options allow a change.
 *
 * Part of the kustomize stage; the engines are behind patch.h.
 */
#include "kustomize/kust.h"
#include "kustomize/patch.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Applying one strategic merge patch                                   */

typedef struct {
	bool allow_name, allow_kind;
} patch_opts;

/* Applies `patch` to r; sets *gone when the object was deleted. */
static int smp_one(fx_kust__build *b, fx_kust__res *r, const fx_node *patch, patch_opts po,
		   bool *gone)
{
	const char *n = fx_kust__get_name(r->obj);
	const char *ns = fx_kust__get_ns(r->obj);
	const char *k = fx_kust__get_kind(r->obj);
	n = n ? fx_arena_strdup(b->a, n) : NULL;
	ns = ns ? fx_arena_strdup(b->a, ns) : NULL;
	k = k ? fx_arena_strdup(b->a, k) : NULL;
	if (po.allow_name || po.allow_kind)
		fx_kust__res_store_prev(b->a, r);
	bool deleted = false;
	int rc = fx_kust__smp_apply_ex(b->ctx, b->a, r->obj, patch,
				       (const fx_kust_openapi *)b->openapi, &deleted);
	if (rc)
		return rc;
	if (deleted || r->obj->kind != FX_MAP || r->obj->u.map.len == 0) {
		*gone = true;
		return 0;
	}
	if (!po.allow_kind && k)
		fx_map_set(b->a, r->obj, "kind", fx_node_str(b->a, k, r->obj->loc));
	if (!po.allow_name) {
		if (n)
			fx_kust__set_name(b->a, r->obj, n);
		else if (fx_map_get(r->obj, "metadata"))
			fx_map_del(fx_map_get(r->obj, "metadata"), "name");
	}
	if (ns)
		fx_kust__set_ns(b->a, r->obj, ns);
	else if (fx_map_get(r->obj, "metadata"))
		fx_map_del(fx_map_get(r->obj, "metadata"), "namespace");
	return 0;
}

static void drop_gone(fx_kust__accum *ra, bool *gone)
{
	size_t w = 0;
	for (size_t i = 0; i < ra->res.len; i++)
		if (!gone[i])
			ra->res.items[w++] = ra->res.items[i];
	ra->res.len = w;
}

/* The patch as applied to one of several targets: the target's
 * apiVersion, the patch's kind, name and namespace (kustomize's
 * CopyMergeMetaDataFieldsFrom + SetGvk). */
static fx_node *patch_for(fx_kust__build *b, const fx_node *patch, const fx_kust__res *r)
{
	fx_node *p = fx_node_copy(b->a, patch);
	const fx_node *av = fx_map_get(r->obj, "apiVersion");
	if (av && p->kind == FX_MAP)
		fx_map_set(b->a, p, "apiVersion", fx_node_copy(b->a, av));
	return p;
}

/* Untargeted: the unique resource any of whose ids equals the patch's. */
static int find_by_id(fx_kust__build *b, fx_kust__accum *ra, const fx_node *patch, fx_loc at,
		      const char *ctxmsg, size_t *idx_out)
{
	fx_kust__resid pid;
	fx_kust__resid_of(patch, &pid);
	size_t found = 0, idx = 0;
	for (size_t i = 0; i < ra->res.len; i++) {
		fx_kust__res *r = ra->res.items[i];
		fx_kust__resid cur;
		fx_kust__resid_of(r->obj, &cur);
		bool m = fx_kust__resid_eq(&pid, &cur);
		for (size_t j = 0; !m && j < r->prev.len; j++)
			m = fx_kust__resid_eq(&pid, r->prev.items[j]);
		if (m) {
			if (!found)
				idx = i;
			found++;
		}
	}
	if (found == 1) {
		*idx_out = idx;
		return 0;
	}
	const char *ids = fx_kust__resid_str(b->a, &pid);
	return fx_error(b->ctx, at, "FX3040",
			"%s%s matches for Id %s; failed to find unique target for patch %s",
			ctxmsg, found ? "multiple" : "no", ids, ids);
}

/* ------------------------------------------------------------------ */
/* Patch text                                                           */

/* Loads a patch's text: `path` through the loader, or inline. */
static int patch_text(fx_kust__target *kt, const fx_node *entry, const char *what,
		      fx_strbuf *text, uint32_t *file_out, fx_loc *at_out)
{
	fx_kust__build *b = kt->b;
	const fx_node *pn = fx_map_get(entry, "patch");
	const fx_node *pathn = fx_map_get(entry, "path");
	const char *patch = fx_kust__scalar(b->a, pn);
	const char *path = fx_kust__scalar(b->a, pathn);
	if (patch && !patch[0])
		patch = NULL;
	if (path && !path[0])
		path = NULL;
	*at_out = entry->loc;
	if (!patch && !path)
		return fx_error(b->ctx, entry->loc, "FX3041",
				"trouble configuring builtin %s with config: must specify one of patch "
				"and path",
				what);
	if (patch && path)
		return fx_error(b->ctx, entry->loc, "FX3041",
				"trouble configuring builtin %s with config: patch and path can't be "
				"set at the same time",
				what);
	if (patch) {
		fx_sb_adds(text, patch);
		*file_out = pn->loc.file;
		*at_out = pn->loc;
		return 0;
	}
	const char *full;
	size_t mark = fx_diag_count(b->ctx);
	int rc = fx_kust__load_file(kt, path, pathn->loc, &full, text);
	if (rc) {
		if (fx_diag_count(b->ctx) > mark)
			fx_note(b->ctx, pathn->loc,
				"trouble configuring builtin %s with config: failed to get the patch "
				"file from path(%s)",
				what, path);
		return rc;
	}
	*file_out = fx_vfs_src_id(b->ctx, b->fs, full);
	*at_out = fx_loc_make(*file_out, 1, 1);
	return 0;
}

static bool opt_flag(const fx_node *opts, const char *key)
{
	const fx_node *v = fx_map_get(opts, key);
	return v && v->kind == FX_BOOL && v->u.b;
}

/* ------------------------------------------------------------------ */
/* patches                                                              */

int fx_kust__xf_patch_one(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *entry)
{
	fx_kust__build *b = kt->b;
	fx_strbuf text = FX_STRBUF_INIT;
	fx_ptrvec docs = FX_PTRVEC_INIT;
	bool *gone = NULL;
	uint32_t file = 0;
	fx_loc at;
	bool json = false;
	int rc;

	if (entry->kind != FX_MAP) {
		rc = fx_error(b->ctx, entry->loc, "FX3005",
			      "invalid Kustomization: a patches entry must be a mapping");
		goto out;
	}
	if ((rc = patch_text(kt, entry, "PatchTransformer", &text, &file, &at)) != 0)
		goto out;
	if ((rc = fx_kust__patch_parse(b->ctx, b->a, file, fx_sb_cstr(&text), text.len, &json,
				       &docs)) != 0)
		goto out;
	const fx_node *target = fx_map_get(entry, "target");
	const fx_node *opts = fx_map_get(entry, "options");
	patch_opts po = {opt_flag(opts, "allowNameChange"), opt_flag(opts, "allowKindChange")};
	gone = fx_xcalloc(ra->res.len + 1, sizeof *gone);
	if (json) {
		if (!target) {
			rc = fx_error(b->ctx, entry->loc, "FX3042",
				      "must specify a target for JSON patch");
			goto out;
		}
		for (size_t i = 0; i < ra->res.len; i++) {
			fx_kust__res *r = ra->res.items[i];
			bool sel;
			if ((rc = fx_kust__select(b, target, r, &sel)) != 0)
				goto out;
			if (!sel)
				continue;
			fx_kust__res_store_prev(b->a, r);
			for (size_t d = 0; d < docs.len; d++)
				if ((rc = fx_kust__json6902_apply(b->ctx, b->a, &r->obj,
								  docs.items[d])) != 0)
					goto out;
		}
		goto out;
	}
	if (target && docs.len > 1) {
		rc = fx_error(b->ctx, entry->loc, "FX3043",
			      "Multiple Strategic-Merge Patches in one `patches` entry is not allowed "
			      "to set `patches.target` field");
		goto out;
	}
	for (size_t d = 0; d < docs.len; d++) {
		const fx_node *patch = docs.items[d];
		if (target) {
			for (size_t i = 0; i < ra->res.len; i++) {
				fx_kust__res *r = ra->res.items[i];
				bool sel;
				if ((rc = fx_kust__select(b, target, r, &sel)) != 0)
					goto out;
				if (!sel)
					continue;
				if ((rc = smp_one(b, r, patch_for(b, patch, r), po, &gone[i])) != 0)
					goto out;
			}
		} else {
			size_t idx;
			fx_kust__resid pid;
			fx_kust__resid_of(patch, &pid);
			const char *msg = fx_arena_printf(
				b->a, "no resource matches strategic merge patch \"%s\": ",
				fx_kust__resid_str(b->a, &pid));
			if ((rc = find_by_id(b, ra, patch, at, msg, &idx)) != 0)
				goto out;
			if ((rc = smp_one(b, ra->res.items[idx], patch, po, &gone[idx])) != 0)
				goto out;
		}
		drop_gone(ra, gone);
		memset(gone, 0, (ra->res.len + 1) * sizeof *gone);
	}
out:
	if (gone && rc == 0)
		drop_gone(ra, gone);
	free(gone);
	fx_ptrvec_dispose(&docs);
	fx_sb_dispose(&text);
	return rc;
}

int fx_kust__xf_patches(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *patches)
{
	for (size_t i = 0; i < fx_seq_len(patches); i++) {
		int rc = fx_kust__xf_patch_one(kt, ra, fx_seq_at(patches, i));
		if (rc)
			return rc;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* patchesStrategicMerge (legacy)                                       */

int fx_kust__xf_psm(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *psm)
{
	fx_kust__build *b = kt->b;
	fx_ptrvec all = FX_PTRVEC_INIT;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(psm); i++) {
		const fx_node *e = fx_seq_at(psm, i);
		const char *s = fx_kust__scalar(b->a, e);
		fx_strbuf text = FX_STRBUF_INIT;
		uint32_t file = e->loc.file;
		bool json = false;
		if (e->kind == FX_MAP) {
			/* an inline document (Flux's patchesStrategicMerge) */
			fx_ptrvec_push(&all, fx_node_copy(b->a, e));
			continue;
		}
		if (!s) {
			rc = fx_error(b->ctx, e->loc, "FX3005",
				      "invalid Kustomization: patchesStrategicMerge entries are strings");
			break;
		}
		/* a path when it names a readable file, else an inline patch */
		fx_strbuf p = FX_STRBUF_INIT;
		fx_vfs_type t;
		bool is_file = !strchr(s, '\n') && fx_kust__join(kt, s, &p) == 0 &&
			       fx_vfs_stat(b->fs, fx_sb_cstr(&p), &t) == 0 && t == FX_VFS_FILE;
		fx_sb_dispose(&p);
		if (is_file) {
			const char *full;
			size_t mark = fx_diag_count(b->ctx);
			rc = fx_kust__load_file(kt, s, e->loc, &full, &text);
			if (rc) {
				if (fx_diag_count(b->ctx) > mark)
					fx_note(b->ctx, e->loc,
						"trouble configuring builtin "
						"PatchStrategicMergeTransformer with config");
				fx_sb_dispose(&text);
				break;
			}
			file = fx_vfs_src_id(b->ctx, b->fs, full);
		} else {
			fx_sb_adds(&text, s);
		}
		bool blank = true;
		for (size_t q = 0; q < text.len && blank; q++)
			blank = text.ptr[q] == ' ' || text.ptr[q] == '\n' || text.ptr[q] == '\t' ||
				text.ptr[q] == '\r';
		if (blank) {
			rc = fx_error(b->ctx, e->loc, "FX3044",
				      "trouble configuring builtin PatchStrategicMergeTransformer with "
				      "config: patch appears to be empty");
			fx_sb_dispose(&text);
			break;
		}
		size_t before = all.len;
		rc = fx_kust__patch_parse(b->ctx, b->a, file, fx_sb_cstr(&text), text.len, &json,
					  &all);
		if (rc == 0 && (json || all.len == before)) {
			if (!is_file && !json && !strchr(s, ':'))
				rc = fx_error(b->ctx, e->loc, "FX3044",
					      "trouble configuring builtin "
					      "PatchStrategicMergeTransformer with config: evalsymlink "
					      "failure on '%s' : lstat: no such file or directory",
					      s);
			else if (json)
				rc = fx_error(b->ctx, e->loc, "FX3044",
					      "trouble configuring builtin "
					      "PatchStrategicMergeTransformer with config: not a "
					      "strategic merge patch");
		}
		fx_sb_dispose(&text);
	}
	if (rc == 0 && fx_seq_len(psm) && all.len == 0)
		rc = fx_error(b->ctx, fx_seq_at(psm, 0)->loc, "FX3044",
			      "trouble configuring builtin PatchStrategicMergeTransformer with "
			      "config: patch appears to be empty");
	for (size_t i = 0; rc == 0 && i < all.len; i++) {
		const fx_node *patch = all.items[i];
		size_t idx;
		fx_kust__resid pid;
		fx_kust__resid_of(patch, &pid);
		const char *msg = fx_arena_printf(b->a, "no resource matches strategic merge patch "
						  "\"%s\": ", fx_kust__resid_str(b->a, &pid));
		if ((rc = find_by_id(b, ra, patch, patch->loc, msg, &idx)) != 0)
			break;
		bool gone = false;
		patch_opts po = {false, false};
		if ((rc = smp_one(b, ra->res.items[idx], patch, po, &gone)) != 0)
			break;
		if (gone)
			fx_ptrvec_remove(&ra->res, idx);
	}
	fx_ptrvec_dispose(&all);
	return rc;
}

/* ------------------------------------------------------------------ */
/* patchesJson6902 (legacy)                                             */

int fx_kust__xf_pj6902(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *pj)
{
	fx_kust__build *b = kt->b;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(pj); i++) {
		const fx_node *e = fx_seq_at(pj, i);
		fx_strbuf text = FX_STRBUF_INIT;
		fx_ptrvec docs = FX_PTRVEC_INIT;
		uint32_t file = 0;
		fx_loc at;
		bool json = false;
		const fx_node *target = fx_map_get(e, "target");
		if (!target) {
			rc = fx_error(b->ctx, e->loc, "FX3042", "must specify a target for patch");
			goto next;
		}
		const fx_node *ops = fx_map_get(e, "patch");
		if (ops && ops->kind == FX_SEQ) {
			/* an operation list given as data (Flux's patchesJson6902) */
			fx_ptrvec_push(&docs, (void *)ops);
			json = true;
			at = ops->loc;
		} else {
			if ((rc = patch_text(kt, e, "PatchJson6902Transformer", &text, &file,
					     &at)) != 0)
				goto next;
			if ((rc = fx_kust__patch_parse(b->ctx, b->a, file, fx_sb_cstr(&text),
						       text.len, &json, &docs)) != 0)
				goto next;
		}
		if (!json) {
			rc = fx_error(b->ctx, at, "FX3045",
				      "trouble configuring builtin PatchJson6902Transformer with "
				      "config: not a JSON 6902 patch");
			goto next;
		}
		for (size_t j = 0; j < ra->res.len; j++) {
			fx_kust__res *r = ra->res.items[j];
			bool sel;
			if ((rc = fx_kust__select(b, target, r, &sel)) != 0)
				goto next;
			if (!sel)
				continue;
			fx_kust__res_store_prev(b->a, r);
			for (size_t d = 0; d < docs.len; d++)
				if ((rc = fx_kust__json6902_apply(b->ctx, b->a, &r->obj,
								  docs.items[d])) != 0)
					goto next;
		}
	next:
		fx_ptrvec_dispose(&docs);
		fx_sb_dispose(&text);
	}
	return rc;
}

/* ------------------------------------------------------------------ */
/* The order                                                            */

void fx_kust__mark_transform(fx_kust__target *kt, fx_kust__accum *ra, const char *kind,
			     const fx_node *cfg, const char *cfg_path)
{
	fx_kust__build *b = kt->b;
	if (!b->transformer_annotations)
		return;
	const char *in = cfg_path;
	if (!in) {
		const char *base = kt->kfile_path && strrchr(kt->kfile_path, '/')
					   ? strrchr(kt->kfile_path, '/') + 1
				   : kt->kfile_path && kt->kfile_path[0] ? kt->kfile_path
									 : "kustomization.yaml";
		in = kt->origin_prefix && kt->origin_prefix[0]
			     ? fx_arena_printf(b->a, "%s/%s", kt->origin_prefix, base)
			     : base;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "- configuredIn: %s\n  configuredBy:\n    apiVersion: builtin\n    kind: %s\n",
		   in, kind);
	const char *n = cfg ? fx_kust__get_name(cfg) : NULL;
	const char *ns = cfg ? fx_kust__get_ns(cfg) : NULL;
	if (n)
		fx_sb_addf(&sb, "    name: %s\n", n);
	if (ns)
		fx_sb_addf(&sb, "    namespace: %s\n", ns);
	const char *e = fx_arena_strdup(b->a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	for (size_t i = 0; i < ra->res.len; i++)
		fx_kust__vpush(b->a, &((fx_kust__res *)ra->res.items[i])->transforms, (void *)e);
}

int fx_kust__run_transformers(fx_kust__target *kt, fx_kust__accum *ra)
{
	fx_kust__build *b = kt->b;
	const fx_node *k = kt->k;
	const fx_node *l;
	int rc;
	if ((l = fx_map_get(k, "patchesStrategicMerge")) && fx_seq_len(l)) {
		if ((rc = fx_kust__xf_psm(kt, ra, l)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "PatchStrategicMergeTransformer", NULL, NULL);
	}
	l = fx_map_get(k, "patches");
	for (size_t i = 0; i < fx_seq_len(l); i++) {
		if ((rc = fx_kust__xf_patch_one(kt, ra, fx_seq_at(l, i))) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "PatchTransformer", NULL, NULL);
	}
	const char *ns = fx_kust__kstr(k, "namespace");
	if (ns) {
		if ((rc = fx_kust__xf_namespace(b, ra, ns, fx_map_get(k, "namespace")->loc)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "NamespaceTransformer", NULL, NULL);
	}
	const char *pfx = fx_kust__kstr(k, "namePrefix"), *sfx = fx_kust__kstr(k, "nameSuffix");
	if (pfx) {
		if ((rc = fx_kust__xf_prefix_suffix(b, ra, pfx, NULL)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "PrefixTransformer", NULL, NULL);
	}
	if (sfx) {
		if ((rc = fx_kust__xf_prefix_suffix(b, ra, NULL, sfx)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "SuffixTransformer", NULL, NULL);
	}
	if ((rc = fx_kust__xf_labels(kt, ra)) != 0)
		return rc;
	if (fx_map_len(fx_map_get(k, "commonAnnotations"))) {
		if ((rc = fx_kust__xf_annotations(b, ra, fx_map_get(k, "commonAnnotations"))) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "AnnotationsTransformer", NULL, NULL);
	}
	l = fx_map_get(k, "patchesJson6902");
	for (size_t i = 0; i < fx_seq_len(l); i++) {
		fx_node *one = fx_node_seq(b->a, l->loc);
		fx_seq_push(b->a, one, fx_seq_at(l, i));
		if ((rc = fx_kust__xf_pj6902(kt, ra, one)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "PatchJson6902Transformer", NULL, NULL);
	}
	l = fx_map_get(k, "replicas");
	for (size_t i = 0; i < fx_seq_len(l); i++) {
		if ((rc = fx_kust__xf_replica_one(b, ra, fx_seq_at(l, i),
						  &fx_kust__cfg(b, ra)->replicas)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "ReplicaCountTransformer", NULL, NULL);
	}
	l = fx_map_get(k, "images");
	for (size_t i = 0; i < fx_seq_len(l); i++) {
		if ((rc = fx_kust__xf_image_one(b, ra, fx_seq_at(l, i),
						&fx_kust__cfg(b, ra)->images)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "ImageTagTransformer", NULL, NULL);
	}
	if ((l = fx_map_get(k, "replacements")) && fx_seq_len(l)) {
		if ((rc = fx_kust__xf_replacements(kt, ra, l)) != 0)
			return rc;
		fx_kust__mark_transform(kt, ra, "ReplacementTransformer", NULL, NULL);
	}
	return fx_kust__run_plugin_transformers(kt, ra);
}

/* ------------------------------------------------------------------ */
/* replacements                                                         */

int fx_kust__xf_replacements(fx_kust__target *kt, fx_kust__accum *ra, const fx_node *repl)
{
	fx_kust__build *b = kt->b;
	if (!fx_seq_len(repl))
		return 0;
	/* inline the entries that name a file */
	fx_node *list = fx_node_seq(b->a, repl->loc);
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < fx_seq_len(repl); i++) {
		fx_node *e = fx_seq_at(repl, i);
		const char *path = fx_kust__scalar(b->a, fx_map_get(e, "path"));
		if (!path) {
			fx_seq_push(b->a, list, e);
			continue;
		}
		fx_strbuf text = FX_STRBUF_INIT;
		const char *full;
		fx_ptrvec docs = FX_PTRVEC_INIT;
		rc = fx_kust__load_file(kt, path, fx_map_get(e, "path")->loc, &full, &text);
		if (rc == 0) {
			fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
			rc = fx_yaml_load(b->ctx, b->a, fx_vfs_src_id(b->ctx, b->fs, full),
					  fx_sb_cstr(&text), text.len, &yo, &docs);
		}
		for (size_t d = 0; rc == 0 && d < docs.len; d++) {
			fx_node *doc = docs.items[d];
			if (doc->kind == FX_SEQ)
				for (size_t j = 0; j < doc->u.seq.len; j++)
					fx_seq_push(b->a, list, doc->u.seq.items[j]);
			else if (doc->kind == FX_MAP)
				fx_seq_push(b->a, list, doc);
		}
		fx_ptrvec_dispose(&docs);
		fx_sb_dispose(&text);
	}
	if (rc)
		return rc;
	return fx_kust__replacements_apply_res(b, &ra->res, list);
}
