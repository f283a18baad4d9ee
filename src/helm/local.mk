# sources of src/helm (added to libfluxc_la_SOURCES)
