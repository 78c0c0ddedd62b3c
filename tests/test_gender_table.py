"""The first-name table behind "he"/"she": kept compactly in the user's cache, it must answer
exactly as gender-guesser does (read through `_one_answer`) for every name it knows."""

from __future__ import annotations

from pathlib import Path

import gender_guesser.detector as detector
import pytest

from summarizer.text import gender


def _fresh_table() -> gender._NameTable:
    gender._cached_table.cache_clear()
    gender._table.cache_clear()
    return gender._table()


def test_the_kept_table_answers_as_gender_guesser_for_every_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    guesser = detector.Detector(case_sensitive=False)
    expected = {name: gender._one_answer(guesser.get_gender(name), countries)
                for name, countries in guesser.names.items()}
    try:
        built = _fresh_table()  # nothing kept yet: built from gender-guesser and stored
        assert list((tmp_path / "summarizer").glob("gender-table-*.marshal"))
        read = _fresh_table()  # read back from the file
        assert read is not built
        for table in (built, read):
            assert {name: table.answer(name) for name in expected} == expected
            assert table.answer("twilight") == table.answer("zzzz") == "unknown"
            assert table.answer("") == "unknown"
    finally:
        gender._cached_table.cache_clear()
        gender._table.cache_clear()


def test_a_damaged_table_file_is_built_again(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    try:
        _fresh_table()
        kept = next((tmp_path / "summarizer").glob("gender-table-*.marshal"))
        kept.write_bytes(kept.read_bytes()[: kept.stat().st_size // 2])
        assert _fresh_table().answer("caroline") == "female"
    finally:
        gender._cached_table.cache_clear()
        gender._table.cache_clear()
