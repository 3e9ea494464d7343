#!/usr/bin/env python3
"""Runs the lookup benchmarks and prints each as a ratio to its baseline.

Usage: python3 tests/bench-ratios.py [RUNS]   (default 3 runs)

Every ratio compares two medians from the same run of the same binary
(these machines are noisy; absolute times are not evidence). The table
shows the median ratio over the runs, and the range.
"""
import re
import statistics
import subprocess
import sys

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
# (benchmark, baseline, what is compared)
PAIRS = [
    ("code_title_ours", "code_title_static_array", "`from_code` + `title` vs a static array indexed by code"),
    ("code_title_http_crate", "code_title_static_array", "`http::StatusCode::from_u16` + `canonical_reason` vs the same array"),
    ("code_title_ours", "code_title_http_crate", "`from_code` + `title` vs the `http` crate"),
    ("code_description_ours", "code_title_static_array", "`from_code` + `description` vs the array"),
    ("reference_ours", "reference_hash_map", "`from_reference` vs a `HashMap<&str, u16>` per framework"),
    ("from_str_ours", "reference_hash_map", "`FromStr` (mixed forms) vs the `HashMap` lookup"),
    ("framework_from_name_ours", "reference_loop_floor", "`Framework::from_name` vs the loop alone"),
]
UNITS = {"ns": 1.0, "µs": 1e3, "ms": 1e6, "s": 1e9}


def run_once():
    out = subprocess.run(
        ["cargo", "bench", "-q", "-p", "httpstatuses-tests", "--bench", "lookup"],
        check=True, capture_output=True, text=True,
    ).stdout
    medians = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("│")]
        match = re.match(r"^[├╰]─ (\S+)\s+([\d.]+) (\S+)$", cells[0]) if cells else None
        if not match or len(cells) < 3:
            continue
        value, unit = cells[2].split()
        medians[match.group(1)] = float(value) * UNITS[unit]
    return medians


def main():
    ratios = {pair: [] for pair in PAIRS}
    for index in range(RUNS):
        medians = run_once()
        print(f"run {index + 1}: " + ", ".join(f"{k} {v:.0f} ns" for k, v in sorted(medians.items())), file=sys.stderr)
        for pair in PAIRS:
            ratios[pair].append(medians[pair[0]] / medians[pair[1]])
    print("| comparison | ratio (median of %d runs) | range |" % RUNS)
    print("| --- | ---: | ---: |")
    for pair in PAIRS:
        values = ratios[pair]
        print(f"| {pair[2]} | {statistics.median(values):.2f}x | {min(values):.2f}-{max(values):.2f} |")


if __name__ == "__main__":
    main()
