import { describe, expect, it } from "vitest";
import { readBallotsCsv } from "./readBallotsCsv";
import { tallyBallots } from "./tallyBallots";

describe("readBallotsCsv (KoboToolbox / ODK exports)", () => {
  it("reads a select_multiple column by its group path or last part, space-separated", () => {
    const csv = "start,end,intro/age,vote/projects,_id,_uuid\n2025-01-01,2025-01-01,34,park library,1,u1\n2025-01-01,2025-01-01,51,,2,u2\n";
    const read = readBallotsCsv(csv, { question: "vote/projects" });
    expect(read.ballots).toEqual([
      { voterId: "u1", approvals: ["park", "library"] },
      { voterId: "u2", approvals: [] },
    ]);
    expect(read.lines).toEqual([2, 3]);
    // the empty answer is not dropped: the tally rejects it with a reason
    const tally = tallyBallots(read.ballots, { method: "approval", projects: ["park", "library"] });
    expect(tally.rejected.map((r) => [r.voterId, r.code])).toEqual([["u2", "empty"]]);
  });
  it("reads split 0/1 option columns, rank answers and point groups", () => {
    const split = "_uuid;vote/projects/park;vote/projects/clinic\nu1;1;0\nu2;1;1\n";
    expect(readBallotsCsv(split, { question: "projects", delimiter: ";" }).ballots).toEqual([
      { voterId: "u1", approvals: ["park"] },
      { voterId: "u2", approvals: ["park", "clinic"] },
    ]);
    const rank = "meta/instanceID,priorities/order\nuuid:a,clinic park school\n";
    expect(readBallotsCsv(rank, { question: "order", kind: "ranking" }).ballots).toEqual([{ voterId: "uuid:a", ranking: ["clinic", "park", "school"] }]);
    const pts = "_uuid,points/park,points/clinic\nu1,6,4\nu2,,10\n";
    expect(readBallotsCsv(pts, { question: "points", kind: "points" }).ballots).toEqual([
      { voterId: "u1", points: { park: 6, clinic: 4 } },
      { voterId: "u2", points: { clinic: 10 } },
    ]);
  });
  it("lists unreadable rows with their lines and refuses a missing question", () => {
    const csv = "_uuid,vote/projects\nu1,park\nu2,park,extra,cells\n";
    const read = readBallotsCsv(csv, { question: "projects" });
    expect(read.ballots).toHaveLength(1);
    expect(read.problems.map((p) => p.line)).toEqual([3]);
    expect(() => readBallotsCsv(csv, { question: "nothing" })).toThrow(expect.objectContaining({ code: "PLANNING_INVALID_INPUT" }));
  });
});
