import type { WhatHelps } from '../../content/index.ts';
import { useShell } from '../../shell/context.ts';
import { TARGET_SCREENS } from './targets.ts';

/** The "what helps" items that end a chapter or a self-check: each opens its part of Steady. */
export function WhatHelpsList({ items }: { items: readonly WhatHelps[] }) {
  const { go } = useShell();
  return (
    <ul class="learn-helps">
      {items.map((item) => {
        const screen = TARGET_SCREENS[item.target];
        return (
          <li key={item.text}>
            <button type="button" class="link learn-help-link" onClick={() => go(screen)}>
              {item.text}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
