/*
 * Go's fmt for template values: Sprint, Sprintln, Sprintf with the verbs,
 * flags, widths and precisions Go accepts, and the %!verb(type=value)
 * error forms Go writes into the output (strconv's pieces are in
 * strconv.c).
 *
 * Values are fx_nodes typed as tmpl.h describes; NULL and FX_NULL are
 * Go's nil.  Maps print with sorted keys as fmt does.
 */
#include "tmpl/tmpl_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Types                                                                */

const char *fx_tmpl__go_type(const fx_node *v)
{
	if (!v || v->kind == FX_NULL)
		return "<nil>";
	fx_go_type gt = fx_go_type_of(v);
	switch (v->kind) {
	case FX_BOOL:
		return "bool";
	case FX_INT:
		if (gt == FX_GO_INT64)
			return "int64";
		if (gt == FX_GO_UINT64 || (v->flags & FX_NODE_UINT))
			return "uint64";
		if (gt == FX_GO_RUNE)
			return "int32";
		return "int";
	case FX_FLOAT:
		return "float64";
	case FX_STR:
		if (gt == FX_GO_BYTES)
			return "[]uint8";
		if (gt == FX_GO_ERROR)
			return "*errors.errorString";
		return "string";
	case FX_SEQ:
		if (gt == FX_GO_STRSLICE)
			return "[]string";
		if (gt == FX_GO_COMPLEX)
			return "complex128";
		return "[]interface {}";
	case FX_MAP:
		if (gt == FX_GO_TIME)
			return "time.Time";
		if (gt == FX_GO_SEMVER)
			return "*semver.Version";
		return "map[string]interface {}";
	default:
		return "?";
	}
}

/* ------------------------------------------------------------------ */
/* Printer                                                              */

/* %v of Go values that the function families model (time.Time,
 * *semver.Version), from src/tmpl/funcs/value.c. */
void fx_tmplf__fmt_v(fx_strbuf *out, const fx_node *v);

typedef struct {
	bool plus, minus, sharp, space, zero;
	bool has_width, has_prec;
	int width, prec;
} spec;

static void pad(fx_strbuf *out, const spec *sp, const char *s, size_t n, bool numeric_zero)
{
	size_t runes = 0;
	for (size_t i = 0; i < n;) {
		uint32_t r;
		i += fx_tmpl__utf8_decode(s + i, n - i, &r);
		runes++;
	}
	size_t w = sp->has_width && sp->width > 0 ? (size_t)sp->width : 0;
	if (runes >= w) {
		fx_sb_add(out, s, n);
		return;
	}
	size_t fill = w - runes;
	if (sp->minus) {
		fx_sb_add(out, s, n);
		fx_sb_addrep(out, ' ', fill);
	} else if (sp->zero && numeric_zero) {
		/* zeros after the sign */
		size_t k = 0;
		if (n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' '))
			fx_sb_addc(out, s[k++]);
		fx_sb_addrep(out, '0', fill);
		fx_sb_add(out, s + k, n - k);
	} else if (sp->zero) {
		fx_sb_addrep(out, '0', fill);
		fx_sb_add(out, s, n);
	} else {
		fx_sb_addrep(out, ' ', fill);
		fx_sb_add(out, s, n);
	}
}

static void print_value(fx_strbuf *out, const fx_node *v, char verb, const spec *sp, int depth);

static void bad_verb(fx_strbuf *out, const fx_node *v, char verb)
{
	fx_sb_addf(out, "%%!%c(", verb);
	if (!v || v->kind == FX_NULL) {
		fx_sb_adds(out, "<nil>");
	} else {
		fx_sb_adds(out, fx_tmpl__go_type(v));
		fx_sb_addc(out, '=');
		spec none = {0};
		print_value(out, v, 'v', &none, 0);
	}
	fx_sb_addc(out, ')');
}

static void fmt_integer(fx_strbuf *out, uint64_t u, bool neg, int base, char verb,
			const spec *sp)
{
	const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	int prec = sp->has_prec ? sp->prec : -1;
	spec s2 = *sp;
	s2.zero = false;
	if (prec == 0 && u == 0) {
		pad(out, &s2, "", 0, false);
		return;
	}
	char dig[72];
	int nd = 0;
	do {
		dig[nd++] = digits[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u > 0);
	/* prefix: sign, then 0x / 0b / 0 / 0o */
	char pre[4];
	int np = 0;
	if (neg)
		pre[np++] = '-';
	else if (sp->plus)
		pre[np++] = '+';
	else if (sp->space)
		pre[np++] = ' ';
	bool lead_zero = false;
	if (sp->sharp && base == 16) {
		pre[np++] = '0';
		pre[np++] = verb == 'X' ? 'X' : 'x';
	} else if (sp->sharp && base == 2) {
		pre[np++] = '0';
		pre[np++] = 'b';
	} else if (verb == 'O') {
		pre[np++] = '0';
		pre[np++] = 'o';
	} else if (sp->sharp && base == 8) {
		lead_zero = true;
	}
	int want = prec > nd ? prec : nd;
	if (lead_zero && want == nd && dig[nd - 1] != '0')
		want = nd + 1;
	if (sp->zero && !sp->minus && !sp->has_prec && sp->has_width && sp->width - np > want)
		want = sp->width - np;
	fx_strbuf t = FX_STRBUF_INIT;
	fx_sb_add(&t, pre, (size_t)np);
	fx_sb_addrep(&t, '0', (size_t)(want - nd));
	for (int i = nd; i-- > 0;)
		fx_sb_addc(&t, dig[i]);
	pad(out, &s2, fx_sb_cstr(&t), t.len, false);
	fx_sb_dispose(&t);
}

static void fmt_float_verb(fx_strbuf *out, double f, char verb, const spec *sp)
{
	fx_strbuf t = FX_STRBUF_INIT;
	int prec = sp->has_prec ? sp->prec : -1;
	char v = verb;
	if (verb == 'v')
		v = 'g';
	if ((v == 'e' || v == 'E' || v == 'f' || v == 'F') && prec < 0)
		prec = 6;
	fx_tmpl__fmt_float(&t, f, v, prec);
	if (sp->sharp && v != 'e' && v != 'E' && !strchr(fx_sb_cstr(&t), '.') &&
	    !strchr(fx_sb_cstr(&t), 'e') && !isinf(f) && !isnan(f))
		fx_sb_addc(&t, '.');
	const char *s = fx_sb_cstr(&t);
	fx_strbuf u = FX_STRBUF_INIT;
	if (s[0] != '-' && s[0] != '+' && (sp->plus || sp->space))
		fx_sb_addc(&u, sp->plus ? '+' : ' ');
	else if (s[0] == '+' && !sp->plus && isinf(f))
		s++; /* Go prints +Inf only with the plus flag... except %v */
	if (isinf(f) && f > 0 && !sp->plus && !sp->space)
		fx_sb_addc(&u, '+');
	fx_sb_adds(&u, s);
	pad(out, sp, fx_sb_cstr(&u), u.len, !isinf(f) && !isnan(f));
	fx_sb_dispose(&t);
	fx_sb_dispose(&u);
}

static void fmt_string(fx_strbuf *out, const char *s, size_t n, char verb, const spec *sp)
{
	if (sp->has_prec && verb != 'x' && verb != 'X') {
		size_t i = 0;
		int runes = 0;
		while (i < n && runes < sp->prec) {
			uint32_t r;
			i += fx_tmpl__utf8_decode(s + i, n - i, &r);
			runes++;
		}
		n = i;
	}
	fx_strbuf t = FX_STRBUF_INIT;
	switch (verb) {
	case 'v':
	case 's':
		pad(out, sp, s, n, false);
		break;
	case 'q':
		if (sp->sharp && fx_tmpl__can_backquote(s, n)) {
			fx_sb_addc(&t, '`');
			fx_sb_add(&t, s, n);
			fx_sb_addc(&t, '`');
		} else {
			fx_tmpl__quote_with(&t, s, n, '"', sp->plus);
		}
		pad(out, sp, fx_sb_cstr(&t), t.len, false);
		break;
	case 'x':
	case 'X': {
		const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
		size_t lim = n;
		if (sp->has_prec && (size_t)sp->prec < lim)
			lim = (size_t)sp->prec;
		for (size_t i = 0; i < lim; i++) {
			if (i > 0 && sp->space)
				fx_sb_addc(&t, ' ');
			if (sp->sharp && (i == 0 || sp->space)) {
				fx_sb_addc(&t, '0');
				fx_sb_addc(&t, verb == 'X' ? 'X' : 'x');
			}
			unsigned char c = (unsigned char)s[i];
			fx_sb_addc(&t, digits[c >> 4]);
			fx_sb_addc(&t, digits[c & 15]);
		}
		pad(out, sp, fx_sb_cstr(&t), t.len, false);
		break;
	}
	default:
		break;
	}
	fx_sb_dispose(&t);
}

static int cmp_keys(const void *a, const void *b, void *m)
{
	const fx_node *map = m;
	const fx_pair *pa = &map->u.map.items[*(const size_t *)a];
	const fx_pair *pb = &map->u.map.items[*(const size_t *)b];
	const char *ka = pa->key && pa->key->kind == FX_STR ? pa->key->u.s.ptr : "";
	const char *kb = pb->key && pb->key->kind == FX_STR ? pb->key->u.s.ptr : "";
	return strcmp(ka, kb);
}

static void print_value(fx_strbuf *out, const fx_node *v, char verb, const spec *sp, int depth)
{
	if (depth > 100) {
		fx_sb_adds(out, "...");
		return;
	}
	if (verb == 'T') {
		fmt_string(out, fx_tmpl__go_type(v), strlen(fx_tmpl__go_type(v)), 's', sp);
		return;
	}
	if (!v || v->kind == FX_NULL) {
		if (verb == 'v' || verb == 's' || depth > 0) {
			if (verb == 'v' || depth > 0)
				pad(out, sp, "<nil>", 5, false);
			else
				bad_verb(out, v, verb);
		} else {
			bad_verb(out, v, verb);
		}
		return;
	}
	fx_go_type gt = fx_go_type_of(v);
	switch (v->kind) {
	case FX_BOOL:
		if (verb == 'v' || verb == 't')
			pad(out, sp, v->u.b ? "true" : "false", v->u.b ? 4 : 5, false);
		else
			bad_verb(out, v, verb);
		return;
	case FX_INT: {
		bool is_u = gt == FX_GO_UINT64 || (v->flags & FX_NODE_UINT);
		uint64_t u = is_u || v->u.i >= 0 ? (uint64_t)v->u.i : (uint64_t)0 - (uint64_t)v->u.i;
		bool neg = !is_u && v->u.i < 0;
		switch (verb) {
		case 'v':
		case 'd':
			fmt_integer(out, u, neg, 10, 'd', sp);
			return;
		case 'b':
			fmt_integer(out, u, neg, 2, 'b', sp);
			return;
		case 'o':
		case 'O':
			fmt_integer(out, u, neg, 8, verb, sp);
			return;
		case 'x':
		case 'X':
			fmt_integer(out, u, neg, 16, verb, sp);
			return;
		case 'c': {
			fx_strbuf t = FX_STRBUF_INIT;
			fx_tmpl__utf8_encode(&t, neg || u > 0x10FFFF ? 0xFFFD : (uint32_t)u);
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'q': {
			fx_strbuf t = FX_STRBUF_INIT;
			fx_tmpl__quote_rune(&t, neg || u > 0x10FFFF ? 0xFFFD : (uint32_t)u, sp->plus);
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'U': {
			fx_strbuf t = FX_STRBUF_INIT;
			fx_sb_addf(&t, "U+%04llX", (unsigned long long)u);
			if (sp->sharp && u <= 0x10FFFF && fx_tmpl__is_print((uint32_t)u)) {
				fx_sb_adds(&t, " '");
				fx_tmpl__utf8_encode(&t, (uint32_t)u);
				fx_sb_addc(&t, '\'');
			}
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		default:
			bad_verb(out, v, verb);
			return;
		}
	}
	case FX_FLOAT:
		switch (verb) {
		case 'v':
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
			fmt_float_verb(out, v->u.f, verb, sp);
			return;
		default:
			bad_verb(out, v, verb);
			return;
		}
	case FX_STR:
		if (gt == FX_GO_BYTES && (verb == 'v' || verb == 'd')) {
			fx_sb_addc(out, '[');
			for (size_t i = 0; i < v->u.s.len; i++) {
				if (i)
					fx_sb_addc(out, ' ');
				fx_sb_addf(out, "%u", (unsigned char)v->u.s.ptr[i]);
			}
			fx_sb_addc(out, ']');
			return;
		}
		if (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
			fmt_string(out, v->u.s.ptr, v->u.s.len, verb, sp);
		else
			bad_verb(out, v, verb);
		return;
	case FX_SEQ:
		if (gt == FX_GO_COMPLEX && v->u.seq.len == 2) {
			fx_strbuf t = FX_STRBUF_INIT;
			spec s2 = *sp;
			s2.has_width = false;
			fx_sb_addc(&t, '(');
			print_value(&t, v->u.seq.items[0], verb == 'v' ? 'g' : verb, &s2, depth + 1);
			s2.plus = true;
			print_value(&t, v->u.seq.items[1], verb == 'v' ? 'g' : verb, &s2, depth + 1);
			fx_sb_adds(&t, "i)");
			pad(out, sp, fx_sb_cstr(&t), t.len, false);
			fx_sb_dispose(&t);
			return;
		}
		fx_sb_addc(out, '[');
		for (size_t i = 0; i < v->u.seq.len; i++) {
			if (i)
				fx_sb_addc(out, ' ');
			print_value(out, v->u.seq.items[i], verb, sp, depth + 1);
		}
		fx_sb_addc(out, ']');
		return;
	case FX_MAP: {
		if (gt == FX_GO_TIME || gt == FX_GO_SEMVER) {
			/* Stringers: time.Time and *semver.Version print their
			 * String() (the funcs families own those formats) */
			fx_strbuf t = FX_STRBUF_INIT;
			fx_tmplf__fmt_v(&t, v);
			if (verb == 'v' || verb == 's' || verb == 'q')
				fmt_string(out, fx_sb_cstr(&t), t.len, verb, sp);
			else
				bad_verb(out, v, verb);
			fx_sb_dispose(&t);
			return;
		}
		fx_sb_adds(out, "map[");
		size_t n = v->u.map.len;
		size_t *ord = fx_xmalloc((n ? n : 1) * sizeof(size_t));
		for (size_t i = 0; i < n; i++)
			ord[i] = i;
		qsort_r(ord, n, sizeof(size_t), cmp_keys, (void *)v);
		for (size_t i = 0; i < n; i++) {
			const fx_pair *p = &v->u.map.items[ord[i]];
			if (i)
				fx_sb_addc(out, ' ');
			print_value(out, p->key, verb, sp, depth + 1);
			fx_sb_addc(out, ':');
			print_value(out, p->val, verb, sp, depth + 1);
		}
		free(ord);
		fx_sb_addc(out, ']');
		return;
	}
	default:
		return;
	}
}

void fx_tmpl_format_value(fx_strbuf *out, const fx_node *v)
{
	spec none = {0};
	print_value(out, v, 'v', &none, 0);
}

void fx_tmpl__sprint(fx_strbuf *out, fx_node *const *args, size_t n, bool ln)
{
	spec none = {0};
	for (size_t i = 0; i < n; i++) {
		bool is_str = args[i] && args[i]->kind == FX_STR &&
			      fx_go_type_of(args[i]) != FX_GO_BYTES;
		if (i > 0) {
			bool prev_str = args[i - 1] && args[i - 1]->kind == FX_STR &&
					fx_go_type_of(args[i - 1]) != FX_GO_BYTES;
			if (ln || (!is_str && !prev_str))
				fx_sb_addc(out, ' ');
		}
		print_value(out, args[i], 'v', &none, 0);
	}
	if (ln)
		fx_sb_addc(out, '\n');
}

void fx_tmpl__sprintf(fx_strbuf *out, const char *f, size_t flen, fx_node *const *args,
		      size_t n)
{
	size_t argi = 0;
	size_t i = 0;
	while (i < flen) {
		if (f[i] != '%') {
			size_t j = i;
			while (j < flen && f[j] != '%')
				j++;
			fx_sb_add(out, f + i, j - i);
			i = j;
			continue;
		}
		i++;
		spec sp = {0};
		for (; i < flen; i++) {
			char c = f[i];
			if (c == '+')
				sp.plus = true;
			else if (c == '-')
				sp.minus = true, sp.zero = false;
			else if (c == '#')
				sp.sharp = true;
			else if (c == ' ')
				sp.space = true;
			else if (c == '0')
				sp.zero = !sp.minus;
			else
				break;
		}
		/* width */
		if (i < flen && f[i] == '*') {
			i++;
			if (argi < n && args[argi] && args[argi]->kind == FX_INT &&
			    args[argi]->u.i >= -1000000 && args[argi]->u.i <= 1000000) {
				sp.has_width = true;
				sp.width = (int)args[argi]->u.i;
				if (sp.width < 0) {
					sp.minus = true;
					sp.width = -sp.width;
				}
			} else {
				fx_sb_adds(out, "%!(BADWIDTH)");
			}
			argi++;
		} else {
			while (i < flen && f[i] >= '0' && f[i] <= '9') {
				sp.has_width = true;
				if (sp.width < 1000000)
					sp.width = sp.width * 10 + (f[i] - '0');
				i++;
			}
		}
		if (i < flen && f[i] == '.') {
			i++;
			sp.has_prec = true;
			if (i < flen && f[i] == '*') {
				i++;
				if (argi < n && args[argi] && args[argi]->kind == FX_INT &&
				    args[argi]->u.i >= 0 && args[argi]->u.i < 1000000) {
					sp.prec = (int)args[argi]->u.i;
				} else {
					sp.has_prec = false;
					fx_sb_adds(out, "%!(BADPREC)");
				}
				argi++;
			} else {
				while (i < flen && f[i] >= '0' && f[i] <= '9') {
					if (sp.prec < 1000000)
						sp.prec = sp.prec * 10 + (f[i] - '0');
					i++;
				}
			}
		}
		if (i >= flen) {
			fx_sb_adds(out, "%!(NOVERB)");
			break;
		}
		uint32_t verb;
		size_t w = fx_tmpl__utf8_decode(f + i, flen - i, &verb);
		i += w;
		if (verb == '%') {
			fx_sb_addc(out, '%');
			continue;
		}
		if (argi >= n) {
			fx_sb_adds(out, "%!");
			fx_tmpl__utf8_encode(out, verb);
			fx_sb_adds(out, "(MISSING)");
			continue;
		}
		const fx_node *a = args[argi++];
		if (verb == 'v' && sp.sharp) {
			sp.sharp = false; /* %#v: Go syntax; approximated by %v */
		}
		if (verb > 0x7f || !strchr("vTtbcdoOqxXUeEfFgGs", (int)verb)) {
			fx_sb_adds(out, "%!");
			fx_tmpl__utf8_encode(out, verb);
			fx_sb_addc(out, '(');
			if (!a || a->kind == FX_NULL) {
				fx_sb_adds(out, "<nil>");
			} else {
				fx_sb_adds(out, fx_tmpl__go_type(a));
				fx_sb_addc(out, '=');
				spec none = {0};
				print_value(out, a, 'v', &none, 0);
			}
			fx_sb_addc(out, ')');
			continue;
		}
		print_value(out, a, (char)verb, &sp, 0);
	}
	if (argi < n) {
		fx_sb_adds(out, "%!(EXTRA ");
		for (size_t k = argi; k < n; k++) {
			if (k > argi)
				fx_sb_adds(out, ", ");
			const fx_node *a = args[k];
			if (!a || a->kind == FX_NULL) {
				fx_sb_adds(out, "<nil>");
				continue;
			}
			fx_sb_adds(out, fx_tmpl__go_type(a));
			fx_sb_addc(out, '=');
			spec none = {0};
			print_value(out, a, 'v', &none, 0);
		}
		fx_sb_addc(out, ')');
	}
}
