import { UsageError, parseCommandLine } from '../../lib/raw-checks/command';

const OPTIONS = {
  'format': { type: 'string', short: 'f' },
  'var-file': { type: 'string', multiple: true },
  'help': { type: 'boolean', short: 'h' },
} as const;

describe('parseCommandLine', () => {
  test.each([
    ['a value after the option', ['--format', 'json', 'main.tf'], { format: 'json' }, ['main.tf']],
    ['a value after =', ['--format=json', 'main.tf'], { format: 'json' }, ['main.tf']],
    ['a short option', ['main.tf', '-f', 'json'], { format: 'json' }, ['main.tf']],
    ['a short option with its value attached', ['-fjson', 'main.tf'], { format: 'json' }, ['main.tf']],
    ['a value that starts with a dash', ['--format', '-json', 'main.tf'], { format: '-json' }, ['main.tf']],
    ['a repeated option, in order', ['--var-file', 'a.tfvars', 'main.tf', '--var-file=b.tfvars'], { 'var-file': ['a.tfvars', 'b.tfvars'] }, ['main.tf']],
    ['a flag', ['-h'], { help: true }, []],
    ['- as a path', ['-'], {}, ['-']],
    ['everything after -- as a path', ['a.tf', '--', '--help', '-f'], {}, ['a.tf', '--help', '-f']],
  ])('reads %s', (_case, args, values, positionals) => {
    // WHEN
    const parsed = parseCommandLine(args, OPTIONS);
    // THEN
    expect({ ...parsed.values }).toEqual(values);
    expect(parsed.positionals).toEqual(positionals);
  });

  test.each([
    ['an unknown option', ['--strict', 'main.tf'], 'unknown option --strict'],
    ['an unknown short option', ['-x', 'main.tf'], 'unknown option -x'],
    ['a name Object.prototype has', ['--constructor', 'main.tf'], 'unknown option --constructor'],
    ['an option without its value', ['main.tf', '--format'], '--format needs a value'],
    ['a short option without its value', ['main.tf', '-f'], '-f needs a value'],
    ['a value given to a flag', ['--help=yes'], '--help takes no value (got "yes")'],
    ['an option of one value given twice', ['--format', 'json', '-f', 'text', 'main.tf'], '--format is given more than once'],
  ])('refuses %s with a UsageError naming it', (_case, args, message) => {
    // WHEN
    const parse = () => parseCommandLine(args, OPTIONS);
    // THEN
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });
});
