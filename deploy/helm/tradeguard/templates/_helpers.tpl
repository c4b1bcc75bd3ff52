{{/* Common labels of every object of the release. */}}
{{- define "tradeguard.labels" -}}
app.kubernetes.io/part-of: tradeguard
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Selector labels of one service: call with (dict "root" $ "name" $name). */}}
{{- define "tradeguard.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The image of one service. */}}
{{- define "tradeguard.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- if eq .root.Values.image.flavour "jvm" -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ $tag }}-jvm
{{- else -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ $tag }}
{{- end -}}
{{- end -}}
