export { MahallehError, isMahallehError } from "./MahallehError";
export type {
  CommonErrorCode,
  LocalizedMessage,
  MahallehErrorCode,
  MahallehErrorOptions,
} from "./MahallehError";
export type { SafeFailure, SafeResult, SafeSuccess } from "./SafeResult";
