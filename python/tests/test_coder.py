# SPDX-License-Identifier: MIT
"""test_coder.py: acta.Coder on the project's sentences: the records equal
the acta command's for the same article, field for field; what they say;
errors as exceptions; one Coder per thread."""

import datetime
import pickle
import threading

import pytest

import acta
from conftest import KHARKIV, LISBON, TEHRAN, record, write_lines


def test_an_article_gives_the_clis_records(cli, tmp_path):
    f = write_lines(tmp_path / "a.jsonl", [record("p1", TEHRAN, "2022-10-27")])
    want, _, rc = cli("code", f)
    assert rc == 0
    got = acta.Coder().code(TEHRAN, date="2022-10-27", id="p1")
    assert got == want


def test_the_records_say_who_did_what_to_whom(tmp_path):
    ev, = [r for r in acta.Coder().code(TEHRAN, date="2022-10-27", id="p1")
           if r["type"] == "event"]
    assert ev["id"] == "p1#0" and ev["doc_id"] == "p1"
    assert ev["source"]["code"] == "IRNCOP" and ev["source"]["text"] == "Police"
    assert ev["target"]["code"] == "IRNOPP"
    assert ev["event"]["cameo"] == "173" and ev["event"]["verb"] == "arrest"
    assert ev["reported_by"]["code"] == "IRNMED"
    assert ev["date"] == "2022-10-26"  # "on Wednesday" in a Thursday article
    assert ev["location"]["name"] == "Tehran"
    assert ev["figures"][0]["kind"] == "arrested"


def test_two_sentences_two_events_in_text_order():
    recs = acta.Coder().code(KHARKIV.encode(), date=datetime.date(2023, 3, 8), id="k")
    assert [(r["sentence"], r["source"]["code"], r["event"]["cameo"]) for r in recs] == [
        (0, "RUSMIL", "194"), (1, "DEU", "030")]
    assert recs[0]["date"] == "2023-03-06"


def test_no_event_is_an_explicit_record():
    assert acta.Coder().code(LISBON, id=7) == [
        {"type": "no_event", "doc_id": "7", "sentences": 1}]


@pytest.mark.parametrize("kwargs, words", [
    ({"text": TEHRAN, "date": "2022-02-30"}, "not a calendar date"),
    ({"text": "Police arrested \0 protesters."}, "NUL"),
    ({"text": b"Police arrested \xff protesters."}, "UTF-8"),
    ({"text": "Police \ud800 arrested"}, "UTF-8"),
    ({"text": TEHRAN, "id": ""}, "empty"),
])
def test_an_article_that_cannot_be_coded_raises_record_error(kwargs, words):
    with pytest.raises(acta.RecordError) as e:
        acta.Coder().code(**kwargs)
    assert words in e.value.message
    assert isinstance(e.value, acta.ActaError) and isinstance(e.value, ValueError)


def test_the_size_limit_is_the_coders():
    c = acta.Coder(max_article_bytes=64)
    with pytest.raises(acta.RecordError, match="limit"):
        c.code(TEHRAN + " " + TEHRAN, id="big")
    assert c.code(LISBON)[0]["type"] == "no_event"  # the coder goes on


def test_dictionaries_that_cannot_load_raise_dictionary_error(tmp_path):
    with pytest.raises(acta.DictionaryError) as e:
        acta.Coder(data_dir=tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(e.value)
    assert e.value.data_dir == str(tmp_path / "nowhere")


def test_coders_of_one_data_dir_share_their_dictionaries():
    a, b = acta.Coder(), acta.Coder()
    assert a.dictionaries is b.dictionaries
    d = acta.Dictionaries()
    assert acta.Coder(dictionaries=d).dictionaries is d


def test_a_coder_used_from_another_thread_raises_thread_error():
    c = acta.Coder()
    caught = []

    def use():
        try:
            c.code(TEHRAN)
        except acta.ThreadError as e:
            caught.append(e)

    t = threading.Thread(target=use)
    t.start()
    t.join()
    assert len(caught) == 1 and "one Coder per thread" in str(caught[0])
    assert c.code(LISBON)[0]["type"] == "no_event"  # still its own thread's


def test_a_coder_per_thread_codes_in_parallel_as_one_does():
    want = acta.Coder().code(KHARKIV, date="2023-03-08", id="k")
    got = [None] * 4

    def work(i):
        c = acta.Coder()
        got[i] = [c.code(KHARKIV, date="2023-03-08", id="k") for _ in range(20)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == want for rs in got for r in rs)


def test_a_coder_cannot_be_pickled_nor_used_closed():
    c = acta.Coder()
    with pytest.raises(TypeError, match="one Coder per thread"):
        pickle.dumps(c)
    with acta.Coder() as c2:
        assert c2.code(LISBON)
    with pytest.raises(ValueError, match="closed"):
        c2.code(LISBON)


def test_the_library_is_the_one_under_test():
    assert acta.__version__.count(".") == 2
    assert acta.LIBRARY.name.startswith("libacta.so")
