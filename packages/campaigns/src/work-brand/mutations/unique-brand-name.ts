import { conflict } from '@civic/runtime';

/** Runs a write; a second brand of one unit with the same name (the unique key) becomes CONFLICT. */
export async function withUniqueBrandName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`the unit already has a work brand named ${name}`);
    throw error;
  }
}
