"""Value types shared by every stage, one module per kind of value (as followthemoney's `types/`):

- `countries`: one table of countries under ISO2 and ISO3 with names, demonyms, capitals and gazetteer points;
- `names`: the one accent stripper and the keys under which spellings of actor and place names meet;
- `dates`: ISO 8601 dates and intervals ("2014", "2003/2011", "2015-03/..") as written and as day spans.
"""

from .countries import Country, CountryPlace, countries, country, country_name, iso2_of, iso3_of
from .dates import (
    Span,
    bound,
    days_between,
    event_span,
    iso_date,
    iso_interval,
    midpoint,
    parse_day,
    parse_span,
    real_day,
)
from .names import fold, name_key, skeleton, slug, strip_accents

__all__ = ["Country", "CountryPlace", "Span", "bound", "countries", "country", "country_name", "days_between",
           "event_span", "fold", "iso2_of", "iso3_of", "iso_date", "iso_interval", "midpoint", "name_key", "parse_day",
           "parse_span", "real_day", "skeleton", "slug", "strip_accents"]
