// Strings for the calm screen: paced breathing and grounding. Breathing is
// offered as a way to steady the body, not as a cure (content guide).
export const calmEn = {
  'calm.title': 'Calm your body',
  'calm.intro':
    'Two ways to steady your body when everything feels too much. They will not fix what is happening, and they are not therapy. They can help you get through the next few minutes.',
  'calm.views': 'Calm exercises',
  'calm.toBreathing': 'Breathing',
  'calm.toGrounding': 'Grounding',
  'calm.private': 'Nothing you do on this screen is saved.',

  'calm.breatheTitle': 'Paced breathing',
  'calm.breatheIntro':
    'Breathing in for about 4 seconds and out for about 6 gives roughly six breaths a minute. In studies, breathing near that pace lowered blood pressure and let the heart rate vary more from breath to breath (a sign of a calmer body); its effect on how stressed people felt was small. A longer breath out is a way to tell your body it can slow down.',
  'calm.settings': 'Your pace',
  'calm.inhale': 'Breathe in for',
  'calm.exhale': 'Breathe out for',
  'calm.seconds': { one: '{count} second', other: '{count} seconds' },
  'calm.length': 'Length',
  'calm.minutes': { one: '{count} minute', other: '{count} minutes' },
  'calm.perMinute': {
    one: 'About {count} breath a minute.',
    other: 'About {count} breaths a minute.',
  },
  'calm.vibrate': 'Vibrate gently when the breath changes',
  'calm.vibrateHint': 'Off unless you turn it on. Only on phones that can vibrate.',
  'calm.start': 'Start breathing',
  'calm.pause': 'Pause',
  'calm.resume': 'Carry on',
  'calm.stop': 'Stop',
  'calm.again': 'Breathe again',
  'calm.phase.in': 'Breathe in',
  'calm.phase.hold': 'Hold',
  'calm.phase.out': 'Breathe out',
  'calm.phase.holdOut': 'Rest',
  'calm.phaseCount': '{phase}… {number}',
  'calm.paused': 'Paused',
  'calm.breathOf': 'Breath {breath} of {total}',
  'calm.done':
    'That was the last breath. Take a moment to notice how your body feels now. You can breathe again whenever you like.',
  'calm.ready': 'Ready when you are.',

  'calm.groundTitle': 'Grounding',
  'calm.groundIntro':
    'Grounding brings your attention back to where you are, right now. The 5-4-3-2-1 exercise is widely used, though it has not been tested in a controlled trial; it is one option among several. Each takes under two minutes. Choose the one that feels right, or none.',
  'calm.ground.senses': '5-4-3-2-1: your senses',
  'calm.ground.sensesAbout': 'Notice things around you, one sense at a time.',
  'calm.ground.feet': 'Feet on the floor',
  'calm.ground.feetAbout': 'Feel the ground and something cool in your hand.',
  'calm.ground.categories': 'Name things in a category',
  'calm.ground.categoriesAbout': 'Give your mind a small, safe puzzle.',
  'calm.ground.counting': 'Slow counting',
  'calm.ground.countingAbout': 'Count slowly, with your breath.',
  'calm.ground.begin': 'Begin',
  'calm.ground.next': 'Next',
  'calm.ground.back': 'Back',
  'calm.ground.finish': 'Finish',
  'calm.ground.choose': 'Choose another',
  'calm.ground.step': 'Step {step} of {total}',
  'calm.ground.done':
    'You have finished. You are here, in this moment. If you still feel overwhelmed, you can try another exercise, or reach out to someone you trust or a support line.',

  'calm.senses.1': 'Look around. Name five things you can see: a colour, a shape, something small.',
  'calm.senses.2':
    'Notice four things you can feel: your clothes, the chair, the air on your skin.',
  'calm.senses.3': 'Listen for three things you can hear, near or far away.',
  'calm.senses.4': 'Find two things you can smell, or two smells you like.',
  'calm.senses.5': 'Notice one thing you can taste, or take a sip of water.',

  'calm.feet.1':
    'Put both feet flat on the floor. Press down a little and feel the ground hold you.',
  'calm.feet.2':
    'If you can, hold something cool: a glass of water, a key, a cold tap. Notice the temperature.',
  'calm.feet.3':
    'Say to yourself where you are and what day it is: “I am here, it is today, I am breathing.”',

  'calm.categories.1':
    'Pick a category: fruits, animals, cities, colours, songs. Anything neutral and ordinary.',
  'calm.categories.2': 'Name as many things in it as you can, slowly, in your head or out loud.',
  'calm.categories.3': 'When you run out, pick another category, or stop here.',

  'calm.counting.1': 'Breathe in and count slowly to four in your head.',
  'calm.counting.2': 'Breathe out and count slowly to six.',
  'calm.counting.3':
    'Do it five times. If you lose count, start again at one. There is no wrong way.',
} as const;
