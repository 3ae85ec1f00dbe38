import type { OrgContext } from '../loaders';

export const regionReference = {
  __resolveReference: (reference: { code: string }, ctx: OrgContext) => ctx.loaders.regionByCode.load(reference.code),
};
