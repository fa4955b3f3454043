/**
 * One benchmark case per construct, each pitting N instances against N raw L1 resources with the same literal
 * values. Run by bench/run.ts in a child process per case: `case.ts <name> <n> <runs>` prints one JSON line;
 * `case.ts --list` prints the case names. Modules are required inside each case so a child loads one engine only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { BenchCase, runCase, spread } from './harness';

const account = (i: number) => String(100000000000 + i);

/* eslint-disable @typescript-eslint/no-require-imports */
function cdk() {
  return {
    cdk: require('aws-cdk-lib') as typeof import('aws-cdk-lib'),
    ec2: require('aws-cdk-lib/aws-ec2') as typeof import('aws-cdk-lib/aws-ec2'),
    redshift: require('aws-cdk-lib/aws-redshift') as typeof import('aws-cdk-lib/aws-redshift'),
    cr: require('aws-cdk-lib/custom-resources') as typeof import('aws-cdk-lib/custom-resources'),
    lib: require('../lib/aws') as typeof import('../lib/aws'),
  };
}

function cdktf() {
  return require('cdktf') as typeof import('cdktf');
}

function huawei() {
  return {
    lib: require('../lib/huaweicloud') as typeof import('../lib/huaweicloud'),
    l1: require('../lib/huaweicloud/generated/vpcep-endpoint') as typeof import('../lib/huaweicloud/generated/vpcep-endpoint'),
  };
}

function otc() {
  return {
    lib: require('../lib/opentelekomcloud') as typeof import('../lib/opentelekomcloud'),
    l1: require('../lib/opentelekomcloud/generated/vpcep-endpoint-v1') as typeof import('../lib/opentelekomcloud/generated/vpcep-endpoint-v1'),
  };
}

function ali() {
  return {
    lib: require('../lib/alicloud') as typeof import('../lib/alicloud'),
    endpoint: require('../lib/alicloud/generated/privatelink-vpc-endpoint') as typeof import('../lib/alicloud/generated/privatelink-vpc-endpoint'),
    zone: require('../lib/alicloud/generated/privatelink-vpc-endpoint-zone') as typeof import('../lib/alicloud/generated/privatelink-vpc-endpoint-zone'),
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** A CloudFormation case: `perStack` instances per stack, the same on both sides. */
function cloudFormationCase(name: string, perStack: number,
  l2: (stack: import('aws-cdk-lib').Stack, i: number) => void,
  l1: (scope: Construct, i: number) => void,
  checkOutput?: BenchCase['checkOutput']): BenchCase {
  const synth = (add: (stack: import('aws-cdk-lib').Stack, i: number) => void) => (n: number, outdir: string) => {
    const { cdk: core } = cdk();
    const app = new core.App({ outdir });
    spread(n, perStack, s => {
      const stack = new core.Stack(app, `Stack${s}`);
      return i => add(stack, i);
    });
    app.synth();
  };
  const wrapped = (stack: Construct, i: number) => l1(new Construct(stack, `W${i}`), i);
  return { name, instancesPerStack: perStack, l2: synth(l2), l1: synth(l1), l1Wrapped: synth(wrapped), checkOutput };
}

/** A Terraform case: all instances in one stack with its provider, on both sides. */
function terraformCase(name: string,
  provider: (stack: import('cdktf').TerraformStack) => void,
  l2: (stack: import('cdktf').TerraformStack, i: number) => void,
  l1: (scope: Construct, i: number) => void): BenchCase {
  const synth = (add: (stack: import('cdktf').TerraformStack, i: number) => void) => (n: number, outdir: string) => {
    const tf = cdktf();
    const app = new tf.App({ outdir });
    const stack = new tf.TerraformStack(app, 'Stack');
    provider(stack);
    for (let i = 0; i < n; i++) add(stack, i);
    app.synth();
  };
  const wrapped = (stack: Construct, i: number) => l1(new Construct(stack, `W${i}`), i);
  return { name, instancesPerStack: Number.MAX_SAFE_INTEGER, l2: synth(l2), l1: synth(l1), l1Wrapped: synth(wrapped) };
}

const SG = 'sg-0123456789abcdef0';

function securityGroup(stack: import('aws-cdk-lib').Stack) {
  const existing = stack.node.tryFindChild('SG') as import('aws-cdk-lib/aws-ec2').ISecurityGroup | undefined;
  return existing ?? cdk().ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', SG);
}

function handlerFunctions(outdir: string): number[] {
  return fs.readdirSync(outdir).filter(f => f.endsWith('.template.json')).map(f => {
    const template = JSON.parse(fs.readFileSync(path.join(outdir, f), 'utf-8'));
    return Object.values<any>(template.Resources).filter(r => r.Type === 'AWS::Lambda::Function').length;
  });
}

export const CASES: Record<string, () => BenchCase> = {
  'aws.RedshiftManagedEndpoint': () => {
    const { lib, redshift } = cdk();
    return cloudFormationCase('aws.RedshiftManagedEndpoint', 400,
      (stack, i) => new lib.RedshiftManagedEndpoint(stack, `E${i}`, {
        clusterIdentifier: 'analytics', endpointName: `endpoint-${i}`, subnetGroupName: 'endpoint-subnets', securityGroups: [securityGroup(stack)],
      }),
      (stack, i) => new redshift.CfnEndpointAccess(stack, `E${i}`, {
        clusterIdentifier: 'analytics', endpointName: `endpoint-${i}`, subnetGroupName: 'endpoint-subnets', vpcSecurityGroupIds: [SG],
      }));
  },

  'aws.RedshiftEndpointAuthorization': () => {
    const { lib, redshift } = cdk();
    return cloudFormationCase('aws.RedshiftEndpointAuthorization', 400,
      (stack, i) => new lib.RedshiftEndpointAuthorization(stack, `A${i}`, {
        clusterIdentifier: 'analytics', account: account(i), vpcIds: ['vpc-0123456789abcdef0'],
      }),
      (stack, i) => new redshift.CfnEndpointAuthorization(stack, `A${i}`, {
        clusterIdentifier: 'analytics', account: account(i), vpcIds: ['vpc-0123456789abcdef0'], force: false,
      }));
  },

  'aws.SnapshotShare': () => {
    const { cdk: core, cr, lib } = cdk();
    return cloudFormationCase('aws.SnapshotShare', 200,
      (stack, i) => new lib.SnapshotShare(stack, `S${i}`, {
        snapshotIdentifier: `nightly-${i}`, snapshotClusterIdentifier: 'analytics', accounts: [account(i)],
      }),
      (stack, i) => {
        const parameters = { SnapshotIdentifier: `nightly-${i}`, SnapshotClusterIdentifier: 'analytics', AccountWithRestoreAccess: account(i) };
        const arn = core.Stack.of(stack).formatArn({ service: 'redshift', resource: 'snapshot', resourceName: `analytics/nightly-${i}`, arnFormat: core.ArnFormat.COLON_RESOURCE_NAME });
        new cr.AwsCustomResource(stack, `S${i}`, {
          onCreate: { service: 'Redshift', action: 'authorizeSnapshotAccess', parameters, physicalResourceId: cr.PhysicalResourceId.of(`nightly-${i}:${account(i)}`) },
          onDelete: { service: 'Redshift', action: 'revokeSnapshotAccess', parameters, ignoreErrorCodesMatching: 'AuthorizationNotFound.*|ClusterSnapshotNotFound.*' },
          policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [arn] }),
          installLatestAwsSdk: false,
        });
      },
      outdir => {
        const counts = handlerFunctions(outdir);
        return counts.every(c => c === 1) ? undefined : `handler functions per stack: ${counts.join(', ')} (expected 1 each)`;
      });
  },

  'huaweicloud.VpcepEndpoint': () => {
    const { lib, l1 } = huawei();
    return terraformCase('huaweicloud.VpcepEndpoint',
      stack => new lib.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' }),
      (stack, i) => new lib.VpcepEndpoint(stack, `E${i}`, {
        serviceId: 'svc', vpcId: 'vpc', subnetId: 'subnet', whitelist: ['10.0.0.0/8'], tags: { team: 'platform' },
      }),
      (stack, i) => new l1.VpcepEndpoint(stack, `E${i}`, {
        serviceId: 'svc', vpcId: 'vpc', networkId: 'subnet', whitelist: ['10.0.0.0/8'], enableWhitelist: true, enableDns: false, tags: { team: 'platform' },
      }));
  },

  'opentelekomcloud.VpcepEndpoint': () => {
    const { lib, l1 } = otc();
    return terraformCase('opentelekomcloud.VpcepEndpoint',
      stack => new lib.OpentelekomcloudProvider(stack, 'otc', { region: 'eu-de' }),
      (stack, i) => new lib.VpcepEndpoint(stack, `E${i}`, {
        serviceId: 'svc', vpcId: 'vpc', subnetId: 'subnet', whitelist: ['10.0.0.0/8'], tags: { team: 'platform' },
      }),
      (stack, i) => new l1.VpcepEndpointV1(stack, `E${i}`, {
        serviceId: 'svc', vpcId: 'vpc', subnetId: 'subnet', whitelist: ['10.0.0.0/8'], enableWhitelist: true, enableDns: false, tags: { team: 'platform' },
      }));
  },

  'alicloud.PrivateLinkEndpoint': () => {
    const { lib, endpoint: { PrivatelinkVpcEndpoint }, zone: { PrivatelinkVpcEndpointZone } } = ali();
    return terraformCase('alicloud.PrivateLinkEndpoint',
      stack => new lib.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' }),
      (stack, i) => new lib.PrivateLinkEndpoint(stack, `E${i}`, {
        vpcId: 'vpc-1',
        serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-1',
        endpointName: `endpoint-${i}`,
        securityGroupIds: ['sg-1'],
        zones: [{ vSwitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }, { vSwitchId: 'vsw-b', zoneId: 'cn-hangzhou-i' }],
      }),
      (stack, i) => {
        const endpoint = new PrivatelinkVpcEndpoint(stack, `E${i}`, {
          vpcId: 'vpc-1',
          serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-1',
          vpcEndpointName: `endpoint-${i}`,
          securityGroupIds: ['sg-1'],
          endpointType: 'Interface',
        });
        const a = new PrivatelinkVpcEndpointZone(endpoint, 'Zone1', { endpointId: endpoint.id, vswitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' });
        new PrivatelinkVpcEndpointZone(endpoint, 'Zone2', { endpointId: endpoint.id, vswitchId: 'vsw-b', zoneId: 'cn-hangzhou-i', dependsOn: [a] });
      });
  },
};

const [arg, n, runs] = process.argv.slice(2);
if (require.main !== module) {
  // imported (e.g. by a profiler): run nothing
} else if (arg === '--list') {
  process.stdout.write(`${Object.keys(CASES).join('\n')}\n`);
} else {
  const make = CASES[arg];
  if (!make) throw new Error(`unknown bench case ${arg}; known: ${Object.keys(CASES).join(', ')}`);
  process.stdout.write(`${JSON.stringify(runCase(make(), Number(n), Number(runs)))}\n`);
}
