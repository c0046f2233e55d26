"""Acceptance: the five seed articles lose their boilerplate and keep every body paragraph."""

from __future__ import annotations

import pytest

from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean
from storyline.stages.meta import meta
from tests.conftest import SEEDS


def _seed(prefix: str) -> Article:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip("../shared/seeds not present")
    settings = Settings()
    article = Article(id=prefix, source=str(paths[0]), raw=paths[0].read_text(encoding="utf-8"))
    return meta(clean(article, settings), settings)


def _reason(article: Article, fragment: str) -> str | None:
    for removed in article.removed:
        if fragment in removed.text:
            return removed.reason
    return None


def _paragraphs(path_prefix: str) -> list[str]:
    path = sorted(SEEDS.glob(f"{path_prefix}_*.txt"))[0]
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_clean_seed_000_drops_store_ad_donation_appeal_newsletter_and_video_caption():
    a = _seed("000")
    for fragment in ("online store", "not sponsored or endorsed", "monthly expenses",
                     "It is our hope", "consider a donation", "Sign up to our newsletter",
                     "unsubscribe", "English subtitles available"):
        assert fragment not in a.body, fragment
        assert _reason(a, fragment) is not None, fragment
    assert _reason(a, "consider a donation") == "donation-appeal"
    assert _reason(a, "online store") == "ad"


def test_clean_seed_000_keeps_quote_attribution_lines():
    a = _seed("000")
    paragraphs = a.body.split("\n\n")
    assert "Norwegian Foreign Ministry" in paragraphs
    assert "Venezuelan Foreign Minister Jorge Arreaza" in paragraphs
    assert paragraphs[0].startswith("Talks aimed at ending the Venezuelan crisis")
    assert paragraphs[-1] == "Venezuelan Foreign Minister Jorge Arreaza"


def test_clean_seed_003_drops_cookie_banner_menu_video_read_more_caption_and_related_block():
    a = _seed("003")
    assert _reason(a, "We use cookies") == "cookie-banner"
    assert _reason(a, "Choose from 30 Languages") == "navigation"
    assert _reason(a, "Watch video 01:53") == "video"
    assert _reason(a, "Read more: Fleeing Venezuela") == "related-list"
    assert _reason(a, "walks with his team") == "caption"
    assert _reason(a, "rc/amp (AP, dpa Reuters)") == "metadata"
    for fragment in ("DW recommends", "Related content", "WWW links", "Audios and videos",
                     "Advertisement", "News Bulletin",
                     "Acting President Nicolas Maduro has praised",
                     "lucky charm coconut", "(02.05.2019)", "Daily Bulletin"):
        assert fragment not in a.body, fragment
    assert a.body.startswith("Russian Foreign Minister Sergei Lavrov is meeting")
    assert a.body.endswith("he claims to be the legitimate head of state.")
    assert "Trump described the discussion as a \"very positive conversation.\"" in a.body
    assert "'Very positive' talks" in a.body


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_clean_seed_keeps_every_long_body_line(prefix):
    """Every sentence-like line of 25+ words that is not boilerplate survives, word for word."""
    a = _seed(prefix)
    furniture = ("cookies", "donation", "newsletter", "sponsored", "monthly expenses",
                 "our hope", "DW's editors", "(0", "(1", "(3", "Acting President",
                 "Both presidents said", "US Secretary of State Mike Pompeo has said",
                 "online store", "Venezuela's president told the army", "The US has upped",
                 "A group of Venezuelan refugees", "Juan Guaido's attempt")
    for line in _paragraphs(prefix):
        if len(line.split()) >= 25 and not any(f in line for f in furniture):
            words = " ".join(line.split()[:12])
            assert words in a.body, words


def test_clean_seed_002_markdown_links_and_broken_paragraph():
    a = _seed("002")
    assert "[" not in a.body and "**" not in a.body
    assert _reason(a, "Related article:") == "related-list"
    assert _reason(a, "ZUMA Wire / TASS") == "caption"
    assert "are continuing in Barbados, the foreign ministry" in a.body


def test_clean_seed_004_drops_read_more_lines_and_keeps_the_rest():
    a = _seed("004")
    assert "READ MORE" not in a.body
    assert len(a.body.split("\n\n")) == len(_paragraphs("004")) - 2


def test_meta_seeds_title_outlet_url_date_byline():
    assert _seed("000").title == (
        "Venezuelan Talks Collapse in Norway After Opposition Persist With Regime Change")
    assert _seed("000").outlet == "Red Revolution Media"
    a = _seed("002")
    assert (a.title, a.outlet, a.published, a.published_from, a.byline) == (
        "Russia Says World Should Foster Venezuela Talks, Not Impose Agenda",
        "The Moscow Times", "2019-07-25", "byline", "Reuters")
    assert a.url and a.url.startswith("https://www.themoscowtimes.com/2019/07/25/")
    d = _seed("003")
    assert (d.title, d.outlet, d.published, d.byline) == (
        "Russia, Venezuela seek strategy to sideline US", "DW", "2019-05-05", "AP, dpa, Reuters")
    assert any("2019-05-02" in w for w in d.warnings)
    e = _seed("004")
    assert (e.title, e.published, e.language) == (None, None, "en")


def test_meta_seeds_metadata_lines_are_recorded_not_in_body():
    a = _seed("002")
    assert "By Reuters" not in a.body and "July 25, 2019" not in a.body
    assert _reason(a, "By Reuters") == "metadata"
    assert _reason(a, "Original url:") == "metadata"
    assert _reason(a, "https://www.themoscowtimes.com") == "metadata"
