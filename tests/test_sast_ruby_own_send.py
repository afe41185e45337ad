"""`obj.send(x)` on an object the method made from a class of the tree that defines its own
`send` calls that method, not `Object#send`: the dynamic-dispatch finding there is dropped.
Any other receiver (a model found by id, an instance variable, a parameter, an object reassigned,
a class of the tree without its own `send`, a class the tree does not hold) is still reported,
and so is `public_send`, which dispatches by name whatever the class defines."""

from __future__ import annotations

import pytest

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.ruby_own_send import drop_own_send

PUBLISHER = """module Sync
  class ConfigPublisher
    def initialize(user, configs, nodes)
      @user = user
      @configs = configs
      @nodes = nodes
    end

    def send(force = false)
      @nodes.map { |node| push(node, force) }
    end

    def push(node, force)
      node
    end
  end
end
"""

PLAIN = """class LoanNotifier
  def initialize(loan)
    @loan = loan
  end

  def deliver(kind)
    kind
  end
end
"""

CALLER = """def publish_configs(user, nodes, force = false)
  configs = load_configs()
  {receiver} = {made}(
    user, configs, nodes
  )
{between}  return {receiver}.{call}(force)
end
"""


def _finding(rule: str, line: int) -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="Dynamic code execution",
        message="Request data decides which code runs",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("app/sync.rb", line, line),
        cwe=("CWE-94",),
    )


def _kept(
    made: str = "Sync::ConfigPublisher.new",
    between: str = "",
    call: str = "send",
    receiver: str = "publisher",
    classes: str = PUBLISHER,
    rule: str = "ruby-dynamic-code-execution-across-functions",
) -> int:
    caller = CALLER.format(made=made, between=between, call=call, receiver=receiver)
    files = {"app/sync.rb": caller, "lib/publisher.rb": classes}
    line = caller.splitlines().index(f"  return {receiver}.{call}(force)") + 1

    def lines(path: str) -> tuple[str, ...]:
        return tuple(files.get(path, "").splitlines())

    return len(drop_own_send([_finding(rule, line)], frozenset(files), lines))


@pytest.mark.parametrize(
    "rule", ["ruby-dynamic-code-execution", "ruby-dynamic-code-execution-across-functions"]
)
def test_send_on_an_object_made_from_a_tree_class_defining_send_is_dropped(rule: str) -> None:
    assert _kept(rule=rule) == 0
    assert _kept(made="ConfigPublisher.new") == 0
    assert _kept(made="::Sync::ConfigPublisher.new") == 0


def test_other_receivers_are_still_reported() -> None:
    # a class of the tree without its own send
    assert _kept(made="LoanNotifier.new", classes=PUBLISHER + PLAIN) == 1
    # a class the tree does not hold
    assert _kept(made="Other::Publisher.new") == 1
    # public_send dispatches by name whatever the class defines
    assert _kept(call="public_send") == 1
    # the local reassigned between, or taken from a block
    assert _kept(between="  publisher = Loan.find(params[:id])\n") == 1
    assert _kept(between="  nodes.each { |publisher| publisher }\n") == 1
    assert _kept(between="  publisher ||= fallback\n") == 1
    # a model found by id, not made there
    assert _kept(made="Loan.find") == 1
    # an instance variable set elsewhere
    assert _kept(receiver="@publisher") == 1


def test_a_class_of_the_same_name_without_send_elsewhere_keeps_the_finding() -> None:
    other = "module Billing\n  class ConfigPublisher\n    def publish\n    end\n  end\nend\n"
    assert _kept(classes=PUBLISHER + other) == 1


def test_a_send_defined_after_the_class_ended_is_not_the_class_s() -> None:
    outside = "class ConfigPublisher\n  def push\n  end\nend\n\ndef send(x)\nend\n"
    assert _kept(made="ConfigPublisher.new", classes=outside) == 1
    singleton = "class ConfigPublisher\n  def self.send(x)\n  end\nend\n"
    assert _kept(made="ConfigPublisher.new", classes=singleton) == 1


def test_a_parameter_of_the_method_is_not_made_there() -> None:
    caller = (
        "def publish(publisher, force)\n"
        "  publisher = Sync::ConfigPublisher.new if publisher.nil?\n"
        "  publisher.send(force)\n"
        "end\n"
    )
    files = {"app/sync.rb": caller, "lib/publisher.rb": PUBLISHER}
    lines = lambda p: tuple(files.get(p, "").splitlines())  # noqa: E731
    assert len(drop_own_send([_finding("ruby-dynamic-code-execution", 3)], frozenset(files), lines)) == 1


def test_other_rules_are_left_alone() -> None:
    assert _kept(rule="ruby-sql-injection") == 1
