"""`make bench`: the speed figures of PERFORMANCE.md, each beside its baseline."""
