#!/bin/sh
# Go text/template conformance corpus (see gotemplate_conformance.py).
exec python3 "${FLUXC_SRCDIR:-$(dirname "$0")/../..}/tests/harness/gotemplate_conformance.py" "$@"
