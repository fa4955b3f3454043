/**
 * The arguments a plan's `configuration` says each resource sets. A plan's values hold an argument that the provider
 * computes (a KMS key's `policy`) as unknown until apply whether the configuration sets it or not: only the
 * configuration tells the two apart.
 *
 * @see https://developer.hashicorp.com/terraform/internals/json-format#configuration-representation
 */
import * as fs from 'fs';
import { ResourceReading } from './reading';
import { InputContext } from './values';

interface ConfigurationModule {
  readonly resources?: ReadonlyArray<{ readonly address?: unknown; readonly expressions?: unknown }>;
  readonly module_calls?: Readonly<Record<string, { readonly module?: ConfigurationModule } | null>>;
}

/** Per input (one plan), the arguments each resource's configuration sets, by address without instance keys. */
const READ = new WeakMap<InputContext, Map<string, ReadonlySet<string>> | undefined>();

/** An address without its instance keys: `module.a["x"].aws_kms_key.k[0]` is `module.a.aws_kms_key.k`. */
function configurationAddress(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\]/g, '');
}

/** The configuration of the plan `file`, by resource; undefined when the file is no plan with a configuration. */
function readConfiguration(file: string): Map<string, ReadonlySet<string>> | undefined {
  let configuration: { root_module?: ConfigurationModule } | undefined;
  try {
    configuration = (JSON.parse(fs.readFileSync(file, 'utf-8')) as { configuration?: { root_module?: ConfigurationModule } }).configuration;
  } catch {
    return undefined;
  }
  if (typeof configuration?.root_module !== 'object' || configuration.root_module === null) return undefined;
  const set = new Map<string, ReadonlySet<string>>();
  const visit = (module: ConfigurationModule, prefix: string) => {
    for (const resource of module.resources ?? []) {
      const expressions = typeof resource.expressions === 'object' && resource.expressions !== null ? resource.expressions : {};
      if (typeof resource.address === 'string') set.set(`${prefix}${resource.address}`, new Set(Object.keys(expressions)));
    }
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      if (call?.module !== undefined) visit(call.module, `${prefix}module.${name}.`);
    }
  };
  visit(configuration.root_module, '');
  return set;
}

/**
 * Whether the configuration of the plan `r` was read from sets `argument` on `r`'s resource; undefined when that is not
 * known (the input is no plan, or a plan without its configuration).
 */
export function configuresArgument(r: ResourceReading, argument: string): boolean | undefined {
  const file = r.resource.file;
  if (file === undefined) return undefined;
  if (!READ.has(r.context)) READ.set(r.context, readConfiguration(file));
  return READ.get(r.context)?.get(configurationAddress(r.resource.resource))?.has(argument);
}
