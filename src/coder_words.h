/* SPDX-License-Identifier: MIT */
/* coder_words.h: the words the coder tests tokens against ("and", "according
 * to", the reporting adverbs, the raising verbs ...), interned once when the
 * dictionaries are loaded (coder_words.c) so that every test while coding is
 * an id comparison or a bit test instead of a string comparison.  Written
 * forms get ids of their own (a token's is found once per article, see
 * acta_coder_word_of); lemmas are tested by their lexicon ids.  The set is
 * part of the shared, read-only acta_dict.  Private to the library. */
#ifndef ACTA_CODER_WORDS_H
#define ACTA_CODER_WORDS_H
#include "dict.h"

/* Word lists.  Lists of written forms are bits of
 * acta_coder_words.sets[coder word id].b[0]; lists of lemmas (_VERB, RAISE_)
 * are bits of acta_coder_words.lemma_sets[...].b[0] (found by lexicon id;
 * the Nth set is b[N-1] of both).  Every bit of this first set is taken,
 * and so is nearly every bit of the second (WL2_*: b[1]; acta_word_in2,
 * acta_lemma_in2), the third (WL3_*: b[2]), the fourth (WL4_*: b[3]) and
 * the fifth (WL5_*: b[4]): new lists are WL6_* bits of the sixth set (b[5];
 * acta_word_in6, acta_lemma_in6), lemma lists in bits 0-31, written forms
 * in bits 32-63. */
enum {
  WL_ORG_MEMBER = 1u << 0,      /* "chief", "unit", "patrol": a member of an
                                   organisation keeps its role */
  WL_SAME_PARTICIPLE = 1u << 1, /* "set", "put", "cut": participle = base form */
  WL_SUBORDINATOR = 1u << 2,    /* "after", "when", "because" (KEDS clauses) */
  WL_INTENT_VERB = 1u << 3,     /* lemma: "agree", "pledge": commit to an act */
  WL_INTENT_ADJ = 1u << 4,      /* "willing", "ready": willing to act */
  WL_LIGHT_VERB = 1u << 5,      /* lemma: "launch", "stage": the noun is the event */
  WL_CONTROL_VERB = 1u << 6,    /* lemma: "plan", "vow": the "to" act is intended */
  WL_EVIDENCE_NOUN = 1u << 7,   /* "footage", "video": "... shows" cites evidence */
  WL_LOCATIVE = 1u << 8,        /* "in", "near", "from": a name after it is a place */
  WL_WHERE = 1u << 9,           /* "in", "near": a place after it is where, not whom */
  WL_RAISE_HEDGED = 1u << 10,   /* lemma: "is believed to", "is suspected of" */
  WL_RAISE_ALLEGED = 1u << 11,  /* lemma: "is said to", "is accused of" */
  WL_RAISE_INTENDED = 1u << 12, /* lemma: "is set to", "is expected to" */
  WL_MODAL_HEDGED = 1u << 13,   /* "may", "might", "could" */
  WL_MODAL_INTENDED = 1u << 14, /* "will", "would", "shall" */
  WL_ADV_ALLEGED = 1u << 15,    /* "reportedly", "allegedly", "purportedly" */
  WL_ADV_HEDGED = 1u << 16,     /* "possibly", "probably" */
  WL_TELL_VERB = 1u << 17,      /* lemma: "tell", "inform": an addressee follows */
  WL_PRON_THIRD = 1u << 18,     /* "it", "they", "he", "she" */
  WL_PRON_FIRST = 1u << 19,     /* "we", "i" */
  WL_EVIDENCE_START = 1u << 20, /* the first word of an evidence phrase */
  WL_CONDITION = 1u << 21,      /* "if", "unless", "whether": not (yet) done */
  WL_MODAL_COND = 1u << 22,     /* "would", "could", "might", "can" */
  WL_PERIOD_NOUN = 1u << 23,    /* "years", "decade": a span, not a day */
  WL_PERIOD_LEAD = 1u << 24,    /* "past", "recent", "per": before a span */
  WL_SINCE = 1u << 25,          /* "since", "annually": a count over time */
  WL_ADV_GUESS = 1u << 26,      /* "perhaps", "maybe": the writer's guess */
  WL_SPAN_FROM = 1u << 27,      /* "between", "from": a span of years ahead */
  WL_HABITUAL = 1u << 28,       /* "often", "usually": what is done, not an act */
  WL_MODAL_SHOULD = 1u << 29,   /* "should", "must": what ought to be done */
  WL_PERCEIVE_VERB = 1u << 30,  /* lemma: "show", "see": "saw police beating" */
  WL_DID_VERB = 1u << 31        /* lemma: "manage", "force": the "to" act was done */
};
/* Lists of written forms only (lemma lists keep to the 32 bits above). */
#define WL_PLACE_NOUN ((uint64_t)1 << 32) /* "country", "state": "the country's
                                             president" is its government */
#define WL_PRON_PERSON ((uint64_t)1 << 33)  /* "he", "she": a person */
#define WL_PRON_ORG ((uint64_t)1 << 34)     /* "it": an organisation or a country */
#define WL_FIRST_PLURAL ((uint64_t)1 << 35) /* "we", "us", "our": the speaker's side */
#define WL_PERSON_NOUN ((uint64_t)1 << 36)  /* "minister", "spokesman": one person */
#define WL_OBJ_PERSON ((uint64_t)1 << 37)   /* "him", "her": a person as object */
#define WL_OBJ_PLURAL ((uint64_t)1 << 38)   /* "them": several as object */
#define WL_ATTITUDE_PAST ((uint64_t)1 << 41) /* "hoped", "believed": said in the
                                               past tense, a stance, not a past act */
#define WL_CASES_LEAD ((uint64_t)1 << 44)   /* "some", "many", "other": "In some cases" (not "In both cases") */
#define WL_CASES ((uint64_t)1 << 43)        /* "cases", "instances", "examples": "In some cases ..." is no one act; "cases of reporters being threatened" a kind of act */
#define WL_CIVIL_BODY ((uint64_t)1 << 47)   /* "association", "foundation": "president of the association" is no official */
#define WL_DISASTER_NOUN ((uint64_t)1 << 46) /* "earthquake", "hurricane": "Haiti's earthquake destroyed" is no act of Haiti */
#define WL_TIME_NOUN ((uint64_t)1 << 55)    /* "July", "Monday", "months": a time phrase opening
                                               a sentence ("On 17 July 2017 Russia's court") */
#define WL_GROUP_SOURCE ((uint64_t)1 << 45) /* "officials", "authorities": unnamed
                                               sources passing facts on */
#define WL_CRIME_WORD ((uint64_t)1 << 50) /* "trafficking", "charges": "arrested for
                                             trafficking" holds a suspect */
#define WL_PEOPLE_HEAD ((uint64_t)1 << 51) /* "others", "members", "dealers": a phrase
                                              naming people no dictionary codes */
#define WL_BACKGROUND ((uint64_t)1 << 52) /* "historically": an act of no one
                                               day, background */
#define WL_THING_NOUN ((uint64_t)1 << 53) /* "crackdown", "war", "plans": a thing
                                               an actor has, after its possessive */
#define WL_YEAR_LEAD ((uint64_t)1 << 42)    /* "during", "throughout": a whole year after */
#define WL_CLASH_NOUN ((uint64_t)1 << 39)  /* "clash", "shootout": "killed in a
                                             clash with police" names the killers */
#define WL_SPEAKER_NOUN ((uint64_t)1 << 48) /* "investigators", "sources",
                                               "study", "newspaper": the dictionaries
                                               do not code it, but it may speak */
#define WL_DOCUMENT_NOUN ((uint64_t)1 << 40) /* "statement", "letter": "issued a
                                               statement calling on" is the issuer's act */
#define WL_SPECULATION_NOUN ((uint64_t)1 << 59) /* "possibility", "rumours": "the
                                                   possibility that X struck a deal"
                                                   tells no act */
#define WL_OBJECT_PARTICIPLE ((uint64_t)1 << 56) /* "arrested", "killed": a verb that
                                                   needs its object; with none, passive */
#define WL_TO_LINK ((uint64_t)1 << 60) /* "according", "ties": "to" after it is no
                                         direction ("according to Colombia") */
#define WL_DESTINATION ((uint64_t)1 << 61) /* "to", "for": a place after it
                                             is where something goes, not where
                                             the sentence's actors are */
#define WL_GIVEN_THING ((uint64_t)1 << 54) /* "money", "aid", "weapons": "money donated by
                                             the Danes" is a passive of the thing given */
#define WL_MEETING_NOUN ((uint64_t)1 << 57) /* "summit", "talks": "the summit between
                                              X and Y failed": its parties are its subject */
#define WL_PLACE_PART ((uint64_t)1 << 49) /* "neighborhood", "prison", "northern": a
                                            place or part of one named with a capital or
                                            country ("a neighborhood of Buenos Aires") */
#define WL_COUNTRY_THING ((uint64_t)1 << 58) /* "currency", "boats": a thing a country's
                                               adjective describes ("Venezuelan currency") */
#define WL_UNNAMED_BODY ((uint64_t)1 << 62) /* "network", "cell", "gang": an organised
                                              body; held members of one are suspects */

/* The second set (b[1] of the word and lemma sets).  Bit 63 of the first set is free. */
#define WL2_AGAINST_VERB ((uint64_t)1 << 32) /* "pursue", "combat", "dismantle": forces
                                               sent "to pursue X" go against X */
#define WL2_RISK_VERB ((uint64_t)1 << 4) /* lemma: "risk", "avoid", "escape": "risk
                                           being kidnapped" is no kidnapping */
#define WL2_PLAN_VERB ((uint64_t)1 << 5) /* lemma: "plan", "intend", "expect": words
                                           only planned ("plans to ask") are not said */
#define WL2_TREND_VERB ((uint64_t)1 << 6) /* lemma: "rise", "reach", "double": "killings
                                            of mayors have reached record numbers" */
#define WL2_CAUSE_VERB ((uint64_t)1 << 7) /* lemma: "prompt", "lead": "prompted the
                                            minister to declare": he declared */
#define WL2_ABLE ((uint64_t)1 << 39) /* "able", "unable", "capable": "are able to
                                       attack" is a capability, no act */
#define WL2_INFO_THING ((uint64_t)1 << 40) /* "report", "cable", "names", "video":
                                             what is "released" without freeing anyone */
#define WL2_ENDANGERED ((uint64_t)1 << 41) /* "implementation", "peace", "diversity":
                                             what a threat to it endangers, no one threatened */
#define WL2_SPAN_NOUN ((uint64_t)1 << 42) /* "period": "during the same period" spans
                                            time, as "in recent years" does */
#define WL2_FORMERLY ((uint64_t)1 << 43) /* "once", "formerly": "who once fought for",
                                           "was once praised": background */
#define WL2_GOAL_NOUN ((uint64_t)1 << 44) /* "goal", "objective", "quota": "a goal of
                                            100,000 hectares destroyed" is aimed at */
#define WL2_HARM_ACT ((uint64_t)1 << 12)   /* lemma: "kill", "murder", "attack", "wound":
                                             an act of force whose code depends on whom
                                             it harms (victim_codes.c) */
#define WL2_KILL_ACT ((uint64_t)1 << 13)   /* lemma: "kill", "murder", "killing": a
                                             killing (victim_codes.c) */
#define WL2_CRIME_VERB ((uint64_t)1 << 14) /* lemma: "launder", "embezzle", "smuggle":
                                            a crime done (claims.c: told of another
                                            actor, an accusation) */
#define WL2_MASSACRE_NOUN ((uint64_t)1 << 51) /* "massacre", "bloodbath": the sentence
                                                calls the killing a mass killing */
#define WL2_COMBAT_NOUN ((uint64_t)1 << 52) /* "crossfire", "clashed": with
                                              WL_CLASH_NOUN, the killing is part of a
                                              fight */
#define WL2_HELP_NOUN ((uint64_t)1 << 33) /* "help", "mediation", "support": "with the
                                            help of X" names a helper, no party */
#define WL2_COUNTRY_NOUN ((uint64_t)1 << 34) /* "country", "nation": "urged the
                                               country to act" names the country */
#define WL2_LINK_PARTICIPLE ((uint64_t)1 << 35) /* "linked", "tied": "people linked
                                                  to a gang" are its members */
#define WL2_PEER_SAME ((uint64_t)1 << 36) /* "colleagues", "comrades": people of the
                                            source's own body ("shot three of their
                                            colleagues") */
#define WL2_PEER_RIVAL ((uint64_t)1 << 37) /* "rivals", "enemies": an armed group's
                                             rivals are of its kind ("murdering
                                             rivals") */
#define WL2_BORDER_NOUN ((uint64_t)1 << 45) /* "border", "frontier": "the Venezuelan
                                              border" is a line two countries share,
                                              not where the sentence's actors are from */
#define WL2_DRUG_NOUN ((uint64_t)1 << 46) /* "cocaine", "shipments": "cocaine from
                                            Brazil" says where drugs come from, not
                                            whose actors seize them */
#define WL2_OPERATION_NOUN ((uint64_t)1 << 47) /* "raid", "operation": "arrested after
                                                 a police raid" names the arresters */
#define WL2_OPERATION_LEAD ((uint64_t)1 << 48) /* "after", "during", "in": before such
                                                 an operation */
#define WL2_RELATIVE_PRONOUN ((uint64_t)1 << 49) /* "who", "whom", "which", "that":
                                                   a relative clause's, not "when" */
/* codes8 (act_codes.c): what recodes a supply, a backing or a "targeting" */
#define WL2_FINANCIER ((uint64_t)1 << 25) /* "financier", "funder": "backed by
                                             financiers" is money given (071) */
#define WL2_POLICY_NOUN ((uint64_t)1 << 26) /* "plan", "ruling", "decree": backing
                                             one endorses a policy (051) */
#define WL2_BACK_VERB ((uint64_t)1 << 27)   /* lemma: "support", "back": 052 unless
                                             what is backed says otherwise */
#define WL2_TARGET_VERB ((uint64_t)1 << 28) /* lemma: "target": aimed at, coercion
                                             (170) unless armed meet armed */
/* targets8's lists (object_refs.c) */
#define WL2_PLURAL_NAME ((uint64_t)1 << 53) /* "Philippines", "Netherlands": a
                                              country's name that looks plural,
                                              no people's noun */
#define WL2_TIME_SPAN ((uint64_t)1 << 15) /* lemma: "hour", "day", "minute": "Hours
                                            later, ..." names no people a pronoun
                                            may stand for */
#define WL2_LINKING_VERB ((uint64_t)1 << 16) /* lemma: "be", "become", "remain": what
                                               follows describes the subject, no
                                               object a pronoun may stand for */
#define WL2_COMPANY_SUFFIX ((uint64_t)1 << 17) /* "Bank", "Corp", "S.A.", "Ltd": the
                                                 last word of a company's name */
#define WL2_NATIONAL_NOUN ((uint64_t)1 << 54) /* "national", "nationals": "a
                                                Paraguayan national" is a person */
/* actors8 */
#define WL2_LEADER_WORD ((uint64_t)1 << 55) /* "leader", "head", "boss": a body's
                                              leader, a state's only when a
                                              state owns it */
#define WL2_COUNTRY_GROUND ((uint64_t)1 << 56) /* "soil", "territory": a country's
                                                 ground, no actor's country */
#define WL2_EMBASSY_NOUN ((uint64_t)1 << 18) /* "embassy", "consulate": its own
                                               state's, not the host's */
#define WL2_CRITIC_NOUN ((uint64_t)1 << 19) /* "critics", "opponents": of their
                                              owner ("Chavez's critics": OPP) */
#define WL2_CIVIL_BODY2 ((uint64_t)1 << 20) /* "society": a civil body's name's
                                              head, beside WL_CIVIL_BODY */
/* invented8: acts that are no one's (accidents, disasters) */
#define WL2_ACCIDENT_WORD ((uint64_t)1 << 57) /* "crashed", "asphyxiation", "drowned":
                                                the deaths of its sentence were no act */
#define WL2_DELIBERATE_WORD ((uint64_t)1 << 58) /* "arson", "attack", "gunmen": someone
                                                  caused the fire or crash */
#define WL2_RESULT_VERB ((uint64_t)1 << 21) /* lemma: "raise", "spark", "fuel": ", raising
                                              concerns" comments on the news */
#define WL2_CONCERN_NOUN ((uint64_t)1 << 22) /* lemma: "concern", "fear", "question": what
                                               a result clause raises */
#define WL2_MANDATE_VERB ((uint64_t)1 << 23) /* lemma: "demand", "urge", "ask": "demanded
                                               that the army withdraw" asks, none done */
#define WL2_SHOW_VERB ((uint64_t)1 << 24) /* lemma: "demonstrate": a passive one is
                                            "shown", no protest */
/* where8 */
#define WL2_ORIGIN_WORD ((uint64_t)1 << 61) /* "born", "native": "a native of San
                                             Diego" is where one is from */
#define WL2_ORIGIN_LEAD ((uint64_t)1 << 62) /* "was", "came", "hails": "who were
                                             from Tumaco" is where they are from */
/* roles9 */
#define WL2_APPROX_WORD ((uint64_t)1 << 38) /* "around", "about": a rough count's
                                              word before a number, no preposition
                                              of the phrase ("around 900 police") */
/* targets9 */
#define WL2_MAKING_NOUN ((uint64_t)1 << 63) /* "creation", "formalization", "hiring":
                                              "the creation of a police unit" names a
                                              thing made or chosen, no target */
/* codes9 */
#define WL2_WAR_NOUN ((uint64_t)1 << 31) /* "war", "feud", "operation": deaths with
                                            no killer named in a war, a feud, an
                                            operation stay force (victim_codes.c) */
/* invented9 */
#define WL2_QUESTION_WORD ((uint64_t)1 << 2) /* "question", "unclear", "wonder": before
                                              "about how", "of whether", an asked
                                              clause ("the question of how far X
                                              arms Y") */
#define WL2_TALKED_VERB ((uint64_t)1 << 3) /* lemma: "reevaluate", "secure", "endanger":
                                            an act named as their object is talked
                                            about, sought or put at risk, not told */
#define WL2_INSTRUMENT_NOUN ((uint64_t)1 << 50) /* "office", "unit", "regime": "an office
                                                 for investigating cyber crime" names
                                                 what it is for */
/* objects12 */
#define WL2_OWNER_LINK ((uint64_t)1 << 59) /* "belonging", "owned", "registered": "seized
                                            properties belonging to X" (with "to"/"by")
                                            names their owner */

/* The third set of lists (b[2] of the word and lemma sets; acta_word_in3,
 * acta_lemma_in3): the second set is full too.  Lemma lists take bits 0-31,
 * lists of written forms bits 32-63. */
#define WL3_ILLICIT_ADJ ((uint64_t)1 << 32) /* "black", "illegal": before "market" */
#define WL3_MARKET_NOUN ((uint64_t)1 << 33) /* "market": "sold weapons on the black
                                             market" sells to no party */
/* sources12 */
#define WL3_DOCUMENT_NAME ((uint64_t)1 << 61) /* "Agreement", "Treaty": the head of a
                                                document's name ("the Paris
                                                Agreement"), no actor */
#define WL3_NONACTOR_NOUN ((uint64_t)1 << 24) /* lemma: "discovery", "dilemma", "roots":
                                                a finding, a feeling or a trait of an
                                                actor, which does nothing itself */
/* review12: the lists nonact_verbs.c and event_filters.c kept as strings */
#define WL3_FIGHT_VERB ((uint64_t)1 << 18)   /* lemma: "fight", "battle", "combat": "fight
                                              corruption" is a struggle, no force */
#define WL3_FINDING_VERB ((uint64_t)1 << 19) /* lemma: "find", "show", "say": a
                                              document's finding */
#define WL3_HIT_VERB ((uint64_t)1 << 20)     /* lemma: "hit", "strike": "hit hard" */
#define WL3_STUDY_NOUN ((uint64_t)1 << 56)    /* "report", "study", "figures": a
                                               document that finds */
#define WL3_PRACTICE_NOUN ((uint64_t)1 << 57) /* "trade", "corruption": fought as a
                                               practice */
#define WL3_RISK_NOUN ((uint64_t)1 << 58)     /* "danger", "chance": "the danger of
                                               being extradited" */
#define WL3_SPAN_UNIT ((uint64_t)1 << 59)     /* "day", "week", "year": the span of
                                               a record ("the deadliest week") */
#define WL3_HARD_WORD ((uint64_t)1 << 60)     /* "hard", "blow": "hit hard", "struck a
                                               blow" */
/* codes12 (WL3 bits: lemma 13-17, written forms 51-55) */
#define WL3_GUNFIRE_VERB ((uint64_t)1 << 13) /* lemma: "fire", "open" (fire): a shooting
                                              told as fire, 193 (victim_codes.c) */
#define WL3_CRAFT_NOUN ((uint64_t)1 << 52) /* "plane", "boats", "bus": a craft seized by
                                            no state is hijacked (act_codes.c) */
#define WL3_MONEY_WORD ((uint64_t)1 << 51) /* "money", "payments", "ransom", "pesos":
                                            money demanded by a gang is extortion
                                            (act_codes.c) */
/* codes13 (WL3 bits: lemma 14-17, written forms 53-55) */
#define WL3_WALKOUT_VERB ((uint64_t)1 << 14) /* lemma: "strike": "threatened to strike"
                                              with no object is a labour strike, 133
                                              (act_codes.c) */
#define WL3_ALLIANCE_NOUN ((uint64_t)1 << 53) /* "alliance", "alliances": an alliance
                                               entered into, no agreement signed,
                                               060 (act_codes.c) */
#define WL3_SIGN_VERB ((uint64_t)1 << 15) /* lemma: "sign", "ratify": an alliance
                                           signed keeps 057 (act_codes.c) */
#define WL3_ARMED_WORD ((uint64_t)1 << 55) /* "armed": an "armed strike" (paro
                                            armado) is coercion (act_codes.c) */
#define WL3_EFFORT_NOUN ((uint64_t)1 << 16) /* lemma: "effort", "campaign": a foreign
                                             backer's support of a country's
                                             efforts is aid, 070 (act_codes.c) */
#define WL3_TRAIN_VERB ((uint64_t)1 << 17) /* lemma: "train": criminals trained are
                                            colluded with, 060; "trained" alone,
                                            no one trained (act_codes.c) */
#define WL3_AMBUSH_WORD ((uint64_t)1 << 54) /* "ambush", "ambushed": officials killed
                                             in an ambush fell in an attack, no
                                             assassination (victim_codes.c) */
/* actors12 */
#define WL3_UNIT_NOUN ((uint64_t)1 << 46) /* "division", "task force": a unit after a
                                           role word ("Peru's anti-extortion police
                                           division") keeps the role word's role */
#define WL3_PARTY_NOUN ((uint64_t)1 << 48) /* "Party": "officials of the National
                                            Action Party" are the party's (PTY) */
#define WL3_MOVEMENT_NOUN ((uint64_t)1 << 49) /* "Movement", "Current", "Front": "a
                                               spokesman for the ... Revolutionary
                                               Current" is no state's */
#define WL3_AUX_PP_WORD ((uint64_t)1 << 47) /* "first", "fact", "turn": an adverbial
                                             "at first", "in fact" inside a verb
                                             group ("was at first blamed") */
/* invented12 */
#define WL3_CHANGE_VERB ((uint64_t)1 << 4) /* lemma: "rise", "decline": what a mass
                                           noun's amount does ("US funding has
                                           been declining": a trend) */
#define WL3_SHARE_WORD ((uint64_t)1 << 40) /* "percent", "half", "majority": "45 percent
                                            of the migrants detained" is a share of
                                            a tally, no act */
/* targets12 (written forms 34-39) */
#define WL3_PARTITIVE ((uint64_t)1 << 34) /* "one", "some", "several": "leaders of
                                           one of the country's gangs" */
/* idioms13 */
#define WL3_HANDS_WORD ((uint64_t)1 << 36) /* "at", "hands": "killed at the hands of
                                            * the cartel", the cartel the agent */
#define WL3_COUNTERPART ((uint64_t)1 << 35) /* "counterparts", "allies": people a
                                             place names ("his counterparts in
                                             Latin America") */
/* words12 */
#define WL3_ADJ_ROLE_WORD ((uint64_t)1 << 62) /* "general": a role word whose adjective
                                               ("the general harassment") names no one */
/* background13 (lemma bits 21-23) */
#define WL3_INSIST_VERB ((uint64_t)1 << 21) /* lemma: "insist": "insisted on spraying
                                           the fields" is the subject's own
                                           practice, no demand */
#define WL3_FATE_VERB ((uint64_t)1 << 22) /* lemma: "kill", "capture", "arrest":
                                         "leaders were killed or captured" sums
                                         up fates, no one act */
/* countries13 (lemma lists 5-8, written forms 41-43) */
#define WL3_KIN_NOUN ((uint64_t)1 << 41) /* "son", "brothers", "wife": kin of a
                                          person ("the son of a cartel boss") */
/* figures14 */
#define WL3_TALLY_NOUN ((uint64_t)1 << 37) /* "total", "toll", "tally", "number",
  "figure", "count": a count that is a running total ("the number of detainees
  reached 9,100"), what a figure includes ("the total includes weapons") */
#define WL3_TALLY_VERB ((uint64_t)1 << 0) /* lemma: "reach", "climb", "add": what a
  total does ("the toll rose to 30", "were added to that toll") */
/* people14 (written forms 44; the bits it was given and left unused went to
 * later lists) */
#define WL3_OFFICE_NOUN ((uint64_t)1 << 44) /* "commissioner", "chief", "office":
                                             "Costa Rica's anti-drug commissioner"
                                             is the state's official (GOV) */
/* roles14 (lemma lists 5-8, written forms 42-43) */
#define WL3_GET_VERB ((uint64_t)1 << 5) /* lemma: "get": "got arrested", "getting
                                         caught" are passives */
#define WL3_INCIDENT_NOUN ((uint64_t)1 << 42) /* "explosion", "incident": an event that
                                              killed, no actor ("the blast that
                                              killed") */
#define WL3_ONE_PERSON ((uint64_t)1 << 43) /* "victim", "man", "woman": one person,
                                           whom "they" does not stand for */
/* names14 (WL3 lemma bit 23; WL2 lemma bit 30) */
#define WL3_OUTCOME_VERB ((uint64_t)1 << 23) /* lemma: "result", "lead", "culminate":
                                              "the operation led to the arrest of" */
#define WL2_FORCE_WORK_NOUN ((uint64_t)1 << 30) /* lemma: "operation", "investigation",
                                                "raid": a force's work whose outcome
                                                is an arrest */
/* invented15 (WL3 lemma bit 11) */
#define WL3_CONTINGENCY_NOUN ((uint64_t)1 << 11) /* lemma: "event", "case": "in the
                                                   event of", "in case of": a
                                                   contingency, no act */
#define WL2_DWELLING_NOUN ((uint64_t)1 << 1) /* lemma: "apartment", "house", "cell":
                                               occupied by residents (invented15) */
#define WL3_PLACE_ING ((uint64_t)1 << 12) /* lemma: "surround", "neighbor": "of
                                            surrounding towns", an adjective of
                                            place (invented15) */
/* speakers15 */
#define WL3_SAYING_VERB ((uint64_t)1 << 27) /* lemma: "say", "claim", "add", "urge":
                                              a verb of saying or asking whose
                                              ", V-ing" form is the speaker's
                                              of the clause before */

/* bodies15 (WL3 lemma bits 25, 26; written forms 50): the kind of a body a
 * name no dictionary knows after a country's word tells (country_bodies.c) */
/* invented16 */
#define WL3_KEEP_FROM_VERB ((uint64_t)1 << 28) /* lemma: "prevent", "stop", "keep",
                                               "protect": what follows "from
                                               being" is kept from happening */

#define WL3_CIVIL_KIND ((uint64_t)1 << 25) /* lemma: "centre", "instituto",
                                            "network": "Canada's International
                                            Development Research Centre" NGO;
                                            also actors15's civil body's name's
                                            head or Spanish first word ("the
                                            Nicaraguan Instituto de ...",
                                            mentions.c; review16: once
                                            WL3_NAMED_BODY, bit 38 now free) */
#define WL3_BUSINESS_KIND ((uint64_t)1 << 26) /* lemma: "company", "enterprise":
                                               "the Honduran Private Enterprise
                                               Council" BUS */
#define WL3_STATE_KIND ((uint64_t)1 << 50) /* "Commission", "Ministry": "the US
                                            Federal Communications Commission"
                                            GOV */
/* coop15 (WL3 lemma bit 9; written forms 45) */
#define WL3_PATIENT_NOUN ((uint64_t)1 << 9) /* lemma: "arrest", "capture", "extradition":
                                             an act whose "of X" names the one it is
                                             done to ("hailed the arrest of") */
#define WL3_COLLECTIVE_ROLE ((uint64_t)1 << 45) /* "police", "personnel": a role noun
                                                 plural in sense, singular in form */
/* fights15 (WL3 bits: lemma 7-8, written forms 39) */
#define WL3_ASSAULT_VERB ((uint64_t)1 << 7) /* lemma: "attack", "assault": "an assault
                                             on illegal mining", "attacking the roots
                                             of crime" strike a practice, no one */
#define WL3_HARM_PARTICIPLE ((uint64_t)1 << 8) /* lemma: "gun", "kill", "kidnap": a
                                               harm no one does without an object,
                                               so ", gunned down in a cafe" after a
                                               noun phrase is its passive */
/* review15 (WL3 bits 29-31, WL2 bits 8-11; all lists of written forms,
 * below 32 against this header's rule: no WL3 lemma list may take bits
 * 29-31, since review16 stores a lemma list's words the lexicon lacks as
 * written forms with the list's bit): the event filters' own lists, once
 * local string lists */
#define WL3_MONTH_NAME ((uint64_t)1 << 29) /* "january" ... "december": a month's
                                           name ("between February and April") */
#define WL3_TENURE_HEAD ((uint64_t)1 << 30) /* "presidency", "administration",
                                            "term": a tenure as a span ("during his
                                            presidency") */
#define WL3_WEIGHT_UNIT ((uint64_t)1 << 31) /* "tons", "kilos", "liters": what one
                                            haul is measured in ("40 kilos") */
/* targets16 (WL3 lemma bits 1, 2) */
#define WL3_AUTHORED_NOUN ((uint64_t)1 << 1) /* lemma: "claim", "proposal", "overture",
                                             "precondition": a thing someone puts
                                             forward, whose author ("by X", "of X",
                                             "X's") a rejection or denial is aimed at */
#define WL3_AIMED_NOUN ((uint64_t)1 << 2) /* lemma: "investigation", "probe",
                                          "lawsuit": an act aimed at the one
                                          after "into"/"against" ("opened a probe
                                          into X", "threatened legal action
                                          against X") */
/* persons16 */
#define WL3_PRIVATE_TRADE ((uint64_t)1 << 3) /* lemma: "singer", "lawyer", "pilot":
                                             a private person's trade ("a Mexican
                                             singer" is MEXCVL, not the state) */
/* groups16 */
#define WL3_GROUP_REF_WORD ((uint64_t)1 << 39) /* "group", "gang", "militia": the head
                                                of "the group", "the criminal group",
                                                which refer back to a group named
                                                before (group_refs.c) */
#define WL3_CRIME_GROUP_WORD ((uint64_t)1 << 10) /* lemma: "criminal", "cartel", "gang":
                                                  "the criminal group" refers to a
                                                  criminal one (group_refs.c) */
#define WL2_CURRENCY_WORD ((uint64_t)1 << 8) /* "dollars", "pesos", "worth": a sum
                                             of money's word after its number */
#define WL2_ANALYST_NOUN ((uint64_t)1 << 9) /* "expert", "analyst", "professor":
                                            one who studies a conflict, no side's
                                            speaker */
#define WL2_COUNT_NOUN ((uint64_t)1 << 10) /* "number", "total", "share", "amount":
                                           a count's noun before "of" */
#define WL2_SPECULATION_ADJ ((uint64_t)1 << 11) /* "possible", "likely": "it is
                                                likely that" is a guess */

/* The fourth set of lists (b[3] of the word and lemma sets; acta_word_in4,
 * acta_lemma_in4): the third set is full too.  Lemma lists take bits 0-31,
 * lists of written forms bits 32-63. */
/* review16: the event filters' and the non-act verbs' own lists, once local
 * string lists compared by string */
#define WL4_SO_WORD ((uint64_t)1 << 32) /* "so", "thus": before "far" ("so far this
                                          year"), a running count */
#define WL4_RATE_WORD ((uint64_t)1 << 33) /* "rate", "rates": a count's rate is no
                                            act's count */
#define WL4_WH_ASKED ((uint64_t)1 << 34) /* "how", "whether", "why": "asked how the
                                           police found them" is a question */
#define WL4_POINT_BEFORE ((uint64_t)1 << 35) /* "earlier", "late", "since", "mid":
                                               before "this year", a point of time,
                                               no span */
#define WL4_SPAN_MID ((uint64_t)1 << 36) /* "same", "entire", "whole": "in the same
                                           period" */
#define WL4_SPAN_HEAD ((uint64_t)1 << 37) /* "period", "time": "over the same period" */
#define WL4_YEAR_PART ((uint64_t)1 << 38) /* "half", "months", "quarter": "the first
                                            half of", a part of a year */
#define WL4_CLAIM_NOUN ((uint64_t)1 << 39) /* "accusations", "claims", "charges": the
                                             clause after such a noun is alleged
                                             (nonact_verbs.c) */
#define WL4_PLAN_NOUN ((uint64_t)1 << 40) /* "plans", "attempt", "offer": the act of an
                                            infinitive after it is not done */
#define WL4_NORM_NOUN ((uint64_t)1 << 41) /* "law", "order", "truce": what "ignored"
                                            defies (128); other objects are neglect */
#define WL4_OWN_WORD ((uint64_t)1 << 42) /* "their", "its", "own": money for one's own
                                           operations is no aid (07x) */
#define WL4_RATE_UNIT ((uint64_t)1 << 43) /* "day", "week", "night": "seized a rifle
                                            each week", a rate */
#define WL4_RATE_LEAD ((uint64_t)1 << 44) /* "a", "per", "each", "every": before a
                                            rate's unit */
#define WL4_RATE_NOT ((uint64_t)1 << 45) /* "after", "ago", "old", "half": after "a
                                           week", a span or a date, no rate */
#define WL4_MULTIPLE ((uint64_t)1 << 46) /* "double", "twice", "half": a total set
                                           beside another as a multiple */
#define WL4_MULTIPLE_NEXT ((uint64_t)1 << 47) /* "that", "than", "as": after a
                                                multiple, what it is of */
/* roles17 */
#define WL4_ENVOY_NOUN ((uint64_t)1 << 48) /* "diplomat", "consul", "ambassador": a
                                             state's person abroad, whose country says
                                             nothing of where the sentence is */
/* speakers18 */
#define WL4_COLLECTIVE_NOUN ((uint64_t)1 << 59) /* "state", "country", "society": a
                                                  noun no dictionary codes that names
                                                  people as a whole, whom a modal's
                                                  appeal may address */


/* invented18 */
#define WL4_ABILITY_NOUN ((uint64_t)1 << 12) /* lemma: "ability", "capacity", "power":
                                              "the government's ability to negotiate"
                                              is a capability, no act */
#define WL4_STATE_VERB ((uint64_t)1 << 13) /* lemma: "be", "remain", "stay": "remain
                                            very active, ..., attacking" is a state */
#define WL4_INFERENCE_NOUN ((uint64_t)1 << 14) /* lemma: "sign", "indication",
                                                "evidence": "a sign that the Zetas were
                                                making an incursion" is an inference */
#define WL4_VERB_SENSE_NOUN ((uint64_t)1 << 15) /* lemma: "deal", "charge": an event
                                                 noun whose verb has another sense
                                                 ("officers deal with issues") */
#define WL4_OWN_THING ((uint64_t)1 << 55) /* "activities", "operations", "enterprises",
                                           "fight": what "their"/"its" money goes to
                                           is one's own, no aid (07x) */
#define WL4_SELF_WORD ((uint64_t)1 << 56) /* "itself", "themselves": "fund itself" */
/* codes18 */
#define WL4_ESCAPE_WORD ((uint64_t)1 << 16) /* lemma: "escape", "jailbreak",
                                              "breakout": people set free in an
                                              escape are released by no captor */
#define WL4_BREAK_WORD ((uint64_t)1 << 17) /* lemma: "break": after "prison" or
                                             before "out", an escape */
#define WL4_JAIL_WORD ((uint64_t)1 << 18) /* lemma: "prison", "jail": before
                                            "break" */
/* force18 */
#define WL4_NONLETHAL_MOD ((uint64_t)1 << 4) /* lemma: "stun", "smoke", "gas":
                                               before "grenade", no bomb */
#define WL4_HAND_WEAPON ((uint64_t)1 << 51) /* "machete", "knives", "sticks",
                                              "rocks": an attack with them is
                                              a physical assault (182) */
#define WL4_BOMB_WORD ((uint64_t)1 << 52) /* "bomb", "bombing", "explosive",
                                            "grenade": deaths and wounds a bomb
                                            caused are a bombing (183) */
/* review18: object_refs.c's own lists, once local string lists compared by
 * string */
#define WL4_CRIME_CUE ((uint64_t)1 << 63) /* "suspected", "convicted", "weapons",
                                            "rifles": a word that makes a
                                            sentence one of crime
                                            (object_refs.c crime_sentence) */
#define WL4_HELD_NOUN ((uint64_t)1 << 24) /* lemma: "suspect", "detainee": people
                                            held, no crime told (object_refs.c) */
#define WL4_RELATION_NOUN ((uint64_t)1 << 25) /* lemma: "bodyguard", "associate":
                                                people who serve or are kin of
                                                an actor (mentions.c
                                                acta_relation_head) */
#define WL4_INFORMANT_NOUN ((uint64_t)1 << 2) /* lemma: "informant", "informer":
                                                who informs for a body, never
                                                that body (mentions.c
                                                people_of_owner) */
#define WL4_CRIME_HELPER ((uint64_t)1 << 1) /* lemma: "bodyguard", "accomplice":
                                              a relation noun for one who
                                              helps in what the owner does:
                                              a criminal's is a criminal
                                              (mentions.c people_of_owner) */
#define WL4_RELATION_PLURAL ((uint64_t)1 << 26) /* lemma: "henchman", "relative":
                                                  the same in the plural only */
#define WL4_TRADE_PLURAL ((uint64_t)1 << 27) /* lemma: "dealer", "accomplice", in
                                               the plural: suspects whatever they
                                               are held for (object_refs.c) */
/* targets18 */
#define WL4_LEADER_BODY ((uint64_t)1 << 49) /* "government", "administration", "regime":
                                              what a leader's surname may head ("the
                                              Morales government") */
#define WL4_ALIAS_WORD ((uint64_t)1 << 50) /* "alias", "aka": a nickname follows (review23:
                                              the one test of every alias rule) */
/* sources18 */
#define WL4_CENTRAL_WORD ((uint64_t)1 << 53) /* "Central": "the Central American
                                               country" is one of Central America */
#define WL4_NEIGHBOUR_WORD ((uint64_t)1 << 8) /* lemma: "neighboring": a
                                               neighbour's place is not where the
                                               sentence is */
#define WL4_BODY_PART_NOUN ((uint64_t)1 << 9) /* lemma: "office", "spokesman",
                                               "unit": a body's part that speaks or
                                               acts for it ("the Colombian Air
                                               Force press office") */
#define WL4_RANK_WORD ((uint64_t)1 << 54) /* "first", "only", "last": "the first
                                            Latin American country to" describes */
/* targets19b */
#define WL4_LINK_NOUN ((uint64_t)1 << 5) /* lemma: "tie", "link", "connection": "an
                                           investigation into his ties to X" */
#define WL4_SUSPECT_PARTICIPLE ((uint64_t)1 << 6) /* lemma: "involve", "implicate": "whether
                                                    X was involved" names X a suspect */
#define WL4_JOINT_WORD ((uint64_t)1 << 58) /* "joint", "bilateral": "conducted a joint
                                             operation": an act its doers do together */
/* invented19 */
#define WL4_COURSE_NOUN ((uint64_t)1 << 22) /* lemma: "course", "track", "pace":
                                              "on course to seize": a projection */
#define WL4_DUTY_VERB ((uint64_t)1 << 23) /* lemma: "oblige", "require": "obliged to
                                            help victims": a duty, no act */
/* codes20 */
#define WL4_FUND_VERB ((uint64_t)1 << 0) /* lemma: "fund", "finance", "bankroll":
                                           money for a thing ("financed his
                                           campaign") goes to the thing's owner */
/* sources20 */
#define WL4_CHARGE_VERB ((uint64_t)1 << 7) /* lemma: "accuse", "convict", "sentence":
                                             "people convicted of X are" were convicted */

/* The fifth set of lists (b[4] of the word and lemma sets; acta_word_in5,
 * acta_lemma_in5; tok_in5, tok_lemma_in5): the fourth set is nearly full.
 * Lemma lists take bits 0-31, lists of written forms bits 32-63. */
#define WL5_NOT_ONLY ((uint64_t)1 << 32) /* "only", "just", "merely": after "not",
                                           a "but also" to come, no negation */
/* invented23 */
#define WL5_RELUCTANT ((uint64_t)1 << 45) /* "reluctant", "unwilling", "hesitant":
                                            "were reluctant to admit": not done */
#define WL5_FISCAL ((uint64_t)1 << 46)    /* "fiscal": "in fiscal 2015", a whole year */
#define WL5_RECENTLY ((uint64_t)1 << 47)  /* "recently": "until recently", a past
                                            that has ended */
#define WL5_PHASE_VERB ((uint64_t)1 << 12) /* lemma: "continue", "intensify",
                                             "enter": a campaign told going on */
#define WL5_TOLL_VERB ((uint64_t)1 << 26) /* lemma: "kill", "leave", "claim",
                                           "detain": a campaign's toll told
                                           ("Iran's crackdown has killed 200") */
#define WL5_POLICY_CAMPAIGN ((uint64_t)1 << 48) /* "crackdown", "crackdowns",
                                                  "clampdown": a campaign */
/* bugs23 (WL5 lemma bits 20-23, written 53-56) */
#define WL5_PLACED_PARTICIPLE ((uint64_t)1 << 53) /* "operating", "working": after a
                                                    noun and before "in", a participle
                                                    ("a crime group operating in"), no
                                                    part of the noun phrase */
#define WL5_RULING_VERB ((uint64_t)1 << 20) /* lemma: "dismiss", "reject", "throw":
                                              a court's dismissal of charges is
                                              a ruling, no denial (016) */
#define WL5_MEDIATE_WORD ((uint64_t)1 << 21) /* lemma: "mediate", "broker", "host":
                                               a mediator of talks "between" two
                                               sides is of neither */
/* actors23 */
#define WL5_ATTRIBUTE_VERB ((uint64_t)1 << 16) /* lemma: "attribute", "blame", "ascribe":
                                                 "killed in an attack blamed on X" names
                                                 its doer */
#define WL5_ABROAD_PEOPLE ((uint64_t)1 << 17) /* lemma: "migrant", "refugee",
                                                "immigrant", "asylum": people away
                                                from home, no country of where
                                                they are */
/* targets23b */
#define WL5_PRESS_NOUN ((uint64_t)1 << 37) /* "press", "reporters", "media": told
                                             them is an interview, no addressee */
/* targets23c */
#define WL5_BEAR_VERB ((uint64_t)1 << 8) /* lemma: "avoid", "evade", "face", "brush":
                                           one bears or escapes what others impose */
/* targets23a */
#define WL5_ILLICIT_TRADE ((uint64_t)1 << 33) /* "drug", "contraband", "smuggling": people
                                                 named by such a trade are criminals */
/* invented24 */
#define WL5_SPREAD_VERB ((uint64_t)1 << 0) /* lemma: "circulate", "surface", "emerge":
                                             "rumours began to circulate that ..." */
#define WL5_HABIT_ADJ ((uint64_t)1 << 34) /* "typical", "usual": "in one typical
                                            strategy, mafias will send ..." */
/* targets24a */
#define WL5_HOLD_VERB ((uint64_t)1 << 13) /* lemma: "arrest", "capture", "detain": the
                                            people held after a seizure ("seized
                                            cocaine and arrested five people") own
                                            what was seized */
/* actors24 */
#define WL5_CHARGED_VERB ((uint64_t)1 << 9) /* lemma: "accuse", "charge", "suspect":
                                              "were charged with the killing of" names
                                              the killing's doers */
#define WL5_CULPABLE_WORD ((uint64_t)1 << 41) /* "responsible", "culpable": "the
                                                group responsible for the murder of"
                                                names the murder's doers */
#define WL5_ALLY_WORD ((uint64_t)1 << 42) /* "allies", "ally": "the US Gulf allies",
                                            "the cartel's allies" are not the US,
                                            not the cartel */
/* codes25 */
#define WL5_CAPTURE_VERB ((uint64_t)1 << 10) /* lemma: "capture", "recapture": people
                                               captured are held (173), not territory
                                               taken (192) */
/* actors25 */
#define WL5_STATE_BODY_KIND ((uint64_t)1 << 14) /* lemma: "agency", "institution",
                                                  "investigator": "US agencies" right
                                                  after a country's word are its
                                                  state's (GOV) */
#define WL5_NOT_STATE_MOD ((uint64_t)1 << 50) /* "private", "press", "news": "US private
                                                security agencies" are no state's */
/* targets25a */
#define WL5_ONE_CRIMINAL ((uint64_t)1 << 35) /* "kingpin", "capo", "second-in-command":
                                               a singular noun naming one person of
                                               crime or rule, whom "him"/"her" may
                                               stand for */
#define WL5_GUNFIGHT_NOUN ((uint64_t)1 << 38) /* "shootout", "firefight" (targets25b):
                                                the one killed in one with police fought
                                                them */
/* bugs25 */
#define WL5_KNOW_HOW_NOUN ((uint64_t)1 << 55) /* "tactics", "techniques", "heritage",
                                                "vetting": "military tactics" names
                                                no actor (mentions.c) */
/* invented26 */
#define WL5_CHANCE_NOUN ((uint64_t)1 << 28) /* lemma: "path", "way", "opportunity":
                                              "a path for groups to launch
                                              attacks" is a chance, no act */
#define WL5_REPUTE_NOUN ((uint64_t)1 << 29) /* lemma: "reputation", "notoriety": "had
                                              a reputation as a gunman who
                                              terrorized the locals" tells a
                                              character, no act */
/* actors27 */
#define WL5_STATE_ENVOY ((uint64_t)1 << 1) /* lemma: "representative", "delegate":
                                             "representatives of Colombia" are its
                                             state's (GOV) */
#define WL5_LEGISLATOR_TITLE ((uint64_t)1 << 59) /* "deputy": "Venezuelan deputy Andres
                                                   Eloy Mendez" is a legislator (LEG) */
#define WL5_DOMAIN_NOUN ((uint64_t)1 << 61) /* "industry", "skies", "economy" (invented27):
                                              no place nor actor a force verb can take:
                                              "besieged his industry" is a figure */
#define WL5_WRITE_VERB ((uint64_t)1 << 3) /* lemma: "write" (invented27): "Writing for
                                            Foreign Policy, X argues": an opinion piece */
#define WL5_OPINION_PIECE ((uint64_t)1 << 62) /* "op-ed", "column", "editorial"
                                                (invented27): "in an op-ed, X said" */
/* invented28 */
#define WL5_TO_DATE_NOUN ((uint64_t)1 << 36) /* "date": "in 2016 to date", "to date
                                               this year" count up to now */
/* strings28 */
#define WL5_EXTRADITE_VERB ((uint64_t)1 << 4) /* lemma: "extradite": the country the
                                                 extradited goes to is the target */
#define WL5_SEND_VERB ((uint64_t)1 << 2) /* lemma: "send", "deploy", "station": forces
                                            sent (object_refs.c, send_verb) */
#define WL5_JOINT_VERB ((uint64_t)1 << 5) /* lemma: "meet", "sign", "negotiate": acts
                                             parties do together (object_refs.c, joint_act) */
#define WL5_SIDES_FIGHT ((uint64_t)1 << 6) /* lemma: "fight", "clash", "battle": two
                                              sides fight each other (acta_reciprocal_target) */
/* targets29 */
#define WL5_SPACE_UNIT ((uint64_t)1 << 39) /* "meters", "miles", "hectares": no rival of an
                                              object pronoun's antecedent (rival_between) */
/* codes29 */
#define WL5_MURDER_VERB ((uint64_t)1 << 25) /* lemma: "murder": a killing told as a
                                               murder is no fight (victim_codes.c) */
#define WL5_RENEW_VERB ((uint64_t)1 << 27) /* lemma: "renew", "extend": a mandate
                                              renewed (act_codes.c) */
#define WL5_PROTEST_CUE ((uint64_t)1 << 56) /* "protest", "demanding", "wages": what
                                               makes a gathering a protest (act_codes.c) */
#define WL5_CAMP_NOUN ((uint64_t)1 << 57) /* "camp", "base", "stronghold": a place an
                                             armed group holds, captured as
                                             territory (triggers.c) */
/* actors29 */
#define WL5_ADVICE_VERB ((uint64_t)1 << 19) /* lemma: "advise", "vow": a speaker's act after
                                               what it says (said_clause_coordinate) */
#define WL5_HEAD_TITLE ((uint64_t)1 << 49) /* "president", "coordinator": a title that
                                             heads the body after "of" (mentions.c) */
#define WL5_PRIVATE_BODY ((uint64_t)1 << 51) /* "association", "union", "company": a body
                                               no state office heads (mentions.c) */
/* roles29 */
#define WL5_HOSTAGE_WORD ((uint64_t)1 << 43) /* "hostage", "hostages": after a noun, the
                                               complement of "took X hostage", no role
                                               of X's (mentions.c) */
#define WL5_PRISON_NOUN ((uint64_t)1 << 15) /* lemma: "penitentiary", "inmate": with
                                              WL4_JAIL_WORD, a sentence of a prison,
                                              whose guards are the state's */
#define WL5_GUARD_NOUN ((uint64_t)1 << 18) /* lemma: "guard": the guards of
                                             a prison the sentence names (COP) */
#define WL5_PRIVATE_ADJ ((uint64_t)1 << 44) /* "private", "armed": "private guards"
                                              are no prison's */
/* invented29 */
#define WL5_END_VERB ((uint64_t)1 << 23) /* lemma: "stop", "cease", "quit": the "-ing"
                                            form after one is an act ended (event_filters.c) */
#define WL5_PLOT_VERB ((uint64_t)1 << 24) /* lemma: "prepare", "plot", "conspire": force
                                             its doer did not announce is a plot (triggers.c) */
#define WL5_OFFICE_SPAN ((uint64_t)1 << 52) /* "office", "power": "during her nine
                                               months in office" is a tenure (event_filters.c) */
/* bugs29 */
#define WL5_SPOKES_BODY ((uint64_t)1 << 58) /* "camp", "campaign", "team": a body a
                                               spokesperson speaks for, no state's (mentions.c) */
/* invented30a */
#define WL5_UNDONE_PLAN ((uint64_t)1 << 30) /* lemma: "plan", "intend", "expect", "want",
                                              "decide": negated, its "to" act is no act
                                              (triggers.c) */
/* invented31 */
#define WL5_DEATH_NOUN ((uint64_t)1 << 60) /* "death", "deaths": a count of deaths
                                             with no doer tells no act (event_figures.c) */
/* roles31 */
#define WL5_NEIGHBOUR_STATE ((uint64_t)1 << 54) /* "neighbor", "country": "its neighbor",
                                                  "the neighboring country" name another
                                                  country than the sentence's (mentions.c) */
#define WL5_MAGAZINE_NOUN ((uint64_t)1 << 11) /* lemma: "magazine": counted after the
                                                sentence's start, a weapon's (mentions.c) */

/* The sixth set of lists (b[5] of the word and lemma sets; acta_word_in6,
 * acta_lemma_in6; tok_in6, tok_lemma_in6): the fifth set is full.
 * Lemma lists take bits 0-31, lists of written forms bits 32-63. */
/* invented32 */
#define WL6_STANDING_PARTICIPLE ((uint64_t)1 << 0) /* lemma: "train", "fund", "back",
                                                     "target": a bare participle with a
                                                     "by" after a noun describes it, no
                                                     act told (event_filters.c) */
#define WL6_CHANGE_NOUN ((uint64_t)1 << 32) /* "increase", "drop": ", a 71 percent
                                             increase" after a count compares it
                                             (event_filters.c) */
/* actors32 (lemma 16-23, written 48-55) */
#define WL6_ARMED_TRAINEE ((uint64_t)1 << 16) /* lemma: "troop", "police", "pilot":
                                                armed people trained, 062 (act_codes.c) */
#define WL6_EXPEL_VERB ((uint64_t)1 << 17)    /* lemma: "expel": of one's own members,
                                                no deportation (act_codes.c) */
#define WL6_FEAR_VERB ((uint64_t)1 << 18)     /* lemma: "fear": ", fearing" a motive,
                                                no comment (act_codes.c) */
/* passives32 (lemma 24-27, written 56-59) */
#define WL6_LINK_PASSIVE_VERB ((uint64_t)1 << 24) /* lemma: "feel", "remain", "seem": a
                                                    participle with "by" after it is a
                                                    passive of its subject (clauses.c) */
/* targets34 (lemma 11-15, written 43-47) */
#define WL6_ASSIST_VERB ((uint64_t)1 << 11) /* lemma: "assist", "aid": aid given "to
                                              assist X" is given to X, as "to help X"
                                              (object_refs.c helped_actor) */
#define WL6_PLACE_PART_MORE ((uint64_t)1 << 43) /* "northeastern", "state", "coastal":
                                                  words naming a part of a country
                                                  PLACE_PART lacks (object_refs.c
                                                  acta_own_place_target) */
/* invented34 (lemma 1-5, written 33-37) */
#define WL6_RECORD_WORD ((uint64_t)1 << 33)  /* "record", "all-time", "unprecedented":
                                               ", a record high" after a count, "a
                                               record number of" (event_filters.c) */
#define WL6_RECORD_NOUN ((uint64_t)1 << 34)  /* "high", "number", "level": what a
                                               record of a count is (event_filters.c) */
#define WL6_PRIOR_WORD ((uint64_t)1 << 35)   /* "previous", "prior", "same": "than the
                                               previous year" (event_filters.c) */
#define WL6_TREND_WORD ((uint64_t)1 << 36)   /* "growing", "rising": "a growing number
                                               of" (event_filters.c) */
/* prec41a (lemma 1-2, written 37-38) */
#define WL6_HELD_PARTICIPLE ((uint64_t)1 << 37) /* "jailed", "wanted", "exiled": a person's
                                                  state of being held or sought, before the
                                                  noun it qualifies an adjective
                                                  (claim_participles.c) */
#define WL6_PLURAL_BODY ((uint64_t)1 << 38) /* "police", "personnel": a singular noun of a
                                              body "them" refers to (object_refs.c) */
/* actors34 (lemma 6-10, written 38-42) */
#define WL6_OPERATION_LEAD_VERB ((uint64_t)1 << 6) /* lemma: "lead", "head", "conduct":
                                                     "an operation led by the police" names
                                                     who did what was done in it (clauses.c) */
/* claims35 (lemma 19-21, written 48-50) */
#define WL6_REQUEST_NOUN ((uint64_t)1 << 48) /* "request", "behest", "orders": "at the
                                               request of X" names who asked for the
                                               act, no target (target_reach.c) */
#define WL6_REQUEST_PREP ((uint64_t)1 << 49) /* "at", "on", "under": before such a noun
                                               (target_reach.c) */
/* prec37c (written 44-46) */
#define WL6_WHEN_WORD ((uint64_t)1 << 44) /* "whenever" (and w_when, "when"): a
                                            sentence they open with a present tells
                                            what happens each time (event_filters.c) */
#define WL6_OCCASION_WORD ((uint64_t)1 << 45) /* "occasion(s)": "on occasion", a
                                                phrase of habit (event_filters.c) */
#define WL6_TIME_WORD ((uint64_t)1 << 46)     /* "time": "from time to time"
                                                (event_filters.c) */
/* prec39b (written 39) */
#define WL6_OCCASION_COUNT_NOUN ((uint64_t)1 << 39) /* "events", "operations", "raids": a
                                                      count of occasions as an act's object
                                                      (event_filters.c) */
/* prec44b (lemma 7) */
#define WL6_NAMING_VERB ((uint64_t)1 << 7) /* lemma: "call", "name", "dub": "a gang
                                            called X": the participle giving the
                                            name of the actor before it (with
                                            "know" + "as"; clauses.c) */
/* prec43a (lemma 1, 2, written 41) */
#define WL6_WIELD_VERB ((uint64_t)1 << 1) /* lemma: "plant", "throw", "detonate",
                                           "carry": "a bomb planted by X killed":
                                           the participle of a weapon's user
                                           (prec43a, weapon_agents.c) */
#define WL6_NO_DOER_VERB ((uint64_t)1 << 2) /* lemma: "report", "condemn", "repel": a
                                             participle after an attack's noun whose
                                             "by" names no doer of it (mend43a,
                                             clauses.c acta_other_verb_at) */
#define WL6_WIELDED_THING ((uint64_t)1 << 41) /* "device", "mine", "shots", "ambush":
                                               a weapon or an attack besides
                                               WL4_BOMB_WORD (prec43a) */
/* prec37d (lemma 13, 14, written 47) */
#define WL6_ROAD_NOUN ((uint64_t)1 << 13)    /* lemma: "road", "highway", "street": a way
                                               shut or blocked by armed men is a blockade,
                                               191 (act_codes.c) */
#define WL6_CONFIRM_VERB ((uint64_t)1 << 14) /* lemma: "confirm", "verify", "prove" ...:
                                               "confirmed rumors that X ..." asserts X
                                               (claims.c acta_confirmed_claim,
                                               event_filters.c speculation) */
#define WL6_ABOARD_WORD ((uint64_t)1 << 47)  /* "aboard", "inside", "alive": people in
                                               the thing set on fire (act_codes.c) */
/* prec39d (lemma 12, 15) */
#define WL6_EXTORT_VERB ((uint64_t)1 << 15) /* lemma: "extort": coercion, 170, told as
                                              an act only (act_codes.c) */
#define WL6_CAPTIVE_WORD ((uint64_t)1 << 12) /* lemma: "hostage", "victim", "kidnap":
                                               people a state's force frees from
                                               others' hands are rescued, no release
                                               (0841; act_codes.c) */
/* mend37ab (prec37b's written 40) */
#define WL6_SEIZED_GOODS ((uint64_t)1 << 40) /* "chip", "weapons", "contraband": goods
                                               seized in transit; "from" a country after
                                               them tells where they came from
                                               (object_refs.c seized_thing_origin) */

/* prec39c */
#define WL6_BRANCH_NOUN ((uint64_t)1 << 42) /* "branch", "chapter", "affiliate": a
                                              country's branch of a body is no state's
                                              (mentions.c country_unnamed_body) */

#define WL6_BACKER_PARTICIPLE ((uint64_t)1 << 56) /* "backed", "trained", "funded",
                                                    "brokered": "agents backed by the
                                                    United States": the backer is no
                                                    sentence's country (code.c) */
/* mend43c (prec43c's bit) */
#define WL6_WITHDRAW_VERB ((uint64_t)1 << 53) /* "withdraw", "recall", "evacuate":
                                                a bare state role they move "from"
                                                several states is the mover's own,
                                                not of no country (events.c) */
/* prec41c */
#define WL6_ACTIVITY_NOUN ((uint64_t)1 << 51) /* "activity", "activities": a role word
                                                before it only qualifies it ("an
                                                organized crime activity", "reports of
                                                militia activity"; mentions.c) */
#define WL6_TOWN_UNIT_NOUN ((uint64_t)1 << 52) /* "town", "village", "parish": "the
                                                 parish of Buenos Aires" is no capital
                                                 (local_places.c) */
/* prec41d (lemma 7-9, written 54-55; mend41d: lemma 7 and written 54 freed: the
 * continue test asks cw->l_continue, instance_of WL_CASES) */

/* prec41e */
#define WL6_THROW_VERB ((uint64_t)1 << 10) /* lemma: "throw", "hurl": a firebomb thrown
                                             by gunmen or a gang, no riot
                                             (act_codes.c) */
#define WL6_CALL_OFF_VERB ((uint64_t)1 << 19) /* lemma: "suspend", "cancel",
                                                "postpone": "suspended it", "suspended
                                                the visit": a meeting called off
                                                (act_codes.c; only a 172 is recoded,
                                                so "suspend" in practice) */
#define WL6_STATE_PREMISES ((uint64_t)1 << 61) /* "prison", "jail", "penitentiary": an
                                                 owner that is the state's, so "the
                                                 prison's warden" is an official
                                                 (mentions.c owned_by_common_noun) */
#define WL6_ENOUGH_WORD ((uint64_t)1 << 57) /* "enough", "sufficient": "enough evidence
                                              to charge them", a means held, no act
                                              (triggers.c enough_to) */

#define WL6_CLOCK_NOUN ((uint64_t)1 << 59) /* "time", "day", "morning": "at the time
                                             authorities arrested him", a time
                                             phrase before an actor (mentions.c) */

#define WL6_STAFF_NOUN ((uint64_t)1 << 31) /* lemma: "staff", "prosecutor", "officer":
                                             a body's own people an appeal cannot
                                             address ("asked his staff to":
                                             nonact_verbs.c acta_own_staff_appeal) */
#define WL6_PAST_SPAN_WORD ((uint64_t)1 << 63) /* "war", "conflict": "a mine
                                                 planted by X during the war", a
                                                 relic's user no doer today
                                                 (weapon_agents.c) */
/* prec45c (lemma 28, written 55) */
#define WL6_SEIZE_VERB ((uint64_t)1 << 28) /* lemma: "seize", "confiscate": an act
                                             that takes goods from the people held
                                             with it (object_refs.c seized_with) */
#define WL6_HELD_GOODS ((uint64_t)1 << 55) /* "rifle", "pistol", "cash", "pesos":
                                             goods seized from suspects, beyond
                                             DRUG_NOUN and SEIZED_GOODS
                                             (object_refs.c seized_with; also
                                             carried or held "with":
                                             acta_held_for_crime) */
#define WL6_REPLY_VERB ((uint64_t)1 << 20) /* lemma: "respond", "retaliate": a reply
                                             to force (clauses.c relative_reply_subject) */
#define WL6_REPLY_BACK_VERB ((uint64_t)1 << 21) /* lemma: "shoot", "fight", "return": a
                                                  reply with "back" or "fire" after it */
#define WL6_SERIES_NOUN ((uint64_t)1 << 23) /* lemma: "wave", "spate", "series": a count
                                              of acts, its "of" phrase what is blamed
                                              (claims.c blamed_head, mend43e) */
#define WL6_BLAME_OBJECT ((uint64_t)1 << 22) /* lemma: "bloodshed", "coup", "plot": what
                                               one "was behind" or "is responsible for"
                                               that is an act (claims.c, prec43e) */

/* prec43d (lemma 8, 9, written 54) */
#define WL6_INFERENCE_VERB ((uint64_t)1 << 8) /* lemma: "mean", "imply", "prove": "this
                                                does not mean that X": X is no act
                                                told (event_filters.c) */
#define WL6_CHOOSE_VERB ((uint64_t)1 << 9) /* lemma: "decide", "affect", "control":
                                             "affected whom they arrested": the
                                             wh-clause tells a kind of act, none
                                             done (event_filters.c) */
#define WL6_SWAY_NOUN ((uint64_t)1 << 54) /* "control", "say", "influence": "control
                                            over who they trade with" */

#define WL6_DEMOBILIZED_WORD ((uint64_t)1 << 50) /* "demobilized", "demobilised": a rebel
                                                   group's people who laid down their
                                                   arms are civilians (mentions.c
                                                   laid_down_arms) */
#define WL6_GROUP_MEMBER_NOUN ((uint64_t)1 << 3) /* lemma: "member", "guerrilla",
                                                   "combatant": "former FARC members",
                                                   a group's people once, not its
                                                   commanders (mentions.c) */
#define WL6_MINISTRY_NOUN ((uint64_t)1 << 4) /* lemma: "ministry": "the ministry" after
                                               the Public Ministry named last is the
                                               prosecution (mentions.c) */
/* prec44d */
#define WL6_UNCOUNTED_MANY ((uint64_t)1 << 62) /* "numerous", "countless": "has killed
                                                 numerous leaders", a tally of acts
                                                 over a span, no one act
                                                 (event_filters.c) */

#define WL6_CONTROL_PARTICIPLE ((uint64_t)1 << 58) /* "controlled", "run", "operated": before
                                                     "by", who holds a place or thing the
                                                     verb acts on ("stormed a wing
                                                     controlled by rivals": clauses.c
                                                     holder_participle) */
/* prec45d */
#define WL6_COUNT_FINDING_VERB ((uint64_t)1 << 29) /* lemma: "find", "show", "reveal",
                                            "document", "record", "register": a report's
                                            or study's verb that finds a count ("a
                                            report found that 23 farmers had been
                                            slain": a tally, event_filters.c) */
#define WL6_CARRY_VERB ((uint64_t)1 << 5) /* lemma: "carry", "transport": a craft
                                            "carrying" people stands for them as
                                            a verb's object ("ambushed a truck
                                            carrying soldiers": clauses.c) */
/* prec48d */
#define WL6_PERSON_DEMONYM ((uint64_t)1 << 26) /* "Spaniard", "Briton", "Swede",
                                                 "Turk": a singular demonym that names
                                                 a person, no country nor adjective
                                                 (object_refs.c the_demonym) */
/* prec46b */
#define WL6_SERVICE_NOUN ((uint64_t)1 << 27) /* lemma: "supplier", "producer",
                                               "accountant": one who works for a
                                               criminal or armed group, "a supplier
                                               for the Gulf Cartel" one phrase of that
                                               group's (mentions.c counted_phrases) */
/* mend44a */
#define WL6_PART_NOUN ((uint64_t)1 << 25) /* lemma: "wing", "block", "convoy": a part
                                            of a place or thing or a group of crafts,
                                            before "of" in a held place's or a
                                            craft's phrase ("the east wing of a jail
                                            run by the gang": clauses.c
                                            holder_participle) */

/* An evidence phrase ("without offering evidence") as coder word ids. */
typedef struct acta_evidence_ids {
  uint32_t words[4];
  uint32_t n;
  acta_evidence kind;
} acta_evidence_ids;

/* A coder word's bits of the six sets of lists together (b[0]: WL_*,
 * b[1]: WL2_* ... b[5]: WL6_*), so
 * that a stage asking several sets of one word reads one record, not six
 * arrays (speed40).  Aligned to a cache line (64 bytes, 16 of them room
 * for two more sets): each record is one line. */
typedef struct acta_word_sets {
  _Alignas(64) uint64_t b[6];
} acta_word_sets;

/* The same for a lemma (lemma lists keep to bits 0-31 of each set). */
typedef struct acta_lemma_sets {
  uint32_t b[6];
} acta_lemma_sets;

typedef struct acta_coder_words {
  acta_intern words;       /* written forms of every list -> coder word id */
  acta_word_sets *sets;    /* coder word id -> its bits of every set */
  acta_u64map lemma_index; /* lexicon id of a lemma of a list -> index into
                              lemma_sets: one probe answers every set */
  acta_lemma_sets *lemma_sets;
  uint32_t nlemma_sets, cap_lemma_sets;
  uint32_t lost_lemmas;    /* words of lemma lists of the first two sets the
                              lexicon lacks (matched by no token) */
  /* single written forms (coder word ids) */
  uint32_t w_according, w_and, w_as, w_between, w_by, w_for, w_from, w_in, w_no, w_nor,
      w_of, w_or, w_that, w_times, w_to, w_former, w_ex;
  /* ... of the event filters and statement checks (event_filters.c,
   * claims.c) */
  uint32_t w_always, w_constantly; /* invented9: adverbs of habit WL_HABITUAL lacks */
  uint32_t l_seem, l_appear;        /* invented9: lemmas that hedge an intent */
  uint32_t w_a, w_an, w_one, w_able, w_had, w_over, w_since, w_source,
      w_sources, w_the, w_our, w_those, w_what, w_also,
      w_past, w_year;
  /* review16: event_filters.c's running counts and rates */
  uint32_t w_far, w_this, w_per, w_such, w_on, w_average, w_up, w_down, w_compared,
      w_when, w_accounting, w_last, w_first, w_total;
  /* "me": in a quotation, its speaker as an object (triggers.c) */
  uint32_t w_me;
  /* single lemmas (lexicon ids; ACTA_NO_WORD when the lexicon lacks one) */
  uint32_t l_help, l_save;
  uint32_t l_quote, l_refuse, l_fail, l_show, l_continue, l_begin, l_start,
      l_threaten, l_prepare, l_decide, l_do, l_announce, l_declare,
      l_call, l_go, l_add;
  /* mend45d: "order", whose object heads the act ordered (match.c) */
  uint32_t l_order;
  /* codes8: "shot dead", "shot to death" (victim_codes.c); "invest" at home
   * (act_codes.c) */
  uint32_t w_dead, w_death, l_shoot, l_invest;
  /* codes8: "captured Guatemalan national X" takes a person (triggers.c) */
  uint32_t w_national, w_nationals, w_citizen, w_citizens;
  /* codes8: "hit hard by gang extortion" is coercion (act_codes.c) */
  uint32_t w_extortion;
  /* codes8: "was demonstrated by" shows, "companies shut down" close
   * (act_codes.c) */
  uint32_t l_demonstrate, l_shut, l_hang, l_recognize, l_recognise, l_dismiss;
  /* mend47b: "indict" whose actors' countries are guessed (act_codes.c) */
  uint32_t l_indict;
  /* codes8: "charging a tax", "displacing rivals", "fighting the trade"
   * (act_codes.c) */
  uint32_t l_charge, l_displace, l_fight;
  /* codes9: "clashed with the president" is words, "traffickers sent them
   * to the prisons" jails no one (act_codes.c) */
  uint32_t l_clash, l_send, w_back;
  /* mend41e: "sanctioned the law" signs it, "suspended the visit" calls it
   * off (the object's head); riot words keep a throw a riot (act_codes.c) */
  uint32_t l_sanction, l_budget, l_statute, l_code, l_visit, l_trip, l_riot, l_rioter, w_rioting,
      w_unrest, w_mutiny;
  /* codes8: "publicly backed him" is words (act_codes.c) */
  uint32_t w_publicly, w_openly;
  /* codes8: "supported the training", "the construction of" (act_codes.c) */
  uint32_t w_training, w_construction;
  uint32_t w_would, w_whether, w_with, w_must, w_whose, w_its, w_their;
  /* targets8: "foreign traffickers", "international investors" name no
   * country (events.c); "alleged(ly)", "suspected" people, "who"/"whom"
   * opening an object relative (object_refs.c) */
  uint32_t w_foreign, w_international, w_alleged, w_allegedly, w_suspected, w_who, w_whom;
  /* review12: "ignored the order" defies a norm (nonact_verbs.c) */
  uint32_t l_ignore;
  /* review15: "during his presidency" (event_filters.c) */
  uint32_t w_during, w_throughout;
  /* force18: "wielding", "armed" (with) before an attack's hand weapons
   * (victim_codes.c) */
  uint32_t l_wield, w_armed;
  /* review18: "stand accused" (clauses.c), "accounted for" (nonacts.c),
   * "fire" (nonacts.c), "out of" (nonacts.c), "security forces"
   * (object_refs.c), "groups" (object_refs.c), "los", "las" (mentions.c) */
  uint32_t l_stand, l_account, w_fire, w_fires, w_out, w_groups, w_los, w_las;
  /* review18: single words object_refs.c, name_refs.c, clauses.c and
   * triggers.c compared by string ("known as", "on behalf of", "ruled
   * out") */
  uint32_t w_known, w_better, w_behalf, w_wanted, w_worth, w_latter, w_group, w_front, l_rule;
  /* review19: "'s" read as "is" before a participle and a noun (clauses.c) */
  uint32_t w_clitic_s;
  /* review20: "retired" (a post held once) and "spokesperson" (mentions.c,
   * compared by string before) */
  uint32_t w_retired, w_spokesperson;
  /* codes24: "invaded their homes", a home invasion's owners (object_refs.c) */
  uint32_t l_invade;
  /* codes24: "two officers found not guilty of the killing" (clauses.c) */
  uint32_t l_find, w_guilty, w_innocent;
  /* codes29: "the gang warned them" threatens (act_codes.c) */
  uint32_t l_warn;
  /* actors31: a state's "protest" is a complaint (act_codes.c) */
  uint32_t l_protest;
  /* actors31: a raid by gangs or gunmen is an assault (act_codes.c) */
  uint32_t l_raid;
  /* mend39d: people freed "in exchange for" or in a "swap" are traded, a
   * release (act_codes.c rescue) */
  uint32_t l_exchange, l_swap;
  /* mend39d: people "held", "kept" or "taken" hostage (event_figures.c
   * held_hostage) */
  uint32_t l_hold, l_keep, l_take;
  /* mend43a: a mine's placing participles (weapon_agents.c; "mines" and
   * the particle "off" by their vocabulary codes) */
  uint32_t w_mine, w_landmine, w_landmines, l_plant, l_lay, l_place, l_hide, l_set;
  /* prec43e: what puts a party behind an act told ("X was behind Y"): an
   * accusation when someone says it (claims.c crime_accusation) */
  uint32_t w_behind;
  /* mend46d: a duty the speaker owns is no demand (claims.c own_duty),
   * unless what it must do is to receive ("should receive more aid from
   * Washington" asks the giver) or the speaker is a local office's (a
   * governor's, a mayor's "Mexico must send troops" asks the state) */
  uint32_t l_receive, l_obtain, l_get, w_governor, w_mayor;
  /* prec47e: people held "for ransom" or "in forced labor" are captives,
   * no arrest (event_figures.c held_captive) */
  uint32_t w_ransom, w_forced;
  /* prec47e: "as/when/while he went to meet": a clause of time (triggers.c
   * go_to_purpose) */
  uint32_t w_while;
  acta_evidence_ids evidence[32]; /* in the order they are tried */
  size_t nevidence;
  /* lexicon id -> coder word id of the same written form (ACTA_NO_WORD:
   * none), so that a token's is found without hashing its text */
  uint32_t *of_lexicon;
  uint32_t nlexicon;   /* the lexicon's size when built */
  int all_in_lexicon;  /* every written form of the lists is a lexicon word */
  uint64_t nonlex_lens; /* bit min(n, 63): a written form of n bytes that is
                           no lexicon word (speed9) */
} acta_coder_words;

/* Builds d->coder_words from the lexicon as loaded (which it does not
 * change).  Aborts when out of memory. */
void acta_coder_words_build(acta_dict *d);
void acta_coder_words_free(struct acta_coder_words *cw);

/* The coder word id of a folded written form, or ACTA_NO_WORD. */
static inline uint32_t acta_coder_word_of(const acta_coder_words *cw,
                                          const char *s, size_t n) {
  return acta_intern_find(&cw->words, s, n);
}

/* The same for a token's folded form s (n bytes) whose lexicon id is word
 * (as the tokenizer found it: the written form's, or the joined form's for
 * "cease-fire"): by the lexicon id when it is the written form's. */
static inline uint32_t acta_coder_word_of_token(const acta_coder_words *cw,
                                                const acta_dict *d, uint32_t word,
                                                const char *s, size_t n) {
  if (word < cw->nlexicon && d->words.lens[word] == n) return cw->of_lexicon[word];
  /* a token with no lexicon id is no lexicon word: only a written form
   * that is none either can be its, and none has its length (most) */
  if (word == ACTA_NO_WORD &&
      (cw->all_in_lexicon || !((cw->nonlex_lens >> (n < 63 ? n : 63)) & 1)))
    return ACTA_NO_WORD;
  return acta_intern_find(&cw->words, s, n);
}

/* Does coder word id x (ACTA_NO_WORD: none) have one of `bits` in the
 * bits of its set k (0: WL_* ... 5: WL6_*)? */
static inline int acta_word_bits_in(const acta_coder_words *cw, int k, uint32_t x,
                                    uint64_t bits) {
  return x != ACTA_NO_WORD && (cw->sets[x].b[k] & bits) != 0;
}

/* Does lexicon id lemma (ACTA_NO_WORD: none) have one of `bits` in the
 * lemma bits of its set k? */
static inline int acta_lemma_bits_in(const acta_coder_words *cw, int k, uint32_t lemma,
                                     uint32_t bits) {
  uint32_t i;
  return lemma != ACTA_NO_WORD && acta_u64map_get(&cw->lemma_index, lemma, &i) &&
         (cw->lemma_sets[i].b[k] & bits) != 0;
}

/* Is coder word id x in one of the lists `bits` (WL_*; acta_word_in2:
 * WL2_*; acta_word_in3: WL3_*; acta_word_in4: WL4_*; acta_word_in5: WL5_*; acta_word_in6: WL6_*)?  Is lexicon id lemma in one of the lemma lists? */
static inline int acta_word_in(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 0, x, bits);
}
static inline int acta_word_in2(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 1, x, bits);
}
static inline int acta_word_in3(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 2, x, bits);
}
static inline int acta_word_in4(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 3, x, bits);
}
static inline int acta_lemma_in(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 0, lemma, bits);
}
static inline int acta_lemma_in2(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 1, lemma, bits);
}
static inline int acta_lemma_in3(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 2, lemma, bits);
}
static inline int acta_lemma_in4(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 3, lemma, bits);
}
static inline int acta_word_in5(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 4, x, bits);
}
static inline int acta_lemma_in5(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 4, lemma, bits);
}
static inline int acta_word_in6(const acta_coder_words *cw, uint32_t x, uint64_t bits) {
  return acta_word_bits_in(cw, 5, x, bits);
}
static inline int acta_lemma_in6(const acta_coder_words *cw, uint32_t lemma, uint32_t bits) {
  return acta_lemma_bits_in(cw, 5, lemma, bits);
}

/* Is lemma the lexicon id l (both real ids)? */
static inline int acta_lemma_is(uint32_t lemma, uint32_t l) {
  return lemma != ACTA_NO_WORD && lemma == l;
}

#endif
