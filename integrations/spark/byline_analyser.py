"""Runs the Byline binary over batches of records, isolating the ones that make it fail.

A batch goes to one `byline analyze --input jsonl -` process (the Hadoop Streaming /
RDD.pipe contract: one JSON record per line in, one JSON line per record out, in order).
When that process exits non-zero, times out or answers with the wrong lines, the batch is
run again record by record, and a record that still fails becomes an error result: one
poisoned article never fails a Spark task. No Spark import here, so it runs anywhere.
"""

import json
import os
import signal
import subprocess


class Result:
    """What the analyser said about one record: its analysis, or why there is none."""

    __slots__ = ("key", "analysis", "error")

    def __init__(self, key, analysis=None, error=None):
        self.key = key
        self.analysis = analysis
        self.error = error


class Analyser:
    """One executor's way to call the binary.

    `command` is the argument list that starts `byline` (the binary shipped to the executor);
    `timeout` bounds one call, in seconds; `jobs` is passed as `--jobs` (1 by default, since
    Spark already runs one task per core).
    """

    def __init__(self, command, timeout=60.0, jobs=1):
        self.command = list(command) + ["analyze", "--input", "jsonl", "--jobs", str(jobs), "-"]
        self.timeout = timeout

    def analyse(self, records):
        """records: a list of (key, kind, content, url) with kind "text" or "html".
        Returns one Result per record, in order."""
        if not records:
            return []
        answers, failure = self._call(records)
        if failure is None:
            return [_result(key, answer) for (key, _, _, _), answer in zip(records, answers)]
        if len(records) == 1:
            return [Result(records[0][0], error=failure)]
        return [r for record in records for r in self.analyse([record])]

    def _call(self, records):
        """Runs one process over `records`; returns (parsed output lines, None) or (None, why it failed).
        Records are numbered 0, 1, … in the batch, so the answers can be checked against them."""
        payload = "".join(json.dumps(_record(i, kind, content, url)) + "\n"
                          for i, (_, kind, content, url) in enumerate(records)).encode("ascii")
        process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = process.communicate(payload, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.communicate()
            return None, "the analyser timed out after %g s" % self.timeout
        if process.returncode != 0:
            tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            return None, "the analyser exited with status %d %s" % (process.returncode, tail[0])
        lines = out.splitlines()
        if len(lines) != len(records):
            return None, "the analyser gave %d lines for %d records" % (len(lines), len(records))
        try:
            answers = [json.loads(line) for line in lines]
        except ValueError:
            return None, "the analyser wrote a line that is not JSON"
        if [a.get("id") for a in answers] != list(range(len(records))):
            return None, "the analyser's lines are not in record order"
        return answers, None


def _record(number, kind, content, url):
    record = {"id": number, kind: content}
    if url is not None:
        record["url"] = url
    return record


def _result(key, answer):
    if "error" in answer:
        return Result(key, error=answer["error"])
    return Result(key, analysis=answer)


def _kill_group(process):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
