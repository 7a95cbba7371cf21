#!/usr/bin/env python3
"""Validates JSON documents against Headway's JSON Schemas, for the schema agreement test.

Reads from standard input {"schemas": FOLDER, "cases": [{"name": ..., "schema": "note", "document": ...}]}
(each document is a front matter or a headway.yml already turned into JSON by the test, with Headway's own
reading of YAML) and prints [{"name": ..., "errors": ["/goals/0/progress: 11 is greater than 10", ...]}].
Formats are checked ("format": "date" must be a real calendar date). Exits 3 when jsonschema is missing.
"""
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.stderr.write("python3 cannot import jsonschema: run scripts/install-deps\n")
    sys.exit(3)


def main():
    request = json.load(sys.stdin)
    folder = pathlib.Path(request["schemas"])
    validators = {}
    results = []
    for case in request["cases"]:
        kind = case["schema"]
        if kind not in validators:
            schema = json.loads((folder / f"{kind}.schema.json").read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
            validators[kind] = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validators[kind].iter_errors(case["document"]), key=lambda error: list(map(str, error.path)))
        results.append({
            "name": case["name"],
            "errors": ["/" + "/".join(map(str, error.path)) + ": " + error.message for error in errors],
        })
    json.dump(results, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
