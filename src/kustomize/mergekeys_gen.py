#!/usr/bin/env python3
"""Generates the table part of src/kustomize/mergekeys.c.

Input: the OpenAPI definitions kustomize v5.5.0 embeds (kyaml/openapi,
Kubernetes v1.21.2), as the JSON bundle kept in the kustomize repository
(kyaml/openapi/kubernetesapi/data/kubernetes-openapi-union-v1.21.2.bundle-v1.json,
gunzipped).  Output on stdout: the sfields/sdefs/sall/sroots tables.

Usage: mergekeys_gen.py BUNDLE.json > table.inc
"""
import json
import sys
b=json.load(open(sys.argv[1]))
D=b['definitions']
def ref(p):
    r=p.get('$ref')
    if r is None and 'allOf' in p and len(p['allOf'])==1: r=p['allOf'][0].get('$ref')
    return r.split('/')[-1] if r else None
# definitions from which a merge list can be reached (fixpoint)
changed=True
I={n:False for n in D}
while changed:
    changed=False
    for n,d in D.items():
        if I[n]: continue
        for f,p in d.get('properties',{}).items():
            r=ref(p) or (ref(p.get('items',{})) if p.get('type')=='array' else None)
            if ('merge' in p.get('x-kubernetes-patch-strategy','').split(',') and p.get('type')=='array') or (r and I.get(r)):
                I[n]=True; changed=True; break
defs=sorted(n for n in D if I[n])
idx={n:i+1 for i,n in enumerate(defs)}  # 0 = opaque
fields=[]; ranges=[]
for n in defs:
    props=sorted(D[n].get('properties',{}).items())
    start=len(fields)
    for f,p in props:
        isarr = p.get('type')=='array'
        r = ref(p.get('items',{})) if isarr else ref(p)
        child = idx.get(r,0) if r else 0
        strat = p.get('x-kubernetes-patch-strategy','') if isarr else ''
        keys = p.get('x-kubernetes-list-map-keys') or ([p['x-kubernetes-patch-merge-key']] if 'x-kubernetes-patch-merge-key' in p else [])
        if not strat: keys=[]
        fields.append((f,child,isarr,strat,','.join(keys)))
    ranges.append((n,start,len(fields)-start))
roots=[]
for n,d in D.items():
    for g in d.get('x-kubernetes-group-version-kind',[]):
        av = (g['group']+'/'+g['version']) if g['group'] else g['version']
        roots.append((av,g['kind'],idx.get(n,0)))
roots.sort()
# dedupe
seen=set(); r2=[]
for r in roots:
    if (r[0],r[1]) in seen: continue
    seen.add((r[0],r[1])); r2.append(r)
o=sys.stdout
o.write('/* Generated table: do not edit by hand (see the header comment). */\n\n')
o.write('static const fx_kust_sfield sfields[] = {\n')
for i,(n,s,c) in enumerate(ranges):
    o.write('\t/* %d: %s */\n'%(i+1,n))
    for f in fields[s:s+c]:
        o.write('\t{"%s", %d, %d, "%s", "%s"},\n'%(f[0],f[1],1 if f[2] else 0,f[3],f[4]))
o.write('};\n\nstatic const fx_kust_sdef sdefs[] = {\n\t{0, 0}, /* 0: opaque */\n')
for i,(n,s,c) in enumerate(ranges):
    o.write('\t{%d, %d}, /* %d: %s */\n'%(s,c,i+1,n.split('.')[-1]))
o.write('};\n\n/* every built-in definition name, sorted, with its index (0: opaque) */\nstatic const struct { const char *name; uint16_t def; } sall[] = {\n')
for n in sorted(D):
    o.write('\t{"%s", %d},\n'%(n, idx.get(n,0)))
o.write('};\n\nstatic const fx_kust_sroot sroots[] = {\n')
for r in r2:
    o.write('\t{"%s", "%s", %d},\n'%r)
o.write('};\n')
print(len(defs),len(fields),len(r2),file=sys.stderr)
