"""Anchoring: each event dated by its own expression, a relation, the focus, or not at all.

Publication date Fri 2025-09-05 unless said.
"""

from __future__ import annotations

from datetime import date

from timeline.anchor import anchor
from timeline.models import Event
from timeline.tagger import tag

FRIDAY = date(2025, 9, 5)


def events(text: str, published: date = FRIDAY) -> list[Event]:
    return anchor(text, published, tag(text, published), document="d.txt")


def dated(text: str, published: date = FRIDAY) -> dict[str, str | None]:
    return {e.text: e.time.value if e.time else None for e in events(text, published)}


def test_own_expression() -> None:
    (event,) = events("Putin warned on Friday that troops would be targets.")
    assert event.time is not None
    assert (event.time.value, event.time.grain, event.time.how) == ("2025-09-05", "day",
                                                                    "expression")
    assert event.time.expression == "Friday"
    assert event.text == "Putin warned on Friday that troops would be targets"
    assert event.span == (0, len(event.text))


def test_a_day_after_dates_the_other_clause_one_day_before() -> None:
    found = events("Putin warned on Friday. The warning came a day after Macron revealed a plan.")
    by_text = {e.text: e for e in found}
    macron = by_text["Macron revealed a plan"]
    assert macron.time is not None and macron.time.value == "2025-09-04"
    assert macron.time.how == "relation" and macron.time.expression == "a day after"
    assert macron.time.explanation == ('"a day after": one day before "The warning came" '
                                       "(Fri 5 Sep 2025)")
    assert macron.relation is not None
    assert (macron.relation.kind, macron.relation.offset) == ("before", "P1D")
    assert macron.relation.target == by_text["The warning came"].id


def test_offset_after_a_noun_phrase_counts_from_the_matching_event() -> None:
    text = "Parliament voted on Tuesday. Two days after the vote, the minister resigned."
    assert dated(text)["the minister resigned"] == "2025-09-04"


def test_since_dates_the_start_of_an_ongoing_event() -> None:
    (event,) = events("The invasion has been ongoing since late February 2022.")
    assert event.time is not None
    assert (event.time.value, event.time.mod) == ("2022-02", "END")
    assert event.time.start.isoformat() == "2022-02-21T00:00:00"
    assert event.time.explanation.startswith('"since late February 2022": an ongoing event')


def test_when_after_since_takes_the_start() -> None:
    text = "The ferry has been suspended since November 2024, when the landing collapsed."
    assert dated(text)["the landing collapsed"] == "2024-11"


def test_past_clause_is_not_dated_from_a_plan_still_ahead() -> None:
    found = dated("The statement came an hour after the minister announced he would fly to "
                  "Geneva on Saturday.", date(2025, 9, 3))
    assert found == {"The statement came": None,
                     "the minister announced he would fly to Geneva on Saturday": "2025-09-06"}


def test_noun_phrase_after_an_offset_ends_at_a_coordinator() -> None:
    found = dated("The river peaked on Wednesday, a day after the first evacuations, and has "
                  "been falling since.", date(2026, 3, 12))
    assert found == {"The river peaked on Wednesday": "2026-03-11",
                     "has been falling since": None}


def test_period_of_reported_figures_does_not_date_the_report() -> None:
    found = dated("The carmaker said on Wednesday it would cut 2,000 jobs.\n\nThe announcement "
                  "came a day after the company reported a 30% fall in first-quarter profit. "
                  "Shares fell 4% in early trading.", date(2026, 5, 20))
    assert found == {
        "The carmaker said on Wednesday it would cut 2,000 jobs": "2026-05-20",
        "The announcement came": "2026-05-20",
        "the company reported a 30% fall in first-quarter profit": "2026-05-19",
        "Shares fell 4% in early trading": "2026-05-20",
    }


def test_a_period_naming_targets_or_a_period_s_end_dates_no_clause() -> None:
    # "fiscal 2028 guidance", "2027 targets": the figures' period; "the year ending in June":
    # the end of the period the figures cover
    assert dated("The carrier left its fiscal 2028 guidance unchanged.", date(2026, 3, 11)) == {
        "The carrier left its fiscal 2028 guidance unchanged": None}
    assert dated("Harlow Mills said its 2027 targets were under review.", date(2026, 3, 11)) == {
        "Harlow Mills said its 2027 targets were under review": None}
    assert dated("In the year ending in June, exports are forecast to grow 3%.",
                 date(2026, 3, 11)) == {
        "In the year ending in June, exports are forecast to grow 3%": None}


def test_focus_inheritance_for_reporting_and_continuations() -> None:
    text = ("The minister resigned on Thursday. She told reporters she had no choice. "
            "The prime minister accepted the resignation.")
    found = {e.text: e for e in events(text)}
    told = found["She told reporters she had no choice"]
    assert told.time is not None and told.time.how == "focus"
    assert told.time.explanation == ("inherits the story's focus: Thu 4 Sep 2025 from "
                                     '"resigned on Thursday" (a reporting verb continuing the '
                                     "story)")
    accepted = found["The prime minister accepted the resignation"]
    assert accepted.time is not None and accepted.time.value == "2025-09-04"


def test_focus_does_not_reach_far_for_narrative() -> None:
    text = ("The minister resigned on Thursday.\n\nThe bridge is old. Trucks are heavy. "
            "Cars are many. The mayor closed the bridge.")
    assert dated(text)["The mayor closed the bridge"] is None


def test_generic_and_habitual_stay_undated() -> None:
    text = ("Putin warned on Friday. Moscow has long rejected the idea. "
            "The river usually floods in early spring.")
    found = dated(text)
    assert found["Moscow has long rejected the idea"] is None
    assert found["The river usually floods in early spring"] is None


def test_future_is_scheduled_after_publication() -> None:
    (event,) = events("The parliament will vote on Tuesday.")
    assert event.time is not None and event.time.value == "2025-09-09"
    assert event.scheduled


def test_said_on_publication_day_is_not_scheduled() -> None:
    (event,) = events("The line will stay closed, the operator said on Friday.")
    assert event.time is not None and event.time.value == "2025-09-05"
    assert not event.scheduled


def test_overnight() -> None:
    (event,) = events("Russia launched 157 drones overnight, according to the air force.")
    assert event.text == "Russia launched 157 drones overnight"
    assert event.time is not None and event.time.value == "2025-09-04TNI"


def test_year_boundary() -> None:
    published = date(2026, 1, 2)
    found = dated("Power failed on December 30. Crews arrived on Tuesday.", published)
    assert found == {"Power failed on December 30": "2025-12-30",
                     "Crews arrived on Tuesday": "2025-12-30"}


def test_attribution_is_trimmed() -> None:
    found = dated("Meanwhile, the army shelled the port on Thursday, according to officials. "
                  "“We will not stop,” he said.")
    assert "the army shelled the port on Thursday" in found
    assert "We will not stop" in found


def test_questions_and_headlines_are_no_events() -> None:
    text = "Mayor Resigns Over Bridge Scandal\nThe mayor resigned on Friday. Was it needed?"
    assert [e.text for e in events(text)] == ["The mayor resigned on Friday"]


def test_ids_and_spans() -> None:
    text = "It rained on Monday. The river rose on Tuesday."
    found = events(text)
    assert [e.id for e in found] == ["d.txt#1", "d.txt#2"]
    assert all(text[e.span[0]:e.span[1]] == e.text for e in found)


def test_a_when_clause_takes_the_time_said_right_before_it() -> None:
    text = ("She chaired the board from 2014 until her resignation in 2021, when an audit "
            "found irregularities.")
    assert dated(text) == {
        "She chaired the board from 2014 until her resignation in 2021": "2014",
        "an audit found irregularities": "2021"}


def test_a_participial_complement_keeps_its_own_time() -> None:
    text = ("The judge ruled on Thursday. Lawyers appealed within hours, arguing that the "
            "defendant had tried to flee abroad last December.")
    assert dated(text) == {
        "The judge ruled on Thursday": "2025-09-04",
        "Lawyers appealed within hours": "2025-09-04",
        "the defendant had tried to flee abroad last December": "2024-12"}


def test_an_attribution_at_the_end_yields_to_the_event_time() -> None:
    text = "The siege began in March 2024, the army said on Friday."
    assert dated(text) == {"The siege began in March 2024": "2024-03",
                           "the army said on Friday": "2025-09-05"}
    # the attribution with its own day is an event of its own, the saying
    text = "The plant will shut in March, its owner said on Monday, days after a fire."
    assert dated(text) == {"The plant will shut in March": "2026-03",
                           "its owner said on Monday": "2025-09-01"}
    # a participle phrase is no attribution, though its verb is "announced"
    text = "Regulators approved the deal on Friday, ending a review first announced in 2024."
    assert dated(text) == {text.rstrip("."): "2025-09-05",
                           "a review first announced in 2024": "2024"}
    # a reporting verb heading the clause keeps its day
    text = "The firm said on Friday that a strike in August had cut output."
    assert dated(text) == {text.rstrip("."): "2025-09-05"}


def test_a_which_clause_right_after_a_time_is_about_then() -> None:
    text = ("Trump said on Friday he would call. The two last met in Alaska on August 15, which "
            "ended without a deal.")
    assert dated(text)["ended without a deal"] == "2025-08-15"


def test_hours_before_an_event_is_about_its_day() -> None:
    text = "Drones struck the port overnight. The attack came hours after the envoy left Paris."
    found = dated(text)
    assert found["the envoy left Paris"] == "2025-09-04"


def test_a_superlative_since_is_a_comparison_not_a_start() -> None:
    text = ("A quake struck the coast on Thursday. It was the strongest quake in the region "
            "since March 2011, when a tsunami killed thousands.")
    found = dated(text)
    assert found["It was the strongest quake in the region since March 2011"] == "2025-09-04"
    assert found["a tsunami killed thousands"] == "2011-03"


def test_a_superlative_since_a_named_event_in_a_time_is_a_comparison() -> None:
    text = ("The storm hit on Thursday. It is the strongest hurricane to strike the region since "
            "Hurricane Benedikt in the 2024 season, which killed 23 people.")
    found = dated(text)
    assert found["It is the strongest hurricane to strike the region since Hurricane Benedikt "
                 "in the 2024 season, which killed 23 people"] == "2024"  # the which-clause
    assert list(found.values()).count("2024") == 1


def test_a_which_clause_takes_its_dated_host_time() -> None:
    text = ("She wrote her first score in 1971. Her breakthrough came two years later with a "
            "thriller, which earned her a nomination.")
    assert dated(text)["a thriller, which earned her a nomination"] == "1973"


def test_a_who_clause_takes_its_dated_host_time_and_leaves_the_focus_alone() -> None:
    text = ("Alcaraz lost to Sinner in June. Sunday's final was delayed because of checks for "
            "the president, who watched from a suite. The champion said he would rest.")
    found = dated(text)
    assert found["the president, who watched from a suite"] == "2025-08-31"
    assert found["The champion said he would rest"] == "2025-08-31"


def test_since_then_is_ongoing_since_the_focus() -> None:
    text = "Floods struck the valley in May 2023. Since then, officials have called for dams."
    (_, later) = events(text)
    assert later.time is not None and (later.time.value, later.time.how) == ("2023-05", "relation")


def test_a_reported_plan_with_its_own_date_is_an_event_of_its_own() -> None:
    text = "The firm said on Wednesday it would cut 1,200 jobs in April."
    found = {e.text: (e.time.value if e.time else None, e.scheduled)
             for e in events(text, date(2025, 2, 12))}
    assert found == {"The firm said on Wednesday": ("2025-02-12", False),
                     "it would cut 1,200 jobs in April": ("2025-04", True)}
    # without a date of its own, the report is shown with the plan, dated by it
    text = "The firm said it would cut 1,200 jobs in April."
    assert dated(text, date(2025, 2, 12)) == {text.rstrip("."): "2025-04"}


def test_a_reported_plan_after_where_and_when_it_was_said() -> None:
    # the place of the saying and "late on" stand between the verb and its time
    text = ("The mayor said in a radio interview late on Tuesday that the bridge would reopen on "
            "Monday.")
    assert dated(text) == {"The mayor said in a radio interview late on Tuesday": "2025-09-02",
                           "the bridge would reopen on Monday": "2025-09-08"}
    text = "The union said early on Thursday it would strike from midnight on Sunday."
    assert dated(text) == {"The union said early on Thursday": "2025-09-04",
                           "it would strike from midnight on Sunday": "2025-09-07T24:00"}


def test_the_eve_of_an_event_is_the_day_before_it() -> None:
    text = ("The leaders met at a summit on Thursday. On the eve of the summit, the premier told "
            "reporters he expected no deal.")
    assert dated(text)["the premier told reporters he expected no deal"] == "2025-09-03"
    # the noun phrase ends before "to": the talks, the latest clause that tells them
    text = ("The talks will resume on Thursday. Envoys will meet on the eve of the talks to agree "
            "a position.")
    assert dated(text)["Envoys will meet"] == "2025-09-10"
    assert dated("Rebels shelled the city on the eve of Sunday's election, officials said.") == {
        "Rebels shelled the city": "2025-08-30"}
    # a plan reported with the relation; the event's date in the aside after its noun
    text = "He said he would fly to Rome on the eve of the vote, which is set for Oct. 12."
    assert dated(text)["He said he would fly to Rome"] == "2025-10-11"
    # a clause told with "will" cannot lie before publication: the base was another event
    text = "The treaty was signed on Monday. Ministers will meet on the eve of the signing."
    assert dated(text)["Ministers will meet"] is None


def test_a_dated_aside_is_an_event_that_moves_no_focus() -> None:
    text = ("Berg, who won the last election in 2020, is seeking a second term. Officials said "
            "ballots would not be reprinted.")
    found = dated(text)
    assert found["Berg, who won the last election in 2020"] == "2020"
    assert found["Officials said ballots would not be reprinted"] is None


def test_the_first_since_a_clause_is_a_comparison() -> None:
    text = "The union said the walkout, the first since the dispute began in July 2022, is on."
    found = dated(text)
    assert found["The union said the walkout, the first"] is None


def test_a_reported_plan_bound_by_until_stays_with_its_report() -> None:
    text = "Apple on Tuesday said it would delay the hub until next year."
    assert dated(text) == {text.rstrip("."): "2025-09-02"}


def test_the_event_time_beats_the_start_of_a_state() -> None:
    text = "Three women held since the Oct. 7, 2023 attack were freed on Sunday."
    assert dated(text, date(2025, 1, 20)) == {text.rstrip("."): "2025-01-19"}


def test_a_fronted_time_before_an_opening_offset_dates_the_main_clause() -> None:
    # the offset counts from the fronted time: the fire started two days after Oct. 22
    text = ("The night of Oct. 22, two days before the fire started, the utility had shut off "
            "power to 40,000 customers.")
    assert dated(text, date(2025, 10, 26)) == {
        "the utility had shut off power to 40,000 customers": "2025-10-22",
        "the fire started": "2025-10-24"}


def test_a_connective_before_a_noun_and_its_complement_opens_no_clause() -> None:
    # "after reports that ...": the verb is the complement's; the recall is one event
    text = "Brightway on Monday recalled 1.2 million heaters after reports that the units can " \
           "overheat."
    assert dated(text, date(2026, 1, 6)) == {text.rstrip("."): "2026-01-05"}


def test_a_connective_inside_a_comma_set_relative_clause_splits_nothing() -> None:
    text = ("On Thursday, survivors gathered at the mill. Ada Ferrin, who was nine when the water "
            "came, read the names of the dead.")
    assert dated(text, date(2025, 7, 19)) == {
        "On Thursday, survivors gathered at the mill": "2025-07-17",
        "Ada Ferrin, who was nine when the water came, read the names of the dead": "2025-07-17"}


def test_an_ing_modifier_can_open_a_coordinated_clause() -> None:
    text = ("The defense rested on Friday after calling two witnesses, and closing arguments were "
            "heard the following Monday.")
    assert dated(text, date(2026, 3, 12)) == {
        "The defense rested on Friday after calling two witnesses": "2026-03-06",
        "closing arguments were heard the following Monday": "2026-03-09"}


def test_a_past_tense_expectation_is_a_reported_plan() -> None:
    text = "Norvane said on Monday that it expected to complete the deal on Feb. 16."
    found = {e.text: (e.time.value if e.time else None, e.scheduled)
             for e in events(text, date(2026, 2, 2))}
    assert found == {"Norvane said on Monday": ("2026-02-02", False),
                     "it expected to complete the deal on Feb. 16": ("2026-02-16", True)}


def test_a_reporting_week_and_a_compared_figure_do_not_date_the_report() -> None:
    # the week the figures cover, and the week they are compared with, are not the report's
    text = ("Officials reported 46 new cases in the week ending Aug. 9, up from 31 the week "
            "before.")
    assert dated(text, date(2025, 8, 15)) == {text.rstrip("."): None}
    text = "Revenue rose 4% on Monday, down from 6% a year ago."
    assert dated(text) == {text.rstrip("."): "2025-09-01"}
    text = "Shelters housed 6,400 people on Monday, down from a peak of 9,100 the night before."
    assert dated(text) == {text.rstrip("."): "2025-09-01"}


def test_since_then_at_the_end_of_a_clause() -> None:
    text = ("The agency launched its first satellite in 2021. It has operated without problems "
            "since then, officials said.")
    found = {e.text: (e.time.value if e.time else None, e.time.how if e.time else None)
             for e in events(text, date(2025, 12, 31))}
    assert found["It has operated without problems since then, officials said"] == (
        "2021", "relation")


def test_a_which_clause_after_a_dated_noun_is_about_that_time() -> None:
    # "which" refers to "the 2019 final", not to the clause it hangs on
    text = "Sunday's final was a rematch of the 2019 final, which Port Alva won on penalties."
    found = {e.text: (e.time.value if e.time else None, e.time.explanation if e.time else None)
             for e in events(text, date(2025, 6, 3))}
    assert found["the 2019 final, which Port Alva won on penalties"] == (
        "2019", '"which": at the time of "the 2019 final" (2019)')
    assert found["Sunday's final was a rematch of the 2019 final"][0] == "2025-06-01"
    # a prepositional phrase between the time and "which" is not a modified noun
    text = "He was arrested in October at his home, which police searched."
    found = {e.text: e.time.how if e.time else None for e in events(text)}
    assert found["his home, which police searched"] == "relation"


def test_a_restrictive_relative_clause_with_its_own_date_is_an_event_of_its_own() -> None:
    text = ("A wildfire that started Friday afternoon near Aldermoor had burned 9,000 acres by "
            "6 a.m. Sunday.")
    assert dated(text, date(2025, 10, 26)) == {
        "A wildfire that started Friday afternoon near Aldermoor": "2025-10-24TAF",
        text.rstrip("."): "2025-10-26T06:00"}
    # its date does not date the clause it stands in, which continues the story
    text = ("The Harriers won the title on Sunday. It capped a turnaround for a club that "
            "finished 14th last season and fired its coach in the spring of 2024.")
    found = dated(text, date(2025, 6, 3))
    # "last season" (about 2024) and "the spring of 2024" date a verb phrase each
    assert found["fired its coach in the spring of 2024"] == "2024-SP"
    assert found["a club that finished 14th last season"] == "2024"
    assert found["It capped a turnaround for a club that finished 14th last season"] == \
        "2025-06-01"


def test_a_restrictive_relative_clause_keeps_its_verb_group_and_the_subject_s_phrase() -> None:
    # "was damaged" is one verb group: the clause ends before the host's "will"
    text = "A ferry that was damaged in April will return to service in June."
    assert dated(text) == {"A ferry that was damaged in April": "2025-04",
                           text.rstrip("."): "2026-06"}
    # a prepositional phrase in the subject: the host's verb still follows the clause
    text = "A series of strikes that began in March is expected to end next week."
    assert dated(text) == {"A series of strikes that began in March": "2025-03",
                           text.rstrip("."): "2025-W37"}


def test_an_amount_after_for_measures_the_event_and_offsets_nothing() -> None:
    text = ("A jury on Wednesday found Reyes guilty. The jurors deliberated for three days before "
            "returning the verdict shortly after 4 p.m. Reyes showed no reaction.")
    found = dated(text, date(2026, 3, 12))
    # one clause, dated by its clock time on the day in focus; the abbreviation keeps its dot
    assert found == {
        "A jury on Wednesday found Reyes guilty": "2026-03-11",
        "The jurors deliberated for three days before returning the verdict shortly after 4 p.m.":
            "2026-03-11T16:00",
        "Reyes showed no reaction": "2026-03-11T16:00"}


def test_a_since_clause_inside_a_participial_phrase_does_not_date_the_clause() -> None:
    text = ("Officials reported 46 new cases, bringing the total since the outbreak began in "
            "late June to 158.")
    found = dated(text, date(2025, 8, 15))
    assert found["Officials reported 46 new cases, bringing the total"] is None
    assert found["the outbreak began in late June to 158"] == "2025-06"
    # without the participle the clause is ongoing since then
    text = "Prices have risen sharply since the war began in 2022."
    assert dated(text)["Prices have risen sharply"] == "2022"


def test_a_which_clause_after_a_time_is_shown_with_all_of_its_host() -> None:
    text = "Winds are expected to ease on Monday, which could allow crews to build lines."
    texts = [e.text for e in events(text, date(2025, 10, 26))]
    assert texts == ["Winds are expected to ease on Monday",
                     "Winds are expected to ease on Monday, which could allow crews to build lines"]


def test_a_possessive_time_after_a_preposition_names_another_event() -> None:
    # "from Monday's collapse" names the collapse; the toll rose on Thursday
    text = "The death toll from Monday's dam collapse rose to 31 on Thursday, officials said."
    found = {e.text: e.time.value if e.time else None for e in events(text, date(2026, 4, 16))}
    assert found == {
        "The death toll from Monday's dam collapse rose to 31 on Thursday, officials said":
        "2026-04-16"}


def test_an_attribution_closing_the_clause_yields_even_with_a_phrase_after_its_time() -> None:
    # "according to a study published on Wednesday in the journal ...": the study's day dates
    # the publishing, not the ice loss it reports
    text = ("Glaciers lost ice twice as fast between 2015 and 2024, according to a study "
            "published on Wednesday in the journal Earth Systems.")
    event, study = events(text, date(2026, 9, 10))
    assert event.time is not None
    assert (event.time.start.year, event.time.end.year) == (2015, 2025)
    # the publishing is an event of its own, a reduced relative clause with its own day
    assert study.text == "a study published on Wednesday in the journal Earth Systems"
    assert study.time is not None and study.time.value == "2026-09-09"


def test_a_denied_time_dates_nothing() -> None:
    # "not in six months" is when it is not wanted: the clause keeps no date from it
    text = "Officials need the systems now, not in six months, the minister said."
    assert [e.time for e in events(text, date(2026, 1, 23))] == [None]

def test_a_fronted_for_period_dates_its_clause() -> None:
    text = ("The bank reported results on Tuesday. For fiscal 2024, the bank earned $3.1 "
            "billion. But for the third quarter, it lost money.")
    found = events(text, date(2026, 3, 12))
    by_text = {e.text: e.time for e in found}
    fiscal = by_text["For fiscal 2024, the bank earned $3.1 billion"]
    assert fiscal is not None and (fiscal.value, fiscal.how) == ("FY2024", "expression")
    assert (fiscal.start.date(), fiscal.end.date()) == (date(2024, 1, 1), date(2025, 1, 1))
    third = by_text["for the third quarter, it lost money"]
    assert third is not None and third.value == "2025-Q3"
    # after the verb "for" still bounds nothing the clause is dated by: the focus dates it
    found = dated("The bank reported results on Tuesday. It said it earned $3.1 billion for "
                  "fiscal 2024.", date(2026, 3, 12))
    assert found["It said it earned $3.1 billion for fiscal 2024"] == "2026-03-10"


def test_later_with_no_time_before_it_leaves_a_past_event_undated() -> None:
    # counted from publication "a decade later" would be 2036, a past event in the future
    (event,) = events("A decade later, the plant was closed.", date(2026, 3, 12))
    assert event.time is None and event.scheduled is False
    (mention,) = tag("A decade later, the plant was closed.", date(2026, 3, 12))
    assert (mention.value, mention.start) == ("P1DE", None)
    assert "did not give before it" in (mention.explanation or "")
    # with a time before it, it counts from that time
    found = dated("The plant opened in 2001. A decade later, it was closed.", date(2026, 3, 12))
    assert found["A decade later, it was closed"] == "2011"
    # and a plan ahead still counts from publication
    found = dated("The plant will close a decade later.", date(2026, 3, 12))
    assert found["The plant will close a decade later"] == "2036"


def test_and_again_on_a_day_is_a_second_event_at_that_day() -> None:
    found = dated("The two sides met on Tuesday and again on Thursday without reaching a deal.",
                  date(2026, 3, 12))
    assert found == {"The two sides met on Tuesday": "2026-03-10",
                     "again on Thursday without reaching a deal": "2026-03-12"}
    found = events("Talks will resume on Monday and again on March 20.", date(2026, 3, 12))
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("Talks will resume on Monday", "2026-03-16", True),
        ("again on March 20", "2026-03-20", True)]


def test_a_date_set_or_moved_is_a_scheduled_appointment() -> None:
    published = date(2026, 3, 12)
    found = events("The jury convicted Reyes on Wednesday. Judge Alma Stroud set sentencing for "
                   "June 18.", published)
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("The jury convicted Reyes on Wednesday", "2026-03-11", False),
        ("Judge Alma Stroud set sentencing for June 18", "2026-06-18", True)]
    assert found[1].time is not None
    assert found[1].time.explanation.startswith("the date it sets (an appointment ahead)")
    # in past tense too, and a year-less date soon after New Year is next year's
    found = events("The council postponed the vote until Jan. 5.", date(2026, 9, 1))
    assert [(e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("2027-01-05", True)]
    assert dated("The hearing was moved to Tuesday.", published) == {
        "The hearing was moved to Tuesday": "2026-03-17"}
    # the setting's own time dates the clause; a date set before ("had set") or a move from a
    # stated date keeps the past reading
    assert dated("On Tuesday, the council postponed the vote until Friday.", published) == {
        "On Tuesday, the council postponed the vote until Friday": "2026-03-10"}
    mentions = tag("The board had set the hearing for Jan. 5, but it was delayed. The vote was "
                   "postponed from May 3 to June 7.", date(2025, 9, 5))
    assert [m.value for m in mentions if m.text in ("Jan. 5", "June 7")] == [
        "2025-01-05", "2025-06-07"]


def test_a_deadline_dates_nothing_and_breaks_the_narrative_clock() -> None:
    text = ("Lawyers filed the motion on Jan. 20. The court had until Feb. 10 to rule on the "
            "motion, but it asked for more time. The company has until April 30 to respond.")
    assert dated(text, date(2026, 3, 12)) == {
        "Lawyers filed the motion on Jan. 20": "2026-01-20",
        # neither the deadline nor the story's focus (Jan. 20) is when these happened
        "The court had until Feb. 10 to rule on the motion": None,
        "it asked for more time": None,
        "The company has until April 30 to respond": None}


def test_a_match_report_s_fixtures_and_second_verb_phrases() -> None:
    sunday = date(2026, 10, 18)
    # a verb right after "and" heads a second verb phrase and does not set the scan's tense
    found = dated("The club said on Sunday that he would have a scan on Monday and was likely "
                  "to miss six weeks.", sunday)
    assert found["he would have a scan on Monday and was likely to miss six weeks"] == (
        "2026-10-19")
    # a fixture's present tense looks ahead
    assert dated("Millbrook travel to Fenwick on Tuesday evening.", sunday) == {
        "Millbrook travel to Fenwick on Tuesday evening": "2026-10-20TEV"}
    # the phrase an offset counts from ends at "and" before a verb of its own
    found = dated("Harbourside won on Saturday. They pulled one back four minutes after the "
                  "break and equalised just before 5 p.m.", sunday)
    assert found["equalised just before 5 p.m."] == "2026-10-17T17:00"
    assert found["They pulled one back"] == "2026-10-17"


def test_a_rate_decision_s_figures_reasons_and_named_meetings() -> None:
    thursday = date(2026, 3, 19)
    # the year up to a month is the figures' period; the report dates them
    found = dated("Consumer prices rose 2.6% in the year to February, the statistics office "
                  "said last week.", thursday)
    assert found == {"Consumer prices rose 2.6% in the year to February, the statistics office "
                     "said last week": "2026-W11"}
    # a time naming a meeting by its possessive yields to the clause's own date
    found = dated("The committee will publish the minutes of Wednesday's meeting on April 2.",
                  thursday)
    assert found == {"The committee will publish the minutes of Wednesday's meeting on April 2":
                     "2026-04-02"}
    # a reason's time after ", citing" does not date the clause; the story's focus does
    found = dated("The bank held rates on Wednesday. It also lowered its forecast, citing weak "
                  "exports in the fourth quarter of 2025.", thursday)
    assert found["It also lowered its forecast, citing weak exports in the fourth quarter of "
                 "2025"] == "2026-03-18"
    # an attribution's own time dates its report, and the story's clock stays put
    found = dated("The bank held rates on Wednesday. Prices rose 2.6% in the year to January, "
                  "the office said last week. The governor said more cuts were possible.",
                  thursday)
    assert found["The governor said more cuts were possible"] == "2026-03-18"


def test_participle_aside_dates_its_own_event_not_the_host() -> None:
    found = dated("The reservoir wall, completed in 1987, was found cracked in a 2021 survey. "
                  "The defendant, indicted on Monday, pleaded not guilty on Wednesday. "
                  "The tower, rebuilt after a fire in 2003, will close next year.")
    assert found["The reservoir wall, completed in 1987"] == "1987"
    assert found["The reservoir wall, completed in 1987, was found cracked in a 2021 survey"] == (
        "2021")
    assert found["The defendant, indicted on Monday"] == "2025-09-01"
    assert found["The defendant, indicted on Monday, pleaded not guilty on Wednesday"] == (
        "2025-09-03")
    assert found["The tower, rebuilt after a fire in 2003"] == "2003"
    assert found["The tower, rebuilt after a fire in 2003, will close next year"] == "2026"


def test_a_verb_in_a_series_is_no_aside() -> None:
    found = dated("The driver was stopped in Lyon, questioned on Monday, and released on Tuesday.")
    assert found == {"The driver was stopped in Lyon, questioned on Monday": "2025-09-01",
                     "released on Tuesday": "2025-09-02"}


def test_sentence_opening_participle_phrase() -> None:
    found = dated("Opened in 1964, the museum draws 2 million visitors.")
    assert found == {"Opened in 1964": "1964",
                     "Opened in 1964, the museum draws 2 million visitors": None}
    # a past-tense host with no date of its own follows on from the phrase
    found = dated("Hired in March 2019, Okafor rebuilt the sales team.")
    assert found["Hired in March 2019, Okafor rebuilt the sales team"] == "2019-03"
    # the host's own date wins, at whatever grain
    found = dated("Appointed in June 2020, the envoy resigned in 2023.")
    assert found["Appointed in June 2020, the envoy resigned in 2023"] == "2023"
    # asking and answering happen at once: the phrase dates the host as before
    found = dated("Asked on Thursday about the merger, the chief executive declined to comment.")
    assert found == {"Asked on Thursday about the merger, the chief executive declined to "
                     "comment": "2025-09-04"}


def test_reduced_relative_clause_dates_itself_not_its_host() -> None:
    text = ("The ministry said on Tuesday that the bridge would reopen next summer, paid for "
            "by a loan approved in March.")
    found = dated(text)
    assert found["the bridge would reopen next summer, paid for by a loan approved in March"] == (
        "2026-SU")
    assert found["a loan approved in March"] == "2025-03"
    # after a linking verb the participle is the clause's own: no reduced relative
    assert dated("The border crossing remained shut on Sunday.") == {
        "The border crossing remained shut on Sunday": "2025-08-31"}
    # after a determiner the participle is a noun ("the wounded"), not a reduced relative
    assert dated("Governor Ada Lusk met the wounded at a clinic on Wednesday and praised the "
                 "nurses.") == {
        "Governor Ada Lusk met the wounded at a clinic on Wednesday and praised the nurses":
            "2025-09-03"}


def test_a_recurring_time_alone_makes_a_habit() -> None:
    text = "Mourners gathered at the gate on Thursday. Each spring the families walked the route."
    assert dated(text) == {"Mourners gathered at the gate on Thursday": "2025-09-04",
                           "Each spring the families walked the route": None}


def test_days_counted_from_a_night_give_a_day() -> None:
    text = "Shelling hit the town overnight. The shelling came three days after the mayor fled."
    assert dated(text)["the mayor fled"] == "2025-09-01"


def test_shortly_after_dates_the_clause_about_its_host() -> None:
    text = "The minister resigned on Tuesday, shortly after the audit was published."
    found = events(text)
    audit = next(e for e in found if e.text == "the audit was published")
    assert audit.time is not None
    assert (audit.time.value, audit.time.mod) == ("2025-09-02", "APPROX")
    # without "shortly" the clause is only known to come before its host: its day or earlier
    audit = next(e for e in events("The minister resigned on Tuesday, after the audit was "
                                   "published.") if e.text == "the audit was published")
    assert audit.time is not None
    assert (audit.time.value, audit.time.mod) == ("2025-09-02", "ON_OR_BEFORE")


def test_an_offset_in_years_or_months_gives_that_grain() -> None:
    text = "The museum reopened on Tuesday, six years after a fire gutted its west wing."
    found = events(text)
    fire = next(e for e in found if e.text == "a fire gutted its west wing")
    assert fire.time is not None
    assert (fire.time.value, fire.time.grain) == ("2019", "year")
    text = "The plant restarted on Tuesday, three months after a leak forced its closure."
    assert dated(text)["a leak forced its closure"] == "2025-06"
    text = "The talks resumed on Tuesday, ten days after the envoys walked out."
    assert dated(text)["the envoys walked out"] == "2025-08-23"


def test_a_figure_compared_after_a_comma_dates_nothing() -> None:
    text = "Exports grew to 30% of output last year, from 12% in May 2018."
    assert dated(text) == {text.rstrip("."): "2024"}


def test_a_noun_naming_what_is_forecast_makes_forecast_a_noun() -> None:
    text = "The airline cut its annual profit forecast in March."
    assert dated(text) == {"The airline cut its annual profit forecast in March": "2025-03"}


def test_when_after_a_verb_of_asking_or_telling_is_an_indirect_question() -> None:
    # "when" opens no clause after a verb or noun that takes a question: nothing is related
    found = dated("The airline cancelled all flights on Monday. A spokeswoman did not say "
                  "when they would resume.")
    assert found["A spokeswoman did not say when they would resume"] == "2025-09-01"
    found = dated("The bridge closed on Tuesday, and it was unclear when it would reopen.")
    assert found == {"The bridge closed on Tuesday": "2025-09-02",
                     "it was unclear when it would reopen": "2025-09-02"}
    # a verb that also takes a time clause keeps the relation when not denied
    found = dated("The flaw was revealed when engineers tested the engine on Monday.")
    assert found["The flaw was revealed"] == "2025-09-01"


def test_an_offset_from_a_noun_counts_from_the_clause_telling_that_event() -> None:
    # "the shooting" is the clause where someone "shot", not one naming the act as a charge
    found = dated("A gunman shot two guards outside a bank shortly before 10 p.m. on Wednesday. "
                  "A man charged with shooting them was arrested on Thursday. About 20 hours "
                  "after the shooting, police searched his flat.")
    assert found["police searched his flat"] == "2025-09-04T18:00"
    # the act named only as a charge dates nothing; the past-tense clause keeps the story's day
    found = dated("A man suspected of shooting two guards was arrested on Thursday afternoon. "
                  "About 30 hours after the shooting, he was charged.")
    assert found["he was charged"] == "2025-09-04"
    # a past-tense clause an offset would put after publication is not dated by it
    found = dated("The depot caught fire on Thursday. Two days after the fire, crews were "
                  "still at the site.")
    assert found["crews were still at the site"] == "2025-09-04"


def test_a_whose_clause_with_its_own_date_is_an_event_of_its_own() -> None:
    found = dated("The dam held on Monday. \"We were lucky,\" said the mayor, whose town was "
                  "last flooded in 2011.")
    assert found["\"We were lucky,\" said the mayor"] == "2025-09-01"
    assert found["the mayor, whose town was last flooded in 2011"] == "2011"
    found = dated("The plant, whose owners sold it last year, closed on Monday.")
    assert found == {"The plant, whose owners sold it last year": "2024",
                     "The plant, whose owners sold it last year, closed on Monday": "2025-09-01"}


def test_a_time_a_plan_is_set_for_is_no_bound() -> None:
    # "for" before a time being planned or booked names the appointment, not a stretch
    found = events("A farewell concert is planned for next month.", date(2026, 11, 17))
    assert [(e.time.value if e.time else None, e.scheduled) for e in found] == [("2026-12", True)]
    assert dated("The band has booked the arena for next Saturday.") == {
        "The band has booked the arena for next Saturday": "2025-09-13"}


def test_a_concession_with_a_time_of_its_own_is_a_clause_of_its_own() -> None:
    found = events("The bank cut rates on Tuesday. Analysts said the move was overdue, although "
                   "the board will meet again in January.")
    by_text = {e.text: (e.time.value if e.time else None, e.scheduled) for e in found}
    assert by_text["Analysts said the move was overdue"] == ("2025-09-02", False)
    assert by_text["the board will meet again in January"] == ("2026-01", True)


def test_a_time_describing_a_noun_in_the_predicate_dates_nothing() -> None:
    found = dated("The driver was jailed in 2022. The charges stem from a 2019 crash near Elm "
                  "Bridge. He stayed in prison while his lawyers appealed.")
    assert found["The charges stem from a 2019 crash near Elm Bridge"] is None
    assert found["He stayed in prison"] == "2022"
    # the time of the thing named is not the time of what the clause tells
    found = dated("The appeals court ruled on Monday. The ruling reverses a 2024 order.")
    assert found["The ruling reverses a 2024 order"] is None
    # fronted, it frames its clause and the story moves with it
    found = dated("The driver was jailed in 2022. In a 2019 interview, he denied drinking. "
                  "He said he had been tired.")
    assert found["He said he had been tired"] == "2019"


def test_the_day_before_an_event_counts_from_that_event() -> None:
    found = dated("Parliament voted on Tuesday. Protesters gathered on Thursday. The day before "
                  "the vote, the minister met union leaders.")
    assert found["the minister met union leaders"] == "2025-09-01"
    # the event never told: a day or more from some other time, not the story's time
    found = dated("Rebels stormed the town on Monday. A day after the raid, aid convoys arrived.")
    assert found["aid convoys arrived"] is None
    # hours away from it, the story's day is about right
    found = dated("Rebels stormed the town on Monday. Hours after the raid, aid convoys arrived.")
    assert found["aid convoys arrived"] == "2025-09-01"


def test_the_news_present_comes_after_places_the_story_s_event() -> None:
    # "The move comes a day after ...": the move is the story's event, the other a day before
    found = dated("The bank raised rates on Tuesday. The move comes a day after inflation data "
                  "showed prices rising.")
    assert found["The move comes"] == "2025-09-02"
    assert found["inflation data showed prices rising"] == "2025-09-01"


def test_an_offset_of_months_or_years_keeps_no_finer_grain() -> None:
    found = events("The plant closed on Tuesday, two years after its owners sold it.")
    by_text = {e.text: e.time for e in found}
    sold = by_text["its owners sold it"]
    assert sold is not None and (sold.value, sold.grain) == ("2023", "year")
    assert dated("The plant flooded on Aug. 4, 2024. Three months after the flood, it "
                 "reopened.")["it reopened"] == "2024-11"


def test_a_relative_clause_in_a_prepositional_phrase_runs_to_its_comma() -> None:
    # no verb of the host follows "over a fire that ..."; "damaged" is the relative clause's
    found = dated("Investigators said on Thursday they had questioned a worker over a fire that "
                  "left the depot badly damaged on Monday night.")
    assert found["a fire that left the depot badly damaged on Monday night"] == "2025-09-01TNI"
    assert found["Investigators said on Thursday they had questioned a worker over a fire that "
                 "left the depot badly damaged on Monday night"] == "2025-09-04"


def test_a_perfect_participle_with_its_own_date_is_an_earlier_event() -> None:
    found = dated("The striker joined the club on Monday. He arrived as a free agent, having "
                  "left his old club in June.")
    assert found["having left his old club in June"] == "2025-06"
    assert found["He arrived as a free agent"] == "2025-09-01"


def test_an_absolute_phrase_with_a_plan_and_a_date_is_an_event_of_its_own() -> None:
    found = events("The talks ended on Tuesday, with a new round due to start on Sept. 20.")
    by_text = {e.text: (e.time.value if e.time else None, e.scheduled) for e in found}
    assert by_text == {"The talks ended on Tuesday": ("2025-09-02", False),
                       "with a new round due to start on Sept. 20": ("2025-09-20", True)}


def test_a_tenure_frame_inherits_no_date() -> None:
    text = "The board met on Monday. Under its founder, the firm opened 40 branches."
    assert dated(text)["Under its founder, the firm opened 40 branches"] is None


def test_two_verb_phrases_with_their_own_times_split_even_with_an_unknown_verb() -> None:
    text = "The bank cut rates in March and raised them in July."
    assert dated(text) == {"The bank cut rates in March": "2025-03",
                           "raised them in July": "2025-07"}


def test_an_amount_before_a_connective_stays_with_its_clause() -> None:
    # "weeks" ending "three weeks" is no dangling adverb before "while"; "hours before" is
    found = dated("The plant halted output on Monday for three weeks while engineers replaced "
                  "a turbine.")
    assert found["The plant halted output on Monday for three weeks"] == "2025-09-01"
    assert "Police arrived" in dated("Police arrived just hours before the bomb went off.")


def test_an_attribution_closing_a_sentence_leaves_a_dependent_clause_to_its_host() -> None:
    # the saying's time dates neither the when-clause nor a clause going on from another
    found = dated("The pipeline ruptured at 3 a.m. on Tuesday, when a valve failed, the operator "
                  "said in a filing on Thursday.")
    assert found["a valve failed, the operator said in a filing on Thursday"] == \
        "2025-09-02T03:00"
    found = dated("The roof fell in on Monday, and two workers were hurt, the police said on "
                  "Wednesday.")
    assert found["two workers were hurt"] == "2025-09-01"
    assert found["the police said on Wednesday"] == "2025-09-03"


def test_minutes_from_an_event_known_by_its_day_are_about_that_day() -> None:
    found = {e.text: e for e in events("The ministry confirmed the leak on Tuesday. It spoke "
                                       "about 40 minutes after the alarm sounded.")}
    alarm = found["the alarm sounded"].time
    assert alarm is not None
    assert (alarm.value, alarm.mod, alarm.start.isoformat(), alarm.end.isoformat()) == (
        "2025-09-02", "APPROX", "2025-09-02T00:00:00", "2025-09-03T00:00:00")
    assert alarm.explanation == ('"about 40 minutes after": 40 minutes before "It spoke" '
                                 "(Tue 2 Sep 2025), about the same day")


def test_a_clause_told_with_will_is_not_dated_by_a_time_already_past() -> None:
    # the time dates what the complement names, not the questioning still ahead
    # (the failure itself, a past verb after a noun with its own time, is an event of its own)
    assert dated("Investigators will ask why the pump failed in May.") == {
        "Investigators will ask why the pump failed in May": None,
        "the pump failed in May": "2025-05"}
    assert dated("Investigators will visit the plant in May.") == {
        "Investigators will visit the plant in May": "2026-05"}


def test_a_quote_does_not_continue_a_background_month() -> None:
    # a month over before publication is background; a quote after it is no July quote
    found = dated('In July, a flood closed the mill for six weeks. "It cannot happen again," '
                  "said Ana Ferro, the mayor.")
    assert found['"It cannot happen again," said Ana Ferro, the mayor'] is None
    # a day in focus is the story's, and the quote continues it
    found = dated('A flood closed the mill on Tuesday. "It cannot happen again," said Ana '
                  "Ferro, the mayor.")
    assert found['"It cannot happen again," said Ana Ferro, the mayor'] == "2025-09-02"
    # nor does a report, without quotes, by a speaker named afresh; a pronoun goes on
    found = dated("The inspectors' first visit, in July, ended early. Their leader said the "
                  "team wanted full access.")
    assert found["Their leader said the team wanted full access"] is None
    found = dated("In a 2019 interview, Marsh spoke about his debts. He said he wanted a fresh "
                  "start.")
    assert found["He said he wanted a fresh start"] == "2019"
    # "said he": the complement's subject, no pronoun speaker
    found = dated("Her last tour, in May, was cut short. Varga said he expected her back soon.")
    assert found["Varga said he expected her back soon"] is None


def test_a_where_clause_with_its_own_date_does_not_date_its_host() -> None:
    text = ("Floods hit the coast on Wednesday. \"We lost everything,\" said Ilse Maren, a baker "
            "in Dornach, where the river flooded the square on Monday.")
    found = dated(text)
    assert found["the river flooded the square on Monday"] == "2025-09-01"
    assert found['"We lost everything," said Ilse Maren, a baker in Dornach'] == "2025-09-03"


def test_a_relative_clause_s_verb_does_not_set_its_host_s_tense() -> None:
    # "took effect" is the rule's; the host's verb ("must") is present: no story focus
    found = dated("Ministers met on Wednesday. Under a rule that took effect in June, "
                  "landlords must give three months' notice.")
    assert found == {"Ministers met on Wednesday": "2025-09-03",
                     "Under a rule that took effect in June, landlords must give three months' "
                     "notice": None,
                     "a rule that took effect in June": "2025-06"}
    # nor does an undated one's: "will pay" is ahead, and no past-tense continuation
    assert dated("Ministers met on Wednesday. Firms that missed the deadline will pay a fine.")[
        "Firms that missed the deadline will pay a fine"] is None


def test_the_time_a_plan_is_set_for_dates_it() -> None:
    # "for" after "planned" is no bound of a stretch ("closed for the following week" is)
    found = {e.text: e for e in events("Nurses walked out on Monday. A second walkout is "
                                       "planned for the following week.")}
    plan = found["A second walkout is planned for the following week"]
    assert plan.time is not None and (plan.time.value, plan.scheduled) == ("2025-W37", True)
    assert dated("The mine was closed for the following week.") == {
        "The mine was closed for the following week": None}


def test_a_past_clause_does_not_continue_a_future_one() -> None:
    assert dated("The bridge will reopen on Monday, and drivers were told to expect delays.") == {
        "The bridge will reopen on Monday": "2025-09-08",
        "drivers were told to expect delays": None}
    # nor one whose time lies after publication, whatever its first verb says
    assert dated("Buses that do run will leave from 7 a.m. on Monday, and drivers were told to "
                 "expect delays.")["drivers were told to expect delays"] is None


def test_what_is_denied_until_a_time_happens_then() -> None:
    found = {e.text: e for e in events("The port said ferries would resume on Sunday, but "
                                       "warned that freight will not move until Tuesday.")}
    freight = found["warned that freight will not move until Tuesday"]
    assert freight.time is not None and (freight.time.value, freight.scheduled) == (
        "2025-09-09", True)
    # a stretch up to a time is no event at it
    assert dated("The road stayed closed until Tuesday.") == {
        "The road stayed closed until Tuesday": None}


def test_a_state_starting_ahead_is_explained_with_the_word_said() -> None:
    (event,) = events("Starting Tuesday, the museum will open an hour later.")
    assert event.time is not None and event.time.value == "2025-09-09"
    assert event.time.explanation.startswith('"starting Tuesday": a state from then on, dated '
                                             "by when it begins;")


def test_a_flashback_leaves_the_story_clock_alone() -> None:
    text = ("Crews reopened the bridge on Wednesday. Engineers said the cables had been "
            "replaced in 2019. The first lorries crossed the bridge at dusk.")
    found = dated(text)
    assert found["Engineers said the cables had been replaced in 2019"] == "2019"
    assert found["The first lorries crossed the bridge at dusk"] == "2025-09-03"


def test_that_night_after_the_small_hours_is_the_night_before() -> None:
    text = ("The fire started at 2:15 a.m. on Thursday. Later that night, a second engine "
            "arrived.")
    found = {e.text: e for e in events(text)}
    later = found["Later that night, a second engine arrived"].time
    assert later is not None and later.value == "2025-09-03TNI"
    assert later.start.isoformat() == "2025-09-04T02:16:00"


def test_later_that_day_sorts_after_the_clock_time_in_focus() -> None:
    text = "Ferries stopped at 10 a.m. on Monday. Later that day, the port closed."
    found = {e.text: e.time for e in events(text)}
    later, clock = found["Later that day, the port closed"], found[
        "Ferries stopped at 10 a.m. on Monday"]
    assert later is not None and clock is not None
    assert (later.value, later.mod) == ("2025-09-01", "END")
    assert (later.start.isoformat(), later.end.isoformat()) == ("2025-09-01T10:01:00",
                                                               "2025-09-02T00:00:00")
    assert later.start > clock.start


def test_earlier_that_evening_ends_at_the_clock_time_in_focus() -> None:
    text = "The dam failed at 9:40 p.m. on Tuesday. Earlier that evening, sirens sounded."
    time = {e.text: e.time for e in events(text)}["Earlier that evening, sirens sounded"]
    assert time is not None and time.value == "2025-09-02TEV"
    assert (time.start.isoformat(), time.end.isoformat()) == ("2025-09-02T18:00:00",
                                                             "2025-09-02T21:40:00")


def test_a_state_lasting_until_a_time_is_dated_by_its_end() -> None:
    found = {e.text: e for e in events("The bridge will remain shut until Sept. 14, the "
                                       "agency said on Wednesday.")}
    shut = found["The bridge will remain shut until Sept. 14"]
    assert shut.time is not None and shut.time.value == "2025-09-14" and shut.scheduled
    assert shut.time.explanation.startswith('"until Sept. 14": a state lasting until then')
    assert dated("The fair runs until Sunday.")["The fair runs until Sunday"] == "2025-09-07"


def test_an_act_bounded_by_until_is_not_dated_by_the_bound() -> None:
    assert dated("The council extended the curfew until October.") == {
        "The council extended the curfew until October": None}
    text = "On Tuesday, a judge rejected a request that the plant stay open until December."
    assert dated(text)[text.rstrip(".")] == "2025-09-02"


def test_a_description_between_two_past_sentences_keeps_the_story_day() -> None:
    text = ("Hail flattened crops near Orsk on Monday.\n\nOrsk is a farming district of 12,000 "
            "people.\n\nVolunteers covered the greenhouses with tarpaulins.")
    found = dated(text)
    assert found["Volunteers covered the greenhouses with tarpaulins"] == "2025-09-01"
    assert found["Orsk is a farming district of 12,000 people"] is None
    # a state told after the description is background, not the story's day
    text = ("Hail flattened crops near Orsk on Monday.\n\nOrsk is a farming district.\n\n"
            "The district was a mining area.")
    assert dated(text)["The district was a mining area"] is None


def test_an_event_that_came_after_is_the_one_an_earlier_subject_named() -> None:
    text = ("A landslide buried the valley road on Tuesday. Crews worked overnight. The slide "
            "came three days after heavy rain began.")
    found = dated(text)
    assert found["The slide came"] == "2025-09-02"
    assert found["heavy rain began"] == "2025-08-30"
    # only a subject that came or followed: "The crews" doing something new is no same event
    text = "Crews cleared the road on Tuesday. The crews left the valley."
    left = {e.text: e for e in events(text)}["The crews left the valley"]
    assert left.relation is None and left.time is not None and left.time.how == "focus"


def test_and_with_a_change_of_tense_and_a_time_of_its_own_is_a_second_event() -> None:
    found = {e.text: e for e in events("The suspect was charged on Wednesday and will appear "
                                       "before a judge on Monday.")}
    assert found["The suspect was charged on Wednesday"].time.value == "2025-09-03"
    hearing = found["will appear before a judge on Monday"]
    assert hearing.time is not None and hearing.time.value == "2025-09-08" and hearing.scheduled
    # the time after a comma is the attribution's, not the second verb's
    text = "The samples reached the lab on Tuesday and are being tested, police said Thursday."
    assert "are being tested" not in dated(text)


def test_a_present_perfect_lead_takes_the_day_the_next_sentence_gives() -> None:
    text = ("Regulators have fined the Orlin bank 40 million euros over money laundering. The "
            "penalty, announced on Wednesday, is the largest of its kind.")
    lead = {e.text: e for e in events(text)}[
        "Regulators have fined the Orlin bank 40 million euros over money laundering"]
    assert lead.time is not None and lead.time.value == "2025-09-03"
    assert lead.time.explanation.startswith("a lead in the present perfect")
    # an old date in the next sentence is background, not the lead's news
    text = "Scientists have named a new frog species. It was first seen in 2019."
    assert dated(text)["Scientists have named a new frog species"] is None

def test_an_equative_or_a_like_period_of_another_time_dates_nothing() -> None:
    text = "Ticket sales reached 40,000, nearly double the figure for the same period last year."
    assert dated(text) == {text.rstrip("."): None}
    text = "Emergency rooms saw three times as many flu patients as a year ago."
    assert dated(text) == {text.rstrip("."): None}
    text = "Rainfall in the valley was about the same as in 2018."
    assert dated(text) == {text.rstrip("."): None}
    # a bound is no comparison: "as recently as" dates its clause
    text = "The mill was still running as recently as 2016."
    assert dated(text) == {text.rstrip("."): "2016"}


def test_the_time_of_a_source_dates_the_finding_it_reports() -> None:
    text = "Exports fell 4%, according to customs figures released on Thursday."
    assert dated(text) == {text.rstrip("."): "2025-09-04"}
    text = "Unemployment rose to 6.1%, data showed on Tuesday."
    assert dated(text) == {text.rstrip("."): "2025-09-02"}


def test_a_which_clause_with_a_publishing_verb_has_its_own_time() -> None:
    text = "The council ordered an audit in 2017, which was published in 2019."
    found = dated(text, date(2025, 12, 1))
    assert found["an audit in 2017, which was published in 2019"] == "2019"

def test_an_unstated_amount_of_hours_later_is_after_the_focus_the_same_day() -> None:
    found = {e.text: e for e in events("The convoy set off at 06:30 on Monday. Hours later, "
                                       "it was ambushed near the pass. Weeks later, the "
                                       "drivers testified.")}
    ambush = found["Hours later, it was ambushed near the pass"]
    assert ambush.time is not None
    assert (ambush.time.value, ambush.time.mod) == ("2025-09-01T06:30", "AFTER")
    assert ambush.time.explanation == ('"Hours later": hours after the story\'s focus (Mon 1 '
                                       'Sep 2025 06:30 from "at 06:30 on Monday"), the same day')
    # weeks after it: later, but on no day the text gives
    assert found["Weeks later, the drivers testified"].time is None
    # after a whole day in focus, about that day
    assert dated("The levee broke on Tuesday. Minutes later, water reached the school.")[
        "Minutes later, water reached the school"] == "2025-09-02"
    # a coordinated clause with its own unstated amount: after the clause before it
    sealed = {e.text: e.time for e in events(
        "The alarm sounded at 02:10, and guards sealed the gate minutes later.")}[
        "guards sealed the gate minutes later"]
    assert sealed is not None and (sealed.value, sealed.mod) == ("2025-09-05T02:10", "AFTER")


def test_hours_after_an_untold_event_is_about_the_day_in_focus_not_its_part() -> None:
    (closed,) = [e.time for e in events("The bridge collapsed early on Tuesday. Hours after the "
                                        "disaster, engineers closed the river to barges.")
                 if e.text.startswith("engineers")]
    assert closed is not None
    assert (closed.value, closed.mod, closed.start.hour, closed.end.day) == (
        "2025-09-02", "APPROX", 0, 3)
def test_a_speaker_named_after_the_story_went_back_speaks_at_its_news() -> None:
    # the news is Thursday; the backstory's day is no time of the union's saying
    found = dated("The union accepted the pay offer on Thursday. Talks had broken down on "
                  "Aug. 12 after a week of strikes. The union said members voted by a large "
                  "margin.")
    assert found["Talks had broken down on Aug. 12 after a week of strikes"] == "2025-08-12"
    assert found["The union said members voted by a large margin"] is None
    # a pronoun goes on from the sentence before: the backstory's speaker
    found = dated("The union accepted the pay offer on Thursday. Its leader walked out of "
                  "talks on Aug. 12. She said the offer was an insult.")
    assert found["She said the offer was an insult"] == "2025-08-12"
    # a story that stays near its news keeps the reporting verb there
    found = dated("The union accepted the pay offer on Thursday. Talks had resumed on "
                  "Tuesday. The union said members voted by a large margin.")
    assert found["The union said members voted by a large margin"] == "2025-09-02"


def test_an_appointment_may_name_what_it_is_for_at_length() -> None:
    # "a vote on the harbour dredging plan" between the verb and "for": still the date it sets
    found = events("The council set a vote on the harbour dredging plan for Oct. 2.")
    assert [(e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("2025-10-02", True)]
    # a time between the verb and its object is no object
    assert dated("The club moved on Monday to Hartwell Park.") == {
        "The club moved on Monday to Hartwell Park": "2025-09-01"}


def test_a_verb_s_particle_in_opens_no_date_ahead() -> None:
    # "brought in over five years" is a stretch, not "in over five years" from publication
    assert dated("The council said the new charges would be brought in over five years.") == {
        "The council said the new charges would be brought in over five years": None}


def test_an_amount_after_by_measures_a_delay() -> None:
    # "by two days" is how much the launch slipped, not two days after the leak was found
    assert dated("The launch was pushed back by two days after engineers found a fuel leak on "
                 "Tuesday.") == {"The launch was pushed back by two days": None,
                                 "engineers found a fuel leak on Tuesday": "2025-09-02"}


def test_and_before_an_auxiliary_opens_a_verb_phrase_with_its_own_time() -> None:
    found = events("The toll bridge closed for repairs in June and will reopen on Oct. 20.")
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("The toll bridge closed for repairs in June", "2025-06", False),
        ("will reopen on Oct. 20", "2025-10-20", True)]
    # "has" before a noun phrase is no auxiliary: one clause
    assert dated("The firm sold its depot in March and has no other sites this year.") == {
        "The firm sold its depot in March and has no other sites this year": "2025-03"}


def test_a_present_verb_after_who_makes_a_dated_relative_clause() -> None:
    found = events("Dana Kirsch, who joins the board in January, praised the merger on Tuesday.")
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("Dana Kirsch, who joins the board in January, praised the merger on Tuesday",
         "2025-09-02", False),
        ("Dana Kirsch, who joins the board in January", "2026-01", True)]


def test_a_noun_s_appointment_after_a_comma_is_its_own_event() -> None:
    # "due in 2027" is the referendum's time, not the campaigning's
    found = events("Campaigners began collecting signatures on Monday for a referendum on the "
                   "tunnel, due in 2027.")
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("Campaigners began collecting signatures on Monday for a referendum on the tunnel, "
         "due in 2027", "2025-09-01", False),
        ("a referendum on the tunnel, due in 2027", "2027", True)]


def test_an_undated_present_relative_clause_stays_with_its_host() -> None:
    assert dated("Storms have long battered the coast, which shelters three fishing towns.") == {
        "Storms have long battered the coast, which shelters three fishing towns": None}


def test_time_given_to_act_after_an_event_is_one_deadline_clause() -> None:
    # "has 21 days after the ruling to appeal": no offset splits the clause at "after"
    assert dated("The tenant has 21 days after the tribunal's ruling to lodge an appeal.") == {
        "The tenant has 21 days after the tribunal's ruling to lodge an appeal": None}


def test_and_before_a_verb_no_cue_knows_shares_the_tense_before_it() -> None:
    found = events("The ferry service will stop on Sunday and resume on Oct. 14.")
    assert [(e.text, e.time.value if e.time else None, e.scheduled) for e in found] == [
        ("The ferry service will stop on Sunday", "2025-09-07", True),
        ("resume on Oct. 14", "2025-10-14", True)]


def test_a_since_clause_in_a_report_dates_the_state_not_the_saying() -> None:
    found = dated("Shopkeepers said footfall had dropped since the bypass opened in March.")
    assert found["Shopkeepers said footfall had dropped"] is None
    assert found["the bypass opened in March"] == "2025-03"
    # without a reporting verb before it, the state is ongoing since then
    assert dated("Footfall has dropped since the bypass opened in March.")[
        "Footfall has dropped"] == "2025-03"


def test_a_state_still_holding_later_leaves_the_story_at_the_event() -> None:
    found = dated("A cargo ship ran aground off Pellow Point on Tuesday, and salvage crews were "
                  "still pumping out fuel on Thursday. The ship lost power at 4:20 a.m.")
    assert found == {
        "A cargo ship ran aground off Pellow Point on Tuesday": "2025-09-02",
        "salvage crews were still pumping out fuel on Thursday": "2025-09-04",
        "The ship lost power at 4:20 a.m.": "2025-09-02T04:20"}


def test_a_participle_phrase_is_no_attribution_closing_the_sentence() -> None:
    # ", blaming rules announced in the spring" tells when the rules came, not a saying's time
    found = dated("The insurer said on Wednesday that claims had doubled. In June, it raised its "
                  "premiums, blaming new rules announced in the spring.")
    assert found["announced in the spring"] == "2025-SP"


def test_a_trading_session_without_a_day_is_the_news_day_s() -> None:
    # the month in focus is the figures'; the session is publication day's (Wed 2026-02-18)
    found = dated("Retail sales rose 0.8% in January, the statistics office said. The pound "
                  "firmed 0.3% in afternoon trade.", date(2026, 2, 18))
    assert found["The pound firmed 0.3% in afternoon trade"] == "2026-02-18"
    # a day in a background clause is not the session's, nor the story's next focus
    found = dated("Tessaly Mining shares sank 9% at the open after the company said late on "
                  "Monday that it would halt output at two mines. Rival producers slipped in "
                  "sympathy.", date(2026, 2, 17))
    assert found["Tessaly Mining shares sank 9% at the open"] == "2026-02-17"
    assert found["Rival producers slipped in sympathy"] == "2026-02-17"
    # a day of the sentence's own story is the session's
    assert dated("Oat futures closed 1.1% lower on Monday.", date(2026, 2, 17)) == {
        "Oat futures closed 1.1% lower on Monday": "2026-02-16"}


def test_a_trading_session_dates_nothing_when_the_day_is_unsure() -> None:
    # a weekend paper's session may be Friday's (or a Sunday market's); "the previous session"
    # is another day; a session ahead is no news
    assert dated("Copper ended lower in thin trading.", date(2026, 2, 21)) == {
        "Copper ended lower in thin trading": None}
    assert dated("Copper lost 2% in the previous session.", date(2026, 2, 17)) == {
        "Copper lost 2% in the previous session": None}
    assert dated("Trading in the shares will resume at the open.", date(2026, 2, 17)) == {
        "Trading in the shares will resume at the open": None}


def test_a_gerund_after_after_with_its_own_time_does_not_date_its_host() -> None:
    found = dated("Copra futures eased after touching a record on Monday.", date(2026, 3, 11))
    assert found == {"Copra futures eased": None, "touching a record on Monday": "2026-03-09"}


def test_a_time_right_after_and_opens_the_second_clause() -> None:
    text = "The mine flooded in May 1962, and the following winter the village emptied."
    assert dated(text)["the following winter the village emptied"] == "1962-WI"


def test_an_age_after_a_birth_lead_counts_from_the_birth_year() -> None:
    found = {e.text: e for e in events("Born in 1932, Okafor joined the navy aged 17.")}
    time = found["Born in 1932, Okafor joined the navy aged 17"].time
    assert time is not None
    assert (time.value, time.start.year, time.end.year) == ("1949", 1949, 1951)


def test_a_stage_of_a_life_does_not_take_the_story_focus() -> None:
    text = ("The bakery burned down in 1988. As a teenager, Pell had worked there. "
            "Teodor Vance was nine when the fire started.")
    found = dated(text)
    assert found["As a teenager, Pell had worked there"] is None
    assert found["Teodor Vance was nine"] is None


def test_an_age_at_death_is_the_death_time() -> None:
    found = dated("Hollis died on Monday. He died aged 91.", date(2026, 3, 6))
    assert found["He died aged 91"] == "2026-03-02"


def test_a_bare_age_closing_a_sentence_after_a_birth_lead() -> None:
    found = dated("Born in 1960 in Porto, Amaral won the national title at 19.")
    assert found["Born in 1960 in Porto, Amaral won the national title at 19"] == "1979"
    assert dated("Gale retired in 1990. At 15 she had left home.")[
        "At 15 she had left home"] is None


def test_an_age_counts_from_a_birth_told_earlier_of_the_same_name() -> None:
    text = ("Imre Sandor was born in 1920 in Pecs. His mother died when Sandor was four. "
            "At 17 he enlisted.")
    found = {e.text: e.time for e in events(text)}
    four = found["Sandor was four"]
    assert four is not None and (four.value, four.start.year, four.end.year) == ("1924", 1924,
                                                                                   1926)
    mother = found["His mother died"]
    assert mother is not None and mother.value == "1924"
    seventeen = found["At 17 he enlisted"]
    assert seventeen is not None and seventeen.value == "1937"


def test_he_with_two_births_told_names_no_one() -> None:
    text = ("Ola Berg was born in 1950. Her brother Nils was born in 1953. At 20 he emigrated.")
    assert dated(text)["At 20 he emigrated"] is None


def test_an_age_after_a_birth_told_with_a_pronoun() -> None:
    found = dated("She was born in 1962 in Tarn. Aged 18, she moved to the capital.")
    assert found["Aged 18, she moved to the capital"] == "1980"


def test_a_clause_told_with_never_takes_no_focus() -> None:
    found = dated("The canal was dug in 1820. It was never widened. Barges never returned.")
    assert (found["It was never widened"], found["Barges never returned"]) == (None, None)


def test_a_decade_of_a_life_after_a_birth() -> None:
    text = "Mara Odu was born in 1940. In her late thirties she opened a clinic."
    (clinic,) = [e for e in events(text) if e.text.startswith("In her late thirties")]
    assert clinic.time is not None
    assert (clinic.time.value, clinic.time.start.year, clinic.time.end.year) == ("1976", 1976,
                                                                                 1981)


def test_an_age_told_of_the_other_pronoun_is_not_the_birth_told() -> None:
    found = dated("She was born in 1962 in Tarn. At 30 he left the farm.")
    assert found["At 30 he left the farm"] is None


def test_a_number_closing_a_sentence_is_no_age_without_a_birth() -> None:
    found = dated("Shares fell on Monday. The index closed at 45.", date(2026, 3, 6))
    assert found["The index closed at 45"] == "2026-03-02"


def test_a_who_clause_with_a_verb_no_cue_knows_is_its_own_event() -> None:
    # the word after "who" is the clause's verb: a bare past ("quit") or any other ("set")
    found = dated("Lorna Petch, who quit the cabinet on Monday, said on Wednesday that her "
                  "advice had been ignored.")
    assert found == {
        "Lorna Petch, who quit the cabinet on Monday, said on Wednesday that her advice had "
        "been ignored": "2025-09-03",
        "Lorna Petch, who quit the cabinet on Monday": "2025-09-01"}
    found = dated("Avel Dorn, who set up the clinic in 2012, retired on Thursday.")
    assert found == {"Avel Dorn, who set up the clinic in 2012, retired on Thursday": "2025-09-04",
                     "Avel Dorn, who set up the clinic in 2012": "2012"}
    # no verb right after the pronoun: the clause's subject comes first
    assert dated("The mill, which the army seized in 1944, closed on Monday.") == {
        "The mill, which the army seized in 1944, closed on Monday": "2025-09-01",
        "The mill, which the army seized in 1944": "1944"}


def test_a_part_of_the_day_in_focus_gives_the_next_act_only_its_day() -> None:
    # the evening was the vigil's; the vote after it is only known to be that Monday's
    found = dated("The council approved the budget on Monday. Residents held a vigil outside "
                  "the town hall on Monday evening. Councillors rejected a bid to cut the "
                  "library fund.")
    assert found["Councillors rejected a bid to cut the library fund"] == "2025-09-01"
    # a subject naming the event in focus keeps its part of the day
    found = dated("A fire broke out at the depot on Monday evening. The fire destroyed two "
                  "warehouses.")
    assert found["The fire destroyed two warehouses"] == "2025-09-01TEV"
    # a clock time is a story told by the hour: the next act goes on at it
    found = dated("Police arrested the suspect at 3:40 p.m. on Monday. A knife was found in "
                  "his car.")
    assert found["A knife was found in his car"] == "2025-09-01T15:40"


def test_a_plain_after_clause_of_one_incident_is_its_host_s_day_or_earlier() -> None:
    found = events("A ferry sank off Kell Point on Monday after a fire broke out in its engine "
                   "room.")
    fire = next(e for e in found if e.text == "a fire broke out in its engine room")
    assert fire.time is not None
    assert (fire.time.value, fire.time.mod) == ("2025-09-01", "ON_OR_BEFORE")
    # fronted, and after a clock time: the host's day
    found = dated("After a guard raised the alarm, police sealed the prison at 6 a.m. on "
                  "Tuesday.")
    assert found["a guard raised the alarm"] == "2025-09-02"
    # a pluperfect, a stretch or a backdrop of its own is no act of the incident
    assert dated("The ferry sank on Monday after its owners had ignored warnings.")[
        "its owners had ignored warnings"] is None
    assert dated("The mill closed on Monday after orders dwindled for years.")[
        "orders dwindled for years"] is None
    assert dated("The cabinet resigned on Monday after a weekend of protests paralysed the "
                 "capital.")["a weekend of protests paralysed the capital"] is None
    # a host told in a month: the act may lie before it
    assert dated("The mill closed in March after orders dwindled.")["orders dwindled"] is None


def test_a_plain_before_clause_after_a_clock_time_comes_later_that_day() -> None:
    found = events("The river peaked at 3 p.m. on Tuesday before the water slowly receded.")
    receded = next(e for e in found if e.text == "the water slowly receded")
    assert receded.time is not None
    assert (receded.time.value, receded.time.mod) == ("2025-09-02T15:00", "AFTER")
    # after a day, "before" gives only the order
    assert dated("The river peaked on Tuesday before the water slowly receded.")[
        "the water slowly receded"] is None


def test_a_reduced_relative_inside_a_report_is_its_own_event() -> None:
    # past the complement's own verb a participle is a noun's again, an agent may come between
    found = dated("Brann resigned on Thursday. She said she could not defend cuts approved by "
                  "the cabinet on Tuesday.")
    assert found == {
        "Brann resigned on Thursday": "2025-09-04",
        "She said she could not defend cuts approved by the cabinet on Tuesday": "2025-09-04",
        "approved by the cabinet on Tuesday": "2025-09-02"}
    # the participle heading the complement, or a time after the agent's other phrase: no clause
    assert len(dated("Officials said the convoy attacked on Monday was carrying aid.")) == 1
    assert len(dated("The bank said it would buy shares held by investors in Ostrava from "
                     "Monday.")) == 1
