import type { Translation } from '../../i18n/plural.ts';
import type { planEn } from './i18n.en.ts';

// Spanish for the safety plan, written to read naturally, with "tú". Typed
// against the English keys: a missing one fails the typecheck.
export const planEs = {
  'plan.title': 'Tu plan de seguridad',
  'plan.intro':
    'Un plan privado para salir de forma más segura, o para estar más a salvo mientras decides. Completa lo que te sirva, en el orden que quieras y a tu ritmo. Sáltate lo que no encaje con tu vida.',
  'plan.leavingRisk':
    'El momento de irse puede ser el más peligroso. Una asesora o un asesor de un servicio de atención a la violencia de pareja puede ayudarte a planificarlo, gratis y de forma confidencial.',
  'plan.notService':
    'Steady no es un servicio de emergencias. Si estás en peligro ahora, llama al número de emergencias de tu zona.',
  'plan.loading': 'Abriendo tu plan…',
  'plan.unreadable':
    'No se pudo leer tu plan guardado, así que no se cambió nada. Vuelve a intentarlo después de desbloquear.',
  'plan.saving': 'Guardando…',
  'plan.saved': 'Guardado',
  'plan.saveFailed': 'Aún sin guardar. Steady lo intentará otra vez cuando hagas otro cambio.',
  'plan.conflict.group': 'También escrito en otro dispositivo: {field}',
  'plan.conflict.intro':
    'Otro de tus dispositivos cambió esto al mismo tiempo. Sus palabras se guardan aquí, para que nada se pierda:',
  'plan.conflict.keep': 'Usar estas palabras',
  'plan.conflict.drop': 'Quedarme con las mías',
  'plan.conflict.failed': 'No funcionó. Tus palabras y las del otro dispositivo siguen guardadas.',

  'plan.progressTitle': 'Cómo va tu plan',
  'plan.progressSummary': {
    one: '{complete} de {total} partes listas por ahora, {count} empezada.',
    other: '{complete} de {total} partes listas por ahora, {count} empezadas.',
  },
  'plan.state.not-started': 'Sin empezar',
  'plan.state.started': 'Empezada',
  'plan.state.complete': 'Lista por ahora',
  'plan.open': 'Abrir: {section}',
  'plan.reviewLabel': 'Un día para revisar el plan',
  'plan.reviewHint':
    'Los planes cambian igual que la vida. Esta fecha solo se muestra aquí, dentro de Steady; no hay recordatorios ni notificaciones.',
  'plan.reviewOn': 'Elegiste revisarlo el {date}.',
  'plan.reviewDue':
    'Llegó el día que elegiste para revisar tu plan. Échale un vistazo cuando puedas.',
  'plan.printOpen': 'Imprimir o guardar como PDF',
  'plan.back': 'Volver al resumen del plan',
  'plan.complete': 'Esta parte está lista por ahora',
  'plan.completeHint': 'Puedes volver y cambiarla cuando quieras.',
  'plan.notes': 'Tus propias notas',
  'plan.checklist': 'Lista',
  'plan.where': 'Dónde está guardado',
  'plan.ownItem': 'Algo más para agregar',
  'plan.addItem': 'Agregar a la lista',
  'plan.removeItem': 'Quitar «{item}»',

  'plan.helpForward.title': 'No tienes por qué cargar con esto en soledad',
  'plan.helpForward.body':
    'Algunas de las cosas que marcaste se relacionan con un peligro grave. No es un veredicto sobre tu situación: solo tú la conoces. Quizá te ayude hablarlo con una asesora o un asesor de un servicio de atención a la violencia de pareja, que puede planificar contigo de forma confidencial.',
  'plan.helpForward.button': 'Pedir ayuda y ver números de emergencia',

  'plan.section.people': 'Personas de confianza',
  'plan.section.professional': 'Ayuda profesional',
  'plan.section.essentials': 'Lo imprescindible y los documentos',
  'plan.section.digital': 'Seguridad digital',
  'plan.section.crash': 'Cuando se corta el contacto: los días difíciles',
  'plan.section.children': 'Hijos, hijas y mascotas',
  'plan.section.places': 'Lugares seguros, rutas y transporte',
  'plan.section.after': 'Después de irte',
  'plan.section.risk': 'Pensar en el peligro',

  'plan.intro.people':
    'Personas en quienes confías y que podrían ayudarte: llevarte en auto, guardar documentos o hablar contigo cada cierto tiempo. Escríbelas tú; Steady nunca lee los contactos de tu teléfono.',
  'plan.intro.professional':
    'Personas cuyo trabajo es ayudar: una asesora o un asesor de un servicio de atención a la violencia de pareja, una terapeuta o un terapeuta que entienda el trauma, un servicio de tu zona.',
  'plan.intro.essentials':
    'Cosas para reunir poco a poco, sin que nada llame la atención. Para cada una, puedes anotar dónde está guardada.',
  'plan.intro.digital':
    'El celular y las cuentas pueden delatar tus planes. Cambios pequeños, hechos con cuidado, pueden ayudar. Los cambios bruscos se notan, así que una asesora o un asesor puede ayudarte a elegir qué cambiar y cuándo.',
  'plan.intro.crash':
    'Extrañar a esa persona, dudar de ti, querer escribirle: todo esto es frecuente después de irse, y no es un fracaso. Prepararlo antes ayuda.',
  'plan.intro.children':
    'Si tienes hijos, hijas o mascotas, algunos planes para ellos. Sáltate esta parte si no te corresponde.',
  'plan.intro.places': 'Adónde podrías ir, cómo llegarías y qué podría retrasarte.',
  'plan.intro.after':
    'Estar más a salvo cuando ya te hayas ido: rutinas, trabajo y protección legal donde vives.',
  'plan.intro.risk':
    'Algunas señales se relacionan con un riesgo mayor de daño grave. Marca las que formen parte de tu vida. No es un examen ni da ninguna puntuación: sirve para darte cuenta, y como invitación a hablar con una asesora o un asesor.',

  'plan.q.people.checkIn':
    '¿Cómo podría funcionar ese contacto regular? Por ejemplo, a quién escribirías, cada cuánto y qué haría esa persona si no supiera nada de ti.',
  'plan.q.people.codeWord':
    'Una palabra o frase clave que signifique «necesito ayuda, ven o avisa a alguien», y quién la conoce.',
  'plan.q.professional.advocate':
    'Una asesora o un asesor, o un servicio de atención a la violencia de pareja, con quien podrías hablar',
  'plan.q.professional.therapist':
    'Una terapeuta o un terapeuta que entienda el trauma, ahora o más adelante',
  'plan.q.professional.localService':
    'Otros servicios de tu zona: tu médico, un refugio, asesoría jurídica',
  'plan.q.essentials.bag': 'Alguien o algún lugar donde guardar una bolsa o copias por ti',
  'plan.q.digital.device':
    'Un dispositivo más seguro para planificar: el celular de una amistad, una computadora de la biblioteca o del trabajo',
  'plan.q.digital.accounts':
    'Cuentas compartidas que revisar: correo, banco, plataformas de series, fotos en la nube',
  'plan.q.crash.expect': 'Cómo crees que serán los momentos más duros',
  'plan.q.crash.contactRule':
    'Tu plan de contacto: ninguno, o poco y solo para ciertos temas (como los hijos), y de qué manera',
  'plan.q.crash.instead': 'Qué podrías hacer en lugar de escribirle, y con quién podrías hablar',
  'plan.q.children.school':
    'La escuela o la guardería: quién puede recoger a los niños y qué necesitan saber',
  'plan.q.children.exchanges':
    'Entregas o cambios de custodia: dónde, cuándo y quién más podría estar presente',
  'plan.q.children.tellThem':
    'Qué contarles a tus hijos, con palabras adecuadas a su edad, y qué hacer si tienen miedo',
  'plan.q.children.pets': 'Mascotas: quién podría cuidarlas y dónde podrían quedarse',
  'plan.q.places.safePlaces': 'Lugares a los que podrías ir con poco tiempo',
  'plan.q.places.routes':
    'Formas de salir de casa, y rutas que eviten los lugares donde suele estar esa persona',
  'plan.q.places.transport':
    'Cómo te moverías: un auto con gasolina y llaves, alguien que te lleve, un número de taxi, dinero para el autobús',
  'plan.q.after.routines':
    'Rutinas que podrías cambiar: tiendas, horarios, caminos al trabajo o a la escuela',
  'plan.q.after.work':
    'En el trabajo: quién podría saberlo y qué podría cambiar (tu puesto, tu horario, las llamadas)',
  'plan.q.after.protection':
    'Órdenes de protección o de restricción donde vives: qué te gustaría preguntar a una asesora o un asesor, o a una abogada o abogado',
  'plan.q.risk.sense':
    '¿Cómo encaja esta lista con tu propia sensación de peligro? Lo que tú sientes también cuenta, diga lo que diga la lista.',

  'plan.item.ids': 'Tu documentación: pasaporte, documento de identidad, licencia de conducir',
  'plan.item.medicines': 'Medicamentos y recetas',
  'plan.item.keys': 'Llaves de repuesto: casa, auto, trabajo',
  'plan.item.cash': 'Algo de dinero en efectivo, una tarjeta a tu nombre',
  'plan.item.numbers': 'Números importantes anotados en papel',
  'plan.item.copies':
    'Copias de documentos: contrato de alquiler, papeles del banco, del juzgado, pruebas',
  'plan.item.childIds': 'Partidas de nacimiento y documentos de tus hijos',
  'plan.item.childMedicines': 'Medicamentos e informes médicos de tus hijos',
  'plan.item.childCopies': 'Copias de papeles de la escuela y de la custodia',
  'plan.item.passwords': 'Contraseñas cambiadas desde un dispositivo al que no llega',
  'plan.item.location': 'Ubicación compartida revisada en el celular, las aplicaciones y el auto',
  'plan.item.sharedAccounts': 'Cuentas compartidas y planes familiares revisados',
  'plan.item.saferDevice': 'Un dispositivo más seguro para planificar',
  'plan.item.schoolPickup': 'La escuela sabe quién puede recoger a los niños',
  'plan.item.petCare': 'Alguien preparado para cuidar de tus mascotas',
  'plan.item.routines': 'Rutinas cambiadas donde ayude',
  'plan.item.work': 'Alguien en el trabajo sabe qué hacer si aparece',
  'plan.item.protectionOrder': 'Pregunté a una asesora o un asesor por una orden de protección',

  'plan.people.title': 'Tus personas de confianza',
  'plan.people.none': 'Todavía no agregaste a nadie.',
  'plan.people.name': 'Nombre',
  'plan.people.reach': 'Cómo contactar (teléfono)',
  'plan.people.can': 'En qué puede ayudarte',
  'plan.people.role.ride': 'Llevarte en auto',
  'plan.people.role.documents': 'Guardar documentos',
  'plan.people.role.checkIn': 'Hablar contigo cada cierto tiempo',
  'plan.people.add': 'Agregar a esta persona',
  'plan.people.remove': 'Quitar a {name}',
  'plan.people.nameNeeded': 'Escribe un nombre (puede ser un apodo).',
  'plan.people.person': 'Persona de confianza {number}',

  'plan.professional.help':
    'La pantalla de Ayuda muestra las líneas de apoyo de tu país, con sus números.',
  'plan.professional.helpLink': 'Abrir Ayuda',
  'plan.crash.urges':
    'Cuando te entren ganas de contactar, «Mantener la distancia» puede ayudarte a esperar 24 horas antes de hacer nada.',
  'plan.crash.urgesLink': 'Abrir «Mantener la distancia»',

  'plan.risk.signsLegend': 'Señales que forman parte de tu vida',
  'plan.sign.strangling':
    'Te ha agarrado del cuello o estrangulado, aunque fuera una vez o un momento',
  'plan.sign.weapon': 'Tiene un arma, o podría conseguirla fácilmente',
  'plan.sign.weaponThreat': 'Te ha amenazado con un arma',
  'plan.sign.threatsToKill': 'Ha amenazado con matarte a ti o a alguien cercano',
  'plan.sign.escalating': 'La violencia es cada vez más frecuente o más grave',
  'plan.sign.separation': 'Te separaste hace poco, o piensas separarte pronto',
  'plan.sign.stalking':
    'Te sigue, aparece donde estás, o vigila tu celular, tus mensajes o tu ubicación',
  'plan.sign.forcedSex': 'Te ha obligado o presionado para tener sexo',
  'plan.sign.threatsToChildren': 'Ha amenazado o hecho daño a tus hijos',
  'plan.sign.jealousyControl':
    'Tiene celos extremos, o controla adónde vas, a quién ves o tu dinero',
  'plan.sign.suicideThreats': 'Ha amenazado con quitarse la vida',
  'plan.sign.pregnancy': 'Te ha hecho daño mientras estabas embarazada',
  'plan.risk.noScore':
    'Steady no suma estas señales ni da ninguna puntuación. Mucha gente vive con alguna de ellas; una asesora o un asesor puede ayudarte a pensar qué significan para ti.',

  'plan.print.title': 'Imprimir o guardar como PDF',
  'plan.print.intro':
    'Elige qué partes incluir. Un plan impreso se puede encontrar, así que piensa dónde lo guardarías. La página lleva un título neutro y nada más de Steady.',
  'plan.print.choose': 'Partes que incluir',
  'plan.print.none': 'Elige al menos una parte para imprimir.',
  'plan.print.button': 'Imprimir o guardar como PDF',
  'plan.print.heading': 'Notas',
  'plan.print.done': 'Hecho',
  'plan.print.notDone': 'Aún no',
} as const satisfies Translation<typeof planEn>;
