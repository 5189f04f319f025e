# SPDX-License-Identifier: MIT
"""test_code_file.py: acta.code_file gives the records `acta code FILE`
writes, in input order, with one thread or several, on the demo articles
and on a file of everything a reader must handle (error records, ids seen
before, blank lines, CRLF, a byte order mark, over-long lines)."""

import json

import pytest

import acta
from conftest import KHARKIV, LISBON, TEHRAN, record, write_lines


@pytest.mark.parametrize("threads", [1, 3])
def test_the_demo_articles_give_the_clis_records(cli, demo, threads):
    want, _, rc = cli("code", demo)
    assert rc == 0
    got = list(acta.code_file(demo, threads=threads))
    assert got == want
    assert sum(r["type"] == "event" for r in got) > 50


@pytest.mark.parametrize("threads", [1, 2])
def test_a_file_with_bad_lines_gives_the_clis_records(cli, mixed, threads):
    want, _, rc = cli("code", mixed)
    assert rc == 1
    with pytest.warns(UserWarning, match='the id "m1" was seen before'):
        got = list(acta.code_file(mixed, threads=threads))
    assert got == want
    errors = [r for r in got if r["type"] == "error"]
    assert [e.get("doc_id", e.get("line")) for e in errors] == [5, "m3", "m4", "m5"]
    assert errors[0]["message"].startswith(f"{mixed}:5: line is not JSON")
    ids = {r.get("doc_id") for r in got}
    assert {"m1", "m2", f"{mixed}:8", "1234", "m6"} <= ids
    assert any(r.get("id") == "m1~2#0" for r in got)


def test_errors_can_raise_instead(mixed):
    it = acta.code_file(mixed, errors="raise")
    with pytest.raises(acta.RecordError) as e:
        for _ in it:
            pass
    assert e.value.line == 5 and "line is not JSON" in e.value.message


def test_field_names_date_and_size_limit_are_the_clis(cli, tmp_path):
    f = write_lines(tmp_path / "fields.jsonl", [
        json.dumps({"key": "f1", "body": TEHRAN}),
        json.dumps({"key": "f2", "body": KHARKIV, "when": "2023-03-08"}),
        json.dumps({"key": "f3", "body": LISBON + " " * 300}),
        json.dumps({"key": "f4", "body": TEHRAN}),
    ])
    want, _, _ = cli("code", "--id-field", "key", "--text-field", "body",
                     "--date-field", "when", "--date", "2022-10-27",
                     "--max-bytes", "200", f)
    got = list(acta.code_file(f, id_field="key", text_field="body", date_field="when",
                              date="2022-10-27", max_bytes=200))
    assert got == want
    assert got[0]["date"] == "2022-10-26"  # --date dated "on Wednesday"
    assert any(r["type"] == "error" and "over the limit of 200" in r["message"] for r in got)


def test_a_file_opens_and_dictionaries_load_when_called(tmp_path):
    with pytest.raises(FileNotFoundError):
        acta.code_file(tmp_path / "missing.jsonl")
    f = write_lines(tmp_path / "one.jsonl", [record("o1", LISBON)])
    with pytest.raises(acta.DictionaryError):
        acta.code_file(f, data_dir=tmp_path / "nowhere")
    with pytest.raises(ValueError):
        acta.code_file(f, threads=0)
    with pytest.raises(ValueError, match="not a YYYY-MM-DD date"):
        acta.code_file(f, date="2022-02-30")
