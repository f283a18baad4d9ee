# sources of src/subst (added to libfluxc_la_SOURCES)
