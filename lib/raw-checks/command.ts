/**
 * What the package's commands (`private-access-check`, `private-access-map`) share: where they write, and how a
 * usage mistake or an unreadable input ends them (exit code 2, with the message).
 */
import { parseArgs } from 'util';
import { InputError } from './inputs/read-inputs';

/** Streams a command writes to; tests pass their own. */
export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const PROCESS_CONSOLE: Console = { out: text => process.stdout.write(text), err: text => process.stderr.write(text) };

/** A mistake in the command line: the command prints it with its usage. */
export class UsageError extends Error {}

/** A command's options by long name: a flag, or an option with a value (`multiple` for one that may be repeated). */
export interface OptionSpecs {
  readonly [name: string]: { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean };
}

/** The values of the options given: `true` for a flag, the value, or every value of a repeated option. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'boolean' ? true : O[K]['multiple'] extends true ? string[] : string;
};

/**
 * Reads a command line with Node's `util.parseArgs`: `--name value`, `--name=value`, `-n value`, `-nvalue`, the paths
 * in any order, and everything after `--` a path. Throws a `UsageError` naming the option for an unknown option, an
 * option without its value, a value given to a flag, or an option given twice that takes one value (the first would
 * be dropped silently).
 *
 * `strict: false`, checked here instead: strict mode refuses any value that starts with `-` (`--output -report.txt`),
 * and its messages do not name the command's usage.
 */
export function parseCommandLine<O extends OptionSpecs>(args: readonly string[], options: O): { values: OptionValues<O>; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.prototype.hasOwnProperty.call(options, token.name)) throw new UsageError(`unknown option ${token.rawName}`);
    const { type, multiple } = options[token.name];
    if (type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (got "${token.value}")`);
    if (type === 'string' && !multiple && seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  // Every token is now one of `options` with a value of its type, which is what `values` holds.
  return { values: values as OptionValues<O>, positionals };
}

/** `value` if it is one of `choices`; else a `UsageError` naming the option and the choices. */
export function choiceOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${choices.join(', ')} (got "${value}")`);
  return value as T;
}

/** A command: its name and usage, how it reads its arguments, and what it does with them. */
export interface Command<O> {
  readonly name: string;
  readonly usage: string;
  /** The options, or what to print instead of running (`--help`, `--version`); throws a `UsageError`. */
  readonly parse: (args: readonly string[]) => O | { readonly print: string };
  /** Runs with the options; resolves to the exit code; throws an `InputError` for an input it cannot read. */
  readonly run: (options: O, console: Console) => Promise<number>;
}

/** Runs `command` with `args`; resolves to the exit code (2 for a usage mistake or an unreadable input). */
export async function runCommand<O>(command: Command<O>, args: readonly string[], console: Console): Promise<number> {
  let options: O | { readonly print: string };
  try {
    options = command.parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.err(`${command.name}: ${error.message}\n\n${command.usage}\n`);
    return 2;
  }
  if (typeof options === 'object' && options !== null && 'print' in options) {
    console.out(`${options.print}\n`);
    return 0;
  }
  try {
    return await command.run(options, console);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.err(`${command.name}: ${error.message}\n`);
    return 2;
  }
}
