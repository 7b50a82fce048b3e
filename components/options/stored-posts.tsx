import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { KEEP_READ_DAYS_MAX, KEEP_READ_DAYS_MIN } from '@/utils/settings/settings';
import { useT } from '@/components/shared/translator-context';
import { NumberField } from './number-field';

export interface StoredPostsProps {
  keepReadDays: number;
  onKeepReadDaysChange: (days: number) => void;
  /** null while unknown. */
  storedCount: number | null;
  /** Of those, saved for later: kept by "clear all" unless the reader ticks the box. */
  savedCount?: number;
  /** Deletes every stored post (saved ones only `alsoSaved`); rejects when that failed. */
  onClear: (alsoSaved: boolean) => Promise<void>;
}

type ClearState = 'idle' | 'confirming' | 'clearing' | 'cleared' | 'failed';

/**
 * Retention and "clear all stored posts". Clearing asks in the page (not `window.confirm`,
 * which blocks the page and cannot be styled or tested) and moves focus so keyboard users
 * land on the choice and back on the button afterwards.
 */
export function StoredPosts(props: StoredPostsProps) {
  const { keepReadDays, onKeepReadDaysChange, storedCount, savedCount = 0, onClear } = props;
  const t = useT();
  const id = useId();
  const [state, setState] = useState<ClearState>('idle');
  const [alsoSaved, setAlsoSaved] = useState(false);
  const deleting = storedCount === null ? null : storedCount - (alsoSaved ? 0 : savedCount);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const previous = useRef<ClearState>('idle');

  useEffect(() => {
    if (state === 'confirming') cancelRef.current?.focus();
    else if (previous.current === 'confirming' && state === 'idle') clearRef.current?.focus();
    previous.current = state;
  }, [state]);

  const clear = async () => {
    setState('clearing');
    try {
      await onClear(alsoSaved);
      setState('cleared');
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="stored-posts">
      <NumberField
        label={t('keepReadLabel')}
        value={keepReadDays}
        min={KEEP_READ_DAYS_MIN}
        max={KEEP_READ_DAYS_MAX}
        unit={t('keepReadUnit')}
        onCommit={onKeepReadDaysChange}
      />
      <p class="hint">{t('storedHint')}</p>
      {state === 'confirming' || state === 'clearing' ? (
        <div class="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {deleting === null ? t('clearConfirm') : t.plural('clearConfirmCount', deleting)}
          </p>
          {savedCount > 0 && (
            <label class="checkbox">
              <input
                type="checkbox"
                checked={alsoSaved}
                disabled={state === 'clearing'}
                onChange={(event) => setAlsoSaved(event.currentTarget.checked)}
              />{' '}
              {t.plural('clearAlsoSaved', savedCount)}
            </label>
          )}
          <div class="confirm__buttons">
            <button
              type="button"
              class="danger"
              disabled={state === 'clearing'}
              onClick={() => void clear()}
            >
              {t('clearDelete')}
            </button>
            <button
              type="button"
              ref={cancelRef}
              disabled={state === 'clearing'}
              onClick={() => setState('idle')}
            >
              {t('clearCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={clearRef}
          disabled={storedCount === 0 && state !== 'failed'}
          onClick={() => {
            setAlsoSaved(false);
            setState('confirming');
          }}
        >
          {t('clearButton')}
        </button>
      )}
      <p role="status" class="status">
        {state === 'cleared' && t('clearDone')}
        {state === 'failed' && t('clearFailed')}
      </p>
    </div>
  );
}
