/**
 * Private: checks ballots one by one against the project list and hands each accepted ballot
 * to a sink as project indices (and points). Every ballot is either accepted or rejected
 * with its reason; none is dropped. Shared by `tallyBallots` and `participatoryBudget`.
 */
import type { Ballot, RejectedBallot } from "./Ballot";
import { ballotMessage, planningError, type BallotRejection } from "./_messages";
import { voterSet } from "./_voterSet";

/** The ballot field a method reads. */
export type BallotField = "approvals" | "ranking" | "points";

/** Receives each accepted ballot: `k` project indices in `choices` (and their `points`). */
export type BallotSink = (choices: Int32Array, k: number, points: Float64Array | undefined) => void;

/** Limits checked per ballot. */
export interface BallotLimits {
  /** At most this many projects per ballot. */
  readonly maxChoices?: number | undefined;
  /** At most this many points in total. */
  readonly maxPoints?: number | undefined;
  /** Extra check of an otherwise valid ballot (e.g. a knapsack ballot's cost); returns a rejection or undefined. */
  readonly check?: ((choices: Int32Array, k: number) => { code: BallotRejection; params?: Record<string, string | number> } | undefined) | undefined;
}

/** Outcome of reading ballots. */
export interface BallotRead {
  readonly cast: number;
  readonly accepted: number;
  readonly rejected: RejectedBallot[];
}

/** Maps project ids to indices; throws on a repeated or empty id. */
export function projectIndex(projects: readonly string[]): Map<string, number> {
  if (!Array.isArray(projects)) throw planningError("PLANNING_INVALID_INPUT", "notArray", { what: "projects" });
  const index = new Map<string, number>();
  projects.forEach((id, row) => {
    if (typeof id !== "string" || id === "") throw planningError("PLANNING_INVALID_INPUT", "noId", { row });
    if (index.has(id)) throw planningError("PLANNING_DUPLICATE_ID", "duplicateId", { id, row });
    index.set(id, row);
  });
  return index;
}

const METHOD_NAME: Readonly<Record<BallotField, string>> = { approvals: "approval", ranking: "ranked", points: "points" };

/** Reads every ballot; accepted ones go to `sink`. */
export function readBallots(ballots: readonly Ballot[], index: ReadonlyMap<string, number>, field: BallotField, limits: BallotLimits, sink: BallotSink): BallotRead {
  if (!Array.isArray(ballots)) throw planningError("PLANNING_INVALID_INPUT", "notArray", { what: "ballots" });
  const n = index.size;
  // ids of accepted ballots (the first valid ballot of each voter counts)
  const seen = voterSet(ballots.length, (b) => (ballots[b] as Ballot).voterId);
  const rejected: RejectedBallot[] = [];
  const choices = new Int32Array(n);
  const points = field === "points" ? new Float64Array(n) : undefined;
  const stamp = new Int32Array(n).fill(-1);
  const maxChoices = limits.maxChoices ?? Number.POSITIVE_INFINITY;
  let accepted = 0;
  const cast = ballots.length;
  let b = 0;
  let voterId = "";
  // one function for the whole loop (not a closure per ballot)
  const reject = (code: BallotRejection, params: Record<string, string | number> = {}, project?: string): void => {
    rejected.push({ index: b, voterId, code, ...(project === undefined ? {} : { project }), message: ballotMessage(code, params) });
  };
  for (b = 0; b < cast; b++) {
    const ballot = ballots[b] as Ballot | undefined;
    voterId = typeof ballot === "object" && ballot !== null && typeof ballot.voterId === "string" ? ballot.voterId : "";
    if (voterId === "") {
      reject("missing-voter");
      continue;
    }
    if (seen.has(voterId)) {
      reject("duplicate-voter", { voter: voterId });
      continue;
    }
    let k = 0;
    let problem = false;
    if (field === "points") {
      const given = (ballot as Ballot).points;
      if (typeof given !== "object" || given === null) {
        reject("wrong-kind", { method: METHOD_NAME[field], field });
        continue;
      }
      let total = 0;
      for (const project of Object.keys(given)) {
        const value = given[project];
        const j = index.get(project);
        if (j === undefined) {
          reject("unknown-project", { project }, project);
          problem = true;
          break;
        }
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
          reject("bad-points", { project }, project);
          problem = true;
          break;
        }
        if (value === 0) continue;
        choices[k] = j;
        (points as Float64Array)[k] = value;
        k++;
        total += value;
      }
      if (problem) continue;
      if (limits.maxPoints !== undefined && total > limits.maxPoints) {
        reject("over-points", { total, max: limits.maxPoints });
        continue;
      }
    } else {
      const list = (ballot as Ballot)[field];
      if (!Array.isArray(list)) {
        reject("wrong-kind", { method: METHOD_NAME[field], field });
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const project = list[i] as unknown;
        const j = typeof project === "string" ? index.get(project) : undefined;
        if (j === undefined) {
          reject("unknown-project", { project: String(project) }, String(project));
          problem = true;
          break;
        }
        if (stamp[j] === b) {
          reject("duplicate-choice", { project: project as string }, project as string);
          problem = true;
          break;
        }
        stamp[j] = b;
        choices[k++] = j;
      }
      if (problem) continue;
      if (k > maxChoices) {
        reject("too-many", { max: maxChoices });
        continue;
      }
    }
    if (k === 0) {
      reject("empty");
      continue;
    }
    const extra = limits.check?.(choices, k);
    if (extra !== undefined) {
      reject(extra.code, extra.params ?? {});
      continue;
    }
    seen.addLast(b); // the slot found by seen.has(voterId) above
    accepted++;
    sink(choices, k, points);
  }
  return { cast, accepted, rejected };
}
