// Word lists for the privacy guard's name detector. Given names and surnames
// common in England (ONS baby-name and surname frequency lists), without the
// ones that are everyday words; those count only beside a surname or a title.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const GIVEN_NAMES = words(`
Aaliyah Aaron Abdul Abdullah Abigail Ada Adam Adrian Ahmed Aidan Aiden Aisha Alan Albert Alex Alexander Alexandra Alfie Alfred Ali
Alice Alicia Alison Amelia Amir Amy Andrea Andrew Angela Anna Annabelle Anne Annie Anthony Archie Arthur Arya Ashley Aston Ava Ayesha
Barbara Barry Beatrice Ben Benjamin Bethany Beverley Bobby Bradley Brandon Brenda Brian Bronwen Callum Cameron Carl Carly Carol Caroline
Carter Catherine Charlie Charlotte Chelsea Chloe Christine Christopher Claire Clare Colin Connor Craig Daisy Damian Daniel Danielle
Darren David Dean Deborah Declan Denise Dennis Derek Diane Dominic Donna Dylan Eddie Edward Eleanor Elijah Elizabeth Ella Ellie Elliot
Elliott Emily Emma Eric Erin Esme Ethan Evelyn Evie Ewan Fatima Finlay Finley Florence Francesca Freddie Freya Gabriel Gareth Gary
Gavin Gemma Geoffrey George Georgia Georgina Gillian Glen Gordon Graham Hannah Harley Harper Harriet Harrison Harry Harvey Hassan
Hayley Heather Helen Henry Hollie Hugo Hussain Ian Imogen Isaac Isabel Isabella Isabelle Isla Ivan Jacob Jade Jake James Jamie Jane
Janet Jasmine Jason Jayden Jean Jemima Jenna Jennifer Jessica Joanna Joanne Joe Joel Johanna John Jonathan Jordan Joseph Josephine
Josh Joshua Judith Julia Julie Justin Kai Karen Kate Katherine Katie Kayla Keith Kelly Kenneth Kerry Kevin Kieran Kimberley Kirsty
Kyle Laura Lauren Layla Leah Lee Leo Leon Leonard Lewis Liam Lilly Linda Lindsay Lisa Logan Lola Louis Louise Lucas Lucy Luke Lydia
Mabel Maddison Madison Maisie Malcolm Margaret Maria Marie Martin Martina Mary Mason Matilda Matthew Maureen Megan Melanie Melissa
Mia Michael Michelle Millie Mohamed Mohammad Mohammed Molly Muhammad Nadia Naomi Natalie Natasha Nathan Neil Nicholas Nicola Niamh
Noah Oliver Olivia Omar Oscar Owen Paige Pamela Patricia Patrick Paul Paula Pauline Peter Philip Phoebe Priya Rachel Rebecca Reece
Rhys Richard Riley Robert Robyn Rosie Ross Roxanne Ryan Sadie Samantha Samuel Sandra Sara Sarah Scarlett Sean Sebastian Shannon
Sharon Shaun Sheila Sienna Simon Sofia Sophia Sophie Stacey Stanley Stephanie Stephen Steven Stuart Susan Suzanne Tanya Teresa
Theo Theodore Thomas Tiffany Timothy Toby Tommy Tracey Tracy Trevor Tyler Valerie Vanessa Wayne Wendy William Yasmin Yusuf Zachary
Zainab Zara Zoe
Albie Alfie Arlo Aurora Bella Bonnie Darcie Darcy Eden Edith Eliza Elsie Elodie Emilia Erin Frankie Harlow Heidi Hallie Ivo Jude
Leanne Lexi Lyla Louie Luna Maya Mandy Maeve Margot Mila Nancy Nell Orla Ottilie Penelope Reggie Reuben Ronnie Roman Rory Ruben Stevie
Teddy Tilly Vinnie Wilfred Zac Zachariah Kayleigh Jodie Tamsin Lorraine Jacqueline Gail Debbie Dawn Mandy Shane Stacey Lacey Aimee
Amira Chidi Kwame Oluwaseun Siobhan Ciaran Aoife Sinead Callum Lachlan Ellis Kayden Jaxon Grayson Ezra Caleb Felix Jesse Ralph
`);

/** Given names that are also everyday or domain words (May, Amber, Grace): a name only beside a surname. */
export const AMBIGUOUS_GIVEN_NAMES = words(`
April Amber Art August Autumn Bill Bob Chase Crystal Dawn Don Faith Frank Grace Guy Harmony Holly Hope Hunter Iris Ivy Jack Joy June
Lily Mark Max May Pat Pearl Poppy Ray Rob Robin Rose Ruby Sky Star Sue Summer Victoria Will Violet Jasmine Sonny Rich Miles Sunny
`);

/** Common surnames that are not everyday words (Green, White, Hill, King are left out). */
export const SURNAMES = words(`
Smith Jones Williams Taylor Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker Edwards Hughes Lewis Harris
Clarke Patel Jackson Turner Martin Cooper Morris Moore Clark Harrison Morgan Allen Phillips Watson Davis Parker Bennett Griffiths
Mitchell Kelly Carter Richardson Bailey Collins Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Mason Ali Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Lloyd Butler
Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
Elliott Reynolds Saunders Payne Pearce Brooks Lawrence Atkinson Bradley Spencer Gill Dawson Burton Watts Booth Perry Ryan Grant
Armstrong Francis Rees Hayes Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Riley Dunn Woods Berry Reid Hawkins Harding Porter
Robertson Newton Oliver Kennedy Williamson Gardner Shah Cooke Bates Henderson Parry Burgess Walton Burns Nicholson Shepherd Ross
Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins Harper Coleman Watkins Chambers Griffin
Wheeler Potter Osborne Johnston Gordon Doyle Wallace Jordan Hutchinson Rowe Burke Pritchard Gilbert Willis Higgins Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Lambert Stephens Akhtar Lynch Goodwin
Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Jennings Holt Kemp Poole Gallagher Stokes Tucker Davidson
Fowler Middleton Okafor Okonkwo Nowak Kowalski Silva Santos Costa Mensah Osei Begam Chowdhury Rahman Islam Uddin Miah Sharma Kumar
Gupta Malik Iqbal Mahmood Hassan Ibrahim Abdi Mohamud Yilmaz Popescu Ferreira Rossi Fernandes Jankowski Wisniewski O'Brien O'Connor
O'Neill McCarthy Murphy Doherty Donnelly Kaye Bloggs Doe
`);

/**
 * Surnames that are also everyday words (Hill, Price, Knight): a name only
 * straight after a given name, never alone.
 */
export const WORD_SURNAMES = words(`
Bell Bird Black Brown Bush Butcher Carpenter Cook Day Fox Green Hall Hart Hill Hunt King Knight Lamb Lane Long Marsh Mills Moon Price
Rich Rose Short Stone Street Swan Wall Ward Waters West White Wood Woods Young Baker Farmer Fisher Hope Frost Snow Sharp Little Field
`);

/** Places the partnership's documents name; never taken for a person. */
export const PLACE_NAMES: readonly string[] = [
  "East Sussex", "West Sussex", "Brighton & Hove", "Brighton and Hove", "Brighton", "Hove", "Sussex", "Kent", "Surrey", "Hastings",
  "Eastbourne", "Lewes", "Newhaven", "Wealden", "Rother", "Bexhill", "Crowborough", "Uckfield", "Seaford", "Hailsham", "Rye",
  "Peacehaven", "Battle", "England", "Wales", "Scotland", "London", "United Kingdom", "Lansdown",
];
