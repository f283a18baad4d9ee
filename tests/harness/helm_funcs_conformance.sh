#!/bin/sh
# Helm template function corpus through `fluxc gotmpl --helm` (see helm_funcs_conformance.py).
exec python3 "${FLUXC_SRCDIR:-$(dirname "$0")/../..}/tests/harness/helm_funcs_conformance.py" "$@"
