import { lazyScreen } from '../../shell/lazyScreen.tsx';

// The home screen starts fetching the urge tools as it opens, so the tap that
// needs them does not wait.
export const urgesScreen = lazyScreen(() => import('./Urges.tsx').then((m) => m.Urges));
