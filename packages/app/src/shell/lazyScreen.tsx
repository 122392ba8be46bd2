import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from './context.ts';

export interface LazyScreen {
  /** Renders the screen once its code has arrived, a status line until then. */
  Screen: ComponentType;
  /** Starts fetching the code early (e.g. when a button that leads there appears). */
  load(): Promise<ComponentType>;
}

/**
 * A screen whose code loads when it is first opened, so the first page load stays
 * small on a cheap phone. The service worker precaches every chunk, so this works
 * offline after the first visit.
 */
export function lazyScreen(importer: () => Promise<ComponentType>): LazyScreen {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;

  function load(): Promise<ComponentType> {
    loading ??= importer().then((component) => (loaded = component));
    loading.catch(() => (loading = null));
    return loading;
  }

  function Screen() {
    const { t } = useShell();
    const [Loaded, setLoaded] = useState<ComponentType | null>(() => loaded);
    const [failed, setFailed] = useState(false);

    useEffect(() => {
      if (Loaded) return undefined;
      let live = true;
      load().then(
        (component) => live && setLoaded(() => component),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Loaded]);

    if (Loaded) return <Loaded />;
    return failed ? (
      <p role="alert" class="error">
        {t('app.loadError')}
      </p>
    ) : (
      <p role="status">{t('app.loading')}</p>
    );
  }

  return { Screen, load };
}
