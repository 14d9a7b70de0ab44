"""Commerce KPIs from an orders export: AOV, orders per customer, repeat rate, retention.

A counted order is not cancelled (no `Cancelled at`, status not voided/cancelled/failed) and its
net value (total − refunded) is above 0. A customer is an e-mail (compared without case) or a
customer id with at least one counted order; guest checkouts are counted orders of no customer.
Rates are shares 0..1 (as persona shares) with Wilson 95% intervals, AOV has a t-interval. Per persona,
respondents join customers by the sha256 of their normalised e-mail or id: the key itself is
never part of a result.
"""
from __future__ import annotations

import hashlib
import math
from typing import Iterable, Mapping, Optional, Sequence

import pandas as pd

from .errors import InputError
from .kpis import wilson_share
from .orders import customer_key, parse_money
from .scoring import t_quantile_975
from .values import is_blank

NOT_COUNTED_STATUSES = ("voided", "void", "cancelled", "canceled", "failed")
RETENTION_DAYS = (30, 60, 90)
# the stage whose KPI lane shows each KPI, by the built-in stage models' ids (aidp, ecommerce, 5a)
KPI_LANES = {"aov": ("decision", "purchase_decision", "act"),
             "repeat_rate": ("post_purchase", "repeat_purchase", "advocate"),
             "retention_90d": ("post_purchase", "repeat_purchase", "advocate")}


def hashed(key) -> str:
    """The join key as compared: sha256 of the normalised e-mail or id."""
    return hashlib.sha256(customer_key(key).encode("utf-8")).hexdigest()


def net_value(frame: pd.DataFrame) -> pd.Series:
    """Total − refunded; status "refunded" with no refunded amount in the export is a full refund."""
    full_refund = (frame["status"] == "refunded") & (frame["refunded"] == 0)
    return (frame["total"] - frame["refunded"]).where(~full_refund, 0.0)


def counted_orders(frame: pd.DataFrame) -> pd.DataFrame:
    """The orders the KPIs use, with their ``net`` value (the rule in the module docstring)."""
    net = net_value(frame)
    keep = ~frame["cancelled"] & ~frame["status"].isin(NOT_COUNTED_STATUSES) & (net > 0)
    return frame[keep].assign(net=net[keep])


def commerce_kpis(frame: pd.DataFrame, personas: Optional[Mapping[str, str]] = None, *,
                  hashed_keys: bool = False) -> dict:
    """Everything for out/kpis.json. ``personas`` maps a respondent's e-mail or customer id (or,
    with ``hashed_keys``, its ``hashed()`` form, so the clear key need never be stored) to their
    persona; aov, repeat_rate and retention_90d then get ``by_persona``."""
    counted = counted_orders(frame)
    per = _per_customer(counted)
    last = frame["date"].max()  # the export's last order date, counted or not
    result = {
        "orders": {"rows": len(frame), "counted": len(counted),
                   "cancelled": int((frame["cancelled"] | frame["status"].isin(NOT_COUNTED_STATUSES)).sum()),
                   "fully_refunded": int((net_value(frame) <= 0).sum()),
                   "guest_orders": int(counted["customer"].isna().sum())},
        "aov": _mean_interval(counted["net"].tolist()),
        "orders_per_customer": {"value": float(per["orders"].mean()) if len(per) else None, "n": len(per)},
        "repeat_rate": _repeat_rate(per),
        "retention_90d": _retention(per, last, 90),
        "retention_by_cohort": _cohorts(per, last),
        "time_to_second_order": _time_to_second(per),
    }
    groups = persona_of_customers(frame, personas or {}, hashed_keys=hashed_keys)
    for name in ("aov", "repeat_rate", "retention_90d"):
        result[name]["by_persona"] = {}
    for persona, customers in sorted(groups.items()):
        own = per[per.index.isin(customers)]
        own_orders = counted["net"][counted["customer"].isin(customers)]
        result["aov"]["by_persona"][persona] = _mean_interval(own_orders.tolist())
        result["repeat_rate"]["by_persona"][persona] = _repeat_rate(own)
        result["retention_90d"]["by_persona"][persona] = _retention(own, last, 90)
    result["joined_customers"] = sum(len(c) for c in groups.values())
    return result


def _repeat_rate(per: pd.DataFrame) -> dict:
    """% of customers with 2+ counted orders."""
    return _rate(int((per["orders"] >= 2).sum()), len(per))


def _retention(per: pd.DataFrame, last, days: int) -> dict:
    """% of customers whose first counted order is at least ``days`` before ``last`` who ordered
    again within ``days`` of their first; calendar days, as a person counts them."""
    eligible = per[per["first"] <= pd.Timestamp(last).normalize() - pd.Timedelta(days=days)]
    again = (eligible["second"] - eligible["first"]) <= pd.Timedelta(days=days)
    return _rate(int(again.sum()), len(eligible))


def _cohorts(per: pd.DataFrame, last) -> list[dict]:
    """Per month of the first counted order: retention at 30, 60 and 90 days."""
    months = per["first"].dt.strftime("%Y-%m")
    return [{"month": month, "customers": int((months == month).sum()),
             **{f"retention_{d}d": _retention(per[months == month], last, d) for d in RETENTION_DAYS}}
            for month in sorted(months.unique())]


def _time_to_second(per: pd.DataFrame) -> dict:
    """Median days from a customer's first to second counted order, over customers with two."""
    days = (per["second"] - per["first"]).dropna().dt.days
    return {"value": float(days.median()) if len(days) else None, "n": len(days), "unit": "days"}


def lane_of(kpi: str, stage_ids: Sequence[str]) -> Optional[str]:
    """The journey's stage where a commerce KPI belongs (AOV at the decision, repeat purchase and
    retention after it), or None when the team removed or renamed those stages."""
    return next((s for s in KPI_LANES.get(kpi, ()) if s in stage_ids), None)


def persona_of_customers(frame: pd.DataFrame, personas: Mapping[str, str], *,
                         hashed_keys: bool = False) -> dict[str, set]:
    """Persona -> the customers of the export whose hashed e-mail or id a respondent's matches
    (every persona of ``personas`` is listed, one no customer joins with an empty set)."""
    lookup = ({key: persona for key, persona in personas.items() if key and persona} if hashed_keys else
              {hashed(key): persona for key, persona in personas.items() if customer_key(key) and persona})
    groups: dict[str, set] = {persona: set() for persona in lookup.values()}
    known = frame.dropna(subset=["customer"]).drop_duplicates("customer")
    for customer, email, customer_id in known[["customer", "email", "customer_id"]].itertuples(index=False):
        keys = [k for k in (email, customer_id) if isinstance(k, str) and k]
        persona = next((lookup[h] for h in map(hashed, keys) if h in lookup), None)
        if persona:
            groups.setdefault(persona, set()).add(customer)
    return groups


def survey_aov(values: Sequence, personas: Sequence[Optional[str]], *, origin: str = "survey") -> dict:
    """AOV from a survey's "value of your last order" answers when there is no orders file;
    ``personas`` gives each answer's persona (or None). Blank answers are skipped, others must be amounts."""
    if len(values) != len(personas):
        raise ValueError("survey_aov needs one persona label per answer.")
    answers: list[tuple[float, Optional[str]]] = []
    for row, (value, persona) in enumerate(zip(values, personas), start=1):
        if is_blank(value):
            continue
        number = parse_money(value.strip()) if isinstance(value, str) else float(value)
        if number is None or number < 0:
            raise InputError(origin, key="err_order_value", value=value, row=row)
        answers.append((number, persona))
    result = _mean_interval([v for v, _ in answers])
    result["source"] = "survey: stated value of the last order"
    labels = sorted({p for _, p in answers if p})
    result["by_persona"] = {p: _mean_interval([v for v, q in answers if q == p]) for p in labels}
    return result


def _per_customer(counted: pd.DataFrame) -> pd.DataFrame:
    """One row per customer: counted orders, the day of the first and of the second."""
    known = counted.dropna(subset=["customer"])
    days = known.assign(day=known["date"].dt.normalize()).sort_values("day", kind="stable")
    grouped = days.groupby("customer")["day"]
    second = days[grouped.cumcount() == 1].set_index("customer")["day"]
    return pd.DataFrame({"orders": grouped.size(), "first": grouped.min(), "second": second})


def _rate(k: int, n: int) -> dict:
    """A share 0..1 (the kit's unit for shares) with the Wilson interval kpis uses for CSAT's %."""
    result = wilson_share(k, n)
    for key in ("value", "ci_low", "ci_high"):
        result[key] = None if result[key] is None else result[key] / 100
    return result


def _mean_interval(xs: Iterable[float]) -> dict:
    """Mean amount with a 95% t-interval (none from one answer)."""
    xs = list(xs)
    n = len(xs)
    if n == 0:
        return {"value": None, "n": 0, "ci_low": None, "ci_high": None}
    mean = sum(xs) / n
    if n < 2:
        return {"value": mean, "n": 1, "ci_low": None, "ci_high": None}
    sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / (n - 1))
    half = t_quantile_975(n - 1) * sd / math.sqrt(n)
    return {"value": mean, "n": n, "ci_low": max(0.0, mean - half), "ci_high": mean + half}  # amounts are >= 0
