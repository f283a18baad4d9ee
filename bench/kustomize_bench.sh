#!/bin/sh
# Kustomize build speed: generates a synthetic fleet (APPS apps, each a base
# with a Deployment, Service, ConfigMap generator and HPA, plus staging and
# production overlays with namespace, prefix, labels, images, replicas,
# strategic merge and JSON 6902 patches, and generators merging into the
# base) and times
#   - fluxc kustomize build on every directory, in one process;
#   - kubectl kustomize once per directory (one process each);
#   - kubectl's start-up alone (a one-object kustomization), to estimate
#     its net build time (total minus start-up per directory).
# Uses hyperfine when present.  Usage: bench/kustomize_bench.sh [APPS]
# Environment: FLUXC (default: fluxc on PATH or ./fluxc), KUBECTL.
set -eu
APPS=${1:-100}
FLUXC=${FLUXC:-$(command -v fluxc || echo ./fluxc)}
KUBECTL=${KUBECTL:-kubectl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

gen_app() {
	a=$1
	d="$work/apps/$a"
	mkdir -p "$d/base" "$d/staging" "$d/production"
	cat >"$d/base/kustomization.yaml" <<K
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
commonLabels:
  app.kubernetes.io/name: $a
resources:
- deployment.yaml
- service.yaml
- hpa.yaml
configMapGenerator:
- name: $a-config
  literals:
  - LOG_LEVEL=info
  - APP_NAME=$a
  files:
  - settings.properties
K
	printf 'cache.size=128\nfeature.x=true\nendpoint=http://%s.svc:8080\n' "$a" >"$d/base/settings.properties"
	cat >"$d/base/deployment.yaml" <<K
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $a
spec:
  replicas: 1
  selector:
    matchLabels:
      app: $a
  template:
    metadata:
      labels:
        app: $a
    spec:
      containers:
      - name: app
        image: ghcr.io/example/$a:1.0.0
        ports:
        - containerPort: 8080
        env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: $a-config
              key: LOG_LEVEL
        envFrom:
        - configMapRef:
            name: $a-config
        resources:
          requests:
            cpu: 100m
            memory: 64Mi
      - name: sidecar
        image: ghcr.io/example/proxy:2.1.0
      volumes:
      - name: config
        configMap:
          name: $a-config
K
	cat >"$d/base/service.yaml" <<K
apiVersion: v1
kind: Service
metadata:
  name: $a
spec:
  selector:
    app: $a
  ports:
  - port: 80
    targetPort: 8080
K
	cat >"$d/base/hpa.yaml" <<K
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: $a
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: $a
  minReplicas: 1
  maxReplicas: 5
K
	for env in staging production; do
		cat >"$d/$env/kustomization.yaml" <<K
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: $a-$env
namePrefix: $env-
labels:
- pairs:
    env: $env
  includeSelectors: false
  includeTemplates: true
resources:
- ../base
images:
- name: ghcr.io/example/$a
  newTag: 1.2.$APPS
replicas:
- name: $a
  count: 3
patches:
- path: resources.yaml
- target:
    kind: Deployment
    name: $a
  patch: |-
    - op: add
      path: /spec/template/metadata/annotations
      value:
        example.com/env: $env
configMapGenerator:
- name: $a-config
  behavior: merge
  literals:
  - LOG_LEVEL=warn
secretGenerator:
- name: $a-secret
  literals:
  - token=$a-$env-token
K
		cat >"$d/$env/resources.yaml" <<K
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $a
spec:
  template:
    spec:
      containers:
      - name: app
        resources:
          limits:
            memory: 256Mi
K
	done
}

i=0
while [ $i -lt "$APPS" ]; do
	gen_app "app$i"
	i=$((i + 1))
done
dirs=$(cd "$work" && find apps -name kustomization.yaml | sed 's,/kustomization.yaml$,,' | sort)
ndirs=$(echo "$dirs" | wc -l | tr -d ' ')
mkdir -p "$work/one"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' >"$work/one/cm.yaml"
printf 'resources:\n- cm.yaml\n' >"$work/one/kustomization.yaml"
echo "fleet: $APPS apps, $ndirs kustomization directories"

now() { date +%s.%N; }
# CPU seconds (user + sys) used by a command and its children
cpu() {
	python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f" % (r.ru_utime + r.ru_stime))' "$@"
}
cd "$work"
# shellcheck disable=SC2086
"$FLUXC" kustomize build --quiet $dirs # warm-up and check that it builds
t0=$(now)
# shellcheck disable=SC2086
"$FLUXC" kustomize build --quiet $dirs
t1=$(now)
fluxc_s=$(echo "$t1 - $t0" | bc -l)
if command -v hyperfine >/dev/null 2>&1; then
	# shellcheck disable=SC2086
	hyperfine -N -w 1 -r 5 --export-json "$work/h.json" "$FLUXC kustomize build --quiet $dirs" >/dev/null 2>&1 &&
		fluxc_s=$(python3 -c "import json;print(json.load(open('$work/h.json'))['results'][0]['mean'])")
fi
# shellcheck disable=SC2086
fluxc_cpu=$(cpu "$FLUXC" kustomize build --quiet $dirs)
echo "fluxc, one process: ${fluxc_s}s wall, ${fluxc_cpu}s CPU"

if ! command -v "$KUBECTL" >/dev/null 2>&1; then
	echo "kubectl not installed: no comparison"
	exit 0
fi
t0=$(now)
kubectl_cpu=$(cpu sh -c "for d in $(echo $dirs); do $KUBECTL kustomize \$d >/dev/null 2>&1; done")
t1=$(now)
kubectl_s=$(echo "$t1 - $t0" | bc -l)
if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N -w 1 -r 10 --export-json "$work/k1.json" "$KUBECTL kustomize one" >/dev/null 2>&1
	start_s=$(python3 -c "import json;print(json.load(open('$work/k1.json'))['results'][0]['mean'])")
else
	t0=$(now)
	for _ in 1 2 3 4 5; do "$KUBECTL" kustomize one >/dev/null; done
	t1=$(now)
	start_s=$(echo "($t1 - $t0) / 5" | bc -l)
fi
net_s=$(echo "$kubectl_s - $start_s * $ndirs" | bc -l)
printf 'kubectl, one process per directory: %.3fs (start-up %.4fs each, net build %.3fs)\n' \
	"$kubectl_s" "$start_s" "$net_s"
start_cpu=$(cpu sh -c "for i in 1 2 3 4 5; do $KUBECTL kustomize one >/dev/null 2>&1; done")
start_cpu=$(echo "$start_cpu / 5" | bc -l)
net_cpu=$(echo "$kubectl_cpu - $start_cpu * $ndirs" | bc -l)
printf 'kubectl CPU: %.3fs (start-up %.4fs each, net build %.3fs)\n' "$kubectl_cpu" "$start_cpu" "$net_cpu"
printf 'ratio vs kubectl per directory: %.1fx wall, %.1fx CPU\n' \
	"$(echo "$kubectl_s / $fluxc_s" | bc -l)" "$(echo "$kubectl_cpu / $fluxc_cpu" | bc -l)"
printf 'ratio vs kubectl net build time: %.1fx wall, %.1fx CPU\n' \
	"$(echo "$net_s / $fluxc_s" | bc -l)" "$(echo "$net_cpu / $fluxc_cpu" | bc -l)"
