#!/usr/bin/env python3
"""Learns attribution cue words from PolNeAR train (standard library only).

For every lowercase word, counts how often it occurs in the train texts and
how often it lies inside a gold attribution cue. Words that are cues at least
MIN_PRECISION of the time, at least MIN_COUNT times, are written to
data/lexicon/learned_cues.tsv (word, cue rate, cue count), a lexicon the
extractor reads as extra `said` cues after the hand-written cues.tsv rows.

    python3 scripts/induce_cues.py [../shared/data/polnear/train]
"""
import collections
import glob
import os
import re
import sys

MIN_COUNT = 4
MIN_PRECISION = 0.35
# Words inside gold cues that do not mark a speaker on their own: "known" is
# mostly "known as" (it names a thing); the extractor's records with it had
# the right source 3% of the time on train. "according" is only ever "according
# to X", which cues.tsv reads with its source after it; as a speech verb of its
# own it took the subject of the clause before ("It would raise $110 billion,
# according to the paper" gave "It" as the speaker). "nominated" puts a
# candidate forward ("the party nominated Jo Jorgensen for president"): in
# news outside PolNeAR it is an act, and as a speech verb it made a statement
# of every nomination.
EXCLUDE = {"known", "according", "nominated"}
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train"
seen = collections.Counter()
cue = collections.Counter()
for ann in sorted(glob.glob(os.path.join(root, "attributions", "*.ann"))):
    doc = re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(ann))
    if doc in getattr(sys.modules[__name__], "_done", set()):
        continue
    sys.modules[__name__].__dict__.setdefault("_done", set()).add(doc)
    text = open(os.path.join(root, "text", doc + ".txt"), encoding="utf-8").read()
    spans = []
    for line in open(ann, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2 and parts[1].startswith("Cue "):
            for piece in parts[1].split(" ", 1)[1].split(";"):
                a, b = map(int, piece.split())
                spans.append((a, b))
    for m in WORD.finditer(text):
        w = m.group(0).lower().replace("’", "'")
        seen[w] += 1
        if any(a <= m.start() and m.end() <= b for a, b in spans):
            cue[w] += 1

rows = []
for w, n in cue.items():
    rate = n / seen[w]
    if n >= MIN_COUNT and rate >= MIN_PRECISION and len(w) > 2 and w not in EXCLUDE:
        rows.append((w, rate, n))
rows.sort()
out = os.path.join(os.path.dirname(__file__), "..", "data", "lexicon", "learned_cues.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# Attribution cue words learned from PolNeAR train by scripts/induce_cues.py\n")
    f.write(f"# (a word is kept when at least {MIN_PRECISION:.0%} of its {MIN_COUNT}+ occurrences are inside a gold cue)\n")
    f.write("# word<TAB>cue rate<TAB>cue count\n")
    for w, rate, n in rows:
        f.write(f"{w}\t{rate:.3f}\t{n}\n")
print(f"{len(rows)} cue words written to {os.path.normpath(out)}", file=sys.stderr)
