import type { Translation } from '../../i18n/plural.ts';
import type { backupEn } from './i18n.en.ts';

export const backupEs = {
  'backup.title': 'Copia de seguridad',
  'backup.intro':
    'Un archivo de copia de seguridad protege lo que has escrito si pierdes este teléfono, se rompe o te lo quitan. Queda cerrado con la misma frase de paso que Steady: sin ella, nadie puede leer el archivo.',
  'backup.save': 'Guardar un archivo de copia cifrado',
  'backup.saving': 'Preparando el archivo de copia…',
  'backup.saved':
    'Archivo de copia guardado: {name}. Muévelo a un lugar al que solo tú tengas acceso.',
  'backup.saveFailed': 'No se pudo preparar el archivo de copia. Vuelve a intentarlo.',
  'backup.where':
    'Guárdalo en un lugar al que solo tú tengas acceso, fuera de este teléfono: una memoria USB, un correo o un almacenamiento en la nube que solo uses tú, o con alguien de confianza.',
  'backup.downloads':
    'Puede que tu navegador muestre el archivo en su lista de descargas, donde alguien que use este teléfono podría verlo. Cuando lo hayas movido, puedes quitarlo de esa lista.',
  'backup.restoreTitle': 'Restaurar desde un archivo de copia',
  'backup.restoreIntro':
    'Recupera lo que guardabas en Steady desde un archivo de copia que hiciste antes. Necesitarás la frase de paso que usabas cuando hiciste la copia.',
  'backup.file': 'Archivo de copia',
  'backup.passphrase': 'La frase de paso de la copia',
  'backup.confirmReplace':
    'Entiendo que esto sustituye todo lo que hay ahora en Steady en este dispositivo por lo que contiene la copia.',
  'backup.restore': 'Restaurar la copia',
  'backup.restoring': 'Comprobando y restaurando la copia. Puede tardar unos segundos.',
  'backup.restored':
    'Copia restaurada. Steady está bloqueado: desbloquéalo con la frase de paso de la copia.',
  'backup.needFile': 'Primero elige un archivo de copia.',
  'backup.needPassphrase': 'Escribe la frase de paso de la copia.',
  'backup.needConfirm': 'Marca la casilla para confirmar que la copia sustituya lo que hay aquí.',
  'backup.error.not-a-backup': 'Este archivo no es una copia de Steady. No se cambió nada.',
  'backup.error.unsupported-version':
    'Esta copia se hizo con una versión más reciente de Steady. Actualiza Steady y vuelve a intentarlo. No se cambió nada.',
  'backup.error.truncated':
    'Este archivo de copia está incompleto; quizá la descarga o la copia no terminó. No se cambió nada.',
  'backup.error.corrupt':
    'Este archivo de copia está dañado y no se puede leer. Prueba con otra copia. No se cambió nada.',
  'backup.error.tampered':
    'Este archivo de copia se modificó desde que se hizo, así que no es de fiar. No se cambió nada.',
  'backup.error.too-large':
    'Este archivo es demasiado grande para ser una copia de Steady. No se cambió nada.',
  'backup.error.wrong-passphrase':
    'Esa frase de paso no abre esta copia. Usa la frase de paso que tenías cuando hiciste la copia. No se cambió nada.',
  'backup.error.different-vault':
    'No se pudo hacer la copia. Bloquea Steady, desbloquéalo y vuelve a intentarlo.',
  'backup.error.changed':
    'Steady cambió en este dispositivo mientras se comprobaba la copia. No se sustituyó nada; vuelve a intentarlo.',
  'backup.error.failed': 'No se pudo restaurar la copia. No se cambió nada.',
  'backup.back': 'Volver',
  'relay.unreadable':
    'No se pudieron leer los ajustes de la copia en el servidor; quizá los guardó una versión más nueva de Steady. Se conservan tal como están, para no perder la clave que contienen; aquí no se puede activar la copia en el servidor hasta que se puedan leer.',
  'relay.title': 'Copia en el servidor',
  'relay.intro':
    'Steady puede guardar una copia cifrada en el servidor de este servicio, para que no se pierda si te quitan o pierdes el teléfono. Se cierra antes de salir del teléfono: el servidor solo guarda datos que no puede leer. Una vez activada, Steady envía una copia nueva unos segundos después de cada cambio.',
  'relay.unavailable':
    'Este servicio no guarda copias en su servidor. Usa un archivo de copia en su lugar.',
  'relay.turnOn': 'Activar la copia en el servidor',
  'relay.uploading': 'Enviando la copia cifrada…',
  'relay.last': 'Copia en el servidor: {when}.',
  'relay.never': 'Todavía no hay copia en el servidor.',
  'relay.now': 'Hacer una copia ahora',
  'relay.showKey': 'Mostrar mi clave de copia en el servidor',
  'relay.turnOff': 'Desactivar',
  'relay.offNote':
    'Al desactivarla, dejan de enviarse copias nuevas. Las que ya están en el servidor siguen allí, cerradas con tu frase de paso.',
  'relay.keyLabel': 'Tu clave de copia en el servidor',
  'relay.keyHint':
    'Anota esta clave y guárdala lejos de este teléfono. Con ella y tu frase de paso puedes recuperarlo todo en otro teléfono. Puedes volver a verla aquí mientras Steady esté abierto.',
  'relay.problem.offline':
    'No se pudo llegar al servidor de copias. Revisa la conexión y vuelve a intentarlo.',
  'relay.problem.not-found':
    'El servidor no tiene ninguna copia para esa clave. Revisa la clave y vuelve a intentarlo. No se cambió nada.',
  'relay.problem.too-large':
    'La copia es más grande de lo que acepta este servidor. Guarda un archivo de copia en su lugar.',
  'relay.problem.busy': 'El servidor de copias está ocupado. Vuelve a intentarlo en unos minutos.',
  'relay.problem.failed': 'Algo falló con el servidor de copias. Vuelve a intentarlo más tarde.',
  'relay.sync.working': 'Poniendo al día tus otros dispositivos…',
  'relay.sync.sending': 'Enviando tus cambios cifrados: {done} de {total} MB…',
  'relay.sync.fetching': 'Recibiendo cambios de tus otros dispositivos: parte {done} de {total}…',
  'relay.sync.last': 'Tus dispositivos se pusieron al día por última vez: {when}.',
  'relay.sync.unsent': {
    one: 'Falta enviar 1 cambio hecho aquí.',
    other: 'Faltan por enviar {count} cambios hechos aquí.',
  },
  'relay.sync.howTo':
    'Para usar Steady también en otro dispositivo (una computadora más segura, un teléfono nuevo), elige allí «Recuperar desde el servidor», con esta clave y tu frase de paso. Desde entonces, cada dispositivo envía sus cambios a los demás unos segundos después de hacerlos. Si dos dispositivos cambian la misma respuesta a la vez, se guardan los dos textos y tú eliges.',
  'relay.sync.problem.offline':
    'No se pudieron poner al día tus otros dispositivos: no se llegó al servidor. Steady lo volverá a intentar.',
  'relay.sync.usage': 'Espacio que ocupa tu copia en el servidor: {used} de {quota} MB.',
  'relay.sync.problem.quota':
    'Tu copia ya usó todo el espacio que le da este servidor. Lo que escribes está a salvo en este dispositivo, pero los cambios nuevos no se guardan en el servidor ni llegan a tus otros dispositivos hasta que haya espacio: pregunta al servicio que gestiona el servidor.',
  'relay.sync.problem.too-large':
    'Hay algo aquí más grande de lo que acepta este servidor, así que por ahora se queda solo en este dispositivo.',
  'relay.sync.problem.rolled-back':
    'El servidor tiene menos de lo que este dispositivo ya ha visto, así que Steady no toma nada de él. Aquí no se cambió nada. Avisa al servicio que gestiona el servidor.',
  'relay.sync.problem.unreadable':
    'No se pudo leer el registro de lo que este dispositivo ha enviado, así que la puesta al día está en pausa. Todo lo que escribiste sigue aquí.',
  'relay.sync.problem.failed':
    'No se pudieron poner al día tus otros dispositivos ahora mismo. Steady lo volverá a intentar.',
  'relay.problem.full':
    'El servidor de copias está lleno, así que tus últimos cambios todavía no están en él. Todo lo que escribiste sigue a salvo en este dispositivo y aquí no ha cambiado nada. Steady volverá a intentarlo más tarde; el servicio que gestiona el servidor puede hacer sitio.',
  'relay.problem.quota':
    'Tu copia ha usado todo el espacio que le da este servidor, así que la última copia no está en él. Todo lo que escribiste sigue a salvo en este dispositivo y aquí no ha cambiado nada. Steady volverá a intentarlo más tarde; el servicio que gestiona el servidor puede darle más espacio.',
  'relay.sync.problem.full':
    'El servidor de copias está lleno, así que por ahora tus otros dispositivos no reciben los cambios nuevos. Todo lo que escribiste sigue a salvo en este dispositivo. Steady volverá a intentarlo más tarde.',
  'relay.delete.ask': 'Borrar mi copia del servidor',
  'relay.delete.explain':
    'Steady pedirá al servidor que borre tu copia: todas las versiones que guarda. El servidor espera {delay} antes de borrarla, hasta el {date}, para que puedas cambiar de idea. Mientras tanto no se envía nada más al servidor, y puedes cancelarlo aquí. No se borra nada de este dispositivo.',
  'relay.delete.explainUnknown':
    'Steady pedirá al servidor que borre tu copia: todas las versiones que guarda. El servidor espera unos días antes de borrarla, para que puedas cambiar de idea. Mientras tanto no se envía nada más al servidor, y puedes cancelarlo aquí. No se borra nada de este dispositivo.',
  'relay.delete.days': { one: '1 día', other: '{count} días' },
  'relay.delete.hours': { one: '1 hora', other: '{count} horas' },
  'relay.delete.confirm': 'Pedir al servidor que la borre',
  'relay.delete.keep': 'Mantenerla',
  'relay.delete.pending': 'Tu copia del servidor se borrará el {date}.',
  'relay.delete.pendingNote':
    'Hasta entonces no se envía nada más al servidor, y todo sigue en este dispositivo. Si no lo pediste tú, o has cambiado de idea, puedes cancelarlo.',
  'relay.delete.cancel': 'Cancelar el borrado',
  'relay.delete.cancelled':
    'Borrado cancelado: tu copia sigue en el servidor y Steady vuelve a enviar copias.',
  'relay.delete.failed':
    'El servidor no aceptó la petición. No ha cambiado nada. Vuelve a intentarlo más tarde.',
  'relay.restoreTitle': 'Recuperar desde el servidor',
  'relay.restoreIntro':
    'Si activaste la copia en el servidor, escribe tu clave de copia y la frase de paso que usabas entonces. La copia más reciente sustituye lo que hay en este teléfono.',
  'relay.key': 'Clave de copia en el servidor',
  'relay.needKey': 'Escribe tu clave de copia en el servidor.',
  'relay.badKey':
    'Esa clave de copia no está completa. Revisa si falta algún grupo o si hay alguno mal escrito.',
  'relay.restore': 'Recuperar desde el servidor',
} satisfies Translation<typeof backupEn>;
