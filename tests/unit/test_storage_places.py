"""Where a live database must not be: network drives and cloud-sync folders are told
apart from ordinary folders, by the rules of `domain.storage.classify`."""

from __future__ import annotations

import pytest

from enquirydesk.domain.storage import DRIVE_REMOTE, classify

MOUNTS = [("/", "ext4"), ("/mnt/shop", "nfs4"), ("/mnt/shop/local", "ext4"), ("/srv", "cifs")]


@pytest.mark.parametrize(
    ("path", "kind", "name"),
    [
        ("\\\\server\\shop\\enquirydesk.sqlite", "network", "a network share"),
        ("//server/shop/enquirydesk.sqlite", "network", "a network share"),
        ("\\\\?\\UNC\\server\\shop\\x.sqlite", "network", "a network share"),
        ("/mnt/shop/x.sqlite", "network", "a network drive (nfs4)"),
        ("/srv/data/x.sqlite", "network", "a network drive (cifs)"),
        ("/home/ana/OneDrive/x.sqlite", "cloud", "OneDrive"),
        ("/home/ana/OneDrive - Contoso/x.sqlite", "cloud", "OneDrive"),
        ("/home/ana/Dropbox/shop/x.sqlite", "cloud", "Dropbox"),
        ("/home/ana/Dropbox (Personal)/x.sqlite", "cloud", "Dropbox"),
        ("/home/ana/Dropbox (Toko Maju)/x.sqlite", "cloud", "Dropbox"),
        ("/home/ana/Google Drive/x.sqlite", "cloud", "Google Drive"),
        ("/home/ana/Nextcloud/x.sqlite", "cloud", "Nextcloud"),
        ("/home/ana/Box/x.sqlite", "cloud", "Box"),
        ("/home/ana/MEGA/x.sqlite", "cloud", "MEGA"),
        ("/root/Box/x.sqlite", "cloud", "Box"),
        ("/Users/ana/Box Sync/x.sqlite", "cloud", "Box"),
    ],
)
def test_places_that_are_not_safe_are_named(path: str, kind: str, name: str) -> None:
    risk = classify(path, mounts=MOUNTS)
    assert risk is not None and (risk.kind, risk.name) == (kind, name)


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/.local/share/EnquiryDesk/enquirydesk.sqlite",
        "/mnt/shop/local/x.sqlite",  # a local disk mounted inside the share's folder
        "/home/ana/Documents/box/x.sqlite",  # a folder that happens to be called "box"
        "/home/ana/projects/mega/x.sqlite",
        "/home/ana/Dropboxes.sqlite",  # the file's own name never counts
        "\\\\?\\C:\\shop\\x.sqlite",  # a long local path on Windows, not a share
    ],
)
def test_ordinary_folders_are_left_alone(path: str) -> None:
    assert classify(path, mounts=MOUNTS) is None


def test_a_mapped_windows_drive_is_named_by_its_letter() -> None:
    risk = classify("Z:\\shop\\x.sqlite", windows_drive_type=DRIVE_REMOTE)
    assert risk is not None and risk.kind == "network" and "Z:" in risk.name
    assert classify("C:\\shop\\x.sqlite", windows_drive_type=3) is None
