#!/bin/sh
# `fluxc gotmpl` command-line behaviour: output, --helm mode, options,
# and located errors with exit status 2 (TAP).
set -u
fluxc=${FLUXC:-fluxc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gotmpl-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
n=0
fails=0
check() { # name, expected-exit, expected-stdout, stderr-substring, args...
	name=$1 want_rc=$2 want_out=$3 want_err=$4
	shift 4
	n=$((n + 1))
	"$fluxc" gotmpl "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	out=$(cat "$tmp/out")
	if [ "$rc" -eq "$want_rc" ] && [ "$out" = "$want_out" ] &&
		{ [ -z "$want_err" ] || grep -qF -- "$want_err" "$tmp/err"; }; then
		echo "ok $n - $name"
	else
		fails=$((fails + 1))
		echo "not ok $n - $name: rc=$rc out='$out' err='$(cat "$tmp/err")'"
	fi
}
printf 'a: 1\nb: {c: x}\nl: [1, 2]\n' >"$tmp/data.yaml"
printf '{{ .a }} {{ .b.c | upper }} {{ .l }} {{ .zz }}' >"$tmp/t1.tpl"
printf 'x\n  {{ .a.b }}\n' >"$tmp/t2.tpl"
printf 'x\n{{ if }}\n' >"$tmp/t3.tpl"
printf '{{ .a }}|{{ .zz }}|{{ printf "%%T" .a }}' >"$tmp/t4.tpl"
printf '<<.a>>{{ .a }}' >"$tmp/t5.tpl"
printf '{{ .zz.y }}' >"$tmp/t6.tpl"
echo "1..8"
check "render with data" 0 "1 X [1 2] <no value>" "" --data "$tmp/data.yaml" "$tmp/t1.tpl"
check "execution error located, exit 2" 2 "" "t2.tpl:2:8: error: template: t2.tpl:2:7: executing \"t2.tpl\" at <.a.b>: can't evaluate field b in type int" --data "$tmp/data.yaml" "$tmp/t2.tpl"
check "parse error located, exit 2" 2 "" "t3.tpl:2:" "$tmp/t3.tpl"
check "helm: zero, no <no value>, float64 values" 0 "1||float64" "" --helm --data "$tmp/data.yaml" "$tmp/t4.tpl"
check "missingkey=error" 2 "" "map has no entry for key \"zz\"" --missingkey error --data "$tmp/data.yaml" "$tmp/t4.tpl"
check "custom delimiters" 0 "1{{ .a }}" "" --delims '<<,>>' --data "$tmp/data.yaml" "$tmp/t5.tpl"
check "helm: nil pointer on missing parent" 2 "" "nil pointer evaluating interface {}.y" --helm --data "$tmp/data.yaml" "$tmp/t6.tpl"
check "missing template file" 2 "" "cannot read" "$tmp/nope.tpl"
echo "$((n - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
