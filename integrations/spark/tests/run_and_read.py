"""Test support: runs the job (arguments as for byline_spark.py), then reads every table back
from its Parquet files in the same Spark session and prints one JSON line per row,
{"table": …, "row": {…}}, for the end-to-end test to check, after one line {"counts": {…}}
with the rows the job says it wrote. One session, one JVM start."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import byline_spark  # noqa: E402
import byline_tables  # noqa: E402


def main():
    args = byline_spark.parse_args(sys.argv[1:])
    spark = byline_spark.session(args.master)
    try:
        counts, _ = byline_spark.run(spark, args)
        print(json.dumps({"counts": counts}))
        for name in byline_tables.TABLES:
            for row in spark.read.parquet(os.path.join(args.output, name)).collect():
                print(json.dumps({"table": name, "row": row.asDict()}))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
