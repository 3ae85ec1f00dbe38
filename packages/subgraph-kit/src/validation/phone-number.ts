import type { ValidationOptions } from 'class-validator';
import { declareRule } from './declare-rule';

const MOBILE = /^1[3-9]\d{9}$/;
const MOBILE_OR_LANDLINE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** A mainland mobile number, 11 digits starting 13–19; spaces and hyphens between digits are allowed. */
export function IsMainlandMobile(options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'mainlandMobile',
      isValid: (value) => typeof value === 'string' && MOBILE.test(value.replace(/[\s-]/g, '')),
      message: ({ property }) => `${property} must be an 11-digit mainland mobile number (1[3-9] and 9 digits)`,
    },
    options,
  );
}

/** A mainland mobile number or a landline with its area code (0834-5612345); spaces are allowed. */
export function IsMobileOrLandline(options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'mobileOrLandline',
      isValid: (value) => typeof value === 'string' && MOBILE_OR_LANDLINE.test(value.replace(/\s/g, '')),
      message: ({ property }) => `${property} must be a mobile number or a landline like 0834-5612345`,
    },
    options,
  );
}
