import type { BenchProcess } from '../platform/bench-process';
import { treeRssMb } from '../platform/process-tree-memory';

export interface MemorySample {
  at: number;
  rssMb: Record<string, number>;
}

/** Samples every process's resident memory (with its children) once a second for the whole run. */
export class MemorySampler {
  readonly samples: MemorySample[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly processes: BenchProcess[]) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 1000);
    this.timer.unref();
  }

  sample(): MemorySample {
    const entry = { at: Date.now(), rssMb: Object.fromEntries(this.processes.map((p) => [p.name, treeRssMb(p.pid)])) };
    this.samples.push(entry);
    return entry;
  }

  /** Peak RSS of each process between two instants. */
  peakBetween(from: number, to: number): Record<string, number> {
    const peak: Record<string, number> = {};
    for (const s of this.samples) {
      if (s.at < from || s.at > to) continue;
      for (const [name, mb] of Object.entries(s.rssMb)) peak[name] = Math.max(peak[name] ?? 0, mb);
    }
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
