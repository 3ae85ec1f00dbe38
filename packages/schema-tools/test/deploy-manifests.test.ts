import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { gatewayHealthRoutes, REPO_ROOT, SUBGRAPHS } from '@civic/gateway';
import { subgraphHealthRoutes } from '@civic/subgraph-kit';
import { documentedSettings } from '../src/config-docs/documented-settings';

// Rendered manifests are read as plain YAML.
type Manifest = Record<string, any>;

const OVERLAYS = ['deploy/base', 'deploy/overlays/province'];
const SECRET_SETTINGS = /SECRET|_KEY$|DATABASE_URL/;

/** `kubectl kustomize` renders offline; where kubectl is not installed these checks cannot run. */
function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function render(dir: string): Manifest[] {
  const yaml = execFileSync('kubectl', ['kustomize', join(REPO_ROOT, dir)], { encoding: 'utf8' });
  return parseAllDocuments(yaml).map((doc) => doc.toJSON() as Manifest);
}

const podSpecOf = (m: Manifest): Manifest => m.spec.template.spec;
const workloads = (ms: Manifest[]) => ms.filter((m) => m.kind === 'Deployment' || m.kind === 'Job');
const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** Who reads a container's settings, in the README's terms: G (gateway) or S / S (name) (a subgraph). */
function readersOf(container: Manifest): string[] {
  const [service] = container.args as string[];
  return service === 'gateway' ? ['G'] : ['S', `S (${service})`];
}

/** Every variable a container gets: its own `env` and the keys of the ConfigMaps it takes whole. */
function variablesOf(container: Manifest, manifests: Manifest[]): { name: string; value?: string; fromSecret: boolean }[] {
  const own = (container.env ?? []).map((e: Manifest) => ({
    name: e.name,
    value: e.value,
    fromSecret: Boolean(e.valueFrom?.secretKeyRef),
  }));
  const fromMaps = (container.envFrom ?? []).flatMap((source: Manifest) => {
    const map = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === source.configMapRef?.name);
    if (!map) throw new Error(`ConfigMap ${source.configMapRef?.name} is referenced but not rendered`);
    return Object.entries(map.data as Record<string, string>).map(([name, value]) => ({ name, value, fromSecret: false }));
  });
  return [...own, ...fromMaps];
}

(kubectlAvailable() ? describe : describe.skip).each(OVERLAYS)('the Kubernetes manifests in %s', (dir) => {
  const manifests = render(dir);
  const settings = new Map(documentedSettings().map((s) => [s.name, s]));
  const containers = workloads(manifests).flatMap((w) => podSpecOf(w).containers.map((c: Manifest) => ({ workload: w, container: c })));

  it('run the gateway and every subgraph, each migrated by a Job of its own', () => {
    const commands = containers.map(({ workload, container }) => `${workload.kind} ${(container.args as string[]).join(' ')}`);
    expect(commands.sort()).toEqual(
      ['Deployment gateway', ...SUBGRAPHS.flatMap((s) => [`Deployment ${s.name} serve`, `Job ${s.name} migrate`])].sort(),
    );
  });

  it('set only variables of the configuration table, each read by the process that gets it', () => {
    const problems = containers.flatMap(({ workload, container }) =>
      variablesOf(container, manifests).flatMap(({ name }) => {
        const setting = settings.get(name);
        if (!setting) return [`${workload.metadata.name}: ${name} is not a setting of the configuration table`];
        const readers = readersOf(container);
        return setting.readBy.some((reader) => readers.includes(reader))
          ? []
          : [`${workload.metadata.name}: ${name} is read by ${setting.readBy.join(' ')}, not by ${readers.join(' or ')}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('take secrets by reference only, and never migrate from a serving Deployment', () => {
    const written = containers.flatMap(({ workload, container }) =>
      variablesOf(container, manifests)
        .filter((v) => SECRET_SETTINGS.test(v.name) && !v.fromSecret)
        .map((v) => `${workload.metadata.name}: ${v.name}`),
    );
    expect(written).toEqual([]);
    for (const { workload, container } of containers.filter(({ container }) => container.args[0] !== 'gateway')) {
      const migrateOnStart = variablesOf(container, manifests).find((v) => v.name === 'MIGRATE_ON_START')?.value;
      if (workload.kind === 'Deployment')
        expect({ [workload.metadata.name]: migrateOnStart }).toEqual({ [workload.metadata.name]: 'false' });
    }
    expect(
      containers
        .filter(({ container }) => container.args[0] !== 'gateway')
        .map(({ container }) => variablesOf(container, manifests).find((v) => v.name === 'DATABASE_URL')?.fromSecret),
    ).not.toContain(undefined);
  });

  it('probe only paths the services serve, and every Deployment has both probes', () => {
    const served = {
      gateway: Object.keys(gatewayHealthRoutes({})),
      subgraph: Object.keys(subgraphHealthRoutes('probe', {} as Parameters<typeof subgraphHealthRoutes>[1])),
    };
    for (const deployment of manifests.filter((m) => m.kind === 'Deployment')) {
      for (const container of podSpecOf(deployment).containers as Manifest[]) {
        const routes = container.args[0] === 'gateway' ? served.gateway : served.subgraph;
        for (const probe of ['readinessProbe', 'livenessProbe']) {
          const path = container[probe]?.httpGet?.path as string | undefined;
          expect({ deployment: deployment.metadata.name, probe, served: path !== undefined && routes.includes(`GET ${path}`) }).toEqual({
            deployment: deployment.metadata.name,
            probe,
            served: true,
          });
        }
      }
    }
  });

  it('run every pod as a user other than root', () => {
    const rootPods = workloads(manifests)
      .filter((w) => podSpecOf(w).securityContext?.runAsNonRoot !== true)
      .map((w) => w.metadata.name);
    expect(rootPods).toEqual([]);
  });

  it('give every Deployment a Service and a disruption budget that select its pods, and the gateway the Services it is told of', () => {
    const gatewayConfig = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name.endsWith('civic-gateway-config'));
    for (const deployment of manifests.filter((m) => m.kind === 'Deployment')) {
      const labels = deployment.spec.template.metadata.labels as Record<string, string>;
      expect(matches(deployment.spec.selector.matchLabels, labels)).toBe(true);
      const service = manifests.find((m) => m.kind === 'Service' && matches(m.spec.selector, labels));
      const budget = manifests.find((m) => m.kind === 'PodDisruptionBudget' && matches(m.spec.selector.matchLabels, labels));
      expect({ deployment: deployment.metadata.name, service: Boolean(service), budget: Boolean(budget) }).toEqual({
        deployment: deployment.metadata.name,
        service: true,
        budget: true,
      });
      const [name] = podSpecOf(deployment).containers[0].args as string[];
      const subgraph = SUBGRAPHS.find((s) => s.name === name);
      if (subgraph) expect(gatewayConfig?.data[subgraph.urlEnv]).toBe(`http://${service!.metadata.name}/graphql`);
    }
  });

  it('let only gateways reach the subgraphs', () => {
    const [policy] = manifests.filter((m) => m.kind === 'NetworkPolicy');
    const subgraphPods = manifests.filter((m) => m.kind === 'Deployment' && m.metadata.name !== 'gateway');
    const gatewayPods = manifests.filter((m) => m.kind === 'Deployment' && m.metadata.name === 'gateway');
    expect(subgraphPods.every((d) => matches(policy.spec.podSelector.matchLabels, d.spec.template.metadata.labels))).toBe(true);
    expect(gatewayPods.some((d) => matches(policy.spec.podSelector.matchLabels, d.spec.template.metadata.labels))).toBe(false);
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    const allowed = policy.spec.ingress.flatMap((rule: Manifest) => rule.from.map((peer: Manifest) => peer.podSelector.matchLabels));
    expect(allowed.length).toBeGreaterThan(0);
    expect(
      allowed.every((selector: Record<string, string>) => gatewayPods.every((d) => matches(selector, d.spec.template.metadata.labels))),
    ).toBe(true);
    expect(
      allowed.some((selector: Record<string, string>) => subgraphPods.some((d) => matches(selector, d.spec.template.metadata.labels))),
    ).toBe(false);
  });
});

describe("the image's entry point (deploy/image/service.mjs)", () => {
  const run = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'deploy', 'image', 'service.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it("starts the built service its command names (stopped here at once by a bad PORT, in that service's words)", () => {
    for (const [args, said] of [
      [['volunteers', 'serve'], 'volunteers: PORT must be a port number'],
      [['gateway'], 'gateway: PORT must be a port number'],
    ] as const) {
      const started = run({ PORT: 'notaport' }, ...args);
      expect({ args, status: started.status, said: started.stderr.includes(said) }).toEqual({ args, status: 1, said: true });
    }
  });

  it('refuses a command that names no service, with the usage', () => {
    for (const args of [['nobody'], ['gateway', 'migrate'], ['org', 'drop']]) {
      const refused = run({}, ...args);
      expect({ args, status: refused.status }).toEqual({ args, status: 2 });
      expect(refused.stderr).toContain('usage: gateway | <org|volunteers|');
    }
  });
});
