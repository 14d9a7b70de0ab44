"""Tests of cjm_widgets.present; a package so that test files of two subpackages may share a name."""
