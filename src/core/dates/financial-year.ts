// The partnership's year is the financial year, 1 April to 31 March, written 2021/22.
import { yearOf, type IsoDate } from "./calendar.js";

export interface FinancialYear {
  /** The calendar year in which the financial year starts (2021 for 2021/22). */
  startYear: number;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export function financialYear(startYear: number): FinancialYear {
  const end = String((startYear + 1) % 100).padStart(2, "0");
  return {
    startYear,
    label: `${startYear}/${end}`,
    from: `${startYear}-04-01`,
    to: `${startYear + 1}-03-31`,
  };
}

export function financialYearOf(date: IsoDate): FinancialYear {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  return financialYear(month >= 4 ? year : year - 1);
}

export const FINANCIAL_YEAR_FORMS = ["2021/22", "2021-22", "FY2021-22"] as const;

/** Reads `2021/22`, `2021-22` or `FY2021-22`; anything else gives undefined. */
export function parseFinancialYear(text: string): FinancialYear | undefined {
  const m = /^(?:FY)?(\d{4})[/-](\d{2})$/i.exec(text.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  if ((start + 1) % 100 !== Number(m[2])) return undefined;
  if (/^fy/i.test(text.trim()) && text.includes("/")) return undefined;
  return financialYear(start);
}
