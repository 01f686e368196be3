/**
 * Private: the small contract every ballot-counting method fulfils. One file per method
 * (`_approval.ts`, `_borda.ts`, `_schulze.ts`, `_points.ts`) implements it.
 */
import type { BallotField } from "./_readBallots";

/** A method's running count. */
export interface Counter {
  /** Adds one accepted ballot (k project indices, and points for the points method). */
  readonly add: (choices: Int32Array, k: number, points: Float64Array | undefined) => void;
  /** Final scores, one per project (higher is better), and the method's extras. */
  readonly finish: () => CountOutcome;
}

/** What a method returns. */
export interface CountOutcome {
  readonly scores: Float64Array;
  /** Projects in the method's order, best first (indices). */
  readonly order: number[];
  /** Pairwise counts d[i][j] (Condorcet methods). */
  readonly pairwise?: number[][] | undefined;
  /** Strongest-path strengths p[i][j] (Schulze). */
  readonly strongestPaths?: number[][] | undefined;
  /** Index of the method's winner, or −1 when the top is tied. */
  readonly winner: number;
  /** Index of the Condorcet winner, −1 when none (Condorcet methods only). */
  readonly condorcetWinner?: number | undefined;
}

/** A counting method. */
export interface Method {
  /** The ballot field it reads. */
  readonly field: BallotField;
  /** A fresh counter for n projects. */
  readonly create: (n: number) => Counter;
}

/** Projects ordered by score, best first (ties in project order), and the untied winner. */
export function byScore(scores: Float64Array): { order: number[]; winner: number } {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const top = order[0];
  const second = order[1];
  const winner = top === undefined ? -1 : second !== undefined && scores[second] === scores[top] ? -1 : top;
  return { order, winner };
}
