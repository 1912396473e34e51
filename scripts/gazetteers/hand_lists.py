"""Hand-written lists for the gazetteers, authored for Byline (no third-party data)."""

COUNTRY_NAMES = """United States|United States of America|US|U.S.|USA|U.S.A.|America|United Kingdom|UK|U.K.|Britain|Great Britain
England|Scotland|Wales|Northern Ireland|Russia|Soviet Union|USSR|North Korea|South Korea|Korea|DPRK|Taiwan|Iran|Syria|Laos
Vietnam|Czech Republic|Czechia|Slovakia|Bosnia|Herzegovina|Yugoslavia|Macedonia|North Macedonia|Moldova|Bolivia|Venezuela
Tanzania|Congo|Democratic Republic of Congo|Ivory Coast|Cote d'Ivoire|Vatican|Holland|Burma|Myanmar|East Timor|Palestine
Gaza|West Bank|Kosovo|Zaire|Rhodesia|UAE|U.A.E.|United Arab Emirates|Saudi Arabia|Hong Kong|Macau|Brunei|Micronesia
Czechoslovakia|East Germany|West Germany|Chechnya|Crimea|Donbas|Tibet|Xinjiang|Kurdistan|Greenland|Puerto Rico""".replace("\n", "|").split("|")

EXTRA_CITIES = """Kyiv|Kiev|Washington|Moscow|Beijing|Peking|Pyongyang|Seoul|Tokyo|Tehran|Damascus|Kursk|Kharkiv|Odesa|Odessa
Donetsk|Luhansk|Mariupol|Bakhmut|Kherson|Zaporizhzhia|Belgorod|Rio|Rio de Janeiro|Sao Paulo|Brasilia|Brussels|Strasbourg
Geneva|The Hague|Davos|Vienna|Baku|Tbilisi|Yerevan|Minsk|Ankara|Istanbul|Gaza City|Jerusalem|Tel Aviv|Ramallah|Riyadh
Doha|Dubai|Abu Dhabi|Kabul|Islamabad|New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Dhaka|Colombo|Kathmandu|Hanoi|Bangkok
Manila|Jakarta|Kuala Lumpur|Singapore|Canberra|Sydney|Wellington|Ottawa|Mexico City|Havana|Caracas|Bogota|Lima|Santiago
Buenos Aires|Nairobi|Addis Ababa|Lagos|Abuja|Johannesburg|Pretoria|Cape Town|Cairo|Tripoli|Tunis|Algiers|Rabat|Khartoum
Silicon Valley|Capitol Hill|Brooklyn|Manhattan|Hollywood|Washington D.C.|Washington DC""".replace("\n", "|").split("|")

CITY_STOPWORDS = ["Of", "Police", "Mobile", "Reading", "Split", "Bath", "Nice", "March", "Mary", "Victoria"]

REGIONS = """Indo-Pacific|Asia-Pacific|Middle East|Near East|Far East|Eastern Europe|Western Europe|Central Europe|Southeast Asia
South Asia|Central Asia|East Asia|West Africa|East Africa|North Africa|Sub-Saharan Africa|Southern Africa|Latin America
South America|North America|Central America|Caribbean|Balkans|Baltics|Caucasus|Scandinavia|Gulf|Persian Gulf|Arctic
Antarctica|Sahel|Horn of Africa|Mediterranean|Black Sea|Baltic Sea|Red Sea|South China Sea|East China Sea|Sea of Japan
Pacific|Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Korean Peninsula|Arabian Peninsula|Sinai
Golan Heights|Taiwan Strait|Strait of Hormuz|Suez Canal|Panama Canal|Alps|Himalayas|Andes|Amazon|Nile|Danube|Rhine
Mississippi|Yangtze|Euphrates|Tigris|Siberia|Midwest|Deep South|New England|West Coast|East Coast|Sun Belt|Rust Belt
Wall Street|Downing Street|Europe|Asia|Africa|Oceania|Eurasia|Kashmir|Patagonia|Kurdistan|Levant|Maghreb|Lake Victoria|Lake Geneva|Everest""".replace("\n", "|").split("|")

DEMONYMS = """American|Americans|British|Briton|Britons|English|Scottish|Welsh|Irish|French|German|Germans|Italian|Italians
Spanish|Spaniard|Spaniards|Portuguese|Dutch|Belgian|Belgians|Swiss|Austrian|Austrians|Swedish|Swede|Swedes|Norwegian
Norwegians|Danish|Dane|Danes|Finnish|Finn|Finns|Icelandic|Polish|Pole|Poles|Czech|Czechs|Slovak|Slovaks|Hungarian
Hungarians|Romanian|Romanians|Bulgarian|Bulgarians|Greek|Greeks|Turkish|Turk|Turks|Cypriot|Cypriots|Serbian|Serb|Serbs
Croatian|Croat|Croats|Bosnian|Bosnians|Slovenian|Slovene|Slovenes|Albanian|Albanians|Macedonian|Montenegrin|Kosovar
Russian|Russians|Ukrainian|Ukrainians|Belarusian|Belarusians|Moldovan|Lithuanian|Lithuanians|Latvian|Latvians
Estonian|Estonians|Georgian|Georgians|Armenian|Armenians|Azerbaijani|Azerbaijanis|Azeri|Azeris|Kazakh|Kazakhs|Uzbek
Uzbeks|Turkmen|Tajik|Kyrgyz|Chinese|Japanese|Korean|Koreans|North Korean|North Koreans|South Korean|South Koreans
Taiwanese|Mongolian|Vietnamese|Thai|Cambodian|Lao|Laotian|Burmese|Malaysian|Malaysians|Singaporean|Indonesian
Indonesians|Filipino|Filipinos|Philippine|Indian|Indians|Pakistani|Pakistanis|Bangladeshi|Sri Lankan|Nepalese|Nepali
Afghan|Afghans|Iranian|Iranians|Persian|Iraqi|Iraqis|Syrian|Syrians|Lebanese|Jordanian|Jordanians|Israeli|Israelis
Palestinian|Palestinians|Saudi|Saudis|Emirati|Qatari|Kuwaiti|Bahraini|Omani|Yemeni|Yemenis|Egyptian|Egyptians|Libyan
Libyans|Tunisian|Algerian|Algerians|Moroccan|Moroccans|Sudanese|Ethiopian|Ethiopians|Eritrean|Somali|Somalis|Kenyan
Kenyans|Ugandan|Tanzanian|Rwandan|Burundian|Congolese|Nigerian|Nigerians|Ghanaian|Ivorian|Senegalese|Malian|Cameroonian
South African|South Africans|Zimbabwean|Zambian|Angolan|Mozambican|Namibian|Botswanan|Malagasy|Canadian|Canadians
Mexican|Mexicans|Cuban|Cubans|Haitian|Haitians|Dominican|Jamaican|Puerto Rican|Guatemalan|Honduran|Salvadoran
Nicaraguan|Costa Rican|Panamanian|Colombian|Colombians|Venezuelan|Venezuelans|Ecuadorian|Peruvian|Bolivian|Chilean
Argentine|Argentinian|Argentines|Brazilian|Brazilians|Uruguayan|Paraguayan|Australian|Australians|New Zealander
Kiwi|Fijian|European|Europeans|Asian|Asians|African|Africans|Arab|Arabs|Latin American|Latino|Latinos|Hispanic
Hispanics|Scandinavian|Balkan|Baltic|Caucasian|Slavic|Soviet|Soviets|Western|Westerner|Westerners|Kurdish|Kurd|Kurds
Pashtun|Tamil|Tamils|Sikh|Sikhs|Uyghur|Uyghurs|Uighur|Uighurs|Tibetan|Tibetans|Chechen|Chechens|Tatar|Tatars|Basque
Catalan|Flemish|Walloon|Bavarian|Texan|Californian|New Yorker|Muscovite|Parisian|Londoner|Chinese-American""".replace("\n", "|").split("|")

GROUPS = """Democrat|Democrats|Democratic|Republican|Republicans|GOP|Conservative|Conservatives|Labour|Liberal|Liberals
Tory|Tories|Socialist|Socialists|Communist|Communists|Green|Greens|Nationalist|Nationalists|Christian|Christians
Catholic|Catholics|Protestant|Protestants|Orthodox|Muslim|Muslims|Moslem|Moslems|Islamic|Sunni|Sunnis|Shi'ite|Shi'ites
Shiite|Shiites|Shia|Jewish|Jew|Jews|Hindu|Hindus|Buddhist|Buddhists|Evangelical|Evangelicals|Mormon|Mormons|Alawite
Druze|Coptic|Copts|Anglican|Anglicans|Methodist|Baptist|Lutheran|Zionist|Islamist|Islamists|Jihadist|Jihadists
Marxist|Maoist|Bolshevik|Nazi|Nazis|Fascist|Fascists|Libertarian|Libertarians|Populist|Populists""".replace("\n", "|").split("|")

ORGANIZATIONS = """United Nations|UN|U.N.|UN Security Council|Security Council|General Assembly|NATO|Nato|European Union|EU|E.U.
European Commission|European Parliament|European Council|European Central Bank|ECB|Council of Europe|OSCE|OPEC
World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|World Health Organization|WHO|UNESCO|UNICEF
UNHCR|International Criminal Court|ICC|International Court of Justice|ICJ|Interpol|Europol|Red Cross|Red Crescent
International Committee of the Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders
G7|G8|G20|G-7|G-20|Group of Seven|Group of Twenty|BRICS|ASEAN|African Union|Arab League|Gulf Cooperation Council
Shanghai Cooperation Organisation|APEC|OECD|IAEA|International Atomic Energy Agency|FIFA|UEFA|IOC|International Olympic Committee
State Department|US State Department|Department of State|Pentagon|Defense Department|Department of Defense|Justice Department
Department of Justice|Treasury|Treasury Department|Department of Homeland Security|Homeland Security|Commerce Department
White House|Kremlin|Congress|Senate|House of Representatives|House|Supreme Court|Federal Reserve|Fed|FBI|CIA|NSA|NASA
EPA|FDA|CDC|SEC|IRS|FEMA|ICE|DEA|ATF|Secret Service|National Security Council|Joint Chiefs of Staff|Parliament|Duma
State Duma|Knesset|Bundestag|Bundesbank|Bank of England|Bank of Japan|People's Bank of China|Foreign Ministry
Chinese Foreign Ministry|Russian Foreign Ministry|Ministry of Foreign Affairs|Foreign Office|Home Office|Defence Ministry
Defense Ministry|Ministry of Defense|Ministry of Defence|Interior Ministry|Finance Ministry|Ministry of Finance|Cabinet
Politburo|Central Committee|Communist Party|Chinese Communist Party|Democratic Party|Republican Party|Labour Party
Conservative Party|Liberal Democrats|Social Democrats|Christian Democrats|United Russia|Hamas|Hezbollah|Taliban|al Qaeda
al-Qaeda|Islamic State|ISIS|ISIL|Wagner|Wagner Group|Muslim Brotherhood|PLO|Fatah|IRA|Sinn Fein|ANC|Houthis|Kurdish PKK|PKK
Apple|Google|Microsoft|Amazon|Meta|Facebook|Twitter|X Corp|Tesla|SpaceX|OpenAI|Nvidia|Intel|IBM|Samsung|Huawei|TikTok
ByteDance|Alibaba|Tencent|Toyota|Volkswagen|General Motors|Ford|Boeing|Airbus|Exxon|ExxonMobil|Chevron|Shell|BP
Gazprom|Rosneft|Saudi Aramco|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|Bank of America|HSBC|Barclays|Deutsche Bank
Harvard|Harvard University|Yale|Stanford|MIT|Oxford|Cambridge|Brookings Institution|Heritage Foundation|Pew Research Center""".replace("\n", "|").split("|")

OUTLETS = """Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Bloomberg News|TASS|Tass|RIA Novosti|RIA|Interfax
Xinhua|Xinhua News Agency|Kyodo|Kyodo News|Yonhap|KCNA|Korean Central News Agency|ANSA|DPA|EFE|Anadolu|Anadolu Agency
PTI|IRNA|Fars|Tasnim|Ukrinform|UNIAN|BBC|BBC News|CNN|Fox News|Fox|MSNBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|NPR|PBS
Al Jazeera|Sky News|Euronews|France 24|Deutsche Welle|DW|RT|Russia Today|Sputnik|CGTN|CCTV|NHK|Politico|Axios|Vox
The New York Times|New York Times|The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal|WSJ
USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|The Guardian|Guardian|The Times|Times|The Telegraph|Telegraph
Financial Times|FT|The Economist|Economist|The Independent|Daily Mail|The Sun|Le Monde|Le Figaro|Der Spiegel|Spiegel
Die Zeit|Bild|El Pais|Corriere della Sera|La Repubblica|Haaretz|Times of Israel|Jerusalem Post|South China Morning Post
Global Times|People's Daily|China Daily|Asahi|Yomiuri|Nikkei|Kommersant|Izvestia|Pravda|Novaya Gazeta|Meduza
Kyiv Independent|Kyiv Post|Caliber.Az|Caliber|Trend|APA|Newsweek|Time|The Atlantic|The New Yorker|New Yorker|Forbes
Fortune|Business Insider|Insider|HuffPost|Huffington Post|BuzzFeed|BuzzFeed News|The Hill|Breitbart|Daily Beast
Slate|Salon|Mother Jones|National Review|The Nation|Vice|Vice News|ProPublica|McClatchy|Gannett|Dow Jones""".replace("\n", "|").split("|")

TITLES = """President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defence Minister|Defense Minister
Finance Minister|Interior Minister|Minister|Secretary|Secretary of State|Defense Secretary|Defence Secretary|Foreign Secretary
Home Secretary|Treasury Secretary|Press Secretary|Secretary-General|Secretary General|General Secretary|Chancellor
King|Queen|Prince|Princess|Emperor|Pope|Sheikh|Crown Prince|Ayatollah|Supreme Leader|leader|Chairman|Chairwoman|Chair
Governor|Gov.|Mayor|Deputy Mayor|Councillor|Councilor|Councilman|Councilwoman|Alderman|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Speaker|House Speaker|Senate Majority Leader
Majority Leader|Minority Leader|Ambassador|Envoy|Special Envoy|Commissioner|Director|CEO|Chief Executive|Chief Executive Officer
Judge|Justice|Chief Justice|Attorney General|Prosecutor|General|Gen.|Lt. Gen.|Maj. Gen.|Admiral|Adm.|Colonel|Col.
Lieutenant|Lt.|Captain|Capt.|Major|Maj.|Sergeant|Sgt.|Commander|Marshal|Field Marshal|Mr.|Mrs.|Ms.|Dr.|Prof.|Professor
Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Rev.|Reverend|Father|Bishop|Archbishop|Cardinal|Rabbi|Imam|spokesperson|spokesman
spokeswoman|Spokesperson|Spokesman|Spokeswoman|official representative|representative|adviser|advisor|aide|official
analyst|economist|coach|manager|striker|midfielder|defender|goalkeeper|captain|chief|Chief|Premier|First Lady|Lawmaker
lawmaker|candidate|nominee|President-elect|Presidential candidate|Deputy|Deputy Minister|Vice Premier|Foreign Ministry spokesperson
Foreign Ministry spokesman|State Department spokesperson|State Department spokesman|Kremlin spokesman|Kremlin spokesperson""".replace("\n", "|").split("|")

GIVEN_NAMES = """John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark
Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Edward|Ronald|Timothy|Jason|Jeffrey|Ryan|Jacob|Gary
Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Frank|Gregory|Raymond|Alexander|Patrick|Jack
Dennis|Jerry|Tyler|Aaron|Jose|Henry|Adam|Douglas|Nathan|Peter|Zachary|Kyle|Walter|Harold|Jeremy|Ethan|Carl|Keith
Roger|Gerald|Christian|Terry|Sean|Arthur|Austin|Noah|Lawrence|Jesse|Joe|Bryan|Billy|Jordan|Albert|Dylan|Bruce|Willie
Gabriel|Alan|Juan|Logan|Wayne|Ralph|Roy|Eugene|Randy|Vincent|Russell|Louis|Philip|Bobby|Johnny|Bradley|Mary|Patricia
Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Margaret|Betty|Sandra|Ashley|Dorothy|Kimberly
Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Laura|Sharon|Cynthia|Kathleen|Amy|Shirley|Angela
Helen|Anna|Brenda|Pamela|Nicole|Samantha|Katherine|Emma|Ruth|Christine|Catherine|Debra|Rachel|Carolyn|Janet|Virginia
Maria|Heather|Diane|Julie|Joyce|Victoria|Kelly|Christina|Joan|Evelyn|Lauren|Judith|Olivia|Frances|Martha|Cheryl|Megan
Andrea|Hannah|Jacqueline|Ann|Jean|Alice|Kathryn|Gloria|Teresa|Doris|Sara|Janice|Julia|Marie|Madison|Grace|Judy|Theresa
Beverly|Denise|Marilyn|Amber|Danielle|Abigail|Brittany|Rose|Diana|Natalie|Sophia|Alexis|Lori|Kayla|Jane|Hillary|Barack
Bernie|Ted|Marco|Mitt|Nancy|Kamala|Vladimir|Sergei|Sergey|Dmitry|Dmitri|Alexei|Alexey|Mikhail|Ivan|Igor|Yuri|Oleg
Volodymyr|Petro|Viktor|Olena|Andriy|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Lin|Kim|Park|Lee|Shinzo|Fumio
Narendra|Rahul|Recep|Emmanuel|Angela|Olaf|Boris|Rishi|Keir|Theresa|Justin|Jair|Luiz|Andres|Benjamin|Mahmoud|Ali
Mohammed|Muhammad|Ahmed|Hassan|Hussein|Abdullah|Omar|Ibrahim|Yusuf|Fatima|Aisha|Jean-Claude|Pierre|Jacques|Francois
Hans|Klaus|Helmut|Gerhard|Wolfgang|Jurgen|Giuseppe|Giovanni|Silvio|Matteo|Pedro|Carlos|Luis|Miguel|Jorge|Javier""".replace("\n", "|").split("|")

ALIASES = [
    ["United States", "US", "USA", "United States of America", "America", "U.S", "U.S.A"],
    ["United Kingdom", "UK", "Britain", "Great Britain"],
    ["European Union", "EU"],
    ["United Nations", "UN"],
    ["Soviet Union", "USSR"],
    ["United Arab Emirates", "UAE"],
    ["North Atlantic Treaty Organization", "NATO", "Nato"],
    ["Group of Twenty", "G20", "G-20"],
    ["Group of Seven", "G7", "G-7"],
    ["Democratic People's Republic of Korea", "DPRK"],
    ["Associated Press", "AP"],
    ["Agence France-Presse", "AFP"],
    ["International Monetary Fund", "IMF"],
    ["World Health Organization", "WHO"],
    ["Federal Bureau of Investigation", "FBI"],
    ["Central Intelligence Agency", "CIA"],
    ["Islamic State", "ISIS", "ISIL"],
    ["Kyiv", "Kiev"],
]
