"""The Parquet tables the Spark job writes, and how the analyser's JSON lines become them.

The Python workers hand each analysis over as its JSON text (`RAW`); the JVM parses it with
`from_json` and an explicit schema holding only the fields the tables use, and derives the
tables' columns with Spark SQL, so that no analysis is parsed in Python.

Every row carries `doc_id`, the record's id (a file's path for a folder of articles), so the
tables join on it; entity, quote, source and claim ids ("E1", "Q3", "S2", "C1") are the
analysis's own and unique only within a document. README.md describes each column.
"""

from pyspark.sql.types import (ArrayType, BinaryType, DoubleType, IntegerType, StringType,
                               StructField, StructType)


def _schema(*fields):
    return StructType([StructField(name, kind, True) for name, kind in fields])


_S, _I, _D = StringType(), IntegerType(), DoubleType()
_STRINGS = ArrayType(StringType())

# What a Python worker returns per record: the analysis as one line of JSON, or an error. The
# line stays UTF-8 bytes from the pipe to the JVM (BinaryType): no decoding and re-encoding.
RAW = _schema(("doc_id", _S), ("words", _I), ("analysis", BinaryType()), ("error", _S))

_SPAN = _schema(("start", _I), ("end", _I), ("text", _S))
_STARTS = ArrayType(_schema(("start", _I)))
# The part of an analysis (../shared/spec/analysis-json.md) that the tables use; the JSON
# parser skips everything else (mention texts, explanations…).
ANALYSIS = _schema(
    ("path", _S),
    ("document", _schema(("id", _S), ("format", _S), ("url", _S), ("title", _S), ("byline", _STRINGS),
                         ("publisher", _S), ("dateline", _S), ("published", _S), ("language", _S),
                         ("length", _I))),
    ("entities", ArrayType(_schema(("id", _S), ("name", _S), ("type", _S), ("mentions", _STARTS)))),
    ("quotes", ArrayType(_schema(("id", _S), ("kind", _S), ("content", _SPAN), ("cue", _SPAN),
                                 ("speaker", _schema(("name", _S), ("entity", _S), ("mention", _SPAN))),
                                 ("source", _S)))),
    ("sources", ArrayType(_schema(("id", _S), ("name", _S), ("kind", _S), ("entity", _S), ("via", _S),
                                  ("mentions", _STARTS), ("quotes", _STRINGS), ("claims", _STRINGS)))),
    ("claims", ArrayType(_schema(("id", _S), ("span", _SPAN), ("source", _S), ("score", _D),
                                 ("signals", _STRINGS)))))

_DOCUMENT = (
    ("doc_id", _S), ("error", _S), ("sha256", _S), ("path", _S), ("format", _S), ("url", _S),
    ("title", _S), ("byline", _STRINGS), ("publisher", _S), ("dateline", _S), ("published", _S),
    ("language", _S), ("length", _I), ("words", _I), ("entities", _I), ("quotes", _I),
    ("sources", _I), ("claims", _I))
# Each table but documents: its columns after doc_id.
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

SCHEMAS = {"documents": _schema(*_DOCUMENT)}
SCHEMAS.update({name: _schema(("doc_id", _S), *fields) for name, fields in _PARTS.items()})

# Each table's columns but doc_id, as Spark SQL over one element `p` of the analysis's list
# (entities, quotes, sources, claims) and `a`, the whole parsed analysis.
_PART_SQL = {
    "entities": ("p.id", "p.name", "p.type", "size(coalesce(p.mentions, array()))",
                 "try_element_at(p.mentions, 1).start"),
    "quotes": ("p.id", "p.kind", "p.content.text", "p.content.start", "p.content.end", "p.cue.text",
               "p.speaker.name", "p.speaker.entity", "p.speaker.mention.text", "p.source"),
    "sources": ("p.id", "p.name", "p.kind", "p.entity", "p.via", "chain", "size(chain) - 1",
                "size(coalesce(p.mentions, array()))", "coalesce(p.quotes, array())",
                "coalesce(p.claims, array())"),
    "claims": ("p.id", "p.span.text", "p.span.start", "p.span.end", "p.source", "p.score",
               "coalesce(p.signals, array())"),
}

# A source's chain: its name, then each relaying source's (`via`) up to the root, as long as
# the next source exists and has not been seen already (a cycle ends the chain).
_CHAIN_SQL = """aggregate(a.sources,
    named_struct('ids', array(p.id), 'names', array(p.name), 'next', p.via),
    (acc, ignored) -> CASE
      WHEN acc.next IS NULL OR array_contains(acc.ids, acc.next)
        OR try_element_at(filter(a.sources, x -> x.id = acc.next), 1) IS NULL
      THEN named_struct('ids', acc.ids, 'names', acc.names, 'next', CAST(NULL AS STRING))
      ELSE named_struct('ids', concat(acc.ids, array(acc.next)),
        'names', concat(acc.names, array(try_element_at(filter(a.sources, x -> x.id = acc.next), 1).name)),
        'next', try_element_at(filter(a.sources, x -> x.id = acc.next), 1).via) END,
    acc -> acc.names)"""


def parsed(raw):
    """From a frame of RAW rows, one row per document: doc_id, words, error, and `a`, its
    analysis parsed by the JVM (null for an error). A line the JVM cannot read as an analysis
    becomes an error. This is the frame to cache: every table is a projection of it."""
    from pyspark.sql import functions as F
    frame = raw.select("doc_id", "words", "error", F.from_json(F.col("analysis").cast("string"), ANALYSIS).alias("a"))
    unreadable = F.col("error").isNull() & F.col("a.document").isNull()
    return frame.select(
        "doc_id", "words",
        F.when(unreadable, F.lit("the analyser wrote a line that is not an analysis")).otherwise(F.col("error")).alias("error"),
        F.when(~unreadable, F.col("a")).alias("a"))


def table(frame, name):
    """The table `name` out of the `parsed` frame."""
    from pyspark.sql import functions as F
    if name == "documents":
        analysed = F.col("a").isNotNull()
        d = "a.document."
        return frame.select(
            "doc_id", "error", F.col(d + "id").alias("sha256"), F.col("a.path").alias("path"),
            *[F.col(d + c).alias(c) for c in ("format", "url", "title")],
            F.when(analysed, F.coalesce(F.col(d + "byline"), F.array().cast(_STRINGS))).alias("byline"),
            *[F.col(d + c).alias(c) for c in ("publisher", "dateline", "published", "language", "length")],
            "words",
            *[F.when(analysed, F.size(F.coalesce(F.col("a." + part), F.array()))).cast("int").alias(part)
              for part in _PARTS])
    exploded = frame.select("doc_id", "a", F.explode("a." + name).alias("p"))
    if name == "sources":
        exploded = exploded.withColumn("chain", F.expr(_CHAIN_SQL))
    columns = [F.expr(sql).cast(kind).alias(column) for sql, (column, kind) in zip(_PART_SQL[name], _PARTS[name])]
    return exploded.select("doc_id", *columns)
