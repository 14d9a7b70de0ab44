"""An orders export (Shopify, WooCommerce or a generic CSV/XLSX) as one row per order.

Shopify writes one row per line item with the order's own fields only on its first row, and
some WooCommerce plugins do the same; so every format is read by one rule: rows are grouped by
order id, the first row of an order carries its fields, later rows of it are line items. Which
orders count for the KPIs is decided in ``commerce`` (analysis), not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .config import ORDER_FORMATS
from .errors import InputError, problem
from .labels import Listed, phrase
from .survey.scales import parse_number
from .survey.tables import column_of, header_key, read_table

# the columns each format names; every entry lists the accepted headers (lower case) by preference
COLUMNS = {
    "shopify": {"order": ("name",), "email": ("email",), "customer_id": ("customer id",),
                "date": ("created at",), "total": ("total",), "refunded": ("refunded amount",),
                "status": ("financial status",), "cancelled": ("cancelled at",)},
    "woocommerce": {"order": ("order id", "order number", "order #"),
                    "email": ("billing email", "email (billing)", "customer email", "billing_email"),
                    "customer_id": ("customer user id", "customer id", "customer_user", "customer_id"),
                    "date": ("order date", "date created", "date"),
                    "total": ("order total", "order total amount", "order_total", "total", "net sales"),
                    "refunded": ("order refund amount", "refund amount", "refunded amount", "order refunds"),
                    "status": ("order status", "status"), "cancelled": ()},
    "generic": {"order": ("order id", "order_id", "order", "order number", "id"),
                "email": ("email", "e-mail", "customer email", "customer_email"),
                "customer_id": ("customer id", "customer_id", "customer"),
                "date": ("date", "order date", "created at", "created", "order_date"),
                "total": ("total", "order total", "amount", "value"),
                "refunded": ("refunded", "refunded amount", "refund", "refunds"),
                "status": ("status", "order status"), "cancelled": ("cancelled at", "cancelled")},
}
REQUIRED = ("order", "date", "total")
WOOCOMMERCE_ONLY = ("order status", "billing email", "email (billing)", "customer user id", "order total amount",
                    "order refund amount", "order #", "net sales")  # headers other exports do not write
FRAME_COLUMNS = ("order_id", "email", "customer_id", "customer", "date", "total", "refunded",
                 "status", "cancelled", "line")
_MONEY_NOISE = re.compile(r"[^\d,.\-\s\u00a0\u202f]")
_OFFSET = r"(?<=:\d\d)(\.\d+)?\s*(?:Z|UTC|[+-]\d\d:?\d\d)$"  # after a time: 14:05:00 +0100, 14:05Z


@dataclass
class Orders:
    """The orders (one row each, columns FRAME_COLUMNS) and what could not be read."""

    frame: pd.DataFrame
    file: str
    format: str
    line_items: int = 0  # rows that were further line items of an order above them
    problems: list[str] = field(default_factory=list)


def customer_key(text) -> str:
    """One spelling per customer: e-mails and ids compared without case and outer spaces."""
    return str(text or "").strip().casefold()


def read_orders(path, format: str = "auto", *, language: str = "en") -> Orders:
    """Read an orders export; bad rows are listed in ``problems`` (file, line, column, fix; said in
    ``language``), never dropped silently."""
    path = Path(path)
    if format not in ORDER_FORMATS:
        raise InputError("kit.yaml", column="orders.format", key="ord_bad_format", format=format,
                         formats=", ".join(ORDER_FORMATS))
    if not path.is_file():
        raise InputError(path, key="file_not_found", fix_key="ord_not_found_fix")
    table = read_table(path, language=language)
    if len(table.records) < 2:
        raise InputError(path, key="ord_no_rows")
    (header_line, header), body = table.records[0], table.records[1:]
    names = [header_key(c) for c in header]
    chosen = detect_format(names) if format == "auto" else format
    if chosen is None:
        raise InputError(path, line=header_line, key="ord_unknown_export", columns=", ".join(header))
    index = {key: column_of(names, wanted) for key, wanted in COLUMNS[chosen].items()}
    missing = [key for key in REQUIRED if index[key] is None]
    if missing:
        names = {key: Listed(tuple(map(repr, COLUMNS[chosen][key])), phrase("kit_or")) for key in missing}
        wanted = Listed(tuple(phrase("ord_wanted", field=key, names=said) for key, said in names.items()), "; ")
        raise InputError(path, line=header_line, key="ord_missing_columns", format=chosen, wanted=wanted)
    orders = Orders(pd.DataFrame(columns=list(FRAME_COLUMNS)), str(path), chosen)
    rows, seen, problems = [], {}, []
    if index["email"] is None and index["customer_id"] is None:
        problems.append((header_line, problem(path.name, language, key="ord_no_customer")))
    for line, cells in body:
        row = _order_row(path, header, index, line, cells, seen, orders, problems, language)
        if row is not None:
            rows.append(row)
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    dates = parse_dates(frame["date"])
    column = header[index["date"]]
    problems += [(line, problem(path.name, language, line=line, column=column, key="ord_bad_date", text=text))
                 for line, text in zip(frame["line"][dates.isna()], frame["date"][dates.isna()])]
    orders.frame = frame.assign(date=dates)[dates.notna()].reset_index(drop=True)
    orders.problems = list(table.problems) + [text for _, text in sorted(problems)]
    if orders.frame.empty:
        first = orders.problems[0] if orders.problems else phrase("ord_no_rows_left")
        raise InputError(path, key="ord_no_usable", fix_key="correct_export_fix", first=first)
    return orders


def detect_format(names: list[str]) -> str | None:
    """Shopify by its order and financial columns, WooCommerce by a header only it writes, else generic."""
    if {"name", "created at", "total", "financial status"} <= set(names):
        return "shopify"
    if column_of(names, COLUMNS["woocommerce"]["order"]) is not None and column_of(names, WOOCOMMERCE_ONLY) is not None:
        return "woocommerce"
    generic = COLUMNS["generic"]
    if all(column_of(names, generic[key]) is not None for key in REQUIRED):
        return "generic"
    return None


def _order_row(path, header, index, line, cells, seen: dict, orders: Orders, problems: list,
               language: str) -> dict | None:
    """The order starting on this row, or None (a line item, or a bad row put in ``problems``);
    ``seen`` maps each order id to its row, or to None when its first row was left out."""
    def cell(key: str) -> str:
        i = index.get(key)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def bad(key: str, text_key: str, **params) -> None:
        problems.append((line, problem(path.name, language, line=line, column=header[index[key]], key=text_key,
                                       **params)))

    order_id = cell("order")
    if not order_id:
        bad("order", "ord_no_id")
        return None
    if order_id in seen:  # a further line item of an order above
        first = seen[order_id]
        total = cell("total")
        if first is not None and total and parse_money(total) not in (None, first["total"]):
            bad("total", "ord_other_total", order=order_id, first=first["line"])
        else:
            orders.line_items += 1
        return None
    seen[order_id] = None
    total = parse_money(cell("total"))
    if total is None or total < 0:
        bad("total", "ord_bad_total", value=cell("total"))
        return None
    refunded = parse_money(cell("refunded")) if cell("refunded") else 0.0
    if refunded is None or refunded < 0:
        bad("refunded", "ord_bad_refund", value=cell("refunded"))
        return None
    email = customer_key(cell("email"))
    customer_id = customer_key(cell("customer_id"))
    customer_id = "" if customer_id == "0" else customer_id  # WooCommerce's guest
    seen[order_id] = {"order_id": order_id, "email": email or None, "customer_id": customer_id or None,
            "customer": email or (f"id:{customer_id}" if customer_id else None), "date": cell("date"),
            "total": total, "refunded": refunded, "status": cell("status").lower().removeprefix("wc-"),
            "cancelled": bool(cell("cancelled")), "line": line}
    return seen[order_id]


def parse_money(text: str) -> float | None:
    """An amount as shops write it: '129.90', '1 234,50 zł', '$12.00', 'EUR 12'."""
    return parse_number(_MONEY_NOISE.sub("", text)) if text else None


def parse_dates(texts: pd.Series) -> pd.Series:
    """The shop's wall-clock times as written (an offset is dropped, not converted, so a day is
    the day in the file): ISO for the whole column at once (Shopify, WooCommerce), then day-first
    (31.03.2024, 31/03/2024) for the rest; NaT where no date can be read."""
    wall = texts.astype(str).str.strip().str.replace(_OFFSET, r"\1", regex=True)
    dates = pd.to_datetime(wall, format="ISO8601", errors="coerce")
    for i in dates.index[dates.isna() & (wall != "")]:
        try:
            dates[i] = pd.to_datetime(wall[i], dayfirst=True)
        except (ValueError, OverflowError):
            continue
    return dates
