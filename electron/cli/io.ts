/** Where a command writes: stdout for results, stderr for progress and messages. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  isTTY: boolean;
  /** Redraw one status line in place on a terminal (no newline); a no-op elsewhere. */
  status?(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stderr.isTTY),
  status: (line) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${line}\u001b[K`);
  },
};
