import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useShell } from './context.ts';

/**
 * A part of a screen whose code arrives the first time it is shown, so parts that only
 * matter once the vault is open stay out of the first download (the bundle budget). The
 * service worker precaches every chunk, so this works offline. Until the code is there,
 * `busy` parts show "Opening…" and others nothing; a failed load says so.
 */
export function lazyPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  { busy = false }: { busy?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const load = () => {
    loading ??= importer().then((component) => (loaded = component));
    loading.catch(() => (loading = null));
    return loading;
  };

  return function LazyPart(props: P): JSX.Element | null {
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
    if (failed) {
      return (
        <p role="alert" class="error">
          {t('app.loadError')}
        </p>
      );
    }
    return busy ? <p role="status">{t('app.loading')}</p> : null;
  };
}
