"""Round 21, events inside quotations: a quoted "we" of a speaker with no known body, quotations cut into one
sentence a line that close on a later line, and "she said" after an appositive subject. Sentences written for
the test."""

from __future__ import annotations

import pytest

from faultlines.quotes.marks import quotation_spans
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def quotes(rules):
    def run(text: str):
        return [(q.text, q.speaker) for q in rules.extract(document_from_text(text)).quotes]

    return run


def test_a_private_speakers_we_is_the_speaker_when_the_clause_names_another_party(code):
    text = ('DENVER - A shooting left two dead on Monday. "We will work with the police to find the gunman," '
            'said Maria Lopez, a neighbor who lives nearby.')
    assert any(e[1] == "maria-lopez" and e[2] == "USA.POL" and e[4] == "quoted" for e in code(text))


def test_a_quoted_we_acting_alone_gives_the_speaker_no_act(code):
    text = ('DENVER - The center opened on Monday. "In order to fight crime, we must give young people hope," '
            'said Maria Lopez, who runs the center.')
    assert not any(e[1] == "maria-lopez" and e[2] is None for e in code(text))


def test_a_quoted_our_stays_with_no_body_of_the_speaker(code):
    text = ('KABUL - The minister spoke on Monday. "Our troops attacked the Taliban positions near the city," '
            'Ahmad Rahimi said.')
    assert not any(e[1] == "ahmad-rahimi" for e in code(text))


def test_a_quotation_going_on_over_a_line_with_no_reopening_mark_closes_there():
    text = ('The president spoke to reporters on Friday\n\n'
            '"I told the prime minister that we will not accept the new tariffs\n\n'
            'We will respond to any attack on our allies," said President Obama\n\n'
            'He then left for Camp David\n')
    spans = [text[m.open + 1:m.close].strip() for m in quotation_spans(text)]
    assert spans == ["I told the prime minister that we will not accept the new tariffs",
                     "We will respond to any attack on our allies,"]


def test_lines_carried_on_from_an_open_quotation_that_never_closes_are_not_kept():
    text = ('The banner read "Down with the new taxes and all of the people who voted for them\n\n'
            'Nobody came back to the square after the long winter of protests and arrests\n\n'
            'The council met again in spring to discuss the budget\n')
    spans = [text[m.open + 1:m.close].strip() for m in quotation_spans(text)]
    assert spans == ["Down with the new taxes and all of the people who voted for them"]


def test_the_speaker_of_the_closing_line_owns_the_lines_before(quotes):
    text = ('The president spoke to reporters on Friday\n\n'
            '"I told the prime minister that we will not accept the new tariffs\n\n'
            'We will respond to any attack on our allies," said President Obama\n\n'
            'He then left for Camp David\n')
    got = quotes(text)
    assert [s for _, s in got] == ["BARACK_OBAMA", "BARACK_OBAMA"]


def test_she_said_goes_back_to_an_appositive_subject_not_a_later_name(quotes):
    text = ('Crowds gathered where the writer Sam Okafor was shot dead in Lagos on Sunday\n\n'
            'Another activist, Grace Adeyemi, said the failure of the courts left her with little faith '
            "Okafor's murder would be solved\n\n"
            '"We saw other critics shot and no suspects were arrested\n\n'
            'Because the police are involved," she said\n')
    got = quotes(text)
    assert got and all(s == "grace-adeyemi" for _, s in got)
