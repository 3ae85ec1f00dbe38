import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (MiB) of a process and all its descendants, from /proc (Linux); 0 once gone. */
export function treeRssMb(pid: number): number {
  return Math.round(tree(pid).reduce((kb, p) => kb + rssKb(p), 0) / 102.4) / 10;
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process and its descendants have used so far. */
export function treeCpuSeconds(pid: number): number {
  return tree(pid).reduce((s, p) => s + cpuTicks(p), 0) / TICKS_PER_SECOND;
}

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function tree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    found.push(current);
    pending.push(...(children.get(current) ?? []));
  }
  return found;
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
