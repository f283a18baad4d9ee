/*
 * Sprig's date and duration functions: now, date, dateInZone
 * (date_in_zone), htmlDate, htmlDateInZone, dateModify (date_modify,
 * mustDateModify), ago, toDate, mustToDate, unixEpoch, duration,
 * durationRound; plus Go's reference-time layouts (format and parse),
 * Duration parsing and printing for the Helm duration helpers.
 *
 * A time value is an FX_MAP typed FX_GO_TIME holding "sec" (Unix
 * seconds), "nsec", "off" (seconds east of UTC) and "zone" (the
 * abbreviation).  The clock is call->env's, never the host's.  Zones:
 * UTC, Local (env->tz, UTC when unset) and tz database names (tz.c);
 * names that cannot be loaded fall back to UTC as Sprig does.
 */
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tmpl/funcs/internal.h"

typedef struct {
	int64_t sec;
	int32_t nsec;
	int32_t off;
	char zone[16];
} gotime;

static fx_node *time_node(fx_tmpl_call *c, const gotime *t)
{
	fx_node *m = fx_tmplf__map(c);
	fx_go_type_set(m, FX_GO_TIME);
	fx_map_set(c->arena, m, "sec", fx_tmplf__int(c, t->sec, FX_GO_INT64));
	fx_map_set(c->arena, m, "nsec", fx_tmplf__int(c, t->nsec, FX_GO_DEFAULT));
	fx_map_set(c->arena, m, "off", fx_tmplf__int(c, t->off, FX_GO_DEFAULT));
	fx_map_set(c->arena, m, "zone", fx_tmplf__strz(c, t->zone));
	return m;
}

static void time_from(const fx_node *n, gotime *t)
{
	memset(t, 0, sizeof(*t));
	fx_node *v;
	if ((v = fx_map_get(n, "sec")))
		t->sec = v->u.i;
	if ((v = fx_map_get(n, "nsec")))
		t->nsec = (int32_t)v->u.i;
	if ((v = fx_map_get(n, "off")))
		t->off = (int32_t)v->u.i;
	const char *z = fx_map_get_str(n, "zone");
	snprintf(t->zone, sizeof(t->zone), "%s", z ? z : "UTC");
}

int fx_tmplf__tz_lookup(const char *name, int64_t when, int32_t *off_out, char *abbr, size_t an);

/* Sets the zone of t by name; unknown names give UTC. */
static void in_zone(const fx_tmpl_call *c, gotime *t, const char *zone)
{
	if (zone && strcmp(zone, "Local") == 0)
		zone = c->env && c->env->tz ? c->env->tz : "UTC";
	t->off = 0;
	snprintf(t->zone, sizeof(t->zone), "UTC");
	if (!zone || !*zone || strcmp(zone, "UTC") == 0)
		return;
	int32_t off;
	char abbr[16];
	if (fx_tmplf__tz_lookup(zone, t->sec, &off, abbr, sizeof(abbr)) == 0) {
		t->off = off;
		snprintf(t->zone, sizeof(t->zone), "%s", abbr);
	}
}

static gotime now_time(const fx_tmpl_call *c)
{
	gotime t;
	memset(&t, 0, sizeof(t));
	if (c->env) {
		t.sec = c->env->now_unix;
		t.nsec = c->env->now_nsec;
	}
	in_zone(c, &t, "Local");
	return t;
}

/* ------------------------------------------------------------------ */
/* Calendar                                                             */

typedef struct {
	int64_t year;
	int mon, day, hour, min, sec, wday, yday; /* mon 1..12, yday 1..366 */
} civil;

static void to_civil(const gotime *t, civil *out)
{
	int64_t s = t->sec + t->off;
	int64_t days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
	int64_t rem = s - days * 86400;
	out->hour = (int)(rem / 3600);
	out->min = (int)(rem % 3600 / 60);
	out->sec = (int)(rem % 60);
	out->wday = (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
	/* civil from days (Howard Hinnant) */
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	out->year = y + (m <= 2);
	out->mon = m;
	out->day = d;
	static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
	int64_t yy = out->year;
	bool leap = (yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0;
	out->yday = cum[m - 1] + d + (leap && m > 2);
}

static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
				     "August", "September", "October", "November", "December"};
static const char *const wdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
				    "Friday", "Saturday"};

/* ------------------------------------------------------------------ */
/* Layouts                                                              */

enum {
	L_NONE, L_LONGMONTH, L_MONTH, L_NUMMONTH, L_ZEROMONTH, L_LONGWEEKDAY, L_WEEKDAY, L_DAY,
	L_UNDERDAY, L_ZERODAY, L_UNDERYDAY, L_ZEROYDAY, L_HOUR, L_HOUR12, L_ZEROHOUR12, L_MINUTE,
	L_ZEROMINUTE, L_SECOND, L_ZEROSECOND, L_LONGYEAR, L_YEAR, L_PM, L_pm, L_TZ, L_ISO_TZ_SEC,
	L_ISO_TZ_COLON_SEC, L_ISO_TZ, L_ISO_TZ_COLON, L_ISO_TZ_SHORT, L_NUM_TZ_SEC,
	L_NUM_TZ_COLON_SEC, L_NUM_TZ, L_NUM_TZ_COLON, L_NUM_TZ_SHORT, L_FRAC0, L_FRAC9,
};

static bool has(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);
	return i + l <= n && memcmp(s + i, w, l) == 0;
}

/* Finds the next std chunk at or after i: returns its start, sets kind,
 * length and (fractions) digit count. */
static size_t next_chunk(const char *l, size_t n, size_t i, int *kind, size_t *len, int *digits)
{
	static const struct {
		const char *w;
		int k;
	} zs[] = {{"-07:00:00", L_NUM_TZ_COLON_SEC}, {"-070000", L_NUM_TZ_SEC}, {"-07:00", L_NUM_TZ_COLON},
		  {"-0700", L_NUM_TZ}, {"-07", L_NUM_TZ_SHORT}, {"Z07:00:00", L_ISO_TZ_COLON_SEC},
		  {"Z070000", L_ISO_TZ_SEC}, {"Z07:00", L_ISO_TZ_COLON}, {"Z0700", L_ISO_TZ},
		  {"Z07", L_ISO_TZ_SHORT}};
	for (; i < n; i++) {
		char ch = l[i];
		*digits = 0;
#define RET(k, ln) do { *kind = (k); *len = (ln); return i; } while (0)
		switch (ch) {
		case 'J':
			if (has(l, n, i, "January"))
				RET(L_LONGMONTH, 7);
			if (has(l, n, i, "Jan"))
				RET(L_MONTH, 3);
			break;
		case 'M':
			if (has(l, n, i, "Monday"))
				RET(L_LONGWEEKDAY, 6);
			if (has(l, n, i, "Mon"))
				RET(L_WEEKDAY, 3);
			if (has(l, n, i, "MST"))
				RET(L_TZ, 3);
			break;
		case '0':
			if (i + 1 < n && l[i + 1] >= '1' && l[i + 1] <= '6') {
				static const int k[] = {L_ZEROMONTH, L_ZERODAY, L_ZEROHOUR12, L_ZEROMINUTE,
							L_ZEROSECOND, L_YEAR};
				RET(k[l[i + 1] - '1'], 2);
			}
			if (has(l, n, i, "002"))
				RET(L_ZEROYDAY, 3);
			break;
		case '1':
			if (has(l, n, i, "15"))
				RET(L_HOUR, 2);
			RET(L_NUMMONTH, 1);
		case '2':
			if (has(l, n, i, "2006"))
				RET(L_LONGYEAR, 4);
			RET(L_DAY, 1);
		case '_':
			if (has(l, n, i, "_2")) {
				if (has(l, n, i, "_2006")) {
					i++;
					RET(L_LONGYEAR, 4);
				}
				RET(L_UNDERDAY, 2);
			}
			if (has(l, n, i, "__2"))
				RET(L_UNDERYDAY, 3);
			break;
		case '3':
			RET(L_HOUR12, 1);
		case '4':
			RET(L_MINUTE, 1);
		case '5':
			RET(L_SECOND, 1);
		case 'P':
			if (has(l, n, i, "PM"))
				RET(L_PM, 2);
			break;
		case 'p':
			if (has(l, n, i, "pm"))
				RET(L_pm, 2);
			break;
		case '-':
		case 'Z':
			for (size_t z = 0; z < sizeof(zs) / sizeof(zs[0]); z++)
				if (has(l, n, i, zs[z].w))
					RET(zs[z].k, strlen(zs[z].w));
			break;
		case '.':
		case ',':
			if (i + 1 < n && (l[i + 1] == '0' || l[i + 1] == '9')) {
				char d = l[i + 1];
				size_t j = i + 1;
				while (j < n && l[j] == d)
					j++;
				if (!(j < n && isdigit((unsigned char)l[j]))) {
					*digits = (int)(j - i - 1);
					RET(d == '0' ? L_FRAC0 : L_FRAC9, j - i);
				}
			}
			break;
		default:
			break;
		}
#undef RET
	}
	*kind = L_NONE;
	*len = 0;
	return n;
}

static void fmt_zone(fx_strbuf *out, int kind, int off, const char *zone)
{
	if (kind >= L_ISO_TZ_SEC && kind <= L_ISO_TZ_SHORT && off == 0) {
		fx_sb_addc(out, 'Z');
		return;
	}
	int z = off < 0 ? -off : off;
	fx_sb_addc(out, off < 0 ? '-' : '+');
	fx_sb_addf(out, "%02d", z / 3600);
	bool colon = kind == L_ISO_TZ_COLON || kind == L_NUM_TZ_COLON || kind == L_ISO_TZ_COLON_SEC ||
		     kind == L_NUM_TZ_COLON_SEC;
	bool shortz = kind == L_ISO_TZ_SHORT || kind == L_NUM_TZ_SHORT;
	bool secs = kind == L_ISO_TZ_SEC || kind == L_NUM_TZ_SEC || kind == L_ISO_TZ_COLON_SEC ||
		    kind == L_NUM_TZ_COLON_SEC;
	if (!shortz) {
		if (colon)
			fx_sb_addc(out, ':');
		fx_sb_addf(out, "%02d", z / 60 % 60);
	}
	if (secs) {
		if (colon)
			fx_sb_addc(out, ':');
		fx_sb_addf(out, "%02d", z % 60);
	}
	(void)zone;
}

static void layout_format(fx_strbuf *out, const char *l, size_t n, const gotime *t)
{
	civil cv;
	to_civil(t, &cv);
	size_t i = 0;
	while (i < n) {
		int kind, digits;
		size_t len;
		size_t at = next_chunk(l, n, i, &kind, &len, &digits);
		fx_sb_add(out, l + i, at - i);
		if (kind == L_NONE)
			break;
		i = at + len;
		int h12 = cv.hour % 12 == 0 ? 12 : cv.hour % 12;
		switch (kind) {
		case L_LONGMONTH: fx_sb_adds(out, months[cv.mon - 1]); break;
		case L_MONTH: fx_sb_add(out, months[cv.mon - 1], 3); break;
		case L_NUMMONTH: fx_sb_addf(out, "%d", cv.mon); break;
		case L_ZEROMONTH: fx_sb_addf(out, "%02d", cv.mon); break;
		case L_LONGWEEKDAY: fx_sb_adds(out, wdays[cv.wday]); break;
		case L_WEEKDAY: fx_sb_add(out, wdays[cv.wday], 3); break;
		case L_DAY: fx_sb_addf(out, "%d", cv.day); break;
		case L_UNDERDAY: fx_sb_addf(out, "%2d", cv.day); break;
		case L_ZERODAY: fx_sb_addf(out, "%02d", cv.day); break;
		case L_UNDERYDAY: fx_sb_addf(out, "%3d", cv.yday); break;
		case L_ZEROYDAY: fx_sb_addf(out, "%03d", cv.yday); break;
		case L_HOUR: fx_sb_addf(out, "%02d", cv.hour); break;
		case L_HOUR12: fx_sb_addf(out, "%d", h12); break;
		case L_ZEROHOUR12: fx_sb_addf(out, "%02d", h12); break;
		case L_MINUTE: fx_sb_addf(out, "%d", cv.min); break;
		case L_ZEROMINUTE: fx_sb_addf(out, "%02d", cv.min); break;
		case L_SECOND: fx_sb_addf(out, "%d", cv.sec); break;
		case L_ZEROSECOND: fx_sb_addf(out, "%02d", cv.sec); break;
		case L_LONGYEAR: fx_sb_addf(out, "%04" PRId64, cv.year); break;
		case L_YEAR: fx_sb_addf(out, "%02d", (int)(((cv.year % 100) + 100) % 100)); break;
		case L_PM: fx_sb_adds(out, cv.hour >= 12 ? "PM" : "AM"); break;
		case L_pm: fx_sb_adds(out, cv.hour >= 12 ? "pm" : "am"); break;
		case L_TZ:
			if (t->zone[0])
				fx_sb_adds(out, t->zone);
			else
				fmt_zone(out, L_NUM_TZ, t->off, NULL);
			break;
		case L_FRAC0:
		case L_FRAC9: {
			char buf[16];
			snprintf(buf, sizeof(buf), "%09d", (int)t->nsec);
			int d = digits > 9 ? 9 : digits;
			if (kind == L_FRAC9) {
				int k = d;
				while (k > 0 && buf[k - 1] == '0')
					k--;
				if (k == 0)
					break;
				d = k;
			}
			fx_sb_addc(out, l[at]);
			fx_sb_add(out, buf, (size_t)d);
			break;
		}
		default:
			fmt_zone(out, kind, t->off, t->zone);
			break;
		}
	}
}

void fx_tmplf__fmt_time(fx_strbuf *out, const fx_node *n)
{
	gotime t;
	time_from(n, &t);
	static const char l[] = "2006-01-02 15:04:05.999999999 -0700 MST";
	layout_format(out, l, sizeof(l) - 1, &t);
}

void fx_tmplf__time_rfc3339(fx_strbuf *out, const fx_node *n)
{
	gotime t;
	time_from(n, &t);
	static const char l[] = "2006-01-02T15:04:05.999999999Z07:00";
	layout_format(out, l, sizeof(l) - 1, &t);
}

/* ------------------------------------------------------------------ */
/* Parsing with a layout (time.ParseInLocation, the common elements)    */

static bool get_num(const char **p, const char *e, int minw, int maxw, int64_t *out)
{
	const char *s = *p;
	int k = 0;
	int64_t v = 0;
	while (s < e && k < maxw && isdigit((unsigned char)*s)) {
		v = v * 10 + (*s++ - '0');
		k++;
	}
	if (k < minw)
		return false;
	*p = s;
	*out = v;
	return true;
}

static int layout_parse(fx_tmpl_call *c, const char *l, size_t n, const char *v, size_t vn,
			gotime *out)
{
	const char *p = v, *e = v + vn;
	int64_t year = 1, mon = 1, day = 1, hour = 0, min = 0, sec = 0, nsec = 0;
	bool pm = false, pm_set = false, have_zone = false;
	int off = 0;
	char zone[16] = "UTC";
	size_t i = 0;
	while (i < n) {
		int kind, digits;
		size_t len;
		size_t at = next_chunk(l, n, i, &kind, &len, &digits);
		size_t lit = at - i;
		if ((size_t)(e - p) < lit || memcmp(p, l + i, lit) != 0)
			goto bad;
		p += lit;
		if (kind == L_NONE)
			break;
		i = at + len;
		bool ok = true;
		switch (kind) {
		case L_LONGMONTH:
		case L_MONTH: {
			ok = false;
			for (int m = 0; m < 12; m++) {
				size_t ml = kind == L_MONTH ? 3 : strlen(months[m]);
				if ((size_t)(e - p) >= ml && strncasecmp(p, months[m], ml) == 0) {
					mon = m + 1;
					p += ml;
					ok = true;
					break;
				}
			}
			break;
		}
		case L_LONGWEEKDAY:
		case L_WEEKDAY: {
			ok = false;
			for (int d = 0; d < 7; d++) {
				size_t dl = kind == L_WEEKDAY ? 3 : strlen(wdays[d]);
				if ((size_t)(e - p) >= dl && strncasecmp(p, wdays[d], dl) == 0) {
					p += dl;
					ok = true;
					break;
				}
			}
			break;
		}
		case L_NUMMONTH: ok = get_num(&p, e, 1, 2, &mon); break;
		case L_ZEROMONTH: ok = get_num(&p, e, 2, 2, &mon); break;
		case L_UNDERDAY:
			if (p < e && *p == ' ')
				p++;
			/* fallthrough */
		case L_DAY: ok = get_num(&p, e, 1, 2, &day); break;
		case L_ZERODAY: ok = get_num(&p, e, 2, 2, &day); break;
		case L_HOUR: ok = get_num(&p, e, 2, 2, &hour); break;
		case L_HOUR12: ok = get_num(&p, e, 1, 2, &hour); break;
		case L_ZEROHOUR12: ok = get_num(&p, e, 2, 2, &hour); break;
		case L_MINUTE: ok = get_num(&p, e, 1, 2, &min); break;
		case L_ZEROMINUTE: ok = get_num(&p, e, 2, 2, &min); break;
		case L_SECOND: ok = get_num(&p, e, 1, 2, &sec); break;
		case L_ZEROSECOND: ok = get_num(&p, e, 2, 2, &sec); break;
		case L_LONGYEAR: ok = get_num(&p, e, 4, 4, &year); break;
		case L_YEAR:
			ok = get_num(&p, e, 2, 2, &year);
			year += year >= 69 ? 1900 : 2000;
			break;
		case L_PM:
		case L_pm:
			ok = (e - p) >= 2 && (strncasecmp(p, "PM", 2) == 0 || strncasecmp(p, "AM", 2) == 0);
			if (ok) {
				pm = toupper((unsigned char)*p) == 'P';
				pm_set = true;
				p += 2;
			}
			break;
		case L_TZ: {
			const char *s = p;
			while (p < e && isupper((unsigned char)*p))
				p++;
			ok = p - s >= 3 || (p - s == 0 ? false : true);
			if (ok) {
				snprintf(zone, sizeof(zone), "%.*s", (int)(p - s), s);
				have_zone = true;
			}
			break;
		}
		case L_FRAC0:
		case L_FRAC9: {
			if (p < e && (*p == '.' || *p == ',')) {
				p++;
				int64_t f = 0;
				int k = 0;
				while (p < e && isdigit((unsigned char)*p)) {
					if (k < 9)
						f = f * 10 + (*p - '0'), k++;
					p++;
				}
				while (k++ < 9)
					f *= 10;
				nsec = f;
			} else if (kind == L_FRAC0) {
				ok = false;
			}
			break;
		}
		default: { /* numeric zones */
			if (kind <= L_ISO_TZ_SHORT && p < e && *p == 'Z') {
				p++;
				off = 0;
				have_zone = true;
				snprintf(zone, sizeof(zone), "UTC");
				break;
			}
			if (p >= e || (*p != '+' && *p != '-')) {
				ok = false;
				break;
			}
			int sign = *p++ == '-' ? -1 : 1;
			int64_t hh = 0, mm = 0, ss = 0;
			ok = get_num(&p, e, 2, 2, &hh);
			bool colon = kind == L_ISO_TZ_COLON || kind == L_NUM_TZ_COLON ||
				     kind == L_ISO_TZ_COLON_SEC || kind == L_NUM_TZ_COLON_SEC;
			bool shortz = kind == L_ISO_TZ_SHORT || kind == L_NUM_TZ_SHORT;
			bool secs = kind == L_ISO_TZ_SEC || kind == L_NUM_TZ_SEC ||
				    kind == L_ISO_TZ_COLON_SEC || kind == L_NUM_TZ_COLON_SEC;
			if (ok && !shortz) {
				if (colon && (p >= e || *p++ != ':'))
					ok = false;
				ok = ok && get_num(&p, e, 2, 2, &mm);
			}
			if (ok && secs) {
				if (colon && (p >= e || *p++ != ':'))
					ok = false;
				ok = ok && get_num(&p, e, 2, 2, &ss);
			}
			off = sign * (int)(hh * 3600 + mm * 60 + ss);
			have_zone = true;
			zone[0] = '\0';
			break;
		}
		}
		if (!ok)
			goto bad;
	}
	if (p != e)
		goto bad;
	if (pm_set) {
		if (hour > 12)
			goto bad;
		if (pm && hour < 12)
			hour += 12;
		else if (!pm && hour == 12)
			hour = 0;
	}
	if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 59)
		return fx_tmplf__fail(c, "parsing time \"%.*s\": %s out of range", (int)vn, v,
				      mon < 1 || mon > 12 ? "month" : "day");
	memset(out, 0, sizeof(*out));
	if (!have_zone) {
		in_zone(c, out, "Local");
		off = out->off;
	} else {
		out->off = off;
		if (zone[0])
			snprintf(out->zone, sizeof(out->zone), "%s", zone);
	}
	out->sec = days_from_civil(year, (int)mon, (int)day) * 86400 + hour * 3600 + min * 60 + sec -
		   off;
	out->nsec = (int32_t)nsec;
	return 0;
bad:
	return fx_tmplf__fail(c, "parsing time \"%.*s\" as \"%.*s\": cannot parse", (int)vn, v,
			      (int)n, l);
}

/* ------------------------------------------------------------------ */
/* Durations                                                            */

int fx_tmplf__parse_duration(const char *s, size_t n, int64_t *out)
{
	size_t i = 0;
	bool neg = false;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (i == n)
		return -1;
	if (n - i == 1 && s[i] == '0') {
		*out = 0;
		return 0;
	}
	double total = 0;
	while (i < n) {
		size_t st = i;
		double v = 0, frac = 0, scale = 1;
		while (i < n && isdigit((unsigned char)s[i]))
			v = v * 10 + (s[i++] - '0');
		bool pre = i > st;
		if (i < n && s[i] == '.') {
			i++;
			size_t fs = i;
			while (i < n && isdigit((unsigned char)s[i])) {
				scale /= 10;
				frac += (s[i++] - '0') * scale;
			}
			if (!pre && i == fs)
				return -1;
		} else if (!pre) {
			return -1;
		}
		size_t us = i;
		while (i < n && !isdigit((unsigned char)s[i]) && s[i] != '.')
			i++;
		size_t ul = i - us;
		const char *u = s + us;
		double mul;
		if (ul == 2 && memcmp(u, "ns", 2) == 0)
			mul = 1;
		else if ((ul == 2 && memcmp(u, "us", 2) == 0) || (ul == 3 && memcmp(u, "\xc2\xb5s", 3) == 0) ||
			 (ul == 3 && memcmp(u, "\xce\xbcs", 3) == 0))
			mul = 1e3;
		else if (ul == 2 && memcmp(u, "ms", 2) == 0)
			mul = 1e6;
		else if (ul == 1 && *u == 's')
			mul = 1e9;
		else if (ul == 1 && *u == 'm')
			mul = 60e9;
		else if (ul == 1 && *u == 'h')
			mul = 3600e9;
		else
			return -1;
		total += v * mul + frac * mul;
		if (total > 9.223372036854775807e18)
			return -1;
	}
	*out = (int64_t)(neg ? -total : total);
	return 0;
}

static void fmt_frac(fx_strbuf *out, uint64_t v, int prec)
{
	/* v has prec fractional digits; print "int.frac" without trailing 0s */
	char digits[32];
	int k = 0;
	bool print = false;
	char fr[32];
	int fk = 0;
	for (int i = 0; i < prec; i++) {
		int d = (int)(v % 10);
		print = print || d != 0;
		if (print)
			fr[fk++] = (char)('0' + d);
		v /= 10;
	}
	do {
		digits[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (k)
		fx_sb_addc(out, digits[--k]);
	if (fk) {
		fx_sb_addc(out, '.');
		while (fk)
			fx_sb_addc(out, fr[--fk]);
	}
}

void fx_tmplf__fmt_duration(fx_strbuf *out, int64_t d)
{
	uint64_t u = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
	if (d < 0)
		fx_sb_addc(out, '-');
	if (u < 1000000000ull) {
		if (u == 0) {
			fx_sb_adds(out, "0s");
			return;
		}
		if (u < 1000) {
			fx_sb_addf(out, "%" PRIu64 "ns", u);
		} else if (u < 1000000) {
			fmt_frac(out, u, 3);
			fx_sb_adds(out, "\xc2\xb5s");
		} else {
			fmt_frac(out, u, 6);
			fx_sb_adds(out, "ms");
		}
		return;
	}
	uint64_t h = u / 3600000000000ull;
	u -= h * 3600000000000ull;
	uint64_t m = u / 60000000000ull;
	u -= m * 60000000000ull;
	if (h)
		fx_sb_addf(out, "%" PRIu64 "h", h);
	if (h || m)
		fx_sb_addf(out, "%" PRIu64 "m", m);
	fmt_frac(out, u, 9);
	fx_sb_addc(out, 's');
}

/* ------------------------------------------------------------------ */
/* Template functions                                                   */

/* Sprig's date argument: time.Time, or Unix seconds as int/int64/int32;
 * anything else is "now". */
static gotime date_arg(fx_tmpl_call *c, const fx_node *v)
{
	gotime t;
	if (v && v->kind == FX_MAP && fx_go_type_of(v) == FX_GO_TIME) {
		time_from(v, &t);
		return t;
	}
	if (v && v->kind == FX_INT && fx_go_type_of(v) != FX_GO_UINT64) {
		memset(&t, 0, sizeof(t));
		t.sec = v->u.i;
		return t;
	}
	return now_time(c);
}

static int format_in(fx_tmpl_call *c, fx_node **out, const char *l, size_t ln, const fx_node *d,
		     const char *zone)
{
	gotime t = date_arg(c, d);
	in_zone(c, &t, zone);
	fx_strbuf sb = FX_STRBUF_INIT;
	layout_format(&sb, l, ln, &t);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_date(fx_tmpl_call *c, fx_node **out)
{
	const char *l;
	size_t ln;
	if (fx_tmplf__arg_str(c, 0, &l, &ln) < 0)
		return -1;
	return format_in(c, out, l, ln, c->args[1], "Local");
}

static int f_date_in_zone(fx_tmpl_call *c, fx_node **out)
{
	const char *l, *z;
	size_t ln;
	if (fx_tmplf__arg_str(c, 0, &l, &ln) < 0 || fx_tmplf__arg_str(c, 2, &z, NULL) < 0)
		return -1;
	return format_in(c, out, l, ln, c->args[1], z);
}

static int f_html_date(fx_tmpl_call *c, fx_node **out)
{
	return format_in(c, out, "2006-01-02", 10, c->args[0], "Local");
}

static int f_html_date_in_zone(fx_tmpl_call *c, fx_node **out)
{
	const char *z;
	if (fx_tmplf__arg_str(c, 1, &z, NULL) < 0)
		return -1;
	return format_in(c, out, "2006-01-02", 10, c->args[0], z);
}

static int f_now(fx_tmpl_call *c, fx_node **out)
{
	gotime t = now_time(c);
	*out = time_node(c, &t);
	return 0;
}

static int need_time(fx_tmpl_call *c, size_t i, gotime *t)
{
	const fx_node *v = i < c->n_args ? c->args[i] : NULL;
	if (!v || v->kind != FX_MAP || fx_go_type_of(v) != FX_GO_TIME)
		return fx_tmplf__fail(c, "wrong type for value; expected time.Time; got %s",
				      fx_tmplf__type_name(v));
	time_from(v, t);
	return 0;
}

static int date_modify(fx_tmpl_call *c, fx_node **out, bool must)
{
	const char *s;
	size_t n;
	gotime t;
	if (fx_tmplf__arg_str(c, 0, &s, &n) < 0 || need_time(c, 1, &t) < 0)
		return -1;
	int64_t d;
	if (fx_tmplf__parse_duration(s, n, &d) < 0) {
		if (must)
			return fx_tmplf__fail(c, "time: invalid duration \"%.*s\"", (int)n, s);
		*out = c->args[1];
		return 0;
	}
	int64_t ns = t.nsec + d % 1000000000;
	t.sec += d / 1000000000 + (ns >= 1000000000 ? 1 : ns < 0 ? -1 : 0);
	t.nsec = (int32_t)((ns % 1000000000 + 1000000000) % 1000000000);
	*out = time_node(c, &t);
	return 0;
}

static int f_date_modify(fx_tmpl_call *c, fx_node **out)
{
	return date_modify(c, out, false);
}
static int f_must_date_modify(fx_tmpl_call *c, fx_node **out)
{
	return date_modify(c, out, true);
}

static int f_ago(fx_tmpl_call *c, fx_node **out)
{
	gotime t = date_arg(c, c->args[0]);
	gotime now = now_time(c);
	int64_t d = (now.sec - t.sec) * 1000000000 + (now.nsec - t.nsec);
	/* Round(time.Second): half away from zero */
	int64_t r = d % 1000000000;
	d -= r;
	if (r >= 500000000)
		d += 1000000000;
	else if (r <= -500000000)
		d -= 1000000000;
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmplf__fmt_duration(&sb, d);
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int to_date(fx_tmpl_call *c, fx_node **out, bool must)
{
	const char *l, *s;
	size_t ln, n;
	if (fx_tmplf__arg_str(c, 0, &l, &ln) < 0 || fx_tmplf__arg_str(c, 1, &s, &n) < 0)
		return -1;
	gotime t;
	if (layout_parse(c, l, ln, s, n, &t) < 0) {
		if (must)
			return -1;
		fx_sb_clear(c->err);
		memset(&t, 0, sizeof(t));
		t.sec = -62135596800; /* Go's zero time, 0001-01-01 UTC */
		snprintf(t.zone, sizeof(t.zone), "UTC");
	}
	*out = time_node(c, &t);
	return 0;
}

static int f_to_date(fx_tmpl_call *c, fx_node **out)
{
	return to_date(c, out, false);
}
static int f_must_to_date(fx_tmpl_call *c, fx_node **out)
{
	return to_date(c, out, true);
}

static int f_unix_epoch(fx_tmpl_call *c, fx_node **out)
{
	gotime t;
	if (need_time(c, 0, &t) < 0)
		return -1;
	char buf[32];
	snprintf(buf, sizeof(buf), "%" PRId64, t.sec);
	*out = fx_tmplf__strz(c, buf);
	return 0;
}

static int f_duration(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *v = c->args[0];
	int64_t n = 0;
	if (v && v->kind == FX_STR && fx_go_type_of(v) == FX_GO_DEFAULT) {
		char *end;
		long long r = strtoll(v->u.s.ptr, &end, 10);
		if (*end == '\0' && v->u.s.len)
			n = r;
	} else if (v && v->kind == FX_INT && fx_go_type_of(v) == FX_GO_INT64) {
		n = v->u.i;
	}
	fx_strbuf sb = FX_STRBUF_INIT;
	fx_tmplf__fmt_duration(&sb, (int64_t)((uint64_t)n * 1000000000ull));
	*out = fx_tmplf__str_sb(c, &sb);
	return 0;
}

static int f_duration_round(fx_tmpl_call *c, fx_node **out)
{
	const fx_node *v = c->args[0];
	int64_t d = 0;
	if (v && v->kind == FX_STR && fx_go_type_of(v) == FX_GO_DEFAULT) {
		if (fx_tmplf__parse_duration(v->u.s.ptr, v->u.s.len, &d) < 0)
			d = 0;
	} else if (v && v->kind == FX_INT && fx_go_type_of(v) == FX_GO_INT64) {
		d = v->u.i;
	} else if (v && v->kind == FX_MAP && fx_go_type_of(v) == FX_GO_TIME) {
		gotime t, now = now_time(c);
		time_from(v, &t);
		d = (now.sec - t.sec) * 1000000000 + (now.nsec - t.nsec);
	}
	uint64_t u = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
	const uint64_t hour = 3600000000000ull, day = 24 * hour;
	static const struct {
		uint64_t unit;
		const char *sfx;
	} units[] = {{365 * 24 * 3600000000000ull, "y"}, {30 * 24 * 3600000000000ull, "mo"},
		     {24 * 3600000000000ull, "d"}, {3600000000000ull, "h"},
		     {60000000000ull, "m"}, {1000000000ull, "s"}};
	(void)day;
	char buf[48] = "0s";
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (u > units[i].unit) {
			snprintf(buf, sizeof(buf), "%" PRIu64 "%s", u / units[i].unit, units[i].sfx);
			break;
		}
	*out = fx_tmplf__strz(c, buf);
	return 0;
}

/* Methods of time.Time called from templates ($t.Unix, $t.Format
 * "2006", ...).  Returns FX_ENOTFOUND for a method it does not know. */
int fx_tmplf__time_method(fx_tmpl_call *c, const fx_node *recv, const char *name,
			  fx_node **out)
{
	gotime t;
	time_from(recv, &t);
	civil cv;
	to_civil(&t, &cv);
	if (strcmp(name, "Format") == 0) {
		const char *l;
		size_t ln;
		if (c->n_args != 1 || fx_tmplf__arg_str(c, 0, &l, &ln) < 0)
			return c->n_args != 1 ? fx_tmplf__fail(c, "wrong number of args for Format: want 1 got %zu", c->n_args) : -1;
		fx_strbuf sb = FX_STRBUF_INIT;
		layout_format(&sb, l, ln, &t);
		*out = fx_tmplf__str_sb(c, &sb);
		return 0;
	}
	if (strcmp(name, "In") == 0 || strcmp(name, "UTC") == 0 || strcmp(name, "Local") == 0) {
		const char *z = name[0] == 'U' ? "UTC" : "Local";
		if (name[0] == 'I' && (c->n_args != 1 || fx_tmplf__arg_str(c, 0, &z, NULL) < 0))
			return -1;
		in_zone(c, &t, z);
		*out = time_node(c, &t);
		return 0;
	}
	if (c->n_args != 0)
		return FX_ENOTFOUND;
	int64_t v;
	if (strcmp(name, "Unix") == 0)
		v = t.sec;
	else if (strcmp(name, "UnixMilli") == 0)
		v = t.sec * 1000 + t.nsec / 1000000;
	else if (strcmp(name, "UnixNano") == 0)
		v = t.sec * 1000000000 + t.nsec;
	else if (strcmp(name, "Year") == 0)
		v = cv.year;
	else if (strcmp(name, "YearDay") == 0)
		v = cv.yday;
	else if (strcmp(name, "Day") == 0)
		v = cv.day;
	else if (strcmp(name, "Hour") == 0)
		v = cv.hour;
	else if (strcmp(name, "Minute") == 0)
		v = cv.min;
	else if (strcmp(name, "Second") == 0)
		v = cv.sec;
	else if (strcmp(name, "Nanosecond") == 0)
		v = t.nsec;
	else if (strcmp(name, "Month") == 0) {
		*out = fx_tmplf__strz(c, months[cv.mon - 1]);
		return 0;
	} else if (strcmp(name, "Weekday") == 0) {
		*out = fx_tmplf__strz(c, wdays[cv.wday]);
		return 0;
	} else if (strcmp(name, "String") == 0) {
		fx_strbuf sb = FX_STRBUF_INIT;
		fx_tmplf__fmt_time(&sb, recv);
		*out = fx_tmplf__str_sb(c, &sb);
		return 0;
	} else if (strcmp(name, "IsZero") == 0) {
		*out = fx_tmplf__bool(c, t.sec == -62135596800 && t.nsec == 0);
		return 0;
	} else {
		return FX_ENOTFOUND;
	}
	*out = fx_tmplf__int(c, v, strncmp(name, "Unix", 4) == 0 ? FX_GO_INT64 : FX_GO_DEFAULT);
	return 0;
}

static const fx_tmpl_func date_funcs[] = {
	{"ago", f_ago, 1, 1, 0},
	{"date", f_date, 2, 2, 0},
	{"dateInZone", f_date_in_zone, 3, 3, 0},
	{"dateModify", f_date_modify, 2, 2, 0},
	{"date_in_zone", f_date_in_zone, 3, 3, 0},
	{"date_modify", f_date_modify, 2, 2, 0},
	{"duration", f_duration, 1, 1, 0},
	{"durationRound", f_duration_round, 1, 1, 0},
	{"htmlDate", f_html_date, 1, 1, 0},
	{"htmlDateInZone", f_html_date_in_zone, 2, 2, 0},
	{"mustDateModify", f_must_date_modify, 2, 2, 0},
	{"mustToDate", f_must_to_date, 2, 2, 0},
	{"must_date_modify", f_must_date_modify, 2, 2, 0},
	{"now", f_now, 0, 0, 0},
	{"toDate", f_to_date, 2, 2, 0},
	{"unixEpoch", f_unix_epoch, 1, 1, 0},
};

fx_tmplf__family fx_tmplf__date_family(void)
{
	return FX_TMPLF__FAMILY(date_funcs);
}
