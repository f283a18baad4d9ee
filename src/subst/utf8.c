/*
 * UTF-8 decoding and encoding with Go's rules (the evaluator must treat
 * malformed bytes exactly as the upstream Go code does: each bad byte is
 * one U+FFFD of width 1).
 */
#include "subst/subst_int.h"

static bool cont(unsigned char c)
{
	return c >= 0x80 && c <= 0xBF;
}

uint32_t fx_subst__utf8_decode(const char *s, size_t n, int *width_out)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char b0 = p[0];
	*width_out = 1;
	if (b0 < 0x80)
		return b0;
	if (b0 >= 0xC2 && b0 <= 0xDF) {
		if (n < 2 || !cont(p[1]))
			return FX_SUBST_RUNE_ERROR;
		*width_out = 2;
		return ((uint32_t)(b0 & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (b0 >= 0xE0 && b0 <= 0xEF) {
		unsigned char lo = 0x80, hi = 0xBF;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
		if (n < 3 || p[1] < lo || p[1] > hi || !cont(p[2]))
			return FX_SUBST_RUNE_ERROR;
		*width_out = 3;
		return ((uint32_t)(b0 & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
		       (p[2] & 0x3F);
	}
	if (b0 >= 0xF0 && b0 <= 0xF4) {
		unsigned char lo = 0x80, hi = 0xBF;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
		if (n < 4 || p[1] < lo || p[1] > hi || !cont(p[2]) || !cont(p[3]))
			return FX_SUBST_RUNE_ERROR;
		*width_out = 4;
		return ((uint32_t)(b0 & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
		       ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	}
	return FX_SUBST_RUNE_ERROR;
}

void fx_subst__utf8_put(fx_strbuf *out, uint32_t c)
{
	char b[4];
	if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		c = FX_SUBST_RUNE_ERROR;
	if (c < 0x80) {
		fx_sb_addc(out, (char)c);
	} else if (c < 0x800) {
		b[0] = (char)(0xC0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3F));
		fx_sb_add(out, b, 2);
	} else if (c < 0x10000) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		fx_sb_add(out, b, 3);
	} else {
		b[0] = (char)(0xF0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[3] = (char)(0x80 | (c & 0x3F));
		fx_sb_add(out, b, 4);
	}
}
