// Minimal declarations for the parts of pg-copy-streams the seeder uses (the package ships none).
declare module 'pg-copy-streams' {
  import type { Writable } from 'node:stream';
  import type { Submittable } from 'pg';

  export interface CopyStreamQuery extends Writable, Submittable {
    rowCount: number;
  }

  export function from(text: string): CopyStreamQuery;
}
