/**
 * Terraform's values in JSON, and plans as `terraform show -json <planfile>` prints them, read into raw resources.
 * Configurations are read in `terraform-configuration.ts`.
 */
import { InputResource } from './input';
import { Lines, PathSegment, propertyLine } from './lines';

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

/**
 * Whether a parsed JSON document is a Terraform JSON configuration with resources or modules (each an object, or a
 * list of objects as HCL's JSON syntax allows).
 */
export function isTerraformConfiguration(document: unknown): boolean {
  const { resource, module } = (document ?? {}) as { resource?: unknown; module?: unknown };
  return [resource, module].some(blocks => typeof blocks === 'object' && blocks !== null);
}

/** Whether a parsed JSON document is a plan as `terraform show -json` prints it. */
export function isTerraformPlan(document: unknown): boolean {
  const plan = document as { format_version?: unknown; planned_values?: unknown } | null;
  return typeof plan?.format_version === 'string' && typeof plan.planned_values === 'object' && plan.planned_values !== null;
}

/**
 * Whether a parsed JSON document is Terraform state as `terraform show -json` prints it (what is deployed now):
 * `values.root_module`, and no `planned_values`.
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format#state-representation
 */
export function isTerraformState(document: unknown): boolean {
  const state = document as { format_version?: unknown; values?: { root_module?: unknown }; planned_values?: unknown } | null;
  return typeof state?.format_version === 'string' && state.planned_values === undefined
    && typeof state.values?.root_module === 'object' && state.values.root_module !== null;
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

/**
 * The managed resources a plan will have, from `planned_values` (child modules too), unknown values as `UNKNOWN`, each
 * placed at its values in the plan's text.
 */
export function planResources(document: unknown, lines: Lines, file?: string): InputResource[] {
  const plan = document as {
    planned_values: { root_module?: PlanModule };
    resource_changes?: Array<{ address: string; change?: { after_unknown?: unknown } }>;
  };
  const unknowns = new Map((plan.resource_changes ?? []).map(c => [c.address, c.change?.after_unknown]));
  const found: InputResource[] = [];
  const visit = (module: PlanModule | undefined, at: readonly PathSegment[]) => {
    module?.resources?.forEach((r, i) => {
      if (r.mode !== undefined && r.mode !== 'managed') return;
      const values = [...at, 'resources', i, 'values'];
      found.push({
        resource: r.address,
        type: r.type,
        properties: withUnknowns(r.values ?? {}, unknowns.get(r.address)),
        file,
        lineOf: property => propertyLine(lines, values, property) ?? lines.lineOf([...at, 'resources', i]),
      });
    });
    module?.child_modules?.forEach((child, i) => visit(child, [...at, 'child_modules', i]));
  };
  visit(plan.planned_values.root_module, ['planned_values', 'root_module']);
  return found;
}
