/*
 * validate names: the string formats the Kubernetes API server checks.
 *
 * Part of src/validate.  DNS-1123 labels and subdomains, DNS-1035 labels,
 * qualified names (label and annotation keys) and label values, written
 * as small scanners rather than regexes; the regexes they implement are
 * the ones of k8s.io/apimachinery/pkg/util/validation and are quoted in
 * the messages built by meta.c.
 */
#include "validate/validate.h"

#include <string.h>

static bool is_lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool is_alnum(char c)
{
	return is_lower_alnum(c) || (c >= 'A' && c <= 'Z');
}

bool fx_validate_is_dns_label(const char *s, size_t n)
{
	if (n == 0 || n > 63)
		return false;
	if (!is_lower_alnum(s[0]) || !is_lower_alnum(s[n - 1]))
		return false;
	for (size_t i = 1; i + 1 < n; i++)
		if (!is_lower_alnum(s[i]) && s[i] != '-')
			return false;
	return true;
}

bool fx_validate_is_dns1035_label(const char *s, size_t n)
{
	return fx_validate_is_dns_label(s, n) && s[0] >= 'a' && s[0] <= 'z';
}

bool fx_validate_is_dns_subdomain(const char *s, size_t n)
{
	if (n == 0 || n > 253)
		return false;
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == '.') {
			/* each dot-separated part is a label (no 63 limit here:
			 * the regex has none, only the total length counts) */
			size_t len = i - start;
			if (len == 0 || !is_lower_alnum(s[start]) || !is_lower_alnum(s[i - 1]))
				return false;
			for (size_t j = start; j < i; j++)
				if (!is_lower_alnum(s[j]) && s[j] != '-')
					return false;
			start = i + 1;
		}
	}
	return true;
}

/* The name part of a qualified name, and label values (non-empty). */
static bool is_qualified_part(const char *s, size_t n)
{
	if (n == 0 || n > 63)
		return false;
	if (!is_alnum(s[0]) || !is_alnum(s[n - 1]))
		return false;
	for (size_t i = 1; i + 1 < n; i++)
		if (!is_alnum(s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.')
			return false;
	return true;
}

bool fx_validate_is_label_value(const char *s, size_t n)
{
	return n == 0 || is_qualified_part(s, n);
}

const char *fx_validate_qualified_name_error(const char *s, size_t n)
{
	const char *slash = memchr(s, '/', n);
	const char *name = s;
	size_t nlen = n;
	if (slash) {
		size_t plen = (size_t)(slash - s);
		name = slash + 1;
		nlen = n - plen - 1;
		if (memchr(name, '/', nlen))
			return "a valid label key must have at most one '/' (e.g. 'example.com/MyName')";
		if (plen == 0)
			return "prefix part must be non-empty";
		if (plen > 253)
			return "prefix part must be no more than 253 characters";
		if (!fx_validate_is_dns_subdomain(s, plen))
			return "prefix part a lowercase RFC 1123 subdomain: must match regex "
			       "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'";
	}
	if (nlen == 0)
		return "name part must be non-empty";
	if (nlen > 63)
		return "name part must be no more than 63 characters";
	if (!is_qualified_part(name, nlen))
		return "name part must consist of alphanumeric characters, '-', '_' or '.', and "
		       "must start and end with an alphanumeric character: must match regex "
		       "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]'";
	return NULL;
}

bool fx_validate_is_qualified_name(const char *s, size_t n)
{
	return fx_validate_qualified_name_error(s, n) == NULL;
}
