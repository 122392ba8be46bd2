import type { Translation } from '../../i18n/plural.ts';
import type { evidenceEn } from './i18n.en.ts';

// El paquete de registros, con "tú": prepararlo (en el informe) y comprobarlo (una
// página que no abre ningún diario). La hoja de cómo comprobarlo va dentro del paquete
// y no nombra ninguna aplicación.
export const evidenceEs = {
  'evidence.title': 'Un paquete de registros',
  'evidence.intro':
    'Un solo archivo con las entradas que elegiste arriba, todas sus versiones, sus fotos y notas de voz, y una hoja que explica cómo comprobarlas. Quien lo reciba podrá ver si algo se cambió.',
  'evidence.protection': 'Cómo proteger el archivo',
  'evidence.protection.locked': 'Con una frase de paso (recomendado)',
  'evidence.protection.open': 'Sin frase de paso',
  'evidence.lockHint':
    'Elige una frase de paso solo para este archivo, distinta de la que abre esta aplicación. Dásela a la persona en quien confías por otro medio que no sea el archivo: en persona, por teléfono o en papel. Nunca la envíes junto con el archivo.',
  'evidence.passphrase': 'Una frase de paso para este archivo',
  'evidence.passphraseAgain': 'La misma frase de paso otra vez',
  'evidence.warning':
    'Sin frase de paso, este archivo no está protegido. Cualquier persona que lo tenga puede abrirlo y leer todo lo que contiene. Guárdalo donde solo tú puedas llegar, o dáselo directamente a la persona en quien confías.',
  'evidence.understood':
    'Entiendo que cualquier persona que tenga este archivo puede leer todo lo que contiene',
  'evidence.understoodNeeded':
    'Marca la casilla primero para preparar el archivo sin frase de paso.',
  'evidence.downloads':
    'Tu navegador puede mostrar el archivo en su lista de descargas. Puedes quitarlo de esa lista cuando lo hayas movido.',
  'evidence.makeLocked': 'Preparar el paquete protegido',
  'evidence.makeOpen': 'Preparar el paquete sin frase de paso',
  'evidence.photosReading':
    'Leyendo las fotos para el informe. Podrás preparar el paquete cuando aparezcan abajo.',
  'evidence.making': 'Preparando el paquete…',
  'evidence.failed': 'No se pudo preparar el paquete. No se cambió nada. Vuelve a intentarlo.',
  'evidence.made': {
    one: 'Listo, con 1 entrada. Tu navegador está guardando el archivo.',
    other: 'Listo, con {count} entradas. Tu navegador está guardando el archivo.',
  },
  'evidence.madeLocked': {
    one: 'Listo y protegido, con 1 entrada. Tu navegador está guardando el archivo.',
    other: 'Listo y protegido, con {count} entradas. Tu navegador está guardando el archivo.',
  },
  'evidence.madeLockedHint':
    'El archivo solo se abre con la frase de paso que elegiste. Dásela a la persona en quien confías por separado.',
  'evidence.photosMissing': {
    one: 'No se pudo leer 1 foto o nota de voz, así que no está en el paquete; el paquete lo indica.',
    other:
      'No se pudieron leer {count} fotos o notas de voz, así que no están en el paquete; el paquete lo indica.',
  },
  'evidence.headTitle': 'El código final de la cadena',
  'evidence.headHint':
    'Este código representa todo el paquete. Anótalo o dalo por separado (por teléfono, en papel). Si más adelante alguien comprueba el paquete y obtiene el mismo código, nada se cambió.',

  'evidence.pdf.name': 'informe.pdf',
  'evidence.pdf.digest':
    'Resumen digital de esta versión (SHA-256), como lo da el paquete: {digest}',
  'evidence.pdf.page': 'Página {page} de {pages}',
  'evidence.pdf.failed':
    'No se pudo añadir el informe como PDF. Todo lo demás está en el paquete; puedes imprimir el informe desde esta pantalla.',
  'evidence.pdf.photosLeftOut': {
    one: 'No se pudo dibujar 1 foto en el PDF. Está en el paquete tal como se guardó.',
    other:
      'No se pudieron dibujar {count} fotos en el PDF. Están en el paquete tal como se guardaron.',
  },
  'evidence.sheet.name': 'como-comprobar.txt',
  'evidence.sheet.text':
    'CÓMO COMPROBAR ESTOS REGISTROS\n\nEste paquete contiene entradas de diario escritas por la persona que te lo dio, todas las versiones de cada entrada (editar nunca borra lo que se escribió primero), las fotos y notas de voz guardadas con ellas (las notas de voz son archivos de sonido que puedes reproducir) y una lista de todo (manifest.json). El informe (informe.pdf) es el mismo registro ordenado para leerlo e imprimirlo, tal como lo eligió esa persona; la comprobación de abajo cubre las entradas, las fotos y las notas de voz en sí.\n\nCada versión de cada entrada tiene un resumen digital: un código calculado a partir de sus palabras, fotos y notas de voz exactas. Las entradas están enlazadas una con la siguiente, en el orden en que se escribieron, y el último enlace es el código final de la cadena. Si algo se cambia, se agrega, se quita o se mueve, los códigos o la cadena dejan de coincidir, y la comprobación dice dónde.\n\nAlgunas versiones pueden tener un recibo de sello de tiempo: a un servicio de sellado de tiempo solo se le envió el resumen digital de la versión (nunca sus palabras), y firmó la hora en que lo recibió. El recibo muestra que la versión ya existía a esa hora. La comprobación verifica cada recibo con el certificado del servicio, que aparece una vez en manifest.json con su huella SHA-256; compara esa huella con la que publica el servicio.\n\nLa comprobación muestra el código final de la cadena de este paquete, de 64 letras y números. Pídele a quien preparó el paquete el código que vio al prepararlo, dado por separado (por teléfono o en papel). Si los dos coinciden, el paquete está tal como lo preparó.\n\nPara comprobarlo:\n- En la aplicación de la que vienen las entradas, abre Ayuda y luego «Comprobar un registro», y elige este archivo. Funciona sin conexión y el archivo nunca sale de tu computadora.\n- O, con el código fuente de la aplicación, ejecuta: npm run check-package -- <este archivo>\n\nSi te dieron el paquete protegido (un archivo que termina en .enc), las dos formas te piden primero su frase de paso.\n\nPreparado el {madeAt}.\n',

  'evidence.sheet.details':
    '\nDETALLES PARA UN JUZGADO O QUIEN ASESORA\n\nTal como la persona los dio en la última versión de cada entrada (el archivo de la entrada guarda los de todas las versiones).\n',
  'evidence.sheet.entry': 'La entrada escrita por primera vez el {when}:',

  'check.title': 'Comprobar un registro',
  'check.intro':
    'Si alguien te dio un paquete con sus registros, aquí puedes comprobar que nada se cambió desde que se preparó. El archivo se queda en este dispositivo: no se envía a ningún lado y no se guarda.',
  'check.choose': 'Elige el paquete (.zip o .enc)',
  'check.checking': 'Comprobando…',
  'check.empty': 'Este archivo está vacío. Elige el paquete, por favor.',
  'check.tooBig': 'Este archivo pesa más de {limit}; es demasiado grande para comprobarlo aquí.',
  'check.unreadable': 'No se pudo leer este archivo. Vuelve a intentarlo.',
  'check.lockedTitle': 'Este paquete está protegido',
  'check.lockedText':
    'Escribe la frase de paso que te dieron para abrirlo. Se queda en este dispositivo y se olvida en cuanto el paquete se abre.',
  'check.passphrase': 'La frase de paso del paquete',
  'check.open': 'Abrir y comprobar',
  'check.opening': 'Abriendo el paquete…',
  'check.lock.wrong-passphrase':
    'Esta frase de paso no abre el paquete. Revísala con la persona que te lo dio y vuelve a intentarlo.',
  'check.lock.empty-passphrase': 'Escribe primero la frase de paso, por favor.',
  'check.lock.cut-short':
    'Este archivo termina antes de tiempo: quedó cortado, quizá por una descarga o copia sin terminar. Pide el archivo otra vez.',
  'check.lock.damaged':
    'Este archivo protegido se cambió o se dañó después de prepararlo, así que no se puede abrir. Pide el archivo otra vez.',
  'check.lock.not-locked': 'Este archivo no es un paquete protegido.',
  'check.lock.unsupported-version':
    'Este paquete se protegió con una versión más nueva de la aplicación. Actualízala y vuelve a intentarlo.',
  'check.saveOpened': 'Guardar el paquete abierto (.zip)',
  'check.saveOpenedHint':
    'La copia guardada no está protegida: cualquier persona que la tenga puede leer todo lo que contiene. Guárdala en un lugar seguro.',
  'check.ok': 'Sin cambios',
  'check.okText':
    'Cada entrada, versión, foto y enlace coincide con lo que se registró al preparar el paquete.',
  'check.changed': 'Algo se cambió',
  'check.changedText': {
    one: 'Se encontró 1 problema:',
    other: 'Se encontraron {count} problemas:',
  },
  'check.madeAt': 'Preparado el: {when}',
  'check.counts':
    'Entradas: {entries}. Versiones: {versions}. Fotos: {photos}. Notas de voz: {voiceNotes}. Recibos de sello de tiempo: {receipts}.',
  'check.head': 'Código final de la cadena (SHA-256)',
  'check.headHint':
    'Pídele a quien lo preparó este código, dado por separado. Si coincide, el paquete está tal como lo preparó.',
  'check.entryNamed': 'La entrada del {date}, «{words}»',
  'check.entryId': 'La entrada con el identificador {id}',
  'check.version': 'versión {n}',
  'check.file': 'archivo {file}',

  'check.problem.not-a-package': 'Esto no es un paquete de registros, o el archivo está dañado.',
  'check.problem.manifest-unreadable': 'No se puede leer la lista de entradas (manifest.json).',
  'check.problem.manifest-damaged':
    'La lista de entradas (manifest.json) se cambió después de preparar el paquete.',
  'check.problem.file-damaged': 'Un archivo se cambió después de preparar el paquete.',
  'check.problem.file-missing': 'Falta un archivo que el paquete menciona.',
  'check.problem.unexpected-file': 'Se agregó un archivo que el paquete no menciona.',
  'check.problem.entry-unreadable': 'No se puede leer esta entrada: su archivo se cambió.',
  'check.problem.entry-other-id': 'El archivo de esta entrada contiene otra entrada.',
  'check.problem.version-changed': 'Esta entrada se cambió después de preparar el paquete.',
  'check.problem.versions-added-or-removed':
    'Se agregaron o se quitaron versiones de esta entrada.',
  'check.problem.photo-changed':
    'Una foto o nota de voz de esta entrada se cambió después de preparar el paquete.',
  'check.problem.photo-missing':
    'Falta en el paquete una foto o nota de voz que esta entrada menciona.',
  'check.problem.chain-broken':
    'La cadena se rompe en esta entrada: esta, o una justo antes, se quitó, se agregó o se movió.',
  'check.problem.chain-end-changed':
    'El final de la cadena no coincide: se quitaron entradas del final, o se agregaron.',
  'check.problem.receipt-invalid':
    'El recibo de sello de tiempo de esta versión no coincide con ella, o no lo firmó el servicio que indica el paquete.',
} satisfies Translation<typeof evidenceEn>;
