import pytest

from storyline.model import Article
from storyline.settings import Settings
from storyline.stages.clean.stage import clean, normalise
from tests.conftest import make_article

PARA = ("Talks resumed on Monday in Oslo, where both delegations met the mediators for a second "
        "round of discussions about elections, sanctions and the release of prisoners.")
PARA2 = ("The government said it would study the proposals, while the opposition asked for "
         "guarantees that any agreement would be respected by the armed forces.")


def _clean(raw: str, **settings: object) -> Article:
    return clean(make_article(raw), Settings.load(**settings))


def test_clean_normalise_nfkc_nbsp_and_zero_width_keep_curly_quotes():
    assert normalise("Guaido\u00a0said \u201cno\u201d\u200b\u00ad") == "Guaido said \u201cno\u201d"


def test_clean_body_paragraphs_are_separated_by_a_blank_line():
    a = _clean(f"{PARA}\n{PARA2}")
    assert a.body == f"{PARA}\n\n{PARA2}"


def test_clean_navigation_menu_before_the_article_is_removed_with_reason():
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Search"])
    a = _clean(f"{menu}\n\n{PARA}\n\n{PARA2}")
    assert a.body == f"{PARA}\n\n{PARA2}"
    assert {r.text for r in a.removed} >= {"Home", "World", "Politics"}
    assert all(r.reason for r in a.removed)


def test_clean_related_list_block_with_teasers_is_removed_whole():
    related = ("More stories\n\nOpposition calls new protests\n\n"
               "The opposition leader asked supporters to march on Saturday against the "
               "government in the capital. (02.05.2019)\n\nOil output falls again\n\n"
               "Production fell for the fifth month in a row as sanctions hit the state "
               "company and its partners. (01.05.2019)")
    a = _clean(f"{PARA}\n\n{PARA2}\n\n{related}")
    assert a.body == f"{PARA}\n\n{PARA2}"
    assert {r.reason for r in a.removed} == {"related-list"}


def test_clean_markdown_decoration_is_removed_and_heading_becomes_metadata():
    a = _clean(f"# Talks resume in Oslo\n\nBy [Reuters](#)\n\n{PARA}\n\n**{PARA2[:19]}**"
               f"{PARA2[19:]}")
    assert a.body == f"{PARA}\n\n{PARA2}"
    assert a._metadata["title"] == ["Talks resume in Oslo"]
    assert a._metadata["byline"] == ["By Reuters"]


def test_clean_quote_attribution_line_after_block_quote_is_kept():
    quote = "\u201cWe thank Norway for its efforts for peace and we will keep talking.\u201d"
    a = _clean(f"{PARA}\n\n{quote}\n\nVenezuelan Foreign Minister Jorge Arreaza\n\n{PARA2}")
    assert "Venezuelan Foreign Minister Jorge Arreaza" in a.body.split("\n\n")


def test_clean_no_clean_keeps_every_line_normalised():
    raw = f"Home\n\nWe use cookies.\u00a0OK\n\n{PARA}"
    a = _clean(raw, clean=False)
    assert a.body == f"Home\n\nWe use cookies. OK\n\n{PARA}"
    assert a.removed == []


def test_clean_html_body_through_trafilatura_and_dropped_text_is_accounted_for():
    page = ("<html><head><title>Talks resume | DW</title>"
            "<meta property='article:published_time' content='2019-05-05'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Talks resume</h1>"
            f"<p>{PARA}</p><p>{PARA2}</p></article><footer>\u00a9 2019 DW. All rights reserved."
            "</footer></body></html>")
    a = clean(make_article(page, format="html"), Settings())
    assert a.body == f"{PARA}\n\n{PARA2}"
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons.get("\u00a9 2019 DW. All rights reserved.") == "footer"
    assert "Home" in reasons
    assert a._metadata["html:date"] == ["2019-05-05"]


def test_clean_inline_related_label_and_its_links_leave_the_body_but_not_what_follows():
    raw = (f"{PARA}\n\n{PARA2}\n\nRelated:\n\nVenezuela's Arreaza Denounces Coup Attempt at UN\n\n"
           "Army Thwarts Uprising Led by Opposition\n\n"
           "The government also announced the arrest of several officers involved.\n\n"
           "Sign up for our weekly newsletter.")
    a = _clean(raw)
    assert a.body.endswith("The government also announced the arrest of several officers involved.")
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons["Related:"] == "related-list"
    assert reasons["Army Thwarts Uprising Led by Opposition"] == "related-list"


def test_clean_date_line_and_bracketed_photo_credit_inside_the_head_are_removed():
    raw = ("Guaido calls for new protests as talks stall\n\n"
           "Opposition leader says demonstrations will continue until Maduro steps down.\n\n"
           "5 May 2019\n\n"
           "Juan Guaido speaks to supporters in Caracas [Manaure Quintero/Reuters]\n\n"
           f"{PARA}\n\n{PARA2}")
    a = _clean(raw)
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons["5 May 2019"] == "metadata"
    assert reasons["Juan Guaido speaks to supporters in Caracas [Manaure Quintero/Reuters]"] == (
        "caption")


def test_clean_short_article_keeps_a_sentence_that_uses_a_furniture_word():
    text = ("This was the latest round of talks that began in Norway in May in an effort to "
            "resolve the crisis.")
    a = _clean(text)
    assert a.body == text and not a.removed


def test_clean_article_left_empty_is_warned():
    a = _clean("Share this")
    assert a.body == "" and a.removed and a.warnings


def test_clean_run_of_name_fragments_between_paragraphs_is_removed():
    names = ["Editorial", "Ann Smith", "Joe Brown", "Kim Lee", "Operations", "Sam Hill"]
    after = (f"{PARA2} Both sides agreed to meet again before the end of the month, the "
             "mediators said in a short statement read to reporters outside the venue.")
    a = _clean("\n\n".join([PARA, PARA2, "\n".join(names), after]))
    assert a.body == f"{PARA}\n\n{PARA2}\n\n{after}"
    assert {r.text for r in a.removed} == set(names)


def test_clean_few_short_lines_between_paragraphs_stay():
    a = _clean("\n\n".join([PARA, "Caracas\nOslo\nBridgetown", PARA2]))
    assert "Oslo" in a.body.split("\n\n")


def test_clean_labelled_credit_caption_and_tagged_link_inside_the_body_are_removed():
    caption = "Protesters marched through the centre of the capital on Sunday (Image: Getty)"
    tagged = "Opposition leader calls for new protests across the country [VIDEO]"
    a = _clean("\n\n".join([PARA, caption, tagged, PARA2]))
    assert a.body == f"{PARA}\n\n{PARA2}"
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons[caption] == "caption" and reasons[tagged] == "related-list"


def test_clean_numbered_subheadings_between_paragraphs_are_kept():
    steps = ["1. Ask both sides for written proposals", "2. Hold the talks away from the capital"]
    a = _clean("\n\n".join([PARA, steps[0], PARA2, steps[1], PARA]))
    assert all(step in a.body.split("\n\n") for step in steps)


def test_clean_prose_addressing_the_reader_beside_a_share_button_is_kept():
    prose = ("So, if you notice that something in the game is working incorrectly, or some "
             "event used to work before and now you cannot finish it, write to us and tell "
             "us what you did, which version you play and what you expected to happen, "
             "and we will do our best to fix it in the next update.")
    a = _clean("\n\n".join([PARA, prose, "Facebook", "Twitter"]))
    assert prose in a.body.split("\n\n")


def test_clean_short_appeal_beside_a_sign_up_button_is_removed():
    appeal = "Let our news meet your inbox. The stories that matter, delivered every morning."
    a = _clean("\n\n".join([PARA, appeal, "Sign up", PARA2]))
    assert appeal not in a.body


def test_clean_the_country_us_in_capitals_does_not_address_the_reader():
    from storyline.stages.clean.features import features

    us, you = features(["US sanctions hit the Venezuelan oil company again this week.",
                        "Support us: we rely on you to keep going."], "en")
    assert us.address == 0 and you.address > 0.2


def test_clean_embedded_post_and_long_unpunctuated_paragraph_are_not_captions():
    post = "The crowd marched to the square and stayed until midnight pic.twitter.com/x1Y2z3"
    letter = ("My brother has not spoken to me since the wedding, and every time I call his "
              "wife says he is busy, so I wonder whether I should stop trying or write him a "
              "long letter about how I feel -- HURT IN OHIO")
    caption = ("The planned spacecraft with the crew module at the front and the engines at "
               "the back, in an artist's impression. Credit: ESA")
    a = _clean("\n\n".join([PARA, post, PARA2, letter, PARA, caption, PARA2]))
    paragraphs = a.body.split("\n\n")
    assert post in paragraphs and letter in paragraphs and caption not in paragraphs


def _news(lines: list[str]) -> str:
    return "\n\n".join(["Talks resume in Oslo after a week of protests.", *lines])


def _prose(n: int) -> list[str]:
    places = ["Oslo", "Caracas", "Havana", "Bogota", "Lima", "Quito", "Madrid", "Rome", "Paris"]
    return [PARA.replace("Oslo", p) for p in places[:n]]


def test_clean_news_copy_keeps_live_blog_time_stamps_and_their_entries():
    stamps = ["9:10 p.m.", "The opposition leader told supporters the vote would go ahead.",
              "8:53 p.m.", "Police closed the main square as the crowd grew after dark.",
              "8:20 p.m.", "The electoral council said turnout was higher than in 2015."]
    a = _clean(_news(_prose(6) + stamps))
    assert [r.text for r in a.removed if r.reason != "metadata"] == []
    assert all(s in a.body for s in stamps)


def test_clean_news_copy_keeps_paragraphs_printed_without_blank_lines():
    tight = [PARA2.replace("government", who) for who in ("minister", "army", "council")]
    a = _clean(_news([*_prose(6), "\n".join(tight)]))
    assert [r.text for r in a.removed if r.reason != "metadata"] == []
    assert all(t in a.body for t in tight)


def test_clean_news_copy_still_drops_its_photo_credit_line():
    credit = "Bloomberg via Getty Images."
    a = _clean(_news([*_prose(4), credit, *_prose(4)]))
    assert credit not in a.body
    assert [r.reason for r in a.removed if r.text == credit] == ["caption"]


def test_clean_scraped_page_with_menus_is_not_taken_for_news_copy():
    menu = ["Home", "World", "Politics", "Business", "Sport", "Search"]
    stamps = ["9:10 p.m.", "joe says:", "Nonsense, the talks will fail again soon.",
              "8:53 p.m.", "ann says:", "They never learn from history, do they?"]
    a = _clean("\n\n".join([*menu, *_prose(8), "12 comments", *stamps]))
    assert "Home" not in a.body and "joe says:" not in a.body


def test_clean_short_news_copy_keeps_a_dateline_paragraph_that_names_an_ad():
    # A wire story of four paragraphs is news copy too (PolNeAR train: a UPI story).
    dateline = ("OSLO, June 24 (UPI) — Norwegian Labour Party leader Jonas Gahr Store unveiled "
                "his first Polish-language campaign ad, featuring Polish workers telling family "
                "stories and criticizing Conservative immigration proposals.")
    a = _clean(_news([dateline, *_prose(3)]))
    assert dateline in a.body
    assert [r.text for r in a.removed if r.reason != "metadata"] == []


@pytest.mark.parametrize("line, reason", [
    ("Follow Pam Key on Twitter @pamkeyNEN.", "social"),
    ("Follow Pam Key On Twitter @pamkeyNEN.", "social"),
    ("Watch the ad above.", "video"),
    ("Watch a clip of the interview above.", "video"),
])
def test_clean_news_copy_drops_follow_the_writer_and_watch_above_lines(line, reason):
    paragraphs = _prose(6)
    a = _clean(_news([*paragraphs[:3], line, *paragraphs[3:]]))
    assert line not in a.body
    assert [(r.text, r.reason) for r in a.removed if r.reason != "metadata"] == [(line, reason)]


def test_clean_news_copy_keeps_a_sentence_about_following_on_twitter():
    line = "Supporters follow the candidate on Twitter, where she posts several times a day."
    a = _clean(_news([*_prose(3), line, *_prose(6)[3:]]))
    assert line in a.body and [r for r in a.removed if r.reason != "metadata"] == []


_MENU = ["Home", "World", "Politics", "Business", "Sport", "Search"]


@pytest.mark.parametrize("line", [
    "Investors will watch the euro climb above parity after the central bank meets on Thursday.",
    "Crowds watch the fireworks above the harbour every year.",
    "Follow Pam Key on Twitter @pamkeyNEN to read what she wrote about the debate.",
])
def test_clean_scraped_page_keeps_a_sentence_that_only_opens_like_furniture(line):
    paragraphs = _prose(6)
    a = _clean("\n\n".join([*_MENU, *paragraphs[:3], line, *paragraphs[3:]]))
    assert line in a.body
    assert line not in {r.text for r in a.removed}


@pytest.mark.parametrize("line, reason", [
    ("Follow Pam Key on Twitter @pamkeyNEN.", "social"),
    ("Watch the ad above.", "video"),
    ("Watch the full interview with Podesta above.", "video"),
])
def test_clean_scraped_page_drops_a_whole_follow_or_watch_above_line(line, reason):
    paragraphs = _prose(6)
    a = _clean("\n\n".join([*_MENU, *paragraphs[:3], line, *paragraphs[3:]]))
    assert line not in a.body
    assert [r.reason for r in a.removed if r.text == line] == [reason]


def test_clean_short_news_copy_with_reader_comments_loses_the_comments():
    # Readers' sentences are no prose of the article: two paragraphs and two comments
    # are a short page with a comments section, not four paragraphs of clean copy.
    comments = ["9:10 p.m.", "Nonsense, the talks will fail again soon, as they did every time.",
                "8:53 p.m.", "They never learn from history, do they? Same mistakes every year."]
    a = _clean(_news([*_prose(2), "2 comments", *comments]))
    assert all(p in a.body for p in _prose(2))
    assert [(r.text, r.reason) for r in a.removed if r.reason != "metadata"] == [
        (line, "comments") for line in ["2 comments", *comments]]
