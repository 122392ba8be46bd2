import type { Translation } from '../../i18n/plural.ts';
import type { urgesEn } from './i18n.en.ts';

// Las herramientas para las ganas de contactar, en un español natural y con "tú".
export const urgesEs = {
  'urges.title': 'Las ganas de volver a hablarle',
  'urges.ack':
    'Querer contactar no significa que seas débil ni que irte fuera un error. Un vínculo así suele tirar más fuerte cuando hay distancia. Las ganas pueden estar. Lo que hagas puede esperar.',
  'urges.strength': '¿Cuánta fuerza tienen ahora?',
  'urges.strengthHint': '0 es casi nada. 10 es lo más fuerte posible.',
  'urges.strengthValue': '{value} de 10',
  'urges.pulls': '¿Qué te empuja? Elige lo que encaje.',
  'urges.pull.missing-them': 'Extraño a esa persona',
  'urges.pull.guilt': 'Culpa',
  'urges.pull.loneliness': 'Soledad',
  'urges.pull.fear': 'Miedo',
  'urges.pull.closure': 'Quiero respuestas o cerrar la historia',
  'urges.pull.they-contacted-me': 'Me escribió o me llamó',
  'urges.pull.other': 'Otra cosa',
  'urges.note': 'Algo que quieras anotar (si quieres)',
  'urges.next': 'Siguiente: tus propias palabras',
  'urges.settingsUnreadable':
    'No se pudieron leer tus ajustes de esta pantalla; quizá los guardó una versión más nueva de Steady. Se conservan tal como están; hasta que se puedan leer se muestran los ajustes habituales y aquí no se pueden cambiar.',
  'urges.saveError': 'No se pudo guardar, así que no se cambió nada. Inténtalo otra vez.',

  'urges.remindTitle': 'Con tus propias palabras',
  'urges.remindersTitle': 'Tus recordatorios',
  'urges.remindersNone':
    'Todavía no has escrito recordatorios. Puedes agregar algunos: por qué te fuiste, qué mereces.',
  'urges.pinnedTitle': 'Lo que pasó, tal como lo escribiste',
  'urges.ifthenTitle': 'Tus planes «si… entonces…»',
  'urges.ifthenIntro':
    'Un plan escrito como «si pasa esto, entonces haré aquello» ayuda a hacer lo que te habías propuesto. En una revisión de 94 pruebas, este tipo de planes ayudó a alcanzar metas, con un efecto entre mediano y grande.',
  'urges.ifthenLine': 'Si {when}, entonces {then}',
  'urges.ifthenNone': 'Aún no tienes planes «si… entonces…».',

  'urges.insteadTitle': 'Cosas que puedes hacer en su lugar',
  'urges.textPerson': 'Escribir a {name}',
  'urges.callPerson': 'Llamar a {name}',
  'urges.noPeople': 'Puedes agregar a alguien de confianza a quien escribir o llamar.',
  'urges.breathe': 'Respiración lenta',
  'urges.breatheHint': 'Respirar despacio, soltando el aire más lento, puede calmar el cuerpo.',
  'urges.groundTitle': 'Volver al presente: 5, 4, 3, 2, 1',
  'urges.groundIntro':
    'Una opción que a algunas personas les ayuda a volver al momento. Mira a tu alrededor y nombra:',
  'urges.ground5': '5 cosas que ves',
  'urges.ground4': '4 cosas que puedes tocar',
  'urges.ground3': '3 cosas que oyes',
  'urges.ground2': '2 cosas que hueles',
  'urges.ground1': '1 cosa que saboreas',
  'urges.walkTitle': 'Un paseo corto',
  'urges.walkBody':
    'Si es seguro salir, caminar diez minutos puede dar tiempo a que las ganas bajen. Puedes dejar el celular en el bolsillo.',

  'urges.unsentTitle': 'Escribe lo que quieres decirle',
  'urges.unsentHint': 'Escríbelo aquí. Se guarda bajo llave en Steady y nunca se envía.',
  'urges.unsentLabel': 'Tu mensaje (nunca se envía)',
  'urges.unsentSave': 'Guardarlo sin enviar',
  'urges.unsentSaved': 'Guardado. Se queda aquí, bajo llave, y nadie lo recibe.',
  'urges.unsentListTitle': 'Mensajes guardados sin enviar',

  'urges.holdTitle': 'Espera 24 horas',
  'urges.holdBody':
    'No tienes que decidir nada ahora. Las ganas pueden quedarse; lo que hagas espera un día. En un estudio con estudiantes que fumaban, surfear las ganas así no las hizo más pequeñas, pero cambió lo que la gente hacía con ellas.',
  'urges.holdStart': 'Empezar una espera de 24 horas',
  'urges.holdRunning': 'Tu espera de 24 horas',
  'urges.holdLeft': 'Quedan {hours} h {minutes} min {seconds} s',
  'urges.holdEnded': 'Ya pasaron las 24 horas. Pase lo que pase, puedes anotarlo aquí.',
  'urges.outcomeOpen': 'Anotar lo que pasó',
  'urges.outcomeTitle': '¿Qué pasó?',
  'urges.outcome.did-not-contact': 'No contacté',
  'urges.outcome.contacted': 'Contacté',
  'urges.outcome.they-contacted-me': 'Me contactó a mí',
  'urges.feeling': '¿Cómo te sientes ahora?',
  'urges.feelingHint': '0 es muy mal. 10 es en calma.',
  'urges.outcomeSave': 'Guardar lo que pasó',
  'urges.outcomeSaved.did-not-contact':
    'Guardado. Las ganas llegaron y las dejaste pasar sin actuar.',
  'urges.outcomeSaved.contacted':
    'Guardado. Haber contactado no borra todo lo que has avanzado. Extrañar a esa persona, e incluso volver, les pasa a muchas personas mientras salen de algo así. Si después sientes que corres más peligro, una asesora o un asesor puede ayudarte a planear.',
  'urges.outcomeSaved.they-contacted-me':
    'Guardado. Que te contactara no es algo que hicieras tú. Si te dio miedo, puedes hablarlo con una asesora o un asesor.',

  'urges.logTitle': 'Tu registro de ganas',
  'urges.logIntro':
    'Semana a semana: cuántas veces llegaron las ganas, con qué fuerza y cuándo hubo contacto. A muchas personas se les van pasando poco a poco, con altibajos. En un estudio con 75 mujeres que acababan de dejar a una pareja maltratadora, el apego seguía ahí seis meses después, pero alrededor de una cuarta parte más débil.',
  'urges.logEmpty': 'Aún no hay nada. Cada vez que uses «Quiero escribirle», aparecerá aquí.',
  'urges.chartTitle': 'Ganas por semana y su fuerza promedio',
  'urges.chartDesc':
    'Las barras muestran cuántas veces llegaron las ganas cada semana. La línea muestra su fuerza promedio, de 0 a 10. Las marcas de abajo señalan semanas con contacto. La tabla de abajo tiene las mismas cifras.',
  'urges.chartFew':
    'Aquí aparecerá una gráfica cuando hayas anotado ganas en dos semanas distintas, para que veas cómo cambian. La tabla de abajo tiene las cifras hasta ahora.',
  'urges.tableCaption': 'Ganas por semana',
  'urges.col.week': 'Semana del',
  'urges.col.urges': 'Veces',
  'urges.col.strength': 'Fuerza promedio',
  'urges.col.contacts': 'Contactos',
  'urges.noStrength': 'sin datos',
  'urges.trend.falling': 'En estas semanas, las ganas han ido perdiendo fuerza.',
  'urges.trend.flat':
    'En estas semanas, las ganas se han mantenido más o menos igual. Es habitual, y todavía puede cambiar.',
  'urges.trend.rising':
    'En estas semanas, las ganas fueron en aumento. Hay semanas difíciles. Puede ayudarte hablar con alguien de confianza o con una asesora o un asesor.',
  'urges.trend.too-few': 'Con unas semanas más de registros se verá hacia dónde va.',
  'urges.notDiagnosis': 'Es tu propio registro. No es un diagnóstico ni una terapia.',
  'urges.days': { other: 'Días sin contacto: {count}' },
  'urges.daysNone':
    'La cuenta empieza con un contacto que anotes o con la fecha del último contacto, que puedes poner en tus recordatorios y planes.',
  'urges.daysNote': 'Sanar se mide por lo que te protege, no por un número.',
  'urges.daysHide': 'Ocultar la cuenta',
  'urges.daysShow': 'Mostrar la cuenta de días sin contacto',

  'urges.manageTitle': 'Tus recordatorios y planes',
  'urges.reminderLabel': 'Un recordatorio para ti',
  'urges.reminderHint': 'Por ejemplo: por qué te fuiste, qué mereces.',
  'urges.reminderAdd': 'Agregar recordatorio',
  'urges.reminderEdit': 'Cambiar este recordatorio',
  'urges.edit': 'Cambiar',
  'urges.save': 'Guardar',
  'urges.cancel': 'Cancelar',
  'urges.delete': 'Borrar',
  'urges.ifWhen': 'Si…',
  'urges.ifWhenHint': 'Por ejemplo: me entran ganas de escribirle por la noche',
  'urges.ifThen': 'Entonces haré…',
  'urges.ifThenHint': 'Por ejemplo: escribir a mi hermana y dejar el celular en otra habitación',
  'urges.ifAdd': 'Agregar plan',
  'urges.peopleTitle': 'Personas a quienes escribir o llamar',
  'urges.peopleFromPlan': 'De tu plan de seguridad:',
  'urges.personName': 'Nombre',
  'urges.personPhone': 'Número de teléfono',
  'urges.personAdd': 'Agregar persona',
  'urges.personInvalid':
    'Escribe un nombre y un número de teléfono con cifras (puedes usar espacios, guiones y un + delante).',
  'urges.lastContact': 'Tu último contacto antes de usar Steady (si quieres)',
  'urges.lastContactHint': 'La cuenta de días sin contacto puede empezar en esta fecha.',
  'urges.saved': 'Guardado.',
  'urges.emptyText': 'Escribe algo primero.',

  'urges.toLog': 'Tu registro de ganas',
  'urges.toManage': 'Tus recordatorios y planes',
  'urges.toStart': 'Quiero escribirle',
  'urges.views': 'Mantener la distancia',
} satisfies Translation<typeof urgesEn>;
