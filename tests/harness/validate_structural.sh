#!/bin/sh
# Validation conformance corpus through the structural checks of
# src/validate (see validate_structural.py).
exec python3 "${FLUXC_SRCDIR:-$(dirname "$0")/../..}/tests/harness/validate_structural.py" "$@"
