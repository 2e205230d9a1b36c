import { terminalText } from '../lib/text.js';

/** Progress on stderr for a human at a terminal; silent for pipes, CI logs and cron. */
export interface Progress {
  update(message: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let shown = false;
  return {
    update(message) {
      stream.write(`\r\x1b[2K${terminalText(message).slice(0, (stream.columns || 80) - 1)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
