#!/usr/bin/env python3
"""Where PolNeAR attributions with a plain speech verb go missing (standard library and ../shared/tools/score.py).

Reads newsgraph's records for a PolNeAR split and the split's gold `.ann`
files; for every gold attribution whose cue is a common speech verb and that
no record's cue overlaps, classifies what lies between the gold source and the
cue, and prints the counts per class (and, with a class name, up to 40
examples of it).

    newsgraph extract -q ../shared/data/polnear/train/text -o train.jsonl
    python3 scripts/polnear_misses.py train.jsonl [train|dev] [CLASS]
"""
import collections
import glob
import json
import os
import random
import re
import sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
from score import read_ann  # noqa: E402  (the scorer's own reader of the gold files)

VERBS = set(
    "said says say told saying added asked noted argued stated explained wrote claimed insisted "
    "warned acknowledged suggested believe believes think thinks".split()
)


def main():
    pred, split = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "dev"
    show = sys.argv[3] if len(sys.argv) > 3 else None
    base = os.path.join(SHARED, "data", "polnear", split)
    cues = collections.defaultdict(list)
    for line in open(pred, encoding="utf-8"):
        r = json.loads(line)
        if r.get("cue"):
            cues[r["doc"]].append((r["cue"]["start"], r["cue"]["end"]))
    first = {}
    for p in sorted(glob.glob(os.path.join(base, "attributions", "*.ann"))):
        first.setdefault(re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(p)), p)
    count, examples = collections.Counter(), collections.defaultdict(list)
    for doc, path in first.items():
        text = open(os.path.join(base, "text", doc + ".txt"), encoding="utf-8").read()
        for att in read_ann(path):
            if any(s < ce and cs < e for s, e in att["Cue"] for cs, ce in cues[doc]):
                continue
            cue = " ".join(text[a:b] for a, b in att["Cue"]).lower()
            if cue.split()[-1] not in VERBS:
                continue
            src, cs = att.get("Source"), att["Cue"][0][0]
            if not src:
                kind, line = "no source", text[max(0, cs - 80):att["Cue"][-1][1] + 20]
            else:
                ss, se = src[0][0], src[-1][1]
                source = text[ss:se]
                if se > cs:
                    kind = "source after the cue"
                elif source.lower() in ("i", "we", "me", "us"):
                    kind = "first person"
                else:
                    gap = text[se:cs]
                    if "\n" in gap or len(gap.split()) > 3:
                        kind = "far before the cue"
                    elif any(m in gap for m in ",—(") or gap.split():
                        kind = "behind commas, dashes or words"
                    else:
                        kind = "right before the cue"
                line = f"SOURCE[{source}] CUE[{cue}] :: " + text[max(0, ss - 40):cs + 30]
            count[kind] += 1
            examples[kind].append(line.replace("\n", " "))
    for kind, n in count.most_common():
        print(n, kind)
    if show:
        random.seed(1)
        for e in random.sample(examples[show], min(40, len(examples[show]))):
            print("  " + e[:300])


if __name__ == "__main__":
    main()
