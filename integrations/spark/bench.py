"""Spark throughput of the Byline job against `byline analyze --jobs 2` on the same articles,
Spark's start aside.

    .venv-spark/bin/python integrations/spark/bench.py --byline .build/release/byline \\
        --input /tmp/articles/articles.jsonl --output /tmp/byline-tables [--master local[2]] \\
        [--repeat 3] [--compare-jobs 2] [--stages]

Each round times `byline analyze --format jsonl [--input jsonl] --jobs N INPUT > /dev/null`
and then the whole Spark job (from the session being up to the last table written), back to
back, so that both see the same load on the machine; it prints both words/s, their ratio,
the time of day and the load average. The words are those of the documents table (the input
texts split on white space; HTML is not counted). It also prints the CPU seconds each used
(Spark: the Python driver, the JVM and the analyser processes, and those split into the
analysers' and the rest), which a busy machine disturbs less than wall-clock time: on an
idle machine with C cores, a job using S CPU seconds cannot take less than S / C. The JVM
compiles Spark's code paths for many rounds (its JIT took 1.2 CPU s in rounds 5-7 and 0.6
in rounds 10-12): give --repeat enough rounds to see it warm.

--stages then times the job's steps, each as its own Spark job over the same input, so that
each figure includes the steps before it: reading the records (as the JSON lines the
analyser is sent); reading them and piping them through the binary (its table rows back as
text); parsing those in the JVM and caching them; then writing the five tables from the cache.
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import byline_spark  # noqa: E402


def stages(spark, args, archive):
    """Prints the seconds of each step of the job (see the module's doc)."""
    import byline_tables as tables
    from pyspark.sql import functions

    def timed(name, step):
        started, cpu = time.monotonic(), tree_cpu()
        result = step()
        print("  %-52s %6.2f s  CPU %6.2f s" % (name, time.monotonic() - started, tree_cpu() - cpu), flush=True)
        return result

    def cached():
        nested = byline_spark.analysis(spark, args, archive).persist()
        nested.agg(functions.count("*")).first()
        return nested

    timed("read the records, as JSON lines", lambda: byline_spark.records(spark, args).count())
    timed("read, pipe through byline (rows back as text)",
          lambda: byline_spark.answers(spark, args, archive)._jdf.rdd().count())
    nested = timed("read, pipe, parse in the JVM, cache", cached)
    timed("write the five tables from the cache, at once",
          lambda: byline_spark.write(nested, args.output, tables.TABLES))
    for name in tables.TABLES:
        timed("write %s alone from the cache" % name, lambda: byline_spark.write(nested, args.output, [name]))
    nested.unpersist()


def tree_cpu():
    """CPU seconds used so far by this process (the Python driver) and its descendants that
    are alive (Spark's JVM), with the children they have reaped (the analyser processes)."""
    return _cpu()[0]


def analysers_cpu():
    """CPU seconds of the processes Spark's JVM has reaped so far: the analysers that RDD.pipe
    started (the supervisors and their children), which ended with their tasks."""
    return _cpu()[1]


def _cpu():
    parents, times, reaped, own = {}, {}, {}, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(pid)] = int(fields[1])
        times[int(pid)] = sum(int(x) for x in fields[11:15]) / tick
        reaped[int(pid)] = sum(int(x) for x in fields[13:15]) / tick
        if int(pid) == os.getpid():
            own = sum(int(x) for x in fields[11:13]) / tick
    total, frontier = own, [os.getpid()]
    jvms = [pid for pid, parent in parents.items() if parent == os.getpid()]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        total += sum(times[pid] for pid in children)
        frontier = children
    return total, sum(reaped[pid] for pid in jvms)


def analyse_alone(args, jobs):
    """Seconds and CPU seconds `byline analyze --jobs N` takes over the input, output to /dev/null."""
    records = byline_spark.input_format(args) == "jsonl"
    command = [args.byline, "analyze", "--format", "jsonl"] + (["--input", "jsonl"] if records else []) + \
        ["--jobs", str(jobs), args.input]
    started, before = time.monotonic(), os.times()
    with open(os.devnull, "wb") as devnull:
        subprocess.run(command, stdout=devnull, stderr=subprocess.DEVNULL, check=False)
    after = os.times()
    return time.monotonic() - started, (after.children_user + after.children_system) - (
        before.children_user + before.children_system)


def main():
    argv = sys.argv[1:]
    options = {"--repeat": 3, "--compare-jobs": 2}
    for name in options:
        if name in argv:
            i = argv.index(name)
            options[name] = int(argv[i + 1])
            del argv[i:i + 2]
    by_stage = "--stages" in argv
    if by_stage:
        argv.remove("--stages")
    if "--master" not in argv:
        argv += ["--master", "local[2]"]
    args = byline_spark.parse_args(argv)
    jobs = options["--compare-jobs"]
    started = time.monotonic()
    spark = byline_spark.session(args.master)
    # Shipping the binary (packing it, and each executor unpacking it) is a fixed cost of the
    # application, like Spark's start: counted with it, once.
    archive = byline_spark.ship(spark.sparkContext, args.byline)
    spark.sparkContext.parallelize(range(2 * spark.sparkContext.defaultParallelism)).foreach(
        lambda _: __import__("pyspark").SparkFiles.get(byline_spark.ARCHIVE))
    startup = time.monotonic() - started
    print("master: %s  startup (Spark, and shipping the binary): %.1f s" % (args.master, startup), flush=True)
    rounds = []
    try:
        from pyspark.sql import functions
        words = None
        for n in range(options["--repeat"]):
            alone, alone_cpu = analyse_alone(args, jobs)
            before, analysers_before = _cpu()
            counts, seconds = byline_spark.run(spark, args, archive)
            after, analysers_after = _cpu()
            spark_cpu, analysers = after - before, analysers_after - analysers_before
            if words is None:
                words = spark.read.parquet(os.path.join(args.output, "documents")).agg(
                    functions.sum("words")).first()[0] or 0
                print("documents: %d  words: %d  quotes: %d  entities: %d" % (
                    counts["documents"], words, counts["quotes"], counts["entities"]), flush=True)
            rounds.append((alone, seconds, alone_cpu, spark_cpu))
            print("round %d at %s (load %s): byline --jobs %d %.2f s %d words/s | Spark %.2f s %d words/s"
                  " | Spark / byline %.0f%% | CPU s: byline %.2f, Spark %.2f (%.0f%%; analysers %.2f, JVM and"
                  " driver %.2f)" % (
                      n + 1, time.strftime("%H:%M:%S"), " ".join("%.1f" % x for x in os.getloadavg()), jobs,
                      alone, words / alone, seconds, words / seconds, 100 * alone / seconds,
                      alone_cpu, spark_cpu, 100 * alone_cpu / spark_cpu, analysers, spark_cpu - analysers), flush=True)
        if by_stage:
            print("stages:")
            stages(spark, args, archive)
    finally:
        spark.stop()
    best_alone, best_spark = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print("best of %d: byline --jobs %d %d words/s, Spark %d words/s (%.0f%%); Spark with its start %d words/s" % (
        len(rounds), jobs, words / best_alone, words / best_spark, 100 * best_alone / best_spark,
        words / (startup + best_spark)))


if __name__ == "__main__":
    main()
