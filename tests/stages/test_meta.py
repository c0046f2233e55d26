from storyline.settings import Settings
from storyline.stages.clean.dateline import find_dates
from storyline.stages.clean.stage import clean
from storyline.stages.meta import meta, outlet_of_url
from tests.conftest import make_article

PARA = ("Talks resumed on Monday in Oslo, where both delegations met the mediators for a second "
        "round of discussions about elections, sanctions and the release of prisoners.")


def _run(raw: str, settings: Settings | None = None, **fields: object):
    settings = settings or Settings()
    return meta(clean(make_article(raw, **fields), settings), settings)


def test_meta_dates_day_month_order_for_dotted_dates_and_month_names():
    assert find_dates("05.04.2019") == ["2019-04-05"]
    assert find_dates("04/05/2019") == ["2019-04-05"]
    assert find_dates("Posted: Fri 6:45 PM, Feb 16, 2018") == ["2018-02-16"]
    assert find_dates("Updated : 19 November 2019, 09:01 AM") == ["2019-11-19"]
    assert find_dates("31.02.2019") == []


def test_meta_site_header_gives_title_outlet_and_date():
    a = _run(f"Talks resume in Oslo | News | DW | 05.05.2019\n\n{PARA}")
    assert (a.title, a.outlet, a.published, a.published_from) == (
        "Talks resume in Oslo", "DW", "2019-05-05", "header")


def test_meta_disagreeing_dates_keep_better_supported_and_warn():
    a = _run(f"date 2019-05-02 Talks resume | News | DW | 05.05.2019\n\n{PARA}")
    assert a.published == "2019-05-05"
    assert any("2019-05-02" in w for w in a.warnings)


def test_meta_published_option_only_fills_when_nothing_else_does():
    s = Settings.load(published="2020-01-01")
    assert _run(PARA, s).published == "2020-01-01"
    assert _run(PARA, s).published_from == "option"
    dated = _run(f"Talks resume in Oslo\n\nBy Reuters\n\nJuly 25, 2019\n\n{PARA}", s)
    assert (dated.published, dated.published_from) == ("2019-07-25", "byline")


def test_meta_record_fields_win_and_are_named_record():
    a = _run(f"Talks resume | News | DW | 05.05.2019\n\n{PARA}", published="2019-05-06",
             title="Given title")
    assert (a.published, a.published_from, a.title) == ("2019-05-06", "record", "Given title")


def test_meta_outlet_from_url_domain_and_unknown_domain():
    assert outlet_of_url("https://www.dw.com/en/russia/a-1") == "DW"
    assert outlet_of_url("https://edition.cnn.com/2019/a") == "CNN"
    assert outlet_of_url("https://example.org/a") == "example.org"


def test_meta_url_line_bracketed_and_wire_credit_byline():
    a = _run(f"{PARA}\n\nrc/amp (AP, dpa Reuters)\n\nOriginal url:\n\n<https://www.dw.com/en/a-1>")
    assert a.url == "https://www.dw.com/en/a-1"
    assert a.outlet == "DW"
    assert a.byline == "AP, dpa, Reuters"
    assert "dw.com" not in a.body and "rc/amp" not in a.body


def test_meta_missing_metadata_stays_none():
    a = _run(PARA)
    assert (a.title, a.url, a.outlet, a.published, a.byline) == (None, None, None, None, None)


def test_meta_non_english_text_sets_language_and_warns():
    a = _run("Die Gespräche zwischen der Regierung und der Opposition wurden am Montag in Oslo "
             "fortgesetzt, wo beide Delegationen die Vermittler trafen.")
    assert a.language == "de"
    assert any("language 'de'" in w for w in a.warnings)


def test_meta_record_timestamp_becomes_iso_date():
    a = _run(PARA, published="2025-03-14 20:30:26Z")
    assert (a.published, a.published_from) == ("2025-03-14", "record")
