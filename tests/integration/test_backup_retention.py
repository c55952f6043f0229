"""Which automatic backups are kept: the newest of each of the last 12 days, 10 weeks
and 9 months (Anki's rule), worked out here by hand for 60 dated backups."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from enquirydesk.services import maintenance


def test_sixty_dated_backups_keep_exactly_the_retention_set(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    # One backup every third day at 09:00 and at 18:00, from Monday 2026-09-07 to
    # Thursday 2026-12-03: 60 backups.
    days = [date(2026, 9, 7) + timedelta(days=3 * n) for n in range(30)]
    assert days[-1] == date(2026, 12, 3)
    made = []
    for day in days:
        for hour in (9, 18):
            when = datetime(day.year, day.month, day.day, hour)
            (folder / maintenance.backup_name(db, when)).write_bytes(b"a backup")
            made.append(when)
    assert len(made) == 60
    labelled = folder / maintenance.backup_name(db, datetime(2026, 7, 1), "before-restore")
    labelled.write_bytes(b"kept for a reason")

    maintenance.prune_backups(db, folder, 12, 10, 9)

    kept = sorted(when for when, _ in maintenance.backups_of(db, folder))
    evening = [
        (10, 31), (11, 3), (11, 6), (11, 9), (11, 12), (11, 15), (11, 18), (11, 21),
        (11, 24), (11, 27), (11, 30), (12, 3),
    ]  # fmt: skip
    # 12 daily: the 18:00 backup of each of the last 12 days that have one.
    daily = [datetime(2026, m, d, 18) for m, d in evening]
    # 10 weekly: the newest of each of the last 10 ISO weeks, Monday to Sunday:
    # Nov 30–Dec 6 → Dec 3, Nov 23–29 → Nov 27, Nov 16–22 → Nov 21, Nov 9–15 → Nov 15,
    # Nov 2–8 → Nov 6, Oct 26–Nov 1 → Oct 31, Oct 19–25 → Oct 25, Oct 12–18 → Oct 16,
    # Oct 5–11 → Oct 10, Sep 28–Oct 4 → Oct 4.
    weekly = [
        datetime(2026, m, d, 18)
        for m, d in [(12, 3), (11, 27), (11, 21), (11, 15), (11, 6), (10, 31), (10, 25),
                     (10, 16), (10, 10), (10, 4)]
    ]  # fmt: skip
    # 9 monthly: the newest of each month that has one — only four months do.
    monthly = [datetime(2026, m, d, 18) for m, d in [(12, 3), (11, 30), (10, 31), (9, 28)]]
    assert kept == sorted(set(daily) | set(weekly) | set(monthly))
    assert labelled.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [labelled.name, *(maintenance.backup_name(db, when) for when in kept)]
    )


def test_the_newest_backup_is_kept_even_when_nothing_is_to_be_kept(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    for hour in (9, 12, 18):
        (tmp_path / maintenance.backup_name(db, datetime(2026, 12, 3, hour))).write_bytes(b"x")
    maintenance.prune_backups(db, tmp_path, 0, 0, 0)
    assert [w for w, _ in maintenance.backups_of(db, tmp_path)] == [datetime(2026, 12, 3, 18)]
