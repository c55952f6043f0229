"""Where a live database must not be: a network drive or a cloud-sync folder.

SQLite's locking is unreliable over network file systems (NFS, SMB/CIFS, SSHFS...),
and a sync client (OneDrive, Dropbox, Google Drive...) copies the file and its
``-wal`` separately, at moments of its own choosing: both corrupt the file sooner
or later. A shop with several PCs needs a database server instead. These are the
pure rules; `services.location` gathers what the operating system says.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from enquirydesk.i18n import translate

# File system types (Linux's names) that live on another computer.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "ceph", "glusterfs", "lustre", "gpfs", "beegfs", "davfs", "fuse.sshfs", "sshfs",
        "fuse.glusterfs", "fuse.cephfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
        "fuse.gcsfuse", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.onedriver",
    }
)  # fmt: skip

# Folder names the sync clients make (compared without case and spaces).
CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "googledrive": "Google Drive",
    "mydrive": "Google Drive",
    "iclouddrive": "iCloud Drive",
    "mobiledocuments": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "pclouddrive": "pCloud",
    "megasync": "MEGA",
    "mega": "MEGA",
    "box": "Box",
    "boxsync": "Box",
    "boxdrive": "Box",
    "syncthing": "Syncthing",
    "yandex.disk": "Yandex Disk",
}

# Names common enough as ordinary folders ("box", "mega") that they count only where
# their clients put them: straight in the user's home folder.
HOME_ONLY = frozenset({"box", "mega"})
HOME_FOLDERS = frozenset({"home", "users"})

# Windows' GetDriveType answer for a mapped network drive.
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Risk:
    """Why the place is unsafe: ``network`` or ``cloud``, and what it is called (for a
    network, in the user's language: "a network share"; for a cloud, its brand name)."""

    kind: str
    name: str


def mount_of(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The file system type of the deepest mount point holding `path` (POSIX paths)."""
    best, found = -1, None
    for point, fstype in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) > best:
            best, found = len(point), fstype
    return found


def classify(
    path: str,
    *,
    mounts: list[tuple[str, str]] = (),  # type: ignore[assignment]
    windows_drive_type: int | None = None,
) -> Risk | None:
    """Is the database at `path` (absolute, links resolved) on a network drive or in a
    cloud-sync folder? `mounts` are (mount point, type) pairs on Linux;
    `windows_drive_type` is GetDriveType of its drive on Windows."""
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        #: Put into "This file is on {name}. SQLite's locking cannot be trusted…"
        return Risk("network", translate("Storage", "a network share"))
    if path.startswith("\\\\?\\UNC\\"):
        #: Put into "This file is on {name}. SQLite's locking cannot be trusted…"
        return Risk("network", translate("Storage", "a network share"))
    if windows_drive_type == DRIVE_REMOTE:
        #: {drive} is a Windows drive letter like "Z:". Put into "This file is on {name}. …"
        return Risk(
            "network", translate("Storage", "the network drive {drive}").format(drive=path[:2])
        )
    fstype = mount_of(path, list(mounts)) if mounts else None
    if fstype is not None and fstype.lower() in NETWORK_FILE_SYSTEMS:
        #: {type} is a file system's name like "nfs" or "cifs". Put into "This file is on {name}."
        return Risk("network", translate("Storage", "a network drive ({type})").format(type=fstype))
    parts = PurePath(path).parts[:-1]
    for at, part in enumerate(parts):
        squeezed = part.lower().replace(" ", "").replace("_", "")
        if squeezed in HOME_ONLY and not _in_home(parts, at):
            continue
        name = CLOUD_FOLDERS.get(squeezed) or next(
            (
                shown
                for key, shown in CLOUD_FOLDERS.items()
                if squeezed.startswith((key + "-", key + "("))
            ),
            None,
        )  # "OneDrive - Contoso" is a business OneDrive, "Dropbox (Personal)" a Dropbox
        if name is not None:
            return Risk("cloud", name)
    return None


def _in_home(parts: tuple[str, ...], at: int) -> bool:
    """Whether `parts[at]` is a folder straight in a user's home (/home/ana/Box,
    C:\\Users\\Ana\\Box, /root/Box)."""
    parent = [part.lower() for part in parts[:at]]
    return (len(parent) >= 2 and parent[-2].strip("/\\") in HOME_FOLDERS) or parent[-1:] == ["root"]
