// The privacy guard's detectors and how it traces a hit to its record and field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardOutput, scanText, validNhsNumber, type PrivacyContext, type SourcedText } from "../../src/core/render/privacy.js";

const context: PrivacyContext = {
  allowed: ["East Sussex Safeguarding Children Partnership", "ESSCP", "Sussex Police", "Head of Safeguarding", "Thematic Review", "Designated Nurse for Safeguarding Children"],
};
const kinds = (text: string) => scanText(text, context).map((h) => `${h.kind}:${h.match}`);

describe("NHS numbers: ten digits with a valid modulus 11 check digit", () => {
  it.each(["9434765919", "943 476 5919", "943-476-5919", "4010232137"])("%s is caught", (n) => {
    expect(kinds(`NHS number ${n} recorded`)).toEqual([`nhs-number:${n}`]);
  });

  it("a ten-digit number with the wrong check digit is not", () => {
    expect(validNhsNumber("9434765918")).toBe(false);
    expect(kinds("reference 9434765918")).toEqual([]);
  });

  it("a check digit of 10 is never valid", () => {
    // 10*1+9*0+...: weights give remainder 1, check 10.
    const digits = Array.from({ length: 1000 }, (_, i) => `1${String(i).padStart(3, "0")}00000`).find((d) => {
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      return 11 - (sum % 11) === 10;
    })!;
    for (let last = 0; last <= 9; last++) expect(validNhsNumber(`${digits}${last}`)).toBe(false);
  });
});

describe("postcodes, phones, emails", () => {
  it.each(["BN7 2AB", "BN72AB", "TN34 1AA", "SW1A 1AA", "W1A 0AX", "bn7 2ab"])("postcode %s", (p) => {
    expect(kinds(`lives at ${p} now`)).toEqual([`postcode:${p}`]);
  });

  it.each(["01273 123456", "07700 900123", "+44 7700 900123", "(01424) 123456", "0800 123 4567"])("phone %s", (p) => {
    expect(kinds(`call ${p} today`)).toEqual([`phone:${p}`]);
  });

  it("email", () => {
    expect(kinds("write to jo.bloggs_1@example.co.uk please")).toEqual(["email:jo.bloggs_1@example.co.uk"]);
  });

  it("years, counts, S11 and dates are not phones or postcodes", () => {
    expect(kinds("In 2021/22, 8 rapid reviews; S11 2022; 869 staff attended 61 courses on 2022-03-31; standard s11 2a")).toEqual([]);
  });
});

describe("dates of birth: a date near born / DOB / date of birth", () => {
  it.each(["born 12/03/2015", "DOB: 12.03.15", "date of birth 2015-03-12", "was born on 3rd March 2015", "D.O.B. March 12, 2015"])("%s", (text) => {
    expect(kinds(text).map((k) => k.split(":")[0])).toEqual(["date-of-birth"]);
  });

  it("a birth word counts when the 30 characters before the date begin inside it", () => {
    // The window starts at the b of "unborn": from there "born" is a word. A text is only
    // passed over when it holds none of the birth words' letters, with or without boundaries.
    const text = "An unborn child, scan on the".padEnd(35, " ") + "12/03/2015";
    expect(text.indexOf("12/03/2015") - text.indexOf("born")).toBe(30);
    expect(kinds(text).map((k) => k.split(":")[0])).toEqual(["date-of-birth"]);
  });

  it.each(["| Date of birth | 12/03/2015 |", "| DOB | 3 March 2015 |", "DOB|12/03/2015", "Child X (DOB: | 12/03/2015)", "Baby born \\| 3 March 2015"])(
    "a birth word across a table cell or a pipe still counts: %s", (text) => {
      expect(kinds(text).map((k) => k.split(":")[0])).toEqual(["date-of-birth"]);
    });

  it("a date that is not a birth date is not caught", () => {
    expect(kinds("The review was signed off on 12/03/2022 and published 31 March 2022.")).toEqual([]);
  });
});

describe("names", () => {
  it.each(["Sarah Jones", "Mrs Okafor", "Dr. Patel", "Mohammed said", "Amber Smith", "Zara Begum", "Kelly Taylor"])("%s is caught", (text) => {
    expect(kinds(`We spoke to ${text} at home.`).some((k) => k.startsWith("name:"))).toBe(true);
  });

  it.each([
    "Child X", "Child AA", "Family CC", "Child 1", "Children 2", "Thematic Review", "Sussex Police", "Head of Safeguarding",
    "East Sussex", "Brighton & Hove", "Newhaven", "amber rating", "Amber", "Grace period", "May 2022", "Early Help", "the Independent Chair",
    "Jehovah's Witness community", "Video Interaction Guidance", "Designated Nurse for Safeguarding Children",
  ])("%s is not", (text) => {
    expect(kinds(`About ${text}, the ESSCP agreed.`)).toEqual([]);
  });
  it("an allowed phrase written with spaces around it is still a phrase, wherever it stands", () => {
    const text = "The team met at Mary Seacole Ward.";
    expect(scanText(text, { allowed: [] }).map((h) => h.match)).toContain("Mary Seacole");
    expect(scanText(text, { allowed: [" Mary Seacole Ward "] })).toEqual([]);
  });
});

describe("guardOutput: what reaches the output, traced to record and field", () => {
  const texts: SourcedText[] = [
    { text: "Sarah Jones was seen at BN7 2AB.", record: "rr-1", file: "records/reviews/rr-1.yaml", path: "/summary", reviewed: [] },
    { text: "Not shown: NHS 943 476 5919", record: "rr-1", file: "records/reviews/rr-1.yaml", path: "/circumstances", reviewed: [] },
    { text: "Dr Foster training, see BN1 1AA", record: "rr-2", file: "records/reviews/rr-2.yaml", path: "/briefing/links/0/title", reviewed: ["Dr Foster training"] },
  ];

  it("names each hit's record and JSON path; text not in the output is not a hit", () => {
    const output = "# Child 1\n\nSarah Jones was seen at BN7 2AB.\n\nDr Foster training, see BN1 1AA\n";
    const findings = guardOutput(output, texts, context, "briefing/rapid-review");
    expect(findings.map((f) => `${f.record} ${f.path} ${f.kind} ${f.match}`)).toEqual([
      "rr-1 /summary name Sarah Jones",
      "rr-1 /summary postcode BN7 2AB",
      "rr-2 /briefing/links/0/title postcode BN1 1AA",
    ]);
  });

  it("identifying text a template wrote is reported against the template", () => {
    const findings = guardOutput("Contact Mrs Okafor on 01273 123456\n", [], context, "annual-report/reviews");
    expect(findings.map((f) => `${f.file} ${f.kind}`)).toEqual(["templates/annual-report/reviews.hbs name", "templates/annual-report/reviews.hbs phone"]);
  });

  it("a record's date that a template sets after a birth word is the template's finding; a record's own is the record's", () => {
    const dates: SourcedText[] = [
      { text: "2021-06-02", record: "act-1", file: "records/actions/act-1.yaml", path: "/created", reviewed: [] },
      { text: "Baby born 12/03/2015 at home", record: "rr-3", file: "records/reviews/rr-3.yaml", path: "/summary", reviewed: [] },
    ];
    const findings = guardOutput("- Baby born 2021-06-02\n- Baby born 12/03/2015 at home\n", dates, context, "annual-report/actions");
    expect(findings.map((f) => `${f.file} ${f.kind} ${f.match}`)).toEqual([
      "records/reviews/rr-3.yaml date-of-birth 12/03/2015",
      "templates/annual-report/actions.hbs date-of-birth 2021-06-02",
    ]);
  });
});

describe("the scan's shortcuts change no finding", () => {
  // Names, titles, birth words and dates, pieces of them, capitals, and allowed phrases
  // that begin or end inside a word, so that masking can cut a word down to a name.
  const tokens = [
    "Sarah", "Jones", "Alison", "Ali", "McDonald", "Donald", "Holly", "Knight", "May", "Smith's", "Mr", "Dr.", "Review", "Rev", "Robust",
    "unborn", "born", "DOB", "date of birth", "12/03/2015", "3 March 2015", "The", "Child X", "East Sussex", "GP", "a", "son", "ust",
    " ", " ", " ", "\n", ",", ".", "-", "'", "9434765919", "BN1 1AA", "jo@example.org", "943", "476 5919", "01273", "123456", "+44",
    "7", "bn7", "2ab", "act-2021-0001", "2022-03-31",
  ];
  const texts = fc.array(fc.constantFrom(...tokens), { maxLength: 14 }).map((parts) => parts.join(""));
  const contexts = fc.subarray(["son", "ust", "Mc", "iew", "East Sussex", "Child X", "Knight", "Jones"]).map((allowed): PrivacyContext => ({ allowed }));

  it("finds what the full scan finds, in any text and with any allowed phrases", () => {
    fc.assert(fc.property(texts, contexts, (text, ctx) => {
      expect(scanText(text, ctx)).toEqual(scanText(text, ctx, false));
    }), { numRuns: 4000 });
  });
});
