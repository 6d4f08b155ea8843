// A file of the store as read, and what checking it on its own gives: the
// shapes the loader (load-store.ts) and the reader thread of a large store
// share. A module of its own, so that the thread does not load the
// checking code before it reads its first files.
import type { Finding } from "../findings.js";
import type { LifRecord } from "../model/records.js";

/** One file of the store as the io layer read it: text, or why it could not be read. */
export interface SourceFile {
  file: string;
  text?: string;
  problem?: string;
  /** Where in the file the problem starts, when it is a place (an invalid byte). */
  line?: number;
  column?: number;
  /**
   * The file already checked on its own (checkFile) by whoever read it, with
   * the options this load uses: a thread reading a large store ahead.
   */
  checked?: FileCheck;
}

/** What one file says on its own: its findings, and what other files may refer to. */
export interface FileCheck {
  file: string;
  /** Findings in this file found without looking at any other, located. */
  findings: Finding[];
  /** The record, when it passed its schema (only its rule view when asked). */
  record?: LifRecord;
  /** The id the file declares, or its name when it cannot be parsed; with the kind when that is a known one. */
  known?: { id: string; kind?: string };
  /** What a record that failed its schema says about the record it answers, as an action. */
  brokenSource?: { record: string; recommendation?: unknown; standard?: unknown; item?: unknown };
}

/** The check of a file whose record passed its schema: the record, as kept, and what the rules about it alone found. */
export function passedCheck(file: string, kept: LifRecord, findings: Finding[] = []): FileCheck {
  return { file, findings, known: { id: kept.id, kind: kept.kind }, record: kept };
}

/**
 * The id a file is named for: its name without .yaml or .yml. A file that
 * cannot be parsed is still there under it, and a record's id must match it.
 */
export function idFromFileName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
}
