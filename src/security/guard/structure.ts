/**
 * Signals in the shape of a text rather than its words, counted in one linear pass each (a regular expression
 * for them would need backreferences or nested gaps, which can backtrack):
 *
 * - a staged question-and-answer transcript ("Q: … A: … Q: …"): few-shot and many-shot attacks make the model
 *   continue a dialogue it never had (Anil et al., "Many-shot jailbreaking", 2024);
 * - one word repeated many times in a row: repeated-token attacks push the model off its instructions
 *   (Nasr et al., "Scalable extraction of training data", 2023);
 * - several cues of a persona being installed ("you are now …", "from now on", "stay in character", "begin every
 *   reply with", "say OK if you understand", "let's play a game", "can say anything", a placeholder for the
 *   real prompt, a character free of ethics, two entities simulated): in-the-wild jailbreaks stack them, ordinary requests rarely use two.
 */
import type { RuleHit } from './rules.js';

/** Question and answer labels, by language (lowercase; the input is normalised). */
const QUESTION_LABELS = new Set([
  'q',
  'question',
  'user',
  'human',
  'p',
  'pregunta',
  'pergunta',
  'f',
  'frage',
  'd',
  'domanda',
  'в',
  'вопрос',
  's',
  'soru',
  'pertanyaan',
  'câu hỏi',
  'tanong',
  '問',
  '質問',
  '问',
  '問題',
  '질문',
  'प्रश्न',
  'سؤال',
  'س',
  'প্রশ্ন',
  'คำถาม',
]);
const ANSWER_LABELS = new Set([
  'a',
  'answer',
  'assistant',
  'ai',
  'r',
  'respuesta',
  'resposta',
  'réponse',
  'antwort',
  'risposta',
  'о',
  'ответ',
  'c',
  'cevap',
  'y',
  'jawaban',
  'j',
  'câu trả lời',
  'sagot',
  '答',
  '回答',
  '답변',
  '답',
  'उत्तर',
  'جواب',
  'ج',
  'উত্তর',
  'คำตอบ',
]);

/** Cues of a persona being set up for the model; jailbreaks stack several, ordinary requests rarely two. */
const PERSONA_CUES: readonly RegExp[] = [
  /\byou\s(?:are|will\sbe|'re)\s(?:now\s|going\sto\s(?:be|act|play|pretend)\b|to\sact\b)|\b(?:act|behave|respond|answer|reply|speak|talk)\s(?:as|like)\s(?:an?\s|the\s)?(?:ai|bot|character|entity|persona|[a-z]{2,20}(?:gpt|bot|ai))\b|\btake\son\sthe\srole\b|\bpretend\s(?:to\sbe|you\s(?:are|'re))\b|\bimpersonat/,
  /\bfrom\s(?:now\son|this\s(?:moment|point)(?:\son)?|here\son)\b|\bfor\sthe\srest\sof\s(?:this|the|our)\s(?:conversation|chat|session)\b/,
  /\b(?:stay|remain|keep)\s(?:in|as)\s(?:character|the\srole)|\bbreak(?:s|ing)?\s(?:the\s)?character\b|\bout\sof\scharacter\b|\bfall\sout\sof\scharacter\b|\bin\scharacter\b/,
  /\b(?:preface|prefix|start|begin)\s(?:every|each|all|your)\s(?:of\syour\s)?(?:messages?|responses?|replies|answers?|outputs?)\swith\b|\b(?:respond|reply|answer)\sin\sthe\s(?:following\s)?format\b|\bin\sthe\sformat\sof\b/,
  /\bif\syou\s(?:understand|agree)[^.\n]{0,30}(?:say|reply|respond|answer|type|write)\b|\b(?:say|reply|respond|answer)\s(?:only\s)?(?:with\s)?"?[a-z0-9 .!]{1,30}"?\sif\syou\s(?:understand|agree)\b|\bconfirm\s(?:by|with)\s(?:saying|replying|typing)\b/,
  /\blet'?s\s(?:play|do)\s(?:a\s)?(?:game|roleplay|role-play|role\splay)\b|\broleplay\b|\brole-play\b/,
  /\b(?:can|will|may)\s(?:say|do|write|generate|answer)\s(?:anything|whatever|everything)\b|\bnever\s(?:refuses?|says?\sno|declines?|denies)(?=\s(?:to\s|any|requests?\b|a\s(?:request|question|prompt)|questions?\b|answering|orders?\b)|[.,!;:\n]|$)|\bdoes(?:n't|\snot)\scare\b|\bwithout\s(?:any\s)?(?:warnings?|hesitation|restrictions|limits|censorship|filters?)\b/,
  /\b(?:chatgpt|chat\sgpt|openai|gpt-?[34]|bard|bing\sai|claude)\b/,
  /\[(?:insert|your)\s[a-z ]{1,20}\]|\{(?:insert|your)\s[a-z ]{1,20}\}|\[prompt\]|\[role\]/,
  /\b(?:amoral|uncensored|unrestricted|unfiltered|unfiltred|unethical|immoral|lawless)\b|\b(?:no|without|lacks?\sany|free\sof|free\sfrom|void\sof)\s(?:ethical|moral|ethics|morals|safety)\b|\bdisregards?\s(?:all\s)?(?:ethical|moral|legal)\b|\bregardless\sof\s(?:legality|ethics|morality|the\slaw)\b|\bwithout\s(?:refusals?|disclaimers|apolog)|\bviolat(?:e|es|ing)\s(?:all\s)?(?:ethical|moral|content)\b|\bbreaks?\s(?:ai\s|the\s|all\s)?rules\b/,
  /\b(?:transform\sinto|pose\sas|serve\sas|take\son\sthe\spersona|assume\sthe\srole|embody|alter\sego)\b|\bsimulate\s(?:an?\s|two\s|the\s)?(?:conversation|ai|computer|terminal|mode|entity|entities|character)\b|\b(?:two|both)\s(?:entities|personalities|personas)\b|\byou\sare\s(?:an?\s)?(?:[a-z'-]{1,20}\s){0,3}(?:ai|chatbot|bot|model|character|persona|entity)\b|\bact\s(?:like|as)\s(?:your|you're|you\sare|though|if)\b/,
];

/** Turns that make a staged dialogue: a question, an answer, and a further question. */
const MIN_TURNS = 3;
/** A word repeated this many times in a row. */
const MIN_REPEATS = 10;

// A label is a short run of non-space, non-colon characters (or a two-word Vietnamese label) at the start of the
// text or after whitespace or a sentence end, then a colon (ASCII or full-width). Bounded, so linear.
const LABEL = /(?:^|[\s.?!。？！])((?:câu\s(?:hỏi|trả\slời))|[^\s:：]{1,10})\s?[:：]/gu;

/** Whether `text` has at least `min` colons (ASCII or full-width): every turn label needs one. */
function hasColons(text: string, min: number): boolean {
  let found = 0;
  for (let at = 0; found < min; at++) {
    const ascii = text.indexOf(':', at);
    const wide = text.indexOf('：', at);
    const next = ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
    if (next === -1) return false;
    found++;
    at = next;
  }
  return true;
}

function countTurns(text: string): number {
  if (!hasColons(text, MIN_TURNS)) return 0;
  let turns = 0;
  let expecting: 'question' | 'answer' = 'question';
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const label = match[1] ?? '';
    if (expecting === 'question' && QUESTION_LABELS.has(label)) {
      turns++;
      expecting = 'answer';
    } else if (expecting === 'answer' && ANSWER_LABELS.has(label)) {
      turns++;
      expecting = 'question';
    }
  }
  return turns;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Whether the UTF-16 unit at `at` is part of a word (ASCII fast path; other scripts' letters and marks). */
function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(text[at] ?? '');
}

/** Whether the `length` units at `a` and at `b` are the same. */
function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Words that repeat in ordinary text and output: song syllables, laughter, empty values. */
const FILLER = new Set([
  'la',
  'na',
  'ha',
  'he',
  'hi',
  'ho',
  'lol',
  'null',
  'none',
  'nil',
  'nan',
  'true',
  'false',
  'undefined',
  'yes',
  'no',
  'ok',
  'bla',
  'blah',
  'yeah',
  'very',
  'so',
]);

function isFiller(text: string, start: number, length: number): boolean {
  return length <= 9 && FILLER.has(text.slice(start, start + length));
}

/** The most times one word (2-30 letters) follows itself, in one pass without building strings. */
function longestRepeat(text: string): number {
  let longest = 0;
  let run = 0;
  let previousStart = -1;
  let previousLength = 0;
  let at = 0;
  while (at < text.length) {
    if (!isLetter(text, at)) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && isLetter(text, at)) at++;
    const length = at - start;
    if (length < 2 || length > 30) {
      previousStart = -1;
      run = 0;
      continue;
    }
    if (isFiller(text, start, length)) {
      previousStart = -1;
      run = 0;
      continue;
    }
    const same =
      previousStart !== -1 && length === previousLength && sameRun(text, start, previousStart, length);
    run = same ? run + 1 : 1;
    previousStart = start;
    previousLength = length;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Hits for the shape signals, in the rules' form so they score and report like rules. */
export function matchStructure(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  if (countTurns(text) >= MIN_TURNS) {
    hits.push({ id: 'structure.staged-dialogue', family: 'template_spoofing', weight: 0.5 });
  }
  if (longestRepeat(text) >= MIN_REPEATS) {
    hits.push({ id: 'structure.repeated-token', family: 'template_spoofing', weight: 0.5 });
  }
  const cues = PERSONA_CUES.filter((cue) => cue.test(text)).length;
  if (cues >= 2) {
    const weight = cues >= 4 ? 0.7 : cues === 3 ? 0.6 : 0.5;
    hits.push({ id: 'structure.persona-setup', family: 'persona_hijack', weight });
  }
  return hits;
}
