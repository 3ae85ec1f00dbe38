import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

export interface Rule {
  /** Names the rule in class-validator's report. */
  name: string;
  isValid(value: unknown, args: ValidationArguments): boolean;
  /** What the client reads when the rule fails; `options.message` overrides it. */
  message(args: ValidationArguments): string;
}

/** A property decorator for a rule of our own, so each custom rule is a few lines. */
export function declareRule(rule: Rule, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: rule.name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value, args) => rule.isValid(value, args!), defaultMessage: (args) => rule.message(args!) },
    });
}
