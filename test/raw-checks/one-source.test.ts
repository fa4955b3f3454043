/**
 * One source of rules: the L2, the CDK plugin, the cdktf/cdktn validation and the command-line checker all read the
 * rule tables. Changing one limit in a table (the Redshift endpoint name's 30 characters) changes what all four accept;
 * changing a rule that ties several values together (Alibaba Cloud's DualStack) changes what the three that know the
 * resource accept (the CDK plugin checks AWS resources only).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { PrivateLinkServiceResourceType } from '../../lib/alicloud/private-link-endpoint-service-types';
import { PrivateLinkIpVersion } from '../../lib/alicloud/private-link-ip-version';
import { RawResourceValidationPlugin } from '../../lib/aws/raw-resource-validation-plugin';
import { RedshiftManagedEndpoint } from '../../lib/aws/redshift-managed-endpoint';
import { lengthBetween } from '../../lib/core/rules';
import { main } from '../../lib/raw-checks/cli';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES } from '../../lib/rules/alicloud/private-link-endpoint-service';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../../lib/rules/aws/redshift-managed-endpoint';
import { RawResourceValidation } from '../../lib/terraform';
import { outcome } from '../support/validation';

const NAME = 'reporting-endpoint'; // 18 characters: within the table's 1–30

function l2Accepts(): boolean {
  const stack = new Stack(new App(), 'L2');
  return outcome(() => new RedshiftManagedEndpoint(stack, 'Endpoint', {
    clusterIdentifier: 'analytics',
    endpointName: NAME,
    subnetGroupName: 'subnets',
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0')],
  })) === 'ok';
}

function pluginAccepts(): boolean {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'one-source-')) });
  Validations.of(app).addPlugins(new RawResourceValidationPlugin());
  new redshift.CfnEndpointAccess(new Stack(app, 'Plugin'), 'Endpoint', {
    clusterIdentifier: 'analytics', endpointName: NAME, subnetGroupName: 'subnets', vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
  });
  try {
    app.synth();
    return true;
  } catch {
    return false;
  }
}

function terraformValidationAccepts(): boolean {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Terraform');
  const endpoint = new TerraformResource(stack, 'Endpoint', { terraformResourceType: 'aws_redshift_endpoint_access' });
  endpoint.addOverride('endpoint_name', NAME);
  RawResourceValidation.addTo(app);
  return outcome(() => Testing.fullSynth(stack)) === 'ok';
}

async function checkerAccepts(): Promise<boolean> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'one-source-')), 'endpoint.template.json');
  fs.writeFileSync(file, JSON.stringify({ Resources: { Endpoint: { Type: 'AWS::Redshift::EndpointAccess', Properties: { EndpointName: NAME } } } }));
  return await main([file], { out: () => undefined, err: () => undefined }) === 0;
}

async function acceptedBy(): Promise<boolean[]> {
  return [l2Accepts(), pluginAccepts(), terraformValidationAccepts(), await checkerAccepts()];
}

test('changing one limit in a rule table changes what the L2, the plugin, the Terraform validation and the checker accept', async () => {
  const lengthRule = REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName;
  const index = lengthRule.findIndex(r => r.explain('x' as never).startsWith('must be 1–30 characters long'));
  expect(index).toBeGreaterThanOrEqual(0);
  const original = lengthRule[index];
  // GIVEN the table as it is, all four accept an 18-character name
  expect(await acceptedBy()).toEqual([true, true, true, true]);
  try {
    // WHEN the table's limit becomes 10 characters
    lengthRule[index] = lengthBetween(1, 10);
    // THEN all four refuse it
    expect(await acceptedBy()).toEqual([false, false, false, false]);
  } finally {
    lengthRule[index] = original;
  }
});

describe('a cross-argument rule is stated once too', () => {
  // Writable, as the table's objects are at run time: the test changes the one rule object every surface holds.
  const rule = PRIVATE_LINK_ENDPOINT_SERVICE_RULES.dualStackResourceType as { accepts: (v: { serviceResourceType?: string }) => boolean };
  const DUAL_STACK_CLB = { addressIpVersion: 'DualStack', serviceResourceType: 'slb' };

  function constructAccepts(): boolean {
    const stack = new TerraformStack(Testing.app(), 'Construct');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    return outcome(() => new PrivateLinkEndpointService(stack, 'Service', {
      addressIpVersion: PrivateLinkIpVersion.DUALSTACK, serviceResourceType: PrivateLinkServiceResourceType.CLB,
    })) === 'ok';
  }

  function rawValidationAccepts(): boolean {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Raw');
    const service = new TerraformResource(stack, 'Service', { terraformResourceType: 'alicloud_privatelink_vpc_endpoint_service' });
    service.addOverride('address_ip_version', DUAL_STACK_CLB.addressIpVersion);
    service.addOverride('service_resource_type', DUAL_STACK_CLB.serviceResourceType);
    RawResourceValidation.addTo(app);
    return outcome(() => Testing.fullSynth(stack)) === 'ok';
  }

  async function rawCheckerAccepts(): Promise<boolean> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'one-source-')), 'main.tf.json');
    fs.writeFileSync(file, JSON.stringify({
      resource: {
        alicloud_privatelink_vpc_endpoint_service: {
          raw: {
            address_ip_version: DUAL_STACK_CLB.addressIpVersion, service_resource_type: DUAL_STACK_CLB.serviceResourceType,
          },
        },
      },
    }));
    return await main([file], { out: () => undefined, err: () => undefined }) === 0;
  }

  test('changing the DualStack rule in its table changes what the construct, the Terraform validation and the checker accept', async () => {
    const original = rule.accepts;
    // GIVEN the table as it is, all three refuse DualStack for a CLB service
    expect([constructAccepts(), rawValidationAccepts(), await rawCheckerAccepts()]).toEqual([false, false, false]);
    try {
      // WHEN the table's rule also lets slb take DualStack
      rule.accepts = v => v.serviceResourceType === 'slb' || original(v);
      // THEN all three accept it
      expect([constructAccepts(), rawValidationAccepts(), await rawCheckerAccepts()]).toEqual([true, true, true]);
    } finally {
      rule.accepts = original;
    }
  });
});
