export interface NoticeMessage {
  kind: 'error' | 'success' | 'info';
  text: string;
  details?: string[];
  testId: string;
}

/** A message about the last action; errors are announced at once, successes politely. */
export function Notice({ message, onDismiss }: { message: NoticeMessage; onDismiss?: () => void }) {
  return (
    <div
      class={`notice notice-${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid={message.testId}
    >
      <div class="notice-body">
        <p class="notice-text">{message.text}</p>
        {message.details && message.details.length > 0 && (
          <ul class="notice-details">
            {message.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button type="button" class="button-quiet" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}
