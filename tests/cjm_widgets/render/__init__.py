"""Tests of cjm_widgets.render; a package so that test files of two subpackages may share a name."""
