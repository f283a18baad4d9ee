/*
 * emit: the plan (diff-and-plan.md 6, flux.md 9): per cluster, the units
 * in wave order with kind and namespace/name, status, source and path,
 * dependsOn (with readyExpr text and missing targets), object counts by
 * kind, runtime settings with defaults applied, images deployed, Alerts
 * covering the unit, substituted variables and their origin, the
 * variables referenced but left unresolved, warnings;
 * then the sources and other Flux objects.  Text for people, JSON (versioned) for
 * machines, markdown for pull-request comments.
 */
#include "emit/emit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Durations                                                            */

/* Go duration text -> milliseconds; -1 when malformed. */
static double parse_ms(const char *s)
{
	if (!s || !fx_front_is_duration(s, true))
		return -1;
	double total = 0;
	const char *p = s;
	while (*p) {
		char *end;
		double v = strtod(p, &end);
		p = end;
		if (p[0] == 'm' && p[1] == 's') {
			total += v;
			p += 2;
		} else if (*p == 's') {
			total += v * 1000;
			p++;
		} else if (*p == 'm') {
			total += v * 60000;
			p++;
		} else if (*p == 'h') {
			total += v * 3600000;
			p++;
		} else {
			return -1;
		}
	}
	return total;
}

/* Go's time.Duration.String for whole milliseconds. */
static const char *go_duration(fx_arena *a, double ms)
{
	long long t = (long long)(ms + 0.5);
	if (t == 0)
		return "0s";
	if (t < 1000)
		return fx_arena_printf(a, "%lldms", t);
	long long h = t / 3600000, m = (t / 60000) % 60, s = (t / 1000) % 60, frac = t % 1000;
	fx_strbuf sb = FX_STRBUF_INIT;
	if (h)
		fx_sb_addf(&sb, "%lldh", h);
	if (h || m)
		fx_sb_addf(&sb, "%lldm", m);
	fx_sb_addf(&sb, "%lld", s);
	if (frac) {
		char buf[8];
		snprintf(buf, sizeof buf, ".%03lld", frac);
		size_t n = strlen(buf);
		while (buf[n - 1] == '0')
			buf[--n] = '\0';
		fx_sb_adds(&sb, buf);
	}
	fx_sb_addc(&sb, 's');
	const char *r = fx_arena_strdup(a, sb.ptr);
	fx_sb_dispose(&sb);
	return r;
}

const char *fx_emit_effective_timeout(fx_arena *a, const char *timeout, const char *interval)
{
	double ms = timeout ? parse_ms(timeout) : -1;
	if (ms < 0) {
		double iv = parse_ms(interval);
		if (iv < 0)
			return NULL;
		ms = iv - 30000;
	}
	if (ms < 30000)
		ms = 30000;
	return go_duration(a, ms);
}

/* ------------------------------------------------------------------ */
/* Facts per unit                                                       */

typedef struct {
	const char *kind;
	size_t n;
} kind_count;

static int cmp_kc(const void *a, const void *b)
{
	return strcmp(((const kind_count *)a)->kind, ((const kind_count *)b)->kind);
}

/* "2 Deployment, 1 Service" (kinds sorted); "" when empty. */
static const char *object_counts(fx_arena *a, const fx_unit *u, kind_count **kc_out, size_t *n_out)
{
	kind_count *kc = fx_arena_alloc(a, (u->objects.len + 1) * sizeof *kc);
	size_t n = 0;
	for (size_t i = 0; i < u->objects.len; i++) {
		const char *k = fx_map_get_str(u->objects.items[i], "kind");
		k = k ? k : "?";
		size_t j = 0;
		while (j < n && strcmp(kc[j].kind, k) != 0)
			j++;
		if (j == n)
			kc[n++] = (kind_count){k, 0};
		kc[j].n++;
	}
	qsort(kc, n, sizeof *kc, cmp_kc);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		fx_sb_addf(&sb, "%s%zu %s", i ? ", " : "", kc[i].n, kc[i].kind);
	const char *r = fx_arena_strdup(a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	if (kc_out) {
		*kc_out = kc;
		*n_out = n;
	}
	return r;
}

/* Container images a unit deploys: every "image" string of the
 * containers, initContainers and ephemeralContainers lists anywhere in
 * its objects (pods, pod templates, job templates), sorted and unique. */
static void find_images(const fx_node *n, fx_ptrvec *out, int depth)
{
	if (!n || depth > 32)
		return;
	if (n->kind == FX_SEQ) {
		for (size_t i = 0; i < n->u.seq.len; i++)
			find_images(n->u.seq.items[i], out, depth + 1);
		return;
	}
	if (n->kind != FX_MAP)
		return;
	for (size_t i = 0; i < n->u.map.len; i++) {
		const char *k = fx_node_strval(n->u.map.items[i].key);
		const fx_node *v = n->u.map.items[i].val;
		if (k && v && v->kind == FX_SEQ &&
		    (!strcmp(k, "containers") || !strcmp(k, "initContainers") ||
		     !strcmp(k, "ephemeralContainers"))) {
			for (size_t j = 0; j < v->u.seq.len; j++) {
				const char *img = fx_map_get_str(v->u.seq.items[j], "image");
				bool seen = false;
				for (size_t m = 0; img && m < out->len; m++)
					seen = seen || !strcmp(out->items[m], img);
				if (img && !seen)
					fx_ptrvec_push(out, (void *)img);
			}
		} else {
			find_images(v, out, depth + 1);
		}
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void unit_images(const fx_unit *u, fx_ptrvec *out)
{
	if (u->status != FX_UNIT_RENDERED)
		return;
	for (size_t i = 0; i < u->objects.len; i++)
		find_images(u->objects.items[i], out, 0);
	if (out->len)
		qsort(out->items, out->len, sizeof(void *), cmp_str);
}

/* Whether every matchLabels pair is among the unit object's labels. */
static bool labels_match(const fx_node *match, const fx_flux_obj *o)
{
	const fx_node *labels = fx_map_path(o->doc, "metadata", "labels", NULL);
	for (size_t i = 0; i < fx_map_len(match); i++) {
		const fx_pair *p = &match->u.map.items[i];
		const char *k = fx_node_strval(p->key), *v = fx_node_strval(p->val);
		const char *have = k ? fx_map_get_str(labels, k) : NULL;
		if (!have || !v || strcmp(have, v) != 0)
			return false;
	}
	return true;
}

/* Alerts whose event sources cover the unit (notifications.md 5.1):
 * same kind, name equal or '*' (with matchLabels), namespace defaulting
 * to the Alert's; suspended Alerts cover nothing.  "ns/name" strings. */
static void unit_alerts(const fx_graph *g, const fx_unit *u, fx_ptrvec *out)
{
	for (size_t i = 0; i < g->flux_objects.len; i++) {
		const fx_flux_obj *a = g->flux_objects.items[i];
		if (a->kind != FX_FLUX_ALERT || a->invalid || a->suspend == 1 || !a->spec)
			continue;
		const fx_node *srcs = fx_map_get(a->spec, "eventSources");
		for (size_t j = 0; j < fx_seq_len(srcs); j++) {
			const fx_node *e = fx_seq_at(srcs, j);
			const char *kind = fx_map_get_str(e, "kind");
			const char *name = fx_map_get_str(e, "name");
			const char *ns = fx_map_get_str(e, "namespace");
			if (!ns)
				ns = a->namespace ? a->namespace : "";
			if (!kind || !name || strcmp(kind, u->obj->kind_name) != 0 ||
			    strcmp(ns, u->ns) != 0)
				continue;
			bool hit = !strcmp(name, "*") ? labels_match(fx_map_get(e, "matchLabels"), u->obj)
						       : !strcmp(name, u->obj->name);
			if (hit) {
				fx_ptrvec_push(out, (void *)fx_arena_printf(g->arena, "%s/%s",
									   a->namespace ? a->namespace : "",
									   a->name));
				break;
			}
		}
	}
}

static const char *tri(int v)
{
	return v < 0 ? NULL : v ? "true" : "false";
}

typedef struct {
	const char *name, *value;
} setting;

/* Runtime settings with Flux's defaults applied; returns the count. */
static size_t settings(fx_arena *a, const fx_unit *u, setting *out)
{
	const fx_flux_obj *o = u->obj;
	size_t n = 0;
#define PUT(k, v)                                                                              \
	do {                                                                                   \
		const char *v_ = (v);                                                          \
		if (v_)                                                                        \
			out[n++] = (setting){k, v_};                                           \
	} while (0)
	PUT("interval", o->interval);
	if (o->kind == FX_FLUX_KUSTOMIZATION) {
		PUT("retryInterval", o->retry_interval ? o->retry_interval : o->interval);
		PUT("timeout", fx_emit_effective_timeout(a, o->timeout, o->interval));
		PUT("prune", tri(o->prune));
		PUT("wait", o->wait < 0 ? "false" : tri(o->wait));
		PUT("force", o->force < 0 ? "false" : tri(o->force));
		PUT("suspend", o->suspend < 0 ? "false" : tri(o->suspend));
		PUT("deletionPolicy", o->deletion_policy ? o->deletion_policy : "MirrorPrune");
		PUT("targetNamespace", o->target_namespace);
		PUT("serviceAccountName", o->service_account);
		if (o->n_health_checks)
			PUT("healthChecks", fx_arena_printf(a, "%zu", o->n_health_checks));
		if (o->remote_target)
			PUT("target", "remote");
		PUT("decryption", o->decryption_provider);
	} else {
		PUT("timeout", o->timeout ? o->timeout : "5m0s");
		PUT("suspend", o->suspend < 0 ? "false" : tri(o->suspend));
		PUT("releaseName", o->release_name);
		PUT("targetNamespace", o->target_namespace);
		PUT("storageNamespace", o->storage_namespace);
		PUT("serviceAccountName", o->service_account);
	}
#undef PUT
	return n;
}

static const char *dep_text(fx_arena *a, const fx_flux_dep *d, bool missing)
{
	return fx_arena_printf(a, "%s/%s%s%s%s", d->namespace ? d->namespace : "", d->name,
			       d->ready_expr ? " readyExpr: " : "",
			       d->ready_expr ? d->ready_expr : "", missing ? " (not found)" : "");
}

static const char *path_text(const fx_unit *u)
{
	if (u->obj->kind == FX_FLUX_HELMRELEASE)
		return u->obj->chart;
	return *u->obj->path ? u->obj->path : "./";
}

static void counts(const fx_graph *g, size_t st[6])
{
	memset(st, 0, 6 * sizeof st[0]);
	for (size_t i = 0; i < g->units.len; i++)
		st[((fx_unit *)g->units.items[i])->status]++;
}

/* ------------------------------------------------------------------ */
/* Sources and the other Flux objects                                   */

static bool is_source(fx_flux_kind k)
{
	return k >= FX_FLUX_GITREPOSITORY && k <= FX_FLUX_EXTERNALARTIFACT;
}

static const char *obj_ns(const fx_flux_obj *o)
{
	return o->namespace ? o->namespace : "";
}

static const char *source_note(fx_arena *a, const fx_flux_obj *o)
{
	if (o->kind == FX_FLUX_GITREPOSITORY || o->kind == FX_FLUX_OCIREPOSITORY)
		return fx_arena_printf(a, "%s; ref not enforced offline",
				       o->ref_desc ? o->ref_desc : "");
	return NULL;
}

/* Sources, then notification and image automation objects, in the order
 * they were found. */
static void text_objects(fx_strbuf *out, const fx_graph *g, bool md)
{
	fx_arena *a = g->arena;
	for (int pass = 0; pass < 2; pass++) {
		bool any = false;
		for (size_t i = 0; i < g->flux_objects.len; i++) {
			const fx_flux_obj *o = g->flux_objects.items[i];
			if (o->kind == FX_FLUX_KUSTOMIZATION || o->kind == FX_FLUX_HELMRELEASE ||
			    is_source(o->kind) != (pass == 0))
				continue;
			if (!any)
				fx_sb_addf(out, md ? "\n### %s\n\n" : "\n%s\n",
					   pass == 0 ? (md ? "Sources" : "sources")
						     : (md ? "Other Flux objects" : "other Flux objects"));
			any = true;
			const char *note = source_note(a, o);
			fx_sb_addf(out, md ? "- %s `%s/%s`" : "  %s %s/%s", o->kind_name, obj_ns(o),
				   o->name);
			if (o->url)
				fx_sb_addf(out, ": %s", o->url);
			if (note)
				fx_sb_addf(out, " (%s)", note);
			if (o->invalid)
				fx_sb_adds(out, " [invalid]");
			fx_sb_addc(out, '\n');
		}
	}
}

static void json_objects(fx_strbuf *out, const fx_graph *g)
{
	fx_arena *a = g->arena;
	fx_sb_adds(out, ",\n      \"objects\": [");
	bool first = true;
	for (size_t i = 0; i < g->flux_objects.len; i++) {
		const fx_flux_obj *o = g->flux_objects.items[i];
		if (o->kind == FX_FLUX_KUSTOMIZATION || o->kind == FX_FLUX_HELMRELEASE)
			continue;
		fx_sb_adds(out, first ? "\n        {\"kind\": " : ",\n        {\"kind\": ");
		first = false;
		fx_emit_json_str(out, o->kind_name);
		fx_sb_adds(out, ", \"apiVersion\": ");
		fx_emit_json_str(out, o->api_version);
		fx_sb_adds(out, ", \"namespace\": ");
		fx_emit_json_str(out, obj_ns(o));
		fx_sb_adds(out, ", \"name\": ");
		fx_emit_json_str(out, o->name);
		if (o->url) {
			fx_sb_adds(out, ", \"url\": ");
			fx_emit_json_str(out, o->url);
		}
		const char *note = source_note(a, o);
		if (note) {
			fx_sb_adds(out, ", \"note\": ");
			fx_emit_json_str(out, note);
		}
		fx_sb_addf(out, ", \"valid\": %s}", o->invalid ? "false" : "true");
	}
	fx_sb_adds(out, first ? "]" : "\n      ]");
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */

static void text_unit(fx_arena *a, fx_strbuf *out, const fx_graph *g, const fx_unit *u, bool md)
{
	const fx_flux_obj *o = u->obj;
	const char *pre = md ? "- " : "    ";
	if (md)
		fx_sb_addf(out, "#### %s `%s` — %s", o->kind_name, u->id,
			   fx_unit_status_name(u->status));
	else
		fx_sb_addf(out, "  %s %s: %s", o->kind_name, u->id, fx_unit_status_name(u->status));
	if (u->status == FX_UNIT_RENDERED)
		fx_sb_addf(out, " (%zu object%s)", u->objects.len, u->objects.len == 1 ? "" : "s");
	fx_sb_adds(out, md ? "\n\n" : "\n");
#define LINE(label, ...)                                                                       \
	do {                                                                                   \
		fx_sb_addf(out, md ? "%s**%s**: " : "%s%-12s", pre, label);                    \
		fx_sb_addf(out, __VA_ARGS__);                                                  \
		fx_sb_addc(out, '\n');                                                         \
	} while (0)
	if (u->message && u->status != FX_UNIT_RENDERED)
		LINE("reason", "%s", u->message);
	if (o->legacy_version)
		LINE("apiVersion", "%s (no longer served by Flux)", o->api_version);
	if (u->owner)
		LINE("owner", "%s %s", u->owner->obj->kind_name, u->owner->id);
	if (u->source_key)
		LINE("source", "%s%s%s", u->source_key, u->source_desc ? ": " : "",
		     u->source_desc ? u->source_desc : "");
	if (path_text(u))
		LINE(o->kind == FX_FLUX_HELMRELEASE ? "chart" : "path", "%s%s%s", path_text(u),
		     o->chart_version ? " " : "", o->chart_version ? o->chart_version : "");
	if (u->deps.len || u->missing.len) {
		fx_strbuf sb = FX_STRBUF_INIT;
		for (size_t i = 0; i < o->n_deps; i++) {
			bool missing = false;
			for (size_t j = 0; j < u->missing.len; j++)
				missing = missing || u->missing.items[j] == &o->deps[i];
			fx_sb_addf(&sb, "%s%s", i ? ", " : "", dep_text(a, &o->deps[i], missing));
		}
		LINE("dependsOn", "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
	}
	if (u->status == FX_UNIT_RENDERED && u->objects.len)
		LINE("objects", "%s", object_counts(a, u, NULL, NULL));
	setting st[16];
	size_t ns = settings(a, u, st);
	if (ns) {
		fx_strbuf sb = FX_STRBUF_INIT;
		for (size_t i = 0; i < ns; i++)
			fx_sb_addf(&sb, "%s%s=%s", i ? " " : "", st[i].name, st[i].value);
		LINE("settings", "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
	}
	fx_ptrvec imgs = FX_PTRVEC_INIT;
	unit_images(u, &imgs);
	for (size_t i = 0; i < imgs.len; i++)
		LINE("image", "%s", (const char *)imgs.items[i]);
	fx_ptrvec_dispose(&imgs);
	fx_ptrvec alerts = FX_PTRVEC_INIT;
	unit_alerts(g, u, &alerts);
	if (alerts.len) {
		fx_strbuf sb = FX_STRBUF_INIT;
		for (size_t i = 0; i < alerts.len; i++)
			fx_sb_addf(&sb, "%s%s", i ? ", " : "", (const char *)alerts.items[i]);
		LINE("alerts", "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
	}
	fx_ptrvec_dispose(&alerts);
	if (u->vars.len) {
		fx_strbuf sb = FX_STRBUF_INIT;
		for (size_t i = 0; i < u->vars.len; i++)
			fx_sb_addf(&sb, "%s%s", i ? ", " : "", (const char *)u->vars.items[i]);
		LINE("variables", "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
	}
	if (u->unresolved.len) {
		fx_strbuf sb = FX_STRBUF_INIT;
		for (size_t i = 0; i < u->unresolved.len; i++)
			fx_sb_addf(&sb, "%s%s", i ? ", " : "", (const char *)u->unresolved.items[i]);
		LINE("unresolved", "%s", fx_sb_cstr(&sb));
		fx_sb_dispose(&sb);
	}
	for (size_t i = 0; i < u->warnings.len; i++)
		LINE("warning", "%s", (const char *)u->warnings.items[i]);
#undef LINE
	if (md)
		fx_sb_addc(out, '\n');
}

static void plan_text(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n, bool md)
{
	for (size_t i = 0; i < n; i++) {
		const fx_graph *g = c[i].graph;
		if (i)
			fx_sb_addc(out, '\n');
		if (md)
			fx_sb_addf(out, "## Cluster `%s`\n\n", c[i].path);
		else
			fx_sb_addf(out, "cluster %s\n", c[i].path);
		if (!g) {
			fx_sb_adds(out, md ? "Not rendered: the cluster directory could not be read.\n"
					   : "  not rendered: the cluster directory could not be read\n");
			continue;
		}
		size_t st[6];
		counts(g, st);
		fx_sb_addf(out,
			   "%s%zu unit%s in %d wave%s: %zu rendered, %zu failed, %zu blocked, %zu "
			   "skipped, %zu not rendered\n",
			   md ? "" : "  ", g->units.len, g->units.len == 1 ? "" : "s", g->n_waves,
			   g->n_waves == 1 ? "" : "s", st[FX_UNIT_RENDERED], st[FX_UNIT_FAILED],
			   st[FX_UNIT_BLOCKED], st[FX_UNIT_SKIPPED], st[FX_UNIT_NOT_RENDERED]);
		if (md && g->units.len) {
			fx_sb_adds(out, "\n| wave | unit | status | source | path | objects |\n"
					"|---|---|---|---|---|---|\n");
			for (size_t j = 0; j < g->order.len; j++) {
				const fx_unit *u = g->order.items[j];
				fx_sb_addf(out, "| %d | %s `%s` | %s | %s | %s | %zu |\n",
					   u->wave + 1, u->obj->kind_name, u->id,
					   fx_unit_status_name(u->status),
					   u->source_key ? u->source_key : "",
					   path_text(u) ? path_text(u) : "", u->objects.len);
			}
		}
		int wave = -1;
		for (size_t j = 0; j < g->order.len; j++) {
			const fx_unit *u = g->order.items[j];
			if (u->wave != wave) {
				wave = u->wave;
				fx_sb_addf(out, md ? (j ? "### Wave %d\n\n" : "\n### Wave %d\n\n") : "\nwave %d\n",
					   wave + 1);
			}
			text_unit(a, out, g, u, md);
		}
		text_objects(out, g, md);
	}
}

/* ------------------------------------------------------------------ */
/* JSON                                                                 */

static void jkey(fx_strbuf *out, const char *ind, const char *k, bool *first)
{
	fx_sb_addf(out, "%s\n%s\"%s\": ", *first ? "" : ",", ind, k);
	*first = false;
}

static void jstr(fx_strbuf *out, const char *ind, const char *k, const char *v, bool *first)
{
	if (!v)
		return;
	jkey(out, ind, k, first);
	fx_emit_json_str(out, v);
}

static void json_unit(fx_arena *a, fx_strbuf *out, const fx_graph *g, const fx_unit *u)
{
	const char *ind = "          ";
	const fx_flux_obj *o = u->obj;
	bool first = true;
	fx_sb_adds(out, "{");
	jstr(out, ind, "kind", o->kind_name, &first);
	jstr(out, ind, "apiVersion", o->api_version, &first);
	jstr(out, ind, "namespace", u->ns, &first);
	jstr(out, ind, "name", o->name, &first);
	jkey(out, ind, "wave", &first);
	fx_sb_addf(out, "%d", u->wave + 1);
	jstr(out, ind, "status", fx_unit_status_name(u->status), &first);
	if (u->status != FX_UNIT_RENDERED)
		jstr(out, ind, "message", u->message, &first);
	if (u->owner)
		jstr(out, ind, "owner", u->owner->key, &first);
	jstr(out, ind, "source", u->source_key, &first);
	jstr(out, ind, "sourceMapping", u->source_desc, &first);
	if (o->kind == FX_FLUX_KUSTOMIZATION) {
		jstr(out, ind, "path", o->path, &first);
		jstr(out, ind, "buildDir", u->dir, &first);
	} else {
		jstr(out, ind, "chart", o->chart, &first);
		jstr(out, ind, "chartVersion", o->chart_version, &first);
	}
	jkey(out, ind, "dependsOn", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < o->n_deps; i++) {
		const fx_flux_dep *d = &o->deps[i];
		bool missing = false;
		for (size_t j = 0; j < u->missing.len; j++)
			missing = missing || u->missing.items[j] == d;
		fx_sb_adds(out, i ? ", {\"namespace\": " : "{\"namespace\": ");
		fx_emit_json_str(out, d->namespace ? d->namespace : u->ns);
		fx_sb_adds(out, ", \"name\": ");
		fx_emit_json_str(out, d->name);
		if (d->ready_expr) {
			fx_sb_adds(out, ", \"readyExpr\": ");
			fx_emit_json_str(out, d->ready_expr);
		}
		fx_sb_addf(out, ", \"found\": %s}", missing ? "false" : "true");
	}
	fx_sb_adds(out, "]");
	kind_count *kc = NULL;
	size_t nkc = 0;
	object_counts(a, u, &kc, &nkc);
	jkey(out, ind, "objectCount", &first);
	fx_sb_addf(out, "%zu", u->status == FX_UNIT_RENDERED ? u->objects.len : 0);
	jkey(out, ind, "objectsByKind", &first);
	fx_sb_adds(out, "{");
	for (size_t i = 0; u->status == FX_UNIT_RENDERED && i < nkc; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, kc[i].kind);
		fx_sb_addf(out, ": %zu", kc[i].n);
	}
	fx_sb_adds(out, "}");
	setting st[16];
	size_t ns = settings(a, u, st);
	jkey(out, ind, "settings", &first);
	fx_sb_adds(out, "{");
	for (size_t i = 0; i < ns; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, st[i].name);
		fx_sb_adds(out, ": ");
		bool literal = !strcmp(st[i].value, "true") || !strcmp(st[i].value, "false");
		if (literal)
			fx_sb_adds(out, st[i].value);
		else
			fx_emit_json_str(out, st[i].value);
	}
	fx_sb_adds(out, "}");
	fx_ptrvec imgs = FX_PTRVEC_INIT;
	unit_images(u, &imgs);
	jkey(out, ind, "images", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < imgs.len; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, imgs.items[i]);
	}
	fx_sb_adds(out, "]");
	fx_ptrvec_dispose(&imgs);
	fx_ptrvec alerts = FX_PTRVEC_INIT;
	unit_alerts(g, u, &alerts);
	jkey(out, ind, "alerts", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < alerts.len; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, alerts.items[i]);
	}
	fx_sb_adds(out, "]");
	fx_ptrvec_dispose(&alerts);
	jkey(out, ind, "variables", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < u->vars.len; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, u->vars.items[i]);
	}
	fx_sb_adds(out, "]");
	jkey(out, ind, "unresolved", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < u->unresolved.len; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, u->unresolved.items[i]);
	}
	fx_sb_adds(out, "]");
	jkey(out, ind, "warnings", &first);
	fx_sb_adds(out, "[");
	for (size_t i = 0; i < u->warnings.len; i++) {
		fx_sb_adds(out, i ? ", " : "");
		fx_emit_json_str(out, u->warnings.items[i]);
	}
	fx_sb_adds(out, "]\n        }");
}

static void plan_json(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n)
{
	fx_sb_addf(out, "{\n  \"formatVersion\": %d,\n  \"kind\": \"Plan\",\n  \"clusters\": [",
		   FX_EMIT_FORMAT_VERSION);
	for (size_t i = 0; i < n; i++) {
		const fx_graph *g = c[i].graph;
		fx_sb_adds(out, i ? ",\n    {\n      \"path\": " : "\n    {\n      \"path\": ");
		fx_emit_json_str(out, c[i].path);
		if (!g) {
			fx_sb_adds(out, ",\n      \"error\": \"the cluster directory could not be read\"\n    }");
			continue;
		}
		fx_sb_addf(out, ",\n      \"waves\": %d,\n      \"units\": [", g->n_waves);
		for (size_t j = 0; j < g->order.len; j++) {
			fx_sb_adds(out, j ? ",\n        " : "\n        ");
			json_unit(a, out, g, g->order.items[j]);
		}
		fx_sb_adds(out, g->order.len ? "\n      ]" : "]");
		json_objects(out, g);
		fx_sb_adds(out, "\n    }");
	}
	fx_sb_adds(out, n ? "\n  ]\n}\n" : "]\n}\n");
}

void fx_emit_plan(fx_arena *a, fx_strbuf *out, const fx_emit_cluster *c, size_t n,
		  fx_emit_format fmt)
{
	if (fmt == FX_EMIT_JSON)
		plan_json(a, out, c, n);
	else
		plan_text(a, out, c, n, fmt == FX_EMIT_MARKDOWN);
}
