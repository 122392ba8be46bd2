// Capítulos de "Aprender", en español. Escritos para Steady en un español
// neutro, con tú, a partir del sentido de la versión inglesa (en.ts), no
// palabra por palabra. Para quien lee no usamos adjetivos con género
// ("cansado/a"); para la otra persona decimos "esa persona" o "tu pareja".
// Los datos y cifras salen solo de /work/shared/content-guide.md.
import type { Chapter, ChapterList } from './types.ts';

export const chapters: Chapter[] = [
  {
    id: 'trauma-bond',
    topics: 'Temas: maltrato emocional, miedo, querer a alguien que te hace daño',
    title: 'Qué es un vínculo traumático',
    summary:
      'Un vínculo traumático es un lazo fuerte con alguien que te hace daño. Aquí verás cómo se forma y por qué no dice nada malo de ti.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Un lazo hecho de daño y cariño',
        paragraphs: [
          'Un vínculo traumático es un lazo profundo con una persona que te hace daño. El daño puede llegar en forma de palabras crueles, amenazas o control sobre tu dinero, tu tiempo o tus amistades. También puede ser daño físico. Entre un mal momento y otro, esa misma persona puede mostrarse cálida, divertida y cariñosa. El vínculo nace de esa mezcla de daño y cuidado.',
          'Quienes viven un vínculo así suelen decir cosas como “Sé que está mal, pero nos queremos” o “Nadie más nos entiende”. Las dos cosas pueden sentirse verdad al mismo tiempo. Puedes saber que alguien te hace daño y, aun así, desear su cercanía. Eso no es debilidad ni falta de juicio. Así funciona este tipo de vínculo.',
        ],
      },
      {
        heading: 'Cómo se forma',
        paragraphs: [
          'Cuando sentimos miedo, buscamos consuelo. Casi siempre lo buscamos en las personas más cercanas. En un vínculo traumático, quien provoca el miedo es también quien ofrece el consuelo. Así, la misma persona se convierte a la vez en el peligro y en el alivio.',
          'Cada vez que termina una mala racha y vuelve la amabilidad, tu cuerpo siente una ola de alivio. Ese alivio es real, y se siente bien. Con el tiempo, tu mente asocia a esa persona con volver a estar a salvo, aunque sea también la razón por la que dejaste de estarlo. Cada vuelta puede apretar un poco más el lazo.',
          'El poder también cuenta. Si una persona controla el dinero, la casa, las amistades o las reglas, la otra tiene menos margen para tomar distancia. Cuanto menos poder tienes, más puedes necesitar mantener la paz, y más apretado puede sentirse el vínculo.',
        ],
      },
      {
        heading: 'No tiene que ver con ser débil',
        paragraphs: [
          'Un vínculo traumático le puede pasar a cualquiera. Le pasa a gente lista, a gente fuerte, a gente con buenos trabajos y a gente que ha ayudado a otras personas a salir. Puede formarse con una pareja, con un padre o una madre, con alguien del trabajo o con quien dirige un grupo. No depende de quién eres. Depende de lo que te han hecho y de cómo las personas hacemos frente al miedo.',
          'Quizá sientas vergüenza por quedarte, o por haber vuelto. Le pasa a mucha gente. Esa vergüenza no te corresponde. Pertenece a las decisiones de quien causó el daño.',
        ],
      },
      {
        heading: 'Qué es Steady y qué no es',
        paragraphs: [
          'Steady puede ayudarte a ponerle nombre a este patrón y a reconocerlo en tu propia vida. No es un diagnóstico ni una terapia. Tampoco es un servicio de emergencias. Si ahora mismo estás en peligro, llama al número de emergencias de tu país. En la pantalla de Ayuda encontrarás líneas de apoyo donde una persona con formación puede escucharte y pensar contigo en tus opciones.',
          'Nadie conoce tu vida mejor que tú. Quédate con lo que te sirva y deja lo demás. Puedes dejar de leer cuando quieras y volver más tarde.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Haz la revisión de señales para ver cuáles aparecen en tu vida',
        target: 'selfcheck',
      },
      {
        text: 'Escribe lo que pasa, para que tus propias palabras sigan ahí cuando la memoria se nuble',
        target: 'journal',
      },
      { text: 'Busca una línea de apoyo y habla con alguien con formación', target: 'help' },
    ],
  },
  {
    id: 'the-cycle',
    topics: 'Temas: el patrón del maltrato, miedo, reconciliaciones después del daño',
    title: 'El ciclo: tensión, daño, reconciliación, calma',
    summary:
      'El maltrato suele moverse en círculo. Conocer sus etapas puede ayudarte a ver qué está pasando y por qué los buenos momentos te hacen volver.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Un círculo, no un hecho aislado',
        paragraphs: [
          'El maltrato suele ir y venir siguiendo un patrón. La tensión crece, ocurre algo dañino, llega la reconciliación y luego una etapa de calma. Después, todo vuelve a empezar. No todas las relaciones siguen el ciclo de la misma manera, y cada etapa puede ser larga o corta. Pero mucha gente reconoce la forma en cuanto la ve por escrito.',
        ],
      },
      {
        heading: 'Tensión',
        paragraphs: [
          'La tensión va en aumento. Quizá sientas que caminas sobre cáscaras de huevo. Cualquier detalle parece hacer que estalle. Estás pendiente de su cara, de su tono, de cómo cierra una puerta. Te esfuerzas por mantener la calma: cambias lo que dices, lo que cocinas, a quién le escribes. Muchas veces nada es suficiente, porque la tensión nunca tuvo que ver contigo.',
        ],
      },
      {
        heading: 'Daño',
        paragraphs: [
          'Entonces pasa algo. Pueden ser gritos, insultos o amenazas. Puede ser romper cosas, quitarte el dinero o aislarte de tus amistades. Puede ser sexo forzado o agresiones a tu cuerpo. Puede ser un silencio helado que dura días. Tome la forma que tome, es daño, y no es culpa tuya.',
        ],
      },
      {
        heading: 'Reconciliación',
        paragraphs: [
          'Después del daño, las cosas cambian. Puede que pida perdón, que llore, que traiga regalos o que prometa buscar ayuda. Puede que culpe al estrés, al alcohol, al trabajo o a ti. Hay quien nunca se disculpa: hace como si nada hubiera pasado, y tú sientes que tienes que seguirle la corriente. Sea como sea, vuelve el cariño que tanto te faltaba. Esta etapa puede sentirse como volver al comienzo de la relación.',
        ],
      },
      {
        heading: 'Calma',
        paragraphs: [
          'Durante un tiempo, la vida parece casi normal. Quizá pienses que lo peor ya pasó, o que la última vez fue de verdad la última. Te aferras a esa versión suya, que muchas veces es la que te enamoró. Luego, poco a poco, la tensión empieza a crecer de nuevo.',
        ],
      },
      {
        heading: 'Cómo te ata el alivio',
        paragraphs: [
          'Aquí está lo difícil. El alivio que sientes en la reconciliación y en la calma es muy intenso. Llega justo después del miedo, así que parece más grande de lo que parecería una simple muestra de cariño. Tu cuerpo aprende que esa persona trae la tormenta y también el refugio. Por eso, cada vuelta del ciclo puede estrechar el vínculo en lugar de aflojarlo.',
          'Con el tiempo, el ciclo puede acelerarse y el daño puede empeorar. Las etapas de calma pueden acortarse o desaparecer. Si lo notas, es importante. Puede ser señal de que el peligro está creciendo. Una asesora o un asesor de una línea de apoyo puede ayudarte a pensarlo con calma. No te va a juzgar ni a decirte lo que tienes que hacer.',
        ],
      },
      {
        heading: 'Ver el ciclo en tu propia vida',
        paragraphs: [
          'Cuando estás dentro del ciclo, cuesta verlo. Los recuerdos de la calma pueden tapar los recuerdos del daño. Anotar lo que pasa, con la fecha y la etapa, puede ayudar. Al cabo de unas semanas, tus notas pueden mostrar la forma del ciclo, y si se está volviendo más rápido o más grave.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Lleva un registro privado de lo que pasa, marcado con la etapa del ciclo',
        target: 'journal',
      },
      {
        text: 'Habla con una asesora o un asesor si el daño empeora o se repite más a menudo',
        target: 'help',
      },
      {
        text: 'Prueba a respirar despacio cuando notes que la tensión aumenta',
        target: 'calm',
      },
    ],
  },
  {
    id: 'like-an-addiction',
    topics: 'Temas: la fuerza del vínculo, el ansia de contacto, lo que dice la investigación',
    title: 'Por qué puede sentirse como una adicción',
    summary:
      'La necesidad de volver con alguien que te hace daño puede parecerse a una adicción. Aquí te explicamos por qué, con palabras sencillas, y qué encontró un estudio.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Cuando el amor se siente como ansia',
        paragraphs: [
          'Mucha gente dice que su vínculo se siente como una adicción. Piensan en esa persona todo el tiempo. Sienten una sacudida de emoción cuando llega un mensaje, y angustia e inquietud cuando no llega. Vuelven aunque se hayan prometido no hacerlo. Si te ves en esto, hay una razón.',
        ],
      },
      {
        heading: 'Recompensas que van y vienen',
        paragraphs: [
          'Piensa en una máquina tragamonedas, o tragaperras. Casi siempre pierdes. De vez en cuando ganas. Como nunca sabes cuándo llegará el próximo premio, sigues jugando. En psicología esto se llama “refuerzo intermitente”. Dicho de forma sencilla: recompensas que llegan en momentos al azar. Es una forma muy potente de crear un hábito difícil de romper.',
          'Un vínculo traumático funciona de forma parecida. La amabilidad, el cariño y la atención aparecen, desaparecen y vuelven a aparecer. No puedes prever cuándo. Así que sigues con esperanza, sigues intentándolo y sigues esperando a que vuelva su lado bueno. Cuando vuelve, el alivio es enorme. Ese es el premio que te mantiene frente a la máquina.',
          'Si esa persona fuera cruel todo el tiempo, quizá sería más fácil irse. Es la mezcla de lo bueno y lo malo, y no saber qué viene después, lo que hace el lazo tan fuerte.',
        ],
      },
      {
        heading: 'Alivio después del miedo',
        paragraphs: [
          'El miedo y el alivio forman una pareja poderosa. Cuando tienes miedo, tu cuerpo se pone en alerta. El corazón se acelera y los pensamientos dan vueltas. Cuando la amenaza pasa y esa persona vuelve a ser amable, el alivio te inunda. Tu mente empieza a asociarla con el final del miedo, aunque fue ella quien lo provocó.',
        ],
      },
      {
        heading: 'Lo que encontró un estudio',
        paragraphs: [
          'En 1993, dos investigadores, Dutton y Painter, siguieron a 75 mujeres que acababan de dejar a una pareja maltratadora. A lo largo de seis meses, el apego de esas mujeres hacia su expareja no desapareció, pero sí se debilitó, más o menos en una cuarta parte. Dos cosas estaban ligadas a la fuerza de ese apego. Una era que el maltrato iba y venía. La otra, cuánto más poder tenía la pareja.',
          'Esto nos dice dos cosas. Primero, esa atracción no es una señal de debilidad ni la prueba de un amor que debas seguir. Está ligada al propio patrón del maltrato. Segundo, puede ir perdiendo fuerza. Quizá no sea rápido, y quizá no sea en línea recta. Pero con tiempo y distancia, puede debilitarse.',
        ],
      },
      {
        heading: 'Qué significa esto para ti',
        paragraphs: [
          'Si sientes ansia de contacto, si miras su perfil o repasas sus palabras una y otra vez, no hay nada roto en ti. Tu mente y tu cuerpo hacen aquello para lo que fueron entrenados. Y los hábitos también se pueden reeducar. Cada vez que notas el impulso y lo dejas pasar sin actuar, el ciclo pierde un poco de fuerza.',
          'No tienes que luchar contra lo que sientes. Puedes dejar que esté ahí y, aun así, decidir qué haces después. Steady tiene herramientas para ese momento, cuando las quieras usar.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Usa la espera de 24 horas cuando sientas el impulso de contactar',
        target: 'urges',
      },
      {
        text: 'Respira más despacio para calmar tu cuerpo cuando llegue el ansia',
        target: 'calm',
      },
      {
        text: 'Lee tus propias notas sobre lo que pasó, para equilibrar los buenos recuerdos',
        target: 'journal',
      },
    ],
  },
  {
    id: 'common-signs',
    topics: 'Temas: señales de un vínculo traumático, culpa, aislamiento, miedo',
    title: 'Señales que quizá reconozcas',
    summary:
      'Siete señales frecuentes de un vínculo traumático, explicadas con sencillez. Reconocerte en una o en varias no es un diagnóstico. Es algo que vale la pena notar.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Señales, no un examen',
        paragraphs: [
          'A continuación tienes siete señales que aparecen a menudo en un vínculo traumático. Puede que te reconozcas en muchas, o en ninguna. Algunas pueden encajar un mes y al siguiente no. Esta lista no es un diagnóstico. Solo tú conoces tu vida, y una persona con formación puede ayudarte a darle sentido.',
        ],
      },
      {
        heading: 'Volver después del daño',
        paragraphs: [
          'Te vas, o decides irte, y luego vuelves. O te quedas después de algo que una vez dijiste que nunca aceptarías. Cada vez hay una razón que en ese momento tiene sentido. Volver es muy común. No significa que quisieras el daño.',
        ],
      },
      {
        heading: 'Quitarle importancia',
        paragraphs: [
          'Te dices que no fue para tanto. Que hay gente que lo pasa peor. Que no lo hizo con mala intención. Que tenía estrés, o había bebido, o venía de un mal día. Quitarle importancia al daño puede ayudarte a sobrellevar el día. Pero también puede ocultar lo grave que es la situación.',
        ],
      },
      {
        heading: 'Recordar lo bueno, perder lo malo',
        paragraphs: [
          'Cuando piensas en esa persona, lo primero que te viene a la mente son los momentos bonitos. Los momentos duros se ven borrosos, lejanos, o como si te los hubieras inventado. A esto a veces se le llama memoria selectiva. En parte, es una forma en que la mente se protege. Pero también puede empujarte de vuelta hacia quien te hace daño.',
        ],
      },
      {
        heading: 'Cargar con su estado de ánimo',
        paragraphs: [
          'Estás pendiente de su humor todo el tiempo. Planeas qué decir y qué hacer para que no se altere. Cuando está de mal humor, sientes que te toca arreglarlo, o que es culpa tuya. Con el tiempo, sus emociones pueden ocupar tanto espacio que apenas queda sitio para las tuyas.',
        ],
      },
      {
        heading: 'Alejarte de los demás',
        paragraphs: [
          'Ves a tus amistades y a tu familia menos que antes. Quizá esa persona te lo puso difícil. Quizá simplemente resultaba más fácil que enfrentarte a lo que venía después. Puede que guardes en secreto partes de tu vida, por miedo a que te juzguen o porque contarlo parece arriesgado. El aislamiento estrecha el vínculo, porque esa persona pasa a ser la principal que tienes cerca.',
        ],
      },
      {
        heading: 'Miedo a irte',
        paragraphs: [
          'Te da miedo lo que pueda pasar si te vas. Puede que temas su reacción, por ti, por tus hijos e hijas o por tus mascotas. Puede que temas quedarte sin compañía, sin dinero o sin casa. Estos miedos suelen tener raíces reales. Merecen tomarse en serio y hablarse con una persona con formación.',
        ],
      },
      {
        heading: 'El vacío de la distancia',
        paragraphs: [
          'Cuando no hay contacto, o esa persona deja de hablarte, sientes inquietud, malestar, vacío o pánico. Quizá mires el teléfono una y otra vez. El contacto, aunque sea malo, trae alivio. Esto es parte de por qué el vínculo puede sentirse como una adicción.',
        ],
      },
      {
        heading: 'Si te reconoces aquí',
        paragraphs: [
          'Darte cuenta de estas señales puede despertar tristeza, rabia o vergüenza. Todo eso es normal. No tienes que decidir nada hoy. La revisión de señales de Steady puede ayudarte a reflexionar sobre cuáles aparecen más en tu caso. Es un espejo, no un examen ni un veredicto.',
          'Steady no es un diagnóstico ni una terapia, y tampoco es un servicio de emergencias. Si quieres hablarlo con alguien, una línea de apoyo puede ayudarte.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Haz la revisión de señales para pensar en ellas en tu propia vida',
        target: 'selfcheck',
      },
      {
        text: 'Escribe lo que pasó, con tus palabras, antes de que el recuerdo se suavice',
        target: 'journal',
      },
      { text: 'Habla con una línea de apoyo sobre lo que has notado', target: 'help' },
    ],
  },
  {
    id: 'why-leaving-is-hard',
    topics: 'Temas: irse, seguridad, peligro, control',
    title: 'Por qué irse es difícil, y puede ser peligroso',
    summary:
      'Irse casi nunca es un solo paso, y puede aumentar el peligro. Aquí te contamos por qué, y cómo una asesora o un asesor puede ayudarte a planificar.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'No es “¿por qué no te vas y ya?”',
        paragraphs: [
          'Desde fuera, irse puede parecer sencillo. Casi nunca lo es. Puede haber amor, esperanza, miedo, hijos, dinero, una casa compartida, presión familiar, fe o una situación migratoria de por medio. Puede haber amenazas. Mucha gente se va y vuelve más de una vez. Cada intento puede enseñarte algo. Nada de eso es un fracaso.',
        ],
      },
      {
        heading: 'El propio vínculo te retiene',
        paragraphs: [
          'Todo lo que cuentan los otros capítulos hace que irse sea más difícil. El alivio después del miedo, las recompensas que van y vienen, una memoria que favorece los buenos momentos y el miedo a la soledad tiran en la misma dirección. Irse puede sentirse como perder una parte de ti.',
        ],
      },
      {
        heading: 'Muros que se pueden tocar',
        paragraphs: [
          'Irse suele requerir dinero, un lugar donde quedarse y gente en quien apoyarse. Si la otra persona controla el dinero, te ha aislado de tus amistades o guarda tus documentos, esos muros son más altos. También puede vigilar tu teléfono, por dónde te mueves o tus cuentas. Nada de esto es culpa tuya. Es parte de cómo funciona el control.',
        ],
      },
      {
        heading: 'Irse puede aumentar el peligro',
        paragraphs: [
          'Esto es importante. Para algunas personas, el momento de irse y las semanas siguientes son cuando el peligro es mayor. Alguien que siente que pierde el control puede intentar recuperarlo, a veces con más violencia. Eso no significa que debas quedarte. Significa que irse suele ser más seguro con un plan, y con alguien con formación de tu lado.',
          'Si el daño va a peor, si ha habido amenazas o si temes por tu vida, habla con una asesora o un asesor, por favor. El plan de seguridad de Steady incluye preguntas que pueden ayudarte en esa conversación. No son una puntuación ni un veredicto. ¿Hasta qué punto encajan con tu propia idea del peligro? Lo que te dice tu intuición cuenta.',
        ],
      },
      {
        heading: 'Qué hace una asesora o un asesor',
        paragraphs: [
          'Una asesora o un asesor trabaja en un servicio de atención a la violencia doméstica. Escucha sin juzgar. Conoce las opciones de tu zona, como refugios, ayuda legal y formas de estar más a salvo. Puede ayudarte a hacer un plan que encaje con tu vida, tanto si quieres irte ahora como más adelante, o no irte. Hablar con esa persona no te compromete a nada. Muchas líneas de apoyo son gratuitas y atienden a cualquier hora. Antes de contar nada, puedes preguntar qué datos guardan en privado.',
        ],
      },
      {
        heading: 'Planificar con discreción',
        paragraphs: [
          'El plan de seguridad de Steady te guía por pasos que puedes dar poco a poco y con discreción: personas de confianza, documentos, dinero, seguridad en el teléfono, hijos y mascotas. Tú eliges qué completar y cuándo. Si alguien puede revisar tu teléfono, piensa cuándo y dónde es seguro usarlo. La salida rápida siempre está a un toque.',
          'Steady no es un servicio de emergencias. Si estás en peligro ahora mismo, llama al número de emergencias de tu país.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Empieza un plan de seguridad privado, paso a paso', target: 'plan' },
      {
        text: 'Llama o escribe a una línea de apoyo para hablar con una asesora o un asesor',
        target: 'help',
      },
      {
        text: 'Lleva un registro con fechas de lo que pasa; puede ayudar a tu asesora o asesor a entender tu situación',
        target: 'journal',
      },
    ],
  },
  {
    id: 'after-leaving',
    topics: 'Temas: extrañar, volver, duelo, sanar',
    title: 'Después de irte: la nostalgia y las ganas de volver',
    summary:
      'Extrañar a alguien que te hizo daño es normal. Este capítulo habla de las ganas de volver y de cómo medir tu recuperación por lo que te protege.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'El bajón después de irte',
        paragraphs: [
          'Irse puede traer alivio. También puede traer un bajón. Mucha gente siente vacío, miedo, soledad, o como si no sintiera nada, en los días y semanas siguientes. El sueño y el apetito pueden desordenarse. Quizá te sientas peor antes de sentirte mejor. Eso no demuestra que te hayas equivocado. Es lo que pasa cuando se rompe un vínculo fuerte.',
        ],
      },
      {
        heading: 'Extrañar es normal',
        paragraphs: [
          'Puede que extrañes mucho a esa persona. Puede que extrañes los buenos momentos, los planes en común y la persona que esperabas que llegara a ser. Puedes extrañar a alguien y aun así saber que estar a su lado no era seguro. Las dos cosas pueden ser verdad. El duelo por lo que esperabas también es un duelo real.',
        ],
      },
      {
        heading: 'Las ganas de volver',
        paragraphs: [
          'Las ganas de llamar, de escribir, de mirar su perfil o de volver pueden ser muy fuertes. Suelen llegar en oleadas. Pueden aparecer de noche, en fechas especiales, cuando te sientes sin fuerzas o cuando esa persona te busca. En el estudio de Dutton y Painter, el apego seguía ahí seis meses después de la separación, pero era más o menos una cuarta parte más débil. Es decir, la atracción suele durar un tiempo, y puede ir cediendo.',
          'No tienes que hacer desaparecer el impulso. Puedes dejar que suba, y esperar. Una forma de hacerlo es aplazar cualquier contacto 24 horas. El impulso está permitido; la acción espera. Muchas veces, al terminar la espera, la ola ya ha pasado. Si no, puedes decidir esperar otra vez.',
          'Ayuda planificar con antelación, con un plan del tipo “si pasa esto, haré esto otro”. Por ejemplo: “Si tengo ganas de escribirle, primero le mando un mensaje a mi hermana”. Una revisión de 94 pruebas encontró que este tipo de planes ayuda a las personas a alcanzar sus metas. Escribe el tuyo en un momento de calma, para tenerlo a mano cuando llegue la ola.',
        ],
      },
      {
        heading: 'Si has vuelto',
        paragraphs: [
          'Si has vuelto, o has retomado el contacto, no has fracasado. Mucha gente vuelve más de una vez. Lo que más importa es tu seguridad ahora. Tu plan, tus notas y tus apoyos siguen ahí. Decidas lo que decidas, mereces apoyo.',
        ],
      },
      {
        heading: 'Mide tu recuperación por lo que te protege',
        paragraphs: [
          'Es fácil juzgar tu avance por lo que sientes: “Todavía me hace falta, así que no lo he superado”. Pero los sentimientos cambian despacio. Una medida mejor es lo que haces para protegerte. ¿Hoy dejaste pasar un impulso? ¿Viste a alguien de confianza? ¿Dormiste, comiste o saliste a caminar? ¿Mantuviste un límite que te habías puesto? Son pasos reales, incluso en los días en que te sientes muy mal.',
          'Sanar no es un camino en línea recta. Habrá semanas buenas y días malos. Al mirar atrás después de unos meses, quizá descubras que el vínculo ha perdido parte de su fuerza, aunque no lo notaras día a día.',
        ],
      },
      {
        heading: 'Cuidar de tu cuerpo',
        paragraphs: [
          'Un cuerpo que ha vivido con miedo mucho tiempo puede quedarse en alerta. Respirar despacio, soltando el aire durante más tiempo del que tardas en tomarlo, puede ayudar a calmarlo. Otra opción es anclarte al presente, por ejemplo nombrando cosas que puedes ver y oír a tu alrededor. No son una cura. Pero pueden suavizar un momento difícil.',
          'Steady no es una terapia. Si quieres ayuda para procesar lo que pasó, puede servirte hacer terapia con alguien que conozca bien el maltrato, y una línea de apoyo puede orientarte.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Inicia una espera de 24 horas cuando quieras contactar', target: 'urges' },
      {
        text: 'Prueba la respiración pausada o un ejercicio para anclarte cuando llegue una ola',
        target: 'calm',
      },
      {
        text: 'Fija tus propias palabras sobre lo que pasó, para leerlas cuando extrañes a esa persona',
        target: 'journal',
      },
      { text: 'Busca una línea de apoyo o terapia cerca de ti', target: 'help' },
    ],
  },
  {
    id: 'helping-a-friend',
    topics: 'Temas: apoyar a alguien, escuchar, seguridad',
    title: 'Cuando alguien que te importa vive un vínculo traumático',
    summary:
      'Cómo apoyar a una amistad o a alguien de tu familia sin que se aleje de ti. Escuchar suele ayudar más que dar consejos.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Es duro de ver',
        paragraphs: [
          'Ver cómo hacen daño a alguien que quieres es doloroso. Puede que sientas rabia, miedo o impotencia. Puede que te den ganas de hacerle reaccionar a toda costa y decirle “vete ya”. Es comprensible. Pero la presión suele acercar a la gente a quien le hace daño. Puede sentirse como una persona más que le dice lo que tiene que hacer.',
        ],
      },
      {
        heading: 'Lo que suele ayudar',
        paragraphs: [
          'Escucha más de lo que hablas. Cree lo que te cuenta. Hazle saber que no es su culpa y que vas a estar ahí pase lo que pase. Di lo que ves, con suavidad y sin etiquetas: “He notado que te asustas cuando suena tu teléfono”. Pregúntale qué necesita, en vez de decidirlo tú.',
          'Mantén el contacto, aunque se aleje o vuelva con quien le hace daño. El aislamiento es una de las formas en que el vínculo se sostiene. Ser una presencia estable y segura en su vida puede importar más que cualquier consejo.',
        ],
      },
      {
        heading: 'Palabras que pueden ayudar',
        paragraphs: [
          'Puede costar saber qué decir. Las palabras sencillas suelen funcionar mejor: “Te creo”. “No es tu culpa”. “No mereces que te traten así”. “Aquí estoy, decidas lo que decidas”. No necesitas la frase perfecta. Aparecer una y otra vez dice más que cualquier discurso.',
          'Si todavía no quiere hablar, no pasa nada. Hazle saber que la puerta sigue abierta. Podrías decirle: “Si algún día quieres hablar, te escucho, y no te voy a presionar”. Y luego cumple esa promesa.',
        ],
      },
      {
        heading: 'Lo que suele hacer daño',
        paragraphs: [
          'Los ultimátums, como “Si vuelves, no cuentes más conmigo”, pueden aumentar su aislamiento. También los ataques duros contra la otra persona, porque puede sentir que tiene que defenderla. Intenta no juzgar su decisión de volver. Mucha gente se va más de una vez antes de que sea definitivo.',
        ],
      },
      {
        heading: 'La seguridad es lo primero',
        paragraphs: [
          'Si te pones en contacto, ten cuidado con la forma. La otra persona podría leer sus mensajes o revisar su teléfono. Pregúntale qué es seguro: cuándo llamar, qué escribir y de qué no hablar. No te enfrentes a quien le hace daño. Eso puede aumentar el peligro que corre. Si te pide que le guardes algo, como copias de documentos o una bolsa con lo básico, guárdalo en un lugar discreto.',
          'También puedes llamar tú a una línea de apoyo. Muchas atienden también a familiares y amistades que se preocupan, y pueden ayudarte a pensar cómo apoyar. Si quien te preocupa está en peligro ahora mismo, llama al número de emergencias de tu país.',
        ],
      },
      {
        heading: 'Cuida también de ti',
        paragraphs: [
          'Acompañar a alguien en esto puede llevar mucho tiempo. Está bien tener límites. Apóyate en tu propia gente y tómate descansos. Tu cariño importa, aunque no veas que está funcionando.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Busca una línea de apoyo y pregunta cómo ayudar mejor', target: 'help' },
      {
        text: 'Ofrécete como persona de confianza en su plan de seguridad, si lo quiere',
        target: 'plan',
      },
      { text: 'Calma tu propio estrés con un breve ejercicio de respiración', target: 'calm' },
    ],
  },
] satisfies ChapterList;
