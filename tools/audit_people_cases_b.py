"""A second batch for the round-10 audit, written after the fixes and not used to make them.

Two fresh variants per sub-form (other people, years, wording and registers than batch A in
`audit_people_cases`), and a few guards where a rule of this round could take a wrong person:
a measure of how far the fixes generalise beyond the texts they were made on.
"""

from __future__ import annotations

import datetime as dt

from audit_people_cases import (
                                ABD,
                                BAL,
                                BLI,
                                CAV,
                                FAI,
                                FID,
                                FOOT,
                                HAY,
                                JAI,
                                JOL,
                                KUL,
                                LAV,
                                MENU,
                                PAN,
                                QUR,
                                RET,
                                SAB,
                                SAF,
                                SHO,
                                VIE,
                                WONG,
                                WY,
                                ZAR,
                                Case,
                                c,
)

D = dt.date
CHOE, RUD, RYA = "Choe Son-hui", "Andrey Rudenko", "Sergei Ryabkov"

CASES_B: list[Case] = [
    c("1a negotiations between", "wire", D(2019, 8, 27),
      "Tehran talks\n\nTEHRAN, Aug 27 (AFP) - Negotiations between Iran's Mohammad Javad Zarif and "
      "Pakistan's Shah Mehmood Qureshi were held in Tehran on Tuesday.", {ZAR, QUR},
      date=D(2019, 8, 27), venue="Tehran"),
    c("1a negotiations between", "scraped", D(2024, 6, 3),
      MENU + "Fidan in China\nNegotiations between Wang Yi and Hakan Fidan lasted into the evening "
      "in Beijing on Monday.\nMost read: Yuan" + FOOT.format(y=2024), {WY, FID},
      date=D(2024, 6, 3), venue="Beijing"),
    c("1b the talks after a mention", "wire", D(2023, 4, 13),
      "Shoukry in Ankara\n\nANKARA, April 13 (Reuters) - Sameh Shoukry flew to Ankara on Thursday, "
      "his first visit in a decade. The talks with Mevlut Cavusoglu lasted three hours.",
      {SHO, CAV}, date=D(2023, 4, 13), venue="Ankara"),
    c("1b the talks after a mention", "readout", D(2023, 6, 26),
      "Visit\n\nMinister Vivian Balakrishnan arrived in New Delhi on 26 June 2023 for a working "
      "visit. The meeting with Dr S Jaishankar focused on trade and digital payments.",
      {BAL, JAI}, date=D(2023, 6, 26), venue="New Delhi"),
    c("1c present-tense caption", "caption", D(2023, 4, 6),
      "Beijing\n\nSaudi Foreign Minister Prince Faisal bin Farhan meets Iran's Foreign Minister "
      "Hossein Amir-Abdollahian in Beijing, China, April 6, 2023. Saudi Press Agency/Handout",
      {FAI, ABD}, date=D(2023, 4, 6), venue="Beijing"),
    c("1c present-tense caption", "caption", D(2023, 9, 28),
      "Washington\n\nS. Jaishankar (L) meets Antony Blinken at the State Department in "
      "Washington, September 27, 2023. (Photo: MEA)", {JAI, BLI}, date=D(2023, 9, 27),
      venue="Washington"),
    c("1d verbless caption list", "caption", D(2023, 3, 3),
      "Quad\n\n(L to R) Yoshimasa Hayashi, Antony Blinken and Penny Wong at the Quad foreign "
      "ministers' meeting in New Delhi, March 3, 2023. REUTERS", {HAY, BLI, WONG},
      date=D(2023, 3, 3), venue="New Delhi"),
    c("1d verbless caption list", "scraped", D(2023, 7, 13),
      MENU + "ASEAN\nFrom left: Retno Marsudi, Vivian Balakrishnan, Wang Yi. Jakarta, 13 July 2023.\n"
      "The ministers discussed the South China Sea code of conduct." + FOOT.format(y=2023),
      {RET, BAL, WY}, date=D(2023, 7, 13)),
    c("1e joint press conference", "wire", D(2023, 3, 18),
      "Cairo\n\nCAIRO, March 18 (Reuters) - Mevlut Cavusoglu and Sameh Shoukry told a joint news "
      "conference in Cairo on Saturday that ambassadors would return.", {CAV, SHO},
      date=D(2023, 3, 18), venue="Cairo"),
    c("1e joint press conference", "brief", D(2024, 5, 15),
      "Kyiv\n\nAntony Blinken and Dmytro Kuleba briefed reporters together in Kyiv on Wednesday.",
      {BLI, KUL}, date=D(2024, 5, 15), venue="Kyiv"),
    c("1f gathered for a meeting", "wire", D(2022, 3, 31),
      "Tunxi\n\nTUNXI, China, March 31 (AP) - Wang Yi, Sergey Lavrov and Hossein Amir-Abdollahian "
      "gathered in Tunxi on Thursday for a meeting of Afghanistan's neighbours.",
      {WY, LAV, ABD}, date=D(2022, 3, 31)),
    c("1f gathered for a meeting", "brief", D(2023, 3, 3),
      "Quad\n\nPenny Wong, Antony Blinken and Yoshimasa Hayashi gathered in New Delhi on Friday "
      "for the Quad ministers' meeting.", {WONG, BLI, HAY}, date=D(2023, 3, 3),
      venue="New Delhi"),
    c("1g held talks", "readout", D(2024, 5, 7),
      "Readout\n\nMinister Naledi Pandor held talks with Foreign Minister Wang Yi in Beijing on "
      "Tuesday, 7 May 2024.", {PAN, WY}, date=D(2024, 5, 7), venue="Beijing"),
    c("1g held talks", "wire", D(2023, 11, 4),
      "Amman\n\nAMMAN, Nov 4 (Reuters) - Ayman Safadi held talks with Antony Blinken in Amman on "
      "Saturday.", {SAF, BLI}, date=D(2023, 11, 4), venue="Amman"),
    c("1h sat down with", "wire", D(2025, 2, 18),
      "Riyadh\n\nRIYADH, Feb 18 (Reuters) - Sergey Lavrov sat down with Prince Faisal bin Farhan in "
      "Riyadh on Tuesday.", {LAV, FAI}, date=D(2025, 2, 18), venue="Riyadh"),
    c("1h sat down with", "scraped", D(2023, 3, 24),
      MENU + "Ottawa\nMélanie Joly sat down with Antony Blinken in Ottawa on Friday.\nRelated: "
      "Loonie" + FOOT.format(y=2023), {JOL, BLI}, date=D(2023, 3, 24), venue="Ottawa"),
    c("1i received", "wire", D(2023, 1, 23),
      "Pretoria\n\nPRETORIA, Jan 23 (Reuters) - President Cyril Ramaphosa received Sergey Lavrov in "
      "Pretoria on Monday.", {"Cyril Ramaphosa", LAV}, date=D(2023, 1, 23), venue="Pretoria"),
    c("1i received", "readout", D(2022, 6, 23),
      "Readout\n\nPresident Ebrahim Raisi received Foreign Minister Sergey Lavrov in Tehran on 23 "
      "June 2022.", {"Ebrahim Raisi", LAV}, date=D(2022, 6, 23), venue="Tehran"),
    c("1j hosted", "wire", D(2021, 11, 10),
      "Washington\n\nWASHINGTON, Nov 10 (Reuters) - Antony Blinken hosted Dmytro Kuleba at the State "
      "Department in Washington on Wednesday.", {BLI, KUL}, date=D(2021, 11, 10),
      venue="Washington"),
    c("1j hosted", "brief", D(2024, 4, 28),
      "Riyadh\n\nPrince Faisal bin Farhan hosted Hakan Fidan in Riyadh on Sunday.", {FAI, FID},
      date=D(2024, 4, 28), venue="Riyadh"),
    c("1k welcomed", "wire", D(2024, 2, 6),
      "Cairo\n\nCAIRO, Feb 6 (AP) — Sameh Shoukry welcomed Antony Blinken to Cairo on Tuesday.",
      {SHO, BLI}, date=D(2024, 2, 6), venue="Cairo"),
    c("1k welcomed", "readout", D(2024, 6, 20),
      "Readout\n\nForeign Minister Vivian Balakrishnan welcomed Foreign Minister Penny Wong to "
      "Singapore on 20 June 2024.", {BAL, WONG}, date=D(2024, 6, 20), venue="Singapore"),
    c("1l on the sidelines of", "wire", D(2024, 2, 21),
      "Rio\n\nRIO DE JANEIRO, Feb 21 (Reuters) - On the margins of the G20 ministers' meeting, "
      "Sergey Lavrov met Mauro Vieira in Rio de Janeiro on Wednesday.", {LAV, VIE},
      date=D(2024, 2, 21), venue="Rio de Janeiro"),
    c("1l on the sidelines of", "brief", D(2023, 10, 18),
      "Jeddah\n\nHakan Fidan met Retno Marsudi on the sidelines of the OIC meeting in Jeddah on "
      "Wednesday.", {FID, RET}, date=D(2023, 10, 18), venue="Jeddah"),
    c("1m in a meeting with", "wire", D(2024, 1, 6),
      "Ankara\n\nANKARA, Jan 6 (Reuters) - In a meeting with Hakan Fidan in Ankara on Saturday, "
      "Antony Blinken urged Turkey to approve Sweden's bid.", {FID, BLI}, date=D(2024, 1, 6),
      venue="Ankara"),
    c("1m in a meeting with", "readout", D(2023, 6, 5),
      "Readout\n\nIn a meeting with Minister Naledi Pandor in Pretoria on 5 June 2023, Foreign "
      "Minister Sameh Shoukry reviewed preparations for the BRICS summit.", {PAN, SHO},
      date=D(2023, 6, 5), venue="Pretoria"),
    c("6a earlier meeting by month", "wire", D(2023, 6, 9),
      "Kyiv\n\nKYIV, June 9 (Reuters) - Dmytro Kuleba held talks with Mélanie Joly in Kyiv on "
      "Friday. In May, Kuleba met Justin Trudeau in Ottawa.", {KUL, JOL}, date=D(2023, 6, 9),
      venue="Kyiv"),
    c("6a earlier meeting by month", "brief", D(2023, 10, 16),
      "Pretoria\n\nNaledi Pandor met Sergey Lavrov in Pretoria on Monday. The two had seen Wang "
      "Yi together in Johannesburg in August.", {PAN, LAV}, date=D(2023, 10, 16),
      venue="Pretoria"),
    c("6b people named as context", "wire", D(2023, 11, 4),
      "Amman\n\nAMMAN, Nov 4 (Reuters) - Antony Blinken held talks with Ayman Safadi in Amman on "
      "Saturday about aid corridors that King Abdullah II and Joe Biden have discussed.",
      {BLI, SAF}, date=D(2023, 11, 4), venue="Amman"),
    c("6b people named as context", "brief", D(2023, 7, 13),
      "Jakarta\n\nWang Yi met Retno Marsudi in Jakarta on Thursday, a meeting seen as a step "
      "towards a visit by Xi Jinping.", {WY, RET}, date=D(2023, 7, 13), venue="Jakarta"),
    c("6c related-story headline", "scraped", D(2022, 10, 10),
      MENU + "Canberra\nS. Jaishankar held talks with Penny Wong in Canberra on Monday.\nALSO READ | "
      "Jaishankar holds talks with Lavrov in Moscow\nThey discussed the Quad." +
      FOOT.format(y=2022), {JAI, WONG}, date=D(2022, 10, 10), venue="Canberra"),
    c("6c related-story headline", "scraped", D(2023, 2, 22),
      MENU + "Moscow\nWang Yi met Sergey Lavrov in Moscow on Wednesday.\nRecommended\nPutin hosts "
      "Xi at the Kremlin\nErdogan calls Zelensky" + FOOT.format(y=2023), {WY, LAV},
      date=D(2023, 2, 22), venue="Moscow"),
    c("6d spokesperson afterwards", "wire", D(2025, 2, 18),
      "Riyadh\n\nRIYADH, Feb 18 (Reuters) - Sergey Lavrov met Prince Faisal bin Farhan in Riyadh on "
      "Tuesday. Spokeswoman Maria Zakharova later told a briefing the meeting was useful.",
      {LAV, FAI}, date=D(2025, 2, 18), venue="Riyadh"),
    c("6d spokesperson afterwards", "brief", D(2023, 1, 10),
      "Kharkiv\n\nAnnalena Baerbock met Dmytro Kuleba in Kharkiv on Tuesday, Ukraine's foreign "
      "ministry spokesman Oleg Nikolenko said.", {"Annalena Baerbock", KUL},
      optional={"Oleg Nikolenko"}, date=D(2023, 1, 10), venue="Kharkiv"),
    c("7a late Tuesday / the late X", "wire", D(2024, 5, 15),
      "Kyiv\n\nKYIV, May 15 (AP) — Antony Blinken and Dmytro Kuleba held talks late Wednesday in "
      "Kyiv.", {BLI, KUL}, date=D(2024, 5, 15), venue="Kyiv"),
    c("7a late Tuesday / the late X", "wire", D(2022, 9, 27),
      "Tokyo\n\nTOKYO, Sept 27 (Reuters) - Ayman Safadi, in Tokyo for the funeral of the late Shinzo "
      "Abe, held talks with Yoshimasa Hayashi on Tuesday.", {SAF, HAY}, date=D(2022, 9, 27),
      venue="Tokyo"),
    c("7b after a meeting with", "wire", D(2024, 6, 3),
      "Beijing\n\nBEIJING, June 3 (Reuters) - Wang Yi, speaking after a meeting with Hakan Fidan "
      "in Beijing on Monday, said trade would grow.", {WY, FID}, date=D(2024, 6, 3),
      venue="Beijing"),
    c("7b after a meeting with", "brief", D(2023, 10, 13),
      "Washington\n\nAfter a meeting with Antony Blinken in Washington on Friday, Mélanie Joly told "
      "journalists that Canada would send more aid.", {BLI, JOL}, date=D(2023, 10, 13),
      venue="Washington"),
    c("7c met at the airport", "brief", D(2023, 10, 22),
      "Amman\n\nPrince Faisal bin Farhan and Ayman Safadi met at the airport in Amman on Sunday "
      "before flying to Cairo.", {FAI, SAF}, date=D(2023, 10, 22), venue="Amman"),
    c("7c met at the airport", "wire", D(2021, 1, 13),
      "Jakarta\n\nJAKARTA, Jan 13 (Reuters) - Wang Yi was received at the airport by Retno "
      "Marsudi; he later held talks with President Joko Widodo in Jakarta on Wednesday.",
      {WY, "Joko Widodo"}, optional={RET}, date=D(2021, 1, 13), venue="Jakarta"),
    c("7d accompanied by", "wire", D(2024, 3, 8),
      "Washington\n\nWASHINGTON, March 8 (Reuters) - Hakan Fidan, accompanied by intelligence chief "
      "Ibrahim Kalin, met Antony Blinken in Washington on Friday.", {FID, BLI},
      optional={"İbrahim Kalın", "Ibrahim Kalin"}, date=D(2024, 3, 8), venue="Washington"),
    c("7d accompanied by", "readout", D(2024, 11, 1),
      "Readout\n\nAccompanied by his deputy Andrey Rudenko, Sergey Lavrov held talks with Choe Son "
      "Hui in Moscow on 1 November 2024.", {LAV, CHOE}, optional={RUD}, date=D(2024, 11, 1),
      venue="Moscow"),
    c("7e a deputy", "wire", D(2021, 11, 16),
      "Pyongyang\n\nPYONGYANG, Nov 16 (KCNA) - First Vice Foreign Minister Choe Son Hui met Deputy "
      "Foreign Minister Andrey Rudenko in Pyongyang on Tuesday.", {CHOE, RUD},
      date=D(2021, 11, 16), venue="Pyongyang"),
    c("7e a deputy", "scraped", D(2023, 2, 6),
      MENU + "Moscow\nMinister of State Hina Rabbani Khar met Deputy Foreign Minister Sergei "
      "Ryabkov in Moscow on Monday.\nRelated: Wheat" + FOOT.format(y=2023),
      {"Hina Rabbani Khar", RYA}, date=D(2023, 2, 6), venue="Moscow"),
    c("9a social-media handle", "caption", D(2023, 10, 4),
      "Post\n\nExcellent talks in Colombo today with @SabryAli_ on the Indian Ocean.\n— Penny Wong "
      "(@SenatorWong) October 4, 2023", {WONG, SAB}, date=D(2023, 10, 4), venue="Colombo"),
    c("9a social-media handle", "caption", D(2022, 7, 8),
      "Post\n\nMet @Hayashi_Yoshimasa in Tokyo today to talk about the Pacific.\n— Penny Wong "
      "(@SenatorWong) July 8, 2022", {WONG, HAY}, date=D(2022, 7, 8), venue="Tokyo"),
    c("9b title in apposition", "wire", D(2023, 2, 9),
      "Canberra\n\nCANBERRA, Feb 9 (AAP) - Indonesian Foreign Minister Retno Marsudi met her "
      "Australian counterpart Penny Wong in Canberra on Thursday.", {RET, WONG},
      date=D(2023, 2, 9), venue="Canberra"),
    c("9b title in apposition", "readout", D(2023, 3, 19),
      "Readout\n\nThe Foreign Minister of the Kingdom of Saudi Arabia, His Highness Prince Faisal "
      "bin Farhan Al Saud, received the Minister of Foreign Affairs of Egypt, Sameh Shoukry, in "
      "Riyadh on Sunday.", {FAI, SHO}, date=D(2023, 3, 19), venue="Riyadh"),
    c("9c title alone on a date", "wire", D(2022, 2, 7),
      "Kyiv\n\nKYIV, Feb 7 (Reuters) - Dmytro Kuleba met the German foreign minister in Kyiv on "
      "Monday.", {KUL, "Annalena Baerbock"}, date=D(2022, 2, 7), venue="Kyiv"),
    c("9c title alone on a date", "brief", D(2024, 3, 20),
      "Canberra\n\nThe Chinese foreign minister held talks with Penny Wong in Canberra on "
      "Wednesday.", {WY, WONG}, date=D(2024, 3, 20), venue="Canberra"),
    # guards: forms of this round that must not add or drop anyone
    c("G guards", "wire", D(2023, 8, 31),
      "Moscow\n\nMOSCOW, Aug 31 (Reuters) - Sergey Lavrov held talks with Hakan Fidan in Moscow on "
      "Thursday. Lavrov said that Fidan had brought new ideas on grain.", {LAV, FID},
      date=D(2023, 8, 31), venue="Moscow"),
    c("G guards", "caption", D(2022, 2, 7),
      "Post\n\nTalks with @ABaerbock in Kyiv today. — @MFA_Ukraine, February 7, 2022",
      {"Annalena Baerbock"}, optional={KUL}, date=D(2022, 2, 7), venue="Kyiv"),
    c("G guards", "brief", D(2023, 1, 23),
      "Pretoria\n\nNaledi Pandor met Sergey Lavrov in Pretoria on Monday. Pandor told reporters "
      "that Cyril Ramaphosa would attend the summit.", {PAN, LAV}, date=D(2023, 1, 23),
      venue="Pretoria"),
    c("G guards", "wire", D(2022, 7, 24),
      "Cairo\n\nCAIRO, July 24 (Reuters) - Sergey Lavrov met Sameh Shoukry in Cairo on Sunday. "
      "Lavrov's deputy Mikhail Bogdanov and Shoukry's aides also took part.", {LAV, SHO},
      optional={"Mikhail Bogdanov"}, date=D(2022, 7, 24), venue="Cairo"),
]
