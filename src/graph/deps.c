/*
 * graph: dependsOn resolution and ordering (flux.md 5).
 *
 * Kustomizations depend on Kustomizations, HelmReleases on HelmReleases;
 * a reference's namespace defaults to the referrer's.  A missing target
 * is a warning (ignored for ordering) unless strict.  Cycles over the
 * explicit edges are strongly connected components (Tarjan); every member
 * fails with one message naming the cycle, located at its own dependsOn
 * entry.  Waves: the longest path over explicit edges plus the implicit
 * parent -> child edges (a parent must render before its children are
 * known); an explicit edge that closes a cycle with implicit ones is
 * dropped with a warning.  Dependents of failed or blocked units are
 * blocked.  Render order: wave, then namespace, name, kind.
 */
#include "graph/graph.h"
#include "graph/internal.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Tarjan's strongly connected components over explicit edges           */

typedef struct {
	size_t n;
	int *index, *low, *comp;
	bool *on;
	size_t *stack, sp;
	int next, ncomp;
	fx_graph *g;
} tarjan;

static size_t uidx(const fx_unit *u)
{
	return u->seq;
}

static void strong(tarjan *t, size_t v)
{
	/* recursion depth is bounded by the number of units (small) */
	t->index[v] = t->low[v] = t->next++;
	t->stack[t->sp++] = v;
	t->on[v] = true;
	fx_unit *u = t->g->units.items[v];
	for (size_t i = 0; i < u->deps.len; i++) {
		size_t w = uidx(u->deps.items[i]);
		if (t->index[w] < 0) {
			strong(t, w);
			if (t->low[w] < t->low[v])
				t->low[v] = t->low[w];
		} else if (t->on[w] && t->index[w] < t->low[v]) {
			t->low[v] = t->index[w];
		}
	}
	if (t->low[v] == t->index[v]) {
		size_t w;
		do {
			w = t->stack[--t->sp];
			t->on[w] = false;
			t->comp[w] = t->ncomp;
		} while (w != v);
		t->ncomp++;
	}
}

static int cmp_id(const fx_unit *a, const fx_unit *b)
{
	int c = strcmp(a->ns, b->ns);
	if (c)
		return c;
	c = strcmp(a->obj->name, b->obj->name);
	if (c)
		return c;
	return strcmp(a->obj->kind_name, b->obj->kind_name);
}

/* Reports the cycle of component `c`: a path from its smallest member
 * that follows, at each step, the smallest next member not yet visited
 * and returns to the start. */
static void report_cycle(fx_ctx *ctx, fx_graph *g, tarjan *t, int c)
{
	fx_ptrvec members = FX_PTRVEC_INIT;
	for (size_t i = 0; i < t->n; i++)
		if (t->comp[i] == c)
			fx_ptrvec_push(&members, g->units.items[i]);
	fx_unit *start = members.items[0];
	for (size_t i = 1; i < members.len; i++)
		if (cmp_id(members.items[i], start) < 0)
			start = members.items[i];
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_addf(&sb, "dependency cycle detected: %s", start->id);
	bool *visited = fx_xcalloc(t->n, sizeof *visited);
	fx_unit *cur = start;
	visited[uidx(start)] = true;
	for (;;) {
		fx_unit *next = NULL;
		bool back = false;
		for (size_t i = 0; i < cur->deps.len; i++) {
			fx_unit *d = cur->deps.items[i];
			if (t->comp[uidx(d)] != c)
				continue;
			if (d == start)
				back = true;
			else if (!visited[uidx(d)] && (!next || cmp_id(d, next) < 0))
				next = d;
		}
		if (!next || (back && members.len == 1)) {
			fx_sb_addf(&sb, " -> %s", start->id);
			break;
		}
		fx_sb_addf(&sb, " -> %s", next->id);
		visited[uidx(next)] = true;
		cur = next;
	}
	/* members a simple path did not reach are still named */
	bool extra = false;
	for (size_t i = 0; i < members.len; i++) {
		fx_unit *m = members.items[i];
		if (!visited[uidx(m)]) {
			fx_sb_addf(&sb, "%s%s", extra ? ", " : " (also in the cycle: ", m->id);
			extra = true;
		}
	}
	if (extra)
		fx_sb_addc(&sb, ')');
	free(visited);
	const char *msg = fx_arena_strdup(g->arena, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	for (size_t i = 0; i < members.len; i++) {
		fx_unit *m = members.items[i];
		fx_loc at = m->obj->loc;
		for (size_t j = 0; j < m->deps.len; j++) {
			fx_unit *d = m->deps.items[j];
			if (t->comp[uidx(d)] == c) {
				at = ((fx_flux_dep *)m->dep_refs.items[j])->loc;
				break;
			}
		}
		fx_error(ctx, at, "FX2101", "%s %s: %s", m->obj->kind_name, m->id, msg);
		m->in_cycle = true;
		m->status = FX_UNIT_FAILED;
		m->message = msg;
	}
	fx_ptrvec_dispose(&members);
}

/* ------------------------------------------------------------------ */
/* Waves                                                                */

static bool edge_in_cycle(const fx_unit *u, const fx_unit *d)
{
	return u->in_cycle && d->in_cycle;
}

static int cmp_order(const void *pa, const void *pb)
{
	const fx_unit *a = *(fx_unit *const *)pa, *b = *(fx_unit *const *)pb;
	if (a->wave != b->wave)
		return a->wave < b->wave ? -1 : 1;
	int c = cmp_id(a, b);
	if (c)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Kahn's algorithm; returns the number of units left unplaced. */
static size_t place(fx_graph *g, char **dropped)
{
	size_t n = g->units.len;
	int *wave = fx_xcalloc(n, sizeof *wave);
	bool *done = fx_xcalloc(n, sizeof *done);
	size_t placed = 0;
	bool progress = true;
	while (progress) {
		progress = false;
		for (size_t i = 0; i < n; i++) {
			if (done[i])
				continue;
			fx_unit *u = g->units.items[i];
			bool ready = true;
			int w = 0;
			if (u->owner) {
				ready = done[uidx(u->owner)];
				if (ready && wave[uidx(u->owner)] + 1 > w)
					w = wave[uidx(u->owner)] + 1;
			}
			for (size_t j = 0; ready && j < u->deps.len; j++) {
				fx_unit *d = u->deps.items[j];
				if (dropped[i][j] || edge_in_cycle(u, d))
					continue;
				if (!done[uidx(d)])
					ready = false;
				else if (wave[uidx(d)] + 1 > w)
					w = wave[uidx(d)] + 1;
			}
			if (!ready)
				continue;
			done[i] = true;
			wave[i] = w;
			placed++;
			progress = true;
		}
	}
	for (size_t i = 0; i < n; i++) {
		fx_unit *u = g->units.items[i];
		u->wave = wave[i];
		if (done[i] && wave[i] + 1 > g->n_waves)
			g->n_waves = wave[i] + 1;
	}
	/* left over: explicit edges that close a loop with implicit ones */
	size_t left = n - placed;
	for (size_t i = 0; left && i < n; i++) {
		if (done[i])
			continue;
		fx_unit *u = g->units.items[i];
		for (size_t j = 0; j < u->deps.len; j++)
			if (!dropped[i][j])
				dropped[i][j] = 1; /* dropped, not reported yet */
	}
	free(wave);
	free(done);
	return left;
}

void fx_graph__resolve(fx_ctx *ctx, fx_graph *g, const fx_graph_opts *opts)
{
	size_t n = g->units.len;
	/* 1. references */
	for (size_t i = 0; i < n; i++) {
		fx_unit *u = g->units.items[i];
		for (size_t j = 0; j < u->obj->n_deps; j++) {
			fx_flux_dep *d = &u->obj->deps[j];
			const char *ns = d->namespace ? d->namespace : u->ns;
			fx_unit *t = fx_graph_find(g, u->obj->kind_name, ns, d->name);
			if (t) {
				fx_ptrvec_push(&u->deps, t);
				fx_ptrvec_push(&u->dep_refs, d);
				continue;
			}
			fx_ptrvec_push(&u->missing, d);
			const char *msg = fx_arena_printf(g->arena, "dependsOn '%s/%s' not found", ns,
							  d->name);
			if (opts->strict_deps) {
				fx_error(ctx, d->loc, "FX2102", "%s %s: %s", u->obj->kind_name, u->id,
					 msg);
				if (u->status != FX_UNIT_SKIPPED) {
					u->status = FX_UNIT_FAILED;
					u->message = msg;
				}
			} else {
				fx_warn(ctx, d->loc, "FX2102", "%s %s: %s", u->obj->kind_name, u->id,
					msg);
				fx_graph__unit_warn(g, u, msg);
			}
		}
	}
	/* 2. cycles over explicit edges */
	if (n) {
		tarjan t = {0};
		t.n = n;
		t.g = g;
		t.index = fx_xmalloc(n * sizeof *t.index);
		t.low = fx_xmalloc(n * sizeof *t.low);
		t.comp = fx_xmalloc(n * sizeof *t.comp);
		t.on = fx_xcalloc(n, sizeof *t.on);
		t.stack = fx_xmalloc(n * sizeof *t.stack);
		for (size_t i = 0; i < n; i++)
			t.index[i] = -1;
		for (size_t i = 0; i < n; i++)
			if (t.index[i] < 0)
				strong(&t, i);
		int *size = fx_xcalloc((size_t)t.ncomp, sizeof *size);
		for (size_t i = 0; i < n; i++)
			size[t.comp[i]]++;
		bool *reported = fx_xcalloc((size_t)t.ncomp, sizeof *reported);
		/* report in render-independent order: by smallest member id */
		fx_ptrvec sorted = FX_PTRVEC_INIT;
		for (size_t i = 0; i < n; i++)
			fx_ptrvec_push(&sorted, g->units.items[i]);
		for (size_t i = 0; i < sorted.len; i++) {
			fx_unit *u = sorted.items[i];
			int c = t.comp[uidx(u)];
			bool self = false;
			for (size_t j = 0; j < u->deps.len; j++)
				self = self || u->deps.items[j] == u;
			if ((size[c] > 1 || self) && !reported[c]) {
				reported[c] = true;
				report_cycle(ctx, g, &t, c);
			}
		}
		fx_ptrvec_dispose(&sorted);
		free(reported);
		free(size);
		free(t.index);
		free(t.low);
		free(t.comp);
		free(t.on);
		free(t.stack);
	}
	/* 3. waves */
	/* dropped[i][j]: explicit edge j of unit i ignored for ordering
	 * (1: newly, 2: reported) */
	char **dropped = fx_xcalloc(n + 1, sizeof *dropped);
	for (size_t i = 0; i < n; i++)
		dropped[i] = fx_xcalloc(((fx_unit *)g->units.items[i])->deps.len + 1, sizeof **dropped);
	for (int round = 0; round < 3 && place(g, dropped) > 0; round++) {
		for (size_t i = 0; i < n; i++) {
			fx_unit *u = g->units.items[i];
			for (size_t j = 0; j < u->deps.len; j++) {
				fx_unit *d = u->deps.items[j];
				if (dropped[i][j] != 1)
					continue;
				dropped[i][j] = 2;
				fx_flux_dep *ref = u->dep_refs.items[j];
				fx_warn(ctx, ref->loc, "FX2103",
					"%s %s: dependsOn '%s' contradicts discovery order (it is "
					"rendered from this unit's output); edge ignored",
					u->obj->kind_name, u->id, d->id);
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		free(dropped[i]);
	free(dropped);
	/* 4. order and blocked dependents (waves are a topological order) */
	fx_ptrvec_dispose(&g->order);
	for (size_t i = 0; i < n; i++)
		fx_ptrvec_push(&g->order, g->units.items[i]);
	if (n)
		qsort(g->order.items, n, sizeof(void *), cmp_order);
	for (size_t i = 0; i < n; i++) {
		fx_unit *u = g->order.items[i];
		if (u->status == FX_UNIT_FAILED || u->status == FX_UNIT_SKIPPED)
			continue;
		fx_unit *why = NULL;
		if (u->owner &&
		    (u->owner->status == FX_UNIT_FAILED || u->owner->status == FX_UNIT_BLOCKED))
			why = u->owner;
		for (size_t j = 0; !why && j < u->deps.len; j++) {
			fx_unit *d = u->deps.items[j];
			if (d->status == FX_UNIT_FAILED || d->status == FX_UNIT_BLOCKED)
				why = d;
		}
		if (!why)
			continue;
		u->status = FX_UNIT_BLOCKED;
		u->message = fx_arena_printf(g->arena, "blocked: dependency %s %s",
					     why->id,
					     why->status == FX_UNIT_FAILED ? "failed" : "is blocked");
		fx_warn(ctx, u->obj->loc, "FX2104", "%s %s: %s", u->obj->kind_name, u->id,
			u->message);
	}
}
