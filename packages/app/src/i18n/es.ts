import type { FirstCatalog } from './types.ts';
import { disguiseEs } from '../features/disguise/i18n.es.ts';
import { lockEs } from '../features/lock/i18n.es.ts';

// Spanish, written to read naturally rather than word for word.
const shell = {
  'app.name': 'Steady',
  'print.title': 'Notas',
  'print.showName': 'Mostrar el nombre de la aplicación en el papel',
  'print.showNameHint':
    'Si no lo marcas, ni la página ni el título del archivo guardado dicen de dónde viene. Si lo marcas, los dos dicen que se hizo con Steady.',
  'print.madeWith': 'Hecho con Steady, una aplicación privada de diario y planificación.',
  'app.tagline': 'Un lugar privado para recuperar el equilibrio.',
  'app.loadError':
    'Esta parte de Steady no se pudo abrir. Revisa tu conexión y vuelve a intentarlo.',
  'app.loading': 'Abriendo…',
  'unreadable.journal': {
    one: 'No se pudo leer {count} entrada del diario.',
    other: 'No se pudieron leer {count} entradas del diario.',
  },
  'unreadable.attachment': {
    one: 'No se pudo leer {count} foto.',
    other: 'No se pudieron leer {count} fotos.',
  },
  'unreadable.checkin': {
    one: 'No se pudo leer {count} registro de cómo estás.',
    other: 'No se pudieron leer {count} registros de cómo estás.',
  },
  'unreadable.freedom': {
    one: 'No se pudo leer {count} libertad o conexión.',
    other: 'No se pudieron leer {count} libertades o conexiones.',
  },
  'unreadable.urge': {
    one: 'No se pudo leer {count} momento de ganas de hablarle.',
    other: 'No se pudieron leer {count} momentos de ganas de hablarle.',
  },
  'unreadable.hold': {
    one: 'No se pudo leer {count} espera de 24 horas.',
    other: 'No se pudieron leer {count} esperas de 24 horas.',
  },
  'unreadable.coping': {
    one: 'No se pudo leer {count} línea de tu propia lista.',
    other: 'No se pudieron leer {count} líneas de tu propia lista.',
  },
  'unreadable.reminder': {
    one: 'No se pudo leer {count} recordatorio.',
    other: 'No se pudieron leer {count} recordatorios.',
  },
  'unreadable.ifthen': {
    one: 'No se pudo leer {count} plan «si… entonces».',
    other: 'No se pudieron leer {count} planes «si… entonces».',
  },
  'unreadable.unsent': {
    one: 'No se pudo leer {count} mensaje sin enviar.',
    other: 'No se pudieron leer {count} mensajes sin enviar.',
  },
  'unreadable.selfcheck': {
    one: 'No se pudo leer {count} revisión guardada.',
    other: 'No se pudieron leer {count} revisiones guardadas.',
  },
  'unreadable.draft': {
    one: 'No se pudo leer {count} borrador.',
    other: 'No se pudieron leer {count} borradores.',
  },
  'unreadable.receipt': {
    one: 'No se pudo leer {count} recibo de sello de tiempo.',
    other: 'No se pudieron leer {count} recibos de sello de tiempo.',
  },
  'unreadable.help':
    'Se conservan tal como estaban, en este dispositivo y en tus copias de seguridad; no se borró nada. Puede que una versión más nueva de Steady los lea: recarga la página para actualizarla y vuelve a mirar. Si siguen sin poder leerse, puede que estén dañados, y una copia hecha antes podría tenerlos completos.',

  'draft.form.journal-new': 'Una entrada nueva del diario',
  'draft.form.journal-edit': 'Cambios en una entrada del diario',
  'draft.form.journal-jot': 'Una nota rápida para el diario',
  'draft.form.checkin': 'Cómo estás hoy',
  'draft.form.urge': 'Una nota sobre las ganas de hablarle',
  'draft.form.unsent': 'Palabras que decidiste no enviar',
  'draft.offerTitle': 'Estabas escribiendo algo',
  'draft.offerIntro':
    'Se guardó, cerrado con llave, cuando Steady se bloqueó. Puedes seguir donde lo dejaste o dejarlo ir.',
  'draft.keptAt': 'Guardado {when}',
  'draft.carryOn': 'Seguir',
  'draft.discard': 'Descartar',
  'draft.discarded': 'Descartado. No se cambió nada más.',
  'draft.resumed': 'Retomado de lo que estabas escribiendo ({when}).',
  'draft.discardHere': 'Descartar lo guardado',
  'draft.failed': 'Ahora mismo no se pudo hacer. Inténtalo de nuevo.',

  'lock.soon': {
    one: 'Se bloqueará en {count} segundo, porque hace un rato que no se usa.',
    other: 'Se bloqueará en {count} segundos, porque hace un rato que no se usa.',
  },
  'lock.stay': 'Seguir desbloqueado',
  'app.skipToContent': 'Ir al contenido principal',

  'exit.button': 'Salida rápida',
  'exit.hint':
    'Para salir de esta pantalla al instante: toca Salida rápida o presiona Mayús tres veces.',

  // Every screen's name is known before its code (and its words) arrive.
  'nav.calm': 'Calma',
  'nav.checkin': 'Cómo estoy',
  'nav.journal': 'Diario',
  'nav.learn': 'Aprender',
  'nav.plan': 'Mi plan',
  'nav.progress': 'Avances',
  'nav.report': 'Informe',
  'nav.selfcheck': 'Revisión de señales',
  'nav.urges': 'Mantener la distancia',
  'urges.reachOut': 'Quiero escribirle',
  'urges.reachOutHint': 'Para cuando las ganas de contactar con esa persona aprietan.',
  'urges.loadError':
    'Esta parte de Steady no se pudo abrir. Recarga la página e inténtalo de nuevo.',
  // Help's name is in the first download: the top bar and the navigation show it at once.
  'help.nav': 'Ayuda',
  'help.topbar': 'Pedir ayuda',
  'nav.more': 'Más',
  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.settings': 'Ajustes',
  'nav.check': 'Comprobar un registro',

  'home.title': 'Te damos la bienvenida',
  'home.intro':
    'Steady es un espacio privado para entender una relación que te hace daño, hacer planes y sanar, a tu ritmo.',
  'home.private':
    'Lo que escribes se queda en este dispositivo. No se envía nada a ningún lado salvo que actives una copia de seguridad, y aun así solo va cifrado, de forma que nadie más pueda leerlo.',
  'home.notList': 'Lo que Steady no es',
  'home.notDiagnosis': 'No es un diagnóstico.',
  'home.notTherapy': 'No es terapia.',
  'home.notEmergency':
    'No es un servicio de emergencias. Si estás en peligro ahora, llama al número de emergencias de tu país.',
  'home.exitTitle': 'Salir rápido',
  'home.exitBody':
    'Si alguien se acerca, toca Salida rápida arriba o presiona Mayús tres veces. Steady se cierra y en su lugar aparece una página del clima.',
  'home.exitTouch':
    'En una pantalla táctil también puedes tocar dos veces seguidas con dos dedos juntos, en cualquier parte. Escribir o desplazarte nunca lo activa.',
  'home.offline': 'Después de tu primera visita, Steady funciona sin conexión a internet.',

  'settings.title': 'Ajustes',
  'settings.language': 'Idioma',
  'settings.languageHint': 'El idioma en el que Steady te muestra sus textos.',
  'settings.theme': 'Apariencia',
  'settings.themeSystem': 'Igual que el dispositivo',
  'settings.themeLight': 'Clara',
  'settings.themeDark': 'Oscura',
  'settings.exitTitle': 'Página de salida rápida',
  'settings.exitWays':
    'Tres maneras de salir rápido desde cualquier pantalla: el botón Salida rápida, presionar Mayús tres veces o, en una pantalla táctil, tocar dos veces seguidas con dos dedos juntos.',
  'settings.exitHint':
    'La página web común que Steady abre cuando sales rápido. Elige una que parezca normal en este teléfono.',
  'settings.exitLabel': 'Dirección web',
  'settings.exitSave': 'Guardar dirección',
  'settings.exitSaved': 'Guardado. La salida rápida abrirá ahora {url}.',
  'settings.exitInvalid': 'Eso no parece una dirección web. Debe empezar con https://',
  'settings.exitReset': 'Usar la predeterminada (una página del clima)',
  'settings.stored':
    'Solo tu idioma, la apariencia, la página de salida rápida y el país que elegiste para pedir ayuda se guardan sin cifrar, para que Steady pueda mostrarlos antes de desbloquear. No dicen nada de ti.',

  'lang.en': 'English',
  'lang.es': 'Español',
};

export const esFirst = {
  ...shell,
  ...disguiseEs,
  ...lockEs,
} satisfies FirstCatalog;
