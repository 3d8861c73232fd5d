{{/* Labels every object carries; `component` tells the parts apart. */}}
{{- define "agora.labels" -}}
app.kubernetes.io/name: agora
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* What a Service, PDB or Deployment selects: stable across upgrades. */}}
{{- define "agora.selector" -}}
app.kubernetes.io/name: agora
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "agora.image" -}}
{{- $name := index .root.Values.images .image -}}
{{- if .root.Values.images.registry -}}
{{ printf "%s/%s:%s" .root.Values.images.registry $name .root.Values.images.tag }}
{{- else -}}
{{ printf "%s:%s" $name .root.Values.images.tag }}
{{- end -}}
{{- end }}

{{/* The Secret holding the passwords: the chart's own, or one made elsewhere. */}}
{{- define "agora.secretName" -}}
{{- default (printf "%s-secrets" .Release.Name) .Values.secrets.existingSecret -}}
{{- end }}

{{- define "agora.postgresUrl" -}}
{{- $v := .root.Values.postgres -}}
{{- printf "postgres://%s:%s@%s:%v/%s" .user (urlquery .password | replace "+" "%20") $v.host $v.port $v.database -}}
{{- if $v.options }}?{{ $v.options }}{{ end -}}
{{- end }}

{{- define "agora.amqpUrl" -}}
{{- printf "amqp://%s:%s@%s:%v" .user (urlquery .password | replace "+" "%20") .root.Values.rabbitmq.host .root.Values.rabbitmq.port -}}
{{- end }}

{{/* Runs as the image's unprivileged user, with nothing it does not need. */}}
{{- define "agora.podSecurity" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "agora.containerSecurity" -}}
allowPrivilegeEscalation: false
capabilities:
  drop: [ALL]
{{- end }}
