"""A province's/region's "<domain> authorities" and the head of its "<level> <domain> office /
department / directorate" are one source (a body and its own director, tests/gold/README.md);
an office of another domain, or another body of the same place, stays apart.

All sentences are composed for these tests."""

from __future__ import annotations

import pytest

from _claims_helpers import source_id_of


@pytest.mark.parametrize("role", [
    "Dr Lena Marsh, director of the provincial health office,",
    "Amina Sefu, head of the regional health department,",
    "The director of the district health directorate",
])
def test_domain_authorities_then_the_level_office_head(role):
    t = ("Health authorities in the northern Varno province have recorded 340 suspected measles cases "
         f"in a month. {role} said 9 children had died.")
    assert source_id_of(t, "en", "9 children") == source_id_of(t, "en", "340 suspected")


def test_another_domains_office_stays_apart():
    t = ("Education authorities in the province said 12 schools were closed. "
         "The director of the provincial health office said 5 pupils were in hospital.")
    assert source_id_of(t, "en", "5 pupils") != source_id_of(t, "en", "12 schools")


def test_another_body_of_the_same_place_stays_apart():
    t = ("Health authorities in the eastern region said 40 cholera cases had been recorded. "
         "Police in the region said 2 clinics were looted.")
    assert source_id_of(t, "en", "2 clinics") != source_id_of(t, "en", "40 cholera")
