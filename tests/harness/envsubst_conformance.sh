#!/bin/sh
# envsubst conformance corpus through `fluxc envsubst` (TAP; see the .py).
exec python3 "${FLUXC_SRCDIR:-.}/tests/harness/envsubst_conformance.py" "$@"
