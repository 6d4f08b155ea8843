// A planted corpus for the privacy guard: at least 200 identifiers of each
// kind set in the sentences a record would hold, and 200 innocent look-alikes
// (pseudonyms, agencies, places, roles, dates that are not birth dates).
// The names here are a list of their own, not the detector's word lists,
// so recall measures the detector rather than echoing it. Seeded: the same
// corpus every run.

export type PlantedKind = "name" | "date-of-birth" | "nhs-number" | "postcode" | "phone" | "email";

export interface Planted {
  kind: PlantedKind;
  text: string;
  /** The identifying part of `text`. */
  identifier: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = `Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie
Elsie Charlotte Evelyn Sienna Daisy Phoebe Sophie Alice Harper Matilda Ruby Emilia Maya Millie Lucy Harriet Esme Luna
Noah Oliver George Arthur Leo Muhammad Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas
Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James Joshua Albie Elijah Max Mohammed Reuben
Mason Sebastian Rory Jude Louie Benjamin Ethan Adam Hugo Joseph Reggie Ronnie Louis Frankie Liam Kai Aisha Fatima
Priya Zainab Amira Oluwaseun Chidi Kwame Siobhan Niamh Ciaran Bronwen Rhys Dylan Kayleigh Jordan Kirsty Shannon Tyler
Dean Wayne Shane Stacey Leanne Danielle Gemma Hayley Natalie Kerry Lee Craig Darren Jason Nathan Ryan Kieran Bradley
Connor Callum Declan Aaron Marcus Dominic Ashley Jade Chelsea Courtney Paige Megan Bethany Holly Abigail Jessica
Hannah Lauren Chloe Rebecca Samantha Victoria Zoe Kelly Lisa Michelle Joanne Claire Sarah Rachel Laura Nicola Emma
Amy Katie Jodie Carly Tanya Marie Donna Tracey Karen Julie Wendy Sharon Paula Debbie Mandy Gary Steven Paul Mark
Andrew David Michael Richard Robert Peter Stephen Kevin Anthony Christopher Daniel Matthew Simon Ian Neil Martin`.split(/\s+/);

const LAST = `Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts
Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox Alexander
Morgan Hughes Edwards Hill Moore Clark Harrison Scott Young Morris Harris King Baker Ward Turner Carter Cooper Parker
Collins Bennett Cook Bell Murphy Bailey Richardson Kelly Howard Foster Marshall Chapman Mills Hussain Ali Ahmed Begum
Okafor Adeyemi Mensah Kowalski Nowak Popescu O'Brien McCarthy Gallagher Doherty Fraser Campbell Stewart MacDonald
Reid Murray Grant Pearce Barnes Holmes Lloyd Ellis Price Knight Fletcher Sutton Webb Dixon Hunt Palmer Shaw Gibson
Pritchard Whitfield Ashworth Cartwright Fairbrother Haddock Pennington Thistlethwaite Blackwood Featherstone`.split(/\s+/);

const NAME_FRAMES = [
  (n: string) => `Mother ${n} attended the strategy meeting.`,
  (n: string) => `The social worker spoke with ${n} at the family home.`,
  (n: string) => `${n} was the child's stepfather and had a history of violence.`,
  (n: string) => `The health visitor recorded that ${n} missed the appointment.`,
  (n: string) => `Concerns about ${n} were shared with the police.`,
  (n: string) => `Referral made by ${n}, the maternal grandmother.`,
  (n: string) => `School staff noted that ${n} seemed withdrawn.`,
  (n: string) => `The GP saw ${n} twice in March.`,
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DOB_FRAMES = [
  (d: string) => `The child was born on ${d} at the county hospital.`,
  (d: string) => `DOB: ${d}.`,
  (d: string) => `Date of birth ${d}; known to services since infancy.`,
  (d: string) => `Her birthday is ${d}, which the family celebrated.`,
  (d: string) => `Born ${d}, the youngest of three.`,
];

const POSTCODE_AREAS = ["BN", "TN", "RH", "SW", "SE", "E", "N", "NW", "W", "EC", "M", "B", "L", "LS", "S", "CF", "G", "EH", "BS", "OX", "CB", "PO", "SO", "GU", "ME", "CT"];
const POSTCODE_FINAL = [..."ABDEFGHJLNPQRSTUWXYZ"];
const POSTCODE_FRAMES = [
  (p: string) => `The family moved to ${p} in the spring.`,
  (p: string) => `Address recorded as 14 Elm Road, ${p}.`,
  (p: string) => `Placement at postcode ${p} was considered unsafe.`,
  (p: string) => `Letters were sent to ${p} but returned.`,
];

const PHONE_FRAMES = [
  (p: string) => `Mother can be reached on ${p}.`,
  (p: string) => `Call ${p} for the duty team.`,
  (p: string) => `The number ${p} was found on the child's phone.`,
  (p: string) => `Tel: ${p}`,
];

const EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "nhs.net", "eastsussex.gov.uk", "icloud.com"];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function nhsNumber(r: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(r() * 10));
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return [...digits, check === 11 ? 0 : check].join("");
  }
}

export function plantedCorpus(count = 200, seed = 8): Planted[] {
  const r = rng(seed);
  const out: Planted[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
    out.push({ kind: "name", identifier: name, text: pick(r, NAME_FRAMES)(name) });
  }
  for (let i = 0; i < count; i++) {
    const y = 2004 + Math.floor(r() * 18);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const style = i % 3;
    const date = style === 0 ? `${d}/${m}/${y}` : style === 1 ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    out.push({ kind: "date-of-birth", identifier: date, text: pick(r, DOB_FRAMES)(date) });
  }
  for (let i = 0; i < count; i++) {
    const n = nhsNumber(r);
    const shown = i % 2 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
    out.push({ kind: "nhs-number", identifier: shown, text: `NHS number ${shown} was on the discharge letter.` });
  }
  for (let i = 0; i < count; i++) {
    const area = pick(r, POSTCODE_AREAS);
    const district = 1 + Math.floor(r() * 20);
    const p = `${area}${district} ${Math.floor(r() * 10)}${pick(r, POSTCODE_FINAL)}${pick(r, POSTCODE_FINAL)}`;
    out.push({ kind: "postcode", identifier: p, text: pick(r, POSTCODE_FRAMES)(p) });
  }
  for (let i = 0; i < count; i++) {
    const style = i % 4;
    const local = String(Math.floor(r() * 900000) + 100000);
    const phone = style === 0 ? `07${Math.floor(r() * 900) + 100} ${local}` : style === 1 ? `+44 7${Math.floor(r() * 900) + 100} ${local}` : style === 2 ? `01${Math.floor(r() * 900) + 100} ${local}` : `(01273) ${local.slice(0, 3)} ${local.slice(3)}`;
    out.push({ kind: "phone", identifier: phone, text: pick(r, PHONE_FRAMES)(phone) });
  }
  for (let i = 0; i < count; i++) {
    const email = `${pick(r, FIRST).toLowerCase()}.${pick(r, LAST).toLowerCase().replace(/'/g, "")}${i % 3 === 0 ? Math.floor(r() * 99) : ""}@${pick(r, EMAIL_DOMAINS)}`;
    out.push({ kind: "email", identifier: email, text: `Contact ${email} for the return.` });
  }
  return out;
}

/** Innocent text that shares a shape with an identifier. */
export function innocentCorpus(): string[] {
  const pseudonyms = ["Child AA", "Family CC", "Child X", "Child Y", "Child Z", "Child 1", "Child 4", "Baby A", "Family DD", "Thematic Review"];
  const places = ["Hastings", "Eastbourne", "Lewes", "Bexhill", "Newhaven", "Crowborough", "Uckfield", "Seaford", "Rye", "Battle", "Brighton", "Wealden", "Rother", "Peacehaven", "Heathfield"];
  const agencies = ["Sussex Police", "East Sussex Healthcare NHS Trust", "NHS Sussex", "South East Coast Ambulance Service", "East Sussex County Council Children's Services", "Sussex Partnership NHS Foundation Trust", "Youth Offending Team", "Cafcass", "East Sussex Fire and Rescue Service", "Probation Service"];
  const roles = ["Head of Safeguarding", "Designated Nurse for Safeguarding Children", "Named GP for Safeguarding", "Principal Social Worker", "Detective Chief Inspector", "ESSCP Business Manager", "Independent Chair", "Lay Member", "Audit Officer", "Independent reviewer"];
  const frames = [
    (x: string) => `${x} attended the Case Review Group.`,
    (x: string) => `Learning from ${x} was shared in the briefing.`,
    (x: string) => `The review heard from ${x} about the response.`,
    (x: string) => `Practitioners in ${x} took part in the deep dive.`,
  ];
  const dates = ["The meeting on 14/03/2022 agreed the plan.", "Published on 2 May 2021 after sign-off.", "Due 2022-03-31 at the latest.", "Presented to the Board in July 2021.", "Signed off on 10 June 2021.", "The audit was held on 2021-11-18.", "Review date 30/09/2022.", "Since October 2019 the partnership has held 14 rapid reviews.", "Between 1 April 2021 and 31 March 2022 there were 61 courses.", "The Panel was notified on 2021-06-21."];
  const numbers = ["869 participants attended 61 courses.", "1,138 evaluation responses from 6,300 students.", "Reference 2021-14 on the Board tracker.", "Standard s3 rated amber in 2022.", "Case 3 was graded good.", "Section 11 of the Children Act 2004.", "A 67% attendance rate.", "Working Together to Safeguard Children 2018.", "Action 12 of 86 is overdue by 20 days.", "Room 101 was booked for the panel."];
  const phrases = ["Video Interaction Guidance was promoted.", "Early Help and Children's Social Care step-up.", "The Jehovah's Witness community was consulted.", "Operation Wagon focused on seven children.", "Pan Sussex Procedures Group agreed the statement.", "Achieving Best Evidence interviews improved.", "Multi-Agency Child Exploitation panel.", "The ICON programme for infant crying.", "Harmful Sexual Behaviour in Schools and Colleges.", "Mental Health Support Teams in 52 schools."];
  const out: string[] = [];
  for (const list of [pseudonyms, places, agencies, roles]) for (const x of list) for (const f of frames) out.push(f(x));
  out.push(...dates, ...numbers, ...phrases);
  return out.slice(0, Math.max(200, out.length));
}

/**
 * Names written after the detector's word lists were last changed and never
 * used to tune them: their recall is reported, not required, as an honest
 * view of names the lists do not know.
 */
export const HELD_OUT_NAMES = [
  "Keira Whitmore", "Bartholomew Quince", "Oksana Lysenko", "Tobias Wren", "Imani Okoro", "Fergus Tait", "Delphine Marchetti",
  "Rowan Pike", "Saoirse Dunleavy", "Jago Penrose", "Anouk Visser", "Casimir Zielinski", "Blessing Nwosu", "Ottoline Creed",
  "Idris Bevan", "Marnie Sollis", "Wiktoria Mazur", "Lorcan Brady", "Ines Carvalho", "Barnaby Thorne", "Kezia Lovell",
  "Tariq Siddiqui", "Perpetua Ansah", "Florian Weiss", "Hamish Buchan", "Yolanda Pires", "Cosmo Redfern", "Ffion Pugh",
  "Evander Holt", "Tallulah Brent",
].map((name, i) => ({ kind: "name" as const, identifier: name, text: [`The social worker spoke with ${name} at home.`, `${name} attended the core group.`, `Concerns about ${name} were shared.`][i % 3]! }));
