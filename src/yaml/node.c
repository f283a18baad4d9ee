/*
 * Node construction, sequences, mappings and comparisons.
 *
 * Mappings are ordered arrays of pairs.  Lookups are linear while a
 * mapping is small; past MAP_INDEX_AT entries a hash index (key -> pos+1)
 * is built once the mapping grows past it and kept up to date on append.  Anything
 * that moves pairs (removal, insertion) drops the index, which is rebuilt
 * on the next append.  The index lives in the arena like the node.
 */
#include "yaml/yaml.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static fx_node *new_node(fx_arena *a, fx_kind k, fx_loc loc)
{
	fx_node *n = fx_arena_alloc(a, sizeof(fx_node));
	n->kind = (uint8_t)k;
	n->loc = loc;
	return n;
}

fx_node *fx_node_null(fx_arena *a, fx_loc loc)
{
	return new_node(a, FX_NULL, loc);
}

fx_node *fx_node_bool(fx_arena *a, bool b, fx_loc loc)
{
	fx_node *n = new_node(a, FX_BOOL, loc);
	n->u.b = b;
	return n;
}

fx_node *fx_node_int(fx_arena *a, int64_t i, fx_loc loc)
{
	fx_node *n = new_node(a, FX_INT, loc);
	n->u.i = i;
	return n;
}

fx_node *fx_node_float(fx_arena *a, double f, fx_loc loc)
{
	fx_node *n = new_node(a, FX_FLOAT, loc);
	n->u.f = f;
	return n;
}

fx_node *fx_node_str_borrow(fx_arena *a, const char *s, size_t len, fx_loc loc)
{
	fx_node *n = new_node(a, FX_STR, loc);
	n->u.s.ptr = s;
	n->u.s.len = len;
	return n;
}

fx_node *fx_node_strn(fx_arena *a, const char *s, size_t len, fx_loc loc)
{
	return fx_node_str_borrow(a, fx_arena_strndup(a, s, len), len, loc);
}

fx_node *fx_node_str(fx_arena *a, const char *s, fx_loc loc)
{
	return fx_node_strn(a, s, strlen(s), loc);
}

fx_node *fx_node_seq(fx_arena *a, fx_loc loc)
{
	return new_node(a, FX_SEQ, loc);
}

fx_node *fx_node_map(fx_arena *a, fx_loc loc)
{
	return new_node(a, FX_MAP, loc);
}

fx_node *fx_node_clone_shallow(fx_arena *a, const fx_node *src)
{
	fx_node *n = fx_arena_alloc(a, sizeof(fx_node));
	*n = *src;
	if (n->kind == FX_SEQ) {
		n->u.seq.items = fx_arena_grow(a, src->u.seq.items, src->u.seq.len * sizeof(fx_node *),
					       (src->u.seq.len ? src->u.seq.len : 1) * sizeof(fx_node *));
		n->u.seq.cap = src->u.seq.len;
	} else if (n->kind == FX_MAP) {
		n->u.map.items = fx_arena_grow(a, src->u.map.items, src->u.map.len * sizeof(fx_pair),
					       (src->u.map.len ? src->u.map.len : 1) * sizeof(fx_pair));
		n->u.map.cap = src->u.map.len;
		n->u.map.index = NULL;
	}
	return n;
}

fx_node *fx_node_copy(fx_arena *a, const fx_node *src)
{
	if (!src)
		return NULL;
	fx_node *n = fx_node_clone_shallow(a, src);
	if (n->kind == FX_SEQ) {
		for (size_t i = 0; i < n->u.seq.len; i++)
			n->u.seq.items[i] = fx_node_copy(a, src->u.seq.items[i]);
	} else if (n->kind == FX_MAP) {
		for (size_t i = 0; i < n->u.map.len; i++) {
			n->u.map.items[i].key = fx_node_copy(a, src->u.map.items[i].key);
			n->u.map.items[i].val = fx_node_copy(a, src->u.map.items[i].val);
		}
	}
	return n;
}

/* ------------------------------------------------------------------ */

void fx_seq_insert(fx_arena *a, fx_node *seq, size_t at, fx_node *item)
{
	FX_ASSERT(seq->kind == FX_SEQ && at <= seq->u.seq.len);
	if (seq->u.seq.len == seq->u.seq.cap) {
		size_t cap = seq->u.seq.cap ? seq->u.seq.cap * 2 : 4;
		seq->u.seq.items = fx_arena_grow(a, seq->u.seq.items, seq->u.seq.len * sizeof(fx_node *),
						 cap * sizeof(fx_node *));
		seq->u.seq.cap = cap;
	}
	memmove(seq->u.seq.items + at + 1, seq->u.seq.items + at,
		(seq->u.seq.len - at) * sizeof(fx_node *));
	seq->u.seq.items[at] = item;
	seq->u.seq.len++;
}

void fx_seq_push(fx_arena *a, fx_node *seq, fx_node *item)
{
	fx_seq_insert(a, seq, seq->u.seq.len, item);
}

void fx_seq_remove(fx_node *seq, size_t at)
{
	FX_ASSERT(seq->kind == FX_SEQ && at < seq->u.seq.len);
	memmove(seq->u.seq.items + at, seq->u.seq.items + at + 1,
		(seq->u.seq.len - at - 1) * sizeof(fx_node *));
	seq->u.seq.len--;
}

/* ------------------------------------------------------------------ */

#define MAP_INDEX_AT 24

struct fx_map_index {
	uint32_t *slots; /* pair position + 1, 0 = empty */
	size_t n_slots;
};

static bool key_text(const fx_node *k, const char **s, size_t *n)
{
	if (k->kind == FX_STR) {
		*s = k->u.s.ptr;
		*n = k->u.s.len;
		return true;
	}
	if (k->text) {
		*s = k->text;
		*n = k->text_len;
		return true;
	}
	return false;
}

static bool key_is(const fx_node *k, const char *key, size_t klen)
{
	const char *s;
	size_t n;
	return key_text(k, &s, &n) && n == klen && memcmp(s, key, klen) == 0;
}

static void index_add(struct fx_map_index *ix, const fx_node *map, size_t i)
{
	const char *s;
	size_t n;
	if (!key_text(map->u.map.items[i].key, &s, &n))
		return;
	size_t mask = ix->n_slots - 1;
	for (size_t h = (size_t)fx_hash_bytes(s, n) & mask;; h = (h + 1) & mask) {
		if (!ix->slots[h]) {
			ix->slots[h] = (uint32_t)(i + 1);
			return;
		}
		if (key_is(map->u.map.items[ix->slots[h] - 1].key, s, n))
			return; /* first occurrence wins, as in a linear scan */
	}
}

/* (Re)builds the index in the arena so that it needs no freeing; called
 * from append, which is the only place a mapping grows. */
static void index_build(fx_arena *a, fx_node *map)
{
	struct fx_map_index *ix = fx_arena_alloc(a, sizeof(*ix));
	ix->n_slots = 64;
	while (ix->n_slots < map->u.map.cap * 2)
		ix->n_slots *= 2;
	ix->slots = fx_arena_alloc(a, ix->n_slots * sizeof(uint32_t));
	for (size_t i = 0; i < map->u.map.len; i++)
		index_add(ix, map, i);
	map->u.map.index = ix;
}

long fx_map_find(const fx_node *n, const char *key, size_t klen)
{
	if (!n || n->kind != FX_MAP)
		return -1;
	const struct fx_map_index *ix = n->u.map.index;
	if (ix) {
		size_t mask = ix->n_slots - 1;
		for (size_t h = (size_t)fx_hash_bytes(key, klen) & mask; ix->slots[h]; h = (h + 1) & mask)
			if (key_is(n->u.map.items[ix->slots[h] - 1].key, key, klen))
				return (long)ix->slots[h] - 1;
		return -1;
	}
	for (size_t i = 0; i < n->u.map.len; i++)
		if (key_is(n->u.map.items[i].key, key, klen))
			return (long)i;
	return -1;
}

fx_node *fx_map_getn(const fx_node *n, const char *key, size_t klen)
{
	long i = fx_map_find(n, key, klen);
	return i < 0 ? NULL : n->u.map.items[i].val;
}

fx_node *fx_map_get(const fx_node *n, const char *key)
{
	return fx_map_getn(n, key, strlen(key));
}

const char *fx_map_get_str(const fx_node *n, const char *key)
{
	return fx_node_strval(fx_map_get(n, key));
}

void fx_map_append(fx_arena *a, fx_node *map, fx_node *key, fx_node *val)
{
	FX_ASSERT(map->kind == FX_MAP);
	if (map->u.map.len == map->u.map.cap) {
		size_t cap = map->u.map.cap ? map->u.map.cap * 2 : 4;
		map->u.map.items = fx_arena_grow(a, map->u.map.items, map->u.map.len * sizeof(fx_pair),
						 cap * sizeof(fx_pair));
		map->u.map.cap = cap;
	}
	map->u.map.items[map->u.map.len].key = key;
	map->u.map.items[map->u.map.len].val = val;
	map->u.map.len++;
	if (map->u.map.index && map->u.map.index->n_slots >= map->u.map.len * 2)
		index_add(map->u.map.index, map, map->u.map.len - 1);
	else if (map->u.map.len >= MAP_INDEX_AT)
		index_build(a, map);
}

void fx_map_set_node(fx_arena *a, fx_node *map, fx_node *key, fx_node *val)
{
	const char *s;
	size_t n;
	if (key_text(key, &s, &n)) {
		long i = fx_map_find(map, s, n);
		if (i >= 0) {
			map->u.map.items[i].val = val;
			return;
		}
	}
	fx_map_append(a, map, key, val);
}

void fx_map_set(fx_arena *a, fx_node *map, const char *key, fx_node *val)
{
	long i = fx_map_find(map, key, strlen(key));
	if (i >= 0) {
		map->u.map.items[i].val = val;
		return;
	}
	fx_map_append(a, map, fx_node_str(a, key, val ? val->loc : FX_LOC_NONE), val);
}

void fx_map_remove_at(fx_node *map, size_t i)
{
	FX_ASSERT(map->kind == FX_MAP && i < map->u.map.len);
	memmove(map->u.map.items + i, map->u.map.items + i + 1,
		(map->u.map.len - i - 1) * sizeof(fx_pair));
	map->u.map.len--;
	map->u.map.index = NULL; /* positions moved; rebuilt on the next append */
}

bool fx_map_del(fx_node *map, const char *key)
{
	long i = fx_map_find(map, key, strlen(key));
	if (i < 0)
		return false;
	fx_map_remove_at(map, (size_t)i);
	return true;
}

fx_node *fx_map_path(const fx_node *n, ...)
{
	va_list ap;
	va_start(ap, n);
	const char *k;
	while (n && (k = va_arg(ap, const char *)) != NULL)
		n = fx_map_get(n, k);
	va_end(ap);
	return (fx_node *)n;
}

fx_node *fx_map_ensure_map(fx_arena *a, fx_node *map, const char *key, fx_loc loc)
{
	fx_node *v = fx_map_get(map, key);
	if (v && v->kind == FX_MAP)
		return v;
	v = fx_node_map(a, loc);
	fx_map_set(a, map, key, v);
	return v;
}

static int key_cmp(const void *pa, const void *pb, void *arg)
{
	const fx_node *sort_map = arg;
	const fx_node *ka = sort_map->u.map.items[*(const size_t *)pa].key;
	const fx_node *kb = sort_map->u.map.items[*(const size_t *)pb].key;
	const char *sa = "", *sb = "";
	size_t na = 0, nb = 0;
	key_text(ka, &sa, &na);
	key_text(kb, &sb, &nb);
	int c = memcmp(sa, sb, na < nb ? na : nb);
	if (c)
		return c;
	if (na != nb)
		return na < nb ? -1 : 1;
	return *(const size_t *)pa < *(const size_t *)pb ? -1 : 1;
}

size_t *fx_map_sorted_order(const fx_node *map)
{
	size_t n = fx_map_len(map);
	size_t *idx = fx_xmalloc((n ? n : 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	qsort_r(idx, n, sizeof(size_t), key_cmp, (void *)map);
	return idx;
}

/* ------------------------------------------------------------------ */

const char *fx_kind_name(fx_kind k)
{
	static const char *const names[] = {"null", "bool", "int", "float", "string", "sequence", "mapping"};
	return k <= FX_MAP ? names[k] : "?";
}

const char *fx_scalar_text(fx_arena *a, const fx_node *n)
{
	if (!n)
		return "";
	switch ((fx_kind)n->kind) {
	case FX_STR:
		return n->u.s.ptr;
	case FX_NULL:
		return n->text ? fx_arena_strndup(a, n->text, n->text_len) : "null";
	case FX_BOOL:
		if (n->text)
			return fx_arena_strndup(a, n->text, n->text_len);
		return n->u.b ? "true" : "false";
	case FX_INT:
		if (n->text)
			return fx_arena_strndup(a, n->text, n->text_len);
		if (n->flags & FX_NODE_UINT)
			return fx_arena_printf(a, "%llu", (unsigned long long)(uint64_t)n->u.i);
		return fx_arena_printf(a, "%lld", (long long)n->u.i);
	case FX_FLOAT:
		if (n->text)
			return fx_arena_strndup(a, n->text, n->text_len);
		if (isnan(n->u.f))
			return ".nan";
		if (isinf(n->u.f))
			return n->u.f > 0 ? "+.inf" : "-.inf";
		return fx_arena_printf(a, "%.17g", n->u.f);
	default:
		return "";
	}
}

bool fx_node_equal(const fx_node *a, const fx_node *b)
{
	if (a == b)
		return true;
	if (!a || !b || a->kind != b->kind)
		return false;
	switch ((fx_kind)a->kind) {
	case FX_NULL:
		return true;
	case FX_BOOL:
		return a->u.b == b->u.b;
	case FX_INT:
		return a->u.i == b->u.i && (a->flags & FX_NODE_UINT) == (b->flags & FX_NODE_UINT);
	case FX_FLOAT:
		if ((a->flags | b->flags) & FX_NODE_BIGNUM)
			return a->text_len == b->text_len && a->text && b->text &&
			       memcmp(a->text, b->text, a->text_len) == 0;
		return a->u.f == b->u.f;
	case FX_STR:
		return a->u.s.len == b->u.s.len && memcmp(a->u.s.ptr, b->u.s.ptr, a->u.s.len) == 0;
	case FX_SEQ:
		if (a->u.seq.len != b->u.seq.len)
			return false;
		for (size_t i = 0; i < a->u.seq.len; i++)
			if (!fx_node_equal(a->u.seq.items[i], b->u.seq.items[i]))
				return false;
		return true;
	case FX_MAP:
		if (a->u.map.len != b->u.map.len)
			return false;
		for (size_t i = 0; i < a->u.map.len; i++) {
			const char *s;
			size_t n;
			if (!key_text(a->u.map.items[i].key, &s, &n))
				return false;
			fx_node *bv = fx_map_getn(b, s, n);
			if (!bv || !fx_node_equal(a->u.map.items[i].val, bv))
				return false;
		}
		return true;
	}
	return false;
}
