import { App, Stack, Validations, aws_iam as iam } from 'aws-cdk-lib';
import { acknowledgeWildcardResources } from '../../../lib/aws/private/nag-acknowledgements';

const REASON = 'The snapshot is named at deploy time only.';

/** A policy with one wildcard resource of each rendered form, and one exact resource. */
function policyIn(context: Record<string, unknown>, env?: { account: string; region: string }): iam.Policy {
  const stack = new Stack(new App({ context }), 'Stack', { env });
  return new iam.Policy(stack, 'Policy', {
    statements: [
      new iam.PolicyStatement({ actions: ['redshift:RevokeSnapshotAccess'], resources: [stack.formatArn({ service: 'redshift', resource: 'snapshot', resourceName: '*' })] }),
      new iam.PolicyStatement({ actions: ['redshift:DescribeClusterSnapshots'], resources: ['*'] }),
      new iam.PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] }),
    ],
  });
}

/** The ids the policy acknowledges for cdk-nag 3. */
const acknowledged = (policy: iam.Policy) => policy.node.metadata
  .filter(m => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
  .flatMap(m => Object.keys(m.data as object).map(id => id.replace(/^annotation::/i, '')));

describe('acknowledgeWildcardResources', () => {
  test.each<[string, Record<string, unknown>, { account: string; region: string } | undefined, string]>([
    ['environment-agnostic', {}, undefined, 'arn:<AWS::Partition>:redshift:<AWS::Region>:<AWS::AccountId>:snapshot/*'],
    ['fixed, no partition literals', {}, { account: '123456789012', region: 'eu-west-1' }, 'arn:<AWS::Partition>:redshift:eu-west-1:123456789012:snapshot/*'],
    ['fixed, partition literals', { '@aws-cdk/core:enablePartitionLiterals': true }, { account: '123456789012', region: 'eu-west-1' },
      'arn:aws:redshift:eu-west-1:123456789012:snapshot/*'],
    ['fixed in China, partition literals', { '@aws-cdk/core:enablePartitionLiterals': true }, { account: '123456789012', region: 'cn-north-1' },
      'arn:aws-cn:redshift:cn-north-1:123456789012:snapshot/*'],
  ])('names each wildcard resource as it renders (%s), for cdk-nag 3 and cdk-nag 2', (_case, context, env, snapshots) => {
    // GIVEN
    const policy = policyIn(context, env);
    // WHEN
    acknowledgeWildcardResources(policy, REASON);
    // THEN cdk-nag 3 reads one acknowledgement per finding; the exact stack ARN has none
    expect(acknowledged(policy)).toEqual([`AwsSolutions-IAM5[Resource::${snapshots}]`, 'AwsSolutions-IAM5[Resource::*]']);
    // ...and cdk-nag 2 one suppression of the rule on the CloudFormation resource, limited to those findings
    expect((policy.node.defaultChild as iam.CfnPolicy).getMetadata('cdk_nag')).toEqual({
      rules_to_suppress: [{ id: 'AwsSolutions-IAM5', reason: REASON, applies_to: [`Resource::${snapshots}`, 'Resource::*'] }],
    });
  });

  test('a policy without wildcards gets no acknowledgement and no suppression', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const policy = new iam.Policy(stack, 'Policy', {
      statements: [new iam.PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] })],
    });
    // WHEN
    acknowledgeWildcardResources(policy, REASON);
    // THEN
    expect(acknowledged(policy)).toEqual([]);
    expect((policy.node.defaultChild as iam.CfnPolicy).getMetadata('cdk_nag')).toBeUndefined();
  });
});
