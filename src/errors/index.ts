export { MahallehError, isMahallehError } from "./MahallehError";
export type {
  CommonErrorCode,
  LocalizedMessage,
  MahallehErrorCode,
  MahallehErrorOptions,
} from "./MahallehError";
export type { SafeResult } from "./SafeResult";
