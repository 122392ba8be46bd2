// Self-check, English. Steady's own statements and reflections, not taken or
// adapted from any validated questionnaire. No score, no verdict: results are
// reflections on which signs showed up most. Spanish lives in es.ts.
import type { SelfCheck, SignList } from './types.ts';

export const selfCheck: SelfCheck = {
  topics: 'Topics: signs of a trauma bond, fear, control',
  title: 'Self-check: the signs in your own life',
  intro: {
    heading: 'Before you start',
    paragraphs: [
      'This is a quiet way to look at your relationship. You will read 14 short statements. For each one, choose how often it is true for you: not at all, sometimes, or often. There are no right or wrong answers.',
      'Think about the past few months, or whatever time feels right to you.',
      'This is not a test, and it is not a diagnosis. Steady wrote these statements itself; they do not come from any clinical questionnaire. At the end, you will not get a score. You will see which signs showed up most in your answers, with some questions to think about and chapters to read.',
      'Steady is not therapy or an emergency service. If you are in danger now, call your local emergency number.',
    ],
  },
  ifUpsetting: {
    heading: 'If this gets hard',
    paragraphs: [
      'Looking at your own life in this way can stir up strong feelings. That is okay. You can skip any statement, pause and come back later, or stop at any time. Nothing bad happens if you do not finish.',
      'If you feel it in your body, like shaking or a knot in your stomach, try a few slow breaths, with a longer breath out than in. You can also talk to someone at a support line.',
      'If someone may see your screen, you can leave at any moment with the quick exit.',
    ],
  },
  scale: {
    prompt: 'How often is this true for you?',
    labels: {
      'not-at-all': 'Not at all',
      sometimes: 'Sometimes',
      often: 'Often',
    },
  },
  actions: {
    skip: 'Skip this one',
    pause: 'Pause for now',
    resume: 'Carry on where I left off',
    finish: 'See my reflections',
  },
  signs: [
    {
      id: 'returning',
      name: 'Going back after harm',
      description: 'Returning to someone, or staying, after they have hurt you.',
      statements: [
        {
          id: 'returning-1',
          text: 'I have gone back, or stayed, after harm I had told myself I would not accept.',
        },
        {
          id: 'returning-2',
          text: 'After a bad time, I have given them another chance, then found myself in the same place again.',
        },
      ],
      reflections: [
        'Each time you went back or stayed, what changed? What stayed the same?',
        'If a friend were in your place, what would you wish for them?',
      ],
      result:
        'Going back, or staying, after harm showed up in your answers. This is very common, and it is not a failure. It is one of the ways the bond pulls. It may help to look at what happened the last few times in your own written words, not from memory alone.',
      learnMore: ['the-cycle', 'after-leaving'],
    },
    {
      id: 'minimising',
      name: 'Making it smaller',
      description: 'Telling yourself, or others, that the harm was not that bad.',
      statements: [
        {
          id: 'minimising-1',
          text: 'I tell myself, or other people, that what happened was not that bad.',
        },
        {
          id: 'minimising-2',
          text: 'I find reasons for what they do, such as stress, drink or a hard past.',
        },
      ],
      reflections: ['If a friend told you this had happened to them, what would you call it?'],
      result:
        'Making the harm seem smaller showed up in your answers. This often helps people get through the day. It can also hide how serious things are. You might try writing down what happened in plain words, as if for someone who was not there.',
      learnMore: ['common-signs'],
    },
    {
      id: 'selective-memory',
      name: 'Keeping the good, losing the bad',
      description: 'Remembering the good times clearly, while the hard times fade or blur.',
      statements: [
        {
          id: 'selective-memory-1',
          text: 'When I think about us, the good times come to mind first, and the bad times feel blurry.',
        },
        {
          id: 'selective-memory-2',
          text: 'I have forgotten, or doubted, something that hurt me, until something reminded me of it.',
        },
      ],
      reflections: [
        'If you had written a note on a hard day, what would it say to you now?',
        'Which memories do you reach for when you miss them?',
      ],
      result:
        'Selective memory showed up in your answers: the good times stay bright while the hard times fade. This is partly how the mind protects itself. A private record, kept at the time, can give the hard days a voice when memory lets them slip.',
      learnMore: ['common-signs', 'the-cycle'],
    },
    {
      id: 'their-moods',
      name: 'Carrying their moods',
      description: 'Feeling that their moods are your job to manage.',
      statements: [
        {
          id: 'their-moods-1',
          text: 'I watch their mood closely and change what I do to keep them calm.',
        },
        {
          id: 'their-moods-2',
          text: 'When they are upset, I feel it is my job to fix it, or that it is my fault.',
        },
      ],
      reflections: [
        'What would you do today if their mood were not your job?',
        'When did you last do something just because you wanted to?',
      ],
      result:
        'Carrying their moods showed up in your answers. Living on alert like this is tiring, and it is not your fault. Their moods belong to them. You might notice, gently, what you want and need, even for a moment each day.',
      learnMore: ['the-cycle'],
    },
    {
      id: 'isolation',
      name: 'Drifting away from others',
      description: 'Seeing less of friends and family, or keeping things secret.',
      statements: [
        {
          id: 'isolation-1',
          text: 'I see friends or family less than I used to, because of them or to avoid trouble.',
        },
        {
          id: 'isolation-2',
          text: 'I keep parts of the relationship secret from people who care about me.',
        },
      ],
      reflections: [
        'Who did you feel close to before? Is there one person you could reach out to, even a little?',
      ],
      result:
        'Drifting away from others showed up in your answers. Being cut off makes a bond tighter, and it can make leaving harder and riskier. Even one safe person can make a difference. If no one feels safe to tell, a support line can be that voice.',
      learnMore: ['common-signs', 'why-leaving-is-hard'],
    },
    {
      id: 'fear-of-leaving',
      name: 'Fear of leaving',
      description: 'Being afraid of what would happen if you left.',
      statements: [
        {
          id: 'fear-of-leaving-1',
          text: 'I am afraid of what they might do if I left.',
        },
        {
          id: 'fear-of-leaving-2',
          text: 'I worry that I could not cope without them, with money, a home or day-to-day life.',
        },
      ],
      reflections: [
        'What do you fear most: for your safety, about coping alone, or both?',
        'How well does this match your own sense of how much danger there is?',
      ],
      result:
        'Fear of leaving showed up in your answers. These fears often have real roots, and they deserve to be taken seriously. Leaving can raise the danger, so it helps to plan with someone trained. An advocate can talk it through with you, without judging you and without telling you what to do.',
      learnMore: ['why-leaving-is-hard'],
    },
    {
      id: 'withdrawal',
      name: 'Aching when you are apart',
      description: 'Feeling a strong pull, or distress, when you are apart.',
      statements: [
        {
          id: 'withdrawal-1',
          text: 'When we are apart or not talking, I feel a strong pull to reach out to them.',
        },
        {
          id: 'withdrawal-2',
          text: 'Time apart feels like an ache I cannot settle, even when I know they hurt me.',
        },
      ],
      reflections: ['When the pull is strongest, what helps you wait?'],
      result:
        'A strong pull when you are apart showed up in your answers. This is part of why the bond can feel like an addiction, and it can ease with time. You do not have to fight the feeling. You can let it be there, and wait before you act.',
      learnMore: ['like-an-addiction', 'after-leaving'],
    },
  ] satisfies SignList,
  results: {
    heading: 'Your reflections',
    intro: [
      'Here are the signs that showed up most in your answers. This is not a score, and it is not a verdict on you or your relationship. It is a mirror you can look into as much or as little as you like.',
      'Only you know your life. Take what fits, and leave what does not.',
    ],
    showedUpOften: 'Showed up often',
    showedUpSometimes: 'Showed up sometimes',
    reflectionsHeading: 'Questions to sit with',
    learnMoreLabel: 'Read more',
    noneShowedUp: [
      'None of these signs showed up strongly in your answers. That can be good to know. Still, if something in your relationship feels wrong, trust that feeling. A short list of statements cannot see everything.',
      'You can come back to this self-check at any time. A support line is there if you want to talk.',
    ],
    nothingAnswered: [
      'You skipped every statement. That is completely fine. You can come back whenever you like, or read about the signs instead.',
    ],
    notADiagnosis:
      'Steady is not a diagnosis, therapy or an emergency service. These reflections are Steady’s own, not a clinical test. If you are in danger now, call your local emergency number.',
    learnMore: {
      text: 'Read about trauma bonds and their signs',
      chapters: ['trauma-bond', 'common-signs'],
    },
    whatHelps: [
      { text: 'Talk to a support line about what you noticed', target: 'help' },
      { text: 'Keep a private record of what happens, in your own words', target: 'journal' },
      { text: 'If this brought up a lot, try a few slow breaths', target: 'calm' },
    ],
  },
};
