/*
 * Growable strings and pointer vectors (malloc'd storage).
 */
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fx_sb_grow(fx_strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return;
	size_t cap = sb->cap ? sb->cap : 64;
	while (cap < need)
		cap *= 2;
	sb->ptr = fx_xrealloc(sb->ptr, cap);
	sb->cap = cap;
	sb->ptr[sb->len] = '\0';
}

void fx_sb_add(fx_strbuf *sb, const char *s, size_t n)
{
	fx_sb_grow(sb, n);
	if (n)
		memcpy(sb->ptr + sb->len, s, n);
	sb->len += n;
	sb->ptr[sb->len] = '\0';
}

void fx_sb_adds(fx_strbuf *sb, const char *s)
{
	fx_sb_add(sb, s, strlen(s));
}

void fx_sb_addc(fx_strbuf *sb, char c)
{
	fx_sb_grow(sb, 1);
	sb->ptr[sb->len++] = c;
	sb->ptr[sb->len] = '\0';
}

void fx_sb_addrep(fx_strbuf *sb, char c, size_t n)
{
	fx_sb_grow(sb, n);
	memset(sb->ptr + sb->len, c, n);
	sb->len += n;
	sb->ptr[sb->len] = '\0';
}

void fx_sb_vaddf(fx_strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	FX_ASSERT(n >= 0);
	fx_sb_grow(sb, (size_t)n);
	vsnprintf(sb->ptr + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void fx_sb_addf(fx_strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

void fx_sb_clear(fx_strbuf *sb)
{
	sb->len = 0;
	if (sb->ptr)
		sb->ptr[0] = '\0';
}

void fx_sb_truncate(fx_strbuf *sb, size_t len)
{
	if (len < sb->len) {
		sb->len = len;
		sb->ptr[len] = '\0';
	}
}

char *fx_sb_detach(fx_strbuf *sb)
{
	char *p = sb->ptr ? sb->ptr : fx_xstrdup("");
	sb->ptr = NULL;
	sb->len = sb->cap = 0;
	return p;
}

const char *fx_sb_cstr(const fx_strbuf *sb)
{
	return sb->ptr ? sb->ptr : "";
}

void fx_sb_dispose(fx_strbuf *sb)
{
	free(sb->ptr);
	sb->ptr = NULL;
	sb->len = sb->cap = 0;
}

void fx_ptrvec_push(fx_ptrvec *v, void *p)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->items = fx_xrealloc(v->items, v->cap * sizeof(void *));
	}
	v->items[v->len++] = p;
}

void *fx_ptrvec_pop(fx_ptrvec *v)
{
	return v->len ? v->items[--v->len] : NULL;
}

void fx_ptrvec_insert(fx_ptrvec *v, size_t at, void *p)
{
	FX_ASSERT(at <= v->len);
	fx_ptrvec_push(v, NULL);
	memmove(v->items + at + 1, v->items + at, (v->len - 1 - at) * sizeof(void *));
	v->items[at] = p;
}

void fx_ptrvec_remove(fx_ptrvec *v, size_t at)
{
	FX_ASSERT(at < v->len);
	memmove(v->items + at, v->items + at + 1, (v->len - at - 1) * sizeof(void *));
	v->len--;
}

void fx_ptrvec_dispose(fx_ptrvec *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}
