"""Several speakers looked up in one statement (SpeakerRepo.get_many): what an ambiguous
/who_said asks for its candidates, each of which it looked up on its own before."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.store import Store


async def test_several_speakers_are_looked_up_at_once_as_one_by_one(sample_store: Store) -> None:
    """An ambiguous /who_said looks its candidates up in one statement: each id gives the
    speaker `get` gives, a merged one its curated record, a hidden or unknown one nothing."""
    ids = {name: i for i, name in await sample_store.speakers.names()}
    wanted = [ids["John Kirby"], ids["Lloyd Austin"], ids["Lloyd Austin"], 999_999]
    found = await sample_store.speakers.get_many(wanted)
    assert sorted(rec.name for rec in found.values()) == ["John Kirby", "Lloyd Austin"]
    now = datetime(2024, 11, 16, 9, 0, tzinfo=UTC)
    await sample_store.curation.add("merge", "Lloyd Austin", "test", now, value="John Kirby")
    await sample_store.curation.add("hide_speaker", "Wolodymyr Selenskyj", "test", now)
    wanted.append(ids["Wolodymyr Selenskyj"])
    found = await sample_store.speakers.get_many(wanted)
    assert found == {
        sid: rec for sid in wanted if (rec := await sample_store.speakers.get(sid)) is not None
    }
    assert found[ids["Lloyd Austin"]].name == "John Kirby"
    assert ids["Wolodymyr Selenskyj"] not in found
