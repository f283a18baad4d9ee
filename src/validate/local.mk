# sources of src/validate (added to libfluxc_la_SOURCES)
