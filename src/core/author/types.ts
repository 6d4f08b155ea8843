// The shapes of `lif new` and `lif init`: a plan is a list of questions about
// the fields of one record; answers are a tree shaped like the record itself,
// so a record file can be fed back as an answers file.
import type { IsoDate } from "../dates/calendar.js";
import type { Partnership } from "../model/records.js";
import type { RecordStore } from "../model/store.js";

export type Answers = Record<string, unknown>;

export interface Choice {
  value: string;
  label: string;
}

/** What a plan may look at: the partnership's vocabularies, the other records, today. */
export interface PlanContext {
  kind: string;
  partnership: Partnership;
  store: RecordStore;
  asOf: IsoDate;
  /** Ids already taken: the store's plus those proposed earlier in this run. */
  takenIds: ReadonlySet<string>;
  /** The schema title and description of a field, by dotted path without indices. */
  describe(path: string): { title?: string; description?: string };
}

/** Where a question is asked: the item it fills (the record, or one entry of a list) and the whole record so far. */
export interface Scope {
  item: Answers;
  root: Answers;
  ctx: PlanContext;
  /** Readable path of the item, "" for the record, "ratings[1]" for an entry. */
  path: string;
  /** The item this entry belongs to (the rating an action answers), if any. */
  parent?: Answers;
}

interface Base {
  /** Dotted path inside the item, e.g. "dates.aware". */
  key: string;
  /** Overrides the schema title. */
  message?: string | ((s: Scope) => string);
  /** Overrides the schema description. */
  help?: string;
  required?: boolean | ((s: Scope) => boolean);
  when?: (s: Scope) => boolean;
  /** A proposed answer: pressing Enter takes it, and so does an unattended run. */
  default?: (s: Scope) => unknown;
}

export type Question =
  | (Base & { type: "text"; pattern?: { regex: RegExp; hint: string }; check?: (value: string, s: Scope) => string | undefined })
  | (Base & { type: "date"; after?: string[]; past?: boolean })
  | (Base & { type: "select"; choices: (s: Scope) => Choice[]; otherText?: boolean; empty?: string })
  | (Base & { type: "multi"; choices: (s: Scope) => Choice[]; min?: number })
  /** omitFalse: "no" is written as nothing (thematic: false says no more than leaving it out). */
  | (Base & { type: "confirm"; omitFalse?: boolean })
  | (Base & { type: "integer"; min: number; max: number })
  | (Base & { type: "texts" })
  | (Base & {
      type: "repeat";
      items: Question[];
      /** Entries fixed in advance (one per standard of a Section 11 cycle): each is asked, none added. */
      seed?: (s: Scope) => Answers[] | undefined;
      min?: number;
      /** Field order of the short form `a:b,c:d` in --set. */
      compact?: string[];
      noun: string;
      itemLabel?: (item: Answers, index: number, s: Scope) => string;
      /** One line for an entry of a proposed list. */
      itemSummary?: (item: Answers) => string;
    });

export interface Plan {
  kind: string;
  questions: Question[];
}

/** One answer that is wrong, named by its readable path. */
export interface Problem {
  field: string;
  message: string;
}

/** One required answer that was not given. */
export interface Missing {
  field: string;
  what: string;
}
