/** A sentence with its figure emphasised; if the offset does not point at the figure, the plain sentence. */
export function SentenceQuote({ sentence, figure, offset }: { sentence: string; figure: string; offset: number }) {
  const fits = offset >= 0 && sentence.slice(offset, offset + figure.length) === figure;
  return (
    <q class="cc-sentence">
      {fits ? (
        <>
          {sentence.slice(0, offset)}
          <strong class="cc-figure">{figure}</strong>
          {sentence.slice(offset + figure.length)}
        </>
      ) : (
        sentence
      )}
    </q>
  );
}
