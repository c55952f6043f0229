"""What a search box's text asks for: name words, a run of digits, address parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from enquirydesk.domain.search import Terms, address, parse, words

INDONESIA, SLOVENIA = (62, "0"), (386, "0")


def test_names_are_words_that_start_any_word_of_the_name() -> None:
    assert parse("Kovač") == Terms(name_words=("kovač",))
    assert parse("  ana   KOV ") == Terms(name_words=("ana", "kov"))
    assert parse("O'Brien") == Terms(name_words=("o", "brien"))


def test_digits_anywhere_and_national_numbers_made_international() -> None:
    assert parse("555 123") == Terms(digits="555123")
    assert parse("0812 34", *INDONESIA) == Terms(
        digits="6281234", digits_start=True, typed_digits="081234"
    )
    assert parse("041-555", *SLOVENIA) == Terms(
        digits="38641555", digits_start=True, typed_digits="041555"
    )
    assert parse("+386 41 5") == Terms(digits="386415", digits_start=True)
    assert parse("00386 41") == Terms(digits="38641", digits_start=True, typed_digits="0038641")
    assert parse("0812") == Terms(digits="0812")  # no country: any run of digits
    assert parse("55").empty  # too short to look inside numbers


def test_a_run_typed_with_a_leading_0_is_also_looked_for_anywhere() -> None:
    """ "0912" may be the national start 0 91 2…, or the middle of +386 30 912 499."""
    assert parse("0912", *SLOVENIA).run == "0912"
    assert parse("0912", *SLOVENIA).digits == "386912"  # the national reading, a start
    assert parse("00386 41").run == "0038641"
    assert parse("555 123").run == "555123"
    assert parse("+386 30 912").run == ""  # typed with +: the start of a number only


def test_an_address_is_looked_for_by_its_parts() -> None:
    assert parse("rina.wijaya@gm") == Terms(email_words=("rina", "wijaya", "gm"))
    assert parse("@gmail") == Terms(email_words=("gmail",))
    # A box meant for an address: its parts, even without an @ or looking like digits.
    assert address(" amis ") == Terms(email_words=("amis",))
    assert address("Kovacic40") == Terms(email_words=("kovacic40",))
    assert address("1990") == Terms(email_words=("1990",))


@given(st.text())
def test_any_text_gives_terms_without_error(text: str) -> None:
    terms = parse(text, *SLOVENIA)
    assert all(terms.name_words) and all(terms.email_words)
    assert terms.digits.isdigit() or terms.digits == ""
    assert not terms.digits or len(terms.digits) >= 3 or terms.digits_start
    assert not terms.run or (len(terms.run) >= 3 and terms.run.isdigit())


@given(st.lists(st.text(alphabet=st.characters(categories=("L",)), min_size=1), min_size=1))
def test_each_typed_word_is_kept_in_order(typed: list[str]) -> None:
    text = " ".join(typed)
    assert parse(text).name_words == words(text)
    assert len(words(text)) >= 1
