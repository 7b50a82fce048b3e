import { useId, useState } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';

export interface AddFormProps {
  /** The input's visible label, e.g. "Add a tag". */
  label: string;
  /** The submit button's text. Default "Add" (in the page's language). */
  buttonLabel?: string;
  placeholder?: string;
  /** id of a `<datalist>` with suggestions. */
  listId?: string;
  /**
   * Called with the typed text; returns a sentence saying what is wrong, or null when the
   * value was taken (the field then empties for the next one). May answer later (a
   * permission prompt first): the field waits for the answer.
   */
  onAdd: (text: string) => string | null | Promise<string | null>;
}

/** One labelled text field with an Add button; Enter submits. Errors are announced. */
export function AddForm({ label, buttonLabel, placeholder, listId, onAdd }: AddFormProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      class="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        const show = (problem: string | null) => {
          setError(problem);
          if (!problem) setText('');
        };
        const answer = onAdd(text);
        // A plain answer is shown at once (no extra render), a promise when it settles.
        if (answer instanceof Promise) void answer.then(show);
        else show(answer);
      }}
    >
      <label for={`${id}-input`}>{label}</label>
      <div class="add-form__row">
        <input
          id={`${id}-input`}
          type="text"
          value={text}
          placeholder={placeholder}
          list={listId}
          autocomplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <button type="submit">{buttonLabel ?? t('addFormButton')}</button>
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
