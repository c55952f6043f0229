"""The shop's database server: the password of each server database, kept in the
system's keyring (Windows Credential Manager, the macOS Keychain, the Secret Service of
Linux desktops) through `keyring`, never in a settings file.

A password is filed under the database's address without it ("postgresql://shop@
192.168.1.10/shop"). Where no keyring works (a server without a desktop session) the
password comes from ``PGPASSWORD`` or the user's ``~/.pgpass``, which the PostgreSQL
client library reads by itself: nothing is asked here.
"""

from __future__ import annotations

import logging
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from enquirydesk.store import postgres

SERVICE = "EnquiryDesk"
DEFAULT_PORT = 5432

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerAddress:
    """What the window asks for to connect to the shop's server."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = urllib.parse.quote(self.user, safe="")
        database = urllib.parse.quote(self.database, safe="")
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"postgresql://{user}@{host}{port}/{database}"

    @classmethod
    def parse(cls, address: str) -> ServerAddress:
        parts = urllib.parse.urlsplit(postgres.without_password(address))
        return cls(
            host=parts.hostname or "localhost",
            database=urllib.parse.unquote(parts.path.lstrip("/")),
            user=urllib.parse.unquote(parts.username or ""),
            port=parts.port or DEFAULT_PORT,
        )


def is_address(value: object) -> bool:
    return postgres.is_address(value)


def describe(address: str) -> str:
    """ "shop on 192.168.1.10": how the window names a database on a server."""
    return postgres.describe(address)  # (host and database only: never a password)


def identity_path(address: str) -> Path:
    """What stands for the server database in what this PC keeps per database (the
    one-window lock, the window's layout): the same `store.path` its store has."""
    return postgres.identity_path(address)


def check(address: str, password: str | None = None) -> None:
    """Connect to the server once and let go, without opening the shop's database for
    this program: the connect dialog's question "does the server let us in?", asked
    off the window's thread. Raises `ServerUnreachableError` with a plain sentence when
    the server cannot be reached (within `postgres.CONNECT_TIMEOUT_S`), refuses the user
    name or password, or has no such database."""
    database = postgres.make_database(address, password)
    try:
        database.connect()  # the server's answer to the user name and password is in it
    except Exception as error:
        translated = explain(error, address)
        if translated is error:
            raise
        raise translated from None
    finally:
        database.close()


def explain(error: BaseException, address: str) -> BaseException:
    """The plain sentence for what connecting to the server at `address` met (see
    `postgres.translate_error`); `error` itself when it is a bug."""
    return postgres.translate_error(error, address)


def password_in(address: str) -> str | None:
    """A password written into the address itself (discouraged: it shows in the list of
    running programs), or None."""
    password = urllib.parse.urlsplit(address).password
    return None if password is None else urllib.parse.unquote(password)


def saved_password(address: str) -> str | None:
    """The password kept for this database in the system's keyring, or None (none kept,
    or no keyring on this system)."""
    try:
        import keyring

        return keyring.get_password(SERVICE, postgres.without_password(address))
    except Exception as error:  # no keyring backend, a locked or broken one
        log.info("no password from the keyring: %s", error)
        return None


def remember_password(address: str, password: str) -> bool:
    """Keep the password in the system's keyring; False when there is no keyring."""
    try:
        import keyring

        keyring.set_password(SERVICE, postgres.without_password(address), password)
    except Exception as error:
        log.warning("the keyring did not keep the password: %s", error)
        return False
    return True


def forget_password(address: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, postgres.without_password(address))
    except Exception as error:  # none kept, or no keyring
        log.info("no password forgotten: %s", error)


def password_for(address: str) -> str | None:
    """The password to connect with: the one in the address, else the keyring's."""
    return password_in(address) or saved_password(address)
