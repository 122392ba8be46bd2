import type { Translation } from '../../i18n/plural.ts';
import type { lockEn } from './i18n.en.ts';

export const lockEs = {
  'lock.setupTitle': 'Configura tu bloqueo',
  'lock.setupIntro':
    'Todo lo que guardas en Steady queda cerrado con una frase de paso que solo tú conoces. Sin ella, nadie puede leer lo que escribes; tampoco nosotros.',
  'lock.passphrase': 'Frase de paso',
  'lock.passphraseHint':
    'Cuatro o más palabras comunes que no tengan relación entre sí son seguras y fáciles de recordar, por ejemplo: lámpara río naranja martes. Evita nombres, cumpleaños y cualquier cosa que alguien cercano pueda adivinar.',
  'lock.passphraseConfirm': 'Escribe de nuevo la frase de paso',
  'lock.show': 'Mostrar la frase de paso',
  'lock.strength.tooShort': 'Demasiado corta: usa al menos 8 caracteres.',
  'lock.strength.weak':
    'Débil: alguien que te conoce, o una computadora, podría adivinarla. Cuanto más larga, mejor.',
  'lock.strength.fair': 'Aceptable. Unas pocas palabras más la harían mucho más segura.',
  'lock.strength.strong': 'Segura.',
  'lock.mismatch': 'Las dos frases de paso no coinciden.',
  'backup.setupRestore': 'Restaurar desde una copia',
  'lock.create': 'Configurar el bloqueo',
  'lock.working': 'Un momento. En un teléfono puede tardar unos segundos.',
  'lock.honest':
    'Ninguna frase de paso protege si alguien te mira mientras la escribes o te obliga a decirla. Más adelante Steady puede ayudarte con eso, con un disfraz y una segunda frase de paso.',

  'lock.recoveryTitle': 'Tu clave de recuperación',
  'lock.recoveryIntro':
    'Si algún día olvidas tu frase de paso, esta clave es la única forma de volver a entrar. Escríbela en papel y guárdala donde esa persona no vaya a mirar, o dásela a alguien de confianza. Hasta que la compruebes aquí abajo, volverá a aparecer cada vez que desbloquees.',
  'lock.recoveryAgainIntro':
    'Todavía no comprobaste que anotaste tu clave de recuperación, así que aquí la tienes otra vez. Si algún día olvidas tu frase de paso, es la única forma de volver a entrar.',
  'lock.recoveryNewIntro':
    'Esta es tu nueva clave de recuperación. La anterior ya no abre nada. Anota esta, guárdala en un lugar seguro y destruye el papel viejo.',
  'lock.recoveryLabel': 'Clave de recuperación',
  'lock.recoveryPrint': 'Imprimirla',
  'lock.recoveryWritten': 'Ya la anoté',
  'lock.recoveryConfirmTitle': 'Comprueba que la tienes',
  'lock.recoveryConfirmIntro': 'Escribe dos partes de tu clave de recuperación, mirando tu papel.',
  'lock.recoveryGroup': 'Grupo {n} (cuatro letras o números)',
  'lock.recoveryLastGroup': 'El último grupo',
  'lock.recoveryConfirm': 'Comprobar y terminar',
  'lock.recoveryWrongGroups':
    'Esas partes no coinciden. Vuelve a mirar tu papel o regresa para ver la clave.',
  'lock.recoveryBack': 'Ver la clave otra vez',
  'lock.recoveryFailed':
    'Coincide, pero no se pudo anotar ahora mismo. Presiona el botón otra vez, por favor.',

  'lock.unlockTitle': 'Desbloquear Steady',
  'lock.unlockIntro': 'Escribe tu frase de paso para abrir lo que guardas aquí.',
  'lock.unlock': 'Desbloquear',
  'lock.unlocking': 'Desbloqueando. Puede tardar unos segundos.',
  'lock.wrong': 'Esa frase de paso no abre Steady. No se cambió nada; puedes volver a intentarlo.',
  'lock.forgot': '¿Olvidaste tu frase de paso?',
  'lock.failed': 'Algo falló al abrir Steady. No se cambió nada. Inténtalo de nuevo.',
  'lock.tampered':
    'Algo ajeno a Steady modificó sus datos guardados, así que Steady no los abrirá. Este intento no cambió nada.',

  'lock.recoverTitle': 'Usar tu clave de recuperación',
  'lock.recoverIntro':
    'Escribe la clave de recuperación que anotaste al configurar Steady y después elige una frase de paso nueva.',
  'lock.recoverKey': 'Clave de recuperación',
  'lock.recoverKeyHint': 'Da igual si usas mayúsculas, espacios o guiones.',
  'lock.newPassphrase': 'Frase de paso nueva',
  'lock.recover': 'Abrir y guardar la frase nueva',
  'lock.recoverWrongKey': 'Esa clave de recuperación no abre Steady. No se cambió nada.',
  'lock.recoverMalformed':
    'Esa clave de recuperación está incompleta. Revisa si falta algún grupo o hay alguno mal escrito.',
  'lock.backToUnlock': 'Volver a desbloquear',

  'lock.inUse': 'Esa frase de paso ya sirve para abrir Steady. Elige otra distinta.',
  'lock.lockNow': 'Bloquear',
  'lock.lockedNote': 'Steady está bloqueado.',

  'security.title': 'Bloqueo y frase de paso',
  'security.autoLock': 'Bloquear tras estos minutos sin uso',
  'security.autoLockHint':
    'De 1 a 30 minutos. Menos es más seguro si otras personas usan este teléfono.',
  'security.minutes': { one: '{count} minuto', other: '{count} minutos' },
  'security.lockHidden': 'Bloquear también en cuanto salga de Steady',
  'security.saved': 'Guardado.',
  'security.saveFailed': 'No se pudo guardar. No se cambió nada; inténtalo de nuevo.',
  'security.unreadable':
    'No se pudieron leer tus ajustes de bloqueo; quizá los guardó una versión más nueva de Steady. Se conservan tal como están y, hasta que se puedan leer, Steady se bloquea tras 5 minutos sin uso.',
  'security.changeTitle': 'Cambiar la frase de paso',
  'security.current': 'Frase de paso actual',
  'security.change': 'Cambiar la frase de paso',
  'security.changed':
    'Tu frase de paso ha cambiado. Tu clave de recuperación sigue sirviendo y no se ha tocado nada de lo que escribiste.',
  'security.wrongCurrent': 'La frase de paso actual no es correcta. No se cambió nada.',
  'security.recoveryTitle': 'Clave de recuperación',
  'security.recoveryIntro':
    'Si perdiste tu clave de recuperación, o alguien más pudo verla, crea una nueva. La anterior deja de funcionar en ese momento. Tu frase de paso y todo lo que escribiste siguen igual.',
  'security.recoveryMake': 'Crear una nueva clave de recuperación',
  'security.recoveryPassphrase': 'Tu frase de paso, para confirmar que eres tú',
  'security.recoveryReplaced':
    'Tu nueva clave de recuperación está lista. La anterior ya no funciona.',
  'duress.title': 'Una frase de paso para cuando te obliguen a abrir',
  'duress.intro':
    'Si alguien te obliga a abrir Steady, escribe esta frase de paso en lugar de la tuya. Steady se abre como siempre, pero no muestra lo que guardas de verdad.',
  'duress.statusNone': 'No está puesta.',
  'duress.status.decoy': 'Puesta. Abre un señuelo sin nada importante y deja tus datos ocultos.',
  'duress.status.erase': 'Puesta. Borra tus datos y luego abre un señuelo sin nada importante.',
  'duress.modeLegend': 'Qué hace',
  'duress.mode.decoy': 'Abrir un señuelo.',
  'duress.modeHint.decoy':
    'Muestra algunos registros diarios normales. Tus datos reales siguen aquí, cerrados.',
  'duress.mode.erase': 'Borrar y luego abrir un señuelo.',
  'duress.modeHint.erase':
    'Tus datos reales se borran para siempre y el señuelo queda como lo único que hay aquí.',
  'duress.eraseWarning':
    'Solo un archivo de copia o una copia en el servidor puede recuperar lo borrado. Haz una antes si quieres conservarlo.',
  'duress.passphrase': 'Frase de paso para cuando te obliguen a abrir',
  'duress.again': 'Escribe esa frase de paso otra vez',
  'duress.owner': 'Tu propia frase de paso, para confirmar que eres tú',
  'duress.set': 'Poner esta frase de paso',
  'duress.replace': 'Cambiarla',
  'duress.remove': 'Quitarla',
  'duress.saved':
    'Guardada. Escríbela en la pantalla de bloqueo solo cuando no tengas otra opción.',
  'duress.removed': 'Quitada. Ahora solo tu frase de paso abre Steady.',
} satisfies Translation<typeof lockEn>;
