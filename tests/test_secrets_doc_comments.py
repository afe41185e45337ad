"""Credentials in a documentation comment's usage example (the tenth production set,
docs/measurements/sast.md): a Go doc comment (the `//` lines right above a declaration), a `/** ... */` block
(JSDoc, Javadoc, PHPDoc, KDoc) and `///` lines are documentation, weighed as a Python docstring
is: a value known only by its name, its place in a call or in an HTTP header is a usage example
(medium), a key recognised by its own format still counts. A plain comment, and the same
values in code, stay high."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.secrets.doc_comments import doc_comment_spans
from tests.secrets_holdout import assessed

GO_DOC = """package client

// SetAuth sets the credentials of every request, for example:
//
//		client.SetBasicAuth("billing", "Zq8rTn4vLw2x")
//		client.SetHeaders(map[string]string{
//			"access_token": "7d1f0c2e9a4b8e6f3c5a",
//		})
func (c *Client) SetAuth(user, pass string) *Client {
	return c
}
"""

GO_CODE = """package client

func configure(client *Client) {
	client.SetBasicAuth("billing", "Zq8rTn4vLw2x")
	client.SetHeaders(map[string]string{
		"access_token": "7d1f0c2e9a4b8e6f3c5a",
	})
}
"""

# a comment that documents no declaration: a credential commented out, or a note in a body
GO_PLAIN_COMMENT = """package client

func configure(client *Client) {
	// client.SetBasicAuth("billing", "Zq8rTn4vLw2x")
	client.Use()
}
"""

JS_DOC = """'use strict';

/**
 * Parses the bearer token; a request then carries:
 *
 *   headers: { "authorization": "Basic YmlsbGluZzpacThyVG40dkx3Mng=" }
 *   oauth2: { accessToken: '7d1f0c2e9a4b8e6f3c5a' }
 *
 * @public
 */
function parser(options) {
  return options;
}
"""

JS_CODE = """'use strict';

const headers = { "authorization": "Basic YmlsbGluZzpacThyVG40dkx3Mng=" };
const oauth2 = { accessToken: '7d1f0c2e9a4b8e6f3c5a' };
"""

# `/**` inside a string (a route or a glob) opens no comment
JS_GLOB = """const routes = ["/shop/**", "/api/**"];
const oauth2 = { accessToken: '7d1f0c2e9a4b8e6f3c5a' };
// closes nothing */
"""

CS_DOC = """/// <example>
/// client.Authenticator = new HttpBasicAuthenticator("billing", "Zq8rTn4vLw2x");
/// var token = "access_token=7d1f0c2e9a4b8e6f3c5a";
/// </example>
public class Client {}
"""


def _all(found: list[tuple[str, Severity, str]], severity: Severity) -> bool:
    return bool(found) and all(sev is severity for _, sev, _why in found)


@pytest.mark.parametrize(
    ("path", "text"), [("client.go", GO_DOC), ("lib/plugins/parser.js", JS_DOC), ("src/Client.cs", CS_DOC)]
)
def test_credentials_in_a_doc_comments_example_are_an_example(path: str, text: str) -> None:
    found = assessed(path, text)
    assert _all(found, Severity.MEDIUM), found
    assert all("documentation comment" in why for _, _sev, why in found), found


@pytest.mark.parametrize(
    ("path", "text"),
    [("client.go", GO_CODE), ("client.go", GO_PLAIN_COMMENT), ("lib/plugins/parser.js", JS_CODE)],
)
def test_the_same_credentials_in_code_or_a_plain_comment_stay_high(path: str, text: str) -> None:
    found = assessed(path, text)
    assert _all(found, Severity.HIGH), found


def test_a_glob_in_a_string_opens_no_doc_comment() -> None:
    assert doc_comment_spans("routes.js", JS_GLOB) == []
    assert _all(assessed("routes.js", JS_GLOB), Severity.HIGH)


def test_a_provider_key_in_a_doc_comment_still_counts() -> None:
    text = '/**\n * new S3({ accessKeyId: "AKIAQ4NSBXYZ7KLMW2PA" })\n */\nfunction upload() {}\n'
    found = assessed("storage.js", text)
    assert found and all(sev is not Severity.MEDIUM for _, sev, _why in found), found


def test_spans_cover_the_comment_and_nothing_after_it() -> None:
    spans = doc_comment_spans("client.go", GO_DOC)
    assert len(spans) == 1
    start, end = spans[0]
    assert GO_DOC[start:end].startswith("// SetAuth")
    assert "func (c *Client)" not in GO_DOC[start:end]
    assert doc_comment_spans("client.go", GO_PLAIN_COMMENT) == []
    # a language without such comments, or a Python file (its docstrings are read elsewhere)
    assert doc_comment_spans("notes.txt", JS_DOC) == []
    assert doc_comment_spans("module.py", JS_DOC) == []


# Ruby documents in `#` comments (YARD, RDoc) and in heredocs handed to a `doc` key or a `desc`
RUBY_YARD = """# Merges each connection's settings over the defaults.
#
# @example Merging the defaults
#   $defaults = {
#     'username' => 'billing',
#     'password' => 'Zq8rTn4vLw2x',
#   }
#
# @since 4.0.0
Loans::Functions.create_function(:merge_defaults) do
  def merge_defaults(data)
    data
  end
end
"""

RUBY_DOC_HEREDOC = """Loans::Functions.newfunction(
  :merge_defaults,
  :type => :rvalue,
  :doc => <<-DOC
Merges each connection's settings over the defaults:

    $defaults = {
      'password' => 'Zq8rTn4vLw2x',
    }
DOC
) do |args|
  args
end
"""

RUBY_CODE = """class Connection
  DEFAULTS = {
    'username' => 'billing',
    'password' => 'Zq8rTn4vLw2x',
  }
end
"""

# a credential commented out above code, with no documentation tag: not documentation
RUBY_PLAIN_COMMENT = """class Connection
  # 'password' => 'Zq8rTn4vLw2x',
  DEFAULTS = { 'username' => 'billing' }
end
"""

# a heredoc that is not documentation: a configuration written out
RUBY_HEREDOC = """File.write("db.yml", <<-YAML)
production:
  password: 'Zq8rTn4vLw2x'
YAML
"""


def test_credentials_in_a_ruby_doc_comment_or_doc_heredoc_are_an_example() -> None:
    for text in (RUBY_YARD, RUBY_DOC_HEREDOC):
        found = assessed("lib/loans/functions/merge_defaults.rb", text)
        assert _all(found, Severity.MEDIUM), found
        assert all("documentation comment" in why for _, _sev, why in found), found


@pytest.mark.parametrize("text", [RUBY_CODE, RUBY_PLAIN_COMMENT, RUBY_HEREDOC])
def test_the_same_ruby_credentials_in_code_a_plain_comment_or_a_heredoc_stay_high(text: str) -> None:
    found = assessed("lib/loans/connection.rb", text)
    assert _all(found, Severity.HIGH), found
    assert doc_comment_spans("lib/loans/connection.rb", text) == []
