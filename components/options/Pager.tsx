interface Props {
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pager({ offset, pageSize, total, onChange }: Props) {
  if (total <= pageSize) return null;
  const last = Math.min(offset + pageSize, total);
  return (
    <nav class="pager" aria-label="Article pages">
      <button
        type="button"
        class="button"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - pageSize))}
      >
        Previous
      </button>
      <span aria-live="polite" data-testid="pager-range">
        {`${(offset + 1).toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`}
      </span>
      <button type="button" class="button" disabled={last >= total} onClick={() => onChange(offset + pageSize)}>
        Next
      </button>
    </nav>
  );
}
