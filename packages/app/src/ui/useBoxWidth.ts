import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The width of an element's content box in whole CSS pixels, kept up to date as it
 * changes (a phone turned, a window resized): charts draw at the width they are shown,
 * so a 12 px label stays 12 px. 0 until the element is on screen.
 */
export function useBoxWidth<T extends Element>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.clientWidth));
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
