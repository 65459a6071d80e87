import { STOP_WORDS } from './stop-words';

/** Words read from the text: enough for a clear count, few enough to cost nothing. */
const SAMPLE_WORDS = 600;
/** The winner needs this many function words, and this many times the runner-up's. */
const MIN_HITS = 8;
const LEAD = 1.5;
/** Scripts that name their language alone: Han with kana is Japanese, Han alone Chinese, Hangul Korean. */
const HAN_OR_KANA = /[\u3040-\u30ff\u4e00-\u9fff]/g;
const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af]/g;
/** A text is written in such a script when this share of its letters are; Japanese has this share of kana. */
const SCRIPT_SHARE = 0.3;
const KANA_SHARE = 0.05;

function scriptLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const share = (pattern: RegExp) => (text.match(pattern)?.length ?? 0) / letters;
  if (share(HANGUL) >= SCRIPT_SHARE) return 'ko';
  if (share(HAN_OR_KANA) < SCRIPT_SHARE) return null;
  return share(KANA) >= KANA_SHARE ? 'ja' : 'zh';
}

const lookup = new Map<string, string[]>();
for (const [language, { words }] of Object.entries(STOP_WORDS))
  for (const word of words.split(' ')) lookup.set(word, [...(lookup.get(word) ?? []), language]);

/**
 * The language a text is written in, by the function words it uses (or its script); null when the
 * count gives no clear answer (too little text, or a language not in the tables).
 */
export function detectLanguage(text: string): string | null {
  const script = scriptLanguage(text);
  if (script) return script;
  const hits = new Map<string, number>();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words.slice(0, SAMPLE_WORDS))
    for (const language of lookup.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_HITS || (second && best[1] < second[1] * LEAD)) return null;
  return best[0];
}
