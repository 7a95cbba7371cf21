#!/usr/bin/env python3
"""Validates Headway's FHIR bundles with the fhir.resources package (its R4B models, which share the
Bundle, Patient, Goal, Observation and CarePlan shapes of R4): structure, cardinality, required elements,
the codes of required bindings, and that every reference names an entry's fullUrl in the same bundle.

Usage: scripts/validate-fhir.py FILE_OR_FOLDER...  (a folder: every *.fhir.json below it)
Prints one line per problem and exits 1 when there is one, 3 when fhir.resources is missing, 2 when no
bundle was found.
"""
import json
import pathlib
import re
import sys

try:
    from fhir.resources.R4B.bundle import Bundle
except ImportError:
    sys.stderr.write("python3 cannot import fhir.resources: run scripts/install-deps\n")
    sys.exit(3)


# The codes of the required bindings of the elements Headway writes (FHIR R4 4.0.1 value sets), which
# fhir.resources does not check: (resource type, path) -> allowed codes.
REQUIRED_CODES = {
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                                  "entered-in-error", "rejected"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("CarePlan", "activity.detail.status"): {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
                                             "stopped", "unknown", "entered-in-error"},
}
ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")


def values(resource, path):
    """The values at a dotted path, through lists."""
    found = [resource]
    for key in path.split("."):
        nxt = []
        for item in found:
            item = item.get(key) if isinstance(item, dict) else None
            nxt += item if isinstance(item, list) else ([] if item is None else [item])
        found = nxt
    return found


def references(value):
    """Every Reference.reference in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                yield item
            else:
                yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def problems(path):
    text = path.read_text(encoding="utf-8")
    try:
        Bundle.model_validate_json(text)
    except Exception as error:  # pydantic's ValidationError, or a JSON error
        return [f"{path}: {line}" for line in str(error).splitlines()]
    found = []
    bundle = json.loads(text)
    if bundle.get("type") != "collection":
        found.append(f"{path}: Bundle.type is {bundle.get('type')!r}, not 'collection'")
    urls = [entry.get("fullUrl") for entry in bundle.get("entry", [])]
    if len(set(urls)) != len(urls):
        found.append(f"{path}: two entries share a fullUrl")
    ids = [entry["resource"].get("id") for entry in bundle.get("entry", [])]
    if len(set(ids)) != len(ids):
        found.append(f"{path}: two resources share an id")
    for index, entry in enumerate(bundle.get("entry", [])):
        resource = entry["resource"]
        kind = resource.get("resourceType")
        if not ID.match(resource.get("id", "")):
            found.append(f"{path}: entry {index}: id {resource.get('id')!r} is not a FHIR id")
        for (type_name, element), allowed in REQUIRED_CODES.items():
            if type_name != kind:
                continue
            for value in values(resource, element):
                if value not in allowed:
                    found.append(f"{path}: entry {index}: {kind}.{element} {value!r} is not in its required value set")
    for reference in references(bundle):
        if reference not in urls:
            found.append(f"{path}: reference {reference} names no entry of the bundle")
    return found


def main(arguments):
    paths = []
    for argument in arguments:
        path = pathlib.Path(argument)
        paths += sorted(path.rglob("*.fhir.json")) if path.is_dir() else [path]
    if not paths:
        sys.stderr.write("validate-fhir.py: no bundle found\n")
        return 2
    found = [problem for path in paths for problem in problems(path)]
    for problem in found:
        print(problem)
    print(f"validate-fhir.py: {len(paths)} bundles, {len(found)} problems", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
