/**
 * How the highlights on a real page are judged against Readability's article (npm run test:pages,
 * test/e2e/real-pages.e2e.test.ts): whether a highlighted figure stands in the article (its text and the
 * text around it are found there), whether it is a date or a time, and which of the article's figures were
 * not highlighted. The date test is written apart from the extension's tables so that it judges them
 * rather than repeats them.
 */

export const normalize = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .trim()
    .toLowerCase();

/** A figure with the text of its sentence around it, as the popup lists it. */
export interface SeenFigure {
  text: string;
  sentence: string;
  offsetInSentence: number;
}

/** The figure with up to `reach` characters either side, from its sentence. */
export function around(figure: SeenFigure, reach: number): string {
  const start = Math.max(0, figure.offsetInSentence - reach);
  return normalize(figure.sentence.slice(start, figure.offsetInSentence + figure.text.length + reach));
}

/** Whether the figure and the words around it are in the article's text (already normalized). */
export function inArticle(figure: SeenFigure, article: string): boolean {
  return article.includes(around(figure, 30)) || article.includes(around(figure, 12));
}

const MONTHS = [
  // English, French, Spanish, Portuguese, German, Italian, Czech (nominative and genitive), abbreviated forms.
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'januar|februar|märz|juni|juli|oktober|dezember',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  'leden|ledna|únor|února|březen|března|duben|dubna|květen|května|červen|června|červenec|července|srpen|srpna|září|říjen|října|listopad|listopadu|prosinec|prosince',
].join('|');
const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  'segunda|terça|quarta|quinta|sexta',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
  'pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle',
].join('|');
const ZONES = 'a\\.?m\\.?|p\\.?m\\.?|gmt|utc|bst|cet|cest|edt|pdt|pst|uhr|h';
const AGO_AFTER = 'ago|fa|atrás';
const AGO_BEFORE = 'il y a|hace|há|vor|před|pred';
/** Words for units of time in the languages above, by their stems. */
const TIME_UNITS =
  'sec|seg|min|h|hor|heur|hod|stund|jour|d[ií]a|tag|den|dn|semaine|seman|woche|týd|mois|mes|monat|měs|an|año|ano|jahr|rok|let';

const DATE_AROUND = new RegExp(
  [
    `\\b(?:${MONTHS})\\.?,? *(?:de |del )?#`,
    `#(?:st|nd|rd|th|er|\\.)? *(?:de |of )?(?:${MONTHS})\\b`,
    `\\b(?:${WEEKDAYS}),? *(?:the )?#`,
    `#:\\d\\d`,
    `\\d:#`,
    `# *(?:${ZONES})\\b`,
    `# *\\w+ (?:${AGO_AFTER})\\b`,
    `\\b(?:${AGO_BEFORE}) *# *(?:${TIME_UNITS})`,
    `\\bin '#`,
    `#\\. ?\\d{1,2}\\.`,
    `\\d{1,2}\\. ?#\\.`,
    `#[/.-]\\d{1,2}[/.-]\\d{2,4}`,
  ].join('|'),
  'iu',
);

const CLOCK = /\d:\d\d/;

/** Whether a highlighted figure is a date, a time of day, a year or a time before now. */
export function isDateOrTime(figure: SeenFigure): boolean {
  const text = normalize(figure.text);
  if (/^(?:1[89]|20)\d\d$/.test(text)) return true;
  // Only a small whole number can be a day of the month ("$1 billion March Madness" is not a date).
  if (!/^\d{1,2}(?:st|nd|rd|th|er)?$/.test(text) && !/^[\p{L} -]+$/u.test(text)) return CLOCK.test(figure.text);
  const context = around(figure, 24);
  const at = context.indexOf(text);
  if (at < 0) return false;
  const marked = context.slice(0, at) + '#' + context.slice(at + text.length);
  return DATE_AROUND.test(marked);
}

/** The figures of `expected` (the engine's claims in the article) that no highlight on the page stands for. */
export function notHighlighted(expected: SeenFigure[], seen: SeenFigure[]): SeenFigure[] {
  const byText = new Map<string, string[]>();
  for (const figure of seen) {
    const key = normalize(figure.text);
    byText.set(key, [...(byText.get(key) ?? []), normalize(figure.sentence)]);
  }
  return expected.filter((figure) => {
    const sentences = byText.get(normalize(figure.text)) ?? [];
    const near = around(figure, 12);
    return !sentences.some((sentence) => sentence.includes(near) || near.includes(sentence));
  });
}
