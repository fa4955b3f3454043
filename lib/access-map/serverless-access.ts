/**
 * The access Terraform's Redshift Serverless resources give: a managed endpoint (`aws_redshiftserverless_endpoint_access`)
 * and a resource policy (`aws_redshiftserverless_resource_policy`), which shares a snapshot or lets another account
 * create endpoints to a workgroup.
 */
import { managedEndpoint } from './aws-access';
import { conditionValues, policyGrants } from './policies';
import { AccessReader, ResourceReading } from './reading';
import { Term } from './values';
import { parseSnapshotArn } from '../rules/aws/snapshot-share';

/**
 * The actions of a resource policy that give access: restoring a snapshot, creating an endpoint to a workgroup.
 *
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
 */
const RESTORE_ACTIONS = ['redshift-serverless:RestoreFromSnapshot'];
const ENDPOINT_ACTIONS = ['redshift-serverless:CreateEndpointAccess'];

/** What a resource policy's `resource_arn` is: a snapshot, a workgroup, or (unknown until apply) either. */
function resourceKind(r: ResourceReading, arn: Term | undefined): 'snapshot' | 'workgroup' | undefined {
  const type = arn?.resource === undefined ? undefined : r.context.types.get(arn.resource);
  const text = type ?? (arn?.known ? arn.text : '');
  return /snapshot/.test(text) ? 'snapshot' : /workgroup/.test(text) ? 'workgroup' : undefined;
}

/**
 * `aws_redshiftserverless_resource_policy`: the accounts its policy lets restore the snapshot of `resource_arn`, or
 * create endpoints to its workgroup, in the VPCs an `aws:SourceVpc` condition names (none: every VPC).
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshiftserverless_resource_policy
 */
const resourcePolicy: AccessReader = r => {
  const arn = r.term('resource_arn');
  const kind = resourceKind(r, arn);
  const target = arn ?? { text: `${r.resource.resource}.resource_arn (not set)`, known: false };
  if (kind !== 'workgroup') {
    const parts = target.known && target.resource === undefined ? parseSnapshotArn(target.text) : undefined;
    const snapshot = r.map.what('snapshot', parts?.serverless ? { text: parts.name, known: true } : target);
    for (const grant of policyGrants(r, 'policy', r.properties.policy, RESTORE_ACTIONS)) {
      r.map.add(grant.from, snapshot, 'restore', r.source(grant.property), grant.risks ? { risks: [...grant.risks] } : {});
    }
  }
  if (kind !== 'snapshot') {
    const workgroup = r.map.what('workgroup', target);
    for (const grant of policyGrants(r, 'policy', r.properties.policy, ENDPOINT_ACTIONS)) {
      const vpcs = conditionValues(r, grant.statement, grant.base, ['StringLike', 'StringEquals'], /^aws:SourceVpc$/i)?.map(([t]) => t.text) ?? [];
      r.map.add(grant.from, workgroup, 'endpoint', r.source(grant.property),
        { ...vpcs.length > 0 ? { vpcs } : {}, ...grant.risks ? { risks: [...grant.risks] } : {} });
    }
  }
};

/** The Terraform Redshift Serverless resource types and their readers. */
export const SERVERLESS_READERS: Readonly<Record<string, AccessReader>> = {
  aws_redshiftserverless_endpoint_access: managedEndpoint({ name: 'endpoint_name', target: 'workgroup_name', owner: 'owner_account' }, 'workgroup'),
  aws_redshiftserverless_resource_policy: resourcePolicy,
};
