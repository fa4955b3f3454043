import { aws_ec2 as ec2 } from 'aws-cdk-lib';
import { isSecurityGroup } from './engine-objects';
import { listOf, object } from '../../core/shapes';
import { Validator } from '../../core/validator';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../../rules/aws/redshift-managed-endpoint';

/**
 * The run-time shape of a managed endpoint's `securityGroups` (provisioned or Serverless). Security groups are objects
 * the construct reads (their IDs, their connections): a token cannot stand for them.
 */
export const SECURITY_GROUPS = listOf(object('an ec2.ISecurityGroup', isSecurityGroup), 'security groups', {
  literalBecause: 'for IDs from a parameter, give ec2.SecurityGroup.fromSecurityGroupId(scope, id, Fn.select(i, ids)) for each',
});

/** The IDs of a managed endpoint's security groups (provisioned or Serverless): EC2's `sg-` format, each once. */
export function checkSecurityGroups(v: Validator, securityGroups: ec2.ISecurityGroup[] | undefined): void {
  if (!v.isLiteral(securityGroups)) return;
  v.checkList('securityGroups', securityGroups.map(sg => sg.securityGroupId), REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds);
}
