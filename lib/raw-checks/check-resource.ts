import { ConditionBranch, conditionBranches } from './condition-branches';
import { Finding } from './finding';
import { terraformConditionBranches } from './inputs/terraform-conditional';
import { RESOURCE_TYPES, ResourceTypeRules } from './resource-types';
import type { Violation } from '../core/validation-error';
import { UnresolvedPredicate, Validator, isBeneath } from '../core/validator';
import type { KnownEnv } from '../rules/aws/account-id';

export type { KnownEnv };

/** One resource as an input declares it: its name there, its type and its properties or arguments. */
export interface RawResource {
  /** The logical id, Terraform address or construct path. */
  readonly resource: string;
  readonly type: string;
  /** The properties (CloudFormation) or arguments (Terraform), in the input's own names. */
  readonly properties: unknown;
  readonly file?: string;
  readonly line?: number;
  /** Where it deploys, as far as the input tells: a CDK stack's literal account and Region. */
  readonly env?: KnownEnv;
}

/** Whether the checks know resources of `type`. */
export function isCheckedType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(RESOURCE_TYPES, type);
}

/**
 * Applies the rules of `type` to `properties`, reporting into `validator` (with the attribute names as properties):
 * first each attribute's, with those that need where the resource deploys where `env` knows it, then those that tie
 * several attributes together. Returns, for each violation it added, the source of the rule broken.
 */
export function checkAttributes(
  validator: Validator, type: string, properties: unknown, env: KnownEnv = {},
): Map<Violation, string> {
  const sources = new Map<Violation, string>();
  if (!isCheckedType(type) || typeof properties !== 'object' || properties === null || validator.skips(properties)) {
    return sources;
  }
  const args = properties as Record<string, unknown>;
  const noteSources = (source: string) => {
    for (const violation of validator.violations) {
      if (!sources.has(violation)) sources.set(violation, source);
    }
  };
  for (const attribute of RESOURCE_TYPES[type].attributes) {
    const value = args[attribute.attribute];
    if (value === undefined || value === null) continue;
    attribute.check(validator, attribute.attribute, value, env);
    noteSources(attribute.source);
  }
  for (const rule of RESOURCE_TYPES[type].together ?? []) {
    rule.check(validator, args, name => name);
    noteSources(rule.source);
  }
  return sources;
}

/** How each engine writes a value chosen by a condition: CloudFormation's `Fn::If`, Terraform's `c ? a : b`. */
const BRANCHES_OF = { cloudformation: conditionBranches, terraform: terraformConditionBranches } as const;

/**
 * Every rule `resource` breaks, as findings; `isUnresolved` tells the input's expressions (never checked as literals).
 * A property given by a condition (`Fn::If`, `c ? a : b`) is checked once for each literal branch, each finding saying
 * when.
 */
export function findingsOf(resource: RawResource, isUnresolved: UnresolvedPredicate): Finding[] {
  const findings = findingsFor(resource, resource.properties, isUnresolved);
  if (!isCheckedType(resource.type) || typeof resource.properties !== 'object' || resource.properties === null) return findings;
  const rules = RESOURCE_TYPES[resource.type];
  const branchesOf = BRANCHES_OF[rules.engine];
  const read = argumentsRead(rules);
  const properties = resource.properties as Record<string, unknown>;
  /** The findings on `property` (or within it) when `name` has the value `branch` gives it or its entry. */
  const branchFindings = (name: string, property: string, value: unknown, branch: ConditionBranch) =>
    findingsFor(resource, { ...properties, [name]: value }, isUnresolved)
      .filter(finding => isBeneath(finding.property, property))
      .map(finding => ({ ...finding, rule: `${finding.rule} (the value when ${branch.when})` }));
  for (const [name, value] of Object.entries(properties)) {
    // A condition on an argument no rule reads (`count = var.on ? 1 : 0`) cannot change a finding.
    if (!read.has(name)) continue;
    for (const branch of branchesOf(value)) findings.push(...branchFindings(name, name, branch.value, branch));
    if (!Array.isArray(value)) continue;
    // An entry of a list given by a condition: the other entries as written (a branch that leaves the entry out
    // cannot break a rule of its own).
    value.forEach((entry, i) => {
      for (const branch of branchesOf(entry)) {
        const list = value.map((other, j) => (j === i ? branch.value : other));
        findings.push(...branchFindings(name, `${name}[${i}]`, list, branch));
      }
    });
  }
  return findings;
}

const ARGUMENTS_READ = new WeakMap<ResourceTypeRules, ReadonlySet<string>>();

/** The arguments the rules of a resource type read, each attribute's and the cross rules'. */
function argumentsRead(rules: ResourceTypeRules): ReadonlySet<string> {
  let read = ARGUMENTS_READ.get(rules);
  if (read === undefined) {
    read = new Set([...rules.attributes.map(a => a.attribute), ...(rules.together ?? []).flatMap(t => t.attributes)]);
    ARGUMENTS_READ.set(rules, read);
  }
  return read;
}

function findingsFor(resource: RawResource, properties: unknown, isUnresolved: UnresolvedPredicate): Finding[] {
  const validator = new Validator(isUnresolved);
  const sources = checkAttributes(validator, resource.type, properties, resource.env);
  return validator.violations.map(violation => ({
    ...(resource.file !== undefined ? { file: resource.file } : {}),
    ...(resource.line !== undefined ? { line: resource.line } : {}),
    resource: resource.resource,
    type: resource.type,
    property: violation.property,
    value: violation.value,
    rule: violation.message,
    source: sources.get(violation)!,
    severity: 'error' as const,
  }));
}
