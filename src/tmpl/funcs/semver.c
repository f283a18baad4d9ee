/*
 * Sprig's semver and semverCompare, with Masterminds/semver v3 rules:
 * lenient versions ("v1.2", "1"), constraints joined by "||" (or) and
 * "," or spaces (and), operators = != > >= < <= ~ ~> ^, wildcards
 * (x, X, *) and hyphen ranges ("1.2 - 1.4.5").  A prerelease version
 * only satisfies a constraint whose version has a prerelease.
 *
 * A semver value is an FX_MAP typed FX_GO_SEMVER with the fields the
 * template reads (Major, Minor, Patch, Prerelease, Metadata, Original).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

typedef struct {
	uint64_t v[3];
	int given;    /* number of numeric parts written (1..3) */
	int wild;     /* index of the first wildcard part, or 3 */
	char pre[128];
	char meta[128];
} sv;

static bool parse_num(const char **p, uint64_t *out)
{
	const char *s = *p;
	if (!isdigit((unsigned char)*s))
		return false;
	uint64_t v = 0;
	while (isdigit((unsigned char)*s)) {
		if (v > (UINT64_MAX - 9) / 10)
			return false;
		v = v * 10 + (uint64_t)(*s++ - '0');
	}
	*p = s;
	*out = v;
	return true;
}

static bool ident_ok(const char *s, size_t n, bool pre)
{
	if (n == 0)
		return false;
	size_t st = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == '.') {
			if (i == st)
				return false;
			bool num = true;
			for (size_t j = st; j < i; j++)
				num = num && isdigit((unsigned char)s[j]);
			if (pre && num && i - st > 1 && s[st] == '0')
				return false;
			st = i + 1;
			continue;
		}
		if (!isalnum((unsigned char)s[i]) && s[i] != '-')
			return false;
	}
	return true;
}

/* Parses a version (allow_wild: constraint versions with x/X/[*]). */
static bool parse_version(const char *s, size_t n, sv *out, bool allow_wild)
{
	memset(out, 0, sizeof(*out));
	out->wild = 3;
	char buf[512];
	if (n >= sizeof(buf))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	const char *p = buf;
	if (*p == 'v' || *p == 'V')
		p++;
	for (int i = 0; i < 3; i++) {
		if (i > 0) {
			if (*p != '.')
				break;
			p++;
		}
		if (allow_wild && (*p == 'x' || *p == 'X' || *p == '*')) {
			if (out->wild == 3)
				out->wild = i;
			p++;
		} else if (!parse_num(&p, &out->v[i])) {
			return false;
		} else if (out->wild != 3) {
			/* a number after a wildcard is ignored by v3 */
		}
		out->given = i + 1;
	}
	if (*p == '-') {
		const char *e = p + 1;
		while (*e && *e != '+')
			e++;
		if (!ident_ok(p + 1, (size_t)(e - p - 1), true) || (size_t)(e - p) >= sizeof(out->pre))
			return false;
		memcpy(out->pre, p + 1, (size_t)(e - p - 1));
		p = e;
	}
	if (*p == '+') {
		size_t l = strlen(p + 1);
		if (!ident_ok(p + 1, l, false) || l >= sizeof(out->meta))
			return false;
		memcpy(out->meta, p + 1, l);
		p += 1 + l;
	}
	if (out->wild < out->given)
		for (int i = out->wild; i < 3; i++)
			out->v[i] = 0;
	return *p == '\0';
}

static int cmp_pre(const char *a, const char *b)
{
	if (!*a && !*b)
		return 0;
	if (!*a)
		return 1;
	if (!*b)
		return -1;
	for (;;) {
		const char *ae = strchr(a, '.'), *be = strchr(b, '.');
		size_t al = ae ? (size_t)(ae - a) : strlen(a), bl = be ? (size_t)(be - b) : strlen(b);
		bool an = true, bn = true;
		for (size_t i = 0; i < al; i++)
			an = an && isdigit((unsigned char)a[i]);
		for (size_t i = 0; i < bl; i++)
			bn = bn && isdigit((unsigned char)b[i]);
		int r;
		if (an && bn) {
			uint64_t x = strtoull(a, NULL, 10), y = strtoull(b, NULL, 10);
			r = x < y ? -1 : x > y;
		} else if (an) {
			r = -1;
		} else if (bn) {
			r = 1;
		} else {
			size_t m = al < bl ? al : bl;
			r = memcmp(a, b, m);
			if (r == 0)
				r = al < bl ? -1 : al > bl;
			r = r < 0 ? -1 : r > 0;
		}
		if (r)
			return r;
		if (!ae && !be)
			return 0;
		if (!ae)
			return -1;
		if (!be)
			return 1;
		a = ae + 1;
		b = be + 1;
	}
}

static int cmp(const sv *a, const sv *b)
{
	for (int i = 0; i < 3; i++)
		if (a->v[i] != b->v[i])
			return a->v[i] < b->v[i] ? -1 : 1;
	return cmp_pre(a->pre, b->pre);
}

static sv bump(const sv *c, int part)
{
	sv r = *c;
	r.pre[0] = '\0';
	r.v[part]++;
	for (int i = part + 1; i < 3; i++)
		r.v[i] = 0;
	return r;
}

/* The exclusive upper end of a wildcard/partial version's range. */
static bool ceiling(const sv *c, sv *out)
{
	int exact = c->given < c->wild ? c->given : c->wild; /* parts fixed */
	if (exact == 0)
		return false; /* "*": unbounded */
	if (exact >= 3) {
		*out = *c;
		return false;
	}
	*out = bump(c, exact - 1);
	return true;
}

static bool dirty(const sv *c)
{
	return c->wild < 3 || c->given < 3;
}

static bool check(const char *op, const sv *c, const sv *v)
{
	bool ne = strcmp(op, "!=") == 0;
	if (v->pre[0] && !c->pre[0] && !ne)
		return false;
	sv hi;
	bool has_hi = ceiling(c, &hi);
	bool d = dirty(c);
	if (!*op || strcmp(op, "=") == 0 || ne) {
		bool eq;
		if (d)
			eq = cmp(v, c) >= 0 && (!has_hi || cmp(v, &hi) < 0);
		else
			eq = cmp(v, c) == 0;
		return ne ? !eq : eq;
	}
	if (strcmp(op, ">") == 0)
		return d ? (has_hi && cmp(v, &hi) >= 0) : cmp(v, c) > 0;
	if (strcmp(op, ">=") == 0 || strcmp(op, "=>") == 0)
		return cmp(v, c) >= 0;
	if (strcmp(op, "<") == 0)
		return cmp(v, c) < 0;
	if (strcmp(op, "<=") == 0 || strcmp(op, "=<") == 0)
		return d ? (!has_hi || cmp(v, &hi) < 0) : cmp(v, c) <= 0;
	if (strcmp(op, "~") == 0 || strcmp(op, "~>") == 0) {
		if (cmp(v, c) < 0)
			return false;
		if (c->wild == 0)
			return true;
		sv t = bump(c, (c->given < 2 || c->wild == 1) ? 0 : 1);
		return cmp(v, &t) < 0;
	}
	if (strcmp(op, "^") == 0) {
		if (cmp(v, c) < 0)
			return false;
		if (c->wild == 0)
			return true;
		sv t;
		if (c->v[0] > 0 || c->given < 2 || c->wild <= 1)
			t = bump(c, 0);
		else if (c->v[1] > 0 || c->given < 3 || c->wild <= 2)
			t = bump(c, 1);
		else
			t = bump(c, 2);
		return cmp(v, &t) < 0;
	}
	return false;
}

static const char *const ops[] = {"!=", ">=", "=>", "<=", "=<", "~>", ">", "<", "=", "~", "^"};

/* One AND group: terms separated by ',' or spaces, or a hyphen range. */
static int check_group(const char *g, const sv *v, bool *ok)
{
	*ok = true;
	/* hyphen range "a - b" */
	const char *hy = strstr(g, " - ");
	if (hy) {
		char a[256], b[256];
		size_t al = (size_t)(hy - g);
		const char *bs = hy + 3;
		while (al && g[al - 1] == ' ')
			al--;
		while (*g == ' ')
			g++, al--;
		while (*bs == ' ')
			bs++;
		size_t bl = strlen(bs);
		while (bl && bs[bl - 1] == ' ')
			bl--;
		if (al >= sizeof(a) || bl >= sizeof(b))
			return -1;
		memcpy(a, g, al);
		a[al] = '\0';
		memcpy(b, bs, bl);
		b[bl] = '\0';
		sv ca, cb;
		if (!parse_version(a, al, &ca, true) || !parse_version(b, bl, &cb, true))
			return -1;
		*ok = check(">=", &ca, v) && check("<=", &cb, v);
		return 0;
	}
	const char *p = g;
	int terms = 0;
	for (;;) {
		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		const char *op = "";
		for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
			if (strncmp(p, ops[i], strlen(ops[i])) == 0) {
				op = ops[i];
				p += strlen(ops[i]);
				break;
			}
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ' && *e != ',')
			e++;
		sv c;
		if (e == p || !parse_version(p, (size_t)(e - p), &c, true))
			return -1;
		if (!check(op, &c, v))
			*ok = false;
		terms++;
		p = e;
	}
	return terms ? 0 : -1;
}

static int constraint_check(const char *cs, const sv *v, bool *ok)
{
	*ok = false;
	char *dup = fx_xstrdup(cs);
	int rc = 0;
	char *save = NULL;
	char *part = dup;
	for (;;) {
		char *bar = strstr(part, "||");
		if (bar)
			*bar = '\0';
		bool g;
		if (check_group(part, v, &g) < 0) {
			rc = -1;
			break;
		}
		if (g)
			*ok = true;
		if (!bar)
			break;
		part = bar + 2;
	}
	(void)save;
	free(dup);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Template functions                                                   */

static fx_node *semver_node(fx_tmpl_call *c, const sv *v, const char *orig, size_t on)
{
	fx_node *m = fx_tmplf__map(c);
	fx_go_type_set(m, FX_GO_SEMVER);
	fx_map_set(c->arena, m, "Major", fx_tmplf__int(c, (int64_t)v->v[0], FX_GO_UINT64));
	fx_map_set(c->arena, m, "Minor", fx_tmplf__int(c, (int64_t)v->v[1], FX_GO_UINT64));
	fx_map_set(c->arena, m, "Patch", fx_tmplf__int(c, (int64_t)v->v[2], FX_GO_UINT64));
	fx_map_set(c->arena, m, "Prerelease", fx_tmplf__strz(c, v->pre));
	fx_map_set(c->arena, m, "Metadata", fx_tmplf__strz(c, v->meta));
	fx_map_set(c->arena, m, "Original", fx_tmplf__str(c, orig, on));
	char buf[512];
	snprintf(buf, sizeof(buf), "%llu.%llu.%llu%s%s%s%s", (unsigned long long)v->v[0],
		 (unsigned long long)v->v[1], (unsigned long long)v->v[2], v->pre[0] ? "-" : "",
		 v->pre, v->meta[0] ? "+" : "", v->meta);
	fx_map_set(c->arena, m, "String", fx_tmplf__strz(c, buf));
	return m;
}

const char *fx_tmplf__semver_text(const fx_node *v)
{
	const char *s = fx_map_get_str(v, "String");
	return s ? s : "";
}

static int f_semver(fx_tmpl_call *c, fx_node **out)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	sv v;
	if (!parse_version(s, n, &v, false))
		return fx_tmplf__fail(c, "Invalid Semantic Version");
	*out = semver_node(c, &v, s, n);
	return 0;
}

static int f_semver_compare(fx_tmpl_call *c, fx_node **out)
{
	const char *cs, *vs;
	size_t cn, vn;
	if (fx_tmplf__arg_str(c, 0, &cs, &cn) < 0 || fx_tmplf__arg_str(c, 1, &vs, &vn) < 0)
		return -1;
	sv v;
	if (!parse_version(vs, vn, &v, false))
		return fx_tmplf__fail(c, "Invalid Semantic Version");
	bool ok;
	if (constraint_check(cs, &v, &ok) < 0)
		return fx_tmplf__fail(c, "improper constraint: %s", cs);
	*out = fx_tmplf__bool(c, ok);
	return 0;
}

/* Methods of *semver.Version called from templates. */
int fx_tmplf__semver_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			    fx_node **out)
{
	sv a, b;
	const char *at = fx_tmplf__semver_text(recv);
	if (!parse_version(at, strlen(at), &a, false))
		return fx_tmplf__fail(c, "invalid semver receiver");
	if (strcmp(name, "String") == 0 || strcmp(name, "Original") == 0 ||
	    strcmp(name, "Major") == 0 || strcmp(name, "Minor") == 0 ||
	    strcmp(name, "Patch") == 0 || strcmp(name, "Prerelease") == 0 ||
	    strcmp(name, "Metadata") == 0) {
		*out = fx_map_get(recv, name);
		return *out ? 0 : FX_ENOTFOUND;
	}
	if (c->n_args != 1 || !c->args[0] || fx_go_type_of(c->args[0]) != FX_GO_SEMVER)
		return FX_ENOTFOUND;
	const char *bt = fx_tmplf__semver_text(c->args[0]);
	if (!parse_version(bt, strlen(bt), &b, false))
		return fx_tmplf__fail(c, "invalid semver argument");
	int r = cmp(&a, &b);
	if (strcmp(name, "Compare") == 0)
		*out = fx_tmplf__int(c, r, FX_GO_DEFAULT);
	else if (strcmp(name, "LessThan") == 0)
		*out = fx_tmplf__bool(c, r < 0);
	else if (strcmp(name, "GreaterThan") == 0)
		*out = fx_tmplf__bool(c, r > 0);
	else if (strcmp(name, "Equal") == 0)
		*out = fx_tmplf__bool(c, r == 0);
	else
		return FX_ENOTFOUND;
	return 0;
}

static const fx_tmpl_func semver_funcs[] = {
	{"semver", f_semver, 1, 1, 0},
	{"semverCompare", f_semver_compare, 2, 2, 0},
};

fx_tmplf__family fx_tmplf__semver_family(void)
{
	return FX_TMPLF__FAMILY(semver_funcs);
}
