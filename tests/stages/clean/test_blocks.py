from storyline.stages.clean.boilerplate import classify

PARA = ("The minister said on Monday that the talks in Oslo would resume next week with both "
        "delegations present, and that the mediators had asked the two sides to prepare written "
        "proposals on elections, sanctions and the release of political prisoners.")
PARA2 = ("Opposition leaders said they would attend only if the government released the "
         "detained lawmakers first, a demand the foreign minister rejected on state television "
         "as an attempt to sabotage the dialogue before it had even started.")


def _reasons(page: list[str]) -> dict[str, str | None]:
    return {ln.text: ln.reason for ln in classify(page, "en")}


def test_blocks_reader_comments_after_the_body_are_removed_to_the_end():
    page = [PARA, "", PARA2, "", "3 comments", "", "joe says:", "May 5, 2019 at 6:44 am",
            "Nonsense, the talks will fail again like every other time they tried this.",
            "ann says:", "May 5, 2019 at 7:02 am",
            "They never learn from history, do they? Same story every single year."]
    reasons = _reasons(page)
    assert reasons[PARA] is None and reasons[PARA2] is None
    assert reasons["3 comments"] == "comments"
    assert reasons["They never learn from history, do they? Same story every single year."] == (
        "comments")


def test_blocks_tight_run_of_headline_teasers_is_a_list():
    teasers = [
        "Police Arrest Two After Death Of Local Student Athlete A woman and a man were "
        "arrested on Tuesday after the death of a student in the city.",
        "Customers Leave Without Paying Large Bill At Downtown Steakhouse A party of six left "
        "the restaurant without paying for dinner on Saturday night.",
        "State To Mail Redistricting Panel Applications To Voters The state will mail "
        "applications to voters who may want to serve on the new commission.",
    ]
    reasons = _reasons([*teasers, "", PARA, "", PARA2])
    assert [reasons[t] for t in teasers] == ["related-list"] * 3
    assert reasons[PARA] is None


def test_blocks_tight_body_paragraphs_without_headlines_are_kept():
    reasons = _reasons([PARA, PARA2, PARA.replace("Monday", "Tuesday")])
    assert set(reasons.values()) == {None}


def test_blocks_short_sentences_after_a_list_of_links_are_body():
    first = ("According to the health officials in the region, the disease can still be treated "
             "with the usual antibiotics.")
    second = ("Those who came into close contact with the patients were given preventive drugs "
              "and will be watched.")
    page = [PARA, "", PARA2, "", "Related articles", "",
            "Minister Quits Over Leaked Recordings", "Markets Fall Ahead Of Vote", "",
            first, "", second, "", "Trending", "", "Ten Photos Of The Week"]
    reasons = _reasons(page)
    assert reasons[first] is None and reasons[second] is None
    assert reasons["Markets Fall Ahead Of Vote"] is not None


def test_blocks_dated_teasers_after_the_body_are_a_list():
    teasers = []
    for title, author, day in [("Talks Collapse In Oslo Again", "Ann Smith", "Tuesday"),
                               ("Why The Sanctions Failed", "Joe Brown", "Monday"),
                               ("Inside The Opposition Camp", "Kim Lee", "Sunday")]:
        teasers += [title, "", author, f"{day} November 17, 2019",
                    f"{PARA2.replace('Opposition', 'Union')} ({day})", ""]
    reasons = _reasons([PARA, "", PARA2, "", *teasers])
    assert reasons[PARA] is None and reasons[PARA2] is None
    assert {reasons[t] for t in teasers if t} <= {"related-list", "metadata"}


def test_blocks_embedded_posts_with_dates_inside_the_body_are_kept():
    posts = []
    for n in range(3):
        posts += [f"We will not back down, the senators said in a statement number {n}.",
                  f"— The Senate (@senate) October {n + 1}, 2018", ""]
    reasons = _reasons([PARA, "", *posts, PARA2])
    assert reasons[PARA2] is None
    assert all(reasons[p] is None for p in posts[::3])


def test_blocks_two_tight_headline_teasers_are_a_list_but_table_rows_are_not():
    teasers = [
        "Police Arrest Two After Death Of Local Student Athlete A woman and a man were "
        "arrested on Tuesday after the death of a student in the city.",
        "Customers Leave Without Paying Large Bill At Downtown Steakhouse A party of six left "
        "the restaurant without paying for dinner on Saturday night.",
    ]
    rows = ["CB Denzel Ward 74 100% 4 tackles (4 combined). 1 pass defended. 2 TFL. 3 PBU.",
            "CB Greedy Williams 73 99% 6 tackles, 1 assist (7 combined). 1 TFL. 2 PBU."]
    reasons = _reasons(["Autos", *teasers, "", PARA, "", *rows, "", PARA2])
    assert [reasons[t] for t in teasers] == ["related-list"] * 2
    assert reasons[PARA] is None and reasons[PARA2] is None
    assert all(reasons[r] != "related-list" for r in rows)


def test_blocks_note_about_the_author_closing_the_page_is_removed():
    note = "Ann Lee is a staff writer for the Daily Planet, covering diplomacy and trade."
    reasons = _reasons([PARA, "", PARA2, "", note])
    assert reasons[note] == "author-bio"
    assert reasons[PARA] is None and reasons[PARA2] is None


def test_blocks_a_writer_named_inside_the_body_is_kept():
    line = ("Ann Lee is a freelance writer who was detained in Caracas in March, and her "
            "family said on Monday that she had not been allowed to see a lawyer since.")
    later = [PARA2, PARA.replace("Monday", "Friday"), PARA.replace("Monday", "Sunday")]
    reasons = _reasons([PARA, "", line, *[x for p in later for x in ("", p)], "",
                        "Share this article"])
    assert reasons[line] is None


def test_blocks_a_closing_line_reporting_what_an_outlet_reports_is_no_author_note():
    line = "CBS News reports that the letter was opened by his wife at their apartment."
    reasons = _reasons([PARA, "", PARA2, "", line])
    assert reasons[line] is None


def test_blocks_a_station_named_an_affiliate_is_no_advert_but_an_affiliate_link_is():
    line = ("Walker will speak at the convention next week, according to a report from WKOW, "
            "the ABC affiliate in Madison.")
    advert = "We may earn a commission from affiliate links on this page."
    reasons = _reasons([PARA, "", line, "", PARA2, "", advert])
    assert reasons[line] is None and reasons[advert] == "ad"
