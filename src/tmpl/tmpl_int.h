/*
 * Internals of src/tmpl shared by the lexer, parser, executor, builtins
 * and the fmt implementation.  Not visible outside src/tmpl/.
 *
 * Parse trees follow Go's text/template/parse node types; positions are
 * byte offsets into the text of the template that holds them, so line
 * and column are computed only when an error is reported.
 */
#ifndef FX_TMPL_INT_H
#define FX_TMPL_INT_H

#include "tmpl/tmpl.h"

/* ------------------------------------------------------------------ */
/* Lexer                                                                */

typedef enum {
	TK_ERROR,
	TK_EOF,
	TK_TEXT,
	TK_LEFT,   /* left delimiter */
	TK_RIGHT,  /* right delimiter */
	TK_SPACE,
	TK_BOOL,
	TK_CHAR,      /* printable ASCII punctuation: "," "=" ... */
	TK_CHARCONST, /* 'x' */
	TK_COMPLEX,
	TK_DECLARE, /* := */
	TK_ASSIGN,  /* = */
	TK_DOT,
	TK_FIELD,
	TK_IDENT,
	TK_LPAREN,
	TK_RPAREN,
	TK_NUMBER,
	TK_PIPE,
	TK_RAWSTRING,
	TK_STRING,
	TK_VARIABLE,
	TK_KEYWORD, /* marker: keywords follow */
	TK_BLOCK,
	TK_BREAK,
	TK_CONTINUE,
	TK_DEFINE,
	TK_ELSE,
	TK_END,
	TK_IF,
	TK_RANGE,
	TK_NIL,
	TK_TEMPLATE,
	TK_WITH,
} fx_tok_type;

typedef struct {
	fx_tok_type type;
	uint32_t pos;  /* byte offset */
	uint32_t line; /* 1-based line where the token starts */
	const char *val; /* points into the text; for TK_ERROR the message */
	size_t len;
} fx_tok;

typedef struct {
	fx_tok *toks;
	size_t n, cap;
} fx_toklist;

/* Lexes the whole text into tokens (ending with TK_EOF or TK_ERROR).
 * Error messages are arena strings. */
void fx_tmpl__lex(fx_arena *a, const char *text, size_t len, const char *ldelim,
		  const char *rdelim, fx_toklist *out);

/* ------------------------------------------------------------------ */
/* Parse trees                                                          */

typedef enum {
	TN_LIST,
	TN_TEXT,
	TN_ACTION,
	TN_IF,
	TN_RANGE,
	TN_WITH,
	TN_TEMPLATE,
	TN_BREAK,
	TN_CONTINUE,
	TN_PIPE,
	TN_CMD,
	TN_FIELD,
	TN_VAR,
	TN_DOT,
	TN_NIL,
	TN_BOOL,
	TN_NUMBER,
	TN_STRING,
	TN_IDENT,
	TN_CHAIN,
	TN_END,  /* parser only */
	TN_ELSE, /* parser only */
} fx_tnode_type;

typedef struct fx_ttree fx_ttree;
typedef struct fx_tnode fx_tnode;

struct fx_tnode {
	uint8_t type;
	bool flag;      /* PIPE: is assignment; BOOL: value */
	uint32_t pos;
	fx_ttree *tree;
	/* LIST: nodes; CMD: args; PIPE: commands */
	fx_tnode **items;
	size_t n_items;
	/* PIPE: declared variable names ("$x") */
	const char **decl;
	size_t n_decl;
	/* FIELD (".X.Y" -> X,Y), VAR ("$x.Y" -> $x,Y), CHAIN (fields) */
	const char **ident;
	size_t n_ident;
	/* TEXT: text; STRING: unquoted; NUMBER/STRING: quoted text in
	 * `text2`; TEMPLATE: name; IDENT: name */
	const char *str;
	size_t len;
	const char *text2;
	size_t len2;
	/* IF/RANGE/WITH/TEMPLATE/ACTION: pipe; CHAIN: the node */
	fx_tnode *pipe;
	fx_tnode *list, *else_list;
	/* NUMBER */
	bool is_int, is_uint, is_float, is_complex;
	int64_t i;
	uint64_t u;
	double f, imag;
	/* IDENT: the resolved function (NULL for builtins handled inline) */
	const fx_tmpl_func *fn;
	int builtin; /* IDENT: builtin id + 1, 0 when not a builtin */
};

struct fx_ttree {
	const char *name;
	const char *parse_name;
	const char *text;
	size_t text_len;
	fx_tnode *root;
};

struct fx_tmpl_set {
	fx_arena *arena;
	fx_tmpl_opts opts;
	fx_strmap *trees; /* name -> fx_ttree */
	const fx_tmpl_set *parent; /* tpl overlays: lookups fall back here */
};

/* Literals (literal.c): strconv.Unquote of a string token (false on
 * invalid syntax); a number/char/complex token into n (NULL or Go's
 * error message). */
bool fx_tmpl__unquote(fx_arena *a, const fx_tok *t, const char **s_out, size_t *len_out);
const char *fx_tmpl__number(fx_arena *a, fx_tnode *n, const fx_tok *t);

const fx_ttree *fx_tmpl__lookup(const fx_tmpl_set *set, const char *name);
/* Node String() as Go prints it. */
void fx_tmpl__node_string(fx_strbuf *out, const fx_tnode *n);
/* "NAME:LINE:COL" for a node (col 0-based byte offset as Go). */
void fx_tmpl__node_location(const fx_tnode *n, uint32_t *line, uint32_t *col);

/* Function lookup used by the parser (existence) and executor. */
typedef struct {
	const fx_tmpl_func *fn; /* extra or Sprig function */
	int builtin;            /* builtin id + 1 */
} fx_tmpl__fnref;
bool fx_tmpl__find_func(const fx_tmpl_set *set, const char *name, fx_tmpl__fnref *out);

/* ------------------------------------------------------------------ */
/* Builtins                                                             */

enum {
	BI_AND = 1,
	BI_OR,
	BI_NOT,
	BI_LEN,
	BI_INDEX,
	BI_SLICE,
	BI_PRINT,
	BI_PRINTF,
	BI_PRINTLN,
	BI_HTML,
	BI_JS,
	BI_URLQUERY,
	BI_CALL,
	BI_EQ,
	BI_NE,
	BI_LT,
	BI_LE,
	BI_GT,
	BI_GE,
};
/* Builtin id (BI_*) of a name or 0. */
int fx_tmpl__builtin_id(const char *name);
const char *fx_tmpl__builtin_name(int id);
/* Calls a non-lazy builtin on evaluated args (NULL entries are Go's
 * invalid/nil values).  Error message (without location) in err. */
int fx_tmpl__builtin_call(fx_arena *a, int id, fx_node **args, size_t n, fx_node **out,
			  fx_strbuf *err);
/* Go's truth of a value; NULL is false. */
bool fx_tmpl__truth(const fx_node *v);

/* ------------------------------------------------------------------ */
/* fmt                                                                  */

/* fmt.Sprintf */
void fx_tmpl__sprintf(fx_strbuf *out, const char *fmt, size_t flen, fx_node *const *args,
		      size_t n);
/* fmt.Sprint / Sprintln */
void fx_tmpl__sprint(fx_strbuf *out, fx_node *const *args, size_t n, bool ln);
/* %T */
const char *fx_tmpl__go_type(const fx_node *v);
/* strconv.Quote */
void fx_tmpl__quote(fx_strbuf *out, const char *s, size_t n, bool ascii_only);
/* %v of a float64 */
void fx_tmpl__fmt_float(fx_strbuf *out, double f, char verb, int prec);
/* strconv.c: Quote with a chosen quote character, QuoteRune,
 * CanBackquote, unicode.IsPrint (approximation). */
void fx_tmpl__quote_with(fx_strbuf *out, const char *s, size_t n, char q, bool ascii_only);
void fx_tmpl__quote_rune(fx_strbuf *out, uint32_t r, bool ascii_only);
bool fx_tmpl__can_backquote(const char *s, size_t n);
bool fx_tmpl__is_print(uint32_t r);
/* Decodes one UTF-8 rune; returns its length (1 on invalid, rune 0xFFFD). */
size_t fx_tmpl__utf8_decode(const char *s, size_t n, uint32_t *r);
void fx_tmpl__utf8_encode(fx_strbuf *out, uint32_t r);

#endif
