"""What an annual review pack tells the family about challenging the authority's decision.

From the Children and Families Act 2014 ss51–55, the SEND Regulations 2014 regs 32–33 and
42–44 and the Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r.20: kept as
data, so an authority can add its own contacts (its mediation service, SENDIASS).
"""

from __future__ import annotations

RIGHTS_OF_APPEAL = (
    "If you disagree with the authority's decision to keep the plan as it is, to amend it or "
    "to cease it, you can appeal to the First-tier Tribunal (Special Educational Needs and "
    "Disability). The child or young person's views are part of any appeal.",
    "Before appealing you must contact a mediation adviser, unless the appeal is only about "
    "the school or other placement named in the plan. The adviser must give you a certificate "
    "within 3 working days of your asking for one (or 3 working days after mediation ends).",
    "If you choose mediation, the authority must arrange it within 30 days of being told you "
    "want it, and tell you the outcome in writing.",
    "An appeal must reach the Tribunal within 2 months of the date of the decision letter, or "
    "within 1 month of the date of the mediation certificate, whichever is later.",
    "Your local SEND information, advice and support service (SENDIASS) can help, free and "
    "impartially, with mediation and appeals.",
)
