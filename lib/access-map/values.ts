/**
 * Values of raw resources as the map names them: a literal as written, a reference to a resource of the same input as
 * that resource, and anything else unknown until deploy (a parameter, a variable, an unknown plan value) as the
 * expression, so that it stays visible.
 */
import { RawResource } from '../raw-checks/check-resource';
import { InputDataSource } from '../raw-checks/inputs/input';
import { isNoValue } from '../raw-checks/inputs/literal-intrinsics';
import { UNKNOWN } from '../raw-checks/inputs/terraform-json';

/** A value as the map reads it. */
export interface Term {
  /** The literal, the resource referred to, or the expression as written. */
  readonly text: string;
  /** Whether `text` is the value itself (a literal). */
  readonly known: boolean;
  /** The logical ID or address of the resource of the same input the value refers to. */
  readonly resource?: string;
  /**
   * The input (a template, a Terraform configuration, a plan) whose resource or expression this is, where the map knows
   * it: a logical ID, a parameter or a variable means something else in another input.
   */
  readonly scope?: string;
}

/** What the map needs to know of one input file to read its values. */
export interface InputContext {
  /** Whether a value is an expression of the input's engine, or unknown until apply. */
  readonly isUnresolved: (value: unknown) => boolean;
  /** The logical IDs or addresses of the file's resources, with their types. */
  readonly types: ReadonlyMap<string, string>;
  /** The file's resources, for a reader whose access another resource may change (a key policy of its own). */
  readonly resources: readonly RawResource[];
  /** A Terraform configuration's data sources by address (`module.a.data.aws_caller_identity.current`); none elsewhere. */
  readonly dataSources?: ReadonlyMap<string, InputDataSource>;
  /** The input, which tells its resources from those of other inputs with the same logical IDs or addresses. */
  readonly scope?: string;
}

const MAX_EXPRESSION = 80;

/** A CloudFormation intrinsic written the way `Fn::Sub` writes references: `${Id}`, `${Id.Attribute}`. */
function renderIntrinsic(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const [[fn, arg]] = Object.entries(value).length === 1 ? Object.entries(value) : [['', value]];
    if (fn === 'Ref') return `\${${renderIntrinsic(arg)}}`;
    if (fn === 'Fn::GetAtt') return `\${${Array.isArray(arg) ? arg.map(renderIntrinsic).join('.') : renderIntrinsic(arg)}}`;
    if (fn === 'Fn::Join' && Array.isArray(arg) && Array.isArray(arg[1])) return arg[1].map(renderIntrinsic).join(String(arg[0]));
    if (fn === 'Fn::Sub') return renderIntrinsic(Array.isArray(arg) ? arg[0] : arg);
    if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) return `${renderIntrinsic(arg[0])} ? ${renderBranch(arg[1])} : ${renderBranch(arg[2])}`;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_EXPRESSION ? `${json.slice(0, MAX_EXPRESSION - 1)}…` : json;
}

/** One value an `Fn::If` chooses: a list as its entries, and `AWS::NoValue`, which leaves the property out, as "(none)". */
function renderBranch(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderIntrinsic).join(', ')}]`;
  return isNoValue(value) ? '(none)' : renderIntrinsic(value);
}

/** The resource of `context` that a whole value refers to: `{ "Ref": "Id" }`, `{ "Fn::GetAtt": ... }`, `${type.name.id}`. */
function referredResource(value: unknown, context: InputContext): string | undefined {
  let name: string | undefined;
  if (typeof value === 'string') {
    name = /^\$\{([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)(\.[^${}]+)?\}$/.exec(value)?.[1];
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const getAtt = record['Fn::GetAtt'];
    name = typeof record.Ref === 'string' ? record.Ref
      : Array.isArray(getAtt) ? String(getAtt[0])
        : typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
  }
  return name !== undefined && context.types.has(name) ? name : undefined;
}

/**
 * `value` as the map reads it; undefined for an absent value. `at` names it for a value unknown until apply, which
 * has no text of its own.
 */
export function term(value: unknown, context: InputContext, at: string): Term | undefined {
  if (value === undefined || value === null) return undefined;
  if (!context.isUnresolved(value) && (typeof value === 'string' || typeof value === 'number')) return { text: String(value), known: true };
  const scope = context.scope !== undefined ? { scope: context.scope } : {};
  if (!context.isUnresolved(value)) return { text: renderIntrinsic(value), known: false, ...scope };
  const resource = referredResource(value, context);
  if (resource !== undefined) return { text: resource, known: true, resource, ...scope };
  if (value === UNKNOWN) return { text: `${at} (known after apply)`, known: false, ...scope };
  return { text: typeof value === 'string' ? value : renderIntrinsic(value), known: false, ...scope };
}

/** The entries of a list (or set) value, with their property names; a whole unknown list is one unknown entry. */
export function entries(value: unknown, property: string): Array<[unknown, string]> {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v, i) => [v, `${property}[${i}]`]);
  return [[value, property]];
}

/** A flag: true, false, or unknown until deploy; `fallback` when absent. */
export function flag(value: unknown, context: InputContext, fallback: boolean): boolean | 'unknown' {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return context.isUnresolved(value) ? 'unknown' : fallback;
}

/** The properties of a raw resource as a record (none when the whole value is an expression). */
export function propertiesOf(resource: RawResource): Record<string, unknown> {
  const properties = resource.properties;
  return typeof properties === 'object' && properties !== null && !Array.isArray(properties) ? properties as Record<string, unknown> : {};
}
