# sources of src/kustomize (added to libfluxc_la_SOURCES)
