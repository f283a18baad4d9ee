/*
 * Go's builtin template functions (text/template funcs.go) on fx_node
 * values: not, len, index, slice, print, printf, println, html, js,
 * urlquery and the comparisons eq, ne, lt, le, gt, ge.  and, or and call
 * need the executor (lazy arguments, node text in messages) and live in
 * exec.c; this file only names them.
 *
 * Arguments: NULL or FX_NULL is Go's nil.  Integers of every Go integer
 * type compare with each other (signed against unsigned by value), as
 * Go's eq and lt do; int against float64 is an error.
 */
#include "tmpl/tmpl_int.h"

#include <stdarg.h>
#include <string.h>

static const char *const names[] = {
	NULL,   "and",  "or",    "not",     "len",  "index", "slice",
	"print", "printf", "println", "html", "js", "urlquery", "call",
	"eq",   "ne",   "lt",    "le",      "gt",   "ge",
};

int fx_tmpl__builtin_id(const char *name)
{
	for (int i = 1; i < (int)(sizeof(names) / sizeof(names[0])); i++)
		if (!strcmp(names[i], name))
			return i;
	return 0;
}

const char *fx_tmpl__builtin_name(int id)
{
	return id > 0 && id < (int)(sizeof(names) / sizeof(names[0])) ? names[id] : "?";
}

static bool is_nil(const fx_node *v)
{
	return !v || v->kind == FX_NULL;
}

bool fx_tmpl__truth(const fx_node *v)
{
	if (is_nil(v))
		return false;
	switch (v->kind) {
	case FX_BOOL:
		return v->u.b;
	case FX_INT:
		return v->u.i != 0;
	case FX_FLOAT:
		return v->u.f != 0;
	case FX_STR:
		return v->u.s.len > 0;
	case FX_SEQ:
		if (fx_go_type_of(v) == FX_GO_COMPLEX && v->u.seq.len == 2)
			return v->u.seq.items[0]->u.f != 0 || v->u.seq.items[1]->u.f != 0;
		return v->u.seq.len > 0;
	case FX_MAP: {
		fx_go_type t = fx_go_type_of(v);
		if (t == FX_GO_TIME || t == FX_GO_SEMVER)
			return true;
		return v->u.map.len > 0;
	}
	default:
		return false;
	}
}

static int fail(fx_strbuf *err, const char *fmt, ...) FX_PRINTF(2, 3);
static int fail(fx_strbuf *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fx_sb_vaddf(err, fmt, ap);
	va_end(ap);
	return -1;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                           */

enum { K_INVALID, K_BOOL, K_COMPLEX, K_INT, K_FLOAT, K_STRING, K_UINT };

static int basic_kind(const fx_node *v)
{
	if (is_nil(v))
		return K_INVALID;
	switch (v->kind) {
	case FX_BOOL:
		return K_BOOL;
	case FX_INT:
		if (fx_go_type_of(v) == FX_GO_UINT64 || (v->flags & FX_NODE_UINT))
			return K_UINT;
		return K_INT;
	case FX_FLOAT:
		return K_FLOAT;
	case FX_STR:
		return fx_go_type_of(v) == FX_GO_BYTES ? K_INVALID : K_STRING;
	case FX_SEQ:
		return fx_go_type_of(v) == FX_GO_COMPLEX ? K_COMPLEX : K_INVALID;
	default:
		return K_INVALID;
	}
}

static int str_cmp(const fx_node *a, const fx_node *b)
{
	size_t n = a->u.s.len < b->u.s.len ? a->u.s.len : b->u.s.len;
	int c = memcmp(a->u.s.ptr, b->u.s.ptr, n);
	if (c)
		return c;
	return a->u.s.len < b->u.s.len ? -1 : a->u.s.len > b->u.s.len;
}

/* eq(arg1, arg2...) */
static int eq(fx_node **args, size_t n, bool *out, fx_strbuf *err)
{
	if (n < 2)
		return fail(err, "missing argument for comparison");
	const fx_node *a = args[0];
	int k1 = basic_kind(a);
	for (size_t i = 1; i < n; i++) {
		const fx_node *b = args[i];
		int k2 = basic_kind(b);
		bool truth = false;
		if (k1 != k2) {
			if (k1 == K_INT && k2 == K_UINT)
				truth = a->u.i >= 0 && (uint64_t)a->u.i == (uint64_t)b->u.i;
			else if (k1 == K_UINT && k2 == K_INT)
				truth = b->u.i >= 0 && (uint64_t)b->u.i == (uint64_t)a->u.i;
			else if (!is_nil(a) && !is_nil(b))
				return fail(err, "incompatible types for comparison");
		} else {
			switch (k1) {
			case K_BOOL:
				truth = a->u.b == b->u.b;
				break;
			case K_COMPLEX:
				truth = a->u.seq.items[0]->u.f == b->u.seq.items[0]->u.f &&
					a->u.seq.items[1]->u.f == b->u.seq.items[1]->u.f;
				break;
			case K_FLOAT:
				truth = a->u.f == b->u.f;
				break;
			case K_INT:
			case K_UINT:
				truth = a->u.i == b->u.i;
				break;
			case K_STRING:
				truth = str_cmp(a, b) == 0;
				break;
			default:
				if (is_nil(a) || is_nil(b)) {
					truth = is_nil(a) == is_nil(b);
				} else {
					return fail(err, "non-comparable type %s: %s",
						    fx_tmpl__go_type(b), fx_tmpl__go_type(b));
				}
			}
		}
		if (truth) {
			*out = true;
			return 0;
		}
	}
	*out = false;
	return 0;
}

/* lt(a, b) */
static int lt(const fx_node *a, const fx_node *b, bool *out, fx_strbuf *err)
{
	int k1 = basic_kind(a), k2 = basic_kind(b);
	if (k1 == K_INVALID || k2 == K_INVALID)
		return fail(err, "invalid type for comparison");
	if (k1 != k2) {
		if (k1 == K_INT && k2 == K_UINT) {
			*out = a->u.i < 0 || (uint64_t)a->u.i < (uint64_t)b->u.i;
			return 0;
		}
		if (k1 == K_UINT && k2 == K_INT) {
			*out = b->u.i >= 0 && (uint64_t)a->u.i < (uint64_t)b->u.i;
			return 0;
		}
		return fail(err, "incompatible types for comparison");
	}
	switch (k1) {
	case K_BOOL:
	case K_COMPLEX:
		return fail(err, "invalid type for comparison");
	case K_FLOAT:
		*out = a->u.f < b->u.f;
		return 0;
	case K_INT:
		*out = a->u.i < b->u.i;
		return 0;
	case K_UINT:
		*out = (uint64_t)a->u.i < (uint64_t)b->u.i;
		return 0;
	case K_STRING:
		*out = str_cmp(a, b) < 0;
		return 0;
	default:
		return fail(err, "invalid type for comparison");
	}
}

/* ------------------------------------------------------------------ */
/* index, slice, len                                                    */

static int index_arg(const fx_node *ix, int64_t cap, bool for_slice, int64_t *out,
		     fx_strbuf *err)
{
	if (is_nil(ix))
		return fail(err, "cannot index slice/array with nil");
	if (ix->kind != FX_INT)
		return fail(err, "cannot index slice/array with type %s", fx_tmpl__go_type(ix));
	int64_t x = ix->u.i;
	if ((ix->flags & FX_NODE_UINT) && x < 0)
		return fail(err, "index out of range: %llu", (unsigned long long)x);
	if (x < 0 || (for_slice ? x > cap : x >= cap))
		return fail(err, "index out of range: %lld", (long long)x);
	*out = x;
	return 0;
}

static int do_index(fx_arena *a, fx_node **args, size_t n, fx_node **out, fx_strbuf *err)
{
	fx_node *item = args[0];
	if (is_nil(item))
		return fail(err, "index of untyped nil");
	for (size_t i = 1; i < n; i++) {
		fx_node *ix = args[i];
		if (item->kind == FX_NULL)
			return fail(err, "index of nil pointer");
		switch (item->kind) {
		case FX_SEQ:
		case FX_STR: {
			bool str = item->kind == FX_STR;
			int64_t len = (int64_t)(str ? item->u.s.len : item->u.seq.len);
			int64_t x;
			if (index_arg(ix, len, false, &x, err))
				return -1;
			if (str) {
				item = fx_node_int(a, (unsigned char)item->u.s.ptr[x], FX_LOC_NONE);
				fx_go_type_set(item, FX_GO_UINT64);
			} else {
				item = item->u.seq.items[x];
			}
			break;
		}
		case FX_MAP: {
			if (is_nil(ix))
				return fail(err, "value is nil; should be of type string");
			if (ix->kind != FX_STR)
				return fail(err, "value has type %s; should be string",
					    fx_tmpl__go_type(ix));
			fx_node *v = fx_map_getn(item, ix->u.s.ptr, ix->u.s.len);
			item = v ? v : fx_node_null(a, FX_LOC_NONE);
			break;
		}
		default:
			return fail(err, "can't index item of type %s", fx_tmpl__go_type(item));
		}
	}
	*out = item;
	return 0;
}

static int do_slice(fx_arena *a, fx_node **args, size_t n, fx_node **out, fx_strbuf *err)
{
	fx_node *item = args[0];
	if (is_nil(item))
		return fail(err, "slice of untyped nil");
	size_t ni = n - 1;
	if (ni > 3)
		return fail(err, "too many slice indexes: %zu", ni);
	int64_t cap;
	if (item->kind == FX_STR) {
		if (ni == 3)
			return fail(err, "cannot 3-index slice a string");
		cap = (int64_t)item->u.s.len;
	} else if (item->kind == FX_SEQ && fx_go_type_of(item) != FX_GO_COMPLEX) {
		cap = (int64_t)item->u.seq.len;
	} else {
		return fail(err, "can't slice item of type %s", fx_tmpl__go_type(item));
	}
	int64_t idx[3] = {0, cap, cap};
	for (size_t i = 0; i < ni; i++)
		if (index_arg(args[i + 1], cap, true, &idx[i], err))
			return -1;
	if (idx[0] > idx[1])
		return fail(err, "invalid slice index: %lld > %lld", (long long)idx[0],
			    (long long)idx[1]);
	if (ni == 3 && idx[1] > idx[2])
		return fail(err, "invalid slice index: %lld > %lld", (long long)idx[1],
			    (long long)idx[2]);
	if (item->kind == FX_STR) {
		fx_node *s = fx_node_strn(a, item->u.s.ptr + idx[0], (size_t)(idx[1] - idx[0]),
					  item->loc);
		fx_go_type_set(s, fx_go_type_of(item));
		*out = s;
		return 0;
	}
	fx_node *s = fx_node_seq(a, item->loc);
	fx_go_type_set(s, fx_go_type_of(item));
	for (int64_t i = idx[0]; i < idx[1]; i++)
		fx_seq_push(a, s, item->u.seq.items[i]);
	*out = s;
	return 0;
}

static int do_len(fx_node *v, int64_t *out, fx_strbuf *err)
{
	if (!v)
		return fail(err, "len of untyped nil");
	switch (v->kind) {
	case FX_NULL:
		return fail(err, "len of nil pointer");
	case FX_STR:
		*out = (int64_t)v->u.s.len;
		return 0;
	case FX_SEQ:
		if (fx_go_type_of(v) == FX_GO_COMPLEX)
			break;
		*out = (int64_t)v->u.seq.len;
		return 0;
	case FX_MAP:
		if (fx_go_type_of(v) != FX_GO_DEFAULT)
			break;
		*out = (int64_t)v->u.map.len;
		return 0;
	default:
		break;
	}
	return fail(err, "len of type %s", fx_tmpl__go_type(v));
}

/* ------------------------------------------------------------------ */
/* Escapers                                                             */

/* text/template's evalArgs: one string as is, else Sprint with
 * "<no value>" for nil. */
static void eval_args(fx_strbuf *out, fx_node **args, size_t n)
{
	if (n == 1 && args[0] && args[0]->kind == FX_STR) {
		fx_sb_add(out, args[0]->u.s.ptr, args[0]->u.s.len);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		bool is_str = !args[i] || args[i]->kind == FX_NULL || args[i]->kind == FX_STR;
		if (i > 0) {
			bool prev = !args[i - 1] || args[i - 1]->kind == FX_NULL ||
				    args[i - 1]->kind == FX_STR;
			if (!is_str && !prev)
				fx_sb_addc(out, ' ');
		}
		if (is_nil(args[i]))
			fx_sb_adds(out, "<no value>");
		else
			fx_tmpl__sprint(out, &args[i], 1, false);
	}
}

static void html_escape(fx_strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '"': fx_sb_adds(out, "&#34;"); break;
		case '\'': fx_sb_adds(out, "&#39;"); break;
		case '&': fx_sb_adds(out, "&amp;"); break;
		case '<': fx_sb_adds(out, "&lt;"); break;
		case '>': fx_sb_adds(out, "&gt;"); break;
		case 0: fx_sb_adds(out, "\xEF\xBF\xBD"); break;
		default: fx_sb_addc(out, s[i]); break;
		}
	}
}

static void js_escape(fx_strbuf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			switch (c) {
			case '\\': fx_sb_adds(out, "\\\\"); break;
			case '\'': fx_sb_adds(out, "\\'"); break;
			case '"': fx_sb_adds(out, "\\\""); break;
			case '<': fx_sb_adds(out, "\\u003C"); break;
			case '>': fx_sb_adds(out, "\\u003E"); break;
			case '&': fx_sb_adds(out, "\\u0026"); break;
			case '=': fx_sb_adds(out, "\\u003D"); break;
			default:
				if (c < ' ') {
					fx_sb_adds(out, "\\u00");
					fx_sb_addc(out, hex[c >> 4]);
					fx_sb_addc(out, hex[c & 15]);
				} else {
					fx_sb_addc(out, (char)c);
				}
			}
			i++;
			continue;
		}
		uint32_t r;
		size_t w = fx_tmpl__utf8_decode(s + i, n - i, &r);
		bool printable = !(r == 0xFFFD && w == 1) && r != 0xFFFE && r != 0xFFFF &&
				 !(r >= 0x80 && r < 0xA0) && r != 0x2028 && r != 0x2029 &&
				 r != 0xAD && r != 0xFEFF;
		if (printable)
			fx_sb_add(out, s + i, w);
		else
			fx_sb_addf(out, "\\u%04X", r);
		i += w;
	}
}

static void url_query_escape(fx_strbuf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~') {
			fx_sb_addc(out, (char)c);
		} else if (c == ' ') {
			fx_sb_addc(out, '+');
		} else {
			fx_sb_addc(out, '%');
			fx_sb_addc(out, hex[c >> 4]);
			fx_sb_addc(out, hex[c & 15]);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Dispatch                                                             */

static fx_node *str_result(fx_arena *a, fx_strbuf *sb)
{
	fx_node *n = fx_node_strn(a, fx_sb_cstr(sb), sb->len, FX_LOC_NONE);
	fx_sb_dispose(sb);
	return n;
}

int fx_tmpl__builtin_call(fx_arena *a, int id, fx_node **args, size_t n, fx_node **out,
			  fx_strbuf *err)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	bool b;
	switch (id) {
	case BI_NOT:
		*out = fx_node_bool(a, !fx_tmpl__truth(args[0]), FX_LOC_NONE);
		return 0;
	case BI_LEN: {
		int64_t len = 0;
		if (do_len(args[0], &len, err))
			return -1;
		*out = fx_node_int(a, len, FX_LOC_NONE);
		return 0;
	}
	case BI_INDEX:
		return do_index(a, args, n, out, err);
	case BI_SLICE:
		return do_slice(a, args, n, out, err);
	case BI_PRINT:
	case BI_PRINTLN:
		fx_tmpl__sprint(&sb, args, n, id == BI_PRINTLN);
		*out = str_result(a, &sb);
		return 0;
	case BI_PRINTF:
		fx_tmpl__sprintf(&sb, args[0]->u.s.ptr, args[0]->u.s.len, args + 1, n - 1);
		*out = str_result(a, &sb);
		return 0;
	case BI_HTML:
	case BI_JS:
	case BI_URLQUERY: {
		fx_strbuf in = FX_STRBUF_INIT;
		eval_args(&in, args, n);
		if (id == BI_HTML)
			html_escape(&sb, fx_sb_cstr(&in), in.len);
		else if (id == BI_JS)
			js_escape(&sb, fx_sb_cstr(&in), in.len);
		else
			url_query_escape(&sb, fx_sb_cstr(&in), in.len);
		fx_sb_dispose(&in);
		*out = str_result(a, &sb);
		return 0;
	}
	case BI_EQ:
	case BI_NE:
		if (id == BI_NE && n != 2)
			return fail(err, "wrong number of args for ne: want 2 got %zu", n);
		if (eq(args, n, &b, err))
			return -1;
		*out = fx_node_bool(a, id == BI_EQ ? b : !b, FX_LOC_NONE);
		return 0;
	case BI_LT:
	case BI_GE:
		if (lt(args[0], args[1], &b, err))
			return -1;
		*out = fx_node_bool(a, id == BI_LT ? b : !b, FX_LOC_NONE);
		return 0;
	case BI_LE:
	case BI_GT: {
		bool e = false;
		if (lt(args[0], args[1], &b, err))
			return -1;
		if (!b && eq(args, 2, &e, err))
			return -1;
		b = b || e;
		*out = fx_node_bool(a, id == BI_LE ? b : !b, FX_LOC_NONE);
		return 0;
	}
	default:
		return fail(err, "builtin %s not callable here", fx_tmpl__builtin_name(id));
	}
}
