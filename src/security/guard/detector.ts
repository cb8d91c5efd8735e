import { type Classifier, loadClassifier } from './classifier.js';
import { discussesAttacks, maskQuotes } from './mention.js';
import { type Normalised, normalise, type Obfuscation } from './normalise.js';
import { matchRules, type RuleHit, ruleScore } from './rules.js';
import type { UntrustedChannel } from './spotlight.js';
import { matchStructure } from './structure.js';

/** Where text comes from: what the user typed, or content the agents read. */
export type Channel = 'user' | UntrustedChannel;

/** All channels, for option validation and the CLI. */
export const CHANNELS: readonly Channel[] = [
  'user',
  'search_result',
  'calendar_event',
  'email',
  'document',
  'tool_output',
];

/** The detector's judgement of one text. */
export interface Detection {
  /** 0..1: how likely the text tries to instruct the model against its task. */
  readonly score: number;
  readonly verdict: 'allow' | 'flag' | 'block';
  /** Why: rule ids, the classifier's share, disguises found; stable strings for logs and tests. */
  readonly reasons: readonly string[];
}

/** Scores at which a channel's text is flagged and blocked. */
export interface Thresholds {
  readonly flag: number;
  readonly block: number;
}

/**
 * Per channel. Users ask about prompts, roles and instructions legitimately, so their text must score
 * high to be refused; untrusted content has no business addressing the model at all, so it is flagged
 * (and its lines neutralised) much earlier.
 */
export const DEFAULT_THRESHOLDS: Readonly<Record<Channel, Thresholds>> = Object.freeze({
  user: { flag: 0.5, block: 0.85 },
  search_result: { flag: 0.35, block: 0.7 },
  calendar_event: { flag: 0.35, block: 0.7 },
  email: { flag: 0.35, block: 0.7 },
  document: { flag: 0.35, block: 0.7 },
  tool_output: { flag: 0.4, block: 0.75 },
});

/** How much each disguise alone adds: hiding text is itself a signal, but not proof. */
const DISGUISE_WEIGHT: Partial<Record<Obfuscation, number>> = {
  tag_chars: 0.5,
  bidi: 0.2,
  markdown_hidden: 0.3,
  html_comment: 0.1,
  spaced_letters: 0.1,
  leetspeak: 0.1,
  binary: 0.15,
  morse: 0.15,
  invisible: 0.05,
  confusables: 0.1,
};

/** A decoded or hidden view that carries instructions counts almost as much as plain text. */
const VIEW_FACTOR = 0.9;

/**
 * The classifier's share of the score. Measured by source repository it separates attacks from
 * unfamiliar benign text poorly below very high probabilities, so only its confident end counts, and only
 * on top of other evidence (see scoreNormalised).
 */
const CLASSIFIER_FLOOR = 0.9;
const CLASSIFIER_CAP = 0.75;

function classifierSignal(probability: number): number {
  return probability <= CLASSIFIER_FLOOR
    ? 0
    : ((probability - CLASSIFIER_FLOOR) / (1 - CLASSIFIER_FLOOR)) * CLASSIFIER_CAP;
}

/**
 * On the user channel, hits that only match inside quotes, in a text whose unquoted words talk about attacks, are
 * mentions, not uses (see mention.ts): together they count as one hit at a third of the strongest one's weight.
 */
function asMentions(text: string, hits: RuleHit[], channel: Channel): RuleHit[] {
  if (channel !== 'user' || hits.length === 0) return hits;
  const masked = maskQuotes(text);
  if (masked === text || !discussesAttacks(masked)) return hits;
  const unquoted = new Set(matchRules(masked).map((hit) => hit.id));
  const used: RuleHit[] = [];
  let strongest: RuleHit | undefined;
  for (const hit of hits) {
    if (unquoted.has(hit.id)) used.push(hit);
    else if (!strongest || hit.weight > strongest.weight) strongest = hit;
  }
  if (!strongest) return used;
  return [...used, { ...strongest, id: `${strongest.id}~quoted`, weight: strongest.weight / 3 }];
}

function noisyOr(parts: readonly number[]): number {
  return 1 - parts.reduce((rest, p) => rest * (1 - Math.min(1, Math.max(0, p))), 1);
}

/**
 * The prompt-injection detector: normalisation (disguises undone, hidden and encoded text recovered),
 * weighted rule families and a hashed n-gram logistic-regression classifier, combined by noisy-OR;
 * verdicts by channel thresholds. Framework-free and in process.
 */
export function createDetector(
  options: { classifier?: Classifier; thresholds?: Partial<Record<Channel, Thresholds>> } = {},
) {
  const classifier = options.classifier ?? loadClassifier();
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  for (const [channel, t] of Object.entries(thresholds)) {
    if (!(t.flag > 0 && t.flag <= t.block && t.block <= 1)) {
      throw new Error(`Detector thresholds for ${channel}: need 0 < flag <= block <= 1`);
    }
  }

  function scoreNormalised(normalised: Normalised, channel: Channel): { score: number; reasons: string[] } {
    const reasons: string[] = [];
    const hits: RuleHit[] = [
      ...asMentions(normalised.text, matchRules(normalised.text), channel),
      ...matchStructure(normalised.text),
    ];
    const rules = ruleScore(hits);
    for (const hit of hits) reasons.push(`rule:${hit.family}:${hit.id}`);
    const views = normalised.views.map((view) => {
      const viewHits = matchRules(view.text);
      const viewScore = ruleScore(viewHits) * VIEW_FACTOR;
      if (viewScore >= 0.4) reasons.push(`hidden:${view.kind}`);
      for (const hit of viewHits) reasons.push(`rule:${hit.family}:${hit.id}@${view.kind}`);
      return viewScore;
    });
    const disguises = normalised.found.map((kind) => {
      const weight = DISGUISE_WEIGHT[kind] ?? 0;
      if (weight > 0) reasons.push(`disguise:${kind}`);
      return weight;
    });
    const evidence = noisyOr([rules, ...views, ...disguises]);
    // The classifier only strengthens evidence the rules, shape signals or normaliser found; it never flags on its
    // own. Measured on sources it was not trained on, it mistakes unfamiliar benign text for attacks (text in a
    // language its attack rows came in, program output, pages), so without such evidence it is not even run.
    if (evidence < 0.2) return { score: evidence, reasons: [...new Set(reasons)] };
    const probability = classifier.probability(normalised.text);
    const learned = classifierSignal(probability);
    if (learned > 0) reasons.push(`classifier:${probability.toFixed(2)}`);
    // It may lift corroborated evidence up to its cap, never past it: a block stays the rules' decision.
    const lifted = Math.max(evidence, Math.min(noisyOr([evidence, learned]), CLASSIFIER_CAP));
    return { score: lifted, reasons: [...new Set(reasons)] };
  }

  return {
    /** Scores one text for a channel. */
    score(text: string, channel: Channel = 'user'): Detection {
      const limits = thresholds[channel];
      if (!limits) throw new Error(`Unknown channel ${channel}`);
      const { score, reasons } = scoreNormalised(normalise(text), channel);
      const rounded = Math.round(score * 1000) / 1000;
      const verdict = rounded >= limits.block ? 'block' : rounded >= limits.flag ? 'flag' : 'allow';
      return { score: rounded, verdict, reasons };
    },
  };
}

/** The detector's type. */
export type Detector = ReturnType<typeof createDetector>;
