// Strings for the calm screen: paced breathing and grounding. Breathing is
// offered as a way to steady the body, not as a cure (content guide).
export const calmEn = {
  'calm.title': 'Calm your body',
  'calm.intro':
    'Short ways to steady yourself when everything feels too much. They will not fix what is happening, and they are not therapy. They can help you get through the next few minutes.',
  'calm.views': 'Calm exercises',
  'calm.toNow': 'Right now',
  'calm.toBreathing': 'Breathing',
  'calm.toGrounding': 'Grounding',
  'calm.private':
    'The exercises save nothing. Your own list is kept locked with the rest of your records.',

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

  'calm.nowTitle': 'What is happening now?',
  'calm.nowIntro': 'Choose what fits best, and you will see a few things to try.',
  'calm.moments': 'What is happening now',
  'calm.moment.sleep': 'I can’t sleep',
  'calm.moment.panic': 'I’m panicking',
  'calm.moment.numb': 'I feel numb or far away',
  'calm.moment.thinking': 'I can’t stop thinking about them',
  'calm.moment.angry': 'I’m angry',
  'calm.tryTitle': 'Things to try',
  'calm.tryBreathing': 'Paced breathing',
  'calm.tryBreathingAbout': 'A slow breath out, at a pace you choose.',
  'calm.tryOwn': 'Or something from your own list, below.',

  'calm.ex.release': 'Let your muscles go',
  'calm.ex.releaseAbout': 'Tighten, then let go, a little at a time.',
  'calm.release.1':
    'Sit or lie down. Make fists with both hands and squeeze gently while you count to five.',
  'calm.release.2': 'Let go all at once. Notice how your hands feel now, heavy or warm.',
  'calm.release.3': 'Lift your shoulders up to your ears, hold for five, and let them drop.',
  'calm.release.4': 'Scrunch your face, hold for five, and let it go soft.',
  'calm.release.5':
    'Press your feet into the floor or the bed, hold for five, and let them rest. Stay like this for a few breaths.',

  'calm.ex.place': 'A calm place',
  'calm.ex.placeAbout': 'Picture somewhere you feel at ease.',
  'calm.place.1':
    'Think of a place where you feel calm. It can be real or made up: a beach, a kitchen, a park.',
  'calm.place.2': 'Look around it in your mind. What colours do you see? Where is the light?',
  'calm.place.3': 'What can you hear there? What does the air feel like on your skin?',
  'calm.place.4':
    'Stay there for a few breaths. You can come back to this place whenever you need it.',

  'calm.ex.kindness': 'A kind pause',
  'calm.ex.kindnessAbout': 'Speak to yourself as you would to a friend.',
  'calm.kindness.1':
    'If it feels right, put a hand on your chest or your cheek. Notice its warmth.',
  'calm.kindness.2': 'Say to yourself: “This is really hard right now.”',
  'calm.kindness.3':
    'Remind yourself: “Many people have felt this. I am not alone in it, and it is not my fault.”',
  'calm.kindness.4':
    'Ask yourself what a good friend would say to you now, and say it to yourself, slowly.',

  'calm.ex.reasons': 'My reasons',
  'calm.ex.reasonsAbout': 'Come back to why you chose some distance.',
  'calm.reasons.1':
    'Your mind may be showing you the good moments. They were real, and so was the rest.',
  'calm.reasons.2':
    'Think of one time that hurt you. You do not need to go into detail; just name it to yourself.',
  'calm.reasons.3':
    'Say one reason you chose to step back, in your own words. Add it to your list below if you like.',
  'calm.reasons.4':
    'Your own reminders are in Staying gone, too. Thoughts about them come and go, like waves.',

  'calm.ex.shake': 'Let it move',
  'calm.ex.shakeAbout': 'Give a strong feeling somewhere to go.',
  'calm.shake.1':
    'Stand up if you can. Press both palms against a wall and push hard for a count of five.',
  'calm.shake.2': 'Let go, and shake out your hands and arms for a few seconds.',
  'calm.shake.3': 'Breathe out slowly, longer than you breathe in, three times.',
  'calm.shake.4':
    'Name the feeling to yourself: “I am angry.” It is allowed. You do not have to act on it now.',

  'calm.ownTitle': 'Your own list',
  'calm.ownIntro':
    'What has helped you before, in your own words: a song, a person, a place, a smell.',
  'calm.ownEmpty': 'Nothing on your list yet.',
  'calm.ownLocked': 'Your own list shows here once you unlock.',
  'calm.ownLabel': 'Something that helps me',
  'calm.ownAdd': 'Add to my list',
  'calm.ownRemove': 'Remove',
  'calm.ownRemoveOne': 'Remove “{text}”',
  'calm.ownAdded': 'Added to your list.',
  'calm.ownRemoved': 'Removed from your list.',
  'calm.ownEmptyText': 'Write a few words first.',
  'calm.ownFull': {
    one: 'Your list is full ({count} line). Remove one to add another.',
    other: 'Your list is full ({count} lines). Remove one to add another.',
  },
  'calm.ownFailed': 'That could not be saved just now. What you wrote is still here; try again.',
} as const;
