/**
 * Terraform inputs read into raw resources: JSON configurations (cdktf's `cdk.tf.json`, hand-written `*.tf.json`) and
 * plans as `terraform show -json <planfile>` prints them.
 */
import { KeyLines } from './lines';
import { RawResource } from '../scan';

/**
 * What stands for a value the plan does not know until apply (`after_unknown`): a token to the checks, so it is never
 * checked as a literal.
 */
export const UNKNOWN: { readonly resolve: () => undefined; toString(): string } = Object.freeze({
  resolve: () => undefined,
  toString: () => '(known after apply)',
});

/** Terraform's expressions in JSON: `${...}` interpolations and `%{...}` directives, anywhere in a string. */
const EXPRESSION = /[$%]\{/;

/** Whether a Terraform value is an expression or unknown until apply. */
export function isTerraformExpression(value: unknown): boolean {
  return value === UNKNOWN || (typeof value === 'string' && EXPRESSION.test(value));
}

/** Whether a parsed JSON document is a Terraform JSON configuration with resources. */
export function isTerraformConfiguration(document: unknown): boolean {
  const resource = (document as { resource?: unknown } | null)?.resource;
  return typeof resource === 'object' && resource !== null && !Array.isArray(resource);
}

/** The resources of a JSON configuration, addressed `type.name`, each with the line its name is on. */
export function configurationResources(document: unknown, text: string, file?: string): RawResource[] {
  const resources = (document as { resource: Record<string, Record<string, unknown>> }).resource;
  const lines = new KeyLines(text);
  return Object.entries(resources).flatMap(([type, byName]) => {
    const from = lines.lineOf(type) ?? 1;
    return Object.entries(byName ?? {}).map(([name, args]) => ({
      resource: `${type}.${name}`, type, properties: args, file, line: lines.lineOf(name, from),
    }));
  });
}

/** Whether a parsed JSON document is a plan as `terraform show -json` prints it. */
export function isTerraformPlan(document: unknown): boolean {
  const plan = document as { format_version?: unknown; planned_values?: unknown } | null;
  return typeof plan?.format_version === 'string' && typeof plan.planned_values === 'object' && plan.planned_values !== null;
}

interface PlanModule {
  readonly resources?: Array<{ address: string; mode?: string; type: string; values?: unknown }>;
  readonly child_modules?: PlanModule[];
}

/**
 * `values` with `UNKNOWN` wherever `unknown` (a change's `after_unknown`) is true: the plan leaves such values out of
 * `planned_values`, or holds them as null.
 */
function withUnknowns(values: unknown, unknown: unknown): unknown {
  if (unknown === true) return UNKNOWN;
  if (typeof unknown !== 'object' || unknown === null) return values;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(values) ? [...values] : [];
    unknown.forEach((u, i) => { list[i] = withUnknowns(list[i], u); });
    return list;
  }
  const map: Record<string, unknown> = typeof values === 'object' && values !== null ? { ...values } : {};
  for (const [key, u] of Object.entries(unknown)) map[key] = withUnknowns(map[key], u);
  return map;
}

/** The managed resources a plan will have, from `planned_values` (child modules too), unknown values as `UNKNOWN`. */
export function planResources(document: unknown, text: string, file?: string): RawResource[] {
  const lines = addressLines(text);
  const plan = document as {
    planned_values: { root_module?: PlanModule };
    resource_changes?: Array<{ address: string; change?: { after_unknown?: unknown } }>;
  };
  const unknowns = new Map((plan.resource_changes ?? []).map(c => [c.address, c.change?.after_unknown]));
  const found: RawResource[] = [];
  const visit = (module: PlanModule | undefined) => {
    for (const r of module?.resources ?? []) {
      if (r.mode !== undefined && r.mode !== 'managed') continue;
      found.push({
        resource: r.address,
        type: r.type,
        properties: withUnknowns(r.values ?? {}, unknowns.get(r.address)),
        file,
        line: lines.get(r.address),
      });
    }
    for (const child of module?.child_modules ?? []) visit(child);
  };
  visit(plan.planned_values.root_module);
  return found;
}

/** The first line on which each `"address": "..."` of a plan is written (the resource in `planned_values`). */
function addressLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const address = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let counted = 0;
  for (let match = address.exec(text); match; match = address.exec(text)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const name = JSON.parse(`"${match[1]}"`) as string;
    if (!lines.has(name)) lines.set(name, line);
  }
  return lines;
}
