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

SCHEMAS = {
    "documents": _schema(
        ("doc_id", _S), ("error", _S), ("sha256", _S), ("path", _S), ("format", _S), ("url", _S),
        ("title", _S), ("byline", _STRINGS), ("publisher", _S), ("dateline", _S), ("published", _S),
        ("language", _S), ("length", _I), ("words", _I), ("entities", _I), ("quotes", _I),
        ("sources", _I), ("claims", _I)),
    "entities": _schema(
        ("doc_id", _S), ("entity_id", _S), ("name", _S), ("type", _S), ("mentions", _I),
        ("first_start", _I)),
    "quotes": _schema(
        ("doc_id", _S), ("quote_id", _S), ("kind", _S), ("content", _S), ("start", _I), ("end", _I),
        ("cue", _S), ("speaker", _S), ("speaker_entity_id", _S), ("speaker_mention", _S),
        ("source_id", _S)),
    "sources": _schema(
        ("doc_id", _S), ("source_id", _S), ("name", _S), ("kind", _S), ("entity_id", _S),
        ("via", _S), ("chain", _STRINGS), ("depth", _I), ("mentions", _I), ("quote_ids", _STRINGS),
        ("claim_ids", _STRINGS)),
    "claims": _schema(
        ("doc_id", _S), ("claim_id", _S), ("text", _S), ("start", _I), ("end", _I), ("source_id", _S),
        ("score", _D), ("signals", _STRINGS)),
}

TABLES = list(SCHEMAS)


def rows(doc_id, analysis, error, words):
    """(table, row) pairs for one record: its documents row, and the rest when it was analysed."""
    if analysis is None:
        yield "documents", (doc_id, error) + (None,) * (len(SCHEMAS["documents"]) - 2)
        return
    d = analysis["document"]
    yield "documents", (
        doc_id, None, d.get("id"), analysis.get("path"), d.get("format"), d.get("url"), d.get("title"),
        d.get("byline") or [], d.get("publisher"), d.get("dateline"), d.get("published"), d.get("language"),
        d.get("length"), words, len(analysis["entities"]), len(analysis["quotes"]), len(analysis["sources"]),
        len(analysis["claims"]))
    for e in analysis["entities"]:
        mentions = e.get("mentions") or []
        yield "entities", (doc_id, e["id"], e["name"], e["type"], len(mentions),
                           mentions[0]["start"] if mentions else None)
    for q in analysis["quotes"]:
        content, cue, speaker = q["content"], q.get("cue"), q.get("speaker") or {}
        mention = speaker.get("mention")
        yield "quotes", (doc_id, q["id"], q["kind"], content["text"], content["start"], content["end"],
                         cue["text"] if cue else None, speaker.get("name"), speaker.get("entity"),
                         mention["text"] if mention else None, q.get("source"))
    sources = {s["id"]: s for s in analysis["sources"]}
    for s in analysis["sources"]:
        chain = _chain(s, sources)
        yield "sources", (doc_id, s["id"], s["name"], s["kind"], s.get("entity"), s.get("via"), chain,
                          len(chain) - 1, len(s.get("mentions") or []), s.get("quotes") or [],
                          s.get("claims") or [])
    for c in analysis["claims"]:
        span = c["span"]
        yield "claims", (doc_id, c["id"], span["text"], span["start"], span["end"], c.get("source"),
                         float(c["score"]), c.get("signals") or [])


def _chain(source, sources):
    """The source's name, then each relaying source's up to the root: child → via → … → publisher."""
    chain, seen = [], set()
    while source is not None and source["id"] not in seen:
        seen.add(source["id"])
        chain.append(source["name"])
        source = sources.get(source.get("via"))
    return chain
