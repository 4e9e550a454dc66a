package annotate

// Small embedded knowledge: what a reader knows without looking it up.
// Lists the models read as features (see tagger.go's lexicon), and the
// house style for names (canonicalOrg). They add a few kilobytes to the wasm.

import (
	"strings"

	"readwell/app/article"
)

// titleWords precede a name and are never part of it ("President", "Deputy
// Press Secretary"). A capitalised run made only of them is no entity.
var titleWords = setOf(
	"President", "Vice", "Deputy", "Press", "Secretary", "Minister", "Prime", "Chancellor",
	"Governor", "Gov.", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman",
	"Mayor", "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Lieutenant", "Lt.", "Major",
	"Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Corporal", "Private", "Commander", "Chief",
	"Director", "Ambassador", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope",
	"Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Reverend", "Rev.", "Father", "Sister",
	"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Sir",
	"Dame", "Lord", "Lady", "CEO", "Chairman", "Chairwoman", "Chair", "Spokesman", "Spokeswoman",
	"Spokesperson", "Commissioner", "Attorney", "Officer", "Agent", "Sheriff", "Detective",
	"Inspector", "Superintendent", "Leader", "Speaker", "Treasurer", "Coach", "Assistant",
	"Associate", "Executive", "Foreign", "Defense", "Defence", "Interior", "Health", "Finance",
	"Home", "State", "Former", "Acting", "Senior", "First", "Premier", "Sheikh", "Emir",
	"Presidente", "Ministro", "Ministra", "Señor", "Señora", "Sr.", "Sra.", "Monsieur", "Madame",
	"M.", "Mme", "Herr", "Frau", "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin",
	"MP", "MEP", "Lawmaker", "Councillor", "Councilman", "Councilwoman", "Alderman",
	// Occupations written before a name, like titles ("Economist John Smith").
	"Economist", "Analyst", "Historian", "Author", "Writer", "Actor", "Actress", "Singer",
	"Rapper", "Comedian", "Producer", "Chef", "Lawyer", "Doctor", "Scientist", "Researcher",
	"Novelist", "Poet", "Artist", "Photographer", "Journalist", "Reporter", "Columnist", "Editor",
	"Activist", "Entrepreneur", "Investor", "Founder", "Co-founder", "Designer", "Architect",
	"Engineer", "Astronaut", "Pilot", "Player", "Striker", "Goalkeeper", "Manager", "Priest",
	"Strategist", "Pollster", "Candidate", "Nominee", "Challenger", "Incumbent", "Diplomat",
	"Host", "Anchor", "Presenter", "Administrator", "Adviser", "Advisor",
	// Positions written before a player's name ("Browns DL Sheldon Richardson").
	"QB", "RB", "WR", "TE", "OL", "DL", "LB", "CB", "DB",
)

// regnalTitles stay with a single name: "King Charles", "Pope Francis".
var regnalTitles = setOf("King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress", "Sheikh", "Emir", "Sultan", "Crown")

// legalForms end a company's full name; the name without them is the
// same company ("Gannett Co." and "Gannett").
var legalForms = setOf("Inc.", "Inc", "Corp.", "Corp", "Co.", "Co", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "GmbH")

// newspaperWords end a newspaper's name after a place's ("Kansas City
// Star", "USA Today", "Miami Herald"): the name is the newspaper's, an
// organisation. Not "Republican", "Democrat" or "Independent", which
// follow a place for a politician ("a Texas Republican").
var newspaperWords = union(dailyPaperWords, setOf("News",
	"Register", "Bee", "Sun", "Globe", "Inquirer", "Star", "Today", "Examiner", "Courier",
	"Dispatch", "Sentinel", "Bulletin", "Union-Tribune", "Sun-Times", "Star-Tribune",
	"Times-Picayune", "Post-Gazette", "Journal-Constitution", "Star-Ledger", "Democrat-Gazette"))

// dailyPaperWords end the names of newspapers after a place ("Los
// Angeles Times") and keep their "The" (publicationSuffixes).
var dailyPaperWords = setOf("Times", "Journal", "Post", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "Observer")

// generationalSuffixes end a person's full name ("Robert P. Casey Jr.",
// "Brent Bozell III"): they stay in the name, and the surname is the word
// before them ("Casey", "Mr. Casey").
var generationalSuffixes = article.GenerationalSuffixes

// orgSuffixes end organisation names, newspapers' among them.
var orgSuffixes = union(newspaperWords, setOf(
	"Foundation", "Institute", "Institution", "University", "College", "School", "Agency",
	"Army", "Navy", "Force", "Forces", "Guard", "Corps", "Department", "Ministry", "Council",
	"Party", "Bank", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Company", "Co.", "Ltd",
	"Ltd.", "LLC", "Group", "Association", "Commission", "Committee", "Court", "Congress",
	"Senate", "Parliament", "Assembly", "House", "Office", "Service", "Services", "Organization",
	"Organisation", "Union", "Federation", "League", "Society", "Center", "Centre", "Fund",
	"Board", "Authority", "Administration", "Bureau", "Police", "Network",
	"Guardian", "Economist", "Press", "Reuters", "Club", "Team", "Airlines", "Motors",
	"Technologies", "Systems", "Labs", "Pharmaceuticals", "Partners", "Capital", "Holdings",
	"Reserve", "Exchange", "Tank", "Trust", "Alliance", "Coalition", "Movement", "Church",
	"Hospital", "Museum", "Library", "Academy", "Cartel", "Brigade", "Battalion", "Command",
	"International", "Initiative", "Program", "Programme", "Project", "Watch",
	"Directorate", "Division", "Secretariat", "Regiment",
	// Company names: "Ceres Robotics", "Blue Origin Aerospace".
	"Robotics", "Aerospace", "Dynamics", "Industries", "Solutions", "Software", "Pharma",
	"Therapeutics", "Biosciences", "Ventures", "Studios", "Records", "Airways", "Logistics",
	"Communications", "Telecom", "Semiconductor", "Electronics", "Automotive", "Bancorp",
	"Productions", "Pictures", "Films", "Media", "Channel",
))

// publicationSuffixes name newspapers and magazines: their names keep "The".
var publicationSuffixes = union(dailyPaperWords, setOf("Guardian", "Economist", "Independent"))

// places maps place names and their aliases to a canonical name.
var places = map[string]string{}

// demonyms maps adjectives and nouns of nationality to the place.
var demonyms = map[string]string{}

func init() {
	countries := [][]string{
		{"United States", "U.S.", "US", "USA", "U.S.A.", "America", "United States of America"},
		{"United Kingdom", "U.K.", "UK", "Britain", "Great Britain"},
		{"Mexico", "México"}, {"Canada"}, {"Brazil", "Brasil"}, {"Argentina"}, {"Chile"}, {"Colombia"},
		{"Peru", "Perú"}, {"Venezuela"}, {"Cuba"}, {"Ecuador"}, {"Bolivia"}, {"Uruguay"}, {"Paraguay"},
		{"Guatemala"}, {"Honduras"}, {"El Salvador"}, {"Nicaragua"}, {"Costa Rica"}, {"Panama"},
		{"Haiti"}, {"Dominican Republic"}, {"Jamaica"}, {"France"}, {"Germany", "Deutschland"},
		{"Italy", "Italia"}, {"Spain", "España"}, {"Portugal"}, {"Netherlands", "Holland"},
		{"Belgium"}, {"Switzerland"}, {"Austria"}, {"Ireland"}, {"Scotland"}, {"Wales"}, {"England"},
		{"Sweden"}, {"Norway"}, {"Denmark"}, {"Finland"}, {"Iceland"}, {"Poland"}, {"Ukraine"},
		{"Russia"}, {"Belarus"}, {"Czech Republic", "Czechia"}, {"Slovakia"}, {"Hungary"},
		{"Romania"}, {"Bulgaria"}, {"Greece"}, {"Turkey", "Türkiye"}, {"Serbia"}, {"Croatia"},
		{"Bosnia"}, {"Albania"}, {"Kosovo"}, {"Moldova"}, {"Georgia"}, {"Armenia"}, {"Azerbaijan"},
		{"Israel"}, {"Palestine"}, {"Gaza"}, {"Lebanon"}, {"Syria"}, {"Jordan"}, {"Iraq"}, {"Iran"},
		{"Saudi Arabia"}, {"Yemen"}, {"Oman"}, {"Qatar"}, {"Kuwait"}, {"Bahrain"},
		{"United Arab Emirates", "UAE"}, {"Egypt"}, {"Libya"}, {"Tunisia"}, {"Algeria"},
		{"Morocco"}, {"Sudan"}, {"South Sudan"}, {"Ethiopia"}, {"Somalia"}, {"Kenya"}, {"Uganda"},
		{"Tanzania"}, {"Rwanda"}, {"Nigeria"}, {"Ghana"}, {"Senegal"}, {"Mali"}, {"Niger"},
		{"Cameroon"}, {"Congo"}, {"Angola"}, {"Zambia"}, {"Zimbabwe"}, {"Mozambique"},
		{"South Africa"}, {"Namibia"}, {"Botswana"}, {"Madagascar"}, {"China"}, {"Japan"},
		{"South Korea"}, {"North Korea"}, {"Korea"}, {"Taiwan"}, {"Hong Kong"}, {"Mongolia"},
		{"India"}, {"Pakistan"}, {"Bangladesh"}, {"Sri Lanka"}, {"Nepal"}, {"Afghanistan"},
		{"Kazakhstan"}, {"Uzbekistan"}, {"Vietnam"}, {"Thailand"}, {"Cambodia"}, {"Laos"},
		{"Myanmar", "Burma"}, {"Malaysia"}, {"Singapore"}, {"Indonesia"}, {"Philippines"},
		{"Australia"}, {"New Zealand"}, {"Europe"}, {"Africa"}, {"Asia"}, {"Latin America"},
		{"Middle East"}, {"Antarctica"},
	}
	for _, c := range countries {
		for _, name := range c {
			places[name] = c[0]
		}
	}
	cities := []string{
		"Mexico City", "Washington", "New York", "New York City", "Los Angeles", "Chicago", "Houston",
		"San Francisco", "Miami", "Boston", "Seattle", "Dallas", "Atlanta", "Philadelphia", "Detroit",
		"London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Amsterdam", "Brussels", "Vienna",
		"Geneva", "Zurich", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Warsaw", "Prague",
		"Budapest", "Athens", "Moscow", "Kyiv", "Kiev", "Istanbul", "Ankara", "Jerusalem", "Tel Aviv",
		"Beirut", "Damascus", "Baghdad", "Tehran", "Riyadh", "Dubai", "Doha", "Cairo", "Nairobi",
		"Lagos", "Johannesburg", "Cape Town", "Beijing", "Shanghai", "Tokyo", "Seoul", "Taipei",
		"Delhi", "New Delhi", "Mumbai", "Karachi", "Islamabad", "Kabul", "Bangkok", "Jakarta",
		"Manila", "Sydney", "Melbourne", "Toronto", "Ottawa", "Montreal", "Vancouver", "Havana",
		"Bogotá", "Bogota", "Lima", "Santiago", "Buenos Aires", "São Paulo", "Rio de Janeiro",
		"Brasília", "Caracas", "Quito", "Guadalajara", "Monterrey", "Tijuana", "Ciudad Juárez",
		"Edinburgh", "Dublin", "Cardiff", "Belfast", "Manchester", "Birmingham", "Glasgow",
		"Munich", "Hamburg", "Frankfurt", "Milan", "Barcelona", "Marseille", "Lyon", "Brussels",
		"Kathmandu", "Hanoi", "Singapore", "Kuala Lumpur", "Auckland", "Wellington", "Anchorage",
	}
	for _, c := range cities {
		places[c] = c
	}
	states := []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
		"Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
		"Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
		"Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
		"New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
		"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
		"Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"}
	for _, s := range states {
		places[s] = s
	}
	for abbr, state := range stateAbbreviations {
		places[abbr] = state
	}
	// Datelines write places in capitals ("MADRID (AP) —").
	for name, canon := range places {
		if len(name) > 3 {
			places[strings.ToUpper(name)] = canon
		}
	}
	for demonym, place := range map[string]string{
		"American": "United States", "Americans": "United States", "Mexican": "Mexico", "Mexicans": "Mexico",
		"Canadian": "Canada", "Canadians": "Canada", "British": "United Kingdom", "Briton": "United Kingdom",
		"Britons": "United Kingdom", "French": "France", "German": "Germany", "Germans": "Germany",
		"Italian": "Italy", "Italians": "Italy", "Spanish": "Spain", "Portuguese": "Portugal",
		"Dutch": "Netherlands", "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria",
		"Irish": "Ireland", "Scottish": "Scotland", "Welsh": "Wales", "English": "England",
		"Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland",
		"Polish": "Poland", "Ukrainian": "Ukraine", "Ukrainians": "Ukraine", "Russian": "Russia",
		"Russians": "Russia", "Greek": "Greece", "Turkish": "Turkey", "Israeli": "Israel",
		"Israelis": "Israel", "Palestinian": "Palestine", "Palestinians": "Palestine",
		"Lebanese": "Lebanon", "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran",
		"Saudi": "Saudi Arabia", "Egyptian": "Egypt", "Nigerian": "Nigeria", "Kenyan": "Kenya",
		"Ethiopian": "Ethiopia", "South African": "South Africa", "Chinese": "China",
		"Japanese": "Japan", "Korean": "Korea", "South Korean": "South Korea",
		"North Korean": "North Korea", "Taiwanese": "Taiwan", "Indian": "India", "Pakistani": "Pakistan",
		"Afghan": "Afghanistan", "Vietnamese": "Vietnam", "Thai": "Thailand", "Indonesian": "Indonesia",
		"Filipino": "Philippines", "Australian": "Australia", "Australians": "Australia",
		"Brazilian": "Brazil", "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile",
		"Colombian": "Colombia", "Peruvian": "Peru", "Venezuelan": "Venezuela", "Cuban": "Cuba",
		"Guatemalan": "Guatemala", "Honduran": "Honduras", "Salvadoran": "El Salvador",
		"Haitian": "Haiti", "European": "Europe", "Europeans": "Europe", "African": "Africa",
		"Asian": "Asia",
	} {
		demonyms[demonym] = place
	}
}

// acronymOrgs are well-known abbreviations and their kind; any other
// all-capitals word of 2–6 letters is taken as an organisation.
var acronymPlaces = setOf("U.S.", "US", "USA", "U.S.A.", "U.K.", "UK", "UAE")

// functionWords begin sentences in capitals without being names.
var functionWords = setOf(
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
	"I", "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "For", "From", "To",
	"By", "Of", "With", "Without", "But", "And", "Or", "Nor", "So", "Yet", "If", "When", "While",
	"Whilst", "After", "Before", "Since", "As", "Although", "Though", "Because", "However",
	"Despite", "According", "Meanwhile", "Still", "Then", "There", "Here", "What", "Which", "Who",
	"Why", "How", "Where", "No", "Yes", "Not", "All", "Some", "Many", "Most", "Much", "More",
	"Few", "Each", "Every", "Both", "Either", "Neither", "One", "Two", "Three", "Once", "Now",
	"Today", "Yesterday", "Tomorrow", "Last", "Next", "Newly", "Also", "Even", "Just", "Only",
	"Such", "Other", "Another", "Over", "Under", "Through", "During", "Among", "Between", "About",
	"Against", "Into", "Upon", "Within", "Across", "Beyond", "Around", "Instead", "Indeed",
	"Perhaps", "Thus", "Therefore", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
	"Otherwise", "Overall", "Finally", "Initially", "Earlier", "Later", "Currently", "Recently",
	"Already", "Again", "Let", "Please", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be",
	"Have", "Has", "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must",
	"El", "La", "Los", "Las", "Un", "Una", "Le", "Les", "Der", "Die", "Das", "Ein", "Eine",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
	"February", "March", "April", "June", "July", "August", "September", "October", "November",
	"December", "Mr", "Ms",
	// Page furniture before a name: "Email Tariq Malik", "Photo Jane Doe".
	"Email", "Photo", "Photos", "Image", "Video", "Follow", "Contact", "Credit", "Getting",
)

// connectors may stand inside a name ("Bank of America", "Secretary of
// State", "Rio de Janeiro").
var connectors = setOf("of", "de", "del", "da", "do", "dos", "la", "van", "von", "der", "den", "al", "bin", "ibn", "for")

// wordLists are the lists setOf made sets of, and the verb lists.
var wordLists [][]string

// union is the set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// setOf makes a set of a word list, and keeps the list for
// TestWordListsHoldEachWordOnce: a word listed twice is a list grown by
// hand without reading it.
func setOf(words ...string) map[string]bool {
	wordLists = append(wordLists, words)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// stateAbbreviations are the news agencies' short names of American
// states ("Fresno, Calif."), with their dot, which stays on the word (a
// name as written); they may end a sentence. The dotted ones ("N.Y.")
// are initials, kept whole anyway.
var stateAbbreviations = map[string]string{
	"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
	"Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
	"Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
	"La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
	"Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
	"Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
	"N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
	"Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
	"S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
	"Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
	"Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming",
}
