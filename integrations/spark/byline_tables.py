"""The Parquet tables the Spark job writes, and how one analysis becomes their rows.

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

# One row per document, its entities, quotes, sources and claims nested in it: Python builds
# each document once, and the JVM splits the tables out of it (see `table`).
NESTED = _schema(*(_DOCUMENT + tuple(("_" + name, ArrayType(_schema(*fields))) for name, fields in _PARTS.items())))

SCHEMAS = {"documents": _schema(*_DOCUMENT)}
SCHEMAS.update({name: _schema(("doc_id", _S), *fields) for name, fields in _PARTS.items()})


def table(nested, name):
    """The table `name` out of the nested documents frame."""
    from pyspark.sql import functions
    if name == "documents":
        return nested.select([column for column, _ in _DOCUMENT])
    return (nested.select("doc_id", functions.explode("_" + name).alias("part"))
            .select("doc_id", *["part." + column for column, _ in _PARTS[name]]))


def nested_row(doc_id, analysis, error, words):
    """One document's row of NESTED."""
    if analysis is None:
        return (doc_id, error) + (None,) * (len(_DOCUMENT) - 2) + ([], [], [], [])
    d = analysis["document"]
    entities, quotes, sources, claims = (analysis[k] for k in ("entities", "quotes", "sources", "claims"))
    return (
        doc_id, None, d.get("id"), analysis.get("path"), d.get("format"), d.get("url"), d.get("title"),
        d.get("byline") or [], d.get("publisher"), d.get("dateline"), d.get("published"), d.get("language"),
        d.get("length"), words, len(entities), len(quotes), len(sources), len(claims),
        [_entity(e) for e in entities], [_quote(q) for q in quotes],
        _sources(sources), [_claim(c) for c in claims])


def _entity(e):
    mentions = e.get("mentions") or []
    return (e["id"], e["name"], e["type"], len(mentions), mentions[0]["start"] if mentions else None)


def _quote(q):
    content, cue, speaker = q["content"], q.get("cue"), q.get("speaker") or {}
    mention = speaker.get("mention")
    return (q["id"], q["kind"], content["text"], content["start"], content["end"], cue["text"] if cue else None,
            speaker.get("name"), speaker.get("entity"), mention["text"] if mention else None, q.get("source"))


def _sources(sources):
    by_id = {s["id"]: s for s in sources}
    rows = []
    for s in sources:
        chain = _chain(s, by_id)
        rows.append((s["id"], s["name"], s["kind"], s.get("entity"), s.get("via"), chain, len(chain) - 1,
                     len(s.get("mentions") or []), s.get("quotes") or [], s.get("claims") or []))
    return rows


def _claim(c):
    span = c["span"]
    return (c["id"], span["text"], span["start"], span["end"], c.get("source"), float(c["score"]),
            c.get("signals") or [])


def _chain(source, sources):
    """The source's name, then each relaying source's up to the root: child → via → … → publisher."""
    chain, seen = [], set()
    while source is not None and source["id"] not in seen:
        seen.add(source["id"])
        chain.append(source["name"])
        source = sources.get(source.get("via"))
    return chain
