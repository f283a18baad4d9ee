/*
 * Target selection for patches and replacements: kustomize's Selector
 * (group, version, kind, name and namespace as anchored regular
 * expressions, matched against the original or the current id) plus
 * Kubernetes label/annotation selector expressions.
 *
 * Regular expressions are Go RE2 syntax; PCRE2 accepts the subset
 * kustomize users write.  Part of the kustomize stage.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "kustomize/kust.h"

#include <pcre2.h>
#include <string.h>

static int re_match(fx_kust__build *b, const fx_node *pat, const char *s, bool *out)
{
	const char *p = fx_kust__scalar(b->a, pat);
	if (!p || !p[0]) {
		*out = true;
		return 0;
	}
	/* plain names need no regex */
	bool plain = true;
	for (const char *c = p; *c && plain; c++)
		plain = !strchr(".*+?()[]{}|^$\\", *c);
	if (plain) {
		*out = strcmp(p, s) == 0;
		return 0;
	}
	char *anch = fx_arena_printf(b->a, "^(?:%s)$", p);
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)anch, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err,
				       &off, NULL);
	if (!re)
		return fx_error(b->ctx, pat->loc, "FX3050", "invalid regular expression '%s'", p);
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
	*out = rc >= 0;
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return 0;
}

static const char *eff_ns(const fx_kust__res *r, const char *ns)
{
	if (fx_kust__res_cluster_scoped(r))
		return "_non_namespaceable_";
	return ns && ns[0] ? ns : "default";
}

/* ------------------------------------------------------------------ */
/* Label selectors                                                      */

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

static char *word(fx_arena *a, const char **pp)
{
	const char *p = skip_ws(*pp);
	const char *s = p;
	while (*p && !strchr(" \t,=!()", *p))
		p++;
	*pp = p;
	return fx_arena_strndup(a, s, (size_t)(p - s));
}

static const char *label_of(fx_kust__build *b, const fx_node *labels, const char *key)
{
	const fx_node *v = fx_map_get(labels, key);
	if (!v)
		return NULL;
	const char *s = fx_kust__scalar(b->a, v);
	return s ? s : "";
}

int fx_kust__label_selector_match(fx_kust__build *b, const char *expr, fx_loc at,
				  const fx_node *labels, bool *out)
{
	const char *p = expr;
	bool all = true;
	while (*(p = skip_ws(p))) {
		bool neg = false, ok;
		if (*p == '!') {
			neg = true;
			p++;
		}
		char *key = word(b->a, &p);
		if (!key[0])
			goto bad;
		const char *have = label_of(b, labels, key);
		p = skip_ws(p);
		if (neg) {
			ok = have == NULL;
		} else if (*p == '=' || (*p == '!' && p[1] == '=')) {
			bool ne = *p == '!';
			p += (ne || p[1] == '=') ? 2 : 1;
			char *val = word(b->a, &p);
			ok = ne ? !(have && strcmp(have, val) == 0) : (have && strcmp(have, val) == 0);
		} else if (strncmp(p, "in", 2) == 0 || strncmp(p, "notin", 5) == 0) {
			bool notin = p[0] == 'n';
			p = skip_ws(p + (notin ? 5 : 2));
			if (*p != '(')
				goto bad;
			p++;
			bool found = false;
			for (;;) {
				char *val = word(b->a, &p);
				if (have && strcmp(have, val) == 0)
					found = true;
				p = skip_ws(p);
				if (*p == ',') {
					p++;
					continue;
				}
				if (*p == ')') {
					p++;
					break;
				}
				goto bad;
			}
			ok = notin ? !(have && found) : (have && found);
		} else {
			ok = have != NULL;
		}
		all = all && ok;
		p = skip_ws(p);
		if (*p == ',')
			p++;
		else if (*p)
			goto bad;
	}
	*out = all;
	return 0;
bad:
	return fx_error(b->ctx, at, "FX3051", "unable to parse requirement: '%s'", expr);
}

/* ------------------------------------------------------------------ */
/* Selectors                                                            */

int fx_kust__select(fx_kust__build *b, const fx_node *sel, const fx_kust__res *r, bool *out)
{
	fx_kust__resid cur, org;
	int rc;
	bool m1, m2;
	*out = false;
	if (!sel || sel->kind != FX_MAP) {
		*out = true;
		return 0;
	}
	fx_kust__resid_of(r->obj, &cur);
	fx_kust__res_orig(r, &org);
	const fx_node *ns = fx_map_get(sel, "namespace");
	if ((rc = re_match(b, ns, eff_ns(r, org.ns), &m1)) || (rc = re_match(b, ns, eff_ns(r, cur.ns), &m2)))
		return rc;
	if (!m1 && !m2)
		return 0;
	const fx_node *name = fx_map_get(sel, "name");
	if ((rc = re_match(b, name, org.name, &m1)) || (rc = re_match(b, name, cur.name, &m2)))
		return rc;
	if (!m1 && !m2)
		return 0;
	const char *grp = fx_arena_strndup(b->a, cur.group, cur.glen);
	if ((rc = re_match(b, fx_map_get(sel, "group"), grp, &m1)) || !m1)
		return rc;
	if ((rc = re_match(b, fx_map_get(sel, "version"), cur.version, &m1)) || !m1)
		return rc;
	if ((rc = re_match(b, fx_map_get(sel, "kind"), cur.kind, &m1)) || !m1)
		return rc;
	const fx_node *ls = fx_map_get(sel, "labelSelector");
	const char *lss = fx_kust__scalar(b->a, ls);
	if (lss && lss[0]) {
		if ((rc = fx_kust__label_selector_match(
			     b, lss, ls->loc, fx_map_path(r->obj, "metadata", "labels", NULL), &m1)) ||
		    !m1)
			return rc;
	}
	const fx_node *as = fx_map_get(sel, "annotationSelector");
	const char *ass = fx_kust__scalar(b->a, as);
	if (ass && ass[0]) {
		if ((rc = fx_kust__label_selector_match(
			     b, ass, as->loc, fx_map_path(r->obj, "metadata", "annotations", NULL),
			     &m1)) ||
		    !m1)
			return rc;
	}
	*out = true;
	return 0;
}
