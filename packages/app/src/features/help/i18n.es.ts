import type { Translation } from '../../i18n/plural.ts';
import type { helpEn } from './i18n.en.ts';

// Spanish for the Help screen, written to read naturally, with "tú". Typed
// against the English keys: a missing one fails the typecheck.
export const helpEs = {
  'help.note.silentSolution':
    'Desde un celular, si no es seguro hablar: llama al 999 y marca 55 cuando te lo pidan.',
  'help.note.callLocalEmergency':
    'Si estás en peligro ahora, llama al número de emergencias del país donde te encuentres.',
  'help.note.canadaNoNationalLine':
    'Canadá no tiene una línea nacional. ShelterSafe muestra en un mapa los refugios de todo el país, con sus líneas de 24 horas.',
  'help.note.ontarioOnly': 'Para personas en Ontario.',
  'help.note.mostStates': 'Disponible en la mayoría de estados y territorios de la unión.',
  'help.note.anonymous': 'Anónimo: no hace falta que digas tu nombre.',
  'help.note.notEmergency':
    'No es una línea de emergencias. Si estás en peligro ahora, llama al número de emergencias.',
  'help.note.manyLanguages': 'Atiende en muchos idiomas.',
  'help.note.textStart': 'Envía la palabra START para empezar.',
  'help.note.directory': 'Una lista mundial de líneas de ayuda, país por país.',
  'help.note.quebecOnly': 'Para personas en Quebec.',
  'help.note.lagosOnly': 'Para personas en el estado de Lagos.',
  'help.note.police': 'Policía.',
  'help.note.textOnly114':
    'Solo por mensaje de texto, para quien no puede hablar ni oír por teléfono, también cuando hablar te pondría en peligro.',
  'help.note.chooseOption1': 'Cuando contesten, elige la opción 1.',
  'help.note.safeTimeForm':
    'En su sitio web, un formulario te deja elegir una hora segura para que te devuelvan la llamada.',
  'help.note.bslInterpreter':
    'En lengua de señas británica (BSL): toca el símbolo de lengua de señas arriba en el sitio web. Hablas con una asesora o un asesor con ayuda de intérprete.',
  'help.note.crisisCounselling':
    'Una línea de apoyo emocional y atención en crisis, no solo para situaciones de violencia.',
  'help.note.findShelter': 'Te ayuda a encontrar lugar en un refugio, cerca de ti si es posible.',
  'help.note.bogotaOnly': 'Para personas en Bogotá.',
  'help.note.ar137Teams':
    'En la Ciudad de Buenos Aires y en algunas ciudades de Misiones y Chaco, un equipo puede ir hasta donde estás.',

  'help.silent.ukSilentSolution':
    'Tose o da golpecitos al teléfono si es seguro hacerlo. Desde un celular, cuando un mensaje grabado te lo pida, marca 55: te pasan con la policía, que te hace preguntas de sí o no. Desde un teléfono fijo, no cuelgues.',
  'help.silent.frText114':
    'Envía un mensaje de texto al 114, de día o de noche. Es para cualquier persona que no puede hablar por teléfono, también cuando hablar te pondría en peligro. Escribe dónde estás, lo más exacto que puedas.',
  'help.silent.usText911':
    'En algunas zonas puedes enviar un mensaje de texto al 911. Donde todavía no funciona, te llega una respuesta que lo dice: entonces llama al 911 si puedes.',
  'help.silent.caText911':
    'Escribir al 911 solo funciona para personas sordas, con pérdida auditiva o con una discapacidad del habla que se registraron con su compañía de celular: llaman al 911 y quien atiende responde por mensaje de texto. Para las demás personas, la forma de llegar al 911 es una llamada de voz.',
  'help.silent.esWhatsapp016':
    'Puedes escribir al 016 por WhatsApp en lugar de llamar. No es una línea de emergencias: si estás en peligro ahora, llama al 112.',

  'help.hours.notListed': 'Horario no indicado.',
  'help.hours.website': 'Un sitio web: disponible a cualquier hora.',
  'help.hours.officeHours': 'En horario de oficina.',
  'help.hours.weekdays8ToMidnight':
    'De lunes a viernes, de 8 de la mañana a medianoche. Cerrado los días feriados.',
  'help.hours.monThu10To2030Fri10To1630':
    'De lunes a jueves, de 10 de la mañana a 8:30 de la noche. Los viernes, de 10 de la mañana a 4:30 de la tarde.',
  'help.hours.weekdays10To6': 'De lunes a viernes, de 10 de la mañana a 6 de la tarde.',
  'help.hours.always': 'Abierto las 24 horas, todos los días',

  'help.trace.callLog':
    'La llamada a esta línea puede quedar en el registro de llamadas del teléfono. Quizá quieras borrarla después.',
  'help.trace.browserHistory':
    'Al visitar este sitio web, queda en el historial del navegador, salvo que lo borres o uses una ventana privada.',
  'help.trace.chat':
    'El chat está en su sitio web, así que la página queda en el historial de este navegador. Una ventana privada no deja historial. Cierra la pestaña al terminar.',
  'help.trace.webForm':
    'El formulario está en su sitio web, así que la página queda en el historial de este navegador. Una ventana privada no deja historial.',

  'help.serves.anyone':
    'Para cualquier persona que vive violencia, y para quien se preocupa por alguien.',
  'help.serves.women': 'Para mujeres.',
  'help.serves.womenLgbtq': 'Para mujeres y personas LGBTI+.',
  'help.serves.womenChildren': 'Para mujeres, niñas y niños.',
  'help.serves.men': 'Para hombres.',
  'help.serves.lgbtq': 'Para personas LGBT+.',
  'help.serves.deaf': 'Para personas sordas que usan lengua de señas.',
  'help.serves.native': 'Para personas nativas americanas y nativas de Alaska.',
  'help.serves.indigenous': 'Para personas indígenas.',
  'help.serves.indigenousWomen': 'Para mujeres indígenas.',

  'help.kind.call': 'Llamar',
  'help.kind.text': 'Enviar SMS',
  'help.kind.tty': 'Teléfono de texto (TTY)',
  'help.kind.whatsapp': 'Mensaje de WhatsApp',
  'help.kind.chat': 'Chat en línea',
  'help.kind.web': 'Sitio web',

  'help.country.england': 'Reino Unido: Inglaterra',
  'help.country.scotland': 'Reino Unido: Escocia',
  'help.country.wales': 'Reino Unido: Gales',
  'help.country.northernIreland': 'Reino Unido: Irlanda del Norte',
  'help.country.international': 'Otro país',

  'help.free': 'Gratuito',

  'help.checkHint':
    '¿Te dieron un paquete con los registros de alguien? Puedes comprobar que nada se cambió.',
  'help.title': 'Pedir ayuda',

  'help.emergencyTitle': '¿Estás en peligro ahora?',
  'help.emergencyIn': 'Emergencias ({country})',
  'help.call': 'Llamar al {number}',
  'help.textEmergency': 'Enviar un SMS al {number}',
  'help.chooseFirst':
    'Elige tu país más abajo para ver su número de emergencias y las líneas de ayuda de allí.',

  'help.silentTitle': 'Si no puedes hablar',
  'help.silentIntro': 'Formas de pedir ayuda sin que te escuchen, donde existen.',
  'help.silentWhatsapp': 'WhatsApp al {number}',

  'help.countryLabel': 'Tu país o región',
  'help.countryHint':
    'Lo eliges tú: Steady nunca averigua dónde estás. La primera opción puede venir del idioma de tu navegador o de la organización que ofrece esta copia. El número de emergencias de arriba y los servicios de abajo cambian según lo que elijas, y tu elección se guarda solo en este dispositivo.',

  'help.servicesTitle': 'Servicios de apoyo',
  'help.servicesIntro':
    'Personas formadas que te escuchan sin juzgarte y pueden ayudarte a pensar qué hacer, a tu ritmo. Para llamar no hace falta tener la certeza de que es maltrato.',
  'help.servicesNone':
    'Todavía no tenemos ningún servicio para este lugar. La lista mundial de «Otro país» puede servirte.',
  'help.local': 'Servicio local',
  'help.waysLabel': 'Formas de contactar con {name}',
  'help.languages': 'Idiomas: {languages}',
  'help.source': 'Fuente: {source} · comprobado el {date}',

  'help.safetyTitle': 'Contactar con algo más de seguridad',
  'help.safety.moment':
    '¿Es un momento seguro? Un rato a solas, otra habitación o un paseo pueden darte intimidad.',
  'help.safety.silent':
    'Si no es seguro hablar, una línea por SMS, chat o WhatsApp, si la hay, puede resultar más fácil.',
  'help.safety.callLog':
    'Las llamadas y los mensajes quedan en el registro y en los mensajes del teléfono. Puedes borrarlos después, si nadie va a notar que faltan.',
  'help.safety.otherPhone':
    'El teléfono de una amistad, uno del trabajo o uno público no deja nada en este.',
  'help.safety.history':
    'Los sitios web que abras desde aquí quedan en el historial de este navegador, salvo que los borres.',
  'help.safety.otherSite':
    'La Salida rápida de Steady solo funciona en Steady. En el sitio web o el chat de un servicio, usa su propio botón de salida si lo tiene, o cierra la pestaña.',
  'help.safety.plan':
    'Irse puede aumentar el peligro durante un tiempo. Las personas de estas líneas pueden ayudarte a prepararlo, cuando sea tu momento.',
  'help.safety.notEmergency':
    'Steady no es un servicio de emergencias y no puede llamar a nadie por ti. Si estás en peligro ahora, el número de emergencias es la forma más rápida de conseguir ayuda.',
} satisfies Translation<typeof helpEn>;
