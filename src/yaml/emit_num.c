/*
 * Numbers and timestamps as the Go programs whose output fluxc matches
 * print them: strconv.FormatFloat (shortest digits), encoding/json's
 * float rule, the JSON -> go-yaml v2 round trip that kubectl kustomize and
 * Helm's toYaml apply to every number, and time.Time in RFC 3339.
 *
 * Part of the yaml stage's emitters; choosing where a number goes is left
 * to emit.c and emit_json.c.
 */
#include "yaml/emit_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shortest decimal digits that read back as f (f finite, > 0):
 * digits in d (no dot), count returned, decimal point position in *dp
 * (value = 0.d * 10^dp). */
static int shortest_digits(double f, char *d, int *dp)
{
	char tmp[64];
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
		if (prec == 17 || strtod(tmp, NULL) == f)
			break;
	}
	/* tmp is d[.ddd]e[+-]xx */
	int nd = 0;
	const char *p = tmp;
	for (; *p && *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			d[nd++] = *p;
	int exp = atoi(p + 1);
	while (nd > 1 && d[nd - 1] == '0')
		nd--;
	d[nd] = '\0';
	*dp = exp + 1;
	return nd;
}

static size_t fmt_e(char *buf, bool neg, const char *d, int nd, int dp)
{
	size_t n = 0;
	if (neg)
		buf[n++] = '-';
	buf[n++] = d[0];
	if (nd > 1) {
		buf[n++] = '.';
		memcpy(buf + n, d + 1, (size_t)nd - 1);
		n += (size_t)nd - 1;
	}
	int exp = dp - 1;
	buf[n++] = 'e';
	buf[n++] = exp < 0 ? '-' : '+';
	if (exp < 0)
		exp = -exp;
	n += (size_t)sprintf(buf + n, "%02d", exp);
	return n;
}

static size_t fmt_f(char *buf, bool neg, const char *d, int nd, int dp)
{
	size_t n = 0;
	if (neg)
		buf[n++] = '-';
	if (dp <= 0) {
		buf[n++] = '0';
		buf[n++] = '.';
		for (int i = 0; i < -dp; i++)
			buf[n++] = '0';
		memcpy(buf + n, d, (size_t)nd);
		n += (size_t)nd;
	} else if (dp >= nd) {
		memcpy(buf + n, d, (size_t)nd);
		n += (size_t)nd;
		for (int i = nd; i < dp; i++)
			buf[n++] = '0';
	} else {
		memcpy(buf + n, d, (size_t)dp);
		n += (size_t)dp;
		buf[n++] = '.';
		memcpy(buf + n, d + dp, (size_t)(nd - dp));
		n += (size_t)(nd - dp);
	}
	return n;
}

size_t fx__go_ftoa(char *buf, double f, char fmt)
{
	size_t n;
	if (isnan(f)) {
		memcpy(buf, "NaN", 4);
		return 3;
	}
	if (isinf(f)) {
		n = (size_t)sprintf(buf, "%sInf", f < 0 ? "-" : "+");
		return n;
	}
	bool neg = signbit(f) != 0;
	double a = fabs(f);
	char d[32];
	int nd, dp;
	if (a == 0) {
		d[0] = '0';
		d[1] = '\0';
		nd = 1;
		dp = 1;
	} else {
		nd = shortest_digits(a, d, &dp);
	}
	if (fmt == 'g') {
		int exp = dp - 1;
		if (a != 0 && (exp < -4 || exp >= 6))
			fmt = 'e';
		else
			fmt = 'f';
		if (a == 0)
			fmt = 'f';
	}
	if (fmt == 'e')
		n = fmt_e(buf, neg, d, nd, dp);
	else
		n = fmt_f(buf, neg, d, nd, dp);
	buf[n] = '\0';
	return n;
}

size_t fx__json_ftoa(char *buf, double f)
{
	if (isnan(f) || isinf(f)) {
		memcpy(buf, "null", 5);
		return 4;
	}
	double a = fabs(f);
	char fmt = 'f';
	if (a != 0 && (a < 1e-6 || a >= 1e21))
		fmt = 'e';
	size_t n = fx__go_ftoa(buf, f, fmt);
	if (fmt == 'e' && n >= 4 && buf[n - 4] == 'e' && buf[n - 3] == '-' && buf[n - 2] == '0') {
		buf[n - 2] = buf[n - 1];
		buf[--n] = '\0';
	}
	return n;
}

/* encoding/json writes the float, go-yaml v2 reads the text back (an
 * integer when it has no fraction and fits 64 bits) and prints it. */
size_t fx__yaml_ftoa(char *buf, double f)
{
	if (isnan(f)) {
		memcpy(buf, ".nan", 5);
		return 4;
	}
	if (isinf(f)) {
		return (size_t)sprintf(buf, "%s", f < 0 ? "-.inf" : ".inf");
	}
	size_t n = fx__json_ftoa(buf, f);
	if (!memchr(buf, '.', n) && !memchr(buf, 'e', n)) {
		const char *digits = buf[0] == '-' ? buf + 1 : buf;
		size_t dn = n - (size_t)(digits - buf);
		/* int64 or uint64: printed as read */
		bool fits = dn < 19 || (dn == 19 && strcmp(digits, buf[0] == '-' ? "9223372036854775808" :
								   "9223372036854775807") <= 0);
		if (!fits && buf[0] != '-')
			fits = dn < 20 || (dn == 20 && strcmp(digits, "18446744073709551615") <= 0);
		if (fits) {
			bool zero = true;
			for (size_t i = 0; i < dn; i++)
				if (digits[i] != '0')
					zero = false;
			if (zero) {
				memcpy(buf, "0", 2);
				return 1;
			}
			return n;
		}
	}
	return fx__go_ftoa(buf, f, 'g');
}

/* ------------------------------------------------------------------ */
/* Timestamps                                                           */

static bool isdig(char c)
{
	return c >= '0' && c <= '9';
}

/* time.Parse's getnum: one or two digits. */
static bool getnum(const char *s, size_t n, size_t *i, int *v)
{
	if (*i >= n || !isdig(s[*i]))
		return false;
	*v = s[(*i)++] - '0';
	if (*i < n && isdig(s[*i]))
		*v = *v * 10 + (s[(*i)++] - '0');
	return true;
}

static int days_in(int mon, int year)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (mon == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return dm[mon - 1];
}

/* Layouts (go-yaml v2 and v3 alike):
 *   2006-1-2T15:4:5.999999999Z07:00, the same with 't',
 *   2006-1-2 15:4:5.999999999, and 2006-1-2. */
bool fx__parse_timestamp(const char *s, size_t n, fx__time *out)
{
	memset(out, 0, sizeof *out);
	if (n < 6)
		return false;
	for (int k = 0; k < 4; k++)
		if (!isdig(s[k]))
			return false;
	if (s[4] != '-')
		return false;
	out->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	size_t i = 5;
	if (!getnum(s, n, &i, &out->mon) || i >= n || s[i] != '-')
		return false;
	i++;
	if (!getnum(s, n, &i, &out->day))
		return false;
	if (out->mon < 1 || out->mon > 12)
		return false;
	if (out->day < 1 || out->day > days_in(out->mon, out->year))
		return false;
	if (i == n)
		return true;
	char sep = s[i];
	if (sep != 'T' && sep != 't' && sep != ' ')
		return false;
	i++;
	if (!getnum(s, n, &i, &out->hour) || i >= n || s[i] != ':')
		return false;
	i++;
	if (!getnum(s, n, &i, &out->min) || i >= n || s[i] != ':')
		return false;
	i++;
	if (!getnum(s, n, &i, &out->sec))
		return false;
	if (out->hour > 23 || out->min > 59 || out->sec > 59)
		return false;
	if (i + 1 < n && (s[i] == '.' || s[i] == ',') && isdig(s[i + 1])) {
		i++;
		long ns = 0;
		int nd = 0;
		while (i < n && isdig(s[i])) {
			if (nd < 9) {
				ns = ns * 10 + (s[i] - '0');
				nd++;
			}
			i++;
		}
		while (nd++ < 9)
			ns *= 10;
		out->nsec = ns;
	}
	if (sep == ' ')
		return i == n;
	if (i >= n)
		return false;
	if (s[i] == 'Z') {
		out->has_zone = true;
		return i + 1 == n;
	}
	if (n - i != 6 || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':')
		return false;
	for (size_t k = i + 1; k < n; k++)
		if (k != i + 3 && !isdig(s[k]))
			return false;
	int hh = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
	int mm = (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
	if (hh > 24 || mm > 60)
		return false;
	out->has_zone = true;
	out->zone_min = (hh * 60 + mm) * (s[i] == '-' ? -1 : 1);
	return true;
}

size_t fx__format_rfc3339(char *buf, const fx__time *t)
{
	size_t n = (size_t)sprintf(buf, "%04d-%02d-%02dT%02d:%02d:%02d", t->year, t->mon, t->day,
				   t->hour, t->min, t->sec);
	if (t->nsec) {
		char frac[16];
		sprintf(frac, "%09ld", t->nsec);
		int k = 9;
		while (k > 0 && frac[k - 1] == '0')
			k--;
		frac[k] = '\0';
		n += (size_t)sprintf(buf + n, ".%s", frac);
	}
	if (t->zone_min == 0) {
		buf[n++] = 'Z';
		buf[n] = '\0';
	} else {
		int z = t->zone_min < 0 ? -t->zone_min : t->zone_min;
		n += (size_t)sprintf(buf + n, "%c%02d:%02d", t->zone_min < 0 ? '-' : '+', z / 60, z % 60);
	}
	return n;
}
