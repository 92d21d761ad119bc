"""A later report that says the toll rose raises the incident's toll (ACLED's rule); a higher figure with no word of
a rise does not. The reports are written for this test."""

from __future__ import annotations

import pytest

from faultlines.analysis.incidents import fuse, report_of, summary
from tests.incident_texts import made

FIRST = ("Shelling kills 4 in Kramatorsk", "2022-04-02", "https://wire.example/kramatorsk",
         "Russian artillery shelled a bus station in Kramatorsk on Friday, killing 4 civilians and wounding 9, "
         "the regional governor said.")
SECOND = ("Four dead after Kramatorsk bus station shelled", "2022-04-02", "https://daily.example/kramatorsk",
          "Russian forces shelled the bus station in Kramatorsk on Friday, killing 4 civilians and wounding 9, "
          "officials said.")
ROSE = ("Kramatorsk bus station toll rises", "2022-04-04", "https://radio.example/kramatorsk-toll",
        "The death toll from Friday's Russian shelling of the Kramatorsk bus station has risen to 7, the regional "
        "governor said on Sunday, after three of the wounded died in hospital.")
HIGHER = ("Kramatorsk bus station shelled", "2022-04-03", "https://blog.example/kramatorsk",
          "Russian artillery shelled the bus station in Kramatorsk on Friday, killing 6 civilians, a local "
          "volunteer said.")


@pytest.fixture(scope="module")
def reports(pipeline):
    out = {k: report_of(pipeline.extract(made(v, k))) for k, v in
           {"first": FIRST, "second": SECOND, "rose": ROSE, "higher": HIGHER}.items()}
    assert all(r is not None for r in out.values())
    return out


def test_the_report_of_a_rise_is_marked(reports):
    assert reports["rose"].killed == 7 and "killed" in reports["rose"].rose
    assert reports["first"].rose == () and reports["higher"].rose == ()


def test_a_rise_raises_the_toll_and_keeps_the_range(reports):
    (inc,) = fuse([reports["first"], reports["second"], reports["rose"]])
    assert summary(inc)["killed"] == {"value": 7, "low": 4, "high": 7}


def test_a_higher_figure_without_a_rise_does_not(reports):
    (inc,) = fuse([reports["first"], reports["second"], reports["higher"]])
    assert summary(inc)["killed"] == {"value": 4, "low": 4, "high": 6}
