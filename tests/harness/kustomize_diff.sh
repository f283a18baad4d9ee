#!/bin/sh
# Differential test: `fluxc kustomize build` against `kubectl kustomize` on
# every kustomization directory of examples/ and golden/, and on every case
# of the kustomize conformance corpus (when present).  Skipped when kubectl
# is not installed.  Outputs are compared byte for byte; two failing builds
# agree.  Corpus cases listed in kustomize_conformance.known may differ.
# Output is TAP, ending with `N passed, M failed`.
set -u
FLUXC=${FLUXC:-fluxc}
SRC=${FLUXC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
CONF=${FLUXC_CONFORMANCE:-}
KNOWN="$SRC/tests/harness/kustomize_conformance.known"

if ! command -v kubectl >/dev/null 2>&1; then
	echo "1..0 # SKIP kubectl is not installed"
	echo "0 passed, 0 failed"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# list: "<workdir>|<dir>|<args>|<name>" lines
list="$tmp/list"
: >"$list"
for top in examples golden; do
	[ -d "$SRC/$top" ] || continue
	find "$SRC/$top" \( -name kustomization.yaml -o -name kustomization.yml -o -name Kustomization \) |
		sort | while read -r f; do
		d=$(dirname "$f")
		printf '%s|%s||%s\n' "$d" . "${d#"$SRC"/}" >>"$list"
	done
done
if [ -n "$CONF" ] && [ -d "$CONF/kustomize/cases" ] && command -v python3 >/dev/null 2>&1; then
	python3 - "$CONF/kustomize/cases" >>"$list" <<'PY'
import json, os, sys
root = sys.argv[1]
for c in sorted(os.listdir(root)):
    m = json.load(open(os.path.join(root, c, "meta.json")))
    print("%s|%s|%s|corpus/%s" % (os.path.join(root, c), m.get("dir", "in"),
                                      " ".join(m.get("args") or []), c))
PY
else
	echo "# kustomize conformance corpus absent: examples/ and golden/ only"
fi

n=$(wc -l <"$list" | tr -d ' ')
echo "1..$n"
i=0 pass=0 fail=0 bad=0

while IFS='|' read -r wd dir args name; do
	i=$((i + 1))
	# shellcheck disable=SC2086
	(cd "$wd" && kubectl kustomize $args "$dir") >"$tmp/k.out" 2>/dev/null
	krc=$?
	# shellcheck disable=SC2086
	(cd "$wd" && "$FLUXC" kustomize build $args "$dir") >"$tmp/f.out" 2>"$tmp/f.err"
	frc=$?
	if [ $krc -ne 0 ] && [ $frc -ne 0 ]; then
		ok=1
	elif [ $krc -eq 0 ] && [ $frc -eq 0 ] && cmp -s "$tmp/k.out" "$tmp/f.out"; then
		ok=1
	else
		ok=0
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
		echo "ok $i - $name"
	else
		fail=$((fail + 1))
		case=${name#corpus/}
		if [ "$case" != "$name" ] && [ -f "$KNOWN" ] && grep -qx "$case" "$KNOWN"; then
			echo "not ok $i - $name # TODO known difference"
		else
			bad=$((bad + 1))
			echo "not ok $i - $name (kubectl exit $krc, fluxc exit $frc)"
		fi
	fi
done <"$list"
echo "$pass passed, $fail failed"
[ $bad -eq 0 ]
