/*
 * String-keyed hash map with insertion-order iteration.
 *
 * Entries live in an array in insertion order; an open-addressing table
 * of indices finds them.  Deleting leaves a tombstone in the array so
 * iteration order stays stable; the array is compacted on rehash.
 */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	char *key;
	size_t klen;
	void *val;
	uint64_t hash;
	bool live;
} entry;

struct fx_strmap {
	entry *ents;
	size_t n_ents, cap_ents, n_live;
	uint32_t *slots; /* index+1 into ents, 0 = empty */
	size_t n_slots;
};

uint64_t fx_hash_bytes(const void *p, size_t n)
{
	/* FNV-1a: fast enough for keys, and the same on every machine. */
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

fx_strmap *fx_strmap_new(void)
{
	return fx_xcalloc(1, sizeof(fx_strmap));
}

void fx_strmap_free(fx_strmap *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_ents; i++)
		free(m->ents[i].key);
	free(m->ents);
	free(m->slots);
	free(m);
}

static size_t find_slot(const fx_strmap *m, const char *key, size_t klen, uint64_t h)
{
	size_t mask = m->n_slots - 1;
	size_t i = (size_t)h & mask;
	for (;;) {
		uint32_t s = m->slots[i];
		if (s == 0)
			return i;
		const entry *e = &m->ents[s - 1];
		if (e->hash == h && e->klen == klen && memcmp(e->key, key, klen) == 0)
			return i;
		i = (i + 1) & mask;
	}
}

static void rehash(fx_strmap *m)
{
	/* compact tombstones away, then rebuild the slot table */
	size_t j = 0;
	for (size_t i = 0; i < m->n_ents; i++) {
		if (m->ents[i].live)
			m->ents[j++] = m->ents[i];
		else
			free(m->ents[i].key);
	}
	m->n_ents = j;
	size_t want = 16;
	while (want < (m->n_live + 1) * 2)
		want *= 2;
	free(m->slots);
	m->slots = fx_xcalloc(want, sizeof(uint32_t));
	m->n_slots = want;
	for (size_t i = 0; i < m->n_ents; i++) {
		size_t s = find_slot(m, m->ents[i].key, m->ents[i].klen, m->ents[i].hash);
		m->slots[s] = (uint32_t)(i + 1);
	}
}

void *fx_strmap_putn(fx_strmap *m, const char *key, size_t klen, void *val)
{
	uint64_t h = fx_hash_bytes(key, klen);
	if (m->n_slots) {
		size_t s = find_slot(m, key, klen, h);
		if (m->slots[s]) {
			entry *e = &m->ents[m->slots[s] - 1];
			void *old = e->val;
			e->val = val;
			return old;
		}
	}
	if ((m->n_ents + 1) * 2 > m->n_slots)
		rehash(m);
	if (m->n_ents == m->cap_ents) {
		m->cap_ents = m->cap_ents ? m->cap_ents * 2 : 8;
		m->ents = fx_xrealloc(m->ents, m->cap_ents * sizeof(entry));
	}
	entry *e = &m->ents[m->n_ents];
	e->key = fx_xstrndup(key, klen);
	e->klen = klen;
	e->val = val;
	e->hash = h;
	e->live = true;
	m->n_ents++;
	m->n_live++;
	m->slots[find_slot(m, key, klen, h)] = (uint32_t)m->n_ents;
	return NULL;
}

void *fx_strmap_put(fx_strmap *m, const char *key, void *val)
{
	return fx_strmap_putn(m, key, strlen(key), val);
}

void *fx_strmap_getn(const fx_strmap *m, const char *key, size_t klen)
{
	if (!m->n_slots)
		return NULL;
	size_t s = find_slot(m, key, klen, fx_hash_bytes(key, klen));
	return m->slots[s] ? m->ents[m->slots[s] - 1].val : NULL;
}

void *fx_strmap_get(const fx_strmap *m, const char *key)
{
	return fx_strmap_getn(m, key, strlen(key));
}

bool fx_strmap_has(const fx_strmap *m, const char *key)
{
	if (!m->n_slots)
		return false;
	size_t klen = strlen(key);
	return m->slots[find_slot(m, key, klen, fx_hash_bytes(key, klen))] != 0;
}

void *fx_strmap_del(fx_strmap *m, const char *key)
{
	if (!m->n_slots)
		return NULL;
	size_t klen = strlen(key);
	size_t s = find_slot(m, key, klen, fx_hash_bytes(key, klen));
	if (!m->slots[s])
		return NULL;
	entry *e = &m->ents[m->slots[s] - 1];
	void *old = e->val;
	e->live = false;
	m->n_live--;
	/* tombstoned entries must leave the probe chains: rebuild */
	rehash(m);
	return old;
}

size_t fx_strmap_len(const fx_strmap *m)
{
	return m->n_live;
}

bool fx_strmap_next(const fx_strmap *m, size_t *it, const char **key_out, void **val_out)
{
	while (*it < m->n_ents) {
		const entry *e = &m->ents[(*it)++];
		if (!e->live)
			continue;
		if (key_out)
			*key_out = e->key;
		if (val_out)
			*val_out = e->val;
		return true;
	}
	return false;
}
