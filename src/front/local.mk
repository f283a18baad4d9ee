# sources of src/front (added to libfluxc_la_SOURCES)
