import type { Ballot, RejectedBallot } from "./Ballot";
import { approval } from "./_approval";
import { borda } from "./_borda";
import { kendall } from "./_kendall";
import { planningError } from "./_messages";
import type { Method } from "./_methods";
import { points } from "./_points";
import { projectIndex, readBallots } from "./_readBallots";
import { schulze } from "./_schulze";

/**
 * Ways residents vote in a consultation: `approval` (tick any number of projects), `borda`
 * and `schulze` (rank projects best first), `points` (share points among projects —
 * cumulative voting).
 *
 * @category Ballots
 */
export type BallotMethod = "approval" | "borda" | "schulze" | "points";

/**
 * Options of {@link tallyBallots}.
 *
 * @category Ballots
 */
export interface TallyBallotsOptions {
  /** The counting method. */
  readonly method: BallotMethod;
  /** The project ids on the ballot; a ballot naming any other is rejected. */
  readonly projects: readonly string[];
  /** Residents entitled to vote, for the turnout rate. Default: unknown (`rate` is `null`). */
  readonly eligible?: number | undefined;
  /** Most projects one ballot may approve or rank. Default: no limit. */
  readonly maxChoices?: number | undefined;
  /** Most points one `points` ballot may give in total. Default: no limit. */
  readonly maxPoints?: number | undefined;
}

/**
 * One project's result.
 *
 * @category Ballots
 */
export interface ProjectTally {
  /** Project id. */
  readonly project: string;
  /**
   * Its score: approvals, Borda points, points, or (Schulze) the number of projects it beats
   * by strongest paths.
   */
  readonly score: number;
  /** Its place, 1 = best; tied scores share the best place (1, 2, 2, 4). */
  readonly rank: number;
}

/**
 * The result of {@link tallyBallots}.
 *
 * @category Ballots
 */
export interface BallotTally {
  /** The method used. */
  readonly method: BallotMethod;
  /** One entry per project, in the order of `options.projects`. */
  readonly projects: readonly ProjectTally[];
  /** Project ids best first (ties in input order). */
  readonly ranking: readonly string[];
  /** The winner, or `null` when the top is tied. */
  readonly winner: string | null;
  /** The Condorcet winner (beats every other project head to head), or `null`; Schulze only. */
  readonly condorcetWinner?: string | null | undefined;
  /** Schulze only: `pairwise[i][j]` voters rank project i above project j. */
  readonly pairwise?: readonly (readonly number[])[] | undefined;
  /** Schulze only: strength of the strongest path from project i to project j. */
  readonly strongestPaths?: readonly (readonly number[])[] | undefined;
  /** Ballots cast, counted, and the turnout rate (counted ÷ eligible, `null` without `eligible`). */
  readonly turnout: {
    /** Ballots given. */
    readonly cast: number;
    /** Ballots counted. */
    readonly accepted: number;
    /** Residents entitled to vote, if known. */
    readonly eligible: number | null;
    /** Counted ÷ eligible, if known. */
    readonly rate: number | null;
  };
  /** The ballots not counted, each with its reason. */
  readonly rejected: readonly RejectedBallot[];
  /**
   * Kendall's coefficient of concordance W (0 = no agreement, 1 = every voter ranks the
   * projects alike) over the counted ballots, each read as a ranking with ties; `null` with
   * fewer than two ballots or projects.
   */
  readonly kendallW: number | null;
}

const METHODS: Readonly<Record<BallotMethod, Method>> = { approval, borda, schulze, points };

function positiveInteger(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what, why: "a positive integer is required", fa: "عدد صحیح مثبت لازم است" });
  }
  return value;
}

/**
 * Counts residents' ballots by approval, Borda count, Schulze (Condorcet) or points, with
 * turnout and Kendall's W for how far the voters agree. Each ballot is counted or rejected
 * with its reason (no voter id, a voter who has already voted — the first valid ballot of
 * each voter counts —, an unknown project, a project twice, an empty ballot, too many
 * choices or points); nothing is dropped silently.
 *
 * Borda: on a ballot ranking n projects, place p earns n − p points; projects left off earn
 * 0. Schulze: winning-votes strongest paths (Schulze 2011); the score is how many projects a
 * project beats.
 *
 * @param ballots - the ballots (see {@link Ballot}: `approvals`, `ranking` or `points`, as the method needs)
 * @param options - method, projects, eligible voters and limits; see {@link TallyBallotsOptions}
 * @returns scores and ranks per project, the winner, turnout, rejected ballots and Kendall's W
 * @throws MahallehError `PLANNING_INVALID_INPUT` if ballots or projects are not arrays or a
 *   project id is empty; `PLANNING_DUPLICATE_ID` for a repeated project;
 *   `PLANNING_BAD_OPTION` for an unknown method or a bad limit
 * @example
 * ```ts
 * import { tallyBallots } from "mahalleh/planning";
 * const tally = tallyBallots(
 *   [
 *     { voterId: "v1", approvals: ["park", "library"] },
 *     { voterId: "v2", approvals: ["library"] },
 *     { voterId: "v2", approvals: ["park"] },
 *     { voterId: "v3", approvals: ["clinic", "library"] },
 *     { voterId: "v4", approvals: ["pool"] },
 *   ],
 *   { method: "approval", projects: ["park", "library", "clinic"], eligible: 10 },
 * );
 * tally.winner; // => "library"
 * tally.projects.map((p) => p.score); // => [1, 3, 1]
 * tally.projects.map((p) => p.rank); // => [2, 1, 2]
 * tally.turnout; // => { cast: 5, accepted: 3, eligible: 10, rate: 0.3 }
 * tally.rejected.map((r) => r.code); // => ["duplicate-voter", "unknown-project"]
 * tally.rejected[1]?.message.en; // => 'unknown project "pool"'
 * ```
 *
 * @category Ballots
 */
export function tallyBallots(ballots: readonly Ballot[], options: TallyBallotsOptions): BallotTally {
  if (typeof options !== "object" || options === null) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "options", why: "an object is required", fa: "شیء لازم است" });
  const method = METHODS[options.method];
  if (!Object.hasOwn(METHODS, options.method) || method === undefined) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "method", why: `"${String(options.method)}" (approval, borda, schulze, points)`, fa: `«${String(options.method)}»` });
  }
  const index = projectIndex(options.projects);
  const n = index.size;
  const maxChoices = positiveInteger(options.maxChoices, "maxChoices");
  const maxPoints = positiveInteger(options.maxPoints, "maxPoints");
  const eligible = options.eligible;
  if (eligible !== undefined && (typeof eligible !== "number" || !Number.isInteger(eligible) || eligible < 0)) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "eligible", why: "a non-negative integer is required", fa: "عدد صحیح نامنفی لازم است" });
  }
  const counter = method.create(n);
  const concordance = kendall(n, method.field);
  const read = readBallots(ballots, index, method.field, { maxChoices, maxPoints }, (choices, k, given) => {
    counter.add(choices, k, given);
    concordance.add(choices, k, given);
  });
  const outcome = counter.finish();
  const ids = options.projects;
  const scores = outcome.scores;
  const projects = ids.map((project, i) => {
    const s = scores[i] as number;
    let rank = 1;
    for (let j = 0; j < n; j++) if ((scores[j] as number) > s) rank++;
    return { project, score: s, rank };
  });
  const name = (i: number | undefined): string | null => (i === undefined || i < 0 ? null : (ids[i] as string));
  return {
    method: options.method,
    projects,
    ranking: outcome.order.map((i) => ids[i] as string),
    winner: name(outcome.winner),
    ...(outcome.condorcetWinner === undefined ? {} : { condorcetWinner: name(outcome.condorcetWinner) }),
    ...(outcome.pairwise === undefined ? {} : { pairwise: outcome.pairwise }),
    ...(outcome.strongestPaths === undefined ? {} : { strongestPaths: outcome.strongestPaths }),
    turnout: { cast: read.cast, accepted: read.accepted, eligible: eligible ?? null, rate: eligible === undefined || eligible === 0 ? null : read.accepted / eligible },
    rejected: read.rejected,
    kendallW: concordance.w(),
  };
}
