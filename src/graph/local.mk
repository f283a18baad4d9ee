# sources of src/graph (added to libfluxc_la_SOURCES)
