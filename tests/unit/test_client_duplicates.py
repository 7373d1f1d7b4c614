"""Likely duplicates of a new client: the app folds and matches as the server does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.client_duplicates import (
    DuplicateCandidate,
    DuplicateMatch,
    client_problems,
    dedup_key,
    duplicate_problems,
    find_duplicates,
    name_key,
    vat_key,
    worth_checking,
)
from desktop_app.domain.order import Address, Client, ClientType
from desktop_app.domain.validation import Code, Severity
from reference_server import clients as server


def known(
    name: str, vat: str = "", country: str = "DE", postal: str = "10115", sid: str = ""
) -> Client:
    return Client(
        ClientType.BUSINESS_EU_VAT if vat else ClientType.BUSINESS_NO_VAT,
        name,
        Address("Weg 1", postal, "Berlin", country),
        vat,
        server_id=sid or f"id-{name}-{vat}-{country}-{postal}",
    )


def test_name_folding_ignores_case_accents_umlaut_spelling_and_punctuation() -> None:
    same = (
        "Müller & Söhne GmbH",
        "MUELLER & SOEHNE GMBH",
        "mueller-soehne gmbh",
        "Müller&Söhne  GmbH",
    )
    assert {name_key(n) for n in same} == {"muellersoehnegmbh"}
    assert name_key("Café Crème Straße") == "cafecremestrasse"
    # Like the server, "ü" is "ue", not "u": Muller is another name than Müller.
    assert name_key("Muller") != name_key("Müller")
    assert vat_key(" de 123.456 789 ") == "DE123456789"


def test_exact_match_by_vat_id_or_by_name_country_and_postal_code() -> None:
    by_vat = known("Grüner Löwe e.V.", "DE123456789")
    by_place = known("Anna Schmidt", "", "DE", "34117")
    records = [by_vat, by_place, known("Anna Schmidt", "", "DE", "80331")]
    new = Client(legal_name="gruener loewe e. V.", vat_id="DE 123 456 789")
    assert find_duplicates(new, records) == [DuplicateCandidate(by_vat, DuplicateMatch.EXACT)]
    private = Client(ClientType.PRIVATE, "ANNA SCHMIDT", Address("Hof 2", "34117", "Kassel", "DE"))
    found = find_duplicates(private, records)
    # The exact one first; the namesake in Munich is a near miss worth a look.
    assert [(c.client.address.postal_code, c.match) for c in found] == [
        ("34117", DuplicateMatch.EXACT),
        ("80331", DuplicateMatch.NAME),
    ]


def test_near_misses_same_vat_other_name_and_same_name_other_vat() -> None:
    record = known("Stadttheater Kassel gGmbH", "DE123456789")
    renamed = Client(legal_name="Staatstheater Kassel", vat_id="DE123456789")
    other_vat = Client(legal_name="Stadttheater Kassel gGmbH", vat_id="DE999999999")
    assert [c.match for c in find_duplicates(renamed, [record])] == [DuplicateMatch.VAT_ID]
    assert [c.match for c in find_duplicates(other_vat, [record])] == [DuplicateMatch.NAME]
    unrelated = Client(legal_name="Kunsthalle Kiel", vat_id="DE111111111")
    assert find_duplicates(unrelated, [record]) == []


def test_too_little_typed_finds_nothing_and_records_count_once() -> None:
    record = known("AB", "")
    assert not worth_checking(Client(legal_name="A.B."))
    assert find_duplicates(Client(legal_name="AB"), [record]) == []
    twice = known("Atelier Nord")
    found = find_duplicates(Client(legal_name="Atelier Nord"), [twice, twice])
    assert len(found) == 1


def test_pre_submit_warning_only_for_a_new_client() -> None:
    record = known("Atelier Nord", "", "DE", "24103")
    new = Client(legal_name="Atelier Nord", address=Address(postal_code="24103", country="DE"))
    candidates = find_duplicates(new, [record])
    [problem] = duplicate_problems(new, candidates)
    assert problem.code is Code.CLIENT_MAYBE_DUPLICATE
    assert problem.severity is Severity.WARNING
    assert problem.field == "client.legal_name"
    assert problem.params["name"].startswith("Atelier Nord · 24103 Berlin")
    assert problem.params["exact"] == "1"
    linked = Client(legal_name="Atelier Nord", server_id="c-1")
    assert duplicate_problems(linked, candidates) == []
    assert duplicate_problems(new, []) == []


def test_client_problems_are_the_client_fields_of_the_order_rules() -> None:
    eu_business = Client(
        ClientType.BUSINESS_EU_VAT, "Firma", Address("Weg 1", "1010", "Wien", "AT"), "DE123"
    )
    codes = {(p.field, p.code) for p in client_problems(eu_business)}
    assert codes == {("client.vat_id", Code.VAT_ID_INVALID)}
    swiss = Client(ClientType.BUSINESS_NO_VAT, "AG", Address("Weg 1", "8001", "Zürich", "CH"))
    [warning] = client_problems(swiss)
    assert (warning.code, warning.severity) == (Code.NO_GUARANTEE_NON_EU, Severity.WARNING)
    empty = {p.field for p in client_problems(Client())}
    assert empty == {
        "client.legal_name",
        "client.address.street",
        "client.address.postal_code",
        "client.address.city",
    }


_TEXT = st.text(alphabet=st.sampled_from("aAäÄoöÖuüÜßéÈçñ-&. 0123 \u0308\tæøÆ"), max_size=20)


@settings(max_examples=300, deadline=None)
@given(name=_TEXT, vat=_TEXT, postal=_TEXT, country=st.sampled_from(["DE", "at", " FR ", "CH"]))
def test_keys_agree_with_the_reference_server(
    name: str, vat: str, postal: str, country: str
) -> None:
    """Offline and online must decide alike: the same keys as reference_server/clients.py."""
    assert name_key(name) == server.name_key(name)
    assert vat_key(vat) == server.vat_key(vat)
    client = Client(
        legal_name=name, vat_id=vat, address=Address(postal_code=postal, country=country)
    )
    assert dedup_key(client) == server.dedup_key(name, vat, country, postal)
