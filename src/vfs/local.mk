# sources of src/vfs (added to libfluxc_la_SOURCES)
