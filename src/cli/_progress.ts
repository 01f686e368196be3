/** Private: a progress bar on stderr, redrawn in place with a carriage return. */

/** Returns a progress callback that draws a bar of `width` cells through `write`. */
export function progressBar(
  write: (text: string) => void,
  label: string,
  width = 30,
  digits: (text: string) => string = (text) => text,
): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === last) return;
    last = percent;
    const filled = Math.round((width * done) / total);
    write(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${digits(`${String(percent).padStart(3)}% ${done}/${total}`)}`);
    if (done >= total) write("\n");
  };
}
