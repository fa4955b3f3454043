/**
 * Who a KMS key lets decrypt (a restore of a shared encrypted snapshot needs it): the key policies of
 * `AWS::KMS::Key` and `AWS::KMS::ReplicaKey`, of Terraform's `aws_kms_key`, `aws_kms_replica_key` and
 * `aws_kms_key_policy`, and the grants of `aws_kms_grant`.
 */
import { principalNode, policyGrants } from './policies';
import { AccessReader, ResourceReading } from './reading';

/**
 * The actions that let a principal decrypt: `kms:Decrypt`, and `kms:CreateGrant`, with which it can give itself a grant
 * for Decrypt.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
const DECRYPTING_ACTIONS = ['kms:Decrypt', 'kms:CreateGrant'];

/** Adds a `decrypt` edge to `key` from each principal the policy `value` lets decrypt. */
function readPolicy(r: ResourceReading, key: string, property: string, value: unknown): void {
  // A principal the policy lets decrypt in several statements (Decrypt, then CreateGrant for AWS resources) is one edge.
  const seen = new Set<string>();
  for (const grant of policyGrants(r, property, value, DECRYPTING_ACTIONS)) {
    if (seen.has(grant.from)) continue;
    seen.add(grant.from);
    r.map.add(grant.from, key, 'decrypt', r.source(grant.property));
  }
}

/** A key resource whose `property` holds its policy. */
function keyPolicy(property: string): AccessReader {
  return r => readPolicy(r, r.self('key'), property, r.properties[property]);
}

/**
 * `aws_kms_key_policy`: the policy of the key `key_id` names.
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key_policy
 */
const terraformKeyPolicy: AccessReader = r => readPolicy(r, r.target('key', 'key_id'), 'policy', r.properties.policy);

/**
 * `aws_kms_grant`: `grantee_principal` may decrypt where `operations` has Decrypt (or is unknown until apply).
 *
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 */
const terraformGrant: AccessReader = r => {
  const operations = r.terms('operations');
  if (!operations.some(([op]) => !op.known || op.text === 'Decrypt')) return;
  const grantee = r.term('grantee_principal');
  const from = grantee === undefined ? undefined : principalNode(r, grantee);
  if (from !== undefined) r.map.add(from, r.target('key', 'key_id'), 'decrypt', r.source('grantee_principal'));
};

/**
 * The key resource types and their readers.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key
 */
export const KMS_READERS: Readonly<Record<string, AccessReader>> = {
  'AWS::KMS::Key': keyPolicy('KeyPolicy'),
  'AWS::KMS::ReplicaKey': keyPolicy('KeyPolicy'),
  'aws_kms_key': keyPolicy('policy'),
  'aws_kms_replica_key': keyPolicy('policy'),
  'aws_kms_key_policy': terraformKeyPolicy,
  'aws_kms_grant': terraformGrant,
};
