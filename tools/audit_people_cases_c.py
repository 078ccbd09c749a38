"""A third batch for the round-10 audit, written after every fix of the round and left untouched:
no rule was changed after reading its results. One or two fresh variants per sub-form, other
wording, people and registers than batches a and b."""

from __future__ import annotations

import datetime as dt

from audit_people_cases import (
                                ABD,
                                BAE,
                                BAL,
                                BLI,
                                CAV,
                                CLE,
                                COL,
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
                                POM,
                                QUR,
                                RET,
                                SAB,
                                SAF,
                                SHO,
                                SWA,
                                VIE,
                                WONG,
                                WY,
                                ZAR,
                                Case,
                                c,
)

D = dt.date

CASES_C: list[Case] = [
    c("1a negotiations between", "readout", D(2016, 4, 18),
      "Press release\n\nNegotiations between Minister Sushma Swaraj and Foreign Minister Mohammad "
      "Javad Zarif took place in New Delhi on 16 April 2016.", {SWA, ZAR}, date=D(2016, 4, 16),
      venue="New Delhi"),
    c("1a negotiations between", "wire", D(2022, 7, 9),
      "Bali\n\nNUSA DUA, July 9 (AP) - Five hours of negotiations between Antony Blinken and Wang Yi "
      "ended in Bali on Saturday without a breakthrough.", {BLI, WY}, date=D(2022, 7, 9),
      venue="Bali"),
    c("1b the talks after a mention", "wire", D(2019, 12, 18),
      "Washington\n\nWASHINGTON, Dec 18 (PTI) - S. Jaishankar arrived in Washington on Tuesday for "
      "the 2+2 dialogue. The talks with Mike Pompeo on Wednesday focused on defence trade.",
      {JAI, POM}, date=D(2019, 12, 18), venue="Washington"),
    c("1b the talks after a mention", "scraped", D(2023, 3, 18),
      MENU + "Cavusoglu in Cairo\nMevlut Cavusoglu landed in Cairo on Saturday at the invitation of "
      "Sameh Shoukry. The negotiations lasted four hours.\nRelated: Pound" + FOOT.format(y=2023),
      {CAV, SHO}, date=D(2023, 3, 18), venue="Cairo"),
    c("1c present-tense caption", "caption", D(2023, 1, 23),
      "Pretoria\n\nInternational Relations Minister Naledi Pandor meets Russian Foreign Minister "
      "Sergey Lavrov in Pretoria, South Africa, January 23, 2023. REUTERS/Siphiwe Sibeko",
      {PAN, LAV}, date=D(2023, 1, 23), venue="Pretoria"),
    c("1d verbless caption list", "caption", D(2022, 11, 4),
      "G7\n\n(L-R) Mélanie Joly, Catherine Colonna, Annalena Baerbock and James Cleverly in "
      "Münster, Germany, November 3, 2022. REUTERS", {JOL, COL, BAE, CLE}, date=D(2022, 11, 3)),
    c("1d verbless caption list", "scraped", D(2023, 9, 22),
      MENU + "UNGA\nLeft to right: Penny Wong, Vivian Balakrishnan and Retno Marsudi, New York, "
      "21 September 2023.\nMost read: Dollar" + FOOT.format(y=2023), {WONG, BAL, RET},
      date=D(2023, 9, 21), venue="New York"),
    c("1e joint press conference", "wire", D(2021, 7, 14),
      "Dushanbe\n\nDUSHANBE, July 14 (TASS) - Sergey Lavrov and Shah Mehmood Qureshi spoke to "
      "journalists together in Dushanbe on Wednesday after the SCO council.", {LAV, QUR},
      date=D(2021, 7, 14), venue="Dushanbe"),
    c("1e joint press conference", "brief", D(2024, 1, 6),
      "Ankara\n\nHakan Fidan and Antony Blinken told the press in Ankara on Saturday that talks "
      "would continue.", {FID, BLI}, date=D(2024, 1, 6), venue="Ankara"),
    c("1f gathered for a meeting", "wire", D(2023, 6, 1),
      "Cape Town\n\nCAPE TOWN, June 1 (Reuters) - Naledi Pandor, Mauro Vieira and S. Jaishankar "
      "gathered at the city hall on Thursday for the BRICS ministers' meeting.",
      {PAN, VIE, JAI}, date=D(2023, 6, 1)),
    c("1g held talks", "scraped", D(2020, 1, 14),
      MENU + "Delhi\nIranian Foreign Minister Mohammad Javad Zarif held talks with S. Jaishankar "
      "in New Delhi on Tuesday.\nRelated: Oil" + FOOT.format(y=2020), {ZAR, JAI},
      date=D(2020, 1, 14), venue="New Delhi"),
    c("1h sat down with", "readout", D(2024, 2, 22),
      "Readout\n\nSecretary Blinken sat down with Foreign Minister Mauro Vieira in Rio de Janeiro "
      "on 22 February 2024.", {BLI, VIE}, date=D(2024, 2, 22), venue="Rio de Janeiro"),
    c("1i received", "brief", D(2021, 8, 2),
      "Tehran\n\nMohammad Javad Zarif received Shah Mehmood Qureshi in Tehran on Monday.",
      {ZAR, QUR}, date=D(2021, 8, 2), venue="Tehran"),
    c("1j hosted", "wire", D(2023, 5, 11),
      "Ottawa\n\nOTTAWA, May 11 (CP) - Mélanie Joly hosted Dmytro Kuleba in Ottawa on Thursday.",
      {JOL, KUL}, date=D(2023, 5, 11), venue="Ottawa"),
    c("1k welcomed", "scraped", D(2023, 8, 17),
      MENU + "Tehran\nHossein Amir-Abdollahian welcomed Prince Faisal bin Farhan to Tehran on "
      "Thursday.\nRelated: Rial" + FOOT.format(y=2023), {ABD, FAI}, date=D(2023, 8, 17),
      venue="Tehran"),
    c("1l on the sidelines of", "readout", D(2023, 7, 14),
      "Readout\n\nOn the sidelines of the ASEAN Regional Forum in Jakarta on 14 July 2023, "
      "Minister Mélanie Joly met Minister Retno Marsudi.", {JOL, RET}, date=D(2023, 7, 14),
      venue="Jakarta"),
    c("1m in a meeting with", "scraped", D(2023, 4, 12),
      MENU + "Ankara\nIn a meeting with Ayman Safadi in Ankara on Wednesday, Mevlut Cavusoglu "
      "backed Jordan's plan.\nRelated: Lira" + FOOT.format(y=2023), {SAF, CAV},
      date=D(2023, 4, 12), venue="Ankara"),
    c("6a earlier meeting by month", "readout", D(2023, 9, 26),
      "Readout\n\nForeign Minister Mélanie Joly received Foreign Minister Ayman Safadi in Ottawa "
      "on 26 September 2023. Safadi had met Antony Blinken in Washington in July.", {JOL, SAF},
      date=D(2023, 9, 26), venue="Ottawa"),
    c("6b people named as context", "wire", D(2022, 12, 21),
      "Beijing\n\nBEIJING, Dec 21 (Reuters) - Penny Wong met Wang Yi in Beijing on Wednesday to "
      "discuss the trade curbs that Scott Morrison's government had protested.", {WONG, WY},
      date=D(2022, 12, 21), venue="Beijing"),
    c("6b people named as context", "scraped", D(2023, 6, 19),
      MENU + "Beijing\nAntony Blinken met Wang Yi in Beijing on Monday, paving the way for a visit "
      "by Joe Biden's envoy.\nRelated: Chips" + FOOT.format(y=2023), {BLI, WY},
      date=D(2023, 6, 19), venue="Beijing"),
    c("6c related-story headline", "scraped", D(2024, 5, 7),
      MENU + "Beijing\nNaledi Pandor held talks with Wang Yi in Beijing on Tuesday.\nTRENDING\n"
      "Ramaphosa meets Putin in Kazan\nThe ministers also discussed BRICS." + FOOT.format(y=2024),
      {PAN, WY}, date=D(2024, 5, 7), venue="Beijing"),
    c("6d spokesperson afterwards", "wire", D(2021, 3, 22),
      "Guilin\n\nGUILIN, March 22 (AFP) - Wang Yi met Sergey Lavrov in Guilin on Monday, Chinese "
      "foreign ministry spokesman Wang Wenbin said on Tuesday.", {WY, LAV}, date=D(2021, 3, 22)),
    c("7a late Tuesday / the late X", "brief", D(2023, 2, 9),
      "Canberra\n\nLate Thursday Penny Wong and Retno Marsudi met in Canberra.", {WONG, RET},
      date=D(2023, 2, 9), venue="Canberra"),
    c("7a late Tuesday / the late X", "wire", D(2024, 5, 23),
      "Moscow\n\nMOSCOW, May 23 (Reuters) - At a memorial for the late Ebrahim Raisi in Moscow on "
      "Thursday, Sergey Lavrov held talks with Hakan Fidan.", {LAV, FID}, date=D(2024, 5, 23),
      venue="Moscow"),
    c("7b after a meeting with", "wire", D(2022, 11, 8),
      "Moscow\n\nMOSCOW, Nov 8 (Reuters) - After a meeting with S. Jaishankar in Moscow on Tuesday, "
      "Sergey Lavrov spoke with reporters about oil.", {JAI, LAV}, date=D(2022, 11, 8),
      venue="Moscow"),
    c("7c met at the airport", "wire", D(2023, 10, 4),
      "Colombo\n\nCOLOMBO, Oct 4 (AFP) - Ali Sabry received Penny Wong at the airport on "
      "Wednesday; she later met President Ranil Wickremesinghe in Colombo.",
      {WONG, "Ranil Wickremesinghe"}, optional={SAB}, date=D(2023, 10, 4), venue="Colombo"),
    c("7d accompanied by", "scraped", D(2022, 9, 22),
      MENU + "UNGA\nS. Jaishankar, accompanied by senior officials, met Yoshimasa Hayashi in New "
      "York on Thursday.\nRelated: Rupee" + FOOT.format(y=2022), {JAI, HAY},
      date=D(2022, 9, 22), venue="New York"),
    c("7e a deputy", "readout", D(2022, 1, 10),
      "Readout\n\nDeputy Secretary of State Wendy Sherman held talks with Deputy Foreign Minister "
      "Sergei Ryabkov in Geneva on 10 January 2022.", {"Wendy Sherman", "Sergei Ryabkov"},
      date=D(2022, 1, 10), venue="Geneva"),
    c("9a social-media handle", "caption", D(2023, 2, 9),
      "Post\n\nWonderful to host @Retno_Marsudi in Canberra today.\n— Penny Wong (@SenatorWong) "
      "February 9, 2023", {WONG, RET}, date=D(2023, 2, 9), venue="Canberra"),
    c("9b title in apposition", "wire", D(2023, 4, 12),
      "Ankara\n\nANKARA, April 12 (Anadolu) - Turkish Foreign Minister Mevlut Cavusoglu received "
      "his Jordanian counterpart, Ayman Safadi, in Ankara on Wednesday.", {CAV, SAF},
      date=D(2023, 4, 12), venue="Ankara"),
    c("9c title alone on a date", "wire", D(2023, 10, 4),
      "Colombo\n\nCOLOMBO, Oct 4 (Reuters) - Ali Sabry held talks with the Australian foreign "
      "minister in Colombo on Wednesday.", {SAB, WONG}, date=D(2023, 10, 4), venue="Colombo"),
]
