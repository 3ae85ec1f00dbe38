export * from './auth/identity';
export * from './auth/internal-identity';
export * from './auth/permissions';
export * from './cache/expiring-cache';
export * from './config/configuration';
export * from './config/process-settings';
export * from './config/production-secrets';
export * from './config/setting';
export * from './config/value-parsers';
export * from './errors/app-errors';
export * from './errors/format-error';
export * from './errors/masked-error-log';
export * from './observability/log-levels';
export * from './observability/logger';
export * from './observability/request-id';
export * from './observability/service-metrics';
export * from './observability/metrics-route';
export * from './observability/operation-observer.plugin';
export * from './server/http-handler';
export * from './server/listen';
export * from './server/request-id-on-errors';
export * from './server/health-probe';
export * from './scalars/date.scalar';
export * from './scalars/date-time.scalar';
export * from './labels/chinese-label';

/** zod, for the parsers of settings defined outside this package. */
export { z } from 'zod';
