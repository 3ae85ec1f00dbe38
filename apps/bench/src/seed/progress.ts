/** Progress lines on stderr: one per table when it is done, and every few seconds for big ones. */
export class Progress {
  private readonly started = Date.now();

  constructor(private readonly out: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {}

  elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)}s`;
  }

  note(message: string): void {
    this.out(`[seed:scale ${this.elapsed()}] ${message}`);
  }

  /** Runs `task`, printing its row count every 5 s and its total and rate at the end. */
  async table(name: string, task: (tick: (rows: number) => void) => Promise<number>): Promise<number> {
    const start = Date.now();
    let rows = 0;
    const timer = setInterval(() => this.note(`${name}: ${rows.toLocaleString('en')} rows…`), 5000);
    try {
      const total = await task((n) => (rows = n));
      const seconds = (Date.now() - start) / 1000;
      this.note(
        `${name}: ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)}s (${Math.round(total / Math.max(seconds, 0.001)).toLocaleString('en')}/s)`,
      );
      return total;
    } finally {
      clearInterval(timer);
    }
  }
}
