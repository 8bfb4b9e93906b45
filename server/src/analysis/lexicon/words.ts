/**
 * Word lists written by the team. They are general English and international news vocabulary, not lists of
 * the people or places of any particular story: they decide only where the context of a name does not.
 * (Place names come from maintained data packages, see geo.generated.ts.)
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));
const union = (more: ReadonlySet<string>, words: string): ReadonlySet<string> => new Set([...set(words), ...more]);

/** Honorifics and titles that precede a name and are not part of it ("Mr", "President", "Prime Minister"). */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Prof Prof. Professor Mx Madam Madame Monsieur Herr Dona Doña
  President Presidents Vice Prime Minister Ministers PM Ex-PM Ex-President Premier Chancellor Secretary Secretary-General
  General Gen Gen. Major Maj Colonel Col Col. Lieutenant Lt Lt. Captain Capt Capt. Sergeant Sgt Sgt. Admiral Adm
  Marshal Commander Corporal Private Brigadier Field Senator Sen Sen. Rep Rep. Congressman Congresswoman
  Governor Gov Gov. Mayor King Queen Prince Princess Crown Emperor Empress Pope Cardinal Archbishop Bishop
  Sheikh Sheik Emir Ayatollah Imam Rabbi Reverend Rev Rev. Father Sister Brother Judge Justice Ambassador Envoy
  Commissioner Chairman Chairwoman Chairperson Chief Director Deputy Speaker Spokesman Spokeswoman Spokesperson
  Foreign Defence Defense Interior Finance Health Economy Justice Acting Interim Former Ex Late Opposition
  Inspector Detective Superintendent Constable Officer Coach Manager Leader Head Dictator Strongman Tsar Czar
  Chancellor-elect President-elect Minister-President Mufti Patriarch Metropolitan Grand Supreme Attorney
  Auditor Comptroller Treasurer Registrar Sheriff Marshal Consul Councillor Councilman Councilwoman Alderman Consort
  Taoiseach Tánaiste Tanaiste Chairman-elect Governor-elect Mayor-elect Regent
  Cr Cr. Cllr Cllr. Clr
  Comrade Alhaji Alhaja Hajia Hajiya Mallam Malam Hon Hon. Oba IGP AIG DIG CP DCP ACP CSP SP DSP ASP
  Commodore Adviser Advisor Coordinator
`);

/** Nouns that describe a person in an apposition or before a name ("spokesman Ahmad X", "X, a programmer"). */
export const PERSON_ROLES = set(`
  spokesman spokeswoman spokesperson minister president leader head chief director coordinator official officials resident
  student journalist reporter correspondent editor analyst expert professor lawyer attorney activist protester
  protestor demonstrator candidate challenger rival opponent ally successor predecessor nominee incumbent mentor critic dictator ruler strongman premier chancellor ambassador envoy
  diplomat commander general officer soldier gunman shooter suspect assassin attacker killer victim survivor
  witness doctor nurse surgeon engineer programmer designer worker teacher farmer owner co-owner part-owner
  founder co-founder billionaire millionaire businessman businesswoman tycoon oligarch investor financier
  banker executive chairman chairwoman manager coach player striker midfielder defender goalkeeper captain
  singer actor actress writer author novelist poet artist novice member representative advisor adviser aide
  secretary governor mayor senator lawmaker legislator deputy speaker firebrand nationalist politician
  economist scientist researcher employee man woman boy girl son daughter wife husband mother father brother
  sister widow uncle aunt grandson granddaughter teenager mother-of-two father-of-two pensioner veteran
  prosecutor judge police policeman policewoman detective inspector priest cleric imam bishop monk nun
  chef pilot driver photographer filmmaker director producer musician rapper footballer athlete champion
  boss ceo founder heir president-elect mp prime commissioner negotiator mediator observer volunteer medic
  paramedic rescuer firefighter guard bodyguard militant fighter rebel insurgent blogger influencer
  commentator columnist historian sociologist physician psychologist entrepreneur industrialist magnate
  mogul landlord tenant mother-in-law citizen national native pastor sheikh colonel major lieutenant sergeant
  admiral marshal consultant specialist architect accountant technician mechanic electrician plumber builder
  miner fisherman shopkeeper trader merchant vendor owner-operator cofounder partner associate assistant
  intern trainee apprentice graduate pupil scholar lecturer dean rector principal headteacher headmaster
  referee umpire linesman organiser organizer campaigner welder nurse midwife carer cleaner cook baker butcher tailor
  ex-husband ex-wife fiance fiancee boyfriend girlfriend neighbour neighbor friend colleague relative
  attendant seller hawker rider labourer laborer artisan mla mlc mpa mna
  clerk juror foreman forewoman bailiff sheriff coroner paralegal stenographer defendant plaintiff widower
`);

/** Nouns that make an apposition or a following word describe an organization ("X, a US investment firm"). */
export const ORG_NOUNS = set(`
  firm company group agency broadcaster newspaper paper network club team party organisation organization bank
  fund consortium charity union council body outlet channel station site website service ministry department
  army force forces militia airline carrier publisher university school hospital court parliament government
  committee movement alliance coalition league federation association institute foundation brand retailer
  maker manufacturer producer giant conglomerate operator regulator authority startup start-up business
  corporation subsidiary tabloid daily weekly magazine broadcaster franchise outfit side squad regime cabinet
  administration newswire wire provider platform app insurer lender exchange cartel gang consultancy watchdog
  think-tank pollster
`);

/**
 * German trade and media words that end a firm's name as "Construction" or "Broadcasting" do ("Kessler Tiefbau",
 * "Bayerischer Rundfunk", a canton's "Zürcher Kantonalbank"); a trade word may be followed by the firm's seat
 * ("Kessler Tiefbau Passau").
 */
export const GERMAN_TRADE_HEADS = set(`
  Bau Tiefbau Hochbau Stahlbau Holzbau Metallbau Maschinenbau Anlagenbau Straßenbau Strassenbau Fahrzeugbau
  Bauunternehmung Baugesellschaft Immobilien Spedition Brauerei Rundfunk Verlag Verlagsgruppe Versicherung
  Versicherungen Elektrotechnik Haustechnik Gebäudetechnik
  Kantonalbank Landesbank Nationalbank Bundesbank Privatbank Handelsbank Hypothekarbank Kreditbank Girozentrale
`);

/** Head words that end an organization's name ("Liberal Democratic Party", "Clearlake Capital"). */
export const ORG_HEADS = union(GERMAN_TRADE_HEADS, `
  Party Council Ministry Agency University Hospital Army Force Forces League Club FC Group Capital Industries
  Inc Inc. Ltd Ltd. Corp Corp. Corporation Company Co Co. LLC PLC plc GmbH AG SA News TV Television Radio Times Post
  Press Herald Journal Telegraph Guardian Tribune Gazette Chronicle Observer Bank Foundation Committee Commission
  Union Organization Organisation Federation Society Societies Service Services Office Department Court Police
  Assembly Parliament Congress Senate House Institute Association Fund Airways Airlines Railways Motors Holdings
  Partners Network Networks Channel Authority Bureau Guard Navy Academy School College Church Movement Front
  Alliance Coalition Crescent Cross Trust Cup Team Station Centre Center Media Elementary Flight Workers
  Electric Energy Petroleum Mining Pharmaceuticals Telecom Technologies Electronics Insurance Resources Chemicals
  Sports Studios Records Wanderers Rovers United Athletic Hotspur Albion Dynamo Spartak Lokomotiv Brigade Battalion
  Regiment Corps Division Command Prison Airport Port Stadium Arena Museum Library Gallery Theatre Theater
  Orchestra Board Tribunal Prosecutor's Inquiry Programme Program Project Initiative Summit Conference
  Forum Institute Laboratory Laboratories Labs Pharmaceuticals Energy Oil Gas Petroleum Technologies Systems
  Solutions Group Enterprises Ventures Investments Securities Insurance Bancorp Exchange Markets Magazine
  Daily Weekly Review Monitor Standard Mirror Mail Express Sun Star Independent Economist Broadcasting
  Inquirer Enquirer Cooperative Co-operative Cooperatives
  Mission Secretariat Directorate Inspectorate Ministry Bund Duma Knesset Majlis Rada Sejm Bundestag Diet
  Council Caucus Commission Taskforce Agency Committee Company Corporation Industries Institute Foundation
  Ferries Shipping Logistics Cruises Mining Resources Construction Brewery Foods Brands Stores Store Telecom
  Communications Utilities Chemicals Steel Railway Railroad Transit
  Fashions Garments Apparel Apparels Textiles Knitwear Fabrics Spinning Footwear
  Dynamics Robotics Aerospace Therapeutics Biosciences Semiconductors
  Petrochemical Petrochemicals Petrochem Chemical Refining Refinery Refineries Cement Fertilizers Fertilisers Plastics
  Trading Traders Energia Energie Energy B.V. N.V. BV NV S.A. KGaA
  Administration Observatory Headquarters Complex Marine Boatworks Shipyard Shipyards
  Sparekasse Sparebank Sparebanken Sparbank Sparbanken Sparkasse Andelskasse
  Samity Samiti Parishad Sangha Sangh
`);

/** Words after a name that make it a place ("Nara City", "X District", "Black Sea"). */
export const PLACE_HEADS = set(`
  City District County Governorate Province Prefecture Region Oblast Krai Territory Municipality Village Town
  Island Islands Sea Ocean River Lake Bay Mountains Mountain Mount Valley Desert Peninsula Coast Strait Canal
  Gulf Borough Parish Canton Emirate Republic Kingdom Heights Hills Plain Plains Basin Delta Highlands Lowlands
  Archipelago Atoll Fjord Glacier Forest Oasis Steppe Coastline Riviera Cape Wadi
  Upazila Tehsil Taluka Subdistrict Sub-district Sub-District Township Regency LGA Bazar Ghat
  Creek Flat Flats Gully Gorge Falls Lagoon Crossing
`);

/**
 * Words that open the name of a locality in Arabic and Hebrew place names, as "Lake" or "Mount" do in English:
 * "Deir Sharaf", "Beit Hanoun", "Kafr Qasim", "Tel Mond", "Bani Walid", "Ein Gedi", "Kiryat Gat". None of them opens a
 * person's name ("Khan" and "Umm" do, and "Abu": not here).
 */
export const LOCALITY_PREFIXES = set(`Deir Dayr Beit Bayt Kafr Kfar Kiryat Qiryat Ramat Givat Tel Tell Khirbet Jabal Jebel Bani Ein Bir Moshav Kibbutz`);
/** The words of that list that name the kind of settlement, not the settlement: "Kibbutz Nir Oz" is Nir Oz. */
export const SETTLEMENT_WORDS = set(`Kibbutz Moshav`);

/** Words before "District" that make the district a public body, not an area ("Unified School District", "Local Health District"). */
export const SERVICE_DISTRICT_WORDS = set(`Health School Schools Water Fire Protection Irrigation Sanitation Sanitary Transit Utility Utilities Conservation Sewer Hospital Library Drainage Flood`);

/** Lowercase words after a name that make it a place ("Nara prefecture", "Hebron governorate"). */
export const PLACE_HEADS_LOWER = set(`city district county governorate province prefecture region oblast town village municipality island river peninsula valley desert delta basin lake mountains strait
  upazila tehsil taluka subdistrict sub-district township commune borough parish canton regency neighborhood neighbourhood
  hamlet ghat`);

/** Lowercase words after a name that make it an organization's or a facility's ("Anadolu news agency"). */
export const ORG_HEADS_LOWER = set(`
  agency news police station hospital university school elementary airport stadium club party newspaper broadcaster
  television channel group company firm bank prison base camp ministry council court
`);

/** Words that, before "of", start a place name ("Republic of Belarus", "Gulf of Mexico", "city of Derna"). */
/**
 * Words that name a place by "X of Y": "Strait of Hormuz", "Gulf of Aden", "Democratic Republic of the Congo".
 * ("State" is left out: "State of the Union", "Secretary of State".)
 */
export const PLACE_OF_HEADS = set(`Republic Kingdom Gulf Sea Bay Isle Isles Strait Straits Sultanate Emirate Principality Cape`);

/** Saints' words that open Spanish and Portuguese place names ("San Juan", "São Paulo"). */
export const SAINT_WORDS = new Set(["San", "Santa", "Santo", "Santos", "São", "Sao"]);

/** Lowercase nouns before "of X" that make X a place ("the city of Derna", "the resort of Sochi"). */
export const PLACE_OF_NOUNS = set(`city town village hamlet resort port capital region province district suburb outskirts county governorate prefecture state island islands coast centre center streets municipality neighbourhood neighborhood area residents inhabitants mayor north south east west north-east north-west south-east south-west northeast northwest southeast southwest
  commune community locality settlement township ward borough parish canton regency upazila tehsil taluka subdistrict sub-district`);

/**
 * Region names, multi-word ones with spaces. Written as one list, split on commas; "A=B" writes a name A that
 * is another name of the region B ("Gaza Strip=Gaza": news uses both for one territory). The last lines are the
 * English names of European regions that the regions package gives only in the local language
 * ("Nordrhein-Westfalen", "Noord-Brabant", "Lombardia"), and historic regions English news still uses ("Silesia",
 * "Bohemia").
 */
export const REGION_NAMES: readonly string[] = `
  Middle East, North Africa, East Africa, West Africa, Central Africa, Horn of Africa, Southern Africa,
  South America, North America, Latin America, Central America, Caribbean, Central Asia, South Asia, East Asia,
  Southeast Asia, South-East Asia, Eastern Europe, Western Europe, Central Europe, Northern Europe,
  Southern Europe, Balkans, Baltics, Caucasus, Sahel, Sahara, Scandinavia, Siberia, Crimea, Donbas, Donbass,
  Gaza, Gaza Strip=Gaza, West Bank, Kashmir, Sinai, Arctic, Antarctic, Pacific, Atlantic, Mediterranean, Black Sea,
  Red Sea, Caspian Sea, Baltic Sea, North Sea, Dead Sea, Persian Gulf, Indian Ocean, Pacific Ocean,
  Atlantic Ocean, Arctic Ocean, Europe, Asia, Africa, Oceania, Eurasia, Levant, Maghreb, Anatolia, Patagonia,
  Himalayas, Alps, Andes, Urals, Golan Heights, Kurdistan, Tibet, Xinjiang, Chechnya, Dagestan, Abkhazia,
  Transnistria, Nagorno-Karabakh, Catalonia, Scotland, Wales, England, Northern Ireland, Bavaria, Lapland,
  Flanders, Wallonia, Corsica, Sicily, Sardinia, Crete, Alaska, Hawaii, Texas, California, Florida, New York,
  Washington, Virginia, Ohio, Michigan, Illinois, Pennsylvania, Arizona, Nevada, Oregon, Colorado, Utah, Montana, Idaho,
  Wyoming, Kansas, Nebraska, Iowa, Missouri, Arkansas, Louisiana, Mississippi, Alabama, Tennessee, Kentucky,
  Indiana, Wisconsin, Minnesota, Oklahoma, New Mexico, North Carolina, South Carolina, North Dakota,
  South Dakota, West Virginia, Maryland, Delaware, New Jersey, Connecticut, Rhode Island, Massachusetts,
  Vermont, New Hampshire, Maine, Ontario, Quebec, Alberta, Manitoba, Saskatchewan, Nova Scotia, Yukon,
  Queensland, Tasmania, Punjab, Bengal, Kerala, Gujarat, Rajasthan, Sichuan, Guangdong, Hokkaido, Okinawa,
  Kyushu, Honshu, Java, Sumatra, Borneo, Bali, Mindanao, Luzon, Darfur, Tigray, Cyrenaica, Tripolitania,
  Fezzan, Galilee, Negev, Idlib, Aleppo, Kharkiv, Donetsk, Luhansk, Zaporizhzhia, Kherson, LA, NYC,
  Lower Saxony, North Rhine-Westphalia, Rhineland-Palatinate, Saxony, Saxony-Anhalt, Thuringia,
  Mecklenburg-Western Pomerania, Mecklenburg-West Pomerania, Lower Austria, Upper Austria, Styria, Carinthia,
  Tyrol, South Tyrol, North Brabant, Brabant, North Holland, South Holland, Lombardy, Tuscany, Piedmont, Apulia,
  Aosta Valley, Andalusia, Castile and Leon, Castile-La Mancha, Navarre, Basque Country, Balearic Islands,
  Canary Islands, Normandy, Alsace, Provence, Occitania, Silesia, Lower Silesia, Upper Silesia, Pomerania,
  Masovia, Lesser Poland, Greater Poland, Bohemia, Moravia, Attica, Thessaly, Epirus, Peloponnese, Jutland
`.split(",").map((s) => s.trim()).filter(Boolean);

/** Organizations every news reader knows by a bare name: metonyms, agencies, big platforms, international bodies. */
export const KNOWN_ORGS: readonly string[] = `
  Kremlin, White House, Pentagon, Downing Street, Capitol Hill, Capitol, Whitehall, Elysee, Élysée, Quai d'Orsay, Foggy Bottom, Vatican, Holy See,
  Reuters, AFP, Agence France-Presse, AP, Associated Press, The Associated Press, BBC, CNN, NHK, Xinhua, TASS,
  Interfax, RIA Novosti, Bloomberg, Al Jazeera, Al Arabiya, Kyodo, Yonhap, dpa, ANSA, EFE, EPA, UPI, PA Media,
  Antara, ANTARA, Antara Foto, Bernama, PTI, IANS, IRNA, KCNA, WAFA, Anadolu, Anadolu Agency, Prensa Latina, Jiji Press, Kyodo News,
  Getty Images, Sky News, Fox News, CNBC, MSNBC, NPR, PBS, Facebook, Twitter, Google, Apple, Amazon, Microsoft,
  YouTube, Instagram, TikTok, Telegram, WhatsApp, Meta, Forbes, NATO, EU, European Union, UN, U.N.,
  United Nations, WHO, IMF, World Bank, OPEC, OSCE, Red Cross, Red Crescent, Amnesty International,
  Human Rights Watch, Interpol, Europol, FBI, CIA, KGB, FSB, MI5, MI6, Mossad, Hamas, Hezbollah, Taliban,
  Islamic State, ISIS, Al-Qaeda, al-Qaeda, Wagner, Gazprom, Rosneft, UNICEF, UNHCR, UNESCO, WFP, IFRC, ICRC,
  Medecins Sans Frontieres, Doctors Without Borders, G7, G20, ASEAN, African Union, Arab League, Congress,
  Parliament, Senate, Bundestag, Duma, Knesset, Goldman Sachs, Morgan Stanley, JPMorgan, JPMorgan Chase,
  Deutsche Bank, BlackRock, Berkshire Hathaway, Procter & Gamble, Johnson & Johnson, Rolls-Royce, Mercedes-Benz,
  Louis Vuitton, Marks & Spencer, Ernst & Young, Lloyd's, Standard Chartered, HSBC, Barclays, Citigroup,
  Wells Fargo, McKinsey, Boeing, Airbus, Tesla, SpaceX, OpenAI, Nvidia, Samsung, Toyota, Volkswagen, Siemens
`.split(",").map((s) => s.trim()).filter(Boolean);

/** Upper-case words that are not acronyms of organizations. */
export const NOT_ACRONYMS = set(`
  I II III IV V VI VII VIII IX X XI XII TV AM PM A.M. P.M. CEO CFO COO GDP OK ID AD BC BCE CE COVID COVID-19 SARS
  HIV AIDS DNA RNA USD GBP EUR JPY RUB UK US USA UAE U.S. U.K. U.S.A. LA NYC DC PS PPS NB FAQ URL RSS PDF
  LIVE UPDATE UPDATED BREAKING EXCLUSIVE WATCH READ MORE NEW ARTICLE BOX AD ADS VIDEO PHOTO PHOTOS GMT UTC EST
  BST CET MP MPs NHS KM KG MPH OMG LOL RIP VIP DIY NB MVP IQ SOS ATM PIN SUV GPS AI IT HR PR ICU ER
  ET PT CT MT EDT PDT PST CST CDT MST JST IST AEST AEDT CEST EET EEST MSK
`);

export const WEEKDAYS = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`);
export const MONTHS = set(`
  January February March April May June July August September October November December
  Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.
`);

/** Words that open sentences or headlines and are never names: function words, pronouns, common adverbs. */
export const FUNCTION_WORDS = set(`
  A An The This That These Those There Here It Its It's He She They We You I Me Him Her Them Us My Our Your Their His
  And But Or Nor So Yet For Of In On At To From By With Without Within Into Onto Over Under Above Below After Before
  During While Since Until Till Though Although Because If Unless Whether When Where Why How What Who Whom Whose
  Which As Than Then Also Even Still Just Only Not No Yes All Any Some Many Much More Most Few Less Least Each Every
  Both Either Neither Other Another Such Same Own Several Various One Two Three Four Five Six Seven Eight Nine Ten
  First Second Third Last Next Later Earlier Now Today Tomorrow Yesterday Tonight Meanwhile However Moreover
  Therefore Thus Instead Indeed Perhaps Maybe Already Again Once Twice About Around Among Against Between Through
  Throughout Toward Towards Despite Amid Amidst Along Across Behind Beside Besides Beyond Near Outside Inside
  Upon Via Per Like Unlike Please Thank Thanks Dear Hello Hi Oh Well Why Whatever Whoever Wherever Whenever
  Is Are Was Were Be Been Being Am Do Does Did Has Have Had Will Would Shall Should Can Could May Might Must
  Let Let's Says Said Say Told Tell Asked Added According Following Read Watch See Click Share Follow Subscribe
  Sign Log Join Get Got Go Went Make Made Take Took Put Set Keep Kept Come Came Give Gave Find Found Think Know
  Unlike Nearly Almost Roughly About Approximately Some Around Over Under Up Down Off Out Away Back Home Ahead
  Never Always Often Sometimes Usually Recently Currently Finally Eventually Initially Previously Reportedly
  Allegedly Apparently Officially Separately Earlier Elsewhere Overall Notably Importantly Interestingly
  Highlights Related Update Updated Editor's Note Advertisement Sponsored Opinion Analysis Comment Comments
  Reply Photo Photos Video Videos Image Images Picture Pictures Source Sources Credit Credits Caption Copyright
  Mr Mrs Ms Dr Sir
`);

/**
 * Common English words that start capitalised only at a sentence start or in a headline, and that never
 * begin or end a person's name. A name part that is also a common word ("Young", "Rice") is still found when
 * the name has a first name or a title.
 */
export const COMMON_WORDS = set(`
  Human Rights Police Protesters Protestors Officials Authorities Analysts Experts Critics Residents People
  Government Opposition State Federal National International Public Private Central Local Regional Global
  World Foreign Domestic Security Defence Defense Interior Justice Health Finance Economy Economic Political
  Military Civil Social Cultural Energy Trade Labour Labor Education Transport Agriculture Environment
  Emergency Rescue Relief Aid Humanitarian Refugee Refugees Migrant Migrants Migration Freedom Democracy
  Democratic Liberal Conservative Socialist Communist Republican Democrat Green Greens Workers Union Unions
  Supreme High Higher Low Lower Upper Grand Great Greater Little Big Old New Young Ancient Modern Royal Holy
  Sacred Saint St St. North South East West Northern Southern Eastern Western Northeast Northwest Southeast
  Southwest Central Middle Inner Outer Far Near Deep Red Blue Green White Black Yellow Orange Purple Brown
  Grey Gray Golden Silver Storm Hurricane Typhoon Cyclone Tropical Flood Floods Fire Fires Earthquake War
  Battle Crisis Revolution Uprising Protest Protests Election Elections Vote Referendum Summit Treaty Accord
  Agreement Deal Plan Act Law Bill Constitution Charter Declaration Day Week Month Year Years Century Era Age
  Time Times Morning Evening Night Afternoon Noon Midnight Spring Summer Autumn Fall Winter Christmas Easter
  Eid New_Year Independence Victory Liberation Memorial Remembrance Labour
  Breaking Live Latest Exclusive Update Updates Report Reports Reported Reporting Story Stories Statement
  Statements Interview Interviews Press Release Briefing Conference Speech Address Message Letter Note Notes
  Story Feature Features Explainer Timeline Q&A Key Facts Fact Check Details Information Highlights Summary
  Background Context Reaction Reactions Analysis Opinion Editorial Column Review Reviews Preview Guide
  Photos Photograph Picture Pictures Image Images Video Videos Watch Listen Gallery Slideshow Podcast
  Sports Sport Business Markets Money Tech Technology Science Culture Entertainment Lifestyle Travel Food
  Style Fashion Music Film Films Movies TV Books Arts Home News Politics Weather Obituaries Letters
  Chief Head Leader Leaders Minister Ministers President Presidents Secretary General Director Officer Officers
  Spokesman Spokeswoman Spokesperson Ambassador Envoy Commander Commanders Troops Forces Army Navy Air Force
  Ministry Department Agency Office Council Committee Commission Court Parliament Congress Senate Assembly
  Cabinet Administration Regime Kingdom Republic Federation Empire Union Alliance League Coalition Bloc Party
  Parties Group Groups Company Companies Club Clubs Team Teams Club's Team's Foundation Institute Society
  City Cities Town Towns Village Villages Country Countries Region Regions Province Provinces District
  Districts County Counties Capital Capitals Island Islands Coast Border Borders Sea Seas Ocean River Rivers
  Lake Lakes Mountain Mountains Valley Desert Station Stations Street Streets Road Roads Square Bridge Airport
  Port Harbour Harbor Hospital Hospitals School Schools University Universities Church Mosque Temple Palace
  Castle Tower Hall Centre Center Building Buildings Museum Stadium Arena Park Garden Market Bank Banks
  Women Women's Men Men's Children Child Family Families Friends Fans Supporters Players Player Staff Members
  Member Citizens Voters Workers Students Teachers Doctors Nurses Soldiers Victims Survivors Witnesses
  Journalists Reporters Editors Editor Correspondent Contributor Writer Author Staff Desk Bureau Wire Wires
  Dead Death Deaths Killed Injured Missing Wounded Arrested Detained Released Jailed Charged Accused Convicted
  Unprecedented Deadly Violent Peaceful Massive Huge Major Minor Key Top Senior Junior Former Ex Current
  Acting Interim Temporary Permanent Official Unofficial Special General Common Total Full Half Entire Whole
  Navy Statement Details Reign Information Sports Write Comment Continue Reading
  Operation Operations Mission Campaign Offensive Games Olympics Olympic Championship Championships Cup Final
  Finals Tournament Festival Awards Award Prize Week Weekend Eve Holiday Tens Hundreds Thousands Millions Billions Dozens Scores Several Numerous Countless
`.replace(/\?/g, "").replace(/_/g, " "));

/**
 * Given names common across the world's naming traditions (English, European, Slavic, Arabic, Turkish,
 * Persian, South and East Asian, African). A name with one of these first is a person even without other
 * context; names not listed are found from context.
 */
export const GIVEN_NAMES = set(`
  Aaron Abdul Abdel Abdullah Abdallah Abigail Abraham Adam Adrian Ahmad Ahmed Ahmet Aidan Aisha Akira Alan Albert
  Alberto Aleksandr Aleksandra Aleksei Alex Alexander Alexandr Alexandra Alexandre Alexei Alexey Alexis Alfred
  Ali Alice Alicia Alison Amal Amanda Amber Amelia Amina Amir Amy Ana Anatoly Andrea Andreas Andrei Andrej
  Andrew Andrey Andriy Andy Angela Angelina Angelo Anita Ann Anna Anne Annie Anthony Antoine Anton Antonio Anwar
  Arjun Arnold Arthur Artem Artyom Arturo Ashley Ashraf Aung Ayman Barack Barbara Bashar Beatrice Ben Benjamin
  Bernard Bernie Beth Betty Bill Billy Bob Bogdan Boris Brad Bradley Brandon Brenda Brian Bruce Bruno Bryan
  Carl Carlos Carmen Carol Caroline Catherine Cecilia Charles Charlie Charlotte Chen Cheng Chris Christian
  Christina Christine Christopher Claire Clara Claude Claudia Colin Craig Cristina Cynthia Dan Daniel Daniela
  Danielle Daniil Dario David Deborah Denis Dennis Diana Diane Diego Dmitri Dmitriy Dmitry Dominic Donald Donna
  Doris Dorothy Douglas Dylan Ebrahim Ed Eddie Edward Edwin Ekaterina Elena Eli Elias Elizabeth Ella Ellen Emily
  Emma Emmanuel Enrique Eric Erik Ernest Ethan Eugene Eva Evan Evgeny Fabio Fahad Faisal Farah Farid Fatima
  Felix Fernando Florence Francesca Francesco Francis Francisco Frank Franz Fred Frederick Fumio Gabriel Gabriela
  Galina Gary Gavin Geoffrey George Georgi Georgy Gerald Gerhard Giorgia Giovanni Giuseppe Gloria Gordon Grace
  Graham Greg Gregory Guillaume Gustavo Guy Habib Hadi Hakan Hamid Hamza Hana Hannah Hans Harold Harry Hasan
  Hassan Heather Heinrich Helen Helena Henry Hiroshi Hisham Hossein Howard Hugo Hussein Ian Ibrahim Igor Ilya
  Imran Irene Irina Isaac Isabel Isabella Ismail Ivan Ivana Jack Jacob Jacques Jake James Jamal Jan Jane Janet
  Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica Jim Jimmy Joan Joanna Joe Joel Johan Johann
  John Johnny Jon Jonathan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie Julius Jun Justin
  Kamal Karen Karim Karl Kate Katherine Kathleen Kathryn Katie Kazuo Keith Kelly Ken Kenji Kenneth Kevin Khaled
  Khalid Khalifa Kim Kimberly Klaus Koji Konstantin Kristina Kurt Larry Laura Lauren Lawrence Layla Lee Leila
  Leo Leon Leonid Lewis Li Liam Linda Lisa Liu Louis Louise Lucas Lucy Luis Luke Lyudmila Magnus Mahmoud Maksim
  Malik Manuel Marc Marco Margaret Maria Marie Marina Mario Mark Marta Martha Martin Mary Masahiro Mateo Matt
  Matthew Matthias Max Maxim Maximilian Mehmet Melissa Michael Michel Michelle Miguel Mikhail Mike Milan Min
  Mohamed Mohammad Mohammed Mohamad Mohsen Monica Muhammad Musa Mustafa Nabil Nadia Nancy Naomi Nasser Natalia
  Natalie Natalya Nathan Neil Nicholas Nick Nicola Nicolas Nikita Nikolai Nikolay Nina Noah Noor Nour Oleg
  Oleksandr Oleksiy Olga Oliver Olivia Omar Oscar Osama Pablo Pamela Paolo Patricia Patrick Paul Paula Pavel
  Pedro Peter Petr Petro Philip Philippe Pierre Pietro Pyotr Rachel Rafael Rahul Raj Rajesh Ralph Ramon Rana
  Randy Rania Rashid Raul Ravi Ray Raymond Rebecca Reza Ricardo Richard Rick Rita Rob Robert Roberto Robin Roger
  Roman Ronald Rosa Rose Ruslan Russell Ruth Ryan Saad Sabine Sadiq Said Salim Salma Sam Sami Samir Samuel Sandra
  Sara Sarah Satoshi Saud Scott Sean Sebastian Sergei Sergey Sergio Serhiy Shahid Sharon Shirley Simon Sofia
  Sophie Stanislav Stefan Stephanie Stephen Steve Steven Stuart Susan Svetlana Takashi Takeshi Tanya Taro Tatiana
  Tatyana Teresa Thomas Tim Timothy Tina Todd Tom Tony Tracy Tyler Valentina Valentin Valery Vanessa Vasily
  Vera Veronica Victor Victoria Viktor Vincent Virginia Vitaly Vladimir Vladislav Volodymyr Walid Walter Wang
  Wayne Wei Wendy William Willie Xavier Xi Yan Yang Yaroslav Yasser Yevgeny Yousef Youssef Yuki Yulia Yuri
  Yury Yusuf Zachary Zhang Ziad Zoe Zoran
  Md Md. Mohd Mohd.
`);

/** Last words of newspaper, broadcaster and agency names ("Valley Post", "The Daily Ledger"). */
export const OUTLET_WORDS = set(`
  Post Times Gazette Courier Ledger Wire Herald Journal Tribune News Daily Star Telegraph Guardian Observer Mail
  Express Chronicle Press Review Standard Independent Mirror Sun Bulletin Dispatch Record Globe Register Examiner
  Inquirer Sentinel Monitor Agency Staff TV Radio Television Network Online Today Weekly Sport Sports Edition
`);

/**
 * Words that open a body's name in Spanish, Portuguese, French and Italian, where the head comes first:
 * "Movimiento Ciudadano", "Partido dos Trabalhadores", "Frente Amplio", "Banco de México";
 * a company's legal or trade word too: "Minera Escondida", "Sociedad Química", "Société Minière", "Mineração Rio do Norte".
 */
export const ROMANCE_ORG_PREFIXES = new Set(["Partido", "Partida", "Movimiento", "Movimento", "Mouvement", "Frente", "Fronte", "Alianza", "Aliança", "Unión", "União", "Unidad", "Coalición", "Coligação", "Instituto", "Institut", "Istituto", "Banco", "Banca", "Banque", "Universidad", "Universidade", "Università", "Université", "Fundación", "Fundação", "Fondation", "Fondazione", "Asociación", "Associação", "Confederación", "Confederação", "Federación", "Federação", "Sindicato", "Ministerio", "Ministério", "Ministero", "Ministère", "Consejo", "Conselho", "Comisión", "Comissão", "Secretaría", "Secretaria", "Grupo", "Compañía", "Companhia", "Empresa", "Empresas", "Parti", "Partito", "Rassemblement", "Agencia", "Agência", "Policía", "Polícia", "Ejército", "Exército", "Guardia", "Cámara", "Câmara", "Senado", "Congreso", "Congresso", "Colegio", "Comité", "Comitato", "Minera", "Mineração", "Sociedad", "Sociedade", "Société", "Società", "Corporación", "Corporação"]);

export const NEWSPAPER_HEADS = new Set(["Times", "Telegraph", "Guardian", "Post", "Herald", "Journal", "Tribune", "Gazette", "Chronicle", "Observer", "Independent", "Economist", "Mirror", "Mail", "Express", "Sun", "Star"]);
/** Words that turn a place name before them into a building or a venue: "Stamford Bridge", "Wembley Stadium". */
export const FACILITIES = new Set(["Bridge", "Park", "Square", "Street", "Road", "Stadium", "Airport", "Station", "Hall", "Tower", "Palace", "Centre", "Center", "Arena", "Garden", "Gardens", "Gate", "Castle", "Cathedral", "Mosque", "Church", "Temple", "Market", "Mall", "Bazaar", "Prison", "Hospital", "Camp", "Base", "Dam", "Port", "Harbour", "Harbor", "Terminal", "Field"]);
/** Final words of streets and buildings, which are never people's names (unlike "Hall" or "Park"). */
export const STREETS_AND_BUILDINGS = new Set(["Street", "Avenue", "Road", "Boulevard", "Square", "Bridge", "Airport", "Stadium", "Station", "Arena", "Cathedral", "Mosque", "Palace", "Prison", "Highway", "Motorway", "Plaza", "Terminal", "Embassy", "Consulate", "Drive", "Parkway", "Expressway", "Freeway", "Turnpike"]);

/** Lower-case nouns for a way between two places, after "X-Y": "highway", "railway", "border". */
export const ROUTE_NOUNS = new Set(["highway", "road", "motorway", "expressway", "railway", "railroad", "rail", "line", "route", "corridor", "pipeline", "border", "bridge", "ferry", "flight", "canal", "tunnel"]);
