/**
 * Who a KMS key lets decrypt (a restore of a shared encrypted snapshot needs it): the key policies of
 * `AWS::KMS::Key` and `AWS::KMS::ReplicaKey`, of Terraform's `aws_kms_key`, `aws_kms_replica_key` and
 * `aws_kms_key_policy`, and the grants of `aws_kms_grant`.
 */
import { configuresArgument } from './plan-configuration';
import { principalNode, policyGrants } from './policies';
import { AccessReader, ResourceReading } from './reading';
import { UNKNOWN } from '../raw-checks/inputs/terraform-json';

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
    r.map.add(grant.from, key, 'decrypt', r.source(grant.property), grant.risks ? { risks: [...grant.risks] } : {});
  }
}

/** A key resource whose `property` holds its policy, which must be given. */
function keyPolicy(property: string): AccessReader {
  return r => readPolicy(r, r.self('key'), property, r.properties[property]);
}

/**
 * Whether the key `r` reads has no policy of its own, so that AWS KMS gives it the default key policy: `property` is
 * absent, or unknown in a plan whose configuration does not set it (the provider computes it), and no key policy
 * resource of the input names the key, or may name it (its key ID unknown until apply).
 */
function hasDefaultPolicy(r: ResourceReading, property: string): boolean {
  const value = r.properties[property];
  const absent = value === undefined || value === null || (value === UNKNOWN && configuresArgument(r, property) === false);
  return absent && !r.context.resources.some(other => {
    if (other.type !== 'aws_kms_key_policy') return false;
    const key = new ResourceReading(other, r.context, r.map).term('key_id');
    return key !== undefined && (key.resource === r.resource.resource || (!key.known && key.resource === undefined));
  });
}

/**
 * A key whose policy AWS KMS applies by default when `property` is not given. The default key policy lets only the
 * key's own account (its IAM policies) use the key, which the map does not draw, as for a policy that names the
 * account itself: no one else may decrypt.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 */
function keyPolicyOrDefault(property: string): AccessReader {
  return r => {
    const key = r.self('key');
    if (!hasDefaultPolicy(r, property)) readPolicy(r, key, property, r.properties[property]);
  };
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
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html#cfn-kms-key-keypolicy
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-replicakey.html#cfn-kms-replicakey-keypolicy
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html#KMS-ReplicateKey-request-Policy
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#policy-1
 */
export const KMS_READERS: Readonly<Record<string, AccessReader>> = {
  // KeyPolicy is optional for a key, required for a replica key.
  'AWS::KMS::Key': keyPolicyOrDefault('KeyPolicy'),
  'AWS::KMS::ReplicaKey': keyPolicy('KeyPolicy'),
  // ReplicateKey gives a replica without a policy the default key policy too.
  'aws_kms_key': keyPolicyOrDefault('policy'),
  'aws_kms_replica_key': keyPolicyOrDefault('policy'),
  'aws_kms_key_policy': terraformKeyPolicy,
  'aws_kms_grant': terraformGrant,
};
