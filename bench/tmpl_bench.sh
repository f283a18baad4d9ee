#!/bin/sh
# Template engine benchmark: renders a chart-like template (a _helpers.tpl
# with many named templates, a manifest template that includes them many
# times) over a large values tree with `fluxc gotmpl --helm`, and reports
# templates per second (include/template executions per second of wall
# time) and the time of one render.
#
#   bench/tmpl_bench.sh [FLUXC] [SERVICES] [RUNS]
#
# FLUXC defaults to ./fluxc (run from a build directory); SERVICES (default
# 200) is the number of services in the values tree, each rendered as a
# Deployment and a Service through 12 includes; RUNS (default 5) repeats
# the render and keeps the best time.
set -eu
fluxc=${1:-./fluxc}
services=${2:-200}
runs=${3:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/tmpl-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$services" <<'PY'
import os, sys
work, n = sys.argv[1], int(sys.argv[2])
helpers = r'''
{{- define "chart.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "chart.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}
{{- define "chart.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "chart.selectorLabels" -}}
app.kubernetes.io/name: {{ include "chart.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
{{- define "chart.labels" -}}
helm.sh/chart: {{ include "chart.chart" . }}
{{ include "chart.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}
{{- define "svc.deployment" -}}
{{- $root := index . 0 }}{{- $svc := index . 1 }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "chart.fullname" $root }}-{{ $svc.name }}
  labels:
    {{- include "chart.labels" $root | nindent 4 }}
spec:
  replicas: {{ $svc.replicas }}
  selector:
    matchLabels:
      {{- include "chart.selectorLabels" $root | nindent 6 }}
  template:
    spec:
      containers:
        - name: {{ $svc.name }}
          image: "{{ $svc.image.repository }}:{{ $svc.image.tag | default $root.Chart.AppVersion }}"
          {{- with $svc.env }}
          env:
            {{- range $k, $v := . }}
            - name: {{ $k | upper }}
              value: {{ $v | quote }}
            {{- end }}
          {{- end }}
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
{{- end }}
{{- define "svc.service" -}}
{{- $root := index . 0 }}{{- $svc := index . 1 }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "chart.fullname" $root }}-{{ $svc.name }}
  labels:
    {{- include "chart.labels" $root | nindent 4 }}
spec:
  ports:
    {{- range $svc.ports }}
    - port: {{ .port }}
      targetPort: {{ .target | default .port }}
      name: {{ .name }}
    {{- end }}
  selector:
    {{- include "chart.selectorLabels" $root | nindent 4 }}
{{- end }}
'''
main = r'''{{- range .Values.services }}
---
{{ include "svc.deployment" (list $ .) }}
---
{{ include "svc.service" (list $ .) }}
{{- end }}
'''
with open(os.path.join(work, "chart.tpl"), "w") as f:
    f.write(helpers + main)
with open(os.path.join(work, "values.yaml"), "w") as f:
    f.write("Chart: {Name: bench, Version: 1.2.3, AppVersion: '4.5.6'}\n")
    f.write("Release: {Name: rel, Service: Helm}\n")
    f.write("Values:\n  services:\n")
    for i in range(n):
        f.write("  - name: svc%d\n    replicas: %d\n" % (i, i % 5 + 1))
        f.write("    image: {repository: registry.example.com/team/svc%d, tag: 'v%d'}\n" % (i, i))
        f.write("    env:\n")
        for j in range(8):
            f.write("      var_%d: value-%d-%d\n" % (j, i, j))
        f.write("    resources: {limits: {cpu: 500m, memory: 256Mi}, requests: {cpu: 100m, memory: 64Mi}}\n")
        f.write("    ports:\n")
        for p in range(3):
            f.write("    - {name: p%d, port: %d}\n" % (p, 8000 + p))
PY

# includes per service: deployment 1 + fullname 1 + labels 1 (+chart,
# selectorLabels, name) + selectorLabels 1 (+name) = 8; service: 1 + 1 +
# 4 + 2 = 8; so 16 template executions per service
per=16
best=""
for i in $(seq 1 "$runs"); do
	start=$(date +%s%N)
	"$fluxc" gotmpl --helm --data "$work/values.yaml" "$work/chart.tpl" >"$work/out.yaml"
	end=$(date +%s%N)
	ms=$(( (end - start) / 1000000 ))
	if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
[ "$best" -gt 0 ] || best=1
total=$((services * per))
lines=$(wc -l <"$work/out.yaml")
echo "services: $services, template executions per render: $total, output lines: $lines"
echo "best render: ${best} ms"
echo "templates/second: $((total * 1000 / best))"
