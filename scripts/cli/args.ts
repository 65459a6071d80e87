/** What the command line was asked to do, or why it cannot tell. */
export interface CliArgs {
  command: 'claims' | 'check';
  json: boolean;
  /** Bundle files to check against instead of the seed corpus; empty for the seed corpus. */
  corpus: string[];
  files: string[];
}

export const USAGE = 'usage: npm run --silent claims|check -- [--json] [--corpus BUNDLE]... FILE...';

/** Reads the arguments after the script's name; a string says what is wrong with them. */
export function parseArgs(argv: string[]): CliArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'claims' && command !== 'check') return USAGE;
  const args: CliArgs = { command, json: false, corpus: [], files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--corpus' || arg.startsWith('--corpus=')) {
      const file = arg === '--corpus' ? rest[++i] : arg.slice('--corpus='.length);
      if (file === undefined || file === '' || file.startsWith('--')) return '--corpus needs a bundle file after it';
      args.corpus.push(file);
    } else if (arg.startsWith('--')) return `unknown option ${arg}; ${USAGE}`;
    else args.files.push(arg);
  }
  if (args.corpus.length > 0 && command !== 'check') return '--corpus is for check, not claims';
  if (args.files.length === 0) return USAGE;
  return args;
}
