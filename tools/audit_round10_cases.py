"""Invented variants of issue 13's date and venue failure forms (items 2, 3, 4, 5 and 8).

Every text here was written for this audit: real office-holders inside their terms, places from
the gazetteer, no sentence taken from an article. A case is (sub-form, text, ` date` line day,
the date a reader gives, the venue a reader gives; None for a call).
"""

from __future__ import annotations

import datetime as dt

D = dt.date

CASES: list[tuple[str, str, dt.date | None, str | None, str | None]] = [
    # -- item 2: a held meeting read as planned --------------------------------------------
    ("2a future-tense lead", "Lavrov to visit Beijing next month after Tashkent talks\n\n"
     "Russian Foreign Minister Sergey Lavrov will travel to China in April, his ministry said "
     "on Wednesday. Lavrov met Chinese Foreign Minister Wang Yi in Tashkent on Tuesday and the "
     "two discussed the situation in Afghanistan.", D(2021, 3, 17), "2021-03-16", "Tashkent"),
    ("2a future-tense lead", "Bishop will press Beijing on the South China Sea, officials say\n\n"
     "Australia will keep raising the issue at every level, officials said. Foreign Minister Julie "
     "Bishop held talks with Wang Yi in Beijing on Tuesday, her office said in a statement.",
     D(2016, 6, 15), "2016-06-14", "Beijing"),
    ("2a future-tense lead", "Ministers are expected to sign a road deal next year.\n\n"
     "ANKARA, Dec 5 (Wire) - Turkish Foreign Minister Hakan Fidan and Italian Foreign Minister "
     "Antonio Tajani held talks in Ankara on Tuesday, the ministry said.",
     D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("2a future-tense lead", "The two countries will open a new consulate, says minister\n\n"
     "Indian External Affairs Minister S. Jaishankar met South African Foreign Minister Naledi "
     "Pandor in Johannesburg on Tuesday. A consulate will open in Durban, Jaishankar told "
     "reporters after the meeting.", D(2023, 8, 23), "2023-08-22", "Johannesburg"),
    ("2a future-tense lead", "Quad partners will meet again in Delhi, Pompeo says\n\n"
     "TOKYO -- U.S. Secretary of State Mike Pompeo held talks with Japanese Foreign Minister "
     "Toshimitsu Motegi on Tuesday. The next round will be held in New Delhi.",
     D(2020, 10, 7), "2020-10-06", "Tokyo"),
    ("2b meeting to discuss", "Maas and Le Drian meet to discuss Iran\n\n"
     "German Foreign Minister Heiko Maas held a meeting with his French counterpart Jean-Yves Le "
     "Drian in Paris on Tuesday to discuss the nuclear deal with Iran.",
     D(2019, 7, 24), "2019-07-23", "Paris"),
    ("2b meeting to discuss", "BRASILIA, Jan 14 (Wire) - Foreign ministers gathered for a meeting "
     "to discuss trade. Dominic Raab and Mike Pompeo had a meeting in London on Tuesday to "
     "review security cooperation, officials said.", D(2020, 1, 15), "2020-01-14", "London"),
    ("2b meeting to discuss", "Readout\n\nForeign Minister Penny Wong and State Councilor and "
     "Foreign Minister Wang Yi met in Singapore on 7 June 2022 to discuss the bilateral "
     "relationship and regional security.", D(2022, 6, 8), "2022-06-07", "Singapore"),
    ("2b meeting to discuss", "Seoul talks\n\nForeign Minister Park Jin travelled to Washington "
     "for a meeting with Secretary of State Antony Blinken, whom he met on Tuesday to discuss "
     "North Korea.", D(2022, 9, 28), "2022-09-27", "Washington"),
    ("2b meeting to discuss", "Albares, Tajani hold talks in Rome\n\nROME, March 18 (Wire) - "
     "Spanish Foreign Minister José Manuel Albares met Italian Foreign Minister Antonio Tajani on "
     "Tuesday to talk about migration, the two ministries said.", D(2025, 3, 19), "2025-03-18",
    "Rome"),
    ("2c travelling to a meeting", "Blinken in Kyiv\n\nKYIV, Sept 10 (Wire) - Secretary of State "
     "Antony Blinken, travelling to a meeting with Foreign Minister David Lammy, arrived by train "
     "and the two held talks on Tuesday.", D(2024, 9, 11), "2024-09-10", "Kyiv"),
    ("2c travelling to a meeting", "Kuleba and Baerbock\n\nUkrainian Foreign Minister Dmytro "
     "Kuleba, who flew to Berlin for a meeting with Annalena Baerbock, held talks with her on "
     "Tuesday, the German Foreign Office said.", D(2022, 2, 16), "2022-02-15", "Berlin"),
    ("2c travelling to a meeting", "JAKARTA -- Foreign Minister Retno Marsudi went to a meeting "
     "with Australian Foreign Minister Penny Wong on Tuesday at the foreign ministry in Jakarta, "
     "where the two signed a plan of action.", D(2024, 5, 22), "2024-05-21", "Jakarta"),
    ("2c travelling to a meeting", "Shoukry heads to Amman\n\nAMMAN, Feb 12 (Wire) - Egyptian "
     "Foreign Minister Sameh Shoukry, on his way to a meeting of Arab ministers, held talks with "
     "Jordanian Foreign Minister Ayman Safadi in Amman on Tuesday.", D(2019, 2, 13), "2019-02-12",
    "Amman"),
    # -- item 3: the reference day ------------------------------------------------------------
    ("3a upper-case dateline", "MOSCOW, JAN 24 (Wire) - Russian Foreign Minister Sergey Lavrov "
     "held talks with South African Foreign Minister Naledi Pandor on Tuesday in Moscow.",
     D(2023, 1, 30), "2023-01-24", "Moscow"),
    ("3a upper-case dateline", "JAN 24 (Wire) - Russian Foreign Minister Sergey Lavrov met "
     "South Africa's Naledi Pandor in Pretoria on Tuesday, the ministry said.",
     D(2023, 2, 2), "2023-01-24", "Pretoria"),
    ("3a upper-case dateline", "BEIJING, JUNE 7 (Wire) -- Chinese Foreign Minister Wang Yi held "
     "talks with Australian Foreign Minister Penny Wong in Beijing on Tuesday.",
     D(2022, 6, 12), "2022-06-07", "Beijing"),
    ("3a upper-case dateline", "ANKARA, DEC. 5 (Wire) - Italian Foreign Minister Antonio Tajani "
     "met his Turkish counterpart Hakan Fidan in Ankara on Tuesday.",
     D(2023, 12, 11), "2023-12-05", "Ankara"),
    ("3a upper-case dateline", "NEW DELHI, NOV 23: External Affairs Minister S. Jaishankar met "
     "France's Jean-Yves Le Drian in New Delhi on Tuesday.", D(2021, 11, 29), "2021-11-23",
    "New Delhi"),
    ("3b page header before dateline", "The Daily Courier | World | 2 March 2023\n"
     "Home > World > Asia\n\nBEIJING, Feb. 18 (Wire) -- Chinese Foreign Minister Wang Yi held "
     "talks with Spanish Foreign Minister José Manuel Albares in Munich on Saturday.",
     D(2023, 3, 5), "2023-02-18", "Munich"),
    ("3b page header before dateline", "World News Network — Updated 14 May 2019\n\n"
     "BRUSSELS, Feb 12 (Wire) - U.S. Secretary of State Mike Pompeo met German Foreign Minister "
     "Heiko Maas in Brussels on Tuesday.", D(2019, 5, 20), "2019-02-12", "Brussels"),
    ("3b page header before dateline", "Asia Post • Monday, September 30, 2024 • Subscribe\n\n"
     "KYIV, Sept 10 (Wire) - British Foreign Secretary David Lammy held talks with Secretary of "
     "State Antony Blinken in Kyiv on Tuesday.", D(2024, 10, 2), "2024-09-10", "Kyiv"),
    ("3b page header before dateline", "Global Times Online\nPublished: 20 August 2016\n\n"
     "CANBERRA, June 14 (Wire) - Julie Bishop held talks with Wang Yi in Canberra on Tuesday.",
     D(2016, 8, 21), "2016-06-14", "Canberra"),
    ("3b page header before dateline", "Gulf Daily | Last updated: 04/04/2025\n\n"
     "RIYADH, March 18 (Wire) - Saudi Foreign Minister Prince Faisal bin Farhan met Indian "
     "External Affairs Minister S. Jaishankar in Riyadh on Tuesday.", D(2025, 4, 5), "2025-03-18",
    "Riyadh"),
    ("3c weekday lead without meeting verb", "On Tuesday, Lavrov was in Ankara.\n\nRussian "
     "Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Mevlut Cavusoglu in "
     "the Turkish capital.", D(2022, 6, 9), "2022-06-07", "Ankara"),
    ("3c weekday lead without meeting verb", "It was a busy Tuesday in Tokyo for U.S. Secretary "
     "of State Antony Blinken. He held talks with Japanese Foreign Minister Toshimitsu Motegi at "
     "the Iikura guest house.", D(2021, 3, 18), "2021-03-16", "Tokyo"),
    ("3c weekday lead without meeting verb", "NEW DELHI: Tuesday brought Sergey Lavrov to the "
     "Indian capital. External Affairs Minister S. Jaishankar and the Russian Foreign Minister "
     "held wide-ranging talks at Hyderabad House.", D(2022, 2, 17), "2022-02-15", "New Delhi"),
    ("3c weekday lead without meeting verb", "Wong arrives in Beijing on Tuesday\n\nAustralian "
     "Foreign Minister Penny Wong arrived in Beijing on Tuesday. She held talks with Chinese "
     "Foreign Minister Wang Yi at the Diaoyutai State Guesthouse.", D(2022, 6, 9), "2022-06-07",
    "Beijing"),
    ("3d embedded post date", "Great to welcome my friend @Bishop to Beijing. Productive talks "
     "on trade.\n— Wang Yi (@WangYiFM) June 14, 2016\n\nChinese Foreign Minister Wang Yi and "
     "Australian Foreign Minister Julie Bishop held talks in Beijing.", None, "2016-06-14",
    "Beijing"),
    ("3d embedded post date", "Home | News\n\nJust met @SecBlinken in Tokyo. Our alliance is "
     "stronger than ever.\n— Toshimitsu Motegi (@MofaJapan_en) March 16, 2021\n\nJapanese "
     "Foreign Minister Toshimitsu Motegi held talks with Antony Blinken in Tokyo on Tuesday.",
     None, "2021-03-16", "Tokyo"),
    ("3d embedded post date", "Held talks with FM @DrSJaishankar in Riyadh today.\n— @FaisalbinFarhan, "
     "18 March 2025\n\nSaudi Foreign Minister Prince Faisal bin Farhan met Indian External "
     "Affairs Minister S. Jaishankar in Riyadh.", None, "2025-03-18", "Riyadh"),
    ("3d embedded post date", "Good meeting with @ABaerbock in Berlin today.\n— Dmytro Kuleba "
     "(@DmytroKuleba) February 15, 2022\n\nKuleba held talks with German Foreign Minister "
     "Annalena Baerbock in Berlin.", D(2022, 3, 30), "2022-02-15", "Berlin"),
    ("3e today vs header", "Ministry News | 24 March 2021\n\nToday, Tuesday 16 March, Secretary "
     "of State Antony Blinken held talks with Foreign Minister Toshimitsu Motegi in Tokyo.",
     D(2021, 3, 25), "2021-03-16", "Tokyo"),
    ("3e today vs header", "Posted 10 June 2022\n\nForeign Minister Penny Wong met Chinese "
     "Foreign Minister Wang Yi in Beijing today, 7 June 2022, the department said.",
     D(2022, 6, 11), "2022-06-07", "Beijing"),
    ("3e today vs header", "Updated: December 9, 2023\n\nIn Ankara today (Tuesday, December 5) "
     "Foreign Minister Hakan Fidan received Italy's Antonio Tajani for talks.",
     D(2023, 12, 10), "2023-12-05", "Ankara"),
    ("3e today vs header", "Press release, 26 September 2022\n\nToday, on 27 September, "
     "Foreign Secretary James Cleverly held talks with Secretary of State Antony Blinken in "
     "Washington.", D(2022, 9, 30), "2022-09-27", "Washington"),
    ("3f date line fallback", "Lavrov and Wang Yi hold talks\n\nRussian Foreign Minister Sergey "
     "Lavrov and Chinese Foreign Minister Wang Yi held talks in Moscow on Tuesday, the ministry "
     "said.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("3f date line fallback", "Home > News > Diplomacy\n\nShare | Print\n\nForeign Minister "
     "Sikorski met British Foreign Secretary David Lammy in Warsaw on Tuesday. Related: Poland "
     "to buy tanks\n\nThe two discussed Ukraine.", D(2024, 9, 12), "2024-09-10", "Warsaw"),
    ("3f date line fallback", "Raab, Pompeo meet\n\nBritish Foreign Secretary Dominic Raab "
     "held talks with U.S. Secretary of State Mike Pompeo in Washington yesterday.",
     D(2020, 1, 15), "2020-01-14", "Washington"),
    ("3f date line fallback", "Caption: Ministers Baerbock and Kuleba in Kyiv. Foreign Minister "
     "Annalena Baerbock met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Tuesday.",
     D(2024, 5, 23), "2024-05-21", "Kyiv"),
    # -- item 4: where the venue is -----------------------------------------------------------
    ("4a headline ', City, Date'", "Lavrov meets Wang Yi, Moscow, 24 June 2025\n\nThe two "
     "foreign ministers discussed the Ukraine settlement and cooperation within BRICS. Sergey "
     "Lavrov and Wang Yi held talks.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("4a headline ', City, Date'", "Meeting of Foreign Ministers Bishop and Wang, Beijing, "
     "June 14, 2016\n\nForeign Minister Julie Bishop and Foreign Minister Wang Yi held talks on "
     "trade and regional security.", D(2016, 6, 16), "2016-06-14", "Beijing"),
    ("4a headline ', City, Date'", "Secretary Pompeo's meeting with Foreign Minister Maas, "
     "Berlin, February 12, 2019\n\nSecretary of State Mike Pompeo met German Foreign Minister "
     "Heiko Maas. They discussed NATO.", D(2019, 2, 13), "2019-02-12", "Berlin"),
    ("4a headline ', City, Date'", "Talks between Jaishankar and Pandor | Pretoria | 22 August "
     "2023\n\nExternal Affairs Minister S. Jaishankar held talks with Foreign Minister Naledi "
     "Pandor on Tuesday.", D(2023, 8, 23), "2023-08-22", "Pretoria"),
    ("4b inside event name", "Wang Yi meets Blinken\n\nChinese Foreign Minister Wang Yi met "
     "Secretary of State Antony Blinken on Saturday on the sidelines of the Munich Security "
     "Conference.", D(2024, 2, 18), "2024-02-17", "Munich"),
    ("4b inside event name", "Kuleba and Baerbock met on the margins of the Munich Security "
     "Conference on Saturday, the German Foreign Office said. Dmytro Kuleba and Annalena "
     "Baerbock discussed air defence.", D(2024, 2, 19), "2024-02-17", "Munich"),
    ("4b inside event name", "At the Shangri-La Dialogue in Singapore... Foreign Minister Vivian "
     "Balakrishnan met Penny Wong at the Raisina Dialogue on Tuesday. Balakrishnan and Wong "
     "discussed ASEAN.", D(2024, 5, 22), "2024-05-21", "New Delhi"),
    ("4b inside event name", "Lavrov met Wang Yi on the sidelines of the Valdai Club meeting in "
     "Sochi on Tuesday.", D(2022, 9, 28), "2022-09-27", "Sochi"),
    ("4b inside event name", "Jaishankar, Lavrov meet at Raisina Dialogue\n\nS. Jaishankar held "
     "talks with Sergey Lavrov on the sidelines of the Raisina Dialogue in New Delhi on Tuesday.",
     D(2022, 2, 16), "2022-02-15", "New Delhi"),
    ("4c venue in an earlier-marked sentence", "Lavrov, Qureshi hold talks\n\nRussian Foreign "
     "Minister Sergey Lavrov arrived in Islamabad earlier on Tuesday. He held talks with "
     "Pakistani Foreign Minister Shah Mehmood Qureshi.", D(2021, 4, 7), "2021-04-06", "Islamabad"),
    ("4c venue in an earlier-marked sentence", "Earlier in the day, Secretary Blinken landed in "
     "Tokyo. Blinken and Foreign Minister Toshimitsu Motegi held talks on Tuesday.",
     D(2021, 3, 17), "2021-03-16", "Tokyo"),
    ("4c venue in an earlier-marked sentence", "Baerbock arrived in Kyiv earlier on Tuesday on "
     "an unannounced visit. Foreign Minister Annalena Baerbock met Dmytro Kuleba.",
     D(2024, 5, 22), "2024-05-21", "Kyiv"),
    ("4c venue in an earlier-marked sentence", "Wong was in Beijing earlier this week. On "
     "Tuesday she held talks with Chinese Foreign Minister Wang Yi, who welcomed her.",
     D(2022, 6, 9), "2022-06-07", "Beijing"),
    ("4d small town", "Lavrov meets Qureshi in Varzob\n\nSergey Lavrov and Shah Mehmood "
     "Qureshi held talks in Varzob on Wednesday.", D(2021, 7, 15), "2021-07-14", "Varzob"),
    ("4d small town", "Blinken and Hayashi met in Karuizawa, Japan, on Tuesday. Secretary of "
     "State Antony Blinken and Foreign Minister Yoshimasa Hayashi discussed China.",
     D(2022, 9, 28), "2022-09-27", "Karuizawa"),
    ("4d small town", "Baerbock and Kuleba met in Bürgenstock, Switzerland, on Saturday. "
     "Annalena Baerbock and Dmytro Kuleba discussed the peace summit.",
     D(2024, 2, 18), "2024-02-17", "Bürgenstock"),
    ("4d small town", "Foreign Minister Sikorski met David Lammy in the village of Krasiczyn, "
     "Poland, on Tuesday.", D(2024, 9, 11), "2024-09-10", "Krasiczyn"),
    # -- item 5: the venue from another clause ------------------------------------------------
    ("5a ministry seat", "Lavrov, Qureshi meet\n\nRussian Foreign Minister Sergey Lavrov held "
     "talks with Pakistani Foreign Minister Shah Mehmood Qureshi in Dushanbe on Wednesday, the "
     "Russian Foreign Ministry in Moscow said.", D(2021, 7, 15), "2021-07-14", "Dushanbe"),
    ("5a ministry seat", "Foreign Minister Wang Yi met Foreign Minister Julie Bishop on Tuesday, "
     "the Foreign Ministry in Beijing said in a statement on Wednesday. The two met in Canberra.",
     D(2016, 6, 15), "2016-06-14", "Canberra"),
    ("5a ministry seat", "Statement from Ottawa\n\nCanadian Foreign Minister Mélanie Joly met "
     "Spain's José Manuel Albares in Madrid on Tuesday, Global Affairs Canada said from Ottawa.",
     D(2023, 12, 6), "2023-12-05", "Madrid"),
    ("5a ministry seat", "NEW DELHI, March 18 (Wire) - External Affairs Minister S. Jaishankar "
     "held talks with Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Tuesday, the "
     "ministry said.", D(2025, 3, 19), "2025-03-18", "Riyadh"),
    ("5a ministry seat", "MOSCOW, June 7 (Wire) - Russian Foreign Minister Sergey Lavrov held "
     "talks with Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Wednesday.",
     D(2022, 6, 8), "2022-06-01", "Ankara"),
    ("5b another event's sentence", "Pompeo, Maas meet in Berlin\n\nSecretary of State Mike "
     "Pompeo held talks with German Foreign Minister Heiko Maas in Berlin on Tuesday. Pompeo "
     "will travel to Budapest on Wednesday.", D(2019, 2, 13), "2019-02-12", "Berlin"),
    ("5b another event's sentence", "Foreign Minister Hakan Fidan met Antonio Tajani on Tuesday. "
     "Tajani had earlier attended a forum in Milan. The talks were held in Ankara.",
     D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("5b another event's sentence", "Jaishankar met Pandor on Tuesday.\n\nThe two ministers "
     "held talks in Johannesburg. Last year Pandor visited New Delhi for the G20 meeting.",
     D(2023, 8, 23), "2023-08-22", "Johannesburg"),
    ("5b another event's sentence", "Last month the G7 foreign ministers gathered in Karuizawa. "
     "On Tuesday, Secretary Antony Blinken held talks with Foreign Minister Yoshimasa Hayashi "
     "in Tokyo.", D(2023, 5, 17), "2023-05-16", "Tokyo"),
    ("5c future summit in the sentence", "Foreign Minister Retno Marsudi met Penny Wong in "
     "Jakarta on Tuesday ahead of the summit in Bali next month.", D(2024, 5, 22), "2024-05-21",
    "Jakarta"),
    ("5c future summit in the sentence", "Wang Yi and Lavrov held talks in Moscow on Tuesday "
     "to prepare for the SCO summit to be held in Astana in July.", D(2025, 6, 25), "2025-06-24",
    "Moscow"),
    ("5c future summit in the sentence", "Sikorski met Lammy in Warsaw on Tuesday, before "
     "NATO's summit in Washington next year.", D(2024, 9, 11), "2024-09-10", "Warsaw"),
    ("5c future summit in the sentence", "Cleverly and Blinken met in New York on Tuesday and "
     "agreed to meet again at the G20 in Bali in November.", D(2022, 9, 28), "2022-09-27",
    "New York"),
    ("5c future summit in the sentence", "Jaishankar held talks with Lavrov in Moscow on "
     "Tuesday, ahead of Prime Minister Modi's visit to Kazan for the BRICS summit.",
     D(2021, 11, 24), "2021-11-23", "Moscow"),
    # -- item 8: phone calls ------------------------------------------------------------------
    ("8a spoke by phone", "Lavrov, Wang Yi speak by phone\n\nRussian Foreign Minister Sergey "
     "Lavrov spoke by phone with Chinese Foreign Minister Wang Yi on Tuesday. The two met in "
     "Moscow in May.", D(2025, 6, 25), "2025-06-24", None),
    ("8a spoke by phone", "Foreign Secretary Dominic Raab spoke by telephone with Secretary of "
     "State Mike Pompeo on Tuesday. Raab was in Washington last week for talks.",
     D(2020, 1, 15), "2020-01-14", None),
    ("8a spoke by phone", "ANKARA, Dec 5 (Wire) - Turkish Foreign Minister Hakan Fidan spoke "
     "over the phone with Italian Foreign Minister Antonio Tajani on Tuesday.",
     D(2023, 12, 6), "2023-12-05", None),
    ("8a spoke by phone", "Kuleba spoke on the phone with Baerbock on Tuesday. They had met in "
     "Berlin a week before. Dmytro Kuleba thanked Annalena Baerbock for support.",
     D(2022, 2, 16), "2022-02-15", None),
    ("8b telephone conversation", "Telephone conversation between Sergey Lavrov and Wang Yi\n\n"
     "On June 24, Russian Foreign Minister Sergey Lavrov had a telephone conversation with "
     "Chinese Foreign Minister Wang Yi.", D(2025, 6, 25), "2025-06-24", None),
    ("8b telephone conversation", "BEIJING -- Wang Yi held a telephone conversation with "
     "Australian Foreign Minister Penny Wong on Tuesday. The two met in Bali in July.",
     D(2022, 9, 28), "2022-09-27", None),
    ("8b telephone conversation", "Foreign Minister Jaishankar and Saudi Foreign Minister Prince "
     "Faisal bin Farhan held a telephone conversation on 18 March 2025.", D(2025, 3, 20),
    "2025-03-18", None),
    ("8b telephone conversation", "In a phone conversation on Tuesday, Antonio Tajani and José "
     "Manuel Albares discussed migration. They last met in Rome.", D(2025, 3, 19), "2025-03-18",
    None),
    ("8c dialled", "Jaishankar dialled Lavrov on Tuesday\n\nExternal Affairs Minister S. "
     "Jaishankar dialled Russian Foreign Minister Sergey Lavrov on Tuesday to discuss Ukraine.",
     D(2022, 2, 16), "2022-02-15", None),
    ("8c dialled", "Blinken dialled Motegi on Tuesday. Secretary of State Antony Blinken and "
     "Foreign Minister Toshimitsu Motegi met in Tokyo last month.", D(2021, 4, 21), "2021-04-20",
    None),
    ("8c dialled", "Foreign Minister Wong dialled Wang Yi on Tuesday; Penny Wong and Wang Yi "
     "discussed trade.", D(2022, 6, 8), "2022-06-07", None),
    ("8c dialled", "Sikorski dialled Lammy on Tuesday evening. Radosław Sikorski and David "
     "Lammy spoke about Ukraine.", D(2024, 9, 11), "2024-09-10", None),
    ("8d call with", "Secretary Blinken's call with Foreign Minister Hayashi\n\nSecretary of "
     "State Antony Blinken held a call with Japanese Foreign Minister Yoshimasa Hayashi on "
     "Tuesday. They had met in New York.", D(2022, 9, 28), "2022-09-27", None),
    ("8d call with", "Foreign Minister Fidan had a call with Foreign Minister Tajani on "
     "Tuesday. Hakan Fidan and Antonio Tajani met in Rome in October.", D(2023, 12, 6),
    "2023-12-05", None),
    ("8d call with", "In a call with Sergey Lavrov on Tuesday, Wang Yi said China supports "
     "talks. The two ministers met in Beijing in April.", D(2025, 6, 25), "2025-06-24", None),
    ("8d call with", "Pandor's call with Jaishankar on Tuesday covered BRICS. Naledi Pandor and "
     "S. Jaishankar met in Johannesburg in June.", D(2023, 8, 23), "2023-08-22", None),
    ("8d call with", "A video call with Annalena Baerbock on Tuesday: Dmytro Kuleba asked for "
     "air defence. The two last met in Kyiv.", D(2024, 5, 22), "2024-05-21", None),
    # -- what must not change the answer ------------------------------------------------------
    ("9 late Tuesday", "Late Tuesday, Foreign Minister Penny Wong met Wang Yi in Beijing.",
     D(2022, 6, 8), "2022-06-07", "Beijing"),
    ("9 late Tuesday", "Lavrov and Jaishankar met late on Tuesday in New Delhi, the ministry "
     "said.", D(2022, 2, 16), "2022-02-15", "New Delhi"),
    ("9 late Tuesday", "Maas met Le Drian in Paris late Tuesday; the talks ran past midnight.",
     D(2019, 7, 24), "2019-07-23", "Paris"),
    ("9 late Tuesday", "Blinken held talks with Motegi in Tokyo late Tuesday, laying a wreath "
     "for the late prime minister.", D(2021, 3, 17), "2021-03-16", "Tokyo"),
    ("9 recalled earlier meeting", "Lavrov met Wang Yi in Moscow on Tuesday, the first time since "
     "they met in Beijing in April.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("9 recalled earlier meeting", "Pompeo, who met Maas in Washington last month, held talks "
     "with him in Berlin on Tuesday.", D(2019, 2, 13), "2019-02-12", "Berlin"),
    ("9 recalled earlier meeting", "Fidan and Tajani met in Ankara on Tuesday. They had last "
     "met in Rome on 3 October.", D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("9 recalled earlier meeting", "Meeting in Riyadh on Tuesday, Jaishankar and Prince Faisal "
     "bin Farhan recalled their talks in New Delhi in 2023.", D(2025, 3, 19), "2025-03-18",
    "Riyadh"),
    # -- harder variants: no weekday beside the meeting, noise, later pages ---------------------
    ("2d future-tense opening, held", "Lavrov to hold talks with Wang Yi\n\nRussian Foreign "
     "Minister Sergey Lavrov will hold talks with Chinese Foreign Minister Wang Yi in Moscow on "
     "Tuesday, the ministry said on Monday.", D(2025, 6, 23), "2025-06-24", "Moscow"),
    ("2d future-tense opening, held", "NEW DELHI, Feb 14 (Wire) - External Affairs Minister S. "
     "Jaishankar will meet Russian Foreign Minister Sergey Lavrov in New Delhi on Tuesday, "
     "officials said.", D(2022, 2, 14), "2022-02-15", "New Delhi"),
    ("2d future-tense opening, held", "Bishop to meet Wang in Beijing\n\nForeign Minister Julie "
     "Bishop is set to meet her Chinese counterpart Wang Yi in Beijing on Tuesday.",
     D(2016, 6, 13), "2016-06-14", "Beijing"),
    ("2d future-tense opening, held", "Ministers to meet\n\nTurkish Foreign Minister Hakan Fidan "
     "is scheduled to receive Italian Foreign Minister Antonio Tajani in Ankara on Tuesday.",
     D(2023, 12, 4), "2023-12-05", "Ankara"),
    ("3a upper-case dateline, no weekday", "MOSCOW, JAN 24 (Wire) - Russian Foreign Minister "
     "Sergey Lavrov held talks with South African Foreign Minister Naledi Pandor, the ministry "
     "said.", D(2023, 2, 10), "2023-01-24", "Moscow"),
    ("3a upper-case dateline, no weekday", "PRETORIA, SOUTH AFRICA, JAN 24 (Wire) - Naledi Pandor "
     "received Sergey Lavrov for talks at the department's headquarters.", D(2023, 3, 1),
     "2023-01-24", "Pretoria"),
    ("3a upper-case dateline, no weekday", "JUNE 07, 2022 | BEIJING - Chinese Foreign Minister "
     "Wang Yi met Australian Foreign Minister Penny Wong.", D(2022, 7, 1), "2022-06-07",
     "Beijing"),
    ("3a upper-case dateline, no weekday", "KYIV, SEPT. 10 (Wire) - David Lammy and Antony "
     "Blinken held talks with Ukrainian leaders, and Lammy met Blinken on the train.",
     D(2024, 9, 30), "2024-09-10", "Kyiv"),
    ("3a upper-case dateline, no weekday", "TOKYO, MAR 16 -- Secretary of State Antony Blinken "
     "held talks with Japanese Foreign Minister Toshimitsu Motegi at the Iikura guest house.",
     D(2021, 3, 20), "2021-03-16", "Tokyo"),
    ("3b header, no dated dateline", "The Daily Courier | World | Thursday, 2 March 2023\n"
     "Home > World > Asia\n\nChinese Foreign Minister Wang Yi held talks with Spanish Foreign "
     "Minister José Manuel Albares in Munich on Saturday.", D(2023, 3, 5), "2023-02-25", "Munich"),
    ("3b header, no dated dateline", "Today is Monday, 30 September 2024\nMenu | Search | "
     "Login\n\nKYIV, Sept 10 (Wire) - David Lammy held talks with Antony Blinken in Kyiv.",
     D(2024, 9, 30), "2024-09-10", "Kyiv"),
    ("3b header, no dated dateline", "Related: Lavrov to visit India - 12 March 2022\n\n"
     "NEW DELHI (Wire) - Russian Foreign Minister Sergey Lavrov held talks with S. Jaishankar "
     "on Tuesday.", D(2022, 2, 16), "2022-02-15", "New Delhi"),
    ("3b header, no dated dateline", "Most read | 11 Feb 2019 | Pompeo says allies must act\n\n"
     "BERLIN (Wire) - Mike Pompeo held talks with Heiko Maas on Tuesday.", D(2019, 2, 13),
     "2019-02-12", "Berlin"),
    ("3c weekday in lead, meeting without day", "Lavrov arrived in Ankara on Tuesday.\n\n"
     "Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Mevlut Cavusoglu held "
     "talks on grain exports.", D(2022, 6, 12), "2022-06-07", "Ankara"),
    ("3c weekday in lead, meeting without day", "It was Tuesday, and the rain did not stop in "
     "Canberra.\n\nForeign Minister Julie Bishop held talks with Chinese Foreign Minister Wang "
     "Yi at Parliament House.", D(2016, 6, 18), "2016-06-14", "Canberra"),
    ("3c weekday in lead, meeting without day", "WARSAW -- Tuesday was a day of talks for "
     "British Foreign Secretary David Lammy.\n\nLammy met Polish Foreign Minister Radosław "
     "Sikorski at the ministry.", D(2024, 9, 13), "2024-09-10", "Warsaw"),
    ("3c weekday in lead, meeting without day", "Wang Yi in Moscow on Tuesday for a two-day "
     "visit\n\nWang Yi held talks with Sergey Lavrov.", D(2025, 6, 27), "2025-06-24", "Moscow"),
    ("3e today with header", "Posted 24 June 2025 | Ministry News\n\nToday Foreign Minister "
     "Sergey Lavrov held talks with Wang Yi in Moscow.", D(2025, 7, 10), "2025-06-24", "Moscow"),
    ("3e today with header", "Updated: 5 December 2023 08:10\n\nFidan hosted Tajani in Ankara "
     "today. Hakan Fidan and Antonio Tajani held talks.", D(2023, 12, 20), "2023-12-05", "Ankara"),
    ("3e today with header", "Press release\n16.03.2021\n\nForeign Minister Toshimitsu Motegi "
     "held talks today with Secretary of State Antony Blinken in Tokyo.", D(2021, 4, 1),
     "2021-03-16", "Tokyo"),
    ("3e today with header", "News | Tuesday 10 September 2024\n\nToday in Kyiv, Foreign "
     "Secretary David Lammy held talks with Antony Blinken.", D(2024, 9, 22), "2024-09-10", "Kyiv"),
    ("4a headline with bars", "Jaishankar meets Pandor | Pretoria, 22 August 2023\n\nS. "
     "Jaishankar held talks with Naledi Pandor.", D(2023, 8, 23), "2023-08-22", "Pretoria"),
    ("4a headline with bars", "Lavrov – Wang Yi talks | Moscow | 24.06.2025\n\nSergey Lavrov "
     "and Wang Yi discussed BRICS.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("4a headline with bars", "Meeting with Foreign Minister Marsudi — Jakarta, 21 May 2024\n\n"
     "Foreign Minister Penny Wong met Retno Marsudi and the two signed a plan.",
     D(2024, 5, 23), "2024-05-21", "Jakarta"),
    ("4a headline with bars", "Photos: Fidan receives Tajani (Ankara, 5 Dec 2023)\n\nHakan "
     "Fidan received Antonio Tajani for talks.", D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("4d small town", "Kuleba and Sikorski held talks in Rzeszow on Tuesday. Dmytro Kuleba "
     "and Radosław Sikorski discussed grain.", D(2024, 5, 22), "2024-05-21", "Rzeszow"),
    ("4d small town", "Shoukry met Safadi in the Jordanian town of Aqaba on Tuesday.",
     D(2019, 2, 13), "2019-02-12", "Aqaba"),
    ("5a dateline is ministry seat", "ISLAMABAD, July 14 (Wire): Foreign Minister Shah Mehmood "
     "Qureshi met Russian Foreign Minister Sergey Lavrov on Wednesday on the sidelines of the "
     "SCO Council of Foreign Ministers. The council is meeting in Dushanbe.", D(2021, 7, 15),
     "2021-07-14", "Dushanbe"),
    ("5a dateline is ministry seat", "BEIJING, June 24 (Wire) -- Wang Yi held talks with "
     "Sergey Lavrov on Tuesday during his visit to Russia. The talks took place in Moscow.",
     D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("5a dateline is ministry seat", "CANBERRA, May 21 - Foreign Minister Penny Wong met Retno "
     "Marsudi on Tuesday, during a visit to Indonesia's capital, Jakarta.", D(2024, 5, 22),
     "2024-05-21", "Jakarta"),
    ("5a dateline is ministry seat", "The ministry in Tokyo said Foreign Minister Yoshimasa "
     "Hayashi held talks with Secretary Antony Blinken on Tuesday in New York.", D(2022, 9, 28),
     "2022-09-27", "New York"),
    ("5b pluperfect other city", "Wang Yi met Albares on Saturday. Wang had visited Paris the "
     "day before. The talks took place in Munich.", D(2023, 2, 19), "2023-02-18", "Munich"),
    ("5b pluperfect other city", "Blinken held talks with Cleverly on Tuesday. Cleverly had "
     "earlier been in Ottawa. Their meeting was in Washington.", D(2022, 9, 28), "2022-09-27",
     "Washington"),
    ("5b pluperfect other city", "Lavrov met Pandor on Tuesday. Lavrov had flown in from "
     "Luanda. The meeting was held in Pretoria.", D(2023, 1, 25), "2023-01-24", "Pretoria"),
    ("5b pluperfect other city", "Jaishankar and Faisal bin Farhan held talks on Tuesday. "
     "Jaishankar had attended a conference in Abu Dhabi. The talks were in Riyadh.",
     D(2025, 3, 19), "2025-03-18", "Riyadh"),
    ("8e call, dateline city", "MOSCOW, June 24 (Wire) - Russian Foreign Minister Sergey Lavrov "
     "spoke by phone with Chinese Foreign Minister Wang Yi on Tuesday.", D(2025, 6, 25),
     "2025-06-24", None),
    ("8e call, dateline city", "ANKARA -- Hakan Fidan and Antonio Tajani held phone talks on "
     "Tuesday, the Turkish ministry said.", D(2023, 12, 6), "2023-12-05", None),
    ("8e call, dateline city", "Lavrov, who met Wang Yi in Beijing in April, spoke with him "
     "by telephone on Tuesday.", D(2025, 6, 25), "2025-06-24", None),
    ("8e call, dateline city", "NEW DELHI: Jaishankar telephoned Saudi Foreign Minister Prince "
     "Faisal bin Farhan on Tuesday and discussed Gaza.", D(2025, 3, 19), "2025-03-18", None),
    ("8e call, dateline city", "BERLIN, Feb 15 (Wire) - Annalena Baerbock talked on the phone "
     "with Dmytro Kuleba, her ministry said.", D(2022, 2, 16), "2022-02-15", None),
    ("8e call, dateline city", "Wong and Wang Yi held a video call on Tuesday. Penny Wong had "
     "visited Beijing in December.", D(2023, 1, 25), "2023-01-24", None),
    # -- batch 3: longer texts in other registers -----------------------------------------------
    ("3a upper-case dateline, wire", "Pakistan, Russia vow closer ties\n\nDUSHANBE, JUL 14 (APP): "
     "Foreign Minister Shah Mehmood Qureshi held a meeting with his Russian counterpart Sergey "
     "Lavrov on the sidelines of the SCO ministerial. The two discussed Afghanistan.\n\nQureshi "
     "will return to Islamabad on Friday.", D(2021, 8, 2), "2021-07-14", "Dushanbe"),
    ("3a upper-case dateline, wire", "WASHINGTON, SEPT. 27 (Wire) — Secretary of State Antony "
     "Blinken met British Foreign Secretary James Cleverly at the State Department.\n\nThe two "
     "last met in London in August.", D(2022, 10, 3), "2022-09-27", "Washington"),
    ("3a upper-case dateline, wire", "Talks in Riyadh\n\nRIYADH, MAR. 18 - Prince Faisal bin "
     "Farhan received S. Jaishankar at the ministry, state media said. Jaishankar arrived on "
     "Monday.", D(2025, 3, 25), "2025-03-18", "Riyadh"),
    ("3a upper-case dateline, wire", "Canberra, 14 JUN 2016: Foreign Minister Julie Bishop today "
     "hosted Chinese Foreign Minister Wang Yi for the annual dialogue.", D(2016, 6, 30),
     "2016-06-14", "Canberra"),
    ("3b header with related stories", "Home | World | Asia | Opinion\nRelated: Lavrov meets "
     "Fidan in Ankara (3 Dec 2023)\nRelated: Tajani visits Cairo (1 Dec 2023)\n\nANKARA (Wire) "
     "- Turkish Foreign Minister Hakan Fidan held talks with Italian Foreign Minister Antonio "
     "Tajani on Tuesday.\n\nShare this article", D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("3b header with related stories", "The Capital Post\nMonday 11 March 2019 | Weather | "
     "Markets\n\nBRUSSELS (Wire) -- Mike Pompeo held talks with Heiko Maas on Tuesday, "
     "officials said.\n\n© 2019 The Capital Post | Last updated 11 March 2019", D(2019, 2, 13),
     "2019-02-12", "Brussels"),
    ("3b header with related stories", "Latest News\n12/03/2022 Lavrov in Antalya\n\nNEW DELHI, "
     "Feb 15 (Wire) - Russian Foreign Minister Sergey Lavrov and S. Jaishankar held talks in New "
     "Delhi.", D(2022, 3, 14), "2022-02-15", "New Delhi"),
    ("3b header with related stories", "Menu\nSearch\n30 September 2024\n\nKYIV — British "
     "Foreign Secretary David Lammy held talks with Antony Blinken in Kyiv on Tuesday, Sept. 10."
     "\n\nRead more: Lammy in Warsaw", D(2024, 10, 1), "2024-09-10", "Kyiv"),
    ("3c weekday lead, other verb", "Fidan hosts Tajani\n\nTuesday was Antonio Tajani's first "
     "trip to Ankara as foreign minister. He and Turkish Foreign Minister Hakan Fidan held talks "
     "at the ministry.", D(2023, 12, 8), "2023-12-05", "Ankara"),
    ("3c weekday lead, other verb", "On Tuesday morning, Wang Yi landed in Moscow. Russian "
     "Foreign Minister Sergey Lavrov and Wang Yi held talks at the Foreign Ministry mansion.",
     D(2025, 6, 28), "2025-06-24", "Moscow"),
    ("3d post date, late page", "News | Diplomacy\n\nExcellent meeting with @PennyWongMP in "
     "Jakarta today on our plan of action.\n— Retno Marsudi (@Menlu_RI) May 21, 2024\n\n"
     "Foreign Minister Retno Marsudi and Australian Foreign Minister Penny Wong signed a plan.",
     D(2024, 7, 2), "2024-05-21", "Jakarta"),
    ("3d post date, late page", "Wang Yi meets Lavrov\n\n“Held talks with my friend Sergey "
     "Lavrov in Moscow today.” — @MFA_China, 24 June 2025\n\nChinese Foreign Minister Wang Yi "
     "and Russian Foreign Minister Sergey Lavrov met.", D(2025, 8, 1), "2025-06-24", "Moscow"),
    ("3f date line only, brief", "Fidan, Tajani meet\n\nFidan and Tajani met in Ankara. "
     "Hakan Fidan and Antonio Tajani discussed the Middle East.", D(2023, 12, 5), "2023-12-05",
     "Ankara"),
    ("3f date line only, brief", "Photo caption: Foreign Minister Sikorski (right) and British "
     "Foreign Secretary David Lammy in Warsaw on Tuesday.", D(2024, 9, 11), "2024-09-10",
     "Warsaw"),
    ("5a seat in readout", "Press release 123/2021\nMinistry of Foreign Affairs, Islamabad\n\n"
     "Foreign Minister Shah Mehmood Qureshi met Russian Foreign Minister Sergey Lavrov in "
     "Dushanbe on Wednesday.", D(2021, 7, 15), "2021-07-14", "Dushanbe"),
    ("5a seat in readout", "Beijing, 24 June 2025 — Foreign Minister Wang Yi held talks with "
     "Russian Foreign Minister Sergey Lavrov on Tuesday in Moscow.", D(2025, 6, 25), "2025-06-24",
     "Moscow"),
    ("5a seat in readout", "Canberra, 21 May 2024\n\nMedia release\n\nToday in Jakarta I met "
     "Indonesian Foreign Minister Retno Marsudi. — Penny Wong, Minister for Foreign Affairs",
     D(2024, 5, 21), "2024-05-21", "Jakarta"),
    ("5a seat in readout", "The Foreign Office in London said Foreign Secretary David Lammy "
     "held talks with Polish Foreign Minister Radosław Sikorski on Tuesday. The talks were held "
     "in Warsaw.", D(2024, 9, 11), "2024-09-10", "Warsaw"),
    ("5b other event, separately", "Lavrov held talks with Pandor in Pretoria on Tuesday.\n\n"
     "Separately, Lavrov attended a concert in Johannesburg.", D(2023, 1, 25), "2023-01-24",
     "Pretoria"),
    ("5b other event, separately", "Albares met Joly on Tuesday. On Wednesday Albares will "
     "travel to Lisbon for a forum. The two ministers met in Madrid.", D(2023, 12, 6),
     "2023-12-05", "Madrid"),
    ("5c future summit, no own city", "Wang Yi met Lavrov on Tuesday ahead of the SCO summit in "
     "Astana. Sergey Lavrov and Wang Yi discussed Ukraine.", D(2025, 6, 25), "2025-06-24", None),
    ("5c future summit, no own city", "Blinken held talks with Hayashi on Tuesday, ahead of next "
     "month's G20 in Bali.", D(2022, 9, 28), "2022-09-27", None),
    ("8f readout call forms", "On the evening of June 24, Foreign Minister Wang Yi had a phone "
     "call with Russian Foreign Minister Sergey Lavrov at request.", D(2025, 6, 25), "2025-06-24",
     None),
    ("8f readout call forms", "Foreign Minister Hakan Fidan received a phone call from Italian "
     "Foreign Minister Antonio Tajani on Tuesday.", D(2023, 12, 6), "2023-12-05", None),
    ("8f readout call forms", "BEIJING, June 7 (Wire) -- Wang Yi and Penny Wong exchanged "
     "views by phone on Tuesday.", D(2022, 6, 8), "2022-06-07", None),
    ("8f readout call forms", "Jaishankar spoke with Lavrov over the telephone on Tuesday. The "
     "two had met in Moscow in November.", D(2022, 2, 16), "2022-02-15", None),
    ("8f readout call forms", "MOSCOW — Sergey Lavrov held a videoconference with Naledi Pandor "
     "on Tuesday.", D(2023, 1, 25), "2023-01-24", None),
    ("8f readout call forms", "In a telephone call on Tuesday, Foreign Secretary James Cleverly "
     "told Secretary of State Antony Blinken that the UK stands ready.", D(2022, 9, 28),
    "2022-09-27", None),
    ("8f readout call forms", "Albares called his Italian counterpart Antonio Tajani on "
     "Tuesday, the ministry in Madrid said.", D(2025, 3, 19), "2025-03-18", None),
    ("8f readout call forms", "Sikorski and Lammy talked by phone on Tuesday. Lammy was in "
     "Warsaw in August.", D(2024, 9, 11), "2024-09-10", None),
    ("4d small town", "Lavrov and Jaishankar held talks in private on Tuesday in New Delhi.",
     D(2022, 2, 16), "2022-02-15", "New Delhi"),
    ("4d small town", "NEW DELHI (Wire) - Lavrov and Jaishankar held talks in English on Tuesday.",
     D(2022, 2, 16), "2022-02-15", "New Delhi"),
    ("4d small town", "Wang Yi and Lavrov met in Guilin, China, on Tuesday.", D(2025, 6, 25),
     "2025-06-24", "Guilin"),
    ("4d small town", "BEIJING (Wire) - Wang Yi held talks with Sergey Lavrov in Wuyishan on "
     "Tuesday.", D(2025, 6, 25), "2025-06-24", "Wuyishan"),
    # -- batch 4: agency datelines and page stamps of many regions -------------------------------
    ("3g agency dateline styles", "BEIJING, Dec. 30 (Wire) -- Chinese Foreign Minister Wang Yi "
     "held talks with Russian Foreign Minister Sergey Lavrov in Beijing.", D(2021, 1, 12),
     "2020-12-30", "Beijing"),
    ("3g agency dateline styles", "New Delhi [India], February 15 (ANI): External Affairs "
     "Minister S. Jaishankar held talks with Russian Foreign Minister Sergey Lavrov here.",
     D(2022, 2, 20), "2022-02-15", "New Delhi"),
    ("3g agency dateline styles", "MOSCOW, June 24. /TASS/. Russian Foreign Minister Sergey "
     "Lavrov and Chinese Foreign Minister Wang Yi held talks at the Foreign Ministry mansion.",
     D(2025, 7, 1), "2025-06-24", "Moscow"),
    ("3g agency dateline styles", "Amman, Feb 12 (Petra) -- Foreign Minister Ayman Safadi held "
     "talks with Egyptian Foreign Minister Sameh Shoukry.", D(2019, 2, 20), "2019-02-12", "Amman"),
    ("3g agency dateline styles", "Islamabad, July 14, 2021 (PPI): Foreign Minister Shah Mehmood "
     "Qureshi met Sergey Lavrov in Dushanbe.", D(2021, 7, 20), "2021-07-14", "Dushanbe"),
    ("3g agency dateline styles", "ANKARA (AA) – Turkish Foreign Minister Hakan Fidan met "
     "Italian Foreign Minister Antonio Tajani on Tuesday.", D(2023, 12, 6), "2023-12-05",
     "Ankara"),
    ("3h page stamps", "Sept. 10, 2024, 2:15 PM ET / Updated Sept. 11, 2024, 9:00 AM ET\n\n"
     "KYIV — David Lammy and Antony Blinken held talks in Kyiv on Tuesday.", D(2024, 9, 25),
     "2024-09-10", "Kyiv"),
    ("3h page stamps", "Published 10 September 2024, 14:05 BST\n\nForeign Secretary David Lammy "
     "met Antony Blinken in Kyiv today.", D(2024, 10, 1), "2024-09-10", "Kyiv"),
    ("3h page stamps", "2023-12-05 18:40:12\n\nTurkish Foreign Minister Hakan Fidan received "
     "Antonio Tajani in Ankara today.", D(2023, 12, 20), "2023-12-05", "Ankara"),
    ("3h page stamps", "Wednesday, 15 June 2016, 10:20 am\n\nChinese Foreign Minister Wang Yi "
     "held talks with Julie Bishop in Beijing yesterday.", D(2016, 7, 1), "2016-06-14", "Beijing"),
    ("3h page stamps", "By Staff Reporter | 19 March 2025\n\nS. Jaishankar met Prince Faisal "
     "bin Farhan in Riyadh on Tuesday.", D(2025, 4, 1), "2025-03-18", "Riyadh"),
    ("5d no city in meeting sentence", "MOSCOW, June 24 (Wire) - Sergey Lavrov and Wang Yi held "
     "talks at the Foreign Ministry's guest house, the ministry said.", D(2025, 6, 25),
     "2025-06-24", "Moscow"),
    ("5d no city in meeting sentence", "Wang Yi visits Moscow\n\nChinese Foreign Minister Wang Yi "
     "arrived in the Russian capital on Monday. On Tuesday he held talks with Sergey Lavrov.",
     D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("5d no city in meeting sentence", "TOKYO -- Antony Blinken held talks with Toshimitsu Motegi "
     "on Tuesday. Blinken will fly to Seoul on Wednesday.", D(2021, 3, 17), "2021-03-16", "Tokyo"),
    ("8g call with agency dateline", "TEHRAN (Wire) – Iran's Foreign Minister Hossein "
     "Amir-Abdollahian in a phone call with Saudi Foreign Minister Prince Faisal bin Farhan "
     "discussed regional developments on Tuesday.", D(2023, 8, 23), "2023-08-22", None),
    ("8g call with agency dateline", "MOSCOW, June 24. /TASS/. Sergey Lavrov had a telephone "
     "conversation with Wang Yi, the ministry said.", D(2025, 6, 25), "2025-06-24", None),
    ("8g call with agency dateline", "Riyadh, SPA -- Prince Faisal bin Farhan received a phone "
     "call on Tuesday from S. Jaishankar.", D(2025, 3, 19), "2025-03-18", None),
    ("8g call with agency dateline", "Amman, Feb 12 (Petra) -- Foreign Minister Ayman Safadi and "
     "Sameh Shoukry spoke on the telephone.", D(2019, 2, 13), "2019-02-12", None),
    ("8g call with agency dateline", "TOKYO -- Motegi and Blinken held talks via video link on "
     "Tuesday.", D(2021, 3, 17), "2021-03-16", None),
    # -- batch 5: 'to' after the meeting noun, 'after a meeting' ----------------------------------
    ("2e 'to' after the noun", "Lavrov and Wang Yi held a meeting to review cooperation in "
     "Moscow on Tuesday.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("2e 'to' after the noun", "Fidan had a call to discuss Gaza with Tajani on Tuesday, the "
     "ministry in Ankara said.", D(2023, 12, 6), "2023-12-05", None),
    ("2e 'to' after the noun", "During Jaishankar's visit to Riyadh for talks with Prince "
     "Faisal bin Farhan on Tuesday, the two signed an agreement.", D(2025, 3, 19), "2025-03-18",
     "Riyadh"),
    ("2e 'to' after the noun", "Albares travelled to Rome on Tuesday for a meeting with Antonio "
     "Tajani to talk about migration.", D(2025, 3, 19), "2025-03-18", "Rome"),
    ("2e 'to' after the noun", "Wong flew to Jakarta for talks with Retno Marsudi on Tuesday, "
     "where the two signed a plan.", D(2024, 5, 22), "2024-05-21", "Jakarta"),
    ("7 after a meeting", "After a meeting with Wang Yi on Tuesday in Moscow, Lavrov told "
     "reporters that ties were strong.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("7 after a meeting", "Speaking after his meeting with Sikorski in Warsaw, Lammy said on "
     "Tuesday that Britain would help.", D(2024, 9, 11), "2024-09-10", "Warsaw"),
    ("7 after a meeting", "Following talks with Hakan Fidan in Ankara on Tuesday, Tajani flew "
     "to Cairo.", D(2023, 12, 6), "2023-12-05", "Ankara"),
    ("7 after a meeting", "After meeting Penny Wong in Jakarta on Tuesday, Retno Marsudi said "
     "the plan was ready.", D(2024, 5, 22), "2024-05-21", "Jakarta"),
    # -- batch 6: gatherings named without their city; day forms ------------------------------
    ("4e gathering names its city", "Wang Yi met Antony Blinken on the sidelines of the UN "
     "General Assembly on Tuesday.", D(2023, 9, 20), "2023-09-19", "New York"),
    ("4e gathering names its city", "Jaishankar and Lavrov met at the Shangri-La Dialogue on "
     "Saturday.", D(2023, 6, 4), "2023-06-03", "Singapore"),
    ("4e gathering names its city", "On the margins of the World Economic Forum on Tuesday, "
     "Dmytro Kuleba held talks with Annalena Baerbock.", D(2023, 1, 18), "2023-01-17", "Davos"),
    ("4e gathering names its city", "Lavrov and Fidan met on the sidelines of the Antalya "
     "Diplomacy Forum on Saturday.", D(2024, 3, 3), "2024-03-02", "Antalya"),
    ("4e gathering names its city", "At the Doha Forum on Saturday, Prince Faisal bin Farhan met "
     "Hakan Fidan.", D(2023, 12, 11), "2023-12-09", "Doha"),
    ("4e gathering names its city", "Blinken and Wang Yi met at the Munich Security Conference "
     "on Saturday, Feb. 18.", D(2023, 2, 20), "2023-02-18", "Munich"),
    ("3i day forms", "Lavrov met Wang Yi in Beijing on December 30.", D(2021, 1, 5), "2020-12-30",
     "Beijing"),
    ("3i day forms", "Jaishankar met Lavrov in Moscow on the 23rd of November.", D(2021, 11, 30),
     "2021-11-23", "Moscow"),
    ("3i day forms", "Fidan held talks with Tajani in Ankara on Tuesday last week.",
     D(2023, 12, 14), "2023-12-05", "Ankara"),
    ("3i day forms", "Wong met Wang Yi last Tuesday in Beijing.", D(2022, 6, 10), "2022-06-07",
     "Beijing"),
    ("3i day forms", "Pompeo and Maas met in Berlin on February 12th.", D(2019, 2, 20),
     "2019-02-12", "Berlin"),
    ("3i day forms", "Lammy met Sikorski in Warsaw this Tuesday, the 10th.", D(2024, 9, 11),
     "2024-09-10", "Warsaw"),
    # -- batch 7: calls told apart from an earlier meeting; later trips in the paragraph -----------
    ("8h call after an earlier meeting", "Lavrov and Wang Yi met in Beijing in April. On Tuesday "
     "the two spoke again, this time by phone.", D(2025, 6, 25), "2025-06-24", None),
    ("8h call after an earlier meeting", "Secretary Blinken placed a call to Foreign Minister "
     "Hayashi on Tuesday, a week after their meeting in New York.", D(2022, 9, 28), "2022-09-27",
    None),
    ("8h call after an earlier meeting", "ANKARA (Wire) - Fidan and Tajani, who met in Rome in "
     "October, discussed Gaza in a phone call on Tuesday.", D(2023, 12, 6), "2023-12-05", None),
    ("8h call after an earlier meeting", "Wong called Wang Yi on Tuesday. The pair had met in "
     "Bali in July. Penny Wong and Wang Yi discussed trade.", D(2022, 9, 28), "2022-09-27", None),
    ("5e later trip in the paragraph", "Lavrov held talks with Pandor in Pretoria on Tuesday. "
     "Later that day he flew to Eswatini for talks with its king.", D(2023, 1, 25), "2023-01-24",
     "Pretoria"),
    ("5e later trip in the paragraph", "Wang Yi met Lavrov on Tuesday. He then travelled to "
     "Minsk. The talks in Moscow lasted three hours.", D(2025, 6, 25), "2025-06-24", "Moscow"),
    ("5e later trip in the paragraph", "Jaishankar held talks with Faisal bin Farhan on Tuesday "
     "before leaving for Abu Dhabi. The meeting took place in Riyadh.", D(2025, 3, 19),
     "2025-03-18", "Riyadh"),
    ("5e later trip in the paragraph", "Blinken met Cleverly on Tuesday, and on Wednesday he "
     "heads to Ottawa. The two met in Washington.", D(2022, 9, 28), "2022-09-27", "Washington"),
    # -- batch 8: posts beside later page dates; 'today' in releases -------------------------------
    ("3d post beside a later page date", "Updated: 3 April 2025\n\nProductive meeting with "
     "@DrSJaishankar today in Riyadh.\n— Faisal bin Farhan (@FaisalbinFarhan) March 18, 2025\n\n"
     "The two ministers discussed trade.", D(2025, 4, 5), "2025-03-18", "Riyadh"),
    ("3d post beside a later page date", "Posted on 12 July 2024\n\nMet @ABaerbock in Kyiv "
     "today.\n— Dmytro Kuleba (@DmytroKuleba) May 21, 2024\n\nKuleba and Baerbock discussed "
     "air defence.", D(2024, 7, 13), "2024-05-21", "Kyiv"),
    ("3e release dated, today in text", "MEDIA RELEASE\n21 May 2024\n\nToday I met Indonesia's "
     "Foreign Minister Retno Marsudi in Jakarta. — Penny Wong", D(2024, 6, 30), "2024-05-21",
     "Jakarta"),
    ("3e release dated, today in text", "Press release No. 88\nDate: 05.12.2023\n\nMinister "
     "Hakan Fidan received Italian Foreign Minister Antonio Tajani in Ankara today.",
     D(2024, 1, 10), "2023-12-05", "Ankara"),
]
