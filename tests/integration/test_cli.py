"""The command line as a user types it: real files, real exit codes, stderr sentences."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from enquirydesk import __version__
from enquirydesk.cli import locale_country, main
from enquirydesk.i18n import translate


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.sqlite"
    monkeypatch.setenv("ENQUIRYDESK_DB", str(path))
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_sentence(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("enquirydesk: ")
    assert "Traceback" not in err
    assert lines[0].rstrip().endswith((".", ")")), err


def count(path: Path, table: str = "enquiry") -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"EnquiryDesk {__version__}"


@pytest.mark.parametrize("lang", ["sl", "id"])
def test_help_is_wholly_in_the_language_asked_for(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from enquirydesk.cli import ARGPARSE_WORDS, _parser

    commands = next(a for a in _parser()._actions if a.dest == "command").choices
    for argv in (["--help"], *([name, "--help"] for name in commands)):
        with pytest.raises(SystemExit) as stop:
            main(["--lang", lang, *argv])
        assert stop.value.code == 0
        out = capsys.readouterr().out
        english = [w.strip() for w in ARGPARSE_WORDS if "%" not in w and w.strip() in out]
        assert english == [], (argv, out)  # argparse's own words, translated
    version = translate("ArgumentParser", "show program's version number and exit")
    main_help = subprocess.run(
        [sys.executable, "-m", "enquirydesk", "--lang", lang, "--help"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert version in " ".join(main_help.split()) and "version number" not in main_help


def test_add_prints_the_new_id_on_the_last_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "add",
        "--channel",
        "phone",
        "--name",
        "Ana Novak",
        "--phone",
        "041 123 456",
        "--interest",
        "Gorenje fridge",
    )
    assert (code, err) == (0, "")
    first = int(out.splitlines()[-1])
    code, out, _ = run(
        capsys, "add", "--channel", "walk_in", "--name", "Budi Santoso", "--answered"
    )
    assert code == 0
    assert int(out.splitlines()[-1]) == first + 1
    with contextlib.closing(sqlite3.connect(db)) as connection:
        phone, country = connection.execute(
            "SELECT c.phone, (SELECT value FROM setting WHERE key='shop.country') FROM enquiry e "
            "JOIN customer c ON c.id = e.customer_id WHERE e.id = ?",
            (first,),
        ).fetchone()
    assert phone == "+38641123456"  # the shop's country came from the locale
    assert country == '"SI"'


def test_add_names_who_recommended_the_shop(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "add", "--channel", "phone", "--name", "Ana Novak")
    assert code == 0
    with contextlib.closing(sqlite3.connect(db)) as connection:
        (ana,) = connection.execute(
            "SELECT customer_id FROM enquiry WHERE id = ?", (int(out.splitlines()[-1]),)
        ).fetchone()
    code, out, _ = run(
        capsys, "add", "--channel", "walk_in", "--name", "Lea Zupan", "--referred-by", str(ana)
    )
    assert code == 0
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute(
            "SELECT e.referred_by_id, c.referred_by_id, s.key FROM enquiry e "
            "JOIN customer c ON c.id = e.customer_id JOIN source s ON s.id = e.source_id "
            "WHERE e.id = ?",
            (int(out.splitlines()[-1]),),
        ).fetchone() == (ana, ana, "recommendation")
    code, _, err = run(capsys, "add", "--channel", "phone", "--name", "Iva", "--referred-by", "999")
    assert code != 0 and "recommending customer does not exist" in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["add", "--channel", "pigeon", "--name", "Ana"], "Unknown channel 'pigeon'"),
        (["add", "--channel", "phone", "--name", "Ana", "--phone", "12"], "phone"),
        (["add", "--channel", "email", "--name", "Ana", "--email", "ana@"], "e-mail"),
        (["add", "--channel", "phone"], "name, phone or e-mail"),
        (["add", "--name", "Ana"], "--channel"),
        (["add", "--channel", "phone", "--name", "Ana", "--staff", "Nobody"], "No staff member"),
        (["demo", "--enquiries", "lots"], "not a whole number"),
        (["followups", "--due", "tomorrow"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
        (["restore", "/nonexistent/backup.sqlite"], "There is no backup file"),
        (["import", "history.csv"], "no file history.csv"),
        (["report", "--month", "2026-13"], "not a month"),
        (["export", "--month", "2026-10", "--format", "doc", "--out", "x.doc"], "invalid choice"),
    ],
)
def test_a_user_mistake_is_one_sentence_and_a_non_zero_exit(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code != 0
    assert out == ""
    assert_one_sentence(err)
    assert words.lower() in err.lower()


def test_a_refused_add_saves_nothing(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "add", "--channel", "phone", "--name", "Ana")[0] == 0
    before = (count(db), count(db, "customer"), count(db, "operation"))
    code, _, err = run(capsys, "add", "--channel", "phone", "--name", "Marko", "--phone", "+386 12")
    assert code == 1 and "phone" in err.lower()
    assert (count(db), count(db, "customer"), count(db, "operation")) == before


def test_commands_on_a_missing_database_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "shop.sqlite"
    for argv in (["check"], ["backup"], ["followups"]):
        code, _, err = run(capsys, "--db", str(missing), *argv)
        assert code != 0
        assert_one_sentence(err)
        assert str(missing) in err
    assert not missing.exists()


def test_commands_refuse_a_file_that_is_not_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    for argv in (
        ["add", "--channel", "phone", "--name", "Ana"],
        ["check"],
        ["backup"],
        ["followups"],
    ):
        code, _, err = run(capsys, "--db", str(notes), *argv)
        assert code == 1
        assert_one_sentence(err)
        assert "not an EnquiryDesk database" in err
    assert notes.read_text(encoding="utf-8") == "shopping list\n"


def test_followups_lists_what_is_due(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "add",
        "--channel",
        "email",
        "--name",
        "Ana Novak",
        "--email",
        "ana@example.si",
        "--interest",
        "Oven",
    )
    enquiry = out.strip()
    code, out, err = run(capsys, "followups")
    assert code == 0, err
    assert (
        f"#{enquiry}" in out and "Ana Novak" in out and "Respond" in out and "ana@example.si" in out
    )
    assert out.splitlines()[-1] == "1 follow-up."
    code, out, _ = run(capsys, "followups", "--due", "overdue")
    assert code == 0 and out.strip() == "Nothing is overdue."


def test_check_backup_and_restore(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add", "--channel", "phone", "--name", "Ana")
    code, out, err = run(capsys, "check")
    assert code == 0 and "no problems found" in out, err

    code, out, err = run(capsys, "backup", "--out", str(tmp_path / "saved.sqlite"))
    assert code == 0, err
    saved = Path(out.strip())
    assert saved == tmp_path / "saved.sqlite" and count(saved) == 1
    code, _, err = run(capsys, "backup", "--out", str(saved))
    assert code == 1 and "already exists" in err

    code, out, _ = run(capsys, "backup")  # the default folder
    default = Path(out.strip())
    assert default.parent == Path(os.environ["ENQUIRYDESK_HOME"]) / "backups"
    assert default.name.startswith("cli-") and count(default) == 1

    run(capsys, "add", "--channel", "phone", "--name", "Marko")
    assert count(db) == 2
    code, out, err = run(capsys, "restore", str(saved))
    assert code == 0, err
    assert count(db) == 1
    safety = Path(out.split("kept at ")[1].rstrip(".\n"))
    assert count(safety) == 2  # the replaced file is kept
    assert run(capsys, "check")[0] == 0


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add", "--channel", "phone", "--name", "Ana")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    before = db.read_bytes()
    code, _, err = run(capsys, "restore", str(broken))
    assert code == 1
    assert_one_sentence(err)
    assert db.read_bytes() == before


def test_check_reports_damage(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(300):
        run(capsys, "add", "--channel", "phone", "--name", f"Customer {i}", "--interest", "x" * 200)
    from enquirydesk.store.database import Store

    Store.open(db).close()  # checkpoint the WAL into the file
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 5, page * 9):
        data[offset] = 0x55
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "check")
    assert code == 1
    assert_one_sentence(err)
    assert "has a problem" in err


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, ENQUIRYDESK_DB=str(tmp_path / "p.sqlite"))
    result = subprocess.run(
        [sys.executable, "-m", "enquirydesk", "add", "--channel", "fax", "--name", "Ana"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "PySide6" not in result.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`enquirydesk followups | head -1`: the pipe closes before everything is written."""
    env = dict(os.environ, ENQUIRYDESK_DB=str(tmp_path / "p.sqlite"))
    add = [sys.executable, "-m", "enquirydesk", "add", "--channel", "phone", "--name", "Ana"]
    subprocess.run(add, check=True, env=env, capture_output=True, timeout=60)
    process = subprocess.Popen(
        [sys.executable, "-m", "enquirydesk", "followups"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    process.stdout.close()  # before Python has even started: every write meets a closed pipe
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err.decode()) == (0, "")


def test_the_locale_gives_the_country(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert locale_country() == ""
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert locale_country() == "ID"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert locale_country() == "ID"
    monkeypatch.setenv("LC_ALL", "sl_SI@euro")
    assert locale_country() == "SI"


def _country_and_phone(path: Path) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        country = connection.execute(
            "SELECT value FROM setting WHERE key = 'shop.country'"
        ).fetchone()
        phone = connection.execute("SELECT phone FROM customer ORDER BY id LIMIT 1").fetchone()
    return (country[0].strip('"') if country else ""), phone[0]


def test_demo_makes_a_shop_of_the_country_asked_for(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")  # a system that names no country
    code, out, err = run(capsys, "demo", "--enquiries", "40", "--country", "id")
    assert code == 0, err
    country, phone = _country_and_phone(db)
    assert country == "ID" and phone.startswith("+628")
    # Only into an empty file: the country of a shop with enquiries is left alone.
    code, out, err = run(capsys, "demo", "--enquiries", "40", "--country", "SI")
    assert code == 2 and out == ""
    assert_one_sentence(err)
    assert "already has enquiries" in err
    assert _country_and_phone(db)[0] == "ID" and count(db) == 40
    code, out, err = run(capsys, "--db", str(db.with_name("x.sqlite")), "demo", "--country", "XX")
    assert code == 2
    assert_one_sentence(err)
    assert "XX is not a country code" in err


def test_demo_in_a_language_without_a_country_is_a_shop_of_that_language(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, _, err = run(capsys, "--lang", "sl", "demo", "--enquiries", "40")
    assert code == 0, err
    country, phone = _country_and_phone(db)
    assert country == "SI" and phone.startswith("+386")
    other = db.with_name("english.sqlite")
    code, _, err = run(capsys, "--db", str(other), "demo", "--enquiries", "40")
    assert code == 0, err
    country, phone = _country_and_phone(other)
    assert country == "" and phone.startswith("+44")  # an English shop, with no country
