import type { Translation } from '../../i18n/plural.ts';
import type { checkinEn } from './i18n.en.ts';

// Spanish for the check-in and the rebuilding log, natural and with "tú".
export const checkinEs = {
  'checkin.title': '¿Cómo estás hoy?',
  'checkin.intro':
    'Cinco escalas rápidas y, si quieres, una frase. Te llevará menos de un minuto. Responde solo las que quieras: la escala que dejes se guarda como sin responder. No hay respuestas correctas, y un mal día no es un paso atrás.',
  'checkin.notClinical':
    'Son preguntas propias de Steady, no una prueba médica ni un diagnóstico. Te ayudan a ver tus propios patrones con el tiempo.',
  'checkin.already': 'Ya registraste cómo estás hoy. Si vuelves a guardar, se sustituye lo de hoy.',
  'checkin.scaleValue': '{value} de 10',
  'checkin.notAnswered': 'Sin responder',
  'checkin.clear': 'Borrar esta respuesta',
  'checkin.nothing':
    'Todavía no hay nada que guardar. Responde alguna de las escalas o escribe una frase.',
  'checkin.ends': '0 significa {low}; 10 significa {high}.',
  'checkin.steadiness': '¿Cuánta estabilidad sientes hoy?',
  'checkin.steadiness.low': 'ninguna, todo tiembla',
  'checkin.steadiness.high': 'mucha estabilidad',
  'checkin.sleep': '¿Cómo dormiste?',
  'checkin.sleep.low': 'muy mal',
  'checkin.sleep.high': 'muy bien',
  'checkin.safety': '¿Cuánta seguridad sientes?',
  'checkin.safety.low': 'ninguna seguridad',
  'checkin.safety.high': 'total seguridad',
  'checkin.feelingLikeMyself': '¿Cuánto te sientes tú misma o tú mismo?',
  'checkin.feelingLikeMyself.low': 'nada',
  'checkin.feelingLikeMyself.high': 'del todo',
  'checkin.urge': '¿Con cuánta fuerza sentiste ganas de contactar con esa persona?',
  'checkin.urge.low': 'ninguna',
  'checkin.urge.high': 'con toda la fuerza posible',
  'checkin.note': 'Una frase sobre hoy (opcional)',
  'checkin.noteHint': 'Hasta 280 caracteres. Solo tú puedes leerla.',
  'checkin.loadFailed': 'No se pudo abrir el registro de hoy. Recarga la página, por favor.',
  'checkin.todayUnreadable':
    'El registro de hoy se guardó, pero aquí no se puede leer; quizá lo hizo una versión más nueva de Steady. Se conserva tal como está y desde este dispositivo no se puede guardar encima; recarga la página para actualizar Steady.',
  'checkin.save': 'Guardar lo de hoy',
  'checkin.saved': 'Guardado. Gracias por dedicarte este momento.',
  'checkin.failed': 'No se pudo guardar. No se cambió nada. Vuelve a intentarlo.',
  'checkin.safetyLow':
    'Si ahora mismo no te sientes a salvo, no tienes que afrontarlo sola ni solo. En Ayuda encontrarás líneas de apoyo y números de emergencia.',

  'rebuild.title': 'Reconstruir tu vida',
  'rebuild.intro':
    'Las pequeñas libertades cuentan: ponerte lo que te gusta, ir adonde quieras, ver a una amiga, decidir sin miedo. Anótalas aquí, junto con las personas con las que vuelves a conectar.',
  'rebuild.kind': '¿Qué tipo de paso fue?',
  'rebuild.kind.freedom': 'Una libertad que me he permitido',
  'rebuild.kind.freedomHint':
    'Una decisión tomada sin miedo: ropa, horarios, dinero, amistades, planes.',
  'rebuild.kind.connection': 'Un vínculo que he recuperado',
  'rebuild.kind.connectionHint': 'Alguien con quien has vuelto a hablar o a pasar tiempo.',
  'rebuild.text': '¿Qué hiciste?',
  'rebuild.textHint': 'Bastan unas pocas palabras.',
  'rebuild.save': 'Agregar a mi registro',
  'rebuild.saved': 'Agregado a tu registro.',
  'rebuild.empty': 'Todavía no hay nada. El primer paso puede ser muy pequeño.',
  'rebuild.emptyText': 'Escribe antes unas pocas palabras.',
  'rebuild.recent': 'Pasos recientes',
  'rebuild.freedomTag': 'Libertad',
  'rebuild.connectionTag': 'Vínculo',
} as const satisfies Translation<typeof checkinEn>;
