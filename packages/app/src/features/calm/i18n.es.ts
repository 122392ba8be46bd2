import type { Translation } from '../../i18n/plural.ts';
import type { calmEn } from './i18n.en.ts';

// Spanish for the calm screen, natural and with "tú".
export const calmEs = {
  'calm.title': 'Calma tu cuerpo',
  'calm.intro':
    'Maneras breves de serenarte cuando todo te supera. No arreglan lo que está pasando y no son terapia, pero pueden ayudarte a atravesar los próximos minutos.',
  'calm.views': 'Ejercicios de calma',
  'calm.toNow': 'Ahora mismo',
  'calm.toBreathing': 'Respiración',
  'calm.toGrounding': 'Anclaje',
  'calm.private':
    'Los ejercicios no guardan nada. Tu propia lista se guarda bajo llave con el resto de tus registros.',

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

  'calm.nowTitle': '¿Qué te está pasando ahora?',
  'calm.nowIntro': 'Elige lo que más se parezca y verás algunas cosas que puedes probar.',
  'calm.moments': 'Qué te está pasando ahora',
  'calm.moment.sleep': 'No puedo dormir',
  'calm.moment.panic': 'Siento pánico',
  'calm.moment.numb': 'No siento nada, todo parece lejos',
  'calm.moment.thinking': 'No dejo de pensar en esa persona',
  'calm.moment.angry': 'Siento rabia',
  'calm.tryTitle': 'Cosas que puedes probar',
  'calm.tryBreathing': 'Respiración pausada',
  'calm.tryBreathingAbout': 'Soltar el aire despacio, al ritmo que elijas.',
  'calm.tryOwn': 'O algo de tu propia lista, más abajo.',

  'calm.ex.release': 'Suelta los músculos',
  'calm.ex.releaseAbout': 'Aprieta y luego suelta, poco a poco.',
  'calm.release.1':
    'Siéntate o acuéstate. Cierra las dos manos en puño y aprieta suave mientras cuentas hasta cinco.',
  'calm.release.2': 'Suelta de golpe. Fíjate en cómo notas ahora las manos, pesadas o tibias.',
  'calm.release.3': 'Sube los hombros hacia las orejas, aguanta cinco y déjalos caer.',
  'calm.release.4': 'Arruga la cara, aguanta cinco y deja que se relaje.',
  'calm.release.5':
    'Empuja los pies contra el suelo o la cama, aguanta cinco y déjalos descansar. Quédate así unas cuantas respiraciones.',

  'calm.ex.place': 'Un lugar tranquilo',
  'calm.ex.placeAbout': 'Imagina un sitio donde te sientas a gusto.',
  'calm.place.1':
    'Piensa en un lugar donde te sientas en calma. Puede ser real o inventado: una playa, una cocina, un parque.',
  'calm.place.2': 'Recórrelo con la mente. ¿Qué colores ves? ¿De dónde viene la luz?',
  'calm.place.3': '¿Qué se oye allí? ¿Cómo se siente el aire en la piel?',
  'calm.place.4':
    'Quédate ahí unas cuantas respiraciones. Puedes volver a este lugar siempre que lo necesites.',

  'calm.ex.kindness': 'Una pausa amable',
  'calm.ex.kindnessAbout': 'Háblate como le hablarías a alguien que quieres.',
  'calm.kindness.1': 'Si te parece bien, pon una mano en el pecho o en la mejilla. Nota su calor.',
  'calm.kindness.2': 'Dite: «Esto es muy difícil ahora mismo».',
  'calm.kindness.3':
    'Recuérdate: «Mucha gente ha sentido esto. No soy la única persona que pasa por esto, y no es culpa mía».',
  'calm.kindness.4':
    'Pregúntate qué te diría ahora alguien que te quiere, y dítelo a ti, despacio.',

  'calm.ex.reasons': 'Mis razones',
  'calm.ex.reasonsAbout': 'Vuelve a por qué elegiste tomar distancia.',
  'calm.reasons.1':
    'Puede que tu mente te muestre los buenos momentos. Fueron reales, y lo demás también.',
  'calm.reasons.2':
    'Piensa en una vez que te hizo daño. No hace falta entrar en detalles; solo nómbrala para ti.',
  'calm.reasons.3':
    'Di una razón por la que elegiste alejarte, con tus palabras. Si quieres, añádela a tu lista, más abajo.',
  'calm.reasons.4':
    'Tus propios recordatorios también están en Mantener la distancia. Los pensamientos sobre esa persona vienen y van, como olas.',

  'calm.ex.shake': 'Déjalo salir',
  'calm.ex.shakeAbout': 'Dale a un sentimiento fuerte un lugar adonde ir.',
  'calm.shake.1':
    'Ponte de pie si puedes. Apoya las dos palmas en una pared y empuja fuerte mientras cuentas hasta cinco.',
  'calm.shake.2': 'Suelta, y sacude las manos y los brazos unos segundos.',
  'calm.shake.3': 'Suelta el aire despacio, más largo de lo que lo tomas, tres veces.',
  'calm.shake.4':
    'Ponle nombre: «Siento rabia». Está permitido. No tienes que hacer nada con ella ahora.',

  'calm.ownTitle': 'Tu propia lista',
  'calm.ownIntro':
    'Lo que te ha ayudado antes, con tus palabras: una canción, una persona, un lugar, un olor.',
  'calm.ownEmpty': 'Todavía no hay nada en tu lista.',
  'calm.ownLocked': 'Tu propia lista aparece aquí cuando desbloqueas.',
  'calm.ownLabel': 'Algo que me ayuda',
  'calm.ownAdd': 'Añadir a mi lista',
  'calm.ownRemove': 'Quitar',
  'calm.ownRemoveOne': 'Quitar «{text}»',
  'calm.ownAdded': 'Añadido a tu lista.',
  'calm.ownRemoved': 'Quitado de tu lista.',
  'calm.ownEmptyText': 'Escribe unas palabras primero.',
  'calm.ownFull': {
    one: 'Tu lista está llena ({count} línea). Quita una para añadir otra.',
    other: 'Tu lista está llena ({count} líneas). Quita una para añadir otra.',
  },
  'calm.ownFailed': 'No se pudo guardar ahora. Lo que escribiste sigue aquí; vuelve a intentarlo.',
} as const satisfies Translation<typeof calmEn>;
