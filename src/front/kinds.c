/*
 * front: the table of Flux kinds, their API groups and the versions the
 * current controllers still serve (flux.md 1.1, notifications.md 1,
 * image-automation.md 1.1).  Recognition is by group + kind; the version
 * only decides whether a deprecation warning is due.
 */
#include "front/front.h"
#include "front/internal.h"

#include <string.h>

static const struct {
	fx_flux_kind kind;
	const char *name;
	const char *group;
	const char *served; /* versions served today, space separated */
} kinds[] = {
	{FX_FLUX_NONE, "", "", ""},
	{FX_FLUX_GITREPOSITORY, "GitRepository", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_OCIREPOSITORY, "OCIRepository", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_HELMREPOSITORY, "HelmRepository", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_HELMCHART, "HelmChart", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_BUCKET, "Bucket", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_EXTERNALARTIFACT, "ExternalArtifact", "source.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_KUSTOMIZATION, "Kustomization", "kustomize.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_HELMRELEASE, "HelmRelease", "helm.toolkit.fluxcd.io", "v2"},
	{FX_FLUX_PROVIDER, "Provider", "notification.toolkit.fluxcd.io", "v1beta3"},
	{FX_FLUX_ALERT, "Alert", "notification.toolkit.fluxcd.io", "v1beta3"},
	{FX_FLUX_RECEIVER, "Receiver", "notification.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_IMAGEREPOSITORY, "ImageRepository", "image.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_IMAGEPOLICY, "ImagePolicy", "image.toolkit.fluxcd.io", "v1"},
	{FX_FLUX_IMAGEUPDATEAUTOMATION, "ImageUpdateAutomation", "image.toolkit.fluxcd.io", "v1"},
};

fx_flux_kind fx_front_classify(const char *api_version, const char *kind)
{
	if (!api_version || !kind)
		return FX_FLUX_NONE;
	const char *slash = strchr(api_version, '/');
	if (!slash)
		return FX_FLUX_NONE;
	size_t glen = (size_t)(slash - api_version);
	for (size_t i = 1; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (strcmp(kinds[i].name, kind) != 0)
			continue;
		if (strlen(kinds[i].group) == glen &&
		    memcmp(kinds[i].group, api_version, glen) == 0)
			return kinds[i].kind;
	}
	return FX_FLUX_NONE;
}

fx_flux_kind fx_front_classify_doc(const fx_node *doc)
{
	if (!doc || doc->kind != FX_MAP)
		return FX_FLUX_NONE;
	return fx_front_classify(fx_map_get_str(doc, "apiVersion"), fx_map_get_str(doc, "kind"));
}

const char *fx_front_kind_name(fx_flux_kind k)
{
	return (unsigned)k < FX_FLUX_NKINDS ? kinds[k].name : "";
}

const char *fx_front_kind_group(fx_flux_kind k)
{
	return (unsigned)k < FX_FLUX_NKINDS ? kinds[k].group : "";
}

bool fx_front__version_served(fx_flux_kind k, const char *version)
{
	if ((unsigned)k >= FX_FLUX_NKINDS || !version)
		return false;
	const char *s = kinds[k].served;
	size_t n = strlen(version);
	while (*s) {
		const char *e = strchr(s, ' ');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (len == n && memcmp(s, version, n) == 0)
			return true;
		if (!e)
			break;
		s = e + 1;
	}
	return false;
}

const char *fx_front__served_version(fx_flux_kind k)
{
	return (unsigned)k < FX_FLUX_NKINDS ? kinds[k].served : "";
}
