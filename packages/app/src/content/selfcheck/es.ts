// Revisión de señales, en español. Frases y reflexiones propias de Steady, no
// tomadas ni adaptadas de ningún cuestionario validado. Sin puntuación ni
// veredicto. Escrito a partir del sentido de en.ts, no palabra por palabra;
// sin adjetivos con género para quien lee.
import type { SelfCheck, SignList } from './types.ts';

export const selfCheck: SelfCheck = {
  topics: 'Temas: señales de un vínculo traumático, miedo, control',
  title: 'Revisión de señales: lo que ves en tu propia vida',
  intro: {
    heading: 'Antes de empezar',
    paragraphs: [
      'Esta es una forma tranquila de mirar tu relación. Vas a leer 14 frases breves. En cada una, elige con qué frecuencia te pasa: nunca, a veces o a menudo. No hay respuestas correctas ni incorrectas.',
      'Piensa en los últimos meses, o en el periodo que te parezca importante.',
      'Esto no es un examen ni un diagnóstico. Las frases las ha escrito Steady; no vienen de ningún cuestionario clínico. Al final no verás una puntuación. Verás qué señales aparecieron más en tus respuestas, con algunas preguntas para pensar y capítulos para leer.',
      'Steady no es una terapia ni un servicio de emergencias. Si estás en peligro ahora mismo, llama al número de emergencias de tu país.',
    ],
  },
  ifUpsetting: {
    heading: 'Si se te hace difícil',
    paragraphs: [
      'Mirar tu propia vida de esta manera puede remover emociones fuertes. Es normal. Puedes saltarte cualquier frase, hacer una pausa y volver más tarde, o parar cuando quieras. No pasa nada si no terminas.',
      'Si lo notas en el cuerpo, como un temblor o un nudo en el estómago, prueba a respirar despacio unas cuantas veces, soltando el aire durante más tiempo del que tardas en tomarlo. También puedes hablar con alguien de una línea de apoyo.',
      'Si alguien puede ver tu pantalla, puedes salir en cualquier momento con la salida rápida.',
    ],
  },
  scale: {
    prompt: '¿Con qué frecuencia te pasa esto?',
    labels: {
      'not-at-all': 'Nunca',
      sometimes: 'A veces',
      often: 'A menudo',
    },
  },
  actions: {
    skip: 'Saltar esta frase',
    pause: 'Hacer una pausa',
    resume: 'Seguir donde lo dejé',
    finish: 'Ver mis reflexiones',
  },
  signs: [
    {
      id: 'returning',
      name: 'Volver después del daño',
      description: 'Volver con alguien, o quedarte, después de que te haya hecho daño.',
      statements: [
        {
          id: 'returning-1',
          text: 'He vuelto, o me he quedado, después de un daño que me había prometido no aceptar.',
        },
        {
          id: 'returning-2',
          text: 'Después de una mala racha, le he dado otra oportunidad y he terminado otra vez en el mismo punto.',
        },
      ],
      reflections: [
        '¿Qué cambió cada vez que volviste o te quedaste? ¿Qué siguió igual?',
        'Si alguien a quien quieres estuviera en tu lugar, ¿qué desearías para esa persona?',
      ],
      result:
        'En tus respuestas aparece la señal de volver, o de quedarte, después del daño. Es muy común y no es un fracaso: es una de las formas en que tira el vínculo. Puede ayudarte mirar lo que pasó las últimas veces en tus propias notas, y no solo de memoria.',
      learnMore: ['the-cycle', 'after-leaving'],
    },
    {
      id: 'minimising',
      name: 'Quitarle importancia',
      description: 'Decirte, o decir a los demás, que el daño no fue para tanto.',
      statements: [
        {
          id: 'minimising-1',
          text: 'Me digo, o le digo a otras personas, que lo que pasó no fue para tanto.',
        },
        {
          id: 'minimising-2',
          text: 'Le busco explicaciones a lo que hace, como el estrés, el alcohol o un pasado difícil.',
        },
      ],
      reflections: ['Si alguien cercano te contara que le pasó esto, ¿cómo lo llamarías?'],
      result:
        'En tus respuestas aparece la tendencia a quitarle importancia al daño. A mucha gente esto le ayuda a sobrellevar el día, pero también puede ocultar lo grave que es la situación. Podrías probar a escribir lo que pasó con palabras sencillas, como si se lo contaras a alguien que no estaba allí.',
      learnMore: ['common-signs'],
    },
    {
      id: 'selective-memory',
      name: 'Recordar lo bueno, perder lo malo',
      description:
        'Recordar con claridad los buenos momentos, mientras los difíciles se desdibujan.',
      statements: [
        {
          id: 'selective-memory-1',
          text: 'Cuando pienso en nuestra relación, lo primero que recuerdo son los buenos momentos, y los malos se ven borrosos.',
        },
        {
          id: 'selective-memory-2',
          text: 'He olvidado, o he puesto en duda, algo que me dolió, hasta que algo me lo recordó.',
        },
      ],
      reflections: [
        'Si hubieras escrito una nota en un día difícil, ¿qué te diría hoy?',
        '¿Qué recuerdos buscas cuando extrañas a esa persona?',
      ],
      result:
        'En tus respuestas aparece la memoria selectiva: los buenos momentos siguen nítidos y los difíciles se apagan. En parte, así se protege la mente. Un registro privado, escrito en el momento, puede darles voz a los días difíciles cuando la memoria los deja escapar.',
      learnMore: ['common-signs', 'the-cycle'],
    },
    {
      id: 'their-moods',
      name: 'Cargar con su estado de ánimo',
      description: 'Sentir que manejar su humor es tarea tuya.',
      statements: [
        {
          id: 'their-moods-1',
          text: 'Estoy pendiente de su humor y cambio lo que hago para que no se altere.',
        },
        {
          id: 'their-moods-2',
          text: 'Cuando está de mal humor, siento que me toca arreglarlo, o que es culpa mía.',
        },
      ],
      reflections: [
        '¿Qué harías hoy si su humor no fuera tarea tuya?',
        '¿Cuándo fue la última vez que hiciste algo solo porque tenías ganas?',
      ],
      result:
        'En tus respuestas aparece la carga de su estado de ánimo. Vivir en alerta así agota, y no es culpa tuya. Su humor le pertenece. Podrías fijarte, con suavidad, en lo que tú quieres y necesitas, aunque sea un momento al día.',
      learnMore: ['the-cycle'],
    },
    {
      id: 'isolation',
      name: 'Alejarte de los demás',
      description: 'Ver menos a tus amistades y a tu familia, o guardar secretos.',
      statements: [
        {
          id: 'isolation-1',
          text: 'Veo a mis amistades o a mi familia menos que antes, por esa persona o para evitar problemas.',
        },
        {
          id: 'isolation-2',
          text: 'Guardo en secreto partes de la relación ante personas que me quieren.',
        },
      ],
      reflections: [
        '¿Con quién tenías cercanía antes? ¿Hay alguien a quien podrías acercarte, aunque sea un poco?',
      ],
      result:
        'En tus respuestas aparece el alejamiento de los demás. El aislamiento estrecha el vínculo, y puede hacer que irse sea más difícil y más arriesgado. Una sola persona de confianza puede marcar la diferencia. Si no hay nadie con quien te sientas a salvo para hablar, una línea de apoyo puede ser esa voz.',
      learnMore: ['common-signs', 'why-leaving-is-hard'],
    },
    {
      id: 'fear-of-leaving',
      name: 'Miedo a irte',
      description: 'Tener miedo de lo que pasaría si te fueras.',
      statements: [
        {
          id: 'fear-of-leaving-1',
          text: 'Tengo miedo de lo que esa persona podría hacer si me voy.',
        },
        {
          id: 'fear-of-leaving-2',
          text: 'Me preocupa no poder arreglármelas sin esa persona: con el dinero, la casa o el día a día.',
        },
      ],
      reflections: [
        '¿Qué es lo que más miedo te da: tu seguridad, arreglártelas sin esa persona, o las dos cosas?',
        '¿Hasta qué punto encaja esto con tu propia idea de cuánto peligro hay?',
      ],
      result:
        'En tus respuestas aparece el miedo a irte. Estos miedos suelen tener raíces reales y merecen tomarse en serio. Irse puede aumentar el peligro, así que ayuda planificarlo con alguien con formación. Una asesora o un asesor puede hablarlo contigo, sin juzgarte y sin decirte qué hacer.',
      learnMore: ['why-leaving-is-hard'],
    },
    {
      id: 'withdrawal',
      name: 'El vacío de la distancia',
      description: 'Sentir un fuerte impulso, o angustia, cuando no hay contacto.',
      statements: [
        {
          id: 'withdrawal-1',
          text: 'Cuando no nos vemos o no nos hablamos, siento un fuerte impulso de buscar a esa persona.',
        },
        {
          id: 'withdrawal-2',
          text: 'La distancia me duele de una forma que no consigo calmar, aunque sepa que me hace daño.',
        },
      ],
      reflections: ['Cuando el impulso es más fuerte, ¿qué te ayuda a esperar?'],
      result:
        'En tus respuestas aparece un fuerte tirón cuando no hay contacto. Esto es parte de por qué el vínculo puede sentirse como una adicción, y puede suavizarse con el tiempo. No tienes que luchar contra lo que sientes. Puedes dejar que esté ahí y esperar antes de actuar.',
      learnMore: ['like-an-addiction', 'after-leaving'],
    },
  ] satisfies SignList,
  results: {
    heading: 'Tus reflexiones',
    intro: [
      'Estas son las señales que más aparecieron en tus respuestas. No es una puntuación ni un veredicto sobre ti o sobre tu relación. Es un espejo en el que puedes mirarte tanto o tan poco como quieras.',
      'Solo tú conoces tu vida. Quédate con lo que te sirva y deja lo demás.',
    ],
    showedUpOften: 'Aparece a menudo',
    showedUpSometimes: 'Aparece a veces',
    reflectionsHeading: 'Preguntas para pensar con calma',
    learnMoreLabel: 'Leer más',
    noneShowedUp: [
      'Ninguna de estas señales apareció con fuerza en tus respuestas. Puede ser bueno saberlo. Aun así, si algo en tu relación no te parece bien, confía en esa sensación. Una lista corta de frases no lo puede ver todo.',
      'Puedes volver a esta revisión cuando quieras. Si quieres hablar con alguien, hay líneas de apoyo para eso.',
    ],
    nothingAnswered: [
      'Te has saltado todas las frases, y no pasa nada. Puedes volver cuando quieras, o leer sobre las señales en su lugar.',
    ],
    notADiagnosis:
      'Steady no es un diagnóstico, ni una terapia, ni un servicio de emergencias. Estas reflexiones son propias de Steady, no una prueba clínica. Si estás en peligro ahora mismo, llama al número de emergencias de tu país.',
    learnMore: {
      text: 'Lee sobre los vínculos traumáticos y sus señales',
      chapters: ['trauma-bond', 'common-signs'],
    },
    whatHelps: [
      { text: 'Habla con una línea de apoyo sobre lo que has notado', target: 'help' },
      {
        text: 'Lleva un registro privado de lo que pasa, con tus propias palabras',
        target: 'journal',
      },
      {
        text: 'Si esto te removió mucho, prueba a respirar despacio unas cuantas veces',
        target: 'calm',
      },
    ],
  },
};
