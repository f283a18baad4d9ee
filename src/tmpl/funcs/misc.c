/*
 * Sprig's smaller families: reflection (typeOf, typeIs, typeIsLike,
 * kindOf, kindIs, deepEqual), paths (base, dir, clean, ext, isAbs and
 * their os* twins, which use '/' as on Linux), URLs (urlParse, urlJoin),
 * the environment (env, expandenv; Helm removes both) and the network
 * (getHostByName, unsupported offline; Helm's own version is in helm.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#define ARG_S(i, s, n)                                                         \
	const char *s;                                                         \
	size_t n;                                                              \
	if (fx_tmplf__arg_str(c, (i), &s, &n) < 0)                             \
	return -1

/* ------------------------------------------------------------------ */
/* Reflection                                                           */

static int f_type_of(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__strz(c, fx_tmplf__type_name(c->args[0]));
	return 0;
}

static int f_kind_of(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__strz(c, fx_tmplf__kind_name(c->args[0]));
	return 0;
}

static int f_type_is(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, t, n);
	*out = fx_tmplf__bool(c, strcmp(t, fx_tmplf__type_name(c->args[1])) == 0);
	return 0;
}

static int f_type_is_like(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, t, n);
	const char *tn = fx_tmplf__type_name(c->args[1]);
	*out = fx_tmplf__bool(c, strcmp(t, tn) == 0 || (tn[0] == '*' && strcmp(t, tn + 1) == 0));
	return 0;
}

static int f_kind_is(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, t, n);
	*out = fx_tmplf__bool(c, strcmp(t, fx_tmplf__kind_name(c->args[1])) == 0);
	return 0;
}

static int f_deep_equal(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__bool(c, fx_tmplf__deep_equal(c->args[0], c->args[1]));
	return 0;
}

/* ------------------------------------------------------------------ */
/* Paths (Go's path package)                                            */

/* path.Clean into sb. */
static void clean(fx_strbuf *sb, const char *p, size_t n)
{
	if (n == 0) {
		fx_sb_addc(sb, '.');
		return;
	}
	bool rooted = p[0] == '/';
	size_t start = sb->len;
	size_t r = 0, dotdot = 0; /* dotdot: length in out where .. can stop */
	if (rooted) {
		fx_sb_addc(sb, '/');
		r = 1;
		dotdot = 1;
	}
	while (r < n) {
		if (p[r] == '/') {
			r++;
		} else if (p[r] == '.' && (r + 1 == n || p[r + 1] == '/')) {
			r++;
		} else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
			r += 2;
			size_t w = sb->len - start;
			if (w > dotdot) {
				w--;
				while (w > dotdot && sb->ptr[start + w] != '/')
					w--;
				fx_sb_truncate(sb, start + w);
			} else if (!rooted) {
				if (w > 0)
					fx_sb_addc(sb, '/');
				fx_sb_adds(sb, "..");
				dotdot = sb->len - start;
			}
		} else {
			if ((rooted && sb->len - start != 1) || (!rooted && sb->len - start != 0))
				fx_sb_addc(sb, '/');
			for (; r < n && p[r] != '/'; r++)
				fx_sb_addc(sb, p[r]);
		}
	}
	if (sb->len == start)
		fx_sb_addc(sb, '.');
}

static int f_clean(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	clean(&sb, p, n);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_base(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, n);
	if (n == 0) {
		*out = fx_tmplf__strz(c, ".");
		return 0;
	}
	while (n > 0 && p[n - 1] == '/')
		n--;
	size_t i = n;
	while (i > 0 && p[i - 1] != '/')
		i--;
	*out = n == 0 ? fx_tmplf__strz(c, "/") : fx_tmplf__str(c, p + i, n - i);
	return 0;
}

static int f_dir(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, n);
	size_t i = n;
	while (i > 0 && p[i - 1] != '/')
		i--;
	fx_strbuf sb = FX_STRBUF_INIT;
	clean(&sb, p, i);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_ext(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, n);
	for (size_t i = n; i > 0 && p[i - 1] != '/'; i--)
		if (p[i - 1] == '.') {
			*out = fx_tmplf__str(c, p + i - 1, n - i + 1);
			return 0;
		}
	*out = fx_tmplf__str(c, "", 0);
	return 0;
}

static int f_is_abs(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, p, n);
	*out = fx_tmplf__bool(c, n > 0 && p[0] == '/');
	return 0;
}

/* ------------------------------------------------------------------ */
/* URLs                                                                 */

static int unhex(char ch)
{
	return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
		: ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
}

static int unescape(fx_strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int a = i + 1 < n ? unhex(s[i + 1]) : -1, b = i + 2 < n ? unhex(s[i + 2]) : -1;
			if (a < 0 || b < 0)
				return -1;
			fx_sb_addc(sb, (char)(a * 16 + b));
			i += 2;
		} else {
			fx_sb_addc(sb, s[i]);
		}
	}
	return 0;
}

static int f_url_parse(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	const char *p = s, *e = s + n;
	const char *frag = memchr(p, '#', n);
	const char *fe = frag ? frag : e;
	fx_node *m = fx_tmplf__map(c);
	fx_strbuf tmp = FX_STRBUF_INIT;
	const char *scheme = "", *opaque = "", *user = "", *host = "", *query = "";
	size_t scheme_n = 0, opaque_n = 0, user_n = 0, host_n = 0, query_n = 0;
	/* scheme */
	const char *q = p;
	if (q < fe && isalpha((unsigned char)*q)) {
		while (q < fe && (isalnum((unsigned char)*q) || *q == '+' || *q == '-' || *q == '.'))
			q++;
		if (q < fe && *q == ':') {
			scheme = p;
			scheme_n = (size_t)(q - p);
			p = q + 1;
		}
	}
	const char *qm = memchr(p, '?', (size_t)(fe - p));
	const char *re = qm ? qm : fe;
	if (qm) {
		query = qm + 1;
		query_n = (size_t)(fe - qm - 1);
	}
	const char *path = p;
	size_t path_n = (size_t)(re - p);
	if (scheme_n && (path_n == 0 || path[0] != '/')) {
		opaque = path;
		opaque_n = path_n;
		path_n = 0;
	} else if (path_n >= 2 && path[0] == '/' && path[1] == '/') {
		const char *a = path + 2;
		const char *slash = memchr(a, '/', (size_t)(re - a));
		const char *ae = slash ? slash : re;
		const char *at = NULL;
		for (const char *k = a; k < ae; k++)
			if (*k == '@')
				at = k;
		if (at) {
			user = a;
			user_n = (size_t)(at - a);
			a = at + 1;
		}
		host = a;
		host_n = (size_t)(ae - a);
		path = ae;
		path_n = (size_t)(re - ae);
	}
	fx_map_set(c->arena, m, "scheme", fx_tmplf__str(c, scheme, scheme_n));
	fx_map_set(c->arena, m, "host", fx_tmplf__str(c, host, host_n));
	size_t hn = host_n;
	const char *colon = NULL;
	if (host_n && host[0] == '[') {
		const char *rb = memchr(host, ']', host_n);
		fx_map_set(c->arena, m, "hostname",
			   fx_tmplf__str(c, host + 1, rb ? (size_t)(rb - host - 1) : host_n - 1));
	} else {
		for (size_t k = 0; k < host_n; k++)
			if (host[k] == ':')
				colon = host + k;
		if (colon)
			hn = (size_t)(colon - host);
		fx_map_set(c->arena, m, "hostname", fx_tmplf__str(c, host, hn));
	}
	if (unescape(&tmp, path, path_n) < 0) {
		fx_sb_dispose(&tmp);
		return fx_tmplf__fail(c, "unable to parse url: invalid URL escape");
	}
	fx_map_set(c->arena, m, "path", fx_tmplf__str(c, fx_sb_cstr(&tmp), tmp.len));
	fx_sb_clear(&tmp);
	fx_map_set(c->arena, m, "query", fx_tmplf__str(c, query, query_n));
	fx_map_set(c->arena, m, "opaque", fx_tmplf__str(c, opaque, opaque_n));
	if (frag && unescape(&tmp, frag + 1, (size_t)(e - frag - 1)) < 0) {
		fx_sb_dispose(&tmp);
		return fx_tmplf__fail(c, "unable to parse url: invalid URL escape");
	}
	fx_map_set(c->arena, m, "fragment", fx_tmplf__str(c, fx_sb_cstr(&tmp), tmp.len));
	fx_sb_dispose(&tmp);
	fx_map_set(c->arena, m, "userinfo", fx_tmplf__str(c, user, user_n));
	*out = m;
	return 0;
}

/* url.PathEscape-ish for urlJoin's path (Go's EscapedPath of a Path). */
static void escape_path(fx_strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (isalnum(ch) || strchr("-_.~/$&+,:;=@!*'()", ch))
			fx_sb_addc(sb, (char)ch);
		else {
			fx_sb_addc(sb, '%');
			fx_sb_addc(sb, hex[ch >> 4]);
			fx_sb_addc(sb, hex[ch & 15]);
		}
	}
}

static int f_url_join(fx_tmpl_call *c, fx_node **out)
{
	fx_node *m;
	if (fx_tmplf__arg_map(c, 0, &m) < 0)
		return -1;
	const char *scheme = fx_map_get_str(m, "scheme"), *host = fx_map_get_str(m, "host"),
		   *user = fx_map_get_str(m, "userinfo"), *path = fx_map_get_str(m, "path"),
		   *query = fx_map_get_str(m, "query"), *frag = fx_map_get_str(m, "fragment"),
		   *opaque = fx_map_get_str(m, "opaque");
	fx_strbuf sb = FX_STRBUF_INIT;
	if (scheme && *scheme) {
		fx_sb_adds(&sb, scheme);
		fx_sb_addc(&sb, ':');
	}
	if (opaque && *opaque) {
		fx_sb_adds(&sb, opaque);
	} else {
		if ((scheme && *scheme) || (host && *host) || (user && *user)) {
			if ((host && *host) || (path && *path) || (user && *user))
				fx_sb_adds(&sb, "//");
			if (user && *user) {
				fx_sb_adds(&sb, user);
				fx_sb_addc(&sb, '@');
			}
			if (host)
				fx_sb_adds(&sb, host);
		}
		if (path && *path && path[0] != '/' && host && *host)
			fx_sb_addc(&sb, '/');
		if (path)
			escape_path(&sb, path);
	}
	if (query && *query) {
		fx_sb_addc(&sb, '?');
		fx_sb_adds(&sb, query);
	}
	if (frag && *frag) {
		fx_sb_addc(&sb, '#');
		escape_path(&sb, frag);
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Environment and network                                              */

static int f_env(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, name, n);
	const char *v = getenv(name);
	*out = fx_tmplf__strz(c, v ? v : "");
	return 0;
}

static bool name_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* os.ExpandEnv */
static int f_expandenv(fx_tmpl_call *c, fx_node **out)
{
	ARG_S(0, s, n);
	fx_strbuf sb = FX_STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '$' || i + 1 >= n) {
			fx_sb_addc(&sb, s[i]);
			continue;
		}
		size_t ns, ne, next;
		if (s[i + 1] == '{') {
			const char *cb = memchr(s + i + 2, '}', n - i - 2);
			if (!cb) { /* bad syntax: Go drops "${" */
				i = n;
				break;
			}
			ns = i + 2;
			ne = (size_t)(cb - s);
			next = ne + 1;
		} else if (strchr("*#$@!?-0123456789", s[i + 1]) && s[i + 1]) {
			ns = i + 1;
			ne = i + 2;
			next = ne;
		} else {
			ns = i + 1;
			ne = ns;
			while (ne < n && name_char(s[ne]))
				ne++;
			if (ne == ns) {
				fx_sb_addc(&sb, '$');
				continue;
			}
			next = ne;
		}
		char *name = fx_arena_strndup(c->arena, s + ns, ne - ns);
		const char *v = getenv(name);
		if (v)
			fx_sb_adds(&sb, v);
		i = next - 1;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_get_host_by_name(fx_tmpl_call *c, fx_node **out)
{
	(void)out;
	return fx_tmplf__fail(c, "getHostByName is not supported: fluxc renders offline and does no DNS lookups");
}

static const fx_tmpl_func misc_funcs[] = {
	{"base", f_base, 1, 1, 0},
	{"clean", f_clean, 1, 1, 0},
	{"deepEqual", f_deep_equal, 2, 2, 0},
	{"dir", f_dir, 1, 1, 0},
	{"env", f_env, 1, 1, 0},
	{"expandenv", f_expandenv, 1, 1, 0},
	{"ext", f_ext, 1, 1, 0},
	{"getHostByName", f_get_host_by_name, 1, 1, 0},
	{"isAbs", f_is_abs, 1, 1, 0},
	{"kindIs", f_kind_is, 2, 2, 0},
	{"kindOf", f_kind_of, 1, 1, 0},
	{"osBase", f_base, 1, 1, 0},
	{"osClean", f_clean, 1, 1, 0},
	{"osDir", f_dir, 1, 1, 0},
	{"osExt", f_ext, 1, 1, 0},
	{"osIsAbs", f_is_abs, 1, 1, 0},
	{"typeIs", f_type_is, 2, 2, 0},
	{"typeIsLike", f_type_is_like, 2, 2, 0},
	{"typeOf", f_type_of, 1, 1, 0},
	{"urlJoin", f_url_join, 1, 1, 0},
	{"urlParse", f_url_parse, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__misc_family(void)
{
	return FX_TMPLF__FAMILY(misc_funcs);
}
