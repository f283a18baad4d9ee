/*
 * kustomize: JSON 6902 patches.
 *
 * Applies a list of {op, path, value, from} operations the way kustomize
 * does through evanphx/json-patch v4: JSON pointers with ~0/~1 escapes,
 * "-" to append, negative array indices counted from the end, and that
 * library's leniencies (replace of a missing mapping key adds it, test of
 * a missing key against null passes).  Error texts follow the library's
 * wording including the wrapped cause ("...: missing value").
 *
 * kustomize round-trips the object through JSON while patching, so the
 * result loses quoting styles, tags and original number spellings, and
 * whole floats become integers; the object is normalised the same way.
 * Target selection is the caller's.
 */
#include "kustomize/patch.h"
#include "yaml/emit_int.h"

#include <errno.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	fx_ctx *ctx;
	fx_arena *a;
	fx_loc loc;
} jp;

#define JP_MISSING "missing value"
#define JP_BADINDEX "invalid index referenced"

/* Decodes one reference token (~1 -> /, ~0 -> ~). */
static char *decode_token(fx_arena *a, const char *s, size_t n)
{
	char *out = fx_arena_alloc(a, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '~' && i + 1 < n && (s[i + 1] == '0' || s[i + 1] == '1')) {
			out[k++] = s[i + 1] == '0' ? '~' : '/';
			i++;
		} else {
			out[k++] = s[i];
		}
	}
	out[k] = '\0';
	return out;
}

/* strconv.Atoi: optional sign, decimal digits. */
static bool atoi_go(const char *s, long *out)
{
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	if (!*p)
		return false;
	for (const char *q = p; *q; q++)
		if (*q < '0' || *q > '9')
			return false;
	errno = 0;
	long v = strtol(s, NULL, 10);
	if (errno)
		return false;
	*out = v;
	return true;
}

/* findObject: the container holding the last token of `path`, or NULL. */
static fx_node *find_container(jp *j, fx_node *doc, const char *path, const char **key_out)
{
	*key_out = NULL;
	const char *slash = strchr(path, '/');
	if (!slash || slash != path)
		return NULL;
	fx_node *cur = doc;
	const char *p = path + 1;
	for (;;) {
		const char *e = strchr(p, '/');
		if (!e) {
			*key_out = decode_token(j->a, p, strlen(p));
			return cur;
		}
		const char *tok = decode_token(j->a, p, (size_t)(e - p));
		fx_node *next = NULL;
		if (cur->kind == FX_MAP) {
			next = fx_map_get(cur, tok);
		} else if (cur->kind == FX_SEQ) {
			long idx;
			if (!atoi_go(tok, &idx))
				return NULL;
			long len = (long)fx_seq_len(cur);
			if (idx < 0) {
				if (idx < -len)
					return NULL;
				idx += len;
			}
			if (idx >= len)
				return NULL;
			next = fx_seq_at(cur, (size_t)idx);
		}
		if (!next || (next->kind != FX_MAP && next->kind != FX_SEQ))
			return NULL;
		cur = next;
		p = e + 1;
	}
}

/* container.get: *out NULL for a missing mapping key (not an error). */
static int cget(jp *j, fx_node *con, const char *key, fx_node **out, char **err)
{
	*out = NULL;
	if (con->kind == FX_MAP) {
		*out = fx_map_get(con, key);
		return 0;
	}
	long idx;
	if (!atoi_go(key, &idx)) {
		*err = fx_arena_printf(j->a, "strconv.Atoi: parsing \"%s\": invalid syntax", key);
		return -1;
	}
	long len = (long)fx_seq_len(con);
	if (idx < 0) {
		if (idx < -len) {
			*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX,
					       idx);
			return -1;
		}
		idx += len;
	}
	if (idx >= len) {
		*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX, idx);
		return -1;
	}
	*out = fx_seq_at(con, (size_t)idx);
	return 0;
}

static int cadd(jp *j, fx_node *con, const char *key, fx_node *val, char **err)
{
	if (con->kind == FX_MAP) {
		fx_map_set(j->a, con, key, val);
		return 0;
	}
	if (strcmp(key, "-") == 0) {
		fx_seq_push(j->a, con, val);
		return 0;
	}
	long idx;
	if (!atoi_go(key, &idx)) {
		*err = fx_arena_printf(j->a,
				       "value was not a proper array index: '%s': strconv.Atoi: parsing "
				       "\"%s\": invalid syntax",
				       key, key);
		return -1;
	}
	long sz = (long)fx_seq_len(con) + 1;
	if (idx >= sz) {
		*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX, idx);
		return -1;
	}
	if (idx < 0) {
		if (idx < -sz) {
			*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX,
					       idx);
			return -1;
		}
		idx += sz;
	}
	fx_seq_insert(j->a, con, (size_t)idx, val);
	return 0;
}

static int cremove(jp *j, fx_node *con, const char *key, char **err)
{
	if (con->kind == FX_MAP) {
		if (!fx_map_del(con, key)) {
			*err = fx_arena_printf(j->a, "Unable to remove nonexistent key: %s: " JP_MISSING,
					       key);
			return -1;
		}
		return 0;
	}
	long idx;
	if (!atoi_go(key, &idx)) {
		*err = fx_arena_printf(j->a, "strconv.Atoi: parsing \"%s\": invalid syntax", key);
		return -1;
	}
	long len = (long)fx_seq_len(con);
	if (idx >= len) {
		*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX, idx);
		return -1;
	}
	if (idx < 0) {
		if (idx < -len) {
			*err = fx_arena_printf(j->a, "Unable to access invalid index: %ld: " JP_BADINDEX,
					       idx);
			return -1;
		}
		idx += len;
	}
	fx_seq_remove(con, (size_t)idx);
	return 0;
}

static void cset(jp *j, fx_node *con, const char *key, fx_node *val)
{
	if (con->kind == FX_MAP) {
		fx_map_set(j->a, con, key, val);
		return;
	}
	long idx = 0;
	atoi_go(key, &idx);
	long len = (long)fx_seq_len(con);
	if (idx < 0)
		idx += len;
	con->u.seq.items[idx] = val;
}

/* ------------------------------------------------------------------ */

/* Go's shortest decimal digits of a whole double below 1e21, as
 * encoding/json prints it ("12345678901234567000"). */
static const char *whole_digits(fx_arena *a, double d)
{
	char buf[64];
	int prec;
	for (prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	/* buf: [-]D.DDDDe+XX -> integer digits */
	char mant[32];
	size_t k = 0;
	const char *p = buf;
	bool neg = *p == '-';
	if (neg)
		p++;
	for (; *p && *p != 'e'; p++)
		if (*p != '.')
			mant[k++] = *p;
	mant[k] = '\0';
	int exp = atoi(p + 1);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (neg)
		fx_sb_addc(&sb, '-');
	for (int i = 0; i <= exp; i++)
		fx_sb_addc(&sb, i < (int)k ? mant[i] : '0');
	char *r = fx_arena_strdup(a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return r;
}

/* A number after encoding/json: a float64, whole ones read back as ints. */
static void normalize_number(fx_arena *a, fx_node *n)
{
	double d;
	if (n->kind == FX_INT)
		d = (n->flags & FX_NODE_UINT) ? (double)(uint64_t)n->u.i : (double)n->u.i;
	else
		d = n->u.f;
	n->text = NULL;
	n->text_len = 0;
	n->flags &= (uint16_t)~(FX_NODE_UINT | FX_NODE_BIGNUM);
	if (!isfinite(d) || d != floor(d) || fabs(d) >= 1e21) {
		n->kind = FX_FLOAT;
		n->u.f = d;
		return;
	}
	if (fabs(d) < 9.2e18) {
		n->kind = FX_INT;
		n->u.i = (int64_t)d;
		return;
	}
	const char *digits = whole_digits(a, d);
	if (d > 0 && d < 18446744073709551615.0) {
		n->kind = FX_INT;
		n->u.i = (int64_t)strtoull(digits, NULL, 10);
		n->flags |= FX_NODE_UINT;
		return;
	}
	n->kind = FX_FLOAT;
	n->u.f = d;
	n->flags |= FX_NODE_BIGNUM;
	n->text = digits;
	n->text_len = strlen(digits);
}

static const char *go_fmt_g(fx_arena *a, double d);

/* A mapping key as sigs.k8s.io/yaml writes it into JSON. */
static const char *key_text(fx_arena *a, const fx_node *k)
{
	switch (k->kind) {
	case FX_BOOL:
		return k->u.b ? "true" : "false";
	case FX_NULL:
		return "null";
	case FX_INT:
		if (k->flags & FX_NODE_UINT)
			return fx_arena_printf(a, "%llu", (unsigned long long)(uint64_t)k->u.i);
		return fx_arena_printf(a, "%lld", (long long)k->u.i);
	case FX_FLOAT:
		return go_fmt_g(a, k->u.f);
	default:
		return fx_scalar_text(a, k);
	}
}

/* What kustomize's JSON round trip does to the object. */
static void normalize(fx_arena *a, fx_node *n)
{
	if (!n)
		return;
	n->style = FX_STYLE_ANY;
	n->tag = NULL;
	switch (n->kind) {
	case FX_SEQ:
		for (size_t i = 0; i < n->u.seq.len; i++)
			normalize(a, n->u.seq.items[i]);
		break;
	case FX_MAP:
		for (size_t i = 0; i < n->u.map.len; i++) {
			normalize(a, n->u.map.items[i].val);
			fx_node *k = n->u.map.items[i].key;
			if (k && k->kind != FX_STR) {
				const char *t = key_text(a, k);
				n->u.map.items[i].key = fx_node_str(a, t, k->loc);
			}
			n->u.map.items[i].key->style = FX_STYLE_ANY;
			n->u.map.items[i].key->tag = NULL;
		}
		break;
	case FX_INT:
	case FX_FLOAT:
		normalize_number(a, n);
		break;
	case FX_STR: {
		fx__time t;
		if ((n->flags & FX_NODE_TIMESTAMP) &&
		    fx__parse_timestamp(n->u.s.ptr, n->u.s.len, &t)) {
			char buf[64];
			size_t len = fx__format_rfc3339(buf, &t);
			n->u.s.ptr = fx_arena_strndup(a, buf, len);
			n->u.s.len = len;
		}
		n->flags &= (uint16_t)~FX_NODE_TIMESTAMP;
		n->text = NULL;
		n->text_len = 0;
		break;
	}
	default:
		n->text = NULL;
		n->text_len = 0;
		break;
	}
}

/* Go's strconv.FormatFloat(d, 'g', -1, 64), which go-yaml uses to write
 * the float64 numbers of a JSON document back as YAML text. */
static const char *go_fmt_g(fx_arena *a, double d)
{
	if (d == 0)
		return "0";
	if (isnan(d))
		return "NaN";
	if (isinf(d))
		return d > 0 ? "+Inf" : "-Inf";
	char buf[64];
	int prec;
	for (prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	char mant[32];
	size_t k = 0;
	const char *p = buf;
	bool neg = *p == '-';
	if (neg)
		p++;
	for (; *p && *p != 'e'; p++)
		if (*p != '.')
			mant[k++] = *p;
	mant[k] = '\0';
	int exp = atoi(p + 1);
	fx_strbuf sb = FX_STRBUF_INIT;
	if (neg)
		fx_sb_addc(&sb, '-');
	if (exp < -4 || exp >= 6) {
		fx_sb_addc(&sb, mant[0]);
		if (k > 1) {
			fx_sb_addc(&sb, '.');
			fx_sb_adds(&sb, mant + 1);
		}
		fx_sb_addf(&sb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
	} else if (exp < 0) {
		fx_sb_adds(&sb, "0.");
		for (int i = -1; i > exp; i--)
			fx_sb_addc(&sb, '0');
		fx_sb_adds(&sb, mant);
	} else {
		for (int i = 0; i <= exp; i++)
			fx_sb_addc(&sb, i < (int)k ? mant[i] : '0');
		if ((int)k > exp + 1) {
			fx_sb_addc(&sb, '.');
			fx_sb_adds(&sb, mant + exp + 1);
		}
	}
	char *r = fx_arena_strdup(a, fx_sb_cstr(&sb));
	fx_sb_dispose(&sb);
	return r;
}

static double num_value(const fx_node *n)
{
	if (n->kind == FX_INT)
		return (n->flags & FX_NODE_UINT) ? (double)(uint64_t)n->u.i : (double)n->u.i;
	return n->u.f;
}

/* kustomize rewrites the annotations after a JSON patch through a
 * string map: every value becomes its text, an empty map goes away, and
 * a key that reads back as a non-string (true, 12, null) makes its final
 * conversion to JSON fail. */
static int restring_annotations(jp *j, fx_node *obj)
{
	fx_node *md = fx_map_get(obj, "metadata");
	fx_node *an = fx_map_get(md, "annotations");
	if (!an || an->kind != FX_MAP)
		return 0;
	if (an->u.map.len == 0) {
		fx_map_del(md, "annotations");
		return 0;
	}
	for (size_t i = 0; i < an->u.map.len; i++) {
		fx_node *v = an->u.map.items[i].val;
		const char *kt = fx_scalar_text(j->a, an->u.map.items[i].key);
		fx_node *kr = fx_scalar_resolve(j->a, kt, strlen(kt), FX_YAML_SCHEMA_KYAML, an->loc);
		if (kr->kind != FX_STR)
			return fx_error(j->ctx, j->loc, "FX3310",
					"json: unsupported type: map[interface {}]interface {}");
		if (v && v->kind == FX_STR)
			continue;
		const char *t;
		if (v && (v->kind == FX_INT || v->kind == FX_FLOAT))
			t = go_fmt_g(j->a, num_value(v));
		else
			t = v && fx_node_is_scalar(v) ? fx_scalar_text(j->a, v) : "";
		an->u.map.items[i].val = fx_node_str(j->a, t, v ? v->loc : an->loc);
	}
	return 0;
}

static int fail(jp *j, fx_loc loc, const char *fmt, ...) FX_PRINTF(3, 4);
static int fail(jp *j, fx_loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = fx_verror(j->ctx, loc, "FX3310", fmt, ap);
	va_end(ap);
	return rc;
}

static int apply_op(jp *j, fx_node **doc, const fx_node *op)
{
	fx_loc loc = op->loc;
	const char *kind = fx_map_get_str(op, "op");
	fx_node *pathn = fx_map_get(op, "path");
	fx_node *fromn = fx_map_get(op, "from");
	fx_node *valn = fx_map_get(op, "value");
	const char *path = pathn && pathn->kind == FX_STR ? pathn->u.s.ptr : NULL;
	const char *from = fromn && fromn->kind == FX_STR ? fromn->u.s.ptr : NULL;
	const char *key;
	fx_node *con, *v;
	char *err = NULL;
	fx_node *val = valn ? fx_node_copy(j->a, valn) : fx_node_null(j->a, loc);
	if (val)
		normalize(j->a, val);

	if (!kind)
		kind = "unknown";
	if (strcmp(kind, "add") == 0) {
		if (!path)
			return fail(j, loc, "add operation failed to decode path: " JP_MISSING);
		if (!(con = find_container(j, *doc, path, &key)))
			return fail(j, loc,
				    "add operation does not apply: doc is missing path: \"%s\": " JP_MISSING,
				    path);
		if (cadd(j, con, key, val, &err) < 0)
			return fail(j, loc, "error in add for path: '%s': %s", path, err);
		return 0;
	}
	if (strcmp(kind, "remove") == 0) {
		if (!path)
			return fail(j, loc, "remove operation failed to decode path: " JP_MISSING);
		if (!(con = find_container(j, *doc, path, &key)))
			return fail(j, loc,
				    "remove operation does not apply: doc is missing path: \"%s\": " JP_MISSING,
				    path);
		if (cremove(j, con, key, &err) < 0)
			return fail(j, loc, "error in remove for path: '%s': %s", path, err);
		return 0;
	}
	if (strcmp(kind, "replace") == 0) {
		if (!path)
			return fail(j, loc, "replace operation failed to decode path: " JP_MISSING);
		if (path[0] == '\0') {
			if (val->kind != FX_MAP && val->kind != FX_SEQ)
				return fail(j, loc, "replace operation value must be object or array");
			*doc = val;
			return 0;
		}
		if (!(con = find_container(j, *doc, path, &key)))
			return fail(j, loc,
				    "replace operation does not apply: doc is missing path: %s: " JP_MISSING,
				    path);
		if (cget(j, con, key, &v, &err) < 0)
			return fail(j, loc,
				    "replace operation does not apply: doc is missing key: %s: " JP_MISSING,
				    path);
		cset(j, con, key, val);
		return 0;
	}
	if (strcmp(kind, "move") == 0 || strcmp(kind, "copy") == 0) {
		bool move = kind[0] == 'm';
		if (!from)
			return fail(j, loc, "%s operation failed to decode from: " JP_MISSING, kind);
		if (!(con = find_container(j, *doc, from, &key)))
			return fail(j, loc,
				    "%s operation does not apply: doc is missing from path: %s: " JP_MISSING,
				    kind, from);
		if (cget(j, con, key, &v, &err) < 0)
			return move ? fail(j, loc, "error in move for path: '%s': %s", key, err)
				    : fail(j, loc, "error in copy for from: '%s': %s", from, err);
		if (move) {
			if (cremove(j, con, key, &err) < 0)
				return fail(j, loc, "error in move for path: '%s': %s", key, err);
		} else {
			v = v ? fx_node_copy(j->a, v) : fx_node_null(j->a, loc);
		}
		if (!v)
			v = fx_node_null(j->a, loc);
		if (!path)
			return fail(j, loc, "%s operation failed to decode path: " JP_MISSING, kind);
		if (!(con = find_container(j, *doc, path, &key)))
			return fail(j, loc,
				    "%s operation does not apply: doc is missing destination path: %s: " JP_MISSING,
				    kind, path);
		if (cadd(j, con, key, v, &err) < 0)
			return move ? fail(j, loc, "error in move for path: '%s': %s", path, err)
				    : fail(j, loc, "error while adding value during copy: %s", err);
		return 0;
	}
	if (strcmp(kind, "test") == 0) {
		if (!path)
			return fail(j, loc, "test operation failed to decode path: " JP_MISSING);
		if (path[0] == '\0') {
			if (fx_node_equal(*doc, val))
				return 0;
			return fail(j, loc, "testing value %s failed: test failed", path);
		}
		if (!(con = find_container(j, *doc, path, &key)))
			return fail(j, loc,
				    "test operation does not apply: is missing path: %s: " JP_MISSING,
				    path);
		if (cget(j, con, key, &v, &err) < 0)
			return fail(j, loc, "error in test for path: '%s': %s", path, err);
		if (!v) {
			if (!valn || valn->kind == FX_NULL)
				return 0;
			return fail(j, loc, "testing value %s failed: test failed", path);
		}
		if (fx_node_equal(v, val))
			return 0;
		return fail(j, loc, "testing value %s failed: test failed", path);
	}
	return fail(j, loc, "Unexpected kind: %s", kind);
}

int fx_kust__json6902_apply(fx_ctx *ctx, fx_arena *a, fx_node **obj, const fx_node *ops)
{
	jp j = {ctx, a, ops ? ops->loc : FX_LOC_NONE};
	if (!ops || ops->kind != FX_SEQ)
		return fx_error(ctx, j.loc, "FX3310",
				"json: cannot unmarshal %s into Go value of type jsonpatch.Patch",
				ops ? (ops->kind == FX_MAP ? "object" : "string") : "null");
	normalize(a, *obj);
	/* kustomize's objects always carry (internal) annotations while it
	 * patches them: a patch may add to a map the source does not have */
	fx_node *md = fx_map_get(*obj, "metadata");
	if (md && md->kind == FX_MAP && !fx_map_get(md, "annotations"))
		fx_map_set(a, md, "annotations", fx_node_map(a, md->loc));
	for (size_t i = 0; i < fx_seq_len(ops); i++) {
		const fx_node *op = fx_seq_at(ops, i);
		if (!op || op->kind != FX_MAP)
			return fx_error(ctx, op ? op->loc : j.loc, "FX3310",
					"json: cannot unmarshal %s into Go value of type jsonpatch.Operation",
					op && op->kind == FX_SEQ ? "array" : "string");
		int rc = apply_op(&j, obj, op);
		if (rc < 0)
			return rc;
	}
	if (*obj && (*obj)->kind == FX_MAP)
		return restring_annotations(&j, *obj);
	return 0;
}
