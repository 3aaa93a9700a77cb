// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`), one file per overlay:
//
//   node validate.mjs target/k8s/dev.yaml target/k8s/prod.yaml
//
// 1. Schema: every built-in object against the Kubernetes OpenAPI schemas that the kubernetes-models package ships
//    (types, formats such as quantities, required fields, enums); custom resources against ./crd-schemas.mjs.
//    An object of a kind without a schema is an error, so nothing passes unchecked.
// 2. Invariants of this project: pinned images, requests and limits, probes, non-root and read-only containers,
//    no Secret values, no removed API versions, and references that resolve within the overlay (Service selectors,
//    Ingress backends, autoscaler targets, ConfigMaps, the database cluster and its backups).
//
// Prints one line per problem and exits 1 when there is any.

import { readFileSync } from "node:fs";
import { basename } from "node:path";

import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

import { crdSchemas } from "./crd-schemas.mjs";

const REMOVED_API_VERSIONS = new Set([
  "extensions/v1beta1", "networking.k8s.io/v1beta1", "policy/v1beta1", "autoscaling/v2beta1", "autoscaling/v2beta2",
  "batch/v1beta1", "apps/v1beta1", "apps/v1beta2", "rbac.authorization.k8s.io/v1beta1",
]);
const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"]);
const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod"]);
const HEALTH_PATHS = { startupProbe: "/q/health/started", livenessProbe: "/q/health/live", readinessProbe: "/q/health/ready" };

const ajv = new Ajv({ allErrors: true, strict: false });
const crdValidators = Object.fromEntries(Object.entries(crdSchemas).map(([key, schema]) => [key, ajv.compile(schema)]));

let problems = 0;
let checked = 0;

for (const file of process.argv.slice(2)) {
  const overlay = basename(file).replace(/\.ya?ml$/, "");
  const objects = parse(file, overlay);
  for (const object of objects) {
    checked++;
    await validateSchema(overlay, object);
  }
  checkInvariants(overlay, objects);
}

if (checked === 0) {
  report("-", "no manifests given or found");
}
console.log(`${checked} manifests checked, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);

function report(where, message) {
  problems++;
  console.log(`FAIL ${where}: ${message}`);
}

function id(overlay, object) {
  return `${overlay} ${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
}

function parse(file, overlay) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      document.errors.forEach((error) => report(overlay, `YAML: ${error.message}`));
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string"
        || typeof object.metadata?.name !== "string") {
      report(id(overlay, object), "apiVersion, kind and metadata.name are required");
      continue;
    }
    objects.push(object);
  }
  return objects;
}

async function validateSchema(overlay, object) {
  const where = id(overlay, object);
  const key = `${object.apiVersion} ${object.kind}`;
  if (REMOVED_API_VERSIONS.has(object.apiVersion)) {
    report(where, `${object.apiVersion} is removed from current Kubernetes releases`);
    return;
  }
  if (crdValidators[key]) {
    const validate = crdValidators[key];
    if (!validate(object)) {
      validate.errors.forEach((error) => report(where, `${error.instancePath || "/"} ${error.message}`
          + (error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : "")));
    }
    return;
  }
  const model = await builtInModel(object.apiVersion, object.kind);
  if (!model) {
    report(where, `no schema for ${key}: not a built-in kind, and not in crd-schemas.mjs`);
    return;
  }
  try {
    new model(object).validate();
  } catch (error) {
    const details = error.errors ?? error.details;
    if (Array.isArray(details) && details.length > 0) {
      details.forEach((detail) => report(where, `${detail.instancePath || "/"} ${detail.message}`));
    } else {
      report(where, error.message);
    }
  }
}

async function builtInModel(apiVersion, kind) {
  // "v1" is the core group; "apps/v1" and "networking.k8s.io/v1" are named groups.
  if (!/^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/.test(apiVersion)) {
    return null;
  }
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return module[kind] ?? null;
  } catch {
    return null;
  }
}

function checkInvariants(overlay, objects) {
  const byKind = (kind) => objects.filter((object) => object.kind === kind);
  const find = (kind, name) => objects.find((object) => object.kind === kind && object.metadata.name === name);
  const templates = objects.filter((object) => WORKLOADS.has(object.kind))
      .map((object) => ({ object, pod: podTemplate(object) }))
      .filter((entry) => entry.pod);

  // One namespace per overlay, given by its Namespace object.
  const namespaces = byKind("Namespace").map((namespace) => namespace.metadata.name);
  if (namespaces.length !== 1) {
    report(overlay, `expected exactly one Namespace object, found ${namespaces.length}`);
  }
  for (const object of objects) {
    if (object.kind !== "Namespace" && object.metadata.namespace !== namespaces[0]) {
      report(id(overlay, object), `namespace is ${object.metadata.namespace}, not the overlay's ${namespaces[0]}`);
    }
  }

  // Secret references only: values never live in Git.
  for (const secret of byKind("Secret")) {
    report(id(overlay, secret), "Secrets must not be in the manifests; reference Secrets created outside Git");
  }

  for (const { object, pod } of templates) {
    checkPod(overlay, object, pod, find);
  }

  for (const service of byKind("Service")) {
    const selector = service.spec?.selector ?? {};
    const targets = templates.filter(({ pod }) => matches(selector, pod.metadata?.labels));
    if (Object.keys(selector).length === 0 || targets.length === 0) {
      report(id(overlay, service), "selector matches no pod template");
    }
    for (const port of service.spec?.ports ?? []) {
      if (typeof port.targetPort === "string"
          && !targets.some(({ pod }) => containers(pod).some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)))) {
        report(id(overlay, service), `targetPort ${port.targetPort} is not a port of the selected containers`);
      }
    }
  }

  for (const ingress of byKind("Ingress")) {
    for (const rule of ingress.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend?.service;
        const service = backend && find("Service", backend.name);
        if (!service) {
          report(id(overlay, ingress), `backend service ${backend?.name} does not exist`);
        } else if (!(service.spec?.ports ?? []).some((p) => p.name === backend.port?.name || p.port === backend.port?.number)) {
          report(id(overlay, ingress), `service ${backend.name} has no port ${backend.port?.name ?? backend.port?.number}`);
        }
        if (path.path?.startsWith("/q")) {
          report(id(overlay, ingress), "health and metrics (/q/...) must not be exposed");
        }
      }
    }
    const hosts = (ingress.spec?.rules ?? []).map((rule) => rule.host);
    const tlsHosts = (ingress.spec?.tls ?? []).flatMap((tls) => tls.hosts ?? []);
    hosts.filter((host) => !tlsHosts.includes(host)).forEach((host) => report(id(overlay, ingress), `host ${host} has no TLS`));
  }

  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const target = find(hpa.spec?.scaleTargetRef?.kind, hpa.spec?.scaleTargetRef?.name);
    if (!target) {
      report(id(overlay, hpa), `scale target ${hpa.spec?.scaleTargetRef?.kind}/${hpa.spec?.scaleTargetRef?.name} does not exist`);
    } else if (target.spec?.replicas !== undefined
        && (target.spec.replicas < (hpa.spec.minReplicas ?? 1) || target.spec.replicas > hpa.spec.maxReplicas)) {
      report(id(overlay, hpa), `${target.kind} replicas ${target.spec.replicas} outside ${hpa.spec.minReplicas}..${hpa.spec.maxReplicas}`);
    }
  }

  for (const selecting of [...byKind("PodDisruptionBudget"), ...byKind("NetworkPolicy")]) {
    const selector = selecting.kind === "NetworkPolicy" ? selecting.spec?.podSelector : selecting.spec?.selector;
    if (!templates.some(({ pod }) => matches(selector?.matchLabels ?? {}, pod.metadata?.labels))) {
      report(id(overlay, selecting), "selector matches no pod template");
    }
  }
  for (const { object, pod } of templates) {
    if (LONG_RUNNING.has(object.kind) && object.kind !== "Pod") {
      if (!byKind("PodDisruptionBudget").some((pdb) => matches(pdb.spec?.selector?.matchLabels ?? {}, pod.metadata?.labels))) {
        report(id(overlay, object), "no PodDisruptionBudget covers its pods");
      }
      if (!byKind("NetworkPolicy").some((np) => matches(np.spec?.podSelector?.matchLabels ?? {}, pod.metadata?.labels))) {
        report(id(overlay, object), "no NetworkPolicy covers its pods");
      }
    }
  }

  const clusters = objects.filter((object) => object.apiVersion === "postgresql.cnpg.io/v1" && object.kind === "Cluster");
  for (const cluster of clusters) {
    checkImage(id(overlay, cluster), "imageName", cluster.spec?.imageName);
    if ((cluster.spec?.instances ?? 0) < 3) {
      report(id(overlay, cluster), "needs 3 instances: one primary and two replicas");
    }
    checkResources(id(overlay, cluster), "spec", cluster.spec?.resources);
    for (const plugin of cluster.spec?.plugins ?? []) {
      const store = plugin.parameters?.barmanObjectName;
      if (store && !objects.some((object) => object.kind === "ObjectStore" && object.metadata.name === store)) {
        report(id(overlay, cluster), `plugin ${plugin.name} names ObjectStore ${store}, which does not exist`);
      }
    }
  }
  for (const backup of objects.filter((object) => object.kind === "ScheduledBackup")) {
    if (!clusters.some((cluster) => cluster.metadata.name === backup.spec?.cluster?.name)) {
      report(id(overlay, backup), `cluster ${backup.spec?.cluster?.name} does not exist`);
    }
    if (backup.spec?.method === "plugin" && !clusters.some((cluster) => (cluster.spec?.plugins ?? [])
        .some((plugin) => plugin.name === backup.spec.pluginConfiguration?.name))) {
      report(id(overlay, backup), `no Cluster enables plugin ${backup.spec.pluginConfiguration?.name}`);
    }
  }
}

function checkPod(overlay, object, pod, find) {
  const where = id(overlay, object);
  const spec = pod.spec ?? {};
  const podSecurity = spec.securityContext ?? {};
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC) {
    report(where, "must not share the host's network, PID or IPC namespace");
  }
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const at = `${where} container ${container.name}`;
    const security = container.securityContext ?? {};
    checkImage(at, "image", container.image);
    checkResources(at, "", container.resources);
    if ((security.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) {
      report(at, "runAsNonRoot must be true (pod or container securityContext)");
    }
    if (security.runAsUser === 0 || podSecurity.runAsUser === 0) {
      report(at, "must not run as user 0");
    }
    if (security.privileged) {
      report(at, "must not be privileged");
    }
    if (security.allowPrivilegeEscalation !== false) {
      report(at, "allowPrivilegeEscalation must be false");
    }
    if (security.readOnlyRootFilesystem !== true) {
      report(at, "readOnlyRootFilesystem must be true");
    }
    if (!(security.capabilities?.drop ?? []).includes("ALL")) {
      report(at, "capabilities must drop ALL");
    }
    if ((security.seccompProfile?.type ?? podSecurity.seccompProfile?.type) !== "RuntimeDefault") {
      report(at, "seccompProfile must be RuntimeDefault (pod or container)");
    }
    for (const source of container.envFrom ?? []) {
      if (source.configMapRef && !find("ConfigMap", source.configMapRef.name)) {
        report(at, `envFrom ConfigMap ${source.configMapRef.name} is not in the overlay`);
      }
    }
    for (const variable of container.env ?? []) {
      const ref = variable.valueFrom?.configMapKeyRef;
      if (ref && !find("ConfigMap", ref.name)) {
        report(at, `env ${variable.name}: ConfigMap ${ref.name} is not in the overlay`);
      }
    }
  }
  if (!LONG_RUNNING.has(object.kind)) {
    return;
  }
  for (const container of spec.containers ?? []) {
    const at = `${where} container ${container.name}`;
    const ports = (container.ports ?? []).flatMap((port) => [port.name, port.containerPort]);
    for (const [probe, path] of Object.entries(HEALTH_PATHS)) {
      const definition = container[probe];
      if (!definition) {
        report(at, `${probe} is missing`);
        continue;
      }
      if (definition.httpGet) {
        if (definition.httpGet.path !== path) {
          report(at, `${probe} should ask ${path}, asks ${definition.httpGet.path}`);
        }
        if (!ports.includes(definition.httpGet.port)) {
          report(at, `${probe} port ${definition.httpGet.port} is not a container port`);
        }
      }
    }
    const preStopSeconds = container.lifecycle?.preStop?.sleep?.seconds ?? 0;
    const grace = spec.terminationGracePeriodSeconds ?? 30;
    if (!container.lifecycle?.preStop) {
      report(at, "needs a preStop hook, so endpoints are removed before the process is asked to stop");
    } else if (preStopSeconds >= grace) {
      report(at, `preStop sleep ${preStopSeconds}s leaves nothing of terminationGracePeriodSeconds ${grace}`);
    }
  }
}

function checkImage(at, field, image) {
  if (typeof image !== "string" || image.length === 0) {
    report(at, `${field} is missing`);
    return;
  }
  if (image.includes("@sha256:")) {
    return;
  }
  const lastPart = image.split("/").pop();
  const tag = lastPart.includes(":") ? lastPart.split(":").pop() : null;
  if (!tag) {
    report(at, `${field} ${image} has no tag: pin a version`);
  } else if (tag === "latest") {
    report(at, `${field} ${image} uses the latest tag: pin a version`);
  }
}

function checkResources(at, prefix, resources) {
  for (const kind of ["requests", "limits"]) {
    for (const resource of ["cpu", "memory"]) {
      if (resources?.[kind]?.[resource] === undefined) {
        report(at, `${prefix ? prefix + "." : ""}resources.${kind}.${resource} is not set`);
      }
    }
  }
}

function podTemplate(object) {
  switch (object.kind) {
    case "Pod":
      return object;
    case "CronJob":
      return object.spec?.jobTemplate?.spec?.template;
    default:
      return object.spec?.template;
  }
}

function containers(pod) {
  return pod.spec?.containers ?? [];
}

function matches(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}
