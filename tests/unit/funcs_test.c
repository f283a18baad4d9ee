/*
 * Unit tests for the template function families (src/tmpl/funcs): each
 * row calls one function through fx_tmpl_funcs_lookup with arguments
 * written in a small notation and compares Go's %v of the result (or
 * the error message).
 *
 * Argument notation, space separated: s:text (string; "~" stands for a
 * space), i:N (int), f:N (float64), b:true, n (nil), j:JSON (a JSON
 * value with integral numbers as ints), t:UNIX (a time.Time).
 */
#include "tap.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl/funcs/internal.h"

typedef struct {
	const char *fn;
	const char *args;
	const char *want; /* "!" prefix: an error containing the rest */
	bool helm;
} row;

static fx_node *ints(fx_arena *a, fx_node *v)
{
	if (v->kind == FX_FLOAT && v->u.f == (double)(int64_t)v->u.f)
		return fx_node_int(a, (int64_t)v->u.f, FX_LOC_NONE);
	for (size_t i = 0; i < fx_seq_len(v); i++)
		v->u.seq.items[i] = ints(a, v->u.seq.items[i]);
	if (v->kind == FX_MAP)
		for (size_t i = 0; i < v->u.map.len; i++)
			v->u.map.items[i].val = ints(a, v->u.map.items[i].val);
	return v;
}

static size_t parse_args(fx_tmpl_call *c, const char *spec, fx_node **args)
{
	size_t n = 0;
	char *dup = strdup(spec);
	char *save = NULL;
	for (char *tok = strtok_r(dup, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		fx_node *v = NULL;
		if (strncmp(tok, "s:", 2) == 0) {
			for (char *p = tok; *p; p++)
				if (*p == '~')
					*p = ' ';
			v = fx_node_str(c->arena, tok + 2, FX_LOC_NONE);
		} else if (strncmp(tok, "i:", 2) == 0) {
			v = fx_node_int(c->arena, strtoll(tok + 2, NULL, 10), FX_LOC_NONE);
		} else if (strncmp(tok, "f:", 2) == 0) {
			v = fx_node_float(c->arena, strtod(tok + 2, NULL), FX_LOC_NONE);
		} else if (strncmp(tok, "b:", 2) == 0) {
			v = fx_node_bool(c->arena, strcmp(tok + 2, "true") == 0, FX_LOC_NONE);
		} else if (strcmp(tok, "n") == 0) {
			v = fx_node_null(c->arena, FX_LOC_NONE);
		} else if (strncmp(tok, "j:", 2) == 0) {
			fx_strbuf err = FX_STRBUF_INIT;
			assert_int_equal(fx_tmplf__json_decode(c, tok + 2, strlen(tok + 2), &v, &err), 0);
			fx_sb_dispose(&err);
			v = ints(c->arena, v);
		} else if (strncmp(tok, "t:", 2) == 0) {
			fx_tmpl_env *saved = c->env;
			fx_tmpl_env env = *saved;
			env.now_unix = strtoll(tok + 2, NULL, 10);
			c->env = &env;
			const fx_tmpl_func *now = fx_tmpl_funcs_lookup("now", false);
			fx_tmpl_call sub = *c;
			sub.n_args = 0;
			assert_int_equal(now->fn(&sub, &v), 0);
			c->env = saved;
		} else {
			fail_msg("bad argument token %s", tok);
		}
		args[n++] = v;
	}
	free(dup);
	return n;
}

static void run_rows(const row *rows, size_t n)
{
	for (size_t r = 0; r < n; r++) {
		fx_arena *a = fx_arena_new();
		fx_strbuf err = FX_STRBUF_INIT, got = FX_STRBUF_INIT;
		fx_tmpl_env env = {1560458379, 0, NULL, 42, 0, rows[r].helm};
		fx_tmpl_call c = {a, NULL, 0, rows[r].fn, NULL, &env, &err};
		fx_node *args[16];
		c.n_args = parse_args(&c, rows[r].args, args);
		c.args = args;
		const fx_tmpl_func *f = fx_tmpl_funcs_lookup(rows[r].fn, rows[r].helm);
		if (!f)
			fail_msg("%s: not found", rows[r].fn);
		fx_node *out = NULL;
		int rc = f->fn(&c, &out);
		if (rows[r].want[0] == '!') {
			if (rc == 0 || !strstr(fx_sb_cstr(&err), rows[r].want + 1))
				fail_msg("%s(%s): want error '%s', got rc %d '%s'", rows[r].fn, rows[r].args,
					 rows[r].want + 1, rc, fx_sb_cstr(&err));
		} else {
			if (rc != 0)
				fail_msg("%s(%s): error %s", rows[r].fn, rows[r].args, fx_sb_cstr(&err));
			fx_tmplf__fmt_v(&got, out);
			if (strcmp(fx_sb_cstr(&got), rows[r].want) != 0)
				fail_msg("%s(%s): want '%s', got '%s'", rows[r].fn, rows[r].args,
					 rows[r].want, fx_sb_cstr(&got));
		}
		fx_sb_dispose(&err);
		fx_sb_dispose(&got);
		fx_arena_free(a);
	}
}

#define RUN(rows) run_rows(rows, sizeof(rows) / sizeof(rows[0]))

static void test_registry(void **state)
{
	(void)state;
	assert_true(fx_tmpl_funcs_check_sorted());
	assert_non_null(fx_tmpl_funcs_lookup("upper", false));
	assert_null(fx_tmpl_funcs_lookup("toYaml", false));
	assert_non_null(fx_tmpl_funcs_lookup("toYaml", true));
	assert_non_null(fx_tmpl_funcs_lookup("env", false));
	assert_null(fx_tmpl_funcs_lookup("env", true));
	assert_null(fx_tmpl_funcs_lookup("expandenv", true));
	assert_null(fx_tmpl_funcs_lookup("nosuchfunction", true));
	assert_true(fx_tmpl_funcs_lookup("fromJson", true)->flags & FX_TMPL_FN_HELM);
	assert_false(fx_tmpl_funcs_lookup("fromJson", false)->flags & FX_TMPL_FN_HELM);
}

static void test_strings(void **state)
{
	(void)state;
	static const row rows[] = {
		{"trunc", "i:3 s:foooooo", "foo", 0},
		{"trunc", "i:-3 s:baaaaaar", "aar", 0},
		{"trunc", "i:-999 s:baaaaaar", "baaaaaar", 0},
		{"substr", "i:0 i:3 s:fooo", "foo", 0},
		{"substr", "i:0 i:10 s:foo", "foo", 0},
		{"trim", "s:~~~5.00~~~", "5.00", 0},
		{"trimAll", "s:$ s:$5.00$", "5.00", 0},
		{"trimPrefix", "s:$ s:$5.00", "5.00", 0},
		{"trimSuffix", "s:$ s:5.00$", "5.00", 0},
		{"upper", "s:hello", "HELLO", 0},
		{"title", "s:hello~world-foo", "Hello World-Foo", 0},
		{"untitle", "s:First~Try", "first try", 0},
		{"abbrev", "i:5 s:hello~world", "he...", 0},
		{"abbrevboth", "i:5 i:10 s:1234~5678~9123", "...5678...", 0},
		{"nospace", "s:h~e~l~l~o~", "hello", 0},
		{"initials", "s:First~Try", "FT", 0},
		{"wrap", "i:5 s:Hello~World", "Hello\nWorld", 0},
		{"wrapWith", "i:5 s:\t s:Hello~World", "Hello\tWorld", 0},
		{"quote", "s:a s:b i:1 n", "\"a\" \"b\" \"1\"", 0},
		{"squote", "s:a n", "'a'", 0},
		{"cat", "s:a s:b n s:c", "a b c", 0},
		{"indent", "i:2 j:\"a\\nb\"", "  a\n  b", 0},
		{"nindent", "i:2 s:a", "\n  a", 0},
		{"replace", "s:~ s:- s:I~Am~Henry", "I-Am-Henry", 0},
		{"plural", "s:one s:many i:1", "one", 0},
		{"plural", "s:one s:many i:3", "many", 0},
		{"snakecase", "s:HTTPServer", "http_server", 0},
		{"snakecase", "s:NoHTTPS", "no_https", 0},
		{"snakecase", "s:GO_PATH", "go_path", 0},
		{"kebabcase", "s:FirstName", "first-name", 0},
		{"camelcase", "s:_complex__case_", "_Complex_Case_", 0},
		{"camelcase", "s:http_server", "HttpServer", 0},
		{"swapcase", "s:Hello", "hELLO", 0},
		{"join", "s:- j:[1,2,3]", "1-2-3", 0},
		{"join", "s:- j:[\"1\",null,\"2\"]", "1-2", 0},
		{"split", "s:$ s:foo$bar", "map[_0:foo _1:bar]", 0},
		{"splitn", "s:$ i:2 s:a$b$c", "map[_0:a _1:b$c]", 0},
		{"splitList", "s:, s:a,b", "[a b]", 0},
		{"sortAlpha", "j:[\"c\",\"a\",2]", "[2 a c]", 0},
		{"toStrings", "j:[1,null,2]", "[1 2]", 0},
		{"toString", "f:2.5", "2.5", 0},
		{"contains", "s:cat s:fair~catch", "true", 0},
		{"hasPrefix", "s:cat s:catch", "true", 0},
		{"hasSuffix", "s:cat s:ducat", "true", 0},
		{"repeat", "i:3 s:ab", "ababab", 0},
		{"upper", "i:3", "!wrong type for value; expected string; got int", 0},
		{"upper", "n", "!invalid value; expected string", 0},
	};
	RUN(rows);
}

static void test_unicode_case(void **state)
{
	(void)state;
	static const row rows[] = {
		{"upper", "s:\xc3\xa9t\xc3\xa9", "\xc3\x89T\xc3\x89", 0},
		{"lower", "s:\xc3\x89T\xc3\x89", "\xc3\xa9t\xc3\xa9", 0},
		{"title", "s:\xc3\xa9t\xc3\xa9~x", "\xc3\x89t\xc3\xa9 X", 0},
	};
	locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	if (!loc)
		skip();
	freelocale(loc);
	RUN(rows);
}

static void test_lists_dicts(void **state)
{
	(void)state;
	static const row rows[] = {
		{"list", "i:1 s:a", "[1 a]", 0},
		{"first", "j:[1,2,3]", "1", 0},
		{"first", "j:[]", "<nil>", 0},
		{"last", "j:[1,2,3]", "3", 0},
		{"rest", "j:[1,2,3]", "[2 3]", 0},
		{"initial", "j:[1,2,3]", "[1 2]", 0},
		{"append", "j:[1,2] i:3", "[1 2 3]", 0},
		{"prepend", "j:[1,2] i:0", "[0 1 2]", 0},
		{"concat", "j:[1] j:[2,3] j:[null]", "[1 2 3 <nil>]", 0},
		{"reverse", "j:[1,2,3]", "[3 2 1]", 0},
		{"uniq", "j:[\"foo\",1,1,\"foo\"]", "[foo 1]", 0},
		{"without", "j:[1,2,1,3] i:1", "[2 3]", 0},
		{"has", "i:2 j:[1,2]", "true", 0},
		{"has", "s:x n", "false", 0},
		{"compact", "j:[1,0,\"\",\"hello\"]", "[1 hello]", 0},
		{"slice", "j:[1,2,3] i:1", "[2 3]", 0},
		{"slice", "j:[1,2,3] i:0 i:1", "[1]", 0},
		{"chunk", "i:2 j:[1,2,3]", "[[1 2] [3]]", 0},
		{"until", "i:-3", "[0 -1 -2]", 0},
		{"untilStep", "i:0 i:-10 i:-4", "[0 -4 -8]", 0},
		{"first", "s:abc", "!Cannot find first on type string", 0},
		{"dict", "s:a i:1 s:b", "map[a:1 b:]", 0},
		{"get", "j:{\"a\":1} s:a", "1", 0},
		{"get", "j:{} s:a", "", 0},
		{"set", "j:{\"a\":1} s:b i:2", "map[a:1 b:2]", 0},
		{"unset", "j:{\"a\":1,\"b\":2} s:b", "map[a:1]", 0},
		{"hasKey", "j:{\"a\":1} s:a", "true", 0},
		{"pluck", "s:a j:{\"a\":1} j:{\"b\":2} j:{\"a\":3}", "[1 3]", 0},
		{"keys", "j:{\"a\":1} j:{\"b\":2}", "[a b]", 0},
		{"pick", "j:{\"a\":1,\"b\":2} s:b", "map[b:2]", 0},
		{"omit", "j:{\"a\":1,\"b\":2} s:b", "map[a:1]", 0},
		{"values", "j:{\"a\":1,\"b\":2}", "[1 2]", 0},
		{"dig", "s:a s:b s:def j:{\"a\":{\"b\":7}}", "7", 0},
		{"dig", "s:a s:z s:def j:{\"a\":{\"b\":7}}", "def", 0},
		{"merge", "j:{\"a\":\"one\",\"k\":{\"l\":true}} j:{\"a\":1,\"b\":2,\"k\":{\"l\":false,\"m\":1}}",
		 "map[a:one b:2 k:map[l:true m:1]]", 0},
		{"mergeOverwrite", "j:{\"a\":\"one\",\"g\":[8]} j:{\"a\":1,\"g\":[6,7]}", "map[a:1 g:[6 7]]", 0},
		{"deepCopy", "j:{\"a\":[1]}", "map[a:[1]]", 0},
	};
	RUN(rows);
}

static void test_defaults_math(void **state)
{
	(void)state;
	static const row rows[] = {
		{"default", "s:foo s:", "foo", 0},
		{"default", "s:foo i:234", "234", 0},
		{"default", "s:foo", "foo", 0},
		{"empty", "f:0", "true", 0},
		{"empty", "j:{}", "true", 0},
		{"coalesce", "s: i:0 n i:2", "2", 0},
		{"all", "i:1 s:", "false", 0},
		{"any", "i:0 s:x", "true", 0},
		{"ternary", "s:a s:b b:true", "a", 0},
		{"fail", "s:boom", "!boom", 0},
		{"fail", "s:boom", "!HELM_ERR_STARTboomHELM_ERR_END", 1},
		{"add", "i:1 s:2 f:3.7", "6", 0},
		{"sub", "i:3 i:14", "-11", 0},
		{"div", "i:5 i:4", "1", 0},
		{"div", "i:5 i:0", "!integer divide by zero", 0},
		{"mod", "i:7 i:3", "1", 0},
		{"mul", "i:1 s:2 i:3 s:4", "24", 0},
		{"max", "i:1 i:345 i:5", "345", 0},
		{"min", "i:4 i:1 i:5", "1", 0},
		{"addf", "f:1.5 f:2.2 i:3", "6.7", 0},
		{"mulf", "f:1.2 s:2.4 i:10 s:4", "115.2", 0},
		{"divf", "i:2 i:5 i:4", "0.1", 0},
		{"subf", "f:4.5 i:1 i:3", "0.5", 0},
		{"maxf", "i:1 f:345.7 i:5", "345.7", 0},
		{"floor", "s:123.9999", "123", 0},
		{"ceil", "f:123.01", "124", 0},
		{"round", "f:123.5555 i:3", "123.556", 0},
		{"round", "f:123.233 i:2 f:0.3", "123.24", 0},
		{"seq", "i:0 i:3 i:10", "0 3 6 9", 0},
		{"seq", "i:-5", "1 0 -1 -2 -3 -4 -5", 0},
		{"seq", "i:3 i:-3 i:2", "3", 0},
		{"atoi", "s:42", "42", 0},
		{"int", "f:102.9", "102", 0},
		{"int64", "s:0x1F", "31", 0},
		{"float64", "s:frankie", "0", 0},
		{"float64", "f:1000000", "1e+06", 0},
		{"toDecimal", "i:777", "511", 0},
		{"typeOf", "f:1", "float64", 0},
		{"kindOf", "j:[1]", "slice", 0},
		{"typeIsLike", "s:string s:x", "true", 0},
		{"deepEqual", "j:[1,{\"a\":2}] j:[1,{\"a\":2}]", "true", 0},
	};
	RUN(rows);
}

static void test_regex_encoding(void **state)
{
	(void)state;
	static const row rows[] = {
		{"regexMatch", "s:^[a-z]+@[a-z.]+$ s:test@acme.com", "true", 0},
		{"regexFind", "s:fo.? s:foo~foe", "foo", 0},
		{"regexFindAll", "s:a{2} s:aaaaa i:-1", "[aa aa]", 0},
		{"regexFindAll", "s:a* s:baaac i:-1", "[ aaa ]", 0},
		{"regexReplaceAll", "s:a(x*)b s:-ab-axxb- s:${1}W", "-W-xxW-", 0},
		{"regexReplaceAll", "s:a(x*)b s:-ab-axxb- s:$1W", "---", 0},
		{"regexReplaceAll", "s:(?P<n>x+) s:axxb s:<$n>", "a<xx>b", 0},
		{"regexReplaceAll", "s:x* s:abc s:-", "-a-b-c-", 0},
		{"regexReplaceAllLiteral", "s:a(x*)b s:-ab- s:$1", "-$1-", 0},
		{"regexSplit", "s:a s:banana i:-1", "[b n n ]", 0},
		{"regexSplit", "s:z+ s:pizza i:2", "[pi a]", 0},
		{"regexQuoteMeta", "s:1.2.3", "1\\.2\\.3", 0},
		{"regexMatch", "s:( s:x", "!error parsing regexp", 0},
		{"b64enc", "s:coffee", "Y29mZmVl", 0},
		{"b64dec", "s:Y29mZmVl", "coffee", 0},
		{"b64dec", "s:Y29m!", "illegal base64 data at input byte 4", 0},
		{"b32enc", "s:coffee", "MNXWMZTFMU======", 0},
		{"b32dec", "s:MNXWMZTFMU======", "coffee", 0},
		{"sha1sum", "s:abc", "a9993e364706816aba3e25717850c26c9cd0d89d", 0},
		{"adler32sum", "s:abc", "38600999", 0},
		{"htpasswd", "s:mySahUser s:myShaPassword s:sha", "mySahUser:{SHA}2C1bZDUdiuMgec/S9ra/kXN8r6E=", 0},
		{"derivePassword", "i:1 s:long s:password s:user s:example.com", "ZedaFaxcZaso9*", 0},
		{"derivePassword", "i:1 s:pin s:password s:user s:example.com", "6685", 0},
		{"bcrypt", "s:abc", "$2a$10$.zIS6eXbnLUst55kr7xwbO6kUij6CYXmywG/R4JG/SOrkgMnDQgMK", 0},
		{"genPrivateKey", "s:bad", "Unknown type bad", 0},
		{"toJson", "j:{\"b\":true,\"a\":[1,2.5],\"h\":\"<x>\"}", "{\"a\":[1,2.5],\"b\":true,\"h\":\"\\u003cx\\u003e\"}", 0},
		{"toRawJson", "j:{\"h\":\"<x>\"}", "{\"h\":\"<x>\"}", 0},
		{"toPrettyJson", "j:{\"a\":[1]}", "{\n  \"a\": [\n    1\n  ]\n}", 0},
		{"fromJson", "s:{\"foo\":55}", "map[foo:55]", 0},
		{"mustFromJson", "s:{\"foo\":", "!unexpected end of JSON input", 0},
		{"semverCompare", "s:^1.2.0 s:1.2.3", "true", 0},
		{"semverCompare", "s:^1.2.0 s:2.2.3", "false", 0},
		{"semverCompare", "s:>=1.0,~<2 s:1.9.9", "true", 0},
		{"semverCompare", "s:~1.2 s:1.3.0", "false", 0},
		{"semverCompare", "s:1.2.x s:1.2.9", "true", 0},
		{"semverCompare", "s:>=1.0 s:1.5.0-beta", "false", 0},
		{"semverCompare", "s:1.0~-~2.0 s:1.5.0", "true", 0},
		{"semverCompare", "s:<1~||~>=3 s:3.1.0", "true", 0},
		{"semverCompare", "s:badConstraint s:1.2.3", "!improper constraint", 0},
		{"semverCompare", "s:1.2.0 s:badVersion", "!Invalid Semantic Version", 0},
		{"semver", "s:1.2.3-beta.1+c0ff33", "1.2.3-beta.1+c0ff33", 0},
	};
	RUN(rows);
}

static void test_dates_paths(void **state)
{
	(void)state;
	static const row rows[] = {
		{"date_in_zone", "s:02~Jan~06~15:04~-0700 i:1560458379 s:UTC", "13 Jun 19 20:39 +0000", 0},
		{"date", "s:2006-01-02T15:04:05Z07:00 t:0", "1970-01-01T00:00:00Z", 0},
		{"date", "s:Monday,~January~2~2006~3:04PM t:1560458379", "Thursday, June 13 2019 8:39PM", 0},
		{"htmlDate", "t:1560458379", "2019-06-13", 0},
		{"dateInZone", "s:2006-01-02~15:04~MST~-07:00 i:1560458379 s:America/New_York",
		 "2019-06-13 16:39 EDT -04:00", 0},
		{"dateInZone", "s:15:04~MST i:1560458379 s:No/Such_Zone", "20:39 UTC", 0},
		{"now", "", "2019-06-13 20:39:39 +0000 UTC", 0},
		{"unixEpoch", "t:1560458379", "1560458379", 0},
		{"toDate", "s:2006-01-02 s:2017-12-31", "2017-12-31 00:00:00 +0000 UTC", 0},
		{"dateModify", "s:-1.5h t:7200", "1970-01-01 00:30:00 +0000 UTC", 0},
		{"ago", "t:1560458319", "1m0s", 0},
		{"duration", "s:93784", "26h3m4s", 0},
		{"durationRound", "s:2400h5s", "3mo", 0},
		{"base", "s:foo/bar/", "bar", 0},
		{"dir", "s:foo/bar/baz", "foo/bar", 0},
		{"clean", "s:/foo/../foo/../bar", "/bar", 0},
		{"clean", "s:a/../../b/./c/", "../b/c", 0},
		{"ext", "s:/foo/bar/baz.txt", ".txt", 0},
		{"isAbs", "s:foo", "false", 0},
		{"urlJoin", "j:{\"host\":\"h:80\",\"path\":\"/p\",\"query\":\"q\",\"scheme\":\"proto\",\"userinfo\":\"u\"}",
		 "proto://u@h:80/p?q", 0},
		{"getHostByName", "s:example.com", "!not supported", 0},
		{"getHostByName", "s:example.com", "", 1},
	};
	RUN(rows);
}

static void test_helm(void **state)
{
	(void)state;
	static const row rows[] = {
		{"required", "s:need n", "!HELM_ERR_STARTneedHELM_ERR_END", 1},
		{"required", "s:need i:0", "0", 1},
		{"lookup", "s:v1 s:Namespace s: s:x", "map[]", 1},
		{"toYaml", "j:{\"foo\":\"bar\"}", "foo: bar", 1},
		{"toYamlPretty", "j:{\"baz\":[1,2,3]}", "baz:\n  - 1\n  - 2\n  - 3", 1},
		{"fromYaml", "s:hello:~world", "map[hello:world]", 1},
		{"fromJson", "j:\"[1]\"", "map[Error:json: cannot unmarshal array into Go value of type map[string]interface {}]", 1},
		{"fromJsonArray", "j:\"[\\\"one\\\",2,{\\\"name\\\":\\\"helm\\\"}]\"", "[one 2 map[name:helm]]", 1},
		{"fromJsonArray", "j:\"{}\"", "[json: cannot unmarshal object into Go value of type []interface {}]", 1},
		{"toToml", "j:{\"foo\":\"bar\"}", "foo = \"bar\"\n", 1},
		{"toToml", "j:{\"mast\":{\"sail\":\"white\"}}", "[mast]\n  sail = \"white\"\n", 1},
		{"fromToml", "s:hello~=~\"world\"", "map[hello:world]", 1},
		{"fromToml", "s:one", "map[Error:toml: line 1: unexpected EOF; expected key separator '=']", 1},
		{"mustToDuration", "i:30", "30s", 1},
		{"mustToDuration", "s:foo", "!could not parse duration", 1},
		{"durationSeconds", "s:1m30s", "90", 1},
		{"durationSeconds", "s:~~2.5~~", "2.5", 1},
		{"durationMilliseconds", "f:1.5", "1500", 1},
		{"durationDays", "s:36h", "1.5", 1},
		{"durationRoundTo", "i:93 i:60", "2m0s", 1},
		{"durationTruncateTo", "s:93s s:nope", "1m33s", 1},
	};
	RUN(rows);
}

static void test_methods(void **state)
{
	(void)state;
	fx_arena *a = fx_arena_new();
	fx_strbuf err = FX_STRBUF_INIT, got = FX_STRBUF_INIT;
	fx_tmpl_env env = {1560458379, 0, NULL, 1, 0, false};
	fx_tmpl_call c = {a, NULL, 0, "now", NULL, &env, &err};
	fx_node *now = NULL, *out = NULL;
	assert_int_equal(fx_tmpl_funcs_lookup("now", false)->fn(&c, &now), 0);
	assert_int_equal(fx_tmplf__time_method(&c, now, "Unix", &out), 0);
	assert_int_equal(out->u.i, 1560458379);
	assert_int_equal(fx_tmplf__time_method(&c, now, "Year", &out), 0);
	assert_int_equal(out->u.i, 2019);
	fx_node *layout = fx_node_str(a, "Jan 2", FX_LOC_NONE);
	c.args = &layout;
	c.n_args = 1;
	assert_int_equal(fx_tmplf__time_method(&c, now, "Format", &out), 0);
	assert_string_equal(out->u.s.ptr, "Jun 13");
	assert_int_equal(fx_tmplf__time_method(&c, now, "NoSuch", &out), FX_ENOTFOUND);
	fx_node *v1 = NULL, *v2 = NULL;
	fx_node *s1 = fx_node_str(a, "1.2.3", FX_LOC_NONE), *s2 = fx_node_str(a, "1.3.0", FX_LOC_NONE);
	c.args = &s1;
	assert_int_equal(fx_tmpl_funcs_lookup("semver", false)->fn(&c, &v1), 0);
	c.args = &s2;
	assert_int_equal(fx_tmpl_funcs_lookup("semver", false)->fn(&c, &v2), 0);
	c.args = &v2;
	assert_int_equal(fx_tmplf__semver_method(&c, v1, "Compare", &out), 0);
	assert_int_equal(out->u.i, -1);
	assert_int_equal(fx_tmplf__semver_method(&c, v1, "LessThan", &out), 0);
	assert_true(out->u.b);
	fx_tmplf__fmt_v(&got, v1);
	assert_string_equal(fx_sb_cstr(&got), "1.2.3");
	fx_sb_dispose(&got);
	fx_sb_dispose(&err);
	fx_arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_unicode_case),
		cmocka_unit_test(test_lists_dicts),
		cmocka_unit_test(test_defaults_math),
		cmocka_unit_test(test_regex_encoding),
		cmocka_unit_test(test_dates_paths),
		cmocka_unit_test(test_helm),
		cmocka_unit_test(test_methods),
	};
	return FX_RUN_TESTS("funcs", tests);
}
