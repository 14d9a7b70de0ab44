"""Tests of cjm_widgets.widgets; a package so that test files of two subpackages may share a name."""
