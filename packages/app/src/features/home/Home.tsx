import { useShell } from '../../shell/context.ts';
import { AlertEntry } from '../alert/AlertEntry.tsx';
import { ReachOut } from '../urges/ReachOut.tsx';

export function Home() {
  const { t } = useShell();
  return (
    <section class="screen" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <ReachOut />
      <AlertEntry />
      <p class="lead">{t('home.intro')}</p>
      <p>{t('home.private')}</p>
      <div class="card">
        <h2>{t('home.exitTitle')}</h2>
        <p>{t('home.exitBody')}</p>
        <p>{t('home.exitTouch')}</p>
      </div>
      <div class="card">
        <h2>{t('home.notList')}</h2>
        <ul>
          <li>{t('home.notDiagnosis')}</li>
          <li>{t('home.notTherapy')}</li>
          <li>{t('home.notEmergency')}</li>
        </ul>
      </div>
      <p class="muted">{t('home.offline')}</p>
    </section>
  );
}
