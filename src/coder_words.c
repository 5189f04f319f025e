/* SPDX-License-Identifier: MIT */
/* coder_words.c: the word lists of the coder (which words make a member of
 * an organisation, a reporting adverb, a raising verb, an evidence phrase
 * ...), interned when the dictionaries are loaded.  Reads the lists below
 * and the loaded lexicon (for the lexicon ids of the lemmas); writes
 * d->coder_words, which the coding stages only read. */
#include "coder_words.h"
#include "buf.h" /* ACTA_GROW */
#include "gazetteer.h" /* acta_town_unit_nouns */

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct word_list {
  uint64_t bit;
  const char *const *words; /* NULL-terminated */
  int lemmas;               /* a list of lemmas, not of written forms */
} word_list;

static const char *const ORG_MEMBER[] = {
    "chief", "chiefs", "head", "heads", "leader", "leaders", "official",
    "officials", "spokesman", "spokeswoman", "spokesperson", "commander",
    "commanders", "member", "members", "officer", "officers", "director",
    "envoy", "representative", "representatives", "agent", "agents",
    "personnel", "staff", "unit", "units", "chairman", "boss", "minister",
    "delegation", "delegate", "delegates",
    /* a body of the organisation sent out: "an army patrol", "a police
     * convoy" keep the role word's role (MIL, COP); not "column" (also a
     * newspaper's) */
    "patrol", "patrols", "convoy", "convoys", "squad", "squads",
    /* a group's armed men: "cartel gunmen", "gunmen for the Gulf Cartel"
     * are the cartel's (CRM), not unidentified armed men (UAF) */
    "gunmen", "gunman", "hitmen", "hitman",
    /* targets15: "cartel operatives", "gang bosses", "FARC fighters",
     * "cartel lieutenants" are the body's people, as its members are */
    "operative", "operatives", "bosses", "fighter", "fighters", "lieutenant", "lieutenants", NULL};
static const char *const SAME_PARTICIPLE[] = {
    "set", "put", "cut", "hit", "hurt", "shut", "spread", "let", "cast", "quit",
    "burst", "upset", "broadcast", "forecast", "thrust", "read", "bid", "shed",
    "beat", NULL};
static const char *const SUBORDINATOR[] = {
    "after", "before", "when", "until", "since", "while", "because",
    "although", "though", "if", "unless", "whereas", NULL};
static const char *const INTENT_VERB[] = {
    "agree", "pledge", "promise", "offer", "vow", "commit", "intend", "plan",
    "undertake", "volunteer", NULL};
static const char *const INTENT_ADJ[] = {
    "willing", "ready", "prepared", "determined", "eager", "keen", NULL};
static const char *const LIGHT_VERB[] = {
    "launch", "carry", "conduct", "stage", "mount", "hold", "begin", "step",
    "intensify", "continue", "make", "order", "resume", "escalate", "unleash",
    "perform", "give", "offer", "provide", "announce", "impose", "organize",
    "organise", "lead", NULL};
static const char *const CONTROL_VERB[] = {
    "plan", "vow", "threaten", "intend", "pledge", "promise", "seek", "try",
    "aim", "prepare", "decide", "want", "hope", "expect", "agree", "offer",
    "refuse", "attempt", "move", "continue", "begin", "start", "fail", NULL};
static const char *const EVIDENCE_NOUN[] = {
    "evidence", "footage", "video", "videos", "images", "photos",
    "photographs", "documents", "wreckage", "debris", "remains", "records",
    "data", "analysis", "drones", "fragments", "satellite", NULL};
static const char *const LOCATIVE[] = {
    "in", "at", "near", "across", "inside", "outside", "throughout", "around",
    "into", "within", "from", NULL};
static const char *const WHERE[] = {
    "in", "at", "near", "inside", "outside", "around", "within", "throughout",
    "across", NULL};
static const char *const RAISE_HEDGED[] = {
    "believe", "think", "suspect", "fear", "understand", "suppose", NULL};
static const char *const RAISE_ALLEGED[] = {
    "say", "report", "allege", "claim", "rumor", "rumour", "accuse", NULL};
static const char *const RAISE_INTENDED[] = {
    "expect", "set", "schedule", "due", NULL};
static const char *const MODAL_HEDGED[] = {"may", "might", "could", NULL};
static const char *const MODAL_INTENDED[] = {"will", "would", "shall", NULL};
static const char *const ADV_ALLEGED[] = {"reportedly", "allegedly",
                                          "purportedly", "supposedly" /* prec39d */, NULL};
static const char *const ADV_HEDGED[] = {"possibly", "probably", "likely",
                                          "potentially" /* invented12 */,
                                          "apparently", "seemingly" /* prec39d */,
                                          "presumably" /* prec41e */, NULL};
static const char *const ADV_GUESS[] = {"perhaps", "maybe", "likely",
                                        "potentially" /* invented12 */, NULL};
static const char *const CONDITION[] = {"if", "unless", "whether", NULL};
static const char *const MODAL_COND[] = {"would", "could", "might", "can",
                                         "cannot", NULL};
static const char *const MODAL_SHOULD[] = {"should", "ought", "must", NULL};
static const char *const PERIOD_NOUN[] = {"year", "years", "decade", "decades",
                                          NULL};
static const char *const PERIOD_LEAD[] = {
    "this", "last", "past", "recent", "per", "each", "every", "previous",
    "first", "same", "several", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "few", "many", NULL};
static const char *const HABITUAL[] = {
    "often", "usually", "sometimes", "frequently", "regularly", "routinely",
    "typically", "generally", "traditionally", "commonly", "habitually",
    "increasingly", NULL};
static const char *const PERCEIVE_VERB[] = {
    "show", "see", "watch", "film", "witness", "hear", "record", "photograph",
    "capture", "catch", "depict", "find", "spot", "observe", NULL};
static const char *const DID_VERB[] = {
    "manage", "proceed", "force", "compel", "oblige", "dare", "go", "help",
    "succeed", "vote", NULL};
static const char *const SPAN_FROM[] = {"between", "from", "through", "until",
                                        NULL};
static const char *const SINCE[] = {"since", "annually", "yearly", NULL};
static const char *const TELL_VERB[] = {"tell", "inform", "assure", "brief",
                                        NULL};
static const char *const PRON_THIRD[] = {"it", "they", "he", "she", NULL};
static const char *const PRON_FIRST[] = {"we", "i", NULL};
static const char *const PRON_PERSON[] = {"he", "she", NULL};
static const char *const PRON_ORG[] = {"it", NULL};
static const char *const OBJ_PERSON[] = {"him", "her", NULL};
static const char *const OBJ_PLURAL[] = {"them", NULL};
/* what people are held for: "arrested for trafficking", "on extortion
 * charges", "in connection with the murder" */
static const char *const CRIME_WORD[] = {
    "trafficking", "smuggling", "extortion", "extorting", "kidnapping", "laundering",
    "murder", "murders", "murdering", "homicide", "robbery", "robbing", "theft", "stealing",
    "fraud", "bribery", "bribes", "embezzlement", "embezzling", "corruption", "recruiting",
    "charges", "charge", "crimes", "crime", "possession", "counterfeiting", "racketeering",
    "rape", "killing", "killings", "assassination", "trafficked", "smuggled",
    "graft", /* targets12 */
    "defrauding", /* prec41c */
    NULL};
/* plural heads naming people that no dictionary codes: "six others were
 * killed", "Eleven MUCA members were wounded", "detained four dealers" */
static const char *const PEOPLE_HEAD[] = {"others",      "members",  "dealers",  "pushers",
                                          "accomplices", "henchmen", "lookouts", "associates",
                                          "relatives",   "bodyguards",
                                          /* objects12: "killing three of his security
                                           * guards" */
                                          "guards",      "escorts",
                                          /* targets17: two people ("detained the
                                           * couple and five helpers") */
                                          "couple",
                                          /* targets23a: people by what they do that no
                                           * dictionary codes ("murdered the suppliers",
                                           * "captured the drivers", "decapitated 16
                                           * prisoners") */
                                          "drivers", "truckers", "suppliers", "pilots",
                                          "vendors", "customers", "clients", "buyers",
                                          "staffers", "eradicators", "prospectors",
                                          "couriers", "prisoners", "killers", NULL};
static const char *const FIRST_PLURAL[] = {"we", "us", "our", NULL};
/* singular heads of a noun phrase naming one person ("he" may refer to it) */
static const char *const PERSON_NOUN[] = {
    "minister", "president", "spokesman", "spokeswoman", "spokesperson",
    "official", "commander", "general", "governor", "mayor", "prosecutor",
    "chief", "leader", "secretary", "ambassador", "envoy", "senator",
    "lawmaker", "legislator", "congressman", "congresswoman", "diplomat",
    "officer", "judge", "premier", "chancellor", "king", "queen", "prince",
    "director", "chairman", "chairwoman", "boss", "representative",
    "delegate", "attorney", "lawyer", "activist", "journalist", "candidate",
    "deputy", "rapporteur", "commissioner", "sheikh", "cleric", "ayatollah",
    NULL};

static const char *const DOCUMENT_NOUN[] = {
    "statement", "statements", "report", "reports", "letter", "letters",
    "message", "messages", "communique", "declaration", "resolution",
    "decree", "note", "tweet", "complaint", "petition", "video", NULL};

/* heads of a speaker's phrase the dictionaries may not code: people,
 * groups, outlets and documents ("Investigators in Argentina believe",
 * "a new study says"); not "the discovery", "violence", "the data" */
static const char *const SPEAKER_NOUN[] = {
    "source", "sources", "investigator", "investigators", "witness", "witnesses",
    "eyewitness", "eyewitnesses", "resident", "residents", "analyst", "analysts",
    "expert", "experts", "critic", "critics", "lawyers", "observer", "observers",
    "researcher", "researchers", "journalists", "reporter", "reporters",
    "activists", "relatives", "neighbors", "neighbours", "family", "families",
    "community", "communities", "villagers", "locals", "victims", "survivor",
    "survivors", "detective", "detectives", "agent", "agents", "prosecutors",
    "officers", "leaders", "member", "members", "spokesmen", "insiders",
    "study", "studies", "investigation", "investigations", "survey", "surveys",
    "document", "documents", "cable", "cables", "testimony", "testimonies",
    "article", "articles", "audit", "indictment", "ruling", "memo", "poll",
    "polls", "newspaper", "newspapers", "daily", "weekly", "magazine", "outlet",
    "website", "agency", "channel", "broadcaster", "press", "media", "group",
    "groups", "company", "firm", "bank", "union", "party", "movement",
    "network", "council", "commission", "center", "centre", "program",
    "programme", "project", "office", "department", "release", "releases",
    "remarks", "comments", "interview", "speech", "memos", "emails", "files",
    "research", "government", "ministry", "police", NULL};
static const char *const CIVIL_BODY[] = {
    "organization", "organisation", "association", "foundation", "ngo", "federation",
    "cooperative", "collective", "chamber", "club", "institute",
    "observatory", "coalition", "committee", NULL};
static const char *const DISASTER_NOUN[] = {
    "earthquake", "earthquakes", "quake", "hurricane", "hurricanes", "storm", "storms",
    "flood", "floods", "flooding", "tsunami", "drought", "landslide", "landslides",
    "wildfire", "wildfires", "epidemic", "pandemic", "cyclone", "typhoon", NULL};
static const char *const TIME_NOUN[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "weekend", NULL};
static const char *const CASES[] = {"cases", "instances", "examples", "times", NULL};
static const char *const CLASH_NOUN[] = {
    "clash", "clashes", "confrontation", "confrontations", "shootout",
    "shootouts", "shoot-out", "gunfight", "gunfights", "firefight",
    "firefights", "skirmish", "skirmishes", "battle",
    "battles", "fighting", NULL};
static const char *const CASES_LEAD[] = {"some", "many", "most", "several", "certain",
                                         "other", "such", "numerous", "countless", NULL};
/* things given, sent or taken, before a participle and its "by" ("money
 * donated by the Irish", "weapons supplied by Iran") */
static const char *const GIVEN_THING[] = {
    "money", "funds", "funding", "aid", "assistance", "donations", "loans", "grants",
    "weapons", "arms", "ammunition", "supplies", "equipment", "food", "medicine",
    "medicines", "vaccines", NULL};
/* a place or a part of one ("the Villa Lugano neighborhood of Buenos Aires",
 * "a Lima district", "the capital Buenos Aires", "northern Mexico", "a
 * Mexican prison"): the capital or country named with it is where, no
 * target (object_refs.c) */
static const char *const PLACE_PART[] = {
    "capital",  "city",      "cities",   "district",      "districts",     "neighborhood",
    "neighborhoods", "neighbourhood", "neighbourhoods", "zone", "area", "areas",
    "suburb",   "suburbs",   "outskirts", "streets",      "slum",          "slums",
    "favela",   "favelas",   "municipality", "borough",   "downtown",      "metropolitan",
    "town",     "towns",     "village",  "villages",      "region",        "regions",
    "port",     "ports",     "prison",   "prisons",       "jail",          "jails",
    "border",   "borders",   "province", "provinces",     "departments",   "territory",
    "coast",    "northern",  "southern", "eastern",       "western",       "central",
    "countryside", "highway", "airport", "jungle",        "mountains",     NULL};
/* a thing a country's adjective describes, not the country ("Venezuelan
 * currency", "Chilean pesos", "Costa Rican fishing boats") */
static const char *const COUNTRY_THING[] = {
    "currency", "pesos", "dollars", "bolivares", "euros", "reais", "bills", "cash",
    /* actors29: "the US dollar" is no actor for "the government" nearby */
    "dollar", "peso", "money", "boats", "boat", "vessel", "vessels", "ship", "ships", "goods",
    "products",
    "flag", "passports", "plates", NULL};
/* an organised body no dictionary may know ("the network", "a cell"): its
 * held members are members of a criminal one */
static const char *const UNNAMED_BODY[] = {
    "organization", "organisation", "group", "network", "networks", "structure", "cell",
    "ring", "gang", "band", "clan", "faction", "groups", "organizations", NULL};
/* a verb of going after an enemy ("sent troops to pursue the rebels"), not
 * of helping ("to search for", "to protect") */
static const char *const AGAINST_VERB[] = {
    "pursue", "fight", "combat", "hunt", "capture", "arrest", "confront", "attack",
    "tackle", "dismantle", "battle", "chase", "repel", "crush", "target", "counter",
    "root", "expel", "dislodge", NULL};
/* verbs whose "-ing" complement is what may happen or is kept from
 * happening ("migrants risk being kidnapped", "fled to avoid being
 * arrested") */
static const char *const RISK_VERB[] = {"risk", "avoid", "escape", "evade", "fear", "face", NULL};
/* verbs of a plan, not a commitment made to anyone ("plans to ask", "is
 * expected to request", "is set to file") */
static const char *const PLAN_VERB[] = {"plan", "intend", "expect", "set", "schedule",
                                        "aim", "seek", NULL};
/* verbs of a trend: acts named in the plural as their subject are a
 * statistic ("killings of mayors have reached record numbers", "arrests
 * rose 20 percent") */
static const char *const TREND_VERB[] = {
    "rise", "increase", "fall", "drop", "decline", "double", "triple", "reach", "soar",
    "surge", "climb", "grow", "decrease", "spike", "jump", "plummet", "plunge", "multiply",
    "skyrocket", "total", "outnumber", NULL};
/* causatives: the one they move to act did act ("the seizure prompted
 * the minister to declare", "the scandal led the president to fire the
 * police chief"), unlike an appeal's addressee ("urged Iran to release") */
static const char *const CAUSE_VERB[] = {"prompt", "lead", "cause", "spur", "drive", NULL};
/* information and documents a body "releases" or "frees" (no person set
 * free: "a cable released by WikiLeaks", "released the names of") */
static const char *const INFO_THING[] = {
    "report", "reports", "cable", "cables", "document", "documents", "video", "videos",
    "statement", "statements", "data", "figures", "figure", "study", "studies", "list",
    "lists", "name", "names", "details", "information", "footage", "images", "image",
    "photos", "photographs", "pictures", "recording", "recordings", "audio", "emails",
    "e-mails", "files", "letter", "letters", "communique", "findings", "results",
    "value", "numbers", "statistics", "transcript", "transcripts", "book", "album",
    "audit", "survey", "poll", "map", "maps", "text", "texts", "message", "messages",
    "memo", "memos", "version", "estimate", "estimates", "funds", NULL};
/* things that are endangered, not threatened by anyone ("violence
 * threatened its implementation", "this heritage is threatened by
 * trafficking networks") */
static const char *const ENDANGERED[] = {
    "implementation", "process", "peace", "stability", "security", "diversity",
    "biodiversity", "existence", "survival", "future", "economy", "economies",
    "environment", "program", "programme", "deal", "agreement", "accord", "accords",
    "truce", "ceasefire", "cease-fire", "progress", "gains", "reform", "reforms",
    "democracy", "health", "safety", "livelihood", "livelihoods", "jobs", "industry",
    "industries", "ecosystem", "ecosystems", "forest", "forests", "species", "wildlife",
    "efforts", "effort", "viability", "integrity", "credibility", "legitimacy", "order",
    "talks", "negotiations", "plan", "plans", "project", "projects", "success", NULL};
/* a span of time a count runs over ("throughout the entire period") */
static const char *const SPAN_NOUN[] = {"period", "periods", NULL};
/* adverbs that put an act in the past of the story ("who once fought for
 * the AUC", "was formerly allied with") */
static const char *const FORMERLY[] = {"once", "formerly", NULL};
/* what a plan aims at ("raised its yearly goal to 80,000 hectares
 * destroyed"; not "target", which is also what is hit) */
static const char *const GOAL_NOUN[] = {"goal", "goals", "objective", "objectives", "quota",
                                        "quotas", NULL};
/* adjectives of ability before a "to" infinitive ("are able to attack") */
static const char *const ABLE[] = {"able", "unable", "capable", NULL};
/* acts of force coded by whom they harm (victim_codes.c): all of them, and
 * the killings among them */
static const char *const HARM_ACT[] = {
    "kill", "murder", "killing", "wound", "injure", "attack", "ambush", "assault", NULL};
static const char *const KILL_ACT[] = {"kill", "murder", "killing", "gun", NULL};
/* verbs of a crime: "X said Y laundered money" accuses Y (claims.c) */
static const char *const CRIME_VERB[] = {
    "launder", "embezzle", "steal", "smuggle", "traffic", "extort", "bribe", "rob",
    "defraud", "loot", "siphon", "collude", NULL};
/* the sentence calls a killing a massacre */
static const char *const MASSACRE_NOUN[] = {"massacre", "massacres", "bloodbath", "bloodbaths",
                                            "slaughter", NULL};
/* a fight, beside WL_CLASH_NOUN's: people killed in one died in combat
 * ("clashed with an armed group, killing one person") */
static const char *const COMBAT_NOUN[] = {"crossfire", "cross-fire", "combat", "combats",
                                          "clashed", "clashing", "gunbattle", "gunbattles",
                                          NULL};
/* codes9: a war, a feud or an operation: deaths in one with no killer
 * named are force, not murders (victim_codes.c) */
static const char *const WAR_NOUN[] = {"war", "wars", "conflict", "conflicts", "feud", "feuds",
                                       "operation", "operations", "raid", "raids", "offensive",
                                       "insurgency", "fight", "fights", "standoff", NULL};
/* what a helper gives: "negotiated with the help of the Church", "with
 * the mediation of the Vatican" name a helper, not a party */
static const char *const HELP_NOUN[] = {"help", "support", "mediation", "assistance", "backing",
                                        "aid", "facilitation", "intercession", "intervention",
                                        NULL};
/* people tied to a body: "14 people linked to a drug trafficking
 * organization" */
static const char *const LINK_PARTICIPLE[] = {"linked", "tied", "connected", "belonging",
                                              "affiliated", NULL};
/* people of the source's own body, and its rivals: "shot three of their
 * colleagues", "murdering rivals" */
static const char *const PEER_SAME[] = {"colleagues", "colleague", "comrades", "comrade", NULL};
static const char *const PEER_RIVAL[] = {"rivals", "rival", "enemies", "enemy", NULL};
/* a country named by a noun: "urged the country to pass legislation" */
static const char *const COUNTRY_NOUN[] = {"country", "nation", NULL};
/* targets8: a country's name that looks plural ("the Philippines"), no
 * people's noun as "Colombians" is; "a Paraguayan national" */
static const char *const PLURAL_NAME[] = {"philippines", "netherlands", "bahamas", "maldives",
                                          "seychelles", "comoros", "emirates", "states",
                                          "islands", "americas", "antilles", "barbados", "laos",
                                          "lands", NULL};
static const char *const TIME_SPAN[] = {"hour", "day", "minute", "night", "moment", NULL};
static const char *const LINKING_VERB[] = {"be", "become", "remain", "seem", "appear", NULL};
static const char *const COMPANY_SUFFIX[] = {
    "bank", "banks", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "s.a.",
    "llc", "plc", "gmbh", "bancorp", "airlines", "airways", "banco", NULL};
static const char *const NATIONAL_NOUN[] = {"national", "nationals", NULL};
/* a line between countries: a country named with it ("the Venezuelan
 * border", "the border with Ecuador") says which neighbour, not whose
 * actors the sentence names */
static const char *const BORDER_NOUN[] = {"border", "borders", "frontier", "frontiers",
                                          "boundary", "borderlands", NULL};
/* where8: "born in", "a native of": the place after is where a person is
 * from, not where an event happens (event_places.c) */
static const char *const ORIGIN_WORD[] = {"born", "native", "natives", "raised", NULL};
/* where8: "from" after these says where someone is from ("who were from
 * Tumaco", "he hails from Sinaloa"), as after a noun ("a model from Colombia") */
static const char *const ORIGIN_LEAD[] = {
    "is", "are", "was", "were", "be", "been", "being", "come", "comes", "came",
    "coming", "hail", "hails", "hailed", "hailing", "originally", NULL};
/* drugs and what carries them: a country they come from is no actor's */
static const char *const DRUG_NOUN[] = {
    "cocaine", "drugs", "heroin", "marijuana", "shipment", "shipments", "narcotics",
    "fentanyl", "methamphetamine", "precursors", "cargo", "consignment", NULL};
/* an operation of a force ("a police raid", "a military operation"): a
 * passive done in one has that force as its agent (not a post: "thrown
 * at police at a checkpoint" names where the police were) */
static const char *const OPERATION_NOUN[] = {
    "raid", "raids", "operation", "operations", "sweep", "sweeps", "crackdown",
    "offensive", "bust",
    /* actors19 */
    "incursion", "incursions",
    /* actors23: "a federal police sting" */
    "sting", "stings", NULL};
/* what links a passive to the operation it was done in ("arrested after
 * a police raid", "seized during an army operation") */
static const char *const OPERATION_LEAD[] = {"after", "during", "in", "following", "amid",
                                            NULL};
/* invented9: words that ask, before a "how", "whether" or "why" clause */
static const char *const QUESTION_WORD[] = {
    "question", "questions", "doubt", "doubts", "mystery", "uncertainty", "unclear",
    "uncertain", "unknown", "wonder", "wonders", "wondered", "wondering", "asked", "asks",
    "asking", "ask", "unanswered", "debate", NULL};
/* invented9: verbs whose object act is talked about, sought or put at
 * risk ("reevaluate law enforcement cooperation", "securing US support",
 * "endanger US funding") */
static const char *const TALKED_VERB[] = {
    "reevaluate", "review", "reconsider", "rethink", "assess", "evaluate", "debate",
    "discuss", "secure", "seek", "request", "need", "want", "endanger", "jeopardize",
    "compromise", "undermine", "block", "withhold", "match", "share", "regard", NULL};
/* invented9: bodies and means named for what they are to do ("an office
 * for investigating", "regimes for prosecuting") */
static const char *const INSTRUMENT_NOUN[] = {
    "office", "offices", "unit", "units", "regime", "regimes", "mechanism", "mechanisms",
    "system", "systems", "agency", "agencies", "fund", "funds", "tool", "tools", "strategy",
    "strategies", "program", "programs", "programme", "programmes", "framework",
    "frameworks", "protocol", "protocols", "body", "bodies", "court", "courts", "centre",
    "center", "committee", "commission", "squad", "squads", "law", "laws", "budget",
    "resources", "capacity", "procedures", "platform", "methods", NULL};
/* the pronouns that open a relative clause on a noun ("the soldier, whom
 * residents accused of dealing, killed"), not "when" or "where" (a time
 * or a place: "in 2008, when the air force bombed a camp, killing") */
static const char *const RELATIVE_PRONOUN[] = {"who", "whom", "which", "that", NULL};
/* actors8: a leader of some body ("leaders", "head", "boss"): a state's only
 * when a state owns it (mentions.c) */
static const char *const LEADER_WORD[] = {"leader", "leaders", "head", "heads", "chief",
                                          "chiefs", "boss", "bosses", NULL};
/* actors8: a country's ground ("Venezuelan soil", "Mexican territory"): a
 * place, not the actors' country */
static const char *const COUNTRY_GROUND[] = {"soil", "territory", "waters", "airspace", NULL};
/* actors8: a state's mission abroad: its own state's, not the host's */
static const char *const EMBASSY_NOUN[] = {"embassy", "embassies", "consulate", "consulates",
                                           NULL};
/* actors8: a society as a civil body's name ends ("the Venezuelan
 * Ecological Society"), beside WL_CIVIL_BODY */
static const char *const CIVIL_BODY2[] = {"society", NULL};
/* actors8: the opponents of the one who owns them ("Chavez's critics") */
static const char *const CRITIC_NOUN[] = {"critic", "critics", "opponent", "opponents",
                                          "detractor", "detractors", NULL};
/* targets9: the making, founding or choosing of what follows "of" ("the
 * creation of a special unit", "a scheme for the formalization of gold panners",
 * "the hiring of a commander"): the actor after it is a thing made or
 * chosen, a topic, no target */
static const char *const MAKING_NOUN[] = {
    "creation", "construction", "formalization", "formalisation", "formation",
    "establishment", "founding", "selection", "hiring", NULL};
/* a meeting of parties named after "between" ("the summit between the EU
 * and Turkey failed"): its parties do what it does */
static const char *const MEETING_NOUN[] = {
    "summit", "summits", "talks", "meeting", "meetings", "negotiations", "dialogue",
    "consultations", "conference", NULL};
/* heads of "X's crackdown", "X's drug war": what an actor has or does,
 * named as a thing, which does nothing itself */
static const char *const THING_NOUN[] = {
    "crackdown", "crackdowns", "war", "wars", "democracy", "release", "willingness",
    "unwillingness", "interest", "interests", "plan", "plans", "trade", "conduct",
    "indignance", "indignation", "death", "deaths", "campaign", "campaigns", "territory",
    "start", "effort", "efforts", "view", "views", "comment", "comments", "remarks",
    "performance", "standing", "budget", "bid", "presence", "policy", "policies",
    "strategy", "strategies", "decision", "decisions", "role", "success", "successes",
    "failure", "failures", "use", "approach", "legacy", "flow", "reputation", "history",
    "rise", "growth", "expansion", "involvement", "influence", "economy", "reform",
    "reforms", "program", "programs", "programme", "initiative", "initiatives",
    "response", "reaction", "behavior", "behaviour", "tactics", "arrival", "absence",
    "weakness", "capacity", "ability", "dominance", "hegemony",
    "violence", "model", "stance", "position", "agenda", "rhetoric", "record", "image",
    /* invented17: a way of acting named as a thing ("its lax
     * stance on coca has encouraged more planting") */
    "attitude", "attitudes", "inaction", "tolerance", "complicity", "negligence", "laxity",
    "permissiveness", "leniency", "indifference",
    NULL};
static const char *const BACKGROUND[] = {"historically", NULL};
static const char *const YEAR_LEAD[] = {"during", "throughout", "over", "for", NULL};

/* participles of verbs that take an object when active: right after a
 * noun phrase with no object of their own they are passive ("a Guatemalan
 * national arrested on June 4", "the Costa Ricans charged remain") */
static const char *const OBJECT_PARTICIPLE[] = {
    "arrested", "detained", "captured", "apprehended", "killed", "murdered",
    "assassinated", "executed", "massacred", "slaughtered", "kidnapped",
    "kidnaped", "abducted", "extradited", "deported", "expelled", "sentenced",
    "convicted", "jailed", "imprisoned", "charged", "accused", "indicted", "prosecuted",
    "injured", "wounded", "tortured", "beaten", "lynched", "beheaded",
    "released", "freed", "seized", "confiscated", "rescued", "dismissed",
    "sanctioned", "targeted", "ambushed",
    /* roles9 */
    "displaced", "evicted", "investigated", "extorted", "blacklisted",
    /* prec46b: "a firm partly financed with cartel money" */
    "funded", "financed", NULL};

/* plural heads of an unnamed body of officials ("US authorities say ...") */
static const char *const GROUP_SOURCE[] = {"officials", "authorities", NULL};

static const char *const ATTITUDE_PAST[] = {
    "hoped", "wanted", "wished", "expected", "believed", "thought", "feared",
    "felt", "worried", "preferred", "intended", "planned", "remained", NULL};

/* nouns whose "that" clause is guessed, feared or rumoured, not told as
 * done ("the possibility that he has struck a deal", "rumours that the
 * US is planning to") */
static const char *const SPECULATION_NOUN[] = {
    "possibility", "possibilities", "rumor", "rumors", "rumour", "rumours",
    "speculation", "fear", "fears", "concern", "concerns", "worry", "worries",
    "risk", "risks", "danger", "idea", "notion", "theory", "theories",
    "hypothesis", "chance", "chances", "likelihood", "prospect", "prospects",
    "hope", "hopes", "doubt", "doubts", "expectation", "expectations",
    "impression", "perception", NULL};

static const char *const PLACE_NOUN[] = {
    "country", "nation", "state", "province", "city", "region", "capital",
    "island", "republic", "kingdom", "municipality", "department", "town",
    "territory", NULL};

/* what goes to a place ("money moved to Panama", "bound for the United
 * States"), not who is there; not "into" ("expansion into Guatemala" is
 * there) nor "from" ("an official from Chiquimula" is from there).  "for"
 * only after a participle ("bound for", "destined for"; not "a problem for
 * Paraguay") */
static const char *const DESTINATION[] = {"to", "toward", "towards", "for", "via", NULL};

/* words that "to" joins a phrase to, no direction ("according to the
 * Colombian government", "ties to Mexico's cartels", "ambassador to"), or
 * a way home ("fled back to Brazil") */
static const char *const TO_LINK[] = {
    "back", "according", "due", "thanks", "prior", "close", "closer", "next", "linked",
    "tied", "ties", "links", "connected", "related", "loyal", "belonging",
    "similar", "compared", "ambassador", "ambassadors", "envoy", "attached",
    "allied", "opposed", "contrary", "adjacent", "subject", "known", "sympathetic",
    NULL};

static const word_list LISTS[] = {
    {WL_ORG_MEMBER, ORG_MEMBER, 0},         {WL_SAME_PARTICIPLE, SAME_PARTICIPLE, 0},
    {WL_SUBORDINATOR, SUBORDINATOR, 0},     {WL_INTENT_VERB, INTENT_VERB, 1},
    {WL_INTENT_ADJ, INTENT_ADJ, 0},         {WL_LIGHT_VERB, LIGHT_VERB, 1},
    {WL_CONTROL_VERB, CONTROL_VERB, 1},     {WL_EVIDENCE_NOUN, EVIDENCE_NOUN, 0},
    {WL_LOCATIVE, LOCATIVE, 0},             {WL_WHERE, WHERE, 0},
    {WL_RAISE_HEDGED, RAISE_HEDGED, 1},     {WL_RAISE_ALLEGED, RAISE_ALLEGED, 1},
    {WL_RAISE_INTENDED, RAISE_INTENDED, 1}, {WL_MODAL_HEDGED, MODAL_HEDGED, 0},
    {WL_MODAL_INTENDED, MODAL_INTENDED, 0}, {WL_ADV_ALLEGED, ADV_ALLEGED, 0},
    {WL_ADV_HEDGED, ADV_HEDGED, 0},         {WL_TELL_VERB, TELL_VERB, 1},
    {WL_PRON_THIRD, PRON_THIRD, 0},         {WL_PRON_FIRST, PRON_FIRST, 0},
    {WL_CONDITION, CONDITION, 0},           {WL_MODAL_COND, MODAL_COND, 0},
    {WL_PERIOD_NOUN, PERIOD_NOUN, 0},       {WL_PERIOD_LEAD, PERIOD_LEAD, 0},
    {WL_SINCE, SINCE, 0},                   {WL_ADV_GUESS, ADV_GUESS, 0},
    {WL_SPAN_FROM, SPAN_FROM, 0},           {WL_HABITUAL, HABITUAL, 0},
    {WL_MODAL_SHOULD, MODAL_SHOULD, 0},     {WL_PERCEIVE_VERB, PERCEIVE_VERB, 1},
    {WL_DID_VERB, DID_VERB, 1},             {WL_PLACE_NOUN, PLACE_NOUN, 0},
    {WL_PRON_PERSON, PRON_PERSON, 0},       {WL_PRON_ORG, PRON_ORG, 0},
    {WL_FIRST_PLURAL, FIRST_PLURAL, 0},     {WL_PERSON_NOUN, PERSON_NOUN, 0},
    {WL_DOCUMENT_NOUN, DOCUMENT_NOUN, 0},   {WL_ATTITUDE_PAST, ATTITUDE_PAST, 0},
    {WL_YEAR_LEAD, YEAR_LEAD, 0},           {WL_CASES, CASES, 0},
    {WL_CASES_LEAD, CASES_LEAD, 0},         {WL_OBJ_PERSON, OBJ_PERSON, 0},
    {WL_OBJ_PLURAL, OBJ_PLURAL, 0},         {WL_CLASH_NOUN, CLASH_NOUN, 0},
    {WL_DISASTER_NOUN, DISASTER_NOUN, 0},   {WL_CIVIL_BODY, CIVIL_BODY, 0},
    {WL_GROUP_SOURCE, GROUP_SOURCE, 0},     {WL_SPEAKER_NOUN, SPEAKER_NOUN, 0},
    {WL_OBJECT_PARTICIPLE, OBJECT_PARTICIPLE, 0}, {WL_CRIME_WORD, CRIME_WORD, 0},
    {WL_PEOPLE_HEAD, PEOPLE_HEAD, 0},       {WL_TIME_NOUN, TIME_NOUN, 0},
    {WL_BACKGROUND, BACKGROUND, 0},         {WL_THING_NOUN, THING_NOUN, 0},
    {WL_DESTINATION, DESTINATION, 0},       {WL_TO_LINK, TO_LINK, 0},
    {WL_SPECULATION_NOUN, SPECULATION_NOUN, 0},
    {WL_MEETING_NOUN, MEETING_NOUN, 0},     {WL_GIVEN_THING, GIVEN_THING, 0},
    {WL_PLACE_PART, PLACE_PART, 0},         {WL_COUNTRY_THING, COUNTRY_THING, 0},
    {WL_UNNAMED_BODY, UNNAMED_BODY, 0}};

/* codes8 (act_codes.c): a financier's backing is money; backing a plan or
 * ruling endorses a policy; "target" is an aim, not a blow; an arms sale "on
 * the black market" has no party */
static const char *const FINANCIER[] = {"financier", "financiers", "funder", "funders",
                                        "sponsor", "sponsors", "bankroller", "bankrollers",
                                        NULL};
static const char *const POLICY_NOUN[] = {
    "plan", "plans", "policy", "policies", "decision", "ruling", "request", "bill",
    "measure", "measures", "proposal", "reform", "reforms", "law", "legislation", "decree",
    "initiative", "idea", "debate", "program", "programme", "strategy", "crackdown",
    "amendment", "bid", "candidacy", "resolution", "move", NULL};
static const char *const BACK_VERB[] = {"support", "back", "champion", NULL};
static const char *const TARGET_VERB[] = {"target", NULL};
static const char *const ILLICIT_ADJ[] = {"black", "illegal", "illicit", "underground",
                                          "clandestine", NULL};
static const char *const MARKET_NOUN[] = {"market", "markets", NULL};
/* sources12: nouns of a thing found, a feeling, a trait or a fate of an
 * actor ("the discovery of", "the dilemma of the president", "the ire of
 * his critics", "the trafficker's roots"): a phrase they head does nothing,
 * its actor is only its owner (beside THING_NOUN).  Not a report, a study
 * or an investigation: their author, named after "of" or before "'s", is
 * the one who says what they say. */
static const char *const NONACTOR_NOUN[] = {
    "discovery", "story", "case", "culture", "dilemma", "attention", "ire", "anger",
    "outrage", "fury", "fear", "frustration",
    "concern", "collapse", "downfall", "demise", "fall", "emergence", "flood", "wave",
    "spate", "string", "proliferation", "spread", "root", "alarm", "bell", "indictment",
    "dismantling", "robbery", "name", "nickname", "alias", "title", "image", "fame",
    "notoriety", "career", "fate", "whereabouts", "identity", "background", "past",
    "export", "interdiction", "truce", "power", "strength", "wealth",
    "fortune", "resource", "activity", "method", "practice", "pattern", "problem", "crisis",
    "situation", "question", "issue", "precondition", "condition", "demand", "decline",
    "disappearance", "fragmentation", "weakening", "dissolution", "consequence", "effect",
    "impact", "outcome",
    /* idioms13: "the murders of three gunmen have sounded the alarm", "a
     * series of killings": the acts of (or on) people, who say nothing */
    "murder", "series", "death", "assassination", NULL};

/* sources12: heads of the name of an agreement or a document, written
 * with a capital after a place ("the Paris Agreement", "the Ottawa
 * Treaty", "the Cartagena Declaration"): the place is no party to it */
static const char *const DOCUMENT_NAME[] = {
    "agreement", "agreements", "accord", "accords", "treaty", "declaration", "protocol",
    "convention", "consensus", "initiative", "pact", "charter", "statute", "doctrine",
    "agenda", "memorandum", "summit", "conference", "process", NULL};
/* review12: moved from nonact_verbs.c and event_filters.c */
static const char *const FIGHT_VERB[] = {"fight", "battle", "combat", NULL};
static const char *const FINDING_VERB[] = {"find",     "show", "reveal", "indicate", "suggest",
                                           "conclude", "say",  "state",  NULL};
static const char *const HIT_VERB[] = {"hit", "strike", NULL};
static const char *const STUDY_NOUN[] = {
    "report",     "reports",  "study",    "studies",  "survey", "surveys",       "data",
    "figures",    "statistics", "research", "analysis", "index", "census", "investigation",
    NULL};
static const char *const PRACTICE_NOUN[] = {
    "trade", "trafficking", "mining", "crime", "crimes", "corruption", "impunity",
    "injustice", "extortion", "smuggling", "laundering", "violence", "insecurity",
    "poverty", "contraband", "piracy", "logging", "deforestation", "operations",
    "market", "markets", "business", "economy", "economies", "scourge", "problem",
    "phenomenon", "addiction", "consumption", "cultivation", "production", "activity",
    "activities", "routes",
    /* fights15: what is attacked that is no one ("an assault on judicial
     * independence", "attacking the roots of crime") */
    "independence", "democracy", "freedom", "freedoms", "rights", "roots", NULL};
static const char *const RISK_NOUN[] = {"danger",     "threat",     "chance",   "chances",
                                        "possibility", "likelihood", "prospect", NULL};
static const char *const SPAN_UNIT[] = {"day",     "week",   "weekend", "month",
                                        "year",    "quarter", "period", NULL};
static const char *const HARD_WORD[] = {"hard", "harder", "hardest", "blow", NULL};
/* codes12 */
static const char *const MONEY_WORD[] = {
    "money", "payment", "payments", "fee", "fees", "quota", "quotas", "ransom",
    "ransoms", "extortion", "tax", "taxes", "rent", "cash", "bribe", "bribes",
    "sum", "sums", "million", "millions", "dollars", "pesos", "euros", "reais",
    "quetzales", "lempiras", "soles", "bolivares", NULL};
static const char *const GUNFIRE_VERB[] = {"fire", "open", NULL};
/* prec44a: who holds a place or thing acted on; a craft's people */
static const char *const CONTROL_PARTICIPLE[] = {"controlled", "run", "operated", NULL};
static const char *const CARRY_VERB[] = {"carry", "transport", NULL};
/* prec45d: a report's verb of finding a count (event_filters.c study_tally_at) */
static const char *const COUNT_FINDING_VERB[] = {"find",     "show",     "reveal",
                                                 "document", "record",   "register", NULL};
/* prec46b: people by the work they do for a group (WL6_SERVICE_NOUN) */
static const char *const SERVICE_NOUN[] = {
    "supplier", "provider", "producer", "accountant", "financier", "operator", "enforcer",
    "launderer", "courier", "distributor", "broker", "frontman", "recruiter", "assassin",
    "hitman", "gunman", NULL};
/* mend44a: parts of a place or thing, groups of crafts ("the east wing of a
 * jail run by", "a convoy of trucks carrying") */
static const char *const PART_NOUN[] = {"wing", "block", "cellblock", "part", "section",
                                        "sector", "floor", "half", "portion", "pavilion",
                                        "annex", "stretch", "convoy", "fleet", "caravan",
                                        NULL};
static const char *const CRAFT_NOUN[] = {
    "plane", "planes", "airplane", "airplanes", "aircraft", "jet", "jets", "helicopter",
    "helicopters", "boat", "boats", "vessel", "vessels", "ship", "ships", "speedboat",
    "speedboats", "yacht", "yachts", "truck", "trucks", "bus", "buses", "vehicle",
    "vehicles", "car", "cars", "tanker", "tankers", "flight", NULL};
/* codes13: a labour strike threatened; an alliance; an ambush */
static const char *const WALKOUT_VERB[] = {"strike", NULL};
static const char *const ALLIANCE_NOUN[] = {"alliance", "alliances", NULL};
static const char *const SIGN_VERB[] = {"sign", "ratify", NULL};
static const char *const ARMED_WORD[] = {"armed", NULL};
static const char *const EFFORT_NOUN[] = {"effort", "campaign", "struggle", NULL};
static const char *const TRAIN_VERB[] = {"train", NULL};
/* actors32: armed people trained: "trained the police", "troops trained
 * by": training of armed forces is military cooperation (062) */
static const char *const ARMED_TRAINEE[] = {
    "troop", "soldier", "force", "army", "military", "pilot", "officer", "recruit",
    "marine", "police", "policeman", "cadet", "unit", "brigade", "battalion", "commando",
    "fighter", "militant", "rebel", "guerrilla", "agent", "guard", "navy", "sailor",
    "paramilitary", "militia", "sniper", "gunman", "hitman", "sicario", NULL};
/* actors32: "expel" (a state's officials or a group's own members
 * expelled: dismissed, no deportation) and "fear" (", fearing": a motive) */
static const char *const EXPEL_VERB[] = {"expel", NULL};
static const char *const FEAR_VERB[] = {"fear", NULL};
static const char *const AMBUSH_WORD[] = {"ambush", "ambushes", "ambushed", "ambushing", NULL};
/* actors12: units of a force after its role word ("Peru's anti-extortion
 * police division", "a Honduran army task force"): the phrase is the
 * force's (COP, MIL), not a thing the role word owns ("police station") */
static const char *const UNIT_NOUN[] = {
    "division", "divisions", "task", "force", "brigade", "brigades", "battalion",
    "battalions", "corps", "detachment", "detachments", "contingent", "contingents",
    "directorate", "command", "commands", NULL};
/* actors12: the second word of a two-word adverbial that may stand between
 * an auxiliary and its participle ("was at first blamed", "were in fact
 * linked", "was in turn investigated", "were at times beaten") */
static const char *const AUX_PP_WORD[] = {"first", "fact", "turn", "times", NULL};
/* actors12: the head of a body's name after an official's title and "of",
 * "from", "for": a party's ("officials from the National Action Party":
 * PTY), a movement's (no state's, no actor) */
static const char *const PARTY_NOUN[] = {"party", NULL};
static const char *const MOVEMENT_NOUN[] = {"movement", "current", "front", "alliance",
                                            "coalition", NULL};
/* objects12: the words before "to"/"by" that name a thing's owner
 * ("properties belonging to X", "a warehouse registered to a company") */
static const char *const OWNER_LINK[] = {"belonging", "belonged", "belongs", "owned",
                                         "registered", "held",
                                         /* targets18: "believed to belong to" */
                                         "belong", NULL};
/* invented12: verbs of an amount's change, said of a mass noun ("funding
 * has been declining"); not "reach", "grow" ("the protest grew into a
 * riot") */
static const char *const CHANGE_VERB[] = {"rise", "increase", "fall", "drop", "decline",
                                          "double", "triple", "decrease", "plummet", "plunge",
                                          "skyrocket", "soar", "dwindle", "shrink", NULL};
/* invented12: a share of a whole ("45 percent of the migrants detained",
 * "half of the inmates held", "most of those arrested") */
static const char *const SHARE_WORD[] = {"percent", "percentage", "half", "majority", "most",
                                         "third", "thirds", "quarter", "quarters", "fraction",
                                         "portion", "minority", NULL};
/* words12: a role word whose adjective names no one ("the general
 * harassment", "a general strike") */
static const char *const ADJ_ROLE_WORD[] = {"general", "minor", NULL}; /* "minor": roles29 */

/* The second set of lists (WL2_* bits of b[1] of the word and lemma sets): the first
 * set's 64 bits are all taken.  Lemma lists take bits 0-31. */
/* invented8: words of an accident or disaster: the deaths of their
 * sentence were no actor's act ("25 people died from asphyxiation", "four
 * soldiers died when their helicopter crashed"); "fire" is tested apart
 * ("died in a fire", not "opened fire") */
static const char *const ACCIDENT_WORD[] = {
    "accident", "accidents", "accidental", "accidentally", "crash", "crashed", "crashes",
    "asphyxiation", "asphyxia", "suffocation", "suffocated", "drowned", "drowning",
    "blaze", "flood", "floods", "flooding", "earthquake", "landslide", "landslides",
    "mudslide", "overdose", "electrocuted", "stampede", "hypothermia", "dehydration",
    "capsized", "derailed", "malfunction", "prematurely", "inhalation",
    /* fights15: deaths by illness or poison, no one's act ("died after
     * drinking contaminated water", "deaths from kidney disease") */
    "contaminated", "contamination", "poisoning", "disease", "diseases", "illness",
    "illnesses", "malnutrition", "starvation", "kidney", "cholera", "dengue", NULL};
/* words of a deliberate act that caused a fire or crash ("the arson attack
 * killed 52", "gunmen set fire to the bus") */
static const char *const DELIBERATE_WORD[] = {
    "arson", "arsonist", "arsonists", "attack", "attacks", "attacked", "attackers",
    "bomb", "bombs", "bombing", "bomber", "grenade", "grenades", "gunmen", "gunman",
    "shot", "shooting", "shootout", "set", "torched", "ambush", "ambushed", "downed",
    "sabotage", "sabotaged", "murdered", "massacre", NULL};

/* invented8: verbs of a result clause that comments on the news (",
 * raising concerns", ", sparking fears") and what they raise */
static const char *const RESULT_VERB[] = {"raise", "spark", "fuel", "stoke", "heighten",
                                          "renew", "deepen", "trigger", "provoke", NULL};
static const char *const CONCERN_NOUN[] = {
    "concern", "fear", "question", "doubt", "alarm", "worry", "suspicion", "eyebrow",
    "speculation", "criticism", "outrage", "debate", "uncertainty", NULL};
/* invented8: verbs of demand whose "that" clause is asked for, not done
 * ("demanded that the army withdraw") */
static const char *const MANDATE_VERB[] = {"demand", "urge", "ask", "request", "recommend",
                                           "propose", "order", "require", "stipulate", NULL};
/* invented8: "demonstrate" as "show" in a passive */
static const char *const SHOW_VERB[] = {"demonstrate", NULL};

/* roles9: words of a rough count before a number, which the tagger may
 * read as prepositions ("around 900 police", "about 50 soldiers") */
static const char *const APPROX_WORD[] = {
    "around", "about", "over", "under", "nearly", "almost", "roughly", "approximately", NULL};

/* names14: a force's work whose outcome (an arrest) the sentence tells
 * ("the police operation led to the arrest of"), and the verbs that tell
 * it */
static const char *const FORCE_WORK_NOUN[] = {"operation", "investigation", "raid", "crackdown",
                                             "offensive", "sting", "probe", "inquiry", NULL};
static const char *const OUTCOME_VERB[] = {"result", "lead", "culminate", "end", "yield", NULL};
/* invented15: "in the event of", "in case of": what would follow a
 * contingency */
static const char *const CONTINGENCY_NOUN[] = {"event", "case", NULL};
/* invented15: "-ing" forms that are adjectives of place after a
 * preposition ("residents of surrounding towns") */
static const char *const PLACE_ING[] = {"surround", "neighbor", "neighbour", NULL};
/* invented15: dwellings their residents occupy ("an apartment occupied by") */
static const char *const DWELLING_NOUN[] = {"apartment", "house", "home", "cell", "room",
                                            "flat", "residence", "mansion", "property",
                                            NULL};
/* coop15: acts done to people named after "of" ("the arrest of four
 * suspects"): what a praise or a welcome is about, not whom it is to */
static const char *const PATIENT_NOUN[] = {
    "arrest",  "capture",      "detention", "extradition", "killing",    "murder",
    "kidnapping", "assassination", "seizure", "conviction", "deportation", "imprisonment",
    NULL};
/* targets16: things someone puts forward, aimed at their author when
 * rejected or denied ("rejected overtures by X", "denied the claims of X",
 * "refused the government's precondition") */
static const char *const AUTHORED_NOUN[] = {
    "claim",    "accusation", "allegation", "proposal", "offer",     "overture",
    "request",  "demand",     "condition",  "precondition", "plan",  "proposition",
    "petition", "charge",     "assertion",  "ultimatum", NULL};
/* targets16: acts named by a noun aimed at the one after "into" or
 * "against" ("opened a probe into X", "threatened legal action against X") */
static const char *const AIMED_NOUN[] = {"investigation", "probe",  "inquiry", "lawsuit",
                                         "suit",          "action", "complaint", NULL};
/* coop15: role nouns plural in sense ("police in France, Italy and Spain") */
static const char *const COLLECTIVE_ROLE[] = {"police", "personnel", NULL};

/* review15: the event filters' lists (event_filters.c, nonact_verbs.c) */
static const char *const MONTH_NAME[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", NULL};
static const char *const TENURE_HEAD[] = {"presidency",     "administration",  "tenure",
                                          "term",           "mandate",         "presidencies",
                                          "administrations", NULL};
static const char *const WEIGHT_UNIT[] = {"ton",    "tons",   "tonnes",  "kilo",   "kilos",
                                          "kilograms", "kg",  "pounds",  "liters", "litres",
                                          "gallons", "metric", NULL};
/* groups16: the head nouns of a definite phrase that refers back to a
 * group named before ("the group", "the criminal organization", "the
 * militia") and the words that make it a criminal one ("the criminal
 * group", "the gang") */
static const char *const GROUP_REF_WORD[] = {
    "group", "organization", "organisation", "gang",  "cartel", "militia",
    "mafia", "syndicate",    "faction",      "clan",    NULL};
static const char *const CRIME_GROUP_WORD[] = {"criminal", "crime",   "drug",      "trafficking",
                                               "cartel",   "gang",    "mafia",     "syndicate",
                                               "network",  "narco",   NULL};
static const char *const CURRENCY_WORD[] = {"dollars", "worth", "pesos",     "euros", "quetzales",
                                            "reais",   "soles", "bolivares", "usd",   NULL};
static const char *const ANALYST_NOUN[] = {
    "expert",        "experts",        "analyst",   "analysts",  "researcher",
    "researchers",   "academic",       "academics", "professor", "scholar",
    "scholars",      "criminologist",  "criminologists", "economist", "economists",
    "sociologist",   "historian",      "commentator", "commentators", NULL};
static const char *const COUNT_NOUN[] = {"number",     "numbers",    "total",   "percentage",
                                         "share",      "proportion", "majority", "average",
                                         "amount",     "amounts",    "quantity", "quantities",
                                         "volume",     NULL};
static const char *const SPECULATION_ADJ[] = {"possible",    "likely",    "unlikely", "probable",
                                              "conceivable", "plausible", NULL};

static const word_list LISTS2[] = {
    {WL2_AGAINST_VERB, AGAINST_VERB, 0}, {WL2_RISK_VERB, RISK_VERB, 1},
    {WL2_PLAN_VERB, PLAN_VERB, 1},       {WL2_TREND_VERB, TREND_VERB, 1},
    {WL2_CAUSE_VERB, CAUSE_VERB, 1},     {WL2_ABLE, ABLE, 0},
    {WL2_INFO_THING, INFO_THING, 0},     {WL2_ENDANGERED, ENDANGERED, 0},
    {WL2_SPAN_NOUN, SPAN_NOUN, 0},       {WL2_FORMERLY, FORMERLY, 0},
    {WL2_GOAL_NOUN, GOAL_NOUN, 0},       {WL2_HARM_ACT, HARM_ACT, 1},
    {WL2_KILL_ACT, KILL_ACT, 1},         {WL2_CRIME_VERB, CRIME_VERB, 1},
    {WL2_MASSACRE_NOUN, MASSACRE_NOUN, 0}, {WL2_COMBAT_NOUN, COMBAT_NOUN, 0},
    {WL2_WAR_NOUN, WAR_NOUN, 0}, /* codes9 */
    {WL2_HELP_NOUN, HELP_NOUN, 0},       {WL2_COUNTRY_NOUN, COUNTRY_NOUN, 0},
    {WL2_LINK_PARTICIPLE, LINK_PARTICIPLE, 0}, {WL2_PEER_SAME, PEER_SAME, 0},
    {WL2_PEER_RIVAL, PEER_RIVAL, 0},
    {WL2_BORDER_NOUN, BORDER_NOUN, 0},   {WL2_DRUG_NOUN, DRUG_NOUN, 0},
    {WL2_OPERATION_NOUN, OPERATION_NOUN, 0}, {WL2_OPERATION_LEAD, OPERATION_LEAD, 0},
    {WL2_RELATIVE_PRONOUN, RELATIVE_PRONOUN, 0},
    /* codes8 */
    {WL2_FINANCIER, FINANCIER, 0},       {WL2_POLICY_NOUN, POLICY_NOUN, 0},
    {WL2_BACK_VERB, BACK_VERB, 1},       {WL2_TARGET_VERB, TARGET_VERB, 1},
    /* targets8 */
    {WL2_PLURAL_NAME, PLURAL_NAME, 0},   {WL2_NATIONAL_NOUN, NATIONAL_NOUN, 0},
    {WL2_TIME_SPAN, TIME_SPAN, 1},      {WL2_LINKING_VERB, LINKING_VERB, 1},
    {WL2_COMPANY_SUFFIX, COMPANY_SUFFIX, 0},
    /* actors8 */
    {WL2_LEADER_WORD, LEADER_WORD, 0},  {WL2_COUNTRY_GROUND, COUNTRY_GROUND, 0},
    {WL2_EMBASSY_NOUN, EMBASSY_NOUN, 0}, {WL2_CRITIC_NOUN, CRITIC_NOUN, 0},
    {WL2_CIVIL_BODY2, CIVIL_BODY2, 0},
    /* invented8 */
    {WL2_ACCIDENT_WORD, ACCIDENT_WORD, 0}, {WL2_DELIBERATE_WORD, DELIBERATE_WORD, 0},
    {WL2_RESULT_VERB, RESULT_VERB, 1},     {WL2_CONCERN_NOUN, CONCERN_NOUN, 1},
    {WL2_MANDATE_VERB, MANDATE_VERB, 1},   {WL2_SHOW_VERB, SHOW_VERB, 1},
    /* where8 */
    {WL2_ORIGIN_WORD, ORIGIN_WORD, 0},   {WL2_ORIGIN_LEAD, ORIGIN_LEAD, 0},
    /* roles9 */
    {WL2_APPROX_WORD, APPROX_WORD, 0},
    /* targets9 */
    {WL2_MAKING_NOUN, MAKING_NOUN, 0},
    /* invented9 */
    {WL2_QUESTION_WORD, QUESTION_WORD, 0},
    {WL2_INSTRUMENT_NOUN, INSTRUMENT_NOUN, 0}, {WL2_TALKED_VERB, TALKED_VERB, 1},
    /* objects12 */
    {WL2_OWNER_LINK, OWNER_LINK, 0},
    /* names14 */
    {WL2_FORCE_WORK_NOUN, FORCE_WORK_NOUN, 1},
    /* invented15 */
    {WL2_DWELLING_NOUN, DWELLING_NOUN, 1},
    /* review15 */
    {WL2_CURRENCY_WORD, CURRENCY_WORD, 0}, {WL2_ANALYST_NOUN, ANALYST_NOUN, 0},
    {WL2_COUNT_NOUN, COUNT_NOUN, 0}, {WL2_SPECULATION_ADJ, SPECULATION_ADJ, 0}};

/* The third set of lists (WL3_* bits of b[2] of the word and lemma sets): the
 * second set is full too.  Lemma lists take bits 0-31. */
/* targets12: a part of a body named after a member word and "of" ("leaders
 * of one of the gangs", "members of several of the cartels") */
static const char *const PARTITIVE[] = {"one",  "some", "several", "many", "most", "each",
                                        "all",  "any",  "both",    "two",  "three", NULL};
/* targets12: people named by whom they stand beside ("his counterparts in
 * Latin America": the counterparts, not the region, are the target) */
static const char *const COUNTERPART[] = {"counterpart", "counterparts", "ally", "allies",
                                          "partner", "partners", "peers", "colleagues", NULL};
/* idioms13: "at the hands of X" is "by X" (the two words are told apart
 * by their places: "at" before the phrase, "hands" its second word) */
static const char *const HANDS_WORD[] = {"at", "hands", NULL};
/* background13 */
static const char *const INSIST_VERB[] = {"insist", NULL};
static const char *const FATE_VERB[] = {"kill",   "murder",  "assassinate", "arrest", "capture",
                                        "detain", "extradite", "jail",      "imprison", NULL};

/* countries13: kin named after whose kin they are ("the sons of a cartel
 * boss", "the brother of the Gulf Cartel's founder") */
static const char *const KIN_NOUN[] = {
    "son",     "sons",     "daughter", "daughters", "brother", "brothers", "sister",
    "sisters", "wife",     "husband",  "nephew",    "nephews", "niece",    "nieces",
    "cousin",  "cousins",  "father",   "mother",    "uncle",   "uncles",   "son-in-law",
    "brother-in-law",      "stepson",  "widow",     NULL};
/* figures14: a running total and what it does ("the number of detainees
 * had reached 9,100", "takes the total to 24", "4,270 people have been
 * added to that toll"): the figure is the total's value, no act */
static const char *const TALLY_NOUN[] = {"total", "toll", "tally", "number",
                                         /* review15: and background13's figure words */
                                         "figure", "count", NULL};
static const char *const TALLY_VERB[] = {"reach", "rise", "climb", "drop", "fall", "stand",
                                         "add", "subtract", "take", "bring", "push", "raise",
                                         "increase", "decrease", "hit", "top", "exceed",
                                         "surpass", "move", "swell", "jump", "lower", NULL};
/* people14: an office or an official of a country's state, after
 * "<country>'s" ("Costa Rica's national anti-drug commissioner",
 * "Uruguay's anti-money laundering chief", "El Salvador's forensics
 * institute"): GOV */
static const char *const OFFICE_NOUN[] = {
    "commissioner", "commissioners", "chief",   "chiefs",   "director", "czar",
    "tsar",         "head",          "office",  "institute", "division", "body",
    "superintendent", "prosecutor",  "ombudsman", NULL};

/* roles14: the "get" passive ("got arrested", "are getting caught") */
static const char *const GET_VERB[] = {"get", NULL};
/* roles14: events that did what the relative clause after them tells
 * ("the explosion that killed"), with CLASH_NOUN, DISASTER_NOUN,
 * DELIBERATE_WORD, ACCIDENT_WORD and the nouns of HARM_ACT */
static const char *const INCIDENT_NOUN[] = {
    "explosion", "explosions", "blast", "blasts", "incident", "incidents", "crash",
    "crashes", "fire", "fires", "violence", "war", "wars", "massacres", "killings",
    "murders", "attacks", "ambushes", "assaults", "bombings", "shootings", "riot", "riots", NULL};
/* roles14: nouns for one person (with PERSON_NOUN and KIN_NOUN) that
 * "they" does not stand for */
static const char *const ONE_PERSON[] = {"victim", "man",     "woman",    "boy",     "girl",
                                         "child",  "teenager", "survivor", "witness", NULL};
/* bodies15: words of a body's name that tell its kind (country_bodies.c):
 * civil bodies (with CIVIL_BODY, CIVIL_BODY2), businesses, state bodies */
static const char *const CIVIL_KIND[] = {
    "centre", "center", "centro", "instituto", "coordinator", "coordinadora", "network",
    "organization", "organisation", "association", "foundation", "institute",
    "roundtable", "fundacion", "asociacion", "observatorio", "university", "universidad",
    "league", "forum", "think-tank",
    /* review16: actors15's NAMED_BODY, one list with this one */
    "fundación", "asociación", "colectivo", "comite", "comité", NULL};
static const char *const BUSINESS_KIND[] = {
    "company", "corporation", "enterprise", "firm", "airline", "holding", "consortium",
    "conglomerate", "compania", "empresa", "corporacion", "bank", NULL};
static const char *const STATE_KIND[] = {
    "department", "ministry", "ministerio", "secretariat", "secretaria", "commission",
    "comision", "agency", "administration", "authority", "superintendency",
    "superintendencia", "consulate", "consulates", "embassy", "embassies", NULL};
/* fights15: attacks on a practice; harms told by a participle */
static const char *const ASSAULT_VERB[] = {"attack", "assault", NULL};
static const char *const HARM_PARTICIPLE[] = {
    "gun",     "kill",   "murder", "assassinate", "kidnap",   "abduct", "execute",
    "wound",   "injure", "torture", "behead",     "ambush",   "stab",   "slay",
    "strangle", "lynch", "shoot",  NULL};
/* speakers15: verbs of saying or asking ("..., claiming his involvement") */
static const char *const SAYING_VERB[] = {
    "say", "add", "claim", "state", "insist", "argue", "note", "explain", "warn", "urge",
    "ask", "call", "fear", "accuse", "allege", "deny", "acknowledge", "announce", "declare",
    "suggest", "stress", "emphasize", "assert", "express", "complain", "blame", "tell",
    "reveal", "confirm", "demand", "appeal", "request", "admit", "praise", "criticize",
    "condemn", "reiterate", "maintain", NULL};

/* invented16: verbs that keep an act from happening ("prevents bitcoins
 * from being seized", "protects them from being victimized") */
static const char *const KEEP_FROM_VERB[] = {
    "prevent", "stop", "keep", "protect", "shield", "save", "spare", "bar", "ban",
    "prohibit", "block", "deter", "discourage", "dissuade", "exempt", "preclude",
    "safeguard", "guard", "hinder", "impede", "restrain", NULL};
/* persons16: a private person's trade (country_bodies.c: after a country's
 * word, ending the phrase) */
static const char *const PRIVATE_TRADE[] = {
    "singer",  "musician", "artist",   "painter",    "writer",    "poet",     "novelist",
    "actress", "athlete",  "footballer", "boxer",    "model",     "pilot",    "engineer",
    "architect", "accountant", "lawyer", "economist", "scientist", "mechanic", "chef",
    "pensioner", "retiree", "housewife", "comedian",  "dancer",    "filmmaker", NULL};

static const word_list LISTS3[] = {
    {WL3_ILLICIT_ADJ, ILLICIT_ADJ, 0}, {WL3_MARKET_NOUN, MARKET_NOUN, 0},
    /* sources12 */
    {WL3_NONACTOR_NOUN, NONACTOR_NOUN, 1}, {WL3_DOCUMENT_NAME, DOCUMENT_NAME, 0},
    /* review12 */
    {WL3_FIGHT_VERB, FIGHT_VERB, 1}, {WL3_FINDING_VERB, FINDING_VERB, 1},
    {WL3_HIT_VERB, HIT_VERB, 1}, {WL3_STUDY_NOUN, STUDY_NOUN, 0},
    {WL3_PRACTICE_NOUN, PRACTICE_NOUN, 0}, {WL3_RISK_NOUN, RISK_NOUN, 0},
    {WL3_SPAN_UNIT, SPAN_UNIT, 0}, {WL3_HARD_WORD, HARD_WORD, 0},
    /* codes12 */
    {WL3_MONEY_WORD, MONEY_WORD, 0}, {WL3_GUNFIRE_VERB, GUNFIRE_VERB, 1},
    {WL3_CRAFT_NOUN, CRAFT_NOUN, 0},
    /* actors12 */
    {WL3_UNIT_NOUN, UNIT_NOUN, 0}, {WL3_AUX_PP_WORD, AUX_PP_WORD, 0},
    {WL3_PARTY_NOUN, PARTY_NOUN, 0}, {WL3_MOVEMENT_NOUN, MOVEMENT_NOUN, 0},
    /* invented12 */
    {WL3_SHARE_WORD, SHARE_WORD, 0}, {WL3_CHANGE_VERB, CHANGE_VERB, 1},
    /* targets12 */
    {WL3_PARTITIVE, PARTITIVE, 0}, {WL3_COUNTERPART, COUNTERPART, 0},
    /* words12 */
    {WL3_ADJ_ROLE_WORD, ADJ_ROLE_WORD, 0},
    /* idioms13 */
    {WL3_HANDS_WORD, HANDS_WORD, 0},
    /* background13 */
    {WL3_INSIST_VERB, INSIST_VERB, 1}, {WL3_FATE_VERB, FATE_VERB, 1},
    /* countries13 */
    {WL3_KIN_NOUN, KIN_NOUN, 0},
    /* codes13 */
    {WL3_WALKOUT_VERB, WALKOUT_VERB, 1}, {WL3_ALLIANCE_NOUN, ALLIANCE_NOUN, 0},
    {WL3_AMBUSH_WORD, AMBUSH_WORD, 0}, {WL3_SIGN_VERB, SIGN_VERB, 1},
    {WL3_ARMED_WORD, ARMED_WORD, 0}, {WL3_EFFORT_NOUN, EFFORT_NOUN, 1},
    {WL3_TRAIN_VERB, TRAIN_VERB, 1},
    /* figures14 */
    {WL3_TALLY_NOUN, TALLY_NOUN, 0}, {WL3_TALLY_VERB, TALLY_VERB, 1},
    /* people14 */
    {WL3_OFFICE_NOUN, OFFICE_NOUN, 0},
    /* roles14 */
    {WL3_GET_VERB, GET_VERB, 1}, {WL3_INCIDENT_NOUN, INCIDENT_NOUN, 0},
    {WL3_ONE_PERSON, ONE_PERSON, 0},
    /* names14 */
    {WL3_OUTCOME_VERB, OUTCOME_VERB, 1},
    /* invented15 */
    {WL3_CONTINGENCY_NOUN, CONTINGENCY_NOUN, 1}, {WL3_PLACE_ING, PLACE_ING, 1},
    /* bodies15 */
    {WL3_CIVIL_KIND, CIVIL_KIND, 1}, {WL3_BUSINESS_KIND, BUSINESS_KIND, 1},
    {WL3_STATE_KIND, STATE_KIND, 0},
    /* coop15 */
    {WL3_PATIENT_NOUN, PATIENT_NOUN, 1}, {WL3_COLLECTIVE_ROLE, COLLECTIVE_ROLE, 0},
    /* fights15 */
    {WL3_ASSAULT_VERB, ASSAULT_VERB, 1},
    {WL3_HARM_PARTICIPLE, HARM_PARTICIPLE, 1},
    /* review15 */
    {WL3_MONTH_NAME, MONTH_NAME, 0}, {WL3_TENURE_HEAD, TENURE_HEAD, 0},
    {WL3_WEIGHT_UNIT, WEIGHT_UNIT, 0},
    /* speakers15 */
    {WL3_SAYING_VERB, SAYING_VERB, 1},
    /* targets16 */
    {WL3_AUTHORED_NOUN, AUTHORED_NOUN, 1}, {WL3_AIMED_NOUN, AIMED_NOUN, 1},
    /* invented16 */
    {WL3_KEEP_FROM_VERB, KEEP_FROM_VERB, 1},
    /* persons16 */
    {WL3_PRIVATE_TRADE, PRIVATE_TRADE, 1},
    /* groups16 */
    {WL3_GROUP_REF_WORD, GROUP_REF_WORD, 0}, {WL3_CRIME_GROUP_WORD, CRIME_GROUP_WORD, 1}};

/* The fourth set of lists (WL4_* bits of b[3] of the word and lemma sets): the third
 * set is full too.  Lemma lists take bits 0-31. */
/* review16: the event filters' and the non-act verbs' own lists, once
 * local string lists: running counts ("so far this year"), rates, questions,
 * spans of time (event_filters.c); nouns of claim, plan and norm, and one's
 * own (nonact_verbs.c) */
static const char *const SO_WORD[] = {"so", "thus", NULL};
static const char *const RATE_WORD[] = {"rate", "rates", NULL};
static const char *const WH_ASKED[] = {"how", "whether", "why", NULL};
static const char *const POINT_BEFORE[] = {"earlier", "later", "early", "late", "of",
                                           "since", "until", "mid", NULL};
static const char *const SPAN_MID[] = {"same", "entire", "whole", NULL};
static const char *const SPAN_HEAD[] = {"period", "time", NULL};
static const char *const YEAR_PART[] = {"half", "months", "quarter", NULL};
static const char *const CLAIM_NOUN[] = {
    "accusation", "accusations", "allegation", "allegations", "claim", "claims",
    "rumor", "rumors", "rumour", "rumours", "suspicion", "suspicions", "speculation",
    "criticism", "reports", "suggestions", "theory", "theories",
    /* sources12: "arrested on charges he and other officers helped move" */
    "charges", NULL};
static const char *const PLAN_NOUN[] = {
    "preparation", "preparations", "plan", "plans", "effort", "efforts", "attempt",
    "attempts", "bid", "proposal", "proposals", "intention", "plot", "plots", "scheme",
    "initiative", "readiness", "willingness", "offer", "promise", "pledge", "threat",
    "threats", NULL};
static const char *const NORM_NOUN[] = {
    "law", "laws", "order", "orders", "ruling", "rulings", "decision", "decisions",
    "restriction", "restrictions", "ban", "bans", "rule", "rules", "regulation",
    "regulations", "sanction", "sanctions", "ceasefire", "truce", "agreement", "treaty",
    "accord", "demand", "demands", "request", "requests", "call", "calls", "warning",
    "warnings", "summons", "resolution", "resolutions", "constitution", "mandate",
    "instructions", "limits", "norms", "curfew", "subpoena", "verdict", NULL};
static const char *const OWN_WORD[] = {"their", "its", "own", NULL};
static const char *const RATE_UNIT[] = {"day", "week", "month", "year", "night", NULL};
static const char *const RATE_LEAD[] = {"a", "per", "each", "every", NULL};
static const char *const RATE_NOT[] = {"after", "before", "earlier", "later", "ago", "into",
                                       "long",  "old",    "and",     "of",    "or", "half", NULL};
static const char *const MULTIPLE[] = {"double", "twice", "triple", "treble", "quadruple",
                                       "half", NULL};
static const char *const MULTIPLE_NEXT[] = {"that", "than", "those", "the", "as", NULL};
/* roles17 */
static const char *const ENVOY_NOUN[] = {
    "diplomat", "diplomats", "consul",  "consuls", "vice-consul", "ambassador",
    "ambassadors", "envoy", "envoys", "attache", "attaches", "attaché",
    /* sources18: an envoy's report ("a U.S. diplomatic cable") */
    "cable", "cables", NULL};
/* codes18 */
static const char *const ESCAPE_WORD[] = {"escape", "jailbreak", "breakout", NULL};
static const char *const BREAK_WORD[] = {"break", NULL};
static const char *const JAIL_WORD[] = {"prison", "jail", NULL};

/* invented19: "on course to", "on track to", "on pace to": a total or an
 * outcome projected, no act */
static const char *const COURSE_NOUN[] = {"course", "track", "pace", NULL};
/* invented19: "obliged to", "required to", "mandated to": a duty laid
 * down, what must be done, no act */
static const char *const DUTY_VERB[] = {"oblige", "obligate", "require", "mandate",
                                         "suppose" /* invented25 */, NULL};
/* invented18: nouns of what an actor can do; a "to" infinitive after them
 * ("the ability to negotiate", "more power to charge smugglers") is a
 * capability, no act */
/* sources20: verbs of a charge or a judgment whose object stands before
 * "of", "for" or "with" ("accused X of", "convicted X of", "sentenced X
 * for", "charged X with"): right before those words they have none */
static const char *const CHARGE_VERB[] = {"accuse", "convict", "sentence", "charge", "indict",
                                          NULL};
static const char *const ABILITY_NOUN[] = {"ability", "inability", "capacity", "incapacity",
                                           "capability", "power", "authority", "freedom",
                                           "right", "potential", NULL};
/* invented18: verbs of a standing state; "-ing" forms going on them in the
 * present tell what is done, no one act */
static const char *const STATE_VERB[] = {"be", "remain", "stay", NULL};
/* invented18: one's own operations money goes to ("financing their
 * activities", "funded their criminal enterprises", "fund its fight"), and
 * the reflexive ("fund itself"): no aid to anyone */
static const char *const OWN_THING[] = {"activities", "operations", "expansion", "war",
                                        "enterprise", "enterprises", "fight", "struggle",
                                        "insurgency", "business", "businesses", NULL};
static const char *const SELF_WORD[] = {"itself", "themselves", "himself", "herself", NULL};
/* invented18: nouns of the writer's inference; their "that" clause tells no
 * act ("a possible sign that", "there are indications that") */
static const char *const INFERENCE_NOUN[] = {"sign", "indication", "indicator", "evidence",
                                             "hint", "signal", "suggestion", NULL};
/* invented18: event nouns whose verb has another sense: "police officers
 * deal with issues" (handle), "officers charge fees" (ask a price) */
static const char *const VERB_SENSE_NOUN[] = {"deal", "charge", NULL};
/* force18 */
static const char *const NONLETHAL_MOD[] = {"stun", "smoke", "gas", "flash", NULL};
static const char *const HAND_WEAPON[] = {
    "machete", "machetes", "knife", "knives", "stick", "sticks", "rock", "rocks",
    "stone", "stones", "club", "clubs", "bat", "bats", "fists", "axe", "axes",
    "hammer", "hammers", "brick", "bricks", NULL};
static const char *const BOMB_WORD[] = {
    "bomb", "bombs", "bombing", "bombings", "car-bomb", "car-bombs", "explosive",
    "explosives", "explosion", "explosions", "grenade", "grenades", "ied", "ieds",
    "dynamite", NULL};

/* review18 */
static const char *const CRIME_CUE[] = {"suspected", "accused", "alleged", "allegedly",
                                        "charged", "indicted", "convicted", "sentenced",
                                        "drug", "weapons", "firearms", "rifles", "guns",
                                        "ammunition", "explosives", NULL};
static const char *const HELD_NOUN[] = {"suspect", "detainee", NULL};
/* prec47a: and one who serves or keeps company with a person, named by
 * no dictionary ("the lawyer of the mayor", "a driver for the governor",
 * "the former mistress of the president") */
static const char *const RELATION_NOUN[] = {"bodyguard", "associate", "accomplice", "lawyer",
                                            "driver",    "chauffeur", "mistress",  "lover",
                                            "friend",
                                            /* prec48c */
                                            "informant", "informer",  NULL};
static const char *const RELATION_PLURAL[] = {"henchman", "relative", NULL};
/* prec48c: of them, who help in the owner's doings (a criminal's
 * bodyguards are criminals; a criminal's lawyer, driver or friend is a
 * private person until held as the criminal's people) */
static const char *const INFORMANT_NOUN[] = {"informant", "informer", NULL};
static const char *const CRIME_HELPER[] = {"bodyguard", "associate", "accomplice", "henchman",
                                           NULL};
static const char *const TRADE_PLURAL[] = {"dealer", "pusher", "accomplice", "henchman",
                                           "lookout",
                                           /* targets23a: held or killed, criminals
                                            * (as "inmates", agents.txt) */
                                           "courier", "prisoner", "killer", NULL};
/* targets18 */
static const char *const LEADER_BODY[] = {
    "government", "governments", "administration", "administrations", "regime",
    "regimes", "presidency", "cabinet", NULL};
static const char *const ALIAS_WORD[] = {"alias", "aka", NULL};

/* speakers18 */
static const char *const COLLECTIVE_NOUN[] = {
    "state",   "states",  "country",   "countries",   "nation", "nations",  "society",
    "world",   "public",  "community", "communities", "region", "everyone", "everybody",
    "people",  "peoples", "citizenry", "population",  NULL};

static const char *const NOT_ONLY[] = {"only", "just", "merely", "simply", NULL};
/* invented23: a reluctance before "to" (triggers.c), a fiscal year
 * (event_filters.c), "until recently" (event_filters.c) */
static const char *const RELUCTANT[] = {"reluctant",  "unwilling",    "hesitant",
                                        "loath",      "loth",         "reticent",
                                        "disinclined", "reluctance",  "unwillingness",
                                        "hesitancy",  "hesitance",    NULL};
static const char *const FISCAL[] = {"fiscal", NULL};
static const char *const RECENTLY[] = {"recently", NULL};
/* invented23: a state's campaign named as its policy (nonact_verbs.c) */
static const char *const PHASE_VERB[] = {"continue", "intensify", "escalate", "begin", "start",
                                         "resume", "enter", "expand", "widen", "spread",
                                         "extend", "deepen", "persist", NULL};
static const char *const TOLL_VERB[] = {"kill", "leave", "claim", "wound", "injure", "detain",
                                       "arrest", "jail", "imprison", "disappear", NULL};
static const char *const POLICY_CAMPAIGN[] = {"crackdown", "crackdowns", "clampdown",
                                              "clampdowns", NULL};
/* bugs23 */
static const char *const PLACED_PARTICIPLE[] = {"operating", "working", "living", "residing",
                                                "hiding", "active", NULL};
static const char *const RULING_VERB[] = {"dismiss", "reject", "throw", "quash", NULL};
static const char *const MEDIATE_WORD[] = {"mediate", "broker", "host", "facilitate", "arbitrate",
                                           "mediation", "mediator", "intermediary", NULL};
/* actors23: verbs that name an act's doer ("an attack blamed on the
 * rebels", "killings the governor attributed to drug gangs") */
static const char *const ATTRIBUTE_VERB[] = {"attribute", "blame", "ascribe", NULL};
/* actors23: people away from home ("the migrants", "asylum seekers"):
 * where the sentence is, is not where they come from */
static const char *const ABROAD_PEOPLE[] = {"migrant", "refugee", "immigrant", "asylum", NULL};
/* targets23c: verbs whose subject bears or escapes a thing done to it by
 * others ("Maduro will shrug off the sanctions imposed by the US") */
static const char *const BEAR_VERB[] = {"avoid",  "evade",    "circumvent", "brush",
                                        "face",   "suffer",   "withstand",  "weather",
                                        "escape", "dodge",    "skirt",      "endure",
                                        "shrug",  "sidestep", NULL};
/* sources18: region phrases (region_refs.c) */
static const char *const CENTRAL_WORD[] = {"central", NULL};
static const char *const RANK_WORD[] = {"first", "only", "last", "second", "third", "sole", NULL};
static const char *const NEIGHBOUR_WORD[] = {"neighboring", "neighbouring", NULL};
static const char *const BODY_PART_NOUN[] = {"office",       "spokesman", "spokeswoman",
                                             "spokesperson", "press",     "unit",
                                             "department",   "headquarters", NULL};

/* targets19b: an act named with these before its noun is done together
 * ("launched a joint investigation", "a bilateral operation") */
static const char *const JOINT_WORD[] = {"joint",    "bilateral", "binational",
                                         "trilateral", "combined", NULL};
/* targets19b: what an investigation into someone's "ties to" others looks
 * into is that someone's ("an investigation into his links to the Zetas") */
static const char *const LINK_NOUN[] = {"tie", "link", "connection", "relationship",
                                        "dealing", "association", "collusion", NULL};
/* targets19b: a passive of these after "whether X" looks into X as a
 * suspect ("whether the mayor was involved in ..."), no victim */
static const char *const SUSPECT_PARTICIPLE[] = {"involve", "implicate", "link", "tie",
                                                 "connect", NULL};
/* codes20 */
static const char *const FUND_VERB[] = {"fund", "finance", "bankroll", "underwrite", NULL};
static const word_list LISTS4[] = {
    /* review16 */
    {WL4_SO_WORD, SO_WORD, 0}, {WL4_RATE_WORD, RATE_WORD, 0},
    {WL4_WH_ASKED, WH_ASKED, 0}, {WL4_POINT_BEFORE, POINT_BEFORE, 0},
    {WL4_SPAN_MID, SPAN_MID, 0}, {WL4_SPAN_HEAD, SPAN_HEAD, 0},
    {WL4_YEAR_PART, YEAR_PART, 0}, {WL4_CLAIM_NOUN, CLAIM_NOUN, 0},
    {WL4_PLAN_NOUN, PLAN_NOUN, 0}, {WL4_NORM_NOUN, NORM_NOUN, 0},
    {WL4_OWN_WORD, OWN_WORD, 0}, {WL4_RATE_UNIT, RATE_UNIT, 0},
    {WL4_RATE_LEAD, RATE_LEAD, 0}, {WL4_RATE_NOT, RATE_NOT, 0},
    {WL4_MULTIPLE, MULTIPLE, 0}, {WL4_MULTIPLE_NEXT, MULTIPLE_NEXT, 0},
    /* roles17 */
    {WL4_ENVOY_NOUN, ENVOY_NOUN, 0},
    /* invented18 */
    {WL4_ABILITY_NOUN, ABILITY_NOUN, 1}, {WL4_STATE_VERB, STATE_VERB, 1},
    {WL4_OWN_THING, OWN_THING, 0},       {WL4_SELF_WORD, SELF_WORD, 0},
    {WL4_INFERENCE_NOUN, INFERENCE_NOUN, 1}, {WL4_VERB_SENSE_NOUN, VERB_SENSE_NOUN, 1},
    /* speakers18 */
    {WL4_COLLECTIVE_NOUN, COLLECTIVE_NOUN, 0},
    /* codes18 */
    {WL4_ESCAPE_WORD, ESCAPE_WORD, 1}, {WL4_BREAK_WORD, BREAK_WORD, 1},
    {WL4_JAIL_WORD, JAIL_WORD, 1},
    /* force18 */
    {WL4_NONLETHAL_MOD, NONLETHAL_MOD, 1}, {WL4_HAND_WEAPON, HAND_WEAPON, 0},
    {WL4_BOMB_WORD, BOMB_WORD, 0},
    /* review18 */
    {WL4_CRIME_CUE, CRIME_CUE, 0}, {WL4_HELD_NOUN, HELD_NOUN, 1},
    {WL4_RELATION_NOUN, RELATION_NOUN, 1}, {WL4_RELATION_PLURAL, RELATION_PLURAL, 1},
    {WL4_CRIME_HELPER, CRIME_HELPER, 1}, {WL4_INFORMANT_NOUN, INFORMANT_NOUN, 1},
    {WL4_TRADE_PLURAL, TRADE_PLURAL, 1},
    /* targets18 */
    {WL4_LEADER_BODY, LEADER_BODY, 0}, {WL4_ALIAS_WORD, ALIAS_WORD, 0},
    /* sources18 */
    {WL4_CENTRAL_WORD, CENTRAL_WORD, 0}, {WL4_RANK_WORD, RANK_WORD, 0},
    {WL4_NEIGHBOUR_WORD, NEIGHBOUR_WORD, 1}, {WL4_BODY_PART_NOUN, BODY_PART_NOUN, 1},
    /* targets19b */
    {WL4_JOINT_WORD, JOINT_WORD, 0}, {WL4_LINK_NOUN, LINK_NOUN, 1},
    {WL4_SUSPECT_PARTICIPLE, SUSPECT_PARTICIPLE, 1},
    /* invented19 */
    {WL4_COURSE_NOUN, COURSE_NOUN, 1}, {WL4_DUTY_VERB, DUTY_VERB, 1},
    /* codes20 */
    {WL4_FUND_VERB, FUND_VERB, 1},
    /* sources20 */
    {WL4_CHARGE_VERB, CHARGE_VERB, 1}};

/* targets23b: heads of the press a speaker tells ("told Peruvian press",
 * "told reporters"): an interview, no addressee the statement is aimed at */
static const char *const PRESS_NOUN[] = {"press",      "media",       "reporter",
                                         "reporters",  "journalist",  "journalists",
                                         "newspaper",  "newspapers",  "interviewer",
                                         "interviewers", NULL};
/* targets23a: the goods or trade of a phrase of people that makes them
 * criminals ("a contraband runner", "three drug couriers", "cocaine
 * suppliers") */
static const char *const ILLICIT_TRADE[] = {"contraband", "drug",      "drugs",    "cocaine",
                                            "narcotics",  "heroin",    "marijuana", "fentanyl",
                                            "methamphetamine", "narco", "trafficking",
                                            "smuggling", NULL};

/* targets25a: singular nouns naming one person of crime or rule that
 * WL_PERSON_NOUN lacks ("the kingpin ... has never detained him") */
static const char *const ONE_CRIMINAL[] = {
    "kingpin", "capo", "trafficker", "hitman", "second-in-command", "ringleader",
    "lieutenant", "dictator", "fugitive", "mastermind", "smuggler", "druglord", NULL};

/* invented26: nouns of a chance or a means open to someone ("an easy path
 * for terror groups to launch attacks", "an opportunity for the gangs to
 * expand"): the infinitive after "for X" is a possibility, no act */
static const char *const CHANCE_NOUN[] = {
    "path", "way", "opportunity", "chance", "avenue", "opening", "window", "room",
    "incentive", "pretext", "excuse", "door", "space", NULL};

/* invented26: nouns of a name one has ("had a reputation as a gunman who
 * terrorized the locals"): the clause on the noun after "as" is a
 * character told, no act */
static const char *const REPUTE_NOUN[] = {"reputation", "notoriety", "fame", NULL};

/* targets24a: verbs of holding people ("seized cocaine and arrested five
 * people": the people held own what was seized) */
static const char *const HOLD_VERB[] = {"arrest", "capture", "detain", "apprehend", NULL};
/* actors24: verbs whose passive names the doers of the crime after "of",
 * "with" or "for" ("were charged with last month's killing of", "are
 * suspected of the murders", "was blamed for the attack") */
static const char *const CHARGED_VERB[] = {"accuse", "charge", "indict", "suspect", "convict",
                                           "sentence", "blame", "implicate", NULL};
static const char *const CULPABLE_WORD[] = {"responsible", "culpable", NULL};
static const char *const ALLY_WORD[] = {"allies", "ally", NULL};
/* codes25: verbs that take territory or people ("captured the town",
 * "recaptured five of the escaped inmates": people held, 173) */
static const char *const CAPTURE_VERB[] = {"capture", "recapture", NULL};
/* actors25: a state's bodies or officials by a kind no role word names,
 * right after a country's word ("US agencies", "Colombian investigators",
 * "the two Paraguayan institutions"): that country's state (GOV) */
static const char *const STATE_BODY_KIND[] = {"agency", "institution", "investigator", NULL};
/* actors25: modifiers of such a kind that make it no state's ("US private
 * security agencies", "a Spanish press agency") */
static const char *const NOT_STATE_MOD[] = {"private", "press", "news", "adoption", "travel",
                                            "advertising", "insurance", "credit", "rating",
                                            "ratings", "employment", "talent", NULL};
/* targets25b: fights with guns ("killed in a shootout with police": the
 * one killed fought the police) */
static const char *const GUNFIGHT_NOUN[] = {"shootout", "shootouts", "shoot-out", "shoot-outs",
                                            "gunfight", "gunfights", "firefight", "firefights",
                                            "gunbattle", "gunbattles", NULL};
/* invented27 */
static const char *const DOMAIN_NOUN[] = {
    "industry", "industries", "economy", "economies", "sky", "skies", "airwaves",
    "internet", "cyberspace", "politics", "imagination", "mind", "minds", "psyche",
    "headlines", "consciousness", NULL};
static const char *const WRITE_VERB[] = {"write", NULL};
static const char *const OPINION_PIECE[] = {"op-ed", "op-eds", "oped", "column", "columns",
                                            "editorial", "editorials", "commentary", NULL};
/* invented28: "date" of "in 2016 to date", "to date this year" */
static const char *const TO_DATE_NOUN[] = {"date", NULL};
/* strings28: "extradite" (object_refs.c, acta_extradition_target) */
static const char *const EXTRADITE_VERB[] = {"extradite", NULL};
/* strings28: verbs of sending forces (object_refs.c, send_verb) */
static const char *const SEND_VERB[] = {"send",    "deploy", "dispatch", "mobilize", "mobilise",
                                        "station", "post",   "move",     "redeploy", NULL};
/* strings28: verbs of acts parties do together, each to the others
 * (object_refs.c, joint_act): coop15 added an agreement reached, struck,
 * sealed or concluded, talks begun or resumed; statements25 a summit,
 * meeting or conference attended together */
static const char *const JOINT_VERB[] = {
    "meet", "sign", "negotiate", "agree", "talk", "cooperate", "collaborate", "reconcile",
    "confer", "discuss", "hold", "reach", "strike", "seal", "conclude", "resume", "begin",
    "attend", NULL};
/* strings28: verbs of two sides fighting each other (acta_reciprocal_target) */
static const char *const SIDES_FIGHT_VERB[] = {"fight", "clash", "battle", "feud", "skirmish",
                                               NULL};
/* targets29: units of distance and area ("100 meters from the border"): no
 * people an object pronoun may stand for (object_refs.c, rival_between) */
static const char *const SPACE_UNIT[] = {"meters",  "metres", "kilometers", "kilometres", "km",
                                         "miles",   "feet",   "yards",      "hectares",   "acres",
                                         "inches",  "centimeters", NULL};

/* actors29: verbs of advice and promise a speaker does after what it says
 * ("added that ..., and advised banks to be on the alert"), beside
 * WL3_SAYING_VERB (clauses.c said_clause_coordinate) */
static const char *const ADVICE_VERB[] = {"advise", "recommend", "caution", "vow", "pledge",
                                          "promise", "encourage", "predict", "propose",
                                          "question", NULL};

/* actors29: titles that head a body of any kind ("president of the Supreme
 * Court", "president of a boaters' union"): the body's, not the state's */
static const char *const HEAD_TITLE[] = {"president", "presidents", "vice-president",
                                         "chairwoman", "chairperson", "coordinator",
                                         "founder", NULL};
/* actors29: heads of bodies no state office leads ("president of a
 * boaters' union", "chairman of McEwen Mining Inc.") */
static const char *const PRIVATE_BODY[] = {
    "association", "associations", "union", "unions", "federation", "chamber",
    "company", "corporation", "inc", "inc.", "ltd", "ltd.", "committee", "commission",
    "foundation", "club", "cooperative", "confederation", "syndicate", "firm", "bank",
    "network", NULL};
/* roles29: "hostage" as the complement of "took X hostage" */
static const char *const HOSTAGE_WORD[] = {"hostage", "hostages", NULL};
/* roles29: guards where a sentence names a prison are its guards */
static const char *const PRISON_NOUN[] = {"penitentiary", "inmate", NULL};
static const char *const GUARD_NOUN[] = {"guard", NULL};
static const char *const PRIVATE_ADJ[] = {"private", "armed", NULL};
/* invented29: verbs of ending an activity (event_filters.c, ended_act) */
static const char *const END_VERB[] = {"stop", "cease", "quit", "discontinue", NULL};
/* invented29: verbs of plotting an act (triggers.c, acta_code_verbs) */
static const char *const PLOT_VERB[] = {"prepare", "plot", "conspire", "scheme", NULL};
/* invented29: "in office", "in power" after a span (event_filters.c, whole_span_at) */
static const char *const OFFICE_SPAN[] = {"office", "power", NULL};
/* bugs29: bodies a spokesperson may speak for that are no state's (mentions.c,
 * spokesperson_for_body) */
static const char *const SPOKES_BODY[] = {"camp", "campaign", "campaigns", "team", "coalition",
                                          "alliance", "movement", "collective", NULL};

/* The fifth set of lists (WL5_* bits of b[4] of the word and lemma sets): the fourth
 * set is nearly full.  Lemma lists take bits 0-31, written forms 32-63. */
/* invented24: verbs a claim or rumour spreads by ("rumours began to
 * circulate that", "allegations surfaced that"): the clause is the claim's */
static const char *const SPREAD_VERB[] = {"circulate", "surface", "emerge", "spread",
                                          "swirl", "abound", NULL};

/* invented24: adjectives of habit, as WL_HABITUAL's adverbs frame what
 * follows "will" ("in one typical strategy, mafias will send") */
static const char *const HABIT_ADJ[] = {"typical", "usual", "customary", NULL};
/* bugs25: what an actor knows, uses or comes from, named as a thing after
 * a role or a country's word ("military tactics", "community policing
 * techniques", "Central American heritage", "Embassy vetting"): no actor,
 * neither doer nor one acted on (mentions.c know_how_head) */
static const char *const KNOW_HOW_NOUN[] = {
    "tactic", "tactics", "technique", "techniques", "heritage", "ancestry", "descent",
    "origin", "origins", "vetting", "know-how", "expertise", "skills", NULL};

/* actors27: people who stand for a state named after "of" ("representatives
 * of Colombia", "delegates of Mexico"): its state's (GOV) */
static const char *const STATE_ENVOY[] = {"representative", "delegate", NULL};
/* actors27: a legislator's title written lower case between a country's
 * word and a name ("Venezuelan deputy Andres Eloy Mendez") */
static const char *const LEGISLATOR_TITLE[] = {"deputy", NULL};

/* codes29: a killing told as a murder (victim_codes.c): unlawful, no fight */
static const char *const MURDER_VERB[] = {"murder", NULL};
/* codes29: a mandate renewed or extended (act_codes.c) */
static const char *const RENEW_VERB[] = {"renew", "extend", NULL};
/* codes29: words that make soldiers or police gathered a protest or a
 * ceremony, not a force massed (act_codes.c, protest_cue): a demand,
 * wages, a rally, a mourning or a memorial, a building's outside or front
 * ("gathered outside the governor's office") */
static const char *const PROTEST_CUE[] = {
    "protest", "protests", "protested", "protesting", "protester", "protesters",
    "demand", "demands", "demanded", "demanding", "rally", "rallies", "rallied",
    "march", "marches", "marched", "marching", "strike", "strikes", "striking",
    "wage", "wages", "pay", "salary", "salaries", "bonus", "bonuses", "overtime",
    "unpaid", "grievance", "grievances", "against", "solidarity", "demonstration",
    "demonstrations", "demonstrate", "demonstrated", "demonstrating", "sit-in", "vigil",
    "mourn", "mourning", "funeral", "tribute", "commemorate", "honor", "honour",
    "memorial", "ceremony", "anniversary", "celebrate", "parade", "outside", "front",
    NULL};
/* codes29: places an armed group holds ("two rebel camps", "an ELN base"):
 * captured, they are territory taken, no people held (triggers.c) */
static const char *const CAMP_NOUN[] = {
    "camp", "camps", "base", "bases", "stronghold", "strongholds", "outpost", "outposts",
    "garrison", "garrisons", "barracks", "position", "positions", NULL};

/* invented30a: verbs of planning, intending, expecting, wanting, deciding:
 * negated ("has not planned to invest", "can't be expected to support",
 * "does not intend to withdraw"), the act of their "to" is neither done
 * nor announced (triggers.c) */
static const char *const UNDONE_PLAN[] = {
    "plan", "intend", "expect", "set", "schedule", "aim", "seek", "want", "wish", "hope",
    "decide", NULL};

/* invented31: the noun of a death ("412 deaths", "the deaths of 23
 * journalists"): a count of it with no doer is a toll, no act */
static const char *const DEATH_NOUN[] = {"death", "deaths", NULL};
/* roles31: "its neighbor", "the neighboring country('s)": another country
 * than the one the sentence names (mentions.c neighbour_state) */
static const char *const NEIGHBOUR_STATE[] = {
    "neighbor", "neighbour", "neighbors", "neighbours", "country", "countries", "nation",
    "nations",  NULL};
/* roles31: "seized 24 magazines": counted, a weapon's, not the press */
static const char *const MAGAZINE_NOUN[] = {"magazine", NULL};

static const word_list LISTS5[] = {
    /* speakers18 */
    {WL5_NOT_ONLY, NOT_ONLY, 0},
    /* invented23 */
    {WL5_RELUCTANT, RELUCTANT, 0}, {WL5_FISCAL, FISCAL, 0}, {WL5_RECENTLY, RECENTLY, 0},
    {WL5_PHASE_VERB, PHASE_VERB, 1}, {WL5_POLICY_CAMPAIGN, POLICY_CAMPAIGN, 0},
    /* lead, session 23 */
    {WL5_TOLL_VERB, TOLL_VERB, 1},
    /* bugs23 */
    {WL5_PLACED_PARTICIPLE, PLACED_PARTICIPLE, 0},
    {WL5_RULING_VERB, RULING_VERB, 1},
    {WL5_MEDIATE_WORD, MEDIATE_WORD, 1},
    /* actors23 */
    {WL5_ATTRIBUTE_VERB, ATTRIBUTE_VERB, 1}, {WL5_ABROAD_PEOPLE, ABROAD_PEOPLE, 1},
    /* targets23b */
    {WL5_PRESS_NOUN, PRESS_NOUN, 0},
    /* targets23c */
    {WL5_BEAR_VERB, BEAR_VERB, 1},
    /* targets23a */
    {WL5_ILLICIT_TRADE, ILLICIT_TRADE, 0},
    /* invented24 */
    {WL5_SPREAD_VERB, SPREAD_VERB, 1}, {WL5_HABIT_ADJ, HABIT_ADJ, 0},
    /* targets24a */
    {WL5_HOLD_VERB, HOLD_VERB, 1},
    /* actors24 */
    {WL5_CHARGED_VERB, CHARGED_VERB, 1}, {WL5_CULPABLE_WORD, CULPABLE_WORD, 0},
    {WL5_ALLY_WORD, ALLY_WORD, 0},
    /* codes25 */
    {WL5_CAPTURE_VERB, CAPTURE_VERB, 1},
    /* actors25 */
    {WL5_STATE_BODY_KIND, STATE_BODY_KIND, 1}, {WL5_NOT_STATE_MOD, NOT_STATE_MOD, 0},
    /* targets25a */
    {WL5_ONE_CRIMINAL, ONE_CRIMINAL, 0},
    /* targets25b */
    {WL5_GUNFIGHT_NOUN, GUNFIGHT_NOUN, 0},
    /* bugs25 */
    {WL5_KNOW_HOW_NOUN, KNOW_HOW_NOUN, 0},
    /* invented26 */
    {WL5_CHANCE_NOUN, CHANCE_NOUN, 1}, {WL5_REPUTE_NOUN, REPUTE_NOUN, 1},
    /* actors27 */
    {WL5_STATE_ENVOY, STATE_ENVOY, 1}, {WL5_LEGISLATOR_TITLE, LEGISLATOR_TITLE, 0},
    /* invented27 */
    {WL5_DOMAIN_NOUN, DOMAIN_NOUN, 0}, {WL5_WRITE_VERB, WRITE_VERB, 1},
    {WL5_OPINION_PIECE, OPINION_PIECE, 0},
    /* invented28 */
    {WL5_TO_DATE_NOUN, TO_DATE_NOUN, 0},
    /* strings28 */
    {WL5_EXTRADITE_VERB, EXTRADITE_VERB, 1}, {WL5_SEND_VERB, SEND_VERB, 1},
    {WL5_JOINT_VERB, JOINT_VERB, 1}, {WL5_SIDES_FIGHT, SIDES_FIGHT_VERB, 1},
    /* targets29 */
    {WL5_SPACE_UNIT, SPACE_UNIT, 0},
    /* codes29 */
    {WL5_MURDER_VERB, MURDER_VERB, 1}, {WL5_RENEW_VERB, RENEW_VERB, 1},
    {WL5_PROTEST_CUE, PROTEST_CUE, 0}, {WL5_CAMP_NOUN, CAMP_NOUN, 0},
    /* actors29 */
    {WL5_ADVICE_VERB, ADVICE_VERB, 1}, {WL5_HEAD_TITLE, HEAD_TITLE, 0},
    {WL5_PRIVATE_BODY, PRIVATE_BODY, 0},
    /* roles29 */
    {WL5_HOSTAGE_WORD, HOSTAGE_WORD, 0}, {WL5_PRISON_NOUN, PRISON_NOUN, 1},
    {WL5_GUARD_NOUN, GUARD_NOUN, 1}, {WL5_PRIVATE_ADJ, PRIVATE_ADJ, 0},
    /* invented29 */
    {WL5_END_VERB, END_VERB, 1}, {WL5_PLOT_VERB, PLOT_VERB, 1},
    {WL5_OFFICE_SPAN, OFFICE_SPAN, 0},
    /* bugs29 */
    {WL5_SPOKES_BODY, SPOKES_BODY, 0},
    /* invented30a */
    {WL5_UNDONE_PLAN, UNDONE_PLAN, 1},
    /* invented31 */
    {WL5_DEATH_NOUN, DEATH_NOUN, 0},
    /* roles31 */
    {WL5_NEIGHBOUR_STATE, NEIGHBOUR_STATE, 0}, {WL5_MAGAZINE_NOUN, MAGAZINE_NOUN, 1}};

/* The sixth set of lists' words (WL6_*; the table LISTS6 below them). */
/* invented32: what a bare participle with a "by" after a noun tells of
 * that noun as a standing tie, not an act ("a police force trained by the
 * army", "a project funded by Canada", "pipelines targeted by thieves") */
static const char *const STANDING_PARTICIPLE[] = {
    "train", "fund", "finance", "sponsor", "bankroll", "back", "support", "target",
    "demand", "investigate", "arm", "equip", NULL};

/* invented32: a change in a figure named by a noun (", a 64 percent
 * rise compared to", ", a 20 percent drop from") */
static const char *const CHANGE_NOUN[] = {"increase", "rise",   "jump",  "drop",  "decline",
                                          "decrease", "fall",   "spike", "surge", "reduction",
                                          "hike",     "uptick", "dip",   "climb", NULL};

/* passives32: verbs that link their subject to a state told by a
 * participle ("feel targeted by", "remain threatened by", "found themselves
 * surrounded by") */
static const char *const LINK_PASSIVE_VERB[] = {"feel",   "remain", "seem", "appear",
                                                "become", "get",    "find", NULL};

/* targets34: verbs of helping besides "help" (l_help) whose object aid is
 * given to ("donated ventilators to assist Ethiopia") */
static const char *const ASSIST_VERB[] = {"assist", "aid", NULL};

/* targets34: words naming a part of a country that PLACE_PART lacks (the
 * compass's compounds; "state" and "department" only here, where the
 * phrase is a country's own: "the west Mexico state of Colima"; not
 * "states": "the United States") */
static const char *const PLACE_PART_MORE[] = {
    "northeastern", "north-eastern", "northwestern", "north-western", "southeastern",
    "south-eastern", "southwestern", "south-western", "northeast",   "northwest",
    "southeast",    "southwest",     "north",        "south",        "east",
    "west",         "state",         "department",   "coastal",
    "shores",       "waters",        "hinterland",   "interior",     "heartland",
    "countryside",  NULL};
/* invented34: a count told as a record or set against an earlier span's
 * (", a record high", ", an all-time high", "three more than the year
 * before") */
static const char *const RECORD_WORD[] = {"record", "all-time", "unprecedented",
                                          "record-breaking", NULL};
static const char *const RECORD_NOUN[] = {"high",   "highs", "low",    "lows",  "number",
                                          "numbers", "level", "levels", "total", "figure",
                                          /* prec39b */
                                          "count", "toll", "tally", NULL};
static const char *const PRIOR_WORD[] = {"previous", "prior", "preceding", "same", NULL};
/* invented34: an object counted as a trend or a record ("detained a
 * growing number of gang members", "seized an unprecedented amount of
 * cocaine", "a record number of arrests"; the nouns are WL2_COUNT_NOUN) */
static const char *const TREND_WORD[] = {"growing", "increasing", "rising", "mounting", NULL};
/* prec41a: the participles that say a person is held, sought or gone
 * ("stabbed jailed ex-mayor X", "expelled two wanted guerrillas") */
static const char *const HELD_PARTICIPLE[] = {
    "jailed", "imprisoned", "incarcerated", "detained", "wanted", "exiled", "ousted",
    "slain", "extradited", "convicted", "kidnapped", "abducted", "deported", NULL};
/* prec41a: singular nouns of bodies of people spoken of in the plural
 * ("cornered the police and beat them") */
static const char *const PLURAL_BODY[] = {"police", "personnel", NULL};
/* actors34: what a force does to an operation it runs ("an operation led
 * by the police", "a raid headed by ICE") */
static const char *const OPERATION_LEAD_VERB[] = {
    "lead", "head", "coordinate", "conduct", "direct", "spearhead", "launch", "run",
    "organize", "organise", "carry", "execute", "mount", "stage", "command", NULL};
/* claims35: who asked for or ordered an act ("at the request of the US
 * Treasury", "on the orders of the attorney general", "at Washington's
 * request"); not "invitation" (a host is a visit's target) nor "behalf" */
static const char *const REQUEST_NOUN[] = {"request",    "requests",    "behest", "urging",
                                           "orders",     "order",       "instructions",
                                           "instruction", "instigation", "bidding",
                                           "command",    "direction",   NULL};
static const char *const REQUEST_PREP[] = {"at", "on", "upon", "under", NULL};
/* prec37c: what opens a clause of each time with "when" (w_when: "When
 * the traders stop paying, ...", "Whenever a boat docks, ...") */
static const char *const WHEN_WORD[] = {"whenever", NULL};
/* prec37c: the nouns of phrases of habit ("on occasion", "from time to
 * time"; "at times" is V_AT, V_TIMES) */
static const char *const OCCASION_WORD[] = {"occasion", "occasions", NULL};
/* prec39b: plural nouns of occasions, each one act ("funded 45 training
 * courses", "held 12 naval exercises") */
static const char *const OCCASION_COUNT_NOUN[] = {
    "events", "operations", "exercises", "courses", "sessions", "missions", "trainings",
    "workshops", "seminars", "raids", "patrols", NULL};
static const char *const TIME_WORD[] = {"time", NULL};

/* prec37d: ways an armed party shuts or blocks ("shut down the highway",
 * "blocked the streets of the town"): a blockade, CAMEO 191 */
static const char *const ROAD_NOUN[] = {"road",    "highway",  "street",   "route",
                                        "bridge",  "roadway",  "motorway", "crossing",
                                        "freeway", "junction", "access",   "entrance",
                                        NULL};
/* prec37d: verbs that make a claim noun's clause asserted ("confirmed
 * rumors that", "verified reports that") */
static const char *const CONFIRM_VERB[] = {"confirm", "verify", "corroborate", "substantiate",
                                           "validate", "prove", NULL};
/* prec37d: people in a thing set on fire ("a bus with the passengers
 * aboard", "a bar with customers trapped inside") */
static const char *const ABOARD_WORD[] = {"aboard", "inside", "onboard", "alive", "trapped",
                                          NULL};
/* mend37ab: goods seized in transit, carried from one country to another
 * ("a phone card from Nicaragua", "a load of pistols from
 * Venezuela"); not a craft ("a cargo plane from Venezuela" may be the
 * country's own).  Drugs, cargo and money are DRUG_NOUN and COUNTRY_THING */
static const char *const SEIZED_GOODS[] = {
    "chip",      "chips",      "phone",       "phones",     "cellphone", "cellphones",
    "weapons",   "arms",       "firearms",    "guns",       "rifles",    "ammunition",
    "explosives", "contraband", "merchandise", "cigarettes", "gold",      "timber",
    "fuel",      "gasoline",   "medicines",   NULL};

/* prec48d: singular demonyms of one person whose ending is no adjective's
 * ("the Spaniard", "the Turk"; the "-an", "-i", "-ese", "-ine" forms are
 * read by their ending) */
static const char *const PERSON_DEMONYM[] = {
    "spaniard", "briton", "brit",   "dane",    "finn",      "scot",     "swede",
    "turk",     "serb",   "croat",  "filipino", "filipina", "icelander", "kosovar",
    "bosniak",  "cypriot", "luxembourger", "greenlander", NULL};

/* prec39d: people held by others ("kidnap victims", "three women held
 * hostage", "freed them from captivity"): a state's force that frees them
 * rescues them, no captor releases anyone */
static const char *const CAPTIVE_WORD[] = {"hostage", "victim",    "captive",   "captivity",
                                           "kidnap",  "kidnapping", "abduct",   "abduction",
                                           "kidnappee", "slave",    "slavery",  "enslave",
                                           NULL};

/* prec43b: a rebel group's people who laid down their arms ("demobilized
 * members of the FARC", "former FARC guerrillas"): civilians */
static const char *const DEMOBILIZED_WORD[] = {"demobilized", "demobilised", NULL};
static const char *const GROUP_MEMBER_NOUN[] = {"member", "guerrilla", "combatant", "fighter",
                                                "rebel", "militant", NULL};
/* prec43b: "the ministry" standing for the ministry named last */
static const char *const MINISTRY_NOUN[] = {"ministry", "ministerio", NULL};

/* prec39d: extortion, coercion (170) when told as an act */
static const char *const EXTORT_VERB[] = {"extort", NULL};
/* prec39c: a part of a body in one country ("the Panamanian branch of
 * ...") */
static const char *const BRANCH_NOUN[] = {"branch", "branches", "chapter", "chapters",
                                          "affiliate", "affiliates", "offshoot", "offshoots",
                                          "franchise", "franchises", NULL};

/* prec41c: what a role word before it only qualifies */
static const char *const ACTIVITY_NOUN[] = {"activity", "activities", NULL};
/* prec40a: participles whose agent backs, trains or pays for the noun
 * before it ("agents backed by the United States", "talks brokered by the
 * Norwegian government"): written forms */
static const char *const BACKER_PARTICIPLE[] = {
    "backed", "trained", "funded", "financed", "sponsored", "supported", "armed", "equipped",
    "advised", "brokered", "mediated", "bankrolled", "assisted", NULL};
/* mend43c: verbs that move a body away ("would withdraw police from four
 * countries": the police are the mover's): written forms */
static const char *const WITHDRAW_VERB[] = {
    "withdraw",   "withdraws",   "withdrew",   "withdrawn",   "withdrawing", "pull",
    "pulls",      "pulled",      "pulling",    "recall",      "recalls",     "recalled",
    "recalling",  "evacuate",    "evacuates",  "evacuated",   "evacuating",  "repatriate",
    "repatriates", "repatriated", "repatriating", "remove",    "removes",     "removed",
    "removing",   NULL};
/* prec41e: a meeting called off, a firebomb thrown, a means held
 * ("enough evidence to") */
static const char *const CALL_OFF_VERB[] = {"suspend", "cancel", "postpone", NULL};
static const char *const THROW_VERB[] = {"throw", "hurl", NULL};
static const char *const ENOUGH_WORD[] = {"enough", "sufficient", "insufficient",
                                           "sufficiently", NULL};
/* prec42a: a time noun that ends a time phrase before an actor's phrase
 * ("at the time authorities arrested him") */
static const char *const CLOCK_NOUN[] = {"time", "day", "morning", "afternoon", "evening",
                                         "night", NULL};
/* prec42a: a verb of reply (", who shot back, killing"): by itself, or
 * with "back" or "fire" after it */
static const char *const REPLY_VERB[] = {"respond", "retaliate", NULL};
static const char *const REPLY_BACK_VERB[] = {"shoot", "fire", "fight", "hit", "strike", "return",
                                              NULL};
/* prec44e: a body's own people, after "his", "its", "their": an appeal to
 * them is an instruction inside the body ("told her aides to check") */
static const char *const STAFF_NOUN[] = {"staff", "team", "officer", "subordinate", "agent",
                                         "prosecutor", "investigator", "aide", "employee",
                                         "personnel", "man", "troop", "deputy", "official",
                                         NULL};
/* prec44e: the end of a phrase of a past span after a weapon's user
 * ("during the war"; "years ago" by vocabulary codes, weapon_agents.c) */
static const char *const PAST_SPAN_WORD[] = {"war", "conflict", "insurgency", NULL};
/* prec45c: what a force seizes from the people it holds in the same act
 * ("detained three men and confiscated a shotgun, two revolvers and 90,000
 * pesos"): the verbs of seizing and the goods (drugs, arms, contraband
 * and cash; DRUG_NOUN and SEIZED_GOODS hold the rest) */
static const char *const SEIZE_VERB[] = {"seize", "confiscate", "impound", NULL};
static const char *const HELD_GOODS[] = {
    "rifle",    "pistol",  "pistols",  "gun",      "weapon",    "firearm",   "shotgun",
    "shotguns", "revolver", "revolvers", "grenade", "grenades", "cartridges", "bullets",
    "cash",     "pesos",   "dollars",  "drug",     "cannabis",  "ketamine",  "ecstasy",
    "hashish",  "opium",   "paste",    NULL};
/* (mend45c: no bare measure -- "kilos", "kilograms" -- among them: "300
 * kilos of fish" is no contraband; "40 kilos of cocaine" holds by the
 * drug after the measure) */
/* prec43d: what a fact or a finding is said to mean or show ("this does
 * not mean that the state backs the cartel").  claims.c inference_verb
 * keeps its own three ("suggest", "indicate", "imply") on purpose: "the
 * footage shows that" or "proves that" is no guess of the writer's. */
static const char *const INFERENCE_VERB[] = {"mean", "imply", "entail", "prove", "show",
                                             "indicate", "suggest", "signify", NULL};
/* prec43d: verbs and nouns of choosing or swaying which acts are done
 * ("decide who receives parole", "swayed whom the agents detain", "control
 * over who they trade with") */
/* (not "determine": "investigators determined how the gang killed him"
 * finds out an act done) */
static const char *const CHOOSE_VERB[] = {"decide", "choose", "select", "dictate", "affect",
                                          "influence", "shape", "govern", "control",
                                          "regulate", "limit", "restrict", "depend", NULL};
/* (written forms, plurals too; "say" as a noun is told by its determiner
 * in event_filters.c, the tagger reading it as a verb) */
static const char *const SWAY_NOUN[] = {"control", "controls", "say", "influence", "power",
                                        "powers", "sway", "discretion", "decision",
                                        "decisions", NULL};

/* prec43e: acts and harms one is held to blame for beside the crime words,
 * the incident nouns and the nouns of acts of force ("were behind the
 * coup", "responsible for the bloodshed"; mend43e: not "wave", "spate": a
 * count of anything).  Lemmas: "kidnapping" and "assassination" here for
 * their plurals, which CRIME_WORD lacks; "violence", an incident noun too,
 * is a harm even "against" someone (claims.c culprit_predicate's `waged`) */
static const char *const BLAME_OBJECT[] = {
    "bloodshed", "violence", "unrest", "coup", "impeachment", "disappearance", "death",
    "plot", "kidnapping", "assassination", "threat", "leak", NULL};
/* mend43e: a count of like acts, whose "of" phrase names what is blamed
 * ("behind a spate of kidnappings", "a series of bombings") */
static const char *const SERIES_NOUN[] = {"wave", "spate", "series", "string", "rash",
                                          "spree", NULL};

/* prec42b: premises the state runs, whose staff are its officials ("the
 * prison's warden", "the jail's governors") */
static const char *const STATE_PREMISES[] = {"prison", "prisons", "jail", "jails", "penitentiary",
                                             "penitentiaries", NULL};

/* prec43a: the participles that say who used a weapon or made an attack
 * ("planted by", "set off by", "carried out by"; not "left by": mines
 * left by a past war kill years later; mend43a: not "triggered by" nor
 * "activated by", which mostly name who stepped on a mine), and the
 * weapons and attacks besides WL4_BOMB_WORD's (weapon_agents.c) */
static const char *const NAMING_VERB[] = {"call", "name", "dub", "nickname", "rename",
                                          "christen", NULL};
static const char *const WIELD_VERB[] = {
    "plant",   "place", "set",   "detonate", "explode", "throw", "hurl",  "launch",  "fire",
    "lay",     "hide",  "drop",  "carry", "conduct", "stage",
    "mount",   "perpetrate", "commit", "execute", "order", "orchestrate", "organize", "plan",
    "shoot", NULL};
/* mend43a: participles after an attack's noun whose "by" tells who
 * reported, judged, saw, looked into or stopped the attack, not who made
 * it ("an attack condemned by the UN", "a clash reported by the army",
 * "an assault repelled by troops", "an attack suffered by a patrol") */
static const char *const NO_DOER_VERB[] = {
    "report",    "condemn",   "denounce", "document", "investigate", "probe",   "witness",
    "record",    "film",      "photograph", "confirm", "deny",       "describe", "call",
    "label",     "criticize", "criticise", "attribute", "blame",    "see",     "hear",
    "observe",   "cite",      "mention",  "publish",  "repel",      "repulse", "thwart",
    "foil",      "prevent",   "stop",     "resist",   "suffer",     "survive", NULL};
static const char *const WIELDED_THING[] = {
    "device",   "devices",  "mine",     "mines",   "landmine", "landmines", "shot",
    "shots",    "bullet",   "bullets",  "rocket",  "rockets",  "missile",   "missiles",
    "mortar",   "mortars",  "attack",   "attacks", "ambush",   "ambushes",
    "blast",    "blasts",   "gunfire",  "canister", "canisters", NULL};

/* prec44d: quantities of no count that tell a tally of acts after a
 * perfect ("the army has killed numerous leaders") */
static const char *const UNCOUNTED_MANY[] = {"numerous", "countless", "innumerable", "untold",
                                             NULL};

/* The sixth set of lists (WL6_* bits of b[5] of the word and lemma sets): the fifth
 * is full.  Lemma lists take bits 0-31, written forms 32-63; new rows go at
 * the end under a comment naming their branch. */
static const word_list LISTS6[] = {
    /* invented32 */
    {WL6_STANDING_PARTICIPLE, STANDING_PARTICIPLE, 1}, {WL6_CHANGE_NOUN, CHANGE_NOUN, 0},
    /* actors32 */
    {WL6_ARMED_TRAINEE, ARMED_TRAINEE, 1}, {WL6_EXPEL_VERB, EXPEL_VERB, 1},
    {WL6_FEAR_VERB, FEAR_VERB, 1},
    /* passives32 */
    {WL6_LINK_PASSIVE_VERB, LINK_PASSIVE_VERB, 1},
    /* targets34 */
    {WL6_ASSIST_VERB, ASSIST_VERB, 1}, {WL6_PLACE_PART_MORE, PLACE_PART_MORE, 0},
    /* invented34 */
    {WL6_RECORD_WORD, RECORD_WORD, 0}, {WL6_RECORD_NOUN, RECORD_NOUN, 0},
    {WL6_PRIOR_WORD, PRIOR_WORD, 0}, {WL6_TREND_WORD, TREND_WORD, 0},
    /* actors34 */
    {WL6_OPERATION_LEAD_VERB, OPERATION_LEAD_VERB, 1},
    /* claims35 */
    {WL6_REQUEST_NOUN, REQUEST_NOUN, 0}, {WL6_REQUEST_PREP, REQUEST_PREP, 0},
    /* prec37c */
    {WL6_WHEN_WORD, WHEN_WORD, 0}, {WL6_OCCASION_WORD, OCCASION_WORD, 0},
    /* prec39b */
    {WL6_OCCASION_COUNT_NOUN, OCCASION_COUNT_NOUN, 0},
    {WL6_TIME_WORD, TIME_WORD, 0},
    /* prec37d */
    {WL6_ROAD_NOUN, ROAD_NOUN, 1}, {WL6_CONFIRM_VERB, CONFIRM_VERB, 1},
    {WL6_ABOARD_WORD, ABOARD_WORD, 0},
    /* mend37ab (prec37b's bits) */
    {WL6_SEIZED_GOODS, SEIZED_GOODS, 0},
    /* prec39d */
    {WL6_CAPTIVE_WORD, CAPTIVE_WORD, 1}, {WL6_EXTORT_VERB, EXTORT_VERB, 1},
    /* prec39c */
    {WL6_BRANCH_NOUN, BRANCH_NOUN, 0}, {WL6_TOWN_UNIT_NOUN, acta_town_unit_nouns, 0},
    /* prec40a */
    {WL6_BACKER_PARTICIPLE, BACKER_PARTICIPLE, 0},
    /* prec41c */
    {WL6_ACTIVITY_NOUN, ACTIVITY_NOUN, 0},
    /* mend43c */
    {WL6_WITHDRAW_VERB, WITHDRAW_VERB, 0},
    /* prec41e */
    {WL6_ENOUGH_WORD, ENOUGH_WORD, 0}, {WL6_THROW_VERB, THROW_VERB, 1},
    {WL6_CALL_OFF_VERB, CALL_OFF_VERB, 1},
    /* prec41a */
    {WL6_HELD_PARTICIPLE, HELD_PARTICIPLE, 0}, {WL6_PLURAL_BODY, PLURAL_BODY, 0},
    /* prec42b */
    {WL6_STATE_PREMISES, STATE_PREMISES, 0},
    /* prec42a */
    {WL6_CLOCK_NOUN, CLOCK_NOUN, 0}, {WL6_REPLY_VERB, REPLY_VERB, 1},
    {WL6_REPLY_BACK_VERB, REPLY_BACK_VERB, 1},
    /* prec43d */
    {WL6_INFERENCE_VERB, INFERENCE_VERB, 1}, {WL6_CHOOSE_VERB, CHOOSE_VERB, 1},
    {WL6_SWAY_NOUN, SWAY_NOUN, 0},
    /* prec43e */
    {WL6_BLAME_OBJECT, BLAME_OBJECT, 1},
    {WL6_SERIES_NOUN, SERIES_NOUN, 1}, /* mend43e */
    /* prec43b */
    {WL6_DEMOBILIZED_WORD, DEMOBILIZED_WORD, 0}, {WL6_GROUP_MEMBER_NOUN, GROUP_MEMBER_NOUN, 1},
    {WL6_MINISTRY_NOUN, MINISTRY_NOUN, 1},
    /* prec43a */
    {WL6_WIELD_VERB, WIELD_VERB, 1}, {WL6_WIELDED_THING, WIELDED_THING, 0},
    /* mend43a */
    {WL6_NO_DOER_VERB, NO_DOER_VERB, 1},
    /* prec44a */
    {WL6_CONTROL_PARTICIPLE, CONTROL_PARTICIPLE, 0}, {WL6_CARRY_VERB, CARRY_VERB, 1},
    {WL6_PART_NOUN, PART_NOUN, 1},
    {WL6_COUNT_FINDING_VERB, COUNT_FINDING_VERB, 1},
    /* prec44b */
    {WL6_NAMING_VERB, NAMING_VERB, 1},
    /* prec44d */
    {WL6_UNCOUNTED_MANY, UNCOUNTED_MANY, 0},
    /* prec44e */
    {WL6_STAFF_NOUN, STAFF_NOUN, 1}, {WL6_PAST_SPAN_WORD, PAST_SPAN_WORD, 0},
    /* prec45c */
    {WL6_SEIZE_VERB, SEIZE_VERB, 1}, {WL6_HELD_GOODS, HELD_GOODS, 0},
    /* prec46b */
    {WL6_SERVICE_NOUN, SERVICE_NOUN, 1},
    /* prec48d */
    {WL6_PERSON_DEMONYM, PERSON_DEMONYM, 0}};

/* Single written forms (coder word ids) and lemmas (lexicon ids). */
static const struct { size_t off; const char *word; int lemma; } SINGLE[] = {
    {offsetof(acta_coder_words, w_according), "according", 0},
    {offsetof(acta_coder_words, w_and), "and", 0},
    {offsetof(acta_coder_words, w_as), "as", 0},
    {offsetof(acta_coder_words, w_between), "between", 0},
    {offsetof(acta_coder_words, w_by), "by", 0},
    {offsetof(acta_coder_words, w_for), "for", 0},
    {offsetof(acta_coder_words, w_from), "from", 0},
    {offsetof(acta_coder_words, w_in), "in", 0},
    {offsetof(acta_coder_words, w_no), "no", 0},
    {offsetof(acta_coder_words, w_nor), "nor", 0},
    {offsetof(acta_coder_words, w_of), "of", 0},
    {offsetof(acta_coder_words, w_former), "former", 0},
    {offsetof(acta_coder_words, w_ex), "ex", 0},
    {offsetof(acta_coder_words, w_or), "or", 0},
    {offsetof(acta_coder_words, w_times), "times", 0},
    {offsetof(acta_coder_words, w_that), "that", 0},
    {offsetof(acta_coder_words, w_to), "to", 0},
    {offsetof(acta_coder_words, w_a), "a", 0},
    {offsetof(acta_coder_words, w_an), "an", 0},
    {offsetof(acta_coder_words, w_one), "one", 0},
    {offsetof(acta_coder_words, w_able), "able", 0},
    {offsetof(acta_coder_words, w_always), "always", 0},
    {offsetof(acta_coder_words, w_constantly), "constantly", 0},
    {offsetof(acta_coder_words, l_seem), "seem", 1},
    {offsetof(acta_coder_words, l_appear), "appear", 1},
    {offsetof(acta_coder_words, w_had), "had", 0},
    {offsetof(acta_coder_words, w_over), "over", 0},
    {offsetof(acta_coder_words, w_since), "since", 0},
    {offsetof(acta_coder_words, w_source), "source", 0},
    {offsetof(acta_coder_words, w_sources), "sources", 0},
    {offsetof(acta_coder_words, w_the), "the", 0},
    {offsetof(acta_coder_words, w_our), "our", 0},
    {offsetof(acta_coder_words, w_those), "those", 0},
    {offsetof(acta_coder_words, w_me), "me", 0},
    {offsetof(acta_coder_words, l_quote), "quote", 1},
    {offsetof(acta_coder_words, l_refuse), "refuse", 1},
    {offsetof(acta_coder_words, l_help), "help", 1},
    {offsetof(acta_coder_words, l_save), "save", 1},
    {offsetof(acta_coder_words, l_fail), "fail", 1},
    {offsetof(acta_coder_words, l_show), "show", 1},
    {offsetof(acta_coder_words, l_announce), "announce", 1},
    {offsetof(acta_coder_words, l_declare), "declare", 1},
    {offsetof(acta_coder_words, l_continue), "continue", 1},
    {offsetof(acta_coder_words, l_begin), "begin", 1},
    {offsetof(acta_coder_words, l_start), "start", 1},
    {offsetof(acta_coder_words, l_threaten), "threaten", 1},
    {offsetof(acta_coder_words, l_prepare), "prepare", 1},
    {offsetof(acta_coder_words, l_decide), "decide", 1},
    {offsetof(acta_coder_words, l_do), "do", 1},
    {offsetof(acta_coder_words, l_call), "call", 1},
    {offsetof(acta_coder_words, l_go), "go", 1},
    {offsetof(acta_coder_words, l_add), "add", 1},
    {offsetof(acta_coder_words, l_order), "order", 1}, /* mend45d */
    /* codes8 */
    {offsetof(acta_coder_words, w_dead), "dead", 0},
    {offsetof(acta_coder_words, w_death), "death", 0},
    {offsetof(acta_coder_words, l_shoot), "shoot", 1},
    {offsetof(acta_coder_words, l_invest), "invest", 1},
    {offsetof(acta_coder_words, w_national), "national", 0},
    {offsetof(acta_coder_words, w_nationals), "nationals", 0},
    {offsetof(acta_coder_words, w_citizen), "citizen", 0},
    {offsetof(acta_coder_words, w_citizens), "citizens", 0},
    {offsetof(acta_coder_words, w_extortion), "extortion", 0},
    {offsetof(acta_coder_words, l_demonstrate), "demonstrate", 1},
    {offsetof(acta_coder_words, l_shut), "shut", 1},
    {offsetof(acta_coder_words, l_hang), "hang", 1},
    {offsetof(acta_coder_words, l_recognize), "recognize", 1},
    {offsetof(acta_coder_words, l_recognise), "recognise", 1},
    {offsetof(acta_coder_words, l_dismiss), "dismiss", 1}, /* prec47b */
    {offsetof(acta_coder_words, l_indict), "indict", 1},   /* mend47b */
    {offsetof(acta_coder_words, l_charge), "charge", 1},
    {offsetof(acta_coder_words, l_displace), "displace", 1},
    {offsetof(acta_coder_words, l_fight), "fight", 1},
    {offsetof(acta_coder_words, l_clash), "clash", 1},
    {offsetof(acta_coder_words, l_sanction), "sanction", 1},
    {offsetof(acta_coder_words, l_budget), "budget", 1},
    {offsetof(acta_coder_words, l_statute), "statute", 1},
    {offsetof(acta_coder_words, l_code), "code", 1},
    {offsetof(acta_coder_words, l_visit), "visit", 1},
    {offsetof(acta_coder_words, l_trip), "trip", 1},
    {offsetof(acta_coder_words, l_riot), "riot", 1},
    {offsetof(acta_coder_words, l_rioter), "rioter", 1},
    {offsetof(acta_coder_words, w_rioting), "rioting", 0},
    {offsetof(acta_coder_words, w_unrest), "unrest", 0},
    {offsetof(acta_coder_words, w_mutiny), "mutiny", 0},
    {offsetof(acta_coder_words, l_send), "send", 1},
    {offsetof(acta_coder_words, w_back), "back", 0},
    {offsetof(acta_coder_words, w_publicly), "publicly", 0},
    {offsetof(acta_coder_words, w_openly), "openly", 0},
    {offsetof(acta_coder_words, w_training), "training", 0},
    {offsetof(acta_coder_words, w_construction), "construction", 0},
    {offsetof(acta_coder_words, w_what), "what", 0},
    {offsetof(acta_coder_words, w_also), "also", 0},
    {offsetof(acta_coder_words, w_past), "past", 0},
    {offsetof(acta_coder_words, w_year), "year", 0},
    {offsetof(acta_coder_words, w_far), "far", 0},
    {offsetof(acta_coder_words, w_this), "this", 0},
    {offsetof(acta_coder_words, w_per), "per", 0},
    {offsetof(acta_coder_words, w_such), "such", 0},
    {offsetof(acta_coder_words, w_on), "on", 0},
    {offsetof(acta_coder_words, w_average), "average", 0},
    {offsetof(acta_coder_words, w_up), "up", 0},
    {offsetof(acta_coder_words, w_down), "down", 0},
    {offsetof(acta_coder_words, w_compared), "compared", 0},
    {offsetof(acta_coder_words, w_when), "when", 0},
    {offsetof(acta_coder_words, w_accounting), "accounting", 0},
    {offsetof(acta_coder_words, w_last), "last", 0},
    {offsetof(acta_coder_words, w_first), "first", 0},
    {offsetof(acta_coder_words, w_total), "total", 0},
    {offsetof(acta_coder_words, w_would), "would", 0},
    {offsetof(acta_coder_words, w_whether), "whether", 0},
    {offsetof(acta_coder_words, w_with), "with", 0},
    {offsetof(acta_coder_words, w_must), "must", 0},
    {offsetof(acta_coder_words, w_whose), "whose", 0},
    {offsetof(acta_coder_words, w_its), "its", 0},
    {offsetof(acta_coder_words, w_their), "their", 0},
    /* targets8 */
    {offsetof(acta_coder_words, w_foreign), "foreign", 0},
    {offsetof(acta_coder_words, w_international), "international", 0},
    {offsetof(acta_coder_words, w_alleged), "alleged", 0},
    {offsetof(acta_coder_words, w_allegedly), "allegedly", 0},
    {offsetof(acta_coder_words, w_suspected), "suspected", 0},
    {offsetof(acta_coder_words, w_who), "who", 0},
    {offsetof(acta_coder_words, w_whom), "whom", 0},
    /* review12 */
    {offsetof(acta_coder_words, l_ignore), "ignore", 1},
    /* review15 */
    {offsetof(acta_coder_words, w_during), "during", 0},
    {offsetof(acta_coder_words, w_throughout), "throughout", 0},
    /* force18 */
    {offsetof(acta_coder_words, l_wield), "wield", 1},
    {offsetof(acta_coder_words, w_armed), "armed", 0},
    /* review18 */
    {offsetof(acta_coder_words, l_stand), "stand", 1},
    {offsetof(acta_coder_words, l_account), "account", 1},
    {offsetof(acta_coder_words, w_fire), "fire", 0},
    {offsetof(acta_coder_words, w_fires), "fires", 0},
    {offsetof(acta_coder_words, w_out), "out", 0},
    {offsetof(acta_coder_words, w_groups), "groups", 0},
    {offsetof(acta_coder_words, w_los), "los", 0},
    {offsetof(acta_coder_words, w_las), "las", 0},
    {offsetof(acta_coder_words, w_known), "known", 0},
    {offsetof(acta_coder_words, w_better), "better", 0},
    {offsetof(acta_coder_words, w_behalf), "behalf", 0},
    {offsetof(acta_coder_words, w_wanted), "wanted", 0},
    {offsetof(acta_coder_words, w_worth), "worth", 0},
    {offsetof(acta_coder_words, w_latter), "latter", 0},
    {offsetof(acta_coder_words, w_group), "group", 0},
    {offsetof(acta_coder_words, w_front), "front", 0},
    {offsetof(acta_coder_words, l_rule), "rule", 1},
    /* review19 */
    {offsetof(acta_coder_words, w_clitic_s), "'s", 0},
    /* review20 */
    {offsetof(acta_coder_words, w_retired), "retired", 0},
    {offsetof(acta_coder_words, w_spokesperson), "spokesperson", 0},
    {offsetof(acta_coder_words, w_throughout), "throughout", 0},
    /* codes24 */
    {offsetof(acta_coder_words, l_invade), "invade", 1},
    {offsetof(acta_coder_words, l_find), "find", 1},
    {offsetof(acta_coder_words, w_guilty), "guilty", 0},
    {offsetof(acta_coder_words, w_innocent), "innocent", 0},
    /* codes29 */
    {offsetof(acta_coder_words, l_warn), "warn", 1},
    /* actors31 */
    {offsetof(acta_coder_words, l_protest), "protest", 1},
    {offsetof(acta_coder_words, l_raid), "raid", 1},
    {offsetof(acta_coder_words, l_exchange), "exchange", 1},
    {offsetof(acta_coder_words, l_swap), "swap", 1},
    {offsetof(acta_coder_words, l_hold), "hold", 1},
    {offsetof(acta_coder_words, l_keep), "keep", 1},
    {offsetof(acta_coder_words, l_take), "take", 1},
    {offsetof(acta_coder_words, w_mine), "mine", 0},
    {offsetof(acta_coder_words, w_landmine), "landmine", 0},
    {offsetof(acta_coder_words, w_landmines), "landmines", 0},
    {offsetof(acta_coder_words, l_plant), "plant", 1},
    {offsetof(acta_coder_words, l_lay), "lay", 1},
    {offsetof(acta_coder_words, l_place), "place", 1},
    {offsetof(acta_coder_words, l_hide), "hide", 1},
    {offsetof(acta_coder_words, l_set), "set", 1},
    {offsetof(acta_coder_words, w_behind), "behind", 0},
    /* mend46d */
    {offsetof(acta_coder_words, l_receive), "receive", 1},
    {offsetof(acta_coder_words, l_obtain), "obtain", 1},
    {offsetof(acta_coder_words, l_get), "get", 1},
    {offsetof(acta_coder_words, w_governor), "governor", 0},
    {offsetof(acta_coder_words, w_mayor), "mayor", 0},
    /* prec47e */
    {offsetof(acta_coder_words, w_ransom), "ransom", 0},
    {offsetof(acta_coder_words, w_forced), "forced", 0},
    {offsetof(acta_coder_words, w_while), "while", 0}};

/* Evidence phrases qualifying the claims of their sentence, tried in this
 * order at each word ("without offering any evidence" before "without
 * offering evidence"). */
static const struct { const char *words[4]; acta_evidence kind; } EVIDENCE[] = {
    {{"without", "offering", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "offering", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "giving", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "presenting", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "citing", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "offering", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "providing", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "any", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"without", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"provided", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"provided", "no", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"offered", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"offered", "no", "proof"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"gave", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"presented", "no", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"did", "not", "provide", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"did", "n't", "provide", "evidence"}, ACTA_EVIDENCE_NONE_OFFERED},
    {{"has", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"have", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"had", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"has", "proof"}, ACTA_EVIDENCE_CLAIMED},
    {{"have", "proof"}, ACTA_EVIDENCE_CLAIMED},
    {{"possesses", "evidence"}, ACTA_EVIDENCE_CLAIMED},
    {{"evidence", "points", "to"}, ACTA_EVIDENCE_CITED},
    {{"evidence", "pointed", "to"}, ACTA_EVIDENCE_CITED}};

static uint32_t add(acta_coder_words *cw, const char *w) {
  return acta_intern_add(&cw->words, w, strlen(w));
}

/* Interns the written forms of lists[0..n) (before the bit arrays are
 * made: the table grows); with lemma_forms, also every word of a lemma
 * list the lexicon lacks (see set_bits). */
static void add_forms(acta_coder_words *cw, const acta_dict *d, const word_list *lists,
                      size_t n, int lemma_forms) {
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; lists[i].words[k]; k++) {
      const char *w = lists[i].words[k];
      if (!lists[i].lemmas ||
          (lemma_forms && acta_intern_find(&d->words, w, strlen(w)) == ACTA_NO_WORD))
        add(cw, w);
    }
}

/* Sets the bits of lists[0..n), the set k, in cw->sets (written forms,
 * interned before) and cw->lemma_sets (lemmas, by lexicon id; their bits
 * must lie in 0-31).
 * review16: a lemma the lexicon lacks ("asociacion", "empresa") is no
 * token's lemma nor any token's lexicon id; with lemma_forms (the third and
 * later sets, whose lists of written forms take bits 32-63) it is a
 * written form of its list instead, its lemma bit in cw->sets, so
 * tok_lemma_in3 and tok_lemma_in4 find it as written.  The first two sets
 * share bits 0-31 between both kinds and cannot: there such a word is lost
 * (none is, a unit test checks). */
static void set_bits(acta_coder_words *cw, const acta_dict *d, const word_list *lists,
                     size_t n, int k, int lemma_forms) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; lists[i].words[j]; j++) {
      const char *w = lists[i].words[j];
      if (!lists[i].lemmas) {
        cw->sets[add(cw, w)].b[k] |= lists[i].bit;
        continue;
      }
      uint32_t id = acta_intern_find(&d->words, w, strlen(w)), r;
      if (id == ACTA_NO_WORD) {
        if (lemma_forms) cw->sets[add(cw, w)].b[k] |= lists[i].bit;
        else cw->lost_lemmas++;
        continue;
      }
      if (!acta_u64map_get(&cw->lemma_index, id, &r)) {
        r = cw->nlemma_sets;
        ACTA_GROW(cw->lemma_sets, cw->nlemma_sets, cw->cap_lemma_sets);
        cw->nlemma_sets++;
        memset(&cw->lemma_sets[r], 0, sizeof cw->lemma_sets[r]);
        acta_u64map_put(&cw->lemma_index, id, r);
      }
      cw->lemma_sets[r].b[k] |= (uint32_t)lists[i].bit;
    }
}

void acta_coder_words_build(acta_dict *d) {
  acta_coder_words *cw = calloc(1, sizeof *cw);
  if (!cw) abort();
  acta_intern_init(&cw->words);
  acta_u64map_init(&cw->lemma_index);
  /* every written form first (the table grows), then their bits */
  add_forms(cw, d, LISTS, sizeof LISTS / sizeof LISTS[0], 0);
  add_forms(cw, d, LISTS2, sizeof LISTS2 / sizeof LISTS2[0], 0);
  add_forms(cw, d, LISTS3, sizeof LISTS3 / sizeof LISTS3[0], 1);
  add_forms(cw, d, LISTS4, sizeof LISTS4 / sizeof LISTS4[0], 1);
  add_forms(cw, d, LISTS5, sizeof LISTS5 / sizeof LISTS5[0], 1);
  add_forms(cw, d, LISTS6, sizeof LISTS6 / sizeof LISTS6[0], 1);
  for (size_t i = 0; i < sizeof SINGLE / sizeof SINGLE[0]; i++) {
    const char *w = SINGLE[i].word;
    *(uint32_t *)((char *)cw + SINGLE[i].off) =
        SINGLE[i].lemma ? acta_intern_find(&d->words, w, strlen(w)) : add(cw, w);
  }
  _Static_assert(sizeof EVIDENCE / sizeof EVIDENCE[0] <= sizeof cw->evidence /
                                                             sizeof cw->evidence[0],
                 "room for the evidence phrases");
  for (size_t i = 0; i < sizeof EVIDENCE / sizeof EVIDENCE[0]; i++) {
    acta_evidence_ids *e = &cw->evidence[cw->nevidence++];
    e->kind = EVIDENCE[i].kind;
    for (size_t k = 0; k < 4 && EVIDENCE[i].words[k]; k++)
      e->words[e->n++] = add(cw, EVIDENCE[i].words[k]);
  }
  size_t nsets = cw->words.count ? cw->words.count : 1; /* one line each */
  cw->sets = aligned_alloc(_Alignof(acta_word_sets), nsets * sizeof *cw->sets);
  if (!cw->sets) abort();
  memset(cw->sets, 0, nsets * sizeof *cw->sets);
  set_bits(cw, d, LISTS, sizeof LISTS / sizeof LISTS[0], 0, 0);
  set_bits(cw, d, LISTS2, sizeof LISTS2 / sizeof LISTS2[0], 1, 0);
  set_bits(cw, d, LISTS3, sizeof LISTS3 / sizeof LISTS3[0], 2, 1);
  set_bits(cw, d, LISTS4, sizeof LISTS4 / sizeof LISTS4[0], 3, 1);
  set_bits(cw, d, LISTS5, sizeof LISTS5 / sizeof LISTS5[0], 4, 1);
  set_bits(cw, d, LISTS6, sizeof LISTS6 / sizeof LISTS6[0], 5, 1);
  for (size_t i = 0; i < cw->nevidence; i++)
    cw->sets[cw->evidence[i].words[0]].b[0] |= WL_EVIDENCE_START;
  /* each written form's lexicon id, the other way round */
  cw->nlexicon = d->words.count;
  cw->of_lexicon = malloc((cw->nlexicon ? cw->nlexicon : 1) * sizeof *cw->of_lexicon);
  if (!cw->of_lexicon) abort();
  for (uint32_t i = 0; i < cw->nlexicon; i++) cw->of_lexicon[i] = ACTA_NO_WORD;
  cw->all_in_lexicon = 1;
  for (uint32_t id = 0; id < cw->words.count; id++) {
    uint32_t lex = acta_intern_find(&d->words, cw->words.pool.data + cw->words.offs[id],
                                    cw->words.lens[id]);
    if (lex == ACTA_NO_WORD) {
      cw->all_in_lexicon = 0;
      uint32_t len = cw->words.lens[id];
      cw->nonlex_lens |= 1ull << (len < 63 ? len : 63);
    } else {
      cw->of_lexicon[lex] = id;
    }
  }
  d->coder_words = cw;
}

void acta_coder_words_free(acta_coder_words *cw) {
  if (!cw) return;
  acta_intern_free(&cw->words);
  free(cw->sets);
  free(cw->lemma_sets);
  free(cw->of_lexicon);
  acta_u64map_free(&cw->lemma_index);
  free(cw);
}
