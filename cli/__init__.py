"""The ``cqmap`` command line: a thin click front end over ``geo`` and ``layers``."""
