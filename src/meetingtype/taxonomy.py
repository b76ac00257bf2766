"""The meeting-type taxonomy: names and definitions, in a fixed order, read from a YAML file.

The order fixes the label ids (``id2label``) of a model trained with it. Teams edit, add or remove
types in the YAML file; nothing in the code names a type.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


class TaxonomyError(ValueError):
    """The taxonomy file is missing or malformed."""


@dataclass(frozen=True)
class MeetingType:
    name: str
    definition: str


@dataclass(frozen=True)
class Taxonomy:
    types: tuple[MeetingType, ...]

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.types]

    @property
    def id2label(self) -> dict[int, str]:
        return dict(enumerate(self.names))

    @property
    def label2id(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def definitions(self) -> dict[str, str]:
        return {t.name: t.definition for t in self.types}

    def to_list(self) -> list[dict[str, str]]:
        return [{"name": t.name, "definition": t.definition} for t in self.types]

    @classmethod
    def from_list(cls, items: list[dict], source: str = "<taxonomy>") -> Taxonomy:
        if not isinstance(items, list) or not items:
            raise TaxonomyError(
                f"{source}: 'labels' must be a non-empty list of {{name, definition}} entries"
            )
        types: list[MeetingType] = []
        for i, item in enumerate(items, start=1):
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("name"), str)
                or not item["name"].strip()
            ):
                raise TaxonomyError(f"{source}: label #{i} needs a non-empty 'name'")
            definition = item.get("definition", "")
            if not isinstance(definition, str):
                raise TaxonomyError(f"{source}: label {item['name']!r} has a 'definition' that is not text")
            types.append(MeetingType(item["name"].strip(), " ".join(definition.split())))
        names = [t.name for t in types]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise TaxonomyError(f"{source}: duplicate label names: {', '.join(dupes)}")
        if len(types) < 2:
            raise TaxonomyError(f"{source}: a classifier needs at least 2 labels, found {len(types)}")
        return cls(tuple(types))

    @classmethod
    def from_yaml(cls, path: str | Path) -> Taxonomy:
        path = Path(path)
        if not path.is_file():
            raise TaxonomyError(
                f"{path}: taxonomy file not found (set 'labels' in the config to a labels YAML)"
            )
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            raise TaxonomyError(f"{path}: not valid YAML ({err})") from err
        if not isinstance(data, dict) or "labels" not in data:
            raise TaxonomyError(f"{path}: expected a top-level 'labels:' list")
        return cls.from_list(data["labels"], source=str(path))
