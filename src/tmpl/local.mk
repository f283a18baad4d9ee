# sources of src/tmpl (added to libfluxc_la_SOURCES)
