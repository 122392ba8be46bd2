import type { Translation } from '../../i18n/plural.ts';
import type { calmEn } from './i18n.en.ts';

// Spanish for the calm screen, natural and with "tú".
export const calmEs = {
  'calm.title': 'Calma tu cuerpo',
  'calm.intro':
    'Dos maneras de serenar el cuerpo cuando todo te supera. No arreglan lo que está pasando y no son terapia, pero pueden ayudarte a atravesar los próximos minutos.',
  'calm.views': 'Ejercicios de calma',
  'calm.toBreathing': 'Respiración',
  'calm.toGrounding': 'Anclaje',
  'calm.private': 'Nada de lo que hagas en esta pantalla se guarda.',

  'calm.breatheTitle': 'Respiración pausada',
  'calm.breatheIntro':
    'Si tomas aire durante unos 4 segundos y lo sueltas durante unos 6, haces más o menos seis respiraciones por minuto. En los estudios, respirar a ese ritmo bajó la presión arterial y hizo que el ritmo del corazón variara más de una respiración a otra (una señal de un cuerpo más tranquilo); su efecto sobre el estrés que sentía la gente fue pequeño. Soltar el aire más despacio es una forma de decirle a tu cuerpo que puede ir más lento.',
  'calm.settings': 'Tu ritmo',
  'calm.inhale': 'Toma aire durante',
  'calm.exhale': 'Suelta el aire durante',
  'calm.seconds': { one: '{count} segundo', other: '{count} segundos' },
  'calm.length': 'Duración',
  'calm.minutes': { one: '{count} minuto', other: '{count} minutos' },
  'calm.perMinute': {
    one: 'Más o menos {count} respiración por minuto.',
    other: 'Unas {count} respiraciones por minuto.',
  },
  'calm.vibrate': 'Vibrar suavemente cuando cambie la respiración',
  'calm.vibrateHint': 'Desactivado salvo que lo actives. Solo en teléfonos que puedan vibrar.',
  'calm.start': 'Empezar a respirar',
  'calm.pause': 'Pausa',
  'calm.resume': 'Seguir',
  'calm.stop': 'Parar',
  'calm.again': 'Respirar otra vez',
  'calm.phase.in': 'Toma aire',
  'calm.phase.hold': 'Mantén',
  'calm.phase.out': 'Suelta el aire',
  'calm.phase.holdOut': 'Descansa',
  'calm.phaseCount': '{phase}… {number} s',
  'calm.paused': 'En pausa',
  'calm.breathOf': 'Respiración {breath} de {total}',
  'calm.done':
    'Esa era la última respiración. Tómate un momento para notar cómo está tu cuerpo ahora. Puedes volver a respirar así cuando quieras.',
  'calm.ready': 'Cuando tú quieras.',

  'calm.groundTitle': 'Anclaje',
  'calm.groundIntro':
    'Anclarte te ayuda a volver al lugar donde estás, ahora mismo. El ejercicio 5-4-3-2-1 se usa mucho, aunque no se probó en un ensayo controlado: es una opción entre varias. Cada uno dura menos de dos minutos. Elige el que te encaje, o ninguno.',
  'calm.ground.senses': '5-4-3-2-1: tus sentidos',
  'calm.ground.sensesAbout': 'Fíjate en lo que te rodea, un sentido cada vez.',
  'calm.ground.feet': 'Los pies en el suelo',
  'calm.ground.feetAbout': 'Siente el suelo y algo fresco en la mano.',
  'calm.ground.categories': 'Nombra cosas de una categoría',
  'calm.ground.categoriesAbout': 'Dale a tu mente un pequeño juego seguro.',
  'calm.ground.counting': 'Contar despacio',
  'calm.ground.countingAbout': 'Cuenta despacio, al ritmo de tu respiración.',
  'calm.ground.begin': 'Empezar',
  'calm.ground.next': 'Siguiente',
  'calm.ground.back': 'Atrás',
  'calm.ground.finish': 'Terminar',
  'calm.ground.choose': 'Elegir otro',
  'calm.ground.step': 'Paso {step} de {total}',
  'calm.ground.done':
    'Terminaste. Estás aquí, en este momento. Si todo sigue pareciendo demasiado, puedes probar otro ejercicio o hablar con alguien de confianza o con una línea de apoyo.',

  'calm.senses.1':
    'Mira a tu alrededor. Nombra cinco cosas que veas: un color, una forma, algo pequeño.',
  'calm.senses.2':
    'Fíjate en cuatro cosas que puedas tocar o sentir: tu ropa, la silla, el aire en la piel.',
  'calm.senses.3': 'Escucha tres sonidos, cerca o a lo lejos.',
  'calm.senses.4': 'Busca dos olores, o piensa en dos olores que te gusten.',
  'calm.senses.5': 'Nota un sabor en la boca, o bebe un sorbo de agua.',

  'calm.feet.1':
    'Apoya los dos pies en el suelo. Empuja un poco y siente cómo el suelo te sostiene.',
  'calm.feet.2':
    'Si puedes, sujeta algo fresco: un vaso de agua, una llave, o pon las manos bajo el agua fría. Fíjate en la temperatura.',
  'calm.feet.3': 'Dite dónde estás y qué día es: «Estoy aquí, hoy es hoy, estoy respirando».',

  'calm.categories.1':
    'Elige una categoría: frutas, animales, ciudades, colores, canciones. Algo neutro y cotidiano.',
  'calm.categories.2':
    'Nombra todas las cosas que puedas de esa categoría, despacio, en tu cabeza o en voz alta.',
  'calm.categories.3': 'Cuando se te acaben, elige otra categoría, o para aquí.',

  'calm.counting.1': 'Toma aire y cuenta despacio hasta cuatro mentalmente.',
  'calm.counting.2': 'Suelta el aire y cuenta despacio hasta seis.',
  'calm.counting.3':
    'Hazlo cinco veces. Si pierdes la cuenta, vuelve a empezar por uno. No hay forma de hacerlo mal.',
} as const satisfies Translation<typeof calmEn>;
