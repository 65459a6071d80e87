/**
 * Blocks of text that are page furniture however they are marked up: pagination, counters and share
 * counts, tickers of prices and changes. Each is a short block whose words are nearly all numbers or
 * the furniture's own words; an article's sentence never is. Checked on each block's text before it is
 * sent, so none of its numbers is highlighted.
 */

/** Words that stand beside a number in a counter ("11 Comments", "Shares 1.2K", "(34 photos)"), by language. */
const COUNTED_THINGS = [
  // English
  'comments?|shares?|views?|likes?|replies|reply|reactions?|responses?|photos?|images?|pictures?|videos?|slides?|followers?|votes?|reads?|retweets?|tweets?|pins?|points?|stories|items?|results?|articles?|min(?:ute)?s? read|pages?',
  // French, Spanish, Portuguese, German, Italian, Czech
  'commentaires?|partages?|vues?|comentarios?|compartidos?|visitas?|comentários?|fotos?|kommentare?|bilder|ansichten|commenti|condivisioni|foto|komentářů|komentáře|komentář|fotografií|fotografie',
].join('|');

/** Words of pagination and slideshows ("Page 2 of 5", "1-3 of 18", "Next"). */
const PAGING_WORDS =
  'page|pages|of|de|sur|von|di|z|ze|next|previous|prev|more|seite|página|pagina|strana|suivant|siguiente|weiter|successivo|další';

const NUMBER = String.raw`[-+−–]?[$€£¥]?\d[\d,.' ]*[kKmMbB%]?`;

const FURNITURE: [pattern: RegExp, reason: string][] = [
  [
    new RegExp(
      String.raw`^\(?(?:${NUMBER})\)? *(?:${COUNTED_THINGS})\)?$|^(?:${COUNTED_THINGS}) *[(:]? *(?:${NUMBER})\)?$`,
      'iu',
    ),
    'a counter: "11 Comments", "Comments (87)", "(34 photos)", "Shares: 1.2K"',
  ],
  [
    // Two numbers apart, or a word of paging: a number alone is a table's cell or a fact box's figure.
    new RegExp(
      String.raw`^(?=.*\d(?:[\s|/·•:–-]|\.\s)+\d|.*\p{L})(?:(?:${PAGING_WORDS})\b|[\d\s|/·•,.:…«»<>‹›←→-])+$`,
      'iu',
    ),
    'pagination and slide numbers: "1 | 2 | 3", "1 / 5", "1-3 of 18", "Page 2 of 5"',
  ],
];

/** A token that is a number, a signed change or a percentage ("2,111.72", "-14.43", "(-0.68%)"). */
const NUMERIC_TOKEN = /^[([]?[-+−–▲▼]?[$€£¥]?\d[\d,.]*[%kKmMbB]?[)\]]?$/;
const SIGNED_TOKEN = /^[([]?[-+−–▲▼][$€£¥]?\d/;
/** A ticker is this short, at least this much numbers, with at least two signed changes or percentages. */
const TICKER_MAX_TOKENS = 12;
const TICKER_NUMERIC_SHARE = 0.5;

function isTicker(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length > TICKER_MAX_TOKENS) return false;
  const numeric = tokens.filter((t) => NUMERIC_TOKEN.test(t));
  const changes = numeric.filter((t) => SIGNED_TOKEN.test(t) || t.includes('%'));
  return changes.length >= 2 && numeric.length / tokens.length >= TICKER_NUMERIC_SHARE;
}

/** Longer blocks are prose, whatever they begin with. */
const MAX_FURNITURE_CHARS = 80;

/** Whether a block's text is page furniture (why: the tables above), never an article's sentence. */
export function isFurniture(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0 || trimmed.length > MAX_FURNITURE_CHARS) return false;
  return FURNITURE.some(([pattern]) => pattern.test(trimmed)) || isTicker(trimmed);
}
