/**
 * Headings that announce a box of other stories or of page furniture, not the article: a container
 * whose heading is one of these is left out whole. Matched against the heading's whole text, lower-cased,
 * without surrounding punctuation; each entry says why it is chrome.
 */
const TITLES: [pattern: string, reason: string][] = [
  ['most (?:read|popular|viewed|shared|emailed|watched|commented)', 'ranked lists of other stories'],
  ['(?:the )?(?:latest|top|breaking) (?:news|stories|headlines)', 'headline lists'],
  [
    '(?:related|more|recommended|suggested|other|featured|popular|trending)(?: \\w+){0,3}',
    'boxes of other stories ("More from Business", "Related coverage")',
  ],
  [
    "(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy)|don't miss|read (?:more|next|this next)|what to read next|editors'? picks",
    'suggestions',
  ],
  ['(?:share|follow us|newsletters?|sign up|subscribe)(?: \\w+){0,3}', 'share and subscription boxes'],
  ['comments?(?: \\(\\d+\\))?|\\d+ comments?|discussion|join the conversation', 'comment sections and their counters'],
  [
    'les plus lus|à lire aussi|lire aussi|sur le même sujet|à la une|dernières infos',
    'French: most read, read also, same topic, latest',
  ],
  [
    'lo más (?:leído|visto)|más noticias|te puede interesar|noticias relacionadas|lea también|leer más',
    'Spanish: most read, more news, related',
  ],
  ['mais lidas|leia também|veja também|últimas notícias|mais notícias', 'Portuguese: most read, read also, latest'],
  [
    'meistgelesen|mehr zum thema|auch interessant|das könnte sie interessieren|neueste meldungen|top-?themen',
    'German: most read, more on the topic, latest',
  ],
  [
    'i più letti|più lett[ei]|leggi anche|potrebbe interessarti|ultime notizie',
    'Italian: most read, read also, latest',
  ],
  [
    'nejčtenější|související(?: \\w+){0,2}|další zprávy|mohlo by vás zajímat|právě se děje',
    'Czech: most read, related, more news',
  ],
];

const TITLE = new RegExp(`^(?:${TITLES.map(([pattern]) => pattern).join('|')})$`, 'u');

/** Whether a heading's text names a box that is not the article. */
export const isChromeTitle = (heading: string): boolean =>
  TITLE.test(
    heading
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''),
  );
