/**
 * Shared fixtures of the Redshift construct tests.
 */
import { Stack, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { ValidationError } from '../../lib/core';

export const SG_ID = 'sg-0123456789abcdef0';
export const OTHER_ACCOUNT = '111122223333';

let imported = 0;

/** An imported security group with a realistic id. */
export function securityGroup(stack: Stack, id = SG_ID): ec2.ISecurityGroup {
  return ec2.SecurityGroup.fromSecurityGroupId(stack, `Sg${++imported}`, id);
}

/** A cluster that meets every managed-endpoint prerequisite; `overrides` breaks some. */
export function ra3Cluster(stack: Stack, overrides: Partial<redshift.CfnClusterProps> = {}, id = 'Cluster'): redshift.CfnCluster {
  return new redshift.CfnCluster(stack, id, {
    clusterType: 'multi-node',
    numberOfNodes: 2,
    nodeType: 'ra3.xlplus',
    dbName: 'dev',
    masterUsername: 'admin',
    manageMasterPassword: true,
    availabilityZoneRelocation: true,
    ...overrides,
  });
}

/** 'ok' when `build` succeeds, 'invalid' when it throws a ValidationError; rethrows anything else. */
export function outcome(build: () => unknown): 'ok' | 'invalid' {
  try {
    build();
    return 'ok';
  } catch (e) {
    if (ValidationError.isValidationError(e)) return 'invalid';
    throw e;
  }
}

/** Asserts that `build` throws one ValidationError with a violation of `property`, whose message matches `message`. */
export function expectViolation(build: () => unknown, property: string, message: RegExp): void {
  const error = validationErrorOf(build);
  const found = error.violations.filter(v => v.property === property);
  expect(found).toHaveLength(1);
  expect(found[0].message).toMatch(message);
  expect(error.message).toContain(`${property}: ${found[0].value} ${found[0].message}`);
}

/** The ValidationError `build` throws (fails the test when it throws none). */
export function validationErrorOf(build: () => unknown): ValidationError {
  try {
    build();
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw e;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}
