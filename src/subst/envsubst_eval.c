/*
 * envsubst evaluator: walks the tree of envsubst_parse.c and applies the
 * functions of Flux's dialect.  Part of src/subst.
 *
 * Evaluation order matters for errors: every argument of an expansion is
 * evaluated before its variable is looked up, so in strict mode a missing
 * variable nested in a default is reported even when the default is not
 * used.  All functions are byte-oriented except the case operators and
 * the reversal used by % and %% (code points, malformed bytes becoming
 * U+FFFD as Go's conversions do).
 */
#include "subst/subst_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const fx_envsubst_env *env;
	fx_strbuf *err;
} evalctx;

typedef struct {
	const char *p;
	size_t n;
} str;

/* ------------------------------------------------------------------ */
/* Functions                                                            */

static void put(fx_strbuf *out, str s)
{
	fx_sb_add(out, s.p, s.n);
}

/* Go's strconv.Atoi: optional sign, decimal digits, int64 range. */
static bool atoi64(str s, int64_t *out)
{
	size_t i = 0;
	bool neg = false;
	if (s.n == 0)
		return false;
	if (s.p[0] == '+' || s.p[0] == '-') {
		neg = s.p[0] == '-';
		i = 1;
		if (s.n == 1)
			return false;
	}
	uint64_t v = 0;
	uint64_t lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (; i < s.n; i++) {
		char c = s.p[i];
		if (c < '0' || c > '9')
			return false;
		uint64_t d = (uint64_t)(c - '0');
		if (v > (lim - d) / 10)
			return false;
		v = v * 10 + d;
	}
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return true;
}

/* ${v:off} and ${v:off:len}.  Returns -1 where upstream panics. */
static int do_substr(fx_strbuf *out, str v, str *args, size_t nargs)
{
	int64_t pos, length;
	int64_t n = (int64_t)v.n;
	if (nargs == 0 || !atoi64(args[0], &pos)) {
		put(out, v);
		return 0;
	}
	if (pos < 0) {
		pos = n + pos;
		if (pos < 0)
			pos = 0;
	}
	if (nargs == 1) {
		if (pos < n)
			fx_sb_add(out, v.p + pos, (size_t)(n - pos));
		return 0;
	}
	if (!atoi64(args[1], &length)) {
		put(out, v);
		return 0;
	}
	/* Go's int addition wraps */
	int64_t end = (int64_t)((uint64_t)pos + (uint64_t)length);
	if (end >= n) {
		if (pos < n)
			fx_sb_add(out, v.p + pos, (size_t)(n - pos));
		return 0;
	}
	if (end < pos || end < 0 || pos > n)
		return -1; /* slice bounds out of range upstream */
	fx_sb_add(out, v.p + pos, (size_t)(end - pos));
	return 0;
}

static const char *find(str hay, str needle)
{
	if (needle.n == 0)
		return hay.p;
	if (needle.n > hay.n)
		return NULL;
	return memmem(hay.p, hay.n, needle.p, needle.n);
}

/* Go's strings.Replace(s, old, new, n) with n = 1 or -1 (all). */
static void replace(fx_strbuf *out, str s, str old, str rep, bool all)
{
	if (old.n == 0) {
		/* an empty pattern matches before every code point and at the
		 * end */
		size_t i = 0;
		bool first = true;
		while (all || first) {
			put(out, rep);
			first = false;
			if (i >= s.n)
				return;
			int w;
			fx_subst__utf8_decode(s.p + i, s.n - i, &w);
			fx_sb_add(out, s.p + i, (size_t)w);
			i += (size_t)w;
			if (!all) {
				fx_sb_add(out, s.p + i, s.n - i);
				return;
			}
		}
		return;
	}
	for (;;) {
		const char *m = find(s, old);
		if (!m) {
			put(out, s);
			return;
		}
		fx_sb_add(out, s.p, (size_t)(m - s.p));
		put(out, rep);
		size_t skip = (size_t)(m - s.p) + old.n;
		s.p += skip;
		s.n -= skip;
		if (!all) {
			put(out, s);
			return;
		}
	}
}

static bool has_prefix(str s, str p)
{
	return s.n >= p.n && memcmp(s.p, p.p, p.n) == 0;
}

static bool has_suffix(str s, str p)
{
	return s.n >= p.n && memcmp(s.p + s.n - p.n, p.p, p.n) == 0;
}

/* ${v#p} (shortest) and ${v##p} (longest): the prefix lengths are tried
 * from the whole string down to one byte. */
static str trim_prefix(str s, str pat, bool longest)
{
	size_t cut = 0;
	for (size_t i = 0; i < s.n; i++) {
		int m = fx_subst__glob_match(pat.p, pat.n, s.p, s.n - i);
		if (m < 0)
			return s;
		if (m) {
			cut = s.n - i;
			if (longest)
				break;
		}
	}
	s.p += cut;
	s.n -= cut;
	return s;
}

/* Reverses s code point by code point (malformed bytes become U+FFFD). */
static void reverse(fx_strbuf *out, str s)
{
	uint32_t *cps = fx_xmalloc((s.n + 1) * sizeof *cps);
	size_t k = 0;
	for (size_t i = 0; i < s.n;) {
		int w;
		cps[k++] = fx_subst__utf8_decode(s.p + i, s.n - i, &w);
		i += (size_t)w;
	}
	while (k > 0)
		fx_subst__utf8_put(out, cps[--k]);
	free(cps);
}

static void trim_suffix(fx_strbuf *out, str s, str pat, bool longest)
{
	fx_strbuf rs = FX_STRBUF_INIT, rp = FX_STRBUF_INIT;
	reverse(&rs, s);
	reverse(&rp, pat);
	str t = trim_prefix((str){fx_sb_cstr(&rs), rs.len}, (str){fx_sb_cstr(&rp), rp.len},
			    longest);
	reverse(out, t);
	fx_sb_dispose(&rs);
	fx_sb_dispose(&rp);
}

typedef enum { CASE_UPPER, CASE_LOWER } casedir;

static void map_case(fx_strbuf *out, str s, casedir dir, bool first_only)
{
	size_t i = 0;
	while (i < s.n) {
		int w;
		uint32_t c = fx_subst__utf8_decode(s.p + i, s.n - i, &w);
		c = dir == CASE_UPPER ? fx_subst__to_upper(c) : fx_subst__to_lower(c);
		fx_subst__utf8_put(out, c);
		i += (size_t)w;
		if (first_only) {
			fx_sb_add(out, s.p + i, s.n - i);
			return;
		}
	}
}

/* Go's strings.ToUpper/ToLower keep pure-ASCII input byte for byte. */
static void map_case_all(fx_strbuf *out, str s, casedir dir)
{
	map_case(out, s, dir, false);
}

static bool is_default_op(const char *op)
{
	return strcmp(op, "=") == 0 || strcmp(op, ":=") == 0 || strcmp(op, ":-") == 0 ||
	       strcmp(op, ":?") == 0 || strcmp(op, ":+") == 0 || strcmp(op, "-") == 0 ||
	       strcmp(op, "+") == 0 || strcmp(op, "?") == 0;
}

/* Applies the function `op` to v.  Returns -1 (bad substitution) only for
 * the substring case that crashes upstream. */
static int apply(fx_strbuf *out, const char *op, str v, str *args, size_t nargs)
{
	if (strcmp(op, ",") == 0) {
		map_case(out, v, CASE_LOWER, true);
	} else if (strcmp(op, ",,") == 0) {
		map_case_all(out, v, CASE_LOWER);
	} else if (strcmp(op, "^") == 0) {
		map_case(out, v, CASE_UPPER, true);
	} else if (strcmp(op, "^^") == 0) {
		map_case_all(out, v, CASE_UPPER);
	} else if (strcmp(op, "#") == 0 && nargs == 0) {
		fx_sb_addf(out, "%zu", v.n);
	} else if (strcmp(op, "#") == 0 || strcmp(op, "##") == 0) {
		put(out, trim_prefix(v, args[0], op[1] == '#'));
	} else if (strcmp(op, "%") == 0 || strcmp(op, "%%") == 0) {
		if (nargs)
			trim_suffix(out, v, args[0], op[1] == '%');
		else
			put(out, v);
	} else if (strcmp(op, ":") == 0) {
		return do_substr(out, v, args, nargs);
	} else if (strcmp(op, "/") == 0 || strcmp(op, "//") == 0) {
		if (nargs == 0)
			put(out, v);
		else
			replace(out, v, args[0], nargs > 1 ? args[1] : (str){"", 0}, op[1] == '/');
	} else if (strcmp(op, "/#") == 0) {
		if (nargs == 2 && has_prefix(v, args[0]))
			replace(out, v, args[0], args[1], false);
		else
			put(out, v);
	} else if (strcmp(op, "/%") == 0) {
		if (nargs == 2 && has_suffix(v, args[0])) {
			fx_sb_add(out, v.p, v.n - args[0].n);
			put(out, args[1]);
		} else {
			put(out, v);
		}
	} else {
		/* plain ${v}, every default form, and the mixed case operators
		 * (",^", "^,") which upstream maps to the default function */
		if (v.n == 0 && nargs > 0) {
			for (size_t i = 0; i < nargs; i++)
				put(out, args[i]);
		} else {
			put(out, v);
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Tree walk                                                            */

static int eval_seq(evalctx *ec, const fx_es_node *n, fx_strbuf *out);

static int eval_expr(evalctx *ec, const fx_es_node *n, fx_strbuf *out)
{
	int rc = 0;
	fx_strbuf *bufs = NULL;
	str *args = NULL;
	if (n->n_args) {
		bufs = fx_xcalloc(n->n_args, sizeof *bufs);
		args = fx_xcalloc(n->n_args, sizeof *args);
	}
	for (size_t i = 0; i < n->n_args; i++) {
		fx_es_node one = *n->args[i];
		one.next = NULL;
		if ((rc = eval_seq(ec, &one, &bufs[i])))
			goto out;
		args[i] = (str){fx_sb_cstr(&bufs[i]), bufs[i].len};
	}
	const char *val = NULL;
	size_t vlen = 0;
	bool exists = ec->env->lookup &&
		      ec->env->lookup(ec->env->ud, n->text, n->len, &val, &vlen);
	if (!exists) {
		val = "";
		vlen = 0;
		if (ec->env->strict && !is_default_op(n->op)) {
			fx_sb_addf(ec->err, "variable not set (strict mode): \"%s\"", n->text);
			rc = FX_EINVALID;
			goto out;
		}
	}
	if (apply(out, n->op, (str){val, vlen}, args, n->n_args) != 0) {
		fx_sb_adds(ec->err, "bad substitution");
		rc = FX_EINVALID;
		goto out;
	}
	if (ec->env->max_output && out->len > ec->env->max_output) {
		fx_sb_adds(ec->err, "output too large");
		rc = FX_ELIMIT;
	}
out:
	for (size_t i = 0; i < n->n_args; i++)
		fx_sb_dispose(&bufs[i]);
	free(bufs);
	free(args);
	return rc;
}

static int eval_seq(evalctx *ec, const fx_es_node *n, fx_strbuf *out)
{
	for (; n; n = n->next) {
		if (n->kind == FX_ES_TEXT) {
			fx_sb_add(out, n->text, n->len);
		} else {
			int rc = eval_expr(ec, n, out);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int fx_envsubst_eval(fx_strbuf *out, fx_strbuf *err_out, const char *in, size_t len,
		     const fx_envsubst_env *env)
{
	fx_arena *a = fx_arena_new();
	fx_es_node *root = NULL;
	const char *msg = NULL;
	size_t mark = out->len;
	fx_strbuf tmp = FX_STRBUF_INIT;
	int rc = fx_subst__parse(&root, &msg, a, in, len);
	if (rc) {
		if (err_out)
			fx_sb_adds(err_out, msg);
		goto out;
	}
	evalctx ec = {env, err_out ? err_out : &tmp};
	rc = eval_seq(&ec, root, out);
	if (rc)
		fx_sb_truncate(out, mark);
out:
	fx_sb_dispose(&tmp);
	fx_arena_free(a);
	return rc;
}

int fx_envsubst_check(fx_strbuf *err_out, const char *in, size_t len)
{
	fx_arena *a = fx_arena_new();
	fx_es_node *root = NULL;
	const char *msg = NULL;
	int rc = fx_subst__parse(&root, &msg, a, in, len);
	if (rc && err_out)
		fx_sb_adds(err_out, msg);
	fx_arena_free(a);
	return rc;
}

bool fx_subst_varname_valid(const char *name, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
		bool digit = c >= '0' && c <= '9';
		if (!alpha && !(digit && i > 0))
			return false;
	}
	return true;
}
