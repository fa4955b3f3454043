/**
 * What the checks for raw resources report: one broken vendor rule, located in the user's own input.
 */
export interface Finding {
  /** The file the resource was read from; none for a resource checked in its app. */
  readonly file?: string;
  /** The line of `file` on which the property is written (else the nearest enclosing one, or the resource), when known. */
  readonly line?: number;
  /** The resource: a CloudFormation logical id, a Terraform address, or a construct path. */
  readonly resource: string;
  /** The path of the construct that wrote the resource, when the input records it (`aws:cdk:path`, cdktf's metadata). */
  readonly constructPath?: string;
  /** The resource type, e.g. `AWS::Redshift::EndpointAccess` or `huaweicloud_vpcep_endpoint`. */
  readonly type: string;
  /** The property in the input's own names, e.g. `EndpointName`, `whitelist[0]` or `tags["_sys_x"]`. */
  readonly property: string;
  /** The offending value as messages show it (quoted, cut at 120 characters, expressions as `<token>`). */
  readonly value: string;
  /** The rule the value breaks. */
  readonly rule: string;
  /** The public page the rule comes from. */
  readonly source: string;
  /** Every rule here is one the vendor enforces at deploy time. */
  readonly severity: 'error';
}

/** The attribute a finding's property lies under: `whitelist` of `whitelist[0]`, `port` of `port[1].client_port`. */
export function attributeOf(property: string): string {
  return property.split(/[[.]/)[0];
}
