"""Spark throughput of the Byline job against `byline analyze --jobs 2` on the same articles,
Spark's start aside.

    .venv-spark/bin/python integrations/spark/bench.py --byline .build/release/byline \\
        --input /tmp/articles/articles.jsonl --output /tmp/byline-tables [--master local[2]] \\
        [--repeat 3] [--compare-jobs 2] [--stages] [--larger /tmp/articles8k/articles.jsonl]

Each round times `byline analyze --format jsonl [--input jsonl] --jobs N INPUT > /dev/null`
and then the whole Spark job (from the session being up to the last table written), back to
back, so that both see the same load on the machine; it prints both words/s, their ratio,
the time of day and the load average. The words are those of the documents table (the input
texts split on white space; HTML is not counted). It also prints the CPU seconds each used
(Spark: the Python driver, the JVM and the analyser processes, and those split into the
analysers' and the rest), which a busy machine disturbs less than wall-clock time: on an
idle machine with C cores, a job using S CPU seconds cannot take less than S / C. The JVM
compiles Spark's code paths for many rounds (its JIT took 1.2 CPU s in rounds 5-7 and 0.6
in rounds 10-12): give --repeat enough rounds to see it warm. The summary gives the medians.

--larger INPUT2 measures a second, larger input the same way in each round, and then the
throughput of the words INPUT2 has beyond INPUT (the difference of the median times): the
rate with each run's fixed costs (Spark's planning, job set-up and commits, the processes'
start) set aside, which is what a long job over many articles gets.

--stages then times the job's steps, each as its own Spark job over the same input, so that
each figure includes the steps before it: reading the records (as the JSON lines the
analyser is sent); reading them and piping them through the binary (its table rows back as
text); parsing those in the JVM and caching them; then writing the five tables from the cache.
The writing is timed three times, and its least CPU gives a ceiling: a job that keeps the
machine's C cores busy takes at least its CPU seconds / C, and Spark's has at least the
analysis that `byline --jobs N` does (its CPU seconds, median of the rounds) and the writing
to do. So byline's time (median) against (byline's CPU + the writing's) / C is the most any
Spark job that writes these tables can reach here, however cheap its piping and parsing.
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

    spent = {}

    def timed(name, step):
        started, cpu = time.monotonic(), tree_cpu()
        result = step()
        spent[name] = min(spent.get(name, float("inf")), tree_cpu() - cpu)
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
    for _ in range(3):
        timed(WRITING, lambda: byline_spark.write(nested, args.output, tables.TABLES))
    for name in tables.TABLES:
        timed("write %s alone from the cache" % name, lambda: byline_spark.write(nested, args.output, [name]))
    nested.unpersist()
    return spent


WRITING = "write the five tables from the cache, at once"


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


def one_round(spark, args, archive, jobs):
    """byline --jobs N and then the Spark job over args.input, back to back: a dict of their
    seconds and CPU seconds, the Spark job's split into the analysers' and the rest's."""
    alone, alone_cpu = analyse_alone(args, jobs)
    before, analysers_before = _cpu()
    counts, seconds = byline_spark.run(spark, args, archive)
    after, analysers_after = _cpu()
    return {"byline": alone, "byline_cpu": alone_cpu, "spark": seconds, "spark_cpu": after - before,
            "analysers": analysers_after - analysers_before, "counts": counts}


def median(rounds, key):
    values = sorted(r[key] for r in rounds)
    return values[len(values) // 2]


def main():
    argv = sys.argv[1:]
    options = {"--repeat": 3, "--compare-jobs": 2}
    for name in options:
        if name in argv:
            i = argv.index(name)
            options[name] = int(argv[i + 1])
            del argv[i:i + 2]
    larger = None
    if "--larger" in argv:
        i = argv.index("--larger")
        larger = argv[i + 1]
        del argv[i:i + 2]
    by_stage = "--stages" in argv
    if by_stage:
        argv.remove("--stages")
    if "--master" not in argv:
        argv += ["--master", "local[2]"]
    args = byline_spark.parse_args(argv)
    inputs = [args] + ([byline_spark.parse_args(argv + ["--input", larger])] if larger else [])
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
    rounds = {each.input: [] for each in inputs}
    words = {}
    try:
        from pyspark.sql import functions
        for n in range(options["--repeat"]):
            for each in inputs:
                r = one_round(spark, each, archive, jobs)
                if each.input not in words:
                    words[each.input] = spark.read.parquet(os.path.join(each.output, "documents")).agg(
                        functions.sum("words")).first()[0] or 0
                    print("%s: documents %d  words %d  quotes %d  entities %d" % (
                        each.input, r["counts"]["documents"], words[each.input], r["counts"]["quotes"],
                        r["counts"]["entities"]), flush=True)
                rounds[each.input].append(r)
                w = words[each.input]
                print("round %d at %s (load %s)%s: byline --jobs %d %.2f s %d words/s | Spark %.2f s %d words/s"
                      " | Spark / byline %.0f%% | CPU s: byline %.2f, Spark %.2f (%.0f%%; analysers %.2f, JVM and"
                      " driver %.2f)" % (
                          n + 1, time.strftime("%H:%M:%S"), " ".join("%.1f" % x for x in os.getloadavg()),
                          " on " + os.path.basename(os.path.dirname(each.input) or each.input) if larger else "",
                          jobs, r["byline"], w / r["byline"], r["spark"], w / r["spark"], 100 * r["byline"] / r["spark"],
                          r["byline_cpu"], r["spark_cpu"], 100 * r["byline_cpu"] / r["spark_cpu"], r["analysers"],
                          r["spark_cpu"] - r["analysers"]), flush=True)
        if by_stage:
            print("stages:")
            writing = stages(spark, args, archive)[WRITING]
            first = rounds[args.input]
            byline_time, byline_cpu = median(first, "byline"), median(first, "byline_cpu")
            cores = os.cpu_count()
            print("ceiling: byline --jobs %d %.2f s, %.2f CPU s; writing the tables from memory %.2f CPU s; "
                  "on %d cores Spark needs at least %.2f s: at most %.0f%% of byline's throughput" % (
                      jobs, byline_time, byline_cpu, writing, cores, (byline_cpu + writing) / cores,
                      100 * byline_time * cores / (byline_cpu + writing)), flush=True)
    finally:
        spark.stop()
    for each in inputs:
        done, w = rounds[each.input], words[each.input]
        alone, spark_time = median(done, "byline"), median(done, "spark")
        print("median of %d on %s: byline --jobs %d %d words/s, Spark %d words/s (%.0f%%); Spark with its start "
              "%d words/s" % (len(done), each.input, jobs, w / alone, w / spark_time, 100 * alone / spark_time,
                              w / (startup + spark_time)))
    if larger:
        small, large = rounds[args.input], rounds[larger]
        extra = words[larger] - words[args.input]
        byline_extra = median(large, "byline") - median(small, "byline")
        spark_extra = median(large, "spark") - median(small, "spark")
        print("the %d words more of %s (medians): byline --jobs %d %.2f s more, %d words/s; Spark %.2f s more, "
              "%d words/s: %.0f%%, the costs of each run aside" % (
                  extra, larger, jobs, byline_extra, extra / byline_extra, spark_extra, extra / spark_extra,
                  100 * byline_extra / spark_extra))


if __name__ == "__main__":
    main()
