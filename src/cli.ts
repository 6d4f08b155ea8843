// Entry point of the lif executable: the only place the process ends.
import { CommanderError } from "commander";
import { EXIT_USAGE } from "./errors.js";
import { buildProgram } from "./program.js";

// `lif export | head` closes the pipe early: that is the reader's choice, not
// an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    throw error;
  }
}
