import jinja2
from flask import render_template_string
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

# ruleid: python-template-autoescape-disabled
letters = Environment(loader=FileSystemLoader("templates"), autoescape=False)
# ok: python-template-autoescape-disabled
pages = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
# ruleid: python-template-autoescape-disabled
NOTICE = Template("<div class='notice'>{{ text|safe }}</div>")
# ok: python-template-autoescape-disabled
BANNER = Template("<div class='banner'>{{ text }}</div>")


def preview(body):
    # ruleid: python-template-autoescape-disabled
    return render_template_string("{% autoescape false %}{{ body }}{% endautoescape %}", body=body)


def setup_app(app):
    import aiohttp_jinja2
    from jinja2 import PackageLoader

    # ruleid: python-template-autoescape-disabled
    aiohttp_jinja2.setup(app, loader=PackageLoader("lender", "templates"), autoescape=False)
    # ok: python-template-autoescape-disabled
    aiohttp_jinja2.setup(app, loader=PackageLoader("lender", "templates"), autoescape=True)


def traceback_text(data):
    from django.template import Context

    # plain text, not HTML
    # ok: python-template-autoescape-disabled
    return Context(data, autoescape=False, use_l10n=False)


def latex_environment(template_dir):
    # LaTeX, not HTML: the delimiters are redefined as LaTeX commands (escaping is LaTeX's)
    # ok: python-template-autoescape-disabled
    return Environment(
        loader=FileSystemLoader(template_dir),
        autoescape=False,
        block_start_string=r"\BLOCK{",
        block_end_string="}",
        variable_start_string=r"\VAR{",
        variable_end_string="}",
    )


def latex_environment_parentheses(template_dir):
    # the parentheses delimiters of LaTeX templates (`((( value )))`, `((* if *))`)
    # ok: python-template-autoescape-disabled
    return Environment(
        loader=FileSystemLoader(template_dir),
        autoescape=False,
        block_start_string="((*",
        block_end_string="*))",
        variable_start_string="(((",
        variable_end_string=")))",
    )


def vue_page_environment(template_dir):
    # HTML whose delimiters step aside for a script framework's own `{{ }}`: still HTML
    # ruleid: python-template-autoescape-disabled
    return Environment(
        loader=FileSystemLoader(template_dir),
        autoescape=False,
        variable_start_string="[[",
        variable_end_string="]]",
    )


def latex_environment_by_module(template_dir):
    # ok: python-template-autoescape-disabled
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        autoescape=False,
        variable_start_string=r"\VAR{",
        variable_end_string="}",
    )
