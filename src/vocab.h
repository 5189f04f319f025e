/* SPDX-License-Identifier: MIT */
/* vocab.h: the stage vocabulary -- every English word that the text stages
 * (figures.c, dates.c, gazetteer.c) test for, each with a fixed code V_*.
 *
 * The tokenizer gives each word token made of ASCII letters and digits the
 * code of its folded form (acta_token.vocab, 0 if the word is not listed),
 * so that a stage asks "is this token `least`?" with one integer compare:
 * `tk->vocab == V_LEAST`.  The dictionary interns every listed word at load
 * (acta_vocab_register) and keeps the code in acta_word_info.vocab, so the
 * code costs nothing beyond the lookup the tokenizer makes anyway.  Words
 * the stages read inside a token ("mid" in "mid-September") are looked up
 * with acta_vocab_find.
 *
 * The list is sorted (acta_vocab_find is a binary search; test_dict checks
 * the order).  A new word goes in its sorted place; its code is V_ and the
 * word in capitals, an apostrophe written '_'. */
#ifndef ACTA_VOCAB_H
#define ACTA_VOCAB_H
#include <stddef.h>
#include <stdint.h>

#define ACTA_VOCAB(X) \
  X(V_A, "a") X(V_AAN, "aan") X(V_ABDUCTED, "abducted") X(V_ABOUT, "about") \
  X(V_ABOVE, "above") X(V_ACCORDING, "according") X(V_ACRES, "acres") \
  X(V_ACROSS, "across") X(V_ACT, "act") X(V_ACTIVIST, "activist") \
  X(V_ACTIVISTS, "activists") X(V_AD, "ad") X(V_ADDED, "added") \
  X(V_ADDITIONAL, "additional") X(V_ADMINISTRATION, "administration") \
  X(V_ADMINISTRATIVE, "administrative") X(V_ADULTS, "adults") \
  X(V_ADVISORY, "advisory") \
  X(V_AFTER, "after") X(V_AFTERNOON, "afternoon") X(V_AGAIN, "again") \
  X(V_AGAINST, "against") X(V_AGE, "age") X(V_AGED, "aged") \
  X(V_AGENT, "agent") X(V_AGES, "ages") X(V_AGO, "ago") \
  X(V_AIRBUS, "airbus") X(V_AKA, "aka") X(V_AL, "al") X(V_ALIAS, "alias") X(V_ALL, "all") \
  X(V_ALMOST, "almost") X(V_ALONG, "along") X(V_ALREADY, "already") \
  X(V_ALSO, "also") X(V_ALTHOUGH, "although") X(V_AM, "am") \
  X(V_AMBASSADOR, "ambassador") X(V_AMENDMENT, "amendment") \
  X(V_AMID, "amid") X(V_AMIDST, "amidst") X(V_AMMUNITION, "ammunition") \
  X(V_AMONG, "among") X(V_AN, "an") X(V_ANALYST, "analyst") X(V_AND, "and") \
  X(V_ANOTHER, "another") X(V_ANY, "any") X(V_APARTMENT, "apartment") \
  X(V_APPROXIMATELY, "approximately") X(V_APR, "apr") X(V_APRIL, "april") \
  X(V_AR, "ar") X(V_ARE, "are") X(V_AREA, "area") X(V_AROUND, "around") \
  X(V_ARREST, "arrest") X(V_ARRESTED, "arrested") \
  X(V_ARRESTING, "arresting") X(V_ARRESTS, "arrests") X(V_ART, "art") \
  X(V_ARTICLE, "article") X(V_ARTILLERY, "artillery") X(V_AS, "as") \
  X(V_ASH, "ash") X(V_ASSEMBLED, "assembled") X(V_AT, "at") X(V_ATH, "ath") \
  X(V_ATHLETES, "athletes") X(V_ATTACKERS, "attackers") \
  X(V_ATTENDED, "attended") X(V_ATTORNEY, "attorney") X(V_AU, "au") \
  X(V_AUG, "aug") X(V_AUGUST, "august") X(V_AUTONOMOUS, "autonomous") \
  X(V_AUTUMN, "autumn") X(V_AUX, "aux") X(V_AVENUE, "avenue") \
  X(V_AVOID, "avoid") X(V_AVOIDED, "avoided") X(V_AVOIDING, "avoiding") \
  X(V_AZ, "az") \
  X(V_BABIES, "babies") X(V_BARRIO, "barrio") X(V_BATTALION, "battalion") X(V_BE, "be") \
  X(V_BECAUSE, "because") X(V_BEEN, "been") X(V_BEFORE, "before") \
  X(V_BEGINNING, "beginning") X(V_BEING, "being") X(V_BELOW, "below") \
  X(V_BETWEEN, "between") X(V_BEYOND, "beyond") X(V_BILL, "bill") \
  X(V_BILLION, "billion") X(V_BIN, "bin") X(V_BISHOP, "bishop") \
  X(V_BLACK, "black") X(V_BLOCK, "block") X(V_BLOGGERS, "bloggers") \
  X(V_BLOODY, "bloody") X(V_BODIES, "bodies") X(V_BOEING, "boeing") \
  X(V_BOMB, "bomb") X(V_BOMBS, "bombs") X(V_BORDER, "border") \
  X(V_BOSS, "boss") X(V_BOSSES, "bosses") X(V_BOTH, "both") \
  X(V_BOYS, "boys") X(V_BRIGADE, "brigade") X(V_BUILDING, "building") \
  X(V_BULLETS, "bullets") X(V_BUT, "but") X(V_BY, "by") \
  X(V_BYSTANDERS, "bystanders") X(V_CABINET, "cabinet") X(V_CAMP, "camp") \
  X(V_CAN, "can") X(V_CANTON, "canton") X(V_CAPITAL, "capital") \
  X(V_CAPTAIN, "captain") X(V_CAPTIVES, "captives") \
  X(V_CAPTURED, "captured") X(V_CARDINAL, "cardinal") X(V_CARTEL, "cartel") \
  X(V_CARTELS, "cartels") X(V_CATEGORY, "category") X(V_CENT, "cent") \
  X(V_CENTER, "center") X(V_CENTRAL, "central") X(V_CENTRE, "centre") \
  X(V_CENTS, "cents") X(V_CENTURIES, "centuries") X(V_CHANNEL, "channel") \
  X(V_CHANTED, "chanted") X(V_CHANTING, "chanting") X(V_CHAPTER, "chapter") \
  X(V_CHIEF, "chief") X(V_CHILDREN, "children") X(V_CITIZENS, "citizens") \
  X(V_CITY, "city") X(V_CIVILIAN, "civilian") X(V_CIVILIANS, "civilians") \
  X(V_CLAN, "clan") X(V_CLAUSE, "clause") X(V_CLERICS, "clerics") \
  X(V_CLOSE, "close") X(V_CM, "cm") X(V_COAST, "coast") X(V_CODE, "code") \
  X(V_COLONEL, "colonel") X(V_COLONIA, "colonia") X(V_COMMANDER, "commander") \
  X(V_COMMUNITY, "community") X(V_CONGRESSMAN, "congressman") \
  X(V_CONSCRIPTS, "conscripts") \
  X(V_CONTROL, "control") X(V_CORPSES, "corpses") X(V_COULD, "could") \
  X(V_COUNTY, "county") X(V_COUPLE, "couple") X(V_COVID, "covid") \
  X(V_CREW, "crew") X(V_CRISIS, "crisis") X(V_CROWD, "crowd") \
  X(V_CROWDS, "crowds") X(V_DA, "da") X(V_DAILY, "daily") X(V_DAS, "das") \
  X(V_DAY, "day") X(V_DAYS, "days") X(V_DE, "de") X(V_DEAD, "dead") \
  X(V_DEATHS, "deaths") X(V_DEC, "dec") X(V_DECADE, "decade") \
  X(V_DECADES, "decades") X(V_DECEMBER, "december") X(V_DECREE, "decree") \
  X(V_DEGREES, "degrees") X(V_DEI, "dei") X(V_DEL, "del") \
  X(V_DELLA, "della") X(V_DELLE, "delle") X(V_DEMONSTRATED, "demonstrated") \
  X(V_DEMONSTRATING, "demonstrating") X(V_DEMONSTRATION, "demonstration") \
  X(V_DEMONSTRATIONS, "demonstrations") X(V_DEMONSTRATOR, "demonstrator") \
  X(V_DEMONSTRATORS, "demonstrators") X(V_DEN, "den") \
  X(V_DEPARTMENT, "department") X(V_DEPUTY, "deputy") X(V_DER, "der") \
  X(V_DES, "des") X(V_DESPITE, "despite") X(V_DETAINED, "detained") \
  X(V_DETAINEES, "detainees") X(V_DETAINING, "detaining") \
  X(V_DETENTION, "detention") X(V_DI, "di") X(V_DID, "did") \
  X(V_DIED, "died") X(V_DIES, "dies") X(V_DINARS, "dinars") \
  X(V_DIPLOMATS, "diplomats") X(V_DIRECTIVE, "directive") \
  X(V_DIRECTOR, "director") X(V_DIRHAMS, "dirhams") \
  X(V_DISAPPEARED, "disappeared") X(V_DISPLACED, "displaced") \
  X(V_DISSIDENTS, "dissidents") X(V_DISTRICT, "district") \
  X(V_DIVISION, "division") X(V_DO, "do") X(V_DOCTORS, "doctors") \
  X(V_DOES, "does") X(V_DOLLAR, "dollar") X(V_DOLLARS, "dollars") \
  X(V_DOS, "dos") X(V_DOZEN, "dozen") X(V_DOZENS, "dozens") X(V_DR, "dr") \
  X(V_DRONE, "drone") X(V_DRONES, "drones") X(V_DU, "du") \
  X(V_DURING, "during") X(V_DYING, "dying") X(V_E, "e") X(V_EACH, "each") \
  X(V_EARLIER, "earlier") X(V_EARLY, "early") X(V_EAST, "east") \
  X(V_EASTERN, "eastern") X(V_EIGHT, "eight") X(V_EIGHTEEN, "eighteen") \
  X(V_EIGHTY, "eighty") X(V_EITHER, "either") X(V_EL, "el") \
  X(V_ELEVEN, "eleven") X(V_ELUDE, "elude") X(V_ELUDED, "eluded") \
  X(V_ELUDING, "eluding") X(V_EMIRATE, "emirate") X(V_EMPLOYEES, "employees") \
  X(V_EN, "en") X(V_END, "end") \
  X(V_ENFORCEMENT, "enforcement") X(V_ESCAPE, "escape") X(V_ESCAPED, "escaped") \
  X(V_ESCAPING, "escaping") X(V_ESTIMATED, "estimated") X(V_ET, "et") \
  X(V_EURO, "euro") X(V_EUROS, "euros") X(V_EVACUATED, "evacuated") \
  X(V_EVACUEES, "evacuees") X(V_EVADE, "evade") X(V_EVADED, "evaded") \
  X(V_EVADING, "evading") X(V_EVEN, "even") X(V_EVENING, "evening") \
  X(V_EVER, "ever") X(V_EVERY, "every") X(V_EX, "ex") X(V_EXCESS, "excess") \
  X(V_EXECUTED, "executed") X(V_EXPRESS, "express") X(V_EXTRA, "extra") \
  X(V_FACTION, "faction") X(V_FALL, "fall") X(V_FAMILIES, "families") \
  X(V_FARMERS, "farmers") X(V_FATALITIES, "fatalities") \
  X(V_FATHER, "father") X(V_FAVELA, "favela") X(V_FEB, "feb") X(V_FEBRUARY, "february") \
  X(V_FEDERATION, "federation") X(V_FEET, "feet") X(V_FEW, "few") \
  X(V_FEWER, "fewer") X(V_FIFTEEN, "fifteen") X(V_FIFTY, "fifty") \
  X(V_FIGHTERS, "fighters") X(V_FIRST, "first") X(V_FIVE, "five") \
  X(V_FLED, "fled") X(V_FLEEING, "fleeing") X(V_FLIGHT, "flight") \
  X(V_FOOT, "foot") X(V_FOR, "for") X(V_FORCE, "force") \
  X(V_FORCES, "forces") X(V_FOREIGNERS, "foreigners") X(V_FORMER, "former") \
  X(V_FORTY, "forty") X(V_FOUR, "four") X(V_FOURTEEN, "fourteen") \
  X(V_FRANCS, "francs") X(V_FRIDAY, "friday") X(V_FROM, "from") \
  X(V_FT, "ft") X(V_FURTHER, "further") X(V_FURTHERMORE, "furthermore") \
  X(V_GANG, "gang") X(V_GANGS, "gangs") X(V_GATE, "gate") \
  X(V_GATHERED, "gathered") X(V_GATHERING, "gathering") \
  X(V_GENERAL, "general") X(V_GIRLS, "girls") X(V_GMT, "gmt") \
  X(V_GOOD, "good") \
  X(V_GOVERNING, "governing") X(V_GOVERNMENT, "government") X(V_GOVERNOR, "governor") \
  X(V_GOVERNORATE, "governorate") X(V_GRADE, "grade") \
  X(V_GREATER, "greater") X(V_GRENADES, "grenades") X(V_GUARDS, "guards") \
  X(V_GUERRILLAS, "guerrillas") X(V_GUNMEN, "gunmen") X(V_GUNS, "guns") \
  X(V_HAD, "had") X(V_HALF, "half") X(V_HANDFUL, "handful") X(V_HAS, "has") \
  X(V_HAVE, "have") X(V_HE, "he") X(V_HEART, "heart") \
  X(V_HECTARES, "hectares") X(V_HELD, "held") \
  X(V_HELICOPTERS, "helicopters") X(V_HENCE, "hence") X(V_HER, "her") \
  X(V_HERALD, "herald") X(V_HERE, "here") X(V_HERS, "hers") \
  X(V_HIGH, "high") X(V_HIGHWAY, "highway") X(V_HIM, "him") X(V_HIS, "his") \
  X(V_HOMELESS, "homeless") X(V_HOSTAGES, "hostages") X(V_HOUR, "hour") \
  X(V_HOURS, "hours") X(V_HOW, "how") X(V_HOWEVER, "however") \
  X(V_HOWITZERS, "howitzers") X(V_HRYVNIAS, "hryvnias") \
  X(V_HUNDRED, "hundred") X(V_HUNDREDS, "hundreds") X(V_HURT, "hurt") \
  X(V_I, "i") X(V_IBN, "ibn") X(V_IF, "if") X(V_IM, "im") \
  X(V_IMPRISONED, "imprisoned") X(V_IN, "in") X(V_INCHES, "inches") \
  X(V_INCLUDING, "including") \
  X(V_INDEPENDENT, "independent") X(V_INDIVIDUALS, "individuals") \
  X(V_INFANTS, "infants") X(V_INHABITANTS, "inhabitants") \
  X(V_INJURED, "injured") X(V_INJURIES, "injuries") \
  X(V_INJURING, "injuring") X(V_INMATES, "inmates") X(V_INSIDE, "inside") \
  X(V_INSTEAD, "instead") X(V_INSURGENTS, "insurgents") X(V_INTO, "into") \
  X(V_INVESTIGATIVE, "investigative") \
  X(V_IS, "is") X(V_ISLAND, "island") X(V_IT, "it") X(V_ITEM, "item") \
  X(V_ITS, "its") X(V_JAILED, "jailed") X(V_JAN, "jan") \
  X(V_JANUARY, "january") X(V_JETS, "jets") X(V_JOINED, "joined") \
  X(V_JOURNALIST, "journalist") X(V_JOURNALISTS, "journalists") \
  X(V_JUDGE, "judge") X(V_JUL, "jul") X(V_JULY, "july") X(V_JUN, "jun") \
  X(V_JUNE, "june") X(V_JUST, "just") X(V_KG, "kg") \
  X(V_KIDNAPPED, "kidnapped") X(V_KILLED, "killed") X(V_KILLING, "killing") \
  X(V_KILLS, "kills") X(V_KILOGRAMS, "kilograms") \
  X(V_KILOMETER, "kilometer") X(V_KILOMETERS, "kilometers") \
  X(V_KILOMETRE, "kilometre") X(V_KILOMETRES, "kilometres") \
  X(V_KING, "king") X(V_KM, "km") X(V_LA, "la") X(V_LANDMINES, "landmines") \
  X(V_LAS, "las") X(V_LAST, "last") X(V_LATE, "late") X(V_LATER, "later") \
  X(V_LAUNCHERS, "launchers") X(V_LAW, "law") X(V_LAWMAKERS, "lawmakers") \
  X(V_LAWYER, "lawyer") X(V_LAWYERS, "lawyers") X(V_LE, "le") \
  X(V_LEADER, "leader") X(V_LEAST, "least") X(V_LES, "les") \
  X(V_LESS, "less") X(V_LET, "let") X(V_LEVEL, "level") \
  X(V_LIEUTENANT, "lieutenant") X(V_LIKE, "like") X(V_LINE, "line") \
  X(V_LIRA, "lira") X(V_LITTLE, "little") X(V_LIVES, "lives") X(V_LOS, "los") X(V_LOWER, "lower") X(V_M, "m") \
  X(V_MAFIA, "mafia") X(V_MAIL, "mail") X(V_MANIFESTO, "manifesto") \
  X(V_MANY, "many") X(V_MAR, "mar") X(V_MARCH, "march") \
  X(V_MARCHED, "marched") X(V_MARCHERS, "marchers") X(V_MARCHES, "marches") \
  X(V_MARCHING, "marching") X(V_MARINES, "marines") \
  X(V_MASSACRED, "massacred") X(V_MASSED, "massed") X(V_MAY, "may") \
  X(V_MAYOR, "mayor") X(V_ME, "me") X(V_MEANWHILE, "meanwhile") \
  X(V_MEDICS, "medics") X(V_MEMBERS, "members") X(V_MEN, "men") \
  X(V_METER, "meter") X(V_METERS, "meters") X(V_METRE, "metre") \
  X(V_METRES, "metres") X(V_METROPOLITAN, "metropolitan") X(V_MID, "mid") \
  X(V_MIDDLE, "middle") X(V_MIGHT, "might") X(V_MIGRANTS, "migrants") \
  X(V_MILE, "mile") X(V_MILES, "miles") X(V_MILITANTS, "militants") \
  X(V_MILITIAMEN, "militiamen") X(V_MILLION, "million") \
  X(V_MILLIONS, "millions") X(V_MINERS, "miners") X(V_MINES, "mines") \
  X(V_MINISTER, "minister") X(V_MINORS, "minors") X(V_MINUTE, "minute") \
  X(V_MINUTES, "minutes") X(V_MIRROR, "mirror") X(V_MISSILE, "missile") \
  X(V_MISSILES, "missiles") X(V_MISSING, "missing") X(V_MM, "mm") \
  X(V_MONDAY, "monday") X(V_MONTH, "month") X(V_MONTHS, "months") \
  X(V_MORE, "more") X(V_MOREOVER, "moreover") X(V_MORNING, "morning") \
  X(V_MORTARS, "mortars") X(V_MOST, "most") X(V_MR, "mr") X(V_MRS, "mrs") \
  X(V_MS, "ms") X(V_MT, "mt") X(V_MUCH, "much") X(V_MUHAFAZAT, "muhafazat") \
  X(V_MUNICIPALITY, "municipality") X(V_MUNITIONS, "munitions") \
  X(V_MURDERED, "murdered") X(V_MUST, "must") X(V_MY, "my") \
  X(V_NATIONALS, "nationals") X(V_NEAR, "near") X(V_NEARBY, "nearby") \
  X(V_NEARLY, "nearly") X(V_NEIGHBORHOOD, "neighborhood") \
  X(V_NEIGHBOURHOOD, "neighbourhood") X(V_NEITHER, "neither") \
  X(V_NEVER, "never") X(V_NEVERTHELESS, "nevertheless") X(V_NEW, "new") \
  X(V_NEWSPAPER, "newspaper") X(V_NEXT, "next") X(V_NIGHT, "night") \
  X(V_NIGHTS, "nights") X(V_NINE, "nine") X(V_NINETEEN, "nineteen") \
  X(V_NINETY, "ninety") X(V_NO, "no") X(V_NOR, "nor") X(V_NORTH, "north") \
  X(V_NORTHEAST, "northeast") X(V_NORTHEASTERN, "northeastern") \
  X(V_NORTHERN, "northern") X(V_NORTHWEST, "northwest") \
  X(V_NORTHWESTERN, "northwestern") X(V_NOT, "not") X(V_NOV, "nov") \
  X(V_NOVEMBER, "november") X(V_NUMBER, "number") X(V_NURSES, "nurses") \
  X(V_O_CLOCK, "o'clock") X(V_OBLAST, "oblast") X(V_OCCUPIED, "occupied") \
  X(V_OCT, "oct") X(V_OCTOBER, "october") X(V_OF, "of") X(V_OFF, "off") \
  X(V_OFFICER, "officer") X(V_OFFICERS, "officers") \
  X(V_OFFICIALS, "officials") X(V_ON, "on") X(V_ONE, "one") \
  X(V_ONLY, "only") X(V_ONTO, "onto") X(V_OP, "op") \
  X(V_OPPONENTS, "opponents") X(V_OR, "or") \
  X(V_ORGANISATION, "organisation") X(V_ORGANIZATION, "organization") \
  X(V_OSTAN, "ostan") X(V_OTHER, "other") X(V_OTHERS, "others") \
  X(V_OUR, "our") X(V_OURS, "ours") X(V_OUT, "out") \
  X(V_OUTSIDE, "outside") \
  X(V_OUTSKIRTS, "outskirts") X(V_OVER, "over") X(V_OVERNIGHT, "overnight") \
  X(V_OVERSIGHT, "oversight") \
  X(V_OWN, "own") X(V_P, "p") X(V_PAGE, "page") X(V_PARAGRAPH, "paragraph") \
  X(V_PARATROOPERS, "paratroopers") X(V_PART, "part") \
  X(V_PASSENGERS, "passengers") X(V_PAST, "past") X(V_PATIENTS, "patients") \
  X(V_PCT, "pct") X(V_PEACEKEEPERS, "peacekeepers") \
  X(V_PEDESTRIANS, "pedestrians") X(V_PEOPLE, "people") X(V_PER, "per") \
  X(V_PERCENT, "percent") X(V_PERCENTAGE, "percentage") \
  X(V_PERISHED, "perished") X(V_PERSON, "person") X(V_PERSONS, "persons") \
  X(V_PHASE, "phase") X(V_PILGRIMS, "pilgrims") X(V_PLATFORM, "platform") \
  X(V_PM, "pm") X(V_POINTS, "points") X(V_POLICE, "police") \
  X(V_POLICEMEN, "policemen") X(V_POLITICIANS, "politicians") \
  X(V_POPE, "pope") X(V_PORT, "port") X(V_POUNDS, "pounds") \
  X(V_POURED, "poured") X(V_PP, "pp") X(V_PRECINCT, "precinct") \
  X(V_PREFECTURE, "prefecture") X(V_PRESIDENCY, "presidency") \
  X(V_PRESIDENT, "president") X(V_PREVIOUS, "previous") \
  X(V_PRINCE, "prince") X(V_PRISONERS, "prisoners") \
  X(V_PROSECUTOR, "prosecutor") X(V_PROTEST, "protest") \
  X(V_PROTESTED, "protested") X(V_PROTESTER, "protester") \
  X(V_PROTESTERS, "protesters") X(V_PROTESTING, "protesting") \
  X(V_PROTESTOR, "protestor") X(V_PROTESTORS, "protestors") \
  X(V_PROTESTS, "protests") X(V_PROTOCOL, "protocol") \
  X(V_PROVINCE, "province") X(V_PROVINCES, "provinces") \
  X(V_PUBLISHED, "published") X(V_PUPILS, "pupils") X(V_QUEEN, "queen") \
  X(V_QUOTED, "quoted") X(V_RAION, "raion") X(V_RALLIED, "rallied") \
  X(V_RALLIES, "rallies") X(V_RALLY, "rally") X(V_RALLYING, "rallying") \
  X(V_REBELS, "rebels") X(V_RECRUITS, "recruits") X(V_REFUGEES, "refugees") \
  X(V_REGIME, "regime") X(V_REGIMENT, "regiment") X(V_REGION, "region") \
  X(V_REGULATORY, "regulatory") \
  X(V_RELATIVES, "relatives") X(V_REPORTED, "reported") \
  X(V_REPORTEDLY, "reportedly") X(V_REPORTER, "reporter") \
  X(V_REPORTERS, "reporters") X(V_REPORTS, "reports") \
  X(V_REPUBLIC, "republic") X(V_RES, "res") X(V_RESEARCHER, "researcher") \
  X(V_RESERVISTS, "reservists") X(V_RESIDENTS, "residents") \
  X(V_RESOLUTION, "resolution") X(V_REVOLUTION, "revolution") \
  X(V_RIAL, "rial") X(V_RIALS, "rials") X(V_RIFLE, "rifle") \
  X(V_RIFLES, "rifles") X(V_RIOTERS, "rioters") X(V_RIYALS, "riyals") \
  X(V_ROAD, "road") X(V_ROCKET, "rocket") X(V_ROCKETS, "rockets") \
  X(V_ROOM, "room") X(V_ROUBLES, "roubles") X(V_ROUGHLY, "roughly") \
  X(V_ROUTE, "route") X(V_RUBLES, "rubles") X(V_RULE, "rule") \
  X(V_RUPEES, "rupees") X(V_SA, "sa") X(V_SAID, "said") \
  X(V_SAILORS, "sailors") X(V_SAME, "same") X(V_SATURDAY, "saturday") \
  X(V_SAY, "say") X(V_SAYS, "says") X(V_SCORES, "scores") \
  X(V_SECOND, "second") X(V_SECONDS, "seconds") X(V_SECRETARY, "secretary") \
  X(V_SECTION, "section") X(V_SECTOR, "sector") \
  X(V_SECURITY, "security") X(V_SENATOR, "senator") \
  X(V_SEP, "sep") X(V_SEPT, "sept") X(V_SEPTEMBER, "september") \
  X(V_SERGEANT, "sergeant") X(V_SERVICEMEMBERS, "servicemembers") \
  X(V_SERVICEMEN, "servicemen") X(V_SETTLERS, "settlers") \
  X(V_SEVEN, "seven") X(V_SEVENTEEN, "seventeen") X(V_SEVENTY, "seventy") \
  X(V_SEVERAL, "several") X(V_SHALL, "shall") X(V_SHE, "she") \
  X(V_SHEKELS, "shekels") X(V_SHELL, "shell") X(V_SHELLS, "shells") \
  X(V_SHOULD, "should") X(V_SINCE, "since") X(V_SIR, "sir") X(V_SIX, "six") \
  X(V_SIXTEEN, "sixteen") X(V_SIXTY, "sixty") X(V_SLAIN, "slain") X(V_SLUM, "slum") \
  X(V_SO, "so") X(V_SOLDIER, "soldier") X(V_SOLDIERS, "soldiers") \
  X(V_SOME, "some") X(V_SOUTH, "south") X(V_SOUTHEAST, "southeast") \
  X(V_SOUTHEASTERN, "southeastern") X(V_SOUTHERN, "southern") \
  X(V_SOUTHWEST, "southwest") X(V_SOUTHWESTERN, "southwestern") \
  X(V_SPECIAL, "special") \
  X(V_SPECIALIZED, "specialized") X(V_SPOKESMAN, "spokesman") \
  X(V_SPOKESWOMAN, "spokeswoman") X(V_SPRING, "spring") X(V_SQ, "sq") \
  X(V_SQUARE, "square") X(V_ST, "st") X(V_STAFF, "staff") \
  X(V_STAGE, "stage") X(V_START, "start") X(V_STATE, "state") \
  X(V_STATED, "stated") X(V_STE, "ste") X(V_STERLING, "sterling") \
  X(V_STILL, "still") X(V_STREET, "street") X(V_STREETS, "streets") \
  X(V_STRONG, "strong") X(V_STUDENTS, "students") X(V_SUBURBS, "suburbs") \
  X(V_SUCH, "such") X(V_SUL, "sul") X(V_SUMMER, "summer") \
  X(V_SUNDAY, "sunday") X(V_SUPER, "super") \
  X(V_SUPERVISORY, "supervisory") X(V_SUPPORTERS, "supporters") \
  X(V_SUR, "sur") X(V_SURVIVE, "survive") X(V_SURVIVED, "survived") \
  X(V_SURVIVING, "surviving") X(V_SUSPECTS, "suspects") \
  X(V_SYNDICATE, "syndicate") \
  X(V_TANK, "tank") X(V_TANKS, "tanks") X(V_TEACHERS, "teachers") \
  X(V_TEENAGERS, "teenagers") X(V_TELEGRAPH, "telegraph") X(V_TEN, "ten") \
  X(V_TENS, "tens") X(V_TERMINAL, "terminal") X(V_TERRITORY, "territory") \
  X(V_THAN, "than") X(V_THAT, "that") X(V_THE, "the") X(V_THEIR, "their") \
  X(V_THEIRS, "theirs") X(V_THEM, "them") X(V_THEN, "then") \
  X(V_THERE, "there") X(V_THEREFORE, "therefore") X(V_THERESA, "theresa") \
  X(V_THESE, "these") X(V_THEY, "they") X(V_THIRD, "third") \
  X(V_THIRTEEN, "thirteen") X(V_THIRTY, "thirty") X(V_THIS, "this") \
  X(V_THOSE, "those") X(V_THOUGH, "though") X(V_THOUSAND, "thousand") \
  X(V_THOUSANDS, "thousands") X(V_THREE, "three") X(V_THRONGED, "thronged") \
  X(V_THROUGH, "through") X(V_THROUGHOUT, "throughout") \
  X(V_THURSDAY, "thursday") X(V_THUS, "thus") X(V_TIER, "tier") \
  X(V_TILL, "till") X(V_TIMES, "times") X(V_TITLE, "title") X(V_TO, "to") \
  X(V_TODAY, "today") X(V_TOLD, "told") X(V_TOLL, "toll") \
  X(V_TOMANS, "tomans") X(V_TOMORROW, "tomorrow") X(V_TONIGHT, "tonight") \
  X(V_TONNES, "tonnes") X(V_TONS, "tons") X(V_TOOK, "took") \
  X(V_TOURISTS, "tourists") X(V_TOWARD, "toward") X(V_TOWARDS, "towards") \
  X(V_TOWN, "town") X(V_TROOPS, "troops") X(V_TUESDAY, "tuesday") \
  X(V_TURNED, "turned") X(V_TWELVE, "twelve") X(V_TWENTY, "twenty") \
  X(V_TWO, "two") X(V_UD, "ud") X(V_UL, "ul") \
  X(V_UNACCOUNTED, "unaccounted") X(V_UNDER, "under") X(V_UNIT, "unit") \
  X(V_UNLESS, "unless") X(V_UNTIL, "until") X(V_UP, "up") X(V_UPON, "upon") \
  X(V_UPPER, "upper") X(V_UPRISING, "uprising") X(V_UPROOTED, "uprooted") \
  X(V_UPWARDS, "upwards") X(V_UR, "ur") X(V_USA, "usa") X(V_USD, "usd") \
  X(V_UTC, "utc") X(V_VALLEY, "valley") X(V_VAN, "van") X(V_VIA, "via") \
  X(V_VICTIMS, "victims") X(V_VILLAGE, "village") \
  X(V_VILLAGERS, "villagers") X(V_VOL, "vol") X(V_VOLUNTEERS, "volunteers") \
  X(V_VON, "von") X(V_WAR, "war") X(V_WARD, "ward") \
  X(V_WARHEADS, "warheads") X(V_WARPLANES, "warplanes") X(V_WAS, "was") \
  X(V_WE, "we") X(V_WEAPONS, "weapons") X(V_WEDNESDAY, "wednesday") \
  X(V_WEEK, "week") X(V_WEEKEND, "weekend") X(V_WEEKS, "weeks") \
  X(V_WELL, "well") X(V_WERE, "were") X(V_WEST, "west") \
  X(V_WESTERN, "western") X(V_WHAT, "what") X(V_WHEN, "when") \
  X(V_WHERE, "where") X(V_WHEREAS, "whereas") X(V_WHETHER, "whether") \
  X(V_WHICH, "which") X(V_WHILE, "while") X(V_WHO, "who") X(V_WHOM, "whom") \
  X(V_WHOSE, "whose") X(V_WHY, "why") X(V_WILAYA, "wilaya") \
  X(V_WILL, "will") X(V_WINTER, "winter") X(V_WITH, "with") \
  X(V_WITHIN, "within") X(V_WITHOUT, "without") X(V_WOMEN, "women") \
  X(V_WORKERS, "workers") X(V_WORSHIPPERS, "worshippers") \
  X(V_WOULD, "would") X(V_WOUNDED, "wounded") X(V_WOUNDING, "wounding") \
  X(V_WROTE, "wrote") X(V_Y, "y") X(V_YE, "ye") X(V_YEAR, "year") \
  X(V_YEARS, "years") X(V_YEN, "yen") X(V_YES, "yes") \
  X(V_YESTERDAY, "yesterday") X(V_YET, "yet") X(V_YOU, "you") \
  X(V_YOUR, "your") X(V_YOUTHS, "youths") X(V_YUAN, "yuan") \
  X(V_ZERO, "zero") X(V_ZONE, "zone")

enum {
  V_NONE = 0,
#define ACTA_VOCAB_ENUM(code, word) code,
  ACTA_VOCAB(ACTA_VOCAB_ENUM)
#undef ACTA_VOCAB_ENUM
  V_COUNT
};

/* The code of s[0, n), compared case-insensitively (ASCII letters only),
 * or V_NONE. */
uint16_t acta_vocab_find(const char *s, size_t n);
/* The word of a code ("" for V_NONE or out of range). */
const char *acta_vocab_word(unsigned code);

/* review23: is code v a particle inside a Spanish or Portuguese name ("de
 * la Cruz", "da Silva", "dos Santos", "Paz y Paz")?  The one test the name
 * stages share (name_refs.c, object_refs.c, tokenize.c's titles). */
static inline int acta_name_particle(unsigned v) {
  return v == V_DE || v == V_DEL || v == V_LA || v == V_Y || v == V_DA || v == V_DO ||
         v == V_DOS || v == V_DAS;
}

/* Is code v a lower-case particle a surname may begin with after a title,
 * in the name families the wire names most ("Col. de Souza", "Gen. van
 * Dijk", "Sheikh bin Zayed", "Lt. al Masri"; mentions.c's rank_without_name)?
 * Not acta_name_particle's "y", "do", "das": after a title they are more
 * often English or Spanish words of the sentence than a name's. */
static inline int acta_surname_particle(unsigned v) {
  return v == V_DE || v == V_DEL || v == V_DA || v == V_DOS || v == V_VAN || v == V_VON ||
         v == V_BIN || v == V_IBN || v == V_AL || v == V_EL || v == V_LA || v == V_DI;
}

struct acta_dict;
/* Interns every word of the list in d->words and records its code in
 * d->info[id].vocab (dict_load.c calls it once the lexicon is complete). */
void acta_vocab_register(struct acta_dict *d);

#endif
