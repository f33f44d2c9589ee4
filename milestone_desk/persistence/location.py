"""Is the company file somewhere SQLite is not safe? Cloud-sync folders and network drives.

Sync clients copy a database half-written and make "conflicted copies"; network file systems
break SQLite's locking. Both damage books. This only warns: the user may know better.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path, PurePath, PureWindowsPath

#: Network and remote file systems as named in /proc/mounts.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.davfs2",
        "fuse.glusterfs",
    }
)

_ADVICE = "keep the company file in a local folder and let the backups go to the cloud or network instead."


def _cloud_name(parts: tuple[str, ...], home: PurePath | None) -> str | None:
    lowered = [p.lower() for p in parts]
    for i, part in enumerate(lowered):
        parent = lowered[i - 1] if i else ""
        if part == "dropbox" or part.startswith(("dropbox (", "dropbox-")):
            return "Dropbox"
        if part == "onedrive" or part.startswith(("onedrive - ", "onedrive-")):
            return "OneDrive"
        if part in ("icloud drive", "iclouddrive", "mobile documents") or part.startswith("icloud~"):
            return "iCloud Drive"
        if part in ("google drive", "googledrive", "my drive") or part.startswith("googledrive-"):
            return "Google Drive"
        if part == "box sync" or part.startswith("box-"):
            return "Box"
        if part == "box" and (parent == "cloudstorage" or (home and parts[:i] == home.parts)):
            return "Box"
    for i, part in enumerate(lowered):
        if part == "cloudstorage" and i and lowered[i - 1] == "library":
            return "cloud storage"
    return None


def _mount_type(path: str, mounts: str) -> str | None:
    """The file-system type of the longest mount point containing ``path``."""
    best, kind = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].encode().decode("unicode_escape")  # \040 for spaces
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _windows_remote_drive(drive: str) -> bool:
    try:
        import ctypes

        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return False


def risky_location(
    path: str | os.PathLike[str],
    *,
    system: str | None = None,
    mounts: str | None = None,
    home: str | os.PathLike[str] | None = None,
) -> str | None:
    """A sentence warning that the file lives in a cloud-sync folder or on a network path, else None.

    ``system``, ``mounts`` (the text of /proc/mounts) and ``home`` are for tests; by default they are
    read from this machine.
    """
    system = system or platform.system()
    raw = os.fspath(path)
    if system == "Windows" or raw.startswith(("\\\\", "//")):
        win = PureWindowsPath(raw)
        drive = win.drive
        if drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\", "//?/")):
            return f"The company file is on a network share ({drive}); {_ADVICE}"
        if drive.upper().startswith("\\\\?\\UNC"):
            return f"The company file is on a network share; {_ADVICE}"
        cloud = _cloud_name(win.parts, PureWindowsPath(home) if home else None)
        if cloud:
            return f"The company file is in a {cloud} folder, which syncs it while it is in use; {_ADVICE}"
        if system == "Windows" and mounts is None and drive and _windows_remote_drive(drive):
            return f"The company file is on a network drive ({drive}); {_ADVICE}"
        return None
    resolved = Path(raw).expanduser()
    try:
        resolved = resolved.resolve()
    except OSError:
        pass
    home_path = Path(home) if home else Path.home()
    cloud = _cloud_name(resolved.parts, home_path)
    if cloud:
        return f"The company file is in a {cloud} folder, which syncs it while it is in use; {_ADVICE}"
    text = str(resolved)
    if system == "Darwin" and len(resolved.parts) > 2 and resolved.parts[1] == "Volumes":
        volume = Path("/Volumes", resolved.parts[2])
        try:
            on_boot = os.stat(volume).st_dev == os.stat("/").st_dev
        except OSError:
            on_boot = False
        if not on_boot:
            return (
                f"The company file is on the volume {resolved.parts[2]!r}, a network share or "
                f"external disk; {_ADVICE}"
            )
    if system == "Linux":
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                mounts = ""
        kind = _mount_type(text, mounts)
        if kind in NETWORK_FS:
            return f"The company file is on a network file system ({kind}); {_ADVICE}"
    return None
