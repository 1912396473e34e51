"""Streams records through the Byline binary, isolating the ones that make it fail.

A partition's records go to one `byline analyze --input jsonl -` process (the Hadoop
Streaming / RDD.pipe contract: one JSON record per line in, one JSON line per record out, in
order, each flushed as soon as it is ready). A writer thread feeds the process while the
caller reads its answers, so the pipe, not a batch, bounds what is in memory, and the model
is loaded once per partition rather than once per batch.

The answers are handed back as JSON text, not parsed: the caller (Spark's JVM) parses them.
Only the start of each line is checked, `{"id":N,` for the N-th record sent, which is how the
records and the answers are matched.

When the process exits early, gives no answer for `timeout` seconds, or writes a line out of
order, the answers it gave are kept (they were complete lines), the first unanswered record
is run again alone, and if it fails alone too it becomes an error result; then a new process
takes the remaining records. One poisoned article never fails a Spark task. No Spark import
here, so it runs anywhere.
"""

import collections
import json
import os
import select
import signal
import subprocess
import threading
import time


class Result:
    """What the analyser said about one record: its analysis as one line of JSON (UTF-8 bytes,
    left for the JVM to decode), or why there is none."""

    __slots__ = ("key", "json", "error")

    def __init__(self, key, json=None, error=None):
        self.key = key
        self.json = json
        self.error = error


class Analyser:
    """One executor's way to call the binary.

    `command` is the argument list that starts `byline` (the binary shipped to the executor);
    `timeout` is how many seconds the analyser may go without answering a record it was sent;
    `jobs` is passed as `--jobs` (1 by default, since Spark already runs one task per core).
    """

    def __init__(self, command, timeout=60.0, jobs=1):
        self.command = list(command) + ["analyze", "--input", "jsonl", "--jobs", str(jobs), "-"]
        self.timeout = timeout

    def analyse(self, records):
        """records: an iterable of (key, kind, content, url), kind "text" or "html", or "error"
        with the reason as content for a record known to be bad (it is not sent). Yields one
        Result per record, in order."""
        source = _Requeue(records)
        while True:
            stream = _Stream(self.command, self.timeout, source)
            yield from stream.results()
            if stream.failure is None or not stream.unanswered:
                return
            source.put_back(stream.unanswered[1:])
            yield self._alone(stream.unanswered[0], stream.failure)

    def _alone(self, record, failure):
        """The record run by itself after a process failed on it: its result, or an error
        naming why it failed alone."""
        stream = _Stream(self.command, self.timeout, iter([record]))
        results = list(stream.results())
        if stream.failure is None and results:
            return results[0]
        return Result(record[0], error=stream.failure or failure)


class _Requeue:
    """An iterator over records that takes back the ones a failed process did not answer,
    to give them out again first."""

    def __init__(self, records):
        self._records = iter(records)
        self._returned = collections.deque()

    def __iter__(self):
        return self

    def __next__(self):
        if self._returned:
            return self._returned.popleft()
        return next(self._records)

    def put_back(self, records):
        self._returned.extendleft(reversed(records))


class _Stream:
    """One analyser process over records pulled from `source`. `results()` yields a Result per
    record answered; afterwards `failure` says why the process stopped early (None when it
    answered every record) and `unanswered` lists the records it took but did not answer."""

    POLL_SECONDS = 0.5

    def __init__(self, command, timeout, source):
        self.command, self.timeout, self.source = command, timeout, source
        self.failure = None
        self.unanswered = []
        # Records taken from `source` and not answered yet, in order, as (record, number,
        # when sent); number is None for an "error" record, which is not sent.
        self._pending = collections.deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sent_all = False
        self._source_error = None

    def results(self):
        process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        writer = threading.Thread(target=self._write, args=(process.stdin,), daemon=True)
        writer.start()
        errors = collections.deque(maxlen=5)
        try:
            yield from self._read(process, errors)
        finally:
            if self.failure is not None or process.poll() is None:
                _kill_group(process)
            self._stop.set()
            writer.join()
            process.wait()
            _drain(process.stderr, errors)
            process.stdout.close()
            process.stderr.close()
        if self._source_error is not None:
            raise self._source_error
        if self.failure is None:
            if process.returncode != 0:
                self.failure = "the analyser exited with status %d %s" % (process.returncode, _last(errors))
            elif not self._sent_all or self._waiting_since() is not None:
                self.failure = "the analyser answered fewer lines than it was sent"
        yield from self._known_bad()
        with self._lock:
            self.unanswered = [record for record, _, _ in self._pending]

    def _write(self, stdin):
        number = 0
        try:
            while True:
                try:
                    record = next(self.source)
                except StopIteration:
                    break
                except BaseException as error:  # the input's own failure: the task's to report
                    self._source_error = error
                    return
                _, kind, content, url = record
                with self._lock:
                    self._pending.append((record, None if kind == "error" else number, time.monotonic()))
                if self._stop.is_set():
                    return
                if kind == "error":
                    continue
                line = {"id": number, kind: content}
                if url is not None:
                    line["url"] = url
                stdin.write(json.dumps(line).encode("ascii") + b"\n")
                stdin.flush()
                number += 1
            self._sent_all = True
        except (OSError, ValueError):
            pass
        finally:
            try:
                stdin.close()
            except OSError:
                pass

    def _read(self, process, errors):
        """Yields the results of the answers as they come, and of bad records in their turn,
        until the process closes its output or fails (then `failure` is set)."""
        out, err = process.stdout.fileno(), process.stderr.fileno()
        poller = select.poll()
        poller.register(out, select.POLLIN)
        poller.register(err, select.POLLIN)
        buffer, answered = b"", time.monotonic()
        while True:
            yield from self._known_bad()
            closed = False
            for fd, _ in poller.poll(self.POLL_SECONDS * 1000):
                chunk = os.read(fd, 1 << 16)
                if fd == err:
                    if chunk:
                        errors.extend(chunk.decode("utf-8", "replace").splitlines())
                    else:
                        poller.unregister(err)
                elif chunk:
                    buffer += chunk
                else:
                    closed = True
            lines = buffer.split(b"\n")
            buffer = lines.pop()
            for line in lines:
                result = self._answer(line)
                if result is None:
                    return
                answered = time.monotonic()
                yield result
            if closed:
                break
            since = self._waiting_since()
            if since is not None and time.monotonic() - max(since, answered) > self.timeout:
                self.failure = "the analyser timed out after %g s" % self.timeout
                return
        if buffer:
            self.failure = "the analyser wrote an unfinished line"
            return
        try:
            process.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.failure = "the analyser timed out after %g s" % self.timeout

    def _known_bad(self):
        """Results for the records at the front that were known to be bad and not sent."""
        while True:
            with self._lock:
                if not self._pending or self._pending[0][1] is not None:
                    return
                record, _, _ = self._pending.popleft()
            yield Result(record[0], error=record[2])

    def _waiting_since(self):
        """When the oldest record sent and not answered was sent, or None."""
        with self._lock:
            for _, number, sent in self._pending:
                if number is not None:
                    return sent
        return None

    def _answer(self, line):
        """The result for one output line, or None (with `failure` set) when it does not
        answer the next record sent."""
        with self._lock:
            record, number, _ = self._pending[0] if self._pending else (None, None, None)
        if number is None:
            self.failure = "the analyser wrote a line for no record"
            return None
        prefix = b'{"id":%d,' % number
        if not line.startswith(prefix):
            self.failure = "the analyser's lines are not in record order"
            return None
        with self._lock:
            self._pending.popleft()
        if line.startswith(b'"error":', len(prefix)):
            try:
                return Result(record[0], error=str(json.loads(line).get("error")))
            except ValueError:
                return Result(record[0], error="the analyser wrote a line that is not JSON")
        return Result(record[0], json=line)


def _drain(stream, lines):
    """Adds what is readable at once from a finished process's stream to `lines`."""
    fd = stream.fileno()
    while select.select([fd], [], [], 0)[0]:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return
        lines.extend(chunk.decode("utf-8", "replace").splitlines())


def _last(lines):
    return lines[-1].strip() if lines else ""


def _kill_group(process):
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
