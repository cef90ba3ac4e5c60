"""Split sentences into clauses at coordinators and temporal connectives, with tense and flags.

"The warning came a day after Macron revealed the plan." -> "The warning came" (main, past) and
"Macron revealed the plan" (opened by "a day after", its host the first clause). Quotations are
never split, and a word is only a connective when a clause follows it ("since late February
2022" is a time, not a clause; "after meeting" has no subject, and is a clause only with a
time of its own: "eased after hitting a record on Monday").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from timeline.lexicon import load, trie_regex
from timeline.models import Clause, Mention, Sentence, Tense
from timeline.segment import sentence_spans

Role = Literal["main", "sub", "rel", "ref"]

# Irregular past forms the lexicon's "-ed" cue cannot see (ambiguous ones like "put" left out).
_IRREGULAR_PAST = (
    "arose awoke beat became began bent bled blew bore bought broke brought built burnt caught "
    "chose clung came crept dealt drew drove dug ate fell fed felt fled flew fought forbade forgot "
    "forgave found froze got gave went grew hung heard hid held kept knelt knew laid led leapt "
    "left lent lay lit lost made meant met mistook overcame overtook paid rode rang rose ran sank "
    "sat saw sought sold sent shook shone shot showed shrank slept slid smote sold spoke sped "
    "spent spun sprang stole stood struck stuck stung strode strove swore swept swam swung took "
    "taught tore told thought threw trod undertook understood upheld withdrew withheld woke wore "
    "won wound wove wrote retook rebuilt overran rewrote"
).split()
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|argued|argues|claimed|stated|noted|warned|"
    r"announced|insisted|stressed|explained|wrote|reported|confirmed|denied|declared|asserted|"
    r"maintained|replied|responded|acknowledged|admitted|urged|vowed|pledged|promised|"
    r"reiterated|repeated|according to|speaking|remarked|commented|posted|tweeted)\b"
)
# Generic, habitual and long-running statements stay undated.
_GENERIC = re.compile(
    r"\b(?:has|have|had)\s+(?:long|always|repeatedly|consistently|continually|constantly|"
    r"frequently|often|never|for\s+(?:years|decades|months|weeks|generations))\b|"
    r"\b(?:has|have)\s+continued\b|\bcontinues?\s+to\b|\b(?:is|are)\s+looking\s+for\b|"
    # "The deal was never ratified", "she never missed a vote": over all time, no event
    r"\b(?:was|were|did)\s+never\b|\bnever\s+(?:again\s+)?[a-z]+ed\b"
)
# Habitual statements: any time they mention recurs ("usually peaks in late spring").
_HABITUAL = re.compile(
    r"\b(?:usually|typically|generally|traditionally|routinely|regularly|habitually|"
    r"always|often|used\s+to|tends?\s+to|every\s+(?:day|week|month|year))\b"
)
_FLAGS = re.compile(rf"(?P<generic>{_GENERIC.pattern})|(?P<habitual>{_HABITUAL.pattern})|"
                    rf"(?P<reporting>{_REPORTING.pattern})")
_PARTICIPLE = re.compile(r"\s+(?:\w+ly\s+|(?:not|never|already|also|just|long|always|ever|"
                         r"still|since|again|even|yet)\s+)*"
                         r"(?:\w+(?:ed|en|wn|ne|ung|ught|ade|id|et|ot|ost|eft|elt|ept)|been|"
                         + trie_regex(sorted(set(_IRREGULAR_PAST))) + r")\b")
# "had been replaced", "had already left": a pluperfect, the verb of a flashback.
PLUPERFECT = re.compile(r"\bhad" + _PARTICIPLE.pattern, re.IGNORECASE)
# "was president", "were en route": a past state told with the copula, not a passive.
PAST_COPULA = re.compile(r"(?:was|were)\b(?!" + _PARTICIPLE.pattern + ")", re.IGNORECASE)
_CONNECTIVE = re.compile(
    r"(?<![\w'’-])(as soon as|after|before|since|when|whenever|while|once|as)"
    r"(?![\w'’-])"
)
_COORDINATOR = re.compile(r";\s*|,\s+(?:and|but|yet|or)\s+|\s+but\s+")
# A concession after a comma: a clause of its own when the sentence names a time ("said the
# appeal faced long odds, although the court will hear a similar case in January").
_CONCESSIVE = re.compile(r",\s+(?:although|though|even\s+though|whereas)\s+")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\s+|,\s+(?:arguing|saying|claiming|insisting|"
                       r"noting|alleging|asserting|adding|warning|explaining|citing|having)\s+(?:that\s+)?"
                       # ", with a ruling expected by June": an absolute phrase, a plan of its own
                       r"|,\s+with\s+(?=(?:[\w’'-]+\s+){1,4}?(?:expected|due|scheduled|slated|"
                       r"likely|planned|set)\b)")
PARENTHETICAL = re.compile(r",\s+(?:who|which|whose)\s[^,]*,")
# "will not reopen until Monday": what is denied before the time happens at it, no bound of a
# stretch ("stayed closed until Monday" is one).
NOT_UNTIL = re.compile(r"(?:\b[Nn]ot|\b[Nn]ever|n[’']t)\b[^,;:]*\b(?:until|till)\s+(?:the\s+)?$")
# Time given to act, the time itself masked out: "had until Feb. 10 to rule", "has until
# Friday to respond", "was given until March to leave". The clause states a deadline, a
# state rather than an event, and dates nothing.
_DEADLINE = re.compile(r"\b(?:has|have|had|having|gets?|got|given)\s+until\s+(?:the\s+)?"
                       r"(?:end\s+of\s+)?to\s+[a-z]")
# An -ing word that modifies the subject's noun before a finite auxiliary: "closing arguments
# were heard", "rising prices have hurt".
_ING_MODIFIER = re.compile(r"\s+[a-z]+\s+(?:was|were|is|are|had|has|have)\b")
_MEASURED = re.compile(r"\b(?:for|by|have|has|had|given|gets?|got)\s+$")
# A complement clause opened after a noun: "reports that the units can overheat".
_COMPLEMENT = re.compile(r"\b(?:that|who|which)\b")
_QUOTE = re.compile(r"[“”\"]|``|''")
# A relative clause opened by a preposition: "a scheme in which donors were told".
_PREP_WHICH = re.compile(r"\b(?:in|under|during|by|through|from|for|with|to|of|at|on|after|"
                         r"before)\s+(?:which|whom)\b")
_WORD = re.compile(r"[\w’'-]+")
_LEAD_WORDS = frozenset({"on", "in", "at", "by", "during", "from", "then", "later", "earlier"})
_NOT_SUBJECTS = frozenset({"to", "not", "also", "then", "so", "if", "of", "for", "with"})
_COMMA_ONLY = frozenset({"as", "once"})  # ambiguous words: a connective only after a comma
OPEN_QUOTES = "“\"`"
_TRAILING_ADVERBS = re.compile(
    r"[\s,]*\b(?:particularly|especially|just|shortly|soon|only|even|mainly|largely|right|"
    r"long|mostly|hours|days|weeks|minutes|moments)?[\s,]*$"
)


@dataclass(slots=True)
class Part:
    """A clause with what the anchoring stage needs to know; offsets are into the article."""

    start: int
    end: int
    role: Role = "main"  # sub: opened by a connective; rel: relative clause; ref: a noun phrase
    connective: str | None = None
    host: int | None = None  # index of the clause a sub or rel clause depends on
    mention: Mention | None = None  # the relational expression that opened it ("a day after")
    tense: Tense = "past"
    verb: bool = False
    modal: bool = False
    perfect: bool = False
    pluperfect: bool = False
    generic: bool = False
    habitual: bool = False
    reporting: bool = False
    quoted: bool = False
    initial: bool = False  # a sub clause that opens the sentence ("When X, Y")
    verb_at: int = -1  # article offset of its first verb: the subject comes before it
    aside: bool = False  # a relative clause set off by commas inside another clause
    # A fronted time the clause takes before a subordinate clause opening the sentence: "The
    # night of Oct. 22, two days before the fire started, the utility cut power" -> Oct. 22.
    lead: tuple[int, int] | None = None
    # Restrictive relative clauses inside it with a date of their own, which dates them only.
    # A time given to act by, not the time of an event: "The court had until Feb. 10 to rule".
    deadline: bool = False
    holes: list[tuple[int, int]] = field(default_factory=list)
    # A stage of someone's life: "left school at the age of 16" (age 16), "in her twenties".
    life: bool = False
    age: int | None = None
    age_years: int = 1  # the years the stated age covers: "in her twenties" 10 from 20


@cache
def _cue_pattern(language: str) -> re.Pattern[str]:
    """One regex over the lexicon's tense cues plus irregular past forms: first match wins."""
    cues = load(language).cues
    groups = [f"(?P<{name}>{cues[name].pattern})"
              for name in sorted(_TENSE_CUES, key=lambda n: _CUE_ORDER[n.split("_")[0]])]
    groups.append(r"(?P<present_say>\b(?:say|tell|argue|claim|insist|believe|think|warn|"
                  r"expect|want|need|hope|fear)\b)")
    groups.append(r"(?P<irregular>" + trie_regex(sorted(set(_IRREGULAR_PAST))) + r"\b)")
    # A present form right after a relative pronoun is its verb: "Blyth, who takes over in
    # February", "the levy, which rises in May".
    groups.append(r"(?P<present_relative>(?:(?<=\bwho\s)|(?<=,\swhich\s))[a-z]+[^s\W]s\b)")
    # Every cue starts a word: testing that first skips the alternatives inside words.
    return re.compile(r"(?<![\w’'])(?=[a-z])(?:" + "|".join(groups) + ")")


_CUE_ORDER = {"future": 0, "past": 1, "forward": 2, "present": 3}
# The lexicon's [cues] that name a tense (the others find contexts: "measured", "deadline", ...).
_TENSE_CUES = ("future", "future_before", "past", "past_weak", "forward", "present")


def _tense_of(group: str) -> tuple[Tense, bool]:
    """The tense a cue group names and whether it is a modal: "past_weak" -> ("past", False)."""
    head = group.split("_")[0]
    if head == "forward":
        return "present", True
    if head in ("future", "past"):
        return head, False  # type: ignore[return-value]
    return ("past", False) if head == "irregular" else ("present", False)


def quote_ranges(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, unbalanced ones running to the edge of the sentence.

    'He said “we won” today.' -> [(8, 16)]; '“We won, he said.' -> [(0, 17)].
    """
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    straight = sentence.count('"') % 2 == 0
    for match in _QUOTE.finditer(sentence):
        mark, at = match.group(), match.start()
        opening = mark in ("“", "``") or (mark == '"' and straight and opened is None)
        if opening:
            if opened is None:
                opened = at
        elif mark != '"' or straight:
            ranges.append((opened if opened is not None else 0, match.end()))
            opened = None
    if opened is not None:
        ranges.append((opened, len(sentence)))
    return ranges


def _inside(position: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in ranges)


@dataclass(slots=True)
class _Split:
    at: int  # where the previous clause ends (sentence offset)
    body: int  # where the new clause's text begins
    role: Role
    connective: str | None
    mention: Mention | None = None
    # A coordinator no clause follows ("..., and has been falling since"): it only ends the
    # noun phrase an offset counts from ("a day after the first evacuations").
    weak: bool = False
    # "met on Tuesday and again on Thursday": a second time for the verb before it, the verb
    # left out; the clause after it reports the same kind of event at its own time.
    elided: bool = False
    # "cut its forecast in January and said in October ...": two verb phrases, each with its
    # own time; the first may hold a verb no cue knows ("cut", "set", "hit").
    own_times: bool = False
    # "eased after hitting a record on Monday": a gerund with its own time, a verb phrase of
    # its own whose subject is the host's.
    gerund: bool = False


class Scan:
    """A text with its mentions blanked out and every tense cue found once, in one pass.

    Scan("He said on Friday", [Friday]) -> cues [(3, 7, "past")]: "said"; "Friday" is masked.
    """

    def __init__(self, text: str, mentions: Sequence[Mention], language: str = "en"):
        self.language = language
        low = text.lower()
        self.language = language
        pieces, cursor = [], 0
        for m in sorted(mentions, key=lambda m: m.span):
            a, b = m.span
            if a < cursor:
                continue
            pieces.append(low[cursor:a])
            pieces.append(" " * (b - a))
            cursor = b
        pieces.append(low[cursor:])
        self.masked = "".join(pieces)  # mention words are no tense cue ("last week")
        found = [(c.start(), c.end(), c.lastgroup or "present")
                 for c in _cue_pattern(language).finditer(self.masked)]
        # "now", "today" are tense cues but no verbs.
        self.cues = [c for c in found if c[2] != "present" or
                     self.masked[c[0]:c[1]] not in ("now", "today", "currently")]
        self.starts = [c[0] for c in self.cues]
        # Generic, habitual and reporting words, found once: (start, end, kind).
        self.flags = [(f.start(), f.end(), f.lastgroup or "") for f in _FLAGS.finditer(self.masked)]
        self.flag_starts = [f[0] for f in self.flags]


class _Sentence:
    """One sentence being split: its text, its masked text, its quotes and the document scan."""

    def __init__(self, text: str, offset: int, mentions: Sequence[Mention], scan: Scan):
        self.text = text
        self.offset = offset
        self.mentions = mentions
        self.scan = scan
        self.masked = scan.masked[offset:offset + len(text)]
        self.mention_starts = {m.span[0] - offset: m.span[1] - offset for m in mentions}
        self.quotes = quote_ranges(text)
        self.participles = _participle_asides(self)

    def first_cue(self, a: int, b: int, skip: Sequence[tuple[int, int]] = ()
                  ) -> tuple[int, int, str] | None:
        """The first tense cue in [a, b) outside `skip`: (start, end, kind) or None.

        A capitalised word inside a sentence is a name, not a verb ("United", "Will").
        """
        scan, offset, text = self.scan, self.offset, self.text
        i = bisect_left(scan.starts, offset + a)
        cues = scan.cues
        while i < len(cues):
            start, end, kind = cues[i]
            i += 1
            start -= offset
            if start >= b:
                return None
            if skip and any(x <= start < y for x, y in skip):
                continue
            if start and text[start].isupper():
                continue
            return start, end - offset, kind
        return None

    def flag_kinds(self, a: int, b: int) -> set[str]:
        """Kinds of generic, habitual and reporting words in [a, b): "said" -> {"reporting"}."""
        scan, lo, hi = self.scan, self.offset + a, self.offset + b
        found: set[str] = set()
        for i in range(bisect_left(scan.flag_starts, lo), len(scan.flags)):
            start, end, kind = scan.flags[i]
            if start >= hi:
                break
            if end <= hi:
                found.add(kind)
        return found

    def has_verb(self, a: int, b: int) -> bool:
        return self.first_cue(a, b) is not None

    def next_word(self, position: int) -> tuple[int, str]:
        match = _WORD.search(self.text, position)
        return (match.start(), match.group()) if match else (len(self.text), "")

    def clause_follows(self, position: int, lead: bool = False) -> bool:
        """Whether a clause starts here: a subject, then a verb before the next comma.

        "after the vote was held" yes; "after the vote", "after meeting", "and said" no. With
        `lead`, a time may come first: "and on Tuesday the wall gave way".
        """
        at, word = self.next_word(position)
        if lead and word.lower() in _LEAD_WORDS:
            after, _ = self.next_word(at + len(word))
            if after in self.mention_starts:
                at = after
        if at in self.mention_starts:
            if not lead:
                return False
            at, word = self.next_word(self.mention_starts[at])
        if not word or word.lower() in _NOT_SUBJECTS:
            return False
        if word.lower().endswith("ing") and not _ING_MODIFIER.match(self.masked, at + len(word)):
            return False  # "after meeting both leaders", not "and closing arguments were heard"
        if self.first_cue(at, at + len(word)) is not None:
            return False
        limit = _first_comma(self, at + len(word)) or len(self.text)
        cue = self.first_cue(at + len(word), limit)
        # "after reports that the units can overheat": the verb is the complement's, and the
        # connective takes a noun phrase, not a clause.
        return cue is not None and not _COMPLEMENT.search(self.masked, at + len(word), cue[0])


def _participle_asides(s: _Sentence) -> list[tuple[int, int, int]]:
    """Participle phrases set off as asides, as (start, participle, end) in the sentence.

    "The dam, built in 1958, had been listed" -> (7, 9, 22): ", built in 1958"; "Founded in
    1990, the company employs" -> (0, 0, 15). Each tells an event of its own, not the host's.
    """
    cues = load(s.scan.language).cues
    found: list[tuple[int, int, int]] = []
    lead = cues["participle_lead"].match(s.masked)
    if lead is not None:
        body = len(lead.group()) - len(lead.group().lstrip(' “"'))
        found.append((0, body, lead.end() - 1))
    for match in cues["participle_aside"].finditer(s.masked):
        phrase = match.group()[1:]
        found.append((match.start(), match.start() + 1 + len(phrase) - len(phrase.lstrip()),
                      match.end() - 1))
    for match in cues["due_aside"].finditer(s.masked):
        if not any(a <= match.start() < b for a, _, b in found):
            found.append((match.start(), match.start() + 1 + len(match.group()[1:]) -
                          len(match.group()[1:].lstrip()), match.end()))
    return [x for x in found if not _inside(x[1], s.quotes)]


def _splits(s: _Sentence) -> list[_Split]:
    """Candidate clause boundaries of a sentence, in order."""
    found: list[_Split] = []
    text, masked = s.text, s.masked
    # A comma-set relative clause is one aside: "Ferrin, who was nine when the water came, read
    # the names" is not split at "when".
    asides = [(m.start() + 1, m.end() - 1) for m in PARENTHETICAL.finditer(masked)
              if not _inside(m.start(), s.quotes)]
    asides += [(a + 1, b) for a, _, b in s.participles]
    for m in s.mentions:
        if (m.spec.kind == "relational" or m.spec.event) and m.time is not None:
            a, b = m.span[0] - s.offset, m.span[1] - s.offset
            # "deliberated for three days before returning the verdict": "for" makes the amount
            # the length of the clause's own event, not an offset from another one.
            if not _inside(a, s.quotes) and not _MEASURED.search(masked, max(0, a - 8), a):
                found.append(_Split(a, b, "sub", m.text.lower(), m))
    question = load(s.scan.language).cues["question"]
    for match in _CONNECTIVE.finditer(masked):
        a, b = match.start(), match.end()
        word = match.group(1)
        if _inside(a, s.quotes):
            continue
        before = text[:a].rstrip(" ”\"'’")
        if word in _COMMA_ONLY and before and not before.endswith(","):
            continue
        if word == "when" and question.search(masked, max(0, a - 40), a):
            continue  # "declined to say when it would be filed": an indirect question
        if not s.clause_follows(b):
            if _dated_gerund(s, word, b):
                found.append(_Split(a, b, "sub", word, gerund=True))
            continue
        found.append(_Split(a, b, "sub", word))
    for match in _COORDINATOR.finditer(masked):
        a, b = match.start(), match.end()
        if _inside(a, s.quotes):
            continue
        # A time right after the coordinator is masked to spaces: the clause opens with it
        # (", and the following spring she was readmitted").
        b = a + len(match.group().rstrip())
        while b < len(text) and text[b].isspace():
            b += 1
        word = match.group().strip(" ,;") or ";"
        weak = not s.clause_follows(b, lead=True) and not _own_times_apart(s, a, b)
        found.append(_Split(a, b, "main", word, weak=weak))
    if any(_dates(m) for m in s.mentions):
        for match in _CONCESSIVE.finditer(masked):
            a, b = match.start(), match.end()
            if not _inside(a, s.quotes) and s.clause_follows(b, lead=True):
                found.append(_Split(a, b, "main", match.group().strip(" ,").split()[0]))
    for match in _SAID.finditer(masked):
        if not _inside(match.start(), s.quotes):
            split = _reported_plan(s, match.end())
            if split is not None:
                found.append(split)
    for split in _said_tails(s):
        found.append(split)
    for match in _VERB_AND.finditer(masked):
        a, b = match.start(), match.end()
        if not _inside(a, s.quotes) and (_own_times_apart(s, a, b) or
                                         _ends_offset_phrase(s, a, b)):
            # "moved to Los Angeles in the late 1960s and wrote her first score in 1971"; a verb
            # no cue knows shares the tense of the one before it ("will close on Friday and
            # reopen on Oct. 3")
            found.append(_Split(a, b, "main", "and", own_times=True,
                                elided=not s.has_verb(b, len(text))))
    for match in _AGAIN.finditer(text):  # not the masked text: a time may end right before
        a, b = match.start(), match.end()
        if not _inside(a, s.quotes) and _elided_time(s, a, b):
            found.append(_Split(a, match.start(1), "main", "and", elided=True))
    for match in _RELATIVE.finditer(masked):
        a, b = match.start(), match.end()
        if _inside(a, s.quotes):
            continue
        # Only a relative clause that runs to the end of the sentence: "the invasion, which ..."
        tail = text[b:]
        if any(char == "," and not _inside(b + i, s.quotes) for i, char in enumerate(tail)):
            continue
        word = match.group().strip(" ,").split()[0]
        if word in ("which", "who") and _undated_present_relative(s, b, len(text)):
            continue  # "the port, which handles most grain exports": a description, no event
        if word not in ("which", "who") and not any(
                m.span[0] - s.offset >= b and _dates(m) for m in s.mentions):
            continue  # ", arguing that ...", ", whose ...": a clause only with a date of its own
        body = a + match.group().index(word) if word in ("having", "with") else b  # kept
        found.append(_Split(a, body, "rel", match.group().strip(" ,")))
    found = [x for x in found if not any(a < x.at < b for a, b in asides)]
    found.sort(key=lambda x: (x.at, x.body))
    return found


def _dates(mention: Mention) -> bool:
    """Whether a mention names a time a clause can be dated by: "in 1971" yes, "two years" no."""
    time = mention.time
    return time is not None and time.start is not None and mention.type != "DURATION"


_GERUND = re.compile(r"\s*[a-z]{2,}ing\b")


def _dated_gerund(s: _Sentence, word: str, b: int) -> bool:
    """Whether "after" at b opens a gerund phrase with a time of its own before the next comma,
    the time of an act before the host's: "eased after hitting a record on Monday" -> True;
    "after meeting both leaders" -> False (no time: it only orders the two); "deliberated
    for three days before returning the verdict at 4 p.m." -> False (the host ends then)."""
    gerund = _GERUND.match(s.masked, b) if word == "after" else None
    if gerund is None:
        return False
    end = _first_comma(s, gerund.end()) or len(s.text)
    return any(gerund.end() <= m.span[0] - s.offset < end and _dates(m) and
               m.spec.kind != "relational" for m in s.mentions)


def _own_times_apart(s: _Sentence, a: int, b: int) -> bool:
    """Whether "and"/"but" at [a, b) joins two verb phrases that each have their own time:
    a verb right after it, a time before it, and one after it that no "until" binds. The
    second may change tense: "was arrested on Monday and will appear in court on Friday"."""
    cue = s.first_cue(b, len(s.text))
    subject = cue is not None and cue[0] > b and _new_subject(s, a, b, cue[0])
    past = cue is not None and cue[2] in ("past", "past_weak", "irregular") and (
        cue[0] == b or subject)
    if not past and not (cue is not None and cue[0] == b and _AUXILIARY.match(s.masked, b)) \
            and not _TIMETABLE_VERB.match(s.masked, b) and not _gapped_offset(s, b):
        return False
    dated = [(m.span[0] - s.offset, m.span[1] - s.offset) for m in s.mentions if _dates(m)]
    before = any(end <= a for _, end in dated)
    if not past or subject:
        # the change of tense (or of subject) must bring its own time, not the attribution's
        # after a comma: "arrived over the weekend and is being analyzed, officials said Monday"
        comma = _first_comma(s, b)
        dated = [(x, y) for x, y in dated if comma is None or x < comma]
    return before and any(
        start >= b and (_UNBOUND.search(s.masked, max(b, start - 20), start) is None or
                        NOT_UNTIL.search(s.masked, b, start) is not None)
        for start, _ in dated)


# A subject of its own after "and": "Storm Gerda hit in September and Storm Hale caused power
# cuts in October", "the rebels took the town in May and the army retook it in July".
_SUBJECT = re.compile(r"(?!(?:on|in|at|by|for|from|to|with|after|before|during|since|until|"
                      r"then|again|later|also|not|never|that|which|who)\b)"
                      r"(?:[\w’'.-]+\s+){1,4}")


def _new_subject(s: _Sentence, a: int, b: int, verb: int) -> bool:
    """Whether "and" at [a, b) joins two clauses, the second with a subject of its own before a
    past verb at `verb`: "the rebels took the town in May and the army retook" -> True; "when
    two leaders and 133 others were arrested" -> False (no verb before "and": one subject)."""
    comma = s.text.rfind(",", 0, a)
    return _SUBJECT.fullmatch(s.masked, b, verb) is not None and \
        s.first_cue(comma + 1, a) is not None and not any(
            b <= m.span[0] - s.offset < verb for m in s.mentions)


# A verb left out before a short noun phrase and a time closing the clause: "was elected shop
# steward in 1957 and union secretary | six years later."
_GAPPED = re.compile(r"(?:[a-z’'-]+\s+){1,3}$")
_GAP_END = re.compile(r"\s*(?:[.,;!?]|$)")


def _gapped_offset(s: _Sentence, b: int) -> bool:
    """Whether "and" before `b` opens a second object of the verb before it with an offset of
    its own, the verb left out: "elected steward in 1957 and secretary six years later"."""
    for start, end in s.mention_starts.items():
        if b < start <= b + 40:
            mention = next((m for m in s.mentions if m.span[0] - s.offset == start), None)
            return mention is not None and mention.spec.anchor == "previous" and \
                mention.spec.offset is not None and _dates(mention) and \
                _GAPPED.fullmatch(s.masked, b, start) is not None and \
                s.first_cue(b, start) is None and _GAP_END.match(s.masked, end) is not None
    return False


# An auxiliary or modal heading a verb phrase: "opens next month and will close on 14 March".
_AUXILIARY = re.compile(r"(?:will|would|could|should|must|may|might|is|are|has|have)\s+"
                        r"(?!(?:a|an|the|no|not\s+yet)\b)[a-z]")

# A present or bare verb no cue knows, then a preposition or a determiner: "rises for the recess
# on Wednesday and returns on Feb. 10", "will close on Friday and reopen on Oct. 3".
_TIMETABLE_VERB = re.compile(
    r"(?!(?:a|an|the|its|his|her|their|our|this|that|these|those|then|again|later|also|not|"
    r"on|in|at|by|from|to|for|with|until|after|before|some|many|all|other|more|most|no)\b)"
    r"[a-z]+(?<!ly)\s+(?:on|in|at|from|until|to|a|an|the|its|their|his|her)\s")

# "and again", "and then", "and once more" before a time: the verb before them is repeated.
_AGAIN = re.compile(r"(?<=[^\s,]),?\s+and\s+((?:then|again|later|once\s+more|once\s+again)\s+)")


def _elided_time(s: _Sentence, a: int, b: int) -> bool:
    """Whether "and again" at [a, b) opens a second time of the verb before it, with no verb of
    its own: "met on Tuesday and again on Thursday" yes; "met on Tuesday and again talked on
    Thursday" (a clause of its own) and "met on Tuesday and again later" (no time) no."""
    at, word = s.next_word(b)
    if at not in s.mention_starts and word.lower() in _LEAD_WORDS:
        at, _ = s.next_word(at + len(word))
    mention = next((m for m in s.mentions if m.span[0] - s.offset == at), None)
    if mention is None or not _dates(mention) or s.first_cue(b, at) is not None:
        return False
    if not any(_dates(m) and m.span[1] - s.offset <= a for m in s.mentions):
        return False  # "met and again on Thursday": one time, one event
    end = mention.span[1] - s.offset
    return s.first_cue(end, _first_comma(s, end) or len(s.text)) is None


def _ends_offset_phrase(s: _Sentence, a: int, b: int) -> bool:
    """Whether "and" at [a, b) ends the noun phrase an offset counts from and opens a second
    verb phrase: "pulled one back four minutes after the break and equalised at 5 p.m." ->
    "the break" is the phrase; the equaliser is an event of its own."""
    cue = s.first_cue(b, len(s.text))
    if cue is None or cue[0] != b or cue[2] not in ("past", "past_weak", "irregular"):
        return False
    return any((m.spec.kind == "relational" or m.spec.event) and m.span[1] - s.offset <= a and
               s.first_cue(m.span[1] - s.offset, a) is None for m in s.mentions)


# "and" or "but" between two verb phrases, no comma: "studied piano and won a scholarship".
_VERB_AND = re.compile(r"\s(?:and|but)\s+")
# A time bound to a stretch is not its own: "continued teaching until last year"; "over" and
# "for" bind only the time right after them ("strengthened over warm water last weekend" is
# its own time).
_UNBOUND = re.compile(r"\b(?:(?:until|till|through)\s+(?:[a-z]+\s+){0,3}|"
                      r"(?:for|over|within)\s+(?:the\s+)?)$")


# Words no speaker's name holds: a participle phrase's verb or object ("removing the last
# obstacle to a deal first announced"), a coordinator (", and released on Tuesday").
_NOT_A_SPEAKER = re.compile(r"\b(?:[a-z]+ing|to|which|that|who|and|or|but|then)\b")


# A figure's own time: "4.4% a year earlier", "3.1% in January".
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+(?:in\s+)?$")
# A period running up to a time, named for figures: "rose 2.6% in the year to February".
PERIOD_UP_TO = re.compile(r"(?<=year|nths)\s+(?:to|ended|ending|through)\s+(?=[A-Z\d])")


def _said_tails(s: _Sentence) -> list[_Split]:
    """Attributions with a time of their own after a clause with its own time, each a clause
    of its own: "Lang will travel at the weekend, her office said on Thursday, days after ..."
    -> "her office said on Thursday" (the saying), apart from the trip it reports."""
    cues = load(s.scan.language).cues
    said_tail, period_end = cues["said_tail"], cues["period_end"]
    found: list[_Split] = []
    for m in s.mentions:
        a = m.span[0] - s.offset
        if not _dates(m) or _inside(a, s.quotes):
            continue
        tail = said_tail.search(s.masked, max(0, a - 80), a)
        if tail is None or _inside(tail.start(), s.quotes) or \
                _NOT_A_SPEAKER.search(s.masked, tail.start(), a):
            continue  # ", removing the last obstacle to a deal first announced 16 months ago"
        # the clause has a time of its own, not the end of a reported period ("rose 2.6% in
        # the year to February, the office said last week": the report dates the figures)
        if any(x.span[1] - s.offset <= tail.start() and _dates(x) and not x.spec.aside and
               not _inside(x.span[0] - s.offset, s.quotes) and not period_end.search(
                   s.text[max(0, x.span[0] - s.offset - 40):x.span[0] - s.offset].lower())
               and not PERIOD_UP_TO.match(s.text, x.span[1] - s.offset)
               and not _FIGURE_BEFORE.search(s.text, max(0, x.span[0] - s.offset - 24),
                                             x.span[0] - s.offset)
               for x in s.mentions):
            found.append(_Split(tail.start(), tail.start() + 1, "main", "attribution"))
    return found


def _reported_plan(s: _Sentence, at: int) -> _Split | None:
    """A plan reported with its own date or relation: "said on Wednesday job cuts would begin in
    April" -> "said on Wednesday" | "job cuts would begin in April" (or "... a day before the
    vote"); None when the report has no plan
    with a date of its own ("said troops would be targets", "said the attack began Friday")."""
    lead = _SAID_LEAD.match(s.masked, at)
    a = lead.end() if lead else at
    if a in s.mention_starts:  # "said on Wednesday": the saying's own time stays with it
        a = s.mention_starts[a]
    that = _THAT.match(s.masked, a)
    b = that.end() if that else a
    plan = _PLAN.search(s.masked, b, min(len(s.text), b + 80))
    if plan is None or _inside(b, s.quotes):
        return None
    clause_end = _CLAUSE_END.search(s.masked, plan.end())
    end = clause_end.start() if clause_end else len(s.text)
    if not any(plan.end() <= m.span[0] - s.offset < end and (
                   _dates(m) or m.spec.kind == "relational") and _UNBOUND.search(
                   s.masked, max(b, m.span[0] - s.offset - 20), m.span[0] - s.offset) is None
               for m in s.mentions):
        return None  # "said it would delay the launch until next year": no date of the plan
    return _Split(a, b, "main", "said")


# A reporting verb, then the words before what was reported.
_SAID = re.compile(r"\b(?:said|says|announced|added|warned|stated|told\s+[a-z]+)\b")
# Where the saying was made and its time: "said in a statement late on Wednesday that ...".
_SAID_LEAD = re.compile(r"\s*(?:(?:in|on|via|at)\s+(?:a|an|the|his|her|its|their)\s+[a-z’'-]+"
                        r"(?:\s+(?!that\b)[a-z’'-]+){0,2}\s+"
                        r"(?=(?:(?:early|late)\s+)?(?:on|in|at|during)\s|that\b))?"
                        r"(?:(?:early|late)\s+)?(?:(?:on|in|at|during)\s+)?")
_CLAUSE_END = re.compile(r"[,;:](?!\d)")
_THAT = re.compile(r"[\s,]*(?:that\s+)?")
_PLAN = re.compile(r"\b(?:would|will|plan(?:s|ned)?\s+to|(?:is|are|was|were)\s+to|"
                   r"expect(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to)\b")


def _first_comma(s: _Sentence, start: int) -> int | None:
    """The first comma at or after start outside quotes and numbers ("20,000" has none)."""
    text = s.text
    i = text.find(",", start)
    while i >= 0:
        if not _inside(i, s.quotes) and not (
                0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            return i
        i = text.find(",", i + 1)
    return None


def split_parts(text: str, span: tuple[int, int], mentions: Sequence[Mention],
                language: str = "en", scan: Scan | None = None) -> list[Part]:
    """The clauses of the sentence at `span` of `text`, mentions being those inside it.

    "Protesters gathered two days after the vote." -> "Protesters gathered" (main) and
    "the vote." (ref: a noun phrase the offset is counted from).
    """
    start, end = span
    if scan is None:
        scan = Scan(text, mentions, language)
    s = _Sentence(text[start:end], start, mentions, scan)
    n = len(s.text)
    segments: list[tuple[int, int, _Split | None, bool]] = []  # start, end, opener, initial
    cursor, opener = 0, None
    lead: tuple[int, int] | None = None  # a fronted time before an opening sub clause
    for split in _splits(s):
        if split.at < cursor:
            continue
        head = s.text[cursor:split.at].strip(" ,“\"'`")
        if split.role == "sub" and cursor == 0 and (
                not head or (split.mention is not None and not s.has_verb(0, split.at))):
            # A sentence-initial subordinate clause runs to the first comma: "When X, Y".
            comma = _first_comma(s, split.body)
            if comma is None or (split.mention is None and not s.has_verb(split.body, comma)):
                continue
            if head and any(cursor <= m.span[0] - s.offset and m.span[1] - s.offset <= split.at
                            and _dates(m) for m in s.mentions):
                # "The night of Oct. 22, two days before the fire started, the utility ...":
                # the time before the offset is the main clause's, the offset's anchor.
                lead = (s.offset + cursor, s.offset + split.at)
            segments.append((split.body, comma, split, True))
            cursor, opener = comma + 1, None
            continue
        after_offset = opener is not None and opener.mention is not None
        if split.weak and not after_offset:
            continue
        # ", having been charged in September": the participle opening it is its verb.
        participle = split.role == "rel" and (split.connective or "").split()[0] == "having"
        if split.mention is None and (not (s.has_verb(cursor, split.at) or after_offset or
                                           split.own_times)
                                      or not (split.elided or participle or split.gerund or
                                              s.has_verb(split.body, n))):
            continue
        segments.append((cursor, split.at, opener, False))
        cursor, opener = split.body, split
    segments.append((cursor, n, opener, False))
    parts: list[Part] = []
    for a, b, split, initial in segments:
        part = _part(s, a, b, split, initial)
        if part is not None and split is not None and split.elided and parts:
            _share_verb(part, parts[-1])
        if part is not None:
            if lead is not None and part.role == "main":
                part.lead, lead = lead, None
            parts.append(part)
    _link(parts)
    parts.extend(_dated_asides(s, parts))
    return parts


# A word that cannot be the verb right after a subject relative pronoun: "who also ...",
# "which the ...".
_NOT_VERB = re.compile(r"\s*(?:[a-z]+ly|not|never|also|then|still|just|the|a|an|its|his|her|"
                       r"their|our|this|that|he|she|it|they|we|i|you)\b")
_BARE_VERB = re.compile(r"\s*[a-z]+\b")


def _pronoun_verb(s: _Sentence, part: Part, body: int) -> None:
    """The verb of a "who" or "which" clause no cue knows is the word right after its pronoun:
    ", who set up the charity in 2010," -> "set"; ", which the court heard in May," -> none."""
    if _NOT_VERB.match(s.masked, body) is None and \
            (word := _BARE_VERB.match(s.masked, body)) is not None:
        part.verb, part.verb_at = True, s.offset + word.end() - len(word.group().lstrip())


def _dated_asides(s: _Sentence, parts: list[Part]) -> list[Part]:
    """A relative clause set off by commas that states its own date, as a clause of its own
    after the others: "The trial, which began in January, is expected to ..." -> "began in
    January" (rel, which) beside the whole sentence, which that date does not date."""
    found: list[Part] = []
    for index, host in enumerate(parts):
        a0, b0 = host.start - s.offset, host.end - s.offset
        for match in PARENTHETICAL.finditer(s.masked, a0, b0):
            a, b = match.start(), match.end() - 1
            if _inside(a, s.quotes) or not any(
                    a <= m.span[0] - s.offset < b and _dates(m) for m in s.mentions):
                continue
            word = s.masked[a:b].lstrip(" ,").split(None, 1)[0]
            body = a + match.group().index(word) + len(word)
            part = _part(s, body, b, _Split(a, body, "rel", word), False)
            if part is not None:
                if not part.verb and word != "whose":
                    _pronoun_verb(s, part, body)
                part.host, part.aside = index, True
                found.append(part)
        for a, body, b in s.participles:
            if a0 <= a and b <= b0 and any(
                    body <= m.span[0] - s.offset < b and _dates(m) for m in s.mentions):
                word = s.masked[body:b].split(None, 1)[0]
                part = _part(s, body, b, _Split(a, body, "rel", word), False)
                if part is not None:
                    if part.verb_at < 0:  # "Born in Leeds in 1941": a participle no cue knows
                        part.verb, part.tense, part.verb_at = True, "past", s.offset + body
                    part.host, part.aside = index, True
                    if a or not _told_by_lead(s, host, b):
                        host.holes.append((s.offset + a, s.offset + b))
                    found.append(part)
        for a, b in _reduced(s, host, a0, b0):
            part = _part(s, a, b, _Split(a, a, "rel", s.masked[a:b].split(None, 1)[0]), False)
            if part is not None:
                part.host, part.aside = index, True
                host.holes.append((s.offset + a, s.offset + b))
                found.append(part)
        holes = []
        for a, body, b, dated in _restrictive(s, a0, b0):
            holes.append((a, b))
            if not dated:
                continue
            part = _part(s, body, b, _Split(a, body, "rel", s.masked[a:body].strip()), False)
            if part is not None:
                part.host, part.aside = index, True
                host.holes.append((s.offset + a, s.offset + b))
                found.append(part)
        if holes:
            # "Under the law that took effect in January, the operator must keep ...", "Trains
            # that do run will operate ...": the host's tense is its own verb's ("must",
            # "will"), not its relative clause's ("took", "do").
            _features(s, a0, b0, host, holes)
    return found


_PHRASE_END = re.compile(r"[,;:]")


# Before a noun and participle that are no reduced relative: a clause after a comma ("...,
# data showed on Tuesday") or the source of a report ("according to figures released on
# Friday"), whose time is the report's.
_SOURCE_BEFORE = re.compile(r"(?:,|\baccording\s+to(?:\s+[a-z]+){0,3})\s+$")


def _reduced(s: _Sentence, host: Part, a0: int, b0: int) -> list[tuple[int, int]]:
    """Reduced relative clauses with their own date after the verb of their host, as (start,
    end): "would open next spring, funded by a grant awarded in July" -> "awarded in July".
    Not after a reporting verb, whose complement the participle may head ("said the rebels
    attacked on Monday")."""
    verb = host.verb_at - s.offset
    if host.verb_at < 0:
        return []
    if _REPORTING.match(s.masked, verb):
        # "said the rebels attacked on Monday": the participle may head the complement; past
        # the complement's own verb it is a noun's again ("said he could not support changes
        # agreed by party leaders on Wednesday night")
        cue = s.first_cue(verb + 4, b0)
        if cue is None:
            return []
        verb = cue[0]
    dated = [m.span[0] - s.offset for m in s.mentions
             if verb < m.span[0] - s.offset < b0 and _dates(m)]
    if not dated:
        return []  # no time after the verb for a participle to take
    found: list[tuple[int, int]] = []
    reduced = load(s.scan.language).cues["participle_reduced"]
    for match in reduced.finditer(s.masked, verb, max(dated)):
        a = match.start("participle")
        if a <= verb or _inside(a, s.quotes) or any(x <= a < y for x, y in found) or \
                any(x <= s.offset + a < y for x, y in host.holes) or (
                    _SOURCE_BEFORE.search(s.masked, max(0, match.start() - 40), match.start())
                    and not any(at < match.start() for at in dated)):
            # the source's time dates a finding with none of its own; one with its own
            # ("lost ice between 2015 and 2024, according to a study published on
            # Wednesday") leaves the publishing an event of its own
            continue
        if match.group("agent") and not any(
                0 <= m.span[0] - s.offset - match.end() <= 1 for m in s.mentions):
            continue  # "tendered by shareholders on the exchange": the time is not the act's
        close = _PHRASE_END.search(s.masked, a, b0)
        b = close.start() if close else b0
        while b > a and s.text[b - 1] in " .!?":
            b -= 1
        if any(a <= m.span[0] - s.offset and m.span[1] - s.offset <= b and _dates(m)
               for m in s.mentions):
            found.append((a, b))
    return found


def _told_by_lead(s: _Sentence, host: Part, lead_end: int) -> bool:
    """Whether a sentence-opening participle phrase dates its host too: a past-tense host with
    no date of its own follows on from it ("Born in 1941, Marsh studied piano" -> about 1941),
    a present one does not ("Founded in 1990, the firm employs 4,000 people")."""
    if host.tense != "past" or host.perfect or host.modal or host.life or host.age is not None:
        return False  # "Born in 1951, she left school at 16": not in 1951
    end = host.end - s.offset
    return not any(lead_end <= m.span[0] - s.offset < end and _dates(m) for m in s.mentions)


# A subject relative pronoun right after a noun, no comma: "a club that finished 14th".
_RESTRICTIVE = re.compile(r"(?<=[a-z])\s+(?:that|who|which)\s+")
# What continues a relative clause past a verb: coordination ("finished 14th and fired its
# coach") and passive participles ("brush owned by the utility").
_COORDINATED = re.compile(r"\b(?:and|or|but)\s+$")
# A noun phrase ending a prepositional phrase, before its relative pronoun: "with a stabbing".
_PREP_PHRASE_END = re.compile(r"\b(?:with|of|in|for|over|about|after|from|by|into|at|during)\s+"
                              r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?"
                              r"(?:[\w’'-]+\s+){0,2}[\w’'-]+$")
_BY_AFTER = re.compile(r"\s+by\b")
# A participle after a determiner is an adjective: "has outlived its planned life".
_DETERMINER_END = re.compile(r"\b(?:a|an|the|its|his|her|their|our)\s+$")
# Between two cues of one verb group: "was destroyed", "had not been repaired".
_VERB_GROUP = re.compile(r"\s+(?:(?:not|never|already|also|just|since|badly|partly|later)\s+)?")
_AUXILIARY_END = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|will|would|could|can|may|"
                            r"might|must|should|did|does|do|been|not|never|already)\s+)+$")


def _restrictive(s: _Sentence, a0: int, b0: int) -> list[tuple[int, int, int, bool]]:
    """Restrictive subject relative clauses in [a0, b0), as (pronoun, body, end, whether it has
    a date of its own): "A wildfire that started Friday afternoon near Aldermoor had burned
    9,000 acres by Sunday" -> "started Friday afternoon near Aldermoor", dated. The clause runs
    to a comma or to the next verb not coordinated with its own (the host's: "had burned")."""
    found: list[tuple[int, int, int, bool]] = []
    for match in _RESTRICTIVE.finditer(s.masked, a0, b0):
        a, body = match.start(), match.end()
        if _inside(a, s.quotes) or any(x <= a < y for x, y, _, _ in found):
            continue
        before = s.masked[max(a0, a - 16):a].split()
        if before and s.first_cue(a - len(before[-1]), a) is not None:
            continue  # "said that changed": a verb's object, not a noun's relative clause
        verb = s.first_cue(body, b0)
        if verb is None or verb[0] != body:
            continue  # "the fact that prices rose": a subject first, no subject relative
        end = _first_comma(s, verb[1]) or b0
        end = min(end, b0)
        # "in connection with a stabbing that left two teenagers injured early Sunday": inside a
        # prepositional phrase after the host's verb no verb of the host follows; the clause
        # runs to the comma ("A round of talks that collapsed in May is due ..." has its verb
        # after the clause).
        in_predicate = _PREP_PHRASE_END.search(s.masked, max(a0, a - 60), a) and \
            s.first_cue(a0, a) is not None
        cue = None if in_predicate else s.first_cue(verb[1], end)
        last = verb[1]
        while cue is not None:
            # "that was destroyed": a verb group goes on
            if not _VERB_GROUP.fullmatch(s.masked, last, cue[0]) and \
                    not _COORDINATED.search(s.masked, max(body, cue[0] - 6), cue[0]) and \
                    not _DETERMINER_END.search(s.masked, max(body, cue[0] - 7), cue[0]) and \
                    not _BY_AFTER.match(s.masked, cue[1]):
                aux = _AUXILIARY_END.search(s.masked, body, cue[0])
                end = aux.start() if aux else cue[0]
                break
            last = cue[1]
            cue = s.first_cue(cue[1], end)
        while end > body and s.text[end - 1].isspace():
            end -= 1
        if end > body:
            found.append((a, body, end, any(
                body <= m.span[0] - s.offset and m.span[1] - s.offset <= end and _dates(m)
                for m in s.mentions)))
    return found


def _undated_present_relative(s: _Sentence, a: int, b: int) -> bool:
    """Whether a relative clause's only known verb is a present form after its pronoun and it
    names no time: ", which handles grain" -> True; ", who joins in May" -> False."""
    cue = s.first_cue(a, b)
    return cue is not None and cue[2] == "present_relative" and not any(
        a <= m.span[0] - s.offset < b and _dates(m) for m in s.mentions)


def _part(s: _Sentence, a: int, b: int, split: _Split | None, initial: bool) -> Part | None:
    text = s.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return None
    role: Role = split.role if split else "main"
    verb = s.has_verb(a, b)
    if verb and split is not None and split.mention is not None and \
            split.mention.spec.relation_only:
        # "on the eve of the summit, which opens on March 20, ...": the event is a noun
        # phrase, whatever verb a relative clause after it holds
        comma = _first_comma(s, a)
        verb = s.has_verb(a, comma if comma is not None and comma < b else b)
    verb = verb or (split is not None and split.gerund)
    if role == "sub" and not verb:
        role = "ref"
    part = Part(start=s.offset + a, end=s.offset + b, role=role,
                connective=split.connective if split else None,
                mention=split.mention if split else None, verb=verb, initial=initial)
    _features(s, a, b, part)
    if split is not None and split.role == "rel" and (split.connective or "").startswith("having"):
        part.verb, part.tense = True, "past"  # ", having been charged in September": before
    return part


def _features(s: _Sentence, a: int, b: int, part: Part,
              holes: Sequence[tuple[int, int]] = ()) -> None:
    """Tense, modality, aspect, genericity and quoting of a clause; `holes` are restrictive
    relative clauses in it (sentence offsets), whose verbs are not its own."""
    quotes = [(max(a, x), min(b, y)) for x, y in s.quotes if x < b and y > a]
    quoted_all = bool(quotes) and _covered(s.text, a, b, quotes)
    part.quoted = quoted_all
    # Skip a parenthetical relative clause: "President Trump, who has pushed ..., ruled out".
    paren = PARENTHETICAL.search(s.masked, a, b)
    # A participle aside ("The dam, built in 1958, had been ...") is never the host's verb.
    asides = [(x, y) for x, _, y in s.participles if a <= x and y < b]
    hard = sorted([*asides, *holes])
    skip = sorted([*quotes, *hard, *([(paren.start(), paren.end())] if paren else [])])
    cue = s.first_cue(a, b, skip) or s.first_cue(a, b, sorted([*quotes, *hard])) or \
        s.first_cue(a, b, hard)
    relative = _predicate_relative(s, a, b, cue)
    if relative is not None:
        # "The case dates back to a scheme in which donors were told ...": every verb we know
        # is the relative clause's; the clause's own ("dates") is a present form we do not.
        b, cue = relative, None
    kinds = s.flag_kinds(a, b)
    inside = [m for m in s.mentions if a <= m.span[0] - s.offset < b]
    # "Every October I come back here": a recurring time and no date is a habit.
    part.habitual = "habitual" in kinds or (any(m.type == "SET" for m in inside) and
                                            not any(_dates(m) for m in inside))
    part.generic = part.habitual or "generic" in kinds
    part.reporting = "reporting" in kinds or quoted_all
    part.deadline = _DEADLINE.search(s.masked, a, b) is not None
    part.life, part.age, part.age_years = _life_stage(s, a, b, skip)
    if cue is None:
        part.tense = "past" if quoted_all else "present"
        part.verb_at = -1
        return
    first_start, first_end, kind = cue
    part.verb_at = s.offset + first_start
    part.tense, part.modal = _tense_of(kind)
    word = s.masked[first_start:first_end]
    if word in ("has", "have", "had") or word.startswith(("has ", "have ")):
        follows = _PARTICIPLE.match(s.masked, first_end) if " " not in word else True
        if follows:
            part.perfect = word != "had"
            part.pluperfect = word == "had"
            if part.perfect:
                part.tense = "present"


def _life_stage(s: _Sentence, a: int, b: int, skip: Sequence[tuple[int, int]]
                ) -> tuple[bool, int | None, int]:
    """Whether a clause tells a stage of someone's life, and the ages it states, from and how
    many years: "Varga left school at the age of 16" -> (True, 16, 1); "In her early twenties
    she campaigned" -> (True, 20, 4); "as a teenager" -> (True, None, 1); "was 12 when the
    water came" -> (True, 12, 1), the "when" after the clause's end. Not in a quote or aside
    it holds: "Ferrin, who was nine when the water came, read ..."."""
    lexicon = load(s.scan.language)
    match = next((m for m in lexicon.cues["life_stage"].finditer(
        s.masked, a, min(len(s.masked), b + 12)) if m.start() < b and
        not any(x <= m.start() < y for x, y in skip)), None)
    if match is None:
        bare = lexicon.cues["age_bare"].search(s.masked, a, b)
        # "..., Ruiz was elected mayor at 37.": an age only beside a birth (no life stage)
        return False, int(bare.group("age")) if bare else None, 1
    if match.group("decade") is not None:
        start, years = lexicon.word("life_decade", match.group("decade"))
        third = match.group("third")
        if third is not None:
            # thirds that overlap by a year: "early twenties" 20-23, "mid" 23-26, "late" 26-29
            part = -(-years * 2 // 5)
            start += {"early": 0, "mid": (years - part) // 2, "late": years - part}[third]
            years = part
        return True, start, years
    word = match.group("age")
    if word is None:
        return True, None, 1
    number = int(word) if word.isdigit() else lexicon.word("number", word.replace("-", " "))
    return True, int(number) if number is not None else None, 1


def _predicate_relative(s: _Sentence, a: int, b: int, cue: tuple[int, int, str] | None
                        ) -> int | None:
    """Where a relative clause after "in which", "under which"... starts, when it holds the
    clause's first known verb and follows a predicate ("dates back to a 2017 fraud scheme in
    which donors were told" -> the offset of "in"); None otherwise ("The scheme under which
    donors were paid was exposed": a subject's relative clause, the verb after it known)."""
    if cue is None:
        return None
    relative = _PREP_WHICH.search(s.masked, a, b)
    if relative is None or relative.start() > cue[0] or \
            len(_WORD.findall(s.masked, a, relative.start())) < 5:
        return None
    return relative.start()


def _share_verb(part: Part, before: Part) -> None:
    """An elided clause takes the verb of the clause before it: "again on Thursday" after
    "The two sides met on Tuesday" is past, not a verbless present phrase."""
    part.verb = True
    part.tense, part.modal, part.perfect, part.pluperfect = (
        before.tense, before.modal, before.perfect, before.pluperfect)
    part.generic, part.habitual, part.reporting = before.generic, before.habitual, before.reporting


def _covered(text: str, a: int, b: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether everything in [a, b) but punctuation and spaces is inside the quotes."""
    for i in range(a, b):
        if text[i].isalnum() and not _inside(i, quotes):
            return False
    return True


def _link(parts: list[Part]) -> None:
    """Point each sub, rel and ref clause at the clause it depends on."""
    for i, part in enumerate(parts):
        if part.role == "main":
            continue
        if part.initial:
            part.host = next((j for j in range(i + 1, len(parts)) if parts[j].role == "main"),
                             None)
        else:
            part.host = next((j for j in range(i - 1, -1, -1) if parts[j].role != "ref"), None)


def trailing_adverb(text: str) -> int:
    """Length of adverbs left dangling before a connective: "met, particularly" -> 14."""
    match = _TRAILING_ADVERBS.search(text)
    return len(match.group()) if match else 0


def sentences(text: str, mentions: Sequence[Mention] = (), language: str = "en"
              ) -> list[Sentence]:
    """The sentences of a text with their clauses.

    "It rained. He left when it stopped." -> two sentences; the second has the clauses
    "He left" and "it stopped" (connective "when").
    """
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    scan = Scan(text, ordered, language)
    result = []
    for a, b in sentence_spans(text):
        inside = ordered[bisect_left(starts, a):bisect_left(starts, b)]
        inside = [m for m in inside if m.span[1] <= b]
        clauses = [Clause(span=(p.start, p.end), text=text[p.start:p.end], tense=p.tense,
                          connective=p.connective)
                   for p in split_parts(text, (a, b), inside, language, scan)]
        result.append(Sentence(span=(a, b), text=text[a:b], clauses=clauses))
    return result


def split_clauses(sentence: str, mentions: Sequence[Mention] = (), language: str = "en"
                  ) -> list[Clause]:
    """The clauses of one sentence: "He left when it stopped." -> "He left", "it stopped."."""
    return [Clause(span=(p.start, p.end), text=sentence[p.start:p.end], tense=p.tense,
                   connective=p.connective)
            for p in split_parts(sentence, (0, len(sentence)), mentions, language)]


_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s", "e")
_STOPWORDS = frozenset(
    "the a an this that these those his her its their our your my and or but with from into "
    "for about over under after before since when while there here which who whom whose what "
    "said says told also again then than some many much more most other such".split())


def stem(word: str) -> str:
    """A crude stem for matching a noun with its verb: "warning", "warned" -> "warn"."""
    word = word.lower().strip("’'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words of a text: "The warning came" -> {"warn", "cam"}."""
    return frozenset(stem(w) for w in _WORD.findall(text)
                     if len(w) >= 4 and w.lower() not in _STOPWORDS)
