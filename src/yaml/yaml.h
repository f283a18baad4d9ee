/*
 * yaml: the one node tree of fluxc, its loader and its emitters.
 *
 * Manifests, kustomization files, chart values and template data are all
 * fx_node trees.  Nodes come from an fx_arena and are never freed one by
 * one.  Every node carries the fx_loc it was read from (or the loc of the
 * node it was derived from).
 *
 * Scalars keep what they were: the resolved kind and value, the original
 * text, the quoting style and an explicit tag.  Mappings keep insertion
 * order; sorted views are computed on demand (the emitter sorts keys).
 *
 * Scalar resolution (which plain scalars are not strings) follows one of
 * two schemas, chosen by the caller:
 *
 *  FX_YAML_SCHEMA_KYAML - what kustomize's reader (go-yaml v3) does: the
 *      YAML 1.2 core schema plus go-yaml v3's leftovers: null|Null|NULL|~
 *      and empty are null; true|True|TRUE|false|False|FALSE are bools;
 *      decimal, 0x hex, 0o octal ints (and a leading '+'/'-'); floats
 *      incl. .inf/.nan forms; everything else (yes, no, on, off, 0777) is
 *      a string.  The emitter still quotes YAML 1.1 booleans (yes/on/...)
 *      because go-yaml v3 does, for old readers.
 *  FX_YAML_SCHEMA_11    - what sigs.k8s.io/yaml (go-yaml v2, YAML 1.1)
 *      does, used where Flux and Helm re-read text (postBuild
 *      substitution, Helm values): additionally y|Y|yes|Yes|YES|n|N|no|
 *      No|NO|on|On|ON|off|Off|OFF are bools, 0777 is octal, 0b101 binary,
 *      underscores allowed in numbers, and 1:20 sexagesimal ints.
 *
 * Quoted, block and explicitly tagged scalars (!!str) are always strings;
 * !!int, !!bool, !!float, !!null force the type.  Integers that do not
 * fit in 64 bits become floats (as in go-yaml) flagged FX_NODE_BIGNUM;
 * their exact text stays in `text`.
 */
#ifndef FX_YAML_H
#define FX_YAML_H

#include "base/base.h"

typedef enum {
	FX_NULL = 0,
	FX_BOOL,
	FX_INT,
	FX_FLOAT,
	FX_STR,
	FX_SEQ,
	FX_MAP,
} fx_kind;

typedef enum {
	FX_STYLE_ANY = 0, /* let the emitter decide */
	FX_STYLE_PLAIN,
	FX_STYLE_SQUOTE,
	FX_STYLE_DQUOTE,
	FX_STYLE_LITERAL,
	FX_STYLE_FOLDED,
	FX_STYLE_FLOW, /* flow sequence/mapping in the source */
} fx_style;

enum {
	FX_NODE_BIGNUM = 1u << 0, /* number beyond 64 bits: exact value in text */
	FX_NODE_UINT = 1u << 1,   /* FX_INT holding a uint64 above INT64_MAX */
	FX_NODE_TIMESTAMP = 1u << 2, /* FX_STR that go-yaml v3 reads as a timestamp */
};
/* Bits 8..15 of fx_node.flags belong to the stage that built the node
 * (the template engine keeps Go type codes there); copies keep them. */
#define FX_NODE_STAGE_SHIFT 8
#define FX_NODE_STAGE_MASK 0xff00u

typedef struct fx_node fx_node;

typedef struct {
	fx_node *key; /* usually FX_STR; YAML allows any scalar */
	fx_node *val;
} fx_pair;

struct fx_node {
	uint8_t kind;  /* fx_kind */
	uint8_t style; /* fx_style */
	uint16_t flags;
	fx_loc loc;
	const char *tag;  /* explicit tag as written ("!!str"), or NULL */
	const char *text; /* original scalar text, or NULL for built nodes */
	size_t text_len;
	union {
		bool b;
		int64_t i; /* FX_INT; with FX_NODE_UINT read as (uint64_t)i */
		double f;
		struct {
			const char *ptr; /* NUL-terminated, may hold NULs */
			size_t len;
		} s;
		struct {
			fx_node **items;
			size_t len, cap;
		} seq;
		struct {
			fx_pair *items;
			size_t len, cap;
			struct fx_map_index *index; /* NULL while small; see node.c */
		} map;
	} u;
};

/* ------------------------------------------------------------------ */
/* Construction (all results owned by the arena)                        */

fx_node *fx_node_null(fx_arena *a, fx_loc loc);
fx_node *fx_node_bool(fx_arena *a, bool b, fx_loc loc);
fx_node *fx_node_int(fx_arena *a, int64_t i, fx_loc loc);
fx_node *fx_node_float(fx_arena *a, double f, fx_loc loc);
/* Copies the bytes. */
fx_node *fx_node_str(fx_arena *a, const char *s, fx_loc loc);
fx_node *fx_node_strn(fx_arena *a, const char *s, size_t n, fx_loc loc);
/* Takes a string already in the arena, no copy. */
fx_node *fx_node_str_borrow(fx_arena *a, const char *s, size_t n, fx_loc loc);
fx_node *fx_node_seq(fx_arena *a, fx_loc loc);
fx_node *fx_node_map(fx_arena *a, fx_loc loc);
/* Deep copy into arena `a`. */
fx_node *fx_node_copy(fx_arena *a, const fx_node *n);
/* Shallow copy: a new node header sharing children. */
fx_node *fx_node_clone_shallow(fx_arena *a, const fx_node *n);

/* ------------------------------------------------------------------ */
/* Sequences                                                            */

void fx_seq_push(fx_arena *a, fx_node *seq, fx_node *item);
void fx_seq_insert(fx_arena *a, fx_node *seq, size_t at, fx_node *item);
void fx_seq_remove(fx_node *seq, size_t at);
static inline size_t fx_seq_len(const fx_node *n)
{
	return n && n->kind == FX_SEQ ? n->u.seq.len : 0;
}
static inline fx_node *fx_seq_at(const fx_node *n, size_t i)
{
	return n && n->kind == FX_SEQ && i < n->u.seq.len ? n->u.seq.items[i] : NULL;
}

/* ------------------------------------------------------------------ */
/* Mappings: ordered; keys compared as strings (scalar keys by value)   */

static inline size_t fx_map_len(const fx_node *n)
{
	return n && n->kind == FX_MAP ? n->u.map.len : 0;
}
/* Value for a string key, or NULL (also when n is not a mapping). */
fx_node *fx_map_get(const fx_node *n, const char *key);
fx_node *fx_map_getn(const fx_node *n, const char *key, size_t klen);
/* Index of a key or -1. */
long fx_map_find(const fx_node *n, const char *key, size_t klen);
/* Sets (replacing in place, keeping the position) or appends. */
void fx_map_set(fx_arena *a, fx_node *map, const char *key, fx_node *val);
void fx_map_set_node(fx_arena *a, fx_node *map, fx_node *key, fx_node *val);
/* Appends without checking for an existing key (loader; duplicates are
 * diagnosed there). */
void fx_map_append(fx_arena *a, fx_node *map, fx_node *key, fx_node *val);
/* Removes a key; returns true when it was there. */
bool fx_map_del(fx_node *map, const char *key);
void fx_map_remove_at(fx_node *map, size_t i);
/* Walks a path of keys: fx_map_path(obj, "metadata", "name", NULL). */
fx_node *fx_map_path(const fx_node *n, ...);
/* The string value at key, or NULL when absent or not a string. */
const char *fx_map_get_str(const fx_node *n, const char *key);
/* Gets or creates a mapping child. */
fx_node *fx_map_ensure_map(fx_arena *a, fx_node *map, const char *key, fx_loc loc);
/* Indices of the pairs sorted by key (bytewise), malloc'd; caller frees. */
size_t *fx_map_sorted_order(const fx_node *map);

/* ------------------------------------------------------------------ */
/* Scalars                                                              */

static inline bool fx_node_is_scalar(const fx_node *n)
{
	return n && n->kind != FX_SEQ && n->kind != FX_MAP;
}
static inline const char *fx_node_strval(const fx_node *n)
{
	return n && n->kind == FX_STR ? n->u.s.ptr : NULL;
}
/* The scalar as text: the string itself, or the canonical spelling of a
 * bool/int/float/null (original text when it was read).  Arena-owned. */
const char *fx_scalar_text(fx_arena *a, const fx_node *n);
/* Deep equality of values (mapping key order ignored). */
bool fx_node_equal(const fx_node *a, const fx_node *b);
const char *fx_kind_name(fx_kind k);

typedef enum {
	FX_YAML_SCHEMA_KYAML = 0,
	FX_YAML_SCHEMA_11 = 1,
} fx_yaml_schema;

/* Resolves plain scalar text to a typed node under a schema (used by the
 * loader and by stages that re-type text).  Never fails: unknown text is
 * a string. */
fx_node *fx_scalar_resolve(fx_arena *a, const char *text, size_t len, fx_yaml_schema schema,
			   fx_loc loc);

/* ------------------------------------------------------------------ */
/* Loading                                                              */

typedef struct {
	fx_yaml_schema schema;
	bool keep_empty_docs;   /* default: empty documents are skipped */
	bool allow_duplicate_keys; /* default: duplicate keys are an error; when
				    * allowed the last value wins, as go-yaml v2
				    * decoding into a Go map (kustomization files
				    * are read that way) */
} fx_yaml_opts;

/* Parses a multi-document stream.  `file` is a source-map id used for
 * every loc.  Documents are pushed onto docs_out (fx_node *).  Errors
 * (syntax, limits) are recorded located and -1 is returned; docs already
 * pushed stay valid. */
int fx_yaml_load(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		 const fx_yaml_opts *opts, fx_ptrvec *docs_out);
/* Exactly one document (an empty stream gives a null node). */
int fx_yaml_load_one(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		     const fx_yaml_opts *opts, fx_node **out);
/* JSON is YAML; this is fx_yaml_load_one with JSON's stricter rules
 * reported as errors. */
int fx_json_load(fx_ctx *ctx, fx_arena *a, uint32_t file, const char *buf, size_t len,
		 fx_node **out);

/* ------------------------------------------------------------------ */
/* Emitting                                                             */

typedef struct {
	bool keep_order; /* default false: keys sorted as kustomize prints */
	int indent;      /* 0 means 2 (2..9) */
	int width;       /* line folding width for long plain and quoted
			  * strings; 0: 80, < 0: no folding */
	bool seq_indent; /* indent "- " under the parent key (Helm toYaml
			  * does not; kubectl does not) */
	bool raw_timestamps; /* print FX_NODE_TIMESTAMP strings as written
			      * instead of kubectl's RFC 3339 form */
} fx_emit_opts;
/* kubectl kustomize and Helm's toYaml print alike (both are go-yaml v2
 * fed from a JSON round trip): zeroed options (or NULL) give that format:
 * keys in go-yaml v2's order (bytewise, except that letters sort after
 * other characters and digit runs compare as numbers: "a1" < "a01" <
 * "a10" < "aB"), numbers as encoding/json wrote them and go-yaml v2 read
 * them back (2.0 -> 2, 1e21 -> 1e+21, 1234567.5 -> 1.2345675e+06),
 * strings quoted when go-yaml v2 would read them as something else
 * (incl. yes/on/y, 1:20, 2024-01-01), invalid UTF-8 as U+FFFD.  Helm
 * trims the final newline itself.  Output is appended to `out`. */

/* One document, without a leading "---", ending in a newline. */
void fx_yaml_emit(fx_strbuf *out, const fx_node *doc, const fx_emit_opts *opts);
/* A stream: documents joined by "---\n" as kubectl kustomize prints. */
void fx_yaml_emit_stream(fx_strbuf *out, fx_node *const *docs, size_t n,
			 const fx_emit_opts *opts);

typedef struct {
	int indent;      /* 0: compact one line; n: json.MarshalIndent with
			  * n spaces */
	bool sort_keys;  /* Go's encoding/json sorts map keys (bytewise) */
	bool escape_html; /* Go escapes <, >, & by default */
} fx_json_opts;

/* Go's encoding/json text of a node, appended to `out` (no final
 * newline): U+2028/U+2029 always escaped, invalid UTF-8 as \ufffd,
 * floats as Go prints them (1e+21, 1e-7, -0), non-string keys as their
 * text, NaN and infinities (which Go refuses) as null. */
void fx_json_emit(fx_strbuf *out, const fx_node *n, const fx_json_opts *opts);

#endif
