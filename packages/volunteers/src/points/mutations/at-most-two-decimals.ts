import { ValidateBy } from 'class-validator';

/** A number the ledger's numeric(…, 2) columns hold exactly: at most two decimals. */
export function AtMostTwoDecimals(): PropertyDecorator {
  return ValidateBy({
    name: 'atMostTwoDecimals',
    validator: {
      validate: (value) => typeof value === 'number' && Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
      defaultMessage: (args) => `${args?.property ?? 'the value'} may have at most two decimals`,
    },
  });
}
