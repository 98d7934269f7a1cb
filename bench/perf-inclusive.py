#!/usr/bin/env python3
"""Per-change CPU from a `perf script` dump (bench/status-change-profile.sh with PERF=1).

Every sample is one on-CPU tick (cpu-clock at 499 Hz: ~2 ms). Dividing by the changes made while perf recorded gives
CPU per change, which, unlike ops/s, hardly moves when something else shares the machine.

  perf-inclusive.py STACKS --ops-per-second N [--seconds 12]            thread groups and costliest frames
  perf-inclusive.py STACKS --ops-per-second N --against OLD --against-ops-per-second M   what grew, per change
  ... --children FRAME                                                   where FRAME's time goes (one level down)
  ... --match REGEX                                                       only frames matching REGEX
"""
import argparse
import collections
import re

TICK_MS = 1000 / 499


def load(path):
    """[(thread group, [frames leaf first])]; a frame is Class.method, or the symbol when there is no class."""
    samples, thread, frames = [], None, []
    with open(path, errors="replace") as lines:
        for line in lines:
            if line[:1] not in ("\t", " "):
                if thread is not None:
                    samples.append((thread, frames))
                header = re.match(r"^(.*?)\s+\d+\s+\[\d+\]", line)
                thread, frames = (re.sub(r"\d+", "N", header.group(1)) if header else None), []
                continue
            text = line.strip()
            if text:
                symbol = text.split(" ", 1)[1] if " " in text else text
                method = re.search(r"([\w$.]+)\(", symbol)
                frames.append(method.group(1) if method else re.sub(r"\+0x.*", "", symbol)[:80])
    if thread is not None:
        samples.append((thread, frames))
    return samples


def per_change(samples, changes, group="http-nio"):
    threads = collections.Counter(t for t, _ in samples)
    inclusive = collections.Counter()
    for thread, frames in samples:
        if group in thread:
            inclusive.update(set(frames))
    return {k: v * TICK_MS / changes for k, v in threads.items()}, {k: v * TICK_MS / changes for k, v in inclusive.items()}


def main():
    args = argparse.ArgumentParser()
    args.add_argument("stacks")
    args.add_argument("--ops-per-second", type=float, required=True)
    args.add_argument("--seconds", type=float, default=12)
    args.add_argument("--against")
    args.add_argument("--against-ops-per-second", type=float)
    args.add_argument("--children")
    args.add_argument("--match", default=".")
    args.add_argument("--top", type=int, default=40)
    a = args.parse_args()
    samples = load(a.stacks)
    changes = a.ops_per_second * a.seconds
    threads, frames = per_change(samples, changes)
    if a.children:
        below = collections.Counter()
        for thread, stack in samples:
            if a.children in stack:
                i = len(stack) - 1 - stack[::-1].index(a.children)
                below[stack[i - 1] if i > 0 else "(itself)"] += 1
        print(f"{a.children}: {frames.get(a.children, 0):.3f} ms per change")
        for frame, n in below.most_common(a.top):
            print(f"  {n * TICK_MS / changes:7.3f} ms  {frame}")
        return
    old_threads, old_frames = ({}, {})
    if a.against:
        old_threads, old_frames = per_change(load(a.against), a.against_ops_per_second * a.seconds)
    print("CPU per change (ms), by thread group" + (" — against, this, difference" if a.against else ""))
    for name in sorted(set(threads) | set(old_threads), key=lambda k: -threads.get(k, 0))[:12]:
        now = threads.get(name, 0)
        print(f"  {old_threads.get(name, 0):7.3f} {now:7.3f} {now - old_threads.get(name, 0):+7.3f}  {name}"
              if a.against else f"  {now:7.3f}  {name}")
    print("Request threads, inclusive CPU per change (ms)" + (" — sorted by growth" if a.against else ""))
    rows = [(frames.get(k, 0) - old_frames.get(k, 0), old_frames.get(k, 0), frames.get(k, 0), k)
            for k in set(frames) | set(old_frames) if re.search(a.match, k)]
    rows.sort(reverse=True)
    for grew, old, now, frame in rows[: a.top]:
        print(f"  {old:7.3f} {now:7.3f} {grew:+7.3f}  {frame}" if a.against else f"  {now:7.3f}  {frame}")


if __name__ == "__main__":
    main()
