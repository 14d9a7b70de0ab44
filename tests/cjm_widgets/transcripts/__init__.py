"""Tests of cjm_widgets.transcripts; a package so that test files of two subpackages may share a name."""
