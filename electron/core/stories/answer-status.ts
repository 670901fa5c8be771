// Whether a prayer was answered: a later praise of its thread reports the outcome the prayer asked for
// (./story-signals.ts: a conviction for a prayer about a trial, a rescue for a prayer to find a girl, papers
// issued for a prayer about applications). Any later praise is not enough: that a co-defendant's charge
// was dropped does not answer a prayer for the murder trial. A request that opens "Last year we asked you
// to pray… now…" and reports an outcome is a praise report whatever its first word: it answers, and has no
// answer status of its own. Info items have none either. An undated prayer cannot be placed before a
// praise, so it stays waiting.
import type { Kind } from '../../../shared/model';
import type { AnswerStatus } from '../../../shared/story-types';
import type { Outcome } from './story-signals';
import { outcomesAsked, outcomesReported } from './story-signals';

export interface AnswerInput {
  kind: Kind;
  /** Days since 1970; NaN when undated. */
  day: number;
  /** True when the request opens by recalling an earlier request and reports its outcome. */
  praiseReport?: boolean;
}

export interface Answers {
  status: (AnswerStatus | null)[];
  /** Position of the praise that answered it; -1 when none. */
  answeredBy: Int32Array;
}

/** A praise, or a request that reports an outcome the way a praise does. */
export function praisesLike(item: AnswerInput): boolean {
  return item.kind === 'praise' || item.praiseReport === true;
}

/** Threads looked at between two pauses of a step-by-step build. */
const THREADS_PER_STEP = 250;

/** Statuses of every request, given the members of each thread (positions) and each request's text. */
export function answerStatuses(
  items: readonly AnswerInput[],
  threads: readonly (readonly number[])[],
  textOf: (i: number) => string,
): Answers {
  const steps = answerStatusesInSteps(items, threads, textOf);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** answerStatuses, pausing (yielding) every few milliseconds of work. */
export function* answerStatusesInSteps(
  items: readonly AnswerInput[],
  threads: readonly (readonly number[])[],
  textOf: (i: number) => string,
): Generator<void, Answers> {
  const status: (AnswerStatus | null)[] = items.map((item) =>
    item.kind === 'prayer' && item.praiseReport !== true ? 'waiting' : null,
  );
  const answeredBy = new Int32Array(items.length).fill(-1);
  let looked = 0;
  for (const members of threads) {
    if (members.length < 2) continue;
    if (++looked % THREADS_PER_STEP === 0) yield;
    const praises = members
      .filter((i) => praisesLike(items[i]!) && !Number.isNaN(items[i]!.day))
      .sort((x, y) => items[x]!.day - items[y]!.day || x - y);
    if (praises.length === 0) continue;
    const reported = new Map<number, ReadonlySet<Outcome>>();
    const reportsOf = (p: number) => {
      let outcomes = reported.get(p);
      if (outcomes === undefined) {
        outcomes = outcomesReported(textOf(p));
        reported.set(p, outcomes);
      }
      return outcomes;
    };
    for (const i of members) {
      if (status[i] !== 'waiting' || Number.isNaN(items[i]!.day)) continue;
      const asked = outcomesAsked(textOf(i));
      if (asked.size === 0) continue;
      const day = items[i]!.day;
      const answer = praises.find((p) => items[p]!.day > day && [...reportsOf(p)].some((o) => asked.has(o)));
      if (answer !== undefined) {
        status[i] = 'answered';
        answeredBy[i] = answer;
      }
    }
  }
  return { status, answeredBy };
}
