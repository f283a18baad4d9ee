/*
 * Helm's own template functions (pkg/engine/funcs.go and engine.go):
 * include and tpl (through the executor's services), required, lookup
 * (an empty map: fluxc has no cluster), getHostByName (Helm's offline
 * override: ""), toYaml, mustToYaml, toYamlPretty, fromYaml,
 * fromYamlArray, toJson, mustToJson, fromJson, fromJsonArray and the
 * duration helpers.  TOML is in toml.c.  Every entry is flagged
 * FX_TMPL_FN_HELM: they exist only in Helm mode, where they win over
 * Sprig's functions of the same name.
 *
 * Errors that Helm wraps for its "execution error at (...)" reports
 * (required, fail) carry Helm's HELM_ERR_START/HELM_ERR_END markers.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

#define H FX_TMPL_FN_HELM

/* ------------------------------------------------------------------ */
/* include, tpl, required, lookup                                       */

static int f_include(fx_tmpl_call *c, fx_node **out)
{
	const char *name;
	if (fx_tmplf__arg_str(c, 0, &name, NULL) < 0)
		return -1;
	if (!c->exec)
		return fx_tmplf__fail(c, "include is not available here");
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_clear(c->err);
	if (fx_tmpl_exec_include(c->exec, name, c->n_args > 1 ? c->args[1] : NULL, &sb, c->err) < 0) {
		fx_sb_dispose(&sb);
		return -1;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_tpl(fx_tmpl_call *c, fx_node **out)
{
	const char *text;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &text, &n) < 0)
		return -1;
	if (!c->exec)
		return fx_tmplf__fail(c, "tpl is not available here");
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_sb_clear(c->err);
	if (fx_tmpl_exec_tpl(c->exec, text, n, c->n_args > 1 ? c->args[1] : NULL, &sb, c->err) < 0) {
		fx_sb_dispose(&sb);
		return -1;
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_required(fx_tmpl_call *c, fx_node **out)
{
	const char *msg;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &msg, &n) < 0)
		return -1;
	fx_node *v = c->args[1];
	bool missing = !v || v->kind == FX_NULL ||
		       (v->kind == FX_STR && fx_go_type_of(v) == FX_GO_DEFAULT && v->u.s.len == 0);
	if (missing) {
		fx_sb_clear(c->err);
		fx_sb_adds(c->err, "HELM_ERR_START");
		fx_sb_add(c->err, msg, n);
		fx_sb_adds(c->err, "HELM_ERR_END");
		return -1;
	}
	*out = v;
	return 0;
}

static int f_lookup(fx_tmpl_call *c, fx_node **out)
{
	for (size_t i = 0; i < 4; i++)
		if (fx_tmplf__arg_str(c, i, &(const char *){NULL}, NULL) < 0)
			return -1;
	*out = fx_tmplf__map(c);
	return 0;
}

static int f_get_host_by_name(fx_tmpl_call *c, fx_node **out)
{
	if (fx_tmplf__arg_str(c, 0, &(const char *){NULL}, NULL) < 0)
		return -1;
	*out = fx_tmplf__str(c, "", 0);
	return 0;
}

static int f_fail(fx_tmpl_call *c, fx_node **out)
{
	const char *msg;
	size_t n;
	(void)out;
	if (fx_tmplf__arg_str(c, 0, &msg, &n) < 0)
		return -1;
	fx_sb_clear(c->err);
	fx_sb_adds(c->err, "HELM_ERR_START");
	fx_sb_add(c->err, msg, n);
	fx_sb_adds(c->err, "HELM_ERR_END");
	return -1;
}

/* ------------------------------------------------------------------ */
/* YAML                                                                 */

static bool yaml_ok(const fx_node *v, int depth)
{
	if (!v || depth > 10000)
		return depth <= 10000;
	if (v->kind == FX_FLOAT && !isfinite(v->u.f))
		return false;
	if (v->kind == FX_SEQ && fx_go_type_of(v) == FX_GO_COMPLEX)
		return false;
	for (size_t i = 0; i < fx_seq_len(v); i++)
		if (!yaml_ok(v->u.seq.items[i], depth + 1))
			return false;
	if (v->kind == FX_MAP)
		for (size_t i = 0; i < v->u.map.len; i++)
			if (!yaml_ok(v->u.map.items[i].val, depth + 1))
				return false;
	return true;
}

static int to_yaml(fx_tmpl_call *c, fx_node **out, bool pretty, bool must)
{
	const fx_node *v = c->args[0];
	if (!yaml_ok(v, 0)) {
		if (must)
			return fx_tmplf__fail(c, "json: unsupported value");
		*out = fx_tmplf__str(c, "", 0);
		return 0;
	}
	fx_node *j = fx_tmplf__jsonify(c, v);
	fx_emit_opts opts;
	memset(&opts, 0, sizeof(opts));
	if (pretty) {
		opts.seq_indent = true;
		opts.width = -1;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_yaml_emit(&sb, j, &opts);
	if (sb.len && sb.ptr[sb.len - 1] == '\n')
		fx_sb_truncate(&sb, sb.len - 1);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_to_yaml(fx_tmpl_call *c, fx_node **out)
{
	return to_yaml(c, out, false, false);
}
static int f_must_to_yaml(fx_tmpl_call *c, fx_node **out)
{
	return to_yaml(c, out, false, true);
}
static int f_to_yaml_pretty(fx_tmpl_call *c, fx_node **out)
{
	return to_yaml(c, out, true, false);
}

/* YAML read as sigs.k8s.io/yaml does: YAML 1.1 scalars, then a JSON
 * round trip into interface{} (numbers become float64, keys strings). */
static fx_node *json_model(fx_tmpl_call *c, const fx_node *v)
{
	if (!v)
		return fx_tmplf__null(c);
	switch ((fx_kind)v->kind) {
	case FX_INT:
		return fx_tmplf__float(c, (v->flags & FX_NODE_UINT) ? (double)(uint64_t)v->u.i
								     : (double)v->u.i);
	case FX_SEQ: {
		fx_node *r = fx_tmplf__seq(c, FX_GO_DEFAULT);
		for (size_t i = 0; i < v->u.seq.len; i++)
			fx_seq_push(c->arena, r, json_model(c, v->u.seq.items[i]));
		return r;
	}
	case FX_MAP: {
		fx_node *r = fx_tmplf__map(c);
		for (size_t i = 0; i < v->u.map.len; i++) {
			const fx_pair *p = &v->u.map.items[i];
			fx_map_set(c->arena, r, fx_tmplf__strval(c->arena, p->key, NULL),
				   json_model(c, p->val));
		}
		return r;
	}
	case FX_STR:
		return fx_tmplf__str(c, v->u.s.ptr, v->u.s.len);
	case FX_FLOAT:
		return fx_tmplf__float(c, v->u.f);
	case FX_BOOL:
		return fx_tmplf__bool(c, v->u.b);
	case FX_NULL:
		break;
	}
	return fx_tmplf__null(c);
}

static const char *json_type_word(const fx_node *v)
{
	if (!v)
		return "null";
	switch ((fx_kind)v->kind) {
	case FX_SEQ:
		return "array";
	case FX_MAP:
		return "object";
	case FX_STR:
		return "string";
	case FX_BOOL:
		return "bool";
	case FX_INT:
	case FX_FLOAT:
		return "number";
	default:
		return "null";
	}
}

/* Loads YAML text; on failure fills errmsg (Helm's wording) and
 * returns -1. */
static int load_yaml(fx_tmpl_call *c, const char *s, size_t n, fx_node **out, fx_strbuf *errmsg)
{
	fx_ctx *ctx = fx_ctx_new();
	uint32_t file = fx_src_add(ctx, "<fromYaml>");
	fx_yaml_opts opts;
	memset(&opts, 0, sizeof(opts));
	opts.schema = FX_YAML_SCHEMA_11;
	opts.allow_duplicate_keys = true;
	fx_node *doc = NULL;
	int rc = fx_yaml_load_one(ctx, c->arena, file, s, n, &opts, &doc);
	if (rc < 0) {
		fx_sb_adds(errmsg, "error converting YAML to JSON: yaml: ");
		const fx_diag *d = fx_diag_count(ctx) ? fx_diag_at(ctx, 0) : NULL;
		if (d && d->loc.line)
			fx_sb_addf(errmsg, "line %u: ", d->loc.line);
		fx_sb_adds(errmsg, d ? d->msg : "invalid YAML");
	} else {
		*out = json_model(c, doc);
	}
	fx_ctx_free(ctx);
	return rc < 0 ? -1 : 0;
}

static int from_yaml(fx_tmpl_call *c, fx_node **out, bool array)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	fx_strbuf err = FX_STRBUF_INIT;
	fx_node *doc = NULL;
	if (load_yaml(c, s, n, &doc, &err) == 0) {
		bool null = !doc || doc->kind == FX_NULL;
		if (!null && doc->kind != (array ? FX_SEQ : FX_MAP))
			fx_sb_addf(&err,
				   "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal %s into Go value of type %s",
				   json_type_word(doc),
				   array ? "[]interface {}" : "map[string]interface {}");
		else if (null)
			doc = array ? fx_tmplf__seq(c, FX_GO_DEFAULT) : fx_tmplf__map(c);
	}
	if (err.len) {
		fx_node *e = fx_tmplf__str(c, fx_sb_cstr(&err), err.len);
		if (array) {
			doc = fx_tmplf__seq(c, FX_GO_DEFAULT);
			fx_seq_push(c->arena, doc, e);
		} else {
			doc = fx_tmplf__map(c);
			fx_map_set(c->arena, doc, "Error", e);
		}
	}
	fx_sb_dispose(&err);
	*out = doc;
	return 0;
}

static int f_from_yaml(fx_tmpl_call *c, fx_node **out)
{
	return from_yaml(c, out, false);
}
static int f_from_yaml_array(fx_tmpl_call *c, fx_node **out)
{
	return from_yaml(c, out, true);
}

/* ------------------------------------------------------------------ */
/* JSON                                                                 */

static int to_json(fx_tmpl_call *c, fx_node **out, bool must)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	if (fx_tmplf__json_encode(&sb, c->args[0], 0, true) < 0) {
		fx_sb_dispose(&sb);
		if (must)
			return fx_tmplf__fail(c, "json: unsupported value");
	}
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_to_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, false);
}
static int f_must_to_json(fx_tmpl_call *c, fx_node **out)
{
	return to_json(c, out, true);
}

static int from_json(fx_tmpl_call *c, fx_node **out, bool array)
{
	const char *s;
	size_t n;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0)
		return -1;
	fx_strbuf err = FX_STRBUF_INIT;
	fx_node *doc = NULL;
	if (fx_tmplf__json_decode(c, s, n, &doc, &err) == 0) {
		bool null = !doc || doc->kind == FX_NULL;
		if (!null && doc->kind != (array ? FX_SEQ : FX_MAP))
			fx_sb_addf(&err, "json: cannot unmarshal %s into Go value of type %s",
				   json_type_word(doc),
				   array ? "[]interface {}" : "map[string]interface {}");
		else if (null)
			doc = array ? fx_tmplf__seq(c, FX_GO_DEFAULT) : fx_tmplf__map(c);
	}
	if (err.len) {
		fx_node *e = fx_tmplf__str(c, fx_sb_cstr(&err), err.len);
		if (array) {
			doc = fx_tmplf__seq(c, FX_GO_DEFAULT);
			fx_seq_push(c->arena, doc, e);
		} else {
			doc = fx_tmplf__map(c);
			fx_map_set(c->arena, doc, "Error", e);
		}
	}
	fx_sb_dispose(&err);
	*out = doc;
	return 0;
}

static int f_from_json(fx_tmpl_call *c, fx_node **out)
{
	return from_json(c, out, false);
}
static int f_from_json_array(fx_tmpl_call *c, fx_node **out)
{
	return from_json(c, out, true);
}

/* ------------------------------------------------------------------ */
/* Durations (Helm v4)                                                  */

#define MAX_DUR_SECONDS 9223372036LL

/* Helm's asDuration; -1 with a message in err. */
static int as_duration(const fx_node *v, int64_t *out, fx_strbuf *err)
{
	if (!v || v->kind == FX_NULL) {
		fx_sb_adds(err, "invalid duration");
		return -1;
	}
	if (v->kind == FX_STR && fx_go_type_of(v) == FX_GO_DEFAULT) {
		const char *s = v->u.s.ptr;
		size_t n = v->u.s.len;
		while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
			s++, n--;
		while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
			n--;
		if (n == 0) {
			fx_sb_adds(err, "empty duration");
			return -1;
		}
		if (fx_tmplf__parse_duration(s, n, out) == 0)
			return 0;
		char buf[128];
		if (n < sizeof(buf)) {
			memcpy(buf, s, n);
			buf[n] = '\0';
			char *end;
			double f = strtod(buf, &end);
			if (*end == '\0' && isfinite(f)) {
				if (fabs(f) > (double)MAX_DUR_SECONDS) {
					fx_sb_adds(err, "duration seconds overflow");
					return -1;
				}
				*out = (int64_t)(f * 1e9);
				return 0;
			}
		}
		fx_sb_addf(err, "could not parse duration \"%s\"", v->u.s.ptr);
		return -1;
	}
	if (v->kind == FX_INT) {
		if (v->u.i > MAX_DUR_SECONDS || v->u.i < -MAX_DUR_SECONDS) {
			fx_sb_addf(err, "duration seconds overflow: %lld", (long long)v->u.i);
			return -1;
		}
		*out = v->u.i * 1000000000LL;
		return 0;
	}
	if (v->kind == FX_FLOAT) {
		if (!isfinite(v->u.f)) {
			fx_sb_adds(err, "invalid duration seconds");
			return -1;
		}
		if (fabs(v->u.f) > (double)MAX_DUR_SECONDS) {
			fx_sb_adds(err, "duration seconds overflow");
			return -1;
		}
		*out = (int64_t)(v->u.f * 1e9);
		return 0;
	}
	fx_sb_addf(err, "unsupported duration type %s", fx_tmplf__type_name(v));
	return -1;
}

/* A time.Duration result: printed by its String(). */
static fx_node *duration_node(fx_tmpl_call *c, int64_t d)
{
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmplf__fmt_duration(&sb, d);
	return fx_tmplf__str_sb(c, &sb);
}

static int f_must_to_duration(fx_tmpl_call *c, fx_node **out)
{
	int64_t d;
	fx_strbuf err = FX_STRBUF_INIT;
	if (as_duration(c->args[0], &d, &err) < 0) {
		fx_tmplf__fail(c, "%s", fx_sb_cstr(&err));
		fx_sb_dispose(&err);
		return -1;
	}
	*out = duration_node(c, d);
	return 0;
}

static int dur_unit(fx_tmpl_call *c, fx_node **out, double div, bool integer)
{
	int64_t d = 0;
	fx_strbuf err = FX_STRBUF_INIT;
	if (as_duration(c->args[0], &d, &err) < 0)
		d = 0;
	fx_sb_dispose(&err);
	if (integer)
		*out = fx_tmplf__int(c, d / (int64_t)div, FX_GO_INT64);
	else if (div == 1e9)
		*out = fx_tmplf__float(c, (double)(d / 1000000000) + (double)(d % 1000000000) / 1e9);
	else
		*out = fx_tmplf__float(c, (double)(d / (int64_t)div) +
					      (double)(d % (int64_t)div) / div);
	return 0;
}

static int f_dur_seconds(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 1e9, false);
}
static int f_dur_ms(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 1e6, true);
}
static int f_dur_us(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 1e3, true);
}
static int f_dur_ns(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 1, true);
}
static int f_dur_minutes(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 60e9, false);
}
static int f_dur_hours(fx_tmpl_call *c, fx_node **out)
{
	return dur_unit(c, out, 3600e9, false);
}

static int f_dur_days(fx_tmpl_call *c, fx_node **out)
{
	if (dur_unit(c, out, 3600e9, false) < 0)
		return -1;
	(*out)->u.f /= 24.0;
	return 0;
}

static int f_dur_weeks(fx_tmpl_call *c, fx_node **out)
{
	if (dur_unit(c, out, 3600e9, false) < 0)
		return -1;
	(*out)->u.f = (*out)->u.f / 24.0 / 7.0;
	return 0;
}

static int round_trunc(fx_tmpl_call *c, fx_node **out, bool round)
{
	int64_t d, m;
	fx_strbuf err = FX_STRBUF_INIT;
	if (as_duration(c->args[0], &d, &err) < 0) {
		fx_sb_dispose(&err);
		*out = duration_node(c, 0);
		return 0;
	}
	if (as_duration(c->args[1], &m, &err) < 0 || m <= 0) {
		fx_sb_dispose(&err);
		*out = duration_node(c, d);
		return 0;
	}
	fx_sb_dispose(&err);
	int64_t r = d % m;
	int64_t res = d - r;
	if (round) {
		/* time.Duration.Round: halfway values round away from zero */
		int64_t ar = r < 0 ? -r : r;
		if (ar + ar >= m)
			res = d < 0 ? res - m : res + m;
	}
	*out = duration_node(c, res);
	return 0;
}

static int f_dur_round_to(fx_tmpl_call *c, fx_node **out)
{
	return round_trunc(c, out, true);
}
static int f_dur_truncate_to(fx_tmpl_call *c, fx_node **out)
{
	return round_trunc(c, out, false);
}

int fx_tmplf__to_toml(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__must_to_toml(fx_tmpl_call *c, fx_node **out);
int fx_tmplf__from_toml(fx_tmpl_call *c, fx_node **out);

static const fx_tmpl_func helm_funcs[] = {
	{"durationDays", f_dur_days, 1, 1, H},
	{"durationHours", f_dur_hours, 1, 1, H},
	{"durationMicroseconds", f_dur_us, 1, 1, H},
	{"durationMilliseconds", f_dur_ms, 1, 1, H},
	{"durationMinutes", f_dur_minutes, 1, 1, H},
	{"durationNanoseconds", f_dur_ns, 1, 1, H},
	{"durationRoundTo", f_dur_round_to, 2, 2, H},
	{"durationSeconds", f_dur_seconds, 1, 1, H},
	{"durationTruncateTo", f_dur_truncate_to, 2, 2, H},
	{"durationWeeks", f_dur_weeks, 1, 1, H},
	{"fail", f_fail, 1, 1, H},
	{"fromJson", f_from_json, 1, 1, H},
	{"fromJsonArray", f_from_json_array, 1, 1, H},
	{"fromToml", fx_tmplf__from_toml, 1, 1, H},
	{"fromYaml", f_from_yaml, 1, 1, H},
	{"fromYamlArray", f_from_yaml_array, 1, 1, H},
	{"getHostByName", f_get_host_by_name, 1, 1, H},
	{"include", f_include, 2, 2, H | FX_TMPL_FN_NEEDS_EXEC},
	{"lookup", f_lookup, 4, 4, H},
	{"mustToDuration", f_must_to_duration, 1, 1, H},
	{"mustToJson", f_must_to_json, 1, 1, H},
	{"mustToToml", fx_tmplf__must_to_toml, 1, 1, H},
	{"mustToYaml", f_must_to_yaml, 1, 1, H},
	{"required", f_required, 2, 2, H},
	{"toJson", f_to_json, 1, 1, H},
	{"toToml", fx_tmplf__to_toml, 1, 1, H},
	{"toYaml", f_to_yaml, 1, 1, H},
	{"toYamlPretty", f_to_yaml_pretty, 1, 1, H},
	{"tpl", f_tpl, 2, 2, H | FX_TMPL_FN_NEEDS_EXEC},
};

fx_tmplf__family fx_tmplf__helm_family(void)
{
	return FX_TMPLF__FAMILY(helm_funcs);
}
