import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const root = fileURLToPath(new URL("../", import.meta.url));
const src = `${root}src/`;
const alias = [
  { find: /^mahalleh$/, replacement: `${src}index.ts` },
  { find: /^mahalleh\/validation\/node$/, replacement: `${src}validation/node.ts` },
  { find: /^mahalleh\/charts\/(map|monitoring)$/, replacement: `${src}charts/$1.ts` },
  { find: /^mahalleh\/(jalali|text|models|validation|scoring|planning|monitoring|evaluation|charts)$/, replacement: `${src}$1/index.ts` },
];

/** Date-dependent code must not care about the host zone: these suites run once per zone. */
const zoneSensitive = [
  "src/jalali/**/*.test.ts",
  "src/models/**/*.test.ts",
  "src/validation/**/*.test.ts",
  "test/timezone.test.ts",
];
const zones = ["Asia/Tehran", "America/Los_Angeles", "Asia/Tokyo"];

/**
 * Suites too slow for `npm test` (they took about a third of its CPU time): the runnable
 * examples (each a child process), the comparisons against other Jalali libraries, the big
 * fuzz and robustness loops, the brute-force optimality check of planning, and the vitest
 * typecheck of the *.test-d.ts files (a tsc run; `npm run check` runs tsc too). Project
 * "slow", part of `npm run test:all` and so of CI.
 */
/**
 * Suites that need a fresh module registry (what they check happens once per process: the
 * sample built on first access, HiGHS located on the first solve). Every other unit file
 * shares its worker's modules (`isolate: false`): the same run took 81 s of CPU instead of
 * 288 s, as each of 300 files no longer imports the library anew.
 */
const isolated = ["src/models/sampleDataset.lazy.test.ts", "src/planning/_highs.test.ts"];

const slow = [
  "test/examples-run.test.ts",
  "src/jalali/parseJalali.peers.test.ts",
  "src/jalali/parseJalali.fuzz.test.ts",
  "src/text/robustness.test.ts",
  "src/planning/prioritizeInterventions.optimality.test.ts",
];

const config: ViteUserConfig = defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/package.test.ts", "test/browser/**", "test/scaling.test.ts", ...slow, ...isolated],
          env: { TZ: "UTC" },
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: { name: "isolated", include: isolated, env: { TZ: "UTC" }, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "slow",
          include: slow,
          env: { TZ: "UTC" },
          testTimeout: 120_000,
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      ...zones.map((tz) => ({
        resolve: { alias },
        test: { name: `tz:${tz}`, include: zoneSensitive, env: { TZ: tz }, testTimeout: 30_000 },
      })),
      {
        resolve: { alias },
        test: { name: "browser", include: ["test/browser/**/*.test.ts"], env: { TZ: "UTC" }, testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
      },
      {
        // Ratios of run times: alone, after every other project has finished (groupOrder 1;
        // the others are group 0 and run together), so that their parallel files do not add
        // noise; part of `npm run test:all`. A case measures again (up to five times) while its
        // ratio is above 12: tableFromCsv from 262,144 rows took 88 s so on an idle CI run, so
        // the timeout leaves room for a slower host (the assertion is the ratio, not the time).
        resolve: { alias },
        test: { name: "scaling", include: ["test/scaling.test.ts"], env: { TZ: "UTC" }, testTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
      {
        test: { name: "package", include: ["test/package.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
  },
});

export default config;
