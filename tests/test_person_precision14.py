"""Person and title rules found by the fourteenth precision read (issue 9): the subject of a title in narrative
is a pronoun opening a clause after a name, not that name. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_a_pronoun_opening_a_clause_after_a_name_is_the_subject_of_the_post_taken() -> None:
    text = ("Năm 2010, ông Trần Văn Hưng làm Phó Chánh án. Tháng 3/2019, khi đang là thư ký của Chánh án "
            "Nguyễn Văn Bình, ông được điều động, bổ nhiệm giữ chức Chánh án TAND tỉnh Lào Cai.")
    got = titles_of(text)
    assert ("Chánh án Tòa án nhân dân tỉnh Lào Cai", False) in got["Trần Văn Hưng"]
    assert got["Nguyễn Văn Bình"] == {("Chánh án", False)}
    # no one named before with that pronoun: the post goes to no one rather than to the name before it
    got = titles_of("Thư ký Chánh án Nguyễn Văn Bình, ông được bổ nhiệm giữ chức Chánh án TAND tỉnh Lào Cai.")
    assert ("Chánh án Tòa án nhân dân tỉnh Lào Cai", False) not in got.get("Nguyễn Văn Bình", set())
    # the name itself as the subject still takes the post
    got = titles_of("Ông Lê Văn Tâm, Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc Sở Y tế.")
    assert ("Giám đốc Sở Y tế", False) in got["Lê Văn Tâm"]
