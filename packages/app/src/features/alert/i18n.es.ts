import type { Translation } from '../../i18n/plural.ts';
import type { alertEn } from './i18n.en.ts';

// Spanish for "Alert my people", with "tú". Typed against the English keys.
export const alertEs = {
  'alert.title': 'Avisar a mi gente',
  'alert.intro':
    'Con un toque se abre la app de mensajes de tu teléfono, con un mensaje para las personas que elegiste en tu plan de seguridad. Steady no envía nada: tú lo envías desde ahí.',
  'alert.to': 'Enviar a',
  'alert.noNumber': 'No aparecen porque tu plan no tiene su número de teléfono: {names}.',
  'alert.message': 'Tu mensaje',
  'alert.messageHint':
    'Empieza con tu palabra clave, y puedes cambiarlo. Que sea corto. Deja fuera adónde vas, cuándo o cualquier otra cosa de tu plan, por si alguien más ve este teléfono o el suyo.',
  'alert.noCodeWord':
    'Escribe unas palabras que tu gente entienda, o acuerda con esas personas una palabra clave y anótala en tu plan. Deja fuera adónde vas, cuándo o cualquier otra cosa de tu plan, por si alguien más ve este teléfono o el suyo.',
  'alert.practice': 'Practicar: recorre los pasos sin abrir los mensajes',
  'alert.practiceSend': 'Practicar el aviso',
  'alert.send': 'Abrir mensajes para avisarles',
  'alert.chooseSomeone': 'Elige al menos a una persona.',
  'alert.practised':
    'Solo es práctica: no se abrió nada ni se envió nada. De verdad, se abriría tu app de mensajes con tu mensaje para {names}, y tú lo enviarías desde ahí.',
  'alert.practiceHint': 'Mientras practicas, Steady no abre tu app de mensajes.',
  'alert.afterHint':
    'Revisa el mensaje en tu app de mensajes y envíalo. Después queda guardado ahí. Puedes borrarlo, si nadie va a notar que falta.',
  'alert.nobody':
    'Todavía no hay nadie con número de teléfono en tu plan de seguridad. Agrega a alguien de confianza, con su número, y aparecerá aquí.',
  'alert.toPlan': 'Ir a mi plan de seguridad',
  'alert.unreadable':
    'No se pudo leer tu plan de seguridad, así que tu gente no puede aparecer aquí. No se cambió nada en él.',
} as const satisfies Translation<typeof alertEn>;
