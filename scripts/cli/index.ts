/**
 * Crosscheck on the command line, with the extension's engine:
 *   npm run --silent claims -- [--json] FILE...                      the numeric claims of each file
 *   npm run --silent check  -- [--json] [--corpus BUNDLE]... FILE...  the same, checked against the
 *     articles of the bundles (any format the options page imports), or the seed corpus without --corpus
 * A file that cannot be used ends the run with one line naming it and the problem, and exit code 1.
 */
import { join, resolve } from 'node:path';
import { checkText } from '../../lib/check-text';
import { extractClaims } from '../../lib/claims/extract';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';
import { parseArgs } from './args';
import { FileProblem, readBundleFile, readTextFile } from './files';
import { jsonReport, textReport, type FileClaims } from './report';

const SEED_BUNDLE = join(resolve(import.meta.dirname, '../..'), 'public/seed-bundle.json');

async function corpusOf(bundles: string[]): Promise<MemoryCorpus> {
  const articles = [];
  for (const file of bundles.length > 0 ? bundles : [SEED_BUNDLE]) articles.push(...(await readBundleFile(file)));
  return new MemoryCorpus(articles);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    process.exit(2);
  }
  // Every file is read before any work, so a bad one is named at once.
  const texts = args.files.map((file) => ({ file, text: readTextFile(file) }));
  const corpus = args.command === 'check' ? await corpusOf(args.corpus) : null;
  const results: FileClaims[] = [];
  for (const { file, text } of texts)
    results.push({
      file,
      claims: corpus ? await checkText(text, corpus, null) : extractClaims(text),
    });
  process.stdout.write((args.json ? jsonReport(results) : textReport(results)) + '\n');
}

main().catch((e: unknown) => {
  // A bad file is the user's to fix and says so in one line; anything else is a bug, and its stack helps.
  console.error(e instanceof FileProblem ? e.message : e);
  process.exit(1);
});
