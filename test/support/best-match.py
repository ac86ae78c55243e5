"""Prints, as JSON, the error Python's jsonschema ranks first (best_match) for one instance of a shipped
schema, with every schema file in a registry by its $id, as a Python consumer would load them.

    python3 best-match.py SCHEMAS_FOLDER MODEL < instance.json
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

folder, model = pathlib.Path(sys.argv[1]), sys.argv[2]
schemas = {schema["$id"]: schema for schema in (json.loads(path.read_text("utf-8")) for path in folder.glob("*.schema.json"))}
root = next(schema for schema in schemas.values() if schema["title"] == model)
try:
    from referencing import Registry, Resource

    registry = Registry().with_resources((uri, Resource.from_contents(schema)) for uri, schema in schemas.items())
    validator = Draft202012Validator(root, registry=registry)
except ImportError:  # jsonschema before 4.18 resolves references through a store
    from jsonschema import RefResolver

    validator = Draft202012Validator(root, resolver=RefResolver.from_schema(root, store=schemas))

error = best_match(validator.iter_errors(json.load(sys.stdin)))
print(json.dumps(None if error is None else {
    "message": error.message,
    "path": list(error.absolute_path),
    "keyword": error.validator,
    "branch": error.schema.get("title") if isinstance(error.schema, dict) else None,
}))
