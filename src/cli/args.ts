/** Command-line arguments (SPEC §9), parsed by hand: three commands, a handful of options. */
import type { Lang } from '../core/findings/finding';

export type CommandName = 'generate-ikp' | 'check' | 'validate-procurement';

export interface CliArgs {
  command: CommandName;
  inputs: string[];
  out: string | null;
  json: boolean;
  year: number | null;
  csv: string | null;
  lang: Lang;
}

export class UsageError extends Error {}

export const USAGE = `Användning / usage:
  internkontroll generate-ikp  IN.xlsx -o OUT.xlsx [--json] [--lang en]
  internkontroll check         IN.xlsx [--json] [--lang en]
  internkontroll validate-procurement IN.xlsx|MAPP [--json] [--year 2021] [--csv OUT.csv] [-o OUT.xlsx|UTMAPP] [--lang en]

Exit: 0 inga fel, 1 fel i någon fil, 2 en fil kunde inte läsas.`;

const COMMANDS: readonly CommandName[] = ['generate-ikp', 'check', 'validate-procurement'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') throw new UsageError(USAGE);
  if (!COMMANDS.includes(command as CommandName))
    throw new UsageError(`Okänt kommando: ${command}\n\n${USAGE}`);
  const args: CliArgs = {
    command: command as CommandName,
    inputs: [],
    out: null,
    json: false,
    year: null,
    csv: null,
    lang: 'sv',
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} behöver ett värde.\n\n${USAGE}`);
      return v;
    };
    if (a === '-o' || a === '--out') args.out = value();
    else if (a === '--json') args.json = true;
    else if (a === '--csv') args.csv = value();
    else if (a === '--lang') {
      const l = value();
      if (l !== 'sv' && l !== 'en') throw new UsageError(`--lang tar sv eller en, inte ${l}.`);
      args.lang = l;
    } else if (a === '--year') {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 1900 || y > 9999)
        throw new UsageError(`--year tar ett årtal, t.ex. 2021.`);
      args.year = y;
    } else if (a.startsWith('-')) throw new UsageError(`Okänd flagga: ${a}\n\n${USAGE}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError(`Ange en fil.\n\n${USAGE}`);
  if (args.command !== 'validate-procurement' && args.inputs.length > 1)
    throw new UsageError(`${args.command} tar en fil.`);
  if (args.command === 'generate-ikp' && !args.out) throw new UsageError(`generate-ikp behöver -o OUT.xlsx.`);
  if (args.csv && args.command !== 'validate-procurement')
    throw new UsageError(`--csv hör till validate-procurement.`);
  return args;
}
