"""JKK (Jaminan Kecelakaan Kerja): benefits after a work accident or occupational disease.

*Jaminan Kecelakaan Kerja* is the work-accident insurance of PP 44/2015. A *kecelakaan
kerja* is an accident in the employment relationship, including on the way from home to
work and back, and a *penyakit akibat kerja* (PAK) a disease caused by the work or its
environment (Pasal 1 angka 6, Penjelasan Pasal 25). The benefits (Pasal 25 ayat (2)):

* *pelayanan kesehatan*: medical care as medically needed, with no cost cap;
* cash benefits (*santunan berupa uang*): capped transport costs; *santunan sementara
  tidak mampu bekerja* (STMB, temporary incapacity: a share of the wage per month);
  disability benefits for *cacat sebagian anatomis* (loss of part of a body member, a
  percentage from the Lampiran III table), *cacat sebagian fungsi* (loss of function:
  % of function lost x table %) and *cacat total tetap* (CTT, total permanent disability);
  *santunan kematian* (death) and *biaya pemakaman* (funeral); *santunan berkala*
  (periodic benefit, paid at once on death or CTT); prostheses and orthoses; dentures,
  hearing aids and glasses; and the children's scholarship (:mod:`jamsos.scholarship`).

The wage is the last monthly wage at the accident (basic wage + fixed allowances, Pasal
32 ayat (1)); for BPU it is the declared income. No cap applies to the JKK wage.

Which date selects the law: the date of the accident (or of the diagnosis of an
occupational disease): PP 44/2015 from 2015-07-01, PP 82/2019 from 2019-12-02.

Rounding: each cash amount is computed exactly and rounded once, half up, to whole rupiah
(BPJS pays whole rupiah; an administrative convention, not set by the regulation).

Several disabilities at once: Lampiran III is not available, and the body text is silent.
jamsos adds the percentages of every injury and caps the partial-disability benefit at the
total-permanent-disability benefit (70% x 80 = 56 months of wage), the rule of the
Jamsostek-era table; the cap also applies to a single percentage above 70%.
"""

from __future__ import annotations

from jamsos.jkk.claims import accident_coverage, arrears, claim_lapse, occupational_disease
from jamsos.jkk.death import death_benefit
from jamsos.jkk.disability import body_parts, disability_benefit
from jamsos.jkk.incapacity import reimbursements, temporary_incapacity_benefit
from jamsos.jkk.injury import DisabilityKind, Injury, Side
from jamsos.jkk.pmi import failed_departure

__all__ = [
    "DisabilityKind",
    "Injury",
    "Side",
    "accident_coverage",
    "arrears",
    "body_parts",
    "claim_lapse",
    "death_benefit",
    "disability_benefit",
    "failed_departure",
    "occupational_disease",
    "reimbursements",
    "temporary_incapacity_benefit",
]
