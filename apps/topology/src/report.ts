import type { Outcome } from './load';

/** A fault and when it was injected, in milliseconds since the load started. */
export interface Fault {
  name: string;
  at: number;
}

export interface PhaseFigures {
  phase: string;
  requests: number;
  errors: number;
  /** Error kinds and how many of each. */
  kinds: Record<string, number>;
  /** From the fault until the last error of the phase (0 without errors); the phase's clients saw only answers after it. */
  recoveryMs: number;
  /** Whether the phase's last seconds were free of errors. */
  recovered: boolean;
}

/** Splits the outcomes at the faults: each phase runs from its fault (or the start) to the next. */
export function phaseFigures(outcomes: Outcome[], faults: Fault[], end: number, quietMs: number): PhaseFigures[] {
  const bounds = [{ name: 'steady load', at: 0 }, ...faults];
  return bounds.map((fault, i) => {
    const until = bounds[i + 1]?.at ?? end;
    const inPhase = outcomes.filter((o) => o.at >= fault.at && o.at < until);
    const failed = inPhase.filter((o) => !o.ok);
    const kinds: Record<string, number> = {};
    for (const o of failed) kinds[o.error!] = (kinds[o.error!] ?? 0) + 1;
    const lastError = failed.at(-1)?.at;
    return {
      phase: fault.name,
      requests: inPhase.length,
      errors: failed.length,
      kinds,
      recoveryMs: lastError === undefined ? 0 : Math.round(lastError - fault.at),
      recovered: lastError === undefined || lastError < until - quietMs,
    };
  });
}

export function printPhases(phases: PhaseFigures[]): void {
  console.log('\n| phase | requests | errors seen by clients | error kinds | recovered after |');
  console.log('|---|--:|--:|---|--:|');
  for (const p of phases) {
    const kinds = Object.entries(p.kinds)
      .map(([kind, n]) => `${kind} ×${n}`)
      .join(', ');
    const recovery = p.errors === 0 ? '—' : p.recovered ? `${(p.recoveryMs / 1000).toFixed(2)} s` : 'NOT RECOVERED';
    console.log(`| ${p.phase} | ${p.requests} | ${p.errors} | ${kinds || '—'} | ${recovery} |`);
  }
}
