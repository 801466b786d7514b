"""ui/memory.py: freed memory goes back to the system when sessions end, not before."""

import threading

from ui import memory


class Libc:
    def __init__(self) -> None:
        self.trims = 0

    def malloc_trim(self, pad: int) -> int:
        assert pad == 0
        self.trims += 1
        return 1


def test_memory_is_released_only_after_sessions_end():
    counts = iter([60, 60, 75, 0, 0, 30, 2])  # a class comes, leaves, half a class comes
    libc = Libc()
    memory._watch(libc, count=lambda: next(counts), sleep=lambda s: None, rounds=6)
    assert libc.trims == 2  # 75 → 0 and 30 → 2


def test_release_frees_unreachable_cycles():
    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    alive = threading.Event()
    import weakref

    weakref.finalize(a, alive.set)
    del a, b
    memory.release(Libc())
    assert alive.is_set()


def test_the_app_limits_malloc_arenas_and_watches_sessions():
    from tests.helpers import app

    app()
    assert memory._started.is_set()
    if memory._glibc() is not None:
        assert any(t.name == "neuron-lab-memory" for t in threading.enumerate())
