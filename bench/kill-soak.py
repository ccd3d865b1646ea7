#!/usr/bin/env python3
"""Kill soak for `leadiq enrich`: one run of --rows rows against a `leadiq sandbox` child, killed with SIGKILL at
--kills random points and run again each time with the same command, then run to its end. Prints:

  - whether the final output is byte-for-byte the output of a clean, uninterrupted run (cmp)   target identical
  - extra lookups: the sandbox's searchPeople count for the soak minus the clean run's    target <= concurrency per kill
  - that no killed run ever left its output in place (only <output>.partial)                   target 0

The kill points are drawn (from --seed) as journal sizes: each run is killed once the run journal holds that many
answers, so every kill lands mid-run whatever the machine's speed. Both runs use --no-cache, so only the journal
makes a re-run skip what was answered.

Usage: bench/kill-soak.py [--rows 3000] [--kills 20] [--concurrency 8] [--latency 20] [--seed 1] [--binary PATH]
Builds leadiq in release mode under .build-release unless --binary names a built one. Loopback only.
"""
import argparse
import filecmp
import glob
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import Sandbox, release_binary, write_rows  # noqa: E402


def sandbox_lookups(log_path):
    """The searchPeople lookups a stopped sandbox reports on its last line."""
    with open(log_path) as log:
        match = re.search(r"\((\d+) searchPeople lookups\)", log.read())
    if not match:
        raise RuntimeError(f"the sandbox printed no counters in {log_path}")
    return int(match.group(1))


def journal_answers(cache):
    """Answers in the run's journal under `cache` (a file of its own in `journals/`), 0 before it exists."""
    answers = 0
    for path in glob.glob(f"{cache}/leadiq/journals/*.sqlite"):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as database:
                answers += database.execute("SELECT COUNT(*) FROM outcomes").fetchone()[0]
        except sqlite3.Error:
            pass
    return answers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=int, default=20, help="sandbox milliseconds per request")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--binary")
    options = parser.parse_args()
    binary = release_binary(options.binary)
    work = tempfile.mkdtemp(prefix="leadiq-soak-")
    rows = os.path.join(work, "rows.csv")
    write_rows(rows, options.rows)
    sandbox_arguments = ["--latency", str(options.latency), "--credits", "100000000"]

    def command(output):
        return [binary, "enrich", rows, "-o", output, "--no-cache", "--yes", "--quiet", "--concurrency",
                str(options.concurrency), "--rate-limit", "100000000"]

    # The clean run: its output and the lookups it took.
    clean_output = os.path.join(work, "clean.csv")
    clean_log = os.path.join(work, "clean-sandbox.log")
    with open(clean_log, "w") as log, Sandbox(binary, *sandbox_arguments, stderr=log) as sandbox:
        environment = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "clean-cache"), **sandbox.environment)
        start = time.monotonic()
        status = subprocess.run(command(clean_output), env=environment).returncode
        clean_seconds = time.monotonic() - start
    clean_lookups = sandbox_lookups(clean_log)
    print(f"clean run: {options.rows} rows in {clean_seconds:.1f} s, {clean_lookups} lookups, exit {status}")

    # The soak: killed at --kills journal sizes, resumed each time, then run to its end.
    generator = random.Random(options.seed)
    targets = sorted(generator.sample(range(1, options.rows), options.kills))
    output = os.path.join(work, "soak.csv")
    cache = os.path.join(work, "soak-cache")
    soak_log = os.path.join(work, "soak-sandbox.log")
    kills, finished_early, output_in_place = 0, 0, 0
    with open(soak_log, "w") as log, Sandbox(binary, *sandbox_arguments, stderr=log) as sandbox:
        environment = dict(os.environ, XDG_CACHE_HOME=cache, **sandbox.environment)
        start = time.monotonic()
        for target in targets:
            child = subprocess.Popen(command(output), env=environment, stderr=subprocess.DEVNULL)
            while child.poll() is None and journal_answers(cache) < target:
                time.sleep(0.01)
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            else:
                finished_early += 1
            child.wait()
            output_in_place += os.path.exists(output)
        status = subprocess.run(command(output), env=environment).returncode
        soak_seconds = time.monotonic() - start
    soak_lookups = sandbox_lookups(soak_log)

    identical = filecmp.cmp(clean_output, output, shallow=False)
    extra = soak_lookups - clean_lookups
    bound = options.concurrency * kills
    print(f"soak: {kills} SIGKILLs at journal sizes {targets[0]}..{targets[-1]} ({finished_early} runs ended "
          f"before their kill point), then a final run: {soak_seconds:.1f} s in all, exit {status}")
    print(f"output identical to the clean run (cmp): {identical} (target True: {'met' if identical else 'MISSED'})")
    print(f"lookups: soak {soak_lookups}, clean {clean_lookups}, extra {extra} = {extra / max(1, kills):.2f} per kill "
          f"(target <= {bound} = concurrency {options.concurrency} x {kills} kills: "
          f"{'met' if 0 <= extra <= bound else 'MISSED'})")
    print(f"killed runs that left their output in place: {output_in_place} (target 0: "
          f"{'met' if output_in_place == 0 else 'MISSED'})")


if __name__ == "__main__":
    main()
