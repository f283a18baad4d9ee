/*
 * Arena allocator and the aborting malloc wrappers.
 *
 * A render allocates its nodes, strings and IR from one arena and drops
 * them all at once.  Blocks are chained; large requests get a block of
 * their own so that small allocations keep packing densely.
 */
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 65536
#define ARENA_ALIGN 16

typedef struct block {
	struct block *next;
	size_t used, size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
} block;

struct fx_arena {
	block *head;
	size_t total;
};

_Noreturn void fx_assert_fail(const char *what, const char *file, int line)
{
	fprintf(stderr, "fluxc: internal error: assertion '%s' failed at %s:%d\n", what, file, line);
	abort();
}

static _Noreturn void oom(void)
{
	fputs("fluxc: out of memory\n", stderr);
	abort();
}

void *fx_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *fx_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *fx_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *fx_xstrdup(const char *s)
{
	return fx_xstrndup(s, strlen(s));
}

char *fx_xstrndup(const char *s, size_t n)
{
	char *p = fx_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

fx_arena *fx_arena_new(void)
{
	return fx_xcalloc(1, sizeof(fx_arena));
}

void fx_arena_free(fx_arena *a)
{
	if (!a)
		return;
	block *b = a->head;
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void *fx_arena_alloc(fx_arena *a, size_t n)
{
	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (n == 0)
		n = ARENA_ALIGN;
	block *b = a->head;
	if (!b || b->size - b->used < n) {
		if (n > ARENA_BLOCK / 4) {
			/* a big block of its own, linked behind the head so
			 * the head keeps serving small requests */
			block *big = fx_xmalloc(sizeof(block) + n);
			big->used = n;
			big->size = n;
			if (b) {
				big->next = b->next;
				b->next = big;
			} else {
				big->next = NULL;
				a->head = big;
			}
			a->total += n;
			memset(big->data, 0, n);
			return big->data;
		}
		b = fx_xmalloc(sizeof(block) + ARENA_BLOCK);
		b->used = 0;
		b->size = ARENA_BLOCK;
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	a->total += n;
	memset(p, 0, n);
	return p;
}

void *fx_arena_grow(fx_arena *a, void *old, size_t old_n, size_t new_n)
{
	void *p = fx_arena_alloc(a, new_n);
	if (old && old_n)
		memcpy(p, old, old_n < new_n ? old_n : new_n);
	return p;
}

char *fx_arena_strndup(fx_arena *a, const char *s, size_t n)
{
	char *p = fx_arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *fx_arena_strdup(fx_arena *a, const char *s)
{
	return fx_arena_strndup(a, s, strlen(s));
}

char *fx_arena_vprintf(fx_arena *a, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	FX_ASSERT(n >= 0);
	char *p = fx_arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *fx_arena_printf(fx_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = fx_arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

size_t fx_arena_used(const fx_arena *a)
{
	return a->total;
}
