/** The part of moment-jalaali (a dev dependency without types) that the round-trip tests use. */
declare module "moment-jalaali" {
  interface JalaaliMoment {
    format(pattern: string): string;
  }
  interface MomentJalaali {
    (input: string, pattern: string): JalaaliMoment;
    loadPersian(options?: { dialect?: "persian" | "persian-modern"; usePersianDigits?: boolean }): void;
    locale(name?: string): string;
  }
  const moment: MomentJalaali;
  export default moment;
}
