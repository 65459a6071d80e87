import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** What is deleted, as the reader knows it: named in the button's accessible name and in the question. */
  name: string;
  /** The question asked before deleting, e.g. "Delete “Council budget”?". */
  question: string;
  disabled: boolean;
  onConfirm: () => void;
  /** Test ids of the "Delete…" button and of the confirming "Delete". */
  testIds: { start: string; confirm: string };
}

/**
 * A "Delete…" button that asks first: the question replaces it with Delete and Cancel, the focus on
 * Cancel so that a stray Enter deletes nothing; Cancel or Escape puts the button back, focused.
 */
export function ConfirmDelete({ name, question, disabled, onConfirm, testIds }: Props) {
  // 'cancelled' shows the button as 'idle' does, and gives it the focus back.
  const [step, setStep] = useState<'idle' | 'asking' | 'cancelled'>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (step === 'asking') cancelRef.current?.focus();
    if (step === 'cancelled') startRef.current?.focus();
  }, [step]);

  if (step !== 'asking') {
    return (
      <button
        type="button"
        class="button"
        ref={startRef}
        disabled={disabled}
        data-testid={testIds.start}
        onClick={() => setStep('asking')}
      >
        Delete<span class="visually-hidden">{` ${name}`}</span>…
      </button>
    );
  }
  const giveUp = () => setStep('cancelled');
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') giveUp();
      }}
    >
      <span class="confirm-question" id={questionId}>
        {question}
      </span>
      <button
        type="button"
        class="button button-danger"
        data-testid={testIds.confirm}
        onClick={() => {
          setStep('idle');
          onConfirm();
        }}
      >
        Delete
      </button>
      <button type="button" class="button" ref={cancelRef} onClick={giveUp}>
        Cancel
      </button>
    </div>
  );
}
