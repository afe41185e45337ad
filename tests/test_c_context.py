"""The code around a flawfinder hit: printf-style wrappers and copies into buffers sized from the
lengths copied (aiscan.sast.c_context), and flawfinder's findings re-rated by them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.flawfinder import FlawfinderAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Severity
from aiscan.sast.c_context import read_context

WRAPPERS = """\
#include <stdarg.h>
#include <stdio.h>

static void audit_vwarn(const char *fmt, va_list ap)
{
    fprintf(stderr, "loan-audit: ");
    vfprintf(stderr, fmt, ap);
}

void audit_log(int level, const char* format, ...)
{
    char line[512];
    va_list va;
    va_start(va, format);
    vsnprintf(line, sizeof(line) - 1, format, va);
    va_end(va);
    fputs(line, stderr);
}

#define AUDIT_MSG(buffer, fmt, args...) \\
    char buffer[1024]; \\
    snprintf(buffer, 1024, fmt, ##args);

/* not wrappers: the format comes from elsewhere */
void print_note(const char *note)
{
    printf(note);
}

void audit_reformat(const char *fmt, ...)
{
    char line[512];
    va_list va;
    va_start(va, fmt);
    fmt = getenv("AUDIT_FORMAT");
    vsnprintf(line, sizeof(line), fmt, va);
    va_end(va);
}

void audit_from(char *buf, const char *fmt, const char *user_text)
{
    sprintf(buf, user_text);
}

#define SHOW(text) printf(text)

#define LEDGER_ERROR(code, format, ...) \\
    ({ fprintf(stderr, format " (ledger)\\n", ##__VA_ARGS__); code; })

#define LEDGER_SNPRINTF(buf, size, ...) \\
    ({ int n_ = snprintf(buf, size, ##__VA_ARGS__); n_ < 0 ? -1 : n_; })

#define LEDGER_ENV(buf, size, ...) snprintf(buf, size, getenv("LEDGER_FMT"), __VA_ARGS__)
"""

COPIES = """\
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

char *with_branch(const char *branch, const char *account)
{
    char *ret = (char *) malloc(strlen(branch) + strlen(account) + 1);
    strcpy(ret, branch);
    return strcat(ret, account);
}

int lock_path(const char *root, const char *id)
{
    int len = strlen(root) + strlen(id) + 2;
    char buf[len];
    sprintf(buf, "%s/%s", root, id);
    return open_node(buf);
}

/* still reported: sizes that do not hold what is copied */
char *short_by_one(const char *branch, const char *account)
{
    char *ret = malloc(strlen(branch) + strlen(account));
    strcpy(ret, branch);
    return strcat(ret, account);
}

int wrong_string(const char *root, const char *id, const char *other)
{
    int len = strlen(root) + strlen(id) + 2;
    char buf[len];
    sprintf(buf, "%s/%s", root, other);
    return open_node(buf);
}

int literal_too_long(const char *root, const char *id)
{
    int len = strlen(root) + strlen(id) + 2;
    char buf[len];
    sprintf(buf, "%s/locks/%s", root, id);
    return open_node(buf);
}

char *in_a_loop(const char *first, const char *part, int n)
{
    char *ret = malloc(strlen(first) + strlen(part) + 1);
    strcpy(ret, first);
    for (int i = 0; i < n; i++)
        strcat(ret, part);
    return ret;
}

char *changed_source(const char *name, const char *other)
{
    char *ret = malloc(strlen(name) + 1);
    name = other;
    strcpy(ret, name);
    return ret;
}

void fixed(const char *name)
{
    char buf[32];
    strcpy(buf, name);
}
"""


FORMATS = """\
#include <stdio.h>
#include <stdlib.h>
#include <arpa/inet.h>

const char *branch_endpoint(int v6, const void *addr, int port)
{
    static char buf[80] = { 0 };
    char addrstr[INET6_ADDRSTRLEN] = { 0 };
    const char *fmt;
    fmt = (v6 ? "[%s]:%d" : "%s:%d");
    inet_ntop(v6 ? AF_INET6 : AF_INET, addr, addrstr, sizeof(addrstr) - 1);
    sprintf(buf, fmt, addrstr, port);
    return buf;
}

const char *branch_v4(struct in_addr a, int port)
{
    static char buf[32];
    char *addrstring;
    const char *fmt = port ? "%s:%d" : "%s";
    addrstring = inet_ntoa(a);
    sprintf(buf, fmt, addrstring, port);
    return buf;
}

void print_status(int overdue, long loan_id)
{
    const char *fmt;
    if (overdue)
        fmt = "loan %ld overdue";
    else
        fmt = "loan %ld current";
    printf(fmt, loan_id);
}

/* still high: a format or a length from elsewhere, or a buffer too small */
const char *too_small(int v6, const void *addr, int port)
{
    static char buf[40];
    char addrstr[INET6_ADDRSTRLEN];
    const char *fmt = v6 ? "[%s]:%d" : "%s:%d";
    inet_ntop(v6 ? AF_INET6 : AF_INET, addr, addrstr, sizeof(addrstr));
    sprintf(buf, fmt, addrstr, port);
    return buf;
}

void from_config(int plain, const char *custom, long id)
{
    const char *fmt = plain ? "%ld" : custom;
    printf(fmt, id);
}

void replaced(long id)
{
    const char *fmt = "loan %ld";
    fmt = getenv("LOAN_FORMAT");
    printf(fmt, id);
}

const char *any_name(const char *name, int port)
{
    static char buf[64];
    const char *fmt = port ? "%s:%d" : "%s";
    sprintf(buf, fmt, name, port);
    return buf;
}

void in_a_loop(const char **notes, int n)
{
    const char *fmt = "loan %s";
    for (int i = 0; i < n; i++) {
        printf(fmt, notes[i]);
        fmt = notes[i];
    }
}

void by_parameter(const char *fmt, long id)
{
    if (!fmt)
        fmt = "loan %ld";
    printf(fmt, id);
}
"""

SECRETS = """\
#include <stdlib.h>
#include <string.h>

typedef struct pin_secret {
    unsigned long len;
    unsigned char data[1];
} pin_secret_t;

typedef struct pin_ref {
    unsigned long len;
    unsigned char *data;
} pin_ref_t;

pin_secret_t *keep_pin(pin_secret_t *old, const char *pin)
{
    pin_secret_t *x;
    size_t len = strlen(pin);
    x = (pin_secret_t *)realloc(old, sizeof(pin_secret_t) + len);
    if (!x)
        return NULL;
    x->len = len;
    strcpy((char *) x->data, pin);
    return x;
}

/* still high: no room for the string, another string, or a member that is a pointer */
pin_secret_t *no_room(const char *pin)
{
    pin_secret_t *x = (pin_secret_t *)malloc(sizeof(pin_secret_t));
    strcpy((char *) x->data, pin);
    return x;
}

pin_secret_t *other_pin(const char *pin, const char *other)
{
    size_t len = strlen(pin);
    pin_secret_t *x = (pin_secret_t *)malloc(sizeof(pin_secret_t) + len);
    strcpy((char *) x->data, other);
    return x;
}

pin_ref_t *by_pointer(const char *pin)
{
    size_t len = strlen(pin);
    pin_ref_t *x = (pin_ref_t *)malloc(sizeof(pin_ref_t) + len);
    strcpy((char *) x->data, pin);
    return x;
}
"""


def _scan(tmp_path: Path, name: str, text: str) -> dict[tuple[int, str], Severity]:
    (tmp_path / name).write_text(text)
    outcome = FlawfinderAnalyzer().run(ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path)))
    return {
        (f.location.start_line or 0, str(f.properties.get("function"))): f.severity
        for f in outcome.findings
        if f.analyzer == "flawfinder" and "function" in f.properties
    }


def _line(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


def test_printf_style_wrappers_pass_their_callers_format_at_medium(tmp_path: Path) -> None:
    found = _scan(tmp_path, "audit.c", WRAPPERS)
    assert found[(_line(WRAPPERS, "vfprintf(stderr, fmt"), "vfprintf")] is Severity.MEDIUM
    assert found[(_line(WRAPPERS, "vsnprintf(line, sizeof(line) - 1"), "vsnprintf")] is Severity.MEDIUM
    assert found[(_line(WRAPPERS, "snprintf(buffer, 1024"), "snprintf")] is Severity.MEDIUM
    # a variadic macro's format parameter with text around it, and its variadic arguments
    # themselves (the first of them is the caller's format)
    assert found[(_line(WRAPPERS, "fprintf(stderr, format"), "fprintf")] is Severity.MEDIUM
    assert found[(_line(WRAPPERS, "snprintf(buf, size, ##__VA_ARGS__)"), "snprintf")] is Severity.MEDIUM


@pytest.mark.parametrize(
    ("needle", "after", "function"),
    [
        ("printf(note)", "", "printf"),  # a plain string parameter: no arguments for it
        ("vsnprintf(line, sizeof(line), fmt", "audit_reformat", "vsnprintf"),  # replaced first
        ("sprintf(buf, user_text)", "", "sprintf"),  # not the wrapper's format parameter
        ("printf(text)", "#define SHOW", "printf"),  # a macro that is not variadic
        ("snprintf(buf, size, getenv", "", "snprintf"),  # a variadic macro's format from elsewhere
    ],
)
def test_formats_from_elsewhere_stay_high(tmp_path: Path, needle: str, after: str, function: str) -> None:
    found = _scan(tmp_path, "audit.c", WRAPPERS)
    assert found[(_line(WRAPPERS, needle, after), function)] is Severity.HIGH


def test_copies_into_buffers_sized_from_the_lengths_copied_are_low(tmp_path: Path) -> None:
    found = _scan(tmp_path, "paths.c", COPIES)
    assert found[(_line(COPIES, "strcpy(ret, branch)"), "strcpy")] is Severity.LOW
    assert found[(_line(COPIES, "strcat(ret, account)"), "strcat")] is Severity.LOW
    assert found[(_line(COPIES, 'sprintf(buf, "%s/%s", root, id)'), "sprintf")] is Severity.LOW


@pytest.mark.parametrize(
    ("needle", "after", "function"),
    [
        ("strcat(ret, account)", "short_by_one", "strcat"),  # no room for the zero
        ('sprintf(buf, "%s/%s", root, other)', "", "sprintf"),  # another string than measured
        ('sprintf(buf, "%s/locks/%s"', "", "sprintf"),  # the literal text is longer than the room
        ("strcat(ret, part)", "in_a_loop", "strcat"),  # appended again and again
        ("strcpy(ret, name)", "changed_source", "strcpy"),  # not the string measured
        ("strcpy(buf, name)", "void fixed", "strcpy"),  # a fixed size
    ],
)
def test_other_copies_stay_high(tmp_path: Path, needle: str, after: str, function: str) -> None:
    found = _scan(tmp_path, "paths.c", COPIES)
    assert found[(_line(COPIES, needle, after), function)] is Severity.HIGH


def test_a_format_chosen_among_literals_that_fit_the_buffer_is_low(tmp_path: Path) -> None:
    found = _scan(tmp_path, "endpoint.c", FORMATS)
    assert found[(_line(FORMATS, "sprintf(buf, fmt, addrstr, port)"), "sprintf")] is Severity.LOW
    assert found[(_line(FORMATS, "sprintf(buf, fmt, addrstring, port)"), "sprintf")] is Severity.LOW
    assert found[(_line(FORMATS, "printf(fmt, loan_id)"), "printf")] is Severity.LOW


@pytest.mark.parametrize(
    ("needle", "after", "function"),
    [
        ("sprintf(buf, fmt, addrstr, port)", "too_small", "sprintf"),  # 60 bytes into 40
        ("printf(fmt, id)", "from_config", "printf"),  # one choice is not a literal
        ("printf(fmt, id)", "void replaced", "printf"),  # replaced before the call
        ("sprintf(buf, fmt, name, port)", "", "sprintf"),  # a string of any length
        ("printf(fmt, id)", "by_parameter", "printf"),  # the caller's format unless null
        ("printf(fmt, notes[i])", "", "printf"),  # replaced after the call, in a loop
    ],
)
def test_formats_not_settled_by_their_literals_stay_high(
    tmp_path: Path, needle: str, after: str, function: str
) -> None:
    found = _scan(tmp_path, "endpoint.c", FORMATS)
    assert found[(_line(FORMATS, needle, after), function)] is Severity.HIGH


def test_a_copy_into_a_trailing_one_byte_array_sized_for_the_string_is_low(tmp_path: Path) -> None:
    found = _scan(tmp_path, "secret.c", SECRETS)
    assert found[(_line(SECRETS, "strcpy((char *) x->data, pin)"), "strcpy")] is Severity.LOW


@pytest.mark.parametrize(
    "after",
    ["no_room", "other_pin", "by_pointer"],
)
def test_other_copies_into_a_member_stay_high(tmp_path: Path, after: str) -> None:
    found = _scan(tmp_path, "secret.c", SECRETS)
    needle = "strcpy((char *) x->data, other)" if after == "other_pin" else "strcpy((char *) x->data, pin)"
    assert found[(_line(SECRETS, needle, after), "strcpy")] is Severity.HIGH


C_ALPHABET = st.sampled_from(
    [
        *list("(){};,\"'\\\n #*+=[]"),
        "strlen(a)",
        "strlen(b)",
        "malloc(",
        "char ",
        "const char *fmt",
        "...",
        "va_list ap",
        "#define M(b, fmt, args...) ",
        "strcpy(d, a);",
        "strcat(d, b);",
        'sprintf(buf, "%s/%s", p, q);',
        "vfprintf(stderr, fmt, ap);",
        'const char *f = c ? "[%s]:%d" : "%ld";',
        "char a[INET6_ADDRSTRLEN];",
        "static char buf[9];",
        "sprintf(buf, f, a, 1);",
        "x = (t *)realloc(x, sizeof(t) + strlen(a));",
        "strcpy((char *) x->data, a);",
        "void f(",
        "if (",
        "/*",
        "*/",
        "//",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(C_ALPHABET, max_size=60).map("".join),
    line=st.integers(min_value=-1, max_value=12),
    name=st.sampled_from(["strcpy", "strcat", "sprintf", "vfprintf", "snprintf", "printf", "gets"]),
    category=st.sampled_from(["format", "buffer", "misc"]),
)
def test_any_text_is_read_or_left_alone(text: str, line: int, name: str, category: str) -> None:
    """Hostile C text never makes the reading raise: it either supports a lower rating or none."""
    ctx = read_context(text, line, name, category)
    assert ctx is None or ctx.severity in (Severity.MEDIUM, Severity.LOW)


def test_a_64_bit_octal_needs_22_characters() -> None:
    text = (
        "const char *show(int octal, unsigned long v)\n{\n    static char buf[%d];\n"
        '    const char *fmt = octal ? "%%lo" : "%%lu";\n    sprintf(buf, fmt, v);\n    return buf;\n}\n'
    )
    fits = read_context(text % 23, 5, "sprintf", "format")
    assert fits is not None and fits.severity is Severity.LOW
    assert read_context(text % 21, 5, "sprintf", "format") is None


EXEC_FIXED = """#define AGENT_EXE "loan-agent"

static void launch(const char *agent_path) {
    execl(agent_path, AGENT_EXE, "watchdog",
        "                ",
        (char *) 0);
}

static void launch_fixed(void) {
    execl("/usr/lib/loans/agent", "agent", "--once", NULL);
}

static void launch_from(const char *agent_path, const char *mode) {
    execl(agent_path, AGENT_EXE, mode, (char *) 0);
}

static void launch_shell(const char *command) {
    execl("/bin/sh", "sh", "-c", command, NULL);
}
"""


def test_an_execl_of_fixed_arguments_is_below_the_gate() -> None:
    """execl runs no shell: with every argument a literal (or an upper-case constant) and the
    list ended, only the program's path can choose what runs."""
    computed = read_context(EXEC_FIXED, 4, "execl", "shell")
    assert computed is not None and computed.severity is Severity.MEDIUM, computed
    assert "agent_path" in computed.reason, computed
    fixed = read_context(EXEC_FIXED, 10, "execl", "shell")
    assert fixed is not None and fixed.severity is Severity.LOW, fixed


def test_an_execl_with_an_argument_from_elsewhere_stays() -> None:
    assert read_context(EXEC_FIXED, 14, "execl", "shell") is None
    assert read_context(EXEC_FIXED, 18, "execl", "shell") is None  # a shell's command line


MACRO_FORMATS = """#define TTY_FORMAT "LOAN_TTY_%d=%d"
#define ID_FORMAT "LOAN_%d"

static void send_ttys(void) {
    char ttybuf[] = TTY_FORMAT;
    int i;
    for (i = 0; i < 3; i++) {
        sprintf(ttybuf, TTY_FORMAT, i, isatty(i));
        send_env(ttybuf);
    }
}

static void send_id(int id) {
    char idbuf[] = ID_FORMAT;
    sprintf(idbuf, ID_FORMAT, id);
    send_env(idbuf);
}

static void send_many(void) {
    char ttybuf[] = TTY_FORMAT;
    int i;
    for (i = 0; i < 3000; i++) {
        sprintf(ttybuf, TTY_FORMAT, i, isatty(i));
        send_env(ttybuf);
    }
}
"""


def test_a_format_macro_whose_text_fits_a_buffer_sized_from_it_is_low() -> None:
    """A format written as the file's own `#define` of a literal is no variable; its longest
    text (a loop counter below 10, `isatty`'s 0 or 1) fits the buffer initialised from it."""
    ctx = read_context(MACRO_FORMATS, 8, "sprintf", "format")
    assert ctx is not None and ctx.severity is Severity.LOW, ctx
    assert "TTY_FORMAT" in ctx.reason, ctx


def test_a_format_macro_whose_text_may_not_fit_stays() -> None:
    assert read_context(MACRO_FORMATS, 15, "sprintf", "format") is None  # any int: 11 characters
    assert read_context(MACRO_FORMATS, 23, "sprintf", "format") is None  # a counter up to 2999
