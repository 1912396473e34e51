"""Byline over a Spark dataset: articles in, Parquet tables of documents, entities, quotes,
sources and claims out.

    spark-submit integrations/spark/byline_spark.py --byline .build/release/byline \\
        --input articles/ --output out/

The input is a folder of text or HTML articles, a JSON-lines file or folder (records with an
id and a text or html column), or Parquet with a text column. The Byline binary and its
resource bundles are shipped to the executors as one archive; each task streams its records
through one process of the binary over a pipe (see byline_analyser.py), and the JVM parses the
analyses it returns as JSON text (see byline_tables.py). The same command runs on local[*]
and on a cluster: only spark-submit's --master changes. README.md has the details.
"""

import argparse
import atexit
import json
import os
import shutil
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from byline_analyser import Analyser  # noqa: E402

ARCHIVE = "byline-dist.tar.gz"
TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--byline", required=True,
                   help="the byline binary (shipped with the *.resources folders beside it), "
                        "or a folder holding an executable 'byline' and its resources")
    p.add_argument("--input", required=True, help="folder of articles, .jsonl file/folder, or Parquet")
    p.add_argument("--input-format", choices=["auto", "files", "jsonl", "parquet"], default="auto")
    p.add_argument("--id-column", default="id", help="record id column for jsonl and Parquet (default id)")
    p.add_argument("--text-column", default="text", help="text column for jsonl and Parquet (default text)")
    p.add_argument("--html-column", default="html", help="HTML column, used where the text column is null")
    p.add_argument("--url-column", default="url")
    p.add_argument("--output", required=True, help="folder for the Parquet tables (replaced)")
    p.add_argument("--master", default=None, help="Spark master when not set by spark-submit, e.g. local[2]")
    p.add_argument("--partitions", type=int, default=None,
                   help="input partitions, each streamed through one analyser process "
                        "(default: one per core Spark offers)")
    p.add_argument("--timeout", type=float, default=120.0,
                   help="seconds the analyser may take over one record before it is killed "
                        "and the record becomes an error row")
    return p.parse_args(argv)


def session(master):
    # Workers run the Python that runs the driver unless told otherwise, so that a virtual
    # environment's PySpark is the one on both sides.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("byline").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def ship(sc, byline):
    """Puts the binary and its resource bundles into one archive that every executor unpacks.
    Returns the archive's name (SparkFiles.get(name) is the unpacked folder)."""
    folder = tempfile.mkdtemp(prefix="byline-spark-")
    # The driver serves the archive to executors for the whole application: remove it at exit.
    atexit.register(shutil.rmtree, folder, True)
    archive = os.path.join(folder, ARCHIVE)
    # The fastest gzip level: the binary packs to about a third of its size either way.
    with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
        if os.path.isdir(byline):
            for name in os.listdir(byline):
                tar.add(os.path.join(byline, name), arcname=name)
        else:
            tar.add(byline, arcname="byline")
            beside = os.path.dirname(os.path.abspath(byline))
            for name in os.listdir(beside):
                if name.endswith(".resources"):
                    tar.add(os.path.join(beside, name), arcname=name)
    sc.addArchive(archive)
    for module in ("byline_analyser.py", "byline_tables.py", "byline_spark.py"):
        sc.addPyFile(os.path.join(HERE, module))
    return ARCHIVE


def records(spark, args):
    """The input as an RDD of (doc_id, kind, content, url, words): kind "text" or "html", or
    "error" with the reason as content for a record that cannot be analysed."""
    fmt = input_format(args)
    sc = spark.sparkContext
    partitions = args.partitions or sc.defaultParallelism
    if fmt == "files":
        files = sc.wholeTextFiles(args.input, minPartitions=partitions)
        return files.filter(lambda f: f[0].lower().endswith(TEXT_EXTENSIONS + HTML_EXTENSIONS)).map(_file_record)
    columns = (args.id_column, args.text_column, args.html_column, args.url_column)
    if fmt == "jsonl":
        # Parsed in Python, where the records go anyway: no schema-inference pass, and the
        # file is split into `partitions` input splits without a shuffle.
        lines = sc.textFile(args.input, minPartitions=partitions)
        return lines.mapPartitionsWithIndex(lambda split, part: _json_records(split, part, columns))
    frame = spark.read.parquet(args.input)
    present = [c if c in frame.columns else None for c in columns]
    if present[1] is None and present[2] is None:
        raise SystemExit("byline-spark: %s has neither a %r nor a %r column" % (args.input, args.text_column, args.html_column))
    rows = frame.select(*[c for c in present if c]).rdd
    rdd = rows.mapPartitionsWithIndex(lambda split, part: (
        _table_record(row.asDict(), "%d:%d" % (split, n), columns) for n, row in enumerate(part)))
    return rdd.repartition(partitions) if rdd.getNumPartitions() < partitions else rdd


def input_format(args):
    """files, jsonl or parquet: --input-format, or a guess from the input's name."""
    if args.input_format != "auto":
        return args.input_format
    if args.input.endswith(".parquet") or _has_files(args.input, ".parquet"):
        return "parquet"
    if args.input.endswith(".jsonl") or args.input.endswith(".json") or _has_files(args.input, ".jsonl"):
        return "jsonl"
    return "files"


def _has_files(path, extension):
    return os.path.isdir(path) and any(n.endswith(extension) for n in os.listdir(path))


def _file_record(item):
    path, content = item
    kind = "html" if path.lower().endswith(HTML_EXTENSIONS) else "text"
    return path, kind, content, None, len(content.split()) if kind == "text" else None


def _json_records(split, lines, columns):
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        if not isinstance(row, dict):
            yield "%d:%d" % (split, n), "error", "not a JSON object", None, None
            continue
        yield _table_record(row, "%d:%d" % (split, n), columns)


def _table_record(row, position, columns):
    """A record from a row of a table; without an id, its position ("split:line") names it."""
    id_col, text_col, html_col, url_col = columns
    doc_id = str(row[id_col]) if row.get(id_col) is not None else position
    text, html, url = row.get(text_col), row.get(html_col), row.get(url_col)
    if isinstance(text, str):
        return doc_id, "text", text, url, len(text.split())
    if isinstance(html, str):
        return doc_id, "html", html, url, None
    return doc_id, "error", "no %r or %r string in the record" % (text_col, html_col), None, None


def analyse_partition(archive, timeout):
    """The function each task runs: its records streamed through one process of the shipped
    binary, giving RAW rows (byline_tables.py): the analysis as JSON text, parsed in the JVM."""
    def run(partition):
        from pyspark import SparkFiles
        analyser = Analyser([os.path.join(SparkFiles.get(archive), "byline")], timeout=timeout)
        sent = (((key, words), kind, content, url) for key, kind, content, url, words in partition)
        for result in analyser.analyse(sent):
            (key, words) = result.key
            yield key, words, result.json, result.error
    return run


def analysis(spark, args, archive):
    """The input, analysed, as byline_tables.parsed's frame (not cached)."""
    import byline_tables as tables
    analysed = records(spark, args).mapPartitions(analyse_partition(archive, args.timeout))
    return tables.parsed(spark.createDataFrame(analysed, tables.RAW, verifySchema=False))


def write(nested, output, names):
    """Writes the tables `names` from `nested` at once, each from its own driver thread: they are
    small jobs whose fixed costs (planning, committing) overlap."""
    import byline_tables as tables
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        futures = [pool.submit(lambda name: tables.table(nested, name).write.mode("overwrite")
                               .parquet(os.path.join(output, name)), name) for name in names]
        for future in futures:
            future.result()


def run(spark, args, archive=None):
    """Analyses the input and writes the tables; returns {table: rows written} and seconds taken.
    `archive` is what `ship` returned when the binary was shipped already (it is then not
    packed and unpacked again; the benchmark ships it once, with Spark's start).

    The analysis runs once: its parsed frame is cached, the five tables are written from the
    cache at once (the first task to reach a partition computes and caches it; the others wait
    for it), and the rows are counted from the documents table's count columns."""
    import byline_tables as tables
    from pyspark import StorageLevel
    from pyspark.sql import functions
    archive = archive or ship(spark.sparkContext, args.byline)
    start = time.monotonic()
    parsed = analysis(spark, args, archive).persist(StorageLevel.MEMORY_AND_DISK)
    write(parsed, args.output, tables.TABLES)
    parsed.unpersist()
    documents = spark.read.parquet(os.path.join(args.output, "documents"))
    sizes = documents.agg(functions.count("*"), *[functions.sum(t) for t in tables.TABLES[1:]]).first()
    counts = {name: int(n or 0) for name, n in zip(tables.TABLES, sizes)}
    return counts, time.monotonic() - start


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = session(args.master)
    try:
        counts, seconds = run(spark, args)
    finally:
        spark.stop()
    print("byline-spark: %s in %.1f s -> %s" % (
        ", ".join("%s %d" % kv for kv in counts.items()), seconds, args.output))


if __name__ == "__main__":
    main()
