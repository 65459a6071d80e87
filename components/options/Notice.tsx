import { useEffect, useRef } from 'preact/hooks';

export interface NoticeMessage {
  kind: 'error' | 'success' | 'info';
  text: string;
  details?: string[];
  testId: string;
  /** A button offered with the message, such as Undo. */
  action?: { label: string; run: () => void; testId: string };
  /**
   * Take the focus when shown: after a deletion or a restore the button the reader pressed is gone, and
   * the focus would fall back to the page's start; on the message, it is read out where the reader is.
   */
  focus?: boolean;
}

/** A message about the last action; errors are announced at once, successes politely. */
export function Notice({ message, onDismiss }: { message: NoticeMessage; onDismiss?: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message.focus) box.current?.focus();
  }, [message]);
  return (
    <div
      ref={box}
      class={`notice notice-${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      tabIndex={message.focus ? -1 : undefined}
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
      {message.action && (
        <button type="button" class="button" data-testid={message.action.testId} onClick={message.action.run}>
          {message.action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" class="button-quiet" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}
