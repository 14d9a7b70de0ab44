"""The survey templates (codebooks), shipped inside the package as `cjm_widgets.survey_templates`."""
