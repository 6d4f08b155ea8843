// Errors a user can cause (a bad flag, no store, a bad date) are UsageError:
// the CLI prints the message alone and exits 2. Anything else is a bug and
// keeps its stack trace.

export const EXIT_OK = 0;
/** Invalid records or findings (including refused updates). */
export const EXIT_FINDINGS = 1;
/** Usage or environment error: bad flag, no store, unreadable input. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
    super(message);
  }
}
