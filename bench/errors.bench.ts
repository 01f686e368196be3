import { isMahallehError, MahallehError } from "../src/errors/index";
import { compare } from "./harness";

/** The guard is called on every caught error: it must cost no more than instanceof. */
export default async function run(): Promise<void> {
  const error = new MahallehError("INTERNAL", { fa: "الف", en: "a" });
  await compare({
    title: "isMahallehError vs instanceof",
    ours: () => isMahallehError(error),
    peers: { instanceof: () => error instanceof MahallehError },
  });
}
