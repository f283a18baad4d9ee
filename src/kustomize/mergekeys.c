/*
 * kustomize: merge keys and patch strategies of built-in kinds.
 *
 * kustomize merges strategic merge patches with kyaml's walker, which
 * looks up each field in the OpenAPI schema kustomize embeds (Kubernetes
 * v1.21.2, kyaml/openapi/kubernetesapi).  A list is merged element by
 * element only when its schema carries an x-kubernetes-patch-strategy
 * containing "merge"; the element key is x-kubernetes-list-map-keys when
 * present (containers' ports: containerPort+protocol), else
 * x-kubernetes-patch-merge-key, else none (a list of scalars such as
 * metadata.finalizers).  Every other list is replaced.
 *
 * The table below was derived mechanically from that embedded schema
 * (the definitions of kustomize's bundled v1.21.2 OpenAPI document): it
 * keeps each definition from which a merge list can be reached, with all
 * of its property names (so that an unknown field still has no schema),
 * and collapses every other definition to "opaque" (known, no merge lists
 * below).  Roots map x-kubernetes-group-version-kind to a definition.
 * Field names within a definition and the roots are sorted bytewise for
 * binary search.
 *
 * Used by smp.c; nothing here allocates.
 */
#include "kustomize/patch.h"

#include <string.h>

typedef struct {
	const char *name;
	uint16_t child;    /* definition of the value or of the array items */
	uint8_t is_array;
	const char *strategy;
	const char *keys;
} fx_kust_sfield;

typedef struct {
	uint16_t first, count;
} fx_kust_sdef;

typedef struct {
	const char *api_version;
	const char *kind;
	uint16_t def;
} fx_kust_sroot;

/* Generated table: do not edit by hand (see the header comment). */

static const fx_kust_sfield sfields[] = {
	/* 1: io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"webhooks", 0, 1, "merge", "name"},
	/* 2: io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 1, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 3: io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"webhooks", 0, 1, "merge", "name"},
	/* 4: io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 3, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 5: io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"webhooks", 0, 1, "merge", "name"},
	/* 6: io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfigurationList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 5, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 7: io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"webhooks", 0, 1, "merge", "name"},
	/* 8: io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfigurationList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 7, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 9: io.k8s.api.apps.v1.ControllerRevision */
	{"apiVersion", 0, 0, "", ""},
	{"data", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"revision", 0, 0, "", ""},
	/* 10: io.k8s.api.apps.v1.ControllerRevisionList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 9, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 11: io.k8s.api.apps.v1.DaemonSet */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 13, 0, "", ""},
	{"status", 14, 0, "", ""},
	/* 12: io.k8s.api.apps.v1.DaemonSetList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 11, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 13: io.k8s.api.apps.v1.DaemonSetSpec */
	{"minReadySeconds", 0, 0, "", ""},
	{"revisionHistoryLimit", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	{"updateStrategy", 0, 0, "", ""},
	/* 14: io.k8s.api.apps.v1.DaemonSetStatus */
	{"collisionCount", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"currentNumberScheduled", 0, 0, "", ""},
	{"desiredNumberScheduled", 0, 0, "", ""},
	{"numberAvailable", 0, 0, "", ""},
	{"numberMisscheduled", 0, 0, "", ""},
	{"numberReady", 0, 0, "", ""},
	{"numberUnavailable", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	{"updatedNumberScheduled", 0, 0, "", ""},
	/* 15: io.k8s.api.apps.v1.Deployment */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 17, 0, "", ""},
	{"status", 18, 0, "", ""},
	/* 16: io.k8s.api.apps.v1.DeploymentList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 15, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 17: io.k8s.api.apps.v1.DeploymentSpec */
	{"minReadySeconds", 0, 0, "", ""},
	{"paused", 0, 0, "", ""},
	{"progressDeadlineSeconds", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"revisionHistoryLimit", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"strategy", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	/* 18: io.k8s.api.apps.v1.DeploymentStatus */
	{"availableReplicas", 0, 0, "", ""},
	{"collisionCount", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"observedGeneration", 0, 0, "", ""},
	{"readyReplicas", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"unavailableReplicas", 0, 0, "", ""},
	{"updatedReplicas", 0, 0, "", ""},
	/* 19: io.k8s.api.apps.v1.ReplicaSet */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 21, 0, "", ""},
	{"status", 22, 0, "", ""},
	/* 20: io.k8s.api.apps.v1.ReplicaSetList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 19, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 21: io.k8s.api.apps.v1.ReplicaSetSpec */
	{"minReadySeconds", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	/* 22: io.k8s.api.apps.v1.ReplicaSetStatus */
	{"availableReplicas", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"fullyLabeledReplicas", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	{"readyReplicas", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	/* 23: io.k8s.api.apps.v1.StatefulSet */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 25, 0, "", ""},
	{"status", 26, 0, "", ""},
	/* 24: io.k8s.api.apps.v1.StatefulSetList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 23, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 25: io.k8s.api.apps.v1.StatefulSetSpec */
	{"podManagementPolicy", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"revisionHistoryLimit", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"serviceName", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	{"updateStrategy", 0, 0, "", ""},
	{"volumeClaimTemplates", 87, 1, "", ""},
	/* 26: io.k8s.api.apps.v1.StatefulSetStatus */
	{"collisionCount", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"currentReplicas", 0, 0, "", ""},
	{"currentRevision", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	{"readyReplicas", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"updateRevision", 0, 0, "", ""},
	{"updatedReplicas", 0, 0, "", ""},
	/* 27: io.k8s.api.authentication.v1.TokenRequest */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 28: io.k8s.api.authentication.v1.TokenReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 29: io.k8s.api.authentication.v1beta1.TokenReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 30: io.k8s.api.authorization.v1.LocalSubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 31: io.k8s.api.authorization.v1.SelfSubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 32: io.k8s.api.authorization.v1.SelfSubjectRulesReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 33: io.k8s.api.authorization.v1.SubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 34: io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 35: io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 36: io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 37: io.k8s.api.authorization.v1beta1.SubjectAccessReview */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 38: io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 39: io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 38, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 40: io.k8s.api.autoscaling.v1.Scale */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 41: io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 42: io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 41, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 43: io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 44: io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 43, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 45: io.k8s.api.batch.v1.CronJob */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 47, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 46: io.k8s.api.batch.v1.CronJobList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 45, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 47: io.k8s.api.batch.v1.CronJobSpec */
	{"concurrencyPolicy", 0, 0, "", ""},
	{"failedJobsHistoryLimit", 0, 0, "", ""},
	{"jobTemplate", 52, 0, "", ""},
	{"schedule", 0, 0, "", ""},
	{"startingDeadlineSeconds", 0, 0, "", ""},
	{"successfulJobsHistoryLimit", 0, 0, "", ""},
	{"suspend", 0, 0, "", ""},
	/* 48: io.k8s.api.batch.v1.Job */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 50, 0, "", ""},
	{"status", 51, 0, "", ""},
	/* 49: io.k8s.api.batch.v1.JobList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 48, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 50: io.k8s.api.batch.v1.JobSpec */
	{"activeDeadlineSeconds", 0, 0, "", ""},
	{"backoffLimit", 0, 0, "", ""},
	{"completionMode", 0, 0, "", ""},
	{"completions", 0, 0, "", ""},
	{"manualSelector", 0, 0, "", ""},
	{"parallelism", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"suspend", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	{"ttlSecondsAfterFinished", 0, 0, "", ""},
	/* 51: io.k8s.api.batch.v1.JobStatus */
	{"active", 0, 0, "", ""},
	{"completedIndexes", 0, 0, "", ""},
	{"completionTime", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"failed", 0, 0, "", ""},
	{"startTime", 0, 0, "", ""},
	{"succeeded", 0, 0, "", ""},
	/* 52: io.k8s.api.batch.v1.JobTemplateSpec */
	{"metadata", 195, 0, "", ""},
	{"spec", 50, 0, "", ""},
	/* 53: io.k8s.api.batch.v1beta1.CronJob */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 55, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 54: io.k8s.api.batch.v1beta1.CronJobList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 53, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 55: io.k8s.api.batch.v1beta1.CronJobSpec */
	{"concurrencyPolicy", 0, 0, "", ""},
	{"failedJobsHistoryLimit", 0, 0, "", ""},
	{"jobTemplate", 56, 0, "", ""},
	{"schedule", 0, 0, "", ""},
	{"startingDeadlineSeconds", 0, 0, "", ""},
	{"successfulJobsHistoryLimit", 0, 0, "", ""},
	{"suspend", 0, 0, "", ""},
	/* 56: io.k8s.api.batch.v1beta1.JobTemplateSpec */
	{"metadata", 195, 0, "", ""},
	{"spec", 50, 0, "", ""},
	/* 57: io.k8s.api.certificates.v1.CertificateSigningRequest */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 58: io.k8s.api.certificates.v1.CertificateSigningRequestList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 57, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 59: io.k8s.api.certificates.v1beta1.CertificateSigningRequest */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 60: io.k8s.api.certificates.v1beta1.CertificateSigningRequestList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 59, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 61: io.k8s.api.coordination.v1.Lease */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 62: io.k8s.api.coordination.v1.LeaseList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 61, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 63: io.k8s.api.coordination.v1beta1.Lease */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 64: io.k8s.api.coordination.v1beta1.LeaseList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 63, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 65: io.k8s.api.core.v1.Binding */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"target", 0, 0, "", ""},
	/* 66: io.k8s.api.core.v1.ComponentStatus */
	{"apiVersion", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	/* 67: io.k8s.api.core.v1.ComponentStatusList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 66, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 68: io.k8s.api.core.v1.ConfigMap */
	{"apiVersion", 0, 0, "", ""},
	{"binaryData", 0, 0, "", ""},
	{"data", 0, 0, "", ""},
	{"immutable", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	/* 69: io.k8s.api.core.v1.ConfigMapList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 68, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 70: io.k8s.api.core.v1.Container */
	{"args", 0, 1, "", ""},
	{"command", 0, 1, "", ""},
	{"env", 0, 1, "merge", "name"},
	{"envFrom", 0, 1, "", ""},
	{"image", 0, 0, "", ""},
	{"imagePullPolicy", 0, 0, "", ""},
	{"lifecycle", 0, 0, "", ""},
	{"livenessProbe", 0, 0, "", ""},
	{"name", 0, 0, "", ""},
	{"ports", 0, 1, "merge", "containerPort,protocol"},
	{"readinessProbe", 0, 0, "", ""},
	{"resources", 0, 0, "", ""},
	{"securityContext", 0, 0, "", ""},
	{"startupProbe", 0, 0, "", ""},
	{"stdin", 0, 0, "", ""},
	{"stdinOnce", 0, 0, "", ""},
	{"terminationMessagePath", 0, 0, "", ""},
	{"terminationMessagePolicy", 0, 0, "", ""},
	{"tty", 0, 0, "", ""},
	{"volumeDevices", 0, 1, "merge", "devicePath"},
	{"volumeMounts", 0, 1, "merge", "mountPath"},
	{"workingDir", 0, 0, "", ""},
	/* 71: io.k8s.api.core.v1.Endpoints */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"subsets", 0, 1, "", ""},
	/* 72: io.k8s.api.core.v1.EndpointsList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 71, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 73: io.k8s.api.core.v1.EphemeralContainer */
	{"args", 0, 1, "", ""},
	{"command", 0, 1, "", ""},
	{"env", 0, 1, "merge", "name"},
	{"envFrom", 0, 1, "", ""},
	{"image", 0, 0, "", ""},
	{"imagePullPolicy", 0, 0, "", ""},
	{"lifecycle", 0, 0, "", ""},
	{"livenessProbe", 0, 0, "", ""},
	{"name", 0, 0, "", ""},
	{"ports", 0, 1, "", ""},
	{"readinessProbe", 0, 0, "", ""},
	{"resources", 0, 0, "", ""},
	{"securityContext", 0, 0, "", ""},
	{"startupProbe", 0, 0, "", ""},
	{"stdin", 0, 0, "", ""},
	{"stdinOnce", 0, 0, "", ""},
	{"targetContainerName", 0, 0, "", ""},
	{"terminationMessagePath", 0, 0, "", ""},
	{"terminationMessagePolicy", 0, 0, "", ""},
	{"tty", 0, 0, "", ""},
	{"volumeDevices", 0, 1, "merge", "devicePath"},
	{"volumeMounts", 0, 1, "merge", "mountPath"},
	{"workingDir", 0, 0, "", ""},
	/* 74: io.k8s.api.core.v1.EphemeralVolumeSource */
	{"volumeClaimTemplate", 90, 0, "", ""},
	/* 75: io.k8s.api.core.v1.Event */
	{"action", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"count", 0, 0, "", ""},
	{"eventTime", 0, 0, "", ""},
	{"firstTimestamp", 0, 0, "", ""},
	{"involvedObject", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"lastTimestamp", 0, 0, "", ""},
	{"message", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"reason", 0, 0, "", ""},
	{"related", 0, 0, "", ""},
	{"reportingComponent", 0, 0, "", ""},
	{"reportingInstance", 0, 0, "", ""},
	{"series", 0, 0, "", ""},
	{"source", 0, 0, "", ""},
	{"type", 0, 0, "", ""},
	/* 76: io.k8s.api.core.v1.EventList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 75, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 77: io.k8s.api.core.v1.LimitRange */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 78: io.k8s.api.core.v1.LimitRangeList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 77, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 79: io.k8s.api.core.v1.Namespace */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 81, 0, "", ""},
	/* 80: io.k8s.api.core.v1.NamespaceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 79, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 81: io.k8s.api.core.v1.NamespaceStatus */
	{"conditions", 0, 1, "merge", "type"},
	{"phase", 0, 0, "", ""},
	/* 82: io.k8s.api.core.v1.Node */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 84, 0, "", ""},
	{"status", 85, 0, "", ""},
	/* 83: io.k8s.api.core.v1.NodeList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 82, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 84: io.k8s.api.core.v1.NodeSpec */
	{"configSource", 0, 0, "", ""},
	{"externalID", 0, 0, "", ""},
	{"podCIDR", 0, 0, "", ""},
	{"podCIDRs", 0, 1, "merge", ""},
	{"providerID", 0, 0, "", ""},
	{"taints", 0, 1, "", ""},
	{"unschedulable", 0, 0, "", ""},
	/* 85: io.k8s.api.core.v1.NodeStatus */
	{"addresses", 0, 1, "merge", "type"},
	{"allocatable", 0, 0, "", ""},
	{"capacity", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"config", 0, 0, "", ""},
	{"daemonEndpoints", 0, 0, "", ""},
	{"images", 0, 1, "", ""},
	{"nodeInfo", 0, 0, "", ""},
	{"phase", 0, 0, "", ""},
	{"volumesAttached", 0, 1, "", ""},
	{"volumesInUse", 0, 1, "", ""},
	/* 86: io.k8s.api.core.v1.PersistentVolume */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 87: io.k8s.api.core.v1.PersistentVolumeClaim */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 89, 0, "", ""},
	/* 88: io.k8s.api.core.v1.PersistentVolumeClaimList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 87, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 89: io.k8s.api.core.v1.PersistentVolumeClaimStatus */
	{"accessModes", 0, 1, "", ""},
	{"capacity", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"phase", 0, 0, "", ""},
	/* 90: io.k8s.api.core.v1.PersistentVolumeClaimTemplate */
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 91: io.k8s.api.core.v1.PersistentVolumeList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 86, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 92: io.k8s.api.core.v1.Pod */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 94, 0, "", ""},
	{"status", 95, 0, "", ""},
	/* 93: io.k8s.api.core.v1.PodList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 92, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 94: io.k8s.api.core.v1.PodSpec */
	{"activeDeadlineSeconds", 0, 0, "", ""},
	{"affinity", 0, 0, "", ""},
	{"automountServiceAccountToken", 0, 0, "", ""},
	{"containers", 70, 1, "merge", "name"},
	{"dnsConfig", 0, 0, "", ""},
	{"dnsPolicy", 0, 0, "", ""},
	{"enableServiceLinks", 0, 0, "", ""},
	{"ephemeralContainers", 73, 1, "merge", "name"},
	{"hostAliases", 0, 1, "merge", "ip"},
	{"hostIPC", 0, 0, "", ""},
	{"hostNetwork", 0, 0, "", ""},
	{"hostPID", 0, 0, "", ""},
	{"hostname", 0, 0, "", ""},
	{"imagePullSecrets", 0, 1, "merge", "name"},
	{"initContainers", 70, 1, "merge", "name"},
	{"nodeName", 0, 0, "", ""},
	{"nodeSelector", 0, 0, "", ""},
	{"overhead", 0, 0, "", ""},
	{"preemptionPolicy", 0, 0, "", ""},
	{"priority", 0, 0, "", ""},
	{"priorityClassName", 0, 0, "", ""},
	{"readinessGates", 0, 1, "", ""},
	{"restartPolicy", 0, 0, "", ""},
	{"runtimeClassName", 0, 0, "", ""},
	{"schedulerName", 0, 0, "", ""},
	{"securityContext", 0, 0, "", ""},
	{"serviceAccount", 0, 0, "", ""},
	{"serviceAccountName", 0, 0, "", ""},
	{"setHostnameAsFQDN", 0, 0, "", ""},
	{"shareProcessNamespace", 0, 0, "", ""},
	{"subdomain", 0, 0, "", ""},
	{"terminationGracePeriodSeconds", 0, 0, "", ""},
	{"tolerations", 0, 1, "", ""},
	{"topologySpreadConstraints", 0, 1, "merge", "topologyKey,whenUnsatisfiable"},
	{"volumes", 113, 1, "merge,retainKeys", "name"},
	/* 95: io.k8s.api.core.v1.PodStatus */
	{"conditions", 0, 1, "merge", "type"},
	{"containerStatuses", 0, 1, "", ""},
	{"ephemeralContainerStatuses", 0, 1, "", ""},
	{"hostIP", 0, 0, "", ""},
	{"initContainerStatuses", 0, 1, "", ""},
	{"message", 0, 0, "", ""},
	{"nominatedNodeName", 0, 0, "", ""},
	{"phase", 0, 0, "", ""},
	{"podIP", 0, 0, "", ""},
	{"podIPs", 0, 1, "merge", "ip"},
	{"qosClass", 0, 0, "", ""},
	{"reason", 0, 0, "", ""},
	{"startTime", 0, 0, "", ""},
	/* 96: io.k8s.api.core.v1.PodTemplate */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"template", 98, 0, "", ""},
	/* 97: io.k8s.api.core.v1.PodTemplateList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 96, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 98: io.k8s.api.core.v1.PodTemplateSpec */
	{"metadata", 195, 0, "", ""},
	{"spec", 94, 0, "", ""},
	/* 99: io.k8s.api.core.v1.ReplicationController */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 101, 0, "", ""},
	{"status", 102, 0, "", ""},
	/* 100: io.k8s.api.core.v1.ReplicationControllerList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 99, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 101: io.k8s.api.core.v1.ReplicationControllerSpec */
	{"minReadySeconds", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"template", 98, 0, "", ""},
	/* 102: io.k8s.api.core.v1.ReplicationControllerStatus */
	{"availableReplicas", 0, 0, "", ""},
	{"conditions", 0, 1, "merge", "type"},
	{"fullyLabeledReplicas", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	{"readyReplicas", 0, 0, "", ""},
	{"replicas", 0, 0, "", ""},
	/* 103: io.k8s.api.core.v1.ResourceQuota */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 104: io.k8s.api.core.v1.ResourceQuotaList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 103, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 105: io.k8s.api.core.v1.Secret */
	{"apiVersion", 0, 0, "", ""},
	{"data", 0, 0, "", ""},
	{"immutable", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"stringData", 0, 0, "", ""},
	{"type", 0, 0, "", ""},
	/* 106: io.k8s.api.core.v1.SecretList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 105, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 107: io.k8s.api.core.v1.Service */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 111, 0, "", ""},
	{"status", 112, 0, "", ""},
	/* 108: io.k8s.api.core.v1.ServiceAccount */
	{"apiVersion", 0, 0, "", ""},
	{"automountServiceAccountToken", 0, 0, "", ""},
	{"imagePullSecrets", 0, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"secrets", 0, 1, "merge", "name"},
	/* 109: io.k8s.api.core.v1.ServiceAccountList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 108, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 110: io.k8s.api.core.v1.ServiceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 107, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 111: io.k8s.api.core.v1.ServiceSpec */
	{"allocateLoadBalancerNodePorts", 0, 0, "", ""},
	{"clusterIP", 0, 0, "", ""},
	{"clusterIPs", 0, 1, "", ""},
	{"externalIPs", 0, 1, "", ""},
	{"externalName", 0, 0, "", ""},
	{"externalTrafficPolicy", 0, 0, "", ""},
	{"healthCheckNodePort", 0, 0, "", ""},
	{"internalTrafficPolicy", 0, 0, "", ""},
	{"ipFamilies", 0, 1, "", ""},
	{"ipFamilyPolicy", 0, 0, "", ""},
	{"loadBalancerClass", 0, 0, "", ""},
	{"loadBalancerIP", 0, 0, "", ""},
	{"loadBalancerSourceRanges", 0, 1, "", ""},
	{"ports", 0, 1, "merge", "port,protocol"},
	{"publishNotReadyAddresses", 0, 0, "", ""},
	{"selector", 0, 0, "", ""},
	{"sessionAffinity", 0, 0, "", ""},
	{"sessionAffinityConfig", 0, 0, "", ""},
	{"topologyKeys", 0, 1, "", ""},
	{"type", 0, 0, "", ""},
	/* 112: io.k8s.api.core.v1.ServiceStatus */
	{"conditions", 0, 1, "merge", "type"},
	{"loadBalancer", 0, 0, "", ""},
	/* 113: io.k8s.api.core.v1.Volume */
	{"awsElasticBlockStore", 0, 0, "", ""},
	{"azureDisk", 0, 0, "", ""},
	{"azureFile", 0, 0, "", ""},
	{"cephfs", 0, 0, "", ""},
	{"cinder", 0, 0, "", ""},
	{"configMap", 0, 0, "", ""},
	{"csi", 0, 0, "", ""},
	{"downwardAPI", 0, 0, "", ""},
	{"emptyDir", 0, 0, "", ""},
	{"ephemeral", 74, 0, "", ""},
	{"fc", 0, 0, "", ""},
	{"flexVolume", 0, 0, "", ""},
	{"flocker", 0, 0, "", ""},
	{"gcePersistentDisk", 0, 0, "", ""},
	{"gitRepo", 0, 0, "", ""},
	{"glusterfs", 0, 0, "", ""},
	{"hostPath", 0, 0, "", ""},
	{"iscsi", 0, 0, "", ""},
	{"name", 0, 0, "", ""},
	{"nfs", 0, 0, "", ""},
	{"persistentVolumeClaim", 0, 0, "", ""},
	{"photonPersistentDisk", 0, 0, "", ""},
	{"portworxVolume", 0, 0, "", ""},
	{"projected", 0, 0, "", ""},
	{"quobyte", 0, 0, "", ""},
	{"rbd", 0, 0, "", ""},
	{"scaleIO", 0, 0, "", ""},
	{"secret", 0, 0, "", ""},
	{"storageos", 0, 0, "", ""},
	{"vsphereVolume", 0, 0, "", ""},
	/* 114: io.k8s.api.discovery.v1.EndpointSlice */
	{"addressType", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"endpoints", 0, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"ports", 0, 1, "", ""},
	/* 115: io.k8s.api.discovery.v1.EndpointSliceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 114, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 116: io.k8s.api.discovery.v1beta1.EndpointSlice */
	{"addressType", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"endpoints", 0, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"ports", 0, 1, "", ""},
	/* 117: io.k8s.api.discovery.v1beta1.EndpointSliceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 116, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 118: io.k8s.api.events.v1.Event */
	{"action", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"deprecatedCount", 0, 0, "", ""},
	{"deprecatedFirstTimestamp", 0, 0, "", ""},
	{"deprecatedLastTimestamp", 0, 0, "", ""},
	{"deprecatedSource", 0, 0, "", ""},
	{"eventTime", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"note", 0, 0, "", ""},
	{"reason", 0, 0, "", ""},
	{"regarding", 0, 0, "", ""},
	{"related", 0, 0, "", ""},
	{"reportingController", 0, 0, "", ""},
	{"reportingInstance", 0, 0, "", ""},
	{"series", 0, 0, "", ""},
	{"type", 0, 0, "", ""},
	/* 119: io.k8s.api.events.v1.EventList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 118, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 120: io.k8s.api.events.v1beta1.Event */
	{"action", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"deprecatedCount", 0, 0, "", ""},
	{"deprecatedFirstTimestamp", 0, 0, "", ""},
	{"deprecatedLastTimestamp", 0, 0, "", ""},
	{"deprecatedSource", 0, 0, "", ""},
	{"eventTime", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"note", 0, 0, "", ""},
	{"reason", 0, 0, "", ""},
	{"regarding", 0, 0, "", ""},
	{"related", 0, 0, "", ""},
	{"reportingController", 0, 0, "", ""},
	{"reportingInstance", 0, 0, "", ""},
	{"series", 0, 0, "", ""},
	{"type", 0, 0, "", ""},
	/* 121: io.k8s.api.events.v1beta1.EventList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 120, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 122: io.k8s.api.extensions.v1beta1.Ingress */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 123: io.k8s.api.extensions.v1beta1.IngressList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 122, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 124: io.k8s.api.flowcontrol.v1beta1.FlowSchema */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 125: io.k8s.api.flowcontrol.v1beta1.FlowSchemaList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 124, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 126: io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 127: io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 126, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 128: io.k8s.api.networking.v1.Ingress */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 129: io.k8s.api.networking.v1.IngressClass */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 130: io.k8s.api.networking.v1.IngressClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 129, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 131: io.k8s.api.networking.v1.IngressList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 128, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 132: io.k8s.api.networking.v1.NetworkPolicy */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 133: io.k8s.api.networking.v1.NetworkPolicyList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 132, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 134: io.k8s.api.networking.v1beta1.Ingress */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 135: io.k8s.api.networking.v1beta1.IngressClass */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 136: io.k8s.api.networking.v1beta1.IngressClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 135, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 137: io.k8s.api.networking.v1beta1.IngressList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 134, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 138: io.k8s.api.node.v1.RuntimeClass */
	{"apiVersion", 0, 0, "", ""},
	{"handler", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"overhead", 0, 0, "", ""},
	{"scheduling", 0, 0, "", ""},
	/* 139: io.k8s.api.node.v1.RuntimeClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 138, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 140: io.k8s.api.node.v1beta1.RuntimeClass */
	{"apiVersion", 0, 0, "", ""},
	{"handler", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"overhead", 0, 0, "", ""},
	{"scheduling", 0, 0, "", ""},
	/* 141: io.k8s.api.node.v1beta1.RuntimeClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 140, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 142: io.k8s.api.policy.v1.PodDisruptionBudget */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 144, 0, "", ""},
	/* 143: io.k8s.api.policy.v1.PodDisruptionBudgetList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 142, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 144: io.k8s.api.policy.v1.PodDisruptionBudgetStatus */
	{"conditions", 0, 1, "merge", "type"},
	{"currentHealthy", 0, 0, "", ""},
	{"desiredHealthy", 0, 0, "", ""},
	{"disruptedPods", 0, 0, "", ""},
	{"disruptionsAllowed", 0, 0, "", ""},
	{"expectedPods", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	/* 145: io.k8s.api.policy.v1beta1.Eviction */
	{"apiVersion", 0, 0, "", ""},
	{"deleteOptions", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	/* 146: io.k8s.api.policy.v1beta1.PodDisruptionBudget */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 148, 0, "", ""},
	/* 147: io.k8s.api.policy.v1beta1.PodDisruptionBudgetList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 146, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 148: io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus */
	{"conditions", 0, 1, "merge", "type"},
	{"currentHealthy", 0, 0, "", ""},
	{"desiredHealthy", 0, 0, "", ""},
	{"disruptedPods", 0, 0, "", ""},
	{"disruptionsAllowed", 0, 0, "", ""},
	{"expectedPods", 0, 0, "", ""},
	{"observedGeneration", 0, 0, "", ""},
	/* 149: io.k8s.api.policy.v1beta1.PodSecurityPolicy */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 150: io.k8s.api.policy.v1beta1.PodSecurityPolicyList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 149, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 151: io.k8s.api.rbac.v1.ClusterRole */
	{"aggregationRule", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"rules", 0, 1, "", ""},
	/* 152: io.k8s.api.rbac.v1.ClusterRoleBinding */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"roleRef", 0, 0, "", ""},
	{"subjects", 0, 1, "", ""},
	/* 153: io.k8s.api.rbac.v1.ClusterRoleBindingList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 152, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 154: io.k8s.api.rbac.v1.ClusterRoleList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 151, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 155: io.k8s.api.rbac.v1.Role */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"rules", 0, 1, "", ""},
	/* 156: io.k8s.api.rbac.v1.RoleBinding */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"roleRef", 0, 0, "", ""},
	{"subjects", 0, 1, "", ""},
	/* 157: io.k8s.api.rbac.v1.RoleBindingList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 156, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 158: io.k8s.api.rbac.v1.RoleList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 155, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 159: io.k8s.api.rbac.v1beta1.ClusterRole */
	{"aggregationRule", 0, 0, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"rules", 0, 1, "", ""},
	/* 160: io.k8s.api.rbac.v1beta1.ClusterRoleBinding */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"roleRef", 0, 0, "", ""},
	{"subjects", 0, 1, "", ""},
	/* 161: io.k8s.api.rbac.v1beta1.ClusterRoleBindingList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 160, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 162: io.k8s.api.rbac.v1beta1.ClusterRoleList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 159, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 163: io.k8s.api.rbac.v1beta1.Role */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"rules", 0, 1, "", ""},
	/* 164: io.k8s.api.rbac.v1beta1.RoleBinding */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"roleRef", 0, 0, "", ""},
	{"subjects", 0, 1, "", ""},
	/* 165: io.k8s.api.rbac.v1beta1.RoleBindingList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 164, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 166: io.k8s.api.rbac.v1beta1.RoleList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 163, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 167: io.k8s.api.scheduling.v1.PriorityClass */
	{"apiVersion", 0, 0, "", ""},
	{"description", 0, 0, "", ""},
	{"globalDefault", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"preemptionPolicy", 0, 0, "", ""},
	{"value", 0, 0, "", ""},
	/* 168: io.k8s.api.scheduling.v1.PriorityClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 167, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 169: io.k8s.api.scheduling.v1beta1.PriorityClass */
	{"apiVersion", 0, 0, "", ""},
	{"description", 0, 0, "", ""},
	{"globalDefault", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"preemptionPolicy", 0, 0, "", ""},
	{"value", 0, 0, "", ""},
	/* 170: io.k8s.api.scheduling.v1beta1.PriorityClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 169, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 171: io.k8s.api.storage.v1.CSIDriver */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 172: io.k8s.api.storage.v1.CSIDriverList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 171, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 173: io.k8s.api.storage.v1.CSINode */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 175, 0, "", ""},
	/* 174: io.k8s.api.storage.v1.CSINodeList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 173, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 175: io.k8s.api.storage.v1.CSINodeSpec */
	{"drivers", 0, 1, "merge", "name"},
	/* 176: io.k8s.api.storage.v1.StorageClass */
	{"allowVolumeExpansion", 0, 0, "", ""},
	{"allowedTopologies", 0, 1, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"mountOptions", 0, 1, "", ""},
	{"parameters", 0, 0, "", ""},
	{"provisioner", 0, 0, "", ""},
	{"reclaimPolicy", 0, 0, "", ""},
	{"volumeBindingMode", 0, 0, "", ""},
	/* 177: io.k8s.api.storage.v1.StorageClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 176, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 178: io.k8s.api.storage.v1.VolumeAttachment */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 179: io.k8s.api.storage.v1.VolumeAttachmentList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 178, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 180: io.k8s.api.storage.v1beta1.CSIDriver */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	/* 181: io.k8s.api.storage.v1beta1.CSIDriverList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 180, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 182: io.k8s.api.storage.v1beta1.CSINode */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 184, 0, "", ""},
	/* 183: io.k8s.api.storage.v1beta1.CSINodeList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 182, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 184: io.k8s.api.storage.v1beta1.CSINodeSpec */
	{"drivers", 0, 1, "merge", "name"},
	/* 185: io.k8s.api.storage.v1beta1.CSIStorageCapacity */
	{"apiVersion", 0, 0, "", ""},
	{"capacity", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"maximumVolumeSize", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"nodeTopology", 0, 0, "", ""},
	{"storageClassName", 0, 0, "", ""},
	/* 186: io.k8s.api.storage.v1beta1.CSIStorageCapacityList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 185, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 187: io.k8s.api.storage.v1beta1.StorageClass */
	{"allowVolumeExpansion", 0, 0, "", ""},
	{"allowedTopologies", 0, 1, "", ""},
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"mountOptions", 0, 1, "", ""},
	{"parameters", 0, 0, "", ""},
	{"provisioner", 0, 0, "", ""},
	{"reclaimPolicy", 0, 0, "", ""},
	{"volumeBindingMode", 0, 0, "", ""},
	/* 188: io.k8s.api.storage.v1beta1.StorageClassList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 187, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 189: io.k8s.api.storage.v1beta1.VolumeAttachment */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 190: io.k8s.api.storage.v1beta1.VolumeAttachmentList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 189, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 191: io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 192: io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 191, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 193: io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 0, 0, "", ""},
	/* 194: io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 193, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 195: io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta */
	{"annotations", 0, 0, "", ""},
	{"clusterName", 0, 0, "", ""},
	{"creationTimestamp", 0, 0, "", ""},
	{"deletionGracePeriodSeconds", 0, 0, "", ""},
	{"deletionTimestamp", 0, 0, "", ""},
	{"finalizers", 0, 1, "merge", ""},
	{"generateName", 0, 0, "", ""},
	{"generation", 0, 0, "", ""},
	{"labels", 0, 0, "", ""},
	{"managedFields", 0, 1, "", ""},
	{"name", 0, 0, "", ""},
	{"namespace", 0, 0, "", ""},
	{"ownerReferences", 0, 1, "merge", "uid"},
	{"resourceVersion", 0, 0, "", ""},
	{"selfLink", 0, 0, "", ""},
	{"uid", 0, 0, "", ""},
	/* 196: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 198, 0, "", ""},
	/* 197: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 196, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 198: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus */
	{"conditions", 0, 1, "merge", "type"},
	/* 199: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService */
	{"apiVersion", 0, 0, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 195, 0, "", ""},
	{"spec", 0, 0, "", ""},
	{"status", 201, 0, "", ""},
	/* 200: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceList */
	{"apiVersion", 0, 0, "", ""},
	{"items", 199, 1, "", ""},
	{"kind", 0, 0, "", ""},
	{"metadata", 0, 0, "", ""},
	/* 201: io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus */
	{"conditions", 0, 1, "merge", "type"},
};

static const fx_kust_sdef sdefs[] = {
	{0, 0}, /* 0: opaque */
	{0, 4}, /* 1: MutatingWebhookConfiguration */
	{4, 4}, /* 2: MutatingWebhookConfigurationList */
	{8, 4}, /* 3: ValidatingWebhookConfiguration */
	{12, 4}, /* 4: ValidatingWebhookConfigurationList */
	{16, 4}, /* 5: MutatingWebhookConfiguration */
	{20, 4}, /* 6: MutatingWebhookConfigurationList */
	{24, 4}, /* 7: ValidatingWebhookConfiguration */
	{28, 4}, /* 8: ValidatingWebhookConfigurationList */
	{32, 5}, /* 9: ControllerRevision */
	{37, 4}, /* 10: ControllerRevisionList */
	{41, 5}, /* 11: DaemonSet */
	{46, 4}, /* 12: DaemonSetList */
	{50, 5}, /* 13: DaemonSetSpec */
	{55, 10}, /* 14: DaemonSetStatus */
	{65, 5}, /* 15: Deployment */
	{70, 4}, /* 16: DeploymentList */
	{74, 8}, /* 17: DeploymentSpec */
	{82, 8}, /* 18: DeploymentStatus */
	{90, 5}, /* 19: ReplicaSet */
	{95, 4}, /* 20: ReplicaSetList */
	{99, 4}, /* 21: ReplicaSetSpec */
	{103, 6}, /* 22: ReplicaSetStatus */
	{109, 5}, /* 23: StatefulSet */
	{114, 4}, /* 24: StatefulSetList */
	{118, 8}, /* 25: StatefulSetSpec */
	{126, 9}, /* 26: StatefulSetStatus */
	{135, 5}, /* 27: TokenRequest */
	{140, 5}, /* 28: TokenReview */
	{145, 5}, /* 29: TokenReview */
	{150, 5}, /* 30: LocalSubjectAccessReview */
	{155, 5}, /* 31: SelfSubjectAccessReview */
	{160, 5}, /* 32: SelfSubjectRulesReview */
	{165, 5}, /* 33: SubjectAccessReview */
	{170, 5}, /* 34: LocalSubjectAccessReview */
	{175, 5}, /* 35: SelfSubjectAccessReview */
	{180, 5}, /* 36: SelfSubjectRulesReview */
	{185, 5}, /* 37: SubjectAccessReview */
	{190, 5}, /* 38: HorizontalPodAutoscaler */
	{195, 4}, /* 39: HorizontalPodAutoscalerList */
	{199, 5}, /* 40: Scale */
	{204, 5}, /* 41: HorizontalPodAutoscaler */
	{209, 4}, /* 42: HorizontalPodAutoscalerList */
	{213, 5}, /* 43: HorizontalPodAutoscaler */
	{218, 4}, /* 44: HorizontalPodAutoscalerList */
	{222, 5}, /* 45: CronJob */
	{227, 4}, /* 46: CronJobList */
	{231, 7}, /* 47: CronJobSpec */
	{238, 5}, /* 48: Job */
	{243, 4}, /* 49: JobList */
	{247, 10}, /* 50: JobSpec */
	{257, 7}, /* 51: JobStatus */
	{264, 2}, /* 52: JobTemplateSpec */
	{266, 5}, /* 53: CronJob */
	{271, 4}, /* 54: CronJobList */
	{275, 7}, /* 55: CronJobSpec */
	{282, 2}, /* 56: JobTemplateSpec */
	{284, 5}, /* 57: CertificateSigningRequest */
	{289, 4}, /* 58: CertificateSigningRequestList */
	{293, 5}, /* 59: CertificateSigningRequest */
	{298, 4}, /* 60: CertificateSigningRequestList */
	{302, 4}, /* 61: Lease */
	{306, 4}, /* 62: LeaseList */
	{310, 4}, /* 63: Lease */
	{314, 4}, /* 64: LeaseList */
	{318, 4}, /* 65: Binding */
	{322, 4}, /* 66: ComponentStatus */
	{326, 4}, /* 67: ComponentStatusList */
	{330, 6}, /* 68: ConfigMap */
	{336, 4}, /* 69: ConfigMapList */
	{340, 22}, /* 70: Container */
	{362, 4}, /* 71: Endpoints */
	{366, 4}, /* 72: EndpointsList */
	{370, 23}, /* 73: EphemeralContainer */
	{393, 1}, /* 74: EphemeralVolumeSource */
	{394, 17}, /* 75: Event */
	{411, 4}, /* 76: EventList */
	{415, 4}, /* 77: LimitRange */
	{419, 4}, /* 78: LimitRangeList */
	{423, 5}, /* 79: Namespace */
	{428, 4}, /* 80: NamespaceList */
	{432, 2}, /* 81: NamespaceStatus */
	{434, 5}, /* 82: Node */
	{439, 4}, /* 83: NodeList */
	{443, 7}, /* 84: NodeSpec */
	{450, 11}, /* 85: NodeStatus */
	{461, 5}, /* 86: PersistentVolume */
	{466, 5}, /* 87: PersistentVolumeClaim */
	{471, 4}, /* 88: PersistentVolumeClaimList */
	{475, 4}, /* 89: PersistentVolumeClaimStatus */
	{479, 2}, /* 90: PersistentVolumeClaimTemplate */
	{481, 4}, /* 91: PersistentVolumeList */
	{485, 5}, /* 92: Pod */
	{490, 4}, /* 93: PodList */
	{494, 35}, /* 94: PodSpec */
	{529, 13}, /* 95: PodStatus */
	{542, 4}, /* 96: PodTemplate */
	{546, 4}, /* 97: PodTemplateList */
	{550, 2}, /* 98: PodTemplateSpec */
	{552, 5}, /* 99: ReplicationController */
	{557, 4}, /* 100: ReplicationControllerList */
	{561, 4}, /* 101: ReplicationControllerSpec */
	{565, 6}, /* 102: ReplicationControllerStatus */
	{571, 5}, /* 103: ResourceQuota */
	{576, 4}, /* 104: ResourceQuotaList */
	{580, 7}, /* 105: Secret */
	{587, 4}, /* 106: SecretList */
	{591, 5}, /* 107: Service */
	{596, 6}, /* 108: ServiceAccount */
	{602, 4}, /* 109: ServiceAccountList */
	{606, 4}, /* 110: ServiceList */
	{610, 20}, /* 111: ServiceSpec */
	{630, 2}, /* 112: ServiceStatus */
	{632, 30}, /* 113: Volume */
	{662, 6}, /* 114: EndpointSlice */
	{668, 4}, /* 115: EndpointSliceList */
	{672, 6}, /* 116: EndpointSlice */
	{678, 4}, /* 117: EndpointSliceList */
	{682, 17}, /* 118: Event */
	{699, 4}, /* 119: EventList */
	{703, 17}, /* 120: Event */
	{720, 4}, /* 121: EventList */
	{724, 5}, /* 122: Ingress */
	{729, 4}, /* 123: IngressList */
	{733, 5}, /* 124: FlowSchema */
	{738, 4}, /* 125: FlowSchemaList */
	{742, 5}, /* 126: PriorityLevelConfiguration */
	{747, 4}, /* 127: PriorityLevelConfigurationList */
	{751, 5}, /* 128: Ingress */
	{756, 4}, /* 129: IngressClass */
	{760, 4}, /* 130: IngressClassList */
	{764, 4}, /* 131: IngressList */
	{768, 4}, /* 132: NetworkPolicy */
	{772, 4}, /* 133: NetworkPolicyList */
	{776, 5}, /* 134: Ingress */
	{781, 4}, /* 135: IngressClass */
	{785, 4}, /* 136: IngressClassList */
	{789, 4}, /* 137: IngressList */
	{793, 6}, /* 138: RuntimeClass */
	{799, 4}, /* 139: RuntimeClassList */
	{803, 6}, /* 140: RuntimeClass */
	{809, 4}, /* 141: RuntimeClassList */
	{813, 5}, /* 142: PodDisruptionBudget */
	{818, 4}, /* 143: PodDisruptionBudgetList */
	{822, 7}, /* 144: PodDisruptionBudgetStatus */
	{829, 4}, /* 145: Eviction */
	{833, 5}, /* 146: PodDisruptionBudget */
	{838, 4}, /* 147: PodDisruptionBudgetList */
	{842, 7}, /* 148: PodDisruptionBudgetStatus */
	{849, 4}, /* 149: PodSecurityPolicy */
	{853, 4}, /* 150: PodSecurityPolicyList */
	{857, 5}, /* 151: ClusterRole */
	{862, 5}, /* 152: ClusterRoleBinding */
	{867, 4}, /* 153: ClusterRoleBindingList */
	{871, 4}, /* 154: ClusterRoleList */
	{875, 4}, /* 155: Role */
	{879, 5}, /* 156: RoleBinding */
	{884, 4}, /* 157: RoleBindingList */
	{888, 4}, /* 158: RoleList */
	{892, 5}, /* 159: ClusterRole */
	{897, 5}, /* 160: ClusterRoleBinding */
	{902, 4}, /* 161: ClusterRoleBindingList */
	{906, 4}, /* 162: ClusterRoleList */
	{910, 4}, /* 163: Role */
	{914, 5}, /* 164: RoleBinding */
	{919, 4}, /* 165: RoleBindingList */
	{923, 4}, /* 166: RoleList */
	{927, 7}, /* 167: PriorityClass */
	{934, 4}, /* 168: PriorityClassList */
	{938, 7}, /* 169: PriorityClass */
	{945, 4}, /* 170: PriorityClassList */
	{949, 4}, /* 171: CSIDriver */
	{953, 4}, /* 172: CSIDriverList */
	{957, 4}, /* 173: CSINode */
	{961, 4}, /* 174: CSINodeList */
	{965, 1}, /* 175: CSINodeSpec */
	{966, 10}, /* 176: StorageClass */
	{976, 4}, /* 177: StorageClassList */
	{980, 5}, /* 178: VolumeAttachment */
	{985, 4}, /* 179: VolumeAttachmentList */
	{989, 4}, /* 180: CSIDriver */
	{993, 4}, /* 181: CSIDriverList */
	{997, 4}, /* 182: CSINode */
	{1001, 4}, /* 183: CSINodeList */
	{1005, 1}, /* 184: CSINodeSpec */
	{1006, 7}, /* 185: CSIStorageCapacity */
	{1013, 4}, /* 186: CSIStorageCapacityList */
	{1017, 10}, /* 187: StorageClass */
	{1027, 4}, /* 188: StorageClassList */
	{1031, 5}, /* 189: VolumeAttachment */
	{1036, 4}, /* 190: VolumeAttachmentList */
	{1040, 5}, /* 191: CustomResourceDefinition */
	{1045, 4}, /* 192: CustomResourceDefinitionList */
	{1049, 5}, /* 193: CustomResourceDefinition */
	{1054, 4}, /* 194: CustomResourceDefinitionList */
	{1058, 16}, /* 195: ObjectMeta */
	{1074, 5}, /* 196: APIService */
	{1079, 4}, /* 197: APIServiceList */
	{1083, 1}, /* 198: APIServiceStatus */
	{1084, 5}, /* 199: APIService */
	{1089, 4}, /* 200: APIServiceList */
	{1093, 1}, /* 201: APIServiceStatus */
};

/* every built-in definition name, sorted, with its index (0: opaque) */
static const struct { const char *name; uint16_t def; } sall[] = {
	{"io.k8s.api.admissionregistration.v1.MutatingWebhook", 0},
	{"io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration", 1},
	{"io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList", 2},
	{"io.k8s.api.admissionregistration.v1.RuleWithOperations", 0},
	{"io.k8s.api.admissionregistration.v1.ServiceReference", 0},
	{"io.k8s.api.admissionregistration.v1.ValidatingWebhook", 0},
	{"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration", 3},
	{"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList", 4},
	{"io.k8s.api.admissionregistration.v1.WebhookClientConfig", 0},
	{"io.k8s.api.admissionregistration.v1beta1.MutatingWebhook", 0},
	{"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration", 5},
	{"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfigurationList", 6},
	{"io.k8s.api.admissionregistration.v1beta1.RuleWithOperations", 0},
	{"io.k8s.api.admissionregistration.v1beta1.ServiceReference", 0},
	{"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhook", 0},
	{"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration", 7},
	{"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfigurationList", 8},
	{"io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig", 0},
	{"io.k8s.api.apps.v1.ControllerRevision", 9},
	{"io.k8s.api.apps.v1.ControllerRevisionList", 10},
	{"io.k8s.api.apps.v1.DaemonSet", 11},
	{"io.k8s.api.apps.v1.DaemonSetCondition", 0},
	{"io.k8s.api.apps.v1.DaemonSetList", 12},
	{"io.k8s.api.apps.v1.DaemonSetSpec", 13},
	{"io.k8s.api.apps.v1.DaemonSetStatus", 14},
	{"io.k8s.api.apps.v1.DaemonSetUpdateStrategy", 0},
	{"io.k8s.api.apps.v1.Deployment", 15},
	{"io.k8s.api.apps.v1.DeploymentCondition", 0},
	{"io.k8s.api.apps.v1.DeploymentList", 16},
	{"io.k8s.api.apps.v1.DeploymentSpec", 17},
	{"io.k8s.api.apps.v1.DeploymentStatus", 18},
	{"io.k8s.api.apps.v1.DeploymentStrategy", 0},
	{"io.k8s.api.apps.v1.ReplicaSet", 19},
	{"io.k8s.api.apps.v1.ReplicaSetCondition", 0},
	{"io.k8s.api.apps.v1.ReplicaSetList", 20},
	{"io.k8s.api.apps.v1.ReplicaSetSpec", 21},
	{"io.k8s.api.apps.v1.ReplicaSetStatus", 22},
	{"io.k8s.api.apps.v1.RollingUpdateDaemonSet", 0},
	{"io.k8s.api.apps.v1.RollingUpdateDeployment", 0},
	{"io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy", 0},
	{"io.k8s.api.apps.v1.StatefulSet", 23},
	{"io.k8s.api.apps.v1.StatefulSetCondition", 0},
	{"io.k8s.api.apps.v1.StatefulSetList", 24},
	{"io.k8s.api.apps.v1.StatefulSetSpec", 25},
	{"io.k8s.api.apps.v1.StatefulSetStatus", 26},
	{"io.k8s.api.apps.v1.StatefulSetUpdateStrategy", 0},
	{"io.k8s.api.authentication.v1.BoundObjectReference", 0},
	{"io.k8s.api.authentication.v1.TokenRequest", 27},
	{"io.k8s.api.authentication.v1.TokenRequestSpec", 0},
	{"io.k8s.api.authentication.v1.TokenRequestStatus", 0},
	{"io.k8s.api.authentication.v1.TokenReview", 28},
	{"io.k8s.api.authentication.v1.TokenReviewSpec", 0},
	{"io.k8s.api.authentication.v1.TokenReviewStatus", 0},
	{"io.k8s.api.authentication.v1.UserInfo", 0},
	{"io.k8s.api.authentication.v1beta1.TokenReview", 29},
	{"io.k8s.api.authentication.v1beta1.TokenReviewSpec", 0},
	{"io.k8s.api.authentication.v1beta1.TokenReviewStatus", 0},
	{"io.k8s.api.authentication.v1beta1.UserInfo", 0},
	{"io.k8s.api.authorization.v1.LocalSubjectAccessReview", 30},
	{"io.k8s.api.authorization.v1.NonResourceAttributes", 0},
	{"io.k8s.api.authorization.v1.NonResourceRule", 0},
	{"io.k8s.api.authorization.v1.ResourceAttributes", 0},
	{"io.k8s.api.authorization.v1.ResourceRule", 0},
	{"io.k8s.api.authorization.v1.SelfSubjectAccessReview", 31},
	{"io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec", 0},
	{"io.k8s.api.authorization.v1.SelfSubjectRulesReview", 32},
	{"io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec", 0},
	{"io.k8s.api.authorization.v1.SubjectAccessReview", 33},
	{"io.k8s.api.authorization.v1.SubjectAccessReviewSpec", 0},
	{"io.k8s.api.authorization.v1.SubjectAccessReviewStatus", 0},
	{"io.k8s.api.authorization.v1.SubjectRulesReviewStatus", 0},
	{"io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview", 34},
	{"io.k8s.api.authorization.v1beta1.NonResourceAttributes", 0},
	{"io.k8s.api.authorization.v1beta1.NonResourceRule", 0},
	{"io.k8s.api.authorization.v1beta1.ResourceAttributes", 0},
	{"io.k8s.api.authorization.v1beta1.ResourceRule", 0},
	{"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview", 35},
	{"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReviewSpec", 0},
	{"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview", 36},
	{"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReviewSpec", 0},
	{"io.k8s.api.authorization.v1beta1.SubjectAccessReview", 37},
	{"io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec", 0},
	{"io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus", 0},
	{"io.k8s.api.authorization.v1beta1.SubjectRulesReviewStatus", 0},
	{"io.k8s.api.autoscaling.v1.CrossVersionObjectReference", 0},
	{"io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler", 38},
	{"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList", 39},
	{"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec", 0},
	{"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus", 0},
	{"io.k8s.api.autoscaling.v1.Scale", 40},
	{"io.k8s.api.autoscaling.v1.ScaleSpec", 0},
	{"io.k8s.api.autoscaling.v1.ScaleStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference", 0},
	{"io.k8s.api.autoscaling.v2beta1.ExternalMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta1.ExternalMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler", 41},
	{"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerCondition", 0},
	{"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerList", 42},
	{"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerSpec", 0},
	{"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.MetricSpec", 0},
	{"io.k8s.api.autoscaling.v2beta1.MetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.ObjectMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta1.ObjectMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.PodsMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta1.PodsMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta1.ResourceMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta1.ResourceMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference", 0},
	{"io.k8s.api.autoscaling.v2beta2.ExternalMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta2.ExternalMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.HPAScalingPolicy", 0},
	{"io.k8s.api.autoscaling.v2beta2.HPAScalingRules", 0},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler", 43},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerBehavior", 0},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerCondition", 0},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerList", 44},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerSpec", 0},
	{"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.MetricIdentifier", 0},
	{"io.k8s.api.autoscaling.v2beta2.MetricSpec", 0},
	{"io.k8s.api.autoscaling.v2beta2.MetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.MetricTarget", 0},
	{"io.k8s.api.autoscaling.v2beta2.MetricValueStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.ObjectMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta2.ObjectMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.PodsMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta2.PodsMetricStatus", 0},
	{"io.k8s.api.autoscaling.v2beta2.ResourceMetricSource", 0},
	{"io.k8s.api.autoscaling.v2beta2.ResourceMetricStatus", 0},
	{"io.k8s.api.batch.v1.CronJob", 45},
	{"io.k8s.api.batch.v1.CronJobList", 46},
	{"io.k8s.api.batch.v1.CronJobSpec", 47},
	{"io.k8s.api.batch.v1.CronJobStatus", 0},
	{"io.k8s.api.batch.v1.Job", 48},
	{"io.k8s.api.batch.v1.JobCondition", 0},
	{"io.k8s.api.batch.v1.JobList", 49},
	{"io.k8s.api.batch.v1.JobSpec", 50},
	{"io.k8s.api.batch.v1.JobStatus", 51},
	{"io.k8s.api.batch.v1.JobTemplateSpec", 52},
	{"io.k8s.api.batch.v1beta1.CronJob", 53},
	{"io.k8s.api.batch.v1beta1.CronJobList", 54},
	{"io.k8s.api.batch.v1beta1.CronJobSpec", 55},
	{"io.k8s.api.batch.v1beta1.CronJobStatus", 0},
	{"io.k8s.api.batch.v1beta1.JobTemplateSpec", 56},
	{"io.k8s.api.certificates.v1.CertificateSigningRequest", 57},
	{"io.k8s.api.certificates.v1.CertificateSigningRequestCondition", 0},
	{"io.k8s.api.certificates.v1.CertificateSigningRequestList", 58},
	{"io.k8s.api.certificates.v1.CertificateSigningRequestSpec", 0},
	{"io.k8s.api.certificates.v1.CertificateSigningRequestStatus", 0},
	{"io.k8s.api.certificates.v1beta1.CertificateSigningRequest", 59},
	{"io.k8s.api.certificates.v1beta1.CertificateSigningRequestCondition", 0},
	{"io.k8s.api.certificates.v1beta1.CertificateSigningRequestList", 60},
	{"io.k8s.api.certificates.v1beta1.CertificateSigningRequestSpec", 0},
	{"io.k8s.api.certificates.v1beta1.CertificateSigningRequestStatus", 0},
	{"io.k8s.api.coordination.v1.Lease", 61},
	{"io.k8s.api.coordination.v1.LeaseList", 62},
	{"io.k8s.api.coordination.v1.LeaseSpec", 0},
	{"io.k8s.api.coordination.v1beta1.Lease", 63},
	{"io.k8s.api.coordination.v1beta1.LeaseList", 64},
	{"io.k8s.api.coordination.v1beta1.LeaseSpec", 0},
	{"io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource", 0},
	{"io.k8s.api.core.v1.Affinity", 0},
	{"io.k8s.api.core.v1.AttachedVolume", 0},
	{"io.k8s.api.core.v1.AzureDiskVolumeSource", 0},
	{"io.k8s.api.core.v1.AzureFilePersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.AzureFileVolumeSource", 0},
	{"io.k8s.api.core.v1.Binding", 65},
	{"io.k8s.api.core.v1.CSIPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.CSIVolumeSource", 0},
	{"io.k8s.api.core.v1.Capabilities", 0},
	{"io.k8s.api.core.v1.CephFSPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.CephFSVolumeSource", 0},
	{"io.k8s.api.core.v1.CinderPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.CinderVolumeSource", 0},
	{"io.k8s.api.core.v1.ClientIPConfig", 0},
	{"io.k8s.api.core.v1.ComponentCondition", 0},
	{"io.k8s.api.core.v1.ComponentStatus", 66},
	{"io.k8s.api.core.v1.ComponentStatusList", 67},
	{"io.k8s.api.core.v1.ConfigMap", 68},
	{"io.k8s.api.core.v1.ConfigMapEnvSource", 0},
	{"io.k8s.api.core.v1.ConfigMapKeySelector", 0},
	{"io.k8s.api.core.v1.ConfigMapList", 69},
	{"io.k8s.api.core.v1.ConfigMapNodeConfigSource", 0},
	{"io.k8s.api.core.v1.ConfigMapProjection", 0},
	{"io.k8s.api.core.v1.ConfigMapVolumeSource", 0},
	{"io.k8s.api.core.v1.Container", 70},
	{"io.k8s.api.core.v1.ContainerImage", 0},
	{"io.k8s.api.core.v1.ContainerPort", 0},
	{"io.k8s.api.core.v1.ContainerState", 0},
	{"io.k8s.api.core.v1.ContainerStateRunning", 0},
	{"io.k8s.api.core.v1.ContainerStateTerminated", 0},
	{"io.k8s.api.core.v1.ContainerStateWaiting", 0},
	{"io.k8s.api.core.v1.ContainerStatus", 0},
	{"io.k8s.api.core.v1.DaemonEndpoint", 0},
	{"io.k8s.api.core.v1.DownwardAPIProjection", 0},
	{"io.k8s.api.core.v1.DownwardAPIVolumeFile", 0},
	{"io.k8s.api.core.v1.DownwardAPIVolumeSource", 0},
	{"io.k8s.api.core.v1.EmptyDirVolumeSource", 0},
	{"io.k8s.api.core.v1.EndpointAddress", 0},
	{"io.k8s.api.core.v1.EndpointPort", 0},
	{"io.k8s.api.core.v1.EndpointSubset", 0},
	{"io.k8s.api.core.v1.Endpoints", 71},
	{"io.k8s.api.core.v1.EndpointsList", 72},
	{"io.k8s.api.core.v1.EnvFromSource", 0},
	{"io.k8s.api.core.v1.EnvVar", 0},
	{"io.k8s.api.core.v1.EnvVarSource", 0},
	{"io.k8s.api.core.v1.EphemeralContainer", 73},
	{"io.k8s.api.core.v1.EphemeralVolumeSource", 74},
	{"io.k8s.api.core.v1.Event", 75},
	{"io.k8s.api.core.v1.EventList", 76},
	{"io.k8s.api.core.v1.EventSeries", 0},
	{"io.k8s.api.core.v1.EventSource", 0},
	{"io.k8s.api.core.v1.ExecAction", 0},
	{"io.k8s.api.core.v1.FCVolumeSource", 0},
	{"io.k8s.api.core.v1.FlexPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.FlexVolumeSource", 0},
	{"io.k8s.api.core.v1.FlockerVolumeSource", 0},
	{"io.k8s.api.core.v1.GCEPersistentDiskVolumeSource", 0},
	{"io.k8s.api.core.v1.GitRepoVolumeSource", 0},
	{"io.k8s.api.core.v1.GlusterfsPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.GlusterfsVolumeSource", 0},
	{"io.k8s.api.core.v1.HTTPGetAction", 0},
	{"io.k8s.api.core.v1.HTTPHeader", 0},
	{"io.k8s.api.core.v1.Handler", 0},
	{"io.k8s.api.core.v1.HostAlias", 0},
	{"io.k8s.api.core.v1.HostPathVolumeSource", 0},
	{"io.k8s.api.core.v1.ISCSIPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.ISCSIVolumeSource", 0},
	{"io.k8s.api.core.v1.KeyToPath", 0},
	{"io.k8s.api.core.v1.Lifecycle", 0},
	{"io.k8s.api.core.v1.LimitRange", 77},
	{"io.k8s.api.core.v1.LimitRangeItem", 0},
	{"io.k8s.api.core.v1.LimitRangeList", 78},
	{"io.k8s.api.core.v1.LimitRangeSpec", 0},
	{"io.k8s.api.core.v1.LoadBalancerIngress", 0},
	{"io.k8s.api.core.v1.LoadBalancerStatus", 0},
	{"io.k8s.api.core.v1.LocalObjectReference", 0},
	{"io.k8s.api.core.v1.LocalVolumeSource", 0},
	{"io.k8s.api.core.v1.NFSVolumeSource", 0},
	{"io.k8s.api.core.v1.Namespace", 79},
	{"io.k8s.api.core.v1.NamespaceCondition", 0},
	{"io.k8s.api.core.v1.NamespaceList", 80},
	{"io.k8s.api.core.v1.NamespaceSpec", 0},
	{"io.k8s.api.core.v1.NamespaceStatus", 81},
	{"io.k8s.api.core.v1.Node", 82},
	{"io.k8s.api.core.v1.NodeAddress", 0},
	{"io.k8s.api.core.v1.NodeAffinity", 0},
	{"io.k8s.api.core.v1.NodeCondition", 0},
	{"io.k8s.api.core.v1.NodeConfigSource", 0},
	{"io.k8s.api.core.v1.NodeConfigStatus", 0},
	{"io.k8s.api.core.v1.NodeDaemonEndpoints", 0},
	{"io.k8s.api.core.v1.NodeList", 83},
	{"io.k8s.api.core.v1.NodeSelector", 0},
	{"io.k8s.api.core.v1.NodeSelectorRequirement", 0},
	{"io.k8s.api.core.v1.NodeSelectorTerm", 0},
	{"io.k8s.api.core.v1.NodeSpec", 84},
	{"io.k8s.api.core.v1.NodeStatus", 85},
	{"io.k8s.api.core.v1.NodeSystemInfo", 0},
	{"io.k8s.api.core.v1.ObjectFieldSelector", 0},
	{"io.k8s.api.core.v1.ObjectReference", 0},
	{"io.k8s.api.core.v1.PersistentVolume", 86},
	{"io.k8s.api.core.v1.PersistentVolumeClaim", 87},
	{"io.k8s.api.core.v1.PersistentVolumeClaimCondition", 0},
	{"io.k8s.api.core.v1.PersistentVolumeClaimList", 88},
	{"io.k8s.api.core.v1.PersistentVolumeClaimSpec", 0},
	{"io.k8s.api.core.v1.PersistentVolumeClaimStatus", 89},
	{"io.k8s.api.core.v1.PersistentVolumeClaimTemplate", 90},
	{"io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource", 0},
	{"io.k8s.api.core.v1.PersistentVolumeList", 91},
	{"io.k8s.api.core.v1.PersistentVolumeSpec", 0},
	{"io.k8s.api.core.v1.PersistentVolumeStatus", 0},
	{"io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource", 0},
	{"io.k8s.api.core.v1.Pod", 92},
	{"io.k8s.api.core.v1.PodAffinity", 0},
	{"io.k8s.api.core.v1.PodAffinityTerm", 0},
	{"io.k8s.api.core.v1.PodAntiAffinity", 0},
	{"io.k8s.api.core.v1.PodCondition", 0},
	{"io.k8s.api.core.v1.PodDNSConfig", 0},
	{"io.k8s.api.core.v1.PodDNSConfigOption", 0},
	{"io.k8s.api.core.v1.PodIP", 0},
	{"io.k8s.api.core.v1.PodList", 93},
	{"io.k8s.api.core.v1.PodReadinessGate", 0},
	{"io.k8s.api.core.v1.PodSecurityContext", 0},
	{"io.k8s.api.core.v1.PodSpec", 94},
	{"io.k8s.api.core.v1.PodStatus", 95},
	{"io.k8s.api.core.v1.PodTemplate", 96},
	{"io.k8s.api.core.v1.PodTemplateList", 97},
	{"io.k8s.api.core.v1.PodTemplateSpec", 98},
	{"io.k8s.api.core.v1.PortStatus", 0},
	{"io.k8s.api.core.v1.PortworxVolumeSource", 0},
	{"io.k8s.api.core.v1.PreferredSchedulingTerm", 0},
	{"io.k8s.api.core.v1.Probe", 0},
	{"io.k8s.api.core.v1.ProjectedVolumeSource", 0},
	{"io.k8s.api.core.v1.QuobyteVolumeSource", 0},
	{"io.k8s.api.core.v1.RBDPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.RBDVolumeSource", 0},
	{"io.k8s.api.core.v1.ReplicationController", 99},
	{"io.k8s.api.core.v1.ReplicationControllerCondition", 0},
	{"io.k8s.api.core.v1.ReplicationControllerList", 100},
	{"io.k8s.api.core.v1.ReplicationControllerSpec", 101},
	{"io.k8s.api.core.v1.ReplicationControllerStatus", 102},
	{"io.k8s.api.core.v1.ResourceFieldSelector", 0},
	{"io.k8s.api.core.v1.ResourceQuota", 103},
	{"io.k8s.api.core.v1.ResourceQuotaList", 104},
	{"io.k8s.api.core.v1.ResourceQuotaSpec", 0},
	{"io.k8s.api.core.v1.ResourceQuotaStatus", 0},
	{"io.k8s.api.core.v1.ResourceRequirements", 0},
	{"io.k8s.api.core.v1.SELinuxOptions", 0},
	{"io.k8s.api.core.v1.ScaleIOPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.ScaleIOVolumeSource", 0},
	{"io.k8s.api.core.v1.ScopeSelector", 0},
	{"io.k8s.api.core.v1.ScopedResourceSelectorRequirement", 0},
	{"io.k8s.api.core.v1.SeccompProfile", 0},
	{"io.k8s.api.core.v1.Secret", 105},
	{"io.k8s.api.core.v1.SecretEnvSource", 0},
	{"io.k8s.api.core.v1.SecretKeySelector", 0},
	{"io.k8s.api.core.v1.SecretList", 106},
	{"io.k8s.api.core.v1.SecretProjection", 0},
	{"io.k8s.api.core.v1.SecretReference", 0},
	{"io.k8s.api.core.v1.SecretVolumeSource", 0},
	{"io.k8s.api.core.v1.SecurityContext", 0},
	{"io.k8s.api.core.v1.Service", 107},
	{"io.k8s.api.core.v1.ServiceAccount", 108},
	{"io.k8s.api.core.v1.ServiceAccountList", 109},
	{"io.k8s.api.core.v1.ServiceAccountTokenProjection", 0},
	{"io.k8s.api.core.v1.ServiceList", 110},
	{"io.k8s.api.core.v1.ServicePort", 0},
	{"io.k8s.api.core.v1.ServiceSpec", 111},
	{"io.k8s.api.core.v1.ServiceStatus", 112},
	{"io.k8s.api.core.v1.SessionAffinityConfig", 0},
	{"io.k8s.api.core.v1.StorageOSPersistentVolumeSource", 0},
	{"io.k8s.api.core.v1.StorageOSVolumeSource", 0},
	{"io.k8s.api.core.v1.Sysctl", 0},
	{"io.k8s.api.core.v1.TCPSocketAction", 0},
	{"io.k8s.api.core.v1.Taint", 0},
	{"io.k8s.api.core.v1.Toleration", 0},
	{"io.k8s.api.core.v1.TopologySelectorLabelRequirement", 0},
	{"io.k8s.api.core.v1.TopologySelectorTerm", 0},
	{"io.k8s.api.core.v1.TopologySpreadConstraint", 0},
	{"io.k8s.api.core.v1.TypedLocalObjectReference", 0},
	{"io.k8s.api.core.v1.Volume", 113},
	{"io.k8s.api.core.v1.VolumeDevice", 0},
	{"io.k8s.api.core.v1.VolumeMount", 0},
	{"io.k8s.api.core.v1.VolumeNodeAffinity", 0},
	{"io.k8s.api.core.v1.VolumeProjection", 0},
	{"io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource", 0},
	{"io.k8s.api.core.v1.WeightedPodAffinityTerm", 0},
	{"io.k8s.api.core.v1.WindowsSecurityContextOptions", 0},
	{"io.k8s.api.discovery.v1.Endpoint", 0},
	{"io.k8s.api.discovery.v1.EndpointConditions", 0},
	{"io.k8s.api.discovery.v1.EndpointHints", 0},
	{"io.k8s.api.discovery.v1.EndpointPort", 0},
	{"io.k8s.api.discovery.v1.EndpointSlice", 114},
	{"io.k8s.api.discovery.v1.EndpointSliceList", 115},
	{"io.k8s.api.discovery.v1.ForZone", 0},
	{"io.k8s.api.discovery.v1beta1.Endpoint", 0},
	{"io.k8s.api.discovery.v1beta1.EndpointConditions", 0},
	{"io.k8s.api.discovery.v1beta1.EndpointHints", 0},
	{"io.k8s.api.discovery.v1beta1.EndpointPort", 0},
	{"io.k8s.api.discovery.v1beta1.EndpointSlice", 116},
	{"io.k8s.api.discovery.v1beta1.EndpointSliceList", 117},
	{"io.k8s.api.discovery.v1beta1.ForZone", 0},
	{"io.k8s.api.events.v1.Event", 118},
	{"io.k8s.api.events.v1.EventList", 119},
	{"io.k8s.api.events.v1.EventSeries", 0},
	{"io.k8s.api.events.v1beta1.Event", 120},
	{"io.k8s.api.events.v1beta1.EventList", 121},
	{"io.k8s.api.events.v1beta1.EventSeries", 0},
	{"io.k8s.api.extensions.v1beta1.HTTPIngressPath", 0},
	{"io.k8s.api.extensions.v1beta1.HTTPIngressRuleValue", 0},
	{"io.k8s.api.extensions.v1beta1.Ingress", 122},
	{"io.k8s.api.extensions.v1beta1.IngressBackend", 0},
	{"io.k8s.api.extensions.v1beta1.IngressList", 123},
	{"io.k8s.api.extensions.v1beta1.IngressRule", 0},
	{"io.k8s.api.extensions.v1beta1.IngressSpec", 0},
	{"io.k8s.api.extensions.v1beta1.IngressStatus", 0},
	{"io.k8s.api.extensions.v1beta1.IngressTLS", 0},
	{"io.k8s.api.flowcontrol.v1beta1.FlowDistinguisherMethod", 0},
	{"io.k8s.api.flowcontrol.v1beta1.FlowSchema", 124},
	{"io.k8s.api.flowcontrol.v1beta1.FlowSchemaCondition", 0},
	{"io.k8s.api.flowcontrol.v1beta1.FlowSchemaList", 125},
	{"io.k8s.api.flowcontrol.v1beta1.FlowSchemaSpec", 0},
	{"io.k8s.api.flowcontrol.v1beta1.FlowSchemaStatus", 0},
	{"io.k8s.api.flowcontrol.v1beta1.GroupSubject", 0},
	{"io.k8s.api.flowcontrol.v1beta1.LimitResponse", 0},
	{"io.k8s.api.flowcontrol.v1beta1.LimitedPriorityLevelConfiguration", 0},
	{"io.k8s.api.flowcontrol.v1beta1.NonResourcePolicyRule", 0},
	{"io.k8s.api.flowcontrol.v1beta1.PolicyRulesWithSubjects", 0},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration", 126},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationCondition", 0},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationList", 127},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationReference", 0},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationSpec", 0},
	{"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationStatus", 0},
	{"io.k8s.api.flowcontrol.v1beta1.QueuingConfiguration", 0},
	{"io.k8s.api.flowcontrol.v1beta1.ResourcePolicyRule", 0},
	{"io.k8s.api.flowcontrol.v1beta1.ServiceAccountSubject", 0},
	{"io.k8s.api.flowcontrol.v1beta1.Subject", 0},
	{"io.k8s.api.flowcontrol.v1beta1.UserSubject", 0},
	{"io.k8s.api.networking.v1.HTTPIngressPath", 0},
	{"io.k8s.api.networking.v1.HTTPIngressRuleValue", 0},
	{"io.k8s.api.networking.v1.IPBlock", 0},
	{"io.k8s.api.networking.v1.Ingress", 128},
	{"io.k8s.api.networking.v1.IngressBackend", 0},
	{"io.k8s.api.networking.v1.IngressClass", 129},
	{"io.k8s.api.networking.v1.IngressClassList", 130},
	{"io.k8s.api.networking.v1.IngressClassParametersReference", 0},
	{"io.k8s.api.networking.v1.IngressClassSpec", 0},
	{"io.k8s.api.networking.v1.IngressList", 131},
	{"io.k8s.api.networking.v1.IngressRule", 0},
	{"io.k8s.api.networking.v1.IngressServiceBackend", 0},
	{"io.k8s.api.networking.v1.IngressSpec", 0},
	{"io.k8s.api.networking.v1.IngressStatus", 0},
	{"io.k8s.api.networking.v1.IngressTLS", 0},
	{"io.k8s.api.networking.v1.NetworkPolicy", 132},
	{"io.k8s.api.networking.v1.NetworkPolicyEgressRule", 0},
	{"io.k8s.api.networking.v1.NetworkPolicyIngressRule", 0},
	{"io.k8s.api.networking.v1.NetworkPolicyList", 133},
	{"io.k8s.api.networking.v1.NetworkPolicyPeer", 0},
	{"io.k8s.api.networking.v1.NetworkPolicyPort", 0},
	{"io.k8s.api.networking.v1.NetworkPolicySpec", 0},
	{"io.k8s.api.networking.v1.ServiceBackendPort", 0},
	{"io.k8s.api.networking.v1beta1.HTTPIngressPath", 0},
	{"io.k8s.api.networking.v1beta1.HTTPIngressRuleValue", 0},
	{"io.k8s.api.networking.v1beta1.Ingress", 134},
	{"io.k8s.api.networking.v1beta1.IngressBackend", 0},
	{"io.k8s.api.networking.v1beta1.IngressClass", 135},
	{"io.k8s.api.networking.v1beta1.IngressClassList", 136},
	{"io.k8s.api.networking.v1beta1.IngressClassParametersReference", 0},
	{"io.k8s.api.networking.v1beta1.IngressClassSpec", 0},
	{"io.k8s.api.networking.v1beta1.IngressList", 137},
	{"io.k8s.api.networking.v1beta1.IngressRule", 0},
	{"io.k8s.api.networking.v1beta1.IngressSpec", 0},
	{"io.k8s.api.networking.v1beta1.IngressStatus", 0},
	{"io.k8s.api.networking.v1beta1.IngressTLS", 0},
	{"io.k8s.api.node.v1.Overhead", 0},
	{"io.k8s.api.node.v1.RuntimeClass", 138},
	{"io.k8s.api.node.v1.RuntimeClassList", 139},
	{"io.k8s.api.node.v1.Scheduling", 0},
	{"io.k8s.api.node.v1beta1.Overhead", 0},
	{"io.k8s.api.node.v1beta1.RuntimeClass", 140},
	{"io.k8s.api.node.v1beta1.RuntimeClassList", 141},
	{"io.k8s.api.node.v1beta1.Scheduling", 0},
	{"io.k8s.api.policy.v1.PodDisruptionBudget", 142},
	{"io.k8s.api.policy.v1.PodDisruptionBudgetList", 143},
	{"io.k8s.api.policy.v1.PodDisruptionBudgetSpec", 0},
	{"io.k8s.api.policy.v1.PodDisruptionBudgetStatus", 144},
	{"io.k8s.api.policy.v1beta1.AllowedCSIDriver", 0},
	{"io.k8s.api.policy.v1beta1.AllowedFlexVolume", 0},
	{"io.k8s.api.policy.v1beta1.AllowedHostPath", 0},
	{"io.k8s.api.policy.v1beta1.Eviction", 145},
	{"io.k8s.api.policy.v1beta1.FSGroupStrategyOptions", 0},
	{"io.k8s.api.policy.v1beta1.HostPortRange", 0},
	{"io.k8s.api.policy.v1beta1.IDRange", 0},
	{"io.k8s.api.policy.v1beta1.PodDisruptionBudget", 146},
	{"io.k8s.api.policy.v1beta1.PodDisruptionBudgetList", 147},
	{"io.k8s.api.policy.v1beta1.PodDisruptionBudgetSpec", 0},
	{"io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus", 148},
	{"io.k8s.api.policy.v1beta1.PodSecurityPolicy", 149},
	{"io.k8s.api.policy.v1beta1.PodSecurityPolicyList", 150},
	{"io.k8s.api.policy.v1beta1.PodSecurityPolicySpec", 0},
	{"io.k8s.api.policy.v1beta1.RunAsGroupStrategyOptions", 0},
	{"io.k8s.api.policy.v1beta1.RunAsUserStrategyOptions", 0},
	{"io.k8s.api.policy.v1beta1.RuntimeClassStrategyOptions", 0},
	{"io.k8s.api.policy.v1beta1.SELinuxStrategyOptions", 0},
	{"io.k8s.api.policy.v1beta1.SupplementalGroupsStrategyOptions", 0},
	{"io.k8s.api.rbac.v1.AggregationRule", 0},
	{"io.k8s.api.rbac.v1.ClusterRole", 151},
	{"io.k8s.api.rbac.v1.ClusterRoleBinding", 152},
	{"io.k8s.api.rbac.v1.ClusterRoleBindingList", 153},
	{"io.k8s.api.rbac.v1.ClusterRoleList", 154},
	{"io.k8s.api.rbac.v1.PolicyRule", 0},
	{"io.k8s.api.rbac.v1.Role", 155},
	{"io.k8s.api.rbac.v1.RoleBinding", 156},
	{"io.k8s.api.rbac.v1.RoleBindingList", 157},
	{"io.k8s.api.rbac.v1.RoleList", 158},
	{"io.k8s.api.rbac.v1.RoleRef", 0},
	{"io.k8s.api.rbac.v1.Subject", 0},
	{"io.k8s.api.rbac.v1beta1.AggregationRule", 0},
	{"io.k8s.api.rbac.v1beta1.ClusterRole", 159},
	{"io.k8s.api.rbac.v1beta1.ClusterRoleBinding", 160},
	{"io.k8s.api.rbac.v1beta1.ClusterRoleBindingList", 161},
	{"io.k8s.api.rbac.v1beta1.ClusterRoleList", 162},
	{"io.k8s.api.rbac.v1beta1.PolicyRule", 0},
	{"io.k8s.api.rbac.v1beta1.Role", 163},
	{"io.k8s.api.rbac.v1beta1.RoleBinding", 164},
	{"io.k8s.api.rbac.v1beta1.RoleBindingList", 165},
	{"io.k8s.api.rbac.v1beta1.RoleList", 166},
	{"io.k8s.api.rbac.v1beta1.RoleRef", 0},
	{"io.k8s.api.rbac.v1beta1.Subject", 0},
	{"io.k8s.api.scheduling.v1.PriorityClass", 167},
	{"io.k8s.api.scheduling.v1.PriorityClassList", 168},
	{"io.k8s.api.scheduling.v1beta1.PriorityClass", 169},
	{"io.k8s.api.scheduling.v1beta1.PriorityClassList", 170},
	{"io.k8s.api.storage.v1.CSIDriver", 171},
	{"io.k8s.api.storage.v1.CSIDriverList", 172},
	{"io.k8s.api.storage.v1.CSIDriverSpec", 0},
	{"io.k8s.api.storage.v1.CSINode", 173},
	{"io.k8s.api.storage.v1.CSINodeDriver", 0},
	{"io.k8s.api.storage.v1.CSINodeList", 174},
	{"io.k8s.api.storage.v1.CSINodeSpec", 175},
	{"io.k8s.api.storage.v1.StorageClass", 176},
	{"io.k8s.api.storage.v1.StorageClassList", 177},
	{"io.k8s.api.storage.v1.TokenRequest", 0},
	{"io.k8s.api.storage.v1.VolumeAttachment", 178},
	{"io.k8s.api.storage.v1.VolumeAttachmentList", 179},
	{"io.k8s.api.storage.v1.VolumeAttachmentSource", 0},
	{"io.k8s.api.storage.v1.VolumeAttachmentSpec", 0},
	{"io.k8s.api.storage.v1.VolumeAttachmentStatus", 0},
	{"io.k8s.api.storage.v1.VolumeError", 0},
	{"io.k8s.api.storage.v1.VolumeNodeResources", 0},
	{"io.k8s.api.storage.v1beta1.CSIDriver", 180},
	{"io.k8s.api.storage.v1beta1.CSIDriverList", 181},
	{"io.k8s.api.storage.v1beta1.CSIDriverSpec", 0},
	{"io.k8s.api.storage.v1beta1.CSINode", 182},
	{"io.k8s.api.storage.v1beta1.CSINodeDriver", 0},
	{"io.k8s.api.storage.v1beta1.CSINodeList", 183},
	{"io.k8s.api.storage.v1beta1.CSINodeSpec", 184},
	{"io.k8s.api.storage.v1beta1.CSIStorageCapacity", 185},
	{"io.k8s.api.storage.v1beta1.CSIStorageCapacityList", 186},
	{"io.k8s.api.storage.v1beta1.StorageClass", 187},
	{"io.k8s.api.storage.v1beta1.StorageClassList", 188},
	{"io.k8s.api.storage.v1beta1.TokenRequest", 0},
	{"io.k8s.api.storage.v1beta1.VolumeAttachment", 189},
	{"io.k8s.api.storage.v1beta1.VolumeAttachmentList", 190},
	{"io.k8s.api.storage.v1beta1.VolumeAttachmentSource", 0},
	{"io.k8s.api.storage.v1beta1.VolumeAttachmentSpec", 0},
	{"io.k8s.api.storage.v1beta1.VolumeAttachmentStatus", 0},
	{"io.k8s.api.storage.v1beta1.VolumeError", 0},
	{"io.k8s.api.storage.v1beta1.VolumeNodeResources", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition", 191},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList", 192},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceConversion", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition", 193},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionCondition", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionList", 194},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionStatus", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionVersion", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceScale", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceStatus", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ExternalDocumentation", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrArray", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrStringArray", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ServiceReference", 0},
	{"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.WebhookClientConfig", 0},
	{"io.k8s.apimachinery.pkg.api.resource.Quantity", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.APIResource", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.Condition", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", 195},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.Patch", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.Status", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.Time", 0},
	{"io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent", 0},
	{"io.k8s.apimachinery.pkg.runtime.RawExtension", 0},
	{"io.k8s.apimachinery.pkg.util.intstr.IntOrString", 0},
	{"io.k8s.apimachinery.pkg.version.Info", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService", 196},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList", 197},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus", 198},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService", 199},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceCondition", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceList", 200},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceSpec", 0},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus", 201},
	{"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.ServiceReference", 0},
};

static const fx_kust_sroot sroots[] = {
	{"admission.k8s.io/v1", "DeleteOptions", 0},
	{"admission.k8s.io/v1", "WatchEvent", 0},
	{"admission.k8s.io/v1beta1", "DeleteOptions", 0},
	{"admission.k8s.io/v1beta1", "WatchEvent", 0},
	{"admissionregistration.k8s.io/v1", "DeleteOptions", 0},
	{"admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", 1},
	{"admissionregistration.k8s.io/v1", "MutatingWebhookConfigurationList", 2},
	{"admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", 3},
	{"admissionregistration.k8s.io/v1", "ValidatingWebhookConfigurationList", 4},
	{"admissionregistration.k8s.io/v1", "WatchEvent", 0},
	{"admissionregistration.k8s.io/v1beta1", "DeleteOptions", 0},
	{"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", 5},
	{"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfigurationList", 6},
	{"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", 7},
	{"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfigurationList", 8},
	{"admissionregistration.k8s.io/v1beta1", "WatchEvent", 0},
	{"apiextensions.k8s.io/v1", "CustomResourceDefinition", 191},
	{"apiextensions.k8s.io/v1", "CustomResourceDefinitionList", 192},
	{"apiextensions.k8s.io/v1", "DeleteOptions", 0},
	{"apiextensions.k8s.io/v1", "WatchEvent", 0},
	{"apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", 193},
	{"apiextensions.k8s.io/v1beta1", "CustomResourceDefinitionList", 194},
	{"apiextensions.k8s.io/v1beta1", "DeleteOptions", 0},
	{"apiextensions.k8s.io/v1beta1", "WatchEvent", 0},
	{"apiregistration.k8s.io/v1", "APIService", 196},
	{"apiregistration.k8s.io/v1", "APIServiceList", 197},
	{"apiregistration.k8s.io/v1", "DeleteOptions", 0},
	{"apiregistration.k8s.io/v1", "WatchEvent", 0},
	{"apiregistration.k8s.io/v1beta1", "APIService", 199},
	{"apiregistration.k8s.io/v1beta1", "APIServiceList", 200},
	{"apiregistration.k8s.io/v1beta1", "DeleteOptions", 0},
	{"apiregistration.k8s.io/v1beta1", "WatchEvent", 0},
	{"apps/v1", "ControllerRevision", 9},
	{"apps/v1", "ControllerRevisionList", 10},
	{"apps/v1", "DaemonSet", 11},
	{"apps/v1", "DaemonSetList", 12},
	{"apps/v1", "DeleteOptions", 0},
	{"apps/v1", "Deployment", 15},
	{"apps/v1", "DeploymentList", 16},
	{"apps/v1", "ReplicaSet", 19},
	{"apps/v1", "ReplicaSetList", 20},
	{"apps/v1", "StatefulSet", 23},
	{"apps/v1", "StatefulSetList", 24},
	{"apps/v1", "WatchEvent", 0},
	{"apps/v1beta1", "DeleteOptions", 0},
	{"apps/v1beta1", "WatchEvent", 0},
	{"apps/v1beta2", "DeleteOptions", 0},
	{"apps/v1beta2", "WatchEvent", 0},
	{"authentication.k8s.io/v1", "DeleteOptions", 0},
	{"authentication.k8s.io/v1", "TokenRequest", 27},
	{"authentication.k8s.io/v1", "TokenReview", 28},
	{"authentication.k8s.io/v1", "WatchEvent", 0},
	{"authentication.k8s.io/v1beta1", "DeleteOptions", 0},
	{"authentication.k8s.io/v1beta1", "TokenReview", 29},
	{"authentication.k8s.io/v1beta1", "WatchEvent", 0},
	{"authorization.k8s.io/v1", "DeleteOptions", 0},
	{"authorization.k8s.io/v1", "LocalSubjectAccessReview", 30},
	{"authorization.k8s.io/v1", "SelfSubjectAccessReview", 31},
	{"authorization.k8s.io/v1", "SelfSubjectRulesReview", 32},
	{"authorization.k8s.io/v1", "SubjectAccessReview", 33},
	{"authorization.k8s.io/v1", "WatchEvent", 0},
	{"authorization.k8s.io/v1beta1", "DeleteOptions", 0},
	{"authorization.k8s.io/v1beta1", "LocalSubjectAccessReview", 34},
	{"authorization.k8s.io/v1beta1", "SelfSubjectAccessReview", 35},
	{"authorization.k8s.io/v1beta1", "SelfSubjectRulesReview", 36},
	{"authorization.k8s.io/v1beta1", "SubjectAccessReview", 37},
	{"authorization.k8s.io/v1beta1", "WatchEvent", 0},
	{"autoscaling/v1", "DeleteOptions", 0},
	{"autoscaling/v1", "HorizontalPodAutoscaler", 38},
	{"autoscaling/v1", "HorizontalPodAutoscalerList", 39},
	{"autoscaling/v1", "Scale", 40},
	{"autoscaling/v1", "WatchEvent", 0},
	{"autoscaling/v2beta1", "DeleteOptions", 0},
	{"autoscaling/v2beta1", "HorizontalPodAutoscaler", 41},
	{"autoscaling/v2beta1", "HorizontalPodAutoscalerList", 42},
	{"autoscaling/v2beta1", "WatchEvent", 0},
	{"autoscaling/v2beta2", "DeleteOptions", 0},
	{"autoscaling/v2beta2", "HorizontalPodAutoscaler", 43},
	{"autoscaling/v2beta2", "HorizontalPodAutoscalerList", 44},
	{"autoscaling/v2beta2", "WatchEvent", 0},
	{"batch/v1", "CronJob", 45},
	{"batch/v1", "CronJobList", 46},
	{"batch/v1", "DeleteOptions", 0},
	{"batch/v1", "Job", 48},
	{"batch/v1", "JobList", 49},
	{"batch/v1", "WatchEvent", 0},
	{"batch/v1beta1", "CronJob", 53},
	{"batch/v1beta1", "CronJobList", 54},
	{"batch/v1beta1", "DeleteOptions", 0},
	{"batch/v1beta1", "WatchEvent", 0},
	{"certificates.k8s.io/v1", "CertificateSigningRequest", 57},
	{"certificates.k8s.io/v1", "CertificateSigningRequestList", 58},
	{"certificates.k8s.io/v1", "DeleteOptions", 0},
	{"certificates.k8s.io/v1", "WatchEvent", 0},
	{"certificates.k8s.io/v1beta1", "CertificateSigningRequest", 59},
	{"certificates.k8s.io/v1beta1", "CertificateSigningRequestList", 60},
	{"certificates.k8s.io/v1beta1", "DeleteOptions", 0},
	{"certificates.k8s.io/v1beta1", "WatchEvent", 0},
	{"coordination.k8s.io/v1", "DeleteOptions", 0},
	{"coordination.k8s.io/v1", "Lease", 61},
	{"coordination.k8s.io/v1", "LeaseList", 62},
	{"coordination.k8s.io/v1", "WatchEvent", 0},
	{"coordination.k8s.io/v1beta1", "DeleteOptions", 0},
	{"coordination.k8s.io/v1beta1", "Lease", 63},
	{"coordination.k8s.io/v1beta1", "LeaseList", 64},
	{"coordination.k8s.io/v1beta1", "WatchEvent", 0},
	{"discovery.k8s.io/v1", "DeleteOptions", 0},
	{"discovery.k8s.io/v1", "EndpointSlice", 114},
	{"discovery.k8s.io/v1", "EndpointSliceList", 115},
	{"discovery.k8s.io/v1", "WatchEvent", 0},
	{"discovery.k8s.io/v1beta1", "DeleteOptions", 0},
	{"discovery.k8s.io/v1beta1", "EndpointSlice", 116},
	{"discovery.k8s.io/v1beta1", "EndpointSliceList", 117},
	{"discovery.k8s.io/v1beta1", "WatchEvent", 0},
	{"events.k8s.io/v1", "DeleteOptions", 0},
	{"events.k8s.io/v1", "Event", 118},
	{"events.k8s.io/v1", "EventList", 119},
	{"events.k8s.io/v1", "WatchEvent", 0},
	{"events.k8s.io/v1beta1", "DeleteOptions", 0},
	{"events.k8s.io/v1beta1", "Event", 120},
	{"events.k8s.io/v1beta1", "EventList", 121},
	{"events.k8s.io/v1beta1", "WatchEvent", 0},
	{"extensions/v1beta1", "DeleteOptions", 0},
	{"extensions/v1beta1", "Ingress", 122},
	{"extensions/v1beta1", "IngressList", 123},
	{"extensions/v1beta1", "WatchEvent", 0},
	{"flowcontrol.apiserver.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"flowcontrol.apiserver.k8s.io/v1alpha1", "WatchEvent", 0},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "DeleteOptions", 0},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", 124},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchemaList", 125},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration", 126},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfigurationList", 127},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "WatchEvent", 0},
	{"imagepolicy.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"imagepolicy.k8s.io/v1alpha1", "WatchEvent", 0},
	{"internal.apiserver.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"internal.apiserver.k8s.io/v1alpha1", "WatchEvent", 0},
	{"networking.k8s.io/v1", "DeleteOptions", 0},
	{"networking.k8s.io/v1", "Ingress", 128},
	{"networking.k8s.io/v1", "IngressClass", 129},
	{"networking.k8s.io/v1", "IngressClassList", 130},
	{"networking.k8s.io/v1", "IngressList", 131},
	{"networking.k8s.io/v1", "NetworkPolicy", 132},
	{"networking.k8s.io/v1", "NetworkPolicyList", 133},
	{"networking.k8s.io/v1", "WatchEvent", 0},
	{"networking.k8s.io/v1beta1", "DeleteOptions", 0},
	{"networking.k8s.io/v1beta1", "Ingress", 134},
	{"networking.k8s.io/v1beta1", "IngressClass", 135},
	{"networking.k8s.io/v1beta1", "IngressClassList", 136},
	{"networking.k8s.io/v1beta1", "IngressList", 137},
	{"networking.k8s.io/v1beta1", "WatchEvent", 0},
	{"node.k8s.io/v1", "DeleteOptions", 0},
	{"node.k8s.io/v1", "RuntimeClass", 138},
	{"node.k8s.io/v1", "RuntimeClassList", 139},
	{"node.k8s.io/v1", "WatchEvent", 0},
	{"node.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"node.k8s.io/v1alpha1", "WatchEvent", 0},
	{"node.k8s.io/v1beta1", "DeleteOptions", 0},
	{"node.k8s.io/v1beta1", "RuntimeClass", 140},
	{"node.k8s.io/v1beta1", "RuntimeClassList", 141},
	{"node.k8s.io/v1beta1", "WatchEvent", 0},
	{"policy/v1", "DeleteOptions", 0},
	{"policy/v1", "PodDisruptionBudget", 142},
	{"policy/v1", "PodDisruptionBudgetList", 143},
	{"policy/v1", "WatchEvent", 0},
	{"policy/v1beta1", "DeleteOptions", 0},
	{"policy/v1beta1", "Eviction", 145},
	{"policy/v1beta1", "PodDisruptionBudget", 146},
	{"policy/v1beta1", "PodDisruptionBudgetList", 147},
	{"policy/v1beta1", "PodSecurityPolicy", 149},
	{"policy/v1beta1", "PodSecurityPolicyList", 150},
	{"policy/v1beta1", "WatchEvent", 0},
	{"rbac.authorization.k8s.io/v1", "ClusterRole", 151},
	{"rbac.authorization.k8s.io/v1", "ClusterRoleBinding", 152},
	{"rbac.authorization.k8s.io/v1", "ClusterRoleBindingList", 153},
	{"rbac.authorization.k8s.io/v1", "ClusterRoleList", 154},
	{"rbac.authorization.k8s.io/v1", "DeleteOptions", 0},
	{"rbac.authorization.k8s.io/v1", "Role", 155},
	{"rbac.authorization.k8s.io/v1", "RoleBinding", 156},
	{"rbac.authorization.k8s.io/v1", "RoleBindingList", 157},
	{"rbac.authorization.k8s.io/v1", "RoleList", 158},
	{"rbac.authorization.k8s.io/v1", "WatchEvent", 0},
	{"rbac.authorization.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"rbac.authorization.k8s.io/v1alpha1", "WatchEvent", 0},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRole", 159},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", 160},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRoleBindingList", 161},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRoleList", 162},
	{"rbac.authorization.k8s.io/v1beta1", "DeleteOptions", 0},
	{"rbac.authorization.k8s.io/v1beta1", "Role", 163},
	{"rbac.authorization.k8s.io/v1beta1", "RoleBinding", 164},
	{"rbac.authorization.k8s.io/v1beta1", "RoleBindingList", 165},
	{"rbac.authorization.k8s.io/v1beta1", "RoleList", 166},
	{"rbac.authorization.k8s.io/v1beta1", "WatchEvent", 0},
	{"scheduling.k8s.io/v1", "DeleteOptions", 0},
	{"scheduling.k8s.io/v1", "PriorityClass", 167},
	{"scheduling.k8s.io/v1", "PriorityClassList", 168},
	{"scheduling.k8s.io/v1", "WatchEvent", 0},
	{"scheduling.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"scheduling.k8s.io/v1alpha1", "WatchEvent", 0},
	{"scheduling.k8s.io/v1beta1", "DeleteOptions", 0},
	{"scheduling.k8s.io/v1beta1", "PriorityClass", 169},
	{"scheduling.k8s.io/v1beta1", "PriorityClassList", 170},
	{"scheduling.k8s.io/v1beta1", "WatchEvent", 0},
	{"storage.k8s.io/v1", "CSIDriver", 171},
	{"storage.k8s.io/v1", "CSIDriverList", 172},
	{"storage.k8s.io/v1", "CSINode", 173},
	{"storage.k8s.io/v1", "CSINodeList", 174},
	{"storage.k8s.io/v1", "DeleteOptions", 0},
	{"storage.k8s.io/v1", "StorageClass", 176},
	{"storage.k8s.io/v1", "StorageClassList", 177},
	{"storage.k8s.io/v1", "VolumeAttachment", 178},
	{"storage.k8s.io/v1", "VolumeAttachmentList", 179},
	{"storage.k8s.io/v1", "WatchEvent", 0},
	{"storage.k8s.io/v1alpha1", "DeleteOptions", 0},
	{"storage.k8s.io/v1alpha1", "WatchEvent", 0},
	{"storage.k8s.io/v1beta1", "CSIDriver", 180},
	{"storage.k8s.io/v1beta1", "CSIDriverList", 181},
	{"storage.k8s.io/v1beta1", "CSINode", 182},
	{"storage.k8s.io/v1beta1", "CSINodeList", 183},
	{"storage.k8s.io/v1beta1", "CSIStorageCapacity", 185},
	{"storage.k8s.io/v1beta1", "CSIStorageCapacityList", 186},
	{"storage.k8s.io/v1beta1", "DeleteOptions", 0},
	{"storage.k8s.io/v1beta1", "StorageClass", 187},
	{"storage.k8s.io/v1beta1", "StorageClassList", 188},
	{"storage.k8s.io/v1beta1", "VolumeAttachment", 189},
	{"storage.k8s.io/v1beta1", "VolumeAttachmentList", 190},
	{"storage.k8s.io/v1beta1", "WatchEvent", 0},
	{"v1", "APIGroup", 0},
	{"v1", "APIGroupList", 0},
	{"v1", "APIResourceList", 0},
	{"v1", "APIVersions", 0},
	{"v1", "Binding", 65},
	{"v1", "ComponentStatus", 66},
	{"v1", "ComponentStatusList", 67},
	{"v1", "ConfigMap", 68},
	{"v1", "ConfigMapList", 69},
	{"v1", "DeleteOptions", 0},
	{"v1", "Endpoints", 71},
	{"v1", "EndpointsList", 72},
	{"v1", "Event", 75},
	{"v1", "EventList", 76},
	{"v1", "LimitRange", 77},
	{"v1", "LimitRangeList", 78},
	{"v1", "Namespace", 79},
	{"v1", "NamespaceList", 80},
	{"v1", "Node", 82},
	{"v1", "NodeList", 83},
	{"v1", "PersistentVolume", 86},
	{"v1", "PersistentVolumeClaim", 87},
	{"v1", "PersistentVolumeClaimList", 88},
	{"v1", "PersistentVolumeList", 91},
	{"v1", "Pod", 92},
	{"v1", "PodList", 93},
	{"v1", "PodTemplate", 96},
	{"v1", "PodTemplateList", 97},
	{"v1", "ReplicationController", 99},
	{"v1", "ReplicationControllerList", 100},
	{"v1", "ResourceQuota", 103},
	{"v1", "ResourceQuotaList", 104},
	{"v1", "Secret", 105},
	{"v1", "SecretList", 106},
	{"v1", "Service", 107},
	{"v1", "ServiceAccount", 108},
	{"v1", "ServiceAccountList", 109},
	{"v1", "ServiceList", 110},
	{"v1", "Status", 0},
	{"v1", "WatchEvent", 0},
};

/* ------------------------------------------------------------------ */

static fx_kust_sref absent(void)
{
	return (fx_kust_sref){.present = false, .strategy = "", .keys = ""};
}

static fx_kust_sref object(uint16_t def)
{
	return (fx_kust_sref){.present = true, .def = def, .strategy = "", .keys = ""};
}

fx_kust_sref fx_kust__schema_for(const char *api_version, const char *kind)
{
	size_t lo = 0, hi = sizeof sroots / sizeof sroots[0];
	if (!api_version || !kind)
		return absent();
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(sroots[mid].api_version, api_version);
		if (c == 0)
			c = strcmp(sroots[mid].kind, kind);
		if (c == 0)
			return object(sroots[mid].def);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return absent();
}

fx_kust_sref fx_kust__schema_field(fx_kust_sref s, const char *key)
{
	if (!s.present || s.is_array)
		return absent();
	if (s.def == 0)
		return object(0);
	const fx_kust_sdef *d = &sdefs[s.def];
	size_t lo = d->first, hi = (size_t)d->first + d->count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(sfields[mid].name, key);
		if (c == 0) {
			const fx_kust_sfield *f = &sfields[mid];
			return (fx_kust_sref){.present = true,
					      .is_array = f->is_array != 0,
					      .def = f->child,
					      .strategy = f->strategy,
					      .keys = f->keys};
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return absent();
}

fx_kust_sref fx_kust__schema_items(fx_kust_sref s)
{
	if (!s.present)
		return absent();
	if (!s.is_array)
		return s.def == 0 ? object(0) : absent();
	return object(s.def);
}

uint16_t fx_kust__schema_def_index(const char *name, bool *known)
{
	size_t lo = 0, hi = sizeof sall / sizeof sall[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(sall[mid].name, name);
		if (c == 0) {
			*known = true;
			return sall[mid].def;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*known = false;
	return 0;
}
