import { Rule, matches } from '../../core/rules';

/** A 12-digit AWS account id (Redshift API, CloudFormation `^\d{12}$`). */
export const ACCOUNT_ID: Rule<string> = matches(/^\d{12}$/, 'be a 12-digit AWS account id');
