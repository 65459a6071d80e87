/**
 * Set phrases that hold a number but count nothing: "killed two birds with one stone", "think twice". A
 * number word inside one of them is no claim (lib/claims/non-claims.ts). Each phrase is matched as written,
 * in any case, with any white space between its words.
 */
export const IDIOMS: { phrase: string; reason: string }[] = [
  { phrase: 'two birds with one stone', reason: 'doing two things at once' },
  ...['think twice', 'thinks twice', 'thought twice', 'thinking twice'].map((phrase) => ({
    phrase,
    reason: 'to reconsider',
  })),
  { phrase: 'at sixes and sevens', reason: 'in confusion' },
  { phrase: 'on cloud nine', reason: 'very happy' },
  { phrase: 'to the nines', reason: 'dressed smartly' },
  { phrase: 'the whole nine yards', reason: 'everything; no distance' },
  { phrase: 'six feet under', reason: 'dead and buried; no depth' },
  { phrase: 'a thousand words', reason: '"a picture is worth a thousand words"' },
  { phrase: 'nine lives', reason: 'a survivor, as a cat is said to have' },
  ...['my two cents', 'his two cents', 'her two cents', 'their two cents', 'our two cents'].map((phrase) => ({
    phrase,
    reason: 'an opinion offered',
  })),
  { phrase: 'one by one', reason: 'in turn' },
  { phrase: 'a thing or two', reason: 'something; no count' },
  { phrase: 'two by two', reason: 'in pairs' },
  { phrase: 'one after another', reason: 'in turn' },
  { phrase: 'back to square one', reason: 'to the start' },
  { phrase: 'one in a million', reason: 'exceptional; no measured odds' },
  { phrase: 'high five', reason: 'a greeting' },
  { phrase: 'forty winks', reason: 'a nap' },
  { phrase: 'zero hour', reason: 'the last moment: "a zero-hour bid"' },
  { phrase: 'zero-hour', reason: 'the last moment: "a zero-hour bid"' },
  { phrase: 'zero-hours', reason: 'a job with no set hours: "zero-hours contracts"' },
  { phrase: 'two-state solution', reason: 'a plan for two states, named; no count in the news' },
  ...['one-way', 'two-way', 'one-off', 'one-sided', 'one-stop', 'two-tier', 'two-faced', 'two-horse race'].map(
    (phrase) => ({ phrase, reason: 'a compound adjective whose number describes, not counts' }),
  ),
  // Nouns of WordNet 3.1 made of a number joined to a word, which name a kind of thing, with their plurals.
  ...'four-poster six-pack two-seater one-liner six-shooter six-gun three-decker two-timer one-hitter two-hitter three-hitter two-bagger three-bagger two-baser four-wheeler forty-niner six-footer'
    .split(' ')
    .flatMap((noun) => [noun, `${noun}s`])
    .map((phrase) => ({ phrase, reason: 'a noun (WordNet) that names a kind of thing by a number: "a four-poster"' })),
  ...'two three four five six seven eight nine ten'
    .split(' ')
    .flatMap((n) => [`${n}-figure`, `${n}-digit`])
    .map((phrase) => ({
      phrase,
      reason: 'a size told by how many digits it is written with: "a six-figure salary", "the seven-figure mark"',
    })),
  ...['one-day international', 'one-day internationals', 'one-day cricket'].map((phrase) => ({
    phrase,
    reason: 'cricket\'s limited-overs format, named by the day it was once played in: "in one-day internationals"',
  })),
  ...['two-pointer', 'two-pointers', 'three-pointer', 'three-pointers'].map((phrase) => ({
    phrase,
    reason: 'a basket worth that many points, a kind of shot: "made five three-pointers"',
  })),
  ...['two', 'three']
    .flatMap((n) =>
      'shot shots attempt attempts percentage line range shooting play plays conversion conversions'
        .split(' ')
        .map((w) => `${n}-point ${w}`),
    )
    .map((phrase) => ({
      phrase,
      reason: 'a shot, a line or a play named by its worth in points: "13 of 38 three-point shots"',
    })),
];
