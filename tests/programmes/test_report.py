"""The HTML report: every figure on the page equals the library's, and the page is offline."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from jamsos import programmes
from jamsos.i18n import format_number, format_rupiah
from jamsos.programmes.report import MAX_VILLAGES_SHOWN, html_report

pytest.importorskip("pandas")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, tuple[str, str]] = {}
        self.bars: list[dict[str, str]] = []
        self.rejected: list[str] = []
        self.districts: list[tuple[str, int, int]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "data-figure" in a:
            self._open = a["data-figure"]
            self._text = []
            self.figures[self._open] = (a.get("data-value", ""), "")
        if tag in ("rect", "circle") and "data-value" in a:
            self.bars.append({"tag": tag, **a})
        if tag == "tr" and "data-district" in a:
            self.districts.append((a["data-district"], int(a["data-workers"]), int(a["data-value"])))
        if tag == "tr" and "data-row" in a:
            self.rejected.append(a["data-row"])

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag in ("div", "p"):
            value, _ = self.figures[self._open]
            self.figures[self._open] = (value, "".join(self._text))
            self._open = None


def _roster(n: int = 40, budget: int = 3_000_000) -> programmes.Roster:
    rows = [
        {
            "NIK": f"3201{(i % 5) + 1:02d}{(i % 28) + 1:02d}0890{i + 1:04d}",
            "Nama": f"Pekerja {i}",
            "Desa": f"Desa {i % 30}",
            "Kecamatan": f"Kec {i % 3}",
            "Penghasilan": "1.000.000" if i % 4 else "2.500.000",
        }
        for i in range(n)
    ]
    rows.append(
        {"NIK": "123", "Nama": "Salah", "Desa": "Desa 1", "Kecamatan": "Kec 1", "Penghasilan": "1.000.000"}
    )
    return programmes.roster(rows, first_month="2026-01", last_month="2026-06", budget=budget)


def test_every_figure_equals_the_library() -> None:
    r = _roster()
    page = _Page()
    page.feed(html_report(r, lang="id"))
    s = r.summary()
    for key in ("rows_read", "workers", "rejected", "worker_months"):
        value, text = page.figures[key]
        assert int(value) == s[key]
        assert text == format_number(int(s[key]), "id")  # type: ignore[call-overload]
    for key in ("total", "budget", "left"):
        value, text = page.figures[key]
        assert int(value) == s[key]
        assert text == format_rupiah(s[key], "id")
    assert page.figures["program_jkk"][0] == str(s["programs"]["jkk"])  # type: ignore[index]
    assert page.figures["runs_out"] == (str(s["runs_out"]), "April 2026")
    # the burn-down chart: one bar per month (spent) and one point per month (left)
    spent = [b for b in page.bars if b.get("class") == "spent"]
    left = [b for b in page.bars if b.get("class") == "left"]
    by_month = r.by_month()
    assert [(b["data-month"], int(b["data-value"])) for b in spent] == list(
        zip(by_month["month"], by_month["total"].astype(int), strict=True)
    )
    burn = r.burn_down()
    assert [int(b["data-value"]) for b in left] == list(burn["left"].astype(int))
    # the village chart: the villages with most workers, then the others together
    villages = [b for b in page.bars if b.get("class") in ("village", "others")]
    assert len(villages) == MAX_VILLAGES_SHOWN + 1
    assert sum(int(b["data-value"]) for b in villages) == s["workers"]
    top = (
        r.by_village().sort_values(["workers", "district", "village"], ascending=[False, True, True]).iloc[0]
    )
    assert villages[0]["data-village"] == f"{top['district']}/{top['village']}"
    assert int(villages[0]["data-value"]) == int(top["workers"])
    # the totals by district
    d = r.by_district()
    assert page.districts == list(
        zip(d["district"], d["workers"].astype(int), d["total"].astype(int), strict=True)
    )
    # the rejected rows, NIK masked
    assert page.rejected == [str(row) for row, *_ in r.rejected] == ["41"]


def test_offline_and_masked() -> None:
    r = _roster()
    text = html_report(r)
    page = _Page()
    page.feed(text)
    assert not [t for t, _ in page.tags if t in ("script", "link", "img", "iframe")]
    for _tag, attrs in page.tags:
        for name in ("src", "href"):
            assert name not in attrs
    assert "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "*" in text and "Penyerapan anggaran per bulan" in text
    assert "Budget burn-down by month" in html_report(r, lang="en")


def test_without_budget_or_rejections() -> None:
    rows = [
        {"NIK": "3201014108900001", "Nama": "Siti", "Desa": "A", "Kecamatan": "B", "Penghasilan": "1.000.000"}
    ]
    r = programmes.roster(rows, first_month="2026-01", last_month="2026-02")
    page = _Page()
    page.feed(html_report(r))
    assert "budget" not in page.figures
    assert "rejected_none" in page.figures
    assert page.figures["total"] == ("33600", "Rp33.600")


def test_mistakes_are_clear() -> None:
    from jamsos.errors import JamsosError

    r = _roster(n=3)
    for bad in ({"result": None}, {"lang": "fr"}, {"show_nik": "ya"}, {"title": 5}):
        kw: dict[str, object] = {"result": r, **bad}
        result = kw.pop("result")
        with pytest.raises(JamsosError):
            html_report(result, **kw)  # type: ignore[arg-type]
