import type { Translation } from '../../i18n/plural.ts';
import type { journalEn } from './i18n.en.ts';

// El diario, en un español natural y con "tú": cercano, sin juicios.
export const journalEs = {
  'journal.title': 'Diario',
  'journal.note':
    'Esta parte trata del daño que has vivido. Puedes parar cuando quieras; la salida rápida está arriba.',
  'journal.intro':
    'Un registro privado de lo que pasó, con tus propias palabras. Releerlo más adelante puede ayudarte cuando la memoria suaviza lo más duro.',
  'journal.loading': 'Abriendo tu diario…',
  'journal.loadingCount': {
    one: 'Abriendo tu diario: {read} de {count} entrada leída…',
    other: 'Abriendo tu diario: {read} de {count} entradas leídas…',
  },
  'journal.loadFailed': 'No se pudo abrir tu diario. No se cambió nada. Vuelve a intentarlo.',
  'journal.tryAgain': 'Volver a intentarlo',
  'journal.views': 'Vistas del diario',
  'journal.toList': 'Entradas',
  'journal.toTimeline': 'Línea de tiempo',
  'journal.new': 'Escribir una entrada nueva',
  'journal.back': 'Volver a las entradas',

  'journal.stage.tension': 'Tensión creciente',
  'journal.stage.tension.hint': 'Hay tensión. Quizá vigilas lo que dices o haces.',
  'journal.stage.incident': 'Un episodio de daño',
  'journal.stage.incident.hint': 'Te hizo daño, te asustó, te amenazó o te controló.',
  'journal.stage.repair': 'Reparación o reconciliación',
  'journal.stage.repair.hint': 'Disculpas, regalos, promesas, o se hace como si nada.',
  'journal.stage.calm': 'Calma o normalidad',
  'journal.stage.calm.hint': 'Las cosas parecen tranquilas, por ahora.',
  'journal.stage.unsure': 'No lo sé',
  'journal.stage.unsure.hint': 'Es una respuesta válida. Puedes cambiarla después.',

  'journal.harm.emotional': 'Emocional o verbal (insultos, desprecios, manipulación)',
  'journal.harm.isolation': 'Apartarte de amistades o familia',
  'journal.harm.monitoring': 'Vigilarte, seguirte o revisarte el celular',
  'journal.harm.financial': 'Dinero: quitártelo, controlarlo o negártelo',
  'journal.harm.threats': 'Amenazas o intimidación',
  'journal.harm.physical': 'Daño físico',
  'journal.harm.sexual': 'Daño o presión sexual',
  'journal.harm.children-pets': 'Usando a hijos, hijas o mascotas',
  'journal.harm.other': 'Otra cosa',

  'journal.after.apology': 'Pidió perdón',
  'journal.after.gifts': 'Hizo regalos',
  'journal.after.promises': 'Hizo promesas',
  'journal.after.blame': 'Te echó la culpa',
  'journal.after.denial': 'Lo negó o le quitó importancia',
  'journal.after.never-happened': 'Dijo que nunca pasó',

  'journal.severity.1': '1: un poco',
  'journal.severity.2': '2: bastante',
  'journal.severity.3': '3: mal',
  'journal.severity.4': '4: muy mal',
  'journal.severity.5': '5: lo peor',
  'journal.severityShort': 'Gravedad {severity} de 5',

  'journal.form.newTitle': 'Una entrada nueva',
  'journal.form.editTitle': 'Editar esta entrada',
  'journal.form.editNote':
    'Tu cambio se guarda como una versión nueva. Lo que escribiste antes se conserva y puedes seguir leyéndolo.',
  'journal.form.optional': 'Todo es opcional salvo cuándo pasó, la etapa y la gravedad.',
  'journal.form.when': 'Cuándo pasó',
  'journal.form.date': 'Fecha',
  'journal.form.time': 'Hora (opcional)',
  'journal.form.approximate': 'La fecha o la hora son aproximadas',
  'journal.form.stage': 'Etapa del ciclo',
  'journal.form.harms': 'Tipos de daño (elige los que encajen)',
  'journal.form.severity': 'Qué tan grave lo sentiste',
  'journal.form.what': 'Qué pasó',
  'journal.form.whatHint': 'Con tus palabras. Todo lo que quieras, o muy poco.',
  'journal.form.felt': 'Cómo te sentiste y qué hizo tu cuerpo',
  'journal.form.after': 'Qué hizo después (elige lo que encaje)',
  'journal.form.afterNote': 'Algo más sobre lo que hizo después',
  'journal.form.injuries': 'Lesiones',
  'journal.form.witnesses': 'Testigos',
  'journal.form.witnessesHint': 'Quien lo vio u oyó, o a quien se lo contaste.',
  'journal.form.save': 'Guardar entrada',
  'journal.form.saving': 'Guardando…',
  'journal.form.cancel': 'Cancelar',
  'journal.form.fix': {
    one: 'Todavía no se guardó nada. Hay una cosa más abajo que conviene revisar.',
    other: 'Todavía no se guardó nada. Hay {count} cosas más abajo que conviene revisar.',
  },
  'journal.form.saveFailed':
    'No se pudo guardar la entrada y no se cambió nada. Vuelve a intentarlo en un momento.',
  'journal.form.writtenAtNote':
    'Steady anota el momento en que guardas y ese dato no se puede cambiar.',

  'journal.error.required': 'Completa este campo, por favor.',
  'journal.error.requiredStage': 'Elige una etapa, por favor. «No lo sé» también sirve.',
  'journal.error.requiredSeverity': 'Elige qué tan grave lo sentiste, por favor.',
  'journal.error.requiredDate': 'Indica la fecha, aunque sea aproximada.',
  'journal.error.wrong-type': 'No se pudo leer esta respuesta. Vuelve a escribirla.',
  'journal.error.unknown-field': 'Había algo inesperado en el formulario. Vuelve a intentarlo.',
  'journal.error.invalid-date': 'Esa fecha no existe. Revisa el día y el mes.',
  'journal.error.too-early': 'Esa fecha es anterior a 1900. Revisa el año.',
  'journal.error.future-date': 'Esa fecha está en el futuro. Elige hoy o un día anterior.',
  'journal.error.invalid-time': 'Eso no es una hora. Usa horas y minutos.',
  'journal.error.unknown-value': 'Elige una de las opciones que aparecen.',
  'journal.error.duplicate': 'Se eligió dos veces la misma opción. Vuelve a elegir.',
  'journal.error.out-of-range': 'Elige un número del 1 al 5.',
  'journal.error.too-long': 'Es más largo de lo que Steady puede guardar. Acórtalo, por favor.',
  'journal.error.too-many': 'Hay demasiados. Quita algunos, por favor.',
  'journal.error.malformed-text': 'Este texto tiene un carácter dañado. Vuelve a escribirlo.',
  'journal.error.invalid-id': 'Una imagen no se pudo unir a la entrada. Vuelve a agregarla.',
  'journal.error.invalid-instant': 'No se pudo leer una hora guardada.',
  'journal.error.mismatch': 'Partes de esta entrada no coinciden entre sí.',

  'journal.attach.label': 'Fotos o capturas de pantalla (opcional)',
  'journal.attach.hint':
    'Solo imágenes, de hasta {limit} cada una. Steady hace una copia nueva sin datos ocultos como la ubicación y la guarda bajo llave con tu entrada.',
  'journal.attach.notImage':
    '«{name}» no es una imagen. Solo se pueden agregar fotos y capturas de pantalla.',
  'journal.attach.tooBig': '«{name}» pesa más de {limit}. Elige una imagen más pequeña.',
  'journal.attach.tooMany': {
    one: 'Una entrada puede tener hasta {count} imagen.',
    other: 'Una entrada puede tener hasta {count} imágenes.',
  },
  'journal.attach.unreadable': '«{name}» no se pudo abrir como imagen.',
  'journal.attach.working': 'Preparando la imagen…',
  'journal.attach.remove': 'Quitar la imagen {n}',
  'journal.attach.alt': 'Imagen {n} de esta entrada',
  'journal.attach.loading': 'Abriendo la imagen…',
  'journal.attach.missing': 'No se pudo abrir esta imagen.',

  'journal.voice.title': 'Notas de voz (opcional)',
  'journal.voice.hint':
    'Cuenta en voz alta lo que pasó, hasta {limit} minutos por nota. Steady te pide el micrófono solo cuando empiezas a grabar, y guarda la grabación bajo llave con tu entrada.',
  'journal.voice.record': 'Grabar una nota de voz',
  'journal.voice.asking': 'Pidiendo permiso para usar tu micrófono…',
  'journal.voice.started': 'Grabando. Presiona «Detener la grabación» cuando termines.',
  'journal.voice.running': 'Grabando: {length} de {limit}:00',
  'journal.voice.stop': 'Detener la grabación',
  'journal.voice.listen':
    'Escúchala y luego decide si la guardas o la descartas. Duración: {length}.',
  'journal.voice.preview': 'La grabación, para escucharla',
  'journal.voice.transcript': 'Lo que dice, por escrito (opcional)',
  'journal.voice.transcriptHint':
    'Sirve a quien lea tu registro sin reproducirla. Se guarda bajo llave con la nota de voz.',
  'journal.voice.keep': 'Guardar esta nota de voz',
  'journal.voice.discard': 'Descartarla',
  'journal.voice.discarded': 'La grabación se borró. No se guardó nada de ella.',
  'journal.voice.kept': 'Nota de voz guardada. Queda con esta entrada.',
  'journal.voice.lengthReached':
    'La grabación se detuvo a los {limit} minutos, lo más que puede durar una nota de voz. Puedes guardarla y grabar otra.',
  'journal.voice.sizeReached':
    'La grabación se detuvo al llegar a {limit}, lo más que puede pesar una nota de voz. Puedes guardarla y grabar otra.',
  'journal.voice.denied':
    'Steady no tuvo permiso para usar el micrófono, así que no se grabó nada. Puedes darle permiso en la configuración de tu navegador para este sitio y volver a intentarlo, o escribir lo que pasó.',
  'journal.voice.missing':
    'No se encontró ningún micrófono en este dispositivo, así que no se grabó nada. Puedes escribir lo que pasó.',
  'journal.voice.unsupported':
    'Este navegador no puede grabar sonido, así que aquí no hay notas de voz. Puedes escribir lo que pasó.',
  'journal.voice.failed': 'La grabación no funcionó y no se guardó nada. Vuelve a intentarlo.',
  'journal.voice.tooMany': {
    one: 'Una entrada puede tener hasta {count} foto o nota de voz.',
    other: 'Una entrada puede tener hasta {count} fotos y notas de voz en total.',
  },
  'journal.voice.listTitle': 'Notas de voz',
  'journal.voice.item': 'Nota de voz {n} ({length})',
  'journal.voice.play': 'Reproducir la nota de voz {n}',
  'journal.voice.typed': 'Por escrito: {text}',
  'journal.voice.remove': 'Quitar la nota de voz {n}',
  'journal.voice.loading': 'Abriendo la nota de voz…',
  'journal.voice.unopened': 'No se pudo abrir esta nota de voz.',

  'journal.list.search': 'Buscar en tus entradas',
  'journal.list.searchHint':
    'Encuentra las entradas que contienen todas las palabras que escribas.',
  'journal.list.filters': 'Filtros',
  'journal.list.from': 'Desde',
  'journal.list.to': 'Hasta',
  'journal.list.stages': 'Etapa',
  'journal.list.harms': 'Tipo de daño',
  'journal.list.minSeverity': 'Gravedad mínima',
  'journal.list.maxSeverity': 'Gravedad máxima',
  'journal.list.any': 'Cualquiera',
  'journal.list.pinnedOnly': 'Solo entradas fijadas',
  'journal.list.clear': 'Quitar filtros',
  'journal.list.count': { one: '{shown} de {count} entrada', other: '{shown} de {count} entradas' },
  'journal.list.countAll': { one: '{count} entrada', other: '{count} entradas' },
  'journal.list.none': 'Ninguna entrada coincide. Prueba con menos palabras o filtros.',
  'journal.list.empty':
    'Aún no hay nada escrito. Cuando te sientas preparada o preparado, puedes anotar lo que pasó. No hay una forma correcta de hacerlo.',
  'journal.list.more': { other: 'Mostrar {count} más' },
  'journal.list.results': 'Entradas, de la más reciente a la más antigua',
  'journal.list.approximate': 'hacia el {date}',
  'journal.list.pinned': 'Fijada',
  'journal.list.noText': '(sin descripción)',

  'journal.entry.title': 'Entrada del {date}',
  'journal.entry.writtenAt': 'Escrita el {when}',
  'journal.entry.editedAt': 'Editada el {when}',
  'journal.entry.when': 'Cuándo',
  'journal.entry.at': '{date} a las {time}',
  'journal.entry.stage': 'Etapa',
  'journal.entry.harms': 'Tipos de daño',
  'journal.entry.severity': 'Qué tan grave lo sentiste',
  'journal.entry.after': 'Qué hizo después',
  'journal.entry.none': 'Nada anotado',
  'journal.entry.edit': 'Editar',
  'journal.entry.pin': 'Fijar como recordatorio',
  'journal.entry.pinHint':
    'Las entradas fijadas te las volvemos a mostrar cuando lleguen las ganas de contactar.',
  'journal.entry.pinned': 'Fijada. Te la mostraremos cuando lleguen las ganas de contactar.',
  'journal.entry.unpinned': 'Ya no está fijada.',
  'journal.entry.pinFailed': 'No se guardó. No se cambió nada. Vuelve a intentarlo.',
  'journal.entry.versions': {
    one: '{count} versión anterior',
    other: '{count} versiones anteriores',
  },
  'journal.entry.original': 'Original, escrita el {when}',
  'journal.entry.version': 'Versión {n}, guardada el {when}',
  'journal.entry.delete': 'Borrar esta entrada',
  'journal.entry.confirmTitle': '¿Borrar esta entrada para siempre?',
  'journal.entry.confirmBody':
    'Se quitarán de este dispositivo la entrada, todas sus versiones anteriores y sus imágenes. No se puede deshacer.',
  'journal.entry.confirmYes': 'Sí, borrarla',
  'journal.entry.confirmNo': 'No, conservarla',
  'journal.entry.deleted': 'Se borró la entrada.',
  'journal.entry.deleteFailed': 'No se pudo borrar la entrada. No se cambió nada.',
  'journal.entry.notFound': 'Esta entrada ya no está.',

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
  'journal.jot': 'Anótalo ahora',
  'journal.jot.title': 'Anótalo ahora',
  'journal.jot.intro':
    'Solo las palabras, mientras las tienes frescas. Cuándo pasó, la etapa y qué tan grave lo sentiste pueden esperar a cuando quieras.',
  'journal.jot.hint':
    'Se guarda con la fecha de hoy y la hora en que lo guardes. Puedes cambiar la fecha después.',
  'journal.jot.save': 'Guardar nota',
  'journal.jot.empty': 'Escribe unas palabras primero.',
  'journal.jot.failed':
    'No se pudo guardar la nota. Lo que escribiste sigue aquí. Vuelve a intentarlo.',
  'journal.jot.saved': 'Guardada. Puedes agregar los detalles cuando quieras.',
  'journal.details.later': 'Faltan detalles',
  'journal.details.laterHint':
    'Una nota rápida. Cuando quieras, puedes agregar cuándo pasó, la etapa y qué tan grave lo sentiste.',
  'journal.details.add': 'Agregar los detalles',
  'journal.details.notYet': 'Aún sin agregar',
  'journal.details.formTitle': 'Agregar los detalles',
  'journal.list.detailsOnly': 'Solo notas a las que les faltan detalles',
  'journal.timeline.detailsToAdd': {
    one: '{count} nota rápida no aparece en la línea de tiempo hasta que agregues sus detalles.',
    other:
      '{count} notas rápidas no aparecen en la línea de tiempo hasta que agregues sus detalles.',
  },
} as const satisfies Translation<typeof journalEn>;
