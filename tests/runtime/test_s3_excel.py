"""wmg.s3.excel_to_text: a workbook built with openpyxl, round-tripped through moto's S3."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from wmg.errors import NotFound
from wmg.s3 import S3, S3Uri

openpyxl = pytest.importorskip("openpyxl")


def _workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["id", "name", "amount", "day", "at", "ok"])
    ws.append([1, 'Smith, "Jr"', 12.5, date(2024, 1, 31), datetime(2024, 2, 29, 13, 45, 7), True])
    ws.append([2, "multi\nline", None, datetime(2024, 3, 1), None, False])
    wb.create_sheet("Q1 & Q2").append(["only", "row"])
    wb.create_sheet("Empty")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_excel_to_text_one_csv_per_sheet_through_moto(moto):
    import boto3

    client = boto3.client("s3")
    client.create_bucket(Bucket="inbox")
    client.put_object(Bucket="inbox", Key="drop/report.xlsx", Body=_workbook())
    s3 = S3()

    out = s3.excel_to_text("s3://inbox/drop/report.xlsx", "s3://inbox/csv")
    assert [str(u) for u in out] == ["s3://inbox/csv/report_Sales.csv", "s3://inbox/csv/report_Q1 & Q2.csv",
                                     "s3://inbox/csv/report_Empty.csv"]
    sales = s3.read_text(out[0])
    assert list(csv.reader(io.StringIO(sales))) == [
        ["id", "name", "amount", "day", "at", "ok"],
        ["1", 'Smith, "Jr"', "12.5", "2024-01-31", "2024-02-29 13:45:07", "TRUE"],
        ["2", "multi\nline", "", "2024-03-01", "", "FALSE"],
    ]
    assert '"Smith, ""Jr"""' in sales                             # quoted and doubled, as Excel does
    assert s3.read_text(out[1]) == "only,row\n"
    assert s3.read_text(out[2]) == ""

    # other delimiter and quote character, one sheet
    (piped,) = s3.excel_to_text("s3://inbox/drop/report.xlsx", "s3://inbox/pipe/", delimiter="|", quote_char="'",
                                sheets=["Sales"], suffix=".txt")
    assert piped == S3Uri("inbox", "pipe/report_Sales.txt")
    rows = list(csv.reader(io.StringIO(s3.read_text(piped)), delimiter="|", quotechar="'"))
    assert rows[1][1] == 'Smith, "Jr"' and rows[2][1] == "multi\nline"

    with pytest.raises(NotFound):
        s3.excel_to_text("s3://inbox/drop/report.xlsx", "s3://inbox/x/", sheets=["Nope"])
    with pytest.raises(NotFound):
        s3.excel_to_text("s3://inbox/drop/missing.xlsx", "s3://inbox/x/")
    with pytest.raises(ValueError):
        s3.excel_to_text("s3://inbox/drop/old.xls", "s3://inbox/x/")
