"""Split an article into sentences and clauses, and read the tense around a position.

"He said Friday he will resign." -> one sentence; tense at "Friday" is past (nearest cue
"said"), at "resign" future ("will").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from timeline.lexicon import load
from timeline.models import Tense

# A sentence ends at . ! ? (plus closing quotes/brackets) before a space and a capital or an
# opening quote, or at a blank line / line break. Abbreviations ("Sept.", "U.S.", "Mr.") do not
# end sentences when followed by a lowercase word or a digit. A match starts at the stop or
# the line break itself, so the regex engine skips other characters with a set test.
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=[.!?])["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|(?<=\n)\s*)""")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Cpl|Pvt|Rev|Fr|Ft|Mt|St|"
    r"Jr|Sr|Inc|Corp|Co|Ltd|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|"
    r"vs|v|etc|approx|est|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|[A-Z])\.)$")


_BEFORE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Cpl|Pvt|Rev|Fr|Ft|Mt|St|vs|v|"
    r"[A-Z])\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of text, whitespace trimmed.

    "It rained. Then it stopped." -> [(0, 10), (11, 27)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + (text[match.start()] != "\n")  # a stop stays in its sentence
        if "\n" not in match.group() and _abbreviation_goes_on(text, start, end, match.end()):
            continue
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _abbreviation_goes_on(text: str, start: int, end: int, after: int) -> bool:
    """Whether the dot at text[end - 1] ends an abbreviation the sentence runs on past (the
    next sentence would start at `after`): "in Sept. last year", "Mr. Smith", "at 9 a.m.
    Tuesday" -> True; "at 4 p.m. Reyes showed no reaction" -> False."""
    # Only a stop that is a dot can end an abbreviation ("Sept.", "U.S.").
    if text[end - 1] != "." or not ABBREVIATION.search(text[max(start, end - 12) : end]):
        return False
    if not text[after : after + 1].isupper() or (
            text[end - 2 : end] == "m." and _clock_goes_on(text, after)):
        return True
    # A title or "vs." is followed by a name, never by a new sentence.
    return _BEFORE_NAME.search(text[max(start, end - 6) : end]) is not None


_NEXT_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,3}")


def _clock_goes_on(text: str, at: int) -> bool:
    """Whether the capitalised words after "a.m." or "p.m." still belong to the time: a zone,
    a weekday or a month ("3 p.m. EST", "9 a.m. Tuesday", "5 p.m. Nov. 9", "2 p.m. London
    time"), not a new sentence ("at 4 p.m. Reyes showed no reaction")."""
    words = _NEXT_WORDS.match(text, at)
    if words is None:
        return True
    spoken = words.group().split()
    first, lexicon = spoken[0], load()
    if (len(first) > 1 and first.isupper()) or any(lexicon.word(cls, first) is not None
                                                  for cls in ("weekday", "month", "tz")):
        return True
    # A zone in words or a city's clock: "2 p.m. London time", "8 p.m. Eastern Standard Time".
    return any(lexicon.word("tz", " ".join(spoken[:n])) is not None
               for n in range(2, len(spoken) + 1))


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@cache
def _cues(language: str) -> tuple[tuple[tuple[re.Pattern[str], Tense], ...], ...]:
    """Strong cues (auxiliaries, irregular past forms) first, then weak ones."""
    cues = load(language).cues
    strong = ((cues["future"], "future"), (cues["past"], "past"),
              (cues["future_before"], "future_before"))
    weak = ((cues["past_weak"], "past"), (cues["forward"], "present"), (cues["present"], "present"))
    return strong, weak


_MAY = re.compile(r"\bmay\b")
_STRONG_REACH = 80
_Cue = tuple[float, Tense, re.Match[str]]


def _nearest(sentence: str, position: int, group: tuple[tuple[re.Pattern[str], Tense], ...],
             attributive: bool) -> _Cue | None:
    """The cue of a group nearest a position, as (weighted distance, tense, match):
    ("he said friday", 9, strong cues) -> (1, "past", <"said">)."""
    best: _Cue | None = None
    for pattern, tense in group:
        if tense == "future_before" and attributive:
            continue  # never the tense of a time naming a known event
        for match in pattern.finditer(sentence):
            after = match.start() >= position
            # A cue after the mention counts a little less than one before it.
            distance = (match.start() - position) * 1.2 if after else position - match.end()
            if best is not None and distance >= best[0]:
                # No nearer than the best so far, whatever the tests below say. Matches come
                # in text order, so the pattern's later ones after the mention are further
                # still: stop reading them.
                if after:
                    break
                continue
            if tense == "future_before" and (after or _NEW_PHRASE.search(
                    sentence, match.end(), position)):
                if after:
                    break  # only before the mention, and the rest are after it too
                continue
            if after and (_attribution_tail(sentence, position, match) or
                          _BEYOND.search(sentence, position, match.start()) or
                          _SECOND_REPORT.search(sentence, position, match.start()) or
                          _SECOND_PHRASE.search(sentence, position, match.start()) or
                          _NEW_CLAUSE.search(sentence, position, match.start()) or
                          _COORDINATED.search(sentence, max(position, match.start() - 5),
                                              match.start()) or
                          _closed_aside(sentence, position, match.start())):
                continue
            if not after and _closed_aside(sentence, match.end(), position) and \
                    not _LISTED.search(sentence, sentence.find(",", match.end()) + 1, position):
                continue  # "The levy, which taxes homes left empty, applies from 1 April"
            said = "future" if tense == "future_before" else tense
            if said == "future" and _HAD.search(sentence, max(0, match.start() - 24),
                                                match.start()):
                said = "past"  # "had planned to release it in March": a past plan
            best = (distance, said, match)
    return best


# ", and" before a verb: a verb phrase of its own, out of a modal's reach ("ruled that he must
# be returned, and set Friday as the deadline": the setting is not ahead).
_NEW_PHRASE = re.compile(r",\s+and\s+(?!(?:then|later|also|would|will|could|should|must|may|"
                         r"might|to|the|a|an|in|on|at|by|from|for|after|before)\b)[a-z]+\s")

# A pluperfect before a plan word: "had planned to", "had originally expected to".
_HAD = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$")


def tense_in(sentence: str, position: int, language: str = "en", *,
             attributive: bool = False) -> Tense:
    """The tense of the verb nearest a position in a sentence (lowercased text).

    ("putin will meet him on friday", 22) -> "future"; ("he said friday", 9) -> "past".
    """
    # The nearest strong cue within reach decides ("will ... the flooded region at the weekend"
    # is future); otherwise the nearest cue of any kind, strong or weak; otherwise present.
    # Each group is read once, over the whole sentence (cues further away than it never win).
    strong_group, weak_group = _cues(language)
    strong_any = _nearest(sentence, position, strong_group, attributive)
    strong = strong_any if strong_any is not None and strong_any[0] <= _STRONG_REACH else None
    # Weak cues matter without a strong one within reach, or to overrule a reporting verb
    # before the time or a strong cue after it (below).
    if strong is not None and not (strong[2].start() >= position or
                                   strong[2].group() in _REPORTING or
                                   _COMPLEMENT.search(sentence, strong[2].end(), position)):
        weak_any = None
    else:
        weak_any = _nearest(sentence, position, weak_group, attributive)
    weak = weak_any if strong_any is None or (
        weak_any is not None and weak_any[0] <= strong_any[0]) else strong_any
    if strong is not None and weak is not None and weak[2].end() <= position:
        # A reporting verb governs a complement with its own verb, which sets the tense of a
        # time in it: "said it is calling for the redemption on Dec. 7" (present).
        if strong[2].end() <= weak[2].start() and strong[2].group() in _REPORTING:
            return weak[1]
        # So does any verb whose complement or adverbial clause holds the time: "will want to
        # know what changed after December", "will strike, after talks failed on Thursday".
        # A present verb there keeps a future's reading ("will vote after it is briefed on
        # Thursday").
        opener = _COMPLEMENT.search(sentence, strong[2].end(), position)
        if strong[2].end() <= position and opener is not None and \
                opener.end() <= weak[2].start() and weak[1] == "past":
            return weak[1]
        # A participle right before the time is the verb it dates, whatever a later clause
        # says: "shares issued July 1, which will receive ..." (past).
        if strong[2].start() >= position and weak[1] == "past" and \
                _ADJACENT.fullmatch(sentence, weak[2].end(), position):
            return weak[1]
    if strong is not None and strong[1] == "future" and strong[2].end() <= position and \
            _reduced_relative(sentence, position, language):
        # "would open next spring, funded by a grant awarded in July": the grant's past
        return "past"
    for best in (strong, weak):
        if best is not None:
            if best[1] == "past" and _projected(sentence, position, best[2], language):
                return "present"
            return best[1]
    return "present"


def _reduced_relative(sentence: str, position: int, language: str) -> bool:
    """Whether a participle after a noun dates the time right after it: ("a grant awarded in
    july", 22) -> True; ("they moved in july", 17) -> False."""
    reduced = load(language).cues["participle_reduced"]
    for match in reduced.finditer(sentence, max(0, position - 48), position):
        if _ADJACENT.fullmatch(sentence, match.end("participle"), position):
            return True
    return False


def _projected(sentence: str, position: int, cue: re.Match[str], language: str) -> bool:
    """Whether a time before which a past cue stands dates an action projected after "to"
    instead: "decided to admit them in early March" (the admission may lie ahead)."""
    if cue.group() == "had" or _HAD.search(sentence, max(0, cue.start() - 24), cue.start()):
        return False  # "had planned to release it in March": a plan told as already past
    projecting = load(language).cues["projecting"]
    for match in projecting.finditer(sentence, max(0, position - _PROJECTING_REACH), position):
        if match.start() >= cue.start() and _TO.search(sentence, match.end(), position):
            return True
    return False


_PROJECTING_REACH = 120
_TO = re.compile(r"\bto\b")


# A cue after a time is its verb's only within its clause: "issued a statement Friday saying
# the entry will consolidate ..." ("will" is the statement's content, not its time). So is
# a cue past ", and", ", but" or ";", a clause of its own: "reached 44 degrees on Saturday,
# and forecasters expect the heat to last" (Saturday stays past).
_BEYOND = re.compile(r"\b(?:saying|that|which|who|whose|because|although|while|whereas)\b|"
                     r",\s+(?:and|but)\b|;")

# A list inside a relative clause: its commas close nothing ("who stepped down as chairman,
# president and chief executive in March").
_LISTED = re.compile(r"\b(?:and|or)\b|,")

# A comma-set relative clause still open before a time: "Reyes, who faces voters in November,"
_ASIDE_OPEN = re.compile(r",\s+(?:who|which|whose)\b[^,;:]*$")


def _closed_aside(sentence: str, position: int, cue_at: int) -> bool:
    """Whether what stands at `position` (a time, or a cue before a time at `cue_at`) lies in a
    comma-set relative clause that closes before `cue_at`: ("reyes, who is running in november,
    called it", 29, 39) -> True ("called" is not the running's tense); so is a cue in such a
    clause before the host's time ("the levy, which taxes homes left empty, applies from 1
    april": "left" is not April's)."""
    comma = sentence.find(",", position, cue_at)
    return comma >= 0 and _ASIDE_OPEN.search(sentence, max(0, position - 120), position) \
        is not None


# A verb right after "and"/"but" heads a second verb phrase, not the time's: "said he would have
# a scan on Monday and was likely to miss six weeks" ("was" is not the scan's tense).
_COORDINATED = re.compile(r"\b(?:and|but)\s+$")

# A word opening a complement, relative or adverbial clause between a verb and a time after
# it: "will want to know what changed after December", "will strike, after talks failed on".
_COMPLEMENT = re.compile(r"\b(?:what|why|how|whether|where|who|which|that|after|before|because|"
                         r"since|although|though|once|until)\b")

# A second verb phrase after the time's, opened by an auxiliary: "takes effect on March 1 and
# will be phased in for buildings completed after 2015" ("completed" is not March 1's tense).
_SECOND_PHRASE = re.compile(r"\b(?:and|but)\s+(?:will|would|could|should|must|may|might|is|are|"
                            r"has|have)\s+(?!(?:a|an|the|no)\b)")

# A main clause of its own after the time's: "approved it on April 9, and the governor is
# expected to sign it" ("expected to" is not April 9's tense).
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|yet|whereas)\s+")

# A report coordinated after the time's verb phrase: what it reports has a tense of its own.
# "apologised on tuesday and said customers will get credits" ("will" is not Tuesday's).
_SECOND_REPORT = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:said|says|told|"
                            r"tells|added|adds|announced|reported|stated|wrote|noted|warned|"
                            r"promised|pledged|vowed|insisted|confirmed|predicted)\b")

# Between a verb and the time it dates: nothing, or one preposition.
_ADJACENT = re.compile(r"\s+(?:(?:on|in|at|during|since)\s+)?")


_REPORTING = frozenset({"said", "says", "told", "tells", "added", "adds", "announced",
                        "reported", "stated", "wrote", "noted"})


def _attribution_tail(sentence: str, position: int, match: re.Match[str]) -> bool:
    """A reporting verb after a comma or quote ("..., its spokesman said") attributes the
    clause; it does not set the tense of what was reported ("is due to meet on Thursday")."""
    if match.group().lower() not in _REPORTING:
        return False
    # "In September, it announced plans": a fronted time belongs to the clause after its comma.
    if len(sentence[:position].split()) <= 1:
        return False
    return bool(re.search(r"[,”\"]", sentence[position : match.start()]))


# A word after a time that makes it a noun's modifier: "the Aug. 7 blasts", "the 2019 final".
_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|but|nor|so|when|while|if|as|than|to|in|on|at|of|for|"
                        r"with|by|from|after|before|until|since|during|the|a|an|that|which|who|"
                        r"is|are|was|were|be|will|would|has|have|had|it|they|he|she)\b)[a-z]")


def tenses_for(text: str, spans: list[tuple[int, int]], language: str = "en",
               others: Sequence[tuple[int, int]] = ()) -> list[Tense]:
    """The tense around each span, read within its sentence; `others` are the spans of the
    text's mentions, so that the month "May" in one is no modal for another."""
    if not spans:
        return []
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    low = text.lower()
    if others and "may" in low:
        # "May" the month in another mention is no modal ("from May 3 to June 7"); other
        # mentions' words stay cues ("said yesterday that ...").
        pieces, cursor = [], 0
        for a, b in sorted(others):
            if a >= cursor and _MAY.search(low, a, b):
                pieces += [low[cursor:a], " " * (b - a)]
                cursor = b
        low = "".join([*pieces, low[cursor:]])
    result: list[Tense] = []
    for start, end in spans:
        index = max(0, bisect_right(starts, start) - 1)
        s_start, s_end = sentences[index] if sentences else (0, len(text))
        sentence = low[s_start:s_end]
        # The mention's own words are no tense cue ("last week", "yesterday").
        masked = sentence[: start - s_start] + " " * (end - start) + sentence[end - s_start :]
        # "Wednesday's ruling", "the Aug. 7 blasts": a time naming a known event, whose tense
        # a "would" earlier in the sentence does not set.
        # "the summer", "the autumn" name a time, not an event: a noun must follow ("in the
        # autumn" after "would" is ahead).
        attributive = low.startswith(("'s", "’s"), end) or (
            (low.startswith("the ", start) or low.endswith("the ", 0, start)) and
            _NOUN_NEXT.match(low, end) is not None)
        if low.endswith("since ", 0, start):
            result.append("past")  # "Since January, sales have dropped": it began before
            continue
        result.append(tense_in(masked, start - s_start, language, attributive=attributive))
    return result
