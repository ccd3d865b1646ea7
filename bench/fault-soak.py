#!/usr/bin/env python3
"""Fault soak: `leadiq enrich --list` and `leadiq push` of --rows rows against a `leadiq sandbox` that answers 10% of
requests with a 5xx, 10% with a 429 (Retry-After: 1), drops 3% of connections (writes applied first) and adds 5 ms
latency with up to 30 ms jitter. It prints, with a verdict for each:

  - every input row accounted for: in the output, in input order, with a status (and in the rejects when not matched)
  - failed rows only where the client's retries were exhausted (a transient error is the reason)
  - the lists hold each saved person exactly once: no duplicates, none missing

Usage: bench/fault-soak.py [--rows 10000] [--binary PATH] [--seed 11]
Builds leadiq in release mode under .build-release unless --binary names a built one. Loopback only.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import tempfile
import time

from benchlib import Sandbox, release_binary, write_rows

FAULTS = ["--fail-rate", "0.1", "--throttle-rate", "0.1", "--reset-rate", "0.03", "--latency", "5", "--jitter", "30"]
# What the client retries; a row failed for one of these is one whose retries ran out.
TRANSIENT = ("server error", "too many requests", "could not reach", "connection", "transport", "timed out")


def run(binary, sandbox, arguments, cache):
    environment = dict(os.environ, XDG_CACHE_HOME=cache, **sandbox.environment)
    start = time.monotonic()
    finished = subprocess.run([binary, *arguments], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    return time.monotonic() - start, finished


def list_prospects(binary, sandbox, name, work, cache):
    """The prospects of the list called `name`, exported as JSON Lines."""
    _, lists = run(binary, sandbox, ["lists", "--json"], cache)
    ids = [entry["id"] for entry in json.loads(lists.stdout) if entry["name"] == name]
    if len(ids) != 1:
        raise RuntimeError(f"expected one list named {name!r}, found {len(ids)}")
    path = os.path.join(work, f"{ids[0]}.jsonl")
    _, exported = run(binary, sandbox, ["export", ids[0], "-o", path], cache)
    if exported.returncode != 0:
        raise RuntimeError(exported.stderr)
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--binary")
    parser.add_argument("--seed", default="11")
    options = parser.parse_args()
    binary = release_binary(options.binary)
    work = tempfile.mkdtemp(prefix="leadiq-fault-soak-")
    cache = os.path.join(work, "cache")
    rows = os.path.join(work, "rows.csv")
    write_rows(rows, options.rows)

    with Sandbox(binary, *FAULTS, "--seed", options.seed, "--credits", "100000000") as sandbox:
        output, rejects, report = (os.path.join(work, name) for name in ("out.csv", "rejects.csv", "report.json"))
        seconds, enrich = run(binary, sandbox, [
            "enrich", rows, "-o", output, "--rejects", rejects, "--report", report, "--list", "Fault soak",
            "--batch", "10", "--concurrency", "8", "--rate-limit", "1000000", "--yes", "--no-cache", "--quiet"],
            cache)
        with open(output, encoding="utf-8") as handle:
            enriched = list(csv.DictReader(handle))
        with open(rejects, encoding="utf-8") as handle:
            rejected = list(csv.DictReader(handle))
        with open(report, encoding="utf-8") as handle:
            summary = json.load(handle)
        statuses = collections.Counter(row["leadiq_status"] for row in enriched)
        in_order = [row["id"] for row in enriched] == [str(index) for index in range(options.rows)]
        failed = [row for row in enriched if row["leadiq_status"] == "failed"]
        exhausted = [row for row in failed if any(word in row["leadiq_reason"].lower() for word in TRANSIENT)]
        accounted = in_order and len(rejected) == statuses["failed"] + statuses["skipped"]
        print(f"enrich: {options.rows} rows in {seconds:.1f} s, exit {enrich.returncode}; "
              f"{dict(statuses)}; {summary['requests']} requests, {summary['retries']} retries")
        print(f"  every row accounted for, in order, rejects = failed + skipped: {verdict(accounted)}")
        print(f"  failed rows {len(failed)}, of which retries exhausted {len(exhausted)}: "
              f"{verdict(len(exhausted) == len(failed))}")
        for row in failed[:5]:
            print(f"    e.g. row {row['id']}: {row['leadiq_reason']}")

        matched = {row["leadiq_person_id"] for row in enriched if row["leadiq_person_id"]}
        saved = [prospect["personId"] for prospect in list_prospects(binary, sandbox, "Fault soak", work, cache)]
        duplicates = len(saved) - len(set(saved))
        missing = len(matched - set(saved))
        print(f"enrich --list: {len(saved)} prospects for {len(matched)} matched people; duplicates {duplicates}, "
              f"missing {missing}: {verdict(duplicates == 0 and missing == 0)}")

        pushed_path = os.path.join(work, "pushed.csv")
        seconds, push = run(binary, sandbox, ["push", rows, "--list", "Fault soak push", "-o", pushed_path,
                                              "--rate-limit", "1000000"], cache)
        with open(pushed_path, encoding="utf-8") as handle:
            pushed = list(csv.DictReader(handle))
        push_statuses = collections.Counter(row["leadiq_status"] for row in pushed)
        added = {row["Email"] for row in pushed if row["leadiq_status"] == "added"}
        emails = [prospect["workEmail"] for prospect in list_prospects(binary, sandbox, "Fault soak push", work,
                                                                        cache)]
        duplicates = len(emails) - len(set(emails))
        missing = len(added - set(emails))
        print(f"push: {options.rows} rows in {seconds:.1f} s, exit {push.returncode}; {dict(push_statuses)}; "
              f"{push.stderr.strip().splitlines()[-1] if push.stderr.strip() else ''}")
        print(f"  list holds {len(emails)} prospects for {len(added)} added rows; duplicates {duplicates}, "
              f"missing {missing}: {verdict(duplicates == 0 and missing == 0 and len(pushed) == options.rows)}")


if __name__ == "__main__":
    main()
