/*
 * Shared by the emitters of src/yaml (emit.c, emit_scalar.c, emit_v2.c,
 * emit_num.c, emit_json.c; resolve.c uses the timestamp parser); not part
 * of the yaml stage's interface.
 *
 * The YAML emitter reproduces what kubectl kustomize (and Helm's toYaml)
 * print.  Both go through the same Go path: the object is turned into
 * JSON, read back by go-yaml v2 and printed by go-yaml v2 (the libyaml
 * emitter).  So numbers print as go-yaml v2 prints the number that
 * encoding/json wrote, keys are ordered by go-yaml v2's key order, and
 * scalars are styled by libyaml's rules.  The state below mirrors the
 * few fields of libyaml's emitter that decide the layout.
 */
#ifndef FX_YAML_EMIT_INT_H
#define FX_YAML_EMIT_INT_H

#include "yaml/yaml.h"

typedef struct {
	fx_strbuf *out;
	fx_strbuf scratch; /* reused for strings that need rewriting */
	int indent;        /* current block indentation, -1 before the root */
	int column;        /* in characters (runes), not bytes */
	bool whitespace;   /* the last thing written was whitespace */
	bool indention;    /* only indentation so far on this line */
	bool open_ended;
	int best_indent;
	int best_width;
	bool seq_indent;
	bool keep_order;
	bool raw_timestamps;
} fx__emitter;

/* A scalar about to be written: its text and what go-yaml v2 knows. */
typedef struct {
	const char *s;
	size_t n;
	bool is_str; /* a string (quoted when it would read back as another type) */
} fx__scalar;

/* Writes one scalar at the current position (emit_scalar.c). */
void fx__emit_scalar(fx__emitter *e, const fx__scalar *sc, bool root, bool simple_key);
/* libyaml's layout primitives: a line break and indentation when needed;
 * an indicator ("-", ":", "[") with the whitespace rules. */
void fx__emit_write_indent(fx__emitter *e);
void fx__emit_write_indicator(fx__emitter *e, const char *ind, bool need_ws, bool is_ws,
			      bool is_indention);
/* Would the scalar be a simple key (single line, at most 128 bytes)? */
bool fx__emit_simple_key_ok(const char *s, size_t n);
/* Does plain text read back as something else than a string under
 * go-yaml v2's resolver (incl. YAML 1.1 bools, timestamps, base 60)?
 * (emit_v2.c, like fx__yaml_v2_keycmp) */
bool fx__yaml_v2_nonstr(const char *s, size_t n);

/* ------------------------------------------------------------------ */
/* Numbers and times (emit_num.c)                                       */

/* Go's strconv.FormatFloat(f, fmt, -1, 64) for fmt 'e', 'f' or 'g'.
 * buf must hold 400 bytes; returns the length. */
size_t fx__go_ftoa(char *buf, double f, char fmt);
/* encoding/json's float text (NaN/Inf print as null). buf: 400 bytes. */
size_t fx__json_ftoa(char *buf, double f);
/* A float as kubectl/Helm print it after the JSON round trip. */
size_t fx__yaml_ftoa(char *buf, double f);

typedef struct {
	int year, mon, day, hour, min, sec;
	long nsec;
	bool has_zone;
	int zone_min; /* offset east of UTC in minutes */
} fx__time;

/* go-yaml's timestamp reading (time.Parse with its four layouts). */
bool fx__parse_timestamp(const char *s, size_t n, fx__time *out);
/* RFC 3339 with nanoseconds as Go prints a time.Time in JSON; buf: 48. */
size_t fx__format_rfc3339(char *buf, const fx__time *t);

/* ------------------------------------------------------------------ */
/* UTF-8 (emit_scalar.c)                                                */

/* True when s[0..n) is valid UTF-8 as Go sees it. */
bool fx__utf8_valid(const char *s, size_t n);
/* Appends s with invalid sequences replaced by U+FFFD (as Go does). */
void fx__utf8_sanitize(fx_strbuf *out, const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s[i], or 0. */
size_t fx__utf8_seq(const unsigned char *s, size_t n, size_t i);
/* Decodes one rune (valid UTF-8 assumed for the width); *w gets its size. */
uint32_t fx__utf8_rune(const unsigned char *s, size_t n, size_t *w);

/* go-yaml v2's mapping key order on key texts. */
int fx__yaml_v2_keycmp(const char *a, size_t an, const char *b, size_t bn);

#endif
