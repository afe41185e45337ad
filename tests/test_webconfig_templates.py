"""Login and card forms in templates: masking, autocomplete, plain-HTTP forms, browser storage,
unescaped output and the cyber-hygiene notice, across template languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.webconfig.fields import CARD, CVV, OTP, PASSWORD, PIN, kind_of, masking
from aiscan.webconfig.markup import DYNAMIC, parse_markup
from aiscan.webconfig.notice import notice_line
from tests.conftest import FIXTURES
from tests.semgrep_support import scan_files
from tests.webconfig_helpers import flaws, present, run_web_config, where, write


def _input(html: str):  # type: ignore[no-untyped-def]
    return parse_markup(html).inputs[0]


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ('<input type="password" name="x">', PASSWORD),
        ('<input name="newPassword">', PASSWORD),
        ('<input name="user_pwd">', PASSWORD),
        ('<input id="pin">', PIN),
        ('<input asp-for="Model.Pin">', PIN),
        ('<input name="cvc2">', CVV),
        ('<input autocomplete="cc-csc">', CVV),
        ('<input name="sms_code">', OTP),
        ('<input id="otp">', OTP),
        ('<input autocomplete="one-time-code" name="c">', OTP),
        ('<input name="card_number">', CARD),
        ('<input autocomplete="cc-number" name="n">', CARD),
        ('<input name="passport_number">', None),
        ('<input name="user_email" type="email">', None),
        ('<input name="password_hint">', None),
        ('<input name="promo_code">', None),
        ('<input name="spinner">', None),
        ('<input autocomplete="new-password" name="x">', None),
        ('<input autocomplete="new-password" name="new_pass">', PASSWORD),
        ('<input autocomplete="new-password" id="primaryBaseURL" placeholder="https://">', None),
        ('<input type="password" autocomplete="new-password" id="baseURL">', PASSWORD),
        ('<input type="text" autocomplete="current-password" name="x">', PASSWORD),
        # new-password on a text field only keeps the browser from filling it: the names decide
        ('<input type="text" autocomplete="new-password" id="primaryBaseURL">', None),
        ('<input type="url" autocomplete="current-password" name="server">', None),
        ('<input type="text" autocomplete="new-password" name="admin_password">', PASSWORD),
        # a multi-line field holds text, never a short code: named for a PIN, a CVV, a one-time
        # code or a card number it is something else (a list of packages to pin, notes)
        ('<textarea id="pin-packages" name="pin_packages"></textarea>', None),
        ('<textarea name="otp_notes"></textarea>', None),
        ('<textarea name="card_number"></textarea>', None),
        ('<textarea autocomplete="cc-csc" name="c"></textarea>', None),
        # a password typed into a multi-line field is still a password shown as typed
        ('<textarea name="password"></textarea>', PASSWORD),
        ('<input id="pin-code">', PIN),
    ],
)
def test_inputs_are_classified_by_type_name_id_and_hint(html: str, kind: str | None) -> None:
    assert kind_of(_input(html)) == kind


@pytest.mark.parametrize(
    ("html", "masked"),
    [
        ('<input name="password" type="password">', True),
        ('<input name="password" type="text">', False),
        ('<input name="password">', False),
        ('<textarea name="password"></textarea>', False),
        ('<input name="password" style="-webkit-text-security: disc">', True),
        ("<input name=\"password\" :type=\"show ? 'text' : 'password'\">", None),
        ('<input name="password" th:type="${t}">', None),
        ('<input name="password" type={show ? "text" : "password"} />', None),
        ('<input name="password" type={"password"} />', True),
        ('<input name="password" type="hidden">', None),
        ('<input asp-for="Password" />', None),
        ('<input asp-for="Password" type="text" />', False),
    ],
)
def test_masking_is_judged_only_on_static_types(html: str, masked: bool | None) -> None:
    assert masking(_input(html)) is masked


def test_bound_attributes_read_as_dynamic() -> None:
    tag = _input('<input name="p" [autocomplete]="mode" type="{{ t }}">')
    assert tag.attr("autocomplete") == DYNAMIC
    assert tag.attr("type") == DYNAMIC


def test_demo_login_and_apply_templates_are_found_with_their_lines() -> None:
    outcome = run_web_config(FIXTURES / "mfo-demo")
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in flaws(outcome)}
    assert ("web-secret-input-unmasked", "web/templates/login.html", 11) in found
    assert ("web-otp-input-unmasked", "web/templates/login.html", 19) in found
    assert ("web-credential-autocomplete", "web/templates/login.html", 6) in found
    assert any(r == "web-login-cyber-hygiene-notice" and p == "web/templates/login.html" for r, p, _ in found)
    assert ("web-template-unescaped-output", "web/templates/apply.html", 6) in found
    assert ("web-form-http-action", "web/templates/apply.html", 9) in found


def test_clean_twin_has_the_protections_as_evidence() -> None:
    outcome = run_web_config(FIXTURES / "mfo-clean")
    assert not [f for f in flaws(outcome) if f.location.path.startswith("web/")]
    rules = {f.rule_id for f in present(outcome)}
    assert {
        "web-secret-inputs-masked",
        "web-credential-autocomplete-off",
        "web-login-cyber-hygiene-notice",
    } <= rules


def test_one_autocomplete_finding_per_form_and_an_explicit_bad_value_on_its_input(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "login.html": (
                '<form action="/l">\n<input name="password" type="password">\n'
                '<input name="pin" type="password">\n</form>\n'
                '<form action="/c" autocomplete="off">\n'
                '<input name="cvv" type="password" autocomplete="cc-csc">\n</form>\n'
            )
        },
    )
    outcome = run_web_config(tmp_path)
    assert where(flaws(outcome, "web-credential-autocomplete")) == {("login.html", 1), ("login.html", 6)}


@pytest.mark.parametrize(
    "wording",
    [
        "Никому не сообщайте код из SMS",
        "Осторожно, мошенники!",
        "Правила безопасности",
        "Кодты ешкімге айтпаңыз",
        "Алаяқтардан сақ болыңыз",
        "We will never ask for your password",
        "Never share your one-time code",
        "Cyber hygiene",
    ],
)
def test_notice_wording_in_russian_kazakh_and_english(wording: str) -> None:
    assert notice_line(f"<p>\n{wording}\n</p>") == 2


def test_ordinary_pages_carry_no_notice() -> None:
    assert notice_line("<p>Войти в личный кабинет</p><a>Забыли пароль?</a><p>Sign in</p>") is None


def test_notice_in_a_razor_layout_counts(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "Views/Account/Login.cshtml": (
                '@{ Layout = "_Layout"; }\n<form autocomplete="off">\n'
                '<input asp-for="Password" type="password" />\n</form>\n'
            ),
            "Views/Shared/_Layout.cshtml": (
                "<html><body>@RenderBody()<p>Never share your SMS code.</p></body></html>\n"
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    # Razor names a layout without its extension; the notice must be in the page itself then.
    notice = [f for f in outcome.findings if f.rule_id == "web-login-cyber-hygiene-notice"]
    assert len(notice) == 1


def test_storage_in_plain_scripts_is_left_to_the_sast_rules(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "static/auth.js": 'localStorage.setItem("password", password);\n',
            "src/Login.tsx": (
                'localStorage.setItem("password", p);\n'
                'export const L = () => <input name="password" type="password" autoComplete="off" />;\n'
            ),
            "templates/inline.html": '<script>\nsessionStorage["otp"] = code;\n</script>\n',
        },
    )
    outcome = run_web_config(tmp_path)
    assert where(flaws(outcome, "web-credentials-in-storage")) == {("templates/inline.html", 2)}


def test_unescaped_output_in_each_template_language(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.html": "{{ x|safe }}\n",
            "b.twig": "{{ x|raw }}\n",
            "c.cshtml": "@Html.Raw(Model.Bio)\n",
            "d.blade.php": "{!! $bio !!}\n",
            "e.hbs": "{{{bio}}}\n",
            "f.ejs": "<%- bio %>\n",
            "g.erb": "<%- if x %>\n",
            "h.vue": '<div v-html="bio"></div>\n',
            "i.svelte": "{@html bio}\n",
            "j.html": "{% autoescape false %}{{ x }}{% endautoescape %}\n",
        },
    )
    paths = {p for p, _ in where(flaws(run_web_config(tmp_path), "web-template-unescaped-output"))}
    assert paths == {
        "a.html",
        "b.twig",
        "c.cshtml",
        "d.blade.php",
        "e.hbs",
        "f.ejs",
        "j.html",
    }


def test_raw_html_of_vue_and_svelte_components_is_left_to_the_component_rules(tmp_path: Path) -> None:
    # The web check reads the component files for forms, but raw HTML in them is judged by the
    # semgrep rules, which know a value sanitized in the component: one verdict per line.
    component = (
        '<template>\n  <div v-html="clean"></div>\n  <p v-html="bio"></p>\n</template>\n'
        "<script>\nimport DOMPurify from 'dompurify';\nexport default {\n  computed: {\n"
        "    clean() { return DOMPurify.sanitize(this.raw); },\n  },\n};\n</script>\n"
    )
    files = {
        "web/Profile.vue": component,
        "web/Bio.svelte": "<div>{@html bio}</div>\n<p>{@html DOMPurify.sanitize(bio)}</p>\n",
    }
    write(tmp_path / "web-check", files)
    assert not flaws(run_web_config(tmp_path / "web-check"), "web-template-unescaped-output")
    found = {
        (f.rule_id, f.location.path, f.location.start_line)
        for f in scan_files(tmp_path / "rules", files).findings
    }
    assert found == {("vue-raw-html", "web/Profile.vue", 3), ("svelte-raw-html", "web/Bio.svelte", 1)}


def test_forms_to_localhost_and_https_are_not_plain_http_findings(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "f.html": (
                '<form action="http://localhost:5000/x"></form>\n<form action="https://a.kz/x"></form>\n'
                '<form action="/x"><button formaction="http://a.kz/y">Go</button></form>\n'
            )
        },
    )
    assert where(flaws(run_web_config(tmp_path), "web-form-http-action")) == {("f.html", 3)}


def test_templates_in_test_folders_are_not_production_pages(tmp_path: Path) -> None:
    write(tmp_path, {"tests/fixtures/login.html": '<input name="password" type="text">\n'})
    assert not run_web_config(tmp_path).findings


@pytest.mark.parametrize(
    "body",
    [
        "{{ data|tojson|safe }}",
        "{{ field.help_text|safe }}",
        "{{ fieldset.description|safe }}",
        """{{ _('Use <a href="%(l)s">this link</a>', l=link)|safe }}""",
        "{{ field(**kwargs)|safe }}",
        "{{{ body }}}",
        "{{ entry.comments[0].text|clean_string|safe }}",
        "{{ loan.note | sanitize_html | safe }}",
        "{{ client.bio|bleach|safe }}",
        "{{ field(class=class, placeholder=placeholder) | safe }}",
        "{{ form.amount(class_='form-control') | safe }}",
        # a value the application escaped and named so (a property returning json.dumps(name))
        "{{ user.json_escaped_name | safe }}",
        "{{ escaped_comment|safe }}",
        # Django's force_escape escapes at once; urlize and linebreaks then add only their own tags
        "{{ rank.description|force_escape|urlize|linebreaks|safe }}",
        "{{ note | force_escape | safe }}",
        # |safe on the developer's own literal, a filter's argument in Jinja: the value is escaped
        # by `replace` and only the literal `<br>` is written as markup
        """{{ loan.address|replace('\\n', '<br>'|safe) }}""",
        """{{ note|replace("\\n", "<br>"|safe) }}""",
        "{{ '<hr>'|safe }}",
        # each tag of a Django form's media, built by Media.render_css / render_js (format_html)
        "{% for asset in form.media.render_css %}{{ asset|safe }}{% endfor %}",
        "{% for js in view.form.media.render_js %}\n  {{ js|safe }}\n{% endfor %}",
    ],
)
def test_values_made_safe_or_html_by_design_are_not_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"page.html": f"<div>{body}</div>\n"})
    assert not flaws(run_web_config(tmp_path), "web-template-unescaped-output")


def test_an_ejs_layout_printing_its_rendered_page_is_not_unescaped_output(tmp_path: Path) -> None:
    # express-ejs-layouts and similar print the page, rendered (and escaped) by its own view,
    # into the layout with `<%- body %>`; the layout's file has no other template syntax
    write(
        tmp_path,
        {
            "views/layout.ejs": "<html>\n  <body>\n    <%- body %>\n  </body>\n</html>\n",
            "views/profile.ejs": "<p><%- user.bio %></p>\n<%-body%>\n",
        },
    )
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("views/profile.ejs", 1)}


def test_a_layout_printing_its_rendered_head_and_body_is_not_unescaped_output(tmp_path: Path) -> None:
    # a server renderer (a component framework's render(), an SSR bundle) returns the page's head
    # tags and body, each escaped by the renderer; the layout shell prints both raw. A value named
    # otherwise in the same layout is still reported.
    write(
        tmp_path,
        {
            "templates/shell.hbs": (
                "<html>\n  <head>\n    {{{ head }}}\n    {{{headline}}}\n  </head>\n"
                "  <body>{{{body}}}</body>\n</html>\n"
            ),
            "views/shell.ejs": "<html>\n<head><%- head %></head>\n<body><%- header %></body>\n</html>\n",
        },
    )
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("templates/shell.hbs", 4), ("views/shell.ejs", 3)}


@pytest.mark.parametrize(
    "body",
    [
        "{{ product.description|safe }}",
        "{{ fieldset.title|safe }}",
        "{{ cleaned_note|safe }}",
        "{{ render(widget)|safe }}",
        "{{ fields(note)|safe }}",
        "{{ unescaped_comment|safe }}",
        "{{ escape_hint|safe }}",
        "{{ force_escape_note|safe }}",
        # a Django filter's argument is followed by the next filter of the chain: |safe is the
        # whole value's
        """{{ note|default:"<i>none</i>"|safe }}""",
        "{{ '<br>'|safe ~ note|safe }}",
        """{{ note|replace('\\n', '<br>')|safe }}""",
        "{% for note in loan.notes %}{{ note|safe }}{% endfor %}",
        "{% for asset in form.media.render_css %}{% endfor %}{{ asset|safe }}",
    ],
)
def test_other_values_marked_safe_are_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"page.html": f"<div>{body}</div>\n"})
    assert where(flaws(run_web_config(tmp_path), "web-template-unescaped-output")) == {("page.html", 1)}


def test_email_bodies_and_non_html_templates_are_not_pages(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "templates/email/reset.html": "{% autoescape off %}{{ link }}{% endautoescape %}\n",
            "templates/js/app.js.ejs": "const name = '<%- name %>';\n",
        },
    )
    assert not run_web_config(tmp_path).findings


@pytest.mark.parametrize(
    "folder",
    [
        "core/server/services/comments/email-templates/",
        "app/mail_templates/",
        "app/views/mailers/",
        "app/views/loan_mailer/",
        "resources/views/emails/partials/",
    ],
)
def test_templates_in_a_folder_of_email_bodies_are_not_pages(tmp_path: Path, folder: str) -> None:
    write(tmp_path, {folder + "reply.hbs": '<p>{{{t "New reply on {title}" title=postTitle}}}</p>\n'})
    assert not run_web_config(tmp_path).findings


@pytest.mark.parametrize("folder", ["views/templates/", "views/mailbox/", "public/emailer-widget/"])
def test_folders_only_named_like_mail_still_hold_pages(tmp_path: Path, folder: str) -> None:
    write(tmp_path, {folder + "reply.hbs": "<p>{{{comment.html}}}</p>\n"})
    assert where(flaws(run_web_config(tmp_path), "web-template-unescaped-output")) == {
        (folder + "reply.hbs", 1)
    }


def test_submit_buttons_named_like_passwords_are_not_credentials(tmp_path: Path) -> None:
    write(
        tmp_path, {"change.html": '<form><input type="submit" name="set-password" value="Change"></form>\n'}
    )
    outcome = run_web_config(tmp_path)
    assert not outcome.findings
    assert "0 secret or card inputs judged" in outcome.run.reason


LOAN_TAGS = '''"""Template tags of the loan pages."""
import markdown
from django import template
from django.utils.safestring import mark_safe
from readme_renderer import markdown as md_render
import bleach

register = template.Library()


@register.simple_tag()
def loan_terms(value):
    """Render the loan's terms from Markdown."""
    return md_render.render(value)


@register.filter(name="clean_note")
def note_filter(value):
    return bleach.clean(value, tags=["b", "i"])


@register.simple_tag
def raw_terms(value):
    return markdown.markdown(value)


@register.simple_tag
def marked_terms(value):
    html = md_render.render(value)
    return mark_safe(html + value)
'''


@pytest.mark.parametrize(
    "block",
    [
        "{% loan_terms loan.terms %}",
        "<div class='terms'>{% loan_terms loan.terms %}</div>",
        "{{ loan.note|clean_note }}",
        "{# the terms, cleaned #}{% loan_terms loan.terms %}",
    ],
)
def test_an_autoescape_off_block_writing_only_a_sanitisers_output_is_not_reported(
    tmp_path: Path, block: str
) -> None:
    write(
        tmp_path,
        {
            "loans/templatetags/loan_markup.py": LOAN_TAGS,
            "loans/templates/loan.html": f"{{% autoescape off %}}\n  {block}\n{{% endautoescape %}}\n",
        },
    )
    assert not flaws(run_web_config(tmp_path), "web-template-unescaped-output")


@pytest.mark.parametrize(
    ("block", "tags_path"),
    [
        ("{% raw_terms loan.terms %}", "loans/templatetags/loan_markup.py"),  # Markdown, not cleaned
        ("{% marked_terms loan.terms %}", "loans/templatetags/loan_markup.py"),  # joined after cleaning
        (
            "{% loan_terms loan.terms %}{{ loan.title }}",
            "loans/templatetags/loan_markup.py",
        ),  # a raw value too
        ("{% loan_terms loan.terms %}", "loans/helpers/loan_markup.py"),  # not a tag module
        ("{% if x %}{% loan_terms loan.terms %}{% endif %}", "loans/templatetags/loan_markup.py"),
        ("{{ loan.note|clean_note|upper }}", "loans/templatetags/loan_markup.py"),  # another filter last
    ],
)
def test_other_autoescape_off_blocks_are_still_reported(tmp_path: Path, block: str, tags_path: str) -> None:
    write(
        tmp_path,
        {
            tags_path: LOAN_TAGS,
            "loans/templates/loan.html": f"{{% autoescape off %}}\n  {block}\n{{% endautoescape %}}\n",
        },
    )
    assert where(flaws(run_web_config(tmp_path), "web-template-unescaped-output")) == {
        ("loans/templates/loan.html", 1)
    }


@pytest.mark.parametrize(
    "body",
    [
        '<td><a href="{{ game.info }}"><img src="x.png"></a></td>',
        "<a href='{{game.info}}'>more</a>",
        '<form action="{{ hook.target }}" method="post"></form>',
        '<a class="btn" href="{{ profile.website }}" rel="nofollow">site</a>',
    ],
)
def test_a_value_as_the_whole_link_address_is_reported(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"gamez/templates/gamez/index.html": "{% block content %}\n" + body + "\n"})
    found = flaws(run_web_config(tmp_path), "web-template-value-as-url")
    assert where(found) == {("gamez/templates/gamez/index.html", 2)}
    assert "javascript:" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        '<a href="{{ event.get_absolute_url }}">',  # an address the application builds, named so
        '<a href="{{ submission.urls.public }}">',
        '<a href="{{ next }}">',
        '<img src="{{ game.thumbnail_path }}">',
        '<form action="{{ form_action }}" method="post">',
        '<a href="/games/{{ game.id }}/">',  # scheme and host are the template's
        '<a href="mailto:{{ user.email }}">',
        '<a href="{% url "detail" game.id %}">',
        '<a href="{{ game.info|default:"#" }}">',  # a filtered value: not judged
        '<a title="{{ game.info }}">',  # not an address
        '<a href="{{ .Info }}">',  # Go html/template filters unsafe schemes itself
    ],
)
def test_other_link_addresses_are_not_reported(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"templates/page.html": body + "\n"})
    assert not flaws(run_web_config(tmp_path), "web-template-value-as-url")


def test_link_addresses_in_angular_components_and_e_mails_are_not_reported(tmp_path: Path) -> None:
    # Angular sanitises bound URLs; mail clients run no script
    body = '<a href="{{ game.info }}">more</a>\n'
    write(tmp_path, {"src/app/game.component.html": body, "templates/emails/welcome.html": body})
    assert not flaws(run_web_config(tmp_path), "web-template-value-as-url")


def test_laravel_html_builders_written_raw_are_not_unescaped_output(tmp_path: Path) -> None:
    # `{!! Form::text(...) !!}` writes the markup of Laravel's form and HTML builders, which escape
    # the names, values and labels they are given; a value written raw beside them, a button's label
    # (HTML by design) that is not a literal, or a label whose escaping is switched off still is.
    view = (
        "{!! Form::open(['route' => 'repayments.store']) !!}\n"
        "{!! Form::label('amount', __('loans.amount')) !!}\n"
        "{!! Form::select('borrower_id', $borrowers, null, ['class' => 'form-control']) !!}\n"
        "{!! Form::text('memo', request('memo'), ['class' => 'form-control']) !!}\n"
        "{!! Html::link(route('repayments.index'), $borrower->name) !!}\n"
        "{!! csrf_field() !!}\n"
        "{!! method_field('PATCH') !!}\n"
        "{!! Form::button('<i class=\"icon-save\"></i> Save', ['type' => 'submit']) !!}\n"
        "{!! Form::close() !!}\n"
        "<p>{!! $repayment->memo !!}</p>\n"
        "{!! Form::button($repayment->memo) !!}\n"
        "{!! Form::label('memo', $repayment->memo, [], false) !!}\n"
        "{!! Form::label('memo', 'Memo') . $repayment->memo !!}\n"
        "{!! Html::tag('div', $repayment->memo) !!}\n"
        # a `{{ }}` later on the page does not end the builder's call
        "{!! Form::label('memo', __('loans.memo')) !!} <span>{{ $repayment->memo }}</span>\n"
        "{!! Html::linkRoute('repayments.show', $repayment->memo, [$repayment->id], [], null, false) !!}\n"
        # PHP's class and method names ignore case
        "{!! HTML::Link(route('repayments.index'), 'Back') !!}\n"
        "{!! HTML::decode($repayment->memo) !!}\n"
    )
    write(tmp_path, {"resources/views/repayments/fields.blade.php": view})
    found = where(flaws(run_web_config(tmp_path), "web-template-unescaped-output"))
    assert found == {("resources/views/repayments/fields.blade.php", n) for n in (10, 11, 12, 13, 14, 16, 18)}
