#!/usr/bin/env python3
"""Writes the inputs of the emitter's kubectl comparison cases
(yaml_roundtrip.d/, checked by tests/unit/yaml_roundtrip.c).

Usage:
    python3 yaml_roundtrip_gen.py DIR                    # kubectl-scalars
    python3 yaml_roundtrip_gen.py DIR --fuzz-strings 8   # kubectl-fuzz-strings
    python3 yaml_roundtrip_gen.py DIR --fuzz-numbers 1   # kubectl-fuzz-numbers
    kubectl kustomize --reorder none DIR > yaml_roundtrip.d/<case>/expected.yaml
    cp DIR/input.yaml yaml_roundtrip.d/<case>/input.yaml

kubectl-scalars holds scalars chosen to exercise go-yaml v2's quoting,
block scalars, line folding at 80 columns at several depths, number
spelling after the JSON round trip, RFC 3339 timestamps and key order;
the fuzz cases are random strings and numbers; kubectl-explicit-keys
(keys over 128 bytes or with line breaks) was written by hand.  The
expected outputs were printed by kubectl kustomize (kustomize v5.5.0).

Keys whose go-yaml v2 order is not a total order (a digit run against a
letter at the same position, as with "01", "0x1F", "1e3" next to "1" or
"10") are left out: kubectl's own output for them changes from run to run.
"""
import json
import os
import random
import sys


def q(s):
    r = json.dumps(s, ensure_ascii=False)
    o = []
    for ch in r:
        c = ord(ch)
        if c == 0x7f or 0x80 <= c <= 0x9f or c in (0x2028, 0x2029, 0xfeff, 0xa0):
            o.append("\\u%04x" % c)
        else:
            o.append(ch)
    return "".join(o)


def scalars(out):
    """Hand-picked scalars, numbers, timestamps, keys and nesting."""
    strs = []
    for c in "#,[]{}&*!|>'\"%@`?:-=~.<\\/^$;()+_":
        strs += [c, c+"x", c+" x", "x"+c, "x"+c+"y", "x "+c, "x "+c+" y", "x"+c+" y"]
    strs += ["a:b","a: b","a :b","a#b","a #b","a,b","a[b","a?b","a- b","a:","a#","a ","a\t","-a","--a","---","--- a","...","... a","..x"]
    strs += ["0","-0","00","08","0x","0xG","0b2","1e","1e+","+","-",".","..","1.2.3","1,000","1_000","_1","1__0","1_","0o","0O17","0X1F","0B1","+0x10","-0b11",
     "9223372036854775807","9223372036854775808","-9223372036854775808","-9223372036854775809","18446744073709551615","18446744073709551616",
     "0xFFFFFFFFFFFFFFFF","0x10000000000000000","1:2","1:60","1:2:3.5","-1:30","+1:30","1:2.","12:3_0","1:2:","1e3","1E3","1e-3","1.","1.e3",".1e3","+.5","-.5e-2","0x1p3","1_0.5","1_e3","0b_1","0.5.", "12e", "1e1.5"]
    strs += ["2024-01-01","2024-1-1","2024-13-01","2024-02-30","2024-02-29","2023-02-29","2024-01-01T10:00:00Z","2024-01-01t10:00:00Z","2024-01-01 10:00:00",
     "2024-01-01T10:00:00","2024-01-01 10:00:00Z","2024-01-01T1:2:3Z","2024-01-01T10:00:00.123456789123+01:30","2024-01-01T24:00:00Z","99-01-01","20240-01-01",
     "2024-01-01T10:00:00.000Z","2024-01-01T10:00:00+00:00","2024-01-01T10:00:00-00:30","2024-01-01 10:00:00.5","2024-01-01T10:00Z","2024-01-01x","2024-01-1"]
    strs += ["y","Y","yes","Yes","YES","yEs","n","N","no","No","NO","on","On","ON","oN","off","Off","OFF","true","True","TRUE","tRue","false","null","Null","NULL","nULL","~","<<","=",
     ".inf","+.inf","-.Inf",".NaN",".nan","-.nan",".5",".5e3","._5",".e5","Infinity","inf","NaN","-inf","+Inf"]
    strs += [""," ","  ","\t","a\tb"," a","a ","a  b","a\n","\n","\n\n","a\n\n","a\n\nb"," a\nb","a \nb","a\n b","a\n\n ","\na","a\r\nb","a\rb","\ta\nb","a\n\tb","a\nb\t","a\nb ", "a\n\n\n", " \n", "x\n ", "- a\nb", "#a\nb", "a: b\nc"]
    strs += ["é","😀","a😀b","\u00a0","a\u00a0","\ufeff","\u2028","a\u2029b","\x1b","\x00","中文","日本語 テキスト","\u00e9\n\u00e9", "\x01\n", "\u0085", "a\u0085b", "a \u0085 \u0085 b", "\u0085a\u0085"]
    # folding
    words = ["a","bb","ccc","dddd","eeeee","ffffff","g"*7,"h"*8,"i"*13,"é","😀x"]
    random.seed(7)
    for L in list(range(70,100)) + [120,150,200,260]:
        w=[]; n=0
        while n < L:
            x = random.choice(words); w.append(x); n += len(x)+1
        s = " ".join(w)
        strs.append(s)
        strs.append(s.replace(" ", "  ", 3))
    for L in range(74, 90):
        strs.append("x"*L + " " + "y"*10 + " z")
        strs.append("#" + "x"*L + " " + "y"*10 + " z")
        strs.append("\t" + "x"*L + " " + "y"*10 + "  z w")
        strs.append("x"*(L-40) + " " + "y"*40 + " z" + " "*2 + "q")
    strs.append("a "*60 + "end")
    strs.append("a\n" + "b "*60 + "end")
    strs.append(("word "*30).strip() + "\n" + ("more "*30).strip() + "\n")
    strs.append("trailing   \n" + "x "*50)
    nums = ["0","-0","007","0o7","0x1F","1_000_000","+5","9223372036854775807","9223372036854775808","18446744073709551616","-9223372036854775809",
     "0.0","-0.0","1.0","1e3","1E3","1.5e300","1e-7","1e-6","0.000001","0.0000001","123456.789","1234567.89","1e20","1e21","123456789012345678901234567890",
     "0.1","2.5e-5","3.14159265358979323846","1e308","4.9e-324","-1.5","100000000000000000000.5","12345678.0","999999.5","1000000.5","0.00012","0.00001234",
     "9007199254740993","1e15","1.7976931348623157e308","5e-324","2.2250738585072014e-308","0b1010","-0x10","0x_1F","1_0.5","+.5","-.5", "0.1e1", "10e-1", "1e6", "1e-5", "123e-2",
     "+01366146073004615560423", "+9223372036854775808", "1e400", "-1e400", ".5e999", "1e-400", "0x_1F", "+0b11"]
    docs = []

    lines = ["apiVersion: v1","kind: Sample","metadata:","  name: strings","spec:"]
    for i,s in enumerate(strs):
        lines.append("  k%04d: %s" % (i, q(s)))
    lines.append("  deep:")
    ind = "    "
    for d in range(8):
        lines.append(ind + "lvl%d:" % d)
        lines.append(ind + "- " + q("x"*(60-4*d) + " aaaa bbbb cccc dddd eeee ffff gggg"))
        lines.append(ind + "- " + q("#"+"x"*(60-4*d) + " aaaa bbbb cccc dddd eeee ffff gggg"))
        lines.append(ind + "- - " + q("multi\nline\n"))
        lines.append(ind + "  - " + q(" lead\nline"))
        lines.append(ind + "- key: " + q("y"*(55-4*d) + " aaaa bbbb cccc dddd eeee ffff gggg"))
        lines.append(ind + "  " + "nest:")
        ind += "    "
    docs.append("\n".join(lines))
    lines = ["apiVersion: v1","kind: Sample","metadata:","  name: numbers","spec:"]
    for i,s in enumerate(nums):
        lines.append("  n%04d: %s" % (i, s))
    lines.append("  list: [" + ", ".join(nums) + "]")
    docs.append("\n".join(lines))
    stamps = ["2024-01-01", "2024-1-1", "2024-1-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10",
     "2001-12-14T21:59:43Z", "2024-01-01T10:00:00+00:00", "2024-01-01T10:00:00.123456789123Z", "2024-02-30",
     "2024-02-29", "2024-01-01T1:2:3Z", "2024-01-01 1:02:03", "2024-01-01T10:00:00", "2024-01-01 10:00:00 +01:00",
     "2024-01-01T10:00:00.000+05:30", "2024-12-31T23:59:59.999999999-12:00", "2024-01-01T10:00:00,5Z"]
    lines = ["apiVersion: v1","kind: Sample","metadata:","  name: timestamps","spec:"]
    for i,s in enumerate(stamps):
        lines.append("  t%04d: %s" % (i, s))
    docs.append("\n".join(lines))
    keys = ["item10","item9","a_b","aB","a-b","A0","a01","a1","a001","1","10","9","é","z","Z","_","-","a.b","a/b","a~b","a00","a0","a10b2","a10b10","a2b","0","x1y","x01y","xy","x-y","ÄÖ","émile","zebra","Zebra","a b","a","b"*130,"a\nb", "yes", "on", "123", "", " lead", "trail ", "#k", "k: v", "12:30", "2024-01-01", "null", "~", "true", "a"*128, "a"*129, "é"*70, "k\tx", "99999999999999999999", "a99999999999999999999b"]
    lines = ["apiVersion: v1","kind: Sample","metadata:","  name: keys","spec:"]
    for k in keys:
        lines.append("  %s: %s" % (q(k), q("v")))
    lines.append("  maps:")
    lines.append("    emptymap: {}")
    lines.append("    emptylist: []")
    lines.append("    nulls: [null, ~, ]")
    lines.append("    nested: [[], {}, [[]], [{}], {a: []}, {a: {}}, [1, [2, [3]]]]")
    lines.append("    bools: [true, false, True, FALSE]")
    lines.append("    literal: |\n      a\n       b\n      c\n")
    lines.append("    folded: >\n      a\n      b\n\n      c\n")
    lines.append("    folded2: >-\n      long folded text\n      continues here\n")
    docs.append("\n".join(lines))
    with open(os.path.join(out, "input.yaml"), "w") as f:
        f.write("\n---\n".join(docs) + "\n")
    with open(os.path.join(out, "kustomization.yaml"), "w") as f:
        f.write("resources:\n- input.yaml\n")


ALPHA = list("abcxyz019") * 6 + list(" " * 12) + list("\n" * 3) + \
    list(":#-'\"\t,[]{}&*!|>%@`?.~+_=\\/") + \
    ["\u00e9", "\U0001F600", "\u00a0", "\u0085", "\u2028", "\r", "\x01", "0", "1", "e", "E", "x", "y", "n", "T", "Z"]


def fuzz_strings(out, seed):
    """Random strings and word lists at random depths, as map values and
    list items (values only: keys stay k00001... in a total order)."""
    random.seed(seed)

    def rnd_str():
        n = random.choice([0, 1, 2, 3, 4, 5, 8, 10, 20, 40, 70, 78, 79, 80, 81, 82, 85, 90, 120, 160])
        return "".join(random.choice(ALPHA) for _ in range(n))

    def words():
        n = random.randint(60, 200)
        w = []
        total = 0
        while total < n:
            x = "".join(random.choice("abcdefgh") for _ in range(random.randint(1, 12)))
            if random.random() < 0.1:
                x = random.choice(["#x", "a:", "- ", "\u00e9", "\U0001F600", "'", "\""])
            w.append(x)
            total += len(x) + 1
        s = random.choice([" ", " ", " ", "  "]).join(w)
        if random.random() < 0.2:
            s = random.choice(["#", " ", "\t", "- ", "'"]) + s
        if random.random() < 0.2:
            s = s + random.choice([" ", "\n", "\n\n", ":"])
        return s

    lines = ["apiVersion: v1", "kind: Sample", "metadata:", "  name: fuzz", "spec:"]
    counter = [0]

    def key():
        counter[0] += 1
        return "k%05d" % counter[0]

    def emit(ind, depth):
        for _ in range(random.randint(3, 12)):
            r = random.random()
            k = key()
            if r < 0.4:
                lines.append("%s%s: %s" % (ind, k, q(rnd_str())))
            elif r < 0.7:
                lines.append("%s%s: %s" % (ind, k, q(words())))
            elif r < 0.85 and depth < 6:
                lines.append("%s%s:" % (ind, k))
                emit(ind + "  ", depth + 1)
            elif depth < 6:
                lines.append("%s%s:" % (ind, k))
                for _ in range(random.randint(1, 4)):
                    if random.random() < 0.6:
                        lines.append("%s- %s" % (ind, q(random.choice([rnd_str(), words()]))))
                    else:
                        lines.append("%s- %s: %s" % (ind, key(), q(words())))
                        lines.append("%s  %s: %s" % (ind, key(), q(rnd_str())))
    for _ in range(8):
        emit("  ", 1)
    write(out, "\n".join(lines) + "\n")


def fuzz_numbers(out, seed):
    """Random plain numbers: decimals, exponents (some out of range),
    hex/octal/binary, signs, integers beyond 64 bits."""
    random.seed(seed)

    def num():
        r = random.random()
        if r < 0.3:
            m = "".join(random.choice("0123456789") for _ in range(random.randint(1, 20)))
            f = "".join(random.choice("0123456789") for _ in range(random.randint(0, 20)))
            s = m + ("." + f if f or random.random() < 0.3 else "")
            if random.random() < 0.5:
                s += random.choice("eE") + random.choice(["", "+", "-"]) + str(random.randint(0, 330))
        elif r < 0.5:
            s = repr(random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 30))
        elif r < 0.7:
            s = str(random.randint(-2**70, 2**70))
        elif r < 0.8:
            s = random.choice(["0x", "0o", "0b", "0"]) + \
                "".join(random.choice("01234567") for _ in range(random.randint(1, 25)))
        else:
            s = str(random.randint(0, 10**random.randint(1, 25))) + \
                random.choice([".0", ".5", ".25", "e-3", "e5", "", ".000001"])
        if random.random() < 0.2 and s[0] not in "-+":
            s = random.choice("-+") + s
        return s
    lines = ["apiVersion: v1", "kind: Sample", "metadata:", "  name: nums", "spec:"]
    for i in range(600):
        lines.append("  n%04d: %s" % (i, num()))
    write(out, "\n".join(lines) + "\n")


def write(out, text):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "input.yaml"), "w") as f:
        f.write(text)
    with open(os.path.join(out, "kustomization.yaml"), "w") as f:
        f.write("resources:\n- input.yaml\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--fuzz-strings":
        fuzz_strings(sys.argv[1], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[2] == "--fuzz-numbers":
        fuzz_numbers(sys.argv[1], int(sys.argv[3]))
    elif len(sys.argv) == 2:
        os.makedirs(sys.argv[1], exist_ok=True)
        scalars(sys.argv[1])
    else:
        sys.exit(__doc__)
