/*
 * Glob matching for the prefix/suffix removal operators (# ## % %%).
 * The dialect is fluxcd/pkg's copy of Go's path.Match with the "/" rule
 * removed: '*' matches any run of bytes (including '/'), '?' one code
 * point, '[...]' / '[^...]' classes with ranges and '\' escapes, '\c' a
 * literal c.  Errors (malformed pattern) are only noticed when the
 * matcher reaches the faulty part, so whether a pattern "is malformed"
 * can depend on the subject; the callers rely on that.
 */
#include "subst/subst_int.h"

typedef struct {
	const char *p;
	size_t n;
} span;

static void adv(span *s, size_t k)
{
	s->p += k;
	s->n -= k;
}

/* Leading stars, then a chunk up to the next '*' outside a class. */
static void next_chunk(span *pat, bool *star_out, span *chunk_out)
{
	bool star = false;
	while (pat->n > 0 && pat->p[0] == '*') {
		adv(pat, 1);
		star = true;
	}
	bool inrange = false;
	size_t i;
	for (i = 0; i < pat->n; i++) {
		char c = pat->p[i];
		if (c == '\\') {
			if (i + 1 < pat->n)
				i++;
		} else if (c == '[') {
			inrange = true;
		} else if (c == ']') {
			inrange = false;
		} else if (c == '*' && !inrange) {
			break;
		}
	}
	*star_out = star;
	chunk_out->p = pat->p;
	chunk_out->n = i;
	adv(pat, i);
}

/* One (possibly escaped) character of a class; -1 on a malformed class. */
static int class_char(span *c, uint32_t *r_out)
{
	if (c->n == 0 || c->p[0] == '-' || c->p[0] == ']')
		return -1;
	if (c->p[0] == '\\') {
		adv(c, 1);
		if (c->n == 0)
			return -1;
	}
	int w;
	uint32_t r = fx_subst__utf8_decode(c->p, c->n, &w);
	bool bad = r == FX_SUBST_RUNE_ERROR && w == 1;
	adv(c, (size_t)w);
	if (bad || c->n == 0)
		return -1;
	*r_out = r;
	return 0;
}

/* Matches chunk at the start of s.  Returns 1 with the rest of s in
 * *rest, 0 no match, -1 malformed. */
static int match_chunk(span chunk, span s, span *rest)
{
	while (chunk.n > 0) {
		if (s.n == 0)
			return 0;
		char c = chunk.p[0];
		if (c == '[') {
			int w;
			uint32_t r = fx_subst__utf8_decode(s.p, s.n, &w);
			adv(&s, (size_t)w);
			adv(&chunk, 1);
			bool positive = true;
			if (chunk.n > 0 && chunk.p[0] == '^') {
				positive = false;
				adv(&chunk, 1);
			}
			bool match = false;
			int nrange = 0;
			for (;;) {
				if (chunk.n > 0 && chunk.p[0] == ']' && nrange > 0) {
					adv(&chunk, 1);
					break;
				}
				uint32_t lo, hi;
				if (class_char(&chunk, &lo) != 0)
					return -1;
				hi = lo;
				if (chunk.p[0] == '-') {
					adv(&chunk, 1);
					if (class_char(&chunk, &hi) != 0)
						return -1;
				}
				if (lo <= r && r <= hi)
					match = true;
				nrange++;
			}
			if (match != positive)
				return 0;
		} else if (c == '?') {
			int w;
			fx_subst__utf8_decode(s.p, s.n, &w);
			adv(&s, (size_t)w);
			adv(&chunk, 1);
		} else {
			if (c == '\\') {
				adv(&chunk, 1);
				if (chunk.n == 0)
					return -1;
			}
			if (chunk.p[0] != s.p[0])
				return 0;
			adv(&s, 1);
			adv(&chunk, 1);
		}
	}
	*rest = s;
	return 1;
}

int fx_subst__glob_match(const char *pat, size_t plen, const char *name, size_t nlen)
{
	span p = {pat, plen}, s = {name, nlen};
	while (p.n > 0) {
		bool star;
		span chunk, t;
		next_chunk(&p, &star, &chunk);
		if (star && chunk.n == 0)
			return 1; /* trailing '*' matches the rest */
		int rc = match_chunk(chunk, s, &t);
		if (rc == 1 && (t.n == 0 || p.n > 0)) {
			s = t;
			continue;
		}
		if (rc < 0)
			return -1;
		if (star) {
			bool found = false;
			for (size_t i = 0; i < s.n; i++) {
				span sub = {s.p + i + 1, s.n - i - 1};
				rc = match_chunk(chunk, sub, &t);
				if (rc == 1) {
					if (p.n == 0 && t.n > 0)
						continue;
					s = t;
					found = true;
					break;
				}
				if (rc < 0)
					return -1;
			}
			if (found)
				continue;
		}
		return 0;
	}
	return s.n == 0;
}
