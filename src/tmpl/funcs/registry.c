/*
 * The template function registry: lists every family (Sprig's and
 * Helm's) and looks a name up in them.  Each family's table is
 * name-sorted, so a lookup is one binary search per family.  In Helm mode
 * Helm's own family is searched first (its toJson, fromJson, fail, ...
 * replace Sprig's) and `env`/`expandenv` are gone, as Helm deletes them;
 * outside Helm mode, Helm-only functions are not visible.
 */
#include <string.h>

#include "tmpl/funcs/internal.h"

typedef fx_tmplf__family (*family_fn)(void);

static const family_fn families[] = {
	fx_tmplf__helm_family,   /* first: Helm's versions win in Helm mode */
	fx_tmplf__strings_family,
	fx_tmplf__textcase_family,
	fx_tmplf__lists_family,
	fx_tmplf__dicts_family,
	fx_tmplf__defaults_family,
	fx_tmplf__math_family,
	fx_tmplf__regex_family,
	fx_tmplf__encoding_family,
	fx_tmplf__json_family,
	fx_tmplf__semver_family,
	fx_tmplf__date_family,
	fx_tmplf__misc_family,
	fx_tmplf__crypto_family,
};

static const fx_tmpl_func *search(fx_tmplf__family f, const char *name)
{
	size_t lo = 0, hi = f.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(name, f.funcs[mid].name);
		if (c == 0)
			return &f.funcs[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const fx_tmpl_func *fx_tmpl_funcs_lookup(const char *name, bool helm)
{
	if (helm && (strcmp(name, "env") == 0 || strcmp(name, "expandenv") == 0))
		return NULL;
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		const fx_tmpl_func *fn = search(families[i](), name);
		if (!fn)
			continue;
		if ((fn->flags & FX_TMPL_FN_HELM) && !helm)
			continue;
		return fn;
	}
	return NULL;
}

bool fx_tmpl_funcs_check_sorted(void)
{
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		fx_tmplf__family f = families[i]();
		for (size_t j = 1; j < f.n; j++)
			if (strcmp(f.funcs[j - 1].name, f.funcs[j].name) >= 0)
				return false;
	}
	return true;
}
