// ajv-cli plugin (-c): what lif's own validator adds to ajv, so ajv-cli
// checks the records against the same schemas with the same meaning: the
// "date" format (a real calendar day) and lif's audience annotation keyword.
"use strict";

function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}

module.exports = (ajv) => {
  ajv.addFormat("date", isCalendarDate);
  ajv.addKeyword({ keyword: "x-lif-audience", schemaType: "string" });
};
