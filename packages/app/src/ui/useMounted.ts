import { useCallback, useEffect, useRef } from 'preact/hooks';

/**
 * Whether the component is still on screen, read after an await: a lock unmounts every
 * screen, and work begun before it must then hand nothing out (no download, no upload,
 * no state).
 */
export function useMounted(): () => boolean {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A function, so each call after an await reads it afresh.
  return useCallback(() => mounted.current, []);
}
