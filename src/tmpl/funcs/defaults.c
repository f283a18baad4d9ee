/*
 * Sprig's defaults and flow functions: default, empty, coalesce, all,
 * any, ternary and fail (Helm wraps fail's message in its error markers,
 * which the Helm renderer turns into "execution error at (...)").
 */
#include "tmpl/funcs/internal.h"

static int f_default(fx_tmpl_call *c, fx_node **out)
{
	if (c->n_args < 2 || fx_tmplf__empty(c->args[1]))
		*out = c->args[0] ? c->args[0] : fx_tmplf__null(c);
	else
		*out = c->args[1];
	return 0;
}

static int f_empty(fx_tmpl_call *c, fx_node **out)
{
	*out = fx_tmplf__bool(c, fx_tmplf__empty(c->args[0]));
	return 0;
}

static int f_coalesce(fx_tmpl_call *c, fx_node **out)
{
	for (size_t i = 0; i < c->n_args; i++)
		if (!fx_tmplf__empty(c->args[i])) {
			*out = c->args[i];
			return 0;
		}
	*out = fx_tmplf__null(c);
	return 0;
}

static int f_all(fx_tmpl_call *c, fx_node **out)
{
	bool r = true;
	for (size_t i = 0; i < c->n_args && r; i++)
		r = !fx_tmplf__empty(c->args[i]);
	*out = fx_tmplf__bool(c, r);
	return 0;
}

static int f_any(fx_tmpl_call *c, fx_node **out)
{
	bool r = false;
	for (size_t i = 0; i < c->n_args && !r; i++)
		r = !fx_tmplf__empty(c->args[i]);
	*out = fx_tmplf__bool(c, r);
	return 0;
}

static int f_ternary(fx_tmpl_call *c, fx_node **out)
{
	bool b;
	if (fx_tmplf__arg_bool(c, 2, &b) < 0)
		return -1;
	fx_node *r = b ? c->args[0] : c->args[1];
	*out = r ? r : fx_tmplf__null(c);
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
	if (c->env && c->env->helm)
		fx_sb_adds(c->err, "HELM_ERR_START");
	fx_sb_add(c->err, msg, n);
	if (c->env && c->env->helm)
		fx_sb_adds(c->err, "HELM_ERR_END");
	return -1;
}

static const fx_tmpl_func defaults_funcs[] = {
	{"all", f_all, 0, -1, 0},
	{"any", f_any, 0, -1, 0},
	{"coalesce", f_coalesce, 0, -1, 0},
	{"default", f_default, 1, -1, 0},
	{"empty", f_empty, 1, 1, 0},
	{"fail", f_fail, 1, 1, 0},
	{"ternary", f_ternary, 3, 3, 0},
};

fx_tmplf__family fx_tmplf__defaults_family(void)
{
	return FX_TMPLF__FAMILY(defaults_funcs);
}
