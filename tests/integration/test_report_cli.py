"""`enquirydesk report`: the report JSON as the service computes it, and a text summary
in the user's locale."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from enquirydesk.cli import main
from enquirydesk.domain.formats import Formats
from enquirydesk.exports.report_content import response_time
from enquirydesk.i18n import translate
from enquirydesk.services import report
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import (
    NewEnquiry,
    log_enquiry,
    mark_lost,
    mark_purchased,
    set_first_response,
)
from enquirydesk.store.database import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def march(ctx: Context, store: Store, db_path: Path, clock) -> Path:
    """Three enquiries in March 2026: one bought for 1,234.50, one lost, one open."""
    clock.set(datetime(2026, 4, 15, 9, 0))  # March is over, as for the command's real clock
    ids = [
        log_enquiry(
            ctx,
            NewEnquiry(channel=channel, name=name, phone=phone, received_at=at, answered_now=True),
        ).created_id("enquiry")
        for channel, name, phone, at in (
            ("phone", "Ana Novak", "041 111 111", datetime(2026, 3, 2, 9, 0)),
            ("walk_in", "Marko Kos", "041 222 222", datetime(2026, 3, 2, 9, 10)),
            ("chat", "Eva Zupan", "041 333 333", datetime(2026, 3, 2, 9, 20)),
        )
    ]
    mark_purchased(ctx, ids[0], value="1234.50", factors=["price"], at=datetime(2026, 3, 2, 9, 30))
    mark_lost(ctx, ids[1], reason="competitor", at=datetime(2026, 3, 2, 9, 40))
    store.close()
    return db_path


def test_json_is_the_service_report_exactly(
    march: Path, ctx: Context, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", str(march), "report", "--month", "2026-03", "--format", "json"
    )
    assert (code, err) == (0, "")
    printed = json.loads(out)
    store = Store.open(march, verify=False)
    try:
        expected = report.monthly(Context(store, ctx.actor, ctx.now), "2026-03")
    finally:
        store.close()
    assert printed == expected
    assert printed["month"] == "2026-03" and printed["previous"]["month"] == "2026-02"
    assert printed["sales"] == {"count": 1, "revenue": "1234.50"}
    assert printed["outcomes"]["conversion_pct"] == 33.3
    assert printed["outcomes"]["win_rate_pct"] == 50.0
    assert printed["lost_reasons"]["competitor"] == 1
    assert printed["decision_factors"]["price"] == 1
    # Every channel is present, with zero counts; a figure over nothing is null.
    assert printed["enquiries"]["by_channel"]["email"] == 0
    assert printed["outcomes"]["by_channel"]["email"]["conversion_pct"] is None
    assert printed["previous"]["response"]["median_minutes"] is None
    assert printed["previous"]["enquiries"]["total"] == 0
    # The currency of the revenue (a shop in Slovenia: euros), and the journey of the
    # month's enquiries as the charts show it, stage by stage.
    assert printed["currency"] == "EUR" and list(printed)[:2] == ["month", "currency"]
    assert list(printed["journey"].items()) == [
        ("enquiries", 3),
        ("answered", 3),
        ("purchased", 1),
        ("feedback", 0),
        ("repeat", 0),
        ("advocates", 0),
    ]
    assert printed["previous"]["journey"] == dict.fromkeys(printed["journey"], 0)


def test_text_follows_the_locale(
    march: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    code, out, err = run(capsys, "--db", str(march), "report", "--month", "2026-03")
    assert (code, err) == (0, "")
    assert "Test shop" in out.splitlines()[0]
    assert "marec 2026" in out and "februar 2026" in out
    assert "1.234,50\N{NO-BREAK SPACE}€" in out  # Slovenian: decimal comma, euro after
    assert "33,3\N{NO-BREAK SPACE}%" in out
    assert "Kupljeno drugje\N{NO-BREAK SPACE}1" in out  # the catalogue's words too
    assert all(len(line) <= 80 for line in out.splitlines()), out

    code, out, _ = run(capsys, "--db", str(march), "--lang", "id", "report", "--month", "2026-03")
    assert code == 0
    assert "Maret 2026" in out and "€1.234,50" in out and "33,3%" in out

    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _ = run(capsys, "--db", str(march), "report", "--month", "2026-03")
    assert code == 0  # English words, the figures as written in the shop's country
    assert "March 2026" in out and "1.234,50\N{NO-BREAK SPACE}€" in out and "33,3%" in out


def test_the_text_says_how_fast_each_channel_is_answered(
    ctx: Context, store: Store, db_path: Path, clock, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.set(datetime(2026, 4, 15, 9, 0))
    tuesday = datetime(2026, 3, 3, 9, 0)  # the shop is open from 8:00 to 19:00
    for number, (channel, minutes) in enumerate(
        (("chat", 4), ("chat", 5), ("chat", 6), ("email", 240), ("email", 255), ("phone", None))
    ):
        new = NewEnquiry(
            channel=channel, name=f"C{number}", phone=f"041 111 {number:03d}", received_at=tuesday
        )
        eid = log_enquiry(ctx, new).created_id("enquiry")
        if minutes is not None:
            set_first_response(ctx, eid, tuesday + timedelta(minutes=minutes))
    store.close()

    code, out, err = run(
        capsys, "--db", str(db_path), "--lang", "en", "report", "--month", "2026-03"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("Response by channel"))
    assert "Median, opening hours" in lines[start] and "90 % within, opening hours" in lines[start]
    table = {re.split(r"\s{2,}", line)[0]: re.split(r"\s{2,}", line)[1:] for line in lines[start:]}
    assert table["Chat app"] == ["5 min", "6 min"]  # the median of 4, 5, 6; p90 the 3rd
    assert table["E-mail"] == ["4 h 8 min", "4 h 15 min"]  # (240 + 255) / 2 = 247.5 → 248
    assert table["Phone"] == ["–", "–"]  # never answered: no time, not 0
    assert table["Walk-in"] == ["–", "–"]

    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "sl", "report", "--month", "2026-03")
    assert code == 0 and all(len(line) <= 80 for line in out.splitlines()), out


def test_the_text_writes_every_response_time_as_people_say_it(
    ctx: Context, store: Store, db_path: Path, clock, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.set(datetime(2026, 4, 15, 9, 0))
    tuesday = datetime(2026, 3, 3, 18, 0)  # the shop closes at 19:00
    for number, minutes in enumerate((4, 5, 831)):  # the last one answered next morning
        new = NewEnquiry(
            channel="email", name=f"C{number}", phone=f"041 111 {number:03d}", received_at=tuesday
        )
        eid = log_enquiry(ctx, new).created_id("enquiry")
        set_first_response(ctx, eid, tuesday + timedelta(minutes=minutes))
    store.close()

    for lang in ("en", "sl", "id"):
        code, out, _ = run(
            capsys, "--db", str(db_path), "--lang", lang, "report", "--month", "2026-03"
        )
        assert code == 0
        f = Formats(lang, "SI")
        rows = {
            re.split(r"\s{2,}", line)[0]: re.split(r"\s{2,}", line)[1]
            for line in out.splitlines()
            if re.search(r"\s{2,}", line)
        }
        clock_p90 = rows[translate("MonthReport", "90 % within, clock time")]
        assert clock_p90 == f.duration(831 * 60) == response_time(831, f), out
        assert rows[translate("MonthReport", "Median, clock time")] == f.duration(5 * 60)
        assert not re.search(r"\d[,.]\d (min|mnt)\b", out), out  # never "831,4 min"


def test_an_empty_month_reads_as_dashes_not_zero_percent(
    march: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(march), "--lang", "en", "report", "--month", "2025-01")
    assert code == 0
    conversion = next(line for line in out.splitlines() if line.startswith("Conversion"))
    assert conversion.split()[1:] == ["–", "–"]
    assert "Lost reasons: none" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["report", "--month", "2026-13"], "not a month"),
        (["report", "--month", "October"], "not a month"),
        (["report"], "--month"),
        (["report", "--month", "2026-10", "--format", "xml"], "invalid choice"),
    ],
)
def test_report_mistakes_are_one_sentence(
    march: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = run(capsys, "--db", str(march), *argv)
    assert code != 0 and out == ""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("enquirydesk: "), err
    assert words in err


def test_report_on_a_missing_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "report", "--month", "2026-10")
    assert code != 0 and str(missing) in err
    assert not missing.exists()
