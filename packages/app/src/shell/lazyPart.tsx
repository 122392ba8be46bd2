import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { laterMessages } from '../i18n/index.ts';
import { useShell } from './context.ts';
import { LoadFailed, Loading } from '../ui/Status.tsx';

/** A component whose code arrives on first use; `load()` starts fetching it early. */
export type LazyPart<P> = ComponentType<P> & { load(): Promise<ComponentType<P>> };

/**
 * A screen, or a part of one, whose code arrives the first time it is shown, so what
 * matters only later (a screen, a part shown once the vault is open) stays out of the
 * first download (the bundle budget). The service worker precaches every chunk, so this
 * works offline. Until the code is there, `busy` parts say "Opening…" and others show
 * nothing; a failed load says so.
 */
export function lazyPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  { busy = false }: { busy?: boolean } = {},
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const load = () => {
    // The code, and the words of the screens that load later: neither shows without the other.
    loading ??= Promise.all([importer(), laterMessages()]).then(
      ([component]) => (loaded = component),
    );
    // Forgotten on failure, so the next time the part is shown it is fetched again.
    loading.catch(() => (loading = null));
    return loading;
  };

  function Lazy(props: P): JSX.Element | null {
    const { t } = useShell();
    const [Part, setPart] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Part) return undefined;
      let live = true;
      load().then(
        (component) => live && setPart(() => component),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Part]);
    if (Part) return <Part {...props} />;
    if (failed) return <LoadFailed text={t('app.loadError')} />;
    return busy ? <Loading text={t('app.loading')} /> : null;
  }
  return Object.assign(Lazy, { load });
}
