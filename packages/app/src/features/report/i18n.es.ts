import type { Translation } from '../../i18n/plural.ts';
import type { reportEn } from './i18n.en.ts';

// El informe, en un español natural y con "tú" en pantalla; en papel habla con
// claridad a quien lo lea y no nombra ninguna aplicación.
export const reportEs = {
  'report.title': 'Informe',
  'report.intro':
    'Prepara un informe de tu diario para imprimirlo o guardarlo como PDF y, si quieres, compartirlo con una asesora o un asesor, tu terapeuta o tu abogada o abogado. Tú decides qué incluye.',
  'report.note':
    'Una copia impresa o guardada no está protegida con tu frase de paso. Guárdala donde solo tú puedas llegar, o dásela directamente a la persona en quien confías.',
  'report.loading': 'Abriendo tu diario…',
  'report.loadFailed': 'No se pudo abrir tu diario. No se cambió nada. Vuelve a intentarlo.',
  'report.tryAgain': 'Volver a intentarlo',
  'report.empty':
    'Todavía no hay nada para un informe. Cuando hayas escrito en tu diario, podrás prepararlo aquí.',

  'report.choose.title': 'Qué incluir',
  'report.choose.when': 'Fechas',
  'report.choose.from': 'Desde',
  'report.choose.to': 'Hasta',
  'report.choose.rangeError':
    'La fecha «Desde» es posterior a la fecha «Hasta». Revísalas, por favor.',
  'report.choose.harms': 'Tipos de daño',
  'report.choose.harmsHint': 'Se incluyen las entradas con cualquiera de los tipos marcados.',
  'report.choose.noHarm': 'Entradas sin ningún tipo de daño anotado',
  'report.choose.allHarms': 'Marcar todos',
  'report.choose.noHarms': 'Desmarcar todos',
  'report.choose.parts': 'Partes del informe',
  'report.choose.summary': 'Un resumen (recuentos, episodios y el tiempo entre ellos)',
  'report.choose.timeline': 'La línea de tiempo, como tabla',
  'report.choose.fullText': 'Lo que escribiste en cada entrada',
  'report.choose.originals': 'En las entradas editadas, también lo que escribiste al principio',
  'report.choose.injuries': 'Lesiones y testigos',
  'report.choose.photos': 'Las fotos, cada una con la huella (SHA-256) de su archivo guardado',
  'report.choose.pinnedOnly': 'Solo las entradas fijadas',
  'report.count': { other: 'Entradas que tendrá el informe: {count}' },
  'report.countNone':
    'Ninguna entrada coincide con lo que elegiste. Prueba con más fechas o más tipos de daño.',
  'report.print': 'Imprimir o guardar como PDF',
  'report.printHint':
    'Se abrirá la ventana de impresión de tu dispositivo. Para guardar un archivo, elige «Guardar como PDF» como impresora.',
  'report.preview': 'Vista previa',

  'report.doc.title': 'Registro de hechos',
  'report.doc.range': 'Hechos del {from} al {to}',
  'report.doc.rangeOpen': 'Todos los hechos registrados',
  'report.doc.made': 'Preparado el {date}',
  'report.doc.harms': 'Tipos de daño incluidos: {list}',
  'report.doc.harmsAll': 'Tipos de daño incluidos: todos',
  'report.doc.pinnedOnly': 'Solo se incluyen las entradas que su autora o autor decidió fijar.',
  'report.digestsWorking':
    'Calculando el resumen digital de cada entrada. Espera a que termine antes de imprimir.',
  'report.entry.digest': 'Resumen digital de esta versión (SHA-256): {digest}',
  'report.entry.digestMissing':
    'No se pudo calcular el resumen digital de esta versión: una foto o nota de voz que incluye no se puede leer en este dispositivo.',
  'report.doc.about':
    'Es un registro personal, escrito por la persona a quien pertenece en los momentos indicados como «Anotado». Ese momento se tomó del propio reloj de este dispositivo al guardar cada entrada por primera vez, y la aplicación donde se guardó no deja que nadie lo edite. Cuando una versión tiene un recibo de sellado de tiempo, es el recibo, y no el reloj del dispositivo, el que muestra cuándo existía. Cuando una entrada se editó después, se conservó la versión anterior y la edición figura con su fecha.',
  'report.doc.notAssessment':
    'No es un diagnóstico ni una evaluación de nadie. Las cifras que siguen solo cuentan lo que se anotó.',
  'report.doc.entries': { other: 'Entradas en este informe: {count}' },

  'report.summary.title': 'Resumen',
  'report.summary.stagesCaption': 'Entradas por etapa del ciclo',
  'report.summary.harmsCaption': 'Entradas por tipo de daño',
  'report.summary.stage': 'Etapa',
  'report.summary.harm': 'Tipo de daño',
  'report.summary.count': 'Entradas',
  'report.summary.noHarm': 'Sin tipo anotado',
  'report.summary.incidents': {
    other: 'Entradas sobre un episodio de daño: {count}. Ocasiones distintas: {occasions}.',
  },
  'report.summary.incidentsNone': 'Ninguna entrada de este informe describe un episodio de daño.',
  'report.summary.gaps':
    'Días entre una ocasión y la siguiente: como mínimo {shortest}, como máximo {longest}, lo habitual {median}.',
  'report.summary.oneOccasion':
    'Hay una sola ocasión, así que no hay tiempo entre ocasiones que mostrar.',
  'report.summary.patternTitle': 'A lo largo del tiempo',
  'report.summary.too-few':
    'Hay muy pocas ocasiones registradas aquí para describir un cambio con el tiempo.',
  'report.summary.steady':
    'En estas entradas no se ve un cambio claro en la frecuencia de los episodios ni en su gravedad percibida.',
  'report.summary.changed':
    'Si se comparan las primeras ocasiones con las últimas, los episodios fueron:',
  'report.summary.closer': {
    one: 'más seguidos (casi a diario, antes cada {early})',
    other: 'más seguidos (cada {count} días más o menos, antes cada {early})',
  },
  'report.summary.fartherApart': {
    one: 'más espaciados (casi a diario, antes cada {early})',
    other: 'más espaciados (cada {count} días más o menos, antes cada {early})',
  },
  'report.summary.moreSevere': 'vividos como más graves (en promedio {recent} de 5, antes {early})',
  'report.summary.lessSevere':
    'vividos como menos graves (en promedio {recent} de 5, antes {early})',
  'report.summary.patternNote':
    'Esto solo describe el registro. No es una predicción, y vale la pena hablarlo con una asesora o un asesor.',

  'report.timeline.title': 'Línea de tiempo',
  'report.timeline.caption':
    'Todas las entradas de este informe, de la más antigua a la más reciente',
  'report.timeline.date': 'Cuándo pasó',
  'report.timeline.stage': 'Etapa',
  'report.timeline.harms': 'Tipos de daño',
  'report.timeline.severity': 'Gravedad percibida (1 a 5)',
  'report.timeline.written': 'Anotado',

  'report.entries.title': 'Entradas',
  'report.entry.heading': '{date} — {stage}',
  'report.entry.written': 'Anotado el {when}.',
  'report.entry.edited': 'Editado el {when}.',
  'report.entry.receipt': 'Ya existía a más tardar el {time}, según {authority}.',
  'report.entry.original':
    'Tal como se escribió al principio, el {when} (solo lo que cambió desde entonces)',
  'report.entry.originalSame': 'El texto no cambió en la edición.',
  'report.entry.severity': '{severity} sobre 5',
  'report.entry.photos': {
    other: 'Fotos guardadas con esta entrada (no se imprimen aquí): {count}',
  },
  'report.entry.voiceTitle': {
    one: 'Una nota de voz guardada con esta entrada (para escucharla, ve el paquete de registros):',
    other:
      'Notas de voz guardadas con esta entrada (para escucharlas, ve el paquete de registros): {count}',
  },
  'report.entry.voice': 'Nota de voz {n}: dura {length}.',
  'report.entry.photoAlt': 'Foto {n} guardada con esta entrada',
  'report.entry.photoCaption': 'Foto {n}. SHA-256 del archivo guardado: {digest}',
  'report.entry.voiceDigest': 'SHA-256: {digest}',
  'report.entry.voiceUnread': 'Su sonido no se pudo leer en este dispositivo.',
  'report.entry.details': 'Detalles para un juzgado o quien asesora',
  'report.entry.noText': 'En esta entrada no se escribió nada más allá de los datos anteriores.',
} as const satisfies Translation<typeof reportEn>;
