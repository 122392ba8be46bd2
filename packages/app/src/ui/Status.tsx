/**
 * What a screen, or a part of one, shows while its data or code is on the way, and
 * when it could not be read. The words come from the caller, so each feature keeps its
 * own message keys.
 */

/**
 * "Loading…", said politely to assistive technology. Without text it is an empty, busy
 * placeholder. `live={false}` for placeholders that repeat (an image in a list), so a
 * screen does not fill up with status regions.
 */
export function Loading({
  text,
  class: className,
  live = true,
}: {
  text?: string;
  class?: string;
  live?: boolean;
}) {
  const role = live ? 'status' : undefined;
  if (!text) return <p class={className} role={role} aria-busy="true" />;
  return (
    <p class={className} role={role}>
      {text}
    </p>
  );
}

/** "Could not load", as an alert; with `onRetry`, followed by a button to try again. */
export function LoadFailed({
  text,
  onRetry,
  retryLabel,
}: {
  text: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  if (!onRetry) {
    return (
      <p class="error" role="alert">
        {text}
      </p>
    );
  }
  return (
    <div role="alert">
      <p class="error">{text}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
