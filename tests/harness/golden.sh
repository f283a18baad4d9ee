#!/bin/sh
# Golden tests: every golden/<case>/ is run and compared byte for byte.
#
# A case holds:
#   args             the fluxc arguments (one line, shell words)
#   input/           the repository tree (copied to a scratch directory,
#                    which is the working directory of the run), or
#   input-from       a path relative to the source tree to copy instead
#                    (e.g. examples/fleet), so the example is pinned too
#   setup.sh         optional, run with sh in the scratch directory before
#                    fluxc (e.g. to build a git history for --rev); exit
#                    77 skips the case (last output line: the reason)
#   outdir           optional: name of the -o directory to compare with
#                    expected/tree/
#   expected/stdout, expected/stderr, expected/exit
#
# A missing expectation is written and the case fails, so that every new
# expectation is reviewed.  FLUXC_UPDATE_GOLDEN=1 rewrites them on purpose.
# Output is TAP; the last line is "N passed, M failed".
set -u
: "${FLUXC:?FLUXC must name the fluxc binary}"
: "${FLUXC_SRCDIR:?FLUXC_SRCDIR must name the source tree}"
GOLDEN="$FLUXC_SRCDIR/golden"
if [ ! -d "$GOLDEN" ]; then
	echo "1..0 # SKIP no golden directory"
	exit 0
fi
cases=$(cd "$GOLDEN" && for d in */; do [ -f "$d/args" ] && echo "${d%/}"; done)
n=$(echo "$cases" | grep -c . || true)
echo "1..$n"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/fluxc-golden.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
i=0 pass=0 fail=0
for c in $cases; do
	i=$((i + 1))
	src="$GOLDEN/$c"
	work="$scratch/$c"
	mkdir -p "$work/repo" "$work/out"
	if [ -f "$src/input-from" ]; then
		cp -R "$FLUXC_SRCDIR/$(cat "$src/input-from")/." "$work/repo/"
	elif [ -d "$src/input" ]; then
		cp -R "$src/input/." "$work/repo/"
	fi
	why="" skip=""
	if [ -f "$src/setup.sh" ]; then
		(cd "$work/repo" && sh "$src/setup.sh") >"$work/out/setup.log" 2>&1
		case $? in
		0) ;;
		77) skip=$(tail -n 1 "$work/out/setup.log") ;;
		*) why="setup.sh failed: $(tail -n 3 "$work/out/setup.log" | tr '\n' ' ')" ;;
		esac
	fi
	if [ -n "$skip" ]; then
		pass=$((pass + 1))
		echo "ok $i - $c # SKIP $skip"
		continue
	fi
	if [ -z "$why" ]; then
		args=$(cat "$src/args")
		(cd "$work/repo" && eval "exec \"\$FLUXC\" $args") \
			>"$work/out/stdout" 2>"$work/out/stderr"
		echo $? >"$work/out/exit"
		mkdir -p "$src/expected"
		for f in stdout stderr exit; do
			if [ "${FLUXC_UPDATE_GOLDEN:-}" = 1 ]; then
				cp "$work/out/$f" "$src/expected/$f"
			elif [ ! -f "$src/expected/$f" ]; then
				cp "$work/out/$f" "$src/expected/$f"
				why="$why expected/$f was missing (written, review it)"
			elif ! cmp -s "$work/out/$f" "$src/expected/$f"; then
				why="$why $f differs"
				diff -u "$src/expected/$f" "$work/out/$f" | sed 's/^/# /' | head -n 40
			fi
		done
		if [ -f "$src/outdir" ]; then
			od="$work/repo/$(cat "$src/outdir")"
			if [ "${FLUXC_UPDATE_GOLDEN:-}" = 1 ] || [ ! -d "$src/expected/tree" ]; then
				[ -d "$src/expected/tree" ] || why="$why expected/tree was missing (written, review it)"
				rm -rf "$src/expected/tree"
				if [ -d "$od" ]; then cp -R "$od" "$src/expected/tree"; fi
			elif ! diff -r "$src/expected/tree" "$od" >"$work/out/tree.diff" 2>&1; then
				why="$why output tree differs"
				sed 's/^/# /' "$work/out/tree.diff" | head -n 40
			fi
		fi
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		echo "ok $i - $c"
	else
		fail=$((fail + 1))
		echo "not ok $i - $c:$why"
	fi
done
echo "# $pass passed, $fail failed"
echo "$pass passed, $fail failed" >&2
[ "$fail" -eq 0 ]
