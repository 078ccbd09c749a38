"""Invented articles for the round-10 audit of issue 13's unseen-text failure list (items 1, 6, 7, 9).

Every text here is written for the audit (no development-set text): real office-holders on days
inside their terms, told in the forms the issue lists, in several registers (wire copy with a
dateline, ministry readout, scraped page with menu and footer noise, caption, short brief).
`required` must all be participants; `optional` may be (aides, greeters, as the gold set's
`participants_optional`); anyone else found is an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    form: str
    register: str
    published: dt.date
    text: str
    required: frozenset[str]
    optional: frozenset[str] = frozenset()
    date: dt.date | None = None
    venue: str | None = None
    kind: str | None = None
    extra: dict = field(default_factory=dict)


D = dt.date
LAV, WY, JAI, BLI = "Sergey Lavrov", "Wang Yi", "S. Jaishankar", "Antony Blinken"
CAV, FID, KUL, BAE = "Mevlüt Çavuşoğlu", "Hakan Fidan", "Dmytro Kuleba", "Annalena Baerbock"
WONG, RET, PAN, SHO = "Penny Wong", "Retno Marsudi", "Naledi Pandor", "Sameh Shoukry"
FAI, VIE, JOL, BAL = "Faisal bin Farhan Al Saud", "Mauro Vieira", "Mélanie Joly", "Vivian Balakrishnan"
CLE, COL, POM, ZAR = "James Cleverly", "Catherine Colonna", "Mike Pompeo", "Mohammad Javad Zarif"
SWA, QUR, PAY, MOT = "Sushma Swaraj", "Shah Mehmood Qureshi", "Marise Payne", "Toshimitsu Motegi"
SAF, ABD, HAY, SAB = "Ayman Safadi", "Hossein Amir-Abdollahian", "Yoshimasa Hayashi", "Ali Sabry"
MENU = "Home | World | Politics | Business | Opinion\nSubscribe  Sign in\n"
FOOT = "\nShare this article\nFacebook Twitter WhatsApp\n© {y} News Network. All rights reserved."


def c(form, register, published, text, required, optional=(), date=None, venue=None, kind=None):
    return Case(form, register, published, text, frozenset(required), frozenset(optional),
                date, venue, kind)


CASES: list[Case] = [
    # ------------------------------------------------------------------ item 1: forms
    c("1a negotiations between", "wire", D(2023, 8, 31),
      "Negotiations in Moscow\n\nMOSCOW, Aug 31 (Reuters) - Negotiations between Russian Foreign "
      "Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan took place in Moscow on "
      "Thursday and focused on reviving the Black Sea grain corridor.", {LAV, FID},
      date=D(2023, 8, 31), venue="Moscow"),
    c("1a negotiations between", "readout", D(2018, 1, 5),
      "Press release\n\nNegotiations between External Affairs Minister Sushma Swaraj and Foreign "
      "Minister Retno Marsudi of Indonesia were held in New Delhi on 5 January 2018. The ministers "
      "reviewed trade, maritime cooperation and counter-terrorism.", {SWA, RET},
      date=D(2018, 1, 5), venue="New Delhi"),
    c("1a negotiations between", "scraped", D(2022, 2, 7),
      MENU + "Kuleba and Baerbock in Kyiv\nBy our correspondent\nThe negotiations between Dmytro "
      "Kuleba and Annalena Baerbock lasted three hours in Kyiv on Monday, the German minister's "
      "first visit since taking office.\nRead more: Gas prices climb again" + FOOT.format(y=2022),
      {KUL, BAE}, date=D(2022, 2, 7), venue="Kyiv"),
    c("1a negotiations between", "brief", D(2022, 12, 21),
      "Wang, Wong negotiate\n\nBEIJING (AFP) - A round of negotiations between Wang Yi and Penny "
      "Wong was held in Beijing on Wednesday, the first such visit by an Australian foreign "
      "minister in four years.", {WY, WONG}, date=D(2022, 12, 21), venue="Beijing"),
    c("1a negotiations between", "wire", D(2023, 1, 30),
      "Blinken in Cairo\n\nCAIRO, Jan 30 (AP) — Antony Blinken began his Middle East tour on "
      "Monday with negotiations with Egypt's Foreign Minister Sameh Shoukry in Cairo on Gaza and "
      "the Renaissance Dam.", {BLI, SHO}, date=D(2023, 1, 30), venue="Cairo"),

    c("1b the talks after a mention", "wire", D(2023, 1, 23),
      "Lavrov in Pretoria\n\nPRETORIA, Jan 23 (Reuters) - Russian Foreign Minister Sergey Lavrov "
      "arrived in South Africa on Sunday on his second visit in six months. The talks with Naledi "
      "Pandor in Pretoria on Monday covered BRICS and the war in Ukraine.", {LAV, PAN},
      date=D(2023, 1, 23), venue="Pretoria"),
    c("1b the talks after a mention", "scraped", D(2021, 1, 13),
      MENU + "Wang Yi in Jakarta\nChinese Foreign Minister Wang Yi is in Jakarta this week on a "
      "tour of Southeast Asia. The talks with his Indonesian counterpart Retno Marsudi on "
      "Wednesday centred on vaccines and the South China Sea.\nRelated: Markets steady" +
      FOOT.format(y=2021), {WY, RET}, date=D(2021, 1, 13), venue="Jakarta"),
    c("1b the talks after a mention", "brief", D(2022, 10, 10),
      "Jaishankar in Canberra\n\nCANBERRA: S. Jaishankar is on a three-day visit to Australia. "
      "The talks with Penny Wong in Canberra on Monday were the 13th Foreign Ministers' "
      "Framework Dialogue.", {JAI, WONG}, date=D(2022, 10, 10), venue="Canberra"),
    c("1b the talks after a mention", "readout", D(2019, 9, 5),
      "Visit of the Foreign Minister\n\nForeign Minister Mohammad Javad Zarif travelled to Moscow "
      "on 2 September 2019 at the invitation of Sergey Lavrov. The talks, held on 2 September, "
      "addressed the nuclear agreement and Syria.", {ZAR, LAV}, date=D(2019, 9, 2),
      venue="Moscow"),
    c("1b the talks after a mention", "wire", D(2023, 3, 2),
      "Blinken, Jaishankar\n\nNEW DELHI, March 2 (Reuters) - U.S. Secretary of State Antony "
      "Blinken reached New Delhi on Wednesday for the G20 ministers' gathering. The talks with "
      "Subrahmanyam Jaishankar on Thursday touched on Russia and China.", {BLI, JAI},
      date=D(2023, 3, 2), venue="New Delhi"),

    c("1c present-tense caption", "caption", D(2021, 3, 23),
      "Photo\n\nRussian Foreign Minister Sergey Lavrov meets Chinese Foreign Minister Wang Yi in "
      "Guilin, China, March 22, 2021. REUTERS/Pool", {LAV, WY}, date=D(2021, 3, 22)),
    c("1c present-tense caption", "scraped", D(2022, 9, 11),
      MENU + "Jaishankar meets Prince Faisal in Riyadh\nExternal Affairs Minister S. Jaishankar "
      "meets Saudi Foreign Minister Prince Faisal bin Farhan Al Saud in Riyadh on Sunday. "
      "(Photo: MEA)\nThe two sides reviewed the work of the Strategic Partnership Council." +
      FOOT.format(y=2022), {JAI, FAI}, date=D(2022, 9, 11), venue="Riyadh"),
    c("1c present-tense caption", "wire", D(2022, 9, 8),
      "Blinken in Kyiv\n\nU.S. Secretary of State Antony Blinken meets Ukrainian Foreign Minister "
      "Dmytro Kuleba in Kyiv, Ukraine, September 8, 2022. Blinken made an unannounced visit to "
      "pledge more military aid.", {BLI, KUL}, date=D(2022, 9, 8), venue="Kyiv"),
    c("1c present-tense caption", "brief", D(2023, 2, 13),
      "Pandor in Cairo\n\nMinister Naledi Pandor meets Egypt's Foreign Minister Sameh Shoukry in "
      "Cairo, 13 February 2023.", {PAN, SHO}, date=D(2023, 2, 13), venue="Cairo"),
    c("1c present-tense caption", "caption", D(2023, 11, 10),
      "Ministers in Tokyo\n\nJames Cleverly meets Yoko Kamikawa in Tokyo on November 8, 2023 "
      "during the G7 foreign ministers' meeting. (Photo by FCDO)", {CLE, "Yōko Kamikawa"},
      date=D(2023, 11, 8), venue="Tokyo"),

    c("1d verbless caption list", "caption", D(2020, 10, 6),
      "Quad in Tokyo\n\n(L-R) Australian Foreign Minister Marise Payne, Indian External Affairs "
      "Minister S. Jaishankar, Japanese Foreign Minister Toshimitsu Motegi and U.S. Secretary of "
      "State Mike Pompeo at the Quad meeting in Tokyo, October 6, 2020. REUTERS",
      {PAY, JAI, MOT, POM}, date=D(2020, 10, 6), venue="Tokyo"),
    c("1d verbless caption list", "readout", D(2021, 5, 5),
      "Annual retreat\n\nPhoto (L-R): Foreign Minister Vivian Balakrishnan, Foreign Minister Retno "
      "Marsudi. Jakarta, 5 May 2021.\n\nThe two ministers reviewed preparations for the leaders' "
      "retreat.", {BAL, RET}, date=D(2021, 5, 5), venue="Jakarta"),
    c("1d verbless caption list", "caption", D(2022, 11, 4),
      "G7 Münster\n\nLeft to right: Annalena Baerbock, Catherine Colonna and James Cleverly at "
      "the G7 foreign ministers' meeting in Münster, November 3, 2022.", {BAE, COL, CLE},
      date=D(2022, 11, 3)),
    c("1d verbless caption list", "scraped", D(2023, 7, 13),
      MENU + "ASEAN week\nFrom left, Wang Yi, Retno Marsudi and Sergey Lavrov, in Jakarta on "
      "Thursday, July 13, 2023. (AP Photo)\nForeign ministers from the region met all week."
      + FOOT.format(y=2023), {WY, RET, LAV}, date=D(2023, 7, 13), venue="Jakarta"),
    c("1d verbless caption list", "brief", D(2019, 5, 22),
      "SCO in Bishkek\n\nBISHKEK (TASS) - (From left) Sergey Lavrov, Wang Yi and Sushma Swaraj "
      "before the SCO foreign ministers' council in Bishkek on May 22, 2019.", {LAV, WY, SWA},
      date=D(2019, 5, 22), venue="Bishkek"),

    c("1e joint press conference", "wire", D(2022, 3, 10),
      "Ministers speak\n\nANTALYA, Turkey, March 10 (Reuters) - Sergey Lavrov and Dmytro Kuleba "
      "told reporters in Antalya on Thursday that they had made no progress on a ceasefire.",
      {LAV, KUL}, date=D(2022, 3, 10), venue="Antalya"),
    c("1e joint press conference", "wire", D(2022, 10, 10),
      "Jaishankar in Canberra\n\nCANBERRA, Oct 10 (AAP) - Speaking at a joint press conference "
      "with Penny Wong in Canberra on Monday, S. Jaishankar said the two democracies shared "
      "an interest in a stable Indo-Pacific.", {JAI, WONG}, date=D(2022, 10, 10),
      venue="Canberra"),
    c("1e joint press conference", "brief", D(2023, 1, 30),
      "Cairo\n\nAt a joint news conference in Cairo on Monday, Antony Blinken and Sameh Shoukry "
      "said talks on Gaza would go on.", {BLI, SHO}, date=D(2023, 1, 30), venue="Cairo"),
    c("1e joint press conference", "scraped", D(2022, 1, 18),
      MENU + "Baerbock visits Moscow\nGerman Foreign Minister Annalena Baerbock and Russia's "
      "Sergey Lavrov addressed a joint news conference in Moscow on Tuesday after a frosty "
      "exchange.\nMost read: Storm hits the coast" + FOOT.format(y=2022), {BAE, LAV},
      date=D(2022, 1, 18), venue="Moscow"),
    c("1e joint press conference", "readout", D(2023, 10, 4),
      "Joint press availability\n\nForeign Minister Penny Wong and Foreign Minister Ali Sabry "
      "spoke to the media together in Colombo on 4 October 2023.", {WONG, SAB},
      date=D(2023, 10, 4), venue="Colombo"),

    c("1f gathered for a meeting", "wire", D(2020, 9, 10),
      "SCO ministers\n\nMOSCOW, Sept 10 (Reuters) - Sergey Lavrov, Wang Yi and S. Jaishankar "
      "gathered in Moscow on Thursday for a trilateral meeting on the sidelines of the SCO.",
      {LAV, WY, JAI}, date=D(2020, 9, 10), venue="Moscow"),
    c("1f gathered for a meeting", "brief", D(2022, 11, 3),
      "Münster\n\nAnnalena Baerbock, James Cleverly and Antony Blinken gathered in Münster on "
      "Thursday for a meeting of G7 foreign ministers.", {BAE, CLE, BLI}, date=D(2022, 11, 3)),
    c("1f gathered for a meeting", "readout", D(2023, 7, 12),
      "Ministers meet\n\nMinisters Retno Marsudi, Vivian Balakrishnan and Penny Wong gathered at "
      "the Shangri-La hotel in Jakarta on 12 July 2023 for a meeting on maritime security.",
      {RET, BAL, WONG}, date=D(2023, 7, 12), venue="Jakarta"),
    c("1f gathered for a meeting", "scraped", D(2023, 6, 1),
      MENU + "BRICS in Cape Town\nForeign ministers Naledi Pandor, Sergey Lavrov and Mauro Vieira "
      "were among those who gathered in Cape Town on Thursday for a BRICS meeting.\nRelated: "
      "Rand weakens" + FOOT.format(y=2023), {PAN, LAV, VIE}, date=D(2023, 6, 1),
      venue="Cape Town"),

    c("1g held talks", "wire", D(2021, 7, 14),
      "Talks\n\nDUSHANBE, July 14 (Reuters) - Sergey Lavrov held talks with Shah Mehmood Qureshi in "
      "Dushanbe on Wednesday.", {LAV, QUR}, date=D(2021, 7, 14), venue="Dushanbe"),
    c("1g held talks", "readout", D(2019, 12, 18),
      "Meeting\n\nOn 18 December 2019, External Affairs Minister S. Jaishankar held talks with "
      "Secretary of State Mike Pompeo in Washington.", {JAI, POM}, date=D(2019, 12, 18),
      venue="Washington"),
    c("1g held talks", "scraped", D(2024, 2, 21),
      MENU + "Fidan and Lavrov talk\nTurkish Foreign Minister Hakan Fidan held talks with Sergey "
      "Lavrov in Rio de Janeiro on Wednesday.\nRelated: Lira slips" + FOOT.format(y=2024),
      {FID, LAV}, date=D(2024, 2, 21), venue="Rio de Janeiro"),
    c("1g held talks", "brief", D(2023, 10, 4),
      "Talks\n\nPenny Wong and Ali Sabry held talks in Colombo on October 4, 2023.", {WONG, SAB},
      date=D(2023, 10, 4), venue="Colombo"),

    c("1h sat down with", "wire", D(2022, 7, 9),
      "Bali\n\nNUSA DUA, Indonesia, July 9 (Reuters) - Antony Blinken sat down with Wang Yi in Bali "
      "on Saturday for five hours of talks.", {BLI, WY}, date=D(2022, 7, 9), venue="Bali"),
    c("1h sat down with", "brief", D(2023, 2, 18),
      "Munich\n\nOn Saturday Annalena Baerbock sat down with Wang Yi in Munich.", {BAE, WY},
      date=D(2023, 2, 18), venue="Munich"),
    c("1h sat down with", "scraped", D(2022, 5, 16),
      MENU + "Blinken, Kuleba\nSecretary Antony Blinken sat down with Dmytro Kuleba and Mevlut "
      "Cavusoglu in Berlin on Sunday.\nMore: Markets" + FOOT.format(y=2022), {BLI, KUL, CAV},
      date=D(2022, 5, 15), venue="Berlin"),
    c("1h sat down with", "readout", D(2024, 3, 26),
      "Readout\n\nForeign Minister Penny Wong sat down with Foreign Minister Retno Marsudi in "
      "Melbourne on 26 March 2024.", {WONG, RET}, date=D(2024, 3, 26), venue="Melbourne"),

    c("1i received", "wire", D(2022, 4, 1),
      "Lavrov in Delhi\n\nNEW DELHI, April 1 (Reuters) - Prime Minister Narendra Modi received "
      "Sergey Lavrov in New Delhi on Friday.", {"Narendra Modi", LAV}, date=D(2022, 4, 1),
      venue="New Delhi"),
    c("1i received", "readout", D(2023, 9, 26),
      "Audience\n\nOn 26 September 2023, Foreign Minister Mélanie Joly received Foreign Minister "
      "Ayman Safadi in Ottawa.", {JOL, SAF}, date=D(2023, 9, 26), venue="Ottawa"),
    c("1i received", "scraped", D(2024, 1, 15),
      MENU + "Shoukry receives Iran's top diplomat\nEgyptian Foreign Minister Sameh Shoukry "
      "received Hossein Amir-Abdollahian in Cairo on Monday.\nRelated: Suez revenue" +
      FOOT.format(y=2024), {SHO, ABD}, date=D(2024, 1, 15), venue="Cairo"),
    c("1i received", "brief", D(2019, 10, 20),
      "Riyadh\n\nKing Salman received Mike Pompeo at the royal palace in Riyadh on Sunday.",
      {"Salman of Saudi Arabia", POM}, date=D(2019, 10, 20), venue="Riyadh"),

    c("1j hosted", "wire", D(2023, 1, 17),
      "Talks in Delhi\n\nNEW DELHI, Jan 17 (PTI) - S. Jaishankar hosted his Saudi counterpart "
      "Prince Faisal bin Farhan Al Saud in New Delhi on Tuesday.", {JAI, FAI},
      date=D(2023, 1, 17), venue="New Delhi"),
    c("1j hosted", "readout", D(2022, 6, 20),
      "Hosting\n\nMinister Penny Wong hosted Foreign Minister Vivian Balakrishnan in Canberra "
      "on 20 June 2022.", {WONG, BAL}, date=D(2022, 6, 20), venue="Canberra"),
    c("1j hosted", "scraped", D(2023, 4, 12),
      MENU + "Ankara hosts\nTurkey's Mevlut Cavusoglu hosted Ayman Safadi in Ankara on Wednesday "
      "for talks on Syria.\nTrending: Lira" + FOOT.format(y=2023), {CAV, SAF},
      date=D(2023, 4, 12), venue="Ankara"),
    c("1j hosted", "brief", D(2024, 5, 14),
      "Brasília\n\nMauro Vieira hosted Mélanie Joly in Brasília on Tuesday.", {VIE, JOL},
      date=D(2024, 5, 14), venue="Brasília"),

    c("1k welcomed", "readout", D(2023, 2, 9),
      "Visit\n\nForeign Minister Penny Wong welcomed her Indonesian counterpart Retno Marsudi to "
      "Canberra on 9 February 2023 for the annual Foreign Ministers' Meeting.", {WONG, RET},
      date=D(2023, 2, 9), venue="Canberra"),
    c("1k welcomed", "wire", D(2023, 3, 29),
      "Kyiv\n\nKYIV, March 29 (Reuters) - Dmytro Kuleba welcomed Catherine Colonna in Kyiv on "
      "Wednesday.", {KUL, COL}, date=D(2023, 3, 29), venue="Kyiv"),
    c("1k welcomed", "scraped", D(2021, 9, 9),
      MENU + "Lavrov welcomes Israeli minister\nSergey Lavrov welcomed Yair Lapid in Moscow on "
      "Thursday.\nRelated: Rouble" + FOOT.format(y=2021), {LAV, "Yair Lapid"},
      date=D(2021, 9, 9), venue="Moscow"),
    c("1k welcomed", "brief", D(2024, 6, 3),
      "Welcome\n\nWang Yi welcomed Turkish Foreign Minister Hakan Fidan at the Diaoyutai state "
      "guesthouse in Beijing on Monday.", {WY, FID}, date=D(2024, 6, 3), venue="Beijing"),

    c("1l on the sidelines of", "wire", D(2022, 9, 22),
      "UNGA\n\nNEW YORK, Sept 22 (Reuters) - On the sidelines of the U.N. General Assembly, "
      "S. Jaishankar met Antony Blinken on Thursday.", {JAI, BLI}, date=D(2022, 9, 22),
      venue="New York"),
    c("1l on the sidelines of", "readout", D(2023, 7, 13),
      "Meeting\n\nOn the sidelines of the ASEAN meetings in Jakarta on 13 July 2023, Foreign "
      "Minister Penny Wong met Foreign Minister Wang Yi.", {WONG, WY}, date=D(2023, 7, 13),
      venue="Jakarta"),
    c("1l on the sidelines of", "scraped", D(2023, 2, 18),
      MENU + "Munich talks\nThe two ministers, Antony Blinken and Wang Yi, met on the sidelines "
      "of the Munich Security Conference on Saturday.\nRelated: Balloon" + FOOT.format(y=2023),
      {BLI, WY}, date=D(2023, 2, 18), venue="Munich"),
    c("1l on the sidelines of", "brief", D(2019, 6, 28),
      "Osaka\n\nNarendra Modi and Shinzo Abe met on the sidelines of the G20 summit in Osaka on "
      "Thursday.", {"Narendra Modi", "Shinzo Abe"}, date=D(2019, 6, 27), venue="Osaka"),

    c("1m in a meeting with", "wire", D(2022, 7, 25),
      "Lavrov in Cairo\n\nCAIRO, July 24 (Reuters) - In a meeting with Sameh Shoukry in Cairo on "
      "Sunday, Sergey Lavrov said grain shipments would resume.", {SHO, LAV},
      date=D(2022, 7, 24), venue="Cairo"),
    c("1m in a meeting with", "readout", D(2020, 11, 12),
      "Readout\n\nForeign Minister Zarif, in a meeting with Shah Mehmood Qureshi in Tehran on "
      "12 November 2020, discussed Afghanistan and trade across the border.", {ZAR, QUR},
      date=D(2020, 11, 12), venue="Tehran"),
    c("1m in a meeting with", "scraped", D(2023, 9, 20),
      MENU + "Kuleba at the UN\nIn a meeting with Mélanie Joly in New York on Wednesday, Dmytro "
      "Kuleba asked for more air defence.\nRelated: Wheat" + FOOT.format(y=2023), {KUL, JOL},
      date=D(2023, 9, 20), venue="New York"),
    c("1m in a meeting with", "brief", D(2024, 2, 6),
      "Riyadh\n\nBlinken, in a meeting with Faisal bin Farhan in Riyadh on Monday, discussed "
      "Gaza.", {BLI, FAI}, date=D(2024, 2, 5), venue="Riyadh"),
    # ------------------------------------------------------------------ item 6: mentioned people
    c("6a earlier meeting by month", "wire", D(2023, 8, 31),
      "Moscow talks\n\nMOSCOW, Aug 31 (Reuters) - Sergey Lavrov held talks with Hakan Fidan in "
      "Moscow on Thursday. Fidan had met Antony Blinken in June in Washington.", {LAV, FID},
      date=D(2023, 8, 31), venue="Moscow"),
    c("6a earlier meeting by month", "readout", D(2022, 10, 10),
      "Dialogue\n\nMinister Penny Wong held talks with S. Jaishankar in Canberra on 10 October "
      "2022. The two ministers had met Antony Blinken together in September in New York.",
      {WONG, JAI}, date=D(2022, 10, 10), venue="Canberra"),
    c("6a earlier meeting by month", "scraped", D(2023, 7, 13),
      MENU + "Wang in Jakarta\nWang Yi met Retno Marsudi in Jakarta on Thursday. In February, "
      "Wang met Sergey Lavrov in Moscow.\nRelated: Nickel" + FOOT.format(y=2023), {WY, RET},
      date=D(2023, 7, 13), venue="Jakarta"),
    c("6a earlier meeting by month", "wire", D(2019, 11, 23),
      "Nagoya\n\nNAGOYA, Japan, Nov 23 (Kyodo) - Toshimitsu Motegi held talks with Wang Yi in "
      "Nagoya on Saturday. Motegi met Mike Pompeo in September in New York.", {MOT, WY},
      date=D(2019, 11, 23)),
    c("6a earlier meeting by month", "brief", D(2024, 2, 21),
      "Rio\n\nLavrov and Fidan met in Rio de Janeiro on Wednesday. Lavrov met Wang Yi in "
      "Beijing in April.", {LAV, FID}, date=D(2024, 2, 21), venue="Rio de Janeiro"),

    c("6b people named as context", "wire", D(2023, 8, 31),
      "Grain talks\n\nMOSCOW, Aug 31 (Reuters) - Sergey Lavrov held talks with Hakan Fidan in "
      "Moscow on Thursday about the grain deal that Vladimir Putin and Tayyip Erdogan had "
      "backed last year.", {LAV, FID}, date=D(2023, 8, 31), venue="Moscow"),
    c("6b people named as context", "brief", D(2023, 5, 30),
      "Washington\n\nS. Jaishankar met Antony Blinken in Washington on Tuesday to prepare "
      "Narendra Modi's state visit and Joe Biden's trip to Delhi.", {JAI, BLI},
      date=D(2023, 5, 30), venue="Washington"),
    c("6b people named as context", "scraped", D(2023, 1, 10),
      MENU + "Baerbock in Kharkiv\nAnnalena Baerbock met Dmytro Kuleba in Kharkiv on Tuesday. "
      "The talks followed Olaf Scholz's pledge of air defence and an appeal by Volodymyr "
      "Zelensky.\nRelated: Energy" + FOOT.format(y=2023), {BAE, KUL}, date=D(2023, 1, 10),
      venue="Kharkiv"),
    c("6b people named as context", "wire", D(2022, 12, 21),
      "Beijing\n\nBEIJING, Dec 21 (AAP) - Penny Wong held talks with Wang Yi in Beijing on "
      "Wednesday, a step towards a visit by Anthony Albanese that Xi Jinping has welcomed.",
      {WONG, WY}, date=D(2022, 12, 21), venue="Beijing"),
    c("6b people named as context", "readout", D(2023, 11, 6),
      "Readout\n\nForeign Minister Ayman Safadi received Foreign Minister Hossein "
      "Amir-Abdollahian in Amman on 6 November 2023 and conveyed King Abdullah II's message "
      "to President Ebrahim Raisi.", {SAF, ABD}, date=D(2023, 11, 6), venue="Amman"),

    c("6c related-story headline", "scraped", D(2023, 8, 31),
      MENU + "Lavrov and Fidan meet\nSergey Lavrov held talks with Hakan Fidan in Moscow on "
      "Thursday.\nRELATED: Blinken meets Kuleba in Kyiv as aid flows\nThe ministers also "
      "discussed Syria." + FOOT.format(y=2023), {LAV, FID}, date=D(2023, 8, 31),
      venue="Moscow"),
    c("6c related-story headline", "scraped", D(2023, 3, 2),
      MENU + "G20 in Delhi\nAntony Blinken held talks with S. Jaishankar in New Delhi on "
      "Thursday.\nRead also: Wang Yi to meet Sergey Lavrov next week\nThe ministers spoke "
      "about Ukraine." + FOOT.format(y=2023), {BLI, JAI}, date=D(2023, 3, 2),
      venue="New Delhi"),
    c("6c related-story headline", "scraped", D(2022, 12, 21),
      MENU + "Wong in Beijing\nPenny Wong met Wang Yi in Beijing on Wednesday.\n\nMore from "
      "World\nModi hosts Albanese in Delhi\nXi and Putin sign energy pact" +
      FOOT.format(y=2022), {WONG, WY}, date=D(2022, 12, 21), venue="Beijing"),
    c("6c related-story headline", "scraped", D(2023, 3, 29),
      MENU + "Colonna in Kyiv\nDmytro Kuleba welcomed Catherine Colonna in Kyiv on Wednesday.\n"
      "You may also like: Baerbock and Cleverly meet in London\nThey spoke about grain." +
      FOOT.format(y=2023), {KUL, COL}, date=D(2023, 3, 29), venue="Kyiv"),

    c("6d spokesperson afterwards", "wire", D(2023, 8, 31),
      "Moscow\n\nMOSCOW, Aug 31 (Reuters) - Sergey Lavrov met Hakan Fidan in Moscow on Thursday. "
      "\"The talks were constructive,\" foreign ministry spokeswoman Maria Zakharova told "
      "reporters on Friday.", {LAV, FID}, date=D(2023, 8, 31), venue="Moscow"),
    c("6d spokesperson afterwards", "wire", D(2022, 7, 9),
      "Bali\n\nNUSA DUA, July 9 (AFP) - Antony Blinken held talks with Wang Yi in Bali on "
      "Saturday. Chinese foreign ministry spokesman Wang Wenbin told a regular briefing on "
      "Monday that the talks were candid.", {BLI, WY}, date=D(2022, 7, 9), venue="Bali"),
    c("6d spokesperson afterwards", "readout", D(2022, 9, 22),
      "Readout\n\nState Department spokesman Ned Price said in a readout that Antony Blinken "
      "met S. Jaishankar in New York on Thursday.", {BLI, JAI}, date=D(2022, 9, 22),
      venue="New York"),
    c("6d spokesperson afterwards", "brief", D(2021, 3, 22),
      "Guilin\n\nWang Yi held talks with Sergey Lavrov in Guilin on Monday, spokeswoman Maria "
      "Zakharova said afterwards.", {WY, LAV}, date=D(2021, 3, 22)),

    # ------------------------------------------------------------------ item 7: dropped people
    c("7a late Tuesday / the late X", "wire", D(2022, 3, 30),
      "Lavrov in China\n\nTUNXI, China, March 30 (Reuters) - Sergey Lavrov held talks with Wang "
      "Yi late Tuesday in Tunxi.", {LAV, WY}, date=D(2022, 3, 29)),
    c("7a late Tuesday / the late X", "brief", D(2022, 9, 8),
      "Kyiv\n\nAntony Blinken met Dmytro Kuleba late on Thursday in Kyiv.", {BLI, KUL},
      date=D(2022, 9, 8), venue="Kyiv"),
    c("7a late Tuesday / the late X", "wire", D(2022, 9, 8),
      "Tokyo\n\nTOKYO, Sept 8 (PTI) - S. Jaishankar laid a wreath for the late Shinzo Abe in "
      "Tokyo on Thursday before meeting Yoshimasa Hayashi.", {JAI, HAY}, date=D(2022, 9, 8),
      venue="Tokyo"),
    c("7a late Tuesday / the late X", "scraped", D(2021, 7, 24),
      MENU + "Chengdu\nLate Saturday, Shah Mehmood Qureshi and Wang Yi met in Chengdu for the "
      "third strategic dialogue.\nRelated: CPEC" + FOOT.format(y=2021), {QUR, WY},
      date=D(2021, 7, 24)),
    c("7a late Tuesday / the late X", "readout", D(2023, 6, 14),
      "Readout\n\nLate Tuesday, Foreign Minister Mélanie Joly spoke with reporters after her "
      "meeting with Mauro Vieira in Brasília on Tuesday, 13 June.", {JOL, VIE},
      date=D(2023, 6, 13), venue="Brasília"),

    c("7b after a meeting with", "wire", D(2022, 2, 7),
      "Kyiv\n\nKYIV, Feb 7 (Reuters) - Speaking after a meeting with Dmytro Kuleba in Kyiv on "
      "Monday, Annalena Baerbock said Germany stood by Ukraine.", {KUL, BAE},
      date=D(2022, 2, 7), venue="Kyiv"),
    c("7b after a meeting with", "brief", D(2024, 3, 20),
      "Canberra\n\nAfter a meeting with Penny Wong in Canberra on Wednesday, Wang Yi told "
      "reporters ties were back on track.", {WONG, WY}, date=D(2024, 3, 20), venue="Canberra"),
    c("7b after a meeting with", "scraped", D(2022, 7, 24),
      MENU + "Shoukry and Lavrov\nSameh Shoukry, after a meeting with Sergey Lavrov in Cairo on "
      "Sunday, said Egypt wanted grain.\nRelated: Suez" + FOOT.format(y=2022), {SHO, LAV},
      date=D(2022, 7, 24), venue="Cairo"),
    c("7b after a meeting with", "readout", D(2021, 5, 5),
      "Press\n\nAfter a meeting with Foreign Minister Retno Marsudi in Jakarta on 5 May 2021, "
      "Minister Vivian Balakrishnan spoke to the press.", {RET, BAL}, date=D(2021, 5, 5),
      venue="Jakarta"),

    c("7c met at the airport", "wire", D(2022, 4, 24),
      "Rzeszow\n\nRZESZOW, Poland, April 24 (Reuters) - Antony Blinken and Dmytro Kuleba met at "
      "the airport in Rzeszow on Sunday before Blinken crossed into Ukraine.", {BLI, KUL},
      date=D(2022, 4, 24)),
    c("7c met at the airport", "brief", D(2022, 9, 11),
      "Riyadh\n\nS. Jaishankar met Prince Faisal bin Farhan at the airport in Riyadh on "
      "Sunday during a stopover.", {JAI, FAI}, date=D(2022, 9, 11), venue="Riyadh"),
    c("7c met at the airport", "wire", D(2021, 3, 27),
      "Islamabad\n\nISLAMABAD, March 27 (APP) - Shah Mehmood Qureshi received Wang Yi at the "
      "airport on Saturday. Wang later held talks with Prime Minister Imran Khan in Islamabad.",
      {WY, "Imran Khan"}, optional={QUR}, date=D(2021, 3, 27), venue="Islamabad"),
    c("7c met at the airport", "scraped", D(2024, 6, 18),
      MENU + "Lavrov in Pyongyang\nSergey Lavrov was met at the airport in Pyongyang by Choe "
      "Son Hui on Tuesday.\nRelated: Rice prices" + FOOT.format(y=2024), {LAV, "Choe Son-hui"},
      date=D(2024, 6, 18), venue="Pyongyang"),

    c("7d accompanied by", "wire", D(2021, 7, 26),
      "Tianjin\n\nTIANJIN, July 26 (Reuters) - Antony Blinken's deputy Wendy Sherman, "
      "accompanied by aides, met Wang Yi in Tianjin on Monday.", {"Wendy Sherman", WY},
      date=D(2021, 7, 26), venue="Tianjin"),
    c("7d accompanied by", "wire", D(2023, 5, 4),
      "Goa\n\nGOA, May 4 (PTI) - Bilawal Bhutto Zardari, accompanied by Minister of State Hina "
      "Rabbani Khar, held talks with Sergey Lavrov in Goa on Thursday.",
      {"Bilawal Bhutto Zardari", LAV}, optional={"Hina Rabbani Khar"}, date=D(2023, 5, 4),
      venue="Goa"),
    c("7d accompanied by", "brief", D(2023, 6, 6),
      "Jeddah\n\nAccompanied by Prince Faisal bin Farhan, Crown Prince Mohammed bin Salman "
      "received Antony Blinken in Jeddah on Tuesday.", {"Mohammed bin Salman", BLI},
      optional={FAI}, date=D(2023, 6, 6), venue="Jeddah"),
    c("7d accompanied by", "readout", D(2023, 1, 17),
      "Readout\n\nExternal Affairs Minister S. Jaishankar, accompanied by Foreign Secretary "
      "Vinay Kwatra, met Foreign Minister Prince Faisal bin Farhan Al Saud in New Delhi on 17 "
      "January 2023.", {JAI, FAI}, optional={"Vinay Mohan Kwatra"}, date=D(2023, 1, 17),
      venue="New Delhi"),

    c("7e a deputy", "wire", D(2022, 1, 10),
      "Geneva\n\nGENEVA, Jan 10 (Reuters) - Deputy Foreign Minister Sergei Ryabkov met U.S. "
      "Deputy Secretary of State Wendy Sherman in Geneva on Monday.",
      {"Sergei Ryabkov", "Wendy Sherman"}, date=D(2022, 1, 10), venue="Geneva"),
    c("7e a deputy", "wire", D(2022, 1, 21),
      "Geneva\n\nGENEVA, Jan 21 (AP) — Sergey Lavrov, with his deputy Sergei Ryabkov, met Antony "
      "Blinken in Geneva on Friday.", {LAV, BLI}, optional={"Sergei Ryabkov"},
      date=D(2022, 1, 21), venue="Geneva"),
    c("7e a deputy", "readout", D(2023, 4, 10),
      "Readout\n\nDeputy Prime Minister and Foreign Minister Ayman Safadi held talks with "
      "Foreign Minister Sameh Shoukry in Cairo on 10 April 2023.", {SAF, SHO},
      date=D(2023, 4, 10), venue="Cairo"),
    c("7e a deputy", "scraped", D(2022, 11, 29),
      MENU + "Khar in Moscow\nMinister of State Hina Rabbani Khar held talks with Deputy "
      "Foreign Minister Andrey Rudenko in Moscow on Tuesday.\nRelated: Oil" +
      FOOT.format(y=2022), {"Hina Rabbani Khar", "Andrey Rudenko"}, date=D(2022, 11, 29),
      venue="Moscow"),

    # ------------------------------------------------------------------ item 9: registry gaps
    c("9a social-media handle", "caption", D(2022, 10, 10),
      "Post\n\nGood to meet FM @PennyWongMP in Canberra today.\n— Dr. S. Jaishankar "
      "(@DrSJaishankar) October 10, 2022", {JAI, WONG}, date=D(2022, 10, 10), venue="Canberra"),
    c("9a social-media handle", "caption", D(2021, 5, 5),
      "Post\n\nMet my friend @RetnoLPMarsudi in Jakarta today for our annual retreat.\n— Vivian "
      "Balakrishnan (@VivianBala) May 5, 2021", {BAL, RET}, date=D(2021, 5, 5), venue="Jakarta"),
    c("9a social-media handle", "brief", D(2023, 1, 30),
      "Cairo\n\n@Sameh_Shoukry and @SecBlinken held talks in Cairo on Monday, the ministry "
      "posted.", {SHO, BLI}, date=D(2023, 1, 30), venue="Cairo"),
    c("9a social-media handle", "scraped", D(2023, 8, 31),
      MENU + "Post\nTalks in Moscow today with @FidanHakan on the grain corridor - Sergey "
      "Lavrov, August 31, 2023" + FOOT.format(y=2023), {LAV, FID}, date=D(2023, 8, 31),
      venue="Moscow"),

    c("9b title in apposition", "wire", D(2021, 3, 22),
      "Guilin\n\nGUILIN, March 22 (Xinhua) - Chinese State Councilor and Foreign Minister Wang "
      "Yi met Russian Foreign Minister Sergey Lavrov in Guilin on Monday.", {WY, LAV},
      date=D(2021, 3, 22)),
    c("9b title in apposition", "readout", D(2023, 4, 10),
      "Readout\n\nEgypt's Foreign Minister, Sameh Shoukry, received the Foreign Minister of "
      "Jordan, Ayman Safadi, in Cairo on 10 April 2023.", {SHO, SAF}, date=D(2023, 4, 10),
      venue="Cairo"),
    c("9b title in apposition", "scraped", D(2023, 1, 17),
      MENU + "Delhi\nThe Saudi Foreign Minister, Prince Faisal bin Farhan, held talks with "
      "External Affairs Minister Dr. S. Jaishankar in New Delhi on Tuesday.\nRelated: Oil" +
      FOOT.format(y=2023), {FAI, JAI}, date=D(2023, 1, 17), venue="New Delhi"),
    c("9b title in apposition", "brief", D(2022, 7, 8),
      "Tokyo\n\nMinister for Foreign Affairs Senator Penny Wong met Foreign Minister of Japan "
      "Hayashi Yoshimasa in Tokyo on Friday.", {WONG, HAY}, date=D(2022, 7, 8), venue="Tokyo"),

    c("9c title alone on a date", "wire", D(2022, 11, 8),
      "Moscow\n\nMOSCOW, Nov 8 (Reuters) - Sergey Lavrov met the Indian foreign minister in "
      "Moscow on Tuesday.", {LAV, JAI}, date=D(2022, 11, 8), venue="Moscow"),
    c("9c title alone on a date", "brief", D(2024, 6, 3),
      "Beijing\n\nThe Turkish foreign minister met Wang Yi in Beijing on Monday.", {FID, WY},
      date=D(2024, 6, 3), venue="Beijing"),
    c("9c title alone on a date", "readout", D(2023, 1, 23),
      "Readout\n\nMinister Naledi Pandor received the Russian foreign minister in Pretoria on "
      "23 January 2023.", {PAN, LAV}, date=D(2023, 1, 23), venue="Pretoria"),
    c("9c title alone on a date", "wire", D(2023, 6, 19),
      "Beijing\n\nBEIJING, June 19 (Reuters) - Antony Blinken held talks with his Chinese "
      "counterpart in Beijing on Monday.", {BLI, "Qin Gang"}, date=D(2023, 6, 19),
      venue="Beijing"),
]
