/**
 * One resolution (or task) in {@link followUpChart}: the agency responsible and where it
 * stands. Shaped after what the monitoring module reports per resolution, so its results
 * slot in; `state` is one of the known states below or any other text (drawn grey).
 *
 * Known states, in drawing order: `"done"` (انجام شد), `"on-track"` (در جریان، در مهلت),
 * `"due-soon"` (نزدیک مهلت), `"overdue"` (گذشته از مهلت), `"cancelled"` (لغو شد).
 *
 * @category Charts
 */
export interface FollowUpItem {
  /** The responsible agency's id (names through `ChartOptions.labels`). */
  readonly agencyId: string;
  /** Where the resolution stands. */
  readonly state: "done" | "on-track" | "due-soon" | "overdue" | "cancelled" | (string & {});
  /** Working days past the deadline (for overdue items), used for the mean in the tooltip. */
  readonly workingDaysOverdue?: number | undefined;
}
