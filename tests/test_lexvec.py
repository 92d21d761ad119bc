"""The packaged word vectors: real vectors from the installed wheel, looked up by word."""

import numpy as np

from faultlines import lexvec


def test_words_of_one_meaning_are_closer_than_unrelated_words() -> None:
    assert lexvec.similarity("condemn", "criticize") > lexvec.similarity("condemn", "visit") + 0.3
    assert lexvec.similarity("indict", "prosecute") > lexvec.similarity("indict", "celebrate")


def test_unknown_word_has_a_zero_vector_and_no_neighbours() -> None:
    assert lexvec.row("qqzxvbrt") == -1
    assert not np.any(lexvec.vector("qqzxvbrt"))
    assert lexvec.nearest("qqzxvbrt", ["attack", "visit"]) == [("attack", 0.0), ("visit", 0.0)]


def test_nearest_ranks_candidates_and_leaves_out_the_word_itself() -> None:
    ranked = lexvec.nearest("shelling", ["visit", "airstrike", "shelling", "qqzxvbrt"], k=5)
    assert [w for w, _ in ranked] == ["airstrike", "visit"]
    assert abs(float(np.linalg.norm(lexvec.vector("Shell"))) - 1.0) < 1e-5
