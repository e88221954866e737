#!/usr/bin/env python3
"""A host application that is not Java, asking Castellan's server for decisions.

Only Python 3's standard library (urllib, ssl, json): it logs a user in with his own login and
password, checks an option and a batch of rights for him, lists the options he sees, journals an
export he made, and logs him out. The server's certificate is pinned: the file the server wrote at
its first start (server-certificate.pem in the installation folder), or the one the installer gave.

    CASTELLAN_PASSWORD=... python3 castellan_host.py --url https://server:8443 \
        --cafile server-certificate.pem --login clerk --option com.example.till \
        --right com.example.cash --right com.example.refund \
        --export-source "Sales of the day" --rows 42 --file /tmp/sales.csv

Prints one line per step; exits 0 when every step succeeded, 1 when the server refused one
(its message is printed), 2 when the server could not be reached.
"""

import argparse
import json
import os
import ssl
import sys
import urllib.error
import urllib.request


class Refused(Exception):
    """The server answered with an error: its status, code and message."""

    def __init__(self, status, code, message):
        super().__init__(message)
        self.status = status
        self.code = code


class Castellan:
    """A small client of the decision API (see /api/v1/openapi.json on the server)."""

    def __init__(self, url, cafile):
        self.url = url.rstrip("/")
        # TLS 1.3 only, the server's own certificate as the only trusted one.
        self.context = ssl.create_default_context(cafile=cafile)
        self.context.minimum_version = ssl.TLSVersion.TLSv1_3
        self.token = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(request, context=self.context, timeout=30) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            try:
                answer = json.loads(error.read().decode("utf-8"))
            except ValueError:
                answer = {"error": "http_%d" % error.code, "message": error.reason}
            raise Refused(error.code, answer.get("error"), answer.get("message")) from None

    def login(self, login, password, program="Python host", company=None):
        body = {"login": login, "password": password, "program": program}
        if company:
            body["company"] = company
        answer = self.call("POST", "/api/v1/sessions", body)
        self.token = answer["token"]
        return answer

    def heartbeat(self, user_active=True):
        return self.call("POST", "/api/v1/session/heartbeat", {"userActive": user_active})

    def may_run(self, option):
        return self.call("POST", "/api/v1/decisions/option", {"option": option})

    def holds(self, rights):
        return self.call("POST", "/api/v1/decisions/rights", {"rights": rights})

    def visible_options(self):
        return self.call("GET", "/api/v1/options")

    def journal_export(self, source, rows, file, right=None):
        body = {"kind": "export", "source": source, "rows": rows, "file": file}
        if right:
            body["right"] = right
        return self.call("POST", "/api/v1/journal", body)

    def logout(self):
        answer = self.call("DELETE", "/api/v1/session")
        self.token = None
        return answer


def main():
    parser = argparse.ArgumentParser(description="Ask Castellan's server for decisions, as a host application would.")
    parser.add_argument("--url", required=True, help="the server, e.g. https://server:8443")
    parser.add_argument("--cafile", required=True, help="the server's certificate (PEM) to pin")
    parser.add_argument("--login", required=True)
    parser.add_argument("--company", help="the company code the session works in")
    parser.add_argument("--option", required=True, help="the option (contribution id) to ask about")
    parser.add_argument("--right", action="append", default=[], help="a right to check (repeat for a batch)")
    parser.add_argument("--export-source", required=True, help="the table the exported rows came from")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--file", required=True, help="the file the export wrote")
    args = parser.parse_args()
    password = os.environ.get("CASTELLAN_PASSWORD")
    if password is None:
        password = sys.stdin.readline().rstrip("\n")

    server = Castellan(args.url, args.cafile)
    try:
        session = server.login(args.login, password, company=args.company)
        user = session["user"]
        print("logged in: %s (%s), level %d, session %s" % (user["login"], user["name"], user["level"], session["sessionId"]))
        beat = server.heartbeat()
        print("heartbeat: open=%s" % beat["open"])
        decision = server.may_run(args.option)
        if decision["allowed"]:
            print("option %s: allowed" % args.option)
        else:
            print("option %s: refused (%s): %s" % (args.option, decision["reason"], decision["message"]))
        if args.right:
            held = server.holds(args.right)
            print("rights: " + ", ".join("%s=%s" % (right, "yes" if ok else "no") for right, ok in held["rights"].items()))
        visible = server.visible_options()
        print("visible options: " + ", ".join(option["id"] for option in visible["options"]))
        server.journal_export(args.export_source, args.rows, args.file, right=args.right[0] if args.right else None)
        print("journaled: export of %d rows of %s to %s" % (args.rows, args.export_source, args.file))
        server.logout()
        print("logged out")
        return 0
    except Refused as refusal:
        print("refused (HTTP %d, %s): %s" % (refusal.status, refusal.code, refusal), file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as problem:
        print("the server cannot be reached: %s" % problem, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
