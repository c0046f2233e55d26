import pytest

from storyline.errors import OptionError, SettingsError
from storyline.settings import Settings


@pytest.mark.parametrize(("name", "value", "valid"), [
    ("published", "yesterday", "a date that exists"),
    ("published", "2019-02-30", "a date that exists"),
    ("workers", -1, "at least 0"),
    ("batch_size", 0, "at least 1"),
    ("article_seconds", "soon", "a number"),
    ("min_confidence", 1.5, "from 0 to 1"),
    ("clean", "yes", "true or false"),
    ("actor_files", "mine.jsonl", "a list of strings"),
])
def test_settings_bad_value_names_the_setting_the_value_and_what_is_valid(name, value, valid):
    with pytest.raises(OptionError, match=valid) as caught:
        Settings.load(**{name: value})
    assert (caught.value.option, caught.value.value) == (name, value)


def test_settings_good_values_load_and_unknown_names_are_refused():
    s = Settings.load(published="2019-05-05", article_seconds=2.5, article_memory_mb=0)
    assert (s.published, s.article_seconds, s.article_memory_mb) == ("2019-05-05", 2.5, 0)
    with pytest.raises(SettingsError, match="unknown setting"):
        Settings.load(article_secs=3)
