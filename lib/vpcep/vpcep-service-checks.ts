/**
 * How the VPCEP services apply their rule table: the run-time shapes of the props, each cloud's differences, and the
 * checks that need more than one value.
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { VPCEP_TIMEOUTS } from './vpcep-endpoint-checks';
import type { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from './vpcep-service-types';
import { Rule } from '../core/rules';
import { boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import type { TagPolicy } from '../core/tags';
import { Validator } from '../core/validator';
import { ORGANIZATION_PREFIX, VPCEP_SERVICE_RULES } from '../rules/vpcep/service';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

type PropName = keyof VpcepServiceProps;

/** The run-time shape of a `VpcepPortMapping`, for props and `addPortMapping()`. */
export const VPCEP_PORT_MAPPING = struct<VpcepPortMapping>('VpcepPortMapping', {
  servicePort: number(),
  terminalPort: number(),
  protocol: optional(string()),
});

/** The run-time shape of `VpcepServiceAttributes`, for `fromVpcepServiceAttributes()`. */
export const VPCEP_SERVICE_ATTRIBUTES = struct<VpcepServiceAttributes>('VpcepServiceAttributes', {
  serviceId: string(),
  approvalRequired: optional(boolean()),
  region: optional(string()),
  provider: META_ARGUMENT_SHAPES.provider,
});

/** The run-time shape of `VpcepServiceProps`, for callers without TypeScript's checks. */
export const VPCEP_SERVICE_PROPS = struct<VpcepServiceProps>('VpcepServiceProps', {
  ...META_ARGUMENT_SHAPES,
  vpcId: string(),
  serverType: string(),
  portId: string(),
  portMappings: listOf(VPCEP_PORT_MAPPING, 'port mappings'),
  name: optional(string()),
  serviceType: optional(string()),
  approvalRequired: optional(boolean()),
  allowedConsumers: optional(listOf(string())),
  description: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  tcpProxy: optional(string()),
  ipVersion: optional(string()),
  snatNetworkId: optional(string()),
  region: optional(string()),
  enablePolicy: optional(boolean()),
  timeouts: optional(VPCEP_TIMEOUTS),
});

/** What sets one cloud's service rules apart. */
export interface VpcepServiceCloudRules {
  /** The cloud's name, for messages. */
  readonly displayName: string;
  /** The cloud's tag rules (the endpoints' tag policy: the same API). */
  readonly tagPolicy: TagPolicy;
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly PropName[];
  /** The cloud's name rules. */
  readonly name: readonly Rule<string>[];
  /** The cloud's description rules. */
  readonly description: readonly Rule<string>[];
  /** The cloud's TCP proxy values. */
  readonly tcpProxy: readonly Rule<string>[];
  /** The cloud's whitelist record rules. */
  readonly permission: readonly Rule<string>[];
  /** The timeouts the service resource declares. */
  readonly serviceTimeouts: TimeoutsBlock;
}

const RULES = VPCEP_SERVICE_RULES;

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
export function checkVpcepServiceProps(v: Validator, props: VpcepServiceProps, cloud: VpcepServiceCloudRules): void {
  const unsupported = cloud.unsupportedProps.filter(name => props[name] !== undefined);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  v.check('vpcId', props.vpcId, ...RULES.id);
  if (!unsupported.includes('region')) v.check('region', props.region, ...RULES.id);
  checkTimeouts(v, 'timeouts', props.timeouts, cloud.serviceTimeouts);
  v.check<string>('serverType', props.serverType, ...RULES.serverType);
  v.check('portId', props.portId, ...RULES.portId);
  v.check('name', props.name, ...cloud.name);
  v.check<string>('serviceType', props.serviceType, ...RULES.serviceType);
  v.check('description', props.description, ...cloud.description);
  v.check<string>('tcpProxy', props.tcpProxy, ...cloud.tcpProxy);
  v.checkTags('tags', props.tags, cloud.tagPolicy);
  checkPortMappingList(v, props.portMappings);
  (v.isLiteral(props.portMappings) ? props.portMappings : []).forEach((m, i) => checkPortMapping(v, i, m));
  checkAllowedConsumers(v, 0, props.allowedConsumers ?? [], cloud);
  checkAllowedConsumerList(v, props.allowedConsumers ?? []);
  if (!unsupported.includes('ipVersion')) {
    v.check('snatNetworkId', props.snatNetworkId, ...RULES.id);
    v.check<string>('ipVersion', props.ipVersion, ...RULES.ipVersion);
    v.checkTogether(RULES.ipv6SnatNetwork, { ipVersion: props.ipVersion, snatNetworkId: props.snatNetworkId });
  }
}

/** The rules on the whole port mapping list, which `addPortMapping()` can break after construction. */
export function checkPortMappingList(v: Validator, mappings: readonly VpcepPortMapping[]): void {
  v.checkList('portMappings', mappings, RULES.portMappings);
}

/**
 * Port mappings `addPortMapping()` adds to `existing`: each one's fields, and no mapping the list has already (the
 * API refuses duplicate mappings; the list size is left to synth).
 */
export function checkAddedPortMappings(v: Validator, existing: readonly VpcepPortMapping[], added: readonly VpcepPortMapping[]): void {
  added.forEach((m, i) => checkPortMapping(v, existing.length + i, m));
  v.checkList('portMappings', [...existing, ...added], { unique: true, uniqueKey: RULES.portMappings.uniqueKey });
}

/** The fields of one port mapping, checked as it is given. */
export function checkPortMapping(v: Validator, index: number, mapping: VpcepPortMapping): void {
  if (!v.isLiteral(mapping)) return;
  const property = `portMappings[${index}]`;
  v.check(`${property}.servicePort`, mapping.servicePort, ...RULES.port);
  v.check(`${property}.terminalPort`, mapping.terminalPort, ...RULES.port);
  v.check<string>(`${property}.protocol`, mapping.protocol, ...RULES.protocol);
}

/** Each allowed consumer given from `start` on: the cloud's record format. */
export function checkAllowedConsumers(v: Validator, start: number, consumers: readonly string[], cloud: VpcepServiceCloudRules): void {
  if (!v.isLiteral(consumers)) return;
  consumers.forEach((consumer, i) => v.check(`allowedConsumers[${start + i}]`, consumer, ...cloud.permission));
}

/** The whole list of allowed consumers: each record once (the providers keep them in a set). */
export function checkAllowedConsumerList(v: Validator, consumers: readonly string[]): void {
  v.checkList('allowedConsumers', consumers, { unique: true });
}

/**
 * The attributes of an imported service on `cloud`: the ID the approval API takes, and a region only where the
 * approval resource has one.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html
 */
export function checkVpcepServiceAttributes(v: Validator, attrs: VpcepServiceAttributes, cloud: VpcepServiceCloudRules): void {
  v.check('serviceId', attrs.serviceId, ...RULES.serviceId);
  if (cloud.unsupportedProps.includes('region')) {
    if (attrs.region !== undefined) {
      v.fail('region', attrs.region, `is not supported on ${cloud.displayName}: its approval resource has no region argument (use a provider of that region)`);
    }
  } else {
    v.check('region', attrs.region, ...RULES.id);
  }
}

/** Legal props that are probably a mistake. */
export function vpcepServiceWarnings(v: Validator, approvalRequired: VpcepServiceProps['approvalRequired'], consumers: readonly string[]): string[] {
  if (approvalRequired !== false || !v.isLiteral(consumers)) return [];
  return consumers
    .map((consumer, i) => [consumer, i] as const)
    .filter(([consumer]) => consumer === '*' || consumer === `${ORGANIZATION_PREFIX}*`)
    .map(([consumer, i]) => `allowedConsumers[${i}]: "${consumer}" with approvalRequired: false lets anyone in it connect without approval`);
}
