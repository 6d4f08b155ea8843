// The one place lif asks what day it is. Everything else takes `asOf`.
import { format } from "date-fns";

export function today(): string {
  return format(new Date(), "yyyy-MM-dd");
}
