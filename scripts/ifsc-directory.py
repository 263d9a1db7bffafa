#!/usr/bin/env python3
"""Converts the npm package "ifsc" into CounterDesk's compact IFSC directory.

Usage: ifsc-directory.py PACKAGE_DIR VERSION DATE > ifsc-directory.txt

One line per record, fields separated by tabs (app/banks/IfscDirectory reads it):
  V  version  date                       where the data came from
  B  code  name  numbers  others         a bank: its four-letter code, its name, its
                                         numeric branch codes (ascending, each written
                                         as the difference from the one before), and
                                         its other branch codes (comma-separated)
  S  ifsc-or-prefix  code                an IFSC (or the start of one) leased to
                                         the bank with that code (a sublet)
"""
import json
import sys
from pathlib import Path


def main() -> int:
    package, version, date = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    src = package / "src"
    branches = json.loads((src / "IFSC.json").read_text(encoding="utf-8"))
    names = json.loads((src / "banknames.json").read_text(encoding="utf-8"))
    sublets = json.loads((src / "sublet.json").read_text(encoding="utf-8"))
    custom = json.loads((src / "custom-sublets.json").read_text(encoding="utf-8"))

    out = sys.stdout
    out.write("# CounterDesk's offline IFSC directory. Made by scripts/update-ifsc-directory.sh from the\n")
    out.write("# npm package ifsc (Razorpay, https://github.com/razorpay/ifsc); the dataset is in the public\n")
    out.write("# domain. Do not edit by hand. Format: scripts/ifsc-directory.py.\n")
    out.write(f"V\t{version}\t{date}\n")
    for code in sorted(set(branches) | set(names)):
        numbers = sorted(b for b in branches.get(code, []) if isinstance(b, int))
        others = sorted(b for b in branches.get(code, []) if isinstance(b, str))
        deltas = []
        previous = 0
        for n in numbers:
            deltas.append(str(n - previous))
            previous = n
        name = " ".join(names.get(code, code).split())
        out.write(f"B\t{code}\t{name}\t{','.join(deltas)}\t{','.join(others)}\n")
    leased = dict(sublets)
    leased.update(custom)
    for ifsc in sorted(leased):
        out.write(f"S\t{ifsc}\t{leased[ifsc]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
