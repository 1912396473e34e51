"""Spark throughput of the Byline job, Spark's start aside: runs byline_spark.py's job on a
dataset (local[2] by default) and prints documents, words and words/s from the moment the
session is up to the last table written. Compare with `byline bench --jobs 1,2` on the
same articles.

    .venv-spark/bin/python integrations/spark/bench.py --byline .build/release/byline \\
        --input /path/to/articles --output /tmp/byline-tables [--master local[2]] [--repeat 2] [--stages]

--stages also times the job's steps one by one, each as its own Spark job over the same
input, so that each figure includes the steps before it: reading the records; reading and
analysing them (the binary, and Python parsing each analysis into rows); building and
caching the DataFrame; then writing each table from the cache.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import byline_spark  # noqa: E402


def stages(spark, args, archive):
    """Prints the seconds of each step of the job (see the module's doc)."""
    import byline_tables as tables
    from pyspark.sql import functions

    def timed(name, step):
        started = time.monotonic()
        result = step()
        print("  %-44s %6.2f s" % (name, time.monotonic() - started), flush=True)
        return result

    def analysed():
        return byline_spark.records(spark, args).mapPartitions(
            byline_spark.analyse_partition(archive, args.batch, args.timeout))

    def frame():
        nested = spark.createDataFrame(analysed(), tables.NESTED, verifySchema=False).persist()
        nested.agg(functions.count("*")).first()
        return nested

    timed("read the records", lambda: byline_spark.records(spark, args).count())
    timed("read, analyse, parse into rows", lambda: analysed().count())
    nested = timed("read, analyse, rows, DataFrame, cache", frame)
    for name in tables.TABLES:
        timed("write %s from the cache" % name,
              lambda: tables.table(nested, name).write.mode("overwrite").parquet(os.path.join(args.output, name)))
    nested.unpersist()


def main():
    argv = sys.argv[1:]
    by_stage = "--stages" in argv
    if by_stage:
        argv.remove("--stages")
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
    # Shipping the binary (packing it, and each executor unpacking it) is a fixed cost of the
    # application, like Spark's start: counted with it, once.
    archive = byline_spark.ship(spark.sparkContext, args.byline)
    spark.sparkContext.parallelize(range(2 * spark.sparkContext.defaultParallelism)).foreach(
        lambda _: __import__("pyspark").SparkFiles.get(byline_spark.ARCHIVE))
    startup = time.monotonic() - started
    try:
        best = None
        for _ in range(repeat):
            counts, seconds = byline_spark.run(spark, args, archive)
            best = seconds if best is None else min(best, seconds)
        if by_stage:
            print("stages (after %d run%s):" % (repeat, "" if repeat == 1 else "s"))
            stages(spark, args, archive)
        from pyspark.sql import functions
        words = spark.read.parquet(os.path.join(args.output, "documents")).agg(functions.sum("words")).first()[0] or 0
    finally:
        spark.stop()
    print("master: %s  startup (Spark, and shipping the binary): %.1f s" % (args.master, startup))
    print("documents: %d  words: %d  quotes: %d  entities: %d" % (
        counts["documents"], words, counts["quotes"], counts["entities"]))
    print("seconds: %.2f  words/s: %d  (best of %d, Spark's start aside)" % (best, words / best, repeat))
    print("with the start: %.2f s  words/s: %d" % (startup + best, words / (startup + best)))


if __name__ == "__main__":
    main()
