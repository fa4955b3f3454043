import { aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { OwnedResource, literalAcrossStacks, otherOwnerAccountOf } from './owner-environment';
import { Validator } from '../../core/validator';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from '../../rules/aws/redshift-serverless-managed-endpoint';

/**
 * A workgroup of the app that a Redshift Serverless construct names by its `workgroup` prop. Its literal name is
 * rendered when it is in another stack, so it must be a workgroup name; where it must be is `owner`'s to say.
 * Returns the account of the workgroup's stack when it is literal and not this stack's (see `otherOwnerAccountOf`).
 */
export function checkWorkgroupOwner(v: Validator, scope: IConstruct, workgroup: redshiftserverless.CfnWorkgroup,
  owner: Omit<OwnedResource, 'property' | 'value'>): string | undefined {
  v.check('workgroup.workgroupName', literalAcrossStacks(scope, workgroup, workgroup.workgroupName),
    ...REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName);
  return otherOwnerAccountOf(v, scope, { property: 'workgroup', value: workgroup, ...owner });
}
