/**
 * Terraform state as `terraform show -json` prints it (what is deployed now): `values.root_module.resources[]` with
 * their `values`, child modules too, and no `planned_values`.
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format#state-representation
 */
import { RawResource } from '../raw-checks/check-resource';

export { isTerraformState } from '../raw-checks/inputs/terraform-json';

interface StateModule {
  readonly resources?: Array<{ address: string; mode?: string; type: string; values?: unknown }>;
  readonly child_modules?: StateModule[];
}

/** The managed resources of a state, each with the line its address is written on in `stateFileText`. */
export function stateResources(document: unknown, stateFileText: string, file?: string): RawResource[] {
  const found: RawResource[] = [];
  const lines = new Map<string, number>();
  stateFileText.split('\n').forEach((line, i) => {
    const written = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
    const address = written === undefined ? undefined : JSON.parse(written) as string;
    if (address !== undefined && !lines.has(address)) lines.set(address, i + 1);
  });
  const visit = (module: StateModule | undefined) => {
    for (const r of module?.resources ?? []) {
      if (r.mode !== undefined && r.mode !== 'managed') continue;
      found.push({ resource: r.address, type: r.type, properties: r.values ?? {}, file, line: lines.get(r.address) });
    }
    for (const child of module?.child_modules ?? []) visit(child);
  };
  visit((document as { values: { root_module: StateModule } }).values.root_module);
  return found;
}
