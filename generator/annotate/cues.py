"""Words that tell a meeting sentence apart from the rest, and a reported meeting from a recalled
or planned one. Kept as data in one place so rules stay general and easy to review.
"""

from __future__ import annotations

import re
import sys
from re import _constants, _parser  # type: ignore[attr-defined]

from generator.annotate.guard import factored, guarded

LEFT_TO_RIGHT = (r"\(\s*(?:from\s+)?l(?:eft)?\s*(?:-|to)\s*r(?:ight)?\s*\)|\(\s*from\s+(?:the\s+)?left\s*\)|"
                 r"\b(?:from\s+(?:the\s+)?left|left\s+to\s+right)\s*[:,]|"
                 r"\((?:l|r|c|left|right|cent(?:er|re))\)(?=\s|,)")
"""'(L-R) X, Y and Z', 'X (L) and Y (R)': a photo caption naming who attended, verb or not."""
MEETING = re.compile(
    r"\b(?:met|meets?|meeting\s+(?:(?:on|this|late|early)\s+(?:\w+\s+)?)?(?:with|between)|(?:a|the|his|her|their|separate|bilateral)\s+"
    r"meetings?\b|(?:trilateral|tripartite|quadrilateral)\s+meetings?\b|held\s+(?:a\s+|an\s+)?(?:bilateral\s+|separate\s+|private\s+|short\s+)?"
    r"(?:meetings?|talks|discussions?|consultations|conversation)|holds?\s+(?:\w+\s+)?talks|"
    r"talks\s+(?:(?:in|at)\s+[\w-]+\s+)?(?:(?:today|yesterday|tonight)\s+)?with|talks\s+between|hold\s+(?:\w+\s+)?talks|had\s+(?:a\s+|an\s+)?"
    r"(?:\w+\s+){0,2}(?:meeting|talks|conversation|call|discussion|exchange)|"
    r"called\s+on|calls\s+on|call\s+on|courtesy\s+call|phone\s+(?:call|conversation|talks)|telephone|spoke\s+(?:by|over|on)|"
    r"spoke\s+(?:with|to)(?!\s+(?:the\s+)?(?:reporters|journalists|press|media)\b)|talked\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|talked\s+with|"
    r"video\s*(?:call|conference|link)|engaged|conferred|exchanged\s+views|interact(?:ed|s)?\s+with|"
    r"attended|participated|took\s+part|co-?chaired|chaired|convene[sd]?|on\s+the\s+sidelines|"
    r"on\s+the\s+margins|received|receives|hosted|hosts|welcomed|greeted|welcomes|greets|tête-à-tête|"
    r"visited\s+(?:[\w,-]+\s+){1,4}?(?:together|along)\s+with|their\s+(?:[\w-]+\s+){0,2}?(?:summit|talks)|"
    r"discussed\s+(?:\w+\s+){0,6}with|sat\s+in|present\s+(?:in|at)\s+the\s+meeting|"
    r"present\s+on\s+the\s+occasion|in\s+attendance|reviewed|discussed|speaking\s+at|spoke\s+at|"
    r"address(?:ed|ing)\s+the|(?:press|news)\s+conference\s+with|['’]s\s+(?:meeting|talks)|"
    r"held\s+(?:[\w'’-]+\s+){0,4}(?:meetings?|talks|multilateral|bilateral|discussions?|dialogue|"
    r"consultations|summit)|represent(?:ed|ing|s)|"
    # the heads of the sides ('X and Y led the talks', 'headed their respective delegations')
    r"(?:led|headed|co-?led)\s+(?:the|their|respective|his|her)\s+(?:respective\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|delegations?|dialogue|negotiations|discussions|consultations)|"
    # noun phrases, present-tense captions and calls: the forms news uses besides a verb
    r"(?:negotiations|discussions|consultations|dialogue|summit|conversations?|exchanges?\s+of\s+"
    r"views)\s+(?:with|between)|"
    r"joint\s+(?:press|news)\s+(?:conference|briefing)|(?:shak(?:e|es|ing)|shook)\s+hands|"
    r"pose[sd]?\s+for\s+(?:a\s+)?(?:group\s+|family\s+|joint\s+)?(?:photo(?:graph)?s?|pictures?)|(?:tele)?phoned|called\s+(?:up\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:counterparts?|opposite\s+numbers?)|during\s+(?:(?:the|their|his|her|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions|consultations|negotiations)|sat\s+down\s+with|joined\s+(?:them|him|her|(?:in\s+)?the\s+(?:talks|meeting|two\s+\w+|leaders|ministers)|[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:for|in|at)\s+(?:talks|a|an|the|their|his|her))|(?:talk|speak)s\s+(?:with|to)|"
    r"spoke\s+(?:[\w-]+\s+){1,2}(?:with|to)|dial+ed|"
    r"(?:phone\s+|telephone\s+|video\s+)?calls?\s+(?:with|between)|"
    r"(?:made|placed|makes|places)\s+(?:a\s+)?(?:phone\s+|telephone\s+)?calls?\s+to|"
    r"(?:those|leaders|others|heads\s+of\s+state)\s+(?:present|in\s+attendance)|"
    r"among\s+(?:them|those\s+present|the\s+(?:participants|attendees|guests))\s+(?:were|was|are)|"
    r"(?:were|was|are|is)\s+(?:also\s+)?present\b(?!\s+(?:day|situation|state|time))|"
    r"present\s+(?:were|was|are|included)|others\s+(?:are|were|include[sd]?)\b|attends?|"
    r"attending\s+(?:were|was|are|is)|(?:participants|attendees)\s+(?:were|included|include)|"
    r"gathered\s+(?:[\w-]+\s+){0,8}?for\s+(?:a|an|the|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|talks|summit|session|conference)|"
    # talks told by their start or end ('began talks', 'wrapped up two days of talks')
    r"(?:began|begun|opened|started|wrapped\s+up|concluded|ended|completed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|consultations)|"
    # a participle naming whom ('Lavrov, meeting Wang Yi in Beijing, said'), not a noun
    r"(?:(?<=[,:\-–—]\s)|^)meeting\s+(?!(?:of|on|in|at|to|for|was|were|is|will|would|has|had|the|a|an|"
    r"this|that|room|point|venue|place|hall|ended|began|lasted|took|focused|came|comes)\b)"
    r"(?:his|her|their|[\w.'’-]+)"
    r")\b|" + LEFT_TO_RIGHT,
    re.I,
)
MEETING_MORE = re.compile(
    r"\b(?:"
    # a conversation told with 'talked to' (not the press), talks joined under way, a plenary
    r"talked\s+to\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|nation|students|crowds?)\b)|"
    r"(?:was|were|is|are|been)\s+(?:\w+\s+)?joined\s+by|"
    r"in\s+(?:the\s+)?plenary|plenary\s+(?:sessions?|statements?|speeches)|"
    # a meal, a side led by someone, a signing in someone's presence, a session opened
    r"(?:had|have|has|having)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:lunch|dinner|breakfast|luncheon)\b|"
    # a working meal names a meeting whatever its verb ('shared a working dinner', 'over a
    # working lunch'), and so does 'lunched with/together' (its needles are the meal words)
    r"(?<=working\s)(?:lunch|dinner|breakfast|luncheon)\b|lunched\s+(?:together|with)\b|"
    r"(?:delegations?|sides?|teams?|one)\s+(?:(?:was|were)\s+)?(?:headed|led)\s+by|in\s+the\s+presence\s+of|"
    r"opened\s+the\s+(?:session|meeting|summit|talks|conference|plenary|forum)|"
    r"present\s+(?:in|at)\s+the\s+(?:talks|session|negotiations|ceremony|consultations)|"
    r"(?:summit|session|talks|negotiations|consultations|conference|forum)\s+(?:opened|began|started|"
    r"got\s+under\s*way|kicked\s+off)\b|"
    # talks opening a sentence as its subject ('The talks, held on Monday, covered ...'): the
    # meeting told once more, whose people the sentence before names (`events.THEY`)
    r"(?<![\w,;] )(?<!\w)the\s+(?:\w+\s+)?(?:talks|meeting|negotiations|consultations)\s*,?\s+"
    r"(?:were\s+|was\s+)?(?:held|took\s+place|lasted|focused|covered|cent(?:red|ered)|touched)|"
    # two people who speak to the press together ('X and Y told reporters'): a joint appearance
    r"and\s+(?:[\w.'’-]+\s+){1,4}?(?:jointly\s+|together\s+)?(?:told|briefed|addressed|(?:spoke|talked)\s+(?:to|with))\s+"
    r"(?:reporters|journalists|the\s+(?:press|media))|"
    # 'said after meeting X', 'before meeting X': the participle names whom the subject met
    r"(?:(?<=after\s)|(?<=before\s))meeting\s+(?!(?:of|on|in|at|to|for|was|were|is|will|would|has|had|the|a|an|"
    r"this|that|room|point|venue|place|hall|ended|began|lasted|took|focused|came|comes)\b)"
    r"(?:with\s+)?(?:his|her|their|[\w.'’-]+)"
    r")\b",
    re.I,
)
"""More forms of `MEETING`, kept apart so that their rare words (each match holds one) let
most sentences skip them: `MEETING` has too many words for that, and every form added to it
costs every sentence."""
DELEGATION_LISTED = (r"delegations?\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted\s+of|"
                     r"(?:was|were)\s+(?:also\s+)?(?:composed|made\s+up)\s+of)")
"""'The Indian delegation included X, Minister of State ...': a side's members listed, a meeting
(`MEETING_RARE`) whose people join the talks told before (`PARTICIPATION_MORE`)."""
MEETING_RARE = re.compile(
    r"\b(?:round\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dialogue|talks|consultations|negotiations)|"
    r"dined\s+(?:together|with)|"
    # a host speaking to the visitor ('X told his guest that ...'): the two were together
    r"(?:told|assured|informed|briefed|thanked|welcomed)\s+(?:his|her|their)\s+(?:guests?|visitors?)|"
    # the two sides face to face ('X and Y sat across the table from Z and W')
    r"(?:(?<=\bsat\s)|(?<=\bdown\s))(?:across|opposite)\s+(?:the\s+table\s+)?(?:from\s+)?|"
    r"across\s+the\s+table\s+from|"
    # 'at their first three-way meeting in four years': the count of sides names the meeting
    r"(?:two|three|four|five|six)-way\s+(?:meeting|talks|summit|dialogue|consultations)|"
    # 'X and Y gathered today at the Palace': the ministers' own gathering, told without a noun
    r"(?:gathered|assembled)\s+(?:(?:today|yesterday|here|together|again|virtually|online)\b|(?:on|at|in)\s)|"
    # the rest of a delegation told after the meeting: 'Taking part were X, Y and Z'
    r"(?:taking\s+part|around\s+the\s+table|at\s+the\s+table)\s+(?:were|was|are)|"
    + DELEGATION_LISTED + "|"
    r"(?:were|was|are)\s+among\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|ministers|participants|"
    r"delegates|attendees|heads\s+of\s+\w+)\s+(?:attending|present|taking\s+part|at\s+the))\b",
    re.I,
)
"""Still rarer forms ('launched the first round of the strategic dialogue', 'dined with', a list
of who else took part: 'Taking part were X and Y', 'X and Y were among the leaders attending'), apart
from `MEETING_MORE`, which holds as many needles as pay (`MAX_NEEDLES`)."""
STRONG_MEETING = re.compile(
    r"\b(?:met|meets?\s+with|meetings?\s+with|courtesy\s+call|held\s+talks|talks\s+with|called\s+on|phone|telephone|"
    r"received|hosted|conferred|sidelines|(?:told|assured|informed|briefed|thanked|welcomed)\s+(?:his|her|"
    r"their)\s+(?:guests?|visitors?))\b",
    re.I,
)
PLANNED = re.compile(
    r"\b(?:will|shall|could|might|is\s+(?:due|set|slated|expected|scheduled|going)\s+to|are\s+(?:due|set|"
    r"slated|expected|scheduled)\s+to|was\s+(?:due|expected|scheduled)\s+to|were\s+(?:due|"
    r"expected|scheduled)\s+to|(?:was|were)\s+to\s+(?:\w+\s+){0,2}(?:hold|meet|visit|attend|have)|scheduled|expected\s+to|plans?\s+to|planned|upcoming|"
    r"looking\s+forward|look\s+forward|tomorrow|next\s+(?:week|month|year)|later\s+this|"
    r"would\s+(?:meet|hold|visit|travel)|to\s+be\s+held|ahead\s+of|"
    r"(?:agreed|agree|agrees|decided|pledged|promised|offered|proposed|sought)\s+to\s+"
    r"(?:hold|organi[sz]e|broker|arrange|convene|host|set\s+up|prepare)|intends?\s+to|invit(?:ed|ation)\s+"
    r"(?:\w+\s+){0,3}to\s+visit|slated)\b",
    re.I,
)
RECALLED = re.compile(
    r"\b(?:previously|had\s+(?:previously\s+|earlier\s+|also\s+)?(?:met|held|visited|talked|spoken)|"
    r"last\s+(?:week|month|year|time)|(?:last|most\s+recently)\s+(?:met|spoke|talked|held|visited|"
    r"hosted|saw|conferred|travel+ed)|(?:previous|prior|earlier)\s+(?:[\w-]+\s+)?(?:meeting|talks|"
    r"visit|encounter|call|conversation)|the\s+(?:night|evening)\s+before|(?:days|weeks|months|years)\s+(?:ago|earlier|after|before)|"
    r"\b(?:a|one|a\s+few|several)\s+(?:day|week|month|year)s?\s+(?:ago|after|before)|"
    r"ago\b|former|recall(?:ed|ing|s)?|reciprocat\w*|back\s+from|follow-?\s?up\s+(?:on|to)|after\s+(?:a|an|the|his|her|"
    r"their|(?:\w+\s+)?\w+['’]s)\s+(?:\w+\s+)?(?:talks|meeting|visit|summit|call)|recent\s+(?:\w+\s+)?(?:meeting|talks|"
    r"visit|trip|call|summit)|first\s+(?:\w+\s+){0,4}was\s+held|since\s+(?:then|assuming)|"
    r"earlier\s+(?:this|last)\s+(?:year|month)|in\s+(?:19|20)\d\d\b|the\s+previous\s+day|"
    r"on\s+the\s+previous|(?:results?|outcomes?)\s+of\s+(?:the|a|their|last)\s+|"
    r"(?:set|reached|agreed(?:\s+upon)?|achieved|made|taken|adopted|struck)\s+"
    r"(?:in|at|during)\s+(?:a|an|the|their|his|her)\b)",
    re.I,
)
DEATH = re.compile(
    r"\b(?:deaths?|died|killed|late(?!\s+(?:on|in|at|last|this|yesterday|today|tonight|night|"
    r"evening|afternoon|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|funeral|moment\s+of\s+silence|condolences?|"
    r"mourn\w*|memory|memorial|tribute\s+to|assassinat\w*|passed\s+away)\b",
    re.I,
)
ABSENT = re.compile(
    r"\b(?:stayed\s+away|skipp(?:ed|ing)|did\s+not\s+(?:attend|participate|travel|come|join|make)|"
    r"didn['’]t\s+(?:attend|come|join)|absent|boycott\w*|declined\s+to\s+(?:attend|join|come)|"
    r"(?:was|were)\s+not\s+(?:present|invited|there)|missed|no-show|pulled\s+out|"
    r"(?:is|are|was|were)\s+not\s+(?:attending|coming|taking\s+part|participating|travel+ing)|"
    r"(?:was|were)\s+not\s+(?:received|met|hosted)\s+by|did\s+not\s+(?:meet|receive|see)|"
    r"(?:could|would)\s+not\s+(?:attend|come|join|travel)|(?:was|were)\s+unable\s+to\s+(?:attend|come|"
    r"join|travel|make\s+it)|(?:(?<=\bwas\s)|(?<=\bwere\s))(?:travel+ing|abroad|elsewhere|unwell))\b", re.I)
CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:while|whereas|but|although|though)\s")
GREETING = re.compile(r"\b(?:airport|tarmac|upon\s+(?:his|her|their)\s+arrival|on\s+(?:his|her|their\s+)?"
                      r"arrival|(?:received|greeted|welcomed)\s+on\s+arrival|arriv(?:ed|es)\s+"
                      r"[^.;]{0,80}?\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:greeted|welcomed)\s+"
                      r"(?:there\s+)?by)\b", re.I)
"""An airport or arrival welcome ('arrived in X and was greeted by Y'); a reception by a host
('arrived ... and was received by the president') is a meeting of the visit."""
SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)
PARTICIPATION = re.compile(
    r"\b(?:attend(?:ed|ing|s)|participat(?:ed|ing|es)|took\s+part|taking\s+part|represent(?:ed|ing|s)"
    r"|speaking\s+at|spoke\s+at|address(?:ed|ing)|joined|gathered|present\s+(?:at|in|on)|"
    r"(?:those|others)\s+(?:present|in\s+attendance)|(?:were|was|are|is)\s+(?:also\s+)?present|"
    r"among\s+(?:them|those\s+present|the\s+(?:participants|attendees|guests))\s+(?:were|was|are)|"
    r"present\s+(?:were|was|are|included)|others\s+(?:are|were|include[sd]?)|attends?|"
    r"(?:participants|attendees)\s+(?:were|included|include)|"
    r"(?:co-?)?chair(?:ed|s|ing)|presided)\b|" + LEFT_TO_RIGHT, re.I)
PARTICIPATION_MORE = re.compile(
    r"\b(?:in\s+(?:the\s+)?plenary|plenary\s+(?:sessions?|statements?|speeches)|in\s+the\s+presence\s+of|"
    r"opened\s+the\s+(?:session|meeting|summit|talks|conference|plenary|forum)|"
    r"(?:around|at)\s+the\s+table\s+(?:were|was|are)|(?:were|was|are)\s+among\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:leaders|ministers|participants|delegates|attendees|heads\s+of\s+\w+)\s+(?:attending|present|"
    r"taking\s+part|at\s+the)|(?:at|during|in|told|addressed)\s+(?:a|the|their)\s+joint\s+(?:press|news)\s+"
    r"(?:conference|briefing)|" + DELEGATION_LISTED + r")\b", re.I)
"""More forms of `PARTICIPATION` (a plenary, a signing in someone's presence, opening a session,
the rest of a delegation listed: 'Around the table were X and Y', 'were among the leaders attending'),
apart so that both keep words every match holds (see `MEETING_MORE`). Heads of delegations
('the delegation was headed by X') are `MEETING_MORE` only: 'led' is in too many words
('called') for a needle, and such a sentence names both sides."""
PASSIVE = re.compile(r"\b(?:hosted|chaired|organi[sz]ed|attended|joined|received|welcomed|led)\s+by\b",
                     re.I)
GLAD_TO_MEET = re.compile(
    r"\b(?:great|pleased|glad|good|delighted|happy|nice|honou?red|wonderful|excellent)\s+to\s+"
    r"(?:meet|see|receive|welcome|host)\b", re.I)
SUBJECT_VERB = re.compile(
    r"\b(?:met|meets?\s+with|meetings?\s+with|meeting\s+between|held\s+(?:\w+\s+){0,3}(?:talks|"
    r"meetings?|discussions?|consultations|conversation|call)|talks\s+with|called\s+on|phone|"
    r"telephone|received|hosted|conferred|spoke\s+(?:with|to|by|over|on))\b", re.I)
PHONE = re.compile(
    r"\b(?:phone|telephone|telephonic|over\s+the\s+phone|by\s+phone|"
    r"(?:a|the|their|his|her)\s+(?:\w+\s+){0,2}call\s+(?:with|between|from)|calls?\s+with|"
    r"(?:during|on|after|in|throughout|concluded|ended|began|opened|closed)\s+(?:the|their|this|a)\s+"
    r"call\b|"
    r"on\s+a\s+call|dialed|dialled|(?:tele)?phoned|called\s+(?:up\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counterparts?|opposite\s+numbers?)|(?:made|placed|makes|places)\s+(?:a\s+)?calls?\s+to)\b",
    re.I,
)
VIDEO = re.compile(
    r"\b(?:video\s*(?:call|conference|link|conferencing|talks|meeting)|virtual\s+(?:meeting|talks|"
    r"summit|conference|session)|(?:met|meet|held|hold|talked)\s+(?:\w+\s+){0,3}virtually|"
    r"online\s+(?:meeting|talks)|via\s+video|"
    # 'in an online format', 'via Zoom', 'met online', 'conferred remotely'
    r"(?:online|virtual|video(?:\s*conference)?)\s+format|teleconference|"
    r"via\s+(?:zoom|skype|webex|teams|videoconference|teleconference)|"
    r"(?:met|meet|meets|conferred|talked|spoke|held\s+talks)\s+(?:online|remotely))\b",
    re.I,
)
IN_PERSON = re.compile(
    r"\b(?:met|meets?|meeting|visit\w*|arriv\w*|received|receives|hosted|hosts|welcomed|greeted|"
    r"welcomes|greets|"
    r"in\s+person|face[- ]to[- ]face|landed|shak(?:e|es|ing)\s+hands|shook\s+hands|"
    r"(?:press|news)\s+conference|sidelines?|summit|trip|tour|attend\w*)\b", re.I)
"""Words that put people in one room: talks told with them were not a call."""
SIDELINES = re.compile(r"\b(?:sidelines?|margins?\s+of|on\s+the\s+fringes?)\b", re.I)
MULTILATERAL = re.compile(
    r"\b(?:council|(?<!press )(?<!news )conference|consultations|ministerial|general\s+assembly|forum|format|"
    r"foreign\s+ministers['’]?\s+meeting|meeting\s+of\s+(?:the\s+)?(?:foreign|heads|top)|"
    r"multilateral|trilateral|quadrilateral|quad|group\s+of\s+(?:\d+|seven|twenty)|G-?20|G-?7|SCO|BRICS|ASEAN|OIC|CIS|EU|NATO|UN)\b"
)
GATHERING = re.compile(
    r"\b(?:at|during|for|in\s+the\s+course\s+of|ahead\s+of|attend(?:ed|ing|s)?|join(?:ed|ing|s)?|"
    r"(?:took|taking)\s+part\s+in|participat(?:ed|ing|es)\s+in|chair(?:ed|ing|s)?|co-?chair(?:ed|ing|s)?)\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:council|(?<!press\s)(?<!news\s)conference|ministerial|general\s+assembly|forum|summit|"
    r"session|consultations|(?:foreign\s+)?ministers['’]?\s+meeting|meeting\s+of\s+(?:the\s+)?"
    r"(?:foreign|heads|top))\b",
    re.I,
)
"""A gathering the meeting took place at ('at the SCO council', 'during the G20 ministerial'),
not one mentioned in passing ('coordinate their positions in multilateral organisations'), nor
the press conference two ministers give after their own talks."""
PHONE_TALKS = re.compile(
    r"\b(?:and\s+(?:his|her|their\s+)?(?:[\w.'’-]+\s+){1,6}?(?:spoke|talked)\s+(?:by|over|on)\s+"
    r"(?:the\s+)?(?:tele)?phone|(?:spoke|talked)\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone\s+with)\b",
    re.I,
)
"""'X and Y spoke by telephone', 'spoke by phone with Y': a call, though 'spoke by phone' alone
is how a quote reached the press (PHONE_PRESS)."""
VISIT = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|al)|trip|tour|landed|received|hosted|"
    r"welcomed|greeted|here)\b",
    re.I,
)
EXCLUDE_BEFORE = re.compile(
    r"(?:\b(?:former\s+(?:\w+\s+){0,4}|late\s+(?!(?:on|in|at|last|this|yesterday|today|tonight|"
    r"night|evening|afternoon|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:\w+\s+){0,2})|spokes(?:person|man|woman)\s+(?:\w+\s+){0,2}|"
    r"\b(?:(?:greetings|regards|wishes|compliments|felicitations|condolences|congratulations)\s+"
    r"(?:from|of)\s+(?:\w+\s+){0,4}|message\s+(?:from|of)\s+(?:\w+\s+){0,4}|"
    r"on\s+behalf\s+of\s+(?:\w+\s+){0,4}|(?:is|was|are|were)\s+represent(?:ing|ed)\s+(?:\w+\s+){0,4}|deaths?\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}|"
    r"letter\s+from\s+(?:\w+\s+){0,4}|(?:invitation|instructions?|request)\s+(?:of|from)\s+(?:\w+\s+){0,4}|"
    r"(?:envoy|emissary|representative|aide|adviser|advisor)\s+(?:of|to)\s+(?:the\s+)?(?:\w+\s+){0,3}|(?:leadership|guidance|stewardship|vision|patronage)\s+"
    r"of\s+(?:[\w.'’-]+\s+){0,6}|(?:recollect\w*|recall\w*|remember\w*|reminisc\w*)\s+(?:his|her|"
    r"their|the|a)\s+(?:\w+\s+){0,2}(?:appearances?|meetings?|talks|visits?|conversations?|calls?|"
    r"encounters?|rall(?:y|ies)|events?)\s+with\s+(?:[\w.'’-]+\s+){0,5}|(?:admirers?|supporters?|allies|ally|critics?|"
    r"son|daughter|wife|husband|widow|mother|father|grandfather|grandmother)\s+of\s+(?:\w+\s+){0,4}|"
    r"(?:proposed|put\s+forward|initiated|drafted|announced|launched|championed|suggested|outlined|"
    r"unveiled|floated|tabled)\s+by\s+(?:\w+\s+){0,4}|"
    # whom the one named took over from ('Hun Manet, who took over from his father Hun Sen')
    r"(?:took\s+over|taking\s+over|succeeded|replaced|replacing)\s+(?:from\s+)?(?:his|her|their)?\s*"
    r"(?:father|mother|predecessor|brother)?\s*,?\s*(?:[\w.'’-]+\s+){0,3}|"
    # the ties a sentence speaks of ('the bonds of brotherhood between HM the King and King X')
    r"(?:relations|ties|bonds|friendship|brotherhood|esteem|partnership)\b[^.;:]{0,60}?\bbetween\s+"
    r"(?:[\w.'’-]+\s+){0,8}|"
    # what others agreed before ('the commitments undertaken by Presidents X and Y', 'the
    # agreements reached by the presidents of both countries, X and Y')
    r"(?:commitments?|agreements?|decisions?|understandings?|consensus|accords?|pledges?|"
    r"promises?|instructions?)\s+(?:\w+\s+){0,2}?(?:undertaken|made|reached|agreed|taken|adopted|"
    r"signed|given|struck|forged|announced)\s+(?:\w+\s+){0,2}?by\s+(?:[\w.,'’-]+\s+){0,8}|"
    # a meeting yet to come ("a possible meeting between X and Y", "to prepare a visit by X")
    r"(?:(?:possible|potential|prospective|eventual|future|upcoming|planned|expected|proposed|"
    r"forthcoming)\s+|prepar\w*\s+(?:for\s+)?(?:a|an|the)\s+)(?:[\w-]+\s+){0,2}?(?:visit|trip|summit|"
    r"meeting|talks|call|participation|attendance|arrival)\s+(?:by|of|with|between|from)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,4}|"
    # the object of criticism, not a party to the talks ("speaking after talks with Y, criticised Z")
    r"(?:criticis|criticiz|condemn|denounc|accus|blam|slamm|lambast)(?:ed|es|ing|e)?\s+"
    r"(?:(?!with\b|meeting\b|met\b|talks\b|after\b|and\b)\w+\s+){0,3}))$",
    re.I,
)
"""Words just before a name that make its person absent from the meeting. One `\\b` leads each
run of alternatives that need it: written before every alternative, the engine tested it
for each of them at every position, four times the cost of the search."""
EXCLUDE_AFTER = re.compile(
    r"^(?:-led|['’]s?\s+(?:greetings|message|letter|invitation|government|administration|"
    r"death|funeral|policy|policies|remarks|statement|office|visit\s+to|trip|tweet|wife|son|"
    r"daughter|mother|father|regime|era|tenure|congratulations|speech|plan|proposal|initiative|"
    r"upcoming|(?:re-?)?election|electoral|victory|inauguration|swearing-in|decision|announcement|"
    r"(?:special\s+|personal\s+|chief\s+|top\s+)?(?:envoy|emissary|representative|"
    r"adviser|advisor|aide|spokes(?:person|man|woman)))|\s*,\s*(?:who|whose)\s+"
    r"(?:died|was\s+killed)|\s*-?\s*(?:administration|government|regime|era|cabinet)\b)",
    re.I,
)
LETTERS = re.compile(
    r"\b(?:letters?|messages?|telegrams?|cables?|congratulatory\s+notes?)\b[^,;:]{0,80}?"
    r"\b(?:from|to|with|between|of)\b", re.I)
"""An exchange of letters or messages names people who wrote, not people who met."""
PLANNED_AFTER = re.compile(
    r"^(?:[^.;]{0,70}?,\s*(?:which\s+(?:is|was)\s+)?(?:(?:is|was|are|were)\s+)?(?:also\s+)?"
    r"(?:planned|scheduled|expected|due)|[^;]{0,70}?\b(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:postponed|rescheduled|delayed|cancell?ed|called\s+off|put\s+off))\b", re.I)
"""'talks with X, also scheduled', 'the meeting with X ... was postponed': the clause after the
meeting puts it in the future, or calls it off."""
PHONE_PRESS = re.compile(
    r"\b(?:(?:told|said|speaking|spoke|talking|talked)\s+(?!with\b)(?:to\s+)?(?:[\w.]+\s+){0,3}?(?:by|over|on)\s+"
    r"(?:the\s+)?(?:tele)?phone\b(?!\s+(?:with|to)\b)|(?:tele)?phone\s+interview\b|"
    r"interview\w*\s+by\s+(?:tele)?phone\b)",
    re.I)
"""'an aide said by phone from the capital': how a quote reached the press, not a call ('spoke by
phone with X', 'spoke with X by phone' are one)."""
WHO_SAID = re.compile(
    r"\b(?:who|which)\s+(?:also\s+|later\s+)?(?:said|says|told|noted|added|stressed|recalled|described|"
    r"complained|criticized|criticised|accused|blamed|praised)\b", re.I)
"""A relative clause of speech after a participant: people it names are what was said about."""
SAID_AFTER = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|media)|announced|stated|tweeted|"
    r"(?:spoke|talked)\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:press|media))|"
    r"wrote|posted|declared|added)\s+(?:[\w,]+\s+){0,3}$", re.I)
"""'X said after a meeting with Y': the meeting is what is reported, not an earlier day."""
VISIT_OF = re.compile(
    r"(?:['’]s?\s+(?:\w+\s+)?(?:visit|trip)\s+to|\s+(?:had\s+)?(?:visited|travel+ed\s+to))"
    r"(?:\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?")
"""Right after a name: 'X's visit to Y', 'X's recent trip to Y', 'X visited Y'."""
DATELINE_IS_HERE = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands)\s+(?:here|in\s+the\s+(?:city|capital))\b|"
    r"\b(?:visit|trip|tour)\s+to\s+the\s+(?:[\w-]+\s+){0,4}(?:country|nation|kingdom|republic|city|capital)\b",
    re.I)
"""Cues that the copy was filed where the meeting happened, so the dateline is the venue."""


# -- matching fast ------------------------------------------------------------------------------
# Python's re runs a case-insensitive pattern several times slower than the same pattern on
# lower-cased text. Lower-casing keeps every index and gives the same answers except for the three
# characters below (checked over all of Unicode in tests/annotate/test_annotate_cues_fast.py), so the
# cues run on a lower-cased copy of the text whenever it has none of them.

UNSAFE_TO_LOWER = re.compile("[\u0130\u0131\u017f]")
"""'İ' lowers to two characters; re.IGNORECASE also matches 'ı' with 'i' and 'ſ' with 's'."""
_END = sys.maxsize


def lowered(text: str) -> str | None:
    """`text.lower()` when the lower-case twins give exactly the cues' answers on it, else None."""
    # three substring tests, not UNSAFE_TO_LOWER's scan: 0.0125 -> 0.0007 s over the 3,627
    # non-ASCII texts and sentences of 3,000 synthetic articles
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return None


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without IGNORECASE, for lower-cased text (its letters are all lower)."""
    letters = re.sub(r"\\.", "", pattern.pattern)
    if not pattern.flags & re.I or any(c.isupper() for c in letters) or "(?-i" in letters:
        return pattern  # case matters in it: always run on the text as written
    return factored(guarded(re.compile(pattern.pattern, pattern.flags & ~re.I)))  # same matches, sooner


LOWER = {p: _twin(p) for p in list(vars().values())
         if isinstance(p, re.Pattern) and p is not UNSAFE_TO_LOWER}
"""Every cue and its twin for lower-cased text (itself when case matters in the cue)."""
MAX_NEEDLES = 18
"""More literals than this cost about as much to look for as the pattern itself. 18, not 16:
PARTICIPATION has 18, and a sentence holds one in 6,668 of 33,235 (first 3,000 synthetic
articles and d001-d105); its search over them went 0.083 -> 0.045 s, MEETING_MORE's (18 too)
stayed 0.097 s."""


def _needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` holds one, found from its parse, or None.

    A cue's words are rare in most sentences: a few substring tests (`in`, done in C) rule the
    pattern out before the regex engine tries it at every word boundary.
    """
    try:
        found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (re.error, TypeError, ValueError):
        return None
    if not found or "" in found:
        return None
    # A needle holding another is found whenever that one is: only the inner one is tested.
    # Short needles first: they are the common words, so a cue that is there is found sooner.
    found = {n for n in found if not any(m != n and m in n for m in found)}
    if len(found) > MAX_NEEDLES:
        return None
    return tuple(sorted(found, key=lambda n: (len(n), n)))


def _sequence(items: list[tuple[object, object]]) -> set[str] | None:
    """Every item of a sequence must match: the best-filtering item's needles serve."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found = _item(op, arg)
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    return max(options, key=lambda o: (min(map(len, o)) >= 3, -len(o), min(map(len, o))),
               default=None)


def _item(op: object, arg: object) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        _, add, _, sub = arg  # type: ignore[misc]
        return None if add & re.I else _sequence(list(sub))
    if op is _constants.BRANCH:
        branches = [_sequence(list(b)) for b in arg[1]]  # type: ignore[index]
        if any(not b for b in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, _, sub = arg  # type: ignore[misc]
        return _sequence(list(sub)) if low >= 1 else None
    return None  # classes, anchors, lookarounds: no literal text of their own


NEEDLES = {p: _needles(twin) for p, twin in LOWER.items() if twin is not p}
"""For cues run on lower-cased text: literals one of which each match contains."""
# A compiled pattern hashes its whole program on every dict lookup (MEETING's took 7 us, more
# than searching a sentence with it), so the lookups on the hot path go by the cue's id: the
# cues are module constants, alive (and so keeping their ids) as long as the process.
_TWINS = {id(p): twin for p, twin in LOWER.items()}
_NEEDLES = {id(p): needles for p, needles in NEEDLES.items()}
_PLAN = {id(p): (twin, _NEEDLES.get(id(p))) for p, twin in LOWER.items()}
"""Twin and needles of a cue in one lookup (`search` and co. run ~500,000 times per 3,000)."""


def prepare(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Give a cue kept in another module (next to the rule that reads it) a twin and needles, so
    that `search` can skip it on lower-cased text too; returns the pattern, for assignment."""
    LOWER[pattern] = twin = _twin(pattern)
    _TWINS[id(pattern)] = twin
    if twin is not pattern:
        NEEDLES[pattern] = _NEEDLES[id(pattern)] = _needles(twin)
    _PLAN[id(pattern)] = (twin, _NEEDLES.get(id(pattern)))
    return pattern


def _held(needles: tuple[str, ...], low: str) -> bool:
    for needle in needles:  # a plain loop: a generator's frames cost more than the tests
        if needle in low:
            return True
    return False


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`LOWER[pattern]`, without hashing the pattern."""
    return _TWINS[id(pattern)]


def _absent(pattern: re.Pattern[str], low: str, pos: int = 0, end: int = _END) -> bool:
    """No match can exist: none of the cue's needles is in `low[pos:end]`."""
    needles = _NEEDLES.get(id(pattern))
    if needles is None:
        return False
    if pos == 0 and end >= len(low):
        for needle in needles:  # a plain loop: a generator's frames cost more than the tests
            if needle in low:
                return False
        return True
    for needle in needles:
        if low.find(needle, pos, end) >= 0:
            return False
    return True


def absent(pattern: re.Pattern[str], low: str, pos: int = 0, end: int = _END) -> bool:
    """Whether `low[pos:end]` (lower-cased text) surely holds no match: none of the cue's needles
    is there. False when the cue has none, or case matters in it."""
    return _TWINS[id(pattern)] is not pattern and _absent(pattern, low, pos, end)


def search(pattern: re.Pattern[str], text: str, low: str | None, pos: int = 0,
           end: int = _END) -> re.Match[str] | None:
    """`pattern.search(text, pos, end)`, run on `low` (`lowered(text)`) when there is one.

    A match from `low` has the same offsets; its matched text is lower-cased.
    """
    twin, needles = _PLAN[id(pattern)]
    if low is None or twin is pattern:
        return pattern.search(text, pos, end)
    if pos or end < len(low):
        return None if _absent(pattern, low, pos, end) else twin.search(low, pos, end)
    # The whole of `low` (a sentence, mostly): `_absent`'s test written out here, since this runs
    # some 115 times per article; the saved call is 0.99 -> 0.84 us a search, 0.05 s per 3,000.
    if needles is None:
        return twin.search(low)
    for needle in needles:
        if needle in low:
            return twin.search(low)
    return None


def search_text(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`search` for a caller without the article's lower-cased copy: lowering a sentence (in C)
    costs less than the case-insensitive search it lets the needle test skip."""
    return search(pattern, text, lowered(text))


def match(pattern: re.Pattern[str], text: str, low: str | None) -> re.Match[str] | None:
    """`pattern.match(text)`, on `low` when there is one (see `search`)."""
    twin, needles = _PLAN[id(pattern)]
    if low is None or twin is pattern:
        return pattern.match(text)
    return twin.match(low) if needles is None or _held(needles, low) else None


def finditer(pattern: re.Pattern[str], text: str, low: str | None) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, on `low` when there is one (see `search`)."""
    twin, needles = _PLAN[id(pattern)]
    if low is None or twin is pattern:
        return list(pattern.finditer(text))
    return list(twin.finditer(low)) if needles is None or _held(needles, low) else []
