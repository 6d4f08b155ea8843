// Question texts come from the schemas: a field's title is the question, its
// description the help line. Follow-up actions (ratings[].actions[]) are
// described by the action schema.
import { kindInfo } from "../model/kinds.js";
import type { SchemaReader } from "./schema-walk.js";

export function describer(reader: SchemaReader, kind: string): (path: string) => { title?: string; description?: string } {
  return (path) => {
    const followUp = /(?:^|\.)actions\.(.+)$/.exec(path);
    const [schema, at] = followUp ? ["action.schema.json", followUp[1]!] : [kindInfo(kind)?.schema ?? "", path];
    const node = schema ? reader.at(schema, at) : undefined;
    return { title: node?.title, description: node?.description };
  };
}
