import type { Translation } from '../../i18n/plural.ts';
import type { learnEn } from './i18n.en.ts';

// Español natural, de tú, con los mismos términos que content/learn/es.ts.
export const learnEs = {
  'learn.title': 'Aprender',
  'learn.intro':
    'Capítulos breves, en palabras sencillas, sobre los vínculos traumáticos: cómo se forman, por qué atan tanto y qué puede ayudar. Léelos en el orden que quieras, a tu ritmo, y para cuando lo necesites.',
  'learn.loading': 'Abriendo los capítulos…',
  'learn.loadError': 'Ahora mismo no se pudieron abrir los capítulos.',
  'learn.retry': 'Volver a intentarlo',
  'learn.minutes': {
    one: 'Más o menos {count} minuto de lectura',
    other: 'Unos {count} minutos de lectura',
  },
  'learn.whatHelps': 'Lo que ayuda',
  'learn.chapterNav': 'Otros capítulos',
  'learn.previous': 'Anterior: {title}',
  'learn.next': 'Siguiente: {title}',
  'learn.backToList': 'Todos los capítulos',
  'learn.selfCheckPrompt':
    '¿Quieres ver cómo encaja esto en tu propia vida? La revisión de señales es una forma tranquila de mirarlo, sin puntuación.',
  'learn.selfCheckOpen': 'Abrir la revisión de señales',
} satisfies Translation<typeof learnEn>;
