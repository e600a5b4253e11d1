#!/usr/bin/env python3
"""newsgraph extraction as the map step of an Apache Spark job.

Extraction is a pure function of one document, so `newsgraph extract -`
(JSON Lines articles on stdin, relation records on stdout) runs unchanged
under `rdd.pipe`: Spark splits the corpus into partitions, starts one
newsgraph per partition, and writes each partition's records to a
`part-NNNNN` file (renamed `part-NNNNN.jsonl`). `newsgraph build` over them then gives the same
graph as one run over the whole corpus (tests/scaling_merge.rs).

    pip install pyspark           # needs a Java runtime
    scripts/spark_extract.py CORPUS.jsonl OUT_DIR [--partitions 8] [--bin target/release/newsgraph]
    newsgraph build OUT_DIR -o graph

Runs Spark in local mode (`local[*]`); on a cluster, submit the same script
with `spark-submit --master ...` and ship the binary with `--files`.
"""

import argparse
import os
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="JSON Lines articles ({id, text, ...} a line)")
    ap.add_argument("out", help="output folder for the record shards (must not exist)")
    ap.add_argument("--partitions", type=int, default=8, help="at least this many partitions (map tasks)")
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "newsgraph"), help="the newsgraph binary")
    ap.add_argument("--master", default="local[*]", help="Spark master (default: local mode, all cores)")
    args = ap.parse_args()

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        sys.exit("spark_extract: pyspark is not installed (pip install pyspark)")

    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"spark_extract: {binary} is not an executable; run cargo build --release first")
    # One thread per task: Spark already runs one task per core. A partition
    # with no lines gives empty stdin, which `extract -` rejects as an empty
    # article, so the wrapper starts newsgraph only when there is a line.
    command = (
        "sh -c 'IFS= read -r first || exit 0; "
        "{ printf \"%s\\n\" \"$first\"; cat; } | exec \"$0\" extract --quiet --threads 1 -' " + shlex.quote(binary)
    )

    conf = SparkConf().setAppName("newsgraph-extract").setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        articles = sc.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
        records = articles.pipe(command)
        records.saveAsTextFile(os.path.abspath(args.out))
    finally:
        sc.stop()
    # newsgraph reads a folder's .jsonl files; an empty one is an error, and
    # a partition without records gives an empty part file: drop those.
    shards = 0
    for part in sorted(Path(args.out).glob("part-*")):
        if part.suffix or part.name.startswith("."):
            continue
        if part.stat().st_size == 0:
            part.unlink()
        else:
            part.rename(part.with_name(part.name + ".jsonl"))
            shards += 1
    print(f"spark_extract: {shards} record shards in {args.out}; next:", file=sys.stderr)
    print(f"  {shlex.quote(binary)} build {shlex.quote(args.out)} -o graph", file=sys.stderr)


if __name__ == "__main__":
    main()
