"""The explanation of a wage-earner (PU) contribution, from the kernel's own amounts (issue 10).

A contribution's explanation is built only when asked, and only from what the kernel used:
the wage, the bases the caps left (``min(wage, cap)`` as the kernel computed it, never
recomputed here) and the amounts per programme and party. Two forms, always equal:

- the tree (:class:`~jamsos.explain.Explanation`), built by :func:`pu_tree` on the first
  read of any of its fields (equality, JSON, pickling, walking, HTML);
- its text (``str()`` / ``render(lang)``), written without building the tree: everything in
  it except the amounts depends only on the month's rule table, the row of coefficients
  (risk class, programmes, JKP membership, reliefs), the employer scale, the notes and the
  language. :func:`pu_tree` run once per such key with *marker* amounts and rendered gives a
  template; a call fills its slots with the kernel's ints, formatted as whole rupiah.

Because the template is the tree's own rendering, the two cannot drift apart by a change to
titles, parameters or rendering; ``tests/contributions/test_explanation.py`` proves them
equal across months, regimes, risk classes, scales, programme subsets and wages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, NamedTuple

from jamsos.contributions.covid import covid_factor
from jamsos.contributions.kernel import PuRow, PuTable
from jamsos.contributions.rules import param_use
from jamsos.domain import EmployerScale, Program, RiskClass
from jamsos.explain import Explanation
from jamsos.i18n import N_, translate
from jamsos.money import CONTEXT, Rupiah, format_rupiah
from jamsos.parameters import ParameterSet
from jamsos.results import Note

__all__ = ["TEMPLATES_MAX", "PuContext", "PuFacts", "pu_explanation", "pu_tree"]

# The amounts of a wage-earner explanation, by slot: the wage and the two bases (in units of
# 1/q), then whole-rupiah amounts.
(
    WAGE,
    JP_BASE,
    JKP_BASE,
    JKK,
    JKM,
    JHT,
    JHT_E,
    JHT_W,
    JP,
    JP_E,
    JP_W,
    JP_DEFERRED,
    JKP,
    FROM_JKK,
    FROM_JKM,
    TOTAL,
) = range(16)
SLOTS: Final = 16

ROUNDED: Final = N_(
    "amounts rounded per program and party to whole rupiah, half up (administrative convention)"
)

#: Marker amounts: Rupiah values no explanation can contain, one per slot, all rendered with
#: the same number of characters (``Rp7.000.000.000.000.000.000.000.0NN``); found in a
#: rendering by their exact text, whatever the rupiah format is.
_MARK: Final = 7 * 10**24
_MARKERS: Final = tuple(Rupiah.unchecked(Decimal(_MARK + i)) for i in range(SLOTS))
_SLOT_OF: Final = {str(m): i for i, m in enumerate(_MARKERS)}
_MARKED: Final = re.compile("|".join(re.escape(text) for text in _SLOT_OF))
#: What :func:`jamsos.money.format_rupiah` writes before the digits of an amount.
_PREFIX: Final = "Rp"

#: Compiled templates by key (see :meth:`PuFacts.text`); emptied past ``TEMPLATES_MAX``.
TEMPLATES_MAX: Final = 2048
_TEMPLATES: dict[tuple[object, ...], tuple[PuRow, list[str] | None, tuple[int, ...], str]] = {}


def scaled(n: int, q: int) -> Rupiah:
    """``n / q`` rupiah, exactly (``q`` a power of ten)."""
    if q == 1:
        return Rupiah.unchecked(Decimal(n))
    return Rupiah.unchecked(CONTEXT.divide(Decimal(n), Decimal(q)))


class PuContext(NamedTuple):
    """What a wage-earner call decided before the kernel ran (:func:`~jamsos.contributions.wage_earner`).

    The parameter set, the month's table, the row of coefficients, the risk class, the
    employer scale, the programmes, JKP membership, whether the PP 7/2025 labour relief and
    the PP 49/2020 relief apply, whether the PP 49/2020 note is still to write (a common
    call writes it when read), and the ``covid_relief_eligible`` argument.
    """

    p: ParameterSet
    t: PuTable
    row: PuRow
    rc: RiskClass
    scale: EmployerScale
    enrolled: frozenset[Program]
    in_jkp: bool
    labour: bool
    covid_applied: bool
    covid_note_later: bool
    covid_relief_eligible: bool | None


class PuFacts(NamedTuple):
    """What a wage-earner explanation is made of: the call's context and the kernel's amounts.

    ``a`` is the kernel's tuple (:func:`~jamsos.contributions.kernel.pu_kernel`), ``w / q``
    the wage it was given, ``notes`` the notes the call wrote (see :meth:`all_notes`).
    An :class:`~jamsos.explain.Explanation` source: :meth:`tree` and :meth:`text`. A tuple,
    so that making one per explained result costs little.
    """

    ctx: PuContext
    a: tuple[int, ...]
    w: int
    q: int
    notes: Sequence[str]

    def explanation(self) -> Explanation:
        """The explanation: its text from the template, its tree built on first read."""
        return _later(self)

    def all_notes(self) -> tuple[str, ...]:
        """The result's notes: the call's, then the PP 49/2020 note a common call writes now."""
        ctx = self.ctx
        found = tuple(self.notes)
        if ctx.covid_note_later:
            t = ctx.t
            discount = t.uses["relief.covid.jkk_jkm_discount"]
            assert discount is not None
            _, covid_note = covid_factor(discount, None, ctx.p, t.month)
            if covid_note:
                found = (*found, covid_note)
        return found

    def tree(self) -> Explanation:
        """The whole tree, with the kernel's amounts."""
        return pu_tree(self, self.values())

    def values(self) -> tuple[Rupiah, ...]:
        """The amounts by slot, as :class:`Rupiah` (the kernel's ints; programmes not due are 0)."""
        a, q = self.a, self.q
        rp = _rp
        return (
            scaled(self.w, q),
            scaled(a[11], q),
            scaled(a[12], q),
            rp(a[0]),
            rp(a[1]),
            rp(a[2] + a[3]),
            rp(a[2]),
            rp(a[3]),
            rp(a[4] + a[5]),
            rp(a[4]),
            rp(a[5]),
            rp(a[6] + a[7]),
            rp(a[8]),
            rp(a[9]),
            rp(a[10]),
            rp(a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[8]),
        )

    def text(self, lang: str) -> str:
        """``self.tree().render(lang)``, from the compiled template of this call's key."""
        ctx, a, w, q, notes = self
        _, _, row, _, scale, _, _, _, covid_applied, covid_note_later, eligible = ctx
        # everything the text depends on but the amounts: the row (month table, risk class,
        # programmes, JKP, reliefs), the scale, the notes, the recompositions shown
        key = (
            id(row),
            lang,
            id(scale),  # members are singletons; Enum's own hash is a Python call
            covid_applied,
            covid_note_later,
            eligible,
            bool(row.r_jkk and a[9]),
            bool(row.r_jkm and a[10]),
            tuple(notes),  # a common call's () as is; a list of notes as a tuple
        )
        entry = _TEMPLATES.get(key)
        if entry is None or entry[0] is not row:
            entry = _compile(self, lang)
            if len(_TEMPLATES) >= TEMPLATES_MAX:
                _TEMPLATES.clear()
            _TEMPLATES[key] = entry
        _, parts, slots, numbers = entry
        if parts is None:  # no template for this rendering
            return self.tree().render(lang)
        if q == 1:
            ints = (
                w,
                a[11],
                a[12],
                a[0],
                a[1],
                a[2] + a[3],
                a[2],
                a[3],
                a[4] + a[5],
                a[4],
                a[5],
                a[6] + a[7],
                a[8],
                a[9],
                a[10],
                a[0] + a[1] + a[2] + a[3] + a[4] + a[5] + a[8],
            )
            # one format call groups every amount (``1,234,567``); the rupiah convention
            # groups with ``.`` (jamsos.money.format_rupiah), and no amount has a fraction
            texts = numbers.format(*ints).replace(",", ".").split(" ")
        else:  # a wage finer than a rupiah: the exact formatter, slot by slot
            values = self.values()
            texts = [format_rupiah(values[i].amount)[2:] for i in slots]
        out = parts.copy()
        out[1::2] = texts
        return "".join(out)


def pu_explanation(ctx: PuContext, a: tuple[int, ...], w: int, q: int, notes: Sequence[str]) -> Explanation:
    """The explanation of a wage-earner result (its tree built on first read)."""
    return _later(_facts((ctx, a, w, q, notes)))


_later: Final = Explanation.later
_facts: Final = PuFacts._make


def _rp(n: int) -> Rupiah:
    return Rupiah.unchecked(Decimal(n))


def _compile(f: PuFacts, lang: str) -> tuple[PuRow, list[str] | None, tuple[int, ...], str]:
    """The template of ``f``'s key in ``lang``: the tree rendered with marker amounts, cut at them.

    Returns the row (kept so its ``id`` in the key cannot be reused), the text's parts
    (literals at even positions, the amounts' digits to fill at odd ones; ``None`` when the
    rendering shows no marker as expected: the text is then rendered from the tree), the
    slot of each amount, and a format string for the amounts (``{3:,} {5:,} ...``).
    """
    text = pu_tree(f, _MARKERS).render(lang)
    parts: list[str] = []
    slots: list[int] = []
    start = 0
    for found in _MARKED.finditer(text):
        marker = found.group()
        parts += (text[start : found.start()] + _PREFIX, "")  # the digits go after the prefix
        slots.append(_SLOT_OF[marker])
        start = found.end()
    parts.append(text[start:])
    usable = bool(slots) and all(marker.startswith(_PREFIX) for marker in _SLOT_OF)
    numbers = " ".join(f"{{{s}:,}}" for s in slots)
    return f.ctx.row, parts if usable else None, tuple(slots), numbers


def pu_tree(f: PuFacts, v: Sequence[Rupiah]) -> Explanation:
    """The explanation tree of ``f`` with the amounts ``v`` (by slot; see :meth:`PuFacts.values`).

    The structure depends on ``f`` only (which programmes, reliefs, recompositions, notes);
    the amounts are the kernel's (``v[JP_BASE]`` is the wage the kernel used for JP:
    ``min(wage, cap)``, never recomputed here).
    """
    ctx, a = f.ctx, f.a
    t, rc, row = ctx.t, ctx.rc, ctx.row
    wage = v[WAGE]
    covid = ctx.covid_applied
    enrolled = ctx.enrolled
    steps: list[Explanation] = []
    if Program.JKK in enrolled:
        params = [t.use(f"jkk.rate.{rc.key}")]
        if covid:
            params.append(t.use("relief.covid.jkk_jkm_discount"))
        if ctx.labour:
            params.append(t.use("relief.labour_intensive.jkk_discount"))
        steps.append(
            Explanation(
                "JKK (work accident), employer: wage × rate of the risk class",
                "JKK (kecelakaan kerja), pemberi kerja: upah × tarif tingkat risiko",
                v[JKK],
                (("wage", wage),),
                tuple(params),
            )
        )
    if Program.JKM in enrolled:
        params = [t.use("jkm.rate")]
        if covid:
            params.append(t.use("relief.covid.jkk_jkm_discount"))
        steps.append(
            Explanation(
                "JKM (death), employer: wage × rate",
                "JKM (kematian), pemberi kerja: upah × tarif",
                v[JKM],
                (("wage", wage),),
                tuple(params),
            )
        )
    if Program.JHT in enrolled:
        steps.append(
            Explanation(
                "JHT (old-age savings): wage × rate, no wage cap",
                "JHT (hari tua): upah × tarif, tanpa batas upah",
                v[JHT],
                (("wage", wage),),
                (t.use("jht.rate.employer"), t.use("jht.rate.worker")),
                children=(
                    Explanation("employer", "pemberi kerja", v[JHT_E]),
                    Explanation("worker", "pekerja", v[JHT_W]),
                ),
            )
        )
    if Program.JP in enrolled:
        params = [t.use("jp.wage_cap"), t.use("jp.rate.employer"), t.use("jp.rate.worker")]
        children = [
            Explanation("employer", "pemberi kerja", v[JP_E]),
            Explanation("worker", "pekerja", v[JP_W]),
        ]
        if row.jp_keep != row.den:  # PP 49/2020 Pasal 17: part of JP deferred
            params.append(t.use("relief.covid.jp_deferral"))
            children.append(
                Explanation("deferred (paid later)", "ditunda (dibayar kemudian)", v[JP_DEFERRED])
            )
        steps.append(
            Explanation(
                "JP (pension): min(wage, cap) × rate",
                "JP (pensiun): min(upah, batas upah) × tarif",
                v[JP],
                (("wage", wage), ("wage used", v[JP_BASE])),  # the wage the kernel used
                tuple(params),
                tuple(children),
            )
        )
    if ctx.in_jkp:
        children = [
            Explanation(
                f"recomposed from {code} (already in the employer's bill)",
                f"rekomposisi dari {code} (sudah termasuk tagihan pemberi kerja)",
                v[slot],
            )
            for code, slot, present in (
                ("JKK", FROM_JKK, row.r_jkk and a[9]),
                ("JKM", FROM_JKM, row.r_jkm and a[10]),
            )
            if present
        ]
        params = [
            t.use("jkp.wage_cap"),
            t.use("jkp.rate.government"),
            t.use("jkk.recomposition_to_jkp"),
            t.use("jkm.recomposition_to_jkp"),
        ]
        very_low = t.uses["relief.labour_intensive.recomposition_very_low"]
        if ctx.labour and rc is RiskClass.VERY_LOW and very_low is not None:
            params.append(param_use("relief.labour_intensive.recomposition_very_low", very_low))
        steps.append(
            Explanation(
                "JKP (job loss): government share on min(wage, cap); recomposition shown inside JKK/JKM",
                "JKP (kehilangan pekerjaan): bagian pemerintah atas min(upah, batas); "
                "rekomposisi di dalam JKK/JKM",
                v[JKP],
                (("wage used", v[JKP_BASE]),),  # the wage the kernel used: min(wage, JKP cap)
                tuple(params),
                tuple(children),
            )
        )
    notes = f.all_notes()
    month = t.month
    inputs = (
        ("wage", wage),
        ("month", str(month)),
        ("risk_class", rc.value),
        ("employer_scale", ctx.scale.value),
        ("programs", ",".join(sorted(x.code for x in enrolled))),
        ("jkp_member", ctx.in_jkp),
        ("labour_intensive_relief", ctx.labour),
        ("covid_relief_eligible", ctx.covid_relief_eligible),
    )
    return Explanation(
        f"Contributions of a wage earner (PU), contribution month {month}",
        f"Iuran peserta penerima upah (PU), bulan iuran {month}",
        v[TOTAL],
        inputs,
        (),
        tuple(steps),
        note="; ".join(notes) if notes else ROUNDED,
        note_id="; ".join(Note.coerce(n).text_id for n in notes) if notes else translate(ROUNDED, "id"),
    )
