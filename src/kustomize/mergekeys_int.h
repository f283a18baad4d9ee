/*
 * kustomize (internal): the merge-key schema tables of built-in kinds,
 * shared between the generated data (mergekeys_fields.c,
 * mergekeys_roots.c, written by mergekeys_gen.py) and the lookups in
 * mergekeys.c.
 */
#ifndef FX_KUST_MERGEKEYS_INT_H
#define FX_KUST_MERGEKEYS_INT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	const char *name;
	uint16_t child;    /* definition of the value or of the array items */
	uint8_t is_array;
	const char *strategy;
	const char *keys;
} fx_kust_sfield;

typedef struct {
	uint16_t first, count;
} fx_kust_sdef;

typedef struct {
	const char *api_version;
	const char *kind;
	uint16_t def;
} fx_kust_sroot;

typedef struct {
	const char *name;
	uint16_t def;
} fx_kust_sname;

/* Field names within a definition and the roots are sorted bytewise. */
extern const fx_kust_sfield fx_kust__sfields[];
extern const size_t fx_kust__n_sfields;
extern const fx_kust_sdef fx_kust__sdefs[];
extern const size_t fx_kust__n_sdefs;
/* every built-in definition name, sorted, with its index (0: opaque) */
extern const fx_kust_sname fx_kust__sall[];
extern const size_t fx_kust__n_sall;
extern const fx_kust_sroot fx_kust__sroots[];
extern const size_t fx_kust__n_sroots;

#endif
