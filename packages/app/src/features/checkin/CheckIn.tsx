import './checkin.css';
import { useShell } from '../../shell/context.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { RebuildLog } from './RebuildLog.tsx';

export function CheckIn() {
  const { t } = useShell();
  return (
    <section class="screen checkin" aria-labelledby="checkin-title">
      <h1 id="checkin-title">{t('checkin.title')}</h1>
      <p>{t('checkin.intro')}</p>
      <CheckInForm />
      <p class="muted">{t('checkin.notClinical')}</p>
      <RebuildLog />
    </section>
  );
}
