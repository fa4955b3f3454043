/**
 * Props given as unresolved tokens (Terraform variables) are never checked as literals and reach the output as they
 * are, on both clouds.
 */
import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { VpcepPolicyEffect } from '../../lib/vpcep/vpcep-endpoint-types';
import { CLOUDS, Props, SERVICE_ID, SUBNET_ID, VPC_ID, endpointArgs, newStack, synthConforming } from '../support/vpcep';

function variables(stack: TerraformStack) {
  return {
    text: (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue,
    list: (name: string) => new TerraformVariable(stack, name, { type: 'list(string)' }).listValue,
    bool: (name: string) => new TerraformVariable(stack, name, { type: 'bool' }).booleanValue,
  };
}

describe.each(CLOUDS)('%s VpcepEndpoint: props as unresolved tokens', (_name, cloud) => {
  test('every interface prop both clouds take synthesizes unchecked and is passed through', () => {
    // GIVEN
    const stack = newStack(cloud);
    const { text, list, bool } = variables(stack);
    // WHEN
    cloud.create(stack, 'Endpoint', {
      serviceId: text('service_id'),
      vpcId: text('vpc_id'),
      subnetId: text('subnet_id'),
      portIp: text('port_ip'),
      enableDns: bool('enable_dns'),
      whitelist: list('whitelist'),
      enableWhitelist: bool('enable_whitelist'),
      description: text('description'),
      tags: Token.asStringMap(new TerraformVariable(stack, 'tags', { type: 'map(string)' }).value),
    });
    // THEN
    expect(endpointArgs(stack, cloud)).toEqual({
      service_id: '${var.service_id}',
      vpc_id: '${var.vpc_id}',
      [cloud.args.subnetId]: '${var.subnet_id}',
      [cloud.args.portIp]: '${var.port_ip}',
      enable_dns: '${var.enable_dns}',
      whitelist: '${var.whitelist}',
      enable_whitelist: '${var.enable_whitelist}',
      description: '${var.description}',
      tags: '${var.tags}',
    });
  });

  test('gateway props as tokens: route tables, a whole statement list, token fields in a statement', () => {
    // GIVEN
    const stack = newStack(cloud);
    const { text, list } = variables(stack);
    // WHEN
    cloud.create(stack, 'Endpoint', {
      serviceId: SERVICE_ID,
      vpcId: VPC_ID,
      routeTables: list('route_tables'),
      policyStatements: Token.asAny(new TerraformVariable(stack, 'statements', { type: 'any' }).value) as any,
    });
    cloud.create(stack, 'Other', {
      serviceId: SERVICE_ID,
      vpcId: VPC_ID,
      policyStatements: [{ effect: text('effect') as VpcepPolicyEffect, actions: list('actions'), resources: [`obs:*:*:object:${text('bucket')}/*`] }],
    });
    // THEN
    const resources = synthConforming(stack).resource[cloud.resourceType];
    const [endpoint, other] = ['Endpoint_', 'Other_'].map(p => resources[Object.keys(resources).find(k => k.startsWith(p))!]);
    expect(endpoint[cloud.args.routeTables]).toBe('${var.route_tables}');
    expect(endpoint.policy_statement).toBe('${jsonencode(var.statements)}');
    expect(other.policy_statement).toBe('${jsonencode([{"Effect" = var.effect, "Action" = var.actions, "Resource" = ["obs:*:*:object:${var.bucket}/*"]}])}');
  });

  test.each<[string, Partial<Props>]>([
    ['with a whitelist', { whitelist: ['10.0.0.0/8'] }],
    ['without a whitelist', {}],
  ])('enableWhitelist and enableDns as boolean tokens %s are unknown: no error, no warning', (_what, props) => {
    // GIVEN
    const stack = newStack(cloud);
    const { bool } = variables(stack);
    // WHEN
    const endpoint = cloud.create(stack, 'Endpoint', {
      serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID, enableWhitelist: bool('enable_whitelist'), enableDns: bool('dns'), ...props,
    });
    // THEN
    expect(endpoint.node.metadata.filter(m => m.type === '@cdktf/warn')).toEqual([]);
    expect(endpointArgs(stack, cloud).enable_whitelist).toBe('${var.enable_whitelist}');
  });

  test('a list with some token entries checks only the literal ones', () => {
    // GIVEN
    const stack = newStack(cloud);
    const entry = variables(stack).text('entry');
    // WHEN / THEN
    expect(() => cloud.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, whitelist: [entry, '10.0.0.1'] })).not.toThrow();
    expect(() => cloud.create(stack, 'Bad', { serviceId: SERVICE_ID, vpcId: VPC_ID, whitelist: [entry, '10.0.0.300'] }))
      .toThrow(/whitelist\[1\]: "10.0.0.300" must be an IPv4 address or CIDR block/);
  });
});
