import type { disguiseEn } from './i18n.en.ts';

export const disguiseEs = {
  'disguise.title': 'Calculadora',
  'disguise.display': 'Resultado',
  'disguise.keys': 'Teclas',
  'disguise.plus': 'más',
  'disguise.minus': 'menos',
  'disguise.times': 'por',
  'disguise.divide': 'entre',
  'disguise.equals': 'igual',
  'disguise.clear': 'borrar',
  'disguise.point': 'coma decimal',
  'disguise.error': 'Error de cálculo',

  'disguise.settingsTitle': 'Disfraz',
  'disguise.settingsIntro':
    'Steady puede abrirse como una calculadora corriente, que funciona de verdad. Para entrar en Steady, escribe tu código en ella y pulsa =. Si añades Steady a la pantalla de inicio con el disfraz activado, verás el icono y el nombre de la calculadora.',
  'disguise.none': 'Sin disfraz',
  'disguise.calculator': 'Abrir como calculadora',
  'disguise.code': 'Tu código (de 4 a 8 cifras)',
  'disguise.codeHint':
    'Elige cifras que vayas a recordar, pero que no sean una fecha de cumpleaños ni un número de teléfono. El código solo abre la pantalla de bloqueo; tu frase de paso sigue protegiéndolo todo.',
  'disguise.save': 'Guardar disfraz',
  'disguise.saved':
    'Guardado. La próxima vez, Steady se abrirá como calculadora. Tu código es {code}.',
  'disguise.savedNone': 'Guardado. Steady se abrirá tal cual.',
  'disguise.badCode': 'El código debe tener de 4 a 8 cifras, sin nada más.',
  'disguise.honest':
    'Un disfraz ayuda ante un vistazo rápido. Quien examine el teléfono a fondo aún puede descubrir que Steady está ahí.',
} satisfies { readonly [K in keyof typeof disguiseEn]: string };
