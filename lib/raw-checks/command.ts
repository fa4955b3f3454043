/**
 * What the package's commands (`private-access-check`, `private-access-map`) share: where they write, and how a
 * usage mistake or an unreadable input ends them (exit code 2, with the message).
 */
import { InputError } from './inputs/read-inputs';

/** Streams a command writes to; tests pass their own. */
export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const PROCESS_CONSOLE: Console = { out: text => process.stdout.write(text), err: text => process.stderr.write(text) };

/** A mistake in the command line: the command prints it with its usage. */
export class UsageError extends Error {}

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
