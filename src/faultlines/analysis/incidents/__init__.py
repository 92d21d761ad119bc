"""Incidents: the reports of one happening by several outlets, fused into one record with a stated toll rule.

A document's *report* (`reports.py`) is its account of the happening it leads with: its lead violent event (or,
when the coder found no actors, its casualty counts or a headline that names violence), its place, date,
killed and injured figures, the people it names, the distinctive words it uses and its scene, circumstance and
victim words (`data/incident_cues.yaml`). Two reports are scored (`fusion.py`): the rarity-weighted overlap of
their words, raised when they fall on the same day, name the same scene, give the same toll or share those
words within WINDOW_DAYS, lowered when one is later (unless both name the same two rarely named people) or their
places are far apart. A report joins the incident whose member scores highest at or above THRESHOLD; one that
matches two incidents at MERGE or more joins them into the older (the other's id becomes an alias). Tolls across
reports follow ACLED's rule: the most conservative figure that more than one report gives, else the lowest
(`summary.py`).
"""

from .fusion import HORIZON_DAYS, MERGE, THRESHOLD, WINDOW_DAYS, Incident, fuse, km, rarity, similarity
from .reports import Report, day, distinctive, outlet_of, recalled, report_of
from .summary import Figure, contested, figure, summary, tensions, toll

__all__ = ["HORIZON_DAYS", "MERGE", "THRESHOLD", "WINDOW_DAYS", "Figure", "Incident", "Report", "contested", "day",
           "distinctive", "figure", "fuse", "km", "outlet_of", "rarity", "recalled", "report_of", "similarity", "summary",
           "tensions", "toll"]
