/**
 * One resident's ballot. Which field is read depends on the counting method: `approvals` for
 * approval voting and participatory budgets, `ranking` (best first; projects left out rank
 * below every ranked one, tied) for Borda and Schulze, `points` for cumulative voting.
 *
 * @category Ballots
 */
export interface Ballot {
  /** Who voted (a national-id hash, a survey submission id…); each voter counts once. */
  readonly voterId: string;
  /** Projects approved (order does not matter). */
  readonly approvals?: readonly string[] | undefined;
  /** Projects ranked, best first. */
  readonly ranking?: readonly string[] | undefined;
  /** Points given to each project (non-negative integers). */
  readonly points?: Readonly<Record<string, number>> | undefined;
}

/**
 * A ballot that was not counted, and why.
 *
 * @category Ballots
 */
export interface RejectedBallot {
  /** Index of the ballot in the input. */
  readonly index: number;
  /** Its voter id (`""` when missing). */
  readonly voterId: string;
  /** Machine-readable reason. */
  readonly code:
    | "missing-voter"
    | "duplicate-voter"
    | "unknown-project"
    | "duplicate-choice"
    | "empty"
    | "wrong-kind"
    | "too-many"
    | "bad-points"
    | "over-points"
    | "under-minimum"
    | "over-budget";
  /** The project concerned, when there is one. */
  readonly project?: string | undefined;
  /** The reason in Persian and English. */
  readonly message: {
    /** Persian. */
    readonly fa: string;
    /** English. */
    readonly en: string;
  };
}
