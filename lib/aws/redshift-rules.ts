/**
 * Redshift rules shared by the managed endpoint and its authorization. Each constraint is stated once, here.
 */
import { Rule, countAtLeast, lengthBetween, matches, notMatching, rule } from '../core/rules';

/**
 * `EndpointName`. CloudFormation's registry schema (`^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$`) is stricter than the
 * CreateEndpointAccess API doc (seed 000, which allows A–Z): lower case wins, since CloudFormation enforces it.
 */
export const ENDPOINT_NAME: Rule<string>[] = [
  lengthBetween(1, 30),
  matches(/^[a-z0-9-]*$/,
    'contain only lower-case letters, digits and hyphens (the Redshift API doc also allows upper case, but CloudFormation does not)'),
  matches(/^[a-z]/, 'start with a lower-case letter'),
  notMatching(/--/, 'contain two consecutive hyphens'),
  notMatching(/-$/, 'end with a hyphen'),
];

/** `SubnetGroupName` of `AWS::Redshift::EndpointAccess` (`^(?=^[a-zA-Z0-9-]+$).{1,255}$`). */
export const SUBNET_GROUP_NAME: Rule<string>[] = [
  lengthBetween(1, 255),
  matches(/^[a-zA-Z0-9-]*$/, 'contain only letters, digits and hyphens'),
];

/**
 * A Redshift cluster identifier, as `AWS::Redshift::EndpointAuthorization` requires it
 * (`^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,63}$`). Redshift stores every cluster identifier in this form.
 */
export const CLUSTER_IDENTIFIER: Rule<string>[] = [
  lengthBetween(1, 63),
  matches(/^[a-z][a-z0-9-]*$/, 'start with a lower-case letter and contain only lower-case letters, digits and hyphens'),
  notMatching(/--/, 'contain two consecutive hyphens'),
  notMatching(/-$/, 'end with a hyphen'),
];

/**
 * The ports a cluster with availability-zone relocation may use, which every cluster behind a managed endpoint needs
 * (Redshift management guide, "Relocating your cluster" and "Working with Redshift-managed VPC endpoints").
 */
export const ENDPOINT_PORT: Rule<number> = rule(
  'must be an integer from 5431 to 5455 or from 8191 to 8215 (the ports a cluster with availability-zone relocation, which managed endpoints need, accepts)',
  v => Number.isInteger(v) && ((v >= 5431 && v <= 5455) || (v >= 8191 && v <= 8215)));

/** An endpoint needs a security group (`VpcSecurityGroupIds` is required). */
export const AT_LEAST_ONE_SECURITY_GROUP: Rule<readonly string[]> = countAtLeast(1, 'security group');

/** The port Redshift clusters listen on unless told otherwise. */
export const DEFAULT_PORT = 5439;

/**
 * A security group id as CloudFormation's validator checks it (format `AWS::EC2::SecurityGroup.Id`:
 * `sg-` and 8–17 lower-case hexadecimal digits, observed against the validator aws-cdk-lib 2.276 ships).
 */
export const SECURITY_GROUP_ID: Rule<string> = matches(/^sg-[0-9a-f]{8,17}$/,
  'be a security group id: "sg-" and 8–17 lower-case hexadecimal digits');

/** `VpcIds` items of `AWS::Redshift::EndpointAuthorization` (`^vpc-[A-Za-z0-9]{1,17}$`). */
export const VPC_ID: Rule<string> = matches(/^vpc-[A-Za-z0-9]{1,17}$/, 'be a VPC id: "vpc-" and 1–17 letters or digits');

/** Managed endpoints need an RA3 cluster (Redshift management guide, cross-VPC access). */
export const RA3_NODE_TYPE: Rule<string> = matches(/^ra3\./,
  'be an RA3 node type (ra3.*): Redshift-managed VPC endpoints need an RA3 cluster');
