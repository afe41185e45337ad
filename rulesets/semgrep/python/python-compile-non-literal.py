import ast
import re


def load_rule(text):
    # ruleid: python-compile-non-literal
    code = compile(text, "<rule>", "exec")
    namespace = {}
    exec(code, namespace)
    return namespace


def score_expression(expression):
    # ruleid: python-compile-non-literal
    return eval(compile(expression, "<score>", mode="eval"))


def constant():
    # ok: python-compile-non-literal
    return compile("1 + 1", "<constant>", "eval")


def parse_only(source):
    # an AST for inspection, never run
    # ok: python-compile-non-literal
    tree = compile(source, "<check>", "exec", ast.PyCF_ONLY_AST)
    return tree


def regex(pattern):
    # ok: python-compile-non-literal
    return re.compile(pattern)
