/**
 * How dates and times are written in the languages the engine does not read, so that their numbers
 * are never taken for figures: month and weekday names, the words of "3 minutes ago", and the
 * numeric forms ("1. 11.", "5/11", "14h30", "3月5日"). Each table says why its entries are there.
 */

interface DateWords {
  months: string;
  weekdays: string;
  /** Words before a number of units of time that make it a time before now ("il y a 3 minutes"). */
  ago: string;
  /** Words after it that do ("3 minuti fa"). */
  agoAfter: string;
  /** Units of time, by stem: the number before them is a duration, or with "ago" a moment. */
  units: string;
  /** Words between a day and its month ("6 de enero"). */
  dayOf: string;
}

export const DATE_WORDS: Record<string, DateWords & { reason: string }> = {
  fr: {
    months:
      'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|sept|oct|nov|déc',
    weekdays: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    ago: 'il y a|depuis',
    agoAfter: '',
    units: 'secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?|années?',
    dayOf: '',
    reason: 'French: "mardi 5 mai", "le 1er juin", "il y a 3 minutes"',
  },
  es: {
    months:
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|abr|jun|jul|ago|sept?|oct|nov|dic',
    weekdays: 'lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo',
    ago: 'hace',
    agoAfter: '',
    units: 'segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|meses|mes|años?',
    dayOf: 'de',
    reason: 'Spanish: "6 de enero", "el martes 5", "hace 3 horas"',
  },
  pt: {
    months:
      'janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|abr|mai|jun|jul|ago|set|out|nov|dez',
    weekdays:
      'segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|sábado|sabado|domingo|segunda|terça|quarta|quinta|sexta',
    ago: 'há|ha',
    agoAfter: 'atrás|atras',
    units: 'segundos?|minutos?|min|horas?|h|dias?|semanas?|meses|mês|mes|anos?',
    dayOf: 'de',
    reason: 'Portuguese: "5 de maio", "há 3 horas", "2 dias atrás"',
  },
  de: {
    months:
      'januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sept?|okt|nov|dez',
    weekdays: 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag',
    ago: 'vor',
    agoAfter: '',
    units: 'sekunden?|minuten?|min|stunden?|std|tagen?|tag|wochen?|monaten?|monat|jahren?|jahr',
    dayOf: '',
    reason: 'German: "5. Mai", "am Dienstag, 5.", "vor 3 Minuten", "14.30 Uhr"',
  },
  it: {
    months:
      'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|genn?|febb?|apr|magg?|giu|lug|ago|sett?|ott|nov|dic',
    weekdays: 'lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica',
    ago: '',
    agoAfter: 'fa',
    units: 'secondi|secondo|minuti|minuto|min|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno',
    dayOf: '',
    reason: 'Italian: "5 maggio", "martedì 5", "3 minuti fa"',
  },
  cs: {
    months:
      'leden|ledna|únor|února|březen|března|duben|dubna|květen|května|červen|června|červenec|července|srpen|srpna|září|říjen|října|listopad|listopadu|prosinec|prosince',
    weekdays: 'pondělí|úterý|středa|středu|čtvrtek|pátek|sobota|sobotu|neděle|neděli',
    ago: 'před|pred',
    agoAfter: '',
    units:
      'sekundami|sekundou|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem|měsíci|měsícem|lety|rokem|sekund|minut|hodin|dní|dnů|týdnů|měsíců|let|roků',
    dayOf: '',
    reason: 'Czech: "5. května", "v úterý 5.", "před 3 minutami" (months in the nominative and genitive)',
  },
};

/** Numeric forms every language uses, by reason. */
const NUMERIC_DATES: [pattern: string, reason: string][] = [
  [String.raw`\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?`, 'day and month with points: "1. 11.", "5.5.2015"'],
  [
    String.raw`\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\d{1,2}/\d{1,2}`,
    'day, month and year with slashes or dashes: "5/11", "2015-05-05"',
  ],
  [
    String.raw`\d{1,2}[:h]\d{2}(?:\s?(?:uhr|h))?|\d{1,2}(?:\.\d{2})?\s?uhr|\d{1,2}\s?h\b(?:\s?\d{2})?`,
    'clock times: "14:30", "14h30", "14.30 Uhr", "9 h"',
  ],
  [String.raw`\d{1,2}\.\s?\d{2}\s?(?:hod|h)\b`, 'Czech clock times: "14.30 hod"'],
  [String.raw`\(?\d{3,4}\s?(?:gmt|utc|cet|cest|mez|mesz)\)?`, 'wire times in a zone: "(1451 GMT)"'],
  [
    String.raw`(?:1[89]|20)\d{2}(?![\d.,]*\s?%|\d)`,
    'years (a number of that size in these languages is most often a year)',
  ],
  [String.raw`\d+\s*(?:年|月|日|号|時|时|点|點|分|秒)`, 'Chinese and Japanese dates and clock times: "3月5日", "10时"'],
];

const ordinal = String.raw`(?:\.|º|°|er|ème|eme|o|a)?`;

function languagePatterns(words: DateWords): string[] {
  const n = String.raw`\d{1,2}${ordinal}`;
  const of = words.dayOf ? String.raw`(?:\s(?:${words.dayOf}))?` : '';
  const patterns = [
    String.raw`\b(?:${words.weekdays}),?\s(?:(?:le|el|den|il|o)\s)?${n}(?:\s(?:${words.months})\b\.?)?`,
    String.raw`${n}${of}\s(?:${words.months})\b\.?(?:${of}\s\d{4})?`,
    String.raw`\b(?:${words.months})\.?\s${n}`,
  ];
  if (words.ago) patterns.push(String.raw`\b(?:${words.ago})\s\d+\s?(?:${words.units})\b`);
  if (words.agoAfter) patterns.push(String.raw`\d+\s?(?:${words.units})\s(?:${words.agoAfter})\b`);
  return patterns;
}

const cache = new Map<string, RegExp>();

/** The dates and times written in `language`'s forms. */
function datePattern(language: string): RegExp {
  let pattern = cache.get(language);
  if (!pattern) {
    const words = DATE_WORDS[language];
    const forms = [...(words ? languagePatterns(words) : []), ...NUMERIC_DATES.map(([form]) => form)];
    // A date's number never continues a longer one ("120000" holds no year).
    pattern = new RegExp(`(?<![\\d.,])(?:${forms.join('|')})`, 'giu');
    cache.set(language, pattern);
  }
  return pattern;
}

/** Where dates and times stand in `text`, as [start, end) spans. */
export function dateSpans(text: string, language: string): [number, number][] {
  const pattern = datePattern(language);
  pattern.lastIndex = 0;
  const spans: [number, number][] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}
