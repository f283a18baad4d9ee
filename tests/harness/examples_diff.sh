#!/bin/sh
# Differential test: every directory of examples/ that holds a
# kustomization file is built with `fluxc kustomize build` and with
# `kubectl kustomize`, and the two outputs must be identical.  Skipped
# when kubectl is not installed.  Output is TAP; the last line is
# "N passed, M failed".
set -u
: "${FLUXC:?FLUXC must name the fluxc binary}"
: "${FLUXC_SRCDIR:?FLUXC_SRCDIR must name the source tree}"
if ! command -v kubectl >/dev/null 2>&1; then
	echo "1..0 # SKIP kubectl is not installed"
	echo "kubectl is not installed: differential test skipped" >&2
	exit 0
fi
dirs=$(cd "$FLUXC_SRCDIR" && find examples -name kustomization.yaml -o -name kustomization.yml \
	-o -name Kustomization | sed 's|/[^/]*$||' | LC_ALL=C sort -u)
n=$(echo "$dirs" | grep -c . || true)
echo "1..$n"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/fluxc-kdiff.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
i=0 pass=0 fail=0
for d in $dirs; do
	i=$((i + 1))
	(cd "$FLUXC_SRCDIR" && "$FLUXC" kustomize build "$d") >"$scratch/fluxc.yaml" 2>"$scratch/fluxc.err"
	frc=$?
	(cd "$FLUXC_SRCDIR" && kubectl kustomize "$d") >"$scratch/kubectl.yaml" 2>"$scratch/kubectl.err"
	krc=$?
	if [ "$frc" -ne 0 ] && [ "$krc" -ne 0 ]; then
		pass=$((pass + 1))
		echo "ok $i - $d (both fail)"
	elif [ "$frc" -eq 0 ] && [ "$krc" -eq 0 ] && cmp -s "$scratch/fluxc.yaml" "$scratch/kubectl.yaml"; then
		pass=$((pass + 1))
		echo "ok $i - $d"
	else
		fail=$((fail + 1))
		echo "not ok $i - $d (fluxc exit $frc, kubectl exit $krc)"
		diff -u "$scratch/kubectl.yaml" "$scratch/fluxc.yaml" | head -n 40 | sed 's/^/# /'
		sed 's/^/# fluxc: /' "$scratch/fluxc.err" | head -n 5
	fi
done
echo "# $pass passed, $fail failed"
echo "$pass passed, $fail failed" >&2
[ "$fail" -eq 0 ]
