import type { Translation } from '../../i18n/plural.ts';
import type { homeEn } from './i18n.en.ts';

// Spanish for Home's hub, with "tú". Typed against the English keys.

export const homeEs = {
  'home.shortcutsTitle': 'Ir directo a',
  'home.startTitle': 'Para empezar',
  'home.startIntro':
    'Algunas cosas hacen que Steady sea más seguro y más útil. Hazlas cuando quieras; cada una toma un minuto.',
  'home.startAllDone': 'Todo listo. Ya puedes ocultar esta lista.',
  'home.startCountry': 'Elige tu país, para que Ayuda muestre los números correctos',
  'home.startCover': 'Elige un disfraz, para que Steady se abra con el aspecto de otra cosa',
  'home.startPerson': 'Agrega a tu plan a una persona de confianza',
  'home.startKey': 'Anota tu clave de recuperación y guárdala en un lugar seguro',
  'home.startDone': 'hecho',
  'home.startHide': 'Ocultar esta lista',
  'home.startHideFailed': 'No se pudo ocultar la lista. Inténtalo de nuevo.',
} as const satisfies Translation<typeof homeEn>;
