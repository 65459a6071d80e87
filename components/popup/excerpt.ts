/** A part of a sentence that fits a row, with the figure in it and where the figure now sits. */
export interface Excerpt {
  text: string;
  offset: number;
}

const ELLIPSIS = '…';

/**
 * The words around a figure, about `room` characters with the figure near the middle, so a long sentence
 * shows what the figure counts ("110 Israeli women and children") rather than its opening words. Cuts fall
 * between words and are marked with an ellipsis. An offset that does not point at the figure leaves the
 * sentence whole.
 */
export function excerptAround(sentence: string, offset: number, length: number, room = 140): Excerpt {
  if (sentence.length <= room || offset < 0 || offset + length > sentence.length) return { text: sentence, offset };
  const side = Math.max(0, Math.floor((room - length) / 2));
  // Room unused on one side (the figure near an end) goes to the other.
  let from = Math.max(0, offset - side);
  let to = Math.min(sentence.length, offset + length + side);
  if (from === 0) to = Math.min(sentence.length, room);
  if (to === sentence.length) from = Math.max(0, sentence.length - room);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    from = space >= 0 && space < offset ? space + 1 : from;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    to = space > offset + length ? space : to;
  }
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < sentence.length ? ELLIPSIS : '';
  return { text: head + sentence.slice(from, to).trim() + tail, offset: offset - from + head.length };
}
