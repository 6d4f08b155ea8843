import { describe, expect, it } from "vitest";
import { FINANCIAL_YEAR_FORMS, financialYear, financialYearOf, parseFinancialYear } from "../../src/core/dates/financial-year.js";

describe("financialYearOf: 1 April to 31 March", () => {
  it("puts 31 March in the year that ends then, and 1 April in the next", () => {
    expect(financialYearOf("2022-03-31").label).toBe("2021/22");
    expect(financialYearOf("2022-04-01").label).toBe("2022/23");
    expect(financialYearOf("2021-04-01").label).toBe("2021/22");
    expect(financialYearOf("2022-01-01").label).toBe("2021/22");
  });

  it("gives the first and last day", () => {
    expect(financialYear(2021)).toEqual({ startYear: 2021, label: "2021/22", from: "2021-04-01", to: "2022-03-31" });
    expect(financialYear(1999).label).toBe("1999/00");
    expect(financialYear(2099).to).toBe("2100-03-31");
  });
});

describe("parseFinancialYear", () => {
  it.each(FINANCIAL_YEAR_FORMS)("accepts %s", (text) => {
    expect(parseFinancialYear(text)?.label).toBe("2021/22");
  });

  it("accepts a lower-case fy and surrounding spaces, and the turn of a century", () => {
    expect(parseFinancialYear("fy2021-22")?.from).toBe("2021-04-01");
    expect(parseFinancialYear(" 2021/22 ")?.label).toBe("2021/22");
    expect(parseFinancialYear("1999/00")?.to).toBe("2000-03-31");
  });

  it.each(["2021/23", "2021-21", "FY2021/22", "21/22", "2021", "2021/2022", "2021–22", "FY 2021-22", "", "2021/22x"])("rejects %j", (text) => {
    expect(parseFinancialYear(text)).toBeUndefined();
  });
});
