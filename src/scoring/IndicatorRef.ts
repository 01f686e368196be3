/**
 * An indicator named for an audit function: its id, or an object with its id and direction
 * (an entry of `spec.indicators` fits); a direction of −1 multiplies the column by −1 so that
 * every indicator points the same way.
 *
 * @category Index audit
 */
export type IndicatorRef =
  | string
  | {
      /** Column id in the table. */
      readonly id: string;
      /** `-1` flips the column; default 1. */
      readonly direction?: 1 | -1 | undefined;
    };
