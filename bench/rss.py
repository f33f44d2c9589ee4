"""Peak resident memory of this process in MB.

``ru_maxrss`` survives ``execve`` on Linux: a child started by the bench inherits the bench's own
high-water mark. ``VmHWM`` in /proc/self/status belongs to the process's fresh address space, so it
is the child's own peak; elsewhere ``ru_maxrss`` is used.
"""

from __future__ import annotations

import resource
import sys


def peak_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB elsewhere
