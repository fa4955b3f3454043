/**
 * Tells aws-cdk-lib objects apart by what the constructs use of them, for the run-time shapes of props: a caller
 * without TypeScript's checks can pass any object where a key, VPC or security group is expected. Duck-typed (methods
 * and attributes, on a construct), so that objects from another copy of aws-cdk-lib fit too.
 */
import { Construct } from 'constructs';

type Members = Record<string, 'function' | 'string'>;

function constructWith(members: Members): (value: object) => boolean {
  return value => {
    const fields = value as Record<string, unknown>;
    return Construct.isConstruct(value) && Object.entries(members).every(([name, type]) => typeof fields[name] === type);
  };
}

/** A `kms.IKey`: its policy is extended and its ARN named. */
export const isKey = constructWith({ addToResourcePolicy: 'function', keyArn: 'string' });

/** An `ec2.IVpc`: its subnets are selected and a security group may be created in it. */
export const isVpc = constructWith({ selectSubnets: 'function', vpcId: 'string' });

/** An `ec2.ISecurityGroup`: its id is rendered, and it makes the endpoint's `connections`. */
export const isSecurityGroup = constructWith({ securityGroupId: 'string', addIngressRule: 'function' });

/** A `redshiftserverless.CfnWorkgroup`: its Ref names the workgroup. */
export const isCfnWorkgroup = (value: object) => (value as { cfnResourceType?: unknown }).cfnResourceType === 'AWS::RedshiftServerless::Workgroup';

/** An `IRedshiftEndpointAuthorization`: its cluster and accounts are compared with the endpoint's. */
export const isEndpointAuthorization = constructWith({ clusterIdentifier: 'string', account: 'string' });
