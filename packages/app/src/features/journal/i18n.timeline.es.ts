import type { Translation } from '../../i18n/plural.ts';
import type { journalTimelineEn } from './i18n.timeline.en.ts';

// La línea de tiempo: lo que dicen el gráfico, sus tablas y el patrón.
export const journalTimelineEs = {
  'journal.timeline.title': 'Línea de tiempo',
  'journal.timeline.intro':
    'Cada marca es un día sobre el que escribiste, a la altura de lo grave que lo sentiste. Las formas y los colores indican la etapa. Toca una marca para abrir la entrada de ese día.',
  'journal.timeline.empty': 'La línea de tiempo aparece cuando hayas escrito una entrada.',
  'journal.timeline.emptyMore':
    'Cada día sobre el que escribas aparecerá como una marca, a la altura de lo grave que lo sentiste, con su etapa como forma y color. Con el tiempo, aquí también se ven patrones, por ejemplo si los incidentes se acercan entre sí.',
  'journal.timeline.one':
    'Por ahora has escrito sobre un día: {date}. Cuando hayas escrito sobre dos días o más, cada uno aparecerá aquí como una marca en una línea, a la altura de lo grave que lo sentiste, para que veas cómo cambian las cosas con el tiempo.',
  'journal.timeline.openOne': 'Abrir esa entrada',
  'journal.timeline.marks':
    'Días en la gráfica. Usa las flechas para moverte entre ellos y Enter para abrir uno.',
  'journal.timeline.mark': '{date}: {stage}, gravedad {severity} de 5',
  // A day with more than one entry.
  'journal.timeline.markMany': {
    one: '{date}: {stage}, gravedad {severity} de 5, {count} entrada',
    other: '{date}: {stage}, gravedad {severity} de 5, {count} entradas',
  },
  'journal.timeline.chartTitle': 'Entradas a lo largo del tiempo, por etapa y gravedad',
  'journal.timeline.chartDesc':
    'Del {from} al {to}: {daysPart} y {cyclesPart}. Las mismas cifras están en las tablas de abajo.',
  'journal.timeline.chartDays': {
    one: '{count} día con entradas',
    other: '{count} días con entradas',
  },
  'journal.timeline.chartCycles': {
    one: '{count} ciclo encontrado',
    other: '{count} ciclos encontrados',
  },
  'journal.timeline.legend': 'Leyenda',
  'journal.timeline.cycleBand': 'Un ciclo',
  'journal.timeline.monthsCaption': 'Entradas por mes',
  'journal.timeline.month': 'Mes',
  'journal.timeline.entries': 'Entradas',
  'journal.timeline.incidents': 'Episodios de daño',
  'journal.timeline.highest': 'Gravedad más alta',
  'journal.timeline.cyclesTitle': 'Ciclos',
  'journal.timeline.cyclesIntro':
    'Un ciclo va desde la tensión o un episodio de daño hasta la reparación o la calma, según lo anotaste.',
  'journal.timeline.cyclesCaption': 'Ciclos encontrados, del más reciente al más antiguo',
  'journal.timeline.cyclesSome': {
    other: 'Se muestran los {shown} más recientes de {count} ciclos.',
  },
  'journal.timeline.cyclesNone': 'Todavía no hay un ciclo completo anotado.',
  'journal.timeline.cycleStart': 'Empezó',
  'journal.timeline.cycleIncident': 'Episodio',
  'journal.timeline.cycleEnd': 'Terminó',
  'journal.timeline.cycleOpen': 'Todavía no termina',
  'journal.timeline.daysSince': 'Días desde el episodio anterior',
  'journal.timeline.daysNone': 'Primero',
  'journal.timeline.patternTitle': 'Lo que muestra tu registro',
  'journal.timeline.too-few':
    'Todavía no hay suficientes episodios anotados para ver una tendencia. No pasa nada: tu registro está aquí para cuando lo quieras.',
  'journal.timeline.escalating': 'En lo que has anotado, últimamente los episodios han sido:',
  'journal.timeline.steady':
    'En lo que has anotado, no hay un cambio claro en la frecuencia de los episodios ni en lo graves que los sientes.',
  'journal.timeline.easing': 'En lo que has anotado, últimamente los episodios han sido:',
  'journal.timeline.closer': {
    one: 'más seguidos (casi a diario, antes cada {early})',
    other: 'más seguidos (cada {count} días más o menos, antes cada {early})',
  },
  'journal.timeline.fartherApart': {
    one: 'más espaciados (casi a diario, antes cada {early})',
    other: 'más espaciados (cada {count} días más o menos, antes cada {early})',
  },
  'journal.timeline.moreSevere': 'más graves (en promedio {recent} de 5, antes {early})',
  'journal.timeline.lessSevere': 'menos graves (en promedio {recent} de 5, antes {early})',
  'journal.timeline.advocate':
    'Esto describe tu registro, no a ti, y no es una predicción. Puede valer la pena hablarlo con una asesora o un asesor de una línea de apoyo, que te ayude a pensar en tu seguridad. ¿Cómo encaja con lo que tú sientes?',
  'journal.timeline.easingNote':
    'Las temporadas más tranquilas también pueden ser parte del ciclo. Una asesora o un asesor de una línea de apoyo puede ayudarte a pensarlo.',
} as const satisfies Translation<typeof journalTimelineEn>;
