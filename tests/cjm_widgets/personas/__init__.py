"""Tests of cjm_widgets.personas; a package so that test files of two subpackages may share a name."""
