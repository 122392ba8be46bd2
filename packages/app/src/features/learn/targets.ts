import type { WhatHelpsTarget } from '../../content/index.ts';
import type { ScreenId } from '../../shell/routes.ts';

/** The screen a "what helps" item opens. */
export const TARGET_SCREENS = {
  selfcheck: 'selfcheck',
  journal: 'journal',
  plan: 'plan',
  urges: 'urges',
  calm: 'calm',
  help: 'help',
} as const satisfies Record<WhatHelpsTarget, ScreenId>;
