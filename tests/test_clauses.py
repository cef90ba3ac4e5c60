"""Clause splitting: connectives, coordinators, relative clauses, quotes, tense and flags."""

from __future__ import annotations

from timeline.clauses import (
    content_stems,
    quote_ranges,
    sentences,
    split_clauses,
    split_parts,
    stem,
)
from timeline.tagger import tag

PUBLISHED = "2025-09-05"


def parts(sentence: str):
    return split_parts(sentence, (0, len(sentence)), tag(sentence, PUBLISHED))


def texts(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(sentence[p.start:p.end], p.role, p.connective) for p in parts(sentence)]


def test_relational_offset_opens_a_clause() -> None:
    s = "The warning came a day after the minister revealed the plan."
    assert texts(s) == [("The warning came", "main", None),
                        ("the minister revealed the plan.", "sub", "a day after")]


def test_sentence_initial_offset_with_a_noun_phrase() -> None:
    s = "Two days after the vote, the minister resigned."
    assert texts(s) == [("the vote", "ref", "two days after"),
                        ("the minister resigned.", "main", None)]
    first = parts(s)[0]
    assert first.initial and first.host == 1


def test_since_before_a_time_is_no_clause() -> None:
    s = "The war has been going on since late February 2022."
    assert texts(s) == [(s, "main", None)]


def test_gerund_after_a_connective_is_no_clause() -> None:
    s = "Trump pushed for a meeting after meeting both leaders in Geneva."
    assert len(texts(s)) == 1


def test_gerund_after_after_with_its_own_time_is_a_clause() -> None:
    # the time is the gerund's act, before the host's: the host is not dated by it
    s = "Trump pushed for a meeting after meeting both leaders last month."
    assert texts(s) == [("Trump pushed for a meeting", "main", None),
                        ("meeting both leaders last month.", "sub", "after")]
    s = "Tin prices slipped on Thursday after touching a three-year high on Monday."
    assert texts(s) == [("Tin prices slipped on Thursday", "main", None),
                        ("touching a three-year high on Monday.", "sub", "after")]
    # "before": the host ends when the gerund's act happens, and keeps its time
    assert len(texts("The panel met for hours before issuing its report at 6 p.m.")) == 1


def test_when_clause() -> None:
    s = "The showdown took a personal turn Thursday when Saddam called Bush a liar."
    assert texts(s) == [("The showdown took a personal turn Thursday", "main", None),
                        ("Saddam called Bush a liar.", "sub", "when")]


def test_coordinator_needs_a_subject_and_a_verb() -> None:
    s = "The council will vote on Tuesday, and construction will begin in June."
    assert [t for t, _, _ in texts(s)] == ["The council will vote on Tuesday",
                                            "construction will begin in June."]
    # no subject: one clause
    assert len(texts("He ruled out troops, but has signaled openness to air support.")) == 1
    # a list of names: one clause
    assert len(texts("Italy, Poland and Germany are among the guarantors.")) == 1


def test_relative_clause_at_the_end() -> None:
    s = "He vowed to end the invasion, which has been ongoing since late February 2022."
    assert texts(s)[1] == ("has been ongoing since late February 2022.", "rel", "which")


def test_quotes_are_never_split() -> None:
    s = "“We stay until peace comes, and we will win when they leave,” he said."
    assert len(texts(s)) == 1
    part = parts(s)[0]
    assert part.tense == "past" and part.reporting


def test_quote_ranges() -> None:
    assert quote_ranges("He said “we won” today.") == [(8, 16)]
    assert quote_ranges("“We won, he said.") == [(0, 17)]
    assert quote_ranges("we won,” he said.") == [(0, 8)]
    assert quote_ranges('He said "no" twice.') == [(8, 12)]


def test_tense_and_flags() -> None:
    assert parts("Putin warned on Friday that troops would be targets.")[0].tense == "past"
    assert parts("The council will vote on Tuesday.")[0].tense == "future"
    perfect = parts("Moscow has long rejected the idea.")[0]
    assert perfect.perfect and perfect.generic and perfect.tense == "present"
    assert parts("The river usually peaks in spring.")[0].habitual
    assert parts("Critics say the plan failed.")[0].tense == "present"
    # a capitalised name is no verb: "United" is not a past form
    assert parts("The United Kingdom have signaled support.")[0].tense == "present"
    # words ending in "ed" that are no past form: "need", "a hundred"
    assert parts('"Now we need to get it through the Senate."')[0].tense == "present"
    assert parts("A hundred people need shelter.")[0].tense == "present"


def test_sentences_and_split_clauses() -> None:
    text = "It rained. He left when it stopped."
    found = sentences(text, tag(text, PUBLISHED))
    assert [s.text for s in found] == ["It rained.", "He left when it stopped."]
    assert [(c.text, c.connective) for c in found[1].clauses] == [("He left", None),
                                                                  ("it stopped.", "when")]
    assert [c.text for c in split_clauses("He left when it stopped.")] == ["He left",
                                                                           "it stopped."]


def test_stems() -> None:
    assert stem("warning") == stem("warned") == "warn"
    assert stem("vote") == stem("voted") == stem("votes")
    assert "warn" in content_stems("The warning came")


def test_only_tense_cues_find_a_clause_verb() -> None:
    # "deal" and "plan" look ahead to an action (a cue for the tagger's tense), but are no verbs
    for s, verb in [("The deal was signed in Geneva.", "was"), ("The plan collapsed.", "col")]:
        assert [(p.tense, s[p.verb_at:p.verb_at + 3]) for p in parts(s)] == [("past", verb)]


def test_and_between_verb_phrases_each_with_its_own_time_splits() -> None:
    s = "She moved to Lisbon in the late 1960s and wrote her first score in 1971."
    assert [t for t, _, _ in texts(s)] == ["She moved to Lisbon in the late 1960s",
                                          "wrote her first score in 1971."]
    # one time, or a time bound to a stretch, keeps the sentence whole
    for whole in ("They met and talked on Friday.",
                  "She retired in 2015 but kept teaching until last year."):
        assert [t for t, _, _ in texts(whole)] == [whole]


def test_over_binds_only_the_time_right_after_it() -> None:
    s = "The storm formed on September 9 and strengthened over warm water last weekend."
    assert [t for t, _, _ in texts(s)] == ["The storm formed on September 9",
                                          "strengthened over warm water last weekend."]
    whole = "Prices fell on Monday and held steady over the past week."
    assert [t for t, _, _ in texts(whole)] == [whole]


def test_a_date_after_until_and_a_noun_is_bound_to_the_stretch() -> None:
    s = "He appeared in court on Monday and was remanded until a hearing next month."
    assert [t for t, _, _ in texts(s)] == [s]


def test_a_restrictive_relative_clause_with_a_date_is_a_clause_inside_its_host() -> None:
    s = "The man who robbed the bank on Monday was arrested on Wednesday."
    found = parts(s)
    assert [(s[p.start:p.end], p.role, p.connective) for p in found] == [
        (s, "main", None), ("robbed the bank on Monday", "rel", "who")]
    assert found[1].host == 0 and found[1].aside
    assert found[0].holes == [(7, 37)]
    # no date of its own, a verb's object or a complement: no clause
    for s in ("The man who robbed the bank was arrested on Wednesday.",
              "He said that changed on Monday.", "The fact that prices rose on Monday hurt."):
        assert len(parts(s)) == 1


def test_and_again_before_a_time_opens_a_clause_that_shares_the_verb() -> None:
    s = "The two sides met on Tuesday and again on Thursday without reaching a deal."
    found = parts(s)
    assert [(s[p.start:p.end], p.role, p.connective) for p in found] == [
        ("The two sides met on Tuesday", "main", None),
        ("again on Thursday without reaching a deal.", "main", "and")]
    assert (found[1].verb, found[1].tense) == (True, "past")
    s = "Talks will resume on Monday and then on March 20."
    assert [(s[p.start:p.end], p.tense) for p in parts(s)] == [
        ("Talks will resume on Monday", "future"), ("then on March 20.", "future")]
    # no time after it, or none before it: one clause
    for s in ("The two sides met on Tuesday and again later without a deal.",
              "The two sides met and again on Thursday without a deal."):
        assert [t for t, _, _ in texts(s)] == [s]


def test_time_given_to_act_marks_a_deadline_clause() -> None:
    for s in ("The court had until Feb. 10 to rule on the motion.",
              "The company has until Friday to respond.", "They were given until March to leave."):
        assert [p.deadline for p in parts(s)] == [True], s
    for s in ("They stayed until Feb. 10 to see the vote.", "The court ruled on Feb. 10."):
        assert [p.deadline for p in parts(s)] == [False], s


def test_a_predicate_s_relative_clause_after_a_preposition_sets_no_tense() -> None:
    # "originates" is a present form no cue knows; "were" belongs to the relative clause
    (part,) = parts("The dispute originates in a 2015 contract under which growers were paid "
                    "in advance.")
    assert (part.tense, part.reporting) == ("present", False)
    # a subject's relative clause: the verb after it is the clause's own
    (part,) = parts("The contract under which growers were paid was cancelled.")
    assert part.tense == "past"


def test_and_before_a_new_subject_with_its_own_time_splits() -> None:
    s = "Gales closed the port in early May and the coastguard reopened it in June."
    assert texts(s) == [("Gales closed the port in early May", "main", None),
                        ("the coastguard reopened it in June.", "main", "and")]
    # one subject of two nouns: no verb before "and"
    assert len(texts("When the mayor and 40 other people were detained on Monday, crowds "
                     "gathered.")) == 2


def test_a_comma_inside_a_number_ends_no_clause() -> None:
    s = "Floods hit the delta in March and storms knocked out power to 12,000 homes in April."
    assert texts(s) == [("Floods hit the delta in March", "main", None),
                        ("storms knocked out power to 12,000 homes in April.", "main", "and")]


def test_a_gapped_verb_before_an_offset_splits_the_coordination() -> None:
    text = "Lind was made captain in 1988 and coach nine years later."
    mentions = tag(text, "2026-03-06")
    parts = [text[p.start:p.end] for p in split_parts(text, (0, len(text)), mentions)]
    assert parts == ["Lind was made captain in 1988", "coach nine years later."]
