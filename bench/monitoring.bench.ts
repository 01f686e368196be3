/**
 * Follow-up at scale (issue 12): 100,000 resolutions over a ten-year span (1395–1404) with
 * deadlines, completions, extensions and follow-ups. Targets: `followUpResolutions` ≤ 200 ms
 * per pass (working-day counts in O(1) per pair, from prefix counts per day), and
 * `agencyScorecard` on the same ≤ 2× the follow-up's time. The peer for the counts is the
 * day-by-day `WorkCalendar.workingDaysBetween` on the same pairs.
 */
import { createWorkCalendar, fromDayNumber, toDayNumber } from "../src/jalali/index";
import type { JalaliDate } from "../src/jalali/index";
import type { AgencyId, Resolution, ResolutionId, SessionId } from "../src/models/index";
import { agencyScorecard, followUpResolutions } from "../src/monitoring/index";
import { loadavg } from "node:os";
import { compare } from "./harness";

function resolutions(count: number): Resolution[] {
  let seed = 1404_01_20;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = toDayNumber({ year: 1395, month: 1, day: 1 });
  const span = toDayNumber({ year: 1404, month: 12, day: 29 }) - start;
  const statuses = ["open", "in-progress", "done", "cancelled"] as const;
  return Array.from({ length: count }, (_, k) => {
    const session = start + Math.floor(next() * (span - 400));
    const deadline = session + 10 + Math.floor(next() * 300);
    const status = statuses[Math.floor(next() * 4)]!;
    const r: Resolution = {
      id: `r${k}` as ResolutionId,
      sessionId: `s${Math.floor(k / 8)}` as SessionId,
      sessionDate: fromDayNumber(session),
      number: (k % 8) + 1,
      text: "مصوبه",
      responsibleAgencyId: `agency-${k % 40}` as AgencyId,
      deadline: fromDayNumber(deadline),
      status,
      followUps: [{ date: fromDayNumber(session + 20), note: "پیگیری", progressPercent: 30 }],
    };
    // Done within a month either side of the deadline, never before the session (the schema's rule).
    if (status === "done") r.completedOn = fromDayNumber(Math.max(session, deadline - 30 + Math.floor(next() * 60)));
    if (k % 10 === 0) r.deadlineChanges = [{ date: fromDayNumber(session + 5), newDeadline: fromDayNumber(deadline + 60), reasonFa: "تمدید" }];
    return r;
  });
}

export default async function run(): Promise<void> {
  const asOf: JalaliDate = { year: 1404, month: 6, day: 1 };
  const big = resolutions(100_000);
  const calendar = createWorkCalendar();
  followUpResolutions(big, { asOf, calendar }); // build the prefix counts once
  await compare(
    {
      title: "agencyScorecard vs followUpResolutions, 100,000 resolutions over 10 years (target: scorecard ≤ 2× the follow-up's time)",
      ours: () => agencyScorecard(big, { asOf, calendar }),
      peers: { followUpResolutions: () => followUpResolutions(big, { asOf, calendar }) },
      targets: { followUpResolutions: 0.5 },
    },
    { time: 2000, rounds: 4 },
  );
  // The absolute budget: 10 passes, wall-clock and CPU time (this process's user + system
  // time, which a loaded machine inflates far less than the wall clock).
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 10; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    followUpResolutions(big, { asOf, calendar });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const median = [...times].sort((a, b) => a - b)[5]!;
  const cpuMedian = [...cpu].sort((a, b) => a - b)[5]!;
  console.log(
    `  followUpResolutions, 100,000 resolutions: median ${median.toFixed(1)} ms, mean ${mean.toFixed(1)} ms per pass over 10 (target ≤ 200 ms ${median <= 200 ? "met" : "NOT MET"} by the median); CPU time median ${cpuMedian.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(2)}`,
  );

  const pairs = big.slice(0, 2_000).map((r) => [r.deadline, asOf] as const);
  await compare({
    title: "Working days between deadline and asOf, 2,000 pairs: prefix counts (via followUpResolutions) vs day by day",
    ours: () => followUpResolutions(big.slice(0, 2_000), { asOf, calendar }),
    peers: { "WorkCalendar.workingDaysBetween (day by day)": () => pairs.map(([a, b]) => calendar.workingDaysBetween(a, b)) },
  });
}
