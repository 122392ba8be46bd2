import type { Translation } from '../../i18n/plural.ts';
import type { shareEn } from './i18n.en.ts';

// Compartir un informe con una asesora o un asesor a través del servidor, con "tú": el
// enlace, la lista en Ajustes y la página que abre esa persona (open.html), que le
// habla a quien la abre y no nombra ninguna aplicación.
export const shareEs = {
  'share.title': 'Compartir con tu asesora o asesor a través del servidor',
  'share.intro':
    'Esto prepara el mismo paquete y lo cierra con una clave nueva que solo tiene el enlace. El servidor guarda el archivo cerrado y no puede abrirlo.',
  'share.warning':
    'Quien tenga el enlace puede abrir el paquete. Envíalo solo a la persona en quien confías, por ejemplo en un mensaje privado.',
  'share.make': 'Crear un enlace para compartir',
  'share.making': 'Creando el enlace…',
  'share.made': 'El enlace está listo. Cópialo y envíalo a la persona en quien confías.',
  'share.linkLabel': 'El enlace',
  'share.copy': 'Copiar el enlace',
  'share.copied': 'Copiado.',
  'share.copyFailed': 'Aquí no se pudo copiar. Selecciona el enlace y cópialo tú.',
  'share.expires': 'Se puede abrir hasta el {when}.',
  'share.downloads': {
    one: 'Se abre una sola vez. Después ya no funciona.',
    other: 'Se abre {count} veces. Después ya no funciona.',
  },
  'share.revokeHint': 'Puedes detenerlo antes en Ajustes, en “Enlaces compartidos”.',
  'share.offline': 'No se pudo llegar al servidor. No se envió nada. Inténtalo de nuevo más tarde.',
  'share.tooLarge':
    'Este paquete es demasiado grande para compartirlo por el servidor. Elige menos entradas o fotos e inténtalo de nuevo.',
  'share.busy': 'El servidor está ocupado. No se envió nada. Inténtalo de nuevo en unos minutos.',
  'share.full': 'Ahora el servidor no tiene espacio para esto. No se envió nada.',
  'share.failed': 'No se pudo crear el enlace. No cambió nada. Inténtalo de nuevo.',

  'shares.title': 'Enlaces compartidos',
  'shares.item': {
    one: 'Creado el {made}, con 1 entrada.',
    other: 'Creado el {made}, con {count} entradas.',
  },
  'shares.active': 'Se puede abrir hasta el {when}, si no se abrió ya.',
  'shares.expired': 'Venció el {when}. Ya no se puede abrir.',
  'shares.revoked': 'Lo detuviste el {when}. Ya no se puede abrir.',
  'shares.revoke': 'Detener este enlace',
  'shares.revoking': 'Deteniendo el enlace…',
  'shares.revokeFailed':
    'No se pudo detener el enlace: no se pudo llegar al servidor. Inténtalo de nuevo.',
  'shares.loadFailed': 'Ahora no se pudieron leer los enlaces compartidos.',
  'shares.unreadable': {
    one: 'No se pudo leer 1 enlace compartido. Se guarda tal como está.',
    other: 'No se pudieron leer {count} enlaces compartidos. Se guardan tal como están.',
  },

  'open.title': 'Registros que compartieron contigo',
  'open.intro':
    'Alguien compartió contigo un paquete de sus registros. Se abre aquí, en este navegador. La clave está en el enlace y nunca se envía a ningún lugar.',
  'open.once':
    'Puede que el enlace se abra una sola vez. Ábrelo cuando puedas guardar el paquete en este dispositivo.',
  'open.open': 'Abrir el paquete',
  'open.opening': 'Abriendo el paquete…',
  'open.noLink':
    'Esta dirección no es un enlace completo. Pide el enlace otra vez y ábrelo entero.',
  'open.gone':
    'Este enlace ya no se puede abrir: ya se abrió, venció o se detuvo. Pide uno nuevo a quien te lo envió.',
  'open.wrongKey':
    'Este enlace no abre el paquete: puede que le falte una parte. Copia otra vez el enlace entero.',
  'open.offline':
    'No se pudo llegar al servidor. Inténtalo de nuevo cuando tengas conexión. El enlace sigue funcionando hasta que venza.',
  'open.failed': 'No se pudo abrir el paquete. Inténtalo de nuevo.',
  'open.opened': 'El paquete está abierto. Aquí no se guarda: guárdalo ahora para conservarlo.',
  'open.save': 'Guardar el paquete',
  'open.saveReport': 'Guardar el informe (PDF)',
} satisfies Translation<typeof shareEn>;
