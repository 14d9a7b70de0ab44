"""Tests of cjm_widgets.sentiment; a package so that test files of two subpackages may share a name."""
