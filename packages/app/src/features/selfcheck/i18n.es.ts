import type { Translation } from '../../i18n/plural.ts';
import type { selfcheckEn } from './i18n.en.ts';

// Español natural, de tú, con los términos de content/selfcheck/es.ts:
// "Revisión de señales", "frase", "aparece a menudo / a veces".
export const selfcheckEs = {
  'selfcheck.loading': 'Abriendo la revisión de señales…',
  'selfcheck.loadError': 'Ahora mismo no se pudo abrir la revisión de señales.',
  'selfcheck.retry': 'Volver a intentarlo',
  'selfcheck.exitReminder':
    'La salida rápida está siempre arriba en la pantalla, y si presionas Mayús tres veces sales al instante.',
  'selfcheck.start': 'Empezar',
  'selfcheck.startAgain': 'Empezar de nuevo',
  'selfcheck.pausedBefore':
    'Antes hiciste una pausa en una revisión. Puedes seguir donde lo dejaste o empezar de nuevo.',
  'selfcheck.history': 'Revisiones anteriores',

  'selfcheck.part': 'Parte {n} de {total}',
  'selfcheck.skip': 'Saltar',
  'selfcheck.next': 'Siguiente',
  'selfcheck.back': 'Atrás',

  'selfcheck.pausedTitle': 'En pausa',
  'selfcheck.pausedKept':
    'Tus respuestas hasta ahora se guardan cifradas en este dispositivo. Vuelve cuando quieras.',
  'selfcheck.pausedScreen':
    'Tus respuestas hasta ahora se conservan mientras sigas en esta pantalla. Tómate todo el tiempo que necesites.',
  'selfcheck.pauseError':
    'Ahora mismo no se pudieron guardar tus respuestas. Inténtalo otra vez, por favor.',
  'selfcheck.clearError':
    'No se pudieron borrar las respuestas en pausa. Siguen cifradas en este dispositivo, y al empezar de nuevo se borran.',

  'selfcheck.saveTitle': '¿Quieres guardar esta revisión?',
  'selfcheck.saveHint':
    'Al guardarla, tus respuestas, lo que escribiste y la fecha de hoy se quedan cifradas en este dispositivo, para que puedas mirar atrás y comparar más adelante. Tú decides.',
  'selfcheck.save': 'Guardar esta revisión',
  'selfcheck.saving': 'Guardando…',
  'selfcheck.saved': 'Guardada. Se queda cifrada en este dispositivo.',
  'selfcheck.saveError':
    'No se pudo guardar esta revisión, así que no se guardó nada. Inténtalo otra vez, por favor.',
  'selfcheck.saveNeedsVault':
    'Para guardar, primero hay que configurar y desbloquear Steady. Tus reflexiones siguen en pantalla hasta que salgas de ella.',
  'selfcheck.toStart': 'Volver a la revisión de señales',

  'selfcheck.writeHint': 'Con tus propias palabras (opcional)',
  'selfcheck.writtenYours': 'Lo que escribiste:',
  'selfcheck.writtenTooLong':
    'Esto es más largo de lo que Steady puede guardar: {max} caracteres como máximo. Acórtalo, por favor. Tus palabras siguen aquí mientras tanto.',
  'selfcheck.saveTooLong':
    'Una de tus respuestas es demasiado larga para guardarla, así que todavía no se guardó nada. Acórtala y vuelve a guardar.',
  'selfcheck.writtenTitle': 'Lo que escribiste',
  'selfcheck.writtenNothing': 'Esta vez no escribiste nada.',
  'selfcheck.writtenUnknownQuestion': 'Una pregunta que la revisión de señales ya no hace',
  'selfcheck.historyNote':
    'Estas revisiones no son un diagnóstico ni una puntuación. Son tus propias respuestas, guardadas para que puedas mirar atrás.',

  'selfcheck.historyTitle': 'Revisiones anteriores',
  'selfcheck.historyIntro':
    'Las revisiones que guardaste, de la más reciente a la más antigua. Solo tú puedes abrirlas.',
  'selfcheck.historyLoading': 'Abriendo tus revisiones…',
  'selfcheck.historyError': 'Ahora mismo no se pudieron abrir tus revisiones.',
  'selfcheck.historyEmpty':
    'Todavía no hay revisiones guardadas. Cuando termines una, podrás elegir si la guardas.',
  'selfcheck.summaryNone': 'Ninguna señal apareció con fuerza.',
  'selfcheck.summaryNothing': 'Te saltaste todas las frases.',
  'selfcheck.delete': 'Borrar',
  'selfcheck.deleteLabel': 'Borrar la revisión del {date}',
  'selfcheck.deleteConfirm': '¿Borrar esta revisión para siempre? No se podrá recuperar.',
  'selfcheck.deleteYes': 'Sí, borrarla',
  'selfcheck.deleteNo': 'Conservarla',
  'selfcheck.deleteError': 'Ahora mismo no se pudo borrar. Inténtalo otra vez, por favor.',

  'selfcheck.compareTitle': 'Comparar dos revisiones',
  'selfcheck.compareIntro': 'Elige dos revisiones para ver qué señales aparecieron en cada una.',
  'selfcheck.compareNeedsTwo': 'Cuando hayas guardado dos revisiones, podrás compararlas aquí.',
  'selfcheck.compareFirst': 'Una revisión',
  'selfcheck.compareSecond': 'Otra revisión',
  'selfcheck.compareSame': 'Elige dos revisiones distintas.',
  'selfcheck.compare': 'Comparar',

  'selfcheck.changedTitle': 'Qué cambió',
  'selfcheck.changedBetween': 'Entre el {earlier} y el {later}.',
  'selfcheck.changedNote':
    'Esto no es un diagnóstico ni una puntuación, y no mide cómo te va. Las señales van y vienen según cambia la vida. Sanar casi nunca es un camino recto, y solo tú sabes qué significan estos cambios.',
  'selfcheck.changedBoth': 'Aparecieron las dos veces',
  'selfcheck.changedBothSame': '{sign}: {level} las dos veces',
  'selfcheck.changedBothDiffer': '{sign}: {before} la primera vez, {after} la segunda',
  'selfcheck.changedOnlyLater': 'Aparecieron solo la segunda vez',
  'selfcheck.changedOnlyEarlier': 'Aparecieron solo la primera vez',
  'selfcheck.changedOnlyItem': '{sign}: apareció {level}',
  'selfcheck.changedNone': 'Ninguna señal apareció en ninguna de las dos revisiones.',
  'selfcheck.changedAsk': '¿Qué cambió en tu vida entre estas dos fechas? ¿Qué sigue igual?',
  'selfcheck.level.often': 'a menudo',
  'selfcheck.level.sometimes': 'a veces',
  'selfcheck.backToHistory': 'Volver a las revisiones anteriores',
} satisfies Translation<typeof selfcheckEn>;
