"""Subcommands of the ``jamsos`` command line; see :mod:`jamsos.cli`."""
