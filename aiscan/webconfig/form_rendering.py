"""`|safe` on a Django form's own rendering (p19.1, web-template-unescaped-output).

Jinja templates of Django applications write a form with `{{ field|safe }}`: a bound field, a
form, a management form or a widget renders itself through Django's widget templates, which
escape every value and attribute, and `|safe` only keeps Jinja from escaping that HTML again.
These expressions are such renderings:

- a call of Django's rendering methods ending the expression (`field.as_widget(...)`,
  `form.as_table()`, `.as_p()`, `.as_hidden()` ...), or a `.management_form`;
- a field named on a form (`form['amount']`, `form[name]`, `loan_form.term`): the form is a name
  `form`, `..._form` or `...Form`, and the attribute is none of the form's data (`instance`,
  `initial`, `data`, `cleaned_data` ...);
- the variable of a loop still open over bound fields (`form.hidden_fields()`,
  `.visible_fields`, `.management_form`, a form itself), or a field named on the variable of a
  loop over a formset's forms (`for f in members_formset` / `wizard.forms`, then `f.member`).

What a form holds is not its rendering and stays reported: `field.value()`, `field.label`,
`field.data`, `form.instance.note`, `form.cleaned_data.x`, a method of the application's own.
"""

from __future__ import annotations

import re

_FORM = r"(?:\w+_)?form|\w*[a-z0-9]Form"  # form, loan_form, guarantorForm; not platform, uniform
_DATA = r"instance|initial|data|cleaned_data|changed_data|files|fields|prefix|auto_id|label_suffix"
_KEY = r"\[\s*(?:'[\w-]*'|\"[\w-]*\"|\w+)\s*\]"
# `.as_widget(attrs={...})` ending the expression, its arguments holding at most one level of ()
_RENDERING_CALL = re.compile(r"\.as_(?:widget|hidden|text|textarea|table|p|ul|div)\((?:[^()]|\([^()]*\))*\)$")
_MANAGEMENT_FORM = re.compile(r"(?:[\w.]|" + _KEY + r")+\.management_form")
_FIELD_OF_FORM = re.compile(rf"(?:\w+\.)*(?:{_FORM})(?:{_KEY}|\.(?!(?:{_DATA})$)\w+)")
_LOOP = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+([^%]+?)\s*-?%\}")
_END_FOR = re.compile(r"\{%-?\s*endfor\b")
_FIELDS = re.compile(
    rf"(?:[\w.]|{_KEY})+\.(?:hidden_fields|visible_fields)(?:\(\))?"
    rf"|(?:[\w.]|{_KEY})+\.management_form|(?:\w+\.)*(?:{_FORM})"
)
# what a loop over a formset's forms goes over: `members_formset`, `loanFormSet`, `wizard.forms`
_FORMS = re.compile(rf"(?:\w+\.)*(?:(?:\w*_)?formset|\w*Formset|\w*FormSet)|(?:[\w.]|{_KEY})+\.forms")


def _open_loops(text: str, start: int) -> dict[str, str]:
    """The loops still open at `start`: their variable and what they go over (the innermost
    loop of a name wins)."""
    opened: list[tuple[str, str]] = []
    for m in re.finditer(_LOOP.pattern + "|" + _END_FOR.pattern, text[:start]):
        if m.group(1):
            opened.append((m.group(1), m.group(2).strip()))
        elif opened:
            opened.pop()
    return dict(opened)


def renders_a_django_form(text: str, start: int, expression: str) -> bool:
    """Whether `expression`, written with `|safe` in `{{ }}` at `start` of the template `text`,
    is a Django form's own rendering (module docstring)."""
    expr = expression.strip()
    if _RENDERING_CALL.search(expr):
        return True
    if _MANAGEMENT_FORM.fullmatch(expr) or _FIELD_OF_FORM.fullmatch(expr):
        return True
    loops = _open_loops(text, start)
    head = re.match(r"\w+", expr)
    source = loops.get(head.group(0)) if head else None
    if head is None or source is None:
        return False
    rest = expr[head.end() :]
    if not rest:
        return bool(_FIELDS.fullmatch(source))
    field = re.fullmatch(rf"{_KEY}|\.(?!(?:{_DATA})$)\w+", rest)
    return field is not None and bool(_FORMS.fullmatch(source))
