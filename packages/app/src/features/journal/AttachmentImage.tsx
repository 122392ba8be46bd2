import { useEffect, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { useVault } from '../../vault/api.ts';
import { readAttachment } from './attachments.ts';

/** A blob: URL for a Blob, revoked when the component goes (on lock every screen goes). */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!blob) return undefined;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}

/** Shows a stored image, decrypted into memory only while it is on screen. */
export function AttachmentImage({ id, alt }: { id: string; alt: string }) {
  const { t } = useShell();
  const vault = useVault();
  const [state, setState] = useState<{ blob?: Blob; missing?: boolean }>({});
  const url = useObjectUrl(state.blob);

  useEffect(() => {
    let live = true;
    readAttachment(vault, id).then(
      (blob) => live && setState(blob ? { blob } : { missing: true }),
      () => live && setState({ missing: true }),
    );
    return () => {
      live = false;
    };
  }, [vault, id]);

  if (state.missing) return <p class="muted">{t('journal.attach.missing')}</p>;
  if (!url) return <Loading class="muted" live={false} text={t('journal.attach.loading')} />;
  return <img class="journal-image" src={url} alt={alt} />;
}
