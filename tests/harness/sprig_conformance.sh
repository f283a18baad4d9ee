#!/bin/sh
# Sprig conformance corpus through `fluxc gotmpl` (see sprig_conformance.py).
exec python3 "${FLUXC_SRCDIR:-$(dirname "$0")/../..}/tests/harness/sprig_conformance.py" "$@"
