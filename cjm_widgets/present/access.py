"""Who may open the participants' page: a short access code, the URLs that carry it, and their QR codes.

The code is Voilà's login token: without it the server answers every page, kernel and websocket
request with its login form, so nobody on the room's Wi-Fi sees the map by finding the port.
``cjm present`` keeps the session (code, URLs, whether totals are revealed) in a small file in the
client folder, which the facilitator's notebook and the participants' kernels read.
"""
from __future__ import annotations

import ipaddress
import json
import os
import re
import secrets
import socket
import struct
import sys
from io import StringIO
from pathlib import Path

import segno

from ..clientdir import ClientDir
from ..errors import InputError
from ..model import write_json

CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or typed from a slide
CODE_LENGTH = 6
CODE_RULE = re.compile(r"[A-Za-z0-9_-]{6,64}")


def new_code() -> str:
    """A fresh code per session: 31^6 (~9·10^8) choices, from the OS's secure random source."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def check_code(code: str) -> str:
    if not CODE_RULE.fullmatch(code):
        raise InputError("--code", f"{code!r} cannot be an access code.",
                         fix="use 6 to 64 letters, digits, '-' or '_', or leave --code out for a fresh one.")
    return code


def network_addresses() -> list[str]:
    """This computer's IPv4 addresses that other laptops can reach (no loopback, no link-local)."""
    found = set(_interface_addresses())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # picks the outgoing address; sends nothing
        try:
            probe.connect(("192.0.2.1", 9))
            found.add(probe.getsockname()[0])
        except OSError:
            pass
    try:
        found.update(info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET))
    except OSError:
        pass
    usable = [a for a in found if not (ipaddress.ip_address(a).is_loopback or ipaddress.ip_address(a).is_link_local
                                       or ipaddress.ip_address(a).is_unspecified)]
    return sorted(usable, key=ipaddress.ip_address)


def participant_urls(host: str, port: int, code: str) -> list[str]:
    """The full URLs to hand out: one per reachable address when serving on all interfaces."""
    if host in ("0.0.0.0", "", "::"):
        hosts = network_addresses() or ["127.0.0.1"]
    else:
        hosts = [host]
    return [f"http://{h}:{port}/?token={code}" for h in hosts]


def qr_text(url: str) -> str:
    """The URL as a QR code drawn with block characters, for the terminal."""
    buffer = StringIO()
    segno.make(url, error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()


def qr_svg(url: str) -> str:
    """The URL as an inline SVG QR code, for the facilitator's notebook."""
    return segno.make(url, error="m").svg_inline(scale=5, title=url)


def write_session(client_dir, session: dict) -> Path:
    path = ClientDir(client_dir).present_session
    write_json(path, session)
    path.chmod(0o600)  # the code is only for the facilitator's account and the page it starts
    return path


def read_session(client_dir) -> dict:
    """The running session, or {} when ``cjm present`` is not serving this client (also when it
    was killed without cleaning up: its process is gone)."""
    try:
        session = json.loads(ClientDir(client_dir).present_session.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    try:
        os.kill(session.get("pid", os.getpid()), 0)
    except ProcessLookupError:
        return {}
    except PermissionError:
        pass  # alive, under another account
    return session


def _interface_addresses() -> list[str]:
    """Every interface's IPv4 address (Linux ioctl SIOCGIFADDR; elsewhere the probes above suffice)."""
    if not sys.platform.startswith("linux"):
        return []
    import fcntl

    found = []
    for _, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                packed = fcntl.ioctl(sock.fileno(), 0x8915, struct.pack("256s", name.encode()[:15]))
            except OSError:
                continue  # no IPv4 address on this interface
            found.append(socket.inet_ntoa(packed[20:24]))
    return found
