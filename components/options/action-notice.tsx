export type Notice =
  { kind: 'none' } | { kind: 'error'; text: string } | { kind: 'done'; text: string };

/**
 * The outcome of the last action: an error as an alert; otherwise a status line that stays in
 * the page (empty until something is done), so screen readers announce the text put into it.
 */
export function ActionNotice({ notice }: { notice: Notice }) {
  return notice.kind === 'error' ? (
    <p class="field-error" role="alert">
      {notice.text}
    </p>
  ) : (
    <p class="status" role="status">
      {notice.kind === 'done' && notice.text}
    </p>
  );
}
