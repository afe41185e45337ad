"""`|safe` on a Django form's own rendering (a bound field, a form, a management form, a widget)
is not unescaped output: Django's widget templates escape every value they write. What a
form holds as data (a field's value, label, the instance behind it) is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.webconfig_helpers import flaws, run_web_config, where, write


@pytest.mark.parametrize(
    "body",
    [
        # loops over bound fields: hidden, visible, every field of a form, a management form
        "{% for field in loan_form.hidden_fields() %}{{ field|safe }}{% endfor %}",
        "{% for h in form.visible_fields %}\n  {{ h|safe }}\n{% endfor %}",
        "{% for mf in repayments_formset.management_form %}{{ mf|safe }}{% endfor %}",
        "{% for field in form %}{{ field | safe }}{% endfor %}",
        "{% for fld in view.form.contact.hidden_fields() %}{{ fld|safe }}{% endfor %}",
        # a bound field named on a form
        "{{ form['amount']|safe }}",
        "{{ form[field_name]|safe }}",
        "{{ loan_form.term|safe }}",
        "{{ guarantorForm.phone|safe }}",
        # a form of a formset, then one of its fields
        "{% for f in repayments_formset %}{{ f.amount|safe }}{% endfor %}",
        "{% for f in wizard.forms %}{{ f['amount']|safe }}{% endfor %}",
        # Django's rendering methods
        "{{ field.as_widget()|safe }}",
        '{{ field.as_widget(attrs={"class": "form-control"})|safe }}',
        "{{ (field|replace_attrs(required=false)).as_widget()|safe }}",
        "{{ form.forms['main'].as_table()|safe }}",
        "{{ loan_form.as_p()|safe }}",
        "{{ field.as_hidden()|safe }}",
        "{{ formset.management_form|safe }}",
    ],
)
def test_a_django_form_rendering_marked_safe_is_not_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"templates/loan.html": f"<div>{body}</div>\n"})
    assert not flaws(run_web_config(tmp_path), "web-template-unescaped-output")


@pytest.mark.parametrize(
    "body",
    [
        # what a field or form holds, given by the request or the database
        "{% for field in form %}{{ field.value()|safe }}{% endfor %}",
        "{% for field in form %}{{ field.label|safe }}{% endfor %}",
        "{% for field in form.hidden_fields() %}{{ field.data|safe }}{% endfor %}",
        "{{ form.amount.value()|safe }}",
        "{{ form['note'].data|safe }}",
        "{{ form.instance.comment|safe }}",
        "{{ form.cleaned_data.comment|safe }}",
        "{{ loan_form.data|safe }}",
        "{{ form.initial|safe }}",
        "{% for f in repayments_formset %}{{ f.instance.note|safe }}{% endfor %}",
        # a loop already closed, a name that only ends in "form", a method of the application
        "{% for field in form.hidden_fields() %}{% endfor %}{{ field|safe }}",
        "{{ platform.name|safe }}",
        "{{ uniform[key]|safe }}",
        "{% for item in formatted_items %}{{ item|safe }}{% endfor %}",
        "{{ loan_form.render_summary(request)|safe }}",
        "{{ field.as_widget().replace('x', note)|safe }}",
    ],
)
def test_data_of_a_form_marked_safe_is_still_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"templates/loan.html": f"<div>{body}</div>\n"})
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("templates/loan.html", 1)}
