/** Who may run introspection (`__schema`, `__type`) through the gateway. */
export const INTROSPECTION_POLICIES = ['authenticated', 'all', 'off'] as const;
export type IntrospectionPolicy = (typeof INTROSPECTION_POLICIES)[number];

export function isIntrospectionPolicy(value: unknown): value is IntrospectionPolicy {
  return (INTROSPECTION_POLICIES as readonly unknown[]).includes(value);
}
