"""The Parquet tables the Spark job writes, and how the analyser's answers become them.

The analyser runs with `--table-rows`: for each record it answers one JSON line holding the
record's id and the rows of the five tables, under the tables' own column names
({"id", "document": {…}, "entities": [{…}], "quotes": […], "sources": […], "claims": […]}),
or {"id", "error"}. The JVM parses that line with `from_json` and the schema below, and each
table is a projection of it: nothing is derived in Spark SQL (byline walks the source chains
and counts), and no analysis is parsed in Python.

Every row carries `doc_id`, the record's id (a file's path for a folder of articles), so the
tables join on it; entity, quote, source and claim ids ("E1", "Q3", "S2", "C1") are the
analysis's own and unique only within a document. README.md describes each column.
"""

from pyspark.sql.types import (ArrayType, DoubleType, IntegerType, StringType, StructField,
                               StructType)


def _schema(*fields):
    return StructType([StructField(name, kind, True) for name, kind in fields])


_S, _I, _D = StringType(), IntegerType(), DoubleType()
_STRINGS = ArrayType(StringType())

_COUNTS = (("entities", _I), ("quotes", _I), ("sources", _I), ("claims", _I))
# The documents row as the analyser writes it (without doc_id and error).
_DOCUMENT = (
    ("sha256", _S), ("path", _S), ("format", _S), ("url", _S), ("title", _S), ("byline", _STRINGS),
    ("publisher", _S), ("dateline", _S), ("published", _S), ("language", _S), ("length", _I),
    ("words", _I)) + _COUNTS
# Each table but documents: its columns after doc_id, as the analyser writes them.
_PARTS = {
    "entities": (("entity_id", _S), ("name", _S), ("type", _S), ("mentions", _I), ("first_start", _I)),
    "quotes": (("quote_id", _S), ("kind", _S), ("content", _S), ("start", _I), ("end", _I), ("cue", _S),
               ("speaker", _S), ("speaker_entity_id", _S), ("speaker_mention", _S), ("source_id", _S)),
    "sources": (("source_id", _S), ("name", _S), ("kind", _S), ("entity_id", _S), ("via", _S),
                ("chain", _STRINGS), ("depth", _I), ("mentions", _I), ("quote_ids", _STRINGS),
                ("claim_ids", _STRINGS)),
    "claims": (("claim_id", _S), ("text", _S), ("start", _I), ("end", _I), ("source_id", _S), ("score", _D),
               ("signals", _STRINGS)),
}

TABLES = ["documents"] + list(_PARTS)

SCHEMAS = {"documents": _schema(("doc_id", _S), ("error", _S), *_DOCUMENT)}
SCHEMAS.update({name: _schema(("doc_id", _S), *fields) for name, fields in _PARTS.items()})

# One answer of `byline analyze --input jsonl --table-rows`.
ANSWER = _schema(("id", _S), ("error", _S), ("document", _schema(*_DOCUMENT)),
                 *[(name, ArrayType(_schema(*fields))) for name, fields in _PARTS.items()])

NOT_AN_ANSWER = "the analyser wrote a line that is not an analysis"


def parsed(lines):
    """From a frame of the analyser's answers (one string column, `value`), one row per
    record: doc_id (the record's id, or without one its position, "split:rank"), error, and the answer's document row and lists of rows, each a column of
    its own (null for an error), so that a table read from a cache of this frame reads only
    its own column. A line the JVM cannot read as an answer becomes an error."""
    from pyspark.sql import functions as F
    # The answers keep the records' order, one per record, and each task's answers are a
    # partition of their own: a record's position is its partition and its rank there.
    split = F.spark_partition_id()
    position = F.concat_ws(":", split, F.monotonically_increasing_id() - F.shiftleft(split.cast("long"), 33))
    frame = lines.select(F.from_json(F.col("value"), ANSWER).alias("r"), position.alias("position"))
    unreadable = F.col("r.error").isNull() & F.col("r.document").isNull()
    return frame.select(
        F.coalesce(F.col("r.id"), F.col("position")).alias("doc_id"),
        F.when(unreadable, F.lit(NOT_AN_ANSWER)).otherwise(F.col("r.error")).alias("error"),
        *[F.col("r." + name).alias(name) for name in ["document"] + list(_PARTS)])


def table(frame, name):
    """The table `name` out of the `parsed` frame."""
    from pyspark.sql import functions as F
    if name == "documents":
        columns = [F.col("doc_id"), F.col("error")] + [
            F.col("document." + column).alias(column) for column, _ in _DOCUMENT]
        return frame.select(*columns)
    exploded = frame.select("doc_id", F.explode(name).alias("p"))
    return exploded.select("doc_id", *[F.col("p." + column).alias(column) for column, _ in _PARTS[name]])
