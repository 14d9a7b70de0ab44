"""Orders exports (Shopify, WooCommerce, generic) read as one row per order, bad rows named."""

import pandas as pd
import pytest

from conftest import TEST_DATA
from cjm_widgets.errors import InputError
from cjm_widgets.orders import customer_key, read_orders

DATA = TEST_DATA / "orders"


@pytest.mark.parametrize("name, fmt", [("shopify", "shopify"), ("woocommerce", "woocommerce"),
                                       ("generic", "generic")])
def test_each_format_is_detected_and_read_as_orders(name, fmt):
    orders = read_orders(DATA / f"{name}_orders.csv")
    assert orders.format == fmt and orders.problems == []
    frame = orders.frame
    assert len(frame) == 11  # 11 orders, whatever the number of rows
    assert frame["order_id"].is_unique
    assert frame["total"].sum() == pytest.approx(610.0)
    assert frame["refunded"].sum() == pytest.approx(100.0)
    guest = frame[frame["total"] == 25.0].iloc[0]
    assert pd.isna(guest["customer"])  # a guest checkout is an order without a customer
    assert frame["customer"].dropna().nunique() == 5


def test_shopify_line_items_are_not_orders():
    orders = read_orders(DATA / "shopify_orders.csv")
    assert orders.line_items == 3  # #1001 has 2 line items, #1006 has 3
    first = orders.frame.set_index("order_id").loc["#1006"]
    assert first["total"] == 70.0 and first["line"] == 8
    # mixed-case e-mail is one customer; the +0100 offset is kept as the shop's wall time
    assert orders.frame.set_index("order_id").loc["#1002", "customer"] == "alice@example.com"
    assert orders.frame.set_index("order_id").loc["#1009", "date"] == pd.Timestamp("2026-06-30 18:00")
    assert orders.frame.set_index("order_id").loc["#1005", "cancelled"]


def test_generic_day_first_dates_and_decimal_commas():
    frame = read_orders(DATA / "generic_orders.csv").frame.set_index("order_id")
    assert frame.loc["A-1", "date"] == pd.Timestamp("2026-01-05")
    assert frame.loc["A-2", ["total", "refunded"]].tolist() == [50.0, 20.0]
    assert frame.loc["A-2", "customer"] == frame.loc["A-1", "customer"] == "id:c-11"


def test_bad_rows_are_listed_with_line_column_and_fix_and_good_rows_kept():
    orders = read_orders(DATA / "bad_orders.csv")
    assert orders.frame["order_id"].tolist() == ["B-1", "B-5"]
    problems = "\n".join(orders.problems)
    assert len(orders.problems) == 4
    for text in ("line 3, column 'order id'", "line 4, column 'date': 'yesterday'",
                 "line 5, column 'total': 'lots'", "line 7, column 'total': order B-5 is on line 6"):
        assert text in problems
    assert all("Fix:" in p for p in orders.problems)
    polish = read_orders(DATA / "bad_orders.csv", language="pl").problems
    assert "bad_orders.csv, wiersz 4, kolumna 'date': 'yesterday' to nie data; wiersz pominięto. Poprawka: zapisz " \
           "daty jak 2024-03-31 albo 2024-03-31 14:05:00." in polish
    russian = "\n".join(read_orders(DATA / "bad_orders.csv", language="ru").problems)
    assert "строка 7, столбец 'total': заказ B-5 уже есть в строке 6, с другой суммой; строка пропущена." in russian


def test_unknown_layout_and_format_are_clear_errors(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("product,qty\nshirt,1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"orders.csv, line 1: is not a Shopify, WooCommerce or generic"):
        read_orders(path)
    missing = r"read as shopify, but columns are missing \(order: 'name'; date: 'created at'\)"
    with pytest.raises(InputError, match=missing) as info:
        read_orders(DATA / "generic_orders.csv", format="shopify")
    assert "wczytany jako shopify, ale brakuje kolumn (order: 'name'; date: 'created at')." in \
        info.value.in_language("pl")
    with pytest.raises(InputError, match="orders.format 'magento' is unknown"):
        read_orders(path, format="magento")
    with pytest.raises(InputError, match="file not found"):
        read_orders(tmp_path / "missing.csv")


def test_customer_key_ignores_case_and_spaces():
    assert customer_key("  Alice@Example.COM ") == customer_key("alice@example.com")


def test_dates_keep_the_day_written_in_the_file():
    from cjm_widgets.orders import parse_dates

    texts = pd.Series(["2026-01-05 23:30:00 -0500", "2026-01-05T10:00:00Z", "05-01-2026", "31/03/2026", "nope"])
    assert parse_dates(texts).tolist()[:4] == [pd.Timestamp("2026-01-05 23:30"), pd.Timestamp("2026-01-05 10:00"),
                                               pd.Timestamp("2026-01-05"), pd.Timestamp("2026-03-31")]
    assert pd.isna(parse_dates(texts)[4])


def test_line_items_of_a_bad_order_are_not_read_as_orders(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Name,Email,Financial Status,Total,Created at,Lineitem name\n"
                    "#1,a@x.com,paid,oops,2026-01-02 10:00:00 +0100,Shirt\n#1,,,,,Socks\n"
                    "#2,b@x.com,paid,10.00,2026-01-03 10:00:00 +0100,Hat\n", encoding="utf-8")
    orders = read_orders(path)
    assert orders.frame["order_id"].tolist() == ["#2"] and orders.line_items == 1
    assert orders.problems == ["orders.csv, line 2, column 'Total': 'oops' is not an order total; row left out. "
                               "Fix: write the amount like 129.90."]


def test_an_export_without_customers_says_so(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Date,Order #,Status,Customer type,Net Sales\n2026-01-02,1,completed,new,10.00\n",
                    encoding="utf-8")
    orders = read_orders(path)  # WooCommerce Analytics > Orders
    assert orders.format == "woocommerce" and len(orders.frame) == 1
    assert "no e-mail or customer id column" in orders.problems[0]
