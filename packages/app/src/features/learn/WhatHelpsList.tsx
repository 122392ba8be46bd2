import type { WhatHelps } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { SCREENS } from '../../shell/screens.ts';
import { screenFor } from './targets.ts';

/** The "what helps" items that end a chapter or a self-check: each opens its part of Steady. */
export function WhatHelpsList({ items }: { items: readonly WhatHelps[] }) {
  const { go } = useShell();
  const available = SCREENS.map((s) => s.id);
  return (
    <ul class="learn-helps">
      {items.map((item) => {
        const screen = screenFor(item.target, available);
        return (
          <li key={item.text}>
            {screen ? (
              <button type="button" class="link learn-help-link" onClick={() => go(screen)}>
                {item.text}
              </button>
            ) : (
              <span class="learn-help-text">{item.text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
