import type { Translation } from '../../i18n/plural.ts';
import type { progressEn } from './i18n.en.ts';

// Spanish for the progress view, natural and with "tú".
export const progressEs = {
  'progress.title': 'Tus avances',
  'progress.intro':
    'Recuperarse no es una línea recta. Llegan semanas difíciles, incluso meses después, y no borran lo que has logrado. Fíjate en las líneas largas: muestran hacia dónde vas a lo largo de semanas y meses.',
  'progress.notDiagnosis':
    'Es tu propio registro, no un diagnóstico ni una nota. Si las cosas van peor durante mucho tiempo, una asesora o un asesor, o una terapeuta o un terapeuta, puede ayudarte.',
  'progress.loadFailed':
    'Ahora mismo no se pudieron abrir tus registros. Recarga la página, por favor.',
  'progress.empty':
    'Todavía no hay nada que mostrar. Aquí irán apareciendo, con el tiempo, tus registros diarios, las veces que sentiste ganas de contactar y los pasos que anotes.',
  'progress.views': 'Ver avances por',
  'progress.byWeek': 'Semanas',
  'progress.byMonth': 'Meses',
  'progress.noValue': 'nada',

  'progress.feltTitle': 'Cómo te has sentido',
  'progress.measure': 'Escala que quieres ver',
  'progress.urgeNote': 'En esta escala, más bajo es más llevadero: menos ganas de contactar.',
  'progress.feltChartWeeks': '{measure}, semana a semana',
  'progress.feltChartMonths': '{measure}, mes a mes',
  'progress.feltDescWeeks':
    'Puntos: el promedio de cada semana, de 0 a 10. Línea: el promedio de las últimas cuatro semanas. Las semanas sin registros quedan en blanco.',
  'progress.feltDescMonths':
    'Puntos: el promedio de cada mes, de 0 a 10. Línea: el promedio de los últimos tres meses. Los meses sin registros quedan en blanco.',
  'progress.feltFewWeeks':
    'Aquí aparecerá una gráfica cuando esta escala tenga respuestas de dos semanas distintas. Mientras tanto, la tabla de abajo muestra lo que hay.',
  'progress.feltFewMonths':
    'Aquí aparecerá una gráfica cuando esta escala tenga respuestas de dos meses distintos. Mientras tanto, la tabla de abajo muestra lo que hay.',
  'progress.feltCaptionWeeks': '{measure} por semana, primero lo más reciente (sobre 10)',
  'progress.feltCaptionMonths': '{measure} por mes, primero lo más reciente (sobre 10)',
  'progress.col.average': 'Promedio',
  'progress.col.week': 'Semana del',
  'progress.col.month': 'Mes',
  'progress.col.checkIns': 'Días',
  'progress.col.steadiness': 'Estabilidad',
  'progress.col.sleep': 'Sueño',
  'progress.col.safety': 'Seguridad',
  'progress.col.feelingLikeMyself': 'Sentirte tú',
  'progress.col.urge': 'Ganas de contactar',
  'progress.col.rollingWeeks': 'Últimas 4 semanas',
  'progress.col.rollingMonths': 'Últimos 3 meses',

  'progress.stepsTitle': 'Las ganas de contactar y los pasos adelante',
  'progress.stepsDesc':
    'Barras: libertades que te has permitido y vínculos recuperados. Línea: la fuerza promedio de las ganas de contactar que anotaste, de 0 a 10.',
  'progress.stepsFewWeeks':
    'Aquí aparecerá una gráfica cuando hayas anotado ganas de contactar o pasos adelante en dos semanas distintas. Mientras tanto, la tabla de abajo muestra lo que hay.',
  'progress.stepsFewMonths':
    'Aquí aparecerá una gráfica cuando hayas anotado ganas de contactar o pasos adelante en dos meses distintos. Mientras tanto, la tabla de abajo muestra lo que hay.',
  'progress.stepsCaptionWeeks':
    'Ganas, libertades y vínculos por semana, primero los más recientes',
  'progress.stepsCaptionMonths': 'Ganas, libertades y vínculos por mes, primero los más recientes',
  'progress.col.freedoms': 'Libertades',
  'progress.col.connections': 'Vínculos',
  'progress.col.urges': 'Veces con ganas',
  'progress.col.urgeStrength': 'Fuerza',

  'progress.daysTitle': 'Las últimas cuatro semanas, día a día',
  'progress.daysDesc':
    'Puntos: la escala elegida cada día que hiciste el registro. Línea: el promedio de los últimos siete días. Los días sin registro quedan en blanco: no cuentan como cero.',
  'progress.daysFew':
    'Aquí aparecerá una gráfica cuando esta escala tenga respuestas de dos días distintos de las últimas cuatro semanas. Mientras tanto, la tabla de abajo muestra lo que hay.',
  'progress.daysCaption': 'Registros diarios, primero los más recientes',
  'progress.col.date': 'Fecha',
  'progress.col.rolling7': 'Últimos 7 días',
} as const satisfies Translation<typeof progressEn>;
