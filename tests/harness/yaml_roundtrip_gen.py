#!/usr/bin/env python3
"""Writes the input of the emitter's kubectl comparison case.

Usage:
    python3 yaml_roundtrip_gen.py DIR
    kubectl kustomize --reorder none DIR > yaml_roundtrip.d/kubectl-scalars/expected.yaml
    cp DIR/input.yaml yaml_roundtrip.d/kubectl-scalars/input.yaml

The input holds scalars chosen to exercise go-yaml v2's quoting, block
scalars, line folding at 80 columns at several depths, number spelling
after the JSON round trip, RFC 3339 timestamps and key order.  The
expected output was printed by kubectl kustomize (kustomize v5.5.0).

Keys whose go-yaml v2 order is not a total order (a digit run against a
letter at the same position, as with "01", "0x1F", "1e3" next to "1" or
"10") are left out: kubectl's own output for them changes from run to run.
"""
import json, os, subprocess, sys
out = sys.argv[1]  # a directory; input.yaml and kustomization.yaml go there
os.makedirs(out, exist_ok=True)
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
import random
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
