/*
 * front: identity helpers and the name/duration formats the Flux and
 * Kubernetes APIs enforce (DNS-1123 labels and subdomains, the CRDs'
 * duration patterns).  Pure functions; no diagnostics here.
 */
#include "front/front.h"

#include <string.h>

static bool is_alnum_lower(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ over [s, s+n) */
static bool label_ok(const char *s, size_t n)
{
	if (n == 0 || n > 63)
		return false;
	if (!is_alnum_lower(s[0]) || !is_alnum_lower(s[n - 1]))
		return false;
	for (size_t i = 1; i + 1 < n; i++)
		if (!is_alnum_lower(s[i]) && s[i] != '-')
			return false;
	return true;
}

bool fx_front_is_dns1123_label(const char *s)
{
	return s && label_ok(s, strlen(s));
}

bool fx_front_is_dns1123_subdomain(const char *s)
{
	if (!s)
		return false;
	size_t n = strlen(s);
	if (n == 0 || n > 253)
		return false;
	const char *p = s;
	for (;;) {
		const char *dot = strchr(p, '.');
		size_t len = dot ? (size_t)(dot - p) : strlen(p);
		/* segments of a subdomain have no 63 limit of their own */
		if (len == 0 || !is_alnum_lower(p[0]) || !is_alnum_lower(p[len - 1]))
			return false;
		for (size_t i = 0; i < len; i++)
			if (!is_alnum_lower(p[i]) && p[i] != '-')
				return false;
		if (!dot)
			return true;
		p = dot + 1;
	}
}

/* ^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$ (no h when !allow_hours) */
bool fx_front_is_duration(const char *s, bool allow_hours)
{
	if (!s || !*s)
		return false;
	const char *p = s;
	while (*p) {
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
		if (*p == '.') {
			p++;
			if (!(*p >= '0' && *p <= '9'))
				return false;
			while (*p >= '0' && *p <= '9')
				p++;
		}
		if (p[0] == 'm' && p[1] == 's')
			p += 2;
		else if (*p == 's' || *p == 'm')
			p++;
		else if (*p == 'h' && allow_hours)
			p++;
		else
			return false;
	}
	return true;
}

const char *fx_front_key(fx_arena *a, const char *kind, const char *ns, const char *name)
{
	if (ns && *ns)
		return fx_arena_printf(a, "%s/%s/%s", kind, ns, name ? name : "");
	return fx_arena_printf(a, "%s/%s", kind, name ? name : "");
}
