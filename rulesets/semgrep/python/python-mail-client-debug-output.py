import os
import poplib
import smtplib
from smtplib import SMTP_SSL


def send_statement(to_addr, body):
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as server:
        # ruleid: python-mail-client-debug-output
        server.set_debuglevel(1)
        server.starttls()
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.sendmail("noreply@example.kz", [to_addr], body)


def send_reminder(to_addr, body):
    client = SMTP_SSL(os.environ["SMTP_HOST"], 465)
    # ruleid: python-mail-client-debug-output
    client.set_debuglevel(2)
    client.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
    client.sendmail("noreply@example.kz", [to_addr], body)
    client.quit()


def fetch_replies():
    box = poplib.POP3_SSL(os.environ["POP_HOST"])
    # ruleid: python-mail-client-debug-output
    box.set_debuglevel(True)
    box.user(os.environ["POP_USER"])
    box.pass_(os.environ["POP_PASSWORD"])


def send_quiet(to_addr, body, verbose):
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as server:
        # ok: python-mail-client-debug-output
        server.set_debuglevel(0)
        # ok: python-mail-client-debug-output
        server.set_debuglevel(verbose)
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])


class Tracer:
    def set_debuglevel(self, level):
        self.level = level


def unrelated():
    tracer = Tracer()
    # ok: python-mail-client-debug-output
    tracer.set_debuglevel(1)
