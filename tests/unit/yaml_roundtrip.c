/*
 * The emitter against kubectl kustomize's own output.
 *
 *  - tests/harness/yaml_roundtrip.d/<case>/input.yaml is loaded with the
 *    kyaml schema and emitted; the text must equal expected.yaml, which
 *    kubectl kustomize printed for that input (see yaml_roundtrip_gen.py).
 *  - Every expected.yaml (and expected-reorder-none.yaml) under
 *    $FLUXC_CONFORMANCE/kustomize/cases/ must come back byte for byte
 *    after loading and emitting (skipped when the corpus is absent).
 *
 * Prints TAP.  Names listed in tests/harness/yaml_roundtrip.known (one
 * per line, '#' comments) are expected failures (TODO); any other failure
 * fails the test.  The last line is "N passed, M failed".  With a case
 * name as argument, prints both texts of that case; with --emit FILE,
 * prints the emitted stream of FILE.
 */
#include "yaml/yaml.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_known(const fx_strbuf *known, const char *name)
{
	if (!known->ptr)
		return false;
	size_t n = strlen(name);
	for (const char *p = known->ptr; *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\r'))
			len--;
		if (len == n && memcmp(p, name, n) == 0)
			return true;
		p = e ? e + 1 : p + strlen(p);
	}
	return false;
}

/* Loads `path`, emits it and compares with `want_path` (or with the
 * input itself when NULL).  0: same, 1: different, -1: load error. */
static int roundtrip(const char *path, const char *want_path, bool show)
{
	fx_strbuf in = FX_STRBUF_INIT, out = FX_STRBUF_INIT, want = FX_STRBUF_INIT;
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_ctx *ctx = fx_ctx_new();
	int rc = -1;
	if (fx_read_host_file(path, &in) != 0)
		goto out;
	fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
	uint32_t f = fx_src_add(ctx, path);
	if (fx_yaml_load(ctx, ctx->arena, f, in.ptr ? in.ptr : "", in.len, &yo, &docs) != 0)
		goto out;
	fx_yaml_emit_stream(&out, (fx_node *const *)docs.items, docs.len, NULL);
	if (want_path && fx_read_host_file(want_path, &want) != 0)
		goto out;
	const fx_strbuf *w = want_path ? &want : &in;
	rc = out.len == w->len && memcmp(fx_sb_cstr(&out), fx_sb_cstr(w), w->len) == 0 ? 0 : 1;
	if (show)
		printf("=== expected\n%s=== emitted\n%s===\n", fx_sb_cstr(w), fx_sb_cstr(&out));
out:
	fx_ptrvec_dispose(&docs);
	fx_sb_dispose(&want);
	fx_sb_dispose(&in);
	fx_sb_dispose(&out);
	fx_ctx_free(ctx);
	return rc;
}

/* --emit FILE: prints the emitted stream of FILE (for comparisons). */
static int emit_file(const char *path)
{
	fx_strbuf in = FX_STRBUF_INIT, out = FX_STRBUF_INIT;
	fx_ptrvec docs = FX_PTRVEC_INIT;
	fx_ctx *ctx = fx_ctx_new();
	int rc = 1;
	if (fx_read_host_file(path, &in) != 0)
		goto out;
	fx_yaml_opts yo = {.schema = FX_YAML_SCHEMA_KYAML};
	if (fx_yaml_load(ctx, ctx->arena, fx_src_add(ctx, path), in.ptr ? in.ptr : "", in.len, &yo,
			 &docs) != 0)
		goto out;
	fx_yaml_emit_stream(&out, (fx_node *const *)docs.items, docs.len, NULL);
	fwrite(fx_sb_cstr(&out), 1, out.len, stdout);
	rc = 0;
out:
	fx_ptrvec_dispose(&docs);
	fx_sb_dispose(&in);
	fx_sb_dispose(&out);
	fx_ctx_free(ctx);
	return rc;
}

/* Sorted entry names of a directory (not starting with '.'). */
static int list_dir(const char *dir, fx_ptrvec *out)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *de;
	while ((de = readdir(d)) != NULL)
		if (de->d_name[0] != '.')
			fx_ptrvec_push(out, strdup(de->d_name));
	closedir(d);
	qsort(out->items, out->len, sizeof(char *), name_cmp);
	return 0;
}

static void free_names(fx_ptrvec *v)
{
	for (size_t i = 0; i < v->len; i++)
		free(v->items[i]);
	fx_ptrvec_dispose(v);
}

typedef struct {
	int num, passed, failed, unexpected;
	fx_strbuf known;
	const char *only; /* a single case to show, or NULL */
} tally;

static void check(tally *t, const char *name, const char *path, const char *want)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return;
	fclose(fp);
	int rc = roundtrip(path, want, t->only != NULL);
	t->num++;
	if (rc == 0) {
		t->passed++;
		printf("ok %d - %s\n", t->num, name);
	} else if (is_known(&t->known, name)) {
		t->failed++;
		printf("not ok %d - %s # TODO known failure\n", t->num, name);
	} else {
		t->failed++;
		t->unexpected++;
		printf("not ok %d - %s%s\n", t->num, name, rc < 0 ? " (load error)" : "");
	}
}

int main(int argc, char **argv)
{
	if (argc > 2 && strcmp(argv[1], "--emit") == 0)
		return emit_file(argv[2]);
	const char *conf = getenv("FLUXC_CONFORMANCE");
	const char *srcdir = getenv("FLUXC_SRCDIR");
	tally t = {.only = argc > 1 ? argv[1] : NULL};
	char dir[4096], path[8192], want[8192], name[1024];
	fx_ptrvec names = FX_PTRVEC_INIT;

	/* our own cases: input.yaml against kubectl's expected.yaml */
	if (srcdir) {
		snprintf(path, sizeof path, "%s/tests/harness/yaml_roundtrip.known", srcdir);
		fx_read_host_file(path, &t.known);
		snprintf(dir, sizeof dir, "%s/tests/harness/yaml_roundtrip.d", srcdir);
		if (list_dir(dir, &names) == 0) {
			for (size_t i = 0; i < names.len; i++) {
				const char *cn = names.items[i];
				if (t.only && strcmp(t.only, cn) != 0)
					continue;
				snprintf(path, sizeof path, "%s/%s/input.yaml", dir, cn);
				snprintf(want, sizeof want, "%s/%s/expected.yaml", dir, cn);
				snprintf(name, sizeof name, "local/%s", cn);
				check(&t, name, path, want);
			}
		}
		free_names(&names);
	}

	/* the conformance outputs: each must come back unchanged */
	bool corpus = conf && snprintf(dir, sizeof dir, "%s/kustomize/cases", conf) < (int)sizeof dir &&
		      list_dir(dir, &names) == 0;
	if (corpus) {
		static const char *const files[] = {"expected.yaml", "expected-reorder-none.yaml"};
		for (size_t i = 0; i < names.len; i++) {
			const char *cn = names.items[i];
			if (t.only && strcmp(t.only, cn) != 0)
				continue;
			for (size_t k = 0; k < 2; k++) {
				snprintf(path, sizeof path, "%s/%s/%s", dir, cn, files[k]);
				snprintf(name, sizeof name, "%s/%s", cn, files[k]);
				check(&t, name, path, NULL);
			}
		}
		free_names(&names);
	} else {
		printf("# kustomize conformance corpus absent: its outputs are skipped\n");
	}
	printf("1..%d\n", t.num);
	printf("%d passed, %d failed\n", t.passed, t.failed);
	fx_sb_dispose(&t.known);
	return t.unexpected ? 1 : 0;
}
