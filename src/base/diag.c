/*
 * The run context: source map, diagnostics and limits.
 *
 * Diagnostics are collected, never printed: the CLI sorts and formats
 * them.  A note always attaches to the diagnostic recorded last.
 */
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fx_limits_default(fx_limits *out)
{
	out->max_alias_expansion = 1000000;
	out->max_depth = 512;
	out->max_doc_bytes = 256u << 20;
	out->max_template_depth = 1000;
	out->max_output_bytes = 512u << 20;
	out->max_resource_depth = 100;
}

fx_ctx *fx_ctx_new(void)
{
	fx_ctx *ctx = fx_xcalloc(1, sizeof(fx_ctx));
	ctx->arena = fx_arena_new();
	fx_limits_default(&ctx->limits);
	ctx->src_ids = fx_strmap_new();
	fx_src_add(ctx, ""); /* id 0: no file */
	return ctx;
}

void fx_ctx_free(fx_ctx *ctx)
{
	if (!ctx)
		return;
	for (size_t i = 0; i < ctx->n_diags; i++) {
		free(ctx->diags[i].msg);
		for (size_t j = 0; j < ctx->diags[i].n_notes; j++)
			free(ctx->diags[i].notes[j].msg);
		free(ctx->diags[i].notes);
	}
	free(ctx->diags);
	for (size_t i = 0; i < ctx->n_src; i++)
		free(ctx->src_names[i]);
	free(ctx->src_names);
	fx_strmap_free(ctx->src_ids);
	fx_arena_free(ctx->arena);
	free(ctx);
}

uint32_t fx_src_add(fx_ctx *ctx, const char *name)
{
	void *v = fx_strmap_get(ctx->src_ids, name);
	if (v)
		return (uint32_t)(uintptr_t)v - 1;
	if (ctx->n_src == ctx->cap_src) {
		ctx->cap_src = ctx->cap_src ? ctx->cap_src * 2 : 16;
		ctx->src_names = fx_xrealloc(ctx->src_names, ctx->cap_src * sizeof(char *));
	}
	uint32_t id = (uint32_t)ctx->n_src;
	ctx->src_names[ctx->n_src++] = fx_xstrdup(name);
	fx_strmap_put(ctx->src_ids, name, (void *)(uintptr_t)(id + 1));
	return id;
}

const char *fx_src_name(const fx_ctx *ctx, uint32_t file)
{
	return file < ctx->n_src ? ctx->src_names[file] : "";
}

fx_loc fx_loc_make(uint32_t file, uint32_t line, uint32_t col)
{
	return (fx_loc){file, line, col};
}

static fx_diag *push_diag(fx_ctx *ctx, fx_severity sev, fx_loc loc, const char *code,
			  const char *fmt, va_list ap)
{
	if (ctx->n_diags == ctx->cap_diags) {
		ctx->cap_diags = ctx->cap_diags ? ctx->cap_diags * 2 : 16;
		ctx->diags = fx_xrealloc(ctx->diags, ctx->cap_diags * sizeof(fx_diag));
	}
	fx_diag *d = &ctx->diags[ctx->n_diags++];
	memset(d, 0, sizeof(*d));
	d->sev = sev;
	d->loc = loc;
	d->code = code;
	d->seq = ctx->diag_seq++;
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_vaddf(&sb, fmt, ap);
	d->msg = fx_sb_detach(&sb);
	return d;
}

int fx_verror(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, va_list ap)
{
	push_diag(ctx, FX_SEV_ERROR, loc, code, fmt, ap);
	return FX_EFAIL;
}

int fx_error(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	push_diag(ctx, FX_SEV_ERROR, loc, code, fmt, ap);
	va_end(ap);
	return FX_EFAIL;
}

void fx_warn(fx_ctx *ctx, fx_loc loc, const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	push_diag(ctx, FX_SEV_WARNING, loc, code, fmt, ap);
	va_end(ap);
}

void fx_note(fx_ctx *ctx, fx_loc loc, const char *fmt, ...)
{
	if (!ctx->n_diags)
		return;
	fx_diag *d = &ctx->diags[ctx->n_diags - 1];
	d->notes = fx_xrealloc(d->notes, (d->n_notes + 1) * sizeof(fx_diag_note));
	fx_strbuf sb = FX_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	d->notes[d->n_notes].loc = loc;
	d->notes[d->n_notes].msg = fx_sb_detach(&sb);
	d->n_notes++;
}

size_t fx_diag_count(const fx_ctx *ctx)
{
	return ctx->n_diags;
}

size_t fx_diag_errors_since(const fx_ctx *ctx, size_t mark)
{
	size_t n = 0;
	for (size_t i = mark; i < ctx->n_diags; i++)
		if (ctx->diags[i].sev == FX_SEV_ERROR)
			n++;
	return n;
}

size_t fx_diag_errors(const fx_ctx *ctx)
{
	return fx_diag_errors_since(ctx, 0);
}

const fx_diag *fx_diag_at(const fx_ctx *ctx, size_t i)
{
	return i < ctx->n_diags ? &ctx->diags[i] : NULL;
}

void fx_diag_truncate(fx_ctx *ctx, size_t mark)
{
	while (ctx->n_diags > mark) {
		fx_diag *d = &ctx->diags[--ctx->n_diags];
		free(d->msg);
		for (size_t j = 0; j < d->n_notes; j++)
			free(d->notes[j].msg);
		free(d->notes);
	}
}

static int diag_cmp(const void *pa, const void *pb, void *arg)
{
	const fx_ctx *sort_ctx = arg;
	const fx_diag *a = pa, *b = pb;
	int c = strcmp(fx_src_name(sort_ctx, a->loc.file), fx_src_name(sort_ctx, b->loc.file));
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void fx_diag_sort(fx_ctx *ctx)
{
	if (ctx->n_diags < 2)
		return;
	qsort_r(ctx->diags, ctx->n_diags, sizeof(fx_diag), diag_cmp, ctx);
}

void fx_loc_format(const fx_ctx *ctx, fx_loc loc, fx_strbuf *out)
{
	const char *name = fx_src_name(ctx, loc.file);
	if (!*name)
		return;
	fx_sb_adds(out, name);
	if (loc.line) {
		fx_sb_addf(out, ":%u", loc.line);
		if (loc.col)
			fx_sb_addf(out, ":%u", loc.col);
	}
	fx_sb_adds(out, ": ");
}

void fx_diag_format(const fx_ctx *ctx, const fx_diag *d, fx_strbuf *out)
{
	static const char *const sev[] = {"note", "warning", "error"};
	fx_loc_format(ctx, d->loc, out);
	fx_sb_addf(out, "%s: %s", sev[d->sev], d->msg);
	if (d->code)
		fx_sb_addf(out, " [%s]", d->code);
	fx_sb_addc(out, '\n');
	for (size_t i = 0; i < d->n_notes; i++) {
		fx_loc_format(ctx, d->notes[i].loc, out);
		fx_sb_addf(out, "note: %s\n", d->notes[i].msg);
	}
}
