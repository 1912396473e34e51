"""Spark throughput of the Byline job, Spark's start aside: runs byline_spark.py's job on a
dataset (local[2] by default) and prints documents, words and words/s from the moment the
session is up to the last table written. Compare with `byline bench --jobs 1,2` on the
same articles.

    .venv-spark/bin/python integrations/spark/bench.py --byline .build/release/byline \\
        --input /path/to/articles --output /tmp/byline-tables [--master local[2]] [--repeat 2]
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import byline_spark  # noqa: E402


def main():
    argv = sys.argv[1:]
    repeat = 1
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        del argv[i:i + 2]
    if "--master" not in argv:
        argv += ["--master", "local[2]"]
    args = byline_spark.parse_args(argv)
    started = time.monotonic()
    spark = byline_spark.session(args.master)
    startup = time.monotonic() - started
    try:
        best = None
        for _ in range(repeat):
            counts, seconds = byline_spark.run(spark, args)
            best = seconds if best is None else min(best, seconds)
        from pyspark.sql import functions
        words = spark.read.parquet(os.path.join(args.output, "documents")).agg(functions.sum("words")).first()[0] or 0
    finally:
        spark.stop()
    print("master: %s  startup: %.1f s" % (args.master, startup))
    print("documents: %d  words: %d  quotes: %d  entities: %d" % (
        counts["documents"], words, counts["quotes"], counts["entities"]))
    print("seconds: %.2f  words/s: %d  (best of %d)" % (best, words / best, repeat))


if __name__ == "__main__":
    main()
