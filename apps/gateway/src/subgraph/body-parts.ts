import { responseTooLarge } from './http1-errors';

/** The body of one response as it arrives, bounded: a body past the limit is refused as soon as that is known. */
export class BodyParts {
  private readonly parts: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Refuses the response when `more` bytes on top of what came would exceed the limit. */
  expect(more: number): void {
    if (this.bytes + more > this.maxBytes) throw responseTooLarge(this.maxBytes);
  }

  add(part: Buffer): void {
    this.expect(part.length);
    this.bytes += part.length;
    this.parts.push(part);
  }

  /** The whole body as UTF-8, joined once. */
  text(): string {
    const { parts } = this;
    if (parts.length === 0) return '';
    return parts.length === 1 ? parts[0].toString('utf8') : Buffer.concat(parts, this.bytes).toString('utf8');
  }

  get empty(): boolean {
    return this.bytes === 0;
  }

  clear(): void {
    this.parts.length = 0;
    this.bytes = 0;
  }
}
