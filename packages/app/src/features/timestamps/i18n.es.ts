import type { Translation } from '../../i18n/plural.ts';
import type { timestampsEn } from './i18n.en.ts';

// Los sellos de tiempo, en Ajustes: qué se envía, dicho con claridad antes de enviar nada.
export const timestampsEs = {
  'timestamps.title': 'Sellos de tiempo de confianza',
  'timestamps.intro':
    'Un servicio de sellado de tiempo puede firmar la hora en que recibió una huella de cada entrada de tu diario. Más adelante, ese recibo firmado muestra que la entrada ya existía entonces y que no se cambió.',
  'timestamps.what':
    'Solo se envía la huella, un código calculado a partir de la entrada. Nunca sus palabras, fotos ni notas de voz, y el código no se puede convertir de nuevo en ellas. El servicio es el mismo servidor donde esta aplicación guarda tu copia.',
  'timestamps.toggle': 'Pedir sellos de tiempo para mis entradas en este dispositivo',
  'timestamps.saved': 'Guardado.',
  'timestamps.saveFailed': 'No se pudo guardar. No se cambió nada. Vuelve a intentarlo.',
  'timestamps.unreadable': 'No se pudo leer este ajuste, así que sigue apagado. No se cambió nada.',
} satisfies Translation<typeof timestampsEn>;
