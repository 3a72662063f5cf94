// Offline checks of the deployment files, run by deploy/verify (which installs the packages first):
//
//   node validate.mjs kubernetes RENDERED.yaml KUSTOMIZE_DIR
//     every object that "kubectl kustomize" rendered against its schema: Kubernetes' own kinds with the
//     npm package kubernetes-models (schemas generated from Kubernetes' OpenAPI), CloudNativePG's Cluster
//     with the schema of its CRD (schemas/postgresql.cnpg.io_clusters.yaml), in which unknown fields are
//     errors, as the API server's strict field validation makes them; then what no schema can see: every
//     manifest in the folder is in the kustomization, selectors find their pods, the Service and its port
//     that the Ingress names exist, probes exist, the Secrets pods read exist or are made outside on purpose.
//
//   node validate.mjs compose COMPOSE.yaml ENV_EXAMPLE
//     the Compose file, with YAML anchors merged and ${VARIABLES} taken from ENV_EXAMPLE, against the
//     Compose Specification's JSON schema (schemas/compose-spec.json); then the references between its
//     parts (services, secrets, networks, volumes, files in the repository) and that the portal trusts
//     HAProxy's forwarded headers.
//
// Prints what it checks and every problem; exits with 1 when there is one.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));

let problems = 0;
const problem = (message) => {
  console.log(`  PROBLEM: ${message}`);
  problems++;
};
const step = (message) => console.log(`- ${message}`);

function ajvErrors(errors, limit = 8) {
  const detail = (e) =>
    e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : e.params?.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : "";
  const lines = (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${detail(e)}`);
  const unique = [...new Set(lines)];
  return unique.length > limit ? [...unique.slice(0, limit), `… and ${unique.length - limit} more`] : unique;
}

// ---------------------------------------------------------------------------------------------- Kubernetes

// Secrets that pods read but the kustomization does not make, each with who makes it.
const secretsMadeElsewhere = new Map([["go-keys", "the administrator, with bin/rotate-keys (deploy/README.md)"]]);

// Kubernetes' CRD schemas are OpenAPI: fields a schema does not list are dropped by the API server, or
// refused with strict field validation (kubectl's default). Here they are refused.
function strictCrdSchema(schema) {
  if (Array.isArray(schema)) {
    return schema.map(strictCrdSchema);
  }
  if (schema === null || typeof schema !== "object") {
    return schema;
  }
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strictCrdSchema(v)])) : strictCrdSchema(value);
  }
  if (copy.properties && copy.additionalProperties === undefined && !copy["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

function crdValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  addFormats(ajv, ["date-time"]);
  const validators = new Map();
  const schemasDir = join(here, "schemas");
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".yaml"))) {
    const crd = parse(readFileSync(join(schemasDir, file), "utf8"));
    if (crd?.kind !== "CustomResourceDefinition") {
      continue;
    }
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const schema = strictCrdSchema(version.schema.openAPIV3Schema);
      validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, { file, validate: ajv.compile(schema) });
    }
  }
  return validators;
}

async function kubernetesModel(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  try {
    const module = await import(`kubernetes-models/${group ? `${group}/` : ""}${version}/${kind}`);
    return module[kind];
  } catch {
    return null;
  }
}

const podTemplateOwners = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"]);

function matches(selector, labels) {
  const wanted = selector?.matchLabels ?? {};
  return Object.keys(wanted).length > 0 && Object.entries(wanted).every(([k, v]) => labels?.[k] === v);
}

async function checkKubernetes(renderedPath, kustomizeDir) {
  console.log("== Kubernetes objects (kubernetes-models, CloudNativePG CRD)");
  const documents = parseAllDocuments(readFileSync(renderedPath, "utf8"));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      problem(`the rendered manifests are not valid YAML: ${document.errors[0].message}`);
      continue;
    }
    const object = document.toJS();
    if (object) {
      objects.push(object);
    }
  }
  const crds = crdValidators();
  for (const object of objects) {
    const name = `${object.kind ?? "?"} ${object.metadata?.name ?? "?"}`;
    step(`${name} (${object.apiVersion})`);
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
      problem(`${name}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    const crd = crds.get(`${object.apiVersion}/${object.kind}`);
    if (crd) {
      if (crd.validate(object)) {
        console.log(`  ok (schema of ${crd.file})`);
      } else {
        ajvErrors(crd.validate.errors).forEach((line) => problem(`${name}: ${line}`));
      }
      continue;
    }
    const Model = await kubernetesModel(object.apiVersion, object.kind);
    if (!Model) {
      problem(`${name}: no schema for ${object.apiVersion} ${object.kind} (not a kind of Kubernetes, and no CRD in deploy/validate/schemas)`);
      continue;
    }
    try {
      new Model(object).validate();
      console.log("  ok");
    } catch (error) {
      const lines = error.errors ? ajvErrors(error.errors) : [error.message];
      lines.forEach((line) => problem(`${name}: ${line}`));
    }
  }

  console.log("== Kubernetes references");
  step("every manifest in the folder is listed in kustomization.yaml");
  const kustomization = parse(readFileSync(join(kustomizeDir, "kustomization.yaml"), "utf8"));
  const listed = new Set(kustomization.resources ?? []);
  const unlisted = readdirSync(kustomizeDir).filter((f) => /\.ya?ml$/.test(f) && f !== "kustomization.yaml" && !listed.has(f));
  unlisted.forEach((f) => problem(`${f} is not in kustomization.yaml, so "kubectl apply -k" leaves it out`));
  if (unlisted.length === 0) {
    console.log("  ok");
  }

  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const workloads = objects.filter((o) => podTemplateOwners.has(o.kind));
  const renderedSecrets = new Set(byKind("Secret").map((s) => s.metadata.name));
  const cnpgSecrets = new Set(byKind("Cluster").filter((c) => c.apiVersion.startsWith("postgresql.cnpg.io/")).map((c) => `${c.metadata.name}-app`));

  for (const workload of workloads) {
    const name = `${workload.kind} ${workload.metadata.name}`;
    step(`${name}: replicas, selector, probes, Secrets`);
    const before = problems;
    const template = workload.spec?.template ?? {};
    if (workload.kind === "Deployment" && (workload.spec?.replicas ?? 1) < 2) {
      problem(`${name} runs ${workload.spec?.replicas ?? 1} replica; the portal runs as at least 2 instances`);
    }
    if (workload.spec?.selector && !matches(workload.spec.selector, template.metadata?.labels)) {
      problem(`${name}: spec.selector does not match the labels of its pod template`);
    }
    for (const container of template.spec?.containers ?? []) {
      for (const probe of ["readinessProbe", "livenessProbe"]) {
        if (workload.kind !== "Job" && !container[probe]) {
          problem(`${name}: container ${container.name} has no ${probe}`);
        }
      }
      const secretNames = [
        ...(container.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name),
        ...(container.envFrom ?? []).map((e) => e.secretRef?.name),
      ];
      for (const secret of new Set(secretNames.filter(Boolean))) {
        if (!renderedSecrets.has(secret) && !cnpgSecrets.has(secret) && !secretsMadeElsewhere.has(secret)) {
          problem(`${name}: container ${container.name} reads the Secret ${secret}, which nothing makes`);
        }
      }
      const names = new Set((container.env ?? []).map((e) => e.name));
      for (const e of container.env ?? []) {
        for (const [, ref] of String(e.value ?? "").matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
          if (!names.has(ref)) {
            problem(`${name}: ${e.name} refers to $(${ref}), which is not defined in the container`);
          }
        }
      }
    }
    for (const volume of template.spec?.volumes ?? []) {
      const secret = volume.secret?.secretName;
      if (secret && !renderedSecrets.has(secret) && !cnpgSecrets.has(secret) && !secretsMadeElsewhere.has(secret)) {
        problem(`${name}: volume ${volume.name} mounts the Secret ${secret}, which nothing makes`);
      }
    }
    if (problems === before) {
      console.log("  ok");
    }
  }

  const podLabels = workloads.map((w) => w.spec?.template?.metadata?.labels ?? {});
  const containerPorts = workloads.flatMap((w) => (w.spec?.template?.spec?.containers ?? []).flatMap((c) => c.ports ?? []));
  for (const service of byKind("Service")) {
    step(`Service ${service.metadata.name}: selector and target ports`);
    const before = problems;
    if (service.spec?.selector && !podLabels.some((labels) => matches({ matchLabels: service.spec.selector }, labels))) {
      problem(`Service ${service.metadata.name}: its selector matches no pod template`);
    }
    for (const port of service.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      const found = typeof target === "string" ? containerPorts.some((p) => p.name === target) : containerPorts.some((p) => p.containerPort === target);
      if (!found) {
        problem(`Service ${service.metadata.name}: target port ${target} is no container port`);
      }
    }
    if (problems === before) {
      console.log("  ok");
    }
  }
  for (const budget of byKind("PodDisruptionBudget")) {
    step(`PodDisruptionBudget ${budget.metadata.name}: selector`);
    if (podLabels.some((labels) => matches(budget.spec?.selector, labels))) {
      console.log("  ok");
    } else {
      problem(`PodDisruptionBudget ${budget.metadata.name}: its selector matches no pod template`);
    }
  }
  for (const ingress of byKind("Ingress")) {
    step(`Ingress ${ingress.metadata.name}: backends, sticky sessions, WebSocket timeouts`);
    const before = problems;
    const backends = [ingress.spec?.defaultBackend, ...(ingress.spec?.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend))].filter(Boolean);
    for (const backend of backends) {
      const service = byKind("Service").find((s) => s.metadata.name === backend.service?.name);
      if (!service) {
        problem(`Ingress ${ingress.metadata.name}: backend Service ${backend.service?.name} does not exist`);
        continue;
      }
      const port = backend.service.port ?? {};
      if (!(service.spec?.ports ?? []).some((p) => (port.name !== undefined ? p.name === port.name : p.port === port.number))) {
        problem(`Ingress ${ingress.metadata.name}: Service ${service.metadata.name} has no port ${port.name ?? port.number}`);
      }
    }
    const annotations = ingress.metadata.annotations ?? {};
    if (annotations["nginx.ingress.kubernetes.io/affinity"] !== "cookie") {
      problem(`Ingress ${ingress.metadata.name}: no cookie affinity (nginx.ingress.kubernetes.io/affinity: cookie); Vaadin needs sticky sessions`);
    }
    for (const timeout of ["proxy-read-timeout", "proxy-send-timeout"]) {
      if (Number(annotations[`nginx.ingress.kubernetes.io/${timeout}`] ?? 60) < 3600) {
        problem(`Ingress ${ingress.metadata.name}: ${timeout} below 3600 s closes quiet WebSockets`);
      }
    }
    if (problems === before) {
      console.log("  ok");
    }
  }
}

// ------------------------------------------------------------------------------------------------- Compose

function readEnvFile(path) {
  const values = new Map();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/);
    if (match) {
      values.set(match[1], match[2].trim());
    }
  }
  return values;
}

// Compose's variable syntax: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error},
// ${NAME?error}, ${NAME:+replacement}, ${NAME+replacement}.
function interpolate(value, env, where, missing) {
  return value.replace(/\$(\$|[A-Za-z_][A-Za-z0-9_]*|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\})/g, (whole, body, name, operator, argument) => {
    if (body === "$") {
      return "$";
    }
    const variable = name ?? body;
    const set = env.has(variable);
    const value = env.get(variable);
    const empty = !set || (operator?.startsWith(":") && value === "");
    switch (operator) {
      case ":-":
      case "-":
        return empty ? interpolate(argument, env, where, missing) : value;
      case ":?":
      case "?":
        if (empty) {
          missing.push(`${where}: ${variable} is required ("${argument}") and not set in the example environment`);
        }
        return value ?? "";
      case ":+":
      case "+":
        return empty ? "" : interpolate(argument, env, where, missing);
      default:
        if (!set) {
          missing.push(`${where}: ${variable} is not set in the example environment and has no default`);
        }
        return value ?? "";
    }
  });
}

function interpolateAll(node, env, path, missing) {
  if (typeof node === "string") {
    return interpolate(node, env, path, missing);
  }
  if (Array.isArray(node)) {
    return node.map((item, i) => interpolateAll(item, env, `${path}[${i}]`, missing));
  }
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateAll(v, env, path ? `${path}.${k}` : k, missing)]));
  }
  return node;
}

function ipv4InSubnet(address, subnet) {
  const toNumber = (ip) => ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
  const [base, bits] = subnet.split("/");
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toNumber(address) / size) === Math.floor(toNumber(base) / size);
}

function checkCompose(composePath, envPath) {
  console.log(`== Compose (${basename(composePath)}, Compose Specification schema)`);
  const composeDir = dirname(resolve(composePath));
  step(`YAML, with anchors merged and variables from ${basename(envPath)}`);
  let raw;
  try {
    raw = parse(readFileSync(composePath, "utf8"), { merge: true, prettyErrors: true });
  } catch (error) {
    problem(`not valid YAML: ${error.message}`);
    return;
  }
  const missing = [];
  const compose = interpolateAll(raw, readEnvFile(envPath), "", missing);
  missing.forEach(problem);
  if (missing.length === 0) {
    console.log("  ok");
  }

  step("schema compose-spec.json");
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(here, "schemas", "compose-spec.json"), "utf8"));
  // Draft-07, Ajv's own draft; the schema names it with an address Ajv does not know by that spelling.
  delete schema.$schema;
  const validate = ajv.compile(schema);
  if (validate(compose)) {
    console.log("  ok");
  } else {
    // Of the alternatives of a oneOf, the one that went deepest is the one meant ("must be array" for a
    // depends_on written as a map is noise beside the real mistake inside the map).
    const errors = validate.errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf");
    ajvErrors(errors.filter((e) => !errors.some((other) => other.instancePath.startsWith(`${e.instancePath}/`)))).forEach(problem);
  }

  step("references between services, secrets, networks, volumes and files");
  const before = problems;
  const services = compose.services ?? {};
  const topSecrets = compose.secrets ?? {};
  const topNetworks = compose.networks ?? {};
  const topVolumes = compose.volumes ?? {};
  // Files an administrator makes (deploy/README.md) and git keeps out; everything else must be in the repository.
  const madeByAdministrator = (path) => path.startsWith("./secrets/") || path.startsWith("secrets/");
  const mustExist = (what, path) => {
    if (!madeByAdministrator(path) && !existsSync(resolve(composeDir, path))) {
      problem(`${what}: ${path} does not exist (relative to ${composeDir})`);
    }
  };
  for (const [name, secret] of Object.entries(topSecrets)) {
    if (secret.file && !madeByAdministrator(secret.file)) {
      problem(`secret ${name}: ${secret.file} would be a file in the repository; keep secrets in ./secrets/ (git-ignored)`);
    }
  }
  for (const [name, service] of Object.entries(services)) {
    const dependsOn = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
    dependsOn.filter((d) => !services[d]).forEach((d) => problem(`service ${name} depends on ${d}, which is no service`));
    for (const secret of service.secrets ?? []) {
      const source = typeof secret === "string" ? secret : secret.source;
      if (!topSecrets[source]) {
        problem(`service ${name} uses the secret ${source}, which is not defined under secrets:`);
      }
    }
    const networks = Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? {});
    networks.filter((n) => n !== "default" && !topNetworks[n]).forEach((n) => problem(`service ${name} joins the network ${n}, which is not defined under networks:`));
    for (const [network, settings] of Object.entries(Array.isArray(service.networks) ? {} : service.networks ?? {})) {
      const address = settings?.ipv4_address;
      const subnets = (topNetworks[network]?.ipam?.config ?? []).map((c) => c.subnet).filter(Boolean);
      if (address && !subnets.some((s) => ipv4InSubnet(address, s))) {
        problem(`service ${name}: ipv4_address ${address} is outside the subnet of the network ${network}`);
      }
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === "string" ? volume.split(":")[0] : volume.source;
      if (!source) {
        continue;
      }
      if (source.startsWith(".") || source.startsWith("/")) {
        mustExist(`service ${name}, volume`, source);
      } else if (!(source in topVolumes)) {
        problem(`service ${name} mounts the volume ${source}, which is not defined under volumes:`);
      }
    }
    if (service.build) {
      const context = typeof service.build === "string" ? service.build : service.build.context ?? ".";
      mustExist(`service ${name}, build context`, context);
      if (service.build.dockerfile) {
        mustExist(`service ${name}, dockerfile`, join(context, service.build.dockerfile));
      }
    }
  }
  // The portals believe X-Forwarded-* only from GO_TRUSTED_PROXIES: HAProxy's fixed address must be in it.
  const proxies = Object.entries(services).filter(([, s]) => String(s.image ?? "").startsWith("haproxy"));
  for (const [name, service] of Object.entries(services)) {
    const trusted = service.environment?.GO_TRUSTED_PROXIES;
    if (trusted === undefined) {
      continue;
    }
    const pattern = new RegExp(`^(?:${trusted})$`);
    for (const [proxyName, proxy] of proxies) {
      const addresses = Object.values(Array.isArray(proxy.networks) ? {} : proxy.networks ?? {}).map((n) => n?.ipv4_address).filter(Boolean);
      if (addresses.length === 0) {
        problem(`service ${proxyName} has no fixed ipv4_address, so ${name} cannot trust exactly it (GO_TRUSTED_PROXIES)`);
      }
      addresses.filter((a) => !pattern.test(a)).forEach((a) => problem(`service ${name}: GO_TRUSTED_PROXIES ${trusted} does not match ${proxyName}'s address ${a}`));
    }
  }
  if (problems === before) {
    console.log("  ok");
  }
}

// ---------------------------------------------------------------------------------------------------- main

const [command, ...args] = process.argv.slice(2);
if (command === "kubernetes" && args.length === 2) {
  await checkKubernetes(args[0], args[1]);
} else if (command === "compose" && args.length === 2) {
  checkCompose(args[0], args[1]);
} else {
  console.error("usage: node validate.mjs kubernetes RENDERED.yaml KUSTOMIZE_DIR | compose COMPOSE.yaml ENV_EXAMPLE");
  process.exit(2);
}
process.exit(problems > 0 ? 1 : 0);
