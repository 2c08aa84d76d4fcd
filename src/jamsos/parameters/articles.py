"""Articles that rules without a number of their own cite, read from the law data.

Most citations a result carries come from the value it used (``dv.cite()``). A rule that
uses no number (a coverage condition, the parts of a pension, who a survivor pension goes
to) still cites its articles: they are ``ladder`` parameters in ``data/articles.toml`` (one
per regulation and program), each rung a rule (``level``) with its ``article`` (articles separated by
``;``), cited with the regulation of the value's ``basis``.

>>> import datetime as dt
>>> from jamsos import parameters
>>> articles(parameters.official(), "jp.articles", "old_age_pension", dt.date(2025, 1, 1))
('PP 45/2015 Pasal 17 ayat (2)', 'PP 45/2015 Pasal 18', 'PP 45/2015 Pasal 19')
"""

from __future__ import annotations

import datetime as dt

from jamsos.errors import ParameterDataError
from jamsos.i18n import N_
from jamsos.parameters._model import ParameterSet

__all__ = ["articles"]


def articles(params: ParameterSet, name: str, level: str, on: dt.date | None) -> tuple[str, ...]:
    """The citations of rule ``level`` of the ladder parameter ``name`` on ``on`` (``None``: its
    latest value): ``"<regulation> <article>"`` for each article of the rung.

    A citation is not a number the result depends on: the value in force on ``on`` is read
    without the release horizon (a rule computed past it, with caller-supplied rates or
    ``assume_current_law``, cites its articles as well), and a day before the first value
    cites the first value (the rules that cite these articles check their own dates).
    """
    values = params.parameter(name).values
    dv = values[-1] if on is None else next((v for v in reversed(values) if v.since <= on), values[0])
    if dv.basis is None:
        raise ParameterDataError(N_("{name} needs a citation"), name=name)
    found = dv.ladder().rung(level).text("article").split(";")
    return tuple(f"{dv.basis.regulation} {article.strip()}" for article in found)
