// The generator's own English vocabulary, written for Prayer Desk (nothing here is taken from real bulletins).
// Each list is ordered roughly from most to least frequent: ZipfPicker turns list order into a natural
// frequency spread, so the head words recur in every bulletin and the tail words turn up a few times an archive.

/** Splits a word list, dropping repeats (a repeat would silently double a word's frequency). */
const words = (text: string): readonly string[] => [...new Set(text.trim().split(/\s+/))];
const phrases = (text: string): readonly string[] =>
  text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** Countable nouns, singular. Plurals come from `plural`. */
export const NOUNS = words(`
  time year day week way life work home place thing part world story group month school village family
  child community leader church country city road house name hand heart voice team district office program
  system plan process job staff case lawyer government partner survivor officer court police investigator
  worker hearing trial judge prosecutor victim
  perpetrator trafficker girl boy woman man mother father parent widow orphan neighbor friend brother sister
  daughter son grandmother husband wife pastor volunteer supporter advocate official authority agency
  ministry department unit operation rescue investigation arrest charge conviction sentence verdict appeal
  witness statement testimony report record file document certificate license law policy reform right
  opportunity challenge need step goal effort result sign answer question decision moment season journey
  road house land farm field factory kiln mill quarry boat vessel brothel apartment shop market street
  town region province state border area neighborhood camp shelter center clinic hospital classroom
  meeting training workshop session conference course lesson skill tool resource budget fund donation
  gift payment loan debt wage salary income business livelihood trade employer owner manager boss broker
  recruiter agent driver guard client customer stranger relative cousin uncle aunt teenager student
  teacher nurse doctor counselor therapist social_worker caseworker mentor coach elder chief mayor
  minister senator magistrate clerk registrar inspector detective sergeant commander colleague director
  president member board committee network coalition movement campaign conversation call message letter
  phone computer video photo image camera website platform account number list name voice face hand heart
  body mind spirit prayer song word promise thing idea lesson example pattern model standard framework
  guideline protocol procedure tactic strategy approach method practice habit routine schedule deadline
  date hour minute night morning evening weekend holiday anniversary birthday celebration ceremony
  graduation milestone breakthrough victory setback delay obstacle barrier threat risk danger fear wound
  injury illness disease crisis emergency flood storm drought harvest crop rice brick stone sand fish
  net tree river lake mountain island coast valley hill forest garden well bridge bus truck car motorcycle
  ticket passport visa permit contract agreement promise paper form application petition motion
  judgment ruling hearing_date courtroom prison jail cell station checkpoint patrol raid vehicle
  warehouse hotel bar restaurant karaoke massage_parlor internet_cafe laptop server chat transaction
  bank wallet receipt invoice deposit bribe threat rumor secret lie truth fact detail sign tip lead
  suspect accomplice gang syndicate ring cartel criminal offender abuser defendant accused detainee
  prisoner inmate captive slave laborer migrant refugee fisherman farmer tailor weaver builder carpenter
  mechanic cook cleaner seamstress vendor miner loader stonecutter herder shepherd hunter sailor
  crew captain deckhand passenger tourist visitor guest host donor sponsor church_partner congregation
  pastorate parish diocese denomination seminary ministry_partner organization institution foundation
  university academy college library museum newspaper journalist reporter editor author researcher
  scientist expert consultant analyst economist engineer architect designer planner surveyor accountant
  auditor banker trader merchant entrepreneur landlord tenant neighborhood household kitchen bedroom
  door window roof wall floor bed table chair blanket bag box bottle cup plate spoon shirt shoe dress
  uniform book notebook pen pencil map calendar clock bell lamp candle flag banner signpost gate fence
  path trail track railway airport port harbor dock pier ferry canal dam pump tank pipe wire cable
  battery generator engine machine device gadget phone_call text_message email inbox headline article
  broadcast podcast interview survey census study evaluation assessment baseline indicator target
  outcome impact increase decrease rate level share percent majority minority average total portion
  piece section chapter verse psalm hymn sermon service worship devotion fast vigil retreat mission
  calling vision dream memory past present history tradition culture language custom belief faith hope
  love joy peace patience kindness goodness gentleness courage strength wisdom favor mercy grace
`).map((w) => w.replace(/_/g, ' '));

/** Uncountable or abstract nouns: never pluralised. */
export const MASS_NOUNS = words(`
  justice freedom violence slavery trafficking protection aftercare prosecution evidence safety support
  care restoration recovery progress wisdom strength courage healing funding training leadership access
  exploitation abuse corruption impunity poverty education health housing employment transportation
  information research advocacy accountability collaboration partnership guidance counsel encouragement
  perseverance patience endurance provision protection compassion dignity hope peace unity favor
  momentum capacity infrastructure legislation enforcement oversight coordination supervision
  transparency integrity humility gratitude determination resilience trauma grief shame anger fear
  confusion uncertainty pressure danger chaos silence darkness light truth clarity insight discernment
  creativity energy rest sleep food water shelter clothing medicine money land property inheritance
  ownership citizenship identity registration documentation paperwork bail custody detention
  rehabilitation reintegration counseling therapy mentoring schooling literacy nutrition hygiene
  sanitation electricity internet technology software data evidence_collection surveillance
  intelligence testimony_preparation
`).map((w) => w.replace(/_/g, ' '));

/** Base verbs. Forms (‑s, ‑ed, ‑ing) come from `inflect`. */
export const VERBS = words(`
  help work support rescue protect restore pray ask serve bring give keep find need continue
  build train lead walk move stay hear share follow learn grow start finish hope plan join receive
  show stand fight seek ensure prepare equip strengthen encourage release free return provide open
  close meet reach face carry hold stop end change report arrest charge convict sentence prosecute
  investigate testify appeal acquit detain exploit abuse traffic recruit force threaten trap hide escape
  flee enter leave visit travel call contact respond answer explain decide agree refuse accept allow
  expect include involve create develop improve increase reduce remove replace repair manage operate
  organize coordinate collaborate partner advocate mobilize celebrate thank praise rejoice worship
  welcome invite honor remember forget believe trust doubt worry suffer endure recover heal rest wait
  delay postpone schedule attend present submit file review approve deny grant award fund donate raise
  collect spend pay owe earn borrow lend save invest sell buy own rent employ hire dismiss promote
  transfer assign appoint elect nominate recognize identify locate track trace monitor observe watch
  notice discover uncover expose reveal confirm verify document record photograph interview question
  listen talk speak tell write read teach study practice prepare_for graduate complete achieve succeed
  fail struggle strive persevere persist commit admit submit plead confess apologize forgive reconcile
  restore rebuild replant harvest plant farm fish mine cut carry_out load unload deliver ship sail drive
  ride fly arrive depart cross guard patrol raid search seize confiscate destroy burn break damage
  threaten_to intimidate harass beat assault attack kill murder kidnap abduct sell_off smuggle launder
  bribe cheat deceive lie promise offer tempt lure groom coerce control isolate silence shame blame
  accuse defend represent advise counsel comfort mentor coach guide shepherd nurture feed clothe house
  shelter host adopt foster reunite reintegrate register enroll certify license regulate legislate
  enforce implement pilot scale expand launch introduce adopt_out roll_out sustain maintain measure
  evaluate assess analyze compare test prove demonstrate illustrate highlight emphasize prioritize
  strengthen_up transform shape influence inspire motivate empower enable unlock
`).filter((w) => !w.includes('_'));

/** Irregular past tenses; everything else is regular. */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  bring: 'brought',
  give: 'gave',
  keep: 'kept',
  find: 'found',
  build: 'built',
  lead: 'led',
  hear: 'heard',
  grow: 'grew',
  show: 'showed',
  stand: 'stood',
  fight: 'fought',
  seek: 'sought',
  meet: 'met',
  hold: 'held',
  hide: 'hid',
  flee: 'fled',
  leave: 'left',
  speak: 'spoke',
  tell: 'told',
  write: 'wrote',
  read: 'read',
  teach: 'taught',
  forgive: 'forgave',
  cut: 'cut',
  ride: 'rode',
  fly: 'flew',
  drive: 'drove',
  seize: 'seized',
  break: 'broke',
  sell: 'sold',
  buy: 'bought',
  lend: 'lent',
  spend: 'spent',
  pay: 'paid',
  lie: 'lied',
  feed: 'fed',
  beat: 'beat',
  kill: 'killed',
};

/** Verbs whose final consonant doubles before -ed and -ing (American spelling). */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  'stop',
  'plan',
  'commit',
  'admit',
  'submit',
  'ship',
  'trap',
  'control',
  'regret',
  'refer',
  'prefer',
  'occur',
  'permit',
]);

export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  child: 'children',
  woman: 'women',
  man: 'men',
  person: 'people',
  fisherman: 'fishermen',
  wife: 'wives',
  life: 'lives',
  shelf: 'shelves',
  thief: 'thieves',
  sheep: 'sheep',
  fish: 'fish',
  police: 'police',
  staff: 'staff',
  crew: 'crew',
  aircraft: 'aircraft',
  series: 'series',
  analysis: 'analyses',
  crisis: 'crises',
};

export const ADJECTIVES = words(`
  new local public legal social safe free first last good great long young old small large strong
  important difficult hard vulnerable poor innocent false wrongful violent criminal brutal dangerous
  private hidden complex sophisticated successful faithful courageous brave joyful grateful hopeful
  ongoing recent final early late next previous current future whole entire full complete partial
  several many few other same different special specific particular significant serious severe
  heavy light quick slow steady careful patient urgent critical key main central national regional
  rural urban remote nearby distant local_level international global legal_aid medical emotional
  physical spiritual financial practical technical professional personal individual collective
  communal shared common rare unusual surprising remarkable incredible amazing beautiful powerful
  fragile broken whole healthy sick tired weary exhausted discouraged encouraged determined eager
  willing able unable ready prepared trained skilled experienced senior junior fellow trusted honest
  corrupt fair unfair just unjust swift lengthy tedious painful joyous peaceful quiet noisy crowded
  empty busy open closed secure insecure stable unstable certain uncertain clear unclear formal informal
  official unofficial independent dependent responsible accountable transparent effective efficient
  sustainable lasting permanent temporary immediate initial additional extra further major minor
  primary secondary basic advanced digital online offline mobile traditional modern ancient historic
  annual monthly weekly daily nightly seasonal dry rainy hot cold warm bright dark deep wide narrow
  tall short rich generous humble gentle kind loving caring compassionate wise foolish proud ashamed
  afraid fearful anxious worried calm bold timid silent vocal tireless relentless persistent steadfast
  resilient hopeless helpless homeless landless jobless penniless stateless undocumented abandoned
  neglected exploited abused enslaved trafficked rescued restored released reunited protected
  empowered equipped motivated inspired committed dedicated devoted passionate thankful blessed
`).map((w) => w.replace(/_/g, '-'));

export const ADVERBS = words(`
  also now still again together finally recently already quickly slowly carefully faithfully safely
  fully truly deeply greatly especially currently often soon today tomorrow yesterday later earlier
  successfully bravely boldly quietly patiently steadily urgently immediately eventually gradually
  increasingly consistently regularly frequently rarely seldom never always sometimes usually
  typically largely mostly partly nearly almost barely hardly simply clearly openly honestly
  genuinely wholeheartedly tirelessly relentlessly joyfully gratefully humbly gently kindly wisely
  fairly swiftly promptly formally officially publicly privately personally collectively jointly
  closely directly indirectly locally nationally globally internationally
`);

export const PREPOSITIONS = words(`
  in for with from to on at by about through after before during against among across toward
  within without under over between beyond despite alongside throughout near behind around since
`);

/**
 * Words a bulletin uses once in a long while: they make the long tail of the vocabulary, and give the
 * bench "rare word" queries that match only a handful of items.
 */
export const RARE_WORDS = words(`
  abeyance acquiescence adjudication affidavit alacrity amelioration antecedent apprise arbitration
  ardour assiduous attestation audacity beleaguered benevolence bequest bewilderment blight bulwark
  burgeoning cadence candour capitulate catalyst chicanery circumspect clemency cloister cognizance
  commiserate compendium complicity conciliation conflagration connivance consternation contrition
  convalescence copious corroborate covenant credence culpability curtail dearth debacle decorum
  deference deliberation deluge deposition dereliction destitution diligence discrepancy dissemination
  dossier duress edifice efficacy elucidate embezzlement emolument encumbrance entreaty equanimity
  equity exculpatory exhortation exigency exoneration expedite extortion fealty felicity forbearance
  fortitude fraudulent gallantry garnish grievance habeas harbinger heirloom hinterland homestead
  hubris illicit impartial impediment imperative impervious indenture indigence inexorable infraction
  ingenuity injunction innocuous inquest insolvency interlocutor intransigence itinerant jubilee
  juncture jurisprudence kinship lamentation largesse lassitude lenient levity litigant livelihood
  magnanimity malfeasance manumission meagre mediation mendicant misdemeanour mitigation moratorium
  munificence nadir negligence notarised nullify oblation obstinacy onerous opprobrium ordinance
  overture palisade paralegal parity paucity penury perjury perseverant petitioner pilgrimage plaintiff
  plenary precarious precept prerogative probity proclivity propitious proviso quandary quagmire
  quarantine rapport recalcitrant recompense recourse redress remand remittance reparation reprieve
  requisition rescission respite restitution retribution reverie sabbatical sanctuary scrutiny
  sequestration servitude sojourn solace solidarity stalwart stewardship stipend subpoena succour
  summons surety tenacity tenure testament threshold tithe tribunal tutelage ubiquitous undaunted
  usury vagrancy validation vehemence verdant vicissitude vigilance vindication vocation wherewithal
  writ zeal zealous almsgiving bonded-labourer brickfield chattel debt-bondage estate-worker
  kiln-owner moneylender sharecropper tenement tollgate woodcutter sugarcane cassava tea-estate
  coir charcoal granite lime-kiln handloom beedi saree loom jute shrimp-peeling trawler longline
`);

/** American → British spellings, applied to whole bulletins written by a British-trained editor. */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  labor: 'labour',
  labors: 'labours',
  laborer: 'labourer',
  laborers: 'labourers',
  neighbor: 'neighbour',
  neighbors: 'neighbours',
  neighborhood: 'neighbourhood',
  neighborhoods: 'neighbourhoods',
  organization: 'organisation',
  organizations: 'organisations',
  organize: 'organise',
  organized: 'organised',
  organizing: 'organising',
  honor: 'honour',
  honored: 'honoured',
  honoring: 'honouring',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  favor: 'favour',
  counselor: 'counsellor',
  counselors: 'counsellors',
  counseling: 'counselling',
  behavior: 'behaviour',
  judgment: 'judgement',
  defense: 'defence',
  offense: 'offence',
  mobilize: 'mobilise',
  mobilized: 'mobilised',
  mobilizing: 'mobilising',
  recognize: 'recognise',
  recognized: 'recognised',
  recognizing: 'recognising',
  prioritize: 'prioritise',
  prioritized: 'prioritised',
  prioritizing: 'prioritising',
  emphasize: 'emphasise',
  emphasized: 'emphasised',
  apologize: 'apologise',
  analyze: 'analyse',
  analyzed: 'analysed',
  traveled: 'travelled',
  traveling: 'travelling',
  enroll: 'enrol',
  enrollment: 'enrolment',
  harbor: 'harbour',
  rumor: 'rumour',
  rumors: 'rumours',
  license: 'licence',
  color: 'colour',
  endeavor: 'endeavour',
  fulfill: 'fulfil',
};

/** Fixed multi-word terms of the domain: searched as phrases, so they must recur verbatim. */
export const DOMAIN_TERMS = phrases(`
  sex trafficking | bonded labor | labor trafficking | forced labor | sexual violence | police abuse of power |
  property grabbing | online sexual exploitation of children | cybersex trafficking | violence against women and children |
  brick kilns | rice mills | fishing vessels | stone quarries | public justice system | case management system |
  anti-trafficking unit | social workers | public prosecutors | release certificates | Freedom Sunday |
  aftercare program | trauma-informed care | child protection | domestic violence | wrongful detention |
  pretrial detention | land rights | widows and orphans | local police | district court | high court |
  supreme court | rescue operation | legal aid | witness protection | mental health | community leaders |
  church partners | government officials | labor officers | survivor network | justice system
`);

/** Ways a bulletin names its people; `{name}` is a pseudonym and gets a star. */
export const PERSON_PHRASES = phrases(`
  a girl we will call {name} | a young mother named {name} | a teenage boy named {name} | a grandmother we call {name} |
  a survivor named {name} | {name} and her two sisters | {name} and his family | a boy we will call {name} | {name}
`);

/** The same, as the subject of a sentence: appositions are allowed here, commas and all. */
export const SUBJECT_PHRASES = phrases(`
  {name}, a father of four, | {name}, a widow, | {name}, who is only fourteen, | {name}, a former kiln worker, |
  a survivor named {name} | a young mother named {name} | {name}
`);

export const GIVEN_NAMES = words(`
  Maya Grace Esther Priya Lakshmi Joseph Samuel Ana Maria Rosa Kamala Anjali Ravi Murugan Sophea Dara
  Mercy Ruth Faith Naomi Lucia Carmen Elena Andrei Ioana Olena Nimmi Selvi Rani Kumar Arjun Pedro Jorge
  Juan Luis Daniel Aisha Fatima Amina Brenda Joyce Sarah Ellen Florence Betty Agnes Rebecca Irene Lydia
  Charity Precious Beatrice Vanessa Mariel Joy Liza Angelica Srey Chantha Bopha Noy Lek Somchai Min Thida
  Nadia Kofi Ama Kwame Akosua Mwangi Wanjiru Achieng Otieno Nakato Mukasa Okello Auma Chanda Mulenga
  Bwalya Uwase Habimana Ingabire Yesenia Marisol Ximena Diego Mateo Camila Valentina Rosario Dolores
  Guadalupe Esperanza Anand Deepa Meena Suresh Ganesh Vijay Kavitha Saroja Muthu Selvam Rahim Karim
  Salma Nasrin Farida Bimala Sita Gita Hari Ramesh Marites Jocelyn Rowena Arnel Jun Nenita Teodora
  Mihaela Cristina Vasile Natalia Oksana Taras Iryna Svetlana Bogdan
`);

export const NUMBER_WORDS = words(
  `two three four five six seven eight nine ten eleven twelve fifteen twenty`,
);

export const MONTHS = words(
  `January February March April May June July August September October November December`,
);
