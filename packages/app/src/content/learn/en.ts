// "Learn" chapters, English. Written for Steady in plain words (target:
// Flesch–Kincaid grade 8 or below). Facts and figures come only from
// /work/shared/content-guide.md. Spanish lives in es.ts and is written, not
// translated word for word.
import type { Chapter, ChapterList } from './types.ts';

export const chapters: Chapter[] = [
  {
    id: 'trauma-bond',
    topics: 'Topics: emotional abuse, fear, love for someone who hurts you',
    title: 'What a trauma bond is',
    summary:
      'A trauma bond is a strong tie to someone who hurts you. Here is how it forms, and why it says nothing bad about you.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'A tie made of hurt and care',
        paragraphs: [
          'A trauma bond is a deep tie to a person who hurts you. The hurt may be cruel words, threats, or control over your money, your time or your friends. It may be harm to your body. Between the bad times, the same person can be warm, funny and kind. The bond grows out of that mix of harm and care.',
          'People in this kind of bond often say things like “I know it’s bad, but I love them,” or “No one else gets us.” Both can feel true at once. You can know that someone hurts you and still long to be close to them. That does not make you weak or foolish. It is how a bond like this works.',
        ],
      },
      {
        heading: 'How it forms',
        paragraphs: [
          'When people are scared, they reach for comfort. Most of the time, they turn to the people closest to them. In a trauma bond, the person who causes the fear is also the one who offers the comfort. So the same person becomes both the danger and the relief.',
          'Each time a hard spell ends and they are kind again, your body feels a wave of relief. That relief is real, and it feels good. Over time, your mind links that person with feeling safe, even though they are also the reason you felt unsafe. Each round can make the tie a little stronger.',
          'Power plays a part too. If one person controls the money, the home, the friends or the rules, the other has less room to step back. The less power you have, the more you may need to keep the peace, and the tighter the bond can feel.',
        ],
      },
      {
        heading: 'It is not about being weak',
        paragraphs: [
          'A trauma bond can happen to anyone. It happens to clever people, strong people, people with good jobs, and people who have helped others leave. It can form with a partner, a parent, a boss, or the leader of a group. It is not about who you are. It is about what has been done to you, and how people cope with fear.',
          'You may feel shame that you stay, or that you went back. Many people do. That shame is not yours to carry. It belongs to the choices of the person who caused the harm.',
        ],
      },
      {
        heading: 'What Steady is, and what it is not',
        paragraphs: [
          'Steady can help you name the pattern and see it in your own life. It is not a diagnosis, and it is not therapy. It is not an emergency service. If you are in danger now, call your local emergency number. The Help screen lists support lines, where a trained person can listen and talk through your choices with you.',
          'You know your own life best. Take what fits here, and leave what does not. You can stop reading at any time and come back later.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Try the self-check to see which signs show up in your life', target: 'selfcheck' },
      {
        text: 'Write down what happens, so your own words are there when memory blurs',
        target: 'journal',
      },
      { text: 'Find a support line and talk to someone trained', target: 'help' },
    ],
  },
  {
    id: 'the-cycle',
    topics: 'Topics: the pattern of abuse, fear, making up after harm',
    title: 'The cycle: tension, harm, repair, calm',
    summary:
      'Abuse often moves in a loop. Knowing the stages can help you see what is going on, and why the good times pull you back.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'A loop, not a one-off',
        paragraphs: [
          'Abuse often comes and goes in a pattern. Stress builds, something harmful happens, there is a making-up, and then a calm spell. Then it starts again. Not every relationship follows the loop in the same way. Each stage can be long or short. But many people find the shape familiar once they see it written down.',
        ],
      },
      {
        heading: 'Tension',
        paragraphs: [
          'Tension builds. You may feel like you are walking on eggshells. Small things seem to set them off. You watch their face, their tone, the way they shut a door. You work hard to keep things calm. You change what you say, what you cook, who you text. Often nothing you do is enough, because the tension was never about you.',
        ],
      },
      {
        heading: 'Harm',
        paragraphs: [
          'Then something happens. It might be shouting, insults or threats. It might be breaking things, taking your money, or cutting you off from friends. It might be forced sex, or hurting your body. It might be a cold silence that lasts for days. Whatever form it takes, it is harm, and it is not your fault.',
        ],
      },
      {
        heading: 'Repair',
        paragraphs: [
          'After the harm, things change. They may say sorry, cry, bring gifts or promise to get help. They may blame stress, drink, work or you. Some people never say sorry. They act as if nothing happened, and you feel you must go along with it. Either way, the warmth you missed comes back. This stage can feel like the start of the relationship all over again.',
        ],
      },
      {
        heading: 'Calm',
        paragraphs: [
          'For a while, life seems almost normal. You may think the worst is over, or that last time was the last time. You hold on to this side of them. It is often the person you fell for. Then, slowly, the tension starts to build again.',
        ],
      },
      {
        heading: 'How relief binds you',
        paragraphs: [
          'Here is the hard part. The relief you feel in the repair and calm stages is strong. It comes right after fear, so it feels bigger than plain kindness would. Your body learns that this person brings both the storm and the shelter. So each loop can deepen the bond instead of loosening it.',
          'Over time, the loop can speed up, and the harm can get worse. The calm spells may get shorter, or stop. If you notice this, it matters. It can be a sign that the danger is growing. An advocate at a support line can help you think it through. They will not judge you or tell you what you must do.',
        ],
      },
      {
        heading: 'Seeing the loop in your own life',
        paragraphs: [
          'When you are inside the loop, it is hard to see. Memories of the calm can push out memories of the harm. Writing down what happens, with the date and the stage, can help. Over a few weeks, your notes may show the shape of the loop, and whether it is getting faster or worse.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Keep a private record of what happens, marked with the stage of the cycle',
        target: 'journal',
      },
      {
        text: 'Talk to an advocate if the harm is getting worse or happening more often',
        target: 'help',
      },
      { text: 'Try slow breathing when you feel the tension building', target: 'calm' },
    ],
  },
  {
    id: 'like-an-addiction',
    topics: 'Topics: the pull of the bond, craving, what research found',
    title: 'Why it can feel like an addiction',
    summary:
      'The pull toward someone who hurts you can feel like a craving. Here is why, in plain words, and what one study found.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'When love feels like a craving',
        paragraphs: [
          'Many people say their bond feels like an addiction. They think about the person all the time. They feel a rush when a message comes in, and feel sick and restless when it does not. They go back even after promising themselves they won’t. If this sounds like you, there is a reason for it.',
        ],
      },
      {
        heading: 'Rewards that come and go',
        paragraphs: [
          'Think about a slot machine. Most of the time you lose. Now and then you win. You never know when the next win will come, so you keep pulling the lever. Experts call this “intermittent reinforcement.” In plain words, it means rewards that turn up at random times. It is a powerful way to build a habit that is hard to break.',
          'A trauma bond works in a similar way. Kindness, warmth and care show up, then vanish, then show up again. You can’t tell when. So you keep hoping, keep trying, and keep waiting for the good side of them to come back. When it does, the relief is huge. That is the win that keeps you at the machine.',
          'If the person were cruel all the time, it might be easier to leave. It is the mix of good and bad, and not knowing which one is coming, that makes the tie so strong.',
        ],
      },
      {
        heading: 'Relief after fear',
        paragraphs: [
          'Fear and relief make a strong pair. When you are scared, your body is on high alert. Your heart races and your thoughts spin. When the threat passes and the person is kind again, your body floods with relief. Your mind starts to link that person with the end of fear, even though they started it.',
        ],
      },
      {
        heading: 'What one study found',
        paragraphs: [
          'In 1993, two researchers, Dutton and Painter, followed 75 women who had just left an abusive partner. Over six months, the women’s tie to their ex did not go away. But it did get weaker, by about a quarter. Two things were linked to how strong the tie was. One was the on-and-off pattern of the abuse. The other was how much more power the partner had.',
          'This tells us two things. First, the pull is not a sign of weakness, and it is not proof of a love you must follow. It is linked to the pattern of abuse itself. Second, the pull can fade. It may not fade fast, and it may not fade in a straight line. But it can get weaker with time and distance.',
        ],
      },
      {
        heading: 'What this means for you',
        paragraphs: [
          'If you crave contact, check their profile, or replay their words in your head, you are not broken. Your mind and body are doing what they were trained to do. Habits can be trained in a new way, too. Each time you notice the pull and let it pass without acting on it, the loop loses a little of its hold.',
          'You don’t have to fight the feeling. You can let it be there and still choose what you do next. Steady has tools for that moment, when you want them.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Use the 24-hour hold when you feel the pull to make contact', target: 'urges' },
      { text: 'Slow your breathing to steady your body when a craving hits', target: 'calm' },
      {
        text: 'Read your own notes about what happened, to balance the good memories',
        target: 'journal',
      },
    ],
  },
  {
    id: 'common-signs',
    topics: 'Topics: signs of a trauma bond, self-blame, being cut off, fear',
    title: 'Signs you may notice',
    summary:
      'Seven common signs of a trauma bond, in plain words. Seeing yourself in one or more is not a diagnosis. It is something to notice.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Signs, not a test',
        paragraphs: [
          'Below are seven signs that often show up in a trauma bond. You may see yourself in many of them, or in none. Some may fit one month and not the next. This list is not a diagnosis. Only you know your life, and a trained person can help you make sense of it.',
        ],
      },
      {
        heading: 'Going back after harm',
        paragraphs: [
          'You leave, or decide to leave, and then you return. Or you stay after something you once said you would never accept. Each time, there is a reason that makes sense in the moment. Going back is very common. It does not mean you wanted the harm.',
        ],
      },
      {
        heading: 'Making it smaller',
        paragraphs: [
          'You tell yourself it was not that bad. Others have it worse. They didn’t mean it. They were stressed, or drunk, or tired. Making the harm seem smaller can help you get through the day. But it can also hide how serious things are.',
        ],
      },
      {
        heading: 'Keeping the good, losing the bad',
        paragraphs: [
          'When you think of them, the sweet times come to mind first. The hard times feel blurry, far away, or like you made them up. This is sometimes called selective memory. It is partly how the mind protects itself. It can also pull you back toward someone who hurts you.',
        ],
      },
      {
        heading: 'Carrying their moods',
        paragraphs: [
          'You watch their mood all the time. You plan what to say and do to keep them calm. When they are upset, you feel it is your job to fix it, or your fault. Over time, their feelings can take up so much room that there is little left for yours.',
        ],
      },
      {
        heading: 'Drifting away from others',
        paragraphs: [
          'You see friends and family less than you used to. Maybe they made it hard for you. Maybe it just felt easier than dealing with what came after. You may keep parts of your life secret, out of fear of being judged, or because telling feels risky. Being cut off makes the bond tighter, because they become the main person you have.',
        ],
      },
      {
        heading: 'Fear of leaving',
        paragraphs: [
          'You are scared of what might happen if you leave. You may fear their anger, for yourself, your children or your pets. You may fear being alone, or having no money or no home. These fears often have real roots. They deserve to be taken seriously, and talked through with someone trained.',
        ],
      },
      {
        heading: 'Aching when you are apart',
        paragraphs: [
          'When you are apart, or they stop talking to you, you feel restless, sick, empty or panicked. You may check your phone again and again. Contact, even bad contact, brings relief. This is part of why the bond can feel like an addiction.',
        ],
      },
      {
        heading: 'If you see yourself here',
        paragraphs: [
          'Noticing these signs can stir up grief, anger or shame. All of that is normal. You don’t need to decide anything today. The self-check in Steady can help you reflect on which signs show up most for you. It is a mirror, not a test or a verdict.',
          'Steady is not a diagnosis or therapy, and it is not an emergency service. If you want to talk it through, a support line can help.',
        ],
      },
    ],
    whatHelps: [
      {
        text: 'Take the self-check to reflect on these signs in your own life',
        target: 'selfcheck',
      },
      {
        text: 'Write down what happened, in your own words, before the memory softens',
        target: 'journal',
      },
      { text: 'Talk to a support line about what you have noticed', target: 'help' },
    ],
  },
  {
    id: 'why-leaving-is-hard',
    topics: 'Topics: leaving, safety, danger, control',
    title: 'Why leaving is hard, and can be risky',
    summary:
      'Leaving is rarely one simple step, and it can raise the danger. Here is why, and how an advocate can help you plan.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'Not “why don’t you just leave?”',
        paragraphs: [
          'From the outside, leaving can look simple. It rarely is. There may be love, hope, fear, children, money, a shared home, family pressure, faith or visa status in the mix. There may be threats. Many people leave and return more than once. Each try can teach you something. None of it is failure.',
        ],
      },
      {
        heading: 'The bond itself holds you',
        paragraphs: [
          'Everything in the other chapters makes leaving harder. The relief after fear, the rewards that come and go, the memories that favour the good times, and the fear of being alone all pull the same way. Leaving can feel like losing a part of yourself.',
        ],
      },
      {
        heading: 'Walls you can touch',
        paragraphs: [
          'Leaving often takes money, a place to stay, and people to lean on. If the other person controls the money, has cut you off from friends, or keeps your papers, those walls are higher. They may also watch your phone, where you go, or your accounts. None of this is your fault. It is part of how control works.',
        ],
      },
      {
        heading: 'Leaving can raise the danger',
        paragraphs: [
          'This matters. For some people, the time around leaving, and the weeks after it, is when the danger is highest. A person who feels they are losing control may try to get it back, sometimes with more force. That does not mean you should stay. It means that leaving tends to be safer with a plan, and with someone trained on your side.',
          'If the harm is getting worse, if there have been threats, or if you fear for your life, please talk to an advocate. Steady’s safety plan has prompts to help you have that talk. They are not a score or a verdict. How well do they match your own sense of danger? Your gut feeling counts.',
        ],
      },
      {
        heading: 'What an advocate does',
        paragraphs: [
          'An advocate is a trained person at a domestic abuse service. They listen without judging. They know local options, such as shelters, legal help and ways to stay safer. They can help you make a plan that fits your life, whether you want to leave now, later, or not at all. Talking to one does not tie you to anything. Many support lines are free and open at all hours. You can ask what they keep private before you share.',
        ],
      },
      {
        heading: 'Planning quietly',
        paragraphs: [
          'Steady’s safety plan walks you through steps you can take slowly and quietly: trusted people, papers, money, phone safety, children and pets. You choose what to fill in, and when. If someone may check your phone, think about when and where it is safe to use it. The quick exit is always one tap away.',
          'Steady is not an emergency service. If you are in danger right now, call your local emergency number.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Start a private safety plan, one step at a time', target: 'plan' },
      { text: 'Call or text a support line to talk to an advocate', target: 'help' },
      {
        text: 'Keep a dated record of what happens; it can help an advocate understand',
        target: 'journal',
      },
    ],
  },
  {
    id: 'after-leaving',
    topics: 'Topics: missing them, going back, grief, healing',
    title: 'After leaving: missing them, and the pull to go back',
    summary:
      'Missing someone who hurt you is normal. This chapter is about the urge to go back, and how to measure healing by what keeps you safe.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'The crash after leaving',
        paragraphs: [
          'Leaving can bring relief. It can also bring a crash. Many people feel empty, scared, lonely or numb in the days and weeks after. Sleep and appetite can go off track. You may feel worse before you feel better. This does not prove you made a mistake. It is what happens when a strong bond is pulled apart.',
        ],
      },
      {
        heading: 'Missing them is normal',
        paragraphs: [
          'You may miss them terribly. You may miss the good times, the plans you made, and the person you hoped they would become. You can miss someone and still know that being with them was not safe. Both can be true. Grief for what you hoped for is real grief.',
        ],
      },
      {
        heading: 'The urge to go back',
        paragraphs: [
          'The urge to call, to text, to check their profile, or to go back can be very strong. It often comes in waves. It may hit at night, on special dates, when you are tired, or when they reach out. In the study by Dutton and Painter, the tie was still there six months after leaving, but it was about a quarter weaker. So the pull often lasts a while, and it can ease.',
          'You don’t have to make the urge go away. You can let it rise, and wait. One way is to put off any contact for 24 hours. The urge is allowed; the action waits. Often, by the end of the wait, the wave has passed. If it has not, you can choose to wait again.',
          'It helps to plan ahead with an “if, then” plan. For example: “If I want to message them, then I will text my sister first.” A review of 94 tests found that plans like this help people reach their goals. Write yours down while you are calm, so it is ready when the wave comes.',
        ],
      },
      {
        heading: 'If you went back',
        paragraphs: [
          'If you went back, or made contact, you have not failed. Many people return more than once. What matters most is your safety now. Your plan, your notes and your support are still there for you. Whatever you decide next, you deserve support.',
        ],
      },
      {
        heading: 'Measure healing by what protects you',
        paragraphs: [
          'It is easy to judge your progress by your feelings: “I still miss them, so I’m not over it.” But feelings change slowly. A better measure is what you do to protect yourself. Did you wait out an urge today? Did you see a friend? Did you sleep, eat, or go for a walk? Did you keep a limit you set? Those are real steps, even on days you feel awful.',
          'Healing does not go in a straight line. There will be good weeks and bad days. Looking back over months, you may find the bond has lost some of its grip, even if you could not feel it from day to day.',
        ],
      },
      {
        heading: 'Looking after your body',
        paragraphs: [
          'A body that lived with fear for a long time can stay on alert. Slow breathing, with a longer breath out than in, can help steady it. Grounding, like naming things you can see and hear around you, is another option. These are not cures. But they can take the edge off a hard moment.',
          'Steady is not therapy. If you want help working through what happened, a counsellor who knows about abuse can help, and a support line can point you to one.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Start a 24-hour hold when you want to make contact', target: 'urges' },
      { text: 'Try paced breathing or grounding when a wave hits', target: 'calm' },
      {
        text: 'Pin your own words about what happened, to read when you miss them',
        target: 'journal',
      },
      { text: 'Find a support line or a counsellor near you', target: 'help' },
    ],
  },
  {
    id: 'helping-a-friend',
    topics: 'Topics: supporting someone, listening, safety',
    title: 'When someone you care about is in a trauma bond',
    summary:
      'How to support a friend or family member without pushing them away. Listening often helps more than advice.',
    readingMinutes: 3,
    sections: [
      {
        heading: 'It is hard to watch',
        paragraphs: [
          'Watching someone you love get hurt is painful. You may feel angry, scared or helpless. You may want to shake them and say “just leave.” That urge makes sense. But pressure often pushes people closer to the one who hurts them. It can feel like one more person telling them what to do.',
        ],
      },
      {
        heading: 'What tends to help',
        paragraphs: [
          'Listen more than you talk. Believe what they tell you. Let them know it is not their fault, and that you will be there either way. Say what you see, gently and without labels: “I noticed you seem scared when your phone rings.” Ask what they need, rather than deciding for them.',
          'Stay in touch, even if they pull away or go back. Being cut off is one of the ways the bond holds. Being a steady, safe person in their life can matter more than any advice.',
        ],
      },
      {
        heading: 'Words that can help',
        paragraphs: [
          'It can be hard to know what to say. Simple words often work best: “I believe you.” “This is not your fault.” “You don’t deserve to be treated like that.” “I’m here, whatever you decide.” You don’t need the perfect line. Showing up again and again says more than any speech.',
          'If they are not ready to talk, that is okay. Let them know the door is open. You might say, “If you ever want to talk, I’ll listen, and I won’t push.” Then keep that promise.',
        ],
      },
      {
        heading: 'What tends to hurt',
        paragraphs: [
          'Ultimatums, such as “If you go back, I’m done with you,” can leave them more alone. So can harsh attacks on the other person, because your friend may feel they have to defend them. Try not to judge them for going back. Many people leave more than once before it lasts.',
        ],
      },
      {
        heading: 'Safety comes first',
        paragraphs: [
          'If you reach out, be careful how. The other person may read their messages or check their phone. Ask your friend what is safe: when to call, what to write, and what not to mention. Don’t confront the person who hurts them. That can raise the danger for your friend. If they ask you to keep something for them, such as copies of papers or a spare bag, keep it somewhere private.',
          'You can call a support line yourself. Many lines also talk with worried friends and family, and can help you think about how to help. If your friend is in danger right now, call your local emergency number.',
        ],
      },
      {
        heading: 'Look after yourself too',
        paragraphs: [
          'Supporting someone through this can take a long time. It is okay to have limits. Lean on your own people, and take breaks. Your care matters, even when you can’t see it working.',
        ],
      },
    ],
    whatHelps: [
      { text: 'Find a support line to ask how best to help', target: 'help' },
      {
        text: 'Offer to be a trusted person in their safety plan, if they want one',
        target: 'plan',
      },
      { text: 'Calm your own stress with a short breathing exercise', target: 'calm' },
    ],
  },
] satisfies ChapterList;
