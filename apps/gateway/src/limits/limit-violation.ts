import { gatewayError } from '../errors/gateway-errors';
import type { DocumentLimits } from './document-limits';
import type { OperationMeasures } from './measure-operation';

const CHECKS: { measure: keyof OperationMeasures; limit: keyof DocumentLimits; label: string }[] = [
  { measure: 'rootFields', limit: 'maxRootFields', label: 'root field count' },
  { measure: 'aliases', limit: 'maxAliases', label: 'alias count' },
  { measure: 'depth', limit: 'maxDepth', label: 'query depth' },
  { measure: 'cost', limit: 'maxCost', label: 'estimated query cost' },
];

export interface LimitViolation {
  limit: keyof DocumentLimits;
  value: number;
  max: number;
  message: string;
}

/** The first limit an operation exceeds, e.g. "query depth 14 exceeds the limit of 12". */
export function findLimitViolation(measures: OperationMeasures, limits: DocumentLimits): LimitViolation | undefined {
  for (const { measure, limit, label } of CHECKS) {
    const value = measures[measure];
    if (value > limits[limit]) {
      const shown = Number.isFinite(value) ? value : 'beyond any number';
      return { limit, value, max: limits[limit], message: `${label} ${shown} exceeds the limit of ${limits[limit]}` };
    }
  }
  return undefined;
}

export function queryTooComplex(violation: LimitViolation) {
  return gatewayError('QUERY_TOO_COMPLEX', violation.message, { status: 400 }, { limit: violation.limit, max: violation.max });
}
