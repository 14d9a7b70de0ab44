"""Tests of cjm_widgets.survey; a package so that test files of two subpackages may share a name."""
