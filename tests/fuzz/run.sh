#!/bin/sh
# Builds a libFuzzer target of fluxc with clang and runs it for a while.
#
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#
# TARGET names tests/fuzz/TARGET_fuzz.c: yaml_load, validate, vfs_mem,
# envsubst or tmpl_parse.  Run it from a
# build directory (after configure) or from anywhere: the build goes to
# $FUZZ_BUILDDIR (default: ./fuzz-TARGET).  The checked-in seeds of
# tests/fuzz/corpus/TARGET are copied to a working corpus there, so the
# source tree is never written.  Crashes are saved as crash-* files in the
# build directory and make the script exit non-zero.  TARGET.dict, when
# present, is passed as the libFuzzer dictionary.
set -eu

if [ $# -lt 2 ]; then
	echo "usage: $0 TARGET SECONDS [libFuzzer options...]" >&2
	exit 2
fi
target=$1
seconds=$2
shift 2

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
src="$here/${target}_fuzz.c"
if [ ! -f "$src" ]; then
	echo "$0: no fuzz target '$target' ($src)" >&2
	exit 2
fi
CC=${CC:-clang}
if ! command -v "$CC" >/dev/null 2>&1; then
	echo "$0: $CC not found; libFuzzer needs clang" >&2
	exit 2
fi
out=${FUZZ_BUILDDIR:-$(pwd)/fuzz-$target}
mkdir -p "$out/corpus"

# The sources each target links (globs relative to the source tree).
case $target in
yaml_load) sources="src/base/*.c src/yaml/*.c" ;;
validate) sources="src/base/*.c src/yaml/*.c src/validate/*.c" ;;
vfs_mem) sources="src/base/*.c src/vfs/*.c" ;;
envsubst) sources="src/base/*.c src/subst/utf8.c src/subst/unicode.c src/subst/glob.c
	src/subst/envsubst_parse.c src/subst/envsubst_eval.c" ;;
tmpl_parse) sources="src/base/*.c src/yaml/*.c src/tmpl/*.c" ;;
*) sources="src/base/*.c src/yaml/*.c" ;;
esac
files=
for g in $sources; do
	# shellcheck disable=SC2086
	files="$files $(cd "$srcdir" && ls $g | sed "s|^|$srcdir/|")"
done
# every library of the project; what a target does not use is dropped
pkgs="libfyaml libgit2 libarchive libpcre2-8 libcrypto"

bin="$out/${target}_fuzz"
echo "building $bin"
# shellcheck disable=SC2086
"$CC" -g -O1 -std=c11 -D_GNU_SOURCE -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-I"$srcdir/src" -I"$(pwd)" $(pkg-config --cflags $pkgs) \
	-o "$bin" "$src" $files $(pkg-config --libs $pkgs) -lm

if [ -d "$here/corpus/$target" ]; then
	cp -n "$here/corpus/$target"/* "$out/corpus/" 2>/dev/null || true
fi

dict=
if [ -f "$here/$target.dict" ]; then
	dict="-dict=$here/$target.dict"
fi

echo "fuzzing $target for ${seconds}s"
cd "$out"
# shellcheck disable=SC2086
exec "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
	-print_final_stats=1 -artifact_prefix="$out/" $dict "$@" "$out/corpus"
