# sources of src/emit (added to libfluxc_la_SOURCES)
