/**
 * What an escape hatch changes on a construct's resource after construction (an `addOverride`, a property set on
 * `node.defaultChild` or on another resource it made) is checked at synth with the rules for raw resources, on the
 * resource's own path, so that no value reaches the output unchecked. A resource nobody changed is not checked again.
 */
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { PrivateLinkServiceResourceType } from '../../lib/alicloud/private-link-endpoint-service-types';
import { BASE, alicloudStack } from '../alicloud/support';
import { tryValidation } from '../support/validation';
import { HUAWEICLOUD, HUAWEICLOUD_SERVICE, OPENTELEKOMCLOUD, OPENTELEKOMCLOUD_SERVICE, SERVICE_BASE, SERVICE_ID, SUBNET_ID, VPC_ID, newStack } from '../support/vpcep';

interface Subject {
  readonly name: string;
  /** A stack with the construct `Subject`. */
  readonly create: () => { stack: TerraformStack; subject: Construct };
  /** The id of the resource changed, a child of `Subject`. @default 'Resource' (`node.defaultChild`) */
  readonly child?: string;
  /** An argument of the resource and a value its rules refuse, with what the error says. */
  readonly bad: readonly [string, unknown, RegExp];
  /** The same argument with a value its rules accept. */
  readonly good: unknown;
}

const SUBJECTS: Subject[] = [
  ...[HUAWEICLOUD, OPENTELEKOMCLOUD].map(cloud => ({
    name: `${cloud.name}.VpcepEndpoint`,
    create: () => {
      const stack = newStack(cloud);
      return { stack, subject: cloud.create(stack, 'Subject', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID }) };
    },
    bad: ['description', 'a<b', /description: "a<b" must not contain < or >/] as const,
    good: 'reporting endpoint',
  })),
  ...[HUAWEICLOUD_SERVICE, OPENTELEKOMCLOUD_SERVICE].map(cloud => ({
    name: `${cloud.name}.VpcepService`,
    create: () => {
      const stack = newStack(cloud);
      return { stack, subject: cloud.createService(stack, 'Subject', SERVICE_BASE) };
    },
    bad: ['description', 'a<b', /description: "a<b" must not contain < or >/] as const,
    good: 'orders service',
  })),
  {
    name: 'alicloud.PrivateLinkEndpoint',
    create: () => {
      const stack = alicloudStack();
      return { stack, subject: new PrivateLinkEndpoint(stack, 'Subject', BASE) };
    },
    // addOverride appends to the list the construct rendered, a property replaces it
    bad: ['security_group_ids', [''], /security_group_ids\[\d\]: "" must not be empty/] as const,
    good: ['sg-bp1abcdefghijklmnoxyz'],
  },
  {
    name: 'alicloud.PrivateLinkEndpointService',
    create: () => {
      const stack = alicloudStack();
      return { stack, subject: new PrivateLinkEndpointService(stack, 'Subject') };
    },
    bad: ['connect_bandwidth', 99999, /connect_bandwidth: 99999 /] as const,
    good: 200,
  },
  {
    name: 'alicloud.PrivateLinkEndpoint, a zone',
    create: () => {
      const stack = alicloudStack();
      return { stack, subject: new PrivateLinkEndpoint(stack, 'Subject', { ...BASE, zones: [{ vSwitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }] }) };
    },
    child: 'Zone1',
    bad: ['eni_ip', '10.0.0.256', /eni_ip: "10.0.0.256" must be an IPv4 address/] as const,
    good: '10.0.0.25',
  },
  {
    name: 'alicloud.PrivateLinkEndpointService, a backend',
    create: () => {
      const stack = alicloudStack();
      return { stack, subject: new PrivateLinkEndpointService(stack, 'Subject', { resources: [{ resourceType: PrivateLinkServiceResourceType.ALB, resourceId: 'alb-1', zoneId: 'cn-hangzhou-h' }] }) };
    },
    child: 'Backend1',
    bad: ['resource_type', 'elb', /resource_type: "elb" must be one of/] as const,
    good: 'nlb',
  },
  {
    name: 'alicloud.PrivateLinkEndpointService, an allowed user',
    create: () => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Subject');
      service.addAllowedUser('1234567890123456');
      return { stack, subject: service };
    },
    child: 'User1',
    bad: ['user_id', 'acs:ram::1234567890123456:root', /user_id: "acs:ram::1234567890123456:root" must be an Alibaba Cloud account ID/] as const,
    good: '6543210987654321',
  },
  {
    name: 'alicloud.PrivateLinkEndpointService, an accepted connection',
    create: () => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Subject');
      service.acceptConnection('ep-bp1abcdefghijklmnoxyz', { bandwidth: 200 });
      return { stack, subject: service };
    },
    child: 'Connection1',
    bad: ['bandwidth', 50, /bandwidth: 50 must be an integer from 100 to 10240/] as const,
    good: 1024,
  },
  ...[HUAWEICLOUD_SERVICE, OPENTELEKOMCLOUD_SERVICE].map(cloud => ({
    name: `${cloud.name}.VpcepService, its approval`,
    create: () => {
      const stack = newStack(cloud);
      const service = cloud.createService(stack, 'Subject', { ...SERVICE_BASE, approvalRequired: true });
      service.approveConnections('ep-1');
      return { stack, subject: service };
    },
    child: 'Approval',
    bad: ['service_id', '', /service_id: "" must be 1–64 characters long/] as const,
    good: 'another-service',
  })),
];

/** The resource of `subject` that a test changes. */
const changedResource = (subject: Subject, made: Construct) => made.node.findChild(subject.child ?? 'Resource') as TerraformResource;

/** The error synthesizing `stack` raises, if any. */
const synthError = (stack: TerraformStack) => tryValidation(() => Testing.synth(stack, true));

describe.each(SUBJECTS.map(s => [s.name, s] as [string, Subject]))('%s', (_name, subject) => {
  const [argument, bad, message] = subject.bad;

  test('a resource nobody changed synthesizes', () => {
    const { stack } = subject.create();
    expect(synthError(stack)).toBeUndefined();
  });

  test.each<[string, (resource: TerraformResource, value: unknown) => void]>([
    ['addOverride', (resource, value) => resource.addOverride(argument, value)],
    ['a property set on the resource', (resource, value) => {
      const property = argument.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
      (resource as unknown as Record<string, unknown>)[property] = value;
    }],
  ])('%s: a value the rules refuse fails synth on the resource\'s path; one they accept passes', (_how, change) => {
    // GIVEN the construct's resource changed after construction
    const refused = subject.create();
    change(changedResource(subject, refused.subject), bad);
    const accepted = subject.create();
    change(changedResource(subject, accepted.subject), subject.good);

    // WHEN synthesized THEN only the refused value fails, named on the resource
    const error = synthError(refused.stack);
    expect(error?.violations).toEqual([expect.objectContaining({ constructPath: `Stack/Subject/${subject.child ?? 'Resource'}` })]);
    expect(error?.message).toMatch(message);
    expect(synthError(accepted.stack)).toBeUndefined();
  });
});

test('a token set after construction is not checked as a literal', () => {
  // GIVEN an endpoint whose description is overridden with a reference
  const { stack, subject } = SUBJECTS[0].create();
  (subject.node.defaultChild as TerraformResource).addOverride('description', '${var.description}');
  // WHEN synthesized THEN it passes
  expect(synthError(stack)).toBeUndefined();
});

describe('tags changed after construction are reported once', () => {
  test.each<[string, (resource: TerraformResource) => void]>([
    ['addOverride, which only this check sees', resource => resource.addOverride('tags', { _sys_x: 'v' })],
    ['the tags field, which the final-tags check reads', resource => { (resource as unknown as { tags: object }).tags = { _sys_x: 'v' }; }],
  ])('%s', (_how, change) => {
    // GIVEN an endpoint whose tags get a reserved key after construction
    const { stack, subject } = SUBJECTS[0].create();
    change(subject.node.defaultChild as TerraformResource);
    // WHEN synthesized THEN the key is refused, once
    const error = synthError(stack);
    expect(error?.violations.filter(v => /_sys_x/.test(`${v.property} ${v.value}`))).toHaveLength(1);
  });
});
