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
 * The top-level keys of a Terraform JSON configuration: its block types (Terraform refuses any other), and `//`, a
 * comment (cdktf writes its metadata there).
 *
 * @see https://developer.hashicorp.com/terraform/language/syntax/json
 */
const CONFIGURATION_KEYS = new Set(['//', 'terraform', 'provider', 'variable', 'locals', 'output', 'module', 'resource', 'data',
  'ephemeral', 'moved', 'import', 'removed', 'check']);
/**
 * The blocks that make a JSON document a configuration, with the number of labels each has (`resource "type" "name"`):
 * JSON that only happens to use these keys (`{ "data": [1, 2] }`) does not nest objects that deep.
 */
const CONFIGURATION_BLOCKS: Readonly<Record<string, number>> = { resource: 2, data: 2, module: 1, provider: 1, terraform: 0 };

/** Whether `value` is blocks with `labels` labels: an object (or a list of them, as HCL's JSON syntax allows) of them. */
function isBlocks(value: unknown, labels: number): boolean {
  const objects = Array.isArray(value) ? value : [value];
  return objects.length > 0 && objects.every(o => typeof o === 'object' && o !== null && !Array.isArray(o)
    && (labels === 0 || Object.values(o).every(inner => isBlocks(inner, labels - 1))));
}

/**
 * Whether a parsed JSON document is a Terraform JSON configuration: resources, modules, data sources, providers or
 * settings, and no key Terraform does not know.
 */
export function isTerraformConfiguration(document: unknown): boolean {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const blocks = document as Record<string, unknown>;
  return Object.keys(blocks).every(key => CONFIGURATION_KEYS.has(key))
    && Object.entries(CONFIGURATION_BLOCKS).some(([key, labels]) => blocks[key] !== undefined && isBlocks(blocks[key], labels));
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
