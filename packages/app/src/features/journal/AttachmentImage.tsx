import { useEffect, useMemo, useState } from 'preact/hooks';
import { useShell } from '../../shell/context.ts';
import { Loading } from '../../ui/Status.tsx';
import { useVault } from '../../vault/api.ts';
import { readAttachment } from './attachments.ts';

/**
 * A blob: URL for a Blob, made as it is drawn (so the image shows in the same frame) and
 * revoked when the blob changes or the component goes (on lock every screen goes).
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

/**
 * Shows a stored image, decrypted into memory only while it is on screen; `blob`, when
 * the bytes are already in memory (a photo just chosen), is shown without reading again.
 */
export function AttachmentImage({ id, alt, blob }: { id: string; alt: string; blob?: Blob }) {
  const { t } = useShell();
  const vault = useVault();
  const [state, setState] = useState<{ blob?: Blob; missing?: boolean }>({});
  const url = useObjectUrl(blob ?? state.blob);

  useEffect(() => {
    if (blob) return undefined;
    let live = true;
    readAttachment(vault, id).then(
      (blob) => live && setState(blob ? { blob } : { missing: true }),
      () => live && setState({ missing: true }),
    );
    return () => {
      live = false;
    };
  }, [vault, id, blob]);

  if (state.missing) return <p class="muted">{t('journal.attach.missing')}</p>;
  if (!url) return <Loading class="muted" live={false} text={t('journal.attach.loading')} />;
  return <img class="journal-image" src={url} alt={alt} />;
}
