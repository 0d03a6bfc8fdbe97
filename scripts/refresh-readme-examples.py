#!/usr/bin/env python3
"""Replaces the example outputs in README.md with what the current build prints on the sample year.

Run after a change to the sample year or to what the commands print:
    python3 scripts/refresh-readme-examples.py
Each example is the fenced block that follows a line holding its marker comment.
"""
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMMEX = os.path.join(ROOT, ".build", "debug", "immex")
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", IMMEX_KEY_PASSWORD="IMMEX-prueba-2025", NO_COLOR="1")


def run(*arguments):
    result = subprocess.run([IMMEX, *arguments], cwd=ROOT, env=ENV, capture_output=True, text=True)
    return result.stdout.rstrip("\n")


EXAMPLES = {
    "file": lambda: "$ immex file 2025\n" + run("file", "2025"),
    "check": lambda: "$ immex check 2025 --as-of 2025-06-30\n" + run("check", "2025", "--as-of", "2025-06-30"),
    "verify": lambda: "$ immex verify out/2025/immex-2025-evidence.zip --ca-file fiscal-years/2025/efirma/test-ca.pem\n"
    + run("verify", "out/2025/immex-2025-evidence.zip", "--ca-file", "fiscal-years/2025/efirma/test-ca.pem"),
}

path = os.path.join(ROOT, "README.md")
text = open(path, encoding="utf-8").read()
for name, produce in EXAMPLES.items():
    pattern = re.compile(r"(<!-- example: %s -->\n```\n)(.*?)(\n```)" % name, re.S)
    if not pattern.search(text):
        raise SystemExit("README.md has no '<!-- example: %s -->' block" % name)
    output = produce()
    text = pattern.sub(lambda m: m.group(1) + output + m.group(3), text)
open(path, "w", encoding="utf-8").write(text)
