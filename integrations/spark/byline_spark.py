"""Byline over a Spark dataset: articles in, Parquet tables of documents, entities, quotes,
sources and claims out.

    spark-submit integrations/spark/byline_spark.py --byline .build/release/byline \\
        --input articles/ --output out/

The input is a folder of text or HTML articles, a JSON-lines file or folder (records with an
id and a text or html column), or Parquet with a text column. The Byline binary and its
resource bundles are shipped to the executors as one archive; each task pipes its records,
as JSON lines, through one supervised process of the binary with Spark's own RDD.pipe (the
data never passes through Python), and the JVM parses the table rows it answers (see
byline_tables.py). The same command runs on local[*] and on a cluster: only spark-submit's
--master changes. README.md has the details.
"""

import argparse
import atexit
import os
import shutil
import sys
import tarfile
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ARCHIVE = "byline-dist.tar.gz"
TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
DEFAULT_COLUMNS = ("id", "text", "html", "url")


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


# Parquet's writer options for the tables: no dictionaries and no column statistics (min/max
# per page and row group, sizes, page checksums). The tables are written once and read whole
# (joined on doc_id, aggregated), and on 2 cores these cost the JVM about 0.25 CPU seconds
# of its ~2.2 per 2,000 articles (README.md, "Measured throughput").
WRITE_OPTIONS = {
    "parquet.enable.dictionary": "false",
    "parquet.column.statistics.enabled": "false",
    "parquet.size.statistics.enabled": "false",
    "parquet.page.write-checksum.enabled": "false",
}

# Local mode's JVM is started here, as the driver and the executor at once: the parallel
# (throughput) collector instead of G1, whose concurrent threads took about 0.4 CPU seconds
# per 2,000 articles from the same cores as the analysers. Not set when PYSPARK_SUBMIT_ARGS
# says how to start the JVM; under spark-submit the JVMs are started already, and a
# cluster's executors keep the options spark-submit gives them.
LOCAL_JAVA_OPTIONS = "-XX:+UseParallelGC"


def session(master):
    # Workers run the Python that runs the driver unless told otherwise, so that a virtual
    # environment's PySpark is the one on both sides.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("byline").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
        if master.startswith("local") and "PYSPARK_SUBMIT_ARGS" not in os.environ:
            builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
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
    for module in ("byline_tables.py", "byline_spark.py"):
        sc.addPyFile(os.path.join(HERE, module))
    return ARCHIVE


def records(spark, args):
    """The input as the JSON lines the analyser reads, {"id", "text"} or {"id", "html", "url"},
    as a JVM RDD of strings (a JavaRDD): nothing goes through Python. JSON lines whose fields
    have the default names go as they are; other inputs are read into a frame of those four
    columns and written as JSON by the JVM. A record without a text or HTML string (or a
    line that is not JSON) goes to the analyser as it is, which answers it with an error."""
    from pyspark.sql import functions as F
    fmt = input_format(args)
    partitions = args.partitions or spark.sparkContext.defaultParallelism
    columns = (args.id_column, args.text_column, args.html_column, args.url_column)
    if fmt == "jsonl" and columns == DEFAULT_COLUMNS:
        return spark.sparkContext._jsc.textFile(args.input, partitions)
    # File sources split their input into at least this many partitions (no shuffle).
    spark.conf.set("spark.sql.files.minPartitionNum", str(partitions))
    if fmt == "files":
        files = spark.read.format("text").option("wholetext", True).load(args.input)
        path = F.lower(F.input_file_name())
        html = path.rlike(_ending(HTML_EXTENSIONS))
        frame = files.where(path.rlike(_ending(TEXT_EXTENSIONS + HTML_EXTENSIONS))).select(
            F.input_file_name().alias("id"), F.when(~html, F.col("value")).alias("text"),
            F.when(html, F.col("value")).alias("html"))
        return frame._jdf.toJSON().javaRDD()
    id_col, text_col, html_col, url_col = columns
    if fmt == "jsonl":
        from pyspark.sql.types import StringType, StructField, StructType
        names = list(dict.fromkeys(columns))
        frame = spark.read.schema(StructType([StructField(n, StringType()) for n in names])).json(args.input)
    else:
        frame = spark.read.parquet(args.input)
        if text_col not in frame.columns and html_col not in frame.columns:
            raise SystemExit("byline-spark: %s has neither a %r nor a %r column" % (args.input, text_col, html_col))
        if frame.rdd.getNumPartitions() < partitions:
            frame = frame.repartition(partitions)

    def column(name):
        return F.col(name).cast("string") if name in frame.columns else F.lit(None).cast("string")
    frame = frame.select(*[column(name).alias(default) for name, default in zip(columns, DEFAULT_COLUMNS)])
    return frame._jdf.toJSON().javaRDD()


def _ending(extensions):
    return r"(%s)$" % "|".join(e.replace(".", r"\.") for e in extensions)


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


def analyser_command(spark, archive, timeout):
    """The command each task pipes its records through: the shipped binary, supervising its
    analysis (`--record-timeout`), answering table rows. Executors unpack the archive in their
    working directory; in local mode the driver is the executor, and unpacks it in its own
    SparkFiles folder."""
    from pyspark import SparkFiles
    master = spark.sparkContext.master
    root = SparkFiles.getRootDirectory() if master == "local" or master.startswith("local[") else "."
    return [os.path.join(root, archive, "byline"), "analyze", "--input", "jsonl", "--jobs", "1",
            "--table-rows", "--record-timeout", "%g" % timeout, "-"]


def answers(spark, args, archive):
    """The analyser's answers, one JSON line per record, as a frame of one string column
    `value`: the records go to the JVM's RDD.pipe as JSON text, and come back as text."""
    from pyspark.sql.classic.dataframe import DataFrame
    jvm, jspark = spark.sparkContext._jvm, spark._jsparkSession
    lines = records(spark, args).pipe(analyser_command(spark, archive, args.timeout))
    dataset = jspark.createDataset(lines.rdd(), jvm.org.apache.spark.sql.Encoders.STRING())
    return DataFrame(dataset.toDF(), spark)


def analysis(spark, args, archive):
    """The input, analysed, as byline_tables.parsed's frame (not cached)."""
    import byline_tables as tables
    return tables.parsed(answers(spark, args, archive))


def write(parsed, output, names, count=False):
    """Writes the tables `names` from `parsed` at once, each from its own driver thread: they
    are small jobs whose fixed costs (planning, committing) overlap. With `count`, returns
    {table: rows}, observed while the documents table is written (its rows, and the sums of its
    count columns) rather than by a job of its own."""
    import byline_tables as tables
    from concurrent.futures import ThreadPoolExecutor
    from pyspark.sql import Observation
    from pyspark.sql import functions as F
    observation = Observation("byline-counts") if count else None
    if count and "documents" not in names:
        raise ValueError("the rows are counted while the documents table is written")

    def one(name):
        table = tables.table(parsed, name)
        if observation and name == "documents":
            table = table.observe(observation, F.count(F.lit(1)).alias("documents"),
                                  *[F.sum(part).alias(part) for part in tables.TABLES[1:]])
        table.write.mode("overwrite").options(**WRITE_OPTIONS).parquet(os.path.join(output, name))

    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        for future in [pool.submit(one, name) for name in names]:
            future.result()
    if observation:
        return {name: int(observation.get[name] or 0) for name in tables.TABLES}


def run(spark, args, archive=None):
    """Analyses the input and writes the tables; returns {table: rows written} and seconds taken.
    `archive` is what `ship` returned when the binary was shipped already (it is then not
    packed and unpacked again; the benchmark ships it once, with Spark's start).

    The analysis runs once: its parsed frame is cached, the five tables are written from the
    cache at once (the first task to reach a partition computes and caches it; the others wait
    for it), and the rows are counted from the documents table's count columns as it is
    written."""
    import byline_tables as tables
    from pyspark import StorageLevel
    archive = archive or ship(spark.sparkContext, args.byline)
    start = time.monotonic()
    parsed = analysis(spark, args, archive).persist(StorageLevel.MEMORY_AND_DISK)
    counts = write(parsed, args.output, tables.TABLES, count=True)
    parsed.unpersist()
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
