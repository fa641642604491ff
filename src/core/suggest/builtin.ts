/**
 * The built-in reply suggestions: three short replies from templates, chosen for the kind of comment
 * and for what Rapport knows about its author. They work offline and instantly, so the user always
 * has something to start from, and they are the fallback when a model does not answer.
 *
 * The templates are English. A comment in another language still gets English suggestions: the
 * classifier reads eight languages, but a reply template written by us in a language we cannot
 * check would be worse than one the user translates or rewrites.
 */
import type { CommentKind } from '../classify';
import type { Intent, Length, SuggestContext, Suggestion, Tone } from './types';
import { bounded, fillTemplate, stableHash, topicOf, variablesOf } from './variables';

/**
 * One intent's wording per tone. `short` is a whole reply (at most 120 characters once filled);
 * a medium reply is a short one followed by one of `more` (at most 280 together), so every short
 * wording has its longer form without being written twice. `…` is the blank the user fills in.
 * Emoji: none in brief or professional wordings, at most one in a warm or playful `short`, none in
 * `more`, so a reply never carries two.
 */
type Wording = Record<Tone, { short: readonly string[]; more: readonly string[] }>;

type Offer = readonly [Intent, Wording];

/** For a first-time commenter, whatever the kind of comment. */
const WELCOME: Wording = {
  warm: {
    short: ['Welcome, {first_name}! So glad you’re here 👋', 'Welcome, {first_name}, and thanks for your first comment here!'],
    more: ['Looking forward to hearing more from you.', 'It’s great to have you in the conversation.'],
  },
  brief: { short: ['Welcome, {first_name}!', 'Welcome aboard, {first_name}.'], more: ['Glad you’re here.', 'Thanks for commenting.'] },
  professional: {
    short: ['Welcome, {first_name}, and thank you for your comment.', 'Welcome, {first_name}. Thank you for joining the conversation.'],
    more: ['I look forward to hearing more from you.', 'It is good to have you here.'],
  },
  playful: {
    short: ['Welcome to the comments, {first_name}! 🎉', 'A new face! Welcome, {first_name}!'],
    more: ['The snacks are virtual but the chat is real.', 'Make yourself at home.'],
  },
};

/** For someone you know. A wording with `{topic}` is used exactly when the last topic is known. */
const KEEP_IN_TOUCH: Wording = {
  warm: {
    short: ['Great to hear from you, {first_name}! Let’s catch up soon.', 'So good to hear from you, {first_name}! How have you been?', 'Lovely to hear from you, {first_name}! Any news since we talked about {topic}?'],
    more: ['Would love to hear what you’re working on these days.', 'Let’s not leave it so long next time.'],
  },
  brief: {
    short: ['Good to hear from you, {first_name}. Let’s catch up.', 'Good to hear from you, {first_name}. Any news on {topic}?'],
    more: ['Talk soon.', 'My messages are open.'],
  },
  professional: {
    short: ['Good to hear from you, {first_name}. Let us stay in touch.', 'Good to hear from you, {first_name}. How is {topic} going?'],
    more: ['Feel free to reach out any time.', 'I would be glad to continue the conversation.'],
  },
  playful: {
    short: ['{first_name}! Always a treat. We should catch up soon ☕', 'Hey {first_name}! Still thinking about our chat on {topic}?'],
    more: ['Coffee’s on me (virtually).', 'I want the full update.'],
  },
};

/** For an open promise in the notes; `{promise}` reads after "I": "promised to send you the slides". */
const PROMISE_FOLLOW_UP: Wording = {
  warm: {
    short: ['Thanks, {first_name}! And I haven’t forgotten that I {promise}.', '{first_name}, I haven’t forgotten that I {promise}!'],
    more: ['It’s on my list and coming your way soon.', 'Thanks for your patience on that one.'],
  },
  brief: { short: ['Haven’t forgotten: I {promise}.', '{first_name}, still on my list: I {promise}.'], more: ['Soon.', 'Thanks for waiting.'] },
  professional: {
    short: ['Thank you, {first_name}. I have not forgotten that I {promise}.', '{first_name}, a note that I have not forgotten: I {promise}.'],
    more: ['I will follow up on that shortly.', 'Thank you for your patience.'],
  },
  playful: {
    short: ['Don’t worry, {first_name}, I haven’t forgotten that I {promise}!', 'Plot twist, {first_name}: I remember that I {promise}.'],
    more: ['It’s coming, I promise (again).', 'Future me is on it.'],
  },
};

/** The replies offered per kind of comment, most useful first. */
const TEMPLATES: Record<CommentKind, readonly Offer[]> = {
  question: [
    ['answer', {
      warm: {
        short: ['Good question, {first_name}! …', 'Great question, {first_name}, here’s what I’d say: …'],
        more: ['Hope that helps, and tell me if anything is unclear.', 'If that doesn’t quite answer it, let me know and I’ll dig in further.'],
      },
      brief: { short: ['Good question, {first_name}. …', 'Short answer, {first_name}: …'], more: ['Happy to expand if useful.', 'More detail if you need it.'] },
      professional: {
        short: ['Thank you for the question, {first_name}. …', 'Good question, {first_name}. In short: …'],
        more: ['I hope this helps; please let me know if you would like more detail.', 'If anything remains unclear, I am happy to elaborate.'],
      },
      playful: {
        short: ['Ooh, good one, {first_name}! …', 'Ask and you shall receive, {first_name}! … 🙌'],
        more: ['Hope that clears it up. If not, I’ll try again with diagrams.', 'Shout if you want the extended director’s cut.'],
      },
    }],
    ['ask-back', {
      warm: {
        short: ['Thanks for asking, {first_name}! Could you tell me a bit more about what you’re trying to do?', 'Happy to help, {first_name}! What have you tried so far?'],
        more: ['That way I can give you an answer that actually fits.', 'A little more context will help me point you in the right direction.'],
      },
      brief: { short: ['Could you say a bit more about what you need, {first_name}?', 'What have you tried so far, {first_name}?'], more: ['Then I can answer properly.', 'Happy to help once I know.'] },
      professional: {
        short: ['Thank you, {first_name}. Could you share a little more context so I can answer accurately?', 'Happy to help, {first_name}. Could you clarify what you are looking for?'],
        more: ['With that, I can give you a more useful answer.', 'A few details will help me point you in the right direction.'],
      },
      playful: {
        short: ['Happy to help, {first_name}! Give me a bit more to go on? 🔍', 'Ooh, tell me more, {first_name}: what are you working with?'],
        more: ['The more clues, the better the answer.', 'Then you get a proper answer instead of a wild guess.'],
      },
    }],
    ['thank', {
      warm: {
        short: ['Thanks so much for asking, {first_name}!', 'Love this question, {first_name}, thank you for asking! 💛'],
        more: ['Questions like yours help me figure out what to cover next.', 'It’s the kind of question I hope more people ask.'],
      },
      brief: { short: ['Thanks for asking, {first_name}.', 'Thanks for the question, {first_name}.'], more: ['Good one.', 'Worth thinking about.'] },
      professional: {
        short: ['Thank you for your question, {first_name}.', 'Thank you for raising this, {first_name}.'],
        more: ['It is a useful one, and I appreciate you asking.', 'Questions like this help me improve what I share.'],
      },
      playful: {
        short: ['Thanks for asking, {first_name}! You’ve got my brain going now 🧠', 'Ooh, thanks for the question, {first_name}!'],
        more: ['I may turn this one into a whole post.', 'Best question I’ve had all week, honestly.'],
      },
    }],
  ],
  praise: [
    ['thank', {
      warm: {
        short: ['Thank you so much, {first_name}! This made my day 💛', 'That means a lot, {first_name}, thank you!'],
        more: ['I really appreciate you taking the time to say so.', 'Comments like yours are why I keep sharing.'],
      },
      brief: { short: ['Thanks, {first_name}!', 'Much appreciated, {first_name}.'], more: ['Glad it was useful.', 'Means a lot.'] },
      professional: {
        short: ['Thank you, {first_name}. I appreciate the kind words.', 'Thank you for the kind words, {first_name}.'],
        more: ['I am glad you found it valuable.', 'It is good to know it was useful.'],
      },
      playful: {
        short: ['Stop it, {first_name}, I’m blushing! Thank you 😄', '{first_name}, you just made my whole week. Thank you!'],
        more: ['Framing this comment and putting it on the fridge.', 'Consider this comment officially treasured.'],
      },
    }],
    ['invite-more', {
      warm: {
        short: ['So glad you liked it, {first_name}! Which part resonated most?', 'Thank you, {first_name}! What would you like to see next?'],
        more: ['I’d love to know, it helps me decide what to share next.', 'Always happy to hear what’s useful to you.'],
      },
      brief: { short: ['Glad you liked it, {first_name}. What stood out?', 'Thanks, {first_name}. What should I cover next?'], more: ['Always open to ideas.', 'Curious what landed.'] },
      professional: {
        short: ['Thank you, {first_name}. Which part was most useful to you?', 'I appreciate it, {first_name}. Is there a topic you would like me to cover next?'],
        more: ['Your input helps shape what I share next.', 'I would welcome any suggestions.'],
      },
      playful: {
        short: ['Yay, glad you liked it, {first_name}! Which bit was your favourite? 👀', 'Thanks, {first_name}! Now tell me: what should I make next?'],
        more: ['Requests are open and the suggestion box is hungry.', 'Your pick might be next.'],
      },
    }],
    ['keep-in-touch', KEEP_IN_TOUCH],
  ],
  concern: [
    ['acknowledge', {
      warm: {
        short: ['Thanks for telling me, {first_name}, and I’m sorry about that.', 'I hear you, {first_name}. Thanks for raising it.'],
        more: ['I really appreciate you flagging it instead of scrolling past.', 'Feedback like this helps, even when it’s not fun to hear.'],
      },
      brief: { short: ['Thanks for flagging this, {first_name}.', 'Fair point, {first_name}. Noted.'], more: ['Appreciated.', 'Sorry for the trouble.'] },
      professional: {
        short: ['Thank you for raising this, {first_name}. I understand the concern.', 'Thank you for flagging this, {first_name}, and I apologise for the trouble.'],
        more: ['I appreciate you taking the time to point it out.', 'Feedback like this helps me get things right.'],
      },
      playful: {
        short: ['Oof, sorry about that, {first_name}! Thanks for the heads-up.', 'Yikes, thanks for catching that, {first_name}!'],
        more: ['Not the experience I want anyone to have.', 'Consider it on my radar now.'],
      },
    }],
    ['follow-up', {
      warm: {
        short: ['Thanks, {first_name}. I’ll look into this and get back to you.', 'I’m sorry about this, {first_name}. Let me look into it and follow up here.'],
        more: ['I want to make sure it gets sorted properly.', 'I’ll reply here once I know more.'],
      },
      brief: { short: ['I’ll look into it, {first_name}, and follow up.', 'Noted, {first_name}. I’ll check and get back to you.'], more: ['Thanks for the patience.', 'Will update here.'] },
      professional: {
        short: ['Thank you, {first_name}. I will look into this and follow up with you.', 'Thank you for reporting this, {first_name}. I will investigate and get back to you.'],
        more: ['I appreciate your patience in the meantime.', 'I will update this thread once I know more.'],
      },
      playful: {
        short: ['Thanks, {first_name}! Putting my detective hat on for this one 🔍', 'Thanks, {first_name}! Adding this to my to-fix list.'],
        more: ['Stay tuned for the update.', 'I’ll report back with what I find.'],
      },
    }],
    ['ask-back', {
      warm: {
        short: ['Sorry about that, {first_name}. Could you tell me a bit more about what happened?', 'Thanks for flagging it, {first_name}. What were you seeing exactly?'],
        more: ['The details will help me figure out what went wrong.', 'Any detail helps me get to the bottom of it.'],
      },
      brief: { short: ['Sorry, {first_name}. What exactly happened?', 'Could you share details, {first_name}?'], more: ['That’ll help me look into it.', 'Screenshots welcome.'] },
      professional: {
        short: ['Thank you, {first_name}. Could you share more details about the issue?', 'Thank you for raising this, {first_name}. Could you describe what you experienced?'],
        more: ['That will help me look into it properly.', 'Any specifics would be appreciated.'],
      },
      playful: {
        short: ['Oh no, {first_name}! Can you walk me through what happened?', 'Hmm, that’s not right, {first_name}. Got any details for me? 🔍'],
        more: ['Every clue helps.', 'The more details, the sooner I can sort it out.'],
      },
    }],
  ],
  feedback: [
    ['invite-more', {
      warm: {
        short: ['Thanks for the idea, {first_name}! I’d love to hear more if you have other thoughts.', 'Love this suggestion, {first_name}, thank you! Anything else you’d add?'],
        more: ['Ideas like this really help shape what I do next.', 'It’s really helpful to hear what would make things better for you.'],
      },
      brief: { short: ['Thanks for the idea, {first_name}. Any others?', 'Good suggestion, {first_name}. What else would help?'], more: ['All ideas welcome.', 'Keep them coming.'] },
      professional: {
        short: ['Thank you for the suggestion, {first_name}. I would welcome any further thoughts.', 'Thank you, {first_name}, this is helpful input. Is there anything else you would suggest?'],
        more: ['Feedback like this helps me improve.', 'I appreciate you taking the time to share it.'],
      },
      playful: {
        short: ['Ooh, I like where your head’s at, {first_name}! Got more ideas? 💡', 'Thanks, {first_name}! The suggestion box is officially open.'],
        more: ['I’m taking notes.', 'Keep them coming, I’m all ears.'],
      },
    }],
    ['acknowledge', {
      warm: {
        short: ['That’s a really good point, {first_name}, thanks.', 'Thanks, {first_name}, I hadn’t thought of it that way.'],
        more: ['I appreciate you sharing it.', 'It’s given me something to think about.'],
      },
      brief: { short: ['Good point, {first_name}.', 'Fair suggestion, {first_name}. Noted.'], more: ['Thanks.', 'Appreciated.'] },
      professional: {
        short: ['That is a fair point, {first_name}. Thank you.', 'Thank you, {first_name}, that is a helpful perspective.'],
        more: ['I will keep it in mind.', 'I appreciate you sharing it.'],
      },
      playful: {
        short: ['Ooh, good call, {first_name}!', 'Okay, {first_name}, great point, and I’m a little jealous I didn’t think of it.'],
        more: ['Filed under: why didn’t I think of that.', 'Noted, underlined and highlighted.'],
      },
    }],
    ['follow-up', {
      warm: {
        short: ['Thanks, {first_name}! I’ll give this some thought and let you know.', 'Great idea, {first_name}. I’ll see what I can do and keep you posted.'],
        more: ['I really appreciate you taking the time to suggest it.', 'Suggestions like this make the work better.'],
      },
      brief: { short: ['I’ll consider it, {first_name}. Thanks.', 'Noted, {first_name}. Will follow up.'], more: ['Will keep you posted.', 'Good idea.'] },
      professional: {
        short: ['Thank you, {first_name}. I will consider this and follow up.', 'Thank you for the suggestion, {first_name}. I will look into it and let you know.'],
        more: ['I appreciate you sharing it.', 'I will keep you updated.'],
      },
      playful: {
        short: ['Adding this to the idea pile, {first_name}! I’ll keep you posted 📝', 'Challenge accepted, {first_name}! Let me see what I can do.'],
        more: ['No promises, but big maybes.', 'I’ll report back.'],
      },
    }],
  ],
  other: [
    ['acknowledge', {
      warm: {
        short: ['Thanks for stopping by, {first_name}! 😊', 'Good to see you here, {first_name}!'],
        more: ['Always nice to hear from people here.', 'Thanks for being part of the conversation.'],
      },
      brief: { short: ['Noted, {first_name}.', 'Appreciate it, {first_name}.'], more: ['Thanks.', 'Good to see you here.'] },
      professional: {
        short: ['Thank you for your comment, {first_name}.', 'Thank you for joining the conversation, {first_name}.'],
        more: ['I appreciate you taking the time.', 'It is good to have you here.'],
      },
      playful: {
        short: ['Ha, love it, {first_name}!', 'Hey {first_name}, thanks for dropping by! 👋'],
        more: ['You’ve officially made the comments more fun.', 'The comment section thanks you.'],
      },
    }],
    ['ask-back', {
      warm: {
        short: ['Thanks for this, {first_name}! What did you think?', 'Good to hear from you, {first_name}! How are things with you?'],
        more: ['I’d love to hear more.', 'Always happy to chat.'],
      },
      brief: { short: ['What do you think, {first_name}?', 'What’s your take, {first_name}?'], more: ['Curious.', 'Happy to hear more.'] },
      professional: {
        short: ['Thank you, {first_name}. What are your thoughts on it?', 'Thank you for sharing, {first_name}. I would be interested in your perspective.'],
        more: ['Your view would be valuable.', 'I would be glad to hear more.'],
      },
      playful: {
        short: ['Ooh, {first_name}, tell me more!', 'Okay, {first_name}, I need your hot take now 🔥'],
        more: ['The floor is yours.', 'I’m all ears.'],
      },
    }],
    ['thank', {
      warm: {
        short: ['Thank you, {first_name}! Really appreciate you being here.', 'Thanks so much for the comment, {first_name}! 💛'],
        more: ['It’s people like you who make this fun.', 'Conversations like this are my favourite part.'],
      },
      brief: { short: ['Thanks, {first_name}!', 'Thank you, {first_name}.'], more: ['Appreciated.', 'Good to have you here.'] },
      professional: { short: ['Many thanks, {first_name}.', 'Thank you for engaging, {first_name}.'], more: ['I appreciate your support.', 'It is much appreciated.'] },
      playful: { short: ['Thanks, {first_name}! You’re the best 🙌', 'Thank you kindly, {first_name}!'], more: ['Virtual high five incoming.', 'Gold star for you.'] },
    }],
  ],
};

/**
 * Said first to someone back after a long silence (no name: the reply that follows names them),
 * and said last to a regular. Neither has emoji, so a reply keeps at most one.
 */
const RETURNING: Record<Tone, readonly [plain: string, topical: string]> = {
  warm: ['It’s been a while, so good to see you!', 'It’s been a while since we talked about {topic}, so good to see you!'],
  brief: ['Been a while!', 'Been a while since we talked about {topic}.'],
  professional: ['It has been a while; good to hear from you.', 'It has been a while since we discussed {topic}; good to hear from you.'],
  playful: ['Look who’s back!', 'Long time no see! Last time it was {topic}.'],
};
const REGULAR: Record<Tone, string> = {
  warm: 'Always good to hear from you.',
  brief: 'Always good to hear from you.',
  professional: 'Always good to hear from you.',
  playful: 'Always a treat to hear from you.',
};

export const LENGTH_MAX: Record<Length, number> = { short: 120, medium: 280 };
/** Seen this many times before: a regular, greeted as one. */
export const REGULAR_FROM = 10;
/** Days of silence after which a reply says it has been a while. */
export const RETURNING_FROM_DAYS = 30;
/** A longer first name is left out: it would crowd a short reply. */
const FIRST_NAME_MAX = 20;
const PROMISE_MAX = 50;

/** Every wording, for checks over all of them. */
export const ALL_WORDINGS: readonly Wording[] = [...Object.values(TEMPLATES).flatMap((offers) => offers.map(([, wording]) => wording)), WELCOME, PROMISE_FOLLOW_UP];

/**
 * Three replies with different intents, most useful first: the kind's main intent, then a follow-up
 * on an open promise, then a welcome for a first-time commenter, then the kind's other intents.
 * Someone back after a month hears "it's been a while" first; a regular hears "always good to hear
 * from you" last. The same item always gets the same wording; different items get some variety.
 */
export function builtinSuggestions(ctx: SuggestContext): Suggestion[] {
  const { person, item, tone, length } = ctx;
  const known = variablesOf(ctx);
  const promise = openPromise(person.notes ?? '', [known.name, known.first_name]);
  const vars: Record<string, string> = {
    first_name: known.first_name.length <= FIRST_NAME_MAX ? known.first_name : '',
    // Only what you talked about before is a shared topic; the comment's own subject is not.
    topic: topicOf(person.lastTopic ?? ''),
    promise,
  };
  const regular = person.seenBefore >= REGULAR_FROM;
  const returning = (person.daysSinceLast ?? 0) >= RETURNING_FROM_DAYS;
  // Thanks for a question becomes keeping in touch with someone you know.
  const familiar = regular || returning || vars.topic !== '';
  const [main, ...others] = TEMPLATES[item.kind].map((offer): Offer => (item.kind === 'question' && offer[0] === 'thank' && familiar ? ['keep-in-touch', KEEP_IN_TOUCH] : offer));

  const offers: Offer[] = [];
  for (const offer of [main, promise ? (['follow-up', PROMISE_FOLLOW_UP] as const) : undefined, person.seenBefore === 0 ? (['welcome', WELCOME] as const) : undefined, ...others]) {
    if (offer && offers.length < 3 && !offers.some(([intent]) => intent === offer[0])) offers.push(offer);
  }
  const texts = offers.map(([intent, wording]) => fillTemplate(compose(wording[tone], length, `${item.id}\u0000${intent}`, vars.topic !== ''), vars).text);

  const extras = [
    ...(returning ? [{ text: fillTemplate(RETURNING[tone][vars.topic ? 1 : 0], vars).text, before: true }] : []),
    ...(regular ? [{ text: REGULAR[tone], before: false }] : []),
  ];
  const touched = new Set<number>();
  for (const extra of extras) {
    const at = texts.findIndex((text, i) => !touched.has(i) && text.length + 1 + extra.text.length <= LENGTH_MAX[length]);
    if (at < 0) continue;
    texts[at] = extra.before ? `${extra.text} ${texts[at]}` : `${texts[at]} ${extra.text}`;
    touched.add(at);
  }
  return offers.map(([intent], i) => ({ text: texts[i] ?? '', intent, provider: 'builtin' }));
}

/**
 * One wording picked by a hash of `key`, among those that mention the topic when one is known and
 * among the others when not; medium adds a `more` sentence picked the same way.
 */
function compose(wording: Wording[Tone], length: Length, key: string, hasTopic: boolean): string {
  const topical = wording.short.filter((t) => t.includes('{topic}'));
  const pool = hasTopic && topical.length ? topical : wording.short.filter((t) => !t.includes('{topic}'));
  const short = pick(pool, key);
  return length === 'short' ? short : `${short} ${pick(wording.more, `${key}\u0000more`)}`;
}

const pick = (list: readonly string[], key: string) => list[stableHash(key) % list.length] ?? '';

/** A line of the notes that holds a promise, and how it reads after "I". */
const PROMISE_LINES: readonly [RegExp, (rest: string) => string][] = [
  [/\bpromised\s+(.+)/i, (rest) => `promised ${rest}`],
  [/\bowe\s+(.+)/i, (rest) => `owe ${rest}`],
  [/^(?:todo|to-do|to do)\b[\s:–—-]*(.+)/i, (rest) => `still need to ${lowerFirst(rest)}`],
  [/^((?:send|share|email|introduce|intro|forward|review|follow up|get back to|reply to)\b.+)/i, (rest) => `still need to ${lowerFirst(rest)}`],
];
/** A line marked done is no open promise. */
const CLOSED = /\[x\]|[✓✔✅]|\b(?:done|sent|delivered|kept)\b/i;
const LIST_MARK = /^\s*(?:[-*•]|\d+[.)])?\s*(?:\[ \]\s*)?/;

/**
 * The first open promise in the user's notes, worded for a reply to the person they are about, who
 * goes by `names`: "promised to send her the slides" → "promised to send you the slides", "TODO:
 * send Maya the deck" → "still need to send you the deck". Empty when there is none.
 */
export function openPromise(notes: string, names: readonly string[]): string {
  for (const raw of notes.split(/\n|;/)) {
    const line = raw.replace(LIST_MARK, '').trim();
    if (!line || CLOSED.test(line)) continue;
    for (const [re, word] of PROMISE_LINES) {
      const rest = re.exec(line)?.[1];
      if (rest) return bounded(toThem(word(rest.trim()), names).replace(/[\s.!,;:]+$/, ''), PROMISE_MAX);
    }
  }
  return '';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Notes speak of the person; the reply speaks to them. */
function toThem(text: string, names: readonly string[]): string {
  const patterns = names.filter((n) => n.length > 1).map(escapeRegExp);
  let out = text;
  if (patterns.length) {
    const them = `(?:${patterns.join('|')})`;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${them}['’]s\\b`, 'giu'), 'your').replace(new RegExp(`(?<![\\p{L}\\p{N}])${them}(?![\\p{L}\\p{N}])`, 'giu'), 'you');
  }
  return out
    .replace(/\b(?:him|them)\b/gi, 'you')
    .replace(/\b(?:his|their)\b/gi, 'your')
    .replace(/\bher\b(?=\s+(?:the|a|an|some|this|that|these|those|my|our|back|up|about|on|over|again|soon|today|tomorrow)\b|\s*$|[.,;!])/gi, 'you')
    .replace(/\bher\b/gi, 'your');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
