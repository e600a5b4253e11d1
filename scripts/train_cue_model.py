#!/usr/bin/env python3
"""Learns the contextual cue model (data/lexicon/cue_model.tsv) from PolNeAR train.

Some words are attribution cues only some of the time: "about" in "concerns
about", "expected", "plans", "worried". The extractor reads such a word (a
*candidate*) as a speech verb and keeps the statement when a logistic
regression over the statement's features scores it above zero (see
src/extract/relation/learned.rs). This script

1. picks the candidates: words inside gold cues at least MIN_COUNT times and
   at a rate of at least MIN_RATE that no lexicon cue starts with;
2. runs `cargo run --release --example cue_probes` over train with every
   candidate kept, which gives each candidate statement's features;
3. labels a statement 1 when its cue lies in a gold cue that the rules'
   own statements miss, 0 when it lies outside every gold attribution
   (statements inside another attribution's content are left out: PolNeAR
   does not annotate speech reported inside speech);
4. fits the regression (L2, AdaGrad) and chooses the threshold by five-fold
   cross-validation on train: the one that gives the best cue F1 of the rules'
   statements plus the model's;
5. writes the weights (the threshold folded into the bias).

Standard library only. Dev is never read unless --dev is given, which prints
dev scores for the trained model without changing what is written.

    python3 scripts/train_cue_model.py [--shared ../shared] [--dev]
"""
import argparse
import collections
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

MIN_COUNT = 6
MIN_RATE = 0.04
L2 = float(os.environ.get("CUE_L2", 1e-3))
EPOCHS = int(os.environ.get("CUE_EPOCHS", 4))
MIN_FEATURE_COUNT = int(os.environ.get("CUE_MIN_FEATURE", 3))
# Words inside multi-word gold cues that do not carry them ("continued to call",
# "increasingly worried", "has been charged"): auxiliaries, modals, particles.
FUNCTION_WORDS = set("""a an the to of in on at by for from with as and or but not n't no
is are was were be been being am has have had having do does did will would shall should
can could may might must also still just even only again then now very more most much
it its this that these those there here which who whom whose what when where why how
he she they we you i his her their our your my him them us me""".split())
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SPEECH = {"said", "proposed", "requested", "demanded", "refuted", "rejected",
          "criticized", "supported", "threatened", "promised"}


def read_gold(split_dir):
    """doc -> list of attributions {"Cue": [(a, b)], "Content": [...]} (first annotator)."""
    first = {}
    for path in sorted(glob.glob(os.path.join(split_dir, "attributions", "*.ann"))):
        doc = re.sub(r"_[0-9a-f]{4}\.ann$", "", os.path.basename(path))
        first.setdefault(doc, path)
    gold = {}
    for doc, path in first.items():
        spans, events = {}, []
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) >= 2:
                label, rest = parts[1].split(" ", 1)
                spans[parts[0]] = [tuple(int(x) for x in p.split()) for p in rest.split(";")]
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(x.split(":") for x in parts[1].split()))
        atts = []
        for roles in events:
            att = {r: spans[roles[r]] for r in ("Cue", "Content") if r in roles and roles[r] in spans}
            if "Cue" in att:
                atts.append(att)
        gold[doc] = atts
    return gold


def overlaps(ranges, start, end):
    return any(a < end and start < b for a, b in ranges)


def lexicon_cue_words():
    words = set()
    for line in open(os.path.join(ROOT, "data", "lexicon", "cues.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        for form in line.split("\t")[2].split("|"):
            words.add(form.strip().split()[0])
    for line in open(os.path.join(ROOT, "data", "lexicon", "learned_cues.tsv"), encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            words.add(line.split("\t")[0])
    return words


def candidates(split_dir, gold):
    seen, cue = collections.Counter(), collections.Counter()
    for doc, atts in gold.items():
        text = open(os.path.join(split_dir, "text", doc + ".txt"), encoding="utf-8").read()
        spans = [r for att in atts for r in att["Cue"]]
        for m in WORD.finditer(text):
            w = m.group(0).lower().replace("’", "'")
            seen[w] += 1
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                cue[w] += 1
    known = lexicon_cue_words()
    return sorted(w for w, n in cue.items()
                  if n >= MIN_COUNT and n / seen[w] >= MIN_RATE and w not in known and len(w) > 1
                  and w not in FUNCTION_WORDS and not w.endswith("ly"))


def probe(lexicon_dir, split_dir):
    cmd = ["cargo", "run", "--quiet", "--release", "--example", "cue_probes", "--",
           lexicon_dir, os.path.join(split_dir, "text")]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def examples(docs, gold):
    """(doc, features, label, cue) per candidate statement; label None when not scored."""
    out = []
    for d in docs:
        atts = gold.get(d["doc"], [])
        rules = [(a, b) for a, b, rel in d["statements"] if rel in SPEECH]
        probe_starts = {p["cue"]["start"] for p in d["probes"]}
        rules = [(a, b) for a, b in rules if a not in probe_starts]
        missed = [att for att in atts if not any(overlaps(att["Cue"], a, b) for a, b in rules)]
        for p in d["probes"]:
            c = p["cue"]
            if any(overlaps(att["Cue"], c["start"], c["end"]) for att in missed):
                label = 1
            elif any(overlaps(att["Cue"], c["start"], c["end"]) for att in atts):
                label = 0  # a cue the rules already have: a second statement is wrong
            elif any(overlaps(att.get("Content", []), c["start"], c["end"]) for att in atts):
                label = None
            else:
                label = 0
            out.append((d["doc"], p["features"], label, (c["start"], c["end"])))
    return out


def train(rows, seed=1):
    counts = collections.Counter(f for _, feats, y, _ in rows if y is not None for f in feats)
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(lambda: 1e-8)
    bias, bias_g2 = 0.0, 1e-8
    data = [(feats, y) for _, feats, y, _ in rows if y is not None]
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for feats, y in data:
            feats = [f for f in feats if counts[f] >= MIN_FEATURE_COUNT]
            z = bias + sum(w[f] for f in feats)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            bias_g2 += g * g
            bias -= 0.5 * g / math.sqrt(bias_g2)
            for f in feats:
                gf = g + L2 * w[f]
                g2[f] += gf * gf
                w[f] -= 0.5 * gf / math.sqrt(g2[f])
    return bias, {f: v for f, v in w.items() if abs(v) >= 0.01}


def score(model, feats):
    bias, w = model
    return bias + sum(w.get(f, 0.0) for f in feats)


def cue_f1(docs, gold, kept):
    """PolNeAR cue F1 of the rules' statements plus the kept candidates, as score.py counts it."""
    tp = npred = ngold = 0
    for d in docs:
        atts = gold.get(d["doc"], [])
        ngold += len(atts)
        probe_starts = {p["cue"]["start"] for p in d["probes"]}
        cues = [(a, b) for a, b, rel in d["statements"] if rel in SPEECH and a not in probe_starts]
        cues += [(a, b) for a, b in kept.get(d["doc"], [])]
        used = [False] * len(atts)
        for a, b in sorted(cues):
            hit = False
            for i, att in enumerate(atts):
                if not used[i] and overlaps(att["Cue"], a, b):
                    used[i] = hit = True
                    tp += 1
                    break
            if hit or not any(overlaps(att.get("Content", []), a, b) for att in atts):
                npred += 1
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    return 2 * p * r / max(p + r, 1e-9), tp, npred - tp


def kept_at(rows, scores, threshold):
    kept = collections.defaultdict(list)
    for (doc, _, _, cue), s in zip(rows, scores):
        if s > threshold:
            kept[doc].append(cue)
    return kept


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--dev", action="store_true", help="also print dev scores")
    args = ap.parse_args()
    train_dir = os.path.join(args.shared, "data", "polnear", "train")
    if not os.path.isdir(train_dir):
        sys.exit(f"train_cue_model: {train_dir} not found (PolNeAR train is needed)")
    gold = read_gold(train_dir)
    words = candidates(train_dir, gold)
    print(f"{len(words)} candidate words", file=sys.stderr)
    with tempfile.TemporaryDirectory() as lex:
        with open(os.path.join(lex, "cue_model.tsv"), "w", encoding="utf-8") as f:
            for word in words:
                f.write(f"candidate\t{word}\n")
        docs = probe(lex, train_dir)
        dev_docs = probe(lex, os.path.join(args.shared, "data", "polnear", "dev")) if args.dev else None
    rows = examples(docs, gold)
    labelled = [r for r in rows if r[2] is not None]
    print(f"{len(labelled)} candidate statements, {sum(r[2] for r in labelled)} right", file=sys.stderr)

    # Five-fold cross-validation by document: out-of-fold scores for every row.
    names = sorted({d["doc"] for d in docs})
    fold = {n: i % 5 for i, n in enumerate(names)}
    oof = [0.0] * len(rows)
    for k in range(5):
        model = train([r for r in rows if fold[r[0]] != k])
        for i, r in enumerate(rows):
            if fold[r[0]] == k:
                oof[i] = score(model, r[1])
    base = cue_f1(docs, gold, {})
    print(f"train, rules only: cue F1 {base[0]:.4f} ({base[1]} right, {base[2]} wrong)", file=sys.stderr)
    best = (base[0], math.inf)
    for t in [x / 4 for x in range(-8, 13)]:
        f1, tp, fp = cue_f1(docs, gold, kept_at(rows, oof, t))
        print(f"  threshold {t:+.2f}: cue F1 {f1:.4f} ({tp} right, {fp} wrong)", file=sys.stderr)
        if f1 > best[0]:
            best = (f1, t)
    threshold = best[1]
    model = train(rows)
    if dev_docs is not None:
        dev_gold = read_gold(os.path.join(args.shared, "data", "polnear", "dev"))
        dev_rows = examples(dev_docs, dev_gold)
        dev_scores = [score(model, r[1]) for r in dev_rows]
        base = cue_f1(dev_docs, dev_gold, {})
        print(f"dev, rules only: cue F1 {base[0]:.4f} ({base[1]} right, {base[2]} wrong)", file=sys.stderr)
        for t in [x / 4 for x in range(-8, 13)]:
            f1, tp, fp = cue_f1(dev_docs, dev_gold, kept_at(dev_rows, dev_scores, t))
            mark = " <- chosen" if t == threshold else ""
            print(f"  threshold {t:+.2f}: cue F1 {f1:.4f} ({tp} right, {fp} wrong){mark}", file=sys.stderr)
    out = os.path.join(ROOT, "data", "lexicon", "cue_model.tsv")
    bias, weights = model
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        f.write("# Learned cue model, written by scripts/train_cue_model.py from PolNeAR train:\n")
        f.write("# a logistic regression over the features of src/extract/relation/learned.rs.\n")
        f.write(f"# {len(words)} candidate words (inside gold cues >= {MIN_COUNT} times, rate >= {MIN_RATE});\n")
        f.write(f"# threshold {threshold:+.2f} chosen by five-fold cross-validation on train, folded into the bias.\n")
        f.write("# kind<TAB>word or feature<TAB>weight\n")
        if threshold == math.inf:
            f.write("bias\t-1000\n")
        else:
            f.write(f"bias\t{bias - threshold:.4f}\n")
        for word in words:
            f.write(f"candidate\t{word}\n")
        for feat, v in sorted(weights.items()):
            if "\t" not in feat:
                f.write(f"weight\t{feat}\t{v:.4f}\n")
    os.replace(out + ".tmp", out)
    print(f"wrote {out}: {len(weights)} weights, threshold {threshold}", file=sys.stderr)


if __name__ == "__main__":
    main()
