import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { MACHINES, spawnInMachine, type Machine } from './network';

export const GATEWAY_PORT = 4000;
export const VOLUNTEERS_PORT = 4002;
/** Where clients reach the gateways, and the gateways the volunteers subgraph's replicas. */
export const BALANCED_GATEWAY = `http://${MACHINES.balancer.address}:8080/graphql`;
export const BALANCED_VOLUNTEERS = `http://${MACHINES.balancer.address}:${VOLUNTEERS_PORT}/graphql`;

/**
 * HAProxy in front of both gateways and both volunteers replicas, checking `/health/ready` twice a
 * second. A request is sent again elsewhere only when its connection could not be made (it never
 * reached a server): a mutation is never sent twice by the balancer.
 */
function config(): string {
  const backend = (name: string, port: number, servers: Machine[]) =>
    [
      `backend ${name}`,
      '  balance roundrobin',
      '  option httpchk GET /health/ready',
      '  retry-on conn-failure',
      '  retries 3',
      '  option redispatch',
      ...servers.map((s, i) => `  server ${name}${i + 1} ${s.address}:${port} check inter 500 fall 2 rise 2`),
    ].join('\n');
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  option http-keep-alive',
    `frontend gateways`,
    `  bind ${MACHINES.balancer.address}:8080`,
    '  default_backend gateway',
    `frontend volunteers`,
    `  bind ${MACHINES.balancer.address}:${VOLUNTEERS_PORT}`,
    '  default_backend volunteers',
    backend('gateway', GATEWAY_PORT, [MACHINES.gateway1, MACHINES.gateway2]),
    backend('volunteers', VOLUNTEERS_PORT, [MACHINES.volunteers1, MACHINES.volunteers2]),
    '',
  ].join('\n');
}

export function startBalancer(folder: string): ChildProcess {
  const file = join(folder, 'haproxy.cfg');
  writeFileSync(file, config());
  return spawnInMachine(MACHINES.balancer, 'haproxy', ['-f', file, '-db'], process.env, join(folder, 'haproxy.log'));
}
